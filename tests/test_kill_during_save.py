"""SIGKILL in the middle of saves, 50 times: no finalized record lost, database and audit intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from customs_desk.accounts.passwords import fast_passwords_for_tests
from customs_desk.app import AppContext, open_app
from customs_desk.paths import AppPaths
from customs_desk.records.common import content_hash
from customs_desk.records.models import Inspection
from customs_desk.store.audit import verify_chains

ROOT = Path(__file__).resolve().parent.parent
KILLS = 50


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_fifty_kills_lose_no_finalized_record(
    ctx: AppContext, officer: object, paths: AppPaths
) -> None:
    ctx.close()
    rng = random.Random(7)
    finalized: set[str] = set()
    corrected: set[str] = set()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(KILLS):
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.kill_worker", str(paths.data)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert worker.stdout is not None
        line = worker.stdout.readline()
        assert line.strip() == "READY", worker.stderr.read() if worker.stderr else line
        # Wait for the first finalized record (a slow or loaded machine must not turn this into
        # 50 kills during start-up), then kill at a random moment of the next saves.
        first = worker.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.2))
        worker.send_signal(signal.SIGKILL)
        out, _err = worker.communicate(timeout=30)
        for entry in [first.strip(), *out.splitlines()]:
            kind, _, ident = entry.partition(" ")
            if kind == "FINAL":
                finalized.add(ident)
            elif kind == "CORRECTED":
                corrected.add(ident)
    assert len(finalized) >= KILLS  # every worker got to real work before it was killed

    again = open_app(paths, passwords=fast_passwords_for_tests())
    try:
        with again.db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).fetchall() == []
        with again.db.read() as s:
            assert verify_chains(s).ok
            rows = {
                str(r.id): (
                    r.status,
                    r.number,
                    r.revision,
                    content_hash(r.payload) == r.content_hash,
                )
                for r in s.scalars(select(Inspection))
            }
        for ident in finalized:
            status, number, _revision, _whole = rows[ident]
            assert status == "final" and number is not None, ident
        for ident in corrected:
            assert rows[ident][2] >= 2
        # Every record is whole: its stored hash matches its content.
        assert all(whole for *_rest, whole in rows.values())
    finally:
        again.close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "customs_desk",
            "audit",
            "verify",
            "--data-dir",
            str(paths.data),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
