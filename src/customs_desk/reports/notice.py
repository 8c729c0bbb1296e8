"""Document 2: notice of detention or seizure, addressed to the importer or consignee.

Neutral wording; every sentence with legal effect is in a shaded box marked "to adapt": each
post must replace it with its own legal basis, time limits and appeal procedure before use.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from customs_desk.i18n import Msg
from customs_desk.reports import labels
from customs_desk.reports.common import (
    country,
    document_info,
    items,
    joined,
    kg,
    mapping,
    status_note,
    text,
    when,
)
from customs_desk.reports.data import InspectionData, ReportContext
from customs_desk.reports.layout import (
    Output,
    bold_label,
    build_pdf,
    fields_table,
    frame_width,
    heading,
    local_time,
    note,
    para,
    rich,
    signature_blocks,
    styles,
    table_style,
)

MAX_LINES = 25
SEIZED = ("seized",)
HELD = ("held", "detained", "refused-entry", "returned", "referred")


def notice_title(outcome: str) -> str:
    if outcome in SEIZED:
        return Msg("Notice of seizure")
    return Msg("Notice of detention")


def build_notice(data: InspectionData, ctx: ReportContext, out: Output) -> None:
    p = data.payload
    outcome = text(p.get("outcome"))
    title = notice_title(outcome)
    info = document_info(
        ctx, title, f"N-{data.document_id}", data.content_hash, kind="notice", post=data.post
    )
    width = frame_width(info)
    s = styles()
    tz = text(p.get("timezone")) or data.post.timezone
    story: list[Flowable] = [para(title, s.title)]
    warning = status_note(data.status)
    if warning:
        story.append(note(warning))
    if outcome not in SEIZED + HELD:
        story.append(
            note(
                Msg(
                    "The record's outcome is '{outcome}': check that a notice is needed before "
                    "sending it.",
                    outcome=labels.label(labels.OUTCOME, outcome) or Msg("not recorded"),
                )
            )
        )
    importer = data.parties.get("importer")
    ref_name = text(mapping(mapping(p.get("parties")).get("importer")).get("name"))
    story.append(heading(Msg("To")))
    if importer or ref_name:
        lines = [
            importer.name if importer else ref_name,
            importer.address if importer else "",
            country(importer.country) if importer else "",
        ]
        story += [para(line, s.body) for line in lines if line]
    else:
        story.append(
            note(Msg("The importer or consignee is not recorded: write the addressee by hand."))
        )
    story += [
        Spacer(1, 3 * mm),
        rich(
            bold_label(Msg("Date:"), local_time(ctx.generated_at, ctx.post.timezone, "%Y-%m-%d")),
            s.body,
        ),
        rich(bold_label(Msg("Our reference:"), data.label), s.body),
    ]
    if text(p.get("declaration_number")):
        rich_line = bold_label(Msg("Your declaration:"), text(p.get("declaration_number")))
        story.append(rich(rich_line, s.body))
    held_verb = Msg("seized") if outcome in SEIZED else Msg("held")
    story += [
        Spacer(1, 3 * mm),
        para(
            Msg(
                "The goods described below were {verb} by {agency} at {post} on {day}, after an "
                "inspection (reference {reference}). They are held to verify whether the "
                "shipment is a transboundary movement of hazardous or other wastes controlled "
                "under the Basel Convention, and whether the documents it requires were in "
                "order.",
                verb=held_verb,
                agency=data.post.agency or data.post.name,
                post=f"{data.post.name} ({data.post.code})",
                day=when(p.get("inspected_at"), tz),
                reference=data.label,
            ),
            s.body,
        ),
        heading(Msg("What is held")),
        fields_table(_held_rows(data), width),
    ]
    story += _goods_list(data)
    story += [
        heading(Msg("Where the goods are")),
        para(f"{data.post.name} ({data.post.code})", s.body),
        note(Msg("TO COMPLETE: place of storage and how the goods may be inspected."), width=width),
        heading(Msg("Legal basis")),
        note(
            Msg(
                "TEXT TO ADAPT BY THE POST: This measure is taken under the law of {country} "
                "[cite the legal provisions implementing the Basel Convention and the customs "
                "powers used].",
                country=country(data.post.country) or Msg("[country]"),
            ),
            width=width,
        ),
        heading(Msg("What you may do")),
        para(
            "• "
            + Msg(
                "Send the documents that show the shipment is lawful: notification and written "
                "consent of the States concerned, the movement document, the contract, and for "
                "used equipment the functionality test records."
            ),
            s.body,
        ),
        para(
            "• " + Msg("Contact the post below, quoting reference {ref}.", ref=data.label), s.body
        ),
        note(
            Msg(
                "TEXT TO ADAPT BY THE POST: time limit for a reply, how to ask for a review or "
                "appeal, who bears storage and return costs, and the consequences if nothing "
                "is done."
            ),
            width=width,
        ),
    ]
    contact = [
        para(Msg("Contact"), s.h3),
        para(
            f"{data.post.agency}, {data.post.name} ({data.post.code})"
            if data.post.agency
            else f"{data.post.name} ({data.post.code})",
            s.body,
        ),
        rich(bold_label(Msg("Officer:"), ctx.officer or "—"), s.body),
        note(Msg("TO COMPLETE: telephone, e-mail and office hours."), width=width * 0.4 - 6),
    ]
    closing = Table(
        [[contact, signature_blocks([(Msg("For the customs post"), ctx.officer)], width * 0.6)]],
        colWidths=[width * 0.4, width * 0.6],
        hAlign="LEFT",
    )
    closing.setStyle(
        table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    story += [Spacer(1, 3 * mm), KeepTogether([closing])]
    build_pdf(story, info, out, invariant=ctx.invariant)


def _held_rows(data: InspectionData) -> list[tuple[str, object]]:
    p = data.payload
    containers = ", ".join(
        text(c.get("number")) for c in items(p.get("containers")) if isinstance(c, dict)
    )
    route = mapping(p.get("route"))
    return [
        (Msg("Containers"), containers),
        (Msg("Bill of lading / air waybill"), text(p.get("transport_document"))),
        (Msg("Customs declaration"), text(p.get("declaration_number"))),
        (Msg("Declared as"), text(p.get("declared_description"))),
        (Msg("Weight found"), kg(p.get("found_weight_kg"))),
        (Msg("From"), country(route.get("export_country"))),
        (Msg("Exporter"), text(mapping(mapping(p.get("parties")).get("exporter")).get("name"))),
    ]


def _goods_list(data: InspectionData) -> list[Flowable]:
    s = styles()
    goods = [g for g in items(data.payload.get("goods")) if isinstance(g, dict)]
    if not goods:
        return []
    out: list[Flowable] = [Spacer(1, 2 * mm), para(Msg("Goods found:"), s.body)]
    for g in goods[:MAX_LINES]:
        codes = joined(g.get("basel_codes"), " ")
        line = text(g.get("description")) or "—"
        if kg(g.get("weight_kg")):
            line += f", {kg(g.get('weight_kg'))}"
        if codes:
            line += f" ({codes})"
        out.append(para(f"• {line}", s.body, limit=300))
    if len(goods) > MAX_LINES:
        out.append(
            para(
                Msg(
                    "… and {n} more lines (listed in the inspection report).",
                    n=len(goods) - MAX_LINES,
                ),
                s.small,
            )
        )
    return out
