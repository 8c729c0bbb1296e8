"""Accounts: first-run set-up, sign-in, roles enforced by the services, audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update
from tests.conftest import OFFICER_PW, SUPERVISOR_PW

from customs_desk.accounts.roles import Actor, Permission, Role
from customs_desk.accounts.service import NewUser, PostInput
from customs_desk.app import AppContext
from customs_desk.clock import FrozenClock
from customs_desk.errors import (
    AuthenticationFailed,
    PermissionDenied,
    UserError,
    ValidationError,
)
from customs_desk.store.audit import AuditEvent, verify_chains


def test_set_up_creates_post_and_supervisor(ctx: AppContext) -> None:
    assert not ctx.accounts.is_set_up()
    actor = ctx.accounts.set_up(
        PostInput("VN-HPH", "Hai Phong port", "VN", "Asia/Ho_Chi_Minh"),
        NewUser("Trần Thị Bình", "VN-77", Role.SUPERVISOR, "mật-khẩu-dài"),
    )
    assert ctx.accounts.is_set_up()
    assert actor.role is Role.SUPERVISOR and actor.post_code == "VN-HPH"
    assert ctx.accounts.home_post().timezone == "Asia/Ho_Chi_Minh"
    with pytest.raises(UserError, match="already set up"):
        ctx.accounts.set_up(
            PostInput("VN-HPH2", "x", "VN", "Asia/Ho_Chi_Minh"),
            NewUser("X", "X1", Role.SUPERVISOR, "password1"),
        )


def test_set_up_validates_every_field(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as info:
        ctx.accounts.set_up(
            PostInput("bad code!", "", "XX", "Mars/Olympus"),
            NewUser("", "has space", Role.SUPERVISOR, "short"),
        )
    problems = info.value.problems
    assert set(problems) == {
        "post.code",
        "post.name",
        "post.country",
        "post.timezone",
    }  # the post is checked first
    with pytest.raises(ValidationError) as info:
        ctx.accounts.set_up(
            PostInput("SGP-TUAS", "Tuas", "SG", "Asia/Singapore"),
            NewUser("", "has space", Role.SUPERVISOR, "short"),
        )
    assert set(info.value.problems) == {"user.name", "user.badge_number", "user.password"}
    assert not ctx.accounts.is_set_up()


def test_wrong_password_is_refused_and_counted(
    ctx: AppContext, supervisor: Actor, clock: FrozenClock
) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="Wrong badge number or password"):
            ctx.accounts.authenticate("S1001", "nope-nope")
    with pytest.raises(AuthenticationFailed):
        ctx.accounts.authenticate("S1001", "nope-nope")
    # Fifth failure locks the account for a while, even with the right password.
    with pytest.raises(AuthenticationFailed, match="Too many wrong passwords"):
        ctx.accounts.authenticate("S1001", SUPERVISOR_PW)
    clock.advance(minutes=3)
    assert ctx.accounts.authenticate("S1001", SUPERVISOR_PW).badge == "S1001"
    with pytest.raises(AuthenticationFailed):
        ctx.accounts.authenticate("NOBODY", SUPERVISOR_PW)


def test_officer_cannot_manage_users(ctx: AppContext, officer: Actor) -> None:
    assert not officer.can(Permission.MANAGE_USERS)
    with pytest.raises(PermissionDenied):
        ctx.accounts.add_user(officer, NewUser("New", "N1", Role.OFFICER, "password1"))
    with pytest.raises(PermissionDenied):
        ctx.accounts.change_password(officer, "S1001", "new-password")
    with pytest.raises(PermissionDenied):
        ctx.accounts.set_idle_lock_minutes(officer, 5)


def test_supervisor_cannot_create_secretariat_accounts(ctx: AppContext, supervisor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        ctx.accounts.add_user(supervisor, NewUser("Sec", "SEC1", Role.SECRETARIAT, "password1"))


def test_change_own_password_needs_current(ctx: AppContext, officer: Actor) -> None:
    with pytest.raises(AuthenticationFailed):
        ctx.accounts.change_password(officer, "O2002", "brand-new-pw", current_password="wrong")
    ctx.accounts.change_password(officer, "O2002", "brand-new-pw", current_password=OFFICER_PW)
    assert ctx.accounts.authenticate("O2002", "brand-new-pw").badge == "O2002"


def test_supervisor_resets_officer_password_and_disables(
    ctx: AppContext, supervisor: Actor, officer: Actor
) -> None:
    ctx.accounts.change_password(supervisor, "O2002", "reset-by-boss")
    assert ctx.accounts.authenticate("O2002", "reset-by-boss")
    ctx.accounts.set_active(supervisor, officer.user_id, False)  # type: ignore[arg-type]
    with pytest.raises(AuthenticationFailed):
        ctx.accounts.authenticate("O2002", "reset-by-boss")
    with pytest.raises(UserError, match="your own account"):
        ctx.accounts.set_active(supervisor, supervisor.user_id, False)  # type: ignore[arg-type]


def test_duplicate_badge_is_refused(ctx: AppContext, supervisor: Actor) -> None:
    with pytest.raises(ValidationError) as info:
        ctx.accounts.add_user(supervisor, NewUser("Other", "S1001", Role.OFFICER, "password1"))
    assert "user.badge_number" in info.value.problems


def test_changes_are_audited_and_tampering_is_detected(ctx: AppContext, supervisor: Actor) -> None:
    ctx.accounts.add_user(supervisor, NewUser("A", "A1", Role.OFFICER, "password1"))
    with ctx.db.read() as s:
        report = verify_chains(s)
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
    assert report.ok and report.events == 3
    assert actions == ["installation.set-up", "user.add", "user.add"]
    with ctx.db.transaction() as s:
        s.execute(
            update(AuditEvent)
            .where(AuditEvent.chain_seq == 2)
            .values(details={"badge": "someone-else", "role": "officer"})
        )
    with ctx.db.read() as s:
        report = verify_chains(s)
    assert not report.ok
    assert any("changed after it was written" in p for p in report.problems)


def test_deleting_an_audit_event_is_detected(ctx: AppContext, supervisor: Actor) -> None:
    ctx.accounts.add_user(supervisor, NewUser("A", "A1", Role.OFFICER, "password1"))
    ctx.accounts.add_user(supervisor, NewUser("B", "B1", Role.OFFICER, "password1"))
    with ctx.db.transaction() as s:
        s.delete(s.scalars(select(AuditEvent).where(AuditEvent.chain_seq == 2)).one())
    with ctx.db.read() as s:
        report = verify_chains(s)
    assert any("missing" in p for p in report.problems)
