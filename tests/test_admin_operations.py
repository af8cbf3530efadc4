"""The admin's operational pages: sources, the recess calendar and outgoing e-mail."""

import re
from datetime import date

import pytest
from sqlalchemy import select

from tracker.models import AuditEntry, OutboxMessage, Recess, Source, SyncState, utcnow
from tracker.services.sources import get_source, stream_state

from . import webdata
from .webdata import login, post

PAGES = ["/beheer/bronnen", "/beheer/kalender", "/beheer/uitgaande-email"]


def _audit(session, action):
    session.expire_all()
    return session.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()


@pytest.mark.parametrize("role", ["viewer", "clerk"])
def test_only_admins_reach_them(client, session, role):
    login(client, session, role)
    for page in PAGES:
        assert client.get(page).status_code == 403
    assert post(client, "/beheer/kalender", {"name": "zomerreces"}).status_code == 403


def test_the_admin_index_links_to_them(client, session):
    login(client, session, "admin")
    page = client.get("/beheer/").get_data(as_text=True)
    for path in PAGES:
        assert f'href="{path}"' in page


def test_sources_show_their_streams_and_a_feed_can_be_added_and_switched_off(client, session):
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    state = stream_state(session, tk, "Toezegging")
    state.last_success_at = utcnow()
    state.last_error = "https://gegevensmagazijn.tweedekamer.nl/…: HTTP 503 Service Unavailable"
    session.commit()
    login(client, session, "admin")
    page = client.get("/beheer/bronnen").get_data(as_text=True)
    assert "Tweede Kamer" in page and "Toezegging" in page and "HTTP 503" in page
    # a kind in words, a card per source on a phone (each cell named)
    assert "open data van de Tweede Kamer" in page and "<td>tk</td>" not in page
    assert '<table class="cards">' in page and 'data-label="Soort"' in page
    english = client.get("/beheer/bronnen?lang=en").get_data(as_text=True)
    assert "Tweede Kamer open data" in english and 'data-label="Kind"' in english
    client.get("/beheer/bronnen?lang=nl")

    post(client, "/beheer/bronnen/feed", {"name": "AI-nieuws", "url": "https://example.org/rss",
                                         "doc_type": "Nieuwsbericht"})
    feed = session.scalar(select(Source).where(Source.key == "feed:ai-nieuws"))
    assert feed.url == "https://example.org/rss" and feed.enabled
    assert feed.settings == {"doc_type": "Nieuwsbericht"}
    assert _audit(session, "feed_added")[0].detail["key"] == "feed:ai-nieuws"

    post(client, f"/beheer/bronnen/{feed.id}", {"enabled": "0"})
    session.refresh(feed)
    assert feed.enabled is False and _audit(session, "source_disabled")
    response = post(client, "/beheer/bronnen/feed", {"name": "", "url": "ftp://x"}, follow=True)
    assert "Geef een naam en een http(s)-adres op." in response.get_data(as_text=True)
    assert session.scalar(select(SyncState).where(SyncState.source_id == feed.id)) is None


def test_a_recess_is_corrected_added_and_removed(client, session):
    webdata.reference_data(session)
    login(client, session, "admin")
    page = client.get("/beheer/kalender").get_data(as_text=True)
    assert "kerstreces" in page and "geschat" in page
    post(client, "/beheer/kalender", {"chamber": "TK", "name": "kerstreces",
                                      "first_day": "2026-12-18", "last_day": "2027-01-18",
                                      "certainty": "published"})
    row = session.scalar(select(Recess).where(Recess.name == "kerstreces",
                                              Recess.first_day == date(2026, 12, 18)))
    assert (row.last_day, row.certainty) == (date(2027, 1, 18), "published")
    assert _audit(session, "recess_saved")[0].detail["updated"] == 1

    bad = post(client, "/beheer/kalender", {"chamber": "TK", "name": "kerstreces",
                                            "first_day": "2027-12-24", "last_day": "2027-12-01",
                                            "certainty": "published"}, follow=True)
    assert "eerste dag vóór de laatste" in bad.get_data(as_text=True)
    assert session.scalar(select(Recess).where(Recess.first_day == date(2027, 12, 24))) is None

    row_id = row.id
    post(client, f"/beheer/kalender/{row_id}/verwijderen", {})
    session.expire_all()
    assert session.get(Recess, row_id) is None
    assert _audit(session, "recess_deleted")


def test_dead_mail_is_visible_and_can_be_queued_again(client, session):
    message = OutboxMessage(recipient="griffie@example.org", kind="digest", period="2026-11-23",
                            subject="Toezeggingen: overzicht", body_text="…", state="dead",
                            attempts=8, last_error="SMTP 451 try again later")
    session.add(message)
    session.commit()
    login(client, session, "admin")
    page = client.get("/beheer/uitgaande-email?state=dead").get_data(as_text=True)
    assert "griffie@example.org" in page and "SMTP 451" in page
    # the kind and period in words (not "digest", "2026-11-23")
    assert "overzicht<br><span class=\"muted\">23 november 2026</span>" in page
    assert "Opgegeven berichten" in page
    post(client, f"/beheer/uitgaande-email/{message.id}/opnieuw", {})
    session.refresh(message)
    assert (message.state, message.attempts, message.last_error) == ("queued", 0, None)
    assert _audit(session, "mail_retried")[0].subject == f"outbox:{message.id}"
    again = post(client, f"/beheer/uitgaande-email/{message.id}/opnieuw", {}, follow=True)
    assert ("Niet opnieuw verstuurd: alleen een onbestelbaar of geannuleerd bericht kan "
            "opnieuw") in again.get_data(as_text=True)
    assert client.get("/beheer/uitgaande-email?state=lost").status_code == 400


def test_the_outbox_says_in_words_what_each_message_is_and_why_it_waits(client, session):
    session.add_all([
        OutboxMessage(recipient="a@example.org", kind="confirm", period="confirm:2026-12-05T20:5",
                      subject="Bevestig", body_text="…", state="queued", attempts=1,
                      last_error="cannot reach localhost:2: [Errno 111] Connection refused"),
        OutboxMessage(recipient="b@example.org", kind="digest", period="2026-W49",
                      subject="Overzicht", body_text="…", state="dead", attempts=8,
                      last_error="b@example.org refused: 550 5.1.1 user unknown")])
    session.commit()
    login(client, session, "admin")
    page = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get(
        "/beheer/uitgaande-email").get_data(as_text=True)))
    assert "bevestiging van aanmelding 5 december 2026, 20:50" in page  # was "confirm:…T20:5"
    assert "overzicht week 49 van 2026" in page
    assert "mailserver localhost:2 niet bereikbaar: [Errno 111] Connection refused" in page
    assert "b@example.org geweigerd: 550 5.1.1 user unknown" in page
    english = client.get("/beheer/uitgaande-email?lang=en").get_data(as_text=True)
    assert "cannot reach mail server localhost:2" in english and "week 49 of 2026" in english
