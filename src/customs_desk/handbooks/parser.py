"""Read a handbook folder: the TOML manifest and the Markdown chapters.

Parsing never stops at the first problem: every problem found is returned with its file and
line, so ``customs-desk handbooks check`` can report them all. :func:`load_handbook` raises
:class:`HandbookError` when the handbook cannot be used.
"""

from __future__ import annotations

import hashlib
import html
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from customs_desk.errors import UserError
from customs_desk.handbooks.model import (
    ANCHOR_RE,
    BOX_KINDS,
    ID_RE,
    LANGUAGES,
    Block,
    Chapter,
    Handbook,
    Link,
    Manifest,
    Section,
    SourceRef,
)
from customs_desk.i18n import Msg

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MANIFEST = "handbook.toml"
HEADING_ANCHOR_RE = re.compile(r"\s*\{#([^}\s]*)\}\s*$")
BOX_COLORS = {
    "note": ("#e8f1fb", "#2d6cb5"),
    "tip": ("#e9f6ec", "#2e7d32"),
    "warning": ("#fdecea", "#b3261e"),
    "example": ("#f3eefa", "#6a3fa0"),
    "unconfirmed": ("#fff4e0", "#a15c00"),
}


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class HandbookError(UserError):
    def __init__(self, folder: Path, problems: list[Problem]) -> None:
        self.folder = folder
        self.problems = problems
        first = str(problems[0]) if problems else "unknown problem"
        super().__init__(
            Msg("The handbook in {folder} cannot be read: {first}", folder=str(folder), first=first)
        )


@cache
def _markdown() -> MarkdownIt:
    """The Markdown parser, built on first use: importing markdown-it and compiling its rules
    costs ~70 ms, and starting the program (which imports this module) never parses."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.container import container_plugin
    from mdit_py_plugins.tasklists import tasklists_plugin

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.use(tasklists_plugin)
    for kind in BOX_KINDS:
        md.use(container_plugin, name=kind)
    return md


def _token(kind: str, content: str) -> Token:
    from markdown_it.token import Token

    token = Token(kind, "", 0)
    token.content = content
    return token


# Manifest -------------------------------------------------------------------------------------
def parse_manifest(folder: Path) -> tuple[Manifest | None, list[Problem]]:
    path = folder / MANIFEST
    problems: list[Problem] = []

    def bad(message: str, line: int = 1) -> None:
        problems.append(Problem(MANIFEST, line, message))

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Problem(MANIFEST, 0, "missing manifest handbook.toml")]
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(MANIFEST, 0, f"unreadable: {exc}")]
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        return None, [
            Problem(MANIFEST, int(found.group(1)) if found else 0, f"not valid TOML: {exc}")
        ]

    def line_of(key: str) -> int:
        for number, content in enumerate(text.splitlines(), start=1):
            if content.strip().startswith(key):
                return number
        return 1

    def need(key: str, kind: type, required: bool = True) -> Any:
        value = raw.get(key)
        if value is None:
            if required:
                bad(f"missing key '{key}'")
            return None
        if not isinstance(value, kind):
            bad(f"'{key}' must be a {kind.__name__}", line_of(key))
            return None
        return value

    hid = need("id", str)
    if isinstance(hid, str) and not ID_RE.match(hid):
        bad("'id' must be lowercase letters, digits and hyphens (variants: id.lang)", line_of("id"))
    title = need("title", str)
    short_title = need("short_title", str, required=False) or title
    version = need("version", str)
    if isinstance(version, str) and not re.match(r"^\d+\.\d+\.\d+$", version):
        bad("'version' must look like 1.2.3", line_of("version"))
    language = need("language", str)
    if isinstance(language, str) and language not in LANGUAGES:
        bad(f"'language' must be one of {', '.join(LANGUAGES)}", line_of("language"))
    reviewed = need("last_reviewed", date)
    summary = need("summary", str, required=False) or ""
    chapters = need("chapters", list)
    if isinstance(chapters, list):
        if not chapters:
            bad("'chapters' is empty", line_of("chapters"))
        for item in chapters:
            if not isinstance(item, str) or not item.endswith(".md") or "/" in item:
                bad(f"chapter '{item}' must be a .md file name in this folder", line_of("chapters"))
        if len(set(chapters)) != len(chapters):
            bad("a chapter is listed twice", line_of("chapters"))
    variant_of = need("variant_of", str, required=False)
    sources: list[SourceRef] = []
    raw_sources = raw.get("sources", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        bad("at least one [[sources]] entry is needed")
    else:
        seen: set[str] = set()
        for entry in raw_sources:
            if not isinstance(entry, dict) or not isinstance(entry.get("title"), str):
                bad("each [[sources]] entry needs a title", line_of("[[sources]]"))
                continue
            sid = str(entry.get("id", ""))
            if not ANCHOR_RE.match(sid):
                bad(
                    f"source id '{sid}' must be lowercase letters, digits and hyphens",
                    line_of(f'id = "{sid}"'),
                )
            if sid in seen:
                bad(f"duplicate source id '{sid}'", line_of(f'id = "{sid}"'))
            seen.add(sid)
            year = entry.get("year")
            if year is not None and not isinstance(year, int):
                bad(f"source '{sid}': year must be a number", line_of(f'id = "{sid}"'))
                year = None
            sources.append(SourceRef(sid, entry["title"], year, str(entry.get("url", ""))))
    if (
        problems
        or not all(isinstance(v, str) for v in (hid, title, version, language))
        or not isinstance(reviewed, date)
        or not isinstance(chapters, list)
    ):
        return None, problems
    manifest = Manifest(
        id=hid,
        title=title,
        short_title=short_title,
        version=version,
        language=language,
        last_reviewed=reviewed,
        summary=summary,
        chapters=tuple(chapters),
        sources=tuple(sources),
        variant_of=variant_of,
    )
    return manifest, problems


# Chapters -------------------------------------------------------------------------------------
def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts).strip()


def _text_of(tokens: list[Token]) -> str:
    return " ".join(t for t in (_inline_text(tok) for tok in tokens if tok.type == "inline") if t)


def _anchor_token(name: str) -> Token:
    return _token("html_inline", f'<a name="{html.escape(name)}"></a>')


def _matching_close(tokens: list[Token], start: int) -> int:
    level = tokens[start].level
    depth = 0
    for index in range(start, len(tokens)):
        token = tokens[index]
        if token.level == level:
            depth += token.nesting
            if depth == 0:
                return index
    return len(tokens) - 1


def parse_chapter(text: str, file: str, base: Path) -> tuple[Chapter, list[Problem]]:
    """Parse one chapter; the HTML carries an anchor for every section and citable block."""
    problems: list[Problem] = []
    tokens = _markdown().parse(text)
    sections: list[Section] = []
    blocks: list[Block] = []
    links: list[Link] = []
    images: list[Link] = []
    counters: dict[str, int] = defaultdict(int)
    chapter_anchor = ""
    chapter_title = ""
    current = ""
    out: list[Token] = []

    def line_of(token: Token) -> int:
        return (token.map[0] + 1) if token.map else 0

    def collect_links(span: list[Token], line: int) -> None:
        for token in span:
            for child in token.children or []:
                if child.type == "link_open":
                    href = str(child.attrGet("href") or "")
                    links.append(Link(href, "", line))
                elif child.type == "image":
                    images.append(Link(str(child.attrGet("src") or ""), child.content, line))
                elif child.type == "html_inline" and "task-list-item-checkbox" in child.content:
                    child.content = "☐ "

    def add_block(kind: str, span: list[Token], line: int, box_kind: str = "") -> Block | None:
        section = current or chapter_anchor
        if not section:
            problems.append(Problem(file, line, "text before the chapter heading"))
            return None
        counters[section] += 1
        block = Block(kind, section, counters[section], _text_of(span), line, box_kind)
        blocks.append(block)
        collect_links(span, line)
        return block

    index = 0
    first_heading_seen = False
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            inline = tokens[index + 1]
            level = int(token.tag[1])
            line = line_of(token)
            title = inline.content
            match = HEADING_ANCHOR_RE.search(title)
            anchor = ""
            if match:
                anchor = match.group(1)
                title = title[: match.start()].strip()
                inline.content = title
                children = inline.children or []
                if children and children[-1].type == "text":
                    children[-1].content = HEADING_ANCHOR_RE.sub("", children[-1].content)
                if not ANCHOR_RE.match(anchor):
                    problems.append(
                        Problem(
                            file,
                            line,
                            f"anchor '{anchor}' must be lowercase letters, digits and hyphens",
                        )
                    )
            else:
                problems.append(Problem(file, line, f"heading '{title}' has no {{#anchor}}"))
            if level == 1:
                if first_heading_seen:
                    problems.append(Problem(file, line, "only one '#' chapter heading per file"))
                chapter_anchor = chapter_anchor or anchor
                chapter_title = chapter_title or title
            elif not first_heading_seen:
                problems.append(Problem(file, line, "the chapter must start with a '#' heading"))
            if level > 3:
                problems.append(Problem(file, line, "headings deeper than '###' are not allowed"))
            first_heading_seen = True
            if anchor:
                sections.append(Section(anchor, title, level, line, file))
                current = anchor
                (inline.children or []).insert(0, _anchor_token(anchor))
            out.extend(tokens[index : index + 3])
            index += 3
            continue
        if token.nesting == 1:
            close = _matching_close(tokens, index)
            span = tokens[index : close + 1]
            line = line_of(token)
            if token.type in ("bullet_list_open", "ordered_list_open"):
                out.append(token)
                j = index + 1
                while j < close:
                    item_close = _matching_close(tokens, j)
                    item = tokens[j : item_close + 1]
                    block = add_block("item", item, line_of(tokens[j]))
                    first_inline = next((t for t in item if t.type == "inline"), None)
                    if block and first_inline is not None:
                        (first_inline.children or []).insert(0, _anchor_token(block.dom_anchor))
                    out.extend(item)
                    j = item_close + 1
                out.append(tokens[close])
            elif token.type.startswith("container_"):
                kind = token.type[len("container_") : -len("_open")]
                block = add_block("box", span, line, box_kind=kind)
                title = token.info.strip()[len(kind) :].strip()
                out.append(_box_open(kind, title, block.dom_anchor if block else ""))
                out.extend(span[1:-1])
                out.append(_raw("</td></tr></table>\n"))
            else:
                kind = {
                    "paragraph_open": "paragraph",
                    "table_open": "table",
                    "blockquote_open": "quote",
                }.get(token.type, "other")
                if token.type == "paragraph_open" and all(
                    c.type in ("image", "softbreak", "text")
                    and (c.type == "image" or not c.content.strip())
                    for c in (tokens[index + 1].children or [])
                ):
                    kind = "image"
                block = add_block(kind, span, line)
                first_inline = next((t for t in span if t.type == "inline"), None)
                if block and kind in ("paragraph", "quote", "image") and first_inline is not None:
                    (first_inline.children or []).insert(0, _anchor_token(block.dom_anchor))
                elif block:
                    out.append(_raw(f'<p><a name="{block.dom_anchor}"></a></p>\n'))
                out.extend(span)
            index = close + 1
            continue
        if token.type in ("fence", "code_block"):
            section = current or chapter_anchor
            counters[section] += 1
            block = Block("code", section, counters[section], token.content.strip(), line_of(token))
            blocks.append(block)
            out.append(_raw(f'<p><a name="{block.dom_anchor}"></a></p>\n'))
        out.append(token)
        index += 1

    if not chapter_anchor:
        problems.append(Problem(file, 1, "the chapter has no '# Title {#anchor}' heading"))
    if sections and not sections[-1].anchor.endswith("-sources"):
        problems.append(
            Problem(
                file,
                sections[-1].line,
                "the chapter must end with a '## Sources {#...-sources}' section",
            )
        )
    body = _render(out, base)
    chapter = Chapter(
        file=file,
        anchor=chapter_anchor,
        title=chapter_title,
        html=body,
        sections=sections,
        blocks=blocks,
        links=links,
        images=images,
    )
    return chapter, problems


def _raw(content: str) -> Token:
    return _token("html_block", content)


def _box_open(kind: str, title: str, dom_anchor: str) -> Token:
    background, accent = BOX_COLORS.get(kind, ("#eeeeee", "#333333"))
    label = html.escape(title) if title else ""
    heading = f'<p style="color:{accent}; font-weight:600;">{label}</p>' if label else ""
    return _raw(
        f'<table class="box box-{kind}" width="100%" cellpadding="10" cellspacing="0" '
        f'style="background-color:{background}; border-left: 4px solid {accent}; margin: 6px 0;">'
        f'<tr><td><a name="{dom_anchor}"></a><span class="box-kind" data-kind="{kind}"></span>{heading}\n'
    )


def _render(tokens: list[Token], base: Path) -> str:
    env: dict[str, Any] = {}
    md = _markdown()
    rendered = str(md.renderer.render(tokens, md.options, env))
    # Images are shown from the handbook folder.
    return re.sub(
        r'<img src="(?!https?:|file:)([^"]+)"',
        lambda m: f'<img src="{(base / m.group(1)).as_uri()}"',
        rendered,
    )


# Whole handbook -------------------------------------------------------------------------------
def content_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def read_handbook(folder: Path) -> tuple[Handbook | None, list[Problem]]:
    """Parse a folder, collecting every problem; returns (handbook or None, problems)."""
    manifest, problems = parse_manifest(folder)
    if manifest is None:
        return None, problems
    chapters: list[Chapter] = []
    listed = set(manifest.chapters)
    for extra in sorted(p.name for p in folder.glob("*.md")):
        if extra not in listed and extra.lower() not in ("readme.md",):
            problems.append(Problem(extra, 1, "this Markdown file is not listed in 'chapters'"))
    for name in manifest.chapters:
        path = folder / name
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            problems.append(Problem(MANIFEST, 1, f"chapter file '{name}' is missing"))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(name, 0, f"unreadable: {exc}"))
            continue
        chapter, chapter_problems = parse_chapter(text, name, folder)
        problems.extend(chapter_problems)
        chapters.append(chapter)
    if not chapters:
        return None, problems
    return Handbook(manifest, folder, chapters, content_hash(folder)), problems


def load_handbook(folder: Path) -> Handbook:
    """Parse a folder; raises HandbookError when it has problems that make it unusable."""
    handbook, problems = read_handbook(folder)
    if handbook is None:
        raise HandbookError(folder, problems)
    return handbook
