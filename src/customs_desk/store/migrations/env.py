"""Alembic environment: always runs on the connection handed over by customs_desk.store.migrate."""

from __future__ import annotations

from alembic import context

from customs_desk.store.autogen import include_object, render_item
from customs_desk.store.registry import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by migrate.py
    raise RuntimeError("Customs Desk migrations run through customs_desk.store.migrate only")

context.configure(
    connection=connection,
    target_metadata=metadata(),
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    render_item=render_item,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
