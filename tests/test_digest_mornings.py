"""Digest runs over several mornings of a fixed scenario, with the clock pinned: what each
morning queues is compared with what the code queued when the record was made
(``fixtures/digests/mornings.json``), and a run that dies between batches, run again, queues
exactly what an uninterrupted run does.

The record was made with the code before the reminders told were stored one row per message
(``main`` at c02b799): a change to how the told stages are kept must not change one digest.
A change meant to change the mail (wording, templates, selection) makes it again:
``TRACKER_RECORD_MORNINGS=1 pytest tests/test_digest_mornings.py``, and says why in its
commit.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, insert, select

from tracker.models import Commitment, HistoryEntry, OutboxMessage, Source, Subscription
from tracker.runs import notify
from tracker.services import digests
from tracker.services.changes import Actor
from tracker.services.milestones import bundled_catalogue, load_catalogue

RECORD = Path(__file__).parent / "fixtures" / "digests" / "mornings.json"
AMS = ZoneInfo("Europe/Amsterdam")
CREATED = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
FIRST = date(2026, 11, 23)  # a Monday
# The mornings run, and news arriving before some of them.
MORNINGS = (FIRST, FIRST + timedelta(days=1), FIRST + timedelta(days=2),
            FIRST + timedelta(days=7), FIRST + timedelta(days=8))
COMMITTEES = ("Digitale Zaken", "Financiën", "Justitie en Veiligheid", "Defensie",
              "Infrastructuur en Waterstaat")
MINISTRIES = ("BZK", "EZ", "FIN", "JenV", "DEF")
WORDS = ("algoritme", "toezicht", "privacy", "cloud", "AI", "data", "wet", "evaluatie",
         "brief", "onderzoek", "pilot", "rapport")
COMMITMENTS = 1_200
SUBSCRIBERS = 240
BATCH = 17  # several batches, none of them full at the end


def _populate(session) -> None:
    rng = random.Random(20261123)
    load_catalogue(session, bundled_catalogue(), Actor("load", "test"))
    source = Source(key="tk", kind="tk", name="Tweede Kamer", settings={})
    session.add(source)
    session.flush()
    session.execute(insert(Commitment), [{
        "source_id": source.id, "external_id": f"TZ{i:05d}", "number": f"TZ{i:05d}",
        "kind": "commitment", "withdrawn": False,
        "status": rng.choices(["open", "partially_fulfilled", "fulfilled", "unknown",
                               "candidate"], [60, 8, 25, 5, 2])[0],
        "text": "De minister zegt toe " + " ".join(rng.sample(WORDS, 4)) + ".",
        "committee": "vaste commissie voor " + rng.choice(COMMITTEES),
        "ministry": rng.choice(MINISTRIES), "chamber": rng.choice(["TK", "TK", "EK"]),
        # dense around the first morning: long sections, every stage reached
        "due": FIRST + timedelta(days=rng.randint(-80, 60)),
        "created_at": CREATED, "updated_at": CREATED,
    } for i in range(COMMITMENTS)])
    rows = []
    for i in range(SUBSCRIBERS):
        kind = rng.random()
        filters: dict = {"commitments": rng.random() < 0.9, "milestones": rng.random() < 0.5}
        if kind < 0.2:
            pass  # everything
        elif kind < 0.45:
            filters["committees"] = [rng.choice(COMMITTEES)]
        elif kind < 0.65:
            filters["ministries"] = rng.sample(MINISTRIES, rng.randint(1, 2))
        elif kind < 0.9:
            filters["keywords"] = rng.sample(WORDS, rng.randint(1, 2))
        else:
            filters["committees"] = [rng.choice(COMMITTEES)]
            filters["chambers"] = ["EK"]
        rows.append({
            "email": f"s{i:03d}@example.org", "status": "active", "filters": filters,
            "frequency": rng.choices(["daily", "weekly", "immediate"], [65, 20, 15])[0],
            "weekday": rng.choice([0, 0, 2]), "language": rng.choice(["nl", "nl", "en"]),
            "token_version": 1, "created_at": CREATED, "updated_at": CREATED,
            "confirmed_at": CREATED, "seen_history_id": 0,
            "seen_commitment_id": COMMITMENTS - 30,
        })
    session.execute(insert(Subscription), rows)
    session.commit()


def _news(session, day: date) -> None:
    """Some news before ``day``'s run: deadlines moved, statuses changed, promises added."""
    rng = random.Random(day.toordinal())
    changed = datetime.combine(day - timedelta(days=1), datetime.min.time(), UTC)
    ids = list(session.scalars(select(Commitment.id).order_by(Commitment.id)))
    rows = []
    for cid in rng.sample(ids, 25):
        if rng.random() < 0.5:
            rows.append({"commitment_id": cid, "field": "status", "old_value": "open",
                         "new_value": "fulfilled"})
        else:
            rows.append({"commitment_id": cid, "field": "due", "old_value": "2026-12-01",
                         "new_value": "2027-02-01"})
    session.execute(insert(HistoryEntry), [
        {**row, "changed_at": changed, "actor_kind": "sync", "actor": "tk"} for row in rows])
    source_id = session.scalar(select(Source.id).where(Source.key == "tk"))
    session.execute(insert(Commitment), [{
        "source_id": source_id, "external_id": f"TN{day:%m%d}{i}",
        "number": f"TN{day:%m%d}{i}", "kind": "commitment", "withdrawn": False,
        "status": "open", "text": f"De minister zegt toe {WORDS[i]} te sturen.",
        "committee": "vaste commissie voor " + COMMITTEES[i % len(COMMITTEES)],
        "ministry": MINISTRIES[i % len(MINISTRIES)], "chamber": "TK",
        "due": day + timedelta(days=3 * i), "created_at": changed, "updated_at": changed,
    } for i in range(6)])
    session.commit()


_LINK = re.compile(r"(/abonnement/[a-z]+/)[A-Za-z0-9_.\-]+")


def _digest(value: str | None) -> str:
    """A body without its signed links (they carry the real time), hashed."""
    return hashlib.sha256(_LINK.sub(r"\1<token>", value or "").encode()).hexdigest()[:20]


def _queued(session, after: int) -> list[list]:
    rows = session.execute(
        select(OutboxMessage.recipient, OutboxMessage.kind, OutboxMessage.period,
               OutboxMessage.subject, OutboxMessage.body_text, OutboxMessage.body_html)
        .where(OutboxMessage.id > after)
        .order_by(OutboxMessage.recipient, OutboxMessage.kind, OutboxMessage.period))
    return [[recipient, kind, period, subject, _digest(text), _digest(html)]
            for recipient, kind, period, subject, text, html in rows]


def _mornings(session, sessions, settings, decide=None) -> dict[str, list[list]]:
    decide = decide or (lambda now: _decide(sessions, settings, now))
    _populate(session)
    seen = {}
    for day in MORNINGS:
        if day in (MORNINGS[2], MORNINGS[4]):
            _news(session, day)
        now = datetime.combine(day, datetime.min.time()).replace(hour=7, tzinfo=AMS)
        before = session.scalar(select(func.max(OutboxMessage.id))) or 0
        session.commit()
        decide(now)
        seen[day.isoformat()] = _queued(session, before)
        session.commit()
    return seen


def _decide(sessions, settings, now: datetime) -> None:
    for kind in ("reminder", "digest"):
        notify.decide(sessions, settings, kind, now, batch=BATCH)


def test_each_morning_queues_what_it_queued_when_the_record_was_made(session, sessions,
                                                                    settings):
    seen = _mornings(session, sessions, settings)
    assert all(seen.values()) and len(seen[FIRST.isoformat()]) > 200
    if os.environ.get("TRACKER_RECORD_MORNINGS"):
        RECORD.parent.mkdir(parents=True, exist_ok=True)
        RECORD.write_text(json.dumps(seen, indent=0, ensure_ascii=False) + "\n")
        pytest.skip("recorded")
    recorded = json.loads(RECORD.read_text())
    for day in seen:
        assert seen[day] == recorded[day], day


class _Crash(BaseException):
    """A process killed mid-run (not an error a run may catch)."""


def test_a_run_that_dies_between_batches_and_runs_again_queues_what_one_run_does(
        session, sessions, settings, monkeypatch):
    recorded = json.loads(RECORD.read_text())
    write_batch = digests.write_batch
    written = {"batches": 0}

    def dying(session, decided) -> None:
        written["batches"] += 1
        if written["batches"] == 2:  # each run's second batch never lands
            raise _Crash
        write_batch(session, decided)

    def decide(now: datetime) -> None:
        for kind in ("reminder", "digest"):
            written["batches"] = 0
            monkeypatch.setattr(digests, "write_batch", dying)
            try:
                notify.decide(sessions, settings, kind, now, batch=BATCH)
            except _Crash:
                pass
            else:
                raise AssertionError("the run was meant to die")
            monkeypatch.setattr(digests, "write_batch", write_batch)
            notify.decide(sessions, settings, kind, now, batch=BATCH)  # the run again

    seen = _mornings(session, sessions, settings, decide)
    for day in seen:
        assert seen[day] == recorded[day], day
