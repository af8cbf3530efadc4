"""Database errors a person can act on: read-only, disk full, locked, not migrated.

One line saying what and where, with no SQL and no personal data; the web shows the error
page; a sync still prints its summary. Real databases put in each state (SQLite and
PostgreSQL), not mocked errors, except a PostgreSQL disk that cannot be filled here.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import sqlite3
import subprocess
import sys
import threading

import psycopg
import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from tracker import create_app
from tracker.config import PROJECT_ROOT
from tracker.db import database_problem, describe_error, make_engine, throwaway_database

from .conftest import ON_POSTGRES, TEST_DATABASE_URL, backend
from .httpserver import LocalServer
from .tkfeed import SyncFeed, serve_sample
from .webdata import csrf_token

ADDRESS = "geheim.adres@example.org"
FORM = {"email": ADDRESS, "commitments": "1", "milestones": "1", "frequency": "daily",
        "weekday": "0", "language": "nl"}


def read_only(url: str) -> str:
    """The same database, opened so that every write is refused by the database itself."""
    if backend(url) == "sqlite":
        return f"sqlite:///file:{make_url(url).database}?mode=ro&uri=true"
    return url + ("&" if "?" in url else "?") + "options=-c%20default_transaction_read_only%3Don"


def tracker(cli, *args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, **cli.env, "TRACKER_HTTP_DELAY": "0", **env}
    return subprocess.run([sys.executable, "-m", "tracker", *args], env=environ,
                          capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT)


def _clean(output: str) -> None:
    for leak in (ADDRESS, "INSERT", "UPDATE", "SELECT", "Traceback", "[SQL", "parameters"):
        assert leak not in output, output


def test_a_read_only_database_is_one_line_on_the_command_line(cli, settings):
    result = tracker(cli, "subscriptions", "add", ADDRESS, "--confirmed",
                     TRACKER_DATABASE_URL=read_only(settings.database_url))
    assert result.returncode == 1
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "the database is read-only; nothing was saved" in lines[0]
    where = "SQLite " if backend(settings.database_url) == "sqlite" else "PostgreSQL "
    assert where in lines[0]
    _clean(result.stdout + result.stderr)


def test_a_sync_on_a_read_only_database_still_prints_its_summary(cli, settings):
    result = tracker(cli, "import", "ek", str(PROJECT_ROOT / "sample/ek/T03670.html"),
                     TRACKER_DATABASE_URL=read_only(settings.database_url))
    assert result.returncode == 1
    assert result.stdout.startswith("ek: inserted "), result.stdout
    assert "errors 1" in result.stdout
    problems = [line for line in result.stderr.splitlines() if "read-only" in line]
    assert len(problems) == 1, result.stderr
    _clean(result.stdout + result.stderr)


def test_a_tk_sync_on_a_read_only_database_prints_its_summary_and_stops(cli, settings):
    with LocalServer() as server:
        feed = SyncFeed(server)
        serve_sample(feed)
        result = tracker(cli, "sync", "tk", "--feed-url", feed.url,
                         TRACKER_DATABASE_URL=read_only(settings.database_url),
                         TRACKER_HTTP_RETRIES="0")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout  # the first category says it; the others stop
    assert lines[0].startswith("Kamerstukdossier: inserted 0")
    assert "the database is read-only; nothing was saved" in lines[0]
    _clean(result.stdout + result.stderr)


def test_a_read_only_database_shows_the_error_page(settings, clean_db, caplog):
    app = create_app(dataclasses.replace(settings,
                                         database_url=read_only(settings.database_url)))
    app.config["TESTING"] = True
    client = app.test_client()
    assert client.get("/toezeggingen").status_code == 200  # reading still works
    with caplog.at_level(logging.ERROR):
        response = client.post("/abonnement", data={
            **FORM, "csrf_token": csrf_token(client, "/abonnement")})
    page = response.get_data(as_text=True)
    assert response.status_code == 503
    assert "Even niet beschikbaar" in page and "alleen gelezen" in page
    assert ADDRESS not in page and "INSERT" not in page
    (line,) = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert "POST /abonnement" in line and "read-only" in line
    _clean(line)
    app.extensions["tracker"].engine.dispose()


@pytest.fixture
def empty_database_url(tmp_path):
    if not ON_POSTGRES:
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    with throwaway_database(TEST_DATABASE_URL, "tracker_empty") as url:
        yield url


def test_an_unmigrated_database_says_to_run_db_upgrade(cli, settings, empty_database_url):
    result = tracker(cli, "users", "list", TRACKER_DATABASE_URL=empty_database_url)
    assert result.returncode == 1
    assert result.stderr.strip().endswith("run `tracker db upgrade`"), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    _clean(result.stderr)
    app = create_app(dataclasses.replace(settings, database_url=empty_database_url))
    app.config["TESTING"] = True
    response = app.test_client().get("/toezeggingen")
    assert response.status_code == 503
    assert "tracker db upgrade" in response.get_data(as_text=True)
    api = app.test_client().get("/api/v1/commitments")
    assert api.status_code == 503 and "tracker db upgrade" in api.json["detail"]
    app.extensions["tracker"].engine.dispose()


def _hold_lock(database_url: str, ready: threading.Event, done: threading.Event) -> None:
    """Another process's long write transaction on the subscriptions table."""
    if backend(database_url) == "sqlite":
        conn = sqlite3.connect(make_url(database_url).database)
        conn.execute("BEGIN IMMEDIATE")
    else:
        conn = psycopg.connect(make_url(database_url).set(drivername="postgresql")
                               .render_as_string(hide_password=False))
        conn.execute("LOCK TABLE subscriptions IN ACCESS EXCLUSIVE MODE")
    ready.set()
    done.wait(30)
    conn.rollback()
    conn.close()


def test_a_locked_database_shows_the_error_page(settings, clean_db):
    url = settings.database_url
    if backend(url) == "postgresql":
        url += ("&" if "?" in url else "?") + "options=-c%20lock_timeout%3D300"
    app = create_app(dataclasses.replace(settings, database_url=url))
    app.config["TESTING"] = True
    if backend(url) == "sqlite":
        @event.listens_for(app.extensions["tracker"].engine, "connect")
        def _short_wait(dbapi_connection, _record):  # instead of 30 s: the test's patience
            dbapi_connection.execute("PRAGMA busy_timeout=300")
    client = app.test_client()
    token = csrf_token(client, "/abonnement")
    ready, done = threading.Event(), threading.Event()
    holder = threading.Thread(target=_hold_lock, args=(settings.database_url, ready, done))
    holder.start()
    try:
        assert ready.wait(10)
        response = client.post("/abonnement", data={**FORM, "csrf_token": token})
    finally:
        done.set()
        holder.join(30)
    assert response.status_code == 503
    assert "De database is even bezet" in response.get_data(as_text=True)
    assert response.headers["Retry-After"] == "60"
    app.extensions["tracker"].engine.dispose()


def test_a_full_disk_is_named(tmp_path):
    # SQLite's own limit on the file's size gives the very error a full disk gives
    url = f"sqlite:///{tmp_path / 'small.db'}"
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x BLOB)"))

    @event.listens_for(engine, "connect")
    def _no_room(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    engine.dispose()
    with pytest.raises(OperationalError) as info, engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": ADDRESS.encode() * 10_000})
    assert database_problem(info.value) == "full"
    line = describe_error(info.value, url)
    assert line == f"SQLite {tmp_path / 'small.db'}: the database's disk is full; nothing was " \
                   "saved"
    engine.dispose()


@pytest.mark.parametrize(("error", "problem"), [
    (psycopg.errors.DiskFull, "full"), (psycopg.errors.ReadOnlySqlTransaction, "read_only"),
    (psycopg.errors.LockNotAvailable, "locked"), (psycopg.errors.UndefinedTable, "unmigrated"),
    (psycopg.errors.SyntaxError, None),
])
def test_postgresql_errors_are_named_by_their_sqlstate(error, problem):
    wrapped = OperationalError("INSERT INTO subscriptions …", {"email": ADDRESS}, error("x"))
    assert database_problem(wrapped) == problem
    line = describe_error(wrapped, "postgresql://tracker:secret@db.example:5432/tracker")
    assert line.startswith("PostgreSQL db.example:5432/tracker: ")
    assert "secret" not in line and "tracker:" not in line.split(": ")[0]
    _clean(line)
