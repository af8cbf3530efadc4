"""Rows by natural key, changed in memory and written in a few statements: the bulk path of
the importers.

A ``Table`` holds the rows one batch touches, each loaded once (by natural key, or by another
query) as plain values, never as ORM objects. Changes are made in memory; ``History`` collects
a row for each change to a tracked field, in order; ``write`` sends the batch: the new rows of
each table in one COPY (PostgreSQL, with ids drawn beforehand from the tables' sequences, for
every table of the batch in one statement: ``reserve_ids``) or a multi-row INSERT or two
(SQLite, then their ids by key), one executemany UPDATE per set of changed columns, the
history likewise in bulk. The statements that look rows up by key are built once and run
with each batch's keys. The caller's session holds the transaction: like every service, this
never commits.

The rules are those of ``changes.apply``: values are fitted to their columns first, a field
whose value stays the same is no change, and a change to a tracked field is history (adding a
row is not: its insertion is the record).
"""

from __future__ import annotations

import functools
import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, Integer, String, any_, bindparam, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.types import UserDefinedType

from ..models import HistoryEntry, utcnow
from ..models.base import clipped
from .changes import TRACKED_FIELDS, Actor, as_text

# Keys per IN (…) list: far below SQLite's 32,766 bound parameters and PostgreSQL's 65,535.
CHUNK = 500

def insert_rows(connection: Connection, table: Any, columns: Sequence[str],
                rows: Iterable[Sequence[Any]], *, large: bool = False) -> None:
    """Insert plain rows (values in the order of ``columns``): PostgreSQL's COPY, a
    multi-row INSERT … VALUES on SQLite, without a dictionary or statement per row.
    Values pass through the columns' own bind processors first, so they are stored exactly as
    an ORM or Core insert stores them (naive UTC datetimes, dates, booleans); the columns'
    Python defaults are not applied: name every column that needs a value. ``large`` (rows
    with long texts) is accepted for its callers; SQLite takes every batch the same way now.
    """
    writer = _writer(connection.dialect, table, tuple(columns))
    rows = list(rows)
    if not rows:
        return
    if writer.processors:
        # Column by column: each value through its column's processor, once per distinct
        # value (dates and timestamps repeat; a batch shares its "now").
        values = list(zip(*rows, strict=True))
        for index, process in writer.processors:
            values[index] = _processed(values[index], process)
        rows = list(zip(*values, strict=True))
    if connection.dialect.name == "postgresql":
        cursor = connection.connection.driver_connection.cursor()
        with cursor.copy(writer.sql) as copy:
            for row in rows:
                copy.write_row(row)
    else:
        # One INSERT … VALUES (…), (…), … per chunk: the values are bound in C, and a table
        # with an FTS5 index (kept by a trigger) flushes its pending terms once per statement,
        # not once per row as an executemany makes it (measured, SQLite 3.40, 2026-12: 3.6
        # times faster than an executemany into an FTS5-indexed table, 1.8 times faster than
        # an INSERT … SELECT over json_each, which parses each row again for every column).
        # A chunk is a multiple of 16 rows, and what remains after it one more: a batch takes
        # one or two statements, and a table needs at most 31 distinct ones. Each stays
        # prepared in the connection's statement cache (one of a few hundred rows takes some
        # hundreds of kilobytes there), so statements of every length made the peak memory
        # grow with the feed; chunks of a power of two rows kept it flat but took twice as
        # long, an FTS5 flush per statement.
        most = min(max(1, _variables(connection) // len(columns)), _MOST_ROWS)
        flat = itertools.chain.from_iterable
        start = 0
        while start < len(rows):
            left = len(rows) - start
            count = min(left, most)
            if count >= _ROUND:
                count -= count % _ROUND
            chunk = rows[start:start + count]
            start += count
            connection.exec_driver_sql(_values_sql(writer.many, count), tuple(flat(chunk)))


_MOST_ROWS = 256  # rows in one SQLite INSERT
_ROUND = 16


def _processed(values: Sequence[Any], process: Any) -> list[Any]:
    done: dict[Any, Any] = {None: None}
    found = []
    for value in values:
        try:
            converted = done.get(value, _MISSING)
            if converted is _MISSING:
                converted = done[value] = process(value)
        except TypeError:  # a value that cannot be a key (JSON): converted each time
            converted = process(value)
        found.append(converted)
    return found


def _variables(connection: Connection) -> int:
    """How many bound values one SQLite statement may take (999 before SQLite 3.32)."""
    raw = connection.connection.driver_connection
    try:
        return min(raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), 32_766)
    except (AttributeError, sqlite3.Error):
        return 999


@functools.lru_cache(maxsize=64)
def _values_sql(insert: str, count: int) -> str:
    """``INSERT … VALUES (?, …), …`` for ``count`` rows."""
    head, _, one = insert.rpartition(" VALUES ")
    return f"{head} VALUES {', '.join([one] * count)}"


class _Writer(NamedTuple):
    sql: str  # COPY (PostgreSQL)
    many: str  # INSERT … VALUES (?, …) for one row (SQLite)
    processors: tuple[tuple[int, Any], ...]  # (position, the column's bind processor)


_MISSING = object()


_WRITERS: dict[tuple[str, str, tuple[str, ...]], _Writer] = {}


def _writer(dialect: Any, table: Any, columns: tuple[str, ...]) -> _Writer:
    key = (dialect.name, table.name, columns)
    if key not in _WRITERS:
        quote = dialect.identifier_preparer.quote
        names = ", ".join(quote(c) for c in columns)
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        many = (f"INSERT INTO {quote(table.name)} ({names}) "
                f"VALUES ({', '.join(mark for _ in columns)})")
        sql = f"COPY {quote(table.name)} ({names}) FROM STDIN"
        processors = tuple(
            (i, process) for i, c in enumerate(columns)
            if (process := table.c[c].type.dialect_impl(dialect).bind_processor(dialect)))
        _WRITERS[key] = _Writer(sql, many, processors)
    return _WRITERS[key]



def among(column: Any, values: Sequence[Any], dialect: Any) -> Any:
    """``column IN values`` as one parameter, whatever the number of values: a JSON array
    that SQLite reads with ``json_each``, an array for PostgreSQL's ``= ANY``. Either way the
    column's index is used, and the statement is the same for every batch (no IN list of a
    few hundred parameters to render each time)."""
    if dialect.name == "postgresql":
        return column == any_(bindparam(None, _array_literal(values), type_=_array_of(column)))
    keys = func.json_each(bindparam(None, json.dumps(list(values)), type_=String)) \
        .table_valued("value")
    return column.in_(select(keys.c.value))


def among_keys(column: Any, name: str, dialect: Any) -> Any:
    """``among`` with a named parameter, for a statement built once and run with many lists
    of values (``key_list`` makes the value): building a statement costs more than running
    it when the rows it finds are few."""
    if dialect.name == "postgresql":
        return column == any_(bindparam(name, type_=_array_of(column)))
    keys = func.json_each(bindparam(name, type_=String)).table_valued("value")
    return column.in_(select(keys.c.value))


def key_list(values: Sequence[Any], dialect: Any) -> Any:
    """The value of an ``among_keys`` parameter: one string either way, a JSON array for
    SQLite, an array literal for PostgreSQL. A Python list would do for PostgreSQL too, but
    psycopg adapts it element by element in Python: 0.27 ms for 250 keys, about what the
    database takes to find them (measured, psycopg 3.3, December 2026)."""
    if dialect.name == "postgresql":
        return _array_literal(values)
    return json.dumps(list(values))


class _ArrayLiteral(UserDefinedType):
    """A parameter that is PostgreSQL's text form of an array (``_array_literal``), cast to
    the array type in the statement (``%(_keys)s::TEXT[]``), so the server reads it as an
    array constant. Not ``CAST(%(_keys)s::VARCHAR AS TEXT[])``: that array is made at run
    time, the planner cannot count its keys, and the lookups by natural key of a first load
    cost the server 0.54–0.59 s instead of 0.03 s each per 10,000 entries (2026-12)."""

    cache_ok = True
    render_bind_cast = True

    def __init__(self, element: str) -> None:
        self.element = element

    def get_col_spec(self, **_kw: Any) -> str:
        return f"{self.element}[]"

    def bind_processor(self, dialect: Any) -> None:
        return None


_TEXT_ARRAY, _INTEGER_ARRAY = _ArrayLiteral("TEXT"), _ArrayLiteral("INTEGER")


def _array_of(column: Any) -> _ArrayLiteral:
    """The array type the keys are cast to: text for any string column (a cast to
    ``varchar(n)[]`` would cut a longer key short, and find the row it was cut to), so the
    column's own index compares them; integer for ids."""
    if isinstance(column.type, String):
        return _TEXT_ARRAY
    if isinstance(column.type, Integer):
        return _INTEGER_ARRAY
    raise TypeError(f"keys of {column} are neither strings nor integers")


def _array_literal(values: Iterable[Any]) -> str:
    """``{"a","b\\"c",1}``: PostgreSQL's input form of an array of these strings or
    integers (None is NULL)."""
    parts = []
    for value in values:
        if value is None:
            parts.append("NULL")
        elif isinstance(value, int):
            parts.append(str(value))
        else:
            parts.append('"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return "{" + ",".join(parts) + "}"


# Statements of the Table class, built once per dialect, table and columns.
_STATEMENTS: dict[tuple[Any, ...], Any] = {}


class Row:
    """One row of a batch: its id (None until inserted), natural key and current values."""

    __slots__ = ("dirty", "id", "key", "new", "values")

    def __init__(self, key: str | None, values: dict[str, Any], row_id: int | None = None):
        self.id = row_id
        self.key = key
        self.values = values
        self.new = row_id is None
        self.dirty: set[str] = set()

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def __repr__(self) -> str:
        return f"<Row {self.key} id={self.id}{' new' if self.new else ''}>"


def chunks(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class History:
    """History rows of a batch, written in the order the changes were made."""

    def __init__(self) -> None:
        self.entries: list[tuple[Row, str, Any, Any, Actor]] = []

    def add(self, row: Row, field: str, old: Any, new: Any, actor: Actor) -> None:
        self.entries.append((row, field, old, new, actor))

    def write(self, session: Session, subject: str = "commitment_id") -> None:
        """After the rows they describe are written (their ids known)."""
        if not self.entries:
            return
        now = utcnow()
        insert_rows(session.connection(), HistoryEntry.__table__, (
            subject, "field", "old_value", "new_value", "changed_at", "actor_kind", "actor",
            "reason", "reference"), [
            (row.id, field, as_text(old), as_text(new), actor.at or now, actor.kind,
             actor.name, actor.reason, actor.reference)
            for row, field, old, new, actor in self.entries])
        self.entries = []


class Table:
    """The rows of one model (of one source) that a batch reads and changes."""

    def __init__(self, session: Session, model: type, source_id: int,
                 columns: Iterable[str], history: History | None = None) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.model = model
        self.table = model.__table__
        self.source_id = source_id
        self.columns = tuple(columns)
        self.tracked = TRACKED_FIELDS.get(model, frozenset()) if history is not None \
            else frozenset()
        self.history = history
        # The String(n) columns: values are cut to fit (with a warning), as ``changes.fit``.
        self.lengths = {
            name: self.table.c[name].type.length for name in self.columns
            if isinstance(self.table.c[name].type, String) and self.table.c[name].type.length}
        self._limits = tuple(self.lengths.items())
        # A new row starts from the columns' defaults (every row of an INSERT names them all).
        self.blank = {name: _scalar_default(self.table.c[name]) for name in self.columns}
        self._values = itemgetter(*self.columns)
        key = (self.dialect.name, self.table.name, self.columns)
        if key not in _STATEMENTS:
            c = self.table.c
            _STATEMENTS[key] = (
                select(c.id, c.source_id, c.external_id, *(c[n] for n in self.columns))
                .where(c.source_id == bindparam("_source"),
                       among_keys(c.external_id, "_keys", self.dialect)),
                select(c.id, c.external_id).where(
                    c.source_id == bindparam("_source"),
                    among_keys(c.external_id, "_keys", self.dialect)))
        self._by_keys, self._ids_by_keys = _STATEMENTS[key]
        self.by_key: dict[str, Row | None] = {}  # None: known to be absent
        self.by_id: dict[int, Row] = {}
        self.rows: list[Row] = []  # new rows, in the order they were added

    # --- reading -------------------------------------------------------------------------

    def load(self, keys: Iterable[str]) -> None:
        """Load the rows with these natural keys (those not known yet), in a few queries."""
        wanted = [k for k in set(keys) if k not in self.by_key]
        for chunk in chunks(wanted):
            for key in chunk:
                self.by_key[key] = None
            self._found(self.session.connection().execute(self._by_keys, {
                "_source": self.source_id, "_keys": key_list(chunk, self.dialect)}).all())

    def where(self, *criteria: Any, order_by: Any = None) -> list[Row]:
        """The rows of this source matching ``criteria``, as the batch knows them (a row
        already loaded or changed is the batch's own).

        The source is checked on the rows found rather than in the query, so the database
        looks them up by the criteria's own index: SQLite would otherwise walk every row of
        the source by the natural key's index.
        """
        return self._register(*criteria, order_by=order_by, source=self.source_id)

    def where_among(self, column: str, values: Sequence[Any],
                    order_by: tuple[Any, ...] = ()) -> list[Row]:
        """``where(among(column, values), order_by=order_by)``, with the statement built once
        for this table, column and order."""
        key = (self.dialect.name, self.table.name, self.columns, column,
               tuple(str(o) for o in order_by))
        query = _STATEMENTS.get(key)
        if query is None:
            c = self.table.c
            query = _STATEMENTS[key] = select(
                c.id, c.source_id, c.external_id, *(c[n] for n in self.columns),
            ).where(among_keys(c[column], "_keys", self.dialect)).order_by(*order_by)
        return self._found(self.session.connection().execute(
            query, {"_keys": key_list(values, self.dialect)}).all(), self.source_id)

    def get(self, key: str) -> Row | None:
        if key not in self.by_key:
            self.load([key])
        return self.by_key[key]

    def _register(self, *criteria: Any, order_by: Any = None,
                  source: int | None = None) -> list[Row]:
        c = self.table.c
        query = select(c.id, c.source_id, c.external_id,
                       *(c[name] for name in self.columns)).where(*criteria)
        if order_by is not None:
            query = query.order_by(*(order_by if isinstance(order_by, tuple) else (order_by,)))
        return self._found(self.session.connection().execute(query).all(), source)

    def _found(self, records: Iterable[Any], source: int | None = None) -> list[Row]:
        found = []
        for record in records:
            if source is not None and record[1] != source:
                continue
            row = self.by_id.get(record[0])
            if row is None:
                row = Row(record[2], dict(zip(self.columns, record[3:], strict=True)),
                          record[0])
                self.by_id[row.id] = row
                if self.by_key.get(row.key) is None:
                    self.by_key[row.key] = row
            found.append(row)
        return found

    # --- changing ------------------------------------------------------------------------

    def fit(self, values: dict[str, Any], where: str = "") -> dict[str, Any]:
        """Values cut to their columns' lengths, with a warning naming ``where``."""
        for name, length in self._limits:  # once per row: kept lean
            value = values.get(name)
            if value is not None and isinstance(value, str) and len(value) > length:
                values[name] = clipped(self.table.name, self.table.c[name], value, where)
        return values

    def add(self, key: str, values: dict[str, Any], *, fitted: bool = False) -> Row:
        """A new row (inserted by ``write``); ``fitted``: the caller has fitted the values."""
        full = self.blank.copy()
        full.update(values if fitted else self.fit(values))
        row = Row(key, full)
        self.by_key[key] = row
        self.rows.append(row)
        return row

    def set(self, row: Row, values: dict[str, Any], actor: Actor | None = None, *,
            fitted: bool = False) -> list[str]:
        """Set the values that differ; history for tracked fields (a row added in this batch
        has been inserted as far as its history goes). The fields changed."""
        if not fitted:
            self.fit(values)
        current = row.values
        changed = [name for name, new in values.items() if current[name] != new]
        for name in changed:
            old, current[name] = current[name], values[name]
            if not row.new:
                row.dirty.add(name)  # a new row is inserted with its last values
            if name in self.tracked and actor is not None:
                self.history.add(row, name, old, current[name], actor)
        return changed

    def rekey(self, row: Row, key: str) -> None:
        """Give a row another natural key (a stub that turns out to be a known entity)."""
        if self.by_key.get(row.key) is row:
            self.by_key[row.key] = None
        row.key = key
        self.by_key[key] = row
        if not row.new:
            row.dirty.add("external_id")

    # --- writing -------------------------------------------------------------------------

    def write(self) -> None:
        """Insert the new rows (their ids come back) and update the changed ones."""
        connection = self.session.connection()
        c = self.table.c
        if self.rows:
            now = utcnow()
            names = ("source_id", "external_id", "created_at", "updated_at", *self.columns)
            if self.dialect.name == "postgresql":
                if self.rows[0].id is None:
                    reserve_ids(connection, [self])
                insert_rows(connection, self.table, ("id", *names), [
                    (row.id, self.source_id, row.key, now, now, *self._values(row.values))
                    for row in self.rows])
            else:
                insert_rows(connection, self.table, names, [
                    (self.source_id, row.key, now, now, *self._values(row.values))
                    for row in self.rows])
                # A multi-row INSERT does not say which ids the rows got: ask, by key.
                ids: dict[str, int] = {}
                for chunk in chunks([row.key for row in self.rows]):
                    ids.update((key, row_id) for row_id, key in connection.execute(
                        self._ids_by_keys, {"_source": self.source_id,
                                            "_keys": key_list(chunk, self.dialect)}).all())
                for row in self.rows:
                    row.id = ids[row.key]
            for row in self.rows:
                row.new = False
                self.by_id[row.id] = row
            self.rows = []
        groups: dict[frozenset[str], list[Row]] = {}
        for row in self.by_id.values():
            if row.dirty:
                groups.setdefault(frozenset(row.dirty), []).append(row)
        now = utcnow()
        for names, rows in groups.items():
            ordered = sorted(names)
            statement = update(self.table).where(c.id == bindparam("_id")).values(
                {name: bindparam(f"_{name}") for name in ordered} | {"updated_at": now})
            connection.execute(statement, [
                {"_id": row.id, **{f"_{name}": _value(row, name) for name in ordered}}
                for row in rows])
            for row in rows:
                row.dirty.clear()


def reserve_ids(connection: Connection, tables: Iterable[Table]) -> None:
    """On PostgreSQL, number the new rows of these tables from their own sequences, all in
    one statement, just before ``write`` inserts them: the COPY then names each row's id, and
    the ids need not be asked for by key afterwards (a statement per table and batch, with
    the batch's keys, and a lookup in the natural key's index for each). The numbers are
    the ones an INSERT would have drawn, in the rows' order; a rolled-back batch leaves a gap,
    as it did before. Elsewhere nothing is done (SQLite's rows get theirs as they are
    inserted). Nothing may look at the rows' ids between this and ``write``."""
    if connection.dialect.name != "postgresql":
        return
    wanted = [table for table in tables if table.rows and table.rows[0].id is None]
    if not wanted:
        return
    arrays = ", ".join(["ARRAY(SELECT nextval(%s::regclass) FROM generate_series(1, %s))"]
                       * len(wanted))
    found = connection.exec_driver_sql(f"SELECT {arrays}", tuple(itertools.chain.from_iterable(
        (_sequence(connection, table.table.name), len(table.rows)) for table in wanted))).one()
    for table, ids in zip(wanted, found, strict=True):
        for row, row_id in zip(table.rows, sorted(ids), strict=True):
            row.id = row_id


_SEQUENCES: dict[tuple[str, str], str] = {}


def _sequence(connection: Connection, table: str) -> str:
    """The sequence of a table's id column (asked once per database and table)."""
    key = (connection.engine.url.render_as_string(), table)
    if key not in _SEQUENCES:
        _SEQUENCES[key] = connection.exec_driver_sql(
            "SELECT pg_get_serial_sequence(%s, 'id')", (table,)).scalar_one()
    return _SEQUENCES[key]


def _scalar_default(column: Any) -> Any:
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


def _value(row: Row, name: str) -> Any:
    return row.key if name == "external_id" else row.values[name]
