"""Exchange by file: two posts -> the secretariat -> receipts and updates back, on SQLite and
PostgreSQL; idempotent re-import, convergence in any order, conflicts, quarantine, updates."""

from __future__ import annotations

import itertools
import json
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.exchange_helpers import (
    Station,
    forge,
    introduce,
    jsonl,
    make_station,
    open_members,
    records_state,
    rows_of,
    snapshot,
)

from customs_desk.clock import FrozenClock
from customs_desk.errors import PermissionDenied, UserError
from customs_desk.exchange.container import PackageRefused
from customs_desk.exchange.keys import display_fingerprint, read_public_key
from customs_desk.exchange.records import WITHHELD
from customs_desk.exchange.updates import UpdateContent
from customs_desk.records.common import content_hash
from customs_desk.records.models import CaseEvent, RecordRevision
from customs_desk.records.register import RegisterQuery
from customs_desk.store.audit import verify_chains


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(start=datetime(2026, 3, 10, 2, 30, tzinfo=UTC))


@pytest.fixture
def network(
    tmp_path: Path, clock: FrozenClock, backend: str | None
) -> Iterator[dict[str, Station]]:
    """Two posts on SQLite and the secretariat on ``backend`` (SQLite or PostgreSQL)."""
    stations = {
        "sec": make_station(tmp_path, "SECRET", clock, backend),
        "sg": make_station(tmp_path, "SGP-TUAS", clock),
        "vn": make_station(tmp_path, "VNM-HPH", clock),
    }
    introduce(stations["sec"], stations["sg"])
    introduce(stations["sec"], stations["vn"])
    try:
        yield stations
    finally:
        for station in stations.values():
            station.close()


def busy_post(station: Station, tmp: Path, n: int = 3) -> list[uuid.UUID]:
    """A few inspections, one with a photo and a case with a take-back clock."""
    ids = []
    for i in range(n):
        view = station.inspection(declared_description=f"Used computers lot {i}")
        ids.append(view.id)
        station.tick()
    station.photo(ids[0], tmp, seed=len(station.code))
    case = station.ctx.cases.open_case(station.actor, ids[0], grounds=["a"], summary="No consent")
    station.ctx.cases.add_notification(
        station.actor,
        case.id,
        authority="Competent authority of the State of export",
        country="AU",
        notified_on=station.clock.now().date(),
        starts_clock="art9-30",
    )
    station.tick()
    return ids


def test_round_trip_two_posts_secretariat_receipts_and_update(
    network: dict[str, Station], tmp_path: Path, clock: FrozenClock
) -> None:
    sec, sg, vn = network["sec"], network["sg"], network["vn"]
    sg_ids = busy_post(sg, tmp_path)
    busy_post(vn, tmp_path, n=2)
    sg_package = sg.export()
    vn_package = vn.export()
    assert sg_package.name.startswith("SGP-TUAS-") and sg_package.suffix == ".cdx"
    # A lost stick leaks nothing: no record text appears in the file.
    raw = sg_package.read_bytes()
    assert b"Used computers" not in raw and b"CSQU3054383" not in raw

    # Dry run: a full summary, and nothing written.
    before = snapshot(sec)
    plan = sec.ctx.exchange.import_package(sec.actor, sg_package, dry_run=True)
    new = sorted((i.kind, i.revision) for i in plan.items if i.result == "new")
    updated = sorted((i.kind, i.revision) for i in plan.items if i.result == "updated")
    # Three inspections, the case (opened, then notified: two revisions) and every event of
    # its timeline.
    with sg.ctx.db.read() as s:
        events = len(s.scalars(select(CaseEvent)).all())
    assert events >= 2
    assert new == [("case", 1)] + [("case_event", 1)] * events + [("inspection", 1)] * 3
    assert updated == [("case", 2)]
    assert plan.counts()["rejected"] == 0 and plan.attachments_new == 1
    assert snapshot(sec) == before

    # Apply both; the register holds both posts' records, with a post column.
    for package in (sg_package, vn_package):
        plan = sec.ctx.exchange.import_package(sec.actor, package)
        assert plan.counts()["rejected"] == 0, plan.as_dict()
    page = sec.ctx.register.inspections(RegisterQuery(limit=50))
    assert page.total == 5
    assert {r.values["post"] for r in page.rows} == {"SGP-TUAS", "VNM-HPH"}
    record = sec.ctx.inspections.get(sg_ids[0])
    assert record.payload["declared_description"] == "Used computers lot 0"
    photos = sec.ctx.attachments.for_record(sg_ids[0])
    assert len(photos) == 1 and sec.ctx.attachments.verify(photos[0])
    overdue = sec.ctx.cases.overdue(clock.now().date() + timedelta(days=31))
    assert {c.number for c in overdue} == {"SGP-TUAS-C2026-0001", "VNM-HPH-C2026-0001"}
    # The case timelines came too.
    sg_case = sg.ctx.cases.for_inspection(sg_ids[0])[0]
    assert [(e.kind, e.text) for e in sec.ctx.cases.timeline(sg_case.id)] == [
        (e.kind, e.text) for e in sg.ctx.cases.timeline(sg_case.id)
    ]
    # The posts' audit chains arrived intact.
    with sec.ctx.db.read() as s:
        report = verify_chains(s)
    assert report.ok, report

    overview = {o.post_code: o for o in sec.ctx.exchange.posts_overview()}
    assert overview["SGP-TUAS"].records == 3 and overview["SGP-TUAS"].open_cases == 1
    assert overview["VNM-HPH"].packages == 1 and overview["VNM-HPH"].last_package_at is not None

    # Receipts go back; the posts mark those records as received.
    for post, package in ((sg, sg_package), (vn, vn_package)):
        header_id = uuid.UUID(sec.ctx.exchange.open_package(package)[0].package_id)
        receipt = sec.ctx.exchange.make_receipt(sec.actor, header_id, sec.outbox)
        body = post.ctx.exchange.apply_receipt(post.actor, receipt)
        assert body["package_id"] == str(header_id)
        summary = post.ctx.exchange.received_summary()
        assert summary["received"] == summary["revisions"] > 0

    # After the receipt the next incremental package carries only what is new.
    sg.correct(sg_ids[1], found_weight_kg=22750)
    sg.tick()
    second = sg.export()
    plan = sec.ctx.exchange.import_package(sec.actor, second)
    assert plan.counts() == {
        "new": 0,
        "updated": 1,
        "unchanged": 0,
        "conflict": 0,
        "pending": 0,
        "rejected": 0,
    }
    assert sec.ctx.inspections.get(sg_ids[1]).payload["found_weight_kg"] == 22750
    assert [h.revision for h in sec.ctx.inspections.history(sg_ids[1])] == [1, 2]

    # An update package: an alert with a watch-listed party, applied by both posts.
    update, _digest = sec.ctx.updates.make(
        sec.actor,
        sec.outbox,
        UpdateContent(
            alerts=[
                {
                    "kind": "party",
                    "title": "Watch: Pacific Coast Recycling",
                    "body": "Repeated false declarations of e-waste as used computers.",
                    "data": {"name": "Pacific Coast Recycling LLC"},
                    "valid_until": "2027-06-30",
                }
            ]
        ),
    )
    for post in (sg, vn):
        result = post.ctx.updates.apply(post.actor, update)
        assert result.alerts == 1 and not result.already_applied
        assert [a.title for a in post.ctx.updates.alerts()] == ["Watch: Pacific Coast Recycling"]
        assert post.ctx.updates.watched_party("pacific coast recycling llc") is not None
        assert post.ctx.updates.apply(post.actor, update).already_applied


def test_reimport_changes_nothing(network: dict[str, Station], tmp_path: Path) -> None:
    sec, sg = network["sec"], network["sg"]
    busy_post(sg, tmp_path)
    package = sg.export()
    first = sec.ctx.exchange.import_package(sec.actor, package)
    before = snapshot(sec)
    again = sec.ctx.exchange.import_package(sec.actor, package)
    assert again.already_imported and not first.already_imported
    assert again.counts()["unchanged"] == len(first.items) == first.counts()["new"] + 1
    assert again.attachments_new == 0 and again.audit_new == 0
    assert snapshot(sec) == before


def test_packages_in_any_order_converge(tmp_path: Path, clock: FrozenClock) -> None:
    """Three packages from one post (each after a receipt, so each carries only new changes),
    imported in all six orders into six fresh stores: the same records every time."""
    sg = make_station(tmp_path, "SGP-TUAS", clock)
    hq = make_station(tmp_path / "hq", "SECRET", clock)
    introduce(hq, sg)
    packages = []
    ids = busy_post(sg, tmp_path, n=2)
    packages.append(sg.export())

    def acknowledge(package: Path) -> None:
        plan = hq.ctx.exchange.import_package(hq.actor, package)
        receipt = hq.ctx.exchange.make_receipt(hq.actor, uuid.UUID(plan.package_id), hq.outbox)
        sg.ctx.exchange.apply_receipt(sg.actor, receipt)

    acknowledge(packages[0])
    sg.correct(ids[0], found_weight_kg=23000)
    case = sg.ctx.cases.for_inspection(ids[0])[0]
    sg.ctx.cases.update(sg.actor, case.id, {"status": "take-back-requested"}, "Asked")
    sg.tick()
    packages.append(sg.export())
    acknowledge(packages[1])
    sg.correct(ids[0], found_weight_kg=23500, reason="weighbridge ticket")
    new_case_record = sg.inspection(declared_description="Lead-acid batteries")
    sg.ctx.cases.open_case(sg.actor, new_case_record.id, grounds=["d"])
    sg.tick()
    packages.append(sg.export())
    acknowledge(packages[2])
    expected = records_state(hq)
    assert len(expected["inspections"]) == 3 and len(expected["cases"]) == 2

    for number, order in enumerate(itertools.permutations(packages)):
        store = make_station(tmp_path / f"order{number}", "SECRET", clock)
        try:
            store.ctx.keys.trust(
                store.actor,
                read_public_key(
                    sg.ctx.keys.export_public(sg.ctx.exchange.own_public(), tmp_path / "sg.cdkey")
                ),
            )
            # The packages were encrypted to hq; this store uses hq's keys (a second PC of
            # the secretariat restored from the same key file).
            shutil.copy(
                hq.ctx.paths.data / "keys" / "installation.key",
                store.ctx.paths.data / "keys" / "installation.key",
            )
            store.ctx.keys._pair = None
            results = [store.ctx.exchange.import_package(store.actor, p) for p in order]
            assert all(r.counts()["rejected"] == 0 for r in results)
            assert records_state(store) == expected, [p.name for p in order]
            with store.ctx.db.read() as s:
                from customs_desk.exchange.models import PendingRevision

                assert s.scalars(select(PendingRevision)).first() is None
        finally:
            store.close()
    sg.close()
    hq.close()


def test_record_edited_at_both_ends_becomes_a_conflict(
    network: dict[str, Station], tmp_path: Path, clock: FrozenClock
) -> None:
    """The post's data folder was copied to a second PC (a restored backup) and the same record
    was corrected differently on each: the secretariat keeps both for a person to decide."""
    sec, sg = network["sec"], network["sg"]
    record = sg.inspection()
    sec.ctx.exchange.import_package(sec.actor, sg.export())
    sg.ctx.close()
    twin_root = tmp_path / "twin"
    shutil.copytree(sg.ctx.paths.data, twin_root / "SGP-TUAS")
    from customs_desk.accounts.passwords import fast_passwords_for_tests
    from customs_desk.app import open_app
    from customs_desk.paths import AppPaths

    sg.ctx = open_app(sg.ctx.paths, clock=clock, passwords=fast_passwords_for_tests())
    twin_ctx = open_app(
        AppPaths.from_base(twin_root / "SGP-TUAS"),
        clock=clock,
        passwords=fast_passwords_for_tests(),
    )
    (twin_root / "out").mkdir()
    twin = Station("SGP-TUAS", twin_ctx, sg.actor, clock, twin_root / "out")
    try:
        sg.correct(record.id, found_weight_kg=21000, reason="re-weighed at Tuas")
        twin.correct(record.id, found_weight_kg=24000, reason="re-weighed on the twin PC")
        first = sec.ctx.exchange.import_package(sec.actor, sg.export())
        assert first.counts()["updated"] == 1
        second = sec.ctx.exchange.import_package(sec.actor, twin.export())
        assert second.counts()["conflict"] == 1
        # Never silently overwritten: the first version stays current.
        assert sec.ctx.inspections.get(record.id).payload["found_weight_kg"] == 21000
        conflicts = sec.ctx.exchange.conflicts()
        assert len(conflicts) == 1 and conflicts[0].incoming["payload"]["found_weight_kg"] == 24000
        # Importing it again does not duplicate the conflict.
        sec.ctx.exchange.import_package(sec.actor, twin.made[-1])
        assert len(sec.ctx.exchange.conflicts()) == 1

        # A person decides: take the incoming version. The replaced one is kept.
        sec.ctx.exchange.resolve_conflict(sec.actor, conflicts[0].id, take_incoming=True)
        assert sec.ctx.inspections.get(record.id).payload["found_weight_kg"] == 24000
        assert sec.ctx.exchange.conflicts() == []
        kept = [
            c for c in sec.ctx.exchange.conflicts(open_only=False) if c.resolution == "replaced"
        ]
        assert kept and kept[0].incoming["payload"]["found_weight_kg"] == 21000
        with pytest.raises(UserError):
            sec.ctx.exchange.resolve_conflict(sec.actor, conflicts[0].id, take_incoming=False)
    finally:
        twin_ctx.close()


def test_a_copied_desk_exporting_in_the_same_second_to_the_same_stick_keeps_both(
    network: dict[str, Station], tmp_path: Path, clock: FrozenClock
) -> None:
    """Both copies give their package the same name (post, second, sequence): the second one
    used to be refused with "already exists". The name is a label; both packages are kept."""
    from customs_desk.accounts.passwords import fast_passwords_for_tests
    from customs_desk.app import open_app
    from customs_desk.paths import AppPaths

    sec, sg = network["sec"], network["sg"]
    record = sg.inspection()
    sg.ctx.close()
    shutil.copytree(sg.ctx.paths.data, tmp_path / "twin")
    sg.ctx = open_app(sg.ctx.paths, clock=clock, passwords=fast_passwords_for_tests())
    twin_ctx = open_app(
        AppPaths.from_base(tmp_path / "twin"), clock=clock, passwords=fast_passwords_for_tests()
    )
    twin = Station("SGP-TUAS", twin_ctx, sg.actor, clock, sg.outbox)  # the same stick
    try:
        twin.correct(record.id, found_weight_kg=24000, reason="re-weighed on the twin PC")
        first, second = sg.export(), twin.export()
        assert first != second and first.exists() and second.exists()
        assert second.name.startswith(first.stem + "-")
        assert sec.ctx.exchange.import_package(sec.actor, first).counts()["new"] == 1
        assert sec.ctx.exchange.import_package(sec.actor, second).counts()["updated"] == 1
        # Each desk's log names the file it wrote.
        assert twin_ctx.exchange.log()[0].file_name == second.name
        assert sg.ctx.exchange.log()[0].file_name == first.name
    finally:
        twin_ctx.close()


def test_invalid_and_duplicate_records_are_quarantined_the_rest_imported(
    network: dict[str, Station], tmp_path: Path
) -> None:
    sec, sg = network["sec"], network["sg"]
    for i in range(3):
        sg.inspection(declared_description=f"lot {i}")
    manifest, members = open_members(sec, sg.export())
    rows = rows_of(members["records/revisions.jsonl"])
    # Row 0: fails validation (an A-code that does not exist), with a matching hash.
    bad = json.loads(json.dumps(rows[0]))
    bad["payload"]["goods"][0]["basel_codes"] = ["A9999"]
    bad["content_hash"] = content_hash(bad["payload"])
    # Row 1: the same record id and revision twice, with different content.
    twin = json.loads(json.dumps(rows[1]))
    twin["payload"]["findings"] = "different text"
    twin["content_hash"] = content_hash(twin["payload"])
    members["records/revisions.jsonl"] = jsonl([bad, rows[1], twin, rows[2]])
    manifest["package_id"] = str(uuid.uuid4())
    forged = forge(
        sg, sg.ctx.keys.recipients(kind="secretariat"), tmp_path / "x.cdx", manifest, members
    )

    plan = sec.ctx.exchange.import_package(sec.actor, forged)
    counts = plan.counts()
    assert counts["new"] == 1 and counts["rejected"] == 3, plan.as_dict()
    reasons = {p["reason"] for p in plan.as_dict()["problems"]}
    assert any("A9999" in r or "basel" in r.lower() for r in reasons), reasons
    assert "the package holds two different versions of this revision" in reasons
    quarantine = sec.ctx.exchange.quarantine()
    assert len(quarantine) == 3 and {q.post_code for q in quarantine} == {"SGP-TUAS"}
    assert sec.ctx.register.inspections(RegisterQuery()).total == 1
    # The receipt tells the post what was quarantined, and those stay "not received".
    receipt = sec.ctx.exchange.make_receipt(sec.actor, uuid.UUID(plan.package_id), sec.outbox)
    body = read_receipt(sec, sg, receipt)
    assert len(body["quarantined"]) == 3


def read_receipt(sec: Station, post: Station, receipt: Path) -> dict[str, object]:
    manifest, members = open_members(post, receipt)
    assert manifest["kind"] == "receipt"
    result: dict[str, object] = json.loads(members["receipt.json"])
    return result


def test_non_nominal_profile_removes_names(network: dict[str, Station], tmp_path: Path) -> None:
    sec, sg = network["sec"], network["sg"]
    person = sg.ctx.parties.save(
        sg.actor, {"name": "Tran Van Binh", "is_person": True, "country": "VN"}
    )
    company = sg.ctx.parties.save(sg.actor, {"name": "Green Metal Trading Co", "country": "AU"})
    record = sg.inspection(
        parties={
            "exporter": {"id": str(company.id), "name": company.name},
            "importer": {"id": str(person.id), "name": person.name},
        }
    )
    package = sg.export(profile="non-nominal")
    plan = sec.ctx.exchange.import_package(sec.actor, package)
    assert plan.counts()["rejected"] == 0, plan.as_dict()
    payload = sec.ctx.inspections.get(record.id).payload
    assert payload["officers"] == [WITHHELD, WITHHELD]
    assert payload["parties"]["importer"]["name"] == WITHHELD
    assert payload["parties"]["exporter"]["name"] == "Green Metal Trading Co"  # not a person
    assert sec.ctx.parties.get(person.id).name == WITHHELD
    text = json.dumps(payload)
    assert "Nguyen Van An" not in text and "Tran Van Binh" not in text
    with sec.ctx.db.read() as s:
        authors = {r.author_name for r in s.scalars(select(RecordRevision))}
    assert authors == {WITHHELD}


def test_update_with_handbook_codes_and_trust_changes(
    network: dict[str, Station], tmp_path: Path
) -> None:
    sec, sg, vn = network["sec"], network["sg"], network["vn"]
    # A new handbook version, a newer code list, and a new post's key to trust.
    from customs_desk.codes.dataset import bundled_codes_dir
    from customs_desk.resources import bundled_handbooks_dir

    book = tmp_path / "quick-reference"
    shutil.copytree(bundled_handbooks_dir() / "quick-reference", book)
    manifest_path = book / "handbook.toml"
    text = manifest_path.read_text(encoding="utf-8")
    manifest_path.write_text(text.replace('version = "1.0.0"', 'version = "9.0.0"'), "utf-8")
    codes = tmp_path / "codes"
    shutil.copytree(bundled_codes_dir(), codes)
    info = json.loads((codes / "dataset.json").read_text())
    info["version"] = "2099.1.1"
    (codes / "dataset.json").write_text(json.dumps(info))
    th = make_station(tmp_path, "THA-LCB", sg.clock)
    th_key = th.ctx.keys.export_public(th.ctx.exchange.own_public(), tmp_path)
    vn_fp = next(k.fingerprint for k in sec.ctx.keys.trusted() if k.post_code == "VNM-HPH")
    try:
        update, _ = sec.ctx.updates.make(
            sec.actor,
            sec.outbox,
            UpdateContent(
                codes=codes,
                handbooks=[book],
                trust=[th_key],
                revoke=[{"fingerprint": vn_fp, "reason": "PC stolen"}],
            ),
            recipients=sec.ctx.keys.recipients(kind="post", post_codes=["SGP-TUAS"]),
        )
        preview = sg.ctx.updates.apply(sg.actor, update, dry_run=True)
        assert preview.handbooks == ["quick-reference 9.0.0"] and preview.codes == "2099.1.1"
        assert sg.ctx.codes.active_version() != "2099.1.1"
        result = sg.ctx.updates.apply(sg.actor, update)
        assert result.codes == "2099.1.1" and sg.ctx.codes.active_version() == "2099.1.1"
        infos, _problems = sg.ctx.handbooks.discover()
        versions = {i.id: i.version for i in infos}
        assert versions["quick-reference"] == "9.0.0"
        assert "THA-LCB" in result.trusted
        trusted = {k.post_code: k for k in sg.ctx.keys.trusted()}
        assert trusted["THA-LCB"].source.startswith("update:")
        # The update was not encrypted for Viet Nam's post.
        with pytest.raises(PackageRefused, match="not for this installation"):
            vn.ctx.updates.apply(vn.actor, update)
    finally:
        th.close()


def test_updates_only_from_the_secretariat_and_refused_whole(
    network: dict[str, Station], tmp_path: Path
) -> None:
    sec, sg, vn = network["sec"], network["sg"], network["vn"]
    introduce(sg, vn)
    # A post cannot sign updates for other posts.
    with pytest.raises(PermissionDenied):
        vn.ctx.updates.make(vn.actor, vn.outbox, UpdateContent(alerts=[]))
    # Even a well-formed update signed by a post (a tampered app) is refused.
    update, _ = sec.ctx.updates.make(
        sec.actor,
        sec.outbox,
        UpdateContent(alerts=[{"kind": "message", "title": "Typhoon: Hai Phong closed"}]),
    )
    manifest, members = open_members(sg, update)
    forged = forge(
        vn, [sg.ctx.exchange.own_public()], tmp_path / "u.cdx", manifest, members, kind="update"
    )
    before = snapshot(sg)
    with pytest.raises(PackageRefused, match="not by the secretariat"):
        sg.ctx.updates.apply(sg.actor, forged)
    assert snapshot(sg) == before
    # An update with one invalid handbook applies nothing at all (no alert, no folder).
    members["handbooks/broken-1.0/handbook.toml"] = b"id = [not toml"
    manifest["package_id"] = str(uuid.uuid4())
    broken = forge(
        sec, [sg.ctx.exchange.own_public()], tmp_path / "b.cdx", manifest, members, kind="update"
    )
    with pytest.raises(PackageRefused, match=r"broken-1\.0"):
        sg.ctx.updates.apply(sg.actor, broken)
    assert snapshot(sg) == before
    assert not (sg.ctx.paths.data / "handbooks").exists() or not any(
        (sg.ctx.paths.data / "handbooks").iterdir()
    )
    assert sg.ctx.updates.alerts() == []


def test_keys_fingerprints_and_trust_rules(network: dict[str, Station], tmp_path: Path) -> None:
    sec, sg = network["sec"], network["sg"]
    key_file = sg.ctx.keys.export_public(sg.ctx.exchange.own_public(), tmp_path / "k")
    key = read_public_key(key_file)
    shown = display_fingerprint(key.fingerprint)
    assert len(shown.split()) == 8 and all(len(g) == 4 for g in shown.split())
    # A key file whose content was edited fails its self-signature.
    doc = json.loads(key_file.read_text())
    doc["post_name"] = "Someone else"
    tampered = tmp_path / "t.cdkey"
    tampered.write_text(json.dumps(doc))
    with pytest.raises(UserError, match="not a valid Customs Desk key file"):
        read_public_key(tampered)
    # A fingerprint read over the phone that does not match is refused.
    th = make_station(tmp_path, "THA-LCB", sg.clock)
    try:
        th_key = read_public_key(th.ctx.keys.export_public(th.ctx.exchange.own_public(), tmp_path))
        with pytest.raises(UserError, match="does not match"):
            sec.ctx.keys.trust(sec.actor, th_key, expected_fingerprint="0000 1111 2222 3333")
        sec.ctx.keys.trust(
            sec.actor, th_key, expected_fingerprint=display_fingerprint(th_key.fingerprint)
        )
        # Revoked keys stay revoked.
        sec.ctx.keys.revoke(sec.actor, "THA-LCB", "laptop lost")
        with pytest.raises(UserError, match="revoked"):
            sec.ctx.keys.trust(sec.actor, th_key)
    finally:
        th.close()
    # Officers cannot change trust.
    from customs_desk.accounts.roles import Role
    from customs_desk.accounts.service import NewUser

    sg.ctx.accounts.add_user(sg.actor, NewUser("Officer", "O1", Role.OFFICER, "officer-password"))
    officer = sg.ctx.accounts.authenticate("O1", "officer-password")
    with pytest.raises(PermissionDenied):
        sg.ctx.keys.trust(officer, read_public_key(key_file))
    # The private key file is readable by its owner only.
    mode = (sg.ctx.paths.data / "keys" / "installation.key").stat().st_mode & 0o777
    assert mode == 0o600


def test_a_large_import_is_found_by_the_register_search(
    network: dict[str, Station], tmp_path: Path
) -> None:
    """Big batches are indexed in one statement (migration 0007): every imported record must be
    found by the register's search as if it had been typed in here."""
    from stdnum import iso6346

    sec, sg = network["sec"], network["sg"]
    numbers = []
    for i in range(60):
        serial = f"{400000 + i:06d}"
        number = "TGHU" + serial + iso6346.calc_check_digit("TGHU" + serial)
        numbers.append(number)
        sg.inspection(containers=[{"number": number, "seals": []}])
    plan = sec.ctx.exchange.import_package(sec.actor, sg.export())
    assert plan.counts()["new"] == 60
    for number in (numbers[0], numbers[31], numbers[59]):
        found = sec.ctx.register.inspections(RegisterQuery(text=number))
        assert found.total == 1, number
    if sec.ctx.db.is_sqlite:
        from sqlalchemy import text

        def indexed() -> tuple[int, int]:
            with sec.ctx.db.engine.begin() as conn:
                conn.execute(
                    text("INSERT INTO inspection_fts(inspection_fts) VALUES('integrity-check')")
                )
                assert conn.execute(text("SELECT active FROM inspection_fts_bulk")).scalar() == 0
                rows = conn.execute(text("SELECT count(*) FROM inspection")).scalar()
                docs = conn.execute(text("SELECT count(*) FROM inspection_fts_docsize")).scalar()
                return int(rows or 0), int(docs or 0)

        rows, docs = indexed()
        assert rows == docs == 60
        # A record made here afterwards is indexed by the per-row trigger as before.
        sec.ctx.inspections.new_draft(sec.actor)
        rows, docs = indexed()
        assert rows == docs == 61
