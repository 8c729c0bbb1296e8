"""Database health: SQLite features this program relies on, integrity checks, basic facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import text

from customs_desk.store.audit import verify_chains
from customs_desk.store.database import MIN_SQLITE, Database, sqlite_module


@dataclass(frozen=True)
class SqliteFeatures:
    version: str
    fts5: bool
    trigram: bool
    trigram_remove_diacritics: bool
    like_bug_free: bool
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "fts5": self.fts5,
            "trigram": self.trigram,
            "trigram_remove_diacritics": self.trigram_remove_diacritics,
            "like_bug_free": self.like_bug_free,
        }


@cache
def sqlite_features() -> SqliteFeatures:
    """Probe the SQLite library in use (FEASIBILITY.md section 5 lists the bugs checked here)."""
    conn = sqlite_module().connect(":memory:")
    problems: list[str] = []
    try:
        version = conn.execute("select sqlite_version()").fetchone()[0]
        fts5 = trigram = remove_diacritics = like_ok = False
        try:
            conn.execute("create virtual table f using fts5(body)")
            fts5 = True
            conn.execute("create virtual table t using fts5(body, tokenize='trigram')")
            trigram = True
            conn.execute("insert into t values ('王秀英 张伟 Nguyễn')")
            # SQLite 3.40 returns no row here (LIKE with a 2-character pattern on trigram).
            like_ok = (
                conn.execute("select count(*) from t where body like '%张伟%'").fetchone()[0] == 1
            )
            conn.execute(
                "create virtual table d using fts5(body, tokenize='trigram remove_diacritics 1')"
            )
            remove_diacritics = True
        except Exception as exc:
            problems.append(f"SQLite feature missing: {exc}")
    finally:
        conn.close()
    if tuple(int(x) for x in version.split(".")[:3]) < MIN_SQLITE:
        problems.append(f"SQLite {version} is older than {'.'.join(map(str, MIN_SQLITE))}")
    if not like_ok:
        problems.append("this SQLite gives wrong LIKE results on trigram indexes")
    return SqliteFeatures(version, fts5, trigram, remove_diacritics, like_ok, problems)


def database_info(db: Database) -> dict[str, Any]:
    info: dict[str, Any] = {"dialect": db.dialect, "database": db.describe()}
    if db.is_sqlite:
        with db.engine.connect() as conn:
            info["journal_mode"] = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
            info["foreign_keys"] = bool(conn.exec_driver_sql("PRAGMA foreign_keys").scalar())
            info["busy_timeout_ms"] = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
        if db.path is not None and db.path.exists():
            info["bytes"] = db.path.stat().st_size
    else:
        with db.engine.connect() as conn:
            info["server_version"] = conn.execute(text("show server_version")).scalar()
    return info


def integrity(db: Database) -> dict[str, Any]:
    """Full integrity check (SQLite), foreign keys and the audit chains."""
    problems: list[str] = []
    if db.is_sqlite:
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(f"integrity: {r}" for r in rows)
            fks = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            problems.extend(f"broken reference in {r[0]} row {r[1]} -> {r[2]}" for r in fks)
    with db.read() as s:
        audit = verify_chains(s)
    problems.extend(f"audit: {p}" for p in audit.problems)
    return {"ok": not problems, "problems": problems, "audit_events": audit.events}
