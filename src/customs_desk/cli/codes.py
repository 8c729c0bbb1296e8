"""``customs-desk codes lookup|check|export``."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from customs_desk.cli.common import CliContext, add_json_option
from customs_desk.codes.service import CodeCheck
from customs_desk.codes.validators import FieldProblem, container_number, country_code, un_number
from customs_desk.errors import UserError
from customs_desk.fileutil import atomic_write_text
from customs_desk.i18n import Msg

CONTAINER_RE = re.compile(r"^[A-Za-z]{4}[\s-]?\d{6}[\s-]?\d?$")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    codes = sub.add_parser("codes", help="Basel and HS reference codes, validators")
    csub = codes.add_subparsers(dest="codes_command", metavar="ACTION", required=True)

    p = csub.add_parser("lookup", parents=[common], help="find codes by number or words")
    p.add_argument("query")
    p.add_argument(
        "--language", metavar="CODE", help="also match translated titles (e.g. th, zh_CN)"
    )
    p.add_argument(
        "--on", type=_date, metavar="YYYY-MM-DD", help="status on this date (default today)"
    )
    p.add_argument("--limit", type=int, default=20)
    add_json_option(p)
    p.set_defaults(handler=cmd_lookup)

    p = csub.add_parser(
        "check",
        parents=[common],
        help="is CODE valid on a date? (Basel, HS, container number, UN number, country)",
    )
    p.add_argument("code")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="default today")
    p.add_argument(
        "--kind", choices=["auto", "basel", "hs", "container", "un", "country"], default="auto"
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_check)

    p = csub.add_parser("export", parents=[common], help="export the code tables")
    p.add_argument("--format", choices=["csv"], default="csv")
    p.add_argument(
        "--out", type=Path, metavar="FILE", help="write to FILE instead of standard output"
    )
    p.set_defaults(handler=cmd_export)


def cmd_lookup(ctx: CliContext) -> int:
    args = ctx.args
    matches = ctx.app().codes.lookup(
        args.query, language=args.language, on=args.on, limit=args.limit
    )
    rows = [
        {
            "code": m.code,
            "kind": m.kind,
            "title": m.title,
            "local_title": m.local_title,
            "group": m.group,
            "status": m.status,
            "valid_from": m.valid_from.isoformat(),
            "valid_to": m.valid_to.isoformat() if m.valid_to else None,
        }
        for m in matches
    ]
    text = (
        "\n".join(f"{m.code:<9} {m.status:<8} {m.group:<14} {m.title[:90]}" for m in matches)
        or "No matching codes."
    )
    ctx.emit(rows, text)
    return 0


def _validator_check(kind: str, value: str, on: date) -> CodeCheck:
    validate = {"container": container_number, "un": un_number, "country": country_code}[kind]
    try:
        normal = validate(value)
    except FieldProblem as exc:
        return CodeCheck(value, kind, on, False, False, exc.message)
    return CodeCheck(normal, kind, on, True, True, Msg("{value} is valid.", value=normal))


def cmd_check(ctx: CliContext) -> int:
    args = ctx.args
    on = args.on or date.today()
    kind = args.kind
    value = args.code.strip()
    if kind == "auto":
        if value.upper().startswith("UN"):
            kind = "un"
        elif CONTAINER_RE.match(value):
            kind = "container"
    if kind in ("container", "un", "country"):
        result = _validator_check(kind, value, on)
    else:
        service = ctx.app().codes
        if kind == "basel":
            result = service.check_basel(value, on)
        elif kind == "hs":
            result = service.check_hs(value, on)
        else:
            result = service.check(value, on)
    ctx.emit(result.as_dict(), str(result.message))
    return 0 if result.valid else 1


def cmd_export(ctx: CliContext) -> int:
    text = ctx.app().codes.export_csv()
    if ctx.args.out:
        if ctx.args.out.is_dir():
            raise UserError(Msg("{path} is a folder; give a file name.", path=str(ctx.args.out)))
        atomic_write_text(ctx.args.out, text)
        print(f"Wrote {ctx.args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
