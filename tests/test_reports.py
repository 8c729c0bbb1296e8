"""PDF reports: what each document says (text read back with pypdf), bad input, the CLI."""

from __future__ import annotations

import dataclasses
import io
import os
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from tests.records_helpers import complete_payload

from customs_desk import cli
from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.clock import FrozenClock
from customs_desk.errors import NotFound, UserError
from customs_desk.records.cases import CaseView
from customs_desk.records.common import InspectionView
from customs_desk.records.demo import DemoGenerator
from customs_desk.records.register import RegisterQuery
from customs_desk.reports import rlpatch
from customs_desk.reports.data import PhotoData
from customs_desk.reports.fonts import (
    HAN,
    HANGUL,
    KHMER,
    SANS,
    THAI,
    markup,
    needs_shaping,
    runs,
    unsupported_scripts,
)
from customs_desk.reports.inspection import MAX_GOODS_LINES, build_inspection_report
from customs_desk.reports.layout import DocumentInfo
from customs_desk.reports.service import ReportService


def make_service(ctx: AppContext) -> ReportService:
    return ReportService(
        db=ctx.db,
        clock=ctx.clock,
        accounts=ctx.accounts,
        inspections=ctx.inspections,
        cases=ctx.cases,
        parties=ctx.parties,
        attachments=ctx.attachments,
        codes=ctx.codes,
        decision_aids=ctx.decision_aids,
        inspection_register=ctx.register,
        invariant=True,
    )


@dataclass
class Scenario:
    inspection: InspectionView
    case: CaseView
    photo_names: list[str]


def make_photo(path: Path, size: tuple[int, int] = (1600, 1200), seed: int = 1) -> Path:
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), 180))
    image.save(path, quality=90)
    return path


def make_scenario(ctx: AppContext, actor: Actor, folder: Path, **overrides: Any) -> Scenario:
    """A finalized inspection with parties, photos and a case with a notification."""
    importer = ctx.parties.save(
        actor,
        {
            "name": "Công ty TNHH Tái Chế Đông Á",
            "address": "12 Lê Lợi, Hải Phòng",
            "country": "VN",
            "registration_number": "VN0201234567",
        },
    )
    exporter = ctx.parties.save(
        actor,
        {"name": "Melbourne Used Electronics Pty Ltd", "address": "4 Dock Rd", "country": "AU"},
    )
    draft = ctx.inspections.new_draft(actor)
    names = []
    entries = []
    for i in range(2):
        photo = make_photo(folder / f"container-{i}.jpg", seed=i)
        view = ctx.attachments.add(actor, draft.id, photo, caption=f"CRT monitors, door {i}")
        entries.append(view.entry())
        names.append(photo.name)
    payload = complete_payload(
        parties={
            "importer": {"id": str(importer.id), "name": importer.name},
            "exporter": {"id": str(exporter.id), "name": exporter.name},
        },
        attachments=entries,
        **overrides,
    )
    inspection = ctx.inspections.finalize(actor, draft.id, payload)
    case = ctx.cases.open_case(
        actor, inspection.id, grounds=["a", "b"], summary="CRT monitors hidden at the back."
    )
    ctx.cases.add_notification(
        actor,
        case.id,
        authority="Department of Climate Change, Energy, the Environment and Water",
        country="AU",
        notified_on=date(2026, 3, 10),
        method="e-mail",
        reference="DCCEEW-26-114",
        starts_clock="art9-30",
    )
    case = ctx.cases.update(
        actor,
        case.id,
        {"status": "confirmed", "responsibility": "exporter", "path": "take-back"},
        "Confirmed after the document check.",
    )
    return Scenario(inspection, case, names)


@pytest.fixture
def reports(ctx: AppContext) -> ReportService:
    return make_service(ctx)


@pytest.fixture
def scenario(ctx: AppContext, officer: Actor, tmp_path: Path) -> Scenario:
    return make_scenario(ctx, officer, tmp_path)


def pdf_text(path: Path | bytes) -> str:
    reader = PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path)
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text with line breaks folded into spaces (cells wrap anywhere)."""
    return " ".join(text.split())


# Fonts and runs --------------------------------------------------------------------------------
def test_runs_pick_the_font_of_each_script() -> None:
    assert [(r.font, r.text) for r in runs("(ประยุทธ์) [ស្រីមុំ]")] == [
        (SANS, "("),
        (THAI, "ประยุทธ์"),
        (SANS, ") ["),
        (KHMER, "ស្រីមុំ"),
        (SANS, "]"),
    ]
    # The Thai font has no middle dot: it goes to Noto Sans (it was tofu without the cmap check).
    assert [(r.font, r.text) for r in runs("ที่นี่·ក្សត្រ")] == [
        (THAI, "ที่นี่"),
        (SANS, "·"),
        (KHMER, "ក្សត្រ"),
    ]
    # Droid Sans Fallback has no digits; spaces between Han names stay in the Han run.
    assert [(r.font, r.text) for r in runs("王秀英 张伟 1,200 kg")] == [
        (HAN, "王秀英 张伟 "),
        (SANS, "1,200 kg"),
    ]
    assert [r.font for r in runs("㈜한국자원순환 김민")] == [HANGUL]
    assert [r.font for r in runs("Nguyễn Trần Hưng Đạo, Siti Nurhaliza")] == [SANS]
    assert [r.font for r in runs("山田太郎 やまだ カタカナ")] == [HAN]


def test_unsupported_scripts_become_a_visible_marker() -> None:
    assert unsupported_scripts("Ali مرحبا بالعالم and नमस्ते") == ["Arabic", "Devanagari"]
    assert unsupported_scripts("ສະບາຍດີ") == ["Lao"]
    assert unsupported_scripts("ประยุทธ์ 王 김 ស") == []
    text = markup("Name: مرحبا (Ali)")
    assert "[text in a script not supported: Arabic]" in text
    assert "(Ali)" in text


def test_markup_escapes_xml_and_keeps_line_breaks() -> None:
    assert markup("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert markup("one\ntwo") == "one<br/>two"
    assert markup('<font face="x">') == '&lt;font face="x"&gt;'
    assert markup(None) == ""


def test_only_complex_scripts_are_shaped() -> None:
    assert needs_shaping("น้ำทิพย์")
    assert needs_shaping("ស្រីមុំ")
    assert needs_shaping("Nguye\u0302\u0303n")  # decomposed diacritics need mark positioning
    assert not needs_shaping("Nguyễn Văn An")
    assert not needs_shaping("王秀英 김민")


def test_reportlab_patch_is_in_place() -> None:
    """A ReportLab upgrade that renames these must fail here, not silently print boxes."""
    import reportlab.platypus.paragraph as rl_paragraph

    markup("ensure fonts")  # registers the fonts and installs the patch
    assert rlpatch.installed()
    assert rl_paragraph.shapeFragWord is rlpatch.shape_by_font
    assert rl_paragraph._splitFragWord is rlpatch.split_shaped_word
    for name in ("_SplitFrag", "_SplitFragH", "_SplitFragHS", "_HSFrag"):
        assert hasattr(rl_paragraph, name)


def test_qr_and_footer_tie_the_printout_to_the_record() -> None:
    info = DocumentInfo(
        "Inspection report",
        "SGP-TUAS-2026-00001 r2",
        "0123456789abcdef" * 4,
        "Tuas",
        "SGP-TUAS",
        "",
        FrozenClock().now(),
        "Asia/Singapore",
        "Lim",
        kind="inspection",
    )
    assert info.short_hash == "0123456789ab"
    assert info.qr_value() == "customs-desk:inspection:SGP-TUAS-2026-00001 r2:0123456789ab"


# Documents -------------------------------------------------------------------------------------
def test_inspection_report_prints_every_part_of_the_record(
    reports: ReportService, scenario: Scenario, tmp_path: Path
) -> None:
    view = scenario.inspection
    out = reports.inspection(view.id, tmp_path / "report.pdf", officer_name="Lim Wei Ling")
    reader = PdfReader(out)
    pages = len(reader.pages)
    text = pdf_text(out)
    words = flat(text)
    assert out == tmp_path / "report.pdf"
    for expected in [
        "Inspection report",
        f"{view.number} · finalized · revision 1",
        "2026-03-09 14:20 (Asia/Singapore)",
        "Nguyen Van An, Siti Rahmah",
        "CSQU3054383 (seals: SG1234567)",
        "MAEU123456789",
        "MV Straits Pioneer",
        "18,000 kg / 21,500 kg",
        "Công ty TNHH Tái Chế Đông Á",
        "12 Lê Lợi, Hải Phòng",
        "VN0201234567",
        "Australia (AU)",
        "Malaysia (MY)",
        "CRT monitors, broken, loose",
        "Total (2 lines)",
        "Lead; lead compounds",  # Y31 with its title from the reference tables
        "Toxic (delayed or chronic)",  # H11
        "Goods described only vaguely",  # risk indicator text, not its id
        "CRT monitors at the back of the container",
        "Held",
        "used-eee-or-ewaste §decision-checklist ¶1",
        "CRT monitors, door 0",
        *scenario.photo_names,
        scenario.case.number,
        "Inspecting officer",
        "Supervisor",
        "Stamp",
        f"Page 1 of {pages}",
        f"Page {pages} of {pages}",
        "Generated 2026-03-10 10:30 (Asia/Singapore) by Lim Wei Ling",
        f"content hash {view.content_hash[:12]}",
    ]:
        assert expected in words, expected
    for attachment in view.payload["attachments"]:
        assert attachment["sha256"] in text.replace("\n", "")
    assert reader.metadata is not None and reader.metadata.title == (
        f"Inspection report {view.number} r1"
    )
    # Photos are embedded downscaled: 1600 px originals become at most 900 px.
    sizes = [
        (image.image.width, image.image.height)
        for page in reader.pages
        for image in page.images
        if image.image is not None
    ]
    assert len(sizes) == 2 and all(max(s) <= 900 for s in sizes)


def test_notice_is_addressed_to_the_importer_and_marks_text_to_adapt(
    reports: ReportService, scenario: Scenario, tmp_path: Path
) -> None:
    out = reports.notice(scenario.inspection.number or "", tmp_path / "n.pdf", officer_name="Lim")
    words = flat(pdf_text(out))
    for expected in [
        "Notice of detention",
        "Công ty TNHH Tái Chế Đông Á",
        "12 Lê Lợi, Hải Phòng",
        "Vietnam (VN)",
        f"Our reference: {scenario.inspection.number}",
        "were held by Singapore Customs at Tuas Checkpoint (SGP-TUAS)",
        "CSQU3054383",
        "CRT monitors, broken, loose, 15,000 kg (A1181)",
        "TEXT TO ADAPT BY THE POST: This measure is taken under the law of Singapore (SG)",
        "how to ask for a review or appeal",
        "Officer: Lim",
    ]:
        assert expected in words, expected
    assert len(PdfReader(out).pages) == 1


def test_seizure_notice_and_a_warning_when_nothing_was_held(
    ctx: AppContext, reports: ReportService, officer: Actor, tmp_path: Path
) -> None:
    seized = ctx.inspections.finalize(
        officer, ctx.inspections.new_draft(officer).id, complete_payload(outcome="seized")
    )
    words = flat(pdf_text(reports.notice(seized.id, tmp_path / "s.pdf")))
    assert "Notice of seizure" in words and "were seized by" in words
    released = ctx.inspections.finalize(
        officer,
        ctx.inspections.new_draft(officer).id,
        complete_payload(outcome="released", transport_document="OTHER1"),
    )
    words = flat(pdf_text(reports.notice(released.id, tmp_path / "r.pdf")))
    assert "The record's outcome is 'Released': check that a notice is needed" in words
    assert "The importer or consignee is not recorded" in words


def test_case_file_has_grounds_notifications_clock_and_timeline(
    reports: ReportService, scenario: Scenario, tmp_path: Path, clock: FrozenClock
) -> None:
    out = reports.case(scenario.case.number, tmp_path / "case.pdf")
    words = flat(pdf_text(out))
    for expected in [
        "Case file",
        f"{scenario.case.number} · Confirmed illegal traffic · revision",
        "(a) no notification to all States concerned",
        "(b) no consent of a State concerned",
        "Department of Climate Change, Energy, the Environment and Water",
        "DCCEEW-26-114",
        "Article 9: 30 days from when the State was informed",
        "Deadline 2026-04-09",
        "30 days left (deadline 2026-04-09).",
        "Take-back by the State of export",
        "Case opened from inspection",
        "status: Suspected → Confirmed illegal traffic",
        "Confirmed after the document check.",
        scenario.inspection.number,
        "Melbourne Used Electronics Pty Ltd",
        "Australia (AU) → Malaysia (MY) → Vietnam (VN)",
    ]:
        assert expected in words, expected
    clock.advance(days=45)
    words = flat(pdf_text(reports.case(scenario.case.number, tmp_path / "late.pdf")))
    assert "OVERDUE by 15 days (deadline 2026-04-09)." in words


def test_basel_form_says_its_structure_is_a_draft(
    reports: ReportService, scenario: Scenario, tmp_path: Path
) -> None:
    out = reports.basel_form(scenario.case.id, tmp_path / "bc.pdf", paper="Letter")
    words = flat(pdf_text(out))
    for expected in [
        "Form for reporting a confirmed case of illegal traffic (draft)",
        "Draft structure: the official form's fields could not be confirmed.",
        "[x] (a) no notification to all States concerned",
        "[ ] (e) deliberate disposal (dumping)",
        "State of export Australia (AU)",
        "Basel Annex VIII / IX codes A1181",
        "Y codes (Annex I / II) Y31",
        "Responsibility Exporter or generator (Art. 9(2))",
        "Penalties imposed, proceedings started [to complete]",
        "12. Certification",
    ]:
        assert expected in words, expected
    page = PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


def test_register_of_1000_rows_repeats_its_header_on_every_page(
    ctx: AppContext, reports: ReportService, tmp_path: Path
) -> None:
    DemoGenerator(ctx.db, ctx.accounts, ctx.clock, seed=11).generate(1050, 0.1)
    steps: list[tuple[int, int]] = []
    query = RegisterQuery(date_from=date(2020, 1, 1), date_to=date(2026, 12, 31))
    total = ctx.register.inspections(query).total
    assert total >= 1000
    out = reports.register(query, tmp_path / "reg.pdf", progress=lambda d, t: steps.append((d, t)))
    reader = PdfReader(out)
    assert len(reader.pages) > 20
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    for page in reader.pages:
        words = flat(page.extract_text())
        assert "Number Date Post Status Containers Exporter" in words
    everything = flat(pdf_text(out))
    assert f"Records {total:,}" in everything
    first = ctx.register.inspections(dataclasses.replace(query, limit=1)).rows[0]
    assert first.values["number"] in everything
    assert steps[-1] == (100, 100)
    assert [d for d, _t in steps] == sorted(d for d, _t in steps)


def test_register_filter_and_empty_result(
    reports: ReportService, scenario: Scenario, tmp_path: Path
) -> None:
    words = flat(pdf_text(reports.register(RegisterQuery(text="CSQU3054383"), tmp_path / "a.pdf")))
    assert "Filter CSQU3054383" in words and "Records 1" in words
    assert scenario.inspection.number in words
    words = flat(
        pdf_text(reports.register(RegisterQuery(text="nothing-like-this"), tmp_path / "b.pdf"))
    )
    assert "No inspection matches." in words and "Records 0" in words


def test_summary_counts_and_tonnes_match_the_register(
    ctx: AppContext, reports: ReportService, tmp_path: Path
) -> None:
    DemoGenerator(ctx.db, ctx.accounts, ctx.clock, seed=5).generate(300, 0.1)
    start, end = date(2025, 1, 1), date(2026, 12, 31)
    data = reports.summary_data(start, end)
    rows = []
    q = RegisterQuery(date_from=start, date_to=end, status="final", limit=10_000)
    rows = [r.values for r in ctx.register.inspections(q).rows]
    assert data.total_count == len(rows) > 0
    assert data.total_kg == pytest.approx(sum(r["weight_kg"] or 0 for r in rows))
    for tallies in (data.by_stream, data.by_origin, data.by_outcome, data.by_post, data.by_month):
        assert sum(t.count for t in tallies) == data.total_count
        assert sum(t.kg for t in tallies) == pytest.approx(data.total_kg)
    e_waste = next(t for t in data.by_stream if t.key == "e-waste")
    assert e_waste.count == sum(1 for r in rows if r["waste_stream"] == "e-waste")
    out = reports.summary(start, end, tmp_path / "sum.pdf")
    words = flat(pdf_text(out))
    for expected in [
        "Summary of inspections",
        "Period 2025-01-01 – 2026-12-31",
        f"Inspections {data.total_count:,}",
        "Tonnes by waste stream",  # chart titles
        "Inspections by outcome",
        "Inspections by month",
        "By country of export",
        e_waste.label,
    ]:
        assert expected in words, expected
    with pytest.raises(UserError, match="ends"):
        reports.summary(end, start, tmp_path / "bad.pdf")
    assert not (tmp_path / "bad.pdf").exists()


# Bad input -------------------------------------------------------------------------------------
def test_missing_changed_huge_and_unreadable_photos_are_noted(
    ctx: AppContext, reports: ReportService, scenario: Scenario, tmp_path: Path
) -> None:
    data = reports.inspection_data(scenario.inspection.id)
    big = make_photo(tmp_path / "big.jpg", size=(6000, 4500), seed=3)  # a 27 MP camera photo
    changed = make_photo(tmp_path / "changed.jpg", seed=4)
    bomb = tmp_path / "bomb.png"
    Image.new("1", (12000, 9000)).save(bomb)  # 108 MP: over Pillow's decompression-bomb limit
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really a jpeg")
    import hashlib

    def photo(path: Path | None, name: str, sha: str | None = None) -> PhotoData:
        digest = sha or (hashlib.sha256(path.read_bytes()).hexdigest() if path else "0" * 64)
        return PhotoData(name, digest, f"caption {name}", "image/jpeg", 1, path)

    photos = (
        photo(big, "big.jpg"),
        photo(None, "gone.jpg"),
        photo(changed, "changed.jpg", sha="f" * 64),
        photo(bomb, "bomb.png"),
        photo(broken, "broken.jpg"),
    )
    sink = io.BytesIO()
    build_inspection_report(
        dataclasses.replace(data, photos=photos), reports._context("A4", "Lim"), sink
    )
    pdf = sink.getvalue()
    words = flat(pdf_text(pdf))
    assert "The stored file is missing; the photo cannot be shown." in words
    assert "does not match the SHA-256 recorded at capture" in words
    assert "The image is too large (108 megapixels) to include." in words
    assert "The stored file is not a readable image." in words
    assert len(pdf) < 2_000_000  # the 27 MP photo is not embedded whole
    reader = PdfReader(io.BytesIO(pdf))
    sizes = [i.image.size for p in reader.pages for i in p.images if i.image is not None]
    assert (900, 675) in sizes


def test_missing_stored_photo_through_the_service(
    ctx: AppContext, reports: ReportService, scenario: Scenario, tmp_path: Path
) -> None:
    sha = scenario.inspection.payload["attachments"][0]["sha256"]
    ctx.attachments.path_of(sha).unlink()
    words = flat(pdf_text(reports.inspection(scenario.inspection.id, tmp_path / "r.pdf")))
    assert "The stored file is missing; the photo cannot be shown." in words
    assert scenario.photo_names[1] in words


def test_thousands_of_goods_lines_and_unsupported_scripts(
    ctx: AppContext, reports: ReportService, officer: Actor, tmp_path: Path
) -> None:
    goods = [
        {"description": f"Lot {i}: CRT monitor", "basel_codes": ["A1181"], "weight_kg": 10}
        for i in range(3000)
    ]
    view = ctx.inspections.finalize(
        officer,
        ctx.inspections.new_draft(officer).id,
        complete_payload(
            goods=goods,
            findings="Label in Arabic: مرحبا بالعالم; in Hindi: नमस्ते; Thai: ตู้คอนเทนเนอร์",
        ),
    )
    out = reports.inspection(view.id, tmp_path / "many.pdf")
    words = flat(pdf_text(out))
    assert f"This record has 3000 goods lines; lines {MAX_GOODS_LINES + 1} to 3000 are not" in words
    assert "Total (3000 lines) 30,000 kg" in words
    assert f"Lot {MAX_GOODS_LINES - 1}: CRT monitor" in words
    assert f"Lot {MAX_GOODS_LINES}: CRT monitor" not in words
    assert "[text in a script not supported: Arabic]" in words
    assert "[text in a script not supported: Devanagari]" in words


def test_long_text_and_long_words_in_every_script_are_laid_out(
    ctx: AppContext, reports: ReportService, officer: Actor, tmp_path: Path
) -> None:
    thai = "ตู้คอนเทนเนอร์บรรจุจอภาพซีอาร์ทีที่แตกหักซ่อนอยู่ด้านหลังคอมพิวเตอร์ที่ใช้งานได้" * 30
    khmer = "កុងតឺន័រមានម៉ូនីទ័រខូចលាក់នៅខាងក្រោយកុំព្យូទ័រ" * 30
    chinese = "集装箱后部藏有破损的阴极射线管显示器" * 50
    view = ctx.inspections.finalize(
        officer,
        ctx.inspections.new_draft(officer).id,
        complete_payload(
            findings="\n\n".join([thai, khmer, chinese, "x" * 5000, thai + khmer + chinese]),
            declared_description=thai[:1900],
            goods=[{"description": khmer[:1900], "weight_kg": 1}],
        ),
    )
    out = reports.inspection(view.id, tmp_path / "long.pdf")
    assert len(PdfReader(out).pages) >= 4


def test_errors_are_clear_and_leave_no_file(
    reports: ReportService, scenario: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(NotFound):
        reports.inspection("SGP-TUAS-2026-99999", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="is a folder"):
        reports.inspection(scenario.inspection.id, tmp_path)
    with pytest.raises(UserError, match="Paper size A3"):
        reports.inspection(scenario.inspection.id, tmp_path / "x.pdf", paper="A3")
    assert not (tmp_path / "x.pdf").exists()
    # A failure half-way through the layout keeps the previous file and leaves no temp file.
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"previous")
    import customs_desk.reports.layout as layout

    def explode(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(layout.BaseDocTemplate, "build", explode)
    with pytest.raises(RuntimeError):
        reports.inspection(scenario.inspection.id, target)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_draft_and_withdrawn_records_are_marked(
    ctx: AppContext, reports: ReportService, officer: Actor, scenario: Scenario, tmp_path: Path
) -> None:
    draft = ctx.inspections.new_draft(officer)
    words = flat(pdf_text(reports.inspection(draft.id, tmp_path / "d.pdf")))
    assert "DRAFT: this record is not finalized" in words
    assert f"draft {str(draft.id)[:8]} r0" in words
    ctx.inspections.void(officer, scenario.inspection.id, "Entered twice")
    words = flat(pdf_text(reports.inspection(scenario.inspection.id, tmp_path / "v.pdf")))
    assert "WITHDRAWN: this record was withdrawn" in words
    assert "Entered twice" in words  # the revision table shows the reason


# CLI -------------------------------------------------------------------------------------------
def run_cli(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    """The CLI as it is wired once ``customs_desk.cli.reports`` is in COMMAND_MODULES."""
    if "customs_desk.cli.reports" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(
            cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "customs_desk.cli.reports")
        )
    return cli.main(list(argv))


def test_cli_writes_every_document(
    monkeypatch: pytest.MonkeyPatch,
    scenario: Scenario,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--data-dir", str(data_dir)]
    number = scenario.inspection.number or ""
    for argv in [
        ["report", "inspection", number],
        ["report", "notice", number, "--paper", "Letter"],
        ["report", "case", scenario.case.number],
        ["report", "basel-form", scenario.case.number],
        ["report", "register", "--from", "2026-01-01", "--to", "2026-12-31", "--filter", "CSQU"],
        ["report", "summary", "--from", "2026-01-01", "--to", "2026-12-31"],
    ]:
        out = tmp_path / f"{argv[1]}.pdf"
        assert run_cli(monkeypatch, *argv, "--out", str(out), "--officer", "Lim", *base) == 0
        assert out.read_bytes().startswith(b"%PDF")
        assert f"Wrote {out}" in capsys.readouterr().out
    assert "Notice of detention" in pdf_text(tmp_path / "notice.pdf")
    assert "Records 1" in flat(pdf_text(tmp_path / "register.pdf"))
    json_out = tmp_path / "j.pdf"
    assert (
        run_cli(
            monkeypatch,
            "report",
            "case",
            scenario.case.number,
            "--out",
            str(json_out),
            "--json",
            *base,
        )
        == 0
    )
    assert f'"path": "{json_out}"' in capsys.readouterr().out


def test_cli_bad_input(
    monkeypatch: pytest.MonkeyPatch,
    scenario: Scenario,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--data-dir", str(data_dir)]
    out = tmp_path / "x.pdf"
    assert run_cli(monkeypatch, "report", "inspection", "NOPE-1", "--out", str(out), *base) == 3
    assert "No inspection NOPE-1" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(SystemExit) as exc:
        run_cli(
            monkeypatch,
            "report",
            "summary",
            "--from",
            "2026-13-01",
            "--to",
            "2026-12-31",
            "--out",
            str(out),
            *base,
        )
    assert exc.value.code == 2
    assert run_cli(monkeypatch, "report", "case", "X", "--out", str(tmp_path), *base) == 3


@pytest.mark.skipif(os.name != "posix", reason="permissions")
def test_unwritable_folder_is_an_environment_problem(
    reports: ReportService, scenario: Scenario, tmp_path: Path
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root")
        from customs_desk.errors import EnvironmentProblem

        with pytest.raises(EnvironmentProblem, match="No permission"):
            reports.inspection(scenario.inspection.id, folder / "r.pdf")
    finally:
        folder.chmod(0o700)
