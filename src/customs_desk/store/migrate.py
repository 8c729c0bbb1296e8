"""Schema migrations at start-up: check, back up, upgrade; never delete or overwrite user data.

Order for SQLite:

1. Look at the file read-only. Missing or empty: create the schema at head.
2. A revision this program does not know means the database comes from a newer version:
   refuse with a clear message and leave the file untouched.
3. Older revision: copy the database with SQLite's backup API into ``backups/``, then upgrade in
   one transaction. If the upgrade fails, the transaction rolls back and the backup stays.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from customs_desk import __version__
from customs_desk.clock import utcnow
from customs_desk.errors import DatabaseCorrupt, DatabaseTooNew, EnvironmentProblem
from customs_desk.i18n import Msg
from customs_desk.store.database import (
    Database,
    SqliteError,
    backup_sqlite,
    classify_sqlite_error,
    open_readonly_sqlite,
)

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations found")
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


@dataclass(frozen=True)
class SchemaState:
    """What is in a database before start-up touches it."""

    exists: bool
    empty: bool
    revision: str | None

    @property
    def at_head(self) -> bool:
        return self.revision == head_revision()


@dataclass(frozen=True)
class MigrationReport:
    before: str | None
    after: str
    created: bool
    upgraded: bool
    backup: Path | None


def inspect_sqlite_file(path: Path) -> SchemaState:
    """Read the schema revision without changing the file."""
    if not path.exists():
        return SchemaState(exists=False, empty=True, revision=None)
    if path.is_dir():
        raise EnvironmentProblem(Msg("{path} is a folder, not a database file.", path=str(path)))
    try:
        conn = open_readonly_sqlite(path)
    except SqliteError as exc:
        raise _sqlite_problem(exc, path) from exc
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return SchemaState(exists=True, empty=True, revision=None)
        if "alembic_version" not in tables:
            raise EnvironmentProblem(
                Msg(
                    "{path} is an SQLite database but not one made by Customs Desk.", path=str(path)
                ),
                hint=Msg("Nothing was changed. Choose another data folder with --data-dir."),
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return SchemaState(exists=True, empty=False, revision=row[0] if row else None)
    except SqliteError as exc:
        raise _sqlite_problem(exc, path) from exc
    finally:
        conn.close()


def _sqlite_problem(exc: BaseException, path: Path) -> EnvironmentProblem:
    problem = classify_sqlite_error(exc, path)
    if problem is not None:
        return problem
    return DatabaseCorrupt(
        Msg("The database file {path} cannot be read: {reason}.", path=str(path), reason=str(exc)),
        hint=Msg("Nothing was deleted or changed."),
    )


def check_not_newer(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(
            Msg(
                "The database {where} was written by a newer version of Customs Desk "
                "(schema {revision}); this version ({version}) knows schemas up to {head}.",
                where=where,
                revision=revision,
                version=__version__,
                head=head_revision(),
            ),
            hint=Msg("Install the newer version of Customs Desk. The database was not changed."),
        )


def backup_name(revision: str | None, now: datetime | None = None) -> str:
    stamp = (now or utcnow()).strftime("%Y%m%dT%H%M%SZ")
    return f"customs-desk-{stamp}-schema-{revision or 'none'}.sqlite"


def prepare_database(db: Database, backup_dir: Path | None) -> MigrationReport:
    """Bring the database to the head revision, with the checks described in the module doc."""
    if db.is_sqlite and db.path is not None:
        state = inspect_sqlite_file(db.path)
    else:
        state = _inspect_engine(db)
    check_not_newer(state.revision, db.describe())
    head = head_revision()
    if state.revision == head:
        return MigrationReport(state.revision, head, created=False, upgraded=False, backup=None)

    backup: Path | None = None
    if not state.empty and db.is_sqlite and db.path is not None:
        target_dir = backup_dir or db.path.parent / "backups"
        backup = target_dir / backup_name(state.revision)
        log.info("backing up %s to %s before upgrading", db.path, backup)
        backup_sqlite(db.path, backup)
    elif not state.empty:
        log.warning(
            "upgrading %s without an automatic backup; take one with pg_dump first", db.describe()
        )
    upgrade_to_head(db)
    log.info("database schema %s -> %s", state.revision, head)
    return MigrationReport(
        state.revision, head, created=state.empty, upgraded=not state.empty, backup=backup
    )


def _inspect_engine(db: Database) -> SchemaState:
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if not tables:
            return SchemaState(exists=True, empty=True, revision=None)
        if "alembic_version" not in tables:
            raise EnvironmentProblem(
                Msg(
                    "The database {where} has tables but was not made by Customs Desk.",
                    where=db.describe(),
                ),
                hint=Msg("Nothing was changed. Use an empty database."),
            )
        revision = MigrationContext.configure(conn).get_current_revision()
        return SchemaState(exists=True, empty=False, revision=revision)


def current_revision(db: Database) -> str | None:
    if db.is_sqlite and db.path is not None:
        return inspect_sqlite_file(db.path).revision
    return _inspect_engine(db).revision


def upgrade_to_head(db: Database, target: str = "head") -> None:
    """Run the migrations in one transaction on one connection."""
    cfg = alembic_config()
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection if db.is_sqlite else None
        if raw is not None:
            # Table rebuilds in batch mode need foreign keys off; the pragma is ignored inside a
            # transaction, so switch it on the raw (autocommit) connection before BEGIN and check
            # the keys before committing.
            raw.execute("PRAGMA foreign_keys = OFF")
            conn.execution_options(sqlite_begin="IMMEDIATE")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise EnvironmentProblem(
                            Msg(
                                "The upgrade would break {n} references; it was rolled back and "
                                "the database is unchanged.",
                                n=len(broken),
                            )
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
