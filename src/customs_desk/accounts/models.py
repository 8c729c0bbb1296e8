"""Tables for the installation, border posts and user accounts."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from customs_desk.store.base import Base, new_id


class Installation(Base):
    """One row: what this data folder is (a border post or the secretariat) and its home post."""

    __tablename__ = "installation"
    __table_args__ = (CheckConstraint("kind IN ('post', 'secretariat')", name="kind"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))
    home_post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"))
    created_at: Mapped[datetime]
    idle_lock_minutes: Mapped[int] = mapped_column(default=10)


class Post(Base):
    """A border post (or the secretariat office). Posts known through imports appear here too."""

    __tablename__ = "post"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64))
    agency: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]


class UserAccount(Base):
    __tablename__ = "user_account"
    __table_args__ = (
        UniqueConstraint("post_id", "badge_number"),
        CheckConstraint("role IN ('officer', 'supervisor', 'secretariat')", name="role"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"))
    name: Mapped[str] = mapped_column(String(200))
    badge_number: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    password_changed_at: Mapped[datetime]
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
