"""The typed models and the migrations describe the same schema: a database made by running every
migration has nothing Alembic's autogenerate would still add, drop or change."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from flatapp.storage import all_models  # noqa: F401  (registers every table)
from flatapp.storage.base import Base
from flatapp.storage.database import open_database


def test_the_migration_head_matches_the_models(tmp_path):
    database = open_database(tmp_path / "head.sqlite", create=True)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True,
                                                                    "render_as_batch": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.dispose()
    assert differences == [], f"make a migration for: {differences}"
