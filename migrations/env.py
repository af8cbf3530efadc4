"""Alembic environment: one migration chain for SQLite and PostgreSQL."""

from __future__ import annotations

import os

from alembic import context

from tracker.db import make_engine
from tracker.models import Base
from tracker.models.base import UTCDateTime
from tracker.models.fulltext import include_name, include_object

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    return (
        config.attributes.get("database_url")
        or os.environ.get("TRACKER_DATABASE_URL")
        or "sqlite:///instance/tracker.db"
    )


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True, include_name=include_name,
                      include_object=include_object)  # fmt: skip
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:  # (also when Alembic stops on an unknown revision: its pool closed, not left open)
        engine.dispose()


def _render_item(type_: str, obj, autogen_context):
    """Render the application's column types as plain SQLAlchemy types in migrations."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def _run(connection) -> None:
    # Batch mode lets ALTER-style migrations run on SQLite (it recreates the table).
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite",
                      compare_type=True, render_item=_render_item,
                      # full-text objects are made per dialect, not declared by the models
                      include_name=include_name, include_object=include_object)  # fmt: skip
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
