"""The package container: one file, signed by the sender, encrypted to one or more recipients.

Layout (format version 1, documented in docs/exchange-format.md)::

    MAGIC (16 bytes) | header length (4 bytes, big-endian) | header (canonical JSON)
    frames: [length (4 bytes) | AES-256-GCM ciphertext + tag] ... (the last frame is flagged)
    b"SIG1" | Ed25519 signature (64 bytes) over SHA-256(header || frames)

The content key is random per package and wrapped for each recipient with X25519 + HKDF-SHA256 +
AES-256-GCM (one ephemeral key per package, as in age). Frames use the STREAM construction: nonce =
7-byte random prefix, 4-byte counter, 1-byte "last" flag, with the header's hash as associated
data, so truncation, reordering or any flipped bit is detected. The signature is checked against
the trust list before anything is decrypted.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from customs_desk.errors import UserError
from customs_desk.exchange.keys import KeyPair, PublicKey, b64, unb64
from customs_desk.fileutil import describe_os_error
from customs_desk.i18n import Msg
from customs_desk.store.audit import canonical_json

MAGIC = b"CUSTOMS-DESK-CDX"
FORMAT_VERSION = 1
CHUNK = 1 << 20
MAX_CHUNK = 16 << 20  # a reader never holds more than this in memory for one frame
SIG_MARK = b"SIG1"
MAX_HEADER = 1 << 20
WRAP_INFO = b"customs-desk-cdx-v1-wrap"


class PackageRefused(UserError):
    """The package cannot be used; nothing was changed."""


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=WRAP_INFO
    ).derive(shared)


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


class ContainerWriter:
    """A write-only stream: plaintext in, encrypted frames out. Use :func:`write_container`."""

    def __init__(self, handle: IO[bytes], key: bytes, prefix: bytes, header_bytes: bytes) -> None:
        self._handle = handle
        self._aead = AESGCM(key)
        self._prefix = prefix
        self._aad = hashlib.sha256(header_bytes).digest()
        self._buffer = bytearray()
        self._counter = 0
        self.digest = hashlib.sha256(header_bytes)
        self.plaintext_bytes = 0

    def write(self, data: bytes) -> int:
        self._buffer += data
        self.plaintext_bytes += len(data)
        while len(self._buffer) > CHUNK:
            self._frame(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def flush(self) -> None:
        """Frames are written as they fill; nothing to do."""

    def _frame(self, plaintext: bytes, *, last: bool) -> None:
        ciphertext = self._aead.encrypt(
            _nonce(self._prefix, self._counter, last), plaintext, self._aad
        )
        frame = struct.pack(">I", len(ciphertext)) + ciphertext
        self._handle.write(frame)
        self.digest.update(frame)
        self._counter += 1

    def finish(self) -> None:
        self._frame(bytes(self._buffer), last=True)
        self._buffer.clear()


@dataclass
class ContainerHeader:
    raw: dict[str, Any]
    raw_bytes: bytes

    @property
    def kind(self) -> str:
        return str(self.raw["kind"])

    @property
    def package_id(self) -> str:
        return str(self.raw["package_id"])

    @property
    def sender_fingerprint(self) -> str:
        return str(self.raw["sender"]["fingerprint"])

    @property
    def created(self) -> str:
        return str(self.raw["created"])

    @property
    def chunk_size(self) -> int:
        return int(self.raw.get("chunk_size", CHUNK))  # bounded by read_header


def write_container(
    target: Path,
    *,
    kind: str,
    package_id: str,
    created: str,
    sender: KeyPair,
    sender_info: dict[str, Any],
    recipients: list[PublicKey],
    extra: dict[str, Any],
    produce: Any,
) -> str:
    """Write ``target`` atomically; ``produce(stream)`` writes the plaintext. Returns the file's SHA-256."""
    if not recipients:
        raise UserError(
            Msg(
                "No recipient key is trusted yet; trust the secretariat's key (or the post's) first."
            )
        )
    content_key = AESGCM.generate_key(bit_length=256)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    wrapped = []
    for recipient in recipients:
        shared = ephemeral.exchange(recipient.box())
        kek = _kek(shared, ephemeral_public, recipient.box_public)
        wrapped.append(
            {
                "fingerprint": recipient.fingerprint,
                "post_code": recipient.post_code,
                "wrapped_key": b64(
                    AESGCM(kek).encrypt(b"\0" * 12, content_key, package_id.encode())
                ),
            }
        )
    prefix = os.urandom(7)
    header = {
        "format": "customs-desk-package",
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "package_id": package_id,
        "created": created,
        "sender": {
            **sender_info,
            "fingerprint": sender.fingerprint,
            "sign_public": b64(sender.sign_public),
        },
        "cipher": "X25519-HKDF-SHA256+AES-256-GCM-STREAM",
        "chunk_size": CHUNK,
        "ephemeral_public": b64(ephemeral_public),
        "nonce_prefix": b64(prefix),
        "recipients": wrapped,
        **extra,
    }
    header_bytes = canonical_json(header)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        raise UserError(Msg("{path} already exists; nothing was overwritten.", path=str(target)))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
            writer = ContainerWriter(handle, content_key, prefix, header_bytes)
            produce(writer)
            writer.finish()
            signature = sender.sign.sign(writer.digest.digest())
            handle.write(SIG_MARK + signature)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise describe_os_error(exc, target) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return sha256_file(target)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _refuse(message: str, **params: Any) -> PackageRefused:
    return PackageRefused(Msg(message, **params), hint=Msg("Nothing was changed."))


def read_header(path: Path) -> ContainerHeader:
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(MAGIC))
            if magic != MAGIC:
                raise _refuse("{name} is not a Customs Desk package.", name=path.name)
            length_bytes = handle.read(4)
            if len(length_bytes) != 4:
                raise _refuse("{name} is cut short (incomplete copy?).", name=path.name)
            (length,) = struct.unpack(">I", length_bytes)
            if length > MAX_HEADER:
                raise _refuse("{name} has a damaged header.", name=path.name)
            header_bytes = handle.read(length)
    except FileNotFoundError:
        raise _refuse("{name} does not exist.", name=str(path)) from None
    except OSError as exc:
        raise _refuse("{name} cannot be read: {error}", name=str(path), error=str(exc)) from None
    if len(header_bytes) != length:
        raise _refuse("{name} is cut short (incomplete copy?).", name=path.name)
    try:
        raw = json.loads(header_bytes)
        if not isinstance(raw, dict) or raw.get("format") != "customs-desk-package":
            raise ValueError("not a package header")
        if canonical_json(raw) != header_bytes:
            raise ValueError("header not in canonical form")
    except (ValueError, UnicodeDecodeError):
        raise _refuse("{name} has a damaged header.", name=path.name) from None
    version = raw.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version < 1:
        raise _refuse("{name} has a damaged header.", name=path.name)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise _refuse(
            "{name} was made by a newer version of Customs Desk (package format {version}); install the newer version to read it.",
            name=path.name,
            version=str(version),
        )
    chunk = raw.get("chunk_size", CHUNK)
    if not isinstance(chunk, int) or isinstance(chunk, bool) or not 1 <= chunk <= MAX_CHUNK:
        raise _refuse("{name} has a damaged header.", name=path.name)
    for key in (
        "kind",
        "package_id",
        "created",
        "sender",
        "recipients",
        "ephemeral_public",
        "nonce_prefix",
    ):
        if key not in raw:
            raise _refuse("{name} has a damaged header.", name=path.name)
    return ContainerHeader(raw, header_bytes)


def _frames(handle: IO[bytes], max_frame: int) -> Iterator[tuple[bytes, bytes]]:
    """(frame bytes incl. length, ciphertext) until the signature mark."""
    while True:
        head = handle.read(4)
        if head == SIG_MARK:
            return
        if len(head) != 4:
            raise ValueError("cut short")
        (length,) = struct.unpack(">I", head)
        if length > max_frame or length < 16:
            raise ValueError("damaged frame")
        body = handle.read(length)
        if len(body) != length:
            raise ValueError("cut short")
        yield head + body, body


def verify_signature(path: Path, header: ContainerHeader, sender: PublicKey) -> None:
    """Check the sender's signature over the whole file before anything is decrypted."""
    digest = hashlib.sha256(header.raw_bytes)
    max_frame = header.chunk_size + 16
    try:
        with path.open("rb") as handle:
            handle.seek(len(MAGIC) + 4 + len(header.raw_bytes))
            for frame, _body in _frames(handle, max_frame):
                digest.update(frame)
            signature = handle.read(64)
            trailing = handle.read(1)
        if len(signature) != 64 or trailing:
            raise ValueError("bad signature block")
        sender.verifier().verify(signature, digest.digest())
    except (ValueError, InvalidSignature, struct.error):
        raise _refuse(
            "{name} is damaged or was changed after it was signed (the signature does not match).",
            name=path.name,
        ) from None


def decrypt_to(
    path: Path, header: ContainerHeader, me: KeyPair, target: IO[bytes], limit: int
) -> int:
    """Decrypt the content into ``target``; returns the plaintext size. ``limit`` caps the size."""
    mine = next(
        (r for r in header.raw["recipients"] if r.get("fingerprint") == me.fingerprint), None
    )
    if mine is None:
        names = ", ".join(str(r.get("post_code", "?")) for r in header.raw["recipients"])
        raise _refuse(
            "{name} is encrypted for {names}, not for this installation.",
            name=path.name,
            names=names,
        )
    try:
        ephemeral_public = unb64(header.raw["ephemeral_public"])
        shared = me.box.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        kek = _kek(shared, ephemeral_public, me.box_public)
        key = AESGCM(kek).decrypt(
            b"\0" * 12, unb64(mine["wrapped_key"]), header.package_id.encode()
        )
    except (ValueError, InvalidTag):
        raise _refuse(
            "{name} cannot be decrypted with this installation's key.", name=path.name
        ) from None
    aead = AESGCM(key)
    aad = hashlib.sha256(header.raw_bytes).digest()
    prefix = unb64(header.raw["nonce_prefix"])
    max_frame = header.chunk_size + 16
    total = 0
    counter = 0
    finished = False
    try:
        with path.open("rb") as handle:
            handle.seek(len(MAGIC) + 4 + len(header.raw_bytes))
            for _frame, body in _frames(handle, max_frame):
                if finished:
                    raise ValueError("data after the last frame")
                try:
                    plaintext = aead.decrypt(_nonce(prefix, counter, False), body, aad)
                except InvalidTag:
                    plaintext = aead.decrypt(_nonce(prefix, counter, True), body, aad)
                    finished = True
                total += len(plaintext)
                if total > limit:
                    raise _refuse(
                        "{name} is larger than the {gb} GB a package may hold; it was not opened.",
                        name=path.name,
                        gb=limit // (1 << 30),
                    )
                target.write(plaintext)
                counter += 1
    except (ValueError, InvalidTag, struct.error):
        raise _refuse("{name} is damaged (it does not decrypt).", name=path.name) from None
    if not finished:
        raise _refuse("{name} is cut short (incomplete copy?).", name=path.name)
    return total
