"""GUI start-up and the controller that moves between first run, sign-in and the main window.

Wiring of the Qt layer happens here (and only here): services come from the core's
:func:`customs_desk.app.open_app`, windows receive exactly what they need.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import logging
import os
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from customs_desk import APP_ID, APP_NAME, ORG_NAME, __version__
from customs_desk.accounts.roles import Actor, Permission
from customs_desk.app import AppContext, open_app
from customs_desk.errors import CustomsDeskError, EnvironmentProblem
from customs_desk.logsetup import configure_logging
from customs_desk.paths import AppPaths
from customs_desk.resources import resource_path
from customs_desk.settings import Settings
from customs_desk.store.migrate import current_revision, head_revision
from customs_desk.ui import fonts, qtlog
from customs_desk.ui.crash import ExceptHook
from customs_desk.ui.exchange.home_panel import AlertsPanel
from customs_desk.ui.home import HomePage
from customs_desk.ui.i18n import Translations, system_language, tr_core
from customs_desk.ui.idle import IdleWatcher
from customs_desk.ui.login import LoginDialog, UnlockDialog
from customs_desk.ui.main_window import MainWindow, PageSpec
from customs_desk.ui.records.home_panels import DeadlinesPanel, DraftsPanel
from customs_desk.ui.records.services import RecordServices
from customs_desk.ui.widgets import show_error

# Start-up imports only what the sign-in and the home page need. The other pages (and the
# dialogs behind menus) are imported when first opened: importing them all took a quarter of
# the start-up time (bench/bench_startup.py).
if TYPE_CHECKING:
    from customs_desk.ui.exchange.page import ExchangeServices

log = logging.getLogger(__name__)


def make_qapplication(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "customs-desk.svg"))))
    return app


class AppController:
    """Drives the session: first run -> sign in -> main window; lock, sign out, language."""

    def __init__(self, ctx: AppContext, app: QApplication, translations: Translations) -> None:
        self.ctx = ctx
        self.app = app
        self.translations = translations
        self.window: MainWindow | None = None
        self.actor: Actor | None = None
        self.idle = IdleWatcher(ctx.accounts.idle_lock_minutes() if self._set_up() else 0)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.window_settings = QSettings(
            str(ctx.paths.config / "window.ini"), QSettings.Format.IniFormat
        )
        self._locked = False
        self._retired: list[MainWindow] = []

    def _set_up(self) -> bool:
        return self.ctx.accounts.is_set_up()

    # Flow ------------------------------------------------------------------------------------
    def start(self) -> bool:
        """Returns False when the user quit before reaching the main window."""
        if not self._set_up():
            from customs_desk.ui.first_run import FirstRunWizard

            wizard = FirstRunWizard(self.ctx.accounts, self.translations.current, self.set_language)
            if not wizard.exec() or wizard.actor is None:
                return False
            self.ctx.settings.last_badge = wizard.actor.badge
            self.ctx.save_settings()
            self.idle.set_minutes(self.ctx.accounts.idle_lock_minutes())
        return self.sign_in()

    def sign_in(self) -> bool:
        dialog = LoginDialog(
            self.ctx.accounts,
            last_badge=self.ctx.settings.last_badge,
            language=self.translations.current,
            on_language=self.set_language,
        )
        if not dialog.exec() or dialog.actor is None:
            return False
        self.actor = dialog.actor
        self.ctx.settings.last_badge = dialog.actor.badge
        self.ctx.save_settings()
        self.open_main_window()
        QTimer.singleShot(0, self.offer_interrupted_drafts)
        return True

    def open_main_window(self, state: dict[str, Any] | None = None) -> MainWindow:
        assert self.actor is not None
        self._retired = [w for w in self._retired if shiboken6.isValid(w)]
        post = self.ctx.accounts.home_post()
        post_label = f"{post.name} ({post.code})"
        window = MainWindow(
            self.actor,
            post_label,
            self.database_label(),
            self.build_pages(self.actor, post_label),
            self.window_settings,
        )
        window.sign_out_requested.connect(self.sign_out)
        window.lock_requested.connect(self.lock)
        window.settings_requested.connect(self.open_settings)
        window.about_requested.connect(self.show_about)
        if state:
            window.restore(state)
        window.show()
        self.window = window
        self.idle.resume()
        return window

    def database_label(self) -> str:
        db = self.ctx.db
        kind = "SQLite" if db.is_sqlite else "PostgreSQL"
        return QCoreApplication.translate("AppController", "{kind} database, schema {rev}").format(
            kind=kind, rev=current_revision(db)
        )

    def build_pages(self, actor: Actor, post_label: str) -> list[PageSpec]:
        """The parts of the desk. Each issue's part plugs in here."""
        pages = [
            PageSpec(
                "home",
                QCoreApplication.translate("Pages", "Home"),
                "home",
                lambda: HomePage(actor, post_label, self.home_panels(actor)),
            ),
            PageSpec(
                "handbooks",
                QCoreApplication.translate("Pages", "Handbooks"),
                "handbooks",
                lambda: self._handbooks_page(actor),
            ),
            PageSpec(
                "inspections",
                QCoreApplication.translate("Pages", "Inspections"),
                "inspections",
                lambda: self._inspections_page(actor),
            ),
            PageSpec(
                "cases",
                QCoreApplication.translate("Pages", "Cases"),
                "cases",
                lambda: self._cases_page(actor),
            ),
            PageSpec(
                "codes",
                QCoreApplication.translate("Pages", "Codes"),
                "codes",
                lambda: self._codes_page(actor),
            ),
            PageSpec(
                "reports",
                QCoreApplication.translate("Pages", "Reports"),
                "reports",
                lambda: self._reports_page(actor),
                QCoreApplication.translate(
                    "Pages", "PDF reports: records, notices, registers, summaries"
                ),
            ),
            PageSpec(
                "exchange",
                QCoreApplication.translate("Pages", "Exchange"),
                "exchange",
                lambda: self._exchange_page(actor),
                QCoreApplication.translate(
                    "Pages", "Packages on USB sticks: send, import, receipts, updates, keys"
                ),
            ),
        ]
        if actor.can(Permission.MANAGE_USERS) or actor.can(Permission.READ_RECORDS):
            pages.append(
                PageSpec(
                    "admin",
                    QCoreApplication.translate("Pages", "Users"),
                    "admin",
                    lambda: self._users_page(actor),
                )
            )
        return pages

    def _users_page(self, actor: Actor) -> QWidget:
        from customs_desk.ui.admin import UsersPage

        return UsersPage(self.ctx.accounts, actor)

    def exchange_services(self) -> ExchangeServices:
        from customs_desk.ui.exchange.page import ExchangeServices

        c = self.ctx
        return ExchangeServices(
            c.keys,
            c.exchange,
            c.updates,
            c.clock,
            c.accounts.installation_kind() == "secretariat",
        )

    def _exchange_page(self, actor: Actor) -> QWidget:
        from customs_desk.ui.exchange.page import ExchangePage

        page = ExchangePage(self.exchange_services(), actor, self.window_settings)
        page.changed.connect(self.refresh_after_exchange)
        return page

    def open_package(self, path: Path) -> None:
        """A package double-clicked in the file manager (``customs-desk --open FILE``)."""
        if self.window is None:
            return
        from customs_desk.ui.exchange.page import ExchangePage

        page = self.window.show_page("exchange")
        if isinstance(page, ExchangePage):
            page.show_tab(page.receive)
            page.receive.open_package(path)

    def refresh_after_exchange(self) -> None:
        """Imports and updates change what other pages show: refresh those already built."""
        if self.window is None:
            return
        for key, page in self.window.host.pages.items():
            if key == "exchange":
                continue
            register = getattr(page, "register", None)
            for target, name in ((page, "refresh"), (page, "fill_library"), (register, "refresh")):
                method = getattr(target, name, None)
                if callable(method):
                    method()
                    break

    def _handbooks_page(self, actor: Actor) -> QWidget:
        from customs_desk.ui.handbooks.page import HandbooksPage

        page = HandbooksPage(self.ctx.handbooks, self.ctx.annotations, actor, self.window_settings)
        page.code_requested.connect(self.show_code)
        return page

    def record_services(self) -> RecordServices:
        c = self.ctx
        return RecordServices(
            c.inspections,
            c.cases,
            c.parties,
            c.attachments,
            c.codes,
            c.decision_aids,
            c.register,
            watchlist=c.updates.watched_party,
            reports=lambda: c.reports,
            reports_dir=c.paths.data / "reports",
            paper=lambda: c.settings.paper_size,
        )

    def _reports_page(self, actor: Actor) -> QWidget:
        from customs_desk.ui.reports.page import ReportsPage

        return ReportsPage(
            self.ctx.reports,
            self.ctx.clock,
            officer_name=actor.name,
            output_dir=self.ctx.paths.data / "reports",
            paper=self.ctx.settings.paper_size,
        )

    def _inspections_page(self, actor: Actor) -> QWidget:
        from customs_desk.ui.records.inspections_page import InspectionsPage

        page = InspectionsPage(self.record_services(), actor, self.window_settings)
        page.case_requested.connect(self.open_case)
        page.citation_requested.connect(self.open_citation)
        return page

    def _cases_page(self, actor: Actor) -> QWidget:
        from customs_desk.ui.records.cases_page import CasesPage

        page = CasesPage(self.record_services(), actor, self.ctx.clock, self.window_settings)
        page.inspection_requested.connect(self.open_inspection)
        return page

    def open_case(self, case_id: uuid.UUID) -> None:
        if self.window is not None:
            from customs_desk.ui.records.cases_page import CasesPage

            page = self.window.show_page("cases")
            if isinstance(page, CasesPage):
                page.open_case(case_id)

    def open_inspection(self, record_id: uuid.UUID) -> None:
        if self.window is not None:
            from customs_desk.ui.records.inspections_page import InspectionsPage

            page = self.window.show_page("inspections")
            if isinstance(page, InspectionsPage):
                page.open_record(record_id)

    def offer_interrupted_drafts(self) -> None:
        """After a crash or power cut: offer to reopen the draft that was being typed."""
        if self.actor is None or self.window is None:
            return
        drafts = self.ctx.inspections.interrupted_drafts(self.actor)
        if not drafts:
            return
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("AppController", "Restore your draft?"),
            QCoreApplication.translate(
                "AppController",
                "Customs Desk was closed while you were editing a draft. It was saved a few seconds "
                "before. Open it again?",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_inspection(drafts[0].id)
        else:
            for draft in drafts:
                self.ctx.inspections.close_session(draft.id)

    def _codes_page(self, actor: Actor) -> QWidget:
        from customs_desk.ui.codes.page import CodesPage

        page = CodesPage(
            self.ctx.codes,
            self.ctx.handbooks,
            self.ctx.decision_aids,
            actor,
            self.translations.current,
        )
        page.citation_requested.connect(self.open_citation)
        return page

    def show_code(self, code: str) -> None:
        """Open a reference code (from a handbook link or a record) in the Codes view."""
        if self.window is None:
            return
        try:
            page = self.window.show_page("codes")
        except KeyError:
            QMessageBox.information(self.window, code, code)
            return
        show = getattr(page, "show_code", None)
        if callable(show):
            show(code)

    def open_citation(self, text: str) -> None:
        """Open a handbook citation ('id §section ¶n') in the reader."""
        if self.window is None:
            return
        from customs_desk.handbooks.model import parse_citation
        from customs_desk.ui.handbooks.page import HandbooksPage

        page = self.window.show_page("handbooks")
        if isinstance(page, HandbooksPage):
            parsed = parse_citation(text)
            if parsed is not None:
                handbook, section, number = parsed
                page.reader.open_citation(handbook, section, number or 1)
                page.fill_contents()

    def home_panels(self, actor: Actor) -> list[Any]:
        services = self.record_services()
        return [
            lambda: AlertsPanel(self.ctx.updates),
            lambda: DeadlinesPanel(services, self.ctx.clock, self.open_case),
            lambda: DraftsPanel(services, actor, self.open_inspection),
        ]

    def close_main_window(self) -> dict[str, Any]:
        state: dict[str, Any] = {}
        if self.window is not None:
            state = self.window.snapshot()
            self.window.close()
            # Deleted by Qt once control returns to the event loop (this may run inside one of the
            # window's own signals); keep the wrapper until then.
            self.window.deleteLater()
            self._retired.append(self.window)
            self.window = None
        return state

    def sign_out(self) -> None:
        self.idle.pause()
        self.close_main_window()
        self.actor = None
        if not self.sign_in():
            self.app.quit()

    def lock(self) -> None:
        if self.window is None or self.actor is None or self._locked:
            return
        self._locked = True
        self.idle.pause()
        self.window.flush_pages()
        try:
            dialog = UnlockDialog(self.ctx.accounts, self.actor, self.window)
            result = dialog.exec()
        finally:
            self._locked = False
        if result == UnlockDialog.SIGN_OUT:
            self.sign_out()
        else:
            self.idle.resume()

    # Settings ------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Switch the interface language now; the main window is rebuilt, work is kept."""
        if code == self.translations.current:
            return
        self.translations.apply(code)
        fonts.apply_app_font(self.app, code)
        self.ctx.settings.language = code
        self.ctx.save_settings()
        if self.window is not None:
            self.window.flush_pages()
            state = self.close_main_window()
            self.open_main_window(state)

    def open_settings(self) -> None:
        from customs_desk.ui.admin import SettingsDialog

        assert self.actor is not None
        dialog = SettingsDialog(
            language=self.translations.current,
            paper_size=self.ctx.settings.paper_size,
            idle_minutes=self.ctx.accounts.idle_lock_minutes(),
            can_change_idle=self.actor.can(Permission.MANAGE_SETTINGS),
            parent=self.window,
        )
        if not dialog.exec():
            return
        self.ctx.settings.paper_size = str(dialog.paper.currentData())
        self.ctx.save_settings()
        if self.actor.can(Permission.MANAGE_SETTINGS):
            minutes = dialog.idle.value()
            if minutes != self.ctx.accounts.idle_lock_minutes():
                try:
                    self.ctx.accounts.set_idle_lock_minutes(self.actor, minutes)
                except CustomsDeskError as exc:
                    show_error(self.window, exc)
                else:
                    self.idle.set_minutes(minutes)
        self.set_language(str(dialog.language.currentData()))

    def show_about(self) -> None:
        from customs_desk.ui.about import AboutDialog

        AboutDialog(
            current_revision(self.ctx.db), head_revision(), str(self.ctx.paths.data), self.window
        ).exec()


def fatal(parent: QWidget | None, exc: CustomsDeskError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    box.setText(tr_core(exc.message))
    if exc.hint:
        box.setInformativeText(tr_core(exc.hint))
    box.exec()


def run_gui(args: argparse.Namespace) -> int:
    # What is loaded by now (the core, Qt, the start-up pages' modules) stays for the whole
    # session: keep it out of the garbage collector's full passes (see customs_desk.app), which
    # also makes the pauses of those passes shorter while an officer types.
    gc.freeze()
    paths = AppPaths.resolve(args.data_dir)
    try:
        paths.ensure()
        log_file = paths.log_file
    except EnvironmentProblem:
        log_file = None
    ring = configure_logging(log_file, verbose=bool(getattr(args, "verbose", False)))
    crash_log = None
    if log_file is not None:
        try:
            crash_log = open(paths.logs / "crash.log", "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(crash_log)
        except OSError:
            crash_log = None
    log.info("starting Customs Desk %s, data in %s (%s)", __version__, paths.data, paths.origin)
    os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")
    if getattr(args, "smoke", False):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the smoke test never needs a screen
    app = make_qapplication()
    qtlog.install()
    # The smoke test runs unattended: an error must end it with a message, never a modal dialog.
    unattended = getattr(args, "no_crash_dialog", False) or getattr(args, "smoke", False)
    hook = ExceptHook(show_dialog=not unattended, log_file=log_file, ring=ring)
    sys.excepthook = hook
    fonts.load_fonts()
    settings = Settings.load(paths.settings_file)
    language = getattr(args, "lang", None) or settings.language or system_language()
    translations = Translations(app)
    translations.apply(language)
    fonts.apply_app_font(app, language)
    if getattr(args, "smoke", False):
        from customs_desk.ui.smoke import run_smoke

        return run_smoke(args, paths, app)
    try:
        ctx = open_app(paths, database_url=getattr(args, "database_url", None))
    except CustomsDeskError as exc:
        log.error("cannot open the database: %s", exc)
        fatal(None, exc)
        return 3
    if not settings.language:
        ctx.settings.language = language
    controller = AppController(ctx, app, translations)
    try:
        if not controller.start():
            return 0
        QTimer.singleShot(0, lambda: log.info("main window shown"))
        package = getattr(args, "open", None)
        if package:
            QTimer.singleShot(0, lambda: controller.open_package(Path(package)))
        return int(app.exec())
    finally:
        controller.close_main_window()
        ctx.close()
        if crash_log is not None:
            faulthandler.disable()
            crash_log.close()
