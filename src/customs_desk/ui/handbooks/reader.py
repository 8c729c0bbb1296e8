"""The reader: one chapter at a time in a QTextBrowser, with citations for every paragraph."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor
from customs_desk.errors import CustomsDeskError
from customs_desk.handbooks.annotations import AnnotationService
from customs_desk.handbooks.library import HandbookLibrary
from customs_desk.handbooks.model import Chapter, Handbook, citation
from customs_desk.handbooks.text import Term, highlight_spans
from customs_desk.ui.fonts import css_font_stack
from customs_desk.ui.widgets import show_error

ANCHOR_RE = re.compile(r"^p-(.+)-(\d+)$")


def document_css(language: str) -> str:
    return f"""
body {{ font-family: {css_font_stack(language)}; font-size: 11pt; }}
h1 {{ font-size: 19pt; color: #0f3d47; margin-bottom: 8px; }}
h2 {{ font-size: 15pt; color: #0f3d47; margin-top: 18px; }}
h3 {{ font-size: 12.5pt; color: #0f3d47; margin-top: 12px; }}
th {{ background-color: #e6eef0; }}
code {{ font-family: monospace; }}
a {{ color: #0b5d8a; }}
"""


@dataclass(frozen=True)
class Location:
    handbook: str
    chapter: str
    anchor: str


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class ReaderBrowser(QTextBrowser):
    """The text view; knows where each citable block starts."""

    paragraph_action = Signal(str, str)  # action ("copy", "bookmark", "note"), paragraph anchor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchor_positions: list[tuple[int, str]] = []

    def index_anchors(self) -> None:
        """Positions of the paragraph anchors in the rendered document."""
        positions: list[tuple[int, str]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid():
                    for name in fragment.charFormat().anchorNames():
                        positions.append((fragment.position(), name))
                it += 1
            block = block.next()
        positions.sort()
        self.anchor_positions = positions

    def position_of(self, name: str) -> int | None:
        for position, anchor in self.anchor_positions:
            if anchor == name:
                return position
        return None

    def paragraph_at(self, position: int) -> str | None:
        """The paragraph anchor ('p-section-n') that contains ``position``."""
        paragraphs = [(p, a) for p, a in self.anchor_positions if a.startswith("p-")]
        keys = [p for p, _ in paragraphs]
        index = bisect.bisect_right(keys, position) - 1
        return paragraphs[index][1] if index >= 0 else None

    def paragraph_end(self, position: int) -> int:
        for p, _anchor in self.anchor_positions:
            if p > position:
                return p
        return self.document().characterCount() - 1

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        cursor = self.cursorForPosition(event.pos())
        anchor = self.paragraph_at(cursor.position())
        menu = self.createStandardContextMenu(event.pos())
        if anchor is not None:
            menu.addSeparator()
            for text, action in (
                (self.tr("Copy citation"), "copy"),
                (self.tr("Bookmark this paragraph"), "bookmark"),
                (self.tr("Add a note to this paragraph…"), "note"),
            ):
                item = menu.addAction(text)
                item.triggered.connect(
                    lambda _c=False, a=action, p=anchor: self.paragraph_action.emit(a, p)
                )
        menu.exec(event.globalPos())


class ReaderView(QWidget):
    """Toolbar, find bar and the browser. Emits ``code_requested`` for links to codes."""

    code_requested = Signal(str)
    annotations_changed = Signal()
    location_changed = Signal(str, str)  # handbook id, section anchor

    def __init__(
        self,
        library: HandbookLibrary,
        annotations: AnnotationService,
        actor: Actor,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self._library = library
        self._annotations = annotations
        self._actor = actor
        self._settings = settings
        self._handbook: Handbook | None = None
        self._chapter: Chapter | None = None
        self._history: list[Location] = []
        self._future: list[Location] = []
        self.current_paragraph: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar()
        layout.addWidget(self.toolbar)
        self.title = QLabel()
        self.title.setObjectName("readerTitle")
        self.title.setStyleSheet("color: #555; padding: 2px 6px;")
        layout.addWidget(self.title)
        self.browser = ReaderBrowser()
        self.browser.setObjectName("readerBrowser")
        self.browser.anchorClicked.connect(self._link)
        self.browser.paragraph_action.connect(self._context_action)
        self.browser.cursorPositionChanged.connect(self._cursor_moved)
        layout.addWidget(self.browser, 1)

        self.find_bar = QWidget()
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(4, 2, 4, 2)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findInPage")
        self.find_edit.setPlaceholderText(self.tr("Find in this chapter"))
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_status = QLabel()
        next_button = QPushButton(self.tr("Next"))
        next_button.clicked.connect(self.find_next)
        previous_button = QPushButton(self.tr("Previous"))
        previous_button.clicked.connect(lambda: self.find_next(backward=True))
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.find_bar.hide)
        for w in (self.find_edit, next_button, previous_button, self.find_status, close_button):
            find_layout.addWidget(w)
        self.find_bar.hide()
        layout.addWidget(self.find_bar)
        self._build_actions()
        zoom = int(str(self._settings.value("reader/zoom", 0)))
        if zoom:
            self.browser.zoomIn(zoom)
        self._zoom = zoom

    # Toolbar ---------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def add(text: str, shortcut: str | None, slot, name: str) -> QAction:  # type: ignore[no-untyped-def]
            action = QAction(text, self)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            return action

        self.back_action = add(self.tr("Back"), "Alt+Left", self.back, "readerBack")
        self.forward_action = add(self.tr("Forward"), "Alt+Right", self.forward, "readerForward")
        self.toolbar.addSeparator()
        add(self.tr("Smaller"), "Ctrl+-", lambda: self.zoom(-1), "zoomOut")
        add(self.tr("Larger"), "Ctrl+=", lambda: self.zoom(1), "zoomIn")
        add(self.tr("Find"), "Ctrl+F", self.show_find, "findAction")
        self.toolbar.addSeparator()
        add(self.tr("Copy citation"), "Ctrl+Shift+C", self.copy_citation, "copyCitation")
        add(self.tr("Bookmark"), "Ctrl+D", self.bookmark_current, "bookmarkAction")
        add(self.tr("Note…"), "Ctrl+Shift+N", self.note_current, "noteAction")
        self.toolbar.addSeparator()
        add(self.tr("Print to PDF…"), "Ctrl+P", self.print_pdf, "printPdf")
        self._update_history_actions()

    def zoom(self, step: int) -> None:
        if step > 0:
            self.browser.zoomIn(1)
        else:
            self.browser.zoomOut(1)
        self._zoom += step
        self._settings.setValue("reader/zoom", self._zoom)

    # Opening ---------------------------------------------------------------------------------
    @property
    def handbook(self) -> Handbook | None:
        return self._handbook

    def open_handbook(self, handbook_id: str) -> None:
        handbook = self._library.handbook(handbook_id)
        first = handbook.chapters[0]
        self.open_location(Location(handbook_id, first.file, first.anchor))

    def open_section(self, handbook_id: str, anchor: str) -> None:
        handbook = self._library.handbook(handbook_id)
        chapter = handbook.chapter_of(anchor) if anchor else handbook.chapters[0]
        if chapter is None:
            chapter = handbook.chapters[0]
            anchor = chapter.anchor
        self.open_location(Location(handbook_id, chapter.file, anchor or chapter.anchor))

    def open_citation(
        self, handbook_id: str, section: str, paragraph: int, terms: list[Term] | None = None
    ) -> None:
        handbook = self._library.handbook(handbook_id)
        chapter = handbook.chapter_of(section)
        if chapter is None:
            return
        self.open_location(
            Location(handbook_id, chapter.file, f"p-{section}-{paragraph}"), terms=terms
        )

    def open_location(
        self, location: Location, *, terms: list[Term] | None = None, record: bool = True
    ) -> None:
        current = self.location()
        if record and current is not None and current != location:
            self._history.append(current)
            self._future.clear()
        self._show(location, terms or [])
        self._update_history_actions()

    def location(self) -> Location | None:
        if self._handbook is None or self._chapter is None:
            return None
        anchor = self.current_paragraph or self._chapter.anchor
        return Location(self._handbook.id, self._chapter.file, anchor)

    def _show(self, location: Location, terms: list[Term]) -> None:
        handbook = self._library.handbook(location.handbook)
        chapter = next(
            (c for c in handbook.chapters if c.file == location.chapter), handbook.chapters[0]
        )
        if self._chapter is not chapter:
            self._handbook = handbook
            self._chapter = chapter
            self.browser.document().setDefaultStyleSheet(document_css(handbook.manifest.language))
            self.browser.setHtml(self._chapter_html(handbook, chapter))
            self.browser.index_anchors()
            self.title.setText(f"{handbook.manifest.short_title} — {chapter.title}")
        self.browser.setExtraSelections([])
        position = self.browser.position_of(location.anchor)
        if position is not None:
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(position)
            self.browser.setTextCursor(cursor)
            self.browser.scrollToAnchor(location.anchor)
            if location.anchor.startswith("p-"):
                self.current_paragraph = location.anchor
                self._highlight(position, terms)
        else:
            self.browser.verticalScrollBar().setValue(0)
        section = location.anchor
        match = ANCHOR_RE.match(location.anchor)
        if match:
            section = match.group(1)
        self.location_changed.emit(handbook.id, section)

    def _chapter_html(self, handbook: Handbook, chapter: Chapter) -> str:
        body = chapter.html
        body = body.replace(
            "<table>", '<table border="1" cellspacing="0" cellpadding="5" width="100%">'
        )
        try:
            marked = {
                f"p-{a.section}-{a.paragraph}": a.kind
                for a in self._annotations.list(self._actor, handbook=handbook.id)
            }
        except CustomsDeskError:
            marked = {}
        for anchor, kind in marked.items():
            sign = "✎" if kind == "note" else "🔖"
            body = body.replace(
                f'<a name="{anchor}"></a>',
                f'<a name="{anchor}"></a><span style="color:#a15c00;">{sign} </span>',
                1,
            )
        return f"<html><body>{body}</body></html>"

    def _highlight(self, position: int, terms: list[Term]) -> None:
        end = self.browser.paragraph_end(position)
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        text = cursor.selectedText()
        selections = []
        paragraph = QTextEdit.ExtraSelection()
        paragraph_format = QTextCharFormat()
        paragraph_format.setBackground(QColor("#fff8dc"))
        paragraph.format = paragraph_format
        paragraph.cursor = cursor
        selections.append(paragraph)
        for start, stop in highlight_spans(text, terms) if terms else []:
            match = QTextCursor(self.browser.document())
            match.setPosition(position + _utf16_len(text[:start]))
            match.setPosition(position + _utf16_len(text[:stop]), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffd54f"))
            fmt.setFontWeight(700)
            selection.format = fmt
            selection.cursor = match
            selections.append(selection)
        self.browser.setExtraSelections(selections)

    def refresh(self) -> None:
        """Re-render the current chapter (after notes changed)."""
        location = self.location()
        if location is not None:
            self._chapter = None
            self._show(location, [])

    # History ---------------------------------------------------------------------------------
    def back(self) -> None:
        if self._history:
            current = self.location()
            if current is not None:
                self._future.append(current)
            self._show(self._history.pop(), [])
            self._update_history_actions()

    def forward(self) -> None:
        if self._future:
            current = self.location()
            if current is not None:
                self._history.append(current)
            self._show(self._future.pop(), [])
            self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(bool(self._history))
        self.forward_action.setEnabled(bool(self._future))

    # Links -----------------------------------------------------------------------------------
    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(("code:", "hs:")):
            self.code_requested.emit(target.split(":", 1)[1])
        elif target.startswith("hb:"):
            handbook_id, _, anchor = target[3:].partition("#")
            try:
                self.open_section(handbook_id, anchor)
            except CustomsDeskError as exc:
                show_error(self, exc)
        elif target.startswith("#") and self._handbook is not None:
            self.open_section(self._handbook.id, target[1:])
        else:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Source on the web"))
            box.setText(
                self.tr(
                    "This source is on the web; open it on a computer with a network:\n{url}"
                ).format(url=target)
            )
            copy = box.addButton(self.tr("Copy address"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is copy:
                QGuiApplication.clipboard().setText(target)

    # Citations and notes ---------------------------------------------------------------------
    def _cursor_moved(self) -> None:
        anchor = self.browser.paragraph_at(self.browser.textCursor().position())
        if anchor is not None:
            self.current_paragraph = anchor

    def current_citation(self) -> tuple[str, str, int] | None:
        if self._handbook is None or self.current_paragraph is None:
            return None
        match = ANCHOR_RE.match(self.current_paragraph)
        if not match:
            return None
        return self._handbook.id, match.group(1), int(match.group(2))

    def copy_citation(self) -> str | None:
        current = self.current_citation()
        if current is None:
            return None
        text = citation(*current)
        QGuiApplication.clipboard().setText(text)
        return text

    def _paragraph_text(self) -> str:
        if self.current_paragraph is None:
            return ""
        position = self.browser.position_of(self.current_paragraph)
        if position is None:
            return ""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        cursor.setPosition(self.browser.paragraph_end(position), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", " ").strip()

    def bookmark_current(self) -> None:
        self._annotate("bookmark", "")

    def note_current(self) -> None:
        current = self.current_citation()
        if current is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Note"),
            self.tr("Your note on {citation}:").format(citation=citation(*current)),
        )
        if ok and text.strip():
            self._annotate("note", text)

    def _annotate(self, kind: str, note: str) -> None:
        current = self.current_citation()
        if current is None:
            return
        handbook, section, paragraph = current
        try:
            self._annotations.add(
                self._actor,
                kind=kind,
                handbook=handbook,
                section=section,
                paragraph=paragraph,
                quote=self._paragraph_text(),
                note=note,
            )
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.annotations_changed.emit()
        self.refresh()

    def _context_action(self, action: str, anchor: str) -> None:
        self.current_paragraph = anchor
        if action == "copy":
            self.copy_citation()
        elif action == "bookmark":
            self.bookmark_current()
        elif action == "note":
            self.note_current()

    # Find and print --------------------------------------------------------------------------
    def show_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self, backward: bool = False) -> bool:
        text = self.find_edit.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.find_status.setText("" if found else self.tr("Not found"))
        return bool(found)

    def print_pdf(self, path: str | None = None) -> str | None:
        if self._chapter is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Print to PDF"),
                f"{self._chapter.anchor}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self.browser.document().print_(printer)
        return path
