"""JSON Schemas of the records (also the exchange format; docs/exchange-format.md)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator, FormatChecker

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
KINDS = ("inspection", "case", "party")


@cache
def schema(kind: str) -> dict[str, Any]:
    return dict(json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8")))


@cache
def validator(kind: str) -> Draft202012Validator:
    return Draft202012Validator(schema(kind), format_checker=FormatChecker())


@cache
def fast_validator(kind: str) -> Any:
    """The same schema compiled to Python by fastjsonschema (about 20x faster). Formats are
    checked by jsonschema's own checker so that both accept exactly the same documents."""
    checker = FormatChecker()
    formats = {
        name: (lambda value, name=name: checker.conforms(value, name))
        for name in ("uuid", "date", "date-time")
    }
    return fastjsonschema.compile(schema(kind), formats=formats)


def structural_problems(kind: str, payload: Any) -> dict[str, str]:
    """Field path -> message for every schema violation (first per field).

    Valid documents (nearly all of them) pass the compiled validator and return at once; only
    an invalid one is walked by jsonschema, which reports every problem with its field."""
    try:
        fast_validator(kind)(payload)
    except fastjsonschema.JsonSchemaException:
        pass
    else:
        return {}
    problems: dict[str, str] = {}
    for error in sorted(validator(kind).iter_errors(payload), key=lambda e: list(e.absolute_path)):
        path = ".".join(str(p) for p in error.absolute_path) or "(record)"
        problems.setdefault(path, error.message)
    return problems
