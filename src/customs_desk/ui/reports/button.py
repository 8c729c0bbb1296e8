"""A "PDF" button for the inspection form and the case view: makes the record's report in the
background and opens it in the system's PDF viewer."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from customs_desk.errors import CustomsDeskError
from customs_desk.reports.service import DOCUMENTS, ReportService
from customs_desk.ui.i18n import tr_core
from customs_desk.ui.operations import Operation, run_in_background
from customs_desk.ui.reports.jobs import RECORD_KINDS, Opener, ReportRequest, open_pdf
from customs_desk.ui.widgets import show_error

INSPECTION_KINDS = ("inspection", "notice")
CASE_KINDS = ("case", "basel-form")


class ReportButton(QPushButton):
    """Menu of the record's documents; ``key()`` gives the record (number or id) when clicked."""

    report_ready = Signal(object)  # Path
    report_failed = Signal(str)

    def __init__(
        self,
        reports: ReportService,
        key: Callable[[], object],
        *,
        kinds: Sequence[str],
        output_dir: Path,
        officer_name: str,
        paper: Callable[[], str] | str = "A4",
        opener: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("PDF"), parent)
        self.setObjectName("reportButton")
        self.setToolTip(self.tr("Make a PDF of this record and open it"))
        unknown = [k for k in kinds if k not in RECORD_KINDS]
        if unknown:
            raise ValueError(f"not a record document: {unknown}")
        self.reports = reports
        self.key = key
        self.output_dir = output_dir
        self.officer_name = officer_name
        self.paper = paper
        self.opener = opener
        self.operation: Operation | None = None
        self.last_path: Path | None = None
        self.menu_ = QMenu(self)
        self.actions_: dict[str, QAction] = {}
        for kind in kinds:
            action = self.menu_.addAction(tr_core(DOCUMENTS[kind][0]))
            action.setObjectName(f"report-{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.make(k))
            self.actions_[kind] = action
        self.setMenu(self.menu_)

    def make(self, kind: str) -> None:
        """Make the ``kind`` document of the current record, then open it."""
        if self.operation is not None:
            return
        key = str(self.key() or "")
        paper = self.paper() if callable(self.paper) else self.paper
        request = ReportRequest(kind=kind, key=key, paper=paper, officer=self.officer_name)
        target = self.output_dir / request.default_name(self.reports.clock.now())
        self.setEnabled(False)
        self.setText(self.tr("Making PDF…"))
        # Free unreachable Qt objects here: a garbage collection that runs on the worker thread
        # (any allocation can start one) would destroy them there, and Qt objects with timers
        # must die on the thread they belong to.
        gc.collect()
        self.operation = run_in_background(
            self,
            # No reference to this widget in the job: if the worker held the last one, the widget
            # would be destroyed on the worker thread.
            partial(request.run, self.reports, target),
            on_done=self._done,
            on_error=self._failed,
        )

    def _finish(self) -> None:
        self.operation = None
        self.setEnabled(True)
        self.setText(self.tr("PDF"))

    def _done(self, path: Path) -> None:
        self._finish()
        self.last_path = path
        self.report_ready.emit(path)
        open_pdf(path, self.opener)

    def _failed(self, exc: CustomsDeskError) -> None:
        self._finish()
        self.report_failed.emit(tr_core(exc.message))
        show_error(self.window(), exc)


def make_report_button(
    reports: ReportService,
    key: Callable[[], object],
    *,
    record: str,
    output_dir: Path,
    officer_name: str,
    paper: Callable[[], str] | str = "A4",
    opener: Opener | None = None,
    parent: QWidget | None = None,
) -> ReportButton:
    """The PDF button for an inspection (``record="inspection"``: report, notice) or a case
    (``record="case"``: case file, draft Basel form)."""
    kinds = {"inspection": INSPECTION_KINDS, "case": CASE_KINDS}[record]
    return ReportButton(
        reports,
        key,
        kinds=kinds,
        output_dir=output_dir,
        officer_name=officer_name,
        paper=paper,
        opener=opener,
        parent=parent,
    )
