"""The exchange format as specified in docs/exchange-format.md.

Real packages (records in the full and the non-nominal profile, receipts, an update) are built
with the application, then every part is checked against its JSON Schema in
``src/customs_desk/exchange/schemas``: the container header, each manifest, every member and
every line of every JSON-lines member, and the ``.cdkey`` files. A small decoder written from the
specification alone (not from the code) opens the containers, so the byte layout and the crypto
construction in the document are checked too. Every schema must be a valid schema, be used here,
and reject at least one broken instance.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
import re
import shutil
import tomllib
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from tests.exchange_helpers import Station, forge, introduce, make_station, open_members

import customs_desk.exchange
import customs_desk.records
from customs_desk.clock import FrozenClock
from customs_desk.exchange.container import FORMAT_VERSION
from customs_desk.exchange.keys import display_fingerprint
from customs_desk.exchange.records import WITHHELD
from customs_desk.exchange.updates import UpdateContent

SCHEMA_DIR = Path(customs_desk.exchange.__file__).resolve().parent / "schemas"
RECORD_SCHEMA_DIR = Path(customs_desk.records.__file__).resolve().parent / "schemas"
ID_BASE = "https://customs-desk.example/exchange/"
GENESIS = "0" * 64

# Date-time with a UTC offset (RFC 3339). jsonschema checks "date-time" only when the optional
# rfc3339-validator is installed; otherwise this stricter local check is registered.
RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", re.ASCII
)


def canonical(value: Any) -> bytes:
    """Canonical JSON as the specification defines it (section "Canonical JSON")."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


# Schemas ---------------------------------------------------------------------------------------
def schema_names() -> list[str]:
    return sorted(p.name.removesuffix(".schema.json") for p in SCHEMA_DIR.glob("*.schema.json"))


@cache
def load_schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8")
    )
    return loaded


@cache
def registry() -> Registry[Any]:
    """The exchange schemas and the record schemas they refer to, without network access."""
    documents = [load_schema(n) for n in schema_names()] + [
        json.loads(p.read_text(encoding="utf-8")) for p in RECORD_SCHEMA_DIR.glob("*.schema.json")
    ]
    return Registry().with_resources((doc["$id"], Resource.from_contents(doc)) for doc in documents)


@cache
def format_checker() -> FormatChecker:
    checker = FormatChecker()
    if "date-time" not in checker.checkers:

        @checker.checks("date-time", raises=ValueError)
        def _date_time(value: object) -> bool:
            if not isinstance(value, str):
                return True
            if not RFC3339.match(value):
                return False
            datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
            return True

    assert {"uuid", "date", "date-time"} <= set(checker.checkers)
    return checker


@cache
def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(
        load_schema(name), registry=registry(), format_checker=format_checker()
    )


def problems(name: str, instance: Any) -> list[str]:
    return [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
        for e in validator(name).iter_errors(instance)
    ]


# A decoder written from docs/exchange-format.md ------------------------------------------------
@dataclass
class Opened:
    header: dict[str, Any]
    header_bytes: bytes
    frames: int
    content: bytes


def open_per_spec(path: Path, receiver: Station, sender: Station) -> Opened:
    data = path.read_bytes()
    assert data[:16] == b"CUSTOMS-DESK-CDX"
    length = int.from_bytes(data[16:20], "big")
    header_bytes = data[20 : 20 + length]
    header = json.loads(header_bytes)
    assert canonical(header) == header_bytes, "the header is stored in canonical form"
    position = 20 + length
    frames: list[bytes] = []
    while data[position : position + 4] != b"SIG1":
        size = int.from_bytes(data[position : position + 4], "big")
        assert 16 <= size <= header["chunk_size"] + 16
        frames.append(data[position + 4 : position + 4 + size])
        position += 4 + size
    signature = data[position + 4 :]
    assert len(signature) == 64
    # Ed25519 over SHA-256(header || frames), frames with their 4-byte lengths.
    Ed25519PublicKey.from_public_bytes(sender.ctx.keys.pair.sign_public).verify(
        signature, hashlib.sha256(data[20:position]).digest()
    )
    pair = receiver.ctx.keys.pair
    ephemeral = base64.b64decode(header["ephemeral_public"])
    box: X25519PrivateKey = pair.box
    shared = box.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    kek = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral + pair.box_public,
        info=b"customs-desk-cdx-v1-wrap",
    ).derive(shared)
    mine = next(r for r in header["recipients"] if r["fingerprint"] == pair.fingerprint)
    content_key = AESGCM(kek).decrypt(
        bytes(12), base64.b64decode(mine["wrapped_key"]), header["package_id"].encode("ascii")
    )
    aad = hashlib.sha256(header_bytes).digest()
    prefix = base64.b64decode(header["nonce_prefix"])
    plain = bytearray()
    for counter, body in enumerate(frames):
        last = b"\x01" if counter == len(frames) - 1 else b"\x00"
        nonce = prefix + counter.to_bytes(4, "big") + last
        chunk = AESGCM(content_key).decrypt(nonce, body, aad)
        assert last == b"\x01" or len(chunk) == header["chunk_size"]
        plain += chunk
    return Opened(header, header_bytes, len(frames), bytes(plain))


# The packages ----------------------------------------------------------------------------------
@dataclass
class Part:
    """One instance to validate: schema name, the instance, and where it came from."""

    schema: str
    instance: Any
    where: str


@dataclass
class World:
    parts: list[Part]
    checked_members: int
    binary_members: int


def split_jsonl(data: bytes) -> Iterator[tuple[int, Any]]:
    assert data == b"" or data.endswith(b"\n"), "every line ends with a newline"
    for number, line in enumerate(data.splitlines(), start=1):
        yield number, json.loads(line)


def member_parts(kind: str, name: str, data: bytes, where: str) -> list[Part] | None:
    """The parts of one member, or None for a member that is not JSON (checked separately)."""
    lines = {
        "records/revisions.jsonl": "revision",
        "records/attachments.jsonl": "attachment",
        "records/audit.jsonl": "audit-event",
        "records/users.jsonl": "user",
    }
    documents = {
        ("records", "post.json"): "post",
        ("receipt", "receipt.json"): "receipt",
        ("update", "alerts.json"): "alerts",
        ("update", "trust.json"): "trust",
    }
    if kind == "records" and name in lines:
        return [Part(lines[name], row, f"{where}:{name}:{n}") for n, row in split_jsonl(data)]
    if (kind, name) in documents:
        return [Part(documents[kind, name], json.loads(data), f"{where}:{name}")]
    if kind == "update" and re.fullmatch(r"trust/[0-9a-f]{16}\.cdkey", name):
        return [Part("public-key", json.loads(data), f"{where}:{name}")]
    if kind == "records" and name.startswith("attachments/"):
        assert hashlib.sha256(data).hexdigest() == name.removeprefix("attachments/")
        return None
    if kind == "update" and name.startswith("handbooks/"):
        folder = name.split("/")[1]
        if name.endswith("/handbook.toml"):
            manifest = tomllib.loads(data.decode("utf-8"))
            assert folder == f"{manifest['id']}-{manifest['version']}"
        return None
    pytest.fail(f"{where}: member {name} is not in the specification")


def semantic_checks(part: Part, header: dict[str, Any], manifest: dict[str, Any]) -> None:
    """Rules of the specification that JSON Schema cannot express."""
    value = part.instance
    if part.schema == "revision":
        assert value["content_hash"] == hashlib.sha256(canonical(value["payload"])).hexdigest()
        assert value["payload"]["id"] == value["record_id"]
        if value["kind"] in ("inspection", "case"):
            assert value["payload"]["post_code"] == manifest["post"]["code"]
    elif part.schema == "audit-event":
        body = {k: v for k, v in value.items() if k != "hash"}
        assert value["hash"] == hashlib.sha256(canonical(body)).hexdigest()
        assert value["chain"] == manifest["post"]["id"]
    elif part.schema == "post":
        assert value == manifest["post"]
    elif part.schema == "receipt":
        assert value["receipt_id"] == header["package_id"] == manifest["package_id"]
        assert value["by"] == header["sender"]["post_code"]
    elif part.schema == "trust":
        assert set(value["add"]) <= set(manifest["members"])
    elif part.schema == "public-key":
        check_key_document(value)


def check_key_document(doc: dict[str, Any]) -> None:
    sign_public = base64.b64decode(doc["sign_public"])
    box_public = base64.b64decode(doc["box_public"])
    fingerprint = hashlib.sha256(b"customs-desk-key-v1" + sign_public + box_public).hexdigest()
    assert doc["fingerprint"] == fingerprint
    body = {k: v for k, v in doc.items() if k != "signature"}
    Ed25519PublicKey.from_public_bytes(sign_public).verify(
        base64.b64decode(doc["signature"]), canonical(body)
    )
    shown = display_fingerprint(fingerprint)
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){7}", shown)
    assert shown.replace(" ", "").lower() == fingerprint[:32]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("format")
    clock = FrozenClock(start=datetime(2026, 3, 10, 2, 30, tzinfo=UTC))
    sec = make_station(root, "SECRET", clock)
    sg = make_station(root, "SGP-TUAS", clock)
    th = make_station(root, "THA-LCB", clock)
    try:
        introduce(sec, sg)
        (root / "keys").mkdir()
        key_files = [
            station.ctx.keys.export_public(station.ctx.exchange.own_public(), root / "keys")
            for station in (sec, sg, th)
        ]

        # A post's records: a person and a company, an inspection with both, one with a photo
        # and a case (opened, then a notification starting the clock), and a correction.
        person = sg.ctx.parties.save(
            sg.actor, {"name": "Tran Van Binh", "is_person": True, "country": "VN"}
        )
        company = sg.ctx.parties.save(sg.actor, {"name": "Green Metal Trading", "country": "AU"})
        first = sg.inspection(
            parties={
                "exporter": {"id": str(company.id), "name": company.name},
                "importer": {"id": str(person.id), "name": person.name},
            }
        )
        clock.advance(minutes=5)
        second = sg.inspection(declared_description="Used computers")
        sg.photo(second.id, root, seed=7)
        case = sg.ctx.cases.open_case(sg.actor, second.id, grounds=["a"], summary="No consent")
        sg.ctx.cases.add_notification(
            sg.actor,
            case.id,
            authority="Competent authority of the State of export",
            country="AU",
            notified_on=clock.now().date(),
            starts_clock="art9-30",
        )
        sg.ctx.cases.add_note(sg.actor, case.id, "Exporter called back.")
        clock.advance(minutes=5)
        sg.correct(first.id, found_weight_kg=22750)
        clock.advance(minutes=5)
        full = sg.export()
        non_nominal = sg.export(profile="non-nominal")

        # The secretariat imports both (the second one conflicts: the names differ) and a
        # package with a line that is not JSON (quarantined), and sends receipts.
        sec.ctx.exchange.import_package(sec.actor, full)
        nn_plan = sec.ctx.exchange.import_package(sec.actor, non_nominal)
        assert nn_plan.counts()["conflict"] > 0
        manifest, members = open_members(sec, full)
        manifest["package_id"] = str(uuid.uuid4())
        members["records/revisions.jsonl"] += b"{not json\n"
        damaged = forge(
            sg, sg.ctx.keys.recipients(kind="secretariat"), root / "d.cdx", manifest, members
        )
        damaged_plan = sec.ctx.exchange.import_package(sec.actor, damaged)
        assert damaged_plan.counts()["rejected"] == 1
        receipts = []
        for plan in (nn_plan, damaged_plan):
            # Receipts are named by the second they are made in: one per second.
            clock.advance(seconds=1)
            receipts.append(
                sec.ctx.exchange.make_receipt(sec.actor, uuid.UUID(plan.package_id), sec.outbox)
            )
        # The post applies the first (it never made the forged package the second is about).
        sg.ctx.exchange.apply_receipt(sg.actor, receipts[0])

        # An update: an alert, a withdrawn alert, a new handbook version, a key to trust and
        # one to revoke.
        book = root / "quick-reference"
        from customs_desk.resources import bundled_handbooks_dir

        shutil.copytree(bundled_handbooks_dir() / "quick-reference", book)
        toml = book / "handbook.toml"
        toml.write_text(
            toml.read_text(encoding="utf-8").replace('version = "1.0.0"', 'version = "9.0.0"'),
            encoding="utf-8",
        )
        update, _digest = sec.ctx.updates.make(
            sec.actor,
            sec.outbox,
            UpdateContent(
                handbooks=[book],
                alerts=[
                    {
                        "kind": "party",
                        "title": "Watch: Pacific Coast Recycling",
                        "body": "False declarations of e-waste as used computers.",
                        "data": {"name": "Pacific Coast Recycling LLC"},
                        "valid_until": "2027-06-30",
                    },
                    {"kind": "message", "title": "Typhoon: Hai Phong port closed"},
                ],
                withdraw_alerts=[str(uuid.uuid4())],
                trust=[key_files[2]],
                revoke=[{"fingerprint": hashlib.sha256(b"lost").hexdigest(), "reason": "lost"}],
            ),
        )
        assert sg.ctx.updates.apply(sg.actor, update, dry_run=True).trusted == ["THA-LCB"]

        parts: list[Part] = []
        checked = binary = 0
        packages = [
            ("records (full)", full, sec, sg),
            ("records (non-nominal)", non_nominal, sec, sg),
            ("receipt (conflicts)", receipts[0], sg, sec),
            ("receipt (quarantine)", receipts[1], sg, sec),
            ("update", update, sg, sec),
        ]
        for label, path, receiver, sender in packages:
            opened = open_per_spec(path, receiver, sender)
            header = opened.header
            parts.append(Part("container-header", header, f"{label}:header"))
            with zipfile.ZipFile(io.BytesIO(opened.content)) as archive:
                names = archive.namelist()
                content = {n: archive.read(n) for n in names}
            assert len(names) == len(set(names))
            manifest = json.loads(content.pop("manifest.json"))
            # The application's reader sees exactly what the specification's decoder sees.
            assert open_members(receiver, path) == (manifest, content)
            parts.append(Part(f"{header['kind']}-manifest", manifest, f"{label}:manifest"))
            assert manifest["package_id"] == header["package_id"]
            assert manifest["kind"] == header["kind"]
            assert set(manifest["members"]) == set(content)
            for name, data in content.items():
                entry = manifest["members"][name]
                assert entry == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                found = member_parts(header["kind"], name, data, label)
                if found is None:
                    binary += 1
                    continue
                checked += 1
                for part in found:
                    semantic_checks(part, header, manifest)
                parts += found
            if header["kind"] == "records" and manifest["profile"] == "non-nominal":
                text = json.dumps(content["records/revisions.jsonl"].decode())
                assert "Tran Van Binh" not in text and WITHHELD in text
                assert content["records/audit.jsonl"] == content["records/users.jsonl"] == b""
        for path in key_files:
            doc = json.loads(path.read_text(encoding="utf-8"))
            check_key_document(doc)
            parts.append(Part("public-key", doc, path.name))
        assert len({p.instance["fingerprint"] for p in parts if p.schema == "public-key"}) == 3
        yield World(parts, checked, binary)
    finally:
        for station in (sec, sg, th):
            station.close()


# Tests -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", schema_names())
def test_each_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"{ID_BASE}{name}.schema.json"
    assert schema["title"].strip() and schema["description"].strip()
    assert f"version {FORMAT_VERSION}" in schema["$comment"]
    # Every $ref resolves (to another exchange schema, a record schema or a local $defs).
    resolver = registry().resolver(base_uri=schema["$id"])

    def refs(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                yield node["$ref"]
            for value in node.values():
                yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    for ref in refs(schema):
        resolver.lookup(ref)


def test_the_format_version_is_the_one_the_code_writes() -> None:
    assert load_schema("container-header")["properties"]["format_version"]["const"] == (
        FORMAT_VERSION
    )
    for kind in ("records", "receipt", "update"):
        manifest = load_schema(f"{kind}-manifest")
        assert manifest["properties"]["format_version"]["const"] == FORMAT_VERSION
        assert manifest["properties"]["kind"]["const"] == kind


def test_the_specification_links_every_schema() -> None:
    spec = (Path(__file__).resolve().parents[1] / "docs" / "exchange-format.md").read_text(
        encoding="utf-8"
    )
    for name in schema_names():
        assert f"(../src/customs_desk/exchange/schemas/{name}.schema.json)" in spec, name


def test_every_part_of_real_packages_matches_its_schema(world: World) -> None:
    failures = [
        f"{part.where} ({part.schema}): {problem}"
        for part in world.parts
        for problem in problems(part.schema, part.instance)
    ]
    assert failures == []
    assert world.checked_members >= 15 and world.binary_members >= 2
    # No schema is stale: each one describes something the application really writes.
    assert {part.schema for part in world.parts} == set(schema_names())
    kinds = {p.instance["kind"] for p in world.parts if p.schema == "revision"}
    assert kinds == {"inspection", "case", "party", "case_event"}


def _drop(key: str) -> Callable[[Any], None]:
    def change(value: Any) -> None:
        del value[key]

    return change


def _set(key: str, new: Any) -> Callable[[Any], None]:
    def change(value: Any) -> None:
        value[key] = new

    return change


def _first_revision_with_parent(value: Any) -> None:
    value["revision"] = 1
    value["parent_hash"] = "1" * 64


def _non_nominal_with_audit(value: Any) -> None:
    value["profile"] = "non-nominal"
    value["counts"]["audit_events"] = 3


def _record_member(name: str) -> Callable[[Any], None]:
    def change(value: Any) -> None:
        value["members"][name] = {"sha256": "0" * 64, "size": 1}

    return change


def _event_without_case(value: Any) -> None:
    del value["payload"]["case_id"]


def _drop_received(key: str) -> Callable[[Any], None]:
    def change(value: Any) -> None:
        del value["received"][key]

    return change


def _is_receipt(value: Any) -> bool:
    return bool(value["kind"] == "receipt")


def _is_records(value: Any) -> bool:
    return bool(value["kind"] == "records")


NEGATIVE: list[tuple[str, str, Callable[[Any], None], Callable[[Any], bool]]] = [
    # (schema, what is wrong, mutation, which valid sample to start from)
    ("container-header", "no nonce prefix", _drop("nonce_prefix"), lambda v: True),
    ("container-header", "a newer version", _set("format_version", 2), lambda v: True),
    ("container-header", "a bigger chunk size", _set("chunk_size", 1 << 32), lambda v: True),
    ("container-header", "no recipient", _set("recipients", []), lambda v: True),
    ("container-header", "receipt with a sequence", _set("sequence", 3), _is_receipt),
    ("container-header", "records without a sequence", _drop("sequence"), _is_records),
    ("records-manifest", "zip-slip member", _record_member("../evil"), lambda v: True),
    ("records-manifest", "unknown member", _record_member("notes.txt"), lambda v: True),
    ("records-manifest", "non-nominal with audit", _non_nominal_with_audit, lambda v: True),
    ("receipt-manifest", "wrong kind", _set("kind", "records"), lambda v: True),
    ("update-manifest", "odd trust member", _record_member("trust/x.cdkey"), lambda v: True),
    ("revision", "no content hash", _drop("content_hash"), lambda v: True),
    ("revision", "first revision with a parent", _first_revision_with_parent, lambda v: True),
    ("revision", "upper-case hash", _set("content_hash", "A" * 64), lambda v: True),
    ("revision", "event without case", _event_without_case, lambda v: v["kind"] == "case_event"),
    ("attachment", "path in sha256", _set("sha256", "../../../etc/passwd"), lambda v: True),
    ("audit-event", "chain position 0", _set("chain_seq", 0), lambda v: True),
    ("audit-event", "time without offset", _set("occurred_at", "2026-03-10T02:30:00"), bool),
    ("user", "unknown role", _set("role", "admin"), lambda v: True),
    ("post", "three-letter country", _set("country", "SGP"), lambda v: True),
    ("receipt", "counts incomplete", _drop_received("pending"), lambda v: True),
    ("alerts", "withdraw id not a UUID", _set("withdraw", ["not-a-uuid"]), lambda v: True),
    ("trust", "absolute member path", _set("add", ["/etc/passwd"]), lambda v: True),
    ("public-key", "unknown kind", _set("kind", "admin"), lambda v: True),
    ("public-key", "short signature", _set("signature", "AAAA"), lambda v: True),
]


def test_every_schema_has_a_negative_case() -> None:
    assert {schema for schema, *_ in NEGATIVE} == set(schema_names())


@pytest.mark.parametrize(
    ("schema", "wrong", "change", "pick"), NEGATIVE, ids=[f"{s}: {w}" for s, w, *_ in NEGATIVE]
)
def test_schema_rejects(
    world: World,
    schema: str,
    wrong: str,
    change: Callable[[Any], None],
    pick: Callable[[Any], bool],
) -> None:
    sample = next(p.instance for p in world.parts if p.schema == schema and pick(p.instance))
    assert problems(schema, sample) == []
    broken = copy.deepcopy(sample)
    change(broken)
    assert problems(schema, broken), f"{schema} accepts {wrong}"
