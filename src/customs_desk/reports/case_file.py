"""Document 3: the case file (grounds, notifications, clock, take-back path, timeline)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from customs_desk.i18n import Msg
from customs_desk.reports import labels
from customs_desk.reports.common import (
    country,
    day,
    document_info,
    items,
    joined,
    kg,
    mapping,
    strings,
    text,
    when,
)
from customs_desk.reports.data import CaseData, InspectionData, ReportContext
from customs_desk.reports.layout import (
    Output,
    Progress,
    build_pdf,
    data_table,
    fields_table,
    frame_width,
    heading,
    note,
    para,
    styles,
)

FINISHED = ("not-illegal", "returned-or-disposed", "closed")
#: Timeline entries printed in full; older ones beyond this are noted as left out.
MAX_TIMELINE = 2000


def clock_state(data: CaseData) -> str:
    """Where the take-back clock stands on the day the file is printed."""
    if data.status in FINISHED:
        return Msg(
            "Case finished ({status}).", status=labels.label(labels.CASE_STATUS, data.status)
        )
    if data.deadline is None:
        return Msg("No clock is running.")
    left = (data.deadline - data.today).days
    if left < 0:
        return Msg(
            "OVERDUE by {n} days (deadline {deadline}).",
            n=-left,
            deadline=data.deadline.isoformat(),
        )
    return Msg("{n} days left (deadline {deadline}).", n=left, deadline=data.deadline.isoformat())


def inspection_summary_rows(data: InspectionData) -> list[tuple[str, object]]:
    p = data.payload
    parties = mapping(p.get("parties"))
    route = mapping(p.get("route"))
    tz = text(p.get("timezone")) or data.post.timezone
    basel = sorted(
        {
            code
            for g in items(p.get("goods"))
            if isinstance(g, dict)
            for code in strings(g.get("basel_codes"))
        }
    )
    return [
        (Msg("Inspection"), f"{data.label} ({labels.label(labels.STATUS, data.status)})"),
        (Msg("Inspected at"), when(p.get("inspected_at"), tz)),
        (Msg("Post"), f"{data.post.name} ({data.post.code})"),
        (
            Msg("Containers"),
            ", ".join(
                text(c.get("number")) for c in items(p.get("containers")) if isinstance(c, dict)
            ),
        ),
        (Msg("Bill of lading / air waybill"), text(p.get("transport_document"))),
        (Msg("Exporter"), text(mapping(parties.get("exporter")).get("name"))),
        (Msg("Importer / consignee"), text(mapping(parties.get("importer")).get("name"))),
        (
            Msg("Route"),
            " → ".join(
                x
                for x in [
                    country(route.get("export_country")),
                    *[country(c) for c in strings(route.get("transit_countries"))],
                    country(route.get("import_country")),
                ]
                if x
            ),
        ),
        (
            Msg("Waste stream"),
            data.stream_titles.get(text(p.get("waste_stream")), text(p.get("waste_stream"))),
        ),
        (Msg("Basel codes"), " ".join(basel)),
        (Msg("Weight found"), kg(p.get("found_weight_kg"))),
        (Msg("Declared as"), text(p.get("declared_description"))),
        (Msg("Outcome"), labels.label(labels.OUTCOME, p.get("outcome"))),
        (Msg("Officers"), joined(p.get("officers"))),
    ]


def _event_text(kind: str, note_text: str, data: dict[str, Any]) -> str:
    if kind.startswith("changed:"):
        field = str(data.get("field") or kind.split(":", 1)[1])
        before, after = data.get("from"), data.get("to")
        table = {
            "status": labels.CASE_STATUS,
            "path": labels.PATH,
            "clock": labels.CLOCK,
            "responsibility": labels.RESPONSIBILITY,
        }.get(field)

        def show(value: Any) -> str:
            if value in (None, "", []):
                return "—"
            if isinstance(value, list):
                if field == "grounds":
                    return ", ".join(str(v) for v in value)
                return Msg("{n} entries", n=len(value))
            return labels.label(table, value) if table else str(value)

        change = f"{field}: {show(before)} → {show(after)}"
        return f"{change}\n{note_text}" if note_text else change
    return note_text


def build_case_file(
    data: CaseData,
    ctx: ReportContext,
    out: Output,
    *,
    progress: Progress | None = None,
) -> None:
    p = data.payload
    info = document_info(
        ctx, Msg("Case file"), data.document_id, data.content_hash, kind="case", post=data.post
    )
    width = frame_width(info)
    s = styles()
    tz = data.post.timezone
    story: list[Flowable] = [
        para(Msg("Case file"), s.title),
        para(
            Msg(
                "{number} · {status} · revision {revision}",
                number=data.number,
                status=labels.label(labels.CASE_STATUS, data.status),
                revision=data.revision,
            ),
            s.body,
        ),
        heading(Msg("Case")),
        fields_table(
            [
                (Msg("Case number"), data.number),
                (Msg("Status"), labels.label(labels.CASE_STATUS, data.status)),
                (Msg("Opened"), when(p.get("opened_at"), tz)),
                (Msg("Opened from inspection"), data.inspection.label),
                (
                    Msg("Responsibility"),
                    labels.label(labels.RESPONSIBILITY, p.get("responsibility")),
                ),
                (Msg("Summary"), text(p.get("summary"))),
            ],
            width,
        ),
        heading(Msg("Grounds (Article 9(1))")),
    ]
    grounds = strings(p.get("grounds"))
    story += [para(f"• {labels.label(labels.GROUNDS, g)}", s.body) for g in grounds] or [
        para(Msg("No ground recorded yet."), s.small)
    ]
    notifications = [n for n in items(p.get("notifications")) if isinstance(n, dict)]
    story.append(heading(Msg("Notifications to competent authorities")))
    if notifications:
        story.append(
            data_table(
                [
                    Msg("Authority"),
                    Msg("Country"),
                    Msg("Notified on"),
                    Msg("Method"),
                    Msg("Reference"),
                ],
                [
                    [
                        text(n.get("authority")),
                        country(n.get("country")),
                        day(n.get("notified_on")),
                        text(n.get("method")),
                        text(n.get("reference")),
                    ]
                    for n in notifications
                ],
                [width * x for x in (0.32, 0.18, 0.14, 0.16, 0.2)],
            )
        )
    else:
        story.append(para(Msg("No authority notified yet."), s.small))
    story += [
        heading(Msg("Deadline and clock")),
        fields_table(
            [
                (Msg("Clock"), labels.label(labels.CLOCK, p.get("clock"))),
                (Msg("State informed on"), day(p.get("state_informed_on"))),
                (Msg("Period agreed by the States"), day(p.get("agreed_deadline"))),
                (Msg("Deadline"), day(data.deadline)),
                (Msg("State on {day}", day=data.today.isoformat()), clock_state(data)),
            ],
            width,
        ),
        heading(Msg("Take-back or disposal")),
        fields_table(
            [
                (Msg("Path"), labels.label(labels.PATH, p.get("path"))),
                (Msg("Closed on"), day(p.get("closed_on"))),
                (Msg("How it ended"), text(p.get("closure"))),
            ],
            width,
        ),
        heading(Msg("Timeline")),
    ]
    if progress:
        progress(10, 100)
    events = list(data.timeline)
    if events:
        if len(events) > MAX_TIMELINE:
            story.append(
                note(
                    Msg(
                        "Only the first {n} of {total} events are printed.",
                        n=MAX_TIMELINE,
                        total=len(events),
                    )
                )
            )
        story.append(
            data_table(
                [Msg("When"), Msg("What"), Msg("By")],
                [
                    [when(e.at, tz), _event_text(e.kind, e.text, e.data), e.author]
                    for e in events[:MAX_TIMELINE]
                ],
                [width * 0.22, width * 0.56, width * 0.22],
            )
        )
    else:
        story.append(para(Msg("No events."), s.small))
    story += [
        heading(Msg("Inspection")),
        fields_table(inspection_summary_rows(data.inspection), width),
    ]
    build_pdf(
        story, info, out, invariant=ctx.invariant, progress=progress, progress_range=(10, 100)
    )
