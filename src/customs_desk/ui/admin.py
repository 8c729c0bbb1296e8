"""Administration for supervisors: user accounts; and the settings dialog for everyone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor, Permission, Role
from customs_desk.accounts.service import AccountService, NewUser, UserInfo
from customs_desk.errors import CustomsDeskError, ValidationError
from customs_desk.ui.i18n import LANGUAGES
from customs_desk.ui.widgets import ValidatingForm, show_error

ModelIndex = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    COLUMNS = ("name", "badge", "role", "active")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user(self, row: int) -> UserInfo:
        return self._users[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Name"), self.tr("Badge"), self.tr("Role"), self.tr("Status"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return user.name
            if column == "badge":
                return user.badge_number
            if column == "role":
                return role_title(self, user.role)
            return self.tr("active") if user.active else self.tr("disabled")
        return None


def role_title(obj: Any, role: Role) -> str:
    return {
        Role.OFFICER: QCoreApplication.translate("roles", "Officer"),
        Role.SUPERVISOR: QCoreApplication.translate("roles", "Supervisor"),
        Role.SECRETARIAT: QCoreApplication.translate("roles", "Secretariat"),
    }[role]


class AddUserDialog(QDialog):
    def __init__(self, accounts: AccountService, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self._accounts = accounts
        self._actor = actor
        self.setWindowTitle(self.tr("Add a user"))
        layout = QVBoxLayout(self)
        self.form = ValidatingForm()
        self.name = QLineEdit()
        self.badge = QLineEdit()
        self.role = QComboBox()
        roles = [Role.OFFICER, Role.SUPERVISOR]
        if actor.role is Role.SECRETARIAT:
            roles.append(Role.SECRETARIAT)
        for role in roles:
            self.role.addItem(role_title(self, role), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_row("user.name", self.tr("Full name"), self.name)
        self.form.add_row("user.badge_number", self.tr("Badge number"), self.badge)
        self.form.add_row("user.role", self.tr("Role"), self.role)
        self.form.add_row("user.password", self.tr("First password"), self.password)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        new = NewUser(
            self.name.text(),
            self.badge.text().strip(),
            Role(self.role.currentData()),
            self.password.text(),
        )
        try:
            self._accounts.add_user(self._actor, new)
        except ValidationError as exc:
            for message in self.form.show_errors(exc.problems):
                QMessageBox.warning(self, self.windowTitle(), message)
            return
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.accept()


class PasswordDialog(QDialog):
    def __init__(self, own: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        self.form = ValidatingForm()
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if own:
            self.form.add_row("current_password", self.tr("Current password"), self.current)
        self.form.add_row("new_password", self.tr("New password"), self.new)
        self.form.add_row("repeat", self.tr("Repeat"), self.repeat)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.new.text() != self.repeat.text():
            self.form.show_errors({"repeat": self.tr("The two passwords differ.")})
            return
        self.accept()


class UsersPage(QWidget):
    """Supervisors manage the post's accounts here."""

    def __init__(self, accounts: AccountService, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._accounts = accounts
        self._actor = actor
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("User accounts"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(title)
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add user…"))
        self.add_button.setObjectName("addUser")
        self.password_button = QPushButton(self.tr("Set password…"))
        self.toggle_button = QPushButton(self.tr("Disable / enable"))
        for button in (self.add_button, self.password_button, self.toggle_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        can_manage = actor.can(Permission.MANAGE_USERS)
        self.add_button.setEnabled(can_manage)
        self.toggle_button.setEnabled(can_manage)
        self.add_button.clicked.connect(self._add)
        self.password_button.clicked.connect(self._password)
        self.toggle_button.clicked.connect(self._toggle)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_users(self._accounts.list_users(self._actor))

    def _selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def _add(self) -> None:
        if AddUserDialog(self._accounts, self._actor, self).exec():
            self.refresh()

    def _password(self) -> None:
        user = self._selected()
        badge = user.badge_number if user else self._actor.badge
        own = badge == self._actor.badge
        dialog = PasswordDialog(own, self)
        if not dialog.exec():
            return
        try:
            self._accounts.change_password(
                self._actor,
                badge,
                dialog.new.text(),
                current_password=dialog.current.text() if own else None,
            )
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Password"), self.tr("The password was changed."))

    def _toggle(self) -> None:
        user = self._selected()
        if user is None:
            return
        try:
            self._accounts.set_active(self._actor, user.id, not user.active)
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.refresh()


class SettingsDialog(QDialog):
    """Language, paper size and (for supervisors) the idle lock time."""

    def __init__(
        self,
        *,
        language: str,
        paper_size: str,
        idle_minutes: int,
        can_change_idle: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        self.form = ValidatingForm()
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        for lang in LANGUAGES:
            self.language.addItem(f"{lang.native_name} — {lang.english_name}", lang.code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.paper = QComboBox()
        self.paper.addItem("A4", "A4")
        self.paper.addItem("Letter", "Letter")
        self.paper.setCurrentIndex(max(self.paper.findData(paper_size), 0))
        self.idle = QSpinBox()
        self.idle.setObjectName("settingsIdle")
        self.idle.setRange(0, 24 * 60)
        self.idle.setValue(idle_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setEnabled(can_change_idle)
        self.form.add_row("language", self.tr("Interface language"), self.language)
        self.form.add_row("paper", self.tr("Paper size for reports"), self.paper)
        self.form.add_row("idle", self.tr("Lock after"), self.idle)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
