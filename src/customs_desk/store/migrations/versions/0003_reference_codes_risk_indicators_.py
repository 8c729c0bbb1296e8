"""reference codes, risk indicators, decision aid results

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 12:48:12.974207
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ref_basel_code",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("annex", sa.String(length=4), nullable=False),
        sa.Column("kind", sa.String(length=2), nullable=False),
        sa.Column("group", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("un_class", sa.String(length=8), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("replaced_by", sa.String(length=80), nullable=False),
        sa.Column("related", sa.String(length=200), nullable=False),
        sa.Column("decision", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("mark", sa.String(length=1), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ref_basel_code")),
    )
    op.create_table(
        "ref_code_title",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", "kind", "language", name=op.f("pk_ref_code_title")),
    )
    op.create_table(
        "ref_dataset",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("released", sa.Date(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ref_dataset")),
    )
    op.create_table(
        "ref_hint",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("basel_code", sa.String(length=8), nullable=False),
        sa.Column("hs_code", sa.String(length=8), nullable=False),
        sa.Column("hs_edition", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("mark", sa.String(length=1), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ref_hint")),
    )
    with op.batch_alter_table("ref_hint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ref_hint_basel_code"), ["basel_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_ref_hint_hs_code"), ["hs_code"], unique=False)

    op.create_table(
        "ref_hs_code",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("edition", sa.String(length=8), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("parent", sa.String(length=8), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("mark", sa.String(length=1), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", "edition", name=op.f("pk_ref_hs_code")),
    )
    op.create_table(
        "ref_source",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("year", sa.String(length=16), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ref_source")),
    )
    op.create_table(
        "ref_waste_stream",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("basel_codes", sa.Text(), nullable=False),
        sa.Column("hs_codes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ref_waste_stream")),
    )
    op.create_table(
        "risk_indicator",
        sa.Column("id", sa.String(length=60), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("mark", sa.String(length=1), nullable=False),
        sa.Column("origin", sa.String(length=12), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_indicator")),
    )
    op.create_table(
        "decision_aid_run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aid", sa.String(length=40), nullable=False),
        sa.Column("aid_version", sa.Integer(), nullable=False),
        sa.Column(
            "answers", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column(
            "flags", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("outcome_title", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(length=40), nullable=False),
        sa.Column(
            "codes", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column(
            "citations", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["user_account.id"],
            name=op.f("fk_decision_aid_run_created_by_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["post_id"], ["post.id"], name=op.f("fk_decision_aid_run_post_id_post")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_aid_run")),
    )
    with op.batch_alter_table("decision_aid_run", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_aid_run_inspection_id"), ["inspection_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("decision_aid_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_aid_run_inspection_id"))

    op.drop_table("decision_aid_run")
    op.drop_table("risk_indicator")
    op.drop_table("ref_waste_stream")
    op.drop_table("ref_source")
    op.drop_table("ref_hs_code")
    with op.batch_alter_table("ref_hint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ref_hint_hs_code"))
        batch_op.drop_index(batch_op.f("ix_ref_hint_basel_code"))

    op.drop_table("ref_hint")
    op.drop_table("ref_dataset")
    op.drop_table("ref_code_title")
    op.drop_table("ref_basel_code")
