"""The quick reference cards exist in every shipped language and are searchable in each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from customs_desk.handbooks.library import HandbookLibrary
from customs_desk.resources import bundled_handbooks_dir

QUERIES = Path(__file__).parent / "data" / "card-queries"
LANGUAGES = ["zh_CN", "zh_HK", "ja", "ko", "th", "vi", "id", "ms", "km"]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> HandbookLibrary:
    lib = HandbookLibrary(
        [(bundled_handbooks_dir(), "bundled")], tmp_path_factory.mktemp("i") / "h.sqlite"
    )
    lib.ensure_index()
    return lib


def cases() -> list[tuple[str, str, str, str]]:
    out = []
    for language in LANGUAGES:
        spec = json.loads((QUERIES / f"{language}.json").read_text(encoding="utf-8"))
        out += [(language, spec["handbook"], q["query"], q["section"]) for q in spec["queries"]]
    return out


def test_every_language_has_the_four_cards(library: HandbookLibrary) -> None:
    original = library.handbook("quick-reference")
    anchors = {s.anchor for s in original.sections()}
    for language in LANGUAGES:
        variant = library.handbook(f"quick-reference.{language}")
        assert variant.manifest.variant_of == "quick-reference"
        assert [c.file for c in variant.chapters] == [c.file for c in original.chapters]
        assert {s.anchor for s in variant.sections()} == anchors


@pytest.mark.parametrize(("language", "handbook", "query", "section"), cases())
def test_cards_are_found_by_search_in_each_language(
    library: HandbookLibrary, language: str, handbook: str, query: str, section: str
) -> None:
    hits = library.search(query, handbook=handbook, limit=5).hits
    assert section in {h.section for h in hits}, (language, query, [h.citation for h in hits])
    # Across all handbooks too (the officer does not have to pick the language first).
    everywhere = library.search(query, limit=20).hits
    assert any(h.handbook == handbook for h in everywhere)
