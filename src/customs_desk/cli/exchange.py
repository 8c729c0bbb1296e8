"""Exchange by file: ``export``, ``import``, ``receipt``, ``update``, ``keys`` and ``exchange``."""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path
from typing import Any

from customs_desk.cli.common import CliContext, add_auth_options, add_json_option
from customs_desk.errors import UserError
from customs_desk.exchange.container import read_header
from customs_desk.exchange.keys import display_fingerprint, read_public_key
from customs_desk.exchange.updates import UpdateContent
from customs_desk.i18n import Msg


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export",
        parents=[common],
        help="write a signed, encrypted package of this post's records for the secretariat",
    )
    p.add_argument("--to", required=True, type=Path, metavar="DIR", help="folder (USB stick)")
    p.add_argument(
        "--full", action="store_true", help="everything, not only what was not acknowledged"
    )
    p.add_argument(
        "--profile",
        choices=["full", "non-nominal"],
        default="full",
        help="non-nominal removes the names of individuals",
    )
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "import", parents=[common], help="check and import a records package (dry run first)"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    p.add_argument(
        "--receipt-to", type=Path, metavar="DIR", help="also write the signed receipt there"
    )
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_import)

    receipt = sub.add_parser("receipt", help="receipts for imported packages")
    rsub = receipt.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    p = rsub.add_parser(
        "make", parents=[common], help="(secretariat) a signed receipt for an imported package"
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the package that was imported")
    p.add_argument(
        "--to", type=Path, metavar="DIR", help="folder for the receipt (default: beside FILE)"
    )
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_receipt_make)
    p = rsub.add_parser(
        "apply", parents=[common], help="(post) mark the records a receipt confirms as received"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_receipt_apply)

    update = sub.add_parser("update", help="update packages: handbooks, codes, alerts, trust")
    usub = update.add_subparsers(dest="update_command", metavar="ACTION", required=True)
    p = usub.add_parser("make", parents=[common], help="(secretariat) make an update package")
    p.add_argument("--to", required=True, type=Path, metavar="DIR")
    p.add_argument("--codes", type=Path, metavar="DIR", help="a reference-code dataset folder")
    p.add_argument(
        "--handbook", type=Path, action="append", default=[], metavar="DIR", help="repeatable"
    )
    p.add_argument(
        "--alerts",
        type=Path,
        metavar="FILE",
        help='JSON: {"alerts": [{"kind": "party", "title": ..., "data": {...}}], "withdraw": []}',
    )
    p.add_argument(
        "--trust", type=Path, action="append", default=[], metavar="KEYFILE", help="repeatable"
    )
    p.add_argument(
        "--revoke",
        action="append",
        default=[],
        metavar="FINGERPRINT:REASON",
        help="repeatable",
    )
    p.add_argument(
        "--for",
        dest="posts",
        action="append",
        metavar="POST",
        help="only these posts (default: every trusted post)",
    )
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_update_make)
    p = usub.add_parser("apply", parents=[common], help="(post) verify and apply an update")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true")
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_update_apply)

    keys = sub.add_parser("keys", help="this installation's key and the keys it trusts")
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ksub.add_parser("show", parents=[common], help="this installation's key fingerprint")
    add_json_option(p)
    p.set_defaults(handler=cmd_keys_show)
    p = ksub.add_parser("export", parents=[common], help="write the public key file (.cdkey)")
    p.add_argument("--to", required=True, type=Path, metavar="PATH", help="folder or file")
    add_json_option(p)
    p.set_defaults(handler=cmd_keys_export)
    p = ksub.add_parser(
        "trust", parents=[common], help="trust a key file after comparing its fingerprint"
    )
    p.add_argument("file", type=Path, metavar="KEYFILE")
    p.add_argument(
        "--fingerprint",
        metavar="FP",
        help="the fingerprint read to you by phone (at least 16 characters); checked",
    )
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_keys_trust)
    p = ksub.add_parser("revoke", parents=[common], help="stop trusting a key")
    p.add_argument("key", metavar="FINGERPRINT|POST")
    p.add_argument("--reason", required=True)
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_keys_revoke)
    p = ksub.add_parser("list", parents=[common], help="trusted and revoked keys")
    add_json_option(p)
    p.set_defaults(handler=cmd_keys_list)

    ex = sub.add_parser("exchange", help="exchange log, conflicts and quarantine")
    esub = ex.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)
    p = esub.add_parser("log", parents=[common], help="every package made, imported or applied")
    p.add_argument("--limit", type=int, default=50)
    add_json_option(p)
    p.set_defaults(handler=cmd_log)
    p = esub.add_parser("conflicts", parents=[common], help="records edited at both ends")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    add_json_option(p)
    p.set_defaults(handler=cmd_conflicts)
    p = esub.add_parser("resolve", parents=[common], help="resolve a conflict")
    p.add_argument("id", type=int)
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", action="store_true", help="keep the version here")
    choice.add_argument("--take", action="store_true", help="take the incoming version")
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_resolve)
    p = esub.add_parser("quarantine", parents=[common], help="records refused at import")
    add_json_option(p)
    p.set_defaults(handler=cmd_quarantine)
    p = esub.add_parser("posts", parents=[common], help="(secretariat) overview per post")
    add_json_option(p)
    p.set_defaults(handler=cmd_posts)


def cmd_export(ctx: CliContext) -> int:
    actor = ctx.actor()
    app = ctx.app()
    result = app.exchange.export(actor, ctx.args.to, full=ctx.args.full, profile=ctx.args.profile)
    data = {
        "ok": True,
        "file": str(result.path),
        "package_id": str(result.package_id),
        "sha256": result.sha256,
        "profile": result.profile,
        "change_range": {"from_seq": result.from_seq, "to_seq": result.to_seq},
        "counts": result.counts,
    }
    text = (
        f"Wrote {result.path}\n"
        f"  {result.counts.get('revisions', 0)} record revisions, "
        f"{result.counts.get('files', 0)} photos/files, "
        f"{result.counts.get('audit_events', 0)} audit events ({result.profile})\n"
        f"  SHA-256 {result.sha256}"
    )
    ctx.emit(data, text)
    return 0


def _plan_text(plan: dict[str, Any], dry_run: bool) -> str:
    counts = plan["counts"]
    head = "Dry run (nothing changed)" if dry_run else "Imported"
    lines = [
        f"{head}: package {plan['package_id']} from {plan['sender']}"
        + (" (imported before)" if plan["already_imported"] else ""),
        "  "
        + ", ".join(
            f"{counts[k]} {k}"
            for k in ("new", "updated", "unchanged", "conflict", "pending", "rejected")
        ),
        f"  {plan['attachments_new']} new files, {plan['audit_events_new']} new audit events",
    ]
    for problem in plan["problems"][:50]:
        lines.append(
            f"  {problem['result']}: {problem['kind']} {problem['record_id']}"
            f" rev {problem['revision']}: {problem['reason']}"
        )
    return "\n".join(lines)


def cmd_import(ctx: CliContext) -> int:
    actor = ctx.actor()
    app = ctx.app()
    plan = app.exchange.import_package(actor, ctx.args.file, dry_run=ctx.args.dry_run)
    data: dict[str, Any] = {"ok": True, "dry_run": ctx.args.dry_run, **plan.as_dict()}
    text = _plan_text(data, ctx.args.dry_run)
    if ctx.args.receipt_to is not None and not ctx.args.dry_run:
        receipt = app.exchange.make_receipt(actor, uuid.UUID(plan.package_id), ctx.args.receipt_to)
        data["receipt"] = str(receipt)
        text += f"\nReceipt: {receipt}"
    ctx.emit(data, text)
    return 0


def cmd_receipt_make(ctx: CliContext) -> int:
    header = read_header(ctx.args.file)
    actor = ctx.actor()
    app = ctx.app()
    folder = ctx.args.to or ctx.args.file.parent
    path = app.exchange.make_receipt(actor, uuid.UUID(header.package_id), folder)
    ctx.emit({"ok": True, "file": str(path)}, f"Wrote {path}")
    return 0


def cmd_receipt_apply(ctx: CliContext) -> int:
    actor = ctx.actor()
    app = ctx.app()
    body = app.exchange.apply_receipt(actor, ctx.args.file)
    summary = app.exchange.received_summary()
    data = {"ok": True, **body, "summary": summary}
    text = (
        f"The secretariat confirmed package {body['package_id']}.\n"
        f"  {summary['received']} of {summary['revisions']} record revisions are now received"
    )
    if body.get("quarantined"):
        text += f"\n  {len(body['quarantined'])} were quarantined there:"
        for item in body["quarantined"][:20]:
            text += f"\n    {item['record_id']} rev {item['revision']}: {item['reason']}"
    if body.get("conflicts"):
        text += f"\n  {len(body['conflicts'])} are conflicts for the secretariat to resolve"
    ctx.emit(data, text)
    return 0


def _read_alerts(path: Path | None) -> tuple[list[dict[str, Any]], list[str]]:
    if path is None:
        return [], []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(Msg("{path} does not exist.", path=str(path))) from None
    except (OSError, ValueError) as exc:
        raise UserError(
            Msg("{path} is not a readable JSON file: {error}", path=str(path), error=str(exc))
        ) from None
    if isinstance(raw, list):
        return raw, []
    if not isinstance(raw, dict) or not isinstance(raw.get("alerts", []), list):
        raise UserError(
            Msg('{path} must hold {{"alerts": [...], "withdraw": [...]}}.', path=str(path))
        )
    return list(raw.get("alerts", [])), [str(x) for x in raw.get("withdraw", [])]


def cmd_update_make(ctx: CliContext) -> int:
    alerts, withdraw = _read_alerts(ctx.args.alerts)
    revoke = []
    for item in ctx.args.revoke:
        fingerprint, _, reason = item.partition(":")
        revoke.append({"fingerprint": fingerprint.strip(), "reason": reason.strip()})
    actor = ctx.actor()
    app = ctx.app()
    recipients = None
    if ctx.args.posts:
        recipients = app.keys.recipients(kind="post", post_codes=list(ctx.args.posts))
        missing = set(ctx.args.posts) - {r.post_code for r in recipients}
        if missing:
            raise UserError(Msg("No trusted key for: {posts}.", posts=", ".join(sorted(missing))))
    for entry in revoke:
        found = [
            k for k in app.keys.trusted() if k.fingerprint.startswith(entry["fingerprint"].lower())
        ]
        if len(found) != 1 or len(entry["fingerprint"]) < 8:
            raise UserError(
                Msg(
                    "--revoke {fp}: give the fingerprint of one trusted key.",
                    fp=entry["fingerprint"],
                )
            )
        entry["fingerprint"] = found[0].fingerprint
    path, digest = app.updates.make(
        actor,
        ctx.args.to,
        UpdateContent(
            codes=ctx.args.codes,
            handbooks=list(ctx.args.handbook),
            alerts=alerts,
            trust=list(ctx.args.trust),
            revoke=revoke,
            withdraw_alerts=withdraw,
        ),
        recipients=recipients,
    )
    ctx.emit({"ok": True, "file": str(path), "sha256": digest}, f"Wrote {path}")
    return 0


def cmd_update_apply(ctx: CliContext) -> int:
    actor = ctx.actor()
    app = ctx.app()
    result = app.updates.apply(actor, ctx.args.file, dry_run=ctx.args.dry_run)
    data = {"ok": True, "dry_run": ctx.args.dry_run, **result.as_dict()}
    if result.already_applied:
        text = f"Update {result.package_id} was applied before; nothing changed."
    else:
        head = "Would apply" if ctx.args.dry_run else "Applied"
        text = (
            f"{head} update {result.package_id}:\n"
            f"  codes: {result.codes or '-'}\n"
            f"  handbooks: {', '.join(result.handbooks) or '-'}\n"
            f"  alerts: {result.alerts}\n"
            f"  keys trusted: {', '.join(result.trusted) or '-'}; revoked: {', '.join(result.revoked) or '-'}"
        )
    ctx.emit(data, text)
    return 0


def cmd_keys_show(ctx: CliContext) -> int:
    app = ctx.app()
    key = app.exchange.own_public()
    data = {
        "kind": key.kind,
        "post_code": key.post_code,
        "post_name": key.post_name,
        "fingerprint": key.fingerprint,
        "display": display_fingerprint(key.fingerprint),
    }
    ctx.emit(
        data,
        f"{key.post_name} ({key.post_code}, {key.kind})\nFingerprint: {data['display']}",
    )
    return 0


def cmd_keys_export(ctx: CliContext) -> int:
    app = ctx.app()
    key = app.exchange.own_public()
    path = app.keys.export_public(key, ctx.args.to)
    ctx.emit(
        {"ok": True, "file": str(path), "fingerprint": key.fingerprint},
        f"Wrote {path}\nFingerprint: {display_fingerprint(key.fingerprint)}",
    )
    return 0


def cmd_keys_trust(ctx: CliContext) -> int:
    key = read_public_key(ctx.args.file)
    actor = ctx.actor()
    app = ctx.app()
    view = app.keys.trust(actor, key, expected_fingerprint=ctx.args.fingerprint)
    ctx.emit(
        {
            "ok": True,
            "fingerprint": view.fingerprint,
            "post_code": view.post_code,
            "kind": view.kind,
        },
        f"Trusted {view.post_name} ({view.post_code}, {view.kind})\n"
        f"Fingerprint: {display_fingerprint(view.fingerprint)}",
    )
    return 0


def cmd_keys_revoke(ctx: CliContext) -> int:
    actor = ctx.actor()
    app = ctx.app()
    view = app.keys.revoke(actor, ctx.args.key, ctx.args.reason)
    ctx.emit(
        {"ok": True, "fingerprint": view.fingerprint, "post_code": view.post_code},
        f"Revoked the key of {view.post_code} ({display_fingerprint(view.fingerprint)})",
    )
    return 0


def cmd_keys_list(ctx: CliContext) -> int:
    app = ctx.app()
    keys = app.keys.trusted()
    rows = [
        {
            "fingerprint": k.fingerprint,
            "display": display_fingerprint(k.fingerprint),
            "kind": k.kind,
            "post_code": k.post_code,
            "post_name": k.post_name,
            "trusted_at": k.trusted_at,
            "source": k.source,
            "revoked_at": k.revoked_at,
            "revoked_reason": k.revoked_reason,
        }
        for k in keys
    ]
    text = (
        "\n".join(
            f"{k.post_code:<12} {k.kind:<11} {display_fingerprint(k.fingerprint)}"
            + (f"  REVOKED {k.revoked_at:%Y-%m-%d}: {k.revoked_reason}" if k.revoked_at else "")
            for k in keys
        )
        or "No trusted keys yet."
    )
    ctx.emit({"keys": rows}, text)
    return 0


def cmd_log(ctx: CliContext) -> int:
    app = ctx.app()
    rows = [
        {
            "package_id": str(e.id),
            "direction": e.direction,
            "kind": e.kind,
            "counterpart": e.counterpart,
            "sequence": e.sequence,
            "file": e.file_name,
            "sha256": e.file_sha256,
            "at": e.at,
            "by": e.by,
            "counts": e.counts,
            "acknowledged_at": e.acknowledged_at,
        }
        for e in app.exchange.log(ctx.args.limit)
    ]
    text = (
        "\n".join(
            f"{r['at']:%Y-%m-%d %H:%M} {r['direction']:<3} {r['kind']:<8} {r['counterpart']:<12} {r['file']}"
            + ("  (acknowledged)" if r["acknowledged_at"] else "")
            for r in rows
        )
        or "No packages yet."
    )
    ctx.emit({"log": rows}, text)
    return 0


def cmd_conflicts(ctx: CliContext) -> int:
    app = ctx.app()
    rows = [
        {
            "id": c.id,
            "kind": c.kind,
            "record_id": str(c.record_id),
            "revision": c.revision,
            "detected_at": c.detected_at,
            "resolved_at": c.resolved_at,
            "resolution": c.resolution,
            "incoming": c.incoming,
        }
        for c in app.exchange.conflicts(open_only=not ctx.args.all)
    ]
    text = (
        "\n".join(
            f"#{r['id']:<5} {r['kind']:<11} {r['record_id']} rev {r['revision']}"
            + (f"  {r['resolution']}" if r["resolved_at"] else "  OPEN")
            for r in rows
        )
        or "No conflicts."
    )
    ctx.emit({"conflicts": rows}, text)
    return 0


def cmd_resolve(ctx: CliContext) -> int:
    actor = ctx.actor()
    app = ctx.app()
    app.exchange.resolve_conflict(actor, ctx.args.id, take_incoming=ctx.args.take)
    ctx.emit({"ok": True, "id": ctx.args.id}, f"Conflict #{ctx.args.id} resolved.")
    return 0


def cmd_quarantine(ctx: CliContext) -> int:
    app = ctx.app()
    rows = [
        {
            "package_id": str(q.package_id),
            "post": q.post_code,
            "kind": q.kind,
            "record_id": q.record_id,
            "revision": q.revision,
            "reason": q.reason,
            "received_at": q.received_at,
        }
        for q in app.exchange.quarantine()
    ]
    text = (
        "\n".join(
            f"{r['post']:<12} {r['kind']:<11} {r['record_id']} rev {r['revision']}: {r['reason']}"
            for r in rows
        )
        or "Nothing in quarantine."
    )
    ctx.emit({"quarantine": rows}, text)
    return 0


def cmd_posts(ctx: CliContext) -> int:
    app = ctx.app()
    rows = app.exchange.posts_overview()
    text = (
        "\n".join(
            f"{r.post_code:<12} {r.records:>7} records  {r.open_cases:>4} open cases  "
            f"{r.overdue:>3} overdue  last package "
            + (f"{r.last_package_at:%Y-%m-%d}" if r.last_package_at else "never")
            for r in rows
        )
        or "No posts."
    )
    ctx.emit({"posts": rows}, text)
    return 0
