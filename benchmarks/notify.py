"""Digests at scale: 10,000 subscribers with varied filters over 20,000 commitments.

Times deciding, rendering and queueing every digest (one ``tracker digest send`` run), the next
morning's run, then the delivery rate into a local aiosmtpd server, on SQLite and on
PostgreSQL, each beside a floor measured in the same run: writing as many messages of the
same size and nothing else; the same message sent as bytes by smtplib alone. ``--quick`` runs
a smoke size (500 over 1,000). Run alone with
``python -m benchmarks.notify [--quick] [--no-postgres]``.
"""

from __future__ import annotations

import os
import random
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select, update

from tracker import migrate
from tracker.config import Settings
from tracker.db import make_engine, make_sessionmaker, session_scope
from tracker.mail import compose
from tracker.models import Commitment, HistoryEntry, OutboxMessage, Source, Subscription
from tracker.runs import notify
from tracker.services.changes import Actor
from tracker.services.milestones import bundled_catalogue, load_catalogue

from .common import load, optional_postgres

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"
TODAY = NOW.date()
COMMITTEES = [f"vaste commissie voor {name}" for name in (
    "Digitale Zaken", "Financiën", "Justitie en Veiligheid", "Onderwijs, Cultuur en Wetenschap",
    "Volksgezondheid, Welzijn en Sport", "Economische Zaken", "Binnenlandse Zaken",
    "Infrastructuur en Waterstaat", "Sociale Zaken en Werkgelegenheid", "Defensie",
    "Buitenlandse Zaken", "Landbouw, Visserij, Voedselzekerheid en Natuur", "Asiel en Migratie",
    "Klimaat en Groene Groei", "Volkshuisvesting en Ruimtelijke Ordening")]
MINISTRIES = ["BZK", "EZ", "FIN", "JenV", "OCW", "VWS", "IenW", "SZW", "DEF", "BZ", "LVVN",
              "AenM", "KGG"]
WORDS = ["algoritme", "toezicht", "privacy", "cloud", "AI", "data", "registratie", "wet",
         "evaluatie", "brief", "onderzoek", "subsidie", "pilot", "toezichthouder", "gemeenten",
         "provincies", "cybersecurity", "identiteit", "archief", "open", "transparantie",
         "inkoop", "sancties", "rapport", "kader", "standaard", "monitor", "agenda", "visie",
         "uitvoering"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _populate(sessions, commitments: int, subscribers: int, rng: random.Random) -> None:
    now = datetime.now(UTC)
    with session_scope(sessions) as session:
        load_catalogue(session, bundled_catalogue(), Actor("load", "bench"))
        source = Source(key="tk", kind="tk", name="Tweede Kamer", settings={})
        session.add(source)
        session.flush()
        rows = []
        for i in range(commitments):
            status = rng.choices(["open", "partially_fulfilled", "fulfilled", "unknown",
                                  "candidate"], [60, 8, 25, 5, 2])[0]
            rows.append({
                "source_id": source.id, "external_id": f"TZ{i:06d}", "number": f"TZ{i:06d}",
                "kind": "commitment", "status": status, "withdrawn": False,
                "text": "De minister zegt toe " + " ".join(rng.sample(WORDS, 6)) + ".",
                "committee": rng.choice(COMMITTEES), "ministry": rng.choice(MINISTRIES),
                "chamber": rng.choice(["TK", "TK", "TK", "EK"]),
                "due": TODAY + timedelta(days=rng.randint(-700, 700)),
                "created_at": now, "updated_at": now,
            })
        session.execute(insert(Commitment), rows)
        # Since the subscribers' last digest: some news.
        changes = []
        for cid in rng.sample(range(1, commitments + 1), max(10, commitments // 40)):
            field = rng.choice(["status", "due"])
            old, new = (("open", "fulfilled") if field == "status"
                        else ("2026-12-01", "2027-03-01"))
            changes.append({"commitment_id": cid, "field": field, "old_value": old,
                            "new_value": new, "changed_at": now, "actor_kind": "sync",
                            "actor": "tk"})
        session.execute(insert(HistoryEntry), changes)
        seen_commitment = commitments - max(5, commitments // 100)
        subs = []
        for i in range(subscribers):
            kind = rng.random()
            filters: dict = {"commitments": True, "milestones": rng.random() < 0.5}
            if kind < 0.25:
                pass  # everything
            elif kind < 0.55:
                filters["committees"] = [rng.choice(COMMITTEES).split(" voor ")[1]]
            elif kind < 0.75:
                filters["ministries"] = rng.sample(MINISTRIES, rng.randint(1, 2))
            elif kind < 0.95:
                filters["keywords"] = rng.sample(WORDS, rng.randint(1, 3))
            else:
                filters["committees"] = [rng.choice(COMMITTEES).split(" voor ")[1]]
                filters["chambers"] = ["EK"]
            frequency = rng.choices(["daily", "weekly", "immediate"], [70, 20, 10])[0]
            subs.append({
                "email": f"subscriber{i:05d}@example.org", "status": "active",
                "filters": filters, "frequency": frequency, "weekday": TODAY.weekday(),
                "language": rng.choice(["nl", "nl", "nl", "en"]), "token_version": 1,
                "created_at": now, "updated_at": now, "confirmed_at": now,
                "seen_history_id": 0, "seen_commitment_id": seen_commitment,
            })
        session.execute(insert(Subscription), subs)


def _store_floor(sessions, count: int) -> float:
    """Seconds to write ``count`` messages of the average size just queued, in one
    executemany and commit, and nothing else: what queueing them costs at the least."""
    with session_scope(sessions) as session:
        text, html = session.execute(
            select(OutboxMessage.body_text, OutboxMessage.body_html).limit(1)).one()
        size = session.scalar(select(func.avg(func.length(OutboxMessage.body_text)))) or 1
    scale = max(1, round(size / max(1, len(text))))
    rows = [{"subscription_id": None, "recipient": f"floor{i}@example.org", "kind": "digest",
             "period": f"floor-{i}", "subject": "x", "body_text": text * scale,
             "body_html": (html or "") * scale, "headers": {}, "state": "cancelled",
             "attempts": 0, "next_attempt_at": NOW, "created_at": NOW}
            for i in range(count)]
    started = time.perf_counter()
    with session_scope(sessions) as session:
        session.connection().execute(insert(OutboxMessage.__table__), rows)
    return time.perf_counter() - started


def _smtp_floor(port: int, message: bytes, count: int) -> float:
    """Messages/s the SMTP server takes of this message over one connection, sent as bytes
    by smtplib: no database, no composing."""
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        started = time.perf_counter()
        for _ in range(count):
            smtp.sendmail("floor@example.org", ["floor@example.org"], message,
                          mail_options=["BODY=8BITMIME"])
        return count / (time.perf_counter() - started)


def run(commitments: int, subscribers: int, deliver_limit: int | None,
        database: str, url: str) -> None:
    rng = random.Random(20261123)
    with tempfile.TemporaryDirectory() as tmp:
        migrate.upgrade(url)
        engine = make_engine(url)
        sessions = make_sessionmaker(engine)
        port = _free_port()
        settings = Settings.from_env({}, database_url=url, secret_key="bench",
                                     instance_path=tmp, smtp_host="127.0.0.1", smtp_port=port)
        _populate(sessions, commitments, subscribers, rng)
        print(f"   {database}: {subscribers:,} subscribers over {commitments:,} commitments; "
              f"load {load()}", flush=True)

        started = time.perf_counter()
        counts = notify.decide(sessions, settings, "digest", NOW)
        elapsed = time.perf_counter() - started
        with session_scope(sessions) as session:
            size = session.scalar(select(func.avg(func.length(OutboxMessage.body_text))))
        floor = _store_floor(sessions, counts["queued"])
        print(f"   first digests: decided, rendered and queued in {elapsed:.1f} s "
              f"({subscribers / elapsed:,.0f} subscribers/s); {counts['queued']:,} queued, "
              f"{counts['nothing']:,} with nothing new, text part {size or 0:,.0f} chars on "
              f"average; floor (writing as many such messages, nothing else) {floor:.1f} s",
              flush=True)

        # The next morning: everyone's cursor has moved on; only new stages are told.
        started = time.perf_counter()
        later = notify.decide(sessions, settings, "digest", NOW + timedelta(days=1))
        elapsed = time.perf_counter() - started
        later_floor = _store_floor(sessions, later["queued"])
        print(f"   the next morning: {elapsed:.1f} s ({subscribers / elapsed:,.0f} "
              f"subscribers/s; {later['queued']:,} digests, {later['nothing']:,} with "
              f"nothing new); floor (writing as many such messages, nothing else) "
              f"{later_floor:.1f} s; load {load()}", flush=True)

        with session_scope(sessions) as session:
            if deliver_limit is not None:
                # Deliver only a sample: the rate is what is measured.
                keep = select(OutboxMessage.id).where(OutboxMessage.state == "queued") \
                    .order_by(OutboxMessage.id).limit(deliver_limit)
                session.execute(update(OutboxMessage).where(OutboxMessage.id.not_in(keep))
                                .values(state="cancelled"))
            sample = session.execute(
                select(OutboxMessage).where(OutboxMessage.state == "queued")
                .order_by(OutboxMessage.id).limit(1)).scalar_one()
            message = compose(sender=settings.mail_from, recipient=sample.recipient,
                              subject=sample.subject, text=sample.body_text,
                              html=sample.body_html, headers=sample.headers, date=NOW,
                              eight_bit=True)
        # The SMTP server in its own process, as in production (not a thread sharing our GIL).
        server = subprocess.Popen(
            [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
             "-c", "aiosmtpd.handlers.Sink"], stdout=subprocess.DEVNULL)
        try:
            _wait_for_port(port)
            floor_rate = _smtp_floor(port, message, min(500, deliver_limit or 500))
            started = time.perf_counter()
            result = notify.deliver(sessions, settings, NOW)
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=10)
        rate = result["sent"] / elapsed
        print(f"   delivery: {result['sent']:,} messages into aiosmtpd in {elapsed:.1f} s: "
              f"{rate:,.0f} messages/s over one SMTP session, each marked sent in its own "
              f"commit; floor (the same message as bytes, smtplib alone) "
              f"{floor_rate:,.0f} messages/s, ratio {rate / floor_rate:.2f}", flush=True)
        engine.dispose()


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    size = ((1_000, 500, None) if "--quick" in argv else (20_000, 10_000, 2_000))
    with tempfile.TemporaryDirectory() as tmp:
        run(*size, "SQLite", f"sqlite:///{Path(tmp) / 'bench.db'}")
    if "--no-postgres" not in argv:
        server = os.environ.get("TRACKER_BENCH_POSTGRES", POSTGRES)
        with optional_postgres(server) as url:
            if url:
                run(*size, "PostgreSQL", url)


if __name__ == "__main__":
    main()
