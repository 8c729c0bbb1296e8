"""register search index: bulk loading for imports (SQLite)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 15:05:00

Importing a package inserts thousands of inspections at once. The full-text index trigger ran
one FTS insert per row, which took 40 % of the import time (bench/bench_exchange.py); one
INSERT ... SELECT for the whole batch does the same indexing about ten times faster. The
importer switches the trigger off for its own rows inside its transaction (a one-row flag table)
and indexes them in one statement before it commits, so no other reader ever sees an inspection
without its index entry.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

PER_ROW = (
    "CREATE TRIGGER inspection_fts_insert AFTER INSERT ON inspection BEGIN "
    "INSERT INTO inspection_fts (rowid, search_text) VALUES (new.seq, new.search_text); END"
)
UNLESS_BULK = (
    "CREATE TRIGGER inspection_fts_insert AFTER INSERT ON inspection "
    "WHEN (SELECT active FROM inspection_fts_bulk WHERE id = 1) = 0 BEGIN "
    "INSERT INTO inspection_fts (rowid, search_text) VALUES (new.seq, new.search_text); END"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE inspection_fts_bulk (id INTEGER PRIMARY KEY CHECK (id = 1), "
        "active INTEGER NOT NULL DEFAULT 0)"
    )
    op.execute("INSERT INTO inspection_fts_bulk (id, active) VALUES (1, 0)")
    op.execute("DROP TRIGGER inspection_fts_insert")
    op.execute(UNLESS_BULK)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER inspection_fts_insert")
    op.execute(PER_ROW)
    op.execute("DROP TABLE inspection_fts_bulk")
