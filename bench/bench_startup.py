"""Cold start to a usable main window, against a bare PySide6 QMainWindow in the same run.

    python bench/bench_startup.py                     # 7 runs of each, offscreen
    python bench/bench_startup.py --quick             # 2 runs of each (smoke test of the script)
    xvfb-run -a python bench/bench_startup.py --platform xcb

Goal: cold start to a usable main window is within 1.5x a bare PySide6 QMainWindow measured in
the same run on the same machine.

Every run is a fresh interpreter (``subprocess``), alternating anchor and app so that both see
the same machine state. The clock starts in the parent just before the child is spawned and stops
in the child (``time.monotonic`` is system-wide on Linux and Windows) at the first moment the
window is exposed *and* the event loop is about to block (``QAbstractEventDispatcher.aboutToBlock``:
nothing left to do, the window answers input). Teardown is not measured (``os._exit``).

- anchor: ``python`` that imports PySide6, creates ``QApplication`` + ``QMainWindow``, shows it;
- Customs Desk: what ``customs-desk --data-dir DIR`` does (``customs_desk.cli.main``): parse the
  command line (this imports the core), import the GUI and call the real
  ``customs_desk.ui.application.run_gui`` on a data folder that is already set up. Two things
  are replaced: the login dialog (a human step) accepts the supervisor's password at once, and
  the account was made with cheap Argon2 parameters, passed to ``open_app`` as the tests do, so
  that hashing the password (deliberately slow; part of signing in, not of starting) does not
  count. The clock stops when the main window that ``AppController.sign_in`` then opens is
  shown and the event loop is idle (the home page with its panels is built by then).

Results are medians of the runs; the script prints both figures and the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BADGE = "B1"
PASSWORD = "bench-password"
GOAL_RATIO = 1.5
PYCACHE = ROOT / "bench" / "out" / "pycache"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f", {int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{ram}, {platform.platform(terse=True)},"
        f" Python {sys.version.split()[0]}"
    )


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not on Linux
        return "n/a"


# Children ------------------------------------------------------------------------------------
# Run with ``python -c`` so that nothing but what they name is imported.

IDLE = """
def wait_until_idle(app, window):
    # Return at the first aboutToBlock of the event loop once the window is exposed.
    from PySide6.QtCore import QAbstractEventDispatcher, QTimer

    def check():
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            app.exit(0)

    QAbstractEventDispatcher.instance().aboutToBlock.connect(check)
    QTimer.singleShot(0, check)  # the loop must run at least once
    app.exec()


def finish(started):
    import json, os, sys
    ready = time.monotonic()
    sys.stdout.write(json.dumps({"ready": ready, "in_child": ready - started}) + "\\n")
    sys.stdout.flush()
    os._exit(0)  # teardown is not part of start-up
"""

ANCHOR = (
    """
import time
started = time.monotonic()
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
"""
    + IDLE
    + """
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1180, 760)
window.setWindowTitle("anchor")
window.show()
wait_until_idle(app, window)
finish(started)
"""
)

# Where the time goes (printed, not part of the goal): a process that only imports the core
# the way ``customs-desk`` does (parsing its command line), and one that only imports SQLAlchemy's
# ORM, which the sign-in and every page need.
CORE = """
import time
started = time.monotonic()
from customs_desk.cli import build_parser
build_parser()
import json
print(json.dumps({"ready": time.monotonic()}))
"""
ORM = """
import time
started = time.monotonic()
import sqlalchemy.orm
import json
print(json.dumps({"ready": time.monotonic()}))
"""

APP = (
    """
import time
started = time.monotonic()
import sys
data, badge, password = sys.argv[1:4]
"""
    + IDLE
    + """


class SignedIn:
    # Stands in for the login dialog (a human step): accepts at once, then waits for the main
    # window that AppController.sign_in opens next to be shown and idle.
    def __init__(self, accounts, **_kwargs):
        self.accounts = accounts
        self.actor = None

    def exec(self):
        from PySide6.QtCore import QAbstractEventDispatcher
        from PySide6.QtWidgets import QApplication, QMainWindow

        self.actor = self.accounts.authenticate(badge, password)
        app = QApplication.instance()

        def check():
            for widget in app.topLevelWidgets():
                handle = widget.windowHandle()
                if isinstance(widget, QMainWindow) and handle is not None and handle.isExposed():
                    finish(started)

        QAbstractEventDispatcher.instance().aboutToBlock.connect(check)
        return 1


# What ``customs-desk --data-dir DIR`` does (customs_desk.cli.main): parse the command line
# (this imports the core), then import the GUI and call run_gui, unchanged but for the login.
from customs_desk.cli import build_parser
args = build_parser().parse_args(["--data-dir", data, "--no-crash-dialog"])
import functools
import customs_desk.ui.application as gui
from customs_desk.accounts.passwords import fast_passwords_for_tests
gui.LoginDialog = SignedIn
gui.open_app = functools.partial(gui.open_app, passwords=fast_passwords_for_tests())
gui.run_gui(args)
raise SystemExit("run_gui returned before its main window was shown")
"""
)


# Parent --------------------------------------------------------------------------------------
def set_up_data(folder: Path) -> None:
    """A data folder as after the first-run wizard and one earlier session."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from customs_desk.accounts.passwords import fast_passwords_for_tests\n"
        "from customs_desk.accounts.roles import Role\n"
        "from customs_desk.accounts.service import NewUser, PostInput\n"
        "from customs_desk.app import open_app\n"
        "from customs_desk.paths import AppPaths\n"
        "ctx = open_app(AppPaths.from_base(Path(sys.argv[1])),"
        " passwords=fast_passwords_for_tests())\n"
        "ctx.accounts.set_up(PostInput('SGP-TUAS', 'Tuas Checkpoint', 'SG', 'Asia/Singapore',"
        " 'Singapore Customs'), NewUser('Lim Wei Ling', sys.argv[2], Role.SUPERVISOR,"
        " sys.argv[3]))\n"
        "ctx.settings.language = 'en'\n"
        "ctx.save_settings()\n"
        "ctx.handbooks.ensure_index()\n"
        "ctx.close()\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(folder), BADGE, PASSWORD],
        check=True,
        env=child_env(None),
    )


def child_env(platform_name: str | None) -> dict[str, str]:
    env = dict(os.environ)
    # An installed program has its bytecode compiled; keep the children's .pyc files in
    # bench/out (ignored by git) instead of recompiling every module at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), *filter(None, [env.get("PYTHONPATH")])])
    if platform_name:
        env["QT_QPA_PLATFORM"] = platform_name
    env.pop("CUSTOMS_DESK_DATA_DIR", None)
    return env


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from spawning ``python -c code`` to the moment it reports ready, CPU seconds)."""
    cpu = children_cpu()
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120
    )
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    line = proc.stdout.strip().splitlines()[-1]
    return float(json.loads(line)["ready"]) - started, children_cpu() - cpu


def qt_version() -> str:
    proc = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtCore as c; print(c.qVersion())"],
        capture_output=True,
        text=True,
    )
    return proc.stdout.strip() or "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="2 runs of each")
    parser.add_argument("--runs", type=int, help="runs of each (default 7)")
    parser.add_argument(
        "--platform", default="offscreen", help="QT_QPA_PLATFORM (xcb under xvfb-run)"
    )
    args = parser.parse_args()
    runs = args.runs or (2 if args.quick else 7)
    env = child_env(args.platform)
    print(
        f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}, Qt {qt_version()},"
        f" platform {args.platform}, load average {load_average()}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        data = Path(tmp) / "data"
        set_up_data(data)
        # One warm-up of each: the first start after installing also compiles bytecode.
        app_args = [str(data), BADGE, PASSWORD]
        run_child(ANCHOR, [], env)
        run_child(APP, app_args, env)
        run_child(CORE, [], env)
        anchor: list[tuple[float, float]] = []
        desk: list[tuple[float, float]] = []
        core: list[float] = []
        orm: list[float] = []
        for _ in range(runs):
            anchor.append(run_child(ANCHOR, [], env))
            desk.append(run_child(APP, app_args, env))
            core.append(run_child(CORE, [], env)[0])
            orm.append(run_child(ORM, [], env)[0])
    a = statistics.median(x for x, _ in anchor)
    d = statistics.median(x for x, _ in desk)
    result = {
        "runs": runs,
        "platform": args.platform,
        "startup_seconds": round(d, 3),
        "startup_all": [round(x, 3) for x, _ in desk],
        "startup_cpu_seconds": round(statistics.median(c for _, c in desk), 3),
        "anchor": "bare PySide6 QApplication + QMainWindow shown, event loop idle",
        "anchor_seconds": round(a, 3),
        "anchor_all": [round(x, 3) for x, _ in anchor],
        "anchor_cpu_seconds": round(statistics.median(c for _, c in anchor), 3),
        "ratio": round(d / a, 2),
        "goal": f"<= {GOAL_RATIO}x the anchor",
        "met": d / a <= GOAL_RATIO,
        "reference_core_import_seconds": round(statistics.median(core), 3),
        "reference_sqlalchemy_orm_import_seconds": round(statistics.median(orm), 3),
    }
    print("startup:", json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
