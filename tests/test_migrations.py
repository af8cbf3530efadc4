"""One migration chain, the same schema as the models, on SQLite and PostgreSQL."""

import warnings
from contextlib import ExitStack
from datetime import date, datetime

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import SAWarning
from sqlalchemy.orm import Session

from tracker import migrate
from tracker.db import make_engine, throwaway_database
from tracker.models import Base
from tracker.models.fulltext import include_name, include_object
from tracker.services.digests import told_before

from .conftest import ON_POSTGRES, TEST_DATABASE_URL


def test_migrations_produce_exactly_the_models_schema(engine):
    with engine.connect() as conn, warnings.catch_warnings():
        # SQLite cannot reflect the dialect-specific expression index (dx_…); it is left out of
        # the comparison anyway, like the full-text objects, by the filters of migrations/env.py.
        warnings.filterwarnings("ignore", category=SAWarning, message=(
            "Skipped unsupported reflection of expression-based index dx_"))
        context = MigrationContext.configure(
            conn, opts={"include_name": include_name, "include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], "models and migrations differ: write a migration"


def test_database_is_at_the_single_head(engine, database_url):
    assert migrate.current_revision(engine) == migrate.head_revision(database_url)


def test_downgrade_to_base_and_upgrade_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'roundtrip.db'}"
    migrate.upgrade(url)
    migrate.downgrade(url, "base")
    from tracker.db import make_engine

    engine = make_engine(url)
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    migrate.upgrade(url)
    assert {"commitments", "history", "milestones"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_the_reminders_told_move_to_one_record_a_message_and_back(tmp_path):
    """0017d: what each subscriber was told survives the move, on the suite's database."""
    with ExitStack() as stack:
        url = (stack.enter_context(throwaway_database(TEST_DATABASE_URL, "tracker_migration"))
               if ON_POSTGRES else f"sqlite:///{tmp_path / 'told.db'}")
        migrate.upgrade(url, "0016i_deferred_indexes")
        engine = make_engine(url)
        stack.callback(engine.dispose)
        now = datetime(2026, 11, 23, 6, 0)
        stages = [  # (subscription, message, subject, due, stage)
            (1, 1, "c:42", date(2026, 12, 7), "before-30"),
            (1, 1, "m:new-prohibitions-ncii-csam", date(2026, 12, 2), "before-30"),
            (1, 2, "c:42", date(2026, 12, 7), "before-7"),
            (2, 3, "c:42", date(2026, 12, 7), "before-7"),
            (2, None, "c:7", date(2026, 10, 1), "overdue-3"),  # its message was deleted
        ]
        with engine.begin() as conn:
            for sid in (1, 2):
                conn.execute(text(
                    "INSERT INTO subscriptions (id, email, status, filters, frequency, weekday,"
                    " language, token_version, created_at, updated_at, seen_history_id,"
                    " seen_commitment_id) VALUES (:id, :email, 'active', '{}', 'daily', 0,"
                    " 'nl', 1, :now, :now, 0, 0)"), {"id": sid, "email": f"{sid}@example.org",
                                                     "now": now})
            for mid, sid in ((1, 1), (2, 1), (3, 2)):
                conn.execute(text(
                    "INSERT INTO outbox (id, subscription_id, recipient, kind, period, subject,"
                    " body_text, headers, state, attempts, next_attempt_at, created_at) VALUES"
                    " (:id, :sid, 'x@example.org', 'digest', :period, 's', 't', '{}', 'sent',"
                    " 1, :now, :now)"), {"id": mid, "sid": sid, "period": f"p{mid}",
                                         "now": now})
            for sid, mid, subject, due, stage in stages:
                conn.execute(text(
                    "INSERT INTO reminders (subscription_id, subject, due, stage, outbox_id,"
                    " created_at) VALUES (:sid, :subject, :due, :stage, :mid, :now)"),
                    {"sid": sid, "subject": subject, "due": due, "stage": stage, "mid": mid,
                     "now": now})
        migrate.upgrade(url)
        with engine.connect() as conn:
            records = conn.execute(text(
                "SELECT subscription_id, outbox_id, last_due FROM reminders_told")).all()
        assert sorted((r[0], r[1] or 0, str(r[2])) for r in records) == [  # one a message
            (1, 1, "2026-12-07"), (1, 2, "2026-12-07"), (2, 0, "2026-10-01"),
            (2, 3, "2026-12-07")]
        with Session(engine) as session:
            told = told_before(session, [1, 2], date(2000, 1, 1))
        assert told == {
            1: {(s, d, st) for sid, _, s, d, st in stages if sid == 1},
            2: {(s, d, st) for sid, _, s, d, st in stages if sid == 2}}
        migrate.downgrade(url, "0016i_deferred_indexes")
        with engine.connect() as conn:
            back = conn.execute(text(
                "SELECT subscription_id, outbox_id, subject, due, stage FROM reminders")).all()
        assert sorted((r[0], r[1] or 0, r[2], str(r[3]), r[4]) for r in back) == sorted(
            (sid, mid or 0, s, str(d), st) for sid, mid, s, d, st in stages)
        migrate.upgrade(url)
