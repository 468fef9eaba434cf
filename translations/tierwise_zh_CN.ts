<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QWizard</name>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="68"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="69"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
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
        <translation>对零售客户群进行分层并估算客户生命周期价值。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>The workspace file (*.tierwise) to open.</source>
        <translation>要打开的工作区文件（*.tierwise）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>The language for this session: en, zh_CN or zh_TW (the one chosen in Settings ▸ Language is kept).</source>
        <translation>本次会话使用的语言：en、zh_CN 或 zh_TW（设置 ▸ 语言中的选择保持不变）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="106"/>
        <source>--lang: unknown language &apos;%1&apos;; use en, zh_CN or zh_TW.</source>
        <translation>--lang：未知语言“%1”；请使用 en、zh_CN 或 zh_TW。</translation>
    </message>
</context>
<context>
    <name>tierwise::BookNavigator</name>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="105"/>
        <source>Open a workspace to see its branches, tiers and segments.</source>
        <translation>打开工作区以查看其网点、层级和客群。</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="106"/>
        <source>Book</source>
        <translation>客户总览</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="106"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="106"/>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="134"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="131"/>
        <source>Branches (%1)</source>
        <translation>网点（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/views/booknavigator.cpp" line="137"/>
        <source>(no branch)</source>
        <translation>（无网点）</translation>
    </message>
</context>
<context>
    <name>tierwise::BriefDialog</name>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="56"/>
        <source>Print Segment Brief</source>
        <translation>打印客群简报</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="57"/>
        <source>The newest run of each segmentation in the workspace</source>
        <translation>工作区中各分群方式的最新运行结果</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="58"/>
        <source>The segments that get a section of their own (the summary covers all of them)</source>
        <translation>单独成节的客群（摘要涵盖全部客群）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="59"/>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="60"/>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="61"/>
        <source>Brief on every segment</source>
        <translation>简报包含所有客群</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="62"/>
        <source>Clear the segment choice</source>
        <translation>清除客群选择</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="63"/>
        <source>Only the customers booked at one branch, or the whole book</source>
        <translation>仅统计归属于某一网点的客户，或全部客户</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="64"/>
        <source>All branches</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="65"/>
        <source>The language the brief is printed in</source>
        <translation>简报打印所用的语言</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="66"/>
        <source>The bank&apos;s name on the cover (empty: the workspace&apos;s name)</source>
        <translation>封面上的银行名称（留空则使用工作区名称）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="67"/>
        <source>Personal data masked: customer ids are printed masked.</source>
        <translation>个人信息已脱敏：客户号将以脱敏形式打印。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="68"/>
        <source>Personal data shown: the brief prints customer ids unmasked, and saving it is recorded in the workspace&apos;s audit log.</source>
        <translation>个人信息已显示：简报将打印未脱敏的客户号，保存简报的操作会记入工作区的审计日志。</translation>
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
        <translation>网点(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="73"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="74"/>
        <source>Ban&amp;k name:</source>
        <translation>银行名称(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="75"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="76"/>
        <source>Gather the figures and show the brief&apos;s pages</source>
        <translation>汇总数据并显示简报页面</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="77"/>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="78"/>
        <source>Write the brief as a PDF file</source>
        <translation>将简报保存为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="79"/>
        <source>&amp;Cancel Gathering</source>
        <translation>取消汇总(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="80"/>
        <source>Stop gathering the figures</source>
        <translation>停止汇总数据</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="81"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="82"/>
        <source>The brief as it will be printed</source>
        <translation>简报的打印效果</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="84"/>
        <source>Choose the segments, then Preview.</source>
        <translation>请选择客群，然后点击“预览”。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="85"/>
        <source>No segmentation yet — run Analyze ▸ Value Tiers (or another analysis) first.</source>
        <translation>尚无分群结果。请先运行“分析 ▸ 价值层级”（或其他分析）。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="121"/>
        <source>%1 (%2 customers)</source>
        <translation>%1（%2 位客户）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="370"/>
        <source>Segment brief: %1</source>
        <translation>客群简报：%1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="136"/>
        <source>Gathering the figures… (progress in the Jobs dock)</source>
        <translation>正在汇总数据…（进度见“任务”面板）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="137"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="138"/>
        <source>No figures.</source>
        <translation>没有数据。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="142"/>
        <source>Figures as of %1: %2 customers, %3 segments.</source>
        <translation>数据截至 %1：%2 位客户，%3 个客群。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="448"/>
        <source>Save Segment Brief</source>
        <translation>保存客群简报</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="449"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefdialog.cpp" line="471"/>
        <source>Recording the unmasked brief in the audit log</source>
        <translation>正在将未脱敏简报记入审计日志</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/brief/briefdialog.cpp" line="148"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierwise::BriefRenderer</name>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="131"/>
        <source>No data — run the lifetime value analysis (Analyze ▸ Lifetime Value, or tierwise-cli clv).</source>
        <translation>没有数据。请运行客户生命周期价值分析（“分析 ▸ 客户生命周期价值”，或 tierwise-cli clv）。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="139"/>
        <source>Under 25</source>
        <translation>25 岁以下</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="140"/>
        <source>25–34</source>
        <translation>25–34 岁</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="141"/>
        <source>35–44</source>
        <translation>35–44 岁</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="142"/>
        <source>45–54</source>
        <translation>45–54 岁</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="143"/>
        <source>55–64</source>
        <translation>55–64 岁</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="144"/>
        <source>65 and over</source>
        <translation>65 岁及以上</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="148"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="154"/>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="155"/>
        <source>Online banking</source>
        <translation>网上银行</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="156"/>
        <source>Mobile banking</source>
        <translation>手机银行</translation>
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
        <translation>无交易</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="168"/>
        <source>Deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="169"/>
        <source>Wealth products</source>
        <translation>理财产品</translation>
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
        <translation>保险</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="172"/>
        <source>Credit cards</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="173"/>
        <source>Loans</source>
        <translation>贷款</translation>
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
        <translation>理财产品</translation>
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
        <translation>消费贷款</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="189"/>
        <source>Mortgage</source>
        <translation>住房贷款</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="190"/>
        <source>Business loan</source>
        <translation>经营贷款</translation>
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
        <translation>网点 %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="245"/>
        <source>%1 customers in %2 hold %3 of AUM (assets under management) and bring %4 of margin lifetime value, as of %5. The %6 segments of this brief (%7) hold %8 of these customers and %9 of the AUM.</source>
        <translation>截至 %5，%2共有 %1 位客户，持有 AUM（资产管理规模）%3，带来利润贡献 CLV（客户生命周期价值）%4。本简报所含 %6 个客群（%7）的客户数占其中的 %8，AUM 占 %9。</translation>
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
        <translation>以上客群合计</translation>
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
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="279"/>
        <source>Customer share</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="280"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="293"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="373"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="429"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="563"/>
        <source>AUM</source>
        <translation>资产管理规模</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="280"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="376"/>
        <source>AUM share</source>
        <translation>AUM 占比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="280"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="377"/>
        <source>Margin CLV share</source>
        <translation>利润贡献 CLV 占比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="281"/>
        <source>Avg. P(alive)</source>
        <translation>平均存活概率</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="289"/>
        <source>Shares by segment</source>
        <translation>各客群占比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="295"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="431"/>
        <source>Margin CLV</source>
        <translation>利润贡献 CLV</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="310"/>
        <source>Concentration of AUM (Pareto)</source>
        <translation>AUM 集中度（帕累托）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="312"/>
        <source>Share of customers, largest first</source>
        <translation>客户占比，从大到小排列</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="313"/>
        <source>Share of AUM</source>
        <translation>AUM 占比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="327"/>
        <source>of the AUM is held by the top 20 % of customers.</source>
        <translation>前 20% 的客户所持有的 AUM 占比。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="328"/>
        <source>Gini coefficient of AUM: 0 when every customer holds the same, near 1 when a few hold nearly everything.</source>
        <translation>AUM 的基尼系数：所有客户持有相同时为 0，少数客户持有几乎全部时接近 1。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="359"/>
        <source>%1 · key %2</source>
        <translation>%1 · 代码 %2</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="372"/>
        <source>%1 of the customers</source>
        <translation>占客户总数的 %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="373"/>
        <source>%1 of the AUM</source>
        <translation>占 AUM 总额的 %1</translation>
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
        <translation>全部客户：%1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="376"/>
        <source>of the AUM in the brief&apos;s scope</source>
        <translation>占简报范围内 AUM 的比例</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="378"/>
        <source>margin CLV %1</source>
        <translation>利润贡献 CLV %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="378"/>
        <source>no lifetime value run</source>
        <translation>尚未测算客户生命周期价值</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="379"/>
        <source>Average P(alive)</source>
        <translation>平均存活概率</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="380"/>
        <source>Customers with warnings</source>
        <translation>有预警的客户</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="381"/>
        <source>%1 of the segment</source>
        <translation>占该客群的 %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="382"/>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="383"/>
        <source>of %1 customers</source>
        <translation>客户总数 %1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="415"/>
        <source>Segment map</source>
        <translation>客群地图</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="416"/>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="421"/>
        <source>AUM (log scale)</source>
        <translation>AUM（对数刻度）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="422"/>
        <source>Margin CLV (log scale)</source>
        <translation>利润贡献 CLV（对数刻度）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="424"/>
        <source>Grey: all customers; colour: this segment. Not on the map: %1 of its customers with AUM or margin CLV below 1.</source>
        <translation>灰色：全部客户；彩色：本客群。未显示在图中：本客群中 AUM 或利润贡献 CLV 低于 1 的 %1 位客户。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="435"/>
        <source>Dashed line: the median (AUM %1, margin CLV %2). Not shown: %3 customers with AUM below 1, %4 with margin CLV below 1 or none.</source>
        <translation>虚线：中位数（AUM %1，利润贡献 CLV %2）。未显示：AUM 低于 1 的 %3 位客户，以及利润贡献 CLV 低于 1 或缺失的 %4 位客户。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="446"/>
        <source>Cohort retention</source>
        <translation>同期群留存</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="449"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="455"/>
        <source>No customers of this segment were acquired within the history.</source>
        <translation>本客群中没有在数据期间内获客的客户。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="457"/>
        <source>Months since acquisition</source>
        <translation>获客后月数</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="458"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="460"/>
        <source>The share of customers with an active transaction in each month since they were acquired, averaged over the monthly cohorts (weighted by their size).</source>
        <translation>获客后每个月发生主动交易的客户占比，按各月度同期群取平均（以规模加权）。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="478"/>
        <source>Typical profile</source>
        <translation>典型画像</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="493"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="507"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="508"/>
        <source>Most-used channel</source>
        <translation>最常用渠道</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="509"/>
        <source>Products held</source>
        <translation>持有产品</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="523"/>
        <source>Early warnings and next-best products</source>
        <translation>预警和推荐产品</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="532"/>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="539"/>
        <source>Warning</source>
        <translation>预警类型</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="539"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="583"/>
        <source>Share of the segment</source>
        <translation>占客群比例</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="540"/>
        <location filename="../widgets/brief/briefblocks.cpp" line="564"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="549"/>
        <source>Largest customers with a warning</source>
        <translation>AUM 最高的预警客户</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="556"/>
        <source>serious</source>
        <translation>严重</translation>
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
        <translation>本客群没有客户触发预警。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="563"/>
        <source>Customer (masked)</source>
        <translation>客户（已脱敏）</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="563"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="564"/>
        <source>Highest severity</source>
        <translation>最高严重程度</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="573"/>
        <source>Next-best products</source>
        <translation>推荐产品</translation>
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
        <translation>没有为本客群客户推荐的产品。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="582"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="582"/>
        <source>Type</source>
        <translation>类型</translation>
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
        <translation>尚未为本客群保存策略。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="636"/>
        <source>Notes on the figures</source>
        <translation>数据说明</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="642"/>
        <source>AUM (assets under management): the customer&apos;s deposits, wealth products, funds and insurance cash value at the end of the as-of month; loans are not AUM. Shares are of the customers in the brief&apos;s scope (the branch, or the whole book).</source>
        <translation>AUM（资产管理规模）：客户在数据截至月月末的存款、理财产品、基金及保险现金价值之和；贷款不计入 AUM。各项占比均以简报范围内的客户（该网点或全行）为基数。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="645"/>
        <source>Margin CLV: the margin the bank expects to earn on the customer&apos;s balances over the next 12 months, with the probability that the customer stays, discounted. P(alive): the probability that the customer is still active, from the BG/NBD model of the transactions.</source>
        <translation>利润贡献 CLV：银行预计在未来 12 个月内从客户余额中获得的利差收益，按客户留存概率加权并折现。存活概率：根据交易数据的 BG/NBD 模型估算的客户仍处于活跃状态的概率。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="648"/>
        <source>Early warnings: AUM falling, large outflows, dormancy with a balance, products maturing within 30 days and customers close to a tier downgrade, with the workspace&apos;s warning rules.</source>
        <translation>预警：依据工作区的预警规则，识别资产管理规模下降、大额资金流出、有余额但长期休眠、产品将于 30 天内到期以及临近层级降级的客户。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="650"/>
        <source>Next-best products: what most peers in the customer&apos;s value tier hold and the customer does not, within the customer&apos;s risk tolerance and the age and eligibility rules.</source>
        <translation>推荐产品：同一价值层级中多数同群客户持有而该客户尚未持有的产品，且符合该客户的风险承受能力以及年龄和适用条件规则。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefblocks.cpp" line="652"/>
        <source>Amounts are in the workspace&apos;s currency; large amounts are rounded to three significant digits.</source>
        <translation>金额以工作区的币种计；较大金额四舍五入保留三位有效数字。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="84"/>
        <source>Personal data masked</source>
        <translation>个人信息已脱敏</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="84"/>
        <source>Personal data shown — handle under the bank&apos;s data rules</source>
        <translation>个人信息已显示（未脱敏）——请按本行数据管理规定处理</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="90"/>
        <source>All branches</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="116"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="122"/>
        <source>%1 · %2 · %3 · as of %4</source>
        <translation>%1 · %2 · %3 · 数据截至 %4</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="152"/>
        <source>Segment brief</source>
        <translation>客群简报</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="162"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="163"/>
        <source>As of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="164"/>
        <source>Segmentation</source>
        <translation>分群方式</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="167"/>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="180"/>
        <source>Personal data masked: customer ids in this brief are masked (for example C0****45) and no names are printed. Handle it as internal bank material.</source>
        <translation>个人信息已脱敏：本简报中的客户号均已脱敏（例如 C0****45），且不打印客户姓名。请作为银行内部资料处理。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="182"/>
        <source>Personal data shown: this brief prints customer ids unmasked. Handle it under the bank&apos;s data rules and do not pass it on; the export is recorded in the workspace&apos;s audit log.</source>
        <translation>个人信息已显示：本简报打印了未脱敏的客户号。请按本行数据管理规定处理，切勿外传；本次导出已记入工作区的审计日志。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="204"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="248"/>
        <source>Segment brief — %1</source>
        <translation>客群简报——%1</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="254"/>
        <source>No device to print the brief on.</source>
        <translation>没有可用于打印简报的设备。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="279"/>
        <source>Could not start printing the brief.</source>
        <translation>无法开始打印简报。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="294"/>
        <location filename="../widgets/brief/briefrenderer.cpp" line="304"/>
        <source>Could not add a page to the brief.</source>
        <translation>无法为简报添加页面。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="317"/>
        <source>Could not finish printing the brief.</source>
        <translation>无法完成简报打印。</translation>
    </message>
    <message>
        <location filename="../widgets/brief/briefrenderer.cpp" line="325"/>
        <location filename="../widgets/brief/briefrenderer.cpp" line="338"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="183"/>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="184"/>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="185"/>
        <source>Segmentat&amp;ion:</source>
        <translation>分群(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="186"/>
        <source>The segmentation whose segments make the audience (the newest run of each)</source>
        <translation>用于组成目标客群的分群（各分群取最新一次运行结果）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="187"/>
        <source>Se&amp;gments (tick one or more; Space ticks the current one):</source>
        <translation>客群（勾选一个或多个；按空格键勾选当前项）(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="188"/>
        <source>The campaign reaches the customers of the ticked segments</source>
        <translation>营销活动将触达所勾选客群中的客户</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="189"/>
        <source>Only customers of the ticked branches; none ticked: every branch</source>
        <translation>仅限所勾选网点的客户；未勾选则包括所有网点</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="190"/>
        <source>Only customers in the ticked lifecycle stages; none ticked: any stage</source>
        <translation>仅限处于所勾选生命周期阶段的客户；未勾选则不限阶段</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="191"/>
        <source>Only customers with any of the ticked early warnings; none ticked: no condition</source>
        <translation>仅限具有任一所勾选预警的客户；未勾选则不设此条件</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="192"/>
        <source>Ne&amp;xt-best product:</source>
        <translation>推荐产品(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="193"/>
        <source>Only customers for whom this product is among the next-best offers</source>
        <translation>仅限推荐产品中包含此产品的客户</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="194"/>
        <source>Optional filters (Ctrl+Tab switches between them)</source>
        <translation>可选筛选条件（按 Ctrl+Tab 在各项之间切换）</translation>
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
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="195"/>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="196"/>
        <source>AUM (¥)</source>
        <translation>资产管理规模（¥）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="196"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="197"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="198"/>
        <source>Early warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="298"/>
        <source>Any product</source>
        <translation>不限产品</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="304"/>
        <source>(no branch)</source>
        <translation>（无网点）</translation>
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
        <translation>%1 — %2 位客户</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="349"/>
        <source>Filtering by lifecycle stage, early warning or next-best product needs a lifetime-value run: Analyze ▸ Lifetime Value… (Ctrl+5).</source>
        <translation>按生命周期阶段、预警或推荐产品筛选，需要先有客户生命周期价值运行结果：请运行“分析 ▸ 客户生命周期价值…”（Ctrl+5）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="352"/>
        <source>Reading the lifetime-value run&apos;s warnings and next-best products…</source>
        <translation>正在读取客户生命周期价值运行结果中的预警和推荐产品…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="364"/>
        <source>&amp;Branches</source>
        <translation>网点(&amp;B)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="365"/>
        <source>&amp;Lifecycle</source>
        <translation>生命周期(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignaudienceeditor.cpp" line="366"/>
        <source>Wa&amp;rnings</source>
        <translation>预警(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tierwise::CampaignEvaluationView</name>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="115"/>
        <source>Treated conversion minus control conversion, in percentage points, with its 95 % interval (p₁ − p₀) ± 1.96 · √(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀)</source>
        <translation>实验组转化率减去对照组转化率（以百分点计），及其 95% 置信区间 (p₁ − p₀) ± 1.96 · √(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="133"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="133"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="134"/>
        <source>Customers contacted (the treated group)</source>
        <translation>已联系的客户（实验组）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="135"/>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="386"/>
        <source>Treated</source>
        <translation>实验组</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="136"/>
        <source>Treated customers who responded</source>
        <translation>实验组中有响应的客户</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="137"/>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="143"/>
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="138"/>
        <source>Conversion of the treated group</source>
        <translation>实验组的转化率</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="139"/>
        <source>Treated rate</source>
        <translation>实验组转化率</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="140"/>
        <source>Customers held out, not contacted (the control group)</source>
        <translation>预留且未联系的客户（对照组）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="141"/>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="386"/>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="142"/>
        <source>Control customers who converted anyway</source>
        <translation>未被联系但仍然转化的对照组客户</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="144"/>
        <source>Conversion of the control group</source>
        <translation>对照组的转化率</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="145"/>
        <source>Control rate</source>
        <translation>对照组转化率</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="146"/>
        <source>Treated rate minus control rate, percentage points</source>
        <translation>实验组转化率减去对照组转化率，单位为百分点</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="147"/>
        <source>Lift</source>
        <translation>提升</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="148"/>
        <source>The lift&apos;s 95 % confidence interval</source>
        <translation>提升幅度的 95% 置信区间</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="149"/>
        <source>95 % interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="150"/>
        <source>The treated group&apos;s response amount</source>
        <translation>实验组的响应金额</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="151"/>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
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
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="161"/>
        <source>(no branch)</source>
        <translation>（无网点）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="263"/>
        <source>Choose a campaign to see its evaluation.</source>
        <translation>请选择一个营销活动以查看其评估结果。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="276"/>
        <source>%1%2 pp</source>
        <translation>%1%2 个百分点</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="283"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="352"/>
        <source>By &amp;segment</source>
        <translation>按客群(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="353"/>
        <source>By b&amp;ranch</source>
        <translation>按网点(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="363"/>
        <source>No responses imported yet: %1 treated and %2 control customers. Import the responses (Ctrl+I) once the campaign has run.</source>
        <translation>尚未导入响应数据：实验组 %1 位客户，对照组 %2 位客户。营销活动执行后，请导入响应数据（Ctrl+I）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="367"/>
        <source>Treated: %1 of %2 converted (%3). Control: %4 of %5 (%6). Lift: %7 (95 % interval %8).</source>
        <translation>实验组：%2 位中有 %1 位转化（%3）。对照组：%5 位中有 %4 位（%6）。提升：%7（95% 置信区间 %8）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="372"/>
        <source>The lift is the treated conversion minus the control conversion. Its 95 % interval: (p₁ − p₀) ± 1.96 · √(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀). An interval that excludes 0 means the campaign made a difference.</source>
        <translation>提升幅度为实验组转化率减去对照组转化率。其 95% 置信区间为：(p₁ − p₀) ± 1.96 · √(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀)。若区间不包含 0，说明营销活动产生了效果。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="412"/>
        <source>Lift, 95 % interval</source>
        <translation>提升（95% 置信区间）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="434"/>
        <source>Conversion (%)</source>
        <translation>转化率（%）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="437"/>
        <source>Conversion by segment, treated vs control</source>
        <translation>各客群转化率：实验组与对照组对比</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignevaluationview.cpp" line="457"/>
        <source>%1
Treated: %2 of %3 (%4)
Control: %5 of %6 (%7)
Lift: %8
95 % interval: %9</source>
        <translation>%1
实验组：%3 位中有 %2 位（%4）
对照组：%6 位中有 %5 位（%7）
提升：%8
95% 置信区间：%9</translation>
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
        <translation>正在保存营销活动</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignjobs.cpp" line="86"/>
        <source>Exporting the audience</source>
        <translation>正在导出目标客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignjobs.cpp" line="97"/>
        <source>Importing the responses</source>
        <translation>正在导入响应数据</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignjobs.cpp" line="108"/>
        <source>Evaluating the campaign</source>
        <translation>正在评估营销活动</translation>
    </message>
</context>
<context>
    <name>tierwise::CampaignListPage</name>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="140"/>
        <source>5 · Campaigns</source>
        <translation>5 · 营销活动</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="141"/>
        <source>Evaluation: treated against control</source>
        <translation>评估：实验组对比对照组</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="142"/>
        <source>E&amp;xport Audience…</source>
        <translation>导出目标客群(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="143"/>
        <source>Write the chosen campaign&apos;s treated customers as CSV for the CRM or the branches, masked unless you export unmasked (Ctrl+E)</source>
        <translation>将所选营销活动的实验组客户写入 CSV，供 CRM 系统或网点使用；除非选择不脱敏导出，否则个人信息均已脱敏（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="145"/>
        <source>Export &amp;unmasked</source>
        <translation>不脱敏导出(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="146"/>
        <source>Write names, ids and phone numbers in full. You are asked to confirm, and the export is recorded in the workspace&apos;s audit log.</source>
        <translation>完整写出姓名、客户号和电话号码。导出前需要您确认，且本次导出会记录在工作区的审计日志中。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="148"/>
        <source>&amp;Import Responses…</source>
        <translation>导入响应数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="149"/>
        <source>Read who responded (customer_id, responded, date, amount) from a CSV or TSV file; it replaces the chosen campaign&apos;s earlier responses (Ctrl+I)</source>
        <translation>从 CSV 或 TSV 文件读取响应情况（customer_id、responded、date、amount）；将替换所选营销活动之前的响应数据（Ctrl+I）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="151"/>
        <source>Export Audience…</source>
        <translation>导出目标客群…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="152"/>
        <source>Import Responses…</source>
        <translation>导入响应数据…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>Audience</source>
        <translation>目标客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="153"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="154"/>
        <source>Budget (¥)</source>
        <translation>预算（¥）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="154"/>
        <source>Created</source>
        <translation>创建时间</translation>
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
            <numerusform>（%n 个筛选条件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="260"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="261"/>
        <source>Evaluated</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="267"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="308"/>
        <source>No campaigns yet: plan one on the Plan tab and save it.</source>
        <translation>尚无营销活动：请在“规划”选项卡中规划一个营销活动并保存。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="309"/>
        <source>Choose a campaign to see its evaluation.</source>
        <translation>请选择一个营销活动以查看其评估结果。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="314"/>
        <source>Reading the evaluation…</source>
        <translation>正在读取评估结果…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="352"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="357"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="370"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="419"/>
        <source>Export Audience</source>
        <translation>导出目标客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="352"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="370"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="435"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="450"/>
        <source>Choose a campaign in the list first.</source>
        <translation>请先在列表中选择一个营销活动。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="359"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="371"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="451"/>
        <source>Wait until the running export or import has finished.</source>
        <translation>请等待正在进行的导出或导入完成。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="379"/>
        <source>Export Unmasked</source>
        <translation>不脱敏导出</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="380"/>
        <source>Export the audience of “%1” with names, customer ids and phone numbers in full?

The file will hold personal data in plain text: keep it only as long as the campaign needs it. The export is recorded in the workspace&apos;s audit log (who, when, which file, how many customers).</source>
        <translation>要导出“%1”的目标客群，并完整写出姓名、客户号和电话号码吗？

该文件将以明文保存个人信息：请仅在营销活动需要期间保留。本次导出将记录在工作区的审计日志中（操作人、时间、文件及客户数量）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="388"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="415"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="409"/>
        <source>Exporting the audience to %1…</source>
        <translation>正在将目标客群导出到 %1…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="423"/>
        <source>%1 customers exported UNMASKED to %2; recorded in the audit log.</source>
        <translation>已将 %1 位客户以“未脱敏”方式导出到 %2，并已记录在审计日志中。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="425"/>
        <source>%1 customers exported (masked) to %2.</source>
        <translation>已将 %1 位客户（已脱敏）导出到 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="435"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="438"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="450"/>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="481"/>
        <source>Import Responses</source>
        <translation>导入响应数据</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="439"/>
        <source>Response files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>响应文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="462"/>
        <source>Importing the responses from %1…</source>
        <translation>正在从 %1 导入响应数据…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="469"/>
        <source>Import cancelled; the campaign&apos;s results are unchanged.</source>
        <translation>导入已取消，营销活动的结果未作任何更改。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="476"/>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="478"/>
        <source>%1, column %2</source>
        <translation>%1，第 %2 列</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="479"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="480"/>
        <source>Import refused; the campaign&apos;s results are unchanged.</source>
        <translation>导入被拒绝，营销活动的结果未作任何更改。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="481"/>
        <source>%1

Nothing was imported: the campaign&apos;s results are unchanged.</source>
        <translation>%1

未导入任何数据：营销活动的结果未作任何更改。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="486"/>
        <source>%1 responses imported, %2 of them responded.</source>
        <translation>已导入 %1 条响应记录，其中 %2 位客户有响应。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignlistpage.cpp" line="514"/>
        <source>Done, in the workspace closed meanwhile.</source>
        <translation>已完成，但该工作区在此期间已关闭。</translation>
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
        <translation>1 · 目标客群</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="188"/>
        <source>2 · Control group</source>
        <translation>2 · 对照组</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="205"/>
        <source>Control sh&amp;are:</source>
        <translation>对照组比例(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="207"/>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="219"/>
        <source>3 · Strategy and expected outcome</source>
        <translation>3 · 策略与预期效果</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="240"/>
        <source>4 · Campaign</source>
        <translation>4 · 营销活动</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="258"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="260"/>
        <source>S&amp;tart:</source>
        <translation>开始日期(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="262"/>
        <source>En&amp;d:</source>
        <translation>结束日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="264"/>
        <source>B&amp;udget (¥):</source>
        <translation>预算（¥）(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="286"/>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="287"/>
        <source>Choose the audience and the control group, see the strategy and the expected outcome, save the campaign</source>
        <translation>选择目标客群和对照组，查看策略和预期效果，保存营销活动</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="289"/>
        <source>The saved campaigns: export their audience, import the responses, see the lift</source>
        <translation>已保存的营销活动：导出目标客群、导入响应数据、查看提升效果</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="293"/>
        <source>The share of the audience held out at random and not contacted, to measure the campaign&apos;s effect against (0 – 90 %)</source>
        <translation>随机预留且不联系的目标客群比例，作为衡量营销活动效果的对照基准（0 – 90%）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="295"/>
        <source>The same seed picks the same control customers for the same audience</source>
        <translation>对于同一目标客群，相同的种子会选出相同的对照组客户</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="296"/>
        <source>Ne&amp;w Seed</source>
        <translation>新随机种子(&amp;W)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="297"/>
        <source>Draw a new random seed: a different control group</source>
        <translation>生成新的随机种子，得到不同的对照组</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="298"/>
        <source>For example: Affluent — deposit renewal</source>
        <translation>例如：中端客户 — 存款续存</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="299"/>
        <source>The campaign&apos;s name, shown in the list and in the exported file&apos;s name</source>
        <translation>营销活动名称，显示在列表中及导出文件的文件名中</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="300"/>
        <source>The first day of the campaign</source>
        <translation>营销活动的第一天</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="301"/>
        <source>The campaign&apos;s total budget; it follows the expected cost until you change it</source>
        <translation>营销活动的总预算；在您修改之前，它会随预期成本自动更新</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="302"/>
        <source>&amp;Save Campaign</source>
        <translation>保存营销活动(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="303"/>
        <source>Save the campaign with its treated and control customers (Ctrl+S)</source>
        <translation>保存营销活动及其实验组和对照组客户（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="304"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="305"/>
        <source>Stop the running save, export or import; the workspace stays as it was</source>
        <translation>停止正在进行的保存、导出或导入；工作区保持原样</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="306"/>
        <location filename="../widgets/editors/campaignplanner.cpp" line="682"/>
        <location filename="../widgets/editors/campaignplanner.cpp" line="737"/>
        <source>Save Campaign</source>
        <translation>保存营销活动</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="307"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="322"/>
        <source>&amp;Campaigns</source>
        <translation>营销活动(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="322"/>
        <source>&amp;Campaigns (%1)</source>
        <translation>营销活动（%1）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="429"/>
        <source>The warnings and next-best products could not be read: %1</source>
        <translation>无法读取预警和推荐产品：%1</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="450"/>
        <source>Open a workspace and run the tiers first (File ▸ Open Workspace…, then Analyze ▸ Value Tiers).</source>
        <translation>请先打开工作区并运行价值分层（“文件 ▸ 打开工作区…”，然后“分析 ▸ 价值层级”）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="453"/>
        <source>No segments yet: run the tiers first (Analyze ▸ Value Tiers, Ctrl+1).</source>
        <translation>尚无客群：请先运行价值分层（“分析 ▸ 价值层级”，Ctrl+1）。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="456"/>
        <source>Plan Campaign — %1</source>
        <translation>规划营销活动 — %1</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="458"/>
        <source>Plan Campaign</source>
        <translation>规划营销活动</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="513"/>
        <location filename="../widgets/editors/campaignplanner.cpp" line="684"/>
        <source>Open a workspace and run the tiers first.</source>
        <translation>请先打开工作区并运行价值分层。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="514"/>
        <source>Tick one or more segments.</source>
        <translation>请勾选一个或多个客群。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="515"/>
        <source>Reading the lifetime-value run&apos;s warnings and next-best products…</source>
        <translation>正在读取客户生命周期价值运行结果中的预警和推荐产品…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="525"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="526"/>
        <source>AUM</source>
        <translation>资产管理规模</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="527"/>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="528"/>
        <source>Margin CLV</source>
        <translation>利润贡献 CLV</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="529"/>
        <source>The customers who match, their assets under management, and the sums of their lifetime value (spend) and margin lifetime value over the CLV run&apos;s horizon</source>
        <translation>符合条件的客户数、其资产管理规模，以及在 CLV 运行结果预测期内的客户生命周期价值（消费）与利润贡献生命周期价值之和</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="533"/>
        <source>No customer matches: loosen the filters.</source>
        <translation>没有符合条件的客户：请放宽筛选条件。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="535"/>
        <source>No lifetime value yet: run Analyze ▸ Lifetime Value… (Ctrl+5) for CLV and the expected outcome.</source>
        <translation>尚无客户生命周期价值：请运行“分析 ▸ 客户生命周期价值…”（Ctrl+5），以获得 CLV 和预期效果。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="550"/>
        <source>Treated (contacted)</source>
        <translation>实验组（已联系）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="551"/>
        <source>Control (held out)</source>
        <translation>对照组（预留）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="552"/>
        <source>Control = round(audience × share); the customers with the smallest hash of the seed and their id are held out</source>
        <translation>对照组 = round(目标客群 × 比例)；按种子与客户号计算哈希值，哈希值最小的客户被预留为对照组</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="584"/>
        <source>Tick a segment to see its strategy and the expected outcome.</source>
        <translation>勾选一个客群以查看其策略和预期效果。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="586"/>
        <source>No saved strategy for “%1” yet: write one in the strategy editor (Plan ▸ Strategies per Tier). Without it there are no targets to estimate the outcome from.</source>
        <translation>“%1”尚无已保存的策略：请在策略编辑器中编写（“规划 ▸ 分层策略”）。没有策略，就没有可用于估算效果的目标值。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="603"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="607"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="610"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: version %2, saved by %3 on %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：第 %2 版，由 %3 于 %4 保存</translation>
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
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="619"/>
        <source>reach %1, conversion %2, AUM growth %3</source>
        <translation>触达率 %1，转化率 %2，资产管理规模增长 %3</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="629"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="630"/>
        <source>Reached</source>
        <translation>触达人数</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="631"/>
        <source>Conversions</source>
        <translation>转化人数</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="632"/>
        <source>Incremental value</source>
        <translation>增量价值</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="634"/>
        <source>Cost = treated × budget per customer
Reached = treated × reach target (100 % if not set)
Conversions = reached × conversion target
Incremental value = conversions × average margin CLV (%1) × AUM growth target</source>
        <translation>成本 = 实验组人数 × 每位客户预算
触达人数 = 实验组人数 × 触达率目标（未设置时按 100% 计）
转化人数 = 触达人数 × 转化率目标
增量价值 = 转化人数 × 平均利润贡献 CLV（%1）× 资产管理规模增长目标</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="645"/>
        <source>Targets missing: %1. Set them in the strategy editor; until then the outcome counts a missing reach as 100 % and a missing conversion or AUM growth as 0.</source>
        <translation>缺少目标值：%1。请在策略编辑器中设置；在此之前，预期效果将缺失的触达率按 100% 计，缺失的转化率或资产管理规模增长按 0 计。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="649"/>
        <source>No margin CLV for this audience: run Analyze ▸ Lifetime Value… for the incremental value.</source>
        <translation>此目标客群没有利润贡献 CLV：请运行“分析 ▸ 客户生命周期价值…”以计算增量价值。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="665"/>
        <location filename="../widgets/editors/campaignplanner.cpp" line="701"/>
        <source>The campaign ends before it starts.</source>
        <translation>营销活动的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="666"/>
        <source>The last day of the campaign</source>
        <translation>营销活动的最后一天</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="688"/>
        <source>Wait until the campaign being saved is saved.</source>
        <translation>请等待正在保存的营销活动保存完成。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="692"/>
        <source>Give the campaign a name.</source>
        <translation>请为营销活动命名。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="697"/>
        <source>The audience is empty: no customer matches.</source>
        <translation>目标客群为空：没有符合条件的客户。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="722"/>
        <source>Saved, in the workspace closed meanwhile.</source>
        <translation>已保存，但该工作区在此期间已关闭。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="727"/>
        <source>Saving “%1” with %2 customers…</source>
        <translation>正在保存“%1”（%2 位客户）…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="739"/>
        <source>Saving cancelled; nothing was saved.</source>
        <translation>保存已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/campaignplanner.cpp" line="745"/>
        <source>Saved “%1”: %2 customers held out as the control group. It is listed under Campaigns (Alt+C).</source>
        <translation>已保存“%1”：%2 位客户被预留为对照组。可在“营销活动”下查看（Alt+C）。</translation>
    </message>
</context>
<context>
    <name>tierwise::ClusterProfileView</name>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="95"/>
        <source>%1 in %2: %3
%4 standard deviations from the clusters&apos; mean</source>
        <translation>%2 中的%1：%3
偏离各聚类总体均值 %4 个标准差</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="106"/>
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="108"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="164"/>
        <source>k = %1: silhouette %2</source>
        <translation>k = %1：轮廓系数 %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="256"/>
        <source>No clusters yet — run a k-means segmentation to see what sets each cluster apart.</source>
        <translation>尚无聚类结果。请运行 k-means 分群，查看各聚类的特征差异。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="292"/>
        <source>Number of clusters k</source>
        <translation>聚类个数 k</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="293"/>
        <source>Silhouette</source>
        <translation>轮廓系数</translation>
    </message>
    <message>
        <location filename="../widgets/charts/clusterprofileview.cpp" line="295"/>
        <source>Silhouette by k — best k = %1 (%2)</source>
        <translation>各 k 值的轮廓系数——最佳 k = %1（%2）</translation>
    </message>
</context>
<context>
    <name>tierwise::ClusteringDialog</name>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="99"/>
        <source>Cluster the Customers</source>
        <translation>客户聚类分析</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="100"/>
        <source>Try every &amp;k from</source>
        <translation>逐一尝试 k(&amp;K)：从</translation>
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
        <translation>（取轮廓系数最高者）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="104"/>
        <source>The same seed gives the same clusters</source>
        <translation>相同的种子得到相同的聚类结果</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="105"/>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="106"/>
        <source>&amp;Restarts:</source>
        <translation>重启次数(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="107"/>
        <source>Features: age, tenure, recency, frequency, spend, AUM, products, mobile and counter shares; standardised, money on a log scale.</source>
        <translation>特征：年龄、客龄、最近交易间隔、交易频次、交易金额、资产管理规模、产品数、手机银行和柜台交易占比；均已标准化，金额取对数。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="109"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tierwise::ClustersPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="420"/>
        <source>No clusters yet — run Analyze ▸ Clustering.</source>
        <translation>尚无聚类结果。请运行“分析 ▸ 聚类分析”。</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="423"/>
        <source>%1: each cluster&apos;s mean figures; colours compare the clusters column by column.</source>
        <translation>%1：各聚类的平均值；颜色逐列对比各聚类。</translation>
    </message>
</context>
<context>
    <name>tierwise::ClvDialog</name>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="172"/>
        <source>Estimate Lifetime Value</source>
        <translation>估算客户生命周期价值</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="173"/>
        <source>The latest date in the workspace (%1)</source>
        <translation>工作区中的最新日期（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="174"/>
        <source>As of:</source>
        <translation>数据截至：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="175"/>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="179"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="176"/>
        <source>&amp;Horizon:</source>
        <translation>预测期(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="177"/>
        <source> % a month</source>
        <translation> %/月</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="178"/>
        <source>&amp;Discount:</source>
        <translation>折现率(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="180"/>
        <source>No holdout check</source>
        <translation>不进行留出期检验</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="181"/>
        <source>Refit the model this many months before the as-of date and compare its predictions with what happened</source>
        <translation>以数据截至日期前的这几个月为留出期重新拟合模型，并将预测结果与实际发生情况进行比较</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="182"/>
        <source>Hold&amp;out check:</source>
        <translation>留出期检验(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="183"/>
        <source>Margin CLV (balances × margins)</source>
        <translation>利润贡献 CLV（余额 × 利差）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="184"/>
        <source>Transaction CLV (BG/NBD + Gamma-Gamma)</source>
        <translation>交易 CLV（BG/NBD + Gamma-Gamma）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="185"/>
        <source>&amp;Value bands by:</source>
        <translation>价值分层依据(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/analysisdialogs.cpp" line="186"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>tierwise::CohortHeatmap</name>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="179"/>
        <source>No cohorts yet — run a lifetime-value analysis to follow customers from the month they joined.</source>
        <translation>尚无同期群数据。请运行客户生命周期价值分析，从客户加入当月起跟踪其表现。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="180"/>
        <source>&amp;Active share</source>
        <translation>活跃占比(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="181"/>
        <source>Share of each cohort&apos;s customers with at least one active day in the month</source>
        <translation>各同期群中当月至少有一天活跃的客户占比</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="182"/>
        <source>AUM &amp;retained</source>
        <translation>AUM 留存率(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="183"/>
        <source>Each cohort&apos;s month-end AUM relative to its first full month (month 1)</source>
        <translation>各同期群的月末资产管理规模相对于其第一个完整月份（第 1 个月）的比例</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="209"/>
        <source>Active (%)</source>
        <translation>活跃（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="209"/>
        <source>AUM vs month 1 (%)</source>
        <translation>AUM 相对第 1 个月（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="242"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="246"/>
        <source>Acquisition month (customers)</source>
        <translation>获客月份（客户数）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="255"/>
        <source>Months since acquisition</source>
        <translation>获客后月数</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="271"/>
        <source>Average active share</source>
        <translation>平均活跃占比</translation>
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
        <translation>按获客同期群的活跃占比——%2 个同期群，共 %1 位客户</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="277"/>
        <source>AUM retained by acquisition cohort — %1 customers in %2 cohorts</source>
        <translation>按获客同期群的 AUM 留存率——%2 个同期群，共 %1 位客户</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="308"/>
        <source>Cohort %1 (%2 customers), month %3</source>
        <translation>同期群 %1（%2 位客户），第 %3 个月</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="312"/>
        <source>Not observed yet</source>
        <translation>尚未观察到</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="314"/>
        <source>%1 active</source>
        <translation>活跃 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="314"/>
        <source>%1 of month-1 AUM</source>
        <translation>为第 1 个月 AUM 的 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/cohortheatmap.cpp" line="321"/>
        <source>Month %1: average %2</source>
        <translation>第 %1 个月：平均 %2</translation>
    </message>
</context>
<context>
    <name>tierwise::CustomerProfile</name>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="394"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="394"/>
        <source>Opened</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="394"/>
        <source>Matures</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="394"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="395"/>
        <source>AUM, month by month</source>
        <translation>逐月资产管理规模</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="398"/>
        <source>Click a customer on the map or in the table to see the profile.</source>
        <translation>在客群地图或客户表中点击客户，即可查看客户画像。</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="237"/>
        <source>Customer profile</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="402"/>
        <source>Customer %1 is not in this workspace.</source>
        <translation>客户 %1 不在此工作区中。</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="407"/>
        <source>Customer %1 · branch %2 · relationship manager %3</source>
        <translation>客户 %1 · 网点 %2 · 客户经理 %3</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="436"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="437"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="438"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="439"/>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="440"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="441"/>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="443"/>
        <source>Risk tolerance</source>
        <translation>风险承受能力</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="444"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="445"/>
        <source>Preferred channel</source>
        <translation>偏好渠道</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/customerprofile.cpp" line="450"/>
        <source>(watch: %n month(s) below the line)</source>
        <translation>
            <numerusform>（观察中：已有 %n 个月低于门槛）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="450"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="453"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="455"/>
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="457"/>
        <source>Value × risk</source>
        <translation>价值 × 风险</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="459"/>
        <source>Saved segment</source>
        <translation>已保存客群</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="463"/>
        <source>CLV (transactions)</source>
        <translation>交易 CLV</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="464"/>
        <source>CLV (margin)</source>
        <translation>利润贡献 CLV</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="466"/>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="468"/>
        <source>Expected transactions</source>
        <translation>预期交易次数</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="470"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="473"/>
        <source>Value band</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="489"/>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="490"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="495"/>
        <source>the book</source>
        <translation>全体客户</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="496"/>
        <source>Next-best products</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="497"/>
        <source>None: the customer holds what peers hold, or nothing else suits the customer&apos;s risk tolerance and age.</source>
        <translation>无：该客户已持有同群客户常持有的产品，或其他产品不符合其风险承受能力与年龄。</translation>
    </message>
    <message>
        <location filename="../widgets/views/customerprofile.cpp" line="499"/>
        <source>None yet — run Analyze ▸ Lifetime Value to suggest products.</source>
        <translation>暂无——请运行“分析 ▸ 客户生命周期价值”以推荐产品。</translation>
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
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="471"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="472"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="473"/>
        <source>Relationship manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="473"/>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="474"/>
        <source>Age in years at %1</source>
        <translation>截至 %1 的年龄（岁）</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="474"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="475"/>
        <source>Months since the customer joined</source>
        <translation>成为客户以来的月数</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="475"/>
        <source>Tenure (months)</source>
        <translation>客龄（月）</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="476"/>
        <source>Assets under management at the month end of %1</source>
        <translation>%1 月末的资产管理规模</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="476"/>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="477"/>
        <source>Value tier of the newest tiers run</source>
        <translation>最新一次“价值层级”运行所得的层级</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="477"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="478"/>
        <source>Segment of the chosen segmentation run</source>
        <translation>所选分群运行记录中的客群</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="478"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="479"/>
        <source>Lifetime value from transactions</source>
        <translation>基于交易的客户生命周期价值</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="479"/>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="480"/>
        <source>Lifetime value from the bank&apos;s margin</source>
        <translation>基于银行利差的客户生命周期价值</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="480"/>
        <source>Margin CLV</source>
        <translation>利润贡献 CLV</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="481"/>
        <source>Probability the customer is still active</source>
        <translation>客户仍处于活跃状态的概率</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="481"/>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="482"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="483"/>
        <source>Value band</source>
        <translation>价值分层</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="484"/>
        <source>Early warnings of the CLV run</source>
        <translation>CLV 运行记录中的预警</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/customertablemodel.cpp" line="484"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>tierwise::CustomerTableView</name>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="150"/>
        <source>Filter by id, name, branch, RM, segment or stage (Ctrl+F)</source>
        <translation>按客户号、姓名、网点、客户经理、客群或阶段筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="151"/>
        <source>Shows the customers whose id, name, branch, RM, tier, segment or lifecycle stage contains the text</source>
        <translation>显示客户号、姓名、网点、客户经理、层级、客群或生命周期阶段中包含该文字的客户</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="153"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="154"/>
        <source>Choose the columns to show</source>
        <translation>选择要显示的列</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="155"/>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="156"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>将选中的行复制为制表符分隔的文本</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="157"/>
        <source>Sort ascending by this column</source>
        <translation>按此列升序排序</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="158"/>
        <source>Sort descending by this column</source>
        <translation>按此列降序排序</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="244"/>
        <source>No workspace — open or import one</source>
        <translation>尚未打开工作区，请打开或导入工作区</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="246"/>
        <source>The customers could not be read: %1</source>
        <translation>无法读取客户数据：%1</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="248"/>
        <source>No customers — import a customer book first</source>
        <translation>没有客户，请先导入客户数据</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="250"/>
        <source>%1 of %2 customers</source>
        <translation>共 %2 位客户，显示 %1 位</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="253"/>
        <source>%1 — loading…</source>
        <translation>%1 — 正在加载…</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="253"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="343"/>
        <source>The table shows no customers to export.</source>
        <translation>表格中没有可导出的客户。</translation>
    </message>
    <message>
        <location filename="../widgets/views/customertableview.cpp" line="360"/>
        <location filename="../widgets/views/customertableview.cpp" line="375"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tierwise::DistributionChart</name>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="246"/>
        <source>No values to show — choose a feature and run a segmentation first.</source>
        <translation>没有可显示的数值。请先选择一个特征并运行分群。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="280"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="321"/>
        <source>%1 (log scale)</source>
        <translation>%1（对数刻度）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="323"/>
        <source>Share of segment (%)</source>
        <translation>占客群比例（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="328"/>
        <source>Distribution of %1 by segment — %2 values, %3 bins</source>
        <translation>各客群的%1分布——%2 个值，%3 个区间</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="332"/>
        <source>(%1 missing or ≤ 0 not shown)</source>
        <translation>（%1 个缺失或 ≤ 0 的值未显示）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/distributionchart.cpp" line="332"/>
        <source>(%1 missing not shown)</source>
        <translation>（%1 个缺失值未显示）</translation>
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
        <translation>%1：%2 个值
中位数 %3，四分位数 %4 – %5
须线 %6 – %7，异常值：%8</translation>
    </message>
</context>
<context>
    <name>tierwise::DistributionsPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="309"/>
        <source>&amp;Figure:</source>
        <translation>指标(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="310"/>
        <source>&amp;Per segment of:</source>
        <translation>分组依据(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="314"/>
        <location filename="../widgets/views/analysispages.cpp" line="340"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
</context>
<context>
    <name>tierwise::Error</name>
    <message>
        <location filename="../models/result.cpp" line="32"/>
        <source> [column %1]</source>
        <translation> [列 %1]</translation>
    </message>
    <message>
        <location filename="../models/result.cpp" line="34"/>
        <source> (value &apos;%1&apos;)</source>
        <translation>（值“%1”）</translation>
    </message>
</context>
<context>
    <name>tierwise::FilesPage</name>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="86"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="87"/>
        <source>Choose the extracts to import, or drop them here. Each file&apos;s kind and encoding are detected from its first lines.</source>
        <translation>选择要导入的数据提取文件，或将其拖放到此处。系统会根据每个文件的前几行检测其类型和编码。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="89"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="89"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="89"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="89"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="90"/>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="91"/>
        <source>No files yet — click Add Files… or drop CSV files here.</source>
        <translation>尚未添加文件。请点击“添加文件…”，或将 CSV 文件拖放到此处。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="92"/>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="93"/>
        <source>Choose CSV or text files to import (Ctrl+O)</source>
        <translation>选择要导入的 CSV 或文本文件（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="94"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="95"/>
        <source>Remove the selected files from the list (Delete)</source>
        <translation>从列表中移除选中的文件（Delete）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="139"/>
        <source>Add Files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="140"/>
        <source>Extracts (*.csv *.txt *.tsv *.dat);;All files (*)</source>
        <translation>数据提取文件 (*.csv *.txt *.tsv *.dat);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/filespage.cpp" line="163"/>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>tierwise::ImportController</name>
    <message>
        <location filename="../widgets/shell/importworker.cpp" line="52"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>导入已取消，工作区未作任何更改。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importworker.cpp" line="60"/>
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
</context>
<context>
    <name>tierwise::ImportPage</name>
    <message>
        <location filename="../widgets/wizard/importpage.cpp" line="42"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importpage.cpp" line="43"/>
        <source>The import runs in the background; the window shows its progress and can cancel it.</source>
        <translation>导入在后台运行；窗口中会显示进度，并可随时取消。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importpage.cpp" line="61"/>
        <source>• %1 — %2, %3 rows</source>
        <translation>• %1 — %2，%3 行</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importpage.cpp" line="64"/>
        <source>%1 rejected rows are left out; the rest is imported.</source>
        <translation>%1 行被拒绝，将不予导入；其余行将正常导入。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importpage.cpp" line="67"/>
        <source>Everything is imported in one transaction: if the import is cancelled or fails, the workspace stays as it is.</source>
        <translation>所有数据在单个数据库事务中导入：如果导入被取消或失败，工作区将保持原样。</translation>
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
        <translation>取消导入（Esc），工作区保持原样</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importprogresspanel.cpp" line="57"/>
        <source>Starting the import…</source>
        <translation>正在开始导入…</translation>
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
        <translation>正在取消导入…</translation>
    </message>
</context>
<context>
    <name>tierwise::ImportResultDialog</name>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="107"/>
        <source>Import Problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="109"/>
        <source>Rows imported: %1. Rows rejected and left out: %2.</source>
        <translation>已导入 %1 行；%2 行被拒绝，未导入。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="111"/>
        <source>The import was refused and nothing was committed; the workspace is unchanged. Problems found: %1.</source>
        <translation>导入被拒绝，未提交任何数据，工作区未作更改。发现问题：%1 处。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="113"/>
        <source>Correct the rows below in the source files and import them again.</source>
        <translation>请在源文件中更正以下各行，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="115"/>
        <source>Showing the first %1 of %2 rejections; the report lists them all.</source>
        <translation>仅显示 %2 条拒绝记录中的前 %1 条；报告中列出了全部记录。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="118"/>
        <source>Full report: %1</source>
        <translation>完整报告：%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/importresultdialog.cpp" line="119"/>
        <source>Open Report Folder</source>
        <translation>打开报告所在文件夹</translation>
    </message>
</context>
<context>
    <name>tierwise::ImportWizard</name>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="65"/>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="72"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="154"/>
        <source>Cannot write the mapping file %1: %2</source>
        <translation>无法写入映射文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="82"/>
        <source>Cannot write the mapping for the import.</source>
        <translation>无法写入本次导入所用的映射。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/importwizard.cpp" line="86"/>
        <source>Another import is running; wait for it to finish, then click Import again.</source>
        <translation>另一个导入正在进行；请等待其完成后再点击“导入”。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="84"/>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="145"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="225"/>
        <source>Cannot tell what this file holds: choose its kind or map its columns. %1</source>
        <translation>无法判断该文件的内容：请选择其类型或映射其各列。%1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="237"/>
        <source>A %1 file needs a column for %2.</source>
        <translation>%1文件需要包含以下列：%2。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="237"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="251"/>
        <source>Columns &apos;%1&apos; and &apos;%2&apos; both hold the %3; skip one of them.</source>
        <translation>列“%1”和列“%2”都是%3；请跳过其中一列。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="273"/>
        <source>Aligned columns (spaces)</source>
        <translation>对齐列（空格）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="275"/>
        <source>Comma (,)</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="276"/>
        <source>Semicolon (;)</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="277"/>
        <source>Tab</source>
        <translation>制表符（Tab）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="278"/>
        <source>Vertical bar (|)</source>
        <translation>竖线（|）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="293"/>
        <source>Column &apos;%1&apos; is mapped differently in two files; one mapping file holds one mapping per header.</source>
        <translation>列“%1”在两个文件中的映射不同；一个映射文件中每个表头只能有一种映射。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="304"/>
        <source>Some files have a header row and some do not; import them separately.</source>
        <translation>部分文件有表头行，部分没有；请分别导入。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="318"/>
        <source>The files are read with different encodings; import them separately.</source>
        <translation>这些文件使用不同的编码读取；请分别导入。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="329"/>
        <source>%1: a chosen kind applies to every file of an import; import files of other kinds separately.</source>
        <translation>%1：所选类型适用于本次导入的所有文件；其他类型的文件请分别导入。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/wizardfile.cpp" line="335"/>
        <source>%1 would be read as a %2 file; import it separately.</source>
        <translation>%1 将被读取为%2文件；请单独导入。</translation>
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
        <translation>没有正在运行的分析。请从“分析”菜单启动。</translation>
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
        <translation>取消“%1”，工作区保持原样</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="84"/>
        <source>Cancel %1</source>
        <translation>取消“%1”</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="86"/>
        <source>Waiting…</source>
        <translation>等待中…</translation>
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
        <translation>%1 — 约剩 %2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="89"/>
        <source>Done in %1.</source>
        <translation>已完成，用时 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="90"/>
        <source>Cancelled; the workspace is unchanged.</source>
        <translation>已取消，工作区未作任何更改。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/jobspanel.cpp" line="91"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>tierwise::MainWindow</name>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="118"/>
        <source>Save Segment “%1”</source>
        <translation>保存客群“%1”</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="123"/>
        <source>Saving the segment “%1”</source>
        <translation>正在保存客群“%1”</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="130"/>
        <source>Removing the segment “%1”</source>
        <translation>正在移除客群“%1”</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="163"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="165"/>
        <source>Segment Map</source>
        <translation>客群地图</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="168"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="169"/>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="170"/>
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="171"/>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="172"/>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="173"/>
        <source>Model Check</source>
        <translation>模型检验</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="174"/>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="180"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="1118"/>
        <source>Tier Migration</source>
        <translation>层级迁移</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="185"/>
        <source>Tier migration since %1</source>
        <translation>自 %1 以来的层级迁移</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="349"/>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="801"/>
        <source>Map selection</source>
        <translation>地图选区</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="210"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="217"/>
        <source>Book</source>
        <translation>客户总览</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="223"/>
        <source>Customer Profile</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="245"/>
        <source>Strategies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="357"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="359"/>
        <source>Create an empty workspace file</source>
        <translation>创建一个空的工作区文件</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="362"/>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="364"/>
        <source>Open an existing workspace file</source>
        <translation>打开现有的工作区文件</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="367"/>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="370"/>
        <source>Import customer extracts (CSV) into the workspace</source>
        <translation>将客户数据提取文件（CSV）导入工作区</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="373"/>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="377"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="389"/>
        <source>Value &amp;Tiers</source>
        <translation>价值层级(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="390"/>
        <source>Tier the customers by monthly AUM, with the tier rules</source>
        <translation>按月度资产管理规模及分层规则对客户分层</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="396"/>
        <source>&amp;RFM Segments</source>
        <translation>RFM 分群(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="397"/>
        <source>Score recency, frequency and monetary value and name the segments</source>
        <translation>对最近交易、交易频次和交易金额评分，并为各分群命名</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="403"/>
        <source>&amp;Clustering…</source>
        <translation>聚类分析(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="404"/>
        <source>Group the customers by k-means on behaviour and demographics</source>
        <translation>基于行为和人口属性，用 k-means 对客户分群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="406"/>
        <source>Value × &amp;Risk</source>
        <translation>价值 × 风险(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="407"/>
        <source>Combine the value tier with the credit rating</source>
        <translation>将价值层级与信用等级结合</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="413"/>
        <source>&amp;Lifetime Value…</source>
        <translation>客户生命周期价值(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="414"/>
        <source>Estimate CLV, lifecycle stages, cohorts, early warnings and next-best products</source>
        <translation>估算 CLV、生命周期阶段、同期群、预警和推荐产品</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="416"/>
        <source>Run &amp;All</source>
        <translation>全部运行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="417"/>
        <source>Tiers, RFM, clustering, value × risk and lifetime value with their defaults</source>
        <translation>以默认设置运行价值层级、RFM、聚类分析、价值 × 风险和客户生命周期价值</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="419"/>
        <source>Plan &amp;Campaign…</source>
        <translation>规划营销活动(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="420"/>
        <source>Choose an audience, hold out a control group, save and evaluate campaigns</source>
        <translation>选择目标客群、预留对照组、保存并评估营销活动</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="423"/>
        <source>&amp;Mask Personal Data</source>
        <translation>脱敏显示个人信息(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="428"/>
        <source>Show names and ids masked (张**, 6222****1234); unmasking lasts this session</source>
        <translation>姓名和号码以脱敏方式显示（张**，6222****1234）；取消脱敏仅在本次会话中有效</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="435"/>
        <source>Show Personal Data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="436"/>
        <source>Show customers&apos; names and ids unmasked for this session? Only do this when you need to contact a customer.</source>
        <translation>要在本次会话中显示未脱敏的客户姓名和号码吗？请仅在需要联系客户时这样做。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="444"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="868"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
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
        <translation>将所选客户保存为客群(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="453"/>
        <source>Keep the selected customers as a named segment in the workspace</source>
        <translation>将选中的客户作为命名客群保存在工作区中</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="456"/>
        <source>&amp;Chart…</source>
        <translation>图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="458"/>
        <source>Save the chart of the current view as PNG or PDF</source>
        <translation>将当前视图的图表保存为 PNG 或 PDF</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="460"/>
        <source>Print Segment &amp;Brief…</source>
        <translation>打印客群简报(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="463"/>
        <source>A PDF brief on the segments for a branch manager: preview, save</source>
        <translation>为网点负责人准备的客群 PDF 简报：可预览、保存</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="465"/>
        <source>&amp;Table…</source>
        <translation>表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="467"/>
        <source>Save the customer table (as filtered and sorted) as CSV, masked unless unmasked</source>
        <translation>将客户表（按当前筛选和排序）保存为 CSV；除非已取消脱敏，否则个人信息以脱敏方式显示</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="469"/>
        <source>&amp;Selection…</source>
        <translation>所选客户(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="471"/>
        <source>Save the selected customers as CSV</source>
        <translation>将选中的客户保存为 CSV</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="474"/>
        <source>Show &amp;All Customers</source>
        <translation>显示全部客户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="477"/>
        <source>Clear the selection: the table and charts show the whole book</source>
        <translation>清除选择：表格和图表显示全部客户</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="480"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="483"/>
        <source>How to import, analyse and explore a customer book; the keyboard shortcuts</source>
        <translation>如何导入、分析和浏览客户数据；键盘快捷键</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="486"/>
        <source>&amp;About Tierwise</source>
        <translation>关于 Tierwise(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="493"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="496"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="500"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="509"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="515"/>
        <source>&amp;Analyze</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="525"/>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="526"/>
        <source>&amp;Strategies per Tier</source>
        <translation>分层策略(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="531"/>
        <source>Edit the strategy of each tier or segment: offer, channels, pricing, targets and budget</source>
        <translation>编辑每个层级或客群的策略：产品、渠道、定价、目标和预算</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="535"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="544"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="546"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="547"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="548"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="561"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="562"/>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="572"/>
        <source>Edit the tier rules, margin rates, lifecycle rules, warning thresholds, product rules and the strategies&apos; pricing limits</source>
        <translation>编辑分层规则、利润率、生命周期规则、预警阈值、产品规则和策略定价上限</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="578"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="587"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="607"/>
        <source>Show Money in 万 / 亿</source>
        <translation>金额以万 / 亿显示</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="608"/>
        <source>In Chinese, show money in 万 and 亿 (萬 and 億) as bank reports do, rather than in full</source>
        <translation>中文界面下，金额按银行报表习惯以万和亿显示，而不是显示完整数字</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="615"/>
        <source>&amp;System Default (%1)</source>
        <translation>系统默认(&amp;S)（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="626"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="632"/>
        <source>No Recent Workspaces</source>
        <translation>没有最近的工作区</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="634"/>
        <source>Clear Menu</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="651"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="652"/>
        <source>Tierwise workspaces (*.tierwise)</source>
        <translation>Tierwise 工作区 (*.tierwise)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="664"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="665"/>
        <source>Tierwise workspaces (*.tierwise);;All files (*)</source>
        <translation>Tierwise 工作区 (*.tierwise);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="701"/>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="715"/>
        <source>Cannot Create Workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="764"/>
        <source>Loading the book</source>
        <translation>正在加载客户数据</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="803"/>
        <source>%1 selected</source>
        <translation>已选择 %1 位客户</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="803"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="868"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="869"/>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="888"/>
        <source>Save Selection as Segment</source>
        <translation>将所选客户保存为客群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="889"/>
        <source>Name of the segment (%1 customers):</source>
        <translation>客群名称（%1 位客户）：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="892"/>
        <source>Save Segment</source>
        <translation>保存客群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="892"/>
        <source>Give the segment a name, and select its customers first.</source>
        <translation>请为客群命名，并先选择其客户。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="902"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="906"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="915"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="902"/>
        <source>Choose a view with a chart (the segment map, segments, Pareto, cohorts, distributions, model check or clusters) first.</source>
        <translation>请先选择一个含图表的视图（客群地图、客群、帕累托、同期群、分布、模型检验或聚类）。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="907"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="915"/>
        <source>The chart could not be written to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="917"/>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="923"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="926"/>
        <source>Export Selection</source>
        <translation>导出所选客户</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="923"/>
        <source>Nothing is selected: choose customers on the map or in the book first.</source>
        <translation>未选择任何客户：请先在客群地图或客户总览中选择客户。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="926"/>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="927"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="932"/>
        <location filename="../widgets/shell/mainwindow.cpp" line="945"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="945"/>
        <source>The export was not kept: the audit log could not be written (%1).</source>
        <translation>未保留导出文件：无法写入审计日志（%1）。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="950"/>
        <source>Customers saved to %1</source>
        <translation>客户已保存到 %1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="992"/>
        <source>Value tiers</source>
        <translation>价值层级</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="993"/>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="995"/>
        <source>Clustering, k = %1</source>
        <translation>聚类分析，k = %1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="996"/>
        <source>Clustering, k = %1 to %2</source>
        <translation>聚类分析，k = %1 至 %2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="997"/>
        <source>Value × risk</source>
        <translation>价值 × 风险</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1017"/>
        <source>Lifetime value</source>
        <translation>客户生命周期价值</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1046"/>
        <source>The book is still loading; try again in a moment.</source>
        <translation>客户数据仍在加载，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1127"/>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1128"/>
        <source>%1 finished; its results are kept as a new run.</source>
        <translation>%1 已完成；结果已保存为新的运行记录。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1135"/>
        <source>Analysis Failed</source>
        <translation>分析失败</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1141"/>
        <source>%1 — Tierwise</source>
        <translation>%1 — Tierwise</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1143"/>
        <source>No data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1144"/>
        <source>As of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1145"/>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1147"/>
        <source>Tierwise</source>
        <translation>Tierwise</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1151"/>
        <source>Personal data masked</source>
        <translation>个人信息已脱敏</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1151"/>
        <source>Personal data SHOWN</source>
        <translation>个人信息已显示（未脱敏）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1152"/>
        <source>View ▸ Mask Personal Data (Ctrl+Shift+M)</source>
        <translation>视图 ▸ 脱敏显示个人信息（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1186"/>
        <source>Import finished. Files: %1; rows added: %2; updated: %3.</source>
        <translation>导入完成。文件：%1 个；新增 %2 行；更新 %3 行。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1190"/>
        <source>Already in the workspace: %1.</source>
        <translation>工作区中已有：%1 行。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1194"/>
        <source>Imported with rejections; see the report.</source>
        <translation>已导入，但有被拒绝的行，请查看报告。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1195"/>
        <source>Import refused; the workspace is unchanged.</source>
        <translation>导入被拒绝，工作区未作更改。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1209"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>导入已取消，工作区未作任何更改。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1212"/>
        <source>Import failed; the workspace is unchanged.</source>
        <translation>导入失败，工作区未作更改。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1213"/>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1213"/>
        <source>%1

Nothing was imported; the workspace is unchanged.</source>
        <translation>%1

未导入任何数据，工作区未作更改。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1229"/>
        <source>Import Running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1230"/>
        <source>An import is running. Cancel it and close Tierwise? The workspace stays as it was before the import.</source>
        <translation>正在进行导入。要取消导入并关闭 Tierwise 吗？工作区将保持导入前的状态。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1246"/>
        <source>Analyses Running</source>
        <translation>分析正在运行</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1247"/>
        <source>Analyses are running. Cancel them and close Tierwise? The workspace stays as it was.</source>
        <translation>有分析正在运行。要取消这些分析并关闭 Tierwise 吗？工作区将保持原样。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1263"/>
        <source>Unsaved Strategies</source>
        <translation>未保存的策略</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/shell/mainwindow.cpp" line="1264"/>
        <source>%n strategy(s) have changes that are not saved. Save them before closing? No closes without them.</source>
        <translation>
            <numerusform>有 %n 个策略的更改尚未保存。关闭前是否保存？选择“否”将不保存直接关闭。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1269"/>
        <source>Save Strategies</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1327"/>
        <source>About Tierwise</source>
        <translation>关于 Tierwise</translation>
    </message>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="1328"/>
        <source>&lt;h3&gt;Tierwise %1&lt;/h3&gt;&lt;p&gt;A workbench for branch managers to segment their retail customer book, estimate customer lifetime value and plan for each tier.&lt;/p&gt;&lt;p&gt;Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tierwise %1&lt;/h3&gt;&lt;p&gt;面向支行行长的工作台：对零售客户进行分层，估算客户生命周期价值，并为每个层级制定经营策略。&lt;/p&gt;&lt;p&gt;您的数据只保存在本机上。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tierwise::MappingPage</name>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="120"/>
        <source>Mapping</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="121"/>
        <source>Which field each column holds. The suggestions come from the column headers; change any of them, set date formats and value maps, or skip a column.</source>
        <translation>指定每列对应的字段。建议值来自列标题；您可以修改任一建议、设置日期格式和值映射，或跳过某一列。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="123"/>
        <source>The file whose columns are shown</source>
        <translation>当前显示其各列的文件</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="124"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="124"/>
        <source>Sample</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="124"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="124"/>
        <source>Date format</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="125"/>
        <source>Column mapping</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="128"/>
        <location filename="../widgets/wizard/mappingpage.cpp" line="174"/>
        <source>Value map</source>
        <translation>值映射</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="126"/>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="126"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="127"/>
        <source>Replace values of the selected column before they are checked, e.g. 1 → M</source>
        <translation>在校验之前替换所选列中的值，例如 1 → M</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="129"/>
        <source>Add &amp;value</source>
        <translation>添加值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="130"/>
        <source>Add a value replacement for the selected column</source>
        <translation>为所选列添加一个值替换</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="131"/>
        <source>Remo&amp;ve value</source>
        <translation>移除值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="132"/>
        <source>Remove the selected value replacement</source>
        <translation>移除所选的值替换</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="133"/>
        <source>&amp;Save Mapping…</source>
        <translation>保存映射(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="134"/>
        <source>Save this mapping as a JSON file (also usable with tierwise-cli import --mapping)</source>
        <translation>将此映射保存为 JSON 文件（也可用于 tierwise-cli import --mapping）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="135"/>
        <source>&amp;Load Mapping…</source>
        <translation>加载映射(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="136"/>
        <source>Apply a saved mapping file to these files</source>
        <translation>将已保存的映射文件应用于这些文件</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="137"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="154"/>
        <source>The field column &apos;%1&apos; holds</source>
        <translation>列“%1”对应的字段</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="157"/>
        <source>(skip)</source>
        <translation>（跳过）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="161"/>
        <source>Date format of this column: YYYY, YY, MM, M, DD, D and separators; empty: recognise the usual forms</source>
        <translation>该列的日期格式：使用 YYYY、YY、MM、M、DD、D 及分隔符；留空则识别常见格式</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="164"/>
        <location filename="../widgets/wizard/mappingpage.cpp" line="304"/>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="173"/>
        <source>Value map of &apos;%1&apos;</source>
        <translation>“%1”的值映射</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="387"/>
        <location filename="../widgets/wizard/mappingpage.cpp" line="396"/>
        <source>Save Mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="388"/>
        <source>Mapping files (*.json)</source>
        <translation>映射文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="401"/>
        <location filename="../widgets/wizard/mappingpage.cpp" line="408"/>
        <source>Load Mapping</source>
        <translation>加载映射</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/mappingpage.cpp" line="402"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>映射文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tierwise::MigrationMatrixView</name>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="74"/>
        <source>Tier %1</source>
        <translation>层级 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="104"/>
        <source>stayed</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="105"/>
        <source>upgraded</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="106"/>
        <source>downgraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="107"/>
        <source>%1 → %2 (%3): %4 customers, %5 of %6</source>
        <translation>%1 → %2（%3）：%4 位客户，占%6的 %5</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="119"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="122"/>
        <source>Tier before: %1</source>
        <translation>之前层级：%1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="123"/>
        <source>Tier after: %1</source>
        <translation>之后层级：%1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="240"/>
        <source>No tier migration yet — compare the value tiers at two as-of dates to see who moved.</source>
        <translation>尚无层级迁移数据。请对比两个数据截至日期的价值层级，查看哪些客户发生了迁移。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="243"/>
        <source>Tier migration — rows: tier before, columns: tier after</source>
        <translation>层级迁移——行：之前层级，列：之后层级</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="244"/>
        <source>Tier migration from %1 (rows) to %2 (columns)</source>
        <translation>从 %1（行）到 %2（列）的层级迁移</translation>
    </message>
    <message>
        <location filename="../widgets/charts/migrationmatrixview.cpp" line="256"/>
        <source>Upgrades %1 (%2) · Downgrades %3 (%4) · Stayed %5 (%6) · Left %7 · Joined %8</source>
        <translation>升级 %1（%2） · 降级 %3（%4） · 不变 %5（%6） · 离开 %7 · 新加入 %8</translation>
    </message>
</context>
<context>
    <name>tierwise::MigrationPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="491"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="489"/>
        <source>Tiers on:</source>
        <translation>层级日期：</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="490"/>
        <source>against the as-of date</source>
        <translation>对比截止日期</translation>
    </message>
</context>
<context>
    <name>tierwise::ModelCheckChart</name>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="94"/>
        <source>No model check yet — run a lifetime-value analysis with a holdout period.</source>
        <translation>尚无模型检验结果。请运行设置了留出期的客户生命周期价值分析。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="120"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="125"/>
        <source>Predicted by the model</source>
        <translation>模型预测</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="130"/>
        <source>Repeat purchases in the calibration period</source>
        <translation>校准期内的重复交易次数</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="132"/>
        <source>Mean transactions per customer in the holdout</source>
        <translation>留出期内每位客户的平均交易次数</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="136"/>
        <source>Model check over a %1-week holdout: %2 transactions actual, %3 predicted (%4 customers)</source>
        <translation>模型检验（留出期 %1 周）：实际交易 %2 笔，预测 %3 笔（%4 位客户）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/modelcheckchart.cpp" line="152"/>
        <source>%1 repeat purchases: %2 customers
actual %3, predicted %4 per customer</source>
        <translation>重复交易 %1 次：%2 位客户
每位客户实际 %3 笔，预测 %4 笔</translation>
    </message>
</context>
<context>
    <name>tierwise::ModelCheckPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="371"/>
        <source>No holdout check yet — run Analyze ▸ Lifetime Value.</source>
        <translation>尚无留出期检验结果。请运行“分析 ▸ 客户生命周期价值”。</translation>
    </message>
</context>
<context>
    <name>tierwise::ParetoChart</name>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="78"/>
        <source>No value curve yet — run a lifetime-value analysis to see how value is concentrated.</source>
        <translation>尚无价值曲线。请运行客户生命周期价值分析，查看价值的集中程度。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="84"/>
        <source>value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="89"/>
        <source>Equal shares</source>
        <translation>完全均等线</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="106"/>
        <source>%1 (%2 customers)</source>
        <translation>%1（%2 位客户）</translation>
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
        <translation>基尼系数 %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="126"/>
        <source>%1 Gini %2</source>
        <translation>%1 基尼系数 %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="133"/>
        <source>Concentration of %1 — %2</source>
        <translation>%1的集中度——%2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="134"/>
        <source>Share of customers, largest %1 first (%)</source>
        <translation>客户占比，按%1从大到小排列（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="135"/>
        <source>Share of total %1 (%)</source>
        <translation>占%1总额的比例（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/paretochart.cpp" line="162"/>
        <source>%1: the top %2 of customers hold %3</source>
        <translation>%1：前 %2 的客户持有 %3</translation>
    </message>
</context>
<context>
    <name>tierwise::ParetoPage</name>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="208"/>
        <source>&amp;Value:</source>
        <translation>价值指标(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="209"/>
        <source>Compare with &amp;branch:</source>
        <translation>对比网点(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="214"/>
        <location filename="../widgets/views/analysispages.cpp" line="235"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../widgets/views/analysispages.cpp" line="225"/>
        <source>All branches</source>
        <translation>全部网点</translation>
    </message>
</context>
<context>
    <name>tierwise::PreviewPage</name>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="90"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="91"/>
        <source>The first rows as they will be read. Change the encoding, delimiter, header row or kind if the detection is wrong.</source>
        <translation>按将要读取的方式显示前几行。如果检测结果有误，请更改编码、分隔符、表头行或类型。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="93"/>
        <source>The file shown</source>
        <translation>当前显示的文件</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="94"/>
        <source>The text encoding the file is read with</source>
        <translation>读取该文件所用的文本编码</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="95"/>
        <source>The character that separates the columns</source>
        <translation>分隔各列的字符</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="96"/>
        <source>What the file holds</source>
        <translation>文件所含数据的类型</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="97"/>
        <source>First row is a &amp;header</source>
        <translation>首行为表头(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="98"/>
        <source>Whether the first row names the columns</source>
        <translation>首行是否为列名</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="99"/>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="100"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="101"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="102"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="103"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="211"/>
        <source>No file — go back and add one.</source>
        <translation>没有文件。请返回上一步添加文件。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="193"/>
        <source>Auto (%1, %2% sure)</source>
        <translation>自动（%1，置信度 %2%）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="197"/>
        <location filename="../widgets/wizard/previewpage.cpp" line="202"/>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/previewpage.cpp" line="220"/>
        <source>Encoding: %1 (detected %2, %3% sure: %4) · Delimiter: %5 · Header row: %6 · Kind: %7</source>
        <translation>编码：%1（检测为 %2，置信度 %3%：%4） · 分隔符：%5 · 表头行：%6 · 类型：%7</translation>
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
        <translation>注意：导入时会自行检测分隔符（%1）；如果您选择的分隔符才是正确的，请用该分隔符重新保存文件。</translation>
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
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="80"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../widgets/itemmodels/rejectiontablemodel.cpp" line="81"/>
        <source>Column</source>
        <translation>列</translation>
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
        <translation>价值层级</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="48"/>
        <source>Margin rates</source>
        <translation>利差率</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="50"/>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="52"/>
        <source>Early-warning thresholds</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="54"/>
        <source>Next-best product rules</source>
        <translation>产品推荐规则</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="56"/>
        <source>Strategy pricing limits</source>
        <translation>策略定价上限</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="92"/>
        <location filename="../widgets/shell/rulesdialog.cpp" line="95"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="155"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="158"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="159"/>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="194"/>
        <source>The shipped rules are in use again.</source>
        <translation>已恢复使用随软件提供的规则。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="160"/>
        <source>Analyses started from the Analyze menu use these rules. Amounts are in currency units, shares are fractions (0.30 = 30 %). A mistake is named by its key and nothing is saved.</source>
        <translation>从“分析”菜单启动的分析使用这些规则。金额以货币单位计，比例为小数（0.30 = 30%）。出错时会指出对应的键，且不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="192"/>
        <source>The shipped rules.</source>
        <translation>随软件提供的规则。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="193"/>
        <source>Your saved rules.</source>
        <translation>您保存的规则。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="195"/>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="196"/>
        <source>Valid.</source>
        <translation>有效。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="197"/>
        <source>Saved; the next analyses use these rules.</source>
        <translation>已保存；之后的分析将使用这些规则。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/rulesdialog.cpp" line="198"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
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
        <translation>按住左键拖动时绘制套索而非矩形（L；或拖动时按住 Alt）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="256"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="257"/>
        <source>Fit all customers (Home, or double-click the map)</source>
        <translation>显示全部客户（Home，或双击地图）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="258"/>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="259"/>
        <source>Deselect all customers (Esc)</source>
        <translation>取消选择所有客户（Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="260"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="260"/>
        <source>Symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="260"/>
        <source>Dots</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="261"/>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="264"/>
        <source>How points are drawn; automatic switches by the number in view</source>
        <translation>数据点的绘制方式；“自动”会根据视图中的点数切换</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="265"/>
        <source>No data — run a segmentation and choose two axes to see the map.</source>
        <translation>没有数据。请运行分群并选择两个坐标轴以查看地图。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="319"/>
        <location filename="../widgets/charts/segmentmap.cpp" line="366"/>
        <source>No segment</source>
        <translation>无客群</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="347"/>
        <source>symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="348"/>
        <source>dots</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="349"/>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentmap.cpp" line="350"/>
        <source>%1 of %2 customers in view · %3 selected · %4</source>
        <translation>视图中 %1 / %2 位客户 · 已选择 %3 位 · %4</translation>
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
        <translation>按利润贡献 CLV 调整大小(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="98"/>
        <source>&amp;X:</source>
        <translation>X 轴(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="99"/>
        <source>&amp;Y:</source>
        <translation>Y 轴(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="100"/>
        <source>&amp;Colour by:</source>
        <translation>着色依据(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="115"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="277"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../widgets/views/segmentmappage.cpp" line="281"/>
        <source>AUM %1 · margin CLV %2 · CLV %3</source>
        <translation>AUM %1 · 利润贡献 CLV %2 · CLV %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/views/segmentmappage.cpp" line="287"/>
        <source>P(alive) %1 % · %n warning(s)</source>
        <translation>
            <numerusform>存活概率 %1% · %n 条预警</numerusform>
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
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="92"/>
        <source>Share of the book&apos;s AUM</source>
        <translation>占全部客户资产管理规模的比例</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="93"/>
        <source>AUM share</source>
        <translation>AUM 占比</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="94"/>
        <source>Share of the book&apos;s lifetime value</source>
        <translation>占全部客户生命周期价值的比例</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="95"/>
        <source>CLV share</source>
        <translation>CLV 占比</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="96"/>
        <source>Mean probability that a customer is still active</source>
        <translation>客户仍处于活跃状态的平均概率</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="97"/>
        <source>Avg. P(alive)</source>
        <translation>平均存活概率</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="200"/>
        <source>No segments yet — run a segmentation to compare the segments&apos; customers, AUM and value.</source>
        <translation>尚无客群。请运行分群，比较各客群的客户数、资产管理规模和价值。</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="212"/>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="212"/>
        <source>Lifetime value</source>
        <translation>客户生命周期价值</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="241"/>
        <source>Share of the book (%)</source>
        <translation>占全部客户的比例（%）</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="244"/>
        <source>Segments: share of customers, AUM and lifetime value — %1 customers in %2 segments</source>
        <translation>客群：客户数、AUM 和客户生命周期价值占比——%2 个客群，共 %1 位客户</translation>
    </message>
    <message>
        <location filename="../widgets/charts/segmentoverviewchart.cpp" line="258"/>
        <source>%1
%2 customers
AUM share %3
CLV share %4
average P(alive) %5</source>
        <translation>%1
%2 位客户
AUM 占比 %3
CLV 占比 %4
平均存活概率 %5</translation>
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
        <translation>无余额历史</translation>
    </message>
</context>
<context>
    <name>tierwise::StrategyEditor</name>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="76"/>
        <source>Actual: %1 % converted in &quot;%2&quot;</source>
        <translation>实际：“%2”中转化率 %1%</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="78"/>
        <source>, lift %1 pp (95 % CI %2 to %3)</source>
        <translation>，提升 %1 个百分点（95% 置信区间 %2 至 %3）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="233"/>
        <source>Start from &amp;Template</source>
        <translation>从模板开始(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="234"/>
        <source>Replace the chosen strategies with a template for a tier or group (undoable)</source>
        <translation>用层级或客群模板替换所选策略（可撤销）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="235"/>
        <source>&amp;History…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="236"/>
        <source>Every saved version with its author; compare two versions</source>
        <translation>每个已保存版本及其作者；可比较两个版本</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="237"/>
        <source>&amp;Save Changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="238"/>
        <source>Save every changed strategy as a new version (Ctrl+S)</source>
        <translation>将每个已更改的策略保存为新版本（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="239"/>
        <source>Se&amp;gmentation:</source>
        <translation>分群方式(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="240"/>
        <source>&amp;Branch:</source>
        <translation>网点(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="241"/>
        <source>Choose one segment, or several (Ctrl/Shift) to edit them together</source>
        <translation>选择一个客群，或按 Ctrl/Shift 选择多个一起编辑</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="242"/>
        <source>Suitability and pricing checks of the chosen strategies</source>
        <translation>所选策略的适当性和定价检查</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="244"/>
        <source>Open a workspace and run the value tiers (Analyze ▸ Value Tiers) to plan a strategy per tier.</source>
        <translation>请打开工作区并运行价值分层（分析 ▸ 价值层级），再为每个层级制定策略。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="243"/>
        <source>Checks:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="210"/>
        <source>Save Strategies</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="213"/>
        <source>No changes to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/editors/strategyeditor.cpp" line="213"/>
        <source>%n strategy version(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 个策略版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="388"/>
        <source>One per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="394"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="399"/>
        <source> bp</source>
        <translation> 基点</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="402"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="403"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="404"/>
        <source>Lowest value: no target</source>
        <translation>最小值表示无目标</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="245"/>
        <source>Offer</source>
        <translation>产品与服务</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="246"/>
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="247"/>
        <source>Events, targets and budget</source>
        <translation>活动、目标和预算</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="248"/>
        <source>Notes</source>
        <translation>备注</translation>
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
        <translation>%1 位客户 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="572"/>
        <source>version %1 saved by %2</source>
        <translation>第 %1 版，由 %2 保存</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="573"/>
        <source>no strategy saved yet</source>
        <translation>尚未保存策略</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="269"/>
        <source>%1 (for this tier)</source>
        <translation>%1（适用于此层级）</translation>
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
        <translation>内容不一致：在此输入将替换所有所选策略的文字</translation>
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
        <translation>%1 的网点调整：相对全行策略更改了 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="663"/>
        <source>Branch override for %1: the same as the bank-wide strategy so far.</source>
        <translation>%1 的网点调整：目前与全行策略相同。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="672"/>
        <source>Actual: no evaluated campaign yet.</source>
        <translation>实际：尚无已评估的营销活动。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="700"/>
        <source>Choose a segment.</source>
        <translation>请选择一个客群。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="700"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="706"/>
        <source>Unsuitable for this segment&apos;s typical risk tolerance</source>
        <translation>超出该客群典型的风险承受能力</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="729"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="767"/>
        <source>Apply the template %1</source>
        <translation>套用模板 %1</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="817"/>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="831"/>
        <source>Strategy History</source>
        <translation>策略历史</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="909"/>
        <source>History of %1</source>
        <translation>%1 的历史版本</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="113"/>
        <source>Version %1 — %2, %3</source>
        <translation>第 %1 版 — %2，%3</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="111"/>
        <source>The current draft</source>
        <translation>当前草稿</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/editors/strategyeditor.cpp" line="882"/>
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>有 %n 个字段不同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="914"/>
        <source>&amp;Restore the Left Version into the Draft</source>
        <translation>将左侧版本恢复为草稿(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="915"/>
        <source>Undoable; save to keep it as a new version</source>
        <translation>可撤销；保存后成为新版本</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="891"/>
        <source>Restore version %1</source>
        <translation>恢复第 %1 版</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="916"/>
        <source>&amp;Compare:</source>
        <translation>比较(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../widgets/editors/strategyeditor.cpp" line="917"/>
        <source>&amp;with:</source>
        <translation>与(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>tierwise::UserGuide</name>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="129"/>
        <source>Tierwise User Guide</source>
        <translation>Tierwise 用户指南</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="130"/>
        <source>Find in the guide</source>
        <translation>在指南中查找</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="131"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="132"/>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="133"/>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="177"/>
        <source>The user guide is missing from this build.</source>
        <translation>此版本缺少用户指南。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="195"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="196"/>
        <source>Every menu can also be opened with Alt and its underlined letter.</source>
        <translation>每个菜单也可用 Alt 加其带下划线的字母打开。</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="197"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../widgets/shell/userguide.cpp" line="197"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>tierwise::ValidationPage</name>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="76"/>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="77"/>
        <source>Every row is checked as the import would check it; nothing is written yet.</source>
        <translation>按导入时的规则逐行校验；尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="78"/>
        <source>&amp;Stop Check</source>
        <translation>停止校验(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="79"/>
        <source>Stop checking the files</source>
        <translation>停止校验文件</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="80"/>
        <source>Check &amp;Again</source>
        <translation>重新校验(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="81"/>
        <source>Check the files again (for instance after changing them on disk)</source>
        <translation>重新校验文件（例如在磁盘上修改文件之后）</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="82"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="83"/>
        <source>Import anyway (&amp;valid rows only)</source>
        <translation>仍然导入（仅有效行）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="84"/>
        <source>Import the rows that passed and leave out the rejected ones</source>
        <translation>导入通过校验的行，不导入被拒绝的行</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="101"/>
        <source>The check could not start.</source>
        <translation>无法开始校验。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="102"/>
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="130"/>
        <source>%1 (%2): %3 rows, %4 rejected%5</source>
        <translation>%1（%2）：%3 行，%4 行被拒绝%5</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="133"/>
        <source> — the file is refused</source>
        <translation> — 整个文件被拒绝</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/wizard/validationpage.cpp" line="109"/>
        <source>No rejections: %n row(s) ready to import.</source>
        <translation>
            <numerusform>没有被拒绝的行：%n 行可以导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="111"/>
        <source>%1 of %2 rows would be rejected; nothing is imported unless you choose to import the valid rows only.</source>
        <translation>%2 行中有 %1 行将被拒绝；除非您选择仅导入有效行，否则不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../widgets/wizard/validationpage.cpp" line="116"/>
        <source>Check stopped. Click Check Again to run it.</source>
        <translation>校验已停止。点击“重新校验”可再次运行。</translation>
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
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="47"/>
        <source>Running</source>
        <translation>进行中</translation>
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
        <translation>通过“文件 ▸ 新建工作区…”创建工作区，或通过“文件 ▸ 打开工作区…”打开已有工作区</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="131"/>
        <source>Import customer extracts with File ▸ Import Data… or drop CSV files here</source>
        <translation>通过“文件 ▸ 导入数据…”导入客户数据，或将 CSV 文件拖放到此处</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="133"/>
        <source>Customer book</source>
        <translation>客户概况</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="138"/>
        <source>Branches</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="139"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="140"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="141"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="134"/>
        <source>Activity</source>
        <translation>业务数据</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="142"/>
        <source>Balance rows</source>
        <translation>余额记录</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="143"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="144"/>
        <source>Product holdings</source>
        <translation>产品持有</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="135"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="145"/>
        <source>As of</source>
        <translation>数据截至</translation>
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
        <translation>最近余额月份</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="136"/>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="149"/>
        <source>Committed imports</source>
        <translation>已提交的导入</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="150"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="151"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="152"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="152"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="152"/>
        <source>Rows</source>
        <translation>行数</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="152"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="153"/>
        <source>Rejected</source>
        <comment>column: rows rejected</comment>
        <translation>拒绝行数</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="155"/>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="297"/>
        <source>The workspace could not be read completely: %1</source>
        <translation>无法完整读取工作区：%1</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="365"/>
        <source>Nothing of this file was committed; see the rejections report</source>
        <translation>此文件的数据均未提交，请查看拒绝报告</translation>
    </message>
    <message>
        <location filename="../widgets/shell/workspaceoverview.cpp" line="367"/>
        <source>Some rows of this file were rejected and left out</source>
        <translation>此文件中有部分行被拒绝，未导入</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::BookData</name>
    <message>
        <location filename="../models/analytics/bookdata.cpp" line="33"/>
        <source>Reading the customer book was cancelled.</source>
        <translation>读取客户数据已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookdata.cpp" line="48"/>
        <source>Reading the customer book</source>
        <translation>正在读取客户数据</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::BookView</name>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="44"/>
        <source>Loading the book was cancelled.</source>
        <translation>加载客户数据已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="308"/>
        <source>Value tiers</source>
        <translation>价值层级</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="310"/>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="312"/>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="314"/>
        <source>Value × risk</source>
        <translation>价值 × 风险</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="316"/>
        <source>Saved: %1 (%2)</source>
        <translation>已保存：%1（%2）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="319"/>
        <source>%1 (run %2, %3)</source>
        <translation>%1（运行记录 %2，%3）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="233"/>
        <location filename="../models/analytics/bookview.cpp" line="303"/>
        <source>Lifecycle stages (run %1)</source>
        <translation>生命周期阶段（运行记录 %1）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="242"/>
        <location filename="../models/analytics/bookview.cpp" line="305"/>
        <source>Value bands (run %1)</source>
        <translation>价值分层（运行记录 %1）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="355"/>
        <source>AUM</source>
        <translation>资产管理规模</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="356"/>
        <source>Transaction CLV</source>
        <translation>交易 CLV</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="357"/>
        <source>Margin CLV</source>
        <translation>利润贡献 CLV</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="358"/>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="359"/>
        <source>Recency (days)</source>
        <translation>最近交易间隔（天）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="360"/>
        <source>Frequency (active days)</source>
        <translation>交易频次（活跃天数）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="361"/>
        <source>Tenure (months)</source>
        <translation>客龄（月）</translation>
    </message>
    <message>
        <location filename="../models/analytics/bookview.cpp" line="362"/>
        <source>Age (years)</source>
        <translation>年龄（岁）</translation>
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
        <translation>正在读取运行记录</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::BriefData</name>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="45"/>
        <source>Gathering the brief was cancelled.</source>
        <translation>简报数据汇总已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="303"/>
        <source>Unknown segment &apos;%1&apos; in %2; the segments are: %3.</source>
        <translation>%2 中没有客群“%1”；现有客群：%3。</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="359"/>
        <source>Unknown segmentation &apos;%1&apos;; use %2.</source>
        <translation>未知的分群方式“%1”；请使用 %2。</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="380"/>
        <source>The workspace has no &apos;%1&apos; segmentation yet; run it first.</source>
        <translation>工作区中尚无“%1”分群，请先运行。</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="393"/>
        <source>Unknown branch &apos;%1&apos;; the branches are: %2.</source>
        <translation>未知的网点“%1”；现有网点：%2。</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="408"/>
        <source>Reading the activity</source>
        <translation>正在读取业务数据</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="417"/>
        <source>Adding up the segments</source>
        <translation>正在汇总各客群</translation>
    </message>
    <message>
        <location filename="../models/analytics/briefdata.cpp" line="504"/>
        <location filename="../models/analytics/briefdata.cpp" line="537"/>
        <source>Cohorts and distributions</source>
        <translation>同期群和分布</translation>
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
        <translation>交易数组的长度不一致。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="328"/>
        <source>The time unit must be a positive number of days.</source>
        <translation>时间单位必须是正的天数。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="365"/>
        <location filename="../models/analytics/btyd.cpp" line="448"/>
        <source>The summary arrays differ in length.</source>
        <translation>汇总数组的长度不一致。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="367"/>
        <source>BG/NBD needs customers; there are none.</source>
        <translation>BG/NBD 需要客户数据，但当前没有客户。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="370"/>
        <source>Invalid customer summary (x %1, t_x %2, T %3).</source>
        <translation>无效的客户汇总（x %1，t_x %2，T %3）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="376"/>
        <source>BG/NBD cannot be fitted: no customer made a repeat purchase, so the model is not identified.</source>
        <translation>无法拟合 BG/NBD：没有客户发生重复交易，模型不可识别。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="379"/>
        <source>BG/NBD cannot be fitted: every customer was observed for no time.</source>
        <translation>无法拟合 BG/NBD：所有客户的观察时长均为零。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="405"/>
        <source>BG/NBD cannot be fitted: the data do not identify the model.</source>
        <translation>无法拟合 BG/NBD：数据无法识别该模型。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="458"/>
        <source>Gamma-Gamma cannot be fitted: it needs at least two repeat buyers with a positive spend.</source>
        <translation>无法拟合 Gamma-Gamma：至少需要两位交易金额为正的重复交易客户。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="495"/>
        <source>Gamma-Gamma cannot be fitted: the data do not identify the model.</source>
        <translation>无法拟合 Gamma-Gamma：数据无法识别该模型。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="581"/>
        <source>The holdout counts and the calibration summary differ in length.</source>
        <translation>留出期交易次数与校准期汇总的长度不一致。</translation>
    </message>
    <message>
        <location filename="../models/analytics/btyd.cpp" line="583"/>
        <source>The holdout period must be longer than zero.</source>
        <translation>留出期必须大于零。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Clv</name>
    <message>
        <location filename="../models/analytics/clv.cpp" line="39"/>
        <source>The lifetime value run was cancelled.</source>
        <translation>客户生命周期价值测算已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="80"/>
        <source>The horizon must be 1 to 600 months (it is %1).</source>
        <translation>预测期必须为 1 到 600 个月（当前为 %1）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="82"/>
        <source>The monthly discount rate must be at least 0 and below 1 (it is %1).</source>
        <translation>月折现率必须不小于 0 且小于 1（当前为 %1）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="85"/>
        <source>The time unit must be a positive number of days.</source>
        <translation>时间单位必须是正的天数。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="87"/>
        <source>The value bands must be shares with 0 &lt; high &lt; medium &lt; 1 (they are %1 and %2).</source>
        <translation>价值分层必须是满足 0 &lt; 高 &lt; 中 &lt; 1 的占比（当前为 %1 和 %2）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="90"/>
        <source>The holdout period must be 0 to 120 months (it is %1).</source>
        <translation>留出期必须为 0 到 120 个月（当前为 %1）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="188"/>
        <source>Saving the lifetime values</source>
        <translation>正在保存客户生命周期价值</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="235"/>
        <source>Saving the lifetime value of customer %1</source>
        <translation>正在保存客户 %1 的生命周期价值</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="257"/>
        <source>Saving an early warning</source>
        <translation>正在保存预警</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="276"/>
        <source>Saving a next-best product</source>
        <translation>正在保存推荐产品</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="300"/>
        <source>Saving the run&apos;s %1</source>
        <translation>正在保存运行记录的 %1</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="340"/>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="341"/>
        <source>Medium value</source>
        <translation>中价值</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="342"/>
        <source>Low value</source>
        <translation>低价值</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="439"/>
        <source>The workspace has no customers.</source>
        <translation>工作区中没有客户。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="459"/>
        <source>Fitting BG/NBD and Gamma-Gamma</source>
        <translation>正在拟合 BG/NBD 和 Gamma-Gamma 模型</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="471"/>
        <location filename="../models/analytics/clv.cpp" line="519"/>
        <source>No customer has an active transaction up to %1.</source>
        <translation>截至 %1，没有任何客户发生主动交易。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="483"/>
        <source>No transaction CLV: %1</source>
        <translation>无法计算交易 CLV：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="485"/>
        <source>Frequency and spend per transaction are correlated (%1); the Gamma-Gamma model assumes they are not, so expected spend is less reliable.</source>
        <translation>交易频次与单笔交易金额存在相关性（%1）；Gamma-Gamma 模型假定二者不相关，因此预期交易金额的可靠性较低。</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/clv.cpp" line="489"/>
        <source>Scoring %n customers</source>
        <translation>
            <numerusform>正在为 %n 位客户评分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="509"/>
        <source>Checking the model on a holdout period</source>
        <translation>正在用留出期检验模型</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="524"/>
        <source>Holdout %1 … %2: %3 transactions expected, %4 happened.</source>
        <translation>留出期 %1 … %2：预期交易 %3 笔，实际发生 %4 笔。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="530"/>
        <source>No holdout check: %1</source>
        <translation>未进行留出期检验：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="537"/>
        <source>Margin CLV, lifecycle stages and cohorts</source>
        <translation>利润贡献 CLV、生命周期阶段和同期群</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="547"/>
        <source>Value bands by %1: the top 20 % of customers hold %2 % of it; Gini %3.</source>
        <translation>价值分层依据%1：前 20% 的客户占其总额的 %2%；基尼系数 %3。</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="548"/>
        <source>margin CLV</source>
        <translation>利润贡献 CLV</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="548"/>
        <source>transaction CLV</source>
        <translation>交易 CLV</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="554"/>
        <source>Early warnings and next-best products</source>
        <translation>预警和推荐产品</translation>
    </message>
    <message>
        <location filename="../models/analytics/clv.cpp" line="619"/>
        <location filename="../models/analytics/clv.cpp" line="622"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Cohorts</name>
    <message>
        <location filename="../models/analytics/cohorts.cpp" line="147"/>
        <source>Month %1</source>
        <translation>第 %1 个月</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Features</name>
    <message>
        <location filename="../models/analytics/features.cpp" line="75"/>
        <source>The computation of customer features was cancelled.</source>
        <translation>客户特征计算已取消。</translation>
    </message>
    <message>
        <location filename="../models/analytics/features.cpp" line="510"/>
        <source>Computing customer features</source>
        <translation>正在计算客户特征</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::KMeans</name>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="503"/>
        <source>Seeding cluster centres</source>
        <translation>正在初始化聚类中心</translation>
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
        <translation>k-means：第 %1/%2 次重启，第 %3 次迭代</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="714"/>
        <source>k-means needs 1 ≤ k ≤ %1 (the number of rows), not %2</source>
        <translation>k-means 要求 1 ≤ k ≤ %1（行数），而不是 %2</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="716"/>
        <source>k-means needs at least one feature</source>
        <translation>k-means 至少需要一个特征</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="718"/>
        <source>k-means needs at least one restart and one iteration</source>
        <translation>k-means 至少需要一次重启和一次迭代</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="720"/>
        <source>k-means needs finite feature values (standardise or impute first)</source>
        <translation>k-means 要求特征值为有限数值（请先标准化或填补缺失值）</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="746"/>
        <source>k-means finished</source>
        <translation>k-means 已完成</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="881"/>
        <source>the range of k must satisfy 2 ≤ from ≤ to, not %1 … %2</source>
        <translation>k 的范围必须满足 2 ≤ 起始值 ≤ 结束值，而不是 %1 … %2</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="890"/>
        <source>Silhouette score for k = %1</source>
        <translation>k = %1 时的轮廓系数</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="976"/>
        <source>older</source>
        <translation>年长</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="977"/>
        <source>young</source>
        <translation>年轻</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="978"/>
        <source>long-standing</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="979"/>
        <source>new to the bank</source>
        <translation>新开户</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="980"/>
        <source>lapsed</source>
        <translation>久未交易</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="981"/>
        <source>recently active</source>
        <translation>近期活跃</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="982"/>
        <source>frequent</source>
        <translation>交易频繁</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="983"/>
        <source>infrequent</source>
        <translation>交易少</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="984"/>
        <source>big spenders</source>
        <translation>高消费</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="985"/>
        <source>small spenders</source>
        <translation>低消费</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="986"/>
        <location filename="../models/analytics/kmeans.cpp" line="988"/>
        <location filename="../models/analytics/kmeans.cpp" line="990"/>
        <source>high AUM</source>
        <translation>高资产</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="987"/>
        <location filename="../models/analytics/kmeans.cpp" line="989"/>
        <location filename="../models/analytics/kmeans.cpp" line="991"/>
        <source>low AUM</source>
        <translation>低资产</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="992"/>
        <source>growing AUM</source>
        <translation>资产增长</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="993"/>
        <source>shrinking AUM</source>
        <translation>资产下降</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="994"/>
        <source>risk-seeking</source>
        <translation>偏好风险</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="995"/>
        <source>risk-averse</source>
        <translation>规避风险</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="996"/>
        <source>multi-product</source>
        <translation>多产品</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="997"/>
        <source>few products</source>
        <translation>产品少</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="998"/>
        <source>savers</source>
        <translation>存款客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="999"/>
        <source>few deposits</source>
        <translation>存款少</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1000"/>
        <source>wealth-management investors</source>
        <translation>理财客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1001"/>
        <source>no wealth products</source>
        <translation>无理财</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1002"/>
        <source>fund investors</source>
        <translation>基金客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1003"/>
        <source>no funds</source>
        <translation>无基金</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1004"/>
        <source>insured</source>
        <translation>有保险</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1005"/>
        <source>uninsured</source>
        <translation>无保险</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1006"/>
        <source>card users</source>
        <translation>信用卡客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1007"/>
        <source>no credit card</source>
        <translation>无信用卡</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1008"/>
        <source>borrowers</source>
        <translation>贷款客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1009"/>
        <source>no loans</source>
        <translation>无贷款</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1010"/>
        <source>branch-dependent</source>
        <translation>依赖网点</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1011"/>
        <source>rarely at the counter</source>
        <translation>少去柜台</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1012"/>
        <source>online-first</source>
        <translation>网银为主</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1013"/>
        <source>rarely online</source>
        <translation>少用网银</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1014"/>
        <source>mobile-first</source>
        <translation>手机银行为主</translation>
    </message>
    <message>
        <location filename="../models/analytics/kmeans.cpp" line="1015"/>
        <source>rarely on mobile</source>
        <translation>少用手机银行</translation>
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
        <translation>普通客户</translation>
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
        <translation>获客期</translation>
    </message>
    <message>
        <location filename="../models/analytics/lifecycle.cpp" line="89"/>
        <source>Growth</source>
        <translation>成长期</translation>
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
        <translation>生命周期规则</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Margin</name>
    <message>
        <location filename="../models/analytics/margin.cpp" line="42"/>
        <source>the margin rates</source>
        <translation>利差率设置</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="48"/>
        <source>&quot;annual_rates&quot; must be an object of balance type → annual rate.</source>
        <translation>&quot;annual_rates&quot; 必须是“余额类型 → 年利差率”形式的对象。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="58"/>
        <source>&quot;%1&quot; is missing: every balance type needs a rate.</source>
        <translation>缺少 &quot;%1&quot;：每种余额类型都需要一个利差率。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="72"/>
        <source>&quot;retention&quot; must be an object.</source>
        <translation>&quot;retention&quot; 必须是对象。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="79"/>
        <source>&quot;retention.tenure_band_months&quot; must be an array of months.</source>
        <translation>&quot;retention.tenure_band_months&quot; 必须是由月数组成的数组。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="134"/>
        <source>&quot;%1&quot;: the rate %2 must be a fraction between -1 and 1 (0.02 = 2 %).</source>
        <translation>&quot;%1&quot;：利差率 %2 必须是 -1 到 1 之间的小数（0.02 = 2%）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="140"/>
        <source>&quot;retention.tenure_band_months&quot;: the bounds must be positive and increase (%1 does not).</source>
        <translation>&quot;retention.tenure_band_months&quot;：各分界必须为正数且逐个递增（%1 不满足）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="145"/>
        <source>&quot;retention.default_annual_retention&quot; must be above 0 and at most 1.</source>
        <translation>&quot;retention.default_annual_retention&quot; 必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="147"/>
        <source>&quot;max_months&quot; must be between 1 and %1.</source>
        <translation>&quot;max_months&quot; 必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <location filename="../models/analytics/margin.cpp" line="190"/>
        <source>The margin rates</source>
        <translation>利差率设置</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::NextBest</name>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="46"/>
        <source>the product rules</source>
        <translation>产品推荐规则</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="54"/>
        <location filename="../models/analytics/nextbest.cpp" line="57"/>
        <source>&quot;%1&quot; must be an array of words.</source>
        <translation>&quot;%1&quot; 必须是由关键词组成的数组。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="68"/>
        <source>&quot;eligibility&quot; must be an object of product type → rule.</source>
        <translation>&quot;eligibility&quot; 必须是“产品类型 → 规则”形式的对象。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="77"/>
        <source>&quot;eligibility.%1&quot;: unknown product type.</source>
        <translation>&quot;eligibility.%1&quot;：未知的产品类型。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="79"/>
        <source>&quot;eligibility.%1&quot; must be an object.</source>
        <translation>&quot;eligibility.%1&quot; 必须是对象。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="114"/>
        <source>&quot;%1&quot; must be an age between 0 and %2.</source>
        <translation>&quot;%1&quot; 必须是 0 到 %2 之间的年龄。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="116"/>
        <source>&quot;%1&quot; must not exceed max_age.</source>
        <translation>&quot;%1&quot; 不能大于 max_age。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="120"/>
        <source>&quot;%1&quot; must not contain empty words.</source>
        <translation>&quot;%1&quot; 不能包含空关键词。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="304"/>
        <source>risk R%1, as the customer&apos;s risk tolerance is unknown</source>
        <translation>风险等级 R%1（客户风险承受能力未知）</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="306"/>
        <source>risk not rated (taken as R5), within the customer&apos;s tolerance C%1</source>
        <translation>风险未评级（按 R5 计），在客户风险承受能力 C%1 范围内</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="307"/>
        <source>risk R%1 within the customer&apos;s tolerance C%2</source>
        <translation>风险等级 R%1，在客户风险承受能力 C%2 范围内</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="322"/>
        <source>&quot;max_suggestions&quot; must be between 1 and %1.</source>
        <translation>&quot;max_suggestions&quot; 必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="324"/>
        <source>&quot;min_penetration&quot; must be a fraction between 0 and 1 (0.05 = 5 %).</source>
        <translation>&quot;min_penetration&quot; 必须是 0 到 1 之间的小数（0.05 = 5%）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="326"/>
        <source>&quot;min_peers&quot; must be at least 1.</source>
        <translation>&quot;min_peers&quot; 必须至少为 1。</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="377"/>
        <source>The product rules</source>
        <translation>产品推荐规则</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="438"/>
        <source>Held by %1 % of all customers (%2 has too few customers to compare within)</source>
        <translation>全体客户持有率 %1%（“%2”客户过少，无法在组内比较）</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="440"/>
        <source>Held by %1 % of peers in %2</source>
        <translation>同群客户（%2）持有率 %1%</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="443"/>
        <source>margin %1 % a year</source>
        <translation>年利差 %1%</translation>
    </message>
    <message>
        <location filename="../models/analytics/nextbest.cpp" line="444"/>
        <source>margin not known, ranked at %1 % a year (the median of similar products)</source>
        <translation>利差未知，按年利差 %1% 排序（同类产品的中位数）</translation>
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
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="32"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="33"/>
        <source>Potential loyalists</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="34"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="35"/>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="36"/>
        <source>Need attention</source>
        <translation>需关注客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="37"/>
        <source>About to sleep</source>
        <translation>即将沉睡客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="38"/>
        <source>At risk</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="39"/>
        <source>Can&apos;t lose</source>
        <translation>不能流失客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="40"/>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="97"/>
        <location filename="../models/analytics/rfm.cpp" line="140"/>
        <source>segments[%1]: the segment needs a name.</source>
        <translation>segments[%1]：该分群需要一个名称。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="100"/>
        <source>segment &apos;%1&apos;: the R range %2–%3 must lie within 1–5, low to high.</source>
        <translation>分群“%1”：R 范围 %2–%3 必须在 1–5 之内，且从低到高。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="105"/>
        <source>segment &apos;%1&apos;: the F range %2–%3 must lie within 1–5, low to high.</source>
        <translation>分群“%1”：F 范围 %2–%3 必须在 1–5 之内，且从低到高。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="132"/>
        <source>&quot;segments&quot; must be an array of {name, r, f}.</source>
        <translation>&quot;segments&quot; 必须是由 {name, r, f} 组成的数组。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="142"/>
        <source>segment &apos;%1&apos;: &quot;r&quot; must be a score or a [low, high] pair.</source>
        <translation>分群“%1”：&quot;r&quot; 必须是一个分数或 [low, high] 区间。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="144"/>
        <source>segment &apos;%1&apos;: &quot;f&quot; must be a score or a [low, high] pair.</source>
        <translation>分群“%1”：&quot;f&quot; 必须是一个分数或 [low, high] 区间。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="157"/>
        <source>The RFM segment grid is not valid JSON: %1</source>
        <translation>RFM 分群表不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/rfm.cpp" line="159"/>
        <source>The RFM segment grid must be a JSON object.</source>
        <translation>RFM 分群表必须是一个 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::RuleJson</name>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="61"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; 必须是 true 或 false。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="69"/>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; 必须是数字。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="79"/>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; 必须是整数。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="92"/>
        <source>&quot;%1&quot;: unknown key in %2.</source>
        <translation>&quot;%1&quot;：%2中没有这个键。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="102"/>
        <source>%1 are not valid JSON: %2</source>
        <translation>%1不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="104"/>
        <source>%1 must be a JSON object.</source>
        <translation>%1必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="125"/>
        <source>The file is missing.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="128"/>
        <source>The file is not a JSON object.</source>
        <translation>该文件不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="141"/>
        <source>&quot;%1&quot; must be a number of at least %2 (it is %3).</source>
        <translation>&quot;%1&quot; 必须是不小于 %2 的数字（当前为 %3）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/rulejson.cpp" line="151"/>
        <source>&quot;%1&quot; must be a number from %2 to %3 (it is %4).</source>
        <translation>&quot;%1&quot; 必须是 %2 到 %3 之间的数字（当前为 %4）。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::RunSupport</name>
    <message>
        <location filename="../models/analytics/runsupport.cpp" line="29"/>
        <source>Cannot read the rules: %1</source>
        <translation>无法读取规则：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/runsupport.cpp" line="45"/>
        <location filename="../models/analytics/runsupport.cpp" line="92"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::SavedSegment</name>
    <message>
        <location filename="../models/analytics/savedsegment.cpp" line="25"/>
        <source>A saved segment needs a name.</source>
        <translation>保存的客群需要一个名称。</translation>
    </message>
    <message>
        <location filename="../models/analytics/savedsegment.cpp" line="27"/>
        <source>The segment “%1” has no customers.</source>
        <translation>客群“%1”中没有客户。</translation>
    </message>
    <message>
        <location filename="../models/analytics/savedsegment.cpp" line="49"/>
        <source>Saving the segment</source>
        <translation>正在保存客群</translation>
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
        <translation>正在删除运行记录</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Segmentation</name>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="128"/>
        <source>The value × risk rules are not a JSON object: %1</source>
        <translation>价值 × 风险规则不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="140"/>
        <source>k must be at least 2 (or a range such as 2-8).</source>
        <translation>k 必须至少为 2（或为 2-8 这样的范围）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="151"/>
        <source>The workspace has no customers to segment.</source>
        <translation>工作区中没有可分群的客户。</translation>
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
        <translation>资产管理规模：前 20% 的客户持有 %1%；基尼系数 %2。</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="173"/>
        <source>  branch %1: top 20 % hold %2 %, Gini %3, %4 customers</source>
        <translation>  网点 %1：前 20% 持有 %2%，基尼系数 %3，共 %4 位客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="174"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="186"/>
        <source>Tier migration from %1 to %2 (rows: before, columns: after): %3 up, %4 down, %5 stayed.</source>
        <translation>从 %1 到 %2 的层级迁移（行：之前，列：之后）：升级 %3，降级 %4，不变 %5。</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="200"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="274"/>
        <source>k = %1: inertia %2, silhouette %3</source>
        <translation>k = %1：簇内平方和 %2，轮廓系数 %3</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="276"/>
        <source>Suggested k = %1 (highest silhouette).</source>
        <translation>建议 k = %1（轮廓系数最高）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/segmentation.cpp" line="302"/>
        <source>Inertia %1 after %2 iterations.</source>
        <translation>经过 %2 次迭代后，簇内平方和为 %1。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::TierMigration</name>
    <message>
        <location filename="../models/analytics/tiermigration.cpp" line="46"/>
        <source>The earlier date must come before %1.</source>
        <translation>较早的日期必须早于 %1。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::Tiers</name>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="26"/>
        <source>Potential</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="27"/>
        <source>Mass</source>
        <translation>大众客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="28"/>
        <source>Affluent</source>
        <translation>中端客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="29"/>
        <source>High net worth</source>
        <translation>高净值客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="30"/>
        <source>Private banking</source>
        <translation>私人银行客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="46"/>
        <source>%1tier &apos;%2&apos;: the threshold must be a finite number.</source>
        <translation>%1层级“%2”：门槛必须是有限数值。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="48"/>
        <source>%1tier &apos;%2&apos;: the threshold %3 must be greater than that of &apos;%4&apos; (%5); thresholds must increase.</source>
        <translation>%1层级“%2”：门槛 %3 必须高于“%4”的门槛（%5）；各层级门槛必须逐级递增。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="55"/>
        <source>%1tier &apos;%2&apos;: the downgrade patience must be at least one month.</source>
        <translation>%1层级“%2”：降级观察期必须至少为一个月。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="115"/>
        <source>A tier rule set needs at least one tier.</source>
        <translation>分层规则至少需要一个层级。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="119"/>
        <source>Every tier needs a key.</source>
        <translation>每个层级都需要一个 key。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="121"/>
        <source>tier &apos;%1&apos;: the key is used twice.</source>
        <translation>层级“%1”：该 key 被重复使用。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="127"/>
        <source>branch &apos;%1&apos;: </source>
        <translation>网点“%1”： </translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="129"/>
        <source>A branch override needs a branch id.</source>
        <translation>网点覆盖规则需要网点编号。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="131"/>
        <source>%1the thresholds list has %2 entries; it needs one per tier (%3).</source>
        <translation>%1门槛列表有 %2 项；每个层级需要一项（共 %3 项）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="136"/>
        <source>%1the patience list needs one value per tier (%2).</source>
        <translation>%1观察期列表需要为每个层级提供一个值（共 %2 个）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="180"/>
        <source>&quot;tiers&quot; must be an array of tiers.</source>
        <translation>&quot;tiers&quot; 必须是由层级组成的数组。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="184"/>
        <source>tiers[%1] must be an object with key, name, threshold and patience.</source>
        <translation>tiers[%1] 必须是包含 key、name、threshold 和 patience 的对象。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="189"/>
        <source>tiers[%1]: &quot;key&quot; must be a non-empty string.</source>
        <translation>tiers[%1]：&quot;key&quot; 必须是非空字符串。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="193"/>
        <source>tier &apos;%1&apos;: &quot;threshold&quot; must be a number.</source>
        <translation>层级“%1”：&quot;threshold&quot; 必须是数字。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="198"/>
        <source>tier &apos;%1&apos;: &quot;patience&quot; must be a whole number of months.</source>
        <translation>层级“%1”：&quot;patience&quot; 必须是整数个月。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="206"/>
        <source>&quot;branches&quot; must be an object of branch id → override.</source>
        <translation>&quot;branches&quot; 必须是“网点编号 → 覆盖规则”形式的对象。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="212"/>
        <location filename="../models/analytics/tiers.cpp" line="216"/>
        <source>branch &apos;%1&apos;: &quot;thresholds&quot; must be an array of numbers.</source>
        <translation>网点“%1”：&quot;thresholds&quot; 必须是数字数组。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="222"/>
        <location filename="../models/analytics/tiers.cpp" line="225"/>
        <source>branch &apos;%1&apos;: &quot;patience&quot; must be an array of whole numbers.</source>
        <translation>网点“%1”：&quot;patience&quot; 必须是整数数组。</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="242"/>
        <source>The tier rules are not valid JSON: %1</source>
        <translation>分层规则不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../models/analytics/tiers.cpp" line="244"/>
        <source>The tier rules must be a JSON object.</source>
        <translation>分层规则必须是一个 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>tierwise::analytics::ValueRisk</name>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="69"/>
        <source>Quality credit customers</source>
        <translation>优质信贷客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="71"/>
        <source>Potential customers</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="73"/>
        <source>General customers</source>
        <translation>一般客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="75"/>
        <source>High-risk customers</source>
        <translation>高风险客户</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="85"/>
        <source>&quot;qualityValueFrom&quot; must not be negative.</source>
        <translation>&quot;qualityValueFrom&quot; 不能为负数。</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="87"/>
        <source>&quot;goodRatingFrom&quot; and &quot;highRiskAtOrBelow&quot; must be ratings from AAA to CCC.</source>
        <translation>&quot;goodRatingFrom&quot; 和 &quot;highRiskAtOrBelow&quot; 必须是 AAA 到 CCC 之间的信用等级。</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="89"/>
        <source>&quot;goodRatingFrom&quot; (%1) must be a better rating than &quot;highRiskAtOrBelow&quot; (%2).</source>
        <translation>&quot;goodRatingFrom&quot;（%1）必须是比 &quot;highRiskAtOrBelow&quot;（%2）更好的信用等级。</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="92"/>
        <location filename="../models/analytics/valuerisk.cpp" line="141"/>
        <source>&quot;unknownRating&quot; must be one of quality-credit, potential, general, high-risk.</source>
        <translation>&quot;unknownRating&quot; 必须是 quality-credit、potential、general、high-risk 之一。</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="121"/>
        <source>&quot;qualityValueFrom&quot; must be a whole number (a value tier index).</source>
        <translation>&quot;qualityValueFrom&quot; 必须是整数（价值层级的序号）。</translation>
    </message>
    <message>
        <location filename="../models/analytics/valuerisk.cpp" line="130"/>
        <source>&quot;%1&quot; must be a rating from AAA to CCC.</source>
        <translation>&quot;%1&quot; 必须是 AAA 到 CCC 之间的信用等级。</translation>
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
            <numerusform>资产管理规模在 %n 个月内下降 %1%，从 %2 降至 %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="234"/>
        <source>Outflow of %1 on %2, %3 times the usual daily outflow (median %4)</source>
        <translation>%2 流出 %1，为通常单日流出额（中位数 %4）的 %3 倍</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="238"/>
        <source>No active transaction for %n day(s), the last on %1; AUM %2</source>
        <translation>
            <numerusform>已 %n 天无主动交易，最近一次在 %1；资产管理规模 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="240"/>
        <source>No active transaction for %n day(s) since joining; AUM %1</source>
        <translation>
            <numerusform>开户以来 %n 天无主动交易；资产管理规模 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="244"/>
        <source>A product</source>
        <translation>某产品</translation>
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
            <numerusform>%1 将于 %2 到期（%n 天后）；余额 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analytics/warnings.cpp" line="252"/>
        <source>AUM %1 below the %2 threshold of %3 for %n month(s); the tier drops after %4 months below</source>
        <translation>
            <numerusform>资产管理规模 %1 已有 %n 个月低于“%2”门槛 %3；低于门槛满 %4 个月将降级</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="301"/>
        <source>AUM drop</source>
        <translation>资产下降</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="302"/>
        <source>Large outflow</source>
        <translation>大额流出</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="303"/>
        <source>Dormancy</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="304"/>
        <source>Maturity</source>
        <translation>产品到期</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="305"/>
        <source>Tier watch</source>
        <translation>层级观察</translation>
    </message>
    <message>
        <location filename="../models/analytics/warnings.cpp" line="350"/>
        <source>The warning rules</source>
        <translation>预警规则</translation>
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
        <translation>提示信息和简报的语言：en、zh_CN 或 zh_TW（默认：系统区域设置的语言）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="96"/>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>运行“%1 --help”查看选项。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="114"/>
        <source>tierwise-cli: unknown encoding &apos;%1&apos;; use utf-8, gb18030 or big5%2.</source>
        <translation>tierwise-cli：未知的编码“%1”；请使用 utf-8、gb18030 或 big5%2。</translation>
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
        <translation>%1：被拒绝</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="146"/>
        <source>%1: %2, %3 (%4% sure): %5 rows read, %6 inserted, %7 updated, %8 already present, %9 rejected</source>
        <translation>%1：%2，%3（把握 %4%）：读取 %5 行，新增 %6 行，更新 %7 行，已存在 %8 行，拒绝 %9 行</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="151"/>
        <source>  ignored columns: %1</source>
        <translation>  已忽略的列：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="161"/>
        <source>%n row(s) or file(s) rejected:</source>
        <translation>
            <numerusform>共有 %n 行或文件被拒绝：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="175"/>
        <source>  … and %1 more.</source>
        <translation>  ……另有 %1 条。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="177"/>
        <source>By reason:</source>
        <translation>按原因统计：</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="182"/>
        <source>The full list is in %1</source>
        <translation>完整列表见 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="226"/>
        <source>%1 written to %2</source>
        <translation>%1已写入 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="252"/>
        <source>tierwise-cli: --lang: unknown language &apos;%1&apos;; use en, zh_CN or zh_TW.</source>
        <translation>tierwise-cli：--lang：未知语言“%1”；请使用 en、zh_CN 或 zh_TW。</translation>
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
  generate  生成一家模拟银行的数据提取文件（CSV）
  import    将数据提取文件导入工作区，要么全部导入，要么全部不导入
  info      显示工作区中的内容
  segment   对客户分群：价值层级、RFM、k-means 或价值 × 风险
  clv       客户生命周期价值、生命周期阶段、同期群、预警、推荐产品
  brief     为网点负责人打印客群 PDF 简报
  demo      生成演示数据，并导入、分群、估值及打印简报

运行“tierwise-cli COMMAND --help”查看命令的选项。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="295"/>
        <source>tierwise-cli: unknown command &apos;%1&apos;.</source>
        <translation>tierwise-cli：未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="303"/>
        <location filename="../app/cli/cli.cpp" line="768"/>
        <source>Number of customers (default 10000).</source>
        <translation>客户数（默认 10000）。</translation>
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
        <translation>余额和交易的月数（默认 24）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="304"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="305"/>
        <source>Random seed; the same seed gives the same files (default 1).</source>
        <translation>随机种子；相同的种子生成相同的文件（默认 1）。</translation>
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
        <translation>utf-8（英文表头）、gb18030（简体中文表头）或 big5（繁体中文表头）。</translation>
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
        <translation>输出文件夹。</translation>
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
        <translation>生成一家模拟银行的数据提取文件：网点、产品、客户、账户、余额、产品持有和交易。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="317"/>
        <source>--customers must be a whole number from 1 to 50,000,000.</source>
        <translation>--customers 必须是 1 到 50,000,000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="320"/>
        <source>--months must be a whole number from 1 to 240.</source>
        <translation>--months 必须是 1 到 240 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="323"/>
        <location filename="../app/cli/cli.cpp" line="498"/>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed 必须是非负整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="333"/>
        <source>Name the output folder with --out DIR.</source>
        <translation>请用 --out DIR 指定输出文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="342"/>
        <source>Generated %1 customers over %2 months in %3 (%4 s).</source>
        <translation>已在 %3 生成 %1 个客户、%2 个月的数据（%4 秒）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="351"/>
        <source>The workspace file (created if missing).</source>
        <translation>工作区文件（不存在时自动创建）。</translation>
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
        <translation>JSON 列映射文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="352"/>
        <source>M.json</source>
        <translation>M.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="353"/>
        <source>auto (default), utf-8, gb18030 or big5.</source>
        <translation>auto（默认）、utf-8、gb18030 或 big5。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="354"/>
        <source>Commit the valid rows even if some are rejected.</source>
        <translation>即使有行被拒绝，也提交有效的行。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="355"/>
        <source>Where to write the rejection report (CSV).</source>
        <translation>拒绝报告（CSV）的写入位置。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="355"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="356"/>
        <source>Reject dates after this date (default: today).</source>
        <translation>拒绝晚于此日期的日期（默认：今天）。</translation>
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
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="357"/>
        <source>The extracts (CSV, TSV, text).</source>
        <translation>数据提取文件（CSV、TSV、文本）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="357"/>
        <source>FILE…</source>
        <translation>FILE…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="359"/>
        <source>Imports extracts into a workspace in one transaction: by default any rejected row means nothing is imported.</source>
        <translation>在单个数据库事务中将数据提取文件导入工作区：默认情况下，只要有一行被拒绝，就不导入任何数据。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="364"/>
        <location filename="../app/cli/cli.cpp" line="426"/>
        <location filename="../app/cli/cli.cpp" line="471"/>
        <location filename="../app/cli/cli.cpp" line="567"/>
        <location filename="../app/cli/cli.cpp" line="691"/>
        <source>Name the workspace with --workspace W.tierwise.</source>
        <translation>请用 --workspace W.tierwise 指定工作区。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="367"/>
        <source>Name the files to import.</source>
        <translation>请指定要导入的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="370"/>
        <source>No such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="397"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>导入已取消，工作区未作任何更改。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="404"/>
        <source>Nothing was imported: %1 rejected. Correct the files, or use --accept-partial to import the valid rows.</source>
        <translation>未导入任何数据：%1 项被拒绝。请更正文件，或使用 --accept-partial 导入有效的行。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="411"/>
        <source>Imported into %1 in %2 s (%3 rows/s).</source>
        <translation>已导入到 %1，用时 %2 秒（每秒 %3 行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="420"/>
        <location filename="../app/cli/cli.cpp" line="451"/>
        <location filename="../app/cli/cli.cpp" line="539"/>
        <location filename="../app/cli/cli.cpp" line="674"/>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="422"/>
        <source>Shows what a workspace holds.</source>
        <translation>显示工作区中的内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="433"/>
        <source>Workspace     %1</source>
        <translation>工作区        %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="434"/>
        <source>Schema        version %1</source>
        <translation>结构版本      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="435"/>
        <source>As of         %1</source>
        <translation>数据截至      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="435"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="436"/>
        <source>Branches      %1</source>
        <translation>网点          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="437"/>
        <source>Products      %1</source>
        <translation>产品          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="438"/>
        <source>Customers     %1</source>
        <translation>客户          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="439"/>
        <source>Accounts      %1</source>
        <translation>账户          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="440"/>
        <source>Balances      %1 customer-months (last month %2)</source>
        <translation>余额          %1 个客户月（最近月份 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="440"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="441"/>
        <source>Holdings      %1</source>
        <translation>产品持有      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="442"/>
        <source>Transactions  %1 (%2 to %3)</source>
        <translation>交易          %1 笔（%2 至 %3）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="443"/>
        <source>Imports       %1 committed, %2 rejections recorded, data version %3</source>
        <translation>导入          已提交 %1 次，已记录 %2 条拒绝，数据版本 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="452"/>
        <source>tiers, rfm, kmeans or composite (value tier × credit rating).</source>
        <translation>tiers、rfm、kmeans 或 composite（价值层级 × 信用等级）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="453"/>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="454"/>
        <source>Segment as of this date (default: the latest date in the workspace).</source>
        <translation>以此日期作为数据截至日期进行分群（默认：工作区中的最新日期）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="456"/>
        <source>tiers: also tier as of this earlier date and show the migration.</source>
        <translation>tiers：同时按此较早日期分层并显示迁移矩阵。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="458"/>
        <source>k-means: the number of clusters.</source>
        <translation>k-means：聚类个数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="459"/>
        <source>k-means: try every k from A to B and keep the best silhouette (default 2-8).</source>
        <translation>k-means：逐一尝试从 A 到 B 的每个 k，保留轮廓系数最高的结果（默认 2-8）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="460"/>
        <source>A-B</source>
        <translation>A-B</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="461"/>
        <source>k-means: random seed (default 1).</source>
        <translation>k-means：随机种子（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="462"/>
        <source>k-means: restarts (default 10).</source>
        <translation>k-means：重启次数（默认 10）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="463"/>
        <source>JSON tier rules (tiers, composite) or RFM segment grid (rfm).</source>
        <translation>JSON 格式的分层规则（tiers、composite）或 RFM 分群表（rfm）。</translation>
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
        <translation>composite：价值 × 风险分界（JSON）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="464"/>
        <source>V.json</source>
        <translation>V.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="465"/>
        <source>Write the assignments as CSV: customer_id,segment,…</source>
        <translation>将分群结果写入 CSV：customer_id,segment,…</translation>
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
        <translation>按指定的数据截至日期对客户进行分群，并将结果保存为新的运行记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="475"/>
        <source>Unknown method &apos;%1&apos;; use tiers, rfm, kmeans or composite.</source>
        <translation>未知的方法“%1”；请使用 tiers、rfm、kmeans 或 composite。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="485"/>
        <source>--k must be a whole number of at least 2.</source>
        <translation>--k 必须是不小于 2 的整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="494"/>
        <source>--k-range must look like 2-8 (from 2 up to 50).</source>
        <translation>--k-range 的格式必须类似 2-8（取值 2 到 50）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="501"/>
        <source>--restarts must be a whole number from 1 to 1,000.</source>
        <translation>--restarts 必须是 1 到 1,000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="512"/>
        <source>Segmentation cancelled; the workspace is unchanged.</source>
        <translation>分群已取消，工作区未作任何更改。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="517"/>
        <source>Run %1 (%2) as of %3: %4 customers in %5 segments, %6 s.</source>
        <translation>运行记录 %1（%2），数据截至 %3：%4 位客户，分为 %5 个客群，耗时 %6 秒。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="531"/>
        <source>Assignments written to %1</source>
        <translation>分群结果已写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="540"/>
        <source>Value the customers as of this date (default: the latest date in the workspace).</source>
        <translation>以此日期作为数据截至日期估算客户价值（默认：工作区中的最新日期）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="542"/>
        <source>CLV horizon in months (default 12).</source>
        <translation>CLV 预测期月数（默认 12）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="543"/>
        <source>Monthly discount rate (default 0.01).</source>
        <translation>月折现率（默认 0.01）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="543"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="544"/>
        <source>Check the model on this many months before the as-of date (default 6; 0: no check).</source>
        <translation>以数据截至日期前的 N 个月作为留出期检验模型（默认 6；0 表示不检验）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="546"/>
        <source>The models&apos; time unit: weeks (default) or days.</source>
        <translation>模型的时间单位：weeks（默认）或 days。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="546"/>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="547"/>
        <source>Which CLV drives the value bands: margin (default) or transaction.</source>
        <translation>划分价值分层所依据的 CLV：margin（默认，利润贡献 CLV）或 transaction（交易 CLV）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="548"/>
        <source>BASIS</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="549"/>
        <source>Cumulative shares of the high and medium value bands (default 20,50).</source>
        <translation>高价值和中价值分层的累计占比（默认 20,50）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="550"/>
        <source>H,M</source>
        <translation>H,M</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="551"/>
        <source>JSON margin rates per balance type.</source>
        <translation>JSON 格式的各余额类型利差率。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="552"/>
        <source>JSON lifecycle stage rules.</source>
        <translation>JSON 格式的生命周期阶段规则。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="553"/>
        <source>JSON early-warning thresholds.</source>
        <translation>JSON 格式的预警阈值。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="554"/>
        <source>JSON next-best product rules (eligibility, suggestions).</source>
        <translation>JSON 格式的推荐产品规则（适用条件、推荐设置）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="555"/>
        <source>JSON value tier rules (the peers of next-best products, tier watch).</source>
        <translation>JSON 格式的价值层级规则（用于确定推荐产品的同群客户及层级观察）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="556"/>
        <source>Write the scores as CSV: customer_id,frequency,recency_days,t_days,…</source>
        <translation>将评分结果写入 CSV：customer_id,frequency,recency_days,t_days,…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="557"/>
        <source>Write the fitted models as JSON.</source>
        <translation>将拟合的模型写入 JSON。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="557"/>
        <source>F.json</source>
        <translation>F.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="558"/>
        <source>Write the cohort triangle as CSV.</source>
        <translation>将同期群三角表写入 CSV。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="559"/>
        <source>Write the early warnings as CSV.</source>
        <translation>将预警写入 CSV。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="560"/>
        <source>Write the next-best products as CSV.</source>
        <translation>将推荐产品写入 CSV。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="562"/>
        <source>Estimates lifetime values (BG/NBD + Gamma-Gamma and bank margin), lifecycle stages, cohorts, early warnings and next-best products, and keeps them as a new run.</source>
        <translation>估算客户生命周期价值（BG/NBD + Gamma-Gamma 及银行利差）、生命周期阶段、同期群、预警和推荐产品，并将结果保存为新的运行记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="574"/>
        <source>--horizon-months must be a whole number.</source>
        <translation>--horizon-months 必须是整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="577"/>
        <source>--discount-monthly must be a number such as 0.01.</source>
        <translation>--discount-monthly 必须是数字，例如 0.01。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="580"/>
        <source>--holdout-months must be a whole number.</source>
        <translation>--holdout-months 必须是整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="587"/>
        <source>Unknown time unit &apos;%1&apos;; use weeks or days.</source>
        <translation>未知的时间单位“%1”；请使用 weeks 或 days。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="594"/>
        <source>Unknown value basis &apos;%1&apos;; use margin or transaction.</source>
        <translation>未知的价值依据“%1”；请使用 margin 或 transaction。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="603"/>
        <source>--value-bands must look like 20,50 (cumulative percentages).</source>
        <translation>--value-bands 的格式必须类似 20,50（累计百分比）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="615"/>
        <source>The lifetime value run was cancelled; the workspace is unchanged.</source>
        <translation>客户生命周期价值测算已取消，工作区未作任何更改。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="619"/>
        <source>Run %1 (clv) as of %2: %3 customers, %4 s.</source>
        <translation>运行记录 %1（clv），数据截至 %2：%3 位客户，耗时 %4 秒。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="622"/>
        <source>BG/NBD (weeks as the time unit: %1): r %2, alpha %3, a %4, b %5; log-likelihood %6.</source>
        <translation>BG/NBD（以周为时间单位：%1）：r %2，alpha %3，a %4，b %5；对数似然 %6。</translation>
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
        <translation>Gamma-Gamma（基于 %1 位重复交易客户）：p %2，q %3，v %4；对数似然 %5。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="639"/>
        <source>Transaction CLV over %1 months: %2 in total; margin CLV: %3 in total.</source>
        <translation>交易 CLV（%1 个月）：合计 %2；利润贡献 CLV：合计 %3。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="644"/>
        <source>Lifecycle stages:</source>
        <translation>生命周期阶段：</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="652"/>
        <source>Early warnings: %1; next-best products: %2 suggestions; %3 cohorts.</source>
        <translation>预警：%1 条；推荐产品：%2 条推荐；同期群：%3 个。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="658"/>
        <source>Scores</source>
        <translation>评分结果</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="660"/>
        <source>Model parameters</source>
        <translation>模型参数</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="662"/>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="664"/>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="666"/>
        <source>Next-best products</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="675"/>
        <source>tiers (default), rfm, kmeans, composite, lifecycle or value_band: the newest run of it.</source>
        <translation>tiers（默认）、rfm、kmeans、composite、lifecycle 或 value_band：使用其最新一次运行结果。</translation>
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
        <translation>all（默认），或以逗号分隔的客群代码。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="677"/>
        <source>KEYS</source>
        <translation>KEYS</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="679"/>
        <source>Only the customers of this branch (default: all branches).</source>
        <translation>仅包含此网点的客户（默认：全部网点）。</translation>
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
        <translation>封面上的银行名称（默认：工作区文件名）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="682"/>
        <source>Print customer ids unmasked (recorded in the workspace&apos;s audit log).</source>
        <translation>打印未脱敏的客户号（记入工作区的审计日志）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="683"/>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="683"/>
        <source>F.pdf</source>
        <translation>F.pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="685"/>
        <source>Prints a PDF brief on the segments of a segmentation for a branch manager: the summary, and per segment its figures, map, distributions, cohorts, profile, warnings, next-best products and strategy.</source>
        <translation>为网点负责人打印某一分群方式下各客群的 PDF 简报：包括摘要，以及每个客群的关键数据、客群地图、分布、同期群、画像、预警、推荐产品和策略。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="694"/>
        <source>Name the PDF with --out F.pdf.</source>
        <translation>请用 --out F.pdf 指定 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="700"/>
        <source>--segmentation: unknown segmentation &apos;%1&apos;; use %2.</source>
        <translation>--segmentation：未知的分群方式“%1”；请使用 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="709"/>
        <source>--segments: name segment keys separated by commas, or all.</source>
        <translation>--segments：请指定以逗号分隔的客群代码，或使用 all。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="715"/>
        <source>The brief needs the graphical part of Qt (fonts, PDF).</source>
        <translation>生成简报需要 Qt 的图形组件（字体、PDF）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="729"/>
        <source>The brief was cancelled; nothing was written.</source>
        <translation>简报已取消，未写入任何文件。</translation>
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
            <numerusform>简报已写入 %1：%2 页，%n 个客群，%3 位客户（收集数据 %4 秒，打印 %5 秒）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="767"/>
        <source>Folder for the demo data and workspace.</source>
        <translation>存放演示数据和工作区的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="770"/>
        <source>Generates a demo bank, imports it into DIR/demo.tierwise, tiers it, estimates lifetime values and prints the segment brief DIR/demo.pdf.</source>
        <translation>生成一家演示银行，将其导入 DIR/demo.tierwise，进行价值分层，估算客户生命周期价值，并打印客群简报 DIR/demo.pdf。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="776"/>
        <source>Name the demo folder with --out DIR.</source>
        <translation>请用 --out DIR 指定演示文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="786"/>
        <source>1/5 Generating the demo bank…</source>
        <translation>1/5 正在生成演示银行…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="791"/>
        <source>2/5 Importing it…</source>
        <translation>2/5 正在导入…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="805"/>
        <source>3/5 Tiering the customers by AUM…</source>
        <translation>3/5 正在按资产管理规模对客户分层…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="810"/>
        <source>4/5 Estimating lifetime values…</source>
        <translation>4/5 正在估算客户生命周期价值…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="820"/>
        <source>5/5 Printing the segment brief…</source>
        <translation>5/5 正在打印客群简报…</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="822"/>
        <source>Demo Bank</source>
        <translation>演示银行</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="826"/>
        <source>The demo workspace is %1</source>
        <translation>演示工作区：%1</translation>
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
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="307"/>
        <location filename="../models/ingest/csvreader.cpp" line="645"/>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="328"/>
        <source> (the file was read as %1; if it was saved in another encoding, choose that encoding)</source>
        <translation>（文件按 %1 读取；如果文件是以其他编码保存的，请选择该编码）</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="420"/>
        <source>more than %1 fields in one record</source>
        <translation>一条记录中的字段超过 %1 个</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="468"/>
        <location filename="../models/ingest/csvreader.cpp" line="487"/>
        <location filename="../models/ingest/csvreader.cpp" line="533"/>
        <source>field longer than %1</source>
        <translation>字段长度超过 %1</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="475"/>
        <source>quoted field not closed: the quote opened on line %1 has no closing quote before the end of the file</source>
        <translation>引号字段未闭合：第 %1 行开始的引号在文件结束前没有对应的结束引号</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="481"/>
        <location filename="../models/ingest/csvreader.cpp" line="515"/>
        <location filename="../models/ingest/csvreader.cpp" line="547"/>
        <location filename="../models/ingest/csvreader.cpp" line="751"/>
        <source>NUL byte in the text (a binary file, or UTF-16 text?)</source>
        <translation>文本中含有 NUL 字节（可能是二进制文件或 UTF-16 文本？）</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="522"/>
        <source>unexpected text after the closing quote of a quoted field</source>
        <translation>引号字段的结束引号后面有多余的文字</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="540"/>
        <source>stray quote inside an unquoted field (a field with quotes must be quoted as a whole, with each quote doubled)</source>
        <translation>未加引号的字段中出现了引号（含引号的字段必须整体加引号，并将其中每个引号写两次）</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="649"/>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="655"/>
        <source>the file is UTF-16 text; save it as UTF-8 (or GB18030/Big5) delimited text</source>
        <translation>该文件是 UTF-16 文本；请另存为 UTF-8（或 GB18030/Big5）分隔文本</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="659"/>
        <source>the file is a ZIP archive or an Excel workbook (.xlsx), not delimited text; save it as CSV</source>
        <translation>该文件是 ZIP 压缩包或 Excel 工作簿（.xlsx），不是分隔文本；请另存为 CSV</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="663"/>
        <source>the file is an Excel 97-2003 workbook (.xls), not delimited text; save it as CSV</source>
        <translation>该文件是 Excel 97-2003 工作簿（.xls），不是分隔文本；请另存为 CSV</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="671"/>
        <source>chosen by the user</source>
        <translation>由用户指定</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="696"/>
        <source>%1 (first non-ASCII byte at offset %2)</source>
        <translation>%1（第一个非 ASCII 字节位于偏移 %2）</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="708"/>
        <source>cannot seek in the file</source>
        <translation>无法在文件中定位</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="771"/>
        <location filename="../models/ingest/csvreader.cpp" line="779"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/csvreader.cpp" line="775"/>
        <source>cannot open the file: it is a folder</source>
        <translation>无法打开文件：这是一个文件夹</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::FileKind</name>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="225"/>
        <source>branches</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="226"/>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="227"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="228"/>
        <source>accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="229"/>
        <source>balances</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="230"/>
        <source>holdings</source>
        <translation>产品持有</translation>
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
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="268"/>
        <source>account id</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="269"/>
        <source>branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="270"/>
        <source>branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="271"/>
        <source>product code</source>
        <translation>产品代码</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="272"/>
        <source>product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="273"/>
        <source>product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="274"/>
        <source>risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="275"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="276"/>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="277"/>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="278"/>
        <source>age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="279"/>
        <source>open date</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="280"/>
        <source>close date</source>
        <translation>销户日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="281"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="282"/>
        <source>balance date</source>
        <translation>余额日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="283"/>
        <source>maturity date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="284"/>
        <source>balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="285"/>
        <source>transaction id</source>
        <translation>交易流水号</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="286"/>
        <source>transaction date</source>
        <translation>交易日期</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="287"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../models/ingest/filekinds.cpp" line="288"/>
        <source>debit/credit</source>
        <translation>借贷方向</translation>
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
        <translation>表头中的列名不属于任何已知的文件类型。客户文件需要客户号列（%1）；交易文件需要客户号或账号列、交易日期列（%2）和金额列（%3）；余额文件需要客户号列、月份列（%4）和余额列。请使用映射文件（--mapping）指定各列。</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::Generator</name>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1220"/>
        <source>The number of customers must be between 1 and 999,999,999.</source>
        <translation>客户数必须在 1 到 999,999,999 之间。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1222"/>
        <source>The number of months must be between 1 and 600.</source>
        <translation>月数必须在 1 到 600 之间。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1224"/>
        <source>The last month is not a valid month.</source>
        <translation>最后一个月份无效。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1226"/>
        <source>No output folder was given.</source>
        <translation>未指定输出文件夹。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1228"/>
        <source>Simplified Chinese headers cannot be written in Big5; use Traditional Chinese headers or another encoding.</source>
        <translation>简体中文表头无法用 Big5 编码写入；请使用繁体中文表头或其他编码。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1267"/>
        <source>This system cannot convert text to %1.</source>
        <translation>本系统无法将文本转换为 %1。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1294"/>
        <source>The text &quot;%1&quot; cannot be written in %2.</source>
        <translation>文本“%1”无法用 %2 编码写入。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1372"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1397"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1421"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1543"/>
        <source>Generating customers</source>
        <translation>正在生成客户</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1544"/>
        <source>Generation cancelled.</source>
        <translation>已取消生成。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1548"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../models/ingest/generator.cpp" line="1569"/>
        <source>Out of memory while generating customers.</source>
        <translation>生成客户时内存不足。</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::Importer</name>
    <message>
        <location filename="../models/ingest/importer.cpp" line="155"/>
        <source>No files to import.</source>
        <translation>没有要导入的文件。</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="204"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="299"/>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="309"/>
        <source>This transactions file was already imported on %1 (import #%2); importing it again would add nothing.</source>
        <translation>该交易文件已于 %1 导入（导入编号 %2）；再次导入不会增加任何数据。</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="320"/>
        <source>The same transactions file is given twice.</source>
        <translation>同一个交易文件被指定了两次。</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="393"/>
        <source>More than %1 rejections; the rest were not listed.</source>
        <translation>拒绝记录超过 %1 条；其余的未列出。</translation>
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
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="179"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="41"/>
        <source>… (%1 bytes)</source>
        <translation>……（共 %1 字节）</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="223"/>
        <source>Cannot tell what this file holds. %1</source>
        <translation>无法判断该文件的内容。%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="245"/>
        <source>Columns %1 (&apos;%2&apos;) and %3 (&apos;%4&apos;) both hold the %5; map one of them to another field or skip it in a mapping file.</source>
        <translation>第 %1 列（“%2”）和第 %3 列（“%4”）都是%5；请在映射文件中将其中一列映射到其他字段或跳过。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="260"/>
        <source>A %1 file needs a column for %2.</source>
        <translation>%1文件需要包含以下列：%2。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="261"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="497"/>
        <source>Expected %1 fields, found %2.</source>
        <translation>应有 %1 个字段，实际为 %2 个。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="524"/>
        <source>Unknown product type; use current, term, wealth, fund, insurance, credit_card, consumer_loan, mortgage, business_loan or other.</source>
        <translation>未知的产品类型；请使用 current、term、wealth、fund、insurance、credit_card、consumer_loan、mortgage、business_loan 或 other。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="585"/>
        <source>A risk level is 1 to 5 (R1–R5, C1–C5, 保守型 … 进取型).</source>
        <translation>风险等级为 1 到 5（R1–R5、C1–C5、保守型 … 进取型）。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="600"/>
        <source>Gender must be M or F (男/女); map other codes in a mapping file.</source>
        <translation>性别必须是 M 或 F（男/女）；其他代码请在映射文件中映射。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="610"/>
        <source>Debit/credit must be credit or debit (贷/借); map other codes in a mapping file.</source>
        <translation>借贷方向必须是 credit 或 debit（贷/借）；其他代码请在映射文件中映射。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="630"/>
        <source>The %1 is before 1900.</source>
        <translation>%1早于 1900 年。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="632"/>
        <source>The %1 is after the as-of date %2.</source>
        <translation>%1晚于数据截止日期 %2。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="641"/>
        <source>The customer would be over 120 years old.</source>
        <translation>客户年龄将超过 120 岁。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="645"/>
        <source>An age is 0 to 120.</source>
        <translation>年龄应为 0 到 120。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="659"/>
        <source>The month is after the as-of date %1.</source>
        <translation>月份晚于数据截止日期 %1。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="662"/>
        <source>The close date is before the open date.</source>
        <translation>销户日期早于开户日期。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="666"/>
        <source>The maturity date is before the open date.</source>
        <translation>到期日早于开户日期。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="668"/>
        <source>A margin is at most ±10,000 basis points.</source>
        <translation>利差最多为 ±10,000 个基点。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="671"/>
        <source>A term is 0 to 1,200 months.</source>
        <translation>期限为 0 到 1,200 个月。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="692"/>
        <source>The %1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="781"/>
        <source>Too many rejected rows; stopped reading at line %1.</source>
        <translation>被拒绝的行过多；已在第 %1 行停止读取。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="783"/>
        <source>The file has a header but no data rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="439"/>
        <source>Account %1 belongs to customer %2.</source>
        <translation>账户 %1 属于客户 %2。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="412"/>
        <source>Duplicate row: this customer and month appear earlier in the file.</source>
        <translation>重复行：该客户和月份在文件中已出现过。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="413"/>
        <source>Duplicate key: the %1 appears earlier in the file.</source>
        <translation>重复键：该%1在文件中已出现过。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="447"/>
        <source>Unknown customer: not in the workspace. Import the customers file first or together with this one.</source>
        <translation>未知客户：工作区中没有该客户。请先导入客户文件，或与此文件一起导入。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="949"/>
        <source>The row breaks a rule of the workspace: %1</source>
        <translation>该行违反了工作区的规则：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="953"/>
        <source>Writing line %1</source>
        <translation>写入第 %1 行</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="433"/>
        <source>Unknown account: not in the workspace. Import the accounts file first, or skip the account column in a mapping file.</source>
        <translation>未知账户：工作区中没有该账户。请先导入账户文件，或在映射文件中跳过账户列。</translation>
    </message>
    <message>
        <location filename="../models/ingest/fileimport.cpp" line="866"/>
        <source>Duplicate transaction id: it appears earlier in the file.</source>
        <translation>重复的交易流水号：在文件中已出现过。</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="74"/>
        <location filename="../models/ingest/importer.cpp" line="84"/>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/importer.cpp" line="102"/>
        <location filename="../models/ingest/importer.cpp" line="118"/>
        <source>Cannot write the rejection report: %1</source>
        <translation>无法写入拒绝报告：%1</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::Mapping</name>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="38"/>
        <source>Cannot read the mapping file: %1</source>
        <translation>无法读取映射文件：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="47"/>
        <source>The mapping file is not valid JSON: %1</source>
        <translation>映射文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="50"/>
        <source>The mapping file must hold a JSON object.</source>
        <translation>映射文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="60"/>
        <source>Unknown kind &apos;%1&apos;; use branches, products, customers, accounts, balances, holdings or transactions.</source>
        <translation>未知的类型“%1”；请使用 branches、products、customers、accounts、balances、holdings 或 transactions。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="67"/>
        <source>Unknown encoding &apos;%1&apos;; use utf-8, gb18030 or big5.</source>
        <translation>未知的编码“%1”；请使用 utf-8、gb18030 或 big5。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="71"/>
        <source>&quot;header&quot; must be true or false.</source>
        <translation>&quot;header&quot; 必须是 true 或 false。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="75"/>
        <source>&quot;columns&quot; must be an object of header → field.</source>
        <translation>&quot;columns&quot; 必须是“表头 → 字段”形式的对象。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="90"/>
        <source>Column &apos;%1&apos;: unknown key &apos;%2&apos; (use field, format, values or skip).</source>
        <translation>列“%1”：未知的键“%2”（请使用 field、format、values 或 skip）。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="98"/>
        <source>Column &apos;%1&apos;: &quot;values&quot; must be an object of value → replacement.</source>
        <translation>列“%1”：&quot;values&quot; 必须是“值 → 替换值”形式的对象。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="102"/>
        <source>Column &apos;%1&apos;: the replacement for &apos;%2&apos; must be a string.</source>
        <translation>列“%1”：“%2”的替换值必须是字符串。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="106"/>
        <source>Column &apos;%1&apos;: name the &quot;field&quot; or set &quot;skip&quot;: true.</source>
        <translation>列“%1”：请指定 &quot;field&quot;，或设置 &quot;skip&quot;: true。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="108"/>
        <source>Column &apos;%1&apos;: expected a field name, an object or null.</source>
        <translation>列“%1”：应为字段名、对象或 null。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="113"/>
        <source>Column &apos;%1&apos;: unknown field &apos;%2&apos;. Known fields: %3.</source>
        <translation>列“%1”：未知的字段“%2”。已知字段：%3。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="120"/>
        <source>Column &apos;%1&apos;: a &quot;format&quot; applies only to date fields.</source>
        <translation>列“%1”：&quot;format&quot; 只适用于日期字段。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="125"/>
        <source>Unknown key &apos;%1&apos; (use kind, encoding, header and columns).</source>
        <translation>未知的键“%1”（请使用 kind、encoding、header 和 columns）。</translation>
    </message>
    <message>
        <location filename="../models/ingest/mapping.cpp" line="133"/>
        <source>Without a header row, columns are named by number (&quot;1&quot;, &quot;2&quot;, …), not &apos;%1&apos;.</source>
        <translation>没有表头行时，列用编号（&quot;1&quot;、&quot;2&quot;、…）命名，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>tierwise::ingest::TextEncoding</name>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="399"/>
        <source>UTF-8 byte-order mark</source>
        <translation>UTF-8 字节顺序标记（BOM）</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="410"/>
        <source>no text to examine</source>
        <translation>没有可检查的文本</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="411"/>
        <source>plain ASCII text</source>
        <translation>纯 ASCII 文本</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="434"/>
        <source>valid UTF-8 with %1 CJK characters</source>
        <translation>有效的 UTF-8，含 %1 个中日韩字符</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="435"/>
        <source>valid UTF-8 with %1 non-ASCII characters</source>
        <translation>有效的 UTF-8，含 %1 个非 ASCII 字符</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="452"/>
        <source>mostly valid UTF-8 (%1 characters, %2 invalid byte sequences)</source>
        <translation>基本有效的 UTF-8（%1 个字符，%2 个无效字节序列）</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="473"/>
        <source>not UTF-8; as %1, %2 of %3 characters are common Chinese characters (%4 invalid sequences); as %5, %6 of %7 (%8 invalid sequences)</source>
        <translation>不是 UTF-8；按 %1 解码时，%3 个字符中有 %2 个是常用汉字（%4 个无效序列）；按 %5 解码时，%7 个中有 %6 个（%8 个无效序列）</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="502"/>
        <source>invalid %1 byte sequence %2 at byte offset %3</source>
        <translation>字节偏移 %3 处有无效的 %1 字节序列 %2</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="624"/>
        <source>the system cannot convert %1 text (iconv)</source>
        <translation>系统无法转换 %1 文本（iconv）</translation>
    </message>
    <message>
        <location filename="../models/ingest/textencoding.cpp" line="654"/>
        <source>incomplete %1 character %2 at the end of the input (byte offset %3)</source>
        <translation>输入末尾有不完整的 %1 字符 %2（字节偏移 %3）</translation>
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
        <translation>值为空</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="111"/>
        <source>&apos;%1&apos; is too long to be %2</source>
        <translation>“%1”太长，不可能是%2</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="113"/>
        <source>&apos;%1&apos; has no digits</source>
        <translation>“%1”中没有数字</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="115"/>
        <source>&apos;%1&apos; is not %2: unexpected &apos;%3&apos;</source>
        <translation>“%1”不是%2：出现了意外的“%3”</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="117"/>
        <source>&apos;%1&apos; has more than one decimal point</source>
        <translation>“%1”含有多个小数点</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="119"/>
        <source>&apos;%1&apos; has a misplaced thousands separator</source>
        <translation>“%1”中的千位分隔符位置不对</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="121"/>
        <source>&apos;%1&apos; has a thousands separator after the decimal point</source>
        <translation>“%1”的小数点后出现了千位分隔符</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="123"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>“%1”太大</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="125"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="127"/>
        <source>&apos;%1&apos; is not a date in a recognised form (YYYY-MM-DD, YYYY/M/D, YYYYMMDD, YYYY年M月D日); set a date format for other forms</source>
        <translation>“%1”不是可识别的日期形式（YYYY-MM-DD、YYYY/M/D、YYYYMMDD、YYYY年M月D日）；其他形式请设置日期格式</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="131"/>
        <source>&apos;%1&apos; puts the year last, which is ambiguous; set a date format such as DD/MM/YYYY or MM/DD/YYYY</source>
        <translation>“%1”把年份放在最后，含义不明确；请设置日期格式，例如 DD/MM/YYYY 或 MM/DD/YYYY</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="135"/>
        <source>&apos;%1&apos; has a two-digit year; set a date format such as YYMMDD</source>
        <translation>“%1”的年份只有两位数；请设置日期格式，例如 YYMMDD</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="137"/>
        <source>&apos;%1&apos; looks like a spreadsheet serial number, not a date; format the column as a date before exporting</source>
        <translation>“%1”看起来是电子表格的日期序列号，而不是日期；请在导出前将该列设置为日期格式</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="141"/>
        <source>year 0 is not a year</source>
        <translation>不存在公元 0 年</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="143"/>
        <source>month %1 is not a month</source>
        <translation>不存在 %1 月</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="145"/>
        <source>day %1 is not a day of a month</source>
        <translation>任何月份都没有 %1 日</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="147"/>
        <source>%1 %2 has %3 days</source>
        <translation>%2年%1只有 %3 天</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="152"/>
        <source>&apos;%1&apos; has unexpected text after the date: &apos;%2&apos;</source>
        <translation>“%1”在日期后面有多余的文字：“%2”</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="154"/>
        <source>&apos;%1&apos; does not match the date format &apos;%2&apos;</source>
        <translation>“%1”与日期格式“%2”不符</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="156"/>
        <source>the date format &apos;%1&apos; needs a year (YYYY or YY), a month (MM or M) and a day (DD or D)</source>
        <translation>日期格式“%1”必须包含年（YYYY 或 YY）、月（MM 或 M）和日（DD 或 D）</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="160"/>
        <source>&apos;%1&apos; is not a month (expected YYYY-MM, YYYYMM, YYYY年M月 or a date)</source>
        <translation>“%1”不是月份（应为 YYYY-MM、YYYYMM、YYYY年M月或日期）</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="166"/>
        <source>an amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="167"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../models/ingest/values.cpp" line="168"/>
        <source>a number</source>
        <translation>数字</translation>
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
        <translation>任务 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../models/jobs/jobrunner.cpp" line="169"/>
        <source>The job %1 failed.</source>
        <translation>任务 %1 失败。</translation>
    </message>
</context>
<context>
    <name>tierwise::jobs::RunStore</name>
    <message>
        <location filename="../models/jobs/runstore.cpp" line="68"/>
        <source>Saving the results</source>
        <translation>正在保存结果</translation>
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
        <translation>正在保存客户 %1 的分群结果</translation>
    </message>
    <message>
        <location filename="../models/jobs/runstore.cpp" line="152"/>
        <source>Run %1 cannot be deleted: other records, such as a campaign, refer to it.</source>
        <translation>无法删除运行记录 %1：有其他记录（如营销活动）引用了它。</translation>
    </message>
    <message>
        <location filename="../models/jobs/runstore.cpp" line="157"/>
        <source>There is no run %1.</source>
        <translation>不存在运行记录 %1。</translation>
    </message>
</context>
<context>
    <name>tierwise::planning::Campaign</name>
    <message>
        <location filename="../models/planning/campaign.cpp" line="116"/>
        <source>Reading the warnings</source>
        <translation>正在读取预警</translation>
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
        <translation>正在读取推荐产品</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="160"/>
        <source>The audience definition is not a JSON object: %1</source>
        <translation>目标客群定义不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="176"/>
        <source>There is no segmentation &apos;%1&apos; in the workspace; run it first.</source>
        <translation>工作区中没有分群“%1”，请先运行。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="181"/>
        <source>%1 has no segment &apos;%2&apos;.</source>
        <translation>%1 中没有客群“%2”。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="188"/>
        <source>There is no branch &apos;%1&apos; in the book.</source>
        <translation>客户数据中没有网点“%1”。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="193"/>
        <source>Filtering by lifecycle stage, warning or next-best product needs a lifetime-value run: run Analyze ▸ Lifetime Value first.</source>
        <translation>按生命周期阶段、预警或推荐产品筛选需要客户终身价值结果：请先运行 分析 ▸ 客户终身价值。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="199"/>
        <source>The lifetime-value run has no lifecycle stages.</source>
        <translation>客户终身价值结果中没有生命周期阶段。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="204"/>
        <source>There is no lifecycle stage &apos;%1&apos;.</source>
        <translation>没有生命周期阶段“%1”。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="213"/>
        <source>There is no warning of kind &apos;%1&apos;.</source>
        <translation>没有“%1”类预警。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="299"/>
        <source>A campaign needs a name.</source>
        <translation>营销活动需要名称。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="301"/>
        <source>The campaign&apos;s audience is empty.</source>
        <translation>营销活动的目标客群为空。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="303"/>
        <source>The control group must be between 0 % and 90 % of the audience.</source>
        <translation>对照组须占目标客群的 0% 至 90%。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="305"/>
        <source>The campaign ends before it starts.</source>
        <translation>营销活动的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="308"/>
        <source>There is no segmentation &apos;%1&apos; in the workspace.</source>
        <translation>工作区中没有分群“%1”。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="413"/>
        <location filename="../models/planning/campaign.cpp" line="441"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="430"/>
        <source>Campaign %1 has no customers to contact.</source>
        <translation>营销活动 %1 没有需要联系的客户。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="489"/>
        <location filename="../models/planning/campaign.cpp" line="653"/>
        <source>Campaign %1 does not exist or has no members.</source>
        <translation>营销活动 %1 不存在或没有成员。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="498"/>
        <source>The response file is empty.</source>
        <translation>响应文件为空。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="508"/>
        <source>The response file has no customer_id column.</source>
        <translation>响应文件中没有 customer_id 列。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="510"/>
        <source>The response file has no responded column.</source>
        <translation>响应文件中没有 responded 列。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="520"/>
        <source>The customer id is empty.</source>
        <translation>客户号为空。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="523"/>
        <source>Customer %1 is not in campaign %2.</source>
        <translation>客户 %1 不在营销活动 %2 中。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="528"/>
        <source>Customer %1 appears twice.</source>
        <translation>客户 %1 出现了两次。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="533"/>
        <source>&apos;%1&apos; is not a yes/no answer (1/0, yes/no, true/false, 是/否).</source>
        <translation>“%1”不是是/否答案（1/0、yes/no、true/false、是/否）。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="541"/>
        <source>Not a date.</source>
        <translation>不是日期。</translation>
    </message>
    <message>
        <location filename="../models/planning/campaign.cpp" line="548"/>
        <source>Not an amount.</source>
        <translation>不是金额。</translation>
    </message>
</context>
<context>
    <name>tierwise::planning::Strategy</name>
    <message>
        <location filename="../models/planning/strategy.cpp" line="58"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="121"/>
        <source>A strategy needs the segment it is for.</source>
        <translation>策略需要指定适用的客群。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="123"/>
        <source>Pricing concessions cannot be negative.</source>
        <translation>定价优惠不能为负数。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="125"/>
        <source>The budget per customer must be zero or more.</source>
        <translation>每位客户预算必须大于或等于零。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="129"/>
        <source>%1 must be between 0 % and 100 %.</source>
        <translation>%1必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="132"/>
        <source>%1 must be above −100 %.</source>
        <translation>%1必须高于 −100%。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="210"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="211"/>
        <source>Products to offer</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="212"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="213"/>
        <source>Contact cadence</source>
        <translation>联系频率</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="214"/>
        <source>Service level</source>
        <translation>服务等级</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="215"/>
        <source>Deposit rate premium (bp)</source>
        <translation>存款利率上浮（基点）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="216"/>
        <source>Fee waivers</source>
        <translation>费用减免</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="217"/>
        <source>Loan rate discount (bp)</source>
        <translation>贷款利率优惠（基点）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="218"/>
        <location filename="../models/planning/strategy.cpp" line="270"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="219"/>
        <source>Reach target</source>
        <translation>触达率目标</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="220"/>
        <source>Participation target</source>
        <translation>参与率目标</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="221"/>
        <source>Conversion rate target</source>
        <translation>转化率目标</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="222"/>
        <source>AUM growth target</source>
        <translation>资产管理规模增长目标</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="223"/>
        <source>Budget per customer</source>
        <translation>每位客户预算</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="224"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="245"/>
        <source>%1 bp</source>
        <translation>%1 基点</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="263"/>
        <source>Relationship manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="264"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="265"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="266"/>
        <source>Mobile banking</source>
        <translation>手机银行</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="267"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="268"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="269"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="273"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="274"/>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="275"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="276"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
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
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="281"/>
        <source>Dedicated RM and investment adviser</source>
        <translation>专属客户经理与投资顾问</translation>
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
        <translation>服务团队并指定联系人</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="283"/>
        <source>Standard branch service</source>
        <translation>网点标准服务</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="284"/>
        <source>Digital first</source>
        <translation>线上优先</translation>
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
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="369"/>
        <source>Strategy for branch %1 (version %2, %3)</source>
        <translation>网点 %1 的策略（第 %2 版，%3）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="370"/>
        <source>Bank-wide strategy (version %1, %2)</source>
        <translation>全行策略（第 %1 版，%2）</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="478"/>
        <source>The strategy templates are missing from this build.</source>
        <translation>此版本缺少策略模板。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="517"/>
        <source>A strategy template without an id, name or objective.</source>
        <translation>策略模板缺少编号、名称或目标。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="521"/>
        <source>The strategy templates could not be read.</source>
        <translation>无法读取策略模板。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="597"/>
        <source>the pricing limits</source>
        <translation>定价上限</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="606"/>
        <source>%1 must be zero or more.</source>
        <translation>%1 必须大于或等于零。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="617"/>
        <source>The pricing limits</source>
        <translation>定价上限</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="643"/>
        <source>%1 is not in the product catalogue.</source>
        <translation>%1 不在产品目录中。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="647"/>
        <source>%1 (%2) has no risk level: its suitability cannot be checked.</source>
        <translation>%1（%2）没有风险等级，无法检查适当性。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="651"/>
        <source>%1 (%2) is risk level R%3, above the segment&apos;s typical risk tolerance C%4: unsuitable for most of its customers.</source>
        <translation>%1（%2）风险等级为 R%3，高于该客群典型的风险承受能力 C%4：不适合其大多数客户。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="659"/>
        <source>A deposit rate premium of %1 bp is above the limit of %2 bp.</source>
        <translation>存款利率上浮 %1 基点，超过上限 %2 基点。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="664"/>
        <source>A loan rate discount of %1 bp is above the limit of %2 bp.</source>
        <translation>贷款利率优惠 %1 基点，超过上限 %2 基点。</translation>
    </message>
    <message>
        <location filename="../models/planning/strategy.cpp" line="669"/>
        <source>A budget of %1 per customer is above the limit of %2.</source>
        <translation>每位客户预算 %1，超过上限 %2。</translation>
    </message>
</context>
<context>
    <name>tierwise::privacy::Audit</name>
    <message>
        <location filename="../models/privacy/audit.cpp" line="23"/>
        <source>unknown user</source>
        <translation>未知用户</translation>
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
        <translation>%1：磁盘已满。</translation>
    </message>
    <message>
        <location filename="../models/store/statement.cpp" line="30"/>
        <source>%1: the workspace file is damaged (%2).</source>
        <translation>%1：工作区文件已损坏（%2）。</translation>
    </message>
</context>
<context>
    <name>tierwise::store::CustomerQuery</name>
    <message>
        <location filename="../models/store/customerquery.cpp" line="114"/>
        <source>Cannot open the workspace %1</source>
        <translation>无法打开工作区 %1</translation>
    </message>
    <message>
        <location filename="../models/store/customerquery.cpp" line="215"/>
        <location filename="../models/store/customerquery.cpp" line="277"/>
        <location filename="../models/store/customerquery.cpp" line="303"/>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <location filename="../models/store/customerquery.cpp" line="295"/>
        <source>Reading customers</source>
        <translation>正在读取客户数据</translation>
    </message>
    <message>
        <location filename="../models/store/customerquery.cpp" line="316"/>
        <source>Reading customer ids</source>
        <translation>正在读取客户号</translation>
    </message>
</context>
<context>
    <name>tierwise::store::Workspace</name>
    <message>
        <location filename="../models/store/workspace.cpp" line="75"/>
        <location filename="../models/store/workspace.cpp" line="122"/>
        <location filename="../models/store/workspace.cpp" line="165"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="78"/>
        <source>%1 is an empty file, not a Tierwise workspace.</source>
        <translation>%1 是空文件，不是 Tierwise 工作区。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="99"/>
        <source>%1 is not a Tierwise workspace (it is not an SQLite database).</source>
        <translation>%1 不是 Tierwise 工作区（它不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="139"/>
        <source>%1 is damaged or not a Tierwise workspace (%2).</source>
        <translation>%1 已损坏或不是 Tierwise 工作区（%2）。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="107"/>
        <location filename="../models/store/workspace.cpp" line="145"/>
        <source>%1 is an SQLite database but not a Tierwise workspace.</source>
        <translation>%1 是 SQLite 数据库，但不是 Tierwise 工作区。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="101"/>
        <source>%1 is damaged or not a Tierwise workspace (its database header is invalid).</source>
        <translation>%1 已损坏或不是 Tierwise 工作区（数据库文件头无效）。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="136"/>
        <source>%1 is in use by another program (an import may be running). Try again when it has finished.</source>
        <translation>%1 正被其他程序使用（可能正在进行导入）。请在其完成后重试。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="147"/>
        <source>%1 was written by a newer version of Tierwise (workspace version %2; this version reads up to %3). Update Tierwise to open it.</source>
        <translation>%1 由更新版本的 Tierwise 写入（工作区版本 %2；当前版本最高只能读取版本 %3）。请更新 Tierwise 后再打开。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="198"/>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="199"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/store/workspace.cpp" line="222"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
</context>
</TS>
