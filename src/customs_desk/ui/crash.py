"""Unexpected errors: log them, show a dialog with "copy details", or exit in automation."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from customs_desk import __version__
from customs_desk.logsetup import RingBufferHandler

log = logging.getLogger(__name__)


def crash_report(exc_text: str, log_file: Path | None, ring: RingBufferHandler | None) -> str:
    lines = [
        f"Customs Desk {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"Qt {qVersion()}",
        f"Log file: {log_file}" if log_file else "Log file: none",
        "",
        exc_text.rstrip(),
    ]
    if ring is not None and ring.records:
        lines += ["", "Recent log:", ring.text()]
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.details = details
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong inside Customs Desk. Your saved work is safe; the record "
                "you were editing is kept as a draft. Please copy the details below and send "
                "them to your IT contact or the secretariat."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setMinimumSize(560, 260)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class ExceptHook:
    """sys.excepthook for the GUI. Re-entrant errors are printed, not shown again."""

    def __init__(
        self,
        *,
        show_dialog: bool,
        log_file: Path | None,
        ring: RingBufferHandler | None,
        exit_func: Callable[[int], None] = sys.exit,
    ) -> None:
        self.show_dialog = show_dialog
        self.log_file = log_file
        self.ring = ring
        self.exit_func = exit_func
        self._busy = False
        self.last_report: str | None = None

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("unexpected error\n%s", text)
        self.last_report = crash_report(text, self.log_file, self.ring)
        if issubclass(exc_type, KeyboardInterrupt):
            self.exit_func(130)
            return
        if not self.show_dialog or self._busy or QApplication.instance() is None:
            if sys.stderr is not None:
                print(self.last_report, file=sys.stderr)  # noqa: T201 - no dialog wanted
            if not self.show_dialog:
                self.exit_func(70)
            return
        self._busy = True
        try:
            CrashDialog(self.last_report).exec()
        finally:
            self._busy = False
