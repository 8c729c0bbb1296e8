"""The first start as a new user sees it: wizard, sign-in, main window; lock; users model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWizard
from pytestqt.qtbot import QtBot
from tests.conftest import OFFICER_PW
from tests.gui_helpers import when_modal

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.ui.admin import UsersModel, UsersPage
from customs_desk.ui.application import AppController
from customs_desk.ui.first_run import FirstRunWizard
from customs_desk.ui.i18n import Translations
from customs_desk.ui.login import LoginDialog, UnlockDialog

pytestmark = pytest.mark.gui


def fill_wizard(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    wizard.next()  # language page: keep English
    assert wizard.currentPage() is wizard.kind_page
    wizard.next()
    page = wizard.post_page
    # A wrong code is refused with the message beside the field.
    qtbot.keyClicks(page.code, "tuas checkpoint!")
    qtbot.keyClicks(page.name, "Tuas Checkpoint")
    wizard.next()
    assert wizard.currentPage() is page
    assert "capital letters" in page.form.error_text("post.code")
    page.code.clear()
    qtbot.keyClicks(page.code, "sgp-tuas")  # typed lower case, shown upper case
    assert page.code.text() == "SGP-TUAS"
    page.country.setCurrentIndex(page.country.findData("SG"))
    assert page.timezone.currentText() == "Asia/Singapore"
    qtbot.keyClicks(page.agency, "Singapore Customs")
    wizard.next()
    assert wizard.currentPage() is wizard.supervisor_page
    sup = wizard.supervisor_page
    qtbot.keyClicks(sup.name, "Lim Wei Ling")
    qtbot.keyClicks(sup.badge, "S1001")
    qtbot.keyClicks(sup.password, "first-password")
    qtbot.keyClicks(sup.repeat, "first-passw0rd")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "differ" in sup.form.error_text("user.repeat")
    sup.repeat.clear()
    qtbot.keyClicks(sup.repeat, "first-password")
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_first_run_then_sign_in_then_main_window(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(ctx, app, Translations(app))
    controller.window_settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    seen: list[str] = []

    def wizard_step(wizard: FirstRunWizard) -> None:
        seen.append("wizard")
        fill_wizard(qtbot, wizard)
        when_modal(LoginDialog, login_step)

    def login_step(dialog: LoginDialog) -> None:
        seen.append("login")
        assert dialog.badge_text() == "S1001"  # remembered from the wizard
        qtbot.keyClicks(dialog.password, "wrong-password")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.error.text() == "Wrong badge number or password."
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.password, "first-password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    when_modal(FirstRunWizard, wizard_step)
    assert controller.start() is True
    assert seen == ["wizard", "login"]
    window = controller.window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert window.actor.name == "Lim Wei Ling"
    assert "Tuas Checkpoint (SGP-TUAS)" in window.findChild(QLabel, "statusPost").text()
    assert "supervisor" in window.findChild(QLabel, "statusUser").text()
    assert "schema" in window.findChild(QLabel, "statusDatabase").text()
    assert ctx.accounts.home_post().agency == "Singapore Customs"
    # Navigation by keyboard shortcut.
    window.page_actions["admin"].trigger()
    assert window.current_page_key() == "admin"
    controller.close_main_window()
    # The page is remembered for next time.
    assert controller.window_settings.value("main/page") == "admin"


def test_idle_lock_asks_for_the_password(
    qtbot: QtBot, ctx: AppContext, officer: Actor, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(ctx, app, Translations(app))
    controller.window_settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    controller.actor = officer
    window = controller.open_main_window()
    qtbot.addWidget(window)
    unlocked: list[bool] = []

    def unlock(dialog: UnlockDialog) -> None:
        qtbot.keyClicks(dialog.password, "not-it")
        dialog.try_unlock()
        assert dialog.isVisible() and dialog.error.text() == "Wrong password."
        qtbot.keyClicks(dialog.password, OFFICER_PW)
        dialog.try_unlock()
        unlocked.append(True)

    when_modal(UnlockDialog, unlock)
    controller.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: bool(unlocked), timeout=5000)
    assert controller.window is window and window.isVisible()
    controller.close_main_window()


def test_users_model_passes_model_tester(
    qtmodeltester, ctx: AppContext, supervisor: Actor, officer: Actor
) -> None:  # type: ignore[no-untyped-def]
    model = UsersModel()
    model.set_users(ctx.accounts.list_users(supervisor))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "Lim Wei Ling"


def test_users_page_adds_a_user(qtbot: QtBot, ctx: AppContext, supervisor: Actor) -> None:
    from customs_desk.ui.admin import AddUserDialog

    page = UsersPage(ctx.accounts, supervisor)
    qtbot.addWidget(page)

    def add(dialog: AddUserDialog) -> None:
        qtbot.keyClicks(dialog.name, "Ahmad")
        qtbot.keyClicks(dialog.badge, "A7")
        qtbot.keyClicks(dialog.password, "short")
        dialog._save()
        assert dialog.isVisible()  # the password is too short; the message is beside it
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, "long-enough")
        dialog._save()

    when_modal(AddUserDialog, add)
    page.add_button.click()
    assert [u.badge_number for u in ctx.accounts.list_users(supervisor)] == ["A7", "S1001"]
    assert page.model.rowCount() == 2
