"""One filter service: URL round trips, full-text search on both databases, facets, paging."""

from datetime import date

import pytest
from sqlalchemy import delete
from werkzeug.datastructures import MultiDict

from tracker.models import Commitment, Document
from tracker.services.changes import Actor, apply
from tracker.services.search import (
    CommitmentFilter,
    DocumentFilter,
    FilterError,
    facets,
    search_commitments,
    search_documents,
)

from . import webdata

TODAY = date(2026, 11, 23)


def _numbers(session, **args) -> list[str | None]:
    f = CommitmentFilter.from_args(MultiDict(args))
    return [c.number for c in search_commitments(session, f, TODAY, limit=100).items]


def test_filter_round_trips_through_the_url():
    args = MultiDict([("q", "algoritme"), ("status", "open"), ("status", "fulfilled"),
                      ("ministry", "Justitie en Veiligheid"), ("window", "overdue"),
                      ("due_from", "2026-01-01"), ("withdrawn", "1"), ("sort", "-due")])
    f = CommitmentFilter.from_args(args)
    assert f.status == ("open", "fulfilled") and f.due_from == date(2026, 1, 1)
    assert CommitmentFilter.from_args(MultiDict(f.to_args())) == f
    assert CommitmentFilter().to_args() == [] and not CommitmentFilter().active
    assert CommitmentFilter(sort="number").active is False


def test_bad_filter_values_are_named():
    with pytest.raises(FilterError) as caught:
        CommitmentFilter.from_args(MultiDict([("status", "Openstaand"), ("due_to", "31-12-2026"),
                                              ("window", "later")]))
    assert set(caught.value.errors) == {"status", "due_to", "window"}
    assert "YYYY-MM-DD" in caught.value.errors["due_to"]


def test_default_list_leaves_out_candidates_rejected_and_withdrawn(session):
    d = webdata.make(session)
    apply(session, d.tk_soon, {"withdrawn": True}, Actor("sync", "tk"))
    session.commit()
    assert set(_numbers(session)) == {"TZ202504-057", "TZ202501-003", "T03670"}
    assert "TZ202510-012" in _numbers(session, withdrawn="1")
    assert _numbers(session, status="candidate") == [None]


def test_facet_filters_and_windows(session):
    webdata.make(session)
    assert _numbers(session, chamber="EK") == ["T03670"]
    assert _numbers(session, source="ek") == ["T03670"]
    assert _numbers(session, ministry="Justitie en Veiligheid") == ["TZ202501-003"]
    assert _numbers(session, window="overdue") == ["TZ202504-057"]  # due 2026-06-30, open
    assert _numbers(session, window="none") == ["T03670"]
    assert _numbers(session, due_from="2026-06-01", due_to="2026-09-30") == [
        "TZ202504-057", "TZ202501-003"]
    assert _numbers(session, precision="year") == ["TZ202504-057"]


def test_overdue_means_open_and_past_its_deadline(session):
    d = webdata.make(session)
    apply(session, d.tk_soon, {"due": date(2026, 11, 1)}, Actor("sync", "tk"))
    session.commit()
    assert _numbers(session, window="overdue") == ["TZ202504-057", "TZ202510-012"]
    assert _numbers(session, window="soon") == []


def test_sorting(session):
    webdata.make(session)
    assert _numbers(session) == ["TZ202504-057", "TZ202501-003", "TZ202510-012", "T03670"]
    # the exact reverse: those without a deadline first
    assert _numbers(session, sort="-due") == ["T03670", "TZ202510-012", "TZ202501-003",
                                              "TZ202504-057"]
    assert _numbers(session, sort="number") == ["T03670", "TZ202501-003", "TZ202504-057",
                                                "TZ202510-012"]
    assert _numbers(session, sort="-made_on")[0] == "TZ202510-012"


def test_full_text_finds_words_prefixes_and_ignores_accents(session):
    webdata.make(session)
    assert _numbers(session, q="kunstmatige intelligentie") == ["TZ202504-057"]
    assert _numbers(session, q="kunstmat gemeent") == ["TZ202504-057"]  # prefixes
    assert _numbers(session, q="evaluatie Wet open overheid") == ["TZ202501-003"]
    assert _numbers(session, q="kenbaarheid") == ["T03670"]
    assert _numbers(session, q="kenbaarheid nergensvoorkomend") == []
    # The committee is searched too. (PostgreSQL stems Dutch: "digitale" also finds
    # "Digitalisering", so T03670 may come along there.)
    committee = set(_numbers(session, q="Digitale Zaken"))
    assert {"TZ202504-057", "TZ202510-012"} <= committee and "TZ202501-003" not in committee
    # FTS syntax in the query is inert, not an error
    assert _numbers(session, q='"brief" OR NEAR(x*') == []
    assert _numbers(session, q="***") == []


def test_full_text_finds_by_number_and_by_fulfilling_document_title(session):
    webdata.make(session)
    assert _numbers(session, q="TZ202504-057") == ["TZ202504-057"]
    assert _numbers(session, q="T03670") == ["T03670"]
    # "Voortgangsbrief" is only in the title of the letter that fulfilled TZ202501-003
    assert _numbers(session, q="voortgangsbrief", status="fulfilled") == ["TZ202501-003"]


def test_search_index_follows_updates_and_deletes(session):
    d = webdata.make(session)
    apply(session, d.ek_open, {"text": "De regering zegt toe het waterschapsregister te "
                                       "herzien."}, Actor("sync", "ek"))
    session.commit()
    assert _numbers(session, q="waterschapsregister") == ["T03670"]
    assert _numbers(session, q="kenbaarheid") == []
    session.execute(delete(Commitment).where(Commitment.id == d.ek_open.id))
    session.commit()
    assert _numbers(session, q="waterschapsregister") == []


def test_relevance_ranks_the_better_match_first(session):
    webdata.make(session)
    # In its own text first; then the one whose fulfilling letter has the word in its title.
    assert _numbers(session, q="algoritmeregister") == ["TZ202510-012", "TZ202501-003"]
    by_due = _numbers(session, q="algoritmeregister", sort="due")
    assert by_due == ["TZ202501-003", "TZ202510-012"]


def test_facets_count_the_filtered_set_and_keep_chosen_values(session):
    webdata.make(session)
    f = CommitmentFilter(chamber=("TK",), ministry=("Nergens",))
    counts = facets(session, f, TODAY)
    assert counts["ministry"] == [("Nergens", 0)]
    all_counts = facets(session, CommitmentFilter(), TODAY)
    assert dict(all_counts["chamber"]) == {"TK": 3, "EK": 1}
    assert dict(all_counts["status"]) == {"open": 3, "fulfilled": 1}
    assert dict(all_counts["source"]) == {"tk": 3, "ek": 1}
    assert all_counts["ministry"][0] == ("Binnenlandse Zaken en Koninkrijksrelaties", 3)


def test_paging_reports_the_total(session):
    webdata.make(session)
    page = search_commitments(session, CommitmentFilter(), TODAY, limit=2, offset=0)
    assert (len(page.items), page.total, page.next_offset, page.pages) == (2, 4, 2, 2)
    last = search_commitments(session, CommitmentFilter(), TODAY, limit=3, offset=3)
    assert (len(last.items), last.total, last.next_offset, last.prev_offset) == (1, 4, None, 0)
    beyond = search_commitments(session, CommitmentFilter(), TODAY, limit=3, offset=9)
    assert (beyond.items, beyond.total) == ([], 4)


def test_document_search_over_full_text(session):
    d = webdata.make(session)
    page = search_documents(session, DocumentFilter(q="richtlijnen overheidsorganisaties"))
    assert [doc.id for doc in page.items] == [d.letter.id]
    assert search_documents(session, DocumentFilter(dossier="26643")).total == 1
    apply(session, d.letter, {"text": "Vervangen tekst."}, Actor("sync", "tk"))
    session.commit()
    assert search_documents(session, DocumentFilter(q="richtlijnen")).total == 0
    assert session.get(Document, d.letter.id).text == "Vervangen tekst."
