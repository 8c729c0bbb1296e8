"""The handbook library: discovery in several folders, parsing on demand, the search index.

Handbooks come from the program's bundled folder (may be read-only) and from
``<data>/handbooks`` (newer versions installed by update packages). For each id the highest
version wins. A broken or half-copied folder is reported with its path and skipped; the rest of
the library keeps working. Discovery reads only manifests and file hashes, so opening the
library is cheap; chapters are parsed when a handbook is opened or the index must be rebuilt.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from customs_desk.errors import NotFound
from customs_desk.handbooks.index import HandbookIndex, IndexCorrupt, Mention, SearchResult
from customs_desk.handbooks.model import Block, Chapter, Handbook, parse_citation
from customs_desk.handbooks.parser import MANIFEST, content_hash, parse_manifest, read_handbook
from customs_desk.i18n import Msg

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HandbookInfo:
    id: str
    title: str
    short_title: str
    version: str
    language: str
    last_reviewed: date
    summary: str
    chapters: int
    variant_of: str | None
    folder: Path
    origin: str  # "bundled" or "installed"
    content_hash: str


@dataclass(frozen=True)
class LibraryProblem:
    folder: Path
    message: str

    def __str__(self) -> str:
        return f"{self.folder}: {self.message}"


@dataclass(frozen=True)
class IndexState:
    rebuilt: bool
    blocks: int


def _version_key(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(x) for x in version.split("."))
    except ValueError:
        return (0,)


class HandbookLibrary:
    def __init__(self, roots: list[tuple[Path, str]], index_path: Path) -> None:
        self._roots = roots
        self.index = HandbookIndex(index_path)
        self._infos: dict[str, HandbookInfo] | None = None
        self._problems: list[LibraryProblem] = []
        self._parsed: dict[str, Handbook] = {}
        self._index_checked = False
        self._lock = threading.RLock()

    # Discovery ------------------------------------------------------------------------------
    def refresh(self) -> None:
        with self._lock:
            self._infos = None
            self._parsed.clear()
            self._index_checked = False
            self.index.close()

    def discover(self) -> tuple[list[HandbookInfo], list[LibraryProblem]]:
        with self._lock:
            if self._infos is None:
                self._infos, self._problems = self._scan()
            infos = sorted(
                self._infos.values(), key=lambda i: (i.variant_of or i.id, i.language != "en", i.id)
            )
            return infos, list(self._problems)

    def _scan(self) -> tuple[dict[str, HandbookInfo], list[LibraryProblem]]:
        found: dict[str, HandbookInfo] = {}
        problems: list[LibraryProblem] = []
        for root, origin in self._roots:
            if not root.is_dir():
                continue
            for folder in sorted(
                p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")
            ):
                if not (folder / MANIFEST).exists():
                    problems.append(LibraryProblem(folder, "no handbook.toml; not a handbook"))
                    continue
                manifest, manifest_problems = parse_manifest(folder)
                if manifest is None:
                    problems.append(
                        LibraryProblem(folder, "; ".join(str(p) for p in manifest_problems[:3]))
                    )
                    continue
                missing = [c for c in manifest.chapters if not (folder / c).is_file()]
                if missing:
                    problems.append(
                        LibraryProblem(folder, f"incomplete copy: missing {', '.join(missing)}")
                    )
                    continue
                try:
                    digest = content_hash(folder)
                except OSError as exc:
                    problems.append(LibraryProblem(folder, f"unreadable: {exc}"))
                    continue
                info = HandbookInfo(
                    id=manifest.id,
                    title=manifest.title,
                    short_title=manifest.short_title,
                    version=manifest.version,
                    language=manifest.language,
                    last_reviewed=manifest.last_reviewed,
                    summary=manifest.summary,
                    chapters=len(manifest.chapters),
                    variant_of=manifest.variant_of,
                    folder=folder,
                    origin=origin,
                    content_hash=digest,
                )
                current = found.get(manifest.id)
                if current is None or _version_key(info.version) > _version_key(current.version):
                    found[manifest.id] = info
        for problem in problems:
            log.warning("handbook skipped: %s", problem)
        return found, problems

    def info(self, handbook_id: str) -> HandbookInfo:
        infos, _ = self.discover()
        for info in infos:
            if info.id == handbook_id:
                return info
        raise NotFound(Msg("No handbook '{id}' in the library.", id=handbook_id))

    # Parsing --------------------------------------------------------------------------------
    def handbook(self, handbook_id: str) -> Handbook:
        with self._lock:
            if handbook_id not in self._parsed:
                info = self.info(handbook_id)
                handbook, problems = read_handbook(info.folder)
                if handbook is None:
                    raise NotFound(
                        Msg(
                            "The handbook '{id}' cannot be opened: {problem}",
                            id=handbook_id,
                            problem=str(problems[0]) if problems else "?",
                        )
                    )
                self._parsed[handbook_id] = handbook
            return self._parsed[handbook_id]

    def locate(self, citation_text: str) -> tuple[Handbook, Chapter, Block | None]:
        parsed = parse_citation(citation_text)
        if parsed is None:
            raise NotFound(Msg("'{text}' is not a handbook citation.", text=citation_text))
        handbook_id, section, number = parsed
        handbook = self.handbook(handbook_id)
        chapter = handbook.chapter_of(section)
        if chapter is None:
            raise NotFound(Msg("No section '{section}' in {id}.", section=section, id=handbook_id))
        block = None
        if number is not None:
            block = next(
                (b for b in chapter.blocks if b.section == section and b.number == number), None
            )
        return handbook, chapter, block

    # Index ----------------------------------------------------------------------------------
    def ensure_index(self, *, force: bool = False) -> IndexState:
        with self._lock:
            if self._index_checked and not force:
                return IndexState(rebuilt=False, blocks=0)
            infos, _ = self.discover()
            expected = {i.id: i.content_hash for i in infos}
            if not force and self.index.is_current(expected):
                self._index_checked = True
                return IndexState(rebuilt=False, blocks=0)
            handbooks = []
            for info in infos:
                try:
                    handbooks.append(self.handbook(info.id))
                except NotFound as exc:
                    self._problems.append(LibraryProblem(info.folder, str(exc)))
            # Fingerprint only what was indexed, so a broken handbook is retried next time.
            blocks = self.index.build(handbooks)
            self._index_checked = True
            return IndexState(rebuilt=True, blocks=blocks)

    def search(
        self,
        query: str,
        *,
        handbook: str | None = None,
        language: str | None = None,
        limit: int = 20,
    ) -> SearchResult:
        self.ensure_index()
        try:
            return self.index.search(query, handbook=handbook, language=language, limit=limit)
        except IndexCorrupt as exc:
            log.warning("handbook index damaged (%s); rebuilding", exc)
            self.ensure_index(force=True)
            return self.index.search(query, handbook=handbook, language=language, limit=limit)

    def mentions(self, code: str) -> list[Mention]:
        self.ensure_index()
        try:
            return self.index.mentions(code)
        except IndexCorrupt:
            self.ensure_index(force=True)
            return self.index.mentions(code)

    def languages(self) -> list[str]:
        infos, _ = self.discover()
        return sorted({i.language for i in infos})
