"""reminders_told: the stages a message told, one row per message instead of one per stage

A morning's digests tell some 35 stages each (250,000 for 10,000 subscribers); a row each, with
its primary key, unique key, date index and two foreign-key checks, cost PostgreSQL more than
writing the digests themselves. The stages of one message are now one row (a line each), with
the latest of their deadlines to prune by. What was told moves over: the rows of one message
(or, where the message was deleted, of one subscription) become one record.

Revision ID: 0017d_reminders_told
Revises: 0016i_deferred_indexes
Create Date: 2026-12-04
"""

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from itertools import groupby

import sqlalchemy as sa
from alembic import op

revision: str = "0017d_reminders_told"
down_revision: str | None = "0016i_deferred_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1_000

told = sa.table(
    "reminders_told", sa.column("subscription_id", sa.Integer),
    sa.column("outbox_id", sa.Integer), sa.column("last_due", sa.Date),
    sa.column("stages", sa.Text), sa.column("created_at", sa.DateTime))
reminders = sa.table(
    "reminders", sa.column("id", sa.Integer), sa.column("subscription_id", sa.Integer),
    sa.column("subject", sa.String), sa.column("due", sa.Date), sa.column("stage", sa.String),
    sa.column("outbox_id", sa.Integer), sa.column("created_at", sa.DateTime))


def _create_reminders_told() -> None:
    op.create_table(
        "reminders_told",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("last_due", sa.Date(), nullable=False),
        sa.Column("stages", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["outbox_id"], ["outbox.id"],
                                name=op.f("fk_reminders_told_outbox_id_outbox"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["subscription_id"], ["subscriptions.id"],
                                name=op.f("fk_reminders_told_subscription_id_subscriptions"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders_told")),
        sa.UniqueConstraint("outbox_id", name=op.f("uq_reminders_told_outbox_id")),
    )
    op.create_index("ix_reminders_told_last_due", "reminders_told", ["last_due"])
    op.create_index("ix_reminders_told_subscription_id_last_due", "reminders_told",
                    ["subscription_id", "last_due"])


def _create_reminders() -> None:
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=120), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["outbox_id"], ["outbox.id"],
                                name=op.f("fk_reminders_outbox_id_outbox"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["subscription_id"], ["subscriptions.id"],
                                name=op.f("fk_reminders_subscription_id_subscriptions"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders")),
        sa.UniqueConstraint("subscription_id", "subject", "due", "stage",
                            name=op.f("uq_reminders_subscription_id_subject_due_stage")),
    )
    op.create_index("ix_reminders_due", "reminders", ["due"], unique=False)


def _chunks(rows: Iterator[dict]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def upgrade() -> None:
    _create_reminders_told()
    bind = op.get_bind()
    rows = bind.execute(sa.select(
        reminders.c.subscription_id, reminders.c.outbox_id, reminders.c.subject,
        reminders.c.due, reminders.c.stage, reminders.c.created_at,
    ).order_by(reminders.c.subscription_id, reminders.c.outbox_id, reminders.c.id))

    def records() -> Iterator[dict]:
        for (sid, mid), group in groupby(rows, key=lambda r: (r[0], r[1])):
            stages = [(subject, _day(due), stage, created)
                      for _, _, subject, due, stage, created in group]
            yield {"subscription_id": sid, "outbox_id": mid,
                   "last_due": max(due for _, due, _, _ in stages),
                   "stages": "\n".join(f"{subject}\t{due.isoformat()}\t{stage}"
                                       for subject, due, stage, _ in stages),
                   "created_at": min(created for *_, created in stages)
                   or datetime.now(UTC).replace(tzinfo=None)}

    for batch in _chunks(records()):
        bind.execute(told.insert(), batch)
    op.drop_index("ix_reminders_due", table_name="reminders")
    op.drop_table("reminders")


def downgrade() -> None:
    _create_reminders()
    bind = op.get_bind()
    rows = bind.execute(sa.select(
        told.c.subscription_id, told.c.outbox_id, told.c.stages, told.c.created_at,
    ).order_by(sa.text("id")))

    def stages() -> Iterator[dict]:
        seen: set[tuple] = set()
        for sid, mid, lines, created in rows:
            for line in lines.split("\n"):
                subject, due, stage = line.rsplit("\t", 2)
                if (sid, subject, due, stage) in seen:  # the old unique key
                    continue
                seen.add((sid, subject, due, stage))
                yield {"subscription_id": sid, "outbox_id": mid, "subject": subject,
                       "due": date.fromisoformat(due), "stage": stage, "created_at": created}

    for batch in _chunks(stages()):
        bind.execute(reminders.insert(), batch)
    op.drop_index("ix_reminders_told_subscription_id_last_due", table_name="reminders_told")
    op.drop_index("ix_reminders_told_last_due", table_name="reminders_told")
    op.drop_table("reminders_told")
