"""Store: articles and facts in SQLite (default) or PostgreSQL, schema migrated in code."""

from readout.store.db import DEFAULT_DB, Store, database_url

__all__ = ["DEFAULT_DB", "Store", "database_url"]
