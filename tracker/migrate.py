"""Running the Alembic migrations from the application (``tracker db upgrade``)."""

from __future__ import annotations

import logging

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from .config import PROJECT_ROOT

log = logging.getLogger(__name__)


def alembic_config(database_url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Migrate to ``revision``; at the head, also make again the indexes a first load that
    stopped halfway had set aside (``services.deferral``), so the schema is the models' again."""
    command.upgrade(alembic_config(database_url), revision)
    if revision == "head":
        restore_deferred(database_url)


def restore_deferred(database_url: str) -> list[str]:
    """Make again what ``deferral.defer`` set aside and no run has restored; the names."""
    from .db import make_engine, make_sessionmaker
    from .services.deferral import restore

    engine = make_engine(database_url)
    try:
        with make_sessionmaker(engine).begin() as session:
            names = restore(session)
    finally:
        engine.dispose()
    if names:
        log.warning("made again what a first load that stopped halfway set aside: %s",
                    ", ".join(names))
    return names


def downgrade(database_url: str, revision: str) -> None:
    command.downgrade(alembic_config(database_url), revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(database_url: str) -> str | None:
    return ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
