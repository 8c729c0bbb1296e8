"""English labels for the values stored in records, as printed on reports.

The same words as the interface's ``ui/records/labels.py`` (which needs Qt); here they are
:class:`~customs_desk.i18n.Msg` so ``scripts/i18n.py`` extracts them for translation.
"""

from __future__ import annotations

from customs_desk.i18n import Msg

STATUS = {"draft": Msg("draft"), "final": Msg("finalized"), "void": Msg("withdrawn")}
INSPECTION_TYPE = {
    "documentary": Msg("Documentary check"),
    "physical": Msg("Physical examination"),
    "xray": Msg("X-ray / scan"),
    "sampling": Msg("Sampling"),
    "company-site": Msg("Company site visit"),
}
TRANSPORT = {
    "sea": Msg("Sea"),
    "road": Msg("Road"),
    "rail": Msg("Rail"),
    "air": Msg("Air"),
    "inland-water": Msg("Inland waterway"),
    "post": Msg("Post / express"),
}
OUTCOME = {
    "released": Msg("Released"),
    "held": Msg("Held"),
    "detained": Msg("Detained"),
    "seized": Msg("Seized"),
    "refused-entry": Msg("Refused entry"),
    "returned": Msg("Returned"),
    "referred": Msg("Referred to the competent authority"),
}
DOCUMENT_STATE = {
    "presented": Msg("presented"),
    "missing": Msg("missing"),
    "not-applicable": Msg("not applicable"),
}
CASE_STATUS = {
    "suspected": Msg("Suspected"),
    "investigating": Msg("Under investigation"),
    "confirmed": Msg("Confirmed illegal traffic"),
    "not-illegal": Msg("Not illegal (closed)"),
    "take-back-requested": Msg("Take-back requested"),
    "returned-or-disposed": Msg("Returned or disposed"),
    "closed": Msg("Closed"),
}
GROUNDS = {
    "a": Msg("(a) no notification to all States concerned"),
    "b": Msg("(b) no consent of a State concerned"),
    "c": Msg("(c) consent obtained by falsification, misrepresentation or fraud"),
    "d": Msg("(d) does not conform in a material way with the documents"),
    "e": Msg("(e) deliberate disposal (dumping)"),
}
CLOCK = {
    "art9-30": Msg("Article 9: 30 days from when the State was informed"),
    "art8-90": Msg("Article 8: 90 days (re-import of a legal shipment)"),
    "none": Msg("No clock"),
}
PATH = {
    "take-back": Msg("Take-back by the State of export"),
    "disposal-import-state": Msg("Disposal in the State of import"),
    "disposal-elsewhere": Msg("Disposal elsewhere (Art. 9(4))"),
    "undecided": Msg("Not decided yet"),
}
RESPONSIBILITY = {
    "exporter": Msg("Exporter or generator (Art. 9(2))"),
    "importer": Msg("Importer or disposer (Art. 9(3))"),
    "undetermined": Msg("Cannot be assigned (Art. 9(4))"),
}
ROLES = {
    "exporter": Msg("Exporter"),
    "importer": Msg("Importer / consignee"),
    "carrier": Msg("Carrier"),
    "generator": Msg("Generator"),
    "facility": Msg("Intended facility"),
}
DOCUMENTS = {
    "notification_number": Msg("Notification number"),
    "consent": Msg("Consent of the States concerned"),
    "movement_document": Msg("Movement document"),
    "test_certificates": Msg("Functionality test certificates"),
    "invoice_contract": Msg("Invoice or contract"),
    "other": Msg("Other documents"),
}


def label(table: dict[str, Msg], value: object) -> str:
    """The label of a stored value; unknown values are printed as they are."""
    if value in (None, ""):
        return ""
    return str(table.get(str(value), value))
