"""Commitments as the sources and the extraction engine will deliver them, for the web tests.

TK-like ones carry TZ numbers and a committee, EK-like ones T-numbers; a candidate points at
the sentence in a seed-like document it came from; history rows record deadline moves and a
fulfilment, dated as if they happened over the past year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from tracker.models import Commitment, Document
from tracker.services.changes import Actor, apply, set_fulfilment, upsert
from tracker.services.sources import get_source

LETTER = (
    "Den Haag, 13 maart 2020. Geachte voorzitter, hierbij ontvangt u de kabinetsreactie op het "
    "rapport over algoritmes. Het kabinet zal de Kamer voor de zomer van 2026 informeren over "
    "de voortgang van het algoritmeregister. Daarnaast werken wij aan richtlijnen voor "
    "overheidsorganisaties. Hoogachtend, de minister van Binnenlandse Zaken."
)
SENTENCE = ("Het kabinet zal de Kamer voor de zomer van 2026 informeren over de voortgang van "
            "het algoritmeregister.")


def reference_data(session: Session) -> None:
    """The sample's calendar and AI Act milestones, without its commitments and documents:
    tests that count commitments see only the ones ``make`` creates."""
    from tracker.sample import load_calendar, load_milestones

    load_calendar(session, None)
    load_milestones(session, None)
    session.commit()


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


@dataclass
class WebData:
    tk_open: Commitment  # TZ202504-057, overdue, deadline moved twice
    tk_soon: Commitment  # due in a week
    tk_fulfilled: Commitment  # fulfilled late by a letter, via history
    ek_open: Commitment  # T03670, EK, no deadline
    candidate: Commitment  # extracted from the letter, with its span
    letter: Document
    fulfilling: Document


def make(session: Session) -> WebData:
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    ek = get_source(session, "ek", kind="ek", name="Eerste Kamer")
    extraction = get_source(session, "extraction", kind="extraction", name="Extractie")
    sync_tk, sync_ek = Actor("sync", "tk", at=at(date(2025, 4, 10))), Actor("sync", "ek")
    letter, _, _ = upsert(session, Document, tk, "kst-26643-672", {
        "identifier": "kst-26643-672", "number": "2020D10554", "dossier": "26643",
        "ondernummer": "672", "title": "Reactie op het rapport Surveillance Giants",
        "doc_type": "Brief regering", "date": date(2020, 3, 13), "chamber": "TK",
        "text": LETTER}, sync_tk)
    fulfilling, _, _ = upsert(session, Document, tk, "2026D01234", {
        "number": "2026D01234", "title": "Voortgangsbrief algoritmeregister",
        "doc_type": "Brief regering", "date": date(2026, 10, 1), "chamber": "TK",
        "text": "Hierbij informeer ik u over de voortgang van het algoritmeregister."}, sync_tk)

    tk_open, _, _ = upsert(session, Commitment, tk, "guid-057", {
        "number": "TZ202504-057", "text": "De minister stuurt de Kamer een brief over de "
        "inzet van kunstmatige intelligentie bij gemeenten.", "actor": "minister van BZK",
        "ministry": "Binnenlandse Zaken en Koninkrijksrelaties", "committee": "Digitale Zaken",
        "chamber": "TK", "made_on": date(2025, 4, 9), "activity": "Commissiedebat Digitale "
        "overheid", "status": "open", "status_raw": "Openstaand", "due": date(2025, 12, 31),
        "due_phrase": "voor het einde van het jaar", "due_precision": "year",
        "due_source": "text", "due_rule": "end_of_year", "kind": "commitment"}, sync_tk)
    session.flush()
    apply(session, tk_open, {"due": date(2026, 3, 1)},
          Actor("sync", "tk", reason="nieuwe termijn bij de bron", at=at(date(2026, 1, 5))))
    apply(session, tk_open, {"due": date(2026, 6, 30), "due_source": "manual"},
          Actor("user", "griffier@tweedekamer.nl", reason="commissie stelde nieuwe termijn",
                at=at(date(2026, 3, 3))))

    tk_soon, _, _ = upsert(session, Commitment, tk, "guid-058", {
        "number": "TZ202510-012", "text": "De staatssecretaris informeert de Kamer over het "
        "algoritmeregister.", "ministry": "Binnenlandse Zaken en Koninkrijksrelaties",
        "committee": "Digitale Zaken", "chamber": "TK", "made_on": date(2025, 10, 2),
        "status": "open", "due": date(2026, 11, 30), "due_precision": "day",
        "due_source": "source"}, sync_tk)

    tk_fulfilled, _, _ = upsert(session, Commitment, tk, "guid-059", {
        "number": "TZ202501-003", "text": "De minister zendt de Kamer de evaluatie van de "
        "Wet open overheid.", "ministry": "Justitie en Veiligheid", "committee": "Justitie en "
        "Veiligheid", "chamber": "TK", "made_on": date(2025, 1, 20), "status": "open",
        "due": date(2026, 9, 1), "due_precision": "day", "due_source": "source"}, sync_tk)
    session.flush()
    fulfil = Actor("sync", "tk", reason="kamerbrief nakoming", at=at(date(2026, 11, 10)))
    set_fulfilment(session, tk_fulfilled, fulfilling, fulfil)
    apply(session, tk_fulfilled, {"status": "fulfilled", "status_raw": "Voldaan"}, fulfil)

    ek_open, _, _ = upsert(session, Commitment, ek, "T03670", {
        "number": "T03670", "text": "De regering zegt toe de kenbaarheid en motivering van "
        "AI-gebruik bij besluiten te verbeteren.", "ministry": "Binnenlandse Zaken en "
        "Koninkrijksrelaties", "committee": "Digitalisering", "chamber": "EK",
        "made_on": date(2023, 3, 21), "status": "open", "status_raw": "openstaand",
        "due_precision": "none"}, sync_ek)

    start = LETTER.index(SENTENCE)
    candidate, _, _ = upsert(session, Commitment, extraction, "kst-26643-672#1", {
        "text": SENTENCE, "status": "candidate", "chamber": "TK", "document_id": letter.id,
        "span_start": start, "span_end": start + len(SENTENCE), "rule": "zal_informeren",
        "confidence": 0.82, "due": date(2026, 7, 3), "due_phrase": "voor de zomer van 2026",
        "due_precision": "season", "due_source": "text",
        "ministry": "Binnenlandse Zaken en Koninkrijksrelaties"},
        Actor("extraction", "rules"))
    session.commit()
    return WebData(tk_open, tk_soon, tk_fulfilled, ek_open, candidate, letter, fulfilling)


PASSWORD = "correct horse battery"


def csrf_token(client, path: str = "/") -> str:
    """The CSRF token of the client's session, as a form on the page at ``path`` carries it (a
    page without a form makes none, so a reader who only reads gets no session cookie: then
    the login form's)."""
    marker = 'name="csrf_token" value="'
    page = client.get(path).get_data(as_text=True)
    if marker not in page:
        page = client.get("/inloggen").get_data(as_text=True)
    start = page.index(marker) + len(marker)
    return page[start:page.index('"', start)]


def login(client, session, role: str = "clerk", email: str | None = None):
    """Create an account with ``role`` and log the test client in with it."""
    from tracker.services.accounts import create_user

    email = email or f"{role}@example.org"
    user = create_user(session, email, PASSWORD, role, name=f"Test {role}")
    session.commit()
    response = client.post("/inloggen", data={"email": email, "password": PASSWORD,
                                             "csrf_token": csrf_token(client, "/inloggen")})
    assert response.status_code == 302, response.get_data(as_text=True)
    return user


def post(client, path: str, data: dict, follow: bool = False):
    """POST a form the way a browser does: with the session's CSRF token."""
    return client.post(path, data={**data, "csrf_token": csrf_token(client)},
                       follow_redirects=follow)


def shown_version(client, commitment_id: int) -> str:
    """The version token the commitment's page puts in its clerk forms, as a browser sees it."""
    page = client.get(f"/toezeggingen/{commitment_id}").get_data(as_text=True)
    match = re.search(r'name="version" value="([^"]+)"', page)
    assert match, "the page has no clerk form with a version"
    return match.group(1)


def clerk_post(client, path: str, data: dict, follow: bool = False):
    """POST a clerk form from the commitment's page: CSRF token and the version it shows."""
    commitment_id = int(path.split("/")[2])
    return post(client, path, {"version": shown_version(client, commitment_id), **data}, follow)
