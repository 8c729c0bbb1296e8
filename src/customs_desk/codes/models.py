"""Reference code tables in the database (replaced as a whole when a newer dataset loads)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from customs_desk.store.base import Base


class RefDataset(Base):
    """Every dataset version ever loaded; the newest active one is in use."""

    __tablename__ = "ref_dataset"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    version: Mapped[str] = mapped_column(String(32))
    released: Mapped[date] = mapped_column(Date)
    fingerprint: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(32))  # "bundled" or "update:<package id>"
    loaded_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(default=True)


class RefSource(Base):
    __tablename__ = "ref_source"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    year: Mapped[str] = mapped_column(String(16))
    url: Mapped[str] = mapped_column(Text)


class RefBaselCode(Base):
    __tablename__ = "ref_basel_code"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    annex: Mapped[str] = mapped_column(String(4))
    kind: Mapped[str] = mapped_column(String(2))
    group: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    un_class: Mapped[str] = mapped_column(String(8))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    replaced_by: Mapped[str] = mapped_column(String(80))
    related: Mapped[str] = mapped_column(String(200))
    decision: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(80))
    mark: Mapped[str] = mapped_column(String(1))
    note: Mapped[str] = mapped_column(Text)


class RefHsCode(Base):
    __tablename__ = "ref_hs_code"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    edition: Mapped[str] = mapped_column(String(8), primary_key=True)
    level: Mapped[str] = mapped_column(String(12))
    parent: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(80))
    mark: Mapped[str] = mapped_column(String(1))
    note: Mapped[str] = mapped_column(Text)


class RefHint(Base):
    __tablename__ = "ref_hint"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    basel_code: Mapped[str] = mapped_column(String(8), index=True)
    hs_code: Mapped[str] = mapped_column(String(8), index=True)
    hs_edition: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(Text)
    mark: Mapped[str] = mapped_column(String(1))


class RefCodeTitle(Base):
    """Unofficial translated titles, for finding codes by words in the officer's language."""

    __tablename__ = "ref_code_title"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(Text)


class RefWasteStream(Base):
    __tablename__ = "ref_waste_stream"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    basel_codes: Mapped[str] = mapped_column(Text)
    hs_codes: Mapped[str] = mapped_column(Text)


class RiskIndicatorRow(Base):
    """The risk checklist: rows from the dataset plus the post's own (origin "local")."""

    __tablename__ = "risk_indicator"

    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    category: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(80))
    mark: Mapped[str] = mapped_column(String(1))
    origin: Mapped[str] = mapped_column(String(12), default="dataset")
    active: Mapped[bool] = mapped_column(default=True)
