"""Run core calls off the GUI thread with success/failure callbacks (after Anki's operations).

Workers never touch widgets; callbacks run on the GUI thread. Expected errors
(:class:`CustomsDeskError`) go to ``on_error``; anything else goes to sys.excepthook.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from customs_desk.errors import CustomsDeskError


class _GcPause:
    """Python's cyclic garbage collector may run in whichever thread allocates when its
    threshold is reached. Run in a worker thread, it can destroy leftover Qt objects there, and Qt
    then warns (or worse) about timers and objects owned by another thread. So while background
    jobs run, automatic collection is paused; it is collected and resumed on the GUI thread.
    (Anki does the same: garbage is collected on the main thread only.)"""

    def __init__(self) -> None:
        self.jobs = 0
        self.paused = False

    def begin(self) -> None:
        if self.jobs == 0:
            gc.collect()
            self.paused = gc.isenabled()
            if self.paused:
                gc.disable()
        self.jobs += 1

    def end(self) -> None:
        self.jobs -= 1
        if self.jobs == 0 and self.paused:
            self.paused = False
            gc.enable()


_gc_pause = _GcPause()  # touched on the GUI thread only


class _GcResumer(QObject):
    """Lives on the GUI thread; a finished job (even one whose widget is gone) signals it."""

    job_finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.job_finished.connect(_gc_pause.end)


_resumer: _GcResumer | None = None


def _job_started() -> _GcResumer:
    global _resumer
    if _resumer is None:
        _resumer = _GcResumer()
    _gc_pause.begin()
    return _resumer


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
        self.resumer: _GcResumer | None = None

    def run(self) -> None:
        try:
            try:
                if self.with_progress:
                    result = self.fn(lambda done, total: self._emit("progress", done, total))
                else:
                    result = self.fn()
            except CustomsDeskError as exc:
                self._emit("failed", exc)
            except Exception:
                self._emit("crashed", sys.exc_info())
            else:
                self._emit("done", result)
        finally:
            if self.resumer is not None:
                # RuntimeError: the application is shutting down (its resumer is gone) while
                # this job finished; there is no collector left to resume.
                with contextlib.suppress(RuntimeError):
                    self.resumer.job_finished.emit()

    def _emit(self, name: str, *args: Any) -> None:
        # RuntimeError: the widget that asked for this work was closed meanwhile; nobody to tell.
        with contextlib.suppress(RuntimeError):
            getattr(self.signals, name).emit(*args)


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
        self._job.resumer = _job_started()
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
