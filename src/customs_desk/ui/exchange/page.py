"""The Exchange page. Posts send records and receive receipts and updates; the secretariat
imports, sees every post, resolves conflicts, looks at the quarantine and makes updates."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.errors import CustomsDeskError
from customs_desk.exchange.container import read_header
from customs_desk.exchange.keys import KeyService, display_fingerprint, read_public_key
from customs_desk.exchange.records import ExportResult, RecordExchange, differences
from customs_desk.exchange.updates import UpdateContent, UpdateExchange
from customs_desk.ui.exchange.dialogs import (
    ImportDialog,
    JsonView,
    RevokeDialog,
    TrustKeyDialog,
    UpdateDialog,
    error_text,
    mono,
)
from customs_desk.ui.exchange.drives import packages_on, removable_destinations
from customs_desk.ui.exchange.models import RowsModel
from customs_desk.ui.formats import date_text, datetime_text
from customs_desk.ui.operations import run_in_background
from customs_desk.ui.widgets import ERROR_STYLE

OK_STYLE = "color: #1b5e20;"


@dataclass(frozen=True)
class ExchangeServices:
    keys: KeyService
    exchange: RecordExchange
    updates: UpdateExchange
    clock: Clock
    is_secretariat: bool


def when(value: Any) -> str:
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    return "" if value is None else str(value)


def table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAlternatingRowColors(True)
    return view


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_message(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setText(text)
    label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)


class DestinationPicker(QWidget):
    """USB sticks found now, the folder used last time, or a folder the user chooses."""

    def __init__(self, settings: QSettings, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.key = key
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("destination")
        self.combo.setMinimumContentsLength(28)
        self.combo.activated.connect(self._activated)
        layout.addWidget(self.combo, 1)
        again = QPushButton(self.tr("Look for USB sticks"))
        again.clicked.connect(self.refresh)
        layout.addWidget(again)
        self.refresh()

    def refresh(self) -> None:
        current = self.folder()
        self.combo.clear()
        for drive in removable_destinations():
            free = drive.bytes_free / 1e9
            self.combo.addItem(
                self.tr("USB: {label}, {gb:.1f} GB free").format(label=drive.label, gb=free),
                str(drive.path),
            )
        last = self.settings.value(self.key, "", str)
        if last and Path(str(last)).is_dir() and self.combo.findData(str(last)) < 0:
            self.combo.addItem(str(last), str(last))
        self.combo.addItem(self.tr("Choose a folder…"), None)
        if current is not None:
            self.set_folder(current)
        elif self.combo.count() > 1:
            self.combo.setCurrentIndex(0)

    def set_folder(self, folder: Path) -> None:
        index = self.combo.findData(str(folder))
        if index < 0:
            self.combo.insertItem(self.combo.count() - 1, str(folder), str(folder))
            index = self.combo.findData(str(folder))
        self.combo.setCurrentIndex(index)
        self.settings.setValue(self.key, str(folder))

    def folder(self) -> Path | None:
        data = self.combo.currentData()
        return Path(data) if data else None

    def _activated(self, _index: int) -> None:
        if self.combo.currentData() is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Write the package to"))
            if chosen:
                self.set_folder(Path(chosen))
            elif self.combo.count() > 1:
                self.combo.setCurrentIndex(0)


class SendTab(QWidget):
    """A post writes its records to a USB stick for the secretariat."""

    changed = Signal()

    def __init__(self, s: ExchangeServices, actor: Actor, settings: QSettings) -> None:
        super().__init__()
        self.s = s
        self.actor = actor
        self.last: ExportResult | None = None
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("sendState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        box = QGroupBox(self.tr("Send records to the secretariat"))
        form = QFormLayout(box)
        self.destination = DestinationPicker(settings, "exchange/last_send_folder")
        form.addRow(self.tr("Write to"), self.destination)
        self.full = QCheckBox(
            self.tr("Send everything again (not only what the secretariat has not confirmed)")
        )
        self.full.setObjectName("fullExport")
        form.addRow("", self.full)
        self.non_nominal = QCheckBox(self.tr("Non-nominal: remove the names of individuals"))
        self.non_nominal.setObjectName("nonNominal")
        self.non_nominal.setToolTip(
            self.tr(
                "Officers' names and the names of parties who are persons are replaced by "
                "'(withheld)'; companies stay named. Audit events are not included."
            )
        )
        form.addRow("", self.non_nominal)
        self.write_button = QPushButton(self.tr("Write the package"))
        self.write_button.setObjectName("writePackage")
        self.write_button.clicked.connect(self.write)
        form.addRow("", self.write_button)
        self.progress = QProgressBar()
        self.progress.hide()
        form.addRow("", self.progress)
        layout.addWidget(box)
        self.result = message_label("sendResult")
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        summary = self.s.exchange.received_summary()
        secretariat = self.s.keys.recipients(kind="secretariat")
        if not secretariat:
            self.state.setText(
                self.tr(
                    "The secretariat's key is not trusted yet. Get its key file and trust it on "
                    "the Keys tab; packages are encrypted so that only the secretariat can read them."
                )
            )
            self.state.setStyleSheet(ERROR_STYLE)
            self.write_button.setEnabled(False)
            return
        self.write_button.setEnabled(True)
        self.state.setStyleSheet("")
        waiting = summary["revisions"] - summary["received"]
        self.state.setText(
            self.tr(
                "{received} of {total} record versions are confirmed received by the secretariat; "
                "{waiting} are waiting to be sent or confirmed."
            ).format(received=summary["received"], total=summary["revisions"], waiting=waiting)
        )

    def write(self) -> None:
        folder = self.destination.folder()
        if folder is None:
            show_message(self.result, self.tr("Choose where to write the package."), error=True)
            return
        self.write_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.result.clear()
        full = self.full.isChecked()
        profile = "non-nominal" if self.non_nominal.isChecked() else "full"

        def work(progress: Any) -> ExportResult:
            return self.s.exchange.export(
                self.actor, folder, full=full, profile=profile, progress=progress
            )

        self._operation = run_in_background(
            self, work, on_done=self._written, on_error=self._failed, on_progress=self._progress
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _written(self, result: ExportResult) -> None:
        self.last = result
        self.progress.hide()
        self.write_button.setEnabled(True)
        show_message(
            self.result,
            self.tr(
                "Wrote {file}: {n} record versions, {files} photos and files. It is encrypted for "
                "the secretariat and signed by this post. Remove the USB stick safely, then carry it."
            ).format(
                file=str(result.path),
                n=result.counts.get("revisions", 0),
                files=result.counts.get("files", 0),
            ),
        )
        self.refresh()
        self.changed.emit()

    def _failed(self, exc: CustomsDeskError) -> None:
        self.progress.hide()
        self.write_button.setEnabled(True)
        show_message(self.result, error_text(exc), error=True)


class ReceiveTab(QWidget):
    """Open any package: records (import), a receipt, or an update."""

    changed = Signal()

    def __init__(self, s: ExchangeServices, actor: Actor, settings: QSettings) -> None:
        super().__init__()
        self.s = s
        self.actor = actor
        self.settings = settings
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Packages on USB sticks are listed here. Open one: records packages are checked "
                "and shown before anything is imported; receipts mark your records as received; "
                "updates bring handbooks, codes and alerts from the secretariat."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        choose = QPushButton(self.tr("Open a package file…"))
        choose.setObjectName("openPackage")
        choose.clicked.connect(self.choose)
        again = QPushButton(self.tr("Look again"))
        again.clicked.connect(self.refresh)
        buttons.addWidget(choose)
        buttons.addWidget(again)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.found = QListWidget()
        self.found.setObjectName("foundPackages")
        self.found.itemActivated.connect(lambda item: self.open_package(Path(item.data(256))))
        layout.addWidget(self.found, 1)
        self.message = message_label("receiveMessage")
        layout.addWidget(self.message)
        self.refresh()

    def folders(self) -> list[Path]:
        folders = [d.path for d in removable_destinations()]
        for key in ("exchange/last_send_folder", "exchange/last_open_folder"):
            last = self.settings.value(key, "", str)
            if last and Path(str(last)).is_dir():
                folders.append(Path(str(last)))
        return folders

    def refresh(self) -> None:
        self.found.clear()
        kinds = {
            "records": self.tr("records"),
            "receipt": self.tr("receipt"),
            "update": self.tr("update"),
        }
        for path in packages_on(self.folders()):
            try:
                header = read_header(path)
                sender = header.raw.get("sender", {}).get("post_code", "?")
                text = self.tr("{name} — {kind} from {sender}, made {created}").format(
                    name=path.name,
                    kind=kinds.get(header.kind, header.kind),
                    sender=sender,
                    created=header.created[:16].replace("T", " "),
                )
            except CustomsDeskError as exc:
                text = f"{path.name} — {error_text(exc)}"
            item = QListWidgetItem(text)
            item.setData(256, str(path))
            self.found.addItem(item)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a package"),
            str(self.settings.value("exchange/last_open_folder", "", str) or ""),
            self.tr("Customs Desk packages (*.cdx)"),
        )
        if name:
            self.settings.setValue("exchange/last_open_folder", str(Path(name).parent))
            self.open_package(Path(name))

    def open_package(self, path: Path) -> None:
        self.message.clear()
        try:
            header = read_header(path)
        except CustomsDeskError as exc:
            show_message(self.message, error_text(exc), error=True)
            return
        if header.kind == "records":
            dialog = ImportDialog(
                self.s.exchange,
                self.actor,
                path,
                can_import=self.actor.can(Permission.IMPORT_PACKAGES),
                parent=self,
            )
            dialog.exec()
            if dialog.imported is not None:
                counts = dialog.imported.counts()
                show_message(
                    self.message,
                    self.tr(
                        "Imported {name}: {new} new, {updated} updated, {conflict} conflicts, {rejected} quarantined."
                    ).format(name=path.name, **counts),
                )
                self.changed.emit()
        elif header.kind == "receipt":
            self._apply_receipt(path)
        elif header.kind == "update":
            update = UpdateDialog(self.s.updates, self.actor, path, self)
            update.exec()
            if update.applied is not None:
                show_message(self.message, self.tr("Update applied."))
                self.changed.emit()
        self.refresh()

    def _apply_receipt(self, path: Path) -> None:
        try:
            body = self.s.exchange.apply_receipt(self.actor, path)
        except CustomsDeskError as exc:
            show_message(self.message, error_text(exc), error=True)
            return
        summary = self.s.exchange.received_summary()
        text = self.tr(
            "The secretariat confirmed the package. {received} of {total} record versions are now received."
        ).format(received=summary["received"], total=summary["revisions"])
        quarantined = body.get("quarantined") or []
        if quarantined:
            text += " " + self.tr(
                "{n} were refused there and will be sent again after correction: {reasons}"
            ).format(
                n=len(quarantined),
                reasons="; ".join(str(q.get("reason")) for q in quarantined[:3]),
            )
        show_message(self.message, text, error=bool(quarantined))
        self.changed.emit()


class LogTab(QWidget):
    def __init__(self, s: ExchangeServices) -> None:
        super().__init__()
        self.s = s
        layout = QVBoxLayout(self)
        directions = {"in": self.tr("received"), "out": self.tr("sent")}
        kinds = {
            "records": self.tr("records"),
            "receipt": self.tr("receipt"),
            "update": self.tr("update"),
        }

        def display(key: str, row: dict[str, Any]) -> str:
            if key == "at":
                return when(row["at"])
            if key == "direction":
                return directions.get(row["direction"], row["direction"])
            if key == "kind":
                return kinds.get(row["kind"], row["kind"])
            if key == "acknowledged_at":
                return when(row["acknowledged_at"]) if row["acknowledged_at"] else ""
            if key == "counts":
                counts = row["counts"]
                parts = [f"{k} {v}" for k, v in counts.items() if isinstance(v, int) and v]
                return ", ".join(parts[:6])
            return str(row.get(key, ""))

        self.model = RowsModel(
            [
                ("at", self.tr("When")),
                ("direction", self.tr("Direction")),
                ("kind", self.tr("Kind")),
                ("counterpart", self.tr("With")),
                ("file_name", self.tr("File")),
                ("by", self.tr("By")),
                ("acknowledged_at", self.tr("Confirmed")),
                ("counts", self.tr("Contents")),
            ],
            display,
            parent=self,
        )
        self.view = table(self.model, "exchangeLog")
        layout.addWidget(self.view)

    def refresh(self) -> None:
        self.model.set_rows(
            [
                {
                    "at": e.at,
                    "direction": e.direction,
                    "kind": e.kind,
                    "counterpart": e.counterpart,
                    "file_name": e.file_name,
                    "by": e.by,
                    "acknowledged_at": e.acknowledged_at,
                    "counts": e.counts,
                    "sha256": e.file_sha256,
                }
                for e in self.s.exchange.log(500)
            ]
        )

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)


class KeysTab(QWidget):
    def __init__(self, s: ExchangeServices, actor: Actor) -> None:
        super().__init__()
        self.s = s
        self.actor = actor
        layout = QVBoxLayout(self)
        own = self.s.exchange.own_public()
        box = QGroupBox(self.tr("This installation's key"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(QLabel(f"{own.post_name} ({own.post_code})"))
        self.fingerprint = QLabel(display_fingerprint(own.fingerprint))
        self.fingerprint.setObjectName("ownFingerprint")
        self.fingerprint.setFont(mono())
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self.fingerprint)
        explain = QLabel(
            self.tr(
                "Send the key file to the other side, then read this fingerprint to them by phone "
                "so they can check it before they trust it."
            )
        )
        explain.setWordWrap(True)
        box_layout.addWidget(explain)
        save = QPushButton(self.tr("Save my key file…"))
        save.setObjectName("saveKeyFile")
        save.clicked.connect(self.save_key_file)
        box_layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(box)
        trusted = QGroupBox(self.tr("Keys this installation trusts"))
        trusted_layout = QVBoxLayout(trusted)
        kinds = {"post": self.tr("post"), "secretariat": self.tr("secretariat")}

        def display(key: str, row: dict[str, Any]) -> str:
            if key == "fingerprint":
                return display_fingerprint(row["fingerprint"])
            if key == "kind":
                return kinds.get(row["kind"], row["kind"])
            if key == "trusted_at":
                return when(row["trusted_at"])
            if key == "state":
                if row["revoked_at"]:
                    return self.tr("revoked {day}: {reason}").format(
                        day=when(row["revoked_at"]), reason=row["revoked_reason"]
                    )
                return self.tr("trusted")
            return str(row.get(key, ""))

        self.model = RowsModel(
            [
                ("post_code", self.tr("Post")),
                ("post_name", self.tr("Name")),
                ("kind", self.tr("Kind")),
                ("fingerprint", self.tr("Fingerprint")),
                ("trusted_at", self.tr("Since")),
                ("state", self.tr("State")),
            ],
            display,
            warn=lambda row: row["revoked_at"] is not None,
            parent=self,
        )
        self.view = table(self.model, "trustedKeys")
        trusted_layout.addWidget(self.view)
        row = QHBoxLayout()
        self.trust_button = QPushButton(self.tr("Trust a key file…"))
        self.trust_button.setObjectName("trustKeyFile")
        self.trust_button.clicked.connect(self.choose_key_file)
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setObjectName("revokeKey")
        self.revoke_button.clicked.connect(self.revoke_selected)
        can = actor.can(Permission.MANAGE_KEYS)
        self.trust_button.setEnabled(can)
        self.revoke_button.setEnabled(can)
        row.addWidget(self.trust_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        trusted_layout.addLayout(row)
        layout.addWidget(trusted, 1)
        self.message = message_label("keysMessage")
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows([k.__dict__.copy() for k in self.s.keys.trusted()])

    def save_key_file(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the key file to"))
        if folder:
            self.write_key_file(Path(folder))

    def write_key_file(self, folder: Path) -> Path | None:
        try:
            path = self.s.keys.export_public(self.s.exchange.own_public(), folder)
        except CustomsDeskError as exc:
            show_message(self.message, error_text(exc), error=True)
            return None
        show_message(self.message, self.tr("Wrote {path}.").format(path=str(path)))
        return path

    def choose_key_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trust a key file"), "", self.tr("Customs Desk keys (*.cdkey)")
        )
        if name:
            self.trust_key_file(Path(name))

    def trust_key_file(self, path: Path) -> bool:
        try:
            key = read_public_key(path)
        except CustomsDeskError as exc:
            show_message(self.message, error_text(exc), error=True)
            return False
        dialog = TrustKeyDialog(key, self)
        if not dialog.exec():
            return False
        try:
            view = self.s.keys.trust(
                self.actor, key, expected_fingerprint=dialog.typed_fingerprint()
            )
        except CustomsDeskError as exc:
            show_message(self.message, error_text(exc), error=True)
            return False
        show_message(
            self.message,
            self.tr("Now trusting {name} ({code}).").format(
                name=view.post_name, code=view.post_code
            ),
        )
        self.refresh()
        return True

    def revoke_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            show_message(self.message, self.tr("Select a key first."), error=True)
            return
        row = self.model.row(rows[0].row())
        dialog = RevokeDialog(row["post_code"], self)
        if not dialog.exec():
            return
        try:
            self.s.keys.revoke(self.actor, row["fingerprint"], dialog.reason.text())
        except CustomsDeskError as exc:
            show_message(self.message, error_text(exc), error=True)
            return
        show_message(
            self.message, self.tr("The key of {post} is revoked.").format(post=row["post_code"])
        )
        self.refresh()


class PostsTab(QWidget):
    """The secretariat's overview of every post."""

    def __init__(self, s: ExchangeServices) -> None:
        super().__init__()
        self.s = s
        layout = QVBoxLayout(self)

        def display(key: str, row: dict[str, Any]) -> str:
            if key == "last_package_at":
                return when(row[key]) if row[key] else self.tr("never")
            return str(row.get(key, ""))

        self.model = RowsModel(
            [
                ("post_code", self.tr("Post")),
                ("post_name", self.tr("Name")),
                ("country", self.tr("Country")),
                ("last_package_at", self.tr("Last package")),
                ("packages", self.tr("Packages")),
                ("records", self.tr("Inspections")),
                ("open_cases", self.tr("Open cases")),
                ("overdue", self.tr("Overdue take-backs")),
                ("open_conflicts", self.tr("Conflicts")),
                ("quarantined", self.tr("Quarantined")),
            ],
            display,
            warn=lambda row: bool(row["overdue"] or row["open_conflicts"]),
            parent=self,
        )
        self.view = table(self.model, "postsOverview")
        layout.addWidget(self.view)

    def refresh(self) -> None:
        self.model.set_rows([o.__dict__.copy() for o in self.s.exchange.posts_overview()])

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)


class ConflictsTab(QWidget):
    """Records edited at both ends: both versions side by side; a person decides."""

    changed = Signal()

    def __init__(self, s: ExchangeServices, actor: Actor) -> None:
        super().__init__()
        self.s = s
        self.actor = actor
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.show_resolved = QCheckBox(self.tr("Show resolved conflicts"))
        self.show_resolved.toggled.connect(self.refresh)
        top.addWidget(self.show_resolved)
        top.addStretch(1)
        layout.addLayout(top)
        kinds = {
            "inspection": self.tr("inspection"),
            "case": self.tr("case"),
            "party": self.tr("party"),
            "case_event": self.tr("case event"),
        }

        def display(key: str, row: dict[str, Any]) -> str:
            if key == "kind":
                return kinds.get(row["kind"], row["kind"])
            if key in ("detected_at", "resolved_at"):
                return when(row[key]) if row[key] else ""
            if key == "number":
                payload = row["incoming"].get("payload", {})
                return str(payload.get("number") or payload.get("name") or row["record_id"])
            return str(row.get(key, ""))

        self.model = RowsModel(
            [
                ("number", self.tr("Record")),
                ("kind", self.tr("Kind")),
                ("revision", self.tr("Revision")),
                ("detected_at", self.tr("Found")),
                ("resolution", self.tr("Decision")),
            ],
            display,
            warn=lambda row: row["resolved_at"] is None,
            parent=self,
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = table(self.model, "conflicts")
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        splitter.addWidget(self.view)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setObjectName("conflictHeader")
        self.header.setWordWrap(True)
        detail_layout.addWidget(self.header)
        self.diff = QTreeWidget()
        self.diff.setObjectName("conflictDiff")
        self.diff.setRootIsDecorated(False)
        self.diff.setHeaderLabels([self.tr("Field"), self.tr("Here"), self.tr("Incoming")])
        detail_layout.addWidget(self.diff, 1)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep the version here"))
        self.keep_button.setObjectName("keepHere")
        self.keep_button.clicked.connect(lambda: self.resolve(take_incoming=False))
        self.take_button = QPushButton(self.tr("Take the incoming version"))
        self.take_button.setObjectName("takeIncoming")
        self.take_button.clicked.connect(lambda: self.resolve(take_incoming=True))
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)
        splitter.addWidget(detail)
        layout.addWidget(splitter, 1)
        self.message = message_label("conflictsMessage")
        layout.addWidget(self.message)
        can = actor.can(Permission.RESOLVE_CONFLICTS)
        self.keep_button.setEnabled(can)
        self.take_button.setEnabled(can)
        self.refresh()

    def refresh(self) -> None:
        rows = [
            {
                "id": c.id,
                "kind": c.kind,
                "record_id": str(c.record_id),
                "revision": c.revision,
                "detected_at": c.detected_at,
                "resolved_at": c.resolved_at,
                "resolution": c.resolution,
                "incoming": c.incoming,
            }
            for c in self.s.exchange.conflicts(open_only=not self.show_resolved.isChecked())
        ]
        self.model.set_rows(rows)
        self.diff.clear()
        self.header.clear()
        if rows:
            self.view.selectRow(0)
            self._selected()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        row = self.current()
        self.diff.clear()
        if row is None:
            return
        here, incoming = self.s.exchange.conflict_versions(row["id"])
        self.header.setText(
            self.tr(
                "Here: saved by {a} on {at}{reason}. Incoming: by {b} on {at2}{reason2}."
            ).format(
                a=html.escape(str(here.get("author_name", "?"))),
                at=str(here.get("created_at", ""))[:16].replace("T", " "),
                reason=f" ({here['reason']})" if here.get("reason") else "",
                b=html.escape(str(incoming.get("author_name", "?"))),
                at2=str(incoming.get("created_at", ""))[:16].replace("T", " "),
                reason2=f" ({incoming['reason']})" if incoming.get("reason") else "",
            )
        )
        for name, mine, theirs in differences(here.get("payload", {}), incoming.get("payload", {})):
            QTreeWidgetItem(self.diff, [name, mine, theirs])
        for column in range(3):
            self.diff.resizeColumnToContents(column)
        resolved = row["resolved_at"] is not None
        can = self.actor.can(Permission.RESOLVE_CONFLICTS) and not resolved
        self.keep_button.setEnabled(can)
        self.take_button.setEnabled(can)

    def resolve(self, *, take_incoming: bool) -> None:
        row = self.current()
        if row is None:
            return
        try:
            self.s.exchange.resolve_conflict(self.actor, row["id"], take_incoming)
        except CustomsDeskError as exc:
            show_message(self.message, error_text(exc), error=True)
            return
        show_message(
            self.message,
            self.tr("Resolved: the incoming version is now current.")
            if take_incoming
            else self.tr("Resolved: the version here stays current."),
        )
        self.refresh()
        self.changed.emit()


class QuarantineTab(QWidget):
    def __init__(self, s: ExchangeServices) -> None:
        super().__init__()
        self.s = s
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Records that arrived but could not be accepted, with the reason. The rest of "
                "their package was imported. The post sees the reasons in its receipt."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        def display(key: str, row: dict[str, Any]) -> str:
            if key == "received_at":
                return when(row[key])
            return "" if row.get(key) is None else str(row[key])

        self.model = RowsModel(
            [
                ("post_code", self.tr("Post")),
                ("kind", self.tr("Kind")),
                ("record_id", self.tr("Record")),
                ("revision", self.tr("Revision")),
                ("reason", self.tr("Reason")),
                ("received_at", self.tr("Received")),
            ],
            display,
            parent=self,
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = table(self.model, "quarantine")
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        splitter.addWidget(self.view)
        self.payload = JsonView()
        splitter.addWidget(self.payload)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        self.model.set_rows(
            [
                {
                    "post_code": q.post_code,
                    "kind": q.kind,
                    "record_id": q.record_id,
                    "revision": q.revision,
                    "reason": q.reason,
                    "received_at": q.received_at,
                    "payload": q.payload,
                }
                for q in self.s.exchange.quarantine()
            ]
        )
        self.payload.clear()

    def _selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.payload.show_value(self.model.row(index.row())["payload"])

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)


class MakeUpdateTab(QWidget):
    """The secretariat prepares an update for the posts."""

    def __init__(self, s: ExchangeServices, actor: Actor, settings: QSettings) -> None:
        super().__init__()
        self.s = s
        self.actor = actor
        layout = QVBoxLayout(self)
        alerts_box = QGroupBox(self.tr("Alerts and watch lists"))
        alerts_layout = QVBoxLayout(alerts_box)
        self.alerts = QTableWidget(0, 5)
        self.alerts.setObjectName("alertsTable")
        self.alerts.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Details"),
                self.tr("Party or route"),
                self.tr("Valid until"),
            ]
        )
        self.alerts.horizontalHeader().setStretchLastSection(True)
        alerts_layout.addWidget(self.alerts)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add an alert"))
        add.setObjectName("addAlert")
        add.clicked.connect(lambda: self.add_alert())
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.alerts.removeRow(self.alerts.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        alerts_layout.addLayout(row)
        layout.addWidget(alerts_box, 1)
        content = QGroupBox(self.tr("Handbooks, codes and keys"))
        form = QFormLayout(content)
        self.handbooks = QListWidget()
        self.handbooks.setObjectName("updateHandbooks")
        self.handbooks.setMaximumHeight(80)
        add_book = QPushButton(self.tr("Add a handbook folder…"))
        add_book.clicked.connect(self._choose_handbook)
        form.addRow(self.tr("Handbooks"), self.handbooks)
        form.addRow("", add_book)
        self.codes = QLineEdit()
        self.codes.setObjectName("updateCodes")
        self.codes.setPlaceholderText(self.tr("a reference-code dataset folder (optional)"))
        form.addRow(self.tr("Reference codes"), self.codes)
        self.key_files = QListWidget()
        self.key_files.setMaximumHeight(60)
        add_key = QPushButton(self.tr("Add a post's key file…"))
        add_key.clicked.connect(self._choose_key)
        form.addRow(self.tr("Keys for posts to trust"), self.key_files)
        form.addRow("", add_key)
        self.recipients = QListWidget()
        self.recipients.setObjectName("updateRecipients")
        self.recipients.setMaximumHeight(100)
        form.addRow(self.tr("For the posts"), self.recipients)
        self.destination = DestinationPicker(settings, "exchange/last_update_folder")
        form.addRow(self.tr("Write to"), self.destination)
        self.make_button = QPushButton(self.tr("Make the update package"))
        self.make_button.setObjectName("makeUpdate")
        self.make_button.clicked.connect(self.make)
        form.addRow("", self.make_button)
        layout.addWidget(content)
        self.message = message_label("updateMessage")
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        self.recipients.clear()
        for key in self.s.keys.recipients(kind="post"):
            item = QListWidgetItem(f"{key.post_code} — {key.post_name}")
            item.setData(256, key.post_code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.recipients.addItem(item)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def add_alert(
        self,
        kind: str = "message",
        title: str = "",
        body: str = "",
        subject: str = "",
        valid_until: date | None = None,
    ) -> int:
        row = self.alerts.rowCount()
        self.alerts.insertRow(row)
        combo = QComboBox()
        combo.addItem(self.tr("Message"), "message")
        combo.addItem(self.tr("Party to watch"), "party")
        combo.addItem(self.tr("Route of concern"), "route")
        combo.setCurrentIndex(max(combo.findData(kind), 0))
        self.alerts.setCellWidget(row, 0, combo)
        self.alerts.setItem(row, 1, QTableWidgetItem(title))
        self.alerts.setItem(row, 2, QTableWidgetItem(body))
        self.alerts.setItem(row, 3, QTableWidgetItem(subject))
        until = QDateEdit()
        until.setCalendarPopup(True)
        until.setDisplayFormat("yyyy-MM-dd")
        day = valid_until or self.s.clock.now().date() + timedelta(days=365)
        until.setDate(QDate(day.year, day.month, day.day))
        self.alerts.setCellWidget(row, 4, until)
        return row

    def alert_rows(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.alerts.rowCount()):
            combo = self.alerts.cellWidget(row, 0)
            until = self.alerts.cellWidget(row, 4)
            assert isinstance(combo, QComboBox) and isinstance(until, QDateEdit)
            kind = str(combo.currentData())

            def text(column: int, r: int = row) -> str:
                item = self.alerts.item(r, column)
                return item.text().strip() if item is not None else ""

            subject = text(3)
            data: dict[str, Any] = {}
            if kind == "party" and subject:
                data["name"] = subject
            elif kind == "route" and subject:
                data["route"] = subject
            out.append(
                {
                    "kind": kind,
                    "title": text(1),
                    "body": text(2),
                    "data": data,
                    "valid_until": until.date().toPython().isoformat(),  # type: ignore[attr-defined]
                }
            )
        return out

    def _choose_handbook(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Handbook folder"))
        if folder:
            self.handbooks.addItem(folder)

    def _choose_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Key file"), "", self.tr("Customs Desk keys (*.cdkey)")
        )
        if name:
            self.key_files.addItem(name)

    def make(self) -> Path | None:
        folder = self.destination.folder()
        if folder is None:
            show_message(self.message, self.tr("Choose where to write the update."), error=True)
            return None
        posts = [
            str(self.recipients.item(i).data(256))
            for i in range(self.recipients.count())
            if self.recipients.item(i).checkState() == Qt.CheckState.Checked
        ]
        if not posts:
            show_message(self.message, self.tr("Choose at least one post."), error=True)
            return None
        content = UpdateContent(
            codes=Path(self.codes.text().strip()) if self.codes.text().strip() else None,
            handbooks=[Path(self.handbooks.item(i).text()) for i in range(self.handbooks.count())],
            alerts=self.alert_rows(),
            trust=[Path(self.key_files.item(i).text()) for i in range(self.key_files.count())],
        )
        try:
            path, _digest = self.s.updates.make(
                self.actor,
                folder,
                content,
                recipients=self.s.keys.recipients(kind="post", post_codes=posts),
            )
        except CustomsDeskError as exc:
            show_message(self.message, error_text(exc), error=True)
            return None
        show_message(
            self.message,
            self.tr("Wrote {path} for {n} posts.").format(path=str(path), n=len(posts)),
        )
        return path


class ExchangePage(QWidget):
    changed = Signal()

    def __init__(
        self,
        services: ExchangeServices,
        actor: Actor,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exchangePage")
        self.s = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchangeTabs")
        self.send: SendTab | None = None
        self.posts: PostsTab | None = None
        self.conflicts: ConflictsTab | None = None
        self.quarantine: QuarantineTab | None = None
        self.make_update: MakeUpdateTab | None = None
        if not services.is_secretariat and actor.can(Permission.EXPORT_PACKAGES):
            self.send = SendTab(services, actor, settings)
            self.send.changed.connect(self.changed)
            self.tabs.addTab(self.send, self.tr("Send"))
        self.receive = ReceiveTab(services, actor, settings)
        self.receive.changed.connect(self._received)
        self.tabs.addTab(self.receive, self.tr("Receive"))
        if services.is_secretariat:
            self.posts = PostsTab(services)
            self.tabs.addTab(self.posts, self.tr("Posts"))
            self.conflicts = ConflictsTab(services, actor)
            self.conflicts.changed.connect(self.changed)
            self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
            self.quarantine = QuarantineTab(services)
            self.tabs.addTab(self.quarantine, self.tr("Quarantine"))
            if actor.can(Permission.MAKE_UPDATES):
                self.make_update = MakeUpdateTab(services, actor, settings)
                self.tabs.addTab(self.make_update, self.tr("Make an update"))
        self.log = LogTab(services)
        self.tabs.addTab(self.log, self.tr("Log"))
        self.keys = KeysTab(services, actor)
        self.tabs.addTab(self.keys, self.tr("Keys"))
        layout.addWidget(self.tabs)

    def _received(self) -> None:
        if self.send is not None:
            self.send.refresh()
        self.keys.refresh()
        self.changed.emit()

    def show_tab(self, widget: QWidget | None) -> None:
        if widget is not None:
            self.tabs.setCurrentWidget(widget)


def alert_text(alert: Any) -> str:
    """One line for an alert on the home page."""
    parts = [alert.title]
    if alert.body:
        parts.append(alert.body)
    return " — ".join(parts)


__all__ = ["ExchangePage", "ExchangeServices", "alert_text"]
