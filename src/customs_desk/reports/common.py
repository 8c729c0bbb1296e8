"""Small helpers shared by the documents: safe reading of payload values, formatting."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from customs_desk.codes.countries import country_name
from customs_desk.i18n import Msg
from customs_desk.records.validation import parse_datetime
from customs_desk.reports.data import PostData, ReportContext
from customs_desk.reports.layout import DocumentInfo, local_time


def text(value: Any) -> str:
    """A payload value as text (None and wrong types become empty)."""
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value)


def items(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def strings(value: Any) -> list[str]:
    return [str(v) for v in items(value) if v not in (None, "")]


def joined(value: Any, sep: str = ", ") -> str:
    return sep.join(strings(value))


def number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def kg(value: Any) -> str:
    n = number(value)
    if n is None:
        return ""
    return f"{n:,.0f} kg" if n >= 100 or n == int(n) else f"{n:,.1f} kg"


def tonnes(value: float) -> str:
    return f"{value / 1000:,.1f}"


def count(value: Any) -> str:
    n = number(value)
    return "" if n is None else f"{n:,.0f}"


def country(code: Any) -> str:
    value = text(code).strip().upper()
    if not value:
        return ""
    name = country_name(value)
    return value if name == value else f"{name} ({value})"


def when(value: Any, timezone: str) -> str:
    """An ISO date-time from a payload, in ``timezone``, with the zone named."""
    moment = value if isinstance(value, datetime) else parse_datetime(value)
    if moment is None:
        return text(value)
    return f"{local_time(moment, timezone)} ({timezone})"


def day(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return text(value)


def document_info(
    ctx: ReportContext,
    title: str,
    document_id: str,
    content_hash: str,
    *,
    kind: str,
    wide: bool = False,
    post: PostData | None = None,
) -> DocumentInfo:
    """Header and footer facts: the record's post (or the printing post) and who printed."""
    shown = post or ctx.post
    return DocumentInfo(
        title=title,
        document_id=document_id,
        content_hash=content_hash,
        post_name=shown.name,
        post_code=shown.code,
        agency=shown.agency,
        generated_at=ctx.generated_at,
        timezone=ctx.post.timezone,
        officer=ctx.officer,
        paper=ctx.paper,
        wide=wide,
        kind=kind,
    )


def status_note(status: str) -> str | None:
    if status == "draft":
        return Msg("DRAFT: this record is not finalized and may still change.")
    if status == "void":
        return Msg("WITHDRAWN: this record was withdrawn; it is printed for reference only.")
    return None
