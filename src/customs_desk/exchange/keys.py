"""Keys and trust. Each installation has an Ed25519 key (signing) and an X25519 key (receiving
encrypted packages), made at first use. Public keys travel as small ``.cdkey`` files and are
compared by their fingerprint over the phone before they are trusted."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.errors import NotFound, UserError
from customs_desk.exchange.models import TrustedKey
from customs_desk.fileutil import atomic_write_text
from customs_desk.i18n import Msg
from customs_desk.store.audit import append_event, canonical_json
from customs_desk.store.database import Database

KEY_FILE = "installation.key"
KEY_FORMAT = "customs-desk-key"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    return hashlib.sha256(b"customs-desk-key-v1" + sign_public + box_public).hexdigest()


def display_fingerprint(fp: str) -> str:
    """Eight groups of four characters, easy to read out on the phone."""
    head = fp[:32].upper()
    return " ".join(head[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class PublicKey:
    kind: str
    post_code: str
    post_name: str
    country: str
    sign_public: bytes
    box_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.box_public)

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.sign_public)

    def box(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.box_public)


@dataclass
class KeyPair:
    """This installation's private keys."""

    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    def public(self, kind: str, post_code: str, post_name: str, country: str) -> PublicKey:
        return PublicKey(
            kind,
            post_code,
            post_name,
            country,
            self.sign.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            self.box.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
        )

    @property
    def sign_public(self) -> bytes:
        return self.sign.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def box_public(self) -> bytes:
        return self.box.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.box_public)


def load_or_create_keys(folder: Path) -> KeyPair:
    """Read the installation's keys, creating them the first time (file readable by the owner only)."""
    path = folder / KEY_FILE
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return KeyPair(
                Ed25519PrivateKey.from_private_bytes(unb64(raw["sign_private"])),
                X25519PrivateKey.from_private_bytes(unb64(raw["box_private"])),
            )
        except (OSError, ValueError, KeyError) as exc:
            raise UserError(
                Msg("The key file {path} is damaged: {error}.", path=str(path), error=str(exc)),
                hint=Msg("Restore it from a backup; without it this post cannot sign packages."),
            ) from exc
    pair = KeyPair(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "format": "customs-desk-private-key",
        "version": 1,
        "sign_private": b64(
            pair.sign.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        ),
        "box_private": b64(pair.box.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())),
    }
    atomic_write_text(path, json.dumps(data, indent=2))
    if os.name == "posix":
        path.chmod(0o600)
    return pair


def public_key_document(pair: KeyPair, key: PublicKey, created: datetime) -> dict[str, Any]:
    body = {
        "format": KEY_FORMAT,
        "version": 1,
        "kind": key.kind,
        "post_code": key.post_code,
        "post_name": key.post_name,
        "country": key.country,
        "sign_public": b64(key.sign_public),
        "box_public": b64(key.box_public),
        "created": created.isoformat(),
        "fingerprint": key.fingerprint,
    }
    body["signature"] = b64(pair.sign.sign(canonical_json(body)))
    return body


def read_public_key(path: Path) -> PublicKey:
    """Read and check a ``.cdkey`` file (its self-signature proves the sender holds the key)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != KEY_FORMAT:
            raise ValueError("not a Customs Desk key file")
        signature = unb64(raw.pop("signature"))
        key = PublicKey(
            str(raw["kind"]),
            str(raw["post_code"]),
            str(raw["post_name"]),
            str(raw["country"]),
            unb64(raw["sign_public"]),
            unb64(raw["box_public"]),
        )
        if raw.get("fingerprint") != key.fingerprint:
            raise ValueError("the fingerprint does not match the keys")
        key.verifier().verify(signature, canonical_json(raw))
    except FileNotFoundError:
        raise UserError(Msg("{path} does not exist.", path=str(path))) from None
    except (OSError, ValueError, KeyError, TypeError, InvalidSignature) as exc:
        raise UserError(
            Msg(
                "{path} is not a valid Customs Desk key file: {error}",
                path=str(path),
                error=str(exc) or "bad signature",
            )
        ) from None
    if key.kind not in ("post", "secretariat"):
        raise UserError(
            Msg("{path} is not a valid Customs Desk key file: unknown kind.", path=str(path))
        )
    return key


@dataclass(frozen=True)
class TrustedKeyView:
    fingerprint: str
    kind: str
    post_code: str
    post_name: str
    country: str
    trusted_at: datetime
    trusted_by: str
    source: str
    revoked_at: datetime | None
    revoked_reason: str

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _view(row: TrustedKey) -> TrustedKeyView:
    return TrustedKeyView(
        row.fingerprint,
        row.kind,
        row.post_code,
        row.post_name,
        row.country,
        row.trusted_at,
        row.trusted_by,
        row.source,
        row.revoked_at,
        row.revoked_reason,
    )


class KeyService:
    def __init__(self, db: Database, clock: Clock, folder: Path) -> None:
        self._db = db
        self._clock = clock
        self._folder = folder
        self._pair: KeyPair | None = None

    @property
    def pair(self) -> KeyPair:
        if self._pair is None:
            self._pair = load_or_create_keys(self._folder)
        return self._pair

    def own_public(self, kind: str, post_code: str, post_name: str, country: str) -> PublicKey:
        return self.pair.public(kind, post_code, post_name, country)

    def export_public(self, key: PublicKey, target: Path) -> Path:
        if target.is_dir():
            target = target / f"{key.post_code}.cdkey"
        document = public_key_document(self.pair, key, self._clock.now())
        atomic_write_text(target, json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return target

    # Trust -------------------------------------------------------------------------------------
    def trust(
        self,
        actor: Actor,
        key: PublicKey,
        *,
        source: str = "manual",
        expected_fingerprint: str | None = None,
    ) -> TrustedKeyView:
        actor.require(Permission.MANAGE_KEYS)
        if expected_fingerprint is not None:
            wanted = expected_fingerprint.replace(" ", "").lower()
            if not key.fingerprint.startswith(wanted) or len(wanted) < 16:
                raise UserError(
                    Msg(
                        "The fingerprint you were given ({given}) does not match the key file ({actual}). Do not trust this file.",
                        given=expected_fingerprint,
                        actual=display_fingerprint(key.fingerprint),
                    )
                )
        if key.fingerprint == self.pair.fingerprint:
            raise UserError(Msg("This is this installation's own key."))
        with self._db.transaction() as s:
            return self.trust_in(s, actor, key, source=source)

    def trust_in(self, s: Session, actor: Actor, key: PublicKey, *, source: str) -> TrustedKeyView:
        """Trust ``key`` inside the caller's transaction (update packages: the secretariat's
        signature is the authority, so no permission is checked here)."""
        now = self._clock.now()
        row = s.get(TrustedKey, key.fingerprint)
        if row is not None and row.revoked_at is not None:
            raise UserError(
                Msg(
                    "This key was revoked on {day} ({reason}); it cannot be trusted again.",
                    day=row.revoked_at.date().isoformat(),
                    reason=row.revoked_reason,
                )
            )
        if row is None:
            row = TrustedKey(
                fingerprint=key.fingerprint,
                kind=key.kind,
                post_code=key.post_code,
                post_name=key.post_name,
                country=key.country,
                sign_public=b64(key.sign_public),
                box_public=b64(key.box_public),
                trusted_at=now,
                trusted_by=actor.name,
                source=source,
                revoked_at=None,
                revoked_reason="",
            )
            s.add(row)
            append_event(
                s,
                chain=str(actor.post_id),
                occurred_at=now,
                actor_id=actor.user_id,
                actor_name=actor.name,
                action="key.trust",
                entity_type="key",
                entity_id=key.fingerprint[:32],
                details={"post": key.post_code, "kind": key.kind, "source": source},
            )
        s.flush()
        return _view(row)

    def revoke(
        self, actor: Actor, selector: str, reason: str, *, source: str = "manual"
    ) -> TrustedKeyView:
        actor.require(Permission.MANAGE_KEYS)
        if not reason.strip():
            raise UserError(Msg("Say why the key is revoked."))
        with self._db.transaction() as s:
            return self.revoke_in(s, actor, selector, reason, source=source)

    def revoke_in(
        self, s: Session, actor: Actor, selector: str, reason: str, *, source: str
    ) -> TrustedKeyView:
        """Revoke a key inside the caller's transaction (see :meth:`trust_in`)."""
        now = self._clock.now()
        row = self._find(s, selector)
        if row.revoked_at is None:
            row.revoked_at = now
            row.revoked_reason = reason.strip()
            append_event(
                s,
                chain=str(actor.post_id),
                occurred_at=now,
                actor_id=actor.user_id,
                actor_name=actor.name,
                action="key.revoke",
                entity_type="key",
                entity_id=row.fingerprint[:32],
                details={"post": row.post_code, "reason": reason.strip(), "source": source},
            )
        return _view(row)

    def _find(self, s: Session, selector: str) -> TrustedKey:
        wanted = selector.replace(" ", "").lower()
        rows = list(s.scalars(select(TrustedKey)))
        matches = [r for r in rows if r.fingerprint.startswith(wanted) and len(wanted) >= 8] or [
            r for r in rows if r.post_code.lower() == wanted and r.revoked_at is None
        ]
        if not matches:
            raise NotFound(Msg("No trusted key matches '{selector}'.", selector=selector))
        if len(matches) > 1:
            raise UserError(
                Msg(
                    "'{selector}' matches several keys; give more of the fingerprint.",
                    selector=selector,
                )
            )
        found: TrustedKey = matches[0]
        return found

    def trusted(self, *, include_revoked: bool = True) -> list[TrustedKeyView]:
        with self._db.read() as s:
            rows = s.scalars(select(TrustedKey).order_by(TrustedKey.kind, TrustedKey.post_code))
            return [_view(r) for r in rows if include_revoked or r.revoked_at is None]

    def key_by_fingerprint(self, fp: str) -> tuple[PublicKey, TrustedKeyView] | None:
        with self._db.read() as s:
            row = s.get(TrustedKey, fp)
            if row is None:
                return None
            key = PublicKey(
                row.kind,
                row.post_code,
                row.post_name,
                row.country,
                unb64(row.sign_public),
                unb64(row.box_public),
            )
            return key, _view(row)

    def recipients(
        self, kind: str | None = None, post_codes: list[str] | None = None
    ) -> list[PublicKey]:
        with self._db.read() as s:
            rows = s.scalars(select(TrustedKey).where(TrustedKey.revoked_at.is_(None)))
            out = []
            for r in rows:
                if kind is not None and r.kind != kind:
                    continue
                if post_codes is not None and r.post_code not in post_codes:
                    continue
                out.append(
                    PublicKey(
                        r.kind,
                        r.post_code,
                        r.post_name,
                        r.country,
                        unb64(r.sign_public),
                        unb64(r.box_public),
                    )
                )
            return out


def new_package_id() -> uuid.UUID:
    return uuid.uuid4()
