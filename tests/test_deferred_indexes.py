"""A first TK load into an empty commitments table sets the table's secondary indexes and its
full-text index aside and makes them once at its end (``services.deferral``): after a whole
run, a run that stopped halfway and `tracker db upgrade`, the schema is the models' again and
search finds what was loaded."""

import warnings

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import OperationalError, SAWarning

from scrapers.http import Fetcher
from tracker import migrate
from tracker.models import Base, Commitment, DeferredIndex, Source
from tracker.models.fulltext import include_name, include_object
from tracker.runs import tk as tk_runs
from tracker.runs.tk import sync_tk
from tracker.services import deferral
from tracker.services.search import fulltext_ids

from .conftest import _empty
from .httpserver import LocalServer
from .tkfeed import SyncFeed, serve_sample

WORDS = ("algoritmeregister", "kamer", "minister", "digitale", "zomer", "kenbaarheid")


@pytest.fixture
def feed():
    with LocalServer() as server:
        yield SyncFeed(server)


@pytest.fixture
def fetcher():
    with Fetcher(delay=0, retries=0, timeout=5) as f:
        yield f


def schema(engine) -> set[str]:
    """Every index and trigger on commitments (SQLite's FTS5 triggers included)."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            rows = conn.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'commitments'").all()
        else:
            rows = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE tbl_name = 'commitments' "
                "AND type IN ('index', 'trigger')").all()
    return {name for (name,) in rows}


def models_differ(engine) -> list:
    with engine.connect() as conn, warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=SAWarning, message=(
            "Skipped unsupported reflection of expression-based index dx_"))
        context = MigrationContext.configure(
            conn, opts={"include_name": include_name, "include_object": include_object})
        return compare_metadata(context, Base.metadata)


def found(session, word: str) -> set[str]:
    ids = fulltext_ids(session, Commitment, [word])
    return set(session.scalars(select(Commitment.number).where(Commitment.id.in_(ids))))


def searches(session) -> dict[str, set[str]]:
    """What a search for each of WORDS finds (in a transaction of its own, ended at once:
    on PostgreSQL an open one would hold a lock that DROP INDEX and TRUNCATE wait for)."""
    session.rollback()
    try:
        return {word: found(session, word) for word in WORDS}
    finally:
        session.rollback()


def count(session, model) -> int:
    try:
        return session.scalar(select(func.count()).select_from(model))
    finally:
        session.rollback()


@pytest.fixture(scope="module")
def searched_as_usual():
    """What the searches find after the same load made as usual (filled by the first test)."""
    return {}


@pytest.fixture
def whole(clean_db):
    """The indexes as the migrations make them; made again after the test whatever it did."""
    before = schema(clean_db)
    yield before
    with clean_db.begin() as conn:
        from sqlalchemy.orm import Session

        with Session(bind=conn) as session:
            deferral.restore(session)
            session.flush()


@pytest.fixture
def long_runs(monkeypatch):
    """Every first page counts as the start of a long load (the sample's pages are short)."""
    monkeypatch.setattr(tk_runs, "DEFER_AFTER", 1)


def first_load(feed, sessions, fetcher):
    serve_sample(feed)
    feed.add("Toezegging", "38400005", "toezegging-live.xml")
    return {r.category: r for r in sync_tk(sessions, fetcher, feed.url)}


def test_a_first_load_makes_the_indexes_once_at_its_end(
        whole, feed, sessions, fetcher, session, monkeypatch, clean_db, searched_as_usual):
    assert not first_load(feed, sessions, fetcher)["Toezegging"].deferred  # short pages
    searched_as_usual.update(searches(session))
    assert all(searched_as_usual.values())
    _empty(clean_db)
    monkeypatch.setattr(tk_runs, "DEFER_AFTER", 1)  # now as the start of a long load
    during = []
    real_store = tk_runs._store

    def store(session_, importer, category, *args, **kwargs):
        if category == "Toezegging" and not during:
            during.append((deferral.deferred(session_), schema(clean_db)))
        return real_store(session_, importer, category, *args, **kwargs)

    monkeypatch.setattr(tk_runs, "_store", store)
    results = first_load(feed, sessions, fetcher)
    assert results["Toezegging"].counts["inserted"] == 9
    (set_aside, indexes), = during
    assert "ix_commitments_number" in set_aside and "ix_commitments_number" not in indexes
    assert "ix_commitments_activity_ref" in indexes  # read by the load itself: kept
    assert any(name.startswith(("fts_commitments", "commitments_fts")) for name in set_aside)
    assert schema(clean_db) == whole  # all made again
    assert count(session, DeferredIndex) == 0
    assert models_differ(clean_db) == []
    assert searches(session) == searched_as_usual


def test_a_second_run_changes_nothing_and_sets_nothing_aside(
        whole, long_runs, feed, sessions, fetcher, session, clean_db):
    first_load(feed, sessions, fetcher)
    again = sync_tk(sessions, fetcher, feed.url)
    assert all(r.counts["inserted"] == r.counts["updated"] == 0 for r in again)
    assert not any(r.deferred for r in again)
    assert schema(clean_db) == whole


def test_a_load_that_stops_halfway_is_restored_and_finished_by_the_next_run(
        whole, long_runs, feed, sessions, fetcher, session, monkeypatch, clean_db,
        searched_as_usual):
    """The process dies after the first page of toezeggingen is committed, while the
    indexes are set aside: the next run makes them again first, then carries on."""
    real_store = tk_runs._store
    stored = []

    class Died(BaseException):
        pass

    def store(session_, importer, category, items, *args, **kwargs):
        if category == "Toezegging" and stored:
            raise Died  # the second page: the process is gone
        real_store(session_, importer, category, items, *args, **kwargs)
        if category == "Toezegging":
            stored.append(len(items))

    monkeypatch.setattr(tk_runs, "_store", store)
    monkeypatch.setattr(tk_runs, "_restore_deferred", lambda *a: None)  # it never runs
    with pytest.raises(Died):
        first_load(feed, sessions, fetcher)
    monkeypatch.undo()
    assert count(session, DeferredIndex) > 0
    assert "ix_commitments_number" not in schema(clean_db)
    assert count(session, Commitment) == 5
    assert models_differ(clean_db) != []  # as it stands, the schema is not the models'

    results = {r.category: r for r in sync_tk(sessions, fetcher, feed.url)}
    assert results["Toezegging"].counts["inserted"] == 4  # the rest, nothing twice
    assert not results["Toezegging"].deferred  # the table has rows now: loaded as usual
    assert schema(clean_db) == whole
    assert count(session, DeferredIndex) == 0
    assert models_differ(clean_db) == []
    assert searched_as_usual and searches(session) == searched_as_usual  # both runs' rows


def test_tracker_db_upgrade_restores_what_a_stopped_load_set_aside(
        whole, database_url, sessions, session, clean_db):
    with sessions.begin() as s:
        assert deferral.defer(s)
    with sessions.begin() as s:  # what a load stored before it stopped
        source = Source(key="tk", kind="tk", name="TK")
        s.add(source)
        s.flush()
        s.add(Commitment(source_id=source.id, external_id="x", number="TZ1",
                         text="Een voortgangsbrief over het Algoritmeregister"))
    assert whole - schema(clean_db)
    migrate.upgrade(database_url)
    assert schema(clean_db) == whole
    assert models_differ(clean_db) == []
    assert searches(session)["algoritmeregister"] == {"TZ1"}
    assert migrate.restore_deferred(database_url) == []  # nothing left: nothing done


def test_nothing_is_set_aside_when_commitments_has_rows_or_the_run_is_short(
        whole, feed, sessions, fetcher, session, clean_db):
    results = first_load(feed, sessions, fetcher)  # short pages: not a long load
    assert not results["Toezegging"].deferred
    with sessions.begin() as s:
        assert deferral.defer(s) == []  # rows there
    assert schema(clean_db) == whole


def test_defer_and_restore_are_safe_to_repeat(whole, sessions, clean_db):
    with sessions.begin() as s:
        names = deferral.defer(s)
    assert names and set(names) <= whole | {"commitments_fts"}
    with sessions.begin() as s:
        assert deferral.defer(s) == []  # already set aside
    with sessions.begin() as s:
        assert deferral.restore(s) == sorted(names)
    with sessions.begin() as s:
        assert deferral.restore(s) == []
    assert schema(clean_db) == whole
    assert inspect(clean_db).has_table("deferred_indexes")


def test_a_table_that_cannot_be_set_aside_is_loaded_with_its_indexes(
        whole, long_runs, feed, sessions, fetcher, session, monkeypatch, clean_db, caplog):
    def held(session_):
        raise OperationalError("DROP INDEX …", {}, Exception("lock timeout"))

    monkeypatch.setattr(deferral, "defer", held)
    results = first_load(feed, sessions, fetcher)
    assert results["Toezegging"].error is None and not results["Toezegging"].deferred
    assert results["Toezegging"].counts["inserted"] == 9
    assert schema(clean_db) == whole
    assert any("indexes of commitments stay" in r.getMessage() for r in caplog.records)
