"""Dates and numbers follow the interface language; stored values do not change."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from customs_desk.ui.formats import date_text, datetime_text, number_text, weight_text


@pytest.fixture
def locale_of(qapp: object) -> Iterator[object]:
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_GB", "09/03/2026"),
        ("ja_JP", "2026/03/09"),
        ("vi_VN", "9/3/2026"),
        ("ko_KR", "2026. 3. 9."),
    ],
)
def test_dates_in_the_language_with_four_digit_years(
    locale_of: object, name: str, expected: str
) -> None:
    locale_of(name)  # type: ignore[operator]
    assert date_text(date(2026, 3, 9)) == expected


def test_thai_dates_stay_gregorian(locale_of: object) -> None:
    locale_of("th_TH")  # type: ignore[operator]
    text = date_text(date(2026, 3, 9))
    assert "2026" in text and "2569" not in text  # not the Buddhist-era year


def test_times_are_shown_in_the_record_posts_zone(locale_of: object) -> None:
    locale_of("en_GB")  # type: ignore[operator]
    moment = datetime(2026, 3, 9, 6, 20, tzinfo=UTC)
    assert datetime_text(moment, "Asia/Bangkok") == "09/03/2026 13:20"
    assert datetime_text(moment, "Asia/Tokyo") == "09/03/2026 15:20"


def test_numbers_and_weights_use_local_separators(locale_of: object) -> None:
    locale_of("en_GB")  # type: ignore[operator]
    assert weight_text(21500) == "21,500 kg"
    locale_of("vi_VN")  # type: ignore[operator]
    assert number_text(21500) == "21.500"
    locale_of("id_ID")  # type: ignore[operator]
    assert number_text(1234.5, 1) == "1.234,5"
    assert number_text(None) == "" and weight_text(None) == ""
