"""Plain Dutch wherever a person reads: pages, the Atom feed, the calendar and the mails carry
no database ids, GUIDs, rule codes, internal labels or English.

Database ids are made recognisable first (every table's ids start at 7310001), so an id that
leaks into the text is found, not mistaken for a count. What is read is what a browser shows or
reads aloud: text, and the attributes people get (aria-label, title, alt, placeholder), not
URLs or machine attributes.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import feedparser
from icalendar import Calendar
from sqlalchemy import delete, select, text

from tracker.models import (
    Commitment,
    Document,
    Fulfilment,
    HistoryEntry,
    Milestone,
    OutboxMessage,
    Source,
)
from tracker.services.changes import Actor, apply

from . import webdata
from .conftest import ON_POSTGRES

ID_BASE = 7_310_000
DATABASE_ID = re.compile(r"(?<![\d.,])731\d{4}(?![\d.,])")
GUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)
# Labels the tracker used to print: "geladen: sample", "extractie: text", "load:sample" …
INTERNAL = re.compile(r"\b(?:geladen|extractie|bron|regel|load|sync|extraction|user|rule)"
                      r"\s*:\s*(?:sample|text|tk|ek|koop|feeds|rules)\b", re.I)
# English the tracker itself wrote: reasons, the catalogue's citations, errors. (A document's own
# text may quote English; these phrases are the tracker's.)
ENGLISH = re.compile("|".join((
    r"\bas amended\b", r"\bnew points\b", r"\bRegulation \(EU\)", r"\bthe document\b",
    r"\bneeds a reason\b", r"\bhas been moved\b", r"\badded by\b", r"\bno longer\b",
    r"\bregistry page\b", r"\bextracted again\b", r"\bis not a date\b",
    r"\bunknown (?:value|status|window|sort|role)\b", r"\bnot a candidate\b", r"\bis already\b",
    r"\bSyncFeed\b", r"\bsources disagree\b", r"\b[Dd]eadline missed\b", r"\bin common\b",
    r"\bamended\b", r"\bone of\b", r"\bmust be\b")))


def english_interface() -> set[str]:
    """The English of the interface (the catalogue's translations of two words or more): on a
    Dutch page, any of these is an untranslated or wrongly chosen string."""
    from babel.messages.pofile import read_po

    from tracker.config import PROJECT_ROOT

    with (PROJECT_ROOT / "tracker/translations/en/LC_MESSAGES/messages.po").open("rb") as f:
        catalog = read_po(f)
    found = set()
    for m in catalog:
        for english, dutch in zip(m.string if isinstance(m.string, tuple) else (m.string,),
                                  m.id if isinstance(m.id, tuple) else (m.id,), strict=False):
            words = re.split(r"%\(\w+\)[sd]", english or "")
            for part in words:
                part = part.strip(" .,:;()")
                if len(part.split()) >= 2 and part not in dutch:
                    found.add(part)
    return found


class _Readable(HTMLParser):
    """The text of a page and the attributes read aloud, without scripts and styles."""

    SPOKEN = ("aria-label", "title", "alt", "placeholder", "data-label")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.extend(v for k, v in attrs if k in self.SPOKEN and v)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def readable(html: str) -> str:
    parser = _Readable()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def _recognisable_ids(session) -> None:
    """Every table's next id is ID_BASE + 1 (PostgreSQL: its sequences; SQLite: a row at
    ID_BASE in each table, removed once the data is in)."""
    tables = ("sources", "documents", "commitments", "history", "fulfilments", "milestones",
              "outbox", "subscriptions")
    if ON_POSTGRES:
        for table in tables:
            session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"{ID_BASE})"))
        session.commit()
        return
    source = Source(id=ID_BASE, key="ids", kind="ids", name="ids", settings={})
    doc = Document(id=ID_BASE, source=source, external_id="ids")
    c = Commitment(id=ID_BASE, source=source, external_id="ids", text="ids", status="open")
    m = Milestone(id=ID_BASE, key="ids", regulation="x", date=date(2000, 1, 1), basis="x",
                  title_en="x", title_nl="x")
    session.add_all([source, doc, c, m])
    session.flush()
    session.add_all([
        HistoryEntry(id=ID_BASE, commitment_id=c.id, field="x", actor_kind="load", actor="x"),
        Fulfilment(id=ID_BASE, commitment_id=c.id, document_id=doc.id),
        OutboxMessage(id=ID_BASE, recipient="x@example.org", kind="x", period="x",
                      subject="x", body_text="x")])
    session.commit()


def _drop_placeholders(session) -> None:
    if ON_POSTGRES:
        return
    for model in (OutboxMessage, Fulfilment, HistoryEntry):
        session.execute(delete(model).where(model.id == ID_BASE))
    session.execute(delete(Commitment).where(Commitment.id == ID_BASE))
    for model in (Document, Milestone, Source):
        session.execute(delete(model).where(model.id == ID_BASE))
    session.commit()


def _data(session, cli):
    _recognisable_ids(session)
    cli("load-sample")
    d = webdata.make(session)
    # a clerk's change and a proposed fulfilment, as the review queue makes them
    apply(session, d.tk_soon, {"status": "partially_fulfilled"},
          Actor("user", "griffier@example.org", reason="deels beantwoord"))
    session.commit()
    _drop_placeholders(session)
    assert session.scalar(select(Commitment.id).order_by(Commitment.id).limit(1)) > ID_BASE
    return d


def problems_in(where: str, words: str, codes: set[str], interface: set[str]) -> list[str]:
    found = []
    for pattern, what in ((DATABASE_ID, "database id"), (GUID, "GUID"),
                          (INTERNAL, "internal label"), (ENGLISH, "English")):
        found += [f"{where}: {what} {m.group()!r} in …{words[max(0, m.start() - 50):m.end() + 30]}…"
                  for m in pattern.finditer(words)]
    for code in codes:
        if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", words):
            found.append(f"{where}: code {code!r}")
    found += [f"{where}: English interface {phrase!r}" for phrase in interface
              if phrase in words]
    return found


def _codes(session) -> set[str]:
    """The codes the tables keep that must never be shown as they are."""
    rules = {r for (r,) in session.execute(select(Commitment.due_rule).distinct()) if r}
    rules |= {r for (r,) in session.execute(select(Commitment.rule).distinct()) if r}
    codes = {"partially_fulfilled", "due_source", "due_precision", "status_raw",
             "fulfilled_by", "proposed_fulfilment"}
    return {c for c in rules | codes if c.lower() != "prinsjesdag"}  # that one is Dutch


def test_dutch_pages_feeds_calendars_and_mails_speak_plain_dutch(client, session, sessions,
                                                                 settings, cli, today):
    d = _data(session, cli)
    codes = _codes(session)
    interface = english_interface()
    assert "Upcoming milestones" in interface
    assert "zal_informeren" in codes and any(c in codes for c in ("autumn", "date"))
    candidates = session.scalars(select(Commitment.id).where(
        Commitment.status == "candidate")).all()
    pages = ["/", "/toezeggingen", "/toezeggingen?status=open&chamber=TK&due_from=2020-01-01",
             "/toezeggingen?due_to=morgen&chamber=XX", "/documenten", "/mijlpalen", "/rappel",
             "/rappel?peildatum=gisteren", "/inloggen", "/abonnement", "/toezeggingen/999999",
             "/mijlpalen/high-risk-annex-iii", "/mijlpalen/national-sandbox",
             *(f"/toezeggingen/{cid}" for cid in session.scalars(select(Commitment.id))),
             *(f"/documenten/{did}" for did in session.scalars(select(Document.id)))]
    assert len(candidates) > 10 and len(pages) > 60
    found = []
    for path in pages:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        found += problems_in(path, readable(response.get_data(as_text=True)), codes,
                             interface)

    # what a clerk sees: the review queue, and a candidate with its forms
    webdata.login(client, session, "clerk")
    for path in ("/beoordelen", "/beoordelen?kind=milestone", "/beoordelen?kind=request",
                 f"/toezeggingen/{d.candidate.id}", f"/toezeggingen/{d.tk_open.id}"):
        response = client.get(path)
        assert response.status_code == 200, path
        found += problems_in(f"{path} (griffie)", readable(response.get_data(as_text=True)),
                             codes, interface)

    feed = feedparser.parse(client.get("/feed.atom").data)
    assert feed.entries
    for e in feed.entries:
        found += problems_in(f"feed {e.title}", f"{e.title} {e.summary} {e.author}", codes,
                             interface)
    calendar = Calendar.from_ical(client.get("/calendar.ics").data)
    for event in calendar.walk("VEVENT"):
        words = f"{event['SUMMARY']} {event['DESCRIPTION']}".replace(str(event["URL"]), "")
        found += problems_in(f"calendar {event['SUMMARY']}", words, codes, interface)

    from tracker.runs import notify
    from tracker.services import subscriptions as subs

    subs.subscribe(session, "lezer@example.org", subs.Preferences(
        subs.Filters.from_json({"sources": ["tk"], "ministries": [
            "Binnenlandse Zaken en Koninkrijksrelaties"], "committees": ["Digitale Zaken"]}),
        "daily", 0, "nl"), confirmed=True)
    session.commit()
    response = webdata.post(client, "/abonnement", {
        "email": "nieuw@example.org", "commitments": "1", "milestones": "1",
        "frequency": "daily", "language": "nl"})
    assert response.status_code == 303
    notify.decide(sessions, settings, "digest", datetime(2026, 11, 23, 6, 0, tzinfo=UTC))
    mails = session.scalars(select(OutboxMessage)).all()
    assert {m.kind for m in mails} >= {"digest", "confirm"}
    for m in mails:
        words = f"{m.subject} {m.body_text} {readable(m.body_html or '')}"
        words = re.sub(r"https?://\S+", " ", words)
        found += problems_in(f"mail {m.kind}", words, codes, interface)
    assert not found, "\n".join(sorted(set(found)))
    assert d.tk_open.id > ID_BASE


def test_an_administrators_refusals_are_in_dutch(client, session):
    webdata.login(client, session, "admin")
    for email, words in (("geen-adres", "dit is geen e-mailadres"),
                         ("admin@example.org", "dit e-mailadres heeft al een account")):
        page = webdata.post(client, "/beheer/gebruikers", {
            "email": email, "password": "lang genoeg wachtwoord 42!", "role": "clerk"},
            follow=True).get_data(as_text=True)
        assert f"Gebruiker niet aangemaakt: {words}" in page
        assert not ENGLISH.search(readable(page)) and "already" not in page
