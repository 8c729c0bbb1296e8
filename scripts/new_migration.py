"""Developer tool: write a new Alembic migration from the difference between models and schema.

Usage: python scripts/new_migration.py "add inspections"
Review the generated file in src/customs_desk/store/migrations/versions/ before committing.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from customs_desk.store.database import Database
from customs_desk.store.migrate import alembic_config, upgrade_to_head


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open_sqlite(Path(tmp) / "dev.sqlite")
        versions = Path(alembic_config().get_main_option("script_location") or "") / "versions"
        if any(versions.glob("*.py")):
            upgrade_to_head(db)
        cfg = alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=sys.argv[1], autogenerate=True)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
