; Customs Desk installer for Windows (NSIS 3, MUI2, Unicode).
;
;   makensis /DVERSION=0.1.0 /DDIST=..\out\dist\customs-desk /DOUTFILE=..\out\customs-desk-0.1.0-setup.exe ^
;            /DICON=..\out\icons\customs-desk.ico packaging\windows\customs-desk.nsi
;
; On Linux the same with "-D" instead of "/D" (makensis -DVERSION=...). VERSION is required;
; DIST defaults to ..\out\dist\customs-desk, OUTFILE to ..\out\customs-desk-VERSION-setup.exe,
; ICON is optional. Relative paths are relative to this script.
;
; Per-user install without administrator rights: %LOCALAPPDATA%\Programs\Customs Desk, start menu
; entry, .cdx exchange packages opened by Customs Desk (HKCU\Software\Classes), an entry in
; "Apps & features". The uninstaller removes the program and ASKS before deleting the officer's
; data in %LOCALAPPDATA%\customs-desk (silent uninstall keeps it).

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "VERSION is required: makensis /DVERSION=x.y.z ..."
!endif
!ifndef DIST
  !define DIST "..\out\dist\customs-desk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\out\customs-desk-${VERSION}-setup.exe"
!endif

; Fixed application id: never change it, or upgrades install beside the old version instead of
; replacing it (documented in docs/packaging.md).
!define APP_GUID "{6C1E3F52-8D7A-4B0E-9F4C-2A5D7E9B1C30}"
!define APP_NAME "Customs Desk"
!define APP_EXE "customs-desk.exe"
!define CLI_EXE "customs-desk-cli.exe"
!define PUBLISHER "Asian Network - Customs Desk contributors"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_GUID}"
!define SETTINGS_KEY "Software\Asian Network\Customs Desk"
!define PROGID "CustomsDesk.ExchangePackage"
!define USER_DATA "$LOCALAPPDATA\customs-desk"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Apache-2.0"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; English first (the default), then the member countries' languages NSIS has. NSIS has no
; Khmer: Cambodian officers get the English installer (the program itself is translated).
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Thai"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "Malay"
!insertmacro MUI_RESERVEFILE_LANGDLL

; Our own strings (translations to be reviewed with the program's translators).
LangString RemoveData ${LANG_ENGLISH} "Also delete your Customs Desk data in $\r$\n${USER_DATA}?$\r$\n$\r$\nThis removes the database, photos, keys and backups and cannot be undone. Choose No to keep them for a later installation."
LangString RemoveData ${LANG_THAI} "ลบข้อมูล Customs Desk ของคุณใน $\r$\n${USER_DATA} ด้วยหรือไม่?$\r$\n$\r$\nจะลบฐานข้อมูล รูปถ่าย กุญแจ และข้อมูลสำรองทั้งหมด และไม่สามารถกู้คืนได้ เลือก ไม่ เพื่อเก็บไว้ใช้กับการติดตั้งครั้งต่อไป"
LangString RemoveData ${LANG_SIMPCHINESE} "是否同时删除 $\r$\n${USER_DATA} 中的 Customs Desk 数据？$\r$\n$\r$\n这将删除数据库、照片、密钥和备份，且无法恢复。选择“否”可保留这些数据供以后安装使用。"
LangString RemoveData ${LANG_TRADCHINESE} "是否同時刪除 $\r$\n${USER_DATA} 中的 Customs Desk 資料？$\r$\n$\r$\n這將刪除資料庫、相片、金鑰和備份，且無法復原。選擇「否」可保留這些資料供日後安裝使用。"
LangString RemoveData ${LANG_JAPANESE} "$\r$\n${USER_DATA} にある Customs Desk のデータも削除しますか？$\r$\n$\r$\nデータベース、写真、鍵、バックアップが削除され、元に戻せません。後で再インストールする場合に残すには「いいえ」を選んでください。"
LangString RemoveData ${LANG_KOREAN} "$\r$\n${USER_DATA} 에 있는 Customs Desk 데이터도 삭제하시겠습니까?$\r$\n$\r$\n데이터베이스, 사진, 키, 백업이 삭제되며 되돌릴 수 없습니다. 나중에 다시 설치할 때 쓰려면 '아니요'를 선택하십시오."
LangString RemoveData ${LANG_VIETNAMESE} "Xóa cả dữ liệu Customs Desk của bạn trong $\r$\n${USER_DATA}?$\r$\n$\r$\nThao tác này xóa cơ sở dữ liệu, ảnh, khóa và bản sao lưu và không thể hoàn tác. Chọn Không để giữ lại cho lần cài đặt sau."
LangString RemoveData ${LANG_INDONESIAN} "Hapus juga data Customs Desk Anda di $\r$\n${USER_DATA}?$\r$\n$\r$\nIni menghapus basis data, foto, kunci, dan cadangan dan tidak dapat dibatalkan. Pilih Tidak untuk menyimpannya bagi instalasi berikutnya."
LangString RemoveData ${LANG_MALAY} "Padam juga data Customs Desk anda di $\r$\n${USER_DATA}?$\r$\n$\r$\nIni memadam pangkalan data, foto, kunci dan sandaran dan tidak boleh dibuat asal. Pilih Tidak untuk menyimpannya bagi pemasangan seterusnya."
LangString FileTypeName ${LANG_ENGLISH} "Customs Desk exchange package"
LangString FileTypeName ${LANG_THAI} "แพ็กเกจแลกเปลี่ยน Customs Desk"
LangString FileTypeName ${LANG_SIMPCHINESE} "Customs Desk 交换包"
LangString FileTypeName ${LANG_TRADCHINESE} "Customs Desk 交換套件"
LangString FileTypeName ${LANG_JAPANESE} "Customs Desk 交換パッケージ"
LangString FileTypeName ${LANG_KOREAN} "Customs Desk 교환 패키지"
LangString FileTypeName ${LANG_VIETNAMESE} "Gói trao đổi Customs Desk"
LangString FileTypeName ${LANG_INDONESIAN} "Paket pertukaran Customs Desk"
LangString FileTypeName ${LANG_MALAY} "Pakej pertukaran Customs Desk"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Customs Desk" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole program folder: no stale libraries from the old version.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; .cdx exchange packages open in Customs Desk (per user, no administrator rights needed).
  WriteRegStr HKCU "Software\Classes\.cdx" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.cdx" "Content Type" "application/x-customs-desk-exchange"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" --open "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${SETTINGS_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"

  ; Only what the installer put there: never RMDir /r a folder the user may have chosen by hand.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"

  ReadRegStr $0 HKCU "Software\Classes\.cdx" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey HKCU "Software\Classes\.cdx"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"

  ; The officer's data: ask; a silent uninstall (/S) keeps it.
  ${If} ${FileExists} "${USER_DATA}\*.*"
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(RemoveData)" /SD IDNO IDNO keep_data
      RMDir /r "${USER_DATA}"
    keep_data:
  ${EndIf}
  RMDir "$INSTDIR"
SectionEnd
