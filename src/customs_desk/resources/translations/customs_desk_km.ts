<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>អំពី {app}</translation>
    </message>
    <message>
        <source>An offline desk for customs officers of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and cases, reference codes, exchange with the secretariat by file, and reports.</source>
        <translation>កម្មវិធីការិយាល័យក្រៅបណ្តាញ សម្រាប់មន្ត្រីគយនៃបណ្តាញអាស៊ីសម្រាប់ការទប់ស្កាត់ចលនាឆ្លងដែនខុសច្បាប់នៃកាកសំណល់គ្រោះថ្នាក់៖ សៀវភៅណែនាំ ការត្រួតពិនិត្យ និងករណី កូដយោង ការផ្លាស់ប្តូរទិន្នន័យជាមួយលេខាធិការដ្ឋានតាមរយៈឯកសារ និងរបាយការណ៍។</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>ថតទិន្នន័យ៖ {path}</translation>
    </message>
    <message>
        <source>Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. The translations were written with care by the project; corrections are welcome: note the screen, the wrong text and your suggestion, and send them to the secretariat, or edit the file resources/translations/customs_desk_&lt;language&gt;.ts with Qt Linguist and send it back.</source>
        <translation>ភាសាចំណុចប្រទាក់៖ {languages}។ បានត្រួតពិនិត្យដោយអ្នកនិយាយភាសាកំណើត៖ {reviewed}។ ការបកប្រែត្រូវបានរៀបចំដោយយកចិត្តទុកដាក់ដោយគម្រោង ហើយយើងស្វាគមន៍ការកែតម្រូវ៖ សូមកត់ត្រាអេក្រង់ អត្ថបទដែលខុស និងសំណើរបស់អ្នក ហើយផ្ញើទៅលេខាធិការដ្ឋាន ឬកែសម្រួលឯកសារ resources/translations/customs_desk_&lt;language&gt;.ts ដោយប្រើ Qt Linguist រួចផ្ញើត្រឡប់មកវិញ។</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>មិនទាន់មាន</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>បន្ថែមអ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>លេខប័ណ្ណសម្គាល់</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>ពាក្យសម្ងាត់ដំបូង</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts from the secretariat</source>
        <translation>ការព្រមានពីលេខាធិការដ្ឋាន</translation>
    </message>
    <message>
        <source>Watch party</source>
        <translation>ភាគីត្រូវតាមដាន</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>ផ្លូវដឹកជញ្ជូនត្រូវតាមដាន</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>សេចក្តីជូនដំណឹង</translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation>(រហូតដល់ {day})</translation>
    </message>
    <message>
        <source>No alerts. Updates from the secretariat bring them.</source>
        <translation>គ្មានការព្រមានទេ។ ការព្រមានមកជាមួយបច្ចុប្បន្នភាពពីលេខាធិការដ្ឋាន។</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{kind} database, schema {rev}</source>
        <translation>មូលដ្ឋានទិន្នន័យ {kind} គ្រោងសម្ព័ន្ធ {rev}</translation>
    </message>
    <message>
        <source>Restore your draft?</source>
        <translation>ស្តារសេចក្តីព្រាងរបស់អ្នកឡើងវិញឬ?</translation>
    </message>
    <message>
        <source>Customs Desk was closed while you were editing a draft. It was saved a few seconds before. Open it again?</source>
        <translation>Customs Desk ត្រូវបានបិទ ខណៈពេលដែលអ្នកកំពុងកែសម្រួលសេចក្តីព្រាង។ សេចក្តីព្រាងនោះត្រូវបានរក្សាទុកប៉ុន្មានវិនាទីមុន។ តើចង់បើកវាម្តងទៀតឬទេ?</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>No take-back clock is running.</source>
        <translation>មិនមានការរាប់រយៈពេលកំណត់នៃការនាំត្រឡប់មកវិញទេ។</translation>
    </message>
    <message>
        <source>Deadline was {date}; the case is finished.</source>
        <translation>ថ្ងៃផុតកំណត់គឺ {date}។ ករណីនេះបានបញ្ចប់ហើយ។</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {date})</source>
        <translation>ហួសកំណត់ {n} ថ្ងៃ (ផុតកំណត់ {date})</translation>
    </message>
    <message>
        <source>{n} days left (deadline {date})</source>
        <translation>នៅសល់ {n} ថ្ងៃ (ផុតកំណត់ {date})</translation>
    </message>
</context>
<context>
    <name>CaseWidget</name>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Status and path</source>
        <translation>ស្ថានភាព និងដំណោះស្រាយ</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>អ្នកនាំចេញ ឬអ្នកបង្កើតកាកសំណល់ (Art. 9(2))</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>អ្នកនាំចូល ឬអ្នកបោះចោល (Art. 9(3))</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>មិនអាចកំណត់អ្នកទទួលខុសត្រូវបាន (Art. 9(4))</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>ការទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>ការនាំត្រឡប់មកវិញ ឬការបោះចោល</translation>
    </message>
    <message>
        <source>Period agreed by the States (optional)</source>
        <translation>រយៈពេលដែលរដ្ឋព្រមព្រៀងគ្នា (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>Article 9(1) grounds</source>
        <translation>មូលដ្ឋានតាមមាត្រា 9(1)</translation>
    </message>
    <message>
        <source>What happened (kept on the timeline)</source>
        <translation>អ្វីដែលបានកើតឡើង (រក្សាទុកក្នុងលំដាប់ព្រឹត្តិការណ៍)</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>កត់ត្រាការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Authority notified…</source>
        <translation>បានជូនដំណឹងទៅអាជ្ញាធរ…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>លំដាប់ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>ករណី {number}</translation>
    </message>
    <message>
        <source>{authority} ({country}) informed on {date}</source>
        <translation>បានជូនដំណឹងទៅ {authority} ({country}) នៅ {date}</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>មិនទាន់បានជូនដំណឹងទៅអាជ្ញាធរណាមួយនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>បានកត់ត្រាការជូនដំណឹង</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>មូលដ្ឋាន៖ {grounds}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}៖ {before} → {after}</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>បានបើកករណី</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only overdue take-backs</source>
        <translation>តែការនាំត្រឡប់មកវិញដែលហួសកំណត់</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>កូដ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>មានសុពលភាព</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>មិនទាន់មានសុពលភាព</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Code or words, e.g. A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</source>
        <translation>កូដ ឬពាក្យ ឧទាហរណ៍ A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>មានសុពលភាពនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>គ្មានកាលបរិច្ឆេទបញ្ចប់</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>ការបកប្រែក្រៅផ្លូវការ</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>នៅថ្ងៃ {day}</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>ចាប់ពី {start} ដល់ {end}</translation>
    </message>
    <message>
        <source>UN class</source>
        <translation>ថ្នាក់គ្រោះថ្នាក់ UN</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>ត្រូវបានជំនួសដោយ</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>ជំនួសឱ្យ</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>កូដពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>hints only, never a classification</source>
        <translation>គ្រាន់តែជាការណែនាំ មិនមែនជាការចាត់ថ្នាក់ទេ</translation>
    </message>
    <message>
        <source>Not fully confirmed: to be confirmed with the competent authority.</source>
        <translation>មិនទាន់បានបញ្ជាក់ពេញលេញ៖ ត្រូវបញ្ជាក់ជាមួយអាជ្ញាធរមានសមត្ថកិច្ច។</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>សេចក្តីសម្រេច</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>In the handbooks</source>
        <translation>ក្នុងសៀវភៅណែនាំ</translation>
    </message>
    <message>
        <source>Commonly associated HS codes</source>
        <translation>កូដ HS ដែលជាទូទៅពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Commonly associated Basel entries</source>
        <translation>ធាតុបាស៊ែលដែលជាទូទៅពាក់ព័ន្ធ</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>បង្ហាញទិន្នន័យផ្ទុយគ្នាដែលបានដោះស្រាយ</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>case</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <source>party</source>
        <translation>ភាគីពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>case event</source>
        <translation>ព្រឹត្តិការណ៍ករណី</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>រកឃើញនៅ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>សេចក្តីសម្រេច</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>នៅទីនេះ</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ដែលទទួលបាន</translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation>រក្សាកំណែនៅទីនេះ</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>យកកំណែដែលទទួលបាន</translation>
    </message>
    <message>
        <source>Here: saved by {a} on {at}{reason}. Incoming: by {b} on {at2}{reason2}.</source>
        <translation>នៅទីនេះ៖ រក្សាទុកដោយ {a} នៅ {at}{reason}។ ដែលទទួលបាន៖ ដោយ {b} នៅ {at2}{reason2}។</translation>
    </message>
    <message>
        <source>Resolved: the incoming version is now current.</source>
        <translation>បានដោះស្រាយ៖ កំណែដែលទទួលបាន ឥឡូវជាកំណែបច្ចុប្បន្ន។</translation>
    </message>
    <message>
        <source>Resolved: the version here stays current.</source>
        <translation>បានដោះស្រាយ៖ កំណែនៅទីនេះនៅតែជាកំណែបច្ចុប្បន្ន។</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>កំហុសដែលមិនបានរំពឹងទុក</translation>
    </message>
    <message>
        <source>Something went wrong inside Customs Desk. Your saved work is safe; the record you were editing is kept as a draft. Please copy the details below and send them to your IT contact or the secretariat.</source>
        <translation>មានបញ្ហាកើតឡើងនៅក្នុង Customs Desk។ ការងារដែលអ្នកបានរក្សាទុកមានសុវត្ថិភាព ហើយកំណត់ត្រាដែលអ្នកកំពុងកែសម្រួលត្រូវបានរក្សាទុកជាសេចក្តីព្រាង។ សូមចម្លងព័ត៌មានលម្អិតខាងក្រោម ហើយផ្ញើទៅអ្នកទទួលបន្ទុកព័ត៌មានវិទ្យា ឬលេខាធិការដ្ឋាន។</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>ចម្លងព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>បានចម្លង</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Take-back deadlines</source>
        <translation>កាលកំណត់នៃការនាំត្រឡប់មកវិញ</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days</source>
        <translation>ហួសកំណត់ {n} ថ្ងៃ</translation>
    </message>
    <message>
        <source>… and {n} more overdue cases (Cases page, &apos;Only overdue&apos;).</source>
        <translation>… និងករណីហួសកំណត់ {n} ទៀត (ទំព័រករណី &apos;តែការនាំត្រឡប់មកវិញដែលហួសកំណត់&apos;)។</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>នៅសល់ {n} ថ្ងៃ</translation>
    </message>
    <message>
        <source>No take-back deadline is overdue or due this week.</source>
        <translation>គ្មានកាលកំណត់នៃការនាំត្រឡប់មកវិញណាមួយហួសកំណត់ ឬដល់កំណត់ក្នុងសប្តាហ៍នេះទេ។</translation>
    </message>
</context>
<context>
    <name>DecisionAidDialog</name>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>រក្សាទុកលទ្ធផល</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>សំណួរទី {n}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Suspected codes: {codes}</source>
        <translation>កូដសង្ស័យ៖ {codes}</translation>
    </message>
    <message>
        <source>Based on: {links}</source>
        <translation>ផ្អែកលើ៖ {links}</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Look for USB sticks</source>
        <translation>ស្វែងរកឧបករណ៍ផ្ទុក USB</translation>
    </message>
    <message>
        <source>USB: {label}, {gb:.1f} GB free</source>
        <translation>USB៖ {label} ទំនេរ {gb:.1f} GB</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>ជ្រើសរើសថត…</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>សរសេរកញ្ចប់ទៅ</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Your drafts</source>
        <translation>សេចក្តីព្រាងរបស់អ្នក</translation>
    </message>
    <message>
        <source>Draft started {when}</source>
        <translation>សេចក្តីព្រាងចាប់ផ្តើមនៅ {when}</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>គ្មានសេចក្តីព្រាងទេ។</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>ផ្ញើ</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>ទទួល</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>ប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ទិន្នន័យផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>ដាក់ដាច់ដោយឡែក</translation>
    </message>
    <message>
        <source>Make an update</source>
        <translation>រៀបចំបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>កំណត់ហេតុ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>សោ</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Customs Desk — first start</source>
        <translation>Customs Desk — ការចាប់ផ្តើមលើកដំបូង</translation>
    </message>
    <message>
        <source>The secretariat office</source>
        <translation>ការិយាល័យលេខាធិការដ្ឋាន</translation>
    </message>
</context>
<context>
    <name>HandbooksPage</name>
    <message>
        <source>Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่</source>
        <translation>ស្វែងរកក្នុងសៀវភៅណែនាំទាំងអស់ — គ្រប់ភាសា ឧទាហរណ៍ A1181, used EEE, 电子废物, แบตเตอรี่</translation>
    </message>
    <message>
        <source>Search your bookmarks and notes</source>
        <translation>ស្វែងរកចំណាំទំព័រ និងកំណត់សម្គាល់របស់អ្នក</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>បណ្ណាល័យ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>មាតិកា</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>កំពុងរៀបចំលិបិក្រមស្វែងរក…</translation>
    </message>
    <message>
        <source>All handbooks</source>
        <translation>សៀវភៅណែនាំទាំងអស់</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>គ្រប់ភាសា</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>បានរំលង៖ {problem}</translation>
    </message>
    <message>
        <source>Version {version} · reviewed {date} · {chapters} chapters · {language}</source>
        <translation>កំណែ {version} · ត្រួតពិនិត្យ {date} · {chapters} ជំពូក · {language}</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>មានជាភាសា៖</translation>
    </message>
    <message>
        <source>The search index could not be prepared: {error}</source>
        <translation>មិនអាចរៀបចំលិបិក្រមស្វែងរកបានទេ៖ {error}</translation>
    </message>
    <message>
        <source>{n} results ({ms:.0f} ms)</source>
        <translation>លទ្ធផល {n} ({ms:.0f} ms)</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&apos;{s}&apos;&gt;{s}&lt;/a&gt;?</source>
        <translation>តើអ្នកចង់និយាយថា &lt;a href=&apos;{s}&apos;&gt;{s}&lt;/a&gt; ឬ?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>ប្រវត្តិនៃកំណត់ត្រា</translation>
    </message>
    <message>
        <source>Revision {n} · {who} · {when}</source>
        <translation>កំណែទី {n} · {who} · {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>មូលហេតុ៖ {reason}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>បានផ្លាស់ប្តូរ៖ {fields}</translation>
    </message>
    <message>
        <source>(received in an exchange package)</source>
        <translation>(ទទួលបានក្នុងកញ្ចប់ផ្លាស់ប្តូរទិន្នន័យ)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>សូមស្វាគមន៍ {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>នាំចូលទិន្នន័យ {name}</translation>
    </message>
    <message>
        <source>Checking the signature and every file in the package…</source>
        <translation>កំពុងពិនិត្យហត្ថលេខា និងឯកសារនីមួយៗក្នុងកញ្ចប់…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Write the signed receipt beside the package</source>
        <translation>សរសេរបង្កាន់ដៃដែលបានចុះហត្ថលេខា ទុកក្បែរកញ្ចប់</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>នាំចូលទិន្នន័យ</translation>
    </message>
    <message>
        <source>This package from {post} was imported before. Importing it again changes nothing.</source>
        <translation>កញ្ចប់នេះពី {post} ធ្លាប់បាននាំចូលរួចហើយ។ ការនាំចូលម្តងទៀតមិនផ្លាស់ប្តូរអ្វីទេ។</translation>
    </message>
    <message>
        <source>Signed by {post} and intact. Nothing has been written yet: check the summary, then import.</source>
        <translation>បានចុះហត្ថលេខាដោយ {post} និងនៅដដែលគ្មានការកែប្រែ។ មិនទាន់មានអ្វីត្រូវបានសរសេរនៅឡើយទេ៖ សូមពិនិត្យសេចក្តីសង្ខេប រួចនាំចូល។</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>កំពុងនាំចូល…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>បាននាំចូលហើយ។</translation>
    </message>
    <message>
        <source>The receipt {name} is beside the package: carry it back to the post.</source>
        <translation>បង្កាន់ដៃ {name} នៅក្បែរកញ្ចប់៖ សូមយកវាត្រឡប់ទៅប៉ុស្តិ៍វិញ។</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <source>New</source>
        <translation>ថ្មី</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>មានរួចហើយ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ទិន្នន័យផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>Waiting for an earlier package</source>
        <translation>រង់ចាំកញ្ចប់មុន</translation>
    </message>
    <message>
        <source>Rejected (quarantined)</source>
        <translation>បានបដិសេធ (ដាក់ដាច់ដោយឡែក)</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Save draft</source>
        <translation>រក្សាទុកសេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>បញ្ចប់ជាស្ថាពរ</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>កែតម្រូវ…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>ដកចេញ…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>បើកករណី</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ទូទៅ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>កាលបរិច្ឆេទ និងម៉ោង</translation>
    </message>
    <message>
        <source>Officers (comma-separated)</source>
        <translation>មន្ត្រី (បំបែកដោយសញ្ញាក្បៀស)</translation>
    </message>
    <message>
        <source>Type of inspection</source>
        <translation>ប្រភេទនៃការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>មធ្យោបាយដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <source>Voyage</source>
        <translation>ជើងនាវា</translation>
    </message>
    <message>
        <source>Truck plate</source>
        <translation>ផ្លាកលេខឡានដឹកទំនិញ</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>ជើងហោះហើរ</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>ប័ណ្ណដឹកទំនិញ / ប័ណ្ណដឹកទំនិញតាមផ្លូវអាកាស</translation>
    </message>
    <message>
        <source>Customs declaration number</source>
        <translation>លេខប្រតិវេទន៍គយ</translation>
    </message>
    <message>
        <source>Containers and seals (ISO 6346 numbers are checked)</source>
        <translation>កុងតឺន័រ និងត្រា (លេខ ISO 6346 ត្រូវបានផ្ទៀងផ្ទាត់)</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>លេខកុងតឺន័រ</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>លេខត្រា (បំបែកដោយសញ្ញាក្បៀស)</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>បន្ថែមកុងតឺន័រ</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>លុបធាតុដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Declaration and goods</source>
        <translation>ប្រតិវេទន៍ និងទំនិញ</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>កូដ HS ដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>ការពិពណ៌នាដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>Declared weight (kg)</source>
        <translation>ទម្ងន់ដែលបានប្រកាស (kg)</translation>
    </message>
    <message>
        <source>Weight found (kg)</source>
        <translation>ទម្ងន់ដែលបានរកឃើញ (kg)</translation>
    </message>
    <message>
        <source>Declared pieces</source>
        <translation>ចំនួនគ្រឿងដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>Pieces found (unweighed)</source>
        <translation>ចំនួនគ្រឿងដែលបានរកឃើញ (មិនបានថ្លឹង)</translation>
    </message>
    <message>
        <source>Declared value and currency</source>
        <translation>តម្លៃដែលបានប្រកាស និងរូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>ប្រភេទកាកសំណល់</translation>
    </message>
    <message>
        <source>Goods lines: codes are checked against the tables valid on the inspection date</source>
        <translation>ជួរទំនិញ៖ កូដត្រូវបានផ្ទៀងផ្ទាត់ជាមួយតារាងដែលមានសុពលភាពនៅថ្ងៃត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>HS ដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>Suspected Basel codes</source>
        <translation>កូដបាស៊ែលសង្ស័យ</translation>
    </message>
    <message>
        <source>Y codes</source>
        <translation>កូដ Y</translation>
    </message>
    <message>
        <source>H codes</source>
        <translation>កូដ H</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>លេខ UN</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>ទម្ងន់ (kg)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>បន្ថែមជួរ</translation>
    </message>
    <message>
        <source>Parties and route</source>
        <translation>ភាគីពាក់ព័ន្ធ និងផ្លូវដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>ប្រទេសនាំចេញ</translation>
    </message>
    <message>
        <source>Transit countries (codes, comma-separated)</source>
        <translation>ប្រទេសឆ្លងកាត់ (កូដ បំបែកដោយសញ្ញាក្បៀស)</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>ប្រទេសនាំចូល</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>កំពង់ផែផ្ទុកទំនិញ</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>កំពង់ផែដោះទំនិញ</translation>
    </message>
    <message>
        <source>Transshipment ports (comma-separated)</source>
        <translation>កំពង់ផែផ្ទេរទំនិញ (បំបែកដោយសញ្ញាក្បៀស)</translation>
    </message>
    <message>
        <source>Documents and risk</source>
        <translation>ឯកសារ និងហានិភ័យ</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>លេខការជូនដំណឹង</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ការយល់ព្រម</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>ឯកសារចលនា</translation>
    </message>
    <message>
        <source>Test certificates (used EEE)</source>
        <translation>វិញ្ញាបនបត្រតេស្ត (ឧបករណ៍ប្រើរួច)</translation>
    </message>
    <message>
        <source>Invoice and contract</source>
        <translation>វិក្កយបត្រ និងកិច្ចសន្យា</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>ឯកសារផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Risk indicators found</source>
        <translation>សូចនាករហានិភ័យដែលបានរកឃើញ</translation>
    </message>
    <message>
        <source>Not fully confirmed in the sources</source>
        <translation>មិនទាន់បានបញ្ជាក់ពេញលេញក្នុងប្រភពឯកសារ</translation>
    </message>
    <message>
        <source>Findings and outcome</source>
        <translation>លទ្ធផលរកឃើញ និងវិធានការ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>លទ្ធផលរកឃើញ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>វិធានការ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>ការដកស្រង់ពីសៀវភៅណែនាំ</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>បន្ថែមការដកស្រង់…</translation>
    </message>
    <message>
        <source>Decision aids (the answers and outcome are kept with this inspection)</source>
        <translation>ឧបករណ៍ជំនួយការសម្រេចចិត្ត (ចម្លើយ និងលទ្ធផលត្រូវបានរក្សាទុកជាមួយការត្រួតពិនិត្យនេះ)</translation>
    </message>
    <message>
        <source>Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256.</source>
        <translation>បន្ថែមរូបថតពីថាស ឬទាញមកទម្លាក់នៅទីនេះ។ ឯកសារដើមត្រូវបានរក្សាទុកដោយមិនផ្លាស់ប្តូរ ជាមួយតម្លៃ SHA-256 របស់វា។</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>បន្ថែមរូបថត…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <source>New inspection (draft)</source>
        <translation>ការត្រួតពិនិត្យថ្មី (សេចក្តីព្រាង)</translation>
    </message>
    <message>
        <source>revision {n}</source>
        <translation>កំណែទី {n}</translation>
    </message>
    <message>
        <source>from post {post} (read only)</source>
        <translation>ពីប៉ុស្តិ៍ {post} (អានបានតែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>រក្សាទុកការកែតម្រូវ…</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>ជួរទី {n}៖ {message}</translation>
    </message>
    <message>
        <source>Possible duplicate: {record} has the same {what} in the last 90 days.</source>
        <translation>អាចស្ទួន៖ {record} មាន {what} ដូចគ្នា ក្នុងរយៈពេល 90 ថ្ងៃចុងក្រោយ។</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft.</source>
        <translation>មិនទាន់អាចបញ្ចប់កំណត់ត្រាជាស្ថាពរបានទេ៖ មានបញ្ហាចំនួន {n} ដែលបានសម្គាល់នៅក្បែរវាលនីមួយៗ។ កំណត់ត្រាត្រូវបានរក្សាទុកជាសេចក្តីព្រាង។</translation>
    </message>
    <message>
        <source>Correct a finalized record</source>
        <translation>កែតម្រូវកំណត់ត្រាដែលបានបញ្ចប់ជាស្ថាពរ</translation>
    </message>
    <message>
        <source>Why is the record corrected? (kept in its history)</source>
        <translation>ហេតុអ្វីបានជាកែតម្រូវកំណត់ត្រានេះ? (រក្សាទុកក្នុងប្រវត្តិរបស់វា)</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>ដកកំណត់ត្រាចេញ</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It is kept, marked as withdrawn.</source>
        <translation>ហេតុអ្វីបានជាដកកំណត់ត្រានេះចេញ? កំណត់ត្រានៅតែត្រូវបានរក្សាទុក ដោយសម្គាល់ថាបានដកចេញ។</translation>
    </message>
    <message>
        <source>A draft has no history yet; it starts when the record is finalized.</source>
        <translation>សេចក្តីព្រាងមិនទាន់មានប្រវត្តិទេ។ ប្រវត្តិចាប់ផ្តើមនៅពេលកំណត់ត្រាត្រូវបានបញ្ចប់ជាស្ថាពរ។</translation>
    </message>
    <message>
        <source>Add a citation</source>
        <translation>បន្ថែមការដកស្រង់</translation>
    </message>
    <message>
        <source>Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):</source>
        <translation>បិទភ្ជាប់ការដកស្រង់ដែលបានចម្លងពីកម្មវិធីអានសៀវភៅណែនាំ (ឧទាហរណ៍ basel-at-the-border §take-back-clocks ¶3)៖</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a handbook citation.</source>
        <translation>&apos;{text}&apos; មិនមែនជាការដកស្រង់ពីសៀវភៅណែនាំទេ។</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>បន្ថែមរូបថត</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</source>
        <translation>រូបថត និងឯកសារ (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>ឯកសារខ្លះមិនត្រូវបានបន្ថែមទេ</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>ទីតាំង៖ {lat}, {lon}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>ថតនៅ</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>បន្ថែមដោយ {who} នៅ {when}</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>ចំណងជើងរូបភាព</translation>
    </message>
    <message>
        <source>Caption for {name}:</source>
        <translation>ចំណងជើងរូបភាពសម្រាប់ {name}៖</translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation>ការកែតម្រូវដែលមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>Discard the changes of this correction?</source>
        <translation>បោះបង់ការផ្លាស់ប្តូរនៃការកែតម្រូវនេះឬ?</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection</source>
        <translation>ការត្រួតពិនិត្យថ្មី</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>មិនរាប់បញ្ចូលកំណត់ត្រាដែលបានដកចេញ</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>គ្រប់វិធានការ</translation>
    </message>
    <message>
        <source>All waste streams</source>
        <translation>គ្រប់ប្រភេទកាកសំណល់</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation&apos;s key</source>
        <translation>សោរបស់កុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>Send the key file to the other side, then read this fingerprint to them by phone so they can check it before they trust it.</source>
        <translation>ផ្ញើឯកសារសោទៅភាគីម្ខាងទៀត បន្ទាប់មកអានស្នាមម្រាមដៃនេះឱ្យពួកគេស្តាប់តាមទូរស័ព្ទ ដើម្បីឱ្យពួកគេផ្ទៀងផ្ទាត់មុននឹងទុកចិត្តលើសោនោះ។</translation>
    </message>
    <message>
        <source>Save my key file…</source>
        <translation>រក្សាទុកឯកសារសោរបស់ខ្ញុំ…</translation>
    </message>
    <message>
        <source>Keys this installation trusts</source>
        <translation>សោដែលកុំព្យូទ័រនេះទុកចិត្ត</translation>
    </message>
    <message>
        <source>post</source>
        <translation>ប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>លេខាធិការដ្ឋាន</translation>
    </message>
    <message>
        <source>revoked {day}: {reason}</source>
        <translation>បានដកហូតនៅ {day}៖ {reason}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>ទុកចិត្ត</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ស្នាមម្រាមដៃ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ចាប់តាំងពី</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Trust a key file…</source>
        <translation>ទុកចិត្តលើឯកសារសោ…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>ដកហូត…</translation>
    </message>
    <message>
        <source>Save the key file to</source>
        <translation>រក្សាទុកឯកសារសោទៅ</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>បានសរសេរ {path}។</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>ទុកចិត្តលើឯកសារសោ</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>សោ Customs Desk (*.cdkey)</translation>
    </message>
    <message>
        <source>Now trusting {name} ({code}).</source>
        <translation>ឥឡូវទុកចិត្តលើ {name} ({code})។</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>សូមជ្រើសរើសសោជាមុនសិន។</translation>
    </message>
    <message>
        <source>The key of {post} is revoked.</source>
        <translation>សោរបស់ {post} ត្រូវបានដកហូត។</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Where is this computer used?</source>
        <translation>តើកុំព្យូទ័រនេះប្រើនៅកន្លែងណា?</translation>
    </message>
    <message>
        <source>Customs Desk keeps all data on this computer. Border posts record inspections and send them to the secretariat on a USB stick; the secretariat consolidates the posts&apos; records and sends updates back.</source>
        <translation>Customs Desk រក្សាទុកទិន្នន័យទាំងអស់នៅលើកុំព្យូទ័រនេះ។ ប៉ុស្តិ៍ព្រំដែនកត់ត្រាការត្រួតពិនិត្យ ហើយផ្ញើទៅលេខាធិការដ្ឋានតាមរយៈឧបករណ៍ផ្ទុក USB។ លេខាធិការដ្ឋានប្រមូលផ្តុំកំណត់ត្រារបស់ប៉ុស្តិ៍ ហើយផ្ញើបច្ចុប្បន្នភាពត្រឡប់មកវិញ។</translation>
    </message>
    <message>
        <source>At a border post (customs office, port, land crossing)</source>
        <translation>នៅប៉ុស្តិ៍ព្រំដែន (ការិយាល័យគយ កំពង់ផែ ច្រកព្រំដែនគោក)</translation>
    </message>
    <message>
        <source>At the secretariat of the Asian Network</source>
        <translation>នៅលេខាធិការដ្ឋាននៃបណ្តាញអាស៊ី</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Customs Desk</source>
        <translation>សូមស្វាគមន៍មកកាន់ Customs Desk</translation>
    </message>
    <message>
        <source>Choose the language of the interface. You can change it later in Settings. Handbooks keep their own language.</source>
        <translation>សូមជ្រើសរើសភាសានៃចំណុចប្រទាក់។ អ្នកអាចប្តូរវានៅពេលក្រោយក្នុងការកំណត់។ សៀវភៅណែនាំរក្សាភាសារបស់ខ្លួន។</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>received</source>
        <translation>បានទទួល</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>បានផ្ញើ</translation>
    </message>
    <message>
        <source>records</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>បង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>update</source>
        <translation>បច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ទិសដៅ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>With</source>
        <translation>ជាមួយ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>បានបញ្ជាក់</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>ខ្លឹមសារ</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Customs Desk</source>
        <translation>ចូលប្រើ — Customs Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ចូលប្រើ</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>លេខប័ណ្ណសម្គាល់(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ពាក្យសម្ងាត់(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ភាសា(&amp;L)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ចាកចេញពីកម្មវិធី</translation>
    </message>
    <message>
        <source>Enter your badge number.</source>
        <translation>សូមបញ្ចូលលេខប័ណ្ណសម្គាល់របស់អ្នក។</translation>
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
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>មន្ត្រី</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>ប្រធាន</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>លេខាធិការដ្ឋាន</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>ការកំណត់(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ចាក់សោ(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ចាកចេញពីគណនី(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញពីកម្មវិធី(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ទៅកាន់(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Customs Desk</source>
        <translation>អំពី Customs Desk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MakeUpdateTab</name>
    <message>
        <source>Alerts and watch lists</source>
        <translation>ការព្រមាន និងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Party or route</source>
        <translation>ភាគី ឬផ្លូវដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>មានសុពលភាពរហូតដល់</translation>
    </message>
    <message>
        <source>Add an alert</source>
        <translation>បន្ថែមការព្រមាន</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>លុបចេញ</translation>
    </message>
    <message>
        <source>Handbooks, codes and keys</source>
        <translation>សៀវភៅណែនាំ កូដ និងសោ</translation>
    </message>
    <message>
        <source>Add a handbook folder…</source>
        <translation>បន្ថែមថតសៀវភៅណែនាំ…</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>សៀវភៅណែនាំ</translation>
    </message>
    <message>
        <source>a reference-code dataset folder (optional)</source>
        <translation>ថតសំណុំទិន្នន័យកូដយោង (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>កូដយោង</translation>
    </message>
    <message>
        <source>Add a post&apos;s key file…</source>
        <translation>បន្ថែមឯកសារសោរបស់ប៉ុស្តិ៍…</translation>
    </message>
    <message>
        <source>Keys for posts to trust</source>
        <translation>សោដែលប៉ុស្តិ៍ត្រូវទុកចិត្ត</translation>
    </message>
    <message>
        <source>For the posts</source>
        <translation>សម្រាប់ប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>សរសេរទៅ</translation>
    </message>
    <message>
        <source>Make the update package</source>
        <translation>រៀបចំកញ្ចប់បច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>សារ</translation>
    </message>
    <message>
        <source>Party to watch</source>
        <translation>ភាគីត្រូវតាមដាន</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>ផ្លូវដឹកជញ្ជូនត្រូវតាមដាន</translation>
    </message>
    <message>
        <source>Handbook folder</source>
        <translation>ថតសៀវភៅណែនាំ</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>ឯកសារសោ</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>សោ Customs Desk (*.cdkey)</translation>
    </message>
    <message>
        <source>Choose where to write the update.</source>
        <translation>សូមជ្រើសរើសកន្លែងសរសេរបច្ចុប្បន្នភាព។</translation>
    </message>
    <message>
        <source>Choose at least one post.</source>
        <translation>សូមជ្រើសរើសប៉ុស្តិ៍យ៉ាងហោចណាស់មួយ។</translation>
    </message>
    <message>
        <source>Wrote {path} for {n} posts.</source>
        <translation>បានសរសេរ {path} សម្រាប់ប៉ុស្តិ៍ចំនួន {n}។</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Competent authority notified</source>
        <translation>បានជូនដំណឹងទៅអាជ្ញាធរមានសមត្ថកិច្ច</translation>
    </message>
    <message>
        <source>Does not start a clock</source>
        <translation>មិនចាប់ផ្តើមរាប់រយៈពេលកំណត់</translation>
    </message>
    <message>
        <source>Starts: {clock}</source>
        <translation>ចាប់ផ្តើម៖ {clock}</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>អាជ្ញាធរ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Date informed</source>
        <translation>កាលបរិច្ឆេទជូនដំណឹង</translation>
    </message>
    <message>
        <source>How (e-mail, letter, focal point…)</source>
        <translation>តាមរយៈ (អ៊ីមែល លិខិត ចំណុចទំនាក់ទំនង…)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Take-back clock</source>
        <translation>រយៈពេលកំណត់នៃការនាំត្រឡប់មកវិញ</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>ទំព័រដើម</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>សៀវភៅណែនាំ</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>កូដ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>PDF reports: records, notices, registers, summaries</source>
        <translation>របាយការណ៍ PDF៖ កំណត់ត្រា សេចក្តីជូនដំណឹង បញ្ជី និងសេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>ផ្លាស់ប្តូរទិន្នន័យ</translation>
    </message>
    <message>
        <source>Packages on USB sticks: send, import, receipts, updates, keys</source>
        <translation>កញ្ចប់នៅលើឧបករណ៍ផ្ទុក USB៖ ផ្ញើ នាំចូល បង្កាន់ដៃ បច្ចុប្បន្នភាព សោ</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>អ្នកប្រើប្រាស់</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>ភាគីពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>This is a person (removed from non-nominal exports)</source>
        <translation>នេះជារូបវន្តបុគ្គល (ឈ្មោះត្រូវបានដកចេញពីការនាំចេញទិន្នន័យដោយមិនបញ្ចេញឈ្មោះ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>លេខចុះបញ្ជី</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Type a name to find the party</source>
        <translation>វាយឈ្មោះដើម្បីស្វែងរកភាគីពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>ថ្មី…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>កែសម្រួល…</translation>
    </message>
    <message>
        <source>⚑ on the watch list</source>
        <translation>⚑ ស្ថិតក្នុងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <source>Watch list from the secretariat: {title}</source>
        <translation>បញ្ជីតាមដានពីលេខាធិការដ្ឋាន៖ {title}</translation>
    </message>
    <message>
        <source>⚠ {n} earlier findings</source>
        <translation>⚠ ធ្លាប់រកឃើញបញ្ហា {n} ដង</translation>
    </message>
    <message>
        <source>This party appears in {n} inspections that were not simply released.</source>
        <translation>ភាគីនេះមាននៅក្នុងការត្រួតពិនិត្យចំនួន {n} ដែលមិនត្រូវបានបញ្ចេញធម្មតា។</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>ប្តូរពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>ពាក្យសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>វាយម្តងទៀត</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The border post</source>
        <translation>ប៉ុស្តិ៍ព្រំដែន</translation>
    </message>
    <message>
        <source>The post code starts every record number made here (for example SGP-TUAS-2026-00042), so keep it short and never reuse another post&apos;s code.</source>
        <translation>កូដប៉ុស្តិ៍ស្ថិតនៅខាងដើមលេខកំណត់ត្រានីមួយៗដែលបង្កើតនៅទីនេះ (ឧទាហរណ៍ SGP-TUAS-2026-00042) ដូច្នេះសូមរក្សាវាឱ្យខ្លី ហើយកុំប្រើកូដរបស់ប៉ុស្តិ៍ផ្សេងឡើយ។</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>កូដប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>ឈ្មោះប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>ប្រទេស ឬដែនដី</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>ប្រទេសផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>តំបន់ម៉ោង</translation>
    </message>
    <message>
        <source>Agency (for report headers)</source>
        <translation>ស្ថាប័ន (សម្រាប់ក្បាលរបាយការណ៍)</translation>
    </message>
    <message>
        <source>e.g. SGP-TUAS</source>
        <translation>ឧទាហរណ៍ SGP-TUAS</translation>
    </message>
    <message>
        <source>e.g. Tuas Checkpoint</source>
        <translation>ឧទាហរណ៍ Tuas Checkpoint</translation>
    </message>
    <message>
        <source>e.g. Singapore Customs</source>
        <translation>ឧទាហរណ៍ Singapore Customs</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>ផ្សេងទៀត…</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>never</source>
        <translation>មិនដែល</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>កញ្ចប់ចុងក្រោយ</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>កញ្ចប់</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>ករណីកំពុងដំណើរការ</translation>
    </message>
    <message>
        <source>Overdue take-backs</source>
        <translation>ការនាំត្រឡប់មកវិញហួសកំណត់</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ទិន្នន័យផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>បានដាក់ដាច់ដោយឡែក</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសរើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>បង្ហាញព័ត៌មានលម្អិត...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>លាក់ព័ត៌មានលម្អិត...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>បាទ/ចាស ទាំងអស់(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ទេ ទាំងអស់(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>មិនអើពើ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ស្តារលំនាំដើម</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>កាត់(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ជ្រើសរើសទាំងអស់</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ចម្លងទីតាំងតំណ(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Records that arrived but could not be accepted, with the reason. The rest of their package was imported. The post sees the reasons in its receipt.</source>
        <translation>កំណត់ត្រាដែលបានមកដល់ ប៉ុន្តែមិនអាចទទួលយកបាន រួមជាមួយមូលហេតុ។ ផ្នែកផ្សេងទៀតនៃកញ្ចប់របស់វាត្រូវបាននាំចូល។ ប៉ុស្តិ៍នឹងឃើញមូលហេតុនៅក្នុងបង្កាន់ដៃរបស់ខ្លួន។</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>បានទទួល</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Copy citation</source>
        <translation>ចម្លងការដកស្រង់</translation>
    </message>
    <message>
        <source>Bookmark this paragraph</source>
        <translation>ចំណាំកថាខណ្ឌនេះ</translation>
    </message>
    <message>
        <source>Add a note to this paragraph…</source>
        <translation>បន្ថែមកំណត់សម្គាល់លើកថាខណ្ឌនេះ…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Find in this chapter</source>
        <translation>ស្វែងរកក្នុងជំពូកនេះ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>បន្ទាប់</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>មុន</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>តូចជាង</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>ធំជាង</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>ចម្លងការដកស្រង់</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>ចំណាំទំព័រ</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>កំណត់សម្គាល់…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>បោះពុម្ពជា PDF…</translation>
    </message>
    <message>
        <source>Source on the web</source>
        <translation>ប្រភពនៅលើគេហទំព័រ</translation>
    </message>
    <message>
        <source>This source is on the web; open it on a computer with a network:
{url}</source>
        <translation>ប្រភពនេះនៅលើគេហទំព័រ។ សូមបើកវានៅលើកុំព្យូទ័រដែលភ្ជាប់បណ្តាញ៖
{url}</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>ចម្លងអាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Your note on {citation}:</source>
        <translation>កំណត់សម្គាល់របស់អ្នកលើ {citation}៖</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>រកមិនឃើញ</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>បោះពុម្ពជា PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Packages on USB sticks are listed here. Open one: records packages are checked and shown before anything is imported; receipts mark your records as received; updates bring handbooks, codes and alerts from the secretariat.</source>
        <translation>កញ្ចប់នៅលើឧបករណ៍ផ្ទុក USB ត្រូវបានបង្ហាញនៅទីនេះ។ សូមបើកមួយ៖ កញ្ចប់កំណត់ត្រាត្រូវបានពិនិត្យ និងបង្ហាញ មុនពេលនាំចូលអ្វីមួយ។ បង្កាន់ដៃសម្គាល់ថាកំណត់ត្រារបស់អ្នកត្រូវបានទទួល។ បច្ចុប្បន្នភាពនាំមកនូវសៀវភៅណែនាំ កូដ និងការព្រមានពីលេខាធិការដ្ឋាន។</translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation>បើកឯកសារកញ្ចប់…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>ស្វែងរកម្តងទៀត</translation>
    </message>
    <message>
        <source>records</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>បង្កាន់ដៃ</translation>
    </message>
    <message>
        <source>update</source>
        <translation>បច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>{name} — {kind} from {sender}, made {created}</source>
        <translation>{name} — {kind} ពី {sender} បង្កើតនៅ {created}</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>បើកកញ្ចប់</translation>
    </message>
    <message>
        <source>Customs Desk packages (*.cdx)</source>
        <translation>កញ្ចប់ Customs Desk (*.cdx)</translation>
    </message>
    <message>
        <source>Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined.</source>
        <translation>បាននាំចូល {name}៖ ថ្មី {new} ធ្វើបច្ចុប្បន្នភាព {updated} ផ្ទុយគ្នា {conflict} ដាក់ដាច់ដោយឡែក {rejected}។</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>បានអនុវត្តបច្ចុប្បន្នភាព។</translation>
    </message>
    <message>
        <source>The secretariat confirmed the package. {received} of {total} record versions are now received.</source>
        <translation>លេខាធិការដ្ឋានបានបញ្ជាក់ការទទួលកញ្ចប់។ កំណែកំណត់ត្រាចំនួន {received} ក្នុងចំណោម {total} ឥឡូវត្រូវបានទទួល។</translation>
    </message>
    <message>
        <source>{n} were refused there and will be sent again after correction: {reasons}</source>
        <translation>ចំនួន {n} ត្រូវបានបដិសេធនៅទីនោះ ហើយនឹងត្រូវផ្ញើម្តងទៀតបន្ទាប់ពីកែតម្រូវ៖ {reasons}</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>បានបើកនៅ</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Art. 9 grounds</source>
        <translation>មូលដ្ឋានតាមមាត្រា 9</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>រយៈពេលកំណត់</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>ជូនដំណឹងរដ្ឋនៅ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>ផុតកំណត់</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>ដំណោះស្រាយ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>បានបិទនៅ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>ការផ្លាស់ប្តូរចុងក្រោយ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>ការដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>កុងតឺន័រ</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>B/L ឬ AWB</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>ប្រតិវេទន៍</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>អ្នកនាំចេញ</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>អ្នកនាំចូល</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ទៅ</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>ប្រភេទកាកសំណល់</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>កូដបាស៊ែល</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>HS ដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>វិធានការ</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>ទម្ងន់ (kg)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>មន្ត្រី</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: number, container, bill of lading, party, code, country…</source>
        <translation>តម្រង៖ លេខ កុងតឺន័រ ប័ណ្ណដឹកទំនិញ ភាគី កូដ ប្រទេស…</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>រក្សាទុកតម្រង…</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>កំណត់ត្រាចំនួន {n}</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>តម្រងដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>រក្សាទុកតម្រង</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>ឈ្មោះតម្រងនេះ៖</translation>
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
        <translation>បង្កើត PDF នៃកំណត់ត្រានេះ ហើយបើកវា</translation>
    </message>
    <message>
        <source>Making PDF…</source>
        <translation>កំពុងបង្កើត PDF…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>PDF documents open in the PDF viewer of this computer. Reports for one record can also be made from the record itself (PDF button).</source>
        <translation>ឯកសារ PDF បើកក្នុងកម្មវិធីមើល PDF របស់កុំព្យូទ័រនេះ។ របាយការណ៍សម្រាប់កំណត់ត្រាតែមួយ ក៏អាចបង្កើតបានពីកំណត់ត្រានោះផ្ទាល់ដែរ (ប៊ូតុង PDF)។</translation>
    </message>
    <message>
        <source>Words to find: number, container, party, code…</source>
        <translation>ពាក្យដែលត្រូវស្វែងរក៖ លេខ កុងតឺន័រ ភាគី កូដ…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>Default: a file in {folder}</source>
        <translation>លំនាំដើម៖ ឯកសារមួយក្នុង {folder}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើសរើស…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>តម្រង</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>វិធានការ</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>ប្រភេទកាកសំណល់</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>ទំហំក្រដាស</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>បង្កើត PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>រក្សាទុកជា…</translation>
    </message>
    <message>
        <source>Inspection number, e.g. SGP-TUAS-2026-00042</source>
        <translation>លេខការត្រួតពិនិត្យ ឧទាហរណ៍ SGP-TUAS-2026-00042</translation>
    </message>
    <message>
        <source>Case number, e.g. SGP-TUAS-C2026-0007</source>
        <translation>លេខករណី ឧទាហរណ៍ SGP-TUAS-C2026-0007</translation>
    </message>
    <message>
        <source>Enter the number of the record.</source>
        <translation>សូមបញ្ចូលលេខកំណត់ត្រា។</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>រយៈពេលបញ្ចប់មុនពេលចាប់ផ្តើម។</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>កំពុងបង្កើត {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>បានរក្សាទុក {path}</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>គ្មានកម្មវិធីមើល PDF ណាអាចបើក {path} បានទេ។</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>រក្សាទុករបាយការណ៍ជា</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>រក្សាទុកច្បាប់ចម្លងជា</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>បានរក្សាទុកច្បាប់ចម្លងជា {path}</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the key of {post}</source>
        <translation>ដកហូតសោរបស់ {post}</translation>
    </message>
    <message>
        <source>Packages signed with this key will be refused from now on. Do this when a PC or key file is lost or stolen. A revoked key cannot be trusted again.</source>
        <translation>កញ្ចប់ដែលបានចុះហត្ថលេខាដោយសោនេះ នឹងត្រូវបដិសេធចាប់ពីពេលនេះតទៅ។ សូមធ្វើដូច្នេះនៅពេលកុំព្យូទ័រ ឬឯកសារសោបាត់ ឬត្រូវគេលួច។ សោដែលបានដកហូតហើយ មិនអាចទុកចិត្តម្តងទៀតបានទេ។</translation>
    </message>
    <message>
        <source>Why? e.g. laptop stolen on 12 May</source>
        <translation>ហេតុអ្វី? ឧទាហរណ៍ កុំព្យូទ័រយួរដៃត្រូវគេលួចនៅថ្ងៃទី 12 ខែឧសភា</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>ដកហូត</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Send records to the secretariat</source>
        <translation>ផ្ញើកំណត់ត្រាទៅលេខាធិការដ្ឋាន</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>សរសេរទៅ</translation>
    </message>
    <message>
        <source>Send everything again (not only what the secretariat has not confirmed)</source>
        <translation>ផ្ញើទាំងអស់ម្តងទៀត (មិនមែនតែអ្វីដែលលេខាធិការដ្ឋានមិនទាន់បញ្ជាក់ទេ)</translation>
    </message>
    <message>
        <source>Non-nominal: remove the names of individuals</source>
        <translation>មិនបញ្ចេញឈ្មោះ៖ ដកឈ្មោះរូបវន្តបុគ្គលចេញ</translation>
    </message>
    <message>
        <source>Officers&apos; names and the names of parties who are persons are replaced by &apos;(withheld)&apos;; companies stay named. Audit events are not included.</source>
        <translation>ឈ្មោះមន្ត្រី និងឈ្មោះភាគីដែលជារូបវន្តបុគ្គល ត្រូវបានជំនួសដោយ &apos;(withheld)&apos;។ ក្រុមហ៊ុននៅតែមានឈ្មោះ។ ព្រឹត្តិការណ៍សវនកម្មមិនត្រូវបានបញ្ចូលទេ។</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>សរសេរកញ្ចប់</translation>
    </message>
    <message>
        <source>The secretariat&apos;s key is not trusted yet. Get its key file and trust it on the Keys tab; packages are encrypted so that only the secretariat can read them.</source>
        <translation>សោរបស់លេខាធិការដ្ឋានមិនទាន់ត្រូវបានទុកចិត្តនៅឡើយទេ។ សូមយកឯកសារសោរបស់លេខាធិការដ្ឋាន ហើយទុកចិត្តវានៅផ្ទាំងសោ។ កញ្ចប់ត្រូវបានអ៊ិនគ្រីប ដើម្បីឱ្យមានតែលេខាធិការដ្ឋានប៉ុណ្ណោះដែលអាចអានបាន។</translation>
    </message>
    <message>
        <source>{received} of {total} record versions are confirmed received by the secretariat; {waiting} are waiting to be sent or confirmed.</source>
        <translation>កំណែកំណត់ត្រាចំនួន {received} ក្នុងចំណោម {total} ត្រូវបានលេខាធិការដ្ឋានបញ្ជាក់ថាបានទទួល។ ចំនួន {waiting} កំពុងរង់ចាំការផ្ញើ ឬការបញ្ជាក់។</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>សូមជ្រើសរើសកន្លែងសរសេរកញ្ចប់។</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for the secretariat and signed by this post. Remove the USB stick safely, then carry it.</source>
        <translation>បានសរសេរ {file}៖ កំណែកំណត់ត្រាចំនួន {n} រូបថត និងឯកសារចំនួន {files}។ កញ្ចប់នេះត្រូវបានអ៊ិនគ្រីបសម្រាប់លេខាធិការដ្ឋាន និងចុះហត្ថលេខាដោយប៉ុស្តិ៍នេះ។ សូមដកឧបករណ៍ផ្ទុក USB ចេញដោយសុវត្ថិភាព រួចយកវាទៅ។</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <source>never</source>
        <translation>មិនចាក់សោ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>ភាសាចំណុចប្រទាក់</translation>
    </message>
    <message>
        <source>Paper size for reports</source>
        <translation>ទំហំក្រដាសសម្រាប់របាយការណ៍</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>ចាក់សោបន្ទាប់ពី</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>ប្រធានដំបូង</translation>
    </message>
    <message>
        <source>Supervisors add officers&apos; accounts and may correct finalized records. Officers share this computer, so each signs in with a badge number and password.</source>
        <translation>ប្រធានបន្ថែមគណនីរបស់មន្ត្រី និងអាចកែតម្រូវកំណត់ត្រាដែលបានបញ្ចប់ជាស្ថាពរ។ មន្ត្រីប្រើកុំព្យូទ័រនេះរួមគ្នា ដូច្នេះម្នាក់ៗចូលប្រើដោយលេខប័ណ្ណសម្គាល់ និងពាក្យសម្ងាត់របស់ខ្លួន។</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>លេខប័ណ្ណសម្គាល់</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>វាយពាក្យសម្ងាត់ម្តងទៀត</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>ទុកចិត្តលើសោ</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>លេខាធិការដ្ឋាន</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>ប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>This key file says it belongs to {name} ({code}, {country}), {kind}. Anyone can write such a file: call the sender on a number you already know and have them read their fingerprint (Exchange ▸ Keys). Trust the key only if it matches.</source>
        <translation>ឯកសារសោនេះបញ្ជាក់ថាជាកម្មសិទ្ធិរបស់ {name} ({code}, {country}) ប្រភេទ {kind}។ នរណាក៏អាចសរសេរឯកសារបែបនេះបានដែរ៖ សូមទូរស័ព្ទទៅអ្នកផ្ញើតាមលេខដែលអ្នកស្គាល់រួចហើយ ហើយឱ្យគេអានស្នាមម្រាមដៃរបស់គេ (ផ្លាស់ប្តូរទិន្នន័យ ▸ សោ)។ សូមទុកចិត្តលើសោ លុះត្រាតែវាត្រូវគ្នា។</translation>
    </message>
    <message>
        <source>optional: type what the sender reads to you</source>
        <translation>ស្រេចចិត្ត៖ វាយអ្វីដែលអ្នកផ្ញើអានឱ្យអ្នកស្តាប់</translation>
    </message>
    <message>
        <source>Fingerprint read by phone</source>
        <translation>ស្នាមម្រាមដៃដែលបានអានតាមទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender</source>
        <translation>ខ្ញុំបានប្រៀបធៀបស្នាមម្រាមដៃជាមួយអ្នកផ្ញើរួចហើយ</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>ទុកចិត្តលើសោនេះ</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ ត្រូវគ្នា</translation>
    </message>
    <message>
        <source>Does not match (yet). Do not trust a key that does not match.</source>
        <translation>មិនទាន់ត្រូវគ្នា។ កុំទុកចិត្តលើសោដែលមិនត្រូវគ្នា។</translation>
    </message>
    <message>
        <source>Type at least 16 characters.</source>
        <translation>សូមវាយយ៉ាងហោចណាស់ 16 តួអក្សរ។</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Locked — Customs Desk</source>
        <translation>បានចាក់សោ — Customs Desk</translation>
    </message>
    <message>
        <source>The session was locked after a period without use. {name}, type your password to continue, or sign out so another officer can sign in. Unsaved drafts are kept.</source>
        <translation>វគ្គប្រើប្រាស់ត្រូវបានចាក់សោ បន្ទាប់ពីមិនបានប្រើមួយរយៈ។ {name} សូមវាយពាក្យសម្ងាត់របស់អ្នកដើម្បីបន្ត ឬចាកចេញ ដើម្បីឱ្យមន្ត្រីផ្សេងទៀតអាចចូលប្រើបាន។ សេចក្តីព្រាងដែលមិនទាន់រក្សាទុកនៅតែត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ដោះសោ</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ចាកចេញពីគណនី</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>ពាក្យសម្ងាត់មិនត្រឹមត្រូវ។</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update {name}</source>
        <translation>បច្ចុប្បន្នភាព {name}</translation>
    </message>
    <message>
        <source>Checking the secretariat&apos;s signature…</source>
        <translation>កំពុងពិនិត្យហត្ថលេខារបស់លេខាធិការដ្ឋាន…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>អនុវត្តបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>កូដយោង</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>គ្មានការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>សៀវភៅណែនាំ</translation>
    </message>
    <message>
        <source>Alerts and watch lists</source>
        <translation>ការព្រមាន និងបញ្ជីតាមដាន</translation>
    </message>
    <message>
        <source>Keys to trust</source>
        <translation>សោដែលត្រូវទុកចិត្ត</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>សោដែលត្រូវដកហូត</translation>
    </message>
    <message>
        <source>This update was applied before; nothing to do.</source>
        <translation>បច្ចុប្បន្នភាពនេះធ្លាប់បានអនុវត្តរួចហើយ។ គ្មានអ្វីត្រូវធ្វើទេ។</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Signed by the secretariat and intact. Nothing has been changed yet.</source>
        <translation>បានចុះហត្ថលេខាដោយលេខាធិការដ្ឋាន និងនៅដដែលគ្មានការកែប្រែ។ មិនទាន់មានអ្វីត្រូវបានផ្លាស់ប្តូរនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>បានអនុវត្តបច្ចុប្បន្នភាព។</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>លេខប័ណ្ណ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>active</source>
        <translation>សកម្ម</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>បានបិទ</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>គណនីអ្នកប្រើប្រាស់</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>បន្ថែមអ្នកប្រើប្រាស់…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>កំណត់ពាក្យសម្ងាត់…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>បិទ / បើកដំណើរការ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវបានប្តូរហើយ។</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> Before that, consider {codes}.</source>
        <translation> មុនកាលបរិច្ឆេទនោះ សូមពិចារណា {codes}។</translation>
    </message>
    <message>
        <source> Did you mean {codes}?</source>
        <translation> តើអ្នកចង់និយាយថា {codes} ឬ?</translation>
    </message>
    <message>
        <source> See {codes}.</source>
        <translation> សូមមើល {codes}។</translation>
    </message>
    <message>
        <source> … [{n} more characters not printed]</source>
        <translation> … [មិនបានបោះពុម្ពតួអក្សរ {n} ទៀត]</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not an answer to this question.</source>
        <translation>&apos;{answer}&apos; មិនមែនជាចម្លើយនៃសំណួរនេះទេ។</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).</source>
        <translation>&apos;{code}&apos; មិនមែនជាកូដបាស៊ែល (ឧទាហរណ៍ A1181, Y49, B3011) ហើយក៏មិនមែនជាកូដ HS (ឧទាហរណ៍ 8549.11) ដែរ។</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.</source>
        <translation>&apos;{code}&apos; មិនមែនជាកូដ HS ទេ។ សូមប្រើលេខ 4 ឬ 6 ខ្ទង់ ឧទាហរណ៍ 8549 ឬ 8549.11។</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code (e.g. USD, VND, THB).</source>
        <translation>&apos;{code}&apos; មិនមែនជាកូដរូបិយប័ណ្ណ ISO 4217 ទេ (ឧទាហរណ៍ USD, VND, THB)។</translation>
    </message>
    <message>
        <source>&apos;{selector}&apos; matches several keys; give more of the fingerprint.</source>
        <translation>&apos;{selector}&apos; ត្រូវគ្នានឹងសោច្រើន។ សូមផ្តល់ស្នាមម្រាមដៃឱ្យបានវែងជាងនេះ។</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a handbook citation.</source>
        <translation>&apos;{text}&apos; មិនមែនជាការដកស្រង់ពីសៀវភៅណែនាំទេ។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a UN number; write UN and four digits, e.g. UN3480.</source>
        <translation>&apos;{value}&apos; មិនមែនជាលេខ UN ទេ។ សូមសរសេរ UN និងលេខបួនខ្ទង់ ឧទាហរណ៍ UN3480។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code (e.g. VN, TH, HK).</source>
        <translation>&apos;{value}&apos; មិនមែនជាកូដប្រទេស ISO 3166 ទេ (ឧទាហរណ៍ VN, TH, HK)។</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code.</source>
        <translation>&apos;{value}&apos; មិនមែនជាកូដប្រទេស ISO 3166 ទេ។</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) គ្មានការជូនដំណឹងទៅរដ្ឋពាក់ព័ន្ធទាំងអស់</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) គ្មានការយល់ព្រមពីរដ្ឋពាក់ព័ន្ធណាមួយ</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) ការយល់ព្រមទទួលបានតាមរយៈការក្លែងបន្លំ ការបំភ្លៃការពិត ឬការឆបោក</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) មិនត្រូវគ្នានឹងឯកសារក្នុងខ្លឹមសារសំខាន់</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) ការបោះចោលដោយចេតនា (ការចាក់ចោល)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(គ្មានចំណងជើងរូបភាព)</translation>
    </message>
    <message>
        <source>(not in the reference tables)</source>
        <translation>(មិនមានក្នុងតារាងយោង)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(មិនបានកត់ត្រា)</translation>
    </message>
    <message>
        <source>(nothing to print)</source>
        <translation>(គ្មានអ្វីត្រូវបោះពុម្ព)</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit ត្រូវតែនៅចន្លោះ 1 ដល់ 500។</translation>
    </message>
    <message>
        <source>--records must be between 1 and 2000000.</source>
        <translation>--records ត្រូវតែនៅចន្លោះ 1 ដល់ 2000000។</translation>
    </message>
    <message>
        <source>--revoke {fp}: give the fingerprint of one trusted key.</source>
        <translation>--revoke {fp}៖ សូមផ្តល់ស្នាមម្រាមដៃនៃសោដែលបានទុកចិត្តមួយ។</translation>
    </message>
    <message>
        <source>1. Reporting Party</source>
        <translation>1. ភាគីរាយការណ៍</translation>
    </message>
    <message>
        <source>10. Penalties and legal proceedings</source>
        <translation>10. ទណ្ឌកម្ម និងនីតិវិធីផ្លូវច្បាប់</translation>
    </message>
    <message>
        <source>11. Remarks</source>
        <translation>11. កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>12. Certification</source>
        <translation>12. ការបញ្ជាក់</translation>
    </message>
    <message>
        <source>2. The case</source>
        <translation>2. ករណី</translation>
    </message>
    <message>
        <source>3. Type of illegal traffic (Article 9(1))</source>
        <translation>3. ប្រភេទនៃការជួញដូរខុសច្បាប់ (មាត្រា 9(1))</translation>
    </message>
    <message>
        <source>4. States concerned</source>
        <translation>4. រដ្ឋពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>5. Persons involved</source>
        <translation>5. បុគ្គលពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>6. The waste</source>
        <translation>6. កាកសំណល់</translation>
    </message>
    <message>
        <source>7. Documents</source>
        <translation>7. ឯកសារ</translation>
    </message>
    <message>
        <source>8. Transport</source>
        <translation>8. ការដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>9. Responsibility and action taken (Article 9(2) to 9(4))</source>
        <translation>9. ការទទួលខុសត្រូវ និងវិធានការដែលបានចាត់ (មាត្រា 9(2) ដល់ 9(4))</translation>
    </message>
    <message>
        <source>A note can have at most {n} characters.</source>
        <translation>កំណត់សម្គាល់មួយអាចមានអតិបរមា {n} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Action at the border</source>
        <translation>វិធានការនៅព្រំដែន</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>ឧបករណ៍ជំនួយ</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>ផ្លូវអាកាស</translation>
    </message>
    <message>
        <source>Answer every question before saving the result.</source>
        <translation>សូមឆ្លើយគ្រប់សំណួរ មុននឹងរក្សាទុកលទ្ធផល។</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>មាត្រា 8៖ 90 ថ្ងៃ (ការនាំចូលវិញនៃការដឹកជញ្ជូនស្របច្បាប់)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>មាត្រា 9៖ 30 ថ្ងៃ ចាប់ពីពេលរដ្ឋទទួលបានការជូនដំណឹង</translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation>សូមសួរប្រធានរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation>អាជ្ញាធរដែលបានទទួលការជូនដំណឹង</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>អាជ្ញាធរ</translation>
    </message>
    <message>
        <source>Basel</source>
        <translation>បាស៊ែល</translation>
    </message>
    <message>
        <source>Basel Annex VIII / IX codes</source>
        <translation>កូដបាស៊ែល ឧបសម្ព័ន្ធ VIII / IX</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>កូដបាស៊ែល</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>ប័ណ្ណដឹកទំនិញ / ប័ណ្ណដឹកទំនិញតាមផ្លូវអាកាស</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ដោយ</translation>
    </message>
    <message>
        <source>By country of export</source>
        <translation>តាមប្រទេសនាំចេញ</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>តាមខែ</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>តាមវិធានការ</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>តាមប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>By waste stream</source>
        <translation>តាមប្រភេទកាកសំណល់</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>បៃ</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>មិនអាចកំណត់អ្នកទទួលខុសត្រូវបាន (Art. 9(4))</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{column}&apos;.</source>
        <translation>មិនអាចតម្រៀបតាម &apos;{column}&apos; បានទេ។</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>អ្នកដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Carrier(s)</source>
        <translation>អ្នកដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>សំណុំឯកសារករណី</translation>
    </message>
    <message>
        <source>Case finished ({status}).</source>
        <translation>ករណីបានបញ្ចប់ ({status})។</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>លេខករណី</translation>
    </message>
    <message>
        <source>Case opened from inspection {number}.</source>
        <translation>ករណីបានបើកពីការត្រួតពិនិត្យ {number}។</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>ករណី</translation>
    </message>
    <message>
        <source>Cases are opened by the post that made the inspection.</source>
        <translation>ករណីត្រូវបានបើកដោយប៉ុស្តិ៍ដែលបានធ្វើការត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>គំនូសតាង</translation>
    </message>
    <message>
        <source>Check that the drive is connected and the folder is readable.</source>
        <translation>សូមពិនិត្យថាដ្រាយត្រូវបានភ្ជាប់ ហើយថតអាចអានបាន។</translation>
    </message>
    <message>
        <source>Choose &apos;post&apos; or &apos;secretariat&apos;.</source>
        <translation>សូមជ្រើសរើស &apos;post&apos; ឬ &apos;secretariat&apos;។</translation>
    </message>
    <message>
        <source>Choose a bookmark or a note.</source>
        <translation>សូមជ្រើសរើសចំណាំទំព័រ ឬកំណត់សម្គាល់។</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>សូមជ្រើសរើសប្រទេសពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>សូមជ្រើសរើសតំបន់ម៉ោងពីបញ្ជី។</translation>
    </message>
    <message>
        <source>Choose the mode of transport.</source>
        <translation>សូមជ្រើសរើសមធ្យោបាយដឹកជញ្ជូន។</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>សូមជ្រើសរើសវិធានការ។</translation>
    </message>
    <message>
        <source>Choose the type of inspection.</source>
        <translation>សូមជ្រើសរើសប្រភេទនៃការត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>ការដកស្រង់</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>រយៈពេលកំណត់</translation>
    </message>
    <message>
        <source>Close other Customs Desk windows or programs using this data folder and try again. Nothing was changed.</source>
        <translation>សូមបិទបង្អួច Customs Desk ផ្សេងទៀត ឬកម្មវិធីដែលកំពុងប្រើថតទិន្នន័យនេះ ហើយព្យាយាមម្តងទៀត។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>បិទនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>កូដ</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>កូដ</translation>
    </message>
    <message>
        <source>Codes and their titles</source>
        <translation>កូដ និងចំណងជើង</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>ការចុះពិនិត្យទីតាំងក្រុមហ៊ុន</translation>
    </message>
    <message>
        <source>Competent authority or focal point</source>
        <translation>អាជ្ញាធរមានសមត្ថកិច្ច ឬចំណុចទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>បានបញ្ជាក់ថាជាការជួញដូរខុសច្បាប់</translation>
    </message>
    <message>
        <source>Consent of the States concerned</source>
        <translation>ការយល់ព្រមរបស់រដ្ឋពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Contact the post below, quoting reference {ref}.</source>
        <translation>សូមទាក់ទងប៉ុស្តិ៍ខាងក្រោម ដោយយោងលេខ {ref}។</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>កុងតឺន័រ</translation>
    </message>
    <message>
        <source>Containers and seals</source>
        <translation>កុងតឺន័រ និងត្រា</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>មធ្យោបាយដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>ប្រទេសនាំចេញ</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>ប្រទេសនាំចូល</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>ប្រតិវេទន៍គយ</translation>
    </message>
    <message>
        <source>DRAFT: this record is not finalized and may still change.</source>
        <translation>សេចក្តីព្រាង៖ កំណត់ត្រានេះមិនទាន់បញ្ចប់ជាស្ថាពរ ហើយអាចនៅមានការផ្លាស់ប្តូរ។</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>កាលបរិច្ឆេទនៃរបាយការណ៍នេះ</translation>
    </message>
    <message>
        <source>Date the State was informed</source>
        <translation>កាលបរិច្ឆេទដែលរដ្ឋទទួលបានការជូនដំណឹង</translation>
    </message>
    <message>
        <source>Date the case was confirmed</source>
        <translation>កាលបរិច្ឆេទដែលករណីត្រូវបានបញ្ជាក់</translation>
    </message>
    <message>
        <source>Date the shipment was detected</source>
        <translation>កាលបរិច្ឆេទដែលរកឃើញការដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>កាលបរិច្ឆេទ៖</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>កាលបរិច្ឆេទផុតកំណត់</translation>
    </message>
    <message>
        <source>Deadline and clock</source>
        <translation>កាលកំណត់ និងរយៈពេលកំណត់</translation>
    </message>
    <message>
        <source>Decision aid {id} is invalid: {problems}</source>
        <translation>ឧបករណ៍ជំនួយការសម្រេចចិត្ត {id} មិនត្រឹមត្រូវ៖ {problems}</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>ឧបករណ៍ជំនួយការសម្រេចចិត្ត</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>កូដ HS ដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>Declared as</source>
        <translation>បានប្រកាសជា</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>ការពិពណ៌នាដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>តម្លៃដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>Describe at least one line of goods.</source>
        <translation>សូមពិពណ៌នាជួរទំនិញយ៉ាងហោចណាស់មួយ។</translation>
    </message>
    <message>
        <source>Describe the indicator.</source>
        <translation>សូមពិពណ៌នាសូចនាករ។</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Designation and description</source>
        <translation>ការកំណត់ឈ្មោះ និងការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>ឃាត់ទុក</translation>
    </message>
    <message>
        <source>Detention or seizure notice</source>
        <translation>សេចក្តីជូនដំណឹងអំពីការឃាត់ទុក ឬការរឹបអូស</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>ការបោះចោលនៅកន្លែងផ្សេង (Art. 9(4))</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>ការបោះចោលក្នុងរដ្ឋនាំចូល</translation>
    </message>
    <message>
        <source>Disposal or recovery operation (Annex IV)</source>
        <translation>ប្រតិបត្តិការបោះចោល ឬស្តារយកមកប្រើវិញ (ឧបសម្ព័ន្ធ IV)</translation>
    </message>
    <message>
        <source>Disposer or recovery facility</source>
        <translation>អ្នកបោះចោល ឬរោងចក្រស្តារយកមកប្រើវិញ</translation>
    </message>
    <message>
        <source>Do not start or end the password with spaces.</source>
        <translation>ពាក្យសម្ងាត់មិនត្រូវចាប់ផ្តើម ឬបញ្ចប់ដោយដកឃ្លាទេ។</translation>
    </message>
    <message>
        <source>Document {id} · content hash {hash} · Customs Desk {version}</source>
        <translation>ឯកសារ {id} · តម្លៃហាស់នៃខ្លឹមសារ {hash} · Customs Desk {version}</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>ការត្រួតពិនិត្យឯកសារ</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>ឯកសារដែលបានបង្ហាញ</translation>
    </message>
    <message>
        <source>Draft structure: the official form&apos;s fields could not be confirmed. The fields below follow Article 9 of the Basel Convention and the information required on notification and movement documents (Annex V A and V B). Check them against the current form published by the Secretariat of the Basel Convention before sending, and complete every field marked [to complete].</source>
        <translation>រចនាសម្ព័ន្ធសេចក្តីព្រាង៖ វាលនៃទម្រង់ផ្លូវការមិនអាចបញ្ជាក់បានទេ។ វាលខាងក្រោមរៀបចំតាមមាត្រា 9 នៃអនុសញ្ញាបាស៊ែល និងព័ត៌មានដែលតម្រូវឱ្យមានក្នុងឯកសារជូនដំណឹង និងឯកសារចលនា (ឧបសម្ព័ន្ធ V A និង V B)។ សូមផ្ទៀងផ្ទាត់ជាមួយទម្រង់បច្ចុប្បន្នដែលលេខាធិការដ្ឋាននៃអនុសញ្ញាបាស៊ែលបានផ្សព្វផ្សាយ មុនពេលផ្ញើ ហើយបំពេញគ្រប់វាលដែលមានសម្គាល់ [ត្រូវបំពេញ]។</translation>
    </message>
    <message>
        <source>Empty seal number.</source>
        <translation>លេខត្រាទទេ។</translation>
    </message>
    <message>
        <source>Enter the date and time of the inspection, with its time zone.</source>
        <translation>សូមបញ្ចូលកាលបរិច្ឆេទ និងម៉ោងនៃការត្រួតពិនិត្យ ព្រមទាំងតំបន់ម៉ោង។</translation>
    </message>
    <message>
        <source>Enter the name of the border post.</source>
        <translation>សូមបញ្ចូលឈ្មោះប៉ុស្តិ៍ព្រំដែន។</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>សូមបញ្ចូលឈ្មោះ។</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s full name.</source>
        <translation>សូមបញ្ចូលឈ្មោះពេញរបស់មន្ត្រី។</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>អ្នកនាំចេញ</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>អ្នកនាំចេញ ឬអ្នកបង្កើតកាកសំណល់ (Art. 9(2))</translation>
    </message>
    <message>
        <source>Exporter or notifier</source>
        <translation>អ្នកនាំចេញ ឬអ្នកជូនដំណឹង</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>តម្រង</translation>
    </message>
    <message>
        <source>Finalize the inspection before opening a case from it.</source>
        <translation>សូមបញ្ចប់ការត្រួតពិនិត្យជាស្ថាពរ មុននឹងបើកករណីពីវា។</translation>
    </message>
    <message>
        <source>Finalized records are never deleted; withdraw it with a reason instead.</source>
        <translation>កំណត់ត្រាដែលបានបញ្ចប់ជាស្ថាពរមិនត្រូវបានលុបឡើយ។ សូមដកវាចេញដោយបញ្ជាក់មូលហេតុជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>លទ្ធផលរកឃើញ</translation>
    </message>
    <message>
        <source>For the customs post</source>
        <translation>សម្រាប់ប៉ុស្តិ៍គយ</translation>
    </message>
    <message>
        <source>Form for reporting a confirmed case of illegal traffic (draft)</source>
        <translation>ទម្រង់រាយការណ៍ករណីជួញដូរខុសច្បាប់ដែលបានបញ្ជាក់ (សេចក្តីព្រាង)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ពី</translation>
    </message>
    <message>
        <source>Functionality test certificates</source>
        <translation>វិញ្ញាបនបត្រតេស្តដំណើរការ</translation>
    </message>
    <message>
        <source>Generated {time} ({zone}) by {officer}</source>
        <translation>បង្កើតនៅ {time} ({zone}) ដោយ {officer}</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>អ្នកបង្កើតកាកសំណល់</translation>
    </message>
    <message>
        <source>Give the currency of the declared value.</source>
        <translation>សូមបញ្ជាក់រូបិយប័ណ្ណនៃតម្លៃដែលបានប្រកាស។</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>សូមដាក់ឈ្មោះឱ្យតម្រង។</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>ទំនិញ</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>ទំនិញដែលបានរកឃើញ៖</translation>
    </message>
    <message>
        <source>Grounds (Article 9(1))</source>
        <translation>មូលដ្ឋាន (មាត្រា 9(1))</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>H codes (Annex III)</source>
        <translation>កូដ H (ឧបសម្ព័ន្ធ III)</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>កូដ HS</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>ការដកស្រង់ពីសៀវភៅណែនាំ</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>តម្លៃហាស់</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>ផ្អាកទុក</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>លទ្ធផលនៃការបិទ</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>របៀបដែលករណីបានបញ្ចប់</translation>
    </message>
    <message>
        <source>Illegal traffic form (draft)</source>
        <translation>ទម្រង់ការជួញដូរខុសច្បាប់ (សេចក្តីព្រាង)</translation>
    </message>
    <message>
        <source>Illegal traffic reporting form (draft)</source>
        <translation>ទម្រង់រាយការណ៍ការជួញដូរខុសច្បាប់ (សេចក្តីព្រាង)</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>អ្នកនាំចូល / អ្នកទទួលទំនិញ</translation>
    </message>
    <message>
        <source>Importer or consignee</source>
        <translation>អ្នកនាំចូល ឬអ្នកទទួលទំនិញ</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>អ្នកនាំចូល ឬអ្នកបោះចោល (Art. 9(3))</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>ផ្លូវទឹកក្នុងប្រទេស</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>ពេលវេលាត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Inspecting officer</source>
        <translation>មន្ត្រីត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Inspection reference</source>
        <translation>លេខយោងការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>របាយការណ៍ត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Inspection type</source>
        <translation>ប្រភេទនៃការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>ការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Inspections by month</source>
        <translation>ការត្រួតពិនិត្យតាមខែ</translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation>ការត្រួតពិនិត្យតាមវិធានការ</translation>
    </message>
    <message>
        <source>Inspections without a weight</source>
        <translation>ការត្រួតពិនិត្យដែលគ្មានទម្ងន់</translation>
    </message>
    <message>
        <source>Install the newer version of Customs Desk. The database was not changed.</source>
        <translation>សូមដំឡើង Customs Desk កំណែថ្មីជាងនេះ។ មូលដ្ឋានទិន្នន័យមិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>កន្លែងគោលដៅ</translation>
    </message>
    <message>
        <source>Invoice or contract</source>
        <translation>វិក្កយបត្រ ឬកិច្ចសន្យា</translation>
    </message>
    <message>
        <source>Later revisions build on the version here; keep it, and ask the post to correct the record.</source>
        <translation>កំណែក្រោយៗផ្អែកលើកំណែនៅទីនេះ។ សូមរក្សាវាទុក ហើយស្នើឱ្យប៉ុស្តិ៍កែតម្រូវកំណត់ត្រា។</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>មូលដ្ឋានច្បាប់</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>មធ្យោបាយដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>មធ្យោបាយជូនដំណឹង</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ខែ</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>ឯកសារចលនា</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Name at least one officer.</source>
        <translation>សូមបញ្ជាក់ឈ្មោះមន្ត្រីយ៉ាងហោចណាស់ម្នាក់។</translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation>សូមបញ្ជាក់ឈ្មោះអាជ្ញាធរដែលបានទទួលការជូនដំណឹង។</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>National case reference</source>
        <translation>លេខយោងករណីថ្នាក់ជាតិ</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>មិនទាន់បានជូនដំណឹងទៅអាជ្ញាធរណាមួយនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>No case {key}.</source>
        <translation>គ្មានករណី {key} ទេ។</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>គ្មានរយៈពេលកំណត់</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>មិនមានការរាប់រយៈពេលកំណត់ទេ។</translation>
    </message>
    <message>
        <source>No codes recorded.</source>
        <translation>មិនបានកត់ត្រាកូដទេ។</translation>
    </message>
    <message>
        <source>No conflict #{id}.</source>
        <translation>គ្មានទិន្នន័យផ្ទុយគ្នា #{id} ទេ។</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>គ្មានទិន្នន័យ។</translation>
    </message>
    <message>
        <source>No decision aid &apos;{id}&apos;.</source>
        <translation>គ្មានឧបករណ៍ជំនួយការសម្រេចចិត្ត &apos;{id}&apos; ទេ។</translation>
    </message>
    <message>
        <source>No decision aid was run for this record.</source>
        <translation>មិនបានប្រើឧបករណ៍ជំនួយការសម្រេចចិត្តសម្រាប់កំណត់ត្រានេះទេ។</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>គ្មានព្រឹត្តិការណ៍។</translation>
    </message>
    <message>
        <source>No goods lines recorded.</source>
        <translation>មិនបានកត់ត្រាជួរទំនិញទេ។</translation>
    </message>
    <message>
        <source>No ground recorded yet.</source>
        <translation>មិនទាន់បានកត់ត្រាមូលដ្ឋានណាមួយនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>No handbook &apos;{id}&apos; in the library.</source>
        <translation>គ្មានសៀវភៅណែនាំ &apos;{id}&apos; ក្នុងបណ្ណាល័យទេ។</translation>
    </message>
    <message>
        <source>No imported records package {id}.</source>
        <translation>គ្មានកញ្ចប់កំណត់ត្រាដែលបាននាំចូល {id} ទេ។</translation>
    </message>
    <message>
        <source>No inspection matches.</source>
        <translation>គ្មានការត្រួតពិនិត្យដែលត្រូវគ្នាទេ។</translation>
    </message>
    <message>
        <source>No inspection {key}.</source>
        <translation>គ្មានការត្រួតពិនិត្យ {key} ទេ។</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>មិនបានកត់ត្រាភាគីពាក់ព័ន្ធទេ។</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>គ្មានសិទ្ធិសរសេរ {path} ទេ។</translation>
    </message>
    <message>
        <source>No photos or documents attached.</source>
        <translation>គ្មានរូបថត ឬឯកសារភ្ជាប់ទេ។</translation>
    </message>
    <message>
        <source>No recipient key is trusted yet; trust the secretariat&apos;s key (or the post&apos;s) first.</source>
        <translation>មិនទាន់មានសោអ្នកទទួលណាមួយត្រូវបានទុកចិត្តនៅឡើយទេ។ សូមទុកចិត្តលើសោរបស់លេខាធិការដ្ឋាន (ឬរបស់ប៉ុស្តិ៍) ជាមុនសិន។</translation>
    </message>
    <message>
        <source>No reference codes are loaded.</source>
        <translation>មិនទាន់បានផ្ទុកកូដយោងទេ។</translation>
    </message>
    <message>
        <source>No section &apos;{section}&apos; in {id}.</source>
        <translation>គ្មានផ្នែក &apos;{section}&apos; ក្នុង {id} ទេ។</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>គ្មានឯកសារភ្ជាប់នេះទេ។</translation>
    </message>
    <message>
        <source>No such decision aid result.</source>
        <translation>គ្មានលទ្ធផលឧបករណ៍ជំនួយការសម្រេចចិត្តនេះទេ។</translation>
    </message>
    <message>
        <source>No such party.</source>
        <translation>គ្មានភាគីពាក់ព័ន្ធនេះទេ។</translation>
    </message>
    <message>
        <source>No such post.</source>
        <translation>គ្មានប៉ុស្តិ៍នេះទេ។</translation>
    </message>
    <message>
        <source>No such risk indicator.</source>
        <translation>គ្មានសូចនាករហានិភ័យនេះទេ។</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>គ្មានអ្នកប្រើប្រាស់នេះទេ។</translation>
    </message>
    <message>
        <source>No trusted key for: {posts}.</source>
        <translation>គ្មានសោដែលបានទុកចិត្តសម្រាប់៖ {posts}។</translation>
    </message>
    <message>
        <source>No trusted key matches &apos;{selector}&apos;.</source>
        <translation>គ្មានសោដែលបានទុកចិត្តណាត្រូវគ្នានឹង &apos;{selector}&apos; ទេ។</translation>
    </message>
    <message>
        <source>No user with badge number {badge}.</source>
        <translation>គ្មានអ្នកប្រើប្រាស់ដែលមានលេខប័ណ្ណសម្គាល់ {badge} ទេ។</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>មិនបានគូសធីកអ្វីទេ។</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>គ្មាន។</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>មិនទាន់សម្រេច</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>មិនខុសច្បាប់ (បានបិទ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a drive you can write to.</source>
        <translation>គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមជ្រើសរើសដ្រាយដែលអ្នកអាចសរសេរបាន។</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមជ្រើសរើសថតទិន្នន័យផ្សេងដោយប្រើ --data-dir។</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another folder or ask IT for access.</source>
        <translation>គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមជ្រើសរើសថតផ្សេង ឬស្នើសិទ្ធិចូលប្រើពីផ្នែកព័ត៌មានវិទ្យា។</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or choose another drive, then try again.</source>
        <translation>គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមបង្កើនទំហំទំនេរ ឬជ្រើសរើសដ្រាយផ្សេង រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database.</source>
        <translation>គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមប្រើមូលដ្ឋានទិន្នន័យទទេ។</translation>
    </message>
    <message>
        <source>Nothing was deleted or changed.</source>
        <translation>គ្មានអ្វីត្រូវបានលុប ឬផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>Nothing was deleted. Restore the latest copy from the backups folder, or ask the secretariat for help (the damaged file is kept for recovery).</source>
        <translation>គ្មានអ្វីត្រូវបានលុបទេ។ សូមស្តារច្បាប់ចម្លងចុងក្រោយពីថតបម្រុងទុក ឬស្នើជំនួយពីលេខាធិការដ្ឋាន (ឯកសារដែលខូចត្រូវបានរក្សាទុកសម្រាប់ការស្តារ)។</translation>
    </message>
    <message>
        <source>Notice of detention</source>
        <translation>សេចក្តីជូនដំណឹងអំពីការឃាត់ទុក</translation>
    </message>
    <message>
        <source>Notice of seizure</source>
        <translation>សេចក្តីជូនដំណឹងអំពីការរឹបអូស</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>លេខការជូនដំណឹង</translation>
    </message>
    <message>
        <source>Notifications to competent authorities</source>
        <translation>ការជូនដំណឹងទៅអាជ្ញាធរមានសមត្ថកិច្ច</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>បានជូនដំណឹងនៅថ្ងៃ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {deadline}).</source>
        <translation>ហួសកំណត់ {n} ថ្ងៃ (ផុតកំណត់ {deadline})។</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>មន្ត្រី</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>មន្ត្រី៖</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>មន្ត្រី</translation>
    </message>
    <message>
        <source>Only finalized records are corrected; save the draft instead.</source>
        <translation>មានតែកំណត់ត្រាដែលបានបញ្ចប់ជាស្ថាពរប៉ុណ្ណោះដែលត្រូវកែតម្រូវ។ សម្រាប់សេចក្តីព្រាង សូមរក្សាទុកសេចក្តីព្រាងជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Only finalized records can be withdrawn; delete a draft instead.</source>
        <translation>មានតែកំណត់ត្រាដែលបានបញ្ចប់ជាស្ថាពរប៉ុណ្ណោះដែលអាចដកចេញបាន។ សម្រាប់សេចក្តីព្រាង សូមលុបវាជំនួសវិញ។</translation>
    </message>
    <message>
        <source>Only secretariat staff can create secretariat accounts.</source>
        <translation>មានតែបុគ្គលិកលេខាធិការដ្ឋានប៉ុណ្ណោះដែលអាចបង្កើតគណនីលេខាធិការដ្ឋានបាន។</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} events are printed.</source>
        <translation>មានតែព្រឹត្តិការណ៍ {n} ដំបូងក្នុងចំណោម {total} ប៉ុណ្ណោះដែលត្រូវបានបោះពុម្ព។</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} records are printed; narrow the period or the filter to print the others.</source>
        <translation>មានតែកំណត់ត្រា {n} ដំបូងក្នុងចំណោម {total} ប៉ុណ្ណោះដែលត្រូវបានបោះពុម្ព។ សូមបង្រួមរយៈពេល ឬតម្រង ដើម្បីបោះពុម្ពកំណត់ត្រាដែលនៅសល់។</translation>
    </message>
    <message>
        <source>Only the officer who created this record, or a supervisor, can change it.</source>
        <translation>មានតែមន្ត្រីដែលបានបង្កើតកំណត់ត្រានេះ ឬប្រធានប៉ុណ្ណោះ ដែលអាចផ្លាស់ប្តូរវាបាន។</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>បានបើកនៅ</translation>
    </message>
    <message>
        <source>Opened from inspection</source>
        <translation>បានបើកពីការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation>ឯកសារភ្ជាប់ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>ឯកសារផ្សេងទៀត</translation>
    </message>
    <message>
        <source>Our reference:</source>
        <translation>លេខយោងរបស់យើង៖</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>វិធានការ</translation>
    </message>
    <message>
        <source>Packaging, containers</source>
        <translation>ការវេចខ្ចប់ និងធុងផ្ទុក</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>ទំព័រ {n} នៃ {total}</translation>
    </message>
    <message>
        <source>Paper size {paper} is not known; use A4 or Letter.</source>
        <translation>មិនស្គាល់ទំហំក្រដាស {paper} ទេ។ សូមប្រើ A4 ឬ Letter។</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>ភាគីពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Party (country)</source>
        <translation>ភាគី (ប្រទេស)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>ដំណោះស្រាយ</translation>
    </message>
    <message>
        <source>Penalties imposed, proceedings started</source>
        <translation>ទណ្ឌកម្មដែលបានដាក់ នីតិវិធីដែលបានចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>Period agreed by the States</source>
        <translation>រយៈពេលដែលរដ្ឋព្រមព្រៀងគ្នា</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>រូបថត និងឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>ការត្រួតពិនិត្យរូបវន្ត</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>ចំនួនគ្រឿង</translation>
    </message>
    <message>
        <source>Pieces declared / found</source>
        <translation>ចំនួនគ្រឿងដែលបានប្រកាស / រកឃើញ</translation>
    </message>
    <message>
        <source>Place of detection</source>
        <translation>ទីកន្លែងរកឃើញ</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>កំពង់ផែដោះទំនិញ</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>កំពង់ផែផ្ទុកទំនិញ</translation>
    </message>
    <message>
        <source>Port or point of entry</source>
        <translation>កំពង់ផែ ឬច្រកចូល</translation>
    </message>
    <message>
        <source>Port or point of exit</source>
        <translation>កំពង់ផែ ឬច្រកចេញ</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ប៉ុស្តិ៍</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>ប្រៃសណីយ៍ / សេវាដឹកជញ្ជូនរហ័ស</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>បរិមាណ</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>ផ្លូវដែក</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>កំណត់ត្រាដែលបានរាប់</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>បានបញ្ជូនទៅអាជ្ញាធរមានសមត្ថកិច្ច</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>បដិសេធមិនឱ្យចូល</translation>
    </message>
    <message>
        <source>Register of inspections</source>
        <translation>បញ្ជីការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>លេខចុះបញ្ជី</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>បានបញ្ចេញ</translation>
    </message>
    <message>
        <source>Reporting authority</source>
        <translation>អាជ្ញាធររាយការណ៍</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>ការទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Restore it from a backup; without it this post cannot sign packages.</source>
        <translation>សូមស្តារវាពីច្បាប់បម្រុងទុក។ បើគ្មានវាទេ ប៉ុស្តិ៍នេះមិនអាចចុះហត្ថលេខាលើកញ្ចប់បានទេ។</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>បានបញ្ជូនត្រឡប់</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>បានបញ្ជូនត្រឡប់ ឬបានបោះចោល</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>សូចនាករហានិភ័យ</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>ផ្លូវគោក</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ផ្លូវដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>ការយកសំណាក</translation>
    </message>
    <message>
        <source>Say why the finalized record is corrected.</source>
        <translation>សូមបញ្ជាក់មូលហេតុដែលកែតម្រូវកំណត់ត្រាដែលបានបញ្ចប់ជាស្ថាពរ។</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>សូមបញ្ជាក់មូលហេតុដែលដកហូតសោ។</translation>
    </message>
    <message>
        <source>Say why the record is withdrawn.</source>
        <translation>សូមបញ្ជាក់មូលហេតុដែលដកកំណត់ត្រាចេញ។</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>ផ្លូវសមុទ្រ</translation>
    </message>
    <message>
        <source>Secretariat summary</source>
        <translation>របាយការណ៍សង្ខេបសម្រាប់លេខាធិការដ្ឋាន</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>រឹបអូស</translation>
    </message>
    <message>
        <source>Send the documents that show the shipment is lawful: notification and written consent of the States concerned, the movement document, the contract, and for used equipment the functionality test records.</source>
        <translation>សូមផ្ញើឯកសារដែលបង្ហាញថាការដឹកជញ្ជូននេះស្របច្បាប់៖ ការជូនដំណឹង និងការយល់ព្រមជាលាយលក្ខណ៍អក្សររបស់រដ្ឋពាក់ព័ន្ធ ឯកសារចលនា កិច្ចសន្យា និងសម្រាប់ឧបករណ៍ប្រើរួច កំណត់ត្រាតេស្តដំណើរការ។</translation>
    </message>
    <message>
        <source>Share of tonnes</source>
        <translation>ចំណែកនៃតោន</translation>
    </message>
    <message>
        <source>Sign in to keep bookmarks and notes.</source>
        <translation>សូមចូលប្រើ ដើម្បីរក្សាទុកចំណាំទំព័រ និងកំណត់សម្គាល់។</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ហត្ថលេខា</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>ហត្ថលេខា</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>ត្រា</translation>
    </message>
    <message>
        <source>State informed on</source>
        <translation>កាលបរិច្ឆេទជូនដំណឹងទៅរដ្ឋ</translation>
    </message>
    <message>
        <source>State of export</source>
        <translation>រដ្ឋនាំចេញ</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>រដ្ឋនាំចូល</translation>
    </message>
    <message>
        <source>State on {day}</source>
        <translation>ស្ថានភាពនៅថ្ងៃ {day}</translation>
    </message>
    <message>
        <source>States of transit</source>
        <translation>រដ្ឋឆ្លងកាត់</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>ស្ថានភាពនៃករណី</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>សេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>Summary of inspections</source>
        <translation>សេចក្តីសង្ខេបនៃការត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ប្រធាន</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>សង្ស័យ</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: This measure is taken under the law of {country} [cite the legal provisions implementing the Basel Convention and the customs powers used].</source>
        <translation>អត្ថបទដែលប៉ុស្តិ៍ត្រូវកែសម្រួល៖ វិធានការនេះត្រូវបានចាត់ឡើងតាមច្បាប់របស់ {country} [ដកស្រង់បទប្បញ្ញត្តិច្បាប់ដែលអនុវត្តអនុសញ្ញាបាស៊ែល និងអំណាចគយដែលបានប្រើ]។</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or appeal, who bears storage and return costs, and the consequences if nothing is done.</source>
        <translation>អត្ថបទដែលប៉ុស្តិ៍ត្រូវកែសម្រួល៖ រយៈពេលកំណត់សម្រាប់ការឆ្លើយតប របៀបស្នើសុំការពិនិត្យឡើងវិញ ឬបណ្តឹងឧទ្ធរណ៍ អ្នកដែលទទួលបន្ទុកចំណាយលើការរក្សាទុក និងការបញ្ជូនត្រឡប់ និងផលវិបាកប្រសិនបើមិនមានការចាត់វិធានការ។</translation>
    </message>
    <message>
        <source>TO COMPLETE: place of storage and how the goods may be inspected.</source>
        <translation>ត្រូវបំពេញ៖ កន្លែងរក្សាទុក និងរបៀបដែលទំនិញអាចត្រូវបានពិនិត្យ។</translation>
    </message>
    <message>
        <source>TO COMPLETE: telephone, e-mail and office hours.</source>
        <translation>ត្រូវបំពេញ៖ ទូរស័ព្ទ អ៊ីមែល និងម៉ោងធ្វើការ។</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>ការនាំត្រឡប់មកវិញដោយរដ្ឋនាំចេញ</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>ការនាំត្រឡប់មកវិញ ឬការបោះចោល</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>បានស្នើសុំការនាំត្រឡប់មកវិញ</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>ទូរស័ព្ទ អ៊ីមែល</translation>
    </message>
    <message>
        <source>The clock starts when the State is informed; enter that date.</source>
        <translation>រយៈពេលកំណត់ចាប់ផ្តើមរាប់ នៅពេលរដ្ឋទទួលបានការជូនដំណឹង។ សូមបញ្ចូលកាលបរិច្ឆេទនោះ។</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; try again.</source>
        <translation>ច្បាប់ចម្លងនៃ {name} ខុសពីច្បាប់ដើម។ សូមព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>ពាក្យសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>មិនអាចអានឯកសារមូលដ្ឋានទិន្នន័យ {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>The database file{where} is damaged or is not a Customs Desk database.</source>
        <translation>ឯកសារមូលដ្ឋានទិន្នន័យ{where} ខូច ឬមិនមែនជាមូលដ្ឋានទិន្នន័យ Customs Desk ទេ។</translation>
    </message>
    <message>
        <source>The database {where} has tables but was not made by Customs Desk.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {where} មានតារាង ប៉ុន្តែមិនត្រូវបានបង្កើតដោយ Customs Desk ទេ។</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Customs Desk (schema {revision}); this version ({version}) knows schemas up to {head}.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {where} ត្រូវបានសរសេរដោយ Customs Desk កំណែថ្មីជាង (គ្រោងសម្ព័ន្ធ {revision})។ កំណែនេះ ({version}) ស្គាល់គ្រោងសម្ព័ន្ធត្រឹម {head} ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The database{where} cannot be opened or read.</source>
        <translation>មិនអាចបើក ឬអានមូលដ្ឋានទិន្នន័យ{where} បានទេ។</translation>
    </message>
    <message>
        <source>The database{where} is locked by another program.</source>
        <translation>មូលដ្ឋានទិន្នន័យ{where} ត្រូវបានចាក់សោដោយកម្មវិធីផ្សេង។</translation>
    </message>
    <message>
        <source>The database{where} is on a read-only drive or folder.</source>
        <translation>មូលដ្ឋានទិន្នន័យ{where} ស្ថិតនៅលើដ្រាយ ឬថតដែលអានបានតែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The date the State was informed is in the future.</source>
        <translation>កាលបរិច្ឆេទដែលរដ្ឋទទួលបានការជូនដំណឹង ស្ថិតនៅពេលអនាគត។</translation>
    </message>
    <message>
        <source>The decision aid has no rule for these answers.</source>
        <translation>ឧបករណ៍ជំនួយការសម្រេចចិត្តគ្មានច្បាប់សម្រាប់ចម្លើយទាំងនេះទេ។</translation>
    </message>
    <message>
        <source>The disk holding the database{where} is full.</source>
        <translation>ថាសដែលផ្ទុកមូលដ្ឋានទិន្នន័យ{where} ពេញហើយ។</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}.</source>
        <translation>ថាសពេញ ខណៈពេលកំពុងសរសេរ {path}។</translation>
    </message>
    <message>
        <source>The drive holding {path} is read-only.</source>
        <translation>ដ្រាយដែលផ្ទុក {path} អានបានតែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The file is too large ({mb:.0f} MB) to include.</source>
        <translation>ឯកសារធំពេក ({mb:.0f} MB) មិនអាចបញ្ចូលបានទេ។</translation>
    </message>
    <message>
        <source>The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.</source>
        <translation>ស្នាមម្រាមដៃដែលអ្នកទទួលបាន ({given}) មិនត្រូវគ្នានឹងឯកសារសោ ({actual}) ទេ។ កុំទុកចិត្តលើឯកសារនេះ។</translation>
    </message>
    <message>
        <source>The goods described below were {verb} by {agency} at {post} on {day}, after an inspection (reference {reference}). They are held to verify whether the shipment is a transboundary movement of hazardous or other wastes controlled under the Basel Convention, and whether the documents it requires were in order.</source>
        <translation>ទំនិញដែលបានពិពណ៌នាខាងក្រោម ត្រូវបាន{verb}ដោយ {agency} នៅ {post} នៅថ្ងៃ {day} បន្ទាប់ពីការត្រួតពិនិត្យ (លេខយោង {reference})។ ទំនិញទាំងនេះត្រូវបានរក្សាទុក ដើម្បីផ្ទៀងផ្ទាត់ថាតើការដឹកជញ្ជូននេះជាចលនាឆ្លងដែននៃកាកសំណល់គ្រោះថ្នាក់ ឬកាកសំណល់ផ្សេងទៀតដែលស្ថិតក្រោមការត្រួតពិនិត្យនៃអនុសញ្ញាបាស៊ែលឬទេ និងថាតើឯកសារដែលតម្រូវត្រឹមត្រូវឬទេ។</translation>
    </message>
    <message>
        <source>The handbook &apos;{id}&apos; cannot be opened: {problem}</source>
        <translation>មិនអាចបើកសៀវភៅណែនាំ &apos;{id}&apos; បានទេ៖ {problem}</translation>
    </message>
    <message>
        <source>The handbook in {folder} cannot be read: {first}</source>
        <translation>មិនអាចអានសៀវភៅណែនាំក្នុង {folder} បានទេ៖ {first}</translation>
    </message>
    <message>
        <source>The image is too large ({mp:.0f} megapixels) to include.</source>
        <translation>រូបភាពធំពេក ({mp:.0f} មេហ្គាភីកសែល) មិនអាចបញ្ចូលបានទេ។</translation>
    </message>
    <message>
        <source>The image is too large to include.</source>
        <translation>រូបភាពធំពេក មិនអាចបញ្ចូលបានទេ។</translation>
    </message>
    <message>
        <source>The importer or consignee is not recorded: write the addressee by hand.</source>
        <translation>មិនបានកត់ត្រាអ្នកនាំចូល ឬអ្នកទទួលទំនិញទេ៖ សូមសរសេរឈ្មោះអ្នកទទួលលិខិតដោយដៃ។</translation>
    </message>
    <message>
        <source>The inspection date is before the Basel Convention existed.</source>
        <translation>កាលបរិច្ឆេទត្រួតពិនិត្យនៅមុនពេលអនុសញ្ញាបាស៊ែលមាន។</translation>
    </message>
    <message>
        <source>The inspection date is in the future.</source>
        <translation>កាលបរិច្ឆេទត្រួតពិនិត្យស្ថិតនៅពេលអនាគត។</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {error}.</source>
        <translation>ឯកសារសោ {path} ខូច៖ {error}។</translation>
    </message>
    <message>
        <source>The key of post {post} is not trusted any more.</source>
        <translation>សោរបស់ប៉ុស្តិ៍ {post} លែងត្រូវបានទុកចិត្តទៀតហើយ។</translation>
    </message>
    <message>
        <source>The last change was not saved. Free some space and try again.</source>
        <translation>ការផ្លាស់ប្តូរចុងក្រោយមិនត្រូវបានរក្សាទុកទេ។ សូមបង្កើនទំហំទំនេរ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation>ភាគីពាក់ព័ន្ធគ្មានឈ្មោះ។</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>រយៈពេលបញ្ចប់ ({to}) មុនពេលចាប់ផ្តើម ({start})។</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems.</source>
        <translation>មិនទាន់អាចបញ្ចប់កំណត់ត្រាជាស្ថាពរបានទេ៖ មានបញ្ហាចំនួន {n}។</translation>
    </message>
    <message>
        <source>The record&apos;s outcome is &apos;{outcome}&apos;: check that a notice is needed before sending it.</source>
        <translation>វិធានការនៃកំណត់ត្រាគឺ &apos;{outcome}&apos;៖ សូមពិនិត្យថាតើត្រូវការសេចក្តីជូនដំណឹងឬទេ មុនពេលផ្ញើ។</translation>
    </message>
    <message>
        <source>The reference code data is invalid: {problems}</source>
        <translation>ទិន្នន័យកូដយោងមិនត្រឹមត្រូវ៖ {problems}</translation>
    </message>
    <message>
        <source>The stored file cannot be read: {error}.</source>
        <translation>មិនអាចអានឯកសារដែលបានរក្សាទុកបានទេ៖ {error}។</translation>
    </message>
    <message>
        <source>The stored file is missing; the photo cannot be shown.</source>
        <translation>ឯកសារដែលបានរក្សាទុកបាត់។ មិនអាចបង្ហាញរូបថតបានទេ។</translation>
    </message>
    <message>
        <source>The stored file is not a readable image.</source>
        <translation>ឯកសារដែលបានរក្សាទុកមិនមែនជារូបភាពដែលអាចអានបានទេ។</translation>
    </message>
    <message>
        <source>The update cannot be made: {problems}</source>
        <translation>មិនអាចរៀបចំបច្ចុប្បន្នភាពបានទេ៖ {problems}</translation>
    </message>
    <message>
        <source>The upgrade would break {n} references; it was rolled back and the database is unchanged.</source>
        <translation>ការធ្វើឱ្យប្រសើរឡើងនឹងធ្វើឱ្យខូចការយោងចំនួន {n}។ វាត្រូវបានត្រឡប់ថយក្រោយ ហើយមូលដ្ឋានទិន្នន័យមិនបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>The weight found differs from the declared weight by {p:.0%}.</source>
        <translation>ទម្ងន់ដែលបានរកឃើញខុសពីទម្ងន់ដែលបានប្រកាស {p:.0%}។</translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation>លេខប័ណ្ណសម្គាល់នេះត្រូវបានចុះបញ្ជីរួចហើយ។</translation>
    </message>
    <message>
        <source>This case belongs to another post; it can be read here but not changed.</source>
        <translation>ករណីនេះជារបស់ប៉ុស្តិ៍ផ្សេង។ អាចអាននៅទីនេះបាន ប៉ុន្តែមិនអាចផ្លាស់ប្តូរបានទេ។</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>ទិន្នន័យផ្ទុយគ្នានេះត្រូវបានដោះស្រាយរួចហើយ។</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet.</source>
        <translation>ថតទិន្នន័យនេះមិនទាន់ត្រូវបានរៀបចំនៅឡើយទេ។</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet; run the first-run wizard.</source>
        <translation>ថតទិន្នន័យនេះមិនទាន់ត្រូវបានរៀបចំនៅឡើយទេ។ សូមដំណើរការជំនួយការរៀបចំលើកដំបូង។</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>ថតទិន្នន័យនេះត្រូវបានរៀបចំរួចហើយ។</translation>
    </message>
    <message>
        <source>This decision aid is already finished.</source>
        <translation>ឧបករណ៍ជំនួយការសម្រេចចិត្តនេះបានបញ្ចប់រួចហើយ។</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>មិនអាចផ្លាស់ប្តូរវាលនេះនៅទីនេះបានទេ។</translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL ({error}). Install the &apos;postgres&apos; extra (pip install customs-desk[postgres]) or use the embedded database.</source>
        <translation>កុំព្យូទ័រនេះមិនអាចភ្ជាប់ទៅ PostgreSQL បានទេ ({error})។ សូមដំឡើងផ្នែកបន្ថែម &apos;postgres&apos; (pip install customs-desk[postgres]) ឬប្រើមូលដ្ឋានទិន្នន័យដែលភ្ជាប់មកជាមួយ។</translation>
    </message>
    <message>
        <source>This is this installation&apos;s own key.</source>
        <translation>នេះជាសោផ្ទាល់របស់កុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <source>This key was revoked on {day} ({reason}); it cannot be trusted again.</source>
        <translation>សោនេះត្រូវបានដកហូតនៅ {day} ({reason})។ មិនអាចទុកចិត្តវាម្តងទៀតបានទេ។</translation>
    </message>
    <message>
        <source>This note does not exist.</source>
        <translation>កំណត់សម្គាល់នេះមិនមានទេ។</translation>
    </message>
    <message>
        <source>This record belongs to another post; it can be read here but not changed.</source>
        <translation>កំណត់ត្រានេះជារបស់ប៉ុស្តិ៍ផ្សេង។ អាចអាននៅទីនេះបាន ប៉ុន្តែមិនអាចផ្លាស់ប្តូរបានទេ។</translation>
    </message>
    <message>
        <source>This record has {n} goods lines; lines {first} to {n} are not printed (see the record in Customs Desk). The total below counts every line.</source>
        <translation>កំណត់ត្រានេះមានជួរទំនិញ {n}។ ជួរទី {first} ដល់ {n} មិនត្រូវបានបោះពុម្ពទេ (សូមមើលកំណត់ត្រាក្នុង Customs Desk)។ សរុបខាងក្រោមរាប់គ្រប់ជួរ។</translation>
    </message>
    <message>
        <source>This record is already finalized.</source>
        <translation>កំណត់ត្រានេះត្រូវបានបញ្ចប់ជាស្ថាពររួចហើយ។</translation>
    </message>
    <message>
        <source>This record is finalized; use Correct to change it.</source>
        <translation>កំណត់ត្រានេះត្រូវបានបញ្ចប់ជាស្ថាពរ។ សូមប្រើ &quot;កែតម្រូវ&quot; ដើម្បីផ្លាស់ប្តូរវា។</translation>
    </message>
    <message>
        <source>This result already belongs to another inspection.</source>
        <translation>លទ្ធផលនេះជារបស់ការត្រួតពិនិត្យផ្សេងរួចហើយ។</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>លំដាប់ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Title (reference tables)</source>
        <translation>ចំណងជើង (តារាងយោង)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ទៅ</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>តោន</translation>
    </message>
    <message>
        <source>Tonnes by country of export</source>
        <translation>តោនតាមប្រទេសនាំចេញ</translation>
    </message>
    <message>
        <source>Tonnes by waste stream</source>
        <translation>តោនតាមប្រភេទកាកសំណល់</translation>
    </message>
    <message>
        <source>Tonnes found</source>
        <translation>តោនដែលបានរកឃើញ</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>ពាក្យសម្ងាត់ខុសច្រើនដងពេក។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេល {seconds} វិនាទី។</translation>
    </message>
    <message>
        <source>Total ({n} lines)</source>
        <translation>សរុប ({n} ជួរ)</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>ប្រទេសឆ្លងកាត់</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>មធ្យោបាយដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Transshipment ports</source>
        <translation>កំពង់ផែផ្ទេរទំនិញ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>UN</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>លេខ UN</translation>
    </message>
    <message>
        <source>UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).</source>
        <translation>UN{n:04d} ស្ថិតនៅក្រៅចន្លោះលេខ UN (UN0001 ដល់ UN3599)។</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>កំពុងស៊ើបអង្កេត</translation>
    </message>
    <message>
        <source>Unknown profile &apos;{profile}&apos;; use full or non-nominal.</source>
        <translation>មិនស្គាល់ប្រូហ្វាល់ &apos;{profile}&apos; ទេ។ សូមប្រើ full ឬ non-nominal។</translation>
    </message>
    <message>
        <source>Use 0 (never) to 1440 minutes.</source>
        <translation>សូមប្រើពី 0 (មិនចាក់សោ) ដល់ 1440 នាទី។</translation>
    </message>
    <message>
        <source>Use a data folder you can write to (--data-dir).</source>
        <translation>សូមប្រើថតទិន្នន័យដែលអ្នកអាចសរសេរបាន (--data-dir)។</translation>
    </message>
    <message>
        <source>Use a date (YYYY-MM-DD).</source>
        <translation>សូមប្រើកាលបរិច្ឆេទ (YYYY-MM-DD)។</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>សូមប្រើយ៉ាងហោចណាស់ {n} តួអក្សរ។</translation>
    </message>
    <message>
        <source>Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, then up to two parts after hyphens).</source>
        <translation>សូមប្រើអក្សរឡាតាំងធំ និងលេខ ឧទាហរណ៍ SGP-TUAS ឬ VN-HPH-01 (2-8 តួអក្សរ បន្ទាប់មកមិនលើសពីពីរផ្នែកបន្ទាប់ពីសញ្ញាដក)។</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos; (up to 40 characters).</source>
        <translation>សូមប្រើអក្សរ លេខ &apos;.&apos;, &apos;/&apos; ឬ &apos;-&apos; (មិនលើសពី 40 តួអក្សរ)។</translation>
    </message>
    <message>
        <source>Vessel, voyage, vehicle or flight</source>
        <translation>នាវា ជើងនាវា យានយន្ត ឬជើងហោះហើរ</translation>
    </message>
    <message>
        <source>WARNING: the stored file does not match the SHA-256 recorded at capture; it was changed or damaged.</source>
        <translation>ការព្រមាន៖ ឯកសារដែលបានរក្សាទុកមិនត្រូវគ្នានឹងតម្លៃ SHA-256 ដែលបានកត់ត្រានៅពេលបន្ថែមទេ។ វាត្រូវបានផ្លាស់ប្តូរ ឬខូច។</translation>
    </message>
    <message>
        <source>WITHDRAWN: this record was withdrawn; it is printed for reference only.</source>
        <translation>បានដកចេញ៖ កំណត់ត្រានេះត្រូវបានដកចេញ។ វាត្រូវបានបោះពុម្ពសម្រាប់ជាឯកសារយោងតែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>ប្រភេទកាកសំណល់</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ទម្ងន់</translation>
    </message>
    <message>
        <source>Weight declared / found</source>
        <translation>ទម្ងន់ដែលបានប្រកាស / រកឃើញ</translation>
    </message>
    <message>
        <source>Weight found</source>
        <translation>ទម្ងន់ដែលបានរកឃើញ</translation>
    </message>
    <message>
        <source>Weights are the weights found at inspection; inspections without a weight are counted but add nothing to the tonnes. Withdrawn records and drafts are not counted.</source>
        <translation>ទម្ងន់គឺជាទម្ងន់ដែលបានរកឃើញពេលត្រួតពិនិត្យ។ ការត្រួតពិនិត្យដែលគ្មានទម្ងន់ត្រូវបានរាប់ ប៉ុន្តែមិនបន្ថែមអ្វីទៅលើចំនួនតោនទេ។ កំណត់ត្រាដែលបានដកចេញ និងសេចក្តីព្រាង មិនត្រូវបានរាប់ទេ។</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>ទំនិញដែលត្រូវបានឃាត់ទុក</translation>
    </message>
    <message>
        <source>What you may do</source>
        <translation>អ្វីដែលអ្នកអាចធ្វើបាន</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <source>Where the goods are</source>
        <translation>ទីតាំងទំនិញ</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>សូមសរសេរកំណត់សម្គាល់ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation>លេខប័ណ្ណសម្គាល់ ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>កាំរស្មីអ៊ិច / ស្កេន</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Y codes (Annex I / II)</source>
        <translation>កូដ Y (ឧបសម្ព័ន្ធ I / II)</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>អ្នកមិនអាចបិទគណនីរបស់ខ្លួនឯងបានទេ។</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>ប្រតិវេទន៍របស់អ្នក៖</translation>
    </message>
    <message>
        <source>[country]</source>
        <translation>[ប្រទេស]</translation>
    </message>
    <message>
        <source>[text in a script not supported: {scripts}]</source>
        <translation>[អត្ថបទជាអក្សរដែលមិនគាំទ្រ៖ {scripts}]</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>[ត្រូវបំពេញ]</translation>
    </message>
    <message>
        <source>all but withdrawn</source>
        <translation>ទាំងអស់ លើកលែងតែកំណត់ត្រាដែលបានដកចេញ</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>គ្រប់កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>បានបញ្ចប់ជាស្ថាពរ</translation>
    </message>
    <message>
        <source>finalized inspections</source>
        <translation>ការត្រួតពិនិត្យដែលបានបញ្ចប់ជាស្ថាពរ</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>ជើងហោះហើរ</translation>
    </message>
    <message>
        <source>held</source>
        <translation>ឃាត់ទុក</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ខ្វះ</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>មិនពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <source>not shown: more than {n} photos</source>
        <translation>មិនបង្ហាញ៖ រូបថតលើសពី {n}</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ផ្សេងទៀត</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>បានបង្ហាញ</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>ត្រា</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>រឹបអូស</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>ឡានដឹកទំនិញ</translation>
    </message>
    <message>
        <source>vessel</source>
        <translation>នាវា</translation>
    </message>
    <message>
        <source>voyage</source>
        <translation>ជើងនាវា</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>បានដកចេញ</translation>
    </message>
    <message>
        <source>{authority} ({country}) notified on {day}.</source>
        <translation>បានជូនដំណឹងទៅ {authority} ({country}) នៅ {day}។</translation>
    </message>
    <message>
        <source>{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}</source>
        <translation>{code} អនុវត្តតែចាប់ពី {start} ({decision}) ប៉ុណ្ណោះ។ វាមិនទាន់មាននៅថ្ងៃ {day} ទេ។{advice}</translation>
    </message>
    <message>
        <source>{code} exists in {edition}, the edition in force on {day}.</source>
        <translation>{code} មាននៅក្នុង {edition} ដែលជាបោះពុម្ពជាធរមាននៅថ្ងៃ {day}។</translation>
    </message>
    <message>
        <source>{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.</source>
        <translation>{code} ជាកូដ HS ដែលមានទម្រង់ត្រឹមត្រូវ ប៉ុន្តែមិនមែនជាក្បាលលេខកាកសំណល់មួយក្នុងតារាងយោងទេ។</translation>
    </message>
    <message>
        <source>{code} is not a Basel code in the reference tables.{hint}</source>
        <translation>{code} មិនមែនជាកូដបាស៊ែលក្នុងតារាងយោងទេ។{hint}</translation>
    </message>
    <message>
        <source>{code} is not a Y code valid on {day}.</source>
        <translation>{code} មិនមែនជាកូដ Y ដែលមានសុពលភាពនៅថ្ងៃ {day} ទេ។</translation>
    </message>
    <message>
        <source>{code} is not an Annex III H code (H1 to H13).</source>
        <translation>{code} មិនមែនជាកូដ H នៃឧបសម្ព័ន្ធ III (H1 ដល់ H13) ទេ។</translation>
    </message>
    <message>
        <source>{code} is not in the reference tables.</source>
        <translation>{code} មិនមាននៅក្នុងតារាងយោងទេ។</translation>
    </message>
    <message>
        <source>{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}</source>
        <translation>{code} មិនមាននៅក្នុង {edition} ដែលជាបោះពុម្ពជាធរមាននៅថ្ងៃ {day} ទេ។ វាមាននៅក្នុង {other}។{advice}</translation>
    </message>
    <message>
        <source>{code} is valid on {day}.</source>
        <translation>{code} មានសុពលភាពនៅថ្ងៃ {day}។</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}.</source>
        <translation>{code} ត្រូវបានលុបនៅ {end}។</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}; consider {codes}.</source>
        <translation>{code} ត្រូវបានលុបនៅ {end}។ សូមពិចារណា {codes}។</translation>
    </message>
    <message>
        <source>{code} was replaced by {new} on {end}.</source>
        <translation>{code} ត្រូវបានជំនួសដោយ {new} នៅ {end}។</translation>
    </message>
    <message>
        <source>{label} · {status} · revision {revision}</source>
        <translation>{label} · {status} · កំណែទី {revision}</translation>
    </message>
    <message>
        <source>{name} ({role}) is not allowed to {action}.</source>
        <translation>{name} ({role}) មិនមានសិទ្ធិ៖ {action}។</translation>
    </message>
    <message>
        <source>{name} acknowledges a package this post did not make.</source>
        <translation>{name} បញ្ជាក់ការទទួលកញ្ចប់ដែលប៉ុស្តិ៍នេះមិនបានបង្កើត។</translation>
    </message>
    <message>
        <source>{name} cannot be decrypted with this installation&apos;s key.</source>
        <translation>មិនអាចឌិគ្រីប {name} ដោយសោរបស់កុំព្យូទ័រនេះបានទេ។</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>មិនអាចអាន {name} បានទេ៖ {error}</translation>
    </message>
    <message>
        <source>{name} contains a member with a forbidden name ({member}).</source>
        <translation>{name} មានឯកសារខាងក្នុងដែលមានឈ្មោះហាមឃាត់ ({member})។</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} មិនមានទេ។</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>ផ្នែកក្បាលរបស់ {name} ខូច។</translation>
    </message>
    <message>
        <source>{name} has no manifest.</source>
        <translation>{name} គ្មានបញ្ជីឯកសារ (manifest)។</translation>
    </message>
    <message>
        <source>{name} has too many members.</source>
        <translation>{name} មានឯកសារខាងក្នុងច្រើនពេក។</translation>
    </message>
    <message>
        <source>{name} is a {kind} package, not a {expected} package.</source>
        <translation>{name} ជាកញ្ចប់ប្រភេទ {kind} មិនមែនប្រភេទ {expected} ទេ។</translation>
    </message>
    <message>
        <source>{name} is cut short (incomplete copy?).</source>
        <translation>{name} ត្រូវបានកាត់ខ្លី (ចម្លងមិនពេញលេញ?)។</translation>
    </message>
    <message>
        <source>{name} is damaged (it does not decrypt).</source>
        <translation>{name} ខូច (មិនអាចឌិគ្រីបបាន)។</translation>
    </message>
    <message>
        <source>{name} is damaged or was changed after it was signed (the signature does not match).</source>
        <translation>{name} ខូច ឬត្រូវបានកែប្រែបន្ទាប់ពីចុះហត្ថលេខា (ហត្ថលេខាមិនត្រូវគ្នា)។</translation>
    </message>
    <message>
        <source>{name} is dated in the future ({created}); check the clocks of both computers.</source>
        <translation>{name} មានកាលបរិច្ឆេទនៅពេលអនាគត ({created})។ សូមពិនិត្យនាឡិការបស់កុំព្យូទ័រទាំងពីរ។</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ទទេ។</translation>
    </message>
    <message>
        <source>{name} is encrypted for {names}, not for this installation.</source>
        <translation>{name} ត្រូវបានអ៊ិនគ្រីបសម្រាប់ {names} មិនមែនសម្រាប់កុំព្យូទ័រនេះទេ។</translation>
    </message>
    <message>
        <source>{name} is larger than the {gb} GB a package may hold; it was not opened.</source>
        <translation>{name} ធំជាង {gb} GB ដែលកញ្ចប់មួយអាចផ្ទុកបាន។ វាមិនត្រូវបានបើកទេ។</translation>
    </message>
    <message>
        <source>{name} is not a Customs Desk package.</source>
        <translation>{name} មិនមែនជាកញ្ចប់ Customs Desk ទេ។</translation>
    </message>
    <message>
        <source>{name} is not a readable image.</source>
        <translation>{name} មិនមែនជារូបភាពដែលអាចអានបានទេ។</translation>
    </message>
    <message>
        <source>{name} is not a valid receipt.</source>
        <translation>{name} មិនមែនជាបង្កាន់ដៃត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>{name} is not from the secretariat.</source>
        <translation>{name} មិនមែនមកពីលេខាធិការដ្ឋានទេ។</translation>
    </message>
    <message>
        <source>{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender&apos;s key first.</source>
        <translation>{name} ត្រូវបានចុះហត្ថលេខាដោយសោដែលកុំព្យូទ័រនេះមិនទុកចិត្ត ({sender})។ សូមប្រៀបធៀប និងទុកចិត្តលើសោរបស់អ្នកផ្ញើជាមុនសិន។</translation>
    </message>
    <message>
        <source>{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).</source>
        <translation>{name} ត្រូវបានចុះហត្ថលេខាដោយសោដែលបានដកហូត ({post} ដកហូតនៅ {day}៖ {reason})។</translation>
    </message>
    <message>
        <source>{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.</source>
        <translation>{name} ត្រូវបានចុះហត្ថលេខាដោយ {post} មិនមែនដោយលេខាធិការដ្ឋានទេ។ បច្ចុប្បន្នភាពមកពីលេខាធិការដ្ឋានតែប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.</source>
        <translation>{name} មានទំហំ {mb:.1f} MB។ ដែនកំណត់គឺ {limit} MB ក្នុងមួយឯកសារ។ សូមបន្ថយទំហំរូបថតនៅលើកាមេរ៉ា ឬទូរស័ព្ទ។</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Customs Desk (package format {version}); install the newer version to read it.</source>
        <translation>{name} ត្រូវបានបង្កើតដោយ Customs Desk កំណែថ្មីជាង (ទម្រង់កញ្ចប់ {version})។ សូមដំឡើងកំណែថ្មីជាងនេះ ដើម្បីអានវា។</translation>
    </message>
    <message>
        <source>{name} would expand to more than {gb} GB.</source>
        <translation>{name} នឹងពង្រីកលើសពី {gb} GB។</translation>
    </message>
    <message>
        <source>{name}: alert &apos;{title}&apos; is invalid: {reason}</source>
        <translation>{name}៖ ការព្រមាន &apos;{title}&apos; មិនត្រឹមត្រូវ៖ {reason}</translation>
    </message>
    <message>
        <source>{name}: alerts.json is damaged.</source>
        <translation>{name}៖ alerts.json ខូច។</translation>
    </message>
    <message>
        <source>{name}: an alert has no id.</source>
        <translation>{name}៖ ការព្រមានមួយគ្មានលេខសម្គាល់ (id)។</translation>
    </message>
    <message>
        <source>{name}: attachment {member} does not match its name.</source>
        <translation>{name}៖ ឯកសារភ្ជាប់ {member} មិនត្រូវគ្នានឹងឈ្មោះរបស់វាទេ។</translation>
    </message>
    <message>
        <source>{name}: handbook {book} is invalid: {problem}</source>
        <translation>{name}៖ សៀវភៅណែនាំ {book} មិនត្រឹមត្រូវ៖ {problem}</translation>
    </message>
    <message>
        <source>{name}: member {member} does not match its hash in the manifest.</source>
        <translation>{name}៖ ឯកសារខាងក្នុង {member} មិនត្រូវគ្នានឹងតម្លៃហាស់របស់វាក្នុងបញ្ជីឯកសារទេ។</translation>
    </message>
    <message>
        <source>{name}: member {member} expands suspiciously (a decompression bomb?).</source>
        <translation>{name}៖ ឯកសារខាងក្នុង {member} ពង្រីកទំហំគួរឱ្យសង្ស័យ (decompression bomb?)។</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large ({mb} MB).</source>
        <translation>{name}៖ ឯកសារខាងក្នុង {member} ធំពេក ({mb} MB)។</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large.</source>
        <translation>{name}៖ ឯកសារខាងក្នុង {member} ធំពេក។</translation>
    </message>
    <message>
        <source>{name}: members missing ({missing}) or not in the manifest ({extra}).</source>
        <translation>{name}៖ ឯកសារខាងក្នុងបាត់ ({missing}) ឬមិនមានក្នុងបញ្ជីឯកសារ ({extra})។</translation>
    </message>
    <message>
        <source>{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.</source>
        <translation>{name}៖ អាចភ្ជាប់បានតែរូបថត (JPEG, PNG, TIFF, WebP) ឯកសារ PDF និងឯកសារអត្ថបទប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>{name}: revision {revision} of {record} has no parent hash.</source>
        <translation>{name}៖ កំណែទី {revision} នៃ {record} គ្មានតម្លៃហាស់នៃកំណែមុន។</translation>
    </message>
    <message>
        <source>{name}: the audit events do not end where the manifest says.</source>
        <translation>{name}៖ ព្រឹត្តិការណ៍សវនកម្មមិនបញ្ចប់ត្រង់កន្លែងដែលបញ្ជីឯកសារបញ្ជាក់ទេ។</translation>
    </message>
    <message>
        <source>{name}: the content is damaged ({error}).</source>
        <translation>{name}៖ ខ្លឹមសារខូច ({error})។</translation>
    </message>
    <message>
        <source>{name}: the manifest does not match the signed header.</source>
        <translation>{name}៖ បញ្ជីឯកសារមិនត្រូវគ្នានឹងផ្នែកក្បាលដែលបានចុះហត្ថលេខាទេ។</translation>
    </message>
    <message>
        <source>{name}: the manifest is damaged.</source>
        <translation>{name}៖ បញ្ជីឯកសារខូច។</translation>
    </message>
    <message>
        <source>{name}: the manifest lists no members.</source>
        <translation>{name}៖ បញ្ជីឯកសារមិនមានឯកសារខាងក្នុងណាមួយទេ។</translation>
    </message>
    <message>
        <source>{name}: the reference codes are invalid: {problem}</source>
        <translation>{name}៖ កូដយោងមិនត្រឹមត្រូវ៖ {problem}</translation>
    </message>
    <message>
        <source>{name}: trust.json is damaged.</source>
        <translation>{name}៖ trust.json ខូច។</translation>
    </message>
    <message>
        <source>{name}: {member} is not valid JSON.</source>
        <translation>{name}៖ {member} មិនមែនជា JSON ត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}៖ {problem}</translation>
    </message>
    <message>
        <source>{number} · {status} · revision {revision}</source>
        <translation>{number} · {status} · កំណែទី {revision}</translation>
    </message>
    <message>
        <source>{number}: a container number has 11 characters (4 letters, 7 digits), e.g. CSQU3054383.</source>
        <translation>{number}៖ លេខកុងតឺន័រមាន 11 តួ (អក្សរ 4 និងលេខ 7) ឧទាហរណ៍ CSQU3054383។</translation>
    </message>
    <message>
        <source>{number}: the check digit is wrong; for {body} it should be {digit}. Re-read the number on the container door.</source>
        <translation>{number}៖ លេខផ្ទៀងផ្ទាត់ខុស។ សម្រាប់ {body} វាគួរតែជា {digit}។ សូមអានលេខនៅលើទ្វារកុងតឺន័រម្តងទៀត។</translation>
    </message>
    <message>
        <source>{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits (e.g. CSQU3054383).</source>
        <translation>{number}៖ សូមប្រើអក្សរម្ចាស់ 3 តួ អក្សរប្រភេទ U, J ឬ Z បន្ទាប់មកលេខ 7 ខ្ទង់ (ឧទាហរណ៍ CSQU3054383)។</translation>
    </message>
    <message>
        <source>{n} days left (deadline {deadline}).</source>
        <translation>នៅសល់ {n} ថ្ងៃ (ផុតកំណត់ {deadline})។</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} ធាតុ</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} មានរួចហើយ។ គ្មានអ្វីត្រូវបានសរសេរជាន់ពីលើទេ។</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} មិនមានទេ។</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ជាថត មិនមែនជាឯកសារមូលដ្ឋានទិន្នន័យទេ។</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} ជាថត។ សូមផ្តល់ឈ្មោះឯកសារ។</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not one made by Customs Desk.</source>
        <translation>{path} ជាមូលដ្ឋានទិន្នន័យ SQLite ប៉ុន្តែមិនត្រូវបានបង្កើតដោយ Customs Desk ទេ។</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} មិនមែនជាឯកសារទេ។</translation>
    </message>
    <message>
        <source>{path} is not a folder (is the USB stick plugged in?).</source>
        <translation>{path} មិនមែនជាថតទេ (តើឧបករណ៍ផ្ទុក USB ត្រូវបានដោតហើយឬនៅ?)។</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} មិនមែនជាថតទេ។</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file: {error}</source>
        <translation>{path} មិនមែនជាឯកសារ JSON ដែលអាចអានបានទេ៖ {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: unknown kind.</source>
        <translation>{path} មិនមែនជាឯកសារសោ Customs Desk ត្រឹមត្រូវទេ៖ មិនស្គាល់ប្រភេទ។</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: {error}</source>
        <translation>{path} មិនមែនជាឯកសារសោ Customs Desk ត្រឹមត្រូវទេ៖ {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid inspection ({n} problems); nothing was saved.</source>
        <translation>{path} មិនមែនជាការត្រួតពិនិត្យត្រឹមត្រូវទេ (មានបញ្ហាចំនួន {n})។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>{path} must contain one JSON object (one inspection).</source>
        <translation>{path} ត្រូវតែមានវត្ថុ JSON មួយ (ការត្រួតពិនិត្យមួយ)។</translation>
    </message>
    <message>
        <source>{path} must hold {{&quot;alerts&quot;: [...], &quot;withdraw&quot;: [...]}}.</source>
        <translation>{path} ត្រូវតែមាន {{&quot;alerts&quot;: [...], &quot;withdraw&quot;: [...]}}។</translation>
    </message>
    <message>
        <source>{value} is valid.</source>
        <translation>{value} ត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>… and {n} more lines (listed in the inspection report).</source>
        <translation>… និង {n} ជួរទៀត (មានក្នុងរបាយការណ៍ត្រួតពិនិត្យ)។</translation>
    </message>
</context>
<context>
    <name>decision_aids</name>
    <message>
        <source>All checks passed. Release under normal procedures and record what you checked: documents seen, items sampled, packaging and loading, and why any red flag was explained.</source>
        <translation>ការពិនិត្យទាំងអស់បានឆ្លងកាត់។ សូមបញ្ចេញទំនិញតាមនីតិវិធីធម្មតា ហើយកត់ត្រាអ្វីដែលអ្នកបានពិនិត្យ៖ ឯកសារដែលបានឃើញ គ្រឿងដែលបានយកសំណាក ការវេចខ្ចប់ និងការផ្ទុកទំនិញ និងមូលហេតុដែលសញ្ញាព្រមាននីមួយៗត្រូវបានពន្យល់។</translation>
    </message>
    <message>
        <source>Are all the conditions of that exemption met, and do the goods look like what the exemption describes?</source>
        <translation>តើលក្ខខណ្ឌទាំងអស់នៃការលើកលែងនោះត្រូវបានបំពេញឬទេ ហើយតើទំនិញមើលទៅដូចអ្វីដែលការលើកលែងនោះពិពណ៌នាឬទេ?</translation>
    </message>
    <message>
        <source>Are all the reuse documents present and credible: invoice and contract stating direct reuse and full function; a test record for every item with a protocol; the holder&apos;s signed declaration that nothing is waste; a transport document matching the invoice?</source>
        <translation>តើឯកសារសម្រាប់ការប្រើឡើងវិញមានគ្រប់ និងគួរឱ្យជឿជាក់ឬទេ៖ វិក្កយបត្រ និងកិច្ចសន្យាដែលចែងថាប្រើឡើងវិញដោយផ្ទាល់ និងដំណើរការបានពេញលេញ កំណត់ត្រាតេស្តសម្រាប់គ្រឿងនីមួយៗ ព្រមទាំងបញ្ជីសរុបលទ្ធផលតេស្ត លិខិតប្រកាសដែលមានហត្ថលេខារបស់អ្នកកាន់កាប់ថាគ្មានអ្វីជាកាកសំណល់ និងឯកសារដឹកជញ្ជូនដែលត្រូវគ្នានឹងវិក្កយបត្រ?</translation>
    </message>
    <message>
        <source>Are they lead-acid batteries (whole or crushed)?</source>
        <translation>តើវាជាអាគុយអាស៊ីតសំណ (ទាំងមូល ឬកំទេច) ឬទេ?</translation>
    </message>
    <message>
        <source>Are they unsorted, or do they contain lead, cadmium or mercury (or other Annex I constituents) to a hazardous extent?</source>
        <translation>តើវាមិនទាន់បានតម្រៀបប្រភេទ ឬមានផ្ទុកសំណ កាដមីញ៉ូម ឬបារត (ឬសមាសធាតុផ្សេងទៀតនៃឧបសម្ព័ន្ធ I) ក្នុងកម្រិតគ្រោះថ្នាក់ឬទេ?</translation>
    </message>
    <message>
        <source>Art. 9(1)(a): no notification to all States concerned</source>
        <translation>Art. 9(1)(a)៖ គ្មានការជូនដំណឹងទៅរដ្ឋពាក់ព័ន្ធទាំងអស់</translation>
    </message>
    <message>
        <source>Art. 9(1)(b): no consent of a State concerned</source>
        <translation>Art. 9(1)(b)៖ គ្មានការយល់ព្រមពីរដ្ឋពាក់ព័ន្ធណាមួយ</translation>
    </message>
    <message>
        <source>Art. 9(1)(c): consent obtained through falsification, misrepresentation or fraud</source>
        <translation>Art. 9(1)(c)៖ ការយល់ព្រមទទួលបានតាមរយៈការក្លែងបន្លំ ការបំភ្លៃការពិត ឬការឆបោក</translation>
    </message>
    <message>
        <source>Art. 9(1)(d): does not conform in a material way with the documents</source>
        <translation>Art. 9(1)(d)៖ មិនត្រូវគ្នានឹងឯកសារក្នុងខ្លឹមសារសំខាន់</translation>
    </message>
    <message>
        <source>Art. 9(1)(e): results in deliberate disposal contrary to the Convention</source>
        <translation>Art. 9(1)(e)៖ បណ្តាលឱ្យមានការបោះចោលដោយចេតនា ផ្ទុយនឹងអនុសញ្ញា</translation>
    </message>
    <message>
        <source>Article 9 applies only to wastes covered by the Convention. National law may still apply.</source>
        <translation>មាត្រា 9 អនុវត្តតែចំពោះកាកសំណល់ដែលស្ថិតក្រោមអនុសញ្ញាប៉ុណ្ណោះ។ ច្បាប់ជាតិនៅតែអាចអនុវត្តបាន។</translation>
    </message>
    <message>
        <source>Article 9(1) of the Basel Convention lists five situations in which a transboundary movement is illegal traffic. Answer each question; one shipment can meet more than one ground.</source>
        <translation>មាត្រា 9(1) នៃអនុសញ្ញាបាស៊ែលកំណត់ស្ថានភាពប្រាំ ដែលចលនាឆ្លងដែនមួយចាត់ទុកជាការជួញដូរខុសច្បាប់។ សូមឆ្លើយសំណួរនីមួយៗ។ ការដឹកជញ្ជូនមួយអាចស្របនឹងមូលដ្ឋានច្រើនជាងមួយ។</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>មិនអាចប្រាប់បាន</translation>
    </message>
    <message>
        <source>Check with the competent authority</source>
        <translation>សូមពិនិត្យជាមួយអាជ្ញាធរមានសមត្ថកិច្ច</translation>
    </message>
    <message>
        <source>Classify the waste first</source>
        <translation>ចាត់ថ្នាក់កាកសំណល់ជាមុនសិន</translation>
    </message>
    <message>
        <source>Clean, sorted plastic waste for environmentally sound recycling (from 1 January 2021; B3011 replaced B3010). Check contamination carefully and the national rules of the countries concerned.</source>
        <translation>កាកសំណល់ប្លាស្ទិកស្អាត និងបានតម្រៀបប្រភេទ សម្រាប់ការកែច្នៃឡើងវិញប្រកបដោយនិរន្តរភាពបរិស្ថាន (ចាប់ពីថ្ងៃទី 1 ខែមករា ឆ្នាំ 2021 B3011 បានជំនួស B3010)។ សូមពិនិត្យការចម្លងរោគឱ្យបានល្អិតល្អន់ និងច្បាប់ជាតិរបស់ប្រទេសពាក់ព័ន្ធ។</translation>
    </message>
    <message>
        <source>Collected from households</source>
        <translation>ប្រមូលពីគ្រួសារ</translation>
    </message>
    <message>
        <source>Decide first whether the equipment is waste</source>
        <translation>សូមសម្រេចជាមុនសិនថាតើឧបករណ៍នោះជាកាកសំណល់ឬទេ</translation>
    </message>
    <message>
        <source>Did every State concerned give written consent (and is the consent valid for these dates and this quantity)?</source>
        <translation>តើរដ្ឋពាក់ព័ន្ធទាំងអស់បានផ្តល់ការយល់ព្រមជាលាយលក្ខណ៍អក្សរឬទេ (ហើយតើការយល់ព្រមនោះមានសុពលភាពសម្រាប់កាលបរិច្ឆេទ និងបរិមាណនេះឬទេ)?</translation>
    </message>
    <message>
        <source>Do the documents claim an exemption: repair under warranty, failure (root-cause) analysis, or repair or refurbishment under a contract?</source>
        <translation>តើឯកសារអះអាងពីការលើកលែងឬទេ៖ ការជួសជុលក្រោមការធានា ការវិភាគការខូច (រកមូលហេតុដើម) ឬការជួសជុល ឬការកែលម្អឡើងវិញតាមកិច្ចសន្យា?</translation>
    </message>
    <message>
        <source>Do the goods match the papers? Sampled items carry readable test labels that match the protocol; items are complete and undamaged; they are protected by packaging and properly stacked; the far end of the container looks like the door end.</source>
        <translation>តើទំនិញត្រូវគ្នានឹងឯកសារឬទេ? គ្រឿងដែលបានយកសំណាកមានស្លាកតេស្តដែលអាចអានបាន និងត្រូវគ្នានឹងបញ្ជីសរុបលទ្ធផលតេស្ត គ្រឿងពេញលេញ និងមិនខូចខាត ត្រូវបានការពារដោយការវេចខ្ចប់ និងរៀបគរបានត្រឹមត្រូវ ហើយផ្នែកខាងក្នុងនៃកុងតឺន័រមើលទៅដូចផ្នែកមាត់ទ្វារ។</translation>
    </message>
    <message>
        <source>Does any red flag about the consignee, the route or the declared value remain unexplained, or is there an alert about the shipper, consignee or route?</source>
        <translation>តើនៅមានសញ្ញាព្រមានអំពីអ្នកទទួលទំនិញ ផ្លូវដឹកជញ្ជូន ឬតម្លៃដែលបានប្រកាស ដែលមិនទាន់មានការពន្យល់ឬទេ ឬមានការព្រមានអំពីអ្នកផ្ញើទំនិញ អ្នកទទួលទំនិញ ឬផ្លូវដឹកជញ្ជូនឬទេ?</translation>
    </message>
    <message>
        <source>Does it contain, or is it contaminated with, hazardous components: CRT glass, list A batteries, mercury switches, lamps or backlights, PCB capacitors, asbestos parts, certain circuit boards or displays, plastics with brominated flame retardants?</source>
        <translation>តើវាមានផ្ទុក ឬប្រឡាក់ដោយសមាសភាគគ្រោះថ្នាក់ឬទេ៖ កញ្ចក់ CRT អាគុយក្នុងបញ្ជី A កុងតាក់បារត អំពូល ឬអំពូលបំភ្លឺខាងក្រោយអេក្រង់ កុងដង់សាទ័រ PCB គ្រឿងបន្លាស់មានអាស្បេស្តូស បន្ទះសៀគ្វី ឬអេក្រង់មួយចំនួន ប្លាស្ទិកដែលមានសារធាតុទប់ស្កាត់អណ្តាតភ្លើងប្រភេទប្រូមីន?</translation>
    </message>
    <message>
        <source>Does the movement appear to result in deliberate disposal (for example dumping) contrary to the Convention or international law?</source>
        <translation>តើចលនានេះហាក់ដូចជាបណ្តាលឱ្យមានការបោះចោលដោយចេតនា (ឧទាហរណ៍ ការចាក់ចោល) ផ្ទុយនឹងអនុសញ្ញា ឬច្បាប់អន្តរជាតិឬទេ?</translation>
    </message>
    <message>
        <source>Does the shipment conform in a material way with the documents (type of waste, codes, quantity, parties, route)?</source>
        <translation>តើការដឹកជញ្ជូនត្រូវគ្នានឹងឯកសារក្នុងខ្លឹមសារសំខាន់ឬទេ (ប្រភេទកាកសំណល់ កូដ បរិមាណ ភាគីពាក់ព័ន្ធ ផ្លូវដឹកជញ្ជូន)?</translation>
    </message>
    <message>
        <source>Find the Basel entry to note as suspected: Annex VIII (list A, presumed hazardous), Annex IX (list B, presumed not hazardous) or Annex II (other wastes, controlled). Suspected codes are not a legal classification; the competent authority decides.</source>
        <translation>រកធាតុបាស៊ែលដែលត្រូវកត់ត្រាជាការសង្ស័យ៖ ឧបសម្ព័ន្ធ VIII (បញ្ជី A សន្មតថាមានគ្រោះថ្នាក់) ឧបសម្ព័ន្ធ IX (បញ្ជី B សន្មតថាគ្មានគ្រោះថ្នាក់) ឬឧបសម្ព័ន្ធ II (កាកសំណល់ផ្សេងទៀត ដែលត្រូវគ្រប់គ្រង)។ កូដសង្ស័យមិនមែនជាការចាត់ថ្នាក់ផ្លូវច្បាប់ទេ។ អាជ្ញាធរមានសមត្ថកិច្ចជាអ្នកសម្រេច។</translation>
    </message>
    <message>
        <source>For a load declared as, or containing, used electrical or electronic equipment. Answer from what you see and the documents presented. The result supports your judgement; it does not replace your national law.</source>
        <translation>សម្រាប់ទំនិញដែលបានប្រកាសជា ឬមានផ្ទុកឧបករណ៍អគ្គិសនី ឬអេឡិចត្រូនិកប្រើរួច។ សូមឆ្លើយតាមអ្វីដែលអ្នកឃើញ និងឯកសារដែលបានបង្ហាញ។ លទ្ធផលជួយគាំទ្រការវិនិច្ឆ័យរបស់អ្នក ប៉ុន្តែមិនជំនួសច្បាប់ជាតិរបស់អ្នកទេ។</translation>
    </message>
    <message>
        <source>From these answers the movement does not meet any ground of Article 9(1). Record what you checked.</source>
        <translation>តាមចម្លើយទាំងនេះ ចលនានេះមិនស្របនឹងមូលដ្ឋានណាមួយនៃមាត្រា 9(1) ទេ។ សូមកត់ត្រាអ្វីដែលអ្នកបានពិនិត្យ។</translation>
    </message>
    <message>
        <source>Hazardous plastic waste (from 1 January 2021, decision BC-14/12). Prior informed consent is required.</source>
        <translation>កាកសំណល់ប្លាស្ទិកគ្រោះថ្នាក់ (ចាប់ពីថ្ងៃទី 1 ខែមករា ឆ្នាំ 2021 សេចក្តីសម្រេច BC-14/12)។ តម្រូវឱ្យមានការយល់ព្រមជាមុនដោយមានការជូនដំណឹង។</translation>
    </message>
    <message>
        <source>Hazardous waste electrical and electronic equipment. A1181 applies from 1 January 2025 (decision BC-15/18); for movements before that date, A1180 applied. Prior informed consent is required. Commonly associated HS heading: 8549 (a hint, not a classification).</source>
        <translation>កាកសំណល់ឧបករណ៍អគ្គិសនី និងអេឡិចត្រូនិកគ្រោះថ្នាក់។ A1181 អនុវត្តចាប់ពីថ្ងៃទី 1 ខែមករា ឆ្នាំ 2025 (សេចក្តីសម្រេច BC-15/18)។ សម្រាប់ចលនាមុនកាលបរិច្ឆេទនោះ A1180 ត្រូវបានអនុវត្ត។ តម្រូវឱ្យមានការយល់ព្រមជាមុនដោយមានការជូនដំណឹង។ ក្បាលលេខ HS ដែលជាទូទៅពាក់ព័ន្ធ៖ 8549 (ជាការណែនាំ មិនមែនជាការចាត់ថ្នាក់ទេ)។</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <translation>ខ្ញុំមិនទាន់ដឹងនៅឡើយ</translation>
    </message>
    <message>
        <source>If the goods are really not waste, the Basel lists do not apply. Record why you concluded this.</source>
        <translation>ប្រសិនបើទំនិញពិតជាមិនមែនជាកាកសំណល់ទេ បញ្ជីបាស៊ែលមិនអនុវត្តទេ។ សូមកត់ត្រាមូលហេតុដែលអ្នកបានសន្និដ្ឋានបែបនេះ។</translation>
    </message>
    <message>
        <source>Is it clearly waste already? For example: goods broken, cut up, crushed or stripped; loose circuit boards, cables or fractions; loose used batteries; equipment mixed with scrap or household waste; or documents that say scrap, waste or for recycling.</source>
        <translation>តើវាច្បាស់ជាកាកសំណល់រួចហើយឬទេ? ឧទាហរណ៍៖ ទំនិញខូច ត្រូវបានកាត់ កំទេច ឬរុះយកគ្រឿង បន្ទះសៀគ្វី ខ្សែ ឬបំណែកដាក់រាយប៉ាយ អាគុយប្រើរួចដាក់រាយប៉ាយ ឧបករណ៍លាយឡំជាមួយអេតចាយ ឬកាកសំណល់គ្រួសារ ឬឯកសារដែលសរសេរថាអេតចាយ កាកសំណល់ ឬសម្រាប់កែច្នៃឡើងវិញ។</translation>
    </message>
    <message>
        <source>Is it going to environmentally sound recycling, almost free from contamination and other wastes, and almost exclusively one non-halogenated polymer, one cured resin, one listed fluorinated polymer, or a PE/PP/PET mixture for separate recycling?</source>
        <translation>តើវាត្រូវបានបញ្ជូនទៅកែច្នៃឡើងវិញប្រកបដោយនិរន្តរភាពបរិស្ថាន ស្ទើរតែគ្មានការចម្លងរោគ និងកាកសំណល់ផ្សេងទៀត ហើយស្ទើរតែទាំងស្រុងជាប៉ូលីមែរគ្មានហាឡូសែនមួយប្រភេទ ជ័រដែលបានរឹងមួយប្រភេទ ប៉ូលីមែរហ្វ្លុយអូរីនដែលមានក្នុងបញ្ជីមួយប្រភេទ ឬល្បាយ PE/PP/PET សម្រាប់ការកែច្នៃដាច់ដោយឡែកឬទេ?</translation>
    </message>
    <message>
        <source>Is it plastic waste (including mixtures of plastic waste)?</source>
        <translation>តើវាជាកាកសំណល់ប្លាស្ទិក (រួមទាំងល្បាយកាកសំណល់ប្លាស្ទិក) ឬទេ?</translation>
    </message>
    <message>
        <source>Is it waste batteries or accumulators?</source>
        <translation>តើវាជាកាកសំណល់អាគុយ ឬអាគុយបញ្ចូលថាមពលឬទេ?</translation>
    </message>
    <message>
        <source>Is it waste electrical or electronic equipment, its components, or fractions from processing it (shredding, dismantling)?</source>
        <translation>តើវាជាកាកសំណល់ឧបករណ៍អគ្គិសនី ឬអេឡិចត្រូនិក គ្រឿងផ្សំរបស់វា ឬបំណែកពីការកែច្នៃវា (ការកិន ការរុះរើ) ឬទេ?</translation>
    </message>
    <message>
        <source>Is the material waste, that is, going to disposal or recovery rather than being used again as it is?</source>
        <translation>តើសម្ភារៈនេះជាកាកសំណល់ឬទេ ពោលគឺត្រូវបញ្ជូនទៅបោះចោល ឬស្តារយកមកប្រើវិញ ជាជាងប្រើឡើងវិញដូចដើម?</translation>
    </message>
    <message>
        <source>Is the plastic contaminated with, or does it contain, Annex I constituents to an extent that gives it an Annex III hazardous characteristic?</source>
        <translation>តើប្លាស្ទិកប្រឡាក់ ឬមានផ្ទុកសមាសធាតុនៃឧបសម្ព័ន្ធ I ក្នុងកម្រិតដែលធ្វើឱ្យវាមានលក្ខណៈគ្រោះថ្នាក់នៃឧបសម្ព័ន្ធ III ឬទេ?</translation>
    </message>
    <message>
        <source>Is the shipment a waste covered by the Convention (a hazardous waste or one of the other wastes of Annex II)?</source>
        <translation>តើទំនិញដឹកជញ្ជូនជាកាកសំណល់ដែលស្ថិតក្រោមអនុសញ្ញាឬទេ (កាកសំណល់គ្រោះថ្នាក់ ឬកាកសំណល់ផ្សេងទៀតមួយនៃឧបសម្ព័ន្ធ II)?</translation>
    </message>
    <message>
        <source>Is there a sign that consent was obtained by falsification, misrepresentation or fraud (forged permit, invented facility, false description to the authorities)?</source>
        <translation>តើមានសញ្ញាថាការយល់ព្រមត្រូវបានទទួលតាមរយៈការក្លែងបន្លំ ការបំភ្លៃការពិត ឬការឆបោកឬទេ (លិខិតអនុញ្ញាតក្លែងក្លាយ រោងចក្រដែលមិនមានពិត ការពិពណ៌នាមិនពិតជូនអាជ្ញាធរ)?</translation>
    </message>
    <message>
        <source>Is this illegal traffic under Article 9?</source>
        <translation>តើនេះជាការជួញដូរខុសច្បាប់តាមមាត្រា 9 ឬទេ?</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>មិនមែនទាំងពីរ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>No Article 9 ground found</source>
        <translation>រកមិនឃើញមូលដ្ឋានតាមមាត្រា 9 ទេ</translation>
    </message>
    <message>
        <source>No ground is established yet, but notification or consent could not be confirmed. Ask the competent authority before release.</source>
        <translation>មិនទាន់មានមូលដ្ឋានណាមួយត្រូវបានបញ្ជាក់នៅឡើយទេ ប៉ុន្តែមិនអាចបញ្ជាក់ការជូនដំណឹង ឬការយល់ព្រមបាន។ សូមសួរអាជ្ញាធរមានសមត្ថកិច្ច មុនពេលបញ្ចេញទំនិញ។</translation>
    </message>
    <message>
        <source>No, one or more is missing or doubtful</source>
        <translation>ទេ មួយ ឬច្រើនខ្វះ ឬគួរឱ្យសង្ស័យ</translation>
    </message>
    <message>
        <source>No, or I cannot tell</source>
        <translation>ទេ ឬខ្ញុំមិនអាចប្រាប់បាន</translation>
    </message>
    <message>
        <source>No: sorted, made to a specification, without lead, cadmium or mercury</source>
        <translation>ទេ៖ បានតម្រៀបប្រភេទ ផលិតតាមលក្ខណៈបច្ចេកទេស គ្មានសំណ កាដមីញ៉ូម ឬបារត</translation>
    </message>
    <message>
        <source>Non-hazardous waste electrical and electronic equipment. Y49 applies from 1 January 2025 (decision BC-15/18) and is subject to prior informed consent. Before that date, non-hazardous e-waste could fall under B1110.</source>
        <translation>កាកសំណល់ឧបករណ៍អគ្គិសនី និងអេឡិចត្រូនិកមិនគ្រោះថ្នាក់។ Y49 អនុវត្តចាប់ពីថ្ងៃទី 1 ខែមករា ឆ្នាំ 2025 (សេចក្តីសម្រេច BC-15/18) ហើយតម្រូវឱ្យមានការយល់ព្រមជាមុនដោយមានការជូនដំណឹង។ មុនកាលបរិច្ឆេទនោះ កាកសំណល់អេឡិចត្រូនិកមិនគ្រោះថ្នាក់អាចស្ថិតក្រោម B1110។</translation>
    </message>
    <message>
        <source>None of the common routes fits. Compare the goods with list A and list B, then with Annex I and Annex III, describe them in detail and ask the competent authority.</source>
        <translation>គ្មានផ្លូវទូទៅណាមួយត្រូវគ្នាទេ។ សូមប្រៀបធៀបទំនិញជាមួយបញ្ជី A និងបញ្ជី B បន្ទាប់មកជាមួយឧបសម្ព័ន្ធ I និងឧបសម្ព័ន្ធ III ពិពណ៌នាទំនិញឱ្យបានលម្អិត ហើយសួរអាជ្ញាធរមានសមត្ថកិច្ច។</translation>
    </message>
    <message>
        <source>Not Basel illegal traffic</source>
        <translation>មិនមែនជាការជួញដូរខុសច្បាប់តាមអនុសញ្ញាបាស៊ែលទេ</translation>
    </message>
    <message>
        <source>Not sure: it is used electrical equipment</source>
        <translation>មិនប្រាកដ៖ វាជាឧបករណ៍អគ្គិសនីប្រើរួច</translation>
    </message>
    <message>
        <source>Not waste: no Basel entry</source>
        <translation>មិនមែនជាកាកសំណល់៖ គ្មានធាតុបាស៊ែល</translation>
    </message>
    <message>
        <source>Plastic waste that is neither hazardous (A3210) nor clean and sorted (B3011). Y48 applies from 1 January 2021 and requires prior informed consent.</source>
        <translation>កាកសំណល់ប្លាស្ទិកដែលមិនមែនជាកាកសំណល់គ្រោះថ្នាក់ (A3210) ហើយក៏មិនស្អាត និងបានតម្រៀបប្រភេទ (B3011) ដែរ។ Y48 អនុវត្តចាប់ពីថ្ងៃទី 1 ខែមករា ឆ្នាំ 2021 ហើយតម្រូវឱ្យមានការយល់ព្រមជាមុនដោយមានការជូនដំណឹង។</translation>
    </message>
    <message>
        <source>Residues from incinerating household waste</source>
        <translation>សំណល់ពីការដុតកាកសំណល់គ្រួសារ</translation>
    </message>
    <message>
        <source>Residues from the incineration of household wastes. Controlled under the Convention.</source>
        <translation>សំណល់ពីការដុតកាកសំណល់គ្រួសារ។ ស្ថិតក្រោមការគ្រប់គ្រងនៃអនុសញ្ញា។</translation>
    </message>
    <message>
        <source>Run the decision aid &quot;Used EEE or e-waste?&quot; first, then come back here if it is e-waste.</source>
        <translation>សូមដំណើរការឧបករណ៍ជំនួយការសម្រេចចិត្ត &quot;ឧបករណ៍ប្រើរួច ឬកាកសំណល់អេឡិចត្រូនិក?&quot; ជាមុនសិន បន្ទាប់មកត្រឡប់មកទីនេះវិញ ប្រសិនបើវាជាកាកសំណល់អេឡិចត្រូនិក។</translation>
    </message>
    <message>
        <source>Run the decision aid &quot;Which list?&quot; and come back to this one.</source>
        <translation>សូមដំណើរការឧបករណ៍ជំនួយការសម្រេចចិត្ត &quot;បញ្ជីណា?&quot; ហើយត្រឡប់មកឧបករណ៍នេះវិញ។</translation>
    </message>
    <message>
        <source>Suspected A1160 (Annex VIII, list A)</source>
        <translation>សង្ស័យ A1160 (ឧបសម្ព័ន្ធ VIII បញ្ជី A)</translation>
    </message>
    <message>
        <source>Suspected A1170 (Annex VIII, list A)</source>
        <translation>សង្ស័យ A1170 (ឧបសម្ព័ន្ធ VIII បញ្ជី A)</translation>
    </message>
    <message>
        <source>Suspected A1181 (Annex VIII, list A)</source>
        <translation>សង្ស័យ A1181 (ឧបសម្ព័ន្ធ VIII បញ្ជី A)</translation>
    </message>
    <message>
        <source>Suspected A3210 (Annex VIII, list A)</source>
        <translation>សង្ស័យ A3210 (ឧបសម្ព័ន្ធ VIII បញ្ជី A)</translation>
    </message>
    <message>
        <source>Suspected B1090 (Annex IX, list B)</source>
        <translation>សង្ស័យ B1090 (ឧបសម្ព័ន្ធ IX បញ្ជី B)</translation>
    </message>
    <message>
        <source>Suspected B3011 (Annex IX, list B)</source>
        <translation>សង្ស័យ B3011 (ឧបសម្ព័ន្ធ IX បញ្ជី B)</translation>
    </message>
    <message>
        <source>Suspected Y46 (Annex II, other wastes)</source>
        <translation>សង្ស័យ Y46 (ឧបសម្ព័ន្ធ II កាកសំណល់ផ្សេងទៀត)</translation>
    </message>
    <message>
        <source>Suspected Y47 (Annex II, other wastes)</source>
        <translation>សង្ស័យ Y47 (ឧបសម្ព័ន្ធ II កាកសំណល់ផ្សេងទៀត)</translation>
    </message>
    <message>
        <source>Suspected Y48 (Annex II, other wastes)</source>
        <translation>សង្ស័យ Y48 (ឧបសម្ព័ន្ធ II កាកសំណល់ផ្សេងទៀត)</translation>
    </message>
    <message>
        <source>Suspected Y49 (Annex II, other wastes)</source>
        <translation>សង្ស័យ Y49 (ឧបសម្ព័ន្ធ II កាកសំណល់ផ្សេងទៀត)</translation>
    </message>
    <message>
        <source>Suspected illegal traffic</source>
        <translation>សង្ស័យថាជាការជួញដូរខុសច្បាប់</translation>
    </message>
    <message>
        <source>The answers meet at least one ground of Article 9(1). Hold the goods where your law allows, notify the competent authority and open a case; the take-back clocks start when the State responsible is informed.</source>
        <translation>ចម្លើយស្របនឹងមូលដ្ឋានយ៉ាងហោចណាស់មួយនៃមាត្រា 9(1)។ សូមឃាត់ទំនិញទុកតាមដែលច្បាប់របស់អ្នកអនុញ្ញាត ជូនដំណឹងទៅអាជ្ញាធរមានសមត្ថកិច្ច និងបើកករណី។ រយៈពេលកំណត់នៃការនាំត្រឡប់មកវិញចាប់ផ្តើមរាប់ នៅពេលរដ្ឋដែលទទួលខុសត្រូវទទួលបានការជូនដំណឹង។</translation>
    </message>
    <message>
        <source>The goods already look like waste. Hold them where your law allows and refer the case to the competent authority. Suspected codes: A1181 if hazardous components are present (CRT glass, list A batteries, mercury lamps or switches, PCB capacitors), otherwise Y49; HS heading 8549.</source>
        <translation>ទំនិញមើលទៅដូចជាកាកសំណល់រួចហើយ។ សូមឃាត់ទំនិញទុកតាមដែលច្បាប់របស់អ្នកអនុញ្ញាត ហើយបញ្ជូនករណីនេះទៅអាជ្ញាធរមានសមត្ថកិច្ច។ កូដសង្ស័យ៖ A1181 ប្រសិនបើមានសមាសភាគគ្រោះថ្នាក់ (កញ្ចក់ CRT អាគុយក្នុងបញ្ជី A អំពូល ឬកុងតាក់បារត កុងដង់សាទ័រ PCB) បើមិនដូច្នោះទេ Y49។ ក្បាលលេខ HS 8549។</translation>
    </message>
    <message>
        <source>The papers and goods look right, but a red flag remains. Record it, hold the goods and ask the competent authority before release.</source>
        <translation>ឯកសារ និងទំនិញមើលទៅត្រឹមត្រូវ ប៉ុន្តែនៅមានសញ្ញាព្រមានមួយ។ សូមកត់ត្រាវា ឃាត់ទំនិញទុក ហើយសួរអាជ្ញាធរមានសមត្ថកិច្ច មុនពេលបញ្ចេញទំនិញ។</translation>
    </message>
    <message>
        <source>To check: whether every State consented</source>
        <translation>ត្រូវពិនិត្យ៖ តើរដ្ឋទាំងអស់បានយល់ព្រមឬទេ</translation>
    </message>
    <message>
        <source>To check: whether the movement was notified</source>
        <translation>ត្រូវពិនិត្យ៖ តើចលនានេះត្រូវបានជូនដំណឹងឬទេ</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer</source>
        <translation>ចាត់ទុកជាកាកសំណល់អេឡិចត្រូនិកសង្ស័យ៖ ឃាត់ទុក និងបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (documents incomplete)</source>
        <translation>ចាត់ទុកជាកាកសំណល់អេឡិចត្រូនិកសង្ស័យ៖ ឃាត់ទុក និងបញ្ជូនបន្ត (ឯកសារមិនពេញលេញ)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (goods do not match the papers)</source>
        <translation>ចាត់ទុកជាកាកសំណល់អេឡិចត្រូនិកសង្ស័យ៖ ឃាត់ទុក និងបញ្ជូនបន្ត (ទំនិញមិនត្រូវគ្នានឹងឯកសារ)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (unexplained red flags)</source>
        <translation>ចាត់ទុកជាកាកសំណល់អេឡិចត្រូនិកសង្ស័យ៖ ឃាត់ទុក និងបញ្ជូនបន្ត (សញ្ញាព្រមានដែលមិនមានការពន្យល់)</translation>
    </message>
    <message>
        <source>Treat as used EEE</source>
        <translation>ចាត់ទុកជាឧបករណ៍ប្រើរួច</translation>
    </message>
    <message>
        <source>Unsorted waste batteries, or waste batteries containing Annex I constituents to a hazardous extent. Prior informed consent is required.</source>
        <translation>កាកសំណល់អាគុយដែលមិនបានតម្រៀបប្រភេទ ឬកាកសំណល់អាគុយដែលមានសមាសធាតុនៃឧបសម្ព័ន្ធ I ក្នុងកម្រិតគ្រោះថ្នាក់។ តម្រូវឱ្យមានការយល់ព្រមជាមុនដោយមានការជូនដំណឹង។</translation>
    </message>
    <message>
        <source>Use the lists directly and describe the goods</source>
        <translation>ប្រើបញ្ជីដោយផ្ទាល់ ហើយពិពណ៌នាទំនិញ</translation>
    </message>
    <message>
        <source>Used EEE or e-waste?</source>
        <translation>ឧបករណ៍ប្រើរួច ឬកាកសំណល់អេឡិចត្រូនិក?</translation>
    </message>
    <message>
        <source>Was it collected from households, or is it residue from incinerating household waste?</source>
        <translation>តើវាត្រូវបានប្រមូលពីគ្រួសារ ឬជាសំណល់ពីការដុតកាកសំណល់គ្រួសារ?</translation>
    </message>
    <message>
        <source>Was the movement notified to all States concerned (is there a notification document naming this shipment)?</source>
        <translation>តើចលនានេះត្រូវបានជូនដំណឹងទៅរដ្ឋពាក់ព័ន្ធទាំងអស់ឬទេ (តើមានឯកសារជូនដំណឹងដែលបញ្ជាក់ការដឹកជញ្ជូននេះឬទេ)?</translation>
    </message>
    <message>
        <source>Waste batteries made to a specification, without lead, cadmium or mercury. List B entries are presumed not hazardous, but national rules may still control them; check the country profile.</source>
        <translation>កាកសំណល់អាគុយដែលផលិតតាមលក្ខណៈបច្ចេកទេស គ្មានសំណ កាដមីញ៉ូម ឬបារត។ ធាតុក្នុងបញ្ជី B ត្រូវបានសន្មតថាគ្មានគ្រោះថ្នាក់ ប៉ុន្តែច្បាប់ជាតិនៅតែអាចគ្រប់គ្រងវា។ សូមពិនិត្យព័ត៌មានប្រទេស។</translation>
    </message>
    <message>
        <source>Waste collected from households. Controlled under the Convention even when not hazardous.</source>
        <translation>កាកសំណល់ដែលប្រមូលពីគ្រួសារ។ ស្ថិតក្រោមការគ្រប់គ្រងនៃអនុសញ្ញា ទោះបីមិនគ្រោះថ្នាក់ក៏ដោយ។</translation>
    </message>
    <message>
        <source>Waste lead-acid batteries, whole or crushed. Prior informed consent is required. Commonly associated HS subheading: 8549.11 (a hint, not a classification).</source>
        <translation>កាកសំណល់អាគុយអាស៊ីតសំណ ទាំងមូល ឬកំទេច។ តម្រូវឱ្យមានការយល់ព្រមជាមុនដោយមានការជូនដំណឹង។ អនុក្បាលលេខ HS ដែលជាទូទៅពាក់ព័ន្ធ៖ 8549.11 (ជាការណែនាំ មិនមែនជាការចាត់ថ្នាក់ទេ)។</translation>
    </message>
    <message>
        <source>What you found does not match the reuse documents. Record the differences with photos, hold the goods and refer the case. A material mismatch with the documents is itself a ground of illegal traffic (Art. 9(1)(d)).</source>
        <translation>អ្វីដែលអ្នករកឃើញមិនត្រូវគ្នានឹងឯកសារសម្រាប់ការប្រើឡើងវិញទេ។ សូមកត់ត្រាភាពខុសគ្នាជាមួយរូបថត ឃាត់ទំនិញទុក ហើយបញ្ជូនករណីនេះបន្ត។ ភាពមិនត្រូវគ្នានឹងឯកសារក្នុងខ្លឹមសារសំខាន់ គឺជាមូលដ្ឋាននៃការជួញដូរខុសច្បាប់ដោយខ្លួនវាផ្ទាល់ (Art. 9(1)(d))។</translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation>បញ្ជីណា?</translation>
    </message>
    <message>
        <source>Without complete reuse documents the shipment cannot be treated as used goods. Record which document is missing or doubtful, hold the goods and refer the case.</source>
        <translation>ប្រសិនបើគ្មានឯកសារសម្រាប់ការប្រើឡើងវិញពេញលេញទេ ការដឹកជញ្ជូននេះមិនអាចចាត់ទុកជាទំនិញប្រើរួចបានទេ។ សូមកត់ត្រាថាឯកសារណាខ្វះ ឬគួរឱ្យសង្ស័យ ឃាត់ទំនិញទុក ហើយបញ្ជូនករណីនេះបន្ត។</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>Yes, all conditions are met</source>
        <translation>បាទ/ចាស លក្ខខណ្ឌទាំងអស់ត្រូវបានបំពេញ</translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation>បាទ/ចាស មានគ្រប់</translation>
    </message>
    <message>
        <source>Yes, or I cannot tell</source>
        <translation>បាទ/ចាស ឬខ្ញុំមិនអាចប្រាប់បាន</translation>
    </message>
    <message>
        <source>Yes, or suspected</source>
        <translation>បាទ/ចាស ឬសង្ស័យ</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>draft</source>
        <translation>សេចក្តីព្រាង</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>បានបញ្ចប់ជាស្ថាពរ</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>បានដកចេញ</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>ការត្រួតពិនិត្យឯកសារ</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>ការត្រួតពិនិត្យរូបវន្ត</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>កាំរស្មីអ៊ិច / ស្កេន</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>ការយកសំណាក</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>ការចុះពិនិត្យទីតាំងក្រុមហ៊ុន</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>ផ្លូវសមុទ្រ</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>ផ្លូវគោក</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>ផ្លូវដែក</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>ផ្លូវអាកាស</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>ផ្លូវទឹកក្នុងប្រទេស</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>ប្រៃសណីយ៍ / សេវាដឹកជញ្ជូនរហ័ស</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>បានបញ្ចេញ</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>ផ្អាកទុក</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>ឃាត់ទុក</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>រឹបអូស</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>បដិសេធមិនឱ្យចូល</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>បានបញ្ជូនត្រឡប់</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>បានបញ្ជូនទៅអាជ្ញាធរមានសមត្ថកិច្ច</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>បានបង្ហាញ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ខ្វះ</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>មិនពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>E-waste and used EEE</source>
        <translation>កាកសំណល់អេឡិចត្រូនិក និងឧបករណ៍ប្រើរួច</translation>
    </message>
    <message>
        <source>Plastic waste</source>
        <translation>កាកសំណល់ប្លាស្ទិក</translation>
    </message>
    <message>
        <source>Metal scrap</source>
        <translation>អេតចាយលោហៈ</translation>
    </message>
    <message>
        <source>Lead-acid batteries</source>
        <translation>អាគុយអាស៊ីតសំណ</translation>
    </message>
    <message>
        <source>Other batteries, black mass</source>
        <translation>អាគុយផ្សេងទៀត ម៉ាសខ្មៅ (black mass)</translation>
    </message>
    <message>
        <source>Used tyres</source>
        <translation>សំបកកង់ប្រើរួច</translation>
    </message>
    <message>
        <source>Textiles and worn clothing</source>
        <translation>វាយនភណ្ឌ និងសម្លៀកបំពាក់ប្រើរួច</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ក្រដាស</translation>
    </message>
    <message>
        <source>End-of-life vehicles and parts</source>
        <translation>យានយន្តហួសអាយុកាល និងគ្រឿងបន្លាស់</translation>
    </message>
    <message>
        <source>Slag, ash, residues</source>
        <translation>កាករំលាយ ផេះ សំណល់</translation>
    </message>
    <message>
        <source>Waste oils</source>
        <translation>ប្រេងកាកសំណល់</translation>
    </message>
    <message>
        <source>Household and municipal waste</source>
        <translation>កាកសំណល់គ្រួសារ និងកាកសំណល់រឹងទីប្រជុំជន</translation>
    </message>
    <message>
        <source>Chemicals and other</source>
        <translation>សារធាតុគីមី និងផ្សេងៗ</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>សង្ស័យ</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>កំពុងស៊ើបអង្កេត</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>បានបញ្ជាក់ថាជាការជួញដូរខុសច្បាប់</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>មិនខុសច្បាប់ (បានបិទ)</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>បានស្នើសុំការនាំត្រឡប់មកវិញ</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>បានបញ្ជូនត្រឡប់ ឬបានបោះចោល</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>បានបិទ</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) គ្មានការជូនដំណឹងទៅរដ្ឋពាក់ព័ន្ធទាំងអស់</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) គ្មានការយល់ព្រមពីរដ្ឋពាក់ព័ន្ធណាមួយ</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) ការយល់ព្រមទទួលបានតាមរយៈការក្លែងបន្លំ ការបំភ្លៃការពិត ឬការឆបោក</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) មិនត្រូវគ្នានឹងឯកសារក្នុងខ្លឹមសារសំខាន់</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) ការបោះចោលដោយចេតនា (ការចាក់ចោល)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>មាត្រា 9៖ 30 ថ្ងៃ ចាប់ពីពេលរដ្ឋទទួលបានការជូនដំណឹង</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>មាត្រា 8៖ 90 ថ្ងៃ (ការនាំចូលវិញនៃការដឹកជញ្ជូនស្របច្បាប់)</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>គ្មានរយៈពេលកំណត់</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>ការនាំត្រឡប់មកវិញដោយរដ្ឋនាំចេញ</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>ការបោះចោលក្នុងរដ្ឋនាំចូល</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>ការបោះចោលនៅកន្លែងផ្សេង (Art. 9(4))</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>មិនទាន់សម្រេច</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>អ្នកនាំចេញ</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>អ្នកនាំចូល / អ្នកទទួលទំនិញ</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>អ្នកដឹកជញ្ជូន</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>អ្នកបង្កើតកាកសំណល់</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>កន្លែងគោលដៅ</translation>
    </message>
</context>
<context>
    <name>risk_indicators</name>
    <message>
        <source>&apos;Mixed metal scrap&apos; that contains electrical or electronic equipment, cables or circuit boards.</source>
        <translation>&apos;អេតចាយលោហៈចម្រុះ&apos; ដែលមានឧបករណ៍អគ្គិសនី ឬអេឡិចត្រូនិក ខ្សែ ឬបន្ទះសៀគ្វី។</translation>
    </message>
    <message>
        <source>Claimed as sent for repair, refurbishment or warranty/failure analysis without a valid contract and supporting documents.</source>
        <translation>អះអាងថាបញ្ជូនទៅជួសជុល កែលម្អឡើងវិញ ឬវិភាគការធានា/ការខូច ដោយគ្មានកិច្ចសន្យាត្រឹមត្រូវ និងឯកសារគាំទ្រ។</translation>
    </message>
    <message>
        <source>Consignee is not a licensed recycler or disposal facility, or its address is false or cannot be verified.</source>
        <translation>អ្នកទទួលទំនិញមិនមែនជាអ្នកកែច្នៃឡើងវិញ ឬរោងចក្របោះចោលដែលមានអាជ្ញាប័ណ្ណ ឬអាសយដ្ឋានរបស់ខ្លួនមិនពិត ឬមិនអាចផ្ទៀងផ្ទាត់បាន។</translation>
    </message>
    <message>
        <source>Declared HS code does not match the goods found (e.g. declared as products or raw materials, found to be waste or scrap).</source>
        <translation>កូដ HS ដែលបានប្រកាសមិនត្រូវគ្នានឹងទំនិញដែលបានរកឃើញ (ឧទាហរណ៍ ប្រកាសជាផលិតផល ឬវត្ថុធាតុដើម តែរកឃើញថាជាកាកសំណល់ ឬអេតចាយ)។</translation>
    </message>
    <message>
        <source>Declared as working products (EEE, parts, batteries) but the goods are broken, non-functional, cut up or otherwise only fit for recovery or disposal.</source>
        <translation>ប្រកាសជាផលិតផលដែលដំណើរការបាន (ឧបករណ៍អគ្គិសនី គ្រឿងបន្លាស់ អាគុយ) ប៉ុន្តែទំនិញខូច មិនដំណើរការ ត្រូវបានកាត់ ឬសមតែសម្រាប់ការស្តារយកមកប្រើវិញ ឬការបោះចោលប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Destination prohibits import of the waste (e.g. China&apos;s ban on solid waste imports from 1 Jan 2021; Viet Nam&apos;s ban on hazardous waste imports).</source>
        <translation>ប្រទេសគោលដៅហាមឃាត់ការនាំចូលកាកសំណល់នោះ (ឧទាហរណ៍ ការហាមឃាត់របស់ចិនលើការនាំចូលកាកសំណល់រឹងចាប់ពីថ្ងៃទី 1 ខែមករា ឆ្នាំ 2021 ការហាមឃាត់របស់វៀតណាមលើការនាំចូលកាកសំណល់គ្រោះថ្នាក់)។</translation>
    </message>
    <message>
        <source>E-waste and used EEE, end-of-life vehicles and vehicle parts.</source>
        <translation>កាកសំណល់អេឡិចត្រូនិក និងឧបករណ៍ប្រើរួច យានយន្តហួសអាយុកាល និងគ្រឿងបន្លាស់យានយន្ត។</translation>
    </message>
    <message>
        <source>EEE shipped in bulk, traded by weight rather than by unit, or mixed with other waste or scrap.</source>
        <translation>ឧបករណ៍អគ្គិសនីដែលដឹកជញ្ជូនជាដុំៗ ជួញដូរតាមទម្ងន់ជាជាងតាមគ្រឿង ឬលាយឡំជាមួយកាកសំណល់ ឬអេតចាយផ្សេងទៀត។</translation>
    </message>
    <message>
        <source>Equipment containing ozone-depleting substances (refrigerators, air-conditioners).</source>
        <translation>ឧបករណ៍ដែលមានសារធាតុបំផ្លាញស្រទាប់អូហ្សូន (ទូទឹកកក ម៉ាស៊ីនត្រជាក់)។</translation>
    </message>
    <message>
        <source>Export to or import from a State that is not a Party to the Basel Convention without an Article 11 agreement.</source>
        <translation>ការនាំចេញទៅ ឬនាំចូលពីរដ្ឋដែលមិនមែនជាភាគីនៃអនុសញ្ញាបាស៊ែល ដោយគ្មានកិច្ចព្រមព្រៀងតាមមាត្រា 11។</translation>
    </message>
    <message>
        <source>Goods described only vaguely (e.g. &apos;used goods&apos;, &apos;second-hand goods&apos;, &apos;scrap&apos;, &apos;mixed metal scrap&apos;, &apos;recyclable material&apos;) without a precise commodity description.</source>
        <translation>ទំនិញត្រូវបានពិពណ៌នាមិនច្បាស់លាស់ (ឧទាហរណ៍ &apos;ទំនិញប្រើរួច&apos; &apos;ទំនិញជជុះ&apos; &apos;អេតចាយ&apos; &apos;អេតចាយលោហៈចម្រុះ&apos; &apos;សម្ភារៈអាចកែច្នៃឡើងវិញ&apos;) ដោយគ្មានការពិពណ៌នាទំនិញច្បាស់លាស់។</translation>
    </message>
    <message>
        <source>Hazardous components visible: CRTs, batteries, circuit boards, mercury lamps or switches, PCB capacitors.</source>
        <translation>មើលឃើញសមាសភាគគ្រោះថ្នាក់៖ អេក្រង់ CRT អាគុយ បន្ទះសៀគ្វី អំពូល ឬកុងតាក់បារត កុងដង់សាទ័រ PCB។</translation>
    </message>
    <message>
        <source>Items incomplete (essential parts missing), visibly damaged, untested, or intended for parts cannibalisation rather than reuse.</source>
        <translation>គ្រឿងមិនពេញលេញ (ខ្វះគ្រឿងបន្លាស់សំខាន់) ខូចខាតឃើញច្បាស់ មិនបានតេស្ត ឬមានបំណងសម្រាប់រុះយកគ្រឿងបន្លាស់ ជាជាងការប្រើឡើងវិញ។</translation>
    </message>
    <message>
        <source>Mixed or municipal waste and industrial waste.</source>
        <translation>កាកសំណល់ចម្រុះ ឬកាកសំណល់រឹងទីប្រជុំជន និងកាកសំណល់ឧស្សាហកម្ម។</translation>
    </message>
    <message>
        <source>No declaration by the person arranging transport that none of the equipment is waste.</source>
        <translation>គ្មានលិខិតប្រកាសពីអ្នករៀបចំការដឹកជញ្ជូនថា គ្មានឧបករណ៍ណាមួយជាកាកសំណល់។</translation>
    </message>
    <message>
        <source>No invoice and contract stating that the equipment is destined for direct reuse and is fully functional.</source>
        <translation>គ្មានវិក្កយបត្រ និងកិច្ចសន្យាដែលចែងថាឧបករណ៍នេះសម្រាប់ប្រើឡើងវិញដោយផ្ទាល់ និងដំណើរការបានពេញលេញ។</translation>
    </message>
    <message>
        <source>Odour, leakage or staining from packages or the container.</source>
        <translation>មានក្លិន ការលេចធ្លាយ ឬស្នាមប្រឡាក់ពីកញ្ចប់ទំនិញ ឬកុងតឺន័រ។</translation>
    </message>
    <message>
        <source>Permit, consent or declaration appears falsified, altered or issued for a different shipment.</source>
        <translation>លិខិតអនុញ្ញាត ការយល់ព្រម ឬលិខិតប្រកាសហាក់ដូចជាក្លែងក្លាយ ត្រូវបានកែប្រែ ឬចេញសម្រាប់ការដឹកជញ្ជូនផ្សេង។</translation>
    </message>
    <message>
        <source>Plastic or paper bales mixed with other polymers, food residues, dirt or other waste (plastics may then be Y48 or A3210 rather than B3011).</source>
        <translation>ដុំប្លាស្ទិក ឬក្រដាសដែលបានបង្ហាប់ លាយឡំជាមួយប៉ូលីមែរផ្សេងទៀត សំណល់អាហារ ភាពកខ្វក់ ឬកាកសំណល់ផ្សេងទៀត (ក្នុងករណីនេះ ប្លាស្ទិកអាចជា Y48 ឬ A3210 ជាជាង B3011)។</translation>
    </message>
    <message>
        <source>Plastic, textile, metal and paper waste (most frequent DEMETER seizure streams).</source>
        <translation>កាកសំណល់ប្លាស្ទិក វាយនភណ្ឌ លោហៈ និងក្រដាស (ប្រភេទដែលត្រូវបានរឹបអូសញឹកញាប់បំផុតក្នុងប្រតិបត្តិការ DEMETER)។</translation>
    </message>
    <message>
        <source>Routing through transshipment hubs or repeated port changes (&apos;port hopping&apos;).</source>
        <translation>ផ្លូវដឹកជញ្ជូនឆ្លងកាត់មជ្ឈមណ្ឌលផ្ទេរទំនិញ ឬការប្តូរកំពង់ផែម្តងហើយម្តងទៀត (&apos;port hopping&apos;)។</translation>
    </message>
    <message>
        <source>Shipment date or quantity falls outside the validity period or the number of shipments stated in the written consent.</source>
        <translation>កាលបរិច្ឆេទ ឬបរិមាណនៃការដឹកជញ្ជូន ស្ថិតនៅក្រៅរយៈពេលសុពលភាព ឬចំនួនការដឹកជញ្ជូនដែលបានចែងក្នុងការយល់ព្រមជាលាយលក្ខណ៍អក្សរ។</translation>
    </message>
    <message>
        <source>Shipment does not conform in a material way with its notification or movement document (waste code, quantity, carrier, route, facility).</source>
        <translation>ការដឹកជញ្ជូនមិនត្រូវគ្នានឹងការជូនដំណឹង ឬឯកសារចលនារបស់ខ្លួន ក្នុងខ្លឹមសារសំខាន់ (កូដកាកសំណល់ បរិមាណ អ្នកដឹកជញ្ជូន ផ្លូវដឹកជញ្ជូន រោងចក្រ)។</translation>
    </message>
    <message>
        <source>Shipper&apos;s country differs from the apparent origin of the waste.</source>
        <translation>ប្រទេសរបស់អ្នកផ្ញើទំនិញខុសពីប្រភពដើមជាក់ស្តែងនៃកាកសំណល់។</translation>
    </message>
    <message>
        <source>Ships and floating structures sent for dismantling.</source>
        <translation>នាវា និងសំណង់អណ្តែតទឹកដែលបញ្ជូនទៅរុះរើ។</translation>
    </message>
    <message>
        <source>Soldered, sealed or wrapped items whose content cannot be seen without opening or X-ray scanning.</source>
        <translation>គ្រឿងដែលបានផ្សារ បិទជិត ឬរុំ ដែលមិនអាចមើលឃើញខ្លឹមសារខាងក្នុង ដោយមិនបើក ឬស្កេនកាំរស្មីអ៊ិច។</translation>
    </message>
    <message>
        <source>Unusually low declared value for the goods, or a first-time or unknown exporter.</source>
        <translation>តម្លៃប្រកាសទាបខុសធម្មតាសម្រាប់ទំនិញ ឬអ្នកនាំចេញលើកដំបូង ឬមិនស្គាល់។</translation>
    </message>
    <message>
        <source>Used EEE declared for reuse without a test or functionality record for every item in the consignment.</source>
        <translation>ឧបករណ៍ប្រើរួចដែលបានប្រកាសសម្រាប់ប្រើឡើងវិញ ដោយគ្មានកំណត់ត្រាតេស្ត ឬកំណត់ត្រាដំណើរការសម្រាប់គ្រឿងនីមួយៗក្នុងទំនិញដឹកជញ្ជូន។</translation>
    </message>
    <message>
        <source>Used EEE without adequate protection against damage (no individual packaging, poor stacking, loose loading).</source>
        <translation>ឧបករណ៍ប្រើរួចដែលគ្មានការការពារគ្រប់គ្រាន់ពីការខូចខាត (គ្មានការវេចខ្ចប់ដាច់ៗ ការរៀបគរមិនល្អ ការផ្ទុករាយប៉ាយ)។</translation>
    </message>
    <message>
        <source>Used lead-acid batteries; lithium-ion batteries and &apos;black mass&apos;.</source>
        <translation>អាគុយអាស៊ីតសំណប្រើរួច អាគុយលីចូម-អ៊ីយ៉ុង និង &apos;ម៉ាសខ្មៅ&apos; (black mass)។</translation>
    </message>
    <message>
        <source>Waste and used tyres.</source>
        <translation>កាកសំណល់សំបកកង់ និងសំបកកង់ប្រើរួច។</translation>
    </message>
    <message>
        <source>Waste declared as &apos;renewable&apos; or secondary raw material, or as goods of similar shape and size, to disguise it.</source>
        <translation>កាកសំណល់ដែលបានប្រកាសជា &apos;សម្ភារៈកកើតឡើងវិញ&apos; ឬវត្ថុធាតុដើមបន្ទាប់បន្សំ ឬជាទំនិញដែលមានរាង និងទំហំស្រដៀងគ្នា ដើម្បីបិទបាំង។</translation>
    </message>
    <message>
        <source>Waste hidden at the rear of the container behind a front layer of legitimate goods; non-uniform loading.</source>
        <translation>កាកសំណល់លាក់នៅផ្នែកខាងក្នុងនៃកុងតឺន័រ នៅពីក្រោយស្រទាប់ទំនិញស្របច្បាប់ខាងមុខ ការផ្ទុកមិនស្មើគ្នា។</translation>
    </message>
    <message>
        <source>Waste listed in Annex VIII or Annex II (e.g. A1181, Y48, Y49) moving without notification, written consent of the States concerned or a movement document.</source>
        <translation>កាកសំណល់ដែលមានក្នុងឧបសម្ព័ន្ធ VIII ឬឧបសម្ព័ន្ធ II (ឧទាហរណ៍ A1181, Y48, Y49) ដែលធ្វើចលនាដោយគ្មានការជូនដំណឹង គ្មានការយល់ព្រមជាលាយលក្ខណ៍អក្សររបស់រដ្ឋពាក់ព័ន្ធ ឬគ្មានឯកសារចលនា។</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Officer</source>
        <translation>មន្ត្រី</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ប្រធាន</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>លេខាធិការដ្ឋាន</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cannot continue</source>
        <translation>មិនអាចបន្តបាន</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>មិនអនុញ្ញាត</translation>
    </message>
</context>
</TS>
