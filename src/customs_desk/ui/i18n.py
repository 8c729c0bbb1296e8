"""Interface languages: loading Qt Linguist translations, Qt's own, and a pseudo-locale.

Translation files (``customs_desk_<code>.ts``) live in ``resources/translations`` and are compiled
to ``.qm`` at build time by ``scripts/i18n.py build`` (not committed). Qt's ``qtbase_*.qm`` come
with PySide6 (none exist for th, km, vi, ms, id; those standard buttons are in our own files).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from customs_desk.i18n import Msg
from customs_desk.resources import resource_path

log = logging.getLogger(__name__)

PSEUDO = "pseudo"


@dataclass(frozen=True)
class Language:
    code: str  # our code, also the .ts suffix
    native_name: str
    english_name: str
    qt_locale: str  # for QLocale and qtbase_*.qm
    reviewed: bool = False  # reviewed by a native speaker


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", "en_GB", reviewed=True),
    Language("zh_CN", "简体中文", "Chinese (Simplified)", "zh_CN"),
    Language("zh_HK", "繁體中文（香港）", "Chinese (Traditional, Hong Kong)", "zh_HK"),
    Language("ja", "日本語", "Japanese", "ja_JP"),
    Language("ko", "한국어", "Korean", "ko_KR"),
    Language("th", "ไทย", "Thai", "th_TH"),
    Language("vi", "Tiếng Việt", "Vietnamese", "vi_VN"),
    Language("id", "Bahasa Indonesia", "Indonesian", "id_ID"),
    Language("ms", "Bahasa Melayu", "Malay", "ms_MY"),
    Language("km", "ខ្មែរ", "Khmer", "km_KH"),
)
SHIPPED = tuple(lang.code for lang in LANGUAGES)


def language(code: str) -> Language:
    for lang in LANGUAGES:
        if lang.code == code:
            return lang
    if code == PSEUDO:
        return Language(PSEUDO, "Pseudo-locale (layout test)", "Pseudo-locale", "en_GB")
    return LANGUAGES[0]


def system_language() -> str:
    """Best shipped language for the system locale (first-run default)."""
    name = QLocale.system().name()  # e.g. "th_TH", "zh_TW"
    if name.startswith(("zh_HK", "zh_TW", "zh_MO")) or "Hant" in QLocale.system().bcp47Name():
        return "zh_HK"
    if name.startswith("zh"):
        return "zh_CN"
    base = name.split("_")[0]
    if base == "in":  # legacy Indonesian code
        base = "id"
    return base if base in SHIPPED else "en"


def pseudo_translate(text: str) -> str:
    """Longer, accented text that still reads: catches clipped labels and hard-coded strings."""
    if not text:
        return text
    table = str.maketrans("aeiouAEIOUcnsyzCNSYZ", "áéîõüÅÉÎÕÜçñšýžÇÑŠÝŽ")
    out: list[str] = []
    in_placeholder = False
    for ch in text:
        if ch in "{%&<":
            in_placeholder = True
        if in_placeholder:
            out.append(ch)
            if ch in "}> " or (ch.isdigit() and out[-2:-1] == ["%"]):
                in_placeholder = False
            continue
        out.append(ch.translate(table))
    extra = max(3, len(text) * 2 // 5)
    return "［" + "".join(out) + " " + "·" * extra + "］"


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context in ("QPlatformTheme", "QDialogButtonBox") and source.startswith("&"):
            return "&" + pseudo_translate(source[1:])
        return pseudo_translate(source)


class Translations:
    """Installs and swaps the translators of the running application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = "en"

    def apply(self, code: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        lang = language(code)
        self.current = lang.code
        QLocale.setDefault(QLocale(lang.qt_locale))
        if lang.code == PSEUDO:
            self._install(PseudoTranslator(self._app))
            return
        if lang.code == "en":
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self._app)
        # Qt ships qtbase for zh_CN, zh_TW, ja and ko only; Hong Kong uses the Traditional one.
        candidates = [f"qtbase_{lang.qt_locale}", f"qtbase_{lang.code}"]
        if lang.code == "zh_HK":
            candidates.insert(0, "qtbase_zh_TW")
        if any(qtbase.load(name, qt_dir) for name in candidates):
            self._install(qtbase)
        ours = QTranslator(self._app)
        folder = resource_path("translations")
        if ours.load(f"customs_desk_{lang.code}", str(folder)):
            self._install(ours)
        else:
            log.warning("no compiled translation for %s in %s", lang.code, folder)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def tr_core(message: str) -> str:
    """Translate a message that came from the core (see customs_desk.i18n.Msg)."""
    if isinstance(message, Msg):
        text = QCoreApplication.translate("core", message.template)
        # Parts that are messages themselves (advice, hints, verbs) are translated too.
        params = {
            key: tr_core(value) if isinstance(value, Msg) else value
            for key, value in message.params.items()
        }
        try:
            return text.format(**params) if params else text
        except (KeyError, IndexError, ValueError):
            return str(message)
    return QCoreApplication.translate("core", message)
