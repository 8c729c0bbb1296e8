"""Append-only, hash-chained audit log of every change (who, when, what).

Each post writes its own chain (keyed by the post id); events imported from other posts keep
their chain, so the secretariat can verify every post's history. Each event's hash covers its
content and the previous event's hash: editing, reordering or removing an event in the middle of a
chain breaks verification (``customs-desk audit verify``). Removing the newest events cannot be
seen from the chain alone; exchange packages carry each chain's head so the secretariat notices
a rewritten history after the fact.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from customs_desk.store.base import Base, new_id

GENESIS = "0" * 64


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __table_args__ = (UniqueConstraint("chain", "chain_seq"),)

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(unique=True, default=new_id)
    chain: Mapped[str] = mapped_column(String(36), index=True)
    chain_seq: Mapped[int]
    occurred_at: Mapped[datetime]
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"))
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    details: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON used for hashing and signing."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    ).encode("utf-8")


def event_payload(event: AuditEvent) -> dict[str, Any]:
    return {
        "id": str(event.id),
        "chain": event.chain,
        "chain_seq": event.chain_seq,
        "occurred_at": event.occurred_at.isoformat(),
        "actor_id": str(event.actor_id) if event.actor_id else None,
        "actor_name": event.actor_name,
        "action": event.action,
        "entity_type": event.entity_type,
        "entity_id": event.entity_id,
        "details": event.details,
        "prev_hash": event.prev_hash,
    }


def compute_hash(event: AuditEvent) -> str:
    return hashlib.sha256(canonical_json(event_payload(event))).hexdigest()


def append_event(
    session: Session,
    *,
    chain: str,
    occurred_at: datetime,
    actor_id: uuid.UUID | None,
    actor_name: str,
    action: str,
    entity_type: str,
    entity_id: str,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append an event to ``chain`` inside the caller's transaction."""
    last = session.execute(
        select(AuditEvent.chain_seq, AuditEvent.hash)
        .where(AuditEvent.chain == chain)
        .order_by(AuditEvent.chain_seq.desc())
        .limit(1)
    ).first()
    event = AuditEvent(
        id=new_id(),
        chain=chain,
        chain_seq=(last[0] + 1) if last else 1,
        occurred_at=occurred_at,
        actor_id=actor_id,
        actor_name=actor_name,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        details=details or {},
        prev_hash=last[1] if last else GENESIS,
    )
    event.hash = compute_hash(event)
    session.add(event)
    session.flush()
    return event


@dataclass
class AuditReport:
    ok: bool = True
    events: int = 0
    chains: dict[str, int] = field(default_factory=dict)
    heads: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "events": self.events,
            "chains": self.chains,
            "heads": self.heads,
            "problems": self.problems,
        }


def verify_chains(session: Session) -> AuditReport:
    """Recompute every chain; report each break with the event it happens at."""
    report = AuditReport()
    expected: dict[str, tuple[int, str]] = {}
    rows = session.scalars(select(AuditEvent).order_by(AuditEvent.chain, AuditEvent.chain_seq))
    for event in rows:
        report.events += 1
        seq, prev = expected.get(event.chain, (0, GENESIS))
        where = f"chain {event.chain} event {event.chain_seq} ({event.action})"
        if event.chain_seq != seq + 1:
            report.problems.append(f"{where}: expected event {seq + 1}; events are missing")
        if event.prev_hash != prev:
            report.problems.append(f"{where}: does not follow the previous event")
        if compute_hash(event) != event.hash:
            report.problems.append(f"{where}: content was changed after it was written")
        expected[event.chain] = (event.chain_seq, event.hash)
        report.chains[event.chain] = report.chains.get(event.chain, 0) + 1
        report.heads[event.chain] = event.hash
    report.ok = not report.problems
    return report
