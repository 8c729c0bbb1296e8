"""Home page panel: the secretariat's alerts and watch lists (from update packages)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from customs_desk.exchange.updates import UpdateExchange
from customs_desk.ui.formats import date_text

KIND_STYLE = {"party": "#b3261e", "route": "#a15c00", "message": "#1a4f8b"}


class AlertsPanel(QGroupBox):
    def __init__(self, updates: UpdateExchange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsPanel")
        self.setTitle(self.tr("Alerts from the secretariat"))
        self.updates = updates
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("alertsText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.refresh()

    def refresh(self) -> None:
        kinds = {
            "party": self.tr("Watch party"),
            "route": self.tr("Route of concern"),
            "message": self.tr("Notice"),
        }
        lines = []
        for alert in self.updates.alerts()[:15]:
            colour = KIND_STYLE.get(alert.kind, "#333")
            subject = alert.data.get("name") or alert.data.get("route") or ""
            line = (
                f"<span style='color:{colour}; font-weight:600'>{html.escape(kinds.get(alert.kind, alert.kind))}</span> "
                f"<b>{html.escape(alert.title)}</b>"
            )
            if subject and subject not in alert.title:
                line += f" · {html.escape(str(subject))}"
            if alert.body:
                line += f"<br><span style='color:#555'>{html.escape(alert.body)}</span>"
            if alert.valid_until:
                line += (
                    " <span style='color:#777'>"
                    + html.escape(self.tr("(until {day})").format(day=date_text(alert.valid_until)))
                    + "</span>"
                )
            lines.append(line)
        self.label.setText(
            "<br><br>".join(lines)
            or html.escape(self.tr("No alerts. Updates from the secretariat bring them."))
        )
