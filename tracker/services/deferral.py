"""Indexes of commitments set aside for a first load, and made again after it.

Each row inserted into commitments is also entered into the table's secondary indexes and its
full-text index (SQLite: FTS5, kept by triggers; PostgreSQL: a GIN index over the generated
``search_vector``), one row at a time. A first full load into an EMPTY table can instead drop
them (``defer``) and make each once from all the rows at its end (``restore``): a sorted build
instead of a few hundred thousand insertions into growing trees.

What is dropped is written into ``deferred_indexes`` (the SQL that makes it again) in the same
transaction that drops it, and removed in the one that makes it again, so a crash at any point
leaves either the schema as it was or the list of what to restore. ``restore`` runs at the
start of every TK run and in ``tracker db upgrade``; until it has, a search does not find what
the load brought (the load is a first one: there was nothing to find before it) and lists read
without their indexes. Unique indexes and constraints are never dropped (the import relies on
them), nor the index the import itself reads while it loads (``KEPT``).

Takes a Session, never commits: the caller owns the transaction.
"""

from __future__ import annotations

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from ..models import Commitment, DeferredIndex

TABLE = "commitments"
# Read by the import while it loads (an activity that arrives spreads its committee to the
# toezeggingen made in it): without it each such batch would read the whole table.
KEPT = frozenset({"ix_commitments_activity_ref"})
# The order in which they are made again: the FTS5 index is rebuilt once its triggers are back.
_ORDER = {"index": 0, "trigger": 1, "rebuild": 2}


def defer(session: Session) -> list[str]:
    """Drop the secondary indexes and the full-text upkeep of an empty commitments table,
    noting each in ``deferred_indexes``; the names dropped. Nothing is done (an empty list)
    when the table has rows or something is set aside already."""
    if session.scalar(select(Commitment.id).limit(1)) is not None:
        return []
    if session.scalar(select(DeferredIndex.name).limit(1)) is not None:
        return []
    if session.get_bind().dialect.name == "postgresql":
        # DROP INDEX waits for every transaction reading the table: a reader that holds it
        # longer makes this fail (and the load keep its indexes) rather than wait.
        session.execute(text("SET LOCAL lock_timeout = '10s'"))
    objects = _secondary(session)
    for name, kind, definition, drop in objects:
        session.add(DeferredIndex(name=name, table_name=TABLE, kind=kind,
                                  definition=definition))
        session.flush()  # the note first: on SQLite this write takes the database's lock
        if drop:
            session.execute(text(drop))
    # Checked again now that nobody else can write the table (PostgreSQL: DROP INDEX holds
    # its lock; SQLite: this transaction holds the write lock, on a snapshot still current).
    if session.scalar(select(Commitment.id).limit(1)) is not None:
        raise NotEmpty(f"{TABLE} received rows while its indexes were being set aside")
    return [name for name, *_ in objects]


class NotEmpty(RuntimeError):
    """Another process wrote commitments just as ``defer`` began: roll back, load as usual."""


def deferred(session: Session) -> list[str]:
    """The names of what is set aside now."""
    return list(session.scalars(select(DeferredIndex.name).order_by(DeferredIndex.name)))


def restore(session: Session) -> list[str]:
    """Make again everything ``deferred_indexes`` lists, and remove it from the list; the
    names made. Safe to repeat, and to run when another process has restored them first."""
    rows = session.execute(select(DeferredIndex.name, DeferredIndex.kind,
                                  DeferredIndex.definition)).all()
    for _name, _kind, definition in sorted(rows, key=lambda r: (_ORDER.get(r[1], 3), r[0])):
        session.execute(text(_if_not_exists(definition)))
    if rows:
        session.execute(delete(DeferredIndex).where(
            DeferredIndex.name.in_([name for name, *_ in rows])))
    return sorted(name for name, *_ in rows)


def _if_not_exists(definition: str) -> str:
    """``CREATE INDEX x …`` -> ``CREATE INDEX IF NOT EXISTS x …`` (and triggers alike): both
    databases skip an object that another process has made again already."""
    for head in ("CREATE INDEX ", "CREATE TRIGGER "):
        if definition.startswith(head) and not definition.startswith(head + "IF NOT EXISTS"):
            return f"{head}IF NOT EXISTS {definition[len(head):]}"
    return definition


def _secondary(session: Session) -> list[tuple[str, str, str, str | None]]:
    """(name, kind, the SQL that makes it, the SQL that drops it) of what ``defer`` sets
    aside, read from the database's own catalogue (so an index added later is included)."""
    if session.get_bind().dialect.name == "postgresql":
        found = session.execute(text(
            "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "WHERE t.relname = :table AND t.relnamespace = to_regnamespace(current_schema()) "
            "AND NOT x.indisunique AND NOT x.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
            "ORDER BY i.relname"), {"table": TABLE}).all()
        return [(name, "index", definition, f'DROP INDEX "{name}"')
                for name, definition in found if name not in KEPT]
    found = session.execute(text(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = :table AND sql IS NOT NULL "
        "AND (type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%' "
        "OR type = 'trigger' AND name GLOB :fts) ORDER BY type, name"),
        {"table": TABLE, "fts": f"{TABLE}_fts_*"}).all()
    objects: list[tuple[str, str, str, str | None]] = [
        (name, kind, definition, f'DROP {kind.upper()} "{name}"')
        for kind, name, definition in found if name not in KEPT]
    if any(kind == "trigger" for _name, kind, *_rest in objects):
        # Without its triggers the FTS5 index misses every row the load brings: rebuilt
        # from the table (external content) once they are back.
        objects.append((f"{TABLE}_fts", "rebuild",
                        f"INSERT INTO {TABLE}_fts({TABLE}_fts) VALUES ('rebuild')", None))
    return objects
