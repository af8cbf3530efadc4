"""Promises registered in both chambers about the same matter: proposed as related, confirmed
or rejected by a clerk, as history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from tracker.models import Commitment, CommitmentLink, HistoryEntry
from tracker.services.changes import Actor, set_fulfilment, upsert
from tracker.services.related import propose_related
from tracker.services.sources import get_source

from . import webdata
from .webdata import clerk_post, login


def _number(session, cid):
    return session.get(Commitment, cid).number


def _links(session):
    session.expire_all()
    return {(_number(session, link.from_id), _number(session, link.to_id), link.state)
            for link in session.scalars(select(CommitmentLink).where(
                CommitmentLink.relation == "related"))}


def test_the_sample_proposes_the_awb_promises_of_both_chambers(cli, session):
    # T03670 (Eerste Kamer, 2023) and two Tweede Kamer promises of 2025 on the kenbaarheid and
    # motivering of algorithms in the Awb; T01970 (gelijke behandeling) matches nothing
    # proposed as the Eerste Kamer pages are imported (after the Tweede Kamer's); the final
    # sample step, the daily job's, finds nothing more
    assert "related: proposed 0" in cli("load-sample").output
    assert _links(session) == {("T03670", "TZ202503-041", "proposed"),
                               ("T03670", "TZ202505-118", "proposed")}
    (history,) = session.scalars(select(HistoryEntry).where(
        HistoryEntry.field == "related_proposed", HistoryEntry.new_value == "TZ202503-041"))
    assert history.reason == "same ministry; words in common: algoritmen, gebruik, " \
        "kenbaarheid, motivering"
    assert propose_related(session) == 0  # idempotent


def test_why_a_promise_was_proposed_reads_in_the_readers_language(cli, client, session):
    # (the reason was stored in Dutch and shown so on English pages)
    cli("load-sample")
    t = session.scalar(select(Commitment).where(Commitment.number == "T03670"))
    dutch = client.get(f"/toezeggingen/{t.id}?lang=nl").get_data(as_text=True)
    assert "zelfde ministerie; gemeenschappelijke woorden: algoritmen" in dutch
    english = client.get(f"/toezeggingen/{t.id}?lang=en").get_data(as_text=True)
    assert "same ministry; words in common: algoritmen" in english
    assert "gemeenschappelijke" not in english


def test_a_document_fulfilling_both_makes_them_related(session):
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    ek = get_source(session, "ek", kind="ek", name="Eerste Kamer")
    sync = Actor("sync", "test")
    a, _, _ = upsert(session, Commitment, ek, "T09999", {
        "number": "T09999", "text": "Een evaluatie van de wet", "chamber": "EK",
        "ministry": "Financiën", "status": "open"}, sync)
    b, _, _ = upsert(session, Commitment, tk, "tz", {
        "number": "TZ202601-001", "text": "Een brief over de begroting", "chamber": "TK",
        "ministry": "Justitie en Veiligheid", "status": "open"}, sync)
    letter = webdata.Document(source=tk, external_id="2026D00009", number="2026D00009",
                              doc_type="Brief regering", date=date(2026, 2, 1))
    session.add(letter)
    session.flush()
    set_fulfilment(session, a, letter, sync, state="proposed")
    set_fulfilment(session, b, letter, sync)
    assert propose_related(session, [a.id]) == 1
    (history,) = [h for h in a.history if h.field == "related_proposed"]
    assert history.reason == "the same document keeps both: 2026D00009"


def test_a_clerk_confirms_or_rejects_and_a_rejection_is_final(cli, client, session):
    cli("load-sample")
    login(client, session, "clerk")
    t = session.scalar(select(Commitment).where(Commitment.number == "T03670"))
    page = client.get(f"/toezeggingen/{t.id}").get_data(as_text=True)
    assert "Voorgesteld: dezelfde zaak in de andere Kamer" in page
    first, second = session.scalars(select(CommitmentLink).where(
        CommitmentLink.relation == "related").order_by(CommitmentLink.id)).all()
    clerk_post(client, f"/toezeggingen/{t.id}/verband/{first.id}", {"decision": "confirm"})
    clerk_post(client, f"/toezeggingen/{t.id}/verband/{second.id}", {"decision": "reject"})
    assert _links(session) == {("T03670", "TZ202503-041", "confirmed"),
                               ("T03670", "TZ202505-118", "rejected")}
    # both pages show the confirmed link, neither the rejected one; the history says who
    tz = session.get(Commitment, first.to_id)
    other = client.get(f"/toezeggingen/{tz.id}").get_data(as_text=True)
    related = other.split('id="related-heading"')[1].split("</section>")[0]
    assert "hangt samen met" in related and "T03670" in related
    assert "TZ202505-118" not in client.get(f"/toezeggingen/{t.id}").get_data(
        as_text=True).split('id="related-heading"')[1].split("</section>")[0]
    assert [(h.field, h.new_value, h.actor_kind) for h in tz.history
            if h.field.startswith("related")] == [("related", "T03670", "user")]
    # a rejected pair is not proposed again; a second decision is refused
    assert propose_related(session) == 0
    again = clerk_post(client, f"/toezeggingen/{t.id}/verband/{second.id}",
                       {"decision": "confirm"}, follow=True)
    assert "al beoordeeld" in again.get_data(as_text=True)
