<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tierwise::BriefDialog</name>
    <message numerus="yes">
        <location filename="../widgets/brief/briefdialog.cpp" line="148"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::CampaignListPage</name>
    <message numerus="yes">
        <location filename="../widgets/editors/campaignlistpage.cpp" line="223"/>
        <source>(%n filter(s))</source>
        <translation>
            <numerusform>(%n filter)</numerusform>
            <numerusform>(%n filters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::CustomerProfile</name>
    <message numerus="yes">
        <location filename="../widgets/views/customerprofile.cpp" line="450"/>
        <source>(watch: %n month(s) below the line)</source>
        <translation>
            <numerusform>(watch: %n month below the line)</numerusform>
            <numerusform>(watch: %n months below the line)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/shell/mainwindow.cpp" line="1264"/>
        <source>%n strategy(s) have changes that are not saved. Save them before closing? No closes without them.</source>
        <translation>
            <numerusform>%n strategy has changes that are not saved. Save it before closing? No closes without it.</numerusform>
            <numerusform>%n strategies have changes that are not saved. Save them before closing? No closes without them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::SegmentMapPage</name>
    <message numerus="yes">
        <location filename="../widgets/views/segmentmappage.cpp" line="287"/>
        <source>P(alive) %1 % · %n warning(s)</source>
        <translation>
            <numerusform>P(alive) %1 % · %n warning</numerusform>
            <numerusform>P(alive) %1 % · %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::StrategyEditor</name>
    <message numerus="yes">
        <location filename="../widgets/editors/strategyeditor.cpp" line="213"/>
        <source>%n strategy version(s) saved.</source>
        <translation>
            <numerusform>%n strategy version saved.</numerusform>
            <numerusform>%n strategy versions saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/editors/strategyeditor.cpp" line="882"/>
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n field differs.</numerusform>
            <numerusform>%n fields differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::ValidationPage</name>
    <message numerus="yes">
        <location filename="../widgets/wizard/validationpage.cpp" line="109"/>
        <source>No rejections: %n row(s) ready to import.</source>
        <translation>
            <numerusform>No rejections: %n row ready to import.</numerusform>
            <numerusform>No rejections: %n rows ready to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Clv</name>
    <message numerus="yes">
        <location filename="../models/analytics/clv.cpp" line="489"/>
        <source>Scoring %n customers</source>
        <translation>
            <numerusform>Scoring %n customer</numerusform>
            <numerusform>Scoring %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Warnings</name>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="231"/>
        <source>AUM fell %1 % in %n month(s), from %2 to %3</source>
        <translation>
            <numerusform>AUM fell %1 % in %n month, from %2 to %3</numerusform>
            <numerusform>AUM fell %1 % in %n months, from %2 to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="238"/>
        <source>No active transaction for %n day(s), the last on %1; AUM %2</source>
        <translation>
            <numerusform>No active transaction for %n day, the last on %1; AUM %2</numerusform>
            <numerusform>No active transaction for %n days, the last on %1; AUM %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="240"/>
        <source>No active transaction for %n day(s) since joining; AUM %1</source>
        <translation>
            <numerusform>No active transaction for %n day since joining; AUM %1</numerusform>
            <numerusform>No active transaction for %n days since joining; AUM %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="246"/>
        <source>%1 matures on %2, in %n day(s); balance %3</source>
        <translation>
            <numerusform>%1 matures on %2, in %n day; balance %3</numerusform>
            <numerusform>%1 matures on %2, in %n days; balance %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="252"/>
        <source>AUM %1 below the %2 threshold of %3 for %n month(s); the tier drops after %4 months below</source>
        <translation>
            <numerusform>AUM %1 below the %2 threshold of %3 for %n month; the tier drops after %4 months below</numerusform>
            <numerusform>AUM %1 below the %2 threshold of %3 for %n months; the tier drops after %4 months below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="161"/>
        <source>%n row(s) or file(s) rejected:</source>
        <translation>
            <numerusform>%n row or file rejected:</numerusform>
            <numerusform>%n rows or files rejected:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="757"/>
        <source>Brief written to %1: %2 pages, %n segment(s), %3 customers (%4 s to gather, %5 s to print).</source>
        <translation>
            <numerusform>Brief written to %1: %2 pages, %n segment, %3 customers (%4 s to gather, %5 s to print).</numerusform>
            <numerusform>Brief written to %1: %2 pages, %n segments, %3 customers (%4 s to gather, %5 s to print).</numerusform>
        </translation>
    </message>
</context>
</TS>
