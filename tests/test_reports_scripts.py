"""Member scripts in PDFs: a page compared with a reviewed golden image, fonts embedded, output
deterministic.

The golden image ``tests/data/reports/scripts-page.png`` was produced by :func:`build_sample`
and rendered with ``pdftoppm``, then checked by eye (Thai tone marks stacked, Khmer subscripts
and pre-base vowels in place, no boxes). To regenerate it after an intended change of layout:

    CUSTOMS_DESK_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_reports_scripts.py

then look at the new PNG before committing it (docs/reports.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from tests.test_reports import Scenario, make_scenario, make_service

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.reports.layout import (
    DocumentInfo,
    build_pdf,
    data_table,
    frame_width,
    heading,
    para,
    styles,
)

GOLDEN = Path(__file__).parent / "data" / "reports" / "scripts-page.png"
REGENERATE = os.environ.get("CUSTOMS_DESK_REGENERATE_GOLDEN") == "1"
DPI = 80
#: A pixel differs when a channel moves by more than this (anti-aliasing noise stays below).
PIXEL_TOLERANCE = 64
#: Share of differing pixels accepted (a few glyph edges between poppler builds).
SHARE_TOLERANCE = 0.002

NAMES = [
    ("Thai", "ประยุทธ์ ผู้ใหญ่ น้ำทิพย์ ที่นี่"),
    ("Khmer", "ស្រីមុំ ក្សត្រ សែន"),
    ("Chinese", "王秀英 张伟 香港海關"),
    ("Japanese", "山田太郎 やまだ タロウ"),
    ("Korean", "김민 폐전자제품 ㈜한국자원순환"),
    ("Vietnamese", "Nguyễn Trần Hưng Đạo, Phạm Ngọc Thạch"),
    ("Malay", "Siti Aminah binti Abdullah, Jabatan Kastam Diraja Malaysia"),
    ("Indonesian", "Direktorat Jenderal Bea dan Cukai, Pelabuhan Tanjung Priok"),
    ("Mixed", "(ประยุทธ์)·ស្រីមុំ·王秀英·김민·Nguyễn — 1,200 kg"),
    ("Not supported", "Arabic مرحبا and Lao ສະບາຍດີ"),
]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: install poppler-utils (sh scripts/setup.sh test does)")
    return found


def build_sample(out: Path) -> None:
    """One page: the member scripts in a heading, a paragraph, a table, header and footer."""
    info = DocumentInfo(
        title="ตัวอย่าง · សំណាក · 样本",
        document_id="SCRIPTS-1",
        content_hash="0123456789abcdef" * 4,
        post_name="ท่าเรือแหลมฉบัง (Laem Chabang)",
        post_code="TH-LCB",
        agency="กรมศุลกากร Customs Department",
        generated_at=datetime(2026, 3, 10, 2, 30, tzinfo=UTC),
        timezone="Asia/Bangkok",
        officer="น้ำทิพย์ ศรีสุข",
    )
    s = styles()
    width = frame_width(info)
    story = [
        para("Names in every member script", s.title),
        heading("ประยุทธ์ · ស្រីមុំ · 王秀英 · 김민 · Nguyễn"),
        para(" · ".join(name for _lang, name in NAMES[:8]), s.body),
        heading("Table"),
        data_table(["Script", "Name"], NAMES, [width * 0.2, width * 0.8]),
        heading("Bold"),
        para("<b>ignored markup</b> ที่นี่ ក្សត្រ 香港海關 폐전자제품 Đạo", s.h3),
    ]
    build_pdf(story, info, out, invariant=True)


def render(pdf: Path, prefix: Path) -> Path:
    subprocess.run(
        [
            tool("pdftoppm"),
            "-png",
            "-r",
            str(DPI),
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    return prefix.with_suffix(".png")


def test_member_scripts_match_the_reviewed_golden_image(tmp_path: Path) -> None:
    pdf = tmp_path / "scripts.pdf"
    build_sample(pdf)
    png = render(pdf, tmp_path / "scripts")
    if REGENERATE:
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, GOLDEN)
        pytest.skip(f"golden image written to {GOLDEN}: look at it before committing")
    with Image.open(GOLDEN) as golden, Image.open(png) as actual:
        assert actual.size == golden.size
        red, green, blue = ImageChops.difference(
            actual.convert("RGB"), golden.convert("RGB")
        ).split()
        largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
        changed = largest.point(lambda v: 255 if v > PIXEL_TOLERANCE else 0).histogram()[255]
    share = changed / (golden.size[0] * golden.size[1])
    if share > SHARE_TOLERANCE:
        shutil.copyfile(png, Path(os.environ.get("TMPDIR", "/tmp")) / "scripts-page-actual.png")
    assert share <= SHARE_TOLERANCE, f"{changed} pixels differ ({share:.2%})"


def pdffonts(pdf: Path) -> list[list[str]]:
    result = subprocess.run(
        [tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    )
    return [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]


def test_every_font_is_embedded(ctx: AppContext, officer: Actor, tmp_path: Path) -> None:
    scenario: Scenario = make_scenario(
        ctx,
        officer,
        tmp_path,
        officers=["น้ำทิพย์ ศรีสุข", "ស្រីមុំ", "王秀英", "김민", "Nguyễn Trần Hưng Đạo"],
    )
    service = make_service(ctx)
    documents = [
        service.inspection(scenario.inspection.id, tmp_path / "i.pdf", officer_name="ស្រីមុំ"),
        service.case(scenario.case.id, tmp_path / "c.pdf", officer_name="김민"),
        service.summary(
            datetime(2026, 1, 1).date(), datetime(2026, 12, 31).date(), tmp_path / "s.pdf"
        ),
    ]
    sample = tmp_path / "sample.pdf"
    build_sample(sample)
    documents.append(sample)
    for pdf in documents:
        rows = pdffonts(pdf)
        assert rows, pdf
        for row in rows:
            # name type encoding emb sub uni object-id generation
            assert row[-5] == "yes", f"{pdf.name}: {row[0]} is not embedded"
    names = {row[0].split("+")[-1] for row in pdffonts(documents[0])}
    assert {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansThai-Regular",
        "NotoSansKhmer-Regular",
        "DroidSansFallback",
        "NanumGothic",
    } <= names


def test_output_is_byte_identical_in_invariant_mode(
    ctx: AppContext, officer: Actor, tmp_path: Path
) -> None:
    scenario = make_scenario(ctx, officer, tmp_path)
    service = make_service(ctx)
    for name, build in [
        (
            "inspection",
            lambda out: service.inspection(scenario.inspection.id, out, officer_name="Lim"),
        ),
        ("case", lambda out: service.case(scenario.case.id, out)),
        ("basel", lambda out: service.basel_form(scenario.case.id, out)),
        ("notice", lambda out: service.notice(scenario.inspection.id, out)),
    ]:
        first, second = tmp_path / f"{name}-1.pdf", tmp_path / f"{name}-2.pdf"
        build(first)
        build(second)
        assert first.read_bytes() == second.read_bytes(), name
    one, two = tmp_path / "a.pdf", tmp_path / "b.pdf"
    build_sample(one)
    build_sample(two)
    assert one.read_bytes() == two.read_bytes()
