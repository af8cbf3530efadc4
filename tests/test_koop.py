"""Kamerstukken from KOOP: SRU responses and document XML parsed, synced from a local server."""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import func, select

from scrapers.officielebekendmakingen import (
    KoopError,
    build_query,
    parse_kamerstuk,
    parse_search_response,
)
from tracker.models import Document, Source, SyncState
from tracker.services.details import details_of
from tracker.services.koop import sync_koop

from .httpserver import LocalServer, Reply, Request
from .sources import FIXTURES, SAMPLE, fetcher, quick, recorded

PAGE1 = FIXTURES / "koop/sru-page1.xml"
PAGE2 = FIXTURES / "koop/sru-page2.xml"
IDENTIFIERS = ["kst-22112-3221", "kst-26643-1029", "kst-26643-1056"]


# --- parsers ---------------------------------------------------------------------------------


def test_search_response_gives_records_with_their_metadata():
    page = parse_search_response((SAMPLE / "koop/sru-kamerstukken.xml").read_bytes())
    assert page.number_of_records == 3 and page.next_position is None and page.problems == []
    ai_act = page.records[0]
    assert ai_act.identifier == "kst-22112-3221"
    assert (ai_act.dossier, ai_act.ondernummer, ai_act.vergaderjaar) == ("22112", "3221",
                                                                        "2021-2022")
    assert "Verordening betreffende Kunstmatige Intelligentie" in ai_act.title
    assert ai_act.doc_type == "Kamerstuk" and ai_act.subrubriek == "Verslag"
    assert ai_act.chamber == "TK" and ai_act.date == date(2021, 11, 5)
    assert ai_act.modified == "2024-02-19"
    assert ai_act.xml_url.endswith("/kst/22112/kst-22112-3221/1/xml/kst-22112-3221.xml")
    assert set(ai_act.item_urls) == {"html", "metadata", "pdf", "xml"}
    assert ai_act.html_url == "https://zoek.officielebekendmakingen.nl/kst-22112-3221.html"


def test_search_response_pages_with_next_record_position():
    first = parse_search_response(PAGE1.read_bytes())
    assert [r.identifier for r in first.records] == IDENTIFIERS[:2]
    assert (first.number_of_records, first.next_position) == (3, 3)
    assert parse_search_response(PAGE2.read_bytes()).next_position is None


def test_a_record_without_identifier_is_skipped_not_the_page():
    data = PAGE1.read_bytes().replace(b"<dcterms:identifier>kst-22112-3221</dcterms:identifier>",
                                      b"")
    page = parse_search_response(data)
    assert [r.identifier for r in page.records] == ["kst-26643-1029"]
    assert page.problems == ["record 1: no dcterms:identifier"]


SRU_1_2 = (b'<?xml version="1.0"?><srw:searchRetrieveResponse '
           b'xmlns:srw="http://www.loc.gov/zing/srw/"><srw:version>1.2</srw:version>'
           b"<srw:numberOfRecords>0</srw:numberOfRecords></srw:searchRetrieveResponse>")
DIAGNOSTIC = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><searchRetrieveResponse '
              b'xmlns="http://docs.oasis-open.org/ns/search-ws/sruResponse" '
              b'xmlns:ns3="http://docs.oasis-open.org/ns/search-ws/diagnostic"><version>2.0'
              b"</version><diagnostics><ns3:diagnostic><ns3:uri>info:srw/diagnostic/1/10"
              b"</ns3:uri><ns3:message>line 1:13 mismatched input 'c.product-area'"
              b"</ns3:message></ns3:diagnostic></diagnostics></searchRetrieveResponse>")
HTML_ERROR = (b"<!DOCTYPE html><html><head><title>Storing</title></head><body><h1>Er is een "
              b"storing</h1><p>Probeer het later opnieuw.</p></body></html>")


@pytest.mark.parametrize(("data", "reason"), [
    (PAGE1.read_bytes()[:3000], "not well-formed XML"),
    (SRU_1_2, "not an SRU 2.0"),
    (HTML_ERROR, "an HTML page"),
    (b"", "empty response"),
    (DIAGNOSTIC, "the server reports: line 1:13 mismatched input"),
    (b'<?xml version="1.0"?><x:searchRetrieveResponse xmlns:x="http://docs.oasis-open.org/ns/'
     b'search-ws/sruResponse"><x:numberOfRecords>many</x:numberOfRecords>'
     b"</x:searchRetrieveResponse>", "numberOfRecords is 'many'"),
], ids=["truncated", "wrong-namespace", "html", "empty", "diagnostic", "bad-count"])
def test_bad_search_responses_say_what_is_wrong(data, reason):
    with pytest.raises(KoopError, match=reason):
        parse_search_response(data)


def test_kamerstuk_text_keeps_footnotes_apart_and_undoes_hyphenation():
    stuk = parse_kamerstuk((FIXTURES / "koop/kst-26643-672.xml").read_bytes())
    assert (stuk.dossier, stuk.ondernummer, stuk.chamber) == ("26643", "672", "TK")
    assert stuk.title.startswith("BRIEF VAN DE MINISTERS")
    body = stuk.body
    assert "Binnenlandse zaken en Koninkrijksrelaties deze toezeggingen" in body
    assert "subsidiariteitsbeginsel" in body and "proportionaliteits- en het" in body
    assert "AI-toepassingen" in body and "data-gedreven" in body and "VN-rapporteur" in body
    assert "Amnesty International rapport" in body  # a typesetting instruction inside a word
    # footnotes: a marker in the body, the text apart
    assert "Amnesty International[1] en het rapport" in body
    assert "door overheden.[2] Ook is" in body
    assert "amnesty.org" not in body and "overweging 39" not in body
    assert [f.number for f in stuk.footnotes] == ["1", "2", "19"]
    assert stuk.footnotes[1].text == ("Report of the Special rapporteur on extreme poverty and "
                                      "human rights, Seventy-fourth session, item 72(b), "
                                      "11 October 2019.")
    assert "(overweging 39)" in stuk.footnotes[2].text
    assert "Den Haag, 13 maart 2020" in body.split("\n\n")
    assert body.split("\n\n")[0] == "26 643 Informatie- en communicatietechnologie (ICT)"


def test_kamerstuk_lists_headings_and_tables_become_paragraphs():
    xml = (b"<officiele-publicatie><kamerstuk><stuk><titel>NOTA</titel><algemeen><vrije-tekst>"
           b"<tekst><divisie><kop><nr>1.</nr><titel>Inleiding</titel></kop>"
           b"<lijst><li><li.nr>a.</li.nr><al>eerste;</al></li><li><li.nr>b.</li.nr>"
           b"<al>tweede.</al></li></lijst>"
           b"<table><tgroup cols='2'><tbody><row><entry><al>Jaar</al></entry>"
           b"<entry><al>2026</al></entry></row></tbody></tgroup></table>"
           b"</divisie></tekst></vrije-tekst></algemeen></stuk></kamerstuk>"
           b"</officiele-publicatie>")
    assert parse_kamerstuk(xml).body.split("\n\n") == [
        "NOTA", "1. Inleiding", "a. eerste;", "b. tweede.", "Jaar 2026"]


@pytest.mark.parametrize(("data", "reason"), [
    (b'<officiele-publicatie xmlns="http://www.w3.org/1999/xhtml"/>', "has no namespace"),
    (b"<html><body>503</body></html>", "an HTML page"),
    (b"<toestand><wetgeving/></toestand>", "not <officiele-publicatie>"),
    (b"<officiele-publicatie><staatscourant/></officiele-publicatie>", "no <kamerstuk>"),
    (b"<officiele-publicatie><kamerstuk><stuk><al>", "not well-formed"),
    (b"<officiele-publicatie><kamerstuk/></officiele-publicatie>", "has no text"),
])
def test_bad_kamerstuk_xml_says_what_is_wrong(data, reason):
    with pytest.raises(KoopError, match=reason):
        parse_kamerstuk(data)


def test_queries():
    assert build_query() == ("c.product-area==officielepublicaties AND "
                             "w.publicatienaam==Kamerstuk")
    assert build_query("x", since=date(2025, 11, 1), dossiers=["26643", "36600-VII"]) == (
        'x AND (w.dossiernummer=="26643" OR w.dossiernummer=="36600-VII") '
        "AND dt.modified>=2025-11-01")


# --- sync against a local server ------------------------------------------------------------


class Koop:
    """A local stand-in for repository.overheid.nl: the SRU endpoint and the document XML."""

    def __init__(self, server: LocalServer) -> None:
        self.server = server
        self.pages = {1: recorded(PAGE1, server.url), 3: recorded(PAGE2, server.url)}
        self.page_replies: dict[int, Reply] = {}
        server.routes["/sru"] = self._search
        for identifier in IDENTIFIERS:
            dossier = identifier.split("-")[1]
            path = f"/frbr/officielepublicaties/kst/{dossier}/{identifier}/1/xml/{identifier}.xml"
            server.routes[path] = Reply(200, (SAMPLE / f"koop/{identifier}.xml").read_bytes(),
                                        {"Content-Type": "application/xml"})

    @property
    def url(self) -> str:
        return self.server.url + "/sru"

    def _search(self, request: Request) -> Reply:
        start = int(parse_qs(urlsplit(request.path).query)["startRecord"][0])
        if start in self.page_replies:
            return self.page_replies[start]
        return Reply(200, self.pages[start], {"Content-Type": "application/xml"})

    def searches(self) -> list[dict[str, str]]:
        return [{k: v[0] for k, v in parse_qs(urlsplit(r.path).query).items()}
                for r in self.server.requests if r.path.startswith("/sru")]

    def documents_fetched(self) -> list[str]:
        return [r.path.rsplit("/", 1)[1] for r in self.server.requests
                if r.path.startswith("/frbr")]

    def xml_route(self, identifier: str) -> str:
        return next(p for p in self.server.routes if p.endswith(f"/{identifier}.xml"))


@pytest.fixture
def koop():
    with LocalServer() as server:
        yield Koop(server)


def _docs(session):
    source = session.scalar(select(Source).where(Source.key == "koop"))
    if source is None:
        return {}
    return {d.external_id: d for d in session.scalars(
        select(Document).where(Document.source_id == source.id))}


def test_sync_pages_through_the_search_and_stores_the_kamerstukken(koop, session):
    with fetcher() as f:
        report = sync_koop(session, f, sru_url=koop.url, today=date(2026, 11, 23))
    assert report.counts()["inserted"] == 3 and report.errors == 0
    searches = koop.searches()
    assert [s["startRecord"] for s in searches] == ["1", "3"]
    assert all(s["httpAccept"] == "application/xml" and s["version"] == "2.0" and
               s["operation"] == "searchRetrieve" for s in searches)
    # a first run looks back 30 days
    assert searches[0]["query"] == ("c.product-area==officielepublicaties AND "
                                    "w.publicatienaam==Kamerstuk AND dt.modified>=2026-10-24")
    docs = _docs(session)
    assert sorted(docs) == IDENTIFIERS
    doc = docs["kst-26643-1056"]
    assert (doc.identifier, doc.dossier, doc.ondernummer, doc.chamber) == (
        "kst-26643-1056", "26643", "1056", "TK")
    assert doc.date == date(2023, 7, 7) and doc.doc_type == "Brief"
    assert doc.url == "https://zoek.officielebekendmakingen.nl/kst-26643-1056.html"
    assert "Werkagenda Waardengedreven Digitaliseren[1] is uitgewerkt" in doc.text
    assert doc.extracted_at is None  # waiting for the extraction engine
    assert details_of(session, doc)["footnotes"] == [
        {"number": "1", "text": "Werkagenda Waardengedreven Digitaliseren, Kamerstuk 26 643."}]
    state = session.scalar(select(SyncState))
    assert state.cursor == "2026-11-23" and state.last_error is None


def test_a_second_sync_changes_nothing_and_fetches_no_text_again(koop, session):
    with fetcher() as f:
        sync_koop(session, f, sru_url=koop.url, today=date(2026, 11, 23))
        before = {k: (d.text, d.updated_at) for k, d in _docs(session).items()}
        report = sync_koop(session, f, sru_url=koop.url, today=date(2026, 11, 24))
    assert report.summary() == "koop: inserted 0, updated 0, unchanged 3, errors 0"
    assert koop.documents_fetched() == [f"{i}.xml" for i in IDENTIFIERS]  # once each
    assert koop.searches()[-1]["query"].endswith("dt.modified>=2026-11-23")  # the cursor
    assert {k: (d.text, d.updated_at) for k, d in _docs(session).items()} == before


def test_a_modified_kamerstuk_is_fetched_again_and_queued_for_extraction(koop, session):
    with fetcher() as f:
        sync_koop(session, f, sru_url=koop.url)
        doc = _docs(session)["kst-26643-1056"]
        doc.extracted_at = datetime(2026, 11, 23, 12, tzinfo=UTC)  # the engine read it
        session.flush()
        koop.pages[3] = koop.pages[3].replace(b"<dcterms:modified>2024-07-11<",
                                              b"<dcterms:modified>2026-11-24<")
        route = koop.xml_route("kst-26643-1056")
        koop.server.routes[route] = Reply(200, koop.server.routes[route].body.replace(
            b"in goede banen wil leiden.", b"in goede banen wil leiden en wat daarvoor nodig is."))
        report = sync_koop(session, f, sru_url=koop.url)
    assert (report.updated, report.unchanged) == (1, 2)
    session.refresh(doc)
    assert doc.text.endswith("en wat daarvoor nodig is.")
    assert doc.extracted_at is None
    assert details_of(session, doc)["modified"] == "2026-11-24"


def test_what_only_the_text_said_survives_a_run_that_does_not_fetch_it(koop, session):
    koop.pages[3] = re.sub(rb"<dcterms:title>[^<]*</dcterms:title>", b"", koop.pages[3])
    with fetcher() as f:
        sync_koop(session, f, sru_url=koop.url)
        second = sync_koop(session, f, sru_url=koop.url)
    assert second.unchanged == 3
    doc = _docs(session)["kst-26643-1056"]
    assert doc.title == "BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN EN " \
                        "KONINKRIJKSRELATIES"  # from the XML, kept


@pytest.mark.parametrize(("reply", "reason"), [
    (Reply(200, PAGE2.read_bytes()[:1500], {"Content-Type": "application/xml"}),
     "not well-formed XML"),
    (Reply(200, HTML_ERROR, {"Content-Type": "text/html"}), "an HTML page"),
    (Reply(200, SRU_1_2, {"Content-Type": "application/xml"}), "not an SRU 2.0"),
    (Reply(500, b"Internal Server Error"), "HTTP 500"),
    (Reply(200, b"", delay=1.5), "timed out"),
], ids=["truncated", "html", "wrong-namespace", "500", "timeout"])
def test_a_bad_second_page_loses_nothing_and_resumes_next_time(koop, cli, session, caplog,
                                                                reply, reason):
    quick(cli)
    cli.env["TRACKER_HTTP_TIMEOUT"] = "0.5"
    koop.page_replies[3] = reply
    with caplog.at_level(logging.ERROR):
        result = cli("sync", "koop", "--sru-url", koop.url, expect=1)
    assert "koop: inserted 2, updated 0, unchanged 0, errors 1" in result.output
    failure = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(failure) == 1 and koop.url in failure[0] and reason in failure[0]
    assert "startRecord=3" in failure[0]
    assert sorted(_docs(session)) == IDENTIFIERS[:2]  # page 1 was kept
    state = session.scalar(select(SyncState))
    assert state.cursor is None and reason in state.last_error
    assert state.stats["resume"]["position"] == 3

    del koop.page_replies[3]
    result = cli("sync", "koop", "--sru-url", koop.url)
    assert "koop: inserted 1, updated 0, unchanged 0, errors 0" in result.output
    assert koop.searches()[-1]["startRecord"] == "3"  # resumed, page 1 not read again
    session.expire_all()
    state = session.scalar(select(SyncState))
    assert state.cursor is not None and state.last_error is None and state.stats["resume"] is None
    assert sorted(_docs(session)) == IDENTIFIERS


def test_a_document_whose_xml_fails_is_kept_and_fetched_at_the_next_run(koop, session, caplog):
    route = koop.xml_route("kst-26643-1029")
    good = koop.server.routes[route]
    koop.server.routes[route] = Reply(500, b"down")
    with fetcher() as f, caplog.at_level(logging.ERROR):
        report = sync_koop(session, f, sru_url=koop.url)
        assert report.errors == 1 and report.inserted == 3
        assert any("kst-26643-1029" in r.getMessage() and route in r.getMessage()
                   for r in caplog.records)
        doc = _docs(session)["kst-26643-1029"]
        assert doc.text is None and doc.title  # metadata kept, text missing
        assert "modified" not in details_of(session, doc)
        koop.server.routes[route] = good
        report = sync_koop(session, f, sru_url=koop.url)
    assert report.errors == 0 and report.updated == 1
    session.refresh(doc)
    assert doc.text.startswith("26 643 Informatie- en communicatietechnologie")


def test_html_where_the_document_xml_should_be_is_an_error(koop, session, caplog):
    koop.server.routes[koop.xml_route("kst-22112-3221")] = Reply(200, HTML_ERROR)
    with fetcher() as f, caplog.at_level(logging.ERROR):
        report = sync_koop(session, f, sru_url=koop.url)
    assert report.errors == 1
    assert "kst-22112-3221" in caplog.text and "an HTML page" in caplog.text


def test_max_records_inside_a_page_remembers_the_next_record(koop, session):
    with fetcher() as f:
        report = sync_koop(session, f, sru_url=koop.url, max_records=1)
    state = session.scalar(select(SyncState))
    assert report.inserted == 1 and report.errors == 0
    assert state.cursor is None  # the pass is not complete
    assert state.stats["resume"]["position"] == 2
    assert state.stats["resume"]["query"] == koop.searches()[0]["query"]


def test_max_records_at_a_page_boundary_resumes_at_the_next_page(koop, session):
    with fetcher() as f:
        first = sync_koop(session, f, sru_url=koop.url, max_records=2)
        state = session.scalar(select(SyncState))
        assert first.inserted == 2 and state.stats["resume"]["position"] == 3
        second = sync_koop(session, f, sru_url=koop.url)
    assert [s["startRecord"] for s in koop.searches()] == ["1", "3"]
    assert second.inserted == 1 and sorted(_docs(session)) == IDENTIFIERS
    assert state.cursor is not None


def test_cli_sync_koop_with_dossiers_and_since(koop, cli, session):
    quick(cli)
    result = cli("sync", "koop", "--sru-url", koop.url, "--dossier", "26643", "--dossier",
                 "22112", "--since", "2024-01-01")
    assert "koop: inserted 3, updated 0, unchanged 0, errors 0\n" in result.output
    query = koop.searches()[0]["query"]
    assert query == ('c.product-area==officielepublicaties AND w.publicatienaam==Kamerstuk AND '
                     '(w.dossiernummer=="26643" OR w.dossiernummer=="22112") AND '
                     "dt.modified>=2024-01-01")
    assert session.scalar(select(func.count()).select_from(Document)) == 3
    result = cli("sync", "koop", "--sru-url", koop.url, "--query", "w.dossiernummer==26643")
    assert koop.searches()[-1]["query"] == "w.dossiernummer==26643"  # no cursor, no lookback
    assert "unchanged 3" in result.output


def test_sync_reads_the_new_documents_for_candidates_unless_told_not_to(koop, cli, session):
    result = cli("sync", "koop", "--sru-url", koop.url, "--no-extract")
    assert "extraction:" not in result.output
    assert all(d.extracted_at is None for d in _docs(session).values())
    result = cli("sync", "koop", "--sru-url", koop.url)
    assert "extraction: documents 3," in result.output
    session.expire_all()
    assert all(d.extracted_at is not None for d in _docs(session).values())
    assert "extraction: documents 0," in cli("sync", "koop", "--sru-url", koop.url).output
