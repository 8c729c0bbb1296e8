"""Two fixes to ReportLab's paragraph shaping, installed once by :func:`install`.

ReportLab (5.1) shapes a *word* with HarfBuzz using the font of the word's first fragment. A word
that changes font without a space -- ``(ประยุทธ์)`` where the brackets come from Noto Sans, or
``ที่นี่·ស្រីមុំ`` -- is then shaped with the wrong font and comes out as boxes. :func:`shape_by_font`
shapes each same-font part of the word on its own.

A word longer than the line is cut into pieces character by character; for a shaped word this
drops HarfBuzz's glyph positions and Thai or Khmer turns into boxes (long Thai and Khmer phrases
have no spaces). :func:`split_shaped_word` cuts a shaped word between glyph clusters instead,
never before a mark, a following vowel or a subscript, and keeps the shaping data of each piece.

Both replace names that :mod:`reportlab.platypus.paragraph` looks up at call time; the test
suite checks that the names still exist, so a ReportLab upgrade that moves them fails loudly.

:func:`install` also turns off ASCII85 encoding of PDF streams (``rl_config.useA85``): without
ReportLab's optional C accelerator it is pure Python and took 0.75 s of a 1.6 s report with six
photos; binary streams are standard PDF and a quarter smaller.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from typing import Any

import reportlab.platypus.paragraph as rl_paragraph
from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedFragWord, ShapedStr, makeShapedFragWord

_lock = threading.Lock()
_installed = False
_original_shape: Any = None
_original_split: Any = None

#: Characters a line may not start with (they attach to the character before them).
_NO_BREAK_BEFORE = frozenset(
    [chr(c) for c in range(0x0E30, 0x0E3B)]  # Thai following and above/below vowels
    + [chr(c) for c in range(0x0E45, 0x0E4F)]  # Thai lakkhangyao, mai yamok, tone marks
    + [chr(c) for c in range(0x17B6, 0x17D4)]  # Khmer dependent vowels, signs, coeng
    + ["\u0e46", "\u17dd", "\u200d", "\u200c"]
)
#: Characters a line may not end with (they attach to the character after them).
_NO_BREAK_AFTER = frozenset(
    [chr(c) for c in range(0x0E40, 0x0E45)]  # Thai leading vowels เ แ โ ใ ไ
    + ["\u17d2", "\u17c1", "\u17c2", "\u17c3", "\u200d"]  # Khmer coeng, pre-base vowels
)


def install() -> None:
    """Replace ReportLab's word shaping and long-word splitting (idempotent, thread-safe)."""
    global _installed, _original_shape, _original_split
    with _lock:
        if _installed:
            return
        _original_shape = rl_paragraph.shapeFragWord
        _original_split = rl_paragraph._splitFragWord
        rl_paragraph.shapeFragWord = shape_by_font
        rl_paragraph._splitFragWord = split_shaped_word
        rl_config.useA85 = 0
        _installed = True


def installed() -> bool:
    return _installed


def shape_by_font(w: Any, *args: Any, **kwargs: Any) -> Any:
    """Shape each run of one font inside a word separately."""
    if isinstance(w, ShapedFragWord) or len(w) < 2:
        return _original_shape(w, *args, **kwargs)
    frags = w[1:]
    if any(isinstance(text, ShapedStr) for _frag, text in frags):
        # Pieces of a word already shaped and split, joined again when a paragraph continues
        # on the next page: shaping them again would shape glyphs, not characters.
        return makeShapedFragWord(w)(w)
    if any(hasattr(frag, "cbDefn") for frag, _text in frags):
        return _original_shape(w, *args, **kwargs)
    groups: list[list[tuple[Any, str]]] = []
    for frag, text in frags:
        if groups and groups[-1][-1][0].fontName == frag.fontName:
            groups[-1].append((frag, text))
        else:
            groups.append([(frag, text)])
    if len(groups) == 1:
        return _original_shape(w, *args, **kwargs)
    out: list[Any] = []
    width = 0.0
    changed = False
    for group in groups:
        group_width = sum(stringWidth(t, f.fontName, f.fontSize) for f, t in group)
        sub = w.__class__([group_width, *group])
        shaped = _original_shape(sub, *args, **kwargs)
        changed = changed or shaped is not sub
        width += shaped[0]
        out.extend(shaped[1:])
    if not changed:
        return w
    return makeShapedFragWord(w)([width, *out])


def _units(frag: Any, text: str) -> Iterator[tuple[str, float, bool]]:
    """(piece, width, may break before it) for the glyphs of one fragment."""
    if isinstance(text, ShapedStr):
        data = text.__shapeData__
        size = frag.fontSize / 1000
        for i, ch in enumerate(text):
            sd = data[i]
            breakable = (
                i > 0
                and sd.x_advance != 0
                and sd.cluster != data[i - 1].cluster
                and ch not in _NO_BREAK_BEFORE
                and text[i - 1] not in _NO_BREAK_AFTER
            )
            yield ShapedStr(ch, shapeData=[sd]), sd.x_advance * size, breakable or i == 0
    else:
        for i, ch in enumerate(text):
            breakable = i == 0 or not (
                unicodedata.combining(ch)
                or ch in _NO_BREAK_BEFORE
                or text[i - 1] in _NO_BREAK_AFTER
            )
            yield ch, stringWidth(ch, frag.fontName, frag.fontSize), breakable


def _join(frag: Any, pieces: list[str]) -> tuple[Any, str]:
    clone = frag.clone()
    if all(isinstance(p, ShapedStr) for p in pieces):
        data: list[Any] = []
        for p in pieces:
            data.extend(p.__shapeData__)  # type: ignore[attr-defined]
        text: str = ShapedStr("".join(pieces), shapeData=data)
    else:
        text = "".join(pieces)
    if hasattr(clone, "text"):
        clone.text = text
    return clone, text


def split_shaped_word(w: Any, max_width: float, max_widths: list[float], lineno: int) -> Any:
    """Cut an over-long shaped word between clusters, keeping each piece's glyph positions."""
    if not isinstance(w, ShapedFragWord) or any(hasattr(f, "cbDefn") for f, _t in w[1:]):
        return _original_split(w, max_width, max_widths, lineno)
    last = len(max_widths) - 1
    next_width = max_widths[min(last, lineno + 1)]
    # Glyphs grouped into unbreakable clusters: (frag, [pieces], width)
    clusters: list[tuple[Any, list[str], float]] = []
    for frag, text in w[1:]:
        for piece, width, breakable in _units(frag, text):
            if clusters and not breakable and clusters[-1][0] is frag:
                f, pieces, total = clusters[-1]
                clusters[-1] = (f, [*pieces, piece], total + width)
            else:
                clusters.append((frag, [piece], width))
    result: list[Any] = []
    line: list[tuple[Any, list[str]]] = []
    line_width = 0.0

    def flush(kind: type, frag: Any) -> None:
        parts = [_join(f, pieces) for f, pieces in line] or [_join(frag, [""])]
        result.append(kind([line_width, *parts]))

    for frag, pieces, width in clusters:
        if line_width + width > max_width and (line_width > 0 or width <= next_width):
            flush(rl_paragraph._SplitFrag, frag)
            line = []
            line_width = 0.0
            lineno += 1
            max_width = next_width
            next_width = max_widths[min(last, lineno + 1)]
        if line and line[-1][0] is frag:
            line[-1] = (frag, line[-1][1] + pieces)
        else:
            line.append((frag, list(pieces)))
        line_width += width
    final = (
        rl_paragraph._SplitFragHS
        if isinstance(w, rl_paragraph._HSFrag)
        else rl_paragraph._SplitFragH
    )
    flush(final, w[-1][0])
    return result
