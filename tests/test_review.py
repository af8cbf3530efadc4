"""A clerk reviews candidates and edits commitments; every change is history and audited."""

from datetime import date

from sqlalchemy import select

from tracker.models import AuditEntry, Fulfilment, HistoryEntry
from tracker.services.changes import Actor, set_fulfilment

from . import webdata
from .webdata import clerk_post, login, post


def _history(session, commitment_id):
    session.expire_all()
    return session.scalars(select(HistoryEntry).where(HistoryEntry.commitment_id ==
                                                      commitment_id)
                           .order_by(HistoryEntry.id)).all()


def test_viewers_and_visitors_cannot_change_anything(client, session):
    d = webdata.make(session)
    url = f"/toezeggingen/{d.candidate.id}/beoordeling"
    assert post(client, url, {"decision": "confirm"}).status_code == 302  # to the login
    page = client.get(f"/toezeggingen/{d.candidate.id}").get_data(as_text=True)
    assert "Kandidaat beoordelen" not in page
    login(client, session, "viewer")
    assert post(client, url, {"decision": "confirm"}).status_code == 403
    session.refresh(d.candidate)
    assert d.candidate.status == "candidate"


def test_clerk_confirms_a_candidate(client, session):
    d = webdata.make(session)
    login(client, session, "clerk")
    page = client.get(f"/toezeggingen/{d.candidate.id}").get_data(as_text=True)
    assert "Kandidaat beoordelen" in page
    response = clerk_post(client, f"/toezeggingen/{d.candidate.id}/beoordeling",
                    {"decision": "confirm", "reason": "duidelijke toezegging"}, follow=True)
    assert "Kandidaat bevestigd als toezegging." in response.get_data(as_text=True)
    (entry,) = _history(session, d.candidate.id)
    assert (entry.field, entry.old_value, entry.new_value, entry.by, entry.reason) == (
        "status", "candidate", "open", "user:clerk@example.org", "duidelijke toezegging")
    audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "candidate_confirmed"))
    assert audit.actor == "clerk@example.org"
    assert audit.subject == f"commitment:{d.candidate.id}"
    # confirming twice is refused, and nothing changes
    again = clerk_post(client, f"/toezeggingen/{d.candidate.id}/beoordeling",
                       {"decision": "confirm"}, follow=True)
    assert "Niet gewijzigd" in again.get_data(as_text=True)
    assert len(_history(session, d.candidate.id)) == 1


def test_clerk_rejects_a_candidate(client, session):
    d = webdata.make(session)
    login(client, session, "clerk")
    clerk_post(client, f"/toezeggingen/{d.candidate.id}/beoordeling", {"decision": "reject"})
    assert [(h.field, h.new_value) for h in _history(session, d.candidate.id)] == [
        ("status", "rejected")]
    # rejected ones leave the default list
    assert "voor de zomer van 2026" not in client.get("/toezeggingen").get_data(as_text=True)


def test_moving_a_deadline_needs_a_reason_and_is_history(client, session):
    d = webdata.make(session)
    login(client, session, "clerk")
    url = f"/toezeggingen/{d.tk_soon.id}/deadline"
    refused = clerk_post(client, url, {"due": "2027-01-31", "reason": ""}, follow=True)
    assert ("Niet gewijzigd: geef een reden op voor het verschuiven van een deadline"
            in refused.get_data(as_text=True))
    clerk_post(client, url, {"due": "2027-01-31", "reason": "commissie gaf uitstel"})
    rows = [(h.field, h.old_value, h.new_value) for h in _history(session, d.tk_soon.id)]
    assert ("due", "2026-11-30", "2027-01-31") in rows
    assert ("due_source", "source", "manual") in rows
    session.refresh(d.tk_soon)
    assert (d.tk_soon.due, d.tk_soon.due_source) == (date(2027, 1, 31), "manual")
    page = client.get(f"/toezeggingen/{d.tk_soon.id}").get_data(as_text=True)
    assert "commissie gaf uitstel" in page and "1 keer" in page
    bad = clerk_post(client, url, {"due": "31-01-2027", "reason": "x"}, follow=True)
    assert "Geen geldige datum" in bad.get_data(as_text=True)


def test_status_change(client, session):
    d = webdata.make(session)
    login(client, session, "clerk")
    clerk_post(client, f"/toezeggingen/{d.ek_open.id}/status", {"status": "lapsed",
                                                          "reason": "vervallen"})
    assert [(h.field, h.new_value, h.reason) for h in _history(session, d.ek_open.id)] == [
        ("status", "lapsed", "vervallen")]
    assert clerk_post(client, f"/toezeggingen/{d.ek_open.id}/status",
                {"status": "Vervallen"}).status_code == 400


def test_linking_a_fulfilling_document_shows_it_first_then_records_the_choice(client, session):
    d = webdata.make(session)
    login(client, session, "clerk")
    missing = client.get(f"/toezeggingen/{d.tk_soon.id}/nakoming?document=2099D99999",
                         follow_redirects=True)
    assert "Geen document gevonden met kenmerk 2099D99999" in missing.get_data(as_text=True)
    # step one: what the document is, before anything is saved
    check = client.get(f"/toezeggingen/{d.tk_soon.id}/nakoming?document=kst-26643-672")
    page = check.get_data(as_text=True)
    assert check.status_code == 200 and "Brief regering" in page and "13 maart 2020" in page
    assert 'name="status" value="partially_fulfilled"' in page
    assert _history(session, d.tk_soon.id) == []
    # without a choice nothing is saved
    refused = clerk_post(client, f"/toezeggingen/{d.tk_soon.id}/nakoming",
                   {"document_id": str(d.letter.id)}, follow=True)
    assert "kies voldaan of deels voldaan" in refused.get_data(as_text=True)
    assert _history(session, d.tk_soon.id) == []
    clerk_post(client, f"/toezeggingen/{d.tk_soon.id}/nakoming",
         {"document_id": str(d.letter.id), "status": "partially_fulfilled"})
    rows = [(h.field, h.new_value, h.by) for h in _history(session, d.tk_soon.id)]
    assert rows == [("fulfilled_by", "2020D10554", "user:clerk@example.org"),
                    ("status", "partially_fulfilled", "user:clerk@example.org")]
    page = client.get(f"/toezeggingen/{d.tk_soon.id}").get_data(as_text=True)
    assert "Nagekomen met" in page and "2020D10554" in page


def test_confirming_and_rejecting_proposed_fulfilments(client, session):
    d = webdata.make(session)
    set_fulfilment(session, d.tk_soon, d.fulfilling, Actor("extraction", "fulfilment"),
                   state="proposed")
    set_fulfilment(session, d.ek_open, d.fulfilling, Actor("extraction", "fulfilment"),
                   state="proposed")
    session.commit()
    login(client, session, "clerk")
    page = client.get(f"/toezeggingen/{d.tk_soon.id}").get_data(as_text=True)
    assert "Voorgestelde nakoming" in page
    link = session.scalar(select(Fulfilment).where(Fulfilment.commitment_id == d.tk_soon.id))
    # a confirmation without the clerk's choice changes nothing
    clerk_post(client, f"/toezeggingen/{d.tk_soon.id}/nakoming/{link.id}", {"decision": "confirm"})
    session.expire_all()
    assert d.tk_soon.status == "open" and link.state == "proposed"
    clerk_post(client, f"/toezeggingen/{d.tk_soon.id}/nakoming/{link.id}",
         {"decision": "confirm", "status": "fulfilled"})
    session.expire_all()
    assert d.tk_soon.status == "fulfilled"
    assert [f.state for f in d.tk_soon.fulfilments] == ["confirmed"]
    other = session.scalar(select(Fulfilment).where(Fulfilment.commitment_id == d.ek_open.id))
    clerk_post(client, f"/toezeggingen/{d.ek_open.id}/nakoming/{other.id}", {"decision": "reject"})
    session.expire_all()
    assert other.state == "rejected"
    assert session.get(type(d.ek_open), d.ek_open.id).status == "open"
    # a fulfilment of another commitment cannot be decided through this one
    wrong = clerk_post(client, f"/toezeggingen/{d.ek_open.id}/nakoming/{link.id}",
                 {"decision": "reject"}, follow=True)
    assert "Niet gewijzigd" in wrong.get_data(as_text=True)
    actions = session.scalars(select(AuditEntry.action).where(
        AuditEntry.action.like("fulfilment_%")).order_by(AuditEntry.id)).all()
    assert actions == ["fulfilment_confirmed", "fulfilment_rejected"]


def test_a_proposal_shows_kind_sender_and_date_and_can_be_undone_as_history(client, session):
    from tracker.services.details import merge_details

    d = webdata.make(session)
    merge_details(session, d.fulfilling, {"signer": "De Minister van Justitie en Veiligheid"})
    set_fulfilment(session, d.tk_soon, d.fulfilling, Actor("extraction", "fulfilment"),
                   state="proposed")
    session.commit()
    login(client, session, "clerk")
    page = client.get(f"/toezeggingen/{d.tk_soon.id}").get_data(as_text=True)
    proposal = page.split("Voorgestelde nakoming</h3>")[1].split("</section>")[0]
    assert "Brief regering" in proposal and "1 oktober 2026" in proposal
    assert "De Minister van Justitie en Veiligheid" in proposal
    link = session.scalar(select(Fulfilment).where(Fulfilment.commitment_id == d.tk_soon.id))
    clerk_post(client, f"/toezeggingen/{d.tk_soon.id}/nakoming/{link.id}",
         {"decision": "confirm", "status": "partially_fulfilled"})
    session.expire_all()
    assert (d.tk_soon.status, link.state) == ("partially_fulfilled", "confirmed")
    done = clerk_post(client, f"/toezeggingen/{d.tk_soon.id}/nakoming/{link.id}/ongedaan",
                {"reason": "verkeerde brief"}, follow=True)
    assert "Nakoming ongedaan gemaakt" in done.get_data(as_text=True)
    session.expire_all()
    # the proposal is back for a decision, the status as before, and every step is history
    assert (d.tk_soon.status, link.state) == ("open", "proposed")
    assert [(h.field, h.old_value, h.new_value) for h in _history(session, d.tk_soon.id)] == [
        ("proposed_fulfilment", None, "2026D01234"),
        ("fulfilled_by", None, "2026D01234"),
        ("status", "open", "partially_fulfilled"),
        ("fulfilled_by", "2026D01234", None),
        ("status", "partially_fulfilled", "open")]
    assert _history(session, d.tk_soon.id)[-1].reason == "verkeerde brief"
    # a letter the source itself names is not the clerk's to undo
    fulfilled = session.scalar(select(Fulfilment).where(
        Fulfilment.commitment_id == d.tk_fulfilled.id))
    page = client.get(f"/toezeggingen/{d.tk_fulfilled.id}").get_data(as_text=True)
    assert "De bron noemt dit document als nakoming." in page
    undo = f"/toezeggingen/{d.tk_fulfilled.id}/nakoming/{fulfilled.id}/ongedaan"
    refused = clerk_post(client, undo, {}, follow=True)
    assert "Niet gewijzigd" in refused.get_data(as_text=True)
    session.expire_all()
    assert fulfilled.state == "confirmed"


def test_a_registry_that_still_says_open_is_shown_not_obeyed(cli, client, session, tmp_path):
    from tracker.models import Commitment, Document
    from tracker.services.review import link_fulfilment

    from .sources import SAMPLE

    page = str(SAMPLE / "ek/T03670.html")
    cli("import", "ek", page)
    t = session.scalar(select(Commitment).where(Commitment.number == "T03670"))
    letter = Document(source=t.source, external_id="2025D33508", number="2025D33508",
                      doc_type="Brief regering", title="Analyse opbrengst internetconsultatie",
                      date=date(2025, 7, 11))
    session.add(letter)
    link_fulfilment(session, t, letter, Actor("user", "griffier@example.org"), "fulfilled")
    session.commit()
    cli("import", "ek", page)  # the registry still lists it as openstaand
    session.expire_all()
    assert (t.status, t.status_raw) == ("fulfilled", "openstaand")
    shown = client.get(f"/toezeggingen/{t.id}").get_data(as_text=True)
    assert "noemt deze toezegging openstaand" in shown
    assert "als voldaan vastgelegd" in shown
    # when the registry changes its own status, that is news and it wins
    moved = tmp_path / "T03670.html"
    moved.write_bytes((SAMPLE / "ek/T03670.html").read_bytes().replace(
        b"<dd>openstaand</dd>", b"<dd>deels voldaan</dd>"))
    cli("import", "ek", str(moved))
    session.expire_all()
    assert (t.status, t.status_raw) == ("partially_fulfilled", "deels voldaan")
