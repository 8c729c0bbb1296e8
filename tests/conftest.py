"""Shared fixtures. GUI tests run offscreen; every test gets its own temporary data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from customs_desk.accounts.passwords import fast_passwords_for_tests
from customs_desk.accounts.roles import Actor, Role
from customs_desk.accounts.service import NewUser, PostInput
from customs_desk.app import AppContext, open_app
from customs_desk.clock import FrozenClock
from customs_desk.paths import AppPaths

SUPERVISOR_PW = "supervisor-pw"
OFFICER_PW = "officer-pw-1"


@pytest.fixture(autouse=True)
def _isolate_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never touch the real user folders: platformdirs point into the test's tmp folder."""
    monkeypatch.delenv("CUSTOMS_DESK_DATA_DIR", raising=False)
    monkeypatch.delenv("CUSTOMS_DESK_USER", raising=False)
    monkeypatch.delenv("CUSTOMS_DESK_PASSWORD", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home" / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "home" / "state"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return AppPaths.from_base(data_dir)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(start=datetime(2026, 3, 10, 2, 30, tzinfo=UTC))


@pytest.fixture
def ctx(paths: AppPaths, clock: FrozenClock) -> Iterator[AppContext]:
    app = open_app(paths, clock=clock, passwords=fast_passwords_for_tests())
    try:
        yield app
    finally:
        app.close()


@pytest.fixture
def supervisor(ctx: AppContext) -> Actor:
    return ctx.accounts.set_up(
        PostInput("SGP-TUAS", "Tuas Checkpoint", "SG", "Asia/Singapore", "Singapore Customs"),
        NewUser("Lim Wei Ling", "S1001", Role.SUPERVISOR, SUPERVISOR_PW),
    )


@pytest.fixture
def officer(ctx: AppContext, supervisor: Actor) -> Actor:
    ctx.accounts.add_user(supervisor, NewUser("Nguyen Van An", "O2002", Role.OFFICER, OFFICER_PW))
    return ctx.accounts.authenticate("O2002", OFFICER_PW)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A throwaway PostgreSQL server for the whole run. Skipped when the machine has none,
    unless CUSTOMS_DESK_REQUIRE_POSTGRES=1 (set by .ci/run), where that is a failure."""
    from tests.pgserver import start_server

    try:
        server = start_server()
    except RuntimeError as exc:
        if os.environ.get("CUSTOMS_DESK_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here: {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")
    try:
        yield server
    finally:
        server.stop()


_pg_databases = iter(range(1, 1_000_000))


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str | None:
    """``None`` for the embedded SQLite database, or the URL of a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return None
    server = request.getfixturevalue("pg_server")
    return server.create_database(f"cd_test_{next(_pg_databases)}")  # type: ignore[attr-defined, no-any-return]
