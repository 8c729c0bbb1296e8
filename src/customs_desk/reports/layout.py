"""The page every report shares: header, footer with "page n of N", QR code and record hash.

Header: agency, post name and code; the document's title and id. Footer: when and by whom it was
generated (in the post's time zone), the document id, the first 12 hex digits of the content hash
of the record (or of the data) printed, "Page n of N" and a QR code with the same three facts, so a
printout can be tied to the record it came from. Everything is drawn through ``Paragraph`` so
names in any member script are shaped. ``invariant=True`` gives byte-identical output for the
same input (ReportLab's invariant mode: fixed creation date and document id).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from customs_desk import __version__
from customs_desk.fileutil import atomic_write
from customs_desk.i18n import Msg
from customs_desk.reports.fonts import SANS, SANS_BOLD, ensure_fonts, markup, needs_shaping

Progress = Callable[[int, int], None]
Output = Path | IO[bytes]

PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
MARGIN = 16 * mm
HEADER_HEIGHT = 19 * mm
FOOTER_HEIGHT = 21 * mm
QR_SIZE = 17 * mm
QR_FORM = "cd-qr"
GRID = colors.HexColor("#9aa3ad")
SHADE = colors.HexColor("#e8ecf0")
NOTE_BACKGROUND = colors.HexColor("#fff4e5")
NOTE_BORDER = colors.HexColor("#d9822b")
MAX_CELL_CHARS = 1500
CELL_PADDING = 3


def paper_size(paper: str, *, wide: bool = False) -> tuple[float, float]:
    try:
        size = PAPER_SIZES[paper]
    except KeyError:
        raise ValueError(f"unknown paper size {paper!r}; use A4 or Letter") from None
    return landscape(size) if wide else size


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_time(value: datetime | None, timezone: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    if value is None:
        return ""
    return value.astimezone(zone(timezone)).strftime(fmt)


@dataclass(frozen=True)
class DocumentInfo:
    """What the header and the footer of every page say."""

    title: str
    document_id: str
    content_hash: str
    post_name: str
    post_code: str
    agency: str
    generated_at: datetime
    timezone: str
    officer: str
    paper: str = "A4"
    wide: bool = False
    kind: str = "report"

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]

    def qr_value(self) -> str:
        return f"customs-desk:{self.kind}:{self.document_id}:{self.short_hash}"


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    title: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    label: ParagraphStyle
    note: ParagraphStyle
    right: ParagraphStyle
    center: ParagraphStyle


@cache
def styles() -> Styles:
    ensure_fonts()
    body = ParagraphStyle("cd-body", fontName=SANS, fontSize=9, leading=12, shaping=1)
    small = ParagraphStyle("cd-small", parent=body, fontSize=7.5, leading=9.5)
    cell = ParagraphStyle("cd-cell", parent=body, fontSize=8, leading=10)
    return Styles(
        body=body,
        small=small,
        tiny=ParagraphStyle("cd-tiny", parent=body, fontSize=6, leading=7.5),
        title=ParagraphStyle(
            "cd-title", parent=body, fontName=SANS_BOLD, fontSize=15, leading=19, spaceAfter=4
        ),
        h2=ParagraphStyle(
            "cd-h2",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "cd-h3",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cd-cell-bold", parent=cell, fontName=SANS_BOLD),
        cell_right=ParagraphStyle("cd-cell-right", parent=cell, alignment=TA_RIGHT),
        label=ParagraphStyle(
            "cd-label", parent=cell, fontName=SANS_BOLD, textColor=colors.HexColor("#3b4652")
        ),
        note=ParagraphStyle("cd-note", parent=small, textColor=colors.HexColor("#6b3d00")),
        right=ParagraphStyle("cd-right", parent=small, alignment=TA_RIGHT),
        center=ParagraphStyle("cd-center", parent=small, alignment=TA_CENTER),
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose cells use the embedded font (ReportLab's default is Helvetica, which
    would appear in the PDF as a font that is not embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


def cut(text: object, limit: int = MAX_CELL_CHARS) -> str:
    """``text`` shortened to ``limit`` characters with a visible note of what was left out."""
    value = "" if text is None else str(text)
    if len(value) <= limit:
        return value
    return value[:limit] + str(Msg(" … [{n} more characters not printed]", n=len(value) - limit))


_unshaped: dict[str, ParagraphStyle] = {}
_build_lock = threading.Lock()


def _style_for(text: str, style: ParagraphStyle) -> ParagraphStyle:
    """``style`` (shaping on) when the text needs HarfBuzz, else its twin without shaping."""
    if needs_shaping(text):
        return style
    twin = _unshaped.get(style.name)
    if twin is None:
        twin = ParagraphStyle(f"{style.name}-plain", parent=style, shaping=0)
        _unshaped[style.name] = twin
    return twin


def para(text: object, style: ParagraphStyle, *, limit: int | None = None) -> Paragraph:
    """A paragraph of plain text in any script (escaped, split into font runs, shaped)."""
    value = "" if text is None else str(text)
    if limit:
        value = cut(value, limit)
    body = markup(value, bold=style.fontName == SANS_BOLD)
    return Paragraph(body, _style_for(value, style))


def rich(markup_text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of markup already built with :func:`customs_desk.reports.fonts.markup`."""
    return Paragraph(markup_text, _style_for(markup_text, style))


def bold_label(label: str, value: object) -> str:
    return f"{markup(label, bold=True)} {markup(value)}"


def heading(text: str) -> Paragraph:
    return para(text, styles().h2)


def subheading(text: str) -> Paragraph:
    return para(text, styles().h3)


def note(text: str, *, width: float | None = None) -> Flowable:
    """A shaded box that says something was left out or must be adapted."""
    s = styles()
    table = Table([[para(text, s.note)]], colWidths=[width] if width else None)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), NOTE_BACKGROUND),
                ("BOX", (0, 0), (-1, -1), 0.6, NOTE_BORDER),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def fields_table(
    rows: Sequence[tuple[str, object]], width: float, *, label_share: float = 0.3
) -> Flowable:
    """Label / value pairs, two columns; empty values are printed as a dash."""
    s = styles()
    data = [
        [para(label, s.label), para(value if value not in (None, "") else "—", s.cell, limit=1500)]
        for label, value in rows
    ]
    if not data:
        return Spacer(1, 0)
    table = Table(
        data,
        colWidths=[width * label_share, width * (1 - label_share)],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _table_cell(value: object, style: ParagraphStyle, width: float, limit: int) -> Any:
    """A short one-line ASCII value stays a plain string (drawn directly: about 3 times faster
    than a Paragraph in a 1,000-row table); anything else becomes a Paragraph."""
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    if (
        text.isascii()
        and text.isprintable()
        and stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING
    ):
        return text
    return para(text, style, limit=limit)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    limit: int = 600,
) -> Table:
    """A table with a shaded header row repeated on every page."""
    s = styles()
    data: list[list[Any]] = [[para(h, s.cell_bold) for h in header]]
    for row in rows:
        data.append(
            [
                _table_cell(value, s.cell_right if i in numeric else s.cell, widths[i], limit)
                for i, value in enumerate(row)
            ]
        )
    table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTSIZE", (0, 0), (-1, -1), s.cell.fontSize),
                ("LEADING", (0, 0), (-1, -1), s.cell.leading),
                *[("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric],
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.3, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return table


def signature_blocks(roles: Sequence[tuple[str, str]], width: float) -> Flowable:
    """Side-by-side boxes: role, name, date, signature line and a stamp box."""
    s = styles()
    cells: list[Any] = []
    box_width = width / max(1, len(roles))
    for role, name in roles:
        stamp = Table(
            [[para(Msg("Stamp"), s.center)]],
            colWidths=[32 * mm],
            rowHeights=[22 * mm],
        )
        stamp.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TEXTCOLOR", (0, 0), (-1, -1), GRID),
                ]
            )
        )
        inner = Table(
            [
                [para(role, s.cell_bold), ""],
                [rich(bold_label(Msg("Name:"), name or ""), s.cell), stamp],
                [rich(bold_label(Msg("Date:"), ""), s.cell), ""],
                [Spacer(1, 10 * mm), ""],
                [para(Msg("Signature"), s.small), ""],
            ],
            colWidths=[box_width - 40 * mm, 36 * mm],
        )
        inner.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("SPAN", (1, 1), (1, 4)),
                    ("LINEABOVE", (0, 4), (0, 4), 0.6, colors.black),
                    ("BOX", (0, 0), (-1, -1), 0.5, GRID),
                ]
            )
        )
        cells.append(inner)
    table = Table([cells], colWidths=[box_width] * len(cells), hAlign="LEFT")
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


# Page decoration -----------------------------------------------------------------------------
@cache
def _qr_drawing(value: str) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE,
        QR_SIZE,
        transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0],
        initialFontName=SANS,  # the renderer would otherwise add an unembedded Helvetica
    )
    drawing.add(widget)
    return drawing


def _draw_paragraph(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float
) -> float:
    p = rich(text, style)
    _w, h = p.wrapOn(canvas, width, 100 * mm)
    p.drawOn(canvas, x, top - h)
    return float(h)


def decorate_page(canvas: Canvas, info: DocumentInfo, page: int, total: int) -> None:
    s = styles()
    width, height = canvas._pagesize
    inner = width - 2 * MARGIN
    canvas.saveState()
    top = height - 7 * mm
    left_w = inner * 0.55
    head_left = ParagraphStyle("cd-head-l", parent=s.small, fontSize=8, leading=10)
    head_right = ParagraphStyle("cd-head-r", parent=head_left, alignment=TA_RIGHT)
    _draw_paragraph(
        canvas,
        f"{markup(info.agency or info.post_name, bold=True)}<br/>"
        + markup(f"{info.post_name} ({info.post_code})"),
        head_left,
        MARGIN,
        top,
        left_w,
    )
    _draw_paragraph(
        canvas,
        f"{markup(info.title, bold=True)}<br/>{markup(info.document_id)}",
        head_right,
        MARGIN + left_w,
        top,
        inner - left_w,
    )
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    line_y = height - HEADER_HEIGHT + 3 * mm
    canvas.line(MARGIN, line_y, width - MARGIN, line_y)
    # Footer
    foot_top = FOOTER_HEIGHT - 2 * mm
    canvas.line(MARGIN, foot_top, width - MARGIN, foot_top)
    generated = Msg(
        "Generated {time} ({zone}) by {officer}",
        time=local_time(info.generated_at, info.timezone),
        zone=info.timezone,
        officer=info.officer or "—",
    )
    tie = Msg(
        "Document {id} · content hash {hash} · Customs Desk {version}",
        id=info.document_id,
        hash=info.short_hash,
        version=__version__,
    )
    text_width = inner - QR_SIZE - 32 * mm
    _draw_paragraph(
        canvas,
        markup(generated) + "<br/>" + markup(tie),
        s.small,
        MARGIN,
        foot_top - 2 * mm,
        text_width,
    )
    _draw_paragraph(
        canvas,
        markup(Msg("Page {n} of {total}", n=page, total=total), bold=True),
        s.right,
        MARGIN + text_width,
        foot_top - 2 * mm,
        inner - text_width - QR_SIZE - 3 * mm,
    )
    canvas.translate(width - MARGIN - QR_SIZE, 2.5 * mm)
    canvas.doForm(QR_FORM)
    canvas.restoreState()


def _canvas_maker(info: DocumentInfo) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps each page until the end so the footer can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number == 1:
                    # The QR code is the same on every page: draw it once, reuse it as a form.
                    self.beginForm(QR_FORM)
                    renderPDF.draw(_qr_drawing(info.qr_value()), self, 0, 0)
                    self.endForm()
                decorate_page(self, info, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def frame_width(info: DocumentInfo) -> float:
    return float(paper_size(info.paper, wide=info.wide)[0] - 2 * MARGIN)


def build_pdf(
    story: list[Flowable],
    info: DocumentInfo,
    out: Output,
    *,
    invariant: bool = False,
    progress: Progress | None = None,
    progress_range: tuple[int, int] = (0, 100),
) -> None:
    """Lay out ``story`` on the shared page; a file path is written atomically."""
    ensure_fonts()
    size = paper_size(info.paper, wide=info.wide)
    if not story:
        story = [para(Msg("(nothing to print)"), styles().body)]

    def write(target: IO[bytes]) -> None:
        doc = BaseDocTemplate(
            target,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=HEADER_HEIGHT,
            bottomMargin=FOOTER_HEIGHT,
            title=f"{info.title} {info.document_id}",
            author=info.officer,
            subject=info.title,
            creator=f"Customs Desk {__version__}",
            invariant=1 if invariant else 0,
            initialFontName=SANS,  # otherwise the canvas adds an unembedded Helvetica
        )
        frame = Frame(
            MARGIN,
            FOOTER_HEIGHT,
            size[0] - 2 * MARGIN,
            size[1] - HEADER_HEIGHT - FOOTER_HEIGHT,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=3 * mm,
            bottomPadding=2 * mm,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        if progress is not None:
            low, high = progress_range
            state = {"total": max(1, len(story))}

            def callback(kind: str, value: int) -> None:
                if kind == "SIZE_EST":
                    state["total"] = max(1, int(value))
                elif kind == "PROGRESS":
                    done = min(int(value), state["total"])
                    progress(low + (high - low) * done // state["total"], 100)

            doc.setProgressCallBack(callback)
        with _build_lock:  # ReportLab keeps module-level state; one layout at a time
            doc.build(story, canvasmaker=_canvas_maker(info))
        if progress is not None:
            progress(progress_range[1], 100)

    if isinstance(out, Path):
        with atomic_write(out) as handle:
            write(handle)
    else:
        write(out)
