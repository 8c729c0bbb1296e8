"""Document 4: the register of inspections for a period and filter (landscape, header repeated)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from customs_desk.i18n import Msg
from customs_desk.reports import labels
from customs_desk.reports.common import document_info, kg
from customs_desk.reports.data import RegisterData, ReportContext
from customs_desk.reports.layout import (
    Output,
    Progress,
    build_pdf,
    data_table,
    fields_table,
    frame_width,
    local_time,
    note,
    para,
    styles,
)

#: Rows printed at most (about 400 pages); a narrower filter prints the rest.
MAX_REGISTER_ROWS = 10_000

#: (key, title, share of the width); shares fit "SGP-TUAS-2026-00001", "2026-03-09",
#: "end-of-life-vehicles"... on one line on landscape Letter, the narrower paper.
COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("number", Msg("Number"), 0.131),
    ("inspected_at", Msg("Date"), 0.07),
    ("post", Msg("Post"), 0.064),
    ("status", Msg("Status"), 0.067),
    ("containers", Msg("Containers"), 0.087),
    ("exporter", Msg("Exporter"), 0.137),
    ("export_country", Msg("From"), 0.038),
    ("waste_stream", Msg("Waste stream"), 0.111),
    ("basel_codes", Msg("Basel codes"), 0.067),
    ("outcome", Msg("Outcome"), 0.091),
    ("weight_kg", Msg("Weight"), 0.064),
    ("officer", Msg("Officer"), 0.073),
)


def _cell(key: str, row: dict[str, Any], tz: str) -> str:
    value = row.get(key)
    if key == "number":
        return str(value or Msg("draft"))
    if key == "inspected_at":
        return local_time(value, tz, "%Y-%m-%d") if value else ""
    if key == "status":
        return labels.label(labels.STATUS, value)
    if key == "outcome":
        return labels.label(labels.OUTCOME, value)
    if key == "weight_kg":
        return kg(value)
    return "" if value is None else str(value)


def build_register(
    data: RegisterData,
    ctx: ReportContext,
    out: Output,
    *,
    progress: Progress | None = None,
) -> None:
    period = dict(data.criteria).get(Msg("Period"), "")
    info = document_info(
        ctx,
        Msg("Register of inspections"),
        f"REG {period}",
        data.content_hash,
        kind="register",
        wide=True,
    )
    width = frame_width(info)
    s = styles()
    story: list[Flowable] = [
        para(Msg("Register of inspections"), s.title),
        fields_table(
            [*data.criteria, (Msg("Records"), f"{data.total:,}")], width * 0.6, label_share=0.25
        ),
        Spacer(1, 3 * mm),
    ]
    if data.total > len(data.rows):
        story.append(
            note(
                Msg(
                    "Only the first {n} of {total} records are printed; narrow the period or the "
                    "filter to print the others.",
                    n=f"{len(data.rows):,}",
                    total=f"{data.total:,}",
                ),
                width=width,
            )
        )
    if data.rows:
        story.append(
            data_table(
                [title for _k, title, _w in COLUMNS],
                [[_cell(key, row, data.timezone) for key, _t, _w in COLUMNS] for row in data.rows],
                [width * share for _k, _t, share in COLUMNS],
                numeric=(10,),
                limit=300,
            )
        )
    else:
        story.append(para(Msg("No inspection matches."), s.body))
    build_pdf(
        story, info, out, invariant=ctx.invariant, progress=progress, progress_range=(30, 100)
    )
