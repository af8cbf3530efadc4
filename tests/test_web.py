"""The first dashboard page, in Dutch and English, and the security basics."""

from datetime import date

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from tracker.config import PROJECT_ROOT
from tracker.models import Commitment
from tracker.services.changes import Actor, upsert
from tracker.services.sources import get_source


def test_overview_lists_the_upcoming_milestone_of_2_december_2026(cli, client, today):
    cli("load-sample")
    page = client.get("/").get_data(as_text=True)
    assert "Komende mijlpalen" in page
    assert "2 december 2026" in page
    assert "over 9 dagen" in page
    assert "Nieuwe verboden" in page
    assert "verschoven van 2 augustus 2026 door Verordening (EU) 2026/1744" in page
    # passed milestones are not "upcoming"
    assert "Inwerkingtreding" not in page


def test_overview_lists_open_commitments_by_deadline_with_overdue_days(client, session, today):
    source = get_source(session, "ek", kind="ek", name="Eerste Kamer")
    actor = Actor("sync", "ek")
    for number, due in [("T00002", date(2026, 12, 1)), ("T00001", date(2026, 11, 1))]:
        upsert(session, Commitment, source, number, {"number": number, "text": f"Tekst {number}",
               "status": "open", "due": due, "due_phrase": "voor de zomer"}, actor)
    upsert(session, Commitment, source, "T00003", {"number": "T00003", "text": "Klaar",
           "status": "fulfilled"}, actor)
    session.commit()
    page = client.get("/").get_data(as_text=True)
    assert page.index("T00001") < page.index("T00002")
    assert "22 dagen te laat" in page
    assert "T00003" not in page


def test_english_is_one_click_away_and_remembered(cli, client, today):
    cli("load-sample")
    page = client.get("/?lang=en").get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "Upcoming milestones" in page and "2 December 2026" in page
    assert "New prohibitions" in page
    assert "Upcoming milestones" in client.get("/").get_data(as_text=True)
    assert "Komende mijlpalen" in client.get("/?lang=nl").get_data(as_text=True)


def test_the_configured_language_wins_over_the_browser_until_the_reader_picks(
        client, settings, clean_db):
    english_browser = {"Accept-Language": "en-GB,en;q=0.9"}
    page = client.get("/", headers=english_browser).get_data(as_text=True)
    assert '<html lang="nl">' in page and "Overzicht" in page
    page = client.get("/?lang=en", headers=english_browser).get_data(as_text=True)
    assert "Overview" in page
    assert "Overview" in client.get("/", headers=english_browser).get_data(as_text=True)
    # an English-language installation speaks English to a Dutch browser
    from dataclasses import replace

    from tracker import create_app

    english_app = create_app(replace(settings, default_language="en"))
    english = english_app.test_client()
    page = english.get("/", headers={"Accept-Language": "nl-NL,nl"}).get_data(as_text=True)
    english_app.extensions["tracker"].engine.dispose()  # no connection left for the GC
    assert '<html lang="en">' in page and "Overview" in page


def test_security_headers_and_health(client):
    response = client.get("/healthz")
    assert response.json == {"status": "ok"}
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_every_interface_string_has_an_english_translation():
    method_map = [("tracker/**.py", "python"), ("templates/**.html", "jinja2"),
                  ("templates/**.txt", "jinja2"), ("templates/**.xml", "jinja2")]
    found = {msg[2] if isinstance(msg[2], str) else msg[2][0]
             for msg in extract_from_dir(PROJECT_ROOT, method_map,
                                         keywords={"_": None, "gettext": None, "ngettext": (1, 2),
                                                   "lazy_gettext": None, "_l": None})}
    po = PROJECT_ROOT / "tracker/translations/en/LC_MESSAGES/messages.po"
    with po.open("rb") as f:
        catalog = read_po(f)
    translated = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.string}
    missing = sorted(found - translated)
    assert not missing, f"add English translations to {po.name}: {missing}"


def test_the_readers_language_outlives_logging_in_and_out(client, session):
    from . import webdata

    client.get("/?lang=en")
    webdata.login(client, session, "clerk")
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="en">' in page and "Log out" in page
    client.post("/uitloggen", data={"csrf_token": webdata.csrf_token(client)})
    assert '<html lang="en">' in client.get("/").get_data(as_text=True)
