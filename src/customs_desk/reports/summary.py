"""Document 5: the secretariat summary for a period, with charts (ReportLab graphics).

Chart labels use the stored keys (waste stream ids, ISO country codes, outcome ids, post codes,
months): chart text is drawn without shaping, so it stays in plain Latin; the tables beside
the charts give the full names in any script.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from customs_desk.i18n import Msg
from customs_desk.reports.common import document_info, tonnes
from customs_desk.reports.data import ReportContext, SummaryData, Tally
from customs_desk.reports.fonts import SANS
from customs_desk.reports.layout import (
    Output,
    Progress,
    build_pdf,
    data_table,
    fields_table,
    frame_width,
    heading,
    para,
    styles,
    table_style,
)

PALETTE = [
    colors.HexColor(c)
    for c in (
        "#1f5f8b",
        "#d9822b",
        "#3c8d5a",
        "#b03a48",
        "#7a5ea8",
        "#8c6d31",
        "#4aa3c8",
        "#c9b037",
        "#5d6d7e",
        "#e07aa8",
    )
]
TOP = 10
CHART_HEIGHT = 62 * mm


def _chart_key(t: Tally) -> str:
    key = t.key or "-"
    return key if key.isascii() else key.encode("ascii", "replace").decode()


def _title(drawing: Drawing, text: str, width: float) -> None:
    drawing.add(
        String(width / 2, CHART_HEIGHT - 9, text, fontName=SANS, fontSize=8.5, textAnchor="middle")
    )


def bar_chart(tallies: tuple[Tally, ...], width: float, title: str, *, by_kg: bool) -> Drawing:
    shown = list(tallies[:TOP])
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=SANS)
    _title(drawing, title, width)
    if not shown:
        return drawing
    chart = HorizontalBarChart()
    chart.x = 76
    chart.y = 8
    chart.width = width - chart.x - 14
    chart.height = CHART_HEIGHT - 26
    values = [round(t.kg / 1000, 1) if by_kg else t.count for t in reversed(shown)]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [_chart_key(t)[:22] for t in reversed(shown)]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%.1f" if by_kg else "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def month_chart(tallies: tuple[Tally, ...], width: float, title: str) -> Drawing:
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=SANS)
    _title(drawing, title, width)
    if not tallies:
        return drawing
    chart = VerticalBarChart()
    chart.x = 30
    chart.y = 22
    chart.width = width - 40
    chart.height = CHART_HEIGHT - 40
    chart.data = [[t.count for t in tallies]]
    chart.categoryAxis.categoryNames = [t.key for t in tallies]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 45 if len(tallies) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(tallies) > 6 else "n"
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = max(1, -(-max(t.count for t in tallies) // 5))
    chart.bars[0].fillColor = PALETTE[2]
    chart.bars.strokeColor = None
    drawing.add(chart)
    return drawing


def pie_chart(tallies: tuple[Tally, ...], width: float, title: str) -> Drawing:
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=SANS)
    _title(drawing, title, width)
    shown = [t for t in tallies if t.count][:TOP]
    if not shown:
        return drawing
    pie = Pie()
    size = CHART_HEIGHT - 26
    pie.x = 12
    pie.y = 8
    pie.width = size
    pie.height = size
    pie.data = [t.count for t in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.5
    for i in range(len(shown)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    legend = Legend()
    legend.x = pie.x + size + 14
    legend.y = CHART_HEIGHT - 22
    legend.fontName = SANS
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.dx = 7
    legend.dy = 7
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], f"{_chart_key(t)} ({t.count:,})") for i, t in enumerate(shown)
    ]
    drawing.add(legend)
    return drawing


def tally_table(tallies: tuple[Tally, ...], header: str, total_kg: float, width: float) -> Flowable:
    if not tallies:
        return para(Msg("No data."), styles().small)
    rows = [
        [
            t.label,
            f"{t.count:,}",
            tonnes(t.kg),
            f"{100 * t.kg / total_kg:.1f} %" if total_kg else "",
        ]
        for t in tallies
    ]
    return data_table(
        [header, Msg("Inspections"), Msg("Tonnes"), Msg("Share of tonnes")],
        rows,
        [width * 0.55, width * 0.15, width * 0.15, width * 0.15],
        numeric=(1, 2, 3),
    )


def _pair(left: Drawing, right: Drawing, width: float) -> Table:
    table = Table([[left, right]], colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(table_style([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def build_summary(
    data: SummaryData,
    ctx: ReportContext,
    out: Output,
    *,
    progress: Progress | None = None,
) -> None:
    info = document_info(
        ctx,
        Msg("Secretariat summary"),
        f"SUM {data.date_from.isoformat()} – {data.date_to.isoformat()}",
        data.content_hash,
        kind="summary",
    )
    width = frame_width(info)
    half = width / 2 - 4
    s = styles()
    story: list[Flowable] = [
        para(Msg("Summary of inspections"), s.title),
        fields_table(
            [
                *data.criteria,
                (Msg("Inspections"), f"{data.total_count:,}"),
                (Msg("Tonnes found"), tonnes(data.total_kg)),
                (Msg("Inspections without a weight"), f"{data.unweighed:,}"),
            ],
            width * 0.7,
            label_share=0.4,
        ),
        heading(Msg("Charts")),
        _pair(
            bar_chart(data.by_stream, half, Msg("Tonnes by waste stream"), by_kg=True),
            pie_chart(data.by_outcome, half, Msg("Inspections by outcome")),
            width,
        ),
        _pair(
            bar_chart(data.by_origin, half, Msg("Tonnes by country of export"), by_kg=True),
            month_chart(data.by_month, half, Msg("Inspections by month")),
            width,
        ),
    ]
    for title, tallies, header in (
        (Msg("By waste stream"), data.by_stream, Msg("Waste stream")),
        (Msg("By country of export"), data.by_origin, Msg("Country of export")),
        (Msg("By outcome"), data.by_outcome, Msg("Outcome")),
        (Msg("By post"), data.by_post, Msg("Post")),
        (Msg("By month"), data.by_month, Msg("Month")),
    ):
        story += [heading(title), tally_table(tallies, header, data.total_kg, width)]
    story.append(
        para(
            Msg(
                "Weights are the weights found at inspection; inspections without a weight are "
                "counted but add nothing to the tonnes. Withdrawn records and drafts are not "
                "counted."
            ),
            s.small,
        )
    )
    build_pdf(
        story, info, out, invariant=ctx.invariant, progress=progress, progress_range=(40, 100)
    )
