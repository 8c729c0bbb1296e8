"""Choose a party (reused across records so repeat offenders show) or create one."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor
from customs_desk.codes.countries import iso_countries
from customs_desk.errors import CustomsDeskError, ValidationError
from customs_desk.records.parties import PartyService, PartyView
from customs_desk.ui.widgets import ValidatingForm, show_error


def country_combo(allow_empty: bool = True) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(False)
    if allow_empty:
        combo.addItem("—", "")
    for code, name in sorted(iso_countries().items(), key=lambda kv: kv[1]):
        combo.addItem(f"{name} ({code})", code)
    return combo


class PartyDialog(QDialog):
    def __init__(
        self,
        service: PartyService,
        actor: Actor,
        data: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partyDialog")
        self._service = service
        self._actor = actor
        self._id = (data or {}).get("id")
        self.saved: PartyView | None = None
        self.setWindowTitle(self.tr("Party"))
        layout = QVBoxLayout(self)
        self.form = ValidatingForm()
        self.name = QLineEdit((data or {}).get("name", ""))
        self.person = QCheckBox(self.tr("This is a person (removed from non-nominal exports)"))
        self.person.setChecked(bool((data or {}).get("is_person")))
        self.address = QPlainTextEdit((data or {}).get("address", ""))
        self.address.setFixedHeight(60)
        self.country = country_combo()
        self.country.setCurrentIndex(max(self.country.findData((data or {}).get("country", "")), 0))
        self.registration = QLineEdit((data or {}).get("registration_number", ""))
        self.form.add_row("name", self.tr("Name"), self.name)
        self.form.add_row("is_person", "", self.person)
        self.form.add_row("address", self.tr("Address"), self.address)
        self.form.add_row("country", self.tr("Country"), self.country)
        self.form.add_row("registration_number", self.tr("Registration number"), self.registration)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        data = {
            "id": self._id,
            "name": self.name.text(),
            "is_person": self.person.isChecked(),
            "address": self.address.toPlainText(),
            "country": self.country.currentData() or "",
            "registration_number": self.registration.text(),
        }
        try:
            self.saved = self._service.save(self._actor, data)
        except ValidationError as exc:
            self.form.show_errors(exc.problems)
            return
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.accept()


class PartyPicker(QWidget):
    """Type to find an existing party; 'New…' creates one. Holds {"id", "name"} or None."""

    changed = Signal()

    def __init__(
        self,
        service: PartyService,
        actor: Actor,
        parent: QWidget | None = None,
        watchlist: Callable[[str, str], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._watchlist = watchlist
        self._service = service
        self._actor = actor
        self._value: dict[str, Any] | None = None
        self._matches: dict[str, PartyView] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type a name to find the party"))
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._chosen)
        self.edit.setCompleter(completer)
        self.edit.textEdited.connect(self._typed)
        self.flag = QLabel()
        self.flag.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.clicked.connect(self._new)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self._edit)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.flag)
        layout.addWidget(self.new_button)
        layout.addWidget(self.edit_button)
        self._update()

    def _typed(self, text: str) -> None:
        self._value = None
        self._matches = (
            {f"{p.name} ({p.country or '—'})": p for p in self._service.search(text, limit=30)}
            if len(text.strip()) >= 2
            else {}
        )
        self._model.setStringList(list(self._matches))
        self._update()
        self.changed.emit()

    def _chosen(self, text: str) -> None:
        party = self._matches.get(text)
        if party is not None:
            self.set_value({"id": str(party.id), "name": party.name})
            self.changed.emit()

    def _new(self) -> None:
        dialog = PartyDialog(self._service, self._actor, {"name": self.edit.text()}, self)
        if dialog.exec() and dialog.saved is not None:
            self.set_value({"id": str(dialog.saved.id), "name": dialog.saved.name})
            self.changed.emit()

    def _edit(self) -> None:
        if not self._value:
            return
        data = self._service.payload(uuid.UUID(self._value["id"]))
        dialog = PartyDialog(self._service, self._actor, data, self)
        if dialog.exec() and dialog.saved is not None:
            self.set_value({"id": str(dialog.saved.id), "name": dialog.saved.name})
            self.changed.emit()

    def set_value(self, value: dict[str, Any] | None) -> None:
        self._value = dict(value) if value else None
        self.edit.setText(value["name"] if value else "")
        self._update()

    def value(self) -> dict[str, Any] | None:
        if self._value:
            return dict(self._value)
        return None

    def _update(self) -> None:
        self.edit_button.setEnabled(self._value is not None)
        self.flag.clear()
        if self._value:
            try:
                party = self._service.get(uuid.UUID(self._value["id"]))
            except (CustomsDeskError, ValueError):
                return
            flags: list[str] = []
            tips: list[str] = []
            alert = (
                self._watchlist(party.name, party.registration_number)
                if self._watchlist is not None
                else None
            )
            if alert is not None:
                flags.append(self.tr("⚑ on the watch list"))
                tips.append(
                    self.tr("Watch list from the secretariat: {title}").format(title=alert.title)
                    + (f"\n{alert.body}" if alert.body else "")
                )
            if party.repeat_offender:
                flags.append(self.tr("⚠ {n} earlier findings").format(n=party.adverse))
                tips.append(
                    self.tr(
                        "This party appears in {n} inspections that were not simply released."
                    ).format(n=party.adverse)
                )
            self.flag.setText("  ".join(flags))
            self.flag.setToolTip("\n".join(tips))

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.new_button.setEnabled(not read_only)
        self.edit_button.setEnabled(not read_only and self._value is not None)
