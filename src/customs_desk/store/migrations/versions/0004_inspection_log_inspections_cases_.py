"""inspection log: inspections, cases, parties, attachments, revisions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 12:56:59.597977
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _filter_index_sql(table: str) -> list[str]:
    return [
        (
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5(search_text, content='{table}', "
            f"content_rowid='seq', tokenize='trigram')"
        ),
        (
            f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_fts (rowid, search_text) VALUES (new.seq, new.search_text); END"
        ),
        (
            f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {table}_fts ({table}_fts, rowid, search_text) "
            f"VALUES ('delete', old.seq, old.search_text); END"
        ),
        (
            f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF search_text ON {table} BEGIN "
            f"INSERT INTO {table}_fts ({table}_fts, rowid, search_text) "
            f"VALUES ('delete', old.seq, old.search_text); "
            f"INSERT INTO {table}_fts (rowid, search_text) VALUES (new.seq, new.search_text); END"
        ),
    ]


def _create_filter_indexes() -> None:
    """Trigram full-text index for 'filter as you type' (SQLite; PostgreSQL uses ILIKE)."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in ("inspection", "case_file"):
        for statement in _filter_index_sql(table):
            op.execute(statement)


def _drop_filter_indexes() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in ("inspection", "case_file"):
        for suffix in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("exif", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], name=op.f("fk_attachment_post_id_post")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_attachment")),
        sa.UniqueConstraint("id", name=op.f("uq_attachment_id")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "party",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_folded", sa.String(length=300), nullable=False),
        sa.Column("is_person", sa.Boolean(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("registration_number", sa.String(length=80), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column(
            "payload", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], name=op.f("fk_party_post_id_post")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_party")),
        sa.UniqueConstraint("id", name=op.f("uq_party_id")),
    )
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.create_index("ix_party_name_folded", ["name_folded"], unique=False)

    op.create_table(
        "post_sequence",
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["post.id"], name=op.f("fk_post_sequence_post_id_post")
        ),
        sa.PrimaryKeyConstraint("post_id", "kind", "year", name=op.f("pk_post_sequence")),
    )
    op.create_table(
        "record_revision",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column(
            "payload", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("parent_hash", sa.String(length=64), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("origin_post_id", sa.Uuid(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('inspection', 'case', 'party', 'case_event')",
            name=op.f("ck_record_revision_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["origin_post_id"], ["post.id"], name=op.f("fk_record_revision_origin_post_id_post")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_record_revision")),
        sa.UniqueConstraint(
            "record_id", "revision", name=op.f("uq_record_revision_record_id_revision")
        ),
    )
    with op.batch_alter_table("record_revision", schema=None) as batch_op:
        batch_op.create_index("ix_record_revision_origin", ["origin_post_id", "seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_record_revision_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "edit_session",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("autosaved_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_edit_session_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_edit_session")),
    )
    op.create_table(
        "inspection",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("inspected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("inspection_type", sa.String(length=20), nullable=False),
        sa.Column("transport_mode", sa.String(length=20), nullable=False),
        sa.Column("containers", sa.String(length=2000), nullable=False),
        sa.Column("transport_document", sa.String(length=60), nullable=False),
        sa.Column("declaration_number", sa.String(length=60), nullable=False),
        sa.Column("declared_hs", sa.String(length=20), nullable=False),
        sa.Column("exporter_name", sa.String(length=300), nullable=False),
        sa.Column("importer_name", sa.String(length=300), nullable=False),
        sa.Column("exporter_id", sa.Uuid(), nullable=True),
        sa.Column("importer_id", sa.Uuid(), nullable=True),
        sa.Column("export_country", sa.String(length=2), nullable=False),
        sa.Column("import_country", sa.String(length=2), nullable=False),
        sa.Column("waste_stream", sa.String(length=40), nullable=False),
        sa.Column("basel_codes", sa.String(length=200), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("found_weight_kg", sa.Double(), nullable=True),
        sa.Column("lead_officer", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finalized_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "payload", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'final', 'void')", name=op.f("ck_inspection_status")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["user_account.id"], name=op.f("fk_inspection_created_by_user_account")
        ),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], name=op.f("fk_inspection_post_id_post")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_inspection")),
        sa.UniqueConstraint("id", name=op.f("uq_inspection_id")),
        sa.UniqueConstraint("number", name=op.f("uq_inspection_number")),
    )
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.create_index("ix_inspection_export_country", ["export_country"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_inspection_exporter_id"), ["exporter_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inspection_importer_id"), ["importer_id"], unique=False
        )
        batch_op.create_index("ix_inspection_inspected_at", ["inspected_at"], unique=False)
        batch_op.create_index("ix_inspection_outcome", ["outcome"], unique=False)
        batch_op.create_index("ix_inspection_post_time", ["post_id", "inspected_at"], unique=False)
        batch_op.create_index("ix_inspection_status", ["status"], unique=False)
        batch_op.create_index("ix_inspection_stream", ["waste_stream"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_inspection_transport_document"), ["transport_document"], unique=False
        )
        batch_op.create_index("ix_inspection_updated_at", ["updated_at"], unique=False)

    op.create_table(
        "saved_filter",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("register", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("spec", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_saved_filter_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_filter")),
        sa.UniqueConstraint(
            "user_id", "register", "name", name=op.f("uq_saved_filter_user_id_register_name")
        ),
    )
    op.create_table(
        "case_file",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("grounds", sa.String(length=20), nullable=False),
        sa.Column("clock", sa.String(length=12), nullable=False),
        sa.Column("state_informed_on", sa.Date(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("path", sa.String(length=30), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column(
            "payload", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"], ["inspection.id"], name=op.f("fk_case_file_inspection_id_inspection")
        ),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], name=op.f("fk_case_file_post_id_post")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_case_file")),
        sa.UniqueConstraint("id", name=op.f("uq_case_file_id")),
        sa.UniqueConstraint("number", name=op.f("uq_case_file_number")),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index("ix_case_file_deadline", ["status", "deadline"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_file_inspection_id"), ["inspection_id"], unique=False
        )
        batch_op.create_index("ix_case_file_opened_at", ["opened_at"], unique=False)

    op.create_table(
        "case_event",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("data", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_event_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_case_event")),
        sa.UniqueConstraint("id", name=op.f("uq_case_event_id")),
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_event_case_id"), ["case_id"], unique=False)
    _create_filter_indexes()


def downgrade() -> None:
    _drop_filter_indexes()
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_event_case_id"))

    op.drop_table("case_event")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index("ix_case_file_opened_at")
        batch_op.drop_index(batch_op.f("ix_case_file_inspection_id"))
        batch_op.drop_index("ix_case_file_deadline")

    op.drop_table("case_file")
    op.drop_table("saved_filter")
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.drop_index("ix_inspection_updated_at")
        batch_op.drop_index(batch_op.f("ix_inspection_transport_document"))
        batch_op.drop_index("ix_inspection_stream")
        batch_op.drop_index("ix_inspection_status")
        batch_op.drop_index("ix_inspection_post_time")
        batch_op.drop_index("ix_inspection_outcome")
        batch_op.drop_index("ix_inspection_inspected_at")
        batch_op.drop_index(batch_op.f("ix_inspection_importer_id"))
        batch_op.drop_index(batch_op.f("ix_inspection_exporter_id"))
        batch_op.drop_index("ix_inspection_export_country")

    op.drop_table("inspection")
    op.drop_table("edit_session")
    with op.batch_alter_table("record_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_revision_record_id"))
        batch_op.drop_index("ix_record_revision_origin")

    op.drop_table("record_revision")
    op.drop_table("post_sequence")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_index("ix_party_name_folded")

    op.drop_table("party")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_record_id"))

    op.drop_table("attachment")
