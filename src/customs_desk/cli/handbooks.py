"""``customs-desk handbooks list|search|check|index``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from customs_desk.app import open_library
from customs_desk.cli.common import CliContext, add_json_option
from customs_desk.codes.dataset import bundled_dataset
from customs_desk.errors import UserError
from customs_desk.handbooks.check import check_folders, find_handbook_folders
from customs_desk.handbooks.library import HandbookLibrary
from customs_desk.i18n import Msg
from customs_desk.resources import bundled_handbooks_dir


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    hb = sub.add_parser("handbooks", help="the offline handbooks: list, search, check")
    hsub = hb.add_subparsers(dest="handbooks_command", metavar="ACTION", required=True)

    p = hsub.add_parser("list", parents=[common], help="handbooks in the library")
    add_json_option(p)
    p.set_defaults(handler=cmd_list)

    p = hsub.add_parser("search", parents=[common], help="full-text search in every script")
    p.add_argument("query")
    p.add_argument("--handbook", metavar="ID", help="search one handbook only")
    p.add_argument("--language", metavar="CODE", help="only handbooks in this language (e.g. th)")
    p.add_argument("--limit", type=int, default=10, metavar="N")
    add_json_option(p)
    p.set_defaults(handler=cmd_search)

    p = hsub.add_parser(
        "check",
        parents=[common],
        help="report broken links, missing images, duplicate anchors, manifest errors",
    )
    p.add_argument(
        "path",
        nargs="?",
        type=Path,
        help="a handbook folder or a folder of them (default: the bundled handbooks)",
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_check)

    p = hsub.add_parser("index", parents=[common], help="build the search index now")
    p.add_argument("--rebuild", action="store_true", help="rebuild even when up to date")
    add_json_option(p)
    p.set_defaults(handler=cmd_index)


def _library(ctx: CliContext) -> HandbookLibrary:
    return open_library(ctx.paths)


def cmd_list(ctx: CliContext) -> int:
    infos, problems = _library(ctx).discover()
    rows = [
        {
            "id": i.id,
            "title": i.title,
            "version": i.version,
            "language": i.language,
            "last_reviewed": i.last_reviewed.isoformat(),
            "chapters": i.chapters,
            "variant_of": i.variant_of,
            "origin": i.origin,
            "folder": str(i.folder),
        }
        for i in infos
    ]
    text = "\n".join(
        f"{r['id']:<32} {r['language']:<10} v{r['version']:<8} reviewed {r['last_reviewed']}  {r['title']}"
        for r in rows
    )
    if problems:
        text += "\n" + "\n".join(f"SKIPPED {p}" for p in problems)
    ctx.emit({"handbooks": rows, "problems": [str(p) for p in problems]}, text)
    return 0


def cmd_search(ctx: CliContext) -> int:
    args = ctx.args
    if args.limit < 1 or args.limit > 500:
        raise UserError(Msg("--limit must be between 1 and 500."))
    library = _library(ctx)
    ctx.paths.ensure()
    if args.handbook:
        library.info(args.handbook)  # clear error for an unknown id
    result = library.search(
        args.query, handbook=args.handbook, language=args.language, limit=args.limit
    )
    data = {
        "query": result.query,
        "took_ms": round(result.took_ms, 2),
        "suggestion": result.suggestion,
        "hits": [h.as_dict() for h in result.hits],
    }
    lines = []
    for hit in result.hits:
        marked = _mark(hit.snippet, hit.highlights)
        lines.append(f"{hit.citation}  ({hit.section_title})\n    {marked}")
    if not result.hits:
        lines.append("No matches.")
    if result.suggestion:
        lines.append(f"Did you mean: {result.suggestion}")
    ctx.emit(data, "\n".join(lines))
    return 0


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    out = []
    last = 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(f"[{text[start:end]}]")
        last = end
    out.append(text[last:])
    return "".join(out)


def cmd_check(ctx: CliContext) -> int:
    target: Path = ctx.args.path or bundled_handbooks_dir()
    if not target.exists():
        raise UserError(Msg("{path} does not exist.", path=str(target)))
    folders = find_handbook_folders(target)
    known = {}
    if ctx.args.path is not None:
        # Links may point to bundled handbooks that are not part of the checked folder.
        bundled = HandbookLibrary([(bundled_handbooks_dir(), "bundled")], Path("unused"))
        for info in bundled.discover()[0]:
            try:
                known[info.id] = bundled.handbook(info.id)
            except UserError:
                continue
    report = check_folders(folders, bundled_dataset(), known)
    data = {
        "ok": report.ok,
        "handbooks": report.handbooks,
        "problems": [
            {"file": p.file, "line": p.line, "message": p.message} for p in report.problems
        ],
    }
    text = "\n".join(str(p) for p in report.problems)
    summary = f"{len(report.handbooks)} handbooks checked, {len(report.problems)} problems."
    if ctx.json:
        ctx.emit(data)
    else:
        print(text + ("\n" if text else "") + summary, file=sys.stdout)
    return 0 if report.ok else 1


def cmd_index(ctx: CliContext) -> int:
    ctx.paths.ensure()
    library = _library(ctx)
    state = library.ensure_index(force=ctx.args.rebuild)
    _, problems = library.discover()
    data = {
        "rebuilt": state.rebuilt,
        "blocks": state.blocks,
        "path": str(library.index.path),
        "problems": [str(p) for p in problems],
    }
    ctx.emit(data, f"Index {'rebuilt' if state.rebuilt else 'up to date'}: {library.index.path}")
    return 0
