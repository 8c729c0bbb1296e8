"""``scripts/handbook_stats.py`` on the bundled handbooks, and docs/handbooks.md kept in step with it.

The statistics table in docs/handbooks.md is pasted from the script's output. These tests fail when
a handbook's length there drifts more than 5% from what the script counts now, or when a manifest
source is missing from the page: rerun ``scripts/handbook_stats.py`` (and ``--sources``) and paste.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
HANDBOOKS = ROOT / "handbooks"
DOC = ROOT / "docs" / "handbooks.md"
MAIN = (
    "basel-at-the-border",
    "identifying-hazardous-waste",
    "used-eee-or-ewaste",
    "country-profiles",
    "good-practices",
)
ROW_RE = re.compile(r"^\| `(?P<id>[a-zA-Z0-9._-]+)` \| (?P<cells>.*)\|$")


def load_script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "handbook_stats_script", ROOT / "scripts" / "handbook_stats.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["handbook_stats_script"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> Any:
    return load_script()


@pytest.fixture(scope="module")
def stats(script: Any) -> dict[str, Any]:
    return {s.id: s for s in script.collect(HANDBOOKS)}


def doc_rows(columns: int) -> list[tuple[str, list[str]]]:
    """Every stats row in docs/handbooks.md (the full table and the per-handbook copies): rows
    that start with a handbook id and have the script's number of columns."""
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = ROW_RE.match(line)
        if match:
            cells = [c.strip() for c in match["cells"].split("|")]
            if len(cells) == columns - 1:
                rows.append((match["id"], cells))
    return rows


def test_every_bundled_handbook_is_counted(stats: dict[str, Any]) -> None:
    folders = {p.name for p in HANDBOOKS.iterdir() if (p / "handbook.toml").is_file()}
    assert len(stats) == len(folders)
    assert set(MAIN) | {"quick-reference"} <= set(stats)


@pytest.mark.parametrize("handbook_id", MAIN)
def test_main_handbooks_have_tables_checklists_and_sources(
    stats: dict[str, Any], handbook_id: str
) -> None:
    s = stats[handbook_id]
    assert s.language == "en"
    assert s.length_unit == "words"
    assert s.length > 3000
    assert s.tables >= 1
    assert s.checklists >= 1
    assert s.checklist_items >= s.checklists
    assert s.sources >= 5
    assert s.source_citations >= s.chapters  # every chapter ends with a Sources list
    assert s.codes >= 1


def test_every_handbook_lists_sources_and_has_text(stats: dict[str, Any]) -> None:
    for s in stats.values():
        assert s.sources >= 1, s.id
        assert s.length > 0, s.id
        assert s.chapters >= 1, s.id


def test_scripts_without_spaces_are_counted_in_characters(stats: dict[str, Any]) -> None:
    units = {s.language: s.length_unit for s in stats.values()}
    for language in ("zh-Hans", "zh-Hant-HK", "ja", "th", "km"):
        assert units[language] == "characters"
    for language in ("en", "id", "ms", "vi", "ko"):
        assert units[language] == "words"
    # The same four cards: a translation's length is of the same order as the English one.
    english = stats["quick-reference"].length
    for s in stats.values():
        if s.variant_of == "quick-reference" and s.length_unit == "words":
            assert 0.5 * english < s.length < 2 * english, s.id


def test_word_and_character_counting(script: Any) -> None:
    assert script.count_words("Art. 9(2): 30 days - see 17,486 t") == 7  # "-" is not a word
    # Thai vowel and tone marks are combining marks and count; spaces and punctuation do not.
    assert script.count_characters("ตู้ คอนเทนเนอร์.") == len("ตู้คอนเทนเนอร์")
    assert script.count_characters("电子废物，A1181") == 9
    assert script.length_of("一 二", "ja") == (2, "characters")
    assert script.length_of("one two", "ms") == (2, "words")


def test_counts_follow_the_parser(script: Any, tmp_path: Path) -> None:
    """Tables, task lists (also inside a box), boxes, codes and sources on a small handbook."""
    book = tmp_path / "mini"
    book.mkdir()
    (book / "handbook.toml").write_text(
        'id = "mini"\ntitle = "Mini"\nversion = "1.2.3"\nlanguage = "en"\n'
        'last_reviewed = 2026-11-27\nchapters = ["01.md"]\n\n'
        '[[sources]]\nid = "basel"\ntitle = "Basel Convention"\nyear = 1989\n',
        encoding="utf-8",
    )
    (book / "01.md").write_text(
        "# One {#one}\n\nFive words in this paragraph.\n\n"
        "| Code | HS |\n|---|---|\n| [A1181](code:A1181) | 8549.21 |\n\n"
        "- [ ] first check\n- [ ] second check\n\n"
        "::: unconfirmed Title words are not counted\nY49 to be confirmed.\n:::\n\n"
        "::: warning\n- [ ] boxed check\n:::\n\n"
        "## Sources {#one-sources}\n\n- Basel Convention, 1989 (not counted).\n",
        encoding="utf-8",
    )
    [s] = script.collect(book)
    assert (s.id, s.version, s.chapters) == ("mini", "1.2.3", 1)
    assert s.length == 5 + 4 + 4 + 4 + 2  # paragraph, table cells, items, box bodies
    assert s.tables == 1
    assert (s.checklists, s.checklist_items) == (2, 3)
    assert s.boxes["unconfirmed"] == 1 and s.boxes["warning"] == 1 and s.info_boxes == 1
    assert (s.basel_codes, s.hs_codes) == (["A1181", "Y49"], ["8549.21"])
    assert (s.sources, s.source_citations) == (1, 1)


def test_script_prints_and_writes_nothing(
    script: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    books = tmp_path / "handbooks"
    shutil.copytree(HANDBOOKS / "quick-reference", books / "quick-reference")
    before = sorted((p.relative_to(books), p.stat().st_mtime_ns) for p in books.rglob("*"))
    assert script.main([str(books), "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["id"] == "quick-reference" and entry["codes"] == 5
    assert script.main([str(books)]) == 0
    assert "| `quick-reference` | en |" in capsys.readouterr().out
    assert script.main([str(books), "--sources"]) == 0
    assert "`basel-convention`" in capsys.readouterr().out
    after = sorted((p.relative_to(books), p.stat().st_mtime_ns) for p in books.rglob("*"))
    assert after == before


def test_doc_table_matches_the_script(script: Any, stats: dict[str, Any]) -> None:
    rows = doc_rows(len(script.COLUMNS))
    assert {handbook_id for handbook_id, _ in rows} == set(stats), "rerun the script and paste"
    for handbook_id, cells in rows:
        s = stats[handbook_id]
        language, _version, chapters, length = cells[:4]
        number, unit = length.split()
        documented = int(number.replace(",", ""))
        assert unit == s.length_unit, handbook_id
        assert abs(documented - s.length) <= 0.05 * s.length, (
            f"{handbook_id}: docs/handbooks.md says {documented} {unit}, the script counts "
            f"{s.length}; rerun scripts/handbook_stats.py and paste its table"
        )
        assert (language, int(chapters)) == (s.language, s.chapters), handbook_id


def doc_sections() -> dict[str, str]:
    """The per-handbook sections of docs/handbooks.md: ``### Title (`id`) ...`` up to the next."""
    sections: dict[str, str] = {}
    for part in re.split(r"(?m)^### ", DOC.read_text(encoding="utf-8"))[1:]:
        heading = part.split("\n", 1)[0]
        match = re.search(r"\(`([a-z0-9.-]+)`\)", heading)
        if match:
            sections[match[1]] = part
    return sections


def test_doc_lists_every_manifest_source_under_its_handbook(script: Any) -> None:
    sections = doc_sections()
    assert set(MAIN) | {"quick-reference"} <= set(sections)
    listed = script.markdown_sources(HANDBOOKS)
    for block in listed.split("#### ")[1:]:
        handbook_id = block[1 : block.index("`", 1)]
        for source_id in re.findall(r"(?m)^- `([a-z0-9-]+)`:", block):
            assert f"- `{source_id}`:" in sections[handbook_id], (
                f"{handbook_id}: source {source_id} is not listed in docs/handbooks.md; "
                "paste the output of scripts/handbook_stats.py --sources"
            )
        assert "Facts still to confirm" in sections[handbook_id], handbook_id
