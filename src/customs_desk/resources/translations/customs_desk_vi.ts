<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Giới thiệu {app}</translation>
    </message>
    <message>
        <source>An offline desk for customs officers of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and cases, reference codes, exchange with the secretariat by file, and reports.</source>
        <translation>Ứng dụng làm việc ngoại tuyến dành cho cán bộ hải quan thuộc Mạng lưới châu Á về phòng ngừa vận chuyển xuyên biên giới bất hợp pháp chất thải nguy hại: sổ tay, kiểm tra và vụ việc, mã tra cứu, trao đổi dữ liệu với Ban Thư ký bằng tệp, và báo cáo.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. The translations were written with care by the project; corrections are welcome: note the screen, the wrong text and your suggestion, and send them to the secretariat, or edit the file resources/translations/customs_desk_&lt;language&gt;.ts with Qt Linguist and send it back.</source>
        <translation>Ngôn ngữ giao diện: {languages}. Đã được người bản ngữ thẩm định: {reviewed}. Các bản dịch do dự án biên soạn cẩn thận; rất mong nhận được góp ý chỉnh sửa: ghi lại màn hình, nội dung sai và đề xuất của bạn, rồi gửi cho Ban Thư ký, hoặc sửa tệp resources/translations/customs_desk_&lt;language&gt;.ts bằng Qt Linguist và gửi lại.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Số hiệu công chức</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Mật khẩu ban đầu</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts from the secretariat</source>
        <translation>Cảnh báo từ Ban Thư ký</translation>
    </message>
    <message>
        <source>Watch party</source>
        <translation>Đối tượng cần theo dõi</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>Tuyến vận chuyển cần lưu ý</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation>(đến {day})</translation>
    </message>
    <message>
        <source>No alerts. Updates from the secretariat bring them.</source>
        <translation>Không có cảnh báo. Cảnh báo được gửi đến qua các gói cập nhật của Ban Thư ký.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{kind} database, schema {rev}</source>
        <translation>Cơ sở dữ liệu {kind}, lược đồ {rev}</translation>
    </message>
    <message>
        <source>Restore your draft?</source>
        <translation>Khôi phục bản nháp?</translation>
    </message>
    <message>
        <source>Customs Desk was closed while you were editing a draft. It was saved a few seconds before. Open it again?</source>
        <translation>Customs Desk đã bị đóng trong khi bạn đang soạn một bản nháp. Bản nháp đã được lưu vài giây trước đó. Mở lại bản nháp?</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>No take-back clock is running.</source>
        <translation>Không có thời hạn nhận lại nào đang được tính.</translation>
    </message>
    <message>
        <source>Deadline was {date}; the case is finished.</source>
        <translation>Thời hạn là ngày {date}; vụ việc đã kết thúc.</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {date})</source>
        <translation>QUÁ HẠN {n} ngày (hết hạn ngày {date})</translation>
    </message>
    <message>
        <source>{n} days left (deadline {date})</source>
        <translation>Còn {n} ngày (hết hạn ngày {date})</translation>
    </message>
</context>
<context>
    <name>CaseWidget</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Status and path</source>
        <translation>Tình trạng và hướng xử lý</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>Người xuất khẩu hoặc chủ nguồn thải (Art. 9(2))</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>Người nhập khẩu hoặc người tiêu hủy (Art. 9(3))</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>Không xác định được bên chịu trách nhiệm (Art. 9(4))</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Trách nhiệm</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>Nhận lại hoặc tiêu hủy</translation>
    </message>
    <message>
        <source>Period agreed by the States (optional)</source>
        <translation>Thời hạn do các Quốc gia thỏa thuận (không bắt buộc)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Article 9(1) grounds</source>
        <translation>Căn cứ theo Điều 9(1)</translation>
    </message>
    <message>
        <source>What happened (kept on the timeline)</source>
        <translation>Diễn biến (được lưu trên dòng thời gian)</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Authority notified…</source>
        <translation>Đã thông báo cơ quan có thẩm quyền…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Vụ việc {number}</translation>
    </message>
    <message>
        <source>{authority} ({country}) informed on {date}</source>
        <translation>Đã thông báo cho {authority} ({country}) ngày {date}</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>Chưa thông báo cho cơ quan có thẩm quyền nào.</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>Đã ghi nhận thông báo</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>Căn cứ: {grounds}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Đã mở vụ việc</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only overdue take-backs</source>
        <translation>Chỉ các vụ quá hạn nhận lại</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả tình trạng</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên gọi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>còn hiệu lực</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã bị xóa</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa có hiệu lực</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Code or words, e.g. A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</source>
        <translation>Mã hoặc từ khóa, ví dụ A1181, 8549, ắc quy chì-axit, 铅酸, แบตเตอรี่</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>Hiệu lực vào ngày</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>không có ngày kết thúc</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>bản dịch không chính thức</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>vào ngày {day}</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>từ {start} đến {end}</translation>
    </message>
    <message>
        <source>UN class</source>
        <translation>Loại UN</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Được thay thế bằng</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Thay thế cho</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liên quan</translation>
    </message>
    <message>
        <source>hints only, never a classification</source>
        <translation>chỉ để gợi ý, không phải kết luận phân loại</translation>
    </message>
    <message>
        <source>Not fully confirmed: to be confirmed with the competent authority.</source>
        <translation>Chưa được xác nhận đầy đủ: cần xác nhận với cơ quan có thẩm quyền.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>In the handbooks</source>
        <translation>Trong sổ tay</translation>
    </message>
    <message>
        <source>Commonly associated HS codes</source>
        <translation>Các mã HS thường liên quan</translation>
    </message>
    <message>
        <source>Commonly associated Basel entries</source>
        <translation>Các mục Basel thường liên quan</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Hiện các xung đột đã xử lý</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>kiểm tra</translation>
    </message>
    <message>
        <source>case</source>
        <translation>vụ việc</translation>
    </message>
    <message>
        <source>party</source>
        <translation>bên liên quan</translation>
    </message>
    <message>
        <source>case event</source>
        <translation>sự kiện vụ việc</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Phát hiện lúc</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Cách xử lý</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Tại máy này</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Bản nhận được</translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation>Giữ phiên bản tại máy này</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>Lấy phiên bản nhận được</translation>
    </message>
    <message>
        <source>Here: saved by {a} on {at}{reason}. Incoming: by {b} on {at2}{reason2}.</source>
        <translation>Tại máy này: {a} lưu lúc {at}{reason}. Bản nhận được: {b} lưu lúc {at2}{reason2}.</translation>
    </message>
    <message>
        <source>Resolved: the incoming version is now current.</source>
        <translation>Đã xử lý: phiên bản nhận được nay là phiên bản hiện hành.</translation>
    </message>
    <message>
        <source>Resolved: the version here stays current.</source>
        <translation>Đã xử lý: phiên bản tại máy này vẫn là phiên bản hiện hành.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Something went wrong inside Customs Desk. Your saved work is safe; the record you were editing is kept as a draft. Please copy the details below and send them to your IT contact or the secretariat.</source>
        <translation>Đã xảy ra sự cố bên trong Customs Desk. Các dữ liệu đã lưu vẫn an toàn; hồ sơ bạn đang soạn được giữ lại dưới dạng bản nháp. Vui lòng sao chép thông tin chi tiết dưới đây và gửi cho bộ phận công nghệ thông tin hoặc Ban Thư ký.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Take-back deadlines</source>
        <translation>Thời hạn nhận lại</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days</source>
        <translation>QUÁ HẠN {n} ngày</translation>
    </message>
    <message>
        <source>… and {n} more overdue cases (Cases page, 'Only overdue').</source>
        <translation>… và {n} vụ việc quá hạn khác (trang Vụ việc, 'Chỉ các vụ quá hạn').</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>Còn {n} ngày</translation>
    </message>
    <message>
        <source>No take-back deadline is overdue or due this week.</source>
        <translation>Không có thời hạn nhận lại nào đã quá hạn hoặc đến hạn trong tuần này.</translation>
    </message>
</context>
<context>
    <name>DecisionAidDialog</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Lưu kết quả</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>Câu hỏi {n}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Suspected codes: {codes}</source>
        <translation>Mã nghi vấn: {codes}</translation>
    </message>
    <message>
        <source>Based on: {links}</source>
        <translation>Căn cứ: {links}</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Look for USB sticks</source>
        <translation>Tìm USB</translation>
    </message>
    <message>
        <source>USB: {label}, {gb:.1f} GB free</source>
        <translation>USB: {label}, còn trống {gb:.1f} GB</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>Ghi gói dữ liệu vào</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Your drafts</source>
        <translation>Bản nháp của bạn</translation>
    </message>
    <message>
        <source>Draft started {when}</source>
        <translation>Bản nháp bắt đầu lúc {when}</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Không có bản nháp.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Các cửa khẩu</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cách ly</translation>
    </message>
    <message>
        <source>Make an update</source>
        <translation>Tạo gói cập nhật</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Khóa</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Customs Desk — first start</source>
        <translation>Customs Desk — khởi động lần đầu</translation>
    </message>
    <message>
        <source>The secretariat office</source>
        <translation>Văn phòng Ban Thư ký</translation>
    </message>
</context>
<context>
    <name>HandbooksPage</name>
    <message>
        <source>Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่</source>
        <translation>Tìm trong tất cả sổ tay — mọi ngôn ngữ, ví dụ A1181, thiết bị đã qua sử dụng, 电子废物, แบตเตอรี่</translation>
    </message>
    <message>
        <source>Search your bookmarks and notes</source>
        <translation>Tìm trong dấu trang và ghi chú của bạn</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>Đang chuẩn bị chỉ mục tìm kiếm…</translation>
    </message>
    <message>
        <source>All handbooks</source>
        <translation>Tất cả sổ tay</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tất cả ngôn ngữ</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>Bỏ qua: {problem}</translation>
    </message>
    <message>
        <source>Version {version} · reviewed {date} · {chapters} chapters · {language}</source>
        <translation>Phiên bản {version} · thẩm định ngày {date} · {chapters} chương · {language}</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>Các ngôn ngữ khác:</translation>
    </message>
    <message>
        <source>The search index could not be prepared: {error}</source>
        <translation>Không thể chuẩn bị chỉ mục tìm kiếm: {error}</translation>
    </message>
    <message>
        <source>{n} results ({ms:.0f} ms)</source>
        <translation>{n} kết quả ({ms:.0f} ms)</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href='{s}'&gt;{s}&lt;/a&gt;?</source>
        <translation>Có phải bạn muốn tìm &lt;a href='{s}'&gt;{s}&lt;/a&gt;?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>Lịch sử của hồ sơ</translation>
    </message>
    <message>
        <source>Revision {n} · {who} · {when}</source>
        <translation>Phiên bản {n} · {who} · {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Lý do: {reason}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Đã thay đổi: {fields}</translation>
    </message>
    <message>
        <source>(received in an exchange package)</source>
        <translation>(nhận qua gói trao đổi dữ liệu)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Xin chào, {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>Nhập {name}</translation>
    </message>
    <message>
        <source>Checking the signature and every file in the package…</source>
        <translation>Đang kiểm tra chữ ký và từng tệp trong gói…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Write the signed receipt beside the package</source>
        <translation>Ghi biên nhận có chữ ký bên cạnh gói dữ liệu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>This package from {post} was imported before. Importing it again changes nothing.</source>
        <translation>Gói dữ liệu này từ {post} đã được nhập trước đó. Nhập lại sẽ không thay đổi gì.</translation>
    </message>
    <message>
        <source>Signed by {post} and intact. Nothing has been written yet: check the summary, then import.</source>
        <translation>Có chữ ký của {post} và còn nguyên vẹn. Chưa có dữ liệu nào được ghi: hãy kiểm tra bảng tóm tắt rồi nhập.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Đã nhập.</translation>
    </message>
    <message>
        <source>The receipt {name} is beside the package: carry it back to the post.</source>
        <translation>Biên nhận {name} đã được ghi bên cạnh gói dữ liệu: hãy mang về cho cửa khẩu.</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Đã cập nhật</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Waiting for an earlier package</source>
        <translation>Chờ gói dữ liệu trước đó</translation>
    </message>
    <message>
        <source>Rejected (quarantined)</source>
        <translation>Bị từ chối (cách ly)</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Save draft</source>
        <translation>Lưu nháp</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Hủy hồ sơ…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Mở vụ việc</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày và giờ</translation>
    </message>
    <message>
        <source>Officers (comma-separated)</source>
        <translation>Cán bộ kiểm tra (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Type of inspection</source>
        <translation>Hình thức kiểm tra</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>Phương thức vận tải</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>Tàu</translation>
    </message>
    <message>
        <source>Voyage</source>
        <translation>Số chuyến</translation>
    </message>
    <message>
        <source>Truck plate</source>
        <translation>Biển số xe</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Chuyến bay</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>Vận đơn / vận đơn hàng không</translation>
    </message>
    <message>
        <source>Customs declaration number</source>
        <translation>Số tờ khai hải quan</translation>
    </message>
    <message>
        <source>Containers and seals (ISO 6346 numbers are checked)</source>
        <translation>Container và niêm phong (số ISO 6346 được kiểm tra)</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>Số container</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>Số niêm phong (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>Thêm container</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Xóa mục đã chọn</translation>
    </message>
    <message>
        <source>Declaration and goods</source>
        <translation>Khai báo và hàng hóa</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>Mã HS khai báo</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>Mô tả hàng hóa khai báo</translation>
    </message>
    <message>
        <source>Declared weight (kg)</source>
        <translation>Trọng lượng khai báo (kg)</translation>
    </message>
    <message>
        <source>Weight found (kg)</source>
        <translation>Trọng lượng thực tế (kg)</translation>
    </message>
    <message>
        <source>Declared pieces</source>
        <translation>Số kiện khai báo</translation>
    </message>
    <message>
        <source>Pieces found (unweighed)</source>
        <translation>Số kiện thực tế (chưa cân)</translation>
    </message>
    <message>
        <source>Declared value and currency</source>
        <translation>Trị giá khai báo và đồng tiền</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Loại chất thải</translation>
    </message>
    <message>
        <source>Goods lines: codes are checked against the tables valid on the inspection date</source>
        <translation>Dòng hàng: mã được đối chiếu với các bảng mã có hiệu lực vào ngày kiểm tra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>Mã HS khai báo</translation>
    </message>
    <message>
        <source>Suspected Basel codes</source>
        <translation>Mã Basel nghi vấn</translation>
    </message>
    <message>
        <source>Y codes</source>
        <translation>Mã Y</translation>
    </message>
    <message>
        <source>H codes</source>
        <translation>Mã H</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>Số UN</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Trọng lượng (kg)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Parties and route</source>
        <translation>Các bên liên quan và tuyến vận chuyển</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>Nước xuất khẩu</translation>
    </message>
    <message>
        <source>Transit countries (codes, comma-separated)</source>
        <translation>Nước quá cảnh (mã, cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>Nước nhập khẩu</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>Cảng xếp hàng</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>Cảng dỡ hàng</translation>
    </message>
    <message>
        <source>Transshipment ports (comma-separated)</source>
        <translation>Cảng chuyển tải (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Documents and risk</source>
        <translation>Chứng từ và rủi ro</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>Số thông báo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Văn bản chấp thuận</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>Chứng từ vận chuyển</translation>
    </message>
    <message>
        <source>Test certificates (used EEE)</source>
        <translation>Biên bản kiểm tra chức năng (thiết bị đã qua sử dụng)</translation>
    </message>
    <message>
        <source>Invoice and contract</source>
        <translation>Hóa đơn và hợp đồng</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Chứng từ khác</translation>
    </message>
    <message>
        <source>Risk indicators found</source>
        <translation>Dấu hiệu rủi ro phát hiện được</translation>
    </message>
    <message>
        <source>Not fully confirmed in the sources</source>
        <translation>Chưa được xác nhận đầy đủ trong nguồn tài liệu</translation>
    </message>
    <message>
        <source>Findings and outcome</source>
        <translation>Kết quả kiểm tra và xử lý</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>Trích dẫn sổ tay</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>Thêm trích dẫn…</translation>
    </message>
    <message>
        <source>Decision aids (the answers and outcome are kept with this inspection)</source>
        <translation>Công cụ hỗ trợ quyết định (câu trả lời và kết quả được lưu cùng lần kiểm tra này)</translation>
    </message>
    <message>
        <source>Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256.</source>
        <translation>Thêm ảnh từ máy tính hoặc kéo thả vào đây. Tệp gốc được giữ nguyên cùng mã SHA-256 của tệp.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>New inspection (draft)</source>
        <translation>Lần kiểm tra mới (bản nháp)</translation>
    </message>
    <message>
        <source>revision {n}</source>
        <translation>phiên bản {n}</translation>
    </message>
    <message>
        <source>from post {post} (read only)</source>
        <translation>từ cửa khẩu {post} (chỉ đọc)</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>Lưu nội dung sửa…</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>Dòng {n}: {message}</translation>
    </message>
    <message>
        <source>Possible duplicate: {record} has the same {what} in the last 90 days.</source>
        <translation>Có thể trùng lặp: {record} có cùng {what} trong 90 ngày qua.</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft.</source>
        <translation>Chưa thể hoàn tất hồ sơ: có {n} lỗi được đánh dấu bên cạnh các trường. Hồ sơ đã được lưu dưới dạng bản nháp.</translation>
    </message>
    <message>
        <source>Correct a finalized record</source>
        <translation>Sửa hồ sơ đã hoàn tất</translation>
    </message>
    <message>
        <source>Why is the record corrected? (kept in its history)</source>
        <translation>Lý do sửa hồ sơ? (được lưu trong lịch sử hồ sơ)</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>Hủy hồ sơ</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It is kept, marked as withdrawn.</source>
        <translation>Lý do hủy hồ sơ? Hồ sơ vẫn được lưu giữ và được đánh dấu là đã hủy.</translation>
    </message>
    <message>
        <source>A draft has no history yet; it starts when the record is finalized.</source>
        <translation>Bản nháp chưa có lịch sử; lịch sử bắt đầu khi hồ sơ được hoàn tất.</translation>
    </message>
    <message>
        <source>Add a citation</source>
        <translation>Thêm trích dẫn</translation>
    </message>
    <message>
        <source>Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):</source>
        <translation>Dán trích dẫn đã sao chép từ trình đọc sổ tay (ví dụ basel-at-the-border §take-back-clocks ¶3):</translation>
    </message>
    <message>
        <source>'{text}' is not a handbook citation.</source>
        <translation>'{text}' không phải là trích dẫn sổ tay.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Thêm ảnh</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Một số tệp chưa được thêm</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>Vị trí: {lat}, {lon}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Chụp lúc</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>{who} thêm ngày {when}</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Caption for {name}:</source>
        <translation>Chú thích cho {name}:</translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation>Nội dung sửa chưa lưu</translation>
    </message>
    <message>
        <source>Discard the changes of this correction?</source>
        <translation>Bỏ các thay đổi của lần sửa này?</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection</source>
        <translation>Kiểm tra mới</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>mọi tình trạng</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Chưa hủy</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Mọi hình thức xử lý</translation>
    </message>
    <message>
        <source>All waste streams</source>
        <translation>Mọi loại chất thải</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation's key</source>
        <translation>Khóa của bản cài đặt này</translation>
    </message>
    <message>
        <source>Send the key file to the other side, then read this fingerprint to them by phone so they can check it before they trust it.</source>
        <translation>Gửi tệp khóa cho bên kia, sau đó đọc dấu vân tay này cho họ qua điện thoại để họ đối chiếu trước khi tin cậy khóa.</translation>
    </message>
    <message>
        <source>Save my key file…</source>
        <translation>Lưu tệp khóa của tôi…</translation>
    </message>
    <message>
        <source>Keys this installation trusts</source>
        <translation>Các khóa được bản cài đặt này tin cậy</translation>
    </message>
    <message>
        <source>post</source>
        <translation>cửa khẩu</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>Ban Thư ký</translation>
    </message>
    <message>
        <source>revoked {day}: {reason}</source>
        <translation>đã thu hồi ngày {day}: {reason}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>được tin cậy</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Trust a key file…</source>
        <translation>Tin cậy một tệp khóa…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Thu hồi…</translation>
    </message>
    <message>
        <source>Save the key file to</source>
        <translation>Lưu tệp khóa vào</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Đã ghi {path}.</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>Tin cậy một tệp khóa</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Khóa Customs Desk (*.cdkey)</translation>
    </message>
    <message>
        <source>Now trusting {name} ({code}).</source>
        <translation>Đã tin cậy {name} ({code}).</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Vui lòng chọn một khóa trước.</translation>
    </message>
    <message>
        <source>The key of {post} is revoked.</source>
        <translation>Khóa của {post} đã bị thu hồi.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Where is this computer used?</source>
        <translation>Máy tính này được sử dụng ở đâu?</translation>
    </message>
    <message>
        <source>Customs Desk keeps all data on this computer. Border posts record inspections and send them to the secretariat on a USB stick; the secretariat consolidates the posts' records and sends updates back.</source>
        <translation>Customs Desk lưu toàn bộ dữ liệu trên máy tính này. Các cửa khẩu ghi nhận kết quả kiểm tra và gửi cho Ban Thư ký bằng USB; Ban Thư ký tổng hợp hồ sơ của các cửa khẩu và gửi lại các bản cập nhật.</translation>
    </message>
    <message>
        <source>At a border post (customs office, port, land crossing)</source>
        <translation>Tại cửa khẩu (chi cục hải quan, cảng biển, cửa khẩu đường bộ)</translation>
    </message>
    <message>
        <source>At the secretariat of the Asian Network</source>
        <translation>Tại Ban Thư ký của Mạng lưới châu Á</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Customs Desk</source>
        <translation>Chào mừng bạn đến với Customs Desk</translation>
    </message>
    <message>
        <source>Choose the language of the interface. You can change it later in Settings. Handbooks keep their own language.</source>
        <translation>Chọn ngôn ngữ giao diện. Bạn có thể thay đổi sau trong phần Cài đặt. Sổ tay vẫn giữ ngôn ngữ riêng của chúng.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>records</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>biên nhận</translation>
    </message>
    <message>
        <source>update</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Với</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Customs Desk</source>
        <translation>Đăng nhập — Customs Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>&amp;Số hiệu công chức</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Enter your badge number.</source>
        <translation>Vui lòng nhập số hiệu công chức.</translation>
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
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>lãnh đạo</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>Ban Thư ký</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i đến</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Customs Desk</source>
        <translation>&amp;Giới thiệu Customs Desk</translation>
    </message>
</context>
<context>
    <name>MakeUpdateTab</name>
    <message>
        <source>Alerts and watch lists</source>
        <translation>Cảnh báo và danh sách theo dõi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Party or route</source>
        <translation>Đối tượng hoặc tuyến vận chuyển</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Add an alert</source>
        <translation>Thêm cảnh báo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Handbooks, codes and keys</source>
        <translation>Sổ tay, mã và khóa</translation>
    </message>
    <message>
        <source>Add a handbook folder…</source>
        <translation>Thêm thư mục sổ tay…</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>Sổ tay</translation>
    </message>
    <message>
        <source>a reference-code dataset folder (optional)</source>
        <translation>thư mục bộ dữ liệu mã tra cứu (không bắt buộc)</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>Mã tra cứu</translation>
    </message>
    <message>
        <source>Add a post's key file…</source>
        <translation>Thêm tệp khóa của cửa khẩu…</translation>
    </message>
    <message>
        <source>Keys for posts to trust</source>
        <translation>Khóa để các cửa khẩu tin cậy</translation>
    </message>
    <message>
        <source>For the posts</source>
        <translation>Gửi cho các cửa khẩu</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Ghi vào</translation>
    </message>
    <message>
        <source>Make the update package</source>
        <translation>Tạo gói cập nhật</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Party to watch</source>
        <translation>Đối tượng cần theo dõi</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>Tuyến vận chuyển cần lưu ý</translation>
    </message>
    <message>
        <source>Handbook folder</source>
        <translation>Thư mục sổ tay</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Tệp khóa</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Khóa Customs Desk (*.cdkey)</translation>
    </message>
    <message>
        <source>Choose where to write the update.</source>
        <translation>Vui lòng chọn nơi ghi gói cập nhật.</translation>
    </message>
    <message>
        <source>Choose at least one post.</source>
        <translation>Vui lòng chọn ít nhất một cửa khẩu.</translation>
    </message>
    <message>
        <source>Wrote {path} for {n} posts.</source>
        <translation>Đã ghi {path} cho {n} cửa khẩu.</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Competent authority notified</source>
        <translation>Đã thông báo cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>Does not start a clock</source>
        <translation>Không bắt đầu tính thời hạn</translation>
    </message>
    <message>
        <source>Starts: {clock}</source>
        <translation>Bắt đầu tính: {clock}</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Date informed</source>
        <translation>Ngày thông báo</translation>
    </message>
    <message>
        <source>How (e-mail, letter, focal point…)</source>
        <translation>Hình thức (thư điện tử, công văn, đầu mối…)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>Take-back clock</source>
        <translation>Thời hạn nhận lại</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>Sổ tay</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Mã tra cứu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>PDF reports: records, notices, registers, summaries</source>
        <translation>Báo cáo PDF: hồ sơ, thông báo, sổ theo dõi, bản tổng hợp</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Trao đổi</translation>
    </message>
    <message>
        <source>Packages on USB sticks: send, import, receipts, updates, keys</source>
        <translation>Gói dữ liệu trên USB: gửi, nhập, biên nhận, cập nhật, khóa</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>Bên liên quan</translation>
    </message>
    <message>
        <source>This is a person (removed from non-nominal exports)</source>
        <translation>Đây là cá nhân (tên được lược bỏ khi xuất dữ liệu ẩn danh)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Số đăng ký</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Type a name to find the party</source>
        <translation>Gõ tên để tìm bên liên quan</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Thêm mới…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>⚑ on the watch list</source>
        <translation>⚑ có trong danh sách theo dõi</translation>
    </message>
    <message>
        <source>Watch list from the secretariat: {title}</source>
        <translation>Danh sách theo dõi của Ban Thư ký: {title}</translation>
    </message>
    <message>
        <source>⚠ {n} earlier findings</source>
        <translation>⚠ {n} lần phát hiện trước đây</translation>
    </message>
    <message>
        <source>This party appears in {n} inspections that were not simply released.</source>
        <translation>Bên liên quan này có trong {n} lần kiểm tra có kết quả khác với thông quan.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The border post</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <source>The post code starts every record number made here (for example SGP-TUAS-2026-00042), so keep it short and never reuse another post's code.</source>
        <translation>Mã cửa khẩu đứng đầu mọi số hồ sơ được tạo tại đây (ví dụ SGP-TUAS-2026-00042), vì vậy hãy đặt mã ngắn gọn và không bao giờ dùng lại mã của cửa khẩu khác.</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Mã cửa khẩu</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>Tên cửa khẩu</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Quốc gia hoặc vùng lãnh thổ</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Quốc gia khác</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Múi giờ</translation>
    </message>
    <message>
        <source>Agency (for report headers)</source>
        <translation>Cơ quan (cho tiêu đề báo cáo)</translation>
    </message>
    <message>
        <source>e.g. SGP-TUAS</source>
        <translation>ví dụ SGP-TUAS</translation>
    </message>
    <message>
        <source>e.g. Tuas Checkpoint</source>
        <translation>ví dụ Tuas Checkpoint</translation>
    </message>
    <message>
        <source>e.g. Singapore Customs</source>
        <translation>ví dụ Singapore Customs</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Khác…</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Gói gần nhất</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Số gói</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Số lần kiểm tra</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Vụ việc đang mở</translation>
    </message>
    <message>
        <source>Overdue take-backs</source>
        <translation>Quá hạn nhận lại</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Bị cách ly</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
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
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không c&amp;ho tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ liên &amp;kết</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Records that arrived but could not be accepted, with the reason. The rest of their package was imported. The post sees the reasons in its receipt.</source>
        <translation>Các hồ sơ đã nhận nhưng không thể chấp nhận, kèm lý do. Phần còn lại của gói dữ liệu đã được nhập. Cửa khẩu sẽ thấy các lý do này trong biên nhận.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Copy citation</source>
        <translation>Sao chép trích dẫn</translation>
    </message>
    <message>
        <source>Bookmark this paragraph</source>
        <translation>Đánh dấu đoạn này</translation>
    </message>
    <message>
        <source>Add a note to this paragraph…</source>
        <translation>Thêm ghi chú cho đoạn này…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Find in this chapter</source>
        <translation>Tìm trong chương này</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Sao chép trích dẫn</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Dấu trang</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Ghi chú…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>In ra PDF…</translation>
    </message>
    <message>
        <source>Source on the web</source>
        <translation>Nguồn trên mạng</translation>
    </message>
    <message>
        <source>This source is on the web; open it on a computer with a network:
{url}</source>
        <translation>Nguồn tài liệu này ở trên mạng; hãy mở trên máy tính có kết nối mạng:
{url}</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Sao chép địa chỉ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Your note on {citation}:</source>
        <translation>Ghi chú của bạn về {citation}:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>In ra PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Packages on USB sticks are listed here. Open one: records packages are checked and shown before anything is imported; receipts mark your records as received; updates bring handbooks, codes and alerts from the secretariat.</source>
        <translation>Các gói dữ liệu trên USB được liệt kê tại đây. Mở một gói: gói hồ sơ được kiểm tra và hiển thị trước khi nhập bất cứ dữ liệu nào; biên nhận đánh dấu hồ sơ của bạn là đã được nhận; gói cập nhật mang sổ tay, mã tra cứu và cảnh báo từ Ban Thư ký.</translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation>Mở tệp gói dữ liệu…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <source>records</source>
        <translation>gói hồ sơ</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>biên nhận</translation>
    </message>
    <message>
        <source>update</source>
        <translation>gói cập nhật</translation>
    </message>
    <message>
        <source>{name} — {kind} from {sender}, made {created}</source>
        <translation>{name} — {kind} từ {sender}, tạo lúc {created}</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>Mở gói dữ liệu</translation>
    </message>
    <message>
        <source>Customs Desk packages (*.cdx)</source>
        <translation>Gói dữ liệu Customs Desk (*.cdx)</translation>
    </message>
    <message>
        <source>Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined.</source>
        <translation>Đã nhập {name}: {new} mới, {updated} được cập nhật, {conflict} xung đột, {rejected} bị cách ly.</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>Đã áp dụng bản cập nhật.</translation>
    </message>
    <message>
        <source>The secretariat confirmed the package. {received} of {total} record versions are now received.</source>
        <translation>Ban Thư ký đã xác nhận gói dữ liệu. {received}/{total} phiên bản hồ sơ nay đã được nhận.</translation>
    </message>
    <message>
        <source>{n} were refused there and will be sent again after correction: {reasons}</source>
        <translation>{n} phiên bản bị Ban Thư ký từ chối và sẽ được gửi lại sau khi sửa: {reasons}</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Art. 9 grounds</source>
        <translation>Căn cứ Điều 9</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Cách tính thời hạn</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>Ngày thông báo Quốc gia</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Hướng xử lý</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Thay đổi gần nhất</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Vận tải</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>Vận đơn</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Tờ khai</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Người xuất khẩu</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Người nhập khẩu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Xuất từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nhập vào</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Loại chất thải</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>Mã Basel</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>Mã HS khai báo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Trọng lượng (kg)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: number, container, bill of lading, party, code, country…</source>
        <translation>Lọc: số hồ sơ, container, vận đơn, bên liên quan, mã, quốc gia…</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Lưu bộ lọc…</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} hồ sơ</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Bộ lọc đã lưu</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Lưu bộ lọc</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Tên của bộ lọc này:</translation>
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
        <translation>Tạo tệp PDF của hồ sơ này và mở tệp</translation>
    </message>
    <message>
        <source>Making PDF…</source>
        <translation>Đang tạo PDF…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>PDF documents open in the PDF viewer of this computer. Reports for one record can also be made from the record itself (PDF button).</source>
        <translation>Tài liệu PDF được mở bằng trình xem PDF của máy tính này. Báo cáo cho từng hồ sơ cũng có thể tạo ngay từ hồ sơ đó (nút PDF).</translation>
    </message>
    <message>
        <source>Words to find: number, container, party, code…</source>
        <translation>Từ cần tìm: số hồ sơ, container, bên liên quan, mã…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Default: a file in {folder}</source>
        <translation>Mặc định: một tệp trong {folder}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Loại chất thải</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>Tạo PDF</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Inspection number, e.g. SGP-TUAS-2026-00042</source>
        <translation>Số hồ sơ kiểm tra, ví dụ SGP-TUAS-2026-00042</translation>
    </message>
    <message>
        <source>Case number, e.g. SGP-TUAS-C2026-0007</source>
        <translation>Số vụ việc, ví dụ SGP-TUAS-C2026-0007</translation>
    </message>
    <message>
        <source>Enter the number of the record.</source>
        <translation>Vui lòng nhập số hồ sơ.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>Đang tạo {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>Không có trình xem PDF nào mở được {path}.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Lưu một bản sao thành</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>Đã lưu bản sao thành {path}</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the key of {post}</source>
        <translation>Thu hồi khóa của {post}</translation>
    </message>
    <message>
        <source>Packages signed with this key will be refused from now on. Do this when a PC or key file is lost or stolen. A revoked key cannot be trusted again.</source>
        <translation>Từ nay, các gói dữ liệu được ký bằng khóa này sẽ bị từ chối. Thực hiện việc này khi máy tính hoặc tệp khóa bị mất hoặc bị đánh cắp. Khóa đã thu hồi không thể được tin cậy lại.</translation>
    </message>
    <message>
        <source>Why? e.g. laptop stolen on 12 May</source>
        <translation>Lý do? Ví dụ: máy tính xách tay bị mất cắp ngày 12/5</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Send records to the secretariat</source>
        <translation>Gửi hồ sơ cho Ban Thư ký</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>Ghi vào</translation>
    </message>
    <message>
        <source>Send everything again (not only what the secretariat has not confirmed)</source>
        <translation>Gửi lại toàn bộ (không chỉ những hồ sơ Ban Thư ký chưa xác nhận)</translation>
    </message>
    <message>
        <source>Non-nominal: remove the names of individuals</source>
        <translation>Ẩn danh: lược bỏ tên của cá nhân</translation>
    </message>
    <message>
        <source>Officers' names and the names of parties who are persons are replaced by '(withheld)'; companies stay named. Audit events are not included.</source>
        <translation>Tên cán bộ và tên của các bên liên quan là cá nhân được thay bằng '(đã ẩn)'; tên doanh nghiệp được giữ nguyên. Không kèm theo nhật ký kiểm soát.</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>Ghi gói dữ liệu</translation>
    </message>
    <message>
        <source>The secretariat's key is not trusted yet. Get its key file and trust it on the Keys tab; packages are encrypted so that only the secretariat can read them.</source>
        <translation>Khóa của Ban Thư ký chưa được tin cậy. Hãy lấy tệp khóa của Ban Thư ký và tin cậy khóa đó tại thẻ Khóa; các gói dữ liệu được mã hóa để chỉ Ban Thư ký đọc được.</translation>
    </message>
    <message>
        <source>{received} of {total} record versions are confirmed received by the secretariat; {waiting} are waiting to be sent or confirmed.</source>
        <translation>Ban Thư ký đã xác nhận nhận được {received}/{total} phiên bản hồ sơ; {waiting} phiên bản đang chờ gửi hoặc chờ xác nhận.</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Vui lòng chọn nơi ghi gói dữ liệu.</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for the secretariat and signed by this post. Remove the USB stick safely, then carry it.</source>
        <translation>Đã ghi {file}: {n} phiên bản hồ sơ, {files} ảnh và tệp. Gói đã được mã hóa cho Ban Thư ký và được ký bởi cửa khẩu này. Hãy tháo USB an toàn rồi mang đi.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Paper size for reports</source>
        <translation>Khổ giấy cho báo cáo</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Khóa màn hình sau</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>Lãnh đạo đầu tiên</translation>
    </message>
    <message>
        <source>Supervisors add officers' accounts and may correct finalized records. Officers share this computer, so each signs in with a badge number and password.</source>
        <translation>Lãnh đạo tạo tài khoản cho cán bộ và có thể sửa hồ sơ đã hoàn tất. Các cán bộ dùng chung máy tính này, vì vậy mỗi người đăng nhập bằng số hiệu công chức và mật khẩu riêng.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Số hiệu công chức</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>Tin cậy khóa</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>Ban Thư ký</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>một cửa khẩu</translation>
    </message>
    <message>
        <source>This key file says it belongs to {name} ({code}, {country}), {kind}. Anyone can write such a file: call the sender on a number you already know and have them read their fingerprint (Exchange ▸ Keys). Trust the key only if it matches.</source>
        <translation>Tệp khóa này cho biết nó thuộc về {name} ({code}, {country}), {kind}. Bất kỳ ai cũng có thể tạo một tệp như vậy: hãy gọi cho người gửi theo số điện thoại bạn đã biết từ trước và đề nghị họ đọc dấu vân tay khóa (Trao đổi ▸ Khóa). Chỉ tin cậy khóa nếu hai dấu vân tay khớp nhau.</translation>
    </message>
    <message>
        <source>optional: type what the sender reads to you</source>
        <translation>không bắt buộc: gõ những gì người gửi đọc cho bạn</translation>
    </message>
    <message>
        <source>Fingerprint read by phone</source>
        <translation>Dấu vân tay được đọc qua điện thoại</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender</source>
        <translation>Tôi đã đối chiếu dấu vân tay với người gửi</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Tin cậy khóa này</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ khớp</translation>
    </message>
    <message>
        <source>Does not match (yet). Do not trust a key that does not match.</source>
        <translation>Chưa khớp. Không tin cậy khóa khi dấu vân tay không khớp.</translation>
    </message>
    <message>
        <source>Type at least 16 characters.</source>
        <translation>Vui lòng gõ ít nhất 16 ký tự.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Locked — Customs Desk</source>
        <translation>Đã khóa — Customs Desk</translation>
    </message>
    <message>
        <source>The session was locked after a period without use. {name}, type your password to continue, or sign out so another officer can sign in. Unsaved drafts are kept.</source>
        <translation>Phiên làm việc đã bị khóa sau một thời gian không sử dụng. {name}, hãy nhập mật khẩu để tiếp tục, hoặc đăng xuất để cán bộ khác đăng nhập. Các bản nháp chưa lưu vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Sai mật khẩu.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update {name}</source>
        <translation>Cập nhật {name}</translation>
    </message>
    <message>
        <source>Checking the secretariat's signature…</source>
        <translation>Đang kiểm tra chữ ký của Ban Thư ký…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Áp dụng bản cập nhật</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>Mã tra cứu</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>không thay đổi</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>Sổ tay</translation>
    </message>
    <message>
        <source>Alerts and watch lists</source>
        <translation>Cảnh báo và danh sách theo dõi</translation>
    </message>
    <message>
        <source>Keys to trust</source>
        <translation>Khóa cần tin cậy</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>Khóa cần thu hồi</translation>
    </message>
    <message>
        <source>This update was applied before; nothing to do.</source>
        <translation>Bản cập nhật này đã được áp dụng trước đó; không cần làm gì thêm.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Signed by the secretariat and intact. Nothing has been changed yet.</source>
        <translation>Có chữ ký của Ban Thư ký và còn nguyên vẹn. Chưa có thay đổi nào được thực hiện.</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>Đã áp dụng bản cập nhật.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã vô hiệu hóa</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Thêm người dùng…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Đặt mật khẩu…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Vô hiệu hóa / kích hoạt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> Before that, consider {codes}.</source>
        <translation> Trước ngày đó, hãy xem xét {codes}.</translation>
    </message>
    <message>
        <source> Did you mean {codes}?</source>
        <translation> Có phải ý bạn là {codes}?</translation>
    </message>
    <message>
        <source> See {codes}.</source>
        <translation> Xem {codes}.</translation>
    </message>
    <message>
        <source> … [{n} more characters not printed]</source>
        <translation> … [còn {n} ký tự không được in]</translation>
    </message>
    <message>
        <source>'{answer}' is not an answer to this question.</source>
        <translation>'{answer}' không phải là câu trả lời cho câu hỏi này.</translation>
    </message>
    <message>
        <source>'{code}' is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).</source>
        <translation>'{code}' không phải là mã Basel (ví dụ A1181, Y49, B3011) cũng không phải là mã HS (ví dụ 8549.11).</translation>
    </message>
    <message>
        <source>'{code}' is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.</source>
        <translation>'{code}' không phải là mã HS; hãy dùng 4 hoặc 6 chữ số, ví dụ 8549 hoặc 8549.11.</translation>
    </message>
    <message>
        <source>'{code}' is not an ISO 4217 currency code (e.g. USD, VND, THB).</source>
        <translation>'{code}' không phải là mã tiền tệ ISO 4217 (ví dụ USD, VND, THB).</translation>
    </message>
    <message>
        <source>'{selector}' matches several keys; give more of the fingerprint.</source>
        <translation>'{selector}' khớp với nhiều khóa; hãy nhập thêm ký tự của dấu vân tay.</translation>
    </message>
    <message>
        <source>'{text}' is not a handbook citation.</source>
        <translation>'{text}' không phải là trích dẫn sổ tay.</translation>
    </message>
    <message>
        <source>'{value}' is not a UN number; write UN and four digits, e.g. UN3480.</source>
        <translation>'{value}' không phải là số UN; hãy viết UN và bốn chữ số, ví dụ UN3480.</translation>
    </message>
    <message>
        <source>'{value}' is not an ISO 3166 country code (e.g. VN, TH, HK).</source>
        <translation>'{value}' không phải là mã quốc gia ISO 3166 (ví dụ VN, TH, HK).</translation>
    </message>
    <message>
        <source>'{value}' is not an ISO 3166 country code.</source>
        <translation>'{value}' không phải là mã quốc gia ISO 3166.</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) không thông báo cho tất cả các Quốc gia liên quan</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) không có sự chấp thuận của một Quốc gia liên quan</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) sự chấp thuận có được do làm giả, khai báo sai sự thật hoặc gian lận</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) không phù hợp về nội dung cơ bản với chứng từ</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) cố ý tiêu hủy (đổ bỏ)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(không có chú thích)</translation>
    </message>
    <message>
        <source>(not in the reference tables)</source>
        <translation>(không có trong bảng mã tra cứu)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(không ghi nhận)</translation>
    </message>
    <message>
        <source>(nothing to print)</source>
        <translation>(không có nội dung để in)</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit phải trong khoảng từ 1 đến 500.</translation>
    </message>
    <message>
        <source>--records must be between 1 and 2000000.</source>
        <translation>--records phải trong khoảng từ 1 đến 2000000.</translation>
    </message>
    <message>
        <source>--revoke {fp}: give the fingerprint of one trusted key.</source>
        <translation>--revoke {fp}: hãy nhập dấu vân tay của một khóa đang được tin cậy.</translation>
    </message>
    <message>
        <source>1. Reporting Party</source>
        <translation>1. Bên báo cáo</translation>
    </message>
    <message>
        <source>10. Penalties and legal proceedings</source>
        <translation>10. Xử phạt và thủ tục tố tụng</translation>
    </message>
    <message>
        <source>11. Remarks</source>
        <translation>11. Ghi chú</translation>
    </message>
    <message>
        <source>12. Certification</source>
        <translation>12. Xác nhận</translation>
    </message>
    <message>
        <source>2. The case</source>
        <translation>2. Vụ việc</translation>
    </message>
    <message>
        <source>3. Type of illegal traffic (Article 9(1))</source>
        <translation>3. Loại vận chuyển bất hợp pháp (Điều 9(1))</translation>
    </message>
    <message>
        <source>4. States concerned</source>
        <translation>4. Các Quốc gia liên quan</translation>
    </message>
    <message>
        <source>5. Persons involved</source>
        <translation>5. Các cá nhân, tổ chức liên quan</translation>
    </message>
    <message>
        <source>6. The waste</source>
        <translation>6. Chất thải</translation>
    </message>
    <message>
        <source>7. Documents</source>
        <translation>7. Chứng từ</translation>
    </message>
    <message>
        <source>8. Transport</source>
        <translation>8. Vận chuyển</translation>
    </message>
    <message>
        <source>9. Responsibility and action taken (Article 9(2) to 9(4))</source>
        <translation>9. Trách nhiệm và biện pháp đã thực hiện (Điều 9(2) đến 9(4))</translation>
    </message>
    <message>
        <source>A note can have at most {n} characters.</source>
        <translation>Ghi chú chỉ được có tối đa {n} ký tự.</translation>
    </message>
    <message>
        <source>Action at the border</source>
        <translation>Biện pháp tại cửa khẩu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Công cụ hỗ trợ</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Đường hàng không</translation>
    </message>
    <message>
        <source>Answer every question before saving the result.</source>
        <translation>Vui lòng trả lời tất cả câu hỏi trước khi lưu kết quả.</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>Điều 8: 90 ngày (tái nhập lô hàng hợp pháp)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>Điều 9: 30 ngày kể từ khi Quốc gia được thông báo</translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation>Vui lòng hỏi lãnh đạo.</translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation>Các cơ quan đã được thông báo</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Basel</source>
        <translation>Basel</translation>
    </message>
    <message>
        <source>Basel Annex VIII / IX codes</source>
        <translation>Mã Basel Phụ lục VIII / IX</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>Mã Basel</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>Vận đơn / vận đơn hàng không</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>By country of export</source>
        <translation>Theo nước xuất khẩu</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>Theo hình thức xử lý</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Theo cửa khẩu</translation>
    </message>
    <message>
        <source>By waste stream</source>
        <translation>Theo loại chất thải</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>Không xác định được bên chịu trách nhiệm (Art. 9(4))</translation>
    </message>
    <message>
        <source>Cannot sort by '{column}'.</source>
        <translation>Không thể sắp xếp theo '{column}'.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Không thể ghi {path}: {reason}.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Người vận chuyển</translation>
    </message>
    <message>
        <source>Carrier(s)</source>
        <translation>Người vận chuyển</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Hồ sơ vụ việc</translation>
    </message>
    <message>
        <source>Case finished ({status}).</source>
        <translation>Vụ việc đã kết thúc ({status}).</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Số vụ việc</translation>
    </message>
    <message>
        <source>Case opened from inspection {number}.</source>
        <translation>Vụ việc được mở từ lần kiểm tra {number}.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Cases are opened by the post that made the inspection.</source>
        <translation>Vụ việc do cửa khẩu đã thực hiện kiểm tra mở.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Check that the drive is connected and the folder is readable.</source>
        <translation>Kiểm tra xem ổ đĩa đã được kết nối chưa và thư mục có đọc được không.</translation>
    </message>
    <message>
        <source>Choose 'post' or 'secretariat'.</source>
        <translation>Hãy chọn 'post' hoặc 'secretariat'.</translation>
    </message>
    <message>
        <source>Choose a bookmark or a note.</source>
        <translation>Vui lòng chọn một dấu trang hoặc ghi chú.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Vui lòng chọn một quốc gia trong danh sách.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Vui lòng chọn một múi giờ trong danh sách.</translation>
    </message>
    <message>
        <source>Choose the mode of transport.</source>
        <translation>Vui lòng chọn phương thức vận tải.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Vui lòng chọn hình thức xử lý.</translation>
    </message>
    <message>
        <source>Choose the type of inspection.</source>
        <translation>Vui lòng chọn hình thức kiểm tra.</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Cách tính thời hạn</translation>
    </message>
    <message>
        <source>Close other Customs Desk windows or programs using this data folder and try again. Nothing was changed.</source>
        <translation>Hãy đóng các cửa sổ Customs Desk khác hoặc các chương trình đang dùng thư mục dữ liệu này rồi thử lại. Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Codes and their titles</source>
        <translation>Mã và tên gọi</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>Kiểm tra tại doanh nghiệp</translation>
    </message>
    <message>
        <source>Competent authority or focal point</source>
        <translation>Cơ quan có thẩm quyền hoặc đầu mối</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>Xác nhận vận chuyển bất hợp pháp</translation>
    </message>
    <message>
        <source>Consent of the States concerned</source>
        <translation>Sự chấp thuận của các Quốc gia liên quan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Contact the post below, quoting reference {ref}.</source>
        <translation>Vui lòng liên hệ với cửa khẩu dưới đây, ghi rõ số tham chiếu {ref}.</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Containers and seals</source>
        <translation>Container và niêm phong</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>Phương tiện vận chuyển</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>Nước xuất khẩu</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>Nước nhập khẩu</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>Tờ khai hải quan</translation>
    </message>
    <message>
        <source>DRAFT: this record is not finalized and may still change.</source>
        <translation>BẢN NHÁP: hồ sơ này chưa hoàn tất và có thể còn thay đổi.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>Ngày lập báo cáo</translation>
    </message>
    <message>
        <source>Date the State was informed</source>
        <translation>Ngày Quốc gia được thông báo</translation>
    </message>
    <message>
        <source>Date the case was confirmed</source>
        <translation>Ngày xác nhận vụ việc</translation>
    </message>
    <message>
        <source>Date the shipment was detected</source>
        <translation>Ngày phát hiện lô hàng</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>Deadline and clock</source>
        <translation>Thời hạn và cách tính</translation>
    </message>
    <message>
        <source>Decision aid {id} is invalid: {problems}</source>
        <translation>Công cụ hỗ trợ quyết định {id} không hợp lệ: {problems}</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>Công cụ hỗ trợ quyết định</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>Mã HS khai báo</translation>
    </message>
    <message>
        <source>Declared as</source>
        <translation>Khai báo là</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>Mô tả hàng hóa khai báo</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Trị giá khai báo</translation>
    </message>
    <message>
        <source>Describe at least one line of goods.</source>
        <translation>Vui lòng mô tả ít nhất một dòng hàng.</translation>
    </message>
    <message>
        <source>Describe the indicator.</source>
        <translation>Vui lòng mô tả dấu hiệu.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Designation and description</source>
        <translation>Tên gọi và mô tả</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <source>Detention or seizure notice</source>
        <translation>Thông báo tạm giữ hoặc thu giữ</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>Tiêu hủy ở nơi khác (Art. 9(4))</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>Tiêu hủy tại Quốc gia nhập khẩu</translation>
    </message>
    <message>
        <source>Disposal or recovery operation (Annex IV)</source>
        <translation>Hoạt động tiêu hủy hoặc thu hồi (Phụ lục IV)</translation>
    </message>
    <message>
        <source>Disposer or recovery facility</source>
        <translation>Cơ sở tiêu hủy hoặc thu hồi</translation>
    </message>
    <message>
        <source>Do not start or end the password with spaces.</source>
        <translation>Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách.</translation>
    </message>
    <message>
        <source>Document {id} · content hash {hash} · Customs Desk {version}</source>
        <translation>Tài liệu {id} · mã băm nội dung {hash} · Customs Desk {version}</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>Kiểm tra hồ sơ</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>Chứng từ đã xuất trình</translation>
    </message>
    <message>
        <source>Draft structure: the official form's fields could not be confirmed. The fields below follow Article 9 of the Basel Convention and the information required on notification and movement documents (Annex V A and V B). Check them against the current form published by the Secretariat of the Basel Convention before sending, and complete every field marked [to complete].</source>
        <translation>Cấu trúc dự thảo: chưa xác nhận được các trường của mẫu chính thức. Các trường dưới đây dựa theo Điều 9 của Công ước Basel và các thông tin bắt buộc trên văn bản thông báo và chứng từ vận chuyển (Phụ lục V A và V B). Hãy đối chiếu với mẫu hiện hành do Ban Thư ký Công ước Basel công bố trước khi gửi, và điền đầy đủ mọi trường có đánh dấu [cần bổ sung].</translation>
    </message>
    <message>
        <source>Empty seal number.</source>
        <translation>Số niêm phong bị để trống.</translation>
    </message>
    <message>
        <source>Enter the date and time of the inspection, with its time zone.</source>
        <translation>Vui lòng nhập ngày và giờ kiểm tra, kèm múi giờ.</translation>
    </message>
    <message>
        <source>Enter the name of the border post.</source>
        <translation>Vui lòng nhập tên cửa khẩu.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Vui lòng nhập tên.</translation>
    </message>
    <message>
        <source>Enter the officer's full name.</source>
        <translation>Vui lòng nhập họ và tên của cán bộ.</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Người xuất khẩu</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>Người xuất khẩu hoặc chủ nguồn thải (Art. 9(2))</translation>
    </message>
    <message>
        <source>Exporter or notifier</source>
        <translation>Người xuất khẩu hoặc người thông báo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Finalize the inspection before opening a case from it.</source>
        <translation>Vui lòng hoàn tất hồ sơ kiểm tra trước khi mở vụ việc từ hồ sơ đó.</translation>
    </message>
    <message>
        <source>Finalized records are never deleted; withdraw it with a reason instead.</source>
        <translation>Hồ sơ đã hoàn tất không bao giờ bị xóa; thay vào đó, hãy hủy hồ sơ và nêu lý do.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>For the customs post</source>
        <translation>Thay mặt cơ quan hải quan cửa khẩu</translation>
    </message>
    <message>
        <source>Form for reporting a confirmed case of illegal traffic (draft)</source>
        <translation>Mẫu báo cáo vụ vận chuyển bất hợp pháp đã được xác nhận (dự thảo)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Xuất từ</translation>
    </message>
    <message>
        <source>Functionality test certificates</source>
        <translation>Biên bản kiểm tra chức năng</translation>
    </message>
    <message>
        <source>Generated {time} ({zone}) by {officer}</source>
        <translation>Tạo lúc {time} ({zone}) bởi {officer}</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Chủ nguồn thải</translation>
    </message>
    <message>
        <source>Give the currency of the declared value.</source>
        <translation>Vui lòng nêu đồng tiền của trị giá khai báo.</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>Vui lòng đặt tên cho bộ lọc.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Hàng hóa</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>Hàng hóa thực tế:</translation>
    </message>
    <message>
        <source>Grounds (Article 9(1))</source>
        <translation>Căn cứ (Điều 9(1))</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>H codes (Annex III)</source>
        <translation>Mã H (Phụ lục III)</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Mã HS</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>Trích dẫn sổ tay</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Mã băm</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tạm dừng thông quan</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>Kết quả xử lý vụ việc</translation>
    </message>
    <message>
        <source>Illegal traffic form (draft)</source>
        <translation>Mẫu báo cáo vận chuyển bất hợp pháp (dự thảo)</translation>
    </message>
    <message>
        <source>Illegal traffic reporting form (draft)</source>
        <translation>Mẫu báo cáo vận chuyển bất hợp pháp (dự thảo)</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>Người nhập khẩu / người nhận hàng</translation>
    </message>
    <message>
        <source>Importer or consignee</source>
        <translation>Người nhập khẩu hoặc người nhận hàng</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>Người nhập khẩu hoặc người tiêu hủy (Art. 9(3))</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>Đường thủy nội địa</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>Thời điểm kiểm tra</translation>
    </message>
    <message>
        <source>Inspecting officer</source>
        <translation>Cán bộ kiểm tra</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Lần kiểm tra</translation>
    </message>
    <message>
        <source>Inspection reference</source>
        <translation>Số tham chiếu kiểm tra</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Inspection type</source>
        <translation>Hình thức kiểm tra</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Số lần kiểm tra</translation>
    </message>
    <message>
        <source>Inspections by month</source>
        <translation>Số lần kiểm tra theo tháng</translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation>Số lần kiểm tra theo hình thức xử lý</translation>
    </message>
    <message>
        <source>Inspections without a weight</source>
        <translation>Lần kiểm tra không có trọng lượng</translation>
    </message>
    <message>
        <source>Install the newer version of Customs Desk. The database was not changed.</source>
        <translation>Vui lòng cài đặt phiên bản mới hơn của Customs Desk. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>Cơ sở tiếp nhận dự kiến</translation>
    </message>
    <message>
        <source>Invoice or contract</source>
        <translation>Hóa đơn hoặc hợp đồng</translation>
    </message>
    <message>
        <source>Later revisions build on the version here; keep it, and ask the post to correct the record.</source>
        <translation>Các phiên bản sau được xây dựng trên phiên bản tại máy này; hãy giữ phiên bản này và đề nghị cửa khẩu sửa hồ sơ.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>Phương tiện vận tải</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>Chứng từ vận chuyển</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Name at least one officer.</source>
        <translation>Vui lòng nêu tên ít nhất một cán bộ.</translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation>Vui lòng nêu tên cơ quan đã được thông báo.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <source>National case reference</source>
        <translation>Số tham chiếu vụ việc quốc gia</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>Chưa thông báo cho cơ quan có thẩm quyền nào.</translation>
    </message>
    <message>
        <source>No case {key}.</source>
        <translation>Không có vụ việc {key}.</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>Không tính thời hạn</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>Không có thời hạn nào đang được tính.</translation>
    </message>
    <message>
        <source>No codes recorded.</source>
        <translation>Chưa ghi nhận mã nào.</translation>
    </message>
    <message>
        <source>No conflict #{id}.</source>
        <translation>Không có xung đột #{id}.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Không có dữ liệu.</translation>
    </message>
    <message>
        <source>No decision aid '{id}'.</source>
        <translation>Không có công cụ hỗ trợ quyết định '{id}'.</translation>
    </message>
    <message>
        <source>No decision aid was run for this record.</source>
        <translation>Chưa chạy công cụ hỗ trợ quyết định nào cho hồ sơ này.</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Không có sự kiện.</translation>
    </message>
    <message>
        <source>No goods lines recorded.</source>
        <translation>Chưa ghi nhận dòng hàng nào.</translation>
    </message>
    <message>
        <source>No ground recorded yet.</source>
        <translation>Chưa ghi nhận căn cứ nào.</translation>
    </message>
    <message>
        <source>No handbook '{id}' in the library.</source>
        <translation>Không có sổ tay '{id}' trong thư viện.</translation>
    </message>
    <message>
        <source>No imported records package {id}.</source>
        <translation>Không có gói hồ sơ đã nhập {id}.</translation>
    </message>
    <message>
        <source>No inspection matches.</source>
        <translation>Không có lần kiểm tra nào phù hợp.</translation>
    </message>
    <message>
        <source>No inspection {key}.</source>
        <translation>Không có lần kiểm tra {key}.</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>Chưa ghi nhận bên liên quan nào.</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>Không có quyền ghi {path}.</translation>
    </message>
    <message>
        <source>No photos or documents attached.</source>
        <translation>Không có ảnh hoặc tài liệu đính kèm.</translation>
    </message>
    <message>
        <source>No recipient key is trusted yet; trust the secretariat's key (or the post's) first.</source>
        <translation>Chưa có khóa người nhận nào được tin cậy; hãy tin cậy khóa của Ban Thư ký (hoặc của cửa khẩu) trước.</translation>
    </message>
    <message>
        <source>No reference codes are loaded.</source>
        <translation>Chưa nạp bảng mã tra cứu nào.</translation>
    </message>
    <message>
        <source>No section '{section}' in {id}.</source>
        <translation>Không có mục '{section}' trong {id}.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>Không có tệp đính kèm này.</translation>
    </message>
    <message>
        <source>No such decision aid result.</source>
        <translation>Không có kết quả hỗ trợ quyết định này.</translation>
    </message>
    <message>
        <source>No such party.</source>
        <translation>Không có bên liên quan này.</translation>
    </message>
    <message>
        <source>No such post.</source>
        <translation>Không có cửa khẩu này.</translation>
    </message>
    <message>
        <source>No such risk indicator.</source>
        <translation>Không có dấu hiệu rủi ro này.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Không có người dùng này.</translation>
    </message>
    <message>
        <source>No trusted key for: {posts}.</source>
        <translation>Không có khóa được tin cậy cho: {posts}.</translation>
    </message>
    <message>
        <source>No trusted key matches '{selector}'.</source>
        <translation>Không có khóa được tin cậy nào khớp với '{selector}'.</translation>
    </message>
    <message>
        <source>No user with badge number {badge}.</source>
        <translation>Không có người dùng có số hiệu công chức {badge}.</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>Không đánh dấu mục nào.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Chưa quyết định</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>Không vi phạm (đã đóng)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a drive you can write to.</source>
        <translation>Chưa có thay đổi nào. Hãy chọn ổ đĩa có thể ghi được.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>Chưa có thay đổi nào. Hãy chọn thư mục dữ liệu khác bằng --data-dir.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another folder or ask IT for access.</source>
        <translation>Chưa có thay đổi nào. Hãy chọn thư mục khác hoặc đề nghị bộ phận công nghệ thông tin cấp quyền truy cập.</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or choose another drive, then try again.</source>
        <translation>Chưa có thay đổi nào. Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác rồi thử lại.</translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database.</source>
        <translation>Chưa có thay đổi nào. Hãy dùng một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Nothing was deleted or changed.</source>
        <translation>Không có gì bị xóa hoặc thay đổi.</translation>
    </message>
    <message>
        <source>Nothing was deleted. Restore the latest copy from the backups folder, or ask the secretariat for help (the damaged file is kept for recovery).</source>
        <translation>Không có gì bị xóa. Hãy khôi phục bản sao gần nhất từ thư mục sao lưu (backups) hoặc đề nghị Ban Thư ký hỗ trợ (tệp bị hỏng được giữ lại để khôi phục).</translation>
    </message>
    <message>
        <source>Notice of detention</source>
        <translation>Thông báo tạm giữ</translation>
    </message>
    <message>
        <source>Notice of seizure</source>
        <translation>Thông báo thu giữ</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>Số thông báo</translation>
    </message>
    <message>
        <source>Notifications to competent authorities</source>
        <translation>Thông báo cho cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Ngày thông báo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {deadline}).</source>
        <translation>QUÁ HẠN {n} ngày (hết hạn ngày {deadline}).</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Cán bộ:</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Only finalized records are corrected; save the draft instead.</source>
        <translation>Chỉ hồ sơ đã hoàn tất mới được sửa; với bản nháp, hãy lưu bản nháp.</translation>
    </message>
    <message>
        <source>Only finalized records can be withdrawn; delete a draft instead.</source>
        <translation>Chỉ hồ sơ đã hoàn tất mới có thể hủy; với bản nháp, hãy xóa bản nháp.</translation>
    </message>
    <message>
        <source>Only secretariat staff can create secretariat accounts.</source>
        <translation>Chỉ nhân viên Ban Thư ký mới có thể tạo tài khoản Ban Thư ký.</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} events are printed.</source>
        <translation>Chỉ in {n} trên tổng số {total} sự kiện đầu tiên.</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} records are printed; narrow the period or the filter to print the others.</source>
        <translation>Chỉ in {n} trên tổng số {total} hồ sơ đầu tiên; hãy thu hẹp khoảng thời gian hoặc bộ lọc để in các hồ sơ còn lại.</translation>
    </message>
    <message>
        <source>Only the officer who created this record, or a supervisor, can change it.</source>
        <translation>Chỉ cán bộ đã tạo hồ sơ này hoặc lãnh đạo mới có thể thay đổi hồ sơ.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Opened from inspection</source>
        <translation>Mở từ lần kiểm tra</translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation>Tệp đính kèm khác</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Chứng từ khác</translation>
    </message>
    <message>
        <source>Our reference:</source>
        <translation>Số tham chiếu của chúng tôi:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>Packaging, containers</source>
        <translation>Bao bì, công cụ chứa</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Trang {n}/{total}</translation>
    </message>
    <message>
        <source>Paper size {paper} is not known; use A4 or Letter.</source>
        <translation>Không xác định được khổ giấy {paper}; hãy dùng A4 hoặc Letter.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên liên quan</translation>
    </message>
    <message>
        <source>Party (country)</source>
        <translation>Bên (quốc gia)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Hướng xử lý</translation>
    </message>
    <message>
        <source>Penalties imposed, proceedings started</source>
        <translation>Xử phạt đã áp dụng, thủ tục tố tụng đã khởi động</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>Period agreed by the States</source>
        <translation>Thời hạn do các Quốc gia thỏa thuận</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>Ảnh và tệp đính kèm</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>Kiểm tra thực tế hàng hóa</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Số kiện</translation>
    </message>
    <message>
        <source>Pieces declared / found</source>
        <translation>Số kiện khai báo / thực tế</translation>
    </message>
    <message>
        <source>Place of detection</source>
        <translation>Nơi phát hiện</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>Cảng dỡ hàng</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>Cảng xếp hàng</translation>
    </message>
    <message>
        <source>Port or point of entry</source>
        <translation>Cảng hoặc cửa khẩu nhập</translation>
    </message>
    <message>
        <source>Port or point of exit</source>
        <translation>Cảng hoặc cửa khẩu xuất</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Cửa khẩu</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>Bưu chính / chuyển phát nhanh</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Đường sắt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>Hồ sơ được tính</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>Chuyển cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>Không cho nhập khẩu</translation>
    </message>
    <message>
        <source>Register of inspections</source>
        <translation>Sổ theo dõi kiểm tra</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Số đăng ký</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Thông quan</translation>
    </message>
    <message>
        <source>Reporting authority</source>
        <translation>Cơ quan báo cáo</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Trách nhiệm</translation>
    </message>
    <message>
        <source>Restore it from a backup; without it this post cannot sign packages.</source>
        <translation>Hãy khôi phục từ bản sao lưu; nếu không có khóa này, cửa khẩu không thể ký các gói dữ liệu.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Buộc tái xuất</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>Đã tái xuất hoặc tiêu hủy</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>Dấu hiệu rủi ro</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Đường bộ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Tuyến vận chuyển</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Lấy mẫu</translation>
    </message>
    <message>
        <source>Say why the finalized record is corrected.</source>
        <translation>Vui lòng nêu lý do sửa hồ sơ đã hoàn tất.</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>Vui lòng nêu lý do thu hồi khóa.</translation>
    </message>
    <message>
        <source>Say why the record is withdrawn.</source>
        <translation>Vui lòng nêu lý do hủy hồ sơ.</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Đường biển</translation>
    </message>
    <message>
        <source>Secretariat summary</source>
        <translation>Báo cáo tổng hợp của Ban Thư ký</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Thu giữ</translation>
    </message>
    <message>
        <source>Send the documents that show the shipment is lawful: notification and written consent of the States concerned, the movement document, the contract, and for used equipment the functionality test records.</source>
        <translation>Gửi các chứng từ chứng minh lô hàng là hợp pháp: văn bản thông báo và văn bản chấp thuận của các Quốc gia liên quan, chứng từ vận chuyển, hợp đồng, và đối với thiết bị đã qua sử dụng thì có thêm biên bản kiểm tra chức năng.</translation>
    </message>
    <message>
        <source>Share of tonnes</source>
        <translation>Tỷ trọng theo tấn</translation>
    </message>
    <message>
        <source>Sign in to keep bookmarks and notes.</source>
        <translation>Vui lòng đăng nhập để lưu dấu trang và ghi chú.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Đóng dấu</translation>
    </message>
    <message>
        <source>State informed on</source>
        <translation>Ngày Quốc gia được thông báo</translation>
    </message>
    <message>
        <source>State of export</source>
        <translation>Quốc gia xuất khẩu</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>Quốc gia nhập khẩu</translation>
    </message>
    <message>
        <source>State on {day}</source>
        <translation>Tình trạng tại ngày {day}</translation>
    </message>
    <message>
        <source>States of transit</source>
        <translation>Các Quốc gia quá cảnh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>Tình trạng vụ việc</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Summary of inspections</source>
        <translation>Tổng hợp kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Nghi vấn</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: This measure is taken under the law of {country} [cite the legal provisions implementing the Basel Convention and the customs powers used].</source>
        <translation>NỘI DUNG DO CỬA KHẨU ĐIỀU CHỈNH: Biện pháp này được áp dụng theo pháp luật của {country} [trích dẫn các quy định pháp luật thi hành Công ước Basel và thẩm quyền hải quan được sử dụng].</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or appeal, who bears storage and return costs, and the consequences if nothing is done.</source>
        <translation>NỘI DUNG DO CỬA KHẨU ĐIỀU CHỈNH: thời hạn trả lời, cách đề nghị xem xét lại hoặc khiếu nại, bên chịu chi phí lưu giữ và chi phí trả hàng, và hậu quả nếu không thực hiện.</translation>
    </message>
    <message>
        <source>TO COMPLETE: place of storage and how the goods may be inspected.</source>
        <translation>CẦN BỔ SUNG: nơi lưu giữ hàng hóa và cách thức kiểm tra hàng hóa.</translation>
    </message>
    <message>
        <source>TO COMPLETE: telephone, e-mail and office hours.</source>
        <translation>CẦN BỔ SUNG: điện thoại, thư điện tử và giờ làm việc.</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>Quốc gia xuất khẩu nhận lại</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>Nhận lại hoặc tiêu hủy</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>Đã yêu cầu nhận lại</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>Điện thoại, thư điện tử</translation>
    </message>
    <message>
        <source>The clock starts when the State is informed; enter that date.</source>
        <translation>Thời hạn bắt đầu được tính khi Quốc gia được thông báo; vui lòng nhập ngày đó.</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; try again.</source>
        <translation>Bản sao của {name} khác với bản gốc; vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>Không thể đọc tệp cơ sở dữ liệu {path}: {reason}.</translation>
    </message>
    <message>
        <source>The database file{where} is damaged or is not a Customs Desk database.</source>
        <translation>Tệp cơ sở dữ liệu{where} bị hỏng hoặc không phải là cơ sở dữ liệu của Customs Desk.</translation>
    </message>
    <message>
        <source>The database {where} has tables but was not made by Customs Desk.</source>
        <translation>Cơ sở dữ liệu {where} có các bảng nhưng không do Customs Desk tạo ra.</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Customs Desk (schema {revision}); this version ({version}) knows schemas up to {head}.</source>
        <translation>Cơ sở dữ liệu {where} được ghi bởi một phiên bản mới hơn của Customs Desk (lược đồ {revision}); phiên bản này ({version}) chỉ hỗ trợ lược đồ đến {head}.</translation>
    </message>
    <message>
        <source>The database{where} cannot be opened or read.</source>
        <translation>Không thể mở hoặc đọc cơ sở dữ liệu{where}.</translation>
    </message>
    <message>
        <source>The database{where} is locked by another program.</source>
        <translation>Cơ sở dữ liệu{where} đang bị một chương trình khác khóa.</translation>
    </message>
    <message>
        <source>The database{where} is on a read-only drive or folder.</source>
        <translation>Cơ sở dữ liệu{where} nằm trên ổ đĩa hoặc thư mục chỉ đọc.</translation>
    </message>
    <message>
        <source>The date the State was informed is in the future.</source>
        <translation>Ngày Quốc gia được thông báo là một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>The decision aid has no rule for these answers.</source>
        <translation>Công cụ hỗ trợ quyết định không có quy tắc cho các câu trả lời này.</translation>
    </message>
    <message>
        <source>The disk holding the database{where} is full.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu{where} đã đầy.</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}.</source>
        <translation>Ổ đĩa bị đầy khi đang ghi {path}.</translation>
    </message>
    <message>
        <source>The drive holding {path} is read-only.</source>
        <translation>Ổ đĩa chứa {path} là ổ chỉ đọc.</translation>
    </message>
    <message>
        <source>The file is too large ({mb:.0f} MB) to include.</source>
        <translation>Tệp quá lớn ({mb:.0f} MB) để đưa vào.</translation>
    </message>
    <message>
        <source>The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.</source>
        <translation>Dấu vân tay bạn nhận được ({given}) không khớp với tệp khóa ({actual}). Không tin cậy tệp này.</translation>
    </message>
    <message>
        <source>The goods described below were {verb} by {agency} at {post} on {day}, after an inspection (reference {reference}). They are held to verify whether the shipment is a transboundary movement of hazardous or other wastes controlled under the Basel Convention, and whether the documents it requires were in order.</source>
        <translation>Hàng hóa mô tả dưới đây đã bị {agency} {verb} tại {post} ngày {day}, sau khi kiểm tra (số tham chiếu {reference}). Hàng hóa được tạm giữ để xác minh lô hàng có phải là vận chuyển xuyên biên giới chất thải nguy hại hoặc chất thải khác thuộc phạm vi kiểm soát của Công ước Basel hay không, và các chứng từ bắt buộc có hợp lệ hay không.</translation>
    </message>
    <message>
        <source>The handbook '{id}' cannot be opened: {problem}</source>
        <translation>Không thể mở sổ tay '{id}': {problem}</translation>
    </message>
    <message>
        <source>The handbook in {folder} cannot be read: {first}</source>
        <translation>Không thể đọc sổ tay trong {folder}: {first}</translation>
    </message>
    <message>
        <source>The image is too large ({mp:.0f} megapixels) to include.</source>
        <translation>Ảnh quá lớn ({mp:.0f} megapixel) để đưa vào.</translation>
    </message>
    <message>
        <source>The image is too large to include.</source>
        <translation>Ảnh quá lớn để đưa vào.</translation>
    </message>
    <message>
        <source>The importer or consignee is not recorded: write the addressee by hand.</source>
        <translation>Chưa ghi nhận người nhập khẩu hoặc người nhận hàng: vui lòng viết tay tên và địa chỉ người nhận.</translation>
    </message>
    <message>
        <source>The inspection date is before the Basel Convention existed.</source>
        <translation>Ngày kiểm tra sớm hơn thời điểm Công ước Basel ra đời.</translation>
    </message>
    <message>
        <source>The inspection date is in the future.</source>
        <translation>Ngày kiểm tra là một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {error}.</source>
        <translation>Tệp khóa {path} bị hỏng: {error}.</translation>
    </message>
    <message>
        <source>The key of post {post} is not trusted any more.</source>
        <translation>Khóa của cửa khẩu {post} không còn được tin cậy.</translation>
    </message>
    <message>
        <source>The last change was not saved. Free some space and try again.</source>
        <translation>Thay đổi gần nhất chưa được lưu. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation>Bên liên quan chưa có tên.</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>Khoảng thời gian kết thúc ({to}) trước khi bắt đầu ({start}).</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems.</source>
        <translation>Chưa thể hoàn tất hồ sơ: có {n} lỗi.</translation>
    </message>
    <message>
        <source>The record's outcome is '{outcome}': check that a notice is needed before sending it.</source>
        <translation>Hình thức xử lý của hồ sơ là '{outcome}': hãy kiểm tra xem có cần gửi thông báo không trước khi gửi.</translation>
    </message>
    <message>
        <source>The reference code data is invalid: {problems}</source>
        <translation>Dữ liệu mã tra cứu không hợp lệ: {problems}</translation>
    </message>
    <message>
        <source>The stored file cannot be read: {error}.</source>
        <translation>Không thể đọc tệp đã lưu: {error}.</translation>
    </message>
    <message>
        <source>The stored file is missing; the photo cannot be shown.</source>
        <translation>Không tìm thấy tệp đã lưu; không thể hiển thị ảnh.</translation>
    </message>
    <message>
        <source>The stored file is not a readable image.</source>
        <translation>Tệp đã lưu không phải là ảnh đọc được.</translation>
    </message>
    <message>
        <source>The update cannot be made: {problems}</source>
        <translation>Không thể tạo gói cập nhật: {problems}</translation>
    </message>
    <message>
        <source>The upgrade would break {n} references; it was rolled back and the database is unchanged.</source>
        <translation>Việc nâng cấp sẽ làm hỏng {n} liên kết; thao tác đã được hoàn tác và cơ sở dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>The weight found differs from the declared weight by {p:.0%}.</source>
        <translation>Trọng lượng thực tế chênh lệch {p:.0%} so với trọng lượng khai báo.</translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation>Số hiệu công chức này đã được đăng ký.</translation>
    </message>
    <message>
        <source>This case belongs to another post; it can be read here but not changed.</source>
        <translation>Vụ việc này thuộc cửa khẩu khác; tại đây chỉ có thể xem, không thể thay đổi.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Xung đột này đã được xử lý.</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet.</source>
        <translation>Thư mục dữ liệu này chưa được thiết lập.</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet; run the first-run wizard.</source>
        <translation>Thư mục dữ liệu này chưa được thiết lập; hãy chạy trình hướng dẫn khởi động lần đầu.</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>Thư mục dữ liệu này đã được thiết lập.</translation>
    </message>
    <message>
        <source>This decision aid is already finished.</source>
        <translation>Công cụ hỗ trợ quyết định này đã hoàn thành.</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>Không thể thay đổi trường này tại đây.</translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL ({error}). Install the 'postgres' extra (pip install customs-desk[postgres]) or use the embedded database.</source>
        <translation>Bản cài đặt này không kết nối được với PostgreSQL ({error}). Hãy cài thêm gói 'postgres' (pip install customs-desk[postgres]) hoặc dùng cơ sở dữ liệu nhúng.</translation>
    </message>
    <message>
        <source>This is this installation's own key.</source>
        <translation>Đây là khóa của chính bản cài đặt này.</translation>
    </message>
    <message>
        <source>This key was revoked on {day} ({reason}); it cannot be trusted again.</source>
        <translation>Khóa này đã bị thu hồi ngày {day} ({reason}); không thể tin cậy lại.</translation>
    </message>
    <message>
        <source>This note does not exist.</source>
        <translation>Ghi chú này không tồn tại.</translation>
    </message>
    <message>
        <source>This record belongs to another post; it can be read here but not changed.</source>
        <translation>Hồ sơ này thuộc cửa khẩu khác; tại đây chỉ có thể xem, không thể thay đổi.</translation>
    </message>
    <message>
        <source>This record has {n} goods lines; lines {first} to {n} are not printed (see the record in Customs Desk). The total below counts every line.</source>
        <translation>Hồ sơ này có {n} dòng hàng; các dòng từ {first} đến {n} không được in (xem hồ sơ trong Customs Desk). Tổng cộng dưới đây tính tất cả các dòng.</translation>
    </message>
    <message>
        <source>This record is already finalized.</source>
        <translation>Hồ sơ này đã được hoàn tất.</translation>
    </message>
    <message>
        <source>This record is finalized; use Correct to change it.</source>
        <translation>Hồ sơ này đã hoàn tất; hãy dùng chức năng Sửa để thay đổi.</translation>
    </message>
    <message>
        <source>This result already belongs to another inspection.</source>
        <translation>Kết quả này đã thuộc về một lần kiểm tra khác.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Title (reference tables)</source>
        <translation>Tên (bảng mã tra cứu)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Tấn</translation>
    </message>
    <message>
        <source>Tonnes by country of export</source>
        <translation>Số tấn theo nước xuất khẩu</translation>
    </message>
    <message>
        <source>Tonnes by waste stream</source>
        <translation>Số tấn theo loại chất thải</translation>
    </message>
    <message>
        <source>Tonnes found</source>
        <translation>Số tấn thực tế</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau {seconds} giây.</translation>
    </message>
    <message>
        <source>Total ({n} lines)</source>
        <translation>Tổng cộng ({n} dòng)</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>Nước quá cảnh</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>Phương thức vận tải</translation>
    </message>
    <message>
        <source>Transshipment ports</source>
        <translation>Cảng chuyển tải</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>UN</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>Số UN</translation>
    </message>
    <message>
        <source>UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).</source>
        <translation>UN{n:04d} nằm ngoài phạm vi số UN (UN0001 đến UN3599).</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Đang điều tra</translation>
    </message>
    <message>
        <source>Unknown profile '{profile}'; use full or non-nominal.</source>
        <translation>Không xác định được chế độ xuất dữ liệu '{profile}'; hãy dùng full hoặc non-nominal.</translation>
    </message>
    <message>
        <source>Use 0 (never) to 1440 minutes.</source>
        <translation>Hãy dùng giá trị từ 0 (không bao giờ) đến 1440 phút.</translation>
    </message>
    <message>
        <source>Use a data folder you can write to (--data-dir).</source>
        <translation>Hãy dùng thư mục dữ liệu có quyền ghi (--data-dir).</translation>
    </message>
    <message>
        <source>Use a date (YYYY-MM-DD).</source>
        <translation>Hãy nhập ngày theo định dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Hãy dùng ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <source>Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, then up to two parts after hyphens).</source>
        <translation>Hãy dùng chữ in hoa và chữ số, ví dụ SGP-TUAS hoặc VN-HPH-01 (2-8 ký tự, sau đó tối đa hai phần sau dấu gạch nối).</translation>
    </message>
    <message>
        <source>Use letters, digits, '.', '/' or '-' (up to 40 characters).</source>
        <translation>Hãy dùng chữ cái, chữ số, '.', '/' hoặc '-' (tối đa 40 ký tự).</translation>
    </message>
    <message>
        <source>Vessel, voyage, vehicle or flight</source>
        <translation>Tàu, số chuyến, phương tiện hoặc chuyến bay</translation>
    </message>
    <message>
        <source>WARNING: the stored file does not match the SHA-256 recorded at capture; it was changed or damaged.</source>
        <translation>CẢNH BÁO: tệp đã lưu không khớp với mã SHA-256 được ghi lại khi thu thập; tệp đã bị thay đổi hoặc hư hỏng.</translation>
    </message>
    <message>
        <source>WITHDRAWN: this record was withdrawn; it is printed for reference only.</source>
        <translation>ĐÃ HỦY: hồ sơ này đã bị hủy; bản in chỉ dùng để tham khảo.</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Loại chất thải</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng lượng</translation>
    </message>
    <message>
        <source>Weight declared / found</source>
        <translation>Trọng lượng khai báo / thực tế</translation>
    </message>
    <message>
        <source>Weight found</source>
        <translation>Trọng lượng thực tế</translation>
    </message>
    <message>
        <source>Weights are the weights found at inspection; inspections without a weight are counted but add nothing to the tonnes. Withdrawn records and drafts are not counted.</source>
        <translation>Trọng lượng là trọng lượng thực tế khi kiểm tra; các lần kiểm tra không có trọng lượng vẫn được đếm nhưng không cộng vào số tấn. Hồ sơ đã hủy và bản nháp không được tính.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>Hàng hóa bị tạm giữ</translation>
    </message>
    <message>
        <source>What you may do</source>
        <translation>Những việc quý vị có thể làm</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Where the goods are</source>
        <translation>Nơi lưu giữ hàng hóa</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Vui lòng viết ghi chú trước.</translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation>Sai số hiệu công chức hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>Soi chiếu</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Y codes (Annex I / II)</source>
        <translation>Mã Y (Phụ lục I / II)</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Bạn không thể vô hiệu hóa tài khoản của chính mình.</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>Tờ khai của quý vị:</translation>
    </message>
    <message>
        <source>[country]</source>
        <translation>[quốc gia]</translation>
    </message>
    <message>
        <source>[text in a script not supported: {scripts}]</source>
        <translation>[văn bản dùng hệ chữ không được hỗ trợ: {scripts}]</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>[cần bổ sung]</translation>
    </message>
    <message>
        <source>all but withdrawn</source>
        <translation>tất cả trừ hồ sơ đã hủy</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>mọi ngày</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <source>finalized inspections</source>
        <translation>hồ sơ kiểm tra đã hoàn tất</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>chuyến bay</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tạm giữ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>not shown: more than {n} photos</source>
        <translation>không hiển thị: quá {n} ảnh</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>đã xuất trình</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>niêm phong</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>thu giữ</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>xe tải</translation>
    </message>
    <message>
        <source>vessel</source>
        <translation>tàu</translation>
    </message>
    <message>
        <source>voyage</source>
        <translation>số chuyến</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>{authority} ({country}) notified on {day}.</source>
        <translation>Đã thông báo cho {authority} ({country}) ngày {day}.</translation>
    </message>
    <message>
        <source>{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}</source>
        <translation>{code} chỉ áp dụng từ ngày {start} ({decision}); mã này chưa tồn tại vào ngày {day}.{advice}</translation>
    </message>
    <message>
        <source>{code} exists in {edition}, the edition in force on {day}.</source>
        <translation>{code} có trong {edition}, phiên bản có hiệu lực vào ngày {day}.</translation>
    </message>
    <message>
        <source>{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.</source>
        <translation>{code} là mã HS đúng định dạng, nhưng không thuộc các nhóm chất thải trong bảng mã tra cứu.</translation>
    </message>
    <message>
        <source>{code} is not a Basel code in the reference tables.{hint}</source>
        <translation>{code} không phải là mã Basel trong bảng mã tra cứu.{hint}</translation>
    </message>
    <message>
        <source>{code} is not a Y code valid on {day}.</source>
        <translation>{code} không phải là mã Y có hiệu lực vào ngày {day}.</translation>
    </message>
    <message>
        <source>{code} is not an Annex III H code (H1 to H13).</source>
        <translation>{code} không phải là mã H thuộc Phụ lục III (H1 đến H13).</translation>
    </message>
    <message>
        <source>{code} is not in the reference tables.</source>
        <translation>{code} không có trong bảng mã tra cứu.</translation>
    </message>
    <message>
        <source>{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}</source>
        <translation>{code} không có trong {edition}, phiên bản có hiệu lực vào ngày {day}; mã này có trong {other}.{advice}</translation>
    </message>
    <message>
        <source>{code} is valid on {day}.</source>
        <translation>{code} có hiệu lực vào ngày {day}.</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}.</source>
        <translation>{code} đã bị xóa từ ngày {end}.</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}; consider {codes}.</source>
        <translation>{code} đã bị xóa từ ngày {end}; hãy xem xét {codes}.</translation>
    </message>
    <message>
        <source>{code} was replaced by {new} on {end}.</source>
        <translation>{code} đã được thay thế bằng {new} từ ngày {end}.</translation>
    </message>
    <message>
        <source>{label} · {status} · revision {revision}</source>
        <translation>{label} · {status} · phiên bản {revision}</translation>
    </message>
    <message>
        <source>{name} ({role}) is not allowed to {action}.</source>
        <translation>{name} ({role}) không có quyền {action}.</translation>
    </message>
    <message>
        <source>{name} acknowledges a package this post did not make.</source>
        <translation>{name} xác nhận một gói dữ liệu không do cửa khẩu này tạo ra.</translation>
    </message>
    <message>
        <source>{name} cannot be decrypted with this installation's key.</source>
        <translation>Không thể giải mã {name} bằng khóa của bản cài đặt này.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>Không thể đọc {name}: {error}</translation>
    </message>
    <message>
        <source>{name} contains a member with a forbidden name ({member}).</source>
        <translation>{name} chứa một tệp bên trong có tên không được phép ({member}).</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} không tồn tại.</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>Phần đầu (header) của {name} bị hỏng.</translation>
    </message>
    <message>
        <source>{name} has no manifest.</source>
        <translation>{name} không có danh sách tệp (manifest).</translation>
    </message>
    <message>
        <source>{name} has too many members.</source>
        <translation>{name} có quá nhiều tệp bên trong.</translation>
    </message>
    <message>
        <source>{name} is a {kind} package, not a {expected} package.</source>
        <translation>{name} là gói {kind}, không phải gói {expected}.</translation>
    </message>
    <message>
        <source>{name} is cut short (incomplete copy?).</source>
        <translation>{name} bị thiếu phần cuối (sao chép chưa hết?).</translation>
    </message>
    <message>
        <source>{name} is damaged (it does not decrypt).</source>
        <translation>{name} bị hỏng (không giải mã được).</translation>
    </message>
    <message>
        <source>{name} is damaged or was changed after it was signed (the signature does not match).</source>
        <translation>{name} bị hỏng hoặc đã bị thay đổi sau khi ký (chữ ký không khớp).</translation>
    </message>
    <message>
        <source>{name} is dated in the future ({created}); check the clocks of both computers.</source>
        <translation>{name} có ngày tạo trong tương lai ({created}); hãy kiểm tra đồng hồ của cả hai máy tính.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} trống.</translation>
    </message>
    <message>
        <source>{name} is encrypted for {names}, not for this installation.</source>
        <translation>{name} được mã hóa cho {names}, không phải cho bản cài đặt này.</translation>
    </message>
    <message>
        <source>{name} is larger than the {gb} GB a package may hold; it was not opened.</source>
        <translation>{name} lớn hơn mức tối đa {gb} GB của một gói dữ liệu; tệp chưa được mở.</translation>
    </message>
    <message>
        <source>{name} is not a Customs Desk package.</source>
        <translation>{name} không phải là gói dữ liệu Customs Desk.</translation>
    </message>
    <message>
        <source>{name} is not a readable image.</source>
        <translation>{name} không phải là ảnh đọc được.</translation>
    </message>
    <message>
        <source>{name} is not a valid receipt.</source>
        <translation>{name} không phải là biên nhận hợp lệ.</translation>
    </message>
    <message>
        <source>{name} is not from the secretariat.</source>
        <translation>{name} không phải do Ban Thư ký gửi.</translation>
    </message>
    <message>
        <source>{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender's key first.</source>
        <translation>{name} được ký bằng một khóa mà bản cài đặt này không tin cậy ({sender}). Hãy đối chiếu và tin cậy khóa của người gửi trước.</translation>
    </message>
    <message>
        <source>{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).</source>
        <translation>{name} được ký bằng một khóa đã bị thu hồi ({post}, thu hồi ngày {day}: {reason}).</translation>
    </message>
    <message>
        <source>{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.</source>
        <translation>{name} được ký bởi {post}, không phải bởi Ban Thư ký; gói cập nhật chỉ được gửi từ Ban Thư ký.</translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.</source>
        <translation>{name} có dung lượng {mb:.1f} MB; giới hạn là {limit} MB mỗi tệp. Hãy giảm kích thước ảnh trên máy ảnh hoặc điện thoại.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Customs Desk (package format {version}); install the newer version to read it.</source>
        <translation>{name} được tạo bởi một phiên bản mới hơn của Customs Desk (định dạng gói {version}); hãy cài đặt phiên bản mới hơn để đọc tệp này.</translation>
    </message>
    <message>
        <source>{name} would expand to more than {gb} GB.</source>
        <translation>{name} sẽ chiếm hơn {gb} GB khi giải nén.</translation>
    </message>
    <message>
        <source>{name}: alert '{title}' is invalid: {reason}</source>
        <translation>{name}: cảnh báo '{title}' không hợp lệ: {reason}</translation>
    </message>
    <message>
        <source>{name}: alerts.json is damaged.</source>
        <translation>{name}: alerts.json bị hỏng.</translation>
    </message>
    <message>
        <source>{name}: an alert has no id.</source>
        <translation>{name}: có một cảnh báo không có mã định danh (id).</translation>
    </message>
    <message>
        <source>{name}: attachment {member} does not match its name.</source>
        <translation>{name}: tệp đính kèm {member} không khớp với tên của nó.</translation>
    </message>
    <message>
        <source>{name}: handbook {book} is invalid: {problem}</source>
        <translation>{name}: sổ tay {book} không hợp lệ: {problem}</translation>
    </message>
    <message>
        <source>{name}: member {member} does not match its hash in the manifest.</source>
        <translation>{name}: tệp bên trong {member} không khớp với mã băm ghi trong danh sách tệp.</translation>
    </message>
    <message>
        <source>{name}: member {member} expands suspiciously (a decompression bomb?).</source>
        <translation>{name}: tệp bên trong {member} giải nén ra dung lượng lớn bất thường (bom giải nén?).</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large ({mb} MB).</source>
        <translation>{name}: tệp bên trong {member} quá lớn ({mb} MB).</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large.</source>
        <translation>{name}: tệp bên trong {member} quá lớn.</translation>
    </message>
    <message>
        <source>{name}: members missing ({missing}) or not in the manifest ({extra}).</source>
        <translation>{name}: thiếu tệp bên trong ({missing}) hoặc có tệp không có trong danh sách tệp ({extra}).</translation>
    </message>
    <message>
        <source>{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.</source>
        <translation>{name}: chỉ được đính kèm ảnh (JPEG, PNG, TIFF, WebP), tệp PDF và tệp văn bản.</translation>
    </message>
    <message>
        <source>{name}: revision {revision} of {record} has no parent hash.</source>
        <translation>{name}: phiên bản {revision} của {record} không có mã băm của phiên bản trước.</translation>
    </message>
    <message>
        <source>{name}: the audit events do not end where the manifest says.</source>
        <translation>{name}: nhật ký kiểm soát không kết thúc ở vị trí mà danh sách tệp ghi nhận.</translation>
    </message>
    <message>
        <source>{name}: the content is damaged ({error}).</source>
        <translation>{name}: nội dung bị hỏng ({error}).</translation>
    </message>
    <message>
        <source>{name}: the manifest does not match the signed header.</source>
        <translation>{name}: danh sách tệp không khớp với phần đầu đã được ký.</translation>
    </message>
    <message>
        <source>{name}: the manifest is damaged.</source>
        <translation>{name}: danh sách tệp bị hỏng.</translation>
    </message>
    <message>
        <source>{name}: the manifest lists no members.</source>
        <translation>{name}: danh sách tệp không liệt kê tệp nào.</translation>
    </message>
    <message>
        <source>{name}: the reference codes are invalid: {problem}</source>
        <translation>{name}: mã tra cứu không hợp lệ: {problem}</translation>
    </message>
    <message>
        <source>{name}: trust.json is damaged.</source>
        <translation>{name}: trust.json bị hỏng.</translation>
    </message>
    <message>
        <source>{name}: {member} is not valid JSON.</source>
        <translation>{name}: {member} không phải là JSON hợp lệ.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{number} · {status} · revision {revision}</source>
        <translation>{number} · {status} · phiên bản {revision}</translation>
    </message>
    <message>
        <source>{number}: a container number has 11 characters (4 letters, 7 digits), e.g. CSQU3054383.</source>
        <translation>{number}: số container gồm 11 ký tự (4 chữ cái, 7 chữ số), ví dụ CSQU3054383.</translation>
    </message>
    <message>
        <source>{number}: the check digit is wrong; for {body} it should be {digit}. Re-read the number on the container door.</source>
        <translation>{number}: chữ số kiểm tra không đúng; với {body}, chữ số kiểm tra phải là {digit}. Hãy đọc lại số trên cửa container.</translation>
    </message>
    <message>
        <source>{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits (e.g. CSQU3054383).</source>
        <translation>{number}: dùng 3 chữ cái mã chủ sở hữu, chữ cái loại thiết bị U, J hoặc Z, sau đó là 7 chữ số (ví dụ CSQU3054383).</translation>
    </message>
    <message>
        <source>{n} days left (deadline {deadline}).</source>
        <translation>Còn {n} ngày (hết hạn ngày {deadline}).</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} mục</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path} đã tồn tại; không ghi đè lên tệp nào.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} không tồn tại.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} là một thư mục; hãy nhập tên tệp.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not one made by Customs Desk.</source>
        <translation>{path} là cơ sở dữ liệu SQLite nhưng không do Customs Desk tạo ra.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} không phải là tệp.</translation>
    </message>
    <message>
        <source>{path} is not a folder (is the USB stick plugged in?).</source>
        <translation>{path} không phải là thư mục (USB đã được cắm chưa?).</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} không phải là thư mục.</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file: {error}</source>
        <translation>{path} không phải là tệp JSON đọc được: {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: unknown kind.</source>
        <translation>{path} không phải là tệp khóa Customs Desk hợp lệ: loại không xác định.</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: {error}</source>
        <translation>{path} không phải là tệp khóa Customs Desk hợp lệ: {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid inspection ({n} problems); nothing was saved.</source>
        <translation>{path} không phải là hồ sơ kiểm tra hợp lệ ({n} lỗi); chưa lưu dữ liệu nào.</translation>
    </message>
    <message>
        <source>{path} must contain one JSON object (one inspection).</source>
        <translation>{path} phải chứa một đối tượng JSON (một hồ sơ kiểm tra).</translation>
    </message>
    <message>
        <source>{path} must hold {{"alerts": [...], "withdraw": [...]}}.</source>
        <translation>{path} phải có dạng {{"alerts": [...], "withdraw": [...]}}.</translation>
    </message>
    <message>
        <source>{value} is valid.</source>
        <translation>{value} hợp lệ.</translation>
    </message>
    <message>
        <source>… and {n} more lines (listed in the inspection report).</source>
        <translation>… và {n} dòng khác (được liệt kê trong biên bản kiểm tra).</translation>
    </message>
</context>
<context>
    <name>decision_aids</name>
    <message>
        <source>All checks passed. Release under normal procedures and record what you checked: documents seen, items sampled, packaging and loading, and why any red flag was explained.</source>
        <translation>Mọi nội dung kiểm tra đều đạt. Thông quan theo thủ tục thông thường và ghi lại những gì bạn đã kiểm tra: chứng từ đã xem, các mẫu đã lấy, cách đóng gói và xếp hàng, và lý do các dấu hiệu nghi vấn (nếu có) đã được giải thích.</translation>
    </message>
    <message>
        <source>Are all the conditions of that exemption met, and do the goods look like what the exemption describes?</source>
        <translation>Lô hàng có đáp ứng tất cả các điều kiện của trường hợp miễn trừ đó không, và hàng hóa có giống như mô tả trong trường hợp miễn trừ không?</translation>
    </message>
    <message>
        <source>Are all the reuse documents present and credible: invoice and contract stating direct reuse and full function; a test record for every item with a protocol; the holder's signed declaration that nothing is waste; a transport document matching the invoice?</source>
        <translation>Có đủ và đáng tin cậy tất cả các chứng từ tái sử dụng không: hóa đơn và hợp đồng ghi rõ tái sử dụng trực tiếp và hoạt động đầy đủ chức năng; biên bản kiểm tra cho từng chiếc kèm quy trình kiểm tra; bản cam kết có chữ ký của chủ hàng rằng không có gì là chất thải; chứng từ vận tải khớp với hóa đơn?</translation>
    </message>
    <message>
        <source>Are they lead-acid batteries (whole or crushed)?</source>
        <translation>Đó có phải là ắc quy chì-axit (nguyên chiếc hoặc đã nghiền) không?</translation>
    </message>
    <message>
        <source>Are they unsorted, or do they contain lead, cadmium or mercury (or other Annex I constituents) to a hazardous extent?</source>
        <translation>Pin, ắc quy có phải loại chưa được phân loại, hoặc có chứa chì, cadimi hoặc thủy ngân (hoặc thành phần khác thuộc Phụ lục I) ở mức nguy hại không?</translation>
    </message>
    <message>
        <source>Art. 9(1)(a): no notification to all States concerned</source>
        <translation>Art. 9(1)(a): không thông báo cho tất cả các Quốc gia liên quan</translation>
    </message>
    <message>
        <source>Art. 9(1)(b): no consent of a State concerned</source>
        <translation>Art. 9(1)(b): không có sự chấp thuận của một Quốc gia liên quan</translation>
    </message>
    <message>
        <source>Art. 9(1)(c): consent obtained through falsification, misrepresentation or fraud</source>
        <translation>Art. 9(1)(c): sự chấp thuận có được do làm giả, khai báo sai sự thật hoặc gian lận</translation>
    </message>
    <message>
        <source>Art. 9(1)(d): does not conform in a material way with the documents</source>
        <translation>Art. 9(1)(d): không phù hợp về nội dung cơ bản với chứng từ</translation>
    </message>
    <message>
        <source>Art. 9(1)(e): results in deliberate disposal contrary to the Convention</source>
        <translation>Art. 9(1)(e): dẫn đến việc cố ý tiêu hủy trái với Công ước</translation>
    </message>
    <message>
        <source>Article 9 applies only to wastes covered by the Convention. National law may still apply.</source>
        <translation>Điều 9 chỉ áp dụng đối với chất thải thuộc phạm vi điều chỉnh của Công ước. Pháp luật quốc gia vẫn có thể được áp dụng.</translation>
    </message>
    <message>
        <source>Article 9(1) of the Basel Convention lists five situations in which a transboundary movement is illegal traffic. Answer each question; one shipment can meet more than one ground.</source>
        <translation>Điều 9(1) của Công ước Basel nêu năm trường hợp vận chuyển xuyên biên giới bị coi là vận chuyển bất hợp pháp. Hãy trả lời từng câu hỏi; một lô hàng có thể thuộc nhiều căn cứ.</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Không xác định được</translation>
    </message>
    <message>
        <source>Check with the competent authority</source>
        <translation>Hỏi ý kiến cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>Classify the waste first</source>
        <translation>Phân loại chất thải trước</translation>
    </message>
    <message>
        <source>Clean, sorted plastic waste for environmentally sound recycling (from 1 January 2021; B3011 replaced B3010). Check contamination carefully and the national rules of the countries concerned.</source>
        <translation>Chất thải nhựa sạch, đã phân loại, dùng cho tái chế hợp lý về môi trường (từ ngày 1 tháng 1 năm 2021; B3011 thay thế B3010). Kiểm tra kỹ mức độ tạp chất và quy định quốc gia của các nước liên quan.</translation>
    </message>
    <message>
        <source>Collected from households</source>
        <translation>Thu gom từ hộ gia đình</translation>
    </message>
    <message>
        <source>Decide first whether the equipment is waste</source>
        <translation>Trước hết, xác định thiết bị có phải là chất thải không</translation>
    </message>
    <message>
        <source>Did every State concerned give written consent (and is the consent valid for these dates and this quantity)?</source>
        <translation>Tất cả các Quốc gia liên quan đã có văn bản chấp thuận chưa (và văn bản chấp thuận có còn hiệu lực đối với thời gian và số lượng này không)?</translation>
    </message>
    <message>
        <source>Do the documents claim an exemption: repair under warranty, failure (root-cause) analysis, or repair or refurbishment under a contract?</source>
        <translation>Chứng từ có viện dẫn trường hợp miễn trừ không: sửa chữa trong thời hạn bảo hành, phân tích hỏng hóc (tìm nguyên nhân gốc), hoặc sửa chữa, tân trang theo hợp đồng?</translation>
    </message>
    <message>
        <source>Do the goods match the papers? Sampled items carry readable test labels that match the protocol; items are complete and undamaged; they are protected by packaging and properly stacked; the far end of the container looks like the door end.</source>
        <translation>Hàng hóa có khớp với chứng từ không? Các chiếc được lấy mẫu có nhãn kiểm tra đọc được và khớp với biên bản; thiết bị đầy đủ và không hư hỏng; được bảo vệ bằng bao bì và xếp đúng cách; hàng ở phía sau container giống hàng ở phía cửa.</translation>
    </message>
    <message>
        <source>Does any red flag about the consignee, the route or the declared value remain unexplained, or is there an alert about the shipper, consignee or route?</source>
        <translation>Có dấu hiệu nghi vấn nào về người nhận hàng, tuyến vận chuyển hoặc trị giá khai báo chưa được giải thích không, hoặc có cảnh báo nào về người gửi hàng, người nhận hàng hoặc tuyến vận chuyển không?</translation>
    </message>
    <message>
        <source>Does it contain, or is it contaminated with, hazardous components: CRT glass, list A batteries, mercury switches, lamps or backlights, PCB capacitors, asbestos parts, certain circuit boards or displays, plastics with brominated flame retardants?</source>
        <translation>Thiết bị có chứa hoặc bị nhiễm các bộ phận nguy hại không: thủy tinh CRT, pin thuộc danh mục A, công tắc thủy ngân, bóng đèn hoặc đèn nền, tụ điện chứa PCB, bộ phận chứa amiăng, một số loại bảng mạch hoặc màn hình, nhựa có chất chống cháy brom hóa?</translation>
    </message>
    <message>
        <source>Does the movement appear to result in deliberate disposal (for example dumping) contrary to the Convention or international law?</source>
        <translation>Việc vận chuyển có dẫn đến việc cố ý tiêu hủy (ví dụ đổ bỏ) trái với Công ước hoặc luật quốc tế không?</translation>
    </message>
    <message>
        <source>Does the shipment conform in a material way with the documents (type of waste, codes, quantity, parties, route)?</source>
        <translation>Lô hàng có phù hợp về nội dung cơ bản với chứng từ không (loại chất thải, mã, số lượng, các bên liên quan, tuyến vận chuyển)?</translation>
    </message>
    <message>
        <source>Find the Basel entry to note as suspected: Annex VIII (list A, presumed hazardous), Annex IX (list B, presumed not hazardous) or Annex II (other wastes, controlled). Suspected codes are not a legal classification; the competent authority decides.</source>
        <translation>Tìm mục Basel để ghi nhận là mã nghi vấn: Phụ lục VIII (danh mục A, được coi là nguy hại), Phụ lục IX (danh mục B, được coi là không nguy hại) hoặc Phụ lục II (chất thải khác, thuộc diện kiểm soát). Mã nghi vấn không phải là kết luận phân loại pháp lý; cơ quan có thẩm quyền sẽ quyết định.</translation>
    </message>
    <message>
        <source>For a load declared as, or containing, used electrical or electronic equipment. Answer from what you see and the documents presented. The result supports your judgement; it does not replace your national law.</source>
        <translation>Dùng cho lô hàng khai báo là, hoặc có chứa, thiết bị điện, điện tử đã qua sử dụng. Hãy trả lời dựa trên những gì bạn thấy và các chứng từ được xuất trình. Kết quả hỗ trợ cho nhận định của bạn; không thay thế pháp luật quốc gia.</translation>
    </message>
    <message>
        <source>From these answers the movement does not meet any ground of Article 9(1). Record what you checked.</source>
        <translation>Theo các câu trả lời này, việc vận chuyển không thuộc căn cứ nào của Điều 9(1). Hãy ghi lại những gì bạn đã kiểm tra.</translation>
    </message>
    <message>
        <source>Hazardous plastic waste (from 1 January 2021, decision BC-14/12). Prior informed consent is required.</source>
        <translation>Chất thải nhựa nguy hại (từ ngày 1 tháng 1 năm 2021, quyết định BC-14/12). Phải có thông báo và chấp thuận trước.</translation>
    </message>
    <message>
        <source>Hazardous waste electrical and electronic equipment. A1181 applies from 1 January 2025 (decision BC-15/18); for movements before that date, A1180 applied. Prior informed consent is required. Commonly associated HS heading: 8549 (a hint, not a classification).</source>
        <translation>Chất thải thiết bị điện, điện tử nguy hại. A1181 áp dụng từ ngày 1 tháng 1 năm 2025 (quyết định BC-15/18); đối với lô hàng vận chuyển trước ngày đó, áp dụng A1180. Phải có thông báo và chấp thuận trước. Nhóm HS thường liên quan: 8549 (chỉ để gợi ý, không phải kết luận phân loại).</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <translation>Tôi chưa biết</translation>
    </message>
    <message>
        <source>If the goods are really not waste, the Basel lists do not apply. Record why you concluded this.</source>
        <translation>Nếu hàng hóa thực sự không phải là chất thải, các danh mục của Công ước Basel không áp dụng. Hãy ghi lại lý do bạn đi đến kết luận này.</translation>
    </message>
    <message>
        <source>Is it clearly waste already? For example: goods broken, cut up, crushed or stripped; loose circuit boards, cables or fractions; loose used batteries; equipment mixed with scrap or household waste; or documents that say scrap, waste or for recycling.</source>
        <translation>Hàng hóa đã rõ ràng là chất thải chưa? Ví dụ: hàng bị vỡ, bị cắt rời, bị nghiền hoặc bị tháo dỡ; bảng mạch, dây cáp hoặc phần vật liệu để rời; pin đã qua sử dụng để rời; thiết bị lẫn với phế liệu hoặc rác thải sinh hoạt; hoặc chứng từ ghi là phế liệu, chất thải hoặc để tái chế.</translation>
    </message>
    <message>
        <source>Is it going to environmentally sound recycling, almost free from contamination and other wastes, and almost exclusively one non-halogenated polymer, one cured resin, one listed fluorinated polymer, or a PE/PP/PET mixture for separate recycling?</source>
        <translation>Chất thải có được chuyển đi tái chế hợp lý về môi trường, gần như không lẫn tạp chất và các chất thải khác, và gần như chỉ gồm một loại polyme không chứa halogen, một loại nhựa đã đóng rắn, một loại polyme flo hóa có trong danh mục, hoặc hỗn hợp PE/PP/PET để tái chế riêng không?</translation>
    </message>
    <message>
        <source>Is it plastic waste (including mixtures of plastic waste)?</source>
        <translation>Đó có phải là chất thải nhựa (kể cả hỗn hợp chất thải nhựa) không?</translation>
    </message>
    <message>
        <source>Is it waste batteries or accumulators?</source>
        <translation>Đó có phải là pin hoặc ắc quy thải không?</translation>
    </message>
    <message>
        <source>Is it waste electrical or electronic equipment, its components, or fractions from processing it (shredding, dismantling)?</source>
        <translation>Đó có phải là chất thải thiết bị điện, điện tử, linh kiện của chúng, hoặc các phần vật liệu thu được từ quá trình xử lý chúng (băm, tháo dỡ) không?</translation>
    </message>
    <message>
        <source>Is the material waste, that is, going to disposal or recovery rather than being used again as it is?</source>
        <translation>Vật liệu có phải là chất thải không, tức là được đưa đi tiêu hủy hoặc thu hồi thay vì được sử dụng lại nguyên trạng?</translation>
    </message>
    <message>
        <source>Is the plastic contaminated with, or does it contain, Annex I constituents to an extent that gives it an Annex III hazardous characteristic?</source>
        <translation>Nhựa có bị nhiễm hoặc có chứa các thành phần thuộc Phụ lục I ở mức làm cho nhựa có đặc tính nguy hại theo Phụ lục III không?</translation>
    </message>
    <message>
        <source>Is the shipment a waste covered by the Convention (a hazardous waste or one of the other wastes of Annex II)?</source>
        <translation>Lô hàng có phải là chất thải thuộc phạm vi điều chỉnh của Công ước (chất thải nguy hại hoặc chất thải khác thuộc Phụ lục II) không?</translation>
    </message>
    <message>
        <source>Is there a sign that consent was obtained by falsification, misrepresentation or fraud (forged permit, invented facility, false description to the authorities)?</source>
        <translation>Có dấu hiệu cho thấy sự chấp thuận có được do làm giả, khai báo sai sự thật hoặc gian lận không (giấy phép giả, cơ sở tiếp nhận không có thật, mô tả sai sự thật với cơ quan chức năng)?</translation>
    </message>
    <message>
        <source>Is this illegal traffic under Article 9?</source>
        <translation>Đây có phải là vận chuyển bất hợp pháp theo Điều 9 không?</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Không phải cả hai</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>No Article 9 ground found</source>
        <translation>Không có căn cứ nào theo Điều 9</translation>
    </message>
    <message>
        <source>No ground is established yet, but notification or consent could not be confirmed. Ask the competent authority before release.</source>
        <translation>Chưa xác lập được căn cứ nào, nhưng chưa xác nhận được việc thông báo hoặc sự chấp thuận. Hãy hỏi ý kiến cơ quan có thẩm quyền trước khi thông quan.</translation>
    </message>
    <message>
        <source>No, one or more is missing or doubtful</source>
        <translation>Không, thiếu hoặc có nghi vấn ở một hoặc nhiều chứng từ</translation>
    </message>
    <message>
        <source>No, or I cannot tell</source>
        <translation>Không, hoặc tôi không xác định được</translation>
    </message>
    <message>
        <source>No: sorted, made to a specification, without lead, cadmium or mercury</source>
        <translation>Không: đã phân loại, sản xuất theo quy cách, không chứa chì, cadimi hoặc thủy ngân</translation>
    </message>
    <message>
        <source>Non-hazardous waste electrical and electronic equipment. Y49 applies from 1 January 2025 (decision BC-15/18) and is subject to prior informed consent. Before that date, non-hazardous e-waste could fall under B1110.</source>
        <translation>Chất thải thiết bị điện, điện tử không nguy hại. Y49 áp dụng từ ngày 1 tháng 1 năm 2025 (quyết định BC-15/18) và phải có thông báo và chấp thuận trước. Trước ngày đó, chất thải điện tử không nguy hại có thể thuộc mã B1110.</translation>
    </message>
    <message>
        <source>None of the common routes fits. Compare the goods with list A and list B, then with Annex I and Annex III, describe them in detail and ask the competent authority.</source>
        <translation>Không có trường hợp thông thường nào phù hợp. Hãy so sánh hàng hóa với danh mục A và danh mục B, sau đó với Phụ lục I và Phụ lục III, mô tả chi tiết hàng hóa và hỏi ý kiến cơ quan có thẩm quyền.</translation>
    </message>
    <message>
        <source>Not Basel illegal traffic</source>
        <translation>Không phải vận chuyển bất hợp pháp theo Công ước Basel</translation>
    </message>
    <message>
        <source>Not sure: it is used electrical equipment</source>
        <translation>Chưa chắc chắn: đó là thiết bị điện đã qua sử dụng</translation>
    </message>
    <message>
        <source>Not waste: no Basel entry</source>
        <translation>Không phải chất thải: không có mục Basel</translation>
    </message>
    <message>
        <source>Plastic waste that is neither hazardous (A3210) nor clean and sorted (B3011). Y48 applies from 1 January 2021 and requires prior informed consent.</source>
        <translation>Chất thải nhựa không phải loại nguy hại (A3210) cũng không phải loại sạch và đã phân loại (B3011). Y48 áp dụng từ ngày 1 tháng 1 năm 2021 và phải có thông báo và chấp thuận trước.</translation>
    </message>
    <message>
        <source>Residues from incinerating household waste</source>
        <translation>Cặn từ quá trình đốt chất thải sinh hoạt</translation>
    </message>
    <message>
        <source>Residues from the incineration of household wastes. Controlled under the Convention.</source>
        <translation>Cặn từ quá trình đốt chất thải sinh hoạt. Thuộc diện kiểm soát theo Công ước.</translation>
    </message>
    <message>
        <source>Run the decision aid "Used EEE or e-waste?" first, then come back here if it is e-waste.</source>
        <translation>Hãy chạy công cụ hỗ trợ quyết định "Thiết bị đã qua sử dụng hay chất thải điện tử?" trước, rồi quay lại đây nếu đó là chất thải điện tử.</translation>
    </message>
    <message>
        <source>Run the decision aid "Which list?" and come back to this one.</source>
        <translation>Hãy chạy công cụ hỗ trợ quyết định "Thuộc danh mục nào?" rồi quay lại công cụ này.</translation>
    </message>
    <message>
        <source>Suspected A1160 (Annex VIII, list A)</source>
        <translation>Nghi vấn A1160 (Phụ lục VIII, danh mục A)</translation>
    </message>
    <message>
        <source>Suspected A1170 (Annex VIII, list A)</source>
        <translation>Nghi vấn A1170 (Phụ lục VIII, danh mục A)</translation>
    </message>
    <message>
        <source>Suspected A1181 (Annex VIII, list A)</source>
        <translation>Nghi vấn A1181 (Phụ lục VIII, danh mục A)</translation>
    </message>
    <message>
        <source>Suspected A3210 (Annex VIII, list A)</source>
        <translation>Nghi vấn A3210 (Phụ lục VIII, danh mục A)</translation>
    </message>
    <message>
        <source>Suspected B1090 (Annex IX, list B)</source>
        <translation>Nghi vấn B1090 (Phụ lục IX, danh mục B)</translation>
    </message>
    <message>
        <source>Suspected B3011 (Annex IX, list B)</source>
        <translation>Nghi vấn B3011 (Phụ lục IX, danh mục B)</translation>
    </message>
    <message>
        <source>Suspected Y46 (Annex II, other wastes)</source>
        <translation>Nghi vấn Y46 (Phụ lục II, chất thải khác)</translation>
    </message>
    <message>
        <source>Suspected Y47 (Annex II, other wastes)</source>
        <translation>Nghi vấn Y47 (Phụ lục II, chất thải khác)</translation>
    </message>
    <message>
        <source>Suspected Y48 (Annex II, other wastes)</source>
        <translation>Nghi vấn Y48 (Phụ lục II, chất thải khác)</translation>
    </message>
    <message>
        <source>Suspected Y49 (Annex II, other wastes)</source>
        <translation>Nghi vấn Y49 (Phụ lục II, chất thải khác)</translation>
    </message>
    <message>
        <source>Suspected illegal traffic</source>
        <translation>Nghi vấn vận chuyển bất hợp pháp</translation>
    </message>
    <message>
        <source>The answers meet at least one ground of Article 9(1). Hold the goods where your law allows, notify the competent authority and open a case; the take-back clocks start when the State responsible is informed.</source>
        <translation>Các câu trả lời thuộc ít nhất một căn cứ của Điều 9(1). Hãy tạm giữ hàng hóa trong phạm vi pháp luật cho phép, thông báo cho cơ quan có thẩm quyền và mở vụ việc; các thời hạn nhận lại bắt đầu được tính khi Quốc gia chịu trách nhiệm được thông báo.</translation>
    </message>
    <message>
        <source>The goods already look like waste. Hold them where your law allows and refer the case to the competent authority. Suspected codes: A1181 if hazardous components are present (CRT glass, list A batteries, mercury lamps or switches, PCB capacitors), otherwise Y49; HS heading 8549.</source>
        <translation>Hàng hóa đã có biểu hiện là chất thải. Hãy tạm giữ hàng hóa trong phạm vi pháp luật cho phép và chuyển vụ việc cho cơ quan có thẩm quyền. Mã nghi vấn: A1181 nếu có bộ phận nguy hại (thủy tinh CRT, pin thuộc danh mục A, bóng đèn hoặc công tắc thủy ngân, tụ điện chứa PCB), nếu không thì Y49; nhóm HS 8549.</translation>
    </message>
    <message>
        <source>The papers and goods look right, but a red flag remains. Record it, hold the goods and ask the competent authority before release.</source>
        <translation>Chứng từ và hàng hóa có vẻ phù hợp, nhưng vẫn còn dấu hiệu nghi vấn. Hãy ghi lại dấu hiệu đó, tạm giữ hàng hóa và hỏi ý kiến cơ quan có thẩm quyền trước khi thông quan.</translation>
    </message>
    <message>
        <source>To check: whether every State consented</source>
        <translation>Cần kiểm tra: tất cả các Quốc gia đã chấp thuận chưa</translation>
    </message>
    <message>
        <source>To check: whether the movement was notified</source>
        <translation>Cần kiểm tra: việc vận chuyển đã được thông báo chưa</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer</source>
        <translation>Xử lý như chất thải điện tử nghi vấn: tạm giữ và chuyển vụ việc</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (documents incomplete)</source>
        <translation>Xử lý như chất thải điện tử nghi vấn: tạm giữ và chuyển vụ việc (chứng từ không đầy đủ)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (goods do not match the papers)</source>
        <translation>Xử lý như chất thải điện tử nghi vấn: tạm giữ và chuyển vụ việc (hàng hóa không khớp với chứng từ)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (unexplained red flags)</source>
        <translation>Xử lý như chất thải điện tử nghi vấn: tạm giữ và chuyển vụ việc (dấu hiệu nghi vấn chưa được giải thích)</translation>
    </message>
    <message>
        <source>Treat as used EEE</source>
        <translation>Xử lý như thiết bị đã qua sử dụng</translation>
    </message>
    <message>
        <source>Unsorted waste batteries, or waste batteries containing Annex I constituents to a hazardous extent. Prior informed consent is required.</source>
        <translation>Pin, ắc quy thải chưa được phân loại, hoặc có chứa các thành phần thuộc Phụ lục I ở mức nguy hại. Phải có thông báo và chấp thuận trước.</translation>
    </message>
    <message>
        <source>Use the lists directly and describe the goods</source>
        <translation>Tra trực tiếp các danh mục và mô tả hàng hóa</translation>
    </message>
    <message>
        <source>Used EEE or e-waste?</source>
        <translation>Thiết bị đã qua sử dụng hay chất thải điện tử?</translation>
    </message>
    <message>
        <source>Was it collected from households, or is it residue from incinerating household waste?</source>
        <translation>Chất thải được thu gom từ hộ gia đình, hay là cặn từ quá trình đốt chất thải sinh hoạt?</translation>
    </message>
    <message>
        <source>Was the movement notified to all States concerned (is there a notification document naming this shipment)?</source>
        <translation>Việc vận chuyển đã được thông báo cho tất cả các Quốc gia liên quan chưa (có văn bản thông báo ghi rõ lô hàng này không)?</translation>
    </message>
    <message>
        <source>Waste batteries made to a specification, without lead, cadmium or mercury. List B entries are presumed not hazardous, but national rules may still control them; check the country profile.</source>
        <translation>Pin, ắc quy thải được sản xuất theo quy cách, không chứa chì, cadimi hoặc thủy ngân. Các mục thuộc danh mục B được coi là không nguy hại, nhưng quy định quốc gia vẫn có thể kiểm soát; hãy xem hồ sơ quốc gia.</translation>
    </message>
    <message>
        <source>Waste collected from households. Controlled under the Convention even when not hazardous.</source>
        <translation>Chất thải thu gom từ hộ gia đình. Thuộc diện kiểm soát theo Công ước kể cả khi không nguy hại.</translation>
    </message>
    <message>
        <source>Waste lead-acid batteries, whole or crushed. Prior informed consent is required. Commonly associated HS subheading: 8549.11 (a hint, not a classification).</source>
        <translation>Ắc quy chì-axit thải, nguyên chiếc hoặc đã nghiền. Phải có thông báo và chấp thuận trước. Phân nhóm HS thường liên quan: 8549.11 (chỉ để gợi ý, không phải kết luận phân loại).</translation>
    </message>
    <message>
        <source>What you found does not match the reuse documents. Record the differences with photos, hold the goods and refer the case. A material mismatch with the documents is itself a ground of illegal traffic (Art. 9(1)(d)).</source>
        <translation>Những gì bạn phát hiện không khớp với chứng từ tái sử dụng. Hãy ghi lại các điểm khác biệt kèm ảnh chụp, tạm giữ hàng hóa và chuyển vụ việc. Việc không phù hợp về nội dung cơ bản với chứng từ tự nó đã là một căn cứ xác định vận chuyển bất hợp pháp (Art. 9(1)(d)).</translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation>Thuộc danh mục nào?</translation>
    </message>
    <message>
        <source>Without complete reuse documents the shipment cannot be treated as used goods. Record which document is missing or doubtful, hold the goods and refer the case.</source>
        <translation>Nếu không có đầy đủ chứng từ tái sử dụng, lô hàng không thể được xử lý như hàng đã qua sử dụng. Hãy ghi lại chứng từ nào bị thiếu hoặc có nghi vấn, tạm giữ hàng hóa và chuyển vụ việc.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Yes, all conditions are met</source>
        <translation>Có, đáp ứng tất cả các điều kiện</translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation>Có, tất cả</translation>
    </message>
    <message>
        <source>Yes, or I cannot tell</source>
        <translation>Có, hoặc tôi không xác định được</translation>
    </message>
    <message>
        <source>Yes, or suspected</source>
        <translation>Có, hoặc có nghi vấn</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>Kiểm tra hồ sơ</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>Kiểm tra thực tế hàng hóa</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>Soi chiếu</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Lấy mẫu</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>Kiểm tra tại doanh nghiệp</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Đường biển</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Đường bộ</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Đường sắt</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Đường hàng không</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>Đường thủy nội địa</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>Bưu chính / chuyển phát nhanh</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Thông quan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tạm dừng thông quan</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Thu giữ</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>Không cho nhập khẩu</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Buộc tái xuất</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>Chuyển cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>đã xuất trình</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>E-waste and used EEE</source>
        <translation>Chất thải điện tử và thiết bị đã qua sử dụng</translation>
    </message>
    <message>
        <source>Plastic waste</source>
        <translation>Chất thải nhựa</translation>
    </message>
    <message>
        <source>Metal scrap</source>
        <translation>Phế liệu kim loại</translation>
    </message>
    <message>
        <source>Lead-acid batteries</source>
        <translation>Ắc quy chì-axit</translation>
    </message>
    <message>
        <source>Other batteries, black mass</source>
        <translation>Pin khác, bột đen (black mass)</translation>
    </message>
    <message>
        <source>Used tyres</source>
        <translation>Lốp xe đã qua sử dụng</translation>
    </message>
    <message>
        <source>Textiles and worn clothing</source>
        <translation>Hàng dệt may và quần áo cũ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>End-of-life vehicles and parts</source>
        <translation>Phương tiện hết hạn sử dụng và phụ tùng</translation>
    </message>
    <message>
        <source>Slag, ash, residues</source>
        <translation>Xỉ, tro, cặn</translation>
    </message>
    <message>
        <source>Waste oils</source>
        <translation>Dầu thải</translation>
    </message>
    <message>
        <source>Household and municipal waste</source>
        <translation>Chất thải sinh hoạt và chất thải đô thị</translation>
    </message>
    <message>
        <source>Chemicals and other</source>
        <translation>Hóa chất và loại khác</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Nghi vấn</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>Đang điều tra</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>Xác nhận vận chuyển bất hợp pháp</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>Không vi phạm (đã đóng)</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>Đã yêu cầu nhận lại</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>Đã tái xuất hoặc tiêu hủy</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) không thông báo cho tất cả các Quốc gia liên quan</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) không có sự chấp thuận của một Quốc gia liên quan</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) sự chấp thuận có được do làm giả, khai báo sai sự thật hoặc gian lận</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) không phù hợp về nội dung cơ bản với chứng từ</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) cố ý tiêu hủy (đổ bỏ)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>Điều 9: 30 ngày kể từ khi Quốc gia được thông báo</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>Điều 8: 90 ngày (tái nhập lô hàng hợp pháp)</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>Không tính thời hạn</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>Quốc gia xuất khẩu nhận lại</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>Tiêu hủy tại Quốc gia nhập khẩu</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>Tiêu hủy ở nơi khác (Art. 9(4))</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Chưa quyết định</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Người xuất khẩu</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>Người nhập khẩu / người nhận hàng</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Người vận chuyển</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Chủ nguồn thải</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>Cơ sở tiếp nhận dự kiến</translation>
    </message>
</context>
<context>
    <name>risk_indicators</name>
    <message>
        <source>'Mixed metal scrap' that contains electrical or electronic equipment, cables or circuit boards.</source>
        <translation>'Phế liệu kim loại hỗn hợp' có lẫn thiết bị điện, điện tử, dây cáp hoặc bảng mạch.</translation>
    </message>
    <message>
        <source>Claimed as sent for repair, refurbishment or warranty/failure analysis without a valid contract and supporting documents.</source>
        <translation>Khai là gửi đi sửa chữa, tân trang hoặc phân tích bảo hành/hỏng hóc nhưng không có hợp đồng hợp lệ và chứng từ kèm theo.</translation>
    </message>
    <message>
        <source>Consignee is not a licensed recycler or disposal facility, or its address is false or cannot be verified.</source>
        <translation>Người nhận hàng không phải là cơ sở tái chế hoặc cơ sở tiêu hủy được cấp phép, hoặc địa chỉ là giả hoặc không xác minh được.</translation>
    </message>
    <message>
        <source>Declared HS code does not match the goods found (e.g. declared as products or raw materials, found to be waste or scrap).</source>
        <translation>Mã HS khai báo không khớp với hàng hóa thực tế (ví dụ khai là sản phẩm hoặc nguyên liệu, nhưng thực tế là chất thải hoặc phế liệu).</translation>
    </message>
    <message>
        <source>Declared as working products (EEE, parts, batteries) but the goods are broken, non-functional, cut up or otherwise only fit for recovery or disposal.</source>
        <translation>Khai là sản phẩm hoạt động được (thiết bị điện, điện tử, linh kiện, pin) nhưng hàng hóa bị vỡ, không hoạt động, bị cắt rời hoặc chỉ còn dùng được để thu hồi hoặc tiêu hủy.</translation>
    </message>
    <message>
        <source>Destination prohibits import of the waste (e.g. China's ban on solid waste imports from 1 Jan 2021; Viet Nam's ban on hazardous waste imports).</source>
        <translation>Nước đến cấm nhập khẩu loại chất thải đó (ví dụ Trung Quốc cấm nhập khẩu chất thải rắn từ ngày 1/1/2021; Việt Nam cấm nhập khẩu chất thải nguy hại).</translation>
    </message>
    <message>
        <source>E-waste and used EEE, end-of-life vehicles and vehicle parts.</source>
        <translation>Chất thải điện tử và thiết bị đã qua sử dụng, phương tiện hết hạn sử dụng và phụ tùng phương tiện.</translation>
    </message>
    <message>
        <source>EEE shipped in bulk, traded by weight rather than by unit, or mixed with other waste or scrap.</source>
        <translation>Thiết bị điện, điện tử được vận chuyển dạng rời, mua bán theo trọng lượng thay vì theo chiếc, hoặc lẫn với chất thải hay phế liệu khác.</translation>
    </message>
    <message>
        <source>Equipment containing ozone-depleting substances (refrigerators, air-conditioners).</source>
        <translation>Thiết bị có chứa chất làm suy giảm tầng ô-dôn (tủ lạnh, máy điều hòa không khí).</translation>
    </message>
    <message>
        <source>Export to or import from a State that is not a Party to the Basel Convention without an Article 11 agreement.</source>
        <translation>Xuất khẩu sang hoặc nhập khẩu từ một Quốc gia không phải là Bên của Công ước Basel mà không có thỏa thuận theo Điều 11.</translation>
    </message>
    <message>
        <source>Goods described only vaguely (e.g. 'used goods', 'second-hand goods', 'scrap', 'mixed metal scrap', 'recyclable material') without a precise commodity description.</source>
        <translation>Hàng hóa chỉ được mô tả chung chung (ví dụ 'hàng đã qua sử dụng', 'hàng cũ', 'phế liệu', 'phế liệu kim loại hỗn hợp', 'vật liệu tái chế') mà không có mô tả hàng hóa cụ thể.</translation>
    </message>
    <message>
        <source>Hazardous components visible: CRTs, batteries, circuit boards, mercury lamps or switches, PCB capacitors.</source>
        <translation>Nhìn thấy bộ phận nguy hại: màn hình CRT, pin, bảng mạch, bóng đèn hoặc công tắc thủy ngân, tụ điện chứa PCB.</translation>
    </message>
    <message>
        <source>Items incomplete (essential parts missing), visibly damaged, untested, or intended for parts cannibalisation rather than reuse.</source>
        <translation>Thiết bị không đầy đủ (thiếu bộ phận thiết yếu), hư hỏng rõ ràng, chưa được kiểm tra, hoặc nhằm mục đích tháo lấy linh kiện thay vì tái sử dụng.</translation>
    </message>
    <message>
        <source>Mixed or municipal waste and industrial waste.</source>
        <translation>Chất thải hỗn hợp hoặc chất thải đô thị và chất thải công nghiệp.</translation>
    </message>
    <message>
        <source>No declaration by the person arranging transport that none of the equipment is waste.</source>
        <translation>Không có bản cam kết của người tổ chức vận chuyển rằng không có thiết bị nào là chất thải.</translation>
    </message>
    <message>
        <source>No invoice and contract stating that the equipment is destined for direct reuse and is fully functional.</source>
        <translation>Không có hóa đơn và hợp đồng ghi rõ thiết bị dùng để tái sử dụng trực tiếp và hoạt động đầy đủ chức năng.</translation>
    </message>
    <message>
        <source>Odour, leakage or staining from packages or the container.</source>
        <translation>Có mùi, rò rỉ hoặc vết bẩn từ kiện hàng hoặc container.</translation>
    </message>
    <message>
        <source>Permit, consent or declaration appears falsified, altered or issued for a different shipment.</source>
        <translation>Giấy phép, văn bản chấp thuận hoặc tờ khai có dấu hiệu bị làm giả, bị sửa chữa hoặc được cấp cho một lô hàng khác.</translation>
    </message>
    <message>
        <source>Plastic or paper bales mixed with other polymers, food residues, dirt or other waste (plastics may then be Y48 or A3210 rather than B3011).</source>
        <translation>Kiện nhựa hoặc giấy lẫn với các loại polyme khác, thức ăn thừa, bụi bẩn hoặc chất thải khác (khi đó nhựa có thể thuộc mã Y48 hoặc A3210 thay vì B3011).</translation>
    </message>
    <message>
        <source>Plastic, textile, metal and paper waste (most frequent DEMETER seizure streams).</source>
        <translation>Chất thải nhựa, dệt may, kim loại và giấy (các loại thường bị thu giữ nhất trong các đợt DEMETER).</translation>
    </message>
    <message>
        <source>Routing through transshipment hubs or repeated port changes ('port hopping').</source>
        <translation>Vận chuyển qua các cảng trung chuyển hoặc thay đổi cảng nhiều lần ('nhảy cảng').</translation>
    </message>
    <message>
        <source>Shipment date or quantity falls outside the validity period or the number of shipments stated in the written consent.</source>
        <translation>Ngày vận chuyển hoặc số lượng nằm ngoài thời hạn hiệu lực hoặc vượt quá số chuyến hàng ghi trong văn bản chấp thuận.</translation>
    </message>
    <message>
        <source>Shipment does not conform in a material way with its notification or movement document (waste code, quantity, carrier, route, facility).</source>
        <translation>Lô hàng không phù hợp về nội dung cơ bản với văn bản thông báo hoặc chứng từ vận chuyển (mã chất thải, số lượng, người vận chuyển, tuyến vận chuyển, cơ sở tiếp nhận).</translation>
    </message>
    <message>
        <source>Shipper's country differs from the apparent origin of the waste.</source>
        <translation>Nước của người gửi hàng khác với nguồn gốc rõ ràng của chất thải.</translation>
    </message>
    <message>
        <source>Ships and floating structures sent for dismantling.</source>
        <translation>Tàu biển và các công trình nổi được đưa đi phá dỡ.</translation>
    </message>
    <message>
        <source>Soldered, sealed or wrapped items whose content cannot be seen without opening or X-ray scanning.</source>
        <translation>Hàng được hàn kín, niêm kín hoặc bọc kín, không thể nhìn thấy bên trong nếu không mở hoặc soi chiếu.</translation>
    </message>
    <message>
        <source>Unusually low declared value for the goods, or a first-time or unknown exporter.</source>
        <translation>Trị giá khai báo thấp bất thường so với hàng hóa, hoặc người xuất khẩu lần đầu hoặc không rõ thông tin.</translation>
    </message>
    <message>
        <source>Used EEE declared for reuse without a test or functionality record for every item in the consignment.</source>
        <translation>Thiết bị đã qua sử dụng khai báo để tái sử dụng nhưng không có biên bản kiểm tra hoặc biên bản kiểm tra chức năng cho từng chiếc trong lô hàng.</translation>
    </message>
    <message>
        <source>Used EEE without adequate protection against damage (no individual packaging, poor stacking, loose loading).</source>
        <translation>Thiết bị đã qua sử dụng không được bảo vệ đầy đủ chống hư hỏng (không đóng gói riêng từng chiếc, xếp không cẩn thận, chất hàng rời).</translation>
    </message>
    <message>
        <source>Used lead-acid batteries; lithium-ion batteries and 'black mass'.</source>
        <translation>Ắc quy chì-axit đã qua sử dụng; pin lithium-ion và 'bột đen' (black mass).</translation>
    </message>
    <message>
        <source>Waste and used tyres.</source>
        <translation>Lốp xe thải và lốp xe đã qua sử dụng.</translation>
    </message>
    <message>
        <source>Waste declared as 'renewable' or secondary raw material, or as goods of similar shape and size, to disguise it.</source>
        <translation>Chất thải được khai là vật liệu 'tái tạo' hoặc nguyên liệu thứ cấp, hoặc khai là hàng hóa có hình dạng và kích thước tương tự, nhằm che giấu.</translation>
    </message>
    <message>
        <source>Waste hidden at the rear of the container behind a front layer of legitimate goods; non-uniform loading.</source>
        <translation>Chất thải giấu ở phía sau container, phía trước là một lớp hàng hóa hợp pháp; hàng xếp không đồng nhất.</translation>
    </message>
    <message>
        <source>Waste listed in Annex VIII or Annex II (e.g. A1181, Y48, Y49) moving without notification, written consent of the States concerned or a movement document.</source>
        <translation>Chất thải thuộc Phụ lục VIII hoặc Phụ lục II (ví dụ A1181, Y48, Y49) được vận chuyển mà không có văn bản thông báo, văn bản chấp thuận của các Quốc gia liên quan hoặc chứng từ vận chuyển.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Ban Thư ký</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cannot continue</source>
        <translation>Không thể tiếp tục</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Không được phép</translation>
    </message>
</context>
</TS>