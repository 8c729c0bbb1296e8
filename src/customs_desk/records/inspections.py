"""Inspection records: drafts (autosaved), finalizing, corrections as revisions, voiding."""

from __future__ import annotations

import copy
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from customs_desk.accounts.models import Installation, Post
from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.codes.service import CodeService
from customs_desk.errors import NotFound, PermissionDenied, UserError, ValidationError
from customs_desk.handbooks.text import fold
from customs_desk.i18n import Msg
from customs_desk.records.common import (
    InspectionView,
    RevisionInfo,
    audit_record,
    content_hash,
    next_number,
)
from customs_desk.records.models import EditSession, Inspection, RecordRevision
from customs_desk.records.validation import Problems, parse_datetime, validate_inspection
from customs_desk.store.audit import GENESIS
from customs_desk.store.base import new_id
from customs_desk.store.database import Database

DUPLICATE_WINDOW = timedelta(days=90)


def derived_columns(payload: dict[str, Any]) -> dict[str, Any]:
    """The indexed columns of the register, computed from the payload."""
    parties = payload.get("parties") or {}
    route = payload.get("route") or {}
    goods = payload.get("goods") or []
    containers = [
        c.get("number", "") for c in payload.get("containers") or [] if isinstance(c, dict)
    ]
    basel = sorted({c for g in goods if isinstance(g, dict) for c in g.get("basel_codes") or []})
    exporter = (parties.get("exporter") or {}).get("name", "")
    importer = (parties.get("importer") or {}).get("name", "")
    officers = payload.get("officers") or []
    inspected = parse_datetime(payload.get("inspected_at"))
    search = " ".join(
        str(x)
        for x in [
            payload.get("number") or "",
            *containers,
            payload.get("transport_document", ""),
            payload.get("declaration_number", ""),
            exporter,
            importer,
            (parties.get("carrier") or {}).get("name", ""),
            payload.get("declared_hs", ""),
            payload.get("declared_description", ""),
            *basel,
            route.get("export_country", ""),
            route.get("import_country", ""),
            payload.get("outcome") or "",
            payload.get("waste_stream", ""),
            *officers,
            *[g.get("description", "") for g in goods[:50] if isinstance(g, dict)],
        ]
        if x
    )
    return {
        "inspected_at": inspected,
        "timezone": payload.get("timezone", "UTC"),
        "inspection_type": payload.get("inspection_type") or "",
        "transport_mode": payload.get("transport_mode") or "",
        "containers": " ".join(containers)[:2000],
        "transport_document": (payload.get("transport_document") or "")[:60],
        "declaration_number": (payload.get("declaration_number") or "")[:60],
        "declared_hs": (payload.get("declared_hs") or "")[:20],
        "exporter_name": exporter[:300],
        "importer_name": importer[:300],
        "exporter_id": _uuid((parties.get("exporter") or {}).get("id")),
        "importer_id": _uuid((parties.get("importer") or {}).get("id")),
        "export_country": route.get("export_country") or "",
        "import_country": route.get("import_country") or "",
        "waste_stream": payload.get("waste_stream") or "",
        "basel_codes": " ".join(basel)[:200],
        "outcome": payload.get("outcome") or "",
        "found_weight_kg": payload.get("found_weight_kg"),
        "lead_officer": (officers[0] if officers else "")[:200],
        "search_text": fold(search),
    }


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


class InspectionService:
    def __init__(self, db: Database, clock: Clock, codes: CodeService) -> None:
        self._db = db
        self._clock = clock
        self._codes = codes

    # Reading ---------------------------------------------------------------------------------
    def _home_post_id(self, s: Session) -> uuid.UUID:
        inst = s.scalars(select(Installation)).one()
        return inst.home_post_id

    def _view(self, s: Session, row: Inspection) -> InspectionView:
        post = s.get_one(Post, row.post_id)
        return InspectionView(
            id=row.id,
            number=row.number,
            status=row.status,
            revision=row.revision,
            post_code=post.code,
            post_id=row.post_id,
            own_post=row.post_id == self._home_post_id(s),
            created_by=row.created_by,
            created_at=row.created_at,
            updated_at=row.updated_at,
            finalized_at=row.finalized_at,
            payload=copy.deepcopy(row.payload),
            content_hash=row.content_hash,
        )

    def _row(self, s: Session, key: uuid.UUID | str) -> Inspection:
        row: Inspection | None
        if isinstance(key, uuid.UUID):
            row = s.scalars(select(Inspection).where(Inspection.id == key)).one_or_none()
        else:
            try:
                row = s.scalars(
                    select(Inspection).where(Inspection.id == uuid.UUID(key))
                ).one_or_none()
            except ValueError:
                row = s.scalars(select(Inspection).where(Inspection.number == key)).one_or_none()
        if row is None:
            raise NotFound(Msg("No inspection {key}.", key=str(key)))
        return row

    def get(self, key: uuid.UUID | str) -> InspectionView:
        with self._db.read() as s:
            return self._view(s, self._row(s, key))

    def history(self, key: uuid.UUID | str) -> list[RevisionInfo]:
        with self._db.read() as s:
            row = self._row(s, key)
            revisions = s.scalars(
                select(RecordRevision)
                .where(RecordRevision.record_id == row.id)
                .order_by(RecordRevision.revision)
            )
            return [
                RevisionInfo(
                    r.revision,
                    r.status,
                    r.author_name,
                    r.created_at,
                    r.reason,
                    r.content_hash,
                    dict(r.payload),
                    r.received_at is not None,
                )
                for r in revisions
            ]

    # Permissions -----------------------------------------------------------------------------
    def _require_editable(self, s: Session, actor: Actor, row: Inspection) -> None:
        actor.require(Permission.EDIT_RECORDS)
        if row.post_id != self._home_post_id(s):
            raise PermissionDenied(
                Msg("This record belongs to another post; it can be read here but not changed.")
            )
        if row.created_by != actor.user_id and not actor.can(Permission.REOPEN_RECORDS):
            raise PermissionDenied(
                Msg("Only the officer who created this record, or a supervisor, can change it.")
            )

    # Drafts ----------------------------------------------------------------------------------
    def new_draft(self, actor: Actor, initial: dict[str, Any] | None = None) -> InspectionView:
        actor.require(Permission.EDIT_RECORDS)
        now = self._clock.now()
        with self._db.transaction() as s:
            post = s.get_one(Post, actor.post_id)
            record_id = new_id()
            payload: dict[str, Any] = {
                "schema": 1,
                "id": str(record_id),
                "number": None,
                "post_code": post.code,
                "status": "draft",
                "inspected_at": now.isoformat(),
                "timezone": post.timezone,
                "officers": [actor.name],
            }
            for key, value in (initial or {}).items():
                if key not in ("schema", "id", "number", "post_code", "status"):
                    payload[key] = value
            row = Inspection(
                id=record_id,
                post_id=post.id,
                number=None,
                status="draft",
                revision=0,
                created_by=actor.user_id,
                created_at=now,
                updated_at=now,
                finalized_at=None,
                payload=payload,
                content_hash=content_hash(payload),
                **derived_columns(payload)
                | {"inspected_at": parse_datetime(payload["inspected_at"]) or now},
            )
            s.add(row)
            s.flush()
            self._audit(s, actor, "inspection.create", row, {})
            return self._view(s, row)

    def save_draft(
        self, actor: Actor, key: uuid.UUID | str, payload: dict[str, Any], *, autosave: bool = False
    ) -> tuple[InspectionView, Problems]:
        """Save a draft whatever its problems (returned for display); drafts never leave the post."""
        now = self._clock.now()
        with self._db.transaction() as s:
            row = self._row(s, key)
            self._require_editable(s, actor, row)
            if row.status != "draft":
                raise UserError(Msg("This record is finalized; use Correct to change it."))
            payload = self._normalise(row, payload, "draft")
            problems = validate_inspection(payload, self._codes, now=now, for_final=False)
            if (
                problems.errors.get("inspected_at")
                and parse_datetime(payload.get("inspected_at")) is None
            ):
                payload["inspected_at"] = row.payload["inspected_at"]
            self._store(row, payload, now)
            session = s.get(EditSession, row.id)
            if session is not None:
                session.autosaved_at = now
            if not autosave:
                self._audit(s, actor, "inspection.save-draft", row, {})
            return self._view(s, row), problems

    def check(self, payload: dict[str, Any]) -> Problems:
        """Validate as for finalizing, without saving (the form shows messages beside fields)."""
        data = copy.deepcopy(payload)
        data.setdefault("schema", 1)
        data.setdefault("id", str(uuid.uuid4()))
        data.setdefault("post_code", "CHECK")
        data.setdefault("status", "draft")
        return validate_inspection(data, self._codes, now=self._clock.now())

    def finalize(
        self, actor: Actor, key: uuid.UUID | str, payload: dict[str, Any]
    ) -> InspectionView:
        now = self._clock.now()
        with self._db.transaction() as s:
            row = self._row(s, key)
            self._require_editable(s, actor, row)
            if row.status != "draft":
                raise UserError(Msg("This record is already finalized."))
            payload = self._normalise(row, payload, "final")
            problems = validate_inspection(payload, self._codes, now=now)
            if not problems.ok:
                raise ValidationError(
                    problems.errors,
                    Msg(
                        "The record cannot be finalized yet: {n} problems.", n=len(problems.errors)
                    ),
                )
            post = s.get_one(Post, row.post_id)
            row.number = next_number(
                s, post, "inspection", parse_datetime(payload["inspected_at"]) or now
            )
            payload["number"] = row.number
            row.status = "final"
            row.revision = 1
            row.finalized_at = now
            self._store(row, payload, now)
            self._revision(s, actor, row, "", GENESIS, now)
            s.execute(delete(EditSession).where(EditSession.record_id == row.id))
            self._audit(s, actor, "inspection.finalize", row, {"number": row.number})
            return self._view(s, row)

    def correct(
        self, actor: Actor, key: uuid.UUID | str, payload: dict[str, Any], reason: str
    ) -> InspectionView:
        """Change a finalized record: a new revision with a reason; earlier ones stay readable."""
        if not reason.strip():
            raise ValidationError({"reason": Msg("Say why the finalized record is corrected.")})
        now = self._clock.now()
        with self._db.transaction() as s:
            row = self._row(s, key)
            self._require_editable(s, actor, row)
            if row.status != "final":
                raise UserError(
                    Msg("Only finalized records are corrected; save the draft instead.")
                )
            payload = self._normalise(row, payload, "final")
            payload["number"] = row.number
            problems = validate_inspection(payload, self._codes, now=now)
            if not problems.ok:
                raise ValidationError(problems.errors)
            if content_hash(payload) == row.content_hash:
                raise UserError(Msg("Nothing was changed."))
            parent = row.content_hash
            row.revision += 1
            self._store(row, payload, now)
            self._revision(s, actor, row, reason.strip(), parent, now)
            self._audit(
                s,
                actor,
                "inspection.correct",
                row,
                {"revision": row.revision, "reason": reason.strip()},
            )
            return self._view(s, row)

    def void(self, actor: Actor, key: uuid.UUID | str, reason: str) -> InspectionView:
        """Withdraw a finalized record (kept, marked void, with a reason)."""
        if not reason.strip():
            raise ValidationError({"reason": Msg("Say why the record is withdrawn.")})
        now = self._clock.now()
        with self._db.transaction() as s:
            row = self._row(s, key)
            self._require_editable(s, actor, row)
            if row.status != "final":
                raise UserError(
                    Msg("Only finalized records can be withdrawn; delete a draft instead.")
                )
            payload = copy.deepcopy(row.payload)
            payload["status"] = "void"
            parent = row.content_hash
            row.status = "void"
            row.revision += 1
            self._store(row, payload, now)
            self._revision(s, actor, row, reason.strip(), parent, now)
            self._audit(s, actor, "inspection.void", row, {"reason": reason.strip()})
            return self._view(s, row)

    def delete_draft(self, actor: Actor, key: uuid.UUID | str) -> None:
        with self._db.transaction() as s:
            row = self._row(s, key)
            self._require_editable(s, actor, row)
            if row.status != "draft" or row.revision:
                raise PermissionDenied(
                    Msg("Finalized records are never deleted; withdraw it with a reason instead.")
                )
            s.execute(delete(EditSession).where(EditSession.record_id == row.id))
            self._audit(s, actor, "inspection.delete-draft", row, {})
            s.delete(row)

    # Edit sessions (crash recovery) ---------------------------------------------------------
    def open_session(self, actor: Actor, record_id: uuid.UUID) -> None:
        if actor.user_id is None:
            return
        with self._db.transaction() as s:
            session = s.get(EditSession, record_id)
            if session is None:
                s.add(
                    EditSession(
                        record_id=record_id, user_id=actor.user_id, started_at=self._clock.now()
                    )
                )
            else:
                session.user_id = actor.user_id

    def close_session(self, record_id: uuid.UUID) -> None:
        with self._db.transaction() as s:
            s.execute(delete(EditSession).where(EditSession.record_id == record_id))

    def interrupted_drafts(self, actor: Actor) -> list[InspectionView]:
        """Drafts whose form was still open when the program stopped (crash, power cut)."""
        with self._db.read() as s:
            rows = s.scalars(
                select(Inspection)
                .join(EditSession, EditSession.record_id == Inspection.id)
                .where(EditSession.user_id == actor.user_id, Inspection.status == "draft")
            )
            return [self._view(s, r) for r in rows]

    def drafts(self, actor: Actor) -> list[InspectionView]:
        with self._db.read() as s:
            rows = s.scalars(
                select(Inspection)
                .where(Inspection.status == "draft", Inspection.created_by == actor.user_id)
                .order_by(Inspection.updated_at.desc())
            )
            return [self._view(s, r) for r in rows]

    # Duplicates ------------------------------------------------------------------------------
    def duplicates(
        self, key: uuid.UUID | str | None, payload: dict[str, Any]
    ) -> list[tuple[str, str]]:
        """(record label, what matched) for records of this post in the last 90 days with the same
        container number or bill of lading."""
        containers = [
            c.get("number", "").upper() for c in payload.get("containers") or [] if c.get("number")
        ]
        document = (payload.get("transport_document") or "").strip()
        if not containers and not document:
            return []
        inspected = parse_datetime(payload.get("inspected_at")) or self._clock.now()
        with self._db.read() as s:
            home = self._home_post_id(s)
            conditions = [Inspection.containers.contains(c) for c in containers]
            if document:
                conditions.append(Inspection.transport_document == document)
            stmt = select(Inspection).where(
                Inspection.post_id == home,
                Inspection.status != "void",
                Inspection.inspected_at >= inspected - DUPLICATE_WINDOW,
                Inspection.inspected_at <= inspected + DUPLICATE_WINDOW,
                or_(*conditions),
            )
            if key is not None:
                own = self._row(s, key).id
                stmt = stmt.where(Inspection.id != own)
            found: list[tuple[str, str]] = []
            for row in s.scalars(stmt.limit(20)):
                label = row.number or f"draft {str(row.id)[:8]}"
                same = [c for c in containers if c in row.containers.split()]
                what = ", ".join(same) if same else document
                found.append((label, what))
            return found

    # Internals -------------------------------------------------------------------------------
    def _normalise(self, row: Inspection, payload: dict[str, Any], status: str) -> dict[str, Any]:
        data = copy.deepcopy(payload)
        data["schema"] = 1
        data["id"] = str(row.id)
        data["post_code"] = row.payload["post_code"]
        data["status"] = status
        data["number"] = row.number
        for container in data.get("containers") or []:
            if isinstance(container, dict) and isinstance(container.get("number"), str):
                container["number"] = container["number"].replace(" ", "").upper()
        return data

    def _store(self, row: Inspection, payload: dict[str, Any], now: datetime) -> None:
        columns = derived_columns(payload)
        if columns["inspected_at"] is None:
            columns["inspected_at"] = row.inspected_at
        for name, value in columns.items():
            setattr(row, name, value)
        row.payload = payload
        row.content_hash = content_hash(payload)
        row.updated_at = now

    def _revision(
        self, s: Session, actor: Actor, row: Inspection, reason: str, parent: str, now: datetime
    ) -> None:
        s.add(
            RecordRevision(
                record_id=row.id,
                kind="inspection",
                revision=row.revision,
                status=row.status,
                payload=copy.deepcopy(row.payload),
                content_hash=row.content_hash,
                parent_hash=parent,
                author_id=actor.user_id,
                author_name=actor.name,
                created_at=now,
                reason=reason,
                origin_post_id=row.post_id,
            )
        )

    def _audit(
        self, s: Session, actor: Actor, action: str, row: Inspection, details: dict[str, Any]
    ) -> None:
        audit_record(s, actor, self._clock.now(), action, row, details)
