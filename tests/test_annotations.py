"""Bookmarks and notes: per user, searchable, survive a restart."""

from __future__ import annotations

import pytest
from tests.conftest import OFFICER_PW, SUPERVISOR_PW

from customs_desk.accounts.passwords import fast_passwords_for_tests
from customs_desk.accounts.roles import Actor
from customs_desk.app import AppContext, open_app
from customs_desk.clock import FrozenClock
from customs_desk.errors import NotFound, ValidationError
from customs_desk.paths import AppPaths


def test_notes_are_per_user_and_survive_a_restart(
    ctx: AppContext, paths: AppPaths, supervisor: Actor, officer: Actor, clock: FrozenClock
) -> None:
    notes = ctx.annotations
    notes.add(
        officer,
        kind="note",
        handbook="basel-at-the-border",
        section="take-back-clocks",
        paragraph=3,
        quote="The 30-day clock...",
        note="Ask VEA about the 30 days",
    )
    clock.advance(minutes=1)
    notes.add(
        officer, kind="bookmark", handbook="quick-reference", section="card-red-flags", paragraph=1
    )
    notes.add(
        supervisor,
        kind="note",
        handbook="basel-at-the-border",
        section="transit",
        paragraph=1,
        note="Supervisor's own note",
    )
    ctx.close()

    again = open_app(paths, passwords=fast_passwords_for_tests())
    try:
        officer2 = again.accounts.authenticate("O2002", OFFICER_PW)
        supervisor2 = again.accounts.authenticate("S1001", SUPERVISOR_PW)
        mine = again.annotations.list(officer2)
        assert [(a.kind, a.citation) for a in mine] == [
            ("bookmark", "quick-reference §card-red-flags ¶1"),
            ("note", "basel-at-the-border §take-back-clocks ¶3"),
        ]
        assert [a.note for a in again.annotations.list(supervisor2)] == ["Supervisor's own note"]
        # Searchable, accent- and case-insensitive.
        assert [a.section for a in again.annotations.list(officer2, query="vea")] == [
            "take-back-clocks"
        ]
        # Someone else's note cannot be changed or deleted.
        with pytest.raises(NotFound):
            again.annotations.delete(supervisor2, mine[1].id)
        again.annotations.update_note(officer2, mine[1].id, "Asked: 30 days from notification")
        assert again.annotations.list(officer2, handbook="basel-at-the-border")[0].note.startswith(
            "Asked"
        )
        again.annotations.delete(officer2, mine[0].id)
        assert len(again.annotations.list(officer2)) == 1
    finally:
        again.close()


def test_bookmarks_are_not_duplicated_and_notes_need_text(ctx: AppContext, officer: Actor) -> None:
    a = ctx.annotations.add(officer, kind="bookmark", handbook="h", section="s", paragraph=2)
    b = ctx.annotations.add(officer, kind="bookmark", handbook="h", section="s", paragraph=2)
    assert a.id == b.id
    with pytest.raises(ValidationError):
        ctx.annotations.add(officer, kind="note", handbook="h", section="s", paragraph=2, note="  ")
