"""Decision aids: short guided questionnaires whose answers and outcome are saved.

Definitions are JSON files in ``resources/decision_aids`` (documented in docs/decision-aids.md):
questions with answers that lead to the next question or to an outcome, optional flags collected
along the way, and rules that turn flags into an outcome. Every question and outcome cites the
handbook paragraphs it rests on; the result keeps those citations.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from customs_desk.accounts.roles import Actor, Permission
from customs_desk.clock import Clock
from customs_desk.errors import NotFound, UserError
from customs_desk.i18n import Msg
from customs_desk.resources import resource_path
from customs_desk.store.audit import append_event
from customs_desk.store.base import Base, new_id
from customs_desk.store.database import Database


@dataclass(frozen=True)
class Answer:
    id: str
    label: str
    next: str | None
    outcome: str | None
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    cite: tuple[str, ...]
    answers: tuple[Answer, ...]

    def answer(self, answer_id: str) -> Answer:
        for answer in self.answers:
            if answer.id == answer_id:
                return answer
        raise UserError(Msg("'{answer}' is not an answer to this question.", answer=answer_id))


@dataclass(frozen=True)
class Outcome:
    id: str
    verdict: str
    title: str
    text: str
    codes: tuple[str, ...]
    cite: tuple[str, ...]


@dataclass(frozen=True)
class DecisionAid:
    id: str
    version: int
    title: str
    intro: str
    start: str
    questions: dict[str, Question]
    outcomes: dict[str, Outcome]
    flags: dict[str, str]
    rules: tuple[dict[str, Any], ...]

    def citations(self) -> set[str]:
        cites = {c for q in self.questions.values() for c in q.cite}
        return cites | {c for o in self.outcomes.values() for c in o.cite}

    def run(self) -> AidSession:
        return AidSession(self)


@dataclass
class AidSession:
    """One officer going through an aid; ``answer`` until ``outcome`` is set."""

    aid: DecisionAid
    current: str | None = None
    answers: list[dict[str, str]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    outcome: Outcome | None = None

    def __post_init__(self) -> None:
        self.current = self.aid.start

    @property
    def question(self) -> Question | None:
        return self.aid.questions.get(self.current) if self.current else None

    def answer(self, answer_id: str) -> Question | Outcome:
        question = self.question
        if question is None:
            raise UserError(Msg("This decision aid is already finished."))
        answer = question.answer(answer_id)
        self.answers.append(
            {
                "question": question.id,
                "question_text": question.text,
                "answer": answer.id,
                "answer_label": answer.label,
            }
        )
        self.flags.extend(f for f in answer.flags if f not in self.flags)
        if answer.outcome is not None:
            return self._finish(answer.outcome)
        if answer.next == "end" or answer.next is None:
            return self._finish(self._evaluate_rules())
        self.current = answer.next
        next_question = self.question
        assert next_question is not None
        return next_question

    def back(self) -> None:
        """Undo the last answer."""
        if not self.answers:
            return
        last = self.answers.pop()
        self.current = last["question"]
        self.outcome = None
        self.flags = [
            f
            for a in self.answers
            for f in self.aid.questions[a["question"]].answer(a["answer"]).flags
        ]

    def _evaluate_rules(self) -> str:
        for rule in self.aid.rules:
            wanted = rule.get("if_any")
            if wanted is None or any(flag in self.flags for flag in wanted):
                return str(rule["outcome"])
        raise UserError(Msg("The decision aid has no rule for these answers."))

    def _finish(self, outcome_id: str) -> Outcome:
        self.outcome = self.aid.outcomes[outcome_id]
        self.current = None
        return self.outcome

    def citations(self) -> list[str]:
        seen: list[str] = []
        for item in self.answers:
            for cite in self.aid.questions[item["question"]].cite:
                if cite not in seen:
                    seen.append(cite)
        for cite in self.outcome.cite if self.outcome else ():
            if cite not in seen:
                seen.append(cite)
        return seen


def parse_aid(raw: dict[str, Any]) -> DecisionAid:
    questions = {
        qid: Question(
            qid,
            q["text"],
            tuple(q.get("cite", [])),
            tuple(
                Answer(
                    a["id"], a["label"], a.get("next"), a.get("outcome"), tuple(a.get("flags", []))
                )
                for a in q["answers"]
            ),
        )
        for qid, q in raw["questions"].items()
    }
    outcomes = {
        oid: Outcome(
            oid,
            o["verdict"],
            o["title"],
            o["text"],
            tuple(o.get("codes", [])),
            tuple(o.get("cite", [])),
        )
        for oid, o in raw["outcomes"].items()
    }
    aid = DecisionAid(
        raw["id"],
        int(raw["version"]),
        raw["title"],
        raw.get("intro", ""),
        raw["start"],
        questions,
        outcomes,
        dict(raw.get("flags", {})),
        tuple(raw.get("rules", [])),
    )
    _validate(aid)
    return aid


def _validate(aid: DecisionAid) -> None:
    problems: list[str] = []
    if aid.start not in aid.questions:
        problems.append(f"start '{aid.start}' is not a question")
    for q in aid.questions.values():
        for a in q.answers:
            if a.outcome and a.outcome not in aid.outcomes:
                problems.append(f"{q.id}/{a.id}: unknown outcome {a.outcome}")
            if a.next and a.next != "end" and a.next not in aid.questions:
                problems.append(f"{q.id}/{a.id}: unknown question {a.next}")
            if not a.outcome and not a.next:
                problems.append(f"{q.id}/{a.id}: leads nowhere")
            problems += [f"{q.id}/{a.id}: unknown flag {f}" for f in a.flags if f not in aid.flags]
    for rule in aid.rules:
        if rule["outcome"] not in aid.outcomes:
            problems.append(f"rule leads to unknown outcome {rule['outcome']}")
    if problems:
        raise UserError(
            Msg("Decision aid {id} is invalid: {problems}", id=aid.id, problems="; ".join(problems))
        )


@cache
def bundled_aids() -> dict[str, DecisionAid]:
    folder: Path = resource_path("decision_aids")
    aids = {}
    for path in sorted(folder.glob("*.json")):
        aid = parse_aid(json.loads(path.read_text(encoding="utf-8")))
        aids[aid.id] = aid
    return aids


class DecisionAidRun(Base):
    """An aid's answers and outcome, kept with the inspection it was run from (or standalone)."""

    __tablename__ = "decision_aid_run"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    aid: Mapped[str] = mapped_column(String(40))
    aid_version: Mapped[int]
    answers: Mapped[list[Any]]
    flags: Mapped[list[Any]]
    outcome: Mapped[str] = mapped_column(String(40))
    outcome_title: Mapped[str] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(String(40))
    codes: Mapped[list[Any]]
    citations: Mapped[list[Any]]
    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("post.id"))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime]
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(index=True)


@dataclass(frozen=True)
class AidResult:
    id: uuid.UUID
    aid: str
    aid_title: str
    aid_version: int
    answers: list[dict[str, str]]
    flags: list[str]
    outcome: str
    outcome_title: str
    verdict: str
    codes: list[str]
    citations: list[str]
    created_at: datetime
    inspection_id: uuid.UUID | None


def _result(row: DecisionAidRun) -> AidResult:
    aid = bundled_aids().get(row.aid)
    return AidResult(
        row.id,
        row.aid,
        aid.title if aid else row.aid,
        row.aid_version,
        list(row.answers),
        list(row.flags),
        row.outcome,
        row.outcome_title,
        row.verdict,
        list(row.codes),
        list(row.citations),
        row.created_at,
        row.inspection_id,
    )


class DecisionAidService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def aids(self) -> list[DecisionAid]:
        return list(bundled_aids().values())

    def aid(self, aid_id: str) -> DecisionAid:
        try:
            return bundled_aids()[aid_id]
        except KeyError:
            raise NotFound(Msg("No decision aid '{id}'.", id=aid_id)) from None

    def save(
        self, actor: Actor, session: AidSession, inspection_id: uuid.UUID | None = None
    ) -> AidResult:
        actor.require(Permission.EDIT_RECORDS)
        if session.outcome is None:
            raise UserError(Msg("Answer every question before saving the result."))
        now = self._clock.now()
        with self._db.transaction() as s:
            row = DecisionAidRun(
                id=new_id(),
                aid=session.aid.id,
                aid_version=session.aid.version,
                answers=list(session.answers),
                flags=list(session.flags),
                outcome=session.outcome.id,
                outcome_title=session.outcome.title,
                verdict=session.outcome.verdict,
                codes=list(session.outcome.codes),
                citations=session.citations(),
                post_id=actor.post_id,
                created_by=actor.user_id,
                created_at=now,
                inspection_id=inspection_id,
            )
            s.add(row)
            s.flush()
            append_event(
                s,
                chain=str(actor.post_id),
                occurred_at=now,
                actor_id=actor.user_id,
                actor_name=actor.name,
                action="decision-aid.run",
                entity_type="decision_aid_run",
                entity_id=str(row.id),
                details={
                    "aid": row.aid,
                    "outcome": row.outcome,
                    "inspection": str(inspection_id) if inspection_id else None,
                },
            )
            return _result(row)

    def attach(self, actor: Actor, run_id: uuid.UUID, inspection_id: uuid.UUID) -> AidResult:
        """A standalone result adopted by an inspection."""
        actor.require(Permission.EDIT_RECORDS)
        with self._db.transaction() as s:
            row = s.get(DecisionAidRun, run_id)
            if row is None:
                raise NotFound(Msg("No such decision aid result."))
            if row.inspection_id is not None and row.inspection_id != inspection_id:
                raise UserError(Msg("This result already belongs to another inspection."))
            row.inspection_id = inspection_id
            return _result(row)

    def for_inspection(self, inspection_id: uuid.UUID) -> list[AidResult]:
        with self._db.read() as s:
            rows = s.scalars(
                select(DecisionAidRun)
                .where(DecisionAidRun.inspection_id == inspection_id)
                .order_by(DecisionAidRun.created_at)
            )
            return [_result(r) for r in rows]

    def standalone(self, actor: Actor) -> list[AidResult]:
        with self._db.read() as s:
            rows = s.scalars(
                select(DecisionAidRun)
                .where(
                    DecisionAidRun.inspection_id.is_(None),
                    DecisionAidRun.created_by == actor.user_id,
                )
                .order_by(DecisionAidRun.created_at.desc())
            )
            return [_result(r) for r in rows]
