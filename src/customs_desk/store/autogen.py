"""Hooks shared by Alembic's environment and the models-match-migrations test."""

from __future__ import annotations

from typing import Any, Literal

from customs_desk.store.base import UTCDateTime


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Keep generated migrations independent of the app's own column types."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """FTS5 tables and their shadow tables are made by hand in migrations, not by models."""
    return not (type_ == "table" and name is not None and "_fts" in name)
