"""The Reports page: choose a document, its record or period, paper and file; make it in the
background with a progress bar; open it in the system's viewer or save a copy elsewhere."""

from __future__ import annotations

import gc
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from customs_desk.clock import Clock
from customs_desk.errors import CustomsDeskError, NotFound
from customs_desk.reports.service import DOCUMENTS, ReportService
from customs_desk.ui.i18n import tr_core
from customs_desk.ui.operations import Operation, run_in_background
from customs_desk.ui.records import labels
from customs_desk.ui.reports.jobs import RECORD_KINDS, Opener, ReportRequest, copy_pdf, open_pdf
from customs_desk.ui.widgets import ValidatingForm, show_error


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsPage(QWidget):
    """Make any of the six documents. ``output_dir`` is where files go when no name is given."""

    report_ready = Signal(object)  # Path of the PDF just made

    def __init__(
        self,
        reports: ReportService,
        clock: Clock,
        *,
        officer_name: str,
        output_dir: Path,
        paper: str = "A4",
        opener: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.reports = reports
        self.clock = clock
        self.officer_name = officer_name
        self.output_dir = output_dir
        self.opener = opener
        self.last_path: Path | None = None
        self.operation: Operation | None = None

        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Reports"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        outer.addWidget(title)
        hint = QLabel(
            self.tr(
                "PDF documents open in the PDF viewer of this computer. Reports for one record "
                "can also be made from the record itself (PDF button)."
            )
        )
        hint.setWordWrap(True)
        outer.addWidget(hint)

        self.form = ValidatingForm()
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for key, (title_text, _needs) in DOCUMENTS.items():
            self.kind.addItem(tr_core(title_text), key)
        self.record = QLineEdit()
        self.record.setObjectName("reportRecord")
        today = clock.now().date()
        self.date_from = QDateEdit(_qdate(today.replace(month=1, day=1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setObjectName("reportFrom")
        self.date_to.setObjectName("reportTo")
        period = QWidget()
        period_layout = QHBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.date_from)
        period_layout.addWidget(QLabel("–"))
        period_layout.addWidget(self.date_to)
        period_layout.addStretch(1)
        self.filter_text = QLineEdit()
        self.filter_text.setObjectName("reportFilter")
        self.filter_text.setPlaceholderText(
            self.tr("Words to find: number, container, party, code…")
        )
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("any"), None)
        for key, text in labels.items(labels.OUTCOME):
            self.outcome.addItem(text, key)
        self.stream = QComboBox()
        self.stream.addItem(self.tr("any"), None)
        for key, text in labels.items(labels.STREAM):
            self.stream.addItem(text, key)
        self.paper = QComboBox()
        self.paper.setObjectName("reportPaper")
        self.paper.addItem("A4", "A4")
        self.paper.addItem("Letter", "Letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.output = QLineEdit()
        self.output.setObjectName("reportOutput")
        self.output.setPlaceholderText(
            self.tr("Default: a file in {folder}").format(folder=output_dir)
        )
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_output)
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.output, 1)
        file_layout.addWidget(choose)

        self.form.add_row("kind", self.tr("Document"), self.kind)
        self.form.add_row("record", self.tr("Record"), self.record)
        self.form.add_row("period", self.tr("Period"), period)
        self.form.add_row("filter", self.tr("Filter"), self.filter_text)
        self.form.add_row("outcome", self.tr("Outcome"), self.outcome)
        self.form.add_row("stream", self.tr("Waste stream"), self.stream)
        self.form.add_row("paper", self.tr("Paper size"), self.paper)
        self.form.add_row("output", self.tr("File"), file_row)
        outer.addWidget(self.form)

        actions = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create PDF"))
        self.create_button.setObjectName("createReport")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.make_report)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openReport")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_last)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setObjectName("saveReportAs")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_as)
        self.progress.setMaximumWidth(320)
        actions.addWidget(self.create_button)
        actions.addWidget(self.progress)
        actions.addWidget(self.open_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        outer.addLayout(actions)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        outer.addStretch(1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    # State -----------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        needs = DOCUMENTS[kind][1]
        self.form.set_row_visible("record", needs in ("inspection", "case"))
        self.form.set_row_visible("period", needs == "period")
        self.form.set_row_visible("filter", kind == "register")
        self.form.set_row_visible("outcome", needs == "period")
        self.form.set_row_visible("stream", needs == "period")
        self.record.setPlaceholderText(
            self.tr("Inspection number, e.g. SGP-TUAS-2026-00042")
            if needs == "inspection"
            else self.tr("Case number, e.g. SGP-TUAS-C2026-0007")
        )
        self.form.clear_errors()

    def request(self) -> ReportRequest | None:
        """The request from the form, or None after showing what is missing beside the field."""
        kind = self.current_kind()
        problems: dict[str, str] = {}
        request = ReportRequest(
            kind=kind,
            key=self.record.text().strip(),
            date_from=_date(self.date_from.date()),
            date_to=_date(self.date_to.date()),
            text=self.filter_text.text().strip(),
            outcome=self.outcome.currentData(),
            waste_stream=self.stream.currentData(),
            paper=str(self.paper.currentData()),
            officer=self.officer_name,
        )
        if kind in RECORD_KINDS and not request.key:
            problems["record"] = self.tr("Enter the number of the record.")
        if (
            kind not in RECORD_KINDS
            and request.date_from
            and request.date_to
            and request.date_to < request.date_from
        ):
            problems["period"] = self.tr("The period ends before it starts.")
        if problems:
            self.form.show_errors(problems)
            return None
        self.form.clear_errors()
        return request

    def target(self, request: ReportRequest) -> Path:
        text = self.output.text().strip()
        if text:
            path = Path(text).expanduser()
            return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
        return self.output_dir / request.default_name(self.clock.now())

    # Actions ---------------------------------------------------------------------------------
    def make_report(self) -> None:
        if self.operation is not None:
            return
        request = self.request()
        if request is None:
            return
        target = self.target(request)
        self.create_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Making {name}…").format(name=target.name))
        # Free unreachable Qt objects here: a garbage collection that runs on the worker thread
        # (any allocation can start one) would destroy them there, and Qt objects with timers
        # must die on the thread they belong to.
        gc.collect()
        self.operation = run_in_background(
            self,
            # No reference to this widget in the job: if the worker held the last one, the page
            # would be destroyed on the worker thread.
            partial(request.run, self.reports, target),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(100 * done // max(1, total))

    def _finish(self) -> None:
        self.operation = None
        self.progress.hide()
        self.create_button.setEnabled(True)

    def _done(self, path: Path) -> None:
        self._finish()
        self.last_path = path
        self.open_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved {path}").format(path=path))
        self.report_ready.emit(path)

    def _failed(self, exc: CustomsDeskError) -> None:
        self._finish()
        self.status.setText(tr_core(exc.message))
        if isinstance(exc, NotFound) and self.current_kind() in RECORD_KINDS:
            self.form.show_errors({"record": exc.message})
        else:
            show_error(self, exc)

    def open_last(self) -> None:
        if self.last_path is not None and not open_pdf(self.last_path, self.opener):
            self.status.setText(
                self.tr("No PDF viewer could open {path}.").format(path=self.last_path)
            )

    def choose_output(self) -> None:
        request = ReportRequest(kind=self.current_kind(), key=self.record.text())
        start = self.output.text() or str(self.output_dir / request.default_name(self.clock.now()))
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), start, self.tr("PDF documents (*.pdf)")
        )
        if name:
            self.output.setText(name)

    def save_as(self) -> None:
        if self.last_path is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy as"), str(self.last_path), self.tr("PDF documents (*.pdf)")
        )
        if name:
            self.save_copy(Path(name))

    def save_copy(self, target: Path) -> None:
        if self.last_path is None:
            return
        try:
            copy_pdf(self.last_path, target)
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Copy saved as {path}").format(path=target))
