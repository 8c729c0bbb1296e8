"""Statistics of the bundled handbooks, read with the project's own parser.

    .venv/bin/python scripts/handbook_stats.py [FOLDER] [--json | --sources]

FOLDER is a handbook folder or a folder of handbook folders (default: the bundled ``handbooks/``).
Prints a Markdown table (or JSON with ``--json``) with, per handbook: id, language, version,
chapters, length, tables, checklists, boxes, codes named and sources; ``--sources`` prints each
handbook's manifest ``[[sources]]`` as Markdown lists instead. The script only reads: it
writes no file (not even ``__pycache__``) and uses no network.

How things are counted (all from :func:`customs_desk.handbooks.parser.read_handbook`):

- Length: the text of every citable block (paragraphs, list items, table cells, box bodies,
  quotes), without headings, box titles, link targets and the ``## Sources`` sections. For
  space-separated scripts it is a count of words (whitespace-separated tokens holding a letter or
  a digit); for Chinese, Japanese, Thai and Khmer, written without spaces between words, it is a
  count of characters (letters, digits and combining marks; no spaces or punctuation). The
  ``length`` column says which.
- Tables: GFM pipe tables (``<table>`` in the rendered chapter; boxes are drawn as tables with a
  ``box`` class and are not counted).
- Checklists: task lists (``<ul class="contains-task-list">``), and their ``- [ ]`` items. The
  format has no checklist container kind (docs/handbook-format.md), so task lists are all there is.
- Boxes: ``:::`` containers by kind; ``unconfirmed`` boxes are counted apart.
- Codes: distinct Basel and HS codes written in the text or linked with ``code:``/``hs:``, found
  with :func:`customs_desk.handbooks.check.codes_in_text` (Sources sections included, URLs not).
- Sources: ``[[sources]]`` entries in the manifest, and bullets in the chapters' Sources sections.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

if __name__ == "__main__":
    sys.dont_write_bytecode = True  # read only: leave no __pycache__ behind

from customs_desk.handbooks.check import codes_in_text, find_handbook_folders
from customs_desk.handbooks.model import BOX_KINDS, Handbook
from customs_desk.handbooks.parser import read_handbook

ROOT = Path(__file__).resolve().parent.parent
#: Languages written without spaces between words: their length is counted in characters.
CHARACTER_LANGUAGES = frozenset({"zh-Hans", "zh-Hant-HK", "ja", "th", "km"})
WORD_RE = re.compile(r"\S+")
HAS_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
TABLE_RE = re.compile(r"<table>")
TASK_LIST_RE = re.compile(r'<ul class="contains-task-list"')
TASK_ITEM_RE = re.compile(r'<li class="task-list-item"')


@dataclass
class HandbookStats:
    id: str
    language: str
    version: str
    chapters: int
    length: int
    length_unit: str  # "words" or "characters"
    tables: int
    checklists: int
    checklist_items: int
    boxes: dict[str, int] = field(default_factory=dict)
    basel_codes: list[str] = field(default_factory=list)
    hs_codes: list[str] = field(default_factory=list)
    sources: int = 0
    source_citations: int = 0
    variant_of: str | None = None

    @property
    def info_boxes(self) -> int:
        """Note, tip, warning and example boxes."""
        return sum(n for kind, n in self.boxes.items() if kind != "unconfirmed")

    @property
    def codes(self) -> int:
        return len(self.basel_codes) + len(self.hs_codes)

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["codes"] = self.codes
        return data


def is_sources_section(anchor: str) -> bool:
    return anchor.endswith("-sources")


def count_words(text: str) -> int:
    return sum(1 for token in WORD_RE.findall(text) if HAS_LETTER_OR_DIGIT.search(token))


def count_characters(text: str) -> int:
    """Letters, digits and combining marks (Thai and Khmer vowel signs count as characters)."""
    return sum(1 for ch in text if unicodedata.category(ch)[0] in "LMN")


def length_of(text: str, language: str) -> tuple[int, str]:
    if language in CHARACTER_LANGUAGES:
        return count_characters(text), "characters"
    return count_words(text), "words"


def handbook_stats(handbook: Handbook) -> HandbookStats:
    manifest = handbook.manifest
    body: list[str] = []
    basel: set[str] = set()
    hs: set[str] = set()
    boxes = dict.fromkeys(BOX_KINDS, 0)
    source_citations = 0
    tables = checklists = items = 0
    for chapter in handbook.chapters:
        tables += len(TABLE_RE.findall(chapter.html))
        checklists += len(TASK_LIST_RE.findall(chapter.html))
        items += len(TASK_ITEM_RE.findall(chapter.html))
        for block in chapter.blocks:
            found_basel, found_hs = codes_in_text(block.text)
            basel |= found_basel
            hs |= found_hs
            if is_sources_section(block.section):
                if block.kind == "item":
                    source_citations += 1
                continue
            body.append(block.text)
            if block.kind == "box":
                boxes[block.box_kind] = boxes.get(block.box_kind, 0) + 1
        for link in chapter.links:
            if link.target.startswith("code:"):
                basel.add(link.target[5:])
            elif link.target.startswith("hs:"):
                hs.add(link.target[3:])
    length, unit = length_of("\n".join(body), manifest.language)
    return HandbookStats(
        id=manifest.id,
        language=manifest.language,
        version=manifest.version,
        chapters=len(handbook.chapters),
        length=length,
        length_unit=unit,
        tables=tables,
        checklists=checklists,
        checklist_items=items,
        boxes=boxes,
        basel_codes=sorted(basel),
        hs_codes=sorted(hs),
        sources=len(manifest.sources),
        source_citations=source_citations,
        variant_of=manifest.variant_of,
    )


def collect(path: Path) -> list[HandbookStats]:
    """Stats of every handbook under ``path``; raises SystemExit if one cannot be read."""
    stats: list[HandbookStats] = []
    for folder in find_handbook_folders(path):
        handbook, problems = read_handbook(folder)
        if handbook is None:
            first = problems[0] if problems else "unknown problem"
            raise SystemExit(f"{folder}: cannot be read: {first}")
        stats.append(handbook_stats(handbook))
    stats.sort(key=lambda s: (s.variant_of or s.id, s.variant_of is not None, s.id))
    return stats


COLUMNS = (
    "Handbook",
    "Lang",
    "Version",
    "Chapters",
    "Length",
    "Tables",
    "Checklists (items)",
    "Boxes: note/tip/warning/example",
    "Unconfirmed boxes",
    "Codes: Basel + HS",
    "Sources (manifest)",
    "Source citations",
)


def markdown_table(stats: list[HandbookStats]) -> str:
    lines = [
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join("---" if i == 0 else "--:" for i in range(len(COLUMNS))) + "|",
    ]
    for s in stats:
        cells = (
            f"`{s.id}`",
            s.language,
            s.version,
            str(s.chapters),
            f"{s.length:,} {s.length_unit}",
            str(s.tables),
            f"{s.checklists} ({s.checklist_items})",
            "{} ({})".format(s.info_boxes, "/".join(str(s.boxes.get(k, 0)) for k in BOX_KINDS[:4])),
            str(s.boxes.get("unconfirmed", 0)),
            f"{s.codes} ({len(s.basel_codes)} + {len(s.hs_codes)})",
            str(s.sources),
            str(s.source_citations),
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def markdown_sources(path: Path) -> str:
    """Each handbook's ``[[sources]]``, as in its manifest (translated variants are skipped)."""
    out: list[str] = []
    for folder in find_handbook_folders(path):
        handbook, _ = read_handbook(folder)
        if handbook is None or handbook.manifest.variant_of:
            continue
        manifest = handbook.manifest
        out.append(f"#### `{manifest.id}` ({len(manifest.sources)} sources)\n")
        for source in manifest.sources:
            year = f", {source.year}" if source.year else ""
            url = f" <{source.url}>" if source.url else ""
            out.append(f"- `{source.id}`: {source.title}{year}.{url}")
        out.append("")
    return "\n".join(out).rstrip("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=ROOT / "handbooks",
        help="a handbook folder or a folder of handbooks (default: handbooks/)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    output.add_argument(
        "--sources", action="store_true", help="print each handbook's manifest sources instead"
    )
    args = parser.parse_args(argv)
    if args.sources:
        print(markdown_sources(args.folder))
        return 0
    stats = collect(args.folder)
    if args.json:
        print(json.dumps([s.as_json() for s in stats], ensure_ascii=False, indent=2))
    else:
        print(markdown_table(stats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
