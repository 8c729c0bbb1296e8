"""Sign-in: posts share PCs, so every start (and every unlock as another user) asks who you are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor
from customs_desk.accounts.service import AccountService
from customs_desk.errors import CustomsDeskError
from customs_desk.resources import resource_path
from customs_desk.ui.i18n import LANGUAGES, tr_core
from customs_desk.ui.widgets import FieldError


class LoginDialog(QDialog):
    """Asks for badge number and password; ``actor`` is set when accepted."""

    def __init__(
        self,
        accounts: AccountService,
        *,
        last_badge: str = "",
        language: str = "en",
        on_language: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._accounts = accounts
        self.actor: Actor | None = None
        self.setWindowIcon(QIcon(str(resource_path("icons", "customs-desk.svg"))))
        self.setMinimumWidth(420)
        post = accounts.home_post()
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("loginHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.post_label = QLabel(f"{post.name} ({post.code})")
        layout.addWidget(self.heading)
        layout.addWidget(self.post_label)
        form = QFormLayout()
        self.badge = QComboBox()
        self.badge.setObjectName("loginBadge")
        self.badge.setEditable(True)
        self.badge.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for badge, name in accounts.list_badges():
            self.badge.addItem(f"{badge}", badge)
            self.badge.setItemData(self.badge.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.badge.setEditText(last_badge)
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        self.language.setObjectName("loginLanguage")
        for lang in LANGUAGES:
            self.language.addItem(lang.native_name, lang.code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        if on_language is not None:
            self.language.currentIndexChanged.connect(
                lambda _i: on_language(str(self.language.currentData()))
            )
        self.badge_label = QLabel()
        self.password_label = QLabel()
        self.language_label = QLabel()
        form.addRow(self.badge_label, self.badge)
        form.addRow(self.password_label, self.password)
        form.addRow(self.language_label, self.language)
        layout.addLayout(form)
        self.error = FieldError()
        self.error.setObjectName("loginError")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.password if last_badge else self.badge).setFocus()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — Customs Desk"))
        self.heading.setText(self.tr("Sign in"))
        self.badge_label.setText(self.tr("&Badge number"))
        self.badge_label.setBuddy(self.badge)
        self.password_label.setText(self.tr("&Password"))
        self.password_label.setBuddy(self.password)
        self.language_label.setText(self.tr("&Language"))
        self.language_label.setBuddy(self.language)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def badge_text(self) -> str:
        return self.badge.currentText().strip()

    def try_sign_in(self) -> None:
        badge = self.badge_text()
        if not badge:
            self.error.show_message(self.tr("Enter your badge number."))
            self.badge.setFocus()
            return
        try:
            self.actor = self._accounts.authenticate(badge, self.password.text())
        except CustomsDeskError as exc:
            self.error.show_message(tr_core(exc.message))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class UnlockDialog(QDialog):
    """Shown after the idle time: the same user types the password, or signs out."""

    SIGN_OUT = 2

    def __init__(
        self, accounts: AccountService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self._accounts = accounts
        self._actor = actor
        self.setModal(True)
        self.setWindowTitle(self.tr("Locked — Customs Desk"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "The session was locked after a period without use. {name}, type your password "
                "to continue, or sign out so another officer can sign in. Unsaved drafts are kept."
            ).format(name=actor.name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        unlock = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        unlock.setDefault(True)
        sign_out = buttons.addButton(
            self.tr("Sign out"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.accepted.connect(self.try_unlock)
        sign_out.clicked.connect(lambda: self.done(self.SIGN_OUT))
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        if self._accounts.verify_password(self._actor, self.password.text()):
            self.accept()
        else:
            self.error.show_message(self.tr("Wrong password."))
            self.password.clear()

    def reject(self) -> None:
        """Escape does not unlock."""
