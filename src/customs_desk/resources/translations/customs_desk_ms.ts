<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ms_MY">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Perihal {app}</translation>
    </message>
    <message>
        <source>An offline desk for customs officers of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and cases, reference codes, exchange with the secretariat by file, and reports.</source>
        <translation>Aplikasi luar talian untuk pegawai kastam anggota Rangkaian Asia bagi Pencegahan Pergerakan Rentas Sempadan Haram Sisa Berbahaya: buku panduan, pemeriksaan dan kes, kod rujukan, pertukaran data dengan sekretariat melalui fail, dan laporan.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
    <message>
        <source>Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. The translations were written with care by the project; corrections are welcome: note the screen, the wrong text and your suggestion, and send them to the secretariat, or edit the file resources/translations/customs_desk_&lt;language&gt;.ts with Qt Linguist and send it back.</source>
        <translation>Bahasa antara muka: {languages}. Disemak oleh penutur asli: {reviewed}. Terjemahan ini disediakan dengan teliti oleh projek; pembetulan amat dialu-alukan: catat skrin, teks yang salah dan cadangan anda, kemudian hantar kepada sekretariat, atau sunting fail resources/translations/customs_desk_&lt;language&gt;.ts dengan Qt Linguist dan hantar semula.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama penuh</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Nombor pegawai</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Kata laluan pertama</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts from the secretariat</source>
        <translation>Amaran daripada sekretariat</translation>
    </message>
    <message>
        <source>Watch party</source>
        <translation>Pihak dalam pemerhatian</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>Laluan berisiko</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Makluman</translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation>(hingga {day})</translation>
    </message>
    <message>
        <source>No alerts. Updates from the secretariat bring them.</source>
        <translation>Tiada amaran. Amaran diterima melalui kemas kini daripada sekretariat.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{kind} database, schema {rev}</source>
        <translation>Pangkalan data {kind}, skema {rev}</translation>
    </message>
    <message>
        <source>Restore your draft?</source>
        <translation>Pulihkan draf anda?</translation>
    </message>
    <message>
        <source>Customs Desk was closed while you were editing a draft. It was saved a few seconds before. Open it again?</source>
        <translation>Customs Desk ditutup semasa anda sedang menyunting draf. Draf itu telah disimpan beberapa saat sebelumnya. Buka semula?</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>No take-back clock is running.</source>
        <translation>Tiada tempoh pengambilan semula yang sedang berjalan.</translation>
    </message>
    <message>
        <source>Deadline was {date}; the case is finished.</source>
        <translation>Tarikh akhir: {date}; kes telah selesai.</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {date})</source>
        <translation>LEWAT {n} hari (tarikh akhir {date})</translation>
    </message>
    <message>
        <source>{n} days left (deadline {date})</source>
        <translation>Tinggal {n} hari (tarikh akhir {date})</translation>
    </message>
</context>
<context>
    <name>CaseWidget</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Status and path</source>
        <translation>Status dan kaedah penyelesaian</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>Pengeksport atau penjana sisa (Art. 9(2))</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>Pengimport atau pelupus (Art. 9(3))</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>Tanggungjawab tidak dapat ditentukan (Art. 9(4))</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Tanggungjawab</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>Pengambilan semula atau pelupusan</translation>
    </message>
    <message>
        <source>Period agreed by the States (optional)</source>
        <translation>Tempoh yang dipersetujui oleh Negara-negara berkenaan (pilihan)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Article 9(1) grounds</source>
        <translation>Alasan di bawah Perkara 9(1)</translation>
    </message>
    <message>
        <source>What happened (kept on the timeline)</source>
        <translation>Perkara yang berlaku (disimpan dalam garis masa)</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Authority notified…</source>
        <translation>Rekod makluman kepada pihak berkuasa…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Garis masa</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Kes {number}</translation>
    </message>
    <message>
        <source>{authority} ({country}) informed on {date}</source>
        <translation>{authority} ({country}) dimaklumkan pada {date}</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>Belum ada pihak berkuasa yang dimaklumkan.</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>Makluman direkodkan</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>Alasan: {grounds}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Kes dibuka</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only overdue take-backs</source>
        <translation>Hanya pengambilan semula yang lewat</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>sah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dipadam</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum berkuat kuasa</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Code or words, e.g. A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</source>
        <translation>Kod atau perkataan, cth. A1181, 8549, asid plumbum, 铅酸, แบตเตอรี่</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>Sah pada</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>tiada tarikh tamat</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>terjemahan tidak rasmi</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>pada {day}</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>dari {start} hingga {end}</translation>
    </message>
    <message>
        <source>UN class</source>
        <translation>Kelas UN</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Digantikan dengan</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Menggantikan</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Berkaitan</translation>
    </message>
    <message>
        <source>hints only, never a classification</source>
        <translation>petunjuk sahaja, bukan klasifikasi</translation>
    </message>
    <message>
        <source>Not fully confirmed: to be confirmed with the competent authority.</source>
        <translation>Belum disahkan sepenuhnya: perlu disahkan dengan pihak berkuasa berwibawa.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>In the handbooks</source>
        <translation>Dalam buku panduan</translation>
    </message>
    <message>
        <source>Commonly associated HS codes</source>
        <translation>Kod HS yang biasa dikaitkan</translation>
    </message>
    <message>
        <source>Commonly associated Basel entries</source>
        <translation>Kod Basel yang biasa dikaitkan</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Tunjukkan konflik yang telah diselesaikan</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>pemeriksaan</translation>
    </message>
    <message>
        <source>case</source>
        <translation>kes</translation>
    </message>
    <message>
        <source>party</source>
        <translation>pihak</translation>
    </message>
    <message>
        <source>case event</source>
        <translation>peristiwa kes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Dikesan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Medan</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Di sini</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Versi masuk</translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation>Kekalkan versi di sini</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>Ambil versi masuk</translation>
    </message>
    <message>
        <source>Here: saved by {a} on {at}{reason}. Incoming: by {b} on {at2}{reason2}.</source>
        <translation>Di sini: disimpan oleh {a} pada {at}{reason}. Versi masuk: oleh {b} pada {at2}{reason2}.</translation>
    </message>
    <message>
        <source>Resolved: the incoming version is now current.</source>
        <translation>Diselesaikan: versi masuk kini digunakan.</translation>
    </message>
    <message>
        <source>Resolved: the version here stays current.</source>
        <translation>Diselesaikan: versi di sini kekal digunakan.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Ralat tidak dijangka</translation>
    </message>
    <message>
        <source>Something went wrong inside Customs Desk. Your saved work is safe; the record you were editing is kept as a draft. Please copy the details below and send them to your IT contact or the secretariat.</source>
        <translation>Berlaku masalah dalam Customs Desk. Kerja yang telah anda simpan adalah selamat; rekod yang sedang anda sunting disimpan sebagai draf. Sila salin butiran di bawah dan hantar kepada pegawai IT anda atau sekretariat.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin butiran</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Take-back deadlines</source>
        <translation>Tarikh akhir pengambilan semula</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days</source>
        <translation>LEWAT {n} hari</translation>
    </message>
    <message>
        <source>… and {n} more overdue cases (Cases page, 'Only overdue').</source>
        <translation>… dan {n} lagi kes yang lewat (halaman Kes, 'Hanya pengambilan semula yang lewat').</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>Tinggal {n} hari</translation>
    </message>
    <message>
        <source>No take-back deadline is overdue or due this week.</source>
        <translation>Tiada tarikh akhir pengambilan semula yang telah lewat atau jatuh tempoh minggu ini.</translation>
    </message>
</context>
<context>
    <name>DecisionAidDialog</name>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Simpan keputusan</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>Soalan {n}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Suspected codes: {codes}</source>
        <translation>Kod yang disyaki: {codes}</translation>
    </message>
    <message>
        <source>Based on: {links}</source>
        <translation>Berdasarkan: {links}</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Look for USB sticks</source>
        <translation>Cari pemacu USB</translation>
    </message>
    <message>
        <source>USB: {label}, {gb:.1f} GB free</source>
        <translation>USB: {label}, {gb:.1f} GB kosong</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>Tulis pakej ke</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Your drafts</source>
        <translation>Draf anda</translation>
    </message>
    <message>
        <source>Draft started {when}</source>
        <translation>Draf dimulakan {when}</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Tiada draf.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Terima</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Kuarantin</translation>
    </message>
    <message>
        <source>Make an update</source>
        <translation>Buat kemas kini</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kunci</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Customs Desk — first start</source>
        <translation>Customs Desk — permulaan pertama</translation>
    </message>
    <message>
        <source>The secretariat office</source>
        <translation>Pejabat sekretariat</translation>
    </message>
</context>
<context>
    <name>HandbooksPage</name>
    <message>
        <source>Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่</source>
        <translation>Cari dalam semua buku panduan — sebarang bahasa, cth. A1181, peralatan terpakai, 电子废物, แบตเตอรี่</translation>
    </message>
    <message>
        <source>Search your bookmarks and notes</source>
        <translation>Cari dalam penanda dan nota anda</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Perpustakaan</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Kandungan</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil carian</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Menyediakan indeks carian…</translation>
    </message>
    <message>
        <source>All handbooks</source>
        <translation>Semua buku panduan</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>Dilangkau: {problem}</translation>
    </message>
    <message>
        <source>Version {version} · reviewed {date} · {chapters} chapters · {language}</source>
        <translation>Versi {version} · disemak {date} · {chapters} bab · {language}</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>Juga dalam:</translation>
    </message>
    <message>
        <source>The search index could not be prepared: {error}</source>
        <translation>Indeks carian tidak dapat disediakan: {error}</translation>
    </message>
    <message>
        <source>{n} results ({ms:.0f} ms)</source>
        <translation>{n} hasil ({ms:.0f} ms)</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href='{s}'&gt;{s}&lt;/a&gt;?</source>
        <translation>Adakah maksud anda &lt;a href='{s}'&gt;{s}&lt;/a&gt;?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>Sejarah rekod</translation>
    </message>
    <message>
        <source>Revision {n} · {who} · {when}</source>
        <translation>Semakan {n} · {who} · {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Sebab: {reason}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Diubah: {fields}</translation>
    </message>
    <message>
        <source>(received in an exchange package)</source>
        <translation>(diterima dalam pakej pertukaran)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Selamat datang, {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>Checking the signature and every file in the package…</source>
        <translation>Menyemak tandatangan dan setiap fail dalam pakej…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Write the signed receipt beside the package</source>
        <translation>Tulis resit bertandatangan di sebelah pakej</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>This package from {post} was imported before. Importing it again changes nothing.</source>
        <translation>Pakej daripada {post} ini telah diimport sebelum ini. Mengimportnya semula tidak mengubah apa-apa.</translation>
    </message>
    <message>
        <source>Signed by {post} and intact. Nothing has been written yet: check the summary, then import.</source>
        <translation>Ditandatangani oleh {post} dan utuh. Belum ada apa-apa yang ditulis: semak ringkasan, kemudian import.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimport…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Telah diimport.</translation>
    </message>
    <message>
        <source>The receipt {name} is beside the package: carry it back to the post.</source>
        <translation>Resit {name} berada di sebelah pakej: bawa semula ke pos.</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <source>New</source>
        <translation>Baharu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Dikemas kini</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Waiting for an earlier package</source>
        <translation>Menunggu pakej terdahulu</translation>
    </message>
    <message>
        <source>Rejected (quarantined)</source>
        <translation>Ditolak (dikuarantin)</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Save draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Muktamadkan</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Betulkan…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Tarik balik…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Buka kes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tarikh dan masa</translation>
    </message>
    <message>
        <source>Officers (comma-separated)</source>
        <translation>Pegawai (dipisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Type of inspection</source>
        <translation>Jenis pemeriksaan</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>Mod pengangkutan</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Kapal</translation>
    </message>
    <message>
        <source>Voyage</source>
        <translation>Pelayaran</translation>
    </message>
    <message>
        <source>Truck plate</source>
        <translation>Nombor pendaftaran lori</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Penerbangan</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>Bil muatan / air waybill</translation>
    </message>
    <message>
        <source>Customs declaration number</source>
        <translation>Nombor pengisytiharan kastam</translation>
    </message>
    <message>
        <source>Containers and seals (ISO 6346 numbers are checked)</source>
        <translation>Kontena dan meterai (nombor ISO 6346 disemak)</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>Nombor kontena</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>Nombor meterai (dipisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>Tambah kontena</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Buang yang dipilih</translation>
    </message>
    <message>
        <source>Declaration and goods</source>
        <translation>Pengisytiharan dan barang</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>Kod HS yang diisytiharkan</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>Perihal barang yang diisytiharkan</translation>
    </message>
    <message>
        <source>Declared weight (kg)</source>
        <translation>Berat yang diisytiharkan (kg)</translation>
    </message>
    <message>
        <source>Weight found (kg)</source>
        <translation>Berat yang ditemui (kg)</translation>
    </message>
    <message>
        <source>Declared pieces</source>
        <translation>Bilangan unit yang diisytiharkan</translation>
    </message>
    <message>
        <source>Pieces found (unweighed)</source>
        <translation>Bilangan unit yang ditemui (tidak ditimbang)</translation>
    </message>
    <message>
        <source>Declared value and currency</source>
        <translation>Nilai yang diisytiharkan dan mata wang</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Aliran sisa</translation>
    </message>
    <message>
        <source>Goods lines: codes are checked against the tables valid on the inspection date</source>
        <translation>Baris barang: kod disemak berdasarkan jadual yang berkuat kuasa pada tarikh pemeriksaan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>HS diisytiharkan</translation>
    </message>
    <message>
        <source>Suspected Basel codes</source>
        <translation>Kod Basel yang disyaki</translation>
    </message>
    <message>
        <source>Y codes</source>
        <translation>Kod Y</translation>
    </message>
    <message>
        <source>H codes</source>
        <translation>Kod H</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>Nombor UN</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat (kg)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Tambah baris</translation>
    </message>
    <message>
        <source>Parties and route</source>
        <translation>Pihak dan laluan</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>Negara eksport</translation>
    </message>
    <message>
        <source>Transit countries (codes, comma-separated)</source>
        <translation>Negara transit (kod, dipisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>Negara import</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>Pelabuhan muat</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>Pelabuhan punggah</translation>
    </message>
    <message>
        <source>Transshipment ports (comma-separated)</source>
        <translation>Pelabuhan transhipmen (dipisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Documents and risk</source>
        <translation>Dokumen dan risiko</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>Nombor pemberitahuan</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>Dokumen pergerakan</translation>
    </message>
    <message>
        <source>Test certificates (used EEE)</source>
        <translation>Sijil ujian (peralatan terpakai)</translation>
    </message>
    <message>
        <source>Invoice and contract</source>
        <translation>Invois dan kontrak</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Dokumen lain</translation>
    </message>
    <message>
        <source>Risk indicators found</source>
        <translation>Penunjuk risiko yang ditemui</translation>
    </message>
    <message>
        <source>Not fully confirmed in the sources</source>
        <translation>Belum disahkan sepenuhnya dalam sumber</translation>
    </message>
    <message>
        <source>Findings and outcome</source>
        <translation>Penemuan dan keputusan</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Penemuan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>Petikan buku panduan</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>Tambah petikan…</translation>
    </message>
    <message>
        <source>Decision aids (the answers and outcome are kept with this inspection)</source>
        <translation>Alat bantu keputusan (jawapan dan keputusannya disimpan bersama pemeriksaan ini)</translation>
    </message>
    <message>
        <source>Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256.</source>
        <translation>Tambah foto dari cakera atau letakkan di sini. Fail asal disimpan tanpa diubah berserta cincangan SHA-256.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>New inspection (draft)</source>
        <translation>Pemeriksaan baharu (draf)</translation>
    </message>
    <message>
        <source>revision {n}</source>
        <translation>semakan {n}</translation>
    </message>
    <message>
        <source>from post {post} (read only)</source>
        <translation>daripada pos {post} (baca sahaja)</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>Simpan pembetulan…</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>Baris {n}: {message}</translation>
    </message>
    <message>
        <source>Possible duplicate: {record} has the same {what} in the last 90 days.</source>
        <translation>Kemungkinan pendua: {record} mempunyai {what} yang sama dalam tempoh 90 hari yang lalu.</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft.</source>
        <translation>Rekod belum boleh dimuktamadkan: {n} masalah ditandakan di sebelah medan. Rekod telah disimpan sebagai draf.</translation>
    </message>
    <message>
        <source>Correct a finalized record</source>
        <translation>Betulkan rekod yang telah dimuktamadkan</translation>
    </message>
    <message>
        <source>Why is the record corrected? (kept in its history)</source>
        <translation>Mengapa rekod ini dibetulkan? (disimpan dalam sejarahnya)</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>Tarik balik rekod</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It is kept, marked as withdrawn.</source>
        <translation>Mengapa rekod ini ditarik balik? Rekod tetap disimpan dan ditandakan sebagai ditarik balik.</translation>
    </message>
    <message>
        <source>A draft has no history yet; it starts when the record is finalized.</source>
        <translation>Draf belum mempunyai sejarah; sejarah bermula apabila rekod dimuktamadkan.</translation>
    </message>
    <message>
        <source>Add a citation</source>
        <translation>Tambah petikan</translation>
    </message>
    <message>
        <source>Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):</source>
        <translation>Tampal petikan yang disalin daripada pembaca buku panduan (cth. basel-at-the-border §take-back-clocks ¶3):</translation>
    </message>
    <message>
        <source>'{text}' is not a handbook citation.</source>
        <translation>'{text}' bukan petikan buku panduan.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</source>
        <translation>Foto dan dokumen (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Sebahagian fail tidak ditambah</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>Lokasi: {lat}, {lon}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>Ditambah oleh {who} pada {when}</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Kapsyen</translation>
    </message>
    <message>
        <source>Caption for {name}:</source>
        <translation>Kapsyen untuk {name}:</translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation>Pembetulan belum disimpan</translation>
    </message>
    <message>
        <source>Discard the changes of this correction?</source>
        <translation>Buang perubahan pembetulan ini?</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection</source>
        <translation>Pemeriksaan baharu</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>sebarang status</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Tidak ditarik balik</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Semua keputusan</translation>
    </message>
    <message>
        <source>All waste streams</source>
        <translation>Semua aliran sisa</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation's key</source>
        <translation>Kunci pemasangan ini</translation>
    </message>
    <message>
        <source>Send the key file to the other side, then read this fingerprint to them by phone so they can check it before they trust it.</source>
        <translation>Hantar fail kunci kepada pihak di sebelah sana, kemudian bacakan cap jari ini kepada mereka melalui telefon supaya mereka dapat menyemaknya sebelum mempercayainya.</translation>
    </message>
    <message>
        <source>Save my key file…</source>
        <translation>Simpan fail kunci saya…</translation>
    </message>
    <message>
        <source>Keys this installation trusts</source>
        <translation>Kunci yang dipercayai oleh pemasangan ini</translation>
    </message>
    <message>
        <source>post</source>
        <translation>pos</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>sekretariat</translation>
    </message>
    <message>
        <source>revoked {day}: {reason}</source>
        <translation>dibatalkan {day}: {reason}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>dipercayai</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Cap jari</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Trust a key file…</source>
        <translation>Percayai fail kunci…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <source>Save the key file to</source>
        <translation>Simpan fail kunci ke</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} telah ditulis.</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>Percayai fail kunci</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Kunci Customs Desk (*.cdkey)</translation>
    </message>
    <message>
        <source>Now trusting {name} ({code}).</source>
        <translation>Kini mempercayai {name} ({code}).</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Pilih kunci terlebih dahulu.</translation>
    </message>
    <message>
        <source>The key of {post} is revoked.</source>
        <translation>Kunci {post} telah dibatalkan.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Where is this computer used?</source>
        <translation>Di manakah komputer ini digunakan?</translation>
    </message>
    <message>
        <source>Customs Desk keeps all data on this computer. Border posts record inspections and send them to the secretariat on a USB stick; the secretariat consolidates the posts' records and sends updates back.</source>
        <translation>Customs Desk menyimpan semua data dalam komputer ini. Pos sempadan merekodkan pemeriksaan dan menghantarnya kepada sekretariat menggunakan pemacu USB; sekretariat menyatukan rekod daripada pos-pos dan menghantar kemas kini semula.</translation>
    </message>
    <message>
        <source>At a border post (customs office, port, land crossing)</source>
        <translation>Di pos sempadan (pejabat kastam, pelabuhan, pintu masuk darat)</translation>
    </message>
    <message>
        <source>At the secretariat of the Asian Network</source>
        <translation>Di sekretariat Rangkaian Asia</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Customs Desk</source>
        <translation>Selamat datang ke Customs Desk</translation>
    </message>
    <message>
        <source>Choose the language of the interface. You can change it later in Settings. Handbooks keep their own language.</source>
        <translation>Pilih bahasa antara muka. Anda boleh menukarnya kemudian dalam Tetapan. Buku panduan kekal dalam bahasanya sendiri.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>dihantar</translation>
    </message>
    <message>
        <source>records</source>
        <translation>rekod</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>resit</translation>
    </message>
    <message>
        <source>update</source>
        <translation>kemas kini</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Dengan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Disahkan</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Kandungan</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Customs Desk</source>
        <translation>Log masuk — Customs Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log masuk</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>&amp;Nombor pegawai</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata laluan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Enter your badge number.</source>
        <translation>Masukkan nombor pegawai anda.</translation>
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
        <translation>pegawai</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>penyelia</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>sekretariat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Tetapan…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci skrin</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Log keluar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;utup aplikasi</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About Customs Desk</source>
        <translation>&amp;Perihal Customs Desk</translation>
    </message>
</context>
<context>
    <name>MakeUpdateTab</name>
    <message>
        <source>Alerts and watch lists</source>
        <translation>Amaran dan senarai pemerhatian</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>Party or route</source>
        <translation>Pihak atau laluan</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Sah hingga</translation>
    </message>
    <message>
        <source>Add an alert</source>
        <translation>Tambah amaran</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Handbooks, codes and keys</source>
        <translation>Buku panduan, kod dan kunci</translation>
    </message>
    <message>
        <source>Add a handbook folder…</source>
        <translation>Tambah folder buku panduan…</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>Buku panduan</translation>
    </message>
    <message>
        <source>a reference-code dataset folder (optional)</source>
        <translation>folder set data kod rujukan (pilihan)</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>Kod rujukan</translation>
    </message>
    <message>
        <source>Add a post's key file…</source>
        <translation>Tambah fail kunci pos…</translation>
    </message>
    <message>
        <source>Keys for posts to trust</source>
        <translation>Kunci untuk dipercayai oleh pos</translation>
    </message>
    <message>
        <source>For the posts</source>
        <translation>Untuk pos</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Tulis ke</translation>
    </message>
    <message>
        <source>Make the update package</source>
        <translation>Buat pakej kemas kini</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <source>Party to watch</source>
        <translation>Pihak untuk diperhatikan</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>Laluan berisiko</translation>
    </message>
    <message>
        <source>Handbook folder</source>
        <translation>Folder buku panduan</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fail kunci</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Kunci Customs Desk (*.cdkey)</translation>
    </message>
    <message>
        <source>Choose where to write the update.</source>
        <translation>Pilih lokasi untuk menulis kemas kini.</translation>
    </message>
    <message>
        <source>Choose at least one post.</source>
        <translation>Pilih sekurang-kurangnya satu pos.</translation>
    </message>
    <message>
        <source>Wrote {path} for {n} posts.</source>
        <translation>{path} telah ditulis untuk {n} pos.</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Competent authority notified</source>
        <translation>Makluman kepada pihak berkuasa berwibawa</translation>
    </message>
    <message>
        <source>Does not start a clock</source>
        <translation>Tidak memulakan tempoh</translation>
    </message>
    <message>
        <source>Starts: {clock}</source>
        <translation>Memulakan: {clock}</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Pihak berkuasa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Date informed</source>
        <translation>Tarikh dimaklumkan</translation>
    </message>
    <message>
        <source>How (e-mail, letter, focal point…)</source>
        <translation>Cara (e-mel, surat, pusat tumpuan…)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Take-back clock</source>
        <translation>Tempoh pengambilan semula</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>Buku panduan</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>PDF reports: records, notices, registers, summaries</source>
        <translation>Laporan PDF: rekod, notis, daftar, ringkasan</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Pertukaran</translation>
    </message>
    <message>
        <source>Packages on USB sticks: send, import, receipts, updates, keys</source>
        <translation>Pakej dalam pemacu USB: hantar, import, resit, kemas kini, kunci</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>This is a person (removed from non-nominal exports)</source>
        <translation>Ini ialah individu (dibuang daripada eksport tanpa nama)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Nombor pendaftaran</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Type a name to find the party</source>
        <translation>Taip nama untuk mencari pihak</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Baharu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>⚑ on the watch list</source>
        <translation>⚑ dalam senarai pemerhatian</translation>
    </message>
    <message>
        <source>Watch list from the secretariat: {title}</source>
        <translation>Senarai pemerhatian daripada sekretariat: {title}</translation>
    </message>
    <message>
        <source>⚠ {n} earlier findings</source>
        <translation>⚠ {n} penemuan terdahulu</translation>
    </message>
    <message>
        <source>This party appears in {n} inspections that were not simply released.</source>
        <translation>Pihak ini terdapat dalam {n} pemeriksaan yang barangnya tidak dilepaskan begitu sahaja.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Tukar kata laluan</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata laluan semasa</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata laluan baharu</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ulang</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua-dua kata laluan tidak sama.</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The border post</source>
        <translation>Pos sempadan</translation>
    </message>
    <message>
        <source>The post code starts every record number made here (for example SGP-TUAS-2026-00042), so keep it short and never reuse another post's code.</source>
        <translation>Kod pos menjadi awalan setiap nombor rekod yang dibuat di sini (contohnya SGP-TUAS-2026-00042), jadi pastikan ia ringkas dan jangan sekali-kali menggunakan kod pos lain.</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Kod pos</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>Nama pos</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Negara atau wilayah</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Negara lain</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zon waktu</translation>
    </message>
    <message>
        <source>Agency (for report headers)</source>
        <translation>Agensi (untuk kepala laporan)</translation>
    </message>
    <message>
        <source>e.g. SGP-TUAS</source>
        <translation>cth. SGP-TUAS</translation>
    </message>
    <message>
        <source>e.g. Tuas Checkpoint</source>
        <translation>cth. Tuas Checkpoint</translation>
    </message>
    <message>
        <source>e.g. Singapore Customs</source>
        <translation>cth. Singapore Customs</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Lain-lain…</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Pakej terakhir</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakej</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Kes terbuka</translation>
    </message>
    <message>
        <source>Overdue take-backs</source>
        <translation>Pengambilan semula lewat</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Dikuarantin</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat s&amp;emula</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tunjukkan butiran...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan butiran...</translation>
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
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tidak untuk se&amp;mua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Cuba semula</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gunakan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Set semula</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan lalai</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat s&amp;emula</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;lokasi pautan</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Records that arrived but could not be accepted, with the reason. The rest of their package was imported. The post sees the reasons in its receipt.</source>
        <translation>Rekod yang tiba tetapi tidak dapat diterima, berserta sebabnya. Bahagian lain pakej itu telah diimport. Pos dapat melihat sebabnya dalam resitnya.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Copy citation</source>
        <translation>Salin petikan</translation>
    </message>
    <message>
        <source>Bookmark this paragraph</source>
        <translation>Tandakan perenggan ini</translation>
    </message>
    <message>
        <source>Add a note to this paragraph…</source>
        <translation>Tambah nota pada perenggan ini…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Find in this chapter</source>
        <translation>Cari dalam bab ini</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seterusnya</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ke hadapan</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kecilkan</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Besarkan</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Salin petikan</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Tandakan</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Cetak ke PDF…</translation>
    </message>
    <message>
        <source>Source on the web</source>
        <translation>Sumber di web</translation>
    </message>
    <message>
        <source>This source is on the web; open it on a computer with a network:
{url}</source>
        <translation>Sumber ini berada di web; buka pada komputer yang bersambung ke rangkaian:
{url}</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Salin alamat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note on {citation}:</source>
        <translation>Nota anda tentang {citation}:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemui</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Cetak ke PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Packages on USB sticks are listed here. Open one: records packages are checked and shown before anything is imported; receipts mark your records as received; updates bring handbooks, codes and alerts from the secretariat.</source>
        <translation>Pakej dalam pemacu USB disenaraikan di sini. Buka salah satu: pakej rekod disemak dan dipaparkan sebelum apa-apa diimport; resit menandakan rekod anda sebagai telah diterima; kemas kini membawa buku panduan, kod dan amaran daripada sekretariat.</translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation>Buka fail pakej…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Cari semula</translation>
    </message>
    <message>
        <source>records</source>
        <translation>rekod</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>resit</translation>
    </message>
    <message>
        <source>update</source>
        <translation>kemas kini</translation>
    </message>
    <message>
        <source>{name} — {kind} from {sender}, made {created}</source>
        <translation>{name} — {kind} daripada {sender}, dibuat {created}</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>Buka pakej</translation>
    </message>
    <message>
        <source>Customs Desk packages (*.cdx)</source>
        <translation>Pakej Customs Desk (*.cdx)</translation>
    </message>
    <message>
        <source>Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined.</source>
        <translation>{name} diimport: {new} baharu, {updated} dikemas kini, {conflict} konflik, {rejected} dikuarantin.</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>Kemas kini telah digunakan.</translation>
    </message>
    <message>
        <source>The secretariat confirmed the package. {received} of {total} record versions are now received.</source>
        <translation>Sekretariat mengesahkan pakej ini. {received} daripada {total} versi rekod kini telah diterima.</translation>
    </message>
    <message>
        <source>{n} were refused there and will be sent again after correction: {reasons}</source>
        <translation>{n} ditolak di sana dan akan dihantar semula selepas dibetulkan: {reasons}</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation>Nombor</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Art. 9 grounds</source>
        <translation>Alasan Art. 9</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>Negara dimaklumkan</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Kaedah penyelesaian</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Kontena</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>B/L atau AWB</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Pengisytiharan</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Pengeksport</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Pengimport</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Aliran sisa</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>Kod Basel</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>HS diisytiharkan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat (kg)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Pegawai</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: number, container, bill of lading, party, code, country…</source>
        <translation>Tapis: nombor, kontena, bil muatan, pihak, kod, negara…</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Simpan penapis…</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} rekod</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Penapis yang disimpan</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Simpan penapis</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Nama penapis ini:</translation>
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
        <translation>Buat PDF untuk rekod ini dan bukanya</translation>
    </message>
    <message>
        <source>Making PDF…</source>
        <translation>Membuat PDF…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>PDF documents open in the PDF viewer of this computer. Reports for one record can also be made from the record itself (PDF button).</source>
        <translation>Dokumen PDF dibuka dalam pemapar PDF komputer ini. Laporan untuk satu pemeriksaan atau kes juga boleh dibuat daripada rekod itu sendiri (butang PDF).</translation>
    </message>
    <message>
        <source>Words to find: number, container, party, code…</source>
        <translation>Perkataan untuk dicari: nombor, kontena, pihak, kod…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>sebarang</translation>
    </message>
    <message>
        <source>Default: a file in {folder}</source>
        <translation>Lalai: fail dalam {folder}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Penapis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Aliran sisa</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Saiz kertas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>Buat PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <source>Inspection number, e.g. SGP-TUAS-2026-00042</source>
        <translation>Nombor pemeriksaan, cth. SGP-TUAS-2026-00042</translation>
    </message>
    <message>
        <source>Case number, e.g. SGP-TUAS-C2026-0007</source>
        <translation>Nombor kes, cth. SGP-TUAS-C2026-0007</translation>
    </message>
    <message>
        <source>Enter the number of the record.</source>
        <translation>Masukkan nombor rekod.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Tempoh berakhir sebelum bermula.</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>Membuat {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} disimpan</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>Tiada pemapar PDF yang dapat membuka {path}.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Simpan laporan sebagai</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Simpan salinan sebagai</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>Salinan disimpan sebagai {path}</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the key of {post}</source>
        <translation>Batalkan kunci {post}</translation>
    </message>
    <message>
        <source>Packages signed with this key will be refused from now on. Do this when a PC or key file is lost or stolen. A revoked key cannot be trusted again.</source>
        <translation>Pakej yang ditandatangani dengan kunci ini akan ditolak mulai sekarang. Lakukan ini apabila PC atau fail kunci hilang atau dicuri. Kunci yang telah dibatalkan tidak boleh dipercayai lagi.</translation>
    </message>
    <message>
        <source>Why? e.g. laptop stolen on 12 May</source>
        <translation>Sebabnya? cth. komputer riba dicuri pada 12 Mei</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Batalkan</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Send records to the secretariat</source>
        <translation>Hantar rekod kepada sekretariat</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Tulis ke</translation>
    </message>
    <message>
        <source>Send everything again (not only what the secretariat has not confirmed)</source>
        <translation>Hantar semua sekali lagi (bukan hanya yang belum disahkan oleh sekretariat)</translation>
    </message>
    <message>
        <source>Non-nominal: remove the names of individuals</source>
        <translation>Tanpa nama: buang nama individu</translation>
    </message>
    <message>
        <source>Officers' names and the names of parties who are persons are replaced by '(withheld)'; companies stay named. Audit events are not included.</source>
        <translation>Nama pegawai dan nama pihak yang merupakan individu digantikan dengan '(withheld)'; syarikat kekal dinamakan. Peristiwa audit tidak disertakan.</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>Tulis pakej</translation>
    </message>
    <message>
        <source>The secretariat's key is not trusted yet. Get its key file and trust it on the Keys tab; packages are encrypted so that only the secretariat can read them.</source>
        <translation>Kunci sekretariat belum dipercayai. Dapatkan fail kuncinya dan percayai kunci itu dalam tab Kunci; pakej disulitkan supaya hanya sekretariat yang boleh membacanya.</translation>
    </message>
    <message>
        <source>{received} of {total} record versions are confirmed received by the secretariat; {waiting} are waiting to be sent or confirmed.</source>
        <translation>{received} daripada {total} versi rekod telah disahkan diterima oleh sekretariat; {waiting} sedang menunggu untuk dihantar atau disahkan.</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Pilih lokasi untuk menulis pakej.</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for the secretariat and signed by this post. Remove the USB stick safely, then carry it.</source>
        <translation>{file} telah ditulis: {n} versi rekod, {files} foto dan fail. Pakej ini disulitkan untuk sekretariat dan ditandatangani oleh pos ini. Tanggalkan pemacu USB dengan selamat, kemudian bawa.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak sekali-kali</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antara muka</translation>
    </message>
    <message>
        <source>Paper size for reports</source>
        <translation>Saiz kertas untuk laporan</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Kunci skrin selepas</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>Penyelia pertama</translation>
    </message>
    <message>
        <source>Supervisors add officers' accounts and may correct finalized records. Officers share this computer, so each signs in with a badge number and password.</source>
        <translation>Penyelia menambah akaun pegawai dan boleh membetulkan rekod yang telah dimuktamadkan. Pegawai berkongsi komputer ini, jadi setiap pegawai log masuk dengan nombor pegawai dan kata laluan.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama penuh</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Nombor pegawai</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata laluan</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulang kata laluan</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua-dua kata laluan tidak sama.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>Percayai kunci</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>sekretariat</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>sebuah pos</translation>
    </message>
    <message>
        <source>This key file says it belongs to {name} ({code}, {country}), {kind}. Anyone can write such a file: call the sender on a number you already know and have them read their fingerprint (Exchange ▸ Keys). Trust the key only if it matches.</source>
        <translation>Fail kunci ini menyatakan bahawa ia milik {name} ({code}, {country}), {kind}. Sesiapa sahaja boleh menulis fail sebegini: hubungi pengirim melalui nombor yang sudah anda ketahui dan minta mereka membacakan cap jari mereka (Pertukaran ▸ Kunci). Percayai kunci hanya jika ia sepadan.</translation>
    </message>
    <message>
        <source>optional: type what the sender reads to you</source>
        <translation>pilihan: taip apa yang dibacakan oleh pengirim kepada anda</translation>
    </message>
    <message>
        <source>Fingerprint read by phone</source>
        <translation>Cap jari yang dibacakan melalui telefon</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender</source>
        <translation>Saya telah membandingkan cap jari dengan pengirim</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Percayai kunci ini</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ sepadan</translation>
    </message>
    <message>
        <source>Does not match (yet). Do not trust a key that does not match.</source>
        <translation>Tidak sepadan (lagi). Jangan percayai kunci yang tidak sepadan.</translation>
    </message>
    <message>
        <source>Type at least 16 characters.</source>
        <translation>Taip sekurang-kurangnya 16 aksara.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Locked — Customs Desk</source>
        <translation>Dikunci — Customs Desk</translation>
    </message>
    <message>
        <source>The session was locked after a period without use. {name}, type your password to continue, or sign out so another officer can sign in. Unsaved drafts are kept.</source>
        <translation>Sesi telah dikunci selepas tempoh tanpa penggunaan. {name}, taip kata laluan anda untuk meneruskan, atau log keluar supaya pegawai lain boleh log masuk. Draf yang belum disimpan tetap disimpan.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Log keluar</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Kata laluan salah.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update {name}</source>
        <translation>Kemas kini {name}</translation>
    </message>
    <message>
        <source>Checking the secretariat's signature…</source>
        <translation>Menyemak tandatangan sekretariat…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Gunakan kemas kini</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>Kod rujukan</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>tiada perubahan</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>Buku panduan</translation>
    </message>
    <message>
        <source>Alerts and watch lists</source>
        <translation>Amaran dan senarai pemerhatian</translation>
    </message>
    <message>
        <source>Keys to trust</source>
        <translation>Kunci untuk dipercayai</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>Kunci untuk dibatalkan</translation>
    </message>
    <message>
        <source>This update was applied before; nothing to do.</source>
        <translation>Kemas kini ini telah digunakan sebelum ini; tiada apa-apa yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Signed by the secretariat and intact. Nothing has been changed yet.</source>
        <translation>Ditandatangani oleh sekretariat dan utuh. Belum ada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>Kemas kini telah digunakan.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>No. pegawai</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>dinyahaktifkan</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>Akaun pengguna</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Tetapkan kata laluan…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Nyahaktifkan / aktifkan</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata laluan</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Kata laluan telah ditukar.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> Before that, consider {codes}.</source>
        <translation> Sebelum tarikh itu, pertimbangkan {codes}.</translation>
    </message>
    <message>
        <source> Did you mean {codes}?</source>
        <translation> Adakah maksud anda {codes}?</translation>
    </message>
    <message>
        <source> See {codes}.</source>
        <translation> Lihat {codes}.</translation>
    </message>
    <message>
        <source> … [{n} more characters not printed]</source>
        <translation> … [{n} lagi aksara tidak dicetak]</translation>
    </message>
    <message>
        <source>'{answer}' is not an answer to this question.</source>
        <translation>'{answer}' bukan jawapan bagi soalan ini.</translation>
    </message>
    <message>
        <source>'{code}' is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).</source>
        <translation>'{code}' bukan kod Basel (cth. A1181, Y49, B3011) dan bukan juga kod HS (cth. 8549.11).</translation>
    </message>
    <message>
        <source>'{code}' is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.</source>
        <translation>'{code}' bukan kod HS; gunakan 4 atau 6 digit, cth. 8549 atau 8549.11.</translation>
    </message>
    <message>
        <source>'{code}' is not an ISO 4217 currency code (e.g. USD, VND, THB).</source>
        <translation>'{code}' bukan kod mata wang ISO 4217 (cth. USD, MYR, BND).</translation>
    </message>
    <message>
        <source>'{selector}' matches several keys; give more of the fingerprint.</source>
        <translation>'{selector}' sepadan dengan beberapa kunci; berikan bahagian cap jari yang lebih panjang.</translation>
    </message>
    <message>
        <source>'{text}' is not a handbook citation.</source>
        <translation>'{text}' bukan petikan buku panduan.</translation>
    </message>
    <message>
        <source>'{value}' is not a UN number; write UN and four digits, e.g. UN3480.</source>
        <translation>'{value}' bukan nombor UN; tulis UN dan empat digit, cth. UN3480.</translation>
    </message>
    <message>
        <source>'{value}' is not an ISO 3166 country code (e.g. VN, TH, HK).</source>
        <translation>'{value}' bukan kod negara ISO 3166 (cth. MY, BN, TH).</translation>
    </message>
    <message>
        <source>'{value}' is not an ISO 3166 country code.</source>
        <translation>'{value}' bukan kod negara ISO 3166.</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) tiada pemberitahuan kepada semua Negara berkenaan</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) tiada persetujuan Negara berkenaan</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) persetujuan diperoleh melalui pemalsuan, salah nyata atau fraud</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) tidak sepadan dengan dokumen dari segi perkara penting</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) pelupusan dengan sengaja (pembuangan haram)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(tiada kapsyen)</translation>
    </message>
    <message>
        <source>(not in the reference tables)</source>
        <translation>(tiada dalam jadual rujukan)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(tidak direkodkan)</translation>
    </message>
    <message>
        <source>(nothing to print)</source>
        <translation>(tiada apa-apa untuk dicetak)</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit mesti antara 1 dan 500.</translation>
    </message>
    <message>
        <source>--records must be between 1 and 2000000.</source>
        <translation>--records mesti antara 1 dan 2000000.</translation>
    </message>
    <message>
        <source>--revoke {fp}: give the fingerprint of one trusted key.</source>
        <translation>--revoke {fp}: berikan cap jari satu kunci yang dipercayai.</translation>
    </message>
    <message>
        <source>1. Reporting Party</source>
        <translation>1. Pihak yang melapor</translation>
    </message>
    <message>
        <source>10. Penalties and legal proceedings</source>
        <translation>10. Penalti dan prosiding undang-undang</translation>
    </message>
    <message>
        <source>11. Remarks</source>
        <translation>11. Catatan</translation>
    </message>
    <message>
        <source>12. Certification</source>
        <translation>12. Perakuan</translation>
    </message>
    <message>
        <source>2. The case</source>
        <translation>2. Kes</translation>
    </message>
    <message>
        <source>3. Type of illegal traffic (Article 9(1))</source>
        <translation>3. Jenis lalu lintas haram (Perkara 9(1))</translation>
    </message>
    <message>
        <source>4. States concerned</source>
        <translation>4. Negara-negara berkenaan</translation>
    </message>
    <message>
        <source>5. Persons involved</source>
        <translation>5. Orang yang terlibat</translation>
    </message>
    <message>
        <source>6. The waste</source>
        <translation>6. Sisa</translation>
    </message>
    <message>
        <source>7. Documents</source>
        <translation>7. Dokumen</translation>
    </message>
    <message>
        <source>8. Transport</source>
        <translation>8. Pengangkutan</translation>
    </message>
    <message>
        <source>9. Responsibility and action taken (Article 9(2) to 9(4))</source>
        <translation>9. Tanggungjawab dan tindakan yang diambil (Perkara 9(2) hingga 9(4))</translation>
    </message>
    <message>
        <source>A note can have at most {n} characters.</source>
        <translation>Nota boleh mengandungi paling banyak {n} aksara.</translation>
    </message>
    <message>
        <source>Action at the border</source>
        <translation>Tindakan di sempadan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Alat bantu</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Udara</translation>
    </message>
    <message>
        <source>Answer every question before saving the result.</source>
        <translation>Jawab setiap soalan sebelum menyimpan keputusan.</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>Perkara 8: 90 hari (import semula kiriman yang sah)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>Perkara 9: 30 hari dari tarikh Negara dimaklumkan</translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation>Rujuk kepada penyelia.</translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation>Pihak berkuasa yang dimaklumkan</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Pihak berkuasa</translation>
    </message>
    <message>
        <source>Basel</source>
        <translation>Basel</translation>
    </message>
    <message>
        <source>Basel Annex VIII / IX codes</source>
        <translation>Kod Basel Lampiran VIII / IX</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>Kod Basel</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>Bil muatan / air waybill</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>By country of export</source>
        <translation>Mengikut negara eksport</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Mengikut bulan</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>Mengikut keputusan</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Mengikut pos</translation>
    </message>
    <message>
        <source>By waste stream</source>
        <translation>Mengikut aliran sisa</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bait</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>Tanggungjawab tidak dapat ditentukan (Art. 9(4))</translation>
    </message>
    <message>
        <source>Cannot sort by '{column}'.</source>
        <translation>Tidak dapat mengisih mengikut '{column}'.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Tidak dapat menulis {path}: {reason}.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Pengangkut</translation>
    </message>
    <message>
        <source>Carrier(s)</source>
        <translation>Pengangkut</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Fail kes</translation>
    </message>
    <message>
        <source>Case finished ({status}).</source>
        <translation>Kes selesai ({status}).</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Nombor kes</translation>
    </message>
    <message>
        <source>Case opened from inspection {number}.</source>
        <translation>Kes dibuka daripada pemeriksaan {number}.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Cases are opened by the post that made the inspection.</source>
        <translation>Kes dibuka oleh pos yang menjalankan pemeriksaan.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Check that the drive is connected and the folder is readable.</source>
        <translation>Pastikan pemacu bersambung dan folder boleh dibaca.</translation>
    </message>
    <message>
        <source>Choose 'post' or 'secretariat'.</source>
        <translation>Pilih 'post' atau 'secretariat'.</translation>
    </message>
    <message>
        <source>Choose a bookmark or a note.</source>
        <translation>Pilih penanda atau nota.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Pilih negara daripada senarai.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Pilih zon waktu daripada senarai.</translation>
    </message>
    <message>
        <source>Choose the mode of transport.</source>
        <translation>Pilih mod pengangkutan.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Pilih keputusan.</translation>
    </message>
    <message>
        <source>Choose the type of inspection.</source>
        <translation>Pilih jenis pemeriksaan.</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Petikan</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Close other Customs Desk windows or programs using this data folder and try again. Nothing was changed.</source>
        <translation>Tutup tetingkap Customs Desk yang lain atau program yang menggunakan folder data ini, kemudian cuba lagi. Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ditutup pada</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Codes and their titles</source>
        <translation>Kod dan tajuknya</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>Lawatan ke premis syarikat</translation>
    </message>
    <message>
        <source>Competent authority or focal point</source>
        <translation>Pihak berkuasa berwibawa atau pusat tumpuan</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>Lalu lintas haram disahkan</translation>
    </message>
    <message>
        <source>Consent of the States concerned</source>
        <translation>Persetujuan Negara-negara berkenaan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Maklumat perhubungan</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Orang untuk dihubungi</translation>
    </message>
    <message>
        <source>Contact the post below, quoting reference {ref}.</source>
        <translation>Hubungi pos di bawah dengan menyebut rujukan {ref}.</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Kontena</translation>
    </message>
    <message>
        <source>Containers and seals</source>
        <translation>Kontena dan meterai</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>Kenderaan pengangkut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>Negara eksport</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>Negara import</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>Pengisytiharan kastam</translation>
    </message>
    <message>
        <source>DRAFT: this record is not finalized and may still change.</source>
        <translation>DRAF: rekod ini belum dimuktamadkan dan mungkin masih berubah.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>Tarikh selesai</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>Tarikh laporan ini</translation>
    </message>
    <message>
        <source>Date the State was informed</source>
        <translation>Tarikh Negara dimaklumkan</translation>
    </message>
    <message>
        <source>Date the case was confirmed</source>
        <translation>Tarikh kes disahkan</translation>
    </message>
    <message>
        <source>Date the shipment was detected</source>
        <translation>Tarikh kiriman dikesan</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tarikh:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <source>Deadline and clock</source>
        <translation>Tarikh akhir dan tempoh</translation>
    </message>
    <message>
        <source>Decision aid {id} is invalid: {problems}</source>
        <translation>Alat bantu keputusan {id} tidak sah: {problems}</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>Alat bantu keputusan</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>Kod HS yang diisytiharkan</translation>
    </message>
    <message>
        <source>Declared as</source>
        <translation>Diisytiharkan sebagai</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>Perihal barang yang diisytiharkan</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Nilai yang diisytiharkan</translation>
    </message>
    <message>
        <source>Describe at least one line of goods.</source>
        <translation>Huraikan sekurang-kurangnya satu baris barang.</translation>
    </message>
    <message>
        <source>Describe the indicator.</source>
        <translation>Huraikan penunjuk itu.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Designation and description</source>
        <translation>Nama dan perihal</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Detention or seizure notice</source>
        <translation>Notis penahanan atau penyitaan</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>Pelupusan di tempat lain (Art. 9(4))</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>Pelupusan di Negara pengimport</translation>
    </message>
    <message>
        <source>Disposal or recovery operation (Annex IV)</source>
        <translation>Operasi pelupusan atau perolehan semula (Lampiran IV)</translation>
    </message>
    <message>
        <source>Disposer or recovery facility</source>
        <translation>Fasiliti pelupusan atau perolehan semula</translation>
    </message>
    <message>
        <source>Do not start or end the password with spaces.</source>
        <translation>Jangan mulakan atau akhiri kata laluan dengan ruang.</translation>
    </message>
    <message>
        <source>Document {id} · content hash {hash} · Customs Desk {version}</source>
        <translation>Dokumen {id} · cincangan kandungan {hash} · Customs Desk {version}</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>Semakan dokumen</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>Dokumen yang dikemukakan</translation>
    </message>
    <message>
        <source>Draft structure: the official form's fields could not be confirmed. The fields below follow Article 9 of the Basel Convention and the information required on notification and movement documents (Annex V A and V B). Check them against the current form published by the Secretariat of the Basel Convention before sending, and complete every field marked [to complete].</source>
        <translation>Struktur draf: medan borang rasmi belum dapat disahkan. Medan di bawah mengikut Perkara 9 Konvensyen Basel dan maklumat yang dikehendaki dalam dokumen pemberitahuan dan dokumen pergerakan (Lampiran V A dan V B). Semak medan ini berbanding borang terkini yang diterbitkan oleh Sekretariat Konvensyen Basel sebelum menghantarnya, dan lengkapkan setiap medan yang bertanda [perlu dilengkapkan].</translation>
    </message>
    <message>
        <source>Empty seal number.</source>
        <translation>Nombor meterai kosong.</translation>
    </message>
    <message>
        <source>Enter the date and time of the inspection, with its time zone.</source>
        <translation>Masukkan tarikh dan masa pemeriksaan, berserta zon waktunya.</translation>
    </message>
    <message>
        <source>Enter the name of the border post.</source>
        <translation>Masukkan nama pos sempadan.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Masukkan nama.</translation>
    </message>
    <message>
        <source>Enter the officer's full name.</source>
        <translation>Masukkan nama penuh pegawai.</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Pengeksport</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>Pengeksport atau penjana sisa (Art. 9(2))</translation>
    </message>
    <message>
        <source>Exporter or notifier</source>
        <translation>Pengeksport atau pemberi pemberitahuan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Penapis</translation>
    </message>
    <message>
        <source>Finalize the inspection before opening a case from it.</source>
        <translation>Muktamadkan pemeriksaan sebelum membuka kes daripadanya.</translation>
    </message>
    <message>
        <source>Finalized records are never deleted; withdraw it with a reason instead.</source>
        <translation>Rekod yang telah dimuktamadkan tidak sekali-kali dipadam; sebaliknya, tarik balik rekod itu dengan menyatakan sebab.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Penemuan</translation>
    </message>
    <message>
        <source>For the customs post</source>
        <translation>Bagi pihak pos kastam</translation>
    </message>
    <message>
        <source>Form for reporting a confirmed case of illegal traffic (draft)</source>
        <translation>Borang untuk melaporkan kes lalu lintas haram yang disahkan (draf)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Functionality test certificates</source>
        <translation>Sijil ujian kefungsian</translation>
    </message>
    <message>
        <source>Generated {time} ({zone}) by {officer}</source>
        <translation>Dijana {time} ({zone}) oleh {officer}</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Penjana sisa</translation>
    </message>
    <message>
        <source>Give the currency of the declared value.</source>
        <translation>Nyatakan mata wang bagi nilai yang diisytiharkan.</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>Berikan nama kepada penapis.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>Barang yang ditemui:</translation>
    </message>
    <message>
        <source>Grounds (Article 9(1))</source>
        <translation>Alasan (Perkara 9(1))</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>H codes (Annex III)</source>
        <translation>Kod H (Lampiran III)</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Kod HS</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>Petikan buku panduan</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Cincangan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan sementara</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cara berakhir</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>Cara kes berakhir</translation>
    </message>
    <message>
        <source>Illegal traffic form (draft)</source>
        <translation>Borang lalu lintas haram (draf)</translation>
    </message>
    <message>
        <source>Illegal traffic reporting form (draft)</source>
        <translation>Borang laporan lalu lintas haram (draf)</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>Pengimport / penerima</translation>
    </message>
    <message>
        <source>Importer or consignee</source>
        <translation>Pengimport atau penerima</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>Pengimport atau pelupus (Art. 9(3))</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>Perairan pedalaman</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>Diperiksa di</translation>
    </message>
    <message>
        <source>Inspecting officer</source>
        <translation>Pegawai pemeriksa</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Inspection reference</source>
        <translation>Rujukan pemeriksaan</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Laporan pemeriksaan</translation>
    </message>
    <message>
        <source>Inspection type</source>
        <translation>Jenis pemeriksaan</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Inspections by month</source>
        <translation>Pemeriksaan mengikut bulan</translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation>Pemeriksaan mengikut keputusan</translation>
    </message>
    <message>
        <source>Inspections without a weight</source>
        <translation>Pemeriksaan tanpa berat</translation>
    </message>
    <message>
        <source>Install the newer version of Customs Desk. The database was not changed.</source>
        <translation>Pasang versi Customs Desk yang lebih baharu. Pangkalan data tidak diubah.</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>Fasiliti destinasi</translation>
    </message>
    <message>
        <source>Invoice or contract</source>
        <translation>Invois atau kontrak</translation>
    </message>
    <message>
        <source>Later revisions build on the version here; keep it, and ask the post to correct the record.</source>
        <translation>Semakan yang kemudian dibina berdasarkan versi di sini; kekalkan versi ini dan minta pos membetulkan rekod itu.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Asas undang-undang</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>Alat pengangkutan</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>Dokumen pergerakan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Name at least one officer.</source>
        <translation>Namakan sekurang-kurangnya seorang pegawai.</translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation>Namakan pihak berkuasa yang telah dimaklumkan.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>National case reference</source>
        <translation>Rujukan kes kebangsaan</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>Belum ada pihak berkuasa yang dimaklumkan.</translation>
    </message>
    <message>
        <source>No case {key}.</source>
        <translation>Tiada kes {key}.</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>Tiada tempoh</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>Tiada tempoh yang sedang berjalan.</translation>
    </message>
    <message>
        <source>No codes recorded.</source>
        <translation>Tiada kod direkodkan.</translation>
    </message>
    <message>
        <source>No conflict #{id}.</source>
        <translation>Tiada konflik #{id}.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Tiada data.</translation>
    </message>
    <message>
        <source>No decision aid '{id}'.</source>
        <translation>Tiada alat bantu keputusan '{id}'.</translation>
    </message>
    <message>
        <source>No decision aid was run for this record.</source>
        <translation>Tiada alat bantu keputusan dijalankan untuk rekod ini.</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Tiada peristiwa.</translation>
    </message>
    <message>
        <source>No goods lines recorded.</source>
        <translation>Tiada baris barang direkodkan.</translation>
    </message>
    <message>
        <source>No ground recorded yet.</source>
        <translation>Belum ada alasan direkodkan.</translation>
    </message>
    <message>
        <source>No handbook '{id}' in the library.</source>
        <translation>Tiada buku panduan '{id}' dalam perpustakaan.</translation>
    </message>
    <message>
        <source>No imported records package {id}.</source>
        <translation>Tiada pakej rekod {id} yang diimport.</translation>
    </message>
    <message>
        <source>No inspection matches.</source>
        <translation>Tiada pemeriksaan yang sepadan.</translation>
    </message>
    <message>
        <source>No inspection {key}.</source>
        <translation>Tiada pemeriksaan {key}.</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>Tiada pihak direkodkan.</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>Tiada kebenaran untuk menulis {path}.</translation>
    </message>
    <message>
        <source>No photos or documents attached.</source>
        <translation>Tiada foto atau dokumen dilampirkan.</translation>
    </message>
    <message>
        <source>No recipient key is trusted yet; trust the secretariat's key (or the post's) first.</source>
        <translation>Belum ada kunci penerima yang dipercayai; percayai kunci sekretariat (atau kunci pos) terlebih dahulu.</translation>
    </message>
    <message>
        <source>No reference codes are loaded.</source>
        <translation>Tiada kod rujukan dimuatkan.</translation>
    </message>
    <message>
        <source>No section '{section}' in {id}.</source>
        <translation>Tiada bahagian '{section}' dalam {id}.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>Lampiran tersebut tidak wujud.</translation>
    </message>
    <message>
        <source>No such decision aid result.</source>
        <translation>Keputusan alat bantu keputusan tersebut tidak wujud.</translation>
    </message>
    <message>
        <source>No such party.</source>
        <translation>Pihak tersebut tidak wujud.</translation>
    </message>
    <message>
        <source>No such post.</source>
        <translation>Pos tersebut tidak wujud.</translation>
    </message>
    <message>
        <source>No such risk indicator.</source>
        <translation>Penunjuk risiko tersebut tidak wujud.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Pengguna tersebut tidak wujud.</translation>
    </message>
    <message>
        <source>No trusted key for: {posts}.</source>
        <translation>Tiada kunci yang dipercayai untuk: {posts}.</translation>
    </message>
    <message>
        <source>No trusted key matches '{selector}'.</source>
        <translation>Tiada kunci dipercayai yang sepadan dengan '{selector}'.</translation>
    </message>
    <message>
        <source>No user with badge number {badge}.</source>
        <translation>Tiada pengguna dengan nombor pegawai {badge}.</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>Tiada yang ditanda.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tiada.</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>Bukan haram (ditutup)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a drive you can write to.</source>
        <translation>Tiada apa-apa yang diubah. Pilih pemacu yang boleh ditulis.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>Tiada apa-apa yang diubah. Pilih folder data lain dengan --data-dir.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another folder or ask IT for access.</source>
        <translation>Tiada apa-apa yang diubah. Pilih folder lain atau minta akses daripada pegawai IT.</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or choose another drive, then try again.</source>
        <translation>Tiada apa-apa yang diubah. Kosongkan sedikit ruang atau pilih pemacu lain, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database.</source>
        <translation>Tiada apa-apa yang diubah. Gunakan pangkalan data yang kosong.</translation>
    </message>
    <message>
        <source>Nothing was deleted or changed.</source>
        <translation>Tiada apa-apa yang dipadam atau diubah.</translation>
    </message>
    <message>
        <source>Nothing was deleted. Restore the latest copy from the backups folder, or ask the secretariat for help (the damaged file is kept for recovery).</source>
        <translation>Tiada apa-apa yang dipadam. Pulihkan salinan terkini daripada folder sandaran, atau minta bantuan sekretariat (fail yang rosak disimpan untuk pemulihan).</translation>
    </message>
    <message>
        <source>Notice of detention</source>
        <translation>Notis penahanan</translation>
    </message>
    <message>
        <source>Notice of seizure</source>
        <translation>Notis penyitaan</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>Nombor pemberitahuan</translation>
    </message>
    <message>
        <source>Notifications to competent authorities</source>
        <translation>Makluman kepada pihak berkuasa berwibawa</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Dimaklumkan pada</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombor</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {deadline}).</source>
        <translation>LEWAT {n} hari (tarikh akhir {deadline}).</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Pegawai:</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Only finalized records are corrected; save the draft instead.</source>
        <translation>Hanya rekod yang telah dimuktamadkan boleh dibetulkan; simpan draf sahaja.</translation>
    </message>
    <message>
        <source>Only finalized records can be withdrawn; delete a draft instead.</source>
        <translation>Hanya rekod yang telah dimuktamadkan boleh ditarik balik; padam draf sahaja.</translation>
    </message>
    <message>
        <source>Only secretariat staff can create secretariat accounts.</source>
        <translation>Hanya kakitangan sekretariat boleh membuat akaun sekretariat.</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} events are printed.</source>
        <translation>Hanya {n} peristiwa pertama daripada {total} dicetak.</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} records are printed; narrow the period or the filter to print the others.</source>
        <translation>Hanya {n} rekod pertama daripada {total} dicetak; kecilkan tempoh atau penapis untuk mencetak yang selebihnya.</translation>
    </message>
    <message>
        <source>Only the officer who created this record, or a supervisor, can change it.</source>
        <translation>Hanya pegawai yang membuat rekod ini, atau penyelia, boleh mengubahnya.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Opened from inspection</source>
        <translation>Dibuka daripada pemeriksaan</translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation>Lampiran lain</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Dokumen lain</translation>
    </message>
    <message>
        <source>Our reference:</source>
        <translation>Rujukan kami:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Packaging, containers</source>
        <translation>Pembungkusan, kontena</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Halaman {n} daripada {total}</translation>
    </message>
    <message>
        <source>Paper size {paper} is not known; use A4 or Letter.</source>
        <translation>Saiz kertas {paper} tidak dikenali; gunakan A4 atau Letter.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Party (country)</source>
        <translation>Pihak Konvensyen (negara)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Kaedah penyelesaian</translation>
    </message>
    <message>
        <source>Penalties imposed, proceedings started</source>
        <translation>Penalti yang dikenakan, prosiding yang dimulakan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Period agreed by the States</source>
        <translation>Tempoh yang dipersetujui oleh Negara-negara berkenaan</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>Foto dan lampiran</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>Pemeriksaan fizikal</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Bilangan unit</translation>
    </message>
    <message>
        <source>Pieces declared / found</source>
        <translation>Unit diisytiharkan / ditemui</translation>
    </message>
    <message>
        <source>Place of detection</source>
        <translation>Tempat dikesan</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>Pelabuhan punggah</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>Pelabuhan muat</translation>
    </message>
    <message>
        <source>Port or point of entry</source>
        <translation>Pelabuhan atau tempat masuk</translation>
    </message>
    <message>
        <source>Port or point of exit</source>
        <translation>Pelabuhan atau tempat keluar</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>Pos / ekspres</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantiti</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Kereta api</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>Rekod yang dikira</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>Dirujuk kepada pihak berkuasa berwibawa</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>Ditolak masuk</translation>
    </message>
    <message>
        <source>Register of inspections</source>
        <translation>Daftar pemeriksaan</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>No. pendaftaran</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Dilepaskan</translation>
    </message>
    <message>
        <source>Reporting authority</source>
        <translation>Pihak berkuasa yang melapor</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Tanggungjawab</translation>
    </message>
    <message>
        <source>Restore it from a backup; without it this post cannot sign packages.</source>
        <translation>Pulihkan daripada sandaran; tanpanya pos ini tidak boleh menandatangani pakej.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>Dikembalikan atau dilupuskan</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>Penunjuk risiko</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Jalan raya</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Laluan</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Pensampelan</translation>
    </message>
    <message>
        <source>Say why the finalized record is corrected.</source>
        <translation>Nyatakan sebab rekod yang telah dimuktamadkan dibetulkan.</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>Nyatakan sebab kunci dibatalkan.</translation>
    </message>
    <message>
        <source>Say why the record is withdrawn.</source>
        <translation>Nyatakan sebab rekod ditarik balik.</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Laut</translation>
    </message>
    <message>
        <source>Secretariat summary</source>
        <translation>Ringkasan sekretariat</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Disita</translation>
    </message>
    <message>
        <source>Send the documents that show the shipment is lawful: notification and written consent of the States concerned, the movement document, the contract, and for used equipment the functionality test records.</source>
        <translation>Hantar dokumen yang menunjukkan bahawa kiriman itu sah di sisi undang-undang: pemberitahuan dan persetujuan bertulis Negara-negara berkenaan, dokumen pergerakan, kontrak, dan bagi peralatan terpakai, rekod ujian kefungsian.</translation>
    </message>
    <message>
        <source>Share of tonnes</source>
        <translation>Peratusan tan</translation>
    </message>
    <message>
        <source>Sign in to keep bookmarks and notes.</source>
        <translation>Log masuk untuk menyimpan penanda dan nota.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tandatangan</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Tandatangan</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Cop</translation>
    </message>
    <message>
        <source>State informed on</source>
        <translation>Negara dimaklumkan pada</translation>
    </message>
    <message>
        <source>State of export</source>
        <translation>Negara pengeksport</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>Negara pengimport</translation>
    </message>
    <message>
        <source>State on {day}</source>
        <translation>Keadaan pada {day}</translation>
    </message>
    <message>
        <source>States of transit</source>
        <translation>Negara transit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>Status kes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Summary of inspections</source>
        <translation>Ringkasan pemeriksaan</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Penyelia</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Disyaki</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: This measure is taken under the law of {country} [cite the legal provisions implementing the Basel Convention and the customs powers used].</source>
        <translation>TEKS UNTUK DISESUAIKAN OLEH POS: Tindakan ini diambil di bawah undang-undang {country} [nyatakan peruntukan undang-undang yang melaksanakan Konvensyen Basel dan kuasa kastam yang digunakan].</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or appeal, who bears storage and return costs, and the consequences if nothing is done.</source>
        <translation>TEKS UNTUK DISESUAIKAN OLEH POS: had masa untuk menjawab, cara memohon semakan atau rayuan, siapa yang menanggung kos penyimpanan dan penghantaran balik, dan akibatnya jika tiada tindakan diambil.</translation>
    </message>
    <message>
        <source>TO COMPLETE: place of storage and how the goods may be inspected.</source>
        <translation>PERLU DILENGKAPKAN: tempat penyimpanan dan cara barang boleh diperiksa.</translation>
    </message>
    <message>
        <source>TO COMPLETE: telephone, e-mail and office hours.</source>
        <translation>PERLU DILENGKAPKAN: telefon, e-mel dan waktu pejabat.</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>Pengambilan semula oleh Negara pengeksport</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>Pengambilan semula atau pelupusan</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>Pengambilan semula diminta</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>Telefon, e-mel</translation>
    </message>
    <message>
        <source>The clock starts when the State is informed; enter that date.</source>
        <translation>Tempoh bermula apabila Negara dimaklumkan; masukkan tarikh tersebut.</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; try again.</source>
        <translation>Salinan {name} berbeza daripada yang asal; cuba lagi.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata laluan semasa salah.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>Fail pangkalan data {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>The database file{where} is damaged or is not a Customs Desk database.</source>
        <translation>Fail pangkalan data{where} rosak atau bukan pangkalan data Customs Desk.</translation>
    </message>
    <message>
        <source>The database {where} has tables but was not made by Customs Desk.</source>
        <translation>Pangkalan data {where} mempunyai jadual tetapi tidak dibuat oleh Customs Desk.</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Customs Desk (schema {revision}); this version ({version}) knows schemas up to {head}.</source>
        <translation>Pangkalan data {where} ditulis oleh versi Customs Desk yang lebih baharu (skema {revision}); versi ini ({version}) hanya mengenali skema sehingga {head}.</translation>
    </message>
    <message>
        <source>The database{where} cannot be opened or read.</source>
        <translation>Pangkalan data{where} tidak dapat dibuka atau dibaca.</translation>
    </message>
    <message>
        <source>The database{where} is locked by another program.</source>
        <translation>Pangkalan data{where} dikunci oleh program lain.</translation>
    </message>
    <message>
        <source>The database{where} is on a read-only drive or folder.</source>
        <translation>Pangkalan data{where} berada pada pemacu atau folder baca sahaja.</translation>
    </message>
    <message>
        <source>The date the State was informed is in the future.</source>
        <translation>Tarikh Negara dimaklumkan adalah pada masa hadapan.</translation>
    </message>
    <message>
        <source>The decision aid has no rule for these answers.</source>
        <translation>Alat bantu keputusan tidak mempunyai peraturan untuk jawapan ini.</translation>
    </message>
    <message>
        <source>The disk holding the database{where} is full.</source>
        <translation>Cakera yang menyimpan pangkalan data{where} sudah penuh.</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}.</source>
        <translation>Cakera penuh semasa menulis {path}.</translation>
    </message>
    <message>
        <source>The drive holding {path} is read-only.</source>
        <translation>Pemacu yang menyimpan {path} adalah baca sahaja.</translation>
    </message>
    <message>
        <source>The file is too large ({mb:.0f} MB) to include.</source>
        <translation>Fail terlalu besar ({mb:.0f} MB) untuk disertakan.</translation>
    </message>
    <message>
        <source>The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.</source>
        <translation>Cap jari yang diberikan kepada anda ({given}) tidak sepadan dengan fail kunci ({actual}). Jangan percayai fail ini.</translation>
    </message>
    <message>
        <source>The goods described below were {verb} by {agency} at {post} on {day}, after an inspection (reference {reference}). They are held to verify whether the shipment is a transboundary movement of hazardous or other wastes controlled under the Basel Convention, and whether the documents it requires were in order.</source>
        <translation>Barang yang diperihalkan di bawah telah {verb} oleh {agency} di {post} pada {day}, selepas pemeriksaan (rujukan {reference}). Barang itu ditahan untuk mengesahkan sama ada kiriman ini ialah pergerakan rentas sempadan sisa berbahaya atau sisa lain yang dikawal di bawah Konvensyen Basel, dan sama ada dokumen yang dikehendaki adalah teratur.</translation>
    </message>
    <message>
        <source>The handbook '{id}' cannot be opened: {problem}</source>
        <translation>Buku panduan '{id}' tidak dapat dibuka: {problem}</translation>
    </message>
    <message>
        <source>The handbook in {folder} cannot be read: {first}</source>
        <translation>Buku panduan dalam {folder} tidak dapat dibaca: {first}</translation>
    </message>
    <message>
        <source>The image is too large ({mp:.0f} megapixels) to include.</source>
        <translation>Imej terlalu besar ({mp:.0f} megapiksel) untuk disertakan.</translation>
    </message>
    <message>
        <source>The image is too large to include.</source>
        <translation>Imej terlalu besar untuk disertakan.</translation>
    </message>
    <message>
        <source>The importer or consignee is not recorded: write the addressee by hand.</source>
        <translation>Pengimport atau penerima tidak direkodkan: tulis nama dan alamat penerima dengan tangan.</translation>
    </message>
    <message>
        <source>The inspection date is before the Basel Convention existed.</source>
        <translation>Tarikh pemeriksaan lebih awal daripada kewujudan Konvensyen Basel.</translation>
    </message>
    <message>
        <source>The inspection date is in the future.</source>
        <translation>Tarikh pemeriksaan adalah pada masa hadapan.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {error}.</source>
        <translation>Fail kunci {path} rosak: {error}.</translation>
    </message>
    <message>
        <source>The key of post {post} is not trusted any more.</source>
        <translation>Kunci pos {post} tidak lagi dipercayai.</translation>
    </message>
    <message>
        <source>The last change was not saved. Free some space and try again.</source>
        <translation>Perubahan terakhir tidak disimpan. Kosongkan sedikit ruang dan cuba lagi.</translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation>Pihak tiada nama.</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>Tempoh berakhir ({to}) sebelum bermula ({start}).</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems.</source>
        <translation>Rekod belum boleh dimuktamadkan: {n} masalah.</translation>
    </message>
    <message>
        <source>The record's outcome is '{outcome}': check that a notice is needed before sending it.</source>
        <translation>Keputusan rekod ini ialah '{outcome}': pastikan notis memang diperlukan sebelum menghantarnya.</translation>
    </message>
    <message>
        <source>The reference code data is invalid: {problems}</source>
        <translation>Data kod rujukan tidak sah: {problems}</translation>
    </message>
    <message>
        <source>The stored file cannot be read: {error}.</source>
        <translation>Fail yang disimpan tidak dapat dibaca: {error}.</translation>
    </message>
    <message>
        <source>The stored file is missing; the photo cannot be shown.</source>
        <translation>Fail yang disimpan tiada; foto tidak dapat dipaparkan.</translation>
    </message>
    <message>
        <source>The stored file is not a readable image.</source>
        <translation>Fail yang disimpan bukan imej yang boleh dibaca.</translation>
    </message>
    <message>
        <source>The update cannot be made: {problems}</source>
        <translation>Kemas kini tidak dapat dibuat: {problems}</translation>
    </message>
    <message>
        <source>The upgrade would break {n} references; it was rolled back and the database is unchanged.</source>
        <translation>Naik taraf ini akan merosakkan {n} rujukan; ia telah dibatalkan dan pangkalan data tidak berubah.</translation>
    </message>
    <message>
        <source>The weight found differs from the declared weight by {p:.0%}.</source>
        <translation>Berat yang ditemui berbeza sebanyak {p:.0%} daripada berat yang diisytiharkan.</translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation>Nombor pegawai ini sudah didaftarkan.</translation>
    </message>
    <message>
        <source>This case belongs to another post; it can be read here but not changed.</source>
        <translation>Kes ini milik pos lain; ia boleh dibaca di sini tetapi tidak boleh diubah.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Konflik ini telah diselesaikan.</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet.</source>
        <translation>Folder data ini belum disediakan.</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet; run the first-run wizard.</source>
        <translation>Folder data ini belum disediakan; jalankan wizard permulaan pertama.</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>Folder data ini sudah disediakan.</translation>
    </message>
    <message>
        <source>This decision aid is already finished.</source>
        <translation>Alat bantu keputusan ini sudah selesai.</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Medan ini tidak boleh diubah di sini.</translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL ({error}). Install the 'postgres' extra (pip install customs-desk[postgres]) or use the embedded database.</source>
        <translation>Pemasangan ini tidak dapat bersambung ke PostgreSQL ({error}). Pasang tambahan 'postgres' (pip install customs-desk[postgres]) atau gunakan pangkalan data terbenam.</translation>
    </message>
    <message>
        <source>This is this installation's own key.</source>
        <translation>Ini ialah kunci pemasangan ini sendiri.</translation>
    </message>
    <message>
        <source>This key was revoked on {day} ({reason}); it cannot be trusted again.</source>
        <translation>Kunci ini telah dibatalkan pada {day} ({reason}); ia tidak boleh dipercayai lagi.</translation>
    </message>
    <message>
        <source>This note does not exist.</source>
        <translation>Nota ini tidak wujud.</translation>
    </message>
    <message>
        <source>This record belongs to another post; it can be read here but not changed.</source>
        <translation>Rekod ini milik pos lain; ia boleh dibaca di sini tetapi tidak boleh diubah.</translation>
    </message>
    <message>
        <source>This record has {n} goods lines; lines {first} to {n} are not printed (see the record in Customs Desk). The total below counts every line.</source>
        <translation>Rekod ini mempunyai {n} baris barang; baris {first} hingga {n} tidak dicetak (lihat rekod dalam Customs Desk). Jumlah di bawah mengira setiap baris.</translation>
    </message>
    <message>
        <source>This record is already finalized.</source>
        <translation>Rekod ini sudah dimuktamadkan.</translation>
    </message>
    <message>
        <source>This record is finalized; use Correct to change it.</source>
        <translation>Rekod ini telah dimuktamadkan; gunakan Betulkan untuk mengubahnya.</translation>
    </message>
    <message>
        <source>This result already belongs to another inspection.</source>
        <translation>Keputusan ini sudah dimiliki oleh pemeriksaan lain.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Garis masa</translation>
    </message>
    <message>
        <source>Title (reference tables)</source>
        <translation>Tajuk (jadual rujukan)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Tan</translation>
    </message>
    <message>
        <source>Tonnes by country of export</source>
        <translation>Tan mengikut negara eksport</translation>
    </message>
    <message>
        <source>Tonnes by waste stream</source>
        <translation>Tan mengikut aliran sisa</translation>
    </message>
    <message>
        <source>Tonnes found</source>
        <translation>Tan yang ditemui</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>Terlalu banyak kata laluan yang salah. Cuba lagi dalam {seconds} saat.</translation>
    </message>
    <message>
        <source>Total ({n} lines)</source>
        <translation>Jumlah ({n} baris)</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>Negara transit</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>Mod pengangkutan</translation>
    </message>
    <message>
        <source>Transshipment ports</source>
        <translation>Pelabuhan transhipmen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>UN</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>Nombor UN</translation>
    </message>
    <message>
        <source>UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).</source>
        <translation>UN{n:04d} berada di luar julat nombor UN (UN0001 hingga UN3599).</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Dalam siasatan</translation>
    </message>
    <message>
        <source>Unknown profile '{profile}'; use full or non-nominal.</source>
        <translation>Profil '{profile}' tidak dikenali; gunakan full atau non-nominal.</translation>
    </message>
    <message>
        <source>Use 0 (never) to 1440 minutes.</source>
        <translation>Gunakan 0 (tidak sekali-kali) hingga 1440 minit.</translation>
    </message>
    <message>
        <source>Use a data folder you can write to (--data-dir).</source>
        <translation>Gunakan folder data yang boleh ditulis (--data-dir).</translation>
    </message>
    <message>
        <source>Use a date (YYYY-MM-DD).</source>
        <translation>Gunakan format tarikh YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Gunakan sekurang-kurangnya {n} aksara.</translation>
    </message>
    <message>
        <source>Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, then up to two parts after hyphens).</source>
        <translation>Gunakan huruf besar dan digit, cth. SGP-TUAS atau VN-HPH-01 (2-8 aksara, kemudian paling banyak dua bahagian selepas tanda sempang).</translation>
    </message>
    <message>
        <source>Use letters, digits, '.', '/' or '-' (up to 40 characters).</source>
        <translation>Gunakan huruf, digit, '.', '/' atau '-' (paling banyak 40 aksara).</translation>
    </message>
    <message>
        <source>Vessel, voyage, vehicle or flight</source>
        <translation>Kapal, pelayaran, kenderaan atau penerbangan</translation>
    </message>
    <message>
        <source>WARNING: the stored file does not match the SHA-256 recorded at capture; it was changed or damaged.</source>
        <translation>AMARAN: fail yang disimpan tidak sepadan dengan SHA-256 yang direkodkan semasa diambil; fail telah diubah atau rosak.</translation>
    </message>
    <message>
        <source>WITHDRAWN: this record was withdrawn; it is printed for reference only.</source>
        <translation>DITARIK BALIK: rekod ini telah ditarik balik; ia dicetak untuk rujukan sahaja.</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Aliran sisa</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Berat</translation>
    </message>
    <message>
        <source>Weight declared / found</source>
        <translation>Berat diisytiharkan / ditemui</translation>
    </message>
    <message>
        <source>Weight found</source>
        <translation>Berat yang ditemui</translation>
    </message>
    <message>
        <source>Weights are the weights found at inspection; inspections without a weight are counted but add nothing to the tonnes. Withdrawn records and drafts are not counted.</source>
        <translation>Berat ialah berat yang ditemui semasa pemeriksaan; pemeriksaan tanpa berat dikira tetapi tidak menambah jumlah tan. Rekod yang ditarik balik dan draf tidak dikira.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perkara</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>Barang yang ditahan</translation>
    </message>
    <message>
        <source>What you may do</source>
        <translation>Perkara yang boleh anda lakukan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Where the goods are</source>
        <translation>Lokasi barang</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Tulis nota terlebih dahulu.</translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation>Nombor pegawai atau kata laluan salah.</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>Sinar-X / imbasan</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Y codes (Annex I / II)</source>
        <translation>Kod Y (Lampiran I / II)</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak boleh menyahaktifkan akaun anda sendiri.</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>Pengisytiharan anda:</translation>
    </message>
    <message>
        <source>[country]</source>
        <translation>[negara]</translation>
    </message>
    <message>
        <source>[text in a script not supported: {scripts}]</source>
        <translation>[teks dalam tulisan yang tidak disokong: {scripts}]</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>[perlu dilengkapkan]</translation>
    </message>
    <message>
        <source>all but withdrawn</source>
        <translation>semua kecuali yang ditarik balik</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>semua tarikh</translation>
    </message>
    <message>
        <source>any</source>
        <translation>sebarang</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>muktamad</translation>
    </message>
    <message>
        <source>finalized inspections</source>
        <translation>pemeriksaan yang telah dimuktamadkan</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>penerbangan</translation>
    </message>
    <message>
        <source>held</source>
        <translation>ditahan</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>tidak berkenaan</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak direkodkan</translation>
    </message>
    <message>
        <source>not shown: more than {n} photos</source>
        <translation>tidak dipaparkan: lebih daripada {n} foto</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lain-lain</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>dikemukakan</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>meterai</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>disita</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>lori</translation>
    </message>
    <message>
        <source>vessel</source>
        <translation>kapal</translation>
    </message>
    <message>
        <source>voyage</source>
        <translation>pelayaran</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ditarik balik</translation>
    </message>
    <message>
        <source>{authority} ({country}) notified on {day}.</source>
        <translation>{authority} ({country}) dimaklumkan pada {day}.</translation>
    </message>
    <message>
        <source>{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}</source>
        <translation>{code} hanya terpakai mulai {start} ({decision}); kod ini belum wujud pada {day}.{advice}</translation>
    </message>
    <message>
        <source>{code} exists in {edition}, the edition in force on {day}.</source>
        <translation>{code} wujud dalam {edition}, edisi yang berkuat kuasa pada {day}.</translation>
    </message>
    <message>
        <source>{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.</source>
        <translation>{code} ialah kod HS yang betul bentuknya; ia bukan salah satu kepala sisa dalam jadual rujukan.</translation>
    </message>
    <message>
        <source>{code} is not a Basel code in the reference tables.{hint}</source>
        <translation>{code} bukan kod Basel dalam jadual rujukan.{hint}</translation>
    </message>
    <message>
        <source>{code} is not a Y code valid on {day}.</source>
        <translation>{code} bukan kod Y yang sah pada {day}.</translation>
    </message>
    <message>
        <source>{code} is not an Annex III H code (H1 to H13).</source>
        <translation>{code} bukan kod H Lampiran III (H1 hingga H13).</translation>
    </message>
    <message>
        <source>{code} is not in the reference tables.</source>
        <translation>{code} tiada dalam jadual rujukan.</translation>
    </message>
    <message>
        <source>{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}</source>
        <translation>{code} tiada dalam {edition}, edisi yang berkuat kuasa pada {day}; kod ini wujud dalam {other}.{advice}</translation>
    </message>
    <message>
        <source>{code} is valid on {day}.</source>
        <translation>{code} sah pada {day}.</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}.</source>
        <translation>{code} telah dipadam pada {end}.</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}; consider {codes}.</source>
        <translation>{code} telah dipadam pada {end}; pertimbangkan {codes}.</translation>
    </message>
    <message>
        <source>{code} was replaced by {new} on {end}.</source>
        <translation>{code} telah digantikan dengan {new} pada {end}.</translation>
    </message>
    <message>
        <source>{label} · {status} · revision {revision}</source>
        <translation>{label} · {status} · semakan {revision}</translation>
    </message>
    <message>
        <source>{name} ({role}) is not allowed to {action}.</source>
        <translation>{name} ({role}) tidak dibenarkan melakukan tindakan ini: {action}.</translation>
    </message>
    <message>
        <source>{name} acknowledges a package this post did not make.</source>
        <translation>{name} mengakui penerimaan pakej yang tidak dibuat oleh pos ini.</translation>
    </message>
    <message>
        <source>{name} cannot be decrypted with this installation's key.</source>
        <translation>{name} tidak dapat dinyahsulit dengan kunci pemasangan ini.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>{name} contains a member with a forbidden name ({member}).</source>
        <translation>{name} mengandungi fail dalaman dengan nama yang dilarang ({member}).</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} tidak wujud.</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>Pengepala {name} rosak.</translation>
    </message>
    <message>
        <source>{name} has no manifest.</source>
        <translation>{name} tiada senarai fail (manifest).</translation>
    </message>
    <message>
        <source>{name} has too many members.</source>
        <translation>{name} mengandungi terlalu banyak fail dalaman.</translation>
    </message>
    <message>
        <source>{name} is a {kind} package, not a {expected} package.</source>
        <translation>{name} ialah pakej {kind}, bukan pakej {expected}.</translation>
    </message>
    <message>
        <source>{name} is cut short (incomplete copy?).</source>
        <translation>{name} terpotong (salinan tidak lengkap?).</translation>
    </message>
    <message>
        <source>{name} is damaged (it does not decrypt).</source>
        <translation>{name} rosak (tidak dapat dinyahsulit).</translation>
    </message>
    <message>
        <source>{name} is damaged or was changed after it was signed (the signature does not match).</source>
        <translation>{name} rosak atau telah diubah selepas ditandatangani (tandatangan tidak sepadan).</translation>
    </message>
    <message>
        <source>{name} is dated in the future ({created}); check the clocks of both computers.</source>
        <translation>{name} bertarikh pada masa hadapan ({created}); semak jam kedua-dua komputer.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} kosong.</translation>
    </message>
    <message>
        <source>{name} is encrypted for {names}, not for this installation.</source>
        <translation>{name} disulitkan untuk {names}, bukan untuk pemasangan ini.</translation>
    </message>
    <message>
        <source>{name} is larger than the {gb} GB a package may hold; it was not opened.</source>
        <translation>{name} melebihi had {gb} GB bagi satu pakej; fail ini tidak dibuka.</translation>
    </message>
    <message>
        <source>{name} is not a Customs Desk package.</source>
        <translation>{name} bukan pakej Customs Desk.</translation>
    </message>
    <message>
        <source>{name} is not a readable image.</source>
        <translation>{name} bukan imej yang boleh dibaca.</translation>
    </message>
    <message>
        <source>{name} is not a valid receipt.</source>
        <translation>{name} bukan resit yang sah.</translation>
    </message>
    <message>
        <source>{name} is not from the secretariat.</source>
        <translation>{name} bukan daripada sekretariat.</translation>
    </message>
    <message>
        <source>{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender's key first.</source>
        <translation>{name} ditandatangani dengan kunci yang tidak dipercayai oleh pemasangan ini ({sender}). Bandingkan dan percayai kunci pengirim terlebih dahulu.</translation>
    </message>
    <message>
        <source>{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).</source>
        <translation>{name} ditandatangani dengan kunci yang telah dibatalkan ({post}, dibatalkan pada {day}: {reason}).</translation>
    </message>
    <message>
        <source>{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.</source>
        <translation>{name} ditandatangani oleh {post}, bukan oleh sekretariat; kemas kini hanya datang daripada sekretariat.</translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.</source>
        <translation>Saiz {name} ialah {mb:.1f} MB; hadnya {limit} MB bagi setiap fail. Kurangkan saiz foto pada kamera atau telefon.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Customs Desk (package format {version}); install the newer version to read it.</source>
        <translation>{name} dibuat oleh versi Customs Desk yang lebih baharu (format pakej {version}); pasang versi yang lebih baharu untuk membacanya.</translation>
    </message>
    <message>
        <source>{name} would expand to more than {gb} GB.</source>
        <translation>{name} akan menjadi lebih daripada {gb} GB apabila dinyahmampat.</translation>
    </message>
    <message>
        <source>{name}: alert '{title}' is invalid: {reason}</source>
        <translation>{name}: amaran '{title}' tidak sah: {reason}</translation>
    </message>
    <message>
        <source>{name}: alerts.json is damaged.</source>
        <translation>{name}: alerts.json rosak.</translation>
    </message>
    <message>
        <source>{name}: an alert has no id.</source>
        <translation>{name}: terdapat amaran tanpa id.</translation>
    </message>
    <message>
        <source>{name}: attachment {member} does not match its name.</source>
        <translation>{name}: lampiran {member} tidak sepadan dengan namanya.</translation>
    </message>
    <message>
        <source>{name}: handbook {book} is invalid: {problem}</source>
        <translation>{name}: buku panduan {book} tidak sah: {problem}</translation>
    </message>
    <message>
        <source>{name}: member {member} does not match its hash in the manifest.</source>
        <translation>{name}: fail dalaman {member} tidak sepadan dengan cincangannya dalam senarai fail.</translation>
    </message>
    <message>
        <source>{name}: member {member} expands suspiciously (a decompression bomb?).</source>
        <translation>{name}: fail dalaman {member} mengembang secara mencurigakan apabila dinyahmampat (bom nyahmampat?).</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large ({mb} MB).</source>
        <translation>{name}: fail dalaman {member} terlalu besar ({mb} MB).</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large.</source>
        <translation>{name}: fail dalaman {member} terlalu besar.</translation>
    </message>
    <message>
        <source>{name}: members missing ({missing}) or not in the manifest ({extra}).</source>
        <translation>{name}: fail dalaman tiada ({missing}) atau tidak tersenarai dalam senarai fail ({extra}).</translation>
    </message>
    <message>
        <source>{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.</source>
        <translation>{name}: hanya foto (JPEG, PNG, TIFF, WebP), PDF dan fail teks boleh dilampirkan.</translation>
    </message>
    <message>
        <source>{name}: revision {revision} of {record} has no parent hash.</source>
        <translation>{name}: semakan {revision} bagi {record} tiada cincangan semakan sebelumnya.</translation>
    </message>
    <message>
        <source>{name}: the audit events do not end where the manifest says.</source>
        <translation>{name}: peristiwa audit tidak berakhir di tempat yang dinyatakan dalam senarai fail.</translation>
    </message>
    <message>
        <source>{name}: the content is damaged ({error}).</source>
        <translation>{name}: kandungan rosak ({error}).</translation>
    </message>
    <message>
        <source>{name}: the manifest does not match the signed header.</source>
        <translation>{name}: senarai fail tidak sepadan dengan pengepala yang ditandatangani.</translation>
    </message>
    <message>
        <source>{name}: the manifest is damaged.</source>
        <translation>{name}: senarai fail rosak.</translation>
    </message>
    <message>
        <source>{name}: the manifest lists no members.</source>
        <translation>{name}: senarai fail tidak menyenaraikan sebarang fail.</translation>
    </message>
    <message>
        <source>{name}: the reference codes are invalid: {problem}</source>
        <translation>{name}: kod rujukan tidak sah: {problem}</translation>
    </message>
    <message>
        <source>{name}: trust.json is damaged.</source>
        <translation>{name}: trust.json rosak.</translation>
    </message>
    <message>
        <source>{name}: {member} is not valid JSON.</source>
        <translation>{name}: {member} bukan JSON yang sah.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{number} · {status} · revision {revision}</source>
        <translation>{number} · {status} · semakan {revision}</translation>
    </message>
    <message>
        <source>{number}: a container number has 11 characters (4 letters, 7 digits), e.g. CSQU3054383.</source>
        <translation>{number}: nombor kontena mempunyai 11 aksara (4 huruf, 7 digit), cth. CSQU3054383.</translation>
    </message>
    <message>
        <source>{number}: the check digit is wrong; for {body} it should be {digit}. Re-read the number on the container door.</source>
        <translation>{number}: digit semak salah; bagi {body} sepatutnya {digit}. Baca semula nombor pada pintu kontena.</translation>
    </message>
    <message>
        <source>{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits (e.g. CSQU3054383).</source>
        <translation>{number}: gunakan 3 huruf kod pemilik, huruf kategori U, J atau Z, kemudian 7 digit (cth. CSQU3054383).</translation>
    </message>
    <message>
        <source>{n} days left (deadline {deadline}).</source>
        <translation>Tinggal {n} hari (tarikh akhir {deadline}).</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entri</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} sudah wujud; tiada apa-apa yang ditimpa.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} tidak wujud.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ialah folder, bukan fail pangkalan data.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} ialah folder; berikan nama fail.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not one made by Customs Desk.</source>
        <translation>{path} ialah pangkalan data SQLite tetapi bukan yang dibuat oleh Customs Desk.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} bukan fail.</translation>
    </message>
    <message>
        <source>{path} is not a folder (is the USB stick plugged in?).</source>
        <translation>{path} bukan folder (adakah pemacu USB telah dipasang?).</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} bukan folder.</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file: {error}</source>
        <translation>{path} bukan fail JSON yang boleh dibaca: {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: unknown kind.</source>
        <translation>{path} bukan fail kunci Customs Desk yang sah: jenis tidak dikenali.</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: {error}</source>
        <translation>{path} bukan fail kunci Customs Desk yang sah: {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid inspection ({n} problems); nothing was saved.</source>
        <translation>{path} bukan pemeriksaan yang sah ({n} masalah); tiada apa-apa yang disimpan.</translation>
    </message>
    <message>
        <source>{path} must contain one JSON object (one inspection).</source>
        <translation>{path} mesti mengandungi satu objek JSON (satu pemeriksaan).</translation>
    </message>
    <message>
        <source>{path} must hold {{"alerts": [...], "withdraw": [...]}}.</source>
        <translation>{path} mesti mengandungi {{"alerts": [...], "withdraw": [...]}}.</translation>
    </message>
    <message>
        <source>{value} is valid.</source>
        <translation>{value} sah.</translation>
    </message>
    <message>
        <source>… and {n} more lines (listed in the inspection report).</source>
        <translation>… dan {n} baris lagi (disenaraikan dalam laporan pemeriksaan).</translation>
    </message>
</context>
<context>
    <name>decision_aids</name>
    <message>
        <source>All checks passed. Release under normal procedures and record what you checked: documents seen, items sampled, packaging and loading, and why any red flag was explained.</source>
        <translation>Semua semakan lulus. Lepaskan barang mengikut prosedur biasa dan rekodkan perkara yang anda semak: dokumen yang dilihat, unit yang disampel, pembungkusan dan pemuatan, serta sebab setiap tanda amaran dapat dijelaskan.</translation>
    </message>
    <message>
        <source>Are all the conditions of that exemption met, and do the goods look like what the exemption describes?</source>
        <translation>Adakah semua syarat pengecualian itu dipenuhi, dan adakah barang itu kelihatan seperti yang diperihalkan dalam pengecualian tersebut?</translation>
    </message>
    <message>
        <source>Are all the reuse documents present and credible: invoice and contract stating direct reuse and full function; a test record for every item with a protocol; the holder's signed declaration that nothing is waste; a transport document matching the invoice?</source>
        <translation>Adakah semua dokumen guna semula ada dan boleh dipercayai: invois dan kontrak yang menyatakan guna semula secara langsung dan berfungsi sepenuhnya; rekod ujian bagi setiap unit berserta protokol; akuan bertandatangan oleh pemegang barang bahawa tiada apa-apa yang merupakan sisa; dokumen pengangkutan yang sepadan dengan invois?</translation>
    </message>
    <message>
        <source>Are they lead-acid batteries (whole or crushed)?</source>
        <translation>Adakah ia bateri asid plumbum (keseluruhan atau dihancurkan)?</translation>
    </message>
    <message>
        <source>Are they unsorted, or do they contain lead, cadmium or mercury (or other Annex I constituents) to a hazardous extent?</source>
        <translation>Adakah bateri itu tidak diasingkan, atau mengandungi plumbum, kadmium atau merkuri (atau juzuk Lampiran I lain) sehingga tahap berbahaya?</translation>
    </message>
    <message>
        <source>Art. 9(1)(a): no notification to all States concerned</source>
        <translation>Art. 9(1)(a): tiada pemberitahuan kepada semua Negara berkenaan</translation>
    </message>
    <message>
        <source>Art. 9(1)(b): no consent of a State concerned</source>
        <translation>Art. 9(1)(b): tiada persetujuan Negara berkenaan</translation>
    </message>
    <message>
        <source>Art. 9(1)(c): consent obtained through falsification, misrepresentation or fraud</source>
        <translation>Art. 9(1)(c): persetujuan diperoleh melalui pemalsuan, salah nyata atau fraud</translation>
    </message>
    <message>
        <source>Art. 9(1)(d): does not conform in a material way with the documents</source>
        <translation>Art. 9(1)(d): tidak sepadan dengan dokumen dari segi perkara penting</translation>
    </message>
    <message>
        <source>Art. 9(1)(e): results in deliberate disposal contrary to the Convention</source>
        <translation>Art. 9(1)(e): mengakibatkan pelupusan dengan sengaja yang bertentangan dengan Konvensyen</translation>
    </message>
    <message>
        <source>Article 9 applies only to wastes covered by the Convention. National law may still apply.</source>
        <translation>Perkara 9 hanya terpakai kepada sisa yang diliputi oleh Konvensyen. Undang-undang negara mungkin masih terpakai.</translation>
    </message>
    <message>
        <source>Article 9(1) of the Basel Convention lists five situations in which a transboundary movement is illegal traffic. Answer each question; one shipment can meet more than one ground.</source>
        <translation>Perkara 9(1) Konvensyen Basel menyenaraikan lima keadaan yang menjadikan pergerakan rentas sempadan sebagai lalu lintas haram. Jawab setiap soalan; satu kiriman boleh memenuhi lebih daripada satu alasan.</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Tidak pasti</translation>
    </message>
    <message>
        <source>Check with the competent authority</source>
        <translation>Rujuk kepada pihak berkuasa berwibawa</translation>
    </message>
    <message>
        <source>Classify the waste first</source>
        <translation>Klasifikasikan sisa terlebih dahulu</translation>
    </message>
    <message>
        <source>Clean, sorted plastic waste for environmentally sound recycling (from 1 January 2021; B3011 replaced B3010). Check contamination carefully and the national rules of the countries concerned.</source>
        <translation>Sisa plastik yang bersih dan telah diasingkan untuk dikitar semula secara mesra alam sekitar (mulai 1 Januari 2021; B3011 menggantikan B3010). Semak pencemaran dengan teliti serta peraturan negara bagi negara-negara berkenaan.</translation>
    </message>
    <message>
        <source>Collected from households</source>
        <translation>Dikumpul dari isi rumah</translation>
    </message>
    <message>
        <source>Decide first whether the equipment is waste</source>
        <translation>Tentukan dahulu sama ada peralatan itu sisa</translation>
    </message>
    <message>
        <source>Did every State concerned give written consent (and is the consent valid for these dates and this quantity)?</source>
        <translation>Adakah setiap Negara berkenaan telah memberikan persetujuan bertulis (dan adakah persetujuan itu sah bagi tarikh dan kuantiti ini)?</translation>
    </message>
    <message>
        <source>Do the documents claim an exemption: repair under warranty, failure (root-cause) analysis, or repair or refurbishment under a contract?</source>
        <translation>Adakah dokumen menuntut pengecualian: pembaikan di bawah waranti, analisis kegagalan (punca utama), atau pembaikan atau pembaikpulihan di bawah kontrak?</translation>
    </message>
    <message>
        <source>Do the goods match the papers? Sampled items carry readable test labels that match the protocol; items are complete and undamaged; they are protected by packaging and properly stacked; the far end of the container looks like the door end.</source>
        <translation>Adakah barang sepadan dengan dokumen? Unit yang disampel mempunyai label ujian yang boleh dibaca dan sepadan dengan protokol; unit lengkap dan tidak rosak; unit dilindungi oleh pembungkusan dan disusun dengan betul; bahagian belakang kontena kelihatan sama seperti bahagian pintu.</translation>
    </message>
    <message>
        <source>Does any red flag about the consignee, the route or the declared value remain unexplained, or is there an alert about the shipper, consignee or route?</source>
        <translation>Adakah masih terdapat tanda amaran tentang penerima, laluan atau nilai yang diisytiharkan yang belum dapat dijelaskan, atau adakah terdapat amaran tentang pengirim, penerima atau laluan?</translation>
    </message>
    <message>
        <source>Does it contain, or is it contaminated with, hazardous components: CRT glass, list A batteries, mercury switches, lamps or backlights, PCB capacitors, asbestos parts, certain circuit boards or displays, plastics with brominated flame retardants?</source>
        <translation>Adakah ia mengandungi, atau tercemar dengan, komponen berbahaya: kaca CRT, bateri senarai A, suis merkuri, lampu atau lampu latar, kapasitor PCB, bahagian asbestos, papan litar atau paparan tertentu, plastik dengan bahan perencat nyala berbromin?</translation>
    </message>
    <message>
        <source>Does the movement appear to result in deliberate disposal (for example dumping) contrary to the Convention or international law?</source>
        <translation>Adakah pergerakan itu kelihatan mengakibatkan pelupusan dengan sengaja (contohnya pembuangan haram) yang bertentangan dengan Konvensyen atau undang-undang antarabangsa?</translation>
    </message>
    <message>
        <source>Does the shipment conform in a material way with the documents (type of waste, codes, quantity, parties, route)?</source>
        <translation>Adakah kiriman sepadan dengan dokumen dari segi perkara penting (jenis sisa, kod, kuantiti, pihak, laluan)?</translation>
    </message>
    <message>
        <source>Find the Basel entry to note as suspected: Annex VIII (list A, presumed hazardous), Annex IX (list B, presumed not hazardous) or Annex II (other wastes, controlled). Suspected codes are not a legal classification; the competent authority decides.</source>
        <translation>Cari kod Basel untuk dicatat sebagai disyaki: Lampiran VIII (senarai A, dianggap berbahaya), Lampiran IX (senarai B, dianggap tidak berbahaya) atau Lampiran II (sisa lain, dikawal). Kod yang disyaki bukan klasifikasi undang-undang; pihak berkuasa berwibawa yang memutuskan.</translation>
    </message>
    <message>
        <source>For a load declared as, or containing, used electrical or electronic equipment. Answer from what you see and the documents presented. The result supports your judgement; it does not replace your national law.</source>
        <translation>Untuk muatan yang diisytiharkan sebagai, atau mengandungi, peralatan elektrik atau elektronik terpakai. Jawab berdasarkan apa yang anda lihat dan dokumen yang dikemukakan. Keputusan ini menyokong pertimbangan anda; ia tidak menggantikan undang-undang negara anda.</translation>
    </message>
    <message>
        <source>From these answers the movement does not meet any ground of Article 9(1). Record what you checked.</source>
        <translation>Berdasarkan jawapan ini, pergerakan itu tidak memenuhi mana-mana alasan dalam Perkara 9(1). Rekodkan perkara yang anda semak.</translation>
    </message>
    <message>
        <source>Hazardous plastic waste (from 1 January 2021, decision BC-14/12). Prior informed consent is required.</source>
        <translation>Sisa plastik berbahaya (mulai 1 Januari 2021, keputusan BC-14/12). Persetujuan termaklum terdahulu (PIC) diperlukan.</translation>
    </message>
    <message>
        <source>Hazardous waste electrical and electronic equipment. A1181 applies from 1 January 2025 (decision BC-15/18); for movements before that date, A1180 applied. Prior informed consent is required. Commonly associated HS heading: 8549 (a hint, not a classification).</source>
        <translation>Sisa peralatan elektrik dan elektronik yang berbahaya. A1181 terpakai mulai 1 Januari 2025 (keputusan BC-15/18); bagi pergerakan sebelum tarikh itu, A1180 terpakai. Persetujuan termaklum terdahulu (PIC) diperlukan. Kepala HS yang biasa dikaitkan: 8549 (petunjuk, bukan klasifikasi).</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <translation>Saya belum tahu</translation>
    </message>
    <message>
        <source>If the goods are really not waste, the Basel lists do not apply. Record why you concluded this.</source>
        <translation>Jika barang itu benar-benar bukan sisa, senarai Basel tidak terpakai. Rekodkan sebab anda membuat kesimpulan ini.</translation>
    </message>
    <message>
        <source>Is it clearly waste already? For example: goods broken, cut up, crushed or stripped; loose circuit boards, cables or fractions; loose used batteries; equipment mixed with scrap or household waste; or documents that say scrap, waste or for recycling.</source>
        <translation>Adakah ia jelas sudah menjadi sisa? Contohnya: barang rosak, dipotong, dihancurkan atau dilucutkan; papan litar, kabel atau pecahan yang longgar; bateri terpakai yang longgar; peralatan bercampur dengan skrap atau sisa isi rumah; atau dokumen yang menyebut skrap, sisa atau untuk kitar semula.</translation>
    </message>
    <message>
        <source>Is it going to environmentally sound recycling, almost free from contamination and other wastes, and almost exclusively one non-halogenated polymer, one cured resin, one listed fluorinated polymer, or a PE/PP/PET mixture for separate recycling?</source>
        <translation>Adakah ia ditujukan untuk kitar semula secara mesra alam sekitar, hampir bebas daripada pencemaran dan jenis sisa lain, dan hampir keseluruhannya terdiri daripada satu polimer tidak terhalogen, satu resin terawet, satu polimer berfluorin yang disenaraikan, atau campuran PE/PP/PET untuk kitar semula berasingan?</translation>
    </message>
    <message>
        <source>Is it plastic waste (including mixtures of plastic waste)?</source>
        <translation>Adakah ia sisa plastik (termasuk campuran sisa plastik)?</translation>
    </message>
    <message>
        <source>Is it waste batteries or accumulators?</source>
        <translation>Adakah ia sisa bateri atau akumulator?</translation>
    </message>
    <message>
        <source>Is it waste electrical or electronic equipment, its components, or fractions from processing it (shredding, dismantling)?</source>
        <translation>Adakah ia sisa peralatan elektrik atau elektronik, komponennya, atau pecahan daripada pemprosesannya (penyiatan, peleraian)?</translation>
    </message>
    <message>
        <source>Is the material waste, that is, going to disposal or recovery rather than being used again as it is?</source>
        <translation>Adakah bahan itu sisa, iaitu ditujukan untuk pelupusan atau perolehan semula dan bukan untuk digunakan semula sebagaimana adanya?</translation>
    </message>
    <message>
        <source>Is the plastic contaminated with, or does it contain, Annex I constituents to an extent that gives it an Annex III hazardous characteristic?</source>
        <translation>Adakah plastik itu tercemar dengan, atau mengandungi, juzuk Lampiran I sehingga tahap yang memberikannya ciri berbahaya Lampiran III?</translation>
    </message>
    <message>
        <source>Is the shipment a waste covered by the Convention (a hazardous waste or one of the other wastes of Annex II)?</source>
        <translation>Adakah kiriman itu sisa yang diliputi oleh Konvensyen (sisa berbahaya atau salah satu sisa lain dalam Lampiran II)?</translation>
    </message>
    <message>
        <source>Is there a sign that consent was obtained by falsification, misrepresentation or fraud (forged permit, invented facility, false description to the authorities)?</source>
        <translation>Adakah terdapat tanda bahawa persetujuan diperoleh melalui pemalsuan, salah nyata atau fraud (permit palsu, fasiliti rekaan, perihal palsu kepada pihak berkuasa)?</translation>
    </message>
    <message>
        <source>Is this illegal traffic under Article 9?</source>
        <translation>Adakah ini lalu lintas haram di bawah Perkara 9?</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Bukan kedua-duanya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>No Article 9 ground found</source>
        <translation>Tiada alasan di bawah Perkara 9 ditemui</translation>
    </message>
    <message>
        <source>No ground is established yet, but notification or consent could not be confirmed. Ask the competent authority before release.</source>
        <translation>Belum ada alasan yang terbukti, tetapi pemberitahuan atau persetujuan tidak dapat disahkan. Rujuk kepada pihak berkuasa berwibawa sebelum pelepasan.</translation>
    </message>
    <message>
        <source>No, one or more is missing or doubtful</source>
        <translation>Tidak, satu atau lebih tiada atau diragui</translation>
    </message>
    <message>
        <source>No, or I cannot tell</source>
        <translation>Tidak, atau saya tidak pasti</translation>
    </message>
    <message>
        <source>No: sorted, made to a specification, without lead, cadmium or mercury</source>
        <translation>Tidak: diasingkan, mematuhi spesifikasi, tanpa plumbum, kadmium atau merkuri</translation>
    </message>
    <message>
        <source>Non-hazardous waste electrical and electronic equipment. Y49 applies from 1 January 2025 (decision BC-15/18) and is subject to prior informed consent. Before that date, non-hazardous e-waste could fall under B1110.</source>
        <translation>Sisa peralatan elektrik dan elektronik yang tidak berbahaya. Y49 terpakai mulai 1 Januari 2025 (keputusan BC-15/18) dan tertakluk kepada persetujuan termaklum terdahulu (PIC). Sebelum tarikh itu, sisa elektronik yang tidak berbahaya boleh termasuk di bawah B1110.</translation>
    </message>
    <message>
        <source>None of the common routes fits. Compare the goods with list A and list B, then with Annex I and Annex III, describe them in detail and ask the competent authority.</source>
        <translation>Tiada laluan biasa yang sesuai. Bandingkan barang dengan senarai A dan senarai B, kemudian dengan Lampiran I dan Lampiran III, huraikan barang itu secara terperinci dan rujuk kepada pihak berkuasa berwibawa.</translation>
    </message>
    <message>
        <source>Not Basel illegal traffic</source>
        <translation>Bukan lalu lintas haram di bawah Konvensyen Basel</translation>
    </message>
    <message>
        <source>Not sure: it is used electrical equipment</source>
        <translation>Tidak pasti: ia peralatan elektrik terpakai</translation>
    </message>
    <message>
        <source>Not waste: no Basel entry</source>
        <translation>Bukan sisa: tiada kod Basel</translation>
    </message>
    <message>
        <source>Plastic waste that is neither hazardous (A3210) nor clean and sorted (B3011). Y48 applies from 1 January 2021 and requires prior informed consent.</source>
        <translation>Sisa plastik yang bukan berbahaya (A3210) dan bukan juga bersih dan diasingkan (B3011). Y48 terpakai mulai 1 Januari 2021 dan memerlukan persetujuan termaklum terdahulu (PIC).</translation>
    </message>
    <message>
        <source>Residues from incinerating household waste</source>
        <translation>Residu daripada pembakaran sisa isi rumah</translation>
    </message>
    <message>
        <source>Residues from the incineration of household wastes. Controlled under the Convention.</source>
        <translation>Residu daripada pembakaran sisa isi rumah. Dikawal di bawah Konvensyen.</translation>
    </message>
    <message>
        <source>Run the decision aid "Used EEE or e-waste?" first, then come back here if it is e-waste.</source>
        <translation>Jalankan alat bantu keputusan "Peralatan terpakai atau sisa elektronik?" terlebih dahulu, kemudian kembali ke sini jika ia sisa elektronik.</translation>
    </message>
    <message>
        <source>Run the decision aid "Which list?" and come back to this one.</source>
        <translation>Jalankan alat bantu keputusan "Senarai yang mana?" dan kembali ke sini.</translation>
    </message>
    <message>
        <source>Suspected A1160 (Annex VIII, list A)</source>
        <translation>Disyaki A1160 (Lampiran VIII, senarai A)</translation>
    </message>
    <message>
        <source>Suspected A1170 (Annex VIII, list A)</source>
        <translation>Disyaki A1170 (Lampiran VIII, senarai A)</translation>
    </message>
    <message>
        <source>Suspected A1181 (Annex VIII, list A)</source>
        <translation>Disyaki A1181 (Lampiran VIII, senarai A)</translation>
    </message>
    <message>
        <source>Suspected A3210 (Annex VIII, list A)</source>
        <translation>Disyaki A3210 (Lampiran VIII, senarai A)</translation>
    </message>
    <message>
        <source>Suspected B1090 (Annex IX, list B)</source>
        <translation>Disyaki B1090 (Lampiran IX, senarai B)</translation>
    </message>
    <message>
        <source>Suspected B3011 (Annex IX, list B)</source>
        <translation>Disyaki B3011 (Lampiran IX, senarai B)</translation>
    </message>
    <message>
        <source>Suspected Y46 (Annex II, other wastes)</source>
        <translation>Disyaki Y46 (Lampiran II, sisa lain)</translation>
    </message>
    <message>
        <source>Suspected Y47 (Annex II, other wastes)</source>
        <translation>Disyaki Y47 (Lampiran II, sisa lain)</translation>
    </message>
    <message>
        <source>Suspected Y48 (Annex II, other wastes)</source>
        <translation>Disyaki Y48 (Lampiran II, sisa lain)</translation>
    </message>
    <message>
        <source>Suspected Y49 (Annex II, other wastes)</source>
        <translation>Disyaki Y49 (Lampiran II, sisa lain)</translation>
    </message>
    <message>
        <source>Suspected illegal traffic</source>
        <translation>Disyaki lalu lintas haram</translation>
    </message>
    <message>
        <source>The answers meet at least one ground of Article 9(1). Hold the goods where your law allows, notify the competent authority and open a case; the take-back clocks start when the State responsible is informed.</source>
        <translation>Jawapan memenuhi sekurang-kurangnya satu alasan dalam Perkara 9(1). Tahan barang setakat yang dibenarkan oleh undang-undang anda, maklumkan pihak berkuasa berwibawa dan buka kes; tempoh pengambilan semula bermula apabila Negara yang bertanggungjawab dimaklumkan.</translation>
    </message>
    <message>
        <source>The goods already look like waste. Hold them where your law allows and refer the case to the competent authority. Suspected codes: A1181 if hazardous components are present (CRT glass, list A batteries, mercury lamps or switches, PCB capacitors), otherwise Y49; HS heading 8549.</source>
        <translation>Barang itu sudah kelihatan seperti sisa. Tahan barang setakat yang dibenarkan oleh undang-undang anda dan rujuk kes kepada pihak berkuasa berwibawa. Kod yang disyaki: A1181 jika terdapat komponen berbahaya (kaca CRT, bateri senarai A, lampu atau suis merkuri, kapasitor PCB), jika tidak Y49; kepala HS 8549.</translation>
    </message>
    <message>
        <source>The papers and goods look right, but a red flag remains. Record it, hold the goods and ask the competent authority before release.</source>
        <translation>Dokumen dan barang kelihatan betul, tetapi masih ada tanda amaran. Rekodkan tanda itu, tahan barang dan rujuk kepada pihak berkuasa berwibawa sebelum pelepasan.</translation>
    </message>
    <message>
        <source>To check: whether every State consented</source>
        <translation>Untuk disemak: sama ada setiap Negara telah memberikan persetujuan</translation>
    </message>
    <message>
        <source>To check: whether the movement was notified</source>
        <translation>Untuk disemak: sama ada pemberitahuan pergerakan telah dibuat</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer</source>
        <translation>Anggap sebagai disyaki sisa elektronik: tahan dan rujuk</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (documents incomplete)</source>
        <translation>Anggap sebagai disyaki sisa elektronik: tahan dan rujuk (dokumen tidak lengkap)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (goods do not match the papers)</source>
        <translation>Anggap sebagai disyaki sisa elektronik: tahan dan rujuk (barang tidak sepadan dengan dokumen)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (unexplained red flags)</source>
        <translation>Anggap sebagai disyaki sisa elektronik: tahan dan rujuk (tanda amaran tidak dapat dijelaskan)</translation>
    </message>
    <message>
        <source>Treat as used EEE</source>
        <translation>Anggap sebagai peralatan terpakai</translation>
    </message>
    <message>
        <source>Unsorted waste batteries, or waste batteries containing Annex I constituents to a hazardous extent. Prior informed consent is required.</source>
        <translation>Sisa bateri yang tidak diasingkan, atau sisa bateri yang mengandungi juzuk Lampiran I sehingga tahap berbahaya. Persetujuan termaklum terdahulu (PIC) diperlukan.</translation>
    </message>
    <message>
        <source>Use the lists directly and describe the goods</source>
        <translation>Gunakan senarai secara terus dan huraikan barang itu</translation>
    </message>
    <message>
        <source>Used EEE or e-waste?</source>
        <translation>Peralatan terpakai atau sisa elektronik?</translation>
    </message>
    <message>
        <source>Was it collected from households, or is it residue from incinerating household waste?</source>
        <translation>Adakah ia dikumpul dari isi rumah, atau adakah ia residu daripada pembakaran sisa isi rumah?</translation>
    </message>
    <message>
        <source>Was the movement notified to all States concerned (is there a notification document naming this shipment)?</source>
        <translation>Adakah pergerakan itu telah diberitahukan kepada semua Negara berkenaan (adakah terdapat dokumen pemberitahuan yang menamakan kiriman ini)?</translation>
    </message>
    <message>
        <source>Waste batteries made to a specification, without lead, cadmium or mercury. List B entries are presumed not hazardous, but national rules may still control them; check the country profile.</source>
        <translation>Sisa bateri yang mematuhi spesifikasi, tanpa plumbum, kadmium atau merkuri. Butiran senarai B dianggap tidak berbahaya, tetapi peraturan negara mungkin masih mengawalnya; semak profil negara.</translation>
    </message>
    <message>
        <source>Waste collected from households. Controlled under the Convention even when not hazardous.</source>
        <translation>Sisa yang dikumpul dari isi rumah. Dikawal di bawah Konvensyen walaupun tidak berbahaya.</translation>
    </message>
    <message>
        <source>Waste lead-acid batteries, whole or crushed. Prior informed consent is required. Commonly associated HS subheading: 8549.11 (a hint, not a classification).</source>
        <translation>Sisa bateri asid plumbum, keseluruhan atau dihancurkan. Persetujuan termaklum terdahulu (PIC) diperlukan. Subkepala HS yang biasa dikaitkan: 8549.11 (petunjuk, bukan klasifikasi).</translation>
    </message>
    <message>
        <source>What you found does not match the reuse documents. Record the differences with photos, hold the goods and refer the case. A material mismatch with the documents is itself a ground of illegal traffic (Art. 9(1)(d)).</source>
        <translation>Penemuan anda tidak sepadan dengan dokumen guna semula. Rekodkan perbezaannya dengan foto, tahan barang dan rujuk kes. Ketidaksepadanan dengan dokumen dari segi perkara penting itu sendiri merupakan alasan lalu lintas haram (Art. 9(1)(d)).</translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation>Senarai yang mana?</translation>
    </message>
    <message>
        <source>Without complete reuse documents the shipment cannot be treated as used goods. Record which document is missing or doubtful, hold the goods and refer the case.</source>
        <translation>Tanpa dokumen guna semula yang lengkap, kiriman tidak boleh dianggap sebagai barang terpakai. Rekodkan dokumen yang tiada atau diragui, tahan barang dan rujuk kes.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Yes, all conditions are met</source>
        <translation>Ya, semua syarat dipenuhi</translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation>Ya, kesemuanya</translation>
    </message>
    <message>
        <source>Yes, or I cannot tell</source>
        <translation>Ya, atau saya tidak pasti</translation>
    </message>
    <message>
        <source>Yes, or suspected</source>
        <translation>Ya, atau disyaki</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>muktamad</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ditarik balik</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>Semakan dokumen</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>Pemeriksaan fizikal</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>Sinar-X / imbasan</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Pensampelan</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>Lawatan ke premis syarikat</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Laut</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Jalan raya</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Kereta api</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Udara</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>Perairan pedalaman</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>Pos / ekspres</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Dilepaskan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan sementara</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Disita</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>Ditolak masuk</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>Dirujuk kepada pihak berkuasa berwibawa</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>dikemukakan</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>tidak berkenaan</translation>
    </message>
    <message>
        <source>E-waste and used EEE</source>
        <translation>Sisa elektronik dan peralatan terpakai</translation>
    </message>
    <message>
        <source>Plastic waste</source>
        <translation>Sisa plastik</translation>
    </message>
    <message>
        <source>Metal scrap</source>
        <translation>Skrap logam</translation>
    </message>
    <message>
        <source>Lead-acid batteries</source>
        <translation>Bateri asid plumbum</translation>
    </message>
    <message>
        <source>Other batteries, black mass</source>
        <translation>Bateri lain, black mass</translation>
    </message>
    <message>
        <source>Used tyres</source>
        <translation>Tayar terpakai</translation>
    </message>
    <message>
        <source>Textiles and worn clothing</source>
        <translation>Tekstil dan pakaian terpakai</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>End-of-life vehicles and parts</source>
        <translation>Kenderaan akhir hayat dan bahagiannya</translation>
    </message>
    <message>
        <source>Slag, ash, residues</source>
        <translation>Sanga, abu, residu</translation>
    </message>
    <message>
        <source>Waste oils</source>
        <translation>Sisa minyak</translation>
    </message>
    <message>
        <source>Household and municipal waste</source>
        <translation>Sisa isi rumah dan sisa perbandaran</translation>
    </message>
    <message>
        <source>Chemicals and other</source>
        <translation>Bahan kimia dan lain-lain</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Disyaki</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Dalam siasatan</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>Lalu lintas haram disahkan</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>Bukan haram (ditutup)</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>Pengambilan semula diminta</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>Dikembalikan atau dilupuskan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) tiada pemberitahuan kepada semua Negara berkenaan</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) tiada persetujuan Negara berkenaan</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) persetujuan diperoleh melalui pemalsuan, salah nyata atau fraud</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) tidak sepadan dengan dokumen dari segi perkara penting</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) pelupusan dengan sengaja (pembuangan haram)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>Perkara 9: 30 hari dari tarikh Negara dimaklumkan</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>Perkara 8: 90 hari (import semula kiriman yang sah)</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>Tiada tempoh</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>Pengambilan semula oleh Negara pengeksport</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>Pelupusan di Negara pengimport</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>Pelupusan di tempat lain (Art. 9(4))</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Pengeksport</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>Pengimport / penerima</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Pengangkut</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Penjana sisa</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>Fasiliti destinasi</translation>
    </message>
</context>
<context>
    <name>risk_indicators</name>
    <message>
        <source>'Mixed metal scrap' that contains electrical or electronic equipment, cables or circuit boards.</source>
        <translation>'Skrap logam campuran' yang mengandungi peralatan elektrik atau elektronik, kabel atau papan litar.</translation>
    </message>
    <message>
        <source>Claimed as sent for repair, refurbishment or warranty/failure analysis without a valid contract and supporting documents.</source>
        <translation>Didakwa dihantar untuk pembaikan, pembaikpulihan atau analisis waranti/kegagalan tanpa kontrak yang sah dan dokumen sokongan.</translation>
    </message>
    <message>
        <source>Consignee is not a licensed recycler or disposal facility, or its address is false or cannot be verified.</source>
        <translation>Penerima bukan pengitar semula atau fasiliti pelupusan berlesen, atau alamatnya palsu atau tidak dapat disahkan.</translation>
    </message>
    <message>
        <source>Declared HS code does not match the goods found (e.g. declared as products or raw materials, found to be waste or scrap).</source>
        <translation>Kod HS yang diisytiharkan tidak sepadan dengan barang yang ditemui (cth. diisytiharkan sebagai produk atau bahan mentah, didapati sisa atau skrap).</translation>
    </message>
    <message>
        <source>Declared as working products (EEE, parts, batteries) but the goods are broken, non-functional, cut up or otherwise only fit for recovery or disposal.</source>
        <translation>Diisytiharkan sebagai produk yang berfungsi (EEE, alat ganti, bateri) tetapi barang itu rosak, tidak berfungsi, dipotong atau hanya sesuai untuk perolehan semula atau pelupusan.</translation>
    </message>
    <message>
        <source>Destination prohibits import of the waste (e.g. China's ban on solid waste imports from 1 Jan 2021; Viet Nam's ban on hazardous waste imports).</source>
        <translation>Destinasi melarang import sisa tersebut (cth. larangan China terhadap import sisa pepejal mulai 1 Jan 2021; larangan Viet Nam terhadap import sisa berbahaya).</translation>
    </message>
    <message>
        <source>E-waste and used EEE, end-of-life vehicles and vehicle parts.</source>
        <translation>Sisa elektronik dan peralatan elektrik dan elektronik terpakai, kenderaan akhir hayat dan bahagian kenderaan.</translation>
    </message>
    <message>
        <source>EEE shipped in bulk, traded by weight rather than by unit, or mixed with other waste or scrap.</source>
        <translation>EEE dihantar secara pukal, didagangkan mengikut berat dan bukan mengikut unit, atau bercampur dengan sisa atau skrap lain.</translation>
    </message>
    <message>
        <source>Equipment containing ozone-depleting substances (refrigerators, air-conditioners).</source>
        <translation>Peralatan yang mengandungi bahan pemusnah ozon (peti sejuk, penyaman udara).</translation>
    </message>
    <message>
        <source>Export to or import from a State that is not a Party to the Basel Convention without an Article 11 agreement.</source>
        <translation>Eksport ke atau import dari Negara yang bukan Pihak kepada Konvensyen Basel tanpa perjanjian di bawah Perkara 11.</translation>
    </message>
    <message>
        <source>Goods described only vaguely (e.g. 'used goods', 'second-hand goods', 'scrap', 'mixed metal scrap', 'recyclable material') without a precise commodity description.</source>
        <translation>Barang diperihalkan secara samar sahaja (cth. 'barang terpakai', 'barang bekas', 'skrap', 'skrap logam campuran', 'bahan boleh kitar semula') tanpa perihal komoditi yang tepat.</translation>
    </message>
    <message>
        <source>Hazardous components visible: CRTs, batteries, circuit boards, mercury lamps or switches, PCB capacitors.</source>
        <translation>Komponen berbahaya kelihatan: CRT, bateri, papan litar, lampu atau suis merkuri, kapasitor PCB.</translation>
    </message>
    <message>
        <source>Items incomplete (essential parts missing), visibly damaged, untested, or intended for parts cannibalisation rather than reuse.</source>
        <translation>Unit tidak lengkap (bahagian penting tiada), jelas rosak, belum diuji, atau bertujuan untuk diambil alat gantinya dan bukan untuk guna semula.</translation>
    </message>
    <message>
        <source>Mixed or municipal waste and industrial waste.</source>
        <translation>Sisa bercampur atau sisa perbandaran dan sisa industri.</translation>
    </message>
    <message>
        <source>No declaration by the person arranging transport that none of the equipment is waste.</source>
        <translation>Tiada akuan oleh orang yang mengatur pengangkutan bahawa tiada satu pun peralatan itu ialah sisa.</translation>
    </message>
    <message>
        <source>No invoice and contract stating that the equipment is destined for direct reuse and is fully functional.</source>
        <translation>Tiada invois dan kontrak yang menyatakan bahawa peralatan itu ditujukan untuk guna semula secara langsung dan berfungsi sepenuhnya.</translation>
    </message>
    <message>
        <source>Odour, leakage or staining from packages or the container.</source>
        <translation>Bau, kebocoran atau kesan kotoran daripada bungkusan atau kontena.</translation>
    </message>
    <message>
        <source>Permit, consent or declaration appears falsified, altered or issued for a different shipment.</source>
        <translation>Permit, persetujuan atau akuan kelihatan dipalsukan, diubah atau dikeluarkan untuk kiriman lain.</translation>
    </message>
    <message>
        <source>Plastic or paper bales mixed with other polymers, food residues, dirt or other waste (plastics may then be Y48 or A3210 rather than B3011).</source>
        <translation>Bandela plastik atau kertas bercampur dengan polimer lain, sisa makanan, kotoran atau sisa lain (plastik itu kemudiannya mungkin Y48 atau A3210 dan bukan B3011).</translation>
    </message>
    <message>
        <source>Plastic, textile, metal and paper waste (most frequent DEMETER seizure streams).</source>
        <translation>Sisa plastik, tekstil, logam dan kertas (aliran yang paling kerap disita dalam operasi DEMETER).</translation>
    </message>
    <message>
        <source>Routing through transshipment hubs or repeated port changes ('port hopping').</source>
        <translation>Laluan melalui hab transhipmen atau pertukaran pelabuhan berulang kali ('port hopping').</translation>
    </message>
    <message>
        <source>Shipment date or quantity falls outside the validity period or the number of shipments stated in the written consent.</source>
        <translation>Tarikh atau kuantiti kiriman berada di luar tempoh sah atau melebihi bilangan penghantaran yang dinyatakan dalam persetujuan bertulis.</translation>
    </message>
    <message>
        <source>Shipment does not conform in a material way with its notification or movement document (waste code, quantity, carrier, route, facility).</source>
        <translation>Kiriman tidak sepadan dari segi perkara penting dengan pemberitahuan atau dokumen pergerakannya (kod sisa, kuantiti, pengangkut, laluan, fasiliti).</translation>
    </message>
    <message>
        <source>Shipper's country differs from the apparent origin of the waste.</source>
        <translation>Negara pengirim berbeza daripada asal sisa yang ketara.</translation>
    </message>
    <message>
        <source>Ships and floating structures sent for dismantling.</source>
        <translation>Kapal dan struktur terapung yang dihantar untuk dileraikan.</translation>
    </message>
    <message>
        <source>Soldered, sealed or wrapped items whose content cannot be seen without opening or X-ray scanning.</source>
        <translation>Barang yang dipateri, dimeterai atau dibalut sehingga kandungannya tidak dapat dilihat tanpa dibuka atau diimbas dengan sinar-X.</translation>
    </message>
    <message>
        <source>Unusually low declared value for the goods, or a first-time or unknown exporter.</source>
        <translation>Nilai yang diisytiharkan luar biasa rendah bagi barang itu, atau pengeksport kali pertama atau tidak dikenali.</translation>
    </message>
    <message>
        <source>Used EEE declared for reuse without a test or functionality record for every item in the consignment.</source>
        <translation>Peralatan elektrik dan elektronik terpakai yang diisytiharkan untuk guna semula tanpa rekod ujian atau kefungsian bagi setiap unit dalam kiriman.</translation>
    </message>
    <message>
        <source>Used EEE without adequate protection against damage (no individual packaging, poor stacking, loose loading).</source>
        <translation>Peralatan elektrik dan elektronik terpakai tanpa perlindungan yang mencukupi daripada kerosakan (tiada bungkusan individu, susunan yang buruk, muatan longgar).</translation>
    </message>
    <message>
        <source>Used lead-acid batteries; lithium-ion batteries and 'black mass'.</source>
        <translation>Bateri asid plumbum terpakai; bateri litium-ion dan 'black mass'.</translation>
    </message>
    <message>
        <source>Waste and used tyres.</source>
        <translation>Sisa tayar dan tayar terpakai.</translation>
    </message>
    <message>
        <source>Waste declared as 'renewable' or secondary raw material, or as goods of similar shape and size, to disguise it.</source>
        <translation>Sisa yang diisytiharkan sebagai bahan 'boleh diperbaharui' atau bahan mentah sekunder, atau sebagai barang yang serupa bentuk dan saiznya, untuk menyembunyikannya.</translation>
    </message>
    <message>
        <source>Waste hidden at the rear of the container behind a front layer of legitimate goods; non-uniform loading.</source>
        <translation>Sisa disorokkan di bahagian belakang kontena di sebalik lapisan hadapan barang yang sah; pemuatan tidak seragam.</translation>
    </message>
    <message>
        <source>Waste listed in Annex VIII or Annex II (e.g. A1181, Y48, Y49) moving without notification, written consent of the States concerned or a movement document.</source>
        <translation>Sisa yang disenaraikan dalam Lampiran VIII atau Lampiran II (cth. A1181, Y48, Y49) dipindahkan tanpa pemberitahuan, persetujuan bertulis Negara-negara berkenaan atau dokumen pergerakan.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Officer</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Penyelia</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cannot continue</source>
        <translation>Tidak dapat diteruskan</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Tidak dibenarkan</translation>
    </message>
</context>
</TS>