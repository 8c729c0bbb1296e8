"""First-run wizard: language, kind of installation, the post, the first supervisor."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from customs_desk.accounts.roles import Actor, Role
from customs_desk.accounts.service import AccountService, NewUser, PostInput
from customs_desk.codes.countries import MEMBERS, country_name, default_timezone, iso_countries
from customs_desk.errors import CustomsDeskError, ValidationError
from customs_desk.ui.i18n import LANGUAGES
from customs_desk.ui.widgets import ValidatingForm, show_error

OTHER = "other"


@cache
def all_timezones() -> list[str]:
    return sorted(
        tz for tz in zoneinfo.available_timezones() if "/" in tz and not tz.startswith("Etc/")
    )


class LanguagePage(QWizardPage):
    def __init__(self, current: str, on_language: Callable[[str], None]) -> None:
        super().__init__()
        self._on_language = on_language
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setObjectName("languageList")
        for lang in LANGUAGES:
            item = QListWidgetItem(f"{lang.native_name}  —  {lang.english_name}")
            item.setData(Qt.ItemDataRole.UserRole, lang.code)
            self.list.addItem(item)
            if lang.code == current:
                self.list.setCurrentItem(item)
        self.list.currentItemChanged.connect(self._changed)
        layout.addWidget(self.list)
        self.retranslate()

    def selected(self) -> str:
        row = self.list.currentRow()
        if row < 0:
            return "en"
        return str(self.list.item(row).data(Qt.ItemDataRole.UserRole))

    def _changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self._on_language(str(item.data(Qt.ItemDataRole.UserRole)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Customs Desk"))
        self.intro.setText(
            self.tr(
                "Choose the language of the interface. You can change it later in Settings. "
                "Handbooks keep their own language."
            )
        )


class KindPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.post = QRadioButton()
        self.post.setObjectName("kindPost")
        self.secretariat = QRadioButton()
        self.secretariat.setObjectName("kindSecretariat")
        self.post.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.post)
        group.addButton(self.secretariat)
        layout.addWidget(self.post)
        layout.addWidget(self.secretariat)
        layout.addStretch(1)
        self.retranslate()

    def kind(self) -> str:
        return "secretariat" if self.secretariat.isChecked() else "post"

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where is this computer used?"))
        self.intro.setText(
            self.tr(
                "Customs Desk keeps all data on this computer. Border posts record inspections "
                "and send them to the secretariat on a USB stick; the secretariat consolidates "
                "the posts' records and sends updates back."
            )
        )
        self.post.setText(self.tr("At a border post (customs office, port, land crossing)"))
        self.secretariat.setText(self.tr("At the secretariat of the Asian Network"))


class PostPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)
        self.form = ValidatingForm()
        outer.addWidget(self.form)
        self.code = QLineEdit()
        self.code.setObjectName("postCode")
        self.code.setMaxLength(24)
        self.name = QLineEdit()
        self.name.setObjectName("postName")
        self.country = QComboBox()
        self.country.setObjectName("postCountry")
        self.other_country = QComboBox()
        self.other_country.setObjectName("postOtherCountry")
        self.other_country.setEditable(False)
        self.timezone = QComboBox()
        self.timezone.setObjectName("postTimezone")
        self.timezone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agency = QLineEdit()
        self.agency.setObjectName("postAgency")
        self.form.add_row("post.code", "", self.code)
        self.form.add_row("post.name", "", self.name)
        self.form.add_row("post.country", "", self.country)
        self.form.add_row("post.other_country", "", self.other_country)
        self.form.add_row("post.timezone", "", self.timezone)
        self.form.add_row("post.agency", "", self.agency)
        self.country.currentIndexChanged.connect(self._country_changed)
        self.other_country.currentIndexChanged.connect(self._country_changed)
        self.code.textEdited.connect(lambda t: self.code.setText(t.upper()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The border post"))
        self.intro.setText(
            self.tr(
                "The post code starts every record number made here (for example "
                "SGP-TUAS-2026-00042), so keep it short and never reuse another post's code."
            )
        )
        self.form.set_label("post.code", self.tr("Post code"))
        self.form.set_label("post.name", self.tr("Post name"))
        self.form.set_label("post.country", self.tr("Country or region"))
        self.form.set_label("post.other_country", self.tr("Other country"))
        self.form.set_label("post.timezone", self.tr("Time zone"))
        self.form.set_label("post.agency", self.tr("Agency (for report headers)"))
        self.code.setPlaceholderText(self.tr("e.g. SGP-TUAS"))
        self.name.setPlaceholderText(self.tr("e.g. Tuas Checkpoint"))
        self.agency.setPlaceholderText(self.tr("e.g. Singapore Customs"))
        self._fill_countries()

    def _fill_countries(self) -> None:
        locale = self.locale().name()
        current = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        for m in MEMBERS:
            self.country.addItem(country_name(m.code, locale) or m.name, m.code)
        self.country.addItem(self.tr("Other…"), OTHER)
        index = self.country.findData(current) if current else 0
        self.country.setCurrentIndex(max(index, 0))
        self.country.blockSignals(False)
        if self.other_country.count() == 0:
            self.other_country.blockSignals(True)
            for code, name in sorted(iso_countries().items(), key=lambda kv: kv[1]):
                self.other_country.addItem(f"{name} ({code})", code)
            self.other_country.blockSignals(False)
        self._country_changed()

    def country_code(self) -> str:
        code = self.country.currentData()
        if code == OTHER:
            return str(self.other_country.currentData() or "")
        return str(code or "")

    def _country_changed(self) -> None:
        other = self.country.currentData() == OTHER
        self.form.set_row_visible("post.other_country", other)
        code = self.country_code()
        member = next((m for m in MEMBERS if m.code == code), None)
        zones = list(member.timezones) if member else all_timezones()
        self.timezone.clear()
        self.timezone.addItems(zones)
        default = default_timezone(code)
        index = self.timezone.findText(default)
        self.timezone.setCurrentIndex(index if index >= 0 else 0)

    def post_input(self) -> PostInput:
        return PostInput(
            code=self.code.text().strip().upper(),
            name=self.name.text(),
            country=self.country_code(),
            timezone=self.timezone.currentText(),
            agency=self.agency.text(),
        )

    def validatePage(self) -> bool:
        try:
            self.post_input().validate()
        except ValidationError as exc:
            self.form.show_errors(exc.problems)
            return False
        self.form.clear_errors()
        return True


class SupervisorPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)
        self.form = ValidatingForm()
        outer.addWidget(self.form)
        self.name = QLineEdit()
        self.name.setObjectName("supervisorName")
        self.badge = QLineEdit()
        self.badge.setObjectName("supervisorBadge")
        self.password = QLineEdit()
        self.password.setObjectName("supervisorPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("supervisorRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_row("user.name", "", self.name)
        self.form.add_row("user.badge_number", "", self.badge)
        self.form.add_row("user.password", "", self.password)
        self.form.add_row("user.repeat", "", self.repeat)
        self.role = Role.SUPERVISOR
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first supervisor"))
        self.intro.setText(
            self.tr(
                "Supervisors add officers' accounts and may correct finalized records. Officers "
                "share this computer, so each signs in with a badge number and password."
            )
        )
        self.form.set_label("user.name", self.tr("Full name"))
        self.form.set_label("user.badge_number", self.tr("Badge number"))
        self.form.set_label("user.password", self.tr("Password"))
        self.form.set_label("user.repeat", self.tr("Repeat password"))

    def new_user(self) -> NewUser:
        return NewUser(self.name.text(), self.badge.text().strip(), self.role, self.password.text())

    def validatePage(self) -> bool:
        problems: dict[str, str] = {}
        try:
            self.new_user().validate()
        except ValidationError as exc:
            problems.update(exc.problems)
        if self.password.text() != self.repeat.text():
            problems["user.repeat"] = self.tr("The two passwords differ.")
        if problems:
            self.form.show_errors(problems)
            return False
        self.form.clear_errors()
        return True


class FirstRunWizard(QWizard):
    """Sets up the data folder; ``actor`` holds the new supervisor after ``accept``."""

    def __init__(
        self,
        accounts: AccountService,
        language: str,
        on_language: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self._accounts = accounts
        self.actor: Actor | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.language_page = LanguagePage(language, on_language)
        self.kind_page = KindPage()
        self.post_page = PostPage()
        self.supervisor_page = SupervisorPage()
        for page in (self.language_page, self.kind_page, self.post_page, self.supervisor_page):
            self.addPage(page)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Customs Desk — first start"))
        for page in (self.language_page, self.kind_page, self.post_page, self.supervisor_page):
            page.retranslate()
        if self.kind_page.kind() == "secretariat":
            self.post_page.setTitle(self.tr("The secretariat office"))

    def initializePage(self, page_id: int) -> None:
        if self.page(page_id) is self.supervisor_page:
            secretariat = self.kind_page.kind() == "secretariat"
            self.supervisor_page.role = Role.SECRETARIAT if secretariat else Role.SUPERVISOR
        super().initializePage(page_id)

    def accept(self) -> None:
        # The Finish button does not run the page's validation by itself.
        if not self.validateCurrentPage():
            return
        try:
            self.actor = self._accounts.set_up(
                self.post_page.post_input(),
                self.supervisor_page.new_user(),
                self.kind_page.kind(),
            )
        except ValidationError as exc:
            post_problems = {k: v for k, v in exc.problems.items() if k.startswith("post.")}
            self.post_page.form.show_errors(post_problems)
            self.supervisor_page.form.show_errors(
                {k: v for k, v in exc.problems.items() if k not in post_problems}
            )
            show_error(self, exc)
            return
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        super().accept()
