"""Installations (posts and the secretariat) that exchange packages in tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image
from tests.records_helpers import complete_payload

from customs_desk.accounts.passwords import fast_passwords_for_tests
from customs_desk.accounts.roles import Actor, Role
from customs_desk.accounts.service import NewUser, PostInput
from customs_desk.app import AppContext, open_app
from customs_desk.clock import FrozenClock
from customs_desk.paths import AppPaths

PASSWORD = "station-password"

POSTS = {
    "SGP-TUAS": ("Tuas Checkpoint", "SG", "Asia/Singapore", "Singapore Customs"),
    "VNM-HPH": ("Hai Phong Port", "VN", "Asia/Ho_Chi_Minh", "Hai Phong Customs"),
    "THA-LCB": ("Laem Chabang Port", "TH", "Asia/Bangkok", "Thai Customs"),
    "SECRET": ("Asian Network secretariat", "JP", "Asia/Tokyo", "Ministry of the Environment"),
}


@dataclass
class Station:
    """One installation with its own data folder, database and keys."""

    code: str
    ctx: AppContext
    actor: Actor
    clock: FrozenClock
    outbox: Path
    made: list[Path] = field(default_factory=list)

    def close(self) -> None:
        self.ctx.close()

    # Records -----------------------------------------------------------------------------------
    def inspection(self, **overrides: Any) -> Any:
        draft = self.ctx.inspections.new_draft(self.actor)
        return self.ctx.inspections.finalize(self.actor, draft.id, complete_payload(**overrides))

    def correct(self, record_id: Any, reason: str = "weights re-measured", **changes: Any) -> Any:
        view = self.ctx.inspections.get(record_id)
        payload = {**view.payload, **changes}
        return self.ctx.inspections.correct(self.actor, record_id, payload, reason)

    def photo(self, record_id: Any, tmp: Path, seed: int) -> Any:
        path = tmp / f"photo-{self.code}-{seed}.jpg"
        image = Image.new("RGB", (64, 48), color=(seed * 37 % 256, seed * 91 % 256, 120))
        image.save(path, format="JPEG")
        return self.ctx.attachments.add(self.actor, record_id, path, caption=f"photo {seed}")

    def export(self, **kwargs: Any) -> Path:
        result = self.ctx.exchange.export(self.actor, self.outbox, **kwargs)
        self.made.append(result.path)
        return result.path

    def tick(self, minutes: int = 5) -> None:
        self.clock.advance(minutes=minutes)


def make_station(
    root: Path, code: str, clock: FrozenClock, database_url: str | None = None
) -> Station:
    name, country, tz, agency = POSTS[code]
    kind = "secretariat" if code == "SECRET" else "post"
    paths = AppPaths.from_base(root / code)
    ctx = open_app(
        paths, clock=clock, passwords=fast_passwords_for_tests(), database_url=database_url
    )
    ctx.accounts.set_up(
        PostInput(code, name, country, tz, agency),
        NewUser(f"Supervisor {code}", f"S-{code}", Role.SUPERVISOR, PASSWORD),
        kind=kind,
    )
    actor = ctx.accounts.authenticate(f"S-{code}", PASSWORD)
    outbox = root / f"{code}-outbox"
    outbox.mkdir(parents=True, exist_ok=True)
    return Station(code, ctx, actor, clock, outbox)


def introduce(a: Station, b: Station) -> None:
    """Exchange public key files both ways, as people do after comparing fingerprints."""
    for one, other in ((a, b), (b, a)):
        key_file = one.ctx.keys.export_public(one.ctx.exchange.own_public(), one.outbox)
        other.ctx.keys.trust(other.actor, read_key(key_file))


def read_key(path: Path) -> Any:
    from customs_desk.exchange.keys import read_public_key

    return read_public_key(path)


# Forging packages (for the bad-input tests) ------------------------------------------------------
def open_members(receiver: Station, package: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Decrypt ``package`` as ``receiver`` and return (manifest, members)."""
    import json
    import zipfile

    _header, _key, _trust, plain = receiver.ctx.exchange.open_package(package)
    try:
        with zipfile.ZipFile(plain) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
    finally:
        plain.unlink()
    manifest = json.loads(members.pop("manifest.json"))
    return manifest, members


def forge(
    signer: Station,
    recipients: list[Any],
    target: Path,
    manifest: dict[str, Any],
    members: dict[str, bytes],
    *,
    rehash: bool = True,
    kind: str = "records",
    created: str | None = None,
    header_extra: dict[str, Any] | None = None,
    compress: dict[str, int] | None = None,
) -> Path:
    """Write a package with exactly these members, signed by ``signer``'s real key."""
    import hashlib
    import json
    import zipfile

    from customs_desk.exchange.container import write_container

    if rehash:
        manifest = {
            **manifest,
            "members": {
                name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                for name, data in members.items()
            },
        }

    def produce(stream: Any) -> None:
        with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                method = (compress or {}).get(name, zipfile.ZIP_DEFLATED)
                archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
            archive.writestr("manifest.json", json.dumps(manifest))

    with signer.ctx.db.read() as s:
        info = signer.ctx.exchange._sender_info(s)
    target.unlink(missing_ok=True)  # tests reuse names; the app never overwrites a package
    write_container(
        target,
        kind=kind,
        package_id=str(manifest["package_id"]),
        created=created or signer.clock.now().isoformat(),
        sender=signer.ctx.keys.pair,
        sender_info=info,
        recipients=recipients,
        extra=header_extra or {},
        produce=produce,
    )
    return target


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    import json

    return b"".join(json.dumps(r, sort_keys=True).encode() + b"\n" for r in rows)


def rows_of(data: bytes) -> list[dict[str, Any]]:
    import json

    return [json.loads(line) for line in data.splitlines() if line.strip()]


def snapshot(station: Station) -> Any:
    """Something that changes if anything at all was written: the database file's bytes for
    SQLite (main file and write-ahead log), every row of every table for PostgreSQL."""
    import hashlib

    from sqlalchemy import select

    from customs_desk.store.registry import metadata

    if station.ctx.db.engine.dialect.name == "sqlite":
        folder = station.ctx.paths.database.parent
        return {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob(station.ctx.paths.database.name + "*"))
            if not p.name.endswith("-shm")
        }
    dump = {}
    with station.ctx.db.read() as s:
        for table in metadata().sorted_tables:
            rows = s.execute(select(table)).all()
            dump[table.name] = sorted(repr(tuple(r)) for r in rows)
    return dump


def records_state(station: Station) -> Any:
    """The consolidated records, independent of arrival order (for convergence checks)."""
    from sqlalchemy import select

    from customs_desk.records.models import Case, CaseEvent, Inspection, Party, RecordRevision

    with station.ctx.db.read() as s:
        revisions = sorted(
            (str(r.record_id), r.revision, r.content_hash, r.parent_hash, r.kind)
            for r in s.scalars(select(RecordRevision))
        )
        inspections = sorted(
            (str(r.id), r.revision, r.content_hash, r.status, r.number)
            for r in s.scalars(select(Inspection))
        )
        cases = sorted(
            (str(r.id), r.revision, r.content_hash, r.status, str(r.deadline))
            for r in s.scalars(select(Case))
        )
        events = sorted((str(r.id), str(r.case_id), r.kind) for r in s.scalars(select(CaseEvent)))
        parties = sorted((str(r.id), r.revision, r.content_hash) for r in s.scalars(select(Party)))
    return {
        "revisions": revisions,
        "inspections": inspections,
        "cases": cases,
        "events": events,
        "parties": parties,
    }
