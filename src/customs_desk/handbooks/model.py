"""Plain data describing a parsed handbook."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ANCHOR_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-zA-Z_-]+)?$")
LANGUAGES = ("en", "zh-Hans", "zh-Hant-HK", "ja", "ko", "th", "vi", "id", "ms", "km")
#: Scripts written without spaces between words: searched by character n-grams, not words.
BOX_KINDS = ("note", "tip", "warning", "example", "unconfirmed")


@dataclass(frozen=True)
class SourceRef:
    id: str
    title: str
    year: int | None
    url: str


@dataclass(frozen=True)
class Manifest:
    id: str
    title: str
    short_title: str
    version: str
    language: str
    last_reviewed: date
    summary: str
    chapters: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    variant_of: str | None = None


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    level: int  # 1 = chapter heading, 2, 3
    line: int
    chapter: str  # chapter file name


@dataclass(frozen=True)
class Block:
    """A citable unit: a paragraph, a list item, a table, a box, a quote or a code block."""

    kind: str
    section: str
    number: int
    text: str
    line: int
    box_kind: str = ""

    @property
    def dom_anchor(self) -> str:
        return f"p-{self.section}-{self.number}"


@dataclass(frozen=True)
class Link:
    target: str
    text: str
    line: int


@dataclass
class Chapter:
    file: str
    anchor: str
    title: str
    html: str
    sections: list[Section] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    images: list[Link] = field(default_factory=list)


@dataclass
class Handbook:
    manifest: Manifest
    path: Path
    chapters: list[Chapter]
    content_hash: str

    @property
    def id(self) -> str:
        return self.manifest.id

    def sections(self) -> list[Section]:
        return [s for c in self.chapters for s in c.sections]

    def section(self, anchor: str) -> Section | None:
        return next((s for s in self.sections() if s.anchor == anchor), None)

    def chapter_of(self, anchor: str) -> Chapter | None:
        for chapter in self.chapters:
            if any(s.anchor == anchor for s in chapter.sections):
                return chapter
        return None

    def blocks(self) -> list[Block]:
        return [b for c in self.chapters for b in c.blocks]


def citation(handbook_id: str, section: str, number: int) -> str:
    """The human citation, e.g. ``basel-at-the-border §take-back-clocks ¶3``."""
    return f"{handbook_id} §{section} ¶{number}"


CITATION_RE = re.compile(r"^\s*([a-z0-9.-]+)\s+§([a-z0-9-]+)(?:\s+¶(\d+))?\s*$", re.IGNORECASE)


def parse_citation(text: str) -> tuple[str, str, int | None] | None:
    match = CITATION_RE.match(text)
    if not match:
        return None
    number = int(match.group(3)) if match.group(3) else None
    return match.group(1), match.group(2), number
