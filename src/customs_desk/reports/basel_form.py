"""Document 6: draft of the Basel form for reporting a confirmed case of illegal traffic.

The official form (adopted at COP-4, 1998) could not be retrieved (FACTS.md 5.1, gap 4), so this
is a *reasonable structure* built from Article 9 and the information the Convention requires on
notification and movement documents (Annex V A and V B, FACTS.md 4). The form says so in a box
at the top; ``docs/reports.md`` lists the fields. :data:`SECTIONS` is that list.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

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
from customs_desk.reports.data import CaseData, ReportContext
from customs_desk.reports.layout import (
    Output,
    build_pdf,
    fields_table,
    frame_width,
    heading,
    local_time,
    note,
    para,
    signature_blocks,
    styles,
)

TO_COMPLETE = Msg("[to complete]")

#: Section titles of the draft, in order (also listed in docs/reports.md).
SECTIONS = (
    Msg("1. Reporting Party"),
    Msg("2. The case"),
    Msg("3. Type of illegal traffic (Article 9(1))"),
    Msg("4. States concerned"),
    Msg("5. Persons involved"),
    Msg("6. The waste"),
    Msg("7. Documents"),
    Msg("8. Transport"),
    Msg("9. Responsibility and action taken (Article 9(2) to 9(4))"),
    Msg("10. Penalties and legal proceedings"),
    Msg("11. Remarks"),
    Msg("12. Certification"),
)


def _confirmed_on(data: CaseData) -> str:
    for event in data.timeline:
        if event.kind == "changed:status" and event.data.get("to") == "confirmed":
            return local_time(event.at, data.post.timezone, "%Y-%m-%d")
    return ""


def _rows(rows: list[tuple[str, object]]) -> list[tuple[str, object]]:
    return [(label, value if value not in (None, "") else TO_COMPLETE) for label, value in rows]


def build_basel_form(data: CaseData, ctx: ReportContext, out: Output) -> None:
    title = Msg("Form for reporting a confirmed case of illegal traffic (draft)")
    info = document_info(
        ctx,
        Msg("Illegal traffic form (draft)"),
        f"BC-{data.document_id}",
        data.content_hash,
        kind="basel-form",
        post=data.post,
    )
    width = frame_width(info)
    s = styles()
    case = data.payload
    insp = data.inspection
    p = insp.payload
    route = mapping(p.get("route"))
    documents = mapping(p.get("documents"))
    conveyance = mapping(p.get("conveyance"))
    tz = text(p.get("timezone")) or insp.post.timezone
    goods = [g for g in items(p.get("goods")) if isinstance(g, dict)]

    def codes(key: str) -> str:
        found: list[str] = []
        for g in goods:
            for code in strings(g.get(key)):
                if code not in found:
                    found.append(code)
        return " ".join(found)

    hs = [text(p.get("declared_hs"))] + [text(g.get("declared_hs")) for g in goods]
    grounds = set(strings(case.get("grounds")))
    story: list[Flowable] = [
        para(title, s.title),
        note(
            Msg(
                "Draft structure: the official form's fields could not be confirmed. The fields "
                "below follow Article 9 of the Basel Convention and the information required on "
                "notification and movement documents (Annex V A and V B). Check them against the "
                "current form published by the Secretariat of the Basel Convention before "
                "sending, and complete every field marked [to complete]."
            ),
            width=width,
        ),
        heading(SECTIONS[0]),
        fields_table(
            _rows(
                [
                    (Msg("Party (country)"), country(data.post.country)),
                    (Msg("Reporting authority"), data.post.agency),
                    (Msg("Competent authority or focal point"), ""),
                    (Msg("Contact person"), ctx.officer),
                    (Msg("Telephone, e-mail"), ""),
                    (
                        Msg("Date of this report"),
                        local_time(ctx.generated_at, ctx.post.timezone, "%Y-%m-%d"),
                    ),
                ]
            ),
            width,
        ),
        heading(SECTIONS[1]),
        fields_table(
            _rows(
                [
                    (Msg("National case reference"), data.number),
                    (Msg("Inspection reference"), insp.label),
                    (Msg("Date the shipment was detected"), when(p.get("inspected_at"), tz)),
                    (
                        Msg("Place of detection"),
                        f"{insp.post.name} ({insp.post.code})",
                    ),
                    (Msg("Date the case was confirmed"), _confirmed_on(data)),
                    (Msg("Status of the case"), labels.label(labels.CASE_STATUS, data.status)),
                ]
            ),
            width,
        ),
        heading(SECTIONS[2]),
        *[
            para(f"[{'x' if key in grounds else ' '}] {text_}", s.body)
            for key, text_ in labels.GROUNDS.items()
        ],
        heading(SECTIONS[3]),
        fields_table(
            _rows(
                [
                    (Msg("State of export"), country(route.get("export_country"))),
                    (
                        Msg("States of transit"),
                        ", ".join(country(c) for c in strings(route.get("transit_countries"))),
                    ),
                    (Msg("State of import"), country(route.get("import_country"))),
                    (Msg("Port or point of exit"), text(route.get("port_of_loading"))),
                    (Msg("Port or point of entry"), text(route.get("port_of_discharge"))),
                    (Msg("Transshipment ports"), joined(route.get("transshipment_ports"))),
                ]
            ),
            width,
        ),
        heading(SECTIONS[4]),
    ]
    for role in ("exporter", "generator", "importer", "carrier", "facility"):
        party = insp.parties.get(role)
        name = (
            party.name if party else text(mapping(mapping(p.get("parties")).get(role)).get("name"))
        )
        details = ", ".join(
            x
            for x in (
                party.address if party else "",
                country(party.country) if party else "",
                party.registration_number if party else "",
            )
            if x
        )
        role_title = {
            "exporter": Msg("Exporter or notifier"),
            "generator": Msg("Generator"),
            "importer": Msg("Importer or consignee"),
            "carrier": Msg("Carrier(s)"),
            "facility": Msg("Disposer or recovery facility"),
        }[role]
        story.append(
            fields_table(_rows([(role_title, f"{name}\n{details}".strip() if name else "")]), width)
        )
    story += [
        heading(SECTIONS[5]),
        fields_table(
            _rows(
                [
                    (
                        Msg("Designation and description"),
                        "; ".join(
                            x
                            for x in [text(p.get("declared_description"))]
                            + [text(g.get("description")) for g in goods[:20]]
                            if x
                        ),
                    ),
                    (Msg("Basel Annex VIII / IX codes"), codes("basel_codes")),
                    (Msg("Y codes (Annex I / II)"), codes("y_codes")),
                    (Msg("H codes (Annex III)"), codes("h_codes")),
                    (
                        Msg("UN number"),
                        " ".join(sorted({text(g.get("un_number")) for g in goods} - {""})),
                    ),
                    (Msg("HS codes"), " ".join(sorted(set(filter(None, hs))))),
                    (Msg("Quantity"), kg(p.get("found_weight_kg"))),
                    (
                        Msg("Packaging, containers"),
                        ", ".join(
                            text(c.get("number"))
                            for c in items(p.get("containers"))
                            if isinstance(c, dict)
                        ),
                    ),
                    (
                        Msg("Waste stream"),
                        insp.stream_titles.get(
                            text(p.get("waste_stream")), text(p.get("waste_stream"))
                        ),
                    ),
                    (Msg("Disposal or recovery operation (Annex IV)"), ""),
                ]
            ),
            width,
        ),
        heading(SECTIONS[6]),
        fields_table(
            _rows(
                [
                    (Msg("Notification number"), text(documents.get("notification_number"))),
                    (
                        Msg("Consent of the States concerned"),
                        labels.label(labels.DOCUMENT_STATE, documents.get("consent")),
                    ),
                    (
                        Msg("Movement document"),
                        labels.label(labels.DOCUMENT_STATE, documents.get("movement_document")),
                    ),
                    (Msg("Customs declaration"), text(p.get("declaration_number"))),
                    (Msg("Bill of lading / air waybill"), text(p.get("transport_document"))),
                ]
            ),
            width,
        ),
        heading(SECTIONS[7]),
        fields_table(
            _rows(
                [
                    (
                        Msg("Means of transport"),
                        labels.label(labels.TRANSPORT, p.get("transport_mode")),
                    ),
                    (
                        Msg("Vessel, voyage, vehicle or flight"),
                        " ".join(text(v) for v in conveyance.values() if text(v)),
                    ),
                ]
            ),
            width,
        ),
        heading(SECTIONS[8]),
        fields_table(
            _rows(
                [
                    (
                        Msg("Responsibility"),
                        labels.label(labels.RESPONSIBILITY, case.get("responsibility")),
                    ),
                    (Msg("Action at the border"), labels.label(labels.OUTCOME, p.get("outcome"))),
                    (Msg("Take-back or disposal"), labels.label(labels.PATH, case.get("path"))),
                    (Msg("Date the State was informed"), day(case.get("state_informed_on"))),
                    (Msg("Deadline"), day(data.deadline)),
                    (
                        Msg("Authorities notified"),
                        "; ".join(
                            f"{text(n.get('authority'))} ({text(n.get('country'))}, "
                            f"{day(n.get('notified_on'))})"
                            for n in items(case.get("notifications"))
                            if isinstance(n, dict)
                        ),
                    ),
                    (Msg("Date completed"), day(case.get("closed_on"))),
                    (Msg("How the case ended"), text(case.get("closure"))),
                ]
            ),
            width,
        ),
        heading(SECTIONS[9]),
        fields_table(
            _rows([(Msg("Penalties imposed, proceedings started"), "")]),
            width,
        ),
        heading(SECTIONS[10]),
        para(text(case.get("summary")) or TO_COMPLETE, s.body),
        KeepTogether(
            [
                heading(SECTIONS[11]),
                Spacer(1, 2 * mm),
                signature_blocks([(Msg("Competent authority or focal point"), "")], width * 0.6),
            ]
        ),
    ]
    build_pdf(story, info, out, invariant=ctx.invariant)
