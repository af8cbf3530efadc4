"""web: users, login attempts, audit log, full-text search

Full-text search is made per dialect and is invisible to the models (see
``tracker.models.fulltext.include_object``): on SQLite, FTS5 tables over commitments and
documents kept in sync by triggers; on PostgreSQL, a generated Dutch ``tsvector`` column with a
GIN index on each table.

Revision ID: 0006_web
Revises: 0005_tk
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_web"
down_revision: str | None = "0005_tk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=254), nullable=False),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('subject', sa.String(length=100), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('ip', sa.String(length=64), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_actor', ['actor', 'at'], unique=False)
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)

    op.create_table('login_attempts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('ip', sa.String(length=64), nullable=False),
    sa.Column('succeeded', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_attempts'))
    )
    with op.batch_alter_table('login_attempts', schema=None) as batch_op:
        batch_op.create_index('ix_login_attempts_email', ['email', 'at'], unique=False)
        batch_op.create_index('ix_login_attempts_ip', ['ip', 'at'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('password_hash', sa.String(length=300), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("role IN ('viewer','clerk','admin')", name=op.f('ck_users_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    _create_fulltext()


def downgrade() -> None:
    _drop_fulltext()
    op.drop_table('users')
    with op.batch_alter_table('login_attempts', schema=None) as batch_op:
        batch_op.drop_index('ix_login_attempts_ip')
        batch_op.drop_index('ix_login_attempts_email')

    op.drop_table('login_attempts')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_at')
        batch_op.drop_index('ix_audit_log_actor')

    op.drop_table('audit_log')


# The columns each full-text index covers. Kept here (not imported from tracker) so the
# migration stays what it was when written.
FTS = {
    "commitments": ("number", "text", "actor", "ministry", "committee", "activity",
                    "due_phrase"),
    "documents": ("number", "identifier", "title", "text"),
}

# PostgreSQL: weights rank a hit in the number or title above one in the body.
PG_VECTORS = {
    "commitments": (
        "setweight(to_tsvector('dutch'::regconfig, coalesce(number, '')), 'A') || "
        "setweight(to_tsvector('dutch'::regconfig, coalesce(text, '')), 'B') || "
        "setweight(to_tsvector('dutch'::regconfig, coalesce(actor, '') || ' ' || "
        "coalesce(ministry, '') || ' ' || coalesce(committee, '') || ' ' || "
        "coalesce(activity, '') || ' ' || coalesce(due_phrase, '')), 'C')"
    ),
    # A tsvector holds at most 1 MB of lexemes: the body is cut at 300,000 characters.
    "documents": (
        "setweight(to_tsvector('dutch'::regconfig, coalesce(number, '') || ' ' || "
        "coalesce(identifier, '') || ' ' || coalesce(title, '')), 'A') || "
        "setweight(to_tsvector('dutch'::regconfig, left(coalesce(text, ''), 300000)), 'D')"
    ),
}


# Lists are sorted by deadline with commitments without one last, and a page is 25 rows: an
# index in exactly that order lets both databases read a page instead of sorting everything.
# An expression index, so the models (and the schema comparison) leave it out like the FTS.
# The second serves a list narrowed to one status.
DUE_ORDER_INDEXES = {
    "dx_commitments_due_order": "((due IS NULL), due, id)",
    "dx_commitments_status_due_order": "(status, (due IS NULL), due, id)",
}


def _create_fulltext() -> None:
    dialect = op.get_bind().dialect.name
    for name, columns in DUE_ORDER_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON commitments {columns}")
    for table, columns in FTS.items():
        if dialect == "postgresql":
            op.execute(f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
                       f"GENERATED ALWAYS AS ({PG_VECTORS[table]}) STORED")
            op.execute(f"CREATE INDEX fts_{table} ON {table} USING gin (search_vector)")
            continue
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5({cols}, content='{table}', "
                   "content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
        op.execute(f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
                   f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END")
        op.execute(f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
                   f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) "
                   f"VALUES ('delete', old.id, {old}); END")
        op.execute(f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {cols} ON {table} BEGIN "
                   f"INSERT INTO {table}_fts({table}_fts, rowid, {cols}) "
                   f"VALUES ('delete', old.id, {old}); "
                   f"INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new}); END")
        op.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


def _drop_fulltext() -> None:
    dialect = op.get_bind().dialect.name
    for name in DUE_ORDER_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for table in FTS:
        if dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS fts_{table}")
            op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
            continue
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{event}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
