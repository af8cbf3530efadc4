"""One migration chain, the same schema as the models, on SQLite and PostgreSQL."""

import warnings

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import SAWarning

from tracker import migrate
from tracker.models import Base
from tracker.models.fulltext import include_name, include_object


def test_migrations_produce_exactly_the_models_schema(engine):
    with engine.connect() as conn, warnings.catch_warnings():
        # SQLite cannot reflect the dialect-specific expression index (dx_…); it is left out of
        # the comparison anyway, like the full-text objects, by the filters of migrations/env.py.
        warnings.filterwarnings("ignore", category=SAWarning, message=(
            "Skipped unsupported reflection of expression-based index dx_"))
        context = MigrationContext.configure(
            conn, opts={"include_name": include_name, "include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], "models and migrations differ: write a migration"


def test_database_is_at_the_single_head(engine, database_url):
    assert migrate.current_revision(engine) == migrate.head_revision(database_url)


def test_downgrade_to_base_and_upgrade_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'roundtrip.db'}"
    migrate.upgrade(url)
    migrate.downgrade(url, "base")
    from tracker.db import make_engine

    engine = make_engine(url)
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    migrate.upgrade(url)
    assert {"commitments", "history", "milestones"} <= set(inspect(engine).get_table_names())
    engine.dispose()
