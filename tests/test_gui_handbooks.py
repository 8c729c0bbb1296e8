"""The handbook reader as an officer uses it: search, open the hit, cite, bookmark, note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.handbooks.library import HandbookLibrary
from customs_desk.ui.handbooks.page import HandbooksPage

pytestmark = pytest.mark.gui
CORPUS = Path(__file__).parent / "data" / "handbooks"


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, officer: Actor, tmp_path: Path) -> HandbooksPage:
    library = HandbookLibrary([(CORPUS, "bundled")], tmp_path / "idx.sqlite")
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    widget = HandbooksPage(library, ctx.annotations, officer, settings)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget._index_ready, timeout=10000)
    return widget


def selected_texts(page: HandbooksPage) -> list[str]:
    return [s.cursor.selectedText() for s in page.reader.browser.extraSelections()]


def test_search_as_you_type_and_open_hit_at_paragraph(qtbot: QtBot, page: HandbooksPage) -> None:
    assert page.cards.count() == 1
    qtbot.keyClicks(page.search, "nguyen van")
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=3000)
    assert page.tabs.currentWidget() is page.results
    hit = page.last_result.hits[0]  # type: ignore[union-attr]
    assert hit.citation == "test-corpus §vietnamese ¶1"
    page.results.itemClicked.emit(page.results.item(0))
    assert page.reader.current_paragraph == "p-vietnamese-1"
    texts = selected_texts(page)
    assert "Nguyễn" in texts and "Văn" in texts  # the match is highlighted, accents kept
    assert page.copy_citation_text() == "test-corpus §vietnamese ¶1"
    assert QGuiApplication.clipboard().text() == "test-corpus §vietnamese ¶1"


def test_two_character_chinese_and_thai_hits_open(qtbot: QtBot, page: HandbooksPage) -> None:
    page.search.setText("张伟")
    page.run_search()
    page.results.itemClicked.emit(page.results.item(0))
    assert page.reader.current_paragraph == "p-chinese-1"
    assert "张伟" in selected_texts(page)
    page.search.setText("ที่นี่")
    page.run_search()
    page.results.itemClicked.emit(page.results.item(0))
    assert page.reader.current_paragraph == "p-thai-2"


def test_did_you_mean(qtbot: QtBot, page: HandbooksPage) -> None:
    page.search.setText("sulfuric")
    page.run_search()
    assert "Did you mean" in page.status.text()
    page._suggestion_clicked("sulphuric")
    assert page.search.text() == "sulphuric" and page.results.count() == 1


def test_bookmark_and_note_show_in_notes_list(
    qtbot: QtBot, page: HandbooksPage, ctx: AppContext, officer: Actor
) -> None:
    page.open_handbook("test-corpus")
    assert page.contents.topLevelItemCount() == 2
    page.reader.open_citation("test-corpus", "malay", 1)
    page.reader._annotate("note", "Port Klang contact: check the profile")
    page.reader.open_citation("test-corpus", "batteries", 1)
    page.reader.bookmark_current()
    assert page.notes.count() == 2
    assert "✎" in page.reader.browser.toPlainText() or "🔖" in page.reader.browser.toPlainText()
    page.notes_filter.setText("klang")
    assert page.notes.count() == 1
    notes = ctx.annotations.list(officer)
    assert {n.citation for n in notes} == {"test-corpus §malay ¶1", "test-corpus §batteries ¶1"}


def test_back_forward_zoom_find_and_print(
    qtbot: QtBot, page: HandbooksPage, tmp_path: Path
) -> None:
    page.open_handbook("test-corpus")
    page.reader.open_section("test-corpus", "korean")
    assert page.reader.back_action.isEnabled()
    page.reader.back()
    assert page.reader.forward_action.isEnabled()
    page.reader.forward()
    page.reader.show_find()
    page.reader.find_edit.setText("김민")
    assert page.reader.find_next() is True
    page.reader.find_edit.setText("no such text anywhere")
    assert page.reader.find_next() is False
    pdf = page.reader.print_pdf(str(tmp_path / "chapter.pdf"))
    assert pdf and Path(pdf).read_bytes().startswith(b"%PDF")


def test_code_links_are_routed(qtbot: QtBot, page: HandbooksPage) -> None:
    page.reader.open_citation("test-corpus", "batteries", 2)
    with qtbot.waitSignal(page.code_requested) as signal:
        page.reader._link(QUrl("code:A1160"))
    assert signal.args == ["A1160"]
