"""The Codes view: search by number or words, detail with validity, replacements, hints and
the handbook paragraphs that mention the code; decision aids."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor
from customs_desk.codes.decision_aids import DecisionAid, DecisionAidService
from customs_desk.codes.service import CodeDetail, CodeMatch, CodeService
from customs_desk.errors import CustomsDeskError
from customs_desk.handbooks.library import HandbookLibrary
from customs_desk.ui.codes.aid_dialog import AidPicker, DecisionAidDialog
from customs_desk.ui.formats import date_text

ModelIndex = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole
STATUS_COLORS = {"valid": "#2e7d32", "deleted": "#b3261e", "future": "#a15c00"}


class CodeListModel(QAbstractTableModel):
    COLUMNS = ("code", "title", "status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CodeMatch] = []

    def set_rows(self, rows: list[CodeMatch]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> CodeMatch:
        return self._rows[index]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Code"), self.tr("Title"), self.tr("Status"))[section]

    def status_text(self, status: str) -> str:
        return {
            "valid": self.tr("valid"),
            "deleted": self.tr("deleted"),
            "future": self.tr("not yet"),
        }.get(status, status)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        match = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "code":
                return match.code
            if column == "title":
                return match.local_title or match.title
            return self.status_text(match.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return match.title
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            from PySide6.QtGui import QColor

            return QColor(STATUS_COLORS.get(match.status, "#333"))
        if role == SortRole:
            return getattr(match, column if column != "title" else "title")
        return None


class CodesPage(QWidget):
    citation_requested = Signal(str)

    def __init__(
        self,
        codes: CodeService,
        library: HandbookLibrary,
        aids: DecisionAidService,
        actor: Actor,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._codes = codes
        self._library = library
        self._aids = aids
        self._actor = actor
        self._language = language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("codeSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Code or words, e.g. A1181, 8549, lead-acid, 铅酸, แบตเตอรี่")
        )
        self.on_date = QDateEdit(QDate.currentDate())
        self.on_date.setObjectName("codeDate")
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("yyyy-MM-dd")
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("Valid on")))
        bar.addWidget(self.on_date)
        layout.addLayout(bar)
        layout.addWidget(AidPicker(aids, self.start_aid))
        splitter = QSplitter()
        self.model = CodeListModel(self)
        self.table = QTableView()
        self.table.setObjectName("codeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._selected(cur.row())
        )
        self.detail = QTextBrowser()
        self.detail.setObjectName("codeDetail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([480, 620])
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.on_date.dateChanged.connect(lambda _d: self.refresh())
        self.last_result: object = None

    def day(self) -> date:
        qdate = self.on_date.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def refresh(self) -> None:
        query = self.search.text().strip()
        rows = self._codes.lookup(query, language=self._language, on=self.day()) if query else []
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def show_code(self, code: str) -> None:
        self.search.setText(code)
        self.refresh()

    def _selected(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.show_detail(self.model.row(row).code)

    def show_detail(self, code: str) -> CodeDetail | None:
        try:
            detail = self._codes.detail(code, language=self._language, on=self.day())
        except CustomsDeskError as exc:
            self.detail.setPlainText(str(exc))
            return None
        try:
            mentions = self._library.mentions(detail.code)
        except CustomsDeskError:
            mentions = []
        self.detail.setHtml(self._detail_html(detail, mentions))
        return detail

    def _detail_html(self, d: CodeDetail, mentions: list[Any]) -> str:
        e = html.escape
        color = STATUS_COLORS.get(d.status, "#333")
        status = self.model.status_text(d.status)
        until = date_text(d.valid_to) if d.valid_to else self.tr("no end date")
        # Translated outside the f-strings below: lupdate does not see tr() inside f-strings.
        unofficial = self.tr("unofficial translation")
        on_day = self.tr("on {day}").format(day=date_text(self.day()))
        validity = self.tr("from {start} until {end}").format(
            start=date_text(d.valid_from), end=until
        )
        un_class = self.tr("UN class")
        replaced_by = self.tr("Replaced by")
        replaces = self.tr("Replaces")
        related = self.tr("Related")
        hints_only = self.tr("hints only, never a classification")
        unconfirmed = self.tr("Not fully confirmed: to be confirmed with the competent authority.")
        decision = self.tr("Decision")
        source_label = self.tr("Source")
        in_handbooks = self.tr("In the handbooks")
        parts = [
            f"<h1 style='color:#0f3d47'>{e(d.code)}</h1>",
            f"<p style='font-size:12pt'>{e(d.title)}</p>",
        ]
        if d.local_title:
            parts.append(
                f"<p style='color:#444'>{e(d.local_title)} <i style='color:#888'>({e(unofficial)})</i></p>"
            )
        parts.append(
            f"<p><b>{e(d.annex_or_edition)}</b>{' · ' + e(d.group) if d.group else ''}<br>"
            f"<span style='color:{color}; font-weight:600'>{e(status)}</span> "
            f"({e(on_day)}) · {e(validity)}</p>"
        )
        if d.un_class:
            parts.append(f"<p>{e(un_class)}: {e(d.un_class)}</p>")

        def links(codes: tuple[str, ...]) -> str:
            return ", ".join(f"<a href='code:{e(c)}'>{e(c)}</a>" for c in codes)

        if d.replaced_by:
            parts.append(f"<p><b>{e(replaced_by)}:</b> {links(d.replaced_by)}</p>")
        if d.replaces:
            parts.append(f"<p><b>{e(replaces)}:</b> {links(d.replaces)}</p>")
        if d.related:
            parts.append(f"<p><b>{e(related)}:</b> {links(d.related)}</p>")
        if d.hints:
            rows = "".join(
                f"<tr><td><a href='code:{e(h.hs_code if d.kind == 'basel' else h.basel_code)}'>"
                f"{e(h.hs_code if d.kind == 'basel' else h.basel_code)}</a></td><td>{e(h.hs_edition)}</td></tr>"
                for h in d.hints
            )
            label = (
                self.tr("Commonly associated HS codes")
                if d.kind == "basel"
                else self.tr("Commonly associated Basel entries")
            )
            parts.append(
                f"<p><b>{e(label)}</b> — <i>{e(hints_only)}</i></p>"
                f"<table border='1' cellspacing='0' cellpadding='4'>{rows}</table>"
            )
        if d.mark != "V":
            parts.append(f"<p style='background-color:#fff4e0; padding:6px'>{e(unconfirmed)}</p>")
        if d.note:
            parts.append(f"<p style='color:#555'>{e(d.note)}</p>")
        source = f"{e(d.source.title)} ({e(d.source.year)})" if d.source else ""
        parts.append(
            f"<p style='color:#666'>{e(decision)}: {e(d.decision or '—')}<br>{e(source_label)}: {source}</p>"
        )
        if mentions:
            items = "".join(
                f"<li><a href='cite:{e(m.citation)}'>{e(m.section_title)}</a> "
                f"<span style='color:#888'>— {e(m.handbook_title)}</span></li>"
                for m in mentions
            )
            parts.append(f"<h3>{e(in_handbooks)}</h3><ul>{items}</ul>")
        return "<html><body>" + "".join(parts) + "</body></html>"

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("code:"):
            self.show_code(target[5:])
        elif target.startswith("cite:"):
            self.citation_requested.emit(target[5:])

    def start_aid(self, aid: DecisionAid) -> None:
        dialog = DecisionAidDialog(
            self._aids, aid, self._actor, on_citation=self.citation_requested.emit, parent=self
        )
        dialog.exec()
