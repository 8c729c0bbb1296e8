"""The inspection form: every field of FACTS.md 5.2, validated beside the field, autosaved."""

from __future__ import annotations

import copy
import html
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDateTime, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor, Permission
from customs_desk.errors import CustomsDeskError, ValidationError
from customs_desk.handbooks.model import parse_citation
from customs_desk.records.common import InspectionView
from customs_desk.records.validation import Problems, parse_datetime
from customs_desk.ui.codes.aid_dialog import AidPicker, DecisionAidDialog
from customs_desk.ui.formats import datetime_text
from customs_desk.ui.i18n import tr_core
from customs_desk.ui.records import labels
from customs_desk.ui.records.party_picker import PartyPicker, country_combo
from customs_desk.ui.records.services import RecordServices
from customs_desk.ui.widgets import FieldError, ValidatingForm, show_error

AUTOSAVE_MS = 3000
W = TypeVar("W", bound=QWidget)
ERROR_BACKGROUND = QColor("#fde2e1")


def _combo(items: list[tuple[str, str]], empty: bool = True) -> QComboBox:
    combo = QComboBox()
    if empty:
        combo.addItem("—", "")
    for key, text in items:
        combo.addItem(text, key)
    return combo


def _set_combo(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(combo.findData(value or ""), 0))


def _number(value: float | None) -> float | None:
    return None if value is None or value < 0 else value


class PhotoList(QListWidget):
    """Thumbnails; drop files here to attach them."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(160, 160))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(8)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            event.acceptProposedAction()


def report_button(
    services: RecordServices, actor: Actor, record: str, key: Any, parent: QWidget
) -> QPushButton | None:
    """The PDF button of a record screen (none when reports are not wired, e.g. in tests)."""
    if services.reports is None or services.reports_dir is None:
        return None
    from customs_desk.ui.reports.button import make_report_button

    return make_report_button(
        services.reports(),
        key,
        record=record,
        output_dir=services.reports_dir,
        officer_name=actor.name,
        paper=services.paper,
        parent=parent,
    )


class InspectionForm(QWidget):
    closed = Signal()
    case_requested = Signal(object)
    citation_requested = Signal(str)
    saved = Signal()

    def __init__(
        self,
        services: RecordServices,
        actor: Actor,
        record_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionForm")
        self.s = services
        self.actor = actor
        self.view: InspectionView = services.inspections.get(record_id)
        self.correcting = False
        self._loading = False
        self._dirty = False
        self._errors: dict[str, FieldError] = {}
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("formTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.status = QLabel()
        self.status.setObjectName("formStatus")
        header.addWidget(self.title)
        header.addWidget(self.status)
        header.addStretch(1)
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setObjectName("saveDraft")
        self.finalize_button = QPushButton(self.tr("Finalize"))
        self.finalize_button.setObjectName("finalize")
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setObjectName("correct")
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.case_button = QPushButton(self.tr("Open case"))
        self.case_button.setObjectName("openCase")
        self.history_button = QPushButton(self.tr("History"))
        self.report_button = report_button(
            services, actor, "inspection", lambda: self.view.number or self.view.id, self
        )
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeForm")
        for button in (
            self.save_button,
            self.finalize_button,
            self.correct_button,
            self.withdraw_button,
            self.case_button,
            self.history_button,
            self.report_button,
            self.close_button,
        ):
            if button is not None:
                header.addWidget(button)
        outer.addLayout(header)
        self.banner = QLabel()
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("formTabs")
        outer.addWidget(self.tabs, 1)
        self._build_general()
        self._build_goods()
        self._build_parties()
        self._build_documents()
        self._build_outcome()
        self._build_photos()

        self.save_button.clicked.connect(self.save_draft)
        self.finalize_button.clicked.connect(self.finalize)
        self.correct_button.clicked.connect(self.start_correction)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.case_button.clicked.connect(self.open_case)
        self.history_button.clicked.connect(self.show_history)
        self.close_button.clicked.connect(self.close_form)
        self.load(self.view.payload)
        if self.view.status == "draft" and self._can_edit():
            services.inspections.open_session(actor, self.view.id)

    # Building -------------------------------------------------------------------------------
    def _page(self, title: str, name: str) -> QVBoxLayout:
        area = QScrollArea()
        area.setObjectName(name)
        area.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        area.setWidget(body)
        self.tabs.addTab(area, title)
        return layout

    def _form(self, layout: QVBoxLayout) -> ValidatingForm:
        form = ValidatingForm()
        layout.addWidget(form)
        return form

    def _row(self, form: ValidatingForm, key: str, label: str, widget: W) -> W:
        form.add_row(key, label, widget)
        self._errors[key] = form._errors[key]
        self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        for signal_name in (
            "textChanged",
            "currentIndexChanged",
            "valueChanged",
            "dateTimeChanged",
            "changed",
            "itemChanged",
            "cellChanged",
        ):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(self._changed)

    def _table_error(self, layout: QVBoxLayout, key: str) -> None:
        error = FieldError()
        layout.addWidget(error)
        self._errors[key] = error

    def _build_general(self) -> None:
        layout = self._page(self.tr("General"), "tabGeneral")
        form = self._form(layout)
        self.inspected_at = QDateTimeEdit()
        self.inspected_at.setCalendarPopup(True)
        self.inspected_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.tz_label = QLabel()
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.inspected_at)
        row.addWidget(self.tz_label)
        row.addStretch(1)
        self._watch(self.inspected_at)
        form.add_row("inspected_at", self.tr("Date and time"), box)
        self._errors["inspected_at"] = form._errors["inspected_at"]
        self.officers = self._row(
            form, "officers", self.tr("Officers (comma-separated)"), QLineEdit()
        )
        self.inspection_type = self._row(
            form,
            "inspection_type",
            self.tr("Type of inspection"),
            _combo(labels.items(labels.INSPECTION_TYPE)),
        )
        self.transport_mode = self._row(
            form,
            "transport_mode",
            self.tr("Mode of transport"),
            _combo(labels.items(labels.TRANSPORT)),
        )
        self.vessel = self._row(form, "conveyance.vessel", self.tr("Vessel"), QLineEdit())
        self.voyage = self._row(form, "conveyance.voyage", self.tr("Voyage"), QLineEdit())
        self.truck = self._row(form, "conveyance.truck_plate", self.tr("Truck plate"), QLineEdit())
        self.flight = self._row(form, "conveyance.flight", self.tr("Flight"), QLineEdit())
        self.transport_document = self._row(
            form, "transport_document", self.tr("Bill of lading / air waybill"), QLineEdit()
        )
        self.declaration = self._row(
            form, "declaration_number", self.tr("Customs declaration number"), QLineEdit()
        )
        layout.addWidget(QLabel(self.tr("Containers and seals (ISO 6346 numbers are checked)")))
        self.containers = QTableWidget(0, 2)
        self.containers.setObjectName("containersTable")
        self.containers.setHorizontalHeaderLabels(
            [self.tr("Container number"), self.tr("Seal numbers (comma-separated)")]
        )
        self.containers.horizontalHeader().setStretchLastSection(True)
        self.containers.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.containers.setMinimumHeight(120)
        self._watch(self.containers)
        layout.addWidget(self.containers)
        self._table_error(layout, "containers")
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add container"))
        add.setObjectName("addContainer")
        add.clicked.connect(lambda: self._add_row(self.containers))
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(lambda: self._remove_rows(self.containers))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _build_goods(self) -> None:
        layout = self._page(self.tr("Declaration and goods"), "tabGoods")
        form = self._form(layout)
        self.declared_hs = self._row(form, "declared_hs", self.tr("Declared HS code"), QLineEdit())
        self.declared_description = self._row(
            form, "declared_description", self.tr("Declared description"), QLineEdit()
        )
        self.declared_weight = self._row(
            form, "declared_weight_kg", self.tr("Declared weight (kg)"), self._kg()
        )
        self.found_weight = self._row(
            form, "found_weight_kg", self.tr("Weight found (kg)"), self._kg()
        )
        self.declared_pieces = self._row(
            form, "declared_pieces", self.tr("Declared pieces"), self._pieces()
        )
        self.found_pieces = self._row(
            form, "found_pieces", self.tr("Pieces found (unweighed)"), self._pieces()
        )
        value_box = QWidget()
        value_row = QHBoxLayout(value_box)
        value_row.setContentsMargins(0, 0, 0, 0)
        self.value = QDoubleSpinBox()
        self.value.setRange(-1, 1e12)
        self.value.setSpecialValueText("—")
        self.value.setValue(-1)
        self.value.setDecimals(2)
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("USD")
        self.currency.setFixedWidth(70)
        value_row.addWidget(self.value)
        value_row.addWidget(self.currency)
        value_row.addStretch(1)
        form.add_row("value", self.tr("Declared value and currency"), value_box)
        self._errors["value"] = form._errors["value"]
        self._errors["currency"] = form._errors["value"]
        self._watch(self.value)
        self._watch(self.currency)
        streams = [
            (w.id, labels.label(labels.STREAM, w.id) or w.title)
            for w in self.s.codes.dataset().waste_streams
        ]
        self.waste_stream = self._row(
            form, "waste_stream", self.tr("Waste stream"), _combo(streams)
        )
        layout.addWidget(
            QLabel(
                self.tr(
                    "Goods lines: codes are checked against the tables valid on the inspection date"
                )
            )
        )
        self.goods = QTableWidget(0, 7)
        self.goods.setObjectName("goodsTable")
        self.goods.setHorizontalHeaderLabels(
            [
                self.tr("Description"),
                self.tr("Declared HS"),
                self.tr("Suspected Basel codes"),
                self.tr("Y codes"),
                self.tr("H codes"),
                self.tr("UN number"),
                self.tr("Weight (kg)"),
            ]
        )
        # The description takes the spare width; code columns fit their header in every
        # language (a fixed width clipped "Suspected Basel codes").
        goods_header = self.goods.horizontalHeader()
        goods_header.setStretchLastSection(False)
        goods_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.goods.columnCount()):
            goods_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.goods.setMinimumHeight(180)
        self._watch(self.goods)
        layout.addWidget(self.goods)
        self._table_error(layout, "goods")
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add line"))
        add.setObjectName("addGoods")
        add.clicked.connect(lambda: self._add_row(self.goods))
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(lambda: self._remove_rows(self.goods))
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _kg(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-1, 1e9)
        box.setDecimals(0)
        box.setSpecialValueText("—")
        box.setValue(-1)
        box.setSuffix(" kg")
        return box

    def _pieces(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(-1, 10**9)
        box.setSpecialValueText("—")
        box.setValue(-1)
        return box

    def _build_parties(self) -> None:
        layout = self._page(self.tr("Parties and route"), "tabParties")
        form = self._form(layout)
        self.parties: dict[str, PartyPicker] = {}
        for role, text in labels.items(labels.ROLES):
            picker = PartyPicker(self.s.parties, self.actor, watchlist=self.s.watchlist)
            picker.setObjectName(f"party-{role}")
            self.parties[role] = picker
            self._row(form, f"parties.{role}", text, picker)
        self.export_country = self._row(
            form, "route.export_country", self.tr("Country of export"), country_combo()
        )
        self.transit = self._row(
            form,
            "route.transit_countries",
            self.tr("Transit countries (codes, comma-separated)"),
            QLineEdit(),
        )
        self.import_country = self._row(
            form, "route.import_country", self.tr("Country of import"), country_combo()
        )
        self.port_loading = self._row(
            form, "route.port_of_loading", self.tr("Port of loading"), QLineEdit()
        )
        self.port_discharge = self._row(
            form, "route.port_of_discharge", self.tr("Port of discharge"), QLineEdit()
        )
        self.transshipment = self._row(
            form,
            "route.transshipment_ports",
            self.tr("Transshipment ports (comma-separated)"),
            QLineEdit(),
        )
        layout.addStretch(1)

    def _build_documents(self) -> None:
        layout = self._page(self.tr("Documents and risk"), "tabDocuments")
        form = self._form(layout)
        self.notification_number = self._row(
            form, "documents.notification_number", self.tr("Notification number"), QLineEdit()
        )
        states = labels.items(labels.DOCUMENT_STATE)
        self.doc_consent = self._row(form, "documents.consent", self.tr("Consent"), _combo(states))
        self.doc_movement = self._row(
            form, "documents.movement_document", self.tr("Movement document"), _combo(states)
        )
        self.doc_tests = self._row(
            form,
            "documents.test_certificates",
            self.tr("Test certificates (used EEE)"),
            _combo(states),
        )
        self.doc_invoice = self._row(
            form, "documents.invoice_contract", self.tr("Invoice and contract"), _combo(states)
        )
        self.doc_other = self._row(form, "documents.other", self.tr("Other documents"), QLineEdit())
        layout.addWidget(QLabel(self.tr("Risk indicators found")))
        self.risks = QListWidget()
        self.risks.setObjectName("riskList")
        self.risks.setWordWrap(True)
        for item in self.s.codes.risk_indicators():
            # Bundled indicators are translated; a post's own ones stay as the post wrote them.
            entry = QListWidgetItem(QCoreApplication.translate("risk_indicators", item.text))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            if item.mark != "V":
                entry.setToolTip(self.tr("Not fully confirmed in the sources"))
            self.risks.addItem(entry)
        self._watch(self.risks)
        layout.addWidget(self.risks, 1)

    def _build_outcome(self) -> None:
        layout = self._page(self.tr("Findings and outcome"), "tabOutcome")
        form = self._form(layout)
        self.findings = self._row(form, "findings", self.tr("Findings"), QPlainTextEdit())
        self.findings.setMinimumHeight(110)
        self.outcome = self._row(
            form, "outcome", self.tr("Outcome"), _combo(labels.items(labels.OUTCOME))
        )
        self.notes = self._row(form, "notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(80)
        layout.addWidget(QLabel(self.tr("Handbook citations")))
        self.citations = QListWidget()
        self.citations.setObjectName("citationList")
        self.citations.setMaximumHeight(100)
        self.citations.itemActivated.connect(lambda item: self.citation_requested.emit(item.text()))
        layout.addWidget(self.citations)
        self._table_error(layout, "citations")
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add citation…"))
        add.setObjectName("addCitation")
        add.clicked.connect(self.add_citation)
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(self._remove_citations)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(self.tr("Decision aids (the answers and outcome are kept with this inspection)"))
        )
        layout.addWidget(AidPicker(self.s.decision_aids, self.run_aid))
        self.aid_results = QLabel()
        self.aid_results.setObjectName("aidResults")
        self.aid_results.setWordWrap(True)
        self.aid_results.setTextFormat(Qt.TextFormat.RichText)
        self.aid_results.linkActivated.connect(self.citation_requested.emit)
        layout.addWidget(self.aid_results)
        layout.addStretch(1)

    def _build_photos(self) -> None:
        area = QWidget()
        layout = QVBoxLayout(area)
        hint = QLabel(
            self.tr(
                "Add photos from disk or drop them here. The original file is kept unchanged with its SHA-256."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.photos = PhotoList()
        self.photos.setObjectName("photoList")
        self.photos.files_dropped.connect(self.add_photos)
        self.photos.itemDoubleClicked.connect(self.edit_caption)
        layout.addWidget(self.photos, 1)
        self.photo_detail = QLabel()
        self.photo_detail.setWordWrap(True)
        self.photo_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photos.currentItemChanged.connect(self._photo_selected)
        layout.addWidget(self.photo_detail)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add photos…"))
        add.setObjectName("addPhotos")
        add.clicked.connect(self._choose_photos)
        row.addWidget(add)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(area, self.tr("Photos"))

    # Tables -----------------------------------------------------------------------------------
    def _add_row(self, table: QTableWidget, values: list[str] | None = None) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column in range(table.columnCount()):
            table.setItem(
                row,
                column,
                QTableWidgetItem((values or [])[column] if values and column < len(values) else ""),
            )
        self._changed()

    def _remove_rows(self, table: QTableWidget) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)
        self._changed()

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    # Payload <-> widgets --------------------------------------------------------------------
    def load(self, payload: dict[str, Any]) -> None:
        self._loading = True
        try:
            tz = ZoneInfo(payload.get("timezone") or "UTC")
            inspected = parse_datetime(payload.get("inspected_at")) or datetime.now(UTC)
            local = inspected.astimezone(tz)
            self.inspected_at.setDateTime(
                QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
            )
            self.tz_label.setText(payload.get("timezone", ""))
            self.officers.setText(", ".join(payload.get("officers") or []))
            _set_combo(self.inspection_type, payload.get("inspection_type"))
            _set_combo(self.transport_mode, payload.get("transport_mode"))
            conveyance = payload.get("conveyance") or {}
            self.vessel.setText(conveyance.get("vessel", ""))
            self.voyage.setText(conveyance.get("voyage", ""))
            self.truck.setText(conveyance.get("truck_plate", ""))
            self.flight.setText(conveyance.get("flight", ""))
            self.transport_document.setText(payload.get("transport_document", ""))
            self.declaration.setText(payload.get("declaration_number", ""))
            self.containers.setRowCount(0)
            for container in payload.get("containers") or []:
                self._add_row(
                    self.containers,
                    [container.get("number", ""), ", ".join(container.get("seals") or [])],
                )
            self.declared_hs.setText(payload.get("declared_hs", ""))
            self.declared_description.setText(payload.get("declared_description", ""))
            for box, key in (
                (self.declared_weight, "declared_weight_kg"),
                (self.found_weight, "found_weight_kg"),
                (self.value, "value"),
            ):
                value = payload.get(key)
                box.setValue(-1 if value is None else float(value))
            for pbox, key in (
                (self.declared_pieces, "declared_pieces"),
                (self.found_pieces, "found_pieces"),
            ):
                value = payload.get(key)
                pbox.setValue(-1 if value is None else int(value))
            self.currency.setText(payload.get("currency", ""))
            _set_combo(self.waste_stream, payload.get("waste_stream"))
            self.goods.setRowCount(0)
            for line in payload.get("goods") or []:
                weight = line.get("weight_kg")
                self._add_row(
                    self.goods,
                    [
                        line.get("description", ""),
                        line.get("declared_hs", ""),
                        " ".join(line.get("basel_codes") or []),
                        " ".join(line.get("y_codes") or []),
                        " ".join(line.get("h_codes") or []),
                        line.get("un_number", ""),
                        "" if weight is None else f"{weight:g}",
                    ],
                )
            parties = payload.get("parties") or {}
            for role, picker in self.parties.items():
                picker.set_value(parties.get(role))
            route = payload.get("route") or {}
            _set_combo(self.export_country, route.get("export_country"))
            _set_combo(self.import_country, route.get("import_country"))
            self.transit.setText(", ".join(route.get("transit_countries") or []))
            self.port_loading.setText(route.get("port_of_loading", ""))
            self.port_discharge.setText(route.get("port_of_discharge", ""))
            self.transshipment.setText(", ".join(route.get("transshipment_ports") or []))
            documents = payload.get("documents") or {}
            self.notification_number.setText(documents.get("notification_number", ""))
            _set_combo(self.doc_consent, documents.get("consent"))
            _set_combo(self.doc_movement, documents.get("movement_document"))
            _set_combo(self.doc_tests, documents.get("test_certificates"))
            _set_combo(self.doc_invoice, documents.get("invoice_contract"))
            self.doc_other.setText(documents.get("other", ""))
            chosen = set(payload.get("risk_indicators") or [])
            for i in range(self.risks.count()):
                item = self.risks.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in chosen
                    else Qt.CheckState.Unchecked
                )
            self.findings.setPlainText(payload.get("findings", ""))
            _set_combo(self.outcome, payload.get("outcome"))
            self.notes.setPlainText(payload.get("notes", ""))
            self.citations.clear()
            for cite in payload.get("citations") or []:
                self.citations.addItem(cite)
        finally:
            self._loading = False
        self._dirty = False
        self.refresh_side()
        self._update_state()

    def payload(self) -> dict[str, Any]:
        data = copy.deepcopy(self.view.payload)
        tz = ZoneInfo(data.get("timezone") or "UTC")
        qdt = self.inspected_at.dateTime()
        local = datetime(
            qdt.date().year(),
            qdt.date().month(),
            qdt.date().day(),
            qdt.time().hour(),
            qdt.time().minute(),
            tzinfo=tz,
        )
        data["inspected_at"] = local.isoformat()
        data["officers"] = [o.strip() for o in self.officers.text().split(",") if o.strip()]
        data["inspection_type"] = self.inspection_type.currentData() or None
        data["transport_mode"] = self.transport_mode.currentData() or None
        data["conveyance"] = {
            k: v
            for k, v in (
                ("vessel", self.vessel.text().strip()),
                ("voyage", self.voyage.text().strip()),
                ("truck_plate", self.truck.text().strip()),
                ("flight", self.flight.text().strip()),
            )
            if v
        }
        data["transport_document"] = self.transport_document.text().strip()
        data["declaration_number"] = self.declaration.text().strip()
        data["containers"] = [
            {
                "number": self._cell(self.containers, r, 0),
                "seals": [
                    x.strip() for x in self._cell(self.containers, r, 1).split(",") if x.strip()
                ],
            }
            for r in range(self.containers.rowCount())
            if self._cell(self.containers, r, 0) or self._cell(self.containers, r, 1)
        ]
        data["declared_hs"] = self.declared_hs.text().strip()
        data["declared_description"] = self.declared_description.text().strip()
        data["declared_weight_kg"] = _number(self.declared_weight.value())
        data["found_weight_kg"] = _number(self.found_weight.value())
        data["declared_pieces"] = (
            None if self.declared_pieces.value() < 0 else self.declared_pieces.value()
        )
        data["found_pieces"] = None if self.found_pieces.value() < 0 else self.found_pieces.value()
        data["value"] = _number(self.value.value())
        data["currency"] = self.currency.text().strip().upper()
        data["waste_stream"] = self.waste_stream.currentData() or ""
        goods = []
        for r in range(self.goods.rowCount()):
            cells = [self._cell(self.goods, r, c) for c in range(7)]
            if not any(cells):
                continue
            try:
                weight: float | None = float(cells[6].replace(",", "")) if cells[6] else None
            except ValueError:
                weight = -1.0
            goods.append(
                {
                    "description": cells[0],
                    "declared_hs": cells[1],
                    "basel_codes": cells[2].upper().replace(",", " ").split(),
                    "y_codes": cells[3].upper().replace(",", " ").split(),
                    "h_codes": cells[4].upper().replace(",", " ").split(),
                    "un_number": cells[5],
                    "weight_kg": weight,
                }
            )
        data["goods"] = goods
        data["parties"] = {
            role: picker.value() for role, picker in self.parties.items() if picker.value()
        }
        data["route"] = {
            "export_country": self.export_country.currentData() or "",
            "transit_countries": [
                c.strip().upper() for c in self.transit.text().split(",") if c.strip()
            ],
            "import_country": self.import_country.currentData() or "",
            "port_of_loading": self.port_loading.text().strip(),
            "port_of_discharge": self.port_discharge.text().strip(),
            "transshipment_ports": [
                p.strip() for p in self.transshipment.text().split(",") if p.strip()
            ],
        }
        data["documents"] = {
            "notification_number": self.notification_number.text().strip(),
            "consent": self.doc_consent.currentData() or None,
            "movement_document": self.doc_movement.currentData() or None,
            "test_certificates": self.doc_tests.currentData() or None,
            "invoice_contract": self.doc_invoice.currentData() or None,
            "other": self.doc_other.text().strip(),
        }
        data["risk_indicators"] = [
            str(self.risks.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.risks.count())
            if self.risks.item(i).checkState() == Qt.CheckState.Checked
        ]
        data["findings"] = self.findings.toPlainText()
        data["outcome"] = self.outcome.currentData() or None
        data["notes"] = self.notes.toPlainText()
        data["citations"] = [self.citations.item(i).text() for i in range(self.citations.count())]
        data["attachments"] = [a.entry() for a in self.s.attachments.for_record(self.view.id)]
        return data

    # State -----------------------------------------------------------------------------------
    def _can_edit(self) -> bool:
        if not self.view.own_post or not self.actor.can(Permission.EDIT_RECORDS):
            return False
        return self.view.created_by == self.actor.user_id or self.actor.can(
            Permission.REOPEN_RECORDS
        )

    def editable(self) -> bool:
        return self._can_edit() and (self.view.status == "draft" or self.correcting)

    def _update_state(self) -> None:
        self.title.setText(self.view.number or self.tr("New inspection (draft)"))
        status = labels.label(labels.STATUS, self.view.status)
        if self.view.revision > 1:
            status += " · " + self.tr("revision {n}").format(n=self.view.revision)
        if not self.view.own_post:
            status += " · " + self.tr("from post {post} (read only)").format(
                post=self.view.post_code
            )
        self.status.setText(status)
        editable = self.editable()
        draft = self.view.status == "draft"
        texts: list[QLineEdit | QPlainTextEdit] = [
            *self.findChildren(QLineEdit),
            *self.findChildren(QPlainTextEdit),
        ]
        for text_widget in texts:
            if not isinstance(text_widget.parent(), QComboBox):
                text_widget.setReadOnly(not editable)
        others: list[QWidget] = [
            *self.findChildren(QComboBox),
            *self.findChildren(QDateTimeEdit),
            *self.findChildren(QDoubleSpinBox),
            *self.findChildren(QSpinBox),
            self.containers,
            self.goods,
            self.risks,
        ]
        for other in others:
            other.setEnabled(editable)
        for picker in self.parties.values():
            picker.setReadOnly(not editable)
        self.save_button.setVisible(draft or self.correcting)
        self.save_button.setText(
            self.tr("Save correction…") if self.correcting else self.tr("Save draft")
        )
        self.save_button.setEnabled(editable)
        self.finalize_button.setVisible(draft)
        self.finalize_button.setEnabled(editable)
        self.correct_button.setVisible(self.view.status == "final" and not self.correcting)
        self.correct_button.setEnabled(self._can_edit())
        self.withdraw_button.setVisible(self.view.status == "final" and not self.correcting)
        self.withdraw_button.setEnabled(self._can_edit())
        self.case_button.setVisible(self.view.status == "final")
        self.case_button.setEnabled(self.view.own_post)

    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._dirty = True
        if self.view.status == "draft" and self.editable():
            self._autosave.start()

    # Messages ---------------------------------------------------------------------------------
    def show_problems(self, problems: Problems) -> None:
        for error in self._errors.values():
            error.show_message("")
        for table in (self.containers, self.goods):
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    item = table.item(r, c)
                    if item is not None:
                        item.setBackground(QColor("transparent"))
                        item.setToolTip("")
        table_messages: dict[str, list[str]] = {"containers": [], "goods": [], "citations": []}
        columns = {
            "description": 0,
            "declared_hs": 1,
            "basel_codes": 2,
            "y_codes": 3,
            "h_codes": 4,
            "un_number": 5,
            "weight_kg": 6,
        }
        unplaced = []
        for path, message in problems.errors.items():
            text = tr_core(message)
            parts = path.split(".")
            if parts[0] in ("containers", "goods") and len(parts) >= 3 and parts[1].isdigit():
                row = int(parts[1])
                table = self.containers if parts[0] == "containers" else self.goods
                column = (
                    0
                    if parts[0] == "containers" and parts[2] == "number"
                    else 1
                    if parts[0] == "containers"
                    else columns.get(parts[2], 0)
                )
                item = table.item(row, column)
                if item is not None:
                    item.setBackground(ERROR_BACKGROUND)
                    item.setToolTip(text)
                table_messages[parts[0]].append(
                    self.tr("Line {n}: {message}").format(n=row + 1, message=text)
                )
            elif path in self._errors:
                self._errors[path].show_message(text)
            elif parts[0] in table_messages:
                table_messages[parts[0]].append(text)
            else:
                unplaced.append(f"{path}: {text}")
        for key, messages in table_messages.items():
            self._errors[key].show_message("\n".join(messages))
        warnings = [tr_core(m) for m in problems.warnings.values()]
        self._set_banner(unplaced, warnings)

    def _set_banner(self, errors: list[str], warnings: list[str]) -> None:
        lines = [f"<span style='color:#b00020'>{html.escape(e)}</span>" for e in errors]
        lines += [f"<span style='color:#8a5300'>⚠ {html.escape(w)}</span>" for w in warnings]
        self.banner.setText("<br>".join(lines))
        self.banner.setVisible(bool(lines))

    def _duplicates_warning(self, payload: dict[str, Any]) -> list[str]:
        found = self.s.inspections.duplicates(self.view.id, payload)
        return [
            self.tr("Possible duplicate: {record} has the same {what} in the last 90 days.").format(
                record=r, what=w
            )
            for r, w in found
        ]

    # Actions ---------------------------------------------------------------------------------
    def autosave(self) -> None:
        if self.view.status != "draft" or not self.editable() or not self._dirty:
            return
        try:
            self.view, _problems = self.s.inspections.save_draft(
                self.actor, self.view.id, self.payload(), autosave=True
            )
        except CustomsDeskError:
            return  # an explicit save will report it
        self._dirty = False

    def save_draft(self) -> None:
        if self.correcting:
            self.save_correction()
            return
        payload = self.payload()
        try:
            self.view, problems = self.s.inspections.save_draft(self.actor, self.view.id, payload)
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self._dirty = False
        problems.warnings.update(
            {f"duplicate{i}": w for i, w in enumerate(self._duplicates_warning(payload))}
        )
        self.show_problems(problems)
        self.saved.emit()

    def finalize(self) -> bool:
        payload = self.payload()
        problems = self.s.inspections.check(payload)
        if not problems.ok:
            self.show_problems(problems)
            self.save_draft_silently(payload)
            summary = self.tr(
                "The record cannot be finalized yet: {n} problems are marked beside the fields. It was saved as a draft."
            ).format(n=len(problems.errors))
            self.banner.setText(
                f"<b style='color:#b00020'>{html.escape(summary)}</b><br>" + self.banner.text()
            )
            self.banner.show()
            return False
        try:
            self.view = self.s.inspections.finalize(self.actor, self.view.id, payload)
        except ValidationError as exc:
            self.show_problems(Problems(errors=dict(exc.problems)))
            return False
        except CustomsDeskError as exc:
            show_error(self, exc)
            return False
        self._dirty = False
        self.s.inspections.close_session(self.view.id)
        warnings = self._duplicates_warning(self.view.payload) + [
            tr_core(w) for w in problems.warnings.values()
        ]
        self.show_problems(Problems(warnings={str(i): w for i, w in enumerate(warnings)}))
        self._update_state()
        self.refresh_side()
        self.saved.emit()
        return True

    def save_draft_silently(self, payload: dict[str, Any]) -> None:
        try:
            self.view, _ = self.s.inspections.save_draft(
                self.actor, self.view.id, payload, autosave=True
            )
            self._dirty = False
        except CustomsDeskError:
            pass

    def start_correction(self) -> None:
        self.correcting = True
        self._update_state()

    def save_correction(self, reason: str | None = None) -> bool:
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Correct a finalized record"),
                self.tr("Why is the record corrected? (kept in its history)"),
            )
            if not ok:
                return False
        try:
            self.view = self.s.inspections.correct(self.actor, self.view.id, self.payload(), reason)
        except ValidationError as exc:
            self.show_problems(Problems(errors=dict(exc.problems)))
            return False
        except CustomsDeskError as exc:
            show_error(self, exc)
            return False
        self.correcting = False
        self._dirty = False
        self.show_problems(Problems())
        self._update_state()
        self.saved.emit()
        return True

    def withdraw(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Withdraw the record"),
            self.tr("Why is the record withdrawn? It is kept, marked as withdrawn."),
        )
        if not ok:
            return
        try:
            self.view = self.s.inspections.void(self.actor, self.view.id, reason)
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self._update_state()
        self.saved.emit()

    def open_case(self) -> None:
        existing = self.s.cases.for_inspection(self.view.id)
        if existing:
            self.case_requested.emit(existing[0].id)
            return
        try:
            case = self.s.cases.open_case(self.actor, self.view.id)
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.case_requested.emit(case.id)

    def show_history(self) -> None:
        history = self.s.inspections.history(self.view.id)
        if not history:
            QMessageBox.information(
                self,
                self.tr("History"),
                self.tr("A draft has no history yet; it starts when the record is finalized."),
            )
            return
        from customs_desk.ui.records.history import HistoryDialog

        HistoryDialog(history, self).exec()

    def _remove_citations(self) -> None:
        for item in self.citations.selectedItems():
            self.citations.takeItem(self.citations.row(item))
        self._changed()

    def add_citation(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Add a citation"),
            self.tr(
                "Paste a citation copied from the handbook reader (e.g. basel-at-the-border §take-back-clocks ¶3):"
            ),
        )
        if ok and text.strip():
            if parse_citation(text) is None:
                self._errors["citations"].show_message(
                    self.tr("'{text}' is not a handbook citation.").format(text=text)
                )
                return
            self.citations.addItem(text.strip())
            self._errors["citations"].show_message("")
            self._changed()

    def run_aid(self, aid: Any) -> None:
        dialog = DecisionAidDialog(
            self.s.decision_aids,
            aid,
            self.actor,
            inspection_id=self.view.id,
            on_citation=self.citation_requested.emit,
            parent=self,
        )
        if dialog.exec() and dialog.saved is not None:
            self.refresh_side()

    def refresh_side(self) -> None:
        results = self.s.decision_aids.for_inspection(self.view.id)
        self.aid_results.setText(
            "<br>".join(
                f"<b>{html.escape(r.aid_title)}</b>: {html.escape(r.outcome_title)} "
                + " ".join(
                    f"<a href='{html.escape(c)}'>[{i + 1}]</a>" for i, c in enumerate(r.citations)
                )
                for r in results
            )
        )
        self.refresh_photos()

    # Photos -----------------------------------------------------------------------------------
    def _choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.pdf)"),
        )
        self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> list[str]:
        problems: list[str] = []
        if not self._can_edit():
            return problems
        for path in paths:
            try:
                self.s.attachments.add(self.actor, self.view.id, path)
            except ValidationError as exc:
                problems.extend(tr_core(m) for m in exc.problems.values())
            except CustomsDeskError as exc:
                problems.append(tr_core(exc.message))
        if self.view.status == "final":
            # A photo added later is part of the record's history: a correction with a reason.
            names = ", ".join(p.name for p in paths)
            try:
                self.view = self.s.inspections.correct(
                    self.actor, self.view.id, self.payload(), f"Photos added: {names}"
                )
            except CustomsDeskError as exc:
                problems.append(tr_core(exc.message))
        else:
            self._changed()
        self.refresh_photos()
        if problems:
            QMessageBox.warning(self, self.tr("Some files were not added"), "\n".join(problems))
        return problems

    def refresh_photos(self) -> None:
        self.photos.clear()
        for attachment in self.s.attachments.for_record(self.view.id):
            thumb = self.s.attachments.derived(attachment, "thumb")
            item = QListWidgetItem(
                QIcon(str(thumb)) if thumb else QIcon(), attachment.caption or attachment.filename
            )
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            self.photos.addItem(item)

    def _photo_selected(self, item: QListWidgetItem | None, _prev: Any = None) -> None:
        if item is None:
            self.photo_detail.clear()
            return
        a = item.data(Qt.ItemDataRole.UserRole)
        location = ""
        if "latitude" in a.exif:
            location = self.tr("Location: {lat}, {lon}").format(
                lat=a.exif["latitude"], lon=a.exif["longitude"]
            )
        taken = a.exif.get("datetime_original") or a.exif.get("datetime") or ""
        taken_label = self.tr("Taken")
        self.photo_detail.setText(
            f"{a.filename} · {a.size:,} bytes · SHA-256 {a.sha256}\n"
            + self.tr("Added by {who} on {when}").format(
                who=a.added_by, when=datetime_text(a.added_at)
            )
            + (f"\n{taken_label}: {taken}" if taken else "")
            + (f"\n{location}" if location else "")
        )

    def edit_caption(self, item: QListWidgetItem) -> None:
        a = item.data(Qt.ItemDataRole.UserRole)
        text, ok = QInputDialog.getText(
            self,
            self.tr("Caption"),
            self.tr("Caption for {name}:").format(name=a.filename),
            text=a.caption,
        )
        if ok:
            self.s.attachments.set_caption(self.actor, a.id, text)
            self.refresh_photos()
            self._changed()

    # Closing ----------------------------------------------------------------------------------
    def flush(self) -> None:
        """Save typing now (before sign-out, lock, language change or close)."""
        self._autosave.stop()
        if self._dirty and self.view.status == "draft" and self.editable():
            self.save_draft_silently(self.payload())

    def close_form(self) -> None:
        self.flush()
        if self.correcting and self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved correction"),
                self.tr("Discard the changes of this correction?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.s.inspections.close_session(self.view.id)
        self.closed.emit()

    def open_url(self, url: QUrl) -> None:  # pragma: no cover - reserved for links in banners
        del url
