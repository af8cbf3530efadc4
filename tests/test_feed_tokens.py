"""With public reading off, a personal token lets a calendar client subscribe, and only that."""

import dataclasses
import re

import pytest

from tracker import create_app
from tracker.services import accounts

from . import webdata
from .webdata import login


@pytest.fixture
def private_client(settings, clean_db):
    app = create_app(dataclasses.replace(settings, public_read=False))
    app.config["TESTING"] = True
    yield app.test_client()
    app.extensions["tracker"].engine.dispose()


def _calendar_link(page: str) -> str:
    return re.search(r'href="(/calendar\.ics\?[^"]*token=[^"]+)"', page).group(1).replace(
        "&amp;", "&")


def test_the_list_offers_a_personal_calendar_link_that_works_without_the_session(
        private_client, session):
    webdata.make(session)
    assert private_client.get("/calendar.ics").status_code == 302  # to the login page
    login(private_client, session, "viewer")
    link = _calendar_link(private_client.get("/toezeggingen").get_data(as_text=True))
    # another client (Outlook, say): no login session, only the URL
    with private_client.application.test_client() as outside:
        response = outside.get(link)
        assert response.status_code == 200
        assert response.mimetype == "text/calendar"
        assert "BEGIN:VEVENT" in response.get_data(as_text=True)
        feed = outside.get(link.replace("/calendar.ics", "/feed.atom"))
        assert feed.status_code == 200 and b"<feed" in feed.data
        # the token opens the feeds and the API, not the pages
        assert outside.get("/toezeggingen?" + link.split("?", 1)[1]).status_code == 302
        token = link.split("token=")[1].split("&")[0]
        assert outside.get(f"/api/v1/milestones?token={token}").status_code == 200
        assert outside.get("/api/v1/milestones").status_code == 401


def test_a_wrong_token_a_new_password_or_a_blocked_account_revokes_it(private_client, session):
    webdata.make(session)
    user = login(private_client, session, "viewer")
    link = _calendar_link(private_client.get("/toezeggingen").get_data(as_text=True))
    with private_client.application.test_client() as outside:
        assert outside.get(link).status_code == 200
        assert outside.get(link[:-3] + "xyz").status_code == 302
        accounts.set_password(user, "een heel ander wachtwoord 42")
        session.commit()
        assert outside.get(link).status_code == 302
    user = login(private_client, session, "clerk", email="griffier@example.org")
    link = _calendar_link(private_client.get("/toezeggingen").get_data(as_text=True))
    user.active = False
    session.commit()
    with private_client.application.test_client() as outside:
        assert outside.get(link).status_code == 302


def test_public_reading_needs_no_token(client, session):
    webdata.make(session)
    page = client.get("/toezeggingen").get_data(as_text=True)
    assert "token=" not in page
    assert client.get("/calendar.ics").status_code == 200
