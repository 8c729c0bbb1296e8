"""Alembic environment: always runs on the connection handed over by customs_desk.store.migrate."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from customs_desk.store.base import UTCDateTime
from customs_desk.store.registry import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by migrate.py
    raise RuntimeError("Customs Desk migrations run through customs_desk.store.migrate only")


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Keep generated migrations independent of the app's own column types."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


context.configure(
    connection=connection,
    render_item=render_item,
    target_metadata=metadata(),
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
