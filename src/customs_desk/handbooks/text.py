"""Text helpers for search: script detection, accent folding, n-grams, snippets.

Latin-script text is folded (lower case, accents removed, đ -> d) so "nguyen" finds "Nguyễn".
Thai, Khmer and CJK keep their marks: a Thai tone mark changes the word. Scripts written without
spaces between words are searched by substring (trigram index) and, for one- and two-character
queries, by a side index of character unigrams and bigrams.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

_UNSPACED_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x2FA1F),  # CJK extensions B-F and supplements
)
_UNSPACED_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _UNSPACED_RANGES)
#: A run of letters and digits of spaced scripts (what str.isalnum() accepts, minus unspaced).
_SPACED_WORD_RE = re.compile(rf"[^\W_{_UNSPACED_CLASS}]*")
_SPECIAL_FOLDS = {"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss"}
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


@functools.lru_cache(maxsize=1 << 16)
def is_unspaced(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _UNSPACED_RANGES)


def _is_latinish(ch: str) -> bool:
    return ord(ch) < 0x0250 or 0x1E00 <= ord(ch) <= 0x1EFF  # Latin incl. Vietnamese extended


@functools.lru_cache(maxsize=1 << 16)
def fold_char(ch: str) -> str:
    if ch in _SPECIAL_FOLDS:
        return _SPECIAL_FOLDS[ch]
    if _is_latinish(ch):
        decomposed = unicodedata.normalize("NFKD", ch)
        return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if 0xFF01 <= ord(ch) <= 0xFF5E:  # full-width ASCII typed with a CJK input method
        return chr(ord(ch) - 0xFEE0).lower()
    return ch.lower()


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table filled with :func:`fold_char` as characters are met, so folding
    runs in C. Characters that do not fold to exactly one character (``ß`` -> ``ss``, a lone
    combining mark -> nothing) are remembered: only text with one of them needs a position map."""

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        if len(folded) != 1:
            self.uneven.add(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    if text.isascii():  # no accents, no special letters: folding is lower-casing
        return text.lower()
    return text.translate(_FOLD)


def _fold_positions(text: str) -> tuple[str, list[int] | None]:
    """Folded text and the map of :func:`fold_with_map`, or None when it is the identity
    (every character folded to one character: all ASCII text, most text in other scripts)."""
    if text.isascii():
        return text.lower(), None
    folded = text.translate(_FOLD)
    if _FOLD.uneven.isdisjoint(text):
        return folded, None
    mapping: list[int] = []
    for index, ch in enumerate(text):
        mapping.extend([index] * len(_FOLD[ord(ch)]))
    return folded, mapping


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each folded character, the index of its original character."""
    folded, mapping = _fold_positions(text)
    return folded, list(range(len(folded))) if mapping is None else mapping


def grams(text: str) -> str:
    """Space-separated unigrams and bigrams of every run of unspaced-script characters."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.extend(run)
            out.extend(a + b for a, b in itertools.pairwise(run))
            run.clear()

    for ch in text:
        if is_unspaced(ch):
            run.append(ch)
        else:
            flush()
    flush()
    return " ".join(out)


@dataclass(frozen=True)
class Term:
    text: str  # as typed
    folded: str
    unspaced: bool


def split_query(query: str) -> list[Term]:
    """Split a query into terms; a token mixing scripts is split at script changes."""
    terms: list[Term] = []
    for token in query.split():
        token = token.strip("\"'()[]{}.,;:!?«»“”、。，；：！？")
        if not token:
            continue
        current = ""
        current_unspaced: bool | None = None
        for ch in token:
            unspaced = is_unspaced(ch)
            if current and unspaced != current_unspaced:
                terms.append(_term(current, bool(current_unspaced)))
                current = ""
            current += ch
            current_unspaced = unspaced
        if current:
            terms.append(_term(current, bool(current_unspaced)))
    return [t for t in terms if t.folded]


def _term(text: str, unspaced: bool) -> Term:
    if unspaced:
        return Term(text, fold(text), True)
    folded = " ".join(WORD_RE.findall(fold(text)))
    return Term(text, folded, False)


def highlight_spans(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Character ranges of ``text`` that match the terms (accent-insensitive for Latin)."""
    folded, mapping = _fold_positions(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needles = [term.folded] if term.unspaced else term.folded.split()
        for needle in needles:
            found = _find_all(folded, needle, word_start=not term.unspaced)
            # Inflected forms ("batteries" for "battery"): retry with a shorter stem.
            stem = needle
            while not found and not term.unspaced and len(stem) > 4:
                stem = stem[:-1]
                found = _find_all(folded, stem, word_start=True)
            spans.extend(found)
    if not spans:
        return []
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    result = []
    size = len(text)
    for start, end in merged:
        if mapping is None:
            o_start, o_end = min(start, size), min(end, size)
        else:
            o_start = mapping[start] if start < len(mapping) else size
            o_end = mapping[end - 1] + 1 if end - 1 < len(mapping) else size
        if not term_is_unspaced_at(text, o_start):
            # Extend to the end of the word so the whole word is highlighted.
            o_end = _SPACED_WORD_RE.match(text, o_end).end()  # type: ignore[union-attr]
        result.append((o_start, o_end))
    return result


def term_is_unspaced_at(text: str, index: int) -> bool:
    return index < len(text) and is_unspaced(text[index])


def _find_all(haystack: str, needle: str, *, word_start: bool) -> list[tuple[int, int]]:
    if not needle:
        return []
    out: list[tuple[int, int]] = []
    find = haystack.find
    size = len(needle)
    start = find(needle)
    while start != -1:
        if not word_start or start == 0 or not haystack[start - 1].isalnum():
            out.append((start, start + size))
        start = find(needle, start + 1)
    return out


def snippet(
    text: str, spans: list[tuple[int, int]], width: int = 200
) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the first match; spans are shifted into the window."""
    if len(text) <= width:
        return text, spans
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, end - width)
    # Start and end on word boundaries for Latin text.
    while 0 < start < first and text[start - 1].isalnum() and not is_unspaced(text[start]):
        start += 1
    while (
        end < len(text)
        and end > start + width - 20
        and text[end - 1].isalnum()
        and not is_unspaced(text[end - 1])
    ):
        end -= 1
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    window = prefix + text[start:end] + suffix
    moved = [
        (max(s + shift, len(prefix)), min(e + shift, len(window) - len(suffix)))
        for s, e in spans
        if e > start and s < end
    ]
    return window, moved
