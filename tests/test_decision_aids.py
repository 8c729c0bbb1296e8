"""Decision aids: every path ends in an outcome, citations resolve, results are stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext
from customs_desk.codes.dataset import bundled_dataset
from customs_desk.codes.decision_aids import DecisionAid, bundled_aids
from customs_desk.errors import UserError
from customs_desk.handbooks.library import HandbookLibrary
from customs_desk.handbooks.model import parse_citation
from customs_desk.resources import bundled_handbooks_dir


def all_paths(aid: DecisionAid) -> list[list[str]]:
    paths: list[list[str]] = []

    def walk(session_answers: list[str]) -> None:
        session = aid.run()
        for a in session_answers:
            session.answer(a)
        if session.outcome is not None:
            paths.append(session_answers)
            return
        assert session.question is not None
        for answer in session.question.answers:
            walk([*session_answers, answer.id])

    walk([])
    return paths


def test_three_aids_are_shipped() -> None:
    assert set(bundled_aids()) == {"used-eee", "which-list", "article-9"}


@pytest.mark.parametrize("aid_id", ["used-eee", "which-list", "article-9"])
def test_every_path_ends_in_an_outcome_and_cites_existing_paragraphs(aid_id: str) -> None:
    aid = bundled_aids()[aid_id]
    reached = set()
    for answers in all_paths(aid):
        session = aid.run()
        for a in answers:
            session.answer(a)
        assert session.outcome is not None
        reached.add(session.outcome.id)
        assert session.citations()
    assert reached == set(aid.outcomes)  # no outcome is unreachable
    library = HandbookLibrary([(bundled_handbooks_dir(), "bundled")], Path("unused"))
    for cite in aid.citations():
        parsed = parse_citation(cite)
        assert parsed is not None, cite
        _handbook, _chapter, block = library.locate(cite)
        assert block is not None, f"{aid_id}: {cite} does not exist"
    codes = {c for o in aid.outcomes.values() for c in o.codes}
    assert codes <= set(bundled_dataset().basel)


def test_article_9_collects_every_ground() -> None:
    session = bundled_aids()["article-9"].run()
    for answer in ("yes", "no", "no", "no", "no", "no"):
        session.answer(answer)
    assert session.outcome is not None and session.outcome.id == "illegal"
    assert session.flags == ["a", "b", "d"]
    session.back()
    assert (
        session.outcome is None
        and session.question is not None
        and session.question.id == "dumping"
    )


def test_used_eee_hold_when_documents_missing() -> None:
    session = bundled_aids()["used-eee"].run()
    for answer in ("no", "no", "no"):
        result = session.answer(answer)
    assert session.outcome is not None and session.outcome.verdict == "suspected-waste"
    assert "used-eee-or-ewaste §decision-step-3 ¶1" in session.citations()
    del result


def test_results_are_saved_standalone_then_adopted(ctx: AppContext, officer: Actor) -> None:
    import uuid

    session = ctx.decision_aids.aid("which-list").run()
    for answer in ("yes", "yes", "yes"):
        session.answer(answer)
    saved = ctx.decision_aids.save(officer, session)
    assert saved.outcome == "a1181" and saved.codes == ["A1181"] and saved.inspection_id is None
    assert [r.id for r in ctx.decision_aids.standalone(officer)] == [saved.id]
    inspection = uuid.uuid4()
    ctx.decision_aids.attach(officer, saved.id, inspection)
    assert [r.id for r in ctx.decision_aids.for_inspection(inspection)] == [saved.id]
    assert ctx.decision_aids.standalone(officer) == []
    unfinished = ctx.decision_aids.aid("article-9").run()
    with pytest.raises(UserError, match="Answer every question"):
        ctx.decision_aids.save(officer, unfinished)
