"""The review queue (/beoordelen): rows a clerk can decide on the spot, copies of one paper
merged, confirming with number, committee, ministry and deadline, rejecting with a reason,
many at once, and refusing what changed meanwhile."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from tracker.models import Commitment, Document, HistoryEntry
from tracker.services.changes import Actor, apply, upsert
from tracker.services.concurrency import token
from tracker.services.queue import review_queue
from tracker.services.sources import get_source

from . import webdata

SENTENCE = ("De minister zal de Kamer voor de zomer informeren over de evaluatie van de Wet "
            "open overheid.")
LETTER = f"Den Haag, 2 oktober 2026. Geachte voorzitter, {SENTENCE} Hoogachtend, de minister."


def _paper(session) -> tuple[Commitment, Commitment, Document, Document]:
    """One letter from the TK SyncFeed and the same paper from officielebekendmakingen, each
    with the sentence as a candidate (as extraction makes them when the copies were read before
    they were known to be one paper)."""
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    koop = get_source(session, "koop", kind="koop", name="KOOP")
    extraction = get_source(session, "extraction", kind="extraction", name="Extractie")
    sync = Actor("sync", "tk")
    letter, _, _ = upsert(session, Document, tk, "guid-letter", {
        "number": "2026D40001", "title": "Evaluatie Wet open overheid", "date": date(2026, 10, 2),
        "doc_type": "Brief regering", "chamber": "TK", "text": LETTER}, sync)
    copy, _, _ = upsert(session, Document, koop, "kst-36000-12", {
        "identifier": "kst-36000-12", "number": "2026D40001", "title": "Evaluatie Wet open "
        "overheid", "date": date(2026, 10, 2), "chamber": "TK", "text": LETTER}, sync)
    session.flush()
    start = LETTER.index(SENTENCE)
    rows = []
    for doc in (letter, copy):
        row, _, _ = upsert(session, Commitment, extraction, f"doc-{doc.id}:commitment:abc", {
            "text": SENTENCE, "status": "candidate", "kind": "commitment", "chamber": "TK",
            "document_id": doc.id, "span_start": start, "span_end": start + len(SENTENCE),
            "due": date(2027, 7, 2), "due_phrase": "voor de zomer", "due_precision": "season",
            "due_source": "text", "actor": "de minister",
            "ministry": "Binnenlandse Zaken en Koninkrijksrelaties"}, Actor("extraction", "text"))
        rows.append(row)
    session.commit()
    return rows[0], rows[1], letter, copy


def _form(page: str, commitment_id: int, decision: str) -> dict[str, str]:
    """The hidden fields of one row's form, as the page rendered them."""
    action = f'action="/beoordelen/{commitment_id}'
    start = page.index(action)
    start = page.index(f'name="decision" value="{decision}"', start)
    end = page.index("</form>", start)
    form = page[start:end]
    fields = {"decision": decision}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form):
        fields.setdefault(name, value)
    copies = re.findall(r'name="copy" value="(\d+)"', form)
    return {**fields, **({"copy": copies} if copies else {})}


def test_only_clerks_review(client, session, today):
    webdata.make(session)
    assert client.get("/beoordelen").status_code == 302  # to the login page
    webdata.login(client, session, "viewer")
    assert client.get("/beoordelen").status_code == 403


def test_each_row_shows_the_document_kind_deadline_and_sentence_and_copies_are_one(
        client, session, today):
    d = webdata.make(session)
    first, second, _letter, _copy = _paper(session)
    queue = review_queue(session)
    assert queue.total == 2 and queue.kinds == {"commitment": 2}
    merged = queue.rows[0]
    assert [c.id for c in merged.members] == [first.id, second.id]
    assert merged.evidence.sentence == SENTENCE
    webdata.login(client, session)
    page = client.get("/beoordelen").get_data(as_text=True)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    # the document: title, date, source; the row: kind, deadline with its phrase, sentence
    assert "Evaluatie Wet open overheid" in text and "2 oktober 2026" in text
    assert "Toezegging" in text and "Voorgestelde deadline: 2 juli 2027 (“voor de zomer”)" in text
    assert f"<mark>{SENTENCE}</mark>" in page
    assert page.count(f"<mark>{SENTENCE}</mark>") == 1  # one row for both copies
    assert "Dezelfde zin staat ook in: officielebekendmakingen.nl (kst-36000-12)" in text
    # the older candidate of webdata comes after the newer document
    assert page.index("Evaluatie Wet open overheid") < page.index(webdata.SENTENCE)
    assert f'id="k-{d.candidate.id}"' in page


def test_the_overview_counts_for_a_clerk_what_the_queue_shows(client, session, today):
    # (it counted candidates, copies apart: 41 on the overview, 39 in the queue it led to)
    webdata.make(session)
    _paper(session)
    queue = review_queue(session)
    candidates = session.query(Commitment).filter_by(status="candidate").count()
    assert candidates == queue.total + 1  # the copy
    webdata.login(client, session)
    home = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get("/").get_data(as_text=True)))
    assert f"{queue.total} kandidaten te beoordelen" in home
    lede = client.get("/beoordelen").get_data(as_text=True)
    assert f"{queue.total} voorstellen uit documenten" in lede


def test_confirm_with_number_committee_ministry_and_deadline(client, session, today):
    d = webdata.make(session)
    first, second, _letter, _copy = _paper(session)
    webdata.login(client, session)
    page = client.get("/beoordelen").get_data(as_text=True)
    form = _form(page, first.id, "confirm")
    assert form["copy"] == [str(second.id)] and form["next"] == str(d.candidate.id)
    response = webdata.post(client, f"/beoordelen/{first.id}", {
        **form, "number": " TZ202610-001 ", "committee": "Binnenlandse Zaken",
        "ministry": "Binnenlandse Zaken en Koninkrijksrelaties", "due": "2027-06-30"})
    assert response.status_code == 303
    assert response.location.endswith(f"/beoordelen#k-{d.candidate.id}")  # on to the next
    session.expire_all()
    confirmed, duplicate = session.get(Commitment, first.id), session.get(Commitment, second.id)
    assert (confirmed.status, confirmed.number, confirmed.committee) == (
        "open", "TZ202610-001", "Binnenlandse Zaken")
    assert (confirmed.due, confirmed.due_source) == (date(2027, 6, 30), "manual")
    assert duplicate.status == "rejected"
    history = session.scalars(select(HistoryEntry).where(
        HistoryEntry.commitment_id == first.id, HistoryEntry.actor_kind == "user")).all()
    assert {h.field for h in history} >= {"number", "committee", "due", "status"}
    assert {h.actor for h in history} == {"clerk@example.org"}
    followed = client.get(response.location).get_data(as_text=True)
    assert "Bevestigd als toezegging: Evaluatie van de Wet open overheid" in followed
    assert f'id="k-{first.id}"' not in followed and f'id="k-{second.id}"' not in followed
    # the copy's history says why, in words
    detail = client.get(f"/toezeggingen/{second.id}").get_data(as_text=True)
    assert "dezelfde zin in een ander exemplaar van dit stuk" in detail


def test_confirm_keeps_the_proposed_deadline_unless_changed(client, session, today):
    d = webdata.make(session)
    webdata.login(client, session)
    page = client.get("/beoordelen").get_data(as_text=True)
    form = _form(page, d.candidate.id, "confirm")
    webdata.post(client, f"/beoordelen/{d.candidate.id}", {
        **form, "number": "", "committee": "", "due": "2026-07-03",
        "ministry": "Binnenlandse Zaken en Koninkrijksrelaties"})
    session.expire_all()
    c = session.get(Commitment, d.candidate.id)
    assert (c.status, c.due, c.due_source, c.due_phrase) == (
        "open", date(2026, 7, 3), "text", "voor de zomer van 2026")


def test_reject_with_a_reason_and_the_reason_reads_in_dutch(client, session, today):
    d = webdata.make(session)
    webdata.login(client, session)
    page = client.get("/beoordelen").get_data(as_text=True)
    form = _form(page, d.candidate.id, "reject")
    refused = webdata.post(client, f"/beoordelen/{d.candidate.id}", {
        **form, "reject_reason": "because"}, follow=True).get_data(as_text=True)
    assert "Niet gewijzigd: kies een reden om af te wijzen" in refused
    response = webdata.post(client, f"/beoordelen/{d.candidate.id}", {
        **form, "reject_reason": "not a commitment", "reason": "een mededeling"})
    assert response.status_code == 303
    session.expire_all()
    assert session.get(Commitment, d.candidate.id).status == "rejected"
    entry = session.scalar(select(HistoryEntry).where(
        HistoryEntry.commitment_id == d.candidate.id, HistoryEntry.field == "status"))
    assert entry.reason == "not a commitment: een mededeling"
    detail = client.get(f"/toezeggingen/{d.candidate.id}").get_data(as_text=True)
    assert "geen toezegging: een mededeling" in detail
    english = client.get(f"/toezeggingen/{d.candidate.id}?lang=en").get_data(as_text=True)
    assert "not a commitment: een mededeling" in english


def test_bulk_reject_leaves_what_changed_meanwhile(client, session, today):
    d = webdata.make(session)
    first, second, _letter, _copy = _paper(session)
    webdata.login(client, session)
    page = client.get("/beoordelen").get_data(as_text=True)
    rows = re.findall(r'name="row" value="([\d,]+)"', page)
    assert rows == [f"{first.id},{second.id}", str(d.candidate.id)]
    versions = dict(re.findall(r'form="bulk-form" name="(version-\d+)" value="([^"]+)"', page))
    # the webdata candidate is changed by the extraction after the page was shown
    apply(session, d.candidate, {"due_phrase": "voor de zomer"}, Actor("extraction", "text"))
    session.commit()
    response = webdata.post(client, "/beoordelen/afwijzen", {
        "row": rows, **versions, "reject_reason": "duplicate"}, follow=True)
    text = response.get_data(as_text=True)
    assert "1 voorstel afgewezen." in text
    assert "1 voorstel was intussen gewijzigd en is niet afgewezen." in text
    session.expire_all()
    assert [session.get(Commitment, i).status for i in (first.id, second.id, d.candidate.id)] \
        == ["rejected", "rejected", "candidate"]


def test_a_decision_on_a_changed_candidate_is_refused_and_shown(client, session, today):
    d = webdata.make(session)
    webdata.login(client, session)
    page = client.get("/beoordelen").get_data(as_text=True)
    form = _form(page, d.candidate.id, "confirm")
    assert form[f"version-{d.candidate.id}"] == token(session, d.candidate)
    apply(session, d.candidate, {"status": "rejected"}, Actor("user", "ander@example.org"))
    session.commit()
    response = webdata.post(client, f"/beoordelen/{d.candidate.id}", {**form, "due": ""})
    assert response.status_code == 409
    assert "iemand anders heeft deze toezegging intussen gewijzigd" in response.get_data(
        as_text=True)
    session.expire_all()
    assert session.get(Commitment, d.candidate.id).status == "rejected"


def test_the_queue_pages_by_twenty_and_filters_by_kind(client, session, today):
    webdata.make(session)
    extraction = get_source(session, "extraction", kind="extraction", name="Extractie")
    for n in range(24):
        upsert(session, Commitment, extraction, f"los-{n}", {
            "text": f"Het kabinet zal onderzoek {n} laten doen.", "status": "candidate",
            "kind": "request" if n % 4 == 0 else "commitment"}, Actor("extraction", "text"))
    session.commit()
    webdata.login(client, session)
    first = client.get("/beoordelen").get_data(as_text=True)
    assert first.count('<article class="candidate"') == 20 and "Pagina 1 van 2" in first
    second = client.get("/beoordelen?page=2").get_data(as_text=True)
    assert second.count('<article class="candidate"') == 5
    requests = client.get("/beoordelen?kind=request").get_data(as_text=True)
    assert requests.count('<article class="candidate"') == 6
    assert "Verzoeken <span class=\"muted\">(6)</span>" in requests
    # a page past the end shows the last one
    assert client.get("/beoordelen?page=9").get_data(as_text=True).count(
        '<article class="candidate"') == 5


def test_a_sentence_citing_a_registered_number_names_it_beside_the_proposal(
        client, session, today):
    # "… heeft uw Kamer toegezegd … (T03670)": is it the registered promise or a new one? The
    # row names the registered toezegging with its status, for the clerk to open or reject.
    from tracker.services.extraction import extract_document

    d = webdata.make(session)
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    text = ("Den Haag, 2 oktober 2026. Geachte voorzitter, Tijdens het debat van 21 maart 2023 "
            "heeft mijn ambtsvoorganger uw Kamer toegezegd dat de kenbaarheid van AI-gebruik "
            "in de Awb wordt versterkt (T03670). Ik zal uw Kamer voor de zomer informeren over "
            "de voortgang. Hoogachtend, de minister.")
    letter, _, _ = upsert(session, Document, tk, "guid-cites", {
        "number": "2026D40002", "title": "Voortgang Awb", "date": date(2026, 10, 2),
        "doc_type": "Brief regering", "chamber": "TK", "text": text}, Actor("sync", "tk"))
    session.flush()
    extract_document(session, letter)
    session.commit()
    rows = {r.candidate.text[:20]: r for r in review_queue(session).rows
            if r.candidate.document_id == letter.id}
    citing = next(r for r in rows.values() if "T03670" in r.candidate.text)
    other = next(r for r in rows.values() if "T03670" not in r.candidate.text)
    assert [c.id for c in citing.cited] == [d.ek_open.id] and other.cited == []
    webdata.login(client, session)
    page = client.get("/beoordelen").get_data(as_text=True)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "Deze zin noemt een toezegging uit het register: T03670 ( Openstaand )." in text
    assert f'href="/toezeggingen/{d.ek_open.id}"' in page
    english = client.get("/beoordelen?lang=en").get_data(as_text=True)
    assert "This sentence cites a commitment in the register:" in english
