"""Records packages (post -> secretariat), their import, and receipts (secretariat -> post).

Export: every finalized revision of this post's records since the last acknowledged package (or
all of them), the attachments they name, this post's audit events, as JSON lines in a signed,
encrypted package. Import: verify, check every member, then plan (dry run) and apply in one
transaction. Rules for each incoming revision (record id, revision n, hash h, parent p):

* the same revision with the same hash is already here: unchanged;
* revision n is here with another hash: conflict (kept for a person; never overwritten);
* revision n-1 is here and its hash is p (or n = 1): new or updated;
* revision n-1 is not here yet: pending, applied as soon as the earlier revision arrives,
  so packages imported in any order converge to the same records.

Records failing validation are quarantined with their reason; the rest are imported.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, or_, select, text, true
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from customs_desk import __version__
from customs_desk.accounts.models import Installation, Post, UserAccount
from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.codes.service import CodeService
from customs_desk.errors import UserError
from customs_desk.exchange.container import (
    ContainerHeader,
    PackageRefused,
    decrypt_to,
    read_header,
    sha256_file,
    verify_signature,
    write_container,
)
from customs_desk.exchange.keys import KeyService, PublicKey, TrustedKeyView
from customs_desk.exchange.models import Conflict, ExchangeLog, PendingRevision, Quarantine
from customs_desk.exchange.package import ContentReader, ContentWriter
from customs_desk.gcpause import collector_paused
from customs_desk.i18n import Msg
from customs_desk.records.attachments import SHA256_RE, AttachmentService
from customs_desk.records.attachments import sha256_file as sha256_attachment
from customs_desk.records.cases import FINISHED, apply_case_columns
from customs_desk.records.common import content_hash
from customs_desk.records.inspections import derived_columns
from customs_desk.records.models import (
    Attachment,
    Case,
    CaseEvent,
    Inspection,
    Party,
    RecordRevision,
)
from customs_desk.records.schema import structural_problems
from customs_desk.records.validation import parse_datetime, validate_inspection
from customs_desk.store.audit import GENESIS, AuditEvent, compute_hash
from customs_desk.store.database import Database
from customs_desk.store.migrate import current_revision

log = logging.getLogger(__name__)

MAX_PLAINTEXT = 8 << 30
FUTURE_TOLERANCE = timedelta(days=1)
IMPORT_CACHE_KIB = 65536  # SQLite page cache while a package is imported
# Core inserts of whole batches: the ORM's bulk path adds per-row bookkeeping the import does
# not need (no objects are loaded back); column defaults and types apply the same way.
REVISION_INSERT = insert(cast(Table, RecordRevision.__table__))
INSPECTION_INSERT = insert(cast(Table, Inspection.__table__))
PROFILES = ("full", "non-nominal")
REMOTE_ACCOUNT = "!remote"  # not a password hash: remote officers never sign in here
WITHHELD = "(withheld)"

Progress = Callable[[int, int], None]


@dataclass
class ExportResult:
    path: Path
    package_id: uuid.UUID
    sha256: str
    counts: dict[str, int]
    from_seq: int
    to_seq: int
    profile: str


@dataclass(frozen=True)
class PostOverview:
    """One post as the secretariat sees it."""

    post_code: str
    post_name: str
    country: str
    records: int
    open_cases: int
    overdue: int
    last_package_at: datetime | None
    last_package_file: str
    packages: int
    open_conflicts: int
    quarantined: int


@dataclass
class ItemResult:
    kind: str
    record_id: str
    revision: int | None
    result: str  # new, updated, unchanged, conflict, pending, rejected
    reason: str = ""


@dataclass
class ImportPlan:
    package_id: str
    sender: str
    kind: str
    created: str
    already_imported: bool
    items: list[ItemResult] = field(default_factory=list)
    attachments_new: int = 0
    audit_new: int = 0

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(("new", "updated", "unchanged", "conflict", "pending", "rejected"), 0)
        for item in self.items:
            out[item.result] = out.get(item.result, 0) + 1
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "package_id": self.package_id,
            "sender": self.sender,
            "kind": self.kind,
            "created": self.created,
            "already_imported": self.already_imported,
            "counts": self.counts(),
            "attachments_new": self.attachments_new,
            "audit_events_new": self.audit_new,
            "problems": [
                {
                    "kind": i.kind,
                    "record_id": i.record_id,
                    "revision": i.revision,
                    "result": i.result,
                    "reason": i.reason,
                }
                for i in self.items
                if i.result in ("conflict", "pending", "rejected")
            ],
        }


def strip_names(
    kind: str, payload: dict[str, Any], persons: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The non-nominal profile: names of individuals are removed (as WCO nCEN does for CEN).
    ``persons`` holds the ids of parties that are individuals, not companies."""
    data = copy.deepcopy(payload)
    if kind == "inspection":
        if data.get("officers"):
            data["officers"] = [WITHHELD] * len(data["officers"])
        for role, party in (data.get("parties") or {}).items():
            if isinstance(party, dict) and str(party.get("id")) in persons:
                data["parties"][role] = {**party, "name": WITHHELD}
    elif kind == "party" and data.get("is_person"):
        data["name"] = WITHHELD
        data["address"] = ""
        data["registration_number"] = ""
    elif kind == "case_event":
        data["author_name"] = WITHHELD
    return data


class RecordExchange:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        keys: KeyService,
        attachments: AttachmentService,
        codes: CodeService,
        scratch: Path,
    ) -> None:
        self._db = db
        self._clock = clock
        self._keys = keys
        self._attachments = attachments
        self._codes = codes
        self._scratch = scratch

    # Helpers -----------------------------------------------------------------------------------
    def _home(self, s: Session) -> tuple[Installation, Post]:
        inst = s.scalars(select(Installation)).one()
        return inst, s.get_one(Post, inst.home_post_id)

    def _sender_info(self, s: Session) -> dict[str, Any]:
        inst, post = self._home(s)
        return {
            "post_code": post.code,
            "kind": inst.kind,
            "post_name": post.name,
            "country": post.country,
        }

    def own_public(self) -> PublicKey:
        with self._db.read() as s:
            inst, post = self._home(s)
            return self._keys.own_public(inst.kind, post.code, post.name, post.country)

    def last_acknowledged(self, s: Session) -> tuple[int, int, int]:
        """(revision seq, attachment seq, audit chain seq) covered by acknowledged packages."""
        rows = s.scalars(
            select(ExchangeLog).where(
                ExchangeLog.direction == "out",
                ExchangeLog.kind == "records",
                ExchangeLog.acknowledged_at.is_not(None),
            )
        )
        revision = attachment = audit = 0
        for row in rows:
            revision = max(revision, row.to_seq)
            attachment = max(attachment, int(row.counts.get("attachment_to_seq", 0)))
            audit = max(audit, int(row.counts.get("audit_to_seq", 0)))
        return revision, attachment, audit

    # Export ------------------------------------------------------------------------------------
    def export(
        self,
        actor: Actor,
        folder: Path,
        *,
        full: bool = False,
        profile: str = "full",
        recipients: list[PublicKey] | None = None,
        progress: Progress | None = None,
    ) -> ExportResult:
        actor.require(Permission.EXPORT_PACKAGES)
        if profile not in PROFILES:
            raise UserError(
                Msg("Unknown profile '{profile}'; use full or non-nominal.", profile=profile)
            )
        if not folder.is_dir():
            raise UserError(
                Msg("{path} is not a folder (is the USB stick plugged in?).", path=str(folder))
            )
        targets = (
            recipients if recipients is not None else self._keys.recipients(kind="secretariat")
        )
        now = self._clock.now()
        package_id = uuid.uuid4()
        with self._db.read() as s:
            _inst, post = self._home(s)
            post_id, post_code = post.id, post.code
            acked, acked_attachments, acked_audit = (0, 0, 0) if full else self.last_acknowledged(s)
            post_info = {
                "id": str(post_id),
                "code": post_code,
                "name": post.name,
                "country": post.country,
                "timezone": post.timezone,
                "agency": post.agency,
            }
        # Incremental: everything after the last acknowledged package, and anything earlier the
        # secretariat has not confirmed (quarantined or conflicting there) is sent again.
        unsent = (
            true()
            if full
            else or_(RecordRevision.seq > acked, RecordRevision.received_at.is_(None))
        )
        with self._db.read() as s:
            sequence = (
                s.scalar(
                    select(func.max(ExchangeLog.sequence)).where(
                        ExchangeLog.direction == "out", ExchangeLog.kind == "records"
                    )
                )
                or 0
            ) + 1
            total = (
                s.scalar(
                    select(func.count())
                    .select_from(RecordRevision)
                    .where(RecordRevision.origin_post_id == post_id, unsent)
                )
                or 0
            )
            to_seq = (
                s.scalar(
                    select(func.max(RecordRevision.seq)).where(
                        RecordRevision.origin_post_id == post_id
                    )
                )
                or 0
            )
            attachment_to = (
                s.scalar(select(func.max(Attachment.seq)).where(Attachment.post_id == post_id)) or 0
            )
            audit_to = (
                s.scalar(
                    select(func.max(AuditEvent.chain_seq)).where(AuditEvent.chain == str(post_id))
                )
                or 0
            )
            sender_info = self._sender_info(s)
        counts: dict[str, int] = {}
        file_name = f"{post_code}-{now.strftime('%Y%m%d-%H%M%S')}-{sequence:04d}.cdx"

        def produce(stream: Any) -> None:
            content = ContentWriter(stream)
            done = 0

            def revisions() -> Iterator[dict[str, Any]]:
                nonlocal done
                with self._db.read() as s:
                    persons = frozenset(
                        str(i) for i in s.scalars(select(Party.id).where(Party.is_person))
                    )
                    query = (
                        select(RecordRevision)
                        .where(RecordRevision.origin_post_id == post_id, unsent)
                        .order_by(RecordRevision.seq)
                        .execution_options(yield_per=500)
                    )
                    for r in s.scalars(query):
                        payload = (
                            r.payload
                            if profile == "full"
                            else strip_names(r.kind, r.payload, persons)
                        )
                        digest = r.content_hash if profile == "full" else content_hash(payload)
                        done += 1
                        if progress is not None and done % 200 == 0:
                            progress(done, total)
                        yield {
                            "kind": r.kind,
                            "record_id": str(r.record_id),
                            "revision": r.revision,
                            "status": r.status,
                            "content_hash": digest,
                            "parent_hash": r.parent_hash
                            if profile == "full" or r.revision == 1
                            else "",
                            "author_name": r.author_name if profile == "full" else WITHHELD,
                            "created_at": r.created_at.isoformat(),
                            "reason": r.reason,
                            "payload": payload,
                        }

            counts["revisions"] = content.add_jsonl("records/revisions.jsonl", revisions())
            attachment_rows: list[dict[str, Any]] = []
            with self._db.read() as s:
                query = (
                    select(Attachment)
                    .where(Attachment.post_id == post_id, Attachment.seq > acked_attachments)
                    .order_by(Attachment.seq)
                )
                for a in s.scalars(query):
                    attachment_rows.append(
                        {
                            "id": str(a.id),
                            "record_id": str(a.record_id),
                            "sha256": a.sha256,
                            "filename": a.filename,
                            "media_type": a.media_type,
                            "size": a.size,
                            "caption": a.caption,
                            "exif": a.exif,
                            "added_by": a.added_by if profile == "full" else WITHHELD,
                            "added_at": a.added_at.isoformat(),
                        }
                    )
            counts["attachments"] = content.add_jsonl(
                "records/attachments.jsonl", iter(attachment_rows)
            )
            written: set[str] = set()
            missing = 0
            for entry in attachment_rows:
                if entry["sha256"] in written:
                    continue
                path = self._attachments.path_of(entry["sha256"])
                if path.is_file():
                    content.add_file(f"attachments/{entry['sha256']}", path)
                    written.add(entry["sha256"])
                else:
                    missing += 1
            counts["files"] = len(written)
            counts["files_missing"] = missing
            with self._db.read() as s:
                audit_query = (
                    select(AuditEvent)
                    .where(AuditEvent.chain == str(post_id), AuditEvent.chain_seq > acked_audit)
                    .order_by(AuditEvent.chain_seq)
                )
                # The non-nominal profile carries no audit events: they name officers, and
                # removing the names would break the hash chain the events exist for.
                events = (
                    [_audit_row(e) for e in s.scalars(audit_query)] if profile == "full" else []
                )
            counts["audit_events"] = content.add_jsonl("records/audit.jsonl", iter(events))
            with self._db.read() as s:
                users = (
                    [
                        {
                            "id": str(u.id),
                            "name": u.name,
                            "badge_number": u.badge_number,
                            "role": u.role,
                            "active": u.active,
                        }
                        for u in s.scalars(
                            select(UserAccount)
                            .where(UserAccount.post_id == post_id)
                            .order_by(UserAccount.created_at)
                        )
                    ]
                    if profile == "full"
                    else []
                )
            counts["users"] = content.add_jsonl("records/users.jsonl", iter(users))
            content.add_json("post.json", post_info)
            content.close(
                {
                    "package_id": str(package_id),
                    "kind": "records",
                    "format_version": 1,
                    "app_version": __version__,
                    "post": post_info,
                    "created": now.isoformat(),
                    "sequence": sequence,
                    "profile": profile,
                    "change_range": {"from_seq": acked, "to_seq": to_seq},
                    "full": full,
                    "acknowledges": self._last_receipt_id(),
                    "code_list_version": self._codes.active_version(),
                    "schema_revision": current_revision(self._db),
                    "counts": counts,
                    "audit_head": events[-1]["hash"] if events else None,
                }
            )
            if progress is not None:
                progress(total, total)

        target = folder / file_name
        if target.exists():
            # Another package of the same name is already on the stick: a copy of this desk
            # (a second PC set up from the same data) exported in the same second. The name is
            # only a label (the package's identity is in its signed header), so keep both.
            target = folder / f"{target.stem}-{str(package_id)[:8]}.cdx"
        digest = write_container(
            target,
            kind="records",
            package_id=str(package_id),
            created=now.isoformat(),
            sender=self._keys.pair,
            sender_info=sender_info,
            recipients=targets,
            extra={"sequence": sequence},
            produce=produce,
        )
        with self._db.transaction() as s:
            s.add(
                ExchangeLog(
                    id=package_id,
                    direction="out",
                    kind="records",
                    counterpart=",".join(r.post_code for r in targets),
                    sequence=sequence,
                    file_name=target.name,
                    file_sha256=digest,
                    at=now,
                    by=actor.name,
                    from_seq=acked,
                    to_seq=to_seq,
                    counts={**counts, "attachment_to_seq": attachment_to, "audit_to_seq": audit_to},
                    profile=profile,
                    acknowledged_at=None,
                )
            )
        return ExportResult(target, package_id, digest, counts, acked, to_seq, profile)

    def _last_receipt_id(self) -> str | None:
        with self._db.read() as s:
            row = s.scalars(
                select(ExchangeLog)
                .where(ExchangeLog.direction == "in", ExchangeLog.kind == "receipt")
                .order_by(ExchangeLog.at.desc())
            ).first()
            return str(row.id) if row else None

    # Opening -----------------------------------------------------------------------------------
    def open_package(
        self, path: Path, expected_kind: str | None = None
    ) -> tuple[ContainerHeader, PublicKey, TrustedKeyView, Path]:
        """Verify a package and decrypt it into a temporary file; the caller deletes that file."""
        header = read_header(path)
        if expected_kind is not None and header.kind != expected_kind:
            raise PackageRefused(
                Msg(
                    "{name} is a {kind} package, not a {expected} package.",
                    name=path.name,
                    kind=header.kind,
                    expected=expected_kind,
                ),
                hint=Msg("Nothing was changed."),
            )
        found = self._keys.key_by_fingerprint(header.sender_fingerprint)
        if found is None:
            sender = header.raw["sender"].get("post_code", "?")
            raise PackageRefused(
                Msg(
                    "{name} is signed by a key this installation does not trust ({sender}). Compare and trust the sender's key first.",
                    name=path.name,
                    sender=str(sender),
                ),
                hint=Msg("Nothing was changed."),
            )
        key, trust = found
        if not trust.active:
            raise PackageRefused(
                Msg(
                    "{name} is signed by a revoked key ({post}, revoked on {day}: {reason}).",
                    name=path.name,
                    post=trust.post_code,
                    day=trust.revoked_at.date().isoformat() if trust.revoked_at else "",
                    reason=trust.revoked_reason,
                ),
                hint=Msg("Nothing was changed."),
            )
        created = parse_datetime(header.created)
        if created is None or created > self._clock.now() + FUTURE_TOLERANCE:
            raise PackageRefused(
                Msg(
                    "{name} is dated in the future ({created}); check the clocks of both computers.",
                    name=path.name,
                    created=header.created,
                ),
                hint=Msg("Nothing was changed."),
            )
        verify_signature(path, header, key)
        self._scratch.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix="import-", suffix=".zip", dir=self._scratch)
        plain = Path(name)
        try:
            with os.fdopen(fd, "wb") as handle:
                decrypt_to(path, header, self._keys.pair, handle, MAX_PLAINTEXT)
        except BaseException:
            plain.unlink(missing_ok=True)
            raise
        return header, key, trust, plain

    # Import ------------------------------------------------------------------------------------
    def import_package(
        self, actor: Actor, path: Path, *, dry_run: bool = False, progress: Progress | None = None
    ) -> ImportPlan:
        actor.require(Permission.IMPORT_PACKAGES if not dry_run else Permission.READ_RECORDS)
        header, _key, trust, plain = self.open_package(path, "records")
        try:
            with ContentReader(plain, path.name) as content, collector_paused():
                return self._import(actor, path, header, trust, content, dry_run, progress)
        finally:
            plain.unlink(missing_ok=True)

    def _import(
        self,
        actor: Actor,
        path: Path,
        header: ContainerHeader,
        trust: TrustedKeyView,
        content: ContentReader,
        dry_run: bool,
        progress: Progress | None,
    ) -> ImportPlan:
        manifest = content.manifest
        post_info = manifest.get("post") or {}
        if (
            manifest.get("package_id") != header.package_id
            or post_info.get("code") != trust.post_code
        ):
            raise content.refuse("{name}: the manifest does not match the signed header.")
        package_id = uuid.UUID(header.package_id)
        plan = ImportPlan(header.package_id, trust.post_code, header.kind, header.created, False)
        with self._db.read() as s:
            if s.get(ExchangeLog, package_id) is not None:
                plan.already_imported = True
        items = self._read_items(content, plan, trust.post_code)
        last_audit = None
        for _n, event in content.read_jsonl("records/audit.jsonl"):
            if isinstance(event, dict):
                last_audit = event.get("hash")
        if last_audit != manifest.get("audit_head"):
            raise content.refuse("{name}: the audit events do not end where the manifest says.")
        if manifest.get("profile", "full") == "full":
            for row in items:
                if not row.get("parent_hash") and _revision_number(row) > 1:
                    raise content.refuse(
                        "{name}: revision {revision} of {record} has no parent hash.",
                        revision=_revision_number(row),
                        record=str(row.get("record_id")),
                    )
        now = self._clock.now()
        with self._db.read() if dry_run else self._db.transaction() as s:
            big_cache = not dry_run and s.get_bind().dialect.name == "sqlite"
            if big_cache:
                cache_size = int(s.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())
                # A package updates the register's 23 indexes: with SQLite's default 2 MB page
                # cache a large store rereads index pages for every batch (bench: +25 % with
                # 64 MB). Only for this transaction; the pool's connections stay small.
                s.connection().exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
            try:
                origin = self._ensure_post(s, post_info, dry_run)
                self._plan_revisions(s, items, plan, package_id, now, dry_run, origin, progress)
            finally:
                if big_cache:
                    # Never hides the import's own error: a connection that cannot take this
                    # is discarded by the pool anyway.
                    with contextlib.suppress(SQLAlchemyError):
                        s.connection().exec_driver_sql(f"PRAGMA cache_size = {cache_size}")
            self._attachments_step(s, content, plan, origin, now, dry_run)
            self._users_step(s, content, origin, now, dry_run)
            self._audit_step(s, content, plan, str(post_info.get("id", "")), dry_run)
            if not dry_run and not plan.already_imported:
                for item in plan.items:
                    if item.result == "rejected":
                        s.add(
                            Quarantine(
                                package_id=package_id,
                                post_code=trust.post_code,
                                kind=item.kind,
                                record_id=item.record_id,
                                revision=item.revision,
                                reason=item.reason,
                                payload=_find_payload(items, item),
                                received_at=now,
                            )
                        )
                if not plan.already_imported:
                    s.add(
                        ExchangeLog(
                            id=package_id,
                            direction="in",
                            kind="records",
                            counterpart=trust.post_code,
                            sequence=int(manifest.get("sequence", 0)),
                            file_name=path.name,
                            file_sha256=sha256_file(path),
                            at=now,
                            by=actor.name,
                            from_seq=int(manifest.get("change_range", {}).get("from_seq", 0)),
                            to_seq=int(manifest.get("change_range", {}).get("to_seq", 0)),
                            counts=plan.counts(),
                            profile=str(manifest.get("profile", "full")),
                            acknowledged_at=None,
                        )
                    )
        return plan

    def _read_items(
        self, content: ContentReader, plan: ImportPlan, post_code: str
    ) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        seen: dict[tuple[str, int], str] = {}
        duplicates: set[tuple[str, int]] = set()
        for number, row in content.read_jsonl("records/revisions.jsonl"):
            if not isinstance(row, dict):
                plan.items.append(
                    ItemResult("?", f"line {number}", None, "rejected", "not a JSON object")
                )
                continue
            key = (str(row.get("record_id")), _revision_number(row))
            previous = seen.get(key)
            if previous is not None and previous != row.get("content_hash"):
                duplicates.add(key)
            seen[key] = str(row.get("content_hash"))
            items.append(row)
        kept = []
        for row in items:
            key = (str(row.get("record_id")), _revision_number(row))
            if key in duplicates:
                plan.items.append(
                    ItemResult(
                        str(row.get("kind")),
                        key[0],
                        key[1],
                        "rejected",
                        "the package holds two different versions of this revision",
                    )
                )
                continue
            problem = self._check_item(row, post_code)
            if problem:
                plan.items.append(
                    ItemResult(str(row.get("kind")), key[0], key[1] or None, "rejected", problem)
                )
                continue
            kept.append(row)
        return kept

    def _check_item(self, row: dict[str, Any], post_code: str) -> str:
        kind = row.get("kind")
        payload = row.get("payload")
        if kind not in ("inspection", "case", "party", "case_event") or not isinstance(
            payload, dict
        ):
            return "unknown kind of record"
        try:
            uuid.UUID(str(row.get("record_id")))
        except ValueError:
            return "the record id is not a UUID"
        if not isinstance(row.get("revision"), int) or row["revision"] < 1:
            return "bad revision number"
        if not isinstance(row.get("content_hash"), str):
            return "the revision has no content hash"
        if str(payload.get("id")) != str(row.get("record_id")):
            return "the record id does not match its content"
        if kind in ("inspection", "case") and payload.get("post_code") != post_code:
            return f"the record belongs to post {payload.get('post_code')}, not to the sender {post_code}"
        return ""

    def _deep_check(self, row: dict[str, Any]) -> str:
        """Schema and business rules: only for revisions that will be stored (a re-import of
        records already here costs a hash comparison, not a validation)."""
        kind = str(row["kind"])
        payload = row["payload"]
        if content_hash(payload) != row["content_hash"]:
            return "the content does not match its hash"
        if kind == "inspection" and payload.get("status") == "final":
            # validate_inspection checks the schema first, and does not change the payload.
            checked = validate_inspection(
                payload, self._codes, now=self._clock.now() + FUTURE_TOLERANCE
            )
            if checked.errors:
                field_name, message = next(iter(checked.errors.items()))
                return f"invalid: {field_name}: {message}"
        elif kind in ("inspection", "case", "party"):
            problems = structural_problems(kind, payload)
            if problems:
                field_name, message = next(iter(problems.items()))
                return f"invalid: {field_name}: {message}"
        if kind == "case_event" and not _is_uuid(payload.get("case_id")):
            return "invalid: case_id: not a UUID"
        return ""

    def _ensure_post(self, s: Session, info: dict[str, Any], dry_run: bool) -> uuid.UUID:
        code = str(info.get("code", ""))
        row = s.scalars(select(Post).where(Post.code == code)).one_or_none()
        if row is not None:
            return row.id
        post_id = uuid.UUID(str(info["id"]))
        if not dry_run:
            s.add(
                Post(
                    id=post_id,
                    code=code,
                    name=str(info.get("name", code)),
                    country=str(info.get("country", ""))[:2],
                    timezone=str(info.get("timezone", "UTC")),
                    agency=str(info.get("agency", "")),
                    created_at=self._clock.now(),
                )
            )
            s.flush()
        return post_id

    def _plan_revisions(
        self,
        s: Session,
        items: list[dict[str, Any]],
        plan: ImportPlan,
        package_id: uuid.UUID,
        now: datetime,
        dry_run: bool,
        origin: uuid.UUID,
        progress: Progress | None,
    ) -> None:
        ids = list({uuid.UUID(r["record_id"]) for r in items})
        existing: dict[tuple[uuid.UUID, int], str] = {}
        pending_rows: list[dict[str, Any]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for record_id, revision, digest in s.execute(
                select(
                    RecordRevision.record_id, RecordRevision.revision, RecordRevision.content_hash
                ).where(RecordRevision.record_id.in_(chunk))
            ):
                existing[(record_id, revision)] = digest
            pending_rows += [
                p.item
                for p in s.scalars(
                    select(PendingRevision).where(PendingRevision.record_id.in_(chunk))
                )
            ]

        def key(row: dict[str, Any]) -> tuple[str, int, str]:
            return (str(row["record_id"]), int(row["revision"]), str(row["content_hash"]))

        pending_keys = {key(r) for r in pending_rows}
        package_keys = {key(r) for r in items}
        # Package order (the sender's order of writing: revision n before n + 1, a case's
        # events in the order they happened), then revisions waiting from earlier packages.
        queue = items + sorted(
            (r for r in pending_rows if key(r) not in package_keys),
            key=lambda r: (r["record_id"], r["revision"]),
        )
        applied: dict[uuid.UUID, dict[str, Any]] = {}  # record -> its latest stored revision
        stored: list[dict[str, Any]] = []
        checked: set[tuple[str, int, str]] = set(pending_keys)  # validated when first received
        total = len(queue)
        progressed = True
        waiting = queue
        done = 0

        def valid(row: dict[str, Any], row_key: tuple[str, int, str]) -> bool:
            if row_key in checked:
                return True
            problem = self._deep_check(row)
            if problem:
                plan.items.append(
                    ItemResult(row["kind"], row["record_id"], row_key[1], "rejected", problem)
                )
                return False
            checked.add(row_key)
            return True

        while progressed and waiting:
            progressed = False
            still: list[dict[str, Any]] = []
            for row in waiting:
                record_id = uuid.UUID(row["record_id"])
                revision = int(row["revision"])
                row_key = key(row)
                in_package = row_key in package_keys
                was_pending = row_key in pending_keys
                here = existing.get((record_id, revision))
                if here is not None:
                    if here == row["content_hash"]:
                        if in_package:
                            plan.items.append(
                                ItemResult(row["kind"], row["record_id"], revision, "unchanged")
                            )
                    elif valid(row, row_key):
                        plan.items.append(
                            ItemResult(
                                row["kind"],
                                row["record_id"],
                                revision,
                                "conflict",
                                "another version of this revision is already here",
                            )
                        )
                        if not dry_run:
                            self._conflict(s, row, here, package_id, now)
                    if was_pending and not dry_run:
                        self._drop_pending(s, row)
                    done += 1
                    continue
                parent = existing.get((record_id, revision - 1))
                # Non-nominal packages carry no parent hashes (removing names changed the hashes).
                linked = parent is not None and row.get("parent_hash") in ("", parent)
                if revision == 1 or linked:
                    if not valid(row, row_key):
                        done += 1
                        continue
                    result = "new" if revision == 1 else "updated"
                    plan.items.append(ItemResult(row["kind"], row["record_id"], revision, result))
                    existing[(record_id, revision)] = row["content_hash"]
                    latest = applied.get(record_id)
                    if latest is None or int(latest["revision"]) < revision:
                        applied[record_id] = row
                    if not dry_run:
                        stored.append(row)
                        if was_pending:
                            self._drop_pending(s, row)
                    progressed = True
                    done += 1
                    if progress is not None and done % 500 == 0:
                        progress(done, total)
                elif parent is not None:
                    if not valid(row, row_key):
                        done += 1
                        continue
                    plan.items.append(
                        ItemResult(
                            row["kind"],
                            row["record_id"],
                            revision,
                            "conflict",
                            "it builds on a different earlier revision (edited at both ends)",
                        )
                    )
                    if not dry_run:
                        self._conflict(s, row, parent, package_id, now)
                        if was_pending:
                            self._drop_pending(s, row)
                    done += 1
                else:
                    still.append(row)
            waiting = still
        for row in waiting:
            row_key = key(row)
            if row_key not in package_keys:
                continue  # still waiting from an earlier package
            if not valid(row, row_key):
                continue
            plan.items.append(
                ItemResult(
                    row["kind"],
                    row["record_id"],
                    int(row["revision"]),
                    "pending",
                    "waits for an earlier revision from another package",
                )
            )
            if not dry_run and row_key not in pending_keys:
                s.add(
                    PendingRevision(
                        record_id=uuid.UUID(row["record_id"]),
                        revision=int(row["revision"]),
                        content_hash=row["content_hash"],
                        item=row,
                        package_id=package_id,
                        received_at=now,
                    )
                )
        if dry_run:
            return
        self._insert_revisions(s, stored, origin, now)
        by_kind: dict[str, list[dict[str, Any]]] = {}
        for row in applied.values():
            by_kind.setdefault(row["kind"], []).append(row)
        # Parties and inspections before cases (a case row needs its inspection), then events.
        for row in by_kind.get("party", []):
            self._update_current(s, uuid.UUID(row["record_id"]), int(row["revision"]), origin, now)
        self._apply_inspections(s, by_kind.get("inspection", []), origin)
        s.flush()
        for kind in ("case", "case_event"):
            for row in by_kind.get(kind, []):
                self._update_current(
                    s, uuid.UUID(row["record_id"]), int(row["revision"]), origin, now
                )
        self._adopt_waiting_cases(s, origin, now)
        if progress is not None:
            progress(total, total)

    def _insert_revisions(
        self, s: Session, rows: list[dict[str, Any]], origin: uuid.UUID, now: datetime
    ) -> None:
        """One multi-row insert for the revisions of a package (the unit of work per row
        would take most of the import's time)."""
        values = [
            {
                "record_id": uuid.UUID(row["record_id"]),
                "kind": row["kind"],
                "revision": int(row["revision"]),
                "status": str(row.get("status", "final"))[:30],
                "payload": row["payload"],
                "content_hash": row["content_hash"],
                "parent_hash": row.get("parent_hash") or GENESIS,
                "author_id": None,
                "author_name": str(row.get("author_name", ""))[:200],
                "created_at": parse_datetime(row.get("created_at")) or now,
                "reason": str(row.get("reason", "")),
                "origin_post_id": origin,
                "received_at": now,
            }
            for row in rows
        ]
        s.flush()
        for start in range(0, len(values), 1000):
            s.execute(REVISION_INSERT, values[start : start + 1000])

    def _apply_inspections(self, s: Session, rows: list[dict[str, Any]], origin: uuid.UUID) -> None:
        """The register rows of imported inspections: new ones in one insert, others updated."""
        if not rows:
            return
        ids = [uuid.UUID(r["record_id"]) for r in rows]
        current: dict[uuid.UUID, Inspection] = {}
        first_created: dict[uuid.UUID, datetime] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            current.update(
                {i.id: i for i in s.scalars(select(Inspection).where(Inspection.id.in_(chunk)))}
            )
            for record_id, created in s.execute(
                select(RecordRevision.record_id, RecordRevision.created_at).where(
                    RecordRevision.record_id.in_(chunk), RecordRevision.revision == 1
                )
            ):
                first_created[record_id] = created
        inserts = []
        for row in rows:
            record_id = uuid.UUID(row["record_id"])
            revision = int(row["revision"])
            payload = row["payload"]
            created = parse_datetime(row.get("created_at")) or self._clock.now()
            columns = derived_columns(payload)
            columns["inspected_at"] = columns["inspected_at"] or created
            existing_row = current.get(record_id)
            if existing_row is None:
                first = first_created.get(record_id, created)
                inserts.append(
                    {
                        "id": record_id,
                        "post_id": origin,
                        "number": payload.get("number"),
                        "status": str(row.get("status", "final")),
                        "revision": revision,
                        "created_by": None,
                        "created_at": first,
                        "updated_at": created,
                        "finalized_at": first,
                        "payload": payload,
                        "content_hash": row["content_hash"],
                        **columns,
                    }
                )
            elif existing_row.revision < revision:
                for name, value in columns.items():
                    setattr(existing_row, name, value)
                existing_row.status = str(row.get("status", "final"))
                existing_row.revision = revision
                existing_row.payload = payload
                existing_row.content_hash = row["content_hash"]
                existing_row.updated_at = created
                existing_row.number = payload.get("number")
        s.flush()
        bulk = s.get_bind().dialect.name == "sqlite" and len(inserts) > 50
        if bulk:
            # Index the batch in one statement (migration 0007): same result, ~10x faster.
            before = s.scalar(select(func.coalesce(func.max(Inspection.seq), 0)))
            s.execute(text("UPDATE inspection_fts_bulk SET active = 1 WHERE id = 1"))
        for start in range(0, len(inserts), 1000):
            s.execute(INSPECTION_INSERT, inserts[start : start + 1000])
        if bulk:
            s.execute(
                text(
                    "INSERT INTO inspection_fts (rowid, search_text) "
                    "SELECT seq, search_text FROM inspection WHERE seq > :before"
                ),
                {"before": before},
            )
            s.execute(text("UPDATE inspection_fts_bulk SET active = 0 WHERE id = 1"))

    def _adopt_waiting_cases(self, s: Session, origin: uuid.UUID, now: datetime) -> None:
        """Cases that arrived before their inspection (packages imported out of order), then
        their events."""
        for kind, model in (("case", Case), ("case_event", CaseEvent)):
            s.flush()
            waiting = s.execute(
                select(RecordRevision.record_id, func.max(RecordRevision.revision))
                .where(
                    RecordRevision.kind == kind,
                    RecordRevision.origin_post_id == origin,
                    RecordRevision.record_id.not_in(select(model.id)),
                )
                .group_by(RecordRevision.record_id)
            ).all()
            for record_id, revision in waiting:
                self._update_current(s, record_id, int(revision), origin, now)

    def _drop_pending(self, s: Session, row: dict[str, Any]) -> None:
        for pending in s.scalars(
            select(PendingRevision).where(
                PendingRevision.record_id == uuid.UUID(row["record_id"]),
                PendingRevision.revision == int(row["revision"]),
                PendingRevision.content_hash == row["content_hash"],
            )
        ):
            s.delete(pending)

    def _conflict(
        self, s: Session, row: dict[str, Any], local_hash: str, package_id: uuid.UUID, now: datetime
    ) -> None:
        exists = s.scalars(
            select(Conflict).where(
                Conflict.record_id == uuid.UUID(row["record_id"]),
                Conflict.revision == int(row["revision"]),
                Conflict.incoming_hash == row["content_hash"],
            )
        ).first()
        if exists is None:
            s.add(
                Conflict(
                    record_id=uuid.UUID(row["record_id"]),
                    kind=row["kind"],
                    revision=int(row["revision"]),
                    local_hash=local_hash,
                    incoming_hash=row["content_hash"],
                    incoming=row,
                    package_id=package_id,
                    detected_at=now,
                    resolved_at=None,
                    resolution="",
                    resolved_by="",
                )
            )

    def _update_current(
        self, s: Session, record_id: uuid.UUID, revision: int, origin: uuid.UUID, now: datetime
    ) -> None:
        head = s.scalars(
            select(RecordRevision).where(
                RecordRevision.record_id == record_id, RecordRevision.revision == revision
            )
        ).one()
        payload = head.payload
        if head.kind == "inspection":
            row = s.scalars(select(Inspection).where(Inspection.id == record_id)).one_or_none()
            if row is not None and row.revision >= revision:
                return
            columns = derived_columns(payload)
            columns["inspected_at"] = columns["inspected_at"] or head.created_at
            if row is None:
                first = (
                    s.scalars(
                        select(RecordRevision.created_at)
                        .where(RecordRevision.record_id == record_id)
                        .order_by(RecordRevision.revision)
                    ).first()
                    or head.created_at
                )
                s.add(
                    Inspection(
                        id=record_id,
                        post_id=origin,
                        number=payload.get("number"),
                        status=head.status,
                        revision=revision,
                        created_by=None,
                        created_at=first,
                        updated_at=head.created_at,
                        finalized_at=first,
                        payload=payload,
                        content_hash=head.content_hash,
                        **columns,
                    )
                )
            else:
                for name, value in columns.items():
                    setattr(row, name, value)
                row.status, row.revision, row.payload = head.status, revision, payload
                row.content_hash, row.updated_at, row.number = (
                    head.content_hash,
                    head.created_at,
                    payload.get("number"),
                )
        elif head.kind == "case":
            case = s.scalars(select(Case).where(Case.id == record_id)).one_or_none()
            if case is not None and case.revision >= revision:
                return
            s.flush()
            inspection = s.scalars(
                select(Inspection).where(Inspection.id == uuid.UUID(payload["inspection_id"]))
            ).one_or_none()
            if case is None:
                if inspection is None:
                    return  # the inspection comes in a later package; the case is applied with it
                case = Case(
                    id=record_id,
                    post_id=origin,
                    number=payload["number"],
                    inspection_id=inspection.id,
                    status=payload["status"],
                    opened_at=parse_datetime(payload["opened_at"]) or now,
                    revision=revision,
                    payload=payload,
                    content_hash=head.content_hash,
                    updated_at=head.created_at,
                )
                apply_case_columns(case, payload, inspection)
                s.add(case)
            else:
                case.revision, case.payload, case.content_hash, case.updated_at = (
                    revision,
                    payload,
                    head.content_hash,
                    head.created_at,
                )
                apply_case_columns(case, payload, inspection)
        elif head.kind == "case_event":
            case_id = uuid.UUID(payload["case_id"])
            known = s.scalar(select(CaseEvent.seq).where(CaseEvent.id == record_id))
            case_here = s.scalar(select(Case.id).where(Case.id == case_id))
            if known is None and case_here is not None:
                s.add(
                    CaseEvent(
                        id=record_id,
                        case_id=case_id,
                        occurred_at=parse_datetime(payload.get("occurred_at")) or head.created_at,
                        kind=str(payload.get("kind", "note")),
                        text=str(payload.get("text", "")),
                        author_id=None,
                        author_name=str(payload.get("author_name", "")),
                        data=dict(payload.get("data") or {}),
                    )
                )
        elif head.kind == "party":
            from customs_desk.handbooks.text import fold

            party = s.scalars(select(Party).where(Party.id == record_id)).one_or_none()
            if party is not None and party.revision >= revision:
                return
            values = {
                "name": payload["name"],
                "name_folded": fold(payload["name"]),
                "is_person": bool(payload.get("is_person")),
                "address": payload.get("address", ""),
                "country": payload.get("country", ""),
                "registration_number": payload.get("registration_number", ""),
                "revision": revision,
                "payload": payload,
                "content_hash": head.content_hash,
                "updated_at": head.created_at,
            }
            if party is None:
                s.add(Party(id=record_id, post_id=origin, created_at=head.created_at, **values))
            else:
                for name, value in values.items():
                    setattr(party, name, value)

    def _attachments_step(
        self,
        s: Session,
        content: ContentReader,
        plan: ImportPlan,
        origin: uuid.UUID,
        now: datetime,
        dry_run: bool,
    ) -> None:
        names = set(content.names())
        rows = [
            row
            for _n, row in content.read_jsonl("records/attachments.jsonl")
            if isinstance(row, dict)
        ]
        known = {
            str(i)
            for i in s.scalars(
                select(Attachment.id).where(
                    Attachment.id.in_([uuid.UUID(r["id"]) for r in rows if _is_uuid(r.get("id"))])
                )
            )
        }
        for row in rows:
            if (
                not _is_uuid(row.get("id"))
                or not isinstance(row.get("sha256"), str)
                or not SHA256_RE.fullmatch(row["sha256"])
                or not _is_uuid(row.get("record_id"))
            ):
                plan.items.append(
                    ItemResult(
                        "attachment",
                        str(row.get("id")),
                        None,
                        "rejected",
                        "damaged attachment entry",
                    )
                )
                continue
            if row["id"] in known:
                continue
            member = f"attachments/{row['sha256']}"
            target = self._attachments.path_of(row["sha256"])
            if member not in names and not target.is_file():
                plan.items.append(
                    ItemResult(
                        "attachment", row["id"], None, "rejected", "the file is not in the package"
                    )
                )
                continue
            plan.attachments_new += 1
            if dry_run:
                continue
            if not target.is_file():
                content.extract_to(member, target)
                if sha256_attachment(target) != row["sha256"]:
                    target.unlink(missing_ok=True)
                    raise content.refuse(
                        "{name}: attachment {member} does not match its name.", member=member
                    )
            s.add(
                Attachment(
                    id=uuid.UUID(row["id"]),
                    record_id=uuid.UUID(str(row["record_id"])),
                    post_id=origin,
                    sha256=row["sha256"],
                    filename=str(row.get("filename", ""))[:255],
                    media_type=str(row.get("media_type", "")),
                    size=int(row.get("size", 0)),
                    caption=str(row.get("caption", "")),
                    exif=dict(row.get("exif") or {}),
                    added_by=str(row.get("added_by", "")),
                    added_at=parse_datetime(row.get("added_at")) or now,
                )
            )

    def _users_step(
        self, s: Session, content: ContentReader, origin: uuid.UUID, now: datetime, dry_run: bool
    ) -> None:
        """The sending post's officers, as accounts that cannot sign in here (they are named by
        the audit events and revisions)."""
        if dry_run or "records/users.jsonl" not in content.names():
            return
        for _n, row in content.read_jsonl("records/users.jsonl"):
            if not isinstance(row, dict) or not _is_uuid(row.get("id")):
                continue
            ident = uuid.UUID(row["id"])
            if s.get(UserAccount, ident) is not None:
                continue
            badge = str(row.get("badge_number", ""))[:40]
            clash = s.scalars(
                select(UserAccount).where(
                    UserAccount.post_id == origin, UserAccount.badge_number == badge
                )
            ).first()
            if clash is not None:
                continue
            s.add(
                UserAccount(
                    id=ident,
                    post_id=origin,
                    name=str(row.get("name", ""))[:200],
                    badge_number=badge,
                    role=str(row.get("role"))
                    if row.get("role") in ("officer", "supervisor")
                    else "officer",
                    password_hash=REMOTE_ACCOUNT,
                    active=False,
                    created_at=now,
                    password_changed_at=now,
                    failed_logins=0,
                    locked_until=None,
                    last_login_at=None,
                )
            )
        s.flush()

    def _audit_step(
        self, s: Session, content: ContentReader, plan: ImportPlan, chain: str, dry_run: bool
    ) -> None:
        rows = [
            row for _n, row in content.read_jsonl("records/audit.jsonl") if isinstance(row, dict)
        ]
        if not rows:
            return
        ids = [uuid.UUID(r["id"]) for r in rows if _is_uuid(r.get("id"))]
        known: set[str] = set()
        for start in range(0, len(ids), 500):
            known |= {
                str(i)
                for i in s.scalars(
                    select(AuditEvent.id).where(AuditEvent.id.in_(ids[start : start + 500]))
                )
            }
        for row in rows:
            if row.get("id") in known:
                continue
            if row.get("chain") != chain:
                plan.items.append(
                    ItemResult(
                        "audit",
                        str(row.get("id")),
                        None,
                        "rejected",
                        "audit event of another post's chain",
                    )
                )
                continue
            event = AuditEvent(
                id=uuid.UUID(row["id"]),
                chain=chain,
                chain_seq=int(row["chain_seq"]),
                occurred_at=parse_datetime(row["occurred_at"]) or self._clock.now(),
                actor_id=uuid.UUID(row["actor_id"]) if _is_uuid(row.get("actor_id")) else None,
                actor_name=str(row["actor_name"]),
                action=str(row["action"]),
                entity_type=str(row["entity_type"]),
                entity_id=str(row["entity_id"]),
                details=dict(row.get("details") or {}),
                prev_hash=str(row["prev_hash"]),
            )
            if compute_hash(event) != row.get("hash"):
                plan.items.append(
                    ItemResult(
                        "audit",
                        row["id"],
                        None,
                        "rejected",
                        "the audit event was changed after it was written",
                    )
                )
                continue
            clash = s.scalars(
                select(AuditEvent).where(
                    AuditEvent.chain == chain, AuditEvent.chain_seq == event.chain_seq
                )
            ).first()
            if clash is not None:
                plan.items.append(
                    ItemResult(
                        "audit",
                        row["id"],
                        None,
                        "rejected",
                        "another event has this place in the chain",
                    )
                )
                continue
            event.hash = str(row["hash"])
            plan.audit_new += 1
            if not dry_run:
                s.add(event)

    # Receipts ----------------------------------------------------------------------------------
    def make_receipt(self, actor: Actor, package_id: uuid.UUID, folder: Path) -> Path:
        """A signed receipt for an imported package, to carry back to the post."""
        actor.require(Permission.IMPORT_PACKAGES)
        with self._db.read() as s:
            entry = s.get(ExchangeLog, package_id)
            if entry is None or entry.direction != "in" or entry.kind != "records":
                raise UserError(Msg("No imported records package {id}.", id=str(package_id)))
            sender = entry.counterpart
            quarantined = [
                {"record_id": q.record_id, "revision": q.revision, "reason": q.reason}
                for q in s.scalars(select(Quarantine).where(Quarantine.package_id == package_id))
            ]
            conflicts = [
                {"record_id": str(c.record_id), "revision": c.revision}
                for c in s.scalars(select(Conflict).where(Conflict.package_id == package_id))
            ]
            info = self._sender_info(s)
            to_seq, counts = entry.to_seq, dict(entry.counts)
        recipients = self._keys.recipients(post_codes=[sender])
        if not recipients:
            raise UserError(Msg("The key of post {post} is not trusted any more.", post=sender))
        now = self._clock.now()
        receipt_id = uuid.uuid4()
        body = {
            "receipt_id": str(receipt_id),
            "package_id": str(package_id),
            "post": sender,
            "to_seq": to_seq,
            "received": counts,
            "quarantined": quarantined,
            "conflicts": conflicts,
            "made": now.isoformat(),
            "by": info["post_code"],
        }

        def produce(stream: Any) -> None:
            content = ContentWriter(stream)
            content.add_json("receipt.json", body)
            content.close(
                {
                    "package_id": str(receipt_id),
                    "kind": "receipt",
                    "format_version": 1,
                    "app_version": __version__,
                }
            )

        target = (
            folder / f"receipt-{sender}-{now.strftime('%Y%m%d-%H%M%S')}-{str(receipt_id)[:8]}.cdx"
        )
        digest = write_container(
            target,
            kind="receipt",
            package_id=str(receipt_id),
            created=now.isoformat(),
            sender=self._keys.pair,
            sender_info=info,
            recipients=recipients,
            extra={},
            produce=produce,
        )
        with self._db.transaction() as s:
            s.add(
                ExchangeLog(
                    id=receipt_id,
                    direction="out",
                    kind="receipt",
                    counterpart=sender,
                    sequence=0,
                    file_name=target.name,
                    file_sha256=digest,
                    at=now,
                    by=actor.name,
                    from_seq=0,
                    to_seq=to_seq,
                    counts={"for_package": str(package_id)},
                    profile="full",
                    acknowledged_at=None,
                )
            )
        return target

    def apply_receipt(self, actor: Actor, path: Path) -> dict[str, Any]:
        actor.require(Permission.EXPORT_PACKAGES)
        header, _key, trust, plain = self.open_package(path, "receipt")
        try:
            with ContentReader(plain, path.name) as content:
                raw = content.read_json("receipt.json")
        finally:
            plain.unlink(missing_ok=True)
        if not isinstance(raw, dict):
            raise PackageRefused(
                Msg("{name} is not a valid receipt.", name=path.name),
                hint=Msg("Nothing was changed."),
            )
        body: dict[str, Any] = raw
        if trust.kind != "secretariat":
            raise PackageRefused(
                Msg("{name} is not from the secretariat.", name=path.name),
                hint=Msg("Nothing was changed."),
            )
        now = self._clock.now()
        with self._db.transaction() as s:
            package = s.get(ExchangeLog, uuid.UUID(str(body.get("package_id"))))
            if package is None or package.direction != "out":
                raise PackageRefused(
                    Msg("{name} acknowledges a package this post did not make.", name=path.name),
                    hint=Msg("Nothing was changed."),
                )
            receipt_id = uuid.UUID(header.package_id)
            if s.get(ExchangeLog, receipt_id) is None:
                package.acknowledged_at = now
                self._mark_received(s, package, body, now)
                package.note = json.dumps(
                    {
                        "quarantined": body.get("quarantined", []),
                        "conflicts": body.get("conflicts", []),
                    }
                )
                s.add(
                    ExchangeLog(
                        id=receipt_id,
                        direction="in",
                        kind="receipt",
                        counterpart=trust.post_code,
                        sequence=0,
                        file_name=path.name,
                        file_sha256=sha256_file(path),
                        at=now,
                        by=actor.name,
                        from_seq=0,
                        to_seq=int(body.get("to_seq", 0)),
                        counts={"for_package": str(package.id)},
                        profile="full",
                        acknowledged_at=None,
                    )
                )
        return body

    def _mark_received(
        self, s: Session, package: ExchangeLog, body: dict[str, Any], now: datetime
    ) -> None:
        """Mark this post's revisions carried by ``package`` as received by the secretariat,
        except those it quarantined or holds as conflicts."""
        held = {
            (str(item.get("record_id")), item.get("revision"))
            for item in [*body.get("quarantined", []), *body.get("conflicts", [])]
            if isinstance(item, dict)
        }
        _inst, post = self._home(s)
        rows = s.scalars(
            select(RecordRevision).where(
                RecordRevision.origin_post_id == post.id,
                RecordRevision.seq <= package.to_seq,
                RecordRevision.received_at.is_(None),
            )
        )
        for row in rows:
            if (str(row.record_id), row.revision) not in held:
                row.received_at = now

    def received_summary(self) -> dict[str, int]:
        """How many of this post's finalized revisions the secretariat has acknowledged."""
        with self._db.read() as s:
            _inst, post = self._home(s)
            total = s.scalar(
                select(func.count())
                .select_from(RecordRevision)
                .where(RecordRevision.origin_post_id == post.id)
            )
            received = s.scalar(
                select(func.count())
                .select_from(RecordRevision)
                .where(
                    RecordRevision.origin_post_id == post.id,
                    RecordRevision.received_at.is_not(None),
                )
            )
            return {"revisions": int(total or 0), "received": int(received or 0)}

    # Queries -----------------------------------------------------------------------------------
    def posts_overview(self) -> list[PostOverview]:
        """Per post: last package received, records, open cases, overdue take-backs."""
        today = self._clock.now().date()
        with self._db.read() as s:
            records = dict(
                s.execute(
                    select(Inspection.post_id, func.count())
                    .where(Inspection.status != "draft")
                    .group_by(Inspection.post_id)
                ).all()
            )
            open_cases = dict(
                s.execute(
                    select(Case.post_id, func.count())
                    .where(Case.status.not_in(FINISHED))
                    .group_by(Case.post_id)
                ).all()
            )
            overdue = dict(
                s.execute(
                    select(Case.post_id, func.count())
                    .where(
                        Case.status.not_in(FINISHED),
                        Case.deadline.is_not(None),
                        Case.deadline < today,
                    )
                    .group_by(Case.post_id)
                ).all()
            )
            packages: dict[str, list[ExchangeLog]] = {}
            for entry in s.scalars(
                select(ExchangeLog)
                .where(ExchangeLog.direction == "in", ExchangeLog.kind == "records")
                .order_by(ExchangeLog.at)
            ):
                packages.setdefault(entry.counterpart, []).append(entry)
            conflicts: dict[str, int] = {}
            for package_id in s.scalars(
                select(Conflict.package_id).where(Conflict.resolved_at.is_(None))
            ):
                source = s.get(ExchangeLog, package_id)
                if source is not None:
                    conflicts[source.counterpart] = conflicts.get(source.counterpart, 0) + 1
            quarantined = dict(
                s.execute(
                    select(Quarantine.post_code, func.count()).group_by(Quarantine.post_code)
                ).all()
            )
            out = []
            home = self._home(s)[1].id
            for post in s.scalars(select(Post).order_by(Post.country, Post.code)):
                if post.id == home:
                    continue  # the secretariat's own office sends no packages
                received = packages.get(post.code, [])
                out.append(
                    PostOverview(
                        post_code=post.code,
                        post_name=post.name,
                        country=post.country,
                        records=int(records.get(post.id, 0)),
                        open_cases=int(open_cases.get(post.id, 0)),
                        overdue=int(overdue.get(post.id, 0)),
                        last_package_at=received[-1].at if received else None,
                        last_package_file=received[-1].file_name if received else "",
                        packages=len(received),
                        open_conflicts=conflicts.get(post.code, 0),
                        quarantined=int(quarantined.get(post.code, 0)),
                    )
                )
            return out

    def log(self, limit: int = 200) -> list[ExchangeLog]:
        with self._db.read() as s:
            rows = list(s.scalars(select(ExchangeLog).order_by(ExchangeLog.at.desc()).limit(limit)))
            s.expunge_all()
            return rows

    def conflicts(self, *, open_only: bool = True) -> list[Conflict]:
        with self._db.read() as s:
            stmt = select(Conflict).order_by(Conflict.detected_at)
            if open_only:
                stmt = stmt.where(Conflict.resolved_at.is_(None))
            rows = list(s.scalars(stmt))
            s.expunge_all()
            return rows

    def resolve_conflict(self, actor: Actor, conflict_id: int, take_incoming: bool) -> None:
        """Keep the version already here, or replace it with the incoming one (only for the latest revision)."""
        actor.require(Permission.RESOLVE_CONFLICTS)
        now = self._clock.now()
        with self._db.transaction() as s:
            conflict = s.get(Conflict, conflict_id)
            if conflict is None or conflict.resolved_at is not None:
                raise UserError(Msg("This conflict is already resolved."))
            if take_incoming:
                current = s.scalars(
                    select(RecordRevision).where(
                        RecordRevision.record_id == conflict.record_id,
                        RecordRevision.revision == conflict.revision,
                    )
                ).one()
                newer = s.scalar(
                    select(func.max(RecordRevision.revision)).where(
                        RecordRevision.record_id == conflict.record_id
                    )
                )
                if newer != conflict.revision:
                    raise UserError(
                        Msg(
                            "Later revisions build on the version here; keep it, and ask the post to correct the record."
                        )
                    )
                # The replaced version is not lost: it becomes the incoming side of a resolved conflict.
                s.add(
                    Conflict(
                        record_id=conflict.record_id,
                        kind=conflict.kind,
                        revision=conflict.revision,
                        local_hash=conflict.incoming_hash,
                        incoming_hash=current.content_hash,
                        incoming={
                            "kind": current.kind,
                            "record_id": str(current.record_id),
                            "revision": current.revision,
                            "content_hash": current.content_hash,
                            "parent_hash": current.parent_hash,
                            "payload": current.payload,
                            "author_name": current.author_name,
                            "created_at": current.created_at.isoformat(),
                            "status": current.status,
                        },
                        package_id=conflict.package_id,
                        detected_at=now,
                        resolved_at=now,
                        resolution="replaced",
                        resolved_by=actor.name,
                    )
                )
                s.delete(current)
                s.flush()
                origin = current.origin_post_id
                self._insert_revisions(s, [conflict.incoming], origin, now)
                s.flush()
                self._force_current(s, conflict.record_id, conflict.revision, origin, now)
            conflict.resolved_at = now
            conflict.resolution = "took-incoming" if take_incoming else "kept-local"
            conflict.resolved_by = actor.name

    def conflict_versions(self, conflict_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
        """The two versions of a conflict: (the one here, the incoming one), as full revisions."""
        with self._db.read() as s:
            conflict = s.get(Conflict, conflict_id)
            if conflict is None:
                raise UserError(Msg("No conflict #{id}.", id=conflict_id))
            here = s.scalars(
                select(RecordRevision).where(
                    RecordRevision.record_id == conflict.record_id,
                    RecordRevision.revision == conflict.revision,
                )
            ).one_or_none()
            local: dict[str, Any] = (
                {
                    "payload": here.payload,
                    "author_name": here.author_name,
                    "created_at": here.created_at.isoformat(),
                    "reason": here.reason,
                    "content_hash": here.content_hash,
                }
                if here is not None
                else {}
            )
            return local, dict(conflict.incoming)

    def _force_current(
        self, s: Session, record_id: uuid.UUID, revision: int, origin: uuid.UUID, now: datetime
    ) -> None:
        for current in (
            s.scalars(select(Inspection).where(Inspection.id == record_id)).one_or_none(),
            s.scalars(select(Case).where(Case.id == record_id)).one_or_none(),
            s.scalars(select(Party).where(Party.id == record_id)).one_or_none(),
        ):
            if current is not None:
                current.revision = revision - 1
        self._update_current(s, record_id, revision, origin, now)

    def quarantine(self) -> list[Quarantine]:
        with self._db.read() as s:
            rows = list(s.scalars(select(Quarantine).order_by(Quarantine.received_at.desc())))
            s.expunge_all()
            return rows


def flatten(value: Any, prefix: str = "") -> dict[str, str]:
    """``{"a": {"b": [1]}}`` -> ``{"a.b[0]": "1"}``: for showing two versions side by side."""
    out: dict[str, str] = {}
    if isinstance(value, dict):
        for key in sorted(value):
            out.update(flatten(value[key], f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, list):
        if not value:
            out[prefix] = "[]"
        for i, item in enumerate(value):
            out.update(flatten(item, f"{prefix}[{i}]"))
    else:
        out[prefix] = "" if value is None else str(value)
    return out


def differences(here: dict[str, Any], incoming: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Fields whose values differ between two payloads: (field, here, incoming)."""
    a, b = flatten(here), flatten(incoming)
    return [
        (k, a.get(k, ""), b.get(k, "")) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)
    ]


def _audit_row(e: AuditEvent) -> dict[str, Any]:
    return {
        "id": str(e.id),
        "chain": e.chain,
        "chain_seq": e.chain_seq,
        "occurred_at": e.occurred_at.isoformat(),
        "actor_id": str(e.actor_id) if e.actor_id else None,
        "actor_name": e.actor_name,
        "action": e.action,
        "entity_type": e.entity_type,
        "entity_id": e.entity_id,
        "details": e.details,
        "prev_hash": e.prev_hash,
        "hash": e.hash,
    }


def _revision_number(row: dict[str, Any]) -> int:
    value = row.get("revision")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def _find_payload(items: list[dict[str, Any]], item: ItemResult) -> dict[str, Any]:
    for row in items:
        if str(row.get("record_id")) == item.record_id and row.get("revision") == item.revision:
            return dict(row)
    return {"record_id": item.record_id}


__all__ = ["ExportResult", "ImportPlan", "PostOverview", "RecordExchange", "strip_names"]
