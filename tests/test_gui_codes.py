"""The Codes view and the decision aids as an officer uses them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QUrl
from pytestqt.qtbot import QtBot

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.ui.codes.aid_dialog import DecisionAidDialog
from customs_desk.ui.codes.page import CodeListModel, CodesPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, officer: Actor) -> CodesPage:
    widget = CodesPage(ctx.codes, ctx.handbooks, ctx.decision_aids, officer, "zh_CN")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_search_and_detail_with_replacements_and_handbook_links(
    qtbot: QtBot, page: CodesPage
) -> None:
    page.on_date.setDate(QDate(2026, 3, 1))
    qtbot.keyClicks(page.search, "A1180")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
    text = page.detail.toPlainText()
    assert "A1180" in text and "deleted" in text
    assert "Replaced by: A1181, Y49" in text
    assert "In the handbooks" in text  # the code is linked both ways
    html = page.detail.toHtml()
    assert "code:A1181" in html and "cite:" in html
    with qtbot.waitSignal(page.citation_requested) as signal:
        anchor = html.split("cite:")[1].split('"')[0]
        page._link(QUrl("cite:" + anchor))
    assert signal.args[0].startswith(anchor.split(" ")[0])
    page._link(QUrl("code:A1181"))
    assert page.search.text() == "A1181"


def test_validity_follows_the_chosen_date(page: CodesPage) -> None:
    page.on_date.setDate(QDate(2024, 6, 1))
    page.show_code("A1181")
    assert page.model.row(0).status == "future"
    page.on_date.setDate(QDate(2025, 1, 1))
    assert page.model.row(0).status == "valid"


def test_words_in_the_interface_language_find_codes(page: CodesPage) -> None:
    page.search.setText("铅酸")
    page.refresh()
    codes = [page.model.row(i).code for i in range(page.model.rowCount())]
    assert "A1160" in codes
    row = codes.index("A1160")
    assert page.model.data(page.model.index(row, 1)).startswith("废铅酸")  # translated title shown


def test_code_list_model_passes_model_tester(qtmodeltester, page: CodesPage) -> None:  # type: ignore[no-untyped-def]
    page.show_code("85")
    assert page.model.rowCount() > 3
    qtmodeltester.check(page.model)
    empty = CodeListModel()
    qtmodeltester.check(empty)


def test_decision_aid_dialog_saves_outcome_with_citations(
    qtbot: QtBot, ctx: AppContext, officer: Actor
) -> None:
    aid = ctx.decision_aids.aid("used-eee")
    dialog = DecisionAidDialog(ctx.decision_aids, aid, officer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    for answer in ("no", "no", "yes"):  # not clearly waste, no exemption, documents complete
        button = next(b for b in dialog.answer_buttons if b.objectName() == f"answer-{answer}")
        button.click()
    assert "goods match the papers" in dialog.question.text()
    dialog.back()
    assert "reuse documents" in dialog.question.text()
    next(b for b in dialog.answer_buttons if b.objectName() == "answer-no").click()
    assert "hold and refer" in dialog.question.text()
    assert "used-eee-or-ewaste §decision-step-3 ¶1" in dialog.citations.text()
    dialog.save_button.click()
    assert dialog.saved is not None and dialog.saved.verdict == "suspected-waste"
    assert [r.id for r in ctx.decision_aids.standalone(officer)] == [dialog.saved.id]
