"""Shared fixtures: one migrated database per test session, emptied after every test.

The database is SQLite in a temporary folder, or, when TRACKER_TEST_DATABASE_URL points at a
PostgreSQL server, a throwaway database created on that server and dropped at the end.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from datetime import date

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from tracker import clock, create_app, migrate
from tracker.cli import main
from tracker.config import Settings
from tracker.db import make_engine, make_sessionmaker, throwaway_database
from tracker.models import Base

TEST_DATABASE_URL = os.environ.get("TRACKER_TEST_DATABASE_URL", "")
ON_POSTGRES = TEST_DATABASE_URL.startswith(("postgresql", "postgres:"))


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> Iterator[str]:
    if not ON_POSTGRES:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'tracker.db'}"
        migrate.upgrade(url)
        yield url
        return
    with throwaway_database(TEST_DATABASE_URL, "tracker_test") as url:
        migrate.upgrade(url)
        yield url


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def _empty(engine: Engine) -> None:
    tables = [t for t in reversed(Base.metadata.sorted_tables) if t.name != "alembic_version"]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(table.delete())


@pytest.fixture
def clean_db(engine: Engine) -> Iterator[Engine]:
    """The migrated database, emptied after the test."""
    try:
        yield engine
    finally:
        _empty(engine)


@pytest.fixture
def session(clean_db: Engine) -> Iterator[Session]:
    with Session(clean_db, expire_on_commit=False) as session:
        yield session


@pytest.fixture
def sessions(clean_db: Engine):
    """A session factory, as jobs get one: for work in transactions of its own."""
    return make_sessionmaker(clean_db)


@pytest.fixture
def settings(database_url: str, tmp_path) -> Settings:
    return Settings.from_env(
        {},
        database_url=database_url,
        secret_key="test-secret-key",
        instance_path=str(tmp_path / "instance"),
        base_url="http://tracker.test",
        smtp_host="127.0.0.1",
        smtp_port=9,  # discard: no test can send real mail by accident
    )


@pytest.fixture
def app(settings: Settings, clean_db: Engine):
    app = create_app(settings)
    app.config["TESTING"] = True
    yield app
    app.extensions["tracker"].engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def today(monkeypatch) -> date:
    """Pin the tracker's date to 2026-11-23 (the date the sample data is written for)."""
    pinned = date(2026, 11, 23)
    monkeypatch.setattr(clock, "today", lambda: pinned)
    return pinned


@pytest.fixture
def cli(settings: Settings, clean_db: Engine):
    """Run the real `tracker` command with the test settings in its environment."""
    runner = CliRunner()
    env = {
        "TRACKER_DATABASE_URL": settings.database_url,
        "TRACKER_SECRET_KEY": settings.secret_key,
        "TRACKER_INSTANCE_PATH": settings.instance_path,
        "TRACKER_BASE_URL": settings.base_url,
        "TRACKER_SMTP_HOST": settings.smtp_host,
        "TRACKER_SMTP_PORT": str(settings.smtp_port),
        "TRACKER_LOG_LEVEL": "WARNING",
    }

    def invoke(*args: str, input: str | None = None, expect: int = 0):
        result = runner.invoke(main, list(args), env=env, input=input, catch_exceptions=False)
        assert result.exit_code == expect, result.output
        return result

    invoke.env = env
    return invoke


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def backend(url: str) -> str:
    return make_url(url).get_backend_name()
