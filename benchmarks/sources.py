"""Source parsing throughput: Kamerstuk XML to clean text, EK registry pages, a feed.

The Kamerstuk XML is built from the five seed documents as KOOP's XML of a printed paper
looks (one <al> per paragraph, the printed line breaks and hyphenation kept), so the
dehyphenation and footnote handling do their real work. Each figure runs for about a second.
"""

from __future__ import annotations

import time
from xml.sax.saxutils import escape

from scrapers.eerstekamer import parse_page
from scrapers.feeds import parse_feed
from scrapers.officielebekendmakingen import parse_kamerstuk
from tracker.config import PROJECT_ROOT

SAMPLE = PROJECT_ROOT / "sample"
BUDGET = 1.0  # seconds per figure


def _kamerstuk_xml(text: str) -> bytes:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<al>{escape(p)}</al>" for p in paragraphs)
    return ("<officiele-publicatie><kamerstuk><stuk><titel>BRIEF</titel><algemeen><brief>"
            f"{body}</brief></algemeen></stuk></kamerstuk></officiele-publicatie>").encode()


def _rate(work, items: int) -> tuple[float, int]:
    rounds, started = 0, time.perf_counter()
    while True:
        work()
        rounds += 1
        elapsed = time.perf_counter() - started
        if elapsed >= BUDGET:
            return items * rounds / elapsed, rounds


def main() -> None:
    seeds = [p.read_text("utf-8") for p in sorted((SAMPLE / "seeds").glob("*.txt"))]
    documents = [_kamerstuk_xml(text) for text in seeds]
    size = sum(len(d) for d in documents)
    per_second, _ = _rate(lambda: [parse_kamerstuk(d) for d in documents], len(documents))
    print(f"   Kamerstuk XML -> text: {per_second:,.0f} documents/s, "
          f"{per_second * size / len(documents) / 1e6:.2f} MB/s "
          f"({len(documents)} seeds, {size / 1e3:.0f} kB)")

    pages = [p.read_bytes() for p in sorted((SAMPLE / "ek").glob("*.html"))]
    commitments = sum(len(parse_page(p).commitments) for p in pages)
    per_second, _ = _rate(lambda: [parse_page(p) for p in pages], commitments)
    print(f"   Eerste Kamer pages: {per_second:,.0f} commitments/s")

    feed = (SAMPLE / "feeds/rijksoverheid-ai.xml").read_bytes()
    entries = len(parse_feed(feed).entries)
    per_second, _ = _rate(lambda: parse_feed(feed), entries)
    print(f"   RSS feed: {per_second:,.0f} entries/s")
