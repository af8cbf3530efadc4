"""Issue 15's smaller failures: session lifetime, instance folder, TK entity references and
truncated Eerste Kamer pages."""

from __future__ import annotations

import dataclasses
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

from sqlalchemy import func, select

from scrapers.eerstekamer import parse_page
from scrapers.tweedekamer import parse_page as parse_syncfeed
from tracker import create_app
from tracker.config import Settings
from tracker.models import Commitment
from tracker.services.eerstekamer import import_files

from .webdata import PASSWORD, csrf_token

ROOT = Path(__file__).resolve().parent.parent
T03670 = ROOT / "sample/ek/T03670.html"
TOEZEGGING = ROOT / "tests/fixtures/tk/toezegging-later.xml"


def _session_cookie(response) -> str:
    (cookie,) = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    return cookie


def _log_in(client, session):
    from tracker.services.accounts import create_user

    create_user(session, "clerk@example.org", PASSWORD, "clerk")
    session.commit()
    return client.post("/inloggen", data={"email": "clerk@example.org", "password": PASSWORD,
                                          "csrf_token": csrf_token(client, "/inloggen")})


def test_a_login_lasts_twelve_hours_not_a_month(client, session):
    response = _log_in(client, session)
    assert response.status_code == 302
    cookie = _session_cookie(response)
    expires = parsedate_to_datetime(cookie.split("Expires=")[1].split(";")[0])
    left = expires - datetime.now(UTC)
    assert timedelta(hours=11, minutes=58) < left <= timedelta(hours=12)


def test_the_server_refuses_a_session_past_its_lifetime(settings, session):
    app = create_app(dataclasses.replace(settings, session_hours=1 / 3600))
    app.config["TESTING"] = True
    client = app.test_client()
    try:
        assert _log_in(client, session).status_code == 302
        assert client.get("/beheer/").status_code == 403  # signed in: a clerk, not an admin
        time.sleep(2.1)  # itsdangerous counts whole seconds
        assert client.get("/beheer/").status_code == 302  # to the login page again
    finally:
        app.extensions["tracker"].engine.dispose()


def test_the_instance_folder_holds_the_default_database(tmp_path):
    folder = tmp_path / "elders"
    settings = Settings.from_env({"TRACKER_INSTANCE_PATH": str(folder)})
    assert settings.database_url == f"sqlite:///{folder}/tracker.db"
    assert Settings.from_env({}).database_url == "sqlite:///instance/tracker.db"
    given = Settings.from_env({"TRACKER_INSTANCE_PATH": str(folder),
                               "TRACKER_DATABASE_URL": "sqlite:///elsewhere.db"})
    assert given.database_url == "sqlite:///elsewhere.db"


def test_tracker_db_upgrade_creates_the_file_in_the_instance_folder(tmp_path):
    import os
    import subprocess
    import sys

    folder = tmp_path / "state"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    env["TRACKER_INSTANCE_PATH"] = str(folder)
    result = subprocess.run([sys.executable, "-m", "tracker", "db", "upgrade"], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (folder / "tracker.db").is_file()
    assert not (tmp_path / "instance").exists()


def _with_entities(text: bytes) -> bytes:
    data = TOEZEGGING.read_bytes()
    start = data.index(b"<tk:tekst>") + len(b"<tk:tekst>") if b"<tk:tekst>" in data else None
    assert start is not None
    end = data.index(b"</tk:tekst>", start)
    declaration = (b'<!DOCTYPE feed [<!ENTITY nbsp "&#160;"><!ENTITY mvg "met vriendelijke '
                   b'groet"><!ENTITY ext SYSTEM "file:///etc/passwd">]>\n')
    head = data[:data.index(b"<feed")]
    return head + declaration + data[data.index(b"<feed"):start] + text + data[end:]


def test_an_entity_reference_does_not_blank_a_tk_text():
    data = _with_entities(b"&nbsp;De minister zegt toe&nbsp;de Kamer te informeren, &mvg;. "
                          b"Zie &ext; en <tk:b>dit</tk:b> slot.")
    page = parse_syncfeed(data)
    texts = [e.record.tekst for e in page.entries if getattr(e.record, "tekst", None)]
    assert texts, page.bad
    text = texts[0]
    assert text == ("De minister zegt toe\u00a0de Kamer te informeren, met vriendelijke groet. "
                    "Zie &ext; en dit slot.")
    assert "/etc/passwd" not in text and "root:" not in text  # nothing external is read


def test_an_ek_page_cut_off_mid_record_is_an_error_not_a_commitment(session, tmp_path):
    whole = T03670.read_bytes()
    cut = whole[:whole.index(b"<dt>Deadline</dt>")]  # after the heading, text and status
    assert parse_page(cut).truncated
    path = tmp_path / "T03670.html"
    path.write_bytes(cut)
    report = import_files(session, [path])
    assert report.errors == 1 and "stops before its end" in report.messages[0]
    assert session.scalar(select(func.count()).select_from(Commitment)) == 0
    # the whole page, and one with a comment after its end, read as before
    path.write_bytes(whole + b"\n<!-- served by node 3 -->\n")
    assert import_files(session, [path]).inserted == 1


def test_a_sync_stopped_by_a_trickling_or_oversized_page_loses_nothing(sessions, session):
    """The done-when of issue 15: the fetch ends within the deadline and the size, with a
    clear error, and what came before stays (a next run carries on from there)."""
    from scrapers.http import Fetcher
    from tracker.runs.tk import sync_tk

    from .httpserver import LocalServer, Reply
    from .tkfeed import SyncFeed, read_page, serve_sample

    later = read_page("toezegging-later.xml")
    with LocalServer() as server:
        feed = SyncFeed(server)
        serve_sample(feed)
        for bad, limits, message in (
                (Reply(200, later, trickle=0.05), {"deadline": 1.5}, "within 1.5 s"),
                (Reply(200, later * 40), {"max_bytes": len(later) * 10}, "allowed")):
            feed.add("Toezegging", "38400005", bad)
            with Fetcher(delay=0, retries=1, timeout=1, **limits) as fetcher:
                started = time.monotonic()
                (result,) = sync_tk(sessions, fetcher, feed.url, ["Toezegging"])
                assert time.monotonic() - started < 5
            assert result.error and message in result.error and "38400005" in result.error
            assert result.cursor == "38400005"  # the first page stays stored, cursor after it
            stored = session.scalar(select(func.count()).select_from(Commitment))
            assert stored > 0
        feed.add("Toezegging", "38400005", later)
        with Fetcher(delay=0, retries=0, timeout=5) as fetcher:
            (result,) = sync_tk(sessions, fetcher, feed.url, ["Toezegging"])
        assert result.error is None and result.pages >= 1
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(Commitment)) >= stored


def test_a_reader_who_only_reads_gets_no_session_cookie(client):
    # Pages without a form make no CSRF token, so no session is started for them: nothing is
    # stored about a reader who only reads, and no cookie is signed for every page they open.
    for path in ("/", "/toezeggingen", "/toezeggingen?status=open", "/mijlpalen"):
        response = client.get(path)
        assert response.status_code == 200
        assert not [c for c in response.headers.getlist("Set-Cookie")
                    if c.startswith("session=")], path
    # a form still gets its token, and a session to check it against
    response = client.get("/inloggen")
    assert 'name="csrf_token" value="' in response.get_data(as_text=True)
    assert _session_cookie(response)
