"""Document 1: the inspection report (every field of the record, photos, signatures)."""

from __future__ import annotations

import io
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table

from customs_desk.i18n import Msg
from customs_desk.reports import labels
from customs_desk.reports.common import (
    count,
    country,
    document_info,
    items,
    joined,
    kg,
    mapping,
    number,
    status_note,
    strings,
    text,
    when,
)
from customs_desk.reports.data import InspectionData, PhotoData, ReportContext
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
    signature_blocks,
    styles,
    subheading,
    table_style,
)
from customs_desk.reports.photos import prepare

#: Goods lines printed; the rest are counted in the totals and noted as left out.
MAX_GOODS_LINES = 500
#: Photos shown as pictures; the others are listed with their hash.
MAX_PHOTOS = 60
PHOTO_BOX = (84 * mm, 58 * mm)


def general_rows(data: InspectionData) -> list[tuple[str, object]]:
    p = data.payload
    tz = text(p.get("timezone")) or data.post.timezone
    conveyance = mapping(p.get("conveyance"))
    conveyance_text = "; ".join(
        f"{name}: {text(conveyance.get(key))}"
        for key, name in (
            ("vessel", Msg("vessel")),
            ("voyage", Msg("voyage")),
            ("truck_plate", Msg("truck")),
            ("flight", Msg("flight")),
            ("other", Msg("other")),
        )
        if text(conveyance.get(key))
    )
    containers = "; ".join(
        text(c.get("number"))
        + (f" ({Msg('seals')}: {joined(c.get('seals'))})" if strings(c.get("seals")) else "")
        for c in items(p.get("containers"))
        if isinstance(c, dict)
    )
    hs = text(p.get("declared_hs"))
    hs_title = data.code_titles.get(f"HS {hs}", "")
    value = number(p.get("value"))
    return [
        (Msg("Record"), f"{data.label} ({labels.label(labels.STATUS, data.status)})"),
        (Msg("Revision"), str(data.revision)),
        (Msg("Post"), f"{data.post.name} ({data.post.code})"),
        (Msg("Inspected at"), when(p.get("inspected_at"), tz)),
        (Msg("Officers"), joined(p.get("officers"))),
        (Msg("Inspection type"), labels.label(labels.INSPECTION_TYPE, p.get("inspection_type"))),
        (Msg("Transport mode"), labels.label(labels.TRANSPORT, p.get("transport_mode"))),
        (Msg("Conveyance"), conveyance_text),
        (Msg("Containers and seals"), containers),
        (Msg("Bill of lading / air waybill"), text(p.get("transport_document"))),
        (Msg("Customs declaration"), text(p.get("declaration_number"))),
        (Msg("Declared HS code"), f"{hs} — {hs_title}" if hs and hs_title else hs),
        (Msg("Declared description"), text(p.get("declared_description"))),
        (
            Msg("Weight declared / found"),
            f"{kg(p.get('declared_weight_kg')) or '—'} / {kg(p.get('found_weight_kg')) or '—'}",
        ),
        (
            Msg("Pieces declared / found"),
            f"{count(p.get('declared_pieces')) or '—'} / {count(p.get('found_pieces')) or '—'}",
        ),
        (
            Msg("Declared value"),
            f"{value:,.2f} {text(p.get('currency'))}".strip() if value is not None else "",
        ),
        (
            Msg("Waste stream"),
            data.stream_titles.get(text(p.get("waste_stream")), text(p.get("waste_stream"))),
        ),
        (Msg("Outcome"), labels.label(labels.OUTCOME, p.get("outcome"))),
    ]


def route_rows(payload: dict[str, Any]) -> list[tuple[str, object]]:
    route = mapping(payload.get("route"))
    return [
        (Msg("Country of export"), country(route.get("export_country"))),
        (
            Msg("Transit countries"),
            ", ".join(country(c) for c in strings(route.get("transit_countries"))),
        ),
        (Msg("Country of import"), country(route.get("import_country"))),
        (Msg("Port of loading"), text(route.get("port_of_loading"))),
        (Msg("Port of discharge"), text(route.get("port_of_discharge"))),
        (Msg("Transshipment ports"), joined(route.get("transshipment_ports"))),
    ]


def parties_table(data: InspectionData, width: float) -> Flowable:
    payload_parties = mapping(data.payload.get("parties"))
    rows: list[list[object]] = []
    for role in labels.ROLES:
        party = data.parties.get(role)
        ref = mapping(payload_parties.get(role))
        name = party.name if party else text(ref.get("name"))
        if not name:
            continue
        rows.append(
            [
                labels.ROLES[role],
                name,
                party.address if party else "",
                country(party.country) if party else "",
                party.registration_number if party else "",
            ]
        )
    if not rows:
        return para(Msg("No parties recorded."), styles().small)
    return data_table(
        [Msg("Role"), Msg("Name"), Msg("Address"), Msg("Country"), Msg("Registration")],
        rows,
        [width * x for x in (0.15, 0.28, 0.3, 0.13, 0.14)],
    )


def goods_section(data: InspectionData, width: float) -> list[Flowable]:
    goods = [g for g in items(data.payload.get("goods")) if isinstance(g, dict)]
    if not goods:
        return [para(Msg("No goods lines recorded."), styles().small)]
    total_kg = sum(number(g.get("weight_kg")) or 0 for g in goods)
    total_pieces = sum(number(g.get("pieces")) or 0 for g in goods)
    rows: list[list[object]] = []
    for i, g in enumerate(goods[:MAX_GOODS_LINES], start=1):
        rows.append(
            [
                str(i),
                text(g.get("description")),
                text(g.get("declared_hs")),
                joined(g.get("basel_codes"), " "),
                joined(g.get("y_codes"), " "),
                joined(g.get("h_codes"), " "),
                text(g.get("un_number")),
                kg(g.get("weight_kg")),
                count(g.get("pieces")),
            ]
        )
    rows.append(
        [
            "",
            Msg("Total ({n} lines)", n=len(goods)),
            "",
            "",
            "",
            "",
            "",
            kg(total_kg),
            count(total_pieces) if total_pieces else "",
        ]
    )
    out: list[Flowable] = [
        data_table(
            [
                "#",
                Msg("Description"),
                Msg("HS"),
                Msg("Basel"),
                Msg("Y"),
                Msg("H"),
                Msg("UN"),
                Msg("Weight"),
                Msg("Pieces"),
            ],
            rows,
            [width * x for x in (0.05, 0.33, 0.09, 0.11, 0.08, 0.08, 0.07, 0.11, 0.08)],
            numeric=(7, 8),
            limit=400,
        )
    ]
    if len(goods) > MAX_GOODS_LINES:
        out.insert(
            0,
            note(
                Msg(
                    "This record has {n} goods lines; lines {first} to {n} are not printed "
                    "(see the record in Customs Desk). The total below counts every line.",
                    n=len(goods),
                    first=MAX_GOODS_LINES + 1,
                ),
            ),
        )
    return out


def codes_used(data: InspectionData) -> list[str]:
    p = data.payload
    found: list[str] = []
    for g in items(p.get("goods")):
        if isinstance(g, dict):
            for key in ("basel_codes", "y_codes", "h_codes"):
                for code in strings(g.get(key)):
                    if code not in found:
                        found.append(code)
            hs = text(g.get("declared_hs"))
            if hs and f"HS {hs}" not in found:
                found.append(f"HS {hs}")
    hs = text(p.get("declared_hs"))
    if hs and f"HS {hs}" not in found:
        found.append(f"HS {hs}")
    return found


def codes_table(data: InspectionData, width: float) -> Flowable:
    codes = codes_used(data)
    if not codes:
        return para(Msg("No codes recorded."), styles().small)
    rows = [
        [code, data.code_titles.get(code) or Msg("(not in the reference tables)")] for code in codes
    ]
    return data_table(
        [Msg("Code"), Msg("Title (reference tables)")],
        rows,
        [width * 0.16, width * 0.84],
        limit=4000,
    )


def _photo_cell(photo: PhotoData, prepared_jpeg: bytes | None, size: tuple[int, int]) -> Any:
    s = styles()
    parts: list[Flowable] = []
    if prepared_jpeg is not None:
        w, h = size
        scale = min(PHOTO_BOX[0] / w, PHOTO_BOX[1] / h)
        parts.append(Image(io.BytesIO(prepared_jpeg), width=w * scale, height=h * scale))
    parts.append(para(photo.caption or Msg("(no caption)"), s.cell_bold, limit=400))
    parts.append(para(photo.filename, s.small))
    parts.append(para(f"SHA-256 {photo.sha256}", s.tiny))
    return parts


def photos_section(data: InspectionData, width: float) -> list[Flowable]:
    s = styles()
    if not data.photos:
        return [para(Msg("No photos or documents attached."), s.small)]
    out: list[Flowable] = []
    cells: list[Any] = []
    listed: list[list[object]] = []
    pictures = [p for p in data.photos if p.is_image][:MAX_PHOTOS]
    # Decoding and scaling release the GIL: prepare the photos on all cores.
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        prepared_photos = dict(zip(map(id, pictures), pool.map(prepare, pictures), strict=True))
    shown = 0
    for photo in data.photos:
        if photo.is_image and shown < MAX_PHOTOS:
            prepared = prepared_photos[id(photo)]
            cell = _photo_cell(photo, prepared.jpeg, (prepared.width, prepared.height))
            cell.extend(note(n, width=width / 2 - 8) for n in prepared.notes)
            cells.append(cell)
            shown += 1
        else:
            extra = Msg("not shown: more than {n} photos", n=MAX_PHOTOS) if photo.is_image else ""
            listed.append(
                [photo.filename, photo.media_type, f"{photo.size:,}", photo.sha256, extra]
            )
    if cells:
        rows = [
            cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)
        ]
        grid = Table(rows, colWidths=[width / 2, width / 2], hAlign="LEFT")
        grid.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        out.append(grid)
    if listed:
        out.append(subheading(Msg("Other attachments")))
        out.append(
            data_table(
                [Msg("File"), Msg("Type"), Msg("Bytes"), Msg("SHA-256"), Msg("Note")],
                listed,
                [width * x for x in (0.22, 0.13, 0.1, 0.4, 0.15)],
                numeric=(2,),
            )
        )
    return out


def inspection_story(data: InspectionData, width: float) -> list[Flowable]:
    """The report body; also used for the inspection summary of other documents."""
    s = styles()
    p = data.payload
    story: list[Flowable] = [
        para(Msg("Inspection report"), s.title),
        para(
            Msg(
                "{label} · {status} · revision {revision}",
                label=data.label,
                status=labels.label(labels.STATUS, data.status),
                revision=data.revision,
            ),
            s.body,
        ),
    ]
    warning = status_note(data.status)
    if warning:
        story += [Spacer(1, 3), note(warning)]
    story += [heading(Msg("Inspection")), fields_table(general_rows(data), width)]
    story += [heading(Msg("Parties")), parties_table(data, width)]
    story += [heading(Msg("Route")), fields_table(route_rows(p), width)]
    story += [heading(Msg("Goods")), *goods_section(data, width)]
    story += [heading(Msg("Codes and their titles")), codes_table(data, width)]
    documents = mapping(p.get("documents"))
    story += [
        heading(Msg("Documents presented")),
        fields_table(
            [
                (
                    name,
                    labels.label(labels.DOCUMENT_STATE, documents.get(key))
                    if key not in ("notification_number", "other")
                    else text(documents.get(key)),
                )
                for key, name in labels.DOCUMENTS.items()
            ],
            width,
        ),
    ]
    risks = strings(p.get("risk_indicators"))
    story.append(heading(Msg("Risk indicators")))
    if risks:
        story += [para(f"• {data.risk_texts.get(r, r)}", s.body) for r in risks]
    else:
        story.append(para(Msg("None ticked."), s.small))
    story += [heading(Msg("Findings")), *_long_text(p.get("findings"))]
    story += [
        heading(Msg("Outcome")),
        para(labels.label(labels.OUTCOME, p.get("outcome")) or "—", s.body),
    ]
    if text(p.get("notes")):
        story += [heading(Msg("Notes")), *_long_text(p.get("notes"))]
    story.append(heading(Msg("Decision aids")))
    if data.aids:
        story.append(
            data_table(
                [Msg("Aid"), Msg("Result"), Msg("Codes"), Msg("Citations"), Msg("Date")],
                [
                    [
                        a.title,
                        f"{a.outcome}\n{a.verdict}".strip(),
                        " ".join(a.codes),
                        "; ".join(a.citations),
                        when(a.at, data.post.timezone) if a.at else "",
                    ]
                    for a in data.aids
                ],
                [width * x for x in (0.2, 0.3, 0.12, 0.23, 0.15)],
            )
        )
    else:
        story.append(para(Msg("No decision aid was run for this record."), s.small))
    citations = strings(p.get("citations"))
    story.append(heading(Msg("Handbook citations")))
    story += [para(f"• {c}", s.body) for c in citations] or [para(Msg("None."), s.small)]
    return story


def _long_text(value: object) -> list[Flowable]:
    s = styles()
    body = text(value).strip()
    if not body:
        return [para("—", s.body)]
    return [para(block, s.body) for block in body.split("\n\n") if block.strip()]


def build_inspection_report(
    data: InspectionData,
    ctx: ReportContext,
    out: Output,
    *,
    progress: Progress | None = None,
) -> None:
    info = document_info(
        ctx,
        Msg("Inspection report"),
        data.document_id,
        data.content_hash,
        kind="inspection",
        post=data.post,
    )
    width = frame_width(info)
    s = styles()
    if progress:
        progress(5, 100)
    story = inspection_story(data, width)
    story += [heading(Msg("Photos and attachments")), *photos_section(data, width)]
    if progress:
        progress(40, 100)
    if data.revisions:
        story += [
            heading(Msg("Revisions")),
            data_table(
                [
                    Msg("Revision"),
                    Msg("Status"),
                    Msg("By"),
                    Msg("When"),
                    Msg("Reason"),
                    Msg("Hash"),
                ],
                [
                    [
                        str(r.revision),
                        labels.label(labels.STATUS, r.status),
                        r.author,
                        when(r.at, data.post.timezone),
                        r.reason,
                        r.content_hash[:12],
                    ]
                    for r in data.revisions
                ],
                [width * x for x in (0.09, 0.11, 0.18, 0.2, 0.28, 0.14)],
            ),
        ]
    if data.cases:
        story += [heading(Msg("Cases")), para(", ".join(data.cases), s.body)]
    officers = strings(data.payload.get("officers"))
    story += [
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                heading(Msg("Signatures")),
                signature_blocks(
                    [
                        (Msg("Inspecting officer"), officers[0] if officers else ""),
                        (Msg("Supervisor"), ""),
                    ],
                    width,
                ),
            ]
        ),
    ]
    build_pdf(
        story, info, out, invariant=ctx.invariant, progress=progress, progress_range=(40, 100)
    )
