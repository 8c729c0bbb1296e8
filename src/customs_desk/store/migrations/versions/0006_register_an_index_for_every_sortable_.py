"""register: an index for every sortable column, search text for short filters (SQLite)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 14:38:25.356011

With 100,000 inspections, sorting the register by a column without an index read and sorted the
whole table (0.6-1 s); filters of one or two characters read every row's search text from the
table, whose rows carry the record payloads (~400 MB). bench/bench_register.py measures both.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SORT_INDEXES = {
    "ix_inspection_post": "post_id",
    "ix_inspection_type": "inspection_type",
    "ix_inspection_transport_mode": "transport_mode",
    "ix_inspection_containers": "containers",
    "ix_inspection_declaration_number": "declaration_number",
    "ix_inspection_exporter_name": "exporter_name",
    "ix_inspection_importer_name": "importer_name",
    "ix_inspection_import_country": "import_country",
    "ix_inspection_basel_codes": "basel_codes",
    "ix_inspection_declared_hs": "declared_hs",
    "ix_inspection_found_weight": "found_weight_kg",
    "ix_inspection_lead_officer": "lead_officer",
}


def upgrade() -> None:
    for name, column in SORT_INDEXES.items():
        op.create_index(name, "inspection", [column], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        # PostgreSQL filters with ILIKE and limits index entries to 2.7 KB (models.py).
        op.create_index(
            "ix_inspection_search_text", "inspection", ["search_text", "status"], unique=False
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_inspection_search_text", table_name="inspection")
    for name in reversed(SORT_INDEXES):
        op.drop_index(name, table_name="inspection")
