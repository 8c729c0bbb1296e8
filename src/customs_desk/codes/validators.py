"""Field validators used by forms and imports. Each returns a normalised value or raises
:class:`FieldProblem` whose message names the problem and the likely fix."""

from __future__ import annotations

import re

from stdnum import iso6346
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength

from customs_desk.codes.countries import is_country
from customs_desk.i18n import Msg

UN_RE = re.compile(r"^(?:UN)?\s*(\d{4})$", re.IGNORECASE)


class FieldProblem(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def container_number(value: str) -> str:
    """ISO 6346 container number (owner code, category, serial, check digit), e.g. CSQU3054383."""
    compact = re.sub(r"[\s.\-/]", "", value).upper()
    try:
        return str(iso6346.validate(compact))
    except InvalidChecksum:
        expected = iso6346.calc_check_digit(compact[:10])
        raise FieldProblem(
            Msg(
                "{number}: the check digit is wrong; for {body} it should be {digit}. "
                "Re-read the number on the container door.",
                number=compact,
                body=compact[:10],
                digit=expected,
            )
        ) from None
    except InvalidLength:
        raise FieldProblem(
            Msg(
                "{number}: a container number has 11 characters (4 letters, 7 digits), e.g. CSQU3054383.",
                number=compact,
            )
        ) from None
    except (InvalidFormat, InvalidComponent):
        raise FieldProblem(
            Msg(
                "{number}: use 3 owner letters, the category letter U, J or Z, then 7 digits "
                "(e.g. CSQU3054383).",
                number=compact,
            )
        ) from None


def un_number(value: str) -> str:
    """UN number as 'UN' + 4 digits (UN0004 to UN3599 in the Model Regulations)."""
    match = UN_RE.match(value.strip())
    if not match:
        raise FieldProblem(
            Msg("'{value}' is not a UN number; write UN and four digits, e.g. UN3480.", value=value)
        )
    number = int(match.group(1))
    if not 1 <= number <= 3599:
        raise FieldProblem(
            Msg("UN{n:04d} is outside the range of UN numbers (UN0001 to UN3599).", n=number)
        )
    return f"UN{number:04d}"


def country_code(value: str) -> str:
    code = value.strip().upper()
    if not is_country(code):
        raise FieldProblem(
            Msg("'{value}' is not an ISO 3166 country code (e.g. VN, TH, HK).", value=value)
        )
    return code
