"""Only http(s) links are stored from any source, and pages show links through one helper."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import select, update

from scrapers.eerstekamer import parse_page
from scrapers.officielebekendmakingen import parse_search_response
from scrapers.text import web_url
from tracker.models import Commitment, Document
from tracker.services.changes import Actor
from tracker.services.eerstekamer import import_page
from tracker.services.runs import SyncReport
from tracker.services.sources import get_source

from . import webdata

ROOT = Path(__file__).resolve().parent.parent
T03670 = ROOT / "sample/ek/T03670.html"
SRU = ROOT / "sample/koop/sru-kamerstukken.xml"
HOSTILE = ("javascript:alert(document.cookie)", " JavaScript:alert(1)", "data:text/html,<b>x",
           "file:///etc/passwd", "vbscript:msgbox(1)", "//evil.example/x", "http:///nohost")


@pytest.mark.parametrize("link", HOSTILE)
def test_only_http_addresses_are_links(link):
    assert web_url(link) is None


def test_http_addresses_and_relative_links_on_a_known_page_are():
    assert web_url("https://www.eerstekamer.nl/x") == "https://www.eerstekamer.nl/x"
    assert web_url("/toezegging/T03670", "https://www.eerstekamer.nl/a") == \
        "https://www.eerstekamer.nl/toezegging/T03670"


def _ek_with_heading_link(href: str) -> bytes:
    return T03670.read_bytes().replace(
        b"<h1>Toezegging Kenbaarheid", f'<h1><a href="{href}">Toezegging Kenbaarheid'.encode()
    ).replace(b"(T03670)</h1>", b"(T03670)</a></h1>")


def test_an_ek_heading_link_with_another_scheme_is_dropped_with_a_warning(session, caplog):
    data = _ek_with_heading_link("javascript:alert(document.cookie)")
    (c,) = parse_page(data, "https://www.eerstekamer.nl/toezegging/T03670").commitments
    assert c.url == "https://www.eerstekamer.nl/toezegging/T03670"  # the page itself
    assert any("javascript:alert" in p and "not an http(s) address" in p for p in c.problems)
    report = SyncReport("ek")
    with caplog.at_level(logging.WARNING):
        import_page(session, get_source(session, "ek", kind="ek", name="EK"), data,
                    where="T03670.html", actor=Actor("sync", "ek"), report=report)
    stored = session.scalar(select(Commitment).where(Commitment.number == "T03670"))
    assert stored.url is None or stored.url.startswith("https://")
    assert report.warnings >= 1 and "T03670.html" in caplog.text


def test_a_koop_preferred_url_with_another_scheme_is_dropped():
    data = SRU.read_bytes().replace(
        b"<gzd:preferredUrl>https://zoek.officielebekendmakingen.nl/kst-22112-3221.html",
        b"<gzd:preferredUrl>javascript:alert(1)//")
    record = next(r for r in parse_search_response(data).records
                  if r.identifier == "kst-22112-3221")
    assert record.preferred_url is None
    assert record.html_url == "https://zoek.officielebekendmakingen.nl/kst-22112-3221.html"
    assert record.notes and "javascript:alert(1)//" in record.notes[0]


def test_the_models_refuse_other_schemes_whatever_wrote_them(session, caplog):
    d = webdata.make(session)
    with caplog.at_level(logging.WARNING):
        d.letter.url = "javascript:alert(1)"
        d.tk_open.url = "data:text/html,<script>alert(1)</script>"
    assert d.letter.url is None and d.tk_open.url is None
    assert "documents.url: dropped 'javascript:alert(1)'" in caplog.text
    d.letter.url = "https://www.tweedekamer.nl/kamerstukken/x"
    assert d.letter.url == "https://www.tweedekamer.nl/kamerstukken/x"


def test_pages_never_show_a_stored_script_link(client, session):
    # rows written before this check existed (or by raw SQL) still hold such links
    d = webdata.make(session)
    session.commit()
    session.execute(update(Commitment).where(Commitment.id == d.tk_open.id)
                    .values(url="javascript:alert(1)"))
    session.execute(update(Document).where(Document.id == d.letter.id)
                    .values(url=" javascript:alert(2)"))
    session.commit()
    for path in (f"/toezeggingen/{d.tk_open.id}", f"/documenten/{d.letter.id}"):
        page = client.get(path).get_data(as_text=True)
        assert "javascript:" not in page.lower(), path
        # a TK promise still links the Kamer's own page, built from its number; the stored
        # (open data) link is the one left out
        assert "open data</a>" not in page and (
            "bekijk bij de bron" not in page or "tweedekamer.nl/kamerstukken" in page)
