"""Photos for the PDF: read once, checked against their SHA-256, downscaled, never embedded whole.

A 30 MB camera original becomes a JPEG of at most :data:`MAX_PIXELS` on its long side (JPEG
files are decoded at reduced size with Pillow's ``draft``, so this stays fast). A missing,
changed, unreadable or absurdly large file gives a note for the report instead of an error.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from customs_desk.i18n import Msg
from customs_desk.reports.data import PhotoData

MAX_PIXELS = 900
MAX_FILE_BYTES = 64 * 1024 * 1024
JPEG_QUALITY = 80


@dataclass(frozen=True)
class PreparedPhoto:
    jpeg: bytes | None  # None: nothing to show (see notes)
    width: int
    height: int
    notes: tuple[str, ...]


def prepare(photo: PhotoData, max_pixels: int = MAX_PIXELS) -> PreparedPhoto:
    """A small JPEG of ``photo`` plus notes on anything wrong with the stored file."""
    path = photo.path
    if path is None or not path.is_file():
        return PreparedPhoto(
            None, 0, 0, (Msg("The stored file is missing; the photo cannot be shown."),)
        )
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return PreparedPhoto(
                None,
                0,
                0,
                (Msg("The file is too large ({mb:.0f} MB) to include.", mb=size / 1e6),),
            )
        raw = path.read_bytes()
    except OSError as exc:
        return PreparedPhoto(
            None,
            0,
            0,
            (Msg("The stored file cannot be read: {error}.", error=exc.strerror or str(exc)),),
        )
    notes: list[str] = []
    if photo.sha256 and hashlib.sha256(raw).hexdigest() != photo.sha256:
        notes.append(
            Msg(
                "WARNING: the stored file does not match the SHA-256 recorded at capture; "
                "it was changed or damaged."
            )
        )
    if not photo.is_image:
        return PreparedPhoto(None, 0, 0, tuple(notes))
    try:
        with warnings.catch_warnings():
            # Size is checked below; Pillow's own warning would only say less.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(raw)) as image:
                megapixels = image.width * image.height / 1e6
                if image.width * image.height > (Image.MAX_IMAGE_PIXELS or 0):
                    notes.append(
                        Msg(
                            "The image is too large ({mp:.0f} megapixels) to include.",
                            mp=megapixels,
                        )
                    )
                    return PreparedPhoto(None, 0, 0, tuple(notes))
                # Decode at the smallest JPEG scale that still covers the target size.
                longest = max(image.width, image.height, 1)
                image.draft(
                    "RGB",
                    (
                        max(1, max_pixels * image.width // longest),
                        max(1, max_pixels * image.height // longest),
                    ),
                )
                shown = ImageOps.exif_transpose(image).convert("RGB")
                shown.thumbnail((max_pixels, max_pixels), Image.Resampling.BILINEAR, 2.0)
                out = io.BytesIO()
                shown.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False)
                width, height = shown.size
    except Image.DecompressionBombError:
        notes.append(Msg("The image is too large to include."))
        return PreparedPhoto(None, 0, 0, tuple(notes))
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        notes.append(Msg("The stored file is not a readable image."))
        return PreparedPhoto(None, 0, 0, tuple(notes))
    return PreparedPhoto(out.getvalue(), width, height, tuple(notes))
