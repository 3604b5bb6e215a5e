"""SQLAlchemy records, the engine and unit of work, queries returning frozen values, migrations."""
