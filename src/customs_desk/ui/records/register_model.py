"""A lazily loaded table model over a register query (100,000 rows stay fast and small)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from customs_desk.records.register import RegisterPage, RegisterQuery, RegisterRow
from customs_desk.ui.formats import date_text, datetime_text, number_text

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole
IdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 200
#: The roles data() answers; views ask for many more (fonts, icons, size hints) per cell.
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        SortRole,
        IdRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


class RegisterModel(QAbstractTableModel):
    """Rows come from ``fetch(query)``; more are fetched as the view scrolls."""

    def __init__(
        self,
        fetch: Callable[[RegisterQuery], RegisterPage],
        columns: list[str],
        titles: dict[str, str],
        display: Callable[[str, Any], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.columns = list(columns)
        self._titles = titles
        self._display = display or (lambda _c, v: "" if v is None else str(v))
        self.query = RegisterQuery(limit=PAGE)
        self.total = 0
        self._rows: list[RegisterRow] = []
        self._loaded = False

    # Loading ---------------------------------------------------------------------------------
    def set_query(self, query: RegisterQuery) -> None:
        query.offset = 0
        query.limit = PAGE
        self.beginResetModel()
        self.query = query
        page = self._fetch(query)
        self.total = page.total
        self._rows = list(page.rows)
        self._loaded = True
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def set_columns(self, columns: list[str]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self._rows) >= self.total:
            return
        query = RegisterQuery(**{**self.query.__dict__, "offset": len(self._rows), "limit": PAGE})
        page = self._fetch(query)
        if not page.rows:
            self.total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def row_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id

    def row_values(self, row: int) -> dict[str, Any]:
        return self._rows[row].values

    # Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles.get(self.columns[section], self.columns[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role not in _ROLES
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < len(self.columns)
        ):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        value = row.values.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, datetime):
                return datetime_text(value)
            if isinstance(value, date):
                return date_text(value)
            if isinstance(value, float):
                return number_text(value)
            return self._display(column, value)
        if role == SortRole:
            return value
        if role == IdRole:
            return str(row.id)
        if role == Qt.ItemDataRole.ForegroundRole and not row.own:
            return QColor("#555555")
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.query.sort = self.columns[column]
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:
            # Before the first load (the view enabling sorting shows the default order), only
            # remember the order: the first set_query loads the rows once, not twice.
            self.refresh()
