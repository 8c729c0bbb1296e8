"""Photos and documents attached to records.

The original file is copied unchanged into ``attachments/<sha256[:2]>/<sha256>`` and its SHA-256
recorded at capture; thumbnails and display copies (EXIF orientation applied) are made on demand
in the cache folder and can always be rebuilt. EXIF date and location are read when present.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select

from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.errors import NotFound, UserError, ValidationError
from customs_desk.fileutil import describe_os_error
from customs_desk.i18n import Msg
from customs_desk.records.models import Attachment
from customs_desk.store.audit import append_event
from customs_desk.store.base import new_id
from customs_desk.store.database import Database

MAX_BYTES = 30 * 1024 * 1024
IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/tiff", "image/bmp", "image/gif"}
ALLOWED_TYPES = IMAGE_TYPES | {"application/pdf", "text/plain"}
THUMB_SIZE = (240, 240)
DISPLAY_SIZE = (2000, 2000)


@dataclass(frozen=True)
class AttachmentView:
    id: uuid.UUID
    record_id: uuid.UUID
    sha256: str
    filename: str
    media_type: str
    size: int
    caption: str
    exif: dict[str, Any]
    added_by: str
    added_at: datetime

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES

    def entry(self) -> dict[str, Any]:
        """The attachment's entry in the record's payload."""
        return {
            "id": str(self.id),
            "sha256": self.sha256,
            "filename": self.filename,
            "media_type": self.media_type,
            "size": self.size,
            "caption": self.caption,
        }


SHA256_RE = re.compile(r"[0-9a-f]{64}")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_exif(path: Path) -> dict[str, Any]:
    """Capture time, camera and GPS position from EXIF, when present."""
    try:
        with Image.open(path) as image:
            exif = image.getexif()
    except (UnidentifiedImageError, OSError):
        return {}
    out: dict[str, Any] = {}
    base = {ExifTags.TAGS.get(k, str(k)): v for k, v in exif.items()}
    for key in ("DateTime", "Make", "Model", "Orientation"):
        if key in base:
            out[key.lower()] = str(base[key])
    try:
        sub = exif.get_ifd(ExifTags.IFD.Exif)
        if ExifTags.Base.DateTimeOriginal in sub:
            out["datetime_original"] = str(sub[ExifTags.Base.DateTimeOriginal])
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except (KeyError, AttributeError, ValueError):
        gps = {}
    if gps:
        lat = _degrees(gps.get(2), gps.get(1))
        lon = _degrees(gps.get(4), gps.get(3))
        if lat is not None and lon is not None:
            out["latitude"] = round(lat, 6)
            out["longitude"] = round(lon, 6)
    return out


def _degrees(value: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(x) for x in value)
    except (TypeError, ValueError):
        return None
    degrees = d + m / 60 + s / 3600
    return -degrees if str(ref) in ("S", "W") else degrees


class AttachmentService:
    def __init__(self, db: Database, clock: Clock, folder: Path, cache: Path) -> None:
        self._db = db
        self._clock = clock
        self.folder = folder
        self.cache = cache

    def path_of(self, sha256: str) -> Path:
        """Where the file with this SHA-256 is kept; anything but 64 hex digits is refused
        (the name comes from packages too and must never become a path elsewhere)."""
        if not SHA256_RE.fullmatch(sha256):
            raise ValueError(f"not a SHA-256: {sha256[:80]!r}")
        return self.folder / sha256[:2] / sha256

    def add(
        self, actor: Actor, record_id: uuid.UUID, source: Path, caption: str = ""
    ) -> AttachmentView:
        actor.require(Permission.EDIT_RECORDS)
        if not source.is_file():
            raise UserError(Msg("{path} is not a file.", path=str(source)))
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                {
                    "file": Msg(
                        "{name} is {mb:.1f} MB; the limit is {limit} MB per file. Reduce the photo size on the camera or phone.",
                        name=source.name,
                        mb=size / 1e6,
                        limit=MAX_BYTES // (1024 * 1024),
                    )
                }
            )
        if size == 0:
            raise ValidationError({"file": Msg("{name} is empty.", name=source.name)})
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        if media_type not in ALLOWED_TYPES:
            raise ValidationError(
                {
                    "file": Msg(
                        "{name}: only photos (JPEG, PNG, TIFF, WebP), PDF and text files can be attached.",
                        name=source.name,
                    )
                }
            )
        if media_type in IMAGE_TYPES:
            try:
                with Image.open(source) as image:
                    image.verify()
            except (UnidentifiedImageError, OSError):
                raise ValidationError(
                    {"file": Msg("{name} is not a readable image.", name=source.name)}
                ) from None
        digest = sha256_file(source)
        target = self.path_of(digest)
        if not target.exists():
            tmp = target.with_name(target.name + ".part")
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, tmp)
                if sha256_file(tmp) != digest:
                    tmp.unlink(missing_ok=True)
                    raise UserError(
                        Msg(
                            "The copy of {name} differs from the original; try again.",
                            name=source.name,
                        )
                    )
                tmp.replace(target)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise describe_os_error(exc, target) from exc
        now = self._clock.now()
        with self._db.transaction() as s:
            row = Attachment(
                id=new_id(),
                record_id=record_id,
                post_id=actor.post_id,
                sha256=digest,
                filename=source.name[:255],
                media_type=media_type,
                size=size,
                caption=caption.strip(),
                exif=read_exif(source) if media_type in IMAGE_TYPES else {},
                added_by=actor.name,
                added_at=now,
            )
            s.add(row)
            s.flush()
            append_event(
                s,
                chain=str(actor.post_id),
                occurred_at=now,
                actor_id=actor.user_id,
                actor_name=actor.name,
                action="attachment.add",
                entity_type="attachment",
                entity_id=str(row.id),
                details={"record": str(record_id), "sha256": digest, "filename": row.filename},
            )
            return _view(row)

    def for_record(self, record_id: uuid.UUID) -> list[AttachmentView]:
        with self._db.read() as s:
            rows = s.scalars(
                select(Attachment).where(Attachment.record_id == record_id).order_by(Attachment.seq)
            )
            return [_view(r) for r in rows]

    def get(self, attachment_id: uuid.UUID) -> AttachmentView:
        with self._db.read() as s:
            row = s.scalars(select(Attachment).where(Attachment.id == attachment_id)).one_or_none()
            if row is None:
                raise NotFound(Msg("No such attachment."))
            return _view(row)

    def set_caption(self, actor: Actor, attachment_id: uuid.UUID, caption: str) -> None:
        actor.require(Permission.EDIT_RECORDS)
        with self._db.transaction() as s:
            row = s.scalars(select(Attachment).where(Attachment.id == attachment_id)).one()
            row.caption = caption.strip()

    def verify(self, attachment: AttachmentView) -> bool:
        """Is the stored original still the file that was captured?"""
        path = self.path_of(attachment.sha256)
        return path.is_file() and sha256_file(path) == attachment.sha256

    def derived(self, attachment: AttachmentView, kind: str = "thumb") -> Path | None:
        """A thumbnail or display copy (EXIF orientation applied); None when not an image."""
        if not attachment.is_image:
            return None
        size = THUMB_SIZE if kind == "thumb" else DISPLAY_SIZE
        target = self.cache / kind / f"{attachment.sha256}.jpg"
        if target.exists():
            return target
        source = self.path_of(attachment.sha256)
        if not source.is_file():
            return None
        try:
            with Image.open(source) as image:
                oriented = ImageOps.exif_transpose(image)
                oriented = oriented.convert("RGB")
                oriented.thumbnail(size)
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(target.name + ".part")
                oriented.save(tmp, "JPEG", quality=85)
                tmp.replace(target)
        except (OSError, UnidentifiedImageError):
            return None
        return target


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(
        row.id,
        row.record_id,
        row.sha256,
        row.filename,
        row.media_type,
        row.size,
        row.caption,
        dict(row.exif),
        row.added_by,
        row.added_at,
    )
