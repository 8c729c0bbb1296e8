"""The reference code dataset: Basel annex entries and HS waste codes with validity dates.

Files and columns are documented in docs/reference-data.md. :func:`load_dataset` validates
everything (headers, dates, references between files) and raises :class:`DatasetError` with the
file and line of the first problems, so a broken update is refused before anything is loaded.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from customs_desk.errors import UserError
from customs_desk.i18n import Msg
from customs_desk.resources import resource_path

BASEL_COLUMNS = [
    "code",
    "annex",
    "kind",
    "group",
    "title",
    "un_class",
    "valid_from",
    "valid_to",
    "replaced_by",
    "related",
    "decision",
    "source",
    "mark",
    "note",
]
HS_COLUMNS = [
    "code",
    "edition",
    "level",
    "parent",
    "title",
    "valid_from",
    "valid_to",
    "source",
    "mark",
    "note",
]
HINT_COLUMNS = ["basel_code", "hs_code", "hs_edition", "note", "mark"]
RISK_COLUMNS = ["id", "category", "text", "source", "mark"]
STREAM_COLUMNS = ["id", "title", "basel_codes", "hs_codes"]
SOURCE_COLUMNS = ["id", "title", "year", "url"]
TITLE_COLUMNS = ["code", "kind", "title"]
FILES = (
    "basel.csv",
    "hs.csv",
    "hints.csv",
    "risk_indicators.csv",
    "waste_streams.csv",
    "sources.csv",
    "dataset.json",
)

BASEL_CODE_RE = re.compile(r"^(?:Y\d{1,2}|H\d{1,2}(?:\.\d)?|D\d{1,2}|R\d{1,2}|[AB]\d{4})$")
HS_CODE_RE = re.compile(r"^\d{4}(?:\.\d{2})?$")
MARKS = {"V", "P", "M"}
ANNEX_KINDS = {"I": "Y", "II": "Y", "III": "H", "IV": "DR", "VIII": "A", "IX": "B"}


class DatasetError(UserError):
    """The reference data is malformed; ``problems`` lists file:line messages."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:5]) + (
            f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        )
        super().__init__(Msg("The reference code data is invalid: {problems}", problems=shown))


@dataclass(frozen=True)
class BaselEntry:
    code: str
    annex: str
    kind: str
    group: str
    title: str
    un_class: str
    valid_from: date
    valid_to: date | None
    replaced_by: tuple[str, ...]
    related: tuple[str, ...]
    decision: str
    source: str
    mark: str
    note: str

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True)
class HsEntry:
    code: str
    edition: str
    level: str
    parent: str
    title: str
    valid_from: date
    valid_to: date | None
    source: str
    mark: str
    note: str

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


@dataclass(frozen=True)
class Hint:
    basel_code: str
    hs_code: str
    hs_edition: str
    note: str
    mark: str


@dataclass(frozen=True)
class RiskIndicator:
    id: str
    category: str
    text: str
    source: str
    mark: str


@dataclass(frozen=True)
class WasteStream:
    id: str
    title: str
    basel_codes: tuple[str, ...]
    hs_codes: tuple[str, ...]


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    year: str
    url: str


@dataclass
class Dataset:
    version: str
    released: date
    basel: dict[str, BaselEntry] = field(default_factory=dict)
    hs: dict[tuple[str, str], HsEntry] = field(default_factory=dict)
    hints: list[Hint] = field(default_factory=list)
    risk_indicators: list[RiskIndicator] = field(default_factory=list)
    waste_streams: list[WasteStream] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    #: Unofficial translated titles: (code, "basel" | "hs") -> {ui language: title}
    titles: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    fingerprint: str = ""
    #: Answers of CodeService.check_basel/check_hs on this dataset, keyed by (kind, code, day):
    #: an import validates thousands of records with the same few codes. Dropped with the dataset.
    checks: dict[tuple[str, str, date], Any] = field(
        default_factory=dict, compare=False, repr=False
    )

    def hs_codes(self) -> set[str]:
        return {code for code, _edition in self.hs}


def _date(text: str, where: str, problems: list[str]) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems.append(f"{where}: '{text}' is not a date (YYYY-MM-DD)")
        return None


def _rows(
    folder: Path, name: str, columns: list[str], problems: list[str]
) -> list[tuple[int, dict[str, str]]]:
    path = folder / name
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != columns:
                problems.append(f"{name}:1: header must be {','.join(columns)}")
                return []
            return [
                (i + 2, {k: (v or "").strip() for k, v in row.items()})
                for i, row in enumerate(reader)
            ]
    except FileNotFoundError:
        problems.append(f"{name}: missing")
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        problems.append(f"{name}: unreadable ({exc})")
    return []


def fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    names = list(FILES) + sorted(f"i18n/{p.name}" for p in (folder / "i18n").glob("*.csv"))
    for name in names:
        path = folder / name
        if path.exists():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def load_dataset(folder: Path) -> Dataset:
    """Read and validate the dataset in ``folder``."""
    problems: list[str] = []
    try:
        meta = json.loads((folder / "dataset.json").read_text(encoding="utf-8"))
        version = str(meta["version"])
        released = date.fromisoformat(str(meta["released"]))
        if meta.get("dataset") != "customs-desk-codes" or meta.get("schema") != 1:
            problems.append("dataset.json: not a customs-desk-codes dataset of schema 1")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DatasetError([f"dataset.json: {exc}"]) from exc
    data = Dataset(version=version, released=released, fingerprint=fingerprint(folder))

    for line, row in _rows(folder, "sources.csv", SOURCE_COLUMNS, problems):
        if row["id"] in data.sources:
            problems.append(f"sources.csv:{line}: duplicate id {row['id']}")
        data.sources[row["id"]] = Source(row["id"], row["title"], row["year"], row["url"])

    for line, row in _rows(folder, "basel.csv", BASEL_COLUMNS, problems):
        where = f"basel.csv:{line}"
        code = row["code"]
        if not BASEL_CODE_RE.match(code):
            problems.append(f"{where}: '{code}' is not a Basel code")
        if code in data.basel:
            problems.append(f"{where}: duplicate code {code}")
        expected = ANNEX_KINDS.get(row["annex"])
        if expected is None or row["kind"] not in expected or not code.startswith(row["kind"]):
            problems.append(f"{where}: annex {row['annex']} / kind {row['kind']} do not fit {code}")
        start = _date(row["valid_from"], where, problems)
        end = _date(row["valid_to"], where, problems) if row["valid_to"] else None
        if start and end and end <= start:
            problems.append(f"{where}: valid_to must be after valid_from")
        if row["mark"] not in MARKS:
            problems.append(f"{where}: mark must be V, P or M")
        if row["source"] not in data.sources:
            problems.append(f"{where}: unknown source {row['source']}")
        if not row["title"]:
            problems.append(f"{where}: empty title")
        if start is None:
            continue
        data.basel[code] = BaselEntry(
            code,
            row["annex"],
            row["kind"],
            row["group"],
            row["title"],
            row["un_class"],
            start,
            end,
            tuple(row["replaced_by"].split()),
            tuple(row["related"].split()),
            row["decision"],
            row["source"],
            row["mark"],
            row["note"],
        )

    for line, row in _rows(folder, "hs.csv", HS_COLUMNS, problems):
        where = f"hs.csv:{line}"
        key = (row["code"], row["edition"])
        if not HS_CODE_RE.match(row["code"]):
            problems.append(f"{where}: '{row['code']}' is not an HS heading or subheading")
        if row["edition"] not in ("HS2017", "HS2022"):
            problems.append(f"{where}: edition must be HS2017 or HS2022")
        if key in data.hs:
            problems.append(f"{where}: duplicate {row['code']} in {row['edition']}")
        start = _date(row["valid_from"], where, problems)
        end = _date(row["valid_to"], where, problems) if row["valid_to"] else None
        if row["mark"] not in MARKS:
            problems.append(f"{where}: mark must be V, P or M")
        if row["source"] not in data.sources:
            problems.append(f"{where}: unknown source {row['source']}")
        if start is None:
            continue
        data.hs[key] = HsEntry(
            row["code"],
            row["edition"],
            row["level"],
            row["parent"],
            row["title"],
            start,
            end,
            row["source"],
            row["mark"],
            row["note"],
        )
    for (code, edition), entry in data.hs.items():
        if entry.parent and (entry.parent, edition) not in data.hs:
            problems.append(f"hs.csv: {code} ({edition}) has unknown parent {entry.parent}")

    for line, row in _rows(folder, "hints.csv", HINT_COLUMNS, problems):
        if row["basel_code"] not in data.basel:
            problems.append(f"hints.csv:{line}: unknown Basel code {row['basel_code']}")
        if (row["hs_code"], row["hs_edition"]) not in data.hs:
            problems.append(
                f"hints.csv:{line}: unknown HS code {row['hs_code']} {row['hs_edition']}"
            )
        data.hints.append(
            Hint(row["basel_code"], row["hs_code"], row["hs_edition"], row["note"], row["mark"])
        )

    seen: set[str] = set()
    for line, row in _rows(folder, "risk_indicators.csv", RISK_COLUMNS, problems):
        if row["id"] in seen:
            problems.append(f"risk_indicators.csv:{line}: duplicate id {row['id']}")
        seen.add(row["id"])
        data.risk_indicators.append(
            RiskIndicator(row["id"], row["category"], row["text"], row["source"], row["mark"])
        )

    hs_known = data.hs_codes()
    for line, row in _rows(folder, "waste_streams.csv", STREAM_COLUMNS, problems):
        basel = tuple(row["basel_codes"].split())
        hs = tuple(row["hs_codes"].split())
        problems += [
            f"waste_streams.csv:{line}: unknown Basel code {c}"
            for c in basel
            if c not in data.basel
        ]
        problems += [
            f"waste_streams.csv:{line}: unknown HS code {c}" for c in hs if c not in hs_known
        ]
        data.waste_streams.append(WasteStream(row["id"], row["title"], basel, hs))

    hs_codes = data.hs_codes()
    for path in sorted((folder / "i18n").glob("*.csv")):
        language = path.stem
        for line, row in _rows(folder, f"i18n/{path.name}", TITLE_COLUMNS, problems):
            known = (
                data.basel if row["kind"] == "basel" else hs_codes if row["kind"] == "hs" else ()
            )
            if row["code"] not in known:
                problems.append(
                    f"i18n/{path.name}:{line}: unknown {row['kind']} code {row['code']}"
                )
                continue
            if row["title"]:
                data.titles.setdefault((row["code"], row["kind"]), {})[language] = row["title"]

    for basel_entry in data.basel.values():
        for ref in basel_entry.replaced_by + basel_entry.related:
            if ref not in data.basel:
                problems.append(f"basel.csv: {basel_entry.code} refers to unknown code {ref}")
    if problems:
        raise DatasetError(problems)
    return data


def bundled_codes_dir() -> Path:
    return resource_path("codes")


@cache
def bundled_dataset() -> Dataset:
    """The dataset shipped with the program (read once per process)."""
    return load_dataset(bundled_codes_dir())
