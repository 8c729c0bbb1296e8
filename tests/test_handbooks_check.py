"""``handbooks check`` finds each kind of problem, with file and line; the bundled library is clean."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from customs_desk.cli import main
from customs_desk.codes.dataset import bundled_dataset
from customs_desk.handbooks.check import check_folders, codes_in_text, find_handbook_folders
from customs_desk.handbooks.parser import parse_chapter
from customs_desk.resources import bundled_handbooks_dir

CORPUS = Path(__file__).parent / "data" / "handbooks" / "test-corpus"


def test_bundled_handbooks_pass_the_check() -> None:
    report = check_folders(find_handbook_folders(bundled_handbooks_dir()), bundled_dataset())
    assert [str(p) for p in report.problems] == []
    assert {
        "basel-at-the-border",
        "identifying-hazardous-waste",
        "used-eee-or-ewaste",
        "country-profiles",
        "quick-reference",
    } <= set(report.handbooks)


def test_bundled_handbooks_name_only_known_codes() -> None:
    """The code-reference test: every Basel/HS code in the text exists in the reference tables."""
    dataset = bundled_dataset()
    from customs_desk.handbooks.library import HandbookLibrary

    library = HandbookLibrary([(bundled_handbooks_dir(), "bundled")], Path("unused"))
    named_basel: set[str] = set()
    for info in library.discover()[0]:
        for block in library.handbook(info.id).blocks():
            basel, hs = codes_in_text(block.text)
            assert basel <= set(dataset.basel), (info.id, block.section, basel - set(dataset.basel))
            assert hs <= dataset.hs_codes(), (info.id, block.section, hs - dataset.hs_codes())
            named_basel |= basel
    # The amendments the handbooks must explain are named somewhere.
    assert {"A1180", "A1181", "Y48", "Y49", "B3010", "B3011", "A3210"} <= named_basel


def test_code_pattern() -> None:
    basel, hs = codes_in_text(
        "A1181 and Y49 replaced A1180; H6.1 and R4; HS 8549.11 and 3915.10 but not 2021, "
        "not BC-15/18, not A4 paper, not https://x.org/Y2023/A1234"
    )
    assert basel == {"A1181", "Y49", "A1180", "H6.1", "R4"}
    assert hs == {"8549.11", "3915.10"}


def make_broken(tmp: Path) -> Path:
    folder = tmp / "broken-book"
    shutil.copytree(CORPUS, folder)
    (folder / "handbook.toml").write_text(
        (folder / "handbook.toml")
        .read_text()
        .replace('id = "test-corpus"', 'id = "broken-book"')
        .replace('version = "1.0.0"', 'version = "one"')
    )
    chapter = folder / "01-latin.md"
    text = chapter.read_text(encoding="utf-8")
    text = text.replace("## Malay {#malay}", "## Malay {#batteries}")  # duplicate anchor
    text = text.replace(
        "Penghantaran",
        "See [the clocks](#no-such-anchor), [Z](code:Z9999), "
        "[other](hb:nowhere#x), ![photo](images/missing.png) and A9999. Penghantaran",
    )
    chapter.write_text(text, encoding="utf-8")
    (folder / "99-stray.md").write_text("# Stray {#stray}\n")
    return folder


def test_check_reports_each_problem_with_file_and_line(tmp_path: Path) -> None:
    folder = make_broken(tmp_path)
    # A bad version is a manifest error; fix it to see the chapter problems as well.
    report = check_folders([folder], bundled_dataset())
    assert any("version" in p.message and p.file.endswith("handbook.toml") for p in report.problems)
    manifest = folder / "handbook.toml"
    manifest.write_text(manifest.read_text().replace('version = "one"', 'version = "1.0.0"'))
    report = check_folders([folder], bundled_dataset())
    messages = [(Path(p.file).name, p.line, p.message) for p in report.problems]
    chapter_line = next(
        i
        for i, text in enumerate((folder / "01-latin.md").read_text().splitlines(), 1)
        if "Penghantaran" in text
    )
    assert ("01-latin.md", 17, "duplicate anchor 'batteries'") in messages
    assert (
        "01-latin.md",
        chapter_line,
        "broken link '#no-such-anchor': no such anchor in this handbook",
    ) in messages
    assert ("01-latin.md", chapter_line, "link to unknown Basel code 'Z9999'") in messages
    assert (
        "01-latin.md",
        chapter_line,
        "broken link 'hb:nowhere#x': no handbook 'nowhere'",
    ) in messages
    assert ("01-latin.md", chapter_line, "missing image 'images/missing.png'") in messages
    assert (
        "01-latin.md",
        chapter_line,
        "unknown Basel code A9999 (not in the reference tables)",
    ) in messages
    assert ("99-stray.md", 1, "this Markdown file is not listed in 'chapters'") in messages


def test_heading_without_anchor_and_missing_sources() -> None:
    _chapter, problems = parse_chapter("# Title {#t}\n\n## No anchor\n\nText.\n", "x.md", Path())
    messages = [p.message for p in problems]
    assert "heading 'No anchor' has no {#anchor}" in messages
    assert any("must end with a '## Sources" in m for m in messages)


def test_cli_check_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["handbooks", "check"]) == 0
    assert "0 problems" in capsys.readouterr().out
    folder = make_broken(tmp_path)
    code = main(["handbooks", "check", str(folder), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and report["ok"] is False and report["problems"]
    assert all({"file", "line", "message"} <= set(p) for p in report["problems"])


def test_cli_search_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["handbooks", "search", "A1181", "--data-dir", str(tmp_path), "--limit", "3", "--json"]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and 0 < len(data["hits"]) <= 3
    hit = data["hits"][0]
    assert {"handbook", "section", "citation", "snippet", "score"} <= set(hit)
    assert hit["citation"].startswith(hit["handbook"] + " §" + hit["section"])
    code = main(["handbooks", "list", "--data-dir", str(tmp_path), "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert code == 0 and any(h["id"] == "basel-at-the-border" for h in listed["handbooks"])
