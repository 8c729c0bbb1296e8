"""What the Reports page and the PDF button share: the request, file names, opening a PDF."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from customs_desk.fileutil import atomic_write, describe_os_error
from customs_desk.records.register import RegisterQuery
from customs_desk.reports.layout import Progress
from customs_desk.reports.service import DOCUMENTS, ReportService

Opener = Callable[[QUrl], bool]

RECORD_KINDS = tuple(k for k, (_t, needs) in DOCUMENTS.items() if needs in ("inspection", "case"))


def open_pdf(path: Path, opener: Opener | None = None) -> bool:
    """Open ``path`` in the system's PDF viewer."""
    return bool((opener or QDesktopServices.openUrl)(QUrl.fromLocalFile(str(path))))


@dataclass
class ReportRequest:
    """One document to make; ``key`` is a record or case number (or id) for record documents."""

    kind: str
    key: str = ""
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    outcome: str | None = None
    waste_stream: str | None = None
    paper: str = "A4"
    officer: str = ""

    def default_name(self, now: datetime) -> str:
        if self.kind in RECORD_KINDS:
            label = re.sub(r"[^A-Za-z0-9._-]+", "-", self.key.strip())[:60] or "record"
            return f"{self.kind}-{label}.pdf"
        start = self.date_from.isoformat() if self.date_from else "start"
        end = self.date_to.isoformat() if self.date_to else now.date().isoformat()
        return f"{self.kind}-{start}-{end}.pdf"

    def run(self, service: ReportService, out: Path, progress: Progress | None = None) -> Path:
        """Make the PDF (on a worker thread: no widgets here)."""
        paper, officer, key = self.paper, self.officer, self.key.strip()
        if self.kind in RECORD_KINDS:
            method = {
                "inspection": service.inspection,
                "notice": service.notice,
                "case": service.case,
                "basel-form": service.basel_form,
            }[self.kind]
            return method(key, out, paper=paper, officer_name=officer, progress=progress)
        if self.kind == "register":
            query = RegisterQuery(
                text=self.text,
                outcome=self.outcome,
                waste_stream=self.waste_stream,
                date_from=self.date_from,
                date_to=self.date_to,
                sort="inspected_at",
                descending=False,
            )
            return service.register(
                query, out, paper=paper, officer_name=officer, progress=progress
            )
        if self.kind == "summary" and self.date_from and self.date_to:
            return service.summary(
                self.date_from,
                self.date_to,
                out,
                outcome=self.outcome,
                waste_stream=self.waste_stream,
                paper=paper,
                officer_name=officer,
                progress=progress,
            )
        raise ValueError(f"incomplete request for {self.kind!r}")


def copy_pdf(source: Path, target: Path) -> None:
    """Save a copy of a made report elsewhere (atomically; errors become EnvironmentProblem)."""
    try:
        with source.open("rb") as src, atomic_write(target) as dst:
            shutil.copyfileobj(src, dst)
    except OSError as exc:
        raise describe_os_error(exc, target) from exc
