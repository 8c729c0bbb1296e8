"""``customs-desk records list|show|add``, ``customs-desk audit verify``, ``customs-desk demo``."""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path
from typing import Any

from customs_desk.cli.common import CliContext, add_auth_options, add_json_option, dumps
from customs_desk.errors import UserError, ValidationError
from customs_desk.i18n import Msg
from customs_desk.records.demo import DemoGenerator
from customs_desk.records.register import INSPECTION_COLUMNS, RegisterQuery
from customs_desk.store.audit import verify_chains


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    rec = sub.add_parser("records", help="inspection records: list, show, add")
    rsub = rec.add_subparsers(dest="records_command", metavar="ACTION", required=True)

    p = rsub.add_parser("list", parents=[common], help="the register of inspections")
    p.add_argument(
        "--filter",
        default="",
        metavar="TEXT",
        help="words to find (number, container, party, code...)",
    )
    p.add_argument("--status", choices=["draft", "final", "void", "any"])
    p.add_argument("--outcome")
    p.add_argument("--stream", dest="waste_stream")
    p.add_argument("--post")
    p.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--sort", default="inspected_at", choices=sorted(INSPECTION_COLUMNS))
    p.add_argument("--ascending", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    add_json_option(p)
    p.set_defaults(handler=cmd_list)

    p = rsub.add_parser("show", parents=[common], help="one inspection with its revisions")
    p.add_argument("id", help="record number (e.g. SGP-TUAS-2026-00042) or UUID")
    add_json_option(p)
    p.set_defaults(handler=cmd_show)

    p = rsub.add_parser(
        "add",
        parents=[common],
        help="add an inspection from a JSON file, validated exactly as the form does",
    )
    p.add_argument("--from-json", required=True, type=Path, metavar="FILE")
    p.add_argument(
        "--draft", action="store_true", help="save as a draft even if it is not complete"
    )
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_add)

    audit = sub.add_parser("audit", help="the tamper-evident audit log")
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = asub.add_parser("verify", parents=[common], help="recompute every hash chain")
    add_json_option(p)
    p.set_defaults(handler=cmd_audit_verify)

    p = sub.add_parser(
        "demo", parents=[common], help="fill a data folder with realistic training data"
    )
    p.add_argument("--records", type=int, default=500, metavar="N")
    p.add_argument(
        "--cases", type=float, default=0.2, metavar="RATIO", help="share of inspections with a case"
    )
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument(
        "--kind",
        choices=["secretariat", "post"],
        default="secretariat",
        help="how to set up an empty data folder",
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_demo)


def cmd_list(ctx: CliContext) -> int:
    a = ctx.args
    app = ctx.app()
    q = RegisterQuery(
        text=a.filter,
        status=a.status,
        outcome=a.outcome,
        waste_stream=a.waste_stream,
        post=a.post,
        date_from=a.date_from,
        date_to=a.date_to,
        sort=a.sort,
        descending=not a.ascending,
        offset=a.offset,
        limit=a.limit,
    )
    page = app.register.inspections(q)
    rows = [{"id": str(r.id), **r.values} for r in page.rows]
    text = (
        "\n".join(
            f"{r['number'] or 'draft':<22} {r['inspected_at']:%Y-%m-%d} {r['status']:<6} {r['outcome'] or '':<13} "
            f"{r['waste_stream'] or '':<20} {r['exporter'][:40]}"
            for r in rows
        )
        + f"\n{page.total} records"
    )
    ctx.emit({"total": page.total, "rows": rows}, text)
    return 0


def cmd_show(ctx: CliContext) -> int:
    app = ctx.app()
    view = app.inspections.get(ctx.args.id)
    history = app.inspections.history(view.id)
    cases = app.cases.for_inspection(view.id)
    attachments = app.attachments.for_record(view.id)
    aids = app.decision_aids.for_inspection(view.id)
    data = {
        "id": str(view.id),
        "number": view.number,
        "status": view.status,
        "revision": view.revision,
        "post": view.post_code,
        "payload": view.payload,
        "revisions": [
            {
                "revision": h.revision,
                "status": h.status,
                "author": h.author_name,
                "at": h.created_at.isoformat(),
                "reason": h.reason,
                "hash": h.content_hash,
            }
            for h in history
        ],
        "cases": [c.number for c in cases],
        "attachments": [a.entry() for a in attachments],
        "decision_aids": [
            {"aid": r.aid, "outcome": r.outcome_title, "citations": r.citations} for r in aids
        ],
    }
    ctx.emit(data, dumps(data))
    return 0


def cmd_add(ctx: CliContext) -> int:
    path: Path = ctx.args.from_json
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(Msg("{path} does not exist.", path=str(path))) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(
            Msg("{path} is not a readable JSON file: {error}", path=str(path), error=str(exc))
        ) from None
    if not isinstance(payload, dict):
        raise UserError(
            Msg("{path} must contain one JSON object (one inspection).", path=str(path))
        )
    actor = ctx.actor()
    app = ctx.app()
    # Validate first, so a bad file leaves nothing behind (not even a draft).
    problems = app.inspections.check(payload)
    if not problems.ok and not ctx.args.draft:
        raise ValidationError(
            problems.errors,
            Msg(
                "{path} is not a valid inspection ({n} problems); nothing was saved.",
                path=str(path),
                n=len(problems.errors),
            ),
        )
    draft = app.inspections.new_draft(actor)
    try:
        if ctx.args.draft:
            view, problems = app.inspections.save_draft(actor, draft.id, payload)
        else:
            view = app.inspections.finalize(actor, draft.id, payload)
    except Exception:
        app.inspections.delete_draft(actor, draft.id)
        raise
    data = {
        "ok": True,
        "id": str(view.id),
        "number": view.number,
        "status": view.status,
        "warnings": problems.warnings,
        "duplicates": app.inspections.duplicates(view.id, view.payload),
    }
    ctx.emit(data, f"Saved {view.label} ({view.status}).")
    return 0


def cmd_audit_verify(ctx: CliContext) -> int:
    app = ctx.app()
    with app.db.read() as s:
        report = verify_chains(s)
    text = f"{report.events} events in {len(report.chains)} chains: " + (
        "intact." if report.ok else "BROKEN\n" + "\n".join(report.problems)
    )
    ctx.emit(report.as_dict(), text)
    return 0 if report.ok else 1


def cmd_demo(ctx: CliContext) -> int:
    a = ctx.args
    if a.records < 1 or a.records > 2_000_000:
        raise UserError(Msg("--records must be between 1 and 2000000."))
    app = ctx.app()
    generator = DemoGenerator(app.db, app.accounts, app.clock, seed=a.seed)
    generator.ensure_set_up(a.kind)
    started = time.perf_counter()
    report = generator.generate(a.records, a.cases)
    elapsed = time.perf_counter() - started
    data = {
        "ok": True,
        "posts": report.posts,
        "inspections": report.inspections,
        "cases": report.cases,
        "parties": report.parties,
        "seconds": round(elapsed, 1),
        "sign_in": {"badge": report.supervisor_badge, "password": report.password},
    }
    ctx.emit(
        data,
        f"Added {report.inspections} inspections and {report.cases} cases from {report.posts} posts "
        f"in {elapsed:.1f} s. Sign in with badge '{report.supervisor_badge}', password '{report.password}'.",
    )
    return 0
