"""Dialogs of the Exchange page: import (dry run first), update preview, trusting a key."""

from __future__ import annotations

import html
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor
from customs_desk.errors import CustomsDeskError
from customs_desk.exchange.keys import PublicKey, display_fingerprint
from customs_desk.exchange.records import ImportPlan, RecordExchange
from customs_desk.exchange.updates import UpdateExchange, UpdateResult
from customs_desk.ui.i18n import tr_core
from customs_desk.ui.operations import run_in_background
from customs_desk.ui.widgets import ERROR_STYLE

RESULTS = ("new", "updated", "unchanged", "conflict", "pending", "rejected")


def result_titles(widget: QWidget | None = None) -> dict[str, str]:
    return {
        "new": QCoreApplication.translate("ImportResults", "New"),
        "updated": QCoreApplication.translate("ImportResults", "Updated"),
        "unchanged": QCoreApplication.translate("ImportResults", "Already here"),
        "conflict": QCoreApplication.translate("ImportResults", "Conflicts"),
        "pending": QCoreApplication.translate("ImportResults", "Waiting for an earlier package"),
        "rejected": QCoreApplication.translate("ImportResults", "Rejected (quarantined)"),
    }


def error_text(exc: CustomsDeskError) -> str:
    text = tr_core(exc.message)
    if exc.hint:
        text += " " + tr_core(exc.hint)
    return text


def mono() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    return font


class ImportDialog(QDialog):
    """Verify, show what would change (dry run), then import in one transaction."""

    def __init__(
        self,
        exchange: RecordExchange,
        actor: Actor,
        path: Path,
        *,
        can_import: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.setMinimumWidth(560)
        self.exchange = exchange
        self.actor = actor
        self.path = path
        self.plan: ImportPlan | None = None
        self.imported: ImportPlan | None = None
        self.receipt: Path | None = None
        self.can_import = can_import
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Checking the signature and every file in the package…"))
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        layout.addWidget(self.busy)
        counts = QWidget()
        grid = QGridLayout(counts)
        grid.setContentsMargins(0, 0, 0, 0)
        self.count_labels: dict[str, QLabel] = {}
        for row, (key, title) in enumerate(result_titles(self).items()):
            grid.addWidget(QLabel(title), row // 2, (row % 2) * 2)
            value = QLabel("–")
            value.setObjectName(f"count-{key}")
            value.setStyleSheet("font-weight: 600;")
            grid.addWidget(value, row // 2, (row % 2) * 2 + 1)
            self.count_labels[key] = value
        layout.addWidget(counts)
        self.problems = QTreeWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setHeaderLabels(
            [self.tr("Result"), self.tr("Record"), self.tr("Revision"), self.tr("Reason")]
        )
        self.problems.setRootIsDecorated(False)
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        self.write_receipt = QCheckBox(self.tr("Write the signed receipt beside the package"))
        self.write_receipt.setChecked(True)
        self.write_receipt.setVisible(can_import)
        layout.addWidget(self.write_receipt)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.setVisible(can_import)
        self.import_button.clicked.connect(self.apply)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._operation = run_in_background(
            self,
            lambda: exchange.import_package(actor, path, dry_run=True),
            on_done=self._planned,
            on_error=self._failed,
        )

    def _show_plan(self, plan: ImportPlan) -> None:
        counts = plan.counts()
        for key, label in self.count_labels.items():
            label.setText(f"{counts.get(key, 0):,}")
        self.count_labels["conflict"].setStyleSheet(
            "font-weight: 600;" + (ERROR_STYLE if counts["conflict"] else "")
        )
        self.count_labels["rejected"].setStyleSheet(
            "font-weight: 600;" + (ERROR_STYLE if counts["rejected"] else "")
        )
        self.problems.clear()
        titles = result_titles(self)
        for item in plan.items:
            if item.result in ("conflict", "pending", "rejected"):
                QTreeWidgetItem(
                    self.problems,
                    [
                        titles[item.result],
                        item.record_id,
                        "" if item.revision is None else str(item.revision),
                        item.reason,
                    ],
                )
        self.problems.setVisible(self.problems.topLevelItemCount() > 0)

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.busy.hide()
        self._show_plan(plan)
        sender = html.escape(plan.sender)
        if plan.already_imported:
            self.status.setText(
                self.tr(
                    "This package from {post} was imported before. Importing it again changes nothing."
                ).format(post=sender)
            )
        else:
            self.status.setText(
                self.tr(
                    "Signed by {post} and intact. Nothing has been written yet: check the summary, then import."
                ).format(post=sender)
            )
        self.import_button.setEnabled(self.can_import)

    def _failed(self, exc: CustomsDeskError) -> None:
        self.busy.hide()
        self.status.setText(error_text(exc))
        self.status.setStyleSheet(ERROR_STYLE)
        self.import_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))

    def apply(self) -> None:
        self.import_button.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Importing…"))
        write_receipt = self.write_receipt.isChecked()

        def work() -> tuple[ImportPlan, Path | None]:
            plan = self.exchange.import_package(self.actor, self.path)
            receipt = None
            if write_receipt:
                receipt = self.exchange.make_receipt(
                    self.actor, uuid.UUID(plan.package_id), self.path.parent
                )
            return plan, receipt

        self._operation = run_in_background(self, work, on_done=self._done, on_error=self._failed)

    def _done(self, result: tuple[ImportPlan, Path | None]) -> None:
        self.imported, self.receipt = result
        self.busy.hide()
        self._show_plan(self.imported)
        text = self.tr("Imported.")
        if self.receipt is not None:
            text += " " + self.tr(
                "The receipt {name} is beside the package: carry it back to the post."
            ).format(name=self.receipt.name)
        self.status.setText(text)
        self.import_button.hide()
        self.write_receipt.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)


class UpdateDialog(QDialog):
    """Preview an update package (verified, nothing applied), then apply it at once."""

    def __init__(
        self, updates: UpdateExchange, actor: Actor, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("updateDialog")
        self.setWindowTitle(self.tr("Update {name}").format(name=path.name))
        self.setMinimumWidth(520)
        self.updates = updates
        self.actor = actor
        self.path = path
        self.applied: UpdateResult | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Checking the secretariat's signature…"))
        self.status.setObjectName("updateStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.details = QLabel()
        self.details.setObjectName("updateDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.details)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("Apply update"))
        self.apply_button.setObjectName("applyUpdateButton")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._operation = run_in_background(
            self,
            lambda: updates.apply(actor, path, dry_run=True),
            on_done=self._previewed,
            on_error=self._failed,
        )

    def _describe(self, result: UpdateResult) -> str:
        rows = [
            (self.tr("Reference codes"), result.codes or self.tr("no change")),
            (self.tr("Handbooks"), ", ".join(result.handbooks) or self.tr("no change")),
            (self.tr("Alerts and watch lists"), str(result.alerts)),
            (self.tr("Keys to trust"), ", ".join(result.trusted) or "–"),
            (self.tr("Keys to revoke"), ", ".join(result.revoked) or "–"),
        ]
        return (
            "<table>"
            + "".join(
                f"<tr><td style='padding-right:12px'>{html.escape(a)}</td><td><b>{html.escape(b)}</b></td></tr>"
                for a, b in rows
            )
            + "</table>"
        )

    def _previewed(self, result: UpdateResult) -> None:
        self.busy.hide()
        self.details.setText(self._describe(result))
        if result.already_applied:
            self.status.setText(self.tr("This update was applied before; nothing to do."))
            self.close_button.setText(self.tr("Close"))
            return
        self.status.setText(
            self.tr("Signed by the secretariat and intact. Nothing has been changed yet.")
        )
        self.apply_button.setEnabled(True)

    def _failed(self, exc: CustomsDeskError) -> None:
        self.busy.hide()
        self.status.setText(error_text(exc))
        self.status.setStyleSheet(ERROR_STYLE)
        self.apply_button.setEnabled(False)
        self.close_button.setText(self.tr("Close"))

    def apply(self) -> None:
        self.apply_button.setEnabled(False)
        self.busy.show()
        self._operation = run_in_background(
            self,
            lambda: self.updates.apply(self.actor, self.path),
            on_done=self._applied,
            on_error=self._failed,
        )

    def _applied(self, result: UpdateResult) -> None:
        self.applied = result
        self.busy.hide()
        self.details.setText(self._describe(result))
        self.status.setText(self.tr("Update applied."))
        self.apply_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)


class TrustKeyDialog(QDialog):
    """Show a key file's owner and fingerprint; trust only after comparing it by phone."""

    def __init__(self, key: PublicKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustKeyDialog")
        self.setWindowTitle(self.tr("Trust a key"))
        self.key = key
        layout = QVBoxLayout(self)
        kind = self.tr("the secretariat") if key.kind == "secretariat" else self.tr("a post")
        intro = QLabel(
            self.tr(
                "This key file says it belongs to {name} ({code}, {country}), {kind}. Anyone can "
                "write such a file: call the sender on a number you already know and have them read "
                "their fingerprint (Exchange ▸ Keys). Trust the key only if it matches."
            ).format(name=key.post_name, code=key.post_code, country=key.country, kind=kind)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fingerprint = QLabel(display_fingerprint(key.fingerprint))
        fingerprint.setObjectName("keyFingerprint")
        fingerprint.setFont(mono())
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(fingerprint)
        form = QFormLayout()
        self.typed = QLineEdit()
        self.typed.setObjectName("typedFingerprint")
        self.typed.setPlaceholderText(self.tr("optional: type what the sender reads to you"))
        self.typed.textChanged.connect(self._check)
        form.addRow(self.tr("Fingerprint read by phone"), self.typed)
        layout.addLayout(form)
        self.match = QLabel()
        self.match.setObjectName("fingerprintMatch")
        layout.addWidget(self.match)
        self.confirmed = QCheckBox(self.tr("I compared the fingerprint with the sender"))
        self.confirmed.setObjectName("fingerprintConfirmed")
        self.confirmed.toggled.connect(self._check)
        layout.addWidget(self.confirmed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.trust_button = QPushButton(self.tr("Trust this key"))
        self.trust_button.setObjectName("trustButton")
        buttons.addButton(self.trust_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._check()

    def typed_fingerprint(self) -> str | None:
        text = self.typed.text().replace(" ", "").lower()
        return text or None

    def _check(self) -> None:
        typed = self.typed_fingerprint()
        if typed is None:
            self.match.clear()
            ok = self.confirmed.isChecked()
        elif len(typed) >= 16 and self.key.fingerprint.startswith(typed):
            self.match.setText(self.tr("✓ matches"))
            self.match.setStyleSheet("color: #1b5e20; font-weight: 600;")
            ok = self.confirmed.isChecked()
        else:
            self.match.setText(
                self.tr("Does not match (yet). Do not trust a key that does not match.")
                if len(typed) >= 16
                else self.tr("Type at least 16 characters.")
            )
            self.match.setStyleSheet(ERROR_STYLE)
            ok = False
        self.trust_button.setEnabled(ok)


class RevokeDialog(QDialog):
    def __init__(self, post: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Revoke the key of {post}").format(post=post))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Packages signed with this key will be refused from now on. Do this when a PC or "
                "key file is lost or stolen. A revoked key cannot be trusted again."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QLineEdit()
        self.reason.setObjectName("revokeReason")
        self.reason.setPlaceholderText(self.tr("Why? e.g. laptop stolen on 12 May"))
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.setEnabled(False)
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda t: self.revoke_button.setEnabled(bool(t.strip())))
        layout.addWidget(buttons)


class JsonView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(mono())

    def show_value(self, value: Any) -> None:
        import json

        self.setPlainText(json.dumps(value, indent=2, ensure_ascii=False, default=str))
