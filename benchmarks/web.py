"""The dashboard under load: list, search and detail pages with 100,000 commitments.

For SQLite and for PostgreSQL (when one answers on 127.0.0.1:5432) this builds a database of
100,000 commitments with 200,000 history rows (``--quick``: 5,000 and 10,000), serves it with
``tracker serve`` (waitress) as a separate process, and loads it from a second process
(``benchmarks.load``: keep-alive connections on loopback). It reports each page's throughput
and p50/p95 latency under that load, and its throughput as a share of the same server's
throughput for a trivial page (/healthz: the framework's ceiling).

    python -m benchmarks.web [--quick] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, text

from tracker import migrate
from tracker.db import make_engine
from tracker.models import Commitment, Document, Fulfilment, HistoryEntry, Source

from .common import load, optional_postgres

POSTGRES = os.environ.get("TRACKER_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")
MINISTRIES = ["Algemene Zaken", "Binnenlandse Zaken en Koninkrijksrelaties", "Buitenlandse Zaken",
              "Defensie", "Economische Zaken", "Financiën", "Infrastructuur en Waterstaat",
              "Justitie en Veiligheid", "Landbouw, Natuur en Voedselkwaliteit",
              "Onderwijs, Cultuur en Wetenschap", "Sociale Zaken en Werkgelegenheid",
              "Volksgezondheid, Welzijn en Sport", "Klimaat en Groene Groei",
              "Volkshuisvesting en Ruimtelijke Ordening", "Asiel en Migratie"]
COMMITTEES = [f"Vaste commissie voor {m}" for m in MINISTRIES] + [
    "Digitale Zaken", "Europese Zaken", "Rijksuitgaven", "Digitalisering", "Financiën (EK)"]
_VOCABULARY = ("minister staatssecretaris kamer brief informeren toezegging voor zomer najaar "
         "einde "
         "jaar evaluatie wet besluit regeling onderzoek rapport voortgang gemeenten provincies "
         "burgers toezicht algoritmes kunstmatige intelligentie gegevens privacy register "
         "uitvoering beleid financiering subsidie woningbouw stikstof asiel onderwijs zorg "
         "pensioen belasting energie klimaat water wegen spoor defensie veiligheid politie "
         "rechtspraak jeugdzorg arbeidsmarkt inkomen toeslagen digitale overheid europese "
         "richtlijn verordening implementatie monitor rapportage jaarverslag begroting "
         "wijziging advies raad state consultatie internetconsultatie pilot experiment "
         "verkenning visie strategie agenda actieplan wetsvoorstel nota memorie")
# Text draws from the domain words above and 3,000 filler words with Zipf-like weights, so a
# domain word occurs in a few per cent of the commitments, as in real registers (a vocabulary
# of 80 words would put every word in a quarter of all texts).
WORDS = _VOCABULARY.split() + [f"w{n}x" for n in range(3000)]
_random_order = random.Random(3).sample(range(len(WORDS)), len(WORDS))
WEIGHTS = [1 / (10 + _random_order[i]) for i in range(len(WORDS))]
RARE = ["algoritmeregister", "waterschapsverkiezingen", "cybersecuritybeeld", "netcongestie"]
STATUS_WEIGHTS = [("open", 45), ("fulfilled", 35), ("partially_fulfilled", 8), ("lapsed", 4),
                  ("unknown", 3), ("candidate", 4), ("rejected", 1)]
PRECISIONS = ["day", "month", "quarter", "half", "year", "season", "relative", "vague", "none"]
TODAY = date(2026, 11, 23)


def _text(rng: random.Random, words: int) -> str:
    chosen = rng.choices(WORDS, WEIGHTS, k=words)
    if rng.random() < 0.01:
        chosen.insert(rng.randrange(len(chosen)), rng.choice(RARE))
    return "De " + " ".join(chosen) + "."


def build(url: str, commitments: int, history: int, documents: int, seed: int = 7) -> dict:
    """Migrate an empty database at ``url`` and fill it; return ids the load will use."""
    migrate.upgrade(url)
    engine = make_engine(url)
    rng = random.Random(seed)
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    statuses, weights = zip(*STATUS_WEIGHTS, strict=True)
    with engine.begin() as conn:
        for key, name in (("tk", "Tweede Kamer"), ("ek", "Eerste Kamer"),
                          ("extraction", "Extractie")):
            conn.execute(insert(Source.__table__), {"key": key, "kind": key, "name": name,
                                                    "settings": {}, "enabled": True,
                                                    "created_at": now})
        source_ids = dict(conn.execute(text("SELECT key, id FROM sources")).all())
        rows = []
        for n in range(documents):
            rows.append({"source_id": source_ids["tk"], "external_id": f"doc-{n}",
                         "number": f"2026D{n:05d}", "title": "Brief over " + _text(rng, 6),
                         "date": TODAY - timedelta(days=rng.randrange(2000)),
                         "chamber": "TK", "text": _text(rng, 400), "is_stub": False,
                         "created_at": now, "updated_at": now})
        conn.execute(insert(Document.__table__), rows)
    batch = 5000
    for start in range(0, commitments, batch):
        rows = []
        for n in range(start, min(start + batch, commitments)):
            chamber = "EK" if n % 5 == 0 else "TK"
            status = rng.choices(statuses, weights)[0]
            due = (TODAY + timedelta(days=rng.randrange(-900, 400))
                   if rng.random() < 0.8 else None)
            rows.append({
                "source_id": source_ids["ek" if chamber == "EK" else "tk"]
                if status not in ("candidate", "rejected") else source_ids["extraction"],
                "external_id": f"c-{n}",
                "number": (f"T{n:05d}" if chamber == "EK" else f"TZ2026{n // 1000:02d}-{n:03d}"),
                "kind": "commitment", "text": _text(rng, 25), "actor": "minister",
                "ministry": rng.choice(MINISTRIES), "committee": rng.choice(COMMITTEES),
                "chamber": chamber, "made_on": TODAY - timedelta(days=rng.randrange(1500)),
                "status": status, "due": due, "due_phrase": "voor de zomer" if due else None,
                "due_precision": rng.choice(PRECISIONS) if due else "none",
                "due_source": "text" if due else None, "withdrawn": rng.random() < 0.01,
                "document_id": rng.randrange(1, documents + 1) if rng.random() < 0.1 else None,
                "created_at": now, "updated_at": now,
            })
        with engine.begin() as conn:
            conn.execute(insert(Commitment.__table__), rows)
    for start in range(0, history, batch * 2):
        rows = []
        for _n in range(start, min(start + batch * 2, history)):
            cid = rng.randrange(1, commitments + 1)
            moved = rng.random() < 0.6
            day = TODAY - timedelta(days=rng.randrange(700))
            rows.append({
                "commitment_id": cid, "field": "due" if moved else "status",
                "old_value": (day - timedelta(days=90)).isoformat() if moved else "open",
                "new_value": day.isoformat() if moved else "fulfilled",
                "changed_at": datetime.combine(day, datetime.min.time(), UTC),
                "actor_kind": "sync", "actor": "tk", "reason": None,
            })
        with engine.begin() as conn:
            conn.execute(insert(HistoryEntry.__table__), rows)
    with engine.begin() as conn:
        fulfilled = conn.execute(text(
            "SELECT id FROM commitments WHERE status = 'fulfilled' ORDER BY id LIMIT :n"),
            {"n": commitments // 10}).scalars().all()
        conn.execute(insert(Fulfilment.__table__), [
            {"commitment_id": cid, "document_id": rng.randrange(1, documents + 1),
             "state": "confirmed", "created_at": now} for cid in fulfilled])
        conn.execute(text("ANALYZE"))
    engine.dispose()
    return {"max_id": commitments}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _load(base: str, paths: list[str], duration: float, concurrency: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.load", base, *paths, "--concurrency",
         str(concurrency), "--duration", str(duration)],
        check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def scenarios(max_id: int, rng: random.Random) -> dict[str, list[str]]:
    ids = [rng.randrange(1, max_id + 1) for _ in range(400)]
    pages = [rng.randrange(1, 40) for _ in range(100)]
    filters = ["", "?status=open", "?chamber=EK", "?window=overdue",
               "?ministry=Defensie&status=open", "?committee=Digitale+Zaken",
               "?sort=-due", "?precision=season&window=soon"]
    searches = ["toezicht", "algoritmes privacy", "algoritmeregister", "netcongestie",
                "evaluatie wet", "woningbouw gemeenten", "T0012", "stikstof", "kunstmat",
                "jaarverslag begroting"]
    return {
        "trivial (/healthz)": ["/healthz"],
        "list": [f"/toezeggingen?page={p}" for p in pages],
        "filtered list": [f"/toezeggingen{filters[1 + i % (len(filters) - 1)]}&page={p}"
                          for i, p in enumerate(pages)],
        "search": [f"/toezeggingen?q={q.replace(' ', '+')}" for q in searches],
        "detail": [f"/toezeggingen/{i}" for i in ids],
    }


def measure(url: str, label: str, duration: float, concurrency: int, max_id: int) -> list[dict]:
    port = _free_port()
    env = {**os.environ, "TRACKER_DATABASE_URL": url, "TRACKER_LOG_LEVEL": "WARNING",
           "TRACKER_SECRET_KEY": "bench", "TRACKER_INSTANCE_PATH": tempfile.mkdtemp()}
    server = subprocess.Popen(
        [sys.executable, "-m", "tracker", "serve", "--port", str(port), "--threads", "8"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    results = []
    try:
        _wait(base + "/healthz")
        rng = random.Random(11)
        for name, paths in scenarios(max_id, rng).items():
            _load(base, paths[:20], min(2.0, duration), concurrency)  # warm up
            result = _load(base, paths, duration, concurrency)
            result.update(backend=label, page=name)
            results.append(result)
    finally:
        server.terminate()
        server.wait(timeout=20)
    ceiling = results[0]["rps"] or 1
    for r in results:
        r["ratio"] = round(r["rps"] / ceiling, 2)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="dashboard pages under load")
    parser.add_argument("--quick", action="store_true", help="5,000 commitments, short runs")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--concurrency", type=int, default=2,
                        help="concurrent clients (default 2: one per core of the test machine)")
    args, _unknown = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    quick = args.quick or os.environ.get("TRACKER_BENCH_QUICK") == "1"
    commitments, history, documents = (5_000, 10_000, 200) if quick else (100_000, 200_000,
                                                                          2_000)
    duration = 3.0 if quick else 10.0
    print(f"   {commitments:,} commitments, {history:,} history rows, {documents:,} documents; "
          f"{args.concurrency} concurrent clients, {duration:.0f} s per page; load {load()}",
          flush=True)
    results = []
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{folder}/bench.db"
            started = time.perf_counter()
            info = build(url, commitments, history, documents)
            print(f"   sqlite: built in {time.perf_counter() - started:.0f} s", flush=True)
            results += measure(url, "sqlite", duration, args.concurrency, info["max_id"])
    if args.backend in ("postgresql", "both"):
        with optional_postgres(POSTGRES) as url:
            if url:
                started = time.perf_counter()
                info = build(url, commitments, history, documents)
                print(f"   postgresql: built in {time.perf_counter() - started:.0f} s",
                      flush=True)
                results += measure(url, "postgresql", duration, args.concurrency,
                                   info["max_id"])
    print(f"   {'backend':<11} {'page':<19} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
          f"{'ratio':>6} {'errors':>6}   (ratio: req/s over the same server's /healthz)")
    for r in results:
        print(f"   {r['backend']:<11} {r['page']:<19} {r['rps']:>7.1f} {r['p50']:>7.1f} "
              f"{r['p95']:>7.1f} {r['ratio']:>6.2f} {r['errors']:>6}", flush=True)


if __name__ == "__main__":
    main()
