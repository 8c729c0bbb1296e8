"""Bookmarks and personal notes on handbook paragraphs, kept per user in the database.

They never leave the post (not exchanged), so deleting one is a real delete.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from customs_desk.accounts.roles import Actor
from customs_desk.clock import Clock
from customs_desk.errors import NotFound, PermissionDenied, ValidationError
from customs_desk.handbooks.model import citation
from customs_desk.handbooks.text import fold
from customs_desk.i18n import Msg
from customs_desk.store.base import Base, new_id
from customs_desk.store.database import Database

MAX_NOTE = 10_000


class HandbookAnnotation(Base):
    __tablename__ = "handbook_annotation"
    __table_args__ = (
        CheckConstraint("kind IN ('bookmark', 'note')", name="kind"),
        Index("ix_handbook_annotation_user", "user_id", "handbook"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"))
    kind: Mapped[str] = mapped_column(String(12))
    handbook: Mapped[str] = mapped_column(String(80))
    section: Mapped[str] = mapped_column(String(120))
    paragraph: Mapped[int]
    quote: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


@dataclass(frozen=True)
class Annotation:
    id: uuid.UUID
    kind: str
    handbook: str
    section: str
    paragraph: int
    quote: str
    note: str
    created_at: datetime
    updated_at: datetime

    @property
    def citation(self) -> str:
        return citation(self.handbook, self.section, self.paragraph)


def _dto(row: HandbookAnnotation) -> Annotation:
    return Annotation(
        row.id,
        row.kind,
        row.handbook,
        row.section,
        row.paragraph,
        row.quote,
        row.note,
        row.created_at,
        row.updated_at,
    )


class AnnotationService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _user(self, actor: Actor) -> uuid.UUID:
        if actor.user_id is None:
            raise PermissionDenied(Msg("Sign in to keep bookmarks and notes."))
        return actor.user_id

    def add(
        self,
        actor: Actor,
        *,
        kind: str,
        handbook: str,
        section: str,
        paragraph: int,
        quote: str = "",
        note: str = "",
    ) -> Annotation:
        user = self._user(actor)
        if kind not in ("bookmark", "note"):
            raise ValidationError({"kind": Msg("Choose a bookmark or a note.")})
        if kind == "note" and not note.strip():
            raise ValidationError({"note": Msg("Write the note first.")})
        if len(note) > MAX_NOTE:
            raise ValidationError(
                {"note": Msg("A note can have at most {n} characters.", n=MAX_NOTE)}
            )
        now = self._clock.now()
        with self._db.transaction() as s:
            if kind == "bookmark":
                existing = s.scalars(
                    select(HandbookAnnotation).where(
                        HandbookAnnotation.user_id == user,
                        HandbookAnnotation.kind == "bookmark",
                        HandbookAnnotation.handbook == handbook,
                        HandbookAnnotation.section == section,
                        HandbookAnnotation.paragraph == paragraph,
                    )
                ).first()
                if existing is not None:
                    return _dto(existing)
            row = HandbookAnnotation(
                id=new_id(),
                user_id=user,
                kind=kind,
                handbook=handbook,
                section=section,
                paragraph=paragraph,
                quote=quote[:500],
                note=note.strip(),
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            return _dto(row)

    def update_note(self, actor: Actor, annotation_id: uuid.UUID, note: str) -> Annotation:
        user = self._user(actor)
        if not note.strip():
            raise ValidationError({"note": Msg("Write the note first.")})
        with self._db.transaction() as s:
            row = s.get(HandbookAnnotation, annotation_id)
            if row is None or row.user_id != user:
                raise NotFound(Msg("This note does not exist."))
            row.note = note.strip()
            row.kind = "note"
            row.updated_at = self._clock.now()
            return _dto(row)

    def delete(self, actor: Actor, annotation_id: uuid.UUID) -> None:
        user = self._user(actor)
        with self._db.transaction() as s:
            row = s.get(HandbookAnnotation, annotation_id)
            if row is None or row.user_id != user:
                raise NotFound(Msg("This note does not exist."))
            s.delete(row)

    def list(
        self, actor: Actor, *, handbook: str | None = None, query: str = ""
    ) -> list[Annotation]:
        """The user's bookmarks and notes, newest first; ``query`` searches note and quote."""
        user = self._user(actor)
        with self._db.read() as s:
            stmt = select(HandbookAnnotation).where(HandbookAnnotation.user_id == user)
            if handbook:
                stmt = stmt.where(HandbookAnnotation.handbook == handbook)
            rows = [_dto(r) for r in s.scalars(stmt.order_by(HandbookAnnotation.updated_at.desc()))]
        needle = fold(query.strip())
        if needle:
            rows = [r for r in rows if needle in fold(f"{r.note} {r.quote} {r.citation}")]
        return rows
