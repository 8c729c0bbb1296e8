<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Tentang {app}</translation>
    </message>
    <message>
        <source>An offline desk for customs officers of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and cases, reference codes, exchange with the secretariat by file, and reports.</source>
        <translation>Aplikasi luring untuk petugas pabean anggota Jaringan Asia untuk Pencegahan Perpindahan Lintas Batas Ilegal Limbah Berbahaya: buku panduan, pemeriksaan dan kasus, kode referensi, pertukaran data dengan sekretariat melalui berkas, serta laporan.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
    <message>
        <source>Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. The translations were written with care by the project; corrections are welcome: note the screen, the wrong text and your suggestion, and send them to the secretariat, or edit the file resources/translations/customs_desk_&lt;language&gt;.ts with Qt Linguist and send it back.</source>
        <translation>Bahasa antarmuka: {languages}. Ditinjau oleh penutur asli: {reviewed}. Terjemahan ini disusun dengan cermat oleh proyek; koreksi sangat kami harapkan: catat layar, teks yang salah, dan usulan Anda, lalu kirimkan ke sekretariat, atau sunting berkas resources/translations/customs_desk_&lt;language&gt;.ts dengan Qt Linguist dan kirimkan kembali.</translation>
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
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Nomor pegawai</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Kata sandi awal</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts from the secretariat</source>
        <translation>Peringatan dari sekretariat</translation>
    </message>
    <message>
        <source>Watch party</source>
        <translation>Pihak yang diawasi</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>Rute berisiko</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Pengumuman</translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation>(sampai {day})</translation>
    </message>
    <message>
        <source>No alerts. Updates from the secretariat bring them.</source>
        <translation>Tidak ada peringatan. Peringatan dikirim melalui pembaruan dari sekretariat.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{kind} database, schema {rev}</source>
        <translation>Basis data {kind}, skema {rev}</translation>
    </message>
    <message>
        <source>Restore your draft?</source>
        <translation>Pulihkan draf Anda?</translation>
    </message>
    <message>
        <source>Customs Desk was closed while you were editing a draft. It was saved a few seconds before. Open it again?</source>
        <translation>Customs Desk tertutup saat Anda sedang menyunting draf. Draf tersebut tersimpan beberapa detik sebelumnya. Buka kembali?</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>No take-back clock is running.</source>
        <translation>Tidak ada tenggat pengembalian yang sedang berjalan.</translation>
    </message>
    <message>
        <source>Deadline was {date}; the case is finished.</source>
        <translation>Batas waktu: {date}; kasus sudah selesai.</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {date})</source>
        <translation>TERLAMBAT {n} hari (batas waktu {date})</translation>
    </message>
    <message>
        <source>{n} days left (deadline {date})</source>
        <translation>Sisa {n} hari (batas waktu {date})</translation>
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
        <translation>Status dan jalur penyelesaian</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>Eksportir atau penghasil limbah (Art. 9(2))</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>Importir atau pihak pemusnah (Art. 9(3))</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>Tanggung jawab tidak dapat ditetapkan (Art. 9(4))</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>Pengembalian atau pemusnahan</translation>
    </message>
    <message>
        <source>Period agreed by the States (optional)</source>
        <translation>Jangka waktu yang disepakati Negara-negara terkait (opsional)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Article 9(1) grounds</source>
        <translation>Alasan menurut Pasal 9(1)</translation>
    </message>
    <message>
        <source>What happened (kept on the timeline)</source>
        <translation>Kejadian (disimpan di linimasa)</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <source>Authority notified…</source>
        <translation>Catat pemberitahuan ke otoritas…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Kasus {number}</translation>
    </message>
    <message>
        <source>{authority} ({country}) informed on {date}</source>
        <translation>{authority} ({country}) diberi tahu pada {date}</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>Belum ada otoritas yang diberi tahu.</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>Pemberitahuan dicatat</translation>
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
        <translation>Kasus dibuka</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only overdue take-backs</source>
        <translation>Hanya pengembalian yang terlambat</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>belum berlaku</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Code or words, e.g. A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</source>
        <translation>Kode atau kata, mis. A1181, 8549, timbal-asam, 铅酸, แบตเตอรี่</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>Berlaku pada</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>tanpa tanggal akhir</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>terjemahan tidak resmi</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>pada {day}</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>dari {start} sampai {end}</translation>
    </message>
    <message>
        <source>UN class</source>
        <translation>Kelas UN</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Diganti dengan</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Menggantikan</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <source>hints only, never a classification</source>
        <translation>hanya petunjuk, bukan klasifikasi</translation>
    </message>
    <message>
        <source>Not fully confirmed: to be confirmed with the competent authority.</source>
        <translation>Belum sepenuhnya terkonfirmasi: perlu dikonfirmasi kepada otoritas kompeten.</translation>
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
        <translation>Kode HS yang lazim terkait</translation>
    </message>
    <message>
        <source>Commonly associated Basel entries</source>
        <translation>Kode Basel yang lazim terkait</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Tampilkan konflik yang sudah diselesaikan</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>pemeriksaan</translation>
    </message>
    <message>
        <source>case</source>
        <translation>kasus</translation>
    </message>
    <message>
        <source>party</source>
        <translation>pihak</translation>
    </message>
    <message>
        <source>case event</source>
        <translation>peristiwa kasus</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Terdeteksi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
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
        <translation>Pertahankan versi di sini</translation>
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
        <translation>Diselesaikan: versi masuk kini berlaku.</translation>
    </message>
    <message>
        <source>Resolved: the version here stays current.</source>
        <translation>Diselesaikan: versi di sini tetap berlaku.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong inside Customs Desk. Your saved work is safe; the record you were editing is kept as a draft. Please copy the details below and send them to your IT contact or the secretariat.</source>
        <translation>Terjadi kesalahan di dalam Customs Desk. Pekerjaan yang sudah Anda simpan aman; data yang sedang Anda sunting disimpan sebagai draf. Silakan salin rincian di bawah ini dan kirimkan kepada petugas TI Anda atau ke sekretariat.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Take-back deadlines</source>
        <translation>Batas waktu pengembalian</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days</source>
        <translation>TERLAMBAT {n} hari</translation>
    </message>
    <message>
        <source>… and {n} more overdue cases (Cases page, 'Only overdue').</source>
        <translation>… dan {n} kasus lain yang terlambat (halaman Kasus, 'Hanya pengembalian yang terlambat').</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>Sisa {n} hari</translation>
    </message>
    <message>
        <source>No take-back deadline is overdue or due this week.</source>
        <translation>Tidak ada batas waktu pengembalian yang terlewat atau jatuh tempo minggu ini.</translation>
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
        <translation>Simpan hasil</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>Pertanyaan {n}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Suspected codes: {codes}</source>
        <translation>Kode yang diduga: {codes}</translation>
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
        <translation>Cari flashdisk USB</translation>
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
        <translation>Tulis paket ke</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Your drafts</source>
        <translation>Draf Anda</translation>
    </message>
    <message>
        <source>Draft started {when}</source>
        <translation>Draf dimulai {when}</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Tidak ada draf.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>Kirim</translation>
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
        <translation>Karantina</translation>
    </message>
    <message>
        <source>Make an update</source>
        <translation>Buat pembaruan</translation>
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
        <translation>Customs Desk — penggunaan pertama</translation>
    </message>
    <message>
        <source>The secretariat office</source>
        <translation>Kantor sekretariat</translation>
    </message>
</context>
<context>
    <name>HandbooksPage</name>
    <message>
        <source>Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่</source>
        <translation>Cari di semua buku panduan — bahasa apa pun, mis. A1181, peralatan bekas, 电子废物, แบตเตอรี่</translation>
    </message>
    <message>
        <source>Search your bookmarks and notes</source>
        <translation>Cari di penanda dan catatan Anda</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Menyiapkan indeks pencarian…</translation>
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
        <translation>Dilewati: {problem}</translation>
    </message>
    <message>
        <source>Version {version} · reviewed {date} · {chapters} chapters · {language}</source>
        <translation>Versi {version} · ditinjau {date} · {chapters} bab · {language}</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>Juga tersedia dalam:</translation>
    </message>
    <message>
        <source>The search index could not be prepared: {error}</source>
        <translation>Indeks pencarian tidak dapat disiapkan: {error}</translation>
    </message>
    <message>
        <source>{n} results ({ms:.0f} ms)</source>
        <translation>{n} hasil ({ms:.0f} ms)</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href='{s}'&gt;{s}&lt;/a&gt;?</source>
        <translation>Maksud Anda &lt;a href='{s}'&gt;{s}&lt;/a&gt;?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>Riwayat data</translation>
    </message>
    <message>
        <source>Revision {n} · {who} · {when}</source>
        <translation>Revisi {n} · {who} · {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Diubah: {fields}</translation>
    </message>
    <message>
        <source>(received in an exchange package)</source>
        <translation>(diterima dalam paket pertukaran)</translation>
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
        <translation>Impor {name}</translation>
    </message>
    <message>
        <source>Checking the signature and every file in the package…</source>
        <translation>Memeriksa tanda tangan dan setiap berkas dalam paket…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Write the signed receipt beside the package</source>
        <translation>Tulis tanda terima bertanda tangan di samping paket</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>This package from {post} was imported before. Importing it again changes nothing.</source>
        <translation>Paket dari {post} ini sudah pernah diimpor. Mengimpornya lagi tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Signed by {post} and intact. Nothing has been written yet: check the summary, then import.</source>
        <translation>Ditandatangani oleh {post} dan utuh. Belum ada yang ditulis: periksa ringkasannya, lalu impor.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Berhasil diimpor.</translation>
    </message>
    <message>
        <source>The receipt {name} is beside the package: carry it back to the post.</source>
        <translation>Tanda terima {name} ada di samping paket: bawa kembali ke pos.</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
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
        <translation>Menunggu paket sebelumnya</translation>
    </message>
    <message>
        <source>Rejected (quarantined)</source>
        <translation>Ditolak (dikarantina)</translation>
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
        <translation>Finalisasi</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Koreksi…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Tarik kembali…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Buka kasus</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
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
        <translation>Tanggal dan waktu</translation>
    </message>
    <message>
        <source>Officers (comma-separated)</source>
        <translation>Petugas (pisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Type of inspection</source>
        <translation>Jenis pemeriksaan</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>Moda transportasi</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Kapal</translation>
    </message>
    <message>
        <source>Voyage</source>
        <translation>Nomor pelayaran</translation>
    </message>
    <message>
        <source>Truck plate</source>
        <translation>Nomor polisi truk</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Nomor penerbangan</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>Konosemen / air waybill</translation>
    </message>
    <message>
        <source>Customs declaration number</source>
        <translation>Nomor pemberitahuan pabean</translation>
    </message>
    <message>
        <source>Containers and seals (ISO 6346 numbers are checked)</source>
        <translation>Kontainer dan segel (nomor ISO 6346 diperiksa)</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>Nomor kontainer</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>Nomor segel (pisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>Tambah kontainer</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <source>Declaration and goods</source>
        <translation>Pemberitahuan dan barang</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>Kode HS yang diberitahukan</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>Uraian barang yang diberitahukan</translation>
    </message>
    <message>
        <source>Declared weight (kg)</source>
        <translation>Berat yang diberitahukan (kg)</translation>
    </message>
    <message>
        <source>Weight found (kg)</source>
        <translation>Berat hasil pemeriksaan (kg)</translation>
    </message>
    <message>
        <source>Declared pieces</source>
        <translation>Jumlah unit yang diberitahukan</translation>
    </message>
    <message>
        <source>Pieces found (unweighed)</source>
        <translation>Jumlah unit ditemukan (tanpa ditimbang)</translation>
    </message>
    <message>
        <source>Declared value and currency</source>
        <translation>Nilai yang diberitahukan dan mata uang</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Jenis limbah</translation>
    </message>
    <message>
        <source>Goods lines: codes are checked against the tables valid on the inspection date</source>
        <translation>Baris barang: kode diperiksa terhadap tabel yang berlaku pada tanggal pemeriksaan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>HS diberitahukan</translation>
    </message>
    <message>
        <source>Suspected Basel codes</source>
        <translation>Kode Basel yang diduga</translation>
    </message>
    <message>
        <source>Y codes</source>
        <translation>Kode Y</translation>
    </message>
    <message>
        <source>H codes</source>
        <translation>Kode H</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>Nomor UN</translation>
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
        <translation>Pihak dan rute</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>Negara ekspor</translation>
    </message>
    <message>
        <source>Transit countries (codes, comma-separated)</source>
        <translation>Negara transit (kode, pisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>Negara impor</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>Pelabuhan muat</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>Pelabuhan bongkar</translation>
    </message>
    <message>
        <source>Transshipment ports (comma-separated)</source>
        <translation>Pelabuhan transshipment (pisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Documents and risk</source>
        <translation>Dokumen dan risiko</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>Nomor notifikasi</translation>
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
        <translation>Sertifikat uji (peralatan bekas)</translation>
    </message>
    <message>
        <source>Invoice and contract</source>
        <translation>Invoice dan kontrak</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Dokumen lain</translation>
    </message>
    <message>
        <source>Risk indicators found</source>
        <translation>Indikator risiko yang ditemukan</translation>
    </message>
    <message>
        <source>Not fully confirmed in the sources</source>
        <translation>Belum sepenuhnya terkonfirmasi dalam sumber</translation>
    </message>
    <message>
        <source>Findings and outcome</source>
        <translation>Temuan dan hasil</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>Kutipan buku panduan</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>Tambah kutipan…</translation>
    </message>
    <message>
        <source>Decision aids (the answers and outcome are kept with this inspection)</source>
        <translation>Alat bantu keputusan (jawaban dan hasilnya disimpan bersama pemeriksaan ini)</translation>
    </message>
    <message>
        <source>Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256.</source>
        <translation>Tambahkan foto dari disk atau letakkan di sini. Berkas asli disimpan tanpa diubah beserta SHA-256-nya.</translation>
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
        <translation>Pemeriksaan baru (draf)</translation>
    </message>
    <message>
        <source>revision {n}</source>
        <translation>revisi {n}</translation>
    </message>
    <message>
        <source>from post {post} (read only)</source>
        <translation>dari pos {post} (hanya baca)</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>Simpan koreksi…</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>Baris {n}: {message}</translation>
    </message>
    <message>
        <source>Possible duplicate: {record} has the same {what} in the last 90 days.</source>
        <translation>Kemungkinan duplikat: {record} memiliki {what} yang sama dalam 90 hari terakhir.</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft.</source>
        <translation>Data belum dapat difinalisasi: {n} masalah ditandai di samping isian. Data disimpan sebagai draf.</translation>
    </message>
    <message>
        <source>Correct a finalized record</source>
        <translation>Koreksi data yang sudah final</translation>
    </message>
    <message>
        <source>Why is the record corrected? (kept in its history)</source>
        <translation>Mengapa data dikoreksi? (disimpan dalam riwayatnya)</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>Tarik kembali data</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It is kept, marked as withdrawn.</source>
        <translation>Mengapa data ditarik kembali? Data tetap disimpan dengan tanda ditarik.</translation>
    </message>
    <message>
        <source>A draft has no history yet; it starts when the record is finalized.</source>
        <translation>Draf belum memiliki riwayat; riwayat dimulai saat data difinalisasi.</translation>
    </message>
    <message>
        <source>Add a citation</source>
        <translation>Tambah kutipan</translation>
    </message>
    <message>
        <source>Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):</source>
        <translation>Tempel kutipan yang disalin dari pembaca buku panduan (mis. basel-at-the-border §take-back-clocks ¶3):</translation>
    </message>
    <message>
        <source>'{text}' is not a handbook citation.</source>
        <translation>'{text}' bukan kutipan buku panduan.</translation>
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
        <translation>Beberapa berkas tidak ditambahkan</translation>
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
        <translation>Ditambahkan oleh {who} pada {when}</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Caption for {name}:</source>
        <translation>Keterangan untuk {name}:</translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation>Koreksi belum disimpan</translation>
    </message>
    <message>
        <source>Discard the changes of this correction?</source>
        <translation>Buang perubahan koreksi ini?</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection</source>
        <translation>Pemeriksaan baru</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>semua status</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Tidak ditarik</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <source>All waste streams</source>
        <translation>Semua jenis limbah</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation's key</source>
        <translation>Kunci instalasi ini</translation>
    </message>
    <message>
        <source>Send the key file to the other side, then read this fingerprint to them by phone so they can check it before they trust it.</source>
        <translation>Kirim berkas kunci ke pihak lain, lalu bacakan sidik jari ini kepada mereka melalui telepon agar mereka dapat memeriksanya sebelum memercayainya.</translation>
    </message>
    <message>
        <source>Save my key file…</source>
        <translation>Simpan berkas kunci saya…</translation>
    </message>
    <message>
        <source>Keys this installation trusts</source>
        <translation>Kunci yang dipercayai instalasi ini</translation>
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
        <translation>dicabut {day}: {reason}</translation>
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
        <translation>Sidik jari</translation>
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
        <translation>Percayai berkas kunci…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Cabut…</translation>
    </message>
    <message>
        <source>Save the key file to</source>
        <translation>Simpan berkas kunci ke</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} telah ditulis.</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>Percayai berkas kunci</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Kunci Customs Desk (*.cdkey)</translation>
    </message>
    <message>
        <source>Now trusting {name} ({code}).</source>
        <translation>Kini memercayai {name} ({code}).</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Pilih kunci terlebih dahulu.</translation>
    </message>
    <message>
        <source>The key of {post} is revoked.</source>
        <translation>Kunci {post} telah dicabut.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Where is this computer used?</source>
        <translation>Di mana komputer ini digunakan?</translation>
    </message>
    <message>
        <source>Customs Desk keeps all data on this computer. Border posts record inspections and send them to the secretariat on a USB stick; the secretariat consolidates the posts' records and sends updates back.</source>
        <translation>Customs Desk menyimpan semua data di komputer ini. Pos perbatasan mencatat pemeriksaan dan mengirimkannya ke sekretariat dengan flashdisk USB; sekretariat menghimpun catatan dari pos-pos dan mengirimkan pembaruan kembali.</translation>
    </message>
    <message>
        <source>At a border post (customs office, port, land crossing)</source>
        <translation>Di pos perbatasan (kantor pabean, pelabuhan, pos lintas batas darat)</translation>
    </message>
    <message>
        <source>At the secretariat of the Asian Network</source>
        <translation>Di sekretariat Jaringan Asia</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Customs Desk</source>
        <translation>Selamat datang di Customs Desk</translation>
    </message>
    <message>
        <source>Choose the language of the interface. You can change it later in Settings. Handbooks keep their own language.</source>
        <translation>Pilih bahasa antarmuka. Anda dapat mengubahnya nanti di Pengaturan. Buku panduan tetap dalam bahasanya sendiri.</translation>
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
        <translation>dikirim</translation>
    </message>
    <message>
        <source>records</source>
        <translation>data</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>tanda terima</translation>
    </message>
    <message>
        <source>update</source>
        <translation>pembaruan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
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
        <translation>Berkas</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Customs Desk</source>
        <translation>Masuk — Customs Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>&amp;Nomor pegawai</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
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
        <translation>Masukkan nomor pegawai Anda.</translation>
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
        <translation>petugas</translation>
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
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Kunci &amp;layar</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Customs Desk</source>
        <translation>&amp;Tentang Customs Desk</translation>
    </message>
</context>
<context>
    <name>MakeUpdateTab</name>
    <message>
        <source>Alerts and watch lists</source>
        <translation>Peringatan dan daftar pengawasan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Party or route</source>
        <translation>Pihak atau rute</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Add an alert</source>
        <translation>Tambah peringatan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Handbooks, codes and keys</source>
        <translation>Buku panduan, kode, dan kunci</translation>
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
        <translation>folder set data kode referensi (opsional)</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>Kode referensi</translation>
    </message>
    <message>
        <source>Add a post's key file…</source>
        <translation>Tambah berkas kunci pos…</translation>
    </message>
    <message>
        <source>Keys for posts to trust</source>
        <translation>Kunci yang harus dipercayai pos</translation>
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
        <translation>Buat paket pembaruan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Party to watch</source>
        <translation>Pihak yang diawasi</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>Rute berisiko</translation>
    </message>
    <message>
        <source>Handbook folder</source>
        <translation>Folder buku panduan</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Berkas kunci</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Kunci Customs Desk (*.cdkey)</translation>
    </message>
    <message>
        <source>Choose where to write the update.</source>
        <translation>Pilih lokasi untuk menulis pembaruan.</translation>
    </message>
    <message>
        <source>Choose at least one post.</source>
        <translation>Pilih setidaknya satu pos.</translation>
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
        <translation>Pemberitahuan ke otoritas kompeten</translation>
    </message>
    <message>
        <source>Does not start a clock</source>
        <translation>Tidak memulai tenggat</translation>
    </message>
    <message>
        <source>Starts: {clock}</source>
        <translation>Memulai: {clock}</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Otoritas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Date informed</source>
        <translation>Tanggal diberi tahu</translation>
    </message>
    <message>
        <source>How (e-mail, letter, focal point…)</source>
        <translation>Cara (surel, surat, titik kontak…)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Take-back clock</source>
        <translation>Tenggat pengembalian</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
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
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>PDF reports: records, notices, registers, summaries</source>
        <translation>Laporan PDF: data, pemberitahuan, daftar, ringkasan</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Pertukaran</translation>
    </message>
    <message>
        <source>Packages on USB sticks: send, import, receipts, updates, keys</source>
        <translation>Paket di flashdisk USB: kirim, impor, tanda terima, pembaruan, kunci</translation>
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
        <translation>Ini orang perseorangan (dihapus dari ekspor tanpa nama)</translation>
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
        <translation>Nomor registrasi</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Type a name to find the party</source>
        <translation>Ketik nama untuk mencari pihak</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>⚑ on the watch list</source>
        <translation>⚑ dalam daftar pengawasan</translation>
    </message>
    <message>
        <source>Watch list from the secretariat: {title}</source>
        <translation>Daftar pengawasan dari sekretariat: {title}</translation>
    </message>
    <message>
        <source>⚠ {n} earlier findings</source>
        <translation>⚠ {n} temuan sebelumnya</translation>
    </message>
    <message>
        <source>This party appears in {n} inspections that were not simply released.</source>
        <translation>Pihak ini tercatat dalam {n} pemeriksaan yang barangnya tidak langsung dikeluarkan.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ubah kata sandi</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The border post</source>
        <translation>Pos perbatasan</translation>
    </message>
    <message>
        <source>The post code starts every record number made here (for example SGP-TUAS-2026-00042), so keep it short and never reuse another post's code.</source>
        <translation>Kode pos menjadi awalan setiap nomor data yang dibuat di sini (misalnya SGP-TUAS-2026-00042), jadi buatlah singkat dan jangan pernah memakai kode pos lain.</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Kode pos</translation>
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
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Agency (for report headers)</source>
        <translation>Instansi (untuk kop laporan)</translation>
    </message>
    <message>
        <source>e.g. SGP-TUAS</source>
        <translation>mis. SGP-TUAS</translation>
    </message>
    <message>
        <source>e.g. Tuas Checkpoint</source>
        <translation>mis. Tuas Checkpoint</translation>
    </message>
    <message>
        <source>e.g. Singapore Customs</source>
        <translation>mis. Singapore Customs</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Lainnya…</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
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
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Kasus terbuka</translation>
    </message>
    <message>
        <source>Overdue take-backs</source>
        <translation>Pengembalian terlambat</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Dikarantina</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
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
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
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
        <translation>Coba lagi</translation>
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
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Tem&amp;pel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;alamat tautan</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Records that arrived but could not be accepted, with the reason. The rest of their package was imported. The post sees the reasons in its receipt.</source>
        <translation>Data yang tiba tetapi tidak dapat diterima, beserta alasannya. Bagian lain dari paketnya sudah diimpor. Pos dapat melihat alasannya dalam tanda terimanya.</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
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
        <translation>Salin kutipan</translation>
    </message>
    <message>
        <source>Bookmark this paragraph</source>
        <translation>Tandai paragraf ini</translation>
    </message>
    <message>
        <source>Add a note to this paragraph…</source>
        <translation>Tambah catatan pada paragraf ini…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Find in this chapter</source>
        <translation>Cari di bab ini</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
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
        <translation>Maju</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Salin kutipan</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Tandai</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Catatan…</translation>
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
        <translation>Sumber ini ada di web; buka di komputer yang terhubung ke jaringan:
{url}</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Salin alamat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Your note on {citation}:</source>
        <translation>Catatan Anda tentang {citation}:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Cetak ke PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Packages on USB sticks are listed here. Open one: records packages are checked and shown before anything is imported; receipts mark your records as received; updates bring handbooks, codes and alerts from the secretariat.</source>
        <translation>Paket di flashdisk USB ditampilkan di sini. Buka salah satunya: paket data diperiksa dan ditampilkan sebelum apa pun diimpor; tanda terima menandai data Anda sebagai sudah diterima; pembaruan membawa buku panduan, kode, dan peringatan dari sekretariat.</translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation>Buka berkas paket…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Cari lagi</translation>
    </message>
    <message>
        <source>records</source>
        <translation>data</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>tanda terima</translation>
    </message>
    <message>
        <source>update</source>
        <translation>pembaruan</translation>
    </message>
    <message>
        <source>{name} — {kind} from {sender}, made {created}</source>
        <translation>{name} — {kind} dari {sender}, dibuat {created}</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>Buka paket</translation>
    </message>
    <message>
        <source>Customs Desk packages (*.cdx)</source>
        <translation>Paket Customs Desk (*.cdx)</translation>
    </message>
    <message>
        <source>Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined.</source>
        <translation>{name} diimpor: {new} baru, {updated} diperbarui, {conflict} konflik, {rejected} dikarantina.</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>Pembaruan diterapkan.</translation>
    </message>
    <message>
        <source>The secretariat confirmed the package. {received} of {total} record versions are now received.</source>
        <translation>Sekretariat mengonfirmasi paket. {received} dari {total} versi data kini berstatus diterima.</translation>
    </message>
    <message>
        <source>{n} were refused there and will be sent again after correction: {reasons}</source>
        <translation>{n} ditolak di sana dan akan dikirim lagi setelah dikoreksi: {reasons}</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
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
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>Negara diberi tahu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Jalur penyelesaian</translation>
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
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Moda</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Kontainer</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>B/L atau AWB</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Eksportir</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importir</translation>
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
        <translation>Jenis limbah</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>Kode Basel</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>HS diberitahukan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Berat (kg)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: number, container, bill of lading, party, code, country…</source>
        <translation>Filter: nomor, kontainer, konosemen, pihak, kode, negara…</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Simpan filter…</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} data</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filter tersimpan</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Simpan filter</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Nama filter ini:</translation>
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
        <translation>Buat PDF dari data ini lalu buka</translation>
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
        <translation>Dokumen PDF dibuka dengan penampil PDF di komputer ini. Laporan untuk satu pemeriksaan atau kasus juga dapat dibuat dari data itu sendiri (tombol PDF).</translation>
    </message>
    <message>
        <source>Words to find: number, container, party, code…</source>
        <translation>Kata yang dicari: nomor, kontainer, pihak, kode…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Default: a file in {folder}</source>
        <translation>Bawaan: berkas di {folder}</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Jenis limbah</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
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
        <translation>Nomor pemeriksaan, mis. SGP-TUAS-2026-00042</translation>
    </message>
    <message>
        <source>Case number, e.g. SGP-TUAS-C2026-0007</source>
        <translation>Nomor kasus, mis. SGP-TUAS-C2026-0007</translation>
    </message>
    <message>
        <source>Enter the number of the record.</source>
        <translation>Masukkan nomor data.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>Membuat {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} tersimpan</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>Tidak ada penampil PDF yang dapat membuka {path}.</translation>
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
        <translation>Cabut kunci {post}</translation>
    </message>
    <message>
        <source>Packages signed with this key will be refused from now on. Do this when a PC or key file is lost or stolen. A revoked key cannot be trusted again.</source>
        <translation>Paket yang ditandatangani dengan kunci ini akan ditolak mulai sekarang. Lakukan ini jika PC atau berkas kunci hilang atau dicuri. Kunci yang sudah dicabut tidak dapat dipercayai lagi.</translation>
    </message>
    <message>
        <source>Why? e.g. laptop stolen on 12 May</source>
        <translation>Alasannya? mis. laptop dicuri pada 12 Mei</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Send records to the secretariat</source>
        <translation>Kirim data ke sekretariat</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Tulis ke</translation>
    </message>
    <message>
        <source>Send everything again (not only what the secretariat has not confirmed)</source>
        <translation>Kirim semuanya lagi (bukan hanya yang belum dikonfirmasi sekretariat)</translation>
    </message>
    <message>
        <source>Non-nominal: remove the names of individuals</source>
        <translation>Tanpa nama: hapus nama orang perseorangan</translation>
    </message>
    <message>
        <source>Officers' names and the names of parties who are persons are replaced by '(withheld)'; companies stay named. Audit events are not included.</source>
        <translation>Nama petugas dan nama pihak yang merupakan orang perseorangan diganti dengan '(withheld)'; perusahaan tetap disebut namanya. Peristiwa audit tidak disertakan.</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>Tulis paket</translation>
    </message>
    <message>
        <source>The secretariat's key is not trusted yet. Get its key file and trust it on the Keys tab; packages are encrypted so that only the secretariat can read them.</source>
        <translation>Kunci sekretariat belum dipercayai. Dapatkan berkas kuncinya dan percayai di tab Kunci; paket dienkripsi sehingga hanya sekretariat yang dapat membacanya.</translation>
    </message>
    <message>
        <source>{received} of {total} record versions are confirmed received by the secretariat; {waiting} are waiting to be sent or confirmed.</source>
        <translation>{received} dari {total} versi data sudah dikonfirmasi diterima oleh sekretariat; {waiting} menunggu dikirim atau dikonfirmasi.</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Pilih lokasi untuk menulis paket.</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for the secretariat and signed by this post. Remove the USB stick safely, then carry it.</source>
        <translation>{file} telah ditulis: {n} versi data, {files} foto dan berkas. Paket dienkripsi untuk sekretariat dan ditandatangani oleh pos ini. Lepaskan flashdisk USB dengan aman, lalu bawa.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>Paper size for reports</source>
        <translation>Ukuran kertas untuk laporan</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Kunci layar setelah</translation>
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
        <translation>Penyelia menambahkan akun petugas dan dapat mengoreksi data yang sudah final. Petugas menggunakan komputer ini bersama-sama, jadi masing-masing masuk dengan nomor pegawai dan kata sandi.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Nomor pegawai</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
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
        <translation>Berkas kunci ini menyatakan bahwa kunci ini milik {name} ({code}, {country}), {kind}. Siapa pun dapat membuat berkas seperti ini: hubungi pengirim melalui nomor telepon yang sudah Anda ketahui dan minta mereka membacakan sidik jarinya (Pertukaran ▸ Kunci). Percayai kunci hanya jika cocok.</translation>
    </message>
    <message>
        <source>optional: type what the sender reads to you</source>
        <translation>opsional: ketik apa yang dibacakan pengirim kepada Anda</translation>
    </message>
    <message>
        <source>Fingerprint read by phone</source>
        <translation>Sidik jari yang dibacakan melalui telepon</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender</source>
        <translation>Saya sudah mencocokkan sidik jari dengan pengirim</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Percayai kunci ini</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ cocok</translation>
    </message>
    <message>
        <source>Does not match (yet). Do not trust a key that does not match.</source>
        <translation>Tidak cocok (belum). Jangan percayai kunci yang tidak cocok.</translation>
    </message>
    <message>
        <source>Type at least 16 characters.</source>
        <translation>Ketik setidaknya 16 karakter.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Locked — Customs Desk</source>
        <translation>Terkunci — Customs Desk</translation>
    </message>
    <message>
        <source>The session was locked after a period without use. {name}, type your password to continue, or sign out so another officer can sign in. Unsaved drafts are kept.</source>
        <translation>Sesi dikunci setelah beberapa waktu tidak digunakan. {name}, ketik kata sandi Anda untuk melanjutkan, atau keluar agar petugas lain dapat masuk. Draf yang belum disimpan tetap tersimpan.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Kata sandi salah.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update {name}</source>
        <translation>Pembaruan {name}</translation>
    </message>
    <message>
        <source>Checking the secretariat's signature…</source>
        <translation>Memeriksa tanda tangan sekretariat…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Terapkan pembaruan</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>Kode referensi</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>tidak ada perubahan</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>Buku panduan</translation>
    </message>
    <message>
        <source>Alerts and watch lists</source>
        <translation>Peringatan dan daftar pengawasan</translation>
    </message>
    <message>
        <source>Keys to trust</source>
        <translation>Kunci yang akan dipercayai</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>Kunci yang akan dicabut</translation>
    </message>
    <message>
        <source>This update was applied before; nothing to do.</source>
        <translation>Pembaruan ini sudah pernah diterapkan; tidak ada yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Signed by the secretariat and intact. Nothing has been changed yet.</source>
        <translation>Ditandatangani oleh sekretariat dan utuh. Belum ada yang diubah.</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>Pembaruan diterapkan.</translation>
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
        <translation>Peran</translation>
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
        <translation>nonaktif</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Tambah pengguna…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Atur kata sandi…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Nonaktifkan / aktifkan</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Kata sandi telah diubah.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> Before that, consider {codes}.</source>
        <translation> Sebelum tanggal itu, pertimbangkan {codes}.</translation>
    </message>
    <message>
        <source> Did you mean {codes}?</source>
        <translation> Mungkin maksud Anda {codes}?</translation>
    </message>
    <message>
        <source> See {codes}.</source>
        <translation> Lihat {codes}.</translation>
    </message>
    <message>
        <source> … [{n} more characters not printed]</source>
        <translation> … [{n} karakter lainnya tidak dicetak]</translation>
    </message>
    <message>
        <source>'{answer}' is not an answer to this question.</source>
        <translation>'{answer}' bukan jawaban untuk pertanyaan ini.</translation>
    </message>
    <message>
        <source>'{code}' is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).</source>
        <translation>'{code}' bukan kode Basel (mis. A1181, Y49, B3011) maupun kode HS (mis. 8549.11).</translation>
    </message>
    <message>
        <source>'{code}' is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.</source>
        <translation>'{code}' bukan kode HS; gunakan 4 atau 6 digit, mis. 8549 atau 8549.11.</translation>
    </message>
    <message>
        <source>'{code}' is not an ISO 4217 currency code (e.g. USD, VND, THB).</source>
        <translation>'{code}' bukan kode mata uang ISO 4217 (mis. USD, IDR, THB).</translation>
    </message>
    <message>
        <source>'{selector}' matches several keys; give more of the fingerprint.</source>
        <translation>'{selector}' cocok dengan beberapa kunci; masukkan bagian sidik jari yang lebih panjang.</translation>
    </message>
    <message>
        <source>'{text}' is not a handbook citation.</source>
        <translation>'{text}' bukan kutipan buku panduan.</translation>
    </message>
    <message>
        <source>'{value}' is not a UN number; write UN and four digits, e.g. UN3480.</source>
        <translation>'{value}' bukan nomor UN; tulis UN dan empat angka, mis. UN3480.</translation>
    </message>
    <message>
        <source>'{value}' is not an ISO 3166 country code (e.g. VN, TH, HK).</source>
        <translation>'{value}' bukan kode negara ISO 3166 (mis. ID, TH, VN).</translation>
    </message>
    <message>
        <source>'{value}' is not an ISO 3166 country code.</source>
        <translation>'{value}' bukan kode negara ISO 3166.</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) tanpa notifikasi kepada semua Negara terkait</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) tanpa persetujuan dari Negara terkait</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) persetujuan diperoleh melalui pemalsuan, keterangan yang keliru, atau penipuan</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) secara material tidak sesuai dengan dokumen</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) pembuangan dengan sengaja (dumping)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <source>(not in the reference tables)</source>
        <translation>(tidak ada dalam tabel referensi)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(tidak dicatat)</translation>
    </message>
    <message>
        <source>(nothing to print)</source>
        <translation>(tidak ada yang dicetak)</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit harus antara 1 dan 500.</translation>
    </message>
    <message>
        <source>--records must be between 1 and 2000000.</source>
        <translation>--records harus antara 1 dan 2000000.</translation>
    </message>
    <message>
        <source>--revoke {fp}: give the fingerprint of one trusted key.</source>
        <translation>--revoke {fp}: berikan sidik jari dari satu kunci tepercaya.</translation>
    </message>
    <message>
        <source>1. Reporting Party</source>
        <translation>1. Pihak pelapor</translation>
    </message>
    <message>
        <source>10. Penalties and legal proceedings</source>
        <translation>10. Sanksi dan proses hukum</translation>
    </message>
    <message>
        <source>11. Remarks</source>
        <translation>11. Keterangan</translation>
    </message>
    <message>
        <source>12. Certification</source>
        <translation>12. Pengesahan</translation>
    </message>
    <message>
        <source>2. The case</source>
        <translation>2. Kasus</translation>
    </message>
    <message>
        <source>3. Type of illegal traffic (Article 9(1))</source>
        <translation>3. Jenis lalu lintas ilegal (Pasal 9(1))</translation>
    </message>
    <message>
        <source>4. States concerned</source>
        <translation>4. Negara-negara terkait</translation>
    </message>
    <message>
        <source>5. Persons involved</source>
        <translation>5. Orang yang terlibat</translation>
    </message>
    <message>
        <source>6. The waste</source>
        <translation>6. Limbah</translation>
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
        <translation>9. Tanggung jawab dan tindakan yang diambil (Pasal 9(2) sampai 9(4))</translation>
    </message>
    <message>
        <source>A note can have at most {n} characters.</source>
        <translation>Catatan paling banyak {n} karakter.</translation>
    </message>
    <message>
        <source>Action at the border</source>
        <translation>Tindakan di perbatasan</translation>
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
        <translation>Jawab setiap pertanyaan sebelum menyimpan hasilnya.</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>Pasal 8: 90 hari (reimpor kiriman yang sah)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>Pasal 9: 30 hari sejak Negara diberi tahu</translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation>Mintalah bantuan penyelia.</translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation>Otoritas yang diberi tahu</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Otoritas</translation>
    </message>
    <message>
        <source>Basel</source>
        <translation>Basel</translation>
    </message>
    <message>
        <source>Basel Annex VIII / IX codes</source>
        <translation>Kode Basel Lampiran VIII / IX</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>Kode Basel</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>Konosemen / air waybill</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>By country of export</source>
        <translation>Menurut negara ekspor</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Menurut bulan</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>Menurut hasil</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Menurut pos</translation>
    </message>
    <message>
        <source>By waste stream</source>
        <translation>Menurut jenis limbah</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bita</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>Tanggung jawab tidak dapat ditetapkan (Art. 9(4))</translation>
    </message>
    <message>
        <source>Cannot sort by '{column}'.</source>
        <translation>Tidak dapat mengurutkan menurut '{column}'.</translation>
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
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Berkas kasus</translation>
    </message>
    <message>
        <source>Case finished ({status}).</source>
        <translation>Kasus selesai ({status}).</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Nomor kasus</translation>
    </message>
    <message>
        <source>Case opened from inspection {number}.</source>
        <translation>Kasus dibuka dari pemeriksaan {number}.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Cases are opened by the post that made the inspection.</source>
        <translation>Kasus dibuka oleh pos yang melakukan pemeriksaan.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Check that the drive is connected and the folder is readable.</source>
        <translation>Pastikan drive tersambung dan folder dapat dibaca.</translation>
    </message>
    <message>
        <source>Choose 'post' or 'secretariat'.</source>
        <translation>Pilih 'post' atau 'secretariat'.</translation>
    </message>
    <message>
        <source>Choose a bookmark or a note.</source>
        <translation>Pilih penanda atau catatan.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Pilih negara dari daftar.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Pilih zona waktu dari daftar.</translation>
    </message>
    <message>
        <source>Choose the mode of transport.</source>
        <translation>Pilih moda transportasi.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Pilih hasil pemeriksaan.</translation>
    </message>
    <message>
        <source>Choose the type of inspection.</source>
        <translation>Pilih jenis pemeriksaan.</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Close other Customs Desk windows or programs using this data folder and try again. Nothing was changed.</source>
        <translation>Tutup jendela Customs Desk lain atau program lain yang menggunakan folder data ini, lalu coba lagi. Tidak ada yang diubah.</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Codes and their titles</source>
        <translation>Kode dan judulnya</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>Kunjungan ke lokasi perusahaan</translation>
    </message>
    <message>
        <source>Competent authority or focal point</source>
        <translation>Otoritas kompeten atau titik kontak</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>Lalu lintas ilegal terkonfirmasi</translation>
    </message>
    <message>
        <source>Consent of the States concerned</source>
        <translation>Persetujuan Negara-negara terkait</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Contact the post below, quoting reference {ref}.</source>
        <translation>Hubungi pos di bawah ini dengan menyebutkan referensi {ref}.</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Kontainer</translation>
    </message>
    <message>
        <source>Containers and seals</source>
        <translation>Kontainer dan segel</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>Sarana pengangkut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>Negara ekspor</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>Negara impor</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>Pemberitahuan pabean</translation>
    </message>
    <message>
        <source>DRAFT: this record is not finalized and may still change.</source>
        <translation>DRAF: data ini belum final dan masih dapat berubah.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>Tanggal laporan ini</translation>
    </message>
    <message>
        <source>Date the State was informed</source>
        <translation>Tanggal Negara diberi tahu</translation>
    </message>
    <message>
        <source>Date the case was confirmed</source>
        <translation>Tanggal kasus dikonfirmasi</translation>
    </message>
    <message>
        <source>Date the shipment was detected</source>
        <translation>Tanggal kiriman terdeteksi</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Deadline and clock</source>
        <translation>Tenggat dan batas waktu</translation>
    </message>
    <message>
        <source>Decision aid {id} is invalid: {problems}</source>
        <translation>Alat bantu keputusan {id} tidak valid: {problems}</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>Alat bantu keputusan</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>Kode HS yang diberitahukan</translation>
    </message>
    <message>
        <source>Declared as</source>
        <translation>Diberitahukan sebagai</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>Uraian barang yang diberitahukan</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Nilai yang diberitahukan</translation>
    </message>
    <message>
        <source>Describe at least one line of goods.</source>
        <translation>Uraikan setidaknya satu baris barang.</translation>
    </message>
    <message>
        <source>Describe the indicator.</source>
        <translation>Uraikan indikatornya.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Designation and description</source>
        <translation>Nama dan uraian</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Ditegah</translation>
    </message>
    <message>
        <source>Detention or seizure notice</source>
        <translation>Pemberitahuan penegahan atau penyitaan</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>Pemusnahan di tempat lain (Art. 9(4))</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>Pemusnahan di Negara pengimpor</translation>
    </message>
    <message>
        <source>Disposal or recovery operation (Annex IV)</source>
        <translation>Kegiatan pemusnahan atau pemanfaatan (Lampiran IV)</translation>
    </message>
    <message>
        <source>Disposer or recovery facility</source>
        <translation>Fasilitas pemusnahan atau pemanfaatan</translation>
    </message>
    <message>
        <source>Do not start or end the password with spaces.</source>
        <translation>Kata sandi tidak boleh diawali atau diakhiri dengan spasi.</translation>
    </message>
    <message>
        <source>Document {id} · content hash {hash} · Customs Desk {version}</source>
        <translation>Dokumen {id} · hash isi {hash} · Customs Desk {version}</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>Pemeriksaan dokumen</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>Dokumen yang diserahkan</translation>
    </message>
    <message>
        <source>Draft structure: the official form's fields could not be confirmed. The fields below follow Article 9 of the Basel Convention and the information required on notification and movement documents (Annex V A and V B). Check them against the current form published by the Secretariat of the Basel Convention before sending, and complete every field marked [to complete].</source>
        <translation>Struktur draf: isian formulir resmi belum dapat dipastikan. Isian di bawah ini mengikuti Pasal 9 Konvensi Basel dan informasi yang diwajibkan pada dokumen notifikasi dan dokumen pergerakan (Lampiran V A dan V B). Cocokkan dengan formulir terbaru yang diterbitkan oleh Sekretariat Konvensi Basel sebelum dikirim, dan lengkapi setiap isian yang bertanda [harus dilengkapi].</translation>
    </message>
    <message>
        <source>Empty seal number.</source>
        <translation>Nomor segel kosong.</translation>
    </message>
    <message>
        <source>Enter the date and time of the inspection, with its time zone.</source>
        <translation>Masukkan tanggal dan waktu pemeriksaan, beserta zona waktunya.</translation>
    </message>
    <message>
        <source>Enter the name of the border post.</source>
        <translation>Masukkan nama pos perbatasan.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Masukkan nama.</translation>
    </message>
    <message>
        <source>Enter the officer's full name.</source>
        <translation>Masukkan nama lengkap petugas.</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Eksportir</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>Eksportir atau penghasil limbah (Art. 9(2))</translation>
    </message>
    <message>
        <source>Exporter or notifier</source>
        <translation>Eksportir atau pemberi notifikasi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Finalize the inspection before opening a case from it.</source>
        <translation>Finalisasi pemeriksaan sebelum membuka kasus darinya.</translation>
    </message>
    <message>
        <source>Finalized records are never deleted; withdraw it with a reason instead.</source>
        <translation>Data yang sudah final tidak pernah dihapus; sebagai gantinya, tarik kembali data tersebut dengan menyebutkan alasannya.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>For the customs post</source>
        <translation>Atas nama pos pabean</translation>
    </message>
    <message>
        <source>Form for reporting a confirmed case of illegal traffic (draft)</source>
        <translation>Formulir pelaporan kasus lalu lintas ilegal yang terkonfirmasi (draf)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Functionality test certificates</source>
        <translation>Sertifikat uji fungsi</translation>
    </message>
    <message>
        <source>Generated {time} ({zone}) by {officer}</source>
        <translation>Dibuat {time} ({zone}) oleh {officer}</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Penghasil limbah</translation>
    </message>
    <message>
        <source>Give the currency of the declared value.</source>
        <translation>Sebutkan mata uang nilai yang diberitahukan.</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>Beri nama filter ini.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>Barang yang ditemukan:</translation>
    </message>
    <message>
        <source>Grounds (Article 9(1))</source>
        <translation>Alasan (Pasal 9(1))</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>H codes (Annex III)</source>
        <translation>Kode H (Lampiran III)</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Kode HS</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>Kutipan buku panduan</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Nilai hash</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cara penyelesaian</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>Cara kasus diselesaikan</translation>
    </message>
    <message>
        <source>Illegal traffic form (draft)</source>
        <translation>Formulir lalu lintas ilegal (draf)</translation>
    </message>
    <message>
        <source>Illegal traffic reporting form (draft)</source>
        <translation>Formulir pelaporan lalu lintas ilegal (draf)</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>Importir / penerima barang</translation>
    </message>
    <message>
        <source>Importer or consignee</source>
        <translation>Importir atau penerima barang</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>Importir atau pihak pemusnah (Art. 9(3))</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>Perairan darat</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>Diperiksa di</translation>
    </message>
    <message>
        <source>Inspecting officer</source>
        <translation>Petugas pemeriksa</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Inspection reference</source>
        <translation>Referensi pemeriksaan</translation>
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
        <translation>Pemeriksaan per bulan</translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation>Pemeriksaan menurut hasil</translation>
    </message>
    <message>
        <source>Inspections without a weight</source>
        <translation>Pemeriksaan tanpa berat</translation>
    </message>
    <message>
        <source>Install the newer version of Customs Desk. The database was not changed.</source>
        <translation>Pasang versi Customs Desk yang lebih baru. Basis data tidak diubah.</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>Fasilitas tujuan</translation>
    </message>
    <message>
        <source>Invoice or contract</source>
        <translation>Invoice atau kontrak</translation>
    </message>
    <message>
        <source>Later revisions build on the version here; keep it, and ask the post to correct the record.</source>
        <translation>Revisi berikutnya dibuat berdasarkan versi di sini; pertahankan versi ini, dan minta pos untuk mengoreksi data tersebut.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>Sarana pengangkutan</translation>
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
        <translation>Sebutkan setidaknya satu petugas.</translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation>Sebutkan otoritas yang diberi tahu.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>National case reference</source>
        <translation>Nomor kasus nasional</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>Belum ada otoritas yang diberi tahu.</translation>
    </message>
    <message>
        <source>No case {key}.</source>
        <translation>Kasus {key} tidak ada.</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>Tanpa tenggat</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>Tidak ada tenggat yang sedang berjalan.</translation>
    </message>
    <message>
        <source>No codes recorded.</source>
        <translation>Tidak ada kode yang dicatat.</translation>
    </message>
    <message>
        <source>No conflict #{id}.</source>
        <translation>Konflik #{id} tidak ada.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Tidak ada data.</translation>
    </message>
    <message>
        <source>No decision aid '{id}'.</source>
        <translation>Alat bantu keputusan '{id}' tidak ada.</translation>
    </message>
    <message>
        <source>No decision aid was run for this record.</source>
        <translation>Tidak ada alat bantu keputusan yang dijalankan untuk data ini.</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Tidak ada peristiwa.</translation>
    </message>
    <message>
        <source>No goods lines recorded.</source>
        <translation>Tidak ada baris barang yang dicatat.</translation>
    </message>
    <message>
        <source>No ground recorded yet.</source>
        <translation>Belum ada alasan yang dicatat.</translation>
    </message>
    <message>
        <source>No handbook '{id}' in the library.</source>
        <translation>Buku panduan '{id}' tidak ada di pustaka.</translation>
    </message>
    <message>
        <source>No imported records package {id}.</source>
        <translation>Paket data {id} yang diimpor tidak ada.</translation>
    </message>
    <message>
        <source>No inspection matches.</source>
        <translation>Tidak ada pemeriksaan yang cocok.</translation>
    </message>
    <message>
        <source>No inspection {key}.</source>
        <translation>Pemeriksaan {key} tidak ada.</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>Tidak ada pihak yang dicatat.</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>Tidak ada izin untuk menulis {path}.</translation>
    </message>
    <message>
        <source>No photos or documents attached.</source>
        <translation>Tidak ada foto atau dokumen yang dilampirkan.</translation>
    </message>
    <message>
        <source>No recipient key is trusted yet; trust the secretariat's key (or the post's) first.</source>
        <translation>Belum ada kunci penerima yang dipercayai; percayai dulu kunci sekretariat (atau kunci pos).</translation>
    </message>
    <message>
        <source>No reference codes are loaded.</source>
        <translation>Tidak ada kode referensi yang dimuat.</translation>
    </message>
    <message>
        <source>No section '{section}' in {id}.</source>
        <translation>Bagian '{section}' tidak ada di {id}.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>Lampiran tidak ditemukan.</translation>
    </message>
    <message>
        <source>No such decision aid result.</source>
        <translation>Hasil alat bantu keputusan tidak ditemukan.</translation>
    </message>
    <message>
        <source>No such party.</source>
        <translation>Pihak tidak ditemukan.</translation>
    </message>
    <message>
        <source>No such post.</source>
        <translation>Pos tidak ditemukan.</translation>
    </message>
    <message>
        <source>No such risk indicator.</source>
        <translation>Indikator risiko tidak ditemukan.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Pengguna tidak ditemukan.</translation>
    </message>
    <message>
        <source>No trusted key for: {posts}.</source>
        <translation>Tidak ada kunci tepercaya untuk: {posts}.</translation>
    </message>
    <message>
        <source>No trusted key matches '{selector}'.</source>
        <translation>Tidak ada kunci tepercaya yang cocok dengan '{selector}'.</translation>
    </message>
    <message>
        <source>No user with badge number {badge}.</source>
        <translation>Tidak ada pengguna dengan nomor pegawai {badge}.</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>Tidak ada yang dicentang.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>Tidak ilegal (ditutup)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a drive you can write to.</source>
        <translation>Tidak ada yang diubah. Pilih drive yang dapat ditulisi.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>Tidak ada yang diubah. Pilih folder data lain dengan --data-dir.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another folder or ask IT for access.</source>
        <translation>Tidak ada yang diubah. Pilih folder lain atau minta akses kepada petugas TI.</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or choose another drive, then try again.</source>
        <translation>Tidak ada yang diubah. Kosongkan sebagian ruang disk atau pilih drive lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database.</source>
        <translation>Tidak ada yang diubah. Gunakan basis data yang kosong.</translation>
    </message>
    <message>
        <source>Nothing was deleted or changed.</source>
        <translation>Tidak ada yang dihapus atau diubah.</translation>
    </message>
    <message>
        <source>Nothing was deleted. Restore the latest copy from the backups folder, or ask the secretariat for help (the damaged file is kept for recovery).</source>
        <translation>Tidak ada yang dihapus. Pulihkan salinan terbaru dari folder cadangan, atau minta bantuan sekretariat (berkas yang rusak disimpan untuk pemulihan).</translation>
    </message>
    <message>
        <source>Notice of detention</source>
        <translation>Pemberitahuan penegahan</translation>
    </message>
    <message>
        <source>Notice of seizure</source>
        <translation>Pemberitahuan penyitaan</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>Nomor notifikasi</translation>
    </message>
    <message>
        <source>Notifications to competent authorities</source>
        <translation>Pemberitahuan kepada otoritas kompeten</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Diberi tahu pada</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {deadline}).</source>
        <translation>TERLAMBAT {n} hari (batas waktu {deadline}).</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Petugas:</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Only finalized records are corrected; save the draft instead.</source>
        <translation>Hanya data yang sudah final yang dikoreksi; simpan saja drafnya.</translation>
    </message>
    <message>
        <source>Only finalized records can be withdrawn; delete a draft instead.</source>
        <translation>Hanya data yang sudah final yang dapat ditarik kembali; hapus saja drafnya.</translation>
    </message>
    <message>
        <source>Only secretariat staff can create secretariat accounts.</source>
        <translation>Hanya staf sekretariat yang dapat membuat akun sekretariat.</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} events are printed.</source>
        <translation>Hanya {n} peristiwa pertama dari {total} yang dicetak.</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} records are printed; narrow the period or the filter to print the others.</source>
        <translation>Hanya {n} data pertama dari {total} yang dicetak; persempit periode atau filter untuk mencetak sisanya.</translation>
    </message>
    <message>
        <source>Only the officer who created this record, or a supervisor, can change it.</source>
        <translation>Hanya petugas yang membuat data ini, atau penyelia, yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Opened from inspection</source>
        <translation>Dibuka dari pemeriksaan</translation>
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
        <translation>Referensi kami:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Packaging, containers</source>
        <translation>Kemasan, kontainer</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Halaman {n} dari {total}</translation>
    </message>
    <message>
        <source>Paper size {paper} is not known; use A4 or Letter.</source>
        <translation>Ukuran kertas {paper} tidak dikenal; gunakan A4 atau Letter.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Party (country)</source>
        <translation>Pihak Konvensi (negara)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Jalur penyelesaian</translation>
    </message>
    <message>
        <source>Penalties imposed, proceedings started</source>
        <translation>Sanksi yang dijatuhkan, proses hukum yang dimulai</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Period agreed by the States</source>
        <translation>Jangka waktu yang disepakati Negara-negara terkait</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>Foto dan lampiran</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>Pemeriksaan fisik</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Jumlah unit</translation>
    </message>
    <message>
        <source>Pieces declared / found</source>
        <translation>Unit diberitahukan / ditemukan</translation>
    </message>
    <message>
        <source>Place of detection</source>
        <translation>Tempat penemuan</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>Pelabuhan bongkar</translation>
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
        <translation>Kiriman pos / ekspres</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Kereta api</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>Data yang dihitung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>Diteruskan ke otoritas kompeten</translation>
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
        <translation>No. registrasi</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>Reporting authority</source>
        <translation>Otoritas pelapor</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Tanggung jawab</translation>
    </message>
    <message>
        <source>Restore it from a backup; without it this post cannot sign packages.</source>
        <translation>Pulihkan dari cadangan; tanpa berkas itu pos ini tidak dapat menandatangani paket.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>Dikembalikan atau dimusnahkan</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>Indikator risiko</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Jalan raya</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rute</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Pengambilan contoh</translation>
    </message>
    <message>
        <source>Say why the finalized record is corrected.</source>
        <translation>Sebutkan alasan data yang sudah final dikoreksi.</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>Sebutkan alasan kunci dicabut.</translation>
    </message>
    <message>
        <source>Say why the record is withdrawn.</source>
        <translation>Sebutkan alasan data ditarik kembali.</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Laut</translation>
    </message>
    <message>
        <source>Secretariat summary</source>
        <translation>Ringkasan untuk sekretariat</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Disita</translation>
    </message>
    <message>
        <source>Send the documents that show the shipment is lawful: notification and written consent of the States concerned, the movement document, the contract, and for used equipment the functionality test records.</source>
        <translation>Kirimkan dokumen yang menunjukkan bahwa kiriman tersebut sah: notifikasi dan persetujuan tertulis dari Negara-negara terkait, dokumen pergerakan, kontrak, dan, untuk peralatan bekas, catatan hasil uji fungsi.</translation>
    </message>
    <message>
        <source>Share of tonnes</source>
        <translation>Persentase tonase</translation>
    </message>
    <message>
        <source>Sign in to keep bookmarks and notes.</source>
        <translation>Masuk untuk menyimpan penanda dan catatan.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>State informed on</source>
        <translation>Negara diberi tahu pada</translation>
    </message>
    <message>
        <source>State of export</source>
        <translation>Negara pengekspor</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>Negara pengimpor</translation>
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
        <translation>Status kasus</translation>
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
        <translation>Diduga</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: This measure is taken under the law of {country} [cite the legal provisions implementing the Basel Convention and the customs powers used].</source>
        <translation>TEKS YANG HARUS DISESUAIKAN OLEH POS: Tindakan ini diambil berdasarkan peraturan perundang-undangan {country} [sebutkan ketentuan hukum yang melaksanakan Konvensi Basel dan kewenangan pabean yang digunakan].</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or appeal, who bears storage and return costs, and the consequences if nothing is done.</source>
        <translation>TEKS YANG HARUS DISESUAIKAN OLEH POS: batas waktu untuk menanggapi, cara mengajukan keberatan atau banding, siapa yang menanggung biaya penimbunan dan pengembalian, serta akibatnya jika tidak ada tindakan.</translation>
    </message>
    <message>
        <source>TO COMPLETE: place of storage and how the goods may be inspected.</source>
        <translation>HARUS DILENGKAPI: tempat penimbunan dan cara barang dapat diperiksa.</translation>
    </message>
    <message>
        <source>TO COMPLETE: telephone, e-mail and office hours.</source>
        <translation>HARUS DILENGKAPI: telepon, surel, dan jam kerja.</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>Pengembalian ke Negara pengekspor</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>Pengembalian atau pemusnahan</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>Pengembalian diminta</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>Telepon, surel</translation>
    </message>
    <message>
        <source>The clock starts when the State is informed; enter that date.</source>
        <translation>Tenggat dimulai saat Negara diberi tahu; masukkan tanggal tersebut.</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; try again.</source>
        <translation>Salinan {name} berbeda dari aslinya; coba lagi.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi saat ini salah.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>Berkas basis data {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>The database file{where} is damaged or is not a Customs Desk database.</source>
        <translation>Berkas basis data{where} rusak atau bukan basis data Customs Desk.</translation>
    </message>
    <message>
        <source>The database {where} has tables but was not made by Customs Desk.</source>
        <translation>Basis data {where} memiliki tabel tetapi tidak dibuat oleh Customs Desk.</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Customs Desk (schema {revision}); this version ({version}) knows schemas up to {head}.</source>
        <translation>Basis data {where} ditulis oleh versi Customs Desk yang lebih baru (skema {revision}); versi ini ({version}) hanya mengenal skema sampai {head}.</translation>
    </message>
    <message>
        <source>The database{where} cannot be opened or read.</source>
        <translation>Basis data{where} tidak dapat dibuka atau dibaca.</translation>
    </message>
    <message>
        <source>The database{where} is locked by another program.</source>
        <translation>Basis data{where} dikunci oleh program lain.</translation>
    </message>
    <message>
        <source>The database{where} is on a read-only drive or folder.</source>
        <translation>Basis data{where} berada di drive atau folder yang hanya dapat dibaca.</translation>
    </message>
    <message>
        <source>The date the State was informed is in the future.</source>
        <translation>Tanggal Negara diberi tahu berada di masa depan.</translation>
    </message>
    <message>
        <source>The decision aid has no rule for these answers.</source>
        <translation>Alat bantu keputusan tidak memiliki aturan untuk jawaban-jawaban ini.</translation>
    </message>
    <message>
        <source>The disk holding the database{where} is full.</source>
        <translation>Disk tempat basis data{where} penuh.</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}.</source>
        <translation>Disk penuh saat menulis {path}.</translation>
    </message>
    <message>
        <source>The drive holding {path} is read-only.</source>
        <translation>Drive tempat {path} berada hanya dapat dibaca.</translation>
    </message>
    <message>
        <source>The file is too large ({mb:.0f} MB) to include.</source>
        <translation>Berkas terlalu besar ({mb:.0f} MB) untuk disertakan.</translation>
    </message>
    <message>
        <source>The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.</source>
        <translation>Sidik jari yang diberikan kepada Anda ({given}) tidak cocok dengan berkas kunci ({actual}). Jangan percayai berkas ini.</translation>
    </message>
    <message>
        <source>The goods described below were {verb} by {agency} at {post} on {day}, after an inspection (reference {reference}). They are held to verify whether the shipment is a transboundary movement of hazardous or other wastes controlled under the Basel Convention, and whether the documents it requires were in order.</source>
        <translation>Barang yang diuraikan di bawah ini telah {verb} oleh {agency} di {post} pada {day}, setelah pemeriksaan (referensi {reference}). Barang tersebut ditahan untuk memastikan apakah kiriman ini merupakan perpindahan lintas batas limbah berbahaya atau limbah lain yang diawasi berdasarkan Konvensi Basel, dan apakah dokumen yang disyaratkan sudah lengkap dan benar.</translation>
    </message>
    <message>
        <source>The handbook '{id}' cannot be opened: {problem}</source>
        <translation>Buku panduan '{id}' tidak dapat dibuka: {problem}</translation>
    </message>
    <message>
        <source>The handbook in {folder} cannot be read: {first}</source>
        <translation>Buku panduan di {folder} tidak dapat dibaca: {first}</translation>
    </message>
    <message>
        <source>The image is too large ({mp:.0f} megapixels) to include.</source>
        <translation>Gambar terlalu besar ({mp:.0f} megapiksel) untuk disertakan.</translation>
    </message>
    <message>
        <source>The image is too large to include.</source>
        <translation>Gambar terlalu besar untuk disertakan.</translation>
    </message>
    <message>
        <source>The importer or consignee is not recorded: write the addressee by hand.</source>
        <translation>Importir atau penerima barang tidak dicatat: tulis nama dan alamat penerima secara manual.</translation>
    </message>
    <message>
        <source>The inspection date is before the Basel Convention existed.</source>
        <translation>Tanggal pemeriksaan lebih awal daripada berlakunya Konvensi Basel.</translation>
    </message>
    <message>
        <source>The inspection date is in the future.</source>
        <translation>Tanggal pemeriksaan berada di masa depan.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {error}.</source>
        <translation>Berkas kunci {path} rusak: {error}.</translation>
    </message>
    <message>
        <source>The key of post {post} is not trusted any more.</source>
        <translation>Kunci pos {post} tidak lagi dipercayai.</translation>
    </message>
    <message>
        <source>The last change was not saved. Free some space and try again.</source>
        <translation>Perubahan terakhir tidak tersimpan. Kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation>Pihak tidak memiliki nama.</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>Periode berakhir ({to}) sebelum dimulai ({start}).</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems.</source>
        <translation>Data belum dapat difinalisasi: {n} masalah.</translation>
    </message>
    <message>
        <source>The record's outcome is '{outcome}': check that a notice is needed before sending it.</source>
        <translation>Hasil pemeriksaan pada data ini adalah '{outcome}': pastikan pemberitahuan memang diperlukan sebelum mengirimkannya.</translation>
    </message>
    <message>
        <source>The reference code data is invalid: {problems}</source>
        <translation>Data kode referensi tidak valid: {problems}</translation>
    </message>
    <message>
        <source>The stored file cannot be read: {error}.</source>
        <translation>Berkas yang tersimpan tidak dapat dibaca: {error}.</translation>
    </message>
    <message>
        <source>The stored file is missing; the photo cannot be shown.</source>
        <translation>Berkas yang tersimpan hilang; foto tidak dapat ditampilkan.</translation>
    </message>
    <message>
        <source>The stored file is not a readable image.</source>
        <translation>Berkas yang tersimpan bukan gambar yang dapat dibaca.</translation>
    </message>
    <message>
        <source>The update cannot be made: {problems}</source>
        <translation>Pembaruan tidak dapat dibuat: {problems}</translation>
    </message>
    <message>
        <source>The upgrade would break {n} references; it was rolled back and the database is unchanged.</source>
        <translation>Peningkatan versi akan merusak {n} rujukan; peningkatan dibatalkan dan basis data tidak berubah.</translation>
    </message>
    <message>
        <source>The weight found differs from the declared weight by {p:.0%}.</source>
        <translation>Berat yang ditemukan berbeda {p:.0%} dari berat yang diberitahukan.</translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation>Nomor pegawai ini sudah terdaftar.</translation>
    </message>
    <message>
        <source>This case belongs to another post; it can be read here but not changed.</source>
        <translation>Kasus ini milik pos lain; kasus ini dapat dibaca di sini tetapi tidak dapat diubah.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Konflik ini sudah diselesaikan.</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet.</source>
        <translation>Folder data ini belum disiapkan.</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet; run the first-run wizard.</source>
        <translation>Folder data ini belum disiapkan; jalankan wizard penggunaan pertama.</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>Folder data ini sudah disiapkan.</translation>
    </message>
    <message>
        <source>This decision aid is already finished.</source>
        <translation>Alat bantu keputusan ini sudah selesai.</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Isian ini tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL ({error}). Install the 'postgres' extra (pip install customs-desk[postgres]) or use the embedded database.</source>
        <translation>Instalasi ini tidak dapat terhubung ke PostgreSQL ({error}). Pasang paket tambahan 'postgres' (pip install customs-desk[postgres]) atau gunakan basis data bawaan.</translation>
    </message>
    <message>
        <source>This is this installation's own key.</source>
        <translation>Ini adalah kunci milik instalasi ini sendiri.</translation>
    </message>
    <message>
        <source>This key was revoked on {day} ({reason}); it cannot be trusted again.</source>
        <translation>Kunci ini dicabut pada {day} ({reason}); kunci ini tidak dapat dipercayai lagi.</translation>
    </message>
    <message>
        <source>This note does not exist.</source>
        <translation>Catatan ini tidak ada.</translation>
    </message>
    <message>
        <source>This record belongs to another post; it can be read here but not changed.</source>
        <translation>Data ini milik pos lain; data ini dapat dibaca di sini tetapi tidak dapat diubah.</translation>
    </message>
    <message>
        <source>This record has {n} goods lines; lines {first} to {n} are not printed (see the record in Customs Desk). The total below counts every line.</source>
        <translation>Data ini memiliki {n} baris barang; baris {first} sampai {n} tidak dicetak (lihat data di Customs Desk). Total di bawah ini menghitung semua baris.</translation>
    </message>
    <message>
        <source>This record is already finalized.</source>
        <translation>Data ini sudah final.</translation>
    </message>
    <message>
        <source>This record is finalized; use Correct to change it.</source>
        <translation>Data ini sudah final; gunakan Koreksi untuk mengubahnya.</translation>
    </message>
    <message>
        <source>This result already belongs to another inspection.</source>
        <translation>Hasil ini sudah menjadi milik pemeriksaan lain.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <source>Title (reference tables)</source>
        <translation>Judul (tabel referensi)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Tonnes by country of export</source>
        <translation>Ton menurut negara ekspor</translation>
    </message>
    <message>
        <source>Tonnes by waste stream</source>
        <translation>Ton menurut jenis limbah</translation>
    </message>
    <message>
        <source>Tonnes found</source>
        <translation>Ton ditemukan</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>Terlalu banyak kata sandi yang salah. Coba lagi dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>Total ({n} lines)</source>
        <translation>Total ({n} baris)</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>Negara transit</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>Moda transportasi</translation>
    </message>
    <message>
        <source>Transshipment ports</source>
        <translation>Pelabuhan transshipment</translation>
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
        <translation>Nomor UN</translation>
    </message>
    <message>
        <source>UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).</source>
        <translation>UN{n:04d} berada di luar rentang nomor UN (UN0001 sampai UN3599).</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Dalam penyelidikan</translation>
    </message>
    <message>
        <source>Unknown profile '{profile}'; use full or non-nominal.</source>
        <translation>Profil '{profile}' tidak dikenal; gunakan full atau non-nominal.</translation>
    </message>
    <message>
        <source>Use 0 (never) to 1440 minutes.</source>
        <translation>Gunakan 0 (tidak pernah) sampai 1440 menit.</translation>
    </message>
    <message>
        <source>Use a data folder you can write to (--data-dir).</source>
        <translation>Gunakan folder data yang dapat ditulisi (--data-dir).</translation>
    </message>
    <message>
        <source>Use a date (YYYY-MM-DD).</source>
        <translation>Gunakan format tanggal YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Gunakan setidaknya {n} karakter.</translation>
    </message>
    <message>
        <source>Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, then up to two parts after hyphens).</source>
        <translation>Gunakan huruf kapital dan angka, mis. SGP-TUAS atau VN-HPH-01 (2-8 karakter, lalu paling banyak dua bagian setelah tanda hubung).</translation>
    </message>
    <message>
        <source>Use letters, digits, '.', '/' or '-' (up to 40 characters).</source>
        <translation>Gunakan huruf, angka, '.', '/' atau '-' (paling banyak 40 karakter).</translation>
    </message>
    <message>
        <source>Vessel, voyage, vehicle or flight</source>
        <translation>Kapal, pelayaran, kendaraan, atau penerbangan</translation>
    </message>
    <message>
        <source>WARNING: the stored file does not match the SHA-256 recorded at capture; it was changed or damaged.</source>
        <translation>PERINGATAN: berkas yang tersimpan tidak cocok dengan SHA-256 yang dicatat saat pengambilan; berkas telah diubah atau rusak.</translation>
    </message>
    <message>
        <source>WITHDRAWN: this record was withdrawn; it is printed for reference only.</source>
        <translation>DITARIK: data ini telah ditarik kembali; dicetak hanya sebagai referensi.</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Jenis limbah</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Berat</translation>
    </message>
    <message>
        <source>Weight declared / found</source>
        <translation>Berat diberitahukan / ditemukan</translation>
    </message>
    <message>
        <source>Weight found</source>
        <translation>Berat ditemukan</translation>
    </message>
    <message>
        <source>Weights are the weights found at inspection; inspections without a weight are counted but add nothing to the tonnes. Withdrawn records and drafts are not counted.</source>
        <translation>Berat yang digunakan adalah berat yang ditemukan saat pemeriksaan; pemeriksaan tanpa berat tetap dihitung tetapi tidak menambah tonase. Data yang ditarik dan draf tidak dihitung.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>Barang yang ditahan</translation>
    </message>
    <message>
        <source>What you may do</source>
        <translation>Yang dapat Anda lakukan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Where the goods are</source>
        <translation>Lokasi barang</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Tulis catatannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation>Nomor pegawai atau kata sandi salah.</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>Sinar-X / pemindaian</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Y codes (Annex I / II)</source>
        <translation>Kode Y (Lampiran I / II)</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>Pemberitahuan pabean Anda:</translation>
    </message>
    <message>
        <source>[country]</source>
        <translation>[negara]</translation>
    </message>
    <message>
        <source>[text in a script not supported: {scripts}]</source>
        <translation>[teks dalam aksara yang tidak didukung: {scripts}]</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>[harus dilengkapi]</translation>
    </message>
    <message>
        <source>all but withdrawn</source>
        <translation>semua kecuali yang ditarik</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>semua tanggal</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>final</translation>
    </message>
    <message>
        <source>finalized inspections</source>
        <translation>pemeriksaan yang sudah final</translation>
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
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>tidak berlaku</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>tidak dicatat</translation>
    </message>
    <message>
        <source>not shown: more than {n} photos</source>
        <translation>tidak ditampilkan: lebih dari {n} foto</translation>
    </message>
    <message>
        <source>other</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>diserahkan</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>segel</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>disita</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>truk</translation>
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
        <translation>ditarik</translation>
    </message>
    <message>
        <source>{authority} ({country}) notified on {day}.</source>
        <translation>{authority} ({country}) diberi tahu pada {day}.</translation>
    </message>
    <message>
        <source>{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}</source>
        <translation>{code} baru berlaku sejak {start} ({decision}); kode ini belum ada pada {day}.{advice}</translation>
    </message>
    <message>
        <source>{code} exists in {edition}, the edition in force on {day}.</source>
        <translation>{code} ada dalam {edition}, edisi yang berlaku pada {day}.</translation>
    </message>
    <message>
        <source>{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.</source>
        <translation>{code} adalah kode HS yang formatnya benar; kode ini bukan salah satu pos limbah dalam tabel referensi.</translation>
    </message>
    <message>
        <source>{code} is not a Basel code in the reference tables.{hint}</source>
        <translation>{code} bukan kode Basel dalam tabel referensi.{hint}</translation>
    </message>
    <message>
        <source>{code} is not a Y code valid on {day}.</source>
        <translation>{code} bukan kode Y yang berlaku pada {day}.</translation>
    </message>
    <message>
        <source>{code} is not an Annex III H code (H1 to H13).</source>
        <translation>{code} bukan kode H Lampiran III (H1 sampai H13).</translation>
    </message>
    <message>
        <source>{code} is not in the reference tables.</source>
        <translation>{code} tidak ada dalam tabel referensi.</translation>
    </message>
    <message>
        <source>{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}</source>
        <translation>{code} tidak ada dalam {edition}, edisi yang berlaku pada {day}; kode ini ada dalam {other}.{advice}</translation>
    </message>
    <message>
        <source>{code} is valid on {day}.</source>
        <translation>{code} berlaku pada {day}.</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}.</source>
        <translation>{code} dihapus pada {end}.</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}; consider {codes}.</source>
        <translation>{code} dihapus pada {end}; pertimbangkan {codes}.</translation>
    </message>
    <message>
        <source>{code} was replaced by {new} on {end}.</source>
        <translation>{code} diganti dengan {new} pada {end}.</translation>
    </message>
    <message>
        <source>{label} · {status} · revision {revision}</source>
        <translation>{label} · {status} · revisi {revision}</translation>
    </message>
    <message>
        <source>{name} ({role}) is not allowed to {action}.</source>
        <translation>{name} ({role}) tidak diizinkan melakukan tindakan ini: {action}.</translation>
    </message>
    <message>
        <source>{name} acknowledges a package this post did not make.</source>
        <translation>{name} mengonfirmasi penerimaan paket yang tidak dibuat oleh pos ini.</translation>
    </message>
    <message>
        <source>{name} cannot be decrypted with this installation's key.</source>
        <translation>{name} tidak dapat didekripsi dengan kunci instalasi ini.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>{name} contains a member with a forbidden name ({member}).</source>
        <translation>{name} berisi berkas internal dengan nama terlarang ({member}).</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} tidak ada.</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>Header {name} rusak.</translation>
    </message>
    <message>
        <source>{name} has no manifest.</source>
        <translation>{name} tidak memiliki daftar berkas (manifest).</translation>
    </message>
    <message>
        <source>{name} has too many members.</source>
        <translation>{name} berisi terlalu banyak berkas internal.</translation>
    </message>
    <message>
        <source>{name} is a {kind} package, not a {expected} package.</source>
        <translation>{name} adalah paket {kind}, bukan paket {expected}.</translation>
    </message>
    <message>
        <source>{name} is cut short (incomplete copy?).</source>
        <translation>{name} terpotong (salinan tidak lengkap?).</translation>
    </message>
    <message>
        <source>{name} is damaged (it does not decrypt).</source>
        <translation>{name} rusak (tidak dapat didekripsi).</translation>
    </message>
    <message>
        <source>{name} is damaged or was changed after it was signed (the signature does not match).</source>
        <translation>{name} rusak atau telah diubah setelah ditandatangani (tanda tangan tidak cocok).</translation>
    </message>
    <message>
        <source>{name} is dated in the future ({created}); check the clocks of both computers.</source>
        <translation>{name} bertanggal di masa depan ({created}); periksa jam pada kedua komputer.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} kosong.</translation>
    </message>
    <message>
        <source>{name} is encrypted for {names}, not for this installation.</source>
        <translation>{name} dienkripsi untuk {names}, bukan untuk instalasi ini.</translation>
    </message>
    <message>
        <source>{name} is larger than the {gb} GB a package may hold; it was not opened.</source>
        <translation>{name} melebihi batas {gb} GB untuk satu paket; berkas tidak dibuka.</translation>
    </message>
    <message>
        <source>{name} is not a Customs Desk package.</source>
        <translation>{name} bukan paket Customs Desk.</translation>
    </message>
    <message>
        <source>{name} is not a readable image.</source>
        <translation>{name} bukan gambar yang dapat dibaca.</translation>
    </message>
    <message>
        <source>{name} is not a valid receipt.</source>
        <translation>{name} bukan tanda terima yang valid.</translation>
    </message>
    <message>
        <source>{name} is not from the secretariat.</source>
        <translation>{name} bukan berasal dari sekretariat.</translation>
    </message>
    <message>
        <source>{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender's key first.</source>
        <translation>{name} ditandatangani dengan kunci yang tidak dipercayai oleh instalasi ini ({sender}). Cocokkan dan percayai dulu kunci pengirim.</translation>
    </message>
    <message>
        <source>{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).</source>
        <translation>{name} ditandatangani dengan kunci yang sudah dicabut ({post}, dicabut pada {day}: {reason}).</translation>
    </message>
    <message>
        <source>{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.</source>
        <translation>{name} ditandatangani oleh {post}, bukan oleh sekretariat; pembaruan hanya berasal dari sekretariat.</translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.</source>
        <translation>{name} berukuran {mb:.1f} MB; batasnya {limit} MB per berkas. Kurangi ukuran foto di kamera atau ponsel.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Customs Desk (package format {version}); install the newer version to read it.</source>
        <translation>{name} dibuat oleh versi Customs Desk yang lebih baru (format paket {version}); pasang versi yang lebih baru untuk membacanya.</translation>
    </message>
    <message>
        <source>{name} would expand to more than {gb} GB.</source>
        <translation>{name} akan berukuran lebih dari {gb} GB setelah diekstrak.</translation>
    </message>
    <message>
        <source>{name}: alert '{title}' is invalid: {reason}</source>
        <translation>{name}: peringatan '{title}' tidak valid: {reason}</translation>
    </message>
    <message>
        <source>{name}: alerts.json is damaged.</source>
        <translation>{name}: alerts.json rusak.</translation>
    </message>
    <message>
        <source>{name}: an alert has no id.</source>
        <translation>{name}: ada peringatan tanpa id.</translation>
    </message>
    <message>
        <source>{name}: attachment {member} does not match its name.</source>
        <translation>{name}: lampiran {member} tidak cocok dengan namanya.</translation>
    </message>
    <message>
        <source>{name}: handbook {book} is invalid: {problem}</source>
        <translation>{name}: buku panduan {book} tidak valid: {problem}</translation>
    </message>
    <message>
        <source>{name}: member {member} does not match its hash in the manifest.</source>
        <translation>{name}: berkas internal {member} tidak cocok dengan nilai hash-nya di daftar berkas.</translation>
    </message>
    <message>
        <source>{name}: member {member} expands suspiciously (a decompression bomb?).</source>
        <translation>{name}: berkas internal {member} membesar secara mencurigakan saat diekstrak (bom dekompresi?).</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large ({mb} MB).</source>
        <translation>{name}: berkas internal {member} terlalu besar ({mb} MB).</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large.</source>
        <translation>{name}: berkas internal {member} terlalu besar.</translation>
    </message>
    <message>
        <source>{name}: members missing ({missing}) or not in the manifest ({extra}).</source>
        <translation>{name}: berkas internal hilang ({missing}) atau tidak tercantum di daftar berkas ({extra}).</translation>
    </message>
    <message>
        <source>{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.</source>
        <translation>{name}: hanya foto (JPEG, PNG, TIFF, WebP), PDF, dan berkas teks yang dapat dilampirkan.</translation>
    </message>
    <message>
        <source>{name}: revision {revision} of {record} has no parent hash.</source>
        <translation>{name}: revisi {revision} dari {record} tidak memiliki nilai hash revisi sebelumnya.</translation>
    </message>
    <message>
        <source>{name}: the audit events do not end where the manifest says.</source>
        <translation>{name}: peristiwa audit tidak berakhir di titik yang disebutkan daftar berkas.</translation>
    </message>
    <message>
        <source>{name}: the content is damaged ({error}).</source>
        <translation>{name}: isinya rusak ({error}).</translation>
    </message>
    <message>
        <source>{name}: the manifest does not match the signed header.</source>
        <translation>{name}: daftar berkas tidak cocok dengan header yang ditandatangani.</translation>
    </message>
    <message>
        <source>{name}: the manifest is damaged.</source>
        <translation>{name}: daftar berkas rusak.</translation>
    </message>
    <message>
        <source>{name}: the manifest lists no members.</source>
        <translation>{name}: daftar berkas tidak mencantumkan berkas apa pun.</translation>
    </message>
    <message>
        <source>{name}: the reference codes are invalid: {problem}</source>
        <translation>{name}: kode referensi tidak valid: {problem}</translation>
    </message>
    <message>
        <source>{name}: trust.json is damaged.</source>
        <translation>{name}: trust.json rusak.</translation>
    </message>
    <message>
        <source>{name}: {member} is not valid JSON.</source>
        <translation>{name}: {member} bukan JSON yang valid.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{number} · {status} · revision {revision}</source>
        <translation>{number} · {status} · revisi {revision}</translation>
    </message>
    <message>
        <source>{number}: a container number has 11 characters (4 letters, 7 digits), e.g. CSQU3054383.</source>
        <translation>{number}: nomor kontainer terdiri dari 11 karakter (4 huruf, 7 angka), mis. CSQU3054383.</translation>
    </message>
    <message>
        <source>{number}: the check digit is wrong; for {body} it should be {digit}. Re-read the number on the container door.</source>
        <translation>{number}: angka pemeriksa (check digit) salah; untuk {body} seharusnya {digit}. Baca ulang nomor pada pintu kontainer.</translation>
    </message>
    <message>
        <source>{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits (e.g. CSQU3054383).</source>
        <translation>{number}: gunakan 3 huruf kode pemilik, huruf kategori U, J, atau Z, lalu 7 angka (mis. CSQU3054383).</translation>
    </message>
    <message>
        <source>{n} days left (deadline {deadline}).</source>
        <translation>Sisa {n} hari (batas waktu {deadline}).</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entri</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} sudah ada; tidak ada yang ditimpa.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} adalah folder; berikan nama berkas.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not one made by Customs Desk.</source>
        <translation>{path} adalah basis data SQLite tetapi bukan buatan Customs Desk.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} bukan berkas.</translation>
    </message>
    <message>
        <source>{path} is not a folder (is the USB stick plugged in?).</source>
        <translation>{path} bukan folder (apakah flashdisk USB sudah terpasang?).</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} bukan folder.</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file: {error}</source>
        <translation>{path} bukan berkas JSON yang dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: unknown kind.</source>
        <translation>{path} bukan berkas kunci Customs Desk yang valid: jenisnya tidak dikenal.</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: {error}</source>
        <translation>{path} bukan berkas kunci Customs Desk yang valid: {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid inspection ({n} problems); nothing was saved.</source>
        <translation>{path} bukan data pemeriksaan yang valid ({n} masalah); tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>{path} must contain one JSON object (one inspection).</source>
        <translation>{path} harus berisi satu objek JSON (satu pemeriksaan).</translation>
    </message>
    <message>
        <source>{path} must hold {{"alerts": [...], "withdraw": [...]}}.</source>
        <translation>{path} harus berisi {{"alerts": [...], "withdraw": [...]}}.</translation>
    </message>
    <message>
        <source>{value} is valid.</source>
        <translation>{value} valid.</translation>
    </message>
    <message>
        <source>… and {n} more lines (listed in the inspection report).</source>
        <translation>… dan {n} baris lainnya (tercantum dalam laporan pemeriksaan).</translation>
    </message>
</context>
<context>
    <name>decision_aids</name>
    <message>
        <source>All checks passed. Release under normal procedures and record what you checked: documents seen, items sampled, packaging and loading, and why any red flag was explained.</source>
        <translation>Semua pemeriksaan terpenuhi. Keluarkan barang sesuai prosedur biasa dan catat apa yang Anda periksa: dokumen yang dilihat, unit yang diambil sebagai contoh, kemasan dan pemuatan, serta penjelasan atas setiap tanda peringatan.</translation>
    </message>
    <message>
        <source>Are all the conditions of that exemption met, and do the goods look like what the exemption describes?</source>
        <translation>Apakah semua syarat pengecualian tersebut terpenuhi, dan apakah barangnya sesuai dengan yang diuraikan dalam pengecualian itu?</translation>
    </message>
    <message>
        <source>Are all the reuse documents present and credible: invoice and contract stating direct reuse and full function; a test record for every item with a protocol; the holder's signed declaration that nothing is waste; a transport document matching the invoice?</source>
        <translation>Apakah semua dokumen penggunaan kembali ada dan dapat dipercaya: invoice dan kontrak yang menyebut digunakan kembali secara langsung dan berfungsi penuh; catatan hasil uji untuk setiap unit beserta protokolnya; pernyataan bertanda tangan dari pemilik barang bahwa tidak ada yang merupakan limbah; dokumen pengangkutan yang sesuai dengan invoice?</translation>
    </message>
    <message>
        <source>Are they lead-acid batteries (whole or crushed)?</source>
        <translation>Apakah barang tersebut aki timbal-asam (utuh atau dihancurkan)?</translation>
    </message>
    <message>
        <source>Are they unsorted, or do they contain lead, cadmium or mercury (or other Annex I constituents) to a hazardous extent?</source>
        <translation>Apakah baterai tersebut tidak dipilah, atau mengandung timbal, kadmium, atau merkuri (atau unsur Lampiran I lainnya) sampai tingkat berbahaya?</translation>
    </message>
    <message>
        <source>Art. 9(1)(a): no notification to all States concerned</source>
        <translation>Art. 9(1)(a): tanpa notifikasi kepada semua Negara terkait</translation>
    </message>
    <message>
        <source>Art. 9(1)(b): no consent of a State concerned</source>
        <translation>Art. 9(1)(b): tanpa persetujuan dari Negara terkait</translation>
    </message>
    <message>
        <source>Art. 9(1)(c): consent obtained through falsification, misrepresentation or fraud</source>
        <translation>Art. 9(1)(c): persetujuan diperoleh melalui pemalsuan, keterangan yang keliru, atau penipuan</translation>
    </message>
    <message>
        <source>Art. 9(1)(d): does not conform in a material way with the documents</source>
        <translation>Art. 9(1)(d): secara material tidak sesuai dengan dokumen</translation>
    </message>
    <message>
        <source>Art. 9(1)(e): results in deliberate disposal contrary to the Convention</source>
        <translation>Art. 9(1)(e): mengakibatkan pembuangan dengan sengaja yang bertentangan dengan Konvensi</translation>
    </message>
    <message>
        <source>Article 9 applies only to wastes covered by the Convention. National law may still apply.</source>
        <translation>Pasal 9 hanya berlaku untuk limbah yang tercakup dalam Konvensi. Hukum nasional mungkin tetap berlaku.</translation>
    </message>
    <message>
        <source>Article 9(1) of the Basel Convention lists five situations in which a transboundary movement is illegal traffic. Answer each question; one shipment can meet more than one ground.</source>
        <translation>Pasal 9(1) Konvensi Basel menyebutkan lima keadaan yang menjadikan suatu perpindahan lintas batas sebagai lalu lintas ilegal. Jawab setiap pertanyaan; satu kiriman dapat memenuhi lebih dari satu alasan.</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Tidak dapat dipastikan</translation>
    </message>
    <message>
        <source>Check with the competent authority</source>
        <translation>Tanyakan kepada otoritas kompeten</translation>
    </message>
    <message>
        <source>Classify the waste first</source>
        <translation>Klasifikasikan limbahnya terlebih dahulu</translation>
    </message>
    <message>
        <source>Clean, sorted plastic waste for environmentally sound recycling (from 1 January 2021; B3011 replaced B3010). Check contamination carefully and the national rules of the countries concerned.</source>
        <translation>Limbah plastik bersih dan terpilah untuk didaur ulang secara ramah lingkungan (sejak 1 Januari 2021; B3011 menggantikan B3010). Periksa kontaminasi dengan cermat serta peraturan nasional negara-negara terkait.</translation>
    </message>
    <message>
        <source>Collected from households</source>
        <translation>Dikumpulkan dari rumah tangga</translation>
    </message>
    <message>
        <source>Decide first whether the equipment is waste</source>
        <translation>Tentukan dulu apakah peralatan tersebut limbah</translation>
    </message>
    <message>
        <source>Did every State concerned give written consent (and is the consent valid for these dates and this quantity)?</source>
        <translation>Apakah setiap Negara terkait telah memberikan persetujuan tertulis (dan apakah persetujuan itu berlaku untuk tanggal dan jumlah ini)?</translation>
    </message>
    <message>
        <source>Do the documents claim an exemption: repair under warranty, failure (root-cause) analysis, or repair or refurbishment under a contract?</source>
        <translation>Apakah dokumen menyatakan adanya pengecualian: perbaikan dalam masa garansi, analisis kerusakan (akar masalah), atau perbaikan atau rekondisi berdasarkan kontrak?</translation>
    </message>
    <message>
        <source>Do the goods match the papers? Sampled items carry readable test labels that match the protocol; items are complete and undamaged; they are protected by packaging and properly stacked; the far end of the container looks like the door end.</source>
        <translation>Apakah barang sesuai dengan dokumen? Unit yang diambil sebagai contoh memiliki label uji yang dapat dibaca dan sesuai dengan protokol; unit lengkap dan tidak rusak; unit dilindungi kemasan dan ditumpuk dengan benar; bagian belakang kontainer tampak sama dengan bagian dekat pintu.</translation>
    </message>
    <message>
        <source>Does any red flag about the consignee, the route or the declared value remain unexplained, or is there an alert about the shipper, consignee or route?</source>
        <translation>Apakah masih ada tanda peringatan terkait penerima barang, rute, atau nilai yang diberitahukan yang belum terjelaskan, atau ada peringatan tentang pengirim, penerima barang, atau rute?</translation>
    </message>
    <message>
        <source>Does it contain, or is it contaminated with, hazardous components: CRT glass, list A batteries, mercury switches, lamps or backlights, PCB capacitors, asbestos parts, certain circuit boards or displays, plastics with brominated flame retardants?</source>
        <translation>Apakah peralatan mengandung, atau terkontaminasi, komponen berbahaya: kaca CRT, baterai daftar A, sakelar merkuri, lampu atau lampu latar, kapasitor PCB, komponen asbes, papan sirkuit atau layar tertentu, plastik dengan penghambat nyala terbrominasi?</translation>
    </message>
    <message>
        <source>Does the movement appear to result in deliberate disposal (for example dumping) contrary to the Convention or international law?</source>
        <translation>Apakah perpindahan tersebut tampaknya mengakibatkan pembuangan dengan sengaja (misalnya dumping) yang bertentangan dengan Konvensi atau hukum internasional?</translation>
    </message>
    <message>
        <source>Does the shipment conform in a material way with the documents (type of waste, codes, quantity, parties, route)?</source>
        <translation>Apakah kiriman secara material sesuai dengan dokumen (jenis limbah, kode, jumlah, pihak, rute)?</translation>
    </message>
    <message>
        <source>Find the Basel entry to note as suspected: Annex VIII (list A, presumed hazardous), Annex IX (list B, presumed not hazardous) or Annex II (other wastes, controlled). Suspected codes are not a legal classification; the competent authority decides.</source>
        <translation>Tentukan kode Basel yang dicatat sebagai dugaan: Lampiran VIII (daftar A, dianggap berbahaya), Lampiran IX (daftar B, dianggap tidak berbahaya), atau Lampiran II (limbah lain, diawasi). Kode yang diduga bukan klasifikasi hukum; otoritas kompeten yang memutuskan.</translation>
    </message>
    <message>
        <source>For a load declared as, or containing, used electrical or electronic equipment. Answer from what you see and the documents presented. The result supports your judgement; it does not replace your national law.</source>
        <translation>Untuk muatan yang diberitahukan sebagai, atau berisi, peralatan listrik atau elektronik bekas. Jawab berdasarkan apa yang Anda lihat dan dokumen yang diserahkan. Hasilnya mendukung penilaian Anda; hasil ini tidak menggantikan hukum nasional Anda.</translation>
    </message>
    <message>
        <source>From these answers the movement does not meet any ground of Article 9(1). Record what you checked.</source>
        <translation>Berdasarkan jawaban ini, perpindahan tersebut tidak memenuhi satu pun alasan dalam Pasal 9(1). Catat apa yang Anda periksa.</translation>
    </message>
    <message>
        <source>Hazardous plastic waste (from 1 January 2021, decision BC-14/12). Prior informed consent is required.</source>
        <translation>Limbah plastik berbahaya (sejak 1 Januari 2021, keputusan BC-14/12). Memerlukan persetujuan awal berdasarkan informasi (prior informed consent).</translation>
    </message>
    <message>
        <source>Hazardous waste electrical and electronic equipment. A1181 applies from 1 January 2025 (decision BC-15/18); for movements before that date, A1180 applied. Prior informed consent is required. Commonly associated HS heading: 8549 (a hint, not a classification).</source>
        <translation>Limbah peralatan listrik dan elektronik yang berbahaya. A1181 berlaku sejak 1 Januari 2025 (keputusan BC-15/18); untuk perpindahan sebelum tanggal tersebut, berlaku A1180. Memerlukan persetujuan awal berdasarkan informasi (prior informed consent). Pos HS yang lazim terkait: 8549 (petunjuk, bukan klasifikasi).</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <translation>Saya belum tahu</translation>
    </message>
    <message>
        <source>If the goods are really not waste, the Basel lists do not apply. Record why you concluded this.</source>
        <translation>Jika barang tersebut memang bukan limbah, daftar Basel tidak berlaku. Catat alasan Anda sampai pada kesimpulan ini.</translation>
    </message>
    <message>
        <source>Is it clearly waste already? For example: goods broken, cut up, crushed or stripped; loose circuit boards, cables or fractions; loose used batteries; equipment mixed with scrap or household waste; or documents that say scrap, waste or for recycling.</source>
        <translation>Apakah barang tersebut jelas sudah merupakan limbah? Misalnya: barang rusak, terpotong, dihancurkan, atau dipreteli; papan sirkuit, kabel, atau fraksi yang lepas; baterai bekas yang lepas; peralatan tercampur dengan skrap atau sampah rumah tangga; atau dokumen yang menyebut skrap, limbah, atau untuk didaur ulang.</translation>
    </message>
    <message>
        <source>Is it going to environmentally sound recycling, almost free from contamination and other wastes, and almost exclusively one non-halogenated polymer, one cured resin, one listed fluorinated polymer, or a PE/PP/PET mixture for separate recycling?</source>
        <translation>Apakah limbah tersebut ditujukan untuk didaur ulang secara ramah lingkungan, hampir bebas dari kontaminasi dan jenis limbah lain, dan hampir seluruhnya terdiri dari satu polimer tidak terhalogenasi, satu resin yang telah dikeraskan, satu polimer terfluorinasi yang tercantum, atau campuran PE/PP/PET untuk daur ulang terpisah?</translation>
    </message>
    <message>
        <source>Is it plastic waste (including mixtures of plastic waste)?</source>
        <translation>Apakah barang tersebut limbah plastik (termasuk campuran limbah plastik)?</translation>
    </message>
    <message>
        <source>Is it waste batteries or accumulators?</source>
        <translation>Apakah barang tersebut limbah baterai atau akumulator?</translation>
    </message>
    <message>
        <source>Is it waste electrical or electronic equipment, its components, or fractions from processing it (shredding, dismantling)?</source>
        <translation>Apakah barang tersebut limbah peralatan listrik atau elektronik, komponennya, atau fraksi dari pengolahannya (pencacahan, pembongkaran)?</translation>
    </message>
    <message>
        <source>Is the material waste, that is, going to disposal or recovery rather than being used again as it is?</source>
        <translation>Apakah bahan tersebut limbah, yaitu ditujukan untuk pemusnahan atau pemanfaatan, bukan untuk digunakan kembali sebagaimana adanya?</translation>
    </message>
    <message>
        <source>Is the plastic contaminated with, or does it contain, Annex I constituents to an extent that gives it an Annex III hazardous characteristic?</source>
        <translation>Apakah plastik tersebut terkontaminasi, atau mengandung, unsur Lampiran I sampai tingkat yang membuatnya memiliki karakteristik berbahaya Lampiran III?</translation>
    </message>
    <message>
        <source>Is the shipment a waste covered by the Convention (a hazardous waste or one of the other wastes of Annex II)?</source>
        <translation>Apakah kiriman tersebut merupakan limbah yang tercakup dalam Konvensi (limbah berbahaya atau salah satu limbah lain dalam Lampiran II)?</translation>
    </message>
    <message>
        <source>Is there a sign that consent was obtained by falsification, misrepresentation or fraud (forged permit, invented facility, false description to the authorities)?</source>
        <translation>Apakah ada tanda bahwa persetujuan diperoleh melalui pemalsuan, keterangan yang keliru, atau penipuan (izin palsu, fasilitas fiktif, uraian palsu kepada otoritas)?</translation>
    </message>
    <message>
        <source>Is this illegal traffic under Article 9?</source>
        <translation>Apakah ini lalu lintas ilegal menurut Pasal 9?</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Bukan keduanya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>No Article 9 ground found</source>
        <translation>Tidak ditemukan alasan menurut Pasal 9</translation>
    </message>
    <message>
        <source>No ground is established yet, but notification or consent could not be confirmed. Ask the competent authority before release.</source>
        <translation>Belum ada alasan yang terbukti, tetapi notifikasi atau persetujuan tidak dapat dipastikan. Tanyakan kepada otoritas kompeten sebelum barang dikeluarkan.</translation>
    </message>
    <message>
        <source>No, one or more is missing or doubtful</source>
        <translation>Tidak, satu atau lebih tidak ada atau diragukan</translation>
    </message>
    <message>
        <source>No, or I cannot tell</source>
        <translation>Tidak, atau saya tidak dapat memastikan</translation>
    </message>
    <message>
        <source>No: sorted, made to a specification, without lead, cadmium or mercury</source>
        <translation>Tidak: terpilah, dibuat sesuai spesifikasi, tanpa timbal, kadmium, atau merkuri</translation>
    </message>
    <message>
        <source>Non-hazardous waste electrical and electronic equipment. Y49 applies from 1 January 2025 (decision BC-15/18) and is subject to prior informed consent. Before that date, non-hazardous e-waste could fall under B1110.</source>
        <translation>Limbah peralatan listrik dan elektronik yang tidak berbahaya. Y49 berlaku sejak 1 Januari 2025 (keputusan BC-15/18) dan memerlukan persetujuan awal berdasarkan informasi (prior informed consent). Sebelum tanggal tersebut, limbah elektronik yang tidak berbahaya dapat termasuk dalam B1110.</translation>
    </message>
    <message>
        <source>None of the common routes fits. Compare the goods with list A and list B, then with Annex I and Annex III, describe them in detail and ask the competent authority.</source>
        <translation>Tidak ada jalur umum yang sesuai. Bandingkan barang dengan daftar A dan daftar B, kemudian dengan Lampiran I dan Lampiran III, uraikan barang secara rinci, dan tanyakan kepada otoritas kompeten.</translation>
    </message>
    <message>
        <source>Not Basel illegal traffic</source>
        <translation>Bukan lalu lintas ilegal menurut Konvensi Basel</translation>
    </message>
    <message>
        <source>Not sure: it is used electrical equipment</source>
        <translation>Tidak yakin: barang ini peralatan listrik bekas</translation>
    </message>
    <message>
        <source>Not waste: no Basel entry</source>
        <translation>Bukan limbah: tidak ada kode Basel</translation>
    </message>
    <message>
        <source>Plastic waste that is neither hazardous (A3210) nor clean and sorted (B3011). Y48 applies from 1 January 2021 and requires prior informed consent.</source>
        <translation>Limbah plastik yang tidak berbahaya (A3210) dan juga tidak bersih dan terpilah (B3011). Y48 berlaku sejak 1 Januari 2021 dan memerlukan persetujuan awal berdasarkan informasi (prior informed consent).</translation>
    </message>
    <message>
        <source>Residues from incinerating household waste</source>
        <translation>Residu dari insinerasi limbah rumah tangga</translation>
    </message>
    <message>
        <source>Residues from the incineration of household wastes. Controlled under the Convention.</source>
        <translation>Residu dari insinerasi limbah rumah tangga. Diawasi berdasarkan Konvensi.</translation>
    </message>
    <message>
        <source>Run the decision aid "Used EEE or e-waste?" first, then come back here if it is e-waste.</source>
        <translation>Jalankan dulu alat bantu keputusan "Peralatan bekas atau limbah elektronik?", lalu kembali ke sini jika barang tersebut limbah elektronik.</translation>
    </message>
    <message>
        <source>Run the decision aid "Which list?" and come back to this one.</source>
        <translation>Jalankan alat bantu keputusan "Daftar mana?", lalu kembali ke sini.</translation>
    </message>
    <message>
        <source>Suspected A1160 (Annex VIII, list A)</source>
        <translation>Dugaan A1160 (Lampiran VIII, daftar A)</translation>
    </message>
    <message>
        <source>Suspected A1170 (Annex VIII, list A)</source>
        <translation>Dugaan A1170 (Lampiran VIII, daftar A)</translation>
    </message>
    <message>
        <source>Suspected A1181 (Annex VIII, list A)</source>
        <translation>Dugaan A1181 (Lampiran VIII, daftar A)</translation>
    </message>
    <message>
        <source>Suspected A3210 (Annex VIII, list A)</source>
        <translation>Dugaan A3210 (Lampiran VIII, daftar A)</translation>
    </message>
    <message>
        <source>Suspected B1090 (Annex IX, list B)</source>
        <translation>Dugaan B1090 (Lampiran IX, daftar B)</translation>
    </message>
    <message>
        <source>Suspected B3011 (Annex IX, list B)</source>
        <translation>Dugaan B3011 (Lampiran IX, daftar B)</translation>
    </message>
    <message>
        <source>Suspected Y46 (Annex II, other wastes)</source>
        <translation>Dugaan Y46 (Lampiran II, limbah lain)</translation>
    </message>
    <message>
        <source>Suspected Y47 (Annex II, other wastes)</source>
        <translation>Dugaan Y47 (Lampiran II, limbah lain)</translation>
    </message>
    <message>
        <source>Suspected Y48 (Annex II, other wastes)</source>
        <translation>Dugaan Y48 (Lampiran II, limbah lain)</translation>
    </message>
    <message>
        <source>Suspected Y49 (Annex II, other wastes)</source>
        <translation>Dugaan Y49 (Lampiran II, limbah lain)</translation>
    </message>
    <message>
        <source>Suspected illegal traffic</source>
        <translation>Dugaan lalu lintas ilegal</translation>
    </message>
    <message>
        <source>The answers meet at least one ground of Article 9(1). Hold the goods where your law allows, notify the competent authority and open a case; the take-back clocks start when the State responsible is informed.</source>
        <translation>Jawaban memenuhi setidaknya satu alasan dalam Pasal 9(1). Tahan barang sejauh diizinkan oleh hukum Anda, beri tahu otoritas kompeten, dan buka kasus; tenggat pengembalian dimulai saat Negara yang bertanggung jawab diberi tahu.</translation>
    </message>
    <message>
        <source>The goods already look like waste. Hold them where your law allows and refer the case to the competent authority. Suspected codes: A1181 if hazardous components are present (CRT glass, list A batteries, mercury lamps or switches, PCB capacitors), otherwise Y49; HS heading 8549.</source>
        <translation>Barang sudah tampak seperti limbah. Tahan barang sejauh diizinkan oleh hukum Anda dan teruskan kasusnya ke otoritas kompeten. Kode yang diduga: A1181 jika terdapat komponen berbahaya (kaca CRT, baterai daftar A, lampu atau sakelar merkuri, kapasitor PCB), selain itu Y49; pos HS 8549.</translation>
    </message>
    <message>
        <source>The papers and goods look right, but a red flag remains. Record it, hold the goods and ask the competent authority before release.</source>
        <translation>Dokumen dan barang tampak benar, tetapi masih ada tanda peringatan. Catat tanda tersebut, tahan barang, dan tanyakan kepada otoritas kompeten sebelum barang dikeluarkan.</translation>
    </message>
    <message>
        <source>To check: whether every State consented</source>
        <translation>Perlu diperiksa: apakah setiap Negara telah memberikan persetujuan</translation>
    </message>
    <message>
        <source>To check: whether the movement was notified</source>
        <translation>Perlu diperiksa: apakah perpindahan telah dinotifikasikan</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer</source>
        <translation>Perlakukan sebagai dugaan limbah elektronik: tahan dan teruskan</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (documents incomplete)</source>
        <translation>Perlakukan sebagai dugaan limbah elektronik: tahan dan teruskan (dokumen tidak lengkap)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (goods do not match the papers)</source>
        <translation>Perlakukan sebagai dugaan limbah elektronik: tahan dan teruskan (barang tidak sesuai dengan dokumen)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (unexplained red flags)</source>
        <translation>Perlakukan sebagai dugaan limbah elektronik: tahan dan teruskan (tanda peringatan belum terjelaskan)</translation>
    </message>
    <message>
        <source>Treat as used EEE</source>
        <translation>Perlakukan sebagai peralatan bekas</translation>
    </message>
    <message>
        <source>Unsorted waste batteries, or waste batteries containing Annex I constituents to a hazardous extent. Prior informed consent is required.</source>
        <translation>Limbah baterai yang tidak dipilah, atau limbah baterai yang mengandung unsur Lampiran I sampai tingkat berbahaya. Memerlukan persetujuan awal berdasarkan informasi (prior informed consent).</translation>
    </message>
    <message>
        <source>Use the lists directly and describe the goods</source>
        <translation>Gunakan daftar secara langsung dan uraikan barangnya</translation>
    </message>
    <message>
        <source>Used EEE or e-waste?</source>
        <translation>Peralatan bekas atau limbah elektronik?</translation>
    </message>
    <message>
        <source>Was it collected from households, or is it residue from incinerating household waste?</source>
        <translation>Apakah limbah tersebut dikumpulkan dari rumah tangga, atau merupakan residu dari insinerasi limbah rumah tangga?</translation>
    </message>
    <message>
        <source>Was the movement notified to all States concerned (is there a notification document naming this shipment)?</source>
        <translation>Apakah perpindahan tersebut telah dinotifikasikan kepada semua Negara terkait (apakah ada dokumen notifikasi yang menyebut kiriman ini)?</translation>
    </message>
    <message>
        <source>Waste batteries made to a specification, without lead, cadmium or mercury. List B entries are presumed not hazardous, but national rules may still control them; check the country profile.</source>
        <translation>Limbah baterai yang dibuat sesuai spesifikasi, tanpa timbal, kadmium, atau merkuri. Pos daftar B dianggap tidak berbahaya, tetapi peraturan nasional mungkin tetap mengawasinya; periksa profil negara.</translation>
    </message>
    <message>
        <source>Waste collected from households. Controlled under the Convention even when not hazardous.</source>
        <translation>Limbah yang dikumpulkan dari rumah tangga. Diawasi berdasarkan Konvensi meskipun tidak berbahaya.</translation>
    </message>
    <message>
        <source>Waste lead-acid batteries, whole or crushed. Prior informed consent is required. Commonly associated HS subheading: 8549.11 (a hint, not a classification).</source>
        <translation>Limbah aki timbal-asam, utuh atau dihancurkan. Memerlukan persetujuan awal berdasarkan informasi (prior informed consent). Subpos HS yang lazim terkait: 8549.11 (petunjuk, bukan klasifikasi).</translation>
    </message>
    <message>
        <source>What you found does not match the reuse documents. Record the differences with photos, hold the goods and refer the case. A material mismatch with the documents is itself a ground of illegal traffic (Art. 9(1)(d)).</source>
        <translation>Temuan Anda tidak sesuai dengan dokumen penggunaan kembali. Catat perbedaannya dengan foto, tahan barang, dan teruskan kasusnya. Ketidaksesuaian material dengan dokumen merupakan alasan lalu lintas ilegal tersendiri (Art. 9(1)(d)).</translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation>Daftar mana?</translation>
    </message>
    <message>
        <source>Without complete reuse documents the shipment cannot be treated as used goods. Record which document is missing or doubtful, hold the goods and refer the case.</source>
        <translation>Tanpa dokumen penggunaan kembali yang lengkap, kiriman tidak dapat diperlakukan sebagai barang bekas. Catat dokumen mana yang tidak ada atau diragukan, tahan barang, dan teruskan kasusnya.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Yes, all conditions are met</source>
        <translation>Ya, semua syarat terpenuhi</translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation>Ya, semuanya</translation>
    </message>
    <message>
        <source>Yes, or I cannot tell</source>
        <translation>Ya, atau saya tidak dapat memastikan</translation>
    </message>
    <message>
        <source>Yes, or suspected</source>
        <translation>Ya, atau diduga</translation>
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
        <translation>final</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ditarik</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>Pemeriksaan dokumen</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>Pemeriksaan fisik</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>Sinar-X / pemindaian</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Pengambilan contoh</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>Kunjungan ke lokasi perusahaan</translation>
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
        <translation>Perairan darat</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>Kiriman pos / ekspres</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Ditegah</translation>
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
        <translation>Diteruskan ke otoritas kompeten</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>diserahkan</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>tidak berlaku</translation>
    </message>
    <message>
        <source>E-waste and used EEE</source>
        <translation>Limbah elektronik dan peralatan bekas</translation>
    </message>
    <message>
        <source>Plastic waste</source>
        <translation>Limbah plastik</translation>
    </message>
    <message>
        <source>Metal scrap</source>
        <translation>Skrap logam</translation>
    </message>
    <message>
        <source>Lead-acid batteries</source>
        <translation>Aki timbal-asam</translation>
    </message>
    <message>
        <source>Other batteries, black mass</source>
        <translation>Baterai lain, black mass</translation>
    </message>
    <message>
        <source>Used tyres</source>
        <translation>Ban bekas</translation>
    </message>
    <message>
        <source>Textiles and worn clothing</source>
        <translation>Tekstil dan pakaian bekas</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>End-of-life vehicles and parts</source>
        <translation>Kendaraan akhir masa pakai dan suku cadangnya</translation>
    </message>
    <message>
        <source>Slag, ash, residues</source>
        <translation>Terak, abu, residu</translation>
    </message>
    <message>
        <source>Waste oils</source>
        <translation>Limbah minyak</translation>
    </message>
    <message>
        <source>Household and municipal waste</source>
        <translation>Sampah rumah tangga dan sampah kota</translation>
    </message>
    <message>
        <source>Chemicals and other</source>
        <translation>Bahan kimia dan lainnya</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Diduga</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Dalam penyelidikan</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>Lalu lintas ilegal terkonfirmasi</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>Tidak ilegal (ditutup)</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>Pengembalian diminta</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>Dikembalikan atau dimusnahkan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) tanpa notifikasi kepada semua Negara terkait</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) tanpa persetujuan dari Negara terkait</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) persetujuan diperoleh melalui pemalsuan, keterangan yang keliru, atau penipuan</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) secara material tidak sesuai dengan dokumen</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) pembuangan dengan sengaja (dumping)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>Pasal 9: 30 hari sejak Negara diberi tahu</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>Pasal 8: 90 hari (reimpor kiriman yang sah)</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>Tanpa tenggat</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>Pengembalian ke Negara pengekspor</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>Pemusnahan di Negara pengimpor</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>Pemusnahan di tempat lain (Art. 9(4))</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Eksportir</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>Importir / penerima barang</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Pengangkut</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Penghasil limbah</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>Fasilitas tujuan</translation>
    </message>
</context>
<context>
    <name>risk_indicators</name>
    <message>
        <source>'Mixed metal scrap' that contains electrical or electronic equipment, cables or circuit boards.</source>
        <translation>'Skrap logam campuran' yang berisi peralatan listrik atau elektronik, kabel, atau papan sirkuit.</translation>
    </message>
    <message>
        <source>Claimed as sent for repair, refurbishment or warranty/failure analysis without a valid contract and supporting documents.</source>
        <translation>Diklaim dikirim untuk perbaikan, rekondisi, atau analisis garansi/kerusakan tanpa kontrak yang sah dan dokumen pendukung.</translation>
    </message>
    <message>
        <source>Consignee is not a licensed recycler or disposal facility, or its address is false or cannot be verified.</source>
        <translation>Penerima barang bukan pendaur ulang atau fasilitas pemusnahan berizin, atau alamatnya palsu atau tidak dapat diverifikasi.</translation>
    </message>
    <message>
        <source>Declared HS code does not match the goods found (e.g. declared as products or raw materials, found to be waste or scrap).</source>
        <translation>Kode HS yang diberitahukan tidak sesuai dengan barang yang ditemukan (mis. diberitahukan sebagai produk atau bahan baku, ternyata limbah atau skrap).</translation>
    </message>
    <message>
        <source>Declared as working products (EEE, parts, batteries) but the goods are broken, non-functional, cut up or otherwise only fit for recovery or disposal.</source>
        <translation>Diberitahukan sebagai produk yang berfungsi (EEE, suku cadang, baterai), tetapi barangnya rusak, tidak berfungsi, terpotong, atau hanya layak untuk dimanfaatkan kembali atau dimusnahkan.</translation>
    </message>
    <message>
        <source>Destination prohibits import of the waste (e.g. China's ban on solid waste imports from 1 Jan 2021; Viet Nam's ban on hazardous waste imports).</source>
        <translation>Negara tujuan melarang impor limbah tersebut (mis. larangan Tiongkok atas impor limbah padat sejak 1 Jan 2021; larangan Vietnam atas impor limbah berbahaya).</translation>
    </message>
    <message>
        <source>E-waste and used EEE, end-of-life vehicles and vehicle parts.</source>
        <translation>Limbah elektronik dan peralatan listrik dan elektronik bekas, kendaraan akhir masa pakai, dan suku cadang kendaraan.</translation>
    </message>
    <message>
        <source>EEE shipped in bulk, traded by weight rather than by unit, or mixed with other waste or scrap.</source>
        <translation>EEE dikirim secara curah, diperdagangkan berdasarkan berat dan bukan per unit, atau tercampur dengan limbah atau skrap lain.</translation>
    </message>
    <message>
        <source>Equipment containing ozone-depleting substances (refrigerators, air-conditioners).</source>
        <translation>Peralatan yang mengandung bahan perusak lapisan ozon (lemari es, pendingin ruangan).</translation>
    </message>
    <message>
        <source>Export to or import from a State that is not a Party to the Basel Convention without an Article 11 agreement.</source>
        <translation>Ekspor ke atau impor dari Negara yang bukan Pihak Konvensi Basel tanpa perjanjian menurut Pasal 11.</translation>
    </message>
    <message>
        <source>Goods described only vaguely (e.g. 'used goods', 'second-hand goods', 'scrap', 'mixed metal scrap', 'recyclable material') without a precise commodity description.</source>
        <translation>Barang diuraikan secara samar (mis. 'barang bekas', 'second-hand', 'skrap', 'skrap logam campuran', 'bahan yang dapat didaur ulang') tanpa uraian barang yang tepat.</translation>
    </message>
    <message>
        <source>Hazardous components visible: CRTs, batteries, circuit boards, mercury lamps or switches, PCB capacitors.</source>
        <translation>Komponen berbahaya terlihat: CRT, baterai, papan sirkuit, lampu atau sakelar merkuri, kapasitor PCB.</translation>
    </message>
    <message>
        <source>Items incomplete (essential parts missing), visibly damaged, untested, or intended for parts cannibalisation rather than reuse.</source>
        <translation>Unit tidak lengkap (bagian penting hilang), tampak rusak, belum diuji, atau ditujukan untuk diambil suku cadangnya, bukan untuk digunakan kembali.</translation>
    </message>
    <message>
        <source>Mixed or municipal waste and industrial waste.</source>
        <translation>Sampah campuran atau sampah kota dan limbah industri.</translation>
    </message>
    <message>
        <source>No declaration by the person arranging transport that none of the equipment is waste.</source>
        <translation>Tidak ada pernyataan dari pihak yang mengatur pengangkutan bahwa tidak satu pun peralatan merupakan limbah.</translation>
    </message>
    <message>
        <source>No invoice and contract stating that the equipment is destined for direct reuse and is fully functional.</source>
        <translation>Tidak ada invoice dan kontrak yang menyatakan bahwa peralatan ditujukan untuk digunakan kembali secara langsung dan berfungsi penuh.</translation>
    </message>
    <message>
        <source>Odour, leakage or staining from packages or the container.</source>
        <translation>Bau, kebocoran, atau noda dari kemasan atau kontainer.</translation>
    </message>
    <message>
        <source>Permit, consent or declaration appears falsified, altered or issued for a different shipment.</source>
        <translation>Izin, persetujuan, atau pernyataan tampak dipalsukan, diubah, atau diterbitkan untuk kiriman lain.</translation>
    </message>
    <message>
        <source>Plastic or paper bales mixed with other polymers, food residues, dirt or other waste (plastics may then be Y48 or A3210 rather than B3011).</source>
        <translation>Bal plastik atau kertas tercampur dengan polimer lain, sisa makanan, kotoran, atau limbah lain (plastik tersebut dapat termasuk Y48 atau A3210, bukan B3011).</translation>
    </message>
    <message>
        <source>Plastic, textile, metal and paper waste (most frequent DEMETER seizure streams).</source>
        <translation>Limbah plastik, tekstil, logam, dan kertas (jenis limbah yang paling sering disita dalam operasi DEMETER).</translation>
    </message>
    <message>
        <source>Routing through transshipment hubs or repeated port changes ('port hopping').</source>
        <translation>Rute melalui hub transshipment atau perpindahan pelabuhan yang berulang ('port hopping').</translation>
    </message>
    <message>
        <source>Shipment date or quantity falls outside the validity period or the number of shipments stated in the written consent.</source>
        <translation>Tanggal atau jumlah kiriman berada di luar masa berlaku atau melebihi jumlah pengiriman yang tercantum dalam persetujuan tertulis.</translation>
    </message>
    <message>
        <source>Shipment does not conform in a material way with its notification or movement document (waste code, quantity, carrier, route, facility).</source>
        <translation>Kiriman secara material tidak sesuai dengan notifikasi atau dokumen pergerakannya (kode limbah, jumlah, pengangkut, rute, fasilitas).</translation>
    </message>
    <message>
        <source>Shipper's country differs from the apparent origin of the waste.</source>
        <translation>Negara pengirim berbeda dari negara asal limbah yang tampak.</translation>
    </message>
    <message>
        <source>Ships and floating structures sent for dismantling.</source>
        <translation>Kapal dan bangunan terapung yang dikirim untuk dibongkar.</translation>
    </message>
    <message>
        <source>Soldered, sealed or wrapped items whose content cannot be seen without opening or X-ray scanning.</source>
        <translation>Barang yang disolder, disegel, atau dibungkus sehingga isinya tidak dapat dilihat tanpa dibuka atau dipindai dengan sinar-X.</translation>
    </message>
    <message>
        <source>Unusually low declared value for the goods, or a first-time or unknown exporter.</source>
        <translation>Nilai barang yang diberitahukan sangat rendah, atau eksportir baru atau tidak dikenal.</translation>
    </message>
    <message>
        <source>Used EEE declared for reuse without a test or functionality record for every item in the consignment.</source>
        <translation>Peralatan listrik dan elektronik bekas yang diberitahukan untuk digunakan kembali tanpa catatan hasil uji atau uji fungsi untuk setiap unit dalam kiriman.</translation>
    </message>
    <message>
        <source>Used EEE without adequate protection against damage (no individual packaging, poor stacking, loose loading).</source>
        <translation>Peralatan listrik dan elektronik bekas tanpa perlindungan yang memadai terhadap kerusakan (tanpa kemasan per unit, penumpukan buruk, muatan lepas).</translation>
    </message>
    <message>
        <source>Used lead-acid batteries; lithium-ion batteries and 'black mass'.</source>
        <translation>Aki timbal-asam bekas; baterai litium-ion dan 'black mass'.</translation>
    </message>
    <message>
        <source>Waste and used tyres.</source>
        <translation>Limbah ban dan ban bekas.</translation>
    </message>
    <message>
        <source>Waste declared as 'renewable' or secondary raw material, or as goods of similar shape and size, to disguise it.</source>
        <translation>Limbah yang diberitahukan sebagai bahan 'terbarukan' atau bahan baku sekunder, atau sebagai barang dengan bentuk dan ukuran serupa, untuk menyamarkannya.</translation>
    </message>
    <message>
        <source>Waste hidden at the rear of the container behind a front layer of legitimate goods; non-uniform loading.</source>
        <translation>Limbah disembunyikan di bagian belakang kontainer di balik lapisan depan berisi barang yang sah; pemuatan tidak seragam.</translation>
    </message>
    <message>
        <source>Waste listed in Annex VIII or Annex II (e.g. A1181, Y48, Y49) moving without notification, written consent of the States concerned or a movement document.</source>
        <translation>Limbah yang tercantum dalam Lampiran VIII atau Lampiran II (mis. A1181, Y48, Y49) dipindahkan tanpa notifikasi, persetujuan tertulis dari Negara-negara terkait, atau dokumen pergerakan.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
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
        <translation>Tidak dapat melanjutkan</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Tidak diizinkan</translation>
    </message>
</context>
</TS>