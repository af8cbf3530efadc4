"""tracker sync tk against a real SyncFeed server on loopback: first sync, a second that
changes nothing, later updates and tombstones, late references, interrupted syncs resumed."""

import gc
import json
import logging
from datetime import date

import pytest
from lxml import etree
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scrapers.http import Fetcher
from scrapers.tweedekamer import ATOM, skiptoken_of
from tracker.jobs import JOBS
from tracker.models import (
    Activity,
    Commitment,
    CommitmentLink,
    Document,
    Dossier,
    HistoryEntry,
    SyncState,
)
from tracker.runs import tk as tk_runs
from tracker.runs.tk import sync_tk
from tracker.services.changes import Actor, apply

from .httpserver import LocalServer, Reply
from .tkfeed import SyncFeed, read_page, serve_sample

G = "7e1a0000-0000-4000-8000-0000000000{:02d}".format


@pytest.fixture
def feed():
    with LocalServer() as server:
        yield SyncFeed(server)


@pytest.fixture
def tk(cli, feed):
    """`tracker sync tk` against the local feed, without the politeness pause."""
    cli.env["TRACKER_HTTP_DELAY"] = "0"
    cli.env["TRACKER_HTTP_RETRIES"] = "0"

    def run(*args: str, expect: int = 0):
        return cli("sync", "tk", "--feed-url", feed.url, *args, expect=expect)

    return run


@pytest.fixture
def fetcher():
    with Fetcher(delay=0, retries=0, timeout=5) as f:
        yield f


def export(cli) -> dict[str, dict]:
    return {r["number"] or r["external_id"]: r
            for r in json.loads(cli("export", "commitments", "--format", "json").output)}


def changes(record, *fields):
    return [(h["field"], h["old"], h["new"]) for h in record["history"]
            if not fields or h["field"] in fields]


def first_sync(feed, tk):
    serve_sample(feed)
    feed.add("Toezegging", "38400005", "toezegging-live.xml")
    return tk().output


def test_first_sync_shows_every_toezegging_normalised_and_linked(feed, tk, cli, session):
    out = first_sync(feed, tk)
    assert "Kamerstukdossier: inserted 2, updated 0, unchanged 0, withdrawn 0, errors 0" in out
    assert "Activiteit: inserted 3," in out
    assert "Document: inserted 2," in out
    assert "Toezegging: inserted 9, updated 0, unchanged 1, withdrawn 1, errors 2" in out
    records = export(cli)
    assert len(records) == 9
    t1 = records["TZ202503-041"]
    assert t1["source"] == "tk"
    assert (t1["status"], t1["status_raw"]) == ("fulfilled", "Voldaan")
    assert t1["ministry"] == "Binnenlandse Zaken en Koninkrijksrelaties"
    assert t1["committee"] == "vaste commissie voor Digitale Zaken"
    assert t1["activity"] == "Commissiedebat – Digitale overheid: algoritmen en AI (2025-03-12)"
    assert t1["actor"].endswith(", Szabó") and t1["actor"].startswith("staatssecretaris van")
    assert (t1["due"], t1["due_source"], t1["due_precision"]) == ("2025-07-01", "source", "day")
    assert t1["made_on"] == "2025-03-13"
    assert t1["fulfilled_by"] == ["2025D33508"]
    assert changes(t1) == [("fulfilled_by", None, "2025D33508")]
    assert t1["history"][0]["by"] == "sync:tk"
    assert t1["withdrawn"] is False
    # No datumNakoming: the deadline engine reads the text, relative to aanmaakdatum.
    t2 = records["TZ202503-042"]
    assert (t2["status"], t2["due_source"], t2["due_phrase"], t2["due_precision"]) == (
        "open", "text", "in het najaar", "season")
    assert t2["due"].startswith("2025-")
    t4 = records["TZ202510-077"]
    assert (t4["due"], t4["due_source"], t4["due_phrase"]) == (
        "2026-01-31", "text", "vóór 1 februari 2026")
    # The live quirks.
    t6 = records["TZ202511-010"]
    assert (t6["status"], t6["status_raw"]) == ("fulfilled", "Afgedaan")
    assert t6["fulfilled_by"] == ["2025D33508", "2025D41207"]
    assert t6["due"] is None and t6["ministry"] is None
    assert t6["actor"] == "minister van Binnenlandse Zaken, De Jonge"
    assert (records["TZ202511-011"]["status"], records["TZ202511-011"]["status_raw"]) == (
        "unknown", None)
    assert (records["TZ202511-012"]["status"], records["TZ202511-012"]["status_raw"]) == (
        "unknown", "In behandeling")
    assert records["TZ202511-014"]["status"] == "partially_fulfilled"
    t5 = records["TZ202510-078"]
    assert t5["withdrawn"] is True
    assert ("withdrawn", "false", "true") in changes(t5)
    assert [h["reason"] for h in t5["history"] if h["field"] == "withdrawn"] == [
        "deleted at the source"]
    # One row per document: the sample letter, not a stub beside it.
    assert session.scalar(select(func.count()).select_from(Document)
                          .where(Document.number == "2025D33508")) == 1
    stub = session.scalar(select(Document).where(Document.number == "2026D00001"))
    assert stub.is_stub and stub.extracted_at is None
    letter = session.scalar(select(Document).where(Document.number == "2025D33508"))
    assert (letter.dossier, letter.ondernummer, letter.identifier) == (
        "26643", "1320", "kst-26643-1320")
    assert letter.extracted_at is None and not letter.is_stub


def test_pages_parsed_by_the_worker_process_are_stored_as_pages_parsed_here(
        feed, tk, cli, monkeypatch):
    """A long run parses its later pages in a worker process; what is stored is the same
    as in the first test, where every page is parsed here."""
    read = []
    real_read = tk_runs.PageWorker.read

    def counted(self, data, source):
        read.append(source)
        return real_read(self, data, source)

    monkeypatch.setattr(tk_runs, "WORKER_AFTER", 1)  # every run is long enough
    monkeypatch.setattr(tk_runs.PageWorker, "read", counted)
    out = first_sync(feed, tk)
    assert next(s for s in read if "category=Toezegging" in s) == (
        f"{feed.url}?category=Toezegging&skiptoken=38400005")  # the second page, and on
    assert "Toezegging: inserted 9, updated 0, unchanged 1, withdrawn 1, errors 2" in out
    records = export(cli)
    assert len(records) == 9
    t6 = records["TZ202511-010"]  # on the page the worker read
    assert (t6["status"], t6["status_raw"]) == ("fulfilled", "Afgedaan")
    assert t6["fulfilled_by"] == ["2025D33508", "2025D41207"]
    assert t6["actor"] == "minister van Binnenlandse Zaken, De Jonge"


def test_a_worker_that_dies_leaves_the_pages_to_this_process(sessions, feed, fetcher,
                                                             monkeypatch, caplog):
    serve_sample(feed)
    feed.add("Toezegging", "38400005", "toezegging-live.xml")
    real_read = tk_runs.PageWorker.read

    def dying(self, data, source):
        self._process.kill()
        self._process.wait()
        return real_read(self, data, source)

    monkeypatch.setattr(tk_runs, "WORKER_AFTER", 1)
    monkeypatch.setattr(tk_runs.PageWorker, "read", dying)
    with caplog.at_level(logging.WARNING):
        (result,) = sync_tk(sessions, fetcher, feed.url, ["Toezegging"])
    assert (result.error, result.counts["inserted"], result.counts["errors"]) == (None, 9, 2)
    assert any("page worker stopped" in r.getMessage() for r in caplog.records)


def test_a_second_sync_changes_nothing(feed, tk, cli, session):
    first_sync(feed, tk)
    before = export(cli)
    history = session.scalar(select(func.count()).select_from(HistoryEntry))
    out = tk().output
    for category in ("Kamerstukdossier", "Activiteit", "Document", "Fractie", "Persoon",
                     "Toezegging"):
        assert f"{category}: inserted 0, updated 0, unchanged 0, withdrawn 0, errors 0" in out
    assert export(cli) == before
    assert session.scalar(select(func.count()).select_from(HistoryEntry)) == history
    # It asked for the pages after the cursors, not from the start.
    assert feed.requested()[-6:] == [("Kamerstukdossier", "38100002"),
                                     ("Activiteit", "38200003"), ("Document", "38300002"),
                                     ("Fractie", "38150002"), ("Persoon", "38160002"),
                                     ("Toezegging", "38400013")]


def test_the_same_pages_imported_again_from_the_start_change_nothing(sessions, feed, fetcher,
                                                                    session):
    serve_sample(feed)
    sync_tk(sessions, fetcher, feed.url)
    history = session.scalar(select(func.count()).select_from(HistoryEntry))
    with sessions.begin() as s:
        for state in s.scalars(select(SyncState)):
            state.cursor = None
    results = sync_tk(sessions, fetcher, feed.url)
    assert {r.category: (r.counts["inserted"], r.counts["updated"], r.counts["unchanged"])
            for r in results} == {"Kamerstukdossier": (0, 0, 2), "Activiteit": (0, 0, 3),
                                  "Document": (0, 0, 2), "Fractie": (0, 0, 2),
                                  "Persoon": (0, 0, 2), "Toezegging": (0, 0, 5)}
    assert session.scalar(select(func.count()).select_from(HistoryEntry)) == history


def test_a_run_sets_the_old_objects_aside_from_the_collector_and_hands_them_back(
        sessions, feed, fetcher, monkeypatch):
    """During a run the collector skips what the process held before (gc.freeze); afterwards
    those objects are collected again, also when the run fails."""
    serve_sample(feed)
    frozen_during = []
    store = tk_runs._store

    def store_and_look(*args, **kwargs):
        frozen_during.append(gc.get_freeze_count())
        return store(*args, **kwargs)

    monkeypatch.setattr(tk_runs, "_store", store_and_look)
    before = gc.get_freeze_count()
    sync_tk(sessions, fetcher, feed.url, ["Toezegging"])
    assert frozen_during and min(frozen_during) > 0
    assert gc.get_freeze_count() == before

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(tk_runs, "_store", broken)
    with pytest.raises(RuntimeError):
        sync_tk(sessions, fetcher, feed.url, ["Activiteit"])
    assert gc.get_freeze_count() == before


def test_a_later_page_with_updates_and_tombstones(feed, tk, cli):
    serve_sample(feed)
    tk()
    feed.add("Toezegging", "38400005", "toezegging-later.xml")
    out = tk("--category", "toezegging").output
    assert "Toezegging: inserted 0, updated 2, unchanged 1, withdrawn 1, errors 0" in out
    records = export(cli)
    t2 = records["TZ202503-042"]
    assert (t2["status"], t2["due"], t2["due_source"], t2["due_phrase"]) == (
        "fulfilled", "2025-10-01", "source", None)
    assert ("status", "open", "fulfilled") in changes(t2)
    assert ("status_raw", "Openstaand", "Voldaan") in changes(t2)
    assert ("due_source", "text", "source") in changes(t2)
    assert ("due_phrase", "in het najaar", None) in changes(t2)
    assert ("fulfilled_by", None, "2025D41207") in changes(t2)
    assert {h["at"] for h in t2["history"]} == {"2025-11-20T10:00:00+00:00"}  # bijgewerkt
    t4 = records["TZ202510-077"]
    assert ("due", "2026-01-31", "2026-03-01") in changes(t4)
    (text_change,) = changes(t4, "text")
    assert text_change[2].endswith("Autoriteit Persoonsgegevens en de RDI.")
    t3 = records["TZ202505-118"]
    assert t3["withdrawn"] is True and t3["status"] == "partially_fulfilled"
    assert changes(records["TZ202503-041"]) == [("fulfilled_by", None, "2025D33508")]


def test_a_withdrawn_toezegging_that_comes_back_is_restored(feed, tk, cli):
    serve_sample(feed)
    feed.add("Toezegging", "38400005", "toezegging-later.xml")
    tk()
    assert export(cli)["TZ202505-118"]["withdrawn"] is True
    again = read_page("sample:toezegging.xml").replace(b"2025-07-14T11:21:05+02:00",
                                                       b"2025-11-21T09:00:00+01:00")
    feed.add("Toezegging", "38400023", _reissued(again, 2, "38400024"))
    assert "updated 1" in tk("--category", "Toezegging").output
    assert changes(export(cli)["TZ202505-118"], "withdrawn") == [("withdrawn", "false", "true"),
                                                                 ("withdrawn", "true", "false")]


def test_an_activity_that_arrives_after_its_toezegging_fills_in_the_committee(feed, tk, cli,
                                                                              session):
    first_sync(feed, tk)
    assert export(cli)["TZ202511-010"]["committee"] is None
    feed.add("Activiteit", "38200003", "activiteit-later.xml")
    assert "Activiteit: inserted 1" in tk("--category", "Activiteit").output
    t6 = export(cli)["TZ202511-010"]
    assert t6["committee"] == "vaste commissie voor Digitale Zaken"
    assert t6["activity"].startswith("Commissiedebat – Risicoprofilering")
    assert ("committee", None, "vaste commissie voor Digitale Zaken") in changes(t6)
    activity = session.scalar(select(Activity).where(Activity.number == "2025A09999"))
    assert activity.date == date(2025, 11, 3)


def test_a_stub_document_is_filled_in_and_its_dossier_follows(feed, tk, session):
    first_sync(feed, tk)
    feed.add("Document", "38300002", "document-later.xml")
    assert "Document: inserted 0, updated 1" in tk("--category", "Document").output
    (doc,) = session.scalars(select(Document).where(Document.number == "2026D00001")).all()
    assert not doc.is_stub
    assert doc.external_id == "d0c00000-0000-4000-8000-000000000001"
    assert doc.title == "Voortgang toetsing aan het Algoritmekader bij gemeenten"
    assert (doc.dossier, doc.ondernummer) == (None, "27")  # dossier not seen yet
    feed.add("Kamerstukdossier", "38100002", "kamerstukdossier-later.xml")
    assert "Kamerstukdossier: inserted 1" in tk("--category", "Kamerstukdossier").output
    session.expire_all()
    doc = session.get(Document, doc.id)
    assert (doc.dossier, doc.identifier) == ("36200-A", "kst-36200-A-27")
    assert session.scalar(select(func.count()).select_from(Dossier)) == 3


def test_links_between_toezeggingen_resolve_whichever_arrives_first(feed, tk, session):
    feed.add("Toezegging", None, "toezegging-live.xml")  # TZ202511-012 supplements TZ202503-041
    tk("--category", "Toezegging")
    link = session.scalar(select(CommitmentLink).where(CommitmentLink.relation == "supplements"))
    assert (link.to_ref, link.to_id) == (G(1), None)
    feed.pages.clear()
    later = read_page("sample:toezegging.xml").replace(b"skiptoken=384000", b"skiptoken=384001")
    feed.add("Toezegging", "38400013", later)
    tk("--category", "Toezegging")
    session.expire_all()
    target = session.scalar(select(Commitment).where(Commitment.external_id == G(1)))
    assert session.get(CommitmentLink, link.id).to_id == target.id
    repeats = session.scalar(select(CommitmentLink).where(CommitmentLink.relation == "repeats"))
    assert repeats.to_commitment.number == "TZ202503-042"


def test_a_source_date_wins_over_a_clerks_and_a_clerks_wins_over_the_text(
        feed, tk, cli, session):
    serve_sample(feed)
    tk()
    t2 = session.scalar(select(Commitment).where(Commitment.number == "TZ202503-042"))
    apply(session, t2, {"due": date(2026, 1, 15), "due_source": "manual"},
          Actor("user", "griffier"))
    session.commit()
    with session.begin():
        state = session.scalar(select(SyncState).where(SyncState.stream == "Toezegging"))
        state.cursor = None  # read the same page again: no source date, text unchanged
    tk("--category", "Toezegging")
    assert (export(cli)["TZ202503-042"]["due"], export(cli)["TZ202503-042"]["due_source"]) == (
        "2026-01-15", "manual")
    feed.add("Toezegging", "38400005", "toezegging-later.xml")
    tk("--category", "Toezegging")
    t2 = export(cli)["TZ202503-042"]
    assert (t2["due"], t2["due_source"]) == ("2025-10-01", "source")


def test_a_clerks_date_stands_while_the_source_repeats_its_own_and_yields_when_it_moves(
        feed, tk, cli, session):
    serve_sample(feed)
    tk()
    t1 = session.scalar(select(Commitment).where(Commitment.number == "TZ202503-041"))
    assert (t1.due, t1.due_source) == (date(2025, 7, 1), "source")
    apply(session, t1, {"due": date(2025, 11, 1), "due_source": "manual"},
          Actor("user", "griffier", reason="commissie stelde nieuwe termijn"))
    session.commit()
    # a later page re-sends TZ202503-041 with other changes and the same datumNakoming
    feed.add("Toezegging", "38400005", "toezegging-later.xml")
    tk("--category", "Toezegging")
    record = export(cli)["TZ202503-041"]
    assert (record["due"], record["due_source"]) == ("2025-11-01", "manual")
    # then the source gives a new date of its own: that is news, and it wins
    moved = read_page("toezegging-later.xml").replace(
        b"2025-07-01T00:00:00+02:00", b"2025-12-15T00:00:00+01:00").replace(
        b"skiptoken=38400", b"skiptoken=38500")
    feed.add("Toezegging", "38400023", moved)  # after the last entry of the page before
    tk("--category", "Toezegging")
    record = export(cli)["TZ202503-041"]
    assert (record["due"], record["due_source"]) == ("2025-12-15", "source")
    assert [(h["old"], h["new"], h["by"].split(":")[0]) for h in record["history"]
            if h["field"] == "due"] == [("2025-07-01", "2025-11-01", "user"),
                                        ("2025-11-01", "2025-12-15", "sync")]


def test_unknown_statuses_are_logged_with_where_they_came_from(feed, sessions, fetcher, caplog):
    feed.add("Toezegging", None, "toezegging-live.xml")
    with caplog.at_level(logging.INFO, logger="tracker"):
        sync_tk(sessions, fetcher, feed.url, ["Toezegging"])
    warning = next(r for r in caplog.records if "In behandeling" in r.getMessage())
    assert warning.levelno == logging.WARNING
    assert "TZ202511-012" in warning.getMessage() and "38400008" in warning.getMessage()
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any(G(11) in m and "38400011" in m and "aanmaakdatum" in m for m in errors)


def _entries(data: bytes) -> tuple[etree._Element, list[etree._Element]]:
    root = etree.fromstring(data)
    return root, root.findall(f"{{{ATOM}}}entry")


def _reissued(data: bytes, index: int, skiptoken: str) -> bytes:
    """A page with only the index-th entry of ``data``, sent again at a later skiptoken."""
    root, entries = _entries(data)
    for i, entry in enumerate(entries):
        if i != index:
            root.remove(entry)
    for link in root.iter(f"{{{ATOM}}}link"):
        if link.get("rel") == "next":
            link.set("href", link.get("href").replace(skiptoken_of(link.get("href")), skiptoken))
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def page_after(data: bytes, skiptoken: str) -> bytes:
    """What the feed serves after ``skiptoken``: the entries of a page that come later."""
    root, entries = _entries(data)
    for entry in entries:
        link = entry.find(f"{{{ATOM}}}link[@rel='next']")
        if int(skiptoken_of(link.get("href"))) <= int(skiptoken):
            root.remove(entry)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def test_a_page_that_breaks_midway_resumes_after_the_last_committed_entry(
        feed, sessions, fetcher, session):
    whole = read_page("sample:toezegging.xml")
    cut = whole.index(b"<entry>", whole.index(G(4).encode()) - 400) + 200  # inside entry 4
    feed.add("Toezegging", None, whole[:cut])
    (result,) = sync_tk(sessions, fetcher, feed.url, ["Toezegging"], batch_size=2)
    assert "not well-formed" in result.error
    # Entries 1-2 were one committed batch; entry 3 was rolled back with the broken page.
    assert result.cursor == "38400002" and result.counts["inserted"] == 2
    state = session.scalar(select(SyncState).where(SyncState.stream == "Toezegging"))
    assert (state.cursor, state.last_error) == ("38400002", result.error)
    assert session.scalar(select(func.count()).select_from(Commitment)) == 2
    # The feed is whole again: the run resumes exactly after entry 2.
    feed.add("Toezegging", "38400002", page_after(whole, "38400002"))
    (result,) = sync_tk(sessions, fetcher, feed.url, ["Toezegging"], batch_size=2)
    assert result.error is None and result.counts["inserted"] == 3
    assert ("Toezegging", "38400002") in feed.requested()
    assert session.scalar(select(func.count()).select_from(Commitment)) == 5
    session.expire_all()
    assert session.scalar(select(SyncState.last_error)
                          .where(SyncState.stream == "Toezegging")) is None
    assert session.scalar(select(func.count(func.distinct(Commitment.external_id)))) == 5


def test_a_process_that_dies_as_a_batch_commits_keeps_the_cursor_with_the_batch_before(
        feed, sessions, fetcher, session, monkeypatch):
    """The cursor, the counts and the times of a batch are written in its own transaction,
    with its entries: when that transaction never commits, none of them is kept."""
    whole = read_page("sample:toezegging.xml")
    feed.add("Toezegging", None, whole)
    feed.add("Toezegging", "38400002", page_after(whole, "38400002"))
    real_commit, commits = Session.commit, []

    class Died(BaseException):
        pass

    def commit(self):
        commits.append(self)
        if len(commits) == 2:
            raise Died  # the second batch: the process is gone before its commit
        real_commit(self)

    monkeypatch.setattr(Session, "commit", commit)
    with pytest.raises(Died):
        sync_tk(sessions, fetcher, feed.url, ["Toezegging"], batch_size=2)
    monkeypatch.undo()
    state = session.scalar(select(SyncState).where(SyncState.stream == "Toezegging"))
    assert (state.cursor, state.stats["inserted"], state.last_error) == ("38400002", 2, None)
    assert state.last_success_at is not None
    assert session.scalar(select(func.count()).select_from(Commitment)) == 2
    (result,) = sync_tk(sessions, fetcher, feed.url, ["Toezegging"], batch_size=2)
    assert (result.error, result.counts["inserted"], result.cursor) == (None, 3, "38400005")
    session.expire_all()
    assert session.scalar(select(SyncState.cursor)
                          .where(SyncState.stream == "Toezegging")) == "38400005"
    assert session.scalar(select(func.count(func.distinct(Commitment.external_id)))) == 5
    assert session.scalar(select(func.count()).select_from(Commitment)) == 5


def test_a_server_that_dies_keeps_the_cursor_and_the_next_run_resumes(feed, tk, cli, session):
    serve_sample(feed)
    tk("--category", "Toezegging")
    feed.add("Toezegging", "38400005", Reply(503, b"Service Unavailable"))
    out = tk("--category", "Toezegging", expect=1).output
    assert "stopped:" in out and "503" in out
    state = session.scalar(select(SyncState).where(SyncState.stream == "Toezegging"))
    assert state.cursor == "38400005" and "503" in state.last_error
    feed.add("Toezegging", "38400005", "toezegging-later.xml")
    assert "updated 2" in tk("--category", "Toezegging").output
    assert len(export(cli)) == 5


def test_one_entry_the_database_cannot_take_is_skipped_and_the_batch_kept(
        feed, sessions, fetcher, session, caplog):
    long_number = "TZ" + "9" * 60  # longer than commitments.number keeps
    page = read_page("sample:toezegging.xml").replace(b"TZ202503-042", long_number.encode())
    feed.add("Toezegging", None, page)
    with caplog.at_level(logging.ERROR, logger="tracker"):
        (result,) = sync_tk(sessions, fetcher, feed.url, ["Toezegging"])
    assert (result.counts["inserted"], result.counts["errors"]) == (4, 1)
    assert result.cursor == "38400005"
    assert any(G(2) in r.getMessage() and "38400002" in r.getMessage() for r in caplog.records)
    assert session.scalar(select(func.count()).select_from(Commitment)) == 4


def test_an_over_long_description_is_cut_and_the_entry_kept(feed, sessions, fetcher, session,
                                                            caplog):
    ministry = "Binnenlandse Zaken en Koninkrijksrelaties" + " (en nog veel meer)" * 20
    page = read_page("sample:toezegging.xml").replace(
        b"<tk:ministerie>Binnenlandse Zaken en Koninkrijksrelaties</tk:ministerie>",
        f"<tk:ministerie>{ministry}</tk:ministerie>".encode(), 1)
    feed.add("Toezegging", None, page)
    with caplog.at_level(logging.WARNING, logger="tracker"):
        (result,) = sync_tk(sessions, fetcher, feed.url, ["Toezegging"])
    assert (result.counts["inserted"], result.counts["errors"]) == (5, 0)
    assert any(r.getMessage().startswith(f"tk {G(1)}: commitments.ministry: 421 characters "
                                         "cut to 200") for r in caplog.records)
    assert session.scalar(select(func.max(func.length(Commitment.ministry)))) == 200
    (again,) = sync_tk(sessions, fetcher, feed.url, ["Toezegging"])  # and no churn after
    assert again.counts["updated"] == 0


def test_max_pages_and_category_options(feed, tk, cli):
    serve_sample(feed)
    feed.add("Toezegging", "38400005", "toezegging-live.xml")
    out = tk("--category", "toezegging", "--max-pages", "1").output
    assert "Toezegging: inserted 5" in out and "Activiteit" not in out
    assert len(export(cli)) == 5
    bad = tk("--category", "Zaak", expect=2).output
    assert "unknown category 'Zaak'" in bad
    assert "--max-pages" in cli("sync", "tk", "--help").output
    assert "tk" in cli("sync", "--help").output


def test_the_scheduler_runs_the_sync_as_a_job(feed, settings, session):
    import dataclasses

    (job,) = [j for j in JOBS if j.id == "sync-tk"]
    assert job.trigger_args(settings) == {"minutes": settings.sync_interval_minutes}
    serve_sample(feed)
    local = dataclasses.replace(settings, tk_feed_url=feed.url, http_delay=0.0, http_retries=0)
    summaries = job.func(local)
    assert any(s.startswith("Toezegging: inserted 5") for s in summaries)
    assert session.scalar(select(func.count()).select_from(Commitment)) == 5


def test_the_sample_step_shows_tk_toezeggingen_and_is_idempotent(cli):
    first = cli("load-sample").output
    assert "tweede kamer: inserted 16" in first
    assert "tweede kamer: inserted 0, updated 0, unchanged 16" in cli("load-sample").output
    records = export(cli)
    assert records["TZ202503-041"]["fulfilled_by"] == ["2025D33508"]
    assert records["TZ202503-042"]["due_source"] == "text"


def test_the_dashboard_shows_the_sample_tk_toezeggingen(cli, client, today):
    cli("load-sample")
    page = client.get("/").get_data(as_text=True)
    assert "TZ202503-042" in page  # open, deadline from "in het najaar"
    assert "vaste commissie voor Digitale Zaken" in page
    assert "TZ202503-041" not in page  # fulfilled by 2025D33508: not open


def serve_odata(server: LocalServer) -> None:
    """Two OData pages: the first without $skip, the second after @odata.nextLink."""
    pages = {False: read_page("odata-toezegging-1.json"),
             True: read_page("odata-toezegging-2.json")}
    server.routes["/OData/v4/2.0/Toezegging"] = lambda request: Reply(
        200, pages["skip" in request.path], {"Content-Type": "application/json"})


def test_odata_backfill_then_the_syncfeed_finds_nothing_new(feed, tk, cli, session):
    serve_odata(feed.server)
    out = tk("--odata").output
    assert "Toezegging (OData): inserted 4, updated 0, unchanged 0, withdrawn 0, errors 1" in out
    odata_query = feed.server.requests[0].path
    assert "%24expand=Activiteit" in odata_query and "KamerbriefNakoming" in odata_query
    records = export(cli)
    t1 = records["TZ202503-041"]
    assert (t1["committee"], t1["fulfilled_by"], t1["due_source"]) == (
        "vaste commissie voor Digitale Zaken", ["2025D33508"], "source")
    assert records["TZ202505-118"]["fulfilled_by"] == ["2025D33508"]  # a list of letters
    old = records["TZ201911-203"]
    assert (old["due"], old["due_source"], old["due_phrase"]) == (
        "2020-07-02", "text", "voor de zomer van 2020")
    link = session.scalar(select(CommitmentLink).where(CommitmentLink.relation == "amends"))
    assert link.to_commitment.number == "TZ202503-042"
    state = session.scalar(select(SyncState).where(SyncState.stream == "odata:Toezegging"))
    assert state.cursor is None and state.last_error is None
    # The SyncFeed then brings the same toezeggingen and activities: nothing changes.
    serve_sample(feed)
    out = tk("--category", "Activiteit", "--category", "Toezegging").output
    assert "Activiteit: inserted 1, updated 0, unchanged 2" in out
    # only the SyncFeed says whom TZ202503-042 was made to (OData lists no such property)
    assert "Toezegging: inserted 2, updated 1, unchanged 2" in out
    assert export(cli)["TZ202503-041"]["history"] == t1["history"]


def test_an_odata_backfill_that_breaks_resumes_from_its_next_link(feed, tk, cli, session):
    serve_odata(feed.server)
    page_one = feed.server.routes["/OData/v4/2.0/Toezegging"]
    feed.server.routes["/OData/v4/2.0/Toezegging"] = lambda request: (
        Reply(500, b"boom") if "skip" in request.path else page_one(request))
    assert "stopped:" in tk("--odata", expect=1).output
    state = session.scalar(select(SyncState).where(SyncState.stream == "odata:Toezegging"))
    assert state.cursor.endswith("$skip=2") and "500" in state.last_error
    assert len(export(cli)) == 2
    serve_odata(feed.server)
    assert "inserted 2" in tk("--odata").output
    assert "$skip=2" in feed.server.requests[-1].path
    assert len(export(cli)) == 4


def test_an_entity_twice_in_one_batch_is_inserted_then_updated(feed, sessions, fetcher, cli):
    import copy

    from scrapers.tweedekamer import TK

    root, entries = _entries(read_page("sample:toezegging.xml"))
    again = copy.deepcopy(entries[0])  # TZ202503-041, changed later in the same page
    payload = again.find(f".//{{{TK}}}toezegging")
    payload.find(f"{{{TK}}}status").text = "Vervallen"
    letter = payload.find(f"{{{TK}}}kamerbriefNakoming")
    second = copy.deepcopy(letter)
    second.text = "2025D41207"
    letter.addnext(second)
    payload.set(f"{{{TK}}}bijgewerkt", "2025-08-01T10:00:00+02:00")
    again.find(f"{{{ATOM}}}link").set("href", "https://h/Feed?skiptoken=38400006&category=Toezegging")
    root.append(again)
    feed.add("Toezegging", None, etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    (result,) = sync_tk(sessions, fetcher, feed.url, ["Toezegging"])
    assert (result.error, result.counts["inserted"], result.counts["updated"]) == (None, 5, 1)
    t1 = export(cli)["TZ202503-041"]
    assert (t1["status"], t1["fulfilled_by"]) == ("lapsed", ["2025D33508", "2025D41207"])
    assert changes(t1) == [("fulfilled_by", None, "2025D33508"),
                           ("status", "fulfilled", "lapsed"),
                           ("status_raw", "Voldaan", "Vervallen"),
                           ("fulfilled_by", None, "2025D41207")]
