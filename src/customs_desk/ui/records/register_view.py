"""A register table with filter as you type, saved filters and a column chooser."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor
from customs_desk.errors import CustomsDeskError
from customs_desk.records.register import Register, RegisterPage, RegisterQuery
from customs_desk.ui.records.register_model import RegisterModel
from customs_desk.ui.widgets import show_error


class RegisterView(QWidget):
    """Shared by the inspections and the cases registers."""

    opened = Signal(object)  # the record's UUID

    def __init__(
        self,
        register_name: str,
        fetch: Callable[[RegisterQuery], RegisterPage],
        all_columns: dict[str, str],
        default_columns: list[str],
        filters: list[tuple[str, str, list[tuple[str, str]]]],
        register: Register,
        actor: Actor,
        settings: QSettings,
        display: Callable[[str, Any], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = register_name
        self._register = register
        self._actor = actor
        self._settings = settings
        self._all_columns = all_columns
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName(f"{register_name}Filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            self.tr("Filter: number, container, bill of lading, party, code, country…")
        )
        self.filter.setMinimumWidth(200)
        bar.addWidget(self.filter, 1)
        self.combos: dict[str, QComboBox] = {}
        for key, title, choices in filters:
            combo = QComboBox()
            combo.setObjectName(f"{register_name}-{key}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.addItem(title, None)
            for value, text in choices:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(lambda _i: self.apply())
            self.combos[key] = combo
            bar.addWidget(combo)
        self.saved = QComboBox()
        self.saved.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.saved.setMinimumContentsLength(10)
        self.saved.setObjectName(f"{register_name}SavedFilters")
        self.saved.currentIndexChanged.connect(self._saved_chosen)
        bar.addWidget(self.saved)
        save = QPushButton(self.tr("Save filter…"))
        save.clicked.connect(self.save_filter)
        bar.addWidget(save)
        self.count = QLabel()
        self.count.setObjectName(f"{register_name}Count")
        bar.addWidget(self.count)
        layout.addLayout(bar)
        stored = settings.value(f"{register_name}/columns")
        columns = [
            c for c in (stored if isinstance(stored, list) else default_columns) if c in all_columns
        ] or list(default_columns)
        self.model = RegisterModel(fetch, columns, all_columns, display, self)
        self.table = QTableView()
        self.table.setObjectName(f"{register_name}Table")
        self.table.setModel(self.model)
        default_sort = "opened_at" if register_name == "cases" else "inspected_at"
        if default_sort in columns:
            self.table.horizontalHeader().setSortIndicator(
                columns.index(default_sort), Qt.SortOrder.DescendingOrder
            )
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Column widths come from the first rows (two screens), not the whole 200-row page:
        # measuring every cell took half of the time to open a register of 100,000 records.
        header.setResizeContentsPrecision(50)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._sized = False
        self.table.doubleClicked.connect(
            lambda index: self.opened.emit(self.model.row_id(index.row()))
        )
        self.table.activated.connect(lambda index: self.opened.emit(self.model.row_id(index.row())))
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.default_sort = "opened_at" if register_name == "cases" else "inspected_at"
        self.refresh_saved()

    def query(self) -> RegisterQuery:
        q = RegisterQuery(
            text=self.filter.text(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )
        for key, combo in self.combos.items():
            setattr(q, key, combo.currentData())
        return q

    def apply(self) -> None:
        try:
            self.model.set_query(self.query())
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.count.setText(self.tr("{n} records").format(n=f"{self.model.total:,}"))
        sort = self.model.query.sort
        if sort in self.model.columns:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self.model.columns.index(sort),
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
        if not self._sized:
            if self.model.rowCount():
                self.table.resizeColumnsToContents()
                self._sized = True
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                # At least the header's own text (an empty register too), at most 260 px.
                wanted = max(self.table.columnWidth(column), header.sectionSizeHint(column), 70)
                self.table.setColumnWidth(column, min(wanted, 260))

    def refresh(self) -> None:
        self.apply()

    # Saved filters ----------------------------------------------------------------------------
    def refresh_saved(self) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("Saved filters"), None)
        for name in self._register.saved_filters(self._actor, self._name):
            self.saved.addItem(name, name)
        self.saved.blockSignals(False)

    def save_filter(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save filter"), self.tr("Name of this filter:")
        )
        if ok and name.strip():
            try:
                self._register.save_filter(self._actor, self._name, name, self.query())
            except CustomsDeskError as exc:
                show_error(self, exc)
                return
            self.refresh_saved()

    def _saved_chosen(self, _index: int) -> None:
        name = self.saved.currentData()
        if not name:
            return
        q = self._register.saved_filters(self._actor, self._name).get(name)
        if q is None:
            return
        self.filter.blockSignals(True)
        self.filter.setText(q.text)
        self.filter.blockSignals(False)
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(getattr(q, key)), 0))
            combo.blockSignals(False)
        self.apply()

    # Columns ----------------------------------------------------------------------------------
    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for key, title in self._all_columns.items():
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(key in self.model.columns)
            action.toggled.connect(lambda checked, k=key: self.toggle_column(k, checked))
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def toggle_column(self, key: str, visible: bool) -> None:
        columns = [c for c in self.model.columns if c != key]
        if visible:
            order = list(self._all_columns)
            columns.append(key)
            columns.sort(key=order.index)
        if not columns:
            return
        self.model.set_columns(columns)
        self._settings.setValue(f"{self._name}/columns", columns)
