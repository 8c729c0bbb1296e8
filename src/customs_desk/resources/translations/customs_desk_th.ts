<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline desk for customs officers of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and cases, reference codes, exchange with the secretariat by file, and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. The translations were written with care by the project; corrections are welcome: note the screen, the wrong text and your suggestion, and send them to the secretariat, or edit the file resources/translations/customs_desk_&lt;language&gt;.ts with Qt Linguist and send it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts from the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts. Updates from the secretariat bring them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{kind} database, schema {rev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs Desk was closed while you were editing a draft. It was saved a few seconds before. Open it again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>No take-back clock is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline was {date}; the case is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days left (deadline {date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWidget</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period agreed by the States (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9(1) grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (kept on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority notified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{authority} ({country}) informed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only overdue take-backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Code or words, e.g. A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commonly associated HS codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commonly associated Basel entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: saved by {a} on {at}{reason}. Incoming: by {b} on {at2}{reason2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the incoming version is now current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the version here stays current.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Customs Desk. Your saved work is safe; the record you were editing is kept as a draft. Please copy the details below and send them to your IT contact or the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Take-back deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more overdue cases (Cases page, &apos;Only overdue&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No take-back deadline is overdue or due this week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionAidDialog</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected codes: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on: {links}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Look for USB sticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB: {label}, {gb:.1f} GB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Your drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Customs Desk — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandbooksPage</name>
    <message>
        <source>Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All handbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} · reviewed {date} · {chapters} chapters · {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be prepared: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} results ({ms:.0f} ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&apos;{s}&apos;&gt;{s}&lt;/a&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {n} · {who} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(received in an exchange package)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signature and every file in the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the signed receipt beside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package from {post} was imported before. Importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {post} and intact. Nothing has been written yet: check the summary, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt {name} is beside the package: carry it back to the post.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voyage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truck plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs declaration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers and seals (ISO 6346 numbers are checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration and goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight found (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces found (unweighed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared value and currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods lines: codes are checked against the tables valid on the inspection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected Basel codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties and route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit countries (codes, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transshipment ports (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test certificates (used EEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice and contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk indicators found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fully confirmed in the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision aids (the answers and outcome are kept with this inspection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from post {post} (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: {record} has the same {what} in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a finalized record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the record corrected? (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It is kept, marked as withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft has no history yet; it starts when the record is finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a handbook citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes of this correction?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All waste streams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the key file to the other side, then read this fingerprint to them by phone so they can check it before they trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys this installation trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked {day}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the key file to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now trusting {name} ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {post} is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Where is this computer used?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs Desk keeps all data on this computer. Border posts record inspections and send them to the secretariat on a USB stick; the secretariat consolidates the posts&apos; records and sends updates back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a border post (customs office, port, land crossing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the secretariat of the Asian Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Customs Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the interface. You can change it later in Settings. Handbooks keep their own language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Customs Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your badge number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customs Desk — {post}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Customs Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakeUpdateTab</name>
    <message>
        <source>Alerts and watch lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party or route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbooks, codes and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a handbook folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference-code dataset folder (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a post&apos;s key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for posts to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the update package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} for {n} posts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Competent authority notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not start a clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts: {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How (e-mail, letter, focal point…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-back clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a person (removed from non-nominal exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Type a name to find the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ on the watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch list from the secretariat: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {n} earlier findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This party appears in {n} inspections that were not simply released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The border post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post code starts every record number made here (for example SGP-TUAS-2026-00042), so keep it short and never reuse another post&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency (for report headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SGP-TUAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tuas Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Singapore Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue take-backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Records that arrived but could not be accepted, with the reason. The rest of their package was imported. The post sees the reasons in its receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to this paragraph…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Find in this chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source on the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source is on the web; open it on a computer with a network:
{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note on {citation}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Packages on USB sticks are listed here. Open one: records packages are checked and shown before anything is imported; receipts mark your records as received; updates bring handbooks, codes and alerts from the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {kind} from {sender}, made {created}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs Desk packages (*.cdx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat confirmed the package. {received} of {total} record versions are now received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} were refused there and will be sent again after correction: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: number, container, bill of lading, party, code, country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a PDF of this record and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents open in the PDF viewer of this computer. Reports for one record can also be made from the record itself (PDF button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find: number, container, party, code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: a file in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection number, e.g. SGP-TUAS-2026-00042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number, e.g. SGP-TUAS-C2026-0007</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the key of {post}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages signed with this key will be refused from now on. Do this when a PC or key file is lost or stolen. A revoked key cannot be trusted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? e.g. laptop stolen on 12 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Send records to the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything again (not only what the secretariat has not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-nominal: remove the names of individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers&apos; names and the names of parties who are persons are replaced by &apos;(withheld)&apos;; companies stay named. Audit events are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretariat&apos;s key is not trusted yet. Get its key file and trust it on the Keys tab; packages are encrypted so that only the secretariat can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{received} of {total} record versions are confirmed received by the secretariat; {waiting} are waiting to be sent or confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for the secretariat and signed by this post. Remove the USB stick safely, then carry it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors add officers&apos; accounts and may correct finalized records. Officers share this computer, so each signs in with a badge number and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key file says it belongs to {name} ({code}, {country}), {kind}. Anyone can write such a file: call the sender on a number you already know and have them read their fingerprint (Exchange ▸ Keys). Trust the key only if it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: type what the sender reads to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint read by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match (yet). Do not trust a key that does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least 16 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Locked — Customs Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was locked after a period without use. {name}, type your password to continue, or sign out so another officer can sign in. Unsaved drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the secretariat&apos;s signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts and watch lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update was applied before; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the secretariat and intact. Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> Before that, consider {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Did you mean {codes}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> See {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … [{n} more characters not printed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not an answer to this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code (e.g. USD, VND, THB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{selector}&apos; matches several keys; give more of the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a handbook citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a UN number; write UN and four digits, e.g. UN3480.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code (e.g. VN, TH, HK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the reference tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be between 1 and 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--records must be between 1 and 2000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--revoke {fp}: give the fingerprint of one trusted key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Reporting Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10. Penalties and legal proceedings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11. Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12. Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Type of illegal traffic (Article 9(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. States concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Persons involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. The waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Responsibility and action taken (Article 9(2) to 9(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can have at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action at the border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every question before saving the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basel Annex VIII / IX codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By country of export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By waste stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{column}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case finished ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened from inspection {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases are opened by the post that made the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the drive is connected and the folder is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &apos;post&apos; or &apos;secretariat&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bookmark or a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mode of transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other Customs Desk windows or programs using this data folder and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes and their titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent authority or focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent of the States concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the post below, quoting reference {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers and seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: this record is not finalized and may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the State was informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the case was confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the shipment was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline and clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision aid {id} is invalid: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe at least one line of goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention or seizure notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal or recovery operation (Annex IV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposer or recovery facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not start or end the password with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {id} · content hash {hash} · Customs Desk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft structure: the official form&apos;s fields could not be confirmed. The fields below follow Article 9 of the Basel Convention and the information required on notification and movement documents (Annex V A and V B). Check them against the current form published by the Secretariat of the Basel Convention before sending, and complete every field marked [to complete].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty seal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and time of the inspection, with its time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the border post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the officer&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter or notifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize the inspection before opening a case from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized records are never deleted; withdraw it with a reason instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the customs post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form for reporting a confirmed case of illegal traffic (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functionality test certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated {time} ({zone}) by {officer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the currency of the declared value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds (Article 9(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H codes (Annex III)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal traffic form (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal traffic reporting form (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer or consignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections without a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newer version of Customs Desk. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice or contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later revisions build on the version here; keep it, and ask the post to correct the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No codes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision aid &apos;{id}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision aid was run for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goods lines recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ground recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handbook &apos;{id}&apos; in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imported records package {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos or documents attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient key is trusted yet; trust the secretariat&apos;s key (or the post&apos;s) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference codes are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section &apos;{section}&apos; in {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such decision aid result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such risk indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted key for: {posts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted key matches &apos;{selector}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user with badge number {badge}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a drive you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another folder or ask IT for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or choose another drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted. Restore the latest copy from the backups folder, or ask the secretariat for help (the damaged file is kept for recovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of seizure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications to competent authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {deadline}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finalized records are corrected; save the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finalized records can be withdrawn; delete a draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only secretariat staff can create secretariat accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {n} of {total} events are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {n} of {total} records are printed; narrow the period or the filter to print the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the officer who created this record, or a supervisor, can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging, containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size {paper} is not known; use A4 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party (country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties imposed, proceedings started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period agreed by the States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces declared / found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port or point of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port or point of exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup; without it this post cannot sign packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the finalized record is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the record is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the documents that show the shipment is lawful: notification and written consent of the States concerned, the movement document, the contract, and for used equipment the functionality test records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of tonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to keep bookmarks and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State informed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States of transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: This measure is taken under the law of {country} [cite the legal provisions implementing the Basel Convention and the customs powers used].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or appeal, who bears storage and return costs, and the consequences if nothing is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO COMPLETE: place of storage and how the goods may be inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO COMPLETE: telephone, e-mail and office hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock starts when the State is informed; enter that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file{where} is damaged or is not a Customs Desk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} has tables but was not made by Customs Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Customs Desk (schema {revision}); this version ({version}) knows schemas up to {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database{where} cannot be opened or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database{where} is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database{where} is on a read-only drive or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the State was informed is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision aid has no rule for these answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database{where} is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full while writing {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive holding {path} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large ({mb:.0f} MB) to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods described below were {verb} by {agency} at {post} on {day}, after an inspection (reference {reference}). They are held to verify whether the shipment is a transboundary movement of hazardous or other wastes controlled under the Basel Convention, and whether the documents it requires were in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook &apos;{id}&apos; cannot be opened: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook in {folder} cannot be read: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large ({mp:.0f} megapixels) to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importer or consignee is not recorded: write the addressee by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection date is before the Basel Convention existed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of post {post} is not trusted any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s outcome is &apos;{outcome}&apos;: check that a notice is needed before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference code data is invalid: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file is missing; the photo cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file is not a readable image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update cannot be made: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade would break {n} references; it was rolled back and the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight found differs from the declared weight by {p:.0%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case belongs to another post; it can be read here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder has not been set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder has not been set up yet; run the first-run wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision aid is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL ({error}). Install the &apos;postgres&apos; extra (pip install customs-desk[postgres]) or use the embedded database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is this installation&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key was revoked on {day} ({reason}); it cannot be trusted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record belongs to another post; it can be read here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has {n} goods lines; lines {first} to {n} are not printed (see the record in Customs Desk). The total below counts every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is already finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is finalized; use Correct to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result already belongs to another inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (reference tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnes by country of export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnes by waste stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ({n} lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transshipment ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile &apos;{profile}&apos;; use full or non-nominal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 0 (never) to 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a data folder you can write to (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, then up to two parts after hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos; (up to 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vessel, voyage, vehicle or flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the stored file does not match the SHA-256 recorded at capture; it was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHDRAWN: this record was withdrawn; it is printed for reference only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight declared / found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights are the weights found at inspection; inspections without a weight are counted but add nothing to the tonnes. Withdrawn records and drafts are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the goods are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y codes (Annex I / II)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[country]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[text in a script not supported: {scripts}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all but withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalized inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown: more than {n} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vessel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voyage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{authority} ({country}) notified on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} exists in {edition}, the edition in force on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a Basel code in the reference tables.{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a Y code valid on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not an Annex III H code (H1 to H13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not in the reference tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is valid on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} was deleted on {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} was deleted on {end}; consider {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} was replaced by {new} on {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} · {status} · revision {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) is not allowed to {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} acknowledges a package this post did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a {kind} package, not a {expected} package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is dated in the future ({created}); check the clocks of both computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a valid receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not from the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender&apos;s key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {status} · revision {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: a container number has 11 characters (4 letters, 7 digits), e.g. CSQU3054383.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: the check digit is wrong; for {body} it should be {digit}. Re-read the number on the container door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits (e.g. CSQU3054383).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days left (deadline {deadline}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not one made by Customs Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a folder (is the USB stick plugged in?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a valid inspection ({n} problems); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} must contain one JSON object (one inspection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} must hold {{&quot;alerts&quot;: [...], &quot;withdraw&quot;: [...]}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more lines (listed in the inspection report).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>decision_aids</name>
    <message>
        <source>All checks passed. Release under normal procedures and record what you checked: documents seen, items sampled, packaging and loading, and why any red flag was explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are all the conditions of that exemption met, and do the goods look like what the exemption describes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are all the reuse documents present and credible: invoice and contract stating direct reuse and full function; a test record for every item with a protocol; the holder&apos;s signed declaration that nothing is waste; a transport document matching the invoice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are they lead-acid batteries (whole or crushed)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are they unsorted, or do they contain lead, cadmium or mercury (or other Annex I constituents) to a hazardous extent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(1)(a): no notification to all States concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(1)(b): no consent of a State concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(1)(c): consent obtained through falsification, misrepresentation or fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(1)(d): does not conform in a material way with the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(1)(e): results in deliberate disposal contrary to the Convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9 applies only to wastes covered by the Convention. National law may still apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9(1) of the Basel Convention lists five situations in which a transboundary movement is illegal traffic. Answer each question; one shipment can meet more than one ground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with the competent authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify the waste first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean, sorted plastic waste for environmentally sound recycling (from 1 January 2021; B3011 replaced B3010). Check contamination carefully and the national rules of the countries concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected from households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide first whether the equipment is waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did every State concerned give written consent (and is the consent valid for these dates and this quantity)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the documents claim an exemption: repair under warranty, failure (root-cause) analysis, or repair or refurbishment under a contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the goods match the papers? Sampled items carry readable test labels that match the protocol; items are complete and undamaged; they are protected by packaging and properly stacked; the far end of the container looks like the door end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does any red flag about the consignee, the route or the declared value remain unexplained, or is there an alert about the shipper, consignee or route?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it contain, or is it contaminated with, hazardous components: CRT glass, list A batteries, mercury switches, lamps or backlights, PCB capacitors, asbestos parts, certain circuit boards or displays, plastics with brominated flame retardants?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the movement appear to result in deliberate disposal (for example dumping) contrary to the Convention or international law?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the shipment conform in a material way with the documents (type of waste, codes, quantity, parties, route)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the Basel entry to note as suspected: Annex VIII (list A, presumed hazardous), Annex IX (list B, presumed not hazardous) or Annex II (other wastes, controlled). Suspected codes are not a legal classification; the competent authority decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a load declared as, or containing, used electrical or electronic equipment. Answer from what you see and the documents presented. The result supports your judgement; it does not replace your national law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From these answers the movement does not meet any ground of Article 9(1). Record what you checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazardous plastic waste (from 1 January 2021, decision BC-14/12). Prior informed consent is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazardous waste electrical and electronic equipment. A1181 applies from 1 January 2025 (decision BC-15/18); for movements before that date, A1180 applied. Prior informed consent is required. Commonly associated HS heading: 8549 (a hint, not a classification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the goods are really not waste, the Basel lists do not apply. Record why you concluded this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it clearly waste already? For example: goods broken, cut up, crushed or stripped; loose circuit boards, cables or fractions; loose used batteries; equipment mixed with scrap or household waste; or documents that say scrap, waste or for recycling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it going to environmentally sound recycling, almost free from contamination and other wastes, and almost exclusively one non-halogenated polymer, one cured resin, one listed fluorinated polymer, or a PE/PP/PET mixture for separate recycling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it plastic waste (including mixtures of plastic waste)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it waste batteries or accumulators?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it waste electrical or electronic equipment, its components, or fractions from processing it (shredding, dismantling)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the material waste, that is, going to disposal or recovery rather than being used again as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the plastic contaminated with, or does it contain, Annex I constituents to an extent that gives it an Annex III hazardous characteristic?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the shipment a waste covered by the Convention (a hazardous waste or one of the other wastes of Annex II)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a sign that consent was obtained by falsification, misrepresentation or fraud (forged permit, invented facility, false description to the authorities)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this illegal traffic under Article 9?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Article 9 ground found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ground is established yet, but notification or consent could not be confirmed. Ask the competent authority before release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, one or more is missing or doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, or I cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: sorted, made to a specification, without lead, cadmium or mercury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-hazardous waste electrical and electronic equipment. Y49 applies from 1 January 2025 (decision BC-15/18) and is subject to prior informed consent. Before that date, non-hazardous e-waste could fall under B1110.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the common routes fits. Compare the goods with list A and list B, then with Annex I and Annex III, describe them in detail and ask the competent authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Basel illegal traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure: it is used electrical equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not waste: no Basel entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plastic waste that is neither hazardous (A3210) nor clean and sorted (B3011). Y48 applies from 1 January 2021 and requires prior informed consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residues from incinerating household waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residues from the incineration of household wastes. Controlled under the Convention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the decision aid &quot;Used EEE or e-waste?&quot; first, then come back here if it is e-waste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the decision aid &quot;Which list?&quot; and come back to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected A1160 (Annex VIII, list A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected A1170 (Annex VIII, list A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected A1181 (Annex VIII, list A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected A3210 (Annex VIII, list A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected B1090 (Annex IX, list B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected B3011 (Annex IX, list B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected Y46 (Annex II, other wastes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected Y47 (Annex II, other wastes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected Y48 (Annex II, other wastes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected Y49 (Annex II, other wastes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected illegal traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers meet at least one ground of Article 9(1). Hold the goods where your law allows, notify the competent authority and open a case; the take-back clocks start when the State responsible is informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods already look like waste. Hold them where your law allows and refer the case to the competent authority. Suspected codes: A1181 if hazardous components are present (CRT glass, list A batteries, mercury lamps or switches, PCB capacitors), otherwise Y49; HS heading 8549.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The papers and goods look right, but a red flag remains. Record it, hold the goods and ask the competent authority before release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check: whether every State consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check: whether the movement was notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (documents incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (goods do not match the papers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (unexplained red flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat as used EEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsorted waste batteries, or waste batteries containing Annex I constituents to a hazardous extent. Prior informed consent is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the lists directly and describe the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used EEE or e-waste?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was it collected from households, or is it residue from incinerating household waste?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the movement notified to all States concerned (is there a notification document naming this shipment)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste batteries made to a specification, without lead, cadmium or mercury. List B entries are presumed not hazardous, but national rules may still control them; check the country profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste collected from households. Controlled under the Convention even when not hazardous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste lead-acid batteries, whole or crushed. Prior informed consent is required. Commonly associated HS subheading: 8549.11 (a hint, not a classification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found does not match the reuse documents. Record the differences with photos, hold the goods and refer the case. A material mismatch with the documents is itself a ground of illegal traffic (Art. 9(1)(d)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without complete reuse documents the shipment cannot be treated as used goods. Record which document is missing or doubtful, hold the goods and refer the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, all conditions are met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, or I cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, or suspected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-waste and used EEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plastic waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metal scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead-acid batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other batteries, black mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used tyres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textiles and worn clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-life vehicles and parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slag, ash, residues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste oils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household and municipal waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemicals and other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>risk_indicators</name>
    <message>
        <source>&apos;Mixed metal scrap&apos; that contains electrical or electronic equipment, cables or circuit boards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed as sent for repair, refurbishment or warranty/failure analysis without a valid contract and supporting documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consignee is not a licensed recycler or disposal facility, or its address is false or cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared HS code does not match the goods found (e.g. declared as products or raw materials, found to be waste or scrap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared as working products (EEE, parts, batteries) but the goods are broken, non-functional, cut up or otherwise only fit for recovery or disposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination prohibits import of the waste (e.g. China&apos;s ban on solid waste imports from 1 Jan 2021; Viet Nam&apos;s ban on hazardous waste imports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-waste and used EEE, end-of-life vehicles and vehicle parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EEE shipped in bulk, traded by weight rather than by unit, or mixed with other waste or scrap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment containing ozone-depleting substances (refrigerators, air-conditioners).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to or import from a State that is not a Party to the Basel Convention without an Article 11 agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods described only vaguely (e.g. &apos;used goods&apos;, &apos;second-hand goods&apos;, &apos;scrap&apos;, &apos;mixed metal scrap&apos;, &apos;recyclable material&apos;) without a precise commodity description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazardous components visible: CRTs, batteries, circuit boards, mercury lamps or switches, PCB capacitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items incomplete (essential parts missing), visibly damaged, untested, or intended for parts cannibalisation rather than reuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed or municipal waste and industrial waste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No declaration by the person arranging transport that none of the equipment is waste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice and contract stating that the equipment is destined for direct reuse and is fully functional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odour, leakage or staining from packages or the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit, consent or declaration appears falsified, altered or issued for a different shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plastic or paper bales mixed with other polymers, food residues, dirt or other waste (plastics may then be Y48 or A3210 rather than B3011).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plastic, textile, metal and paper waste (most frequent DEMETER seizure streams).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing through transshipment hubs or repeated port changes (&apos;port hopping&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment date or quantity falls outside the validity period or the number of shipments stated in the written consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment does not conform in a material way with its notification or movement document (waste code, quantity, carrier, route, facility).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipper&apos;s country differs from the apparent origin of the waste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships and floating structures sent for dismantling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soldered, sealed or wrapped items whose content cannot be seen without opening or X-ray scanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually low declared value for the goods, or a first-time or unknown exporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used EEE declared for reuse without a test or functionality record for every item in the consignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used EEE without adequate protection against damage (no individual packaging, poor stacking, loose loading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used lead-acid batteries; lithium-ion batteries and &apos;black mass&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste and used tyres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste declared as &apos;renewable&apos; or secondary raw material, or as goods of similar shape and size, to disguise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste hidden at the rear of the container behind a front layer of legitimate goods; non-uniform loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waste listed in Annex VIII or Annex II (e.g. A1181, Y48, Y49) moving without notification, written consent of the States concerned or a movement document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
