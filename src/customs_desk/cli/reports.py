"""``customs-desk report inspection|notice|case|basel-form|register|summary ... --out FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from customs_desk.cli.codes import _date
from customs_desk.cli.common import CliContext, add_json_option
from customs_desk.records.register import RegisterQuery

if TYPE_CHECKING:  # ReportLab loads only when a report is made, not at every start
    from customs_desk.reports.service import ReportService


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the PDF to write")
    p.add_argument(
        "--paper",
        choices=["A4", "Letter"],
        default=None,
        help="paper size (default: the setting of this PC, else A4)",
    )
    p.add_argument(
        "--officer",
        default="",
        metavar="NAME",
        help="name printed in the footer as the person who generated the report",
    )
    add_json_option(p)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    rep = sub.add_parser("report", help="PDF reports: inspection, notice, case, register, summary")
    rsub = rep.add_subparsers(dest="report_command", metavar="DOCUMENT", required=True)

    p = rsub.add_parser("inspection", parents=[common], help="inspection report of one record")
    p.add_argument("id", help="record number (e.g. SGP-TUAS-2026-00042) or UUID")
    _common(p)
    p.set_defaults(handler=cmd_record, document="inspection")

    p = rsub.add_parser(
        "notice", parents=[common], help="detention or seizure notice for the importer"
    )
    p.add_argument("id", help="record number or UUID of the inspection")
    _common(p)
    p.set_defaults(handler=cmd_record, document="notice")

    p = rsub.add_parser("case", parents=[common], help="case file with its timeline")
    p.add_argument("id", help="case number (e.g. SGP-TUAS-C2026-0007) or UUID")
    _common(p)
    p.set_defaults(handler=cmd_record, document="case")

    p = rsub.add_parser(
        "basel-form",
        parents=[common],
        help="draft of the Basel form for reporting a confirmed case of illegal traffic",
    )
    p.add_argument("id", metavar="CASE", help="case number or UUID")
    _common(p)
    p.set_defaults(handler=cmd_record, document="basel-form")

    p = rsub.add_parser("register", parents=[common], help="register of inspections")
    p.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    p.add_argument("--filter", default="", metavar="TEXT", help="words to find, as in the register")
    p.add_argument("--status", choices=["draft", "final", "void", "any"])
    p.add_argument("--outcome")
    p.add_argument("--stream", dest="waste_stream")
    p.add_argument("--post")
    p.add_argument("--newest-first", action="store_true", help="default: oldest first")
    _common(p)
    p.set_defaults(handler=cmd_register)

    p = rsub.add_parser("summary", parents=[common], help="secretariat summary for a period")
    p.add_argument("--from", dest="date_from", type=_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--outcome")
    p.add_argument("--stream", dest="waste_stream")
    p.add_argument("--post")
    _common(p)
    p.set_defaults(handler=cmd_summary)


def _service(ctx: CliContext) -> ReportService:
    return ctx.app().reports


def _paper(ctx: CliContext) -> str:
    return str(ctx.args.paper or ctx.app().settings.paper_size or "A4")


def _done(ctx: CliContext, path: Path) -> int:
    ctx.emit({"ok": True, "path": str(path)}, f"Wrote {path}")
    return 0


def cmd_record(ctx: CliContext) -> int:
    a = ctx.args
    service = _service(ctx)
    method = {
        "inspection": service.inspection,
        "notice": service.notice,
        "case": service.case,
        "basel-form": service.basel_form,
    }[a.document]
    path = method(a.id, a.out, paper=_paper(ctx), officer_name=a.officer)
    return _done(ctx, path)


def cmd_register(ctx: CliContext) -> int:
    a = ctx.args
    query = RegisterQuery(
        text=a.filter,
        status=a.status,
        outcome=a.outcome,
        waste_stream=a.waste_stream,
        post=a.post,
        date_from=a.date_from,
        date_to=a.date_to,
        sort="inspected_at",
        descending=a.newest_first,
    )
    path = _service(ctx).register(query, a.out, paper=_paper(ctx), officer_name=a.officer)
    return _done(ctx, path)


def cmd_summary(ctx: CliContext) -> int:
    a = ctx.args
    path = _service(ctx).summary(
        a.date_from,
        a.date_to,
        a.out,
        post=a.post,
        waste_stream=a.waste_stream,
        outcome=a.outcome,
        paper=_paper(ctx),
        officer_name=a.officer,
    )
    return _done(ctx, path)
