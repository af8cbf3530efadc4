"""Import by natural key, history for every tracked change, links with provenance."""

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tracker.models import Commitment, Document, HistoryEntry
from tracker.services.changes import Actor, apply, set_fulfilment, upsert
from tracker.services.sources import get_source, stream_state

SYNC = Actor("sync", "tk")


def _commitment_values(**extra):
    values = {"number": "TZ202504-057", "text": "De minister stuurt de Kamer een brief.",
              "status": "open", "status_raw": "Openstaand", "ministry": "BZK"}
    values.update(extra)
    return values


def test_same_record_three_times_gives_insert_update_noop(session):
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    _, first, _ = upsert(session, Commitment, source, "guid-1", _commitment_values(), SYNC)
    _, second, changed = upsert(session, Commitment, source, "guid-1",
                                _commitment_values(status="fulfilled", status_raw="Voldaan"),
                                SYNC)
    _, third, _ = upsert(session, Commitment, source, "guid-1",
                         _commitment_values(status="fulfilled", status_raw="Voldaan"), SYNC)
    assert (first, second, third) == ("inserted", "updated", "unchanged")
    assert set(changed) == {"status", "status_raw"}
    rows = session.scalars(select(HistoryEntry).order_by(HistoryEntry.id)).all()
    assert [(h.field, h.old_value, h.new_value, h.by) for h in rows] == [
        ("status", "open", "fulfilled", "sync:tk"),
        ("status_raw", "Openstaand", "Voldaan", "sync:tk"),
    ]


def test_deadline_moves_are_history_with_reason(session):
    source = get_source(session, "ek", kind="ek", name="Eerste Kamer")
    c, _, _ = upsert(session, Commitment, source, "T03670",
                     _commitment_values(due=date(2024, 1, 1), due_source="source"), SYNC)
    clerk = Actor("user", "griffier@example.org", reason="commissie stelde nieuwe termijn")
    assert apply(session, c, {"due": date(2025, 7, 1)}, clerk) == ["due"]
    session.flush()
    (entry,) = c.history
    assert (entry.old_value, entry.new_value) == ("2024-01-01", "2025-07-01")
    assert entry.reason == "commissie stelde nieuwe termijn"
    assert entry.by == "user:griffier@example.org"


def test_untracked_fields_change_without_history(session):
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    c, _, _ = upsert(session, Commitment, source, "g", _commitment_values(), SYNC)
    assert apply(session, c, {"url": "https://example.org/x", "span_start": 3}, SYNC)
    session.flush()
    assert c.history == []


def test_natural_key_is_unique(session):
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    session.add(Commitment(source=source, external_id="dup", text="a"))
    session.add(Commitment(source=source, external_id="dup", text="b"))
    with pytest.raises(IntegrityError):
        session.flush()


def test_status_outside_the_lifecycle_is_refused_by_the_database(session):
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    session.add(Commitment(source=source, external_id="x", text="a", status="Openstaand"))
    with pytest.raises(IntegrityError):
        session.flush()


def test_fulfilment_is_linked_once_and_recorded(session):
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    c, _, _ = upsert(session, Commitment, source, "g", _commitment_values(), SYNC)
    doc, _, _ = upsert(session, Document, source, "doc-guid", {"number": "2025D33508",
                                                               "title": "Analyse"}, SYNC)
    assert set_fulfilment(session, c, doc, SYNC) is True
    assert set_fulfilment(session, c, doc, SYNC) is False
    session.flush()
    session.refresh(c)
    assert [d.number for d in c.fulfilled_by] == ["2025D33508"]
    assert [(h.field, h.new_value) for h in c.history] == [("fulfilled_by", "2025D33508")]


def test_a_proposed_fulfilment_is_not_a_fulfilment(session):
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    c, _, _ = upsert(session, Commitment, source, "g", _commitment_values(), SYNC)
    doc, _, _ = upsert(session, Document, source, "d", {"number": "2025D1"}, SYNC)
    set_fulfilment(session, c, doc, Actor("extraction", "fulfilment"), state="proposed")
    session.flush()
    session.refresh(c)
    assert c.fulfilled_by == []
    assert c.history[0].field == "proposed_fulfilment"


def test_stream_state_is_created_once(session):
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    state = stream_state(session, source, "Toezegging")
    state.cursor = "123"
    assert stream_state(session, source, "Toezegging").cursor == "123"
    assert get_source(session, "tk", kind="tk", name="other name") is source


def test_an_over_long_value_is_cut_to_its_column_once_and_said(session, caplog):
    """PostgreSQL refuses a value longer than String(n) where SQLite keeps it: cut, warn."""
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    committee = "vaste commissie voor " + "Digitale Zaken en " * 30
    values = _commitment_values(committee=committee)
    c, outcome, _ = upsert(session, Commitment, source, "guid-long", values, SYNC)
    session.commit()
    assert outcome == "inserted" and c.committee == committee[:300]
    assert "commitments.committee: 561 characters cut to 300" in caplog.text
    _, again, _ = upsert(session, Commitment, source, "guid-long", values, SYNC)
    session.commit()
    assert again == "unchanged" and not c.history

    doc = Document(source=source, external_id="d1", title="t", doc_type="Brief " * 60)
    session.add(doc)
    session.commit()  # a write outside upsert is cut by the safety net
    assert len(doc.doc_type) == 200
