"""Cases of suspected illegal traffic: Article 9 grounds, notifications, take-back clocks."""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from customs_desk.accounts.models import Installation, Post
from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.errors import NotFound, PermissionDenied, UserError, ValidationError
from customs_desk.handbooks.text import fold
from customs_desk.i18n import Msg
from customs_desk.records.common import audit_record, content_hash, next_number
from customs_desk.records.models import Case, CaseEvent, Inspection, RecordRevision
from customs_desk.records.validation import validate_case
from customs_desk.store.audit import GENESIS
from customs_desk.store.base import new_id
from customs_desk.store.database import Database

STATUSES = (
    "suspected",
    "investigating",
    "confirmed",
    "not-illegal",
    "take-back-requested",
    "returned-or-disposed",
    "closed",
)
FINISHED = ("not-illegal", "returned-or-disposed", "closed")
CLOCK_DAYS = {"art9-30": 30, "art8-90": 90}
CHANGEABLE = (
    "status",
    "grounds",
    "responsibility",
    "notifications",
    "clock",
    "state_informed_on",
    "agreed_deadline",
    "path",
    "summary",
    "closed_on",
    "closure",
)


def compute_deadline(payload: dict[str, Any]) -> date | None:
    """30 days (Art. 9(2)/(3)) or 90 days (Art. 8) from the date the State was informed, unless
    the States agreed another period."""
    if payload.get("agreed_deadline"):
        return date.fromisoformat(payload["agreed_deadline"])
    days = CLOCK_DAYS.get(payload.get("clock") or "")
    informed = payload.get("state_informed_on")
    if days is None or not informed:
        return None
    return date.fromisoformat(informed) + timedelta(days=days)


def apply_case_columns(row: Case, payload: dict[str, Any], inspection: Inspection | None) -> None:
    """The indexed columns of a case, computed from its payload."""
    row.status = payload["status"]
    row.grounds = "".join(payload.get("grounds") or [])
    row.clock = payload.get("clock") or ""
    informed = payload.get("state_informed_on")
    row.state_informed_on = date.fromisoformat(informed) if informed else None
    row.deadline = compute_deadline(payload)
    row.path = payload.get("path") or ""
    closed = payload.get("closed_on")
    row.closed_on = date.fromisoformat(closed) if closed else None
    parts = [str(payload.get("number") or ""), payload.get("summary", ""), payload["status"]]
    if inspection is not None:
        parts += [inspection.number or "", inspection.search_text]
    row.search_text = fold(" ".join(parts))


@dataclass(frozen=True)
class CaseView:
    id: uuid.UUID
    number: str
    status: str
    inspection_id: uuid.UUID
    inspection_number: str | None
    post_code: str
    own_post: bool
    opened_at: datetime
    deadline: date | None
    revision: int
    payload: dict[str, Any]

    def days_left(self, today: date) -> int | None:
        return (self.deadline - today).days if self.deadline else None

    def overdue(self, today: date) -> bool:
        return self.deadline is not None and self.status not in FINISHED and today > self.deadline


@dataclass(frozen=True)
class TimelineEntry:
    id: uuid.UUID
    occurred_at: datetime
    kind: str
    text: str
    author_name: str
    data: dict[str, Any]


class CaseService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _home(self, s: Session) -> uuid.UUID:
        return s.scalars(select(Installation)).one().home_post_id

    def _row(self, s: Session, key: uuid.UUID | str) -> Case:
        row: Case | None
        try:
            ident = key if isinstance(key, uuid.UUID) else uuid.UUID(key)
            row = s.scalars(select(Case).where(Case.id == ident)).one_or_none()
        except ValueError:
            row = s.scalars(select(Case).where(Case.number == key)).one_or_none()
        if row is None:
            raise NotFound(Msg("No case {key}.", key=str(key)))
        return row

    def _view(self, s: Session, row: Case) -> CaseView:
        inspection = s.scalars(
            select(Inspection).where(Inspection.id == row.inspection_id)
        ).one_or_none()
        post = s.get_one(Post, row.post_id)
        return CaseView(
            row.id,
            row.number,
            row.status,
            row.inspection_id,
            inspection.number if inspection else None,
            post.code,
            row.post_id == self._home(s),
            row.opened_at,
            row.deadline,
            row.revision,
            copy.deepcopy(row.payload),
        )

    def get(self, key: uuid.UUID | str) -> CaseView:
        with self._db.read() as s:
            return self._view(s, self._row(s, key))

    def for_inspection(self, inspection_id: uuid.UUID) -> list[CaseView]:
        with self._db.read() as s:
            rows = s.scalars(select(Case).where(Case.inspection_id == inspection_id))
            return [self._view(s, r) for r in rows]

    def timeline(self, key: uuid.UUID | str) -> list[TimelineEntry]:
        with self._db.read() as s:
            row = self._row(s, key)
            events = s.scalars(
                select(CaseEvent)
                .where(CaseEvent.case_id == row.id)
                .order_by(CaseEvent.occurred_at, CaseEvent.seq)
            )
            return [
                TimelineEntry(e.id, e.occurred_at, e.kind, e.text, e.author_name, dict(e.data))
                for e in events
            ]

    def _require_editable(self, s: Session, actor: Actor, row: Case) -> None:
        actor.require(Permission.EDIT_RECORDS)
        if row.post_id != self._home(s):
            raise PermissionDenied(
                Msg("This case belongs to another post; it can be read here but not changed.")
            )

    # Use cases -------------------------------------------------------------------------------
    def open_case(
        self,
        actor: Actor,
        inspection_id: uuid.UUID | str,
        *,
        grounds: list[str] | None = None,
        summary: str = "",
    ) -> CaseView:
        actor.require(Permission.EDIT_RECORDS)
        now = self._clock.now()
        with self._db.transaction() as s:
            ident = (
                inspection_id
                if isinstance(inspection_id, uuid.UUID)
                else uuid.UUID(str(inspection_id))
            )
            inspection = s.scalars(select(Inspection).where(Inspection.id == ident)).one_or_none()
            if inspection is None:
                raise NotFound(Msg("No inspection {key}.", key=str(inspection_id)))
            if inspection.status != "final":
                raise UserError(Msg("Finalize the inspection before opening a case from it."))
            if inspection.post_id != self._home(s):
                raise PermissionDenied(
                    Msg("Cases are opened by the post that made the inspection.")
                )
            post = s.get_one(Post, inspection.post_id)
            case_id = new_id()
            number = next_number(s, post, "case", now)
            payload: dict[str, Any] = {
                "schema": 1,
                "id": str(case_id),
                "number": number,
                "post_code": post.code,
                "inspection_id": str(inspection.id),
                "status": "suspected",
                "opened_at": now.isoformat(),
                "grounds": sorted(set(grounds or [])),
                "responsibility": None,
                "notifications": [],
                "clock": None,
                "state_informed_on": None,
                "agreed_deadline": None,
                "path": None,
                "summary": summary,
                "closed_on": None,
                "closure": "",
            }
            problems = validate_case(payload, today=now.date())
            if not problems.ok:
                raise ValidationError(problems.errors)
            row = Case(
                id=case_id,
                post_id=post.id,
                number=number,
                inspection_id=inspection.id,
                status="suspected",
                opened_at=now,
                payload=payload,
                content_hash=content_hash(payload),
                updated_at=now,
                revision=1,
            )
            self._columns(row, payload, inspection)
            s.add(row)
            s.flush()
            self._revision(s, actor, row, GENESIS, "", now)
            self._event(
                s,
                actor,
                row,
                "opened",
                Msg("Case opened from inspection {number}.", number=inspection.number),
                {},
                now,
            )
            self._audit(s, actor, "case.open", row, {"inspection": inspection.number})
            return self._view(s, row)

    def update(
        self, actor: Actor, key: uuid.UUID | str, changes: dict[str, Any], note: str = ""
    ) -> CaseView:
        """Apply changes; each becomes an event on the timeline and the case gets a new revision."""
        unknown = set(changes) - set(CHANGEABLE)
        if unknown:
            raise ValidationError({k: Msg("This field cannot be changed here.") for k in unknown})
        now = self._clock.now()
        with self._db.transaction() as s:
            row = self._row(s, key)
            self._require_editable(s, actor, row)
            payload = copy.deepcopy(row.payload)
            before = copy.deepcopy(payload)
            payload.update(changes)
            if "grounds" in changes:
                payload["grounds"] = sorted(set(changes["grounds"] or []))
            if changes.get("status") in ("closed", "not-illegal") and not payload.get("closed_on"):
                payload["closed_on"] = now.date().isoformat()
            problems = validate_case(payload, today=now.date())
            if not problems.ok:
                raise ValidationError(problems.errors)
            if payload == before and not note.strip():
                raise UserError(Msg("Nothing was changed."))
            parent = row.content_hash
            row.payload = payload
            row.content_hash = content_hash(payload)
            row.revision += 1
            row.updated_at = now
            inspection = s.scalars(
                select(Inspection).where(Inspection.id == row.inspection_id)
            ).one()
            self._columns(row, payload, inspection)
            self._revision(s, actor, row, parent, note, now)
            for field_name in CHANGEABLE:
                if before.get(field_name) != payload.get(field_name):
                    self._event(
                        s,
                        actor,
                        row,
                        f"changed:{field_name}",
                        note,
                        {
                            "field": field_name,
                            "from": before.get(field_name),
                            "to": payload.get(field_name),
                        },
                        now,
                    )
            if note.strip() and payload == before:
                self._event(s, actor, row, "note", note, {}, now)
            self._audit(s, actor, "case.update", row, {"changes": sorted(changes)})
            return self._view(s, row)

    def add_notification(
        self,
        actor: Actor,
        key: uuid.UUID | str,
        *,
        authority: str,
        country: str,
        notified_on: date,
        method: str = "",
        reference: str = "",
        starts_clock: str | None = None,
    ) -> CaseView:
        """Record that a competent authority was notified; optionally this starts a clock."""
        if not authority.strip():
            raise ValidationError({"authority": Msg("Name the authority that was notified.")})
        case = self.get(key)
        notifications = list(case.payload.get("notifications") or [])
        notifications.append(
            {
                "authority": authority.strip(),
                "country": country,
                "notified_on": notified_on.isoformat(),
                "method": method,
                "reference": reference,
            }
        )
        changes: dict[str, Any] = {"notifications": notifications}
        if starts_clock:
            changes["clock"] = starts_clock
            changes["state_informed_on"] = notified_on.isoformat()
        return self.update(
            actor,
            case.id,
            changes,
            Msg(
                "{authority} ({country}) notified on {day}.",
                authority=authority.strip(),
                country=country or "—",
                day=notified_on.isoformat(),
            ),
        )

    def add_note(self, actor: Actor, key: uuid.UUID | str, text: str) -> None:
        if not text.strip():
            raise ValidationError({"text": Msg("Write the note first.")})
        now = self._clock.now()
        with self._db.transaction() as s:
            row = self._row(s, key)
            self._require_editable(s, actor, row)
            self._event(s, actor, row, "note", text.strip(), {}, now)
            self._audit(s, actor, "case.note", row, {})

    # Queries ---------------------------------------------------------------------------------
    def overdue(self, today: date | None = None) -> list[CaseView]:
        day = today or self._clock.now().date()
        with self._db.read() as s:
            rows = s.scalars(
                select(Case)
                .where(
                    Case.deadline.is_not(None), Case.deadline < day, Case.status.not_in(FINISHED)
                )
                .order_by(Case.deadline)
            )
            return [self._view(s, r) for r in rows]

    def due_soon(self, days: int = 7, today: date | None = None) -> list[CaseView]:
        day = today or self._clock.now().date()
        with self._db.read() as s:
            rows = s.scalars(
                select(Case)
                .where(
                    Case.deadline.is_not(None),
                    Case.deadline >= day,
                    Case.deadline <= day + timedelta(days=days),
                    Case.status.not_in(FINISHED),
                )
                .order_by(Case.deadline)
            )
            return [self._view(s, r) for r in rows]

    # Internals -------------------------------------------------------------------------------
    def _columns(self, row: Case, payload: dict[str, Any], inspection: Inspection) -> None:
        apply_case_columns(row, payload, inspection)

    def _revision(
        self, s: Session, actor: Actor, row: Case, parent: str, reason: str, now: datetime
    ) -> None:
        s.add(
            RecordRevision(
                record_id=row.id,
                kind="case",
                revision=row.revision,
                status=row.status,
                payload=copy.deepcopy(row.payload),
                content_hash=row.content_hash,
                parent_hash=parent,
                author_id=actor.user_id,
                author_name=actor.name,
                created_at=now,
                reason=str(reason),
                origin_post_id=row.post_id,
            )
        )

    def _event(
        self,
        s: Session,
        actor: Actor,
        row: Case,
        kind: str,
        text: str,
        data: dict[str, Any],
        now: datetime,
    ) -> None:
        event = CaseEvent(
            id=new_id(),
            case_id=row.id,
            occurred_at=now,
            kind=kind,
            text=str(text),
            author_id=actor.user_id,
            author_name=actor.name,
            data=data,
        )
        s.add(event)
        s.flush()
        payload = {
            "schema": 1,
            "id": str(event.id),
            "case_id": str(row.id),
            "occurred_at": now.isoformat(),
            "kind": kind,
            "text": str(text),
            "author_name": actor.name,
            "data": data,
        }
        s.add(
            RecordRevision(
                record_id=event.id,
                kind="case_event",
                revision=1,
                status="final",
                payload=payload,
                content_hash=content_hash(payload),
                parent_hash=GENESIS,
                author_id=actor.user_id,
                author_name=actor.name,
                created_at=now,
                reason="",
                origin_post_id=row.post_id,
            )
        )

    def _audit(
        self, s: Session, actor: Actor, action: str, row: Case, details: dict[str, Any]
    ) -> None:
        audit_record(s, actor, self._clock.now(), action, row, details)


__all__ = ["STATUSES", "CaseService", "CaseView", "TimelineEntry", "compute_deadline"]
