"""The Reports page and the PDF button, used as an officer would (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QUrl
from pytestqt.qtbot import QtBot
from tests.test_reports import Scenario, make_scenario, make_service, pdf_text

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.clock import FrozenClock
from customs_desk.ui.reports.button import make_report_button
from customs_desk.ui.reports.page import ReportsPage

pytestmark = pytest.mark.gui


class FakeViewer:
    def __init__(self) -> None:
        self.opened: list[Path] = []

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(Path(url.toLocalFile()))
        return True


@pytest.fixture
def scenario(ctx: AppContext, officer: Actor, tmp_path: Path) -> Scenario:
    return make_scenario(ctx, officer, tmp_path)


@pytest.fixture
def page(
    qtbot: QtBot, ctx: AppContext, clock: FrozenClock, officer: Actor, tmp_path: Path
) -> tuple[ReportsPage, FakeViewer]:
    viewer = FakeViewer()
    widget = ReportsPage(
        make_service(ctx),
        clock,
        officer_name=officer.name,
        output_dir=tmp_path / "reports",
        paper="Letter",
        opener=viewer,
    )
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, viewer


def test_make_open_and_copy_an_inspection_report(
    qtbot: QtBot, page: tuple[ReportsPage, FakeViewer], scenario: Scenario, tmp_path: Path
) -> None:
    widget, viewer = page
    assert widget.paper.currentData() == "Letter"
    widget.set_kind("inspection")
    assert widget.record.isVisible() and not widget.date_from.isVisible()
    number = scenario.inspection.number or ""
    qtbot.keyClicks(widget.record, number)
    with qtbot.waitSignal(widget.report_ready, timeout=60_000) as ready:
        widget.create_button.click()
        assert not widget.create_button.isEnabled()
        assert widget.progress.isVisible()
    path = ready.args[0]
    assert path == tmp_path / "reports" / f"inspection-{number}.pdf"
    assert f"{number} · finalized · revision 1" in pdf_text(path)
    assert widget.create_button.isEnabled() and not widget.progress.isVisible()
    assert str(path) in widget.status.text()
    widget.open_button.click()
    assert viewer.opened == [path]
    widget.save_copy(tmp_path / "copy" / "for-the-file.pdf")
    assert (tmp_path / "copy" / "for-the-file.pdf").read_bytes() == path.read_bytes()


def test_register_for_a_period_shows_progress(
    qtbot: QtBot, page: tuple[ReportsPage, FakeViewer], scenario: Scenario, tmp_path: Path
) -> None:
    widget, _viewer = page
    widget.set_kind("register")
    assert not widget.record.isVisible() and widget.date_from.isVisible()
    assert widget.filter_text.isVisible()
    widget.date_from.setDate(QDate(2026, 3, 1))
    widget.date_to.setDate(QDate(2026, 3, 31))
    qtbot.keyClicks(widget.filter_text, "CSQU3054383")
    widget.output.setText(str(tmp_path / "march"))
    seen: list[int] = []
    widget.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(widget.report_ready, timeout=60_000) as ready:
        widget.create_button.click()
    assert ready.args[0] == tmp_path / "march.pdf"
    text = " ".join(pdf_text(ready.args[0]).split())
    assert "Period 2026-03-01 – 2026-03-31" in text and "Filter CSQU3054383" in text
    assert scenario.inspection.number in text, text
    assert seen and seen[-1] == 100


def test_missing_or_unknown_record_is_shown_beside_the_field(
    qtbot: QtBot, page: tuple[ReportsPage, FakeViewer], scenario: Scenario
) -> None:
    widget, _viewer = page
    widget.set_kind("case")
    widget.create_button.click()
    assert widget.form.error_text("record") == "Enter the number of the record."
    assert widget.operation is None
    qtbot.keyClicks(widget.record, "SGP-TUAS-C2026-9999")
    widget.create_button.click()
    qtbot.waitUntil(lambda: widget.operation is None, timeout=30_000)
    assert "No case SGP-TUAS-C2026-9999" in widget.form.error_text("record")
    assert widget.last_path is None and not widget.open_button.isEnabled()
    widget.set_kind("summary")
    widget.date_from.setDate(QDate(2026, 4, 1))
    widget.date_to.setDate(QDate(2026, 3, 1))
    widget.create_button.click()
    assert widget.form.error_text("period") == "The period ends before it starts."


def test_pdf_button_of_a_record_makes_and_opens_the_notice(
    qtbot: QtBot, ctx: AppContext, officer: Actor, scenario: Scenario, tmp_path: Path
) -> None:
    viewer = FakeViewer()
    button = make_report_button(
        make_service(ctx),
        lambda: scenario.inspection.number,
        record="inspection",
        output_dir=tmp_path / "out",
        officer_name=officer.name,
        paper=lambda: "A4",
        opener=viewer,
    )
    qtbot.addWidget(button)
    assert sorted(button.actions_) == ["inspection", "notice"]
    with qtbot.waitSignal(button.report_ready, timeout=60_000) as ready:
        button.actions_["notice"].trigger()
        assert not button.isEnabled()
    path = ready.args[0]
    assert viewer.opened == [path]
    assert "Notice of detention" in pdf_text(path)
    assert button.isEnabled()
    case_button = make_report_button(
        make_service(ctx),
        lambda: scenario.case.number,
        record="case",
        output_dir=tmp_path / "out",
        officer_name=officer.name,
        opener=viewer,
    )
    qtbot.addWidget(case_button)
    with qtbot.waitSignal(case_button.report_ready, timeout=60_000) as ready:
        case_button.actions_["basel-form"].trigger()
    assert "Draft structure" in pdf_text(ready.args[0])
