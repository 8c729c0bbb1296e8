"""Update packages (secretariat -> posts): handbooks, reference codes, alerts and watch lists,
trust-list changes. Signed by the secretariat, verified and checked entirely before anything is
applied, then applied at once, and kept in the exchange log as the history of updates."""

from __future__ import annotations

import re
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from customs_desk import __version__
from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.codes.dataset import DatasetError, load_dataset
from customs_desk.codes.service import CodeService, version_key
from customs_desk.errors import UserError
from customs_desk.exchange.container import PackageRefused, sha256_file, write_container
from customs_desk.exchange.keys import KeyService, PublicKey, read_public_key
from customs_desk.exchange.models import Alert, ExchangeLog, TrustedKey
from customs_desk.exchange.package import ContentReader, ContentWriter
from customs_desk.exchange.records import RecordExchange
from customs_desk.handbooks.library import HandbookLibrary
from customs_desk.handbooks.parser import read_handbook
from customs_desk.i18n import Msg
from customs_desk.store.audit import append_event
from customs_desk.store.database import Database

ALERT_KINDS = ("message", "party", "route")


@dataclass
class UpdateContent:
    codes: Path | None = None
    handbooks: list[Path] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    trust: list[Path] = field(default_factory=list)
    revoke: list[dict[str, str]] = field(default_factory=list)
    withdraw_alerts: list[str] = field(default_factory=list)


@dataclass
class UpdateResult:
    package_id: str
    codes: str | None = None
    handbooks: list[str] = field(default_factory=list)
    alerts: int = 0
    trusted: list[str] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)
    already_applied: bool = False

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


ALERT_KEYS = {"id", "kind", "title", "body", "data", "valid_until"}


def check_alert(alert: Any) -> str:
    """Why an alert cannot be used, or "" (the same rules when making and when applying)."""
    if not isinstance(alert, dict):
        return "an alert must be an object"
    unknown = set(alert) - ALERT_KEYS
    if unknown:
        return "unknown fields: " + ", ".join(sorted(unknown))
    if alert.get("kind") not in ALERT_KINDS:
        return "kind must be message, party or route"
    title = alert.get("title")
    if not isinstance(title, str) or not title.strip():
        return "an alert needs a title"
    if len(title) > 300:
        return "the title is longer than 300 characters"
    if not isinstance(alert.get("body", ""), str):
        return "the body must be text"
    if not isinstance(alert.get("data", {}), dict):
        return "data must be an object"
    if alert.get("id") is not None and not _is_uuid(alert["id"]):
        return "id must be a UUID"
    if alert.get("valid_until"):
        try:
            date.fromisoformat(str(alert["valid_until"]))
        except ValueError:
            return "valid_until must be a date"
    return ""


def _is_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


TRUST_MEMBER = re.compile(r"trust/[0-9a-f]{16}\.cdkey")
FINGERPRINT = re.compile(r"[0-9a-f]{64}")


class UpdateExchange:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        keys: KeyService,
        records: RecordExchange,
        codes: CodeService,
        library: HandbookLibrary,
        data_dir: Path,
    ) -> None:
        self._db = db
        self._clock = clock
        self._keys = keys
        self._records = records
        self._codes = codes
        self._library = library
        self._data = data_dir

    # Making ------------------------------------------------------------------------------------
    def make(
        self,
        actor: Actor,
        folder: Path,
        content: UpdateContent,
        recipients: list[PublicKey] | None = None,
    ) -> tuple[Path, str]:
        actor.require(Permission.MAKE_UPDATES)
        if not folder.is_dir():
            raise UserError(Msg("{path} is not a folder.", path=str(folder)))
        targets = recipients if recipients is not None else self._keys.recipients(kind="post")
        problems: list[str] = []
        if content.codes is not None:
            try:
                load_dataset(content.codes)
            except DatasetError as exc:
                problems += exc.problems[:5]
        manifests = []
        for hb in content.handbooks:
            handbook, hb_problems = read_handbook(hb)
            if handbook is None or hb_problems:
                problems.append(f"{hb}: " + "; ".join(str(p) for p in hb_problems[:3]))
            else:
                manifests.append(handbook.manifest)
        for alert in content.alerts:
            reason = check_alert(alert)
            if reason:
                problems.append(f"alert {alert.get('title', '?')}: {reason}")
        problems += [
            f"withdraw {ident}: not an alert id"
            for ident in content.withdraw_alerts
            if not _is_uuid(ident)
        ]
        problems += [
            f"revoke {r.get('fingerprint')}: not a full fingerprint"
            for r in content.revoke
            if not FINGERPRINT.fullmatch(str(r.get("fingerprint", "")))
        ]
        trust_keys = [read_public_key(p) for p in content.trust]
        if problems:
            raise UserError(
                Msg("The update cannot be made: {problems}", problems="; ".join(problems))
            )
        now = self._clock.now()
        package_id = uuid.uuid4()
        summary: dict[str, Any] = {}

        def produce(stream: Any) -> None:
            writer = ContentWriter(stream)
            if content.codes is not None:
                for path in sorted(p for p in content.codes.rglob("*") if p.is_file()):
                    writer.add_file(
                        "codes/" + path.relative_to(content.codes).as_posix(), path, compress=True
                    )
                summary["codes"] = load_dataset(content.codes).version
            for hb, manifest in zip(content.handbooks, manifests, strict=True):
                base = f"handbooks/{manifest.id}-{manifest.version}"
                for path in sorted(p for p in hb.rglob("*") if p.is_file()):
                    writer.add_file(
                        f"{base}/" + path.relative_to(hb).as_posix(), path, compress=True
                    )
                summary.setdefault("handbooks", []).append(f"{manifest.id} {manifest.version}")
            alerts = [{**a, "id": str(a.get("id") or uuid.uuid4())} for a in content.alerts]
            writer.add_json("alerts.json", {"alerts": alerts, "withdraw": content.withdraw_alerts})
            trust_docs = []
            for key, path in zip(trust_keys, content.trust, strict=True):
                name = f"trust/{key.fingerprint[:16]}.cdkey"
                writer.add_file(name, path, compress=True)
                trust_docs.append(name)
            writer.add_json("trust.json", {"add": trust_docs, "revoke": content.revoke})
            summary["alerts"] = len(alerts)
            writer.close(
                {
                    "package_id": str(package_id),
                    "kind": "update",
                    "format_version": 1,
                    "app_version": __version__,
                    "created": now.isoformat(),
                    "summary": summary,
                }
            )

        target = folder / f"update-{now.strftime('%Y%m%d-%H%M%S')}-{str(package_id)[:8]}.cdx"
        with self._db.read() as s:
            sender_info = self._records._sender_info(s)
        digest = write_container(
            target,
            kind="update",
            package_id=str(package_id),
            created=now.isoformat(),
            sender=self._keys.pair,
            sender_info=sender_info,
            recipients=targets,
            extra={},
            produce=produce,
        )
        with self._db.transaction() as s:
            s.add(
                ExchangeLog(
                    id=package_id,
                    direction="out",
                    kind="update",
                    counterpart=",".join(t.post_code for t in targets)[:24],
                    sequence=0,
                    file_name=target.name,
                    file_sha256=digest,
                    at=now,
                    by=actor.name,
                    from_seq=0,
                    to_seq=0,
                    counts=summary,
                    profile="full",
                    acknowledged_at=None,
                )
            )
        return target, digest

    # Applying ----------------------------------------------------------------------------------
    def apply(self, actor: Actor, path: Path, *, dry_run: bool = False) -> UpdateResult:
        actor.require(Permission.APPLY_UPDATES)
        header, _key, trust, plain = self._records.open_package(path, "update")
        if trust.kind != "secretariat":
            plain.unlink(missing_ok=True)
            raise PackageRefused(
                Msg(
                    "{name} is signed by {post}, not by the secretariat; updates come only from the secretariat.",
                    name=path.name,
                    post=trust.post_code,
                ),
                hint=Msg("Nothing was changed."),
            )
        result = UpdateResult(header.package_id)
        staging = Path(tempfile.mkdtemp(prefix="update-", dir=self._data))
        placed: list[Path] = []
        try:
            with ContentReader(plain, path.name) as content:
                with self._db.read() as s:
                    if s.get(ExchangeLog, uuid.UUID(header.package_id)) is not None:
                        result.already_applied = True
                        return result
                names = content.names()
                # 1. Stage and check everything before touching anything.
                dataset = None
                if any(n.startswith("codes/") for n in names):
                    for name in names:
                        if name.startswith("codes/"):
                            content.extract_to(name, staging / name)
                    try:
                        dataset = load_dataset(staging / "codes")
                    except DatasetError as exc:
                        raise content.refuse(
                            "{name}: the reference codes are invalid: {problem}",
                            problem=exc.problems[0],
                        ) from None
                    current = self._codes.active_version()
                    if current is not None and version_key(dataset.version) < version_key(current):
                        dataset = None  # older than what is in use: keep ours
                    else:
                        result.codes = dataset.version
                books: dict[str, Path] = {}
                for name in names:
                    if name.startswith("handbooks/"):
                        folder = name.split("/")[1]
                        content.extract_to(name, staging / name)
                        books[folder] = staging / "handbooks" / folder
                for folder, book_path in books.items():
                    handbook, problems = read_handbook(book_path)
                    if handbook is None or problems:
                        raise content.refuse(
                            "{name}: handbook {book} is invalid: {problem}",
                            book=folder,
                            problem=str(problems[0]) if problems else "?",
                        )
                    result.handbooks.append(f"{handbook.id} {handbook.manifest.version}")
                alerts_doc = (
                    content.read_json("alerts.json")
                    if "alerts.json" in names
                    else {"alerts": [], "withdraw": []}
                )
                if (
                    not isinstance(alerts_doc, dict)
                    or not isinstance(alerts_doc.get("alerts", []), list)
                    or not isinstance(alerts_doc.get("withdraw", []), list)
                ):
                    raise content.refuse("{name}: alerts.json is damaged.")
                for alert in alerts_doc.get("alerts", []):
                    reason = check_alert(alert)
                    if reason:
                        raise content.refuse(
                            "{name}: alert '{title}' is invalid: {reason}",
                            title=str(alert.get("title") if isinstance(alert, dict) else alert),
                            reason=reason,
                        )
                    if alert.get("id") is None:
                        raise content.refuse("{name}: an alert has no id.")
                for ident in alerts_doc.get("withdraw", []):
                    if not _is_uuid(ident):
                        raise content.refuse("{name}: alerts.json is damaged.")
                trust_doc = (
                    content.read_json("trust.json")
                    if "trust.json" in names
                    else {"add": [], "revoke": []}
                )
                if (
                    not isinstance(trust_doc, dict)
                    or not isinstance(trust_doc.get("add", []), list)
                    or not isinstance(trust_doc.get("revoke", []), list)
                    or any(
                        not isinstance(n, str) or not TRUST_MEMBER.fullmatch(n) or n not in names
                        for n in trust_doc.get("add", [])
                    )
                    or any(
                        not isinstance(r, dict)
                        or not FINGERPRINT.fullmatch(str(r.get("fingerprint", "")))
                        for r in trust_doc.get("revoke", [])
                    )
                ):
                    raise content.refuse("{name}: trust.json is damaged.")
                new_keys: list[PublicKey] = []
                for name in trust_doc.get("add", []):
                    content.extract_to(name, staging / name)
                    try:
                        new_keys.append(read_public_key(staging / name))
                    except UserError as exc:
                        raise content.refuse("{name}: {problem}", problem=str(exc)) from None
                if dry_run:
                    result.alerts = len(alerts_doc.get("alerts", []))
                    result.trusted = [k.post_code for k in new_keys]
                    result.revoked = [
                        str(r.get("fingerprint", ""))[:16] for r in trust_doc.get("revoke", [])
                    ]
                    return result
                # 2. Apply: handbook folders first (new names; old versions stay), then the database.
                installed = self._data / "handbooks"
                installed.mkdir(parents=True, exist_ok=True)
                for folder, book_path in books.items():
                    target = installed / folder
                    if not target.exists():
                        shutil.move(str(book_path), str(target))
                        placed.append(target)
                now = self._clock.now()
                package_uuid = uuid.UUID(header.package_id)
                with self._db.transaction() as s:
                    for alert in alerts_doc.get("alerts", []):
                        ident = uuid.UUID(str(alert["id"]))
                        if s.get(Alert, ident) is None:
                            s.add(
                                Alert(
                                    id=ident,
                                    kind=alert["kind"],
                                    title=str(alert["title"]),
                                    body=str(alert.get("body", "")),
                                    data=dict(alert.get("data") or {}),
                                    valid_until=date.fromisoformat(alert["valid_until"])
                                    if alert.get("valid_until")
                                    else None,
                                    received_from=package_uuid,
                                    received_at=now,
                                    withdrawn=False,
                                )
                            )
                            result.alerts += 1
                    for ident in alerts_doc.get("withdraw", []):
                        row = s.get(Alert, uuid.UUID(str(ident)))
                        if row is not None:
                            row.withdrawn = True
                    s.add(
                        ExchangeLog(
                            id=package_uuid,
                            direction="in",
                            kind="update",
                            counterpart=trust.post_code,
                            sequence=0,
                            file_name=path.name,
                            file_sha256=sha256_file(path),
                            at=now,
                            by=actor.name,
                            from_seq=0,
                            to_seq=0,
                            counts=result.as_dict(),
                            profile="full",
                            acknowledged_at=None,
                        )
                    )
                    source = f"update:{header.package_id[:8]}"
                    for key in new_keys:
                        if (
                            s.get(TrustedKey, key.fingerprint) is None
                            and key.fingerprint != self._keys.pair.fingerprint
                        ):
                            self._keys.trust_in(s, actor, key, source=source)
                            result.trusted.append(key.post_code)
                    for revoke in trust_doc.get("revoke", []):
                        fingerprint = str(revoke.get("fingerprint", ""))
                        if s.get(TrustedKey, fingerprint) is not None:
                            self._keys.revoke_in(
                                s,
                                actor,
                                fingerprint,
                                str(revoke.get("reason") or "revoked by the secretariat"),
                                source=source,
                            )
                            result.revoked.append(fingerprint[:16])
                    if dataset is not None:
                        self._codes.load_in(s, dataset, origin=source, actor=actor)
                    s.flush()
                    s.get_one(ExchangeLog, package_uuid).counts = result.as_dict()
                    append_event(
                        s,
                        chain=str(actor.post_id),
                        occurred_at=now,
                        actor_id=actor.user_id,
                        actor_name=actor.name,
                        action="update.apply",
                        entity_type="package",
                        entity_id=header.package_id,
                        details={
                            "codes": result.codes,
                            "handbooks": result.handbooks,
                            "alerts": result.alerts,
                        },
                    )
                self._codes.forget_cache()
                self._library.refresh()
                placed.clear()
                return result
        except BaseException:
            for target in placed:
                shutil.rmtree(target, ignore_errors=True)
            raise
        finally:
            plain.unlink(missing_ok=True)
            shutil.rmtree(staging, ignore_errors=True)

    def alerts(self, *, include_expired: bool = False) -> list[Alert]:
        today = self._clock.now().date()
        with self._db.read() as s:
            rows = [
                a
                for a in s.scalars(
                    select(Alert)
                    .where(Alert.withdrawn.is_(False))
                    .order_by(Alert.received_at.desc())
                )
                if include_expired or a.valid_until is None or a.valid_until >= today
            ]
            s.expunge_all()
            return rows

    def watched_party(self, name: str, registration: str = "") -> Alert | None:
        """An active 'party' alert matching a name or registration number."""
        from customs_desk.handbooks.text import fold

        wanted = fold(name.strip())
        for alert in self.alerts():
            if alert.kind != "party":
                continue
            data = alert.data
            if wanted and wanted == fold(str(data.get("name", ""))):
                return alert
            if registration and registration == str(data.get("registration_number", "")):
                return alert
        return None
