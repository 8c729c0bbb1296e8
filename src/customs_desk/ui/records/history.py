"""The revisions of a record: who changed what, when and why; every revision stays readable."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from customs_desk.records.common import RevisionInfo
from customs_desk.ui.formats import datetime_text


def changed_fields(old: dict[str, object], new: dict[str, object]) -> list[str]:
    return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))


class HistoryDialog(QDialog):
    def __init__(self, history: list[RevisionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of the record"))
        self.resize(860, 520)
        self._history = history
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMaximumWidth(330)
        previous: dict[str, object] = {}
        for rev in history:
            fields = changed_fields(previous, rev.payload) if previous else []
            text = self.tr("Revision {n} · {who} · {when}").format(
                n=rev.revision,
                who=rev.author_name,
                when=datetime_text(rev.created_at),
            )
            if rev.reason:
                text += "\n" + self.tr("Reason: {reason}").format(reason=rev.reason)
            if fields:
                text += "\n" + self.tr("Changed: {fields}").format(fields=", ".join(fields))
            if rev.received:
                text += "\n" + self.tr("(received in an exchange package)")
            self.list.addItem(text)
            previous = rev.payload
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        row.addWidget(self.list)
        row.addWidget(self.detail, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(len(history) - 1)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._history):
            rev = self._history[row]
            self.detail.setPlainText(
                f"SHA-256 {rev.content_hash}\n\n"
                + json.dumps(rev.payload, indent=2, ensure_ascii=False)
            )
