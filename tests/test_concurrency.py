"""Optimistic concurrency: a clerk's change is made to what the clerk saw, or not at all.

The concurrent tests send two real requests at once from two signed-in clerks; both have
been shown the same version and both are held until each has read the commitment, so the
database's conditional UPDATE is what decides (on SQLite and on PostgreSQL).
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select, update

from tracker.models import AuditEntry, Commitment, HistoryEntry
from tracker.services import concurrency
from tracker.services.changes import Actor, apply

from . import webdata
from .webdata import clerk_post, login, post, shown_version


def _history(session, commitment_id):
    session.expire_all()
    return [(h.field, h.old_value, h.new_value, h.by) for h in session.scalars(
        select(HistoryEntry).where(HistoryEntry.commitment_id == commitment_id)
        .order_by(HistoryEntry.id))]


def test_every_update_of_a_commitment_raises_its_version(session):
    d = webdata.make(session)
    session.commit()
    before = d.tk_open.version
    apply(session, d.tk_open, {"status": "lapsed"}, Actor("sync", "tk"))
    session.commit()
    session.refresh(d.tk_open)
    assert d.tk_open.version == before + 1
    # a Core UPDATE that does not mention the version raises it too (bulk imports)
    session.execute(update(Commitment).where(Commitment.id == d.tk_open.id)
                    .values(committee="vaste commissie voor Financiën"))
    session.commit()
    session.refresh(d.tk_open)
    assert d.tk_open.version == before + 2


def test_a_form_shown_before_another_clerks_change_saves_nothing(app, session):
    d = webdata.make(session)
    first, second = app.test_client(), app.test_client()
    login(first, session, "clerk", "eerste@example.org")
    login(second, session, "clerk", "tweede@example.org")
    seen_by_first = shown_version(first, d.tk_soon.id)
    clerk_post(second, f"/toezeggingen/{d.tk_soon.id}/deadline",
               {"due": "2027-01-31", "reason": "uitstel gegeven"})
    before = _history(session, d.tk_soon.id)
    response = post(first, f"/toezeggingen/{d.tk_soon.id}/deadline",
                    {"due": "2027-03-01", "reason": "ander uitstel", "version": seen_by_first})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "iemand anders heeft deze toezegging intussen gewijzigd" in page
    # what changed, from what to what, by whom (a signed-in clerk sees the name)
    assert "30 november 2026" in page and "31 januari 2027" in page
    assert "tweede@example.org" in page and "uitstel gegeven" in page
    assert _history(session, d.tk_soon.id) == before
    session.refresh(d.tk_soon)
    assert d.tk_soon.due == date(2027, 1, 31)
    # shown the page again, the first clerk can make the change
    clerk_post(first, f"/toezeggingen/{d.tk_soon.id}/deadline",
               {"due": "2027-03-01", "reason": "ander uitstel"})
    session.refresh(d.tk_soon)
    assert d.tk_soon.due == date(2027, 3, 1)


def test_a_sync_that_moved_the_commitment_meanwhile_is_shown(client, session):
    d = webdata.make(session)
    login(client, session, "clerk")
    seen = shown_version(client, d.tk_open.id)
    apply(session, d.tk_open, {"status": "fulfilled", "status_raw": "Voldaan"},
          Actor("sync", "tk"))
    session.commit()
    response = post(client, f"/toezeggingen/{d.tk_open.id}/status",
                    {"status": "lapsed", "reason": "vervallen", "version": seen})
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    box = page.split('class="errors conflict"')[1].split("</div>")[0]
    assert "Voldaan" in box and "Tweede Kamer" in box
    session.refresh(d.tk_open)
    assert d.tk_open.status == "fulfilled"


def test_a_form_without_its_version_is_refused(client, session):
    d = webdata.make(session)
    login(client, session, "clerk")
    response = post(client, f"/toezeggingen/{d.candidate.id}/beoordeling",
                    {"decision": "confirm"})
    assert response.status_code == 400
    assert "Dit formulier is verouderd" in response.get_data(as_text=True)
    for bad in ("", "x", "1.2.3", "-1.0", "9" * 50):
        assert post(client, f"/toezeggingen/{d.candidate.id}/beoordeling",
                    {"decision": "confirm", "version": bad}).status_code == 400
    session.refresh(d.candidate)
    assert d.candidate.status == "candidate"


def _at_once(app, session, monkeypatch, requests):
    """Send ``requests`` ((client, path, data) with their shown versions) at the same time,
    each held after reading the commitment until all have read it."""
    barrier = threading.Barrier(len(requests), timeout=20)
    real_claim = concurrency.claim

    def claim_together(*args):
        barrier.wait()  # every request has read the commitment at the shown version
        return real_claim(*args)

    monkeypatch.setattr(concurrency, "claim", claim_together)
    results: list = [None] * len(requests)

    def send(i, client, path, data):
        results[i] = post(client, path, data).status_code

    threads = [threading.Thread(target=send, args=(i, *r)) for i, r in enumerate(requests)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def _two_clerks(app, session):
    first, second = app.test_client(), app.test_client()
    login(first, session, "clerk", "eerste@example.org")
    login(second, session, "clerk", "tweede@example.org")
    return first, second


def test_confirm_and_reject_of_one_candidate_at_once(app, session, monkeypatch):
    d = webdata.make(session)
    first, second = _two_clerks(app, session)
    path = f"/toezeggingen/{d.candidate.id}/beoordeling"
    seen = shown_version(first, d.candidate.id)
    assert shown_version(second, d.candidate.id) == seen
    codes = _at_once(app, session, monkeypatch, [
        (first, path, {"decision": "confirm", "version": seen}),
        (second, path, {"decision": "reject", "version": seen})])
    assert sorted(codes) == [303, 409]
    rows = _history(session, d.candidate.id)
    assert len(rows) == 1 and rows[0][:2] == ("status", "candidate")
    winner = rows[0][2]
    session.refresh(d.candidate)
    assert d.candidate.status == winner
    decided = session.scalars(select(AuditEntry.action).where(
        AuditEntry.action.like("candidate_%"))).all()
    assert len(decided) == 1


def test_two_deadline_moves_at_once(app, session, monkeypatch):
    d = webdata.make(session)
    first, second = _two_clerks(app, session)
    path = f"/toezeggingen/{d.tk_soon.id}/deadline"
    seen = shown_version(first, d.tk_soon.id)
    codes = _at_once(app, session, monkeypatch, [
        (first, path, {"due": "2027-01-31", "reason": "eerste", "version": seen}),
        (second, path, {"due": "2027-02-28", "reason": "tweede", "version": seen})])
    assert sorted(codes) == [303, 409]
    moves = [r for r in _history(session, d.tk_soon.id) if r[0] == "due"]
    # one move, from the old deadline: never two moves both "from" 30 November
    assert len(moves) == 1 and moves[0][1] == "2026-11-30"
    session.refresh(d.tk_soon)
    assert d.tk_soon.due.isoformat() == moves[0][2]


@pytest.mark.parametrize("token", ["7.0", "12.345"])
def test_tokens_read_back(token):
    assert concurrency.Shown.parse(token).token == token
