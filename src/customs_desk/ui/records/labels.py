"""Translated labels for the values stored in records (stored values never change)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

C = "labels"

STATUS: dict[str, Any] = {
    "draft": QT_TRANSLATE_NOOP("labels", "draft"),
    "final": QT_TRANSLATE_NOOP("labels", "finalized"),
    "void": QT_TRANSLATE_NOOP("labels", "withdrawn"),
}
INSPECTION_TYPE: dict[str, Any] = {
    "documentary": QT_TRANSLATE_NOOP("labels", "Documentary check"),
    "physical": QT_TRANSLATE_NOOP("labels", "Physical examination"),
    "xray": QT_TRANSLATE_NOOP("labels", "X-ray / scan"),
    "sampling": QT_TRANSLATE_NOOP("labels", "Sampling"),
    "company-site": QT_TRANSLATE_NOOP("labels", "Company site visit"),
}
TRANSPORT: dict[str, Any] = {
    "sea": QT_TRANSLATE_NOOP("labels", "Sea"),
    "road": QT_TRANSLATE_NOOP("labels", "Road"),
    "rail": QT_TRANSLATE_NOOP("labels", "Rail"),
    "air": QT_TRANSLATE_NOOP("labels", "Air"),
    "inland-water": QT_TRANSLATE_NOOP("labels", "Inland waterway"),
    "post": QT_TRANSLATE_NOOP("labels", "Post / express"),
}
OUTCOME: dict[str, Any] = {
    "released": QT_TRANSLATE_NOOP("labels", "Released"),
    "held": QT_TRANSLATE_NOOP("labels", "Held"),
    "detained": QT_TRANSLATE_NOOP("labels", "Detained"),
    "seized": QT_TRANSLATE_NOOP("labels", "Seized"),
    "refused-entry": QT_TRANSLATE_NOOP("labels", "Refused entry"),
    "returned": QT_TRANSLATE_NOOP("labels", "Returned"),
    "referred": QT_TRANSLATE_NOOP("labels", "Referred to the competent authority"),
}
DOCUMENT_STATE: dict[str, Any] = {
    "presented": QT_TRANSLATE_NOOP("labels", "presented"),
    "missing": QT_TRANSLATE_NOOP("labels", "missing"),
    "not-applicable": QT_TRANSLATE_NOOP("labels", "not applicable"),
}
STREAM: dict[str, Any] = {
    "e-waste": QT_TRANSLATE_NOOP("labels", "E-waste and used EEE"),
    "plastics": QT_TRANSLATE_NOOP("labels", "Plastic waste"),
    "metal-scrap": QT_TRANSLATE_NOOP("labels", "Metal scrap"),
    "lead-acid-batteries": QT_TRANSLATE_NOOP("labels", "Lead-acid batteries"),
    "other-batteries": QT_TRANSLATE_NOOP("labels", "Other batteries, black mass"),
    "used-tyres": QT_TRANSLATE_NOOP("labels", "Used tyres"),
    "textiles": QT_TRANSLATE_NOOP("labels", "Textiles and worn clothing"),
    "paper": QT_TRANSLATE_NOOP("labels", "Paper"),
    "end-of-life-vehicles": QT_TRANSLATE_NOOP("labels", "End-of-life vehicles and parts"),
    "slag-ash-residues": QT_TRANSLATE_NOOP("labels", "Slag, ash, residues"),
    "waste-oils": QT_TRANSLATE_NOOP("labels", "Waste oils"),
    "household-municipal": QT_TRANSLATE_NOOP("labels", "Household and municipal waste"),
    "chemicals-other": QT_TRANSLATE_NOOP("labels", "Chemicals and other"),
}
CASE_STATUS: dict[str, Any] = {
    "suspected": QT_TRANSLATE_NOOP("labels", "Suspected"),
    "investigating": QT_TRANSLATE_NOOP("labels", "Under investigation"),
    "confirmed": QT_TRANSLATE_NOOP("labels", "Confirmed illegal traffic"),
    "not-illegal": QT_TRANSLATE_NOOP("labels", "Not illegal (closed)"),
    "take-back-requested": QT_TRANSLATE_NOOP("labels", "Take-back requested"),
    "returned-or-disposed": QT_TRANSLATE_NOOP("labels", "Returned or disposed"),
    "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
}
GROUNDS: dict[str, Any] = {
    "a": QT_TRANSLATE_NOOP("labels", "(a) no notification to all States concerned"),
    "b": QT_TRANSLATE_NOOP("labels", "(b) no consent of a State concerned"),
    "c": QT_TRANSLATE_NOOP(
        "labels", "(c) consent obtained by falsification, misrepresentation or fraud"
    ),
    "d": QT_TRANSLATE_NOOP("labels", "(d) does not conform in a material way with the documents"),
    "e": QT_TRANSLATE_NOOP("labels", "(e) deliberate disposal (dumping)"),
}
CLOCK: dict[str, Any] = {
    "art9-30": QT_TRANSLATE_NOOP("labels", "Article 9: 30 days from when the State was informed"),
    "art8-90": QT_TRANSLATE_NOOP("labels", "Article 8: 90 days (re-import of a legal shipment)"),
    "none": QT_TRANSLATE_NOOP("labels", "No clock"),
}
PATH: dict[str, Any] = {
    "take-back": QT_TRANSLATE_NOOP("labels", "Take-back by the State of export"),
    "disposal-import-state": QT_TRANSLATE_NOOP("labels", "Disposal in the State of import"),
    "disposal-elsewhere": QT_TRANSLATE_NOOP("labels", "Disposal elsewhere (Art. 9(4))"),
    "undecided": QT_TRANSLATE_NOOP("labels", "Not decided yet"),
}
ROLES: dict[str, Any] = {
    "exporter": QT_TRANSLATE_NOOP("labels", "Exporter"),
    "importer": QT_TRANSLATE_NOOP("labels", "Importer / consignee"),
    "carrier": QT_TRANSLATE_NOOP("labels", "Carrier"),
    "generator": QT_TRANSLATE_NOOP("labels", "Generator"),
    "facility": QT_TRANSLATE_NOOP("labels", "Intended facility"),
}


def label(table: dict[str, Any], value: str | None) -> str:
    if not value:
        return ""
    source = table.get(value)
    return QCoreApplication.translate(C, str(source)) if source else value


def items(table: dict[str, Any]) -> list[tuple[str, str]]:
    return [(key, QCoreApplication.translate(C, str(text))) for key, text in table.items()]
