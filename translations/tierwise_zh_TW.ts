<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>QWizard</name>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="68"/>
        <source>&lt; &amp;Back</source>
        <translation>＜返回(&amp;B)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="69"/>
        <source>&amp;Next &gt;</source>
        <translation>下一個(&amp;N) ＞</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="70"/>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="71"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="82"/>
        <source>Segment a retail customer book and estimate customer lifetime value.</source>
        <translation>對零售客戶群進行分層並估算客戶終身價值。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>The workspace file (*.tierwise) to open.</source>
        <translation>要開啟的工作區檔案（*.tierwise）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>The language for this session: en, zh_CN or zh_TW (the one chosen in Settings ▸ Language is kept).</source>
        <translation>本次工作階段使用的語言：en、zh_CN 或 zh_TW（設定 ▸ 語言中的選擇保持不變）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="106"/>
        <source>--lang: unknown language &apos;%1&apos;; use en, zh_CN or zh_TW.</source>
        <translation>--lang：未知語言「%1」；請使用 en、zh_CN 或 zh_TW。</translation>
    </message>
</context>
<context>
    <name>tierwise::BookNavigator</name>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="105"/>
        <source>Open a workspace to see its branches, tiers and segments.</source>
        <translation>開啟工作區以查看其分行、層級和客群。</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="106"/>
        <source>Book</source>
        <translation>客戶總覽</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="106"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="106"/>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="134"/>
        <source>All customers</source>
        <translation>全部客戶</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="131"/>
        <source>Branches (%1)</source>
        <translation>分行（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="137"/>
        <source>(no branch)</source>
        <translation>（無分行）</translation>
    </message>
</context>
<context>
    <name>tierwise::BriefDialog</name>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="56"/>
        <source>Print Segment Brief</source>
        <translation>列印客群簡報</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="57"/>
        <source>The newest run of each segmentation in the workspace</source>
        <translation>工作區中各分群方式的最新執行結果</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="58"/>
        <source>The segments that get a section of their own (the summary covers all of them)</source>
        <translation>單獨成節的客群（摘要涵蓋全部客群）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="59"/>
        <source>&amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="60"/>
        <source>&amp;None</source>
        <translation>全不選(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="61"/>
        <source>Brief on every segment</source>
        <translation>簡報包含所有客群</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="62"/>
        <source>Clear the segment choice</source>
        <translation>清除客群選取</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="63"/>
        <source>Only the customers booked at one branch, or the whole book</source>
        <translation>僅統計歸屬於某一分行的客戶，或全部客戶</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="64"/>
        <source>All branches</source>
        <translation>全部分行</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="65"/>
        <source>The language the brief is printed in</source>
        <translation>簡報列印所用的語言</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="66"/>
        <source>The bank&apos;s name on the cover (empty: the workspace&apos;s name)</source>
        <translation>封面上的銀行名稱（留空則使用工作區名稱）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="67"/>
        <source>Personal data masked: customer ids are printed masked.</source>
        <translation>個人資料已遮罩：客戶編號將以遮罩形式列印。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="68"/>
        <source>Personal data shown: the brief prints customer ids unmasked, and saving it is recorded in the workspace&apos;s audit log.</source>
        <translation>個人資料已顯示：簡報將列印未遮罩的客戶編號，儲存簡報的操作會記入工作區的稽核日誌。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="70"/>
        <source>S&amp;egmentation:</source>
        <translation>分群方式(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="71"/>
        <source>Se&amp;gments:</source>
        <translation>客群(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="72"/>
        <source>&amp;Branch:</source>
        <translation>分行(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="73"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="74"/>
        <source>Ban&amp;k name:</source>
        <translation>銀行名稱(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="75"/>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="76"/>
        <source>Gather the figures and show the brief&apos;s pages</source>
        <translation>彙整資料並顯示簡報頁面</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="77"/>
        <source>&amp;Save PDF…</source>
        <translation>儲存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="78"/>
        <source>Write the brief as a PDF file</source>
        <translation>將簡報儲存為 PDF 檔案</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="79"/>
        <source>&amp;Cancel Gathering</source>
        <translation>取消彙整(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="80"/>
        <source>Stop gathering the figures</source>
        <translation>停止彙整資料</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="81"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="82"/>
        <source>The brief as it will be printed</source>
        <translation>簡報的列印效果</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="84"/>
        <source>Choose the segments, then Preview.</source>
        <translation>請選擇客群，然後按一下「預覽」。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="85"/>
        <source>No segmentation yet — run Analyze ▸ Value Tiers (or another analysis) first.</source>
        <translation>尚無分群結果。請先執行「分析 ▸ 價值層級」（或其他分析）。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="121"/>
        <source>%1 (%2 customers)</source>
        <translation>%1（%2 位客戶）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="370"/>
        <source>Segment brief: %1</source>
        <translation>客群簡報：%1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="136"/>
        <source>Gathering the figures… (progress in the Jobs dock)</source>
        <translation>正在彙整資料…（進度見「工作」窗格）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="137"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="138"/>
        <source>No figures.</source>
        <translation>沒有資料。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="142"/>
        <source>Figures as of %1: %2 customers, %3 segments.</source>
        <translation>資料截至 %1：%2 位客戶，%3 個客群。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="448"/>
        <source>Save Segment Brief</source>
        <translation>儲存客群簡報</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="449"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="471"/>
        <source>Recording the unmasked brief in the audit log</source>
        <translation>正在將未遮罩簡報記入稽核日誌</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/brief/briefdialog.cpp" line="148"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已儲存 %1（共 %n 頁）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::BriefRenderer</name>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="131"/>
        <source>No data — run the lifetime value analysis (Analyze ▸ Lifetime Value, or tierwise-cli clv).</source>
        <translation>沒有資料。請執行客戶終身價值分析（「分析 ▸ 客戶終身價值」，或 tierwise-cli clv）。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="139"/>
        <source>Under 25</source>
        <translation>25 歲以下</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="140"/>
        <source>25–34</source>
        <translation>25–34 歲</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="141"/>
        <source>35–44</source>
        <translation>35–44 歲</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="142"/>
        <source>45–54</source>
        <translation>45–54 歲</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="143"/>
        <source>55–64</source>
        <translation>55–64 歲</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="144"/>
        <source>65 and over</source>
        <translation>65 歲以上</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="148"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="154"/>
        <source>Counter</source>
        <translation>臨櫃</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="155"/>
        <source>Online banking</source>
        <translation>網路銀行</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="156"/>
        <source>Mobile banking</source>
        <translation>行動銀行</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="157"/>
        <source>ATM</source>
        <translation>ATM</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="158"/>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="159"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="194"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="162"/>
        <source>No transactions</source>
        <translation>無交易</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="168"/>
        <source>Deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="169"/>
        <source>Wealth products</source>
        <translation>理財商品</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="170"/>
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="171"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="186"/>
        <source>Insurance</source>
        <translation>保險</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="172"/>
        <source>Credit cards</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="173"/>
        <source>Loans</source>
        <translation>貸款</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="182"/>
        <source>Current account</source>
        <translation>活期存款</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="183"/>
        <source>Term deposit</source>
        <translation>定期存款</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="184"/>
        <source>Wealth product</source>
        <translation>理財商品</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="185"/>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="187"/>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="188"/>
        <source>Consumer loan</source>
        <translation>消費性貸款</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="189"/>
        <source>Mortgage</source>
        <translation>房屋貸款</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="190"/>
        <source>Business loan</source>
        <translation>企業貸款</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="232"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="244"/>
        <source>the whole book</source>
        <translation>全行</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="244"/>
        <source>branch %1</source>
        <translation>分行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="245"/>
        <source>%1 customers in %2 hold %3 of AUM (assets under management) and bring %4 of margin lifetime value, as of %5. The %6 segments of this brief (%7) hold %8 of these customers and %9 of the AUM.</source>
        <translation>截至 %5，%2共有 %1 位客戶，持有 AUM（資產管理規模）%3，帶來利潤貢獻 CLV（客戶終身價值）%4。本簡報所含 %6 個客群（%7）的客戶數佔其中的 %8，AUM 佔 %9。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="259"/>
        <location filename="../widgets/brief/briefrenderer.cpp" line="165"/>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="274"/>
        <source>These segments</source>
        <translation>以上客群合計</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="279"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="492"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="279"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="292"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="372"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="429"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="431"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="539"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="582"/>
        <location filename="../widgets/brief/briefrenderer.cpp" line="166"/>
        <source>Customers</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="279"/>
        <source>Customer share</source>
        <translation>客戶佔比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="280"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="293"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="373"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="429"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="563"/>
        <source>AUM</source>
        <translation>資產管理規模</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="280"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="376"/>
        <source>AUM share</source>
        <translation>AUM 佔比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="280"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="377"/>
        <source>Margin CLV share</source>
        <translation>利潤貢獻 CLV 佔比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="281"/>
        <source>Avg. P(alive)</source>
        <translation>平均存活機率</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="289"/>
        <source>Shares by segment</source>
        <translation>各客群佔比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="295"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="431"/>
        <source>Margin CLV</source>
        <translation>利潤貢獻 CLV</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="310"/>
        <source>Concentration of AUM (Pareto)</source>
        <translation>AUM 集中度（柏拉圖）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="312"/>
        <source>Share of customers, largest first</source>
        <translation>客戶佔比，由大到小排列</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="313"/>
        <source>Share of AUM</source>
        <translation>AUM 佔比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="327"/>
        <source>of the AUM is held by the top 20 % of customers.</source>
        <translation>前 20% 的客戶所持有的 AUM 佔比。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="328"/>
        <source>Gini coefficient of AUM: 0 when every customer holds the same, near 1 when a few hold nearly everything.</source>
        <translation>AUM 的吉尼係數：所有客戶持有相同時為 0，少數客戶持有幾乎全部時接近 1。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="359"/>
        <source>%1 · key %2</source>
        <translation>%1 · 代碼 %2</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="372"/>
        <source>%1 of the customers</source>
        <translation>佔客戶總數的 %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="373"/>
        <source>%1 of the AUM</source>
        <translation>佔 AUM 總額的 %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="374"/>
        <source>Average AUM</source>
        <translation>平均 AUM</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="375"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="379"/>
        <source>all customers: %1</source>
        <translation>全部客戶：%1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="376"/>
        <source>of the AUM in the brief&apos;s scope</source>
        <translation>佔簡報範圍內 AUM 的比例</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="378"/>
        <source>margin CLV %1</source>
        <translation>利潤貢獻 CLV %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="378"/>
        <source>no lifetime value run</source>
        <translation>尚未測算客戶終身價值</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="379"/>
        <source>Average P(alive)</source>
        <translation>平均存活機率</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="380"/>
        <source>Customers with warnings</source>
        <translation>有預警的客戶</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="381"/>
        <source>%1 of the segment</source>
        <translation>佔該客群的 %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="382"/>
        <source>Share of customers</source>
        <translation>客戶佔比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="383"/>
        <source>of %1 customers</source>
        <translation>客戶總數 %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="415"/>
        <source>Segment map</source>
        <translation>客群地圖</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="416"/>
        <source>Distributions</source>
        <translation>分佈</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="421"/>
        <source>AUM (log scale)</source>
        <translation>AUM（對數刻度）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="422"/>
        <source>Margin CLV (log scale)</source>
        <translation>利潤貢獻 CLV（對數刻度）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="424"/>
        <source>Grey: all customers; colour: this segment. Not on the map: %1 of its customers with AUM or margin CLV below 1.</source>
        <translation>灰色：全部客戶；彩色：本客群。未顯示於圖中：本客群中 AUM 或利潤貢獻 CLV 低於 1 的 %1 位客戶。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="435"/>
        <source>Dashed line: the median (AUM %1, margin CLV %2). Not shown: %3 customers with AUM below 1, %4 with margin CLV below 1 or none.</source>
        <translation>虛線：中位數（AUM %1，利潤貢獻 CLV %2）。未顯示：AUM 低於 1 的 %3 位客戶，以及利潤貢獻 CLV 低於 1 或缺值的 %4 位客戶。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="446"/>
        <source>Cohort retention</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="449"/>
        <source>All customers</source>
        <translation>全部客戶</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="455"/>
        <source>No customers of this segment were acquired within the history.</source>
        <translation>本客群中沒有在資料期間內獲客的客戶。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="457"/>
        <source>Months since acquisition</source>
        <translation>獲客後月數</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="458"/>
        <source>Active</source>
        <translation>活躍</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="460"/>
        <source>The share of customers with an active transaction in each month since they were acquired, averaged over the monthly cohorts (weighted by their size).</source>
        <translation>獲客後每個月有主動交易的客戶佔比，依各月份同期群取平均（以規模加權）。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="478"/>
        <source>Typical profile</source>
        <translation>典型畫像</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="493"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="507"/>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="508"/>
        <source>Most-used channel</source>
        <translation>最常用通路</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="509"/>
        <source>Products held</source>
        <translation>持有商品</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="523"/>
        <source>Early warnings and next-best products</source>
        <translation>預警和推薦商品</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="532"/>
        <source>Early warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="539"/>
        <source>Warning</source>
        <translation>預警類型</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="539"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="583"/>
        <source>Share of the segment</source>
        <translation>佔客群比例</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="540"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="564"/>
        <source>Warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="549"/>
        <source>Largest customers with a warning</source>
        <translation>AUM 最高的預警客戶</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="556"/>
        <source>serious</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="556"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="556"/>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="560"/>
        <source>No customer of this segment has a warning.</source>
        <translation>本客群沒有客戶觸發預警。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="563"/>
        <source>Customer (masked)</source>
        <translation>客戶（已遮罩）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="563"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="564"/>
        <source>Highest severity</source>
        <translation>最高嚴重程度</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="573"/>
        <source>Next-best products</source>
        <translation>推薦商品</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="576"/>
        <location filename="../widgets/brief/briefrenderer.cpp" line="91"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="579"/>
        <source>No product is suggested to this segment&apos;s customers.</source>
        <translation>沒有為本客群客戶推薦的商品。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="582"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="582"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="599"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="612"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="601"/>
        <source>No strategy saved for this segment yet.</source>
        <translation>尚未為本客群儲存策略。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="636"/>
        <source>Notes on the figures</source>
        <translation>資料說明</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="642"/>
        <source>AUM (assets under management): the customer&apos;s deposits, wealth products, funds and insurance cash value at the end of the as-of month; loans are not AUM. Shares are of the customers in the brief&apos;s scope (the branch, or the whole book).</source>
        <translation>AUM（資產管理規模）：客戶在資料截至月份月底的存款、理財商品、基金及保險現金價值之和；貸款不計入 AUM。各項佔比均以簡報範圍內的客戶（該分行或全行）為基數。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="645"/>
        <source>Margin CLV: the margin the bank expects to earn on the customer&apos;s balances over the next 12 months, with the probability that the customer stays, discounted. P(alive): the probability that the customer is still active, from the BG/NBD model of the transactions.</source>
        <translation>利潤貢獻 CLV：銀行預期在未來 12 個月內從客戶餘額中賺取的利差收益，依客戶留存機率加權並折現。存活機率：根據交易資料的 BG/NBD 模型估算的客戶仍處於活躍狀態的機率。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="648"/>
        <source>Early warnings: AUM falling, large outflows, dormancy with a balance, products maturing within 30 days and customers close to a tier downgrade, with the workspace&apos;s warning rules.</source>
        <translation>預警：依據工作區的預警規則，識別資產管理規模下降、大額資金流出、有餘額但長期休眠、商品將於 30 天內到期以及接近層級降級的客戶。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="650"/>
        <source>Next-best products: what most peers in the customer&apos;s value tier hold and the customer does not, within the customer&apos;s risk tolerance and the age and eligibility rules.</source>
        <translation>推薦商品：同一價值層級中多數同群客戶持有而該客戶尚未持有的商品，且符合該客戶的風險承受度以及年齡與適用條件規則。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="652"/>
        <source>Amounts are in the workspace&apos;s currency; large amounts are rounded to three significant digits.</source>
        <translation>金額以工作區的幣別計；較大金額四捨五入至三位有效數字。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="84"/>
        <source>Personal data masked</source>
        <translation>個人資料已遮罩</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="84"/>
        <source>Personal data shown — handle under the bank&apos;s data rules</source>
        <translation>個人資料已顯示（未遮罩）——請依本行資料管理規定處理</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="90"/>
        <source>All branches</source>
        <translation>全部分行</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="116"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="122"/>
        <source>%1 · %2 · %3 · as of %4</source>
        <translation>%1 · %2 · %3 · 資料截至 %4</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="152"/>
        <source>Segment brief</source>
        <translation>客群簡報</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="162"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="163"/>
        <source>As of</source>
        <translation>資料截至</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="164"/>
        <source>Segmentation</source>
        <translation>分群方式</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="167"/>
        <source>Generated</source>
        <translation>產生時間</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="180"/>
        <source>Personal data masked: customer ids in this brief are masked (for example C0****45) and no names are printed. Handle it as internal bank material.</source>
        <translation>個人資料已遮罩：本簡報中的客戶編號均已遮罩（例如 C0****45），且不列印客戶姓名。請作為銀行內部資料處理。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="182"/>
        <source>Personal data shown: this brief prints customer ids unmasked. Handle it under the bank&apos;s data rules and do not pass it on; the export is recorded in the workspace&apos;s audit log.</source>
        <translation>個人資料已顯示：本簡報列印了未遮罩的客戶編號。請依本行資料管理規定處理，切勿外流；本次匯出已記入工作區的稽核日誌。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="204"/>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="248"/>
        <source>Segment brief — %1</source>
        <translation>客群簡報——%1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="254"/>
        <source>No device to print the brief on.</source>
        <translation>沒有可用於列印簡報的裝置。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="279"/>
        <source>Could not start printing the brief.</source>
        <translation>無法開始列印簡報。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="294"/>
        <location filename="../widgets/brief/briefrenderer.cpp" line="304"/>
        <source>Could not add a page to the brief.</source>
        <translation>無法為簡報新增頁面。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="317"/>
        <source>Could not finish printing the brief.</source>
        <translation>無法完成簡報列印。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="325"/>
        <location filename="../widgets/brief/briefrenderer.cpp" line="338"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tierwise::CampaignAudienceEditor</name>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="181"/>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="182"/>
        <source>Branches</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="183"/>
        <source>Lifecycle stages</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="184"/>
        <source>Early warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="185"/>
        <source>Segmentat&amp;ion:</source>
        <translation>分群(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="186"/>
        <source>The segmentation whose segments make the audience (the newest run of each)</source>
        <translation>用於組成目標客群的分群（各分群取最新一次執行結果）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="187"/>
        <source>Se&amp;gments (tick one or more; Space ticks the current one):</source>
        <translation>客群（勾選一個或多個；按空白鍵勾選目前項目）(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="188"/>
        <source>The campaign reaches the customers of the ticked segments</source>
        <translation>行銷活動將觸及所勾選客群中的客戶</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="189"/>
        <source>Only customers of the ticked branches; none ticked: every branch</source>
        <translation>僅限所勾選分行的客戶；未勾選則包括所有分行</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="190"/>
        <source>Only customers in the ticked lifecycle stages; none ticked: any stage</source>
        <translation>僅限處於所勾選生命週期階段的客戶；未勾選則不限階段</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="191"/>
        <source>Only customers with any of the ticked early warnings; none ticked: no condition</source>
        <translation>僅限具有任一所勾選預警的客戶；未勾選則不設此條件</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="192"/>
        <source>Ne&amp;xt-best product:</source>
        <translation>推薦商品(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="193"/>
        <source>Only customers for whom this product is among the next-best offers</source>
        <translation>僅限推薦商品中包含此商品的客戶</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="194"/>
        <source>Optional filters (Ctrl+Tab switches between them)</source>
        <translation>選用篩選條件（按 Ctrl+Tab 在各項之間切換）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="195"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="195"/>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="196"/>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="197"/>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="198"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="195"/>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="196"/>
        <source>AUM (¥)</source>
        <translation>資產管理規模（¥）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="196"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="197"/>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="198"/>
        <source>Early warning</source>
        <translation>預警</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="298"/>
        <source>Any product</source>
        <translation>不限商品</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="304"/>
        <source>(no branch)</source>
        <translation>（無分行）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="305"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="324"/>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="362"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="325"/>
        <source>%1 — %2 customers</source>
        <translation>%1 — %2 位客戶</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="349"/>
        <source>Filtering by lifecycle stage, early warning or next-best product needs a lifetime-value run: Analyze ▸ Lifetime Value… (Ctrl+5).</source>
        <translation>依生命週期階段、預警或推薦商品篩選，需要先有客戶終身價值執行結果：請執行「分析 ▸ 客戶終身價值…」（Ctrl+5）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="352"/>
        <source>Reading the lifetime-value run&apos;s warnings and next-best products…</source>
        <translation>正在讀取客戶終身價值執行結果中的預警和推薦商品…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="364"/>
        <source>&amp;Branches</source>
        <translation>分行(&amp;B)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="365"/>
        <source>&amp;Lifecycle</source>
        <translation>生命週期(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="366"/>
        <source>Wa&amp;rnings</source>
        <translation>預警(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tierwise::CampaignEvaluationView</name>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="115"/>
        <source>Treated conversion minus control conversion, in percentage points, with its 95 % interval (p₁ − p₀) ± 1.96 · √(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀)</source>
        <translation>實驗組轉換率減去對照組轉換率（以百分點計），及其 95% 信賴區間 (p₁ − p₀) ± 1.96 · √(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="133"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="133"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="134"/>
        <source>Customers contacted (the treated group)</source>
        <translation>已聯絡的客戶（實驗組）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="135"/>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="386"/>
        <source>Treated</source>
        <translation>實驗組</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="136"/>
        <source>Treated customers who responded</source>
        <translation>實驗組中有回應的客戶</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="137"/>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="143"/>
        <source>Responded</source>
        <translation>已回應</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="138"/>
        <source>Conversion of the treated group</source>
        <translation>實驗組的轉換率</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="139"/>
        <source>Treated rate</source>
        <translation>實驗組轉換率</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="140"/>
        <source>Customers held out, not contacted (the control group)</source>
        <translation>保留且未聯絡的客戶（對照組）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="141"/>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="386"/>
        <source>Control</source>
        <translation>對照組</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="142"/>
        <source>Control customers who converted anyway</source>
        <translation>未被聯絡但仍然轉換的對照組客戶</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="144"/>
        <source>Conversion of the control group</source>
        <translation>對照組的轉換率</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="145"/>
        <source>Control rate</source>
        <translation>對照組轉換率</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="146"/>
        <source>Treated rate minus control rate, percentage points</source>
        <translation>實驗組轉換率減去對照組轉換率，單位為百分點</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="147"/>
        <source>Lift</source>
        <translation>提升</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="148"/>
        <source>The lift&apos;s 95 % confidence interval</source>
        <translation>提升幅度的 95% 信賴區間</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="149"/>
        <source>95 % interval</source>
        <translation>95% 信賴區間</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="150"/>
        <source>The treated group&apos;s response amount</source>
        <translation>實驗組的回應金額</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="151"/>
        <source>Amount (¥)</source>
        <translation>金額（¥）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="159"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="161"/>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="426"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="161"/>
        <source>(no branch)</source>
        <translation>（無分行）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="263"/>
        <source>Choose a campaign to see its evaluation.</source>
        <translation>請選擇一個行銷活動以查看其評估結果。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="276"/>
        <source>%1%2 pp</source>
        <translation>%1%2 個百分點</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="283"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="352"/>
        <source>By &amp;segment</source>
        <translation>依客群(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="353"/>
        <source>By b&amp;ranch</source>
        <translation>依分行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="363"/>
        <source>No responses imported yet: %1 treated and %2 control customers. Import the responses (Ctrl+I) once the campaign has run.</source>
        <translation>尚未匯入回應資料：實驗組 %1 位客戶，對照組 %2 位客戶。行銷活動執行後，請匯入回應資料（Ctrl+I）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="367"/>
        <source>Treated: %1 of %2 converted (%3). Control: %4 of %5 (%6). Lift: %7 (95 % interval %8).</source>
        <translation>實驗組：%2 位中有 %1 位轉換（%3）。對照組：%5 位中有 %4 位（%6）。提升：%7（95% 信賴區間 %8）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="372"/>
        <source>The lift is the treated conversion minus the control conversion. Its 95 % interval: (p₁ − p₀) ± 1.96 · √(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀). An interval that excludes 0 means the campaign made a difference.</source>
        <translation>提升幅度為實驗組轉換率減去對照組轉換率。其 95% 信賴區間為：(p₁ − p₀) ± 1.96 · √(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀)。若區間不包含 0，表示行銷活動產生了成效。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="412"/>
        <source>Lift, 95 % interval</source>
        <translation>提升（95% 信賴區間）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="434"/>
        <source>Conversion (%)</source>
        <translation>轉換率（%）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="437"/>
        <source>Conversion by segment, treated vs control</source>
        <translation>各客群轉換率：實驗組與對照組比較</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="457"/>
        <source>%1
Treated: %2 of %3 (%4)
Control: %5 of %6 (%7)
Lift: %8
95 % interval: %9</source>
        <translation>%1
實驗組：%3 位中有 %2 位（%4）
對照組：%6 位中有 %5 位（%7）
提升：%8
95% 信賴區間：%9</translation>
    </message>
</context>
<context>
    <name>tierwise::CampaignJobs</name>
    <message>
        <location filename="../widgets/editors/campaignjobs.cpp" line="22"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignjobs.cpp" line="79"/>
        <source>Saving the campaign</source>
        <translation>正在儲存行銷活動</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignjobs.cpp" line="86"/>
        <source>Exporting the audience</source>
        <translation>正在匯出目標客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignjobs.cpp" line="97"/>
        <source>Importing the responses</source>
        <translation>正在匯入回應資料</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignjobs.cpp" line="108"/>
        <source>Evaluating the campaign</source>
        <translation>正在評估行銷活動</translation>
    </message>
</context>
<context>
    <name>tierwise::CampaignListPage</name>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="140"/>
        <source>5 · Campaigns</source>
        <translation>5 · 行銷活動</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="141"/>
        <source>Evaluation: treated against control</source>
        <translation>評估：實驗組對比對照組</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="142"/>
        <source>E&amp;xport Audience…</source>
        <translation>匯出目標客群(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="143"/>
        <source>Write the chosen campaign&apos;s treated customers as CSV for the CRM or the branches, masked unless you export unmasked (Ctrl+E)</source>
        <translation>將所選行銷活動的實驗組客戶寫入 CSV，供 CRM 系統或分行使用；除非選擇不遮罩匯出，否則個人資料均已遮罩（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="145"/>
        <source>Export &amp;unmasked</source>
        <translation>不遮罩匯出(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="146"/>
        <source>Write names, ids and phone numbers in full. You are asked to confirm, and the export is recorded in the workspace&apos;s audit log.</source>
        <translation>完整寫出姓名、客戶編號和電話號碼。匯出前需要您確認，且本次匯出會記錄在工作區的稽核日誌中。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="148"/>
        <source>&amp;Import Responses…</source>
        <translation>匯入回應資料(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="149"/>
        <source>Read who responded (customer_id, responded, date, amount) from a CSV or TSV file; it replaces the chosen campaign&apos;s earlier responses (Ctrl+I)</source>
        <translation>從 CSV 或 TSV 檔案讀取回應情況（customer_id、responded、date、amount）；將取代所選行銷活動先前的回應資料（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="151"/>
        <source>Export Audience…</source>
        <translation>匯出目標客群…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="152"/>
        <source>Import Responses…</source>
        <translation>匯入回應資料…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>Audience</source>
        <translation>目標客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>Control</source>
        <translation>對照組</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>Start</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>End</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="154"/>
        <source>Budget (¥)</source>
        <translation>預算（¥）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="154"/>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="176"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/editors/campaignlistpage.cpp" line="223"/>
        <source>(%n filter(s))</source>
        <translation>
            <numerusform>（%n 個篩選條件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="260"/>
        <source>Planned</source>
        <translation>已規劃</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="261"/>
        <source>Evaluated</source>
        <translation>已評估</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="267"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="308"/>
        <source>No campaigns yet: plan one on the Plan tab and save it.</source>
        <translation>尚無行銷活動：請在「規劃」分頁中規劃一個行銷活動並儲存。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="309"/>
        <source>Choose a campaign to see its evaluation.</source>
        <translation>請選擇一個行銷活動以查看其評估結果。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="314"/>
        <source>Reading the evaluation…</source>
        <translation>正在讀取評估結果…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="352"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="357"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="370"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="419"/>
        <source>Export Audience</source>
        <translation>匯出目標客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="352"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="370"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="435"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="450"/>
        <source>Choose a campaign in the list first.</source>
        <translation>請先在清單中選擇一個行銷活動。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="359"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="371"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="451"/>
        <source>Wait until the running export or import has finished.</source>
        <translation>請等候進行中的匯出或匯入完成。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="379"/>
        <source>Export Unmasked</source>
        <translation>不遮罩匯出</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="380"/>
        <source>Export the audience of “%1” with names, customer ids and phone numbers in full?

The file will hold personal data in plain text: keep it only as long as the campaign needs it. The export is recorded in the workspace&apos;s audit log (who, when, which file, how many customers).</source>
        <translation>要匯出「%1」的目標客群，並完整寫出姓名、客戶編號和電話號碼嗎？

該檔案將以明文保存個人資料：請僅在行銷活動需要期間保留。本次匯出將記錄在工作區的稽核日誌中（操作人員、時間、檔案及客戶數量）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="388"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="415"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>匯出已取消，未寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="409"/>
        <source>Exporting the audience to %1…</source>
        <translation>正在將目標客群匯出至 %1…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="423"/>
        <source>%1 customers exported UNMASKED to %2; recorded in the audit log.</source>
        <translation>已將 %1 位客戶以「未遮罩」方式匯出至 %2，並已記錄在稽核日誌中。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="425"/>
        <source>%1 customers exported (masked) to %2.</source>
        <translation>已將 %1 位客戶（已遮罩）匯出至 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="435"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="438"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="450"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="481"/>
        <source>Import Responses</source>
        <translation>匯入回應資料</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="439"/>
        <source>Response files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>回應檔案 (*.csv *.tsv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="462"/>
        <source>Importing the responses from %1…</source>
        <translation>正在從 %1 匯入回應資料…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="469"/>
        <source>Import cancelled; the campaign&apos;s results are unchanged.</source>
        <translation>匯入已取消，行銷活動的結果未作任何變更。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="476"/>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="478"/>
        <source>%1, column %2</source>
        <translation>%1，第 %2 欄</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="479"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="480"/>
        <source>Import refused; the campaign&apos;s results are unchanged.</source>
        <translation>匯入被拒絕，行銷活動的結果未作任何變更。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="481"/>
        <source>%1

Nothing was imported: the campaign&apos;s results are unchanged.</source>
        <translation>%1

未匯入任何資料：行銷活動的結果未作任何變更。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="486"/>
        <source>%1 responses imported, %2 of them responded.</source>
        <translation>已匯入 %1 筆回應紀錄，其中 %2 位客戶有回應。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="514"/>
        <source>Done, in the workspace closed meanwhile.</source>
        <translation>已完成，但該工作區在此期間已關閉。</translation>
    </message>
</context>
<context>
    <name>tierwise::CampaignPlanner</name>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="47"/>
        <location filename="../widgets/editors/campaignplanner.cpp" line="622"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="170"/>
        <source>1 · Audience</source>
        <translation>1 · 目標客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="188"/>
        <source>2 · Control group</source>
        <translation>2 · 對照組</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="205"/>
        <source>Control sh&amp;are:</source>
        <translation>對照組比例(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="207"/>
        <source>S&amp;eed:</source>
        <translation>隨機種子(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="219"/>
        <source>3 · Strategy and expected outcome</source>
        <translation>3 · 策略與預期成效</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="240"/>
        <source>4 · Campaign</source>
        <translation>4 · 行銷活動</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="258"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="260"/>
        <source>S&amp;tart:</source>
        <translation>開始日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="262"/>
        <source>En&amp;d:</source>
        <translation>結束日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="264"/>
        <source>B&amp;udget (¥):</source>
        <translation>預算（¥）(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="286"/>
        <source>&amp;Plan</source>
        <translation>規劃(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="287"/>
        <source>Choose the audience and the control group, see the strategy and the expected outcome, save the campaign</source>
        <translation>選擇目標客群和對照組，查看策略和預期成效，儲存行銷活動</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="289"/>
        <source>The saved campaigns: export their audience, import the responses, see the lift</source>
        <translation>已儲存的行銷活動：匯出目標客群、匯入回應資料、查看提升成效</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="293"/>
        <source>The share of the audience held out at random and not contacted, to measure the campaign&apos;s effect against (0 – 90 %)</source>
        <translation>隨機保留且不聯絡的目標客群比例，作為衡量行銷活動成效的對照基準（0 – 90%）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="295"/>
        <source>The same seed picks the same control customers for the same audience</source>
        <translation>對於同一目標客群，相同的種子會選出相同的對照組客戶</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="296"/>
        <source>Ne&amp;w Seed</source>
        <translation>新隨機種子(&amp;W)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="297"/>
        <source>Draw a new random seed: a different control group</source>
        <translation>產生新的隨機種子，得到不同的對照組</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="298"/>
        <source>For example: Affluent — deposit renewal</source>
        <translation>例如：中端客戶 — 存款續存</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="299"/>
        <source>The campaign&apos;s name, shown in the list and in the exported file&apos;s name</source>
        <translation>行銷活動名稱，顯示於清單中及匯出檔案的檔名中</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="300"/>
        <source>The first day of the campaign</source>
        <translation>行銷活動的第一天</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="301"/>
        <source>The campaign&apos;s total budget; it follows the expected cost until you change it</source>
        <translation>行銷活動的總預算；在您修改之前，會隨預期成本自動更新</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="302"/>
        <source>&amp;Save Campaign</source>
        <translation>儲存行銷活動(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="303"/>
        <source>Save the campaign with its treated and control customers (Ctrl+S)</source>
        <translation>儲存行銷活動及其實驗組和對照組客戶（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="304"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="305"/>
        <source>Stop the running save, export or import; the workspace stays as it was</source>
        <translation>停止進行中的儲存、匯出或匯入；工作區保持原狀</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="306"/>
        <location filename="../widgets/editors/campaignplanner.cpp" line="682"/>
        <location filename="../widgets/editors/campaignplanner.cpp" line="737"/>
        <source>Save Campaign</source>
        <translation>儲存行銷活動</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="307"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="322"/>
        <source>&amp;Campaigns</source>
        <translation>行銷活動(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="322"/>
        <source>&amp;Campaigns (%1)</source>
        <translation>行銷活動（%1）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="429"/>
        <source>The warnings and next-best products could not be read: %1</source>
        <translation>無法讀取預警和推薦商品：%1</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="450"/>
        <source>Open a workspace and run the tiers first (File ▸ Open Workspace…, then Analyze ▸ Value Tiers).</source>
        <translation>請先開啟工作區並執行價值分層（「檔案 ▸ 開啟工作區…」，然後「分析 ▸ 價值層級」）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="453"/>
        <source>No segments yet: run the tiers first (Analyze ▸ Value Tiers, Ctrl+1).</source>
        <translation>尚無客群：請先執行價值分層（「分析 ▸ 價值層級」，Ctrl+1）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="456"/>
        <source>Plan Campaign — %1</source>
        <translation>規劃行銷活動 — %1</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="458"/>
        <source>Plan Campaign</source>
        <translation>規劃行銷活動</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="513"/>
        <location filename="../widgets/editors/campaignplanner.cpp" line="684"/>
        <source>Open a workspace and run the tiers first.</source>
        <translation>請先開啟工作區並執行價值分層。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="514"/>
        <source>Tick one or more segments.</source>
        <translation>請勾選一個或多個客群。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="515"/>
        <source>Reading the lifetime-value run&apos;s warnings and next-best products…</source>
        <translation>正在讀取客戶終身價值執行結果中的預警和推薦商品…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="525"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="526"/>
        <source>AUM</source>
        <translation>資產管理規模</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="527"/>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="528"/>
        <source>Margin CLV</source>
        <translation>利潤貢獻 CLV</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="529"/>
        <source>The customers who match, their assets under management, and the sums of their lifetime value (spend) and margin lifetime value over the CLV run&apos;s horizon</source>
        <translation>符合條件的客戶數、其資產管理規模，以及在 CLV 執行結果預測期間內的客戶終身價值（消費）與利潤貢獻終身價值之和</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="533"/>
        <source>No customer matches: loosen the filters.</source>
        <translation>沒有符合條件的客戶：請放寬篩選條件。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="535"/>
        <source>No lifetime value yet: run Analyze ▸ Lifetime Value… (Ctrl+5) for CLV and the expected outcome.</source>
        <translation>尚無客戶終身價值：請執行「分析 ▸ 客戶終身價值…」（Ctrl+5），以取得 CLV 和預期成效。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="550"/>
        <source>Treated (contacted)</source>
        <translation>實驗組（已聯絡）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="551"/>
        <source>Control (held out)</source>
        <translation>對照組（保留）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="552"/>
        <source>Control = round(audience × share); the customers with the smallest hash of the seed and their id are held out</source>
        <translation>對照組 = round(目標客群 × 比例)；依種子與客戶編號計算雜湊值，雜湊值最小的客戶保留為對照組</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="584"/>
        <source>Tick a segment to see its strategy and the expected outcome.</source>
        <translation>勾選一個客群以查看其策略和預期成效。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="586"/>
        <source>No saved strategy for “%1” yet: write one in the strategy editor (Plan ▸ Strategies per Tier). Without it there are no targets to estimate the outcome from.</source>
        <translation>「%1」尚無已儲存的策略：請在策略編輯器中撰寫（「規劃 ▸ 分層策略」）。沒有策略，就沒有可用於估算成效的目標值。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="603"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="607"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="610"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2, saved by %3 on %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：第 %2 版，由 %3 於 %4 儲存</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="615"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="615"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="619"/>
        <source>Targets</source>
        <translation>目標值</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="619"/>
        <source>reach %1, conversion %2, AUM growth %3</source>
        <translation>觸及率 %1，轉換率 %2，資產管理規模成長 %3</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="629"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="630"/>
        <source>Reached</source>
        <translation>觸及人數</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="631"/>
        <source>Conversions</source>
        <translation>轉換人數</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="632"/>
        <source>Incremental value</source>
        <translation>增量價值</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="634"/>
        <source>Cost = treated × budget per customer
Reached = treated × reach target (100 % if not set)
Conversions = reached × conversion target
Incremental value = conversions × average margin CLV (%1) × AUM growth target</source>
        <translation>成本 = 實驗組人數 × 每位客戶預算
觸及人數 = 實驗組人數 × 觸及率目標（未設定時以 100% 計）
轉換人數 = 觸及人數 × 轉換率目標
增量價值 = 轉換人數 × 平均利潤貢獻 CLV（%1）× 資產管理規模成長目標</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="645"/>
        <source>Targets missing: %1. Set them in the strategy editor; until then the outcome counts a missing reach as 100 % and a missing conversion or AUM growth as 0.</source>
        <translation>缺少目標值：%1。請在策略編輯器中設定；在此之前，預期成效將缺少的觸及率以 100% 計，缺少的轉換率或資產管理規模成長以 0 計。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="649"/>
        <source>No margin CLV for this audience: run Analyze ▸ Lifetime Value… for the incremental value.</source>
        <translation>此目標客群沒有利潤貢獻 CLV：請執行「分析 ▸ 客戶終身價值…」以計算增量價值。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="665"/>
        <location filename="../widgets/editors/campaignplanner.cpp" line="701"/>
        <source>The campaign ends before it starts.</source>
        <translation>行銷活動的結束日期早於開始日期。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="666"/>
        <source>The last day of the campaign</source>
        <translation>行銷活動的最後一天</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="688"/>
        <source>Wait until the campaign being saved is saved.</source>
        <translation>請等候正在儲存的行銷活動儲存完成。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="692"/>
        <source>Give the campaign a name.</source>
        <translation>請為行銷活動命名。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="697"/>
        <source>The audience is empty: no customer matches.</source>
        <translation>目標客群為空：沒有符合條件的客戶。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="722"/>
        <source>Saved, in the workspace closed meanwhile.</source>
        <translation>已儲存，但該工作區在此期間已關閉。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="727"/>
        <source>Saving “%1” with %2 customers…</source>
        <translation>正在儲存「%1」（%2 位客戶）…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="739"/>
        <source>Saving cancelled; nothing was saved.</source>
        <translation>儲存已取消，未儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="745"/>
        <source>Saved “%1”: %2 customers held out as the control group. It is listed under Campaigns (Alt+C).</source>
        <translation>已儲存「%1」：%2 位客戶保留為對照組。可在「行銷活動」下查看（Alt+C）。</translation>
    </message>
</context>
<context>
    <name>tierwise::ClusterProfileView</name>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="95"/>
        <source>%1 in %2: %3
%4 standard deviations from the clusters&apos; mean</source>
        <translation>%2 中的%1：%3
偏離各聚類整體平均值 %4 個標準差</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="106"/>
        <source>Cluster</source>
        <translation>聚類</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="108"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="164"/>
        <source>k = %1: silhouette %2</source>
        <translation>k = %1：輪廓係數 %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="256"/>
        <source>No clusters yet — run a k-means segmentation to see what sets each cluster apart.</source>
        <translation>尚無聚類結果。請執行 k-means 分群，查看各聚類的特徵差異。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="292"/>
        <source>Number of clusters k</source>
        <translation>聚類個數 k</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="293"/>
        <source>Silhouette</source>
        <translation>輪廓係數</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="295"/>
        <source>Silhouette by k — best k = %1 (%2)</source>
        <translation>各 k 值的輪廓係數——最佳 k = %1（%2）</translation>
    </message>
</context>
<context>
    <name>tierwise::ClusteringDialog</name>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="99"/>
        <source>Cluster the Customers</source>
        <translation>客戶聚類分析</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="100"/>
        <source>Try every &amp;k from</source>
        <translation>逐一嘗試 k(&amp;K)：從</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="101"/>
        <source>&amp;Fixed k</source>
        <translation>固定 k(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="102"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="103"/>
        <source>(the best silhouette wins)</source>
        <translation>（取輪廓係數最高者）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="104"/>
        <source>The same seed gives the same clusters</source>
        <translation>相同的種子會得到相同的聚類結果</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="105"/>
        <source>&amp;Seed:</source>
        <translation>隨機種子(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="106"/>
        <source>&amp;Restarts:</source>
        <translation>重新啟動次數(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="107"/>
        <source>Features: age, tenure, recency, frequency, spend, AUM, products, mobile and counter shares; standardised, money on a log scale.</source>
        <translation>特徵：年齡、往來期間、最近交易間隔、交易頻次、交易金額、資產管理規模、商品數、行動銀行與臨櫃交易佔比；均已標準化，金額取對數。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="109"/>
        <source>&amp;Run</source>
        <translation>執行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tierwise::ClustersPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="420"/>
        <source>No clusters yet — run Analyze ▸ Clustering.</source>
        <translation>尚無聚類結果。請執行「分析 ▸ 聚類分析」。</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="423"/>
        <source>%1: each cluster&apos;s mean figures; colours compare the clusters column by column.</source>
        <translation>%1：各聚類的平均值；顏色逐欄比較各聚類。</translation>
    </message>
</context>
<context>
    <name>tierwise::ClvDialog</name>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="172"/>
        <source>Estimate Lifetime Value</source>
        <translation>估算客戶終身價值</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="173"/>
        <source>The latest date in the workspace (%1)</source>
        <translation>工作區中的最新日期（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="174"/>
        <source>As of:</source>
        <translation>資料截至：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="175"/>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="179"/>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="176"/>
        <source>&amp;Horizon:</source>
        <translation>預測期(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="177"/>
        <source> % a month</source>
        <translation> %/月</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="178"/>
        <source>&amp;Discount:</source>
        <translation>折現率(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="180"/>
        <source>No holdout check</source>
        <translation>不進行驗證期檢驗</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="181"/>
        <source>Refit the model this many months before the as-of date and compare its predictions with what happened</source>
        <translation>以資料截至日期前的這幾個月為驗證期重新擬合模型，並將預測結果與實際發生情況進行比較</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="182"/>
        <source>Hold&amp;out check:</source>
        <translation>驗證期檢驗(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="183"/>
        <source>Margin CLV (balances × margins)</source>
        <translation>利潤貢獻 CLV（餘額 × 利差）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="184"/>
        <source>Transaction CLV (BG/NBD + Gamma-Gamma)</source>
        <translation>交易 CLV（BG/NBD + Gamma-Gamma）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="185"/>
        <source>&amp;Value bands by:</source>
        <translation>價值分層依據(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="186"/>
        <source>&amp;Run</source>
        <translation>執行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tierwise::CohortHeatmap</name>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="179"/>
        <source>No cohorts yet — run a lifetime-value analysis to follow customers from the month they joined.</source>
        <translation>尚無同期群資料。請執行客戶終身價值分析，從客戶加入當月起追蹤其表現。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="180"/>
        <source>&amp;Active share</source>
        <translation>活躍佔比(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="181"/>
        <source>Share of each cohort&apos;s customers with at least one active day in the month</source>
        <translation>各同期群中當月至少有一天活躍的客戶佔比</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="182"/>
        <source>AUM &amp;retained</source>
        <translation>AUM 留存率(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="183"/>
        <source>Each cohort&apos;s month-end AUM relative to its first full month (month 1)</source>
        <translation>各同期群的月底資產管理規模相對於其第一個完整月份（第 1 個月）的比例</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="209"/>
        <source>Active (%)</source>
        <translation>活躍（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="209"/>
        <source>AUM vs month 1 (%)</source>
        <translation>AUM 相對第 1 個月（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="242"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="246"/>
        <source>Acquisition month (customers)</source>
        <translation>獲客月份（客戶數）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="255"/>
        <source>Months since acquisition</source>
        <translation>獲客後月數</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="271"/>
        <source>Average active share</source>
        <translation>平均活躍佔比</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="271"/>
        <source>Average AUM retained</source>
        <translation>平均 AUM 留存率</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="273"/>
        <source>Average (%)</source>
        <translation>平均（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="275"/>
        <source>Active share by acquisition cohort — %1 customers in %2 cohorts</source>
        <translation>依獲客同期群的活躍佔比——%2 個同期群，共 %1 位客戶</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="277"/>
        <source>AUM retained by acquisition cohort — %1 customers in %2 cohorts</source>
        <translation>依獲客同期群的 AUM 留存率——%2 個同期群，共 %1 位客戶</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="308"/>
        <source>Cohort %1 (%2 customers), month %3</source>
        <translation>同期群 %1（%2 位客戶），第 %3 個月</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="312"/>
        <source>Not observed yet</source>
        <translation>尚未觀察到</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="314"/>
        <source>%1 active</source>
        <translation>活躍 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="314"/>
        <source>%1 of month-1 AUM</source>
        <translation>為第 1 個月 AUM 的 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="321"/>
        <source>Month %1: average %2</source>
        <translation>第 %1 個月：平均 %2</translation>
    </message>
</context>
<context>
    <name>tierwise::CustomerProfile</name>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="394"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="394"/>
        <source>Opened</source>
        <translation>開戶日期</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="394"/>
        <source>Matures</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="394"/>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="395"/>
        <source>AUM, month by month</source>
        <translation>逐月資產管理規模</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="398"/>
        <source>Click a customer on the map or in the table to see the profile.</source>
        <translation>在客群地圖或客戶表中點選客戶，即可查看客戶畫像。</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="237"/>
        <source>Customer profile</source>
        <translation>客戶畫像</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="402"/>
        <source>Customer %1 is not in this workspace.</source>
        <translation>客戶 %1 不在此工作區中。</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="407"/>
        <source>Customer %1 · branch %2 · relationship manager %3</source>
        <translation>客戶 %1 · 分行 %2 · 客戶經理 %3</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="436"/>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="437"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="438"/>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="439"/>
        <source>Education</source>
        <translation>學歷</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="440"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="441"/>
        <source>Customer since</source>
        <translation>成為客戶日期</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="443"/>
        <source>Risk tolerance</source>
        <translation>風險承受度</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="444"/>
        <source>Credit rating</source>
        <translation>信用評級</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="445"/>
        <source>Preferred channel</source>
        <translation>偏好通路</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/customerprofile.cpp" line="450"/>
        <source>(watch: %n month(s) below the line)</source>
        <translation>
            <numerusform>（觀察中：已有 %n 個月低於門檻）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="450"/>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="453"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="455"/>
        <source>Cluster</source>
        <translation>聚類</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="457"/>
        <source>Value × risk</source>
        <translation>價值 × 風險</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="459"/>
        <source>Saved segment</source>
        <translation>已儲存客群</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="463"/>
        <source>CLV (transactions)</source>
        <translation>交易 CLV</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="464"/>
        <source>CLV (margin)</source>
        <translation>利潤貢獻 CLV</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="466"/>
        <source>P(alive)</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="468"/>
        <source>Expected transactions</source>
        <translation>預期交易次數</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="470"/>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="473"/>
        <source>Value band</source>
        <translation>價值分層</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="489"/>
        <source>Early warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="490"/>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="495"/>
        <source>the book</source>
        <translation>全體客戶</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="496"/>
        <source>Next-best products</source>
        <translation>推薦商品</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="497"/>
        <source>None: the customer holds what peers hold, or nothing else suits the customer&apos;s risk tolerance and age.</source>
        <translation>無：該客戶已持有同群客戶常持有的商品，或其他商品不符合其風險承受度與年齡。</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="499"/>
        <source>None yet — run Analyze ▸ Lifetime Value to suggest products.</source>
        <translation>尚無——請執行「分析 ▸ 客戶終身價值」以推薦商品。</translation>
    </message>
</context>
<context>
    <name>tierwise::CustomerTableModel</name>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="408"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="470"/>
        <source>Customer ID</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="471"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="472"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="473"/>
        <source>Relationship manager</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="473"/>
        <source>RM</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="474"/>
        <source>Age in years at %1</source>
        <translation>截至 %1 的年齡（歲）</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="474"/>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="475"/>
        <source>Months since the customer joined</source>
        <translation>成為客戶以來的月數</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="475"/>
        <source>Tenure (months)</source>
        <translation>往來期間（月）</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="476"/>
        <source>Assets under management at the month end of %1</source>
        <translation>%1 月底的資產管理規模</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="476"/>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="477"/>
        <source>Value tier of the newest tiers run</source>
        <translation>最新一次「價值層級」執行所得的層級</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="477"/>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="478"/>
        <source>Segment of the chosen segmentation run</source>
        <translation>所選分群執行紀錄中的客群</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="478"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="479"/>
        <source>Lifetime value from transactions</source>
        <translation>基於交易的客戶終身價值</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="479"/>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="480"/>
        <source>Lifetime value from the bank&apos;s margin</source>
        <translation>基於銀行利差的客戶終身價值</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="480"/>
        <source>Margin CLV</source>
        <translation>利潤貢獻 CLV</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="481"/>
        <source>Probability the customer is still active</source>
        <translation>客戶仍處於活躍狀態的機率</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="481"/>
        <source>P(alive)</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="482"/>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="483"/>
        <source>Value band</source>
        <translation>價值分層</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="484"/>
        <source>Early warnings of the CLV run</source>
        <translation>CLV 執行紀錄中的預警</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="484"/>
        <source>Warnings</source>
        <translation>預警</translation>
    </message>
</context>
<context>
    <name>tierwise::CustomerTableView</name>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="150"/>
        <source>Filter by id, name, branch, RM, segment or stage (Ctrl+F)</source>
        <translation>依客戶編號、姓名、分行、客戶經理、客群或階段篩選（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="151"/>
        <source>Shows the customers whose id, name, branch, RM, tier, segment or lifecycle stage contains the text</source>
        <translation>顯示客戶編號、姓名、分行、客戶經理、層級、客群或生命週期階段中包含該文字的客戶</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="153"/>
        <source>Columns</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="154"/>
        <source>Choose the columns to show</source>
        <translation>選擇要顯示的欄位</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="155"/>
        <source>Copy rows</source>
        <translation>複製列</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="156"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>將選取的列複製為定位字元（Tab）分隔的文字</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="157"/>
        <source>Sort ascending by this column</source>
        <translation>依此欄遞增排序</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="158"/>
        <source>Sort descending by this column</source>
        <translation>依此欄遞減排序</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="244"/>
        <source>No workspace — open or import one</source>
        <translation>尚未開啟工作區，請開啟或匯入工作區</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="246"/>
        <source>The customers could not be read: %1</source>
        <translation>無法讀取客戶資料：%1</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="248"/>
        <source>No customers — import a customer book first</source>
        <translation>沒有客戶，請先匯入客戶資料</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="250"/>
        <source>%1 of %2 customers</source>
        <translation>共 %2 位客戶，顯示 %1 位</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="253"/>
        <source>%1 — loading…</source>
        <translation>%1 — 正在載入…</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="253"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="343"/>
        <source>The table shows no customers to export.</source>
        <translation>表格中沒有可匯出的客戶。</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="360"/>
        <location filename="../widgets/views/customertableview.cpp" line="375"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tierwise::DistributionChart</name>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="246"/>
        <source>No values to show — choose a feature and run a segmentation first.</source>
        <translation>沒有可顯示的數值。請先選擇一個特徵並執行分群。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="280"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="321"/>
        <source>%1 (log scale)</source>
        <translation>%1（對數刻度）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="323"/>
        <source>Share of segment (%)</source>
        <translation>佔客群比例（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="328"/>
        <source>Distribution of %1 by segment — %2 values, %3 bins</source>
        <translation>各客群的%1分佈——%2 個值，%3 個區間</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="332"/>
        <source>(%1 missing or ≤ 0 not shown)</source>
        <translation>（%1 個缺失或 ≤ 0 的值未顯示）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="332"/>
        <source>(%1 missing not shown)</source>
        <translation>（%1 個缺失值未顯示）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="350"/>
        <source>%1 from %2 to %3</source>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="353"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="362"/>
        <source>%1: %2 values
median %3, quartiles %4 – %5
whiskers %6 – %7, outliers: %8</source>
        <translation>%1：%2 個值
中位數 %3，四分位數 %4 – %5
鬚線 %6 – %7，離群值：%8</translation>
    </message>
</context>
<context>
    <name>tierwise::DistributionsPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="309"/>
        <source>&amp;Figure:</source>
        <translation>指標(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="310"/>
        <source>&amp;Per segment of:</source>
        <translation>分組依據(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="314"/>
        <location filename="../widgets/views/analysispages.cpp" line="340"/>
        <source>All customers</source>
        <translation>全部客戶</translation>
    </message>
</context>
<context>
    <name>tierwise::Error</name>
    <message>
        <location filename="../models/result.cpp" line="32"/>
        <source> [column %1]</source>
        <translation> [欄 %1]</translation>
    </message>
    <message>
        <location filename="../models/result.cpp" line="34"/>
        <source> (value &apos;%1&apos;)</source>
        <translation>（值「%1」）</translation>
    </message>
</context>
<context>
    <name>tierwise::FilesPage</name>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="86"/>
        <source>Files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="87"/>
        <source>Choose the extracts to import, or drop them here. Each file&apos;s kind and encoding are detected from its first lines.</source>
        <translation>選擇要匯入的資料擷取檔，或將其拖放到此處。系統會根據每個檔案的前幾列偵測其類型和編碼。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="89"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="89"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="89"/>
        <source>Encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="89"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="90"/>
        <source>Files to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="91"/>
        <source>No files yet — click Add Files… or drop CSV files here.</source>
        <translation>尚未新增檔案。請按一下「新增檔案…」，或將 CSV 檔案拖放到此處。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="92"/>
        <source>&amp;Add Files…</source>
        <translation>新增檔案(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="93"/>
        <source>Choose CSV or text files to import (Ctrl+O)</source>
        <translation>選擇要匯入的 CSV 或文字檔（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="94"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="95"/>
        <source>Remove the selected files from the list (Delete)</source>
        <translation>從清單中移除選取的檔案（Delete）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="139"/>
        <source>Add Files</source>
        <translation>新增檔案</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="140"/>
        <source>Extracts (*.csv *.txt *.tsv *.dat);;All files (*)</source>
        <translation>資料擷取檔 (*.csv *.txt *.tsv *.dat);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="163"/>
        <source>Unreadable</source>
        <translation>無法讀取</translation>
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
    <name>tierwise::ImportPage</name>
    <message>
        <location filename="../widgets/wizard/importpage.cpp" line="42"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importpage.cpp" line="43"/>
        <source>The import runs in the background; the window shows its progress and can cancel it.</source>
        <translation>匯入在背景執行；視窗中會顯示進度，並可隨時取消。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importpage.cpp" line="61"/>
        <source>• %1 — %2, %3 rows</source>
        <translation>• %1 — %2，%3 列</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importpage.cpp" line="64"/>
        <source>%1 rejected rows are left out; the rest is imported.</source>
        <translation>%1 列被拒絕，將不予匯入；其餘列將正常匯入。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importpage.cpp" line="67"/>
        <source>Everything is imported in one transaction: if the import is cancelled or fails, the workspace stays as it is.</source>
        <translation>所有資料在單一資料庫交易中匯入：如果匯入被取消或失敗，工作區將保持原狀。</translation>
    </message>
</context>
<context>
    <name>tierwise::ImportProgressPanel</name>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="54"/>
        <source>Cancel the import (Esc); the workspace stays as it was</source>
        <translation>取消匯入（Esc），工作區保持原狀</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="57"/>
        <source>Starting the import…</source>
        <translation>正在開始匯入…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="98"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="55"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="59"/>
        <source>Cancelling the import…</source>
        <translation>正在取消匯入…</translation>
    </message>
</context>
<context>
    <name>tierwise::ImportResultDialog</name>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="107"/>
        <source>Import Problems</source>
        <translation>匯入問題</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="109"/>
        <source>Rows imported: %1. Rows rejected and left out: %2.</source>
        <translation>已匯入 %1 列；%2 列被拒絕，未匯入。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="111"/>
        <source>The import was refused and nothing was committed; the workspace is unchanged. Problems found: %1.</source>
        <translation>匯入被拒絕，未提交任何資料，工作區未作變更。發現問題：%1 處。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="113"/>
        <source>Correct the rows below in the source files and import them again.</source>
        <translation>請在來源檔案中更正以下各列，然後重新匯入。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="115"/>
        <source>Showing the first %1 of %2 rejections; the report lists them all.</source>
        <translation>僅顯示 %2 筆拒絕記錄中的前 %1 筆；報告中列出了全部記錄。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="118"/>
        <source>Full report: %1</source>
        <translation>完整報告：%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="119"/>
        <source>Open Report Folder</source>
        <translation>開啟報告所在資料夾</translation>
    </message>
</context>
<context>
    <name>tierwise::ImportWizard</name>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="65"/>
        <source>Import Data</source>
        <translation>匯入資料</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="72"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="154"/>
        <source>Cannot write the mapping file %1: %2</source>
        <translation>無法寫入對應檔 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="82"/>
        <source>Cannot write the mapping for the import.</source>
        <translation>無法寫入本次匯入所用的對應。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="86"/>
        <source>Another import is running; wait for it to finish, then click Import again.</source>
        <translation>另一項匯入正在進行；請等候其完成後再按一下「匯入」。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="84"/>
        <source>Cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="145"/>
        <source>Column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="225"/>
        <source>Cannot tell what this file holds: choose its kind or map its columns. %1</source>
        <translation>無法判斷該檔案的內容：請選擇其類型或對應其各欄。%1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="237"/>
        <source>A %1 file needs a column for %2.</source>
        <translation>%1檔案需要包含以下欄位：%2。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="237"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="251"/>
        <source>Columns &apos;%1&apos; and &apos;%2&apos; both hold the %3; skip one of them.</source>
        <translation>欄「%1」和欄「%2」都是%3；請略過其中一欄。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="273"/>
        <source>Aligned columns (spaces)</source>
        <translation>對齊欄（空格）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="275"/>
        <source>Comma (,)</source>
        <translation>逗號（,）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="276"/>
        <source>Semicolon (;)</source>
        <translation>分號（;）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="277"/>
        <source>Tab</source>
        <translation>定位字元（Tab）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="278"/>
        <source>Vertical bar (|)</source>
        <translation>垂直線（|）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="293"/>
        <source>Column &apos;%1&apos; is mapped differently in two files; one mapping file holds one mapping per header.</source>
        <translation>欄「%1」在兩個檔案中的對應不同；一個對應檔中每個標題只能有一種對應。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="304"/>
        <source>Some files have a header row and some do not; import them separately.</source>
        <translation>部分檔案有標題列，部分沒有；請分別匯入。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="318"/>
        <source>The files are read with different encodings; import them separately.</source>
        <translation>這些檔案以不同的編碼讀取；請分別匯入。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="329"/>
        <source>%1: a chosen kind applies to every file of an import; import files of other kinds separately.</source>
        <translation>%1：所選類型適用於本次匯入的所有檔案；其他類型的檔案請分別匯入。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="335"/>
        <source>%1 would be read as a %2 file; import it separately.</source>
        <translation>%1 將被讀取為%2檔案；請單獨匯入。</translation>
    </message>
</context>
<context>
    <name>tierwise::JobsPanel</name>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="27"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="28"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="72"/>
        <source>No analyses running. Start one from the Analyze menu.</source>
        <translation>沒有正在執行的分析。請從「分析」選單啟動。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="73"/>
        <source>Clear Finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="82"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="83"/>
        <source>Cancel %1; the workspace stays as it was</source>
        <translation>取消「%1」，工作區保持原狀</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="84"/>
        <source>Cancel %1</source>
        <translation>取消「%1」</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="86"/>
        <source>Waiting…</source>
        <translation>等候中…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="88"/>
        <location filename="../widgets/shell/jobspanel.cpp" line="144"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="199"/>
        <source>%1 — about %2 left</source>
        <translation>%1 — 約剩 %2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="89"/>
        <source>Done in %1.</source>
        <translation>已完成，耗時 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="90"/>
        <source>Cancelled; the workspace is unchanged.</source>
        <translation>已取消，工作區未作任何變更。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="91"/>
        <source>Failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
</context>
<context>
    <name>tierwise::MainWindow</name>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="118"/>
        <source>Save Segment “%1”</source>
        <translation>儲存客群「%1」</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="123"/>
        <source>Saving the segment “%1”</source>
        <translation>正在儲存客群「%1」</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="130"/>
        <source>Removing the segment “%1”</source>
        <translation>正在移除客群「%1」</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="163"/>
        <source>Overview</source>
        <translation>概觀</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="165"/>
        <source>Segment Map</source>
        <translation>客群地圖</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="168"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="169"/>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="170"/>
        <source>Pareto</source>
        <translation>柏拉圖</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="171"/>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="172"/>
        <source>Distributions</source>
        <translation>分佈</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="173"/>
        <source>Model Check</source>
        <translation>模型檢驗</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="174"/>
        <source>Clusters</source>
        <translation>聚類</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="180"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="1118"/>
        <source>Tier Migration</source>
        <translation>層級遷移</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="185"/>
        <source>Tier migration since %1</source>
        <translation>自 %1 以來的層級遷移</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="349"/>
        <source>Show %1</source>
        <translation>顯示%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="801"/>
        <source>Map selection</source>
        <translation>地圖選取範圍</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="210"/>
        <source>Jobs</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="217"/>
        <source>Book</source>
        <translation>客戶總覽</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="223"/>
        <source>Customer Profile</source>
        <translation>客戶畫像</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="245"/>
        <source>Strategies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="357"/>
        <source>&amp;New Workspace…</source>
        <translation>新增工作區(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="359"/>
        <source>Create an empty workspace file</source>
        <translation>建立一個空的工作區檔案</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="362"/>
        <source>&amp;Open Workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="364"/>
        <source>Open an existing workspace file</source>
        <translation>開啟現有的工作區檔案</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="367"/>
        <source>&amp;Import Data…</source>
        <translation>匯入資料(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="370"/>
        <source>Import customer extracts (CSV) into the workspace</source>
        <translation>將客戶資料擷取檔（CSV）匯入工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="373"/>
        <source>&amp;Close Workspace</source>
        <translation>關閉工作區(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="377"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="389"/>
        <source>Value &amp;Tiers</source>
        <translation>價值層級(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="390"/>
        <source>Tier the customers by monthly AUM, with the tier rules</source>
        <translation>依每月資產管理規模及分層規則對客戶分層</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="396"/>
        <source>&amp;RFM Segments</source>
        <translation>RFM 分群(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="397"/>
        <source>Score recency, frequency and monetary value and name the segments</source>
        <translation>對最近交易、交易頻次和交易金額評分，並為各分群命名</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="403"/>
        <source>&amp;Clustering…</source>
        <translation>聚類分析(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="404"/>
        <source>Group the customers by k-means on behaviour and demographics</source>
        <translation>根據行為與人口統計特徵，以 k-means 對客戶分群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="406"/>
        <source>Value × &amp;Risk</source>
        <translation>價值 × 風險(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="407"/>
        <source>Combine the value tier with the credit rating</source>
        <translation>將價值層級與信用評級結合</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="413"/>
        <source>&amp;Lifetime Value…</source>
        <translation>客戶終身價值(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="414"/>
        <source>Estimate CLV, lifecycle stages, cohorts, early warnings and next-best products</source>
        <translation>估算 CLV、生命週期階段、同期群、預警和推薦商品</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="416"/>
        <source>Run &amp;All</source>
        <translation>全部執行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="417"/>
        <source>Tiers, RFM, clustering, value × risk and lifetime value with their defaults</source>
        <translation>以預設設定執行價值層級、RFM、聚類分析、價值 × 風險和客戶終身價值</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="419"/>
        <source>Plan &amp;Campaign…</source>
        <translation>規劃行銷活動(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="420"/>
        <source>Choose an audience, hold out a control group, save and evaluate campaigns</source>
        <translation>選擇目標客群、保留對照組、儲存並評估行銷活動</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="423"/>
        <source>&amp;Mask Personal Data</source>
        <translation>遮罩顯示個人資料(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="428"/>
        <source>Show names and ids masked (张**, 6222****1234); unmasking lasts this session</source>
        <translation>姓名和號碼以遮罩方式顯示（張**，6222****1234）；取消遮罩僅在本次工作階段有效</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="435"/>
        <source>Show Personal Data</source>
        <translation>顯示個人資料</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="436"/>
        <source>Show customers&apos; names and ids unmasked for this session? Only do this when you need to contact a customer.</source>
        <translation>要在本次工作階段中顯示未遮罩的客戶姓名和號碼嗎？請僅在需要聯絡客戶時這樣做。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="444"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="868"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="447"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="869"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="450"/>
        <source>&amp;Save Selection as Segment…</source>
        <translation>將選取的客戶儲存為客群(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="453"/>
        <source>Keep the selected customers as a named segment in the workspace</source>
        <translation>將選取的客戶作為具名客群儲存在工作區中</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="456"/>
        <source>&amp;Chart…</source>
        <translation>圖表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="458"/>
        <source>Save the chart of the current view as PNG or PDF</source>
        <translation>將目前檢視的圖表儲存為 PNG 或 PDF</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="460"/>
        <source>Print Segment &amp;Brief…</source>
        <translation>列印客群簡報(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="463"/>
        <source>A PDF brief on the segments for a branch manager: preview, save</source>
        <translation>為分行經理準備的客群 PDF 簡報：可預覽、儲存</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="465"/>
        <source>&amp;Table…</source>
        <translation>表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="467"/>
        <source>Save the customer table (as filtered and sorted) as CSV, masked unless unmasked</source>
        <translation>將客戶表（依目前篩選與排序）儲存為 CSV；除非已取消遮罩，否則個人資料以遮罩方式顯示</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="469"/>
        <source>&amp;Selection…</source>
        <translation>選取的客戶(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="471"/>
        <source>Save the selected customers as CSV</source>
        <translation>將選取的客戶儲存為 CSV</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="474"/>
        <source>Show &amp;All Customers</source>
        <translation>顯示全部客戶(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="477"/>
        <source>Clear the selection: the table and charts show the whole book</source>
        <translation>清除選取：表格和圖表顯示全部客戶</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="480"/>
        <source>&amp;User Guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="483"/>
        <source>How to import, analyse and explore a customer book; the keyboard shortcuts</source>
        <translation>如何匯入、分析和瀏覽客戶資料；鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="486"/>
        <source>&amp;About Tierwise</source>
        <translation>關於 Tierwise(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="493"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="496"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="500"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="509"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="515"/>
        <source>&amp;Analyze</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="525"/>
        <source>&amp;Plan</source>
        <translation>規劃(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="526"/>
        <source>&amp;Strategies per Tier</source>
        <translation>分層策略(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="531"/>
        <source>Edit the strategy of each tier or segment: offer, channels, pricing, targets and budget</source>
        <translation>編輯每個層級或客群的策略：商品、通路、定價、目標和預算</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="535"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="544"/>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="546"/>
        <source>&amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="547"/>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="548"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="561"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="562"/>
        <source>&amp;Rules…</source>
        <translation>規則(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="572"/>
        <source>Edit the tier rules, margin rates, lifecycle rules, warning thresholds, product rules and the strategies&apos; pricing limits</source>
        <translation>編輯分層規則、利潤率、生命週期規則、預警門檻、商品規則和策略定價上限</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="578"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="587"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="607"/>
        <source>Show Money in 万 / 亿</source>
        <translation>金額以萬 / 億顯示</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="608"/>
        <source>In Chinese, show money in 万 and 亿 (萬 and 億) as bank reports do, rather than in full</source>
        <translation>中文介面下，金額依銀行報表慣例以萬和億顯示，而非顯示完整數字</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="615"/>
        <source>&amp;System Default (%1)</source>
        <translation>系統預設(&amp;S)（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="626"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="632"/>
        <source>No Recent Workspaces</source>
        <translation>沒有最近的工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="634"/>
        <source>Clear Menu</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="651"/>
        <source>New Workspace</source>
        <translation>新增工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="652"/>
        <source>Tierwise workspaces (*.tierwise)</source>
        <translation>Tierwise 工作區 (*.tierwise)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="664"/>
        <source>Open Workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="665"/>
        <source>Tierwise workspaces (*.tierwise);;All files (*)</source>
        <translation>Tierwise 工作區 (*.tierwise);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="701"/>
        <source>Cannot Open Workspace</source>
        <translation>無法開啟工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="715"/>
        <source>Cannot Create Workspace</source>
        <translation>無法建立工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="764"/>
        <source>Loading the book</source>
        <translation>正在載入客戶資料</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="803"/>
        <source>%1 selected</source>
        <translation>已選取 %1 位客戶</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="803"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="868"/>
        <source>&amp;Undo %1</source>
        <translation>復原%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="869"/>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="888"/>
        <source>Save Selection as Segment</source>
        <translation>將選取的客戶儲存為客群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="889"/>
        <source>Name of the segment (%1 customers):</source>
        <translation>客群名稱（%1 位客戶）：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="892"/>
        <source>Save Segment</source>
        <translation>儲存客群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="892"/>
        <source>Give the segment a name, and select its customers first.</source>
        <translation>請為客群命名，並先選取其客戶。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="902"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="906"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="915"/>
        <source>Export Chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="902"/>
        <source>Choose a view with a chart (the segment map, segments, Pareto, cohorts, distributions, model check or clusters) first.</source>
        <translation>請先選擇一個含圖表的檢視（客群地圖、客群、柏拉圖、同期群、分佈、模型檢驗或聚類）。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="907"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 影像 (*.png);;PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="915"/>
        <source>The chart could not be written to %1.</source>
        <translation>無法將圖表寫入 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="917"/>
        <source>Chart saved to %1</source>
        <translation>圖表已儲存至 %1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="923"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="926"/>
        <source>Export Selection</source>
        <translation>匯出選取的客戶</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="923"/>
        <source>Nothing is selected: choose customers on the map or in the book first.</source>
        <translation>未選取任何客戶：請先在客群地圖或客戶總覽中選取客戶。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="926"/>
        <source>Export Table</source>
        <translation>匯出表格</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="927"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="932"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="945"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="945"/>
        <source>The export was not kept: the audit log could not be written (%1).</source>
        <translation>未保留匯出檔案：無法寫入稽核日誌（%1）。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="950"/>
        <source>Customers saved to %1</source>
        <translation>客戶已儲存至 %1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="992"/>
        <source>Value tiers</source>
        <translation>價值層級</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="993"/>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="995"/>
        <source>Clustering, k = %1</source>
        <translation>聚類分析，k = %1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="996"/>
        <source>Clustering, k = %1 to %2</source>
        <translation>聚類分析，k = %1 至 %2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="997"/>
        <source>Value × risk</source>
        <translation>價值 × 風險</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1017"/>
        <source>Lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1046"/>
        <source>The book is still loading; try again in a moment.</source>
        <translation>客戶資料仍在載入，請稍後再試。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1127"/>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1128"/>
        <source>%1 finished; its results are kept as a new run.</source>
        <translation>%1 已完成；結果已儲存為新的執行紀錄。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1135"/>
        <source>Analysis Failed</source>
        <translation>分析失敗</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1141"/>
        <source>%1 — Tierwise</source>
        <translation>%1 — Tierwise</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1143"/>
        <source>No data yet</source>
        <translation>尚無資料</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1144"/>
        <source>As of %1</source>
        <translation>資料截至 %1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1145"/>
        <source>%1 customers</source>
        <translation>%1 位客戶</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1147"/>
        <source>Tierwise</source>
        <translation>Tierwise</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1151"/>
        <source>Personal data masked</source>
        <translation>個人資料已遮罩</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1151"/>
        <source>Personal data SHOWN</source>
        <translation>個人資料已顯示（未遮罩）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1152"/>
        <source>View ▸ Mask Personal Data (Ctrl+Shift+M)</source>
        <translation>檢視 ▸ 遮罩顯示個人資料（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1186"/>
        <source>Import finished. Files: %1; rows added: %2; updated: %3.</source>
        <translation>匯入完成。檔案：%1 個；新增 %2 列；更新 %3 列。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1190"/>
        <source>Already in the workspace: %1.</source>
        <translation>工作區中已有：%1 列。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1194"/>
        <source>Imported with rejections; see the report.</source>
        <translation>已匯入，但有被拒絕的列，請查看報告。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1195"/>
        <source>Import refused; the workspace is unchanged.</source>
        <translation>匯入被拒絕，工作區未作變更。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1209"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>匯入已取消，工作區未作任何變更。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1212"/>
        <source>Import failed; the workspace is unchanged.</source>
        <translation>匯入失敗，工作區未作變更。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1213"/>
        <source>Import Failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1213"/>
        <source>%1

Nothing was imported; the workspace is unchanged.</source>
        <translation>%1

未匯入任何資料，工作區未作變更。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1229"/>
        <source>Import Running</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1230"/>
        <source>An import is running. Cancel it and close Tierwise? The workspace stays as it was before the import.</source>
        <translation>正在進行匯入。要取消匯入並關閉 Tierwise 嗎？工作區將保持匯入前的狀態。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1246"/>
        <source>Analyses Running</source>
        <translation>分析正在執行</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1247"/>
        <source>Analyses are running. Cancel them and close Tierwise? The workspace stays as it was.</source>
        <translation>有分析正在執行。要取消這些分析並關閉 Tierwise 嗎？工作區將保持原狀。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1263"/>
        <source>Unsaved Strategies</source>
        <translation>未儲存的策略</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/shell/mainwindow.cpp" line="1264"/>
        <source>%n strategy(s) have changes that are not saved. Save them before closing? No closes without them.</source>
        <translation>
            <numerusform>有 %n 個策略的變更尚未儲存。關閉前是否儲存？選擇「否」將不儲存直接關閉。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1269"/>
        <source>Save Strategies</source>
        <translation>儲存策略</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1327"/>
        <source>About Tierwise</source>
        <translation>關於 Tierwise</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1328"/>
        <source>&lt;h3&gt;Tierwise %1&lt;/h3&gt;&lt;p&gt;A workbench for branch managers to segment their retail customer book, estimate customer lifetime value and plan for each tier.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tierwise %1&lt;/h3&gt;&lt;p&gt;為分行主任打造的工作台：對零售客戶進行分層，估算客戶終身價值，並為每個層級制定經營策略。&lt;/p&gt;&lt;p&gt;您的資料只保存在本機上。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tierwise::MappingPage</name>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="120"/>
        <source>Mapping</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="121"/>
        <source>Which field each column holds. The suggestions come from the column headers; change any of them, set date formats and value maps, or skip a column.</source>
        <translation>指定每欄對應的欄位。建議值來自欄標題；您可以修改任一建議、設定日期格式和值對應，或略過某一欄。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="123"/>
        <source>The file whose columns are shown</source>
        <translation>目前顯示其各欄的檔案</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="124"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="124"/>
        <source>Sample</source>
        <translation>範例值</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="124"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="124"/>
        <source>Date format</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="125"/>
        <source>Column mapping</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="128"/>
        <location filename="../widgets/wizard/mappingpage.cpp" line="174"/>
        <source>Value map</source>
        <translation>值對應</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="126"/>
        <source>Value in the file</source>
        <translation>檔案中的值</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="126"/>
        <source>Imported as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="127"/>
        <source>Replace values of the selected column before they are checked, e.g. 1 → M</source>
        <translation>在檢核之前替換所選欄中的值，例如 1 → M</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="129"/>
        <source>Add &amp;value</source>
        <translation>新增值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="130"/>
        <source>Add a value replacement for the selected column</source>
        <translation>為所選欄新增一個值替換</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="131"/>
        <source>Remo&amp;ve value</source>
        <translation>移除值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="132"/>
        <source>Remove the selected value replacement</source>
        <translation>移除選取的值替換</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="133"/>
        <source>&amp;Save Mapping…</source>
        <translation>儲存對應(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="134"/>
        <source>Save this mapping as a JSON file (also usable with tierwise-cli import --mapping)</source>
        <translation>將此對應儲存為 JSON 檔案（也可用於 tierwise-cli import --mapping）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="135"/>
        <source>&amp;Load Mapping…</source>
        <translation>載入對應(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="136"/>
        <source>Apply a saved mapping file to these files</source>
        <translation>將已儲存的對應檔套用至這些檔案</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="137"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="154"/>
        <source>The field column &apos;%1&apos; holds</source>
        <translation>欄「%1」對應的欄位</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="157"/>
        <source>(skip)</source>
        <translation>（略過）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="161"/>
        <source>Date format of this column: YYYY, YY, MM, M, DD, D and separators; empty: recognise the usual forms</source>
        <translation>該欄的日期格式：使用 YYYY、YY、MM、M、DD、D 及分隔符號；留空則辨識常見格式</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="164"/>
        <location filename="../widgets/wizard/mappingpage.cpp" line="304"/>
        <source>Kind: %1</source>
        <translation>類型：%1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="173"/>
        <source>Value map of &apos;%1&apos;</source>
        <translation>「%1」的值對應</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="387"/>
        <location filename="../widgets/wizard/mappingpage.cpp" line="396"/>
        <source>Save Mapping</source>
        <translation>儲存對應</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="388"/>
        <source>Mapping files (*.json)</source>
        <translation>對應檔 (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="401"/>
        <location filename="../widgets/wizard/mappingpage.cpp" line="408"/>
        <source>Load Mapping</source>
        <translation>載入對應</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="402"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>對應檔 (*.json);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>tierwise::MigrationMatrixView</name>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="74"/>
        <source>Tier %1</source>
        <translation>層級 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="104"/>
        <source>stayed</source>
        <translation>不變</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="105"/>
        <source>upgraded</source>
        <translation>升級</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="106"/>
        <source>downgraded</source>
        <translation>降級</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="107"/>
        <source>%1 → %2 (%3): %4 customers, %5 of %6</source>
        <translation>%1 → %2（%3）：%4 位客戶，佔%6的 %5</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="119"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="122"/>
        <source>Tier before: %1</source>
        <translation>之前層級：%1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="123"/>
        <source>Tier after: %1</source>
        <translation>之後層級：%1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="240"/>
        <source>No tier migration yet — compare the value tiers at two as-of dates to see who moved.</source>
        <translation>尚無層級遷移資料。請比較兩個資料截至日期的價值層級，查看哪些客戶發生了遷移。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="243"/>
        <source>Tier migration — rows: tier before, columns: tier after</source>
        <translation>層級遷移——列：之前層級，欄：之後層級</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="244"/>
        <source>Tier migration from %1 (rows) to %2 (columns)</source>
        <translation>從 %1（列）到 %2（欄）的層級遷移</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="256"/>
        <source>Upgrades %1 (%2) · Downgrades %3 (%4) · Stayed %5 (%6) · Left %7 · Joined %8</source>
        <translation>升級 %1（%2） · 降級 %3（%4） · 不變 %5（%6） · 離開 %7 · 新加入 %8</translation>
    </message>
</context>
<context>
    <name>tierwise::MigrationPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="491"/>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="489"/>
        <source>Tiers on:</source>
        <translation>層級日期：</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="490"/>
        <source>against the as-of date</source>
        <translation>對照基準日</translation>
    </message>
</context>
<context>
    <name>tierwise::ModelCheckChart</name>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="94"/>
        <source>No model check yet — run a lifetime-value analysis with a holdout period.</source>
        <translation>尚無模型檢驗結果。請執行設定了驗證期的客戶終身價值分析。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="120"/>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="125"/>
        <source>Predicted by the model</source>
        <translation>模型預測</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="130"/>
        <source>Repeat purchases in the calibration period</source>
        <translation>校準期內的重複交易次數</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="132"/>
        <source>Mean transactions per customer in the holdout</source>
        <translation>驗證期內每位客戶的平均交易次數</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="136"/>
        <source>Model check over a %1-week holdout: %2 transactions actual, %3 predicted (%4 customers)</source>
        <translation>模型檢驗（驗證期 %1 週）：實際交易 %2 筆，預測 %3 筆（%4 位客戶）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="152"/>
        <source>%1 repeat purchases: %2 customers
actual %3, predicted %4 per customer</source>
        <translation>重複交易 %1 次：%2 位客戶
每位客戶實際 %3 筆，預測 %4 筆</translation>
    </message>
</context>
<context>
    <name>tierwise::ModelCheckPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="371"/>
        <source>No holdout check yet — run Analyze ▸ Lifetime Value.</source>
        <translation>尚無驗證期檢驗結果。請執行「分析 ▸ 客戶終身價值」。</translation>
    </message>
</context>
<context>
    <name>tierwise::ParetoChart</name>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="78"/>
        <source>No value curve yet — run a lifetime-value analysis to see how value is concentrated.</source>
        <translation>尚無價值曲線。請執行客戶終身價值分析，查看價值的集中程度。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="84"/>
        <source>value</source>
        <translation>價值</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="89"/>
        <source>Equal shares</source>
        <translation>完全均等線</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="106"/>
        <source>%1 (%2 customers)</source>
        <translation>%1（%2 位客戶）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="115"/>
        <source>Top 20 % hold %1</source>
        <translation>前 20% 持有 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="116"/>
        <source>%1: top 20 % hold %2</source>
        <translation>%1：前 20% 持有 %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="125"/>
        <source>Gini %1</source>
        <translation>吉尼係數 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="126"/>
        <source>%1 Gini %2</source>
        <translation>%1 吉尼係數 %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="133"/>
        <source>Concentration of %1 — %2</source>
        <translation>%1的集中度——%2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="134"/>
        <source>Share of customers, largest %1 first (%)</source>
        <translation>客戶佔比，依%1由大到小排列（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="135"/>
        <source>Share of total %1 (%)</source>
        <translation>佔%1總額的比例（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="162"/>
        <source>%1: the top %2 of customers hold %3</source>
        <translation>%1：前 %2 的客戶持有 %3</translation>
    </message>
</context>
<context>
    <name>tierwise::ParetoPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="208"/>
        <source>&amp;Value:</source>
        <translation>價值指標(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="209"/>
        <source>Compare with &amp;branch:</source>
        <translation>比較分行(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="214"/>
        <location filename="../widgets/views/analysispages.cpp" line="235"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="225"/>
        <source>All branches</source>
        <translation>全部分行</translation>
    </message>
</context>
<context>
    <name>tierwise::PreviewPage</name>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="90"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="91"/>
        <source>The first rows as they will be read. Change the encoding, delimiter, header row or kind if the detection is wrong.</source>
        <translation>依將要讀取的方式顯示前幾列。如果偵測結果有誤，請變更編碼、分隔符號、標題列或類型。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="93"/>
        <source>The file shown</source>
        <translation>目前顯示的檔案</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="94"/>
        <source>The text encoding the file is read with</source>
        <translation>讀取該檔案所用的文字編碼</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="95"/>
        <source>The character that separates the columns</source>
        <translation>分隔各欄的字元</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="96"/>
        <source>What the file holds</source>
        <translation>檔案所含資料的類型</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="97"/>
        <source>First row is a &amp;header</source>
        <translation>第一列為標題列(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="98"/>
        <source>Whether the first row names the columns</source>
        <translation>第一列是否為欄名</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="99"/>
        <source>Preview of the first rows</source>
        <translation>前幾列預覽</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="100"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="101"/>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="102"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符號(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="103"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="211"/>
        <source>No file — go back and add one.</source>
        <translation>沒有檔案。請返回上一步新增檔案。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="193"/>
        <source>Auto (%1, %2% sure)</source>
        <translation>自動（%1，信心度 %2%）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="197"/>
        <location filename="../widgets/wizard/previewpage.cpp" line="202"/>
        <source>Auto (%1)</source>
        <translation>自動（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="220"/>
        <source>Encoding: %1 (detected %2, %3% sure: %4) · Delimiter: %5 · Header row: %6 · Kind: %7</source>
        <translation>編碼：%1（偵測為 %2，信心度 %3%：%4） · 分隔符號：%5 · 標題列：%6 · 類型：%7</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="224"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="224"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="231"/>
        <source>Note: the import detects the delimiter itself (%1); save the file with that delimiter if this choice is the right one.</source>
        <translation>注意：匯入時會自行偵測分隔符號（%1）；如果您選擇的分隔符號才是正確的，請以該分隔符號重新儲存檔案。</translation>
    </message>
</context>
<context>
    <name>tierwise::RejectionTableModel</name>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="79"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="80"/>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="81"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="82"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="83"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>tierwise::RulesDialog</name>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="46"/>
        <source>Value tiers</source>
        <translation>價值層級</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="48"/>
        <source>Margin rates</source>
        <translation>利差率</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="50"/>
        <source>Lifecycle stages</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="52"/>
        <source>Early-warning thresholds</source>
        <translation>預警門檻</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="54"/>
        <source>Next-best product rules</source>
        <translation>商品推薦規則</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="56"/>
        <source>Strategy pricing limits</source>
        <translation>策略定價上限</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="92"/>
        <location filename="../widgets/shell/rulesdialog.cpp" line="95"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="155"/>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="158"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="159"/>
        <source>Restore &amp;Defaults</source>
        <translation>還原預設值(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="194"/>
        <source>The shipped rules are in use again.</source>
        <translation>已恢復使用隨軟體提供的規則。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="160"/>
        <source>Analyses started from the Analyze menu use these rules. Amounts are in currency units, shares are fractions (0.30 = 30 %). A mistake is named by its key and nothing is saved.</source>
        <translation>從「分析」選單啟動的分析會使用這些規則。金額以貨幣單位計，比例為小數（0.30 = 30%）。出錯時會指出對應的鍵，且不會儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="192"/>
        <source>The shipped rules.</source>
        <translation>隨軟體提供的規則。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="193"/>
        <source>Your saved rules.</source>
        <translation>您儲存的規則。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="195"/>
        <source>Not valid: %1</source>
        <translation>無效：%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="196"/>
        <source>Valid.</source>
        <translation>有效。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="197"/>
        <source>Saved; the next analyses use these rules.</source>
        <translation>已儲存；之後的分析將使用這些規則。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="198"/>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
</context>
<context>
    <name>tierwise::SegmentMap</name>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="76"/>
        <source>%1B</source>
        <comment>billions on an axis</comment>
        <translation>%1B</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="78"/>
        <source>%1M</source>
        <comment>millions on an axis</comment>
        <translation>%1M</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="80"/>
        <source>%1k</source>
        <comment>thousands on an axis</comment>
        <translation>%1k</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="254"/>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="255"/>
        <source>Left-drag draws a lasso instead of a rectangle (L; or hold Alt while dragging)</source>
        <translation>按住左鍵拖曳時繪製套索而非矩形（L；或拖曳時按住 Alt）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="256"/>
        <source>Reset view</source>
        <translation>重設檢視</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="257"/>
        <source>Fit all customers (Home, or double-click the map)</source>
        <translation>顯示全部客戶（Home，或按兩下地圖）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="258"/>
        <source>Clear selection</source>
        <translation>清除選取</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="259"/>
        <source>Deselect all customers (Esc)</source>
        <translation>取消選取所有客戶（Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="260"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="260"/>
        <source>Symbols</source>
        <translation>符號</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="260"/>
        <source>Dots</source>
        <translation>點</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="261"/>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="264"/>
        <source>How points are drawn; automatic switches by the number in view</source>
        <translation>資料點的繪製方式；「自動」會依檢視中的點數切換</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="265"/>
        <source>No data — run a segmentation and choose two axes to see the map.</source>
        <translation>沒有資料。請執行分群並選擇兩個座標軸以查看地圖。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="319"/>
        <location filename="../widgets/charts/segmentmap.cpp" line="366"/>
        <source>No segment</source>
        <translation>無客群</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="347"/>
        <source>symbols</source>
        <translation>符號</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="348"/>
        <source>dots</source>
        <translation>點</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="349"/>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="350"/>
        <source>%1 of %2 customers in view · %3 selected · %4</source>
        <translation>檢視中 %1 / %2 位客戶 · 已選取 %3 位 · %4</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="365"/>
        <source>%1
%2: %3
%4: %5</source>
        <translation>%1
%2：%3
%4：%5</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="367"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="368"/>
        <source>y</source>
        <translation>y</translation>
    </message>
</context>
<context>
    <name>tierwise::SegmentMapPage</name>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="97"/>
        <source>Size by &amp;margin CLV</source>
        <translation>依利潤貢獻 CLV 調整大小(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="98"/>
        <source>&amp;X:</source>
        <translation>X 軸(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="99"/>
        <source>&amp;Y:</source>
        <translation>Y 軸(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="100"/>
        <source>&amp;Colour by:</source>
        <translation>著色依據(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="115"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="277"/>
        <source>Customer %1</source>
        <translation>客戶 %1</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="281"/>
        <source>AUM %1 · margin CLV %2 · CLV %3</source>
        <translation>AUM %1 · 利潤貢獻 CLV %2 · CLV %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/segmentmappage.cpp" line="287"/>
        <source>P(alive) %1 % · %n warning(s)</source>
        <translation>
            <numerusform>存活機率 %1% · %n 則預警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::SegmentOverviewChart</name>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="90"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="91"/>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="212"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="92"/>
        <source>Share of the book&apos;s AUM</source>
        <translation>佔全部客戶資產管理規模的比例</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="93"/>
        <source>AUM share</source>
        <translation>AUM 佔比</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="94"/>
        <source>Share of the book&apos;s lifetime value</source>
        <translation>佔全部客戶終身價值的比例</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="95"/>
        <source>CLV share</source>
        <translation>CLV 佔比</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="96"/>
        <source>Mean probability that a customer is still active</source>
        <translation>客戶仍處於活躍狀態的平均機率</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="97"/>
        <source>Avg. P(alive)</source>
        <translation>平均存活機率</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="200"/>
        <source>No segments yet — run a segmentation to compare the segments&apos; customers, AUM and value.</source>
        <translation>尚無客群。請執行分群，比較各客群的客戶數、資產管理規模和價值。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="212"/>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="212"/>
        <source>Lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="241"/>
        <source>Share of the book (%)</source>
        <translation>佔全部客戶的比例（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="244"/>
        <source>Segments: share of customers, AUM and lifetime value — %1 customers in %2 segments</source>
        <translation>客群：客戶數、AUM 和客戶終身價值佔比——%2 個客群，共 %1 位客戶</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="258"/>
        <source>%1
%2 customers
AUM share %3
CLV share %4
average P(alive) %5</source>
        <translation>%1
%2 位客戶
AUM 佔比 %3
CLV 佔比 %4
平均存活機率 %5</translation>
    </message>
</context>
<context>
    <name>tierwise::SegmentsPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="130"/>
        <source>&amp;Segmentation:</source>
        <translation>分群方式(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>tierwise::Sparkline</name>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="74"/>
        <source>%1: %2 … %3: %4</source>
        <translation>%1：%2 … %3：%4</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="89"/>
        <source>No balance history</source>
        <translation>無餘額歷史</translation>
    </message>
</context>
<context>
    <name>tierwise::StrategyEditor</name>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="76"/>
        <source>Actual: %1 % converted in &quot;%2&quot;</source>
        <translation>實際：「%2」中轉換率 %1%</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="78"/>
        <source>, lift %1 pp (95 % CI %2 to %3)</source>
        <translation>，提升 %1 個百分點（95% 信賴區間 %2 至 %3）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="233"/>
        <source>Start from &amp;Template</source>
        <translation>從範本開始(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="234"/>
        <source>Replace the chosen strategies with a template for a tier or group (undoable)</source>
        <translation>以層級或客群範本取代所選策略（可復原）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="235"/>
        <source>&amp;History…</source>
        <translation>歷史版本(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="236"/>
        <source>Every saved version with its author; compare two versions</source>
        <translation>每個已儲存版本及其作者；可比較兩個版本</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="237"/>
        <source>&amp;Save Changes</source>
        <translation>儲存變更(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="238"/>
        <source>Save every changed strategy as a new version (Ctrl+S)</source>
        <translation>將每個已變更的策略儲存為新版本（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="239"/>
        <source>Se&amp;gmentation:</source>
        <translation>分群方式(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="240"/>
        <source>&amp;Branch:</source>
        <translation>分行(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="241"/>
        <source>Choose one segment, or several (Ctrl/Shift) to edit them together</source>
        <translation>選擇一個客群，或按 Ctrl/Shift 選擇多個一起編輯</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="242"/>
        <source>Suitability and pricing checks of the chosen strategies</source>
        <translation>所選策略的適合度和定價檢查</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="244"/>
        <source>Open a workspace and run the value tiers (Analyze ▸ Value Tiers) to plan a strategy per tier.</source>
        <translation>請開啟工作區並執行價值分層（分析 ▸ 價值層級），再為每個層級制定策略。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="243"/>
        <source>Checks:</source>
        <translation>檢查：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="210"/>
        <source>Save Strategies</source>
        <translation>儲存策略</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="213"/>
        <source>No changes to save.</source>
        <translation>沒有需要儲存的變更。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/editors/strategyeditor.cpp" line="213"/>
        <source>%n strategy version(s) saved.</source>
        <translation>
            <numerusform>已儲存 %n 個策略版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="388"/>
        <source>One per line</source>
        <translation>每行一項</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="394"/>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="399"/>
        <source> bp</source>
        <translation> 基點</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="402"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="403"/>
        <source>no target</source>
        <translation>無目標</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="404"/>
        <source>Lowest value: no target</source>
        <translation>最小值表示無目標</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="245"/>
        <source>Offer</source>
        <translation>商品與服務</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="246"/>
        <source>Pricing</source>
        <translation>定價</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="247"/>
        <source>Events, targets and budget</source>
        <translation>活動、目標和預算</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="248"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="449"/>
        <source>Strategies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="66"/>
        <source>%1  %2  (R%3)</source>
        <translation>%1  %2（R%3）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="67"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="419"/>
        <location filename="../widgets/editors/strategyeditor.cpp" line="490"/>
        <source>Bank-wide</source>
        <translation>全行</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="571"/>
        <source>%1 customers · %2</source>
        <translation>%1 位客戶 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="572"/>
        <source>version %1 saved by %2</source>
        <translation>第 %1 版，由 %2 儲存</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="573"/>
        <source>no strategy saved yet</source>
        <translation>尚未儲存策略</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="269"/>
        <source>%1 (for this tier)</source>
        <translation>%1（適用於此層級）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="608"/>
        <source>%1 (mixed)</source>
        <translation>%1（不一致）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="615"/>
        <source>Bank-wide: %1</source>
        <translation>全行：%1</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="622"/>
        <source>Mixed: typing here replaces the text of every chosen strategy</source>
        <translation>內容不一致：在此輸入將取代所有所選策略的文字</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="393"/>
        <location filename="../widgets/editors/strategyeditor.cpp" line="640"/>
        <source>(mixed)</source>
        <translation>（不一致）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="610"/>
        <source>%1:</source>
        <extracomment>a form label: the field&apos;s name and the colon of the language (full-width in Chinese)</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="659"/>
        <source>Branch override for %1: changes %2 from the bank-wide strategy.</source>
        <translation>%1 的分行調整：相對全行策略變更了 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="663"/>
        <source>Branch override for %1: the same as the bank-wide strategy so far.</source>
        <translation>%1 的分行調整：目前與全行策略相同。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="672"/>
        <source>Actual: no evaluated campaign yet.</source>
        <translation>實際：尚無已評估的行銷活動。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="700"/>
        <source>Choose a segment.</source>
        <translation>請選擇一個客群。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="700"/>
        <source>No problems found.</source>
        <translation>未發現問題。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="706"/>
        <source>Unsuitable for this segment&apos;s typical risk tolerance</source>
        <translation>超出該客群典型的風險承受度</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="729"/>
        <source>Edit %1</source>
        <translation>編輯%1</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="767"/>
        <source>Apply the template %1</source>
        <translation>套用範本 %1</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="817"/>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="831"/>
        <source>Strategy History</source>
        <translation>策略歷史</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="909"/>
        <source>History of %1</source>
        <translation>%1 的歷史版本</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="113"/>
        <source>Version %1 — %2, %3</source>
        <translation>第 %1 版 — %2，%3</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="111"/>
        <source>The current draft</source>
        <translation>目前草稿</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/editors/strategyeditor.cpp" line="882"/>
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>有 %n 個欄位不同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="914"/>
        <source>&amp;Restore the Left Version into the Draft</source>
        <translation>將左側版本還原為草稿(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="915"/>
        <source>Undoable; save to keep it as a new version</source>
        <translation>可復原；儲存後成為新版本</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="891"/>
        <source>Restore version %1</source>
        <translation>還原第 %1 版</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="916"/>
        <source>&amp;Compare:</source>
        <translation>比較(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="917"/>
        <source>&amp;with:</source>
        <translation>與(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>tierwise::UserGuide</name>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="129"/>
        <source>Tierwise User Guide</source>
        <translation>Tierwise 使用者指南</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="130"/>
        <source>Find in the guide</source>
        <translation>在指南中尋找</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="131"/>
        <source>&amp;Find:</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="132"/>
        <source>&amp;Previous</source>
        <translation>上一個(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="133"/>
        <source>&amp;Next</source>
        <translation>下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="177"/>
        <source>The user guide is missing from this build.</source>
        <translation>此版本缺少使用者指南。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="195"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="196"/>
        <source>Every menu can also be opened with Alt and its underlined letter.</source>
        <translation>每個選單也可用 Alt 加其帶底線的字母開啟。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="197"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="197"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>tierwise::ValidationPage</name>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="76"/>
        <source>Validation</source>
        <translation>檢核</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="77"/>
        <source>Every row is checked as the import would check it; nothing is written yet.</source>
        <translation>依匯入時的規則逐列檢核；尚未寫入任何資料。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="78"/>
        <source>&amp;Stop Check</source>
        <translation>停止檢核(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="79"/>
        <source>Stop checking the files</source>
        <translation>停止檢核檔案</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="80"/>
        <source>Check &amp;Again</source>
        <translation>重新檢核(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="81"/>
        <source>Check the files again (for instance after changing them on disk)</source>
        <translation>重新檢核檔案（例如在磁碟上修改檔案之後）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="82"/>
        <source>Rejected rows</source>
        <translation>被拒絕的列</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="83"/>
        <source>Import anyway (&amp;valid rows only)</source>
        <translation>仍要匯入（僅有效列）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="84"/>
        <source>Import the rows that passed and leave out the rejected ones</source>
        <translation>匯入通過檢核的列，不匯入被拒絕的列</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="101"/>
        <source>The check could not start.</source>
        <translation>無法開始檢核。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="102"/>
        <source>Checking…</source>
        <translation>正在檢核…</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="130"/>
        <source>%1 (%2): %3 rows, %4 rejected%5</source>
        <translation>%1（%2）：%3 列，%4 列被拒絕%5</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="133"/>
        <source> — the file is refused</source>
        <translation> — 整個檔案被拒絕</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/wizard/validationpage.cpp" line="109"/>
        <source>No rejections: %n row(s) ready to import.</source>
        <translation>
            <numerusform>沒有被拒絕的列：%n 列可以匯入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="111"/>
        <source>%1 of %2 rows would be rejected; nothing is imported unless you choose to import the valid rows only.</source>
        <translation>%2 列中有 %1 列將被拒絕；除非您選擇僅匯入有效列，否則不會匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="116"/>
        <source>Check stopped. Click Check Again to run it.</source>
        <translation>檢核已停止。按一下「重新檢核」可再次執行。</translation>
    </message>
</context>
<context>
    <name>tierwise::WorkspaceOverview</name>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="41"/>
        <source>Committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="43"/>
        <source>Partly committed</source>
        <translation>部分提交</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="45"/>
        <source>Rejected</source>
        <comment>import status</comment>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="47"/>
        <source>Running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="67"/>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="76"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="81"/>
        <source>%1 %2</source>
        <comment>a month: the month&apos;s name, the year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="129"/>
        <source>Create a workspace with File ▸ New Workspace… or open one with File ▸ Open Workspace…</source>
        <translation>透過「檔案 ▸ 新增工作區…」建立工作區，或透過「檔案 ▸ 開啟工作區…」開啟現有工作區</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="131"/>
        <source>Import customer extracts with File ▸ Import Data… or drop CSV files here</source>
        <translation>透過「檔案 ▸ 匯入資料…」匯入客戶資料，或將 CSV 檔案拖放到此處</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="133"/>
        <source>Customer book</source>
        <translation>客戶概況</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="138"/>
        <source>Branches</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="139"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="140"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="141"/>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="134"/>
        <source>Activity</source>
        <translation>業務資料</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="142"/>
        <source>Balance rows</source>
        <translation>餘額記錄</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="143"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="144"/>
        <source>Product holdings</source>
        <translation>商品持有</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="135"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="145"/>
        <source>As of</source>
        <translation>資料截至</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="146"/>
        <source>First transaction</source>
        <translation>最早交易</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="147"/>
        <source>Last transaction</source>
        <translation>最近交易</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="148"/>
        <source>Last balance month</source>
        <translation>最近餘額月份</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="136"/>
        <source>Imports</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="149"/>
        <source>Committed imports</source>
        <translation>已提交的匯入</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="150"/>
        <source>Rejected rows</source>
        <translation>被拒絕的列</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="151"/>
        <source>Import history</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="152"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="152"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="152"/>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="152"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="153"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="152"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="152"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="153"/>
        <source>Rejected</source>
        <comment>column: rows rejected</comment>
        <translation>拒絕列數</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="155"/>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="297"/>
        <source>The workspace could not be read completely: %1</source>
        <translation>無法完整讀取工作區：%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="365"/>
        <source>Nothing of this file was committed; see the rejections report</source>
        <translation>此檔案的資料均未提交，請查看拒絕報告</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="367"/>
        <source>Some rows of this file were rejected and left out</source>
        <translation>此檔案中有部分列被拒絕，未匯入</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::BookData</name>
    <message>
        <location filename="../models/analytics/bookdata.cpp" line="33"/>
        <source>Reading the customer book was cancelled.</source>
        <translation>讀取客戶資料已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookdata.cpp" line="48"/>
        <source>Reading the customer book</source>
        <translation>正在讀取客戶資料</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::BookView</name>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="44"/>
        <source>Loading the book was cancelled.</source>
        <translation>載入客戶資料已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="308"/>
        <source>Value tiers</source>
        <translation>價值層級</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="310"/>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="312"/>
        <source>Clusters</source>
        <translation>聚類</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="314"/>
        <source>Value × risk</source>
        <translation>價值 × 風險</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="316"/>
        <source>Saved: %1 (%2)</source>
        <translation>已儲存：%1（%2）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="319"/>
        <source>%1 (run %2, %3)</source>
        <translation>%1（執行紀錄 %2，%3）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="233"/>
        <location filename="../models/analytics/bookview.cpp" line="303"/>
        <source>Lifecycle stages (run %1)</source>
        <translation>生命週期階段（執行紀錄 %1）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="242"/>
        <location filename="../models/analytics/bookview.cpp" line="305"/>
        <source>Value bands (run %1)</source>
        <translation>價值分層（執行紀錄 %1）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="355"/>
        <source>AUM</source>
        <translation>資產管理規模</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="356"/>
        <source>Transaction CLV</source>
        <translation>交易 CLV</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="357"/>
        <source>Margin CLV</source>
        <translation>利潤貢獻 CLV</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="358"/>
        <source>P(alive)</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="359"/>
        <source>Recency (days)</source>
        <translation>最近交易間隔（天）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="360"/>
        <source>Frequency (active days)</source>
        <translation>交易頻次（活躍天數）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="361"/>
        <source>Tenure (months)</source>
        <translation>往來期間（月）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="362"/>
        <source>Age (years)</source>
        <translation>年齡（歲）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="363"/>
        <source>Principal component 1</source>
        <translation>主成分 1</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="364"/>
        <source>Principal component 2</source>
        <translation>主成分 2</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="461"/>
        <source>Principal components</source>
        <translation>主成分</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="465"/>
        <location filename="../models/analytics/bookview.cpp" line="485"/>
        <source>Reading the runs</source>
        <translation>正在讀取執行紀錄</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::BriefData</name>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="45"/>
        <source>Gathering the brief was cancelled.</source>
        <translation>簡報資料彙整已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="303"/>
        <source>Unknown segment &apos;%1&apos; in %2; the segments are: %3.</source>
        <translation>%2 中沒有客群「%1」；現有客群：%3。</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="359"/>
        <source>Unknown segmentation &apos;%1&apos;; use %2.</source>
        <translation>未知的分群方式「%1」；請使用 %2。</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="380"/>
        <source>The workspace has no &apos;%1&apos; segmentation yet; run it first.</source>
        <translation>工作區中尚無「%1」分群，請先執行。</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="393"/>
        <source>Unknown branch &apos;%1&apos;; the branches are: %2.</source>
        <translation>未知的分行「%1」；現有分行：%2。</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="408"/>
        <source>Reading the activity</source>
        <translation>正在讀取業務資料</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="417"/>
        <source>Adding up the segments</source>
        <translation>正在彙總各客群</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="504"/>
        <location filename="../models/analytics/briefdata.cpp" line="537"/>
        <source>Cohorts and distributions</source>
        <translation>同期群與分佈</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="541"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Btyd</name>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="326"/>
        <source>The transaction arrays differ in length.</source>
        <translation>交易陣列的長度不一致。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="328"/>
        <source>The time unit must be a positive number of days.</source>
        <translation>時間單位必須是正的天數。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="365"/>
        <location filename="../models/analytics/btyd.cpp" line="448"/>
        <source>The summary arrays differ in length.</source>
        <translation>彙總陣列的長度不一致。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="367"/>
        <source>BG/NBD needs customers; there are none.</source>
        <translation>BG/NBD 需要客戶資料，但目前沒有客戶。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="370"/>
        <source>Invalid customer summary (x %1, t_x %2, T %3).</source>
        <translation>無效的客戶彙總（x %1，t_x %2，T %3）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="376"/>
        <source>BG/NBD cannot be fitted: no customer made a repeat purchase, so the model is not identified.</source>
        <translation>無法擬合 BG/NBD：沒有客戶發生重複交易，模型無法識別。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="379"/>
        <source>BG/NBD cannot be fitted: every customer was observed for no time.</source>
        <translation>無法擬合 BG/NBD：所有客戶的觀察時長均為零。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="405"/>
        <source>BG/NBD cannot be fitted: the data do not identify the model.</source>
        <translation>無法擬合 BG/NBD：資料無法識別該模型。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="458"/>
        <source>Gamma-Gamma cannot be fitted: it needs at least two repeat buyers with a positive spend.</source>
        <translation>無法擬合 Gamma-Gamma：至少需要兩位交易金額為正的重複交易客戶。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="495"/>
        <source>Gamma-Gamma cannot be fitted: the data do not identify the model.</source>
        <translation>無法擬合 Gamma-Gamma：資料無法識別該模型。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="581"/>
        <source>The holdout counts and the calibration summary differ in length.</source>
        <translation>驗證期交易次數與校準期彙總的長度不一致。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="583"/>
        <source>The holdout period must be longer than zero.</source>
        <translation>驗證期必須大於零。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Clv</name>
    <message>
        <location filename="../models/analytics/clv.cpp" line="39"/>
        <source>The lifetime value run was cancelled.</source>
        <translation>客戶終身價值測算已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="80"/>
        <source>The horizon must be 1 to 600 months (it is %1).</source>
        <translation>預測期必須為 1 到 600 個月（目前為 %1）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="82"/>
        <source>The monthly discount rate must be at least 0 and below 1 (it is %1).</source>
        <translation>月折現率必須不小於 0 且小於 1（目前為 %1）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="85"/>
        <source>The time unit must be a positive number of days.</source>
        <translation>時間單位必須是正的天數。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="87"/>
        <source>The value bands must be shares with 0 &lt; high &lt; medium &lt; 1 (they are %1 and %2).</source>
        <translation>價值分層必須是滿足 0 &lt; 高 &lt; 中 &lt; 1 的佔比（目前為 %1 和 %2）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="90"/>
        <source>The holdout period must be 0 to 120 months (it is %1).</source>
        <translation>驗證期必須為 0 到 120 個月（目前為 %1）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="188"/>
        <source>Saving the lifetime values</source>
        <translation>正在儲存客戶終身價值</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="235"/>
        <source>Saving the lifetime value of customer %1</source>
        <translation>正在儲存客戶 %1 的終身價值</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="257"/>
        <source>Saving an early warning</source>
        <translation>正在儲存預警</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="276"/>
        <source>Saving a next-best product</source>
        <translation>正在儲存推薦商品</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="300"/>
        <source>Saving the run&apos;s %1</source>
        <translation>正在儲存執行紀錄的 %1</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="340"/>
        <source>High value</source>
        <translation>高價值</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="341"/>
        <source>Medium value</source>
        <translation>中價值</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="342"/>
        <source>Low value</source>
        <translation>低價值</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="439"/>
        <source>The workspace has no customers.</source>
        <translation>工作區中沒有客戶。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="459"/>
        <source>Fitting BG/NBD and Gamma-Gamma</source>
        <translation>正在擬合 BG/NBD 與 Gamma-Gamma 模型</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="471"/>
        <location filename="../models/analytics/clv.cpp" line="519"/>
        <source>No customer has an active transaction up to %1.</source>
        <translation>截至 %1，沒有任何客戶發生主動交易。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="483"/>
        <source>No transaction CLV: %1</source>
        <translation>無法計算交易 CLV：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="485"/>
        <source>Frequency and spend per transaction are correlated (%1); the Gamma-Gamma model assumes they are not, so expected spend is less reliable.</source>
        <translation>交易頻次與單筆交易金額存在相關性（%1）；Gamma-Gamma 模型假設兩者不相關，因此預期交易金額的可靠性較低。</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/clv.cpp" line="489"/>
        <source>Scoring %n customers</source>
        <translation>
            <numerusform>正在為 %n 位客戶評分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="509"/>
        <source>Checking the model on a holdout period</source>
        <translation>正在以驗證期檢驗模型</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="524"/>
        <source>Holdout %1 … %2: %3 transactions expected, %4 happened.</source>
        <translation>驗證期 %1 … %2：預期交易 %3 筆，實際發生 %4 筆。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="530"/>
        <source>No holdout check: %1</source>
        <translation>未進行驗證期檢驗：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="537"/>
        <source>Margin CLV, lifecycle stages and cohorts</source>
        <translation>利潤貢獻 CLV、生命週期階段和同期群</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="547"/>
        <source>Value bands by %1: the top 20 % of customers hold %2 % of it; Gini %3.</source>
        <translation>價值分層依據%1：前 20% 的客戶佔其總額的 %2%；吉尼係數 %3。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="548"/>
        <source>margin CLV</source>
        <translation>利潤貢獻 CLV</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="548"/>
        <source>transaction CLV</source>
        <translation>交易 CLV</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="554"/>
        <source>Early warnings and next-best products</source>
        <translation>預警和推薦商品</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="619"/>
        <location filename="../models/analytics/clv.cpp" line="622"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Cohorts</name>
    <message>
        <location filename="../models/analytics/cohorts.cpp" line="147"/>
        <source>Month %1</source>
        <translation>第 %1 個月</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Features</name>
    <message>
        <location filename="../models/analytics/features.cpp" line="75"/>
        <source>The computation of customer features was cancelled.</source>
        <translation>客戶特徵計算已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/features.cpp" line="510"/>
        <source>Computing customer features</source>
        <translation>正在計算客戶特徵</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::KMeans</name>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="503"/>
        <source>Seeding cluster centres</source>
        <translation>正在初始化聚類中心</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="504"/>
        <location filename="../models/analytics/kmeans.cpp" line="602"/>
        <location filename="../models/analytics/kmeans.cpp" line="891"/>
        <source>k-means was cancelled</source>
        <translation>k-means 已取消</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="600"/>
        <source>k-means: restart %1 of %2, iteration %3</source>
        <translation>k-means：第 %1/%2 次重新啟動，第 %3 次迭代</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="714"/>
        <source>k-means needs 1 ≤ k ≤ %1 (the number of rows), not %2</source>
        <translation>k-means 要求 1 ≤ k ≤ %1（列數），而不是 %2</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="716"/>
        <source>k-means needs at least one feature</source>
        <translation>k-means 至少需要一個特徵</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="718"/>
        <source>k-means needs at least one restart and one iteration</source>
        <translation>k-means 至少需要一次重新啟動和一次迭代</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="720"/>
        <source>k-means needs finite feature values (standardise or impute first)</source>
        <translation>k-means 要求特徵值為有限數值（請先標準化或填補缺失值）</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="746"/>
        <source>k-means finished</source>
        <translation>k-means 已完成</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="881"/>
        <source>the range of k must satisfy 2 ≤ from ≤ to, not %1 … %2</source>
        <translation>k 的範圍必須滿足 2 ≤ 起始值 ≤ 結束值，而不是 %1 … %2</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="890"/>
        <source>Silhouette score for k = %1</source>
        <translation>k = %1 時的輪廓係數</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="976"/>
        <source>older</source>
        <translation>年長</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="977"/>
        <source>young</source>
        <translation>年輕</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="978"/>
        <source>long-standing</source>
        <translation>老客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="979"/>
        <source>new to the bank</source>
        <translation>新開戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="980"/>
        <source>lapsed</source>
        <translation>久未交易</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="981"/>
        <source>recently active</source>
        <translation>近期活躍</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="982"/>
        <source>frequent</source>
        <translation>交易頻繁</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="983"/>
        <source>infrequent</source>
        <translation>交易少</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="984"/>
        <source>big spenders</source>
        <translation>高消費</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="985"/>
        <source>small spenders</source>
        <translation>低消費</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="986"/>
        <location filename="../models/analytics/kmeans.cpp" line="988"/>
        <location filename="../models/analytics/kmeans.cpp" line="990"/>
        <source>high AUM</source>
        <translation>高資產</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="987"/>
        <location filename="../models/analytics/kmeans.cpp" line="989"/>
        <location filename="../models/analytics/kmeans.cpp" line="991"/>
        <source>low AUM</source>
        <translation>低資產</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="992"/>
        <source>growing AUM</source>
        <translation>資產成長</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="993"/>
        <source>shrinking AUM</source>
        <translation>資產下降</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="994"/>
        <source>risk-seeking</source>
        <translation>偏好風險</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="995"/>
        <source>risk-averse</source>
        <translation>規避風險</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="996"/>
        <source>multi-product</source>
        <translation>多商品</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="997"/>
        <source>few products</source>
        <translation>商品少</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="998"/>
        <source>savers</source>
        <translation>存款客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="999"/>
        <source>few deposits</source>
        <translation>存款少</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1000"/>
        <source>wealth-management investors</source>
        <translation>理財客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1001"/>
        <source>no wealth products</source>
        <translation>無理財</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1002"/>
        <source>fund investors</source>
        <translation>基金客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1003"/>
        <source>no funds</source>
        <translation>無基金</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1004"/>
        <source>insured</source>
        <translation>有保險</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1005"/>
        <source>uninsured</source>
        <translation>無保險</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1006"/>
        <source>card users</source>
        <translation>信用卡客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1007"/>
        <source>no credit card</source>
        <translation>無信用卡</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1008"/>
        <source>borrowers</source>
        <translation>貸款客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1009"/>
        <source>no loans</source>
        <translation>無貸款</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1010"/>
        <source>branch-dependent</source>
        <translation>依賴分行</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1011"/>
        <source>rarely at the counter</source>
        <translation>少臨櫃</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1012"/>
        <source>online-first</source>
        <translation>網銀為主</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1013"/>
        <source>rarely online</source>
        <translation>少用網銀</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1014"/>
        <source>mobile-first</source>
        <translation>行動銀行為主</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1015"/>
        <source>rarely on mobile</source>
        <translation>少用行動銀行</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1016"/>
        <source>ATM users</source>
        <translation>常用 ATM</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1017"/>
        <source>rarely at ATMs</source>
        <translation>少用 ATM</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1018"/>
        <source>card payers</source>
        <translation>常刷卡</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1019"/>
        <source>few card payments</source>
        <translation>刷卡少</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1029"/>
        <source>high %1</source>
        <translation>高%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1029"/>
        <source>low %1</source>
        <translation>低%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1096"/>
        <source>average customers</source>
        <translation>普通客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1077"/>
        <location filename="../models/analytics/kmeans.cpp" line="1097"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Lifecycle</name>
    <message>
        <location filename="../models/analytics/lifecycle.cpp" line="88"/>
        <source>Acquisition</source>
        <translation>獲客期</translation>
    </message>
    <message>
        <location filename="../models/analytics/lifecycle.cpp" line="89"/>
        <source>Growth</source>
        <translation>成長期</translation>
    </message>
    <message>
        <location filename="../models/analytics/lifecycle.cpp" line="90"/>
        <source>Maturity</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <location filename="../models/analytics/lifecycle.cpp" line="91"/>
        <source>Decline</source>
        <translation>衰退期</translation>
    </message>
    <message>
        <location filename="../models/analytics/lifecycle.cpp" line="92"/>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../models/analytics/lifecycle.cpp" line="135"/>
        <source>The lifecycle rules</source>
        <translation>生命週期規則</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Margin</name>
    <message>
        <location filename="../models/analytics/margin.cpp" line="42"/>
        <source>the margin rates</source>
        <translation>利差率設定</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="48"/>
        <source>&quot;annual_rates&quot; must be an object of balance type → annual rate.</source>
        <translation>&quot;annual_rates&quot; 必須是「餘額類型 → 年利差率」形式的物件。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="58"/>
        <source>&quot;%1&quot; is missing: every balance type needs a rate.</source>
        <translation>缺少 &quot;%1&quot;：每種餘額類型都需要一個利差率。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="72"/>
        <source>&quot;retention&quot; must be an object.</source>
        <translation>&quot;retention&quot; 必須是物件。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="79"/>
        <source>&quot;retention.tenure_band_months&quot; must be an array of months.</source>
        <translation>&quot;retention.tenure_band_months&quot; 必須是由月數組成的陣列。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="134"/>
        <source>&quot;%1&quot;: the rate %2 must be a fraction between -1 and 1 (0.02 = 2 %).</source>
        <translation>&quot;%1&quot;：利差率 %2 必須是介於 -1 到 1 之間的小數（0.02 = 2%）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="140"/>
        <source>&quot;retention.tenure_band_months&quot;: the bounds must be positive and increase (%1 does not).</source>
        <translation>&quot;retention.tenure_band_months&quot;：各分界必須為正數且逐一遞增（%1 不符合）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="145"/>
        <source>&quot;retention.default_annual_retention&quot; must be above 0 and at most 1.</source>
        <translation>&quot;retention.default_annual_retention&quot; 必須大於 0 且不超過 1。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="147"/>
        <source>&quot;max_months&quot; must be between 1 and %1.</source>
        <translation>&quot;max_months&quot; 必須介於 1 到 %1 之間。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="190"/>
        <source>The margin rates</source>
        <translation>利差率設定</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::NextBest</name>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="46"/>
        <source>the product rules</source>
        <translation>商品推薦規則</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="54"/>
        <location filename="../models/analytics/nextbest.cpp" line="57"/>
        <source>&quot;%1&quot; must be an array of words.</source>
        <translation>&quot;%1&quot; 必須是由關鍵字組成的陣列。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="68"/>
        <source>&quot;eligibility&quot; must be an object of product type → rule.</source>
        <translation>&quot;eligibility&quot; 必須是「商品類型 → 規則」形式的物件。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="77"/>
        <source>&quot;eligibility.%1&quot;: unknown product type.</source>
        <translation>&quot;eligibility.%1&quot;：未知的商品類型。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="79"/>
        <source>&quot;eligibility.%1&quot; must be an object.</source>
        <translation>&quot;eligibility.%1&quot; 必須是物件。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="114"/>
        <source>&quot;%1&quot; must be an age between 0 and %2.</source>
        <translation>&quot;%1&quot; 必須是介於 0 到 %2 之間的年齡。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="116"/>
        <source>&quot;%1&quot; must not exceed max_age.</source>
        <translation>&quot;%1&quot; 不能大於 max_age。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="120"/>
        <source>&quot;%1&quot; must not contain empty words.</source>
        <translation>&quot;%1&quot; 不能包含空白關鍵字。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="304"/>
        <source>risk R%1, as the customer&apos;s risk tolerance is unknown</source>
        <translation>風險等級 R%1（客戶風險承受度未知）</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="306"/>
        <source>risk not rated (taken as R5), within the customer&apos;s tolerance C%1</source>
        <translation>風險未評級（視為 R5），在客戶風險承受度 C%1 範圍內</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="307"/>
        <source>risk R%1 within the customer&apos;s tolerance C%2</source>
        <translation>風險等級 R%1，在客戶風險承受度 C%2 範圍內</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="322"/>
        <source>&quot;max_suggestions&quot; must be between 1 and %1.</source>
        <translation>&quot;max_suggestions&quot; 必須介於 1 到 %1 之間。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="324"/>
        <source>&quot;min_penetration&quot; must be a fraction between 0 and 1 (0.05 = 5 %).</source>
        <translation>&quot;min_penetration&quot; 必須是介於 0 到 1 之間的小數（0.05 = 5%）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="326"/>
        <source>&quot;min_peers&quot; must be at least 1.</source>
        <translation>&quot;min_peers&quot; 必須至少為 1。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="377"/>
        <source>The product rules</source>
        <translation>商品推薦規則</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="438"/>
        <source>Held by %1 % of all customers (%2 has too few customers to compare within)</source>
        <translation>全體客戶持有率 %1%（「%2」客戶過少，無法在組內比較）</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="440"/>
        <source>Held by %1 % of peers in %2</source>
        <translation>同群客戶（%2）持有率 %1%</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="443"/>
        <source>margin %1 % a year</source>
        <translation>年利差 %1%</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="444"/>
        <source>margin not known, ranked at %1 % a year (the median of similar products)</source>
        <translation>利差未知，以年利差 %1% 排序（同類商品的中位數）</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="447"/>
        <source>%1; %2; %3.</source>
        <translation>%1；%2；%3。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Rfm</name>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="31"/>
        <source>Champions</source>
        <translation>重要價值客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="32"/>
        <source>Loyal</source>
        <translation>忠誠客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="33"/>
        <source>Potential loyalists</source>
        <translation>潛在忠誠客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="34"/>
        <source>New</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="35"/>
        <source>Promising</source>
        <translation>有潛力客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="36"/>
        <source>Need attention</source>
        <translation>需關注客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="37"/>
        <source>About to sleep</source>
        <translation>即將沉睡客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="38"/>
        <source>At risk</source>
        <translation>流失風險客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="39"/>
        <source>Can&apos;t lose</source>
        <translation>不能流失客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="40"/>
        <source>Hibernating</source>
        <translation>沉睡客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="97"/>
        <location filename="../models/analytics/rfm.cpp" line="140"/>
        <source>segments[%1]: the segment needs a name.</source>
        <translation>segments[%1]：該分群需要一個名稱。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="100"/>
        <source>segment &apos;%1&apos;: the R range %2–%3 must lie within 1–5, low to high.</source>
        <translation>分群「%1」：R 範圍 %2–%3 必須在 1–5 之內，且由低到高。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="105"/>
        <source>segment &apos;%1&apos;: the F range %2–%3 must lie within 1–5, low to high.</source>
        <translation>分群「%1」：F 範圍 %2–%3 必須在 1–5 之內，且由低到高。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="132"/>
        <source>&quot;segments&quot; must be an array of {name, r, f}.</source>
        <translation>&quot;segments&quot; 必須是由 {name, r, f} 組成的陣列。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="142"/>
        <source>segment &apos;%1&apos;: &quot;r&quot; must be a score or a [low, high] pair.</source>
        <translation>分群「%1」：&quot;r&quot; 必須是一個分數或 [low, high] 區間。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="144"/>
        <source>segment &apos;%1&apos;: &quot;f&quot; must be a score or a [low, high] pair.</source>
        <translation>分群「%1」：&quot;f&quot; 必須是一個分數或 [low, high] 區間。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="157"/>
        <source>The RFM segment grid is not valid JSON: %1</source>
        <translation>RFM 分群表不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="159"/>
        <source>The RFM segment grid must be a JSON object.</source>
        <translation>RFM 分群表必須是一個 JSON 物件。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::RuleJson</name>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="61"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; 必須是 true 或 false。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="69"/>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; 必須是數字。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="79"/>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; 必須是整數。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="92"/>
        <source>&quot;%1&quot;: unknown key in %2.</source>
        <translation>&quot;%1&quot;：%2中沒有這個鍵。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="102"/>
        <source>%1 are not valid JSON: %2</source>
        <translation>%1不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="104"/>
        <source>%1 must be a JSON object.</source>
        <translation>%1必須是一個 JSON 物件。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="125"/>
        <source>The file is missing.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="128"/>
        <source>The file is not a JSON object.</source>
        <translation>該檔案不是 JSON 物件。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="141"/>
        <source>&quot;%1&quot; must be a number of at least %2 (it is %3).</source>
        <translation>&quot;%1&quot; 必須是不小於 %2 的數字（目前為 %3）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="151"/>
        <source>&quot;%1&quot; must be a number from %2 to %3 (it is %4).</source>
        <translation>&quot;%1&quot; 必須是介於 %2 到 %3 之間的數字（目前為 %4）。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::RunSupport</name>
    <message>
        <location filename="../models/analytics/runsupport.cpp" line="29"/>
        <source>Cannot read the rules: %1</source>
        <translation>無法讀取規則：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/runsupport.cpp" line="45"/>
        <location filename="../models/analytics/runsupport.cpp" line="92"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::SavedSegment</name>
    <message>
        <location filename="../models/analytics/savedsegment.cpp" line="25"/>
        <source>A saved segment needs a name.</source>
        <translation>儲存的客群需要一個名稱。</translation>
    </message>
    <message>
        <location filename="../models/analytics/savedsegment.cpp" line="27"/>
        <source>The segment “%1” has no customers.</source>
        <translation>客群「%1」中沒有客戶。</translation>
    </message>
    <message>
        <location filename="../models/analytics/savedsegment.cpp" line="49"/>
        <source>Saving the segment</source>
        <translation>正在儲存客群</translation>
    </message>
    <message>
        <location filename="../models/analytics/savedsegment.cpp" line="50"/>
        <location filename="../models/analytics/savedsegment.cpp" line="61"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/savedsegment.cpp" line="60"/>
        <source>Deleting the run</source>
        <translation>正在刪除執行紀錄</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Segmentation</name>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="128"/>
        <source>The value × risk rules are not a JSON object: %1</source>
        <translation>價值 × 風險規則不是 JSON 物件：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="140"/>
        <source>k must be at least 2 (or a range such as 2-8).</source>
        <translation>k 必須至少為 2（或為 2-8 這樣的範圍）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="151"/>
        <source>The workspace has no customers to segment.</source>
        <translation>工作區中沒有可分群的客戶。</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="161"/>
        <source>Segmenting</source>
        <translation>正在分群</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="162"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="170"/>
        <source>AUM: the top 20 % of customers hold %1 %; Gini %2.</source>
        <translation>資產管理規模：前 20% 的客戶持有 %1%；吉尼係數 %2。</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="173"/>
        <source>  branch %1: top 20 % hold %2 %, Gini %3, %4 customers</source>
        <translation>  分行 %1：前 20% 持有 %2%，吉尼係數 %3，共 %4 位客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="174"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="186"/>
        <source>Tier migration from %1 to %2 (rows: before, columns: after): %3 up, %4 down, %5 stayed.</source>
        <translation>從 %1 到 %2 的層級遷移（列：之前，欄：之後）：升級 %3，降級 %4，不變 %5。</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="200"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="274"/>
        <source>k = %1: inertia %2, silhouette %3</source>
        <translation>k = %1：簇內平方和 %2，輪廓係數 %3</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="276"/>
        <source>Suggested k = %1 (highest silhouette).</source>
        <translation>建議 k = %1（輪廓係數最高）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="302"/>
        <source>Inertia %1 after %2 iterations.</source>
        <translation>經過 %2 次迭代後，簇內平方和為 %1。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::TierMigration</name>
    <message>
        <location filename="../models/analytics/tiermigration.cpp" line="46"/>
        <source>The earlier date must come before %1.</source>
        <translation>較早的日期必須早於 %1。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Tiers</name>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="26"/>
        <source>Potential</source>
        <translation>潛力客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="27"/>
        <source>Mass</source>
        <translation>大眾客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="28"/>
        <source>Affluent</source>
        <translation>中端客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="29"/>
        <source>High net worth</source>
        <translation>高淨值客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="30"/>
        <source>Private banking</source>
        <translation>私人銀行客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="46"/>
        <source>%1tier &apos;%2&apos;: the threshold must be a finite number.</source>
        <translation>%1層級「%2」：門檻必須是有限數值。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="48"/>
        <source>%1tier &apos;%2&apos;: the threshold %3 must be greater than that of &apos;%4&apos; (%5); thresholds must increase.</source>
        <translation>%1層級「%2」：門檻 %3 必須高於「%4」的門檻（%5）；各層級門檻必須逐級遞增。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="55"/>
        <source>%1tier &apos;%2&apos;: the downgrade patience must be at least one month.</source>
        <translation>%1層級「%2」：降級觀察期必須至少為一個月。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="115"/>
        <source>A tier rule set needs at least one tier.</source>
        <translation>分層規則至少需要一個層級。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="119"/>
        <source>Every tier needs a key.</source>
        <translation>每個層級都需要一個 key。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="121"/>
        <source>tier &apos;%1&apos;: the key is used twice.</source>
        <translation>層級「%1」：該 key 被重複使用。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="127"/>
        <source>branch &apos;%1&apos;: </source>
        <translation>分行「%1」： </translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="129"/>
        <source>A branch override needs a branch id.</source>
        <translation>分行覆寫規則需要分行代號。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="131"/>
        <source>%1the thresholds list has %2 entries; it needs one per tier (%3).</source>
        <translation>%1門檻清單有 %2 項；每個層級需要一項（共 %3 項）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="136"/>
        <source>%1the patience list needs one value per tier (%2).</source>
        <translation>%1觀察期清單需要為每個層級提供一個值（共 %2 個）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="180"/>
        <source>&quot;tiers&quot; must be an array of tiers.</source>
        <translation>&quot;tiers&quot; 必須是由層級組成的陣列。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="184"/>
        <source>tiers[%1] must be an object with key, name, threshold and patience.</source>
        <translation>tiers[%1] 必須是包含 key、name、threshold 和 patience 的物件。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="189"/>
        <source>tiers[%1]: &quot;key&quot; must be a non-empty string.</source>
        <translation>tiers[%1]：&quot;key&quot; 必須是非空字串。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="193"/>
        <source>tier &apos;%1&apos;: &quot;threshold&quot; must be a number.</source>
        <translation>層級「%1」：&quot;threshold&quot; 必須是數字。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="198"/>
        <source>tier &apos;%1&apos;: &quot;patience&quot; must be a whole number of months.</source>
        <translation>層級「%1」：&quot;patience&quot; 必須是整數個月。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="206"/>
        <source>&quot;branches&quot; must be an object of branch id → override.</source>
        <translation>&quot;branches&quot; 必須是「分行代號 → 覆寫規則」形式的物件。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="212"/>
        <location filename="../models/analytics/tiers.cpp" line="216"/>
        <source>branch &apos;%1&apos;: &quot;thresholds&quot; must be an array of numbers.</source>
        <translation>分行「%1」：&quot;thresholds&quot; 必須是數字陣列。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="222"/>
        <location filename="../models/analytics/tiers.cpp" line="225"/>
        <source>branch &apos;%1&apos;: &quot;patience&quot; must be an array of whole numbers.</source>
        <translation>分行「%1」：&quot;patience&quot; 必須是整數陣列。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="242"/>
        <source>The tier rules are not valid JSON: %1</source>
        <translation>分層規則不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="244"/>
        <source>The tier rules must be a JSON object.</source>
        <translation>分層規則必須是一個 JSON 物件。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::ValueRisk</name>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="69"/>
        <source>Quality credit customers</source>
        <translation>優質信貸客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="71"/>
        <source>Potential customers</source>
        <translation>潛力客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="73"/>
        <source>General customers</source>
        <translation>一般客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="75"/>
        <source>High-risk customers</source>
        <translation>高風險客戶</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="85"/>
        <source>&quot;qualityValueFrom&quot; must not be negative.</source>
        <translation>&quot;qualityValueFrom&quot; 不能為負數。</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="87"/>
        <source>&quot;goodRatingFrom&quot; and &quot;highRiskAtOrBelow&quot; must be ratings from AAA to CCC.</source>
        <translation>&quot;goodRatingFrom&quot; 和 &quot;highRiskAtOrBelow&quot; 必須是 AAA 到 CCC 之間的信用評級。</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="89"/>
        <source>&quot;goodRatingFrom&quot; (%1) must be a better rating than &quot;highRiskAtOrBelow&quot; (%2).</source>
        <translation>&quot;goodRatingFrom&quot;（%1）必須是比 &quot;highRiskAtOrBelow&quot;（%2）更好的信用評級。</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="92"/>
        <location filename="../models/analytics/valuerisk.cpp" line="141"/>
        <source>&quot;unknownRating&quot; must be one of quality-credit, potential, general, high-risk.</source>
        <translation>&quot;unknownRating&quot; 必須是 quality-credit、potential、general、high-risk 之一。</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="121"/>
        <source>&quot;qualityValueFrom&quot; must be a whole number (a value tier index).</source>
        <translation>&quot;qualityValueFrom&quot; 必須是整數（價值層級的序號）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="130"/>
        <source>&quot;%1&quot; must be a rating from AAA to CCC.</source>
        <translation>&quot;%1&quot; 必須是 AAA 到 CCC 之間的信用評級。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Warnings</name>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="213"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="231"/>
        <source>AUM fell %1 % in %n month(s), from %2 to %3</source>
        <translation>
            <numerusform>資產管理規模在 %n 個月內下降 %1%，從 %2 降至 %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="234"/>
        <source>Outflow of %1 on %2, %3 times the usual daily outflow (median %4)</source>
        <translation>%2 流出 %1，為平常單日流出額（中位數 %4）的 %3 倍</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="238"/>
        <source>No active transaction for %n day(s), the last on %1; AUM %2</source>
        <translation>
            <numerusform>已 %n 天無主動交易，最近一次在 %1；資產管理規模 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="240"/>
        <source>No active transaction for %n day(s) since joining; AUM %1</source>
        <translation>
            <numerusform>開戶以來 %n 天無主動交易；資產管理規模 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="244"/>
        <source>A product</source>
        <translation>某商品</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="245"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="246"/>
        <source>%1 matures on %2, in %n day(s); balance %3</source>
        <translation>
            <numerusform>%1 將於 %2 到期（%n 天後）；餘額 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="252"/>
        <source>AUM %1 below the %2 threshold of %3 for %n month(s); the tier drops after %4 months below</source>
        <translation>
            <numerusform>資產管理規模 %1 已有 %n 個月低於「%2」門檻 %3；低於門檻滿 %4 個月將降級</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="301"/>
        <source>AUM drop</source>
        <translation>資產下降</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="302"/>
        <source>Large outflow</source>
        <translation>大額流出</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="303"/>
        <source>Dormancy</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="304"/>
        <source>Maturity</source>
        <translation>商品到期</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="305"/>
        <source>Tier watch</source>
        <translation>層級觀察</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="350"/>
        <source>The warning rules</source>
        <translation>預警規則</translation>
    </message>
</context>
<context>
    <name>tierwise::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="81"/>
        <location filename="../app/cli/cli.cpp" line="95"/>
        <source>tierwise-cli: %1</source>
        <translation>tierwise-cli：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="92"/>
        <source>The language of the messages and of a brief: en, zh_CN or zh_TW (default: the system locale&apos;s).</source>
        <translation>訊息和簡報的語言：en、zh_CN 或 zh_TW（預設：系統地區設定的語言）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="96"/>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>執行「%1 --help」查看選項。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="114"/>
        <source>tierwise-cli: unknown encoding &apos;%1&apos;; use utf-8, gb18030 or big5%2.</source>
        <translation>tierwise-cli：未知的編碼「%1」；請使用 utf-8、gb18030 或 big5%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="115"/>
        <source> (or auto)</source>
        <translation>（或 auto）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="131"/>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="143"/>
        <source>%1: refused</source>
        <translation>%1：被拒絕</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="146"/>
        <source>%1: %2, %3 (%4% sure): %5 rows read, %6 inserted, %7 updated, %8 already present, %9 rejected</source>
        <translation>%1：%2，%3（把握度 %4%）：讀取 %5 列，新增 %6 列，更新 %7 列，已存在 %8 列，拒絕 %9 列</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="151"/>
        <source>  ignored columns: %1</source>
        <translation>  已忽略的欄：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="161"/>
        <source>%n row(s) or file(s) rejected:</source>
        <translation>
            <numerusform>共有 %n 列或檔案被拒絕：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="175"/>
        <source>  … and %1 more.</source>
        <translation>  ……另有 %1 筆。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="177"/>
        <source>By reason:</source>
        <translation>依原因統計：</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="182"/>
        <source>The full list is in %1</source>
        <translation>完整清單見 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="226"/>
        <source>%1 written to %2</source>
        <translation>%1已寫入 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="252"/>
        <source>tierwise-cli: --lang: unknown language &apos;%1&apos;; use en, zh_CN or zh_TW.</source>
        <translation>tierwise-cli：--lang：未知語言「%1」；請使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="281"/>
        <source>Usage: tierwise-cli COMMAND [OPTIONS]

Commands:
  generate  write a synthetic bank&apos;s extracts (CSV)
  import    import extracts into a workspace, all or nothing
  info      show what a workspace holds
  segment   segment the customers: value tiers, RFM, k-means or value × risk
  clv       lifetime value, lifecycle stages, cohorts, early warnings, next-best products
  brief     print a PDF brief on the segments for a branch manager
  demo      generate a demo book, import it, segment it, value it and print a brief

Run &apos;tierwise-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>用法：tierwise-cli COMMAND [OPTIONS]

命令：
  generate  產生一家模擬銀行的資料擷取檔（CSV）
  import    將資料擷取檔匯入工作區，要麼全部匯入，要麼全部不匯入
  info      顯示工作區中的內容
  segment   對客戶分群：價值層級、RFM、k-means 或價值 × 風險
  clv       客戶終身價值、生命週期階段、同期群、預警、推薦商品
  brief     為分行經理列印客群 PDF 簡報
  demo      產生示範資料，並匯入、分群、估值及列印簡報

執行「tierwise-cli COMMAND --help」查看命令的選項。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="295"/>
        <source>tierwise-cli: unknown command &apos;%1&apos;.</source>
        <translation>tierwise-cli：未知的命令「%1」。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="303"/>
        <location filename="../app/cli/cli.cpp" line="768"/>
        <source>Number of customers (default 10000).</source>
        <translation>客戶數（預設 10000）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="303"/>
        <location filename="../app/cli/cli.cpp" line="458"/>
        <location filename="../app/cli/cli.cpp" line="462"/>
        <location filename="../app/cli/cli.cpp" line="542"/>
        <location filename="../app/cli/cli.cpp" line="545"/>
        <location filename="../app/cli/cli.cpp" line="768"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="304"/>
        <source>Months of balances and transactions (default 24).</source>
        <translation>餘額和交易的月數（預設 24）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="304"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="305"/>
        <source>Random seed; the same seed gives the same files (default 1).</source>
        <translation>亂數種子；相同的種子產生相同的檔案（預設 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="305"/>
        <location filename="../app/cli/cli.cpp" line="461"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="306"/>
        <source>utf-8 (English headers), gb18030 (Simplified Chinese headers) or big5 (Traditional Chinese headers).</source>
        <translation>utf-8（英文標題列）、gb18030（簡體中文標題列）或 big5（繁體中文標題列）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="307"/>
        <location filename="../app/cli/cli.cpp" line="353"/>
        <source>ENC</source>
        <translation>ENC</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="308"/>
        <source>Output folder.</source>
        <translation>輸出資料夾。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="308"/>
        <location filename="../app/cli/cli.cpp" line="767"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="310"/>
        <source>Writes the extracts of a synthetic bank: branches, products, customers, accounts, balances, holdings and transactions.</source>
        <translation>產生一家模擬銀行的資料擷取檔：分行、商品、客戶、帳戶、餘額、商品持有和交易。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="317"/>
        <source>--customers must be a whole number from 1 to 50,000,000.</source>
        <translation>--customers 必須是 1 到 50,000,000 之間的整數。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="320"/>
        <source>--months must be a whole number from 1 to 240.</source>
        <translation>--months 必須是 1 到 240 之間的整數。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="323"/>
        <location filename="../app/cli/cli.cpp" line="498"/>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed 必須是非負整數。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="333"/>
        <source>Name the output folder with --out DIR.</source>
        <translation>請用 --out DIR 指定輸出資料夾。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="342"/>
        <source>Generated %1 customers over %2 months in %3 (%4 s).</source>
        <translation>已在 %3 產生 %1 個客戶、%2 個月的資料（%4 秒）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="351"/>
        <source>The workspace file (created if missing).</source>
        <translation>工作區檔案（不存在時自動建立）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="351"/>
        <location filename="../app/cli/cli.cpp" line="420"/>
        <location filename="../app/cli/cli.cpp" line="451"/>
        <location filename="../app/cli/cli.cpp" line="539"/>
        <location filename="../app/cli/cli.cpp" line="674"/>
        <source>W.tierwise</source>
        <translation>W.tierwise</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="352"/>
        <source>JSON column mapping.</source>
        <translation>JSON 欄位對應檔。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="352"/>
        <source>M.json</source>
        <translation>M.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="353"/>
        <source>auto (default), utf-8, gb18030 or big5.</source>
        <translation>auto（預設）、utf-8、gb18030 或 big5。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="354"/>
        <source>Commit the valid rows even if some are rejected.</source>
        <translation>即使有列被拒絕，也提交有效的列。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="355"/>
        <source>Where to write the rejection report (CSV).</source>
        <translation>拒絕報告（CSV）的寫入位置。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="355"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="356"/>
        <source>Reject dates after this date (default: today).</source>
        <translation>拒絕晚於此日期的日期（預設：今天）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="356"/>
        <location filename="../app/cli/cli.cpp" line="455"/>
        <location filename="../app/cli/cli.cpp" line="457"/>
        <location filename="../app/cli/cli.cpp" line="541"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="357"/>
        <source>files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="357"/>
        <source>The extracts (CSV, TSV, text).</source>
        <translation>資料擷取檔（CSV、TSV、文字）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="357"/>
        <source>FILE…</source>
        <translation>FILE…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="359"/>
        <source>Imports extracts into a workspace in one transaction: by default any rejected row means nothing is imported.</source>
        <translation>在單一資料庫交易中將資料擷取檔匯入工作區：預設情況下，只要有一列被拒絕，就不匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="364"/>
        <location filename="../app/cli/cli.cpp" line="426"/>
        <location filename="../app/cli/cli.cpp" line="471"/>
        <location filename="../app/cli/cli.cpp" line="567"/>
        <location filename="../app/cli/cli.cpp" line="691"/>
        <source>Name the workspace with --workspace W.tierwise.</source>
        <translation>請用 --workspace W.tierwise 指定工作區。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="367"/>
        <source>Name the files to import.</source>
        <translation>請指定要匯入的檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="370"/>
        <source>No such file.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="397"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>匯入已取消，工作區未作任何變更。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="404"/>
        <source>Nothing was imported: %1 rejected. Correct the files, or use --accept-partial to import the valid rows.</source>
        <translation>未匯入任何資料：%1 項被拒絕。請更正檔案，或使用 --accept-partial 匯入有效的列。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="411"/>
        <source>Imported into %1 in %2 s (%3 rows/s).</source>
        <translation>已匯入到 %1，耗時 %2 秒（每秒 %3 列）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="420"/>
        <location filename="../app/cli/cli.cpp" line="451"/>
        <location filename="../app/cli/cli.cpp" line="539"/>
        <location filename="../app/cli/cli.cpp" line="674"/>
        <source>The workspace file.</source>
        <translation>工作區檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="422"/>
        <source>Shows what a workspace holds.</source>
        <translation>顯示工作區中的內容。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="433"/>
        <source>Workspace     %1</source>
        <translation>工作區        %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="434"/>
        <source>Schema        version %1</source>
        <translation>結構版本      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="435"/>
        <source>As of         %1</source>
        <translation>資料截至      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="435"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="436"/>
        <source>Branches      %1</source>
        <translation>分行          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="437"/>
        <source>Products      %1</source>
        <translation>商品          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="438"/>
        <source>Customers     %1</source>
        <translation>客戶          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="439"/>
        <source>Accounts      %1</source>
        <translation>帳戶          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="440"/>
        <source>Balances      %1 customer-months (last month %2)</source>
        <translation>餘額          %1 個客戶月（最近月份 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="440"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="441"/>
        <source>Holdings      %1</source>
        <translation>商品持有      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="442"/>
        <source>Transactions  %1 (%2 to %3)</source>
        <translation>交易          %1 筆（%2 至 %3）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="443"/>
        <source>Imports       %1 committed, %2 rejections recorded, data version %3</source>
        <translation>匯入          已提交 %1 次，已記錄 %2 筆拒絕，資料版本 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="452"/>
        <source>tiers, rfm, kmeans or composite (value tier × credit rating).</source>
        <translation>tiers、rfm、kmeans 或 composite（價值層級 × 信用評級）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="453"/>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="454"/>
        <source>Segment as of this date (default: the latest date in the workspace).</source>
        <translation>以此日期作為資料截至日期進行分群（預設：工作區中的最新日期）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="456"/>
        <source>tiers: also tier as of this earlier date and show the migration.</source>
        <translation>tiers：同時按此較早日期分層並顯示遷移矩陣。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="458"/>
        <source>k-means: the number of clusters.</source>
        <translation>k-means：聚類個數。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="459"/>
        <source>k-means: try every k from A to B and keep the best silhouette (default 2-8).</source>
        <translation>k-means：逐一嘗試從 A 到 B 的每個 k，保留輪廓係數最高的結果（預設 2-8）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="460"/>
        <source>A-B</source>
        <translation>A-B</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="461"/>
        <source>k-means: random seed (default 1).</source>
        <translation>k-means：隨機種子（預設 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="462"/>
        <source>k-means: restarts (default 10).</source>
        <translation>k-means：重新啟動次數（預設 10）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="463"/>
        <source>JSON tier rules (tiers, composite) or RFM segment grid (rfm).</source>
        <translation>JSON 格式的分層規則（tiers、composite）或 RFM 分群表（rfm）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="463"/>
        <location filename="../app/cli/cli.cpp" line="551"/>
        <location filename="../app/cli/cli.cpp" line="552"/>
        <location filename="../app/cli/cli.cpp" line="553"/>
        <location filename="../app/cli/cli.cpp" line="554"/>
        <location filename="../app/cli/cli.cpp" line="555"/>
        <source>R.json</source>
        <translation>R.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="464"/>
        <source>composite: JSON value × risk cut-offs.</source>
        <translation>composite：價值 × 風險分界（JSON）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="464"/>
        <source>V.json</source>
        <translation>V.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="465"/>
        <source>Write the assignments as CSV: customer_id,segment,…</source>
        <translation>將分群結果寫入 CSV：customer_id,segment,…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="465"/>
        <location filename="../app/cli/cli.cpp" line="556"/>
        <location filename="../app/cli/cli.cpp" line="558"/>
        <location filename="../app/cli/cli.cpp" line="559"/>
        <location filename="../app/cli/cli.cpp" line="560"/>
        <source>F.csv</source>
        <translation>F.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="467"/>
        <source>Segments the customers as of a date and keeps the result as a new run.</source>
        <translation>依指定的資料截至日期對客戶進行分群，並將結果儲存為新的執行紀錄。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="475"/>
        <source>Unknown method &apos;%1&apos;; use tiers, rfm, kmeans or composite.</source>
        <translation>未知的方法「%1」；請使用 tiers、rfm、kmeans 或 composite。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="485"/>
        <source>--k must be a whole number of at least 2.</source>
        <translation>--k 必須是不小於 2 的整數。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="494"/>
        <source>--k-range must look like 2-8 (from 2 up to 50).</source>
        <translation>--k-range 的格式必須類似 2-8（取值 2 到 50）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="501"/>
        <source>--restarts must be a whole number from 1 to 1,000.</source>
        <translation>--restarts 必須是 1 到 1,000 之間的整數。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="512"/>
        <source>Segmentation cancelled; the workspace is unchanged.</source>
        <translation>分群已取消，工作區未作任何變更。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="517"/>
        <source>Run %1 (%2) as of %3: %4 customers in %5 segments, %6 s.</source>
        <translation>執行紀錄 %1（%2），資料截至 %3：%4 位客戶，分為 %5 個客群，耗時 %6 秒。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="531"/>
        <source>Assignments written to %1</source>
        <translation>分群結果已寫入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="540"/>
        <source>Value the customers as of this date (default: the latest date in the workspace).</source>
        <translation>以此日期作為資料截至日期估算客戶價值（預設：工作區中的最新日期）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="542"/>
        <source>CLV horizon in months (default 12).</source>
        <translation>CLV 預測期月數（預設 12）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="543"/>
        <source>Monthly discount rate (default 0.01).</source>
        <translation>月折現率（預設 0.01）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="543"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="544"/>
        <source>Check the model on this many months before the as-of date (default 6; 0: no check).</source>
        <translation>以資料截至日期前的 N 個月作為驗證期檢驗模型（預設 6；0 表示不檢驗）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="546"/>
        <source>The models&apos; time unit: weeks (default) or days.</source>
        <translation>模型的時間單位：weeks（預設）或 days。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="546"/>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="547"/>
        <source>Which CLV drives the value bands: margin (default) or transaction.</source>
        <translation>劃分價值分層所依據的 CLV：margin（預設，利潤貢獻 CLV）或 transaction（交易 CLV）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="548"/>
        <source>BASIS</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="549"/>
        <source>Cumulative shares of the high and medium value bands (default 20,50).</source>
        <translation>高價值和中價值分層的累計佔比（預設 20,50）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="550"/>
        <source>H,M</source>
        <translation>H,M</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="551"/>
        <source>JSON margin rates per balance type.</source>
        <translation>JSON 格式的各餘額類型利差率。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="552"/>
        <source>JSON lifecycle stage rules.</source>
        <translation>JSON 格式的生命週期階段規則。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="553"/>
        <source>JSON early-warning thresholds.</source>
        <translation>JSON 格式的預警門檻。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="554"/>
        <source>JSON next-best product rules (eligibility, suggestions).</source>
        <translation>JSON 格式的推薦商品規則（適用條件、推薦設定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="555"/>
        <source>JSON value tier rules (the peers of next-best products, tier watch).</source>
        <translation>JSON 格式的價值層級規則（用於決定推薦商品的同群客戶及層級觀察）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="556"/>
        <source>Write the scores as CSV: customer_id,frequency,recency_days,t_days,…</source>
        <translation>將評分結果寫入 CSV：customer_id,frequency,recency_days,t_days,…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="557"/>
        <source>Write the fitted models as JSON.</source>
        <translation>將擬合的模型寫入 JSON。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="557"/>
        <source>F.json</source>
        <translation>F.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="558"/>
        <source>Write the cohort triangle as CSV.</source>
        <translation>將同期群三角表寫入 CSV。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="559"/>
        <source>Write the early warnings as CSV.</source>
        <translation>將預警寫入 CSV。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="560"/>
        <source>Write the next-best products as CSV.</source>
        <translation>將推薦商品寫入 CSV。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="562"/>
        <source>Estimates lifetime values (BG/NBD + Gamma-Gamma and bank margin), lifecycle stages, cohorts, early warnings and next-best products, and keeps them as a new run.</source>
        <translation>估算客戶終身價值（BG/NBD + Gamma-Gamma 及銀行利差）、生命週期階段、同期群、預警和推薦商品，並將結果儲存為新的執行紀錄。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="574"/>
        <source>--horizon-months must be a whole number.</source>
        <translation>--horizon-months 必須是整數。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="577"/>
        <source>--discount-monthly must be a number such as 0.01.</source>
        <translation>--discount-monthly 必須是數字，例如 0.01。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="580"/>
        <source>--holdout-months must be a whole number.</source>
        <translation>--holdout-months 必須是整數。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="587"/>
        <source>Unknown time unit &apos;%1&apos;; use weeks or days.</source>
        <translation>未知的時間單位「%1」；請使用 weeks 或 days。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="594"/>
        <source>Unknown value basis &apos;%1&apos;; use margin or transaction.</source>
        <translation>未知的價值依據「%1」；請使用 margin 或 transaction。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="603"/>
        <source>--value-bands must look like 20,50 (cumulative percentages).</source>
        <translation>--value-bands 的格式必須類似 20,50（累計百分比）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="615"/>
        <source>The lifetime value run was cancelled; the workspace is unchanged.</source>
        <translation>客戶終身價值測算已取消，工作區未作任何變更。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="619"/>
        <source>Run %1 (clv) as of %2: %3 customers, %4 s.</source>
        <translation>執行紀錄 %1（clv），資料截至 %2：%3 位客戶，耗時 %4 秒。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="622"/>
        <source>BG/NBD (weeks as the time unit: %1): r %2, alpha %3, a %4, b %5; log-likelihood %6.</source>
        <translation>BG/NBD（以週為時間單位：%1）：r %2，alpha %3，a %4，b %5；對數概似 %6。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="623"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="623"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="628"/>
        <source>Gamma-Gamma on %1 repeat buyers: p %2, q %3, v %4; log-likelihood %5.</source>
        <translation>Gamma-Gamma（基於 %1 位重複交易客戶）：p %2，q %3，v %4；對數概似 %5。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="639"/>
        <source>Transaction CLV over %1 months: %2 in total; margin CLV: %3 in total.</source>
        <translation>交易 CLV（%1 個月）：合計 %2；利潤貢獻 CLV：合計 %3。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="644"/>
        <source>Lifecycle stages:</source>
        <translation>生命週期階段：</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="652"/>
        <source>Early warnings: %1; next-best products: %2 suggestions; %3 cohorts.</source>
        <translation>預警：%1 則；推薦商品：%2 項推薦；同期群：%3 個。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="658"/>
        <source>Scores</source>
        <translation>評分結果</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="660"/>
        <source>Model parameters</source>
        <translation>模型參數</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="662"/>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="664"/>
        <source>Early warnings</source>
        <translation>預警</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="666"/>
        <source>Next-best products</source>
        <translation>推薦商品</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="675"/>
        <source>tiers (default), rfm, kmeans, composite, lifecycle or value_band: the newest run of it.</source>
        <translation>tiers（預設）、rfm、kmeans、composite、lifecycle 或 value_band：使用其最新一次執行結果。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="676"/>
        <location filename="../app/cli/cli.cpp" line="681"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="677"/>
        <source>all (default), or segment keys separated by commas.</source>
        <translation>all（預設），或以逗號分隔的客群代碼。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="677"/>
        <source>KEYS</source>
        <translation>KEYS</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="679"/>
        <source>Only the customers of this branch (default: all branches).</source>
        <translation>僅包含此分行的客戶（預設：全部分行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="679"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="93"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="680"/>
        <source>The bank&apos;s name on the cover (default: the workspace file&apos;s name).</source>
        <translation>封面上的銀行名稱（預設：工作區檔案名稱）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="682"/>
        <source>Print customer ids unmasked (recorded in the workspace&apos;s audit log).</source>
        <translation>列印未遮罩的客戶編號（記入工作區的稽核日誌）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="683"/>
        <source>The PDF to write.</source>
        <translation>要寫入的 PDF 檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="683"/>
        <source>F.pdf</source>
        <translation>F.pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="685"/>
        <source>Prints a PDF brief on the segments of a segmentation for a branch manager: the summary, and per segment its figures, map, distributions, cohorts, profile, warnings, next-best products and strategy.</source>
        <translation>為分行經理列印某一分群方式下各客群的 PDF 簡報：包括摘要，以及每個客群的關鍵數據、客群地圖、分佈、同期群、畫像、預警、推薦商品和策略。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="694"/>
        <source>Name the PDF with --out F.pdf.</source>
        <translation>請用 --out F.pdf 指定 PDF 檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="700"/>
        <source>--segmentation: unknown segmentation &apos;%1&apos;; use %2.</source>
        <translation>--segmentation：未知的分群方式「%1」；請使用 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="709"/>
        <source>--segments: name segment keys separated by commas, or all.</source>
        <translation>--segments：請指定以逗號分隔的客群代碼，或使用 all。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="715"/>
        <source>The brief needs the graphical part of Qt (fonts, PDF).</source>
        <translation>產生簡報需要 Qt 的圖形元件（字型、PDF）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="729"/>
        <source>The brief was cancelled; nothing was written.</source>
        <translation>簡報已取消，未寫入任何檔案。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="740"/>
        <source>tierwise-cli: --%1: %2</source>
        <translation>tierwise-cli：--%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="757"/>
        <source>Brief written to %1: %2 pages, %n segment(s), %3 customers (%4 s to gather, %5 s to print).</source>
        <translation>
            <numerusform>簡報已寫入 %1：%2 頁，%n 個客群，%3 位客戶（收集資料 %4 秒，列印 %5 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="767"/>
        <source>Folder for the demo data and workspace.</source>
        <translation>存放示範資料和工作區的資料夾。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="770"/>
        <source>Generates a demo bank, imports it into DIR/demo.tierwise, tiers it, estimates lifetime values and prints the segment brief DIR/demo.pdf.</source>
        <translation>產生一家示範銀行，將其匯入 DIR/demo.tierwise，進行價值分層，估算客戶終身價值，並列印客群簡報 DIR/demo.pdf。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="776"/>
        <source>Name the demo folder with --out DIR.</source>
        <translation>請用 --out DIR 指定示範資料夾。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="786"/>
        <source>1/5 Generating the demo bank…</source>
        <translation>1/5 正在產生示範銀行…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="791"/>
        <source>2/5 Importing it…</source>
        <translation>2/5 正在匯入…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="805"/>
        <source>3/5 Tiering the customers by AUM…</source>
        <translation>3/5 正在依資產管理規模對客戶分層…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="810"/>
        <source>4/5 Estimating lifetime values…</source>
        <translation>4/5 正在估算客戶終身價值…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="820"/>
        <source>5/5 Printing the segment brief…</source>
        <translation>5/5 正在列印客群簡報…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="822"/>
        <source>Demo Bank</source>
        <translation>示範銀行</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="826"/>
        <source>The demo workspace is %1</source>
        <translation>示範工作區：%1</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::CsvReader</name>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="47"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="49"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="50"/>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="307"/>
        <location filename="../models/ingest/csvreader.cpp" line="645"/>
        <source>read error: %1</source>
        <translation>讀取錯誤：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="328"/>
        <source> (the file was read as %1; if it was saved in another encoding, choose that encoding)</source>
        <translation>（檔案以 %1 讀取；如果檔案是以其他編碼儲存的，請選擇該編碼）</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="420"/>
        <source>more than %1 fields in one record</source>
        <translation>一筆記錄中的欄位超過 %1 個</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="468"/>
        <location filename="../models/ingest/csvreader.cpp" line="487"/>
        <location filename="../models/ingest/csvreader.cpp" line="533"/>
        <source>field longer than %1</source>
        <translation>欄位長度超過 %1</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="475"/>
        <source>quoted field not closed: the quote opened on line %1 has no closing quote before the end of the file</source>
        <translation>引號欄位未閉合：第 %1 行開始的引號在檔案結束前沒有對應的結束引號</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="481"/>
        <location filename="../models/ingest/csvreader.cpp" line="515"/>
        <location filename="../models/ingest/csvreader.cpp" line="547"/>
        <location filename="../models/ingest/csvreader.cpp" line="751"/>
        <source>NUL byte in the text (a binary file, or UTF-16 text?)</source>
        <translation>文字中含有 NUL 位元組（可能是二進位檔或 UTF-16 文字？）</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="522"/>
        <source>unexpected text after the closing quote of a quoted field</source>
        <translation>引號欄位的結束引號後面有多餘的文字</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="540"/>
        <source>stray quote inside an unquoted field (a field with quotes must be quoted as a whole, with each quote doubled)</source>
        <translation>未加引號的欄位中出現了引號（含引號的欄位必須整體加上引號，並將其中每個引號重複兩次）</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="649"/>
        <source>file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="655"/>
        <source>the file is UTF-16 text; save it as UTF-8 (or GB18030/Big5) delimited text</source>
        <translation>該檔案是 UTF-16 文字；請另存為 UTF-8（或 GB18030/Big5）分隔文字</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="659"/>
        <source>the file is a ZIP archive or an Excel workbook (.xlsx), not delimited text; save it as CSV</source>
        <translation>該檔案是 ZIP 壓縮檔或 Excel 活頁簿（.xlsx），不是分隔文字；請另存為 CSV</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="663"/>
        <source>the file is an Excel 97-2003 workbook (.xls), not delimited text; save it as CSV</source>
        <translation>該檔案是 Excel 97-2003 活頁簿（.xls），不是分隔文字；請另存為 CSV</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="671"/>
        <source>chosen by the user</source>
        <translation>由使用者指定</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="696"/>
        <source>%1 (first non-ASCII byte at offset %2)</source>
        <translation>%1（第一個非 ASCII 位元組位於位移 %2）</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="708"/>
        <source>cannot seek in the file</source>
        <translation>無法在檔案中定位</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="771"/>
        <location filename="../models/ingest/csvreader.cpp" line="779"/>
        <source>cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="775"/>
        <source>cannot open the file: it is a folder</source>
        <translation>無法開啟檔案：這是一個資料夾</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::FileKind</name>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="225"/>
        <source>branches</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="226"/>
        <source>products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="227"/>
        <source>customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="228"/>
        <source>accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="229"/>
        <source>balances</source>
        <translation>餘額</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="230"/>
        <source>holdings</source>
        <translation>商品持有</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="231"/>
        <source>transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="234"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="267"/>
        <source>customer id</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="268"/>
        <source>account id</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="269"/>
        <source>branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="270"/>
        <source>branch name</source>
        <translation>分行名稱</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="271"/>
        <source>product code</source>
        <translation>商品代碼</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="272"/>
        <source>product name</source>
        <translation>商品名稱</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="273"/>
        <source>product type</source>
        <translation>商品類型</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="274"/>
        <source>risk level</source>
        <translation>風險等級</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="275"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="276"/>
        <source>gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="277"/>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="278"/>
        <source>age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="279"/>
        <source>open date</source>
        <translation>開戶日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="280"/>
        <source>close date</source>
        <translation>銷戶日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="281"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="282"/>
        <source>balance date</source>
        <translation>餘額日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="283"/>
        <source>maturity date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="284"/>
        <source>balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="285"/>
        <source>transaction id</source>
        <translation>交易序號</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="286"/>
        <source>transaction date</source>
        <translation>交易日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="287"/>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="288"/>
        <source>debit/credit</source>
        <translation>借貸別</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="289"/>
        <source>current deposits</source>
        <translation>活期存款</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="290"/>
        <source>term deposits</source>
        <translation>定期存款</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="404"/>
        <source>The header does not name the columns of any known file kind. A customers file needs a customer id (%1); a transactions file a customer or account id, a transaction date (%2) and an amount (%3); a balances file a customer id, a month (%4) and balance columns. Use a mapping file (--mapping) to name the columns.</source>
        <translation>標題列中的欄名不屬於任何已知的檔案類型。客戶檔案需要客戶編號欄（%1）；交易檔案需要客戶編號或帳號欄、交易日期欄（%2）和金額欄（%3）；餘額檔案需要客戶編號欄、月份欄（%4）和餘額欄。請使用對應檔（--mapping）指定各欄。</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::Generator</name>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1220"/>
        <source>The number of customers must be between 1 and 999,999,999.</source>
        <translation>客戶數必須介於 1 到 999,999,999 之間。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1222"/>
        <source>The number of months must be between 1 and 600.</source>
        <translation>月數必須介於 1 到 600 之間。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1224"/>
        <source>The last month is not a valid month.</source>
        <translation>最後一個月份無效。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1226"/>
        <source>No output folder was given.</source>
        <translation>未指定輸出資料夾。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1228"/>
        <source>Simplified Chinese headers cannot be written in Big5; use Traditional Chinese headers or another encoding.</source>
        <translation>簡體中文標題列無法以 Big5 編碼寫入；請使用繁體中文標題列或其他編碼。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1267"/>
        <source>This system cannot convert text to %1.</source>
        <translation>本系統無法將文字轉換為 %1。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1294"/>
        <source>The text &quot;%1&quot; cannot be written in %2.</source>
        <translation>文字「%1」無法以 %2 編碼寫入。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1372"/>
        <source>Cannot create %1: %2</source>
        <translation>無法建立 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1397"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>無法將 %1 重新命名為 %2。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1421"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1543"/>
        <source>Generating customers</source>
        <translation>正在產生客戶</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1544"/>
        <source>Generation cancelled.</source>
        <translation>已取消產生。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1548"/>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1569"/>
        <source>Out of memory while generating customers.</source>
        <translation>產生客戶時記憶體不足。</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::Importer</name>
    <message>
        <location filename="../models/ingest/importer.cpp" line="155"/>
        <source>No files to import.</source>
        <translation>沒有要匯入的檔案。</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="204"/>
        <source>Importing %1</source>
        <translation>正在匯入 %1</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="299"/>
        <source>Checking %1</source>
        <translation>正在檢查 %1</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="309"/>
        <source>This transactions file was already imported on %1 (import #%2); importing it again would add nothing.</source>
        <translation>該交易檔案已於 %1 匯入（匯入編號 %2）；再次匯入不會增加任何資料。</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="320"/>
        <source>The same transactions file is given twice.</source>
        <translation>同一個交易檔案被指定了兩次。</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="393"/>
        <source>More than %1 rejections; the rest were not listed.</source>
        <translation>拒絕記錄超過 %1 筆；其餘的未列出。</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="470"/>
        <source>Committing</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="774"/>
        <location filename="../models/ingest/importer.cpp" line="82"/>
        <location filename="../models/ingest/importer.cpp" line="300"/>
        <location filename="../models/ingest/importer.cpp" line="471"/>
        <source>Import cancelled.</source>
        <translation>匯入已取消。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="179"/>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="41"/>
        <source>… (%1 bytes)</source>
        <translation>……（共 %1 位元組）</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="223"/>
        <source>Cannot tell what this file holds. %1</source>
        <translation>無法判斷該檔案的內容。%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="245"/>
        <source>Columns %1 (&apos;%2&apos;) and %3 (&apos;%4&apos;) both hold the %5; map one of them to another field or skip it in a mapping file.</source>
        <translation>第 %1 欄（「%2」）和第 %3 欄（「%4」）都是%5；請在對應檔中將其中一欄對應到其他欄位或略過。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="260"/>
        <source>A %1 file needs a column for %2.</source>
        <translation>%1檔案需要包含以下欄位：%2。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="261"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="497"/>
        <source>Expected %1 fields, found %2.</source>
        <translation>應有 %1 個欄位，實際為 %2 個。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="524"/>
        <source>Unknown product type; use current, term, wealth, fund, insurance, credit_card, consumer_loan, mortgage, business_loan or other.</source>
        <translation>未知的商品類型；請使用 current、term、wealth、fund、insurance、credit_card、consumer_loan、mortgage、business_loan 或 other。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="585"/>
        <source>A risk level is 1 to 5 (R1–R5, C1–C5, 保守型 … 进取型).</source>
        <translation>風險等級為 1 到 5（R1–R5、C1–C5、保守型 … 進取型）。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="600"/>
        <source>Gender must be M or F (男/女); map other codes in a mapping file.</source>
        <translation>性別必須是 M 或 F（男/女）；其他代碼請在對應檔中對應。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="610"/>
        <source>Debit/credit must be credit or debit (贷/借); map other codes in a mapping file.</source>
        <translation>借貸別必須是 credit 或 debit（貸/借）；其他代碼請在對應檔中對應。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="630"/>
        <source>The %1 is before 1900.</source>
        <translation>%1早於 1900 年。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="632"/>
        <source>The %1 is after the as-of date %2.</source>
        <translation>%1晚於資料截止日期 %2。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="641"/>
        <source>The customer would be over 120 years old.</source>
        <translation>客戶年齡將超過 120 歲。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="645"/>
        <source>An age is 0 to 120.</source>
        <translation>年齡應為 0 到 120。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="659"/>
        <source>The month is after the as-of date %1.</source>
        <translation>月份晚於資料截止日期 %1。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="662"/>
        <source>The close date is before the open date.</source>
        <translation>銷戶日期早於開戶日期。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="666"/>
        <source>The maturity date is before the open date.</source>
        <translation>到期日早於開戶日期。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="668"/>
        <source>A margin is at most ±10,000 basis points.</source>
        <translation>利差最多為 ±10,000 個基點。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="671"/>
        <source>A term is 0 to 1,200 months.</source>
        <translation>期限為 0 到 1,200 個月。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="692"/>
        <source>The %1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="781"/>
        <source>Too many rejected rows; stopped reading at line %1.</source>
        <translation>被拒絕的列過多；已在第 %1 行停止讀取。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="783"/>
        <source>The file has a header but no data rows.</source>
        <translation>檔案只有標題列，沒有資料列。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="439"/>
        <source>Account %1 belongs to customer %2.</source>
        <translation>帳戶 %1 屬於客戶 %2。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="412"/>
        <source>Duplicate row: this customer and month appear earlier in the file.</source>
        <translation>重複列：該客戶和月份在檔案中已出現過。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="413"/>
        <source>Duplicate key: the %1 appears earlier in the file.</source>
        <translation>重複鍵：該%1在檔案中已出現過。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="447"/>
        <source>Unknown customer: not in the workspace. Import the customers file first or together with this one.</source>
        <translation>未知客戶：工作區中沒有該客戶。請先匯入客戶檔案，或與此檔案一起匯入。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="949"/>
        <source>The row breaks a rule of the workspace: %1</source>
        <translation>該列違反了工作區的規則：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="953"/>
        <source>Writing line %1</source>
        <translation>寫入第 %1 行</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="433"/>
        <source>Unknown account: not in the workspace. Import the accounts file first, or skip the account column in a mapping file.</source>
        <translation>未知帳戶：工作區中沒有該帳戶。請先匯入帳戶檔案，或在對應檔中略過帳戶欄。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="866"/>
        <source>Duplicate transaction id: it appears earlier in the file.</source>
        <translation>重複的交易序號：在檔案中已出現過。</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="74"/>
        <location filename="../models/ingest/importer.cpp" line="84"/>
        <source>Cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="102"/>
        <location filename="../models/ingest/importer.cpp" line="118"/>
        <source>Cannot write the rejection report: %1</source>
        <translation>無法寫入拒絕報告：%1</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::Mapping</name>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="38"/>
        <source>Cannot read the mapping file: %1</source>
        <translation>無法讀取對應檔：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="47"/>
        <source>The mapping file is not valid JSON: %1</source>
        <translation>對應檔不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="50"/>
        <source>The mapping file must hold a JSON object.</source>
        <translation>對應檔必須包含一個 JSON 物件。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="60"/>
        <source>Unknown kind &apos;%1&apos;; use branches, products, customers, accounts, balances, holdings or transactions.</source>
        <translation>未知的類型「%1」；請使用 branches、products、customers、accounts、balances、holdings 或 transactions。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="67"/>
        <source>Unknown encoding &apos;%1&apos;; use utf-8, gb18030 or big5.</source>
        <translation>未知的編碼「%1」；請使用 utf-8、gb18030 或 big5。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="71"/>
        <source>&quot;header&quot; must be true or false.</source>
        <translation>&quot;header&quot; 必須是 true 或 false。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="75"/>
        <source>&quot;columns&quot; must be an object of header → field.</source>
        <translation>&quot;columns&quot; 必須是「標題 → 欄位」形式的物件。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="90"/>
        <source>Column &apos;%1&apos;: unknown key &apos;%2&apos; (use field, format, values or skip).</source>
        <translation>欄「%1」：未知的鍵「%2」（請使用 field、format、values 或 skip）。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="98"/>
        <source>Column &apos;%1&apos;: &quot;values&quot; must be an object of value → replacement.</source>
        <translation>欄「%1」：&quot;values&quot; 必須是「值 → 替換值」形式的物件。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="102"/>
        <source>Column &apos;%1&apos;: the replacement for &apos;%2&apos; must be a string.</source>
        <translation>欄「%1」：「%2」的替換值必須是字串。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="106"/>
        <source>Column &apos;%1&apos;: name the &quot;field&quot; or set &quot;skip&quot;: true.</source>
        <translation>欄「%1」：請指定 &quot;field&quot;，或設定 &quot;skip&quot;: true。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="108"/>
        <source>Column &apos;%1&apos;: expected a field name, an object or null.</source>
        <translation>欄「%1」：應為欄位名稱、物件或 null。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="113"/>
        <source>Column &apos;%1&apos;: unknown field &apos;%2&apos;. Known fields: %3.</source>
        <translation>欄「%1」：未知的欄位「%2」。已知欄位：%3。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="120"/>
        <source>Column &apos;%1&apos;: a &quot;format&quot; applies only to date fields.</source>
        <translation>欄「%1」：&quot;format&quot; 只適用於日期欄位。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="125"/>
        <source>Unknown key &apos;%1&apos; (use kind, encoding, header and columns).</source>
        <translation>未知的鍵「%1」（請使用 kind、encoding、header 和 columns）。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="133"/>
        <source>Without a header row, columns are named by number (&quot;1&quot;, &quot;2&quot;, …), not &apos;%1&apos;.</source>
        <translation>沒有標題列時，欄以編號（&quot;1&quot;、&quot;2&quot;、…）命名，而不是「%1」。</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::TextEncoding</name>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="399"/>
        <source>UTF-8 byte-order mark</source>
        <translation>UTF-8 位元組順序標記（BOM）</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="410"/>
        <source>no text to examine</source>
        <translation>沒有可檢查的文字</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="411"/>
        <source>plain ASCII text</source>
        <translation>純 ASCII 文字</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="434"/>
        <source>valid UTF-8 with %1 CJK characters</source>
        <translation>有效的 UTF-8，含 %1 個中日韓字元</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="435"/>
        <source>valid UTF-8 with %1 non-ASCII characters</source>
        <translation>有效的 UTF-8，含 %1 個非 ASCII 字元</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="452"/>
        <source>mostly valid UTF-8 (%1 characters, %2 invalid byte sequences)</source>
        <translation>大致有效的 UTF-8（%1 個字元，%2 個無效位元組序列）</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="473"/>
        <source>not UTF-8; as %1, %2 of %3 characters are common Chinese characters (%4 invalid sequences); as %5, %6 of %7 (%8 invalid sequences)</source>
        <translation>不是 UTF-8；以 %1 解碼時，%3 個字元中有 %2 個是常用漢字（%4 個無效序列）；以 %5 解碼時，%7 個中有 %6 個（%8 個無效序列）</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="502"/>
        <source>invalid %1 byte sequence %2 at byte offset %3</source>
        <translation>位元組位移 %3 處有無效的 %1 位元組序列 %2</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="624"/>
        <source>the system cannot convert %1 text (iconv)</source>
        <translation>系統無法轉換 %1 文字（iconv）</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="654"/>
        <source>incomplete %1 character %2 at the end of the input (byte offset %3)</source>
        <translation>輸入結尾有不完整的 %1 字元 %2（位元組位移 %3）</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::Values</name>
    <message>
        <location filename="../models/ingest/values.cpp" line="85"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="86"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="87"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="88"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="89"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="90"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="91"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="92"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="93"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="94"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="95"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="96"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="109"/>
        <source>the value is empty</source>
        <translation>值為空</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="111"/>
        <source>&apos;%1&apos; is too long to be %2</source>
        <translation>「%1」太長，不可能是%2</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="113"/>
        <source>&apos;%1&apos; has no digits</source>
        <translation>「%1」中沒有數字</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="115"/>
        <source>&apos;%1&apos; is not %2: unexpected &apos;%3&apos;</source>
        <translation>「%1」不是%2：出現了非預期的「%3」</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="117"/>
        <source>&apos;%1&apos; has more than one decimal point</source>
        <translation>「%1」含有多個小數點</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="119"/>
        <source>&apos;%1&apos; has a misplaced thousands separator</source>
        <translation>「%1」中的千分位符號位置不對</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="121"/>
        <source>&apos;%1&apos; has a thousands separator after the decimal point</source>
        <translation>「%1」的小數點後出現了千分位符號</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="123"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>「%1」太大</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="125"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>「%1」不是整數</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="127"/>
        <source>&apos;%1&apos; is not a date in a recognised form (YYYY-MM-DD, YYYY/M/D, YYYYMMDD, YYYY年M月D日); set a date format for other forms</source>
        <translation>「%1」不是可辨識的日期形式（YYYY-MM-DD、YYYY/M/D、YYYYMMDD、YYYY年M月D日）；其他形式請設定日期格式</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="131"/>
        <source>&apos;%1&apos; puts the year last, which is ambiguous; set a date format such as DD/MM/YYYY or MM/DD/YYYY</source>
        <translation>「%1」把年份放在最後，意義不明確；請設定日期格式，例如 DD/MM/YYYY 或 MM/DD/YYYY</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="135"/>
        <source>&apos;%1&apos; has a two-digit year; set a date format such as YYMMDD</source>
        <translation>「%1」的年份只有兩位數；請設定日期格式，例如 YYMMDD</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="137"/>
        <source>&apos;%1&apos; looks like a spreadsheet serial number, not a date; format the column as a date before exporting</source>
        <translation>「%1」看起來是試算表的日期序號，而不是日期；請在匯出前將該欄設定為日期格式</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="141"/>
        <source>year 0 is not a year</source>
        <translation>不存在西元 0 年</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="143"/>
        <source>month %1 is not a month</source>
        <translation>不存在 %1 月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="145"/>
        <source>day %1 is not a day of a month</source>
        <translation>任何月份都沒有 %1 日</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="147"/>
        <source>%1 %2 has %3 days</source>
        <translation>%2年%1只有 %3 天</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="152"/>
        <source>&apos;%1&apos; has unexpected text after the date: &apos;%2&apos;</source>
        <translation>「%1」在日期後面有多餘的文字：「%2」</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="154"/>
        <source>&apos;%1&apos; does not match the date format &apos;%2&apos;</source>
        <translation>「%1」與日期格式「%2」不符</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="156"/>
        <source>the date format &apos;%1&apos; needs a year (YYYY or YY), a month (MM or M) and a day (DD or D)</source>
        <translation>日期格式「%1」必須包含年（YYYY 或 YY）、月（MM 或 M）和日（DD 或 D）</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="160"/>
        <source>&apos;%1&apos; is not a month (expected YYYY-MM, YYYYMM, YYYY年M月 or a date)</source>
        <translation>「%1」不是月份（應為 YYYY-MM、YYYYMM、YYYY年M月或日期）</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="166"/>
        <source>an amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="167"/>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="168"/>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="169"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="170"/>
        <source>a month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>tierwise::jobs::JobRunner</name>
    <message>
        <location filename="../models/jobs/jobrunner.cpp" line="40"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../models/jobs/jobrunner.cpp" line="167"/>
        <source>The job %1 failed: %2</source>
        <translation>工作 %1 失敗：%2</translation>
    </message>
    <message>
        <location filename="../models/jobs/jobrunner.cpp" line="169"/>
        <source>The job %1 failed.</source>
        <translation>工作 %1 失敗。</translation>
    </message>
</context>
<context>
    <name>tierwise::jobs::RunStore</name>
    <message>
        <location filename="../models/jobs/runstore.cpp" line="68"/>
        <source>Saving the results</source>
        <translation>正在儲存結果</translation>
    </message>
    <message>
        <location filename="../models/jobs/runstore.cpp" line="70"/>
        <location filename="../models/jobs/runstore.cpp" line="89"/>
        <location filename="../models/jobs/runstore.cpp" line="107"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../models/jobs/runstore.cpp" line="99"/>
        <source>Saving the assignment of customer %1</source>
        <translation>正在儲存客戶 %1 的分群結果</translation>
    </message>
    <message>
        <location filename="../models/jobs/runstore.cpp" line="152"/>
        <source>Run %1 cannot be deleted: other records, such as a campaign, refer to it.</source>
        <translation>無法刪除執行紀錄 %1：有其他紀錄（如行銷活動）參照了它。</translation>
    </message>
    <message>
        <location filename="../models/jobs/runstore.cpp" line="157"/>
        <source>There is no run %1.</source>
        <translation>不存在執行紀錄 %1。</translation>
    </message>
</context>
<context>
    <name>tierwise::planning::Campaign</name>
    <message>
        <location filename="../models/planning/campaign.cpp" line="116"/>
        <source>Reading the warnings</source>
        <translation>正在讀取預警</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="117"/>
        <location filename="../models/planning/campaign.cpp" line="122"/>
        <location filename="../models/planning/campaign.cpp" line="132"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="121"/>
        <location filename="../models/planning/campaign.cpp" line="131"/>
        <source>Reading the next-best products</source>
        <translation>正在讀取推薦商品</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="160"/>
        <source>The audience definition is not a JSON object: %1</source>
        <translation>目標客群定義不是 JSON 物件：%1</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="176"/>
        <source>There is no segmentation &apos;%1&apos; in the workspace; run it first.</source>
        <translation>工作區中沒有分群「%1」，請先執行。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="181"/>
        <source>%1 has no segment &apos;%2&apos;.</source>
        <translation>%1 中沒有客群「%2」。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="188"/>
        <source>There is no branch &apos;%1&apos; in the book.</source>
        <translation>客戶資料中沒有分行「%1」。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="193"/>
        <source>Filtering by lifecycle stage, warning or next-best product needs a lifetime-value run: run Analyze ▸ Lifetime Value first.</source>
        <translation>依生命週期階段、預警或推薦商品篩選需要客戶終身價值結果：請先執行 分析 ▸ 客戶終身價值。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="199"/>
        <source>The lifetime-value run has no lifecycle stages.</source>
        <translation>客戶終身價值結果中沒有生命週期階段。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="204"/>
        <source>There is no lifecycle stage &apos;%1&apos;.</source>
        <translation>沒有生命週期階段「%1」。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="213"/>
        <source>There is no warning of kind &apos;%1&apos;.</source>
        <translation>沒有「%1」類預警。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="299"/>
        <source>A campaign needs a name.</source>
        <translation>行銷活動需要名稱。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="301"/>
        <source>The campaign&apos;s audience is empty.</source>
        <translation>行銷活動的目標客群為空。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="303"/>
        <source>The control group must be between 0 % and 90 % of the audience.</source>
        <translation>對照組須占目標客群的 0% 至 90%。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="305"/>
        <source>The campaign ends before it starts.</source>
        <translation>行銷活動的結束日期早於開始日期。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="308"/>
        <source>There is no segmentation &apos;%1&apos; in the workspace.</source>
        <translation>工作區中沒有分群「%1」。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="413"/>
        <location filename="../models/planning/campaign.cpp" line="441"/>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="430"/>
        <source>Campaign %1 has no customers to contact.</source>
        <translation>行銷活動 %1 沒有需要聯絡的客戶。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="489"/>
        <location filename="../models/planning/campaign.cpp" line="653"/>
        <source>Campaign %1 does not exist or has no members.</source>
        <translation>行銷活動 %1 不存在或沒有成員。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="498"/>
        <source>The response file is empty.</source>
        <translation>回應檔案為空。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="508"/>
        <source>The response file has no customer_id column.</source>
        <translation>回應檔案中沒有 customer_id 欄。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="510"/>
        <source>The response file has no responded column.</source>
        <translation>回應檔案中沒有 responded 欄。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="520"/>
        <source>The customer id is empty.</source>
        <translation>客戶編號為空。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="523"/>
        <source>Customer %1 is not in campaign %2.</source>
        <translation>客戶 %1 不在行銷活動 %2 中。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="528"/>
        <source>Customer %1 appears twice.</source>
        <translation>客戶 %1 出現了兩次。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="533"/>
        <source>&apos;%1&apos; is not a yes/no answer (1/0, yes/no, true/false, 是/否).</source>
        <translation>「%1」不是是／否答案（1/0、yes/no、true/false、是/否）。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="541"/>
        <source>Not a date.</source>
        <translation>不是日期。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="548"/>
        <source>Not an amount.</source>
        <translation>不是金額。</translation>
    </message>
</context>
<context>
    <name>tierwise::planning::Strategy</name>
    <message>
        <location filename="../models/planning/strategy.cpp" line="58"/>
        <source>no target</source>
        <translation>無目標</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="121"/>
        <source>A strategy needs the segment it is for.</source>
        <translation>策略需要指定適用的客群。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="123"/>
        <source>Pricing concessions cannot be negative.</source>
        <translation>定價優惠不能為負數。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="125"/>
        <source>The budget per customer must be zero or more.</source>
        <translation>每位客戶預算必須大於或等於零。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="129"/>
        <source>%1 must be between 0 % and 100 %.</source>
        <translation>%1必須在 0% 到 100% 之間。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="132"/>
        <source>%1 must be above −100 %.</source>
        <translation>%1必須高於 −100%。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="210"/>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="211"/>
        <source>Products to offer</source>
        <translation>推薦商品</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="212"/>
        <source>Channels</source>
        <translation>通路</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="213"/>
        <source>Contact cadence</source>
        <translation>聯絡頻率</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="214"/>
        <source>Service level</source>
        <translation>服務等級</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="215"/>
        <source>Deposit rate premium (bp)</source>
        <translation>存款利率加碼（基點）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="216"/>
        <source>Fee waivers</source>
        <translation>費用減免</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="217"/>
        <source>Loan rate discount (bp)</source>
        <translation>貸款利率優惠（基點）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="218"/>
        <location filename="../models/planning/strategy.cpp" line="270"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="219"/>
        <source>Reach target</source>
        <translation>觸及率目標</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="220"/>
        <source>Participation target</source>
        <translation>參與率目標</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="221"/>
        <source>Conversion rate target</source>
        <translation>轉換率目標</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="222"/>
        <source>AUM growth target</source>
        <translation>資產管理規模成長目標</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="223"/>
        <source>Budget per customer</source>
        <translation>每位客戶預算</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="224"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="245"/>
        <source>%1 bp</source>
        <translation>%1 基點</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="263"/>
        <source>Relationship manager</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="264"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="265"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="266"/>
        <source>Mobile banking</source>
        <translation>行動銀行</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="267"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="268"/>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="269"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="273"/>
        <source>Weekly</source>
        <translation>每週</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="274"/>
        <source>Every two weeks</source>
        <translation>每兩週</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="275"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="276"/>
        <source>Quarterly</source>
        <translation>每季</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="277"/>
        <source>Every six months</source>
        <translation>每半年</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="278"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="303"/>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="281"/>
        <source>Dedicated RM and investment adviser</source>
        <translation>專屬客戶經理與投資顧問</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="43"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="48"/>
        <source>; </source>
        <comment>between phrases of a list (events, fee waivers)</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="282"/>
        <source>Service team with a named contact</source>
        <translation>服務團隊並指定聯絡人</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="283"/>
        <source>Standard branch service</source>
        <translation>分行標準服務</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="284"/>
        <source>Digital first</source>
        <translation>數位優先</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="320"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="326"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="343"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="345"/>
        <source>Targets: %1</source>
        <translation>目標：%1</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="369"/>
        <source>Strategy for branch %1 (version %2, %3)</source>
        <translation>分行 %1 的策略（第 %2 版，%3）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="370"/>
        <source>Bank-wide strategy (version %1, %2)</source>
        <translation>全行策略（第 %1 版，%2）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="478"/>
        <source>The strategy templates are missing from this build.</source>
        <translation>此版本缺少策略範本。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="517"/>
        <source>A strategy template without an id, name or objective.</source>
        <translation>策略範本缺少編號、名稱或目標。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="521"/>
        <source>The strategy templates could not be read.</source>
        <translation>無法讀取策略範本。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="597"/>
        <source>the pricing limits</source>
        <translation>定價上限</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="606"/>
        <source>%1 must be zero or more.</source>
        <translation>%1 必須大於或等於零。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="617"/>
        <source>The pricing limits</source>
        <translation>定價上限</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="643"/>
        <source>%1 is not in the product catalogue.</source>
        <translation>%1 不在商品目錄中。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="647"/>
        <source>%1 (%2) has no risk level: its suitability cannot be checked.</source>
        <translation>%1（%2）沒有風險等級，無法檢查適合度。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="651"/>
        <source>%1 (%2) is risk level R%3, above the segment&apos;s typical risk tolerance C%4: unsuitable for most of its customers.</source>
        <translation>%1（%2）風險等級為 R%3，高於該客群典型的風險承受度 C%4：不適合其大多數客戶。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="659"/>
        <source>A deposit rate premium of %1 bp is above the limit of %2 bp.</source>
        <translation>存款利率加碼 %1 基點，超過上限 %2 基點。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="664"/>
        <source>A loan rate discount of %1 bp is above the limit of %2 bp.</source>
        <translation>貸款利率優惠 %1 基點，超過上限 %2 基點。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="669"/>
        <source>A budget of %1 per customer is above the limit of %2.</source>
        <translation>每位客戶預算 %1，超過上限 %2。</translation>
    </message>
</context>
<context>
    <name>tierwise::privacy::Audit</name>
    <message>
        <location filename="../models/privacy/audit.cpp" line="23"/>
        <source>unknown user</source>
        <translation>未知使用者</translation>
    </message>
</context>
<context>
    <name>tierwise::store</name>
    <message>
        <location filename="../models/store/statement.cpp" line="26"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../models/store/statement.cpp" line="28"/>
        <source>%1: the disk is full.</source>
        <translation>%1：磁碟已滿。</translation>
    </message>
    <message>
        <location filename="../models/store/statement.cpp" line="30"/>
        <source>%1: the workspace file is damaged (%2).</source>
        <translation>%1：工作區檔案已損毀（%2）。</translation>
    </message>
</context>
<context>
    <name>tierwise::store::CustomerQuery</name>
    <message>
        <location filename="../models/store/customerquery.cpp" line="114"/>
        <source>Cannot open the workspace %1</source>
        <translation>無法開啟工作區 %1</translation>
    </message>
    <message>
        <location filename="../models/store/customerquery.cpp" line="215"/>
        <location filename="../models/store/customerquery.cpp" line="277"/>
        <location filename="../models/store/customerquery.cpp" line="303"/>
        <source>No workspace is open.</source>
        <translation>沒有開啟的工作區。</translation>
    </message>
    <message>
        <location filename="../models/store/customerquery.cpp" line="295"/>
        <source>Reading customers</source>
        <translation>正在讀取客戶資料</translation>
    </message>
    <message>
        <location filename="../models/store/customerquery.cpp" line="316"/>
        <source>Reading customer ids</source>
        <translation>正在讀取客戶編號</translation>
    </message>
</context>
<context>
    <name>tierwise::store::Workspace</name>
    <message>
        <location filename="../models/store/workspace.cpp" line="75"/>
        <location filename="../models/store/workspace.cpp" line="122"/>
        <location filename="../models/store/workspace.cpp" line="165"/>
        <source>Cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="78"/>
        <source>%1 is an empty file, not a Tierwise workspace.</source>
        <translation>%1 是空檔案，不是 Tierwise 工作區。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="99"/>
        <source>%1 is not a Tierwise workspace (it is not an SQLite database).</source>
        <translation>%1 不是 Tierwise 工作區（它不是 SQLite 資料庫）。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="139"/>
        <source>%1 is damaged or not a Tierwise workspace (%2).</source>
        <translation>%1 已損毀或不是 Tierwise 工作區（%2）。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="107"/>
        <location filename="../models/store/workspace.cpp" line="145"/>
        <source>%1 is an SQLite database but not a Tierwise workspace.</source>
        <translation>%1 是 SQLite 資料庫，但不是 Tierwise 工作區。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="101"/>
        <source>%1 is damaged or not a Tierwise workspace (its database header is invalid).</source>
        <translation>%1 已損壞或不是 Tierwise 工作區（資料庫檔頭無效）。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="136"/>
        <source>%1 is in use by another program (an import may be running). Try again when it has finished.</source>
        <translation>%1 正被其他程式使用（可能正在進行匯入）。請在其完成後重試。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="147"/>
        <source>%1 was written by a newer version of Tierwise (workspace version %2; this version reads up to %3). Update Tierwise to open it.</source>
        <translation>%1 由較新版本的 Tierwise 寫入（工作區版本 %2；目前版本最高只能讀取版本 %3）。請更新 Tierwise 後再開啟。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="198"/>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="199"/>
        <source>Cannot create %1: %2</source>
        <translation>無法建立 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="222"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
</context>
</TS>
