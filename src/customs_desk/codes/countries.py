"""Countries: the Asian Network members (plus observers) and ISO 3166-1 validation."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from babel import Locale


@dataclass(frozen=True)
class MemberCountry:
    code: str  # ISO 3166-1 alpha-2 (HK for Hong Kong SAR)
    name: str
    timezones: tuple[str, ...]
    member: bool = True


MEMBERS: tuple[MemberCountry, ...] = (
    MemberCountry("BN", "Brunei Darussalam", ("Asia/Brunei",)),
    MemberCountry("KH", "Cambodia", ("Asia/Phnom_Penh",)),
    MemberCountry("CN", "China", ("Asia/Shanghai", "Asia/Urumqi")),
    MemberCountry("HK", "Hong Kong SAR, China", ("Asia/Hong_Kong",)),
    MemberCountry(
        "ID", "Indonesia", ("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura")
    ),
    MemberCountry("JP", "Japan", ("Asia/Tokyo",)),
    MemberCountry("MY", "Malaysia", ("Asia/Kuala_Lumpur", "Asia/Kuching")),
    MemberCountry("PH", "Philippines", ("Asia/Manila",)),
    MemberCountry("KR", "Republic of Korea", ("Asia/Seoul",)),
    MemberCountry("SG", "Singapore", ("Asia/Singapore",)),
    MemberCountry("TH", "Thailand", ("Asia/Bangkok",)),
    MemberCountry("VN", "Viet Nam", ("Asia/Ho_Chi_Minh",)),
    MemberCountry("LA", "Lao PDR", ("Asia/Vientiane",), member=False),
    MemberCountry("MM", "Myanmar", ("Asia/Yangon",), member=False),
)

MEMBER_CODES = frozenset(m.code for m in MEMBERS)


@cache
def iso_countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 codes with English names (from Babel's CLDR data)."""
    territories = Locale("en").territories
    return {
        code: name
        for code, name in territories.items()
        if len(code) == 2
        and code.isalpha()
        and code not in {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
    }


def is_country(code: str) -> bool:
    return code in iso_countries()


def country_name(code: str, locale: str = "en") -> str:
    """Country name in ``locale`` (falls back to English, then the code)."""
    try:
        name = Locale.parse(locale.replace("-", "_")).territories.get(code)
    except (ValueError, TypeError):
        name = None
    return name or iso_countries().get(code, code)


def member(code: str) -> MemberCountry | None:
    return next((m for m in MEMBERS if m.code == code), None)


def default_timezone(code: str) -> str:
    found = member(code)
    return found.timezones[0] if found else "UTC"
