"""Tables of the exchange: trusted keys, the exchange log, quarantine, conflicts, pending
revisions, and the content of update packages (alerts and watch lists)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from customs_desk.store.base import Base


class TrustedKey(Base):
    """Public keys this installation accepts packages from (and encrypts to)."""

    __tablename__ = "trusted_key"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # "post" or "secretariat"
    post_code: Mapped[str] = mapped_column(String(24), index=True)
    post_name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    sign_public: Mapped[str] = mapped_column(String(64))  # Ed25519, base64
    box_public: Mapped[str] = mapped_column(String(64))  # X25519, base64
    trusted_at: Mapped[datetime]
    trusted_by: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(40))  # "manual" or "update:<package id>"
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str] = mapped_column(Text, default="")


class ExchangeLog(Base):
    """Every package made, imported or applied (refused packages go to the log file only,
    so a refused package leaves the database byte-for-byte unchanged)."""

    __tablename__ = "exchange_log"
    __table_args__ = (Index("ix_exchange_log_counterpart", "counterpart", "direction"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the package id
    direction: Mapped[str] = mapped_column(String(4))  # "out" or "in"
    kind: Mapped[str] = mapped_column(String(10))  # "records", "receipt", "update"
    counterpart: Mapped[str] = mapped_column(String(24))  # post code of the other side
    sequence: Mapped[int]
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    by: Mapped[str] = mapped_column(String(200))
    from_seq: Mapped[int] = mapped_column(default=0)
    to_seq: Mapped[int] = mapped_column(default=0)
    counts: Mapped[dict[str, Any]]
    profile: Mapped[str] = mapped_column(String(20), default="full")
    acknowledged_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")


class Quarantine(Base):
    """Incoming records that could not be accepted, with the reason, for a person to look at."""

    __tablename__ = "exchange_quarantine"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    package_id: Mapped[uuid.UUID] = mapped_column(index=True)
    post_code: Mapped[str] = mapped_column(String(24))
    kind: Mapped[str] = mapped_column(String(12))
    record_id: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int | None]
    reason: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]]
    received_at: Mapped[datetime]


class Conflict(Base):
    """Two different versions of the same revision of a record: kept for a person to resolve."""

    __tablename__ = "exchange_conflict"
    __table_args__ = (UniqueConstraint("record_id", "revision", "incoming_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(12))
    revision: Mapped[int]
    local_hash: Mapped[str] = mapped_column(String(64))
    incoming_hash: Mapped[str] = mapped_column(String(64))
    incoming: Mapped[dict[str, Any]]  # the whole incoming revision
    package_id: Mapped[uuid.UUID]
    detected_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str] = mapped_column(String(20), default="")
    resolved_by: Mapped[str] = mapped_column(String(200), default="")


class PendingRevision(Base):
    """A revision that arrived before the revision it builds on (packages in any order)."""

    __tablename__ = "exchange_pending"
    __table_args__ = (UniqueConstraint("record_id", "revision", "content_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    revision: Mapped[int]
    content_hash: Mapped[str] = mapped_column(String(64))
    item: Mapped[dict[str, Any]]
    package_id: Mapped[uuid.UUID]
    received_at: Mapped[datetime]


class Alert(Base):
    """Alerts and watch lists from the secretariat (update packages)."""

    __tablename__ = "alert"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # "message", "party", "route"
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]]
    valid_until: Mapped[date | None] = mapped_column(Date)
    received_from: Mapped[uuid.UUID]  # the update package
    received_at: Mapped[datetime]
    withdrawn: Mapped[bool] = mapped_column(default=False)
