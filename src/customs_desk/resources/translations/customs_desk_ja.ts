<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>{app}について</translation>
    </message>
    <message>
        <source>An offline desk for customs officers of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and cases, reference codes, exchange with the secretariat by file, and reports.</source>
        <translation>有害廃棄物の不法輸出入防止に関するアジアネットワークの税関職員のための、オフラインで使える業務ツールです。ハンドブック、検査と案件、参照コード、事務局とのファイルによるデータ交換、報告書の作成ができます。</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>データフォルダー：{path}</translation>
    </message>
    <message>
        <source>Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. The translations were written with care by the project; corrections are welcome: note the screen, the wrong text and your suggestion, and send them to the secretariat, or edit the file resources/translations/customs_desk_&lt;language&gt;.ts with Qt Linguist and send it back.</source>
        <translation>表示言語：{languages}。母語話者による確認済み：{reviewed}。翻訳はプロジェクトが慎重に作成したものです。修正のご提案を歓迎します。画面名、誤っている文言、修正案を書き留めて事務局に送るか、Qt Linguist で resources/translations/customs_desk_&lt;language&gt;.ts ファイルを編集して送り返してください。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>職員番号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初期パスワード</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts from the secretariat</source>
        <translation>事務局からのアラート</translation>
    </message>
    <message>
        <source>Watch party</source>
        <translation>要注意当事者</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>要注意経路</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation>（{day}まで）</translation>
    </message>
    <message>
        <source>No alerts. Updates from the secretariat bring them.</source>
        <translation>アラートはありません。アラートは事務局からの更新で届きます。</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{kind} database, schema {rev}</source>
        <translation>{kind} データベース、スキーマ {rev}</translation>
    </message>
    <message>
        <source>Restore your draft?</source>
        <translation>下書きを復元しますか？</translation>
    </message>
    <message>
        <source>Customs Desk was closed while you were editing a draft. It was saved a few seconds before. Open it again?</source>
        <translation>下書きの編集中に Customs Desk が終了しました。下書きは終了の数秒前に保存されています。もう一度開きますか？</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>No take-back clock is running.</source>
        <translation>進行中の引取り期限はありません。</translation>
    </message>
    <message>
        <source>Deadline was {date}; the case is finished.</source>
        <translation>期限は{date}でした。案件は終了しています。</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {date})</source>
        <translation>期限超過 {n}日（期限 {date}）</translation>
    </message>
    <message>
        <source>{n} days left (deadline {date})</source>
        <translation>残り{n}日（期限 {date}）</translation>
    </message>
</context>
<context>
    <name>CaseWidget</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Status and path</source>
        <translation>状況と処理方法</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>輸出者又は発生者（Art. 9(2)）</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>輸入者又は処分者（Art. 9(3)）</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>責任者を特定できない（Art. 9(4)）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>引取り又は処分</translation>
    </message>
    <message>
        <source>Period agreed by the States (optional)</source>
        <translation>関係国が合意した期限（任意）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Article 9(1) grounds</source>
        <translation>Art. 9(1) の該当事由</translation>
    </message>
    <message>
        <source>What happened (kept on the timeline)</source>
        <translation>経過（時系列の記録に残ります）</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>変更を記録</translation>
    </message>
    <message>
        <source>Authority notified…</source>
        <translation>当局への通報…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経過記録</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>案件 {number}</translation>
    </message>
    <message>
        <source>{authority} ({country}) informed on {date}</source>
        <translation>{date}に{authority}（{country}）へ通報</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>まだどの当局にも通報していません。</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>通報を記録</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>該当事由：{grounds}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>案件開始</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only overdue take-backs</source>
        <translation>期限超過の引取りのみ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未発効</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Code or words, e.g. A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</source>
        <translation>コード又は語句（例：A1181、8549、鉛蓄電池、铅酸、แบตเตอรี่）</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>終了日なし</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>非公式訳</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>{day}時点</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>有効期間：{start}～{end}</translation>
    </message>
    <message>
        <source>UN class</source>
        <translation>国連危険物クラス</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>後継コード</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>旧コード</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>関連コード</translation>
    </message>
    <message>
        <source>hints only, never a classification</source>
        <translation>目安にすぎず、分類ではありません</translation>
    </message>
    <message>
        <source>Not fully confirmed: to be confirmed with the competent authority.</source>
        <translation>完全には確認されていません：権限のある当局に確認してください。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>In the handbooks</source>
        <translation>ハンドブックでの記載</translation>
    </message>
    <message>
        <source>Commonly associated HS codes</source>
        <translation>関連することが多いHSコード</translation>
    </message>
    <message>
        <source>Commonly associated Basel entries</source>
        <translation>関連することが多いバーゼル条約の品目</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>解決済みの競合を表示</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>case event</source>
        <translation>案件の経過</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>検出日時</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>解決方法</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>この端末の版</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>受信した版</translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation>この端末の版を維持</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>受信した版を採用</translation>
    </message>
    <message>
        <source>Here: saved by {a} on {at}{reason}. Incoming: by {b} on {at2}{reason2}.</source>
        <translation>この端末の版：{a}が{at}に保存{reason}。受信した版：{b}が{at2}に保存{reason2}。</translation>
    </message>
    <message>
        <source>Resolved: the incoming version is now current.</source>
        <translation>解決しました：受信した版が現在の版になりました。</translation>
    </message>
    <message>
        <source>Resolved: the version here stays current.</source>
        <translation>解決しました：この端末の版が引き続き現在の版です。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong inside Customs Desk. Your saved work is safe; the record you were editing is kept as a draft. Please copy the details below and send them to your IT contact or the secretariat.</source>
        <translation>Customs Desk の内部で問題が発生しました。保存済みの作業は失われていません。編集中の記録は下書きとして残っています。下の詳細をコピーして、IT担当者又は事務局に送ってください。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Take-back deadlines</source>
        <translation>引取り期限</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days</source>
        <translation>期限超過 {n}日</translation>
    </message>
    <message>
        <source>… and {n} more overdue cases (Cases page, 'Only overdue').</source>
        <translation>…ほかに期限超過の案件が{n}件あります（案件ページの「期限超過の引取りのみ」）。</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>残り{n}日</translation>
    </message>
    <message>
        <source>No take-back deadline is overdue or due this week.</source>
        <translation>期限を超過した引取り、又は今週期限を迎える引取りはありません。</translation>
    </message>
</context>
<context>
    <name>DecisionAidDialog</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>結果を保存</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>質問 {n}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Suspected codes: {codes}</source>
        <translation>疑われるコード：{codes}</translation>
    </message>
    <message>
        <source>Based on: {links}</source>
        <translation>根拠：{links}</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Look for USB sticks</source>
        <translation>USBメモリを探す</translation>
    </message>
    <message>
        <source>USB: {label}, {gb:.1f} GB free</source>
        <translation>USB：{label}、空き {gb:.1f} GB</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>パッケージの書き込み先</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Your drafts</source>
        <translation>自分の下書き</translation>
    </message>
    <message>
        <source>Draft started {when}</source>
        <translation>下書き（{when}に開始）</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>下書きはありません。</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>官署</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Make an update</source>
        <translation>更新の作成</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>鍵</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Customs Desk — first start</source>
        <translation>Customs Desk — 初回起動</translation>
    </message>
    <message>
        <source>The secretariat office</source>
        <translation>事務局</translation>
    </message>
</context>
<context>
    <name>HandbooksPage</name>
    <message>
        <source>Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่</source>
        <translation>すべてのハンドブックを検索（言語を問いません。例：A1181、中古機器、电子废物、แบตเตอรี่）</translation>
    </message>
    <message>
        <source>Search your bookmarks and notes</source>
        <translation>ブックマークとメモを検索</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>検索インデックスを準備しています…</translation>
    </message>
    <message>
        <source>All handbooks</source>
        <translation>すべてのハンドブック</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>スキップしました：{problem}</translation>
    </message>
    <message>
        <source>Version {version} · reviewed {date} · {chapters} chapters · {language}</source>
        <translation>バージョン {version} · 確認日 {date} · 全{chapters}章 · {language}</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>他の言語版：</translation>
    </message>
    <message>
        <source>The search index could not be prepared: {error}</source>
        <translation>検索インデックスを準備できませんでした：{error}</translation>
    </message>
    <message>
        <source>{n} results ({ms:.0f} ms)</source>
        <translation>{n}件（{ms:.0f} ms）</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href='{s}'&gt;{s}&lt;/a&gt;?</source>
        <translation>&lt;a href='{s}'&gt;{s}&lt;/a&gt; ではありませんか？</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>記録の履歴</translation>
    </message>
    <message>
        <source>Revision {n} · {who} · {when}</source>
        <translation>第{n}版 · {who} · {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>変更項目：{fields}</translation>
    </message>
    <message>
        <source>(received in an exchange package)</source>
        <translation>（交換パッケージで受信）</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>ようこそ、{name}さん</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>取込み：{name}</translation>
    </message>
    <message>
        <source>Checking the signature and every file in the package…</source>
        <translation>パッケージの署名とすべてのファイルを確認しています…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Write the signed receipt beside the package</source>
        <translation>署名付き受領証をパッケージと同じ場所に書き込む</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取込み</translation>
    </message>
    <message>
        <source>This package from {post} was imported before. Importing it again changes nothing.</source>
        <translation>{post} からのこのパッケージは取込み済みです。もう一度取り込んでも何も変わりません。</translation>
    </message>
    <message>
        <source>Signed by {post} and intact. Nothing has been written yet: check the summary, then import.</source>
        <translation>{post} の署名があり、改ざんはありません。まだ何も書き込んでいません。概要を確認してから取り込んでください。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>取り込みました。</translation>
    </message>
    <message>
        <source>The receipt {name} is beside the package: carry it back to the post.</source>
        <translation>受領証 {name} をパッケージと同じ場所に保存しました。官署に持ち帰ってください。</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>取込み済み</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Waiting for an earlier package</source>
        <translation>先のパッケージ待ち</translation>
    </message>
    <message>
        <source>Rejected (quarantined)</source>
        <translation>拒否（隔離）</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Save draft</source>
        <translation>下書き保存</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>訂正…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>取下げ…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>案件を開始</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Officers (comma-separated)</source>
        <translation>担当職員（カンマ区切り）</translation>
    </message>
    <message>
        <source>Type of inspection</source>
        <translation>検査の種類</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>輸送手段</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>船名</translation>
    </message>
    <message>
        <source>Voyage</source>
        <translation>航海番号</translation>
    </message>
    <message>
        <source>Truck plate</source>
        <translation>車両番号</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>便名</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>船荷証券／航空運送状</translation>
    </message>
    <message>
        <source>Customs declaration number</source>
        <translation>税関申告番号</translation>
    </message>
    <message>
        <source>Containers and seals (ISO 6346 numbers are checked)</source>
        <translation>コンテナとシール（ISO 6346 の番号として検証します）</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>コンテナ番号</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>シール番号（カンマ区切り）</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>コンテナを追加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>選択項目を削除</translation>
    </message>
    <message>
        <source>Declaration and goods</source>
        <translation>申告と貨物</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>申告HSコード</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>申告品名</translation>
    </message>
    <message>
        <source>Declared weight (kg)</source>
        <translation>申告重量（kg）</translation>
    </message>
    <message>
        <source>Weight found (kg)</source>
        <translation>実測重量（kg）</translation>
    </message>
    <message>
        <source>Declared pieces</source>
        <translation>申告個数</translation>
    </message>
    <message>
        <source>Pieces found (unweighed)</source>
        <translation>確認個数（重量未測定）</translation>
    </message>
    <message>
        <source>Declared value and currency</source>
        <translation>申告価格と通貨</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>廃棄物の種類</translation>
    </message>
    <message>
        <source>Goods lines: codes are checked against the tables valid on the inspection date</source>
        <translation>品目行：コードは検査日に有効な表と照合されます</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>申告HS</translation>
    </message>
    <message>
        <source>Suspected Basel codes</source>
        <translation>疑われるバーゼル条約コード</translation>
    </message>
    <message>
        <source>Y codes</source>
        <translation>Yコード</translation>
    </message>
    <message>
        <source>H codes</source>
        <translation>Hコード</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>国連番号</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Parties and route</source>
        <translation>当事者と経路</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>輸出国</translation>
    </message>
    <message>
        <source>Transit countries (codes, comma-separated)</source>
        <translation>通過国（コード、カンマ区切り）</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>輸入国</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>船積港</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>陸揚港</translation>
    </message>
    <message>
        <source>Transshipment ports (comma-separated)</source>
        <translation>積替港（カンマ区切り）</translation>
    </message>
    <message>
        <source>Documents and risk</source>
        <translation>書類とリスク</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>通告番号</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>移動書類</translation>
    </message>
    <message>
        <source>Test certificates (used EEE)</source>
        <translation>試験証明書（中古機器）</translation>
    </message>
    <message>
        <source>Invoice and contract</source>
        <translation>インボイスと契約書</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>その他の書類</translation>
    </message>
    <message>
        <source>Risk indicators found</source>
        <translation>該当したリスク指標</translation>
    </message>
    <message>
        <source>Not fully confirmed in the sources</source>
        <translation>出典で完全には確認されていません</translation>
    </message>
    <message>
        <source>Findings and outcome</source>
        <translation>所見と処理結果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>処理結果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>ハンドブックの引用</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>引用を追加…</translation>
    </message>
    <message>
        <source>Decision aids (the answers and outcome are kept with this inspection)</source>
        <translation>判断支援（回答と結果はこの検査とともに保存されます）</translation>
    </message>
    <message>
        <source>Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256.</source>
        <translation>写真をディスクから追加するか、ここにドロップしてください。元のファイルは SHA-256 とともに、変更されずに保存されます。</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>写真を追加…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>New inspection (draft)</source>
        <translation>新規検査（下書き）</translation>
    </message>
    <message>
        <source>revision {n}</source>
        <translation>第{n}版</translation>
    </message>
    <message>
        <source>from post {post} (read only)</source>
        <translation>官署 {post} の記録（読み取り専用）</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>訂正を保存…</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>{n}行目：{message}</translation>
    </message>
    <message>
        <source>Possible duplicate: {record} has the same {what} in the last 90 days.</source>
        <translation>重複の可能性：{record} に過去90日以内の同じ {what} があります。</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft.</source>
        <translation>記録はまだ確定できません：{n}件の問題が各項目の横に表示されています。記録は下書きとして保存されました。</translation>
    </message>
    <message>
        <source>Correct a finalized record</source>
        <translation>確定済み記録の訂正</translation>
    </message>
    <message>
        <source>Why is the record corrected? (kept in its history)</source>
        <translation>記録を訂正する理由を入力してください（履歴に残ります）。</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>記録の取下げ</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It is kept, marked as withdrawn.</source>
        <translation>記録を取り下げる理由を入力してください。記録は削除されず、取下げ済みとして残ります。</translation>
    </message>
    <message>
        <source>A draft has no history yet; it starts when the record is finalized.</source>
        <translation>下書きにはまだ履歴がありません。履歴は記録を確定した時点から始まります。</translation>
    </message>
    <message>
        <source>Add a citation</source>
        <translation>引用の追加</translation>
    </message>
    <message>
        <source>Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):</source>
        <translation>ハンドブックのリーダーからコピーした引用を貼り付けてください（例：basel-at-the-border §take-back-clocks ¶3）：</translation>
    </message>
    <message>
        <source>'{text}' is not a handbook citation.</source>
        <translation>「{text}」はハンドブックの引用ではありません。</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>写真の追加</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</source>
        <translation>写真と書類 (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>追加されなかったファイルがあります</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>位置：{lat}, {lon}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>{when}に{who}が追加</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>説明文</translation>
    </message>
    <message>
        <source>Caption for {name}:</source>
        <translation>{name} の説明文：</translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation>未保存の訂正</translation>
    </message>
    <message>
        <source>Discard the changes of this correction?</source>
        <translation>この訂正の変更内容を破棄しますか？</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection</source>
        <translation>新規検査</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>取下げ以外</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>すべての処理結果</translation>
    </message>
    <message>
        <source>All waste streams</source>
        <translation>すべての廃棄物の種類</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation's key</source>
        <translation>この端末の鍵</translation>
    </message>
    <message>
        <source>Send the key file to the other side, then read this fingerprint to them by phone so they can check it before they trust it.</source>
        <translation>鍵ファイルを相手側に送ってから、このフィンガープリントを電話で読み上げてください。相手は鍵を信頼する前に、これで確認できます。</translation>
    </message>
    <message>
        <source>Save my key file…</source>
        <translation>自分の鍵ファイルを保存…</translation>
    </message>
    <message>
        <source>Keys this installation trusts</source>
        <translation>この端末が信頼している鍵</translation>
    </message>
    <message>
        <source>post</source>
        <translation>官署</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <source>revoked {day}: {reason}</source>
        <translation>{day}に失効：{reason}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>信頼済み</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>官署</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>信頼開始日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Trust a key file…</source>
        <translation>鍵ファイルを信頼…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>失効…</translation>
    </message>
    <message>
        <source>Save the key file to</source>
        <translation>鍵ファイルの保存先</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} に書き込みました。</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>鍵ファイルの信頼</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Customs Desk の鍵 (*.cdkey)</translation>
    </message>
    <message>
        <source>Now trusting {name} ({code}).</source>
        <translation>{name}（{code}）を信頼しました。</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>先に鍵を選択してください。</translation>
    </message>
    <message>
        <source>The key of {post} is revoked.</source>
        <translation>{post} の鍵は失効しています。</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Where is this computer used?</source>
        <translation>このコンピューターはどこで使用しますか？</translation>
    </message>
    <message>
        <source>Customs Desk keeps all data on this computer. Border posts record inspections and send them to the secretariat on a USB stick; the secretariat consolidates the posts' records and sends updates back.</source>
        <translation>Customs Desk はすべてのデータをこのコンピューターに保存します。官署は検査を記録し、USBメモリで事務局に送ります。事務局は各官署の記録を集約し、更新を送り返します。</translation>
    </message>
    <message>
        <source>At a border post (customs office, port, land crossing)</source>
        <translation>国境の官署（税関、港湾、陸路の国境通過点）</translation>
    </message>
    <message>
        <source>At the secretariat of the Asian Network</source>
        <translation>アジアネットワークの事務局</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Customs Desk</source>
        <translation>Customs Desk へようこそ</translation>
    </message>
    <message>
        <source>Choose the language of the interface. You can change it later in Settings. Handbooks keep their own language.</source>
        <translation>表示言語を選んでください。後から設定で変更できます。ハンドブックはそれぞれの言語のまま表示されます。</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>records</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>受領証</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>By</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>受領確認</translation>
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
        <translation>ログイン — Customs Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>職員番号(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Enter your badge number.</source>
        <translation>職員番号を入力してください。</translation>
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
        <translation>職員</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Customs Desk</source>
        <translation>Customs Desk について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MakeUpdateTab</name>
    <message>
        <source>Alerts and watch lists</source>
        <translation>アラートと要注意リスト</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Party or route</source>
        <translation>当事者又は経路</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Add an alert</source>
        <translation>アラートを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Handbooks, codes and keys</source>
        <translation>ハンドブック、コード、鍵</translation>
    </message>
    <message>
        <source>Add a handbook folder…</source>
        <translation>ハンドブックのフォルダーを追加…</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>ハンドブック</translation>
    </message>
    <message>
        <source>a reference-code dataset folder (optional)</source>
        <translation>参照コードのデータセットフォルダー（任意）</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>参照コード</translation>
    </message>
    <message>
        <source>Add a post's key file…</source>
        <translation>官署の鍵ファイルを追加…</translation>
    </message>
    <message>
        <source>Keys for posts to trust</source>
        <translation>官署に信頼させる鍵</translation>
    </message>
    <message>
        <source>For the posts</source>
        <translation>対象の官署</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>書き込み先</translation>
    </message>
    <message>
        <source>Make the update package</source>
        <translation>更新パッケージを作成</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Party to watch</source>
        <translation>要注意当事者</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>要注意経路</translation>
    </message>
    <message>
        <source>Handbook folder</source>
        <translation>ハンドブックのフォルダー</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>鍵ファイル</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Customs Desk の鍵 (*.cdkey)</translation>
    </message>
    <message>
        <source>Choose where to write the update.</source>
        <translation>更新の書き込み先を選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one post.</source>
        <translation>官署を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Wrote {path} for {n} posts.</source>
        <translation>{n}か所の官署向けに {path} を書き込みました。</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Competent authority notified</source>
        <translation>権限のある当局への通報</translation>
    </message>
    <message>
        <source>Does not start a clock</source>
        <translation>期限の計算は始まりません</translation>
    </message>
    <message>
        <source>Starts: {clock}</source>
        <translation>開始する期限：{clock}</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>当局</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Date informed</source>
        <translation>通報日</translation>
    </message>
    <message>
        <source>How (e-mail, letter, focal point…)</source>
        <translation>方法（電子メール、書簡、中央連絡先など）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Take-back clock</source>
        <translation>引取り期限</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>ハンドブック</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>PDF reports: records, notices, registers, summaries</source>
        <translation>PDF報告書：記録、通知書、台帳、集計</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>データ交換</translation>
    </message>
    <message>
        <source>Packages on USB sticks: send, import, receipts, updates, keys</source>
        <translation>USBメモリによるパッケージ：送信、取込み、受領証、更新、鍵</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>This is a person (removed from non-nominal exports)</source>
        <translation>個人である（個人名なしの送信では削除されます）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登録番号</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Type a name to find the party</source>
        <translation>名前を入力して当事者を検索</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>⚑ on the watch list</source>
        <translation>⚑ 要注意リストに掲載</translation>
    </message>
    <message>
        <source>Watch list from the secretariat: {title}</source>
        <translation>事務局の要注意リスト：{title}</translation>
    </message>
    <message>
        <source>⚠ {n} earlier findings</source>
        <translation>⚠ 過去の指摘 {n}件</translation>
    </message>
    <message>
        <source>This party appears in {n} inspections that were not simply released.</source>
        <translation>この当事者は、処理結果が「許可・搬出」以外となった検査{n}件に記載されています。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再入力</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The border post</source>
        <translation>国境の官署</translation>
    </message>
    <message>
        <source>The post code starts every record number made here (for example SGP-TUAS-2026-00042), so keep it short and never reuse another post's code.</source>
        <translation>官署コードは、ここで作成されるすべての記録番号の先頭に付きます（例：SGP-TUAS-2026-00042）。短いコードにし、他の官署のコードは決して再使用しないでください。</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>官署コード</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>官署名</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>その他の国</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Agency (for report headers)</source>
        <translation>機関名（報告書のヘッダー用）</translation>
    </message>
    <message>
        <source>e.g. SGP-TUAS</source>
        <translation>例：SGP-TUAS</translation>
    </message>
    <message>
        <source>e.g. Tuas Checkpoint</source>
        <translation>例：Tuas Checkpoint</translation>
    </message>
    <message>
        <source>e.g. Singapore Customs</source>
        <translation>例：シンガポール税関</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>その他…</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>官署</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最終パッケージ</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>パッケージ数</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>検査数</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未終結の案件</translation>
    </message>
    <message>
        <source>Overdue take-backs</source>
        <translation>期限超過の引取り</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>隔離</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>詳細を表示...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>詳細を隠す...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全てはい(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全ていいえ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>デフォルトに戻す</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>リンクの場所をコピー(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Records that arrived but could not be accepted, with the reason. The rest of their package was imported. The post sees the reasons in its receipt.</source>
        <translation>受信したものの受け入れられなかった記録と、その理由です。同じパッケージの他の記録は取り込まれています。官署は受領証で理由を確認できます。</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>官署</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Copy citation</source>
        <translation>引用をコピー</translation>
    </message>
    <message>
        <source>Bookmark this paragraph</source>
        <translation>この段落をブックマーク</translation>
    </message>
    <message>
        <source>Add a note to this paragraph…</source>
        <translation>この段落にメモを追加…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Find in this chapter</source>
        <translation>この章の中を検索</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>引用をコピー</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>メモ…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>PDFに出力…</translation>
    </message>
    <message>
        <source>Source on the web</source>
        <translation>ウェブ上の出典</translation>
    </message>
    <message>
        <source>This source is on the web; open it on a computer with a network:
{url}</source>
        <translation>この出典はウェブ上にあります。ネットワークに接続されたコンピューターで開いてください：
{url}</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Your note on {citation}:</source>
        <translation>{citation} へのメモ：</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>PDFに出力</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Packages on USB sticks are listed here. Open one: records packages are checked and shown before anything is imported; receipts mark your records as received; updates bring handbooks, codes and alerts from the secretariat.</source>
        <translation>USBメモリ上のパッケージがここに表示されます。パッケージを開いてください。記録パッケージは、取込みの前に確認され、内容が表示されます。受領証は、送信した記録を受信済みにします。更新は、事務局からハンドブック、コード、アラートを届けます。</translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation>パッケージファイルを開く…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <source>records</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>受領証</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>{name} — {kind} from {sender}, made {created}</source>
        <translation>{name} — {sender} からの{kind}（作成 {created}）</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>パッケージを開く</translation>
    </message>
    <message>
        <source>Customs Desk packages (*.cdx)</source>
        <translation>Customs Desk パッケージ (*.cdx)</translation>
    </message>
    <message>
        <source>Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined.</source>
        <translation>{name} を取り込みました：新規 {new}件、更新 {updated}件、競合 {conflict}件、隔離 {rejected}件。</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>更新を適用しました。</translation>
    </message>
    <message>
        <source>The secretariat confirmed the package. {received} of {total} record versions are now received.</source>
        <translation>事務局がパッケージの受領を確認しました。記録の版 {total}件のうち {received}件が受信済みになりました。</translation>
    </message>
    <message>
        <source>{n} were refused there and will be sent again after correction: {reasons}</source>
        <translation>{n}件は事務局で受け入れられず、訂正後に再送されます：{reasons}</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>官署</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Art. 9 grounds</source>
        <translation>第9条の該当事由</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>期限の種類</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>国への通報日</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>処理方法</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終結日</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>輸送手段</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>B/L・AWB</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>申告番号</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>輸出者</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>輸入者</translation>
    </message>
    <message>
        <source>From</source>
        <translation>輸出国</translation>
    </message>
    <message>
        <source>To</source>
        <translation>輸入国</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>廃棄物の種類</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>バーゼルコード</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>申告HS</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>処理結果</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（kg）</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当職員</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: number, container, bill of lading, party, code, country…</source>
        <translation>絞り込み：番号、コンテナ、船荷証券、当事者、コード、国…</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>絞り込み条件を保存…</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n}件</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>保存した絞り込み条件</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>絞り込み条件の保存</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>この絞り込み条件の名前：</translation>
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
        <translation>この記録のPDFを作成して開く</translation>
    </message>
    <message>
        <source>Making PDF…</source>
        <translation>PDFを作成中…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>PDF documents open in the PDF viewer of this computer. Reports for one record can also be made from the record itself (PDF button).</source>
        <translation>PDF文書は、このコンピューターのPDFビューアーで開きます。1件の記録の報告書は、その記録の画面（PDFボタン）からも作成できます。</translation>
    </message>
    <message>
        <source>Words to find: number, container, party, code…</source>
        <translation>検索語：番号、コンテナ、当事者、コード…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Default: a file in {folder}</source>
        <translation>既定：{folder} 内のファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>処理結果</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>廃棄物の種類</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>PDFを作成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Inspection number, e.g. SGP-TUAS-2026-00042</source>
        <translation>検査番号（例：SGP-TUAS-2026-00042）</translation>
    </message>
    <message>
        <source>Case number, e.g. SGP-TUAS-C2026-0007</source>
        <translation>案件番号（例：SGP-TUAS-C2026-0007）</translation>
    </message>
    <message>
        <source>Enter the number of the record.</source>
        <translation>記録の番号を入力してください。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期間の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>{name} を作成中…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>{path} を開けるPDFビューアーがありません。</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>報告書の保存先</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>コピーの保存先</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>コピーを {path} に保存しました</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the key of {post}</source>
        <translation>{post} の鍵の失効</translation>
    </message>
    <message>
        <source>Packages signed with this key will be refused from now on. Do this when a PC or key file is lost or stolen. A revoked key cannot be trusted again.</source>
        <translation>この鍵で署名されたパッケージは、今後すべて拒否されます。PC又は鍵ファイルを紛失した場合や盗まれた場合に行ってください。失効させた鍵を再び信頼することはできません。</translation>
    </message>
    <message>
        <source>Why? e.g. laptop stolen on 12 May</source>
        <translation>理由（例：5月12日にノートPCが盗難）</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>失効させる</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Send records to the secretariat</source>
        <translation>事務局への記録の送信</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>書き込み先</translation>
    </message>
    <message>
        <source>Send everything again (not only what the secretariat has not confirmed)</source>
        <translation>すべて再送する（事務局が未確認のものだけでなく）</translation>
    </message>
    <message>
        <source>Non-nominal: remove the names of individuals</source>
        <translation>個人名なし：個人の氏名を削除する</translation>
    </message>
    <message>
        <source>Officers' names and the names of parties who are persons are replaced by '(withheld)'; companies stay named. Audit events are not included.</source>
        <translation>職員の氏名と、個人である当事者の氏名は「(withheld)」に置き換えられます。会社名はそのまま残ります。監査イベントは含まれません。</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>パッケージを書き込む</translation>
    </message>
    <message>
        <source>The secretariat's key is not trusted yet. Get its key file and trust it on the Keys tab; packages are encrypted so that only the secretariat can read them.</source>
        <translation>事務局の鍵がまだ信頼されていません。事務局の鍵ファイルを入手し、「鍵」タブで信頼してください。パッケージは、事務局だけが読めるように暗号化されます。</translation>
    </message>
    <message>
        <source>{received} of {total} record versions are confirmed received by the secretariat; {waiting} are waiting to be sent or confirmed.</source>
        <translation>記録の版 {total}件のうち {received}件は、事務局の受信確認が済んでいます。{waiting}件は送信又は確認を待っています。</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>パッケージの書き込み先を選んでください。</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for the secretariat and signed by this post. Remove the USB stick safely, then carry it.</source>
        <translation>{file} を書き込みました：記録の版 {n}件、写真・ファイル {files}件。事務局向けに暗号化され、この官署の署名が付いています。USBメモリを安全に取り外してから持参してください。</translation>
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
        <translation> 分</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Paper size for reports</source>
        <translation>報告書の用紙サイズ</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>自動ロックまでの時間</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>最初の監督者</translation>
    </message>
    <message>
        <source>Supervisors add officers' accounts and may correct finalized records. Officers share this computer, so each signs in with a badge number and password.</source>
        <translation>監督者は、職員のアカウントを追加し、確定済みの記録を訂正できます。職員はこのコンピューターを共用するため、各自が職員番号とパスワードでログインします。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>職員番号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>鍵の信頼</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>官署</translation>
    </message>
    <message>
        <source>This key file says it belongs to {name} ({code}, {country}), {kind}. Anyone can write such a file: call the sender on a number you already know and have them read their fingerprint (Exchange ▸ Keys). Trust the key only if it matches.</source>
        <translation>この鍵ファイルには、{kind}である{name}（{code}、{country}）の鍵であると記載されています。このようなファイルは誰でも作成できます。既に知っている電話番号で送信者に電話し、フィンガープリントを読み上げてもらってください（データ交換 ▸ 鍵）。一致する場合にのみ、鍵を信頼してください。</translation>
    </message>
    <message>
        <source>optional: type what the sender reads to you</source>
        <translation>任意：送信者が読み上げた内容を入力</translation>
    </message>
    <message>
        <source>Fingerprint read by phone</source>
        <translation>電話で読み上げられたフィンガープリント</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender</source>
        <translation>フィンガープリントを送信者と照合しました</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>この鍵を信頼</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <source>Does not match (yet). Do not trust a key that does not match.</source>
        <translation>一致しません（現時点では）。一致しない鍵は信頼しないでください。</translation>
    </message>
    <message>
        <source>Type at least 16 characters.</source>
        <translation>16文字以上入力してください。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Locked — Customs Desk</source>
        <translation>ロック中 — Customs Desk</translation>
    </message>
    <message>
        <source>The session was locked after a period without use. {name}, type your password to continue, or sign out so another officer can sign in. Unsaved drafts are kept.</source>
        <translation>一定時間操作がなかったため、セッションをロックしました。{name}さん、続けるにはパスワードを入力してください。別の職員がログインする場合はログアウトしてください。未保存の下書きは保持されます。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>パスワードが違います。</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update {name}</source>
        <translation>更新：{name}</translation>
    </message>
    <message>
        <source>Checking the secretariat's signature…</source>
        <translation>事務局の署名を確認しています…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>更新を適用</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>参照コード</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>ハンドブック</translation>
    </message>
    <message>
        <source>Alerts and watch lists</source>
        <translation>アラートと要注意リスト</translation>
    </message>
    <message>
        <source>Keys to trust</source>
        <translation>信頼する鍵</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>失効させる鍵</translation>
    </message>
    <message>
        <source>This update was applied before; nothing to do.</source>
        <translation>この更新は適用済みです。操作は不要です。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Signed by the secretariat and intact. Nothing has been changed yet.</source>
        <translation>事務局の署名があり、改ざんはありません。まだ何も変更していません。</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>更新を適用しました。</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>職員番号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>ユーザーアカウント</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>ユーザーを追加…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>パスワードを設定…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>無効化／有効化</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> Before that, consider {codes}.</source>
        <translation>それ以前については {codes} を検討してください。</translation>
    </message>
    <message>
        <source> Did you mean {codes}?</source>
        <translation>{codes} ではありませんか？</translation>
    </message>
    <message>
        <source> See {codes}.</source>
        <translation>{codes} を参照してください。</translation>
    </message>
    <message>
        <source> … [{n} more characters not printed]</source>
        <translation> …［残り{n}文字は印刷されていません］</translation>
    </message>
    <message>
        <source>'{answer}' is not an answer to this question.</source>
        <translation>「{answer}」はこの質問の回答ではありません。</translation>
    </message>
    <message>
        <source>'{code}' is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).</source>
        <translation>「{code}」はバーゼル条約コード（例：A1181、Y49、B3011）でもHSコード（例：8549.11）でもありません。</translation>
    </message>
    <message>
        <source>'{code}' is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.</source>
        <translation>「{code}」はHSコードではありません。4桁又は6桁で入力してください（例：8549、8549.11）。</translation>
    </message>
    <message>
        <source>'{code}' is not an ISO 4217 currency code (e.g. USD, VND, THB).</source>
        <translation>「{code}」は ISO 4217 の通貨コードではありません（例：USD、VND、THB）。</translation>
    </message>
    <message>
        <source>'{selector}' matches several keys; give more of the fingerprint.</source>
        <translation>「{selector}」に一致する鍵が複数あります。フィンガープリントをもっと長く指定してください。</translation>
    </message>
    <message>
        <source>'{text}' is not a handbook citation.</source>
        <translation>「{text}」はハンドブックの引用ではありません。</translation>
    </message>
    <message>
        <source>'{value}' is not a UN number; write UN and four digits, e.g. UN3480.</source>
        <translation>「{value}」は国連番号ではありません。UN と4桁の数字で入力してください（例：UN3480）。</translation>
    </message>
    <message>
        <source>'{value}' is not an ISO 3166 country code (e.g. VN, TH, HK).</source>
        <translation>「{value}」は ISO 3166 の国コードではありません（例：VN、TH、HK）。</translation>
    </message>
    <message>
        <source>'{value}' is not an ISO 3166 country code.</source>
        <translation>「{value}」は ISO 3166 の国コードではありません。</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) すべての関係国への通告がない</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) 関係国の同意がない</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) 偽造、虚偽の表示又は詐欺により同意が得られた</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) 書類と重要な点で一致しない</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) 故意の処分（投棄）</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>（説明文なし）</translation>
    </message>
    <message>
        <source>(not in the reference tables)</source>
        <translation>（参照表にありません）</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>(nothing to print)</source>
        <translation>（印刷する内容がありません）</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit は1～500の範囲で指定してください。</translation>
    </message>
    <message>
        <source>--records must be between 1 and 2000000.</source>
        <translation>--records は1～2000000の範囲で指定してください。</translation>
    </message>
    <message>
        <source>--revoke {fp}: give the fingerprint of one trusted key.</source>
        <translation>--revoke {fp}：信頼している鍵1つのフィンガープリントを指定してください。</translation>
    </message>
    <message>
        <source>1. Reporting Party</source>
        <translation>1. 報告締約国</translation>
    </message>
    <message>
        <source>10. Penalties and legal proceedings</source>
        <translation>10. 罰則及び法的手続</translation>
    </message>
    <message>
        <source>11. Remarks</source>
        <translation>11. 備考</translation>
    </message>
    <message>
        <source>12. Certification</source>
        <translation>12. 証明</translation>
    </message>
    <message>
        <source>2. The case</source>
        <translation>2. 案件</translation>
    </message>
    <message>
        <source>3. Type of illegal traffic (Article 9(1))</source>
        <translation>3. 不法取引の類型（Article 9(1)）</translation>
    </message>
    <message>
        <source>4. States concerned</source>
        <translation>4. 関係国</translation>
    </message>
    <message>
        <source>5. Persons involved</source>
        <translation>5. 関係者</translation>
    </message>
    <message>
        <source>6. The waste</source>
        <translation>6. 廃棄物</translation>
    </message>
    <message>
        <source>7. Documents</source>
        <translation>7. 書類</translation>
    </message>
    <message>
        <source>8. Transport</source>
        <translation>8. 運送</translation>
    </message>
    <message>
        <source>9. Responsibility and action taken (Article 9(2) to 9(4))</source>
        <translation>9. 責任及び講じた措置（Article 9(2)～9(4)）</translation>
    </message>
    <message>
        <source>A note can have at most {n} characters.</source>
        <translation>メモは{n}文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Action at the border</source>
        <translation>水際での措置</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>判断支援</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>航空</translation>
    </message>
    <message>
        <source>Answer every question before saving the result.</source>
        <translation>結果を保存する前に、すべての質問に回答してください。</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>第8条：90日（適法な移動の再輸入）</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>第9条：国が通報を受けてから30日</translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation>監督者に依頼してください。</translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation>通報した当局</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>当局</translation>
    </message>
    <message>
        <source>Basel</source>
        <translation>バーゼル</translation>
    </message>
    <message>
        <source>Basel Annex VIII / IX codes</source>
        <translation>バーゼル条約附属書VIII／IXのコード</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>バーゼル条約コード</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>船荷証券／航空運送状</translation>
    </message>
    <message>
        <source>By</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>By country of export</source>
        <translation>輸出国別</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>月別</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>処理結果別</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>官署別</translation>
    </message>
    <message>
        <source>By waste stream</source>
        <translation>廃棄物の種類別</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>責任者を特定できない（Art. 9(4)）</translation>
    </message>
    <message>
        <source>Cannot sort by '{column}'.</source>
        <translation>「{column}」で並べ替えることはできません。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} に書き込めません：{reason}。</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>運送者</translation>
    </message>
    <message>
        <source>Carrier(s)</source>
        <translation>運送者</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案件記録</translation>
    </message>
    <message>
        <source>Case finished ({status}).</source>
        <translation>案件終了（{status}）。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件番号</translation>
    </message>
    <message>
        <source>Case opened from inspection {number}.</source>
        <translation>検査 {number} から案件を開始しました。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Cases are opened by the post that made the inspection.</source>
        <translation>案件は、検査を行った官署が開始します。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Check that the drive is connected and the folder is readable.</source>
        <translation>ドライブが接続され、フォルダーが読み取り可能であることを確認してください。</translation>
    </message>
    <message>
        <source>Choose 'post' or 'secretariat'.</source>
        <translation>'post' 又は 'secretariat' を選んでください。</translation>
    </message>
    <message>
        <source>Choose a bookmark or a note.</source>
        <translation>ブックマーク又はメモを選んでください。</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>一覧から国を選んでください。</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>一覧からタイムゾーンを選んでください。</translation>
    </message>
    <message>
        <source>Choose the mode of transport.</source>
        <translation>輸送手段を選んでください。</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>処理結果を選んでください。</translation>
    </message>
    <message>
        <source>Choose the type of inspection.</source>
        <translation>検査の種類を選んでください。</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>期限の種類</translation>
    </message>
    <message>
        <source>Close other Customs Desk windows or programs using this data folder and try again. Nothing was changed.</source>
        <translation>他の Customs Desk のウィンドウ、又はこのデータフォルダーを使用しているプログラムを閉じてから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終結</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>終結日</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Codes and their titles</source>
        <translation>コードと名称</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>事業所への立入り</translation>
    </message>
    <message>
        <source>Competent authority or focal point</source>
        <translation>権限のある当局又は中央連絡先</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>不法取引と確認</translation>
    </message>
    <message>
        <source>Consent of the States concerned</source>
        <translation>関係国の同意</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Contact the post below, quoting reference {ref}.</source>
        <translation>参照番号 {ref} を明記のうえ、下記の官署に連絡してください。</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Containers and seals</source>
        <translation>コンテナとシール</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>輸送機関</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>輸出国</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>輸入国</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>税関申告</translation>
    </message>
    <message>
        <source>DRAFT: this record is not finalized and may still change.</source>
        <translation>下書き：この記録は確定しておらず、今後変更される可能性があります。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>本報告の日付</translation>
    </message>
    <message>
        <source>Date the State was informed</source>
        <translation>国が通報を受けた日</translation>
    </message>
    <message>
        <source>Date the case was confirmed</source>
        <translation>案件の確認日</translation>
    </message>
    <message>
        <source>Date the shipment was detected</source>
        <translation>貨物の発見日</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Deadline and clock</source>
        <translation>期限と期限の種類</translation>
    </message>
    <message>
        <source>Decision aid {id} is invalid: {problems}</source>
        <translation>判断支援 {id} が無効です：{problems}</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>判断支援</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>申告HSコード</translation>
    </message>
    <message>
        <source>Declared as</source>
        <translation>申告品名</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>申告品名</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>申告価格</translation>
    </message>
    <message>
        <source>Describe at least one line of goods.</source>
        <translation>貨物の品目を1行以上記入してください。</translation>
    </message>
    <message>
        <source>Describe the indicator.</source>
        <translation>指標の内容を記入してください。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Designation and description</source>
        <translation>名称及び説明</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>留置</translation>
    </message>
    <message>
        <source>Detention or seizure notice</source>
        <translation>留置・差押え通知書</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>他の場所での処分（Art. 9(4)）</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>輸入国での処分</translation>
    </message>
    <message>
        <source>Disposal or recovery operation (Annex IV)</source>
        <translation>処分又は再生利用の作業（附属書IV）</translation>
    </message>
    <message>
        <source>Disposer or recovery facility</source>
        <translation>処分者又は再生利用施設</translation>
    </message>
    <message>
        <source>Do not start or end the password with spaces.</source>
        <translation>パスワードの先頭と末尾にスペースを使わないでください。</translation>
    </message>
    <message>
        <source>Document {id} · content hash {hash} · Customs Desk {version}</source>
        <translation>文書 {id} · 内容ハッシュ {hash} · Customs Desk {version}</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>書類審査</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>提示された書類</translation>
    </message>
    <message>
        <source>Draft structure: the official form's fields could not be confirmed. The fields below follow Article 9 of the Basel Convention and the information required on notification and movement documents (Annex V A and V B). Check them against the current form published by the Secretariat of the Basel Convention before sending, and complete every field marked [to complete].</source>
        <translation>構成は暫定版です：公式様式の項目は確認できていません。以下の項目は、バーゼル条約第9条と、通告書類及び移動書類に必要な情報（附属書V A及びV B）に基づいています。送付する前に、バーゼル条約事務局が公表している最新の様式と照合し、［要記入］と表示されたすべての項目を記入してください。</translation>
    </message>
    <message>
        <source>Empty seal number.</source>
        <translation>シール番号が空欄です。</translation>
    </message>
    <message>
        <source>Enter the date and time of the inspection, with its time zone.</source>
        <translation>検査の日時をタイムゾーンとともに入力してください。</translation>
    </message>
    <message>
        <source>Enter the name of the border post.</source>
        <translation>官署の名称を入力してください。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>名称を入力してください。</translation>
    </message>
    <message>
        <source>Enter the officer's full name.</source>
        <translation>職員の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>輸出者</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>輸出者又は発生者（Art. 9(2)）</translation>
    </message>
    <message>
        <source>Exporter or notifier</source>
        <translation>輸出者又は通告者</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Finalize the inspection before opening a case from it.</source>
        <translation>案件を開始する前に、検査を確定してください。</translation>
    </message>
    <message>
        <source>Finalized records are never deleted; withdraw it with a reason instead.</source>
        <translation>確定済みの記録は削除できません。代わりに理由を付けて取り下げてください。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>For the customs post</source>
        <translation>税関官署用</translation>
    </message>
    <message>
        <source>Form for reporting a confirmed case of illegal traffic (draft)</source>
        <translation>確認された不法取引事案の報告様式（暫定版）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>輸出国</translation>
    </message>
    <message>
        <source>Functionality test certificates</source>
        <translation>機能試験証明書</translation>
    </message>
    <message>
        <source>Generated {time} ({zone}) by {officer}</source>
        <translation>{time}（{zone}）に{officer}が作成</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>発生者</translation>
    </message>
    <message>
        <source>Give the currency of the declared value.</source>
        <translation>申告価格の通貨を入力してください。</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>絞り込み条件に名前を付けてください。</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>貨物</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>確認された貨物：</translation>
    </message>
    <message>
        <source>Grounds (Article 9(1))</source>
        <translation>該当事由（Article 9(1)）</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>H codes (Annex III)</source>
        <translation>Hコード（附属書III）</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>HSコード</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>ハンドブックの引用</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>ハッシュ</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>留め置き</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>終結の経緯</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>案件の終結の経緯</translation>
    </message>
    <message>
        <source>Illegal traffic form (draft)</source>
        <translation>不法取引報告様式（暫定版）</translation>
    </message>
    <message>
        <source>Illegal traffic reporting form (draft)</source>
        <translation>不法取引報告様式（暫定版）</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>輸入者／荷受人</translation>
    </message>
    <message>
        <source>Importer or consignee</source>
        <translation>輸入者又は荷受人</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>輸入者又は処分者（Art. 9(3)）</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>内陸水路</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>検査日時</translation>
    </message>
    <message>
        <source>Inspecting officer</source>
        <translation>検査担当職員</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Inspection reference</source>
        <translation>検査の参照番号</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>検査報告書</translation>
    </message>
    <message>
        <source>Inspection type</source>
        <translation>検査の種類</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Inspections by month</source>
        <translation>月別の検査件数</translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation>処理結果別の検査件数</translation>
    </message>
    <message>
        <source>Inspections without a weight</source>
        <translation>重量の記録がない検査</translation>
    </message>
    <message>
        <source>Install the newer version of Customs Desk. The database was not changed.</source>
        <translation>Customs Desk の新しいバージョンをインストールしてください。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>処分予定施設</translation>
    </message>
    <message>
        <source>Invoice or contract</source>
        <translation>インボイス又は契約書</translation>
    </message>
    <message>
        <source>Later revisions build on the version here; keep it, and ask the post to correct the record.</source>
        <translation>以降の版はこの端末の版を基にしています。この端末の版を維持し、官署に記録の訂正を依頼してください。</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法的根拠</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>輸送手段</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>移動書類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name at least one officer.</source>
        <translation>職員を1人以上入力してください。</translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation>通報した当局の名称を入力してください。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>National case reference</source>
        <translation>国内の案件参照番号</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>まだどの当局にも通報していません。</translation>
    </message>
    <message>
        <source>No case {key}.</source>
        <translation>案件 {key} はありません。</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>進行中の期限はありません。</translation>
    </message>
    <message>
        <source>No codes recorded.</source>
        <translation>コードは記録されていません。</translation>
    </message>
    <message>
        <source>No conflict #{id}.</source>
        <translation>競合 #{id} はありません。</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>データがありません。</translation>
    </message>
    <message>
        <source>No decision aid '{id}'.</source>
        <translation>判断支援「{id}」はありません。</translation>
    </message>
    <message>
        <source>No decision aid was run for this record.</source>
        <translation>この記録では判断支援は実行されていません。</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>経過記録はありません。</translation>
    </message>
    <message>
        <source>No goods lines recorded.</source>
        <translation>品目行は記録されていません。</translation>
    </message>
    <message>
        <source>No ground recorded yet.</source>
        <translation>該当事由はまだ記録されていません。</translation>
    </message>
    <message>
        <source>No handbook '{id}' in the library.</source>
        <translation>ライブラリにハンドブック「{id}」はありません。</translation>
    </message>
    <message>
        <source>No imported records package {id}.</source>
        <translation>取り込まれた記録パッケージ {id} はありません。</translation>
    </message>
    <message>
        <source>No inspection matches.</source>
        <translation>該当する検査はありません。</translation>
    </message>
    <message>
        <source>No inspection {key}.</source>
        <translation>検査 {key} はありません。</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>当事者は記録されていません。</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>{path} への書き込み権限がありません。</translation>
    </message>
    <message>
        <source>No photos or documents attached.</source>
        <translation>写真や書類は添付されていません。</translation>
    </message>
    <message>
        <source>No recipient key is trusted yet; trust the secretariat's key (or the post's) first.</source>
        <translation>信頼している受信者の鍵がまだありません。先に事務局（又は官署）の鍵を信頼してください。</translation>
    </message>
    <message>
        <source>No reference codes are loaded.</source>
        <translation>参照コードが読み込まれていません。</translation>
    </message>
    <message>
        <source>No section '{section}' in {id}.</source>
        <translation>{id} にセクション「{section}」はありません。</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>該当する添付ファイルはありません。</translation>
    </message>
    <message>
        <source>No such decision aid result.</source>
        <translation>該当する判断支援の結果はありません。</translation>
    </message>
    <message>
        <source>No such party.</source>
        <translation>該当する当事者はいません。</translation>
    </message>
    <message>
        <source>No such post.</source>
        <translation>該当する官署はありません。</translation>
    </message>
    <message>
        <source>No such risk indicator.</source>
        <translation>該当するリスク指標はありません。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>該当するユーザーはいません。</translation>
    </message>
    <message>
        <source>No trusted key for: {posts}.</source>
        <translation>信頼している鍵がありません：{posts}。</translation>
    </message>
    <message>
        <source>No trusted key matches '{selector}'.</source>
        <translation>「{selector}」に一致する信頼済みの鍵はありません。</translation>
    </message>
    <message>
        <source>No user with badge number {badge}.</source>
        <translation>職員番号 {badge} のユーザーはいません。</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>チェックされた項目はありません。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>違法性なし（終結）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a drive you can write to.</source>
        <translation>何も変更されていません。書き込み可能なドライブを選んでください。</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>何も変更されていません。--data-dir で別のデータフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another folder or ask IT for access.</source>
        <translation>何も変更されていません。別のフォルダーを選ぶか、IT担当者にアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or choose another drive, then try again.</source>
        <translation>何も変更されていません。空き容量を確保するか別のドライブを選んでから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database.</source>
        <translation>何も変更されていません。空のデータベースを使用してください。</translation>
    </message>
    <message>
        <source>Nothing was deleted or changed.</source>
        <translation>何も削除・変更されていません。</translation>
    </message>
    <message>
        <source>Nothing was deleted. Restore the latest copy from the backups folder, or ask the secretariat for help (the damaged file is kept for recovery).</source>
        <translation>何も削除されていません。バックアップフォルダーから最新のコピーを復元するか、事務局に支援を依頼してください（破損したファイルは復旧用に保存されています）。</translation>
    </message>
    <message>
        <source>Notice of detention</source>
        <translation>留置通知書</translation>
    </message>
    <message>
        <source>Notice of seizure</source>
        <translation>差押え通知書</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>通告番号</translation>
    </message>
    <message>
        <source>Notifications to competent authorities</source>
        <translation>権限のある当局への通報</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>通報日</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {deadline}).</source>
        <translation>期限超過 {n}日（期限 {deadline}）。</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>担当職員：</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Only finalized records are corrected; save the draft instead.</source>
        <translation>訂正できるのは確定済みの記録だけです。下書きの場合は、下書きを保存してください。</translation>
    </message>
    <message>
        <source>Only finalized records can be withdrawn; delete a draft instead.</source>
        <translation>取り下げられるのは確定済みの記録だけです。下書きの場合は、削除してください。</translation>
    </message>
    <message>
        <source>Only secretariat staff can create secretariat accounts.</source>
        <translation>事務局のアカウントを作成できるのは、事務局の職員だけです。</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} events are printed.</source>
        <translation>経過記録 {total}件のうち、最初の{n}件だけを印刷しています。</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} records are printed; narrow the period or the filter to print the others.</source>
        <translation>記録 {total}件のうち、最初の{n}件だけを印刷しています。残りを印刷するには、期間又は絞り込み条件を狭めてください。</translation>
    </message>
    <message>
        <source>Only the officer who created this record, or a supervisor, can change it.</source>
        <translation>この記録を変更できるのは、記録を作成した職員又は監督者だけです。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Opened from inspection</source>
        <translation>開始元の検査</translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation>その他の添付ファイル</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>その他の書類</translation>
    </message>
    <message>
        <source>Our reference:</source>
        <translation>当方参照番号：</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>処理結果</translation>
    </message>
    <message>
        <source>Packaging, containers</source>
        <translation>包装、容器</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{n}／{total}ページ</translation>
    </message>
    <message>
        <source>Paper size {paper} is not known; use A4 or Letter.</source>
        <translation>用紙サイズ {paper} は不明です。A4 又は Letter を使用してください。</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Party (country)</source>
        <translation>当事者（国）</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>処理方法</translation>
    </message>
    <message>
        <source>Penalties imposed, proceedings started</source>
        <translation>科された罰則、開始された手続</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Period agreed by the States</source>
        <translation>関係国が合意した期限</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>写真と添付ファイル</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>現物検査</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>個数</translation>
    </message>
    <message>
        <source>Pieces declared / found</source>
        <translation>個数（申告／確認）</translation>
    </message>
    <message>
        <source>Place of detection</source>
        <translation>発見場所</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>陸揚港</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>船積港</translation>
    </message>
    <message>
        <source>Port or point of entry</source>
        <translation>入国港又は入国地点</translation>
    </message>
    <message>
        <source>Port or point of exit</source>
        <translation>出国港又は出国地点</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>官署</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>郵便・急送</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>鉄道</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記録件数</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>集計対象の記録</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>権限のある当局へ回付</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>搬入拒否</translation>
    </message>
    <message>
        <source>Register of inspections</source>
        <translation>検査台帳</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>許可・搬出</translation>
    </message>
    <message>
        <source>Reporting authority</source>
        <translation>報告機関</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>責任</translation>
    </message>
    <message>
        <source>Restore it from a backup; without it this post cannot sign packages.</source>
        <translation>バックアップから復元してください。鍵がないと、この官署はパッケージに署名できません。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返送</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>返送又は処分済み</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版の履歴</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>リスク指標</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>見本採取</translation>
    </message>
    <message>
        <source>Say why the finalized record is corrected.</source>
        <translation>確定済みの記録を訂正する理由を入力してください。</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>鍵を失効させる理由を入力してください。</translation>
    </message>
    <message>
        <source>Say why the record is withdrawn.</source>
        <translation>記録を取り下げる理由を入力してください。</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海上</translation>
    </message>
    <message>
        <source>Secretariat summary</source>
        <translation>事務局向け集計</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>差押え</translation>
    </message>
    <message>
        <source>Send the documents that show the shipment is lawful: notification and written consent of the States concerned, the movement document, the contract, and for used equipment the functionality test records.</source>
        <translation>貨物が適法であることを示す書類を提出してください：関係国への通告と関係国の書面による同意、移動書類、契約書、中古機器の場合は機能試験の記録。</translation>
    </message>
    <message>
        <source>Share of tonnes</source>
        <translation>トン数の割合</translation>
    </message>
    <message>
        <source>Sign in to keep bookmarks and notes.</source>
        <translation>ブックマークとメモを保存するには、ログインしてください。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>印</translation>
    </message>
    <message>
        <source>State informed on</source>
        <translation>国への通報日</translation>
    </message>
    <message>
        <source>State of export</source>
        <translation>輸出国</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>輸入国</translation>
    </message>
    <message>
        <source>State on {day}</source>
        <translation>{day}時点の状況</translation>
    </message>
    <message>
        <source>States of transit</source>
        <translation>通過国</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>案件の状況</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Summary of inspections</source>
        <translation>検査の集計</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>疑いあり</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: This measure is taken under the law of {country} [cite the legal provisions implementing the Basel Convention and the customs powers used].</source>
        <translation>官署で修正する文言：この措置は {country} の法律に基づいて行われます［バーゼル条約を実施する法令の規定と、行使した税関の権限を記載してください］。</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or appeal, who bears storage and return costs, and the consequences if nothing is done.</source>
        <translation>官署で修正する文言：回答期限、再調査又は不服申立ての方法、保管費用と返送費用の負担者、対応がない場合の結果。</translation>
    </message>
    <message>
        <source>TO COMPLETE: place of storage and how the goods may be inspected.</source>
        <translation>要記入：保管場所と、貨物を確認できる方法。</translation>
    </message>
    <message>
        <source>TO COMPLETE: telephone, e-mail and office hours.</source>
        <translation>要記入：電話番号、電子メール、受付時間。</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>輸出国による引取り</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>引取り又は処分</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>引取り要請済み</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>電話、電子メール</translation>
    </message>
    <message>
        <source>The clock starts when the State is informed; enter that date.</source>
        <translation>期限は国が通報を受けた時点から始まります。その日付を入力してください。</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; try again.</source>
        <translation>{name} のコピーが元のファイルと一致しません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>現在のパスワードが違います。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>データベースファイル {path} を読み取れません：{reason}。</translation>
    </message>
    <message>
        <source>The database file{where} is damaged or is not a Customs Desk database.</source>
        <translation>データベースファイル{where}は破損しているか、Customs Desk のデータベースではありません。</translation>
    </message>
    <message>
        <source>The database {where} has tables but was not made by Customs Desk.</source>
        <translation>データベース {where} にはテーブルがありますが、Customs Desk で作成されたものではありません。</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Customs Desk (schema {revision}); this version ({version}) knows schemas up to {head}.</source>
        <translation>データベース {where} は Customs Desk の新しいバージョン（スキーマ {revision}）で書き込まれています。このバージョン（{version}）が扱えるスキーマは {head} までです。</translation>
    </message>
    <message>
        <source>The database{where} cannot be opened or read.</source>
        <translation>データベース{where}を開けないか、読み取れません。</translation>
    </message>
    <message>
        <source>The database{where} is locked by another program.</source>
        <translation>データベース{where}は別のプログラムによってロックされています。</translation>
    </message>
    <message>
        <source>The database{where} is on a read-only drive or folder.</source>
        <translation>データベース{where}は読み取り専用のドライブ又はフォルダーにあります。</translation>
    </message>
    <message>
        <source>The date the State was informed is in the future.</source>
        <translation>国が通報を受けた日付が未来の日付になっています。</translation>
    </message>
    <message>
        <source>The decision aid has no rule for these answers.</source>
        <translation>この判断支援には、これらの回答に対応する規則がありません。</translation>
    </message>
    <message>
        <source>The disk holding the database{where} is full.</source>
        <translation>データベース{where}があるディスクの空き容量がありません。</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}.</source>
        <translation>{path} の書き込み中にディスクの空き容量がなくなりました。</translation>
    </message>
    <message>
        <source>The drive holding {path} is read-only.</source>
        <translation>{path} があるドライブは読み取り専用です。</translation>
    </message>
    <message>
        <source>The file is too large ({mb:.0f} MB) to include.</source>
        <translation>ファイルが大きすぎるため（{mb:.0f} MB）、含めることができません。</translation>
    </message>
    <message>
        <source>The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.</source>
        <translation>伝えられたフィンガープリント（{given}）は鍵ファイル（{actual}）と一致しません。このファイルを信頼しないでください。</translation>
    </message>
    <message>
        <source>The goods described below were {verb} by {agency} at {post} on {day}, after an inspection (reference {reference}). They are held to verify whether the shipment is a transboundary movement of hazardous or other wastes controlled under the Basel Convention, and whether the documents it requires were in order.</source>
        <translation>下記の貨物については、{day}、{post}において行われた検査（参照番号 {reference}）の後、{agency}により{verb}の措置がとられました。貨物は、当該貨物がバーゼル条約の規制対象である有害廃棄物又は他の廃棄物の国境を越える移動に当たるかどうか、また同条約が求める書類が整っていたかどうかを確認するために留め置かれています。</translation>
    </message>
    <message>
        <source>The handbook '{id}' cannot be opened: {problem}</source>
        <translation>ハンドブック「{id}」を開けません：{problem}</translation>
    </message>
    <message>
        <source>The handbook in {folder} cannot be read: {first}</source>
        <translation>{folder} のハンドブックを読み取れません：{first}</translation>
    </message>
    <message>
        <source>The image is too large ({mp:.0f} megapixels) to include.</source>
        <translation>画像が大きすぎるため（{mp:.0f} メガピクセル）、含めることができません。</translation>
    </message>
    <message>
        <source>The image is too large to include.</source>
        <translation>画像が大きすぎるため、含めることができません。</translation>
    </message>
    <message>
        <source>The importer or consignee is not recorded: write the addressee by hand.</source>
        <translation>輸入者又は荷受人が記録されていません：宛先を手書きで記入してください。</translation>
    </message>
    <message>
        <source>The inspection date is before the Basel Convention existed.</source>
        <translation>検査日がバーゼル条約の発効前になっています。</translation>
    </message>
    <message>
        <source>The inspection date is in the future.</source>
        <translation>検査日が未来の日付になっています。</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {error}.</source>
        <translation>鍵ファイル {path} は破損しています：{error}。</translation>
    </message>
    <message>
        <source>The key of post {post} is not trusted any more.</source>
        <translation>官署 {post} の鍵はもう信頼されていません。</translation>
    </message>
    <message>
        <source>The last change was not saved. Free some space and try again.</source>
        <translation>最後の変更は保存されませんでした。空き容量を確保して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation>当事者の名称がありません。</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>期間の終了日（{to}）が開始日（{start}）より前になっています。</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems.</source>
        <translation>記録はまだ確定できません：問題が{n}件あります。</translation>
    </message>
    <message>
        <source>The record's outcome is '{outcome}': check that a notice is needed before sending it.</source>
        <translation>この記録の処理結果は「{outcome}」です。送付する前に、通知書が必要かどうか確認してください。</translation>
    </message>
    <message>
        <source>The reference code data is invalid: {problems}</source>
        <translation>参照コードのデータが無効です：{problems}</translation>
    </message>
    <message>
        <source>The stored file cannot be read: {error}.</source>
        <translation>保存されたファイルを読み取れません：{error}。</translation>
    </message>
    <message>
        <source>The stored file is missing; the photo cannot be shown.</source>
        <translation>保存されたファイルが見つからないため、写真を表示できません。</translation>
    </message>
    <message>
        <source>The stored file is not a readable image.</source>
        <translation>保存されたファイルは読み取り可能な画像ではありません。</translation>
    </message>
    <message>
        <source>The update cannot be made: {problems}</source>
        <translation>更新を作成できません：{problems}</translation>
    </message>
    <message>
        <source>The upgrade would break {n} references; it was rolled back and the database is unchanged.</source>
        <translation>アップグレードを行うと{n}件の参照が壊れるため、ロールバックしました。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>The weight found differs from the declared weight by {p:.0%}.</source>
        <translation>実測重量が申告重量と {p:.0%} 異なります。</translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation>この職員番号は既に登録されています。</translation>
    </message>
    <message>
        <source>This case belongs to another post; it can be read here but not changed.</source>
        <translation>この案件は他の官署のものです。ここでは閲覧のみ可能で、変更はできません。</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>この競合は既に解決されています。</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet.</source>
        <translation>このデータフォルダーはまだ設定されていません。</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet; run the first-run wizard.</source>
        <translation>このデータフォルダーはまだ設定されていません。初回設定ウィザードを実行してください。</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>このデータフォルダーは既に設定されています。</translation>
    </message>
    <message>
        <source>This decision aid is already finished.</source>
        <translation>この判断支援は既に終了しています。</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>この項目はここでは変更できません。</translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL ({error}). Install the 'postgres' extra (pip install customs-desk[postgres]) or use the embedded database.</source>
        <translation>この環境から PostgreSQL に接続できません（{error}）。'postgres' 追加パッケージをインストールする（pip install customs-desk[postgres]）か、組み込みデータベースを使用してください。</translation>
    </message>
    <message>
        <source>This is this installation's own key.</source>
        <translation>これはこの端末自身の鍵です。</translation>
    </message>
    <message>
        <source>This key was revoked on {day} ({reason}); it cannot be trusted again.</source>
        <translation>この鍵は{day}に失効しています（{reason}）。再び信頼することはできません。</translation>
    </message>
    <message>
        <source>This note does not exist.</source>
        <translation>このメモは存在しません。</translation>
    </message>
    <message>
        <source>This record belongs to another post; it can be read here but not changed.</source>
        <translation>この記録は他の官署のものです。ここでは閲覧のみ可能で、変更はできません。</translation>
    </message>
    <message>
        <source>This record has {n} goods lines; lines {first} to {n} are not printed (see the record in Customs Desk). The total below counts every line.</source>
        <translation>この記録には品目行が{n}行あります。{first}行目から{n}行目は印刷されていません（Customs Desk で記録を確認してください）。下の合計はすべての行を集計しています。</translation>
    </message>
    <message>
        <source>This record is already finalized.</source>
        <translation>この記録は既に確定しています。</translation>
    </message>
    <message>
        <source>This record is finalized; use Correct to change it.</source>
        <translation>この記録は確定済みです。変更するには「訂正」を使用してください。</translation>
    </message>
    <message>
        <source>This result already belongs to another inspection.</source>
        <translation>この結果は既に別の検査に属しています。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経過記録</translation>
    </message>
    <message>
        <source>Title (reference tables)</source>
        <translation>名称（参照表）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>トン</translation>
    </message>
    <message>
        <source>Tonnes by country of export</source>
        <translation>輸出国別トン数</translation>
    </message>
    <message>
        <source>Tonnes by waste stream</source>
        <translation>廃棄物の種類別トン数</translation>
    </message>
    <message>
        <source>Tonnes found</source>
        <translation>確認トン数</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>パスワードの誤りが多すぎます。{seconds}秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Total ({n} lines)</source>
        <translation>合計（{n}行）</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>通過国</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>輸送手段</translation>
    </message>
    <message>
        <source>Transshipment ports</source>
        <translation>積替港</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>UN</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>国連番号</translation>
    </message>
    <message>
        <source>UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).</source>
        <translation>UN{n:04d} は国連番号の範囲（UN0001～UN3599）外です。</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Unknown profile '{profile}'; use full or non-nominal.</source>
        <translation>不明なプロファイル「{profile}」です。full 又は non-nominal を指定してください。</translation>
    </message>
    <message>
        <source>Use 0 (never) to 1440 minutes.</source>
        <translation>0（しない）～1440分の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Use a data folder you can write to (--data-dir).</source>
        <translation>書き込み可能なデータフォルダーを使用してください（--data-dir）。</translation>
    </message>
    <message>
        <source>Use a date (YYYY-MM-DD).</source>
        <translation>日付（YYYY-MM-DD）を入力してください。</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>{n}文字以上にしてください。</translation>
    </message>
    <message>
        <source>Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, then up to two parts after hyphens).</source>
        <translation>英大文字と数字を使用してください。例：SGP-TUAS、VN-HPH-01（2～8文字の後に、ハイフンで区切って2つまで追加できます）。</translation>
    </message>
    <message>
        <source>Use letters, digits, '.', '/' or '-' (up to 40 characters).</source>
        <translation>英字、数字、「.」「/」「-」を使用してください（40文字以内）。</translation>
    </message>
    <message>
        <source>Vessel, voyage, vehicle or flight</source>
        <translation>船名、航海番号、車両又は便名</translation>
    </message>
    <message>
        <source>WARNING: the stored file does not match the SHA-256 recorded at capture; it was changed or damaged.</source>
        <translation>警告：保存されたファイルが、取得時に記録された SHA-256 と一致しません。変更されたか、破損しています。</translation>
    </message>
    <message>
        <source>WITHDRAWN: this record was withdrawn; it is printed for reference only.</source>
        <translation>取下げ済み：この記録は取り下げられています。参考のためにのみ印刷しています。</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>廃棄物の種類</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Weight declared / found</source>
        <translation>重量（申告／実測）</translation>
    </message>
    <message>
        <source>Weight found</source>
        <translation>実測重量</translation>
    </message>
    <message>
        <source>Weights are the weights found at inspection; inspections without a weight are counted but add nothing to the tonnes. Withdrawn records and drafts are not counted.</source>
        <translation>重量は検査時の実測重量です。重量の記録がない検査は件数に含まれますが、トン数には加算されません。取り下げられた記録と下書きは集計しません。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>留め置いた貨物</translation>
    </message>
    <message>
        <source>What you may do</source>
        <translation>取ることができる対応</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Where the goods are</source>
        <translation>貨物の所在</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>先にメモを入力してください。</translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation>職員番号又はパスワードが違います。</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>X線検査・スキャン</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Y codes (Annex I / II)</source>
        <translation>Yコード（附属書I／II）</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>自分のアカウントは無効にできません。</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>申告番号：</translation>
    </message>
    <message>
        <source>[country]</source>
        <translation>［国名］</translation>
    </message>
    <message>
        <source>[text in a script not supported: {scripts}]</source>
        <translation>［対応していない文字体系のテキスト：{scripts}］</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>［要記入］</translation>
    </message>
    <message>
        <source>all but withdrawn</source>
        <translation>取下げ以外すべて</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>finalized inspections</source>
        <translation>確定済みの検査</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>便名</translation>
    </message>
    <message>
        <source>held</source>
        <translation>留め置き</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未提出</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>not shown: more than {n} photos</source>
        <translation>非表示：写真が{n}枚を超えています</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>提示済み</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>シール</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>差押え</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>vessel</source>
        <translation>船名</translation>
    </message>
    <message>
        <source>voyage</source>
        <translation>航海番号</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <source>{authority} ({country}) notified on {day}.</source>
        <translation>{day}に{authority}（{country}）へ通報しました。</translation>
    </message>
    <message>
        <source>{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}</source>
        <translation>{code} は {start} から適用されます（{decision}）。{day} には存在しませんでした。{advice}</translation>
    </message>
    <message>
        <source>{code} exists in {edition}, the edition in force on {day}.</source>
        <translation>{code} は、{day} 時点で効力のある版である {edition} に存在します。</translation>
    </message>
    <message>
        <source>{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.</source>
        <translation>{code} はHSコードとして正しい形式ですが、参照表にある廃棄物の項ではありません。</translation>
    </message>
    <message>
        <source>{code} is not a Basel code in the reference tables.{hint}</source>
        <translation>{code} は参照表にあるバーゼル条約コードではありません。{hint}</translation>
    </message>
    <message>
        <source>{code} is not a Y code valid on {day}.</source>
        <translation>{code} は {day} 時点で有効なYコードではありません。</translation>
    </message>
    <message>
        <source>{code} is not an Annex III H code (H1 to H13).</source>
        <translation>{code} は附属書III のHコード（H1～H13）ではありません。</translation>
    </message>
    <message>
        <source>{code} is not in the reference tables.</source>
        <translation>{code} は参照表にありません。</translation>
    </message>
    <message>
        <source>{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}</source>
        <translation>{code} は、{day} 時点で効力のある版である {edition} にはありません。{other} には存在します。{advice}</translation>
    </message>
    <message>
        <source>{code} is valid on {day}.</source>
        <translation>{code} は {day} 時点で有効です。</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}.</source>
        <translation>{code} は {end} に削除されました。</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}; consider {codes}.</source>
        <translation>{code} は {end} に削除されました。{codes} を検討してください。</translation>
    </message>
    <message>
        <source>{code} was replaced by {new} on {end}.</source>
        <translation>{code} は {end} に {new} に置き換えられました。</translation>
    </message>
    <message>
        <source>{label} · {status} · revision {revision}</source>
        <translation>{label} · {status} · 第{revision}版</translation>
    </message>
    <message>
        <source>{name} ({role}) is not allowed to {action}.</source>
        <translation>{name}（{role}）には「{action}」の権限がありません。</translation>
    </message>
    <message>
        <source>{name} acknowledges a package this post did not make.</source>
        <translation>{name} は、この官署が作成していないパッケージに対する受領証です。</translation>
    </message>
    <message>
        <source>{name} cannot be decrypted with this installation's key.</source>
        <translation>{name} をこの端末の鍵で復号できません。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} を読み取れません：{error}</translation>
    </message>
    <message>
        <source>{name} contains a member with a forbidden name ({member}).</source>
        <translation>{name} に、使用できない名前の内部ファイルが含まれています（{member}）。</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} は存在しません。</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>{name} のヘッダーが破損しています。</translation>
    </message>
    <message>
        <source>{name} has no manifest.</source>
        <translation>{name} にファイル一覧（manifest）がありません。</translation>
    </message>
    <message>
        <source>{name} has too many members.</source>
        <translation>{name} に含まれる内部ファイルが多すぎます。</translation>
    </message>
    <message>
        <source>{name} is a {kind} package, not a {expected} package.</source>
        <translation>{name} は{kind}パッケージであり、{expected}パッケージではありません。</translation>
    </message>
    <message>
        <source>{name} is cut short (incomplete copy?).</source>
        <translation>{name} は途中で切れています（コピーが完了していない可能性があります）。</translation>
    </message>
    <message>
        <source>{name} is damaged (it does not decrypt).</source>
        <translation>{name} は破損しています（復号できません）。</translation>
    </message>
    <message>
        <source>{name} is damaged or was changed after it was signed (the signature does not match).</source>
        <translation>{name} は破損しているか、署名後に変更されています（署名が一致しません）。</translation>
    </message>
    <message>
        <source>{name} is dated in the future ({created}); check the clocks of both computers.</source>
        <translation>{name} の日付が未来になっています（{created}）。両方のコンピューターの時計を確認してください。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} は空です。</translation>
    </message>
    <message>
        <source>{name} is encrypted for {names}, not for this installation.</source>
        <translation>{name} はこの端末向けではなく、{names} 向けに暗号化されています。</translation>
    </message>
    <message>
        <source>{name} is larger than the {gb} GB a package may hold; it was not opened.</source>
        <translation>{name} はパッケージの上限 {gb} GB を超えているため、開きませんでした。</translation>
    </message>
    <message>
        <source>{name} is not a Customs Desk package.</source>
        <translation>{name} は Customs Desk のパッケージではありません。</translation>
    </message>
    <message>
        <source>{name} is not a readable image.</source>
        <translation>{name} は読み取り可能な画像ではありません。</translation>
    </message>
    <message>
        <source>{name} is not a valid receipt.</source>
        <translation>{name} は有効な受領証ではありません。</translation>
    </message>
    <message>
        <source>{name} is not from the secretariat.</source>
        <translation>{name} は事務局からのものではありません。</translation>
    </message>
    <message>
        <source>{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender's key first.</source>
        <translation>{name} は、この端末が信頼していない鍵（{sender}）で署名されています。先に送信者の鍵を照合して信頼してください。</translation>
    </message>
    <message>
        <source>{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).</source>
        <translation>{name} は失効した鍵で署名されています（{post}、{day}に失効：{reason}）。</translation>
    </message>
    <message>
        <source>{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.</source>
        <translation>{name} は事務局ではなく {post} が署名しています。更新は事務局からのみ届きます。</translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.</source>
        <translation>{name} は {mb:.1f} MB です。1ファイルの上限は {limit} MB です。カメラ又はスマートフォンで写真のサイズを小さくしてください。</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Customs Desk (package format {version}); install the newer version to read it.</source>
        <translation>{name} は Customs Desk の新しいバージョンで作成されています（パッケージ形式 {version}）。読み取るには、新しいバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>{name} would expand to more than {gb} GB.</source>
        <translation>{name} は展開すると {gb} GB を超えます。</translation>
    </message>
    <message>
        <source>{name}: alert '{title}' is invalid: {reason}</source>
        <translation>{name}：アラート「{title}」が無効です：{reason}</translation>
    </message>
    <message>
        <source>{name}: alerts.json is damaged.</source>
        <translation>{name}：alerts.json が破損しています。</translation>
    </message>
    <message>
        <source>{name}: an alert has no id.</source>
        <translation>{name}：ID のないアラートがあります。</translation>
    </message>
    <message>
        <source>{name}: attachment {member} does not match its name.</source>
        <translation>{name}：添付ファイル {member} の内容が名前と一致しません。</translation>
    </message>
    <message>
        <source>{name}: handbook {book} is invalid: {problem}</source>
        <translation>{name}：ハンドブック {book} が無効です：{problem}</translation>
    </message>
    <message>
        <source>{name}: member {member} does not match its hash in the manifest.</source>
        <translation>{name}：内部ファイル {member} が、ファイル一覧に記載されたハッシュと一致しません。</translation>
    </message>
    <message>
        <source>{name}: member {member} expands suspiciously (a decompression bomb?).</source>
        <translation>{name}：内部ファイル {member} は展開後のサイズが不自然に大きくなります（解凍爆弾の可能性があります）。</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large ({mb} MB).</source>
        <translation>{name}：内部ファイル {member} が大きすぎます（{mb} MB）。</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large.</source>
        <translation>{name}：内部ファイル {member} が大きすぎます。</translation>
    </message>
    <message>
        <source>{name}: members missing ({missing}) or not in the manifest ({extra}).</source>
        <translation>{name}：内部ファイルが不足しているか（{missing}）、ファイル一覧にないファイルがあります（{extra}）。</translation>
    </message>
    <message>
        <source>{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.</source>
        <translation>{name}：添付できるのは写真（JPEG、PNG、TIFF、WebP）、PDF、テキストファイルだけです。</translation>
    </message>
    <message>
        <source>{name}: revision {revision} of {record} has no parent hash.</source>
        <translation>{name}：{record} の第{revision}版に、前の版のハッシュがありません。</translation>
    </message>
    <message>
        <source>{name}: the audit events do not end where the manifest says.</source>
        <translation>{name}：監査イベントの末尾が、ファイル一覧の記載と一致しません。</translation>
    </message>
    <message>
        <source>{name}: the content is damaged ({error}).</source>
        <translation>{name}：内容が破損しています（{error}）。</translation>
    </message>
    <message>
        <source>{name}: the manifest does not match the signed header.</source>
        <translation>{name}：ファイル一覧が、署名されたヘッダーと一致しません。</translation>
    </message>
    <message>
        <source>{name}: the manifest is damaged.</source>
        <translation>{name}：ファイル一覧が破損しています。</translation>
    </message>
    <message>
        <source>{name}: the manifest lists no members.</source>
        <translation>{name}：ファイル一覧に内部ファイルが記載されていません。</translation>
    </message>
    <message>
        <source>{name}: the reference codes are invalid: {problem}</source>
        <translation>{name}：参照コードが無効です：{problem}</translation>
    </message>
    <message>
        <source>{name}: trust.json is damaged.</source>
        <translation>{name}：trust.json が破損しています。</translation>
    </message>
    <message>
        <source>{name}: {member} is not valid JSON.</source>
        <translation>{name}：{member} は有効な JSON ではありません。</translation>
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
        <translation>{number}：コンテナ番号は11文字（英字4文字と数字7桁）です。例：CSQU3054383。</translation>
    </message>
    <message>
        <source>{number}: the check digit is wrong; for {body} it should be {digit}. Re-read the number on the container door.</source>
        <translation>{number}：チェックデジットが正しくありません。{body} の場合は {digit} になるはずです。コンテナの扉に表示された番号をもう一度読み取ってください。</translation>
    </message>
    <message>
        <source>{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits (e.g. CSQU3054383).</source>
        <translation>{number}：所有者コード3文字、区分記号 U、J 又は Z、続いて数字7桁を使用してください（例：CSQU3054383）。</translation>
    </message>
    <message>
        <source>{n} days left (deadline {deadline}).</source>
        <translation>残り{n}日（期限 {deadline}）。</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n}件</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} は既に存在します。上書きはしていません。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} は存在しません。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} はフォルダーであり、データベースファイルではありません。</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not one made by Customs Desk.</source>
        <translation>{path} は SQLite データベースですが、Customs Desk で作成されたものではありません。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} はファイルではありません。</translation>
    </message>
    <message>
        <source>{path} is not a folder (is the USB stick plugged in?).</source>
        <translation>{path} はフォルダーではありません（USBメモリは差し込まれていますか？）。</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} はフォルダーではありません。</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file: {error}</source>
        <translation>{path} は読み取り可能な JSON ファイルではありません：{error}</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: unknown kind.</source>
        <translation>{path} は有効な Customs Desk の鍵ファイルではありません：種類が不明です。</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: {error}</source>
        <translation>{path} は有効な Customs Desk の鍵ファイルではありません：{error}</translation>
    </message>
    <message>
        <source>{path} is not a valid inspection ({n} problems); nothing was saved.</source>
        <translation>{path} は有効な検査ではありません（問題 {n}件）。何も保存されていません。</translation>
    </message>
    <message>
        <source>{path} must contain one JSON object (one inspection).</source>
        <translation>{path} には JSON オブジェクトを1つ（検査1件）だけ含める必要があります。</translation>
    </message>
    <message>
        <source>{path} must hold {{"alerts": [...], "withdraw": [...]}}.</source>
        <translation>{path} には {{"alerts": [...], "withdraw": [...]}} を含める必要があります。</translation>
    </message>
    <message>
        <source>{value} is valid.</source>
        <translation>{value} は有効です。</translation>
    </message>
    <message>
        <source>… and {n} more lines (listed in the inspection report).</source>
        <translation>…ほか{n}行（検査報告書に記載）。</translation>
    </message>
</context>
<context>
    <name>decision_aids</name>
    <message>
        <source>All checks passed. Release under normal procedures and record what you checked: documents seen, items sampled, packaging and loading, and why any red flag was explained.</source>
        <translation>すべての確認で問題はありませんでした。通常の手続で許可し、確認した内容を記録してください：確認した書類、抽出した品物、梱包と積付け、要注意サインがあった場合はそれが説明された理由。</translation>
    </message>
    <message>
        <source>Are all the conditions of that exemption met, and do the goods look like what the exemption describes?</source>
        <translation>その適用除外の条件をすべて満たし、貨物の外観も適用除外の記載どおりですか？</translation>
    </message>
    <message>
        <source>Are all the reuse documents present and credible: invoice and contract stating direct reuse and full function; a test record for every item with a protocol; the holder's signed declaration that nothing is waste; a transport document matching the invoice?</source>
        <translation>再使用のための書類がすべてそろい、信用できるものですか？（直接再使用と完全に機能することを明記したインボイスと契約書、すべての品物の試験記録と試験記録一覧表、廃棄物を含まないことを述べた保有者の署名入り宣誓書、インボイスと一致する運送書類）</translation>
    </message>
    <message>
        <source>Are they lead-acid batteries (whole or crushed)?</source>
        <translation>鉛蓄電池（そのまま又は破砕したもの）ですか？</translation>
    </message>
    <message>
        <source>Are they unsorted, or do they contain lead, cadmium or mercury (or other Annex I constituents) to a hazardous extent?</source>
        <translation>未分別のものですか。又は、鉛、カドミウム若しくは水銀（又はその他の附属書Iの成分）を有害な程度に含んでいますか？</translation>
    </message>
    <message>
        <source>Art. 9(1)(a): no notification to all States concerned</source>
        <translation>Art. 9(1)(a)：すべての関係国への通告がない</translation>
    </message>
    <message>
        <source>Art. 9(1)(b): no consent of a State concerned</source>
        <translation>Art. 9(1)(b)：関係国の同意がない</translation>
    </message>
    <message>
        <source>Art. 9(1)(c): consent obtained through falsification, misrepresentation or fraud</source>
        <translation>Art. 9(1)(c)：偽造、虚偽の表示又は詐欺により同意が得られた</translation>
    </message>
    <message>
        <source>Art. 9(1)(d): does not conform in a material way with the documents</source>
        <translation>Art. 9(1)(d)：書類と重要な点で一致しない</translation>
    </message>
    <message>
        <source>Art. 9(1)(e): results in deliberate disposal contrary to the Convention</source>
        <translation>Art. 9(1)(e)：条約に違反する故意の処分につながる</translation>
    </message>
    <message>
        <source>Article 9 applies only to wastes covered by the Convention. National law may still apply.</source>
        <translation>第9条は、条約の対象となる廃棄物にのみ適用されます。国内法は引き続き適用される場合があります。</translation>
    </message>
    <message>
        <source>Article 9(1) of the Basel Convention lists five situations in which a transboundary movement is illegal traffic. Answer each question; one shipment can meet more than one ground.</source>
        <translation>バーゼル条約 Article 9(1) は、国境を越える移動が不法取引となる5つの場合を定めています。各質問に回答してください。1つの貨物が複数の事由に当たることもあります。</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>判断できない</translation>
    </message>
    <message>
        <source>Check with the competent authority</source>
        <translation>権限のある当局に確認</translation>
    </message>
    <message>
        <source>Classify the waste first</source>
        <translation>先に廃棄物を分類</translation>
    </message>
    <message>
        <source>Clean, sorted plastic waste for environmentally sound recycling (from 1 January 2021; B3011 replaced B3010). Check contamination carefully and the national rules of the countries concerned.</source>
        <translation>環境上適正なリサイクル向けの、汚れがなく分別された廃プラスチック（2021年1月1日から。B3011 が B3010 に代わりました）。汚染の有無と関係国の国内規則を慎重に確認してください。</translation>
    </message>
    <message>
        <source>Collected from households</source>
        <translation>家庭から収集されたもの</translation>
    </message>
    <message>
        <source>Decide first whether the equipment is waste</source>
        <translation>先に機器が廃棄物かどうかを判断</translation>
    </message>
    <message>
        <source>Did every State concerned give written consent (and is the consent valid for these dates and this quantity)?</source>
        <translation>すべての関係国が書面で同意していますか（その同意は、この期間と数量について有効ですか）？</translation>
    </message>
    <message>
        <source>Do the documents claim an exemption: repair under warranty, failure (root-cause) analysis, or repair or refurbishment under a contract?</source>
        <translation>書類で適用除外が主張されていますか（保証に基づく修理、故障（根本原因）解析、又は契約に基づく修理・再生）？</translation>
    </message>
    <message>
        <source>Do the goods match the papers? Sampled items carry readable test labels that match the protocol; items are complete and undamaged; they are protected by packaging and properly stacked; the far end of the container looks like the door end.</source>
        <translation>貨物は書類と一致していますか？抽出した品物に、試験記録一覧表と一致する判読可能な試験ラベルが付いている。品物は完全で損傷がない。梱包で保護され、適切に積み重ねられている。コンテナの奥も扉付近と同じ状態である。</translation>
    </message>
    <message>
        <source>Does any red flag about the consignee, the route or the declared value remain unexplained, or is there an alert about the shipper, consignee or route?</source>
        <translation>荷受人、経路又は申告価格について、説明のつかない要注意サインが残っていますか。又は、荷送人、荷受人若しくは経路についてアラートがありますか？</translation>
    </message>
    <message>
        <source>Does it contain, or is it contaminated with, hazardous components: CRT glass, list A batteries, mercury switches, lamps or backlights, PCB capacitors, asbestos parts, certain circuit boards or displays, plastics with brominated flame retardants?</source>
        <translation>有害な部品を含むか、又はそれらで汚染されていますか？（ブラウン管ガラス、リストAの電池、水銀スイッチ、ランプ又はバックライト、PCBを含むコンデンサー、石綿を含む部品、特定の基板又はディスプレイ、臭素系難燃剤を含むプラスチック）</translation>
    </message>
    <message>
        <source>Does the movement appear to result in deliberate disposal (for example dumping) contrary to the Convention or international law?</source>
        <translation>移動は、条約又は国際法に違反する故意の処分（例えば投棄）につながると考えられますか？</translation>
    </message>
    <message>
        <source>Does the shipment conform in a material way with the documents (type of waste, codes, quantity, parties, route)?</source>
        <translation>貨物は、書類と重要な点で一致していますか（廃棄物の種類、コード、数量、当事者、経路）？</translation>
    </message>
    <message>
        <source>Find the Basel entry to note as suspected: Annex VIII (list A, presumed hazardous), Annex IX (list B, presumed not hazardous) or Annex II (other wastes, controlled). Suspected codes are not a legal classification; the competent authority decides.</source>
        <translation>疑いとして記録するバーゼル条約の品目を探します：附属書VIII（リストA、有害と推定）、附属書IX（リストB、有害でないと推定）又は附属書II（他の廃棄物、規制対象）。疑われるコードは法的な分類ではありません。判断するのは権限のある当局です。</translation>
    </message>
    <message>
        <source>For a load declared as, or containing, used electrical or electronic equipment. Answer from what you see and the documents presented. The result supports your judgement; it does not replace your national law.</source>
        <translation>中古の電気電子機器として申告された貨物、又はそれを含む貨物が対象です。目で見たことと提示された書類に基づいて回答してください。結果はあなたの判断を支えるものであり、国内法に代わるものではありません。</translation>
    </message>
    <message>
        <source>From these answers the movement does not meet any ground of Article 9(1). Record what you checked.</source>
        <translation>これらの回答からは、移動は Article 9(1) のいずれの事由にも当たりません。確認した内容を記録してください。</translation>
    </message>
    <message>
        <source>Hazardous plastic waste (from 1 January 2021, decision BC-14/12). Prior informed consent is required.</source>
        <translation>有害な廃プラスチック（2021年1月1日から。決定BC-14/12）。事前通告・同意（PIC）が必要です。</translation>
    </message>
    <message>
        <source>Hazardous waste electrical and electronic equipment. A1181 applies from 1 January 2025 (decision BC-15/18); for movements before that date, A1180 applied. Prior informed consent is required. Commonly associated HS heading: 8549 (a hint, not a classification).</source>
        <translation>有害な廃電気電子機器。A1181 は2025年1月1日から適用されます（決定BC-15/18）。それより前の移動には A1180 が適用されていました。事前通告・同意（PIC）が必要です。関連することが多いHSの項：8549（目安であり、分類ではありません）。</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <translation>まだ分からない</translation>
    </message>
    <message>
        <source>If the goods are really not waste, the Basel lists do not apply. Record why you concluded this.</source>
        <translation>貨物が本当に廃棄物でなければ、バーゼル条約の表は適用されません。そう判断した理由を記録してください。</translation>
    </message>
    <message>
        <source>Is it clearly waste already? For example: goods broken, cut up, crushed or stripped; loose circuit boards, cables or fractions; loose used batteries; equipment mixed with scrap or household waste; or documents that say scrap, waste or for recycling.</source>
        <translation>既に明らかに廃棄物ですか？例：品物が壊れている、切断・破砕されている、又は部品を取り外されている。ばらの基板、ケーブル又は選別物。ばらの使用済み電池。機器が金属くず又は家庭ごみと混ざっている。書類に「スクラップ」「廃棄物」「リサイクル用」と書かれている。</translation>
    </message>
    <message>
        <source>Is it going to environmentally sound recycling, almost free from contamination and other wastes, and almost exclusively one non-halogenated polymer, one cured resin, one listed fluorinated polymer, or a PE/PP/PET mixture for separate recycling?</source>
        <translation>環境上適正なリサイクルに向けられ、汚染や他の廃棄物をほとんど含まず、かつ、ほぼ単一の非ハロゲン化ポリマー、単一の硬化樹脂、掲載されている単一のフッ素化ポリマー、又は分別リサイクル用のPE／PP／PETの混合物のみからなるものですか？</translation>
    </message>
    <message>
        <source>Is it plastic waste (including mixtures of plastic waste)?</source>
        <translation>廃プラスチック（廃プラスチックの混合物を含む）ですか？</translation>
    </message>
    <message>
        <source>Is it waste batteries or accumulators?</source>
        <translation>廃電池又は廃蓄電池ですか？</translation>
    </message>
    <message>
        <source>Is it waste electrical or electronic equipment, its components, or fractions from processing it (shredding, dismantling)?</source>
        <translation>廃電気電子機器、その部品、又はその処理（破砕、解体）から生じた選別物ですか？</translation>
    </message>
    <message>
        <source>Is the material waste, that is, going to disposal or recovery rather than being used again as it is?</source>
        <translation>その物は廃棄物ですか？つまり、そのまま再使用されるのではなく、処分又は再生利用に向けられていますか？</translation>
    </message>
    <message>
        <source>Is the plastic contaminated with, or does it contain, Annex I constituents to an extent that gives it an Annex III hazardous characteristic?</source>
        <translation>そのプラスチックは、附属書IIIの有害特性を持つ程度に、附属書Iの成分で汚染されているか、又はそれを含んでいますか？</translation>
    </message>
    <message>
        <source>Is the shipment a waste covered by the Convention (a hazardous waste or one of the other wastes of Annex II)?</source>
        <translation>貨物は条約の対象となる廃棄物（有害廃棄物又は附属書IIの他の廃棄物）ですか？</translation>
    </message>
    <message>
        <source>Is there a sign that consent was obtained by falsification, misrepresentation or fraud (forged permit, invented facility, false description to the authorities)?</source>
        <translation>同意が偽造、虚偽の表示又は詐欺によって得られた兆候がありますか（偽造された許可、架空の施設、当局への虚偽の説明）？</translation>
    </message>
    <message>
        <source>Is this illegal traffic under Article 9?</source>
        <translation>第9条の不法取引に当たるか？</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>どちらでもない</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>No Article 9 ground found</source>
        <translation>第9条の該当事由なし</translation>
    </message>
    <message>
        <source>No ground is established yet, but notification or consent could not be confirmed. Ask the competent authority before release.</source>
        <translation>まだどの事由も確定していませんが、通告又は同意を確認できませんでした。許可する前に権限のある当局に問い合わせてください。</translation>
    </message>
    <message>
        <source>No, one or more is missing or doubtful</source>
        <translation>いいえ。1つ以上が欠けているか、疑わしい</translation>
    </message>
    <message>
        <source>No, or I cannot tell</source>
        <translation>いいえ、又は判断できない</translation>
    </message>
    <message>
        <source>No: sorted, made to a specification, without lead, cadmium or mercury</source>
        <translation>いいえ：分別済みで、仕様に従って製造され、鉛、カドミウム、水銀を含まない</translation>
    </message>
    <message>
        <source>Non-hazardous waste electrical and electronic equipment. Y49 applies from 1 January 2025 (decision BC-15/18) and is subject to prior informed consent. Before that date, non-hazardous e-waste could fall under B1110.</source>
        <translation>有害でない廃電気電子機器。Y49 は2025年1月1日から適用され（決定BC-15/18）、事前通告・同意（PIC）の対象です。それより前は、有害でないE-wasteは B1110 に該当する場合がありました。</translation>
    </message>
    <message>
        <source>None of the common routes fits. Compare the goods with list A and list B, then with Annex I and Annex III, describe them in detail and ask the competent authority.</source>
        <translation>一般的な判断経路のどれにも当てはまりません。貨物をリストA及びリストB、次に附属書I及び附属書IIIと照合し、貨物を詳しく記述して、権限のある当局に問い合わせてください。</translation>
    </message>
    <message>
        <source>Not Basel illegal traffic</source>
        <translation>バーゼル条約上の不法取引ではない</translation>
    </message>
    <message>
        <source>Not sure: it is used electrical equipment</source>
        <translation>よく分からない：中古の電気機器である</translation>
    </message>
    <message>
        <source>Not waste: no Basel entry</source>
        <translation>廃棄物ではない：バーゼル条約の品目なし</translation>
    </message>
    <message>
        <source>Plastic waste that is neither hazardous (A3210) nor clean and sorted (B3011). Y48 applies from 1 January 2021 and requires prior informed consent.</source>
        <translation>有害（A3210）でも、汚れがなく分別されたもの（B3011）でもない廃プラスチック。Y48 は2021年1月1日から適用され、事前通告・同意（PIC）が必要です。</translation>
    </message>
    <message>
        <source>Residues from incinerating household waste</source>
        <translation>家庭廃棄物の焼却から生じた残さ</translation>
    </message>
    <message>
        <source>Residues from the incineration of household wastes. Controlled under the Convention.</source>
        <translation>家庭廃棄物の焼却から生じる残さ。条約の規制対象です。</translation>
    </message>
    <message>
        <source>Run the decision aid "Used EEE or e-waste?" first, then come back here if it is e-waste.</source>
        <translation>先に判断支援「中古機器かE-wasteか？」を実行し、E-wasteであればここに戻ってください。</translation>
    </message>
    <message>
        <source>Run the decision aid "Which list?" and come back to this one.</source>
        <translation>判断支援「どのリストか？」を実行してから、ここに戻ってください。</translation>
    </message>
    <message>
        <source>Suspected A1160 (Annex VIII, list A)</source>
        <translation>A1160 の疑い（附属書VIII、リストA）</translation>
    </message>
    <message>
        <source>Suspected A1170 (Annex VIII, list A)</source>
        <translation>A1170 の疑い（附属書VIII、リストA）</translation>
    </message>
    <message>
        <source>Suspected A1181 (Annex VIII, list A)</source>
        <translation>A1181 の疑い（附属書VIII、リストA）</translation>
    </message>
    <message>
        <source>Suspected A3210 (Annex VIII, list A)</source>
        <translation>A3210 の疑い（附属書VIII、リストA）</translation>
    </message>
    <message>
        <source>Suspected B1090 (Annex IX, list B)</source>
        <translation>B1090 の疑い（附属書IX、リストB）</translation>
    </message>
    <message>
        <source>Suspected B3011 (Annex IX, list B)</source>
        <translation>B3011 の疑い（附属書IX、リストB）</translation>
    </message>
    <message>
        <source>Suspected Y46 (Annex II, other wastes)</source>
        <translation>Y46 の疑い（附属書II、他の廃棄物）</translation>
    </message>
    <message>
        <source>Suspected Y47 (Annex II, other wastes)</source>
        <translation>Y47 の疑い（附属書II、他の廃棄物）</translation>
    </message>
    <message>
        <source>Suspected Y48 (Annex II, other wastes)</source>
        <translation>Y48 の疑い（附属書II、他の廃棄物）</translation>
    </message>
    <message>
        <source>Suspected Y49 (Annex II, other wastes)</source>
        <translation>Y49 の疑い（附属書II、他の廃棄物）</translation>
    </message>
    <message>
        <source>Suspected illegal traffic</source>
        <translation>不法取引の疑い</translation>
    </message>
    <message>
        <source>The answers meet at least one ground of Article 9(1). Hold the goods where your law allows, notify the competent authority and open a case; the take-back clocks start when the State responsible is informed.</source>
        <translation>回答は Article 9(1) の事由の少なくとも1つに当たります。法令で認められる範囲で貨物を留め置き、権限のある当局に通報して、案件を開始してください。引取り期限は、責任のある国が通報を受けた時点から始まります。</translation>
    </message>
    <message>
        <source>The goods already look like waste. Hold them where your law allows and refer the case to the competent authority. Suspected codes: A1181 if hazardous components are present (CRT glass, list A batteries, mercury lamps or switches, PCB capacitors), otherwise Y49; HS heading 8549.</source>
        <translation>貨物は既に廃棄物のように見えます。法令で認められる範囲で貨物を留め置き、案件を権限のある当局に回付してください。疑われるコード：有害な部品（ブラウン管ガラス、リストAの電池、水銀ランプ又は水銀スイッチ、PCBを含むコンデンサー）があれば A1181、なければ Y49。HSの項：8549。</translation>
    </message>
    <message>
        <source>The papers and goods look right, but a red flag remains. Record it, hold the goods and ask the competent authority before release.</source>
        <translation>書類と貨物は問題ないように見えますが、要注意サインが残っています。それを記録し、貨物を留め置いて、許可する前に権限のある当局に問い合わせてください。</translation>
    </message>
    <message>
        <source>To check: whether every State consented</source>
        <translation>要確認：すべての国が同意したか</translation>
    </message>
    <message>
        <source>To check: whether the movement was notified</source>
        <translation>要確認：移動が通告されたか</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer</source>
        <translation>E-wasteの疑いとして扱う：留め置いて回付</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (documents incomplete)</source>
        <translation>E-wasteの疑いとして扱う：留め置いて回付（書類不備）</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (goods do not match the papers)</source>
        <translation>E-wasteの疑いとして扱う：留め置いて回付（貨物が書類と一致しない）</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (unexplained red flags)</source>
        <translation>E-wasteの疑いとして扱う：留め置いて回付（説明のつかない要注意サイン）</translation>
    </message>
    <message>
        <source>Treat as used EEE</source>
        <translation>中古機器として扱う</translation>
    </message>
    <message>
        <source>Unsorted waste batteries, or waste batteries containing Annex I constituents to a hazardous extent. Prior informed consent is required.</source>
        <translation>未分別の廃電池、又は附属書Iの成分を有害な程度に含む廃電池。事前通告・同意（PIC）が必要です。</translation>
    </message>
    <message>
        <source>Use the lists directly and describe the goods</source>
        <translation>表を直接参照し、貨物を記述する</translation>
    </message>
    <message>
        <source>Used EEE or e-waste?</source>
        <translation>中古機器かE-wasteか？</translation>
    </message>
    <message>
        <source>Was it collected from households, or is it residue from incinerating household waste?</source>
        <translation>家庭から収集されたものですか。又は、家庭廃棄物の焼却から生じた残さですか？</translation>
    </message>
    <message>
        <source>Was the movement notified to all States concerned (is there a notification document naming this shipment)?</source>
        <translation>移動はすべての関係国に通告されましたか（この貨物を明記した通告書類がありますか）？</translation>
    </message>
    <message>
        <source>Waste batteries made to a specification, without lead, cadmium or mercury. List B entries are presumed not hazardous, but national rules may still control them; check the country profile.</source>
        <translation>仕様に従って製造され、鉛、カドミウム、水銀を含まない廃電池。リストBの品目は有害でないと推定されますが、国内規則で規制される場合があります。国別情報を確認してください。</translation>
    </message>
    <message>
        <source>Waste collected from households. Controlled under the Convention even when not hazardous.</source>
        <translation>家庭から収集された廃棄物。有害でない場合も条約の規制対象です。</translation>
    </message>
    <message>
        <source>Waste lead-acid batteries, whole or crushed. Prior informed consent is required. Commonly associated HS subheading: 8549.11 (a hint, not a classification).</source>
        <translation>使用済み鉛蓄電池（そのまま又は破砕したもの）。事前通告・同意（PIC）が必要です。関連することが多いHSの号：8549.11（目安であり、分類ではありません）。</translation>
    </message>
    <message>
        <source>What you found does not match the reuse documents. Record the differences with photos, hold the goods and refer the case. A material mismatch with the documents is itself a ground of illegal traffic (Art. 9(1)(d)).</source>
        <translation>確認した内容が再使用のための書類と一致しません。相違点を写真とともに記録し、貨物を留め置いて、案件を回付してください。書類との重要な不一致は、それ自体が不法取引の事由です（Art. 9(1)(d)）。</translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation>どのリストか？</translation>
    </message>
    <message>
        <source>Without complete reuse documents the shipment cannot be treated as used goods. Record which document is missing or doubtful, hold the goods and refer the case.</source>
        <translation>再使用のための書類がそろっていなければ、貨物を中古品として扱うことはできません。欠けている書類又は疑わしい書類を記録し、貨物を留め置いて、案件を回付してください。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Yes, all conditions are met</source>
        <translation>はい。すべての条件を満たしている</translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation>はい。すべてそろっている</translation>
    </message>
    <message>
        <source>Yes, or I cannot tell</source>
        <translation>はい、又は判断できない</translation>
    </message>
    <message>
        <source>Yes, or suspected</source>
        <translation>はい、又はその疑いがある</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>書類審査</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>現物検査</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>X線検査・スキャン</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>見本採取</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>事業所への立入り</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>海上</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>鉄道</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>航空</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>内陸水路</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>郵便・急送</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>許可・搬出</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>留め置き</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>留置</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>差押え</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>搬入拒否</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返送</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>権限のある当局へ回付</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>提示済み</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未提出</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>E-waste and used EEE</source>
        <translation>E-waste・中古電気電子機器</translation>
    </message>
    <message>
        <source>Plastic waste</source>
        <translation>廃プラスチック</translation>
    </message>
    <message>
        <source>Metal scrap</source>
        <translation>金属くず</translation>
    </message>
    <message>
        <source>Lead-acid batteries</source>
        <translation>鉛蓄電池</translation>
    </message>
    <message>
        <source>Other batteries, black mass</source>
        <translation>その他の電池、ブラックマス</translation>
    </message>
    <message>
        <source>Used tyres</source>
        <translation>中古タイヤ</translation>
    </message>
    <message>
        <source>Textiles and worn clothing</source>
        <translation>繊維くず・古着</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>古紙</translation>
    </message>
    <message>
        <source>End-of-life vehicles and parts</source>
        <translation>使用済み自動車・部品</translation>
    </message>
    <message>
        <source>Slag, ash, residues</source>
        <translation>スラグ、灰、残さ</translation>
    </message>
    <message>
        <source>Waste oils</source>
        <translation>廃油</translation>
    </message>
    <message>
        <source>Household and municipal waste</source>
        <translation>家庭廃棄物・一般廃棄物</translation>
    </message>
    <message>
        <source>Chemicals and other</source>
        <translation>化学物質・その他</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>疑いあり</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>不法取引と確認</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>違法性なし（終結）</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>引取り要請済み</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>返送又は処分済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終結</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) すべての関係国への通告がない</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) 関係国の同意がない</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) 偽造、虚偽の表示又は詐欺により同意が得られた</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) 書類と重要な点で一致しない</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) 故意の処分（投棄）</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>第9条：国が通報を受けてから30日</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>第8条：90日（適法な移動の再輸入）</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>輸出国による引取り</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>輸入国での処分</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>他の場所での処分（Art. 9(4)）</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>輸出者</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>輸入者／荷受人</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>運送者</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>発生者</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>処分予定施設</translation>
    </message>
</context>
<context>
    <name>risk_indicators</name>
    <message>
        <source>'Mixed metal scrap' that contains electrical or electronic equipment, cables or circuit boards.</source>
        <translation>電気電子機器、ケーブル又は基板を含む「ミックスメタルスクラップ」。</translation>
    </message>
    <message>
        <source>Claimed as sent for repair, refurbishment or warranty/failure analysis without a valid contract and supporting documents.</source>
        <translation>修理、再生、又は保証・故障解析のために送ると主張しているが、有効な契約書と裏付け書類がない。</translation>
    </message>
    <message>
        <source>Consignee is not a licensed recycler or disposal facility, or its address is false or cannot be verified.</source>
        <translation>荷受人が許可を受けたリサイクル業者又は処分施設ではない、又はその住所が虚偽であるか確認できない。</translation>
    </message>
    <message>
        <source>Declared HS code does not match the goods found (e.g. declared as products or raw materials, found to be waste or scrap).</source>
        <translation>申告HSコードが確認された貨物と一致しない（例：製品や原材料として申告されているが、実際は廃棄物又はスクラップであった）。</translation>
    </message>
    <message>
        <source>Declared as working products (EEE, parts, batteries) but the goods are broken, non-functional, cut up or otherwise only fit for recovery or disposal.</source>
        <translation>動作する製品（電気電子機器、部品、電池）として申告されているが、貨物が壊れている、機能しない、切断されている、又はその他の理由で再生利用か処分にしか適さない。</translation>
    </message>
    <message>
        <source>Destination prohibits import of the waste (e.g. China's ban on solid waste imports from 1 Jan 2021; Viet Nam's ban on hazardous waste imports).</source>
        <translation>仕向国が当該廃棄物の輸入を禁止している（例：中国による2021年1月1日からの固体廃棄物の輸入禁止、ベトナムによる有害廃棄物の輸入禁止）。</translation>
    </message>
    <message>
        <source>E-waste and used EEE, end-of-life vehicles and vehicle parts.</source>
        <translation>E-wasteと中古電気電子機器、使用済み自動車と自動車部品。</translation>
    </message>
    <message>
        <source>EEE shipped in bulk, traded by weight rather than by unit, or mixed with other waste or scrap.</source>
        <translation>電気電子機器がばら積みで輸送されている、台数ではなく重量で取引されている、又は他の廃棄物やスクラップと混ざっている。</translation>
    </message>
    <message>
        <source>Equipment containing ozone-depleting substances (refrigerators, air-conditioners).</source>
        <translation>オゾン層破壊物質を含む機器（冷蔵庫、エアコン）。</translation>
    </message>
    <message>
        <source>Export to or import from a State that is not a Party to the Basel Convention without an Article 11 agreement.</source>
        <translation>バーゼル条約の締約国でない国との間の輸出入で、第11条の協定がない。</translation>
    </message>
    <message>
        <source>Goods described only vaguely (e.g. 'used goods', 'second-hand goods', 'scrap', 'mixed metal scrap', 'recyclable material') without a precise commodity description.</source>
        <translation>品物の記載があいまいで（例：「中古品」「セコハン」「スクラップ」「ミックスメタルスクラップ」「リサイクル可能な物」）、正確な品名の記載がない。</translation>
    </message>
    <message>
        <source>Hazardous components visible: CRTs, batteries, circuit boards, mercury lamps or switches, PCB capacitors.</source>
        <translation>有害な部品が見える：ブラウン管、電池、基板、水銀ランプ又は水銀スイッチ、PCBを含むコンデンサー。</translation>
    </message>
    <message>
        <source>Items incomplete (essential parts missing), visibly damaged, untested, or intended for parts cannibalisation rather than reuse.</source>
        <translation>品物が不完全（重要な部品が欠落）、目に見える損傷がある、試験されていない、又は再使用ではなく部品取りを目的としている。</translation>
    </message>
    <message>
        <source>Mixed or municipal waste and industrial waste.</source>
        <translation>混合廃棄物又は一般廃棄物と、産業廃棄物。</translation>
    </message>
    <message>
        <source>No declaration by the person arranging transport that none of the equipment is waste.</source>
        <translation>輸送を手配する者による、機器のいずれも廃棄物ではないという宣誓書がない。</translation>
    </message>
    <message>
        <source>No invoice and contract stating that the equipment is destined for direct reuse and is fully functional.</source>
        <translation>機器が直接再使用向けであり、完全に機能することを明記したインボイスと契約書がない。</translation>
    </message>
    <message>
        <source>Odour, leakage or staining from packages or the container.</source>
        <translation>梱包又はコンテナからの臭気、漏れ又はしみ。</translation>
    </message>
    <message>
        <source>Permit, consent or declaration appears falsified, altered or issued for a different shipment.</source>
        <translation>許可、同意又は申告が、偽造若しくは改ざんされているか、別の貨物について発行されたものと思われる。</translation>
    </message>
    <message>
        <source>Plastic or paper bales mixed with other polymers, food residues, dirt or other waste (plastics may then be Y48 or A3210 rather than B3011).</source>
        <translation>他のポリマー、食品残さ、汚れ又は他の廃棄物が混ざったプラスチック又は紙のベール（この場合、プラスチックは B3011 ではなく Y48 又は A3210 に当たる可能性がある）。</translation>
    </message>
    <message>
        <source>Plastic, textile, metal and paper waste (most frequent DEMETER seizure streams).</source>
        <translation>プラスチック、繊維、金属及び紙の廃棄物（DEMETER 作戦で最も多く押収された種類）。</translation>
    </message>
    <message>
        <source>Routing through transshipment hubs or repeated port changes ('port hopping').</source>
        <translation>積替拠点を経由する経路、又は港の度重なる変更（「ポートホッピング」）。</translation>
    </message>
    <message>
        <source>Shipment date or quantity falls outside the validity period or the number of shipments stated in the written consent.</source>
        <translation>船積日又は数量が、書面による同意に記載された有効期間又は輸送回数の範囲外である。</translation>
    </message>
    <message>
        <source>Shipment does not conform in a material way with its notification or movement document (waste code, quantity, carrier, route, facility).</source>
        <translation>貨物が、その通告書類又は移動書類と重要な点で一致しない（廃棄物コード、数量、運送者、経路、施設）。</translation>
    </message>
    <message>
        <source>Shipper's country differs from the apparent origin of the waste.</source>
        <translation>荷送人の国が、廃棄物の見かけ上の発生地と異なる。</translation>
    </message>
    <message>
        <source>Ships and floating structures sent for dismantling.</source>
        <translation>解体のために送られる船舶及び浮体構造物。</translation>
    </message>
    <message>
        <source>Soldered, sealed or wrapped items whose content cannot be seen without opening or X-ray scanning.</source>
        <translation>はんだ付け、密封又は包装された品物で、開封するかX線検査をしなければ中身が見えない。</translation>
    </message>
    <message>
        <source>Unusually low declared value for the goods, or a first-time or unknown exporter.</source>
        <translation>貨物の申告価格が異常に低い、又は初めての輸出者若しくは不明な輸出者である。</translation>
    </message>
    <message>
        <source>Used EEE declared for reuse without a test or functionality record for every item in the consignment.</source>
        <translation>再使用目的と申告された中古電気電子機器で、貨物のすべての品物について試験記録又は機能確認の記録がない。</translation>
    </message>
    <message>
        <source>Used EEE without adequate protection against damage (no individual packaging, poor stacking, loose loading).</source>
        <translation>損傷に対する適切な保護がされていない中古電気電子機器（個別の梱包がない、積み重ねが乱雑、ばら積み）。</translation>
    </message>
    <message>
        <source>Used lead-acid batteries; lithium-ion batteries and 'black mass'.</source>
        <translation>使用済み鉛蓄電池、リチウムイオン電池及び「ブラックマス」。</translation>
    </message>
    <message>
        <source>Waste and used tyres.</source>
        <translation>廃タイヤ及び中古タイヤ。</translation>
    </message>
    <message>
        <source>Waste declared as 'renewable' or secondary raw material, or as goods of similar shape and size, to disguise it.</source>
        <translation>廃棄物を偽装するため、「再生可能」な物若しくは二次原料として、又は形状や大きさが似た物品として申告している。</translation>
    </message>
    <message>
        <source>Waste hidden at the rear of the container behind a front layer of legitimate goods; non-uniform loading.</source>
        <translation>コンテナの手前に正規の品物を積み、その奥に廃棄物を隠している。積付けが均一でない。</translation>
    </message>
    <message>
        <source>Waste listed in Annex VIII or Annex II (e.g. A1181, Y48, Y49) moving without notification, written consent of the States concerned or a movement document.</source>
        <translation>附属書VIII又は附属書IIに掲げる廃棄物（例：A1181、Y48、Y49）が、通告、関係国の書面による同意又は移動書類なしに移動している。</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Officer</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cannot continue</source>
        <translation>続行できません</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>権限がありません</translation>
    </message>
</context>
</TS>