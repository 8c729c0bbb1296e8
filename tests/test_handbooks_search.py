"""Search in every member script returns the right paragraphs (test corpus with known text)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from customs_desk.handbooks.library import HandbookLibrary

CORPUS = Path(__file__).parent / "data" / "handbooks"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> HandbookLibrary:
    tmp = tmp_path_factory.mktemp("idx")
    lib = HandbookLibrary([(CORPUS, "bundled")], tmp / "handbooks.sqlite")
    lib.ensure_index()
    return lib


def first(library: HandbookLibrary, query: str) -> str:
    result = library.search(query, limit=5)
    assert result.hits, f"no hit for {query!r}"
    hit = result.hits[0]
    return f"{hit.section}.{hit.paragraph}"


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("lead-acid batteries", "batteries.1"),
        ("sulphuric", "batteries.1"),
        ("sulph", "batteries.1"),  # search as you type: prefix of the last word
        ("Nguyễn Văn An", "vietnamese.1"),
        ("nguyen van an", "vietnamese.1"),  # without diacritics
        ("Trần Thị Bình", "vietnamese.2"),
        ("tran thi binh", "vietnamese.2"),
        ("pin chi hai phong", "vietnamese.1"),
        ("Pelabuhan Klang", "malay.1"),
        ("แบตเตอรี่ตะกั่วกรด", "thai.1"),  # Thai, no spaces between words
        ("สมชาย", "thai.1"),
        ("ที่นี่", "thai.2"),  # stacked tone marks
        ("น้ำทิพย์", "thai.2"),
        ("ស្រីមុំ", "khmer.1"),  # Khmer with a subscript consonant
        ("សំណល់អេឡិចត្រូនិច", "khmer.2"),
        ("王秀英", "chinese.2"),
        ("张伟", "chinese.1"),  # 2-character Chinese name
        ("电子废物", "chinese.1"),
        ("電子廢物", "traditional.1"),
        ("山田太郎", "japanese.1"),
        ("鉛蓄電池", "japanese.1"),
        ("김민", "korean.1"),  # 2-character Korean name
        ("폐전자제품", "korean.1"),
    ],
)
def test_every_script_finds_its_paragraph(library: HandbookLibrary, query: str, where: str) -> None:
    assert first(library, query) == where


def test_thai_does_not_match_without_tone_marks(library: HandbookLibrary) -> None:
    # "ทีนี" (no tone marks) is a different word from "ที่นี่"; it must not be folded away.
    assert library.search("ทีนี").hits == []


def test_single_character_cjk_query(library: HandbookLibrary) -> None:
    sections = {h.section for h in library.search("伟").hits}
    assert sections == {"chinese"}


def test_mixed_script_query_requires_both(library: HandbookLibrary) -> None:
    hits = library.search("码头 张伟").hits
    assert [(h.section, h.paragraph) for h in hits] == [("chinese", 1)]
    assert library.search("码头 山田").hits == []


def test_snippet_highlights_original_text(library: HandbookLibrary) -> None:
    hit = library.search("nguyen").hits[0]
    marked = [hit.snippet[a:b] for a, b in hit.highlights]
    assert marked == ["Nguyễn"]
    hit = library.search("张伟").hits[0]
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["张伟"]


def test_did_you_mean_for_misspelled_latin_words(library: HandbookLibrary) -> None:
    result = library.search("sulfuric")
    assert result.hits == []
    assert result.suggestion == "sulphuric"
    assert library.search("sulphuric").suggestion is None


def test_citation_and_scope_filters(library: HandbookLibrary) -> None:
    hit = library.search("Klang").hits[0]
    assert hit.citation == "test-corpus §malay ¶1"
    assert library.search("Klang", handbook="test-corpus").hits
    assert library.search("Klang", language="th").hits == []
    assert library.search("Klang", language="en").hits


def test_index_is_reused_then_rebuilt_when_content_changes(tmp_path: Path) -> None:
    books = tmp_path / "books"
    shutil.copytree(CORPUS, books)
    lib = HandbookLibrary([(books, "bundled")], tmp_path / "idx" / "h.sqlite")
    assert lib.ensure_index().rebuilt is True
    lib2 = HandbookLibrary([(books, "bundled")], tmp_path / "idx" / "h.sqlite")
    assert lib2.ensure_index().rebuilt is False  # built once per version, not at every start
    chapter = books / "test-corpus" / "01-latin.md"
    chapter.write_text(
        chapter.read_text(encoding="utf-8").replace("Pelabuhan Klang", "Pelabuhan Tanjung Pelepas"),
        encoding="utf-8",
    )
    lib3 = HandbookLibrary([(books, "bundled")], tmp_path / "idx" / "h.sqlite")
    assert lib3.ensure_index().rebuilt is True
    assert lib3.search("Tanjung Pelepas").hits
    assert lib3.search("Klang").hits == []


def test_corrupt_index_is_rebuilt_not_empty(tmp_path: Path) -> None:
    index = tmp_path / "idx" / "h.sqlite"
    lib = HandbookLibrary([(CORPUS, "bundled")], index)
    lib.ensure_index()
    lib.index.close()
    data = bytearray(index.read_bytes())
    data[4096:8192] = b"\xde\xad" * 2048  # damage a page
    index.write_bytes(bytes(data))
    fresh = HandbookLibrary([(CORPUS, "bundled")], index)
    assert [h.section for h in fresh.search("Klang").hits] == ["malay"]
    garbage = HandbookLibrary([(CORPUS, "bundled")], index)
    index.write_bytes(b"not an index at all")
    assert [h.section for h in garbage.search("Klang").hits] == ["malay"]


def test_works_with_a_read_only_install_folder(tmp_path: Path) -> None:
    books = tmp_path / "install" / "handbooks"
    shutil.copytree(CORPUS, books)
    for path in sorted(books.rglob("*"), reverse=True):
        path.chmod(0o555 if path.is_dir() else 0o444)
    books.chmod(0o555)
    try:
        lib = HandbookLibrary([(books, "bundled")], tmp_path / "data" / "index" / "h.sqlite")
        assert lib.search("Klang").hits
        assert not any(p.name.endswith((".sqlite", ".building")) for p in books.rglob("*"))
    finally:
        for path in books.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_broken_or_half_copied_handbooks_are_skipped_and_reported(tmp_path: Path) -> None:
    books = tmp_path / "books"
    shutil.copytree(CORPUS / "test-corpus", books / "good")
    shutil.copytree(CORPUS / "test-corpus", books / "half")
    (books / "half" / "handbook.toml").write_text(
        (books / "half" / "handbook.toml")
        .read_text()
        .replace('id = "test-corpus"', 'id = "half-copied"')
    )
    (books / "half" / "02-asian-scripts.md").unlink()
    (books / "broken").mkdir()
    (books / "broken" / "handbook.toml").write_text("id = [unclosed")
    lib = HandbookLibrary([(books, "bundled")], tmp_path / "h.sqlite")
    infos, problems = lib.discover()
    assert [i.id for i in infos] == ["test-corpus"]
    messages = {p.folder.name: p.message for p in problems}
    assert "missing 02-asian-scripts.md" in messages["half"]
    assert "not valid TOML" in messages["broken"]
    assert lib.search("Klang").hits  # the rest keeps working


def test_newer_installed_version_wins(tmp_path: Path) -> None:
    installed = tmp_path / "data" / "handbooks"
    shutil.copytree(CORPUS / "test-corpus", installed / "test-corpus-1.1.0")
    manifest = installed / "test-corpus-1.1.0" / "handbook.toml"
    manifest.write_text(manifest.read_text().replace('version = "1.0.0"', 'version = "1.1.0"'))
    lib = HandbookLibrary([(CORPUS, "bundled"), (installed, "installed")], tmp_path / "h.sqlite")
    info = lib.info("test-corpus")
    assert (info.version, info.origin) == ("1.1.0", "installed")
