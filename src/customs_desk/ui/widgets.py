"""Small shared widgets: forms with per-field error messages, error boxes, page headers."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from customs_desk.errors import CustomsDeskError, EnvironmentProblem, PermissionDenied
from customs_desk.ui.i18n import tr_core

ERROR_STYLE = "color: #b00020;"


class FieldError(QLabel):
    """A red message shown right under a field; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class ValidatingForm(QWidget):
    """A QFormLayout whose rows carry an error label keyed by a field path (e.g. ``post.code``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._errors: dict[str, FieldError] = {}
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def add_row(self, key: str, label: str, field: QWidget) -> QLabel:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        error = FieldError(box)
        layout.addWidget(error)
        title = QLabel(label, self)
        title.setBuddy(field)
        self.form.addRow(title, box)
        self._errors[key] = error
        self._labels[key] = title
        self._fields[key] = field
        return title

    def set_row_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self._labels[key], visible)

    def set_label(self, key: str, text: str) -> None:
        self._labels[key].setText(text)

    def clear_errors(self) -> None:
        for error in self._errors.values():
            error.show_message("")

    def show_errors(self, problems: Mapping[str, str]) -> list[str]:
        """Show each message beside its field; returns messages that have no field here."""
        self.clear_errors()
        unplaced: list[str] = []
        first: QWidget | None = None
        for key, message in problems.items():
            if key in self._errors:
                self._errors[key].show_message(tr_core(message))
                if first is None:
                    first = self._fields[key]
            else:
                unplaced.append(tr_core(message))
        if first is not None:
            first.setFocus()
        return unplaced

    def error_text(self, key: str) -> str:
        error = self._errors[key]
        return error.text() if error.isVisible() or error.text() else ""


def show_error(parent: QWidget | None, exc: CustomsDeskError) -> None:
    """A message box for an expected error, translated, with its hint."""
    title = QCoreApplication.translate("widgets", "Cannot continue")
    if isinstance(exc, PermissionDenied):
        title = QCoreApplication.translate("widgets", "Not allowed")
    text = tr_core(exc.message)
    box = QMessageBox(parent)
    box.setIcon(
        QMessageBox.Icon.Critical
        if isinstance(exc, EnvironmentProblem)
        else QMessageBox.Icon.Warning
    )
    box.setWindowTitle(title)
    box.setText(text)
    if exc.hint:
        box.setInformativeText(tr_core(exc.hint))
    box.exec()
