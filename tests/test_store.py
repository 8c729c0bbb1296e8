"""Database start-up: create, migrate with backup, refuse newer, corrupt and locked files."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from customs_desk.app import open_app
from customs_desk.errors import DatabaseCorrupt, DatabaseLocked, DatabaseTooNew, EnvironmentProblem
from customs_desk.paths import AppPaths
from customs_desk.store import migrate
from customs_desk.store.database import Database, sqlite_module
from customs_desk.store.registry import metadata


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revisions_oldest_first() -> list[str]:
    return [r.revision for r in reversed(list(migrate.script_directory().walk_revisions()))]


def test_empty_folder_gets_schema_at_head(paths: AppPaths) -> None:
    ctx = open_app(paths)
    try:
        assert ctx.migration.created and not ctx.migration.upgraded
        assert migrate.current_revision(ctx.db) == migrate.head_revision()
        with ctx.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        ctx.close()
    assert not paths.backups.exists()  # nothing to back up for a new database


def test_migrations_match_models(tmp_path: Path) -> None:
    db = Database.open_sqlite(tmp_path / "m.sqlite")
    migrate.upgrade_to_head(db)
    with db.engine.connect() as conn:
        from customs_desk.store.autogen import include_object

        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_object": include_object}), metadata()
        )
    db.dispose()
    assert diff == []


def test_single_head() -> None:
    assert len(migrate.script_directory().get_heads()) == 1


@pytest.mark.parametrize("start", revisions_oldest_first()[:-1] or ["(none)"])
def test_upgrade_from_each_older_schema_makes_a_backup_first(paths: AppPaths, start: str) -> None:
    if start == "(none)":
        pytest.skip("only one schema revision exists")
    paths.ensure()
    db = Database.open_sqlite(paths.database)
    migrate.upgrade_to_head(db, target=start)
    with db.transaction() as s:
        s.execute(text("CREATE TABLE keepme (x INTEGER)"))
        s.execute(text("INSERT INTO keepme VALUES (42)"))
    db.dispose()
    ctx = open_app(paths)
    try:
        report = ctx.migration
        assert (
            report.upgraded and report.before == start and report.after == migrate.head_revision()
        )
        assert report.backup is not None and report.backup.parent == paths.backups
        backup = sqlite3.connect(report.backup)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == start
        assert backup.execute("SELECT x FROM keepme").fetchone()[0] == 42
        backup.close()
        with ctx.db.read() as s:
            assert s.execute(text("SELECT x FROM keepme")).scalar() == 42
    finally:
        ctx.close()


def test_newer_database_is_refused_and_left_untouched(paths: AppPaths) -> None:
    open_app(paths).close()
    conn = sqlite3.connect(paths.database)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = sha(paths.database)
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_app(paths)
    assert sha(paths.database) == before
    assert not paths.backups.exists()


def test_corrupt_file_is_reported_and_kept(paths: AppPaths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"this is not a database at all" * 100)
    before = sha(paths.database)
    with pytest.raises(DatabaseCorrupt) as info:
        open_app(paths)
    assert "Nothing was deleted" in str(info.value)
    assert paths.database.exists() and sha(paths.database) == before


def test_foreign_sqlite_file_is_refused(paths: AppPaths) -> None:
    paths.ensure()
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE photos (x)")
    conn.commit()
    conn.close()
    before = sha(paths.database)
    with pytest.raises(EnvironmentProblem, match="not one made by Customs Desk"):
        open_app(paths)
    assert sha(paths.database) == before


def test_locked_database_gives_a_clear_message(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("customs_desk.store.database.BUSY_TIMEOUT_MS", 200)
    ctx = open_app(paths)
    # The same SQLite library as the app: POSIX locks of two libraries in one process don't clash.
    blocker = sqlite_module().connect(str(paths.database), timeout=0.1, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="locked by another program"):  # noqa: SIM117
            with ctx.db.transaction() as s:
                s.execute(text("CREATE TABLE t (x)"))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        ctx.close()


def test_backup_api_copy_is_consistent_while_another_connection_writes(paths: AppPaths) -> None:
    from customs_desk.store.database import backup_sqlite

    ctx = open_app(paths)
    with ctx.db.transaction() as s:
        s.execute(text("CREATE TABLE n (x INTEGER)"))
    stop = threading.Event()

    def writer() -> None:
        i = 0
        while not stop.is_set():
            with ctx.db.transaction() as s:
                s.execute(text("INSERT INTO n VALUES (:i)"), {"i": i})
            i += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        target = paths.backups / "copy.sqlite"
        backup_sqlite(paths.database, target)
    finally:
        stop.set()
        thread.join()
        ctx.close()
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
