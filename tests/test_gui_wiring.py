"""Every part is reachable from the main window as wired in one place (ui/application.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from tests.records_helpers import complete_payload

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.cli import main
from customs_desk.ui.application import AppController
from customs_desk.ui.i18n import Translations

pytestmark = pytest.mark.gui


def test_every_page_opens_and_records_have_a_pdf_button(
    qtbot: QtBot, ctx: AppContext, supervisor: Actor, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(ctx, app, Translations(app))
    controller.window_settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    controller.actor = supervisor
    window = controller.open_main_window()
    qtbot.addWidget(window)
    keys = [spec.key for spec in window.host.specs]
    assert keys == [
        "home",
        "handbooks",
        "inspections",
        "cases",
        "codes",
        "reports",
        "exchange",
        "admin",
    ]
    for key in keys:
        assert window.show_page(key).objectName() == f"page-{key}"

    draft = ctx.inspections.new_draft(supervisor)
    record = ctx.inspections.finalize(supervisor, draft.id, complete_payload())
    case = ctx.cases.open_case(supervisor, record.id, grounds=["a"])
    controller.open_inspection(record.id)
    form_button = window.findChild(QPushButton, "reportButton")
    assert form_button is not None and form_button.isVisible()
    controller.open_case(case.id)
    case_page = window.host.pages["cases"]
    assert case_page.findChild(QPushButton, "reportButton") is not None
    controller.close_main_window()


def test_report_command_is_registered(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["report", "--help"])
    assert done.value.code == 0
    assert "detention or seizure notice" in capsys.readouterr().out
