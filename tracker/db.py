"""Engines and sessions. Services receive a Session; whoever opened it commits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker


def normalise_url(database_url: str) -> URL:
    """Map plain ``postgresql://`` (and ``postgres://``) onto the psycopg 3 driver."""
    url = make_url(database_url.replace("postgres://", "postgresql://", 1))
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def make_engine(database_url: str, **kwargs) -> Engine:
    # Errors and logs never carry a statement's values (a subscriber's address, a password
    # hash): what went wrong is said by ``describe_error``.
    kwargs.setdefault("hide_parameters", True)
    url = normalise_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:" and not url.query.get("uri"):
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets the web server read while the scheduler writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit when the block succeeds, roll back when it raises."""
    with settled(factory()) as session:
        yield session


@contextmanager
def settled(session: Session) -> Iterator[Session]:
    """Finish a session already open (one handed to another thread): commit when the block
    succeeds, roll back when it raises, close it either way."""
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def sessions_for(database_url: str) -> Iterator[sessionmaker[Session]]:
    """A session factory on an engine of its own, disposed afterwards (a scheduled job)."""
    engine = make_engine(database_url)
    try:
        yield make_sessionmaker(engine)
    finally:
        engine.dispose()


@contextmanager
def unit_of_work(database_url: str) -> Iterator[Session]:
    """One committed unit of work on an engine of its own."""
    with sessions_for(database_url) as sessions, session_scope(sessions) as session:
        yield session


@contextmanager
def throwaway_database(server_url: str, prefix: str = "tracker_tmp") -> Iterator[str]:
    """A new, empty PostgreSQL database on the server of ``server_url``, dropped afterwards
    (tests and benchmarks). Yields its URL."""
    import uuid

    from sqlalchemy import text

    server = normalise_url(server_url)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = make_engine(server.set(database="postgres").render_as_string(hide_password=False),
                        isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield server.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


# --- errors a person can act on ---------------------------------------------------------------
# SQLAlchemy's own message carries the statement (and, without hide_parameters, its values: a
# subscriber's address). What an operator needs is what is wrong and where, in one line.

_SQLITE_PROBLEMS = (
    ("readonly database", "read_only"),
    ("database or disk is full", "full"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("no such table", "unmigrated"),
    ("no such column", "unmigrated"),
    ("unable to open database file", "unavailable"),
    ("disk i/o error", "unavailable"),
)
_POSTGRES_STATES = {
    "25006": "read_only",  # read_only_sql_transaction
    "53100": "full",  # disk_full
    "53200": "full",  # out_of_memory
    "55P03": "locked",  # lock_not_available
    "40P01": "locked",  # deadlock_detected
    "57014": "locked",  # query_canceled (statement_timeout)
    "42P01": "unmigrated",  # undefined_table
    "42703": "unmigrated",  # undefined_column
    "3D000": "unavailable",  # invalid_catalog_name: no such database
    "57P01": "unavailable",  # admin_shutdown
    "57P03": "unavailable",  # cannot_connect_now
    "53300": "unavailable",  # too_many_connections
    "08001": "unavailable", "08006": "unavailable",  # connection failures
}
PROBLEMS = {
    "read_only": "the database is read-only; nothing was saved",
    "full": "the database's disk is full; nothing was saved",
    "locked": "the database is locked by another process; nothing was saved, try again",
    "unmigrated": "the database has not been migrated to this version: run `tracker db upgrade`",
    "unavailable": "the database cannot be reached or opened",
}


def database_problem(exc: BaseException) -> str | None:
    """The kind of database problem behind ``exc`` (a key of PROBLEMS), or None."""
    if not isinstance(exc, DBAPIError):
        return None
    original = exc.orig
    state = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    if state:
        if state in _POSTGRES_STATES:
            return _POSTGRES_STATES[state]
        return "unavailable" if state.startswith("08") else None
    message = str(original).lower()
    for needle, kind in _SQLITE_PROBLEMS:
        if needle in message:
            return kind
    if isinstance(exc, OperationalError) and exc.connection_invalidated:
        return "unavailable"
    if "connection" in message and isinstance(exc, OperationalError):
        return "unavailable"
    return None


def where(database_url: str | URL) -> str:
    """The database as an operator names it: the SQLite file, or PostgreSQL host and name
    (never the user or password)."""
    url = normalise_url(str(database_url)) if isinstance(database_url, str) else database_url
    if url.get_backend_name() == "sqlite":
        return f"SQLite {(url.database or ':memory:').removeprefix('file:')}"
    port = f":{url.port}" if url.port else ""
    return f"PostgreSQL {url.host or 'localhost'}{port}/{url.database or ''}"


def describe_error(exc: BaseException, database_url: str | URL) -> str:
    """One line for a database error: what is wrong and where; no SQL, no values."""
    kind = database_problem(exc)
    what = PROBLEMS[kind] if kind else (
        f"the database refused the change ({type(getattr(exc, 'orig', exc)).__name__})")
    return f"{where(database_url)}: {what}"
