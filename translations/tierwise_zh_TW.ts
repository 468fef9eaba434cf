<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="78"/>
        <source>Segment a retail customer book and estimate customer lifetime value.</source>
        <translation>對零售客戶群進行分層並估算客戶終身價值。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="83"/>
        <source>The workspace file (*.tierwise) to open.</source>
        <translation>要開啟的工作區檔案（*.tierwise）。</translation>
    </message>
</context>
<context>
    <name>tierwise::Error</name>
    <message>
        <location filename="../models/result.cpp" line="20"/>
        <source> [column %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/result.cpp" line="22"/>
        <source> (value &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::ImportController</name>
    <message>
        <location filename="../widgets/shell/importworker.cpp" line="52"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>匯入已取消，工作區未作任何變更。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importworker.cpp" line="60"/>
        <source>Opening the workspace…</source>
        <translation>正在開啟工作區…</translation>
    </message>
</context>
<context>
    <name>tierwise::ImportProgressPanel</name>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="27"/>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="29"/>
        <source>Cancel the import (Esc); the workspace stays as it was</source>
        <translation>取消匯入（Esc），工作區保持原狀</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="47"/>
        <source>Starting the import…</source>
        <translation>正在開始匯入…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="68"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="74"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="75"/>
        <source>Cancelling the import…</source>
        <translation>正在取消匯入…</translation>
    </message>
</context>
<context>
    <name>tierwise::ImportResultDialog</name>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="26"/>
        <source>Import Problems</source>
        <translation>匯入問題</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="39"/>
        <source>Rows imported: %1. Rows rejected and left out: %2.</source>
        <translation>已匯入 %1 列；%2 列被拒絕，未匯入。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="41"/>
        <source>The import was refused and nothing was committed; the workspace is unchanged. Problems found: %1.</source>
        <translation>匯入被拒絕，未提交任何資料，工作區未作變更。發現問題：%1 處。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="56"/>
        <source>Correct the rows below in the source files and import them again.</source>
        <translation>請在來源檔案中更正以下各列，然後重新匯入。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="63"/>
        <source>Showing the first %1 of %2 rejections; the report lists them all.</source>
        <translation>僅顯示 %2 筆拒絕記錄中的前 %1 筆；報告中列出了全部記錄。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="97"/>
        <source>Full report: %1</source>
        <translation>完整報告：%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="100"/>
        <source>Open Report Folder</source>
        <translation>開啟報告所在資料夾</translation>
    </message>
</context>
<context>
    <name>tierwise::MainWindow</name>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="137"/>
        <source>&amp;New Workspace…</source>
        <translation>新增工作區(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="139"/>
        <source>Create an empty workspace file</source>
        <translation>建立一個空的工作區檔案</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="142"/>
        <source>&amp;Open Workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="144"/>
        <source>Open an existing workspace file</source>
        <translation>開啟現有的工作區檔案</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="147"/>
        <source>&amp;Import Data…</source>
        <translation>匯入資料(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="150"/>
        <source>Import customer extracts (CSV) into the workspace</source>
        <translation>將客戶資料擷取檔（CSV）匯入工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="153"/>
        <source>&amp;Close Workspace</source>
        <translation>關閉工作區(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="157"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="162"/>
        <source>&amp;About Tierwise</source>
        <translation>關於 Tierwise(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="169"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="172"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="180"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="190"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="196"/>
        <source>No Recent Workspaces</source>
        <translation>沒有最近的工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="198"/>
        <source>Clear Menu</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="215"/>
        <source>New Workspace</source>
        <translation>新增工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="216"/>
        <source>Tierwise workspaces (*.tierwise)</source>
        <translation>Tierwise 工作區 (*.tierwise)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="228"/>
        <source>Open Workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="229"/>
        <source>Tierwise workspaces (*.tierwise);;All files (*)</source>
        <translation>Tierwise 工作區 (*.tierwise);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="241"/>
        <source>Import Data</source>
        <translation>匯入資料</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="242"/>
        <source>Customer extracts (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>客戶資料擷取檔 (*.csv *.tsv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="260"/>
        <source>Cannot Open Workspace</source>
        <translation>無法開啟工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="274"/>
        <source>Cannot Create Workspace</source>
        <translation>無法建立工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="320"/>
        <source>%1 — Tierwise</source>
        <translation>%1 — Tierwise</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="322"/>
        <source>No data yet</source>
        <translation>尚無資料</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="322"/>
        <source>As of %1</source>
        <translation>資料截至 %1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="324"/>
        <source>Tierwise</source>
        <translation>Tierwise</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="356"/>
        <source>Import finished. Files: %1; rows added: %2; updated: %3.</source>
        <translation>匯入完成。檔案：%1 個；新增 %2 列；更新 %3 列。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="360"/>
        <source>Already in the workspace: %1.</source>
        <translation>工作區中已有：%1 列。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="364"/>
        <source>Imported with rejections; see the report.</source>
        <translation>已匯入，但有被拒絕的列，請查看報告。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="365"/>
        <source>Import refused; the workspace is unchanged.</source>
        <translation>匯入被拒絕，工作區未作變更。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="379"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>匯入已取消，工作區未作任何變更。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="382"/>
        <source>Import failed; the workspace is unchanged.</source>
        <translation>匯入失敗，工作區未作變更。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="383"/>
        <source>Import Failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="383"/>
        <source>%1

Nothing was imported; the workspace is unchanged.</source>
        <translation>%1

未匯入任何資料，工作區未作變更。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="399"/>
        <source>Import Running</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="400"/>
        <source>An import is running. Cancel it and close Tierwise? The workspace stays as it was before the import.</source>
        <translation>正在進行匯入。要取消匯入並關閉 Tierwise 嗎？工作區將保持匯入前的狀態。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="443"/>
        <source>About Tierwise</source>
        <translation>關於 Tierwise</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="444"/>
        <source>&lt;h3&gt;Tierwise %1&lt;/h3&gt;&lt;p&gt;A workbench for branch managers to segment their retail customer book, estimate customer lifetime value and plan for each tier.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tierwise %1&lt;/h3&gt;&lt;p&gt;為網點主任打造的工作台：對零售客戶進行分層，估算客戶終身價值，並為每個層級制定經營策略。&lt;/p&gt;&lt;p&gt;您的資料只保存在本機上。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tierwise::RejectionTableModel</name>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="42"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="67"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="68"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="69"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="70"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="71"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>tierwise::WorkspaceOverview</name>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="39"/>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="41"/>
        <source>Partly committed</source>
        <translation>部分提交</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="43"/>
        <source>Rejected</source>
        <comment>import status</comment>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="45"/>
        <source>Running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="64"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="83"/>
        <source>Create a workspace with File ▸ New Workspace… or open one with File ▸ Open Workspace…</source>
        <translation>透過「檔案 ▸ 新增工作區…」建立工作區，或透過「檔案 ▸ 開啟工作區…」開啟現有工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="88"/>
        <source>Import customer extracts with File ▸ Import Data… or drop CSV files here</source>
        <translation>透過「檔案 ▸ 匯入資料…」匯入客戶資料，或將 CSV 檔案拖放到此處</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="163"/>
        <source>Customer book</source>
        <translation>客戶概況</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="164"/>
        <source>Branches</source>
        <translation>網點</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="165"/>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="166"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="167"/>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="169"/>
        <source>Activity</source>
        <translation>業務資料</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="170"/>
        <source>Balance rows</source>
        <translation>餘額記錄</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="171"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="172"/>
        <source>Product holdings</source>
        <translation>產品持有</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="174"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="175"/>
        <source>As of</source>
        <translation>資料截至</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="176"/>
        <source>First transaction</source>
        <translation>最早交易</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="177"/>
        <source>Last transaction</source>
        <translation>最近交易</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="178"/>
        <source>Last balance month</source>
        <translation>最近餘額月份</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="180"/>
        <source>Imports</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="181"/>
        <source>Committed imports</source>
        <translation>已提交的匯入</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="182"/>
        <source>Rejected rows</source>
        <translation>被拒絕的列</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="185"/>
        <source>Import history</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="196"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="196"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="196"/>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="196"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="197"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="196"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="196"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="197"/>
        <source>Rejected</source>
        <comment>column: rows rejected</comment>
        <translation>拒絕列數</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="249"/>
        <source>The workspace could not be read completely: %1</source>
        <translation>無法完整讀取工作區：%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="301"/>
        <source>Nothing of this file was committed; see the rejections report</source>
        <translation>此檔案的資料均未提交，請查看拒絕報告</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="302"/>
        <source>Some rows of this file were rejected and left out</source>
        <translation>此檔案中有部分列被拒絕，未匯入</translation>
    </message>
</context>
<context>
    <name>tierwise::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="62"/>
        <location filename="../app/cli/cli.cpp" line="72"/>
        <source>tierwise-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="73"/>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="91"/>
        <source>tierwise-cli: unknown encoding &apos;%1&apos;; use utf-8, gb18030 or big5%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="92"/>
        <source> (or auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="103"/>
        <source>%1: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="106"/>
        <source>%1: %2, %3 (%4% sure): %5 rows read, %6 inserted, %7 updated, %8 already present, %9 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="111"/>
        <source>  ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="117"/>
        <source>%n row(s) or file(s) rejected:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="131"/>
        <source>  … and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="133"/>
        <source>By reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="138"/>
        <source>The full list is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="159"/>
        <source>Usage: tierwise-cli COMMAND [OPTIONS]

Commands:
  generate  write a synthetic bank&apos;s extracts (CSV)
  import    import extracts into a workspace, all or nothing
  info      show what a workspace holds
  demo      generate a demo book and import it into a workspace

Run &apos;tierwise-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="170"/>
        <source>tierwise-cli: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="178"/>
        <location filename="../app/cli/cli.cpp" line="328"/>
        <source>Number of customers (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="178"/>
        <location filename="../app/cli/cli.cpp" line="328"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="179"/>
        <source>Months of balances and transactions (default 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="179"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="180"/>
        <source>Random seed; the same seed gives the same files (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="180"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="181"/>
        <source>utf-8 (English headers), gb18030 (Simplified Chinese headers) or big5 (Traditional Chinese headers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="182"/>
        <location filename="../app/cli/cli.cpp" line="228"/>
        <source>ENC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="183"/>
        <source>Output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="183"/>
        <location filename="../app/cli/cli.cpp" line="327"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="185"/>
        <source>Writes the extracts of a synthetic bank: branches, products, customers, accounts, balances, holdings and transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="192"/>
        <source>--customers must be a whole number from 1 to 50,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="195"/>
        <source>--months must be a whole number from 1 to 240.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="198"/>
        <source>--seed must be a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="208"/>
        <source>Name the output folder with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="217"/>
        <source>Generated %1 customers over %2 months in %3 (%4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="226"/>
        <source>The workspace file (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="226"/>
        <location filename="../app/cli/cli.cpp" line="296"/>
        <source>W.tierwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="227"/>
        <source>JSON column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="227"/>
        <source>M.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="228"/>
        <source>auto (default), utf-8, gb18030 or big5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="229"/>
        <source>Commit the valid rows even if some are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="230"/>
        <source>Where to write the rejection report (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="230"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="231"/>
        <source>Reject dates after this date (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="231"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="232"/>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="232"/>
        <source>The extracts (CSV, TSV, text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="232"/>
        <source>FILE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="234"/>
        <source>Imports extracts into a workspace in one transaction: by default any rejected row means nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="239"/>
        <location filename="../app/cli/cli.cpp" line="302"/>
        <source>Name the workspace with --workspace W.tierwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="242"/>
        <source>Name the files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="245"/>
        <source>No such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="259"/>
        <source>--as-of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="273"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation type="unfinished">匯入已取消，工作區未作任何變更。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="280"/>
        <source>Nothing was imported: %1 rejected. Correct the files, or use --accept-partial to import the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="287"/>
        <source>Imported into %1 in %2 s (%3 rows/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="296"/>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="298"/>
        <source>Shows what a workspace holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="309"/>
        <source>Workspace     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="310"/>
        <source>Schema        version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="311"/>
        <source>As of         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="311"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="312"/>
        <source>Branches      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="313"/>
        <source>Products      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="314"/>
        <source>Customers     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="315"/>
        <source>Accounts      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="316"/>
        <source>Balances      %1 customer-months (last month %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="316"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="317"/>
        <source>Holdings      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="318"/>
        <source>Transactions  %1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="319"/>
        <source>Imports       %1 committed, %2 rejections recorded, data version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="327"/>
        <source>Folder for the demo data and workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="330"/>
        <source>Generates a demo bank and imports it into DIR/demo.tierwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="334"/>
        <source>Name the demo folder with --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="344"/>
        <source>1/2 Generating the demo bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="349"/>
        <source>2/2 Importing it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="357"/>
        <source>The demo workspace is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::ingest</name>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="217"/>
        <source>branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="218"/>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="219"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="220"/>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="221"/>
        <source>balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="222"/>
        <source>holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="223"/>
        <source>transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="226"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="259"/>
        <source>customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="260"/>
        <source>account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="261"/>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="262"/>
        <source>branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="263"/>
        <source>product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="264"/>
        <source>product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="265"/>
        <source>product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="266"/>
        <source>risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="267"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="268"/>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="269"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="270"/>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="271"/>
        <source>open date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="272"/>
        <source>close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="273"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="274"/>
        <source>balance date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="275"/>
        <source>maturity date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="276"/>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="277"/>
        <source>transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="278"/>
        <source>transaction date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="279"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="280"/>
        <source>debit/credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="281"/>
        <source>current deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="282"/>
        <source>term deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="379"/>
        <source>The header does not name the columns of any known file kind. A customers file needs a customer id (%1); a transactions file a customer or account id, a transaction date (%2) and an amount (%3); a balances file a customer id, a month (%4) and balance columns. Use a mapping file (--mapping) to name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1213"/>
        <source>The number of customers must be between 1 and 999,999,999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1215"/>
        <source>The number of months must be between 1 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1217"/>
        <source>The last month is not a valid month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1219"/>
        <source>No output folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1221"/>
        <source>Simplified Chinese headers cannot be written in Big5; use Traditional Chinese headers or another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1260"/>
        <source>This system cannot convert text to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1287"/>
        <source>The text &quot;%1&quot; cannot be written in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1536"/>
        <source>Generating customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1537"/>
        <source>Generation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1541"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1562"/>
        <source>Out of memory while generating customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="38"/>
        <location filename="../models/ingest/importer.cpp" line="44"/>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="48"/>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="49"/>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="59"/>
        <location filename="../models/ingest/importer.cpp" line="75"/>
        <source>Cannot write the rejection report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::CsvReader</name>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="35"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="37"/>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="38"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="295"/>
        <location filename="../models/ingest/csvreader.cpp" line="655"/>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="317"/>
        <source> (the file was read as %1; if it was saved in another encoding, choose that encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="410"/>
        <source>more than %1 fields in one record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="460"/>
        <location filename="../models/ingest/csvreader.cpp" line="485"/>
        <location filename="../models/ingest/csvreader.cpp" line="537"/>
        <source>field longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="469"/>
        <source>quoted field not closed: the quote opened on line %1 has no closing quote before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="477"/>
        <location filename="../models/ingest/csvreader.cpp" line="515"/>
        <location filename="../models/ingest/csvreader.cpp" line="555"/>
        <location filename="../models/ingest/csvreader.cpp" line="774"/>
        <source>NUL byte in the text (a binary file, or UTF-16 text?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="524"/>
        <source>unexpected text after the closing quote of a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="546"/>
        <source>stray quote inside an unquoted field (a field with quotes must be quoted as a whole, with each quote doubled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="661"/>
        <source>file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="668"/>
        <source>the file is UTF-16 text; save it as UTF-8 (or GB18030/Big5) delimited text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="674"/>
        <source>the file is a ZIP archive or an Excel workbook (.xlsx), not delimited text; save it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="680"/>
        <source>the file is an Excel 97-2003 workbook (.xls), not delimited text; save it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="690"/>
        <source>chosen by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="716"/>
        <source>%1 (first non-ASCII byte at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="730"/>
        <source>cannot seek in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="796"/>
        <location filename="../models/ingest/csvreader.cpp" line="806"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="801"/>
        <source>cannot open the file: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::FileImport</name>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="169"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="213"/>
        <source>Cannot tell what this file holds. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="231"/>
        <source>Columns %1 (&apos;%2&apos;) and %3 (&apos;%4&apos;) both hold the %5; map one of them to another field or skip it in a mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="246"/>
        <source>A %1 file needs a column for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="247"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="451"/>
        <source>Expected %1 fields, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="478"/>
        <source>Unknown product type; use current, term, wealth, fund, insurance, credit_card, consumer_loan, mortgage, business_loan or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="566"/>
        <source>A risk level is 1 to 5 (R1–R5, C1–C5, 保守型 … 进取型).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="581"/>
        <source>Gender must be M or F (男/女); map other codes in a mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="591"/>
        <source>Debit/credit must be credit or debit (贷/借); map other codes in a mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="611"/>
        <source>The %1 is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="613"/>
        <source>The %1 is after the as-of date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="622"/>
        <source>The customer would be over 120 years old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="626"/>
        <source>An age is 0 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="640"/>
        <source>The month is after the as-of date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="643"/>
        <source>The close date is before the open date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="647"/>
        <source>The maturity date is before the open date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="649"/>
        <source>A margin is at most ±10,000 basis points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="652"/>
        <source>A term is 0 to 1,200 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="673"/>
        <source>The %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="696"/>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="713"/>
        <source>Too many rejected rows; stopped reading at line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="715"/>
        <source>The file has a header but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="736"/>
        <source>Unknown account (not in the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="741"/>
        <location filename="../models/ingest/fileimport.cpp" line="830"/>
        <source>Account %1 belongs to customer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="792"/>
        <source>Duplicate row: this customer and month appear earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="793"/>
        <source>Duplicate key: the %1 appears earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="805"/>
        <location filename="../models/ingest/fileimport.cpp" line="921"/>
        <source>Unknown customer: not in the workspace. Import the customers file first or together with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="807"/>
        <source>The row breaks a rule of the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="811"/>
        <location filename="../models/ingest/fileimport.cpp" line="924"/>
        <source>Writing line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="824"/>
        <source>Unknown account: not in the workspace. Import the accounts file first, or skip the account column in a mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="865"/>
        <source>Duplicate transaction id: it appears earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::Importer</name>
    <message>
        <location filename="../models/ingest/importer.cpp" line="109"/>
        <source>No files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="158"/>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="218"/>
        <source>This transactions file was already imported on %1 (import #%2); importing it again would add nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="229"/>
        <source>The same transactions file is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="283"/>
        <source>More than %1 rejections; the rest were not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="350"/>
        <source>Committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="351"/>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::Mapping</name>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="31"/>
        <source>Cannot read the mapping file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="40"/>
        <source>The mapping file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="43"/>
        <source>The mapping file must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="53"/>
        <source>Unknown kind &apos;%1&apos;; use branches, products, customers, accounts, balances, holdings or transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="60"/>
        <source>Unknown encoding &apos;%1&apos;; use utf-8, gb18030 or big5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="64"/>
        <source>&quot;header&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="68"/>
        <source>&quot;columns&quot; must be an object of header → field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="83"/>
        <source>Column &apos;%1&apos;: unknown key &apos;%2&apos; (use field, format, values or skip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="91"/>
        <source>Column &apos;%1&apos;: &quot;values&quot; must be an object of value → replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="95"/>
        <source>Column &apos;%1&apos;: the replacement for &apos;%2&apos; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="99"/>
        <source>Column &apos;%1&apos;: name the &quot;field&quot; or set &quot;skip&quot;: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="101"/>
        <source>Column &apos;%1&apos;: expected a field name, an object or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="106"/>
        <source>Column &apos;%1&apos;: unknown field &apos;%2&apos;. Known fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="113"/>
        <source>Column &apos;%1&apos;: a &quot;format&quot; applies only to date fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="118"/>
        <source>Unknown key &apos;%1&apos; (use kind, encoding, header and columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="126"/>
        <source>Without a header row, columns are named by number (&quot;1&quot;, &quot;2&quot;, …), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::OutputFiles</name>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1365"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1390"/>
        <source>Cannot rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1414"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::TextEncoding</name>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="387"/>
        <source>UTF-8 byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="399"/>
        <source>no text to examine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="401"/>
        <source>plain ASCII text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="425"/>
        <source>valid UTF-8 with %1 CJK characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="428"/>
        <source>valid UTF-8 with %1 non-ASCII characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="444"/>
        <source>mostly valid UTF-8 (%1 characters, %2 invalid byte sequences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="467"/>
        <source>not UTF-8; as %1, %2 of %3 characters are common Chinese characters (%4 invalid sequences); as %5, %6 of %7 (%8 invalid sequences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="498"/>
        <source>invalid %1 byte sequence %2 at byte offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="621"/>
        <source>the system cannot convert %1 text (iconv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="652"/>
        <source>incomplete %1 character %2 at the end of the input (byte offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::Values</name>
    <message>
        <location filename="../models/ingest/values.cpp" line="73"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="74"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="75"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="76"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="77"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="78"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="79"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="80"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="81"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="82"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="83"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="84"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="97"/>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="99"/>
        <source>&apos;%1&apos; is too long to be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="102"/>
        <source>&apos;%1&apos; has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="105"/>
        <source>&apos;%1&apos; is not %2: unexpected &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="109"/>
        <source>&apos;%1&apos; has more than one decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="113"/>
        <source>&apos;%1&apos; has a misplaced thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="117"/>
        <source>&apos;%1&apos; has a thousands separator after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="122"/>
        <source>&apos;%1&apos; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="125"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="129"/>
        <source>&apos;%1&apos; is not a date in a recognised form (YYYY-MM-DD, YYYY/M/D, YYYYMMDD, YYYY年M月D日); set a date format for other forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="135"/>
        <source>&apos;%1&apos; puts the year last, which is ambiguous; set a date format such as DD/MM/YYYY or MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="141"/>
        <source>&apos;%1&apos; has a two-digit year; set a date format such as YYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="146"/>
        <source>&apos;%1&apos; looks like a spreadsheet serial number, not a date; format the column as a date before exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="152"/>
        <source>year 0 is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="154"/>
        <source>month %1 is not a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="157"/>
        <source>day %1 is not a day of a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="161"/>
        <source>%1 %2 has %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="166"/>
        <source>&apos;%1&apos; has unexpected text after the date: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="170"/>
        <source>&apos;%1&apos; does not match the date format &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="174"/>
        <source>the date format &apos;%1&apos; needs a year (YYYY or YY), a month (MM or M) and a day (DD or D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="180"/>
        <source>&apos;%1&apos; is not a month (expected YYYY-MM, YYYYMM, YYYY年M月 or a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="189"/>
        <source>an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="190"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="191"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="192"/>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="193"/>
        <source>a month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::store</name>
    <message>
        <location filename="../models/store/statement.cpp" line="14"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/statement.cpp" line="16"/>
        <source>%1: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/statement.cpp" line="18"/>
        <source>%1: the workspace file is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="67"/>
        <location filename="../models/store/workspace.cpp" line="95"/>
        <location filename="../models/store/workspace.cpp" line="134"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="70"/>
        <source>%1 is an empty file, not a Tierwise workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="89"/>
        <source>%1 is not a Tierwise workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="108"/>
        <source>%1 is damaged or not a Tierwise workspace (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="114"/>
        <source>%1 is an SQLite database but not a Tierwise workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="116"/>
        <source>%1 was written by a newer version of Tierwise (workspace version %2; this version reads up to %3). Update Tierwise to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tierwise::store::Workspace</name>
    <message>
        <location filename="../models/store/workspace.cpp" line="167"/>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="168"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="191"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
