"""Dates, times, numbers and weights shown in the interface language's conventions.

Uses QLocale's default, which ``Translations.apply`` sets with the language (so switching the
language re-formats everything). Only what is shown changes: stored data stays UTC and ISO 8601.
Years are always shown with four digits (a record's year matters), and the Gregorian calendar is
used in every language, as in customs declarations and Basel documents.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime


def _date_format() -> str:
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_text(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), _date_format())


def datetime_text(moment: datetime | None, timezone: str | None = None) -> str:
    """A stored UTC moment in the given zone (a record's post) or this computer's zone."""
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(timezone)) if timezone else moment.astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{date_text(local.date())} {time}"


def number_text(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", decimals)


def weight_text(kg: float | int | None) -> str:
    return "" if kg is None else f"{number_text(kg)} kg"
