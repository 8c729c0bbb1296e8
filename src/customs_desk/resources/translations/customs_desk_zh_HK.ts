<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>關於{app}</translation>
    </message>
    <message>
        <source>An offline desk for customs officers of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and cases, reference codes, exchange with the secretariat by file, and reports.</source>
        <translation>面向亞洲防止危險廢物非法越境轉移網絡海關人員的離線工作台：手冊、查驗與個案、參考編碼、透過檔案與秘書處交換資料，以及報告。</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>數據資料夾：{path}</translation>
    </message>
    <message>
        <source>Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. The translations were written with care by the project; corrections are welcome: note the screen, the wrong text and your suggestion, and send them to the secretariat, or edit the file resources/translations/customs_desk_&lt;language&gt;.ts with Qt Linguist and send it back.</source>
        <translation>介面語言：{languages}。經母語人士審核：{reviewed}。譯文由本項目認真撰寫，歡迎指正：請記下所在介面、錯誤的文字和您的建議，發送給秘書處；也可以用Qt Linguist編輯檔案resources/translations/customs_desk_&lt;language&gt;.ts，然後發回。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暫無</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>新增用戶</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密碼</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts from the secretariat</source>
        <translation>秘書處發佈的預警</translation>
    </message>
    <message>
        <source>Watch party</source>
        <translation>重點關注方</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>重點關注路線</translation>
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
        <translation>暫無預警。預警會隨秘書處的更新包送達。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{kind} database, schema {rev}</source>
        <translation>{kind}資料庫，架構版本{rev}</translation>
    </message>
    <message>
        <source>Restore your draft?</source>
        <translation>恢復草稿？</translation>
    </message>
    <message>
        <source>Customs Desk was closed while you were editing a draft. It was saved a few seconds before. Open it again?</source>
        <translation>您編輯草稿時Customs Desk被關閉了。草稿已在關閉前幾秒儲存。是否重新開啟？</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>No take-back clock is running.</source>
        <translation>目前沒有正在計算的退運時限。</translation>
    </message>
    <message>
        <source>Deadline was {date}; the case is finished.</source>
        <translation>屆滿日期為{date}；個案已結束。</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {date})</source>
        <translation>已逾期{n}日（屆滿日期{date}）</translation>
    </message>
    <message>
        <source>{n} days left (deadline {date})</source>
        <translation>剩餘{n}日（屆滿日期{date}）</translation>
    </message>
</context>
<context>
    <name>CaseWidget</name>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Status and path</source>
        <translation>狀態與處理途徑</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>出口者或產生者（第9(2)條）</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>進口者或處置者（第9(3)條）</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>無法確定責任方（第9(4)條）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任方</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>退運或處置</translation>
    </message>
    <message>
        <source>Period agreed by the States (optional)</source>
        <translation>有關國家議定的期限（選填）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Article 9(1) grounds</source>
        <translation>第9(1)條所列情形</translation>
    </message>
    <message>
        <source>What happened (kept on the timeline)</source>
        <translation>發生的情況（記入時間線）</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>儲存更改</translation>
    </message>
    <message>
        <source>Authority notified…</source>
        <translation>記錄已通知主管當局…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>個案{number}</translation>
    </message>
    <message>
        <source>{authority} ({country}) informed on {date}</source>
        <translation>已於{date}通知{authority}（{country}）</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>尚未通知任何主管當局。</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>已記錄通知</translation>
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
        <translation>已開立個案</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only overdue take-backs</source>
        <translation>僅顯示逾期退運</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已刪除</translation>
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
        <translation>編碼或關鍵詞，例如A1181、8549、lead-acid、鉛酸、แบตเตอรี่</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>適用日期</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>無</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>非官方譯本</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>截至{day}</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>自{start}起生效，終止日期：{end}</translation>
    </message>
    <message>
        <source>UN class</source>
        <translation>UN危險類別</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>已由以下編碼取代</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>取代以下編碼</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相關編碼</translation>
    </message>
    <message>
        <source>hints only, never a classification</source>
        <translation>僅供參考，絕非歸類</translation>
    </message>
    <message>
        <source>Not fully confirmed: to be confirmed with the competent authority.</source>
        <translation>未經完全證實：須向主管當局核實。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>In the handbooks</source>
        <translation>手冊中的相關內容</translation>
    </message>
    <message>
        <source>Commonly associated HS codes</source>
        <translation>常見對應HS編碼</translation>
    </message>
    <message>
        <source>Commonly associated Basel entries</source>
        <translation>常見對應巴塞爾條目</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>顯示已解決的衝突</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>查驗</translation>
    </message>
    <message>
        <source>case</source>
        <translation>個案</translation>
    </message>
    <message>
        <source>party</source>
        <translation>相關方</translation>
    </message>
    <message>
        <source>case event</source>
        <translation>個案事件</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>發現時間</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>處理決定</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>本機</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>傳入</translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation>保留本機版本</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>採用傳入版本</translation>
    </message>
    <message>
        <source>Here: saved by {a} on {at}{reason}. Incoming: by {b} on {at2}{reason2}.</source>
        <translation>本機：{a}於{at}儲存{reason}。傳入：{b}於{at2}儲存{reason2}。</translation>
    </message>
    <message>
        <source>Resolved: the incoming version is now current.</source>
        <translation>已解決：傳入版本現為目前版本。</translation>
    </message>
    <message>
        <source>Resolved: the version here stays current.</source>
        <translation>已解決：本機版本仍為目前版本。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外錯誤</translation>
    </message>
    <message>
        <source>Something went wrong inside Customs Desk. Your saved work is safe; the record you were editing is kept as a draft. Please copy the details below and send them to your IT contact or the secretariat.</source>
        <translation>Customs Desk內部出現錯誤。您已儲存的工作不受影響；正在編輯的紀錄已儲存為草稿。請複製以下詳細資料，發送給您的IT聯絡人或秘書處。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>複製詳細資料</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Take-back deadlines</source>
        <translation>退運屆滿日期</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days</source>
        <translation>已逾期{n}日</translation>
    </message>
    <message>
        <source>… and {n} more overdue cases (Cases page, &apos;Only overdue&apos;).</source>
        <translation>…另有{n}個逾期個案（見「個案」頁面的「僅顯示逾期退運」）。</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>剩餘{n}日</translation>
    </message>
    <message>
        <source>No take-back deadline is overdue or due this week.</source>
        <translation>沒有已逾期或本週到期的退運期限。</translation>
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
        <translation>儲存結果</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>問題{n}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Suspected codes: {codes}</source>
        <translation>涉嫌編碼：{codes}</translation>
    </message>
    <message>
        <source>Based on: {links}</source>
        <translation>依據：{links}</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Look for USB sticks</source>
        <translation>尋找USB手指</translation>
    </message>
    <message>
        <source>USB: {label}, {gb:.1f} GB free</source>
        <translation>USB手指：{label}，可用{gb:.1f} GB</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>資料包寫入位置</translation>
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
        <translation>{when}開始的草稿</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>沒有草稿。</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>發送</translation>
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
        <translation>衝突</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔離區</translation>
    </message>
    <message>
        <source>Make an update</source>
        <translation>製作更新包</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密碼匙</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Customs Desk — first start</source>
        <translation>Customs Desk — 首次啟動</translation>
    </message>
    <message>
        <source>The secretariat office</source>
        <translation>秘書處辦公室</translation>
    </message>
</context>
<context>
    <name>HandbooksPage</name>
    <message>
        <source>Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่</source>
        <translation>搜尋全部手冊（任何語言），例如A1181、used EEE、電子廢物、แบตเตอรี่</translation>
    </message>
    <message>
        <source>Search your bookmarks and notes</source>
        <translation>搜尋您的書籤和筆記</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>手冊庫</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>正在準備搜尋索引…</translation>
    </message>
    <message>
        <source>All handbooks</source>
        <translation>全部手冊</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部語言</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>已跳過：{problem}</translation>
    </message>
    <message>
        <source>Version {version} · reviewed {date} · {chapters} chapters · {language}</source>
        <translation>版本{version} · 審核日期{date} · {chapters}章 · {language}</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>其他語言版本：</translation>
    </message>
    <message>
        <source>The search index could not be prepared: {error}</source>
        <translation>無法準備搜尋索引：{error}</translation>
    </message>
    <message>
        <source>{n} results ({ms:.0f} ms)</source>
        <translation>{n}條結果（{ms:.0f}毫秒）</translation>
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
        <translation>紀錄歷史</translation>
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
        <translation>更改內容：{fields}</translation>
    </message>
    <message>
        <source>(received in an exchange package)</source>
        <translation>（透過交換資料包接收）</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>歡迎，{name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>匯入{name}</translation>
    </message>
    <message>
        <source>Checking the signature and every file in the package…</source>
        <translation>正在檢查資料包的簽名及其中每個檔案…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
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
        <translation>在資料包旁寫入簽名回執</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>This package from {post} was imported before. Importing it again changes nothing.</source>
        <translation>來自{post}的此資料包已匯入過。再次匯入不會改變任何內容。</translation>
    </message>
    <message>
        <source>Signed by {post} and intact. Nothing has been written yet: check the summary, then import.</source>
        <translation>已由{post}簽名，內容完整。尚未寫入任何資料：請核對摘要，然後匯入。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已匯入。</translation>
    </message>
    <message>
        <source>The receipt {name} is beside the package: carry it back to the post.</source>
        <translation>回執{name}已放在資料包旁邊：請將其帶回口岸。</translation>
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
        <translation>衝突</translation>
    </message>
    <message>
        <source>Waiting for an earlier package</source>
        <translation>等待較早的資料包</translation>
    </message>
    <message>
        <source>Rejected (quarantined)</source>
        <translation>拒收（已隔離）</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Save draft</source>
        <translation>儲存草稿</translation>
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
        <translation>開立個案</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本資料</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和時間</translation>
    </message>
    <message>
        <source>Officers (comma-separated)</source>
        <translation>關員（以逗號分隔）</translation>
    </message>
    <message>
        <source>Type of inspection</source>
        <translation>查驗類型</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>運輸方式</translation>
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
        <translation>車牌號碼</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班編號</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>提單／空運提單</translation>
    </message>
    <message>
        <source>Customs declaration number</source>
        <translation>報關單編號</translation>
    </message>
    <message>
        <source>Containers and seals (ISO 6346 numbers are checked)</source>
        <translation>貨櫃和封條（按ISO 6346核對貨櫃號碼）</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>貨櫃號碼</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>封條號碼（以逗號分隔）</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>新增貨櫃</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>刪除所選</translation>
    </message>
    <message>
        <source>Declaration and goods</source>
        <translation>申報與貨物</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>申報HS編碼</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>申報貨物說明</translation>
    </message>
    <message>
        <source>Declared weight (kg)</source>
        <translation>申報重量（公斤）</translation>
    </message>
    <message>
        <source>Weight found (kg)</source>
        <translation>實測重量（公斤）</translation>
    </message>
    <message>
        <source>Declared pieces</source>
        <translation>申報件數</translation>
    </message>
    <message>
        <source>Pieces found (unweighed)</source>
        <translation>實際件數（未稱重）</translation>
    </message>
    <message>
        <source>Declared value and currency</source>
        <translation>申報價值及貨幣</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>廢物類別</translation>
    </message>
    <message>
        <source>Goods lines: codes are checked against the tables valid on the inspection date</source>
        <translation>貨物項目：編碼按查驗當日有效的編碼表核對</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>貨物說明</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>申報HS</translation>
    </message>
    <message>
        <source>Suspected Basel codes</source>
        <translation>涉嫌巴塞爾編碼</translation>
    </message>
    <message>
        <source>Y codes</source>
        <translation>Y編碼</translation>
    </message>
    <message>
        <source>H codes</source>
        <translation>H編碼</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>UN編號</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>新增貨物項目</translation>
    </message>
    <message>
        <source>Parties and route</source>
        <translation>相關方與路線</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>出口國</translation>
    </message>
    <message>
        <source>Transit countries (codes, comma-separated)</source>
        <translation>過境國（編碼，以逗號分隔）</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>進口國</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>裝貨港</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>卸貨港</translation>
    </message>
    <message>
        <source>Transshipment ports (comma-separated)</source>
        <translation>轉運港（以逗號分隔）</translation>
    </message>
    <message>
        <source>Documents and risk</source>
        <translation>文件與風險</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>通知書編號</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>書面同意</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>轉移文件</translation>
    </message>
    <message>
        <source>Test certificates (used EEE)</source>
        <translation>測試證書（二手設備）</translation>
    </message>
    <message>
        <source>Invoice and contract</source>
        <translation>發票和合約</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Risk indicators found</source>
        <translation>發現的風險指標</translation>
    </message>
    <message>
        <source>Not fully confirmed in the sources</source>
        <translation>未經資料來源完全證實</translation>
    </message>
    <message>
        <source>Findings and outcome</source>
        <translation>查驗發現與處理結果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>查驗發現</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>手冊引文</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>加入引文…</translation>
    </message>
    <message>
        <source>Decision aids (the answers and outcome are kept with this inspection)</source>
        <translation>決策輔助工具（答案和結論隨本次查驗一併儲存）</translation>
    </message>
    <message>
        <source>Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256.</source>
        <translation>從磁碟加入相片，或將相片拖放到此處。原始檔案連同其SHA-256值原樣儲存。</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>加入相片…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>相片</translation>
    </message>
    <message>
        <source>New inspection (draft)</source>
        <translation>新查驗（草稿）</translation>
    </message>
    <message>
        <source>revision {n}</source>
        <translation>第{n}版</translation>
    </message>
    <message>
        <source>from post {post} (read only)</source>
        <translation>來自口岸{post}（唯讀）</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>儲存更正…</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>第{n}行：{message}</translation>
    </message>
    <message>
        <source>Possible duplicate: {record} has the same {what} in the last 90 days.</source>
        <translation>可能重複：{record}在最近90日內也登記了{what}。</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft.</source>
        <translation>紀錄暫不能定稿：有{n}個問題已在相應欄位旁標出。紀錄已儲存為草稿。</translation>
    </message>
    <message>
        <source>Correct a finalized record</source>
        <translation>更正已定稿的紀錄</translation>
    </message>
    <message>
        <source>Why is the record corrected? (kept in its history)</source>
        <translation>更正原因？（記入紀錄歷史）</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>撤回紀錄</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It is kept, marked as withdrawn.</source>
        <translation>撤回原因？紀錄將保留，並標記為已撤回。</translation>
    </message>
    <message>
        <source>A draft has no history yet; it starts when the record is finalized.</source>
        <translation>草稿尚無歷史；歷史從紀錄定稿時開始。</translation>
    </message>
    <message>
        <source>Add a citation</source>
        <translation>加入引文</translation>
    </message>
    <message>
        <source>Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):</source>
        <translation>貼上從手冊閱讀器複製的引文（例如basel-at-the-border §take-back-clocks ¶3）：</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a handbook citation.</source>
        <translation>「{text}」不是手冊引文。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>加入相片</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</source>
        <translation>相片和文件 (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>部分檔案未加入</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>位置：{lat}, {lon}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍攝時間</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>{who}於{when}加入</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>圖片說明</translation>
    </message>
    <message>
        <source>Caption for {name}:</source>
        <translation>{name}的圖片說明：</translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation>未儲存的更正</translation>
    </message>
    <message>
        <source>Discard the changes of this correction?</source>
        <translation>放棄本次更正所做的修改？</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection</source>
        <translation>新增查驗</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>任意狀態</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>未撤回</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部處理結果</translation>
    </message>
    <message>
        <source>All waste streams</source>
        <translation>全部廢物類別</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation&apos;s key</source>
        <translation>本機密碼匙</translation>
    </message>
    <message>
        <source>Send the key file to the other side, then read this fingerprint to them by phone so they can check it before they trust it.</source>
        <translation>請將密碼匙檔案發送給對方，然後透過電話向對方讀出此指紋，以便對方在信任之前進行核對。</translation>
    </message>
    <message>
        <source>Save my key file…</source>
        <translation>儲存本機密碼匙檔案…</translation>
    </message>
    <message>
        <source>Keys this installation trusts</source>
        <translation>本機信任的密碼匙</translation>
    </message>
    <message>
        <source>post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>秘書處</translation>
    </message>
    <message>
        <source>revoked {day}: {reason}</source>
        <translation>已於{day}撤銷：{reason}</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>信任日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Trust a key file…</source>
        <translation>信任密碼匙檔案…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤銷…</translation>
    </message>
    <message>
        <source>Save the key file to</source>
        <translation>密碼匙檔案儲存位置</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>已寫入{path}。</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>信任密碼匙檔案</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Customs Desk密碼匙 (*.cdkey)</translation>
    </message>
    <message>
        <source>Now trusting {name} ({code}).</source>
        <translation>現已信任{name}（{code}）。</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>請先選擇一個密碼匙。</translation>
    </message>
    <message>
        <source>The key of {post} is revoked.</source>
        <translation>{post}的密碼匙已撤銷。</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Where is this computer used?</source>
        <translation>這部電腦在哪裏使用？</translation>
    </message>
    <message>
        <source>Customs Desk keeps all data on this computer. Border posts record inspections and send them to the secretariat on a USB stick; the secretariat consolidates the posts&apos; records and sends updates back.</source>
        <translation>Customs Desk將所有資料儲存在這部電腦上。各邊境口岸記錄查驗情況，並用USB手指將紀錄送交秘書處；秘書處彙總各口岸的紀錄，並將更新發回各口岸。</translation>
    </message>
    <message>
        <source>At a border post (customs office, port, land crossing)</source>
        <translation>邊境口岸（海關辦公室、港口、陸路口岸）</translation>
    </message>
    <message>
        <source>At the secretariat of the Asian Network</source>
        <translation>亞洲網絡秘書處</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Customs Desk</source>
        <translation>歡迎使用Customs Desk</translation>
    </message>
    <message>
        <source>Choose the language of the interface. You can change it later in Settings. Handbooks keep their own language.</source>
        <translation>請選擇介面語言。以後可在「設定」中更改。手冊保持其自身的語言。</translation>
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
        <translation>發送</translation>
    </message>
    <message>
        <source>records</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回執</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>With</source>
        <translation>對方</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認時間</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>內容</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Customs Desk</source>
        <translation>登入 — Customs Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>員工編號(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Enter your badge number.</source>
        <translation>請輸入您的員工編號。</translation>
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
        <translation>關員</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>秘書處</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Customs Desk</source>
        <translation>關於Customs Desk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MakeUpdateTab</name>
    <message>
        <source>Alerts and watch lists</source>
        <translation>預警和監察名單</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細內容</translation>
    </message>
    <message>
        <source>Party or route</source>
        <translation>相關方或路線</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Add an alert</source>
        <translation>新增預警</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Handbooks, codes and keys</source>
        <translation>手冊、編碼和密碼匙</translation>
    </message>
    <message>
        <source>Add a handbook folder…</source>
        <translation>加入手冊資料夾…</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>手冊</translation>
    </message>
    <message>
        <source>a reference-code dataset folder (optional)</source>
        <translation>參考編碼資料集資料夾（選填）</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>參考編碼</translation>
    </message>
    <message>
        <source>Add a post&apos;s key file…</source>
        <translation>加入口岸密碼匙檔案…</translation>
    </message>
    <message>
        <source>Keys for posts to trust</source>
        <translation>供口岸信任的密碼匙</translation>
    </message>
    <message>
        <source>For the posts</source>
        <translation>發往口岸</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>寫入位置</translation>
    </message>
    <message>
        <source>Make the update package</source>
        <translation>製作更新包</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>通告</translation>
    </message>
    <message>
        <source>Party to watch</source>
        <translation>重點關注方</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>重點關注路線</translation>
    </message>
    <message>
        <source>Handbook folder</source>
        <translation>手冊資料夾</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密碼匙檔案</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Customs Desk密碼匙 (*.cdkey)</translation>
    </message>
    <message>
        <source>Choose where to write the update.</source>
        <translation>請選擇更新包的寫入位置。</translation>
    </message>
    <message>
        <source>Choose at least one post.</source>
        <translation>請至少選擇一個口岸。</translation>
    </message>
    <message>
        <source>Wrote {path} for {n} posts.</source>
        <translation>已為{n}個口岸寫入{path}。</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Competent authority notified</source>
        <translation>通知主管當局</translation>
    </message>
    <message>
        <source>Does not start a clock</source>
        <translation>不啟動時限</translation>
    </message>
    <message>
        <source>Starts: {clock}</source>
        <translation>啟動：{clock}</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>主管當局</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Date informed</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <source>How (e-mail, letter, focal point…)</source>
        <translation>方式（電郵、信件、聯絡點…）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>Take-back clock</source>
        <translation>退運時限</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>主頁</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>手冊</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>查驗</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>個案</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>PDF reports: records, notices, registers, summaries</source>
        <translation>PDF報告：紀錄、通知書、登記簿、彙總</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>資料交換</translation>
    </message>
    <message>
        <source>Packages on USB sticks: send, import, receipts, updates, keys</source>
        <translation>USB手指資料包：發送、匯入、回執、更新、密碼匙</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用戶</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>相關方</translation>
    </message>
    <message>
        <source>This is a person (removed from non-nominal exports)</source>
        <translation>此為自然人（匿名匯出時刪除）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>註冊編號</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Type a name to find the party</source>
        <translation>輸入名稱以尋找相關方</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>⚑ on the watch list</source>
        <translation>⚑ 在監察名單上</translation>
    </message>
    <message>
        <source>Watch list from the secretariat: {title}</source>
        <translation>秘書處監察名單：{title}</translation>
    </message>
    <message>
        <source>⚠ {n} earlier findings</source>
        <translation>⚠ 以往{n}項查驗發現</translation>
    </message>
    <message>
        <source>This party appears in {n} inspections that were not simply released.</source>
        <translation>該相關方出現在{n}次未直接放行的查驗中。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>更改密碼</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>目前密碼</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密碼</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再次輸入</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The border post</source>
        <translation>邊境口岸</translation>
    </message>
    <message>
        <source>The post code starts every record number made here (for example SGP-TUAS-2026-00042), so keep it short and never reuse another post&apos;s code.</source>
        <translation>口岸編碼是本機製作的每個紀錄編號的開頭（例如SGP-TUAS-2026-00042），因此請儘量簡短，切勿使用其他口岸的編碼。</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>口岸編碼</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>口岸名稱</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>國家或地區</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>其他國家</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Agency (for report headers)</source>
        <translation>機構（用於報告頁首）</translation>
    </message>
    <message>
        <source>e.g. SGP-TUAS</source>
        <translation>例如SGP-TUAS</translation>
    </message>
    <message>
        <source>e.g. Tuas Checkpoint</source>
        <translation>例如大士關卡</translation>
    </message>
    <message>
        <source>e.g. Singapore Customs</source>
        <translation>例如新加坡關稅局</translation>
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
        <translation>從未</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近資料包</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>資料包數</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>查驗數</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未結個案</translation>
    </message>
    <message>
        <source>Overdue take-backs</source>
        <translation>逾期退運</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>已隔離</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全部選擇</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>顯示詳情...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>隱藏詳情...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部儲存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部皆是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部皆否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>終止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丟棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>還原到預設值</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全部選擇</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>複製連結地址(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Records that arrived but could not be accepted, with the reason. The rest of their package was imported. The post sees the reasons in its receipt.</source>
        <translation>已到達但無法接受的紀錄及其原因。同一資料包中的其餘內容已匯入。口岸會在回執中看到這些原因。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
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
        <translation>接收時間</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Copy citation</source>
        <translation>複製引文</translation>
    </message>
    <message>
        <source>Bookmark this paragraph</source>
        <translation>為此段加入書籤</translation>
    </message>
    <message>
        <source>Add a note to this paragraph…</source>
        <translation>為此段加入筆記…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Find in this chapter</source>
        <translation>在本章中尋找</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>後退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前進</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>複製引文</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>筆記…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>列印為PDF…</translation>
    </message>
    <message>
        <source>Source on the web</source>
        <translation>網上來源</translation>
    </message>
    <message>
        <source>This source is on the web; open it on a computer with a network:
{url}</source>
        <translation>此來源位於網上；請在已連接網絡的電腦上開啟：
{url}</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>複製網址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Your note on {citation}:</source>
        <translation>您對{citation}的筆記：</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>列印為PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF檔案 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Packages on USB sticks are listed here. Open one: records packages are checked and shown before anything is imported; receipts mark your records as received; updates bring handbooks, codes and alerts from the secretariat.</source>
        <translation>USB手指上的資料包列於此處。開啟一個資料包：紀錄資料包在匯入前會先經檢查並顯示；回執會將您的紀錄標記為已接收；更新包會帶來秘書處發佈的手冊、編碼和預警。</translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation>開啟資料包檔案…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新尋找</translation>
    </message>
    <message>
        <source>records</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回執</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>{name} — {kind} from {sender}, made {created}</source>
        <translation>{name} — 來自{sender}的{kind}，製作於{created}</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>開啟資料包</translation>
    </message>
    <message>
        <source>Customs Desk packages (*.cdx)</source>
        <translation>Customs Desk資料包 (*.cdx)</translation>
    </message>
    <message>
        <source>Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined.</source>
        <translation>已匯入{name}：新增{new}條，更新{updated}條，衝突{conflict}條，隔離{rejected}條。</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>更新已套用。</translation>
    </message>
    <message>
        <source>The secretariat confirmed the package. {received} of {total} record versions are now received.</source>
        <translation>秘書處已確認該資料包。{total}個紀錄版本中已有{received}個被接收。</translation>
    </message>
    <message>
        <source>{n} were refused there and will be sent again after correction: {reasons}</source>
        <translation>其中{n}個被秘書處拒收，更正後將重新發送：{reasons}</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開立日期</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Art. 9 grounds</source>
        <translation>第9條情形</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>國家接獲通知日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>屆滿日期</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>處理途徑</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結案日期</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最後修改</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>運輸方式</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>貨櫃</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>提單／空運提單</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>報關單</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>出口者</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>進口者</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出口國</translation>
    </message>
    <message>
        <source>To</source>
        <translation>進口國</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>廢物類別</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>巴塞爾編碼</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>申報HS</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>關員</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: number, container, bill of lading, party, code, country…</source>
        <translation>篩選：編號、貨櫃、提單、相關方、編碼、國家…</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>儲存篩選條件…</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n}條紀錄</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已儲存的篩選條件</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>儲存篩選條件</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>篩選條件名稱：</translation>
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
        <translation>製作此紀錄的PDF並開啟</translation>
    </message>
    <message>
        <source>Making PDF…</source>
        <translation>正在製作PDF…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>PDF documents open in the PDF viewer of this computer. Reports for one record can also be made from the record itself (PDF button).</source>
        <translation>PDF文件將在本機的PDF閱讀器中開啟。單一紀錄的報告也可以在紀錄本身中製作（PDF按鈕）。</translation>
    </message>
    <message>
        <source>Words to find: number, container, party, code…</source>
        <translation>尋找詞：編號、貨櫃、相關方、編碼…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Default: a file in {folder}</source>
        <translation>預設：{folder}中的檔案</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>廢物類別</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>紙張大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>製作PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <source>Inspection number, e.g. SGP-TUAS-2026-00042</source>
        <translation>查驗編號，例如SGP-TUAS-2026-00042</translation>
    </message>
    <message>
        <source>Case number, e.g. SGP-TUAS-C2026-0007</source>
        <translation>個案編號，例如SGP-TUAS-C2026-0007</translation>
    </message>
    <message>
        <source>Enter the number of the record.</source>
        <translation>請輸入紀錄編號。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間的結束日期早於開始日期。</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>正在製作{name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已儲存{path}</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>沒有可以開啟{path}的PDF閱讀器。</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>報告另存為</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>副本另存為</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>副本已儲存為{path}</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the key of {post}</source>
        <translation>撤銷{post}的密碼匙</translation>
    </message>
    <message>
        <source>Packages signed with this key will be refused from now on. Do this when a PC or key file is lost or stolen. A revoked key cannot be trusted again.</source>
        <translation>從現在起，用此密碼匙簽名的資料包將被拒收。電腦或密碼匙檔案遺失或失竊時，請執行此操作。密碼匙一經撤銷，不能再被信任。</translation>
    </message>
    <message>
        <source>Why? e.g. laptop stolen on 12 May</source>
        <translation>原因？例如：手提電腦於5月12日失竊</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤銷</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Send records to the secretariat</source>
        <translation>向秘書處發送紀錄</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>寫入位置</translation>
    </message>
    <message>
        <source>Send everything again (not only what the secretariat has not confirmed)</source>
        <translation>全部重新發送（而不僅是秘書處尚未確認的內容）</translation>
    </message>
    <message>
        <source>Non-nominal: remove the names of individuals</source>
        <translation>匿名：刪除個人姓名</translation>
    </message>
    <message>
        <source>Officers&apos; names and the names of parties who are persons are replaced by &apos;(withheld)&apos;; companies stay named. Audit events are not included.</source>
        <translation>關員姓名以及作為自然人的相關方姓名將替換為「(withheld)」（已隱去）；公司名稱保留。不包括審計事件。</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>寫入資料包</translation>
    </message>
    <message>
        <source>The secretariat&apos;s key is not trusted yet. Get its key file and trust it on the Keys tab; packages are encrypted so that only the secretariat can read them.</source>
        <translation>尚未信任秘書處的密碼匙。請取得其密碼匙檔案，並在「密碼匙」分頁中信任它；資料包經過加密，只有秘書處能夠讀取。</translation>
    </message>
    <message>
        <source>{received} of {total} record versions are confirmed received by the secretariat; {waiting} are waiting to be sent or confirmed.</source>
        <translation>{total}個紀錄版本中，秘書處已確認接收{received}個；{waiting}個正在等待發送或確認。</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>請選擇資料包的寫入位置。</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for the secretariat and signed by this post. Remove the USB stick safely, then carry it.</source>
        <translation>已寫入{file}：{n}個紀錄版本，{files}個相片及檔案。資料包已為秘書處加密，並由本口岸簽名。請安全移除USB手指，然後帶走。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>Paper size for reports</source>
        <translation>報告紙張大小</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>自動鎖定</translation>
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
        <translation>主管可加入關員帳戶，並可更正已定稿的紀錄。關員共用這部電腦，因此每人都使用員工編號和密碼登入。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>確認密碼</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>信任密碼匙</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>秘書處</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>This key file says it belongs to {name} ({code}, {country}), {kind}. Anyone can write such a file: call the sender on a number you already know and have them read their fingerprint (Exchange ▸ Keys). Trust the key only if it matches.</source>
        <translation>此密碼匙檔案聲稱屬於{name}（{code}，{country}），{kind}。任何人都可以製作這樣的檔案：請撥打您已知的號碼聯絡發送方，請對方讀出其指紋（資料交換 ▸ 密碼匙）。只有指紋一致時才信任該密碼匙。</translation>
    </message>
    <message>
        <source>optional: type what the sender reads to you</source>
        <translation>選填：輸入發送方向您讀出的內容</translation>
    </message>
    <message>
        <source>Fingerprint read by phone</source>
        <translation>電話讀出的指紋</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender</source>
        <translation>我已與發送方核對指紋</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>信任此密碼匙</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <source>Does not match (yet). Do not trust a key that does not match.</source>
        <translation>（暫）不一致。請勿信任不一致的密碼匙。</translation>
    </message>
    <message>
        <source>Type at least 16 characters.</source>
        <translation>請至少輸入16個字元。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Locked — Customs Desk</source>
        <translation>已鎖定 — Customs Desk</translation>
    </message>
    <message>
        <source>The session was locked after a period without use. {name}, type your password to continue, or sign out so another officer can sign in. Unsaved drafts are kept.</source>
        <translation>工作階段因一段時間未使用已被鎖定。{name}，請輸入密碼繼續，或登出，以便其他關員登入。未儲存的草稿會保留。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密碼錯誤。</translation>
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
        <translation>正在檢查秘書處的簽名…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>套用更新</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>參考編碼</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>無變化</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>手冊</translation>
    </message>
    <message>
        <source>Alerts and watch lists</source>
        <translation>預警和監察名單</translation>
    </message>
    <message>
        <source>Keys to trust</source>
        <translation>需信任的密碼匙</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>需撤銷的密碼匙</translation>
    </message>
    <message>
        <source>This update was applied before; nothing to do.</source>
        <translation>此更新已套用過，無需操作。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Signed by the secretariat and intact. Nothing has been changed yet.</source>
        <translation>已由秘書處簽名，內容完整。尚未做任何更改。</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>更新已套用。</translation>
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
        <translation>員工編號</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>active</source>
        <translation>啟用</translation>
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
        <translation>用戶帳戶</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>新增用戶…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>設定密碼…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>停用／啟用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>密碼已更改。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> Before that, consider {codes}.</source>
        <translation>在此之前，請考慮{codes}。</translation>
    </message>
    <message>
        <source> Did you mean {codes}?</source>
        <translation>您是否指{codes}？</translation>
    </message>
    <message>
        <source> See {codes}.</source>
        <translation>參見{codes}。</translation>
    </message>
    <message>
        <source> … [{n} more characters not printed]</source>
        <translation>…［另有{n}個字元未列印］</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not an answer to this question.</source>
        <translation>「{answer}」不是此問題的答案選項。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).</source>
        <translation>「{code}」既不是巴塞爾編碼（如A1181、Y49、B3011），也不是HS編碼（如8549.11）。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.</source>
        <translation>「{code}」不是HS編碼；請使用4位或6位數字，例如8549或8549.11。</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code (e.g. USD, VND, THB).</source>
        <translation>「{code}」不是ISO 4217貨幣編碼（如USD、VND、THB）。</translation>
    </message>
    <message>
        <source>&apos;{selector}&apos; matches several keys; give more of the fingerprint.</source>
        <translation>「{selector}」與多個密碼匙匹配；請提供更多位指紋。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a handbook citation.</source>
        <translation>「{text}」不是手冊引文。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a UN number; write UN and four digits, e.g. UN3480.</source>
        <translation>「{value}」不是UN編號；請寫UN加四位數字，例如UN3480。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code (e.g. VN, TH, HK).</source>
        <translation>「{value}」不是ISO 3166國家編碼（如VN、TH、HK）。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code.</source>
        <translation>「{value}」不是ISO 3166國家編碼。</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) 未向所有有關國家發出通知</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) 未得到一個有關國家的同意</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) 以偽造、虛報或欺詐手段取得同意</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) 與文件有重大出入</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) 蓄意處置（傾倒）</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（無說明）</translation>
    </message>
    <message>
        <source>(not in the reference tables)</source>
        <translation>（不在參考編碼表中）</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未記錄）</translation>
    </message>
    <message>
        <source>(nothing to print)</source>
        <translation>（無可列印內容）</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit必須介於1和500之間。</translation>
    </message>
    <message>
        <source>--records must be between 1 and 2000000.</source>
        <translation>--records必須介於1和2000000之間。</translation>
    </message>
    <message>
        <source>--revoke {fp}: give the fingerprint of one trusted key.</source>
        <translation>--revoke {fp}：請提供一個已信任密碼匙的指紋。</translation>
    </message>
    <message>
        <source>1. Reporting Party</source>
        <translation>1. 報告締約方</translation>
    </message>
    <message>
        <source>10. Penalties and legal proceedings</source>
        <translation>10. 處罰和法律程序</translation>
    </message>
    <message>
        <source>11. Remarks</source>
        <translation>11. 備註</translation>
    </message>
    <message>
        <source>12. Certification</source>
        <translation>12. 核證</translation>
    </message>
    <message>
        <source>2. The case</source>
        <translation>2. 個案</translation>
    </message>
    <message>
        <source>3. Type of illegal traffic (Article 9(1))</source>
        <translation>3. 非法運輸類型（第9(1)條）</translation>
    </message>
    <message>
        <source>4. States concerned</source>
        <translation>4. 有關國家</translation>
    </message>
    <message>
        <source>5. Persons involved</source>
        <translation>5. 涉案當事人</translation>
    </message>
    <message>
        <source>6. The waste</source>
        <translation>6. 廢物</translation>
    </message>
    <message>
        <source>7. Documents</source>
        <translation>7. 文件</translation>
    </message>
    <message>
        <source>8. Transport</source>
        <translation>8. 運輸</translation>
    </message>
    <message>
        <source>9. Responsibility and action taken (Article 9(2) to 9(4))</source>
        <translation>9. 責任與所採取的行動（第9(2)條至第9(4)條）</translation>
    </message>
    <message>
        <source>A note can have at most {n} characters.</source>
        <translation>筆記最多{n}個字元。</translation>
    </message>
    <message>
        <source>Action at the border</source>
        <translation>邊境處置措施</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>輔助工具</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>空運</translation>
    </message>
    <message>
        <source>Answer every question before saving the result.</source>
        <translation>請回答所有問題後再儲存結果。</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>第8條：90日（合法轉移貨物的再進口）</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>第9條：自有關國家接獲通知之日起30日</translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation>請詢問主管。</translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation>已通知的主管當局</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>主管當局</translation>
    </message>
    <message>
        <source>Basel</source>
        <translation>巴塞爾</translation>
    </message>
    <message>
        <source>Basel Annex VIII / IX codes</source>
        <translation>巴塞爾附件八／附件九編碼</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>巴塞爾編碼</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>提單／空運提單</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>By country of export</source>
        <translation>按出口國</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>按處理結果</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>按口岸</translation>
    </message>
    <message>
        <source>By waste stream</source>
        <translation>按廢物類別</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>位元組</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>無法確定責任方（第9(4)條）</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{column}&apos;.</source>
        <translation>無法按「{column}」排序。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>無法寫入{path}：{reason}。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承運人</translation>
    </message>
    <message>
        <source>Carrier(s)</source>
        <translation>承運人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>個案</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>個案檔案</translation>
    </message>
    <message>
        <source>Case finished ({status}).</source>
        <translation>個案已結束（{status}）。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>個案編號</translation>
    </message>
    <message>
        <source>Case opened from inspection {number}.</source>
        <translation>已根據查驗{number}開立個案。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>個案</translation>
    </message>
    <message>
        <source>Cases are opened by the post that made the inspection.</source>
        <translation>個案由實施查驗的口岸開立。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Check that the drive is connected and the folder is readable.</source>
        <translation>請檢查磁碟機已連接且資料夾可讀。</translation>
    </message>
    <message>
        <source>Choose &apos;post&apos; or &apos;secretariat&apos;.</source>
        <translation>請選擇口岸（post）或秘書處（secretariat）。</translation>
    </message>
    <message>
        <source>Choose a bookmark or a note.</source>
        <translation>請選擇一個書籤或筆記。</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>請從列表中選擇國家。</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>請從列表中選擇時區。</translation>
    </message>
    <message>
        <source>Choose the mode of transport.</source>
        <translation>請選擇運輸方式。</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>請選擇處理結果。</translation>
    </message>
    <message>
        <source>Choose the type of inspection.</source>
        <translation>請選擇查驗類型。</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時限</translation>
    </message>
    <message>
        <source>Close other Customs Desk windows or programs using this data folder and try again. Nothing was changed.</source>
        <translation>請關閉正在使用此數據資料夾的其他Customs Desk視窗或程式，然後重試。未做任何更改。</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結案日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>Codes and their titles</source>
        <translation>編碼及名稱</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>公司實地視察</translation>
    </message>
    <message>
        <source>Competent authority or focal point</source>
        <translation>主管當局或聯絡點</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>確認為非法運輸</translation>
    </message>
    <message>
        <source>Consent of the States concerned</source>
        <translation>有關國家的同意</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Contact the post below, quoting reference {ref}.</source>
        <translation>請聯絡下列口岸，並註明編號{ref}。</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>貨櫃</translation>
    </message>
    <message>
        <source>Containers and seals</source>
        <translation>貨櫃和封條</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>運輸工具</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>出口國</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>進口國</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>報關單</translation>
    </message>
    <message>
        <source>DRAFT: this record is not finalized and may still change.</source>
        <translation>草稿：此紀錄尚未定稿，內容仍可能更改。</translation>
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
        <translation>本報告日期</translation>
    </message>
    <message>
        <source>Date the State was informed</source>
        <translation>有關國家接獲通知的日期</translation>
    </message>
    <message>
        <source>Date the case was confirmed</source>
        <translation>個案確認日期</translation>
    </message>
    <message>
        <source>Date the shipment was detected</source>
        <translation>發現貨物的日期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>屆滿日期</translation>
    </message>
    <message>
        <source>Deadline and clock</source>
        <translation>屆滿日期與時限</translation>
    </message>
    <message>
        <source>Decision aid {id} is invalid: {problems}</source>
        <translation>決策輔助工具{id}無效：{problems}</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>決策輔助工具</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>申報HS編碼</translation>
    </message>
    <message>
        <source>Declared as</source>
        <translation>申報貨物說明</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>申報貨物說明</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>申報價值</translation>
    </message>
    <message>
        <source>Describe at least one line of goods.</source>
        <translation>請至少填寫一行貨物項目。</translation>
    </message>
    <message>
        <source>Describe the indicator.</source>
        <translation>請描述該指標。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Designation and description</source>
        <translation>廢物名稱與描述</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>扣留</translation>
    </message>
    <message>
        <source>Detention or seizure notice</source>
        <translation>扣留或檢取通知書</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>在其他地方處置（第9(4)條）</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>在進口國處置</translation>
    </message>
    <message>
        <source>Disposal or recovery operation (Annex IV)</source>
        <translation>處置或回收作業（附件四）</translation>
    </message>
    <message>
        <source>Disposer or recovery facility</source>
        <translation>處置者或回收設施</translation>
    </message>
    <message>
        <source>Do not start or end the password with spaces.</source>
        <translation>密碼開頭和結尾不能是空格。</translation>
    </message>
    <message>
        <source>Document {id} · content hash {hash} · Customs Desk {version}</source>
        <translation>文件{id} · 內容雜湊值{hash} · Customs Desk {version}</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>文件審查</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>已提交的文件</translation>
    </message>
    <message>
        <source>Draft structure: the official form&apos;s fields could not be confirmed. The fields below follow Article 9 of the Basel Convention and the information required on notification and movement documents (Annex V A and V B). Check them against the current form published by the Secretariat of the Basel Convention before sending, and complete every field marked [to complete].</source>
        <translation>本表結構為草擬：未能核實正式表格的各個欄位。以下欄位依據《巴塞爾公約》第9條以及通知書和轉移文件所需載明的資料（附件五A和附件五B）擬定。發送前請對照巴塞爾公約秘書處公佈的現行表格進行核對，並填寫每個標有[待填寫]的欄位。</translation>
    </message>
    <message>
        <source>Empty seal number.</source>
        <translation>封條號碼為空。</translation>
    </message>
    <message>
        <source>Enter the date and time of the inspection, with its time zone.</source>
        <translation>請輸入查驗日期和時間及其時區。</translation>
    </message>
    <message>
        <source>Enter the name of the border post.</source>
        <translation>請輸入邊境口岸名稱。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>請輸入名稱。</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s full name.</source>
        <translation>請輸入關員姓名。</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>出口者</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>出口者或產生者（第9(2)條）</translation>
    </message>
    <message>
        <source>Exporter or notifier</source>
        <translation>出口者或通知者</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>篩選條件</translation>
    </message>
    <message>
        <source>Finalize the inspection before opening a case from it.</source>
        <translation>請先將查驗定稿，再據此開立個案。</translation>
    </message>
    <message>
        <source>Finalized records are never deleted; withdraw it with a reason instead.</source>
        <translation>已定稿的紀錄不能刪除；請註明原因後撤回。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>查驗發現</translation>
    </message>
    <message>
        <source>For the customs post</source>
        <translation>代表海關口岸</translation>
    </message>
    <message>
        <source>Form for reporting a confirmed case of illegal traffic (draft)</source>
        <translation>已確認非法運輸個案報告表（草稿）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出口國</translation>
    </message>
    <message>
        <source>Functionality test certificates</source>
        <translation>功能測試證書</translation>
    </message>
    <message>
        <source>Generated {time} ({zone}) by {officer}</source>
        <translation>由{officer}於{time}（{zone}）製作</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>產生者</translation>
    </message>
    <message>
        <source>Give the currency of the declared value.</source>
        <translation>請填寫申報價值的貨幣。</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>請為篩選條件命名。</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>貨物</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>查驗發現的貨物：</translation>
    </message>
    <message>
        <source>Grounds (Article 9(1))</source>
        <translation>情形（第9(1)條）</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>H codes (Annex III)</source>
        <translation>H編碼（附件三）</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>HS編碼</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>手冊引文</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>雜湊值</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暫扣</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>結案情況</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>個案結案情況</translation>
    </message>
    <message>
        <source>Illegal traffic form (draft)</source>
        <translation>非法運輸報告表（草稿）</translation>
    </message>
    <message>
        <source>Illegal traffic reporting form (draft)</source>
        <translation>非法運輸報告表（草稿）</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>進口者／收貨人</translation>
    </message>
    <message>
        <source>Importer or consignee</source>
        <translation>進口者或收貨人</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>進口者或處置者（第9(3)條）</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>內河</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>查驗地點</translation>
    </message>
    <message>
        <source>Inspecting officer</source>
        <translation>查驗關員</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>查驗</translation>
    </message>
    <message>
        <source>Inspection reference</source>
        <translation>查驗編號</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>查驗報告</translation>
    </message>
    <message>
        <source>Inspection type</source>
        <translation>查驗類型</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>查驗</translation>
    </message>
    <message>
        <source>Inspections by month</source>
        <translation>按月份統計的查驗</translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation>按處理結果統計的查驗</translation>
    </message>
    <message>
        <source>Inspections without a weight</source>
        <translation>未記錄重量的查驗</translation>
    </message>
    <message>
        <source>Install the newer version of Customs Desk. The database was not changed.</source>
        <translation>請安裝較新版本的Customs Desk。資料庫未做任何更改。</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>預定設施</translation>
    </message>
    <message>
        <source>Invoice or contract</source>
        <translation>發票或合約</translation>
    </message>
    <message>
        <source>Later revisions build on the version here; keep it, and ask the post to correct the record.</source>
        <translation>後續版本以本機版本為基礎；請保留本機版本，並請口岸更正該紀錄。</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依據</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>運輸工具</translation>
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
        <translation>轉移文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Name at least one officer.</source>
        <translation>請至少填寫一名關員。</translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation>請填寫已通知的主管當局名稱。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>National case reference</source>
        <translation>國內個案編號</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>尚未通知任何主管當局。</translation>
    </message>
    <message>
        <source>No case {key}.</source>
        <translation>沒有個案{key}。</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>無時限</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>沒有正在計算的時限。</translation>
    </message>
    <message>
        <source>No codes recorded.</source>
        <translation>未記錄編碼。</translation>
    </message>
    <message>
        <source>No conflict #{id}.</source>
        <translation>沒有衝突#{id}。</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>無資料。</translation>
    </message>
    <message>
        <source>No decision aid &apos;{id}&apos;.</source>
        <translation>沒有決策輔助工具「{id}」。</translation>
    </message>
    <message>
        <source>No decision aid was run for this record.</source>
        <translation>此紀錄未使用決策輔助工具。</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>無事件。</translation>
    </message>
    <message>
        <source>No goods lines recorded.</source>
        <translation>未記錄貨物項目。</translation>
    </message>
    <message>
        <source>No ground recorded yet.</source>
        <translation>尚未記錄任何情形。</translation>
    </message>
    <message>
        <source>No handbook &apos;{id}&apos; in the library.</source>
        <translation>手冊庫中沒有手冊「{id}」。</translation>
    </message>
    <message>
        <source>No imported records package {id}.</source>
        <translation>沒有已匯入的紀錄資料包{id}。</translation>
    </message>
    <message>
        <source>No inspection matches.</source>
        <translation>沒有符合條件的查驗。</translation>
    </message>
    <message>
        <source>No inspection {key}.</source>
        <translation>沒有查驗{key}。</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>未記錄相關方。</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>沒有寫入{path}的權限。</translation>
    </message>
    <message>
        <source>No photos or documents attached.</source>
        <translation>未附相片或文件。</translation>
    </message>
    <message>
        <source>No recipient key is trusted yet; trust the secretariat&apos;s key (or the post&apos;s) first.</source>
        <translation>尚未信任任何接收方密碼匙；請先信任秘書處（或該口岸）的密碼匙。</translation>
    </message>
    <message>
        <source>No reference codes are loaded.</source>
        <translation>未載入參考編碼。</translation>
    </message>
    <message>
        <source>No section &apos;{section}&apos; in {id}.</source>
        <translation>{id}中沒有章節「{section}」。</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>該附件不存在。</translation>
    </message>
    <message>
        <source>No such decision aid result.</source>
        <translation>該決策輔助結果不存在。</translation>
    </message>
    <message>
        <source>No such party.</source>
        <translation>該相關方不存在。</translation>
    </message>
    <message>
        <source>No such post.</source>
        <translation>該口岸不存在。</translation>
    </message>
    <message>
        <source>No such risk indicator.</source>
        <translation>該風險指標不存在。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>該用戶不存在。</translation>
    </message>
    <message>
        <source>No trusted key for: {posts}.</source>
        <translation>以下口岸沒有已信任的密碼匙：{posts}。</translation>
    </message>
    <message>
        <source>No trusted key matches &apos;{selector}&apos;.</source>
        <translation>沒有與「{selector}」匹配的已信任密碼匙。</translation>
    </message>
    <message>
        <source>No user with badge number {badge}.</source>
        <translation>沒有員工編號為{badge}的用戶。</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>未勾選任何項。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未決定</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>不屬非法（已結案）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a drive you can write to.</source>
        <translation>未做任何更改。請選擇可寫入的磁碟機。</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>未做任何更改。請用--data-dir選擇其他數據資料夾。</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another folder or ask IT for access.</source>
        <translation>未做任何更改。請選擇其他資料夾，或請IT人員授予存取權限。</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or choose another drive, then try again.</source>
        <translation>未做任何更改。請釋放部分空間或選擇其他磁碟機，然後重試。</translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database.</source>
        <translation>未做任何更改。請使用空資料庫。</translation>
    </message>
    <message>
        <source>Nothing was deleted or changed.</source>
        <translation>未刪除或更改任何內容。</translation>
    </message>
    <message>
        <source>Nothing was deleted. Restore the latest copy from the backups folder, or ask the secretariat for help (the damaged file is kept for recovery).</source>
        <translation>未刪除任何內容。請從備份資料夾（backups）恢復最新副本，或向秘書處求助（損壞的檔案已保留，以便恢復）。</translation>
    </message>
    <message>
        <source>Notice of detention</source>
        <translation>扣留通知書</translation>
    </message>
    <message>
        <source>Notice of seizure</source>
        <translation>檢取通知書</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>通知書編號</translation>
    </message>
    <message>
        <source>Notifications to competent authorities</source>
        <translation>向主管當局發出的通知</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {deadline}).</source>
        <translation>已逾期{n}日（屆滿日期{deadline}）。</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>關員</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>關員：</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>關員</translation>
    </message>
    <message>
        <source>Only finalized records are corrected; save the draft instead.</source>
        <translation>只有已定稿的紀錄才需要更正；草稿請直接儲存。</translation>
    </message>
    <message>
        <source>Only finalized records can be withdrawn; delete a draft instead.</source>
        <translation>只有已定稿的紀錄才能撤回；草稿請直接刪除。</translation>
    </message>
    <message>
        <source>Only secretariat staff can create secretariat accounts.</source>
        <translation>只有秘書處工作人員才能建立秘書處帳戶。</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} events are printed.</source>
        <translation>共{total}個事件，僅列印前{n}個。</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} records are printed; narrow the period or the filter to print the others.</source>
        <translation>共{total}條紀錄，僅列印前{n}條；請縮小期間或篩選範圍以列印其餘紀錄。</translation>
    </message>
    <message>
        <source>Only the officer who created this record, or a supervisor, can change it.</source>
        <translation>只有建立此紀錄的關員或主管才能修改此紀錄。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開立個案日期</translation>
    </message>
    <message>
        <source>Opened from inspection</source>
        <translation>開立個案所依據的查驗</translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation>其他附件</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Our reference:</source>
        <translation>我方編號：</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Packaging, containers</source>
        <translation>包裝、容器</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第{n}頁，共{total}頁</translation>
    </message>
    <message>
        <source>Paper size {paper} is not known; use A4 or Letter.</source>
        <translation>未知紙張大小{paper}；請使用A4或Letter。</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>相關方</translation>
    </message>
    <message>
        <source>Party (country)</source>
        <translation>締約方（國家）</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>處理途徑</translation>
    </message>
    <message>
        <source>Penalties imposed, proceedings started</source>
        <translation>已實施的處罰、已啟動的程序</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Period agreed by the States</source>
        <translation>有關國家議定的期限</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>相片和附件</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>實物查驗</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件數</translation>
    </message>
    <message>
        <source>Pieces declared / found</source>
        <translation>申報／實際件數</translation>
    </message>
    <message>
        <source>Place of detection</source>
        <translation>發現地點</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>卸貨港</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>裝貨港</translation>
    </message>
    <message>
        <source>Port or point of entry</source>
        <translation>入境口岸或地點</translation>
    </message>
    <message>
        <source>Port or point of exit</source>
        <translation>出境口岸或地點</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>口岸</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>郵件／速遞</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>鐵路</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>統計的紀錄</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考編號</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>轉介主管當局</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>拒絕入境</translation>
    </message>
    <message>
        <source>Register of inspections</source>
        <translation>查驗登記簿</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>註冊編號</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Reporting authority</source>
        <translation>報告機構</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任方</translation>
    </message>
    <message>
        <source>Restore it from a backup; without it this post cannot sign packages.</source>
        <translation>請從備份中恢復；沒有此密碼匙，本口岸無法為資料包簽名。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退運</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>已運回或已處置</translation>
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
        <translation>風險指標</translation>
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
        <translation>路線</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽樣</translation>
    </message>
    <message>
        <source>Say why the finalized record is corrected.</source>
        <translation>請說明更正已定稿紀錄的原因。</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>請說明撤銷密碼匙的原因。</translation>
    </message>
    <message>
        <source>Say why the record is withdrawn.</source>
        <translation>請說明撤回紀錄的原因。</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海運</translation>
    </message>
    <message>
        <source>Secretariat summary</source>
        <translation>秘書處彙總</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>檢取</translation>
    </message>
    <message>
        <source>Send the documents that show the shipment is lawful: notification and written consent of the States concerned, the movement document, the contract, and for used equipment the functionality test records.</source>
        <translation>請提交證明該批貨物合法的文件：通知書及有關國家的書面同意、轉移文件、合約；如為二手設備，還須提交功能測試紀錄。</translation>
    </message>
    <message>
        <source>Share of tonnes</source>
        <translation>公噸數佔比</translation>
    </message>
    <message>
        <source>Sign in to keep bookmarks and notes.</source>
        <translation>請登入以儲存書籤和筆記。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>蓋章</translation>
    </message>
    <message>
        <source>State informed on</source>
        <translation>有關國家接獲通知日期</translation>
    </message>
    <message>
        <source>State of export</source>
        <translation>出口國</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>進口國</translation>
    </message>
    <message>
        <source>State on {day}</source>
        <translation>{day}的狀態</translation>
    </message>
    <message>
        <source>States of transit</source>
        <translation>過境國</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>個案狀態</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Summary of inspections</source>
        <translation>查驗彙總</translation>
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
        <translation>由口岸修改的文本：本措施依據{country}法律採取［援引實施《巴塞爾公約》的法律條文及所行使的海關權力］。</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or appeal, who bears storage and return costs, and the consequences if nothing is done.</source>
        <translation>由口岸修改的文本：答覆期限、申請複核或提出申訴的途徑、倉儲和退運費用由誰承擔，以及不採取任何行動的後果。</translation>
    </message>
    <message>
        <source>TO COMPLETE: place of storage and how the goods may be inspected.</source>
        <translation>待填寫：存放地點及查看貨物的方式。</translation>
    </message>
    <message>
        <source>TO COMPLETE: telephone, e-mail and office hours.</source>
        <translation>待填寫：電話、電郵和辦公時間。</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>由出口國運回</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>退運或處置</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>已要求退運</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>電話、電郵</translation>
    </message>
    <message>
        <source>The clock starts when the State is informed; enter that date.</source>
        <translation>時限自有關國家接獲通知時開始計算；請輸入該日期。</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; try again.</source>
        <translation>{name}的副本與原件不一致；請重試。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>目前密碼錯誤。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>無法讀取資料庫檔案{path}：{reason}。</translation>
    </message>
    <message>
        <source>The database file{where} is damaged or is not a Customs Desk database.</source>
        <translation>資料庫檔案{where}已損壞，或不是Customs Desk資料庫。</translation>
    </message>
    <message>
        <source>The database {where} has tables but was not made by Customs Desk.</source>
        <translation>資料庫{where}中有資料表，但不是由Customs Desk建立的。</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Customs Desk (schema {revision}); this version ({version}) knows schemas up to {head}.</source>
        <translation>資料庫{where}由較新版本的Customs Desk寫入（架構{revision}）；目前版本（{version}）僅支援到架構{head}。</translation>
    </message>
    <message>
        <source>The database{where} cannot be opened or read.</source>
        <translation>無法開啟或讀取資料庫{where}。</translation>
    </message>
    <message>
        <source>The database{where} is locked by another program.</source>
        <translation>資料庫{where}已被其他程式鎖定。</translation>
    </message>
    <message>
        <source>The database{where} is on a read-only drive or folder.</source>
        <translation>資料庫{where}位於唯讀磁碟機或資料夾中。</translation>
    </message>
    <message>
        <source>The date the State was informed is in the future.</source>
        <translation>有關國家接獲通知的日期晚於今日。</translation>
    </message>
    <message>
        <source>The decision aid has no rule for these answers.</source>
        <translation>該決策輔助工具對這些答案沒有相應規則。</translation>
    </message>
    <message>
        <source>The disk holding the database{where} is full.</source>
        <translation>存放資料庫{where}的磁碟已滿。</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}.</source>
        <translation>寫入{path}時磁碟已滿。</translation>
    </message>
    <message>
        <source>The drive holding {path} is read-only.</source>
        <translation>{path}所在的磁碟機為唯讀。</translation>
    </message>
    <message>
        <source>The file is too large ({mb:.0f} MB) to include.</source>
        <translation>檔案太大（{mb:.0f} MB），無法收錄。</translation>
    </message>
    <message>
        <source>The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.</source>
        <translation>您得到的指紋（{given}）與密碼匙檔案（{actual}）不一致。請勿信任此檔案。</translation>
    </message>
    <message>
        <source>The goods described below were {verb} by {agency} at {post} on {day}, after an inspection (reference {reference}). They are held to verify whether the shipment is a transboundary movement of hazardous or other wastes controlled under the Basel Convention, and whether the documents it requires were in order.</source>
        <translation>下述貨物經{agency}在{post}查驗（編號{reference}）後，已於{day}予以{verb}。暫扣貨物旨在核實該批貨物是否屬於《巴塞爾公約》所管控的危險廢物或其他廢物越境轉移，以及該轉移所需的文件是否齊備。</translation>
    </message>
    <message>
        <source>The handbook &apos;{id}&apos; cannot be opened: {problem}</source>
        <translation>無法開啟手冊「{id}」：{problem}</translation>
    </message>
    <message>
        <source>The handbook in {folder} cannot be read: {first}</source>
        <translation>無法讀取{folder}中的手冊：{first}</translation>
    </message>
    <message>
        <source>The image is too large ({mp:.0f} megapixels) to include.</source>
        <translation>圖像太大（{mp:.0f}百萬像素），無法收錄。</translation>
    </message>
    <message>
        <source>The image is too large to include.</source>
        <translation>圖像太大，無法收錄。</translation>
    </message>
    <message>
        <source>The importer or consignee is not recorded: write the addressee by hand.</source>
        <translation>未記錄進口者或收貨人：請手寫收件人。</translation>
    </message>
    <message>
        <source>The inspection date is before the Basel Convention existed.</source>
        <translation>查驗日期早於《巴塞爾公約》通過之日。</translation>
    </message>
    <message>
        <source>The inspection date is in the future.</source>
        <translation>查驗日期晚於今日。</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {error}.</source>
        <translation>密碼匙檔案{path}已損壞：{error}。</translation>
    </message>
    <message>
        <source>The key of post {post} is not trusted any more.</source>
        <translation>口岸{post}的密碼匙已不再受信任。</translation>
    </message>
    <message>
        <source>The last change was not saved. Free some space and try again.</source>
        <translation>最近一次更改未儲存。請釋放部分空間後重試。</translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation>該相關方沒有名稱。</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>期間的結束日期（{to}）早於開始日期（{start}）。</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems.</source>
        <translation>紀錄暫不能定稿：有{n}個問題。</translation>
    </message>
    <message>
        <source>The record&apos;s outcome is &apos;{outcome}&apos;: check that a notice is needed before sending it.</source>
        <translation>該紀錄的處理結果為「{outcome}」：發送前請確認是否需要發出通知書。</translation>
    </message>
    <message>
        <source>The reference code data is invalid: {problems}</source>
        <translation>參考編碼資料無效：{problems}</translation>
    </message>
    <message>
        <source>The stored file cannot be read: {error}.</source>
        <translation>無法讀取已儲存的檔案：{error}。</translation>
    </message>
    <message>
        <source>The stored file is missing; the photo cannot be shown.</source>
        <translation>已儲存的檔案遺失；無法顯示相片。</translation>
    </message>
    <message>
        <source>The stored file is not a readable image.</source>
        <translation>已儲存的檔案不是可讀取的圖像。</translation>
    </message>
    <message>
        <source>The update cannot be made: {problems}</source>
        <translation>無法製作更新包：{problems}</translation>
    </message>
    <message>
        <source>The upgrade would break {n} references; it was rolled back and the database is unchanged.</source>
        <translation>升級會破壞{n}處引用；已還原，資料庫未做任何更改。</translation>
    </message>
    <message>
        <source>The weight found differs from the declared weight by {p:.0%}.</source>
        <translation>實測重量與申報重量相差{p:.0%}。</translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation>該員工編號已註冊。</translation>
    </message>
    <message>
        <source>This case belongs to another post; it can be read here but not changed.</source>
        <translation>此個案屬於其他口岸；在此只能查看，不能修改。</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>此衝突已解決。</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet.</source>
        <translation>此數據資料夾尚未設定。</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet; run the first-run wizard.</source>
        <translation>此數據資料夾尚未設定；請執行首次設定精靈。</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>此數據資料夾已設定。</translation>
    </message>
    <message>
        <source>This decision aid is already finished.</source>
        <translation>此決策輔助已完成。</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>此欄位不能在此處更改。</translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL ({error}). Install the &apos;postgres&apos; extra (pip install customs-desk[postgres]) or use the embedded database.</source>
        <translation>本機無法連接PostgreSQL（{error}）。請安裝「postgres」附加組件（pip install customs-desk[postgres]），或使用內置資料庫。</translation>
    </message>
    <message>
        <source>This is this installation&apos;s own key.</source>
        <translation>這是本機自己的密碼匙。</translation>
    </message>
    <message>
        <source>This key was revoked on {day} ({reason}); it cannot be trusted again.</source>
        <translation>此密碼匙已於{day}撤銷（{reason}）；不能再被信任。</translation>
    </message>
    <message>
        <source>This note does not exist.</source>
        <translation>該筆記不存在。</translation>
    </message>
    <message>
        <source>This record belongs to another post; it can be read here but not changed.</source>
        <translation>此紀錄屬於其他口岸；在此只能查看，不能修改。</translation>
    </message>
    <message>
        <source>This record has {n} goods lines; lines {first} to {n} are not printed (see the record in Customs Desk). The total below counts every line.</source>
        <translation>此紀錄有{n}行貨物項目；第{first}至{n}行未列印（請在Customs Desk中查看該紀錄）。下方合計包括所有行。</translation>
    </message>
    <message>
        <source>This record is already finalized.</source>
        <translation>此紀錄已定稿。</translation>
    </message>
    <message>
        <source>This record is finalized; use Correct to change it.</source>
        <translation>此紀錄已定稿；如需修改，請使用「更正」。</translation>
    </message>
    <message>
        <source>This result already belongs to another inspection.</source>
        <translation>此結果已屬於另一項查驗。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <source>Title (reference tables)</source>
        <translation>名稱（參考編碼表）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>致</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>公噸</translation>
    </message>
    <message>
        <source>Tonnes by country of export</source>
        <translation>按出口國統計的公噸數</translation>
    </message>
    <message>
        <source>Tonnes by waste stream</source>
        <translation>按廢物類別統計的公噸數</translation>
    </message>
    <message>
        <source>Tonnes found</source>
        <translation>實測公噸數</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>密碼錯誤次數過多。請在{seconds}秒後重試。</translation>
    </message>
    <message>
        <source>Total ({n} lines)</source>
        <translation>合計（{n}行）</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>過境國</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>運輸方式</translation>
    </message>
    <message>
        <source>Transshipment ports</source>
        <translation>轉運港</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>UN</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>UN編號</translation>
    </message>
    <message>
        <source>UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).</source>
        <translation>UN{n:04d}超出UN編號範圍（UN0001至UN3599）。</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>調查中</translation>
    </message>
    <message>
        <source>Unknown profile &apos;{profile}&apos;; use full or non-nominal.</source>
        <translation>未知配置「{profile}」；請使用full或non-nominal。</translation>
    </message>
    <message>
        <source>Use 0 (never) to 1440 minutes.</source>
        <translation>請使用0（從不）至1440分鐘。</translation>
    </message>
    <message>
        <source>Use a data folder you can write to (--data-dir).</source>
        <translation>請使用可寫入的數據資料夾（--data-dir）。</translation>
    </message>
    <message>
        <source>Use a date (YYYY-MM-DD).</source>
        <translation>請使用日期格式（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>請至少使用{n}個字元。</translation>
    </message>
    <message>
        <source>Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, then up to two parts after hyphens).</source>
        <translation>請使用大寫字母和數字，例如SGP-TUAS或VN-HPH-01（2至8個字元，之後最多可再加兩段以連字元分隔的部分）。</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos; (up to 40 characters).</source>
        <translation>請使用字母、數字、「.」、「/」或「-」（最多40個字元）。</translation>
    </message>
    <message>
        <source>Vessel, voyage, vehicle or flight</source>
        <translation>船名、航次、車輛或航班</translation>
    </message>
    <message>
        <source>WARNING: the stored file does not match the SHA-256 recorded at capture; it was changed or damaged.</source>
        <translation>警告：已儲存的檔案與擷取時記錄的SHA-256不一致；檔案已被更改或損壞。</translation>
    </message>
    <message>
        <source>WITHDRAWN: this record was withdrawn; it is printed for reference only.</source>
        <translation>已撤回：此紀錄已撤回，列印僅供參考。</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>廢物類別</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Weight declared / found</source>
        <translation>申報／實測重量</translation>
    </message>
    <message>
        <source>Weight found</source>
        <translation>實測重量</translation>
    </message>
    <message>
        <source>Weights are the weights found at inspection; inspections without a weight are counted but add nothing to the tonnes. Withdrawn records and drafts are not counted.</source>
        <translation>重量為查驗時的實測重量；未記錄重量的查驗計入數量，但不計入公噸數。已撤回的紀錄和草稿不計入統計。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>暫扣物品</translation>
    </message>
    <message>
        <source>What you may do</source>
        <translation>您可採取的措施</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Where the goods are</source>
        <translation>貨物所在地</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>請先填寫筆記。</translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation>員工編號或密碼錯誤。</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>X光／掃描</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Y codes (Annex I / II)</source>
        <translation>Y編碼（附件一／附件二）</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>您不能停用自己的帳戶。</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>貴方報關單：</translation>
    </message>
    <message>
        <source>[country]</source>
        <translation>[國家]</translation>
    </message>
    <message>
        <source>[text in a script not supported: {scripts}]</source>
        <translation>[不支援的文字：{scripts}]</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>[待填寫]</translation>
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
        <translation>已定稿的查驗</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>held</source>
        <translation>暫扣</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>not shown: more than {n} photos</source>
        <translation>未顯示：相片超過{n}張</translation>
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
        <translation>封條</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>檢取</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>車輛</translation>
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
        <translation>已於{day}通知{authority}（{country}）。</translation>
    </message>
    <message>
        <source>{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}</source>
        <translation>{code}自{start}起才適用（{decision}）；{day}時尚不存在。{advice}</translation>
    </message>
    <message>
        <source>{code} exists in {edition}, the edition in force on {day}.</source>
        <translation>{code}見於{day}時有效的版本{edition}。</translation>
    </message>
    <message>
        <source>{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.</source>
        <translation>{code}是格式正確的HS編碼，但不屬於參考編碼表中的廢物品目。</translation>
    </message>
    <message>
        <source>{code} is not a Basel code in the reference tables.{hint}</source>
        <translation>{code}不是參考編碼表中的巴塞爾編碼。{hint}</translation>
    </message>
    <message>
        <source>{code} is not a Y code valid on {day}.</source>
        <translation>{code}不是{day}時有效的Y編碼。</translation>
    </message>
    <message>
        <source>{code} is not an Annex III H code (H1 to H13).</source>
        <translation>{code}不是附件三的H編碼（H1至H13）。</translation>
    </message>
    <message>
        <source>{code} is not in the reference tables.</source>
        <translation>{code}不在參考編碼表中。</translation>
    </message>
    <message>
        <source>{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}</source>
        <translation>{code}不在{day}時有效的版本{edition}中；它見於{other}。{advice}</translation>
    </message>
    <message>
        <source>{code} is valid on {day}.</source>
        <translation>{code}在{day}有效。</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}.</source>
        <translation>{code}已於{end}刪除。</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}; consider {codes}.</source>
        <translation>{code}已於{end}刪除；請考慮{codes}。</translation>
    </message>
    <message>
        <source>{code} was replaced by {new} on {end}.</source>
        <translation>{code}已於{end}被{new}取代。</translation>
    </message>
    <message>
        <source>{label} · {status} · revision {revision}</source>
        <translation>{label} · {status} · 第{revision}版</translation>
    </message>
    <message>
        <source>{name} ({role}) is not allowed to {action}.</source>
        <translation>{name}（{role}）無權執行以下操作：{action}。</translation>
    </message>
    <message>
        <source>{name} acknowledges a package this post did not make.</source>
        <translation>{name}確認的資料包並非本口岸製作。</translation>
    </message>
    <message>
        <source>{name} cannot be decrypted with this installation&apos;s key.</source>
        <translation>無法用本機密碼匙解密{name}。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>無法讀取{name}：{error}</translation>
    </message>
    <message>
        <source>{name} contains a member with a forbidden name ({member}).</source>
        <translation>{name}含有名稱不允許使用的包內檔案（{member}）。</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name}不存在。</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>{name}的檔案標頭已損壞。</translation>
    </message>
    <message>
        <source>{name} has no manifest.</source>
        <translation>{name}沒有檔案清單（manifest）。</translation>
    </message>
    <message>
        <source>{name} has too many members.</source>
        <translation>{name}包含的包內檔案過多。</translation>
    </message>
    <message>
        <source>{name} is a {kind} package, not a {expected} package.</source>
        <translation>{name}是「{kind}」資料包，而不是「{expected}」資料包。</translation>
    </message>
    <message>
        <source>{name} is cut short (incomplete copy?).</source>
        <translation>{name}不完整，已被截斷（複製未完成？）。</translation>
    </message>
    <message>
        <source>{name} is damaged (it does not decrypt).</source>
        <translation>{name}已損壞（無法解密）。</translation>
    </message>
    <message>
        <source>{name} is damaged or was changed after it was signed (the signature does not match).</source>
        <translation>{name}已損壞，或在簽名後被更改（簽名不符）。</translation>
    </message>
    <message>
        <source>{name} is dated in the future ({created}); check the clocks of both computers.</source>
        <translation>{name}的日期晚於目前時間（{created}）；請檢查兩部電腦的時鐘。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name}為空。</translation>
    </message>
    <message>
        <source>{name} is encrypted for {names}, not for this installation.</source>
        <translation>{name}是為{names}加密的，而非為本機加密。</translation>
    </message>
    <message>
        <source>{name} is larger than the {gb} GB a package may hold; it was not opened.</source>
        <translation>{name}超過了資料包的上限{gb} GB；未開啟該檔案。</translation>
    </message>
    <message>
        <source>{name} is not a Customs Desk package.</source>
        <translation>{name}不是Customs Desk資料包。</translation>
    </message>
    <message>
        <source>{name} is not a readable image.</source>
        <translation>{name}不是可讀取的圖像。</translation>
    </message>
    <message>
        <source>{name} is not a valid receipt.</source>
        <translation>{name}不是有效的回執。</translation>
    </message>
    <message>
        <source>{name} is not from the secretariat.</source>
        <translation>{name}並非來自秘書處。</translation>
    </message>
    <message>
        <source>{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender&apos;s key first.</source>
        <translation>{name}由本機不信任的密碼匙簽名（{sender}）。請先核對並信任發送方的密碼匙。</translation>
    </message>
    <message>
        <source>{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).</source>
        <translation>{name}由已撤銷的密碼匙簽名（{post}，於{day}撤銷：{reason}）。</translation>
    </message>
    <message>
        <source>{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.</source>
        <translation>{name}由{post}簽名，而非秘書處；更新只能來自秘書處。</translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.</source>
        <translation>{name}大小為{mb:.1f} MB；每個檔案的上限為{limit} MB。請在相機或手機上調低相片尺寸。</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Customs Desk (package format {version}); install the newer version to read it.</source>
        <translation>{name}由較新版本的Customs Desk製作（資料包格式{version}）；請安裝較新版本後再讀取。</translation>
    </message>
    <message>
        <source>{name} would expand to more than {gb} GB.</source>
        <translation>{name}解壓後將超過{gb} GB。</translation>
    </message>
    <message>
        <source>{name}: alert &apos;{title}&apos; is invalid: {reason}</source>
        <translation>{name}：預警「{title}」無效：{reason}</translation>
    </message>
    <message>
        <source>{name}: alerts.json is damaged.</source>
        <translation>{name}：alerts.json已損壞。</translation>
    </message>
    <message>
        <source>{name}: an alert has no id.</source>
        <translation>{name}：有一項預警缺少識別碼（id）。</translation>
    </message>
    <message>
        <source>{name}: attachment {member} does not match its name.</source>
        <translation>{name}：附件{member}與其名稱不符。</translation>
    </message>
    <message>
        <source>{name}: handbook {book} is invalid: {problem}</source>
        <translation>{name}：手冊{book}無效：{problem}</translation>
    </message>
    <message>
        <source>{name}: member {member} does not match its hash in the manifest.</source>
        <translation>{name}：包內檔案{member}與檔案清單中記錄的雜湊值不符。</translation>
    </message>
    <message>
        <source>{name}: member {member} expands suspiciously (a decompression bomb?).</source>
        <translation>{name}：包內檔案{member}解壓後大小異常（可能是解壓炸彈？）。</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large ({mb} MB).</source>
        <translation>{name}：包內檔案{member}過大（{mb} MB）。</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large.</source>
        <translation>{name}：包內檔案{member}過大。</translation>
    </message>
    <message>
        <source>{name}: members missing ({missing}) or not in the manifest ({extra}).</source>
        <translation>{name}：缺少包內檔案（{missing}），或有檔案未列入檔案清單（{extra}）。</translation>
    </message>
    <message>
        <source>{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.</source>
        <translation>{name}：只能附加相片（JPEG、PNG、TIFF、WebP）、PDF和文字檔案。</translation>
    </message>
    <message>
        <source>{name}: revision {revision} of {record} has no parent hash.</source>
        <translation>{name}：{record}的第{revision}版缺少上一版本的雜湊值。</translation>
    </message>
    <message>
        <source>{name}: the audit events do not end where the manifest says.</source>
        <translation>{name}：審計事件的結尾與檔案清單的記載不一致。</translation>
    </message>
    <message>
        <source>{name}: the content is damaged ({error}).</source>
        <translation>{name}：內容已損壞（{error}）。</translation>
    </message>
    <message>
        <source>{name}: the manifest does not match the signed header.</source>
        <translation>{name}：檔案清單與已簽名的檔案標頭不一致。</translation>
    </message>
    <message>
        <source>{name}: the manifest is damaged.</source>
        <translation>{name}：檔案清單已損壞。</translation>
    </message>
    <message>
        <source>{name}: the manifest lists no members.</source>
        <translation>{name}：檔案清單未列出任何檔案。</translation>
    </message>
    <message>
        <source>{name}: the reference codes are invalid: {problem}</source>
        <translation>{name}：參考編碼無效：{problem}</translation>
    </message>
    <message>
        <source>{name}: trust.json is damaged.</source>
        <translation>{name}：trust.json已損壞。</translation>
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
        <translation>{number}：貨櫃號碼有11個字元（4個字母、7位數字），例如CSQU3054383。</translation>
    </message>
    <message>
        <source>{number}: the check digit is wrong; for {body} it should be {digit}. Re-read the number on the container door.</source>
        <translation>{number}：核對數字錯誤；{body}的核對數字應為{digit}。請重新核對櫃門上的貨櫃號碼。</translation>
    </message>
    <message>
        <source>{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits (e.g. CSQU3054383).</source>
        <translation>{number}：請使用3個櫃主編碼字母、設備識別碼U、J或Z，然後是7位數字（例如CSQU3054383）。</translation>
    </message>
    <message>
        <source>{n} days left (deadline {deadline}).</source>
        <translation>剩餘{n}日（屆滿日期{deadline}）。</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n}個條目</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path}已存在；未覆蓋任何內容。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path}不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path}是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path}是資料夾；請提供檔案名稱。</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not one made by Customs Desk.</source>
        <translation>{path}是SQLite資料庫，但不是由Customs Desk建立的。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path}不是檔案。</translation>
    </message>
    <message>
        <source>{path} is not a folder (is the USB stick plugged in?).</source>
        <translation>{path}不是資料夾（USB手指是否已插入？）。</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path}不是資料夾。</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file: {error}</source>
        <translation>{path}不是可讀取的JSON檔案：{error}</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: unknown kind.</source>
        <translation>{path}不是有效的Customs Desk密碼匙檔案：類型未知。</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: {error}</source>
        <translation>{path}不是有效的Customs Desk密碼匙檔案：{error}</translation>
    </message>
    <message>
        <source>{path} is not a valid inspection ({n} problems); nothing was saved.</source>
        <translation>{path}不是有效的查驗紀錄（有{n}個問題）；未儲存任何內容。</translation>
    </message>
    <message>
        <source>{path} must contain one JSON object (one inspection).</source>
        <translation>{path}必須包含一個JSON物件（一項查驗）。</translation>
    </message>
    <message>
        <source>{path} must hold {{&quot;alerts&quot;: [...], &quot;withdraw&quot;: [...]}}.</source>
        <translation>{path}必須包含{{&quot;alerts&quot;: [...], &quot;withdraw&quot;: [...]}}。</translation>
    </message>
    <message>
        <source>{value} is valid.</source>
        <translation>{value}有效。</translation>
    </message>
    <message>
        <source>… and {n} more lines (listed in the inspection report).</source>
        <translation>…另有{n}行（列於查驗報告中）。</translation>
    </message>
</context>
<context>
    <name>decision_aids</name>
    <message>
        <source>All checks passed. Release under normal procedures and record what you checked: documents seen, items sampled, packaging and loading, and why any red flag was explained.</source>
        <translation>全部檢查均已通過。請按正常程序放行，並記錄您檢查的內容：所見文件、抽查的物品、包裝和裝載情況，以及各項警示信號為何已得到合理解釋。</translation>
    </message>
    <message>
        <source>Are all the conditions of that exemption met, and do the goods look like what the exemption describes?</source>
        <translation>是否滿足該豁免的全部條件，且貨物與豁免所述相符？</translation>
    </message>
    <message>
        <source>Are all the reuse documents present and credible: invoice and contract stating direct reuse and full function; a test record for every item with a protocol; the holder&apos;s signed declaration that nothing is waste; a transport document matching the invoice?</source>
        <translation>再使用所需文件是否齊全且可信：寫明「直接再使用」和「功能完好」的發票和合約；每件物品均有附測試規程的測試紀錄；貨物持有人簽字聲明其中沒有廢物；與發票相符的運輸文件？</translation>
    </message>
    <message>
        <source>Are they lead-acid batteries (whole or crushed)?</source>
        <translation>是否為鉛酸電池（完整或破碎）？</translation>
    </message>
    <message>
        <source>Are they unsorted, or do they contain lead, cadmium or mercury (or other Annex I constituents) to a hazardous extent?</source>
        <translation>是否未經分類，或所含鉛、鎘、汞（或其他附件一成分）達到危險程度？</translation>
    </message>
    <message>
        <source>Art. 9(1)(a): no notification to all States concerned</source>
        <translation>第9(1)(a)條：未向所有有關國家發出通知</translation>
    </message>
    <message>
        <source>Art. 9(1)(b): no consent of a State concerned</source>
        <translation>第9(1)(b)條：未得到一個有關國家的同意</translation>
    </message>
    <message>
        <source>Art. 9(1)(c): consent obtained through falsification, misrepresentation or fraud</source>
        <translation>第9(1)(c)條：以偽造、虛報或欺詐手段取得同意</translation>
    </message>
    <message>
        <source>Art. 9(1)(d): does not conform in a material way with the documents</source>
        <translation>第9(1)(d)條：與文件有重大出入</translation>
    </message>
    <message>
        <source>Art. 9(1)(e): results in deliberate disposal contrary to the Convention</source>
        <translation>第9(1)(e)條：導致違反本公約的蓄意處置</translation>
    </message>
    <message>
        <source>Article 9 applies only to wastes covered by the Convention. National law may still apply.</source>
        <translation>第9條僅適用於本公約所涵蓋的廢物。國內法仍可能適用。</translation>
    </message>
    <message>
        <source>Article 9(1) of the Basel Convention lists five situations in which a transboundary movement is illegal traffic. Answer each question; one shipment can meet more than one ground.</source>
        <translation>《巴塞爾公約》第9(1)條列出了越境轉移構成非法運輸的五種情形。請逐一回答問題；一批貨物可能同時符合多種情形。</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>無法判斷</translation>
    </message>
    <message>
        <source>Check with the competent authority</source>
        <translation>向主管當局核實</translation>
    </message>
    <message>
        <source>Classify the waste first</source>
        <translation>先對廢物進行歸類</translation>
    </message>
    <message>
        <source>Clean, sorted plastic waste for environmentally sound recycling (from 1 January 2021; B3011 replaced B3010). Check contamination carefully and the national rules of the countries concerned.</source>
        <translation>用於以環境無害方式循環再造的清潔、已分類塑膠廢物（自2021年1月1日起；B3011取代B3010）。請仔細檢查污染情況，並查閱有關國家的國內規定。</translation>
    </message>
    <message>
        <source>Collected from households</source>
        <translation>從住家收集</translation>
    </message>
    <message>
        <source>Decide first whether the equipment is waste</source>
        <translation>先判斷設備是否為廢物</translation>
    </message>
    <message>
        <source>Did every State concerned give written consent (and is the consent valid for these dates and this quantity)?</source>
        <translation>是否每個有關國家都已給予書面同意（且該同意對這些日期和數量有效）？</translation>
    </message>
    <message>
        <source>Do the documents claim an exemption: repair under warranty, failure (root-cause) analysis, or repair or refurbishment under a contract?</source>
        <translation>文件是否聲稱屬於豁免情形：保用期內維修、故障（根本原因）分析，或根據合約進行的維修或翻新？</translation>
    </message>
    <message>
        <source>Do the goods match the papers? Sampled items carry readable test labels that match the protocol; items are complete and undamaged; they are protected by packaging and properly stacked; the far end of the container looks like the door end.</source>
        <translation>貨物與文件是否相符？抽查的物品貼有與測試規程相符的清晰測試標籤；物品完整無損；有包裝保護且堆放妥當；貨櫃最裏端的貨物與櫃門口的貨物一樣。</translation>
    </message>
    <message>
        <source>Does any red flag about the consignee, the route or the declared value remain unexplained, or is there an alert about the shipper, consignee or route?</source>
        <translation>關於收貨人、路線或申報價值的警示信號是否仍無法解釋，或者是否有關於付貨人、收貨人或路線的預警？</translation>
    </message>
    <message>
        <source>Does it contain, or is it contaminated with, hazardous components: CRT glass, list A batteries, mercury switches, lamps or backlights, PCB capacitors, asbestos parts, certain circuit boards or displays, plastics with brominated flame retardants?</source>
        <translation>是否含有危險組件或受其污染：CRT玻璃、清單A所列電池、汞開關、燈管或背光燈、含多氯聯苯的電容器、含石棉部件、某些電路板或顯示屏、含溴化阻燃劑的塑膠？</translation>
    </message>
    <message>
        <source>Does the movement appear to result in deliberate disposal (for example dumping) contrary to the Convention or international law?</source>
        <translation>該轉移是否看來會導致違反本公約或國際法的蓄意處置（例如傾倒）？</translation>
    </message>
    <message>
        <source>Does the shipment conform in a material way with the documents (type of waste, codes, quantity, parties, route)?</source>
        <translation>該批貨物與文件（廢物類型、編碼、數量、相關方、路線）是否在實質上相符？</translation>
    </message>
    <message>
        <source>Find the Basel entry to note as suspected: Annex VIII (list A, presumed hazardous), Annex IX (list B, presumed not hazardous) or Annex II (other wastes, controlled). Suspected codes are not a legal classification; the competent authority decides.</source>
        <translation>尋找應記為涉嫌的巴塞爾條目：附件八（清單A，推定為危險）、附件九（清單B，推定為非危險）或附件二（其他廢物，受管控）。涉嫌編碼不是法律上的歸類；由主管當局作出決定。</translation>
    </message>
    <message>
        <source>For a load declared as, or containing, used electrical or electronic equipment. Answer from what you see and the documents presented. The result supports your judgement; it does not replace your national law.</source>
        <translation>適用於申報為二手電氣及電子設備或含有二手電氣及電子設備的貨物。請根據所見情況和所提交的文件作答。結果用於輔助您的判斷，不能取代本國法律。</translation>
    </message>
    <message>
        <source>From these answers the movement does not meet any ground of Article 9(1). Record what you checked.</source>
        <translation>根據這些答案，該轉移不符合第9(1)條的任何情形。請記錄您核查的內容。</translation>
    </message>
    <message>
        <source>Hazardous plastic waste (from 1 January 2021, decision BC-14/12). Prior informed consent is required.</source>
        <translation>危險塑膠廢物（自2021年1月1日起，BC-14/12號決定）。須履行事先知情同意程序。</translation>
    </message>
    <message>
        <source>Hazardous waste electrical and electronic equipment. A1181 applies from 1 January 2025 (decision BC-15/18); for movements before that date, A1180 applied. Prior informed consent is required. Commonly associated HS heading: 8549 (a hint, not a classification).</source>
        <translation>危險的廢棄電氣及電子設備。A1181自2025年1月1日起適用（BC-15/18號決定）；該日期之前的轉移適用A1180。須履行事先知情同意程序。常見對應HS品目：8549（僅供參考，不是歸類）。</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <source>If the goods are really not waste, the Basel lists do not apply. Record why you concluded this.</source>
        <translation>如果貨物確實不是廢物，巴塞爾清單即不適用。請記錄您作出此結論的理由。</translation>
    </message>
    <message>
        <source>Is it clearly waste already? For example: goods broken, cut up, crushed or stripped; loose circuit boards, cables or fractions; loose used batteries; equipment mixed with scrap or household waste; or documents that say scrap, waste or for recycling.</source>
        <translation>是否已明顯是廢物？例如：貨物破損、被切割、壓碎或拆剝；散裝電路板、電纜或碎料；散裝廢舊電池；設備與廢金屬或家居廢物混裝；或文件註明為廢料、廢物或供回收再用。</translation>
    </message>
    <message>
        <source>Is it going to environmentally sound recycling, almost free from contamination and other wastes, and almost exclusively one non-halogenated polymer, one cured resin, one listed fluorinated polymer, or a PE/PP/PET mixture for separate recycling?</source>
        <translation>是否用於以環境無害方式循環再造，幾乎不含污染物和其他廢物，且幾乎完全由一種非鹵化聚合物、一種固化樹脂、一種所列含氟聚合物構成，或為用於分別循環再造的PE/PP/PET混合物？</translation>
    </message>
    <message>
        <source>Is it plastic waste (including mixtures of plastic waste)?</source>
        <translation>是否為塑膠廢物（包括塑膠廢物混合物）？</translation>
    </message>
    <message>
        <source>Is it waste batteries or accumulators?</source>
        <translation>是否為廢電池或廢蓄電池？</translation>
    </message>
    <message>
        <source>Is it waste electrical or electronic equipment, its components, or fractions from processing it (shredding, dismantling)?</source>
        <translation>是否為廢棄電氣及電子設備、其組件，或其處理（破碎、拆解）產生的碎料？</translation>
    </message>
    <message>
        <source>Is the material waste, that is, going to disposal or recovery rather than being used again as it is?</source>
        <translation>該物料是否為廢物，即送去處置或回收再用，而不是按原樣再次使用？</translation>
    </message>
    <message>
        <source>Is the plastic contaminated with, or does it contain, Annex I constituents to an extent that gives it an Annex III hazardous characteristic?</source>
        <translation>該塑膠是否受附件一成分污染或含有附件一成分，且程度足以使其具有附件三所列的危險特性？</translation>
    </message>
    <message>
        <source>Is the shipment a waste covered by the Convention (a hazardous waste or one of the other wastes of Annex II)?</source>
        <translation>該批貨物是否為本公約所涵蓋的廢物（危險廢物或附件二所列的其他廢物之一）？</translation>
    </message>
    <message>
        <source>Is there a sign that consent was obtained by falsification, misrepresentation or fraud (forged permit, invented facility, false description to the authorities)?</source>
        <translation>是否有跡象表明同意是以偽造、虛報或欺詐手段取得的（偽造許可證、虛構設施、向主管當局作虛假描述）？</translation>
    </message>
    <message>
        <source>Is this illegal traffic under Article 9?</source>
        <translation>是否屬於第9條所指的非法運輸？</translation>
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
        <translation>未發現第9條所列情形</translation>
    </message>
    <message>
        <source>No ground is established yet, but notification or consent could not be confirmed. Ask the competent authority before release.</source>
        <translation>目前尚未確定任何情形，但無法確認通知或同意情況。放行前請諮詢主管當局。</translation>
    </message>
    <message>
        <source>No, one or more is missing or doubtful</source>
        <translation>否，缺少一項或多項，或存在疑點</translation>
    </message>
    <message>
        <source>No, or I cannot tell</source>
        <translation>否，或無法判斷</translation>
    </message>
    <message>
        <source>No: sorted, made to a specification, without lead, cadmium or mercury</source>
        <translation>否：已分類、按規格製造、不含鉛、鎘或汞</translation>
    </message>
    <message>
        <source>Non-hazardous waste electrical and electronic equipment. Y49 applies from 1 January 2025 (decision BC-15/18) and is subject to prior informed consent. Before that date, non-hazardous e-waste could fall under B1110.</source>
        <translation>非危險的廢棄電氣及電子設備。Y49自2025年1月1日起適用（BC-15/18號決定），須履行事先知情同意程序。在該日期之前，非危險電子廢物可歸入B1110。</translation>
    </message>
    <message>
        <source>None of the common routes fits. Compare the goods with list A and list B, then with Annex I and Annex III, describe them in detail and ask the competent authority.</source>
        <translation>常見路徑均不適用。請將貨物與清單A和清單B比對，再與附件一和附件三比對，詳細描述貨物，並諮詢主管當局。</translation>
    </message>
    <message>
        <source>Not Basel illegal traffic</source>
        <translation>不屬於巴塞爾公約所指的非法運輸</translation>
    </message>
    <message>
        <source>Not sure: it is used electrical equipment</source>
        <translation>不確定：是二手電氣設備</translation>
    </message>
    <message>
        <source>Not waste: no Basel entry</source>
        <translation>不是廢物：無巴塞爾條目</translation>
    </message>
    <message>
        <source>Plastic waste that is neither hazardous (A3210) nor clean and sorted (B3011). Y48 applies from 1 January 2021 and requires prior informed consent.</source>
        <translation>既非危險（A3210）也非清潔且已分類（B3011）的塑膠廢物。Y48自2021年1月1日起適用，須履行事先知情同意程序。</translation>
    </message>
    <message>
        <source>Residues from incinerating household waste</source>
        <translation>焚化住家廢物產生的殘餘物</translation>
    </message>
    <message>
        <source>Residues from the incineration of household wastes. Controlled under the Convention.</source>
        <translation>焚化住家廢物產生的殘餘物。受本公約管控。</translation>
    </message>
    <message>
        <source>Run the decision aid &quot;Used EEE or e-waste?&quot; first, then come back here if it is e-waste.</source>
        <translation>請先執行決策輔助工具「二手設備還是電子廢物？」，如為電子廢物，再回到此處。</translation>
    </message>
    <message>
        <source>Run the decision aid &quot;Which list?&quot; and come back to this one.</source>
        <translation>請執行決策輔助工具「屬於哪份清單？」，然後再回到本工具。</translation>
    </message>
    <message>
        <source>Suspected A1160 (Annex VIII, list A)</source>
        <translation>涉嫌A1160（附件八，清單A）</translation>
    </message>
    <message>
        <source>Suspected A1170 (Annex VIII, list A)</source>
        <translation>涉嫌A1170（附件八，清單A）</translation>
    </message>
    <message>
        <source>Suspected A1181 (Annex VIII, list A)</source>
        <translation>涉嫌A1181（附件八，清單A）</translation>
    </message>
    <message>
        <source>Suspected A3210 (Annex VIII, list A)</source>
        <translation>涉嫌A3210（附件八，清單A）</translation>
    </message>
    <message>
        <source>Suspected B1090 (Annex IX, list B)</source>
        <translation>涉嫌B1090（附件九，清單B）</translation>
    </message>
    <message>
        <source>Suspected B3011 (Annex IX, list B)</source>
        <translation>涉嫌B3011（附件九，清單B）</translation>
    </message>
    <message>
        <source>Suspected Y46 (Annex II, other wastes)</source>
        <translation>涉嫌Y46（附件二，其他廢物）</translation>
    </message>
    <message>
        <source>Suspected Y47 (Annex II, other wastes)</source>
        <translation>涉嫌Y47（附件二，其他廢物）</translation>
    </message>
    <message>
        <source>Suspected Y48 (Annex II, other wastes)</source>
        <translation>涉嫌Y48（附件二，其他廢物）</translation>
    </message>
    <message>
        <source>Suspected Y49 (Annex II, other wastes)</source>
        <translation>涉嫌Y49（附件二，其他廢物）</translation>
    </message>
    <message>
        <source>Suspected illegal traffic</source>
        <translation>涉嫌非法運輸</translation>
    </message>
    <message>
        <source>The answers meet at least one ground of Article 9(1). Hold the goods where your law allows, notify the competent authority and open a case; the take-back clocks start when the State responsible is informed.</source>
        <translation>這些答案至少符合第9(1)條的一種情形。請在本國法律允許的範圍內扣留貨物，通知主管當局並開立個案；退運時限自責任國接獲通知時開始計算。</translation>
    </message>
    <message>
        <source>The goods already look like waste. Hold them where your law allows and refer the case to the competent authority. Suspected codes: A1181 if hazardous components are present (CRT glass, list A batteries, mercury lamps or switches, PCB capacitors), otherwise Y49; HS heading 8549.</source>
        <translation>貨物看起來已是廢物。請在本國法律允許的範圍內扣留貨物，並將個案轉介主管當局。涉嫌編碼：如有危險組件（CRT玻璃、清單A所列電池、汞燈或汞開關、含多氯聯苯的電容器），記為A1181，否則記為Y49；HS品目8549。</translation>
    </message>
    <message>
        <source>The papers and goods look right, but a red flag remains. Record it, hold the goods and ask the competent authority before release.</source>
        <translation>文件和貨物看起來沒有問題，但仍存在一個警示信號。請予以記錄，扣留貨物，並在放行前諮詢主管當局。</translation>
    </message>
    <message>
        <source>To check: whether every State consented</source>
        <translation>待核實：是否每個國家都已同意</translation>
    </message>
    <message>
        <source>To check: whether the movement was notified</source>
        <translation>待核實：該轉移是否已通知</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer</source>
        <translation>按涉嫌電子廢物處理：扣留並轉介</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (documents incomplete)</source>
        <translation>按涉嫌電子廢物處理：扣留並轉介（文件不全）</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (goods do not match the papers)</source>
        <translation>按涉嫌電子廢物處理：扣留並轉介（貨物與文件不符）</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (unexplained red flags)</source>
        <translation>按涉嫌電子廢物處理：扣留並轉介（警示信號無法解釋）</translation>
    </message>
    <message>
        <source>Treat as used EEE</source>
        <translation>按二手設備處理</translation>
    </message>
    <message>
        <source>Unsorted waste batteries, or waste batteries containing Annex I constituents to a hazardous extent. Prior informed consent is required.</source>
        <translation>未經分類的廢電池，或所含附件一成分達到危險程度的廢電池。須履行事先知情同意程序。</translation>
    </message>
    <message>
        <source>Use the lists directly and describe the goods</source>
        <translation>直接查閱清單並描述貨物</translation>
    </message>
    <message>
        <source>Used EEE or e-waste?</source>
        <translation>二手設備還是電子廢物？</translation>
    </message>
    <message>
        <source>Was it collected from households, or is it residue from incinerating household waste?</source>
        <translation>是否從住家收集，或為焚化住家廢物產生的殘餘物？</translation>
    </message>
    <message>
        <source>Was the movement notified to all States concerned (is there a notification document naming this shipment)?</source>
        <translation>該轉移是否已通知所有有關國家（是否有載明該批貨物的通知書）？</translation>
    </message>
    <message>
        <source>Waste batteries made to a specification, without lead, cadmium or mercury. List B entries are presumed not hazardous, but national rules may still control them; check the country profile.</source>
        <translation>按規格製造、不含鉛、鎘或汞的廢電池。清單B所列條目推定為非危險，但國內規定仍可能對其實施管控；請查閱國家概況。</translation>
    </message>
    <message>
        <source>Waste collected from households. Controlled under the Convention even when not hazardous.</source>
        <translation>從住家收集的廢物。即使不具危險性，也受本公約管控。</translation>
    </message>
    <message>
        <source>Waste lead-acid batteries, whole or crushed. Prior informed consent is required. Commonly associated HS subheading: 8549.11 (a hint, not a classification).</source>
        <translation>完整或破碎的廢鉛酸電池。須履行事先知情同意程序。常見對應HS子目：8549.11（僅供參考，不是歸類）。</translation>
    </message>
    <message>
        <source>What you found does not match the reuse documents. Record the differences with photos, hold the goods and refer the case. A material mismatch with the documents is itself a ground of illegal traffic (Art. 9(1)(d)).</source>
        <translation>查驗發現的情況與再使用文件不符。請拍照記錄差異，扣留貨物並轉介個案。與文件有重大出入本身即構成非法運輸的情形之一（第9(1)(d)條）。</translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation>屬於哪份清單？</translation>
    </message>
    <message>
        <source>Without complete reuse documents the shipment cannot be treated as used goods. Record which document is missing or doubtful, hold the goods and refer the case.</source>
        <translation>再使用文件不全的，該批貨物不能按二手貨物處理。請記錄缺少或存疑的文件，扣留貨物並轉介個案。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Yes, all conditions are met</source>
        <translation>是，全部條件均已滿足</translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation>是，全部都有</translation>
    </message>
    <message>
        <source>Yes, or I cannot tell</source>
        <translation>是，或無法判斷</translation>
    </message>
    <message>
        <source>Yes, or suspected</source>
        <translation>是，或有此懷疑</translation>
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
        <translation>文件審查</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>實物查驗</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>X光／掃描</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>抽樣</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>公司實地視察</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海運</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>鐵路</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>空運</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>內河</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>郵件／速遞</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>暫扣</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>扣留</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>檢取</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>拒絕入境</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退運</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>轉介主管當局</translation>
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
        <translation>不適用</translation>
    </message>
    <message>
        <source>E-waste and used EEE</source>
        <translation>電子廢物和二手設備</translation>
    </message>
    <message>
        <source>Plastic waste</source>
        <translation>塑膠廢物</translation>
    </message>
    <message>
        <source>Metal scrap</source>
        <translation>廢金屬</translation>
    </message>
    <message>
        <source>Lead-acid batteries</source>
        <translation>鉛酸電池</translation>
    </message>
    <message>
        <source>Other batteries, black mass</source>
        <translation>其他電池、黑粉</translation>
    </message>
    <message>
        <source>Used tyres</source>
        <translation>廢舊輪胎</translation>
    </message>
    <message>
        <source>Textiles and worn clothing</source>
        <translation>紡織品和舊衣物</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>廢紙</translation>
    </message>
    <message>
        <source>End-of-life vehicles and parts</source>
        <translation>報廢車輛及零部件</translation>
    </message>
    <message>
        <source>Slag, ash, residues</source>
        <translation>爐渣、灰渣、殘餘物</translation>
    </message>
    <message>
        <source>Waste oils</source>
        <translation>廢油</translation>
    </message>
    <message>
        <source>Household and municipal waste</source>
        <translation>家居廢物及都市廢物</translation>
    </message>
    <message>
        <source>Chemicals and other</source>
        <translation>化學品及其他</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>涉嫌</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>調查中</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>確認為非法運輸</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>不屬非法（已結案）</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>已要求退運</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>已運回或已處置</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) 未向所有有關國家發出通知</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) 未得到一個有關國家的同意</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) 以偽造、虛報或欺詐手段取得同意</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) 與文件有重大出入</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) 蓄意處置（傾倒）</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>第9條：自有關國家接獲通知之日起30日</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>第8條：90日（合法轉移貨物的再進口）</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>無時限</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>由出口國運回</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>在進口國處置</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>在其他地方處置（第9(4)條）</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>尚未決定</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>出口者</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>進口者／收貨人</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承運人</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>產生者</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>預定設施</translation>
    </message>
</context>
<context>
    <name>risk_indicators</name>
    <message>
        <source>&apos;Mixed metal scrap&apos; that contains electrical or electronic equipment, cables or circuit boards.</source>
        <translation>含有電氣及電子設備、電纜或電路板的「混合廢金屬」。</translation>
    </message>
    <message>
        <source>Claimed as sent for repair, refurbishment or warranty/failure analysis without a valid contract and supporting documents.</source>
        <translation>聲稱送去維修、翻新或保用／故障分析，但沒有有效合約和證明文件。</translation>
    </message>
    <message>
        <source>Consignee is not a licensed recycler or disposal facility, or its address is false or cannot be verified.</source>
        <translation>收貨人不是持牌回收或處置設施，或其地址虛假或無法核實。</translation>
    </message>
    <message>
        <source>Declared HS code does not match the goods found (e.g. declared as products or raw materials, found to be waste or scrap).</source>
        <translation>申報HS編碼與查見的貨物不符（例如申報為產品或原材料，查見為廢物或廢料）。</translation>
    </message>
    <message>
        <source>Declared as working products (EEE, parts, batteries) but the goods are broken, non-functional, cut up or otherwise only fit for recovery or disposal.</source>
        <translation>申報為可正常使用的產品（電氣及電子設備、零部件、電池），但貨物破損、無法使用、被切割，或只能用於回收再用或處置。</translation>
    </message>
    <message>
        <source>Destination prohibits import of the waste (e.g. China&apos;s ban on solid waste imports from 1 Jan 2021; Viet Nam&apos;s ban on hazardous waste imports).</source>
        <translation>目的地國家禁止進口該廢物（例如中國自2021年1月1日起全面禁止固體廢物進口；越南禁止進口危險廢物）。</translation>
    </message>
    <message>
        <source>E-waste and used EEE, end-of-life vehicles and vehicle parts.</source>
        <translation>電子廢物和二手電氣及電子設備、報廢車輛及車輛零部件。</translation>
    </message>
    <message>
        <source>EEE shipped in bulk, traded by weight rather than by unit, or mixed with other waste or scrap.</source>
        <translation>電氣及電子設備散裝運輸、按重量而非按件交易，或與其他廢物或廢料混裝。</translation>
    </message>
    <message>
        <source>Equipment containing ozone-depleting substances (refrigerators, air-conditioners).</source>
        <translation>含有消耗臭氧層物質的設備（雪櫃、空調機）。</translation>
    </message>
    <message>
        <source>Export to or import from a State that is not a Party to the Basel Convention without an Article 11 agreement.</source>
        <translation>在沒有第11條所指協定的情況下，向非《巴塞爾公約》締約方出口或從非締約方進口。</translation>
    </message>
    <message>
        <source>Goods described only vaguely (e.g. &apos;used goods&apos;, &apos;second-hand goods&apos;, &apos;scrap&apos;, &apos;mixed metal scrap&apos;, &apos;recyclable material&apos;) without a precise commodity description.</source>
        <translation>貨物描述含糊（例如「舊貨」「二手貨」「廢料」「混合廢金屬」「可回收材料」），沒有準確的商品描述。</translation>
    </message>
    <message>
        <source>Hazardous components visible: CRTs, batteries, circuit boards, mercury lamps or switches, PCB capacitors.</source>
        <translation>可見危險組件：CRT、電池、電路板、汞燈或汞開關、含多氯聯苯的電容器。</translation>
    </message>
    <message>
        <source>Items incomplete (essential parts missing), visibly damaged, untested, or intended for parts cannibalisation rather than reuse.</source>
        <translation>物品不完整（缺少主要部件）、有明顯損壞、未經測試，或擬拆件利用而非再使用。</translation>
    </message>
    <message>
        <source>Mixed or municipal waste and industrial waste.</source>
        <translation>混合廢物或都市廢物以及工業廢物。</translation>
    </message>
    <message>
        <source>No declaration by the person arranging transport that none of the equipment is waste.</source>
        <translation>安排運輸者未聲明所裝設備中沒有廢物。</translation>
    </message>
    <message>
        <source>No invoice and contract stating that the equipment is destined for direct reuse and is fully functional.</source>
        <translation>沒有寫明設備用於直接再使用且功能完好的發票和合約。</translation>
    </message>
    <message>
        <source>Odour, leakage or staining from packages or the container.</source>
        <translation>包裝件或貨櫃有異味、滲漏或污漬。</translation>
    </message>
    <message>
        <source>Permit, consent or declaration appears falsified, altered or issued for a different shipment.</source>
        <translation>許可證、同意書或申報單看來是偽造、篡改的，或是為另一批貨物簽發的。</translation>
    </message>
    <message>
        <source>Plastic or paper bales mixed with other polymers, food residues, dirt or other waste (plastics may then be Y48 or A3210 rather than B3011).</source>
        <translation>塑膠或紙張捆包中混有其他聚合物、食物殘渣、污物或其他廢物（此時塑膠可能屬於Y48或A3210，而非B3011）。</translation>
    </message>
    <message>
        <source>Plastic, textile, metal and paper waste (most frequent DEMETER seizure streams).</source>
        <translation>塑膠、紡織品、金屬和紙張廢物（DEMETER行動中最常查獲的類別）。</translation>
    </message>
    <message>
        <source>Routing through transshipment hubs or repeated port changes (&apos;port hopping&apos;).</source>
        <translation>經轉運樞紐港運輸，或多次更換港口（「跳港」）。</translation>
    </message>
    <message>
        <source>Shipment date or quantity falls outside the validity period or the number of shipments stated in the written consent.</source>
        <translation>裝運日期或數量超出書面同意所載的有效期或裝運批次數。</translation>
    </message>
    <message>
        <source>Shipment does not conform in a material way with its notification or movement document (waste code, quantity, carrier, route, facility).</source>
        <translation>貨物與其通知書或轉移文件有重大出入（廢物編碼、數量、承運人、路線、設施）。</translation>
    </message>
    <message>
        <source>Shipper&apos;s country differs from the apparent origin of the waste.</source>
        <translation>付貨人所在國與廢物的表面來源地不同。</translation>
    </message>
    <message>
        <source>Ships and floating structures sent for dismantling.</source>
        <translation>送去拆解的船舶和浮動結構。</translation>
    </message>
    <message>
        <source>Soldered, sealed or wrapped items whose content cannot be seen without opening or X-ray scanning.</source>
        <translation>經焊封、密封或包裹的物品，不開拆或不經X光掃描無法看到內裝物。</translation>
    </message>
    <message>
        <source>Unusually low declared value for the goods, or a first-time or unknown exporter.</source>
        <translation>貨物申報價值異常偏低，或出口者為首次出口或身份不明。</translation>
    </message>
    <message>
        <source>Used EEE declared for reuse without a test or functionality record for every item in the consignment.</source>
        <translation>申報用於再使用的二手電氣及電子設備，但未能為貨物中每件物品提供測試或功能紀錄。</translation>
    </message>
    <message>
        <source>Used EEE without adequate protection against damage (no individual packaging, poor stacking, loose loading).</source>
        <translation>二手電氣及電子設備缺乏適當的防損保護（無單獨包裝、堆放不當、散裝裝載）。</translation>
    </message>
    <message>
        <source>Used lead-acid batteries; lithium-ion batteries and &apos;black mass&apos;.</source>
        <translation>廢鉛酸電池；鋰離子電池和「黑粉」。</translation>
    </message>
    <message>
        <source>Waste and used tyres.</source>
        <translation>廢輪胎和舊輪胎。</translation>
    </message>
    <message>
        <source>Waste declared as &apos;renewable&apos; or secondary raw material, or as goods of similar shape and size, to disguise it.</source>
        <translation>將廢物申報為「可再生」物品或再生原料，或申報為形狀和尺寸相近的貨物，以作偽裝。</translation>
    </message>
    <message>
        <source>Waste hidden at the rear of the container behind a front layer of legitimate goods; non-uniform loading.</source>
        <translation>廢物藏在貨櫃後部，前面一層為合法貨物作掩護；裝載不均勻。</translation>
    </message>
    <message>
        <source>Waste listed in Annex VIII or Annex II (e.g. A1181, Y48, Y49) moving without notification, written consent of the States concerned or a movement document.</source>
        <translation>附件八或附件二所列廢物（如A1181、Y48、Y49）在沒有通知、沒有有關國家書面同意或沒有轉移文件的情況下轉移。</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Officer</source>
        <translation>關員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘書處</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cannot continue</source>
        <translation>無法繼續</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允許</translation>
    </message>
</context>
</TS>
