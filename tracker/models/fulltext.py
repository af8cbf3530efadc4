"""Search objects that live beside the models, made per dialect by migration 0006.

SQLite has FTS5 tables ``commitments_fts`` and ``documents_fts`` (external content, kept in
sync by triggers); PostgreSQL has a generated ``search_vector`` column (Dutch ``tsvector``) with
a GIN index ``fts_<table>`` on both tables. Both have the expression indexes
``dx_commitments_due_order`` and ``dx_commitments_status_due_order`` (deadline order, no
deadline last) for the lists. The models do not
declare them, so schema comparisons (Alembic's autogenerate, ``tests/test_migrations.py``) leave
them out with these filters: names starting ``fts_`` or ``dx_`` are dialect-specific indexes.
"""

from __future__ import annotations

FTS_TABLES = ("commitments", "documents")
SEARCH_COLUMN = "search_vector"


def is_fulltext_table(name: str | None) -> bool:
    """The FTS5 table of a searched table, or one of the shadow tables FTS5 keeps for it."""
    return bool(name) and any(name.startswith(f"{t}_fts") for t in FTS_TABLES)


def include_name(name, type_, parent_names) -> bool:
    """Alembic ``include_name``: do not even reflect the FTS5 tables."""
    return not (type_ == "table" and is_fulltext_table(name))


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic ``include_object``: leave out the PostgreSQL search column and its index."""
    if type_ == "column" and name == SEARCH_COLUMN:
        return False
    if type_ == "index" and name and name.startswith(("fts_", "dx_")):
        return False
    return not (type_ == "table" and is_fulltext_table(name))
