"""The Handbooks page: library cards, contents, search as you type, notes, and the reader."""

from __future__ import annotations

import html
import time
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor
from customs_desk.errors import CustomsDeskError
from customs_desk.handbooks.annotations import AnnotationService
from customs_desk.handbooks.index import Hit, SearchResult
from customs_desk.handbooks.library import HandbookInfo, HandbookLibrary
from customs_desk.handbooks.text import split_query
from customs_desk.ui.formats import date_text
from customs_desk.ui.handbooks.reader import ReaderView
from customs_desk.ui.operations import run_in_background
from customs_desk.ui.widgets import show_error

ROLE = Qt.ItemDataRole.UserRole

LANGUAGE_NAMES = {
    "en": "English",
    "zh-Hans": "简体中文",
    "zh-Hant-HK": "繁體中文",
    "ja": "日本語",
    "ko": "한국어",
    "th": "ไทย",
    "vi": "Tiếng Việt",
    "id": "Bahasa Indonesia",
    "ms": "Bahasa Melayu",
    "km": "ខ្មែរ",
}


def highlighted_html(text: str, spans: list[tuple[int, int]]) -> str:
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(html.escape(text[last:start]))
        out.append(f"<b style='background-color:#ffe082'>{html.escape(text[start:end])}</b>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


class HandbooksPage(QWidget):
    code_requested = Signal(str)

    def __init__(
        self,
        library: HandbookLibrary,
        annotations: AnnotationService,
        actor: Actor,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._annotations = annotations
        self._actor = actor
        self._index_ready = False
        self._pending_query = ""
        self.last_result: SearchResult | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("handbookSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search all handbooks — any language, e.g. A1181, used EEE, 电子废物, แบตเตอรี่")
        )
        self.scope = QComboBox()
        self.scope.setObjectName("handbookScope")
        self.language = QComboBox()
        self.language.setObjectName("handbookLanguage")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.scope)
        bar.addWidget(self.language)
        layout.addLayout(bar)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._suggestion_clicked)
        layout.addWidget(self.status)

        splitter = QSplitter()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("handbookTabs")
        self.cards = QListWidget()
        self.cards.setObjectName("libraryCards")
        self.cards.setSpacing(4)
        self.cards.setWordWrap(True)
        self.cards.itemActivated.connect(self._card_opened)
        self.cards.itemClicked.connect(self._card_opened)
        self.contents = QTreeWidget()
        self.contents.setObjectName("contentsTree")
        self.contents.setHeaderHidden(True)
        self.contents.itemClicked.connect(self._contents_clicked)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.itemClicked.connect(self._result_opened)
        self.results.itemActivated.connect(self._result_opened)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_filter = QLineEdit()
        self.notes_filter.setObjectName("notesFilter")
        self.notes_filter.setPlaceholderText(self.tr("Search your bookmarks and notes"))
        self.notes_filter.textChanged.connect(self.refresh_notes)
        self.notes = QListWidget()
        self.notes.setObjectName("notesList")
        self.notes.setWordWrap(True)
        self.notes.itemClicked.connect(self._note_opened)
        notes_layout.addWidget(self.notes_filter)
        notes_layout.addWidget(self.notes)
        self.tabs.addTab(self.cards, self.tr("Library"))
        self.tabs.addTab(self.contents, self.tr("Contents"))
        self.tabs.addTab(self.results, self.tr("Results"))
        self.tabs.addTab(notes_box, self.tr("Notes"))
        self.reader = ReaderView(library, annotations, actor, settings)
        self.reader.code_requested.connect(self.code_requested)
        self.reader.annotations_changed.connect(self.refresh_notes)
        self.reader.location_changed.connect(self._location_changed)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 760])
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.scope.currentIndexChanged.connect(lambda _i: self.run_search())
        self.language.currentIndexChanged.connect(lambda _i: self.run_search())

        self.fill_library()
        self.refresh_notes()
        self.status.setText(self.tr("Preparing the search index…"))
        self._operation = run_in_background(
            self, self._library.ensure_index, on_done=self._index_done, on_error=self._index_failed
        )

    # Library ---------------------------------------------------------------------------------
    def fill_library(self) -> None:
        infos, problems = self._library.discover()
        self.cards.clear()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All handbooks"), "")
        variants: dict[str, list[HandbookInfo]] = {}
        for info in infos:
            if info.variant_of:
                variants.setdefault(info.variant_of, []).append(info)
        for info in infos:
            language = LANGUAGE_NAMES.get(info.language, info.language)
            self.scope.addItem(
                info.short_title + ("" if info.language == "en" else f" ({language})"), info.id
            )
            if info.variant_of and any(i.id == info.variant_of for i in infos):
                continue  # shown as a language link on the original's card
            self._add_card(info, variants.get(info.id, []))
        self.scope.blockSignals(False)
        self.language.blockSignals(True)
        self.language.clear()
        self.language.addItem(self.tr("All languages"), "")
        for code in self._library.languages():
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.blockSignals(False)
        for problem in problems:
            item = QListWidgetItem(self.tr("Skipped: {problem}").format(problem=str(problem)))
            item.setForeground(Qt.GlobalColor.darkRed)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.cards.addItem(item)

    def _add_card(self, info: HandbookInfo, variants: list[HandbookInfo]) -> None:
        language = LANGUAGE_NAMES.get(info.language, info.language)
        details = self.tr(
            "Version {version} · reviewed {date} · {chapters} chapters · {language}"
        ).format(
            version=info.version,
            date=date_text(info.last_reviewed),
            chapters=info.chapters,
            language=language,
        )
        links = ""
        if variants:
            links = (
                "<br>"
                + self.tr("Also in:")
                + " "
                + " · ".join(
                    f"<a href='{html.escape(v.id)}'>{html.escape(LANGUAGE_NAMES.get(v.language, v.language))}</a>"
                    for v in variants
                )
            )
        label = QLabel(
            f"<div style='margin:4px'><span style='font-size:12pt; font-weight:600; color:#0f3d47'>"
            f"{html.escape(info.title)}</span><br>"
            f"<span style='color:#666'>{html.escape(details)}</span><br>"
            f"{html.escape(info.summary)}{links}</div>"
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setObjectName(f"card-{info.id}")
        label.linkActivated.connect(self.open_handbook)
        label.setStyleSheet("QLabel { border-bottom: 1px solid #d8dee0; padding: 4px; }")
        item = QListWidgetItem()
        item.setData(ROLE, info.id)
        item.setToolTip(info.summary)
        self.cards.addItem(item)
        self.cards.setItemWidget(item, label)
        label.setMinimumWidth(200)
        item.setSizeHint(label.sizeHint())

    def _card_opened(self, item: QListWidgetItem) -> None:
        handbook_id = item.data(ROLE)
        if handbook_id:
            self.open_handbook(str(handbook_id))

    def open_handbook(self, handbook_id: str) -> None:
        try:
            self.reader.open_handbook(handbook_id)
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.fill_contents()
        self.tabs.setCurrentWidget(self.contents)

    def fill_contents(self) -> None:
        handbook = self.reader.handbook
        self.contents.clear()
        if handbook is None:
            return
        for chapter in handbook.chapters:
            top = QTreeWidgetItem([chapter.title])
            top.setData(0, ROLE, chapter.anchor)
            parent = top
            for section in chapter.sections[1:]:
                node = QTreeWidgetItem([section.title])
                node.setData(0, ROLE, section.anchor)
                if section.level == 2:
                    top.addChild(node)
                    parent = node
                else:
                    parent.addChild(node)
            self.contents.addTopLevelItem(top)

    def _contents_clicked(self, item: QTreeWidgetItem) -> None:
        handbook = self.reader.handbook
        if handbook is not None:
            self.reader.open_section(handbook.id, str(item.data(0, ROLE)))

    def _location_changed(self, handbook_id: str, section: str) -> None:
        del handbook_id, section

    # Search ----------------------------------------------------------------------------------
    def _index_done(self, _state: Any) -> None:
        self._index_ready = True
        self.status.setText("")
        if self.search.text().strip():
            self.run_search()

    def _index_failed(self, exc: CustomsDeskError) -> None:
        self.status.setText(
            self.tr("The search index could not be prepared: {error}").format(error=str(exc))
        )

    def run_search(self) -> SearchResult | None:
        query = self.search.text().strip()
        self.results.clear()
        if not query:
            self.status.setText("")
            self.last_result = None
            return None
        if not self._index_ready:
            self.status.setText(self.tr("Preparing the search index…"))
            return None
        started = time.perf_counter()
        try:
            result = self._library.search(
                query,
                handbook=self.scope.currentData() or None,
                language=self.language.currentData() or None,
                limit=50,
            )
        except CustomsDeskError as exc:
            self.status.setText(str(exc))
            return None
        self.last_result = result
        for hit in result.hits:
            self._add_result(hit)
        elapsed = (time.perf_counter() - started) * 1000
        message = self.tr("{n} results ({ms:.0f} ms)").format(n=len(result.hits), ms=elapsed)
        if result.suggestion:
            message += " — " + self.tr("Did you mean <a href='{s}'>{s}</a>?").format(
                s=html.escape(result.suggestion)
            )
        self.status.setText(message)
        if result.hits:
            self.tabs.setCurrentWidget(self.results)
        return result

    def _add_result(self, hit: Hit) -> None:
        item = QListWidgetItem()
        item.setData(ROLE, hit)
        label = QLabel(
            f"<div><b>{html.escape(hit.section_title)}</b> "
            f"<span style='color:#666'>· {html.escape(hit.handbook_title)}</span><br>"
            f"{highlighted_html(hit.snippet, hit.highlights)}<br>"
            f"<span style='color:#888; font-size:9pt'>{html.escape(hit.citation)}</span></div>"
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(4, 4, 4, 4)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        item.setSizeHint(label.sizeHint())
        self.results.addItem(item)
        self.results.setItemWidget(item, label)

    def _suggestion_clicked(self, text: str) -> None:
        self.search.setText(text)
        self.run_search()

    def _result_opened(self, item: QListWidgetItem) -> None:
        hit = item.data(ROLE)
        if isinstance(hit, Hit):
            self.open_hit(hit)

    def open_hit(self, hit: Hit) -> None:
        try:
            self.reader.open_citation(
                hit.handbook, hit.section, hit.paragraph, split_query(self.search.text())
            )
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.fill_contents()

    def copy_citation_text(self) -> str | None:
        return self.reader.copy_citation()

    # Notes -----------------------------------------------------------------------------------
    def refresh_notes(self) -> None:
        self.notes.clear()
        try:
            annotations = self._annotations.list(self._actor, query=self.notes_filter.text())
        except CustomsDeskError:
            return
        for annotation in annotations:
            sign = "✎" if annotation.kind == "note" else "🔖"
            body = annotation.note or annotation.quote
            item = QListWidgetItem(f"{sign} {annotation.citation}\n{body}")
            item.setData(ROLE, annotation)
            self.notes.addItem(item)

    def _note_opened(self, item: QListWidgetItem) -> None:
        annotation = item.data(ROLE)
        try:
            self.reader.open_citation(annotation.handbook, annotation.section, annotation.paragraph)
        except CustomsDeskError as exc:
            show_error(self, exc)

    # Main window hooks ----------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        location = self.reader.location()
        return {
            "query": self.search.text(),
            "location": [location.handbook, location.chapter, location.anchor]
            if location
            else None,
        }

    def restore(self, state: dict[str, Any]) -> None:
        from customs_desk.ui.handbooks.reader import Location

        if state.get("location"):
            try:
                self.reader.open_location(Location(*state["location"]))
                self.fill_contents()
            except CustomsDeskError:
                pass
        if state.get("query"):
            self.search.setText(state["query"])
