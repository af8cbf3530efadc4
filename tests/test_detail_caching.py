"""A promise's page is kept between requests (web/pages.py), but never shows a reader what is
no longer so: each kind of change, made as another process would make it (no cache of the web
application is told), shows on the next request. And a view reads little."""

import re
from datetime import date

import pytest
from sqlalchemy import event, insert, update

from tracker import clock
from tracker.models import (
    Activity,
    Commitment,
    CommitmentLink,
    CommitmentRecipient,
    Document,
    Fulfilment,
    HistoryEntry,
    Source,
)
from tracker.services.changes import Actor, apply
from tracker.services.details import merge_details

from .webdata import csrf_token, login, make

SYNC = Actor("sync", "tk")


@pytest.fixture
def data(session, today):
    return make(session)


def _page(client, commitment_id: int, lang: str = "") -> str:
    response = client.get(f"/toezeggingen/{commitment_id}" + (f"?lang={lang}" if lang else ""))
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _twice(client, commitment_id: int) -> str:
    """The page, asked for twice: the second is the kept one, if any was kept (the frame's CSRF
    token is signed with the second it was made in, so it is left out of the comparison)."""
    first = _page(client, commitment_id)
    assert _without_token(_page(client, commitment_id)) == _without_token(first)
    return first


def _payload(token: str) -> str:
    """A CSRF token is the session's secret, a timestamp and a signature: the secret is what
    says whose it is (the timestamp differs between two requests a second apart)."""
    return token.split(".")[0]


def _payloads(page: str) -> set[str]:
    return {_payload(t) for t in re.findall(
        r'name="csrf_token" value="([^"]*)"', page)}


def _without_token(page: str) -> str:
    return re.sub(r'(name="csrf_token" value=)"[^"]*"', r"\1", page)


def test_the_promise_itself_changing_shows_at_once(client, session, data):
    c = data.tk_soon
    assert "over het algoritmeregister." in _twice(client, c.id)
    apply(session, c, {"text": "De staatssecretaris informeert de Kamer over netcongestie."},
          SYNC)
    session.commit()
    text = _page(client, c.id).split('class="commitment-text">')[1].split("</blockquote>")[0]
    assert text == "De staatssecretaris informeert de Kamer over netcongestie."
    # a bare UPDATE (as a bulk import sends) moves the version too
    session.execute(update(Commitment).where(Commitment.id == c.id).values(status="lapsed"))
    session.commit()
    assert "status-lapsed" in _page(client, c.id)


def test_a_new_history_row_shows_at_once(client, session, data):
    c = data.tk_soon
    assert "Nog geen wijzigingen sinds het inlezen" in _twice(client, c.id)
    # only the history table is written: the commitment's row is untouched
    session.execute(insert(HistoryEntry), [{
        "commitment_id": c.id, "field": "status", "old_value": "open", "new_value": "lapsed",
        "changed_at": clock.now(), "actor_kind": "sync", "actor": "tk",
        "reason": "vervallen bij de bron"}])
    session.commit()
    page = _page(client, c.id)
    assert "Nog geen wijzigingen" not in page and "vervallen bij de bron" in page


def test_its_document_changing_shows_at_once(client, session, data):
    c = data.candidate
    assert "Reactie op het rapport Surveillance Giants" in _twice(client, c.id)
    session.execute(update(Document).where(Document.id == data.letter.id)
                    .values(title="Kabinetsreactie algoritmes"))
    session.commit()
    page = _page(client, c.id)
    assert "Kabinetsreactie algoritmes" in page and "Surveillance Giants" not in page


def test_its_letters_their_titles_and_senders_show_at_once(client, session, data):
    c = data.tk_fulfilled
    assert "Voortgangsbrief algoritmeregister" in _twice(client, c.id)
    session.execute(update(Document).where(Document.id == data.fulfilling.id)
                    .values(title="Tweede voortgangsbrief"))
    session.commit()
    assert "Tweede voortgangsbrief" in _twice(client, c.id)
    # who sent it is read from the letter's details (and its copies')
    merge_details(session, data.fulfilling, {"signer": "De staatssecretaris van BZK"})
    session.commit()
    assert "De staatssecretaris van BZK" in _twice(client, c.id)
    # a letter that is only proposed now: the promise's row is untouched
    session.execute(update(Fulfilment).where(Fulfilment.commitment_id == c.id)
                    .values(state="proposed"))
    session.commit()
    page = _page(client, c.id)
    assert "Voorgestelde nakoming" in page and "Nog geen document gekoppeld" in page
    # a new letter for another promise, on its page only
    session.add(Fulfilment(commitment_id=data.tk_soon.id, document_id=data.fulfilling.id,
                           state="confirmed"))
    session.commit()
    assert "Tweede voortgangsbrief" in _page(client, data.tk_soon.id)


def test_a_sender_named_only_by_a_copy_that_came_later_shows_at_once(client, session, data):
    c = data.tk_fulfilled
    assert "De minister van Financiën" not in _twice(client, c.id)
    # officielebekendmakingen brings the same letter (by its number) a day later, and its
    # text names who signed it: the promise itself, its letter and its row are untouched
    koop = Source(key="koop-copy", kind="koop", name="officielebekendmakingen", settings={})
    session.add(koop)
    session.flush()
    copy = Document(source_id=koop.id, external_id="kst-1", number="2026D01234",
                    identifier="kst-26643-1", title="Brief")
    session.add(copy)
    session.flush()
    merge_details(session, copy, {"signer": "De minister van Financiën"})
    session.commit()
    assert "De minister van Financiën" in _twice(client, c.id)
    # and a copy that stops being one (its number corrected) takes its sender with it
    session.execute(update(Document).where(Document.id == copy.id).values(number="2026D09999"))
    session.commit()
    assert "De minister van Financiën" not in _twice(client, c.id)


def test_links_both_ways_and_the_promises_at_their_ends_show_at_once(client, session, data):
    c, other = data.tk_open, data.tk_soon
    assert "Verwante toezeggingen" not in _twice(client, c.id)
    assert "Verwante toezeggingen" not in _twice(client, other.id)
    session.add(CommitmentLink(from_id=c.id, to_id=other.id, to_ref="guid-058",
                               relation="repeats"))
    session.commit()
    assert "TZ202510-012" in _twice(client, c.id)
    assert "TZ202504-057" in _twice(client, other.id)
    # the other promise is renumbered: both pages say so
    session.execute(update(Commitment).where(Commitment.id == other.id)
                    .values(number="TZ202510-099"))
    session.commit()
    assert "TZ202510-099" in _twice(client, c.id)
    session.execute(update(Commitment).where(Commitment.id == c.id)
                    .values(number="TZ202504-099"))
    session.commit()
    assert "TZ202504-099" in _twice(client, other.id)
    # the link is rejected: gone from both
    session.execute(update(CommitmentLink).values(state="rejected"))
    session.commit()
    assert "TZ202510-099" not in _page(client, c.id)
    assert "TZ202504-099" not in _page(client, other.id).split("</h1>")[1]


def test_promises_from_the_same_document_show_at_once(client, session, data):
    c = data.candidate
    assert "uit hetzelfde document" not in _twice(client, c.id)
    session.execute(update(Commitment).where(Commitment.id == data.tk_soon.id)
                    .values(document_id=data.letter.id))
    session.commit()
    assert "uit hetzelfde document" in _twice(client, c.id)
    session.execute(update(Commitment).where(Commitment.id == data.tk_soon.id)
                    .values(text="Een andere zin uit dezelfde brief."))
    session.commit()
    assert "Een andere zin uit dezelfde brief." in _page(client, c.id)


def test_members_registry_detail_debate_and_source_names_show_at_once(client, session, data):
    c, ek = data.tk_open, data.ek_open
    assert "Toegezegd aan" not in _twice(client, c.id)
    session.add(CommitmentRecipient(commitment_id=c.id, position=0, name="Jansen"))
    session.commit()
    assert "Jansen" in _twice(client, c.id)
    session.execute(update(CommitmentRecipient).values(party="GL-PvdA"))
    session.commit()
    assert "GL-PvdA" in _twice(client, c.id)

    assert "In het register van de Eerste Kamer" not in _twice(client, ek.id)
    merge_details(session, ek, {"title": "Wet open overheid"})
    session.commit()
    assert "Wet open overheid" in _twice(client, ek.id)
    merge_details(session, ek, {"title": "Wet digitale overheid"})
    session.commit()
    assert "Wet digitale overheid" in _page(client, ek.id)

    tk = session.query(Source).filter_by(key="tk").one()
    session.execute(update(Commitment).where(Commitment.id == c.id)
                    .values(activity_ref="2025A01234"))
    session.commit()
    assert "2025A01234" not in _twice(client, c.id)  # no such debate read yet
    session.add(Activity(source_id=tk.id, external_id="act-1", number="2025A01234",
                         kind="Commissiedebat"))
    session.commit()
    assert "2025A01234" in _twice(client, c.id)
    assert "commissievergadering" in _page(client, c.id)
    session.execute(update(Activity).values(kind="Plenair debat"))
    session.commit()
    page = _twice(client, c.id)
    assert "commissievergadering" not in page and "2025A01234" in page

    # a feed's name is the one its administrator gave it
    session.execute(update(Source).where(Source.key == "tk").values(key="feed-kamer",
                                                                     name="Kamerfeed"))
    session.commit()
    assert "Kamerfeed" in _page(client, c.id)
    session.execute(update(Source).where(Source.key == "feed-kamer").values(name="Kamerbrieven"))
    session.commit()
    assert "Kamerbrieven" in _page(client, c.id)


def test_a_kept_page_is_per_day_language_and_reader(client, session, data, monkeypatch):
    c = data.tk_soon  # due 30 November 2026; today is the 23rd
    assert "te laat" not in _twice(client, c.id)
    monkeypatch.setattr(clock, "today", lambda: date(2026, 12, 3))
    assert "3 dagen te laat" in _twice(client, c.id)
    english = _page(client, c.id, "en")
    assert '<html lang="en">' in english and "3 days late" in english
    assert "3 dagen te laat" in _page(client, c.id, "nl")

    # a clerk's name in the history is for signed-in readers only
    moved = data.tk_open
    assert "griffier@tweedekamer.nl" not in _twice(client, moved.id)
    login(client, session, role="viewer")
    _page(client, moved.id)  # (says who logged in, once)
    assert "griffier@tweedekamer.nl" in _twice(client, moved.id)
    # and a clerk's page has forms with the clerk's own session token, never another's
    clerks = []
    for n in range(2):
        clerk = client.application.test_client()
        login(clerk, session, role="clerk", email=f"clerk{n}@example.org")
        page = _page(clerk, moved.id)
        assert "Status opslaan" in page and _payload(csrf_token(clerk, "/")) in _payloads(page)
        clerks.append(page)
    assert _payload(csrf_token(client)) not in _payloads(clerks[0])
    assert "Status opslaan" not in _page(client, moved.id)


def test_a_page_is_gone_when_its_promise_is(client, session, data):
    c = data.tk_soon
    _twice(client, c.id)
    session.delete(session.get(Commitment, c.id))
    session.commit()
    assert client.get(f"/toezeggingen/{c.id}").status_code == 404
    assert client.get("/toezeggingen/999999").status_code == 404


def _statements(app, client, path: str) -> list[str]:
    sent: list[str] = []
    engine = app.extensions["tracker"].engine

    def count(_conn, _cursor, statement, *_args) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        assert client.get(path).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return sent


def test_a_view_reads_little(app, client, session, data):
    """A page made afresh reads its promise and what hangs from it in a few statements; a
    kept page one, or a few more for a promise with letters (who sent each is read fresh)."""
    for c, fresh_at_most, kept_at_most in ((data.tk_open, 8, 1), (data.candidate, 8, 1),
                                           (data.tk_fulfilled, 16, 6)):
        path = f"/toezeggingen/{c.id}"
        made = _statements(app, client, path)
        assert len(made) <= fresh_at_most, made
        kept = _statements(app, client, path)
        assert len(kept) <= kept_at_most, kept
    # a clerk's page is made afresh each time, with its forms
    login(client, session)
    assert len(_statements(app, client, f"/toezeggingen/{data.tk_open.id}")) > 2


def test_many_pages_are_kept_but_not_without_end(app, client, session, data, monkeypatch):
    from tracker.web import pages

    monkeypatch.setattr(pages, "PAGES_KEPT", 3)
    ids = [data.tk_open.id, data.tk_soon.id, data.tk_fulfilled.id, data.ek_open.id,
           data.candidate.id]
    for commitment_id in ids:
        _page(client, commitment_id)
    assert len(app.extensions["tracker_pages"].kept) == 3
    assert all(_page(client, i) for i in ids)
