"""``customs-desk --smoke``: start, exercise each part once offscreen, exit 0 when healthy.

Used on the frozen build by the packaging scripts. Runs in a temporary data folder unless
``--data-dir`` is given, so it never touches an officer's data.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from customs_desk.accounts.roles import Role
from customs_desk.accounts.service import NewUser, PostInput
from customs_desk.app import open_app
from customs_desk.paths import AppPaths

log = logging.getLogger(__name__)


def run_smoke(args: argparse.Namespace, paths: AppPaths, app: QApplication) -> int:
    try:
        return _run_smoke(paths, app)
    except Exception as exc:
        log.exception("smoke test failed")
        print(f"SMOKE FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)  # noqa: T201
        return 1


def _run_smoke(paths: AppPaths, app: QApplication) -> int:
    from customs_desk.ui.application import AppController
    from customs_desk.ui.i18n import Translations

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="customs-desk-smoke-") as tmp:
        if paths.origin == "platform":
            paths = AppPaths.from_base(Path(tmp), "argument")
        ctx = open_app(paths)
        try:
            if not ctx.accounts.is_set_up():
                ctx.accounts.set_up(
                    PostInput("SMOKE-TEST", "Smoke test post", "SG", "Asia/Singapore"),
                    NewUser("Smoke Test", "SMOKE1", Role.SUPERVISOR, "smoke-test-pw"),
                )
            controller = AppController(ctx, app, Translations(app))
            controller.actor = ctx.accounts.authenticate("SMOKE1", "smoke-test-pw")
            window = controller.open_main_window()
            app.processEvents()
            for spec in window.host.specs:
                window.show_page(spec.key)
                app.processEvents()
            checks: dict[str, object] = {
                "database": str(ctx.paths.database),
                "pages": len(window.host.specs),
            }
            # The parts that break in a frozen build when a module or data file is missing.
            hits = ctx.handbooks.search("Basel", limit=5).hits
            if not hits:
                from customs_desk.resources import bundled_handbooks_dir

                raise RuntimeError(
                    f"handbook search found nothing for 'Basel' (handbooks: {bundled_handbooks_dir()})"
                )
            checks["search_hits"] = len(hits)
            usb = Path(tmp) / "usb"
            usb.mkdir()
            own = ctx.keys.own_public("post", "SMOKE-TEST", "Smoke test post", "SG")
            exported = ctx.exchange.export(controller.actor, usb, recipients=[own])
            checks["package_bytes"] = exported.path.stat().st_size
            from customs_desk.records.register import RegisterQuery

            pdf = Path(tmp) / "smoke.pdf"
            ctx.reports.register(RegisterQuery(), pdf)
            checks["pdf_bytes"] = pdf.stat().st_size
            controller.close_main_window()
        finally:
            ctx.close()
    elapsed = time.perf_counter() - started
    print(f"SMOKE OK {checks} in {elapsed:.2f}s", file=sys.stdout)  # noqa: T201
    return 0
