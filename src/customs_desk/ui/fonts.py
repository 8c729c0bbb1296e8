"""Load the bundled fonts so every member script renders on a bare PC (FEASIBILITY.md section 4)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from customs_desk.resources import resource_path

log = logging.getLogger(__name__)

#: Family order tried before the system's fallback; Korean puts Hangul's font before CJK.
BASE_FAMILIES = [
    "Noto Sans",
    "Noto Sans Thai",
    "Noto Sans Khmer",
    "Droid Sans Fallback",
    "NanumGothic",
]


def families_for(language: str) -> list[str]:
    families = list(BASE_FAMILIES)
    if language.startswith("ko"):
        families.remove("NanumGothic")
        families.insert(1, "NanumGothic")
    return families


def load_fonts() -> list[str]:
    """Register the bundled TTF files; returns the families Qt reported."""
    loaded: list[str] = []
    folder = resource_path("fonts")
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            log.warning("could not load font %s", path.name)
            continue
        loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(loaded))


def apply_app_font(app: QApplication, language: str) -> None:
    font = QFont(app.font())
    font.setFamilies(families_for(language))
    app.setFont(font)


def css_font_stack(language: str) -> str:
    """The same family list for HTML shown in QTextBrowser."""
    return ", ".join(f"'{f}'" for f in families_for(language)) + ", sans-serif"
