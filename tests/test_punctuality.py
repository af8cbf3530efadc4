"""Punctuality from dates that mean something: the fulfilling letter's date, the source's own
date of the status change; never the day a clerk clicked or a sync imported."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tracker.models import Commitment, Document
from tracker.services import punctuality as pu
from tracker.services.changes import Actor, apply, upsert
from tracker.services.review import link_fulfilment
from tracker.services.sources import get_source

from .sources import FIXTURES, SAMPLE

CLERK = Actor("user", "griffier@example.org", reason="brief gekoppeld",
              at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC))


def _promise(session, source, key, *, due, ministry="Binnenlandse Zaken en Koninkrijksrelaties",
             committee="Digitale Zaken", status="open", **extra) -> Commitment:
    row, _, _ = upsert(session, Commitment, source, key, {
        "number": key, "text": f"De minister zegt toe ({key}).", "kind": "commitment",
        "ministry": ministry, "committee": committee, "status": status, "due": due,
        "chamber": "TK", **extra}, Actor("sync", "tk"))
    session.flush()
    return row


def _letter(session, source, number, day) -> Document:
    doc, _, _ = upsert(session, Document, source, number, {
        "number": number, "title": f"Brief {number}", "doc_type": "Brief regering",
        "date": day, "chamber": "TK"}, Actor("sync", "tk"))
    session.flush()
    return doc


def test_a_letter_before_its_deadline_is_on_time_whenever_the_clerk_links_it(session):
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    promise = _promise(session, tk, "TZ202509-001", due=date(2025, 10, 30))
    letter = _letter(session, tk, "2025D40001", date(2025, 9, 16))
    # linked more than a year later: the click's day says nothing about punctuality
    link_fulfilment(session, promise, letter, CLERK)
    session.commit()
    figures = pu.report(session)
    overall = figures.overall
    assert (overall.fulfilled, overall.dated, overall.measured, overall.on_time) == (1, 1, 1, 1)
    assert overall.share_on_time == 1.0 and overall.median_days_late is None
    (kept,) = pu.kept_promises(session)
    assert (kept.fulfilled_on, kept.basis, kept.days_late) == (date(2025, 9, 16), "document",
                                                               -44)
    assert [(p.period, p.on_time) for p in figures.by_half_year] == [("2025-H2", 1)]


def test_fulfilled_at_the_source_counts_with_the_sources_date(session, cli):
    # The SyncFeed sample: TZ202503-041 arrives already "Voldaan" with its kamerbriefNakoming
    # 2025D33508 of 11 July 2025 (deadline 1 July 2025); T01237 arrives "voldaan" from an
    # Eerste Kamer page whose Historie dates the status change 15 December 2010 (no deadline).
    cli("import", "ek", str(FIXTURES / "ek/T01237-regels.html"))
    from tracker.sample import load_tk_pages

    load_tk_pages(session, SAMPLE)
    session.commit()
    kept = {k.commitment_id: k for k in pu.kept_promises(session)}
    by_number = {session.get(Commitment, cid).number: k for cid, k in kept.items()}
    assert set(by_number) == {"TZ202503-041", "T01237"}
    tz = by_number["TZ202503-041"]
    assert (tz.fulfilled_on, tz.basis, tz.due, tz.days_late) == (
        date(2025, 7, 11), "document", date(2025, 7, 1), 10)
    t = by_number["T01237"]
    assert (t.fulfilled_on, t.basis, t.due) == (date(2010, 12, 15), "source", None)
    overall = pu.report(session).overall
    assert (overall.fulfilled, overall.dated, overall.measured, overall.on_time) == (2, 2, 1, 0)
    assert overall.median_days_late == 10


def test_without_a_meaningful_date_a_fulfilment_is_counted_but_not_measured(session):
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    promise = _promise(session, tk, "TZ202501-002", due=date(2025, 3, 1))
    # a clerk marks it fulfilled without a document: the click's day is no fulfilment date
    apply(session, promise, {"status": "fulfilled"}, CLERK)
    session.commit()
    overall = pu.report(session).overall
    assert (overall.fulfilled, overall.dated, overall.measured) == (1, 0, 0)
    assert overall.share_on_time is None
    assert pu.half_yearly(session) == []


def test_the_deadline_in_force_on_the_letters_day_counts(session):
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    promise = _promise(session, tk, "TZ202501-003", due=date(2025, 9, 1))
    letter = _letter(session, tk, "2025D40003", date(2025, 9, 16))
    # the committee moves the deadline after the letter was sent: still late
    apply(session, promise, {"due": date(2025, 12, 31)},
          Actor("user", "griffier@example.org", reason="nieuwe termijn",
                at=datetime(2025, 10, 1, 12, tzinfo=UTC)))
    link_fulfilment(session, promise, letter, CLERK)
    session.commit()
    (kept,) = pu.kept_promises(session)
    assert (kept.due, kept.days_late) == (date(2025, 9, 1), 15)


@pytest.mark.parametrize("by", ["ministry", "committee"])
def test_per_group_and_per_half_year(session, by):
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    cases = [  # key, ministry, committee, due, letter date
        ("A", "BZK", "Digitale Zaken", date(2025, 3, 1), date(2025, 2, 1)),  # on time, H1
        ("B", "BZK", "Digitale Zaken", date(2025, 3, 1), date(2025, 3, 21)),  # 20 late, H1
        ("C", "JenV", "Justitie", date(2025, 8, 1), date(2025, 9, 1)),  # 31 late, H2
        ("D", "JenV", "Justitie", date(2025, 12, 1), date(2025, 11, 1)),  # on time, H2
    ]
    for key, ministry, committee, due, day in cases:
        promise = _promise(session, tk, key, due=due, ministry=ministry, committee=committee)
        link_fulfilment(session, promise, _letter(session, tk, f"L{key}", day), CLERK)
    _promise(session, tk, "E", due=date(2025, 1, 1), ministry="BZK", committee="Digitale Zaken")
    session.commit()
    kept = pu.kept_promises(session)
    rows = {p.name: p for p in pu.by_group(kept, by)}
    first = "BZK" if by == "ministry" else "Digitale Zaken"
    second = "JenV" if by == "ministry" else "Justitie"
    assert (rows[first].measured, rows[first].on_time, rows[first].median_days_late) == (2, 1, 20)
    assert (rows[second].measured, rows[second].on_time,
            rows[second].median_days_late) == (2, 1, 31)
    halves = pu.half_yearly(session, by)
    assert [(p.period, p.name, p.on_time, p.late) for p in halves] == [
        ("2025-H1", first, 1, 1), ("2025-H2", second, 1, 1)]
    overall_halves = pu.half_yearly(session)
    assert [(p.period, p.name, p.measured) for p in overall_halves] == [
        ("2025-H1", None, 2), ("2025-H2", None, 2)]


def test_the_dashboard_says_how_many_fulfilments_have_a_known_date(client, session, today):
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    promise = _promise(session, tk, "TZ202509-001", due=date(2025, 10, 30))
    link_fulfilment(session, promise, _letter(session, tk, "2025D40001", date(2025, 9, 16)),
                    CLERK)
    undated = _promise(session, tk, "TZ202509-002", due=date(2025, 10, 30))
    apply(session, undated, {"status": "fulfilled"}, CLERK)
    session.commit()
    page = client.get("/").get_data(as_text=True)
    section = page.split('id="punctuality-heading"')[1].split("</section>")[0]
    assert "2 toezeggingen zijn voldaan." in section
    assert "Bij 1 daarvan is bekend wanneer" in section
    assert "Die met een deadline werd op tijd nagekomen." in section
    assert "tweede helft 2025" in section and "Digitale Zaken" in section
    english = client.get("/?lang=en").get_data(as_text=True)
    assert "2 commitments have been fulfilled." in english and "second half of 2025" in english
