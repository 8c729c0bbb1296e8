"""Helpers shared by the record services: hashing, numbering, DTOs."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from customs_desk.accounts.models import Post
from customs_desk.accounts.roles import Actor
from customs_desk.records.models import Case, Inspection, PostSequence
from customs_desk.store.audit import append_event, canonical_json


def content_hash(payload: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(payload)).hexdigest()


def audit_record(
    s: Session,
    actor: Actor,
    at: datetime,
    action: str,
    row: Inspection | Case,
    details: dict[str, Any],
) -> None:
    """An audit event for an inspection or a case, naming its number, revision and hash."""
    append_event(
        s,
        chain=str(actor.post_id),
        occurred_at=at,
        actor_id=actor.user_id,
        actor_name=actor.name,
        action=action,
        entity_type="inspection" if isinstance(row, Inspection) else "case",
        entity_id=str(row.id),
        details={
            "number": row.number,
            "revision": row.revision,
            "hash": row.content_hash,
            **details,
        },
    )


def next_number(s: Session, post: Post, kind: str, when: datetime) -> str:
    """Per-post, per-year sequence: SGP-TUAS-2026-00042 (inspections), SGP-TUAS-C2026-0007 (cases)."""
    year = when.astimezone(ZoneInfo(post.timezone)).year
    row = s.get(PostSequence, (post.id, kind, year))
    if row is None:
        row = PostSequence(post_id=post.id, kind=kind, year=year, last=0)
        s.add(row)
    # Numbers already taken (e.g. after records were imported into a restored database).
    row.last += 1
    if kind == "case":
        return f"{post.code}-C{year}-{row.last:04d}"
    return f"{post.code}-{year}-{row.last:05d}"


def post_by_code(s: Session, code: str) -> Post | None:
    return s.scalars(select(Post).where(Post.code == code)).one_or_none()


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    status: str
    author_name: str
    created_at: datetime
    reason: str
    content_hash: str
    payload: dict[str, Any]
    received: bool


@dataclass(frozen=True)
class InspectionView:
    """An inspection as the UI and the CLI see it."""

    id: uuid.UUID
    number: str | None
    status: str
    revision: int
    post_code: str
    post_id: uuid.UUID
    own_post: bool
    created_by: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    finalized_at: datetime | None
    payload: dict[str, Any]
    content_hash: str

    @property
    def label(self) -> str:
        return self.number or f"draft {str(self.id)[:8]}"
