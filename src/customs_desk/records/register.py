"""The registers of inspections and cases: filter as you type, sort by any column, pages.

Filtering uses the trigram full-text index on SQLite (``inspection_fts``, ``case_file_fts``,
kept in sync by triggers) and ``ILIKE`` on PostgreSQL; queries shorter than three characters
fall back to a substring scan of the folded search text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, literal_column, select, text
from sqlalchemy.orm import InstrumentedAttribute

from customs_desk.accounts.models import Post
from customs_desk.accounts.roles import Actor
from customs_desk.errors import ValidationError
from customs_desk.handbooks.text import fold
from customs_desk.i18n import Msg
from customs_desk.records.models import Case, Inspection, SavedFilter
from customs_desk.store.database import Database

INSPECTION_COLUMNS: dict[str, Any] = {
    "number": Inspection.number,
    "inspected_at": Inspection.inspected_at,
    "post": Post.code,
    "status": Inspection.status,
    "inspection_type": Inspection.inspection_type,
    "transport_mode": Inspection.transport_mode,
    "containers": Inspection.containers,
    "transport_document": Inspection.transport_document,
    "declaration_number": Inspection.declaration_number,
    "exporter": Inspection.exporter_name,
    "importer": Inspection.importer_name,
    "export_country": Inspection.export_country,
    "import_country": Inspection.import_country,
    "waste_stream": Inspection.waste_stream,
    "basel_codes": Inspection.basel_codes,
    "declared_hs": Inspection.declared_hs,
    "outcome": Inspection.outcome,
    "weight_kg": Inspection.found_weight_kg,
    "officer": Inspection.lead_officer,
    "updated_at": Inspection.updated_at,
}
DEFAULT_INSPECTION_COLUMNS = (
    "number",
    "inspected_at",
    "status",
    "containers",
    "exporter",
    "export_country",
    "waste_stream",
    "basel_codes",
    "outcome",
    "weight_kg",
)
CASE_COLUMNS: dict[str, Any] = {
    "number": Case.number,
    "opened_at": Case.opened_at,
    "post": Post.code,
    "status": Case.status,
    "grounds": Case.grounds,
    "clock": Case.clock,
    "state_informed_on": Case.state_informed_on,
    "deadline": Case.deadline,
    "path": Case.path,
    "closed_on": Case.closed_on,
    "updated_at": Case.updated_at,
}
DEFAULT_CASE_COLUMNS = ("number", "opened_at", "status", "grounds", "clock", "deadline", "path")


@dataclass
class RegisterQuery:
    text: str = ""
    status: str | None = None  # None: every status but "void"; "any": all
    outcome: str | None = None
    waste_stream: str | None = None
    post: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    overdue_on: date | None = None  # cases only: deadline passed on this date
    sort: str = ""
    descending: bool = True
    offset: int = 0
    limit: int = 200

    def as_spec(self) -> dict[str, Any]:
        return {
            k: (v.isoformat() if isinstance(v, date) else v)
            for k, v in self.__dict__.items()
            if k not in ("offset", "limit")
        }

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> RegisterQuery:
        q = cls()
        for key, value in spec.items():
            if key in ("date_from", "date_to", "overdue_on") and value:
                value = date.fromisoformat(value)
            if hasattr(q, key) and key not in ("offset", "limit"):
                setattr(q, key, value)
        return q


@dataclass(frozen=True)
class RegisterRow:
    id: uuid.UUID
    values: dict[str, Any]
    own: bool = True


@dataclass
class RegisterPage:
    total: int
    rows: list[RegisterRow] = field(default_factory=list)


#: Below this many matches, short words are looked up in the search-text index first; above,
#: walking the sort order finds a page of matches sooner (bench/bench_register.py).
RARE_MATCHES = 2000


def _text_condition(
    db: Database, model: Any, fts: str, query: str, *, rare: bool = False
) -> ColumnElement[bool] | None:
    """Rows whose folded search text has every word of ``query``.

    On SQLite, words of three or more characters go through the trigram index. The ``+`` before
    ``seq`` keeps SQLite from driving the query by the matching rowids (a lookup of a wide row
    each): it walks the index of the sort order, or of the count, and tests membership. Shorter
    words are substring tests; with ``rare`` they first collect the matching rows from the
    search-text index (``ix_inspection_search_text``) the same way.
    """
    words = [w for w in fold(query).split() if w]
    if not words:
        return None
    conditions: list[ColumnElement[bool]] = []
    table = model.__tablename__
    long_words = [w for w in words if len(w) >= 3]
    if long_words and db.is_sqlite:
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        conditions.append(
            literal_column(f"+{table}.seq").in_(
                text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :m").bindparams(m=match)
            )
        )
    for word in words if not db.is_sqlite else [w for w in words if len(w) < 3]:
        if not db.is_sqlite:
            conditions.append(model.search_text.ilike(f"%{word}%"))
        elif rare:
            inner = model.__table__.alias()
            conditions.append(
                literal_column(f"+{table}.seq").in_(
                    select(inner.c.seq).where(inner.c.search_text.contains(word))
                )
            )
        else:
            conditions.append(model.search_text.contains(word))
    return and_(*conditions)


def _posts_first(db: Database, stmt: Select[Any]) -> Select[Any]:
    """Sorting by post: walk the few posts in code order and each post's rows by index.

    Without statistics SQLite takes the post table for a large one and sorts every register row
    instead (0.15 s for 100,000). ``unlikely()`` is its documented planner hint; the condition
    itself always holds (codes are never NULL)."""
    return stmt.where(func.unlikely(Post.code == Post.code)) if db.is_sqlite else stmt


def _days(column: Any, q: RegisterQuery) -> list[ColumnElement[bool]]:
    """``column`` within the query's days, from the start of ``date_from`` to the end of
    ``date_to``, in this computer's time zone."""
    conditions: list[ColumnElement[bool]] = []
    if q.date_from:
        conditions.append(column >= datetime.combine(q.date_from, time.min).astimezone())
    if q.date_to:
        end = datetime.combine(q.date_to + timedelta(days=1), time.min).astimezone()
        conditions.append(column < end)
    return conditions


class Register:
    def __init__(self, db: Database) -> None:
        self._db = db

    # Inspections -----------------------------------------------------------------------------
    def _inspection_select(
        self, q: RegisterQuery, columns: Any, *, count: bool = False, rare: bool = False
    ) -> Select[Any]:
        stmt = select(*columns).select_from(Inspection)
        if not count or q.post:
            # Every inspection has its post (foreign key): counting needs the join only to
            # filter by post, and without it SQLite counts from a small index, not the table.
            stmt = stmt.join(Post, Post.id == Inspection.post_id)
        if q.status == "any":
            pass
        elif q.status:
            stmt = stmt.where(Inspection.status == q.status)
        else:
            stmt = stmt.where(Inspection.status != "void")
        if q.outcome:
            stmt = stmt.where(Inspection.outcome == q.outcome)
        if q.waste_stream:
            stmt = stmt.where(Inspection.waste_stream == q.waste_stream)
        if q.post:
            stmt = stmt.where(Post.code == q.post)
        stmt = stmt.where(*_days(Inspection.inspected_at, q))
        condition = _text_condition(self._db, Inspection, "inspection_fts", q.text, rare=rare)
        if condition is not None:
            stmt = stmt.where(condition)
        return stmt

    def inspections(self, q: RegisterQuery, home_post: uuid.UUID | None = None) -> RegisterPage:
        sort_column = INSPECTION_COLUMNS.get(q.sort or "inspected_at")
        if sort_column is None:
            raise ValidationError({"sort": Msg("Cannot sort by '{column}'.", column=q.sort)})
        names = list(INSPECTION_COLUMNS)
        with self._db.read() as s:
            total = s.scalar(self._inspection_select(q, [func.count()], count=True)) or 0
            order = sort_column.desc() if q.descending else sort_column.asc()
            tiebreak = Inspection.seq.desc() if q.descending else Inspection.seq.asc()
            stmt = (
                self._inspection_select(
                    q,
                    [Inspection.id, Inspection.post_id, *INSPECTION_COLUMNS.values()],
                    rare=total < RARE_MATCHES,
                )
                .order_by(order, tiebreak)
                .offset(q.offset)
                .limit(q.limit)
            )
            if q.sort == "post":
                stmt = _posts_first(self._db, stmt)
            rows = [
                RegisterRow(
                    r[0],
                    dict(zip(names, r[2:], strict=True)),
                    own=home_post is None or r[1] == home_post,
                )
                for r in s.execute(stmt)
            ]
        return RegisterPage(total, rows)

    # Cases -----------------------------------------------------------------------------------
    def _case_select(
        self, q: RegisterQuery, columns: Any, *, count: bool = False, rare: bool = False
    ) -> Select[Any]:
        stmt = select(*columns).select_from(Case)
        if not count or q.post:
            stmt = stmt.join(Post, Post.id == Case.post_id)  # see _inspection_select
        if q.status and q.status != "any":
            stmt = stmt.where(Case.status == q.status)
        if q.post:
            stmt = stmt.where(Post.code == q.post)
        if q.overdue_on:
            stmt = stmt.where(
                Case.deadline < q.overdue_on,
                Case.status.not_in(("not-illegal", "returned-or-disposed", "closed")),
            )
        stmt = stmt.where(*_days(Case.opened_at, q))
        condition = _text_condition(self._db, Case, "case_file_fts", q.text, rare=rare)
        if condition is not None:
            stmt = stmt.where(condition)
        return stmt

    def cases(self, q: RegisterQuery, home_post: uuid.UUID | None = None) -> RegisterPage:
        sort_column: InstrumentedAttribute[Any] | None = CASE_COLUMNS.get(q.sort or "opened_at")
        if sort_column is None:
            raise ValidationError({"sort": Msg("Cannot sort by '{column}'.", column=q.sort)})
        names = list(CASE_COLUMNS)
        with self._db.read() as s:
            total = s.scalar(self._case_select(q, [func.count()], count=True)) or 0
            order = sort_column.desc() if q.descending else sort_column.asc()
            stmt = (
                self._case_select(
                    q,
                    [Case.id, Case.post_id, *CASE_COLUMNS.values()],
                    rare=total < RARE_MATCHES,
                )
                .order_by(order, Case.seq.desc())
                .offset(q.offset)
                .limit(q.limit)
            )
            if q.sort == "post":
                stmt = _posts_first(self._db, stmt)
            rows = [
                RegisterRow(
                    r[0],
                    dict(zip(names, r[2:], strict=True)),
                    own=home_post is None or r[1] == home_post,
                )
                for r in s.execute(stmt)
            ]
        return RegisterPage(total, rows)

    # Saved filters ---------------------------------------------------------------------------
    def save_filter(self, actor: Actor, register: str, name: str, q: RegisterQuery) -> None:
        if actor.user_id is None or not name.strip():
            raise ValidationError({"name": Msg("Give the filter a name.")})
        with self._db.transaction() as s:
            row = s.scalars(
                select(SavedFilter).where(
                    SavedFilter.user_id == actor.user_id,
                    SavedFilter.register == register,
                    SavedFilter.name == name.strip(),
                )
            ).one_or_none()
            if row is None:
                s.add(
                    SavedFilter(
                        user_id=actor.user_id,
                        register=register,
                        name=name.strip(),
                        spec=q.as_spec(),
                    )
                )
            else:
                row.spec = q.as_spec()

    def saved_filters(self, actor: Actor, register: str) -> dict[str, RegisterQuery]:
        with self._db.read() as s:
            rows = s.scalars(
                select(SavedFilter)
                .where(SavedFilter.user_id == actor.user_id, SavedFilter.register == register)
                .order_by(SavedFilter.name)
            )
            return {r.name: RegisterQuery.from_spec(dict(r.spec)) for r in rows}

    def delete_filter(self, actor: Actor, register: str, name: str) -> None:
        with self._db.transaction() as s:
            s.execute(
                delete(SavedFilter).where(
                    SavedFilter.user_id == actor.user_id,
                    SavedFilter.register == register,
                    SavedFilter.name == name,
                )
            )
