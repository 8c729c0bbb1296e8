"""Tables of the inspection log.

Each record keeps its current state in its own table (indexed columns for the register plus the
full ``payload``) and every finalized state in ``record_revision`` (the trustworthy history, and
the change feed exchanged with the secretariat). ``seq`` is a stable integer key (also the rowid
of the full-text filter index); ``id`` is the UUID made on the device.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from customs_desk.store.base import Base


class Party(Base):
    __tablename__ = "party"
    __table_args__ = (Index("ix_party_name_folded", "name_folded"),)

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"))
    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300))
    is_person: Mapped[bool] = mapped_column(default=False)
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    registration_number: Mapped[str] = mapped_column(String(80), default="")
    revision: Mapped[int] = mapped_column(default=1)
    payload: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Inspection(Base):
    __tablename__ = "inspection"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'final', 'void')", name="status"),
        Index("ix_inspection_post_time", "post_id", "inspected_at"),
        Index("ix_inspection_inspected_at", "inspected_at"),
        Index("ix_inspection_outcome", "outcome"),
        Index("ix_inspection_stream", "waste_stream"),
        Index("ix_inspection_export_country", "export_country"),
        Index("ix_inspection_updated_at", "updated_at"),
        Index("ix_inspection_status", "status"),
        # The register sorts by any of its columns: an index for each keeps it to a page read.
        Index("ix_inspection_post", "post_id"),
        Index("ix_inspection_type", "inspection_type"),
        Index("ix_inspection_transport_mode", "transport_mode"),
        Index("ix_inspection_containers", "containers"),
        Index("ix_inspection_declaration_number", "declaration_number"),
        Index("ix_inspection_exporter_name", "exporter_name"),
        Index("ix_inspection_importer_name", "importer_name"),
        Index("ix_inspection_import_country", "import_country"),
        Index("ix_inspection_basel_codes", "basel_codes"),
        Index("ix_inspection_declared_hs", "declared_hs"),
        Index("ix_inspection_found_weight", "found_weight_kg"),
        Index("ix_inspection_lead_officer", "lead_officer"),
        # Filters of one or two characters read every search text: from this index (~30 MB
        # for 100,000 records) instead of the table (~400 MB with the payloads). SQLite only:
        # PostgreSQL filters with ILIKE, and its index entries cannot exceed 2.7 KB.
        Index("ix_inspection_search_text", "search_text", "status").ddl_if(dialect="sqlite"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"))
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    status: Mapped[str] = mapped_column(String(8))
    revision: Mapped[int] = mapped_column(default=0)
    inspected_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))
    inspection_type: Mapped[str] = mapped_column(String(20), default="")
    transport_mode: Mapped[str] = mapped_column(String(20), default="")
    containers: Mapped[str] = mapped_column(String(2000), default="")
    transport_document: Mapped[str] = mapped_column(String(60), default="", index=True)
    declaration_number: Mapped[str] = mapped_column(String(60), default="")
    declared_hs: Mapped[str] = mapped_column(String(20), default="")
    exporter_name: Mapped[str] = mapped_column(String(300), default="")
    importer_name: Mapped[str] = mapped_column(String(300), default="")
    exporter_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    importer_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    export_country: Mapped[str] = mapped_column(String(2), default="")
    import_country: Mapped[str] = mapped_column(String(2), default="")
    waste_stream: Mapped[str] = mapped_column(String(40), default="")
    basel_codes: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(20), default="")
    found_weight_kg: Mapped[float | None]
    lead_officer: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    finalized_at: Mapped[datetime | None]
    payload: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64))
    search_text: Mapped[str] = mapped_column(Text, default="")


class Case(Base):
    __tablename__ = "case_file"
    __table_args__ = (
        Index("ix_case_file_deadline", "status", "deadline"),
        Index("ix_case_file_opened_at", "opened_at"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"))
    number: Mapped[str] = mapped_column(String(40), unique=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspection.id"), index=True)
    status: Mapped[str] = mapped_column(String(30))
    opened_at: Mapped[datetime]
    grounds: Mapped[str] = mapped_column(String(20), default="")
    clock: Mapped[str] = mapped_column(String(12), default="")
    state_informed_on: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    path: Mapped[str] = mapped_column(String(30), default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    revision: Mapped[int] = mapped_column(default=1)
    payload: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    search_text: Mapped[str] = mapped_column(Text, default="")


class CaseEvent(Base):
    """The case timeline: every status change, notification, decision and note."""

    __tablename__ = "case_event"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_file.id"), index=True)
    occurred_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[uuid.UUID | None]
    author_name: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict[str, Any]]


class RecordRevision(Base):
    """Every finalized state of every record: readable history and the exchange change feed."""

    __tablename__ = "record_revision"
    __table_args__ = (
        UniqueConstraint("record_id", "revision"),
        CheckConstraint("kind IN ('inspection', 'case', 'party', 'case_event')", name="kind"),
        Index("ix_record_revision_origin", "origin_post_id", "seq"),
    )

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(12))
    revision: Mapped[int]
    status: Mapped[str] = mapped_column(String(30))
    payload: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64))
    parent_hash: Mapped[str] = mapped_column(String(64))
    author_id: Mapped[uuid.UUID | None]
    author_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text, default="")
    origin_post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"))
    received_at: Mapped[datetime | None]  # set when it came in an exchange package


class Attachment(Base):
    """A photo or document. The original file is kept unchanged, named by its SHA-256."""

    __tablename__ = "attachment"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    caption: Mapped[str] = mapped_column(Text, default="")
    exif: Mapped[dict[str, Any]]
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime]


class PostSequence(Base):
    """Per-post, per-year counters for human-readable numbers (no coordination needed)."""

    __tablename__ = "post_sequence"

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last: Mapped[int] = mapped_column(default=0)


class EditSession(Base):
    """A form open on a draft; left behind by a crash, it offers to restore the draft."""

    __tablename__ = "edit_session"

    record_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"))
    started_at: Mapped[datetime]
    autosaved_at: Mapped[datetime | None]


class SavedFilter(Base):
    __tablename__ = "saved_filter"
    __table_args__ = (UniqueConstraint("user_id", "register", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id"))
    register: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    spec: Mapped[dict[str, Any]]
