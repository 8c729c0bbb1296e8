"""Parties (exporters, importers, carriers, generators, facilities) reused across records."""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, or_, select

from customs_desk.accounts.models import Post
from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.errors import NotFound, ValidationError
from customs_desk.handbooks.text import fold
from customs_desk.i18n import Msg
from customs_desk.records.common import content_hash
from customs_desk.records.models import Inspection, Party, RecordRevision
from customs_desk.records.validation import validate_party
from customs_desk.store.audit import GENESIS, append_event
from customs_desk.store.base import new_id
from customs_desk.store.database import Database

ADVERSE = ("held", "detained", "seized", "refused-entry", "returned", "referred")


@dataclass(frozen=True)
class PartyView:
    id: uuid.UUID
    name: str
    country: str
    address: str
    registration_number: str
    is_person: bool
    inspections: int
    adverse: int  # inspections with an outcome other than "released"

    @property
    def repeat_offender(self) -> bool:
        return self.adverse >= 2


class PartyService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _counts(self, s: Any, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int]]:
        counts: dict[uuid.UUID, list[int]] = {i: [0, 0] for i in ids}
        if not ids:
            return {}
        for column in (Inspection.exporter_id, Inspection.importer_id):
            rows = s.execute(
                select(
                    column,
                    func.count(),
                    func.sum(case((Inspection.outcome.in_(ADVERSE), 1), else_=0)),
                )
                .where(column.in_(ids), Inspection.status == "final")
                .group_by(column)
            )
            for party_id, total, adverse in rows:
                counts[party_id][0] += int(total)
                counts[party_id][1] += int(adverse or 0)
        return {k: (v[0], v[1]) for k, v in counts.items()}

    def _view(self, row: Party, counts: tuple[int, int]) -> PartyView:
        return PartyView(
            row.id,
            row.name,
            row.country,
            row.address,
            row.registration_number,
            row.is_person,
            counts[0],
            counts[1],
        )

    def search(self, query: str, limit: int = 20) -> list[PartyView]:
        needle = fold(query.strip())
        with self._db.read() as s:
            stmt = select(Party)
            if needle:
                stmt = stmt.where(
                    or_(
                        Party.name_folded.contains(needle),
                        Party.registration_number.contains(query.strip()),
                    )
                )
            rows = list(s.scalars(stmt.order_by(Party.name_folded).limit(limit)))
            counts = self._counts(s, [r.id for r in rows])
            return [self._view(r, counts.get(r.id, (0, 0))) for r in rows]

    def get(self, party_id: uuid.UUID) -> PartyView:
        with self._db.read() as s:
            row = s.scalars(select(Party).where(Party.id == party_id)).one_or_none()
            if row is None:
                raise NotFound(Msg("No such party."))
            return self._view(row, self._counts(s, [row.id]).get(row.id, (0, 0)))

    def payload(self, party_id: uuid.UUID) -> dict[str, Any]:
        with self._db.read() as s:
            row = s.scalars(select(Party).where(Party.id == party_id)).one()
            return copy.deepcopy(row.payload)

    def save(self, actor: Actor, data: dict[str, Any]) -> PartyView:
        """Create a party, or change one (new revision) when ``data['id']`` exists."""
        actor.require(Permission.EDIT_RECORDS)
        now = self._clock.now()
        payload: dict[str, Any] = {
            "schema": 1,
            "id": str(data.get("id") or new_id()),
            "name": str(data.get("name", "")).strip(),
            "is_person": bool(data.get("is_person", False)),
            "address": str(data.get("address", "")).strip(),
            "country": str(data.get("country", "")).strip().upper(),
            "registration_number": str(data.get("registration_number", "")).strip(),
        }
        problems = validate_party(payload)
        if not payload["name"]:
            problems.error("name", Msg("Enter the name."))
        if not problems.ok:
            raise ValidationError(problems.errors)
        with self._db.transaction() as s:
            row = s.scalars(select(Party).where(Party.id == uuid.UUID(payload["id"]))).one_or_none()
            parent = GENESIS
            if row is None:
                post = s.get_one(Post, actor.post_id)
                row = Party(
                    id=uuid.UUID(payload["id"]),
                    post_id=post.id,
                    revision=1,
                    created_at=now,
                    updated_at=now,
                    payload=payload,
                    content_hash=content_hash(payload),
                    name=payload["name"],
                    name_folded=fold(payload["name"]),
                )
                s.add(row)
                action = "party.create"
            else:
                if content_hash(payload) == row.content_hash:
                    return self._view(row, self._counts(s, [row.id]).get(row.id, (0, 0)))
                parent = row.content_hash
                row.revision += 1
                row.payload = payload
                row.content_hash = content_hash(payload)
                row.updated_at = now
                action = "party.update"
            row.name = payload["name"]
            row.name_folded = fold(payload["name"])
            row.is_person = payload["is_person"]
            row.address = payload["address"]
            row.country = payload["country"]
            row.registration_number = payload["registration_number"]
            s.flush()
            s.add(
                RecordRevision(
                    record_id=row.id,
                    kind="party",
                    revision=row.revision,
                    status="final",
                    payload=copy.deepcopy(payload),
                    content_hash=row.content_hash,
                    parent_hash=parent,
                    author_id=actor.user_id,
                    author_name=actor.name,
                    created_at=now,
                    reason="",
                    origin_post_id=row.post_id,
                )
            )
            append_event(
                s,
                chain=str(actor.post_id),
                occurred_at=now,
                actor_id=actor.user_id,
                actor_name=actor.name,
                action=action,
                entity_type="party",
                entity_id=str(row.id),
                details={"revision": row.revision, "hash": row.content_hash},
            )
            return self._view(row, self._counts(s, [row.id]).get(row.id, (0, 0)))

    def inspections_of(self, party_id: uuid.UUID, limit: int = 100) -> list[tuple[str, str, str]]:
        """(number, date, outcome) of finalized inspections naming the party."""
        with self._db.read() as s:
            rows = s.execute(
                select(Inspection.number, Inspection.inspected_at, Inspection.outcome)
                .where(
                    or_(Inspection.exporter_id == party_id, Inspection.importer_id == party_id),
                    Inspection.status == "final",
                )
                .order_by(Inspection.inspected_at.desc())
                .limit(limit)
            )
            return [(r[0] or "", r[1].date().isoformat(), r[2]) for r in rows]
