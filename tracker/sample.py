"""The bundled sample data that ``make run`` shows: milestones, calendar, seed documents.

``load_sample`` runs every step in ``STEPS``; each is idempotent, so loading twice changes
nothing. Later sources add their sample pages as steps here (constructed by hand in each
source's live format, not recorded from it).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrapers.feeds import parse_feed
from scrapers.officielebekendmakingen import parse_kamerstuk, parse_search_response

from .calendar import read_recesses_csv
from .config import PROJECT_ROOT, Settings
from .models import Document, Source
from .services import eerstekamer, feeds, koop
from .services.calendar import load_recesses
from .services.changes import Actor, upsert
from .services.extraction import extract_pending
from .services.milestones import bundled_catalogue, load_catalogue
from .services.related import propose_related
from .services.runs import SyncReport
from .services.sources import get_source
from .services.tweedekamer import import_pages

log = logging.getLogger(__name__)

SAMPLE_DIR = PROJECT_ROOT / "sample"
LOAD = Actor("load", "sample")


def load_calendar(session: Session, root: Path) -> dict[str, int]:
    text = resources.files("tracker").joinpath("data/recesses.csv").read_text("utf-8")
    return load_recesses(session, read_recesses_csv(text))


def load_milestones(session: Session, root: Path) -> dict[str, int]:
    return load_catalogue(session, bundled_catalogue(), LOAD)


def load_seed_documents(session: Session, root: Path) -> dict[str, int]:
    manifest = json.loads((root / "seeds.json").read_text("utf-8"))
    source = get_source(session, "sample", kind="sample", name="Voorbeeldgegevens")
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    for entry in manifest["documents"]:
        text = (root / entry["file"]).read_text("utf-8")
        values = {
            "identifier": entry["identifier"], "number": entry["number"],
            "dossier": entry["dossier"], "ondernummer": entry["ondernummer"],
            "title": entry["title"], "doc_type": entry["doc_type"],
            "date": date.fromisoformat(entry["date"]), "chamber": entry["chamber"],
            "url": entry["url"], "text": text,
        }
        _doc, outcome, _ = upsert(session, Document, source, entry["external_id"], values, LOAD)
        counts[outcome] += 1
    return counts


def _counts(report: SyncReport) -> dict[str, int]:
    return {"inserted": report.inserted, "updated": report.updated,
            "unchanged": report.unchanged, "errors": report.errors}


def load_koop_sample(session: Session, root: Path) -> dict[str, int]:
    """SRU search results and the Kamerstukken' XML, constructed in KOOP's formats, as if
    synced from KOOP."""
    folder = root / "koop"
    page = parse_search_response((folder / "sru-kamerstukken.xml").read_bytes())
    source = koop.koop_source(session, Settings.koop_sru_url)
    report = SyncReport("koop")
    for record in page.records:
        text_file = folder / f"{record.identifier}.xml"
        text = parse_kamerstuk(text_file.read_bytes()) if text_file.exists() else None
        koop.import_record(session, source, record, text, report, LOAD)
    return _counts(report)


def load_ek_sample(session: Session, root: Path) -> dict[str, int]:
    """Saved Eerste Kamer registry pages: T03670 (its deadline moved twice) and a rappel."""
    report = eerstekamer.import_files(session, sorted((root / "ek").glob("*.html")),
                                      base_url=Settings.ek_base_url, actor=LOAD,
                                      relative_to=root.parent)
    return _counts(report)


SAMPLE_FEED = "Voorbeeldfeed Rijksoverheid: kunstmatige intelligentie"


def load_feed_sample(session: Session, root: Path) -> dict[str, int]:
    """An RSS feed in Rijksoverheid's shape as a (disabled, URL-less) feed source."""
    key = f"feed:{feeds.slug(SAMPLE_FEED)}"
    source = session.scalar(select(Source).where(Source.key == key))
    if source is None:
        source = Source(key=key, kind="feed", name=SAMPLE_FEED, url=None, enabled=False,
                        settings={"doc_type": "Nieuwsbericht"})
        session.add(source)
        session.flush()
    report = SyncReport(key)
    parsed = parse_feed((root / "feeds" / "rijksoverheid-ai.xml").read_bytes())
    feeds.import_entries(session, source, parsed.entries, report, LOAD)
    return _counts(report)


def extract_sample_documents(session: Session, root: Path) -> dict[str, int]:
    """Candidate commitments from every document the steps above brought in (the seeds, the
    Kamerstukken, the feed); unchanged texts are not read again."""
    return extract_pending(session)


# The constructed SyncFeed pages, referenced entities first (as a sync reads them).
TK_PAGES = ("kamerstukdossier.xml", "activiteit.xml", "document.xml", "fractie.xml",
            "persoon.xml", "toezegging.xml")


def load_tk_pages(session: Session, root: Path) -> dict[str, int]:
    """Toezeggingen, their debates, letters, members and parties from the sample SyncFeed pages
    (constructed in the wire format; no HTTP)."""
    pages = [(str(root / "tk" / name), (root / "tk" / name).read_bytes()) for name in TK_PAGES]
    return import_pages(session, pages)


Step = Callable[[Session, Path], dict[str, int]]
STEPS: list[tuple[str, Step]] = [
    ("calendar", load_calendar),
    ("milestones", load_milestones),
    ("seed documents", load_seed_documents),
    ("tweede kamer", load_tk_pages),
    ("kamerstukken (koop)", load_koop_sample),
    ("eerste kamer", load_ek_sample),
    ("feeds", load_feed_sample),
    ("extraction", extract_sample_documents),
    ("related", lambda session, root: {"proposed": propose_related(session)}),
]


def load_sample(session: Session, root: Path = SAMPLE_DIR) -> list[tuple[str, dict[str, int]]]:
    """Run every sample step in order; return each step's counts."""
    results = []
    for name, step in STEPS:
        counts = step(session, root)
        log.debug("sample %s: %s", name, counts)
        results.append((name, counts))
    return results
