"""One definition of open, overdue and days overdue: the overview, the list, the rappel, the
exports and the API give the same counts and the same delays."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from tracker.lifecycle import days_overdue, is_open, is_overdue
from tracker.models import Commitment
from tracker.services.changes import Actor, upsert
from tracker.services.sources import get_source

TODAY = date(2026, 11, 23)

# number: (status, kind, due, withdrawn) — every case that could be counted twice or not at all
CASES = {
    "OPEN-LATE": ("open", "commitment", date(2026, 6, 30), False),
    "PART-LATE": ("partially_fulfilled", "commitment", date(2025, 12, 1), False),
    "UNKNOWN-LATE": ("unknown", "commitment", date(2026, 11, 22), False),
    "OPEN-TODAY": ("open", "commitment", TODAY, False),  # due today: not overdue yet
    "OPEN-SOON": ("open", "commitment", date(2026, 12, 10), False),
    "OPEN-NODATE": ("open", "commitment", None, False),
    "DONE-LATE": ("fulfilled", "commitment", date(2026, 1, 1), False),
    "LAPSED": ("lapsed", "commitment", date(2026, 1, 1), False),
    "GONE-LATE": ("open", "commitment", date(2026, 1, 1), True),  # withdrawn at the source
    "REQUEST-LATE": ("open", "request", date(2026, 1, 1), False),  # not a promise
    "CANDIDATE-LATE": ("candidate", "commitment", date(2026, 1, 1), False),
}
OPEN = {"OPEN-LATE", "PART-LATE", "UNKNOWN-LATE", "OPEN-TODAY", "OPEN-SOON", "OPEN-NODATE"}
OVERDUE = {"OPEN-LATE": 146, "PART-LATE": 357, "UNKNOWN-LATE": 1}


def test_the_definition():
    assert is_open("partially_fulfilled") and is_open("unknown") and not is_open("fulfilled")
    assert not is_open("open", kind="request") and not is_open("open", withdrawn=True)
    assert days_overdue(date(2026, 11, 22), TODAY, "open") == 1
    assert days_overdue(TODAY, TODAY, "open") is None  # the deadline day itself is not late
    assert days_overdue(None, TODAY, "open") is None
    assert not is_overdue(date(2020, 1, 1), TODAY, "fulfilled")


@pytest.fixture
def cases(session, today):
    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    for number, (status, kind, due, withdrawn) in CASES.items():
        upsert(session, Commitment, tk, number, {
            "number": number, "text": f"Toezegging {number}", "status": status, "kind": kind,
            "due": due, "withdrawn": withdrawn, "chamber": "TK",
            "ministry": "Binnenlandse Zaken en Koninkrijksrelaties",
            "committee": "Digitale Zaken"}, Actor("sync", "tk"))
    session.commit()


def _numbers_in(page: str) -> set[str]:
    return {n for n in CASES if re.search(rf">{re.escape(n)}<", page)}


def test_overview_list_rappel_exports_and_api_agree(client, cases, cli, today):
    overview = client.get("/").get_data(as_text=True)
    counts = dict((label.strip(), int(n)) for n, label in re.findall(
        r'<span class="count">(\d+)</span>\s*([^<]+)<', overview))
    assert counts["toezeggingen nog niet nagekomen"] == len(OPEN)
    assert counts["over de termijn"] == len(OVERDUE)

    # the overview's numbers link to lists of exactly those promises
    open_list = client.get("/toezeggingen?window=open").get_data(as_text=True)
    assert f"{len(OPEN)} toezeggingen gevonden" in open_list
    assert _numbers_in(open_list) == OPEN
    late_list = client.get("/toezeggingen?window=overdue").get_data(as_text=True)
    assert f"{len(OVERDUE)} toezeggingen gevonden" in late_list
    assert _numbers_in(late_list) == set(OVERDUE)

    # the rappel on today's date lists the same promises, as late as everywhere else
    rappel = client.get(f"/rappel?peildatum={TODAY.isoformat()}").get_data(as_text=True)
    assert _numbers_in(rappel) == set(OVERDUE)
    rows = list(csv.DictReader(io.StringIO(client.get(
        f"/rappel.csv?peildatum={TODAY.isoformat()}").get_data(as_text=True))))
    assert {r["Nummer"]: int(r["Dagen over de termijn"]) for r in rows} == OVERDUE

    # the list's exports and the API
    listed = list(csv.DictReader(io.StringIO(client.get(
        "/toezeggingen.csv?window=overdue").get_data(as_text=True))))
    assert {r["Nummer"]: int(r["Dagen over de termijn"]) for r in listed} == OVERDUE
    api = client.get("/api/v1/commitments?window=open&limit=500").get_json()
    assert api["total"] == len(OPEN)
    assert {i["number"] for i in api["items"] if i["overdue"]} == set(OVERDUE)
    exported = {c["number"]: c for c in json.loads(cli("export", "commitments").output)}
    assert {n for n, c in exported.items() if c["open"]} == OPEN
    assert {n: c["days_overdue"] for n, c in exported.items() if c["overdue"]} == OVERDUE

    # the overview's own lists say the same delays
    overdue_section = overview.split('id="overdue-heading"')[1].split("</section>")[0]
    for number, days in OVERDUE.items():
        assert number in overdue_section
        assert (f"{days} dagen te laat" if days > 1 else "1 dag te laat") in overdue_section
