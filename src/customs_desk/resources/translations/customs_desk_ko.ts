<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>An offline desk for customs officers of the Asian Network for Prevention of Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and cases, reference codes, exchange with the secretariat by file, and reports.</source>
        <translation>유해폐기물 불법 국가 간 이동 방지를 위한 아시아 네트워크의 세관 공무원을 위한 오프라인 업무 도구입니다. 핸드북, 검사와 사안, 참조 코드, 사무국과의 파일 교환, 보고서 작성 기능을 제공합니다.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>데이터 폴더: {path}</translation>
    </message>
    <message>
        <source>Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. The translations were written with care by the project; corrections are welcome: note the screen, the wrong text and your suggestion, and send them to the secretariat, or edit the file resources/translations/customs_desk_&lt;language&gt;.ts with Qt Linguist and send it back.</source>
        <translation>화면 언어: {languages}. 원어민 검토 완료: {reviewed}. 번역은 프로젝트에서 신중하게 작성했습니다. 수정 의견을 환영합니다. 화면, 잘못된 문구, 수정 제안을 적어 사무국에 보내거나, Qt Linguist로 resources/translations/customs_desk_&lt;language&gt;.ts 파일을 편집하여 보내 주십시오.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>직원 번호</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>초기 비밀번호</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts from the secretariat</source>
        <translation>사무국 경보</translation>
    </message>
    <message>
        <source>Watch party</source>
        <translation>감시 대상 당사자</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>우려 경로</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>공지</translation>
    </message>
    <message>
        <source>(until {day})</source>
        <translation>({day}까지)</translation>
    </message>
    <message>
        <source>No alerts. Updates from the secretariat bring them.</source>
        <translation>경보가 없습니다. 경보는 사무국의 업데이트로 전달됩니다.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{kind} database, schema {rev}</source>
        <translation>{kind} 데이터베이스, 스키마 {rev}</translation>
    </message>
    <message>
        <source>Restore your draft?</source>
        <translation>임시 저장본을 복원하시겠습니까?</translation>
    </message>
    <message>
        <source>Customs Desk was closed while you were editing a draft. It was saved a few seconds before. Open it again?</source>
        <translation>임시 저장본을 편집하는 중에 Customs Desk가 종료되었습니다. 임시 저장본은 종료 몇 초 전에 저장되었습니다. 다시 여시겠습니까?</translation>
    </message>
</context>
<context>
    <name>CaseClock</name>
    <message>
        <source>No take-back clock is running.</source>
        <translation>진행 중인 반송 기한이 없습니다.</translation>
    </message>
    <message>
        <source>Deadline was {date}; the case is finished.</source>
        <translation>기한은 {date}였습니다. 사안이 종결되었습니다.</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {date})</source>
        <translation>기한 {n}일 경과(기한 {date})</translation>
    </message>
    <message>
        <source>{n} days left (deadline {date})</source>
        <translation>{n}일 남음(기한 {date})</translation>
    </message>
</context>
<context>
    <name>CaseWidget</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Status and path</source>
        <translation>상태 및 처리 경로</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>수출자 또는 발생자(Art. 9(2))</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>수입자 또는 처리자(Art. 9(3))</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>책임자를 특정할 수 없음(Art. 9(4))</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>책임</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>반송 또는 처리</translation>
    </message>
    <message>
        <source>Period agreed by the States (optional)</source>
        <translation>관계국이 합의한 기한(선택)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Article 9(1) grounds</source>
        <translation>Art. 9(1) 해당 사유</translation>
    </message>
    <message>
        <source>What happened (kept on the timeline)</source>
        <translation>경과 내용(경과 기록에 남습니다)</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>변경 사항 기록</translation>
    </message>
    <message>
        <source>Authority notified…</source>
        <translation>당국 통보…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>경과 기록</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>사안 {number}</translation>
    </message>
    <message>
        <source>{authority} ({country}) informed on {date}</source>
        <translation>{date}에 {authority}({country})에 통보</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>아직 통보한 당국이 없습니다.</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>통보 기록됨</translation>
    </message>
    <message>
        <source>Grounds: {grounds}</source>
        <translation>해당 사유: {grounds}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>사안 개시</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Only overdue take-backs</source>
        <translation>기한이 지난 반송만</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
</context>
<context>
    <name>CodeListModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>미발효</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Code or words, e.g. A1181, 8549, lead-acid, 铅酸, แบตเตอรี่</source>
        <translation>코드 또는 단어(예: A1181, 8549, 납축전지, 铅酸, แบตเตอรี่)</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>종료일 없음</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>비공식 번역</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>{day} 기준</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>유효 기간: {start} ~ {end}</translation>
    </message>
    <message>
        <source>UN class</source>
        <translation>UN 위험물 등급</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>후속 코드</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>이전 코드</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>관련 코드</translation>
    </message>
    <message>
        <source>hints only, never a classification</source>
        <translation>참고용일 뿐 분류가 아님</translation>
    </message>
    <message>
        <source>Not fully confirmed: to be confirmed with the competent authority.</source>
        <translation>완전히 확인되지 않았습니다. 권한 있는 당국에 확인하십시오.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>In the handbooks</source>
        <translation>핸드북 내 언급</translation>
    </message>
    <message>
        <source>Commonly associated HS codes</source>
        <translation>주로 관련되는 HS 코드</translation>
    </message>
    <message>
        <source>Commonly associated Basel entries</source>
        <translation>주로 관련되는 바젤협약 품목</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Show resolved conflicts</source>
        <translation>해결된 충돌 표시</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>case</source>
        <translation>사안</translation>
    </message>
    <message>
        <source>party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>case event</source>
        <translation>사안 경과</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>판</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>발견 일시</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>이 컴퓨터의 판</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>수신한 판</translation>
    </message>
    <message>
        <source>Keep the version here</source>
        <translation>이 컴퓨터의 판 유지</translation>
    </message>
    <message>
        <source>Take the incoming version</source>
        <translation>수신한 판 채택</translation>
    </message>
    <message>
        <source>Here: saved by {a} on {at}{reason}. Incoming: by {b} on {at2}{reason2}.</source>
        <translation>이 컴퓨터의 판: {a}이(가) {at}에 저장{reason}. 수신한 판: {b}이(가) {at2}에 저장{reason2}.</translation>
    </message>
    <message>
        <source>Resolved: the incoming version is now current.</source>
        <translation>해결됨: 수신한 판이 현재 판이 되었습니다.</translation>
    </message>
    <message>
        <source>Resolved: the version here stays current.</source>
        <translation>해결됨: 이 컴퓨터의 판이 계속 현재 판입니다.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something went wrong inside Customs Desk. Your saved work is safe; the record you were editing is kept as a draft. Please copy the details below and send them to your IT contact or the secretariat.</source>
        <translation>Customs Desk 내부에서 문제가 발생했습니다. 저장된 작업은 안전하며, 편집 중이던 기록은 임시 저장본으로 보관되어 있습니다. 아래 세부 정보를 복사하여 IT 담당자나 사무국에 보내 주십시오.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Take-back deadlines</source>
        <translation>반송 기한</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days</source>
        <translation>기한 {n}일 경과</translation>
    </message>
    <message>
        <source>… and {n} more overdue cases (Cases page, 'Only overdue').</source>
        <translation>… 이 밖에 기한이 지난 사안이 {n}건 더 있습니다(사안 페이지의 '기한이 지난 반송만').</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>{n}일 남음</translation>
    </message>
    <message>
        <source>No take-back deadline is overdue or due this week.</source>
        <translation>기한이 지났거나 이번 주에 기한이 도래하는 반송이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DecisionAidDialog</name>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>결과 저장</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>질문 {n}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Suspected codes: {codes}</source>
        <translation>의심 코드: {codes}</translation>
    </message>
    <message>
        <source>Based on: {links}</source>
        <translation>근거: {links}</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <source>Look for USB sticks</source>
        <translation>USB 메모리 찾기</translation>
    </message>
    <message>
        <source>USB: {label}, {gb:.1f} GB free</source>
        <translation>USB: {label}, {gb:.1f} GB 사용 가능</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <source>Write the package to</source>
        <translation>패키지 저장 위치</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Your drafts</source>
        <translation>내 임시 저장본</translation>
    </message>
    <message>
        <source>Draft started {when}</source>
        <translation>임시 저장본({when} 시작)</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>임시 저장본이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>받기</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>관서</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>격리</translation>
    </message>
    <message>
        <source>Make an update</source>
        <translation>업데이트 만들기</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Customs Desk — first start</source>
        <translation>Customs Desk — 처음 시작</translation>
    </message>
    <message>
        <source>The secretariat office</source>
        <translation>사무국</translation>
    </message>
</context>
<context>
    <name>HandbooksPage</name>
    <message>
        <source>Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่</source>
        <translation>모든 핸드북 검색 — 모든 언어 가능(예: A1181, 중고 기기, 电子废物, แบตเตอรี่)</translation>
    </message>
    <message>
        <source>Search your bookmarks and notes</source>
        <translation>책갈피와 메모 검색</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>서재</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Preparing the search index…</source>
        <translation>검색 색인을 준비하는 중…</translation>
    </message>
    <message>
        <source>All handbooks</source>
        <translation>모든 핸드북</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <source>Skipped: {problem}</source>
        <translation>건너뜀: {problem}</translation>
    </message>
    <message>
        <source>Version {version} · reviewed {date} · {chapters} chapters · {language}</source>
        <translation>버전 {version} · 검토일 {date} · {chapters}개 장 · {language}</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>다른 언어:</translation>
    </message>
    <message>
        <source>The search index could not be prepared: {error}</source>
        <translation>검색 색인을 준비할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{n} results ({ms:.0f} ms)</source>
        <translation>결과 {n}건({ms:.0f} ms)</translation>
    </message>
    <message>
        <source>Did you mean &lt;a href='{s}'&gt;{s}&lt;/a&gt;?</source>
        <translation>혹시 &lt;a href='{s}'&gt;{s}&lt;/a&gt;을(를) 찾으십니까?</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the record</source>
        <translation>기록 이력</translation>
    </message>
    <message>
        <source>Revision {n} · {who} · {when}</source>
        <translation>제{n}판 · {who} · {when}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>사유: {reason}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>변경 항목: {fields}</translation>
    </message>
    <message>
        <source>(received in an exchange package)</source>
        <translation>(교환 패키지로 수신)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>{name} 님, 환영합니다</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>가져오기: {name}</translation>
    </message>
    <message>
        <source>Checking the signature and every file in the package…</source>
        <translation>패키지의 서명과 모든 파일을 확인하는 중…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>판</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Write the signed receipt beside the package</source>
        <translation>서명된 수령증을 패키지 옆에 저장</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>This package from {post} was imported before. Importing it again changes nothing.</source>
        <translation>{post}에서 보낸 이 패키지는 이미 가져왔습니다. 다시 가져와도 바뀌는 것이 없습니다.</translation>
    </message>
    <message>
        <source>Signed by {post} and intact. Nothing has been written yet: check the summary, then import.</source>
        <translation>{post}의 서명이 있고 변조되지 않았습니다. 아직 아무것도 저장하지 않았습니다. 요약을 확인한 후 가져오십시오.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>가져왔습니다.</translation>
    </message>
    <message>
        <source>The receipt {name} is beside the package: carry it back to the post.</source>
        <translation>수령증 {name}을(를) 패키지 옆에 저장했습니다. 관서로 가져가십시오.</translation>
    </message>
</context>
<context>
    <name>ImportResults</name>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>이미 있음</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Waiting for an earlier package</source>
        <translation>이전 패키지 대기</translation>
    </message>
    <message>
        <source>Rejected (quarantined)</source>
        <translation>거부(격리)</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Save draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>정정…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>철회…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>사안 개시</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>General</source>
        <translation>기본 정보</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Officers (comma-separated)</source>
        <translation>담당 직원(쉼표로 구분)</translation>
    </message>
    <message>
        <source>Type of inspection</source>
        <translation>검사 유형</translation>
    </message>
    <message>
        <source>Mode of transport</source>
        <translation>운송 수단</translation>
    </message>
    <message>
        <source>Vessel</source>
        <translation>선박명</translation>
    </message>
    <message>
        <source>Voyage</source>
        <translation>항차</translation>
    </message>
    <message>
        <source>Truck plate</source>
        <translation>차량 번호</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>편명</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>선하증권 / 항공화물운송장</translation>
    </message>
    <message>
        <source>Customs declaration number</source>
        <translation>세관 신고번호</translation>
    </message>
    <message>
        <source>Containers and seals (ISO 6346 numbers are checked)</source>
        <translation>컨테이너와 봉인(ISO 6346 번호를 검증합니다)</translation>
    </message>
    <message>
        <source>Container number</source>
        <translation>컨테이너 번호</translation>
    </message>
    <message>
        <source>Seal numbers (comma-separated)</source>
        <translation>봉인 번호(쉼표로 구분)</translation>
    </message>
    <message>
        <source>Add container</source>
        <translation>컨테이너 추가</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>선택 항목 삭제</translation>
    </message>
    <message>
        <source>Declaration and goods</source>
        <translation>신고와 물품</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>신고 HS 코드</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>신고 품명</translation>
    </message>
    <message>
        <source>Declared weight (kg)</source>
        <translation>신고 중량(kg)</translation>
    </message>
    <message>
        <source>Weight found (kg)</source>
        <translation>실측 중량(kg)</translation>
    </message>
    <message>
        <source>Declared pieces</source>
        <translation>신고 개수</translation>
    </message>
    <message>
        <source>Pieces found (unweighed)</source>
        <translation>확인 개수(중량 미측정)</translation>
    </message>
    <message>
        <source>Declared value and currency</source>
        <translation>신고 가격과 통화</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>폐기물 유형</translation>
    </message>
    <message>
        <source>Goods lines: codes are checked against the tables valid on the inspection date</source>
        <translation>물품 행: 코드는 검사일에 유효한 표와 대조합니다</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>품명</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>신고 HS</translation>
    </message>
    <message>
        <source>Suspected Basel codes</source>
        <translation>의심 바젤 코드</translation>
    </message>
    <message>
        <source>Y codes</source>
        <translation>Y 코드</translation>
    </message>
    <message>
        <source>H codes</source>
        <translation>H 코드</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>UN 번호</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>중량(kg)</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Parties and route</source>
        <translation>당사자와 경로</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>수출국</translation>
    </message>
    <message>
        <source>Transit countries (codes, comma-separated)</source>
        <translation>경유국(코드, 쉼표로 구분)</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>수입국</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>선적항</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>양하항</translation>
    </message>
    <message>
        <source>Transshipment ports (comma-separated)</source>
        <translation>환적항(쉼표로 구분)</translation>
    </message>
    <message>
        <source>Documents and risk</source>
        <translation>서류와 위험</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>통고 번호</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>이동서류</translation>
    </message>
    <message>
        <source>Test certificates (used EEE)</source>
        <translation>시험 기록(중고 기기)</translation>
    </message>
    <message>
        <source>Invoice and contract</source>
        <translation>송품장과 계약서</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>기타 서류</translation>
    </message>
    <message>
        <source>Risk indicators found</source>
        <translation>확인된 위험 지표</translation>
    </message>
    <message>
        <source>Not fully confirmed in the sources</source>
        <translation>출처에서 완전히 확인되지 않음</translation>
    </message>
    <message>
        <source>Findings and outcome</source>
        <translation>확인 사항과 처리 결과</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>확인 사항</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>핸드북 인용</translation>
    </message>
    <message>
        <source>Add citation…</source>
        <translation>인용 추가…</translation>
    </message>
    <message>
        <source>Decision aids (the answers and outcome are kept with this inspection)</source>
        <translation>판단 지원(답변과 결과는 이 검사와 함께 보관됩니다)</translation>
    </message>
    <message>
        <source>Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256.</source>
        <translation>디스크에서 사진을 추가하거나 여기에 끌어다 놓으십시오. 원본 파일은 SHA-256과 함께 변경 없이 보관됩니다.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>사진 추가…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>New inspection (draft)</source>
        <translation>새 검사(임시 저장)</translation>
    </message>
    <message>
        <source>revision {n}</source>
        <translation>제{n}판</translation>
    </message>
    <message>
        <source>from post {post} (read only)</source>
        <translation>{post} 관서의 기록(읽기 전용)</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>정정 저장…</translation>
    </message>
    <message>
        <source>Line {n}: {message}</source>
        <translation>{n}행: {message}</translation>
    </message>
    <message>
        <source>Possible duplicate: {record} has the same {what} in the last 90 days.</source>
        <translation>중복 가능성: {record}에 최근 90일 이내의 같은 {what}이(가) 있습니다.</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft.</source>
        <translation>기록을 아직 확정할 수 없습니다. 문제 {n}건이 각 항목 옆에 표시되어 있습니다. 기록은 임시 저장되었습니다.</translation>
    </message>
    <message>
        <source>Correct a finalized record</source>
        <translation>확정된 기록 정정</translation>
    </message>
    <message>
        <source>Why is the record corrected? (kept in its history)</source>
        <translation>기록을 정정하는 사유는 무엇입니까? (이력에 남습니다)</translation>
    </message>
    <message>
        <source>Withdraw the record</source>
        <translation>기록 철회</translation>
    </message>
    <message>
        <source>Why is the record withdrawn? It is kept, marked as withdrawn.</source>
        <translation>기록을 철회하는 사유는 무엇입니까? 기록은 삭제되지 않고 철회됨으로 표시되어 남습니다.</translation>
    </message>
    <message>
        <source>A draft has no history yet; it starts when the record is finalized.</source>
        <translation>임시 저장본에는 아직 이력이 없습니다. 이력은 기록을 확정한 때부터 시작됩니다.</translation>
    </message>
    <message>
        <source>Add a citation</source>
        <translation>인용 추가</translation>
    </message>
    <message>
        <source>Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):</source>
        <translation>핸드북 리더에서 복사한 인용을 붙여 넣으십시오(예: basel-at-the-border §take-back-clocks ¶3):</translation>
    </message>
    <message>
        <source>'{text}' is not a handbook citation.</source>
        <translation>'{text}'은(는) 핸드북 인용이 아닙니다.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>사진 추가</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</source>
        <translation>사진과 서류 (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>추가되지 않은 파일이 있습니다</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>위치: {lat}, {lon}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>촬영 일시</translation>
    </message>
    <message>
        <source>Added by {who} on {when}</source>
        <translation>{when}에 {who}이(가) 추가</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Caption for {name}:</source>
        <translation>{name}의 설명:</translation>
    </message>
    <message>
        <source>Unsaved correction</source>
        <translation>저장하지 않은 정정</translation>
    </message>
    <message>
        <source>Discard the changes of this correction?</source>
        <translation>이 정정의 변경 사항을 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>New inspection</source>
        <translation>새 검사</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>철회 제외</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>모든 처리 결과</translation>
    </message>
    <message>
        <source>All waste streams</source>
        <translation>모든 폐기물 유형</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This installation's key</source>
        <translation>이 컴퓨터의 키</translation>
    </message>
    <message>
        <source>Send the key file to the other side, then read this fingerprint to them by phone so they can check it before they trust it.</source>
        <translation>키 파일을 상대방에게 보낸 다음, 이 지문을 전화로 읽어 주십시오. 상대방은 키를 신뢰하기 전에 이것으로 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Save my key file…</source>
        <translation>내 키 파일 저장…</translation>
    </message>
    <message>
        <source>Keys this installation trusts</source>
        <translation>이 컴퓨터가 신뢰하는 키</translation>
    </message>
    <message>
        <source>post</source>
        <translation>관서</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>사무국</translation>
    </message>
    <message>
        <source>revoked {day}: {reason}</source>
        <translation>{day} 폐기: {reason}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>신뢰함</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>관서</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>신뢰 시작일</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Trust a key file…</source>
        <translation>키 파일 신뢰…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>폐기…</translation>
    </message>
    <message>
        <source>Save the key file to</source>
        <translation>키 파일 저장 위치</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Trust a key file</source>
        <translation>키 파일 신뢰</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Customs Desk 키 (*.cdkey)</translation>
    </message>
    <message>
        <source>Now trusting {name} ({code}).</source>
        <translation>이제 {name}({code})을(를) 신뢰합니다.</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>먼저 키를 선택하십시오.</translation>
    </message>
    <message>
        <source>The key of {post} is revoked.</source>
        <translation>{post}의 키가 폐기되었습니다.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Where is this computer used?</source>
        <translation>이 컴퓨터를 어디에서 사용합니까?</translation>
    </message>
    <message>
        <source>Customs Desk keeps all data on this computer. Border posts record inspections and send them to the secretariat on a USB stick; the secretariat consolidates the posts' records and sends updates back.</source>
        <translation>Customs Desk는 모든 데이터를 이 컴퓨터에 보관합니다. 국경 관서는 검사를 기록하여 USB 메모리로 사무국에 보내고, 사무국은 각 관서의 기록을 취합하여 업데이트를 다시 보냅니다.</translation>
    </message>
    <message>
        <source>At a border post (customs office, port, land crossing)</source>
        <translation>국경 관서(세관, 항만, 육상 국경 통과 지점)</translation>
    </message>
    <message>
        <source>At the secretariat of the Asian Network</source>
        <translation>아시아 네트워크 사무국</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Customs Desk</source>
        <translation>Customs Desk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Choose the language of the interface. You can change it later in Settings. Handbooks keep their own language.</source>
        <translation>화면 언어를 선택하십시오. 나중에 설정에서 바꿀 수 있습니다. 핸드북은 각자의 언어를 유지합니다.</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>received</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>발신</translation>
    </message>
    <message>
        <source>records</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>수령증</translation>
    </message>
    <message>
        <source>update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>With</source>
        <translation>상대</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>수령 확인</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Customs Desk</source>
        <translation>로그인 — Customs Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>직원 번호(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Enter your badge number.</source>
        <translation>직원 번호를 입력하십시오.</translation>
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
        <translation>{name}({role})</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>사무국</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>잠금(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Customs Desk</source>
        <translation>Customs Desk 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MakeUpdateTab</name>
    <message>
        <source>Alerts and watch lists</source>
        <translation>경보와 감시 목록</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Party or route</source>
        <translation>당사자 또는 경로</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>Add an alert</source>
        <translation>경보 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Handbooks, codes and keys</source>
        <translation>핸드북, 코드, 키</translation>
    </message>
    <message>
        <source>Add a handbook folder…</source>
        <translation>핸드북 폴더 추가…</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>핸드북</translation>
    </message>
    <message>
        <source>a reference-code dataset folder (optional)</source>
        <translation>참조 코드 데이터 세트 폴더(선택)</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>참조 코드</translation>
    </message>
    <message>
        <source>Add a post's key file…</source>
        <translation>관서 키 파일 추가…</translation>
    </message>
    <message>
        <source>Keys for posts to trust</source>
        <translation>관서가 신뢰할 키</translation>
    </message>
    <message>
        <source>For the posts</source>
        <translation>대상 관서</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>Make the update package</source>
        <translation>업데이트 패키지 만들기</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Party to watch</source>
        <translation>감시 대상 당사자</translation>
    </message>
    <message>
        <source>Route of concern</source>
        <translation>우려 경로</translation>
    </message>
    <message>
        <source>Handbook folder</source>
        <translation>핸드북 폴더</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>Customs Desk keys (*.cdkey)</source>
        <translation>Customs Desk 키 (*.cdkey)</translation>
    </message>
    <message>
        <source>Choose where to write the update.</source>
        <translation>업데이트를 저장할 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose at least one post.</source>
        <translation>관서를 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Wrote {path} for {n} posts.</source>
        <translation>관서 {n}곳에 보낼 {path}을(를) 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Competent authority notified</source>
        <translation>권한 있는 당국에 통보</translation>
    </message>
    <message>
        <source>Does not start a clock</source>
        <translation>기한이 시작되지 않음</translation>
    </message>
    <message>
        <source>Starts: {clock}</source>
        <translation>시작되는 기한: {clock}</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>당국</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Date informed</source>
        <translation>통보일</translation>
    </message>
    <message>
        <source>How (e-mail, letter, focal point…)</source>
        <translation>방법(이메일, 서한, 연락기관 등)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <source>Take-back clock</source>
        <translation>반송 기한</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>핸드북</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사안</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>PDF reports: records, notices, registers, summaries</source>
        <translation>PDF 보고서: 기록, 통지서, 대장, 요약</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>자료 교환</translation>
    </message>
    <message>
        <source>Packages on USB sticks: send, import, receipts, updates, keys</source>
        <translation>USB 메모리 패키지: 보내기, 가져오기, 수령증, 업데이트, 키</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>This is a person (removed from non-nominal exports)</source>
        <translation>개인임(비실명 내보내기에서는 삭제됨)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>등록 번호</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>Type a name to find the party</source>
        <translation>이름을 입력하여 당사자 찾기</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>새로 만들기…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>⚑ on the watch list</source>
        <translation>⚑ 감시 목록에 있음</translation>
    </message>
    <message>
        <source>Watch list from the secretariat: {title}</source>
        <translation>사무국 감시 목록: {title}</translation>
    </message>
    <message>
        <source>⚠ {n} earlier findings</source>
        <translation>⚠ 이전 적발 {n}건</translation>
    </message>
    <message>
        <source>This party appears in {n} inspections that were not simply released.</source>
        <translation>이 당사자는 단순 반출 허용으로 끝나지 않은 검사 {n}건에 기재되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>다시 입력</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>The border post</source>
        <translation>국경 관서</translation>
    </message>
    <message>
        <source>The post code starts every record number made here (for example SGP-TUAS-2026-00042), so keep it short and never reuse another post's code.</source>
        <translation>관서 코드는 이곳에서 만드는 모든 기록 번호의 앞부분이 됩니다(예: SGP-TUAS-2026-00042). 짧게 정하고, 다른 관서의 코드를 절대 재사용하지 마십시오.</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>관서 코드</translation>
    </message>
    <message>
        <source>Post name</source>
        <translation>관서명</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>국가 또는 지역</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>기타 국가</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Agency (for report headers)</source>
        <translation>기관명(보고서 머리글용)</translation>
    </message>
    <message>
        <source>e.g. SGP-TUAS</source>
        <translation>예: SGP-TUAS</translation>
    </message>
    <message>
        <source>e.g. Tuas Checkpoint</source>
        <translation>예: Tuas Checkpoint</translation>
    </message>
    <message>
        <source>e.g. Singapore Customs</source>
        <translation>예: 싱가포르 세관</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>기타…</translation>
    </message>
</context>
<context>
    <name>PostsTab</name>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>관서</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>최근 패키지</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>패키지 수</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>검사 수</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>진행 중인 사안</translation>
    </message>
    <message>
        <source>Overdue take-backs</source>
        <translation>기한이 지난 반송</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>격리됨</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>모두 선택</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>자세한 정보 표시...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>자세한 정보 숨기기...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>모두 저장</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>모두 예(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>모두 아니요(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>기본값 복원</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>링크 주소 복사(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <source>Records that arrived but could not be accepted, with the reason. The rest of their package was imported. The post sees the reasons in its receipt.</source>
        <translation>수신했지만 받아들일 수 없었던 기록과 그 사유입니다. 같은 패키지의 나머지 기록은 가져왔습니다. 관서는 수령증에서 사유를 확인합니다.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>관서</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>판</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>수신 일시</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Copy citation</source>
        <translation>인용 복사</translation>
    </message>
    <message>
        <source>Bookmark this paragraph</source>
        <translation>이 단락에 책갈피</translation>
    </message>
    <message>
        <source>Add a note to this paragraph…</source>
        <translation>이 단락에 메모 추가…</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Find in this chapter</source>
        <translation>이 장에서 찾기</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>작게</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>크게</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>인용 복사</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>책갈피</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>메모…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>PDF로 인쇄…</translation>
    </message>
    <message>
        <source>Source on the web</source>
        <translation>웹 출처</translation>
    </message>
    <message>
        <source>This source is on the web; open it on a computer with a network:
{url}</source>
        <translation>이 출처는 웹에 있습니다. 네트워크에 연결된 컴퓨터에서 여십시오:
{url}</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>주소 복사</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Your note on {citation}:</source>
        <translation>{citation}에 대한 메모:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>PDF로 인쇄</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <source>Packages on USB sticks are listed here. Open one: records packages are checked and shown before anything is imported; receipts mark your records as received; updates bring handbooks, codes and alerts from the secretariat.</source>
        <translation>USB 메모리에 있는 패키지가 여기에 표시됩니다. 패키지를 여십시오. 기록 패키지는 가져오기 전에 확인하여 내용을 보여 줍니다. 수령증은 보낸 기록을 수신됨으로 표시합니다. 업데이트는 사무국의 핸드북, 코드, 경보를 전달합니다.</translation>
    </message>
    <message>
        <source>Open a package file…</source>
        <translation>패키지 파일 열기…</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>다시 찾기</translation>
    </message>
    <message>
        <source>records</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>수령증</translation>
    </message>
    <message>
        <source>update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>{name} — {kind} from {sender}, made {created}</source>
        <translation>{name} — {sender}에서 보낸 {kind}, 작성 {created}</translation>
    </message>
    <message>
        <source>Open a package</source>
        <translation>패키지 열기</translation>
    </message>
    <message>
        <source>Customs Desk packages (*.cdx)</source>
        <translation>Customs Desk 패키지 (*.cdx)</translation>
    </message>
    <message>
        <source>Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined.</source>
        <translation>{name}을(를) 가져왔습니다: 신규 {new}건, 갱신 {updated}건, 충돌 {conflict}건, 격리 {rejected}건.</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>업데이트를 적용했습니다.</translation>
    </message>
    <message>
        <source>The secretariat confirmed the package. {received} of {total} record versions are now received.</source>
        <translation>사무국이 패키지 수령을 확인했습니다. 기록 판 {total}건 중 {received}건이 수신 완료되었습니다.</translation>
    </message>
    <message>
        <source>{n} were refused there and will be sent again after correction: {reasons}</source>
        <translation>{n}건은 사무국에서 거부되었으며 정정 후 다시 보내집니다: {reasons}</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>개시일</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>관서</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Art. 9 grounds</source>
        <translation>제9조 해당 사유</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>기한 유형</translation>
    </message>
    <message>
        <source>State informed</source>
        <translation>국가 통보일</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>처리 경로</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결일</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>최종 변경</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>운송 수단</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>B/L 또는 AWB</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>신고번호</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>수출자</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>수입자</translation>
    </message>
    <message>
        <source>From</source>
        <translation>수출국</translation>
    </message>
    <message>
        <source>To</source>
        <translation>수입국</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>폐기물 유형</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>바젤 코드</translation>
    </message>
    <message>
        <source>Declared HS</source>
        <translation>신고 HS</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>중량(kg)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>담당 직원</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Filter: number, container, bill of lading, party, code, country…</source>
        <translation>필터: 번호, 컨테이너, 선하증권, 당사자, 코드, 국가…</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>필터 저장…</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>기록 {n}건</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>저장된 필터</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>필터 저장</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>이 필터의 이름:</translation>
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
        <translation>이 기록의 PDF를 만들어 열기</translation>
    </message>
    <message>
        <source>Making PDF…</source>
        <translation>PDF 만드는 중…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>PDF documents open in the PDF viewer of this computer. Reports for one record can also be made from the record itself (PDF button).</source>
        <translation>PDF 문서는 이 컴퓨터의 PDF 뷰어로 열립니다. 기록 하나에 대한 보고서는 해당 기록 화면(PDF 버튼)에서도 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Words to find: number, container, party, code…</source>
        <translation>찾을 단어: 번호, 컨테이너, 당사자, 코드…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Default: a file in {folder}</source>
        <translation>기본값: {folder} 안의 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>폐기물 유형</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>용지 크기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Create PDF</source>
        <translation>PDF 만들기</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Inspection number, e.g. SGP-TUAS-2026-00042</source>
        <translation>검사 번호(예: SGP-TUAS-2026-00042)</translation>
    </message>
    <message>
        <source>Case number, e.g. SGP-TUAS-C2026-0007</source>
        <translation>사안 번호(예: SGP-TUAS-C2026-0007)</translation>
    </message>
    <message>
        <source>Enter the number of the record.</source>
        <translation>기록 번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>기간의 종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Making {name}…</source>
        <translation>{name} 만드는 중…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} 저장됨</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>{path}을(를) 열 수 있는 PDF 뷰어가 없습니다.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>보고서 저장 위치</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>사본 저장 위치</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>사본을 {path}(으)로 저장했습니다</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke the key of {post}</source>
        <translation>{post}의 키 폐기</translation>
    </message>
    <message>
        <source>Packages signed with this key will be refused from now on. Do this when a PC or key file is lost or stolen. A revoked key cannot be trusted again.</source>
        <translation>이 키로 서명된 패키지는 앞으로 거부됩니다. PC나 키 파일을 분실하거나 도난당했을 때 이 작업을 하십시오. 폐기한 키는 다시 신뢰할 수 없습니다.</translation>
    </message>
    <message>
        <source>Why? e.g. laptop stolen on 12 May</source>
        <translation>사유(예: 5월 12일 노트북 도난)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>폐기</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Send records to the secretariat</source>
        <translation>사무국에 기록 보내기</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>Send everything again (not only what the secretariat has not confirmed)</source>
        <translation>모두 다시 보내기(사무국이 확인하지 않은 것만이 아니라)</translation>
    </message>
    <message>
        <source>Non-nominal: remove the names of individuals</source>
        <translation>비실명: 개인 이름 삭제</translation>
    </message>
    <message>
        <source>Officers' names and the names of parties who are persons are replaced by '(withheld)'; companies stay named. Audit events are not included.</source>
        <translation>직원 이름과 개인인 당사자의 이름은 '(withheld)'로 바뀝니다. 회사 이름은 그대로 남습니다. 감사 이벤트는 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>Write the package</source>
        <translation>패키지 저장</translation>
    </message>
    <message>
        <source>The secretariat's key is not trusted yet. Get its key file and trust it on the Keys tab; packages are encrypted so that only the secretariat can read them.</source>
        <translation>사무국의 키를 아직 신뢰하지 않았습니다. 사무국의 키 파일을 받아 '키' 탭에서 신뢰하십시오. 패키지는 사무국만 읽을 수 있도록 암호화됩니다.</translation>
    </message>
    <message>
        <source>{received} of {total} record versions are confirmed received by the secretariat; {waiting} are waiting to be sent or confirmed.</source>
        <translation>기록 판 {total}건 중 {received}건은 사무국의 수신 확인이 끝났습니다. {waiting}건은 발송 또는 확인을 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>패키지를 저장할 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for the secretariat and signed by this post. Remove the USB stick safely, then carry it.</source>
        <translation>{file}을(를) 저장했습니다: 기록 판 {n}건, 사진과 파일 {files}건. 사무국만 열 수 있도록 암호화되었고 이 관서의 서명이 있습니다. USB 메모리를 안전하게 제거한 후 가져가십시오.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>Paper size for reports</source>
        <translation>보고서 용지 크기</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>자동 잠금 시간</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>The first supervisor</source>
        <translation>첫 번째 감독자</translation>
    </message>
    <message>
        <source>Supervisors add officers' accounts and may correct finalized records. Officers share this computer, so each signs in with a badge number and password.</source>
        <translation>감독자는 직원 계정을 추가하고 확정된 기록을 정정할 수 있습니다. 직원들이 이 컴퓨터를 함께 쓰므로 각자 직원 번호와 비밀번호로 로그인합니다.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>직원 번호</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>두 비밀번호가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a key</source>
        <translation>키 신뢰</translation>
    </message>
    <message>
        <source>the secretariat</source>
        <translation>사무국</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>관서</translation>
    </message>
    <message>
        <source>This key file says it belongs to {name} ({code}, {country}), {kind}. Anyone can write such a file: call the sender on a number you already know and have them read their fingerprint (Exchange ▸ Keys). Trust the key only if it matches.</source>
        <translation>이 키 파일에는 {kind}인 {name}({code}, {country})의 키라고 적혀 있습니다. 이런 파일은 누구나 만들 수 있습니다. 이미 알고 있는 번호로 보낸 사람에게 전화하여 지문을 읽어 달라고 하십시오(자료 교환 ▸ 키). 일치할 때만 키를 신뢰하십시오.</translation>
    </message>
    <message>
        <source>optional: type what the sender reads to you</source>
        <translation>선택: 보낸 사람이 읽어 주는 내용을 입력</translation>
    </message>
    <message>
        <source>Fingerprint read by phone</source>
        <translation>전화로 들은 지문</translation>
    </message>
    <message>
        <source>I compared the fingerprint with the sender</source>
        <translation>보낸 사람과 지문을 대조했습니다</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>이 키 신뢰</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ 일치</translation>
    </message>
    <message>
        <source>Does not match (yet). Do not trust a key that does not match.</source>
        <translation>(아직) 일치하지 않습니다. 일치하지 않는 키는 신뢰하지 마십시오.</translation>
    </message>
    <message>
        <source>Type at least 16 characters.</source>
        <translation>16자 이상 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Locked — Customs Desk</source>
        <translation>잠김 — Customs Desk</translation>
    </message>
    <message>
        <source>The session was locked after a period without use. {name}, type your password to continue, or sign out so another officer can sign in. Unsaved drafts are kept.</source>
        <translation>일정 시간 사용하지 않아 세션이 잠겼습니다. {name} 님, 계속하려면 비밀번호를 입력하십시오. 다른 직원이 로그인하려면 로그아웃하십시오. 저장하지 않은 임시 저장본은 보관됩니다.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>비밀번호가 틀렸습니다.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Update {name}</source>
        <translation>업데이트: {name}</translation>
    </message>
    <message>
        <source>Checking the secretariat's signature…</source>
        <translation>사무국 서명을 확인하는 중…</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>업데이트 적용</translation>
    </message>
    <message>
        <source>Reference codes</source>
        <translation>참조 코드</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Handbooks</source>
        <translation>핸드북</translation>
    </message>
    <message>
        <source>Alerts and watch lists</source>
        <translation>경보와 감시 목록</translation>
    </message>
    <message>
        <source>Keys to trust</source>
        <translation>신뢰할 키</translation>
    </message>
    <message>
        <source>Keys to revoke</source>
        <translation>폐기할 키</translation>
    </message>
    <message>
        <source>This update was applied before; nothing to do.</source>
        <translation>이 업데이트는 이미 적용되었습니다. 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Signed by the secretariat and intact. Nothing has been changed yet.</source>
        <translation>사무국의 서명이 있고 변조되지 않았습니다. 아직 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Update applied.</source>
        <translation>업데이트를 적용했습니다.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>직원 번호</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>비활성</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>사용자 계정</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>사용자 추가…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>비밀번호 설정…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>비활성화 / 활성화</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>비밀번호가 변경되었습니다.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source> Before that, consider {codes}.</source>
        <translation> 그 이전에는 {codes}을(를) 검토하십시오.</translation>
    </message>
    <message>
        <source> Did you mean {codes}?</source>
        <translation> 혹시 {codes}입니까?</translation>
    </message>
    <message>
        <source> See {codes}.</source>
        <translation> {codes}을(를) 참조하십시오.</translation>
    </message>
    <message>
        <source> … [{n} more characters not printed]</source>
        <translation> … [나머지 {n}자는 인쇄되지 않음]</translation>
    </message>
    <message>
        <source>'{answer}' is not an answer to this question.</source>
        <translation>'{answer}'은(는) 이 질문에 대한 답변이 아닙니다.</translation>
    </message>
    <message>
        <source>'{code}' is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).</source>
        <translation>'{code}'은(는) 바젤 코드(예: A1181, Y49, B3011)도 HS 코드(예: 8549.11)도 아닙니다.</translation>
    </message>
    <message>
        <source>'{code}' is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.</source>
        <translation>'{code}'은(는) HS 코드가 아닙니다. 4자리 또는 6자리로 입력하십시오(예: 8549 또는 8549.11).</translation>
    </message>
    <message>
        <source>'{code}' is not an ISO 4217 currency code (e.g. USD, VND, THB).</source>
        <translation>'{code}'은(는) ISO 4217 통화 코드가 아닙니다(예: USD, VND, THB).</translation>
    </message>
    <message>
        <source>'{selector}' matches several keys; give more of the fingerprint.</source>
        <translation>'{selector}'과(와) 일치하는 키가 여러 개입니다. 지문을 더 길게 입력하십시오.</translation>
    </message>
    <message>
        <source>'{text}' is not a handbook citation.</source>
        <translation>'{text}'은(는) 핸드북 인용이 아닙니다.</translation>
    </message>
    <message>
        <source>'{value}' is not a UN number; write UN and four digits, e.g. UN3480.</source>
        <translation>'{value}'은(는) UN 번호가 아닙니다. UN과 숫자 4자리로 입력하십시오(예: UN3480).</translation>
    </message>
    <message>
        <source>'{value}' is not an ISO 3166 country code (e.g. VN, TH, HK).</source>
        <translation>'{value}'은(는) ISO 3166 국가 코드가 아닙니다(예: VN, TH, HK).</translation>
    </message>
    <message>
        <source>'{value}' is not an ISO 3166 country code.</source>
        <translation>'{value}'은(는) ISO 3166 국가 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) 모든 관계국에 통고하지 않음</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) 관계국의 동의를 받지 않음</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) 위조, 허위 진술 또는 사기로 동의를 받음</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) 서류와 중대하게 다름</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) 고의적 처리(투기)</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(설명 없음)</translation>
    </message>
    <message>
        <source>(not in the reference tables)</source>
        <translation>(참조표에 없음)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(기록되지 않음)</translation>
    </message>
    <message>
        <source>(nothing to print)</source>
        <translation>(인쇄할 내용 없음)</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 500.</source>
        <translation>--limit은 1에서 500 사이여야 합니다.</translation>
    </message>
    <message>
        <source>--records must be between 1 and 2000000.</source>
        <translation>--records는 1에서 2000000 사이여야 합니다.</translation>
    </message>
    <message>
        <source>--revoke {fp}: give the fingerprint of one trusted key.</source>
        <translation>--revoke {fp}: 신뢰하는 키 하나의 지문을 입력하십시오.</translation>
    </message>
    <message>
        <source>1. Reporting Party</source>
        <translation>1. 보고 당사국</translation>
    </message>
    <message>
        <source>10. Penalties and legal proceedings</source>
        <translation>10. 처벌 및 법적 절차</translation>
    </message>
    <message>
        <source>11. Remarks</source>
        <translation>11. 비고</translation>
    </message>
    <message>
        <source>12. Certification</source>
        <translation>12. 확인</translation>
    </message>
    <message>
        <source>2. The case</source>
        <translation>2. 사안</translation>
    </message>
    <message>
        <source>3. Type of illegal traffic (Article 9(1))</source>
        <translation>3. 불법거래 유형(Article 9(1))</translation>
    </message>
    <message>
        <source>4. States concerned</source>
        <translation>4. 관계국</translation>
    </message>
    <message>
        <source>5. Persons involved</source>
        <translation>5. 관련자</translation>
    </message>
    <message>
        <source>6. The waste</source>
        <translation>6. 폐기물</translation>
    </message>
    <message>
        <source>7. Documents</source>
        <translation>7. 서류</translation>
    </message>
    <message>
        <source>8. Transport</source>
        <translation>8. 운송</translation>
    </message>
    <message>
        <source>9. Responsibility and action taken (Article 9(2) to 9(4))</source>
        <translation>9. 책임 및 조치 사항(Article 9(2)~9(4))</translation>
    </message>
    <message>
        <source>A note can have at most {n} characters.</source>
        <translation>메모는 최대 {n}자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Action at the border</source>
        <translation>국경 조치</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>판단 지원</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>항공</translation>
    </message>
    <message>
        <source>Answer every question before saving the result.</source>
        <translation>결과를 저장하기 전에 모든 질문에 답하십시오.</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>제8조: 90일(합법적 화물의 재수입)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>제9조: 국가가 통보받은 날부터 30일</translation>
    </message>
    <message>
        <source>Ask a supervisor.</source>
        <translation>감독자에게 요청하십시오.</translation>
    </message>
    <message>
        <source>Authorities notified</source>
        <translation>통보한 당국</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>당국</translation>
    </message>
    <message>
        <source>Basel</source>
        <translation>바젤</translation>
    </message>
    <message>
        <source>Basel Annex VIII / IX codes</source>
        <translation>바젤협약 부속서 VIII / IX 코드</translation>
    </message>
    <message>
        <source>Basel codes</source>
        <translation>바젤 코드</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>선하증권 / 항공화물운송장</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>By country of export</source>
        <translation>수출국별</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>월별</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>처리 결과별</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>관서별</translation>
    </message>
    <message>
        <source>By waste stream</source>
        <translation>폐기물 유형별</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>Cannot be assigned (Art. 9(4))</source>
        <translation>책임자를 특정할 수 없음(Art. 9(4))</translation>
    </message>
    <message>
        <source>Cannot sort by '{column}'.</source>
        <translation>'{column}'(으)로 정렬할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path}에 쓸 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>운송자</translation>
    </message>
    <message>
        <source>Carrier(s)</source>
        <translation>운송자</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사안</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>사안 기록부</translation>
    </message>
    <message>
        <source>Case finished ({status}).</source>
        <translation>사안 종결({status}).</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>사안 번호</translation>
    </message>
    <message>
        <source>Case opened from inspection {number}.</source>
        <translation>검사 {number}에서 사안을 개시했습니다.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사안</translation>
    </message>
    <message>
        <source>Cases are opened by the post that made the inspection.</source>
        <translation>사안은 검사를 실시한 관서가 개시합니다.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>도표</translation>
    </message>
    <message>
        <source>Check that the drive is connected and the folder is readable.</source>
        <translation>드라이브가 연결되어 있고 폴더를 읽을 수 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Choose 'post' or 'secretariat'.</source>
        <translation>'post' 또는 'secretariat'를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose a bookmark or a note.</source>
        <translation>책갈피나 메모를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>목록에서 국가를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>목록에서 시간대를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the mode of transport.</source>
        <translation>운송 수단을 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>처리 결과를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the type of inspection.</source>
        <translation>검사 유형을 선택하십시오.</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>기한 유형</translation>
    </message>
    <message>
        <source>Close other Customs Desk windows or programs using this data folder and try again. Nothing was changed.</source>
        <translation>다른 Customs Desk 창이나 이 데이터 폴더를 사용하는 프로그램을 닫고 다시 시도하십시오. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>종결일</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Codes and their titles</source>
        <translation>코드와 명칭</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>업체 현장 방문</translation>
    </message>
    <message>
        <source>Competent authority or focal point</source>
        <translation>권한 있는 당국 또는 연락기관</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>불법거래 확인</translation>
    </message>
    <message>
        <source>Consent of the States concerned</source>
        <translation>관계국의 동의</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Contact the post below, quoting reference {ref}.</source>
        <translation>참조 번호 {ref}을(를) 기재하여 아래 관서에 연락하십시오.</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Containers and seals</source>
        <translation>컨테이너와 봉인</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>운송 수단 정보</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Country of export</source>
        <translation>수출국</translation>
    </message>
    <message>
        <source>Country of import</source>
        <translation>수입국</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>세관 신고</translation>
    </message>
    <message>
        <source>DRAFT: this record is not finalized and may still change.</source>
        <translation>임시 저장: 이 기록은 확정되지 않았으며 아직 바뀔 수 있습니다.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>완료일</translation>
    </message>
    <message>
        <source>Date of this report</source>
        <translation>이 보고서 작성일</translation>
    </message>
    <message>
        <source>Date the State was informed</source>
        <translation>국가가 통보받은 날</translation>
    </message>
    <message>
        <source>Date the case was confirmed</source>
        <translation>사안 확인일</translation>
    </message>
    <message>
        <source>Date the shipment was detected</source>
        <translation>화물 적발일</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Deadline and clock</source>
        <translation>기한과 기한 유형</translation>
    </message>
    <message>
        <source>Decision aid {id} is invalid: {problems}</source>
        <translation>판단 지원 {id}이(가) 유효하지 않습니다: {problems}</translation>
    </message>
    <message>
        <source>Decision aids</source>
        <translation>판단 지원</translation>
    </message>
    <message>
        <source>Declared HS code</source>
        <translation>신고 HS 코드</translation>
    </message>
    <message>
        <source>Declared as</source>
        <translation>신고 품명</translation>
    </message>
    <message>
        <source>Declared description</source>
        <translation>신고 품명</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>신고 가격</translation>
    </message>
    <message>
        <source>Describe at least one line of goods.</source>
        <translation>물품을 한 행 이상 기재하십시오.</translation>
    </message>
    <message>
        <source>Describe the indicator.</source>
        <translation>지표 내용을 기재하십시오.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>품명</translation>
    </message>
    <message>
        <source>Designation and description</source>
        <translation>명칭 및 설명</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>유치</translation>
    </message>
    <message>
        <source>Detention or seizure notice</source>
        <translation>유치 또는 압수 통지서</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>다른 곳에서 처리(Art. 9(4))</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>수입국에서 처리</translation>
    </message>
    <message>
        <source>Disposal or recovery operation (Annex IV)</source>
        <translation>처리 또는 재활용 작업(부속서 IV)</translation>
    </message>
    <message>
        <source>Disposer or recovery facility</source>
        <translation>처리자 또는 재활용 시설</translation>
    </message>
    <message>
        <source>Do not start or end the password with spaces.</source>
        <translation>비밀번호의 앞뒤에 공백을 넣지 마십시오.</translation>
    </message>
    <message>
        <source>Document {id} · content hash {hash} · Customs Desk {version}</source>
        <translation>문서 {id} · 내용 해시 {hash} · Customs Desk {version}</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>서류 심사</translation>
    </message>
    <message>
        <source>Documents presented</source>
        <translation>제출된 서류</translation>
    </message>
    <message>
        <source>Draft structure: the official form's fields could not be confirmed. The fields below follow Article 9 of the Basel Convention and the information required on notification and movement documents (Annex V A and V B). Check them against the current form published by the Secretariat of the Basel Convention before sending, and complete every field marked [to complete].</source>
        <translation>임시 구조: 공식 양식의 항목을 확인하지 못했습니다. 아래 항목은 바젤협약 제9조와 통고서 및 이동서류에 필요한 정보(부속서 V A 및 V B)를 따릅니다. 보내기 전에 바젤협약 사무국이 공표한 최신 양식과 대조하고, [작성 필요]로 표시된 모든 항목을 작성하십시오.</translation>
    </message>
    <message>
        <source>Empty seal number.</source>
        <translation>봉인 번호가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Enter the date and time of the inspection, with its time zone.</source>
        <translation>검사 일시를 시간대와 함께 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the name of the border post.</source>
        <translation>국경 관서의 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the officer's full name.</source>
        <translation>직원의 성명을 입력하십시오.</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>수출자</translation>
    </message>
    <message>
        <source>Exporter or generator (Art. 9(2))</source>
        <translation>수출자 또는 발생자(Art. 9(2))</translation>
    </message>
    <message>
        <source>Exporter or notifier</source>
        <translation>수출자 또는 통고자</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Finalize the inspection before opening a case from it.</source>
        <translation>사안을 개시하기 전에 검사를 확정하십시오.</translation>
    </message>
    <message>
        <source>Finalized records are never deleted; withdraw it with a reason instead.</source>
        <translation>확정된 기록은 삭제되지 않습니다. 대신 사유를 적어 철회하십시오.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>확인 사항</translation>
    </message>
    <message>
        <source>For the customs post</source>
        <translation>세관 관서 기재란</translation>
    </message>
    <message>
        <source>Form for reporting a confirmed case of illegal traffic (draft)</source>
        <translation>확인된 불법거래 사안 보고 양식(초안)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>수출국</translation>
    </message>
    <message>
        <source>Functionality test certificates</source>
        <translation>기능 시험 성적서</translation>
    </message>
    <message>
        <source>Generated {time} ({zone}) by {officer}</source>
        <translation>{time}({zone})에 {officer}이(가) 작성</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>발생자</translation>
    </message>
    <message>
        <source>Give the currency of the declared value.</source>
        <translation>신고 가격의 통화를 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the filter a name.</source>
        <translation>필터 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Goods found:</source>
        <translation>확인된 물품:</translation>
    </message>
    <message>
        <source>Grounds (Article 9(1))</source>
        <translation>해당 사유(Article 9(1))</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>H codes (Annex III)</source>
        <translation>H 코드(부속서 III)</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>HS 코드</translation>
    </message>
    <message>
        <source>Handbook citations</source>
        <translation>핸드북 인용</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>해시</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>종결 내용</translation>
    </message>
    <message>
        <source>How the case ended</source>
        <translation>사안 종결 내용</translation>
    </message>
    <message>
        <source>Illegal traffic form (draft)</source>
        <translation>불법거래 양식(초안)</translation>
    </message>
    <message>
        <source>Illegal traffic reporting form (draft)</source>
        <translation>불법거래 보고 양식(초안)</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>수입자 / 수하인</translation>
    </message>
    <message>
        <source>Importer or consignee</source>
        <translation>수입자 또는 수하인</translation>
    </message>
    <message>
        <source>Importer or disposer (Art. 9(3))</source>
        <translation>수입자 또는 처리자(Art. 9(3))</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>내륙 수로</translation>
    </message>
    <message>
        <source>Inspected at</source>
        <translation>검사 일시</translation>
    </message>
    <message>
        <source>Inspecting officer</source>
        <translation>검사 담당 직원</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Inspection reference</source>
        <translation>검사 참조 번호</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>검사 보고서</translation>
    </message>
    <message>
        <source>Inspection type</source>
        <translation>검사 유형</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Inspections by month</source>
        <translation>월별 검사</translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation>처리 결과별 검사</translation>
    </message>
    <message>
        <source>Inspections without a weight</source>
        <translation>중량 기록이 없는 검사</translation>
    </message>
    <message>
        <source>Install the newer version of Customs Desk. The database was not changed.</source>
        <translation>Customs Desk 최신 버전을 설치하십시오. 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>처리 예정 시설</translation>
    </message>
    <message>
        <source>Invoice or contract</source>
        <translation>송품장 또는 계약서</translation>
    </message>
    <message>
        <source>Later revisions build on the version here; keep it, and ask the post to correct the record.</source>
        <translation>이후의 판들이 이 컴퓨터의 판을 바탕으로 합니다. 이 컴퓨터의 판을 유지하고, 관서에 기록 정정을 요청하십시오.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>법적 근거</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>운송 수단</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Movement document</source>
        <translation>이동서류</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Name at least one officer.</source>
        <translation>직원을 한 명 이상 입력하십시오.</translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation>통보한 당국의 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>성명:</translation>
    </message>
    <message>
        <source>National case reference</source>
        <translation>국내 사안 참조 번호</translation>
    </message>
    <message>
        <source>No authority notified yet.</source>
        <translation>아직 통보한 당국이 없습니다.</translation>
    </message>
    <message>
        <source>No case {key}.</source>
        <translation>사안 {key}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>진행 중인 기한이 없습니다.</translation>
    </message>
    <message>
        <source>No codes recorded.</source>
        <translation>기록된 코드가 없습니다.</translation>
    </message>
    <message>
        <source>No conflict #{id}.</source>
        <translation>충돌 #{id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>데이터가 없습니다.</translation>
    </message>
    <message>
        <source>No decision aid '{id}'.</source>
        <translation>판단 지원 '{id}'이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No decision aid was run for this record.</source>
        <translation>이 기록에 대해 실행한 판단 지원이 없습니다.</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>경과 기록이 없습니다.</translation>
    </message>
    <message>
        <source>No goods lines recorded.</source>
        <translation>기록된 물품 행이 없습니다.</translation>
    </message>
    <message>
        <source>No ground recorded yet.</source>
        <translation>아직 기록된 해당 사유가 없습니다.</translation>
    </message>
    <message>
        <source>No handbook '{id}' in the library.</source>
        <translation>서재에 핸드북 '{id}'이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No imported records package {id}.</source>
        <translation>가져온 기록 패키지 {id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No inspection matches.</source>
        <translation>일치하는 검사가 없습니다.</translation>
    </message>
    <message>
        <source>No inspection {key}.</source>
        <translation>검사 {key}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No parties recorded.</source>
        <translation>기록된 당사자가 없습니다.</translation>
    </message>
    <message>
        <source>No permission to write {path}.</source>
        <translation>{path}에 쓸 권한이 없습니다.</translation>
    </message>
    <message>
        <source>No photos or documents attached.</source>
        <translation>첨부된 사진이나 서류가 없습니다.</translation>
    </message>
    <message>
        <source>No recipient key is trusted yet; trust the secretariat's key (or the post's) first.</source>
        <translation>아직 신뢰하는 수신자 키가 없습니다. 먼저 사무국(또는 관서)의 키를 신뢰하십시오.</translation>
    </message>
    <message>
        <source>No reference codes are loaded.</source>
        <translation>불러온 참조 코드가 없습니다.</translation>
    </message>
    <message>
        <source>No section '{section}' in {id}.</source>
        <translation>{id}에 '{section}' 절이 없습니다.</translation>
    </message>
    <message>
        <source>No such attachment.</source>
        <translation>해당 첨부 파일이 없습니다.</translation>
    </message>
    <message>
        <source>No such decision aid result.</source>
        <translation>해당 판단 지원 결과가 없습니다.</translation>
    </message>
    <message>
        <source>No such party.</source>
        <translation>해당 당사자가 없습니다.</translation>
    </message>
    <message>
        <source>No such post.</source>
        <translation>해당 관서가 없습니다.</translation>
    </message>
    <message>
        <source>No such risk indicator.</source>
        <translation>해당 위험 지표가 없습니다.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>해당 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>No trusted key for: {posts}.</source>
        <translation>신뢰하는 키가 없는 관서: {posts}.</translation>
    </message>
    <message>
        <source>No trusted key matches '{selector}'.</source>
        <translation>'{selector}'과(와) 일치하는 신뢰 키가 없습니다.</translation>
    </message>
    <message>
        <source>No user with badge number {badge}.</source>
        <translation>직원 번호가 {badge}인 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>None ticked.</source>
        <translation>선택된 항목이 없습니다.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>미결정</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>불법 아님(종결)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose a drive you can write to.</source>
        <translation>아무것도 변경되지 않았습니다. 쓸 수 있는 드라이브를 선택하십시오.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another data folder with --data-dir.</source>
        <translation>아무것도 변경되지 않았습니다. --data-dir로 다른 데이터 폴더를 지정하십시오.</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose another folder or ask IT for access.</source>
        <translation>아무것도 변경되지 않았습니다. 다른 폴더를 선택하거나 IT 담당자에게 접근 권한을 요청하십시오.</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or choose another drive, then try again.</source>
        <translation>아무것도 변경되지 않았습니다. 공간을 확보하거나 다른 드라이브를 선택한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Nothing was changed. Use an empty database.</source>
        <translation>아무것도 변경되지 않았습니다. 빈 데이터베이스를 사용하십시오.</translation>
    </message>
    <message>
        <source>Nothing was deleted or changed.</source>
        <translation>아무것도 삭제하거나 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was deleted. Restore the latest copy from the backups folder, or ask the secretariat for help (the damaged file is kept for recovery).</source>
        <translation>아무것도 삭제되지 않았습니다. 백업 폴더에서 최신 사본을 복원하거나 사무국에 도움을 요청하십시오(손상된 파일은 복구를 위해 보관되어 있습니다).</translation>
    </message>
    <message>
        <source>Notice of detention</source>
        <translation>유치 통지서</translation>
    </message>
    <message>
        <source>Notice of seizure</source>
        <translation>압수 통지서</translation>
    </message>
    <message>
        <source>Notification number</source>
        <translation>통고 번호</translation>
    </message>
    <message>
        <source>Notifications to competent authorities</source>
        <translation>권한 있는 당국에 대한 통보</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>통보일</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>OVERDUE by {n} days (deadline {deadline}).</source>
        <translation>기한 {n}일 경과(기한 {deadline}).</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>담당 직원:</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <source>Only finalized records are corrected; save the draft instead.</source>
        <translation>확정된 기록만 정정합니다. 임시 저장본은 그대로 저장하십시오.</translation>
    </message>
    <message>
        <source>Only finalized records can be withdrawn; delete a draft instead.</source>
        <translation>확정된 기록만 철회할 수 있습니다. 임시 저장본은 삭제하십시오.</translation>
    </message>
    <message>
        <source>Only secretariat staff can create secretariat accounts.</source>
        <translation>사무국 계정은 사무국 직원만 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} events are printed.</source>
        <translation>경과 {total}건 중 처음 {n}건만 인쇄합니다.</translation>
    </message>
    <message>
        <source>Only the first {n} of {total} records are printed; narrow the period or the filter to print the others.</source>
        <translation>기록 {total}건 중 처음 {n}건만 인쇄합니다. 나머지를 인쇄하려면 기간이나 필터를 좁히십시오.</translation>
    </message>
    <message>
        <source>Only the officer who created this record, or a supervisor, can change it.</source>
        <translation>이 기록은 기록을 만든 직원이나 감독자만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>개시일</translation>
    </message>
    <message>
        <source>Opened from inspection</source>
        <translation>개시 근거 검사</translation>
    </message>
    <message>
        <source>Other attachments</source>
        <translation>기타 첨부 파일</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>기타 서류</translation>
    </message>
    <message>
        <source>Our reference:</source>
        <translation>당 관서 참조 번호:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Packaging, containers</source>
        <translation>포장, 용기</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{n} / {total}쪽</translation>
    </message>
    <message>
        <source>Paper size {paper} is not known; use A4 or Letter.</source>
        <translation>용지 크기 {paper}을(를) 알 수 없습니다. A4 또는 Letter를 사용하십시오.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Party (country)</source>
        <translation>당사자(국가)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>처리 경로</translation>
    </message>
    <message>
        <source>Penalties imposed, proceedings started</source>
        <translation>부과된 처벌, 개시된 절차</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Period agreed by the States</source>
        <translation>관계국이 합의한 기한</translation>
    </message>
    <message>
        <source>Photos and attachments</source>
        <translation>사진과 첨부 파일</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>현품 검사</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Pieces declared / found</source>
        <translation>개수(신고 / 확인)</translation>
    </message>
    <message>
        <source>Place of detection</source>
        <translation>적발 장소</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>양하항</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>선적항</translation>
    </message>
    <message>
        <source>Port or point of entry</source>
        <translation>입국 항구 또는 지점</translation>
    </message>
    <message>
        <source>Port or point of exit</source>
        <translation>출국 항구 또는 지점</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>관서</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>우편 / 특송</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>철도</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>기록 수</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>집계 대상 기록</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 번호</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>권한 있는 당국에 인계</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>반입 거부</translation>
    </message>
    <message>
        <source>Register of inspections</source>
        <translation>검사 대장</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>등록 번호</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>반출 허용</translation>
    </message>
    <message>
        <source>Reporting authority</source>
        <translation>보고 기관</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>책임</translation>
    </message>
    <message>
        <source>Restore it from a backup; without it this post cannot sign packages.</source>
        <translation>백업에서 복원하십시오. 이 키가 없으면 이 관서는 패키지에 서명할 수 없습니다.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반송</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>반송 또는 처리 완료</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>판</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>판 이력</translation>
    </message>
    <message>
        <source>Risk indicators</source>
        <translation>위험 지표</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>도로</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>견품 채취</translation>
    </message>
    <message>
        <source>Say why the finalized record is corrected.</source>
        <translation>확정된 기록을 정정하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Say why the key is revoked.</source>
        <translation>키를 폐기하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Say why the record is withdrawn.</source>
        <translation>기록을 철회하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>해상</translation>
    </message>
    <message>
        <source>Secretariat summary</source>
        <translation>사무국 집계 보고서</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>압수</translation>
    </message>
    <message>
        <source>Send the documents that show the shipment is lawful: notification and written consent of the States concerned, the movement document, the contract, and for used equipment the functionality test records.</source>
        <translation>화물이 적법하다는 것을 보여 주는 서류를 제출하십시오: 관계국에 대한 통고와 관계국의 서면 동의, 이동서류, 계약서, 그리고 중고 기기의 경우 기능 시험 기록.</translation>
    </message>
    <message>
        <source>Share of tonnes</source>
        <translation>톤수 비율</translation>
    </message>
    <message>
        <source>Sign in to keep bookmarks and notes.</source>
        <translation>책갈피와 메모를 보관하려면 로그인하십시오.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>직인</translation>
    </message>
    <message>
        <source>State informed on</source>
        <translation>국가 통보일</translation>
    </message>
    <message>
        <source>State of export</source>
        <translation>수출국</translation>
    </message>
    <message>
        <source>State of import</source>
        <translation>수입국</translation>
    </message>
    <message>
        <source>State on {day}</source>
        <translation>{day} 기준 상태</translation>
    </message>
    <message>
        <source>States of transit</source>
        <translation>경유국</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>사안 상태</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Summary of inspections</source>
        <translation>검사 요약</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>의심</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: This measure is taken under the law of {country} [cite the legal provisions implementing the Basel Convention and the customs powers used].</source>
        <translation>관서에서 수정할 문구: 이 조치는 {country}의 법률에 따라 취해집니다[바젤협약을 이행하는 법령 규정과 행사한 세관 권한을 기재하십시오].</translation>
    </message>
    <message>
        <source>TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or appeal, who bears storage and return costs, and the consequences if nothing is done.</source>
        <translation>관서에서 수정할 문구: 회신 기한, 재검토 또는 이의 신청 방법, 보관 비용과 반송 비용의 부담자, 아무 조치도 하지 않을 경우의 결과.</translation>
    </message>
    <message>
        <source>TO COMPLETE: place of storage and how the goods may be inspected.</source>
        <translation>작성 필요: 보관 장소와 물품을 확인할 수 있는 방법.</translation>
    </message>
    <message>
        <source>TO COMPLETE: telephone, e-mail and office hours.</source>
        <translation>작성 필요: 전화번호, 이메일, 업무 시간.</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>수출국의 반송</translation>
    </message>
    <message>
        <source>Take-back or disposal</source>
        <translation>반송 또는 처리</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>반송 요청됨</translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation>전화, 이메일</translation>
    </message>
    <message>
        <source>The clock starts when the State is informed; enter that date.</source>
        <translation>기한은 국가가 통보받은 때부터 시작됩니다. 그 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>The copy of {name} differs from the original; try again.</source>
        <translation>{name}의 사본이 원본과 다릅니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>현재 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>데이터베이스 파일 {path}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>The database file{where} is damaged or is not a Customs Desk database.</source>
        <translation>데이터베이스 파일{where}이(가) 손상되었거나 Customs Desk 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>The database {where} has tables but was not made by Customs Desk.</source>
        <translation>데이터베이스 {where}에 테이블이 있지만 Customs Desk가 만든 것이 아닙니다.</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Customs Desk (schema {revision}); this version ({version}) knows schemas up to {head}.</source>
        <translation>데이터베이스 {where}은(는) 더 새로운 버전의 Customs Desk(스키마 {revision})로 작성되었습니다. 이 버전({version})은 스키마 {head}까지만 지원합니다.</translation>
    </message>
    <message>
        <source>The database{where} cannot be opened or read.</source>
        <translation>데이터베이스{where}을(를) 열거나 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The database{where} is locked by another program.</source>
        <translation>데이터베이스{where}을(를) 다른 프로그램이 잠그고 있습니다.</translation>
    </message>
    <message>
        <source>The database{where} is on a read-only drive or folder.</source>
        <translation>데이터베이스{where}이(가) 읽기 전용 드라이브나 폴더에 있습니다.</translation>
    </message>
    <message>
        <source>The date the State was informed is in the future.</source>
        <translation>국가가 통보받은 날짜가 미래입니다.</translation>
    </message>
    <message>
        <source>The decision aid has no rule for these answers.</source>
        <translation>이 판단 지원에는 이 답변들에 대한 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>The disk holding the database{where} is full.</source>
        <translation>데이터베이스{where}이(가) 있는 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}.</source>
        <translation>{path}에 쓰는 중에 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>The drive holding {path} is read-only.</source>
        <translation>{path}이(가) 있는 드라이브는 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>The file is too large ({mb:.0f} MB) to include.</source>
        <translation>파일이 너무 커서({mb:.0f} MB) 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.</source>
        <translation>전달받은 지문({given})이 키 파일({actual})과 일치하지 않습니다. 이 파일을 신뢰하지 마십시오.</translation>
    </message>
    <message>
        <source>The goods described below were {verb} by {agency} at {post} on {day}, after an inspection (reference {reference}). They are held to verify whether the shipment is a transboundary movement of hazardous or other wastes controlled under the Basel Convention, and whether the documents it requires were in order.</source>
        <translation>아래 물품은 {day}에 {post}에서 실시한 검사(참조 번호 {reference}) 후 {agency}에 의해 {verb}되었습니다. 이 화물이 바젤협약의 규제를 받는 유해폐기물 또는 그 밖의 폐기물의 국가 간 이동에 해당하는지, 그리고 협약이 요구하는 서류가 갖추어져 있었는지를 확인하기 위해 물품을 보류하고 있습니다.</translation>
    </message>
    <message>
        <source>The handbook '{id}' cannot be opened: {problem}</source>
        <translation>핸드북 '{id}'을(를) 열 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>The handbook in {folder} cannot be read: {first}</source>
        <translation>{folder}의 핸드북을 읽을 수 없습니다: {first}</translation>
    </message>
    <message>
        <source>The image is too large ({mp:.0f} megapixels) to include.</source>
        <translation>이미지가 너무 커서({mp:.0f} 메가픽셀) 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>The image is too large to include.</source>
        <translation>이미지가 너무 커서 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>The importer or consignee is not recorded: write the addressee by hand.</source>
        <translation>수입자 또는 수하인이 기록되지 않았습니다. 수신인을 손으로 적으십시오.</translation>
    </message>
    <message>
        <source>The inspection date is before the Basel Convention existed.</source>
        <translation>검사일이 바젤협약 발효 이전입니다.</translation>
    </message>
    <message>
        <source>The inspection date is in the future.</source>
        <translation>검사일이 미래입니다.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged: {error}.</source>
        <translation>키 파일 {path}이(가) 손상되었습니다: {error}.</translation>
    </message>
    <message>
        <source>The key of post {post} is not trusted any more.</source>
        <translation>{post} 관서의 키는 더 이상 신뢰하지 않습니다.</translation>
    </message>
    <message>
        <source>The last change was not saved. Free some space and try again.</source>
        <translation>마지막 변경 사항이 저장되지 않았습니다. 공간을 확보한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The party has no name.</source>
        <translation>당사자 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>기간의 종료일({to})이 시작일({start})보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The record cannot be finalized yet: {n} problems.</source>
        <translation>기록을 아직 확정할 수 없습니다: 문제 {n}건.</translation>
    </message>
    <message>
        <source>The record's outcome is '{outcome}': check that a notice is needed before sending it.</source>
        <translation>이 기록의 처리 결과는 '{outcome}'입니다. 보내기 전에 통지서가 필요한지 확인하십시오.</translation>
    </message>
    <message>
        <source>The reference code data is invalid: {problems}</source>
        <translation>참조 코드 데이터가 유효하지 않습니다: {problems}</translation>
    </message>
    <message>
        <source>The stored file cannot be read: {error}.</source>
        <translation>저장된 파일을 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>The stored file is missing; the photo cannot be shown.</source>
        <translation>저장된 파일이 없어 사진을 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>The stored file is not a readable image.</source>
        <translation>저장된 파일이 읽을 수 있는 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>The update cannot be made: {problems}</source>
        <translation>업데이트를 만들 수 없습니다: {problems}</translation>
    </message>
    <message>
        <source>The upgrade would break {n} references; it was rolled back and the database is unchanged.</source>
        <translation>업그레이드하면 참조 {n}개가 깨지므로 되돌렸습니다. 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The weight found differs from the declared weight by {p:.0%}.</source>
        <translation>실측 중량이 신고 중량과 {p:.0%} 차이가 납니다.</translation>
    </message>
    <message>
        <source>This badge number is already registered.</source>
        <translation>이미 등록된 직원 번호입니다.</translation>
    </message>
    <message>
        <source>This case belongs to another post; it can be read here but not changed.</source>
        <translation>이 사안은 다른 관서의 것입니다. 여기에서 읽을 수는 있지만 변경할 수는 없습니다.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>이 충돌은 이미 해결되었습니다.</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet.</source>
        <translation>이 데이터 폴더는 아직 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>This data folder has not been set up yet; run the first-run wizard.</source>
        <translation>이 데이터 폴더는 아직 설정되지 않았습니다. 초기 설정 마법사를 실행하십시오.</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>이 데이터 폴더는 이미 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>This decision aid is already finished.</source>
        <translation>이 판단 지원은 이미 끝났습니다.</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>이 항목은 여기에서 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>This installation cannot connect to PostgreSQL ({error}). Install the 'postgres' extra (pip install customs-desk[postgres]) or use the embedded database.</source>
        <translation>이 설치본은 PostgreSQL에 연결할 수 없습니다({error}). 'postgres' 추가 패키지를 설치(pip install customs-desk[postgres])하거나 내장 데이터베이스를 사용하십시오.</translation>
    </message>
    <message>
        <source>This is this installation's own key.</source>
        <translation>이 컴퓨터 자신의 키입니다.</translation>
    </message>
    <message>
        <source>This key was revoked on {day} ({reason}); it cannot be trusted again.</source>
        <translation>이 키는 {day}에 폐기되었습니다({reason}). 다시 신뢰할 수 없습니다.</translation>
    </message>
    <message>
        <source>This note does not exist.</source>
        <translation>이 메모는 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This record belongs to another post; it can be read here but not changed.</source>
        <translation>이 기록은 다른 관서의 것입니다. 여기에서 읽을 수는 있지만 변경할 수는 없습니다.</translation>
    </message>
    <message>
        <source>This record has {n} goods lines; lines {first} to {n} are not printed (see the record in Customs Desk). The total below counts every line.</source>
        <translation>이 기록에는 물품 행이 {n}개 있습니다. {first}행부터 {n}행까지는 인쇄되지 않았습니다(Customs Desk에서 기록을 확인하십시오). 아래 합계는 모든 행을 합산한 것입니다.</translation>
    </message>
    <message>
        <source>This record is already finalized.</source>
        <translation>이 기록은 이미 확정되었습니다.</translation>
    </message>
    <message>
        <source>This record is finalized; use Correct to change it.</source>
        <translation>이 기록은 확정되었습니다. 변경하려면 정정을 사용하십시오.</translation>
    </message>
    <message>
        <source>This result already belongs to another inspection.</source>
        <translation>이 결과는 이미 다른 검사에 속해 있습니다.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>경과 기록</translation>
    </message>
    <message>
        <source>Title (reference tables)</source>
        <translation>명칭(참조표)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>톤</translation>
    </message>
    <message>
        <source>Tonnes by country of export</source>
        <translation>수출국별 톤수</translation>
    </message>
    <message>
        <source>Tonnes by waste stream</source>
        <translation>폐기물 유형별 톤수</translation>
    </message>
    <message>
        <source>Tonnes found</source>
        <translation>확인 톤수</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in {seconds} seconds.</source>
        <translation>비밀번호를 너무 많이 틀렸습니다. {seconds}초 후에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Total ({n} lines)</source>
        <translation>합계({n}행)</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>경유국</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>운송 수단</translation>
    </message>
    <message>
        <source>Transshipment ports</source>
        <translation>환적항</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>UN</source>
        <translation>UN</translation>
    </message>
    <message>
        <source>UN number</source>
        <translation>UN 번호</translation>
    </message>
    <message>
        <source>UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).</source>
        <translation>UN{n:04d}은(는) UN 번호 범위(UN0001~UN3599)를 벗어납니다.</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>조사 중</translation>
    </message>
    <message>
        <source>Unknown profile '{profile}'; use full or non-nominal.</source>
        <translation>알 수 없는 프로필 '{profile}'입니다. full 또는 non-nominal을 사용하십시오.</translation>
    </message>
    <message>
        <source>Use 0 (never) to 1440 minutes.</source>
        <translation>0(안 함)부터 1440분 사이로 입력하십시오.</translation>
    </message>
    <message>
        <source>Use a data folder you can write to (--data-dir).</source>
        <translation>쓸 수 있는 데이터 폴더를 사용하십시오(--data-dir).</translation>
    </message>
    <message>
        <source>Use a date (YYYY-MM-DD).</source>
        <translation>날짜를 입력하십시오(YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>{n}자 이상 입력하십시오.</translation>
    </message>
    <message>
        <source>Use capital letters and digits, e.g. SGP-TUAS or VN-HPH-01 (2-8 characters, then up to two parts after hyphens).</source>
        <translation>영문 대문자와 숫자를 사용하십시오. 예: SGP-TUAS 또는 VN-HPH-01(2~8자, 이어서 하이픈으로 구분한 부분 최대 2개).</translation>
    </message>
    <message>
        <source>Use letters, digits, '.', '/' or '-' (up to 40 characters).</source>
        <translation>영문자, 숫자, '.', '/', '-'를 사용하십시오(최대 40자).</translation>
    </message>
    <message>
        <source>Vessel, voyage, vehicle or flight</source>
        <translation>선박, 항차, 차량 또는 항공편</translation>
    </message>
    <message>
        <source>WARNING: the stored file does not match the SHA-256 recorded at capture; it was changed or damaged.</source>
        <translation>경고: 저장된 파일이 수집 당시 기록된 SHA-256과 일치하지 않습니다. 변경되었거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>WITHDRAWN: this record was withdrawn; it is printed for reference only.</source>
        <translation>철회됨: 이 기록은 철회되었으며 참고용으로만 인쇄합니다.</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>폐기물 유형</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>중량</translation>
    </message>
    <message>
        <source>Weight declared / found</source>
        <translation>중량(신고 / 실측)</translation>
    </message>
    <message>
        <source>Weight found</source>
        <translation>실측 중량</translation>
    </message>
    <message>
        <source>Weights are the weights found at inspection; inspections without a weight are counted but add nothing to the tonnes. Withdrawn records and drafts are not counted.</source>
        <translation>중량은 검사에서 실측한 중량입니다. 중량이 없는 검사는 건수에는 포함되지만 톤수에는 더해지지 않습니다. 철회된 기록과 임시 저장본은 집계하지 않습니다.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>What is held</source>
        <translation>보류 물품</translation>
    </message>
    <message>
        <source>What you may do</source>
        <translation>취할 수 있는 조치</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Where the goods are</source>
        <translation>물품 소재지</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>먼저 메모를 작성하십시오.</translation>
    </message>
    <message>
        <source>Wrong badge number or password.</source>
        <translation>직원 번호 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>X-ray / 스캔 검색</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Y codes (Annex I / II)</source>
        <translation>Y 코드(부속서 I / II)</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>자신의 계정은 비활성화할 수 없습니다.</translation>
    </message>
    <message>
        <source>Your declaration:</source>
        <translation>귀하의 신고번호:</translation>
    </message>
    <message>
        <source>[country]</source>
        <translation>[국가]</translation>
    </message>
    <message>
        <source>[text in a script not supported: {scripts}]</source>
        <translation>[지원하지 않는 문자 체계의 텍스트: {scripts}]</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>[작성 필요]</translation>
    </message>
    <message>
        <source>all but withdrawn</source>
        <translation>철회 제외 전체</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>any</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>finalized inspections</source>
        <translation>확정된 검사</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>편명</translation>
    </message>
    <message>
        <source>held</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>미제출</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록되지 않음</translation>
    </message>
    <message>
        <source>not shown: more than {n} photos</source>
        <translation>표시하지 않음: 사진이 {n}장 초과</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>봉인</translation>
    </message>
    <message>
        <source>seized</source>
        <translation>압수</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>차량</translation>
    </message>
    <message>
        <source>vessel</source>
        <translation>선박</translation>
    </message>
    <message>
        <source>voyage</source>
        <translation>항차</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>{authority} ({country}) notified on {day}.</source>
        <translation>{day}에 {authority}({country})에 통보했습니다.</translation>
    </message>
    <message>
        <source>{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}</source>
        <translation>{code}은(는) {start}부터 적용됩니다({decision}). {day}에는 존재하지 않았습니다.{advice}</translation>
    </message>
    <message>
        <source>{code} exists in {edition}, the edition in force on {day}.</source>
        <translation>{code}은(는) {day}에 시행 중인 판인 {edition}에 있습니다.</translation>
    </message>
    <message>
        <source>{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.</source>
        <translation>{code}은(는) 형식이 올바른 HS 코드이지만 참조표의 폐기물 호에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>{code} is not a Basel code in the reference tables.{hint}</source>
        <translation>{code}은(는) 참조표에 있는 바젤 코드가 아닙니다.{hint}</translation>
    </message>
    <message>
        <source>{code} is not a Y code valid on {day}.</source>
        <translation>{code}은(는) {day}에 유효한 Y 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>{code} is not an Annex III H code (H1 to H13).</source>
        <translation>{code}은(는) 부속서 III의 H 코드(H1~H13)가 아닙니다.</translation>
    </message>
    <message>
        <source>{code} is not in the reference tables.</source>
        <translation>{code}은(는) 참조표에 없습니다.</translation>
    </message>
    <message>
        <source>{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}</source>
        <translation>{code}은(는) {day}에 시행 중인 판인 {edition}에 없습니다. {other}에는 있습니다.{advice}</translation>
    </message>
    <message>
        <source>{code} is valid on {day}.</source>
        <translation>{code}은(는) {day}에 유효합니다.</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}.</source>
        <translation>{code}은(는) {end}에 삭제되었습니다.</translation>
    </message>
    <message>
        <source>{code} was deleted on {end}; consider {codes}.</source>
        <translation>{code}은(는) {end}에 삭제되었습니다. {codes}을(를) 검토하십시오.</translation>
    </message>
    <message>
        <source>{code} was replaced by {new} on {end}.</source>
        <translation>{code}은(는) {end}에 {new}(으)로 대체되었습니다.</translation>
    </message>
    <message>
        <source>{label} · {status} · revision {revision}</source>
        <translation>{label} · {status} · 제{revision}판</translation>
    </message>
    <message>
        <source>{name} ({role}) is not allowed to {action}.</source>
        <translation>{name}({role})에게는 '{action}' 권한이 없습니다.</translation>
    </message>
    <message>
        <source>{name} acknowledges a package this post did not make.</source>
        <translation>{name}은(는) 이 관서가 만들지 않은 패키지에 대한 수령증입니다.</translation>
    </message>
    <message>
        <source>{name} cannot be decrypted with this installation's key.</source>
        <translation>{name}은(는) 이 컴퓨터의 키로 복호화할 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>{name}을(를) 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{name} contains a member with a forbidden name ({member}).</source>
        <translation>{name}에 허용되지 않는 이름의 내부 파일이 있습니다({member}).</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>{name}의 헤더가 손상되었습니다.</translation>
    </message>
    <message>
        <source>{name} has no manifest.</source>
        <translation>{name}에 파일 목록(manifest)이 없습니다.</translation>
    </message>
    <message>
        <source>{name} has too many members.</source>
        <translation>{name}에 내부 파일이 너무 많습니다.</translation>
    </message>
    <message>
        <source>{name} is a {kind} package, not a {expected} package.</source>
        <translation>{name}은(는) {kind} 패키지이며 {expected} 패키지가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is cut short (incomplete copy?).</source>
        <translation>{name}이(가) 중간에 잘려 있습니다(복사가 완료되지 않았을 수 있습니다).</translation>
    </message>
    <message>
        <source>{name} is damaged (it does not decrypt).</source>
        <translation>{name}이(가) 손상되었습니다(복호화되지 않습니다).</translation>
    </message>
    <message>
        <source>{name} is damaged or was changed after it was signed (the signature does not match).</source>
        <translation>{name}이(가) 손상되었거나 서명 후에 변경되었습니다(서명이 일치하지 않습니다).</translation>
    </message>
    <message>
        <source>{name} is dated in the future ({created}); check the clocks of both computers.</source>
        <translation>{name}의 날짜가 미래입니다({created}). 양쪽 컴퓨터의 시계를 확인하십시오.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name}이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>{name} is encrypted for {names}, not for this installation.</source>
        <translation>{name}은(는) 이 컴퓨터가 아니라 {names}용으로 암호화되었습니다.</translation>
    </message>
    <message>
        <source>{name} is larger than the {gb} GB a package may hold; it was not opened.</source>
        <translation>{name}은(는) 패키지 한도인 {gb} GB를 넘어 열지 않았습니다.</translation>
    </message>
    <message>
        <source>{name} is not a Customs Desk package.</source>
        <translation>{name}은(는) Customs Desk 패키지가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is not a readable image.</source>
        <translation>{name}은(는) 읽을 수 있는 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is not a valid receipt.</source>
        <translation>{name}은(는) 유효한 수령증이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is not from the secretariat.</source>
        <translation>{name}은(는) 사무국에서 보낸 것이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender's key first.</source>
        <translation>{name}은(는) 이 컴퓨터가 신뢰하지 않는 키({sender})로 서명되었습니다. 먼저 보낸 사람의 키를 대조하고 신뢰하십시오.</translation>
    </message>
    <message>
        <source>{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).</source>
        <translation>{name}은(는) 폐기된 키로 서명되었습니다({post}, {day}에 폐기: {reason}).</translation>
    </message>
    <message>
        <source>{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.</source>
        <translation>{name}은(는) 사무국이 아니라 {post}이(가) 서명했습니다. 업데이트는 사무국에서만 옵니다.</translation>
    </message>
    <message>
        <source>{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.</source>
        <translation>{name}은(는) {mb:.1f} MB입니다. 파일당 한도는 {limit} MB입니다. 카메라나 휴대전화에서 사진 크기를 줄이십시오.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Customs Desk (package format {version}); install the newer version to read it.</source>
        <translation>{name}은(는) Customs Desk 최신 버전으로 만들어졌습니다(패키지 형식 {version}). 읽으려면 최신 버전을 설치하십시오.</translation>
    </message>
    <message>
        <source>{name} would expand to more than {gb} GB.</source>
        <translation>{name}의 압축을 풀면 {gb} GB를 넘습니다.</translation>
    </message>
    <message>
        <source>{name}: alert '{title}' is invalid: {reason}</source>
        <translation>{name}: 경보 '{title}'이(가) 유효하지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>{name}: alerts.json is damaged.</source>
        <translation>{name}: alerts.json이 손상되었습니다.</translation>
    </message>
    <message>
        <source>{name}: an alert has no id.</source>
        <translation>{name}: ID가 없는 경보가 있습니다.</translation>
    </message>
    <message>
        <source>{name}: attachment {member} does not match its name.</source>
        <translation>{name}: 첨부 파일 {member}의 내용이 이름과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>{name}: handbook {book} is invalid: {problem}</source>
        <translation>{name}: 핸드북 {book}이(가) 유효하지 않습니다: {problem}</translation>
    </message>
    <message>
        <source>{name}: member {member} does not match its hash in the manifest.</source>
        <translation>{name}: 내부 파일 {member}이(가) 파일 목록에 기록된 해시와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>{name}: member {member} expands suspiciously (a decompression bomb?).</source>
        <translation>{name}: 내부 파일 {member}의 압축을 풀면 크기가 비정상적으로 커집니다(압축 폭탄일 수 있습니다).</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large ({mb} MB).</source>
        <translation>{name}: 내부 파일 {member}이(가) 너무 큽니다({mb} MB).</translation>
    </message>
    <message>
        <source>{name}: member {member} is too large.</source>
        <translation>{name}: 내부 파일 {member}이(가) 너무 큽니다.</translation>
    </message>
    <message>
        <source>{name}: members missing ({missing}) or not in the manifest ({extra}).</source>
        <translation>{name}: 빠진 내부 파일({missing})이 있거나 파일 목록에 없는 파일({extra})이 있습니다.</translation>
    </message>
    <message>
        <source>{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.</source>
        <translation>{name}: 사진(JPEG, PNG, TIFF, WebP), PDF, 텍스트 파일만 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>{name}: revision {revision} of {record} has no parent hash.</source>
        <translation>{name}: {record}의 제{revision}판에 이전 판의 해시가 없습니다.</translation>
    </message>
    <message>
        <source>{name}: the audit events do not end where the manifest says.</source>
        <translation>{name}: 감사 이벤트의 끝이 파일 목록에 기록된 것과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>{name}: the content is damaged ({error}).</source>
        <translation>{name}: 내용이 손상되었습니다({error}).</translation>
    </message>
    <message>
        <source>{name}: the manifest does not match the signed header.</source>
        <translation>{name}: 파일 목록이 서명된 헤더와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>{name}: the manifest is damaged.</source>
        <translation>{name}: 파일 목록이 손상되었습니다.</translation>
    </message>
    <message>
        <source>{name}: the manifest lists no members.</source>
        <translation>{name}: 파일 목록에 내부 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{name}: the reference codes are invalid: {problem}</source>
        <translation>{name}: 참조 코드가 유효하지 않습니다: {problem}</translation>
    </message>
    <message>
        <source>{name}: trust.json is damaged.</source>
        <translation>{name}: trust.json이 손상되었습니다.</translation>
    </message>
    <message>
        <source>{name}: {member} is not valid JSON.</source>
        <translation>{name}: {member}은(는) 유효한 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{number} · {status} · revision {revision}</source>
        <translation>{number} · {status} · 제{revision}판</translation>
    </message>
    <message>
        <source>{number}: a container number has 11 characters (4 letters, 7 digits), e.g. CSQU3054383.</source>
        <translation>{number}: 컨테이너 번호는 11자(영문자 4자, 숫자 7자리)입니다. 예: CSQU3054383.</translation>
    </message>
    <message>
        <source>{number}: the check digit is wrong; for {body} it should be {digit}. Re-read the number on the container door.</source>
        <translation>{number}: 검증 숫자가 틀립니다. {body}에 맞는 검증 숫자는 {digit}입니다. 컨테이너 문에 적힌 번호를 다시 읽으십시오.</translation>
    </message>
    <message>
        <source>{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits (e.g. CSQU3054383).</source>
        <translation>{number}: 소유자 코드 영문자 3자, 분류 문자 U, J 또는 Z, 그리고 숫자 7자리를 사용하십시오(예: CSQU3054383).</translation>
    </message>
    <message>
        <source>{n} days left (deadline {deadline}).</source>
        <translation>{n}일 남음(기한 {deadline}).</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n}건</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten.</source>
        <translation>{path}이(가) 이미 있습니다. 덮어쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path}은(는) 폴더이며 데이터베이스 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path}은(는) 폴더입니다. 파일 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not one made by Customs Desk.</source>
        <translation>{path}은(는) SQLite 데이터베이스이지만 Customs Desk가 만든 것이 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path}은(는) 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is not a folder (is the USB stick plugged in?).</source>
        <translation>{path}은(는) 폴더가 아닙니다(USB 메모리가 꽂혀 있습니까?).</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path}은(는) 폴더가 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is not a readable JSON file: {error}</source>
        <translation>{path}은(는) 읽을 수 있는 JSON 파일이 아닙니다: {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: unknown kind.</source>
        <translation>{path}은(는) 유효한 Customs Desk 키 파일이 아닙니다: 알 수 없는 종류입니다.</translation>
    </message>
    <message>
        <source>{path} is not a valid Customs Desk key file: {error}</source>
        <translation>{path}은(는) 유효한 Customs Desk 키 파일이 아닙니다: {error}</translation>
    </message>
    <message>
        <source>{path} is not a valid inspection ({n} problems); nothing was saved.</source>
        <translation>{path}은(는) 유효한 검사가 아닙니다(문제 {n}건). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} must contain one JSON object (one inspection).</source>
        <translation>{path}에는 JSON 객체 하나(검사 1건)가 있어야 합니다.</translation>
    </message>
    <message>
        <source>{path} must hold {{"alerts": [...], "withdraw": [...]}}.</source>
        <translation>{path}에는 {{"alerts": [...], "withdraw": [...]}}가 있어야 합니다.</translation>
    </message>
    <message>
        <source>{value} is valid.</source>
        <translation>{value}은(는) 유효합니다.</translation>
    </message>
    <message>
        <source>… and {n} more lines (listed in the inspection report).</source>
        <translation>… 이 밖에 {n}행 더 있음(검사 보고서에 기재).</translation>
    </message>
</context>
<context>
    <name>decision_aids</name>
    <message>
        <source>All checks passed. Release under normal procedures and record what you checked: documents seen, items sampled, packaging and loading, and why any red flag was explained.</source>
        <translation>모든 확인을 통과했습니다. 통상 절차에 따라 반출을 허용하고, 확인한 내용을 기록하십시오: 확인한 서류, 표본으로 확인한 물품, 포장과 적재 상태, 위험 신호가 있었다면 그것이 해명된 이유.</translation>
    </message>
    <message>
        <source>Are all the conditions of that exemption met, and do the goods look like what the exemption describes?</source>
        <translation>그 예외의 조건을 모두 충족하고, 물품이 예외에 기술된 것과 같아 보입니까?</translation>
    </message>
    <message>
        <source>Are all the reuse documents present and credible: invoice and contract stating direct reuse and full function; a test record for every item with a protocol; the holder's signed declaration that nothing is waste; a transport document matching the invoice?</source>
        <translation>재사용 서류가 모두 있고 믿을 만합니까? (직접 재사용과 완전 작동이 적힌 송품장과 계약서, 총괄표(프로토콜)가 딸린 모든 품목의 시험 기록, 폐기물이 전혀 없다는 소유자의 서명 확인서, 송품장과 일치하는 운송 서류)</translation>
    </message>
    <message>
        <source>Are they lead-acid batteries (whole or crushed)?</source>
        <translation>납축전지(온전한 것 또는 파쇄된 것)입니까?</translation>
    </message>
    <message>
        <source>Are they unsorted, or do they contain lead, cadmium or mercury (or other Annex I constituents) to a hazardous extent?</source>
        <translation>분류되지 않은 것입니까, 아니면 납, 카드뮴 또는 수은(또는 그 밖의 부속서 I 성분)을 유해한 수준으로 함유하고 있습니까?</translation>
    </message>
    <message>
        <source>Art. 9(1)(a): no notification to all States concerned</source>
        <translation>Art. 9(1)(a): 모든 관계국에 통고하지 않음</translation>
    </message>
    <message>
        <source>Art. 9(1)(b): no consent of a State concerned</source>
        <translation>Art. 9(1)(b): 관계국의 동의를 받지 않음</translation>
    </message>
    <message>
        <source>Art. 9(1)(c): consent obtained through falsification, misrepresentation or fraud</source>
        <translation>Art. 9(1)(c): 위조, 허위 진술 또는 사기로 동의를 받음</translation>
    </message>
    <message>
        <source>Art. 9(1)(d): does not conform in a material way with the documents</source>
        <translation>Art. 9(1)(d): 서류와 중대하게 다름</translation>
    </message>
    <message>
        <source>Art. 9(1)(e): results in deliberate disposal contrary to the Convention</source>
        <translation>Art. 9(1)(e): 협약에 위반되는 고의적 처리로 이어짐</translation>
    </message>
    <message>
        <source>Article 9 applies only to wastes covered by the Convention. National law may still apply.</source>
        <translation>제9조는 협약이 적용되는 폐기물에만 적용됩니다. 국내법은 여전히 적용될 수 있습니다.</translation>
    </message>
    <message>
        <source>Article 9(1) of the Basel Convention lists five situations in which a transboundary movement is illegal traffic. Answer each question; one shipment can meet more than one ground.</source>
        <translation>바젤협약 Article 9(1)은 국가 간 이동이 불법거래가 되는 다섯 가지 경우를 규정합니다. 각 질문에 답하십시오. 한 화물이 둘 이상의 사유에 해당할 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Check with the competent authority</source>
        <translation>권한 있는 당국에 확인</translation>
    </message>
    <message>
        <source>Classify the waste first</source>
        <translation>먼저 폐기물 분류</translation>
    </message>
    <message>
        <source>Clean, sorted plastic waste for environmentally sound recycling (from 1 January 2021; B3011 replaced B3010). Check contamination carefully and the national rules of the countries concerned.</source>
        <translation>환경적으로 건전한 재활용을 위한, 깨끗하고 선별된 폐플라스틱(2021년 1월 1일부터, B3011이 B3010을 대체). 오염 여부와 관계국의 국내 규정을 주의 깊게 확인하십시오.</translation>
    </message>
    <message>
        <source>Collected from households</source>
        <translation>가정에서 수거함</translation>
    </message>
    <message>
        <source>Decide first whether the equipment is waste</source>
        <translation>먼저 기기가 폐기물인지 판단</translation>
    </message>
    <message>
        <source>Did every State concerned give written consent (and is the consent valid for these dates and this quantity)?</source>
        <translation>모든 관계국이 서면으로 동의했습니까(그리고 그 동의가 이 기간과 이 수량에 대해 유효합니까)?</translation>
    </message>
    <message>
        <source>Do the documents claim an exemption: repair under warranty, failure (root-cause) analysis, or repair or refurbishment under a contract?</source>
        <translation>서류에서 예외를 주장합니까: 보증 수리, 고장(근본 원인) 분석, 또는 계약에 따른 수리나 재생?</translation>
    </message>
    <message>
        <source>Do the goods match the papers? Sampled items carry readable test labels that match the protocol; items are complete and undamaged; they are protected by packaging and properly stacked; the far end of the container looks like the door end.</source>
        <translation>물품이 서류와 일치합니까? 표본 물품에 총괄표와 일치하는 읽을 수 있는 시험 라벨이 붙어 있고, 물품이 완전하고 손상되지 않았으며, 포장으로 보호되고 제대로 적재되어 있고, 컨테이너 안쪽도 문 쪽과 같아 보입니다.</translation>
    </message>
    <message>
        <source>Does any red flag about the consignee, the route or the declared value remain unexplained, or is there an alert about the shipper, consignee or route?</source>
        <translation>수하인, 경로 또는 신고 가격에 관한 위험 신호가 해명되지 않은 채 남아 있습니까, 아니면 송하인, 수하인 또는 경로에 관한 경보가 있습니까?</translation>
    </message>
    <message>
        <source>Does it contain, or is it contaminated with, hazardous components: CRT glass, list A batteries, mercury switches, lamps or backlights, PCB capacitors, asbestos parts, certain circuit boards or displays, plastics with brominated flame retardants?</source>
        <translation>다음과 같은 유해 부품을 포함하거나 그것으로 오염되어 있습니까: 브라운관(CRT) 유리, 목록 A 배터리, 수은 스위치, 램프나 백라이트, PCB 콘덴서, 석면 부품, 일부 회로기판이나 디스플레이, 브롬계 난연제가 든 플라스틱?</translation>
    </message>
    <message>
        <source>Does the movement appear to result in deliberate disposal (for example dumping) contrary to the Convention or international law?</source>
        <translation>이동이 협약이나 국제법에 위반되는 고의적 처리(예: 투기)로 이어지는 것으로 보입니까?</translation>
    </message>
    <message>
        <source>Does the shipment conform in a material way with the documents (type of waste, codes, quantity, parties, route)?</source>
        <translation>화물이 서류와 중대한 점에서 일치합니까(폐기물 종류, 코드, 수량, 당사자, 경로)?</translation>
    </message>
    <message>
        <source>Find the Basel entry to note as suspected: Annex VIII (list A, presumed hazardous), Annex IX (list B, presumed not hazardous) or Annex II (other wastes, controlled). Suspected codes are not a legal classification; the competent authority decides.</source>
        <translation>의심 코드로 기록할 바젤 품목을 찾습니다: 부속서 VIII(목록 A, 유해한 것으로 추정), 부속서 IX(목록 B, 유해하지 않은 것으로 추정) 또는 부속서 II(그 밖의 폐기물, 규제 대상). 의심 코드는 법적 분류가 아니며, 결정은 권한 있는 당국이 합니다.</translation>
    </message>
    <message>
        <source>For a load declared as, or containing, used electrical or electronic equipment. Answer from what you see and the documents presented. The result supports your judgement; it does not replace your national law.</source>
        <translation>중고 전기전자제품으로 신고되었거나 이를 포함한 화물에 사용합니다. 눈으로 확인한 것과 제출된 서류를 바탕으로 답하십시오. 결과는 담당자의 판단을 돕는 것이며 국내법을 대신하지 않습니다.</translation>
    </message>
    <message>
        <source>From these answers the movement does not meet any ground of Article 9(1). Record what you checked.</source>
        <translation>이 답변들로 보면 이동은 Article 9(1)의 어느 사유에도 해당하지 않습니다. 확인한 내용을 기록하십시오.</translation>
    </message>
    <message>
        <source>Hazardous plastic waste (from 1 January 2021, decision BC-14/12). Prior informed consent is required.</source>
        <translation>유해 폐플라스틱(2021년 1월 1일부터, 결정 BC-14/12). 사전 통보 동의(PIC)가 필요합니다.</translation>
    </message>
    <message>
        <source>Hazardous waste electrical and electronic equipment. A1181 applies from 1 January 2025 (decision BC-15/18); for movements before that date, A1180 applied. Prior informed consent is required. Commonly associated HS heading: 8549 (a hint, not a classification).</source>
        <translation>유해 폐전기전자제품. A1181은 2025년 1월 1일부터 적용됩니다(결정 BC-15/18). 그 이전의 이동에는 A1180이 적용되었습니다. 사전 통보 동의(PIC)가 필요합니다. 주로 관련되는 HS 호: 8549(참고용이며 분류가 아님).</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <translation>아직 모름</translation>
    </message>
    <message>
        <source>If the goods are really not waste, the Basel lists do not apply. Record why you concluded this.</source>
        <translation>물품이 정말 폐기물이 아니라면 바젤 목록은 적용되지 않습니다. 그렇게 판단한 이유를 기록하십시오.</translation>
    </message>
    <message>
        <source>Is it clearly waste already? For example: goods broken, cut up, crushed or stripped; loose circuit boards, cables or fractions; loose used batteries; equipment mixed with scrap or household waste; or documents that say scrap, waste or for recycling.</source>
        <translation>이미 명백히 폐기물입니까? 예: 물품이 파손, 절단, 파쇄되었거나 부품이 떼어져 있음. 낱개의 회로기판, 케이블 또는 선별물. 낱개의 폐배터리. 기기가 스크랩이나 생활폐기물과 섞여 있음. 서류에 스크랩, 폐기물 또는 재활용용이라고 적혀 있음.</translation>
    </message>
    <message>
        <source>Is it going to environmentally sound recycling, almost free from contamination and other wastes, and almost exclusively one non-halogenated polymer, one cured resin, one listed fluorinated polymer, or a PE/PP/PET mixture for separate recycling?</source>
        <translation>환경적으로 건전한 재활용으로 가고, 오염과 다른 폐기물이 거의 없으며, 거의 전부가 한 가지 비할로겐화 중합체, 한 가지 경화 수지, 목록에 있는 한 가지 불소화 중합체, 또는 분리 재활용용 PE/PP/PET 혼합물입니까?</translation>
    </message>
    <message>
        <source>Is it plastic waste (including mixtures of plastic waste)?</source>
        <translation>폐플라스틱(폐플라스틱 혼합물 포함)입니까?</translation>
    </message>
    <message>
        <source>Is it waste batteries or accumulators?</source>
        <translation>폐배터리 또는 폐축전지입니까?</translation>
    </message>
    <message>
        <source>Is it waste electrical or electronic equipment, its components, or fractions from processing it (shredding, dismantling)?</source>
        <translation>폐전기전자제품, 그 부품, 또는 그 처리(파쇄, 해체)에서 나온 선별물입니까?</translation>
    </message>
    <message>
        <source>Is the material waste, that is, going to disposal or recovery rather than being used again as it is?</source>
        <translation>그 물질이 폐기물입니까? 즉, 그대로 다시 사용되는 것이 아니라 처리나 재활용으로 갑니까?</translation>
    </message>
    <message>
        <source>Is the plastic contaminated with, or does it contain, Annex I constituents to an extent that gives it an Annex III hazardous characteristic?</source>
        <translation>플라스틱이 부속서 III의 유해 특성을 갖게 할 정도로 부속서 I 성분에 오염되어 있거나 그것을 함유하고 있습니까?</translation>
    </message>
    <message>
        <source>Is the shipment a waste covered by the Convention (a hazardous waste or one of the other wastes of Annex II)?</source>
        <translation>화물이 협약이 적용되는 폐기물(유해폐기물 또는 부속서 II의 그 밖의 폐기물)입니까?</translation>
    </message>
    <message>
        <source>Is there a sign that consent was obtained by falsification, misrepresentation or fraud (forged permit, invented facility, false description to the authorities)?</source>
        <translation>위조, 허위 진술 또는 사기로 동의를 받았다는 징후(위조된 허가서, 가공의 시설, 당국에 대한 허위 기재)가 있습니까?</translation>
    </message>
    <message>
        <source>Is this illegal traffic under Article 9?</source>
        <translation>제9조의 불법거래에 해당합니까?</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>둘 다 아님</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>No Article 9 ground found</source>
        <translation>제9조 해당 사유 없음</translation>
    </message>
    <message>
        <source>No ground is established yet, but notification or consent could not be confirmed. Ask the competent authority before release.</source>
        <translation>아직 확정된 사유는 없지만 통고나 동의를 확인할 수 없었습니다. 반출을 허용하기 전에 권한 있는 당국에 문의하십시오.</translation>
    </message>
    <message>
        <source>No, one or more is missing or doubtful</source>
        <translation>아니요, 하나 이상이 없거나 의심스러움</translation>
    </message>
    <message>
        <source>No, or I cannot tell</source>
        <translation>아니요, 또는 알 수 없음</translation>
    </message>
    <message>
        <source>No: sorted, made to a specification, without lead, cadmium or mercury</source>
        <translation>아니요: 선별되었고, 규격에 맞게 제조되었으며, 납, 카드뮴, 수은이 없음</translation>
    </message>
    <message>
        <source>Non-hazardous waste electrical and electronic equipment. Y49 applies from 1 January 2025 (decision BC-15/18) and is subject to prior informed consent. Before that date, non-hazardous e-waste could fall under B1110.</source>
        <translation>유해하지 않은 폐전기전자제품. Y49는 2025년 1월 1일부터 적용되며(결정 BC-15/18) 사전 통보 동의(PIC) 대상입니다. 그 이전에는 유해하지 않은 전자폐기물이 B1110에 해당할 수 있었습니다.</translation>
    </message>
    <message>
        <source>None of the common routes fits. Compare the goods with list A and list B, then with Annex I and Annex III, describe them in detail and ask the competent authority.</source>
        <translation>일반적인 경로 중 맞는 것이 없습니다. 물품을 목록 A 및 목록 B와, 이어서 부속서 I 및 부속서 III과 비교하고, 자세히 기술한 뒤 권한 있는 당국에 문의하십시오.</translation>
    </message>
    <message>
        <source>Not Basel illegal traffic</source>
        <translation>바젤 불법거래 아님</translation>
    </message>
    <message>
        <source>Not sure: it is used electrical equipment</source>
        <translation>잘 모름: 중고 전기 기기임</translation>
    </message>
    <message>
        <source>Not waste: no Basel entry</source>
        <translation>폐기물 아님: 바젤 품목 없음</translation>
    </message>
    <message>
        <source>Plastic waste that is neither hazardous (A3210) nor clean and sorted (B3011). Y48 applies from 1 January 2021 and requires prior informed consent.</source>
        <translation>유해하지도(A3210) 깨끗하고 선별되지도(B3011) 않은 폐플라스틱. Y48은 2021년 1월 1일부터 적용되며 사전 통보 동의(PIC)가 필요합니다.</translation>
    </message>
    <message>
        <source>Residues from incinerating household waste</source>
        <translation>생활폐기물 소각 잔재물</translation>
    </message>
    <message>
        <source>Residues from the incineration of household wastes. Controlled under the Convention.</source>
        <translation>생활폐기물 소각에서 나온 잔재물. 협약에 따라 규제됩니다.</translation>
    </message>
    <message>
        <source>Run the decision aid "Used EEE or e-waste?" first, then come back here if it is e-waste.</source>
        <translation>먼저 판단 지원 "중고 기기인가, 전자폐기물인가?"를 실행하고, 전자폐기물이면 여기로 돌아오십시오.</translation>
    </message>
    <message>
        <source>Run the decision aid "Which list?" and come back to this one.</source>
        <translation>판단 지원 "어느 목록인가?"를 실행한 후 여기로 돌아오십시오.</translation>
    </message>
    <message>
        <source>Suspected A1160 (Annex VIII, list A)</source>
        <translation>A1160 의심(부속서 VIII, 목록 A)</translation>
    </message>
    <message>
        <source>Suspected A1170 (Annex VIII, list A)</source>
        <translation>A1170 의심(부속서 VIII, 목록 A)</translation>
    </message>
    <message>
        <source>Suspected A1181 (Annex VIII, list A)</source>
        <translation>A1181 의심(부속서 VIII, 목록 A)</translation>
    </message>
    <message>
        <source>Suspected A3210 (Annex VIII, list A)</source>
        <translation>A3210 의심(부속서 VIII, 목록 A)</translation>
    </message>
    <message>
        <source>Suspected B1090 (Annex IX, list B)</source>
        <translation>B1090 의심(부속서 IX, 목록 B)</translation>
    </message>
    <message>
        <source>Suspected B3011 (Annex IX, list B)</source>
        <translation>B3011 의심(부속서 IX, 목록 B)</translation>
    </message>
    <message>
        <source>Suspected Y46 (Annex II, other wastes)</source>
        <translation>Y46 의심(부속서 II, 그 밖의 폐기물)</translation>
    </message>
    <message>
        <source>Suspected Y47 (Annex II, other wastes)</source>
        <translation>Y47 의심(부속서 II, 그 밖의 폐기물)</translation>
    </message>
    <message>
        <source>Suspected Y48 (Annex II, other wastes)</source>
        <translation>Y48 의심(부속서 II, 그 밖의 폐기물)</translation>
    </message>
    <message>
        <source>Suspected Y49 (Annex II, other wastes)</source>
        <translation>Y49 의심(부속서 II, 그 밖의 폐기물)</translation>
    </message>
    <message>
        <source>Suspected illegal traffic</source>
        <translation>불법거래 의심</translation>
    </message>
    <message>
        <source>The answers meet at least one ground of Article 9(1). Hold the goods where your law allows, notify the competent authority and open a case; the take-back clocks start when the State responsible is informed.</source>
        <translation>답변이 Article 9(1)의 사유 중 적어도 하나에 해당합니다. 법이 허용하는 범위에서 물품을 보류하고, 권한 있는 당국에 통보하고, 사안을 개시하십시오. 반송 기한은 책임 있는 국가가 통보받은 때부터 시작됩니다.</translation>
    </message>
    <message>
        <source>The goods already look like waste. Hold them where your law allows and refer the case to the competent authority. Suspected codes: A1181 if hazardous components are present (CRT glass, list A batteries, mercury lamps or switches, PCB capacitors), otherwise Y49; HS heading 8549.</source>
        <translation>물품이 이미 폐기물로 보입니다. 법이 허용하는 범위에서 물품을 보류하고 사안을 권한 있는 당국에 인계하십시오. 의심 코드: 유해 부품(브라운관(CRT) 유리, 목록 A 배터리, 수은램프나 수은 스위치, PCB 콘덴서)이 있으면 A1181, 없으면 Y49. HS 호: 8549.</translation>
    </message>
    <message>
        <source>The papers and goods look right, but a red flag remains. Record it, hold the goods and ask the competent authority before release.</source>
        <translation>서류와 물품은 문제없어 보이지만 위험 신호가 남아 있습니다. 이를 기록하고 물품을 보류한 뒤, 반출을 허용하기 전에 권한 있는 당국에 문의하십시오.</translation>
    </message>
    <message>
        <source>To check: whether every State consented</source>
        <translation>확인 필요: 모든 국가가 동의했는지</translation>
    </message>
    <message>
        <source>To check: whether the movement was notified</source>
        <translation>확인 필요: 이동이 통고되었는지</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer</source>
        <translation>전자폐기물 의심으로 처리: 보류 및 인계</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (documents incomplete)</source>
        <translation>전자폐기물 의심으로 처리: 보류 및 인계(서류 미비)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (goods do not match the papers)</source>
        <translation>전자폐기물 의심으로 처리: 보류 및 인계(물품이 서류와 불일치)</translation>
    </message>
    <message>
        <source>Treat as suspected e-waste: hold and refer (unexplained red flags)</source>
        <translation>전자폐기물 의심으로 처리: 보류 및 인계(해명되지 않은 위험 신호)</translation>
    </message>
    <message>
        <source>Treat as used EEE</source>
        <translation>중고 기기로 처리</translation>
    </message>
    <message>
        <source>Unsorted waste batteries, or waste batteries containing Annex I constituents to a hazardous extent. Prior informed consent is required.</source>
        <translation>선별되지 않은 폐배터리, 또는 부속서 I 성분을 유해한 수준으로 함유한 폐배터리. 사전 통보 동의(PIC)가 필요합니다.</translation>
    </message>
    <message>
        <source>Use the lists directly and describe the goods</source>
        <translation>목록을 직접 확인하고 물품을 기술</translation>
    </message>
    <message>
        <source>Used EEE or e-waste?</source>
        <translation>중고 기기인가, 전자폐기물인가?</translation>
    </message>
    <message>
        <source>Was it collected from households, or is it residue from incinerating household waste?</source>
        <translation>가정에서 수거한 것입니까, 아니면 생활폐기물 소각 잔재물입니까?</translation>
    </message>
    <message>
        <source>Was the movement notified to all States concerned (is there a notification document naming this shipment)?</source>
        <translation>이동이 모든 관계국에 통고되었습니까(이 화물을 명시한 통고서가 있습니까)?</translation>
    </message>
    <message>
        <source>Waste batteries made to a specification, without lead, cadmium or mercury. List B entries are presumed not hazardous, but national rules may still control them; check the country profile.</source>
        <translation>규격에 맞게 제조되고 납, 카드뮴, 수은이 없는 폐배터리. 목록 B 품목은 유해하지 않은 것으로 추정되지만 국내 규정으로 규제될 수 있습니다. 국가 개요를 확인하십시오.</translation>
    </message>
    <message>
        <source>Waste collected from households. Controlled under the Convention even when not hazardous.</source>
        <translation>가정에서 수거한 폐기물. 유해하지 않더라도 협약에 따라 규제됩니다.</translation>
    </message>
    <message>
        <source>Waste lead-acid batteries, whole or crushed. Prior informed consent is required. Commonly associated HS subheading: 8549.11 (a hint, not a classification).</source>
        <translation>폐납축전지(온전한 것 또는 파쇄된 것). 사전 통보 동의(PIC)가 필요합니다. 주로 관련되는 HS 소호: 8549.11(참고용이며 분류가 아님).</translation>
    </message>
    <message>
        <source>What you found does not match the reuse documents. Record the differences with photos, hold the goods and refer the case. A material mismatch with the documents is itself a ground of illegal traffic (Art. 9(1)(d)).</source>
        <translation>확인한 내용이 재사용 서류와 일치하지 않습니다. 차이점을 사진과 함께 기록하고, 물품을 보류하고, 사안을 인계하십시오. 서류와 중대하게 다른 것 자체가 불법거래 사유입니다(Art. 9(1)(d)).</translation>
    </message>
    <message>
        <source>Which list?</source>
        <translation>어느 목록인가?</translation>
    </message>
    <message>
        <source>Without complete reuse documents the shipment cannot be treated as used goods. Record which document is missing or doubtful, hold the goods and refer the case.</source>
        <translation>재사용 서류가 완전하지 않으면 화물을 중고품으로 처리할 수 없습니다. 어떤 서류가 없거나 의심스러운지 기록하고, 물품을 보류하고, 사안을 인계하십시오.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Yes, all conditions are met</source>
        <translation>예, 모든 조건을 충족함</translation>
    </message>
    <message>
        <source>Yes, all of them</source>
        <translation>예, 모두 있음</translation>
    </message>
    <message>
        <source>Yes, or I cannot tell</source>
        <translation>예, 또는 알 수 없음</translation>
    </message>
    <message>
        <source>Yes, or suspected</source>
        <translation>예, 또는 의심됨</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>draft</source>
        <translation>임시 저장</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>Documentary check</source>
        <translation>서류 심사</translation>
    </message>
    <message>
        <source>Physical examination</source>
        <translation>현품 검사</translation>
    </message>
    <message>
        <source>X-ray / scan</source>
        <translation>X-ray / 스캔 검색</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>견품 채취</translation>
    </message>
    <message>
        <source>Company site visit</source>
        <translation>업체 현장 방문</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>해상</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>도로</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>철도</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>항공</translation>
    </message>
    <message>
        <source>Inland waterway</source>
        <translation>내륙 수로</translation>
    </message>
    <message>
        <source>Post / express</source>
        <translation>우편 / 특송</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>반출 허용</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>유치</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>압수</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>반입 거부</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반송</translation>
    </message>
    <message>
        <source>Referred to the competent authority</source>
        <translation>권한 있는 당국에 인계</translation>
    </message>
    <message>
        <source>presented</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>미제출</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>E-waste and used EEE</source>
        <translation>전자폐기물 및 중고 전기전자제품</translation>
    </message>
    <message>
        <source>Plastic waste</source>
        <translation>폐플라스틱</translation>
    </message>
    <message>
        <source>Metal scrap</source>
        <translation>금속 스크랩</translation>
    </message>
    <message>
        <source>Lead-acid batteries</source>
        <translation>납축전지</translation>
    </message>
    <message>
        <source>Other batteries, black mass</source>
        <translation>기타 배터리, 블랙매스</translation>
    </message>
    <message>
        <source>Used tyres</source>
        <translation>중고 타이어</translation>
    </message>
    <message>
        <source>Textiles and worn clothing</source>
        <translation>섬유 및 헌 옷</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>폐지</translation>
    </message>
    <message>
        <source>End-of-life vehicles and parts</source>
        <translation>폐차 및 부품</translation>
    </message>
    <message>
        <source>Slag, ash, residues</source>
        <translation>슬래그, 재, 잔재물</translation>
    </message>
    <message>
        <source>Waste oils</source>
        <translation>폐유</translation>
    </message>
    <message>
        <source>Household and municipal waste</source>
        <translation>생활폐기물 및 도시폐기물</translation>
    </message>
    <message>
        <source>Chemicals and other</source>
        <translation>화학물질 및 기타</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>의심</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>조사 중</translation>
    </message>
    <message>
        <source>Confirmed illegal traffic</source>
        <translation>불법거래 확인</translation>
    </message>
    <message>
        <source>Not illegal (closed)</source>
        <translation>불법 아님(종결)</translation>
    </message>
    <message>
        <source>Take-back requested</source>
        <translation>반송 요청됨</translation>
    </message>
    <message>
        <source>Returned or disposed</source>
        <translation>반송 또는 처리 완료</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>(a) no notification to all States concerned</source>
        <translation>(a) 모든 관계국에 통고하지 않음</translation>
    </message>
    <message>
        <source>(b) no consent of a State concerned</source>
        <translation>(b) 관계국의 동의를 받지 않음</translation>
    </message>
    <message>
        <source>(c) consent obtained by falsification, misrepresentation or fraud</source>
        <translation>(c) 위조, 허위 진술 또는 사기로 동의를 받음</translation>
    </message>
    <message>
        <source>(d) does not conform in a material way with the documents</source>
        <translation>(d) 서류와 중대하게 다름</translation>
    </message>
    <message>
        <source>(e) deliberate disposal (dumping)</source>
        <translation>(e) 고의적 처리(투기)</translation>
    </message>
    <message>
        <source>Article 9: 30 days from when the State was informed</source>
        <translation>제9조: 국가가 통보받은 날부터 30일</translation>
    </message>
    <message>
        <source>Article 8: 90 days (re-import of a legal shipment)</source>
        <translation>제8조: 90일(합법적 화물의 재수입)</translation>
    </message>
    <message>
        <source>No clock</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>Take-back by the State of export</source>
        <translation>수출국의 반송</translation>
    </message>
    <message>
        <source>Disposal in the State of import</source>
        <translation>수입국에서 처리</translation>
    </message>
    <message>
        <source>Disposal elsewhere (Art. 9(4))</source>
        <translation>다른 곳에서 처리(Art. 9(4))</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>미결정</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>수출자</translation>
    </message>
    <message>
        <source>Importer / consignee</source>
        <translation>수입자 / 수하인</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>운송자</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>발생자</translation>
    </message>
    <message>
        <source>Intended facility</source>
        <translation>처리 예정 시설</translation>
    </message>
</context>
<context>
    <name>risk_indicators</name>
    <message>
        <source>'Mixed metal scrap' that contains electrical or electronic equipment, cables or circuit boards.</source>
        <translation>전기전자제품, 케이블 또는 회로기판이 섞인 '혼합 금속 스크랩'.</translation>
    </message>
    <message>
        <source>Claimed as sent for repair, refurbishment or warranty/failure analysis without a valid contract and supporting documents.</source>
        <translation>수리, 재생 또는 보증·고장 분석을 위해 보낸다고 주장하지만 유효한 계약서와 증빙 서류가 없음.</translation>
    </message>
    <message>
        <source>Consignee is not a licensed recycler or disposal facility, or its address is false or cannot be verified.</source>
        <translation>수하인이 허가받은 재활용업체나 처리시설이 아니거나, 주소가 허위이거나 확인할 수 없음.</translation>
    </message>
    <message>
        <source>Declared HS code does not match the goods found (e.g. declared as products or raw materials, found to be waste or scrap).</source>
        <translation>신고 HS 코드가 확인된 물품과 맞지 않음(예: 제품이나 원자재로 신고했으나 폐기물이나 스크랩으로 확인됨).</translation>
    </message>
    <message>
        <source>Declared as working products (EEE, parts, batteries) but the goods are broken, non-functional, cut up or otherwise only fit for recovery or disposal.</source>
        <translation>작동하는 제품(전기전자제품, 부품, 배터리)으로 신고했으나 물품이 파손, 작동 불능, 절단되었거나 그 밖에 재활용이나 처리에만 적합함.</translation>
    </message>
    <message>
        <source>Destination prohibits import of the waste (e.g. China's ban on solid waste imports from 1 Jan 2021; Viet Nam's ban on hazardous waste imports).</source>
        <translation>목적지 국가가 해당 폐기물의 수입을 금지함(예: 2021년 1월 1일부터 시행된 중국의 고체폐기물 수입 금지, 베트남의 유해폐기물 수입 금지).</translation>
    </message>
    <message>
        <source>E-waste and used EEE, end-of-life vehicles and vehicle parts.</source>
        <translation>전자폐기물과 중고 전기전자제품, 폐차와 차량 부품.</translation>
    </message>
    <message>
        <source>EEE shipped in bulk, traded by weight rather than by unit, or mixed with other waste or scrap.</source>
        <translation>전기전자제품을 산적으로 운송하거나, 대수가 아닌 무게로 거래하거나, 다른 폐기물이나 스크랩과 섞음.</translation>
    </message>
    <message>
        <source>Equipment containing ozone-depleting substances (refrigerators, air-conditioners).</source>
        <translation>오존층 파괴물질을 함유한 기기(냉장고, 에어컨).</translation>
    </message>
    <message>
        <source>Export to or import from a State that is not a Party to the Basel Convention without an Article 11 agreement.</source>
        <translation>제11조의 협정 없이 바젤협약 당사국이 아닌 국가로 수출하거나 그 국가에서 수입함.</translation>
    </message>
    <message>
        <source>Goods described only vaguely (e.g. 'used goods', 'second-hand goods', 'scrap', 'mixed metal scrap', 'recyclable material') without a precise commodity description.</source>
        <translation>정확한 품명 없이 물품을 모호하게만 기재함(예: '중고품', '중고', '스크랩', '혼합 금속 스크랩', '재활용 가능 물질').</translation>
    </message>
    <message>
        <source>Hazardous components visible: CRTs, batteries, circuit boards, mercury lamps or switches, PCB capacitors.</source>
        <translation>유해 부품이 보임: 브라운관(CRT), 배터리, 회로기판, 수은램프나 수은 스위치, PCB 콘덴서.</translation>
    </message>
    <message>
        <source>Items incomplete (essential parts missing), visibly damaged, untested, or intended for parts cannibalisation rather than reuse.</source>
        <translation>물품이 불완전하거나(필수 부품 누락), 눈에 띄게 손상되었거나, 시험하지 않았거나, 재사용이 아니라 부품 적출용임.</translation>
    </message>
    <message>
        <source>Mixed or municipal waste and industrial waste.</source>
        <translation>혼합폐기물 또는 생활폐기물과 산업폐기물.</translation>
    </message>
    <message>
        <source>No declaration by the person arranging transport that none of the equipment is waste.</source>
        <translation>운송을 주선하는 사람이 기기 중 어느 것도 폐기물이 아니라고 확인한 확인서가 없음.</translation>
    </message>
    <message>
        <source>No invoice and contract stating that the equipment is destined for direct reuse and is fully functional.</source>
        <translation>기기가 직접 재사용될 예정이며 완전 작동한다고 적힌 송품장과 계약서가 없음.</translation>
    </message>
    <message>
        <source>Odour, leakage or staining from packages or the container.</source>
        <translation>포장이나 컨테이너에서 나는 냄새, 누출 또는 얼룩.</translation>
    </message>
    <message>
        <source>Permit, consent or declaration appears falsified, altered or issued for a different shipment.</source>
        <translation>허가서, 동의서 또는 신고서가 위조나 변조되었거나 다른 화물에 대해 발급된 것으로 보임.</translation>
    </message>
    <message>
        <source>Plastic or paper bales mixed with other polymers, food residues, dirt or other waste (plastics may then be Y48 or A3210 rather than B3011).</source>
        <translation>다른 중합체, 음식물 찌꺼기, 흙 또는 다른 폐기물이 섞인 플라스틱이나 종이 베일(이 경우 플라스틱은 B3011이 아니라 Y48 또는 A3210일 수 있음).</translation>
    </message>
    <message>
        <source>Plastic, textile, metal and paper waste (most frequent DEMETER seizure streams).</source>
        <translation>플라스틱, 섬유, 금속 및 종이 폐기물(DEMETER 작전에서 가장 많이 압수된 유형).</translation>
    </message>
    <message>
        <source>Routing through transshipment hubs or repeated port changes ('port hopping').</source>
        <translation>환적 거점을 경유하거나 항구를 반복적으로 바꾸는 경로('포트 호핑').</translation>
    </message>
    <message>
        <source>Shipment date or quantity falls outside the validity period or the number of shipments stated in the written consent.</source>
        <translation>선적일이나 수량이 서면 동의에 적힌 유효 기간이나 선적 횟수를 벗어남.</translation>
    </message>
    <message>
        <source>Shipment does not conform in a material way with its notification or movement document (waste code, quantity, carrier, route, facility).</source>
        <translation>화물이 통고서나 이동서류와 중대하게 다름(폐기물 코드, 수량, 운송자, 경로, 시설).</translation>
    </message>
    <message>
        <source>Shipper's country differs from the apparent origin of the waste.</source>
        <translation>송하인의 국가가 폐기물의 외관상 원산지와 다름.</translation>
    </message>
    <message>
        <source>Ships and floating structures sent for dismantling.</source>
        <translation>해체를 위해 보내는 선박 및 부유 구조물.</translation>
    </message>
    <message>
        <source>Soldered, sealed or wrapped items whose content cannot be seen without opening or X-ray scanning.</source>
        <translation>납땜, 밀봉 또는 포장되어 열거나 X-ray로 검색하지 않으면 내용물을 볼 수 없는 물품.</translation>
    </message>
    <message>
        <source>Unusually low declared value for the goods, or a first-time or unknown exporter.</source>
        <translation>물품의 신고 가격이 비정상적으로 낮거나, 처음 수출하는 자 또는 알려지지 않은 수출자임.</translation>
    </message>
    <message>
        <source>Used EEE declared for reuse without a test or functionality record for every item in the consignment.</source>
        <translation>재사용용으로 신고된 중고 전기전자제품에 화물의 모든 품목에 대한 시험 또는 작동 기록이 없음.</translation>
    </message>
    <message>
        <source>Used EEE without adequate protection against damage (no individual packaging, poor stacking, loose loading).</source>
        <translation>손상 방지 보호가 충분하지 않은 중고 전기전자제품(개별 포장 없음, 부실한 적재, 흩어진 적재).</translation>
    </message>
    <message>
        <source>Used lead-acid batteries; lithium-ion batteries and 'black mass'.</source>
        <translation>폐납축전지, 리튬이온 배터리와 '블랙매스'.</translation>
    </message>
    <message>
        <source>Waste and used tyres.</source>
        <translation>폐타이어와 중고 타이어.</translation>
    </message>
    <message>
        <source>Waste declared as 'renewable' or secondary raw material, or as goods of similar shape and size, to disguise it.</source>
        <translation>폐기물을 위장하기 위해 '재생 가능' 물질이나 순환 원료, 또는 모양과 크기가 비슷한 물품으로 신고함.</translation>
    </message>
    <message>
        <source>Waste hidden at the rear of the container behind a front layer of legitimate goods; non-uniform loading.</source>
        <translation>컨테이너 앞쪽에 정상 물품을 쌓고 그 뒤쪽에 폐기물을 숨김. 적재 상태가 고르지 않음.</translation>
    </message>
    <message>
        <source>Waste listed in Annex VIII or Annex II (e.g. A1181, Y48, Y49) moving without notification, written consent of the States concerned or a movement document.</source>
        <translation>부속서 VIII 또는 부속서 II에 열거된 폐기물(예: A1181, Y48, Y49)이 통고, 관계국의 서면 동의 또는 이동서류 없이 이동함.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Officer</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>사무국</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cannot continue</source>
        <translation>계속할 수 없음</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>권한 없음</translation>
    </message>
</context>
</TS>