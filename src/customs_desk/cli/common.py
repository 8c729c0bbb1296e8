"""Shared CLI plumbing: the per-command context, authentication and output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any
from uuid import UUID

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext, open_app
from customs_desk.errors import UserError
from customs_desk.paths import AppPaths

ENV_USER = "CUSTOMS_DESK_USER"
ENV_PASSWORD = "CUSTOMS_DESK_PASSWORD"

Handler = Callable[["CliContext"], int]


def json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID | Path):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dumps(data: Any) -> str:
    return json.dumps(data, default=json_default, ensure_ascii=False, indent=2)


@dataclass
class CliContext:
    args: argparse.Namespace
    _app: AppContext | None = field(default=None, init=False)
    signed_in_password: str | None = field(default=None, init=False, repr=False)

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def paths(self) -> AppPaths:
        return AppPaths.resolve(getattr(self.args, "data_dir", None))

    def app(self) -> AppContext:
        if self._app is None:
            self._app = open_app(self.paths, database_url=getattr(self.args, "database_url", None))
        return self._app

    def close(self) -> None:
        if self._app is not None:
            self._app.close()
            self._app = None

    def read_password(self, prompt: str = "Password: ") -> str:
        if getattr(self.args, "password_stdin", False):
            line = sys.stdin.readline()
            if not line:
                raise UserError("No password on standard input.")
            return line.rstrip("\r\n")
        if os.environ.get(ENV_PASSWORD):
            return os.environ[ENV_PASSWORD]
        if not sys.stdin.isatty():
            raise UserError(
                "A password is needed: use --password-stdin or set CUSTOMS_DESK_PASSWORD."
            )
        return getpass.getpass(prompt)

    def actor(self) -> Actor:
        """Sign in as --user (or CUSTOMS_DESK_USER); permissions are checked by the services."""
        badge = getattr(self.args, "user", None) or os.environ.get(ENV_USER)
        if not badge:
            raise UserError(
                "This command acts as a user: give --user BADGE (or set CUSTOMS_DESK_USER)."
            )
        password = self.read_password()
        actor = self.app().accounts.authenticate(badge, password)
        self.signed_in_password = password
        return actor

    def emit(self, data: Any, text: str | None = None) -> None:
        """Print ``data`` as JSON with --json, otherwise ``text`` (or a plain rendering)."""
        if self.json:
            print(dumps(data))
        elif text is not None:
            print(text)
        else:
            print(dumps(data))


def add_auth_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="BADGE", help="badge number to act as")
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
