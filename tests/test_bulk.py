"""The importers' bulk path: rows stored exactly as the ORM stores them, and a batch that
costs a few statements however many entries it holds."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from benchmarks.tk_import import generate
from scrapers.tweedekamer import SyncFeedPage
from tracker.models import Commitment, HistoryEntry
from tracker.services.bulk import among, among_keys, insert_rows, key_list
from tracker.services.tweedekamer import TkImporter, tk_source

from .conftest import ON_POSTGRES

VALUES = {"number": "TZ1", "kind": "commitment", "text": "De minister zegt toe …",
          "chamber": "TK", "made_on": date(2025, 3, 13), "status": "open",
          "due": date(2026, 7, 1), "withdrawn": False,
          "created_at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
          "updated_at": datetime(2026, 1, 2, 3, 4, 5, 600, tzinfo=UTC)}


def test_insert_rows_stores_values_as_the_orm_does(session):
    source = tk_source(session)
    session.add(Commitment(source_id=source.id, external_id="orm", **VALUES))
    session.flush()
    columns = ("source_id", "external_id", *VALUES)
    insert_rows(session.connection(), Commitment.__table__, columns,
                [(source.id, "bulk", *VALUES.values())])
    raw = {key: row for key, *row in session.execute(text(
        f"SELECT external_id, {', '.join(VALUES)} FROM commitments"))}
    assert raw["bulk"] == raw["orm"]  # the very same stored form: dates, booleans, timestamps
    stored = session.scalar(select(Commitment).where(Commitment.external_id == "bulk"))
    assert (stored.due, stored.withdrawn, stored.updated_at) == (
        VALUES["due"], False, VALUES["updated_at"])


def test_among_finds_by_one_parameter_whatever_the_number_of_values(session):
    source = tk_source(session)
    now = datetime.now(UTC)
    insert_rows(session.connection(), Commitment.__table__,
                ("source_id", "external_id", "text", "kind", "status", "withdrawn",
                 "created_at", "updated_at"),
                [(source.id, f"k{i}", "t", "commitment", "open", False, now, now)
                 for i in range(1200)])
    wanted = [f"k{i}" for i in range(0, 1200, 3)] + ["absent"]
    dialect = session.get_bind().dialect
    found = session.scalars(select(Commitment.external_id).where(
        among(Commitment.external_id, wanted, dialect))).all()
    assert sorted(found) == sorted(wanted[:-1])


def test_keys_are_found_whatever_characters_they_hold(session):
    """PostgreSQL receives the keys as an array's text form: quotes, backslashes, commas,
    braces, spaces and the word NULL in a key are keys like any other."""
    source = tk_source(session)
    now = datetime.now(UTC)
    odd = ['a"b', "c\\d", "e,f", "{g}", " h ", "NULL", "ï€", "x'y", '"', "\\", "k" * 300]
    long_key = "m" * 300
    insert_rows(session.connection(), Commitment.__table__,
                ("source_id", "external_id", "text", "kind", "status", "withdrawn",
                 "created_at", "updated_at"),
                [(source.id, key, "t", "commitment", "open", False, now, now)
                 for key in (*odd, long_key)])
    dialect = session.get_bind().dialect
    # A key longer than the column finds nothing, not the row whose key it begins with.
    wanted = [*odd, "absent", long_key + "m"]
    found = session.scalars(select(Commitment.external_id).where(
        among(Commitment.external_id, wanted, dialect))).all()
    assert sorted(found) == sorted(odd)
    by_name = select(Commitment.id).where(among_keys(Commitment.external_id, "_keys", dialect))
    ids = session.scalars(by_name, {"_keys": key_list(wanted, dialect)}).all()
    assert len(ids) == len(odd)
    by_id = select(Commitment.external_id).where(among_keys(Commitment.id, "_keys", dialect))
    assert sorted(session.scalars(by_id, {"_keys": key_list(ids, dialect)}).all()) \
        == sorted(odd)


def _statements_for_one_page(engine, session, folder: Path, entries: int) -> int:
    folder.mkdir()
    (page,) = generate(folder, entries, seed=entries)
    items = list(SyncFeedPage(page.read_bytes()))
    count = 0

    def counted(*_args):
        nonlocal count
        count += 1

    event.listen(engine, "before_cursor_execute", counted)
    try:
        outcomes = TkImporter(session).store(items)
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    assert not [o for o in outcomes if isinstance(o, Exception)]
    return count


def test_a_batch_costs_the_same_few_statements_for_10_entries_or_200(engine, session,
                                                                    tmp_path):
    """No query or flush per entry: the statements of a batch do not grow with it, but for
    SQLite's inserts, which go in chunks of a multiple of 16 rows and one for the rest (a few
    distinct statements stay prepared): 200 new rows of a table take 2 (192 + 8)."""
    small = _statements_for_one_page(engine, session, tmp_path / "a", 10)
    session.rollback()
    large = _statements_for_one_page(engine, session, tmp_path / "b", 200)
    assert session.scalar(select(Commitment.id).limit(1)) is not None
    assert large <= small + 2 + 4 and large < 40, (small, large)
    # and what the large batch linked was history, as ever
    assert session.scalar(select(HistoryEntry.id).where(
        HistoryEntry.field == "fulfilled_by").limit(1)) is not None


def test_insert_rows_stores_every_row_whatever_the_chunks(session):
    """Rows go in chunks (SQLite): 1, 2, 15, 16, 255, 256, 257, 700 rows all land."""
    source = tk_source(session)
    now = datetime.now(UTC)
    columns = ("source_id", "external_id", "text", "kind", "status", "withdrawn",
               "created_at", "updated_at")
    total = 0
    for count in (1, 2, 15, 16, 255, 256, 257, 700):
        insert_rows(session.connection(), Commitment.__table__, columns,
                    [(source.id, f"c{count}-{i}", f"t{i}", "commitment", "open", False, now, now)
                     for i in range(count)])
        total += count
    stored = session.execute(select(Commitment.external_id, Commitment.text)).all()
    assert len(stored) == total == len({key for key, _ in stored})
    assert ("c257-256", "t256") in stored and ("c700-699", "t699") in stored


@pytest.mark.skipif(ON_POSTGRES, reason="SQLite's query plans; PostgreSQL plans by statistics")
def test_every_lookup_of_a_batch_finds_its_rows_by_an_index_on_what_it_looks_for(
        engine, session, tmp_path):
    """A batch's lookups go by the keys it holds, never along a whole table or every row of
    the source: such a walk costs nothing on a small table and grows with it, so a long load
    slows down batch by batch (the letters' numbers of stored toezeggingen once walked every
    document of the source). The page is stored twice, so the second batch reads what is
    stored: links, fulfilments, the letters' numbers, history, recipients."""
    (page,) = generate(tmp_path, 200, seed=3)
    items = list(SyncFeedPage(page.read_bytes()))
    seen: dict[str, tuple] = {}

    def remember(_conn, _cursor, statement, parameters, _context, executemany):
        if not executemany and "json_each" in statement:
            seen[statement] = parameters

    event.listen(engine, "before_cursor_execute", remember)
    try:
        TkImporter(session).store(items)
        TkImporter(session).store(items)
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    assert any("documents.number" in s and "documents.id IN" in s for s in seen), \
        "the letters' numbers were not looked up"
    walks = {}
    for statement, parameters in seen.items():
        plan = [row[-1] for row in session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters)]
        bad = [step for step in plan
               if (step.startswith("SCAN") and "VIRTUAL TABLE" not in step)
               or step.endswith("(source_id=?)")]
        if bad:
            walks[" ".join(statement.split())[:120]] = bad
    assert not walks
