"""Take the screenshots used by the README and docs, from the real app under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py [scene ...]

Each scene builds its state through the core services in a temporary data folder, shows the
real windows on the X server, and grabs the screen area of the window (what a user would see).
PNGs go to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ.setdefault("QT_LOGGING_RULES", "qt.text.font.db=false")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from customs_desk.accounts.roles import Role
from customs_desk.accounts.service import NewUser, PostInput
from customs_desk.app import AppContext, open_app
from customs_desk.paths import AppPaths
from customs_desk.records.register import RegisterQuery
from customs_desk.ui import fonts
from customs_desk.ui.application import AppController, make_qapplication
from customs_desk.ui.first_run import FirstRunWizard
from customs_desk.ui.i18n import Translations
from customs_desk.ui.login import LoginDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SUPERVISOR_PW = "screenshot-pw"


def settle(app: QApplication, ms: int = 300) -> None:
    loop_done = []
    QTimer.singleShot(ms, lambda: loop_done.append(True))
    while not loop_done:
        app.processEvents()


def grab(app: QApplication, widget: QWidget, name: str) -> Path:
    widget.raise_()
    widget.activateWindow()
    settle(app)
    screen = widget.screen()
    geo = widget.frameGeometry()
    pixmap = screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    pixmap.save(str(path))
    print(f"wrote {path.relative_to(OUT.parent.parent)} ({geo.width()}x{geo.height()})")
    return path


def fresh_context(tmp: Path) -> AppContext:
    return open_app(AppPaths.from_base(tmp / "data"))


def set_up(ctx: AppContext) -> None:
    ctx.accounts.set_up(
        PostInput("SGP-TUAS", "Tuas Checkpoint", "SG", "Asia/Singapore", "Singapore Customs"),
        NewUser("Lim Wei Ling", "S1001", Role.SUPERVISOR, SUPERVISOR_PW),
    )


def scene_first_run(app: QApplication, tmp: Path, language: str = "en") -> None:
    ctx = fresh_context(tmp)
    wizard = FirstRunWizard(ctx.accounts, language, lambda code: None)
    wizard.move(40, 40)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.post_page
    page.code.setText("SGP-TUAS")
    page.name.setText("Tuas Checkpoint")
    page.country.setCurrentIndex(page.country.findData("SG"))
    page.agency.setText("Singapore Customs")
    grab(app, wizard, "first-run-wizard")
    wizard.close()
    ctx.close()


def scene_login(app: QApplication, tmp: Path) -> None:
    ctx = fresh_context(tmp)
    set_up(ctx)
    dialog = LoginDialog(ctx.accounts, last_badge="S1001")
    dialog.move(40, 40)
    dialog.show()
    dialog.password.setText("wrong")
    dialog.try_sign_in()
    grab(app, dialog, "login")
    dialog.close()
    ctx.close()


def main_window(app: QApplication, ctx: AppContext, tmp: Path) -> AppController:
    controller = AppController(ctx, app, Translations(app))
    controller.window_settings = QSettings(str(tmp / "w.ini"), QSettings.Format.IniFormat)
    controller.actor = ctx.accounts.authenticate("S1001", SUPERVISOR_PW)
    window = controller.open_main_window()
    window.setGeometry(20, 20, 1200, 740)
    return controller


def scene_main_window(app: QApplication, tmp: Path) -> None:
    ctx = fresh_context(tmp)
    set_up(ctx)
    controller = main_window(app, ctx, tmp)
    assert controller.window is not None
    grab(app, controller.window, "main-window")
    controller.close_main_window()
    ctx.close()


def scene_handbooks(app: QApplication, tmp: Path) -> None:
    from customs_desk.ui.handbooks.page import HandbooksPage

    ctx = fresh_context(tmp)
    set_up(ctx)
    controller = main_window(app, ctx, tmp)
    window = controller.window
    assert window is not None
    page = window.show_page("handbooks")
    assert isinstance(page, HandbooksPage)
    while not page._index_ready:
        app.processEvents()
    page.open_handbook("quick-reference")
    page.tabs.setCurrentWidget(page.cards)
    grab(app, window, "handbooks-library")
    for name, query in (
        ("handbooks-search-en", "mixed metal scrap circuit boards"),
        ("handbooks-search-th", "แบตเตอรี่"),
        ("handbooks-search-zh", "电子废物"),
    ):
        page.search.setText(query)
        page.run_search()
        if page.results.count():
            page.results.itemClicked.emit(page.results.item(0))
        grab(app, window, name)
    page.search.clear()
    page.reader.open_citation("basel-at-the-border", "take-back-clocks", 2)
    page.reader._annotate("note", "Ask the VEA focal point which date they count the 30 days from.")
    page.tabs.setCurrentIndex(3)
    page.reader.open_citation("basel-at-the-border", "take-back-clocks", 2)
    grab(app, window, "handbooks-note")
    controller.close_main_window()
    ctx.close()


def scene_codes(app: QApplication, tmp: Path) -> None:
    from PySide6.QtCore import QDate

    from customs_desk.ui.codes.aid_dialog import DecisionAidDialog
    from customs_desk.ui.codes.page import CodesPage

    ctx = fresh_context(tmp)
    set_up(ctx)
    controller = main_window(app, ctx, tmp)
    window = controller.window
    assert window is not None
    page = window.show_page("codes")
    assert isinstance(page, CodesPage)
    page.on_date.setDate(QDate(2026, 11, 27))
    page.show_code("A1180")
    grab(app, window, "codes-view")
    aid = ctx.decision_aids.aid("used-eee")
    assert controller.actor is not None
    dialog = DecisionAidDialog(ctx.decision_aids, aid, controller.actor, parent=window)
    dialog.move(120, 80)
    dialog.show()
    dialog.answer("no")
    dialog.answer("no")
    grab(app, dialog, "decision-aid-question")
    dialog.answer("no")
    grab(app, dialog, "decision-aid-outcome")
    dialog.close()
    controller.close_main_window()
    ctx.close()


def scene_records(app: QApplication, tmp: Path) -> None:
    from customs_desk.records.demo import DemoGenerator
    from customs_desk.ui.records.cases_page import CasesPage
    from customs_desk.ui.records.inspections_page import InspectionsPage

    ctx = fresh_context(tmp)
    set_up(ctx)
    DemoGenerator(ctx.db, ctx.accounts, ctx.clock, seed=11).generate(1500)
    controller = main_window(app, ctx, tmp)
    window = controller.window
    assert window is not None and controller.actor is not None
    grab(app, window, "home-deadlines")
    page = window.show_page("inspections")
    assert isinstance(page, InspectionsPage)
    page.register.apply()
    grab(app, window, "inspections-register")
    form = page.new_inspection()
    assert form is not None
    payload = {
        "officers": ["Lim Wei Ling", "Nguyễn Văn An"],
        "inspection_type": "physical",
        "transport_mode": "sea",
        "conveyance": {"vessel": "MV Straits Pioneer", "voyage": "0412W"},
        "containers": [{"number": "CSQU3054383", "seals": ["SG1234567"]}],
        "transport_document": "MAEU123456789",
        "declaration_number": "SG-IMP-2026-778812",
        "declared_hs": "8471.30",
        "declared_description": "Used computers for reuse",
        "declared_weight_kg": 18000,
        "found_weight_kg": 21500,
        "value": 12000,
        "currency": "USD",
        "waste_stream": "e-waste",
        "goods": [
            {
                "description": "CRT monitors, broken, loose",
                "declared_hs": "8549.91",
                "basel_codes": ["A1181"],
                "y_codes": ["Y31"],
                "h_codes": ["H11"],
                "weight_kg": 15000,
            },
            {"description": "Mixed circuit boards", "basel_codes": ["A1180"], "weight_kg": 6500},
        ],
        "route": {"export_country": "AU", "import_country": "VN", "transit_countries": ["SG"]},
        "outcome": "held",
    }
    form.load(dict(form.view.payload, **payload))
    form.tabs.setCurrentIndex(1)
    form.show_problems(form.s.inspections.check(form.payload()))
    grab(app, window, "inspection-form")
    form.close_form()
    cases = window.show_page("cases")
    assert isinstance(cases, CasesPage)
    from customs_desk.records.register import RegisterQuery

    own = ctx.register.cases(RegisterQuery(post="SGP-TUAS", sort="deadline", limit=1))
    widget = cases.open_case(own.rows[0].id)
    assert widget is not None
    widget.status.setCurrentIndex(widget.status.findData("take-back-requested"))
    widget.note.setText("Export State asked for the notification and consent documents")
    widget.apply_changes()
    grab(app, window, "case-timeline")
    controller.close_main_window()
    ctx.close()


def _post_payload(i: int, country: str, tz: str) -> dict[str, object]:
    from stdnum import iso6346

    owner = ["CSQU", "MSCU", "TGHU", "OOLU"][i % 4]
    serial = f"{(305438 + i * 7919) % 1000000:06d}"
    container = owner + serial + iso6346.calc_check_digit(owner + serial)
    streams = [
        ("e-waste", "Used computers for reuse", ["A1181"], "held"),
        ("plastics", "Plastic scrap, mixed", ["A3210"], "detained"),
        ("lead-acid-batteries", "Used batteries", ["A1160"], "held"),
        ("metal-scrap", "Copper cable scrap", ["B1115"], "released"),
    ]
    stream, text, codes, outcome = streams[i % 4]
    return {
        "inspected_at": f"2026-{(i % 9) + 2:02d}-{(i % 27) + 1:02d}T10:20:00+07:00",
        "timezone": tz,
        "officers": ["Officer on duty"],
        "inspection_type": "physical",
        "transport_mode": "sea",
        "containers": [{"number": container, "seals": []}],
        "transport_document": f"BL{880000 + i}",
        "declared_description": text,
        "declared_weight_kg": 18000,
        "found_weight_kg": 18000 + i * 100,
        "route": {"export_country": "AU", "import_country": country, "transit_countries": []},
        "waste_stream": stream,
        "goods": [{"description": text, "basel_codes": codes, "weight_kg": 18000}],
        "outcome": outcome,
    }


def scene_exchange(app: QApplication, tmp: Path) -> None:
    """Three posts send packages; the secretariat imports them and one conflict waits."""
    import shutil
    import uuid as uuid_mod

    from customs_desk.exchange.keys import read_public_key
    from customs_desk.ui.exchange.dialogs import ImportDialog
    from customs_desk.ui.exchange.page import ExchangePage

    hq = open_app(AppPaths.from_base(tmp / "hq"))
    hq.accounts.set_up(
        PostInput(
            "JP-MOE", "Asian Network secretariat", "JP", "Asia/Tokyo", "Ministry of the Environment"
        ),
        NewUser("Sato Hanako", "S1001", Role.SECRETARIAT, SUPERVISOR_PW),
        kind="secretariat",
    )
    hq_actor = hq.accounts.authenticate("S1001", SUPERVISOR_PW)
    usb = tmp / "usb"
    usb.mkdir()
    hq_key = read_public_key(hq.keys.export_public(hq.exchange.own_public(), usb))
    posts = [
        ("VN-HPH", "Hai Phong Port", "VN", "Asia/Ho_Chi_Minh", 14),
        ("TH-LCB", "Laem Chabang Port", "TH", "Asia/Bangkok", 9),
        ("MY-PKG", "Port Klang", "MY", "Asia/Kuala_Lumpur", 11),
    ]
    last_post = None
    packages = []
    for code, name, country, tz, n in posts:
        post = open_app(AppPaths.from_base(tmp / code))
        post.accounts.set_up(
            PostInput(code, name, country, tz, f"{country} Customs"),
            NewUser(f"Supervisor {code}", "S1", Role.SUPERVISOR, SUPERVISOR_PW),
        )
        actor = post.accounts.authenticate("S1", SUPERVISOR_PW)
        post.keys.trust(actor, hq_key)
        hq.keys.trust(
            hq_actor, read_public_key(post.keys.export_public(post.exchange.own_public(), usb))
        )
        first = None
        for i in range(n):
            draft = post.inspections.new_draft(actor)
            view = post.inspections.finalize(actor, draft.id, _post_payload(i, country, tz))
            first = first or view
        assert first is not None
        case = post.cases.open_case(actor, first.id, grounds=["a"], summary="No consent")
        post.cases.add_notification(
            actor, case.id, authority="Competent authority of the State of export",
            country="AU", notified_on=post.clock.now().date().replace(month=9), starts_clock="art9-30",
        )  # fmt: skip
        packages.append(post.exchange.export(actor, usb).path)
        hq.exchange.import_package(hq_actor, packages[-1])
        if code == "MY-PKG":
            # A copy of this post's data on a second PC edits the same record differently.
            post.close()
            shutil.copytree(tmp / code, tmp / "twin")
            post = open_app(AppPaths.from_base(tmp / code))
            twin = open_app(AppPaths.from_base(tmp / "twin"))
            for ctx_, weight in ((post, 21000), (twin, 26500)):
                payload = dict(ctx_.inspections.get(first.id).payload, found_weight_kg=weight)
                ctx_.inspections.correct(actor, first.id, payload, "re-weighed")
                hq.exchange.import_package(hq_actor, ctx_.exchange.export(actor, usb).path)
            twin.close()
        last_post = (post, actor)
    controller = AppController(hq, app, Translations(app))
    controller.window_settings = QSettings(str(tmp / "w.ini"), QSettings.Format.IniFormat)
    controller.actor = hq_actor
    window = controller.open_main_window()
    window.setGeometry(20, 20, 1200, 740)
    page = window.show_page("exchange")
    assert isinstance(page, ExchangePage) and page.posts is not None
    page.show_tab(page.posts)
    grab(app, window, "exchange-secretariat-posts")
    page.show_tab(page.conflicts)
    grab(app, window, "exchange-conflict")
    # A fresh package from Hai Phong, checked before import (dry run).
    post, actor = last_post  # type: ignore[misc]
    vn = open_app(AppPaths.from_base(tmp / "VN-HPH"))
    vn_actor = vn.accounts.authenticate("S1", SUPERVISOR_PW)
    for i in range(20, 26):
        draft = vn.inspections.new_draft(vn_actor)
        vn.inspections.finalize(vn_actor, draft.id, _post_payload(i, "VN", "Asia/Ho_Chi_Minh"))
    fresh = vn.exchange.export(vn_actor, usb).path
    dialog = ImportDialog(hq.exchange, hq_actor, fresh, can_import=True, parent=window)
    dialog.move(200, 140)
    dialog.show()
    while dialog.plan is None:
        app.processEvents()
    grab(app, dialog, "exchange-import-dry-run")
    dialog.close()
    controller.close_main_window()
    # The post's side: the Send tab.
    post.close()
    vn_controller = AppController(vn, app, Translations(app))
    vn_controller.window_settings = QSettings(str(tmp / "w2.ini"), QSettings.Format.IniFormat)
    vn_controller.actor = vn_actor
    vn_window = vn_controller.open_main_window()
    vn_window.setGeometry(20, 20, 1200, 740)
    vn_page = vn_window.show_page("exchange")
    assert isinstance(vn_page, ExchangePage) and vn_page.send is not None
    vn_page.send.destination.set_folder(usb)
    vn_page.send.write()
    while vn_page.send.last is None:
        app.processEvents()
    grab(app, vn_window, "exchange-post-send")
    vn_controller.close_main_window()
    vn.close()
    hq.close()
    del uuid_mod


def scene_languages(app: QApplication, tmp: Path) -> None:
    """The main window in Thai, Khmer, Chinese and Vietnamese (and the pseudo-locale), on the
    inspection form, where labels are longest."""
    from customs_desk.records.demo import DemoGenerator
    from customs_desk.ui.records.inspections_page import InspectionsPage

    ctx = fresh_context(tmp)
    set_up(ctx)
    DemoGenerator(ctx.db, ctx.accounts, ctx.clock, seed=5).generate(300)
    translations = Translations(app)
    for code in ("th", "km", "zh_CN", "vi", "pseudo"):
        translations.apply(code)
        fonts.apply_app_font(app, code)
        controller = AppController(ctx, app, translations)
        controller.window_settings = QSettings(str(tmp / f"{code}.ini"), QSettings.Format.IniFormat)
        controller.actor = ctx.accounts.authenticate("S1001", SUPERVISOR_PW)
        window = controller.open_main_window()
        window.setGeometry(0, 0, 1280, 720)  # the whole 1280-wide screen: nothing falls off it
        grab(app, window, f"main-window-{code}")
        page = window.show_page("inspections")
        assert isinstance(page, InspectionsPage)
        page.register.apply()
        own = ctx.register.inspections(RegisterQuery(post="SGP-TUAS", limit=1)).rows
        if own:
            page.open_record(own[0].id)
        grab(app, window, f"inspection-{code}")
        controller.close_main_window()
    translations.apply("en")
    fonts.apply_app_font(app, "en")
    ctx.close()


SCENES: dict[str, Callable[[QApplication, Path], None]] = {
    "first-run": scene_first_run,
    "login": scene_login,
    "main-window": scene_main_window,
    "handbooks": scene_handbooks,
    "codes": scene_codes,
    "records": scene_records,
    "exchange": scene_exchange,
    "languages": scene_languages,
}


def main(argv: list[str]) -> int:
    app = make_qapplication()
    fonts.load_fonts()
    fonts.apply_app_font(app, "en")
    # As the app does at start: English with its locale's date format (not Qt's C locale).
    Translations(app).apply("en")
    wanted = argv or list(SCENES)
    for name in wanted:
        with tempfile.TemporaryDirectory() as tmp:
            SCENES[name](app, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
