"""exchange: trusted keys, log, quarantine, conflicts, pending, alerts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 13:43:34.125602
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("received_from", sa.Uuid(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert")),
    )
    op.create_table(
        "exchange_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("local_hash", sa.String(length=64), nullable=False),
        sa.Column("incoming_hash", sa.String(length=64), nullable=False),
        sa.Column(
            "incoming", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflict")),
        sa.UniqueConstraint(
            "record_id",
            "revision",
            "incoming_hash",
            name=op.f("uq_exchange_conflict_record_id_revision_incoming_hash"),
        ),
    )
    with op.batch_alter_table("exchange_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_conflict_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "exchange_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("counterpart", sa.String(length=24), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.Column("to_seq", sa.Integer(), nullable=False),
        sa.Column(
            "counts", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("profile", sa.String(length=20), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_log")),
    )
    with op.batch_alter_table("exchange_log", schema=None) as batch_op:
        batch_op.create_index(
            "ix_exchange_log_counterpart", ["counterpart", "direction"], unique=False
        )

    op.create_table(
        "exchange_pending",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("item", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_pending")),
        sa.UniqueConstraint(
            "record_id",
            "revision",
            "content_hash",
            name=op.f("uq_exchange_pending_record_id_revision_content_hash"),
        ),
    )
    with op.batch_alter_table("exchange_pending", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_pending_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "exchange_quarantine",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("post_code", sa.String(length=24), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column(
            "payload", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_quarantine")),
    )
    with op.batch_alter_table("exchange_quarantine", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_quarantine_package_id"), ["package_id"], unique=False
        )

    op.create_table(
        "trusted_key",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("post_code", sa.String(length=24), nullable=False),
        sa.Column("post_name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("sign_public", sa.String(length=64), nullable=False),
        sa.Column("box_public", sa.String(length=64), nullable=False),
        sa.Column("trusted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("trusted_by", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_trusted_key")),
    )
    with op.batch_alter_table("trusted_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trusted_key_post_code"), ["post_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("trusted_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trusted_key_post_code"))

    op.drop_table("trusted_key")
    with op.batch_alter_table("exchange_quarantine", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_quarantine_package_id"))

    op.drop_table("exchange_quarantine")
    with op.batch_alter_table("exchange_pending", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_pending_record_id"))

    op.drop_table("exchange_pending")
    with op.batch_alter_table("exchange_log", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_log_counterpart")

    op.drop_table("exchange_log")
    with op.batch_alter_table("exchange_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_conflict_record_id"))

    op.drop_table("exchange_conflict")
    op.drop_table("alert")
