"""The exchange round trip in the GUI, as the people at a post and at the secretariat do it:
trust keys after comparing fingerprints, write a package to a stick, check it and import it,
carry the receipt back, make an update with a watch-listed party, resolve a conflict."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.exchange_helpers import Station, introduce, make_station
from tests.gui_helpers import when_modal

from customs_desk.clock import FrozenClock
from customs_desk.exchange.keys import display_fingerprint
from customs_desk.records.register import RegisterQuery
from customs_desk.ui.exchange.dialogs import ImportDialog, TrustKeyDialog, UpdateDialog
from customs_desk.ui.exchange.drives import Volume, likely_removable, removable_destinations
from customs_desk.ui.exchange.home_panel import AlertsPanel
from customs_desk.ui.exchange.page import ExchangePage, ExchangeServices
from customs_desk.ui.records.party_picker import PartyPicker

pytestmark = pytest.mark.gui


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(start=datetime(2026, 3, 10, 2, 30, tzinfo=UTC))


@pytest.fixture
def stations(tmp_path: Path, clock: FrozenClock) -> Iterator[dict[str, Station]]:
    made = {
        "sec": make_station(tmp_path, "SECRET", clock),
        "sg": make_station(tmp_path, "SGP-TUAS", clock),
    }
    yield made
    for station in made.values():
        station.close()


def page_for(qtbot: QtBot, station: Station, tmp_path: Path) -> ExchangePage:
    c = station.ctx
    services = ExchangeServices(
        c.keys, c.exchange, c.updates, c.clock, c.accounts.installation_kind() == "secretariat"
    )
    settings = QSettings(str(tmp_path / f"{station.code}.ini"), QSettings.Format.IniFormat)
    page = ExchangePage(services, station.actor, settings)
    qtbot.addWidget(page)
    page.show()
    return page


def trust_by_phone(qtbot: QtBot, page: ExchangePage, key_file: Path, fingerprint: str) -> None:
    def act(dialog: TrustKeyDialog) -> None:
        assert dialog.findChild(type(dialog.match), "keyFingerprint").text() == fingerprint
        assert not dialog.trust_button.isEnabled()
        dialog.typed.setText("0000 0000 0000 0000")
        assert "Does not match" in dialog.match.text()
        dialog.typed.setText(fingerprint)
        assert "matches" in dialog.match.text()
        dialog.confirmed.setChecked(True)
        assert dialog.trust_button.isEnabled()
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)

    when_modal(TrustKeyDialog, act)
    assert page.keys.trust_key_file(key_file)


def test_round_trip_in_the_gui(qtbot: QtBot, stations: dict[str, Station], tmp_path: Path) -> None:
    sec, sg = stations["sec"], stations["sg"]
    usb = tmp_path / "usb"
    usb.mkdir()
    post_page = page_for(qtbot, sg, tmp_path)
    hq_page = page_for(qtbot, sec, tmp_path)
    assert post_page.send is not None and hq_page.send is None
    assert hq_page.posts is not None and hq_page.conflicts is not None

    # Without the secretariat's key, the post cannot send (and is told why).
    assert not post_page.send.write_button.isEnabled()
    assert "not trusted yet" in post_page.send.state.text()

    # Keys: both sides save their key file and trust the other's after a phone call.
    hq_key = hq_page.keys.write_key_file(usb)
    sg_key = post_page.keys.write_key_file(usb)
    assert hq_key is not None and sg_key is not None
    trust_by_phone(qtbot, post_page, hq_key, hq_page.keys.fingerprint.text())
    trust_by_phone(qtbot, hq_page, sg_key, post_page.keys.fingerprint.text())
    assert hq_page.keys.model.rowCount() == 1

    # The post records two inspections and writes a package to the stick.
    sg.inspection()
    sg.inspection(declared_description="Lead-acid batteries")
    post_page.send.refresh()
    assert post_page.send.write_button.isEnabled()
    assert "0 of 2" in post_page.send.state.text()
    post_page.send.destination.set_folder(usb)
    qtbot.mouseClick(post_page.send.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in post_page.send.result.text(), timeout=10000)
    package = post_page.send.last.path  # type: ignore[union-attr]
    assert package.parent == usb

    # The secretariat opens it: dry run first, then import; the receipt lands beside it.
    def check_and_import(dialog: ImportDialog) -> None:
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10000)
        assert dialog.count_labels["new"].text() == "2"
        assert "Nothing has been written yet" in dialog.status.text()
        assert sec.ctx.register.inspections(RegisterQuery()).total == 0
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
        assert dialog.receipt is not None and dialog.receipt.parent == usb
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    when_modal(ImportDialog, check_and_import)
    hq_page.receive.open_package(package)
    assert "2 new" in hq_page.receive.message.text()
    assert sec.ctx.register.inspections(RegisterQuery()).total == 2
    hq_page.posts.refresh()
    rows = [hq_page.posts.model.row(i) for i in range(hq_page.posts.model.rowCount())]
    assert {r["post_code"]: r["records"] for r in rows}["SGP-TUAS"] == 2

    # The post applies the receipt: its records are now confirmed.
    receipt = next(usb.glob("receipt-*.cdx"))
    sg.tick()
    post_page.receive.open_package(receipt)
    assert "2 of 2 record versions are now received" in post_page.receive.message.text()
    assert "2 of 2" in post_page.send.state.text()

    # The secretariat makes an update with a party to watch; the post previews and applies it.
    maker = hq_page.make_update
    assert maker is not None
    maker.refresh()
    maker.add_alert(
        "party",
        "Watch: Pacific Coast Recycling",
        "False declarations",
        "Pacific Coast Recycling LLC",
    )
    maker.destination.set_folder(usb)
    update = maker.make()
    assert update is not None and update.is_file(), maker.message.text()

    def preview_and_apply(dialog: UpdateDialog) -> None:
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=10000)
        assert "1" in dialog.details.text()
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.applied is not None, timeout=10000)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    sg.tick()
    when_modal(UpdateDialog, preview_and_apply)
    post_page.receive.open_package(update)
    assert post_page.receive.message.text() == "Update applied."
    panel = AlertsPanel(sg.ctx.updates)
    qtbot.addWidget(panel)
    assert "Pacific Coast Recycling" in panel.label.text()
    # The party picker flags the watched party.
    party = sg.ctx.parties.save(sg.actor, {"name": "Pacific Coast Recycling LLC", "country": "US"})
    picker = PartyPicker(sg.ctx.parties, sg.actor, watchlist=sg.ctx.updates.watched_party)
    qtbot.addWidget(picker)
    picker.set_value({"id": str(party.id), "name": party.name})
    assert "watch list" in picker.flag.text()

    # The exchange log shows all of it, and the found-packages list sees the stick's folder.
    post_page.log.refresh()
    kinds = [post_page.log.model.row(i)["kind"] for i in range(post_page.log.model.rowCount())]
    assert kinds == ["update", "receipt", "records"]
    post_page.receive.refresh()
    assert post_page.receive.found.count() >= 3

    # Every table model behaves as Qt expects.
    for model in (
        post_page.log.model,
        post_page.keys.model,
        hq_page.keys.model,
        hq_page.posts.model,
        hq_page.conflicts.model,
    ):
        ModelTester(None).check(model)  # type: ignore[arg-type]


def test_a_refused_package_is_explained_in_the_dialog(
    qtbot: QtBot, stations: dict[str, Station], tmp_path: Path
) -> None:
    sec, sg = stations["sec"], stations["sg"]
    introduce(sec, sg)
    sg.inspection()
    package = sg.export()
    damaged = tmp_path / "damaged.cdx"
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    page = page_for(qtbot, sec, tmp_path)

    def look(dialog: ImportDialog) -> None:
        qtbot.waitUntil(lambda: "damaged" in dialog.status.text(), timeout=10000)
        assert "Nothing was changed" in dialog.status.text()
        assert not dialog.import_button.isEnabled()
        dialog.reject()

    when_modal(ImportDialog, look)
    page.receive.open_package(damaged)
    assert sec.ctx.register.inspections(RegisterQuery()).total == 0
    # Not a package at all: said on the page, no dialog.
    junk = tmp_path / "junk.cdx"
    junk.write_bytes(b"hello")
    page.receive.open_package(junk)
    assert "not a Customs Desk package" in page.receive.message.text()


def test_conflict_resolution_screen(
    qtbot: QtBot, stations: dict[str, Station], tmp_path: Path, clock: FrozenClock
) -> None:
    sec, sg = stations["sec"], stations["sg"]
    introduce(sec, sg)
    record = sg.inspection()
    sec.ctx.exchange.import_package(sec.actor, sg.export())
    # A copy of the post's data folder on a second PC corrects the same record differently.
    from customs_desk.accounts.passwords import fast_passwords_for_tests
    from customs_desk.app import open_app
    from customs_desk.paths import AppPaths

    sg.ctx.close()
    shutil.copytree(sg.ctx.paths.data, tmp_path / "twin")
    sg.ctx = open_app(sg.ctx.paths, clock=clock, passwords=fast_passwords_for_tests())
    twin_ctx = open_app(
        AppPaths.from_base(tmp_path / "twin"), clock=clock, passwords=fast_passwords_for_tests()
    )
    try:
        (tmp_path / "twin-out").mkdir()
        twin = Station("SGP-TUAS", twin_ctx, sg.actor, clock, tmp_path / "twin-out")
        sg.correct(record.id, found_weight_kg=21000)
        twin.correct(record.id, found_weight_kg=26000, findings="Re-weighed on another scale.")
        sec.ctx.exchange.import_package(sec.actor, sg.export())
        sec.ctx.exchange.import_package(sec.actor, twin.export())
    finally:
        twin_ctx.close()
    page = page_for(qtbot, sec, tmp_path)
    tab = page.conflicts
    assert tab is not None
    page.show_tab(tab)
    assert tab.model.rowCount() == 1
    fields = {
        tab.diff.topLevelItem(i).text(0): (
            tab.diff.topLevelItem(i).text(1),
            tab.diff.topLevelItem(i).text(2),
        )
        for i in range(tab.diff.topLevelItemCount())
    }
    assert fields["found_weight_kg"] == ("21000", "26000")
    assert "findings" in fields
    qtbot.mouseClick(tab.take_button, Qt.MouseButton.LeftButton)
    assert "incoming version is now current" in tab.message.text()
    assert tab.model.rowCount() == 0
    assert sec.ctx.inspections.get(record.id).payload["found_weight_kg"] == 26000
    tab.show_resolved.setChecked(True)
    assert tab.model.rowCount() == 2  # the decision, and the replaced version kept
    assert not tab.take_button.isEnabled()
    ModelTester(None).check(tab.model)  # type: ignore[arg-type]


def test_usb_sticks_are_told_apart_from_system_drives() -> None:
    def vol(root: str, ready: bool = True, read_only: bool = False) -> Volume:
        return Volume(root, "STICK", "vfat", 8_000_000_000, read_only, ready)

    assert likely_removable(vol("/media/officer/STICK"), "linux")
    assert likely_removable(vol("/run/media/officer/KINGSTON"), "linux")
    assert not likely_removable(vol("/"), "linux")
    assert not likely_removable(vol("/home"), "linux")
    assert not likely_removable(vol("/media/"), "linux")
    assert not likely_removable(vol("/media/cdrom", read_only=True), "linux")
    assert not likely_removable(vol("/media/officer/STICK", ready=False), "linux")
    assert likely_removable(vol("E:/"), "win32")
    assert not likely_removable(vol("C:/"), "win32")
    found = removable_destinations([vol("/"), vol("/media/officer/STICK")])
    if found:  # on Windows the first rule differs; on Linux exactly the stick is offered
        assert [d.path.as_posix() for d in found][-1] == "/media/officer/STICK"


def test_fingerprint_shown_for_phone_comparison(
    qtbot: QtBot, stations: dict[str, Station], tmp_path: Path
) -> None:
    page = page_for(qtbot, stations["sg"], tmp_path)
    shown = page.keys.fingerprint.text()
    assert shown == display_fingerprint(stations["sg"].ctx.keys.pair.fingerprint)
    assert len(shown.split()) == 8


def test_double_clicked_package_opens_on_the_exchange_page(
    qtbot: QtBot, stations: dict[str, Station], tmp_path: Path
) -> None:
    """``customs-desk --open FILE`` (the file association): the receipt is applied in place."""
    from PySide6.QtWidgets import QApplication

    from customs_desk.ui.application import AppController
    from customs_desk.ui.i18n import Translations

    sec, sg = stations["sec"], stations["sg"]
    introduce(sec, sg)
    sg.inspection()
    plan = sec.ctx.exchange.import_package(sec.actor, sg.export())
    import uuid as uuid_mod

    receipt = sec.ctx.exchange.make_receipt(sec.actor, uuid_mod.UUID(plan.package_id), tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(sg.ctx, app, Translations(app))
    controller.window_settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    controller.actor = sg.actor
    window = controller.open_main_window()
    qtbot.addWidget(window)
    controller.open_package(receipt)
    page = window.host.pages["exchange"]
    assert isinstance(page, ExchangePage)
    assert page.tabs.currentWidget() is page.receive
    assert "now received" in page.receive.message.text()
    controller.close_main_window()
