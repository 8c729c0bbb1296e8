"""Run core calls off the GUI thread with success/failure callbacks (after Anki's operations).

Workers never touch widgets; callbacks run on the GUI thread. Expected errors
(:class:`CustomsDeskError`) go to ``on_error``; anything else goes to sys.excepthook.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from customs_desk.errors import CustomsDeskError


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    crashed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.with_progress = with_progress

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(lambda done, total: self.signals.progress.emit(done, total))
            else:
                result = self.fn()
        except CustomsDeskError as exc:
            self.signals.failed.emit(exc)
        except Exception:
            self.signals.crashed.emit(sys.exc_info())
        else:
            self.signals.done.emit(result)


class Operation(QObject):
    """A background call. Keep a reference (parented to a widget) until it finishes."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[CustomsDeskError], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._on_done = on_done
        self._on_error = on_error
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._signals.crashed.connect(self._crashed)
        if on_progress is not None:
            self._signals.progress.connect(on_progress)
        self._job = _Job(fn, self._signals, on_progress is not None)
        self._job.setAutoDelete(False)

    def start(self) -> Operation:
        QThreadPool.globalInstance().start(self._job)
        return self

    def _done(self, result: Any) -> None:
        if self._on_done is not None:
            self._on_done(result)
        self.finished.emit()
        self.deleteLater()

    def _failed(self, exc: CustomsDeskError) -> None:
        if self._on_error is not None:
            self._on_error(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        self.finished.emit()
        self.deleteLater()

    def _crashed(self, info: Any) -> None:
        self.finished.emit()
        self.deleteLater()
        sys.excepthook(*info)


def run_in_background(
    parent: QObject,
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[CustomsDeskError], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Operation:
    """Start ``fn`` on the thread pool; with ``on_progress``, ``fn`` gets a progress callback."""
    return Operation(
        parent, fn, on_done=on_done, on_error=on_error, on_progress=on_progress
    ).start()
