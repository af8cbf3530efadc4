"""Any RSS/Atom feed: parsed in every dialect, added by an administrator, synced with
conditional GET, malformed feeds kept as far as they go."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from scrapers.feeds import FeedError, paper_ids, parse_feed
from tracker.models import Document, Source, SyncState
from tracker.services.feeds import add_feed, sync_feeds

from .httpserver import LocalServer, Reply
from .sources import FIXTURES, SAMPLE, fetcher, quick

RSS2 = SAMPLE / "feeds/rijksoverheid-ai.xml"


# --- parser ----------------------------------------------------------------------------------


def test_rss_2_0():
    feed = parse_feed(RSS2.read_bytes(), "application/rss+xml; charset=utf-8")
    assert (feed.version, feed.bozo_reason) == ("rss20", None)
    assert [e.key for e in feed.entries] == [
        "rijksoverheid-2025-08-21-kabinetsreactie-rapportage-ai-algoritmerisicos",
        "2025D33508", "rijksoverheid-2025-04-generatieve-ai-standpunt"]
    letter = feed.entries[1]
    assert letter.published == datetime(2025, 7, 11, 14, 19, tzinfo=UTC)
    assert letter.link.endswith("did=2025D33508")
    assert letter.text.startswith("In deze brief informeert de staatssecretaris")
    assert "<p>" not in feed.entries[0].text and "AI & Algoritmerisico's" in feed.entries[0].text
    assert letter.author == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"


@pytest.mark.parametrize(("texts", "paper"), [
    (("x", "https://zoek.officielebekendmakingen.nl/kst-36600-VII-12.html"),
     ("kst-36600-VII-12", None)),
    (("https://zoek.officielebekendmakingen.nl/kst-21501-33-1056",), ("kst-21501-33-1056", None)),
    (("2025D33508", "https://www.tweedekamer.nl/detail?id=2025Z14618&did=2025D33508"),
     (None, "2025D33508")),
    (("rijksoverheid-2025-04-standpunt", "https://example.org/kst-overzicht", "12025D335081"),
     (None, None)),
])
def test_an_entry_names_its_paper_by_its_id_or_link(texts, paper):
    assert paper_ids(*texts) == paper


def test_rss_0_91_without_guid_or_date_is_keyed_by_its_link():
    (entry,) = parse_feed((FIXTURES / "feeds/rss091.xml").read_bytes()).entries
    assert entry.key == entry.link == ("https://www.eerstekamer.nl/eu/commissievergadering/"
                                       "20240709_digi")
    assert entry.published is None and "T03661" in entry.text


def test_rss_1_0_rdf():
    feed = parse_feed((FIXTURES / "feeds/rdf.xml").read_bytes())
    (entry,) = feed.entries
    assert feed.version == "rss10"
    assert entry.published == datetime(2025, 7, 15, 7, 30, tzinfo=UTC)
    assert entry.title == "Rapportage AI & Algoritmerisico's Nederland"


def test_atom_with_relative_links_html_content_and_tags():
    feed = parse_feed((FIXTURES / "feeds/atom.xml").read_bytes(), "application/atom+xml",
                      base_url="https://example.org/bzk/kamerbrieven.atom")
    letter, bare = feed.entries
    assert letter.key == "tag:example.org,2025:2025D33508"
    assert letter.link == "https://example.org/bzk/kamerbrieven/2025D33508"
    assert letter.text == ("Uitkomsten van de internetconsultatie van het reflectiedocument.\n\n"
                           "De brief gaat in op de toezeggingen over kenbaarheid en motivering.")
    assert letter.tags == ("algoritmen", "Awb")
    assert bare.link is None and bare.text == "Alleen een titel"


def test_a_malformed_feed_keeps_the_entries_read_before_the_fault():
    feed = parse_feed((FIXTURES / "feeds/bozo.xml").read_bytes())
    assert "undefined entity" in feed.bozo_reason
    assert [e.title for e in feed.entries] == ["Eerste bericht", "Tweede bericht"]
    assert feed.problems == ["entry 3 has neither an id nor a link"]


@pytest.mark.parametrize(("data", "reason"), [
    (b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>", "an HTML page"),
    (b"", "empty response"),
    (b"<?xml version='1.0'?><urlset><url/></urlset>", "not an RSS or Atom feed"),
])
def test_what_is_no_feed_at_all_is_an_error(data, reason):
    with pytest.raises(FeedError, match=reason):
        parse_feed(data)


# --- administration and sync -----------------------------------------------------------------


def test_feeds_add_list_remove(cli, session):
    assert "added feed:ministerie-bzk-kamerbrieven" in cli(
        "feeds", "add", "https://example.org/bzk.atom", "--name", "Ministerie BZK: Kamerbrieven",
        "--kind", "Kamerbrief", "--chamber", "TK").output
    assert "updated feed:ministerie-bzk-kamerbrieven" in cli(
        "feeds", "add", "https://example.org/bzk2.atom", "--name", "Ministerie BZK: Kamerbrieven"
    ).output
    listed = cli("feeds", "list").output
    assert listed.splitlines() == [
        "feed\tstate\tkind\tdocuments\tlast run\turl\tlast error",
        "feed:ministerie-bzk-kamerbrieven\tenabled\tKamerbrief\t0\tnever"
        "\thttps://example.org/bzk2.atom\t"]
    assert "disabled feed:ministerie-bzk-kamerbrieven" in cli(
        "feeds", "remove", "ministerie bzk: kamerbrieven").output
    assert "\tdisabled\t" in cli("feeds", "list").output
    source = session.scalar(select(Source).where(Source.kind == "feed"))
    assert source.settings == {"doc_type": "Kamerbrief", "chamber": "TK"}
    result = cli("feeds", "remove", "onbekend", expect=1)
    assert "no feed named 'onbekend'" in result.output
    cli("feeds", "add", "ftp://example.org/x", "--name", "x", expect=2)


@pytest.fixture
def feed_server():
    with LocalServer() as server:
        yield server


def _documents(session, key):
    session.expire_all()
    source = session.scalar(select(Source).where(Source.key == key))
    return {d.external_id: d for d in session.scalars(
        select(Document).where(Document.source_id == source.id))}


def test_sync_stores_entries_and_uses_conditional_get(feed_server, cli, session):
    quick(cli)
    body = {"data": RSS2.read_bytes(), "etag": '"a"'}

    def feed(request):
        if request.headers.get("if-none-match") == body["etag"]:
            return Reply(304)
        return Reply(200, body["data"], {"Content-Type": "application/rss+xml; charset=utf-8",
                                         "ETag": body["etag"],
                                         "Last-Modified": "Mon, 25 Aug 2025 07:00:00 GMT"})

    feed_server.routes["/rss"] = feed
    cli("feeds", "add", feed_server.url + "/rss", "--name", "AI-nieuws", "--kind",
        "Nieuwsbericht")
    assert cli("sync", "feeds").output.splitlines()[0] == \
        "feeds: inserted 3, updated 0, unchanged 0, errors 0"
    assert cli("sync", "feeds", "--name", "AI-nieuws").output.splitlines()[0] == \
        "feeds: inserted 0, updated 0, unchanged 0, errors 0, not modified 1"
    assert feed_server.requests[1].headers["if-none-match"] == '"a"'
    assert feed_server.requests[1].headers["if-modified-since"] == "Mon, 25 Aug 2025 07:00:00 GMT"

    docs = _documents(session, "feed:ai-nieuws")
    letter = docs["2025D33508"]
    assert (letter.doc_type, letter.date) == ("Nieuwsbericht", date(2025, 7, 11))
    assert letter.title.startswith("Analyse opbrengst internetconsultatie")
    assert letter.number == "2025D33508"  # known as the TK document it is
    assert docs["rijksoverheid-2025-04-generatieve-ai-standpunt"].number is None
    letter.extracted_at = datetime(2025, 8, 1, tzinfo=UTC)
    session.commit()

    body.update(etag='"b"', data=body["data"].replace(b"motivering.&lt;/p&gt;",
                                                      b"motivering, en kondigt een wetsvoorstel "
                                                      b"aan.&lt;/p&gt;"))
    assert cli("sync", "feeds", "--no-extract").output.splitlines()[0] == \
        "feeds: inserted 0, updated 1, unchanged 2, errors 0"
    letter = _documents(session, "feed:ai-nieuws")["2025D33508"]
    assert letter.text.endswith("en kondigt een wetsvoorstel aan.")
    assert letter.extracted_at is None  # changed text goes back to the extraction queue
    state = session.scalar(select(SyncState))
    assert state.etag == '"b"' and state.stats["version"] == "rss20"


def test_a_malformed_feed_is_logged_and_its_entries_kept(feed_server, cli, session, caplog):
    quick(cli)
    feed_server.routes["/nieuws"] = Reply(200, (FIXTURES / "feeds/bozo.xml").read_bytes(),
                                          {"Content-Type": "application/rss+xml"})
    cli("feeds", "add", feed_server.url + "/nieuws", "--name", "Nieuws")
    with caplog.at_level(logging.WARNING):
        result = cli("sync", "feeds")
    assert result.output.splitlines()[0] == ("feeds: inserted 2, updated 0, unchanged 0, errors 0, "
                                     "warnings 2")
    assert f"{feed_server.url}/nieuws: not well-formed (SAXParseException: undefined entity" \
        in caplog.text
    assert sorted(_documents(session, "feed:nieuws")) == ["https://example.org/nieuws/1",
                                                          "https://example.org/nieuws/2"]


@pytest.mark.parametrize(("reply", "reason"), [
    (Reply(200, b"<!DOCTYPE html><html><body>Onderhoud</body></html>",
           {"Content-Type": "text/html"}), "an HTML page where a feed was expected"),
    (Reply(500, b"Internal Server Error"), "HTTP 500"),
    (Reply(200, b"", delay=1.5), "timed out"),
], ids=["html", "500", "timeout"])
def test_a_failing_feed_is_an_error_and_loses_nothing(feed_server, cli, session, caplog,
                                                      reply, reason):
    quick(cli)
    cli.env["TRACKER_HTTP_TIMEOUT"] = "0.5"
    feed_server.routes["/rss"] = [Reply(200, RSS2.read_bytes(), {"ETag": '"a"'}), reply]
    feed_server.routes["/other"] = Reply(200, (FIXTURES / "feeds/rdf.xml").read_bytes())
    cli("feeds", "add", feed_server.url + "/rss", "--name", "AI")
    cli("feeds", "add", feed_server.url + "/other", "--name", "Toezicht")
    cli("sync", "feeds")
    with caplog.at_level(logging.ERROR):
        result = cli("sync", "feeds", expect=1)
    assert "unchanged 1, errors 1" in result.output  # the other feed still read
    assert f"{feed_server.url}/rss" in caplog.text and reason in caplog.text
    assert len(_documents(session, "feed:ai")) == 3
    state = session.scalar(select(SyncState).join(Source).where(Source.key == "feed:ai"))
    assert state.etag == '"a"' and reason in state.last_error


def test_a_removed_feed_is_not_synced_and_keeps_its_documents(feed_server, session):
    feed_server.routes["/rss"] = Reply(200, RSS2.read_bytes())
    source, created = add_feed(session, feed_server.url + "/rss", "AI")
    assert created
    with fetcher() as f:
        assert sync_feeds(session, f).inserted == 3
        source.enabled = False
        assert sync_feeds(session, f).counts()["inserted"] == 0
        assert len(feed_server.requests) == 1
        report = sync_feeds(session, f, "bestaat niet")
    assert report.errors == 1
    assert len(_documents(session, "feed:ai")) == 3
