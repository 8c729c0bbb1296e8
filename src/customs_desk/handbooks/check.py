"""``customs-desk handbooks check``: every problem in a set of handbooks, with file and line."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from customs_desk.codes.dataset import Dataset
from customs_desk.handbooks.model import Handbook
from customs_desk.handbooks.parser import MANIFEST, Problem, read_handbook

# Codes as officers write them in running text (see docs/handbook-format.md).
BASEL_IN_TEXT = re.compile(
    r"(?<![\w/.-])(?:[AB]\d{4}|Y\d{1,2}|H\d{1,2}(?:\.\d)?|[DR]\d{1,2})(?![\w/])"
)
HS_IN_TEXT = re.compile(r"(?<![\w.])\d{4}\.\d{2}(?![\w.]|\.\d)")
URL_RE = re.compile(r"https?://\S+")


@dataclass
class CheckReport:
    handbooks: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def find_handbook_folders(path: Path) -> list[Path]:
    """A handbook folder itself, or a folder of handbook folders."""
    if (path / MANIFEST).exists():
        return [path]
    return sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith("."))


def codes_in_text(text: str) -> tuple[set[str], set[str]]:
    text = URL_RE.sub(" ", text)
    return set(BASEL_IN_TEXT.findall(text)), set(HS_IN_TEXT.findall(text))


def check_folders(
    folders: list[Path], dataset: Dataset, known: dict[str, Handbook] | None = None
) -> CheckReport:
    """Check handbooks; ``known`` are other handbooks cross-links may point to."""
    report = CheckReport()
    parsed: dict[str, Handbook] = {}
    where: dict[str, Path] = {}

    def add(folder: Path, problem: Problem) -> None:
        report.problems.append(Problem(str(folder / problem.file), problem.line, problem.message))

    for folder in folders:
        handbook, problems = read_handbook(folder)
        for problem in problems:
            add(folder, problem)
        if handbook is None:
            continue
        if handbook.id in parsed:
            add(
                folder,
                Problem(MANIFEST, 1, f"id '{handbook.id}' is also used by {where[handbook.id]}"),
            )
            continue
        parsed[handbook.id] = handbook
        where[handbook.id] = folder
        report.handbooks.append(handbook.id)

    library = dict(known or {})
    library.update(parsed)
    basel_known = set(dataset.basel)
    hs_known = dataset.hs_codes()
    for handbook in parsed.values():
        folder = handbook.path
        anchors = Counter(s.anchor for s in handbook.sections())
        for chapter in handbook.chapters:
            for section in chapter.sections:
                if anchors[section.anchor] > 1:
                    add(
                        folder,
                        Problem(chapter.file, section.line, f"duplicate anchor '{section.anchor}'"),
                    )
            for link in chapter.links:
                message = _check_link(link.target, handbook, library, basel_known, hs_known)
                if message:
                    add(folder, Problem(chapter.file, link.line, message))
            for image in chapter.images:
                target = image.target
                if target.startswith(("http:", "https:")):
                    add(
                        folder,
                        Problem(
                            chapter.file,
                            image.line,
                            f"image '{target}' must be a file in the handbook (offline)",
                        ),
                    )
                elif not (folder / target).is_file():
                    add(folder, Problem(chapter.file, image.line, f"missing image '{target}'"))
            for block in chapter.blocks:
                basel, hs = codes_in_text(block.text)
                for code in sorted(basel - basel_known):
                    add(
                        folder,
                        Problem(
                            chapter.file,
                            block.line,
                            f"unknown Basel code {code} (not in the reference tables)",
                        ),
                    )
                for code in sorted(hs - hs_known):
                    add(
                        folder,
                        Problem(
                            chapter.file,
                            block.line,
                            f"unknown HS code {code} (not in the reference tables)",
                        ),
                    )
        variant_of = handbook.manifest.variant_of
        if variant_of:
            original = library.get(variant_of)
            if original is None:
                add(
                    folder,
                    Problem(MANIFEST, 1, f"variant_of '{variant_of}' is not a known handbook"),
                )
            else:
                original_anchors = {s.anchor for s in original.sections()}
                for section in handbook.sections():
                    if section.anchor not in original_anchors:
                        add(
                            folder,
                            Problem(
                                section.chapter,
                                section.line,
                                f"anchor '{section.anchor}' does not exist in {variant_of}",
                            ),
                        )
    report.problems.sort(key=lambda p: (p.file, p.line))
    return report


def _check_link(
    target: str, handbook: Handbook, library: dict[str, Handbook], basel: set[str], hs: set[str]
) -> str | None:
    if target.startswith(("http://", "https://")):
        return None
    if target.startswith("#"):
        if handbook.section(target[1:]) is None:
            return f"broken link '{target}': no such anchor in this handbook"
        return None
    if target.startswith("hb:"):
        rest = target[3:]
        hid, _, anchor = rest.partition("#")
        other = library.get(hid)
        if other is None:
            return f"broken link '{target}': no handbook '{hid}'"
        if anchor and other.section(anchor) is None:
            return f"broken link '{target}': no anchor '{anchor}' in {hid}"
        return None
    if target.startswith("code:"):
        if target[5:] not in basel:
            return f"link to unknown Basel code '{target[5:]}'"
        return None
    if target.startswith("hs:"):
        if target[3:] not in hs:
            return f"link to unknown HS code '{target[3:]}'"
        return None
    return f"unsupported link '{target}' (use #anchor, hb:, code:, hs: or https:)"
