"""The bundled sample data that ``make run`` shows: milestones, calendar, seed documents.

``load_sample`` runs every step in ``STEPS``; each is idempotent, so loading twice changes
nothing. Later sources add their recorded pages as steps here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from importlib import resources
from pathlib import Path

from sqlalchemy.orm import Session

from .calendar import read_recesses_csv
from .config import PROJECT_ROOT
from .models import Document
from .services.calendar import load_recesses
from .services.changes import Actor, upsert
from .services.milestones import bundled_catalogue, load_catalogue
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


# The recorded SyncFeed pages, referenced entities first (as a sync reads them).
TK_PAGES = ("kamerstukdossier.xml", "activiteit.xml", "document.xml", "toezegging.xml")


def load_tk_pages(session: Session, root: Path) -> dict[str, int]:
    """Toezeggingen, their debates and letters from recorded SyncFeed pages (no HTTP)."""
    pages = [(str(root / "tk" / name), (root / "tk" / name).read_bytes()) for name in TK_PAGES]
    return import_pages(session, pages)


Step = Callable[[Session, Path], dict[str, int]]
STEPS: list[tuple[str, Step]] = [
    ("calendar", load_calendar),
    ("milestones", load_milestones),
    ("seed documents", load_seed_documents),
    ("tweede kamer", load_tk_pages),
]


def load_sample(session: Session, root: Path = SAMPLE_DIR) -> list[tuple[str, dict[str, int]]]:
    """Run every sample step in order; return each step's counts."""
    results = []
    for name, step in STEPS:
        counts = step(session, root)
        log.debug("sample %s: %s", name, counts)
        results.append((name, counts))
    return results
