"""The database handle: engine set-up for SQLite (embedded) and PostgreSQL (secretariat).

SQLite runs in WAL mode with foreign keys on, a busy timeout and ``synchronous=FULL`` (posts lose
power; a finalized record must survive). Write transactions start with ``BEGIN IMMEDIATE`` so two
writers queue on the busy timeout instead of failing half-way. SQLite comes from sqlean.py, a
current SQLite build (the system 3.40 has FTS5 trigram bugs), identical on Linux and Windows.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import sqlean
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from customs_desk.errors import DatabaseCorrupt, DatabaseLocked, EnvironmentProblem
from customs_desk.i18n import Msg

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
MIN_SQLITE = (3, 45, 0)


#: Base class of errors raised by the SQLite driver in use.
SqliteError: type[Exception] = sqlean.Error


def json_dumps(value: Any) -> str:
    """JSON columns are written with orjson (about 10x faster than the json module on record
    payloads; measured in bench/bench_exchange.py). Hashes never use this: they use
    store.audit.canonical_json, whose output is part of the exchange format."""
    return orjson.dumps(
        value,
        default=str,
        option=orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME,
    ).decode()


def sqlite_version() -> str:
    return str(sqlean.sqlite_version)


def sqlite_module() -> Any:
    """The DB-API module used for every SQLite connection (sqlean.py)."""
    return sqlean


def classify_sqlite_error(exc: BaseException, path: Path | None) -> EnvironmentProblem | None:
    """Map SQLite errors to messages an officer can act on; None when it looks like a bug."""
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        return DatabaseLocked(
            Msg("The database{where} is locked by another program.", where=where),
            hint=Msg(
                "Close other Customs Desk windows or programs using this data folder and try "
                "again. Nothing was changed."
            ),
        )
    if "file is not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorrupt(
            Msg(
                "The database file{where} is damaged or is not a Customs Desk database.",
                where=where,
            ),
            hint=Msg(
                "Nothing was deleted. Restore the latest copy from the backups folder, or ask "
                "the secretariat for help (the damaged file is kept for recovery)."
            ),
        )
    if "readonly" in text or "read-only" in text:
        return EnvironmentProblem(
            Msg("The database{where} is on a read-only drive or folder.", where=where),
            hint=Msg("Use a data folder you can write to (--data-dir)."),
        )
    if "disk is full" in text:
        return EnvironmentProblem(
            Msg("The disk holding the database{where} is full.", where=where),
            hint=Msg("The last change was not saved. Free some space and try again."),
        )
    if "unable to open" in text or "disk i/o error" in text:
        return EnvironmentProblem(
            Msg("The database{where} cannot be opened or read.", where=where),
            hint=Msg("Check that the drive is connected and the folder is readable."),
        )
    return None


class Database:
    """Engine plus session factories; one transaction per use case (``db.transaction()``)."""

    def __init__(self, engine: Engine, *, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        write_engine: Engine = engine
        if engine.dialect.name == "sqlite":
            write_engine = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._write_sessions = sessionmaker(write_engine, expire_on_commit=False)

    # Construction ----------------------------------------------------------------------------
    @classmethod
    def open_sqlite(cls, path: Path) -> Database:
        engine = create_engine(
            f"sqlite:///{path}",
            module=sqlite_module(),
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            json_serializer=json_dumps,
            json_deserializer=orjson.loads,
        )
        _install_sqlite_listeners(engine)
        return cls(engine, path=path)

    @classmethod
    def open_url(cls, url: str) -> Database:
        if url.startswith("sqlite"):
            raise EnvironmentProblem(
                "Use --data-dir for SQLite databases; --database-url is for PostgreSQL."
            )
        try:
            engine = create_engine(
                url, pool_pre_ping=True, json_serializer=json_dumps, json_deserializer=orjson.loads
            )
        except ImportError as exc:
            raise EnvironmentProblem(
                Msg(
                    "This installation cannot connect to PostgreSQL ({error}). Install the "
                    "'postgres' extra (pip install customs-desk[postgres]) or use the embedded "
                    "database.",
                    error=str(exc),
                )
            ) from exc
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    # Sessions ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write unit of work: commits on success, rolls back on any exception."""
        with self._translate_errors(), self._write_sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self._translate_errors(), self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except (OperationalError, DBAPIError) as exc:
            problem = classify_sqlite_error(exc.orig or exc, self.path) if self.is_sqlite else None
            if problem is not None:
                raise problem from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def _install_sqlite_listeners(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN so transactions cover DDL too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def open_readonly_sqlite(path: Path) -> sqlite3.Connection:
    """A read-only DB-API connection that never changes the file (for version checks)."""
    uri = path.absolute().as_uri() + "?mode=ro"
    conn: sqlite3.Connection = sqlite_module().connect(
        uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    return conn


def backup_sqlite(source: Path, destination: Path) -> None:
    """Copy a live SQLite database with SQLite's online backup API (safe with WAL and readers)."""
    from customs_desk.fileutil import describe_os_error

    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite_module().connect(str(source), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite_module().connect(str(tmp))
        try:
            src.backup(dst)
            dst.commit()
        finally:
            dst.close()
        tmp.replace(destination)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise describe_os_error(exc, destination) from exc
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        problem = classify_sqlite_error(exc, source)
        if problem is not None:
            raise problem from exc
        raise
    finally:
        src.close()
