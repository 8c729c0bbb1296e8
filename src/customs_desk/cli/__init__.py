"""The ``customs-desk`` command: with no subcommand it opens the GUI; subcommands work headless.

Exit status: 0 success; 1 the command ran and the answer is negative (problems found, code not
valid, check failed); 2 usage error; 3 an expected error stopped the command (bad input,
permission, environment), with a clear message; 70 an unexpected error (a bug).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import traceback
from collections.abc import Sequence

from customs_desk import APP_NAME, __version__
from customs_desk.cli.common import CliContext, dumps
from customs_desk.errors import CustomsDeskError, ValidationError
from customs_desk.logsetup import configure_logging
from customs_desk.paths import AppPaths

log = logging.getLogger(__name__)

EXIT_OK, EXIT_NEGATIVE, EXIT_USAGE, EXIT_ERROR, EXIT_BUG = 0, 1, 2, 3, 70

#: Modules that add subcommands; each has ``register(subparsers, common)``.
COMMAND_MODULES = (
    "customs_desk.cli.system",
    "customs_desk.cli.handbooks",
    "customs_desk.cli.codes",
    "customs_desk.cli.records",
    "customs_desk.cli.exchange",
    "customs_desk.cli.reports",
)


def global_options(suppress: bool) -> argparse.ArgumentParser:
    """Options accepted before or after the subcommand."""
    default = argparse.SUPPRESS if suppress else None
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep all data in DIR (also CUSTOMS_DESK_DATA_DIR)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help="use this database instead of the embedded one (postgresql+psycopg://...)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="more log output",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="customs-desk",
        description=f"{APP_NAME}: offline desk for controlling hazardous waste shipments. "
        "Without a command, opens the application window.",
        parents=[global_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"customs-desk {__version__}")
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="on an unexpected error, print it and exit instead of showing a dialog",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, exercise every part once offscreen, and exit 0 when healthy",
    )
    parser.add_argument("--lang", metavar="CODE", help="interface language for this run (e.g. th)")
    parser.add_argument(
        "--open",
        metavar="FILE",
        help="open a package (.cdx) on the Exchange page after signing in "
        "(what double-clicking a package does)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = global_options(suppress=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # Lazy import: the core never imports Qt; only launching the GUI does.
        from customs_desk.ui.application import run_gui

        return run_gui(args)
    paths = AppPaths.resolve(args.data_dir)
    log_file = paths.log_file if _writable_logs(paths) else None
    configure_logging(log_file, verbose=args.verbose)
    ctx = CliContext(args)
    try:
        handler = args.handler
        return int(handler(ctx))
    except CustomsDeskError as exc:
        problems = dict(exc.problems) if isinstance(exc, ValidationError) else {}
        if ctx.json:
            error: dict[str, object] = {
                "type": type(exc).__name__,
                "message": exc.message,
                "hint": exc.hint,
            }
            if problems:
                error["problems"] = problems
            print(dumps({"ok": False, "error": error}))
        print(f"customs-desk: {exc}", file=sys.stderr)
        for field, message in problems.items():
            if message not in str(exc):
                print(f"  {field}: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("customs-desk: interrupted; nothing half-done was kept.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print(
            f"customs-desk: unexpected error (this is a bug; please report it with the log "
            f"{log_file or 'output'}):\n{traceback.format_exc()}",
            file=sys.stderr,
        )
        return EXIT_BUG
    finally:
        ctx.close()


def _writable_logs(paths: AppPaths) -> bool:
    """Log to the file only in an existing data folder: a command that only looks creates nothing."""
    if not paths.data.is_dir():
        return False
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return True
