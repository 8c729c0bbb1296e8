"""Packaging budgets: bundle size, .deb size, and start-up time of the installed program.

    python packaging/budgets.py --bundle packaging/out/dist/customs-desk \
        --deb packaging/out/customs-desk_0.1.0_amd64.deb --installed /opt/customs-desk \
        [--tarball FILE] [--runs 5] [--json-out FILE] [--record docs/benchmarks.md]

Goals (docs/packaging.md): one-folder bundle <= 160 MiB, .deb <= 60 MiB, cold start of the
installed program to its first window <= 1.5 s. Sizes are MiB (1,048,576 bytes, what ``du -h``
prints), hard-linked files counted once.

Start-up is measured from outside, the same way for the frozen program and for
``python -m customs_desk`` (the interpreter running this script):

- *to a window*: under Xvfb, from process start until the sign-in window is mapped (polled
  with ``xwininfo`` every 5 ms), with a data folder that is already set up, so this is what an
  officer waits for. The first run follows ``echo 3 > /proc/sys/vm/drop_caches`` when allowed
  (cold); the others are warm. Needs Xvfb and xwininfo (Debian: xvfb, x11-utils).
- *smoke*: wall time of ``customs-desk --smoke`` offscreen (start, create a database, open every
  page, quit): an upper bound that works everywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

MIB = 1024 * 1024
GOALS = {"bundle_mib": 160.0, "deb_mib": 60.0, "start_s": 1.5}
SETUP_PASSWORD = "budget-probe-pw"
WINDOW_TIMEOUT = 30.0


# Sizes ------------------------------------------------------------------------------------------
def tree_bytes(folder: Path) -> int:
    """Apparent size of a folder, each hard-linked file once, symlinks not followed."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            st = os.lstat(Path(root) / name)
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue
            seen.add(key)
            total += st.st_size
    return total


def mib(n: int) -> float:
    return round(n / MIB, 1)


# Commands ---------------------------------------------------------------------------------------
def frozen_command(program_dir: Path, gui: bool = True) -> list[str]:
    exe = ".exe" if sys.platform == "win32" else ""
    name = "customs-desk" if gui else "customs-desk-cli"
    return [str(program_dir / f"{name}{exe}")]


def python_command() -> list[str]:
    return [sys.executable, "-m", "customs_desk"]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CUSTOMS_DESK_", "QT_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    env.update(XDG_DATA_HOME=str(home / ".local/share"), XDG_STATE_HOME=str(home / ".local/state"))
    env.update(XDG_CACHE_HOME=str(home / ".cache"))
    env.update(extra)
    return env


def set_up(cli: list[str], data: Path, env: dict[str, str]) -> None:
    """A post with a supervisor, so the program starts at the sign-in window."""
    subprocess.run(
        [
            *cli,
            "setup",
            "--data-dir",
            str(data),
            "--post-code",
            "BUDGET",
            "--post-name",
            "Budget probe",
            "--country",
            "SG",
            "--name",
            "Probe Supervisor",
            "--badge",
            "PROBE1",
            "--password-stdin",
        ],
        input=f"{SETUP_PASSWORD}\n",
        text=True,
        env=env,
        check=True,
        capture_output=True,
    )


def drop_caches() -> bool:
    """Empty the page cache so the next start reads from disk (Linux, root)."""
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as handle:
            handle.write("3\n")
    except OSError:
        return False
    return True


# Xvfb window probe ------------------------------------------------------------------------------
@contextlib.contextmanager
def xvfb() -> Iterator[str | None]:
    """A private Xvfb; it picks a free display itself (-displayfd), so parallel runs never meet."""
    if sys.platform != "linux" or not (shutil.which("Xvfb") and shutil.which("xwininfo")):
        yield None
        return
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_fd,),
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number.isdigit():
            yield None
            return
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


_WINDOW_LINE = re.compile(r"^\s*(0x[0-9a-f]+) \"([^\"]*)\"", re.MULTILINE)


def mapped_app_window(display: str, pid: int) -> str | None:
    env = {**os.environ, "DISPLAY": display}
    tree = subprocess.run(
        ["xwininfo", "-root", "-children"], env=env, capture_output=True, text=True
    ).stdout
    for window_id, title in _WINDOW_LINE.findall(tree):
        if "Customs Desk" not in title:
            continue
        info = subprocess.run(
            ["xwininfo", "-id", window_id], env=env, capture_output=True, text=True
        ).stdout
        if "IsViewable" in info:
            return title
    return None


def time_to_window(command: list[str], data: Path, display: str, home: Path) -> tuple[float, str]:
    env = clean_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    started = time.perf_counter()
    args = [*command] if command[1:2] == ["-c"] else [*command, "--data-dir", str(data)]
    proc = subprocess.Popen(
        args,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        while True:
            title = mapped_app_window(display, proc.pid)
            if title is not None:
                return time.perf_counter() - started, title
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"{command[0]} exited with {proc.returncode}: {err[-2000:]}")
            if time.perf_counter() - started > WINDOW_TIMEOUT:
                raise RuntimeError(f"no window from {command[0]} within {WINDOW_TIMEOUT} s")
            time.sleep(0.005)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


BASELINE = (
    "import sys; from PySide6.QtWidgets import QApplication, QDialog; app = QApplication(sys.argv); "
    "d = QDialog(); d.setWindowTitle('Sign in - Customs Desk (bare Qt)'); d.show(); app.exec()"
)


def measure_baseline(runs: int) -> dict:
    """The floor: an empty Qt dialog from the same Python, to separate Qt from our start-up."""
    with tempfile.TemporaryDirectory(prefix="budget-") as tmp, xvfb() as display:
        if display is None:
            return {}
        home = Path(tmp)
        times = [
            time_to_window([sys.executable, "-c", BASELINE], home / "unused", display, home)[0]
            for _ in range(runs)
        ]
    result = {
        "command": "python -c <empty QDialog>",
        "window_warm_median_s": round(statistics.median(times), 2),
    }
    print(f"  bare Qt dialog: {json.dumps(result)}", flush=True)
    return result


def window_with_retry(
    command: list[str], data: Path, display: str, home: Path
) -> tuple[float, str]:
    """One retry when the program could not reach the display: seen once on a machine shared
    with other X servers, never twice in a row."""
    try:
        return time_to_window(command, data, display, home)
    except RuntimeError as exc:
        if "could not connect to display" not in str(exc):
            raise
        print(f"  display {display} not reachable once; retrying", flush=True)
        time.sleep(1)
        return time_to_window(command, data, display, home)


def smoke_wall(command: list[str], home: Path) -> float:
    with tempfile.TemporaryDirectory(prefix="budget-smoke-") as data:
        env = clean_env(home, QT_QPA_PLATFORM="offscreen")
        started = time.perf_counter()
        subprocess.run(
            [*command, "--smoke", "--data-dir", data], env=env, check=True, capture_output=True
        )
        return time.perf_counter() - started


def measure_start(label: str, gui: list[str], cli: list[str], runs: int, cold: bool) -> dict:
    result: dict[str, object] = {"command": " ".join(gui)}
    with tempfile.TemporaryDirectory(prefix="budget-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        data = Path(tmp) / "data"
        set_up(cli, data, clean_env(home))
        with xvfb() as display:
            if display is not None:
                times: list[float] = []
                cold_done = False
                title = ""
                try:
                    for i in range(runs):
                        if i == 0 and cold:
                            cold_done = drop_caches()
                        seconds, title = window_with_retry(gui, data, display, home)
                        times.append(seconds)
                except RuntimeError as exc:
                    result["window"] = f"failed: {exc}"
                    print(f"  {label}: start-to-window probe failed: {exc}", flush=True)
                    times = []
            if display is not None and times:
                result["window_title"] = title
                result["window_first_s"] = round(times[0], 2)
                result["window_first_cold"] = cold_done
                warm = times[1:] or times
                result["window_warm_median_s"] = round(statistics.median(warm), 2)
                result["window_runs"] = [round(t, 3) for t in times]
            elif display is None:
                result["window"] = "not measured (needs Linux with Xvfb and xwininfo)"
        smokes = [smoke_wall(gui, home) for _ in range(max(1, runs // 2))]
        result["smoke_median_s"] = round(statistics.median(smokes), 2)
    print(f"  {label}: {json.dumps(result)}", flush=True)
    return result


# Report -----------------------------------------------------------------------------------------
def verdict(value: float | None, goal: float) -> str:
    if value is None:
        return "not measured"
    return "within goal" if value <= goal else "OVER GOAL"


def row(what: str, measured: str, goal: str = "—", judged: str = "") -> str:
    return f"| {what} | {measured} | {goal} | {judged} |"


def markdown(report: dict) -> str:
    s = report["sizes"]
    intro = (
        "Measured by `packaging/budgets.py` (called at the end of `packaging/build-linux.sh`) "
        f"on {report['date']}, {report['machine']}. Sizes in MiB (as `du -h`), hard links once."
    )
    lines = [
        "## Packaging",
        "",
        intro,
        "",
        row("What", "Measured", "Goal", ""),
        "|---|---|---|---|",
    ]
    bundle_mib = s["bundle_mib"]
    lines.append(
        row(
            "One-folder bundle (`dist/customs-desk`)",
            f"{bundle_mib} MiB",
            "≤ 160 MiB",
            verdict(bundle_mib, GOALS["bundle_mib"]),
        )
    )
    if s.get("deb_mib") is not None:
        deb = s["deb_mib"]
        lines.append(row("`.deb` (xz)", f"{deb} MiB", "≤ 60 MiB", verdict(deb, GOALS["deb_mib"])))
    if s.get("tarball_mib") is not None:
        lines.append(row("`.tar.gz` (portable)", f"{s['tarball_mib']} MiB"))
    labels = {
        "installed": "Installed program",
        "python": "`python -m customs_desk`",
    }
    for key, label in labels.items():
        data = report["start"].get(key, {})
        goal = "≤ 1.5 s" if key == "installed" else "(reference)"
        judge = (lambda v: verdict(v, GOALS["start_s"])) if key == "installed" else (lambda v: "")
        if "window_first_s" in data:
            cold = "cold" if data.get("window_first_cold") else "first run, cache not dropped"
            first = data["window_first_s"]
            warm = data["window_warm_median_s"]
            lines.append(
                row(f"{label}, start to sign-in window ({cold})", f"{first} s", goal, judge(first))
            )
            lines.append(
                row(
                    f"{label}, start to sign-in window (warm, median)",
                    f"{warm} s",
                    goal,
                    judge(warm),
                )
            )
    bare = report["start"].get("bare_qt", {})
    if "window_warm_median_s" in bare:
        lines.append(
            row(
                "Empty Qt dialog from the same Python (the floor; warm, median)",
                f"{bare['window_warm_median_s']} s",
                "(reference)",
            )
        )
    for key, label in labels.items():
        data = report["start"].get(key, {})
        if "smoke_median_s" in data:
            lines.append(
                row(f"{label} `--smoke`, wall time (median)", f"{data['smoke_median_s']} s")
            )
    note = (
        "Start to window: from starting the process until its sign-in window is mapped on an Xvfb "
        "display, with a data folder already set up; the first run follows "
        "`echo 3 > /proc/sys/vm/drop_caches` when that is allowed. `--smoke` also creates a "
        "database, signs in and opens every page, so it is an upper bound."
    )
    lines += ["", note, ""]
    return "\n".join(lines)


def record(doc: Path, section: str) -> None:
    """Add or replace the "## Packaging" section of docs/benchmarks.md, leaving others alone."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n\n"
    pattern = re.compile(r"^## Packaging\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _m: section + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    doc.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="dist/customs-desk")
    parser.add_argument("--deb", type=Path)
    parser.add_argument("--tarball", type=Path)
    parser.add_argument("--installed", type=Path, help="the installed program folder")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-cold", action="store_true", help="do not drop the page cache")
    parser.add_argument("--no-python", action="store_true", help="skip python -m customs_desk")
    parser.add_argument("--json-out", type=Path)
    parser.add_argument("--record", type=Path, help="update this Markdown file's Packaging section")
    parser.add_argument(
        "--from-json",
        type=Path,
        help="measure nothing: report a saved --json-out (e.g. to --record)",
    )
    args = parser.parse_args(argv)
    if args.from_json:
        section = markdown(json.loads(args.from_json.read_text(encoding="utf-8")))
        print(section)
        if args.record:
            record(args.record, section)
            print(f"recorded in {args.record}")
        return 0
    if args.bundle is None:
        parser.error("--bundle is required")

    sizes = {
        "bundle_mib": mib(tree_bytes(args.bundle)),
        "bundle_bytes": tree_bytes(args.bundle),
        "deb_mib": mib(args.deb.stat().st_size) if args.deb else None,
        "tarball_mib": mib(args.tarball.stat().st_size) if args.tarball else None,
    }
    print(f"bundle {sizes['bundle_mib']} MiB (goal <= 160): {verdict(sizes['bundle_mib'], 160)}")
    if sizes["deb_mib"] is not None:
        print(f".deb {sizes['deb_mib']} MiB (goal <= 60): {verdict(sizes['deb_mib'], 60)}")
    if sizes["tarball_mib"] is not None:
        print(f".tar.gz {sizes['tarball_mib']} MiB")

    start: dict[str, dict] = {}
    program = args.installed or args.bundle
    print("start-up (this takes a minute):", flush=True)
    start["installed"] = measure_start(
        "installed",
        frozen_command(program),
        frozen_command(program, gui=False),
        args.runs,
        cold=not args.no_cold,
    )
    if not args.no_python:
        start["python"] = measure_start(
            "python -m customs_desk",
            python_command(),
            python_command(),
            args.runs,
            cold=not args.no_cold,
        )
    if not args.no_python:
        start["bare_qt"] = measure_baseline(args.runs)
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "sizes": sizes,
        "start": start,
        "goals": GOALS,
    }
    frozen = start["installed"]
    first = frozen.get("window_first_s")
    print(f"installed program, start to window: {first} s (goal <= 1.5): {verdict(first, 1.5)}")
    section = markdown(report)
    print()
    print(section)
    if args.json_out:
        args.json_out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.record:
        record(args.record, section)
        print(f"recorded in {args.record}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
