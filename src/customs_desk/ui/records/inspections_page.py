"""The Inspections page: the register, and the form of the record being worked on."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from customs_desk.accounts.roles import Actor, Permission
from customs_desk.errors import CustomsDeskError
from customs_desk.records.register import (
    DEFAULT_INSPECTION_COLUMNS,
    INSPECTION_COLUMNS,
    RegisterQuery,
)
from customs_desk.ui.records import labels
from customs_desk.ui.records.inspection_form import InspectionForm
from customs_desk.ui.records.register_view import RegisterView
from customs_desk.ui.records.services import RecordServices
from customs_desk.ui.widgets import show_error


def inspection_titles() -> dict[str, str]:
    titles = {
        "number": QCoreApplication.translate("Register", "Number"),
        "inspected_at": QCoreApplication.translate("Register", "Date"),
        "post": QCoreApplication.translate("Register", "Post"),
        "status": QCoreApplication.translate("Register", "Status"),
        "inspection_type": QCoreApplication.translate("Register", "Type"),
        "transport_mode": QCoreApplication.translate("Register", "Transport"),
        "containers": QCoreApplication.translate("Register", "Containers"),
        "transport_document": QCoreApplication.translate("Register", "B/L or AWB"),
        "declaration_number": QCoreApplication.translate("Register", "Declaration"),
        "exporter": QCoreApplication.translate("Register", "Exporter"),
        "importer": QCoreApplication.translate("Register", "Importer"),
        "export_country": QCoreApplication.translate("Register", "From"),
        "import_country": QCoreApplication.translate("Register", "To"),
        "waste_stream": QCoreApplication.translate("Register", "Waste stream"),
        "basel_codes": QCoreApplication.translate("Register", "Basel codes"),
        "declared_hs": QCoreApplication.translate("Register", "Declared HS"),
        "outcome": QCoreApplication.translate("Register", "Outcome"),
        "weight_kg": QCoreApplication.translate("Register", "Weight (kg)"),
        "officer": QCoreApplication.translate("Register", "Officer"),
        "updated_at": QCoreApplication.translate("Register", "Last change"),
    }
    return {k: titles.get(k, k) for k in INSPECTION_COLUMNS}


def display_value(column: str, value: Any) -> str:
    if value is None:
        return ""
    table = {
        "status": labels.STATUS,
        "outcome": labels.OUTCOME,
        "waste_stream": labels.STREAM,
        "inspection_type": labels.INSPECTION_TYPE,
        "transport_mode": labels.TRANSPORT,
    }.get(column)
    if table is not None:
        return labels.label(table, str(value))
    return str(value)


class InspectionsPage(QWidget):
    case_requested = Signal(object)
    citation_requested = Signal(str)

    def __init__(
        self,
        services: RecordServices,
        actor: Actor,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.s = services
        self.actor = actor
        self._settings = settings
        self.form: InspectionForm | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.stack = QStackedWidget()
        register_page = QWidget()
        register_layout = QVBoxLayout(register_page)
        register_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New inspection"))
        self.new_button.setObjectName("newInspection")
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setEnabled(actor.can(Permission.EDIT_RECORDS))
        self.new_button.clicked.connect(self.new_inspection)
        top.addWidget(self.new_button)
        top.addStretch(1)
        register_layout.addLayout(top)
        statuses = [
            ("draft", labels.label(labels.STATUS, "draft")),
            ("final", labels.label(labels.STATUS, "final")),
            ("void", labels.label(labels.STATUS, "void")),
            ("any", self.tr("any status")),
        ]
        streams = [
            (w.id, labels.label(labels.STREAM, w.id) or w.title)
            for w in services.codes.dataset().waste_streams
        ]
        self.register = RegisterView(
            "inspections",
            self._fetch,
            inspection_titles(),
            list(DEFAULT_INSPECTION_COLUMNS),
            [
                ("status", self.tr("Not withdrawn"), statuses),
                ("outcome", self.tr("All outcomes"), labels.items(labels.OUTCOME)),
                ("waste_stream", self.tr("All waste streams"), streams),
            ],
            services.register,
            actor,
            settings,
            display_value,
        )
        self.register.opened.connect(self.open_record)
        register_layout.addWidget(self.register, 1)
        self.stack.addWidget(register_page)
        layout.addWidget(self.stack)
        self.register.apply()

    def _fetch(self, q: RegisterQuery) -> Any:
        return self.s.register.inspections(q, home_post=self.actor.post_id)

    def new_inspection(self) -> InspectionForm | None:
        try:
            view = self.s.inspections.new_draft(self.actor)
        except CustomsDeskError as exc:
            show_error(self, exc)
            return None
        return self.open_record(view.id)

    def open_record(self, record_id: uuid.UUID) -> InspectionForm | None:
        self.close_form()
        try:
            form = InspectionForm(self.s, self.actor, record_id)
        except CustomsDeskError as exc:
            show_error(self, exc)
            return None
        form.closed.connect(self.close_form)
        form.saved.connect(self.register.refresh)
        form.case_requested.connect(self.case_requested)
        form.citation_requested.connect(self.citation_requested)
        self.stack.addWidget(form)
        self.stack.setCurrentWidget(form)
        self.form = form
        return form

    def close_form(self) -> None:
        if self.form is not None:
            form = self.form
            self.form = None
            form.flush()
            self.stack.setCurrentIndex(0)
            form.deleteLater()
            self.register.refresh()

    # Main window hooks -------------------------------------------------------------------------
    def flush(self) -> None:
        if self.form is not None:
            self.form.flush()

    def snapshot(self) -> dict[str, Any]:
        return {
            "open": str(self.form.view.id) if self.form is not None else None,
            "filter": self.register.filter.text(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.register.filter.setText(state.get("filter") or "")
        if state.get("open"):
            self.open_record(uuid.UUID(state["open"]))
