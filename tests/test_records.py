"""The inspection log: drafts, finalizing, revisions, permissions, duplicates, register, cases."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import update
from tests.records_helpers import complete_payload

from customs_desk.accounts.models import Post
from customs_desk.accounts.roles import Actor, Role
from customs_desk.accounts.service import NewUser
from customs_desk.app import AppContext
from customs_desk.clock import FrozenClock
from customs_desk.errors import PermissionDenied, UserError, ValidationError
from customs_desk.records.models import Inspection
from customs_desk.records.register import RegisterQuery
from customs_desk.store.audit import verify_chains
from customs_desk.store.base import new_id


def finalized(ctx: AppContext, actor: Actor, **overrides: object) -> uuid.UUID:
    draft = ctx.inspections.new_draft(actor)
    view = ctx.inspections.finalize(actor, draft.id, complete_payload(**overrides))
    return view.id


def test_draft_saves_with_problems_but_cannot_be_finalized(ctx: AppContext, officer: Actor) -> None:
    draft = ctx.inspections.new_draft(officer)
    assert draft.status == "draft" and draft.number is None
    bad = complete_payload(containers=[{"number": "CSQU3054384", "seals": []}], outcome=None)
    view, problems = ctx.inspections.save_draft(officer, draft.id, bad)
    assert view.status == "draft"  # saved anyway
    assert (
        "containers.0.number" in problems.errors
        and "check digit" in problems.errors["containers.0.number"]
    )
    with pytest.raises(ValidationError) as info:
        ctx.inspections.finalize(officer, draft.id, bad)
    assert {"containers.0.number", "outcome"} <= set(info.value.problems)
    view = ctx.inspections.finalize(officer, draft.id, complete_payload())
    assert view.status == "final" and view.revision == 1
    assert view.number == "SGP-TUAS-2026-00001"
    second = finalized(ctx, officer, containers=[{"number": "MSKU1234565", "seals": []}])
    assert ctx.inspections.get(second).number == "SGP-TUAS-2026-00002"


def test_codes_are_checked_against_the_inspection_date(ctx: AppContext, officer: Actor) -> None:
    draft = ctx.inspections.new_draft(officer)
    old_code = complete_payload(goods=[{"description": "PCBs", "basel_codes": ["A1180"]}])
    with pytest.raises(ValidationError) as info:
        ctx.inspections.finalize(officer, draft.id, old_code)
    assert (
        "deleted on 2025-01-01; consider A1181 or Y49"
        in info.value.problems["goods.0.basel_codes.0"]
    )
    in_2024 = dict(old_code, inspected_at="2024-06-01T10:00:00+07:00", declared_hs="8471.30")
    assert ctx.inspections.check(in_2024).ok
    hs_2017 = dict(
        in_2024,
        inspected_at="2021-06-01T10:00:00+07:00",
        goods=[{"description": "battery scrap", "declared_hs": "8549.11"}],
    )
    assert "goods.0.declared_hs" in ctx.inspections.check(hs_2017).errors


def test_corrections_make_revisions_with_reasons(
    ctx: AppContext, officer: Actor, supervisor: Actor
) -> None:
    record = finalized(ctx, officer)
    changed = complete_payload(found_weight_kg=21800, findings="Re-weighed at the scale house.")
    with pytest.raises(ValidationError):
        ctx.inspections.correct(officer, record, changed, reason="  ")
    ctx.inspections.correct(officer, record, changed, reason="Weighbridge ticket received")
    ctx.accounts.add_user(supervisor, NewUser("Other Officer", "O3003", Role.OFFICER, "other-pw-1"))
    other = ctx.accounts.authenticate("O3003", "other-pw-1")
    with pytest.raises(PermissionDenied, match="Only the officer who created"):
        ctx.inspections.correct(other, record, complete_payload(found_weight_kg=1), reason="x")
    ctx.inspections.correct(
        supervisor, record, complete_payload(found_weight_kg=21900), reason="Supervisor review"
    )
    history = ctx.inspections.history(record)
    assert [(h.revision, h.reason) for h in history] == [
        (1, ""),
        (2, "Weighbridge ticket received"),
        (3, "Supervisor review"),
    ]
    assert history[0].payload["found_weight_kg"] == 21500  # earlier revisions stay readable
    assert history[2].author_name == "Lim Wei Ling"
    with pytest.raises(UserError, match="Nothing was changed"):
        ctx.inspections.correct(
            officer, record, complete_payload(found_weight_kg=21900), reason="again"
        )


def test_nothing_finalized_is_deleted(ctx: AppContext, officer: Actor) -> None:
    record = finalized(ctx, officer)
    with pytest.raises(PermissionDenied, match="never deleted"):
        ctx.inspections.delete_draft(officer, record)
    ctx.inspections.void(officer, record, "Entered twice")
    assert ctx.inspections.get(record).status == "void"
    draft = ctx.inspections.new_draft(officer)
    ctx.inspections.delete_draft(officer, draft.id)


def test_records_of_other_posts_are_read_only(
    ctx: AppContext, officer: Actor, clock: FrozenClock
) -> None:
    record = finalized(ctx, officer)
    with ctx.db.transaction() as s:
        other = Post(
            id=new_id(),
            code="VN-HPH",
            name="Hai Phong",
            country="VN",
            timezone="Asia/Ho_Chi_Minh",
            agency="",
            created_at=clock.now(),
        )
        s.add(other)
        s.flush()
        s.execute(update(Inspection).where(Inspection.id == record).values(post_id=other.id))
    with pytest.raises(PermissionDenied, match="another post"):
        ctx.inspections.correct(officer, record, complete_payload(found_weight_kg=1), reason="x")
    assert ctx.inspections.get(record).own_post is False


def test_duplicate_warning_same_container_or_bill_of_lading(
    ctx: AppContext, officer: Actor, clock: FrozenClock
) -> None:
    first = finalized(ctx, officer)
    label = ctx.inspections.get(first).number
    again = complete_payload(inspected_at="2026-04-20T09:00:00+08:00")
    assert ctx.inspections.duplicates(None, again) == [(label, "CSQU3054383")]
    by_bl = complete_payload(containers=[], inspected_at="2026-05-01T09:00:00+08:00")
    assert ctx.inspections.duplicates(None, by_bl) == [(label, "MAEU123456789")]
    later = complete_payload(inspected_at="2026-09-01T09:00:00+08:00")
    assert ctx.inspections.duplicates(None, later) == []  # beyond 90 days


def test_register_filters_sorts_and_pages(ctx: AppContext, officer: Actor) -> None:
    finalized(ctx, officer)
    finalized(
        ctx,
        officer,
        containers=[{"number": "MSKU1234565", "seals": []}],
        parties={"exporter": {"id": str(uuid.uuid4()), "name": "Công ty TNHH Tái Chế Đông Á"}},
        found_weight_kg=900,
        outcome="released",
        transport_document="ONEYHPH0001",
    )
    ctx.inspections.new_draft(officer)
    all_rows = ctx.register.inspections(RegisterQuery())
    assert all_rows.total == 3
    by_text = ctx.register.inspections(RegisterQuery(text="dong a"))  # accents ignored
    assert by_text.total == 1 and by_text.rows[0].values["exporter"].startswith("Công ty")
    short = ctx.register.inspections(RegisterQuery(text="MS"))  # under 3 characters
    assert short.total == 1
    assert ctx.register.inspections(RegisterQuery(outcome="held")).total == 1
    ordered = ctx.register.inspections(
        RegisterQuery(status="final", sort="weight_kg", descending=False)
    )
    assert [r.values["weight_kg"] for r in ordered.rows] == [900, 21500]
    page = ctx.register.inspections(RegisterQuery(limit=1, offset=1))
    assert page.total == 3 and len(page.rows) == 1
    with pytest.raises(ValidationError):
        ctx.register.inspections(RegisterQuery(sort="nonsense"))
    ctx.register.save_filter(
        officer,
        "inspections",
        "Held e-waste",
        RegisterQuery(outcome="held", waste_stream="e-waste"),
    )
    saved = ctx.register.saved_filters(officer, "inspections")
    assert saved["Held e-waste"].outcome == "held"


def test_case_from_inspection_with_take_back_clock(
    ctx: AppContext, officer: Actor, clock: FrozenClock
) -> None:
    record = finalized(ctx, officer)
    case = ctx.cases.open_case(
        officer, record, grounds=["a", "b"], summary="No notification, no consent"
    )
    assert case.number == "SGP-TUAS-C2026-0001" and case.status == "suspected"
    today = clock.now().date()
    case = ctx.cases.add_notification(
        officer,
        case.id,
        authority="Vietnam Environment Administration",
        country="VN",
        notified_on=today,
        starts_clock="art9-30",
    )
    assert case.deadline == today + timedelta(days=30)
    ctx.cases.update(
        officer,
        case.id,
        {"status": "take-back-requested", "path": "take-back"},
        "Export State asked to take back",
    )
    assert ctx.cases.overdue(today + timedelta(days=30)) == []
    assert [c.number for c in ctx.cases.overdue(today + timedelta(days=31))] == [case.number]
    assert [c.number for c in ctx.cases.due_soon(7, today + timedelta(days=25))] == [case.number]
    ctx.cases.update(
        officer,
        case.id,
        {"agreed_deadline": (today + timedelta(days=60)).isoformat()},
        "States agreed 60 days",
    )
    assert ctx.cases.overdue(today + timedelta(days=31)) == []
    ctx.cases.update(officer, case.id, {"status": "returned-or-disposed"}, "Containers re-exported")
    closed = ctx.cases.update(
        officer, case.id, {"status": "closed", "closure": "Returned to exporter"}
    )
    assert closed.payload["closed_on"] == today.isoformat()
    kinds = [e.kind for e in ctx.cases.timeline(case.id)]
    assert kinds[0] == "opened" and "changed:clock" in kinds and kinds.count("changed:status") == 3
    with pytest.raises(UserError, match="Finalize the inspection"):
        ctx.cases.open_case(officer, ctx.inspections.new_draft(officer).id)


def test_parties_show_repeat_offenders(ctx: AppContext, officer: Actor) -> None:
    party = ctx.parties.save(
        officer,
        {
            "name": "Golden Recycling Sdn Bhd",
            "country": "MY",
            "registration_number": "201901234567",
        },
    )
    ref = {"id": str(party.id), "name": party.name}
    finalized(ctx, officer, parties={"exporter": ref})
    finalized(
        ctx,
        officer,
        parties={"exporter": ref},
        containers=[{"number": "MSKU1234565", "seals": []}],
        outcome="seized",
    )
    found = ctx.parties.search("golden")
    assert found[0].inspections == 2 and found[0].adverse == 2 and found[0].repeat_offender
    with pytest.raises(ValidationError):
        ctx.parties.save(officer, {"name": "  "})
    renamed = ctx.parties.save(
        officer, {"id": str(party.id), "name": "Golden Recycling Sdn. Bhd.", "country": "MY"}
    )
    assert renamed.name.endswith("Bhd.")


def test_photos_keep_the_original_and_its_hash(
    ctx: AppContext, officer: Actor, tmp_path: Path
) -> None:
    draft = ctx.inspections.new_draft(officer)
    photo = tmp_path / "door.jpg"
    image = Image.new("RGB", (64, 32), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90 degrees: the display copy must be upright (32x64)
    image.save(photo, exif=exif)
    added = ctx.attachments.add(officer, draft.id, photo, "Container door, seal intact")
    stored = ctx.attachments.path_of(added.sha256)
    assert stored.read_bytes() == photo.read_bytes()
    assert ctx.attachments.verify(added)
    display = ctx.attachments.derived(added, "display")
    assert display is not None
    with Image.open(display) as shown:
        assert shown.size == (32, 64)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        ctx.attachments.add(officer, draft.id, empty)
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"not a jpeg")
    with pytest.raises(ValidationError, match="not a readable image"):
        ctx.attachments.add(officer, draft.id, fake)


def test_audit_chain_stays_valid(ctx: AppContext, officer: Actor) -> None:
    record = finalized(ctx, officer)
    ctx.inspections.correct(officer, record, complete_payload(notes="x"), reason="note")
    ctx.cases.open_case(officer, record)
    with ctx.db.read() as s:
        report = verify_chains(s)
    assert report.ok and report.events >= 6
