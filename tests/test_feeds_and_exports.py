"""Calendar (iCalendar), changes (Atom), CSV and Excel: the list's filter in other formats."""

import csv
import io
from datetime import date

import feedparser
from icalendar import Calendar
from openpyxl import load_workbook

from tracker.services.changes import Actor, apply

from . import webdata


def _events(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    cal = Calendar.from_ical(response.data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_calendar_has_all_day_events_with_stable_uids(client, session, cli, today):
    webdata.reference_data(session)
    d = webdata.make(session)
    events = _events(client, "/calendar.ics")
    uid = f"toezegging-{d.tk_open.id}@tracker.test"
    event = events[uid]
    assert event.decoded("DTSTART") == date(2026, 6, 30)  # a date: an all-day event
    assert event.decoded("DTEND") == date(2026, 7, 1)
    assert str(event["SUMMARY"]).startswith("TZ202504-057: De minister stuurt de Kamer")
    assert str(event["URL"]) == f"http://tracker.test/toezeggingen/{d.tk_open.id}"
    assert "voor het einde van het jaar" in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED" and str(event["TRANSP"]) == "TRANSPARENT"
    assert int(event["SEQUENCE"]) == 2  # the deadline moved twice
    # milestones are in the unfiltered calendar, with their own stable UIDs
    annex = events["mijlpaal-high-risk-annex-iii@tracker.test"]
    assert annex.decoded("DTSTART") == date(2027, 12, 2) and int(annex["SEQUENCE"]) == 1
    # no deadline, no event; candidates are not in the calendar
    assert f"toezegging-{d.ek_open.id}@tracker.test" not in events
    assert f"toezegging-{d.candidate.id}@tracker.test" not in events


def test_calendar_updates_when_a_deadline_moves_and_cancels_when_fulfilled(client, session,
                                                                         today):
    d = webdata.make(session)
    uid = f"toezegging-{d.tk_soon.id}@tracker.test"
    before = _events(client, "/calendar.ics")[uid]
    apply(session, d.tk_soon, {"due": date(2027, 2, 1)}, Actor("sync", "tk"))
    session.commit()
    moved = _events(client, "/calendar.ics")[uid]
    assert moved.decoded("DTSTART") == date(2027, 2, 1)
    assert int(moved["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert moved.decoded("LAST-MODIFIED") >= before.decoded("LAST-MODIFIED")
    apply(session, d.tk_soon, {"status": "fulfilled"}, Actor("sync", "tk"))
    session.commit()
    done = _events(client, "/calendar.ics")[uid]
    assert str(done["STATUS"]) == "CANCELLED" and int(done["SEQUENCE"]) == int(
        moved["SEQUENCE"]) + 1
    # withdrawn at the source: still in the feed, cancelled, so subscribers lose it
    apply(session, d.tk_open, {"withdrawn": True}, Actor("sync", "tk"))
    session.commit()
    gone = _events(client, "/calendar.ics")[f"toezegging-{d.tk_open.id}@tracker.test"]
    assert str(gone["STATUS"]) == "CANCELLED"


def test_calendar_takes_the_list_filters(client, session, cli, today):
    webdata.reference_data(session)
    d = webdata.make(session)
    events = _events(client, "/calendar.ics?ministry=Justitie+en+Veiligheid")
    assert set(events) == {f"toezegging-{d.tk_fulfilled.id}@tracker.test"}
    with_milestones = _events(client, "/calendar.ics?ministry=Justitie+en+Veiligheid"
                                      "&milestones=1")
    assert len(with_milestones) == 17
    only_milestones = _events(client, "/calendar.ics?commitments=0")
    assert all(uid.startswith("mijlpaal-") for uid in only_milestones)
    english = Calendar.from_ical(client.get("/calendar.ics?commitments=0&lang=en").data)
    assert str(english["X-WR-CALNAME"]) == "Commitments and milestones"


def test_atom_feed_of_changes_for_a_filter(client, session, cli, today):
    webdata.reference_data(session)
    d = webdata.make(session)
    response = client.get("/feed.atom?chamber=TK")
    assert response.mimetype == "application/atom+xml"
    feed = feedparser.parse(response.data)
    assert not feed.bozo, feed.bozo_exception
    titles = [e.title for e in feed.entries]
    assert titles[0].startswith("TZ202501-003: status")  # the newest change first
    assert any("TZ202504-057: deadline 2026-03-01 → 2026-06-30" in t for t in titles)
    assert all("T03670" not in t for t in titles)
    assert not any("Regulation" in e.get("summary", "") for e in feed.entries)  # filtered
    entry = next(e for e in feed.entries if "2026-06-30" in e.title)
    assert entry.link == f"http://tracker.test/toezeggingen/{d.tk_open.id}"
    assert entry.author == "griffie"  # no clerk's address in a public feed
    assert "commissie stelde nieuwe termijn" in entry.summary
    everything = feedparser.parse(client.get("/feed.atom").data)
    assert any("Regulation (EU) 2026/1744" in e.summary for e in everything.entries)
    assert len({e.id for e in everything.entries}) == len(everything.entries)


def test_csv_export_of_the_filtered_list(client, session, today):
    webdata.make(session)
    response = client.get("/toezeggingen.csv?chamber=TK&sort=number")
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [r["number"] for r in rows] == ["TZ202501-003", "TZ202504-057", "TZ202510-012"]
    fulfilled = rows[0]
    assert fulfilled["fulfilled_by"] == "2026D01234" and fulfilled["status"] == "fulfilled"
    assert fulfilled["link"].startswith("http://tracker.test/toezeggingen/")


def test_excel_export_matches_the_csv(client, session, today):
    d = webdata.make(session)
    apply(session, d.ek_open, {"text": "=HYPERLINK(\"http://evil\")"}, Actor("sync", "ek"))
    session.commit()
    csv_rows = list(csv.DictReader(io.StringIO(client.get("/toezeggingen.csv").get_data(
        as_text=True))))
    book = load_workbook(io.BytesIO(client.get("/toezeggingen.xlsx").data))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["id", "source", "external_id"]
    numbers = [row[header.index("number")] for row in sheet.iter_rows(min_row=2,
                                                                       values_only=True)]
    assert numbers == [r["number"] for r in csv_rows]
    # a text that looks like a formula stays text in both formats
    texts = [row[header.index("text")] for row in sheet.iter_rows(min_row=2)]
    evil = next(cell for cell in texts if str(cell.value).startswith("=HYPERLINK"))
    assert evil.data_type == "s"
    assert any(r["text"].startswith("'=HYPERLINK") for r in csv_rows)
