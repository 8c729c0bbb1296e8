"""System commands: selfcheck, setup, db, users."""

from __future__ import annotations

import argparse
import platform
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from customs_desk import __version__
from customs_desk.accounts.roles import Role
from customs_desk.accounts.service import NewUser, PostInput
from customs_desk.app import open_database
from customs_desk.cli.common import CliContext, add_auth_options, add_json_option
from customs_desk.codes.countries import default_timezone
from customs_desk.errors import EnvironmentProblem, UserError
from customs_desk.store import diagnostics
from customs_desk.store.database import backup_sqlite
from customs_desk.store.migrate import (
    backup_name,
    check_not_newer,
    current_revision,
    head_revision,
    prepare_database,
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "selfcheck",
        parents=[common],
        help="open (or create) the database, migrate, report versions and problems",
    )
    add_json_option(p)
    p.set_defaults(handler=cmd_selfcheck)

    p = sub.add_parser(
        "setup",
        parents=[common],
        help="first-run set-up without the GUI: the post and its first supervisor",
    )
    p.add_argument("--kind", choices=["post", "secretariat"], default="post")
    p.add_argument("--post-code", required=True, help="e.g. SGP-TUAS")
    p.add_argument("--post-name", required=True)
    p.add_argument("--country", required=True, help="ISO 3166 alpha-2, e.g. SG, HK, VN")
    p.add_argument("--timezone", help="IANA time zone (default: the country's main one)")
    p.add_argument("--agency", default="", help="customs agency name for report headers")
    p.add_argument("--name", required=True, help="the supervisor's full name")
    p.add_argument("--badge", required=True, help="the supervisor's badge number")
    p.add_argument("--password-stdin", action="store_true")
    add_json_option(p)
    p.set_defaults(handler=cmd_setup)

    db = sub.add_parser("db", help="database status, upgrade, integrity check and backup")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = dbsub.add_parser("status", parents=[common], help="schema revision (changes nothing)")
    add_json_option(p)
    p.set_defaults(handler=cmd_db_status)
    p = dbsub.add_parser("upgrade", parents=[common], help="back up, then migrate to this version")
    add_json_option(p)
    p.set_defaults(handler=cmd_db_upgrade)
    p = dbsub.add_parser("check", parents=[common], help="integrity and foreign-key check")
    add_json_option(p)
    p.set_defaults(handler=cmd_db_check)
    p = dbsub.add_parser("backup", parents=[common], help="copy the database safely")
    p.add_argument("--to", metavar="FILE", type=Path, help="backup file (default: backups folder)")
    add_json_option(p)
    p.set_defaults(handler=cmd_db_backup)

    users = sub.add_parser("users", help="list and manage user accounts")
    usub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    p = usub.add_parser("list", parents=[common], help="users of this post")
    add_auth_options(p)
    add_json_option(p)
    p.set_defaults(handler=cmd_users_list)
    p = usub.add_parser(
        "add",
        parents=[common],
        help="add a user (as a supervisor); with --password-stdin the first line is your "
        "password and the second the new user's",
    )
    add_auth_options(p)
    p.add_argument("--name", required=True)
    p.add_argument("--badge", required=True)
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.OFFICER.value)
    add_json_option(p)
    p.set_defaults(handler=cmd_users_add)
    p = usub.add_parser(
        "passwd",
        parents=[common],
        help="change a password (yours, or anyone's as a supervisor); with --password-stdin: "
        "your password, then the new one",
    )
    add_auth_options(p)
    p.add_argument("badge", help="whose password to change")
    add_json_option(p)
    p.set_defaults(handler=cmd_users_passwd)


def _versions() -> dict[str, str]:
    def v(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    return {
        "customs_desk": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": diagnostics.sqlite_features().version,
        "sqlalchemy": v("SQLAlchemy"),
        "alembic": v("alembic"),
        "reportlab": v("reportlab"),
        "qt_bindings": v("PySide6-Essentials"),
    }


def cmd_selfcheck(ctx: CliContext) -> int:
    problems: list[str] = []
    result: dict[str, Any] = {"ok": False, "versions": _versions(), "paths": ctx.paths.as_dict()}
    features = diagnostics.sqlite_features()
    result["sqlite"] = features.as_dict()
    problems.extend(features.problems)
    try:
        app = ctx.app()
    except EnvironmentProblem as exc:
        problems.append(str(exc))
    else:
        revision = current_revision(app.db)
        result["schema"] = {
            "revision": revision,
            "head": head_revision(),
            "at_head": revision == head_revision(),
            "created": app.migration.created,
            "upgraded": app.migration.upgraded,
            "backup": str(app.migration.backup) if app.migration.backup else None,
        }
        if revision != head_revision():
            problems.append(f"schema {revision} is not at head {head_revision()}")
        result["database"] = diagnostics.database_info(app.db)
        result["set_up"] = app.accounts.is_set_up()
    result["problems"] = problems
    result["ok"] = not problems
    lines = [
        f"Customs Desk {__version__}, SQLite {features.version}",
        f"Data folder: {ctx.paths.data} ({ctx.paths.origin})",
    ]
    if "schema" in result:
        lines.append(f"Schema: {result['schema']['revision']} (head {result['schema']['head']})")
    lines += [f"PROBLEM: {p}" for p in problems] or ["Healthy."]
    ctx.emit(result, "\n".join(lines))
    return 0 if result["ok"] else 1


def cmd_setup(ctx: CliContext) -> int:
    app = ctx.app()
    args = ctx.args
    password = ctx.read_password("Supervisor password: ")
    if not args.password_stdin and sys.stdin.isatty():
        again = ctx.read_password("Repeat the password: ")
        if again != password:
            raise UserError("The two passwords differ.")
    post = PostInput(
        code=args.post_code.strip().upper(),
        name=args.post_name,
        country=args.country.strip().upper(),
        timezone=args.timezone or default_timezone(args.country.strip().upper()),
        agency=args.agency,
    )
    role = Role.SECRETARIAT if args.kind == "secretariat" else Role.SUPERVISOR
    actor = app.accounts.set_up(post, NewUser(args.name, args.badge, role, password), args.kind)
    ctx.emit(
        {"ok": True, "post": post.code, "kind": args.kind, "supervisor": actor.badge},
        f"Set up {args.kind} {post.code}; supervisor {actor.name} ({actor.badge}).",
    )
    return 0


def cmd_db_status(ctx: CliContext) -> int:
    paths = ctx.paths
    if not getattr(ctx.args, "database_url", None) and not paths.database.exists():
        data = {"exists": False, "path": str(paths.database), "head": head_revision()}
        ctx.emit(data, f"No database yet at {paths.database}; it is created at first start.")
        return 0
    db = open_database(paths, getattr(ctx.args, "database_url", None))
    try:
        revision = current_revision(db)
        try:
            check_not_newer(revision, db.describe())
            state = "current" if revision == head_revision() else "needs upgrade"
        except EnvironmentProblem:
            state = "newer than this program"
        data = {
            "exists": True,
            "database": db.describe(),
            "revision": revision,
            "head": head_revision(),
            "state": state,
        }
    finally:
        db.dispose()
    ctx.emit(data, f"{data['database']}: schema {revision} ({state}; head {head_revision()})")
    return 0


def cmd_db_upgrade(ctx: CliContext) -> int:
    paths = ctx.paths
    paths.ensure()
    db = open_database(paths, getattr(ctx.args, "database_url", None))
    try:
        report = prepare_database(db, paths.backups)
    finally:
        db.dispose()
    data = {
        "ok": True,
        "before": report.before,
        "after": report.after,
        "created": report.created,
        "upgraded": report.upgraded,
        "backup": str(report.backup) if report.backup else None,
    }
    if report.upgraded:
        text = f"Upgraded {report.before} -> {report.after}; backup: {report.backup}"
    elif report.created:
        text = f"Created a new database at schema {report.after}."
    else:
        text = f"Already at schema {report.after}; nothing to do."
    ctx.emit(data, text)
    return 0


def cmd_db_check(ctx: CliContext) -> int:
    app = ctx.app()
    result = diagnostics.integrity(app.db)
    text = (
        "Database is healthy."
        if result["ok"]
        else "\n".join(f"PROBLEM: {p}" for p in result["problems"])
    )
    ctx.emit(result, text)
    return 0 if result["ok"] else 1


def cmd_db_backup(ctx: CliContext) -> int:
    app = ctx.app()
    if not app.db.is_sqlite or app.db.path is None:
        raise UserError("Back up a PostgreSQL database with pg_dump.")
    target = ctx.args.to or app.paths.backups / backup_name(current_revision(app.db))
    if target.exists():
        raise UserError(f"{target} already exists; choose another name.")
    backup_sqlite(app.db.path, target)
    ctx.emit(
        {"ok": True, "backup": str(target), "bytes": target.stat().st_size},
        f"Backed up to {target}",
    )
    return 0


def cmd_users_list(ctx: CliContext) -> int:
    actor = ctx.actor()
    users = ctx.app().accounts.list_users(actor)
    rows = [
        {"name": u.name, "badge": u.badge_number, "role": u.role.value, "active": u.active}
        for u in users
    ]
    text = "\n".join(
        f"{u['badge']:<12} {u['role']:<12} {'active' if u['active'] else 'disabled':<9} {u['name']}"
        for u in rows
    )
    ctx.emit(rows, text)
    return 0


def cmd_users_add(ctx: CliContext) -> int:
    actor = ctx.actor()
    password = ctx.read_password("New user's password: ")
    user = ctx.app().accounts.add_user(
        actor, NewUser(ctx.args.name, ctx.args.badge, Role(ctx.args.role), password)
    )
    ctx.emit(
        {"ok": True, "badge": user.badge_number, "role": user.role.value},
        f"Added {user.name} ({user.badge_number}, {user.role.value}).",
    )
    return 0


def cmd_users_passwd(ctx: CliContext) -> int:
    actor = ctx.actor()
    own = ctx.args.badge == actor.badge
    new = ctx.read_password("New password: ")
    # Your own password needs the current one, which ctx.actor() just checked; pass it on.
    current = ctx.signed_in_password if own else None
    ctx.app().accounts.change_password(actor, ctx.args.badge, new, current_password=current)
    ctx.emit({"ok": True, "badge": ctx.args.badge}, f"Password changed for {ctx.args.badge}.")
    return 0
