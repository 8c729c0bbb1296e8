"""Home page panels: overdue and due-soon take-backs, drafts to finish."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from customs_desk.accounts.roles import Actor
from customs_desk.clock import Clock
from customs_desk.ui.formats import datetime_text
from customs_desk.ui.records.services import RecordServices


class DeadlinesPanel(QGroupBox):
    """Cases whose take-back deadline has passed or is within a week."""

    def __init__(
        self,
        services: RecordServices,
        clock: Clock,
        open_case: Callable[[uuid.UUID], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deadlinesPanel")
        self.setTitle(self.tr("Take-back deadlines"))
        self.s = services
        self.clock = clock
        self.open_case = open_case
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("deadlinesText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(lambda link: self.open_case(uuid.UUID(link)))
        layout.addWidget(self.label)
        self.refresh()

    def refresh(self) -> None:
        today = self.clock.now().date()
        overdue = self.s.cases.overdue(today)
        soon = self.s.cases.due_soon(7, today)
        lines = []
        for case in overdue[:20]:
            days = -(case.days_left(today) or 0)
            late = self.tr("OVERDUE by {n} days").format(n=days)
            lines.append(
                f"<span style='color:#b3261e; font-weight:600'>{html.escape(late)}</span> "
                f"<a href='{case.id}'>{html.escape(case.number)}</a> · {html.escape(case.post_code)}"
            )
        if len(overdue) > 20:
            lines.append(
                html.escape(
                    self.tr("… and {n} more overdue cases (Cases page, 'Only overdue').").format(
                        n=len(overdue) - 20
                    )
                )
            )
        for case in soon[:10]:
            left = self.tr("{n} days left").format(n=case.days_left(today))
            lines.append(
                f"<span style='color:#a15c00'>{html.escape(left)}</span> "
                f"<a href='{case.id}'>{html.escape(case.number)}</a>"
            )
        self.label.setText(
            "<br>".join(lines)
            or html.escape(self.tr("No take-back deadline is overdue or due this week."))
        )


class DraftsPanel(QGroupBox):
    def __init__(
        self,
        services: RecordServices,
        actor: Actor,
        open_record: Callable[[uuid.UUID], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftsPanel")
        self.setTitle(self.tr("Your drafts"))
        self.s = services
        self.actor = actor
        self.open_record = open_record
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(lambda link: self.open_record(uuid.UUID(link)))
        layout.addWidget(self.label)
        self.refresh()

    def refresh(self) -> None:
        drafts = self.s.inspections.drafts(self.actor)
        started = self.tr("Draft started {when}")
        lines = [
            f"<a href='{d.id}'>{html.escape(started.format(when=datetime_text(d.created_at)))}</a>"
            f" · {html.escape(d.payload.get('declared_description') or d.payload.get('transport_document') or '')}"
            for d in drafts[:15]
        ]
        self.label.setText("<br>".join(lines) or html.escape(self.tr("No drafts.")))
