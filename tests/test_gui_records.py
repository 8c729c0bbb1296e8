"""An officer goes through a realistic inspection in the GUI, as a user would."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem
from pytestqt.qtbot import QtBot
from tests.gui_helpers import when_modal

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.clock import FrozenClock
from customs_desk.records.register import RegisterQuery
from customs_desk.ui.application import AppController
from customs_desk.ui.codes.aid_dialog import DecisionAidDialog
from customs_desk.ui.i18n import Translations
from customs_desk.ui.records.case_view import NotificationDialog
from customs_desk.ui.records.cases_page import CasesPage
from customs_desk.ui.records.inspection_form import InspectionForm
from customs_desk.ui.records.inspections_page import InspectionsPage
from customs_desk.ui.records.register_model import RegisterModel

pytestmark = pytest.mark.gui


def services(ctx: AppContext):  # type: ignore[no-untyped-def]
    from customs_desk.ui.records.services import RecordServices

    return RecordServices(
        ctx.inspections,
        ctx.cases,
        ctx.parties,
        ctx.attachments,
        ctx.codes,
        ctx.decision_aids,
        ctx.register,
    )


def set_cell(table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    table.setItem(row, column, QTableWidgetItem(text))


def choose(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_inspection_end_to_end(
    qtbot: QtBot, ctx: AppContext, officer: Actor, tmp_path: Path, clock: FrozenClock
) -> None:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    page = InspectionsPage(services(ctx), officer, settings)
    qtbot.addWidget(page)
    page.show()
    form = page.new_inspection()
    assert isinstance(form, InspectionForm) and form.view.status == "draft"

    # Fill the form as the officer reads the documents and the load.
    qtbot.keyClicks(form.officers, ", Siti Rahmah")
    choose(form.inspection_type, "physical")
    choose(form.transport_mode, "sea")
    qtbot.keyClicks(form.vessel, "MV Straits Pioneer")
    qtbot.keyClicks(form.transport_document, "MAEU123456789")
    form.tabs.setCurrentIndex(0)
    form._add_row(form.containers)
    set_cell(form.containers, 0, 0, "CSQU 305438 4")  # a misread check digit
    set_cell(form.containers, 0, 1, "SG1234567")
    qtbot.keyClicks(form.declared_hs, "8471.30")
    qtbot.keyClicks(form.declared_description, "Used computers for reuse")
    form.declared_weight.setValue(18000)
    form.found_weight.setValue(21500)
    choose(form.waste_stream, "e-waste")
    form._add_row(form.goods)
    for column, text in enumerate(
        ["CRT monitors, broken", "8549.91", "A1181", "Y31", "H11", "", "15000"]
    ):
        set_cell(form.goods, 0, column, text)
    choose(form.export_country, "AU")
    choose(form.import_country, "VN")
    choose(form.doc_tests, "missing")
    form.risks.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(
        form.findings, "CRT monitors behind working computers at the back of the container."
    )
    choose(form.outcome, "held")

    # Finalizing fails: the container number is wrong, and the message says so beside the table.
    assert form.finalize() is False
    assert "check digit" in form._errors["containers"].text()
    assert form.view.status == "draft"  # kept as a draft, nothing lost
    set_cell(form.containers, 0, 0, "CSQU3054383")

    # A photo from disk (as when dropped on the form).
    photo = tmp_path / "container-door.jpg"
    Image.new("RGB", (80, 60), (30, 90, 200)).save(photo)
    assert form.add_photos([photo]) == []
    assert form.photos.count() == 1

    # The decision aid, run from this inspection; its outcome is kept with it.
    def aid(dialog: DecisionAidDialog) -> None:
        for answer in ("yes",):  # clearly waste already
            next(b for b in dialog.answer_buttons if b.objectName() == f"answer-{answer}").click()
        dialog.save_button.click()

    when_modal(DecisionAidDialog, aid)
    form.run_aid(ctx.decision_aids.aid("used-eee"))
    assert "hold and refer" in form.aid_results.text()

    assert form.finalize() is True
    assert form.view.number == "SGP-TUAS-2026-00001"
    assert "finalized" in form.status.text()
    stored = ctx.inspections.get(form.view.id)
    assert stored.payload["containers"][0]["number"] == "CSQU3054383"
    assert stored.payload["attachments"][0]["sha256"]
    assert [r.outcome for r in ctx.decision_aids.for_inspection(form.view.id)] == ["hold-waste"]

    # Open a case, notify the export State (starting the 30-day clock), record the take-back, close.
    opened = []
    form.case_requested.connect(opened.append)
    form.case_button.click()
    assert len(opened) == 1
    cases = CasesPage(services(ctx), officer, ctx.clock, settings)
    qtbot.addWidget(cases)
    widget = cases.open_case(opened[0])
    assert widget is not None and "No take-back clock" in widget.clock_label.text()
    widget.grounds["a"].setChecked(True)
    widget.grounds["b"].setChecked(True)
    widget.status.setCurrentIndex(widget.status.findData("investigating"))
    qtbot.keyClicks(widget.note, "No notification or consent presented")
    assert widget.apply_changes()

    def notify(dialog: NotificationDialog) -> None:
        qtbot.keyClicks(
            dialog.authority, "Department of Climate Change, Energy, the Environment and Water"
        )
        dialog.country.setCurrentIndex(dialog.country.findData("AU"))
        dialog.clock.setCurrentIndex(dialog.clock.findData("art9-30"))
        dialog.accept()

    when_modal(NotificationDialog, notify)
    widget.add_notification()
    assert "30 days left" in widget.clock_label.text()
    # The notification date in the interface's format, like every other date on screen.
    from customs_desk.ui.formats import date_text

    shown = date_text(clock.now().date())
    assert f"(AU) informed on {shown}" in widget.notifications.text()
    widget.status.setCurrentIndex(widget.status.findData("take-back-requested"))
    widget.path.setCurrentIndex(widget.path.findData("take-back"))
    assert widget.apply_changes()
    clock.advance(days=20)
    widget.status.setCurrentIndex(widget.status.findData("returned-or-disposed"))
    qtbot.keyClicks(widget.note, "Containers re-exported to Melbourne")
    assert widget.apply_changes()
    widget.status.setCurrentIndex(widget.status.findData("closed"))
    assert widget.apply_changes()
    assert widget.timeline.count() >= 7
    case = ctx.cases.get(opened[0])
    assert case.status == "closed" and case.deadline == clock.now().date() - timedelta(
        days=20
    ) + timedelta(days=30)
    assert ctx.cases.overdue(clock.now().date() + timedelta(days=40)) == []


def test_autosave_and_restore_after_a_crash(
    qtbot: QtBot, ctx: AppContext, officer: Actor, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    page = InspectionsPage(services(ctx), officer, settings)
    qtbot.addWidget(page)
    form = page.new_inspection()
    assert form is not None
    form._autosave.setInterval(50)
    qtbot.keyClicks(form.findings, "Typed just before the power cut")
    qtbot.waitUntil(
        lambda: (
            ctx.inspections.get(form.view.id).payload.get("findings")
            == "Typed just before the power cut"
        ),
        timeout=3000,
    )
    # The form was never closed: after a restart the draft is offered again.
    assert [d.id for d in ctx.inspections.interrupted_drafts(officer)] == [form.view.id]
    form.close_form()
    assert ctx.inspections.interrupted_drafts(officer) == []


def test_other_officers_cannot_edit_a_finalized_record(
    qtbot: QtBot, ctx: AppContext, officer: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    from tests.records_helpers import complete_payload

    from customs_desk.accounts.roles import Role
    from customs_desk.accounts.service import NewUser

    draft = ctx.inspections.new_draft(officer)
    ctx.inspections.finalize(officer, draft.id, complete_payload())
    ctx.accounts.add_user(supervisor, NewUser("Second Officer", "O9", Role.OFFICER, "second-pw"))
    other = ctx.accounts.authenticate("O9", "second-pw")
    form = InspectionForm(services(ctx), other, draft.id)
    qtbot.addWidget(form)
    assert not form.correct_button.isEnabled() and form.findings.isReadOnly()
    boss = InspectionForm(services(ctx), supervisor, draft.id)
    qtbot.addWidget(boss)
    assert boss.correct_button.isEnabled()
    boss.start_correction()
    boss.findings.setPlainText("Reviewed by the supervisor")
    assert boss.save_correction("Supervisor review") is True
    assert boss.view.revision == 2


def test_register_model_and_view(
    qtbot: QtBot, qtmodeltester, ctx: AppContext, officer: Actor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from customs_desk.records.demo import DemoGenerator

    DemoGenerator(ctx.db, ctx.accounts, ctx.clock, seed=3).generate(450)
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    page = InspectionsPage(services(ctx), officer, settings)
    qtbot.addWidget(page)
    model = page.register.model
    assert model.total == 450 and model.rowCount() == 200  # lazy: one page loaded
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    qtmodeltester.check(model)
    page.register.filter.setText("CSQU")
    page.register.apply()
    assert 0 < model.total < 450
    model.sort(model.columns.index("weight_kg"), Qt.SortOrder.AscendingOrder)
    weights = [model.row_values(r)["weight_kg"] for r in range(model.rowCount())]
    assert weights == sorted(weights)
    page.register.toggle_column("officer", True)
    assert "officer" in model.columns
    cases = CasesPage(services(ctx), officer, ctx.clock, settings)
    qtbot.addWidget(cases)
    qtmodeltester.check(cases.register.model)
    cases.overdue_only.setChecked(True)
    overdue = ctx.register.cases(RegisterQuery(overdue_on=ctx.clock.now().date(), limit=1000)).total
    assert cases.register.model.total == overdue
    empty = RegisterModel(
        lambda q: ctx.register.inspections(RegisterQuery(text="nothing-like-this")),
        ["number"],
        {"number": "N"},
    )
    empty.set_query(RegisterQuery(text="nothing-like-this"))
    qtmodeltester.check(empty)


def test_home_shows_overdue_take_backs(
    qtbot: QtBot, ctx: AppContext, officer: Actor, tmp_path: Path, clock: FrozenClock
) -> None:
    from PySide6.QtWidgets import QApplication
    from tests.records_helpers import complete_payload

    draft = ctx.inspections.new_draft(officer)
    ctx.inspections.finalize(officer, draft.id, complete_payload())
    case = ctx.cases.open_case(officer, draft.id)
    ctx.cases.add_notification(
        officer,
        case.id,
        authority="VEA",
        country="VN",
        notified_on=clock.now().date() - timedelta(days=35),
        starts_clock="art9-30",
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(ctx, app, Translations(app))
    controller.window_settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    controller.actor = officer
    window = controller.open_main_window()
    qtbot.addWidget(window)
    home = window.show_page("home")
    text = home.findChild(QLabel, "deadlinesText").text()
    assert "OVERDUE by 5 days" in text and case.number in text
    controller.close_main_window()
