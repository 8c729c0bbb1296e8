"""Bad packages: each is refused (or its bad records quarantined) with a clear message, and a
refused package leaves the database byte-for-byte unchanged and no file behind."""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from tests.exchange_helpers import (
    Station,
    forge,
    introduce,
    make_station,
    open_members,
    snapshot,
)

from customs_desk.clock import FrozenClock
from customs_desk.errors import UserError
from customs_desk.exchange.container import PackageRefused


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """The secretariat, a trusted post with a package of records (incl. a photo), a post the
    secretariat does not know, and a second secretariat office. Built once: every test below
    must leave the secretariat unchanged, which each test checks."""
    root = tmp_path_factory.mktemp("bad-input")
    clock = FrozenClock(start=datetime(2026, 3, 10, 2, 30, tzinfo=UTC))
    sec = make_station(root, "SECRET", clock)
    sg = make_station(root, "SGP-TUAS", clock)
    stranger = make_station(root, "THA-LCB", clock)
    other_sec = make_station(root / "other", "SECRET", clock)
    introduce(sec, sg)
    # The stranger trusts the secretariat, but the secretariat never trusted the stranger.
    stranger.ctx.keys.trust(stranger.actor, sg_key(sec, root / "sec.cdkey"))
    for i in range(3):
        view = sg.inspection(declared_description=f"lot {i}")
        if i == 0:
            sg.photo(view.id, root, seed=3)
        clock.advance(minutes=2)
    package = sg.export()
    yield {
        "root": root,
        "clock": clock,
        "sec": sec,
        "sg": sg,
        "stranger": stranger,
        "other_sec": other_sec,
        "package": package,
    }
    for station in (sec, sg, stranger, other_sec):
        station.close()


def sg_key(station: Station, path: Path) -> object:
    from customs_desk.exchange.keys import read_public_key

    return read_public_key(station.ctx.keys.export_public(station.ctx.exchange.own_public(), path))


def refused(world: dict[str, object], path: Path, match: str) -> PackageRefused:
    """Import ``path`` (dry run and for real): refused with ``match``, nothing changed."""
    sec: Station = world["sec"]  # type: ignore[assignment]
    before = snapshot(sec)
    scratch = sec.ctx.paths.cache / "exchange"
    for dry_run in (True, False):
        with pytest.raises(PackageRefused, match=match) as info:
            sec.ctx.exchange.import_package(sec.actor, path, dry_run=dry_run)
        assert "Nothing was changed" in str(info.value.hint)
    assert snapshot(sec) == before
    assert not scratch.exists() or list(scratch.iterdir()) == []
    return info.value


def bad_copy(world: dict[str, object], name: str, change: Callable[[bytearray], None]) -> Path:
    data = bytearray(Path(world["package"]).read_bytes())  # type: ignore[arg-type]
    change(data)
    target = Path(world["root"]) / name  # type: ignore[arg-type]
    target.write_bytes(bytes(data))
    return target


def reforged(
    world: dict[str, object],
    name: str,
    change: Callable[[dict[str, object], dict[str, bytes]], None],
    **kwargs: object,
) -> Path:
    sec: Station = world["sec"]  # type: ignore[assignment]
    sg: Station = world["sg"]  # type: ignore[assignment]
    manifest, members = open_members(sec, world["package"])  # type: ignore[arg-type]
    manifest["package_id"] = str(uuid.uuid4())
    change(manifest, members)
    return forge(
        sg,
        sg.ctx.keys.recipients(kind="secretariat"),
        Path(world["root"]) / name,  # type: ignore[arg-type]
        manifest,
        members,
        **kwargs,  # type: ignore[arg-type]
    )


def test_the_good_package_imports(world: dict[str, object]) -> None:
    """The control: the unmodified package is fine (dry run only, so the world stays clean)."""
    sec: Station = world["sec"]  # type: ignore[assignment]
    plan = sec.ctx.exchange.import_package(sec.actor, world["package"], dry_run=True)  # type: ignore[arg-type]
    assert plan.counts()["new"] == 3 and plan.counts()["rejected"] == 0


@pytest.mark.parametrize("keep", [0, 10, 16, 20, 200, -70, -64, -1])
def test_truncated(world: dict[str, object], keep: int) -> None:
    path = bad_copy(world, f"cut{keep}.cdx", lambda d: d.__delitem__(slice(keep, None)))
    refused(world, path, "cut short|damaged|not a Customs Desk package|signature")


def test_flipped_bits_anywhere(world: dict[str, object]) -> None:
    size = Path(world["package"]).stat().st_size  # type: ignore[arg-type]
    for position in [0, 17, 21, 40, size // 3, size // 2, size - 80, size - 66, size - 1]:

        def flip(d: bytearray, p: int = position) -> None:
            d[p] ^= 0x10

        refused(world, bad_copy(world, f"flip{position}.cdx", flip), ".")


def test_member_hash_mismatch(world: dict[str, object]) -> None:
    def change(manifest: dict[str, object], members: dict[str, bytes]) -> None:
        members["records/revisions.jsonl"] = members["records/revisions.jsonl"].replace(
            b"lot 1", b"lot 9"
        )

    path = reforged(world, "hash.cdx", change, rehash=False)
    refused(world, path, "does not match its hash in the manifest")


def test_missing_and_unlisted_members(world: dict[str, object]) -> None:
    def change(manifest: dict[str, object], members: dict[str, bytes]) -> None:
        members["extra.bin"] = b"surprise"

    path = reforged(world, "extra.cdx", change, rehash=False)
    refused(world, path, "not in the manifest")


def test_unknown_signing_key(world: dict[str, object]) -> None:
    stranger: Station = world["stranger"]  # type: ignore[assignment]
    stranger.inspection()
    path = stranger.export()
    refused(world, path, "does not trust")


def test_wrong_signing_key(world: dict[str, object]) -> None:
    """Header says 'signed by SGP-TUAS' but another key signed it: the signature fails."""
    stranger: Station = world["stranger"]  # type: ignore[assignment]
    sg: Station = world["sg"]  # type: ignore[assignment]
    sec: Station = world["sec"]  # type: ignore[assignment]
    manifest, members = open_members(sec, world["package"])  # type: ignore[arg-type]
    manifest["package_id"] = str(uuid.uuid4())
    path = Path(world["root"]) / "impostor.cdx"  # type: ignore[arg-type]
    forge(stranger, sg.ctx.keys.recipients(kind="secretariat"), path, manifest, members)
    data = json.loads(path.read_bytes()[20 : 20 + int.from_bytes(path.read_bytes()[16:20], "big")])
    assert data["sender"]["post_code"] == "THA-LCB"
    # Swap in SGP-TUAS's fingerprint and public key: the header then claims the trusted post.
    header_len = int.from_bytes(path.read_bytes()[16:20], "big")
    raw = path.read_bytes()
    header = json.loads(raw[20 : 20 + header_len])
    header["sender"]["fingerprint"] = sg.ctx.keys.pair.fingerprint
    from customs_desk.store.audit import canonical_json

    new_header = canonical_json(header)
    forged = raw[:16] + len(new_header).to_bytes(4, "big") + new_header + raw[20 + header_len :]
    target = Path(world["root"]) / "impostor2.cdx"  # type: ignore[arg-type]
    target.write_bytes(forged)
    refused(world, target, "signature does not match")


def test_revoked_key(world: dict[str, object], tmp_path: Path) -> None:
    """A second post, trusted then revoked, sends a package: refused."""
    clock: FrozenClock = world["clock"]  # type: ignore[assignment]
    sec: Station = world["sec"]  # type: ignore[assignment]
    vn = make_station(tmp_path, "VNM-HPH", clock)
    try:
        introduce(sec, vn)
        vn.inspection()
        path = vn.export()
        sec.ctx.keys.revoke(sec.actor, "VNM-HPH", "laptop stolen")
        refused(world, path, "revoked key")
    finally:
        vn.close()


def test_encrypted_for_someone_else(world: dict[str, object]) -> None:
    sg: Station = world["sg"]  # type: ignore[assignment]
    other: Station = world["other_sec"]  # type: ignore[assignment]
    path = sg.ctx.exchange.export(
        sg.actor, sg.outbox, recipients=[other.ctx.exchange.own_public()]
    ).path
    refused(world, path, "not for this installation")


def test_replayed_package_changes_nothing(world: dict[str, object], tmp_path: Path) -> None:
    """A replayed package is not refused (that would alarm people for nothing) but changes
    nothing: it reports every record as unchanged and writes nothing."""
    clock: FrozenClock = world["clock"]  # type: ignore[assignment]
    hq = make_station(tmp_path, "SECRET", clock)
    sg: Station = world["sg"]  # type: ignore[assignment]
    try:
        introduce(hq, sg)
        sg.inspection()
        package = sg.ctx.exchange.export(
            sg.actor, sg.outbox, recipients=sg.ctx.keys.recipients(post_codes=["SECRET"])[-1:]
        ).path
        hq.ctx.exchange.import_package(hq.actor, package)
        before = snapshot(hq)
        plan = hq.ctx.exchange.import_package(hq.actor, package)
        assert plan.already_imported and plan.counts()["new"] == 0
        assert snapshot(hq) == before
    finally:
        hq.close()


def test_from_the_future(world: dict[str, object]) -> None:
    clock: FrozenClock = world["clock"]  # type: ignore[assignment]
    future = (clock.now() + timedelta(days=3)).isoformat()
    path = reforged(world, "future.cdx", lambda m, mem: None, created=future)
    refused(world, path, "dated in the future")


def test_newer_format_version(world: dict[str, object]) -> None:
    path = reforged(world, "newer.cdx", lambda m, mem: None, header_extra={"format_version": 2})
    refused(world, path, "newer version of Customs Desk")


@pytest.mark.parametrize("name", ["../../evil.txt", "/etc/passwd", "records/../../x", ".hidden"])
def test_zip_slip(world: dict[str, object], name: str) -> None:
    def change(manifest: dict[str, object], members: dict[str, bytes]) -> None:
        members[name] = b"owned"

    path = reforged(world, "slip.cdx", change)
    refused(world, path, "forbidden name")
    root = Path(world["root"])  # type: ignore[arg-type]
    assert not (root.parent / "evil.txt").exists() and not (root / "x").exists()


def test_decompression_bomb(world: dict[str, object]) -> None:
    def change(manifest: dict[str, object], members: dict[str, bytes]) -> None:
        members["attachments/" + "0" * 64] = bytes(120 * 1024 * 1024)

    path = reforged(world, "bomb.cdx", change)
    assert path.stat().st_size < 2 * 1024 * 1024
    refused(world, path, "decompression bomb")


def test_oversized_member(world: dict[str, object]) -> None:
    def change(manifest: dict[str, object], members: dict[str, bytes]) -> None:
        members["attachments/" + "1" * 64] = bytes(210 * 1024 * 1024)

    path = reforged(
        world, "huge.cdx", change, compress={"attachments/" + "1" * 64: zipfile.ZIP_STORED}
    )
    refused(world, path, "too large")
    path.unlink()


def test_not_a_package_at_all(world: dict[str, object]) -> None:
    root = Path(world["root"])  # type: ignore[arg-type]
    (root / "photo.cdx").write_bytes(b"\xff\xd8\xff\xe0 a JPEG renamed")
    refused(world, root / "photo.cdx", "not a Customs Desk package")
    refused(world, root / "missing.cdx", "does not exist")


def test_damaged_records_file_is_quarantined_not_fatal(world: dict[str, object]) -> None:
    """A line of the records file that is not JSON: that line is quarantined, the rest kept."""

    def change(manifest: dict[str, object], members: dict[str, bytes]) -> None:
        members["records/revisions.jsonl"] += b"{this is not json\n"

    sec: Station = world["sec"]  # type: ignore[assignment]
    path = reforged(world, "line.cdx", change)
    plan = sec.ctx.exchange.import_package(sec.actor, path, dry_run=True)
    assert plan.counts()["new"] == 3 and plan.counts()["rejected"] == 1
    assert plan.as_dict()["problems"][0]["reason"] == "not a JSON object"


# Fuzzing ---------------------------------------------------------------------------------------
MUTATIONS = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**9), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**9), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**9), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.integers(0, 10**9), st.integers(1, 64)),
)


@seed(20261127)
@settings(
    max_examples=60,
    deadline=None,
    derandomize=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(mutations=st.lists(MUTATIONS, min_size=1, max_size=4))
def test_fuzz_mutated_packages(
    world: dict[str, object], mutations: list[tuple[str, int, int]]
) -> None:
    """Any mutation of a signed package is refused with a clear message; nothing changes."""
    sec: Station = world["sec"]  # type: ignore[assignment]
    data = bytearray(Path(world["package"]).read_bytes())  # type: ignore[arg-type]
    original = bytes(data)
    for kind, position, value in mutations:
        at = position % max(len(data), 1)
        if not data and kind != "insert":
            continue
        if kind == "flip":
            data[at] ^= value
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = bytes([value])
        else:
            del data[at : at + value]
    if bytes(data) == original:
        return
    target = Path(world["root"]) / "fuzz.cdx"  # type: ignore[arg-type]
    target.write_bytes(bytes(data))
    before = snapshot(sec)
    with pytest.raises(UserError) as info:
        sec.ctx.exchange.import_package(sec.actor, target)
    assert isinstance(info.value, PackageRefused), info.value
    assert str(info.value)
    assert snapshot(sec) == before


def test_attachment_name_cannot_become_a_path(world: dict[str, object]) -> None:
    """An attachment entry whose 'sha256' is a path is rejected; nothing outside is touched."""

    def change(manifest: dict[str, object], members: dict[str, bytes]) -> None:
        rows = [json.loads(line) for line in members["records/attachments.jsonl"].splitlines()]
        rows[0]["sha256"] = "../../../../etc/hostname"
        members["records/attachments.jsonl"] = b"".join(
            json.dumps(r).encode() + b"\n" for r in rows
        )

    sec: Station = world["sec"]  # type: ignore[assignment]
    path = reforged(world, "attachment-path.cdx", change)
    plan = sec.ctx.exchange.import_package(sec.actor, path, dry_run=True)
    rejected = [p for p in plan.as_dict()["problems"] if p["kind"] == "attachment"]
    assert rejected and rejected[0]["reason"] == "damaged attachment entry"
    assert plan.counts()["new"] == 3


@pytest.mark.parametrize("chunk", [1 << 31, 0, "big"])
def test_frame_size_is_bounded(world: dict[str, object], chunk: object) -> None:
    path = reforged(world, "chunk.cdx", lambda m, mem: None, header_extra={"chunk_size": chunk})
    refused(world, path, "damaged header")
    path.unlink()


def test_format_version_below_one(world: dict[str, object]) -> None:
    path = reforged(world, "v0.cdx", lambda m, mem: None, header_extra={"format_version": 0})
    refused(world, path, "damaged header")


def test_audit_events_must_end_at_the_signed_head(world: dict[str, object]) -> None:
    def change(manifest: dict[str, object], members: dict[str, bytes]) -> None:
        lines = members["records/audit.jsonl"].splitlines()
        members["records/audit.jsonl"] = b"\n".join(lines[:-1]) + b"\n"  # the last one dropped

    refused(world, reforged(world, "audit-head.cdx", change), "audit events do not end")


@pytest.mark.parametrize(
    "doc",
    [
        {"add": ["/etc/passwd"], "revoke": []},
        {"add": ["trust/0123456789abcdef.cdkey"], "revoke": []},  # not in the package
        {"add": [], "revoke": [{"fingerprint": "../x"}]},
    ],
)
def test_update_with_damaged_trust_list_is_refused_whole(
    world: dict[str, object], tmp_path: Path, doc: dict[str, object]
) -> None:
    clock: FrozenClock = world["clock"]  # type: ignore[assignment]
    hq = make_station(tmp_path, "SECRET", clock)
    post = make_station(tmp_path, "VNM-HPH", clock)
    try:
        introduce(hq, post)
        from customs_desk.exchange.updates import UpdateContent

        update, _ = hq.ctx.updates.make(
            hq.actor, hq.outbox, UpdateContent(alerts=[{"kind": "message", "title": "Notice"}])
        )
        manifest, members = open_members(post, update)
        members["trust.json"] = json.dumps(doc).encode()
        manifest["package_id"] = str(uuid.uuid4())
        forged = forge(
            hq,
            [post.ctx.exchange.own_public()],
            tmp_path / "t.cdx",
            manifest,
            members,
            kind="update",
        )
        before = snapshot(post)
        with pytest.raises(PackageRefused, match=r"trust\.json is damaged"):
            post.ctx.updates.apply(post.actor, forged)
        assert snapshot(post) == before
        assert not Path("/etc/passwd.part").exists()
    finally:
        hq.close()
        post.close()


def test_update_alerts_are_checked_when_made(world: dict[str, object], tmp_path: Path) -> None:
    sec: Station = world["sec"]  # type: ignore[assignment]
    from customs_desk.exchange.updates import UpdateContent

    for alerts, withdraw, problem in (
        ([{"kind": "party", "title": "x" * 301}], [], "longer than 300"),
        ([{"kind": "party", "title": "ok", "id": "not-a-uuid"}], [], "id must be a UUID"),
        ([{"kind": "party", "title": "ok", "colour": "red"}], [], "unknown fields"),
        ([], ["not-a-uuid"], "not an alert id"),
    ):
        with pytest.raises(UserError, match=problem):
            sec.ctx.updates.make(
                sec.actor, tmp_path, UpdateContent(alerts=alerts, withdraw_alerts=withdraw)
            )
    assert list(tmp_path.glob("*.cdx")) == []
