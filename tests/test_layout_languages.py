"""No clipped labels: every page of the main window, in the pseudo-locale (longer, accented
strings) and in the shipped languages whose words run longest, at the smallest supported
window size (1280 x 720, a common old office screen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.ui.application import AppController
from customs_desk.ui.i18n import Translations

pytestmark = pytest.mark.gui


def clipped(root: QWidget) -> list[str]:
    """Visible single-line texts narrower than what they need."""
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        text = ""
        available = widget.contentsRect().width()
        if isinstance(widget, QLabel):
            if widget.wordWrap() or widget.textFormat().name == "RichText" or "\n" in widget.text():
                continue
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            available = widget.width()
        elif isinstance(widget, QGroupBox):
            text = widget.title().replace("&", "")
        else:
            continue
        if not text.strip() or text.startswith("<"):
            continue
        needed = (
            widget.sizeHint().width()
            if not isinstance(widget, QLabel)
            else (widget.fontMetrics().horizontalAdvance(text))
        )
        if needed > available + 1:
            problems.append(
                f"{type(widget).__name__} {widget.objectName() or ''} {text[:50]!r}: "
                f"needs {needed}px, has {available}px"
            )
    for header in root.findChildren(QHeaderView):
        model = header.model()
        if not header.isVisible() or model is None:
            continue
        if header.orientation() != Qt.Orientation.Horizontal:
            continue
        for section in range(header.count()):
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if header.isSectionHidden(section) or not text.strip():
                continue
            # The text plus a little of the section margins: Qt sizes sections to fit with font
            # metrics that differ by a pixel or two from these for fallback (CJK) fonts.
            needed = header.fontMetrics().horizontalAdvance(text) + 4
            if header.sectionSize(section) < needed:
                problems.append(
                    f"column {text[:50]!r} of {header.parent().objectName() or 'a table'}: "
                    f"needs {needed}px, has {header.sectionSize(section)}px"
                )
    for bar in root.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            needed = bar.fontMetrics().horizontalAdvance(bar.tabText(index).replace("&", ""))
            if bar.tabRect(index).width() < needed and not bar.usesScrollButtons():
                problems.append(f"tab {bar.tabText(index)!r} clipped")
    return problems


@pytest.fixture
def window_in(qtbot: QtBot, ctx: AppContext, supervisor: Actor, tmp_path: Path) -> Iterator[object]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    controllers: list[AppController] = []

    def open_in(language: str) -> AppController:
        translations.apply(language)
        controller = AppController(ctx, app, translations)
        controller.window_settings = QSettings(
            str(tmp_path / f"{language}.ini"), QSettings.Format.IniFormat
        )
        controller.actor = supervisor
        window = controller.open_main_window()
        qtbot.addWidget(window)
        window.resize(1280, 720)
        controllers.append(controller)
        return controller

    yield open_in
    for controller in controllers:
        controller.close_main_window()
    translations.apply("en")


def visit_every_page(controller: AppController) -> list[str]:
    window = controller.window
    assert window is not None
    problems: list[str] = []
    for spec in window.host.specs:
        page = window.show_page(spec.key)
        QApplication.processEvents()
        problems += [f"[{spec.key}] {p}" for p in clipped(page)]
        tabs = page.findChild(QWidget, "exchangeTabs")
        if tabs is not None:
            for index in range(tabs.count()):  # type: ignore[attr-defined]
                tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
                QApplication.processEvents()
                problems += [f"[{spec.key} tab {index}] {p}" for p in clipped(page)]
    # The inspection form (opened from the register) with a line of goods, tab by tab.
    page = window.show_page("inspections")
    form = page.new_inspection()  # type: ignore[attr-defined]
    assert form is not None
    form._add_row(form.goods)
    tabs = form.findChild(QWidget, "formTabs")
    for index in range(tabs.count()):  # type: ignore[union-attr]
        tabs.setCurrentIndex(index)  # type: ignore[union-attr]
        QApplication.processEvents()
        problems += [f"[inspection form tab {index}] {p}" for p in clipped(form)]
    page.close_form()  # type: ignore[attr-defined]
    problems += [f"[window] {p}" for p in clipped(window)]
    return problems


def test_pseudo_locale_has_no_clipped_labels(window_in: object) -> None:
    controller = window_in("pseudo")  # type: ignore[operator]
    problems = visit_every_page(controller)
    assert not problems, "\n".join(problems[:30])


@pytest.fixture(scope="module")
def compiled_translations() -> None:
    """The .qm files, as scripts/setup.sh and the packaging build them."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, str(root / "scripts" / "i18n.py"), "build"], check=True)


@pytest.mark.parametrize("code", ["th", "km", "zh_CN", "zh_HK", "ja", "ko", "vi", "id", "ms"])
def test_shipped_languages_have_no_clipped_labels(
    window_in: object, compiled_translations: None, code: str
) -> None:
    from PySide6.QtCore import QCoreApplication

    controller = window_in(code)  # type: ignore[operator]
    assert QCoreApplication.translate("Pages", "Home") != "Home"  # really in that language
    problems = visit_every_page(controller)
    assert not problems, "\n".join(problems[:30])


def test_the_check_finds_a_clipped_button(qtbot: QtBot) -> None:
    """Control: the check is not vacuous."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    box = QWidget()
    layout = QHBoxLayout(box)
    button = QPushButton("Ãñ éxtrâørdîñárîly lõñg bùttõñ téxt thát cáññõt fît")
    button.setMaximumWidth(80)
    label = QLabel("Shõrt")
    layout.addWidget(button)
    layout.addWidget(label)
    qtbot.addWidget(box)
    box.show()
    QApplication.processEvents()
    problems = clipped(box)
    assert len(problems) == 1 and "lõñg" in problems[0]
