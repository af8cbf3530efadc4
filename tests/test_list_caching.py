"""What the list keeps between requests never shows a reader something that is no longer so:
rows are made again when their commitment changes, and a kept order only picks the rows."""

from datetime import date, timedelta

from sqlalchemy import update

from tracker.models import Commitment
from tracker.services.changes import Actor, apply, upsert
from tracker.services.sources import get_source

SYNC = Actor("sync", "tk")


def _make(session, n: int, today: date) -> list[Commitment]:
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    made = []
    for i in range(n):
        row, _, _ = upsert(session, Commitment, source, f"c{i}", {
            "number": f"TZ2026-{i:03d}", "text": f"Toezegging nummer {i} over water",
            "status": "open", "kind": "commitment", "chamber": "TK",
            "due": today + timedelta(days=i + 1)}, SYNC)
        made.append(row)
    session.commit()
    return made


def _page(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_a_row_is_made_again_when_its_commitment_changes(client, session, today):
    (first, *_rest) = _make(session, 3, today)
    assert "Toezegging nummer 0 over water" in _page(client, "/toezeggingen")
    # a sync elsewhere (the scheduler) changes it: the next list shows the new words
    apply(session, first, {"text": "Toezegging nummer 0 over wegen"}, SYNC)
    session.commit()
    page = _page(client, "/toezeggingen")
    assert "over wegen" in page and "nummer 0 over water" not in page
    # the same row in the other language is its own
    english = _page(client, "/toezeggingen?lang=en")
    assert "Open" in english and "Openstaand" not in english.split("<tbody>")[1]


def test_a_kept_order_shows_only_rows_that_still_match(client, session, today):
    made = _make(session, 4, today)
    page = _page(client, "/toezeggingen?status=open")
    assert all(c.number in page for c in made)
    # fulfilled by another process (no cache of this one was told): it leaves the open list
    # at once, though the kept order still names it
    session.execute(update(Commitment).where(Commitment.id == made[1].id)
                    .values(status="fulfilled"))
    session.commit()
    page = _page(client, "/toezeggingen?status=open")
    assert made[1].number not in page and made[0].number in page and made[2].number in page


def test_a_readers_list_page_is_kept_but_never_a_signed_in_ones(client, app, session, today):
    from .webdata import login

    _make(session, 3, today)
    first = _page(client, "/toezeggingen")
    kept = app.extensions["tracker_list_pages"].kept
    assert list(kept.values()) == [first]  # made once, kept, and shown again as it was
    assert _page(client, "/toezeggingen") == first and len(kept) == 1
    clerk = app.test_client()
    login(clerk, session, email="griffier@example.org")
    mine = _page(clerk, "/toezeggingen")
    assert "Uitloggen" in mine and "Test clerk" in mine
    assert len(kept) == 1  # (a signed-in reader's page is never kept)
    # a reader after the clerk still gets the reader's page, and the clerk never the reader's
    assert "Test clerk" not in _page(client, "/toezeggingen")
    assert "Test clerk" in _page(clerk, "/toezeggingen")
