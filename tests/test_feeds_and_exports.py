"""Calendar (iCalendar), changes (Atom), CSV and Excel: the list's filter in other formats."""

import csv
import io
import re
from datetime import date, datetime

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
    # the UID is the source's own key for it (the SyncFeed GUID), not a database id
    event = events["toezegging-tk-guid-057@tracker.test"]
    assert event.decoded("DTSTART") == date(2026, 6, 30)  # a date: an all-day event
    assert event.decoded("DTEND") == date(2026, 7, 1)
    # a title to scan in a week view: number, ministry, subject; the text in the description
    assert str(event["SUMMARY"]) == (
        "TZ202504-057 · BZK · Inzet van kunstmatige intelligentie bij gemeenten")
    assert "De minister stuurt de Kamer een brief over de inzet" in str(event["DESCRIPTION"])
    assert str(event["URL"]) == f"http://tracker.test/toezeggingen/{d.tk_open.id}"
    assert "voor het einde van het jaar" in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED" and str(event["TRANSP"]) == "TRANSPARENT"
    assert int(event["SEQUENCE"]) == 2  # the deadline moved twice
    # milestones are in the unfiltered calendar, with their own stable UIDs
    annex = events["mijlpaal-high-risk-annex-iii@tracker.test"]
    assert annex.decoded("DTSTART") == date(2027, 12, 2) and int(annex["SEQUENCE"]) == 1
    assert str(annex["SUMMARY"]) == "AI-verordening · Verplichtingen hoog-risico-AI (bijlage III)"
    assert "Verordening (EU) 2024/1689, Art. 113(c) (gewijzigd)" in str(annex["DESCRIPTION"])
    # no deadline, no event; candidates are not in the calendar
    assert not any(uid.startswith(("toezegging-ek-", "toezegging-extraction-"))
                   for uid in events)


def test_calendar_updates_when_a_deadline_moves_and_cancels_when_fulfilled(client, session,
                                                                         today):
    d = webdata.make(session)
    uid = "toezegging-tk-guid-058@tracker.test"
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
    gone = _events(client, "/calendar.ics")["toezegging-tk-guid-057@tracker.test"]
    assert str(gone["STATUS"]) == "CANCELLED"


def test_calendar_takes_the_list_filters(client, session, cli, today):
    webdata.reference_data(session)
    webdata.make(session)
    events = _events(client, "/calendar.ics?ministry=Justitie+en+Veiligheid")
    assert set(events) == {"toezegging-tk-guid-059@tracker.test"}
    with_milestones = _events(client, "/calendar.ics?ministry=Justitie+en+Veiligheid"
                                      "&milestones=1")
    assert len(with_milestones) == 17
    only_milestones = _events(client, "/calendar.ics?commitments=0")
    assert all(uid.startswith("mijlpaal-") for uid in only_milestones)
    english = Calendar.from_ical(client.get("/calendar.ics?commitments=0&lang=en").data)
    assert str(english["X-WR-CALNAME"]) == "Commitments and milestones"


def test_the_english_lists_calendar_and_feed_links_stay_english_without_the_session(
        client, app, session, today):
    # (a calendar app subscribing from the English list got the Dutch calendar: the links
    # relied on the reader's session, which the app does not have)
    webdata.make(session)
    page = client.get("/toezeggingen?lang=en").get_data(as_text=True)
    links = {kind: re.search(rf'href="(/{kind}[^"]*)"', page).group(1).replace("&amp;", "&")
             for kind in ("calendar.ics", "feed.atom")}
    with app.test_client() as outside:  # no session: only the URL
        calendar = Calendar.from_ical(outside.get(links["calendar.ics"]).data)
        assert str(calendar["X-WR-CALNAME"]) == "Commitments and milestones"
        assert "Changes" in outside.get(links["feed.atom"]).get_data(as_text=True)
    dutch = client.get("/toezeggingen?lang=nl").get_data(as_text=True)
    assert "lang=" not in re.search(r'href="(/calendar\.ics[^"]*)"', dutch).group(1)


def test_atom_feed_of_changes_for_a_filter(client, session, cli, today):
    webdata.reference_data(session)
    d = webdata.make(session)
    response = client.get("/feed.atom?chamber=TK")
    assert response.mimetype == "application/atom+xml"
    feed = feedparser.parse(response.data)
    assert not feed.bozo, feed.bozo_exception
    titles = [e.title for e in feed.entries]
    # the newest change first, in words: what it is about, what changed, from what to what
    assert titles[0].startswith("TZ202501-003 · JenV · Evaluatie van de Wet open overheid — ")
    assert ("TZ202501-003 · JenV · Evaluatie van de Wet open overheid — status: Openstaand → "
            "Voldaan") in titles
    assert ("TZ202504-057 · BZK · Inzet van kunstmatige intelligentie bij gemeenten — "
            "deadline: 1 maart 2026 → 30 juni 2026") in titles
    assert all("T03670" not in t for t in titles)
    assert not any("Verordening" in e.get("summary", "") for e in feed.entries)  # filtered
    entry = next(e for e in feed.entries if "30 juni 2026" in e.title)
    assert entry.link == f"http://tracker.test/toezeggingen/{d.tk_open.id}"
    assert entry.author == "griffie"  # no clerk's address in a public feed
    assert "commissie stelde nieuwe termijn" in entry.summary
    assert {e.author for e in feed.entries} == {"griffie", "Tweede Kamer"}
    everything = feedparser.parse(client.get("/feed.atom").data)
    assert any("Verordening (EU) 2026/1744" in e.summary for e in everything.entries)
    assert len({e.id for e in everything.entries}) == len(everything.entries)
    # entry ids name the source's key, never a database id
    assert any(e.id.startswith("tag:tracker.test,2026:toezegging/tk-guid-057/due/")
               for e in everything.entries)


def _csv(response, delimiter=","):
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig")),
                               delimiter=delimiter))


def test_csv_export_of_the_filtered_list_speaks_dutch(client, session, today):
    webdata.make(session)
    response = client.get("/toezeggingen.csv?chamber=TK&sort=number")
    assert not response.data.startswith(b"\xef\xbb\xbf")  # the comma form is plain UTF-8
    assert response.data.split(b"\r\n")[0].startswith(b"Nummer,Soort,Status,Tekst,")
    rows = _csv(response)
    assert [r["Nummer"] for r in rows] == ["TZ202501-003", "TZ202504-057", "TZ202510-012"]
    fulfilled, open_, soon = rows
    assert (fulfilled["Status"], fulfilled["Nagekomen met"]) == ("Voldaan", "2026D01234")
    assert fulfilled["Link in de tracker"].startswith("http://tracker.test/toezeggingen/")
    assert (open_["Kamer"], open_["Soort"], open_["Herkomst deadline"]) == (
        "Tweede Kamer", "toezegging", "vastgelegd door de griffie")
    assert (open_["Deadline"], open_["Gedaan op"]) == ("2026-06-30", "2025-04-09")
    assert open_["Dagen over de termijn"] == "146"  # 30 June to 23 November 2026
    assert soon["Dagen over de termijn"] == "" and soon["Ingetrokken bij de bron"] == "nee"
    assert not any(key in rows[0] for key in ("id", "external_id", "status"))


def test_semicolon_csv_for_dutch_excel_has_a_bom_and_the_same_rows(client, session, today):
    webdata.make(session)
    comma = _csv(client.get("/toezeggingen.csv?sort=number"))
    response = client.get("/toezeggingen.csv?sort=number&sep=semicolon")
    assert response.data.startswith("\ufeffNummer;Soort;Status;".encode())
    assert _csv(response, ";") == comma
    assert "Koninkrijksrelaties" in response.data.decode("utf-8-sig")
    assert _csv(client.get("/toezeggingen.csv?sort=number&sep=;"), ";") == comma


def test_exports_in_english_with_lang_en(client, session, today):
    webdata.make(session)
    rows = _csv(client.get("/toezeggingen.csv?chamber=TK&sort=number&lang=en"))
    assert (rows[0]["Number"], rows[0]["Status"], rows[0]["Chamber"]) == (
        "TZ202501-003", "Fulfilled", "House of Representatives")
    sheet = load_workbook(io.BytesIO(client.get("/toezeggingen.xlsx?lang=en").data)).active
    assert [c.value for c in sheet[1]][:3] == ["Number", "Kind", "Status"]
    due = next(c for c in sheet[2] if c.column_letter == _letter(sheet, "Deadline"))
    assert due.is_date and due.number_format == "yyyy-mm-dd"


def _letter(sheet, header: str) -> str:
    return next(c.column_letter for c in sheet[1] if c.value == header)


def test_excel_export_has_date_cells_a_frozen_header_and_a_filter(client, session, today):
    d = webdata.make(session)
    apply(session, d.ek_open, {"text": "=HYPERLINK(\"http://evil\")"}, Actor("sync", "ek"))
    session.commit()
    csv_rows = _csv(client.get("/toezeggingen.csv"))
    response = client.get("/toezeggingen.xlsx")
    assert response.headers["Content-Disposition"].endswith('toezeggingen-2026-11-23.xlsx"')
    book = load_workbook(io.BytesIO(response.data))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header == list(csv_rows[0])
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet[1][-1].column_letter}{len(csv_rows) + 1}"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[header.index("Nummer")] for r in rows] == [r["Nummer"] for r in csv_rows]
    by_number = {r[header.index("Nummer")]: r for r in rows}
    open_ = by_number["TZ202504-057"]
    assert open_[header.index("Deadline")] == datetime(2026, 6, 30)
    assert open_[header.index("Dagen over de termijn")] == 146
    assert open_[header.index("Status")] == "Openstaand"
    cell = sheet[f"{_letter(sheet, 'Deadline')}{rows.index(open_) + 2}"]
    assert cell.is_date and cell.number_format == "dd-mm-yyyy"
    assert sheet.column_dimensions[_letter(sheet, "Tekst")].width == 80
    # a text that looks like a formula stays text in both formats
    texts = sheet[_letter(sheet, "Tekst")][1:]
    evil = next(cell for cell in texts if str(cell.value).startswith("=HYPERLINK"))
    assert evil.data_type == "s"
    assert any(r["Tekst"].startswith("'=HYPERLINK") for r in csv_rows)


def test_a_registry_commitment_is_titled_by_the_registrys_short_title(client, session, today):
    from tracker.models import CommitmentDetail

    d = webdata.make(session)
    apply(session, d.ek_open, {"due": date(2027, 1, 1)}, Actor("sync", "ek"))
    session.add(CommitmentDetail(commitment_id=d.ek_open.id, data={
        "title": "Kenbaarheid en motivering van AI-gebruik binnen de Awb"}))
    session.commit()
    event = _events(client, "/calendar.ics")["toezegging-ek-T03670@tracker.test"]
    assert str(event["SUMMARY"]) == (
        "T03670 · BZK · Kenbaarheid en motivering van AI-gebruik binnen de Awb")
    feed = feedparser.parse(client.get("/feed.atom?chamber=EK").data)
    assert feed.entries[0].title.startswith(
        "T03670 · BZK · Kenbaarheid en motivering van AI-gebruik binnen de Awb — deadline")
