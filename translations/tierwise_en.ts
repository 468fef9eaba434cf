<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tierwise::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="147"/>
        <source>%n row(s) or file(s) rejected:</source>
        <translation>
            <numerusform>%n row or file rejected:</numerusform>
            <numerusform>%n rows or files rejected:</numerusform>
        </translation>
    </message>
</context>
</TS>
