"""Helpers for driving modal dialogs in GUI tests as a user would."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


def when_modal(kind: type[W], action: Callable[[W], None], timeout_ms: int = 5000) -> None:
    """Run ``action`` on the next modal widget of type ``kind`` once it is shown."""
    waited = 0

    def poll() -> None:
        nonlocal waited
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            action(widget)
            return
        waited += 20
        if waited > timeout_ms:
            raise AssertionError(f"no modal {kind.__name__} appeared")
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
