"""The home page: who and where you are, and what needs attention today."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from customs_desk.accounts.roles import Actor

Panel = Callable[[], QWidget]


class HomePage(QScrollArea):
    """Shows a greeting and the panels other parts contribute (overdue cases, drafts...)."""

    def __init__(
        self, actor: Actor, post_label: str, panels: list[Panel], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        greeting = QLabel(self.tr("Welcome, {name}").format(name=actor.name))
        greeting.setObjectName("homeGreeting")
        greeting.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(greeting)
        where = QLabel(post_label)
        where.setStyleSheet("color: #555;")
        layout.addWidget(where)
        self._panels = panels
        self._panel_widgets: list[QWidget] = []
        for factory in panels:
            widget = factory()
            self._panel_widgets.append(widget)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)

    def refresh(self) -> None:
        for widget in self._panel_widgets:
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()
