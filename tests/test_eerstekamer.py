"""The Eerste Kamer registry: pages in three layouts parsed, synced and imported with history."""

from __future__ import annotations

import json
import logging
from datetime import date

import pytest
from sqlalchemy import func, select

from scrapers.eerstekamer import ministry_of, parse_page
from tracker.models import Commitment, HistoryEntry, SyncState
from tracker.services.details import details_of
from tracker.services.eerstekamer import sync_ek

from .httpserver import LocalServer, Reply
from .sources import FIXTURES, SAMPLE, fetcher, quick

T03670 = SAMPLE / "ek/T03670.html"
RAPPEL = SAMPLE / "ek/rappel-bzk.html"
LINES = FIXTURES / "ek/T01237-regels.html"
BASE = "https://www.eerstekamer.nl"


def moved(page: bytes) -> bytes:
    """T03670 after the committee moved its deadline again (the page overwrites the old one)."""
    return page.replace(b"<dd>1 januari 2026</dd>", b"<dd>1 juli 2026</dd>").replace(
        b"</tbody>", b"<tr><td>13 januari 2026</td><td>Deadline gewijzigd van 1 januari 2026 "
                     b"naar 1 juli 2026 door de commissie</td></tr></tbody>")


# --- parser ----------------------------------------------------------------------------------


def test_commitment_page_with_a_definition_list():
    (c,) = parse_page(T03670.read_bytes(), f"{BASE}/toezegging/T03670").commitments
    assert c.number == "T03670"
    assert c.title == "Kenbaarheid en motivering van AI-gebruik binnen de Awb"
    assert c.dossiers == ("CXLVII",)
    assert c.text.startswith("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties "
                             "zegt de Kamer toe dat de kenbaarheid")
    assert (c.status, c.made_on, c.deadline) == ("openstaand", date(2023, 3, 21),
                                                 date(2026, 1, 1))
    assert c.former_responsible == ("staatssecretaris Koninkrijksrelaties en Digitalisering",)
    assert c.current_responsible == ("Staatssecretaris van Binnenlandse Zaken en "
                                     "Koninkrijksrelaties",)
    assert c.ministry == "Binnenlandse Zaken en Koninkrijksrelaties"
    assert c.committee == "commissie voor Digitalisering (DIGI)"
    assert (c.activity_type, c.category) == ("Plenaire vergadering", "overig")
    assert c.subjects == ("algoritmen", "Algemene wet bestuursrecht", "kunstmatige intelligentie")
    assert c.kamerstukken == ("Grip op algoritmische besluitvorming bij de overheid (CXLVII)",)
    (quote,) = c.quotes
    assert quote.citation.startswith("Kamerstukken I 2024/25, CXLVII")
    assert quote.text.endswith("het Franse voorbeeld wordt meegenomen (T03670).")
    (source_document,) = c.documents
    assert source_document.url == f"{BASE}/9370000/1/j9vvkfvj6b325az/vm1kls9745yc"
    assert [(h.date, h.deadline_from, h.deadline_to) for h in c.history] == [
        (date(2023, 3, 21), None, None),
        (date(2024, 7, 2), date(2024, 1, 1), date(2025, 7, 1)),
        (date(2025, 7, 8), date(2025, 7, 1), date(2026, 1, 1)),
    ]
    assert c.url == f"{BASE}/toezegging/T03670" and c.problems == ()


def test_rappel_page_with_tables_holds_several_commitments():
    page = parse_page(RAPPEL.read_bytes(), f"{BASE}/rappel?ministerie=x&rappel=y")
    assert [c.number for c in page.commitments] == ["T01970", "T03670"]
    assert page.problems == []
    first, second = page.commitments
    assert first.dossiers == ("33.344",)
    assert first.status == "deels voldaan" and first.deadline == date(2025, 7, 1)
    assert first.responsible == ("Minister van Binnenlandse Zaken en Koninkrijksrelaties",)
    assert first.members[0] == "prof. dr. S.C. van Bijsterveld (CDA)" and len(first.members) == 6
    assert first.subjects == ("Algemene wet gelijke behandeling", "huwelijken",
                              "weigerambtenaren")
    (quote,) = first.quotes
    assert quote.citation == "Handelingen I 2013-2014, nr. 31, item 10 - blz. 3"
    assert quote.text.startswith("Mevrouw Van Bijsterveld (CDA)")
    # the page footer after the last commitment is not part of it
    assert second.quotes == () and second.history == ()
    assert first.url is None  # a rappel page is not the commitment's own page


def test_commitment_as_plain_label_value_lines_in_latin_1():
    (c,) = parse_page(LINES.read_bytes(), None, base_url=BASE).commitments
    assert c.number == "T01237" and c.dossiers == ("22.112", "31.544", "CK")
    assert "coördinatie" in c.text  # decoded from ISO-8859-1
    assert (c.status, c.made_on, c.deadline) == ("voldaan", date(2009, 4, 7), None)
    assert c.responsible == ("Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",)
    assert c.committee == "commissie voor Binnenlandse Zaken (BIZA)"
    assert c.subjects == ("Europese Unie", "gemeenten")
    assert len(c.kamerstukken) == 2
    assert c.quotes[0].citation == "Kamerstukken I 2008/09, 22 112 / 31 544, CK, p. 3"
    assert [h.text for h in c.history] == ["Toezegging gedaan", "Status gewijzigd in voldaan"]


def test_a_page_without_commitments_says_so():
    page = parse_page(b"<html><head><title>Storing</title></head><body><h1>503 Service "
                      b"Unavailable</h1><p>Status: onderhoud</p></body></html>")
    assert page.commitments == [] and "no commitment" in page.problems[0]
    assert parse_page(b"").commitments == []


def test_unknown_headings_end_a_section_and_other_wordings_still_read():
    data = T03670.read_bytes().replace(
        b"<h2>Uit de stukken</h2>",
        b"<h2>Zie ook</h2><ul><li>Een ander onderwerp</li></ul><h2>Uit de stukken</h2>",
    ).replace(b"<h2>Kerngegevens</h2>", b"<h2>Gegevens</h2>")
    (c,) = parse_page(data).commitments
    assert c.kamerstukken == ("Grip op algoritmische besluitvorming bij de overheid (CXLVII)",)
    assert c.status == "openstaand" and len(c.quotes) == 1 and c.problems == ()


def test_a_bad_date_is_a_problem_not_a_crash():
    data = T03670.read_bytes().replace(b"<dd>1 januari 2026</dd>", b"<dd>z.s.m.</dd>")
    (c,) = parse_page(data).commitments
    assert c.deadline is None and c.deadline_raw == "z.s.m."
    assert c.problems == ("deadline: 'z.s.m.' is not a date",)


@pytest.mark.parametrize(("office", "ministry"), [
    ("Minister van Binnenlandse Zaken en Koninkrijksrelaties",
     "Binnenlandse Zaken en Koninkrijksrelaties"),
    ("Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties - Digitalisering en "
     "Koninkrijksrelaties", "Binnenlandse Zaken en Koninkrijksrelaties"),
    ("staatssecretaris Koninkrijksrelaties en Digitalisering",
     "Binnenlandse Zaken en Koninkrijksrelaties"),
    ("Minister voor Rechtsbescherming", "Justitie en Veiligheid"),
    ("Minister voor Wonen en Nieuwe Zaken", "Wonen en Nieuwe Zaken"),
    ("Minister-President", "Algemene Zaken"),
    ("De voorzitter van de commissie", None),
])
def test_ministry_of_an_office(office, ministry):
    assert ministry_of(office) == ministry


# --- import and sync -------------------------------------------------------------------------


def _commitment(session, number):
    session.expire_all()
    return session.scalar(select(Commitment).where(Commitment.number == number))


def _due_history(session, commitment):
    return [(h.old_value, h.new_value, h.by) for h in session.scalars(
        select(HistoryEntry).where(HistoryEntry.commitment_id == commitment.id,
                                   HistoryEntry.field == "due")
        .order_by(HistoryEntry.changed_at, HistoryEntry.id))]


@pytest.fixture
def registry():
    with LocalServer() as server:
        yield server


def test_sync_uses_conditional_get_and_a_moved_deadline_becomes_history(registry, session):
    versions = {"v1": T03670.read_bytes(), "v2": moved(T03670.read_bytes())}
    current = {"tag": "v1"}

    def page(request):
        tag = current["tag"]
        if request.headers.get("if-none-match") == f'"{tag}"':
            return Reply(304)
        return Reply(200, versions[tag], {"Content-Type": "text/html; charset=utf-8",
                                          "ETag": f'"{tag}"'})

    registry.routes["/toezegging/T03670"] = page
    url = registry.url + "/toezegging/T03670"
    with fetcher() as f:
        first = sync_ek(session, f, [url])
        second = sync_ek(session, f, [url])
        current["tag"] = "v2"
        third = sync_ek(session, f, [url])
        fourth = sync_ek(session, f, [url])
    assert first.summary() == "ek: inserted 1, updated 0, unchanged 0, errors 0"
    assert second.summary() == "ek: inserted 0, updated 0, unchanged 0, errors 0, not modified 1"
    assert registry.requests[1].headers["if-none-match"] == '"v1"'
    assert third.updated == 1
    assert fourth.not_modified == 1

    c = _commitment(session, "T03670")
    assert (c.chamber, c.status, c.status_raw) == ("EK", "open", "openstaand")
    assert (c.due, c.due_source, c.due_precision, c.due_phrase) == (
        date(2026, 7, 1), "source", "day", "1 juli 2026")
    assert c.ministry == "Binnenlandse Zaken en Koninkrijksrelaties"
    assert c.committee == "commissie voor Digitalisering (DIGI)"
    assert c.made_on == date(2023, 3, 21) and c.url == url
    # the two moves the page's Historie showed at the first sync, then the one we saw happen:
    # each once, although the page's Historie lists it as well
    assert _due_history(session, c) == [
        ("2024-01-01", "2025-07-01", "sync:ek"),
        ("2025-07-01", "2026-01-01", "sync:ek"),
        ("2026-01-01", "2026-07-01", "sync:ek"),
    ]
    details = details_of(session, c)
    assert details["history"][-1]["deadline_to"] == "2026-07-01"
    assert details["quotes"][0]["citation"].startswith("Kamerstukken I 2024/25")
    assert details["subjects"] == ["algoritmen", "Algemene wet bestuursrecht",
                                   "kunstmatige intelligentie"]


@pytest.mark.parametrize(("reply", "reason"), [
    (Reply(500, b"Internal Server Error"), "HTTP 500"),
    (Reply(200, b"late", delay=1.5), "timed out"),
    (Reply(200, b"<html><body><h1>Pagina niet gevonden</h1></body></html>",
           {"Content-Type": "text/html"}), "no commitment"),
    (Reply(200, T03670.read_bytes()[:900], {"Content-Type": "text/html"}),
     "stops before its end"),
], ids=["500", "timeout", "error-page", "truncated"])
def test_a_failing_page_is_reported_and_loses_nothing(registry, session, caplog, reply,
                                                       reason):
    registry.routes["/rappel"] = Reply(200, RAPPEL.read_bytes(), {"ETag": '"r1"'})
    registry.routes["/toezegging/T03670"] = Reply(200, T03670.read_bytes(), {"ETag": '"t1"'})
    urls = [registry.url + "/rappel", registry.url + "/toezegging/T03670"]
    with fetcher(timeout=0.5) as f:
        sync_ek(session, f, urls)
        before = {c.number: (c.due, c.text, c.status) for c in session.scalars(
            select(Commitment))}
        registry.routes["/toezegging/T03670"] = reply
        with caplog.at_level(logging.ERROR):
            report = sync_ek(session, f, list(reversed(urls)))
    assert report.errors == 1
    (error,) = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert urls[1] in error and reason in error
    assert report.unchanged == 2  # the rappel page still read
    session.expire_all()
    assert {c.number: (c.due, c.text, c.status) for c in session.scalars(
        select(Commitment))} == before
    state = session.scalar(select(SyncState).where(SyncState.stream == urls[1]))
    assert reason in state.last_error and state.etag == '"t1"'  # the last good page's tag


def test_cli_import_saved_pages_twice_changes_nothing(cli, session):
    files = [str(T03670), str(RAPPEL), str(LINES)]
    first = cli("import", "ek", *files)
    assert first.output.strip() == "ek: inserted 3, updated 1, unchanged 0, errors 0"
    history = session.scalar(select(func.count()).select_from(HistoryEntry))
    second = cli("import", "ek", *files)
    assert second.output.strip() == "ek: inserted 0, updated 0, unchanged 4, errors 0"
    assert session.scalar(select(func.count()).select_from(HistoryEntry)) == history == 2
    done = _commitment(session, "T01237")
    assert (done.status, done.status_raw, done.due) == ("fulfilled", "voldaan", None)
    # the rappel page named T03670's responsible minister without former/current: both kept
    details = details_of(session, _commitment(session, "T03670"))
    assert details["responsible"] and details["current_responsible"]
    exported = {c["number"]: c for c in json.loads(cli("export", "commitments").output)}
    assert exported["T01970"]["status"] == "partially_fulfilled"
    assert exported["T01970"]["committee"] == "commissie voor Binnenlandse Zaken (BIZA)"
    assert exported["T03670"]["due"] == "2026-01-01"
    assert [h["new"] for h in exported["T03670"]["history"]] == ["2025-07-01", "2026-01-01"]
    assert exported["T03670"]["history"][0]["reference"] == str(T03670)


def test_a_clerks_deadline_stands_while_the_page_repeats_its_own(cli, session):
    from tracker.services.changes import Actor, apply

    cli("import", "ek", str(T03670))
    t = _commitment(session, "T03670")
    apply(session, t, {"due": date(2026, 6, 1), "due_source": "manual"},
          Actor("user", "griffier", reason="commissie stelde nieuwe termijn"))
    session.commit()
    assert "unchanged 1" in cli("import", "ek", str(T03670)).output
    session.refresh(t)
    assert (t.due, t.due_source) == (date(2026, 6, 1), "manual")


def test_an_unknown_status_is_kept_raw_and_logged(cli, session, tmp_path, caplog):
    page = tmp_path / "T03670.html"
    page.write_bytes(T03670.read_bytes().replace(b"<dd>openstaand</dd>", b"<dd>aangehouden</dd>"))
    with caplog.at_level(logging.WARNING):
        result = cli("import", "ek", str(page))
    assert "warnings 1" in result.output
    assert "unknown status 'aangehouden'" in caplog.text and str(page) in caplog.text
    c = _commitment(session, "T03670")
    assert (c.status, c.status_raw) == ("unknown", "aangehouden")


def test_a_page_without_the_labels_of_a_commitment_stores_nothing(cli, session, tmp_path,
                                                                  caplog):
    bare = tmp_path / "T03670.html"
    bare.write_bytes(T03670.read_bytes().replace(b"<dt>Status</dt><dd>openstaand</dd>", b""))
    with caplog.at_level(logging.ERROR):
        result = cli("import", "ek", str(bare), expect=1)
    assert "errors 1" in result.output and "inserted 0" in result.output
    (error,) = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert str(bare) in error and "T03670 has no 'Status'" in error
    assert _commitment(session, "T03670") is None


def test_an_unrecognised_registry_page_fails_the_run_and_stores_nothing(registry, cli,
                                                                        session, caplog):
    # The live site renames its labels: the T-number is still there, nothing else is read.
    renamed = (RAPPEL.read_bytes().replace(b"<th>Status</th>", b"<th>Stand van zaken</th>")
               .replace(b"<th>Datum toezegging</th>", b"<th>Gedaan op</th>")
               .replace(b"<th>Verantwoordelijke(n)</th>", b"<th>Bewindspersoon</th>")
               .replace(b"<th>Commissie</th>", b"<th>Kamercommissie</th>"))
    registry.routes["/rappel"] = Reply(200, renamed, {"Content-Type": "text/html"})
    quick(cli)
    cli.env["TRACKER_EK_URLS"] = f"{registry.url}/rappel"
    with caplog.at_level(logging.ERROR):
        result = cli("sync", "ek", expect=1)
    assert "errors 1" in result.output
    (error,) = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert f"{registry.url}/rappel" in error and "page not understood, nothing stored" in error
    assert ("T01970 has no 'Status', 'Datum toezegging', 'Verantwoordelijke(n)', "
            "'Commissie'") in error
    assert session.scalar(select(func.count()).select_from(Commitment)) == 0
    # the page as it was is read again
    registry.routes["/rappel"] = Reply(200, RAPPEL.read_bytes(), {"Content-Type": "text/html"})
    assert "inserted 2" in cli("sync", "ek").output


def test_import_of_a_page_without_commitments_fails_clearly(cli, tmp_path, caplog):
    page = tmp_path / "leeg.html"
    page.write_text("<html><body><p>Niets</p></body></html>")
    with caplog.at_level(logging.ERROR):
        result = cli("import", "ek", str(page), expect=1)
    assert "errors 1" in result.output and str(page) in caplog.text


def test_sync_ek_needs_pages(cli):
    result = cli("sync", "ek", expect=2)
    assert "TRACKER_EK_URLS" in result.output


def test_sync_ek_reads_the_configured_pages(cli, registry, session):
    quick(cli)
    registry.routes["/rappel"] = Reply(200, RAPPEL.read_bytes(), {"Content-Type": "text/html"})
    cli.env["TRACKER_EK_URLS"] = f"{registry.url}/rappel"
    assert "inserted 2" in cli("sync", "ek").output
    assert _commitment(session, "T01970").due == date(2025, 7, 1)
