"""About: versions, data folder, languages and how to contribute corrections."""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from customs_desk import APP_NAME, __version__
from customs_desk.store.diagnostics import sqlite_features
from customs_desk.ui.i18n import LANGUAGES


def version_rows(schema: str | None, head: str) -> list[tuple[str, str]]:
    try:
        sqlalchemy_version = metadata.version("SQLAlchemy")
    except metadata.PackageNotFoundError:  # pragma: no cover
        sqlalchemy_version = "?"
    return [
        ("Customs Desk", __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLite", sqlite_features().version),
        ("SQLAlchemy", sqlalchemy_version),
        ("Database schema", f"{schema} (head {head})"),
        ("Python", platform.python_version()),
    ]


class AboutDialog(QDialog):
    def __init__(
        self, schema: str | None, head: str, data_dir: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "An offline desk for customs officers of the Asian Network for Prevention of "
                "Illegal Transboundary Movement of Hazardous Wastes: handbooks, inspections and "
                "cases, reference codes, exchange with the secretariat by file, and reports."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = "".join(
            f"<tr><td>{name}</td><td><b>{value}</b></td></tr>"
            for name, value in version_rows(schema, head)
        )
        versions = QLabel(f"<table cellspacing='4'>{rows}</table>")
        versions.setObjectName("aboutVersions")
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(versions)
        folder = QLabel(self.tr("Data folder: {path}").format(path=data_dir))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setWordWrap(True)
        layout.addWidget(folder)
        reviewed = [lang.native_name for lang in LANGUAGES if lang.reviewed and lang.code != "en"]
        languages = QLabel(
            self.tr(
                "Interface languages: {languages}. Reviewed by a native speaker: {reviewed}. "
                "The translations were written with care by the project; corrections are "
                "welcome: note the screen, the wrong text and your suggestion, and send them to "
                "the secretariat, or edit the file "
                "resources/translations/customs_desk_<language>.ts with Qt Linguist and send it "
                "back."
            ).format(
                languages=", ".join(lang.native_name for lang in LANGUAGES),
                reviewed=", ".join(reviewed) if reviewed else self.tr("none yet"),
            )
        )
        languages.setObjectName("aboutLanguages")
        languages.setWordWrap(True)
        layout.addWidget(languages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
