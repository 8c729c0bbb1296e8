"""Validation of records, shared by the form, ``records add --from-json`` and imports.

Errors block finalizing (a draft may still be saved); warnings are shown but do not block.
Codes are checked against the reference tables valid on the inspection date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from babel.numbers import list_currencies

from customs_desk.codes.countries import is_country
from customs_desk.codes.service import CodeService
from customs_desk.codes.validators import FieldProblem, container_number, un_number
from customs_desk.i18n import Msg
from customs_desk.records.schema import structural_problems

INSPECTION_TYPES = ("documentary", "physical", "xray", "sampling", "company-site")
TRANSPORT_MODES = ("sea", "road", "rail", "air", "inland-water", "post")
OUTCOMES = ("released", "held", "detained", "seized", "refused-entry", "returned", "referred")
Y_RE = re.compile(r"^Y\d{1,2}$")
H_RE = re.compile(r"^H\d{1,2}(\.\d)?$")


@dataclass
class Problems:
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, path: str, message: str) -> None:
        self.errors.setdefault(path, message)

    def warn(self, path: str, message: str) -> None:
        self.warnings.setdefault(path, message)


def parse_datetime(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else None


def validate_inspection(
    data: dict[str, Any], codes: CodeService, *, now: datetime, for_final: bool = True
) -> Problems:
    """Check an inspection payload. ``for_final`` adds the checks needed to finalize."""
    problems = Problems()
    for path, message in structural_problems("inspection", data).items():
        problems.error(path, message)
    inspected = parse_datetime(data.get("inspected_at"))
    if inspected is None:
        problems.error(
            "inspected_at", Msg("Enter the date and time of the inspection, with its time zone.")
        )
        day = now.date()
    else:
        day = inspected.date()
        if inspected > now + timedelta(hours=12):
            problems.error("inspected_at", Msg("The inspection date is in the future."))
        if inspected.year < 1992:
            problems.error(
                "inspected_at", Msg("The inspection date is before the Basel Convention existed.")
            )

    if for_final:
        if not data.get("officers"):
            problems.error("officers", Msg("Name at least one officer."))
        if data.get("inspection_type") not in INSPECTION_TYPES:
            problems.error("inspection_type", Msg("Choose the type of inspection."))
        if data.get("transport_mode") not in TRANSPORT_MODES:
            problems.error("transport_mode", Msg("Choose the mode of transport."))
        if data.get("outcome") not in OUTCOMES:
            problems.error("outcome", Msg("Choose the outcome."))
        goods = data.get("goods") or []
        if not goods or not any(
            str(g.get("description", "")).strip() for g in goods if isinstance(g, dict)
        ):
            problems.error("goods", Msg("Describe at least one line of goods."))

    for i, container in enumerate(data.get("containers") or []):
        if not isinstance(container, dict):
            continue
        try:
            normal = container_number(str(container.get("number", "")))
        except FieldProblem as exc:
            problems.error(f"containers.{i}.number", exc.message)
        else:
            container["number"] = normal
        for j, seal in enumerate(container.get("seals") or []):
            if not str(seal).strip():
                problems.error(f"containers.{i}.seals.{j}", Msg("Empty seal number."))

    declared_hs = str(data.get("declared_hs") or "").strip()
    if declared_hs:
        check = codes.check_hs(declared_hs, day)
        if not check.valid:
            problems.error("declared_hs", check.message)

    for i, line in enumerate(data.get("goods") or []):
        if not isinstance(line, dict):
            continue
        hs = str(line.get("declared_hs") or "").strip()
        if hs:
            check = codes.check_hs(hs, day)
            if not check.valid:
                problems.error(f"goods.{i}.declared_hs", check.message)
        for j, code in enumerate(line.get("basel_codes") or []):
            check = codes.check_basel(str(code), day)
            if not check.valid:
                problems.error(f"goods.{i}.basel_codes.{j}", check.message)
        for j, code in enumerate(line.get("y_codes") or []):
            code = str(code).upper()
            if not Y_RE.match(code) or not codes.check_basel(code, day).valid:
                problems.error(
                    f"goods.{i}.y_codes.{j}",
                    Msg("{code} is not a Y code valid on {day}.", code=code, day=day.isoformat()),
                )
        for j, code in enumerate(line.get("h_codes") or []):
            code = str(code).upper()
            if not H_RE.match(code) or not codes.check_basel(code, day).valid:
                problems.error(
                    f"goods.{i}.h_codes.{j}",
                    Msg("{code} is not an Annex III H code (H1 to H13).", code=code),
                )
        un = str(line.get("un_number") or "").strip()
        if un:
            try:
                line["un_number"] = un_number(un)
            except FieldProblem as exc:
                problems.error(f"goods.{i}.un_number", exc.message)

    route = data.get("route") or {}
    for key in ("export_country", "import_country"):
        value = route.get(key)
        if value and not is_country(value):
            problems.error(
                f"route.{key}", Msg("'{value}' is not an ISO 3166 country code.", value=value)
            )
    for j, value in enumerate(route.get("transit_countries") or []):
        if not is_country(value):
            problems.error(
                f"route.transit_countries.{j}",
                Msg("'{value}' is not an ISO 3166 country code.", value=value),
            )
    for role, party in (data.get("parties") or {}).items():
        if party is not None and not str(party.get("name", "")).strip():
            problems.error(f"parties.{role}", Msg("The party has no name."))

    currency = data.get("currency") or ""
    if currency and currency not in _currencies():
        problems.error(
            "currency",
            Msg("'{code}' is not an ISO 4217 currency code (e.g. USD, VND, THB).", code=currency),
        )
    if data.get("value") and not currency:
        problems.error("currency", Msg("Give the currency of the declared value."))
    declared, found = data.get("declared_weight_kg"), data.get("found_weight_kg")
    if isinstance(declared, int | float) and isinstance(found, int | float) and declared > 0:
        difference = abs(found - declared) / declared
        if difference > 0.1:
            problems.warn(
                "found_weight_kg",
                Msg("The weight found differs from the declared weight by {p:.0%}.", p=difference),
            )
    return problems


def _currencies() -> set[str]:
    return set(list_currencies())


def validate_case(data: dict[str, Any], *, today: date) -> Problems:
    problems = Problems()
    for path, message in structural_problems("case", data).items():
        problems.error(path, message)
    informed = data.get("state_informed_on")
    if informed:
        try:
            if date.fromisoformat(informed) > today:
                problems.error(
                    "state_informed_on", Msg("The date the State was informed is in the future.")
                )
        except ValueError:
            problems.error("state_informed_on", Msg("Use a date (YYYY-MM-DD)."))
    if data.get("clock") in ("art9-30", "art8-90") and not informed:
        problems.warn(
            "state_informed_on",
            Msg("The clock starts when the State is informed; enter that date."),
        )
    for i, notification in enumerate(data.get("notifications") or []):
        country = notification.get("country")
        if country and not is_country(country):
            problems.error(
                f"notifications.{i}.country",
                Msg("'{value}' is not an ISO 3166 country code.", value=country),
            )
    return problems


def validate_party(data: dict[str, Any]) -> Problems:
    problems = Problems()
    for path, message in structural_problems("party", data).items():
        problems.error(path, message)
    if data.get("country") and not is_country(data["country"]):
        problems.error(
            "country", Msg("'{value}' is not an ISO 3166 country code.", value=data["country"])
        )
    return problems
