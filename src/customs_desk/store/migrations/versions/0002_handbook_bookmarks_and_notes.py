"""handbook bookmarks and notes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 12:41:24.133925
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handbook_annotation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("handbook", sa.String(length=80), nullable=False),
        sa.Column("section", sa.String(length=120), nullable=False),
        sa.Column("paragraph", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind IN ('bookmark', 'note')", name=op.f("ck_handbook_annotation_kind")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_handbook_annotation_user_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handbook_annotation")),
    )
    with op.batch_alter_table("handbook_annotation", schema=None) as batch_op:
        batch_op.create_index("ix_handbook_annotation_user", ["user_id", "handbook"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("handbook_annotation", schema=None) as batch_op:
        batch_op.drop_index("ix_handbook_annotation_user")

    op.drop_table("handbook_annotation")
