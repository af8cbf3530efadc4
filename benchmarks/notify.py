"""Digests at scale: 10,000 subscribers with varied filters over 20,000 commitments.

Times deciding and rendering every digest (one ``tracker digest send`` run, on SQLite), then
the delivery rate into a local aiosmtpd server. ``--quick`` runs a smoke size (500 over
1,000). Run alone with ``python -m benchmarks.notify [--quick]``.
"""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from tracker import migrate
from tracker.config import Settings
from tracker.db import make_engine, make_sessionmaker, session_scope
from tracker.models import Commitment, HistoryEntry, OutboxMessage, Source, Subscription
from tracker.runs import notify
from tracker.services.changes import Actor
from tracker.services.milestones import bundled_catalogue, load_catalogue

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
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


def run(commitments: int, subscribers: int, deliver_limit: int | None) -> None:
    rng = random.Random(20261123)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        migrate.upgrade(url)
        engine = make_engine(url)
        sessions = make_sessionmaker(engine)
        port = _free_port()
        settings = Settings.from_env({}, database_url=url, secret_key="bench",
                                     instance_path=tmp, smtp_host="127.0.0.1", smtp_port=port)
        _populate(sessions, commitments, subscribers, rng)

        started = time.perf_counter()
        counts = notify.decide(sessions, settings, "digest", NOW)
        elapsed = time.perf_counter() - started
        with session_scope(sessions) as session:
            size = session.scalar(select(func.avg(func.length(OutboxMessage.body_text))))
        print(f"   first digests: decide + render {subscribers:,} subscribers over "
              f"{commitments:,} commitments "
              f"in {elapsed:.1f} s ({subscribers / elapsed:,.0f} subscribers/s); "
              f"{counts['queued']:,} digests queued, {counts['nothing']:,} with nothing new, "
              f"text part {size or 0:,.0f} chars on average", flush=True)

        # The next morning: everyone's cursor has moved on; only new stages are told.
        started = time.perf_counter()
        later = notify.decide(sessions, settings, "digest", NOW + timedelta(days=1))
        elapsed = time.perf_counter() - started
        print(f"   the next day: {subscribers / elapsed:,.0f} subscribers/s "
              f"({elapsed:.1f} s; {later['queued']:,} digests, {later['nothing']:,} with "
              "nothing new)", flush=True)

        if deliver_limit is not None:
            # Deliver only a sample: the rate is what is measured.
            with session_scope(sessions) as session:
                keep = select(OutboxMessage.id).order_by(OutboxMessage.id).limit(deliver_limit)
                session.query(OutboxMessage).filter(OutboxMessage.id.not_in(keep)).update(
                    {"state": "cancelled"}, synchronize_session=False)
        # The SMTP server in its own process, as in production (not a thread sharing our GIL).
        server = subprocess.Popen(
            [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
             "-c", "aiosmtpd.handlers.Sink"], stdout=subprocess.DEVNULL)
        try:
            _wait_for_port(port)
            started = time.perf_counter()
            result = notify.deliver(sessions, settings, NOW)
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=10)
        print(f"   delivery: {result['sent']:,} messages into aiosmtpd in {elapsed:.1f} s "
              f"({result['sent'] / elapsed:,.0f} messages/s, one SMTP session per "
              f"{notify.DELIVERY_BATCH}, each marked sent in its own commit)", flush=True)
        engine.dispose()


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if "--quick" in argv:
        run(commitments=1_000, subscribers=500, deliver_limit=None)
    else:
        run(commitments=20_000, subscribers=10_000, deliver_limit=2_000)


if __name__ == "__main__":
    main()
