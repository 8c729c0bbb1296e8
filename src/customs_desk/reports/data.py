"""Plain data the documents are built from (no database, no services).

:class:`customs_desk.reports.service.ReportService` fills these from the record services; tests
and other callers can build them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class PostData:
    code: str
    name: str
    agency: str = ""
    country: str = ""
    timezone: str = "UTC"


@dataclass(frozen=True)
class ReportContext:
    """Who prints, where and when: the header and footer of every page."""

    post: PostData
    officer: str
    generated_at: datetime
    paper: str = "A4"
    invariant: bool = False  # byte-identical output for the same input (tests)


@dataclass(frozen=True)
class PartyData:
    role: str
    name: str
    address: str = ""
    country: str = ""
    registration_number: str = ""


@dataclass(frozen=True)
class PhotoData:
    """An attachment; ``path`` is the stored original (None or missing: noted on the report)."""

    filename: str
    sha256: str
    caption: str = ""
    media_type: str = ""
    size: int = 0
    path: Path | None = None

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


@dataclass(frozen=True)
class AidData:
    title: str
    outcome: str
    verdict: str = ""
    codes: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()
    at: datetime | None = None


@dataclass(frozen=True)
class RevisionData:
    revision: int
    status: str
    author: str
    at: datetime
    reason: str = ""
    content_hash: str = ""


@dataclass(frozen=True)
class InspectionData:
    id: str
    number: str | None
    status: str
    revision: int
    content_hash: str
    post: PostData
    payload: dict[str, Any]
    parties: dict[str, PartyData] = field(default_factory=dict)
    #: Reference code -> title (Basel, Y, H codes and HS codes of the inspection's date).
    code_titles: dict[str, str] = field(default_factory=dict)
    risk_texts: dict[str, str] = field(default_factory=dict)
    stream_titles: dict[str, str] = field(default_factory=dict)
    aids: tuple[AidData, ...] = ()
    photos: tuple[PhotoData, ...] = ()
    revisions: tuple[RevisionData, ...] = ()
    cases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.number or f"draft {self.id[:8]}"

    @property
    def document_id(self) -> str:
        return f"{self.label} r{self.revision}"


@dataclass(frozen=True)
class TimelineData:
    at: datetime
    kind: str
    text: str
    author: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseData:
    id: str
    number: str
    status: str
    revision: int
    content_hash: str
    post: PostData
    payload: dict[str, Any]
    deadline: date | None
    today: date
    inspection: InspectionData
    timeline: tuple[TimelineData, ...] = ()

    @property
    def document_id(self) -> str:
        return f"{self.number} r{self.revision}"


@dataclass(frozen=True)
class RegisterData:
    """Rows of the register of inspections, as returned by ``Register.inspections``."""

    criteria: tuple[tuple[str, str], ...]
    rows: tuple[dict[str, Any], ...]
    total: int
    content_hash: str
    timezone: str = "UTC"


@dataclass(frozen=True)
class Tally:
    key: str
    label: str
    count: int
    kg: float


@dataclass(frozen=True)
class SummaryData:
    date_from: date
    date_to: date
    criteria: tuple[tuple[str, str], ...]
    total_count: int
    total_kg: float
    unweighed: int
    by_stream: tuple[Tally, ...]
    by_origin: tuple[Tally, ...]
    by_outcome: tuple[Tally, ...]
    by_post: tuple[Tally, ...]
    by_month: tuple[Tally, ...]
    content_hash: str
