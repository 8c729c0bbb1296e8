"""Reference codes: load versioned datasets into the database, look codes up, check them on a date.

The database holds the dataset in use (bundled with the program, or newer from a signed update
package); the service keeps an in-memory copy for fast lookups and form validation.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.codes.dataset import (
    BASEL_CODE_RE,
    BaselEntry,
    Dataset,
    Hint,
    HsEntry,
    RiskIndicator,
    Source,
    WasteStream,
    fingerprint,
    load_dataset,
)
from customs_desk.codes.models import (
    RefBaselCode,
    RefCodeTitle,
    RefDataset,
    RefHint,
    RefHsCode,
    RefSource,
    RefWasteStream,
    RiskIndicatorRow,
)
from customs_desk.errors import NotFound, UserError, ValidationError
from customs_desk.handbooks.text import fold
from customs_desk.i18n import Msg
from customs_desk.store.audit import append_event
from customs_desk.store.database import Database

log = logging.getLogger(__name__)

HS2022_START = date(2022, 1, 1)
#: Code checks remembered per dataset before the memory is emptied (a few MB at most).
CHECK_MEMORY = 20_000


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", version))


def hs_edition_on(day: date) -> str:
    return "HS2022" if day >= HS2022_START else "HS2017"


def normalise_hs(text: str) -> str | None:
    """'8549.11', '854911', '8549 11', '8549.11.00' -> '8549.11'; '8549' -> '8549'."""
    digits = re.sub(r"[\s.]", "", text.strip())
    if not digits.isdigit() or len(digits) not in (4, 6, 8, 10):
        return None
    return digits[:4] if len(digits) == 4 else f"{digits[:4]}.{digits[4:6]}"


def normalise_basel(text: str) -> str:
    return re.sub(r"\s+", "", text.strip().upper())


@dataclass(frozen=True)
class RiskItem:
    id: str
    category: str
    text: str
    source: str
    mark: str
    origin: str  # "dataset" or "local"
    active: bool


@dataclass(frozen=True)
class CodeMatch:
    code: str
    kind: str  # "basel" or "hs"
    title: str
    local_title: str
    group: str  # annex (Basel) or edition (HS)
    status: str  # "valid", "deleted", "future"
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class CodeCheck:
    code: str
    kind: str
    on: date
    valid: bool
    known: bool
    message: str
    replacements: tuple[str, ...] = ()
    title: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "kind": self.kind,
            "on": self.on.isoformat(),
            "valid": self.valid,
            "known": self.known,
            "message": str(self.message),
            "replacements": list(self.replacements),
            "title": self.title,
        }


@dataclass(frozen=True)
class CodeDetail:
    code: str
    kind: str
    title: str
    local_title: str
    group: str
    annex_or_edition: str
    valid_from: date
    valid_to: date | None
    status: str
    replaced_by: tuple[str, ...]
    replaces: tuple[str, ...]
    related: tuple[str, ...]
    hints: tuple[Hint, ...]
    decision: str
    source: Source | None
    mark: str
    note: str
    un_class: str = ""
    editions: tuple[str, ...] = field(default_factory=tuple)


class CodeService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._cache: Dataset | None = None
        self._lock = threading.Lock()

    # Loading -------------------------------------------------------------------------------
    def active_version(self) -> str | None:
        with self._db.read() as s:
            row = s.scalars(
                select(RefDataset).where(RefDataset.active.is_(True)).order_by(RefDataset.id.desc())
            ).first()
            return row.version if row else None

    def active(self) -> tuple[str, str, str] | None:
        """(version, fingerprint, origin) of the dataset in use."""
        with self._db.read() as s:
            row = s.scalars(
                select(RefDataset).where(RefDataset.active.is_(True)).order_by(RefDataset.id.desc())
            ).first()
            return (row.version, row.fingerprint, row.origin) if row else None

    def ensure_loaded(self, folder: Path) -> bool:
        """Load the bundled dataset when the database has none, an older one, or the same
        version with other content (a development change). Cheap when nothing changed."""
        current = self.active()
        meta = json.loads((folder / "dataset.json").read_text(encoding="utf-8"))
        version = str(meta["version"])
        if current is not None:
            if version_key(current[0]) > version_key(version):
                return False  # a newer dataset came with an update package
            if current[0] == version and current[1] == fingerprint(folder):
                return False
        self.load(load_dataset(folder), origin="bundled")
        return True

    def load(self, data: Dataset, *, origin: str, actor: Actor | None = None) -> None:
        """Replace the reference tables with ``data`` in one transaction."""
        if actor is not None:
            actor.require(Permission.APPLY_UPDATES)
        with self._db.transaction() as s:
            self.load_in(s, data, origin=origin, actor=actor)
        self.forget_cache()

    def forget_cache(self) -> None:
        """Drop the cached dataset (after a transaction that loaded a new one has committed)."""
        with self._lock:
            self._cache = None

    def load_in(
        self, s: Session, data: Dataset, *, origin: str, actor: Actor | None = None
    ) -> None:
        """Replace the reference tables inside the caller's transaction (update packages)."""
        now = self._clock.now()
        for model in (
            RefHint,
            RefCodeTitle,
            RefWasteStream,
            RefBaselCode,
            RefHsCode,
            RefSource,
        ):
            s.execute(delete(model))
        s.execute(delete(RiskIndicatorRow).where(RiskIndicatorRow.origin == "dataset"))
        s.add_all(
            RefSource(id=x.id, title=x.title, year=x.year, url=x.url) for x in data.sources.values()
        )
        s.add_all(
            RefBaselCode(
                code=e.code,
                annex=e.annex,
                kind=e.kind,
                group=e.group,
                title=e.title,
                un_class=e.un_class,
                valid_from=e.valid_from,
                valid_to=e.valid_to,
                replaced_by=" ".join(e.replaced_by),
                related=" ".join(e.related),
                decision=e.decision,
                source=e.source,
                mark=e.mark,
                note=e.note,
            )
            for e in data.basel.values()
        )
        s.add_all(
            RefHsCode(
                code=e.code,
                edition=e.edition,
                level=e.level,
                parent=e.parent,
                title=e.title,
                valid_from=e.valid_from,
                valid_to=e.valid_to,
                source=e.source,
                mark=e.mark,
                note=e.note,
            )
            for e in data.hs.values()
        )
        s.add_all(
            RefHint(
                basel_code=h.basel_code,
                hs_code=h.hs_code,
                hs_edition=h.hs_edition,
                note=h.note,
                mark=h.mark,
            )
            for h in data.hints
        )
        s.add_all(
            RefWasteStream(
                id=w.id,
                title=w.title,
                basel_codes=" ".join(w.basel_codes),
                hs_codes=" ".join(w.hs_codes),
            )
            for w in data.waste_streams
        )
        s.add_all(
            RefCodeTitle(code=code, kind=kind, language=lang, title=title)
            for (code, kind), titles in data.titles.items()
            for lang, title in titles.items()
        )
        local_ids = set(s.scalars(select(RiskIndicatorRow.id)))
        s.add_all(
            RiskIndicatorRow(
                id=r.id,
                category=r.category,
                text=r.text,
                source=r.source,
                mark=r.mark,
                origin="dataset",
                active=True,
            )
            for r in data.risk_indicators
            if r.id not in local_ids
        )
        for previous in s.scalars(select(RefDataset).where(RefDataset.active.is_(True))):
            previous.active = False
        s.add(
            RefDataset(
                version=data.version,
                released=data.released,
                fingerprint=data.fingerprint,
                origin=origin,
                loaded_at=now,
                active=True,
            )
        )
        if actor is not None or origin != "bundled":
            home = actor.post_id if actor else None
            append_event(
                s,
                chain=str(home) if home else "system",
                occurred_at=now,
                actor_id=actor.user_id if actor else None,
                actor_name=actor.name if actor else "Customs Desk",
                action="codes.dataset-loaded",
                entity_type="ref_dataset",
                entity_id=data.version,
                details={"origin": origin, "version": data.version},
            )
        with self._lock:
            self._cache = None
        log.info("reference codes %s loaded (%s)", data.version, origin)

    def dataset(self) -> Dataset:
        """The dataset in use, read once from the database."""
        with self._lock:
            if self._cache is None:
                self._cache = self._read()
            return self._cache

    def _read(self) -> Dataset:
        with self._db.read() as s:
            meta = s.scalars(
                select(RefDataset).where(RefDataset.active.is_(True)).order_by(RefDataset.id.desc())
            ).first()
            if meta is None:
                raise UserError(Msg("No reference codes are loaded."))
            data = Dataset(
                version=meta.version, released=meta.released, fingerprint=meta.fingerprint
            )
            for src in s.scalars(select(RefSource)):
                data.sources[src.id] = Source(src.id, src.title, src.year, src.url)
            for b in s.scalars(select(RefBaselCode)):
                data.basel[b.code] = BaselEntry(
                    b.code,
                    b.annex,
                    b.kind,
                    b.group,
                    b.title,
                    b.un_class,
                    b.valid_from,
                    b.valid_to,
                    tuple(b.replaced_by.split()),
                    tuple(b.related.split()),
                    b.decision,
                    b.source,
                    b.mark,
                    b.note,
                )
            for h in s.scalars(select(RefHsCode)):
                data.hs[(h.code, h.edition)] = HsEntry(
                    h.code,
                    h.edition,
                    h.level,
                    h.parent,
                    h.title,
                    h.valid_from,
                    h.valid_to,
                    h.source,
                    h.mark,
                    h.note,
                )
            data.hints = [
                Hint(h.basel_code, h.hs_code, h.hs_edition, h.note, h.mark)
                for h in s.scalars(select(RefHint).order_by(RefHint.id))
            ]
            data.waste_streams = [
                WasteStream(w.id, w.title, tuple(w.basel_codes.split()), tuple(w.hs_codes.split()))
                for w in s.scalars(select(RefWasteStream))
            ]
            data.risk_indicators = [
                RiskIndicator(r.id, r.category, r.text, r.source, r.mark)
                for r in s.scalars(
                    select(RiskIndicatorRow).where(RiskIndicatorRow.active.is_(True))
                )
            ]
            for t in s.scalars(select(RefCodeTitle)):
                data.titles.setdefault((t.code, t.kind), {})[t.language] = t.title
            return data

    # Look-up -------------------------------------------------------------------------------
    def lookup(
        self, query: str, *, language: str | None = None, on: date | None = None, limit: int = 50
    ) -> list[CodeMatch]:
        data = self.dataset()
        day = on or self._clock.now().date()
        text = query.strip()
        if not text:
            return []
        scored: list[tuple[int, str, CodeMatch]] = []
        code_like = normalise_basel(text)
        hs_like = re.sub(r"[\s.]", "", text)
        terms = fold(text).split()
        for entry in data.basel.values():
            local = data.titles.get((entry.code, "basel"), {}).get(language or "", "")
            score = _score(
                entry.code,
                code_like,
                entry.code,
                terms,
                entry.title,
                local,
                data.titles.get((entry.code, "basel"), {}),
            )
            if score:
                scored.append((score, entry.code, self._match_basel(entry, local, day)))
        seen_hs: set[str] = set()
        editions = sorted({e for _c, e in data.hs}, reverse=True)
        for edition in editions:
            for (code, ed), hs_entry in data.hs.items():
                if ed != edition or code in seen_hs:
                    continue
                local = data.titles.get((code, "hs"), {}).get(language or "", "")
                score = _score(
                    code.replace(".", ""),
                    hs_like,
                    code,
                    terms,
                    hs_entry.title,
                    local,
                    data.titles.get((code, "hs"), {}),
                )
                if score:
                    seen_hs.add(code)
                    scored.append((score, code, self._match_hs(hs_entry, local, day, data)))
        scored.sort(key=lambda item: (-item[0], item[2].status != "valid", item[1]))
        return [match for _s, _c, match in scored[:limit]]

    @staticmethod
    def _status(valid_from: date, valid_to: date | None, day: date) -> str:
        if day < valid_from:
            return "future"
        if valid_to is not None and day >= valid_to:
            return "deleted"
        return "valid"

    def _match_basel(self, e: BaselEntry, local: str, day: date) -> CodeMatch:
        return CodeMatch(
            e.code,
            "basel",
            e.title,
            local,
            f"Annex {e.annex}",
            self._status(e.valid_from, e.valid_to, day),
            e.valid_from,
            e.valid_to,
        )

    def _match_hs(self, e: HsEntry, local: str, day: date, data: Dataset) -> CodeMatch:
        editions = [ed for (c, ed) in data.hs if c == e.code]
        current = data.hs.get((e.code, hs_edition_on(day)))
        status = "valid" if current is not None else self._status(e.valid_from, e.valid_to, day)
        first = min(data.hs[(e.code, ed)].valid_from for ed in editions)
        ends = [data.hs[(e.code, ed)].valid_to for ed in editions]
        last = None if any(x is None for x in ends) else max(x for x in ends if x is not None)
        return CodeMatch(
            e.code, "hs", e.title, local, " ".join(sorted(editions)), status, first, last
        )

    def detail(
        self, code: str, *, language: str | None = None, on: date | None = None
    ) -> CodeDetail:
        data = self.dataset()
        day = on or self._clock.now().date()
        basel = data.basel.get(normalise_basel(code))
        if basel is not None:
            replaces = tuple(
                sorted(e.code for e in data.basel.values() if basel.code in e.replaced_by)
            )
            return CodeDetail(
                code=basel.code,
                kind="basel",
                title=basel.title,
                local_title=data.titles.get((basel.code, "basel"), {}).get(language or "", ""),
                group=basel.group,
                annex_or_edition=f"Annex {basel.annex}",
                valid_from=basel.valid_from,
                valid_to=basel.valid_to,
                status=self._status(basel.valid_from, basel.valid_to, day),
                replaced_by=basel.replaced_by,
                replaces=replaces,
                related=basel.related,
                hints=tuple(h for h in data.hints if h.basel_code == basel.code),
                decision=basel.decision,
                source=data.sources.get(basel.source),
                mark=basel.mark,
                note=basel.note,
                un_class=basel.un_class,
            )
        hs = normalise_hs(code)
        entries = [e for (c, _ed), e in sorted(data.hs.items()) if c == hs]
        if not entries:
            raise NotFound(Msg("{code} is not in the reference tables.", code=code))
        entry = next((e for e in entries if e.edition == hs_edition_on(day)), entries[-1])
        match = self._match_hs(entry, "", day, data)
        return CodeDetail(
            code=entry.code,
            kind="hs",
            title=entry.title,
            local_title=data.titles.get((entry.code, "hs"), {}).get(language or "", ""),
            group=entry.parent,
            annex_or_edition=entry.edition,
            valid_from=match.valid_from,
            valid_to=match.valid_to,
            status=match.status,
            replaced_by=(),
            replaces=(),
            related=tuple(
                sorted(
                    {
                        c
                        for (c, _e) in data.hs
                        if c.startswith(entry.code + ".") or (entry.parent and c == entry.parent)
                    }
                )
            ),
            hints=tuple(h for h in data.hints if h.hs_code == entry.code),
            decision="",
            source=data.sources.get(entry.source),
            mark=entry.mark,
            note=entry.note,
            editions=tuple(sorted(e.edition for e in entries)),
        )

    # Validation ----------------------------------------------------------------------------
    def check(self, code: str, on: date | None = None) -> CodeCheck:
        """Is ``code`` (Basel or HS) valid on ``on``? The message names the fix."""
        day = on or self._clock.now().date()
        text = code.strip()
        if BASEL_CODE_RE.match(normalise_basel(text)):
            return self.check_basel(text, day)
        if normalise_hs(text) is not None:
            return self.check_hs(text, day)
        return CodeCheck(
            text,
            "unknown",
            day,
            False,
            False,
            Msg(
                "'{code}' is neither a Basel code (e.g. A1181, Y49, B3011) nor an HS code (e.g. 8549.11).",
                code=text,
            ),
        )

    def check_basel(self, code: str, day: date) -> CodeCheck:
        return self._remembered("basel", code, day, self._check_basel)

    def check_hs(self, code: str, day: date) -> CodeCheck:
        return self._remembered("hs", code, day, self._check_hs)

    def _remembered(
        self, kind: str, code: str, day: date, check: Callable[[Dataset, str, date], CodeCheck]
    ) -> CodeCheck:
        data = self.dataset()
        key = (kind, code, day)
        found: CodeCheck | None = data.checks.get(key)
        if found is None:
            if len(data.checks) > CHECK_MEMORY:
                data.checks.clear()
            found = data.checks[key] = check(data, code, day)
        return found

    def _check_basel(self, data: Dataset, code: str, day: date) -> CodeCheck:
        normal = normalise_basel(code)
        entry = data.basel.get(normal)
        if entry is None:
            close = difflib.get_close_matches(normal, list(data.basel), n=3, cutoff=0.6)
            hint = Msg(" Did you mean {codes}?", codes=" or ".join(close)) if close else ""
            return CodeCheck(
                normal,
                "basel",
                day,
                False,
                False,
                Msg(
                    "{code} is not a Basel code in the reference tables.{hint}",
                    code=normal,
                    hint=hint,
                ),
                tuple(close),
            )
        if day < entry.valid_from:
            older = tuple(sorted(e.code for e in data.basel.values() if normal in e.replaced_by))
            advice = (
                Msg(" Before that, consider {codes}.", codes=" or ".join(older)) if older else ""
            )
            return CodeCheck(
                normal,
                "basel",
                day,
                False,
                True,
                Msg(
                    "{code} applies only from {start} ({decision}); it did not exist on {day}.{advice}",
                    code=normal,
                    start=entry.valid_from.isoformat(),
                    decision=entry.decision or "amendment",
                    day=day.isoformat(),
                    advice=advice,
                ),
                older,
                entry.title,
            )
        if entry.valid_to is not None and day >= entry.valid_to:
            if len(entry.replaced_by) == 1:
                message = Msg(
                    "{code} was replaced by {new} on {end}.",
                    code=normal,
                    new=entry.replaced_by[0],
                    end=entry.valid_to.isoformat(),
                )
            elif entry.replaced_by:
                message = Msg(
                    "{code} was deleted on {end}; consider {codes}.",
                    code=normal,
                    end=entry.valid_to.isoformat(),
                    codes=" or ".join(entry.replaced_by),
                )
            else:
                message = Msg(
                    "{code} was deleted on {end}.", code=normal, end=entry.valid_to.isoformat()
                )
            return CodeCheck(
                normal, "basel", day, False, True, message, entry.replaced_by, entry.title
            )
        return CodeCheck(
            normal,
            "basel",
            day,
            True,
            True,
            Msg("{code} is valid on {day}.", code=normal, day=day.isoformat()),
            (),
            entry.title,
        )

    def _check_hs(self, data: Dataset, code: str, day: date) -> CodeCheck:
        normal = normalise_hs(code)
        if normal is None:
            return CodeCheck(
                code,
                "hs",
                day,
                False,
                False,
                Msg(
                    "'{code}' is not an HS code; use 4 or 6 digits, e.g. 8549 or 8549.11.",
                    code=code,
                ),
            )
        edition = hs_edition_on(day)
        entry = data.hs.get((normal, edition))
        if entry is not None:
            return CodeCheck(
                normal,
                "hs",
                day,
                True,
                True,
                Msg(
                    "{code} exists in {edition}, the edition in force on {day}.",
                    code=normal,
                    edition=edition,
                    day=day.isoformat(),
                ),
                (),
                entry.title,
            )
        other = sorted(ed for (c, ed) in data.hs if c == normal)
        if other:
            heading = normal[:4]
            moved = tuple(
                h
                for (h, ed), e in data.hs.items()
                if ed == edition
                and (normal in e.note or heading in e.note)
                and re.search(r"\b(moved|former|became|replac)", e.note, re.IGNORECASE)
            )
            advice = Msg(" See {codes}.", codes=" or ".join(sorted(moved)[:3])) if moved else ""
            return CodeCheck(
                normal,
                "hs",
                day,
                False,
                True,
                Msg(
                    "{code} is not in {edition}, the edition in force on {day}; it exists in {other}.{advice}",
                    code=normal,
                    edition=edition,
                    day=day.isoformat(),
                    other=", ".join(other),
                    advice=advice,
                ),
                tuple(sorted(moved)[:3]),
                data.hs[(normal, other[-1])].title,
            )
        return CodeCheck(
            normal,
            "hs",
            day,
            True,
            False,
            Msg(
                "{code} is a well-formed HS code; it is not one of the waste headings in the reference tables.",
                code=normal,
            ),
        )

    # Export --------------------------------------------------------------------------------
    def export_csv(self) -> str:
        data = self.dataset()
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            [
                "code",
                "kind",
                "annex_or_edition",
                "title",
                "valid_from",
                "valid_to",
                "replaced_by",
                "decision",
                "mark",
                "dataset_version",
            ]
        )
        for e in sorted(data.basel.values(), key=lambda x: (x.annex, x.code)):
            writer.writerow(
                [
                    e.code,
                    "basel",
                    e.annex,
                    e.title,
                    e.valid_from.isoformat(),
                    e.valid_to.isoformat() if e.valid_to else "",
                    " ".join(e.replaced_by),
                    e.decision,
                    e.mark,
                    data.version,
                ]
            )
        for (code, edition), h in sorted(data.hs.items()):
            writer.writerow(
                [
                    code,
                    "hs",
                    edition,
                    h.title,
                    h.valid_from.isoformat(),
                    h.valid_to.isoformat() if h.valid_to else "",
                    "",
                    "",
                    h.mark,
                    data.version,
                ]
            )
        return out.getvalue()

    # Risk checklist ------------------------------------------------------------------------
    def risk_indicators(self, *, include_inactive: bool = False) -> list[RiskItem]:
        with self._db.read() as s:
            stmt = select(RiskIndicatorRow).order_by(RiskIndicatorRow.category, RiskIndicatorRow.id)
            if not include_inactive:
                stmt = stmt.where(RiskIndicatorRow.active.is_(True))
            return [
                RiskItem(r.id, r.category, r.text, r.source, r.mark, r.origin, r.active)
                for r in s.scalars(stmt)
            ]

    def add_risk_indicator(self, actor: Actor, category: str, text: str) -> str:
        actor.require(Permission.MANAGE_SETTINGS)
        if not text.strip():
            raise ValidationError({"text": Msg("Describe the indicator.")})
        slug = re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")[:40] or "indicator"
        with self._db.transaction() as s:
            ident = f"local-{slug}"
            n = 2
            while s.get(RiskIndicatorRow, ident) is not None:
                ident = f"local-{slug}-{n}"
                n += 1
            s.add(
                RiskIndicatorRow(
                    id=ident,
                    category=category,
                    text=text.strip(),
                    source="local",
                    mark="V",
                    origin="local",
                    active=True,
                )
            )
            return ident

    def set_risk_indicator_active(self, actor: Actor, ident: str, active: bool) -> None:
        actor.require(Permission.MANAGE_SETTINGS)
        with self._db.transaction() as s:
            row = s.get(RiskIndicatorRow, ident)
            if row is None:
                raise NotFound(Msg("No such risk indicator."))
            row.active = active
        with self._lock:
            self._cache = None


def _score(
    code_key: str,
    query_code: str,
    code: str,
    terms: list[str],
    title: str,
    local: str,
    all_local: dict[str, str],
) -> int:
    if query_code and code_key.upper() == query_code.upper():
        return 1000
    if query_code and len(query_code) >= 2 and code_key.upper().startswith(query_code.upper()):
        return 500 - len(code_key)
    if not terms:
        return 0
    haystacks = [fold(title)] + [fold(t) for t in all_local.values()]
    best = 0
    for index, hay in enumerate(haystacks):
        if all(term in hay for term in terms):
            best = max(best, 100 if index == 0 else 90, 95 if local and fold(local) == hay else 0)
    return best
