"""One case: status, Article 9 grounds, notifications, the take-back clock and the timeline."""

from __future__ import annotations

import html
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.errors import CustomsDeskError, ValidationError
from customs_desk.records.cases import CaseView
from customs_desk.ui.formats import date_text, datetime_text
from customs_desk.ui.i18n import tr_core
from customs_desk.ui.records import labels
from customs_desk.ui.records.party_picker import country_combo
from customs_desk.ui.records.services import RecordServices
from customs_desk.ui.widgets import ValidatingForm, show_error


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def clock_text(case: CaseView, today: date, tr: Any = None) -> tuple[str, str]:
    """The clock as a sentence and a colour (translated in the "CaseClock" context)."""
    if case.deadline is None:
        return QCoreApplication.translate("CaseClock", "No take-back clock is running."), "#555555"
    left = case.days_left(today) or 0
    if case.status in ("not-illegal", "returned-or-disposed", "closed"):
        return QCoreApplication.translate(
            "CaseClock", "Deadline was {date}; the case is finished."
        ).format(date=date_text(case.deadline)), "#2e7d32"
    if left < 0:
        return QCoreApplication.translate(
            "CaseClock", "OVERDUE by {n} days (deadline {date})"
        ).format(n=-left, date=date_text(case.deadline)), "#b3261e"
    if left <= 7:
        return QCoreApplication.translate("CaseClock", "{n} days left (deadline {date})").format(
            n=left, date=date_text(case.deadline)
        ), "#a15c00"
    return QCoreApplication.translate("CaseClock", "{n} days left (deadline {date})").format(
        n=left, date=date_text(case.deadline)
    ), "#2e7d32"


class NotificationDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationDialog")
        self.setWindowTitle(self.tr("Competent authority notified"))
        layout = QVBoxLayout(self)
        self.form = ValidatingForm()
        self.authority = QLineEdit()
        self.country = country_combo()
        self.notified_on = QDateEdit(qdate(today))
        self.notified_on.setCalendarPopup(True)
        self.notified_on.setDisplayFormat("yyyy-MM-dd")
        self.method = QLineEdit()
        self.reference = QLineEdit()
        self.clock = QComboBox()
        self.clock.addItem(self.tr("Does not start a clock"), None)
        for key, text in labels.items(labels.CLOCK):
            if key != "none":
                self.clock.addItem(self.tr("Starts: {clock}").format(clock=text), key)
        self.form.add_row("authority", self.tr("Authority"), self.authority)
        self.form.add_row("country", self.tr("Country"), self.country)
        self.form.add_row("notified_on", self.tr("Date informed"), self.notified_on)
        self.form.add_row("method", self.tr("How (e-mail, letter, focal point…)"), self.method)
        self.form.add_row("reference", self.tr("Reference"), self.reference)
        self.form.add_row("clock", self.tr("Take-back clock"), self.clock)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CaseWidget(QWidget):
    closed = Signal()
    inspection_requested = Signal(object)
    saved = Signal()

    def __init__(
        self,
        services: RecordServices,
        actor: Actor,
        clock: Clock,
        case_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseWidget")
        self.s = services
        self.actor = actor
        self.clock = clock
        self.case: CaseView = services.cases.get(case_id)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.inspection_link = QLabel()
        self.inspection_link.setTextFormat(Qt.TextFormat.RichText)
        self.inspection_link.linkActivated.connect(
            lambda _l: self.inspection_requested.emit(self.case.inspection_id)
        )
        header.addWidget(self.title)
        header.addWidget(self.inspection_link)
        header.addStretch(1)
        from customs_desk.ui.records.inspection_form import report_button

        self.report_button = report_button(services, actor, "case", lambda: self.case.number, self)
        if self.report_button is not None:
            header.addWidget(self.report_button)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeCase")
        close.clicked.connect(self.closed)
        header.addWidget(close)
        outer.addLayout(header)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("caseClock")
        self.clock_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        outer.addWidget(self.clock_label)
        area = QScrollArea()
        area.setWidgetResizable(True)
        body = QWidget()
        columns = QHBoxLayout(body)
        area.setWidget(body)
        outer.addWidget(area, 1)

        left = QVBoxLayout()
        state = QGroupBox(self.tr("Status and path"))
        self.form = ValidatingForm(state)
        state_layout = QVBoxLayout(state)
        state_layout.addWidget(self.form)
        self.status = QComboBox()
        self.status.setObjectName("caseStatus")
        for key, text in labels.items(labels.CASE_STATUS):
            self.status.addItem(text, key)
        self.path = QComboBox()
        self.path.addItem("—", None)
        for key, text in labels.items(labels.PATH):
            self.path.addItem(text, key)
        self.responsibility = QComboBox()
        self.responsibility.addItem("—", None)
        for key, text in (
            ("exporter", self.tr("Exporter or generator (Art. 9(2))")),
            ("importer", self.tr("Importer or disposer (Art. 9(3))")),
            ("undetermined", self.tr("Cannot be assigned (Art. 9(4))")),
        ):
            self.responsibility.addItem(text, key)
        self.agreed = QDateEdit()
        self.agreed.setCalendarPopup(True)
        self.agreed.setDisplayFormat("yyyy-MM-dd")
        self.agreed.setSpecialValueText("—")
        self.agreed.setMinimumDate(QDate(1992, 5, 4))
        self.summary = QPlainTextEdit()
        self.summary.setMaximumHeight(90)
        self.form.add_row("status", self.tr("Status"), self.status)
        self.form.add_row("responsibility", self.tr("Responsibility"), self.responsibility)
        self.form.add_row("path", self.tr("Take-back or disposal"), self.path)
        self.form.add_row(
            "agreed_deadline", self.tr("Period agreed by the States (optional)"), self.agreed
        )
        self.form.add_row("summary", self.tr("Summary"), self.summary)
        left.addWidget(state)
        grounds_box = QGroupBox(self.tr("Article 9(1) grounds"))
        grounds_layout = QVBoxLayout(grounds_box)
        self.grounds: dict[str, QCheckBox] = {}
        for key, text in labels.items(labels.GROUNDS):
            box = QCheckBox(text)
            box.setObjectName(f"ground-{key}")
            self.grounds[key] = box
            grounds_layout.addWidget(box)
        left.addWidget(grounds_box)
        self.note = QLineEdit()
        self.note.setObjectName("caseNote")
        self.note.setPlaceholderText(self.tr("What happened (kept on the timeline)"))
        left.addWidget(self.note)
        row = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Record changes"))
        self.apply_button.setObjectName("caseApply")
        self.apply_button.clicked.connect(self.apply_changes)
        self.notify_button = QPushButton(self.tr("Authority notified…"))
        self.notify_button.setObjectName("caseNotify")
        self.notify_button.clicked.connect(self.add_notification)
        row.addWidget(self.apply_button)
        row.addWidget(self.notify_button)
        row.addStretch(1)
        left.addLayout(row)
        self.notifications = QLabel()
        self.notifications.setWordWrap(True)
        left.addWidget(self.notifications)
        left.addStretch(1)
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Timeline")))
        self.timeline = QListWidget()
        self.timeline.setObjectName("caseTimeline")
        self.timeline.setWordWrap(True)
        right.addWidget(self.timeline, 1)
        columns.addLayout(right, 2)
        editable = self.case.own_post and actor.can(Permission.EDIT_RECORDS)
        for widget in (
            self.apply_button,
            self.notify_button,
            self.note,
            self.status,
            self.path,
            self.responsibility,
            self.agreed,
            self.summary,
            *self.grounds.values(),
        ):
            widget.setEnabled(editable)
        self.load()

    def load(self) -> None:
        c = self.case
        p = c.payload
        self.title.setText(self.tr("Case {number}").format(number=c.number))
        self.inspection_link.setText(f"<a href='#'>{html.escape(c.inspection_number or '')}</a>")
        text, color = clock_text(c, self.clock.now().date(), self.tr)
        self.clock_label.setText(text)
        self.clock_label.setStyleSheet(f"font-size: 13pt; font-weight: 600; color: {color};")
        self.status.setCurrentIndex(max(self.status.findData(c.status), 0))
        self.path.setCurrentIndex(max(self.path.findData(p.get("path")), 0))
        self.responsibility.setCurrentIndex(
            max(self.responsibility.findData(p.get("responsibility")), 0)
        )
        agreed = p.get("agreed_deadline")
        self.agreed.setDate(
            qdate(date.fromisoformat(agreed)) if agreed else self.agreed.minimumDate()
        )
        self.summary.setPlainText(p.get("summary", ""))
        for key, box in self.grounds.items():
            box.setChecked(key in (p.get("grounds") or []))
        notes = [
            self.tr("{authority} ({country}) informed on {date}").format(
                authority=n["authority"],
                country=n.get("country") or "—",
                date=_shown_date(n.get("notified_on")),
            )
            for n in p.get("notifications") or []
        ]
        self.notifications.setText("\n".join(notes) or self.tr("No authority notified yet."))
        self.timeline.clear()
        for entry in self.s.cases.timeline(c.id):
            when = datetime_text(entry.occurred_at)
            text = self._event_text(entry.kind, entry.data, entry.text)
            item = QListWidgetItem(f"{when} · {entry.author_name}\n{text}")
            self.timeline.addItem(item)

    def _event_text(self, kind: str, data: dict[str, Any], text: str) -> str:
        if kind.startswith("changed:"):
            field = data.get("field", "")
            table = {"status": labels.CASE_STATUS, "path": labels.PATH, "clock": labels.CLOCK}.get(
                field
            )
            before = labels.label(table, data.get("from")) if table else data.get("from")
            after = labels.label(table, data.get("to")) if table else data.get("to")
            if field == "notifications":
                change = self.tr("Notification recorded")
            elif field == "grounds":
                change = self.tr("Grounds: {grounds}").format(
                    grounds=", ".join(data.get("to") or []) or "—"
                )
            else:
                change = self.tr("{field}: {before} → {after}").format(
                    field=field, before=before or "—", after=after or "—"
                )
            return change + (f" — {tr_core(text)}" if text else "")
        if kind == "opened":
            return tr_core(text) or self.tr("Case opened")
        return tr_core(text)

    def changes(self) -> dict[str, Any]:
        p = self.case.payload
        agreed = (
            None
            if self.agreed.date() == self.agreed.minimumDate()
            else pydate(self.agreed.date()).isoformat()
        )
        wanted = {
            "status": self.status.currentData(),
            "path": self.path.currentData(),
            "responsibility": self.responsibility.currentData(),
            "agreed_deadline": agreed,
            "summary": self.summary.toPlainText(),
            "grounds": sorted(k for k, b in self.grounds.items() if b.isChecked()),
        }
        return {
            k: v
            for k, v in wanted.items()
            if p.get(k) != v and not (k == "summary" and (p.get(k) or "") == v)
        }

    def apply_changes(self) -> bool:
        try:
            self.case = self.s.cases.update(
                self.actor, self.case.id, self.changes(), self.note.text()
            )
        except ValidationError as exc:
            self.form.show_errors(exc.problems)
            return False
        except CustomsDeskError as exc:
            show_error(self, exc)
            return False
        self.note.clear()
        self.form.clear_errors()
        self.load()
        self.saved.emit()
        return True

    def add_notification(self) -> None:
        dialog = NotificationDialog(self.clock.now().date(), self)
        if not dialog.exec():
            return
        try:
            self.case = self.s.cases.add_notification(
                self.actor,
                self.case.id,
                authority=dialog.authority.text(),
                country=dialog.country.currentData() or "",
                notified_on=pydate(dialog.notified_on.date()),
                method=dialog.method.text(),
                reference=dialog.reference.text(),
                starts_clock=dialog.clock.currentData(),
            )
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.load()
        self.saved.emit()


def _shown_date(iso: object) -> str:
    """A stored ISO date in the interface language's format (left as stored if malformed)."""
    try:
        return date_text(date.fromisoformat(str(iso)))
    except ValueError:
        return str(iso or "")
