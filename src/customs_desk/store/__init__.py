"""Persistence: SQLAlchemy base, database handle, migrations, audit log."""
