<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>关于{app}</translation>
    </message>
    <message>
        <source>An offline desk for customs officers of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and cases, reference codes, exchange with the secretariat by file, and reports.</source>
        <translation>面向亚洲防止危险废物非法越境转移网络海关关员的离线工作台：手册、查验与案件、参考代码、通过文件与秘书处交换数据，以及报告。</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. The translations were written with care by the project; corrections are welcome: note the screen, the wrong text and your suggestion, and send them to the secretariat, or edit the file resources/translations/customs_desk_&lt;language&gt;.ts with Qt Linguist and send it back.</source>
        <translation>界面语言：{languages}。经母语人士审核：{reviewed}。译文由本项目认真撰写，欢迎指正：请记下所在界面、错误的文字和您的建议，发送给秘书处；也可以用Qt Linguist编辑文件resources/translations/customs_desk_&lt;language&gt;.ts，然后发回。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts from the secretariat</source>
        <translation>秘书处发布的预警</translation>
    </message>
    <message>
        <source>Watch party</source>
        <translation>重点关注方</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>重点关注路线</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通告</translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation>（有效期至{day}）</translation>
    </message>
    <message>
        <source>No alerts. Updates from the secretariat bring them.</source>
        <translation>暂无预警。预警随秘书处的更新包下发。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{kind} database, schema {rev}</source>
        <translation>{kind}数据库，架构版本{rev}</translation>
    </message>
    <message>
        <source>Restore your draft?</source>
        <translation>恢复草稿？</translation>
    </message>
    <message>
        <source>Customs Desk was closed while you were editing a draft. It was saved a few seconds before. Open it again?</source>
        <translation>您编辑草稿时Customs Desk被关闭了。草稿已在关闭前几秒保存。是否重新打开？</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>No take-back clock is running.</source>
        <translation>当前没有正在计算的退运时限。</translation>
    </message>
    <message>
        <source>Deadline was {date}; the case is finished.</source>
        <translation>截止日期为{date}；案件已结束。</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {date})</source>
        <translation>已逾期{n}天（截止日期{date}）</translation>
    </message>
    <message>
        <source>{n} days left (deadline {date})</source>
        <translation>剩余{n}天（截止日期{date}）</translation>
    </message>
</context>
<context>
    <name>CaseWidget</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Status and path</source>
        <translation>状态与处理途径</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>出口者或产生者（第9(2)条）</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>进口者或处置者（第9(3)条）</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>无法确定责任方（第9(4)条）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>退运或处置</translation>
    </message>
    <message>
        <source>Period agreed by the States (optional)</source>
        <translation>有关国家商定的期限（可选）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Article 9(1) grounds</source>
        <translation>第9(1)条所列情形</translation>
    </message>
    <message>
        <source>What happened (kept on the timeline)</source>
        <translation>发生的情况（记入时间线）</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Authority notified…</source>
        <translation>记录已通知主管部门…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>案件{number}</translation>
    </message>
    <message>
        <source>{authority} ({country}) informed on {date}</source>
        <translation>已于{date}通知{authority}（{country}）</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>尚未通知任何主管部门。</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>已记录通知</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>情形：{grounds}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>已立案</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only overdue take-backs</source>
        <translation>仅显示逾期退运</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未生效</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Code or words, e.g. A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</source>
        <translation>代码或关键词，例如A1181、8549、lead-acid、铅酸、แบตเตอรี่</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>适用日期</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>非官方译文</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>截至{day}</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>自{start}起生效，终止日期：{end}</translation>
    </message>
    <message>
        <source>UN class</source>
        <translation>UN危险类别</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>已由以下代码取代</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>取代以下代码</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相关代码</translation>
    </message>
    <message>
        <source>hints only, never a classification</source>
        <translation>仅供参考，绝非归类</translation>
    </message>
    <message>
        <source>Not fully confirmed: to be confirmed with the competent authority.</source>
        <translation>未经完全证实：须向主管部门核实。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>In the handbooks</source>
        <translation>手册中的相关内容</translation>
    </message>
    <message>
        <source>Commonly associated HS codes</source>
        <translation>常见对应HS编码</translation>
    </message>
    <message>
        <source>Commonly associated Basel entries</source>
        <translation>常见对应巴塞尔条目</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>显示已解决的冲突</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>party</source>
        <translation>相关方</translation>
    </message>
    <message>
        <source>case event</source>
        <translation>案件事件</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>传入</translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>采用传入版本</translation>
    </message>
    <message>
        <source>Here: saved by {a} on {at}{reason}. Incoming: by {b} on {at2}{reason2}.</source>
        <translation>本机：{a}于{at}保存{reason}。传入：{b}于{at2}保存{reason2}。</translation>
    </message>
    <message>
        <source>Resolved: the incoming version is now current.</source>
        <translation>已解决：传入版本现为当前版本。</translation>
    </message>
    <message>
        <source>Resolved: the version here stays current.</source>
        <translation>已解决：本机版本仍为当前版本。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Customs Desk. Your saved work is safe; the record you were editing is kept as a draft. Please copy the details below and send them to your IT contact or the secretariat.</source>
        <translation>Customs Desk内部出现错误。您已保存的工作不受影响；正在编辑的记录已保存为草稿。请复制以下详细信息，发送给您的IT联系人或秘书处。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Take-back deadlines</source>
        <translation>退运截止日期</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days</source>
        <translation>已逾期{n}天</translation>
    </message>
    <message>
        <source>… and {n} more overdue cases (Cases page, &apos;Only overdue&apos;).</source>
        <translation>…另有{n}个逾期案件（见“案件”页面的“仅显示逾期退运”）。</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>剩余{n}天</translation>
    </message>
    <message>
        <source>No take-back deadline is overdue or due this week.</source>
        <translation>没有已逾期或本周到期的退运期限。</translation>
    </message>
</context>
<context>
    <name>DecisionAidDialog</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>问题{n}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Suspected codes: {codes}</source>
        <translation>涉嫌代码：{codes}</translation>
    </message>
    <message>
        <source>Based on: {links}</source>
        <translation>依据：{links}</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Look for USB sticks</source>
        <translation>查找U盘</translation>
    </message>
    <message>
        <source>USB: {label}, {gb:.1f} GB free</source>
        <translation>U盘：{label}，可用{gb:.1f} GB</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>数据包写入位置</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Your drafts</source>
        <translation>您的草稿</translation>
    </message>
    <message>
        <source>Draft started {when}</source>
        <translation>{when}开始的草稿</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>没有草稿。</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔离区</translation>
    </message>
    <message>
        <source>Make an update</source>
        <translation>制作更新包</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Customs Desk — first start</source>
        <translation>Customs Desk — 首次启动</translation>
    </message>
    <message>
        <source>The secretariat office</source>
        <translation>秘书处办公室</translation>
    </message>
</context>
<context>
    <name>HandbooksPage</name>
    <message>
        <source>Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่</source>
        <translation>搜索全部手册（任何语言），例如A1181、used EEE、电子废物、แบตเตอรี่</translation>
    </message>
    <message>
        <source>Search your bookmarks and notes</source>
        <translation>搜索您的书签和笔记</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>书库</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>正在准备搜索索引…</translation>
    </message>
    <message>
        <source>All handbooks</source>
        <translation>全部手册</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>已跳过：{problem}</translation>
    </message>
    <message>
        <source>Version {version} · reviewed {date} · {chapters} chapters · {language}</source>
        <translation>版本{version} · 审核日期{date} · {chapters}章 · {language}</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>其他语言版本：</translation>
    </message>
    <message>
        <source>The search index could not be prepared: {error}</source>
        <translation>无法准备搜索索引：{error}</translation>
    </message>
    <message>
        <source>{n} results ({ms:.0f} ms)</source>
        <translation>{n}条结果（{ms:.0f}毫秒）</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&apos;{s}&apos;&gt;{s}&lt;/a&gt;?</source>
        <translation>您要找的是不是&lt;a href=&apos;{s}&apos;&gt;{s}&lt;/a&gt;？</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>记录历史</translation>
    </message>
    <message>
        <source>Revision {n} · {who} · {when}</source>
        <translation>第{n}版 · {who} · {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>更改内容：{fields}</translation>
    </message>
    <message>
        <source>(received in an exchange package)</source>
        <translation>（通过交换数据包接收）</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>欢迎，{name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>导入{name}</translation>
    </message>
    <message>
        <source>Checking the signature and every file in the package…</source>
        <translation>正在检查数据包的签名及其中每个文件…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Write the signed receipt beside the package</source>
        <translation>在数据包旁写入签名回执</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>This package from {post} was imported before. Importing it again changes nothing.</source>
        <translation>来自{post}的此数据包已导入过。再次导入不会改变任何内容。</translation>
    </message>
    <message>
        <source>Signed by {post} and intact. Nothing has been written yet: check the summary, then import.</source>
        <translation>已由{post}签名，内容完整。尚未写入任何数据：请核对摘要，然后导入。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>The receipt {name} is beside the package: carry it back to the post.</source>
        <translation>回执{name}已放在数据包旁边：请将其带回口岸。</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Waiting for an earlier package</source>
        <translation>等待较早的数据包</translation>
    </message>
    <message>
        <source>Rejected (quarantined)</source>
        <translation>拒收（已隔离）</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Officers (comma-separated)</source>
        <translation>关员（以逗号分隔）</translation>
    </message>
    <message>
        <source>Type of inspection</source>
        <translation>查验类型</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>船名</translation>
    </message>
    <message>
        <source>Voyage</source>
        <translation>航次</translation>
    </message>
    <message>
        <source>Truck plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班号</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>提单／航空运单</translation>
    </message>
    <message>
        <source>Customs declaration number</source>
        <translation>报关单号</translation>
    </message>
    <message>
        <source>Containers and seals (ISO 6346 numbers are checked)</source>
        <translation>集装箱和封志（按ISO 6346校验箱号）</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>集装箱号</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>封志号（以逗号分隔）</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>添加集装箱</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Declaration and goods</source>
        <translation>申报与货物</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>申报HS编码</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>申报品名</translation>
    </message>
    <message>
        <source>Declared weight (kg)</source>
        <translation>申报重量（千克）</translation>
    </message>
    <message>
        <source>Weight found (kg)</source>
        <translation>实测重量（千克）</translation>
    </message>
    <message>
        <source>Declared pieces</source>
        <translation>申报件数</translation>
    </message>
    <message>
        <source>Pieces found (unweighed)</source>
        <translation>实际件数（未称重）</translation>
    </message>
    <message>
        <source>Declared value and currency</source>
        <translation>申报价值及币种</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>废物类别</translation>
    </message>
    <message>
        <source>Goods lines: codes are checked against the tables valid on the inspection date</source>
        <translation>货物明细：代码按查验当日有效的代码表核对</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>货物描述</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>申报HS</translation>
    </message>
    <message>
        <source>Suspected Basel codes</source>
        <translation>涉嫌巴塞尔代码</translation>
    </message>
    <message>
        <source>Y codes</source>
        <translation>Y代码</translation>
    </message>
    <message>
        <source>H codes</source>
        <translation>H代码</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>UN编号</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（千克）</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <source>Parties and route</source>
        <translation>相关方与路线</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>出口国</translation>
    </message>
    <message>
        <source>Transit countries (codes, comma-separated)</source>
        <translation>过境国（代码，以逗号分隔）</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>进口国</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>装货港</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>卸货港</translation>
    </message>
    <message>
        <source>Transshipment ports (comma-separated)</source>
        <translation>转运港（以逗号分隔）</translation>
    </message>
    <message>
        <source>Documents and risk</source>
        <translation>单证与风险</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>书面同意</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>转移文件</translation>
    </message>
    <message>
        <source>Test certificates (used EEE)</source>
        <translation>检测证书（旧设备）</translation>
    </message>
    <message>
        <source>Invoice and contract</source>
        <translation>发票和合同</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>其他单证</translation>
    </message>
    <message>
        <source>Risk indicators found</source>
        <translation>发现的风险指标</translation>
    </message>
    <message>
        <source>Not fully confirmed in the sources</source>
        <translation>未经资料来源完全证实</translation>
    </message>
    <message>
        <source>Findings and outcome</source>
        <translation>查验发现与处理结果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>查验发现</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>手册引文</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>添加引文…</translation>
    </message>
    <message>
        <source>Decision aids (the answers and outcome are kept with this inspection)</source>
        <translation>决策辅助工具（答案和结论随本次查验一并保存）</translation>
    </message>
    <message>
        <source>Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256.</source>
        <translation>从磁盘添加照片，或将照片拖放到此处。原始文件连同其SHA-256值原样保存。</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>New inspection (draft)</source>
        <translation>新查验（草稿）</translation>
    </message>
    <message>
        <source>revision {n}</source>
        <translation>第{n}版</translation>
    </message>
    <message>
        <source>from post {post} (read only)</source>
        <translation>来自口岸{post}（只读）</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>保存更正…</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>第{n}行：{message}</translation>
    </message>
    <message>
        <source>Possible duplicate: {record} has the same {what} in the last 90 days.</source>
        <translation>可能重复：{record}在最近90天内也登记了{what}。</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft.</source>
        <translation>记录暂不能定稿：有{n}个问题已在相应字段旁标出。记录已保存为草稿。</translation>
    </message>
    <message>
        <source>Correct a finalized record</source>
        <translation>更正已定稿的记录</translation>
    </message>
    <message>
        <source>Why is the record corrected? (kept in its history)</source>
        <translation>更正原因？（记入记录历史）</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>撤回记录</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It is kept, marked as withdrawn.</source>
        <translation>撤回原因？记录将保留，并标记为已撤回。</translation>
    </message>
    <message>
        <source>A draft has no history yet; it starts when the record is finalized.</source>
        <translation>草稿尚无历史；历史从记录定稿时开始。</translation>
    </message>
    <message>
        <source>Add a citation</source>
        <translation>添加引文</translation>
    </message>
    <message>
        <source>Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):</source>
        <translation>粘贴从手册阅读器复制的引文（例如basel-at-the-border §take-back-clocks ¶3）：</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a handbook citation.</source>
        <translation>“{text}”不是手册引文。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</source>
        <translation>照片和文档 (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>部分文件未添加</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>位置：{lat}, {lon}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>{who}于{when}添加</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Caption for {name}:</source>
        <translation>{name}的图片说明：</translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation>未保存的更正</translation>
    </message>
    <message>
        <source>Discard the changes of this correction?</source>
        <translation>放弃本次更正所做的修改？</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection</source>
        <translation>新建查验</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>未撤回</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部处理结果</translation>
    </message>
    <message>
        <source>All waste streams</source>
        <translation>全部废物类别</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation&apos;s key</source>
        <translation>本机密钥</translation>
    </message>
    <message>
        <source>Send the key file to the other side, then read this fingerprint to them by phone so they can check it before they trust it.</source>
        <translation>请将密钥文件发送给对方，然后通过电话向对方读出此指纹，以便对方在信任之前进行核对。</translation>
    </message>
    <message>
        <source>Save my key file…</source>
        <translation>保存本机密钥文件…</translation>
    </message>
    <message>
        <source>Keys this installation trusts</source>
        <translation>本机信任的密钥</translation>
    </message>
    <message>
        <source>post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>revoked {day}: {reason}</source>
        <translation>已于{day}撤销：{reason}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>信任日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trust a key file…</source>
        <translation>信任密钥文件…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Save the key file to</source>
        <translation>密钥文件保存位置</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>已写入{path}。</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>信任密钥文件</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Customs Desk密钥 (*.cdkey)</translation>
    </message>
    <message>
        <source>Now trusting {name} ({code}).</source>
        <translation>现已信任{name}（{code}）。</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>请先选择一个密钥。</translation>
    </message>
    <message>
        <source>The key of {post} is revoked.</source>
        <translation>{post}的密钥已撤销。</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Where is this computer used?</source>
        <translation>这台计算机在哪里使用？</translation>
    </message>
    <message>
        <source>Customs Desk keeps all data on this computer. Border posts record inspections and send them to the secretariat on a USB stick; the secretariat consolidates the posts&apos; records and sends updates back.</source>
        <translation>Customs Desk将所有数据保存在这台计算机上。各边境口岸记录查验情况，并用U盘将记录送交秘书处；秘书处汇总各口岸的记录，并将更新发回各口岸。</translation>
    </message>
    <message>
        <source>At a border post (customs office, port, land crossing)</source>
        <translation>边境口岸（海关办公室、港口、陆路口岸）</translation>
    </message>
    <message>
        <source>At the secretariat of the Asian Network</source>
        <translation>亚洲网络秘书处</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Customs Desk</source>
        <translation>欢迎使用Customs Desk</translation>
    </message>
    <message>
        <source>Choose the language of the interface. You can change it later in Settings. Handbooks keep their own language.</source>
        <translation>请选择界面语言。以后可在“设置”中更改。手册保持其自身的语言。</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Customs Desk</source>
        <translation>登录 — Customs Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>工号(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your badge number.</source>
        <translation>请输入您的工号。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customs Desk — {post}</source>
        <translation>Customs Desk — {post}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>关员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Customs Desk</source>
        <translation>关于Customs Desk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MakeUpdateTab</name>
    <message>
        <source>Alerts and watch lists</source>
        <translation>预警和监控名单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细内容</translation>
    </message>
    <message>
        <source>Party or route</source>
        <translation>相关方或路线</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Add an alert</source>
        <translation>添加预警</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Handbooks, codes and keys</source>
        <translation>手册、代码和密钥</translation>
    </message>
    <message>
        <source>Add a handbook folder…</source>
        <translation>添加手册文件夹…</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>a reference-code dataset folder (optional)</source>
        <translation>参考代码数据集文件夹（可选）</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>参考代码</translation>
    </message>
    <message>
        <source>Add a post&apos;s key file…</source>
        <translation>添加口岸密钥文件…</translation>
    </message>
    <message>
        <source>Keys for posts to trust</source>
        <translation>供口岸信任的密钥</translation>
    </message>
    <message>
        <source>For the posts</source>
        <translation>发往口岸</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>写入位置</translation>
    </message>
    <message>
        <source>Make the update package</source>
        <translation>生成更新包</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>通告</translation>
    </message>
    <message>
        <source>Party to watch</source>
        <translation>重点关注方</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>重点关注路线</translation>
    </message>
    <message>
        <source>Handbook folder</source>
        <translation>手册文件夹</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Customs Desk密钥 (*.cdkey)</translation>
    </message>
    <message>
        <source>Choose where to write the update.</source>
        <translation>请选择更新包的写入位置。</translation>
    </message>
    <message>
        <source>Choose at least one post.</source>
        <translation>请至少选择一个口岸。</translation>
    </message>
    <message>
        <source>Wrote {path} for {n} posts.</source>
        <translation>已为{n}个口岸写入{path}。</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Competent authority notified</source>
        <translation>通知主管部门</translation>
    </message>
    <message>
        <source>Does not start a clock</source>
        <translation>不启动时限</translation>
    </message>
    <message>
        <source>Starts: {clock}</source>
        <translation>启动：{clock}</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Date informed</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <source>How (e-mail, letter, focal point…)</source>
        <translation>方式（电子邮件、信函、联络点…）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Take-back clock</source>
        <translation>退运时限</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>PDF reports: records, notices, registers, summaries</source>
        <translation>PDF报告：记录、通知书、登记簿、汇总</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>数据交换</translation>
    </message>
    <message>
        <source>Packages on USB sticks: send, import, receipts, updates, keys</source>
        <translation>U盘数据包：发送、导入、回执、更新、密钥</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>相关方</translation>
    </message>
    <message>
        <source>This is a person (removed from non-nominal exports)</source>
        <translation>此为自然人（匿名导出时删除）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>注册号</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Type a name to find the party</source>
        <translation>输入名称以查找相关方</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>⚑ on the watch list</source>
        <translation>⚑ 在监控名单上</translation>
    </message>
    <message>
        <source>Watch list from the secretariat: {title}</source>
        <translation>秘书处监控名单：{title}</translation>
    </message>
    <message>
        <source>⚠ {n} earlier findings</source>
        <translation>⚠ 以往{n}项查验发现</translation>
    </message>
    <message>
        <source>This party appears in {n} inspections that were not simply released.</source>
        <translation>该相关方出现在{n}次未直接放行的查验中。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The border post</source>
        <translation>边境口岸</translation>
    </message>
    <message>
        <source>The post code starts every record number made here (for example SGP-TUAS-2026-00042), so keep it short and never reuse another post&apos;s code.</source>
        <translation>口岸代码是本机生成的每个记录编号的开头（例如SGP-TUAS-2026-00042），因此请尽量简短，切勿使用其他口岸的代码。</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>口岸代码</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>口岸名称</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>其他国家</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Agency (for report headers)</source>
        <translation>机构（用于报告页眉）</translation>
    </message>
    <message>
        <source>e.g. SGP-TUAS</source>
        <translation>例如SGP-TUAS</translation>
    </message>
    <message>
        <source>e.g. Tuas Checkpoint</source>
        <translation>例如大士关卡</translation>
    </message>
    <message>
        <source>e.g. Singapore Customs</source>
        <translation>例如新加坡关税局</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近数据包</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>数据包数</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>查验数</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Overdue take-backs</source>
        <translation>逾期退运</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>已隔离</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>显示详情...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>隐藏详情...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Records that arrived but could not be accepted, with the reason. The rest of their package was imported. The post sees the reasons in its receipt.</source>
        <translation>已到达但无法接受的记录及其原因。同一数据包中的其余内容已导入。口岸会在回执中看到这些原因。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Copy citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <source>Bookmark this paragraph</source>
        <translation>为此段添加书签</translation>
    </message>
    <message>
        <source>Add a note to this paragraph…</source>
        <translation>为此段添加笔记…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Find in this chapter</source>
        <translation>在本章中查找</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>复制引文</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>笔记…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>打印为PDF…</translation>
    </message>
    <message>
        <source>Source on the web</source>
        <translation>网上来源</translation>
    </message>
    <message>
        <source>This source is on the web; open it on a computer with a network:
{url}</source>
        <translation>此来源位于网上；请在联网的计算机上打开：
{url}</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制网址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Your note on {citation}:</source>
        <translation>您对{citation}的笔记：</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>打印为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Packages on USB sticks are listed here. Open one: records packages are checked and shown before anything is imported; receipts mark your records as received; updates bring handbooks, codes and alerts from the secretariat.</source>
        <translation>U盘上的数据包列于此处。打开一个数据包：记录数据包在导入前会先经检查并显示；回执会将您的记录标记为已接收；更新包会带来秘书处发布的手册、代码和预警。</translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation>打开数据包文件…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>{name} — {kind} from {sender}, made {created}</source>
        <translation>{name} — 来自{sender}的{kind}，生成于{created}</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>打开数据包</translation>
    </message>
    <message>
        <source>Customs Desk packages (*.cdx)</source>
        <translation>Customs Desk数据包 (*.cdx)</translation>
    </message>
    <message>
        <source>Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined.</source>
        <translation>已导入{name}：新增{new}条，更新{updated}条，冲突{conflict}条，隔离{rejected}条。</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>更新已应用。</translation>
    </message>
    <message>
        <source>The secretariat confirmed the package. {received} of {total} record versions are now received.</source>
        <translation>秘书处已确认该数据包。{total}个记录版本中已有{received}个被接收。</translation>
    </message>
    <message>
        <source>{n} were refused there and will be sent again after correction: {reasons}</source>
        <translation>其中{n}个被秘书处拒收，更正后将重新发送：{reasons}</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Art. 9 grounds</source>
        <translation>第9条情形</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>国家接到通知日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>处理途径</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>集装箱</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>提单／航空运单</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>报关单</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>出口者</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>进口者</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出口国</translation>
    </message>
    <message>
        <source>To</source>
        <translation>进口国</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>废物类别</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>巴塞尔代码</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>申报HS</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（千克）</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>关员</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: number, container, bill of lading, party, code, country…</source>
        <translation>筛选：编号、集装箱、提单、相关方、代码、国家…</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选条件…</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n}条记录</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选条件</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选条件</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>筛选条件名称：</translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Make a PDF of this record and open it</source>
        <translation>生成此记录的PDF并打开</translation>
    </message>
    <message>
        <source>Making PDF…</source>
        <translation>正在生成PDF…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>PDF documents open in the PDF viewer of this computer. Reports for one record can also be made from the record itself (PDF button).</source>
        <translation>PDF文档将在本机的PDF阅读器中打开。单个记录的报告也可以在记录本身中生成（PDF按钮）。</translation>
    </message>
    <message>
        <source>Words to find: number, container, party, code…</source>
        <translation>查找词：编号、集装箱、相关方、代码…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Default: a file in {folder}</source>
        <translation>默认：{folder}中的文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>废物类别</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>生成PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Inspection number, e.g. SGP-TUAS-2026-00042</source>
        <translation>查验编号，例如SGP-TUAS-2026-00042</translation>
    </message>
    <message>
        <source>Case number, e.g. SGP-TUAS-C2026-0007</source>
        <translation>案件编号，例如SGP-TUAS-C2026-0007</translation>
    </message>
    <message>
        <source>Enter the number of the record.</source>
        <translation>请输入记录编号。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>正在生成{name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存{path}</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>没有可以打开{path}的PDF阅读器。</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>副本已保存为{path}</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the key of {post}</source>
        <translation>撤销{post}的密钥</translation>
    </message>
    <message>
        <source>Packages signed with this key will be refused from now on. Do this when a PC or key file is lost or stolen. A revoked key cannot be trusted again.</source>
        <translation>从现在起，用此密钥签名的数据包将被拒收。计算机或密钥文件丢失或被盗时，请执行此操作。密钥一经撤销，不能再被信任。</translation>
    </message>
    <message>
        <source>Why? e.g. laptop stolen on 12 May</source>
        <translation>原因？例如：笔记本电脑于5月12日被盗</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Send records to the secretariat</source>
        <translation>向秘书处发送记录</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>写入位置</translation>
    </message>
    <message>
        <source>Send everything again (not only what the secretariat has not confirmed)</source>
        <translation>全部重新发送（而不仅是秘书处尚未确认的内容）</translation>
    </message>
    <message>
        <source>Non-nominal: remove the names of individuals</source>
        <translation>匿名：删除个人姓名</translation>
    </message>
    <message>
        <source>Officers&apos; names and the names of parties who are persons are replaced by &apos;(withheld)&apos;; companies stay named. Audit events are not included.</source>
        <translation>关员姓名以及作为自然人的相关方姓名将替换为“(withheld)”（已隐去）；公司名称保留。不包括审计事件。</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>写入数据包</translation>
    </message>
    <message>
        <source>The secretariat&apos;s key is not trusted yet. Get its key file and trust it on the Keys tab; packages are encrypted so that only the secretariat can read them.</source>
        <translation>尚未信任秘书处的密钥。请获取其密钥文件，并在“密钥”选项卡中信任它；数据包经过加密，只有秘书处能够读取。</translation>
    </message>
    <message>
        <source>{received} of {total} record versions are confirmed received by the secretariat; {waiting} are waiting to be sent or confirmed.</source>
        <translation>{total}个记录版本中，秘书处已确认接收{received}个；{waiting}个正在等待发送或确认。</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>请选择数据包的写入位置。</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for the secretariat and signed by this post. Remove the USB stick safely, then carry it.</source>
        <translation>已写入{file}：{n}个记录版本，{files}个照片和文件。数据包已为秘书处加密，并由本口岸签名。请安全移除U盘，然后带走。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Paper size for reports</source>
        <translation>报告纸张大小</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>自动锁定</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>首位主管</translation>
    </message>
    <message>
        <source>Supervisors add officers&apos; accounts and may correct finalized records. Officers share this computer, so each signs in with a badge number and password.</source>
        <translation>主管可添加关员账户，并可更正已定稿的记录。关员共用这台计算机，因此每人都使用工号和密码登录。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>信任密钥</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>This key file says it belongs to {name} ({code}, {country}), {kind}. Anyone can write such a file: call the sender on a number you already know and have them read their fingerprint (Exchange ▸ Keys). Trust the key only if it matches.</source>
        <translation>此密钥文件声称属于{name}（{code}，{country}），{kind}。任何人都可以制作这样的文件：请拨打您已知的号码联系发送方，请对方读出其指纹（数据交换 ▸ 密钥）。只有指纹一致时才信任该密钥。</translation>
    </message>
    <message>
        <source>optional: type what the sender reads to you</source>
        <translation>可选：输入发送方向您读出的内容</translation>
    </message>
    <message>
        <source>Fingerprint read by phone</source>
        <translation>电话读出的指纹</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender</source>
        <translation>我已与发送方核对指纹</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>信任此密钥</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <source>Does not match (yet). Do not trust a key that does not match.</source>
        <translation>（暂）不一致。请勿信任不一致的密钥。</translation>
    </message>
    <message>
        <source>Type at least 16 characters.</source>
        <translation>请至少输入16个字符。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Locked — Customs Desk</source>
        <translation>已锁定 — Customs Desk</translation>
    </message>
    <message>
        <source>The session was locked after a period without use. {name}, type your password to continue, or sign out so another officer can sign in. Unsaved drafts are kept.</source>
        <translation>会话因一段时间未使用已被锁定。{name}，请输入密码继续，或退出登录，以便其他关员登录。未保存的草稿会保留。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update {name}</source>
        <translation>更新{name}</translation>
    </message>
    <message>
        <source>Checking the secretariat&apos;s signature…</source>
        <translation>正在检查秘书处的签名…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>应用更新</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>参考代码</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>Alerts and watch lists</source>
        <translation>预警和监控名单</translation>
    </message>
    <message>
        <source>Keys to trust</source>
        <translation>需信任的密钥</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>需撤销的密钥</translation>
    </message>
    <message>
        <source>This update was applied before; nothing to do.</source>
        <translation>此更新已应用过，无需操作。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Signed by the secretariat and intact. Nothing has been changed yet.</source>
        <translation>已由秘书处签名，内容完整。尚未做任何更改。</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>更新已应用。</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>停用／启用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>密码已更改。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> Before that, consider {codes}.</source>
        <translation>在此之前，请考虑{codes}。</translation>
    </message>
    <message>
        <source> Did you mean {codes}?</source>
        <translation>您是否指{codes}？</translation>
    </message>
    <message>
        <source> See {codes}.</source>
        <translation>参见{codes}。</translation>
    </message>
    <message>
        <source> … [{n} more characters not printed]</source>
        <translation>…［另有{n}个字符未打印］</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not an answer to this question.</source>
        <translation>“{answer}”不是此问题的答案选项。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).</source>
        <translation>“{code}”既不是巴塞尔代码（如A1181、Y49、B3011），也不是HS编码（如8549.11）。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.</source>
        <translation>“{code}”不是HS编码；请使用4位或6位数字，例如8549或8549.11。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code (e.g. USD, VND, THB).</source>
        <translation>“{code}”不是ISO 4217货币代码（如USD、VND、THB）。</translation>
    </message>
    <message>
        <source>&apos;{selector}&apos; matches several keys; give more of the fingerprint.</source>
        <translation>“{selector}”与多个密钥匹配；请提供更多位指纹。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a handbook citation.</source>
        <translation>“{text}”不是手册引文。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a UN number; write UN and four digits, e.g. UN3480.</source>
        <translation>“{value}”不是UN编号；请写UN加四位数字，例如UN3480。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code (e.g. VN, TH, HK).</source>
        <translation>“{value}”不是ISO 3166国家代码（如VN、TH、HK）。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code.</source>
        <translation>“{value}”不是ISO 3166国家代码。</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) 未向所有有关国家发出通知</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) 未得到一个有关国家的同意</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) 通过伪造、谎报或欺诈取得同意</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) 与单证有重大出入</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) 蓄意处置（倾倒）</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <source>(not in the reference tables)</source>
        <translation>（不在参考代码表中）</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>(nothing to print)</source>
        <translation>（无可打印内容）</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit必须介于1和500之间。</translation>
    </message>
    <message>
        <source>--records must be between 1 and 2000000.</source>
        <translation>--records必须介于1和2000000之间。</translation>
    </message>
    <message>
        <source>--revoke {fp}: give the fingerprint of one trusted key.</source>
        <translation>--revoke {fp}：请提供一个已信任密钥的指纹。</translation>
    </message>
    <message>
        <source>1. Reporting Party</source>
        <translation>1. 报告缔约方</translation>
    </message>
    <message>
        <source>10. Penalties and legal proceedings</source>
        <translation>10. 处罚和法律程序</translation>
    </message>
    <message>
        <source>11. Remarks</source>
        <translation>11. 备注</translation>
    </message>
    <message>
        <source>12. Certification</source>
        <translation>12. 核证</translation>
    </message>
    <message>
        <source>2. The case</source>
        <translation>2. 案件</translation>
    </message>
    <message>
        <source>3. Type of illegal traffic (Article 9(1))</source>
        <translation>3. 非法运输类型（第9(1)条）</translation>
    </message>
    <message>
        <source>4. States concerned</source>
        <translation>4. 有关国家</translation>
    </message>
    <message>
        <source>5. Persons involved</source>
        <translation>5. 涉案当事人</translation>
    </message>
    <message>
        <source>6. The waste</source>
        <translation>6. 废物</translation>
    </message>
    <message>
        <source>7. Documents</source>
        <translation>7. 单证</translation>
    </message>
    <message>
        <source>8. Transport</source>
        <translation>8. 运输</translation>
    </message>
    <message>
        <source>9. Responsibility and action taken (Article 9(2) to 9(4))</source>
        <translation>9. 责任与所采取的行动（第9(2)条至第9(4)条）</translation>
    </message>
    <message>
        <source>A note can have at most {n} characters.</source>
        <translation>笔记最多{n}个字符。</translation>
    </message>
    <message>
        <source>Action at the border</source>
        <translation>边境处置措施</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>辅助工具</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>空运</translation>
    </message>
    <message>
        <source>Answer every question before saving the result.</source>
        <translation>请回答所有问题后再保存结果。</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>第8条：90天（合法转移货物的再进口）</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>第9条：自有关国家接到通知之日起30天</translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation>请询问主管。</translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation>已通知的主管部门</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Basel</source>
        <translation>巴塞尔</translation>
    </message>
    <message>
        <source>Basel Annex VIII / IX codes</source>
        <translation>巴塞尔附件八／附件九代码</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>巴塞尔代码</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>提单／航空运单</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>By country of export</source>
        <translation>按出口国</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>按处理结果</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>按口岸</translation>
    </message>
    <message>
        <source>By waste stream</source>
        <translation>按废物类别</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>无法确定责任方（第9(4)条）</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{column}&apos;.</source>
        <translation>无法按“{column}”排序。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入{path}：{reason}。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Carrier(s)</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Case finished ({status}).</source>
        <translation>案件已结束（{status}）。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Case opened from inspection {number}.</source>
        <translation>已根据查验{number}立案。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Cases are opened by the post that made the inspection.</source>
        <translation>案件由实施查验的口岸立案。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Check that the drive is connected and the folder is readable.</source>
        <translation>请检查驱动器已连接且文件夹可读。</translation>
    </message>
    <message>
        <source>Choose &apos;post&apos; or &apos;secretariat&apos;.</source>
        <translation>请选择口岸（post）或秘书处（secretariat）。</translation>
    </message>
    <message>
        <source>Choose a bookmark or a note.</source>
        <translation>请选择一个书签或笔记。</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>请从列表中选择国家。</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>请从列表中选择时区。</translation>
    </message>
    <message>
        <source>Choose the mode of transport.</source>
        <translation>请选择运输方式。</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>请选择处理结果。</translation>
    </message>
    <message>
        <source>Choose the type of inspection.</source>
        <translation>请选择查验类型。</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Close other Customs Desk windows or programs using this data folder and try again. Nothing was changed.</source>
        <translation>请关闭正在使用此数据文件夹的其他Customs Desk窗口或程序，然后重试。未做任何更改。</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Codes and their titles</source>
        <translation>代码及名称</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>企业实地核查</translation>
    </message>
    <message>
        <source>Competent authority or focal point</source>
        <translation>主管部门或联络点</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>确认为非法运输</translation>
    </message>
    <message>
        <source>Consent of the States concerned</source>
        <translation>有关国家的同意</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact the post below, quoting reference {ref}.</source>
        <translation>请联系下列口岸，并注明编号{ref}。</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>集装箱</translation>
    </message>
    <message>
        <source>Containers and seals</source>
        <translation>集装箱和封志</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>运输工具</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>出口国</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>进口国</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>报关单</translation>
    </message>
    <message>
        <source>DRAFT: this record is not finalized and may still change.</source>
        <translation>草稿：此记录尚未定稿，内容仍可能更改。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>本报告日期</translation>
    </message>
    <message>
        <source>Date the State was informed</source>
        <translation>有关国家接到通知的日期</translation>
    </message>
    <message>
        <source>Date the case was confirmed</source>
        <translation>案件确认日期</translation>
    </message>
    <message>
        <source>Date the shipment was detected</source>
        <translation>发现货物的日期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Deadline and clock</source>
        <translation>截止日期与时限</translation>
    </message>
    <message>
        <source>Decision aid {id} is invalid: {problems}</source>
        <translation>决策辅助工具{id}无效：{problems}</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>决策辅助工具</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>申报HS编码</translation>
    </message>
    <message>
        <source>Declared as</source>
        <translation>申报品名</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>申报品名</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <source>Describe at least one line of goods.</source>
        <translation>请至少填写一行货物明细。</translation>
    </message>
    <message>
        <source>Describe the indicator.</source>
        <translation>请描述该指标。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Designation and description</source>
        <translation>废物名称与描述</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>扣留</translation>
    </message>
    <message>
        <source>Detention or seizure notice</source>
        <translation>扣留或扣押通知书</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>在其他地方处置（第9(4)条）</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>在进口国处置</translation>
    </message>
    <message>
        <source>Disposal or recovery operation (Annex IV)</source>
        <translation>处置或回收作业（附件四）</translation>
    </message>
    <message>
        <source>Disposer or recovery facility</source>
        <translation>处置者或回收设施</translation>
    </message>
    <message>
        <source>Do not start or end the password with spaces.</source>
        <translation>密码开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>Document {id} · content hash {hash} · Customs Desk {version}</source>
        <translation>文档{id} · 内容哈希值{hash} · Customs Desk {version}</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>单证审核</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>已提交的单证</translation>
    </message>
    <message>
        <source>Draft structure: the official form&apos;s fields could not be confirmed. The fields below follow Article 9 of the Basel Convention and the information required on notification and movement documents (Annex V A and V B). Check them against the current form published by the Secretariat of the Basel Convention before sending, and complete every field marked [to complete].</source>
        <translation>本表结构为草拟：未能核实正式表格的各个字段。以下字段依据《巴塞尔公约》第9条以及通知书和转移文件所需载明的信息（附件五A和附件五B）拟定。发送前请对照巴塞尔公约秘书处公布的现行表格进行核对，并填写每个标有[待填写]的字段。</translation>
    </message>
    <message>
        <source>Empty seal number.</source>
        <translation>封志号为空。</translation>
    </message>
    <message>
        <source>Enter the date and time of the inspection, with its time zone.</source>
        <translation>请输入查验日期和时间及其时区。</translation>
    </message>
    <message>
        <source>Enter the name of the border post.</source>
        <translation>请输入边境口岸名称。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s full name.</source>
        <translation>请输入关员姓名。</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>出口者</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>出口者或产生者（第9(2)条）</translation>
    </message>
    <message>
        <source>Exporter or notifier</source>
        <translation>出口者或通知者</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Finalize the inspection before opening a case from it.</source>
        <translation>请先将查验定稿，再据此立案。</translation>
    </message>
    <message>
        <source>Finalized records are never deleted; withdraw it with a reason instead.</source>
        <translation>已定稿的记录不能删除；请注明原因后撤回。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>查验发现</translation>
    </message>
    <message>
        <source>For the customs post</source>
        <translation>代表海关口岸</translation>
    </message>
    <message>
        <source>Form for reporting a confirmed case of illegal traffic (draft)</source>
        <translation>已确认非法运输案件报告表（草稿）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出口国</translation>
    </message>
    <message>
        <source>Functionality test certificates</source>
        <translation>功能检测证书</translation>
    </message>
    <message>
        <source>Generated {time} ({zone}) by {officer}</source>
        <translation>由{officer}于{time}（{zone}）生成</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>产生者</translation>
    </message>
    <message>
        <source>Give the currency of the declared value.</source>
        <translation>请填写申报价值的币种。</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>请为筛选条件命名。</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>查验发现的货物：</translation>
    </message>
    <message>
        <source>Grounds (Article 9(1))</source>
        <translation>情形（第9(1)条）</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>H codes (Annex III)</source>
        <translation>H代码（附件三）</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>HS编码</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>手册引文</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>结案情况</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>案件结案情况</translation>
    </message>
    <message>
        <source>Illegal traffic form (draft)</source>
        <translation>非法运输报告表（草稿）</translation>
    </message>
    <message>
        <source>Illegal traffic reporting form (draft)</source>
        <translation>非法运输报告表（草稿）</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>进口者／收货人</translation>
    </message>
    <message>
        <source>Importer or consignee</source>
        <translation>进口者或收货人</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>进口者或处置者（第9(3)条）</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>内河</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>查验地点</translation>
    </message>
    <message>
        <source>Inspecting officer</source>
        <translation>查验关员</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Inspection reference</source>
        <translation>查验编号</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>查验报告</translation>
    </message>
    <message>
        <source>Inspection type</source>
        <translation>查验类型</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>Inspections by month</source>
        <translation>按月份统计的查验</translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation>按处理结果统计的查验</translation>
    </message>
    <message>
        <source>Inspections without a weight</source>
        <translation>未记录重量的查验</translation>
    </message>
    <message>
        <source>Install the newer version of Customs Desk. The database was not changed.</source>
        <translation>请安装较新版本的Customs Desk。数据库未做任何更改。</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>预定设施</translation>
    </message>
    <message>
        <source>Invoice or contract</source>
        <translation>发票或合同</translation>
    </message>
    <message>
        <source>Later revisions build on the version here; keep it, and ask the post to correct the record.</source>
        <translation>后续版本以本机版本为基础；请保留本机版本，并请口岸更正该记录。</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>运输工具</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>转移文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name at least one officer.</source>
        <translation>请至少填写一名关员。</translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation>请填写已通知的主管部门名称。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>National case reference</source>
        <translation>国内案件编号</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>尚未通知任何主管部门。</translation>
    </message>
    <message>
        <source>No case {key}.</source>
        <translation>没有案件{key}。</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>没有正在计算的时限。</translation>
    </message>
    <message>
        <source>No codes recorded.</source>
        <translation>未记录代码。</translation>
    </message>
    <message>
        <source>No conflict #{id}.</source>
        <translation>没有冲突#{id}。</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>无数据。</translation>
    </message>
    <message>
        <source>No decision aid &apos;{id}&apos;.</source>
        <translation>没有决策辅助工具“{id}”。</translation>
    </message>
    <message>
        <source>No decision aid was run for this record.</source>
        <translation>此记录未使用决策辅助工具。</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>无事件。</translation>
    </message>
    <message>
        <source>No goods lines recorded.</source>
        <translation>未记录货物明细。</translation>
    </message>
    <message>
        <source>No ground recorded yet.</source>
        <translation>尚未记录任何情形。</translation>
    </message>
    <message>
        <source>No handbook &apos;{id}&apos; in the library.</source>
        <translation>书库中没有手册“{id}”。</translation>
    </message>
    <message>
        <source>No imported records package {id}.</source>
        <translation>没有已导入的记录数据包{id}。</translation>
    </message>
    <message>
        <source>No inspection matches.</source>
        <translation>没有符合条件的查验。</translation>
    </message>
    <message>
        <source>No inspection {key}.</source>
        <translation>没有查验{key}。</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>未记录相关方。</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>没有写入{path}的权限。</translation>
    </message>
    <message>
        <source>No photos or documents attached.</source>
        <translation>未附照片或文档。</translation>
    </message>
    <message>
        <source>No recipient key is trusted yet; trust the secretariat&apos;s key (or the post&apos;s) first.</source>
        <translation>尚未信任任何接收方密钥；请先信任秘书处（或该口岸）的密钥。</translation>
    </message>
    <message>
        <source>No reference codes are loaded.</source>
        <translation>未加载参考代码。</translation>
    </message>
    <message>
        <source>No section &apos;{section}&apos; in {id}.</source>
        <translation>{id}中没有章节“{section}”。</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>该附件不存在。</translation>
    </message>
    <message>
        <source>No such decision aid result.</source>
        <translation>该决策辅助结果不存在。</translation>
    </message>
    <message>
        <source>No such party.</source>
        <translation>该相关方不存在。</translation>
    </message>
    <message>
        <source>No such post.</source>
        <translation>该口岸不存在。</translation>
    </message>
    <message>
        <source>No such risk indicator.</source>
        <translation>该风险指标不存在。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>该用户不存在。</translation>
    </message>
    <message>
        <source>No trusted key for: {posts}.</source>
        <translation>以下口岸没有已信任的密钥：{posts}。</translation>
    </message>
    <message>
        <source>No trusted key matches &apos;{selector}&apos;.</source>
        <translation>没有与“{selector}”匹配的已信任密钥。</translation>
    </message>
    <message>
        <source>No user with badge number {badge}.</source>
        <translation>没有工号为{badge}的用户。</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>未勾选任何项。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>不属非法（已结案）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a drive you can write to.</source>
        <translation>未做任何更改。请选择可写入的驱动器。</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>未做任何更改。请用--data-dir选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another folder or ask IT for access.</source>
        <translation>未做任何更改。请选择其他文件夹，或请IT人员授予访问权限。</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or choose another drive, then try again.</source>
        <translation>未做任何更改。请释放部分空间或选择其他驱动器，然后重试。</translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database.</source>
        <translation>未做任何更改。请使用空数据库。</translation>
    </message>
    <message>
        <source>Nothing was deleted or changed.</source>
        <translation>未删除或更改任何内容。</translation>
    </message>
    <message>
        <source>Nothing was deleted. Restore the latest copy from the backups folder, or ask the secretariat for help (the damaged file is kept for recovery).</source>
        <translation>未删除任何内容。请从备份文件夹（backups）恢复最新副本，或向秘书处求助（损坏的文件已保留，以便恢复）。</translation>
    </message>
    <message>
        <source>Notice of detention</source>
        <translation>扣留通知书</translation>
    </message>
    <message>
        <source>Notice of seizure</source>
        <translation>扣押通知书</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>通知书编号</translation>
    </message>
    <message>
        <source>Notifications to competent authorities</source>
        <translation>向主管部门发出的通知</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {deadline}).</source>
        <translation>已逾期{n}天（截止日期{deadline}）。</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>关员</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>关员：</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>关员</translation>
    </message>
    <message>
        <source>Only finalized records are corrected; save the draft instead.</source>
        <translation>只有已定稿的记录才需要更正；草稿请直接保存。</translation>
    </message>
    <message>
        <source>Only finalized records can be withdrawn; delete a draft instead.</source>
        <translation>只有已定稿的记录才能撤回；草稿请直接删除。</translation>
    </message>
    <message>
        <source>Only secretariat staff can create secretariat accounts.</source>
        <translation>只有秘书处工作人员才能创建秘书处账户。</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} events are printed.</source>
        <translation>共{total}个事件，仅打印前{n}个。</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} records are printed; narrow the period or the filter to print the others.</source>
        <translation>共{total}条记录，仅打印前{n}条；请缩小期间或筛选范围以打印其余记录。</translation>
    </message>
    <message>
        <source>Only the officer who created this record, or a supervisor, can change it.</source>
        <translation>只有创建此记录的关员或主管才能修改此记录。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Opened from inspection</source>
        <translation>立案所依据的查验</translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation>其他附件</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>其他单证</translation>
    </message>
    <message>
        <source>Our reference:</source>
        <translation>我方编号：</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Packaging, containers</source>
        <translation>包装、容器</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第{n}页，共{total}页</translation>
    </message>
    <message>
        <source>Paper size {paper} is not known; use A4 or Letter.</source>
        <translation>未知纸张大小{paper}；请使用A4或Letter。</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>相关方</translation>
    </message>
    <message>
        <source>Party (country)</source>
        <translation>缔约方（国家）</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>处理途径</translation>
    </message>
    <message>
        <source>Penalties imposed, proceedings started</source>
        <translation>已实施的处罚、已启动的程序</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Period agreed by the States</source>
        <translation>有关国家商定的期限</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>照片和附件</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>实货查验</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Pieces declared / found</source>
        <translation>申报／实际件数</translation>
    </message>
    <message>
        <source>Place of detection</source>
        <translation>发现地点</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>卸货港</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>装货港</translation>
    </message>
    <message>
        <source>Port or point of entry</source>
        <translation>入境口岸或地点</translation>
    </message>
    <message>
        <source>Port or point of exit</source>
        <translation>出境口岸或地点</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>邮件／快件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>统计的记录</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>移交主管部门</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>不准入境</translation>
    </message>
    <message>
        <source>Register of inspections</source>
        <translation>查验登记簿</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>注册号</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Reporting authority</source>
        <translation>报告机构</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Restore it from a backup; without it this post cannot sign packages.</source>
        <translation>请从备份中恢复；没有此密钥，本口岸无法为数据包签名。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退运</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>已运回或已处置</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>风险指标</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路线</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>取样</translation>
    </message>
    <message>
        <source>Say why the finalized record is corrected.</source>
        <translation>请说明更正已定稿记录的原因。</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>请说明撤销密钥的原因。</translation>
    </message>
    <message>
        <source>Say why the record is withdrawn.</source>
        <translation>请说明撤回记录的原因。</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海运</translation>
    </message>
    <message>
        <source>Secretariat summary</source>
        <translation>秘书处汇总</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>扣押</translation>
    </message>
    <message>
        <source>Send the documents that show the shipment is lawful: notification and written consent of the States concerned, the movement document, the contract, and for used equipment the functionality test records.</source>
        <translation>请提交证明该批货物合法的单证：通知书及有关国家的书面同意、转移文件、合同；如为旧设备，还须提交功能检测记录。</translation>
    </message>
    <message>
        <source>Share of tonnes</source>
        <translation>吨数占比</translation>
    </message>
    <message>
        <source>Sign in to keep bookmarks and notes.</source>
        <translation>请登录以保存书签和笔记。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>盖章</translation>
    </message>
    <message>
        <source>State informed on</source>
        <translation>有关国家接到通知日期</translation>
    </message>
    <message>
        <source>State of export</source>
        <translation>出口国</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>进口国</translation>
    </message>
    <message>
        <source>State on {day}</source>
        <translation>{day}的状态</translation>
    </message>
    <message>
        <source>States of transit</source>
        <translation>过境国</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>案件状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Summary of inspections</source>
        <translation>查验汇总</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>涉嫌</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: This measure is taken under the law of {country} [cite the legal provisions implementing the Basel Convention and the customs powers used].</source>
        <translation>由口岸修改的文本：本措施依据{country}法律采取［援引实施《巴塞尔公约》的法律条文及所行使的海关权力］。</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or appeal, who bears storage and return costs, and the consequences if nothing is done.</source>
        <translation>由口岸修改的文本：答复期限、申请复核或提出申诉的途径、仓储和退运费用由谁承担，以及不采取任何行动的后果。</translation>
    </message>
    <message>
        <source>TO COMPLETE: place of storage and how the goods may be inspected.</source>
        <translation>待填写：存放地点及查看货物的方式。</translation>
    </message>
    <message>
        <source>TO COMPLETE: telephone, e-mail and office hours.</source>
        <translation>待填写：电话、电子邮件和办公时间。</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>由出口国运回</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>退运或处置</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>已要求退运</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>电话、电子邮件</translation>
    </message>
    <message>
        <source>The clock starts when the State is informed; enter that date.</source>
        <translation>时限自有关国家接到通知时开始计算；请输入该日期。</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; try again.</source>
        <translation>{name}的副本与原件不一致；请重试。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>无法读取数据库文件{path}：{reason}。</translation>
    </message>
    <message>
        <source>The database file{where} is damaged or is not a Customs Desk database.</source>
        <translation>数据库文件{where}已损坏，或不是Customs Desk数据库。</translation>
    </message>
    <message>
        <source>The database {where} has tables but was not made by Customs Desk.</source>
        <translation>数据库{where}中有数据表，但不是由Customs Desk创建的。</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Customs Desk (schema {revision}); this version ({version}) knows schemas up to {head}.</source>
        <translation>数据库{where}由较新版本的Customs Desk写入（架构{revision}）；当前版本（{version}）仅支持到架构{head}。</translation>
    </message>
    <message>
        <source>The database{where} cannot be opened or read.</source>
        <translation>无法打开或读取数据库{where}。</translation>
    </message>
    <message>
        <source>The database{where} is locked by another program.</source>
        <translation>数据库{where}已被其他程序锁定。</translation>
    </message>
    <message>
        <source>The database{where} is on a read-only drive or folder.</source>
        <translation>数据库{where}位于只读驱动器或文件夹中。</translation>
    </message>
    <message>
        <source>The date the State was informed is in the future.</source>
        <translation>有关国家接到通知的日期晚于今天。</translation>
    </message>
    <message>
        <source>The decision aid has no rule for these answers.</source>
        <translation>该决策辅助工具对这些答案没有相应规则。</translation>
    </message>
    <message>
        <source>The disk holding the database{where} is full.</source>
        <translation>存放数据库{where}的磁盘已满。</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}.</source>
        <translation>写入{path}时磁盘已满。</translation>
    </message>
    <message>
        <source>The drive holding {path} is read-only.</source>
        <translation>{path}所在的驱动器为只读。</translation>
    </message>
    <message>
        <source>The file is too large ({mb:.0f} MB) to include.</source>
        <translation>文件太大（{mb:.0f} MB），无法收录。</translation>
    </message>
    <message>
        <source>The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.</source>
        <translation>您得到的指纹（{given}）与密钥文件（{actual}）不一致。请勿信任此文件。</translation>
    </message>
    <message>
        <source>The goods described below were {verb} by {agency} at {post} on {day}, after an inspection (reference {reference}). They are held to verify whether the shipment is a transboundary movement of hazardous or other wastes controlled under the Basel Convention, and whether the documents it requires were in order.</source>
        <translation>下述货物经{agency}在{post}查验（编号{reference}）后，已于{day}予以{verb}。暂扣货物旨在核实该批货物是否属于《巴塞尔公约》所管控的危险废物或其他废物越境转移，以及该转移所需的单证是否齐备。</translation>
    </message>
    <message>
        <source>The handbook &apos;{id}&apos; cannot be opened: {problem}</source>
        <translation>无法打开手册“{id}”：{problem}</translation>
    </message>
    <message>
        <source>The handbook in {folder} cannot be read: {first}</source>
        <translation>无法读取{folder}中的手册：{first}</translation>
    </message>
    <message>
        <source>The image is too large ({mp:.0f} megapixels) to include.</source>
        <translation>图像太大（{mp:.0f}百万像素），无法收录。</translation>
    </message>
    <message>
        <source>The image is too large to include.</source>
        <translation>图像太大，无法收录。</translation>
    </message>
    <message>
        <source>The importer or consignee is not recorded: write the addressee by hand.</source>
        <translation>未记录进口者或收货人：请手写收件人。</translation>
    </message>
    <message>
        <source>The inspection date is before the Basel Convention existed.</source>
        <translation>查验日期早于《巴塞尔公约》通过之日。</translation>
    </message>
    <message>
        <source>The inspection date is in the future.</source>
        <translation>查验日期晚于今天。</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {error}.</source>
        <translation>密钥文件{path}已损坏：{error}。</translation>
    </message>
    <message>
        <source>The key of post {post} is not trusted any more.</source>
        <translation>口岸{post}的密钥已不再受信任。</translation>
    </message>
    <message>
        <source>The last change was not saved. Free some space and try again.</source>
        <translation>最近一次更改未保存。请释放部分空间后重试。</translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation>该相关方没有名称。</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>期间的结束日期（{to}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems.</source>
        <translation>记录暂不能定稿：有{n}个问题。</translation>
    </message>
    <message>
        <source>The record&apos;s outcome is &apos;{outcome}&apos;: check that a notice is needed before sending it.</source>
        <translation>该记录的处理结果为“{outcome}”：发送前请确认是否需要发出通知书。</translation>
    </message>
    <message>
        <source>The reference code data is invalid: {problems}</source>
        <translation>参考代码数据无效：{problems}</translation>
    </message>
    <message>
        <source>The stored file cannot be read: {error}.</source>
        <translation>无法读取已存储的文件：{error}。</translation>
    </message>
    <message>
        <source>The stored file is missing; the photo cannot be shown.</source>
        <translation>已存储的文件丢失；无法显示照片。</translation>
    </message>
    <message>
        <source>The stored file is not a readable image.</source>
        <translation>已存储的文件不是可读取的图像。</translation>
    </message>
    <message>
        <source>The update cannot be made: {problems}</source>
        <translation>无法生成更新包：{problems}</translation>
    </message>
    <message>
        <source>The upgrade would break {n} references; it was rolled back and the database is unchanged.</source>
        <translation>升级会破坏{n}处引用；已回滚，数据库未做任何更改。</translation>
    </message>
    <message>
        <source>The weight found differs from the declared weight by {p:.0%}.</source>
        <translation>实测重量与申报重量相差{p:.0%}。</translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation>该工号已注册。</translation>
    </message>
    <message>
        <source>This case belongs to another post; it can be read here but not changed.</source>
        <translation>此案件属于其他口岸；在此只能查看，不能修改。</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>此冲突已解决。</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet.</source>
        <translation>此数据文件夹尚未设置。</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet; run the first-run wizard.</source>
        <translation>此数据文件夹尚未设置；请运行首次启动向导。</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>此数据文件夹已设置。</translation>
    </message>
    <message>
        <source>This decision aid is already finished.</source>
        <translation>此决策辅助已完成。</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>此字段不能在此处更改。</translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL ({error}). Install the &apos;postgres&apos; extra (pip install customs-desk[postgres]) or use the embedded database.</source>
        <translation>本机无法连接PostgreSQL（{error}）。请安装“postgres”附加组件（pip install customs-desk[postgres]），或使用内置数据库。</translation>
    </message>
    <message>
        <source>This is this installation&apos;s own key.</source>
        <translation>这是本机自己的密钥。</translation>
    </message>
    <message>
        <source>This key was revoked on {day} ({reason}); it cannot be trusted again.</source>
        <translation>此密钥已于{day}撤销（{reason}）；不能再被信任。</translation>
    </message>
    <message>
        <source>This note does not exist.</source>
        <translation>该笔记不存在。</translation>
    </message>
    <message>
        <source>This record belongs to another post; it can be read here but not changed.</source>
        <translation>此记录属于其他口岸；在此只能查看，不能修改。</translation>
    </message>
    <message>
        <source>This record has {n} goods lines; lines {first} to {n} are not printed (see the record in Customs Desk). The total below counts every line.</source>
        <translation>此记录有{n}行货物明细；第{first}至{n}行未打印（请在Customs Desk中查看该记录）。下方合计包括所有行。</translation>
    </message>
    <message>
        <source>This record is already finalized.</source>
        <translation>此记录已定稿。</translation>
    </message>
    <message>
        <source>This record is finalized; use Correct to change it.</source>
        <translation>此记录已定稿；如需修改，请使用“更正”。</translation>
    </message>
    <message>
        <source>This result already belongs to another inspection.</source>
        <translation>此结果已属于另一项查验。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Title (reference tables)</source>
        <translation>名称（参考代码表）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>致</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>Tonnes by country of export</source>
        <translation>按出口国统计的吨数</translation>
    </message>
    <message>
        <source>Tonnes by waste stream</source>
        <translation>按废物类别统计的吨数</translation>
    </message>
    <message>
        <source>Tonnes found</source>
        <translation>实测吨数</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>密码错误次数过多。请在{seconds}秒后重试。</translation>
    </message>
    <message>
        <source>Total ({n} lines)</source>
        <translation>合计（{n}行）</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>过境国</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>运输方式</translation>
    </message>
    <message>
        <source>Transshipment ports</source>
        <translation>转运港</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>UN</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>UN编号</translation>
    </message>
    <message>
        <source>UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).</source>
        <translation>UN{n:04d}超出UN编号范围（UN0001至UN3599）。</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Unknown profile &apos;{profile}&apos;; use full or non-nominal.</source>
        <translation>未知配置“{profile}”；请使用full或non-nominal。</translation>
    </message>
    <message>
        <source>Use 0 (never) to 1440 minutes.</source>
        <translation>请使用0（从不）至1440分钟。</translation>
    </message>
    <message>
        <source>Use a data folder you can write to (--data-dir).</source>
        <translation>请使用可写入的数据文件夹（--data-dir）。</translation>
    </message>
    <message>
        <source>Use a date (YYYY-MM-DD).</source>
        <translation>请使用日期格式（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>请至少使用{n}个字符。</translation>
    </message>
    <message>
        <source>Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, then up to two parts after hyphens).</source>
        <translation>请使用大写字母和数字，例如SGP-TUAS或VN-HPH-01（2至8个字符，之后最多可再加两段以连字符分隔的部分）。</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos; (up to 40 characters).</source>
        <translation>请使用字母、数字、“.”、“/”或“-”（最多40个字符）。</translation>
    </message>
    <message>
        <source>Vessel, voyage, vehicle or flight</source>
        <translation>船名、航次、车辆或航班</translation>
    </message>
    <message>
        <source>WARNING: the stored file does not match the SHA-256 recorded at capture; it was changed or damaged.</source>
        <translation>警告：已存储的文件与采集时记录的SHA-256不一致；文件已被更改或损坏。</translation>
    </message>
    <message>
        <source>WITHDRAWN: this record was withdrawn; it is printed for reference only.</source>
        <translation>已撤回：此记录已撤回，打印仅供参考。</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>废物类别</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Weight declared / found</source>
        <translation>申报／实测重量</translation>
    </message>
    <message>
        <source>Weight found</source>
        <translation>实测重量</translation>
    </message>
    <message>
        <source>Weights are the weights found at inspection; inspections without a weight are counted but add nothing to the tonnes. Withdrawn records and drafts are not counted.</source>
        <translation>重量为查验时的实测重量；未记录重量的查验计入数量，但不计入吨数。已撤回的记录和草稿不计入统计。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>暂扣物品</translation>
    </message>
    <message>
        <source>What you may do</source>
        <translation>您可采取的措施</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where the goods are</source>
        <translation>货物所在地</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>请先填写笔记。</translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>X光／机检</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Y codes (Annex I / II)</source>
        <translation>Y代码（附件一／附件二）</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>贵方报关单：</translation>
    </message>
    <message>
        <source>[country]</source>
        <translation>[国家]</translation>
    </message>
    <message>
        <source>[text in a script not supported: {scripts}]</source>
        <translation>[不支持的文字：{scripts}]</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>[待填写]</translation>
    </message>
    <message>
        <source>all but withdrawn</source>
        <translation>除已撤回外全部</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>finalized inspections</source>
        <translation>已定稿的查验</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>held</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>not shown: more than {n} photos</source>
        <translation>未显示：照片超过{n}张</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>封志</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>扣押</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>vessel</source>
        <translation>船舶</translation>
    </message>
    <message>
        <source>voyage</source>
        <translation>航次</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>{authority} ({country}) notified on {day}.</source>
        <translation>已于{day}通知{authority}（{country}）。</translation>
    </message>
    <message>
        <source>{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}</source>
        <translation>{code}自{start}起才适用（{decision}）；{day}时尚不存在。{advice}</translation>
    </message>
    <message>
        <source>{code} exists in {edition}, the edition in force on {day}.</source>
        <translation>{code}见于{day}时有效的版本{edition}。</translation>
    </message>
    <message>
        <source>{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.</source>
        <translation>{code}是格式正确的HS编码，但不属于参考代码表中的废物品目。</translation>
    </message>
    <message>
        <source>{code} is not a Basel code in the reference tables.{hint}</source>
        <translation>{code}不是参考代码表中的巴塞尔代码。{hint}</translation>
    </message>
    <message>
        <source>{code} is not a Y code valid on {day}.</source>
        <translation>{code}不是{day}时有效的Y代码。</translation>
    </message>
    <message>
        <source>{code} is not an Annex III H code (H1 to H13).</source>
        <translation>{code}不是附件三的H代码（H1至H13）。</translation>
    </message>
    <message>
        <source>{code} is not in the reference tables.</source>
        <translation>{code}不在参考代码表中。</translation>
    </message>
    <message>
        <source>{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}</source>
        <translation>{code}不在{day}时有效的版本{edition}中；它见于{other}。{advice}</translation>
    </message>
    <message>
        <source>{code} is valid on {day}.</source>
        <translation>{code}在{day}有效。</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}.</source>
        <translation>{code}已于{end}删除。</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}; consider {codes}.</source>
        <translation>{code}已于{end}删除；请考虑{codes}。</translation>
    </message>
    <message>
        <source>{code} was replaced by {new} on {end}.</source>
        <translation>{code}已于{end}被{new}取代。</translation>
    </message>
    <message>
        <source>{label} · {status} · revision {revision}</source>
        <translation>{label} · {status} · 第{revision}版</translation>
    </message>
    <message>
        <source>{name} ({role}) is not allowed to {action}.</source>
        <translation>{name}（{role}）无权执行以下操作：{action}。</translation>
    </message>
    <message>
        <source>{name} acknowledges a package this post did not make.</source>
        <translation>{name}确认的数据包并非本口岸生成。</translation>
    </message>
    <message>
        <source>{name} cannot be decrypted with this installation&apos;s key.</source>
        <translation>无法用本机密钥解密{name}。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>无法读取{name}：{error}</translation>
    </message>
    <message>
        <source>{name} contains a member with a forbidden name ({member}).</source>
        <translation>{name}含有名称不允许使用的包内文件（{member}）。</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name}不存在。</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>{name}的文件头已损坏。</translation>
    </message>
    <message>
        <source>{name} has no manifest.</source>
        <translation>{name}没有文件清单（manifest）。</translation>
    </message>
    <message>
        <source>{name} has too many members.</source>
        <translation>{name}包含的包内文件过多。</translation>
    </message>
    <message>
        <source>{name} is a {kind} package, not a {expected} package.</source>
        <translation>{name}是“{kind}”数据包，而不是“{expected}”数据包。</translation>
    </message>
    <message>
        <source>{name} is cut short (incomplete copy?).</source>
        <translation>{name}不完整，已被截断（复制未完成？）。</translation>
    </message>
    <message>
        <source>{name} is damaged (it does not decrypt).</source>
        <translation>{name}已损坏（无法解密）。</translation>
    </message>
    <message>
        <source>{name} is damaged or was changed after it was signed (the signature does not match).</source>
        <translation>{name}已损坏，或在签名后被更改（签名不符）。</translation>
    </message>
    <message>
        <source>{name} is dated in the future ({created}); check the clocks of both computers.</source>
        <translation>{name}的日期晚于当前时间（{created}）；请检查两台计算机的时钟。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name}为空。</translation>
    </message>
    <message>
        <source>{name} is encrypted for {names}, not for this installation.</source>
        <translation>{name}是为{names}加密的，而非为本机加密。</translation>
    </message>
    <message>
        <source>{name} is larger than the {gb} GB a package may hold; it was not opened.</source>
        <translation>{name}超过了数据包的上限{gb} GB；未打开该文件。</translation>
    </message>
    <message>
        <source>{name} is not a Customs Desk package.</source>
        <translation>{name}不是Customs Desk数据包。</translation>
    </message>
    <message>
        <source>{name} is not a readable image.</source>
        <translation>{name}不是可读取的图像。</translation>
    </message>
    <message>
        <source>{name} is not a valid receipt.</source>
        <translation>{name}不是有效的回执。</translation>
    </message>
    <message>
        <source>{name} is not from the secretariat.</source>
        <translation>{name}并非来自秘书处。</translation>
    </message>
    <message>
        <source>{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender&apos;s key first.</source>
        <translation>{name}由本机不信任的密钥签名（{sender}）。请先核对并信任发送方的密钥。</translation>
    </message>
    <message>
        <source>{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).</source>
        <translation>{name}由已撤销的密钥签名（{post}，于{day}撤销：{reason}）。</translation>
    </message>
    <message>
        <source>{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.</source>
        <translation>{name}由{post}签名，而非秘书处；更新只能来自秘书处。</translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.</source>
        <translation>{name}大小为{mb:.1f} MB；每个文件的上限为{limit} MB。请在相机或手机上调低照片尺寸。</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Customs Desk (package format {version}); install the newer version to read it.</source>
        <translation>{name}由较新版本的Customs Desk生成（数据包格式{version}）；请安装较新版本后再读取。</translation>
    </message>
    <message>
        <source>{name} would expand to more than {gb} GB.</source>
        <translation>{name}解压后将超过{gb} GB。</translation>
    </message>
    <message>
        <source>{name}: alert &apos;{title}&apos; is invalid: {reason}</source>
        <translation>{name}：预警“{title}”无效：{reason}</translation>
    </message>
    <message>
        <source>{name}: alerts.json is damaged.</source>
        <translation>{name}：alerts.json已损坏。</translation>
    </message>
    <message>
        <source>{name}: an alert has no id.</source>
        <translation>{name}：有一条预警缺少标识符（id）。</translation>
    </message>
    <message>
        <source>{name}: attachment {member} does not match its name.</source>
        <translation>{name}：附件{member}与其名称不符。</translation>
    </message>
    <message>
        <source>{name}: handbook {book} is invalid: {problem}</source>
        <translation>{name}：手册{book}无效：{problem}</translation>
    </message>
    <message>
        <source>{name}: member {member} does not match its hash in the manifest.</source>
        <translation>{name}：包内文件{member}与文件清单中记录的哈希值不符。</translation>
    </message>
    <message>
        <source>{name}: member {member} expands suspiciously (a decompression bomb?).</source>
        <translation>{name}：包内文件{member}解压后大小异常（可能是解压炸弹？）。</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large ({mb} MB).</source>
        <translation>{name}：包内文件{member}过大（{mb} MB）。</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large.</source>
        <translation>{name}：包内文件{member}过大。</translation>
    </message>
    <message>
        <source>{name}: members missing ({missing}) or not in the manifest ({extra}).</source>
        <translation>{name}：缺少包内文件（{missing}），或有文件未列入文件清单（{extra}）。</translation>
    </message>
    <message>
        <source>{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.</source>
        <translation>{name}：只能附加照片（JPEG、PNG、TIFF、WebP）、PDF和文本文件。</translation>
    </message>
    <message>
        <source>{name}: revision {revision} of {record} has no parent hash.</source>
        <translation>{name}：{record}的第{revision}版缺少上一版本的哈希值。</translation>
    </message>
    <message>
        <source>{name}: the audit events do not end where the manifest says.</source>
        <translation>{name}：审计事件的结尾与文件清单的记载不一致。</translation>
    </message>
    <message>
        <source>{name}: the content is damaged ({error}).</source>
        <translation>{name}：内容已损坏（{error}）。</translation>
    </message>
    <message>
        <source>{name}: the manifest does not match the signed header.</source>
        <translation>{name}：文件清单与已签名的文件头不一致。</translation>
    </message>
    <message>
        <source>{name}: the manifest is damaged.</source>
        <translation>{name}：文件清单已损坏。</translation>
    </message>
    <message>
        <source>{name}: the manifest lists no members.</source>
        <translation>{name}：文件清单未列出任何文件。</translation>
    </message>
    <message>
        <source>{name}: the reference codes are invalid: {problem}</source>
        <translation>{name}：参考代码无效：{problem}</translation>
    </message>
    <message>
        <source>{name}: trust.json is damaged.</source>
        <translation>{name}：trust.json已损坏。</translation>
    </message>
    <message>
        <source>{name}: {member} is not valid JSON.</source>
        <translation>{name}：{member}不是有效的JSON。</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>{number} · {status} · revision {revision}</source>
        <translation>{number} · {status} · 第{revision}版</translation>
    </message>
    <message>
        <source>{number}: a container number has 11 characters (4 letters, 7 digits), e.g. CSQU3054383.</source>
        <translation>{number}：集装箱号有11个字符（4个字母、7位数字），例如CSQU3054383。</translation>
    </message>
    <message>
        <source>{number}: the check digit is wrong; for {body} it should be {digit}. Re-read the number on the container door.</source>
        <translation>{number}：校验位错误；{body}的校验位应为{digit}。请重新核对箱门上的箱号。</translation>
    </message>
    <message>
        <source>{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits (e.g. CSQU3054383).</source>
        <translation>{number}：请使用3个箱主代码字母、设备识别码U、J或Z，然后是7位数字（例如CSQU3054383）。</translation>
    </message>
    <message>
        <source>{n} days left (deadline {deadline}).</source>
        <translation>剩余{n}天（截止日期{deadline}）。</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n}个条目</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path}已存在；未覆盖任何内容。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path}不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path}是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path}是文件夹；请提供文件名。</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not one made by Customs Desk.</source>
        <translation>{path}是SQLite数据库，但不是由Customs Desk创建的。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path}不是文件。</translation>
    </message>
    <message>
        <source>{path} is not a folder (is the USB stick plugged in?).</source>
        <translation>{path}不是文件夹（U盘是否已插入？）。</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path}不是文件夹。</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file: {error}</source>
        <translation>{path}不是可读取的JSON文件：{error}</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: unknown kind.</source>
        <translation>{path}不是有效的Customs Desk密钥文件：类型未知。</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: {error}</source>
        <translation>{path}不是有效的Customs Desk密钥文件：{error}</translation>
    </message>
    <message>
        <source>{path} is not a valid inspection ({n} problems); nothing was saved.</source>
        <translation>{path}不是有效的查验记录（有{n}个问题）；未保存任何内容。</translation>
    </message>
    <message>
        <source>{path} must contain one JSON object (one inspection).</source>
        <translation>{path}必须包含一个JSON对象（一项查验）。</translation>
    </message>
    <message>
        <source>{path} must hold {{&quot;alerts&quot;: [...], &quot;withdraw&quot;: [...]}}.</source>
        <translation>{path}必须包含{{&quot;alerts&quot;: [...], &quot;withdraw&quot;: [...]}}。</translation>
    </message>
    <message>
        <source>{value} is valid.</source>
        <translation>{value}有效。</translation>
    </message>
    <message>
        <source>… and {n} more lines (listed in the inspection report).</source>
        <translation>…另有{n}行（列于查验报告中）。</translation>
    </message>
</context>
<context>
    <name>decision_aids</name>
    <message>
        <source>All checks passed. Release under normal procedures and record what you checked: documents seen, items sampled, packaging and loading, and why any red flag was explained.</source>
        <translation>全部检查均已通过。请按正常程序放行，并记录您检查的内容：所见单证、抽查的物品、包装和装载情况，以及各项警示信号为何已得到合理解释。</translation>
    </message>
    <message>
        <source>Are all the conditions of that exemption met, and do the goods look like what the exemption describes?</source>
        <translation>是否满足该豁免的全部条件，且货物与豁免所述相符？</translation>
    </message>
    <message>
        <source>Are all the reuse documents present and credible: invoice and contract stating direct reuse and full function; a test record for every item with a protocol; the holder&apos;s signed declaration that nothing is waste; a transport document matching the invoice?</source>
        <translation>再使用所需单证是否齐全且可信：写明“直接再使用”和“功能完好”的发票和合同；每件物品均有附检测规程的检测记录；货物持有人签字声明其中没有废物；与发票相符的运输单据？</translation>
    </message>
    <message>
        <source>Are they lead-acid batteries (whole or crushed)?</source>
        <translation>是否为铅酸蓄电池（完整或破碎）？</translation>
    </message>
    <message>
        <source>Are they unsorted, or do they contain lead, cadmium or mercury (or other Annex I constituents) to a hazardous extent?</source>
        <translation>是否未经分拣，或所含铅、镉、汞（或其他附件一成分）达到危险程度？</translation>
    </message>
    <message>
        <source>Art. 9(1)(a): no notification to all States concerned</source>
        <translation>第9(1)(a)条：未向所有有关国家发出通知</translation>
    </message>
    <message>
        <source>Art. 9(1)(b): no consent of a State concerned</source>
        <translation>第9(1)(b)条：未得到一个有关国家的同意</translation>
    </message>
    <message>
        <source>Art. 9(1)(c): consent obtained through falsification, misrepresentation or fraud</source>
        <translation>第9(1)(c)条：通过伪造、谎报或欺诈取得同意</translation>
    </message>
    <message>
        <source>Art. 9(1)(d): does not conform in a material way with the documents</source>
        <translation>第9(1)(d)条：与单证有重大出入</translation>
    </message>
    <message>
        <source>Art. 9(1)(e): results in deliberate disposal contrary to the Convention</source>
        <translation>第9(1)(e)条：导致违反本公约的蓄意处置</translation>
    </message>
    <message>
        <source>Article 9 applies only to wastes covered by the Convention. National law may still apply.</source>
        <translation>第9条仅适用于本公约所涵盖的废物。国内法仍可能适用。</translation>
    </message>
    <message>
        <source>Article 9(1) of the Basel Convention lists five situations in which a transboundary movement is illegal traffic. Answer each question; one shipment can meet more than one ground.</source>
        <translation>《巴塞尔公约》第9(1)条列出了越境转移构成非法运输的五种情形。请逐一回答问题；一批货物可能同时符合多种情形。</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>无法判断</translation>
    </message>
    <message>
        <source>Check with the competent authority</source>
        <translation>向主管部门核实</translation>
    </message>
    <message>
        <source>Classify the waste first</source>
        <translation>先对废物进行归类</translation>
    </message>
    <message>
        <source>Clean, sorted plastic waste for environmentally sound recycling (from 1 January 2021; B3011 replaced B3010). Check contamination carefully and the national rules of the countries concerned.</source>
        <translation>用于环境无害再循环的清洁、已分拣塑料废物（自2021年1月1日起；B3011取代B3010）。请仔细检查污染情况，并查阅有关国家的国内规定。</translation>
    </message>
    <message>
        <source>Collected from households</source>
        <translation>从住家收集</translation>
    </message>
    <message>
        <source>Decide first whether the equipment is waste</source>
        <translation>先判断设备是否为废物</translation>
    </message>
    <message>
        <source>Did every State concerned give written consent (and is the consent valid for these dates and this quantity)?</source>
        <translation>是否每个有关国家都已给予书面同意（且该同意对这些日期和数量有效）？</translation>
    </message>
    <message>
        <source>Do the documents claim an exemption: repair under warranty, failure (root-cause) analysis, or repair or refurbishment under a contract?</source>
        <translation>单证是否声称属于豁免情形：保修期内维修、故障（根本原因）分析，或根据合同进行的维修或翻新？</translation>
    </message>
    <message>
        <source>Do the goods match the papers? Sampled items carry readable test labels that match the protocol; items are complete and undamaged; they are protected by packaging and properly stacked; the far end of the container looks like the door end.</source>
        <translation>货物与单证是否相符？抽查的物品贴有与检测规程相符的清晰检测标签；物品完整无损；有包装保护且堆放妥当；集装箱最里端的货物与箱门口的货物一样。</translation>
    </message>
    <message>
        <source>Does any red flag about the consignee, the route or the declared value remain unexplained, or is there an alert about the shipper, consignee or route?</source>
        <translation>关于收货人、路线或申报价值的警示信号是否仍无法解释，或者是否有关于发货人、收货人或路线的预警？</translation>
    </message>
    <message>
        <source>Does it contain, or is it contaminated with, hazardous components: CRT glass, list A batteries, mercury switches, lamps or backlights, PCB capacitors, asbestos parts, certain circuit boards or displays, plastics with brominated flame retardants?</source>
        <translation>是否含有危险组件或受其污染：CRT玻璃、清单A所列电池、汞开关、灯管或背光灯、含多氯联苯的电容器、含石棉部件、某些电路板或显示屏、含溴化阻燃剂的塑料？</translation>
    </message>
    <message>
        <source>Does the movement appear to result in deliberate disposal (for example dumping) contrary to the Convention or international law?</source>
        <translation>该转移是否看来会导致违反本公约或国际法的蓄意处置（例如倾倒）？</translation>
    </message>
    <message>
        <source>Does the shipment conform in a material way with the documents (type of waste, codes, quantity, parties, route)?</source>
        <translation>该批货物与单证（废物类型、代码、数量、相关方、路线）是否在实质上相符？</translation>
    </message>
    <message>
        <source>Find the Basel entry to note as suspected: Annex VIII (list A, presumed hazardous), Annex IX (list B, presumed not hazardous) or Annex II (other wastes, controlled). Suspected codes are not a legal classification; the competent authority decides.</source>
        <translation>查找应记为涉嫌的巴塞尔条目：附件八（清单A，推定为危险）、附件九（清单B，推定为非危险）或附件二（其他废物，受管控）。涉嫌代码不是法律上的归类；由主管部门作出决定。</translation>
    </message>
    <message>
        <source>For a load declared as, or containing, used electrical or electronic equipment. Answer from what you see and the documents presented. The result supports your judgement; it does not replace your national law.</source>
        <translation>适用于申报为旧电子电气设备或含有旧电子电气设备的货物。请根据所见情况和所提交的单证作答。结果用于辅助您的判断，不能取代本国法律。</translation>
    </message>
    <message>
        <source>From these answers the movement does not meet any ground of Article 9(1). Record what you checked.</source>
        <translation>根据这些答案，该转移不符合第9(1)条的任何情形。请记录您核查的内容。</translation>
    </message>
    <message>
        <source>Hazardous plastic waste (from 1 January 2021, decision BC-14/12). Prior informed consent is required.</source>
        <translation>危险塑料废物（自2021年1月1日起，BC-14/12号决定）。须履行事先知情同意程序。</translation>
    </message>
    <message>
        <source>Hazardous waste electrical and electronic equipment. A1181 applies from 1 January 2025 (decision BC-15/18); for movements before that date, A1180 applied. Prior informed consent is required. Commonly associated HS heading: 8549 (a hint, not a classification).</source>
        <translation>危险的废弃电子电气设备。A1181自2025年1月1日起适用（BC-15/18号决定）；该日期之前的转移适用A1180。须履行事先知情同意程序。常见对应HS品目：8549（仅供参考，不是归类）。</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <source>If the goods are really not waste, the Basel lists do not apply. Record why you concluded this.</source>
        <translation>如果货物确实不是废物，巴塞尔清单即不适用。请记录您作出此结论的理由。</translation>
    </message>
    <message>
        <source>Is it clearly waste already? For example: goods broken, cut up, crushed or stripped; loose circuit boards, cables or fractions; loose used batteries; equipment mixed with scrap or household waste; or documents that say scrap, waste or for recycling.</source>
        <translation>是否已明显是废物？例如：货物破损、被切割、压碎或拆剥；散装电路板、电缆或碎料；散装废旧电池；设备与废金属或生活垃圾混装；或单证注明为废料、废物或供回收利用。</translation>
    </message>
    <message>
        <source>Is it going to environmentally sound recycling, almost free from contamination and other wastes, and almost exclusively one non-halogenated polymer, one cured resin, one listed fluorinated polymer, or a PE/PP/PET mixture for separate recycling?</source>
        <translation>是否用于环境无害再循环，几乎不含污染物和其他废物，且几乎完全由一种非卤化聚合物、一种固化树脂、一种所列含氟聚合物构成，或为用于分别再循环的PE/PP/PET混合物？</translation>
    </message>
    <message>
        <source>Is it plastic waste (including mixtures of plastic waste)?</source>
        <translation>是否为塑料废物（包括塑料废物混合物）？</translation>
    </message>
    <message>
        <source>Is it waste batteries or accumulators?</source>
        <translation>是否为废电池或废蓄电池？</translation>
    </message>
    <message>
        <source>Is it waste electrical or electronic equipment, its components, or fractions from processing it (shredding, dismantling)?</source>
        <translation>是否为废弃电子电气设备、其组件，或其处理（破碎、拆解）产生的碎料？</translation>
    </message>
    <message>
        <source>Is the material waste, that is, going to disposal or recovery rather than being used again as it is?</source>
        <translation>该物料是否为废物，即送去处置或回收利用，而不是按原样再次使用？</translation>
    </message>
    <message>
        <source>Is the plastic contaminated with, or does it contain, Annex I constituents to an extent that gives it an Annex III hazardous characteristic?</source>
        <translation>该塑料是否受附件一成分污染或含有附件一成分，且程度足以使其具有附件三所列的危险特性？</translation>
    </message>
    <message>
        <source>Is the shipment a waste covered by the Convention (a hazardous waste or one of the other wastes of Annex II)?</source>
        <translation>该批货物是否为本公约所涵盖的废物（危险废物或附件二所列的其他废物之一）？</translation>
    </message>
    <message>
        <source>Is there a sign that consent was obtained by falsification, misrepresentation or fraud (forged permit, invented facility, false description to the authorities)?</source>
        <translation>是否有迹象表明同意是通过伪造、谎报或欺诈取得的（伪造许可证、虚构设施、向主管部门作虚假描述）？</translation>
    </message>
    <message>
        <source>Is this illegal traffic under Article 9?</source>
        <translation>是否属于第9条所指的非法运输？</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>都不是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No Article 9 ground found</source>
        <translation>未发现第9条所列情形</translation>
    </message>
    <message>
        <source>No ground is established yet, but notification or consent could not be confirmed. Ask the competent authority before release.</source>
        <translation>目前尚未确定任何情形，但无法确认通知或同意情况。放行前请咨询主管部门。</translation>
    </message>
    <message>
        <source>No, one or more is missing or doubtful</source>
        <translation>否，缺少一项或多项，或存在疑点</translation>
    </message>
    <message>
        <source>No, or I cannot tell</source>
        <translation>否，或无法判断</translation>
    </message>
    <message>
        <source>No: sorted, made to a specification, without lead, cadmium or mercury</source>
        <translation>否：已分拣、按规格制造、不含铅、镉或汞</translation>
    </message>
    <message>
        <source>Non-hazardous waste electrical and electronic equipment. Y49 applies from 1 January 2025 (decision BC-15/18) and is subject to prior informed consent. Before that date, non-hazardous e-waste could fall under B1110.</source>
        <translation>非危险的废弃电子电气设备。Y49自2025年1月1日起适用（BC-15/18号决定），须履行事先知情同意程序。在该日期之前，非危险电子废物可归入B1110。</translation>
    </message>
    <message>
        <source>None of the common routes fits. Compare the goods with list A and list B, then with Annex I and Annex III, describe them in detail and ask the competent authority.</source>
        <translation>常见路径均不适用。请将货物与清单A和清单B比对，再与附件一和附件三比对，详细描述货物，并咨询主管部门。</translation>
    </message>
    <message>
        <source>Not Basel illegal traffic</source>
        <translation>不属于巴塞尔公约所指的非法运输</translation>
    </message>
    <message>
        <source>Not sure: it is used electrical equipment</source>
        <translation>不确定：是旧电气设备</translation>
    </message>
    <message>
        <source>Not waste: no Basel entry</source>
        <translation>不是废物：无巴塞尔条目</translation>
    </message>
    <message>
        <source>Plastic waste that is neither hazardous (A3210) nor clean and sorted (B3011). Y48 applies from 1 January 2021 and requires prior informed consent.</source>
        <translation>既非危险（A3210）也非清洁且已分拣（B3011）的塑料废物。Y48自2021年1月1日起适用，须履行事先知情同意程序。</translation>
    </message>
    <message>
        <source>Residues from incinerating household waste</source>
        <translation>焚化住家废物产生的残余物</translation>
    </message>
    <message>
        <source>Residues from the incineration of household wastes. Controlled under the Convention.</source>
        <translation>焚化住家废物产生的残余物。受本公约管控。</translation>
    </message>
    <message>
        <source>Run the decision aid &quot;Used EEE or e-waste?&quot; first, then come back here if it is e-waste.</source>
        <translation>请先运行决策辅助工具“旧设备还是电子废物？”，如为电子废物，再回到此处。</translation>
    </message>
    <message>
        <source>Run the decision aid &quot;Which list?&quot; and come back to this one.</source>
        <translation>请运行决策辅助工具“属于哪份清单？”，然后再回到本工具。</translation>
    </message>
    <message>
        <source>Suspected A1160 (Annex VIII, list A)</source>
        <translation>涉嫌A1160（附件八，清单A）</translation>
    </message>
    <message>
        <source>Suspected A1170 (Annex VIII, list A)</source>
        <translation>涉嫌A1170（附件八，清单A）</translation>
    </message>
    <message>
        <source>Suspected A1181 (Annex VIII, list A)</source>
        <translation>涉嫌A1181（附件八，清单A）</translation>
    </message>
    <message>
        <source>Suspected A3210 (Annex VIII, list A)</source>
        <translation>涉嫌A3210（附件八，清单A）</translation>
    </message>
    <message>
        <source>Suspected B1090 (Annex IX, list B)</source>
        <translation>涉嫌B1090（附件九，清单B）</translation>
    </message>
    <message>
        <source>Suspected B3011 (Annex IX, list B)</source>
        <translation>涉嫌B3011（附件九，清单B）</translation>
    </message>
    <message>
        <source>Suspected Y46 (Annex II, other wastes)</source>
        <translation>涉嫌Y46（附件二，其他废物）</translation>
    </message>
    <message>
        <source>Suspected Y47 (Annex II, other wastes)</source>
        <translation>涉嫌Y47（附件二，其他废物）</translation>
    </message>
    <message>
        <source>Suspected Y48 (Annex II, other wastes)</source>
        <translation>涉嫌Y48（附件二，其他废物）</translation>
    </message>
    <message>
        <source>Suspected Y49 (Annex II, other wastes)</source>
        <translation>涉嫌Y49（附件二，其他废物）</translation>
    </message>
    <message>
        <source>Suspected illegal traffic</source>
        <translation>涉嫌非法运输</translation>
    </message>
    <message>
        <source>The answers meet at least one ground of Article 9(1). Hold the goods where your law allows, notify the competent authority and open a case; the take-back clocks start when the State responsible is informed.</source>
        <translation>这些答案至少符合第9(1)条的一种情形。请在本国法律允许的范围内扣留货物，通知主管部门并立案；退运时限自责任国接到通知时开始计算。</translation>
    </message>
    <message>
        <source>The goods already look like waste. Hold them where your law allows and refer the case to the competent authority. Suspected codes: A1181 if hazardous components are present (CRT glass, list A batteries, mercury lamps or switches, PCB capacitors), otherwise Y49; HS heading 8549.</source>
        <translation>货物看起来已是废物。请在本国法律允许的范围内扣留货物，并将案件移交主管部门。涉嫌代码：如有危险组件（CRT玻璃、清单A所列电池、汞灯或汞开关、含多氯联苯的电容器），记为A1181，否则记为Y49；HS品目8549。</translation>
    </message>
    <message>
        <source>The papers and goods look right, but a red flag remains. Record it, hold the goods and ask the competent authority before release.</source>
        <translation>单证和货物看起来没有问题，但仍存在一个警示信号。请予以记录，扣留货物，并在放行前咨询主管部门。</translation>
    </message>
    <message>
        <source>To check: whether every State consented</source>
        <translation>待核实：是否每个国家都已同意</translation>
    </message>
    <message>
        <source>To check: whether the movement was notified</source>
        <translation>待核实：该转移是否已通知</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer</source>
        <translation>按涉嫌电子废物处理：扣留并移交</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (documents incomplete)</source>
        <translation>按涉嫌电子废物处理：扣留并移交（单证不全）</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (goods do not match the papers)</source>
        <translation>按涉嫌电子废物处理：扣留并移交（货证不符）</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (unexplained red flags)</source>
        <translation>按涉嫌电子废物处理：扣留并移交（警示信号无法解释）</translation>
    </message>
    <message>
        <source>Treat as used EEE</source>
        <translation>按旧设备处理</translation>
    </message>
    <message>
        <source>Unsorted waste batteries, or waste batteries containing Annex I constituents to a hazardous extent. Prior informed consent is required.</source>
        <translation>未经分拣的废电池，或所含附件一成分达到危险程度的废电池。须履行事先知情同意程序。</translation>
    </message>
    <message>
        <source>Use the lists directly and describe the goods</source>
        <translation>直接查阅清单并描述货物</translation>
    </message>
    <message>
        <source>Used EEE or e-waste?</source>
        <translation>旧设备还是电子废物？</translation>
    </message>
    <message>
        <source>Was it collected from households, or is it residue from incinerating household waste?</source>
        <translation>是否从住家收集，或为焚化住家废物产生的残余物？</translation>
    </message>
    <message>
        <source>Was the movement notified to all States concerned (is there a notification document naming this shipment)?</source>
        <translation>该转移是否已通知所有有关国家（是否有载明该批货物的通知书）？</translation>
    </message>
    <message>
        <source>Waste batteries made to a specification, without lead, cadmium or mercury. List B entries are presumed not hazardous, but national rules may still control them; check the country profile.</source>
        <translation>按规格制造、不含铅、镉或汞的废电池。清单B所列条目推定为非危险，但国内规定仍可能对其实施管控；请查阅国家概况。</translation>
    </message>
    <message>
        <source>Waste collected from households. Controlled under the Convention even when not hazardous.</source>
        <translation>从住家收集的废物。即使不具危险性，也受本公约管控。</translation>
    </message>
    <message>
        <source>Waste lead-acid batteries, whole or crushed. Prior informed consent is required. Commonly associated HS subheading: 8549.11 (a hint, not a classification).</source>
        <translation>完整或破碎的废铅酸蓄电池。须履行事先知情同意程序。常见对应HS子目：8549.11（仅供参考，不是归类）。</translation>
    </message>
    <message>
        <source>What you found does not match the reuse documents. Record the differences with photos, hold the goods and refer the case. A material mismatch with the documents is itself a ground of illegal traffic (Art. 9(1)(d)).</source>
        <translation>查验发现的情况与再使用单证不符。请拍照记录差异，扣留货物并移交案件。与单证有重大出入本身即构成非法运输的情形之一（第9(1)(d)条）。</translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation>属于哪份清单？</translation>
    </message>
    <message>
        <source>Without complete reuse documents the shipment cannot be treated as used goods. Record which document is missing or doubtful, hold the goods and refer the case.</source>
        <translation>再使用单证不全的，该批货物不能按旧货处理。请记录缺少或存疑的单证，扣留货物并移交案件。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Yes, all conditions are met</source>
        <translation>是，全部条件均已满足</translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation>是，全部都有</translation>
    </message>
    <message>
        <source>Yes, or I cannot tell</source>
        <translation>是，或无法判断</translation>
    </message>
    <message>
        <source>Yes, or suspected</source>
        <translation>是，或有此怀疑</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>单证审核</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>实货查验</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>X光／机检</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>取样</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>企业实地核查</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海运</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>铁路</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>空运</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>内河</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>邮件／快件</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>扣留</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>扣押</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>不准入境</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退运</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>移交主管部门</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>E-waste and used EEE</source>
        <translation>电子废物和旧设备</translation>
    </message>
    <message>
        <source>Plastic waste</source>
        <translation>塑料废物</translation>
    </message>
    <message>
        <source>Metal scrap</source>
        <translation>废金属</translation>
    </message>
    <message>
        <source>Lead-acid batteries</source>
        <translation>铅酸蓄电池</translation>
    </message>
    <message>
        <source>Other batteries, black mass</source>
        <translation>其他电池、黑粉</translation>
    </message>
    <message>
        <source>Used tyres</source>
        <translation>废旧轮胎</translation>
    </message>
    <message>
        <source>Textiles and worn clothing</source>
        <translation>纺织品和旧衣物</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>废纸</translation>
    </message>
    <message>
        <source>End-of-life vehicles and parts</source>
        <translation>报废车辆及零部件</translation>
    </message>
    <message>
        <source>Slag, ash, residues</source>
        <translation>炉渣、灰渣、残余物</translation>
    </message>
    <message>
        <source>Waste oils</source>
        <translation>废油</translation>
    </message>
    <message>
        <source>Household and municipal waste</source>
        <translation>家庭废物和城市废物</translation>
    </message>
    <message>
        <source>Chemicals and other</source>
        <translation>化学品及其他</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>涉嫌</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>确认为非法运输</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>不属非法（已结案）</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>已要求退运</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>已运回或已处置</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) 未向所有有关国家发出通知</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) 未得到一个有关国家的同意</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) 通过伪造、谎报或欺诈取得同意</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) 与单证有重大出入</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) 蓄意处置（倾倒）</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>第9条：自有关国家接到通知之日起30天</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>第8条：90天（合法转移货物的再进口）</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>由出口国运回</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>在进口国处置</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>在其他地方处置（第9(4)条）</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未决定</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>出口者</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>进口者／收货人</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>产生者</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>预定设施</translation>
    </message>
</context>
<context>
    <name>risk_indicators</name>
    <message>
        <source>&apos;Mixed metal scrap&apos; that contains electrical or electronic equipment, cables or circuit boards.</source>
        <translation>含有电子电气设备、电缆或电路板的“混合废金属”。</translation>
    </message>
    <message>
        <source>Claimed as sent for repair, refurbishment or warranty/failure analysis without a valid contract and supporting documents.</source>
        <translation>声称送去维修、翻新或保修／故障分析，但没有有效合同和证明文件。</translation>
    </message>
    <message>
        <source>Consignee is not a licensed recycler or disposal facility, or its address is false or cannot be verified.</source>
        <translation>收货人不是持证的回收或处置企业，或其地址虚假或无法核实。</translation>
    </message>
    <message>
        <source>Declared HS code does not match the goods found (e.g. declared as products or raw materials, found to be waste or scrap).</source>
        <translation>申报HS编码与查见的货物不符（例如申报为产品或原材料，查见为废物或废料）。</translation>
    </message>
    <message>
        <source>Declared as working products (EEE, parts, batteries) but the goods are broken, non-functional, cut up or otherwise only fit for recovery or disposal.</source>
        <translation>申报为可正常使用的产品（电子电气设备、零部件、电池），但货物破损、无法使用、被切割，或只能用于回收利用或处置。</translation>
    </message>
    <message>
        <source>Destination prohibits import of the waste (e.g. China&apos;s ban on solid waste imports from 1 Jan 2021; Viet Nam&apos;s ban on hazardous waste imports).</source>
        <translation>目的地国家禁止进口该废物（例如中国自2021年1月1日起全面禁止固体废物进口；越南禁止进口危险废物）。</translation>
    </message>
    <message>
        <source>E-waste and used EEE, end-of-life vehicles and vehicle parts.</source>
        <translation>电子废物和旧电子电气设备、报废车辆及车辆零部件。</translation>
    </message>
    <message>
        <source>EEE shipped in bulk, traded by weight rather than by unit, or mixed with other waste or scrap.</source>
        <translation>电子电气设备散装运输、按重量而非按件交易，或与其他废物或废料混装。</translation>
    </message>
    <message>
        <source>Equipment containing ozone-depleting substances (refrigerators, air-conditioners).</source>
        <translation>含有消耗臭氧层物质的设备（冰箱、空调）。</translation>
    </message>
    <message>
        <source>Export to or import from a State that is not a Party to the Basel Convention without an Article 11 agreement.</source>
        <translation>在没有第11条所指协定的情况下，向非《巴塞尔公约》缔约方出口或从非缔约方进口。</translation>
    </message>
    <message>
        <source>Goods described only vaguely (e.g. &apos;used goods&apos;, &apos;second-hand goods&apos;, &apos;scrap&apos;, &apos;mixed metal scrap&apos;, &apos;recyclable material&apos;) without a precise commodity description.</source>
        <translation>货物描述含糊（例如“旧货”“二手货”“废料”“混合废金属”“可回收材料”），没有准确的商品描述。</translation>
    </message>
    <message>
        <source>Hazardous components visible: CRTs, batteries, circuit boards, mercury lamps or switches, PCB capacitors.</source>
        <translation>可见危险组件：CRT、电池、电路板、汞灯或汞开关、含多氯联苯的电容器。</translation>
    </message>
    <message>
        <source>Items incomplete (essential parts missing), visibly damaged, untested, or intended for parts cannibalisation rather than reuse.</source>
        <translation>物品不完整（缺少主要部件）、有明显损坏、未经检测，或拟拆件利用而非再使用。</translation>
    </message>
    <message>
        <source>Mixed or municipal waste and industrial waste.</source>
        <translation>混合废物或城市废物以及工业废物。</translation>
    </message>
    <message>
        <source>No declaration by the person arranging transport that none of the equipment is waste.</source>
        <translation>安排运输者未声明所装设备中没有废物。</translation>
    </message>
    <message>
        <source>No invoice and contract stating that the equipment is destined for direct reuse and is fully functional.</source>
        <translation>没有写明设备用于直接再使用且功能完好的发票和合同。</translation>
    </message>
    <message>
        <source>Odour, leakage or staining from packages or the container.</source>
        <translation>包装件或集装箱有异味、渗漏或污渍。</translation>
    </message>
    <message>
        <source>Permit, consent or declaration appears falsified, altered or issued for a different shipment.</source>
        <translation>许可证、同意书或申报单看来是伪造、篡改的，或是为另一批货物签发的。</translation>
    </message>
    <message>
        <source>Plastic or paper bales mixed with other polymers, food residues, dirt or other waste (plastics may then be Y48 or A3210 rather than B3011).</source>
        <translation>塑料或纸张捆包中混有其他聚合物、食物残渣、污物或其他废物（此时塑料可能属于Y48或A3210，而非B3011）。</translation>
    </message>
    <message>
        <source>Plastic, textile, metal and paper waste (most frequent DEMETER seizure streams).</source>
        <translation>塑料、纺织品、金属和纸张废物（DEMETER行动中最常查获的类别）。</translation>
    </message>
    <message>
        <source>Routing through transshipment hubs or repeated port changes (&apos;port hopping&apos;).</source>
        <translation>经转运枢纽港运输，或多次更换港口（“跳港”）。</translation>
    </message>
    <message>
        <source>Shipment date or quantity falls outside the validity period or the number of shipments stated in the written consent.</source>
        <translation>装运日期或数量超出书面同意所载的有效期或装运批次数。</translation>
    </message>
    <message>
        <source>Shipment does not conform in a material way with its notification or movement document (waste code, quantity, carrier, route, facility).</source>
        <translation>货物与其通知书或转移文件有重大出入（废物代码、数量、承运人、路线、设施）。</translation>
    </message>
    <message>
        <source>Shipper&apos;s country differs from the apparent origin of the waste.</source>
        <translation>发货人所在国与废物的表面来源地不同。</translation>
    </message>
    <message>
        <source>Ships and floating structures sent for dismantling.</source>
        <translation>送去拆解的船舶和浮动结构。</translation>
    </message>
    <message>
        <source>Soldered, sealed or wrapped items whose content cannot be seen without opening or X-ray scanning.</source>
        <translation>经焊封、密封或包裹的物品，不开拆或不经X光扫描无法看到内装物。</translation>
    </message>
    <message>
        <source>Unusually low declared value for the goods, or a first-time or unknown exporter.</source>
        <translation>货物申报价值异常偏低，或出口者为首次出口或身份不明。</translation>
    </message>
    <message>
        <source>Used EEE declared for reuse without a test or functionality record for every item in the consignment.</source>
        <translation>申报用于再使用的旧电子电气设备，但未能为货物中每件物品提供检测或功能记录。</translation>
    </message>
    <message>
        <source>Used EEE without adequate protection against damage (no individual packaging, poor stacking, loose loading).</source>
        <translation>旧电子电气设备缺乏适当的防损保护（无单独包装、堆放不当、散装装载）。</translation>
    </message>
    <message>
        <source>Used lead-acid batteries; lithium-ion batteries and &apos;black mass&apos;.</source>
        <translation>废铅酸蓄电池；锂离子电池和“黑粉”。</translation>
    </message>
    <message>
        <source>Waste and used tyres.</source>
        <translation>废轮胎和旧轮胎。</translation>
    </message>
    <message>
        <source>Waste declared as &apos;renewable&apos; or secondary raw material, or as goods of similar shape and size, to disguise it.</source>
        <translation>将废物申报为“可再生”物品或再生原料，或申报为形状和尺寸相近的货物，以作伪装。</translation>
    </message>
    <message>
        <source>Waste hidden at the rear of the container behind a front layer of legitimate goods; non-uniform loading.</source>
        <translation>废物藏在集装箱后部，前面一层为合法货物作掩护；装载不均匀。</translation>
    </message>
    <message>
        <source>Waste listed in Annex VIII or Annex II (e.g. A1181, Y48, Y49) moving without notification, written consent of the States concerned or a movement document.</source>
        <translation>附件八或附件二所列废物（如A1181、Y48、Y49）在没有通知、没有有关国家书面同意或没有转移文件的情况下转移。</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Officer</source>
        <translation>关员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cannot continue</source>
        <translation>无法继续</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
</context>
</TS>
