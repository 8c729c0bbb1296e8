"""The bundled fonts in ReportLab, and text split into runs of the font that has its glyphs.

ReportLab has no automatic font fallback (FEASIBILITY.md 3b): a name in Thai, Khmer, Chinese or
Korean needs its own ``<font face="...">`` run. :func:`markup` turns any text into Paragraph
markup: each character goes to the font for its script (Thai, Khmer, Han and kana, Hangul,
everything else Noto Sans); spaces, digits and punctuation stay in the current run only when that
font has the glyph (the Thai font has no "·" or digits). Text in a script no bundled font covers
(Arabic, Devanagari, Lao, emoji...) becomes a visible marker instead of boxes.

Every paragraph style used by the reports has ``shaping=1``, so Thai and Khmer are shaped by
HarfBuzz (uharfbuzz); :mod:`customs_desk.reports.rlpatch` makes that work across font changes.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from customs_desk.i18n import Msg
from customs_desk.reports import rlpatch
from customs_desk.resources import resource_path

SANS = "CD-Sans"
SANS_BOLD = "CD-Sans-Bold"
THAI = "CD-Thai"
KHMER = "CD-Khmer"
HAN = "CD-Han"
HANGUL = "CD-Hangul"


@dataclass(frozen=True)
class Face:
    name: str
    regular: str
    bold: str | None


#: Registered fonts; the order is the fallback order for characters of no particular script.
FACES: tuple[Face, ...] = (
    Face(SANS, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Face(HAN, "DroidSansFallbackFull.ttf", None),
    Face(HANGUL, "NanumGothic.ttf", None),
    Face(THAI, "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    Face(KHMER, "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"),
)

#: Regular face -> bold face, for the fonts that have one (Droid and Nanum do not).
BOLD_FACES: dict[str, str] = {}

#: Fonts to try, in order, for the letters of each script.
CHAINS: dict[str, tuple[str, ...]] = {
    "thai": (THAI, SANS),
    "khmer": (KHMER, SANS),
    "han": (HAN, HANGUL),
    "hangul": (HANGUL, HAN),
    "other": (SANS, HAN, HANGUL, THAI, KHMER),
}

#: Names for scripts no bundled font covers, used in the marker.
_UNSUPPORTED_NAMES: tuple[tuple[int, int, str], ...] = (
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0700, 0x074F, "Syriac"),
    (0x0750, 0x077F, "Arabic"),
    (0x0780, 0x07BF, "Thaana"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1200, 0x139F, "Ethiopic"),
    (0x1800, 0x18AF, "Mongolian"),
    (0x1F300, 0x1FAFF, "emoji"),
    (0x20000, 0x3FFFF, "CJK extension"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
)


def script_of(cp: int) -> str:
    """The script whose fonts are tried first for this code point."""
    if 0x0E00 <= cp <= 0x0E7F:
        return "thai"
    if 0x1780 <= cp <= 0x17FF or 0x19E0 <= cp <= 0x19FF:
        return "khmer"
    if (
        0x1100 <= cp <= 0x11FF
        or 0x3130 <= cp <= 0x318F
        or 0xA960 <= cp <= 0xA97F
        or 0xAC00 <= cp <= 0xD7FF
        or 0xFFA0 <= cp <= 0xFFDC
    ):
        return "hangul"
    if (
        0x2E80 <= cp <= 0x2FDF
        or 0x3000 <= cp <= 0x312F
        or 0x31A0 <= cp <= 0x31FF
        or 0x3200 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0xFE30 <= cp <= 0xFE4F
        or 0xFF00 <= cp <= 0xFF9F
        or 0x20000 <= cp <= 0x3FFFF
    ):
        return "han"
    return "other"


def script_name(ch: str) -> str:
    cp = ord(ch)
    for low, high, name in _UNSUPPORTED_NAMES:
        if low <= cp <= high:
            return name
    name = unicodedata.name(ch, "")
    return name.split(" ")[0].title() if name else f"U+{cp:04X}"


class FontSet:
    """The registered fonts and the code points each one covers."""

    def __init__(self) -> None:
        self.cmaps: dict[str, frozenset[int]] = {}
        folder = resource_path("fonts")
        for face in FACES:
            regular = TTFont(face.name, str(folder / face.regular))
            pdfmetrics.registerFont(regular)
            self.cmaps[face.name] = frozenset(regular.face.charToGlyph)
            bold_name = face.name
            if face.bold:
                bold_name = f"{face.name}-Bold"
                pdfmetrics.registerFont(TTFont(bold_name, str(folder / face.bold)))
            # <b> (and a bold style) picks the bold face of the family; italics fall back to
            # upright (no italic faces are bundled). The upright pairs come last so that the
            # reverse look-up of a font name says "not italic".
            for family in (face.name, face.name.lower()):
                addMapping(family, 0, 1, face.name)
                addMapping(family, 1, 1, bold_name)
                addMapping(family, 0, 0, face.name)
                addMapping(family, 1, 0, bold_name)
            if face.bold:
                BOLD_FACES[face.name] = bold_name
        self.sans = self.cmaps[SANS]

    def has(self, font: str, cp: int) -> bool:
        return cp in self.cmaps[font]

    def font_for(self, cp: int) -> str | None:
        for font in CHAINS[script_of(cp)]:
            if cp in self.cmaps[font]:
                return font
        return None


_lock = threading.Lock()
_fonts: FontSet | None = None


def ensure_fonts() -> FontSet:
    """Register the bundled fonts with ReportLab once per process (thread-safe)."""
    global _fonts
    with _lock:
        if _fonts is None:
            rlpatch.install()
            _fonts = FontSet()
        return _fonts


def _is_neutral(ch: str) -> bool:
    """Spaces, punctuation, symbols and digits: they may stay in the surrounding run."""
    return unicodedata.category(ch)[0] in "ZPSN"


_DROPPED = {"\u200b", "\ufeff", "\u00ad"}  # zero-width space, BOM, soft hyphen


def _is_variation_selector(cp: int) -> bool:
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


@dataclass(frozen=True)
class Run:
    font: str | None  # None: ``text`` names the scripts of text no bundled font can show
    text: str


def runs(text: str) -> list[Run]:
    """Split ``text`` into runs of one font each (see the module documentation)."""
    fonts = ensure_fonts()
    out: list[Run] = []
    current = SANS  # font of the run being built
    home = SANS  # font of the last letter: spaces and punctuation return to it
    buf: list[str] = []
    missing: list[str] = []  # the pending text that no font can show

    def flush() -> None:
        if buf:
            out.append(Run(current, "".join(buf)))
            buf.clear()

    def flush_missing() -> None:
        if not missing:
            return
        trailing = len(missing) - len("".join(missing).rstrip(" "))
        del missing[len(missing) - trailing :]
        letters = [c for c in missing if unicodedata.category(c)[0] not in "ZP"] or missing
        out.append(Run(None, ", ".join(sorted({script_name(c) for c in letters}))))
        if trailing:
            out.append(Run(SANS, " "))
        missing.clear()

    for ch in text:
        cp = ord(ch)
        if ch in _DROPPED:
            continue
        if ch == "\n":
            flush_missing()
            flush()
            out.append(Run(SANS, "\n"))
            current = home = SANS
            continue
        if unicodedata.category(ch) == "Cc":
            if not ch.isspace():
                continue
            ch, cp = " ", 32
        if _is_variation_selector(cp) and not fonts.has(current, cp):
            continue
        font = fonts.font_for(cp)
        if missing and (ch == " " or font is None):
            missing.append(ch)
            continue
        mark = unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf") or unicodedata.combining(ch)
        neutral = _is_neutral(ch)
        if (mark or (neutral and current in (home, SANS))) and fonts.has(current, cp):
            flush_missing()
            buf.append(ch)
            continue
        if neutral and fonts.has(home, cp):
            font = home  # back from a symbol borrowed from another font ("→" from Nanum)
        if font is None:
            flush()
            missing.append(ch)
            continue
        flush_missing()
        if not neutral:
            home = font
        if font != current:
            flush()
            current = font
        buf.append(ch)
    flush_missing()
    flush()
    return out


def _escape(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


MARKER_COLOR = "#b00020"


def marker_text(scripts: str) -> str:
    return Msg("[text in a script not supported: {scripts}]", scripts=scripts)


def markup(text: object, *, bold: bool = False) -> str:
    """Paragraph markup for ``text``: XML-escaped, with a ``<font>`` run per script.

    ``bold`` names the bold faces explicitly: ReportLab's ``<font face>`` resets an enclosing
    ``<b>``, so wrapping the result in ``<b>`` would leave Thai and Khmer runs regular.
    """
    ensure_fonts()
    value = "" if text is None else str(text)
    if value.isascii() and value.isprintable():
        return f"<b>{escape(value)}</b>" if bold and value else escape(value)
    parts: list[str] = []
    for run in runs(value):
        if run.font is None:
            parts.append(
                f'<font face="{SANS}" color="{MARKER_COLOR}">{escape(marker_text(run.text))}</font>'
            )
        elif run.font == SANS:
            parts.append(f"<b>{_escape(run.text)}</b>" if bold else _escape(run.text))
        else:
            face = BOLD_FACES.get(run.font, run.font) if bold else run.font
            parts.append(f'<font face="{face}">{_escape(run.text)}</font>')
    return "".join(parts)


def needs_shaping(text: str) -> bool:
    """Does ``text`` need HarfBuzz: Thai or Khmer, or a combining mark to position?

    Shaping every paragraph makes a 1,000-row table about 2.8 times slower (docs/benchmarks.md),
    so paragraphs in Latin, Han and Hangul (precomposed) are laid out without it.
    """
    if text.isascii():
        return False
    for ch in text:
        cp = ord(ch)
        if 0x0E00 <= cp <= 0x0E7F or 0x1780 <= cp <= 0x17FF or 0x19E0 <= cp <= 0x19FF:
            return True
        if cp >= 0x0300 and unicodedata.combining(ch):
            return True
    return False


def unsupported_scripts(text: str) -> list[str]:
    """Names of the scripts in ``text`` that no bundled font covers (empty when all render)."""
    return [r.text for r in runs(text) if r.font is None]
