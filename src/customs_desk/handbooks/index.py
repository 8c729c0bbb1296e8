"""The full-text index of the handbooks: a rebuildable SQLite file in the data folder.

Three FTS5 tables share one block table (``rowid`` = block id):

* ``fts_words``: Latin-script text, folded in Python, ``porter unicode61`` (English inflections);
* ``fts_tri``: ``trigram`` substring index for Chinese, Japanese, Korean, Thai, Khmer;
* ``fts_grams``: unigrams and bigrams of those scripts, for queries of one or two characters
  (the trigram tokenizer cannot match them; two-character Chinese and Korean names are common).

Each table also indexes a ``scope`` column (``hb_<id>``, ``lang_<code>``) so filters run inside
FTS5 and ``ORDER BY rank LIMIT n`` stays on the fast top-k path. Section titles are a separate
column weighted 8x in bm25. The index is rebuilt when the set of handbooks or their content
changes (fingerprint in ``meta``), when its schema changes, or when it turns out to be damaged;
it is written to a temporary file and renamed, so a crash never leaves half an index.
"""

from __future__ import annotations

import difflib
import json
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from customs_desk.handbooks.check import codes_in_text
from customs_desk.handbooks.model import Handbook, citation
from customs_desk.handbooks.text import (
    Term,
    fold,
    grams,
    highlight_spans,
    snippet,
    split_query,
)
from customs_desk.store.database import SqliteError, sqlite_module

log = logging.getLogger(__name__)

INDEX_SCHEMA = 5
TITLE_WEIGHT = 8.0
RANK = f"bm25(0.0, {TITLE_WEIGHT}, 1.0)"
HIT_COLUMNS = (
    "b.handbook, h.title, b.language, b.chapter, b.section, b.section_title, b.number, b.text"
)


@dataclass(frozen=True)
class Hit:
    handbook: str
    handbook_title: str
    language: str
    chapter: str
    section: str
    section_title: str
    paragraph: int
    citation: str
    snippet: str
    highlights: list[tuple[int, int]]
    score: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "handbook": self.handbook,
            "handbook_title": self.handbook_title,
            "language": self.language,
            "chapter": self.chapter,
            "section": self.section,
            "section_title": self.section_title,
            "paragraph": self.paragraph,
            "citation": self.citation,
            "snippet": self.snippet,
            "highlights": [list(h) for h in self.highlights],
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Mention:
    handbook: str
    handbook_title: str
    language: str
    section: str
    section_title: str
    paragraph: int
    citation: str


@dataclass
class SearchResult:
    query: str
    hits: list[Hit] = field(default_factory=list)
    suggestion: str | None = None
    took_ms: float = 0.0


def scope_tokens(handbook_id: str, language: str) -> str:
    return f"hb_{re.sub(r'[^a-z0-9]', '_', handbook_id.lower())} lang_{language.lower().replace('-', '_')}"


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class IndexCorrupt(Exception):
    """The index file is damaged; callers rebuild it."""


class HandbookIndex:
    """Build and query the index file at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: Any = None

    # Lifecycle ----------------------------------------------------------------------------
    def _connect(self) -> Any:
        if self._conn is None:
            conn = sqlite_module().connect(str(self.path), check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            self._conn = conn
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def fingerprint(self) -> dict[str, Any] | None:
        """The stored fingerprint, or None when the file is missing, old or damaged."""
        if not self.path.exists():
            return None
        try:
            conn = self._connect()
            rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if int(rows.get("schema", 0)) != INDEX_SCHEMA:
                return None
            expected = int(rows["blocks"])
            actual = conn.execute("SELECT count(*) FROM block").fetchone()[0]
            if expected != actual:
                return None
            return dict(json.loads(rows["fingerprint"]))
        except (SqliteError, KeyError, ValueError) as exc:
            log.warning("handbook index %s unusable (%s); it will be rebuilt", self.path, exc)
            self.close()
            return None

    @staticmethod
    def fingerprint_of(handbooks: list[Handbook]) -> dict[str, Any]:
        return {h.id: h.content_hash for h in handbooks}

    def is_current(self, expected: dict[str, Any]) -> bool:
        return self.fingerprint() == expected

    def build(self, handbooks: list[Handbook]) -> int:
        """Write a new index next to the old one and swap it in; returns the block count."""
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".building")
        tmp.unlink(missing_ok=True)
        started = time.perf_counter()
        conn = sqlite_module().connect(str(tmp))
        try:
            count = _write_index(conn, handbooks, self.fingerprint_of(handbooks))
            conn.commit()
        finally:
            conn.close()
        for suffix in ("-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        tmp.replace(self.path)
        log.info("built handbook index: %d blocks in %.2fs", count, time.perf_counter() - started)
        return count

    # Queries ------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        handbook: str | None = None,
        language: str | None = None,
        limit: int = 20,
    ) -> SearchResult:
        started = time.perf_counter()
        result = SearchResult(query)
        terms = split_query(query)
        if not terms:
            return result
        try:
            conn = self._connect()
            statement, params = build_query(terms, handbook, language, limit)
            rows = conn.execute(statement, params).fetchall()
            result.hits = [self._hit(row, terms) for row in rows]
            if len(result.hits) < 3:
                result.suggestion = self._suggest(conn, terms)
        except SqliteError as exc:
            if (
                "malformed" in str(exc)
                or "corrupt" in str(exc)
                or "not a database" in str(exc)
                or "no such table" in str(exc)
            ):
                self.close()
                raise IndexCorrupt(str(exc)) from exc
            raise
        result.took_ms = (time.perf_counter() - started) * 1000
        return result

    @staticmethod
    def _hit(row: tuple[Any, ...], terms: list[Term]) -> Hit:
        """A hit from a row of :func:`build_query` (``rowid, rank`` and the block's columns)."""
        _rowid, score, handbook, title, language, chapter, section, section_title, number, text = (
            row
        )
        # No match in the text (a hit on the section title alone): the paragraph's beginning.
        shown, moved = snippet(text, highlight_spans(text, terms))
        return Hit(
            handbook=handbook,
            handbook_title=title,
            language=language,
            chapter=chapter,
            section=section,
            section_title=section_title,
            paragraph=number,
            citation=citation(handbook, section, number),
            snippet=shown,
            highlights=moved,
            score=-float(score),
        )

    def _suggest(self, conn: Any, terms: list[Term]) -> str | None:
        """'Did you mean': replace unknown Latin words with the closest indexed word."""
        changed = False
        words: list[str] = []
        for term in terms:
            if term.unspaced:
                words.append(term.text)
                continue
            for word in term.folded.split():
                known = conn.execute("SELECT 1 FROM vocab WHERE word = ?", (word,)).fetchone()
                if known or len(word) < 4:
                    words.append(word)
                    continue
                candidates = [
                    r[0]
                    for r in conn.execute(
                        "SELECT word FROM vocab WHERE length(word) BETWEEN ? AND ? "
                        "AND substr(word, 1, 1) = ? ORDER BY freq DESC LIMIT 4000",
                        (len(word) - 2, len(word) + 2, word[0]),
                    )
                ]
                best = difflib.get_close_matches(word, candidates, n=1, cutoff=0.75)
                if best:
                    words.append(best[0])
                    changed = True
                else:
                    words.append(word)
        return " ".join(words) if changed else None

    def mentions(self, code: str, limit: int = 50) -> list[Mention]:
        """Handbook paragraphs that name ``code`` (a Basel or HS code)."""
        try:
            conn = self._connect()
            rows = conn.execute(
                "SELECT b.handbook, h.title, h.language, b.section, b.section_title, b.number "
                "FROM mention m JOIN block b ON b.id = m.block JOIN handbook h ON h.id = b.handbook "
                "WHERE m.code = ? ORDER BY h.language != 'en', b.handbook, b.id LIMIT ?",
                (code, limit),
            ).fetchall()
        except SqliteError as exc:
            self.close()
            raise IndexCorrupt(str(exc)) from exc
        return [
            Mention(r[0], r[1], r[2], r[3], r[4], r[5], citation(r[0], r[3], r[5])) for r in rows
        ]

    def handbook_blocks(self, handbook_id: str) -> int:
        conn = self._connect()
        return int(
            conn.execute(
                "SELECT count(*) FROM block WHERE handbook = ?", (handbook_id,)
            ).fetchone()[0]
        )


def build_query(
    terms: list[Term], handbook: str | None, language: str | None, limit: int
) -> tuple[str, list[Any]]:
    """SQL for the terms: the first usable table ranks, the others filter by rowid. Each row is
    ``rowid, rank`` and :data:`HIT_COLUMNS`."""
    words = [t for t in terms if not t.unspaced]
    long_unspaced = [t for t in terms if t.unspaced and len(t.folded) >= 3]
    short_unspaced = [t for t in terms if t.unspaced and len(t.folded) < 3]
    clauses: list[tuple[str, str]] = []
    if words:
        parts: list[str] = []
        all_words = [w for t in words for w in t.folded.split()]
        for i, word in enumerate(all_words):
            is_last = i == len(all_words) - 1
            parts.append(_fts_phrase(word) + ("*" if is_last and len(word) >= 2 else ""))
        clauses.append(("fts_words", "{title body}: (" + " AND ".join(parts) + ")"))
    if long_unspaced:
        clauses.append(
            (
                "fts_tri",
                "{title body}: ("
                + " AND ".join(_fts_phrase(t.folded) for t in long_unspaced)
                + ")",
            )
        )
    if short_unspaced:
        clauses.append(
            (
                "fts_grams",
                "{title body}: ("
                + " AND ".join(_fts_phrase(t.folded) for t in short_unspaced)
                + ")",
            )
        )
    scope: list[str] = []
    if handbook:
        scope.append(scope_tokens(handbook, "x").split()[0])
    if language:
        scope.append("lang_" + language.lower().replace("-", "_"))
    primary_table, primary_match = clauses[0]
    if scope:
        primary_match = f"({primary_match}) AND " + " AND ".join(f"scope: {s}" for s in scope)
    # The hits' rows come with the ranking: FTS5 yields the top rows in rank order and each is
    # joined by primary key (one statement instead of one more query per search).
    t = primary_table
    sql = (
        f"SELECT {t}.rowid, {t}.rank, {HIT_COLUMNS} FROM {t} "
        f"JOIN block b ON b.id = {t}.rowid JOIN handbook h ON h.id = b.handbook "
        f"WHERE {t} MATCH ?"
    )
    params: list[Any] = [primary_match]
    for table, match in clauses[1:]:
        sql += f" AND {t}.rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
        params.append(match)
    sql += f" ORDER BY {t}.rank LIMIT ?"
    params.append(limit)
    return sql, params


def _write_index(conn: Any, handbooks: list[Handbook], fingerprint: dict[str, Any]) -> int:
    conn.executescript(
        f"""
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE handbook (
            id TEXT PRIMARY KEY, title TEXT, short_title TEXT, language TEXT, version TEXT,
            last_reviewed TEXT, variant_of TEXT
        );
        CREATE TABLE block (
            id INTEGER PRIMARY KEY, handbook TEXT NOT NULL, language TEXT NOT NULL,
            chapter TEXT NOT NULL, section TEXT NOT NULL, section_title TEXT NOT NULL,
            number INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL
        );
        CREATE INDEX ix_block_location ON block (handbook, section, number);
        CREATE TABLE vocab (word TEXT PRIMARY KEY, freq INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE mention (code TEXT NOT NULL, block INTEGER NOT NULL, PRIMARY KEY (code, block))
            WITHOUT ROWID;
        CREATE VIRTUAL TABLE fts_words USING fts5(
            scope, title, body, content='', tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE VIRTUAL TABLE fts_tri USING fts5(
            scope, title, body, content='', tokenize='trigram'
        );
        CREATE VIRTUAL TABLE fts_grams USING fts5(
            scope, title, body, content='', tokenize='unicode61 remove_diacritics 0'
        );
        INSERT INTO fts_words (fts_words, rank) VALUES ('rank', '{RANK}');
        INSERT INTO fts_tri (fts_tri, rank) VALUES ('rank', '{RANK}');
        INSERT INTO fts_grams (fts_grams, rank) VALUES ('rank', '{RANK}');
        """
    )
    vocab: dict[str, int] = {}
    rowid = 0
    for handbook in handbooks:
        m = handbook.manifest
        conn.execute(
            "INSERT INTO handbook VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                m.id,
                m.title,
                m.short_title,
                m.language,
                m.version,
                m.last_reviewed.isoformat(),
                m.variant_of,
            ),
        )
        scope = scope_tokens(m.id, m.language)
        titles = {s.anchor: s.title for s in handbook.sections()}
        rows_block = []
        rows_words = []
        rows_tri = []
        rows_grams = []
        rows_mention: list[tuple[str, int]] = []
        for chapter in handbook.chapters:
            for block in chapter.blocks:
                if not block.text:
                    continue
                rowid += 1
                title = titles.get(block.section, "")
                rows_block.append(
                    (
                        rowid,
                        m.id,
                        m.language,
                        chapter.file,
                        block.section,
                        title,
                        block.number,
                        block.kind,
                        block.text,
                    )
                )
                folded_title, folded_text = fold(title), fold(block.text)
                rows_words.append((rowid, scope, folded_title, folded_text))
                rows_tri.append((rowid, scope, folded_title, folded_text))
                gram_title, gram_text = grams(folded_title), grams(folded_text)
                if gram_title or gram_text:
                    rows_grams.append((rowid, scope, gram_title, gram_text))
                for word in re.findall(r"[a-z][a-z0-9]{3,}", folded_text):
                    vocab[word] = vocab.get(word, 0) + 1
                basel, hs = codes_in_text(block.text)
                rows_mention.extend((code, rowid) for code in basel | hs)
        conn.executemany("INSERT INTO block VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows_block)
        conn.executemany(
            "INSERT INTO fts_words (rowid, scope, title, body) VALUES (?, ?, ?, ?)", rows_words
        )
        conn.executemany(
            "INSERT INTO fts_tri (rowid, scope, title, body) VALUES (?, ?, ?, ?)", rows_tri
        )
        conn.executemany(
            "INSERT INTO fts_grams (rowid, scope, title, body) VALUES (?, ?, ?, ?)", rows_grams
        )
        conn.executemany("INSERT OR IGNORE INTO mention VALUES (?, ?)", rows_mention)
    conn.executemany("INSERT INTO vocab VALUES (?, ?)", sorted(vocab.items()))
    for table in ("fts_words", "fts_tri", "fts_grams"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [
            ("schema", str(INDEX_SCHEMA)),
            ("fingerprint", json.dumps(fingerprint, sort_keys=True)),
            ("blocks", str(rowid)),
        ],
    )
    return rowid
