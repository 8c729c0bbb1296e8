"""The Cases page: the register of cases and the case being worked on."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from customs_desk.accounts.roles import Actor
from customs_desk.clock import Clock
from customs_desk.errors import CustomsDeskError
from customs_desk.records.register import CASE_COLUMNS, DEFAULT_CASE_COLUMNS, RegisterQuery
from customs_desk.ui.records import labels
from customs_desk.ui.records.case_view import CaseWidget
from customs_desk.ui.records.register_view import RegisterView
from customs_desk.ui.records.services import RecordServices
from customs_desk.ui.widgets import show_error


def case_titles() -> dict[str, str]:
    titles = {
        "number": QCoreApplication.translate("Register", "Number"),
        "opened_at": QCoreApplication.translate("Register", "Opened"),
        "post": QCoreApplication.translate("Register", "Post"),
        "status": QCoreApplication.translate("Register", "Status"),
        "grounds": QCoreApplication.translate("Register", "Art. 9 grounds"),
        "clock": QCoreApplication.translate("Register", "Clock"),
        "state_informed_on": QCoreApplication.translate("Register", "State informed"),
        "deadline": QCoreApplication.translate("Register", "Deadline"),
        "path": QCoreApplication.translate("Register", "Path"),
        "closed_on": QCoreApplication.translate("Register", "Closed"),
        "updated_at": QCoreApplication.translate("Register", "Last change"),
    }
    return {k: titles.get(k, k) for k in CASE_COLUMNS}


def case_display(column: str, value: Any) -> str:
    if value is None:
        return ""
    table = {"status": labels.CASE_STATUS, "path": labels.PATH}.get(column)
    if table is not None:
        return labels.label(table, str(value))
    if column == "clock":
        return {"art9-30": "Art. 9 · 30", "art8-90": "Art. 8 · 90"}.get(str(value), str(value))
    if column == "grounds":
        return ", ".join(f"({g})" for g in str(value))
    return str(value)


class CasesPage(QWidget):
    inspection_requested = Signal(object)

    def __init__(
        self,
        services: RecordServices,
        actor: Actor,
        clock: Clock,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.s = services
        self.actor = actor
        self.clock = clock
        self.case_widget: CaseWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.stack = QStackedWidget()
        register_page = QWidget()
        register_layout = QVBoxLayout(register_page)
        register_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.overdue_only = QCheckBox(self.tr("Only overdue take-backs"))
        self.overdue_only.setObjectName("overdueOnly")
        self.overdue_only.toggled.connect(self._overdue_toggled)
        top.addWidget(self.overdue_only)
        top.addStretch(1)
        register_layout.addLayout(top)
        self.register = RegisterView(
            "cases",
            self._fetch,
            case_titles(),
            list(DEFAULT_CASE_COLUMNS),
            [("status", self.tr("All statuses"), labels.items(labels.CASE_STATUS))],
            services.register,
            actor,
            settings,
            case_display,
        )
        self.register.opened.connect(self.open_case)
        register_layout.addWidget(self.register, 1)
        self.stack.addWidget(register_page)
        layout.addWidget(self.stack)
        self.register.apply()

    def _overdue_toggled(self, _checked: bool) -> None:
        self.register.apply()

    def _fetch(self, q: RegisterQuery) -> Any:
        if self.overdue_only.isChecked():
            q.overdue_on = self.clock.now().date()
        if q.sort in ("", "inspected_at"):
            q.sort = "opened_at"
        return self.s.register.cases(q, home_post=self.actor.post_id)

    def open_case(self, case_id: uuid.UUID) -> CaseWidget | None:
        self.close_case()
        try:
            widget = CaseWidget(self.s, self.actor, self.clock, case_id)
        except CustomsDeskError as exc:
            show_error(self, exc)
            return None
        widget.closed.connect(self.close_case)
        widget.saved.connect(self.register.refresh)
        widget.inspection_requested.connect(self.inspection_requested)
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.case_widget = widget
        return widget

    def close_case(self) -> None:
        if self.case_widget is not None:
            widget = self.case_widget
            self.case_widget = None
            self.stack.setCurrentIndex(0)
            widget.deleteLater()
            self.register.refresh()

    def snapshot(self) -> dict[str, Any]:
        return {"open": str(self.case_widget.case.id) if self.case_widget is not None else None}

    def restore(self, state: dict[str, Any]) -> None:
        if state.get("open"):
            self.open_case(uuid.UUID(state["open"]))
