<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>เกี่ยวกับ {app}</translation>
    </message>
    <message>
        <source>An offline desk for customs officers of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and cases, reference codes, exchange with the secretariat by file, and reports.</source>
        <translation>โปรแกรมทำงานแบบออฟไลน์สำหรับเจ้าหน้าที่ศุลกากรในเครือข่ายเอเชียเพื่อป้องกันการเคลื่อนย้ายของเสียอันตรายข้ามแดนอย่างผิดกฎหมาย ประกอบด้วย คู่มือ การตรวจและคดี รหัสอ้างอิง การแลกเปลี่ยนข้อมูลกับสำนักเลขาธิการด้วยไฟล์ และรายงาน</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>โฟลเดอร์ข้อมูล: {path}</translation>
    </message>
    <message>
        <source>Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. The translations were written with care by the project; corrections are welcome: note the screen, the wrong text and your suggestion, and send them to the secretariat, or edit the file resources/translations/customs_desk_&lt;language&gt;.ts with Qt Linguist and send it back.</source>
        <translation>ภาษาของหน้าจอ: {languages} ตรวจทานโดยเจ้าของภาษาแล้ว: {reviewed} คำแปลจัดทำขึ้นอย่างระมัดระวังโดยโครงการ และยินดีรับการแก้ไข โปรดจดหน้าจอ ข้อความที่ผิด และข้อความที่ท่านเสนอ แล้วส่งไปยังสำนักเลขาธิการ หรือแก้ไขไฟล์ resources/translations/customs_desk_&lt;language&gt;.ts ด้วย Qt Linguist แล้วส่งกลับมา</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>เพิ่มผู้ใช้</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>เลขประจำตัว</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>รหัสผ่านเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts from the secretariat</source>
        <translation>การแจ้งเตือนจากสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Watch party</source>
        <translation>ผู้เกี่ยวข้องที่ต้องเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>เส้นทางที่ต้องเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>ประกาศ</translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation>(ถึง {day})</translation>
    </message>
    <message>
        <source>No alerts. Updates from the secretariat bring them.</source>
        <translation>ไม่มีการแจ้งเตือน การแจ้งเตือนมากับชุดปรับปรุงจากสำนักเลขาธิการ</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{kind} database, schema {rev}</source>
        <translation>ฐานข้อมูล {kind} สคีมา {rev}</translation>
    </message>
    <message>
        <source>Restore your draft?</source>
        <translation>กู้คืนฉบับร่างหรือไม่</translation>
    </message>
    <message>
        <source>Customs Desk was closed while you were editing a draft. It was saved a few seconds before. Open it again?</source>
        <translation>Customs Desk ถูกปิดขณะที่ท่านกำลังแก้ไขฉบับร่าง ฉบับร่างถูกบันทึกไว้ไม่กี่วินาทีก่อนหน้านั้น ต้องการเปิดอีกครั้งหรือไม่</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>No take-back clock is running.</source>
        <translation>ไม่มีการนับกำหนดเวลาการนำกลับ</translation>
    </message>
    <message>
        <source>Deadline was {date}; the case is finished.</source>
        <translation>ครบกำหนดเมื่อ {date} คดีเสร็จสิ้นแล้ว</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {date})</source>
        <translation>เกินกำหนด {n} วัน (ครบกำหนด {date})</translation>
    </message>
    <message>
        <source>{n} days left (deadline {date})</source>
        <translation>เหลืออีก {n} วัน (ครบกำหนด {date})</translation>
    </message>
</context>
<context>
    <name>CaseWidget</name>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Status and path</source>
        <translation>สถานะและแนวทางดำเนินการ</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>ผู้ส่งออกหรือผู้ก่อกำเนิดของเสีย (Art. 9(2))</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>ผู้นำเข้าหรือผู้กำจัด (Art. 9(3))</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>ระบุผู้รับผิดชอบไม่ได้ (Art. 9(4))</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>การนำกลับหรือการกำจัด</translation>
    </message>
    <message>
        <source>Period agreed by the States (optional)</source>
        <translation>ระยะเวลาที่รัฐตกลงกัน (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Article 9(1) grounds</source>
        <translation>เหตุตามข้อ 9(1)</translation>
    </message>
    <message>
        <source>What happened (kept on the timeline)</source>
        <translation>สิ่งที่เกิดขึ้น (บันทึกไว้ในลำดับเหตุการณ์)</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Authority notified…</source>
        <translation>แจ้งหน่วยงานผู้มีอำนาจแล้ว…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>คดี {number}</translation>
    </message>
    <message>
        <source>{authority} ({country}) informed on {date}</source>
        <translation>แจ้ง {authority} ({country}) เมื่อ {date}</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>ยังไม่ได้แจ้งหน่วยงานผู้มีอำนาจ</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>บันทึกการแจ้งแล้ว</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>เหตุ: {grounds}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>เปิดคดีแล้ว</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only overdue take-backs</source>
        <translation>เฉพาะการนำกลับที่เกินกำหนด</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อรายการ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>มีผลใช้</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ถูกลบแล้ว</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ยังไม่มีผล</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Code or words, e.g. A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</source>
        <translation>รหัสหรือคำค้น เช่น A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>มีผล ณ วันที่</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>ไม่มีวันสิ้นสุด</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>คำแปลที่ไม่เป็นทางการ</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>ณ วันที่ {day}</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>ตั้งแต่ {start} ถึง {end}</translation>
    </message>
    <message>
        <source>UN class</source>
        <translation>ประเภทความเป็นอันตรายของ UN</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>ถูกแทนที่ด้วย</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>ใช้แทน</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>รหัสที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>hints only, never a classification</source>
        <translation>เป็นเพียงข้อแนะนำ ไม่ใช่การจำแนกพิกัด</translation>
    </message>
    <message>
        <source>Not fully confirmed: to be confirmed with the competent authority.</source>
        <translation>ยังไม่ได้รับการยืนยันครบถ้วน: ต้องยืนยันกับหน่วยงานผู้มีอำนาจ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ข้อตัดสินใจ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>In the handbooks</source>
        <translation>ในคู่มือ</translation>
    </message>
    <message>
        <source>Commonly associated HS codes</source>
        <translation>รหัส HS ที่มักเกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Commonly associated Basel entries</source>
        <translation>รายการตามอนุสัญญาบาเซลที่มักเกี่ยวข้อง</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>แสดงข้อขัดแย้งที่แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>case</source>
        <translation>คดี</translation>
    </message>
    <message>
        <source>party</source>
        <translation>ผู้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>case event</source>
        <translation>เหตุการณ์ในคดี</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>พบเมื่อ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสิน</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>ที่นี่</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ที่ได้รับเข้ามา</translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation>คงฉบับที่นี่ไว้</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>ใช้ฉบับที่ได้รับเข้ามา</translation>
    </message>
    <message>
        <source>Here: saved by {a} on {at}{reason}. Incoming: by {b} on {at2}{reason2}.</source>
        <translation>ที่นี่: บันทึกโดย {a} เมื่อ {at}{reason} ที่ได้รับเข้ามา: โดย {b} เมื่อ {at2}{reason2}</translation>
    </message>
    <message>
        <source>Resolved: the incoming version is now current.</source>
        <translation>แก้ไขแล้ว: ฉบับที่ได้รับเข้ามาเป็นฉบับปัจจุบัน</translation>
    </message>
    <message>
        <source>Resolved: the version here stays current.</source>
        <translation>แก้ไขแล้ว: ฉบับที่นี่ยังคงเป็นฉบับปัจจุบัน</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>ข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>Something went wrong inside Customs Desk. Your saved work is safe; the record you were editing is kept as a draft. Please copy the details below and send them to your IT contact or the secretariat.</source>
        <translation>เกิดข้อผิดพลาดภายใน Customs Desk งานที่บันทึกไว้แล้วของท่านปลอดภัย และบันทึกที่ท่านกำลังแก้ไขถูกเก็บไว้เป็นฉบับร่าง โปรดคัดลอกรายละเอียดด้านล่างส่งให้ผู้ดูแลด้านไอทีหรือสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>คัดลอกรายละเอียด</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Take-back deadlines</source>
        <translation>กำหนดเวลาการนำกลับ</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days</source>
        <translation>เกินกำหนด {n} วัน</translation>
    </message>
    <message>
        <source>… and {n} more overdue cases (Cases page, &apos;Only overdue&apos;).</source>
        <translation>… และคดีที่เกินกำหนดอีก {n} คดี (ดูหน้าคดี &apos;เฉพาะการนำกลับที่เกินกำหนด&apos;)</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>เหลืออีก {n} วัน</translation>
    </message>
    <message>
        <source>No take-back deadline is overdue or due this week.</source>
        <translation>ไม่มีกำหนดเวลาการนำกลับที่เกินกำหนดหรือครบกำหนดในสัปดาห์นี้</translation>
    </message>
</context>
<context>
    <name>DecisionAidDialog</name>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>บันทึกผล</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>คำถามที่ {n}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Suspected codes: {codes}</source>
        <translation>รหัสที่สงสัย: {codes}</translation>
    </message>
    <message>
        <source>Based on: {links}</source>
        <translation>อ้างอิงจาก: {links}</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Look for USB sticks</source>
        <translation>ค้นหาแฟลชไดรฟ์ USB</translation>
    </message>
    <message>
        <source>USB: {label}, {gb:.1f} GB free</source>
        <translation>USB: {label} ว่าง {gb:.1f} GB</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>เลือกโฟลเดอร์…</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>บันทึกแพ็กเกจไปที่</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Your drafts</source>
        <translation>ฉบับร่างของท่าน</translation>
    </message>
    <message>
        <source>Draft started {when}</source>
        <translation>ฉบับร่างเริ่มเมื่อ {when}</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>ไม่มีฉบับร่าง</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>รับ</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>ด่าน</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>กักแยก</translation>
    </message>
    <message>
        <source>Make an update</source>
        <translation>จัดทำชุดปรับปรุง</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>บันทึกการรับส่ง</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>กุญแจ</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Customs Desk — first start</source>
        <translation>Customs Desk — เริ่มใช้งานครั้งแรก</translation>
    </message>
    <message>
        <source>The secretariat office</source>
        <translation>สำนักเลขาธิการ</translation>
    </message>
</context>
<context>
    <name>HandbooksPage</name>
    <message>
        <source>Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่</source>
        <translation>ค้นหาในคู่มือทั้งหมด ภาษาใดก็ได้ เช่น A1181, used EEE, 电子废物, แบตเตอรี่</translation>
    </message>
    <message>
        <source>Search your bookmarks and notes</source>
        <translation>ค้นหาบุ๊กมาร์กและบันทึกย่อของท่าน</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>คลังคู่มือ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึกย่อ</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>กำลังเตรียมดัชนีการค้นหา…</translation>
    </message>
    <message>
        <source>All handbooks</source>
        <translation>คู่มือทั้งหมด</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>ทุกภาษา</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>ข้ามไป: {problem}</translation>
    </message>
    <message>
        <source>Version {version} · reviewed {date} · {chapters} chapters · {language}</source>
        <translation>ฉบับ {version} · ตรวจทานเมื่อ {date} · {chapters} บท · {language}</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>มีในภาษา:</translation>
    </message>
    <message>
        <source>The search index could not be prepared: {error}</source>
        <translation>ไม่สามารถเตรียมดัชนีการค้นหาได้: {error}</translation>
    </message>
    <message>
        <source>{n} results ({ms:.0f} ms)</source>
        <translation>พบ {n} รายการ ({ms:.0f} ms)</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href=&apos;{s}&apos;&gt;{s}&lt;/a&gt;?</source>
        <translation>หมายถึง &lt;a href=&apos;{s}&apos;&gt;{s}&lt;/a&gt; ใช่หรือไม่</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>ประวัติของบันทึก</translation>
    </message>
    <message>
        <source>Revision {n} · {who} · {when}</source>
        <translation>ฉบับที่ {n} · {who} · {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>เหตุผล: {reason}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>ที่เปลี่ยนแปลง: {fields}</translation>
    </message>
    <message>
        <source>(received in an exchange package)</source>
        <translation>(ได้รับจากแพ็กเกจแลกเปลี่ยนข้อมูล)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>ยินดีต้อนรับ {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>นำเข้าข้อมูล {name}</translation>
    </message>
    <message>
        <source>Checking the signature and every file in the package…</source>
        <translation>กำลังตรวจสอบลายมือชื่อดิจิทัลและทุกไฟล์ในแพ็กเกจ…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Write the signed receipt beside the package</source>
        <translation>บันทึกใบตอบรับที่ลงลายมือชื่อแล้วไว้ข้างแพ็กเกจ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้าข้อมูล</translation>
    </message>
    <message>
        <source>This package from {post} was imported before. Importing it again changes nothing.</source>
        <translation>แพ็กเกจนี้จาก {post} เคยนำเข้าแล้ว การนำเข้าอีกครั้งจะไม่เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>Signed by {post} and intact. Nothing has been written yet: check the summary, then import.</source>
        <translation>ลงลายมือชื่อโดย {post} และข้อมูลครบถ้วนไม่ถูกแก้ไข ยังไม่มีการบันทึกข้อมูลใด ๆ โปรดตรวจดูสรุปแล้วจึงนำเข้า</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>The receipt {name} is beside the package: carry it back to the post.</source>
        <translation>ใบตอบรับ {name} อยู่ข้างแพ็กเกจ โปรดนำกลับไปให้ด่าน</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ปรับปรุงแล้ว</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>Waiting for an earlier package</source>
        <translation>รอแพ็กเกจก่อนหน้า</translation>
    </message>
    <message>
        <source>Rejected (quarantined)</source>
        <translation>ปฏิเสธ (กักแยก)</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Save draft</source>
        <translation>บันทึกฉบับร่าง</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>ยืนยันผล</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>ยกเลิกบันทึก…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>เปิดคดี</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>วันที่และเวลา</translation>
    </message>
    <message>
        <source>Officers (comma-separated)</source>
        <translation>เจ้าหน้าที่ (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Type of inspection</source>
        <translation>ประเภทการตรวจ</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>รูปแบบการขนส่ง</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>ชื่อเรือ</translation>
    </message>
    <message>
        <source>Voyage</source>
        <translation>เที่ยวเรือ</translation>
    </message>
    <message>
        <source>Truck plate</source>
        <translation>ทะเบียนรถบรรทุก</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>เที่ยวบิน</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>ใบตราส่งสินค้า / ใบตราส่งสินค้าทางอากาศ</translation>
    </message>
    <message>
        <source>Customs declaration number</source>
        <translation>เลขที่ใบขนสินค้า</translation>
    </message>
    <message>
        <source>Containers and seals (ISO 6346 numbers are checked)</source>
        <translation>ตู้คอนเทนเนอร์และซีล (ตรวจสอบหมายเลขตาม ISO 6346)</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>หมายเลขตู้คอนเทนเนอร์</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>หมายเลขซีล (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>เพิ่มตู้คอนเทนเนอร์</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>ลบรายการที่เลือก</translation>
    </message>
    <message>
        <source>Declaration and goods</source>
        <translation>การสำแดงและสินค้า</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>รหัส HS ที่สำแดง</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>ชื่อสินค้าที่สำแดง</translation>
    </message>
    <message>
        <source>Declared weight (kg)</source>
        <translation>น้ำหนักที่สำแดง (kg)</translation>
    </message>
    <message>
        <source>Weight found (kg)</source>
        <translation>น้ำหนักที่ตรวจพบ (kg)</translation>
    </message>
    <message>
        <source>Declared pieces</source>
        <translation>จำนวนชิ้นที่สำแดง</translation>
    </message>
    <message>
        <source>Pieces found (unweighed)</source>
        <translation>จำนวนชิ้นที่ตรวจพบ (ไม่ได้ชั่ง)</translation>
    </message>
    <message>
        <source>Declared value and currency</source>
        <translation>มูลค่าที่สำแดงและสกุลเงิน</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>ประเภทของเสีย</translation>
    </message>
    <message>
        <source>Goods lines: codes are checked against the tables valid on the inspection date</source>
        <translation>รายการสินค้า: ตรวจสอบรหัสกับตารางที่มีผลใช้ในวันที่ตรวจ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>HS ที่สำแดง</translation>
    </message>
    <message>
        <source>Suspected Basel codes</source>
        <translation>รหัสบาเซลที่สงสัย</translation>
    </message>
    <message>
        <source>Y codes</source>
        <translation>รหัส Y</translation>
    </message>
    <message>
        <source>H codes</source>
        <translation>รหัส H</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>หมายเลข UN</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>น้ำหนัก (kg)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>เพิ่มรายการ</translation>
    </message>
    <message>
        <source>Parties and route</source>
        <translation>ผู้เกี่ยวข้องและเส้นทาง</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>ประเทศส่งออก</translation>
    </message>
    <message>
        <source>Transit countries (codes, comma-separated)</source>
        <translation>ประเทศผ่านแดน (รหัส คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>ประเทศนำเข้า</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>ท่าบรรทุกสินค้า</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>ท่าขนถ่ายสินค้า</translation>
    </message>
    <message>
        <source>Transshipment ports (comma-separated)</source>
        <translation>ท่าถ่ายลำ (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Documents and risk</source>
        <translation>เอกสารและความเสี่ยง</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>เลขที่การแจ้ง</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>เอกสารการเคลื่อนย้าย</translation>
    </message>
    <message>
        <source>Test certificates (used EEE)</source>
        <translation>ใบรับรองผลการทดสอบ (เครื่องใช้ไฟฟ้าใช้แล้ว)</translation>
    </message>
    <message>
        <source>Invoice and contract</source>
        <translation>บัญชีราคาสินค้าและสัญญา</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>เอกสารอื่น</translation>
    </message>
    <message>
        <source>Risk indicators found</source>
        <translation>ข้อบ่งชี้ความเสี่ยงที่พบ</translation>
    </message>
    <message>
        <source>Not fully confirmed in the sources</source>
        <translation>ยังไม่ได้รับการยืนยันจากแหล่งข้อมูลอย่างครบถ้วน</translation>
    </message>
    <message>
        <source>Findings and outcome</source>
        <translation>ผลการตรวจและการดำเนินการ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>สิ่งที่ตรวจพบ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>การอ้างอิงคู่มือ</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>เพิ่มการอ้างอิง…</translation>
    </message>
    <message>
        <source>Decision aids (the answers and outcome are kept with this inspection)</source>
        <translation>เครื่องมือช่วยตัดสินใจ (คำตอบและผลลัพธ์จะเก็บไว้กับการตรวจนี้)</translation>
    </message>
    <message>
        <source>Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256.</source>
        <translation>เพิ่มภาพถ่ายจากดิสก์หรือลากมาวางที่นี่ ไฟล์ต้นฉบับจะถูกเก็บไว้โดยไม่เปลี่ยนแปลงพร้อมค่า SHA-256</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>เพิ่มภาพถ่าย…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>ภาพถ่าย</translation>
    </message>
    <message>
        <source>New inspection (draft)</source>
        <translation>การตรวจใหม่ (ฉบับร่าง)</translation>
    </message>
    <message>
        <source>revision {n}</source>
        <translation>ฉบับที่ {n}</translation>
    </message>
    <message>
        <source>from post {post} (read only)</source>
        <translation>จากด่าน {post} (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>บันทึกการแก้ไข…</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>รายการที่ {n}: {message}</translation>
    </message>
    <message>
        <source>Possible duplicate: {record} has the same {what} in the last 90 days.</source>
        <translation>อาจซ้ำกัน: {record} มี {what} เดียวกันในช่วง 90 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft.</source>
        <translation>ยังยืนยันผลบันทึกนี้ไม่ได้: มีปัญหา {n} รายการ ซึ่งทำเครื่องหมายไว้ข้างช่องข้อมูล ระบบได้บันทึกไว้เป็นฉบับร่างแล้ว</translation>
    </message>
    <message>
        <source>Correct a finalized record</source>
        <translation>แก้ไขบันทึกที่ยืนยันผลแล้ว</translation>
    </message>
    <message>
        <source>Why is the record corrected? (kept in its history)</source>
        <translation>เหตุใดจึงแก้ไขบันทึกนี้ (จะเก็บไว้ในประวัติ)</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>ยกเลิกบันทึก</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It is kept, marked as withdrawn.</source>
        <translation>เหตุใดจึงยกเลิกบันทึกนี้ บันทึกจะยังคงเก็บไว้โดยระบุว่ายกเลิกแล้ว</translation>
    </message>
    <message>
        <source>A draft has no history yet; it starts when the record is finalized.</source>
        <translation>ฉบับร่างยังไม่มีประวัติ ประวัติจะเริ่มเมื่อยืนยันผลบันทึก</translation>
    </message>
    <message>
        <source>Add a citation</source>
        <translation>เพิ่มการอ้างอิง</translation>
    </message>
    <message>
        <source>Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):</source>
        <translation>วางการอ้างอิงที่คัดลอกจากหน้าอ่านคู่มือ (เช่น basel-at-the-border §take-back-clocks ¶3):</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a handbook citation.</source>
        <translation>&apos;{text}&apos; ไม่ใช่การอ้างอิงคู่มือ</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>เพิ่มภาพถ่าย</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</source>
        <translation>ภาพถ่ายและเอกสาร (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>มีบางไฟล์ที่ไม่ได้เพิ่ม</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>ตำแหน่ง: {lat}, {lon}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>ถ่ายเมื่อ</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>เพิ่มโดย {who} เมื่อ {when}</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>คำบรรยายภาพ</translation>
    </message>
    <message>
        <source>Caption for {name}:</source>
        <translation>คำบรรยายภาพ {name}:</translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation>การแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Discard the changes of this correction?</source>
        <translation>ละทิ้งการเปลี่ยนแปลงในการแก้ไขนี้หรือไม่</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection</source>
        <translation>การตรวจใหม่</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>ไม่รวมที่ยกเลิก</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>ผลการดำเนินการทั้งหมด</translation>
    </message>
    <message>
        <source>All waste streams</source>
        <translation>ของเสียทุกประเภท</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation&apos;s key</source>
        <translation>กุญแจของเครื่องนี้</translation>
    </message>
    <message>
        <source>Send the key file to the other side, then read this fingerprint to them by phone so they can check it before they trust it.</source>
        <translation>ส่งไฟล์กุญแจให้อีกฝ่าย แล้วอ่านลายนิ้วมือนี้ให้อีกฝ่ายฟังทางโทรศัพท์ เพื่อให้ตรวจสอบก่อนเชื่อถือกุญแจ</translation>
    </message>
    <message>
        <source>Save my key file…</source>
        <translation>บันทึกไฟล์กุญแจของเครื่องนี้…</translation>
    </message>
    <message>
        <source>Keys this installation trusts</source>
        <translation>กุญแจที่เครื่องนี้เชื่อถือ</translation>
    </message>
    <message>
        <source>post</source>
        <translation>ด่าน</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>สำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>revoked {day}: {reason}</source>
        <translation>เพิกถอนเมื่อ {day}: {reason}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>เชื่อถือ</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ด่าน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ลายนิ้วมือ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Trust a key file…</source>
        <translation>เชื่อถือไฟล์กุญแจ…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>เพิกถอน…</translation>
    </message>
    <message>
        <source>Save the key file to</source>
        <translation>บันทึกไฟล์กุญแจไปที่</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>บันทึก {path} แล้ว</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>เชื่อถือไฟล์กุญแจ</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>กุญแจ Customs Desk (*.cdkey)</translation>
    </message>
    <message>
        <source>Now trusting {name} ({code}).</source>
        <translation>เชื่อถือ {name} ({code}) แล้ว</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>โปรดเลือกกุญแจก่อน</translation>
    </message>
    <message>
        <source>The key of {post} is revoked.</source>
        <translation>กุญแจของ {post} ถูกเพิกถอนแล้ว</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Where is this computer used?</source>
        <translation>คอมพิวเตอร์เครื่องนี้ใช้งานที่ใด</translation>
    </message>
    <message>
        <source>Customs Desk keeps all data on this computer. Border posts record inspections and send them to the secretariat on a USB stick; the secretariat consolidates the posts&apos; records and sends updates back.</source>
        <translation>Customs Desk เก็บข้อมูลทั้งหมดไว้ในคอมพิวเตอร์เครื่องนี้ ด่านพรมแดนบันทึกการตรวจและส่งให้สำนักเลขาธิการด้วยแฟลชไดรฟ์ USB สำนักเลขาธิการรวบรวมบันทึกของด่านต่าง ๆ และส่งชุดปรับปรุงกลับไป</translation>
    </message>
    <message>
        <source>At a border post (customs office, port, land crossing)</source>
        <translation>ที่ด่านพรมแดน (สำนักงานศุลกากร ท่าเรือ จุดผ่านแดนทางบก)</translation>
    </message>
    <message>
        <source>At the secretariat of the Asian Network</source>
        <translation>ที่สำนักเลขาธิการเครือข่ายเอเชีย</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Customs Desk</source>
        <translation>ยินดีต้อนรับสู่ Customs Desk</translation>
    </message>
    <message>
        <source>Choose the language of the interface. You can change it later in Settings. Handbooks keep their own language.</source>
        <translation>เลือกภาษาของหน้าจอ ท่านเปลี่ยนได้ภายหลังในการตั้งค่า คู่มือจะแสดงในภาษาของคู่มือนั้นเอง</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>received</source>
        <translation>รับ</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <source>records</source>
        <translation>ชุดบันทึก</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>ใบตอบรับ</translation>
    </message>
    <message>
        <source>update</source>
        <translation>ชุดปรับปรุง</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>With</source>
        <translation>คู่รับส่ง</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ตอบรับเมื่อ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>เนื้อหา</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Customs Desk</source>
        <translation>เข้าสู่ระบบ — Customs Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>เลขประจำตัว(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>Enter your badge number.</source>
        <translation>โปรดกรอกเลขประจำตัว</translation>
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
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>ผู้บังคับบัญชา</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>สำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ล็อกหน้าจอ(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ไปที่(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Customs Desk</source>
        <translation>เกี่ยวกับ Customs Desk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MakeUpdateTab</name>
    <message>
        <source>Alerts and watch lists</source>
        <translation>การแจ้งเตือนและบัญชีเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>หัวเรื่อง</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Party or route</source>
        <translation>ผู้เกี่ยวข้องหรือเส้นทาง</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>Add an alert</source>
        <translation>เพิ่มการแจ้งเตือน</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Handbooks, codes and keys</source>
        <translation>คู่มือ รหัส และกุญแจ</translation>
    </message>
    <message>
        <source>Add a handbook folder…</source>
        <translation>เพิ่มโฟลเดอร์คู่มือ…</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>คู่มือ</translation>
    </message>
    <message>
        <source>a reference-code dataset folder (optional)</source>
        <translation>โฟลเดอร์ชุดข้อมูลรหัสอ้างอิง (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>รหัสอ้างอิง</translation>
    </message>
    <message>
        <source>Add a post&apos;s key file…</source>
        <translation>เพิ่มไฟล์กุญแจของด่าน…</translation>
    </message>
    <message>
        <source>Keys for posts to trust</source>
        <translation>กุญแจที่ให้ด่านเชื่อถือ</translation>
    </message>
    <message>
        <source>For the posts</source>
        <translation>สำหรับด่าน</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>บันทึกไปที่</translation>
    </message>
    <message>
        <source>Make the update package</source>
        <translation>จัดทำแพ็กเกจชุดปรับปรุง</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความแจ้ง</translation>
    </message>
    <message>
        <source>Party to watch</source>
        <translation>ผู้เกี่ยวข้องที่ต้องเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>เส้นทางที่ต้องเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Handbook folder</source>
        <translation>โฟลเดอร์คู่มือ</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>ไฟล์กุญแจ</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>กุญแจ Customs Desk (*.cdkey)</translation>
    </message>
    <message>
        <source>Choose where to write the update.</source>
        <translation>โปรดเลือกตำแหน่งที่จะบันทึกชุดปรับปรุง</translation>
    </message>
    <message>
        <source>Choose at least one post.</source>
        <translation>โปรดเลือกอย่างน้อยหนึ่งด่าน</translation>
    </message>
    <message>
        <source>Wrote {path} for {n} posts.</source>
        <translation>บันทึก {path} สำหรับ {n} ด่านแล้ว</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Competent authority notified</source>
        <translation>แจ้งหน่วยงานผู้มีอำนาจแล้ว</translation>
    </message>
    <message>
        <source>Does not start a clock</source>
        <translation>ไม่เริ่มนับกำหนดเวลา</translation>
    </message>
    <message>
        <source>Starts: {clock}</source>
        <translation>เริ่มนับ: {clock}</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Date informed</source>
        <translation>วันที่แจ้ง</translation>
    </message>
    <message>
        <source>How (e-mail, letter, focal point…)</source>
        <translation>ช่องทาง (อีเมล หนังสือ หน่วยประสานงาน…)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขที่อ้างอิง</translation>
    </message>
    <message>
        <source>Take-back clock</source>
        <translation>กำหนดเวลาการนำกลับ</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>คู่มือ</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>คดี</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>PDF reports: records, notices, registers, summaries</source>
        <translation>รายงาน PDF: บันทึก หนังสือแจ้ง ทะเบียน และสรุป</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>แลกเปลี่ยนข้อมูล</translation>
    </message>
    <message>
        <source>Packages on USB sticks: send, import, receipts, updates, keys</source>
        <translation>แพ็กเกจในแฟลชไดรฟ์ USB: ส่ง นำเข้า ใบตอบรับ ชุดปรับปรุง กุญแจ</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>ผู้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>This is a person (removed from non-nominal exports)</source>
        <translation>เป็นบุคคลธรรมดา (ตัดชื่อออกเมื่อส่งออกข้อมูลแบบไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>เลขทะเบียน</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Type a name to find the party</source>
        <translation>พิมพ์ชื่อเพื่อค้นหาผู้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>เพิ่มใหม่…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>⚑ on the watch list</source>
        <translation>⚑ อยู่ในบัญชีเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Watch list from the secretariat: {title}</source>
        <translation>บัญชีเฝ้าระวังจากสำนักเลขาธิการ: {title}</translation>
    </message>
    <message>
        <source>⚠ {n} earlier findings</source>
        <translation>⚠ เคยตรวจพบ {n} ครั้ง</translation>
    </message>
    <message>
        <source>This party appears in {n} inspections that were not simply released.</source>
        <translation>ผู้เกี่ยวข้องรายนี้ปรากฏในการตรวจ {n} ครั้งที่ไม่ได้ตรวจปล่อยตามปกติ</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The border post</source>
        <translation>ด่านพรมแดน</translation>
    </message>
    <message>
        <source>The post code starts every record number made here (for example SGP-TUAS-2026-00042), so keep it short and never reuse another post&apos;s code.</source>
        <translation>รหัสด่านจะอยู่ต้นเลขที่ของทุกบันทึกที่จัดทำที่นี่ (เช่น SGP-TUAS-2026-00042) จึงควรสั้น และห้ามใช้รหัสซ้ำกับด่านอื่น</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>รหัสด่าน</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>ชื่อด่าน</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>ประเทศหรือดินแดน</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>ประเทศอื่น</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <source>Agency (for report headers)</source>
        <translation>หน่วยงาน (สำหรับหัวรายงาน)</translation>
    </message>
    <message>
        <source>e.g. SGP-TUAS</source>
        <translation>เช่น SGP-TUAS</translation>
    </message>
    <message>
        <source>e.g. Tuas Checkpoint</source>
        <translation>เช่น Tuas Checkpoint</translation>
    </message>
    <message>
        <source>e.g. Singapore Customs</source>
        <translation>เช่น Singapore Customs</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>อื่น ๆ…</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ด่าน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>แพ็กเกจล่าสุด</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>แพ็กเกจ</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>คดีที่ยังไม่ปิด</translation>
    </message>
    <message>
        <source>Overdue take-backs</source>
        <translation>การนำกลับที่เกินกำหนด</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>กักแยก</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ใช่(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ละเว้น</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกตำแหน่งลิงก์(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Records that arrived but could not be accepted, with the reason. The rest of their package was imported. The post sees the reasons in its receipt.</source>
        <translation>บันทึกที่ได้รับมาแต่รับเข้าไม่ได้ พร้อมเหตุผล ส่วนที่เหลือของแพ็กเกจนำเข้าแล้ว ด่านจะเห็นเหตุผลในใบตอบรับ</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ด่าน</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ได้รับเมื่อ</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Copy citation</source>
        <translation>คัดลอกการอ้างอิง</translation>
    </message>
    <message>
        <source>Bookmark this paragraph</source>
        <translation>บุ๊กมาร์กย่อหน้านี้</translation>
    </message>
    <message>
        <source>Add a note to this paragraph…</source>
        <translation>เพิ่มบันทึกย่อในย่อหน้านี้…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Find in this chapter</source>
        <translation>ค้นหาในบทนี้</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>เล็กลง</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>ใหญ่ขึ้น</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>คัดลอกการอ้างอิง</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>บุ๊กมาร์ก</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>บันทึกย่อ…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>พิมพ์เป็น PDF…</translation>
    </message>
    <message>
        <source>Source on the web</source>
        <translation>แหล่งข้อมูลบนเว็บ</translation>
    </message>
    <message>
        <source>This source is on the web; open it on a computer with a network:
{url}</source>
        <translation>แหล่งข้อมูลนี้อยู่บนเว็บ โปรดเปิดบนคอมพิวเตอร์ที่เชื่อมต่อเครือข่าย:
{url}</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>คัดลอกที่อยู่เว็บ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึกย่อ</translation>
    </message>
    <message>
        <source>Your note on {citation}:</source>
        <translation>บันทึกย่อของท่านสำหรับ {citation}:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>พิมพ์เป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Packages on USB sticks are listed here. Open one: records packages are checked and shown before anything is imported; receipts mark your records as received; updates bring handbooks, codes and alerts from the secretariat.</source>
        <translation>แพ็กเกจในแฟลชไดรฟ์ USB จะแสดงที่นี่ เมื่อเปิดแพ็กเกจ แพ็กเกจบันทึกจะได้รับการตรวจสอบและแสดงให้ดูก่อนนำเข้าข้อมูลใด ๆ ใบตอบรับจะระบุว่าบันทึกของท่านได้รับแล้ว ส่วนชุดปรับปรุงจะนำคู่มือ รหัส และการแจ้งเตือนจากสำนักเลขาธิการมาให้</translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation>เปิดไฟล์แพ็กเกจ…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>ค้นหาอีกครั้ง</translation>
    </message>
    <message>
        <source>records</source>
        <translation>ชุดบันทึก</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>ใบตอบรับ</translation>
    </message>
    <message>
        <source>update</source>
        <translation>ชุดปรับปรุง</translation>
    </message>
    <message>
        <source>{name} — {kind} from {sender}, made {created}</source>
        <translation>{name} — {kind}จาก {sender} สร้างเมื่อ {created}</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>เปิดแพ็กเกจ</translation>
    </message>
    <message>
        <source>Customs Desk packages (*.cdx)</source>
        <translation>แพ็กเกจ Customs Desk (*.cdx)</translation>
    </message>
    <message>
        <source>Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined.</source>
        <translation>นำเข้า {name} แล้ว: ใหม่ {new} ปรับปรุง {updated} ขัดแย้ง {conflict} กักแยก {rejected}</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>ปรับปรุงข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>The secretariat confirmed the package. {received} of {total} record versions are now received.</source>
        <translation>สำนักเลขาธิการยืนยันการรับแพ็กเกจแล้ว บันทึกได้รับแล้ว {received} จาก {total} ฉบับ</translation>
    </message>
    <message>
        <source>{n} were refused there and will be sent again after correction: {reasons}</source>
        <translation>{n} ฉบับถูกปฏิเสธที่ปลายทาง และจะส่งใหม่หลังแก้ไข: {reasons}</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>เปิดเมื่อ</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ด่าน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Art. 9 grounds</source>
        <translation>เหตุตามข้อ 9</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>วันที่แจ้งรัฐ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>แนวทางดำเนินการ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดเมื่อ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>การขนส่ง</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>ตู้คอนเทนเนอร์</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>B/L หรือ AWB</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>ใบขนสินค้า</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>ผู้ส่งออก</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>ผู้นำเข้า</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>ประเภทของเสีย</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>รหัสบาเซล</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>HS ที่สำแดง</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>น้ำหนัก (kg)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: number, container, bill of lading, party, code, country…</source>
        <translation>กรอง: เลขที่ ตู้คอนเทนเนอร์ ใบตราส่งสินค้า ผู้เกี่ยวข้อง รหัส ประเทศ…</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>บันทึกตัวกรอง…</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} รายการ</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>ตัวกรองที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>บันทึกตัวกรอง</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>ชื่อตัวกรองนี้:</translation>
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
        <translation>สร้าง PDF ของบันทึกนี้และเปิดดู</translation>
    </message>
    <message>
        <source>Making PDF…</source>
        <translation>กำลังสร้าง PDF…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>PDF documents open in the PDF viewer of this computer. Reports for one record can also be made from the record itself (PDF button).</source>
        <translation>เอกสาร PDF จะเปิดในโปรแกรมดู PDF ของคอมพิวเตอร์เครื่องนี้ รายงานของบันทึกรายการเดียวสร้างได้จากตัวบันทึกเองด้วย (ปุ่ม PDF)</translation>
    </message>
    <message>
        <source>Words to find: number, container, party, code…</source>
        <translation>คำค้น: เลขที่ ตู้คอนเทนเนอร์ ผู้เกี่ยวข้อง รหัส…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Default: a file in {folder}</source>
        <translation>ค่าเริ่มต้น: ไฟล์ใน {folder}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>ตัวกรอง</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>ประเภทของเสีย</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>ขนาดกระดาษ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>สร้าง PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
    <message>
        <source>Inspection number, e.g. SGP-TUAS-2026-00042</source>
        <translation>เลขที่การตรวจ เช่น SGP-TUAS-2026-00042</translation>
    </message>
    <message>
        <source>Case number, e.g. SGP-TUAS-C2026-0007</source>
        <translation>เลขที่คดี เช่น SGP-TUAS-C2026-0007</translation>
    </message>
    <message>
        <source>Enter the number of the record.</source>
        <translation>โปรดกรอกเลขที่ของบันทึก</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>วันสิ้นสุดอยู่ก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>กำลังสร้าง {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>บันทึก {path} แล้ว</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>ไม่มีโปรแกรมดู PDF ที่เปิด {path} ได้</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>บันทึกรายงานเป็น</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>บันทึกสำเนาเป็น</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>บันทึกสำเนาเป็น {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the key of {post}</source>
        <translation>เพิกถอนกุญแจของ {post}</translation>
    </message>
    <message>
        <source>Packages signed with this key will be refused from now on. Do this when a PC or key file is lost or stolen. A revoked key cannot be trusted again.</source>
        <translation>นับจากนี้ แพ็กเกจที่ลงลายมือชื่อด้วยกุญแจนี้จะถูกปฏิเสธ ให้ทำเช่นนี้เมื่อคอมพิวเตอร์หรือไฟล์กุญแจสูญหายหรือถูกขโมย กุญแจที่เพิกถอนแล้วจะกลับมาเชื่อถืออีกไม่ได้</translation>
    </message>
    <message>
        <source>Why? e.g. laptop stolen on 12 May</source>
        <translation>เหตุผล เช่น โน้ตบุ๊กถูกขโมยเมื่อวันที่ 12 พฤษภาคม</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>เพิกถอน</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Send records to the secretariat</source>
        <translation>ส่งบันทึกให้สำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>บันทึกไปที่</translation>
    </message>
    <message>
        <source>Send everything again (not only what the secretariat has not confirmed)</source>
        <translation>ส่งทั้งหมดอีกครั้ง (ไม่เฉพาะรายการที่สำนักเลขาธิการยังไม่ยืนยัน)</translation>
    </message>
    <message>
        <source>Non-nominal: remove the names of individuals</source>
        <translation>ไม่ระบุชื่อ: ตัดชื่อบุคคลออก</translation>
    </message>
    <message>
        <source>Officers&apos; names and the names of parties who are persons are replaced by &apos;(withheld)&apos;; companies stay named. Audit events are not included.</source>
        <translation>ชื่อเจ้าหน้าที่และชื่อผู้เกี่ยวข้องที่เป็นบุคคลธรรมดาจะถูกแทนด้วย &apos;(withheld)&apos; ส่วนชื่อบริษัทยังคงแสดงไว้ และไม่รวมเหตุการณ์ในบันทึกการตรวจสอบ (audit)</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>บันทึกแพ็กเกจ</translation>
    </message>
    <message>
        <source>The secretariat&apos;s key is not trusted yet. Get its key file and trust it on the Keys tab; packages are encrypted so that only the secretariat can read them.</source>
        <translation>ยังไม่ได้เชื่อถือกุญแจของสำนักเลขาธิการ โปรดขอไฟล์กุญแจแล้วเชื่อถือกุญแจนั้นที่แท็บกุญแจ แพ็กเกจจะถูกเข้ารหัสเพื่อให้สำนักเลขาธิการเท่านั้นที่อ่านได้</translation>
    </message>
    <message>
        <source>{received} of {total} record versions are confirmed received by the secretariat; {waiting} are waiting to be sent or confirmed.</source>
        <translation>สำนักเลขาธิการยืนยันการรับบันทึกแล้ว {received} จาก {total} ฉบับ อีก {waiting} ฉบับรอส่งหรือรอการยืนยัน</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>โปรดเลือกตำแหน่งที่จะบันทึกแพ็กเกจ</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for the secretariat and signed by this post. Remove the USB stick safely, then carry it.</source>
        <translation>บันทึก {file} แล้ว: บันทึก {n} ฉบับ ภาพถ่ายและไฟล์ {files} ไฟล์ แพ็กเกจนี้เข้ารหัสสำหรับสำนักเลขาธิการและลงลายมือชื่อโดยด่านนี้ โปรดถอดแฟลชไดรฟ์ USB อย่างปลอดภัยแล้วนำไปส่ง</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่ล็อก</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>ภาษาของหน้าจอ</translation>
    </message>
    <message>
        <source>Paper size for reports</source>
        <translation>ขนาดกระดาษของรายงาน</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>ล็อกเมื่อไม่ใช้งานนาน</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>ผู้บังคับบัญชาคนแรก</translation>
    </message>
    <message>
        <source>Supervisors add officers&apos; accounts and may correct finalized records. Officers share this computer, so each signs in with a badge number and password.</source>
        <translation>ผู้บังคับบัญชาเป็นผู้เพิ่มบัญชีของเจ้าหน้าที่ และแก้ไขบันทึกที่ยืนยันผลแล้วได้ เจ้าหน้าที่ใช้คอมพิวเตอร์เครื่องนี้ร่วมกัน แต่ละคนจึงเข้าสู่ระบบด้วยเลขประจำตัวและรหัสผ่านของตน</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>เลขประจำตัว</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>ยืนยันรหัสผ่าน</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>เชื่อถือกุญแจ</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>สำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>ด่าน</translation>
    </message>
    <message>
        <source>This key file says it belongs to {name} ({code}, {country}), {kind}. Anyone can write such a file: call the sender on a number you already know and have them read their fingerprint (Exchange ▸ Keys). Trust the key only if it matches.</source>
        <translation>ไฟล์กุญแจนี้ระบุว่าเป็นของ {name} ({code}, {country}) ประเภท{kind} ใครก็สร้างไฟล์เช่นนี้ได้ โปรดโทรหาผู้ส่งด้วยหมายเลขที่ท่านทราบอยู่แล้ว และขอให้ผู้ส่งอ่านลายนิ้วมือของกุญแจ (แลกเปลี่ยนข้อมูล ▸ กุญแจ) ให้เชื่อถือกุญแจนี้เฉพาะเมื่อตรงกันเท่านั้น</translation>
    </message>
    <message>
        <source>optional: type what the sender reads to you</source>
        <translation>ไม่บังคับ: พิมพ์สิ่งที่ผู้ส่งอ่านให้ฟัง</translation>
    </message>
    <message>
        <source>Fingerprint read by phone</source>
        <translation>ลายนิ้วมือที่อ่านทางโทรศัพท์</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender</source>
        <translation>ข้าพเจ้าได้เปรียบเทียบลายนิ้วมือกับผู้ส่งแล้ว</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>เชื่อถือกุญแจนี้</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ ตรงกัน</translation>
    </message>
    <message>
        <source>Does not match (yet). Do not trust a key that does not match.</source>
        <translation>ยังไม่ตรงกัน ห้ามเชื่อถือกุญแจที่ไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Type at least 16 characters.</source>
        <translation>โปรดพิมพ์อย่างน้อย 16 ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Locked — Customs Desk</source>
        <translation>ล็อกอยู่ — Customs Desk</translation>
    </message>
    <message>
        <source>The session was locked after a period without use. {name}, type your password to continue, or sign out so another officer can sign in. Unsaved drafts are kept.</source>
        <translation>เซสชันถูกล็อกเนื่องจากไม่มีการใช้งานเป็นระยะเวลาหนึ่ง {name} โปรดพิมพ์รหัสผ่านเพื่อทำงานต่อ หรือออกจากระบบเพื่อให้เจ้าหน้าที่คนอื่นเข้าสู่ระบบ ฉบับร่างที่ยังไม่ได้บันทึกจะถูกเก็บไว้</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>รหัสผ่านไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update {name}</source>
        <translation>ชุดปรับปรุง {name}</translation>
    </message>
    <message>
        <source>Checking the secretariat&apos;s signature…</source>
        <translation>กำลังตรวจสอบลายมือชื่อดิจิทัลของสำนักเลขาธิการ…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>ใช้ชุดปรับปรุง</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>รหัสอ้างอิง</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>คู่มือ</translation>
    </message>
    <message>
        <source>Alerts and watch lists</source>
        <translation>การแจ้งเตือนและบัญชีเฝ้าระวัง</translation>
    </message>
    <message>
        <source>Keys to trust</source>
        <translation>กุญแจที่จะเชื่อถือ</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>กุญแจที่จะเพิกถอน</translation>
    </message>
    <message>
        <source>This update was applied before; nothing to do.</source>
        <translation>ชุดปรับปรุงนี้เคยใช้แล้ว ไม่มีสิ่งใดต้องทำ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Signed by the secretariat and intact. Nothing has been changed yet.</source>
        <translation>ลงลายมือชื่อโดยสำนักเลขาธิการและข้อมูลครบถ้วนไม่ถูกแก้ไข ยังไม่มีการเปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>ปรับปรุงข้อมูลแล้ว</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>เลขประจำตัว</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ระงับการใช้งาน</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>เพิ่มผู้ใช้…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>ตั้งรหัสผ่าน…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>ระงับ / เปิดใช้งาน</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>รหัสผ่านถูกเปลี่ยนแล้ว</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> Before that, consider {codes}.</source>
        <translation> ก่อนวันนั้น ให้พิจารณา {codes}</translation>
    </message>
    <message>
        <source> Did you mean {codes}?</source>
        <translation> หมายถึง {codes} ใช่หรือไม่</translation>
    </message>
    <message>
        <source> See {codes}.</source>
        <translation> ดู {codes}</translation>
    </message>
    <message>
        <source> … [{n} more characters not printed]</source>
        <translation> … [ไม่ได้พิมพ์อีก {n} ตัวอักษร]</translation>
    </message>
    <message>
        <source>&apos;{answer}&apos; is not an answer to this question.</source>
        <translation>&apos;{answer}&apos; ไม่ใช่คำตอบของคำถามนี้</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).</source>
        <translation>&apos;{code}&apos; ไม่ใช่ทั้งรหัสบาเซล (เช่น A1181, Y49, B3011) และรหัส HS (เช่น 8549.11)</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.</source>
        <translation>&apos;{code}&apos; ไม่ใช่รหัส HS โปรดใช้ตัวเลข 4 หรือ 6 หลัก เช่น 8549 หรือ 8549.11</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code (e.g. USD, VND, THB).</source>
        <translation>&apos;{code}&apos; ไม่ใช่รหัสสกุลเงินตาม ISO 4217 (เช่น USD, VND, THB)</translation>
    </message>
    <message>
        <source>&apos;{selector}&apos; matches several keys; give more of the fingerprint.</source>
        <translation>&apos;{selector}&apos; ตรงกับกุญแจหลายดอก โปรดระบุลายนิ้วมือให้ยาวขึ้น</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a handbook citation.</source>
        <translation>&apos;{text}&apos; ไม่ใช่การอ้างอิงคู่มือ</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a UN number; write UN and four digits, e.g. UN3480.</source>
        <translation>&apos;{value}&apos; ไม่ใช่หมายเลข UN โปรดเขียน UN ตามด้วยตัวเลขสี่หลัก เช่น UN3480</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code (e.g. VN, TH, HK).</source>
        <translation>&apos;{value}&apos; ไม่ใช่รหัสประเทศตาม ISO 3166 (เช่น VN, TH, HK)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code.</source>
        <translation>&apos;{value}&apos; ไม่ใช่รหัสประเทศตาม ISO 3166</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) ไม่ได้แจ้งรัฐที่เกี่ยวข้องทุกรัฐ</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) ไม่ได้รับความยินยอมจากรัฐที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) ได้ความยินยอมมาด้วยการปลอมแปลง การแสดงข้อความเท็จ หรือการฉ้อฉล</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) ไม่ตรงกับเอกสารในสาระสำคัญ</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) การกำจัดโดยจงใจ (การลักลอบทิ้ง)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(ไม่มีคำบรรยายภาพ)</translation>
    </message>
    <message>
        <source>(not in the reference tables)</source>
        <translation>(ไม่มีในตารางอ้างอิง)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <source>(nothing to print)</source>
        <translation>(ไม่มีข้อมูลที่จะพิมพ์)</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit ต้องอยู่ระหว่าง 1 ถึง 500</translation>
    </message>
    <message>
        <source>--records must be between 1 and 2000000.</source>
        <translation>--records ต้องอยู่ระหว่าง 1 ถึง 2000000</translation>
    </message>
    <message>
        <source>--revoke {fp}: give the fingerprint of one trusted key.</source>
        <translation>--revoke {fp}: โปรดระบุลายนิ้วมือของกุญแจที่เชื่อถือหนึ่งดอก</translation>
    </message>
    <message>
        <source>1. Reporting Party</source>
        <translation>1. ภาคีผู้รายงาน</translation>
    </message>
    <message>
        <source>10. Penalties and legal proceedings</source>
        <translation>10. บทลงโทษและการดำเนินคดีตามกฎหมาย</translation>
    </message>
    <message>
        <source>11. Remarks</source>
        <translation>11. หมายเหตุ</translation>
    </message>
    <message>
        <source>12. Certification</source>
        <translation>12. การรับรอง</translation>
    </message>
    <message>
        <source>2. The case</source>
        <translation>2. ข้อมูลคดี</translation>
    </message>
    <message>
        <source>3. Type of illegal traffic (Article 9(1))</source>
        <translation>3. ประเภทของการขนส่งที่ผิดกฎหมาย (ข้อ 9(1))</translation>
    </message>
    <message>
        <source>4. States concerned</source>
        <translation>4. รัฐที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>5. Persons involved</source>
        <translation>5. บุคคลที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>6. The waste</source>
        <translation>6. ของเสีย</translation>
    </message>
    <message>
        <source>7. Documents</source>
        <translation>7. เอกสาร</translation>
    </message>
    <message>
        <source>8. Transport</source>
        <translation>8. การขนส่ง</translation>
    </message>
    <message>
        <source>9. Responsibility and action taken (Article 9(2) to 9(4))</source>
        <translation>9. ความรับผิดชอบและการดำเนินการ (ข้อ 9(2) ถึง 9(4))</translation>
    </message>
    <message>
        <source>A note can have at most {n} characters.</source>
        <translation>บันทึกย่อมีได้ไม่เกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <source>Action at the border</source>
        <translation>การดำเนินการ ณ ด่านพรมแดน</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>เครื่องมือช่วยตัดสินใจ</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>ทางอากาศ</translation>
    </message>
    <message>
        <source>Answer every question before saving the result.</source>
        <translation>โปรดตอบทุกคำถามก่อนบันทึกผล</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>ข้อ 8: 90 วัน (การนำกลับเข้าประเทศของการขนส่งที่ถูกกฎหมาย)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>ข้อ 9: 30 วันนับจากรัฐได้รับแจ้ง</translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation>โปรดติดต่อผู้บังคับบัญชา</translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation>หน่วยงานที่ได้รับแจ้ง</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Basel</source>
        <translation>บาเซล</translation>
    </message>
    <message>
        <source>Basel Annex VIII / IX codes</source>
        <translation>รหัสบาเซล ภาคผนวก VIII / IX</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>รหัสบาเซล</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>ใบตราส่งสินค้า / ใบตราส่งสินค้าทางอากาศ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>By country of export</source>
        <translation>ตามประเทศส่งออก</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>ตามผลการดำเนินการ</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>ตามด่าน</translation>
    </message>
    <message>
        <source>By waste stream</source>
        <translation>ตามประเภทของเสีย</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>ไบต์</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>ระบุผู้รับผิดชอบไม่ได้ (Art. 9(4))</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{column}&apos;.</source>
        <translation>เรียงตาม &apos;{column}&apos; ไม่ได้</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>บันทึก {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ผู้ขนส่ง</translation>
    </message>
    <message>
        <source>Carrier(s)</source>
        <translation>ผู้ขนส่ง</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>คดี</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>แฟ้มคดี</translation>
    </message>
    <message>
        <source>Case finished ({status}).</source>
        <translation>คดีเสร็จสิ้น ({status})</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>เลขที่คดี</translation>
    </message>
    <message>
        <source>Case opened from inspection {number}.</source>
        <translation>เปิดคดีจากการตรวจ {number}</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>คดี</translation>
    </message>
    <message>
        <source>Cases are opened by the post that made the inspection.</source>
        <translation>ด่านที่ทำการตรวจเป็นผู้เปิดคดี</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>แผนภูมิ</translation>
    </message>
    <message>
        <source>Check that the drive is connected and the folder is readable.</source>
        <translation>โปรดตรวจสอบว่าไดรฟ์เชื่อมต่ออยู่และอ่านโฟลเดอร์ได้</translation>
    </message>
    <message>
        <source>Choose &apos;post&apos; or &apos;secretariat&apos;.</source>
        <translation>โปรดเลือก &apos;post&apos; หรือ &apos;secretariat&apos;</translation>
    </message>
    <message>
        <source>Choose a bookmark or a note.</source>
        <translation>โปรดเลือกบุ๊กมาร์กหรือบันทึกย่อ</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>โปรดเลือกประเทศจากรายการ</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>โปรดเลือกเขตเวลาจากรายการ</translation>
    </message>
    <message>
        <source>Choose the mode of transport.</source>
        <translation>โปรดเลือกรูปแบบการขนส่ง</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>โปรดเลือกผลการดำเนินการ</translation>
    </message>
    <message>
        <source>Choose the type of inspection.</source>
        <translation>โปรดเลือกประเภทการตรวจ</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>การอ้างอิง</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>กำหนดเวลา</translation>
    </message>
    <message>
        <source>Close other Customs Desk windows or programs using this data folder and try again. Nothing was changed.</source>
        <translation>โปรดปิดหน้าต่าง Customs Desk อื่นหรือโปรแกรมที่ใช้โฟลเดอร์ข้อมูลนี้อยู่ แล้วลองอีกครั้ง ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>ปิดเมื่อ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Codes and their titles</source>
        <translation>รหัสและชื่อรายการ</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>ตรวจ ณ สถานประกอบการ</translation>
    </message>
    <message>
        <source>Competent authority or focal point</source>
        <translation>หน่วยงานผู้มีอำนาจหรือหน่วยประสานงาน</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>ยืนยันว่าเป็นการขนส่งที่ผิดกฎหมาย</translation>
    </message>
    <message>
        <source>Consent of the States concerned</source>
        <translation>ความยินยอมของรัฐที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ติดต่อ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <source>Contact the post below, quoting reference {ref}.</source>
        <translation>โปรดติดต่อด่านตามรายละเอียดด้านล่าง โดยอ้างถึงเลขที่ {ref}</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>ตู้คอนเทนเนอร์</translation>
    </message>
    <message>
        <source>Containers and seals</source>
        <translation>ตู้คอนเทนเนอร์และซีล</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>ยานพาหนะ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>ประเทศส่งออก</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>ประเทศนำเข้า</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>ใบขนสินค้า</translation>
    </message>
    <message>
        <source>DRAFT: this record is not finalized and may still change.</source>
        <translation>ฉบับร่าง: บันทึกนี้ยังไม่ได้ยืนยันผลและอาจเปลี่ยนแปลงได้</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>วันที่เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>วันที่ของรายงานนี้</translation>
    </message>
    <message>
        <source>Date the State was informed</source>
        <translation>วันที่รัฐได้รับแจ้ง</translation>
    </message>
    <message>
        <source>Date the case was confirmed</source>
        <translation>วันที่ยืนยันคดี</translation>
    </message>
    <message>
        <source>Date the shipment was detected</source>
        <translation>วันที่ตรวจพบการขนส่ง</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message>
        <source>Deadline and clock</source>
        <translation>กำหนดเวลาและวันครบกำหนด</translation>
    </message>
    <message>
        <source>Decision aid {id} is invalid: {problems}</source>
        <translation>เครื่องมือช่วยตัดสินใจ {id} ไม่ถูกต้อง: {problems}</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>เครื่องมือช่วยตัดสินใจ</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>รหัส HS ที่สำแดง</translation>
    </message>
    <message>
        <source>Declared as</source>
        <translation>สำแดงเป็น</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>ชื่อสินค้าที่สำแดง</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>มูลค่าที่สำแดง</translation>
    </message>
    <message>
        <source>Describe at least one line of goods.</source>
        <translation>โปรดระบุรายการสินค้าอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Describe the indicator.</source>
        <translation>โปรดอธิบายข้อบ่งชี้</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Designation and description</source>
        <translation>ชื่อและรายละเอียดของของเสีย</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>อายัด</translation>
    </message>
    <message>
        <source>Detention or seizure notice</source>
        <translation>หนังสือแจ้งการอายัดหรือการยึด</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>กำจัดที่อื่น (Art. 9(4))</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>กำจัดในรัฐผู้นำเข้า</translation>
    </message>
    <message>
        <source>Disposal or recovery operation (Annex IV)</source>
        <translation>วิธีการกำจัดหรือการนำกลับมาใช้ประโยชน์ (ภาคผนวก IV)</translation>
    </message>
    <message>
        <source>Disposer or recovery facility</source>
        <translation>ผู้กำจัดหรือสถานที่นำกลับมาใช้ประโยชน์</translation>
    </message>
    <message>
        <source>Do not start or end the password with spaces.</source>
        <translation>รหัสผ่านต้องไม่ขึ้นต้นหรือลงท้ายด้วยช่องว่าง</translation>
    </message>
    <message>
        <source>Document {id} · content hash {hash} · Customs Desk {version}</source>
        <translation>เอกสาร {id} · ค่าแฮชของเนื้อหา {hash} · Customs Desk {version}</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>ตรวจเอกสาร</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>เอกสารที่ยื่น</translation>
    </message>
    <message>
        <source>Draft structure: the official form&apos;s fields could not be confirmed. The fields below follow Article 9 of the Basel Convention and the information required on notification and movement documents (Annex V A and V B). Check them against the current form published by the Secretariat of the Basel Convention before sending, and complete every field marked [to complete].</source>
        <translation>โครงสร้างฉบับร่าง: ยังไม่สามารถยืนยันช่องข้อมูลของแบบฟอร์มทางการได้ ช่องข้อมูลด้านล่างจัดตามข้อ 9 ของอนุสัญญาบาเซล และข้อมูลที่ต้องระบุในเอกสารการแจ้งและเอกสารการเคลื่อนย้าย (ภาคผนวก V A และ V B) โปรดตรวจสอบกับแบบฟอร์มฉบับปัจจุบันที่สำนักเลขาธิการอนุสัญญาบาเซลเผยแพร่ก่อนส่ง และกรอกทุกช่องที่มีเครื่องหมาย [ต้องกรอก]</translation>
    </message>
    <message>
        <source>Empty seal number.</source>
        <translation>หมายเลขซีลว่างเปล่า</translation>
    </message>
    <message>
        <source>Enter the date and time of the inspection, with its time zone.</source>
        <translation>โปรดกรอกวันที่และเวลาที่ตรวจ พร้อมเขตเวลา</translation>
    </message>
    <message>
        <source>Enter the name of the border post.</source>
        <translation>โปรดกรอกชื่อด่านพรมแดน</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>โปรดกรอกชื่อ</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s full name.</source>
        <translation>โปรดกรอกชื่อ-นามสกุลของเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>ผู้ส่งออก</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>ผู้ส่งออกหรือผู้ก่อกำเนิดของเสีย (Art. 9(2))</translation>
    </message>
    <message>
        <source>Exporter or notifier</source>
        <translation>ผู้ส่งออกหรือผู้แจ้ง</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>ตัวกรอง</translation>
    </message>
    <message>
        <source>Finalize the inspection before opening a case from it.</source>
        <translation>โปรดยืนยันผลการตรวจก่อนเปิดคดีจากการตรวจนั้น</translation>
    </message>
    <message>
        <source>Finalized records are never deleted; withdraw it with a reason instead.</source>
        <translation>บันทึกที่ยืนยันผลแล้วจะไม่ถูกลบ โปรดยกเลิกบันทึกพร้อมระบุเหตุผลแทน</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>สิ่งที่ตรวจพบ</translation>
    </message>
    <message>
        <source>For the customs post</source>
        <translation>ในนามด่านศุลกากร</translation>
    </message>
    <message>
        <source>Form for reporting a confirmed case of illegal traffic (draft)</source>
        <translation>แบบรายงานกรณีการขนส่งที่ผิดกฎหมายที่ได้รับการยืนยันแล้ว (ฉบับร่าง)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>Functionality test certificates</source>
        <translation>ใบรับรองผลการทดสอบการใช้งาน</translation>
    </message>
    <message>
        <source>Generated {time} ({zone}) by {officer}</source>
        <translation>จัดทำเมื่อ {time} ({zone}) โดย {officer}</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>ผู้ก่อกำเนิดของเสีย</translation>
    </message>
    <message>
        <source>Give the currency of the declared value.</source>
        <translation>โปรดระบุสกุลเงินของมูลค่าที่สำแดง</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>โปรดตั้งชื่อตัวกรอง</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>สินค้าที่ตรวจพบ:</translation>
    </message>
    <message>
        <source>Grounds (Article 9(1))</source>
        <translation>เหตุ (ข้อ 9(1))</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>H codes (Annex III)</source>
        <translation>รหัส H (ภาคผนวก III)</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>รหัส HS</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>การอ้างอิงคู่มือ</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>ค่าแฮช</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>กักไว้</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>ผลการปิดคดี</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>ผลการสิ้นสุดคดี</translation>
    </message>
    <message>
        <source>Illegal traffic form (draft)</source>
        <translation>แบบรายงานการขนส่งที่ผิดกฎหมาย (ฉบับร่าง)</translation>
    </message>
    <message>
        <source>Illegal traffic reporting form (draft)</source>
        <translation>แบบรายงานการขนส่งที่ผิดกฎหมาย (ฉบับร่าง)</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>ผู้นำเข้า / ผู้รับสินค้า</translation>
    </message>
    <message>
        <source>Importer or consignee</source>
        <translation>ผู้นำเข้าหรือผู้รับสินค้า</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>ผู้นำเข้าหรือผู้กำจัด (Art. 9(3))</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>ทางน้ำภายในประเทศ</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>วันเวลาที่ตรวจ</translation>
    </message>
    <message>
        <source>Inspecting officer</source>
        <translation>เจ้าหน้าที่ผู้ตรวจ</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>Inspection reference</source>
        <translation>เลขที่อ้างอิงการตรวจ</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>รายงานการตรวจ</translation>
    </message>
    <message>
        <source>Inspection type</source>
        <translation>ประเภทการตรวจ</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>การตรวจ</translation>
    </message>
    <message>
        <source>Inspections by month</source>
        <translation>การตรวจรายเดือน</translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation>การตรวจตามผลการดำเนินการ</translation>
    </message>
    <message>
        <source>Inspections without a weight</source>
        <translation>การตรวจที่ไม่มีข้อมูลน้ำหนัก</translation>
    </message>
    <message>
        <source>Install the newer version of Customs Desk. The database was not changed.</source>
        <translation>โปรดติดตั้ง Customs Desk รุ่นที่ใหม่กว่า ฐานข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>สถานประกอบการปลายทาง</translation>
    </message>
    <message>
        <source>Invoice or contract</source>
        <translation>บัญชีราคาสินค้าหรือสัญญา</translation>
    </message>
    <message>
        <source>Later revisions build on the version here; keep it, and ask the post to correct the record.</source>
        <translation>ฉบับแก้ไขถัดมาต่อยอดจากฉบับที่นี่ โปรดคงฉบับนี้ไว้ และขอให้ด่านแก้ไขบันทึก</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ฐานทางกฎหมาย</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>พาหนะขนส่ง</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>เอกสารการเคลื่อนย้าย</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Name at least one officer.</source>
        <translation>โปรดระบุชื่อเจ้าหน้าที่อย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation>โปรดระบุชื่อหน่วยงานที่ได้รับแจ้ง</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>National case reference</source>
        <translation>เลขที่คดีภายในประเทศ</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>ยังไม่ได้แจ้งหน่วยงานผู้มีอำนาจ</translation>
    </message>
    <message>
        <source>No case {key}.</source>
        <translation>ไม่พบคดี {key}</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>ไม่นับกำหนดเวลา</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>ไม่มีการนับกำหนดเวลา</translation>
    </message>
    <message>
        <source>No codes recorded.</source>
        <translation>ไม่มีรหัสที่บันทึกไว้</translation>
    </message>
    <message>
        <source>No conflict #{id}.</source>
        <translation>ไม่พบข้อขัดแย้ง #{id}</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>No decision aid &apos;{id}&apos;.</source>
        <translation>ไม่พบเครื่องมือช่วยตัดสินใจ &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>No decision aid was run for this record.</source>
        <translation>ไม่ได้ใช้เครื่องมือช่วยตัดสินใจกับบันทึกนี้</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>ไม่มีเหตุการณ์</translation>
    </message>
    <message>
        <source>No goods lines recorded.</source>
        <translation>ไม่มีรายการสินค้าที่บันทึกไว้</translation>
    </message>
    <message>
        <source>No ground recorded yet.</source>
        <translation>ยังไม่ได้บันทึกเหตุ</translation>
    </message>
    <message>
        <source>No handbook &apos;{id}&apos; in the library.</source>
        <translation>ไม่พบคู่มือ &apos;{id}&apos; ในคลังคู่มือ</translation>
    </message>
    <message>
        <source>No imported records package {id}.</source>
        <translation>ไม่พบแพ็กเกจบันทึกที่นำเข้า {id}</translation>
    </message>
    <message>
        <source>No inspection matches.</source>
        <translation>ไม่พบการตรวจที่ตรงกัน</translation>
    </message>
    <message>
        <source>No inspection {key}.</source>
        <translation>ไม่พบการตรวจ {key}</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>ไม่มีผู้เกี่ยวข้องที่บันทึกไว้</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>ไม่มีสิทธิ์บันทึก {path}</translation>
    </message>
    <message>
        <source>No photos or documents attached.</source>
        <translation>ไม่มีภาพถ่ายหรือเอกสารแนบ</translation>
    </message>
    <message>
        <source>No recipient key is trusted yet; trust the secretariat&apos;s key (or the post&apos;s) first.</source>
        <translation>ยังไม่มีกุญแจผู้รับที่เชื่อถือ โปรดเชื่อถือกุญแจของสำนักเลขาธิการ (หรือของด่าน) ก่อน</translation>
    </message>
    <message>
        <source>No reference codes are loaded.</source>
        <translation>ยังไม่ได้โหลดรหัสอ้างอิง</translation>
    </message>
    <message>
        <source>No section &apos;{section}&apos; in {id}.</source>
        <translation>ไม่พบหัวข้อ &apos;{section}&apos; ใน {id}</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>ไม่พบไฟล์แนบนี้</translation>
    </message>
    <message>
        <source>No such decision aid result.</source>
        <translation>ไม่พบผลของเครื่องมือช่วยตัดสินใจนี้</translation>
    </message>
    <message>
        <source>No such party.</source>
        <translation>ไม่พบผู้เกี่ยวข้องนี้</translation>
    </message>
    <message>
        <source>No such post.</source>
        <translation>ไม่พบด่านนี้</translation>
    </message>
    <message>
        <source>No such risk indicator.</source>
        <translation>ไม่พบข้อบ่งชี้ความเสี่ยงนี้</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>ไม่พบผู้ใช้นี้</translation>
    </message>
    <message>
        <source>No trusted key for: {posts}.</source>
        <translation>ไม่มีกุญแจที่เชื่อถือสำหรับ: {posts}</translation>
    </message>
    <message>
        <source>No trusted key matches &apos;{selector}&apos;.</source>
        <translation>ไม่มีกุญแจที่เชื่อถือซึ่งตรงกับ &apos;{selector}&apos;</translation>
    </message>
    <message>
        <source>No user with badge number {badge}.</source>
        <translation>ไม่พบผู้ใช้ที่มีเลขประจำตัว {badge}</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>ไม่ได้เลือกรายการใด</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>ยังไม่ได้ตัดสินใจ</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>ไม่ผิดกฎหมาย (ปิดแล้ว)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a drive you can write to.</source>
        <translation>ไม่มีการเปลี่ยนแปลงใด ๆ โปรดเลือกไดรฟ์ที่บันทึกข้อมูลได้</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>ไม่มีการเปลี่ยนแปลงใด ๆ โปรดเลือกโฟลเดอร์ข้อมูลอื่นด้วย --data-dir</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another folder or ask IT for access.</source>
        <translation>ไม่มีการเปลี่ยนแปลงใด ๆ โปรดเลือกโฟลเดอร์อื่น หรือขอสิทธิ์เข้าถึงจากฝ่ายไอที</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or choose another drive, then try again.</source>
        <translation>ไม่มีการเปลี่ยนแปลงใด ๆ โปรดเพิ่มพื้นที่ว่างหรือเลือกไดรฟ์อื่น แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database.</source>
        <translation>ไม่มีการเปลี่ยนแปลงใด ๆ โปรดใช้ฐานข้อมูลว่าง</translation>
    </message>
    <message>
        <source>Nothing was deleted or changed.</source>
        <translation>ไม่มีการลบหรือเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Nothing was deleted. Restore the latest copy from the backups folder, or ask the secretariat for help (the damaged file is kept for recovery).</source>
        <translation>ไม่มีการลบข้อมูลใด ๆ โปรดกู้คืนสำเนาล่าสุดจากโฟลเดอร์สำรองข้อมูล หรือขอความช่วยเหลือจากสำนักเลขาธิการ (ไฟล์ที่เสียหายถูกเก็บไว้เพื่อกู้คืนข้อมูล)</translation>
    </message>
    <message>
        <source>Notice of detention</source>
        <translation>หนังสือแจ้งการอายัด</translation>
    </message>
    <message>
        <source>Notice of seizure</source>
        <translation>หนังสือแจ้งการยึด</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>เลขที่การแจ้ง</translation>
    </message>
    <message>
        <source>Notifications to competent authorities</source>
        <translation>การแจ้งหน่วยงานผู้มีอำนาจ</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>แจ้งเมื่อ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {deadline}).</source>
        <translation>เกินกำหนด {n} วัน (ครบกำหนด {deadline})</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>เจ้าหน้าที่:</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Only finalized records are corrected; save the draft instead.</source>
        <translation>แก้ไขได้เฉพาะบันทึกที่ยืนยันผลแล้ว หากเป็นฉบับร่างให้บันทึกฉบับร่างแทน</translation>
    </message>
    <message>
        <source>Only finalized records can be withdrawn; delete a draft instead.</source>
        <translation>ยกเลิกได้เฉพาะบันทึกที่ยืนยันผลแล้ว หากเป็นฉบับร่างให้ลบแทน</translation>
    </message>
    <message>
        <source>Only secretariat staff can create secretariat accounts.</source>
        <translation>เฉพาะเจ้าหน้าที่สำนักเลขาธิการเท่านั้นที่สร้างบัญชีของสำนักเลขาธิการได้</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} events are printed.</source>
        <translation>พิมพ์เฉพาะ {n} เหตุการณ์แรกจากทั้งหมด {total} เหตุการณ์</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} records are printed; narrow the period or the filter to print the others.</source>
        <translation>พิมพ์เฉพาะ {n} รายการแรกจากทั้งหมด {total} รายการ โปรดจำกัดช่วงเวลาหรือตัวกรองให้แคบลงเพื่อพิมพ์รายการที่เหลือ</translation>
    </message>
    <message>
        <source>Only the officer who created this record, or a supervisor, can change it.</source>
        <translation>เฉพาะเจ้าหน้าที่ผู้จัดทำบันทึกนี้หรือผู้บังคับบัญชาเท่านั้นที่เปลี่ยนแปลงบันทึกได้</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>เปิดเมื่อ</translation>
    </message>
    <message>
        <source>Opened from inspection</source>
        <translation>เปิดจากการตรวจ</translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation>ไฟล์แนบอื่น</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>เอกสารอื่น</translation>
    </message>
    <message>
        <source>Our reference:</source>
        <translation>เลขที่อ้างอิง:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <source>Packaging, containers</source>
        <translation>หีบห่อ ภาชนะบรรจุ</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>หน้า {n} จาก {total}</translation>
    </message>
    <message>
        <source>Paper size {paper} is not known; use A4 or Letter.</source>
        <translation>ไม่รู้จักขนาดกระดาษ {paper} โปรดใช้ A4 หรือ Letter</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>ผู้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Party (country)</source>
        <translation>ภาคี (ประเทศ)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>แนวทางดำเนินการ</translation>
    </message>
    <message>
        <source>Penalties imposed, proceedings started</source>
        <translation>บทลงโทษที่กำหนด การดำเนินคดีที่เริ่มแล้ว</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Period agreed by the States</source>
        <translation>ระยะเวลาที่รัฐตกลงกัน</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>ภาพถ่ายและไฟล์แนบ</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>เปิดตรวจสินค้า</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>จำนวนชิ้น</translation>
    </message>
    <message>
        <source>Pieces declared / found</source>
        <translation>จำนวนชิ้นที่สำแดง / ตรวจพบ</translation>
    </message>
    <message>
        <source>Place of detection</source>
        <translation>สถานที่ตรวจพบ</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>ท่าขนถ่ายสินค้า</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>ท่าบรรทุกสินค้า</translation>
    </message>
    <message>
        <source>Port or point of entry</source>
        <translation>ท่าหรือจุดนำเข้า</translation>
    </message>
    <message>
        <source>Port or point of exit</source>
        <translation>ท่าหรือจุดส่งออก</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>ด่าน</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>ไปรษณีย์ / บริการขนส่งด่วน</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>ปริมาณ</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>ทางราง</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>บันทึกที่นับรวม</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขที่อ้างอิง</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>ส่งเรื่องให้หน่วยงานผู้มีอำนาจ</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>ไม่อนุญาตให้นำเข้า</translation>
    </message>
    <message>
        <source>Register of inspections</source>
        <translation>ทะเบียนการตรวจ</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>ตรวจปล่อย</translation>
    </message>
    <message>
        <source>Reporting authority</source>
        <translation>หน่วยงานผู้รายงาน</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>ความรับผิดชอบ</translation>
    </message>
    <message>
        <source>Restore it from a backup; without it this post cannot sign packages.</source>
        <translation>โปรดกู้คืนจากข้อมูลสำรอง หากไม่มีไฟล์นี้ ด่านนี้จะลงลายมือชื่อในแพ็กเกจไม่ได้</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ส่งกลับ</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>ส่งกลับหรือกำจัดแล้ว</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>ฉบับที่</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>ฉบับแก้ไข</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>ข้อบ่งชี้ความเสี่ยง</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>ทางถนน</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>เส้นทาง</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>เก็บตัวอย่าง</translation>
    </message>
    <message>
        <source>Say why the finalized record is corrected.</source>
        <translation>โปรดระบุเหตุผลที่แก้ไขบันทึกที่ยืนยันผลแล้ว</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>โปรดระบุเหตุผลที่เพิกถอนกุญแจ</translation>
    </message>
    <message>
        <source>Say why the record is withdrawn.</source>
        <translation>โปรดระบุเหตุผลที่ยกเลิกบันทึก</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>ทางทะเล</translation>
    </message>
    <message>
        <source>Secretariat summary</source>
        <translation>รายงานสรุปสำหรับสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>ยึด</translation>
    </message>
    <message>
        <source>Send the documents that show the shipment is lawful: notification and written consent of the States concerned, the movement document, the contract, and for used equipment the functionality test records.</source>
        <translation>โปรดส่งเอกสารที่แสดงว่าการขนส่งนี้ถูกต้องตามกฎหมาย ได้แก่ การแจ้งและหนังสือให้ความยินยอมของรัฐที่เกี่ยวข้อง เอกสารการเคลื่อนย้าย สัญญา และสำหรับอุปกรณ์ใช้แล้ว ให้ส่งบันทึกผลการทดสอบการใช้งานด้วย</translation>
    </message>
    <message>
        <source>Share of tonnes</source>
        <translation>สัดส่วนน้ำหนัก (ตัน)</translation>
    </message>
    <message>
        <source>Sign in to keep bookmarks and notes.</source>
        <translation>โปรดเข้าสู่ระบบเพื่อเก็บบุ๊กมาร์กและบันทึกย่อ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>ตราประทับ</translation>
    </message>
    <message>
        <source>State informed on</source>
        <translation>วันที่แจ้งรัฐ</translation>
    </message>
    <message>
        <source>State of export</source>
        <translation>รัฐผู้ส่งออก</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>รัฐผู้นำเข้า</translation>
    </message>
    <message>
        <source>State on {day}</source>
        <translation>สถานะ ณ วันที่ {day}</translation>
    </message>
    <message>
        <source>States of transit</source>
        <translation>รัฐผ่านแดน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>สถานะของคดี</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Summary of inspections</source>
        <translation>สรุปการตรวจ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ผู้บังคับบัญชา</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>ต้องสงสัย</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: This measure is taken under the law of {country} [cite the legal provisions implementing the Basel Convention and the customs powers used].</source>
        <translation>ข้อความที่ด่านต้องปรับแก้: มาตรการนี้ดำเนินการตามกฎหมายของ {country} [อ้างบทบัญญัติกฎหมายที่อนุวัติการอนุสัญญาบาเซล และอำนาจทางศุลกากรที่ใช้]</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or appeal, who bears storage and return costs, and the consequences if nothing is done.</source>
        <translation>ข้อความที่ด่านต้องปรับแก้: ระยะเวลาในการตอบกลับ วิธีขอให้ทบทวนหรืออุทธรณ์ ผู้รับภาระค่าเก็บรักษาและค่าส่งกลับ และผลที่จะเกิดขึ้นหากไม่ดำเนินการใด ๆ</translation>
    </message>
    <message>
        <source>TO COMPLETE: place of storage and how the goods may be inspected.</source>
        <translation>ต้องกรอก: สถานที่เก็บรักษาและวิธีการขอตรวจดูสินค้า</translation>
    </message>
    <message>
        <source>TO COMPLETE: telephone, e-mail and office hours.</source>
        <translation>ต้องกรอก: โทรศัพท์ อีเมล และเวลาทำการ</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>รัฐผู้ส่งออกนำกลับ</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>การนำกลับหรือการกำจัด</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>ขอให้นำกลับแล้ว</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>โทรศัพท์ อีเมล</translation>
    </message>
    <message>
        <source>The clock starts when the State is informed; enter that date.</source>
        <translation>กำหนดเวลาเริ่มนับเมื่อรัฐได้รับแจ้ง โปรดกรอกวันที่ดังกล่าว</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; try again.</source>
        <translation>สำเนาของ {name} ไม่ตรงกับต้นฉบับ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>อ่านไฟล์ฐานข้อมูล {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>The database file{where} is damaged or is not a Customs Desk database.</source>
        <translation>ไฟล์ฐานข้อมูลเสียหายหรือไม่ใช่ฐานข้อมูลของ Customs Desk{where}</translation>
    </message>
    <message>
        <source>The database {where} has tables but was not made by Customs Desk.</source>
        <translation>ฐานข้อมูล {where} มีตารางอยู่แล้วแต่ไม่ได้สร้างโดย Customs Desk</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Customs Desk (schema {revision}); this version ({version}) knows schemas up to {head}.</source>
        <translation>ฐานข้อมูล {where} ถูกเขียนโดย Customs Desk รุ่นที่ใหม่กว่า (สคีมา {revision}) รุ่นนี้ ({version}) รู้จักสคีมาถึง {head} เท่านั้น</translation>
    </message>
    <message>
        <source>The database{where} cannot be opened or read.</source>
        <translation>เปิดหรืออ่านฐานข้อมูลไม่ได้{where}</translation>
    </message>
    <message>
        <source>The database{where} is locked by another program.</source>
        <translation>ฐานข้อมูลถูกโปรแกรมอื่นล็อกอยู่{where}</translation>
    </message>
    <message>
        <source>The database{where} is on a read-only drive or folder.</source>
        <translation>ฐานข้อมูลอยู่ในไดรฟ์หรือโฟลเดอร์ที่อ่านได้อย่างเดียว{where}</translation>
    </message>
    <message>
        <source>The date the State was informed is in the future.</source>
        <translation>วันที่รัฐได้รับแจ้งเป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>The decision aid has no rule for these answers.</source>
        <translation>เครื่องมือช่วยตัดสินใจไม่มีกฎสำหรับคำตอบชุดนี้</translation>
    </message>
    <message>
        <source>The disk holding the database{where} is full.</source>
        <translation>ดิสก์ที่เก็บฐานข้อมูลเต็มแล้ว{where}</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}.</source>
        <translation>ดิสก์เต็มระหว่างบันทึก {path}</translation>
    </message>
    <message>
        <source>The drive holding {path} is read-only.</source>
        <translation>ไดรฟ์ที่เก็บ {path} อ่านได้อย่างเดียว</translation>
    </message>
    <message>
        <source>The file is too large ({mb:.0f} MB) to include.</source>
        <translation>ไฟล์มีขนาดใหญ่เกินกว่าจะใส่ได้ ({mb:.0f} MB)</translation>
    </message>
    <message>
        <source>The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.</source>
        <translation>ลายนิ้วมือที่ท่านได้รับ ({given}) ไม่ตรงกับไฟล์กุญแจ ({actual}) ห้ามเชื่อถือไฟล์นี้</translation>
    </message>
    <message>
        <source>The goods described below were {verb} by {agency} at {post} on {day}, after an inspection (reference {reference}). They are held to verify whether the shipment is a transboundary movement of hazardous or other wastes controlled under the Basel Convention, and whether the documents it requires were in order.</source>
        <translation>สินค้าตามรายการด้านล่างถูก{verb}โดย {agency} ณ {post} เมื่อวันที่ {day} ภายหลังการตรวจ (เลขที่อ้างอิง {reference}) เพื่อตรวจสอบว่าการขนส่งนี้เป็นการเคลื่อนย้ายข้ามแดนของของเสียอันตรายหรือของเสียอื่นที่ควบคุมตามอนุสัญญาบาเซลหรือไม่ และเอกสารที่กำหนดครบถ้วนถูกต้องหรือไม่</translation>
    </message>
    <message>
        <source>The handbook &apos;{id}&apos; cannot be opened: {problem}</source>
        <translation>เปิดคู่มือ &apos;{id}&apos; ไม่ได้: {problem}</translation>
    </message>
    <message>
        <source>The handbook in {folder} cannot be read: {first}</source>
        <translation>อ่านคู่มือใน {folder} ไม่ได้: {first}</translation>
    </message>
    <message>
        <source>The image is too large ({mp:.0f} megapixels) to include.</source>
        <translation>ภาพมีขนาดใหญ่เกินกว่าจะใส่ได้ ({mp:.0f} ล้านพิกเซล)</translation>
    </message>
    <message>
        <source>The image is too large to include.</source>
        <translation>ภาพมีขนาดใหญ่เกินกว่าจะใส่ได้</translation>
    </message>
    <message>
        <source>The importer or consignee is not recorded: write the addressee by hand.</source>
        <translation>ไม่ได้บันทึกผู้นำเข้าหรือผู้รับสินค้า โปรดเขียนชื่อผู้รับหนังสือด้วยลายมือ</translation>
    </message>
    <message>
        <source>The inspection date is before the Basel Convention existed.</source>
        <translation>วันที่ตรวจอยู่ก่อนที่จะมีอนุสัญญาบาเซล</translation>
    </message>
    <message>
        <source>The inspection date is in the future.</source>
        <translation>วันที่ตรวจเป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {error}.</source>
        <translation>ไฟล์กุญแจ {path} เสียหาย: {error}</translation>
    </message>
    <message>
        <source>The key of post {post} is not trusted any more.</source>
        <translation>กุญแจของด่าน {post} ไม่ได้รับความเชื่อถืออีกต่อไป</translation>
    </message>
    <message>
        <source>The last change was not saved. Free some space and try again.</source>
        <translation>การเปลี่ยนแปลงล่าสุดไม่ได้บันทึก โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation>ผู้เกี่ยวข้องไม่มีชื่อ</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>วันสิ้นสุด ({to}) อยู่ก่อนวันเริ่มต้น ({start})</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems.</source>
        <translation>ยังยืนยันผลบันทึกไม่ได้: มีปัญหา {n} รายการ</translation>
    </message>
    <message>
        <source>The record&apos;s outcome is &apos;{outcome}&apos;: check that a notice is needed before sending it.</source>
        <translation>ผลการดำเนินการของบันทึกคือ &apos;{outcome}&apos; โปรดตรวจสอบว่าจำเป็นต้องออกหนังสือแจ้งหรือไม่ก่อนส่ง</translation>
    </message>
    <message>
        <source>The reference code data is invalid: {problems}</source>
        <translation>ข้อมูลรหัสอ้างอิงไม่ถูกต้อง: {problems}</translation>
    </message>
    <message>
        <source>The stored file cannot be read: {error}.</source>
        <translation>อ่านไฟล์ที่จัดเก็บไว้ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>The stored file is missing; the photo cannot be shown.</source>
        <translation>ไม่พบไฟล์ที่จัดเก็บไว้ จึงแสดงภาพไม่ได้</translation>
    </message>
    <message>
        <source>The stored file is not a readable image.</source>
        <translation>ไฟล์ที่จัดเก็บไว้ไม่ใช่ภาพที่อ่านได้</translation>
    </message>
    <message>
        <source>The update cannot be made: {problems}</source>
        <translation>จัดทำชุดปรับปรุงไม่ได้: {problems}</translation>
    </message>
    <message>
        <source>The upgrade would break {n} references; it was rolled back and the database is unchanged.</source>
        <translation>การอัปเกรดจะทำให้การอ้างอิง {n} รายการเสียหาย จึงยกเลิกการอัปเกรดแล้ว ฐานข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The weight found differs from the declared weight by {p:.0%}.</source>
        <translation>น้ำหนักที่ตรวจพบต่างจากน้ำหนักที่สำแดง {p:.0%}</translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation>เลขประจำตัวนี้ลงทะเบียนไว้แล้ว</translation>
    </message>
    <message>
        <source>This case belongs to another post; it can be read here but not changed.</source>
        <translation>คดีนี้เป็นของด่านอื่น อ่านได้ที่นี่แต่เปลี่ยนแปลงไม่ได้</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>ข้อขัดแย้งนี้แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet.</source>
        <translation>ยังไม่ได้ตั้งค่าโฟลเดอร์ข้อมูลนี้</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet; run the first-run wizard.</source>
        <translation>ยังไม่ได้ตั้งค่าโฟลเดอร์ข้อมูลนี้ โปรดเรียกใช้ตัวช่วยตั้งค่าครั้งแรก</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>โฟลเดอร์ข้อมูลนี้ตั้งค่าไว้แล้ว</translation>
    </message>
    <message>
        <source>This decision aid is already finished.</source>
        <translation>เครื่องมือช่วยตัดสินใจนี้ทำเสร็จแล้ว</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>เปลี่ยนแปลงช่องข้อมูลนี้ที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL ({error}). Install the &apos;postgres&apos; extra (pip install customs-desk[postgres]) or use the embedded database.</source>
        <translation>เครื่องนี้เชื่อมต่อ PostgreSQL ไม่ได้ ({error}) โปรดติดตั้งส่วนเสริม &apos;postgres&apos; (pip install customs-desk[postgres]) หรือใช้ฐานข้อมูลในตัว</translation>
    </message>
    <message>
        <source>This is this installation&apos;s own key.</source>
        <translation>นี่คือกุญแจของเครื่องนี้เอง</translation>
    </message>
    <message>
        <source>This key was revoked on {day} ({reason}); it cannot be trusted again.</source>
        <translation>กุญแจนี้ถูกเพิกถอนเมื่อ {day} ({reason}) จึงกลับมาเชื่อถืออีกไม่ได้</translation>
    </message>
    <message>
        <source>This note does not exist.</source>
        <translation>ไม่พบบันทึกย่อนี้</translation>
    </message>
    <message>
        <source>This record belongs to another post; it can be read here but not changed.</source>
        <translation>บันทึกนี้เป็นของด่านอื่น อ่านได้ที่นี่แต่เปลี่ยนแปลงไม่ได้</translation>
    </message>
    <message>
        <source>This record has {n} goods lines; lines {first} to {n} are not printed (see the record in Customs Desk). The total below counts every line.</source>
        <translation>บันทึกนี้มีรายการสินค้า {n} รายการ รายการที่ {first} ถึง {n} ไม่ได้พิมพ์ (ดูบันทึกใน Customs Desk) ยอดรวมด้านล่างนับทุกรายการ</translation>
    </message>
    <message>
        <source>This record is already finalized.</source>
        <translation>บันทึกนี้ยืนยันผลแล้ว</translation>
    </message>
    <message>
        <source>This record is finalized; use Correct to change it.</source>
        <translation>บันทึกนี้ยืนยันผลแล้ว โปรดใช้คำสั่ง &quot;แก้ไข&quot; เพื่อเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>This result already belongs to another inspection.</source>
        <translation>ผลนี้เป็นของการตรวจอื่นแล้ว</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <source>Title (reference tables)</source>
        <translation>ชื่อรายการ (ตารางอ้างอิง)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>ตัน</translation>
    </message>
    <message>
        <source>Tonnes by country of export</source>
        <translation>น้ำหนัก (ตัน) ตามประเทศส่งออก</translation>
    </message>
    <message>
        <source>Tonnes by waste stream</source>
        <translation>น้ำหนัก (ตัน) ตามประเภทของเสีย</translation>
    </message>
    <message>
        <source>Tonnes found</source>
        <translation>น้ำหนักที่ตรวจพบ (ตัน)</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>ใส่รหัสผ่านผิดหลายครั้งเกินไป โปรดลองอีกครั้งใน {seconds} วินาที</translation>
    </message>
    <message>
        <source>Total ({n} lines)</source>
        <translation>รวม ({n} รายการ)</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>ประเทศผ่านแดน</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>รูปแบบการขนส่ง</translation>
    </message>
    <message>
        <source>Transshipment ports</source>
        <translation>ท่าถ่ายลำ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>UN</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>หมายเลข UN</translation>
    </message>
    <message>
        <source>UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).</source>
        <translation>UN{n:04d} อยู่นอกช่วงหมายเลข UN (UN0001 ถึง UN3599)</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>อยู่ระหว่างสอบสวน</translation>
    </message>
    <message>
        <source>Unknown profile &apos;{profile}&apos;; use full or non-nominal.</source>
        <translation>ไม่รู้จักโปรไฟล์ &apos;{profile}&apos; โปรดใช้ full หรือ non-nominal</translation>
    </message>
    <message>
        <source>Use 0 (never) to 1440 minutes.</source>
        <translation>โปรดใช้ค่า 0 (ไม่ล็อก) ถึง 1440 นาที</translation>
    </message>
    <message>
        <source>Use a data folder you can write to (--data-dir).</source>
        <translation>โปรดใช้โฟลเดอร์ข้อมูลที่บันทึกได้ (--data-dir)</translation>
    </message>
    <message>
        <source>Use a date (YYYY-MM-DD).</source>
        <translation>โปรดใช้รูปแบบวันที่ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>โปรดใช้อย่างน้อย {n} ตัวอักษร</translation>
    </message>
    <message>
        <source>Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, then up to two parts after hyphens).</source>
        <translation>โปรดใช้อักษรละตินตัวพิมพ์ใหญ่และตัวเลข เช่น SGP-TUAS หรือ VN-HPH-01 (2-8 ตัวอักษร ตามด้วยส่วนต่อท้ายหลังขีดไม่เกินสองส่วน)</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos; (up to 40 characters).</source>
        <translation>โปรดใช้ตัวอักษร ตัวเลข &apos;.&apos;, &apos;/&apos; หรือ &apos;-&apos; (ไม่เกิน 40 ตัวอักษร)</translation>
    </message>
    <message>
        <source>Vessel, voyage, vehicle or flight</source>
        <translation>เรือ เที่ยวเรือ ยานพาหนะ หรือเที่ยวบิน</translation>
    </message>
    <message>
        <source>WARNING: the stored file does not match the SHA-256 recorded at capture; it was changed or damaged.</source>
        <translation>คำเตือน: ไฟล์ที่จัดเก็บไว้ไม่ตรงกับค่า SHA-256 ที่บันทึกไว้ตอนเพิ่มไฟล์ ไฟล์ถูกเปลี่ยนแปลงหรือเสียหาย</translation>
    </message>
    <message>
        <source>WITHDRAWN: this record was withdrawn; it is printed for reference only.</source>
        <translation>ยกเลิกแล้ว: บันทึกนี้ถูกยกเลิก พิมพ์ไว้เพื่อใช้อ้างอิงเท่านั้น</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>ประเภทของเสีย</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Weight declared / found</source>
        <translation>น้ำหนักที่สำแดง / ตรวจพบ</translation>
    </message>
    <message>
        <source>Weight found</source>
        <translation>น้ำหนักที่ตรวจพบ</translation>
    </message>
    <message>
        <source>Weights are the weights found at inspection; inspections without a weight are counted but add nothing to the tonnes. Withdrawn records and drafts are not counted.</source>
        <translation>น้ำหนักคือน้ำหนักที่ตรวจพบในการตรวจ การตรวจที่ไม่มีข้อมูลน้ำหนักจะนับจำนวนแต่ไม่เพิ่มยอดตัน ไม่นับบันทึกที่ยกเลิกแล้วและฉบับร่าง</translation>
    </message>
    <message>
        <source>What</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>สินค้าที่ถูกกัก</translation>
    </message>
    <message>
        <source>What you may do</source>
        <translation>สิ่งที่ท่านดำเนินการได้</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Where the goods are</source>
        <translation>สถานที่เก็บสินค้า</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>โปรดเขียนบันทึกย่อก่อน</translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation>เลขประจำตัวหรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>เอกซเรย์ / สแกน</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Y codes (Annex I / II)</source>
        <translation>รหัส Y (ภาคผนวก I / II)</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>ท่านไม่สามารถระงับบัญชีของตนเองได้</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>ใบขนสินค้าของท่าน:</translation>
    </message>
    <message>
        <source>[country]</source>
        <translation>[ประเทศ]</translation>
    </message>
    <message>
        <source>[text in a script not supported: {scripts}]</source>
        <translation>[ข้อความในระบบอักษรที่ไม่รองรับ: {scripts}]</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>[ต้องกรอก]</translation>
    </message>
    <message>
        <source>all but withdrawn</source>
        <translation>ทั้งหมดยกเว้นที่ยกเลิก</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>ทุกวันที่</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>ยืนยันผลแล้ว</translation>
    </message>
    <message>
        <source>finalized inspections</source>
        <translation>การตรวจที่ยืนยันผลแล้ว</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>เที่ยวบิน</translation>
    </message>
    <message>
        <source>held</source>
        <translation>กักไว้</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>not shown: more than {n} photos</source>
        <translation>ไม่แสดง: มีภาพถ่ายเกิน {n} ภาพ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>ยื่นแล้ว</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>ซีล</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>ยึด</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>รถบรรทุก</translation>
    </message>
    <message>
        <source>vessel</source>
        <translation>เรือ</translation>
    </message>
    <message>
        <source>voyage</source>
        <translation>เที่ยวเรือ</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>{authority} ({country}) notified on {day}.</source>
        <translation>แจ้ง {authority} ({country}) เมื่อ {day}</translation>
    </message>
    <message>
        <source>{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}</source>
        <translation>{code} มีผลใช้ตั้งแต่ {start} ({decision}) เท่านั้น จึงยังไม่มีในวันที่ {day}{advice}</translation>
    </message>
    <message>
        <source>{code} exists in {edition}, the edition in force on {day}.</source>
        <translation>{code} มีอยู่ใน {edition} ซึ่งเป็นฉบับที่มีผลใช้ในวันที่ {day}</translation>
    </message>
    <message>
        <source>{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.</source>
        <translation>{code} เป็นรหัส HS ที่มีรูปแบบถูกต้อง แต่ไม่ใช่ประเภทพิกัดของเสียในตารางอ้างอิง</translation>
    </message>
    <message>
        <source>{code} is not a Basel code in the reference tables.{hint}</source>
        <translation>{code} ไม่ใช่รหัสบาเซลในตารางอ้างอิง{hint}</translation>
    </message>
    <message>
        <source>{code} is not a Y code valid on {day}.</source>
        <translation>{code} ไม่ใช่รหัส Y ที่มีผลใช้ในวันที่ {day}</translation>
    </message>
    <message>
        <source>{code} is not an Annex III H code (H1 to H13).</source>
        <translation>{code} ไม่ใช่รหัส H ตามภาคผนวก III (H1 ถึง H13)</translation>
    </message>
    <message>
        <source>{code} is not in the reference tables.</source>
        <translation>{code} ไม่มีในตารางอ้างอิง</translation>
    </message>
    <message>
        <source>{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}</source>
        <translation>{code} ไม่มีใน {edition} ซึ่งเป็นฉบับที่มีผลใช้ในวันที่ {day} แต่มีอยู่ใน {other}{advice}</translation>
    </message>
    <message>
        <source>{code} is valid on {day}.</source>
        <translation>{code} มีผลใช้ในวันที่ {day}</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}.</source>
        <translation>{code} ถูกลบเมื่อ {end}</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}; consider {codes}.</source>
        <translation>{code} ถูกลบเมื่อ {end} โปรดพิจารณา {codes}</translation>
    </message>
    <message>
        <source>{code} was replaced by {new} on {end}.</source>
        <translation>{code} ถูกแทนที่ด้วย {new} เมื่อ {end}</translation>
    </message>
    <message>
        <source>{label} · {status} · revision {revision}</source>
        <translation>{label} · {status} · ฉบับที่ {revision}</translation>
    </message>
    <message>
        <source>{name} ({role}) is not allowed to {action}.</source>
        <translation>{name} ({role}) ไม่มีสิทธิ์ดำเนินการ: {action}</translation>
    </message>
    <message>
        <source>{name} acknowledges a package this post did not make.</source>
        <translation>{name} ตอบรับแพ็กเกจที่ด่านนี้ไม่ได้จัดทำ</translation>
    </message>
    <message>
        <source>{name} cannot be decrypted with this installation&apos;s key.</source>
        <translation>ถอดรหัส {name} ด้วยกุญแจของเครื่องนี้ไม่ได้</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>อ่าน {name} ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>{name} contains a member with a forbidden name ({member}).</source>
        <translation>{name} มีไฟล์ภายในที่ใช้ชื่อต้องห้าม ({member})</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>ไม่พบ {name}</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>ส่วนหัวของ {name} เสียหาย</translation>
    </message>
    <message>
        <source>{name} has no manifest.</source>
        <translation>{name} ไม่มีรายการไฟล์ (manifest)</translation>
    </message>
    <message>
        <source>{name} has too many members.</source>
        <translation>{name} มีไฟล์ภายในมากเกินไป</translation>
    </message>
    <message>
        <source>{name} is a {kind} package, not a {expected} package.</source>
        <translation>{name} เป็นแพ็กเกจประเภท {kind} ไม่ใช่ประเภท {expected}</translation>
    </message>
    <message>
        <source>{name} is cut short (incomplete copy?).</source>
        <translation>{name} ไม่สมบูรณ์ (คัดลอกมาไม่ครบหรือไม่)</translation>
    </message>
    <message>
        <source>{name} is damaged (it does not decrypt).</source>
        <translation>{name} เสียหาย (ถอดรหัสไม่ได้)</translation>
    </message>
    <message>
        <source>{name} is damaged or was changed after it was signed (the signature does not match).</source>
        <translation>{name} เสียหายหรือถูกแก้ไขหลังลงลายมือชื่อ (ลายมือชื่อไม่ตรงกัน)</translation>
    </message>
    <message>
        <source>{name} is dated in the future ({created}); check the clocks of both computers.</source>
        <translation>{name} ลงวันที่ในอนาคต ({created}) โปรดตรวจสอบนาฬิกาของคอมพิวเตอร์ทั้งสองเครื่อง</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ว่างเปล่า</translation>
    </message>
    <message>
        <source>{name} is encrypted for {names}, not for this installation.</source>
        <translation>{name} เข้ารหัสไว้สำหรับ {names} ไม่ใช่สำหรับเครื่องนี้</translation>
    </message>
    <message>
        <source>{name} is larger than the {gb} GB a package may hold; it was not opened.</source>
        <translation>{name} มีขนาดเกิน {gb} GB ซึ่งเป็นขนาดสูงสุดของแพ็กเกจ จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <source>{name} is not a Customs Desk package.</source>
        <translation>{name} ไม่ใช่แพ็กเกจของ Customs Desk</translation>
    </message>
    <message>
        <source>{name} is not a readable image.</source>
        <translation>{name} ไม่ใช่ภาพที่อ่านได้</translation>
    </message>
    <message>
        <source>{name} is not a valid receipt.</source>
        <translation>{name} ไม่ใช่ใบตอบรับที่ถูกต้อง</translation>
    </message>
    <message>
        <source>{name} is not from the secretariat.</source>
        <translation>{name} ไม่ได้มาจากสำนักเลขาธิการ</translation>
    </message>
    <message>
        <source>{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender&apos;s key first.</source>
        <translation>{name} ลงลายมือชื่อด้วยกุญแจที่เครื่องนี้ไม่เชื่อถือ ({sender}) โปรดเปรียบเทียบและเชื่อถือกุญแจของผู้ส่งก่อน</translation>
    </message>
    <message>
        <source>{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).</source>
        <translation>{name} ลงลายมือชื่อด้วยกุญแจที่ถูกเพิกถอนแล้ว ({post} เพิกถอนเมื่อ {day}: {reason})</translation>
    </message>
    <message>
        <source>{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.</source>
        <translation>{name} ลงลายมือชื่อโดย {post} ไม่ใช่สำนักเลขาธิการ ชุดปรับปรุงต้องมาจากสำนักเลขาธิการเท่านั้น</translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.</source>
        <translation>{name} มีขนาด {mb:.1f} MB เกินขีดจำกัด {limit} MB ต่อไฟล์ โปรดลดขนาดภาพในกล้องหรือโทรศัพท์</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Customs Desk (package format {version}); install the newer version to read it.</source>
        <translation>{name} สร้างโดย Customs Desk รุ่นที่ใหม่กว่า (รูปแบบแพ็กเกจ {version}) โปรดติดตั้งรุ่นที่ใหม่กว่าเพื่ออ่านแพ็กเกจนี้</translation>
    </message>
    <message>
        <source>{name} would expand to more than {gb} GB.</source>
        <translation>{name} จะขยายเป็นขนาดเกิน {gb} GB</translation>
    </message>
    <message>
        <source>{name}: alert &apos;{title}&apos; is invalid: {reason}</source>
        <translation>{name}: การแจ้งเตือน &apos;{title}&apos; ไม่ถูกต้อง: {reason}</translation>
    </message>
    <message>
        <source>{name}: alerts.json is damaged.</source>
        <translation>{name}: alerts.json เสียหาย</translation>
    </message>
    <message>
        <source>{name}: an alert has no id.</source>
        <translation>{name}: มีการแจ้งเตือนที่ไม่มีรหัส (id)</translation>
    </message>
    <message>
        <source>{name}: attachment {member} does not match its name.</source>
        <translation>{name}: ไฟล์แนบ {member} ไม่ตรงกับชื่อ</translation>
    </message>
    <message>
        <source>{name}: handbook {book} is invalid: {problem}</source>
        <translation>{name}: คู่มือ {book} ไม่ถูกต้อง: {problem}</translation>
    </message>
    <message>
        <source>{name}: member {member} does not match its hash in the manifest.</source>
        <translation>{name}: ไฟล์ภายใน {member} ไม่ตรงกับค่าแฮชในรายการไฟล์</translation>
    </message>
    <message>
        <source>{name}: member {member} expands suspiciously (a decompression bomb?).</source>
        <translation>{name}: ไฟล์ภายใน {member} ขยายขนาดผิดปกติ (อาจเป็น decompression bomb)</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large ({mb} MB).</source>
        <translation>{name}: ไฟล์ภายใน {member} มีขนาดใหญ่เกินไป ({mb} MB)</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large.</source>
        <translation>{name}: ไฟล์ภายใน {member} มีขนาดใหญ่เกินไป</translation>
    </message>
    <message>
        <source>{name}: members missing ({missing}) or not in the manifest ({extra}).</source>
        <translation>{name}: ไฟล์ภายในขาดหาย ({missing}) หรือไม่อยู่ในรายการไฟล์ ({extra})</translation>
    </message>
    <message>
        <source>{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.</source>
        <translation>{name}: แนบได้เฉพาะภาพถ่าย (JPEG, PNG, TIFF, WebP) ไฟล์ PDF และไฟล์ข้อความ</translation>
    </message>
    <message>
        <source>{name}: revision {revision} of {record} has no parent hash.</source>
        <translation>{name}: ฉบับที่ {revision} ของ {record} ไม่มีค่าแฮชของฉบับก่อนหน้า</translation>
    </message>
    <message>
        <source>{name}: the audit events do not end where the manifest says.</source>
        <translation>{name}: เหตุการณ์ในบันทึกการตรวจสอบ (audit) ไม่ได้สิ้นสุดตามที่รายการไฟล์ระบุ</translation>
    </message>
    <message>
        <source>{name}: the content is damaged ({error}).</source>
        <translation>{name}: เนื้อหาเสียหาย ({error})</translation>
    </message>
    <message>
        <source>{name}: the manifest does not match the signed header.</source>
        <translation>{name}: รายการไฟล์ไม่ตรงกับส่วนหัวที่ลงลายมือชื่อ</translation>
    </message>
    <message>
        <source>{name}: the manifest is damaged.</source>
        <translation>{name}: รายการไฟล์เสียหาย</translation>
    </message>
    <message>
        <source>{name}: the manifest lists no members.</source>
        <translation>{name}: รายการไฟล์ไม่มีไฟล์ภายในใดเลย</translation>
    </message>
    <message>
        <source>{name}: the reference codes are invalid: {problem}</source>
        <translation>{name}: รหัสอ้างอิงไม่ถูกต้อง: {problem}</translation>
    </message>
    <message>
        <source>{name}: trust.json is damaged.</source>
        <translation>{name}: trust.json เสียหาย</translation>
    </message>
    <message>
        <source>{name}: {member} is not valid JSON.</source>
        <translation>{name}: {member} ไม่ใช่ JSON ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{number} · {status} · revision {revision}</source>
        <translation>{number} · {status} · ฉบับที่ {revision}</translation>
    </message>
    <message>
        <source>{number}: a container number has 11 characters (4 letters, 7 digits), e.g. CSQU3054383.</source>
        <translation>{number}: หมายเลขตู้คอนเทนเนอร์มี 11 ตัว (ตัวอักษร 4 ตัว ตัวเลข 7 หลัก) เช่น CSQU3054383</translation>
    </message>
    <message>
        <source>{number}: the check digit is wrong; for {body} it should be {digit}. Re-read the number on the container door.</source>
        <translation>{number}: เลขตรวจสอบไม่ถูกต้อง สำหรับ {body} ควรเป็น {digit} โปรดอ่านหมายเลขที่ประตูตู้อีกครั้ง</translation>
    </message>
    <message>
        <source>{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits (e.g. CSQU3054383).</source>
        <translation>{number}: โปรดใช้อักษรรหัสเจ้าของ 3 ตัว ตามด้วยอักษรประเภท U, J หรือ Z แล้วตามด้วยตัวเลข 7 หลัก (เช่น CSQU3054383)</translation>
    </message>
    <message>
        <source>{n} days left (deadline {deadline}).</source>
        <translation>เหลืออีก {n} วัน (ครบกำหนด {deadline})</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} รายการ</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>มี {path} อยู่แล้ว ไม่มีการเขียนทับ</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>ไม่พบ {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} เป็นโฟลเดอร์ โปรดระบุชื่อไฟล์</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not one made by Customs Desk.</source>
        <translation>{path} เป็นฐานข้อมูล SQLite แต่ไม่ได้สร้างโดย Customs Desk</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>{path} is not a folder (is the USB stick plugged in?).</source>
        <translation>{path} ไม่ใช่โฟลเดอร์ (เสียบแฟลชไดรฟ์ USB แล้วหรือยัง)</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file: {error}</source>
        <translation>{path} ไม่ใช่ไฟล์ JSON ที่อ่านได้: {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: unknown kind.</source>
        <translation>{path} ไม่ใช่ไฟล์กุญแจ Customs Desk ที่ถูกต้อง: ไม่รู้จักประเภท</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: {error}</source>
        <translation>{path} ไม่ใช่ไฟล์กุญแจ Customs Desk ที่ถูกต้อง: {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid inspection ({n} problems); nothing was saved.</source>
        <translation>{path} ไม่ใช่การตรวจที่ถูกต้อง (มีปัญหา {n} รายการ) ไม่มีการบันทึกใด ๆ</translation>
    </message>
    <message>
        <source>{path} must contain one JSON object (one inspection).</source>
        <translation>{path} ต้องมีออบเจกต์ JSON หนึ่งรายการ (การตรวจหนึ่งรายการ)</translation>
    </message>
    <message>
        <source>{path} must hold {{&quot;alerts&quot;: [...], &quot;withdraw&quot;: [...]}}.</source>
        <translation>{path} ต้องมีโครงสร้าง {{&quot;alerts&quot;: [...], &quot;withdraw&quot;: [...]}}</translation>
    </message>
    <message>
        <source>{value} is valid.</source>
        <translation>{value} ถูกต้อง</translation>
    </message>
    <message>
        <source>… and {n} more lines (listed in the inspection report).</source>
        <translation>… และอีก {n} รายการ (แสดงในรายงานการตรวจ)</translation>
    </message>
</context>
<context>
    <name>decision_aids</name>
    <message>
        <source>All checks passed. Release under normal procedures and record what you checked: documents seen, items sampled, packaging and loading, and why any red flag was explained.</source>
        <translation>ผ่านการตรวจสอบทุกข้อ ให้ตรวจปล่อยตามขั้นตอนปกติ และบันทึกสิ่งที่ท่านตรวจสอบ ได้แก่ เอกสารที่ตรวจดู สินค้าที่สุ่มตรวจ การบรรจุหีบห่อและการบรรทุก และเหตุผลที่สัญญาณเตือนแต่ละข้อได้รับการชี้แจงแล้ว</translation>
    </message>
    <message>
        <source>Are all the conditions of that exemption met, and do the goods look like what the exemption describes?</source>
        <translation>เป็นไปตามเงื่อนไขทุกข้อของข้อยกเว้นนั้นหรือไม่ และสินค้ามีลักษณะตรงตามที่ข้อยกเว้นระบุหรือไม่</translation>
    </message>
    <message>
        <source>Are all the reuse documents present and credible: invoice and contract stating direct reuse and full function; a test record for every item with a protocol; the holder&apos;s signed declaration that nothing is waste; a transport document matching the invoice?</source>
        <translation>มีเอกสารสำหรับการนำกลับมาใช้ใหม่ครบถ้วนและน่าเชื่อถือหรือไม่ ได้แก่ บัญชีราคาสินค้าและสัญญาที่ระบุว่านำกลับมาใช้ใหม่โดยตรงและใช้งานได้สมบูรณ์ บันทึกผลการทดสอบของทุกชิ้นพร้อมบัญชีสรุปผลการทดสอบ คำรับรองที่ผู้ครอบครองสินค้าลงนามว่าไม่มีสิ่งใดเป็นของเสีย และเอกสารการขนส่งที่ตรงกับบัญชีราคาสินค้า</translation>
    </message>
    <message>
        <source>Are they lead-acid batteries (whole or crushed)?</source>
        <translation>เป็นแบตเตอรี่ตะกั่วกรด (ทั้งลูกหรือบดแล้ว) หรือไม่</translation>
    </message>
    <message>
        <source>Are they unsorted, or do they contain lead, cadmium or mercury (or other Annex I constituents) to a hazardous extent?</source>
        <translation>ยังไม่ได้คัดแยก หรือมีตะกั่ว แคดเมียม หรือปรอท (หรือองค์ประกอบอื่นตามภาคผนวก I) ในระดับที่เป็นอันตรายหรือไม่</translation>
    </message>
    <message>
        <source>Art. 9(1)(a): no notification to all States concerned</source>
        <translation>Art. 9(1)(a): ไม่ได้แจ้งรัฐที่เกี่ยวข้องทุกรัฐ</translation>
    </message>
    <message>
        <source>Art. 9(1)(b): no consent of a State concerned</source>
        <translation>Art. 9(1)(b): ไม่ได้รับความยินยอมจากรัฐที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Art. 9(1)(c): consent obtained through falsification, misrepresentation or fraud</source>
        <translation>Art. 9(1)(c): ได้ความยินยอมมาด้วยการปลอมแปลง การแสดงข้อความเท็จ หรือการฉ้อฉล</translation>
    </message>
    <message>
        <source>Art. 9(1)(d): does not conform in a material way with the documents</source>
        <translation>Art. 9(1)(d): ไม่ตรงกับเอกสารในสาระสำคัญ</translation>
    </message>
    <message>
        <source>Art. 9(1)(e): results in deliberate disposal contrary to the Convention</source>
        <translation>Art. 9(1)(e): ส่งผลให้เกิดการกำจัดโดยจงใจอันขัดต่ออนุสัญญา</translation>
    </message>
    <message>
        <source>Article 9 applies only to wastes covered by the Convention. National law may still apply.</source>
        <translation>ข้อ 9 ใช้เฉพาะกับของเสียที่อยู่ภายใต้อนุสัญญาเท่านั้น ทั้งนี้ กฎหมายภายในประเทศอาจยังใช้บังคับได้</translation>
    </message>
    <message>
        <source>Article 9(1) of the Basel Convention lists five situations in which a transboundary movement is illegal traffic. Answer each question; one shipment can meet more than one ground.</source>
        <translation>ข้อ 9(1) ของอนุสัญญาบาเซลกำหนดกรณีห้ากรณีที่การเคลื่อนย้ายข้ามแดนถือเป็นการขนส่งที่ผิดกฎหมาย โปรดตอบทุกคำถาม การขนส่งหนึ่งครั้งอาจเข้าเหตุได้มากกว่าหนึ่งเหตุ</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>บอกไม่ได้</translation>
    </message>
    <message>
        <source>Check with the competent authority</source>
        <translation>สอบถามหน่วยงานผู้มีอำนาจ</translation>
    </message>
    <message>
        <source>Classify the waste first</source>
        <translation>จำแนกประเภทของเสียก่อน</translation>
    </message>
    <message>
        <source>Clean, sorted plastic waste for environmentally sound recycling (from 1 January 2021; B3011 replaced B3010). Check contamination carefully and the national rules of the countries concerned.</source>
        <translation>ขยะพลาสติกที่สะอาดและคัดแยกแล้ว เพื่อนำไปรีไซเคิลอย่างเหมาะสมต่อสิ่งแวดล้อม (ตั้งแต่วันที่ 1 มกราคม 2021 (พ.ศ. 2564) B3011 แทนที่ B3010) โปรดตรวจสอบการปนเปื้อนอย่างละเอียด และตรวจสอบกฎระเบียบภายในของประเทศที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Collected from households</source>
        <translation>เก็บรวบรวมจากบ้านเรือน</translation>
    </message>
    <message>
        <source>Decide first whether the equipment is waste</source>
        <translation>พิจารณาก่อนว่าอุปกรณ์นั้นเป็นของเสียหรือไม่</translation>
    </message>
    <message>
        <source>Did every State concerned give written consent (and is the consent valid for these dates and this quantity)?</source>
        <translation>รัฐที่เกี่ยวข้องทุกรัฐให้ความยินยอมเป็นลายลักษณ์อักษรหรือไม่ (และความยินยอมนั้นครอบคลุมวันที่และปริมาณนี้หรือไม่)</translation>
    </message>
    <message>
        <source>Do the documents claim an exemption: repair under warranty, failure (root-cause) analysis, or repair or refurbishment under a contract?</source>
        <translation>เอกสารอ้างข้อยกเว้นหรือไม่ ได้แก่ การซ่อมภายใต้การรับประกัน การวิเคราะห์ความบกพร่อง (หาสาเหตุที่แท้จริง) หรือการซ่อมหรือปรับสภาพตามสัญญา</translation>
    </message>
    <message>
        <source>Do the goods match the papers? Sampled items carry readable test labels that match the protocol; items are complete and undamaged; they are protected by packaging and properly stacked; the far end of the container looks like the door end.</source>
        <translation>สินค้าตรงกับเอกสารหรือไม่ สินค้าที่สุ่มตรวจมีฉลากผลการทดสอบที่อ่านได้และตรงกับบัญชีสรุปผลการทดสอบ สินค้าครบชิ้นและไม่ชำรุด มีหีบห่อป้องกันและจัดเรียงอย่างเหมาะสม และสินค้าด้านในสุดของตู้มีสภาพเหมือนด้านประตูตู้</translation>
    </message>
    <message>
        <source>Does any red flag about the consignee, the route or the declared value remain unexplained, or is there an alert about the shipper, consignee or route?</source>
        <translation>ยังมีสัญญาณเตือนเกี่ยวกับผู้รับสินค้า เส้นทาง หรือมูลค่าที่สำแดงที่ยังไม่ได้รับการชี้แจงหรือไม่ หรือมีการแจ้งเตือนเกี่ยวกับผู้ส่งสินค้า ผู้รับสินค้า หรือเส้นทางหรือไม่</translation>
    </message>
    <message>
        <source>Does it contain, or is it contaminated with, hazardous components: CRT glass, list A batteries, mercury switches, lamps or backlights, PCB capacitors, asbestos parts, certain circuit boards or displays, plastics with brominated flame retardants?</source>
        <translation>มีหรือปนเปื้อนชิ้นส่วนอันตรายหรือไม่ เช่น แก้วจอ CRT แบตเตอรี่ตามบัญชี A สวิตช์ปรอท หลอดไฟหรือไฟส่องหลังจอ ตัวเก็บประจุที่มี PCB ชิ้นส่วนที่มีแร่ใยหิน แผงวงจรหรือจอภาพบางชนิด พลาสติกที่มีสารหน่วงการติดไฟประเภทโบรมีน</translation>
    </message>
    <message>
        <source>Does the movement appear to result in deliberate disposal (for example dumping) contrary to the Convention or international law?</source>
        <translation>การเคลื่อนย้ายนี้ดูเหมือนจะส่งผลให้เกิดการกำจัดโดยจงใจ (เช่น การลักลอบทิ้ง) อันขัดต่ออนุสัญญาหรือกฎหมายระหว่างประเทศหรือไม่</translation>
    </message>
    <message>
        <source>Does the shipment conform in a material way with the documents (type of waste, codes, quantity, parties, route)?</source>
        <translation>การขนส่งตรงกับเอกสารในสาระสำคัญหรือไม่ (ชนิดของเสีย รหัส ปริมาณ ผู้เกี่ยวข้อง เส้นทาง)</translation>
    </message>
    <message>
        <source>Find the Basel entry to note as suspected: Annex VIII (list A, presumed hazardous), Annex IX (list B, presumed not hazardous) or Annex II (other wastes, controlled). Suspected codes are not a legal classification; the competent authority decides.</source>
        <translation>หารายการตามอนุสัญญาบาเซลเพื่อบันทึกเป็นรหัสที่สงสัย ได้แก่ ภาคผนวก VIII (บัญชี A สันนิษฐานว่าเป็นอันตราย) ภาคผนวก IX (บัญชี B สันนิษฐานว่าไม่เป็นอันตราย) หรือภาคผนวก II (ของเสียอื่นที่ต้องควบคุม) รหัสที่สงสัยไม่ใช่การจำแนกประเภททางกฎหมาย หน่วยงานผู้มีอำนาจเป็นผู้วินิจฉัย</translation>
    </message>
    <message>
        <source>For a load declared as, or containing, used electrical or electronic equipment. Answer from what you see and the documents presented. The result supports your judgement; it does not replace your national law.</source>
        <translation>สำหรับสินค้าที่สำแดงว่าเป็นหรือมีเครื่องใช้ไฟฟ้าและอิเล็กทรอนิกส์ใช้แล้ว โปรดตอบตามสิ่งที่ท่านเห็นและเอกสารที่ยื่น ผลที่ได้ช่วยประกอบการพิจารณาของท่าน แต่ไม่ได้ใช้แทนกฎหมายภายในประเทศ</translation>
    </message>
    <message>
        <source>From these answers the movement does not meet any ground of Article 9(1). Record what you checked.</source>
        <translation>จากคำตอบเหล่านี้ การเคลื่อนย้ายไม่เข้าเหตุใดตามข้อ 9(1) โปรดบันทึกสิ่งที่ท่านตรวจสอบ</translation>
    </message>
    <message>
        <source>Hazardous plastic waste (from 1 January 2021, decision BC-14/12). Prior informed consent is required.</source>
        <translation>ขยะพลาสติกอันตราย (ตั้งแต่วันที่ 1 มกราคม 2021 (พ.ศ. 2564) ข้อตัดสินใจ BC-14/12) ต้องผ่านขั้นตอนการแจ้งล่วงหน้าและได้รับความยินยอม (PIC)</translation>
    </message>
    <message>
        <source>Hazardous waste electrical and electronic equipment. A1181 applies from 1 January 2025 (decision BC-15/18); for movements before that date, A1180 applied. Prior informed consent is required. Commonly associated HS heading: 8549 (a hint, not a classification).</source>
        <translation>ซากเครื่องใช้ไฟฟ้าและอิเล็กทรอนิกส์ที่เป็นอันตราย A1181 ใช้ตั้งแต่วันที่ 1 มกราคม 2025 (พ.ศ. 2568) (ข้อตัดสินใจ BC-15/18) สำหรับการเคลื่อนย้ายก่อนวันดังกล่าวใช้ A1180 ต้องผ่านขั้นตอนการแจ้งล่วงหน้าและได้รับความยินยอม (PIC) ประเภทพิกัด HS ที่มักเกี่ยวข้อง: 8549 (เป็นข้อแนะนำ ไม่ใช่การจำแนกพิกัด)</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <translation>ยังไม่ทราบ</translation>
    </message>
    <message>
        <source>If the goods are really not waste, the Basel lists do not apply. Record why you concluded this.</source>
        <translation>หากสินค้าไม่ใช่ของเสียจริง บัญชีตามอนุสัญญาบาเซลจะไม่ใช้บังคับ โปรดบันทึกเหตุผลที่ท่านสรุปเช่นนี้</translation>
    </message>
    <message>
        <source>Is it clearly waste already? For example: goods broken, cut up, crushed or stripped; loose circuit boards, cables or fractions; loose used batteries; equipment mixed with scrap or household waste; or documents that say scrap, waste or for recycling.</source>
        <translation>เห็นได้ชัดว่าเป็นของเสียแล้วหรือไม่ เช่น สินค้าชำรุด ถูกตัด บด หรือถอดชิ้นส่วน แผงวงจร สายไฟ หรือเศษชิ้นส่วนที่วางหลวม แบตเตอรี่ใช้แล้วที่ไม่มีหีบห่อ อุปกรณ์ปนกับเศษโลหะหรือขยะจากบ้านเรือน หรือเอกสารระบุว่าเป็นเศษ ของเสีย หรือเพื่อรีไซเคิล</translation>
    </message>
    <message>
        <source>Is it going to environmentally sound recycling, almost free from contamination and other wastes, and almost exclusively one non-halogenated polymer, one cured resin, one listed fluorinated polymer, or a PE/PP/PET mixture for separate recycling?</source>
        <translation>ส่งไปรีไซเคิลอย่างเหมาะสมต่อสิ่งแวดล้อม แทบไม่มีการปนเปื้อนและของเสียอื่น และเกือบทั้งหมดเป็นพอลิเมอร์ที่ไม่มีฮาโลเจนชนิดเดียว เรซินที่บ่มแล้วชนิดเดียว ฟลูออริเนเต็ดพอลิเมอร์ตามบัญชีชนิดเดียว หรือส่วนผสมของ PE/PP/PET เพื่อแยกรีไซเคิลหรือไม่</translation>
    </message>
    <message>
        <source>Is it plastic waste (including mixtures of plastic waste)?</source>
        <translation>เป็นขยะพลาสติก (รวมถึงขยะพลาสติกผสม) หรือไม่</translation>
    </message>
    <message>
        <source>Is it waste batteries or accumulators?</source>
        <translation>เป็นแบตเตอรี่หรือหม้อสะสมไฟฟ้าที่เป็นของเสียหรือไม่</translation>
    </message>
    <message>
        <source>Is it waste electrical or electronic equipment, its components, or fractions from processing it (shredding, dismantling)?</source>
        <translation>เป็นซากเครื่องใช้ไฟฟ้าหรืออิเล็กทรอนิกส์ ชิ้นส่วน หรือเศษที่ได้จากการแปรสภาพ (การย่อย การรื้อแยกชิ้นส่วน) หรือไม่</translation>
    </message>
    <message>
        <source>Is the material waste, that is, going to disposal or recovery rather than being used again as it is?</source>
        <translation>วัสดุนี้เป็นของเสียหรือไม่ กล่าวคือ ส่งไปกำจัดหรือนำกลับมาใช้ประโยชน์ แทนที่จะนำไปใช้ซ้ำในสภาพเดิม</translation>
    </message>
    <message>
        <source>Is the plastic contaminated with, or does it contain, Annex I constituents to an extent that gives it an Annex III hazardous characteristic?</source>
        <translation>พลาสติกปนเปื้อนหรือมีองค์ประกอบตามภาคผนวก I ในระดับที่ทำให้มีคุณสมบัติความเป็นอันตรายตามภาคผนวก III หรือไม่</translation>
    </message>
    <message>
        <source>Is the shipment a waste covered by the Convention (a hazardous waste or one of the other wastes of Annex II)?</source>
        <translation>สินค้าที่ขนส่งเป็นของเสียที่อยู่ภายใต้อนุสัญญาหรือไม่ (ของเสียอันตราย หรือของเสียอื่นตามภาคผนวก II)</translation>
    </message>
    <message>
        <source>Is there a sign that consent was obtained by falsification, misrepresentation or fraud (forged permit, invented facility, false description to the authorities)?</source>
        <translation>มีสิ่งบ่งชี้ว่าได้ความยินยอมมาด้วยการปลอมแปลง การแสดงข้อความเท็จ หรือการฉ้อฉลหรือไม่ (ใบอนุญาตปลอม สถานประกอบการที่ไม่มีอยู่จริง การแจ้งข้อมูลเท็จต่อหน่วยงาน)</translation>
    </message>
    <message>
        <source>Is this illegal traffic under Article 9?</source>
        <translation>เป็นการขนส่งที่ผิดกฎหมายตามข้อ 9 หรือไม่</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>No Article 9 ground found</source>
        <translation>ไม่พบเหตุตามข้อ 9</translation>
    </message>
    <message>
        <source>No ground is established yet, but notification or consent could not be confirmed. Ask the competent authority before release.</source>
        <translation>ยังไม่พบเหตุที่ชัดเจน แต่ยืนยันการแจ้งหรือความยินยอมไม่ได้ โปรดสอบถามหน่วยงานผู้มีอำนาจก่อนตรวจปล่อย</translation>
    </message>
    <message>
        <source>No, one or more is missing or doubtful</source>
        <translation>ไม่ใช่ ขาดหรือมีข้อสงสัยอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>No, or I cannot tell</source>
        <translation>ไม่ใช่ หรือบอกไม่ได้</translation>
    </message>
    <message>
        <source>No: sorted, made to a specification, without lead, cadmium or mercury</source>
        <translation>ไม่ใช่: คัดแยกแล้ว ผลิตตามข้อกำหนด ไม่มีตะกั่ว แคดเมียม หรือปรอท</translation>
    </message>
    <message>
        <source>Non-hazardous waste electrical and electronic equipment. Y49 applies from 1 January 2025 (decision BC-15/18) and is subject to prior informed consent. Before that date, non-hazardous e-waste could fall under B1110.</source>
        <translation>ซากเครื่องใช้ไฟฟ้าและอิเล็กทรอนิกส์ที่ไม่เป็นอันตราย Y49 ใช้ตั้งแต่วันที่ 1 มกราคม 2025 (พ.ศ. 2568) (ข้อตัดสินใจ BC-15/18) และต้องผ่านขั้นตอนการแจ้งล่วงหน้าและได้รับความยินยอม ก่อนวันดังกล่าว ขยะอิเล็กทรอนิกส์ที่ไม่เป็นอันตรายอาจจัดอยู่ใน B1110</translation>
    </message>
    <message>
        <source>None of the common routes fits. Compare the goods with list A and list B, then with Annex I and Annex III, describe them in detail and ask the competent authority.</source>
        <translation>ไม่เข้ากรณีทั่วไปใดเลย โปรดเทียบสินค้ากับบัญชี A และบัญชี B แล้วเทียบกับภาคผนวก I และภาคผนวก III บรรยายลักษณะสินค้าโดยละเอียด และสอบถามหน่วยงานผู้มีอำนาจ</translation>
    </message>
    <message>
        <source>Not Basel illegal traffic</source>
        <translation>ไม่ใช่การขนส่งที่ผิดกฎหมายตามอนุสัญญาบาเซล</translation>
    </message>
    <message>
        <source>Not sure: it is used electrical equipment</source>
        <translation>ไม่แน่ใจ: เป็นเครื่องใช้ไฟฟ้าใช้แล้ว</translation>
    </message>
    <message>
        <source>Not waste: no Basel entry</source>
        <translation>ไม่ใช่ของเสีย: ไม่มีรายการตามอนุสัญญาบาเซล</translation>
    </message>
    <message>
        <source>Plastic waste that is neither hazardous (A3210) nor clean and sorted (B3011). Y48 applies from 1 January 2021 and requires prior informed consent.</source>
        <translation>ขยะพลาสติกที่ไม่เป็นอันตราย (A3210) และไม่ได้สะอาดและคัดแยกแล้ว (B3011) Y48 ใช้ตั้งแต่วันที่ 1 มกราคม 2021 (พ.ศ. 2564) และต้องผ่านขั้นตอนการแจ้งล่วงหน้าและได้รับความยินยอม</translation>
    </message>
    <message>
        <source>Residues from incinerating household waste</source>
        <translation>กากจากการเผาขยะจากบ้านเรือน</translation>
    </message>
    <message>
        <source>Residues from the incineration of household wastes. Controlled under the Convention.</source>
        <translation>กากจากการเผาของเสียจากบ้านเรือน ควบคุมตามอนุสัญญา</translation>
    </message>
    <message>
        <source>Run the decision aid &quot;Used EEE or e-waste?&quot; first, then come back here if it is e-waste.</source>
        <translation>ใช้เครื่องมือช่วยตัดสินใจ &quot;เครื่องใช้ไฟฟ้าใช้แล้วหรือขยะอิเล็กทรอนิกส์?&quot; ก่อน แล้วกลับมาที่นี่หากเป็นขยะอิเล็กทรอนิกส์</translation>
    </message>
    <message>
        <source>Run the decision aid &quot;Which list?&quot; and come back to this one.</source>
        <translation>ใช้เครื่องมือช่วยตัดสินใจ &quot;อยู่ในบัญชีใด?&quot; แล้วกลับมาที่เครื่องมือนี้</translation>
    </message>
    <message>
        <source>Suspected A1160 (Annex VIII, list A)</source>
        <translation>สงสัยว่าเป็น A1160 (ภาคผนวก VIII บัญชี A)</translation>
    </message>
    <message>
        <source>Suspected A1170 (Annex VIII, list A)</source>
        <translation>สงสัยว่าเป็น A1170 (ภาคผนวก VIII บัญชี A)</translation>
    </message>
    <message>
        <source>Suspected A1181 (Annex VIII, list A)</source>
        <translation>สงสัยว่าเป็น A1181 (ภาคผนวก VIII บัญชี A)</translation>
    </message>
    <message>
        <source>Suspected A3210 (Annex VIII, list A)</source>
        <translation>สงสัยว่าเป็น A3210 (ภาคผนวก VIII บัญชี A)</translation>
    </message>
    <message>
        <source>Suspected B1090 (Annex IX, list B)</source>
        <translation>สงสัยว่าเป็น B1090 (ภาคผนวก IX บัญชี B)</translation>
    </message>
    <message>
        <source>Suspected B3011 (Annex IX, list B)</source>
        <translation>สงสัยว่าเป็น B3011 (ภาคผนวก IX บัญชี B)</translation>
    </message>
    <message>
        <source>Suspected Y46 (Annex II, other wastes)</source>
        <translation>สงสัยว่าเป็น Y46 (ภาคผนวก II ของเสียอื่น)</translation>
    </message>
    <message>
        <source>Suspected Y47 (Annex II, other wastes)</source>
        <translation>สงสัยว่าเป็น Y47 (ภาคผนวก II ของเสียอื่น)</translation>
    </message>
    <message>
        <source>Suspected Y48 (Annex II, other wastes)</source>
        <translation>สงสัยว่าเป็น Y48 (ภาคผนวก II ของเสียอื่น)</translation>
    </message>
    <message>
        <source>Suspected Y49 (Annex II, other wastes)</source>
        <translation>สงสัยว่าเป็น Y49 (ภาคผนวก II ของเสียอื่น)</translation>
    </message>
    <message>
        <source>Suspected illegal traffic</source>
        <translation>สงสัยว่าเป็นการขนส่งที่ผิดกฎหมาย</translation>
    </message>
    <message>
        <source>The answers meet at least one ground of Article 9(1). Hold the goods where your law allows, notify the competent authority and open a case; the take-back clocks start when the State responsible is informed.</source>
        <translation>คำตอบเข้าเหตุตามข้อ 9(1) อย่างน้อยหนึ่งเหตุ โปรดกักสินค้าไว้เท่าที่กฎหมายของท่านอนุญาต แจ้งหน่วยงานผู้มีอำนาจ และเปิดคดี กำหนดเวลาการนำกลับจะเริ่มนับเมื่อรัฐที่ต้องรับผิดชอบได้รับแจ้ง</translation>
    </message>
    <message>
        <source>The goods already look like waste. Hold them where your law allows and refer the case to the competent authority. Suspected codes: A1181 if hazardous components are present (CRT glass, list A batteries, mercury lamps or switches, PCB capacitors), otherwise Y49; HS heading 8549.</source>
        <translation>สินค้ามีลักษณะเป็นของเสียแล้ว โปรดกักไว้เท่าที่กฎหมายของท่านอนุญาต และส่งเรื่องให้หน่วยงานผู้มีอำนาจ รหัสที่สงสัย: A1181 หากมีชิ้นส่วนอันตราย (แก้วจอ CRT แบตเตอรี่ตามบัญชี A หลอดไฟหรือสวิตช์ปรอท ตัวเก็บประจุที่มี PCB) หากไม่มีให้ใช้ Y49 ประเภทพิกัด HS 8549</translation>
    </message>
    <message>
        <source>The papers and goods look right, but a red flag remains. Record it, hold the goods and ask the competent authority before release.</source>
        <translation>เอกสารและสินค้าดูถูกต้อง แต่ยังมีสัญญาณเตือนอยู่ โปรดบันทึกไว้ กักสินค้า และสอบถามหน่วยงานผู้มีอำนาจก่อนตรวจปล่อย</translation>
    </message>
    <message>
        <source>To check: whether every State consented</source>
        <translation>ต้องตรวจสอบ: รัฐทุกรัฐให้ความยินยอมหรือไม่</translation>
    </message>
    <message>
        <source>To check: whether the movement was notified</source>
        <translation>ต้องตรวจสอบ: มีการแจ้งการเคลื่อนย้ายหรือไม่</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer</source>
        <translation>ถือว่าสงสัยเป็นขยะอิเล็กทรอนิกส์: กักไว้และส่งเรื่องต่อ</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (documents incomplete)</source>
        <translation>ถือว่าสงสัยเป็นขยะอิเล็กทรอนิกส์: กักไว้และส่งเรื่องต่อ (เอกสารไม่ครบ)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (goods do not match the papers)</source>
        <translation>ถือว่าสงสัยเป็นขยะอิเล็กทรอนิกส์: กักไว้และส่งเรื่องต่อ (สินค้าไม่ตรงกับเอกสาร)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (unexplained red flags)</source>
        <translation>ถือว่าสงสัยเป็นขยะอิเล็กทรอนิกส์: กักไว้และส่งเรื่องต่อ (มีสัญญาณเตือนที่ไม่ได้รับการชี้แจง)</translation>
    </message>
    <message>
        <source>Treat as used EEE</source>
        <translation>ถือเป็นเครื่องใช้ไฟฟ้าใช้แล้ว</translation>
    </message>
    <message>
        <source>Unsorted waste batteries, or waste batteries containing Annex I constituents to a hazardous extent. Prior informed consent is required.</source>
        <translation>แบตเตอรี่ที่เป็นของเสียซึ่งยังไม่ได้คัดแยก หรือมีองค์ประกอบตามภาคผนวก I ในระดับที่เป็นอันตราย ต้องผ่านขั้นตอนการแจ้งล่วงหน้าและได้รับความยินยอม</translation>
    </message>
    <message>
        <source>Use the lists directly and describe the goods</source>
        <translation>ใช้บัญชีโดยตรงและบรรยายลักษณะสินค้า</translation>
    </message>
    <message>
        <source>Used EEE or e-waste?</source>
        <translation>เครื่องใช้ไฟฟ้าใช้แล้วหรือขยะอิเล็กทรอนิกส์?</translation>
    </message>
    <message>
        <source>Was it collected from households, or is it residue from incinerating household waste?</source>
        <translation>เก็บรวบรวมจากบ้านเรือน หรือเป็นกากจากการเผาขยะจากบ้านเรือน</translation>
    </message>
    <message>
        <source>Was the movement notified to all States concerned (is there a notification document naming this shipment)?</source>
        <translation>มีการแจ้งการเคลื่อนย้ายต่อรัฐที่เกี่ยวข้องทุกรัฐหรือไม่ (มีเอกสารการแจ้งที่ระบุการขนส่งนี้หรือไม่)</translation>
    </message>
    <message>
        <source>Waste batteries made to a specification, without lead, cadmium or mercury. List B entries are presumed not hazardous, but national rules may still control them; check the country profile.</source>
        <translation>แบตเตอรี่ที่เป็นของเสียซึ่งผลิตตามข้อกำหนด ไม่มีตะกั่ว แคดเมียม หรือปรอท รายการในบัญชี B สันนิษฐานว่าไม่เป็นอันตราย แต่กฎระเบียบภายในประเทศอาจยังควบคุมอยู่ โปรดดูข้อมูลประเทศ</translation>
    </message>
    <message>
        <source>Waste collected from households. Controlled under the Convention even when not hazardous.</source>
        <translation>ของเสียที่เก็บรวบรวมจากบ้านเรือน ควบคุมตามอนุสัญญาแม้จะไม่เป็นอันตราย</translation>
    </message>
    <message>
        <source>Waste lead-acid batteries, whole or crushed. Prior informed consent is required. Commonly associated HS subheading: 8549.11 (a hint, not a classification).</source>
        <translation>แบตเตอรี่ตะกั่วกรดที่เป็นของเสีย ทั้งลูกหรือบดแล้ว ต้องผ่านขั้นตอนการแจ้งล่วงหน้าและได้รับความยินยอม ประเภทย่อยพิกัด HS ที่มักเกี่ยวข้อง: 8549.11 (เป็นข้อแนะนำ ไม่ใช่การจำแนกพิกัด)</translation>
    </message>
    <message>
        <source>What you found does not match the reuse documents. Record the differences with photos, hold the goods and refer the case. A material mismatch with the documents is itself a ground of illegal traffic (Art. 9(1)(d)).</source>
        <translation>สิ่งที่ท่านพบไม่ตรงกับเอกสารการนำกลับมาใช้ใหม่ โปรดบันทึกความแตกต่างพร้อมภาพถ่าย กักสินค้า และส่งเรื่องต่อ ความไม่ตรงกับเอกสารในสาระสำคัญถือเป็นเหตุของการขนส่งที่ผิดกฎหมายในตัวเอง (Art. 9(1)(d))</translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation>อยู่ในบัญชีใด?</translation>
    </message>
    <message>
        <source>Without complete reuse documents the shipment cannot be treated as used goods. Record which document is missing or doubtful, hold the goods and refer the case.</source>
        <translation>หากไม่มีเอกสารการนำกลับมาใช้ใหม่ครบถ้วน จะถือว่าการขนส่งนี้เป็นสินค้าใช้แล้วไม่ได้ โปรดบันทึกว่าเอกสารใดขาดหรือน่าสงสัย กักสินค้า และส่งเรื่องต่อ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Yes, all conditions are met</source>
        <translation>ใช่ เป็นไปตามเงื่อนไขทุกข้อ</translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation>ใช่ ครบทุกฉบับ</translation>
    </message>
    <message>
        <source>Yes, or I cannot tell</source>
        <translation>ใช่ หรือบอกไม่ได้</translation>
    </message>
    <message>
        <source>Yes, or suspected</source>
        <translation>ใช่ หรือสงสัยว่าใช่</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>ยืนยันผลแล้ว</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>ตรวจเอกสาร</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>เปิดตรวจสินค้า</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>เอกซเรย์ / สแกน</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>เก็บตัวอย่าง</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>ตรวจ ณ สถานประกอบการ</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>ทางทะเล</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>ทางถนน</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>ทางราง</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>ทางอากาศ</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>ทางน้ำภายในประเทศ</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>ไปรษณีย์ / บริการขนส่งด่วน</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>ตรวจปล่อย</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>กักไว้</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>อายัด</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>ยึด</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>ไม่อนุญาตให้นำเข้า</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ส่งกลับ</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>ส่งเรื่องให้หน่วยงานผู้มีอำนาจ</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>ยื่นแล้ว</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>E-waste and used EEE</source>
        <translation>ขยะอิเล็กทรอนิกส์และเครื่องใช้ไฟฟ้าใช้แล้ว</translation>
    </message>
    <message>
        <source>Plastic waste</source>
        <translation>ขยะพลาสติก</translation>
    </message>
    <message>
        <source>Metal scrap</source>
        <translation>เศษโลหะ</translation>
    </message>
    <message>
        <source>Lead-acid batteries</source>
        <translation>แบตเตอรี่ตะกั่วกรด</translation>
    </message>
    <message>
        <source>Other batteries, black mass</source>
        <translation>แบตเตอรี่อื่น แบล็กแมส</translation>
    </message>
    <message>
        <source>Used tyres</source>
        <translation>ยางรถยนต์ใช้แล้ว</translation>
    </message>
    <message>
        <source>Textiles and worn clothing</source>
        <translation>สิ่งทอและเสื้อผ้าใช้แล้ว</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>End-of-life vehicles and parts</source>
        <translation>ซากยานยนต์และชิ้นส่วน</translation>
    </message>
    <message>
        <source>Slag, ash, residues</source>
        <translation>ตะกรัน เถ้า กาก</translation>
    </message>
    <message>
        <source>Waste oils</source>
        <translation>น้ำมันใช้แล้ว</translation>
    </message>
    <message>
        <source>Household and municipal waste</source>
        <translation>ขยะจากบ้านเรือนและขยะมูลฝอยชุมชน</translation>
    </message>
    <message>
        <source>Chemicals and other</source>
        <translation>สารเคมีและอื่น ๆ</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>ต้องสงสัย</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>อยู่ระหว่างสอบสวน</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>ยืนยันว่าเป็นการขนส่งที่ผิดกฎหมาย</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>ไม่ผิดกฎหมาย (ปิดแล้ว)</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>ขอให้นำกลับแล้ว</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>ส่งกลับหรือกำจัดแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) ไม่ได้แจ้งรัฐที่เกี่ยวข้องทุกรัฐ</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) ไม่ได้รับความยินยอมจากรัฐที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) ได้ความยินยอมมาด้วยการปลอมแปลง การแสดงข้อความเท็จ หรือการฉ้อฉล</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) ไม่ตรงกับเอกสารในสาระสำคัญ</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) การกำจัดโดยจงใจ (การลักลอบทิ้ง)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>ข้อ 9: 30 วันนับจากรัฐได้รับแจ้ง</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>ข้อ 8: 90 วัน (การนำกลับเข้าประเทศของการขนส่งที่ถูกกฎหมาย)</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>ไม่นับกำหนดเวลา</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>รัฐผู้ส่งออกนำกลับ</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>กำจัดในรัฐผู้นำเข้า</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>กำจัดที่อื่น (Art. 9(4))</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>ยังไม่ได้ตัดสินใจ</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>ผู้ส่งออก</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>ผู้นำเข้า / ผู้รับสินค้า</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ผู้ขนส่ง</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>ผู้ก่อกำเนิดของเสีย</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>สถานประกอบการปลายทาง</translation>
    </message>
</context>
<context>
    <name>risk_indicators</name>
    <message>
        <source>&apos;Mixed metal scrap&apos; that contains electrical or electronic equipment, cables or circuit boards.</source>
        <translation>&apos;เศษโลหะรวม&apos; ที่มีเครื่องใช้ไฟฟ้าหรืออิเล็กทรอนิกส์ สายไฟ หรือแผงวงจรปนอยู่</translation>
    </message>
    <message>
        <source>Claimed as sent for repair, refurbishment or warranty/failure analysis without a valid contract and supporting documents.</source>
        <translation>อ้างว่าส่งไปซ่อม ปรับสภาพ หรือวิเคราะห์ตามการรับประกัน/ความบกพร่อง โดยไม่มีสัญญาที่ถูกต้องและเอกสารประกอบ</translation>
    </message>
    <message>
        <source>Consignee is not a licensed recycler or disposal facility, or its address is false or cannot be verified.</source>
        <translation>ผู้รับสินค้าไม่ใช่ผู้ประกอบการรีไซเคิลหรือสถานที่กำจัดที่ได้รับอนุญาต หรือที่อยู่เป็นเท็จหรือตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>Declared HS code does not match the goods found (e.g. declared as products or raw materials, found to be waste or scrap).</source>
        <translation>รหัส HS ที่สำแดงไม่ตรงกับสินค้าที่ตรวจพบ (เช่น สำแดงเป็นผลิตภัณฑ์หรือวัตถุดิบ แต่ตรวจพบว่าเป็นของเสียหรือเศษ)</translation>
    </message>
    <message>
        <source>Declared as working products (EEE, parts, batteries) but the goods are broken, non-functional, cut up or otherwise only fit for recovery or disposal.</source>
        <translation>สำแดงเป็นผลิตภัณฑ์ที่ใช้งานได้ (เครื่องใช้ไฟฟ้า ชิ้นส่วน แบตเตอรี่) แต่สินค้าชำรุด ใช้งานไม่ได้ ถูกตัด หรือเหมาะสำหรับการนำกลับมาใช้ประโยชน์หรือการกำจัดเท่านั้น</translation>
    </message>
    <message>
        <source>Destination prohibits import of the waste (e.g. China&apos;s ban on solid waste imports from 1 Jan 2021; Viet Nam&apos;s ban on hazardous waste imports).</source>
        <translation>ประเทศปลายทางห้ามนำเข้าของเสียนั้น (เช่น จีนห้ามนำเข้าของเสียที่เป็นของแข็งตั้งแต่ 1 ม.ค. 2021 เวียดนามห้ามนำเข้าของเสียอันตราย)</translation>
    </message>
    <message>
        <source>E-waste and used EEE, end-of-life vehicles and vehicle parts.</source>
        <translation>ขยะอิเล็กทรอนิกส์และเครื่องใช้ไฟฟ้าใช้แล้ว ซากยานยนต์และชิ้นส่วนยานยนต์</translation>
    </message>
    <message>
        <source>EEE shipped in bulk, traded by weight rather than by unit, or mixed with other waste or scrap.</source>
        <translation>เครื่องใช้ไฟฟ้าขนส่งแบบเทกอง ซื้อขายตามน้ำหนักแทนที่จะเป็นรายชิ้น หรือปนกับของเสียหรือเศษวัสดุอื่น</translation>
    </message>
    <message>
        <source>Equipment containing ozone-depleting substances (refrigerators, air-conditioners).</source>
        <translation>อุปกรณ์ที่มีสารทำลายชั้นโอโซน (ตู้เย็น เครื่องปรับอากาศ)</translation>
    </message>
    <message>
        <source>Export to or import from a State that is not a Party to the Basel Convention without an Article 11 agreement.</source>
        <translation>ส่งออกไปยังหรือนำเข้าจากรัฐที่ไม่ใช่ภาคีอนุสัญญาบาเซล โดยไม่มีความตกลงตามข้อ 11</translation>
    </message>
    <message>
        <source>Goods described only vaguely (e.g. &apos;used goods&apos;, &apos;second-hand goods&apos;, &apos;scrap&apos;, &apos;mixed metal scrap&apos;, &apos;recyclable material&apos;) without a precise commodity description.</source>
        <translation>ระบุชื่อสินค้าอย่างคลุมเครือ (เช่น &apos;สินค้าใช้แล้ว&apos; &apos;สินค้ามือสอง&apos; &apos;เศษ&apos; &apos;เศษโลหะรวม&apos; &apos;วัสดุรีไซเคิลได้&apos;) โดยไม่มีรายละเอียดสินค้าที่ชัดเจน</translation>
    </message>
    <message>
        <source>Hazardous components visible: CRTs, batteries, circuit boards, mercury lamps or switches, PCB capacitors.</source>
        <translation>มองเห็นชิ้นส่วนอันตราย: จอ CRT แบตเตอรี่ แผงวงจร หลอดไฟหรือสวิตช์ปรอท ตัวเก็บประจุที่มี PCB</translation>
    </message>
    <message>
        <source>Items incomplete (essential parts missing), visibly damaged, untested, or intended for parts cannibalisation rather than reuse.</source>
        <translation>สินค้าไม่ครบชิ้น (ขาดชิ้นส่วนสำคัญ) ชำรุดให้เห็น ไม่ได้ทดสอบ หรือมีไว้เพื่อถอดเอาชิ้นส่วนแทนที่จะนำกลับมาใช้ใหม่</translation>
    </message>
    <message>
        <source>Mixed or municipal waste and industrial waste.</source>
        <translation>ขยะผสมหรือขยะมูลฝอยชุมชน และของเสียอุตสาหกรรม</translation>
    </message>
    <message>
        <source>No declaration by the person arranging transport that none of the equipment is waste.</source>
        <translation>ไม่มีคำรับรองจากผู้จัดการขนส่งว่าไม่มีอุปกรณ์ใดเป็นของเสีย</translation>
    </message>
    <message>
        <source>No invoice and contract stating that the equipment is destined for direct reuse and is fully functional.</source>
        <translation>ไม่มีบัญชีราคาสินค้าและสัญญาที่ระบุว่าอุปกรณ์ส่งไปเพื่อนำกลับมาใช้ใหม่โดยตรงและใช้งานได้สมบูรณ์</translation>
    </message>
    <message>
        <source>Odour, leakage or staining from packages or the container.</source>
        <translation>มีกลิ่น การรั่วไหล หรือคราบจากหีบห่อหรือตู้คอนเทนเนอร์</translation>
    </message>
    <message>
        <source>Permit, consent or declaration appears falsified, altered or issued for a different shipment.</source>
        <translation>ใบอนุญาต หนังสือให้ความยินยอม หรือคำรับรองดูเหมือนปลอมแปลง ถูกแก้ไข หรือออกให้สำหรับการขนส่งอื่น</translation>
    </message>
    <message>
        <source>Plastic or paper bales mixed with other polymers, food residues, dirt or other waste (plastics may then be Y48 or A3210 rather than B3011).</source>
        <translation>ก้อนอัดพลาสติกหรือกระดาษปนกับพอลิเมอร์ชนิดอื่น เศษอาหาร สิ่งสกปรก หรือของเสียอื่น (กรณีนี้พลาสติกอาจเป็น Y48 หรือ A3210 แทนที่จะเป็น B3011)</translation>
    </message>
    <message>
        <source>Plastic, textile, metal and paper waste (most frequent DEMETER seizure streams).</source>
        <translation>ของเสียประเภทพลาสติก สิ่งทอ โลหะ และกระดาษ (ประเภทที่ยึดได้บ่อยที่สุดในปฏิบัติการ DEMETER)</translation>
    </message>
    <message>
        <source>Routing through transshipment hubs or repeated port changes (&apos;port hopping&apos;).</source>
        <translation>เส้นทางผ่านท่าถ่ายลำหลัก หรือเปลี่ยนท่าเรือซ้ำหลายครั้ง (&apos;port hopping&apos;)</translation>
    </message>
    <message>
        <source>Shipment date or quantity falls outside the validity period or the number of shipments stated in the written consent.</source>
        <translation>วันที่หรือปริมาณการขนส่งอยู่นอกระยะเวลาที่มีผล หรือเกินจำนวนครั้งของการขนส่งที่ระบุในหนังสือให้ความยินยอม</translation>
    </message>
    <message>
        <source>Shipment does not conform in a material way with its notification or movement document (waste code, quantity, carrier, route, facility).</source>
        <translation>การขนส่งไม่ตรงกับเอกสารการแจ้งหรือเอกสารการเคลื่อนย้ายในสาระสำคัญ (รหัสของเสีย ปริมาณ ผู้ขนส่ง เส้นทาง สถานประกอบการ)</translation>
    </message>
    <message>
        <source>Shipper&apos;s country differs from the apparent origin of the waste.</source>
        <translation>ประเทศของผู้ส่งสินค้าต่างจากแหล่งกำเนิดที่ปรากฏของของเสีย</translation>
    </message>
    <message>
        <source>Ships and floating structures sent for dismantling.</source>
        <translation>เรือและสิ่งก่อสร้างลอยน้ำที่ส่งไปรื้อถอน</translation>
    </message>
    <message>
        <source>Soldered, sealed or wrapped items whose content cannot be seen without opening or X-ray scanning.</source>
        <translation>สินค้าที่บัดกรี ปิดผนึก หรือห่อหุ้มไว้ จนมองไม่เห็นสิ่งที่อยู่ภายในหากไม่เปิดหรือเอกซเรย์</translation>
    </message>
    <message>
        <source>Unusually low declared value for the goods, or a first-time or unknown exporter.</source>
        <translation>มูลค่าที่สำแดงต่ำผิดปกติ หรือเป็นผู้ส่งออกรายใหม่หรือไม่เป็นที่รู้จัก</translation>
    </message>
    <message>
        <source>Used EEE declared for reuse without a test or functionality record for every item in the consignment.</source>
        <translation>เครื่องใช้ไฟฟ้าใช้แล้วที่สำแดงว่าเพื่อนำกลับมาใช้ใหม่ โดยไม่มีบันทึกผลการทดสอบหรือการใช้งานของทุกชิ้นในสินค้าที่ส่ง</translation>
    </message>
    <message>
        <source>Used EEE without adequate protection against damage (no individual packaging, poor stacking, loose loading).</source>
        <translation>เครื่องใช้ไฟฟ้าใช้แล้วที่ไม่มีการป้องกันความเสียหายเพียงพอ (ไม่มีหีบห่อแยกชิ้น เรียงซ้อนไม่ดี บรรทุกแบบหลวม)</translation>
    </message>
    <message>
        <source>Used lead-acid batteries; lithium-ion batteries and &apos;black mass&apos;.</source>
        <translation>แบตเตอรี่ตะกั่วกรดใช้แล้ว แบตเตอรี่ลิเทียมไอออน และ &apos;แบล็กแมส&apos; (black mass)</translation>
    </message>
    <message>
        <source>Waste and used tyres.</source>
        <translation>ยางรถยนต์ที่เป็นของเสียและยางใช้แล้ว</translation>
    </message>
    <message>
        <source>Waste declared as &apos;renewable&apos; or secondary raw material, or as goods of similar shape and size, to disguise it.</source>
        <translation>ของเสียที่สำแดงเป็น &apos;วัสดุหมุนเวียน&apos; หรือวัตถุดิบทุติยภูมิ หรือเป็นสินค้าที่มีรูปร่างและขนาดใกล้เคียงกัน เพื่ออำพราง</translation>
    </message>
    <message>
        <source>Waste hidden at the rear of the container behind a front layer of legitimate goods; non-uniform loading.</source>
        <translation>ของเสียซ่อนอยู่ด้านในสุดของตู้หลังชั้นสินค้าถูกกฎหมายที่วางไว้ด้านหน้า การบรรทุกไม่สม่ำเสมอ</translation>
    </message>
    <message>
        <source>Waste listed in Annex VIII or Annex II (e.g. A1181, Y48, Y49) moving without notification, written consent of the States concerned or a movement document.</source>
        <translation>ของเสียตามภาคผนวก VIII หรือภาคผนวก II (เช่น A1181, Y48, Y49) ที่เคลื่อนย้ายโดยไม่มีการแจ้ง ไม่มีหนังสือให้ความยินยอมของรัฐที่เกี่ยวข้อง หรือไม่มีเอกสารการเคลื่อนย้าย</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ผู้บังคับบัญชา</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>สำนักเลขาธิการ</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cannot continue</source>
        <translation>ดำเนินการต่อไม่ได้</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>ไม่ได้รับอนุญาต</translation>
    </message>
</context>
</TS>
