"""ReportService: one method per document; gathers plain data from the services, builds the PDF.

Every method writes ``out_path`` atomically (a failed report leaves no half-written file) and
returns it. Long reports call ``progress(done, total)`` from the worker thread.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, select

from customs_desk.accounts.models import Post
from customs_desk.accounts.service import AccountService
from customs_desk.clock import Clock
from customs_desk.codes.decision_aids import DecisionAidService
from customs_desk.codes.service import CodeService, hs_edition_on
from customs_desk.errors import NotFound, UserError
from customs_desk.i18n import Msg
from customs_desk.records.attachments import AttachmentService
from customs_desk.records.cases import CaseService
from customs_desk.records.common import InspectionView, content_hash
from customs_desk.records.inspections import InspectionService
from customs_desk.records.parties import PartyService
from customs_desk.records.register import Register, RegisterPage, RegisterQuery
from customs_desk.records.validation import parse_datetime
from customs_desk.reports import labels
from customs_desk.reports.basel_form import build_basel_form
from customs_desk.reports.case_file import build_case_file
from customs_desk.reports.common import country
from customs_desk.reports.data import (
    AidData,
    CaseData,
    InspectionData,
    PartyData,
    PhotoData,
    PostData,
    RegisterData,
    ReportContext,
    RevisionData,
    SummaryData,
    Tally,
    TimelineData,
)
from customs_desk.reports.inspection import build_inspection_report
from customs_desk.reports.layout import PAPER_SIZES, Progress, zone
from customs_desk.reports.notice import build_notice
from customs_desk.reports.register import MAX_REGISTER_ROWS, build_register
from customs_desk.reports.summary import build_summary
from customs_desk.store.audit import canonical_json
from customs_desk.store.database import Database

if TYPE_CHECKING:
    from customs_desk.app import AppContext

PAGE_SIZE = 500

#: The documents, for the CLI and the Reports page: key -> (title, needs)
DOCUMENTS: dict[str, tuple[str, str]] = {
    "inspection": (Msg("Inspection report"), "inspection"),
    "notice": (Msg("Detention or seizure notice"), "inspection"),
    "case": (Msg("Case file"), "case"),
    "basel-form": (Msg("Illegal traffic reporting form (draft)"), "case"),
    "register": (Msg("Register of inspections"), "period"),
    "summary": (Msg("Secretariat summary"), "period"),
}


def _hash_rows(rows: Any) -> str:
    return hashlib.sha256(canonical_json({"rows": rows})).hexdigest()


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime | date) else v for k, v in values.items()}


@dataclass
class ReportService:
    db: Database
    clock: Clock
    accounts: AccountService
    inspections: InspectionService
    cases: CaseService
    parties: PartyService
    attachments: AttachmentService
    codes: CodeService
    decision_aids: DecisionAidService
    inspection_register: Register
    invariant: bool = False  # byte-identical output for the same data (tests)

    @classmethod
    def from_context(cls, app: AppContext, *, invariant: bool = False) -> ReportService:
        return cls(
            db=app.db,
            clock=app.clock,
            accounts=app.accounts,
            inspections=app.inspections,
            cases=app.cases,
            parties=app.parties,
            attachments=app.attachments,
            codes=app.codes,
            decision_aids=app.decision_aids,
            inspection_register=app.register,
            invariant=invariant,
        )

    # Documents -------------------------------------------------------------------------------
    def inspection(
        self,
        record_key: uuid.UUID | str,
        out_path: Path,
        *,
        paper: str = "A4",
        officer_name: str = "",
        progress: Progress | None = None,
    ) -> Path:
        """The inspection report: every field, goods, codes, photos, revisions, signatures."""
        out = self._target(out_path)
        data = self.inspection_data(record_key)
        build_inspection_report(data, self._context(paper, officer_name), out, progress=progress)
        return out

    def notice(
        self,
        record_key: uuid.UUID | str,
        out_path: Path,
        *,
        paper: str = "A4",
        officer_name: str = "",
        progress: Progress | None = None,
    ) -> Path:
        """Notice of detention or seizure for the importer or consignee."""
        out = self._target(out_path)
        data = self.inspection_data(record_key, photos=False)
        build_notice(data, self._context(paper, officer_name), out)
        if progress:
            progress(100, 100)
        return out

    def case(
        self,
        case_key: uuid.UUID | str,
        out_path: Path,
        *,
        paper: str = "A4",
        officer_name: str = "",
        progress: Progress | None = None,
    ) -> Path:
        """The case file: grounds, notifications, clock, take-back path, timeline, inspection."""
        out = self._target(out_path)
        data = self.case_data(case_key)
        build_case_file(data, self._context(paper, officer_name), out, progress=progress)
        return out

    def basel_form(
        self,
        case_key: uuid.UUID | str,
        out_path: Path,
        *,
        paper: str = "A4",
        officer_name: str = "",
        progress: Progress | None = None,
    ) -> Path:
        """Draft of the Basel form for reporting a confirmed case of illegal traffic."""
        out = self._target(out_path)
        data = self.case_data(case_key)
        build_basel_form(data, self._context(paper, officer_name), out)
        if progress:
            progress(100, 100)
        return out

    def register(
        self,
        query: RegisterQuery,
        out_path: Path,
        *,
        paper: str = "A4",
        officer_name: str = "",
        progress: Progress | None = None,
    ) -> Path:
        """The register of inspections matching ``query`` (all pages of it), one row each."""
        out = self._target(out_path)
        ctx = self._context(paper, officer_name)
        data = self.register_data(query, progress=progress)
        build_register(data, ctx, out, progress=progress)
        return out

    def summary(
        self,
        date_from: date,
        date_to: date,
        out_path: Path,
        *,
        post: str | None = None,
        waste_stream: str | None = None,
        outcome: str | None = None,
        paper: str = "A4",
        officer_name: str = "",
        progress: Progress | None = None,
    ) -> Path:
        """Counts and tonnes by waste stream, country of export, outcome, post and month."""
        out = self._target(out_path)
        ctx = self._context(paper, officer_name)
        data = self.summary_data(
            date_from,
            date_to,
            post=post,
            waste_stream=waste_stream,
            outcome=outcome,
            progress=progress,
        )
        build_summary(data, ctx, out, progress=progress)
        return out

    # Data ------------------------------------------------------------------------------------
    def inspection_data(self, key: uuid.UUID | str, *, photos: bool = True) -> InspectionData:
        view = self.inspections.get(key)
        payload = view.payload
        inspected = parse_datetime(payload.get("inspected_at")) or view.created_at
        return InspectionData(
            id=str(view.id),
            number=view.number,
            status=view.status,
            revision=view.revision,
            content_hash=view.content_hash,
            post=self._post(Post.id == view.post_id),
            payload=payload,
            parties=self._parties(payload),
            code_titles=self._code_titles(payload, inspected.date()),
            risk_texts={r.id: r.text for r in self.codes.risk_indicators(include_inactive=True)},
            stream_titles={w.id: w.title for w in self.codes.dataset().waste_streams},
            aids=tuple(
                AidData(
                    a.aid_title,
                    a.outcome_title,
                    a.verdict,
                    tuple(a.codes),
                    tuple(a.citations),
                    a.created_at,
                )
                for a in self.decision_aids.for_inspection(view.id)
            ),
            photos=self._photos(view) if photos else (),
            revisions=tuple(
                RevisionData(
                    h.revision, h.status, h.author_name, h.created_at, h.reason, h.content_hash
                )
                for h in self.inspections.history(view.id)
            ),
            cases=tuple(c.number for c in self.cases.for_inspection(view.id)),
        )

    def case_data(self, key: uuid.UUID | str) -> CaseData:
        case = self.cases.get(key)
        post = self._post(Post.code == case.post_code)
        today = self.clock.now().astimezone(zone(post.timezone)).date()
        return CaseData(
            id=str(case.id),
            number=case.number,
            status=case.status,
            revision=case.revision,
            content_hash=content_hash(case.payload),
            post=post,
            payload=case.payload,
            deadline=case.deadline,
            today=today,
            inspection=self.inspection_data(case.inspection_id, photos=False),
            timeline=tuple(
                TimelineData(e.occurred_at, e.kind, e.text, e.author_name, e.data)
                for e in self.cases.timeline(case.id)
            ),
        )

    def _pages(self, query: RegisterQuery) -> Iterator[RegisterPage]:
        q = RegisterQuery.from_spec(query.as_spec())
        q.limit = PAGE_SIZE
        q.offset = 0
        while True:
            page = self.inspection_register.inspections(q)
            yield page
            q.offset += len(page.rows)
            if not page.rows or q.offset >= page.total:
                return

    def register_data(
        self, query: RegisterQuery, *, progress: Progress | None = None
    ) -> RegisterData:
        rows: list[dict[str, Any]] = []
        total = 0
        for page in self._pages(query):
            total = page.total
            rows.extend(r.values for r in page.rows)
            if progress:
                progress(30 * min(len(rows), total) // max(1, total), 100)
            if len(rows) >= MAX_REGISTER_ROWS:
                rows = rows[:MAX_REGISTER_ROWS]
                break
        return RegisterData(
            criteria=self._criteria(query),
            rows=tuple(rows),
            total=total,
            content_hash=_hash_rows([_jsonable(r) for r in rows]),
            timezone=self.accounts.home_post().timezone,
        )

    def summary_data(
        self,
        date_from: date,
        date_to: date,
        *,
        post: str | None = None,
        waste_stream: str | None = None,
        outcome: str | None = None,
        progress: Progress | None = None,
    ) -> SummaryData:
        if date_to < date_from:
            raise UserError(
                Msg(
                    "The period ends ({to}) before it starts ({start}).",
                    to=date_to.isoformat(),
                    start=date_from.isoformat(),
                )
            )
        query = RegisterQuery(
            date_from=date_from,
            date_to=date_to,
            post=post,
            waste_stream=waste_stream,
            outcome=outcome,
            status="final",
            sort="inspected_at",
            descending=False,
        )
        tz = zone(self.accounts.home_post().timezone)
        streams = {w.id: w.title for w in self.codes.dataset().waste_streams}
        tallies: dict[str, dict[str, list[float]]] = {
            k: {} for k in ("stream", "origin", "outcome", "post", "month")
        }
        total = 0
        kg_total = 0.0
        unweighed = 0
        digest = hashlib.sha256()
        seen = 0
        for page in self._pages(query):
            for row in page.rows:
                v = row.values
                weight = v.get("weight_kg")
                kg = float(weight) if isinstance(weight, int | float) else 0.0
                if not isinstance(weight, int | float):
                    unweighed += 1
                month = v["inspected_at"].astimezone(tz).strftime("%Y-%m")
                for dim, key in (
                    ("stream", v.get("waste_stream") or ""),
                    ("origin", v.get("export_country") or ""),
                    ("outcome", v.get("outcome") or ""),
                    ("post", v.get("post") or ""),
                    ("month", month),
                ):
                    slot = tallies[dim].setdefault(key, [0, 0.0])
                    slot[0] += 1
                    slot[1] += kg
                total += 1
                kg_total += kg
                digest.update(canonical_json(_jsonable(v)))
            seen += len(page.rows)
            if progress:
                progress(40 * min(seen, page.total) // max(1, page.total), 100)

        def ordered(
            dim: str, label: Callable[[str], str], by_key: bool = False
        ) -> tuple[Tally, ...]:
            entries = [
                Tally(key, label(key), int(c), float(w)) for key, (c, w) in tallies[dim].items()
            ]
            entries.sort(key=(lambda t: t.key) if by_key else (lambda t: (-t.kg, -t.count, t.key)))
            return tuple(entries)

        none = str(Msg("(not recorded)"))
        return SummaryData(
            date_from=date_from,
            date_to=date_to,
            criteria=self._criteria(query, summary=True),
            total_count=total,
            total_kg=kg_total,
            unweighed=unweighed,
            by_stream=ordered("stream", lambda k: streams.get(k, k) or none),
            by_origin=ordered("origin", lambda k: country(k) or none),
            by_outcome=ordered("outcome", lambda k: labels.label(labels.OUTCOME, k) or none),
            by_post=ordered("post", lambda k: k or none),
            by_month=ordered("month", lambda k: k, by_key=True),
            content_hash=digest.hexdigest(),
        )

    # Internals -------------------------------------------------------------------------------
    def _target(self, out_path: Path) -> Path:
        out = Path(out_path)
        if out.is_dir():
            raise UserError(Msg("{path} is a folder; give a file name.", path=str(out)))
        return out

    def _context(self, paper: str, officer_name: str) -> ReportContext:
        if paper not in PAPER_SIZES:
            raise UserError(Msg("Paper size {paper} is not known; use A4 or Letter.", paper=paper))
        home = self.accounts.home_post()
        return ReportContext(
            post=PostData(home.code, home.name, home.agency, home.country, home.timezone),
            officer=officer_name,
            generated_at=self.clock.now(),
            paper=paper,
            invariant=self.invariant,
        )

    def _post(self, condition: ColumnElement[bool]) -> PostData:
        with self.db.read() as s:
            post = s.scalars(select(Post).where(condition)).one_or_none()
            if post is None:
                raise NotFound(Msg("No such post."))
            return PostData(post.code, post.name, post.agency, post.country, post.timezone)

    def _parties(self, payload: dict[str, Any]) -> dict[str, PartyData]:
        found: dict[str, PartyData] = {}
        refs = payload.get("parties") if isinstance(payload.get("parties"), dict) else {}
        for role, ref in (refs or {}).items():
            if not isinstance(ref, dict) or not ref.get("name"):
                continue
            try:
                party = self.parties.get(uuid.UUID(str(ref.get("id"))))
            except (NotFound, ValueError):
                found[role] = PartyData(role, str(ref["name"]))
                continue
            found[role] = PartyData(
                role, party.name, party.address, party.country, party.registration_number
            )
        return found

    def _code_titles(self, payload: dict[str, Any], day: date) -> dict[str, str]:
        data = self.codes.dataset()
        titles: dict[str, str] = {}
        hs_codes = {str(payload.get("declared_hs") or "")}
        for line in payload.get("goods") or []:
            if not isinstance(line, dict):
                continue
            for key in ("basel_codes", "y_codes", "h_codes"):
                for code in line.get(key) or []:
                    entry = data.basel.get(str(code))
                    if entry is not None:
                        titles[str(code)] = entry.title
            hs_codes.add(str(line.get("declared_hs") or ""))
        edition = hs_edition_on(day)
        for code in filter(None, hs_codes):
            hs_entry = data.hs.get((code, edition)) or next(
                (e for (c, _ed), e in data.hs.items() if c == code), None
            )
            if hs_entry is not None:
                titles[f"HS {code}"] = hs_entry.title
        return titles

    def _photos(self, view: InspectionView) -> tuple[PhotoData, ...]:
        by_hash: dict[str, PhotoData] = {}
        stored = {a.sha256: a for a in self.attachments.for_record(view.id)}
        entries = [e for e in view.payload.get("attachments") or [] if isinstance(e, dict)]
        entries += [a.entry() for a in stored.values()]
        for entry in entries:
            sha = str(entry.get("sha256") or "")
            if not sha or sha in by_hash:
                continue
            row = stored.get(sha)
            by_hash[sha] = PhotoData(
                filename=str(entry.get("filename") or (row.filename if row else sha[:12])),
                sha256=sha,
                caption=str(entry.get("caption") or (row.caption if row else "")),
                media_type=str(entry.get("media_type") or (row.media_type if row else "")),
                size=int(entry.get("size") or (row.size if row else 0)),
                path=self.attachments.path_of(sha),
            )
        return tuple(by_hash.values())

    def _criteria(self, q: RegisterQuery, *, summary: bool = False) -> tuple[tuple[str, str], ...]:
        if q.date_from or q.date_to:
            start = q.date_from.isoformat() if q.date_from else "…"
            end = q.date_to.isoformat() if q.date_to else "…"
            period = f"{start} – {end}"
        else:
            period = Msg("all dates")
        rows: list[tuple[str, str]] = [(Msg("Period"), period)]
        if q.text:
            rows.append((Msg("Filter"), q.text))
        if not summary:
            status = (
                Msg("all but withdrawn")
                if q.status is None
                else Msg("any")
                if q.status == "any"
                else labels.label(labels.STATUS, q.status)
            )
            rows.append((Msg("Status"), status))
        else:
            rows.append((Msg("Records counted"), Msg("finalized inspections")))
        if q.outcome:
            rows.append((Msg("Outcome"), labels.label(labels.OUTCOME, q.outcome)))
        if q.waste_stream:
            rows.append((Msg("Waste stream"), q.waste_stream))
        if q.post:
            rows.append((Msg("Post"), q.post))
        return tuple(rows)
