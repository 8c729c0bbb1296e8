"""The services the record screens need, handed over by the application controller."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from customs_desk.codes.decision_aids import DecisionAidService
from customs_desk.codes.service import CodeService
from customs_desk.records.attachments import AttachmentService
from customs_desk.records.cases import CaseService
from customs_desk.records.inspections import InspectionService
from customs_desk.records.parties import PartyService
from customs_desk.records.register import Register


@dataclass(frozen=True)
class RecordServices:
    inspections: InspectionService
    cases: CaseService
    parties: PartyService
    attachments: AttachmentService
    codes: CodeService
    decision_aids: DecisionAidService
    register: Register
    # (name, registration number) -> an active watch-list alert from the secretariat, or None
    watchlist: Callable[[str, str], Any] | None = None
    # The report service, built on first use (ReportLab is not loaded until a PDF is wanted),
    # the folder PDFs go to, and the paper size from the settings.
    reports: Callable[[], Any] | None = None
    reports_dir: Path | None = None
    paper: Callable[[], str] = field(default=lambda: "A4")
