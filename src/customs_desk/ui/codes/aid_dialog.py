"""Run a decision aid: one question at a time, then the outcome with its citations."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from customs_desk.accounts.roles import Actor
from customs_desk.codes.decision_aids import AidResult, AidSession, DecisionAid, DecisionAidService
from customs_desk.errors import CustomsDeskError
from customs_desk.ui.widgets import show_error


def t(text: str) -> str:
    """Decision aid texts are data; they are translated in the 'decision_aids' context."""
    return QCoreApplication.translate("decision_aids", text)


class DecisionAidDialog(QDialog):
    def __init__(
        self,
        service: DecisionAidService,
        aid: DecisionAid,
        actor: Actor,
        *,
        inspection_id: uuid.UUID | None = None,
        on_citation: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionAidDialog")
        self._service = service
        self._actor = actor
        self._inspection_id = inspection_id
        self._on_citation = on_citation
        self.session: AidSession = aid.run()
        self.saved: AidResult | None = None
        self.setWindowTitle(t(aid.title))
        self.setMinimumSize(620, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(t(aid.intro))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555;")
        layout.addWidget(intro)
        self.progress = QLabel()
        self.progress.setStyleSheet("color: #888;")
        layout.addWidget(self.progress)
        self.question = QLabel()
        self.question.setObjectName("aidQuestion")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.RichText)
        self.question.setStyleSheet("font-size: 12.5pt; font-weight: 600; margin: 8px 0;")
        layout.addWidget(self.question)
        self.answers_box = QVBoxLayout()
        layout.addLayout(self.answers_box)
        self.citations = QLabel()
        self.citations.setObjectName("aidCitations")
        self.citations.setWordWrap(True)
        self.citations.setTextFormat(Qt.TextFormat.RichText)
        self.citations.linkActivated.connect(self._citation)
        layout.addWidget(self.citations)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(
            self.tr("Back"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.back_button.clicked.connect(self.back)
        self.save_button = buttons.addButton(
            self.tr("Save result"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("aidSave")
        self.save_button.clicked.connect(self.save)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.answer_buttons: list[QPushButton] = []
        self._pool: list[QPushButton] = []
        self._render()

    def _answer_button(self, index: int) -> QPushButton:
        """Answer buttons are reused from question to question (never deleted while clicked)."""
        while len(self._pool) <= index:
            button = QPushButton()
            button.setMinimumHeight(34)
            slot = len(self._pool)
            button.clicked.connect(lambda _c=False, i=slot: self._clicked(i))
            self.answers_box.addWidget(button)
            self._pool.append(button)
        return self._pool[index]

    def _clicked(self, index: int) -> None:
        question = self.session.question
        if question is not None and index < len(question.answers):
            self.answer(question.answers[index].id)

    def _render(self) -> None:
        for button in self._pool:
            button.hide()
        self.answer_buttons = []
        question = self.session.question
        self.back_button.setEnabled(bool(self.session.answers))
        outcome = self.session.outcome
        if question is not None:
            self.progress.setText(self.tr("Question {n}").format(n=len(self.session.answers) + 1))
            self.question.setText(html.escape(t(question.text)))
            for index, answer in enumerate(question.answers):
                button = self._answer_button(index)
                button.setText(t(answer.label))
                button.setObjectName(f"answer-{answer.id}")
                button.show()
                self.answer_buttons.append(button)
            cites = list(question.cite)
            self.save_button.setEnabled(False)
        elif outcome is not None:
            self.progress.setText(self.tr("Result"))
            codes = ", ".join(outcome.codes)
            text = f"{t(outcome.title)}\n\n{t(outcome.text)}"
            flags = [
                self.session.aid.flags[f] for f in self.session.flags if f in self.session.aid.flags
            ]
            if flags:
                text += "\n\n" + "\n".join(f"• {t(f)}" for f in flags)
            if codes:
                text += "\n\n" + self.tr("Suspected codes: {codes}").format(codes=codes)
            self.question.setText(text)
            cites = self.session.citations()
            self.save_button.setEnabled(True)
        else:  # pragma: no cover - a session always has a question or an outcome
            cites = []
        links = " · ".join(f"<a href='{html.escape(c)}'>{html.escape(c)}</a>" for c in cites)
        self.citations.setText(self.tr("Based on: {links}").format(links=links) if links else "")

    def answer(self, answer_id: str) -> None:
        try:
            self.session.answer(answer_id)
        except CustomsDeskError as exc:
            show_error(self, exc)
        self._render()

    def back(self) -> None:
        self.session.back()
        self._render()

    def save(self) -> None:
        try:
            self.saved = self._service.save(self._actor, self.session, self._inspection_id)
        except CustomsDeskError as exc:
            show_error(self, exc)
            return
        self.accept()

    def _citation(self, text: str) -> None:
        if self._on_citation is not None:
            self._on_citation(text)


class AidPicker(QWidget):
    """A row of buttons, one per decision aid."""

    def __init__(
        self,
        service: DecisionAidService,
        start: Callable[[DecisionAid], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for aid in service.aids():
            button = QPushButton(t(aid.title))
            button.setObjectName(f"aid-{aid.id}")
            button.clicked.connect(lambda _c=False, a=aid: start(a))
            layout.addWidget(button)
        layout.addStretch(1)
