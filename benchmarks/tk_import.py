"""TK SyncFeed import: entries/second and peak memory, SQLite and PostgreSQL, against the
bare floor: fetching the same pages and pulling every field of every entry into a dict with
lxml, storing nothing (measured before and after each import, in the same run).

A generated feed of Toezegging pages (250 entries each, in the live feed's form: ns1: prefix,
offsets, sentinels, repeated kamerbriefNakoming, tombstones) is written to a temporary folder
and served by ``tests.httpserver.LocalServer`` in this process; each measurement runs in a
child process, so its peak RSS (``VmHWM``) is its own and the server does not share its
interpreter lock.

    python -m benchmarks.tk_import [--quick] [--entries N] [--postgres URL | --no-postgres]

run alone, it measures the full size (100,000 entries). ``make bench`` measures 10,000
(TRACKER_BENCH_FULL=1: 100,000), and imports a quarter of the pages once more to show that
peak memory does not grow with the feed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import nullcontext
from pathlib import Path

from .common import load, optional_postgres

FULL = 100_000
QUICK = 10_000
PAGE = 250
FEED_PATH = "/SyncFeed/2.0/Feed"
FEED_HOST = "https://gegevensmagazijn.tweedekamer.nl"
POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"

STATUSES = ["Openstaand"] * 8 + ["Voldaan"] * 5 + ["Afgedaan"] * 3 + [
    "Deels Voldaan", "Deels Afgedaan", "Vervallen", ""]
PHRASES = ["voor de zomer", "in het najaar", "voor het einde van het jaar", "binnen drie maanden",
           "in het eerste kwartaal van 2026", "zo spoedig mogelijk", "voor 1 juli 2026",
           "na afronding van het onderzoek", "", ""]
SUBJECTS = ["de inzet van algoritmen door uitvoeringsorganisaties", "het Algoritmeregister",
            "de uitvoering van de AI-verordening", "risicoprofilering bij gemeenten",
            "de motivering van geautomatiseerde besluiten", "het toezicht op AI-systemen"]
MINISTRIES = ["Binnenlandse Zaken en Koninkrijksrelaties", "Economische Zaken",
              "Justitie en Veiligheid", "Sociale Zaken en Werkgelegenheid", "Financiën"]


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def generate(folder: Path, entries: int, seed: int = 1) -> list[Path]:
    """Write the feed's pages; page i is served for skiptoken i*PAGE (page 0 without one)."""
    rng = random.Random(seed)
    ids: list[str] = []
    paths = []
    base = 50_000_000
    for page_no in range((entries + PAGE - 1) // PAGE):
        count = min(PAGE, entries - page_no * PAGE)
        first = page_no * PAGE
        last_token = base + first + count
        parts = [
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            '<title type="text">Tweede Kamer der Staten-Generaal SyncFeed</title>'
            f'<id>{FEED_HOST}{FEED_PATH}</id><updated>2026-11-23T08:00:00Z</updated>'
            f'<link rel="next" href="{FEED_HOST}{FEED_PATH}?skiptoken={last_token}'
            '&amp;category=Toezegging"/>\n'
        ]
        for i in range(count):
            n = first + i
            token = base + n + 1
            tombstone = ids and rng.random() < 0.02
            guid = rng.choice(ids) if tombstone else _guid(rng)
            if not tombstone:
                ids.append(guid)
            stamp = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T10:{n % 60:02d}:00.1234567+0100"
            head = (f'<ns1:toezegging xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0" '
                    f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="{guid}" '
                    f'ns1:bijgewerkt="{stamp}" ')
            if tombstone:
                payload = head + 'ns1:verwijderd="True"/>'
            else:
                due = (f"2026-{1 + n % 12:02d}-01T00:00:00+0100" if rng.random() < 0.5
                       else "0001-01-01T00:00:00Z")
                letters = "".join(
                    f"<ns1:kamerbriefNakoming>2025D{rng.randrange(1, 40000):05d}"
                    "</ns1:kamerbriefNakoming>" for _ in range(rng.choice((0, 0, 1, 1, 2))))
                phrase = rng.choice(PHRASES)
                text = (f"De minister zegt toe de Kamer {phrase} te informeren over "
                        f"{rng.choice(SUBJECTS)}.").replace("  ", " ")
                repeats = (f'<ns1:isHerhalingVan ref="{rng.choice(ids[:-1])}" '
                           f'ns1:bijgewerkt="{stamp}"/>'
                           if len(ids) > 1 and rng.random() < 0.05 else "")
                payload = (
                    head + 'ns1:verwijderd="false">' + repeats
                    + f"<ns1:aanmaakdatum>2025-{1 + n % 12:02d}-{1 + n % 28:02d}T10:00:00+0100"
                    f"</ns1:aanmaakdatum><ns1:nummer>TZ2025{1 + n % 12:02d}-{n:06d}</ns1:nummer>"
                    f'<ns1:activiteit ref="{uuid.UUID(int=n % 2000)}"/>'
                    f"<ns1:activiteitNummer>2025A{n % 2000:05d}</ns1:activiteitNummer>"
                    "<ns1:naam>De Jonge</ns1:naam><ns1:tussenvoegsel xsi:nil=\"true\"/>"
                    "<ns1:functie>minister van Binnenlandse Zaken</ns1:functie>"
                    f"<ns1:status>{rng.choice(STATUSES)}</ns1:status>"
                    f"<ns1:datumNakoming>{due}</ns1:datumNakoming>{letters}"
                    f"<ns1:ministerie>{rng.choice(MINISTRIES)}</ns1:ministerie>"
                    f"<ns1:tekst>{text}</ns1:tekst></ns1:toezegging>"
                )
            parts.append(
                f'<entry><title type="text">{guid}</title>'
                f"<id>{FEED_HOST}/SyncFeed/2.0/Entiteiten/{guid}</id>"
                f'<updated>{stamp}</updated><category term="toezegging"/>'
                f'<link rel="next" href="{FEED_HOST}{FEED_PATH}?skiptoken={token}'
                '&amp;category=Toezegging"/>'
                f'<content type="application/xml">{payload}</content></entry>\n'
            )
        parts.append("</feed>\n")
        path = folder / f"page-{page_no:04d}.xml"
        path.write_text("".join(parts), "utf-8")
        paths.append(path)
    return paths


def serve(folder: Path, pages: int):
    """A LocalServer answering SyncFeed requests from the generated files."""
    from urllib.parse import parse_qs, urlsplit

    from tests.httpserver import LocalServer, Reply

    empty = (b'<?xml version="1.0" encoding="utf-8"?>'
             b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>')

    def reply(request) -> Reply:
        query = parse_qs(urlsplit(request.path).query)
        token = int(query.get("skiptoken", ["50000000"])[0]) - 50_000_000
        page_no = token // PAGE
        if token % PAGE or page_no >= pages:
            return Reply(200, empty)
        return Reply(200, (folder / f"page-{page_no:04d}.xml").read_bytes())

    server = LocalServer()
    server.routes[FEED_PATH] = reply
    return server


# --- the child processes ---------------------------------------------------------------------


def child_floor(feed_url: str) -> dict:
    """The bare floor: fetch every page and pull every field of every entry into a dict with
    lxml, storing nothing (no types, no checks: what no importer can beat)."""
    from lxml import etree

    from scrapers.http import Fetcher
    from scrapers.tweedekamer import page_url, skiptoken_of

    atom = "{http://www.w3.org/2005/Atom}"
    entry_tag, link_tag, content_tag = atom + "entry", atom + "link", atom + "content"
    entries = 0
    cursor = None
    started = time.perf_counter()
    with Fetcher(delay=0, retries=0) as fetcher:
        while True:
            root = etree.fromstring(fetcher.get(page_url(feed_url, "Toezegging", cursor)).content)
            found = 0
            for entry in root.iterchildren(entry_tag):
                fields: dict = {}
                for child in entry:
                    if child.tag == content_tag:
                        for payload in child:
                            record = dict(payload.attrib)
                            for field in payload:
                                record[field.tag] = field.text
                            fields["payload"] = record
                    elif child.tag == link_tag:
                        fields[child.get("rel")] = child.get("href")
                    else:
                        fields[child.tag] = child.text
                found += 1
            entries += found
            links = {link.get("rel"): link.get("href") for link in root.iterchildren(link_tag)}
            if not found or not links.get("next"):
                break
            cursor = skiptoken_of(links["next"])
    return {"entries": entries, "seconds": time.perf_counter() - started}


def child_parse(feed_url: str) -> dict:
    """The project's parser on the same pages: typed records, every quirk handled."""
    from scrapers.http import Fetcher
    from scrapers.tweedekamer import SyncFeedPage, page_url

    entries = 0
    cursor = None
    started = time.perf_counter()
    with Fetcher(delay=0, retries=0) as fetcher:
        while True:
            page = SyncFeedPage(fetcher.get(page_url(feed_url, "Toezegging", cursor)).content)
            for _item in page:
                entries += 1
            if not page.entries or not page.next_skiptoken:
                break
            cursor = page.next_skiptoken
    return {"entries": entries, "seconds": time.perf_counter() - started}


def child_import(feed_url: str, database_url: str, max_pages: str = "") -> dict:
    import resource

    from scrapers.http import Fetcher
    from tracker import migrate
    from tracker.db import make_engine, make_sessionmaker
    from tracker.runs.tk import sync_tk

    def children_cpu() -> float:  # the page worker's, once it has ended
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    migrate.upgrade(database_url)
    engine = make_engine(database_url)
    backends = _backends(engine)
    started, cpu, worker = time.perf_counter(), time.process_time(), children_cpu()
    with Fetcher(delay=0, retries=0) as fetcher:
        (result,) = sync_tk(make_sessionmaker(engine), fetcher, feed_url, ["Toezegging"],
                            max_pages=int(max_pages) if max_pages else None)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    worker = children_cpu() - worker
    server = sum(_cpu_of(pid) - since for pid, since in backends.values()) if backends else None
    engine.dispose()
    if result.error:
        raise SystemExit(f"import failed: {result.error}")
    return {"entries": sum(result.counts.values()), "seconds": seconds, "cpu_seconds": cpu,
            "worker_cpu_seconds": worker, "server_cpu_seconds": server, "counts": result.counts}


def _backends(engine) -> dict[int, tuple[int, float]]:
    """PostgreSQL server processes that the engine's connections talk to, each with the CPU
    time it had used when it was connected, to count what the server spent on an import. Read
    from ``/proc``, so only for a server on this machine; empty otherwise. (Connections the
    pool closes during the run are not counted: the import keeps one.)"""
    from sqlalchemy import event

    found: dict[int, tuple[int, float]] = {}
    if engine.dialect.name != "postgresql" or not os.path.exists("/proc/self/stat"):
        return found

    @event.listens_for(engine, "connect")
    def connected(dbapi_connection, _record) -> None:
        pid = dbapi_connection.info.backend_pid
        if os.path.exists(f"/proc/{pid}/stat"):
            found[id(dbapi_connection)] = (pid, _cpu_of(pid))

    return found


def _cpu_of(pid: int) -> float:
    """User + system CPU seconds of a process on this machine (0 once it has ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _peak_rss_mb() -> float:
    """This process's own peak resident memory. Not ``ru_maxrss``: Linux keeps that across
    ``exec``, so a child started by a large parent (``make bench`` after the extraction
    benchmark) would report the parent's size; ``VmHWM`` belongs to the new address space."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource  # not Linux: the best there is

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(args: list[str]) -> dict:
    import logging

    logging.basicConfig(level=logging.CRITICAL)  # quiet: unknown statuses are expected here
    run = {"floor": child_floor, "parse": child_parse, "import": child_import}[args[0]]
    figures = run(*args[1:])
    figures["peak_rss_mb"] = _peak_rss_mb()
    return figures


def measure(*args: str) -> dict:
    env = dict(os.environ, TRACKER_LOG_LEVEL="CRITICAL")
    out = subprocess.run([sys.executable, "-m", "benchmarks.tk_import", "--child", *args],
                         check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench() -> None:
    """``make bench``: 10,000 entries, unless TRACKER_BENCH_FULL=1."""
    main([] if os.environ.get("TRACKER_BENCH_FULL") == "1" else ["--quick"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tk_import")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK:,} entries")
    parser.add_argument("--entries", type=int, default=None)
    parser.add_argument("--postgres", default=os.environ.get("TRACKER_BENCH_POSTGRES", POSTGRES))
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args([] if argv is None else argv)
    entries = args.entries or (QUICK if args.quick else FULL)
    with tempfile.TemporaryDirectory(prefix="tk-bench-") as tmp:
        folder = Path(tmp)
        pages = generate(folder, entries)
        size = sum(p.stat().st_size for p in pages)
        print(f"   feed: {entries:,} Toezegging entries, {len(pages)} pages, {size / 1e6:.0f} MB; "
              f"load {load()}")
        with serve(folder, len(pages)) as server:
            feed_url = server.url + FEED_PATH
            targets = [("SQLite", f"sqlite:///{folder / 'bench.db'}")]
            with (nullcontext() if args.no_postgres else optional_postgres(args.postgres)) as pg:
                if pg:
                    targets.append(("PostgreSQL", pg))
                # Each import sits between two floor runs, so a change in the machine's load
                # shows as two floors apart; the ratio is to their mean.
                floors = [measure("floor", feed_url)]
                parsed = measure("parse", feed_url)
                results = []
                for name, url in targets:
                    results.append((name, measure("import", feed_url, url)))
                    floors.append(measure("floor", feed_url))
            rates = [f["entries"] / f["seconds"] for f in floors]
            floor_rate = sum(rates) / len(rates)
            print(f"   floor (fetch + lxml + fields into dicts): {floor_rate:,.0f} entries/s "
                  f"({', '.join(f'{r:,.0f}' for r in rates)}), peak RSS "
                  f"{max(f['peak_rss_mb'] for f in floors):.0f} MB")
            print(f"   the tracker's parser (typed records): "
                  f"{parsed['entries'] / parsed['seconds']:,.0f} entries/s")
            with tempfile.TemporaryDirectory(prefix="tk-bench-part-") as part:
                quarter = measure("import", feed_url, f"sqlite:///{part}/part.db",
                                  str(max(1, len(pages) // 4)))
            for name, got in results:
                rate = got["entries"] / got["seconds"]
                print(f"   {name} import: {rate:,.0f} entries/s ({got['seconds']:.1f} s, "
                      f"CPU {got['cpu_seconds']:.1f} s + page worker "
                      f"{got['worker_cpu_seconds']:.1f} s"
                      + (f" + server {got['server_cpu_seconds']:.1f} s"
                         if got.get("server_cpu_seconds") is not None else "")
                      + f"), {rate / floor_rate:.0%} of the floor, "
                      f"peak RSS {got['peak_rss_mb']:.0f} MB; "
                      + ", ".join(f"{k} {v}" for k, v in got["counts"].items()))
            print(f"   memory: peak RSS {quarter['peak_rss_mb']:.0f} MB importing "
                  f"{quarter['entries']:,} entries, {results[0][1]['peak_rss_mb']:.0f} MB "
                  f"importing {results[0][1]['entries']:,} (SQLite)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(_child(sys.argv[2:])))
    else:
        main(sys.argv[1:])
