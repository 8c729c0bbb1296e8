"""The speed checks in bench/ still run: each script with --quick, in its own process.

A smoke test so the scripts do not rot as the code they measure changes. It never looks at the
figures: timing belongs to the scripts and docs/benchmarks.md, not to the test suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"

pytestmark = pytest.mark.slow


def run_quick(script: str) -> dict[str, dict[str, Any]]:
    """Run ``bench/<script> --quick``; returns its result lines (``name: {json}``) by name."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), "--quick"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines and lines[0].startswith("# "), proc.stdout  # date and machine
    results = {}
    for line in lines[1:]:
        name, _, rest = line.partition(": ")
        results[name] = json.loads(rest)
    return results


def test_bench_startup_runs() -> None:
    results = run_quick("bench_startup.py")
    startup = results["startup"]
    for key in ("startup_seconds", "anchor_seconds", "ratio", "goal", "met"):
        assert key in startup
    assert startup["runs"] == 2


def test_bench_search_runs() -> None:
    results = run_quick("bench_search.py")
    assert set(results) == {"search_bundled", "search_3x", "open_hit"}
    bundled = results["search_bundled"]
    assert bundled["queries"] >= 50 and bundled["scripts"] >= 5
    for result in results.values():
        assert {"anchor", "ratio_p95", "goal", "met"} <= set(result)
    assert results["open_hit"]["opens"] > 0


def test_bench_register_runs() -> None:
    results = run_quick("bench_register.py")
    assert {"database", "records", "open", "filter", "sort", "save_draft", "finalize"} <= set(
        results
    )
    assert results["records"]["inspections"] == 2000
    for key in ("open", "filter", "sort", "save_draft", "finalize"):
        assert {"anchor_median_ms", "ratio_median", "goal", "met"} <= set(results[key])
    assert "met" in results["memory"]
