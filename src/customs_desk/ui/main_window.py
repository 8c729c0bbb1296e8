"""The main window: navigation between the parts of the desk, status bar, menus, shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from customs_desk.accounts.roles import Actor
from customs_desk.resources import resource_path


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", f"{name}.svg")))


@dataclass
class PageSpec:
    """A part of the desk shown in the navigation. ``factory`` builds it on first use."""

    key: str
    title: str
    icon: str
    factory: Callable[[], QWidget]
    tooltip: str = ""


class PageHost(QStackedWidget):
    """Builds pages lazily (start-up stays fast) and keeps them afterwards."""

    def __init__(self, specs: list[PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = specs
        self.pages: dict[str, QWidget] = {}
        for spec in specs:
            placeholder = QWidget()
            placeholder.setObjectName(f"placeholder-{spec.key}")
            self.addWidget(placeholder)

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            index = self.index_of(key)
            widget = self.specs[index].factory()
            widget.setObjectName(f"page-{key}")
            old = self.widget(index)
            self.insertWidget(index, widget)
            if old is not None:
                self.removeWidget(old)
                old.setParent(None)  # the empty placeholder is freed with its last reference
            self.pages[key] = widget
        return self.pages[key]

    def index_of(self, key: str) -> int:
        for i, spec in enumerate(self.specs):
            if spec.key == key:
                return i
        raise KeyError(key)

    def show_page(self, key: str) -> QWidget:
        widget = self.page(key)
        self.setCurrentWidget(widget)
        return widget


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    lock_requested = Signal()
    settings_requested = Signal()
    about_requested = Signal()

    def __init__(
        self,
        actor: Actor,
        post_label: str,
        database_label: str,
        pages: list[PageSpec],
        window_settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.actor = actor
        self._settings = window_settings
        self.setWindowIcon(icon("customs-desk"))
        self.setWindowTitle(self.tr("Customs Desk — {post}").format(post=post_label))
        self.resize(1180, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(260)
        self.nav.setSpacing(2)
        self.host = PageHost(pages)
        for spec in pages:
            item = QListWidgetItem(icon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.tooltip or spec.title)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._nav_changed)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.host)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.setCentralWidget(splitter)
        self.splitter = splitter

        status = self.statusBar()
        self.post_status = QLabel(post_label)
        self.post_status.setObjectName("statusPost")
        self.user_status = QLabel(
            self.tr("{name} ({role})").format(name=actor.name, role=self.role_name(actor))
        )
        self.user_status.setObjectName("statusUser")
        self.db_status = QLabel(database_label)
        self.db_status.setObjectName("statusDatabase")
        status.addWidget(self.post_status)
        status.addWidget(self.user_status)
        status.addPermanentWidget(self.db_status)
        self._build_menus(pages)
        self._restore_state()

    def role_name(self, actor: Actor) -> str:
        names = {
            "officer": self.tr("officer"),
            "supervisor": self.tr("supervisor"),
            "secretariat": self.tr("secretariat"),
        }
        return names.get(actor.role.value, actor.role.value)

    # Menus and shortcuts -------------------------------------------------------------------
    def _build_menus(self, pages: list[PageSpec]) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(self.settings_requested)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        lock = QAction(icon("lock"), self.tr("&Lock"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_requested)
        file_menu.addAction(lock)
        sign_out = QAction(self.tr("Sign &out"), self)
        sign_out.setShortcut(QKeySequence("Ctrl+Shift+L"))
        sign_out.triggered.connect(self.sign_out_requested)
        file_menu.addAction(sign_out)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        self.page_actions: dict[str, QAction] = {}
        for number, spec in enumerate(pages, start=1):
            action = QAction(icon(spec.icon), spec.title, self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            go_menu.addAction(action)
            self.page_actions[spec.key] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Customs Desk"), self)
        about.setShortcut(QKeySequence("F1"))
        about.triggered.connect(self.about_requested)
        help_menu.addAction(about)

    # Navigation ----------------------------------------------------------------------------
    def _nav_changed(self, row: int) -> None:
        if row >= 0:
            key = self.host.specs[row].key
            self.host.show_page(key)

    def show_page(self, key: str) -> QWidget:
        row = self.host.index_of(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        return self.host.show_page(key)

    def current_page_key(self) -> str:
        row = max(self.nav.currentRow(), 0)
        return self.host.specs[row].key

    # State ---------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = self._settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        key = str(self._settings.value("main/page", self.host.specs[0].key))
        try:
            self.show_page(key)
        except KeyError:
            self.show_page(self.host.specs[0].key)

    def save_state(self) -> None:
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("main/state", self.saveState())
        self._settings.setValue("main/splitter", self.splitter.saveState())
        self._settings.setValue("main/page", self.current_page_key())
        self._settings.sync()

    def snapshot(self) -> dict[str, Any]:
        """What to restore when the window is rebuilt (e.g. after a language change)."""
        state: dict[str, Any] = {"page": self.current_page_key()}
        for key, page in self.host.pages.items():
            save = getattr(page, "snapshot", None)
            if callable(save):
                state[f"page:{key}"] = save()
        return state

    def restore(self, state: dict[str, Any]) -> None:
        self.show_page(str(state.get("page", self.host.specs[0].key)))
        for key, value in state.items():
            if key.startswith("page:"):
                page = self.host.page(key[5:])
                restore = getattr(page, "restore", None)
                if callable(restore):
                    restore(value)

    def flush_pages(self) -> None:
        """Ask every page to save drafts (before sign-out, lock or rebuild)."""
        for page in self.host.pages.values():
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_pages()
        self.save_state()
        super().closeEvent(event)
