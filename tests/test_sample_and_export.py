"""`make run`'s data: sample loading, milestones with their amendments, the export contract."""

import csv
import io
import json
from datetime import date, datetime

from openpyxl import load_workbook
from sqlalchemy import func, select

from tracker.models import Commitment, Document, Milestone, Recess, Source
from tracker.services.changes import Actor, upsert
from tracker.services.milestones import bundled_catalogue, load_catalogue, read_catalogue
from tracker.services.sources import get_source

COMMITMENT_FIELDS = {"source", "number", "text", "status", "status_raw", "due", "due_phrase",
                     "due_precision", "due_source", "ministry", "committee", "made_on",
                     "fulfilled_by", "withdrawn", "history"}


def test_load_sample_twice_changes_nothing_the_second_time(cli, session):
    first = cli("load-sample").output
    assert "milestones: inserted 16" in first
    assert "seed documents: inserted 5" in first
    second = cli("load-sample").output
    assert "milestones: inserted 0, updated 0, unchanged 16" in second
    assert "seed documents: inserted 0, updated 0, unchanged 5" in second
    seeds = select(func.count()).select_from(Document).join(Source).where(Source.key == "sample")
    assert session.scalar(seeds) == 5
    assert session.scalar(select(func.count()).select_from(Recess)) == 25


def test_seed_documents_carry_their_metadata(cli, session):
    cli("load-sample")
    doc = session.scalar(select(Document).where(Document.identifier == "kst-26643-672"))
    assert doc.number == "2020D10554"
    assert doc.date == date(2020, 3, 13)
    assert "Surveillance Giants" in doc.text
    ek = session.scalar(select(Document).where(Document.chamber == "EK"))
    assert "Focus op AI" in ek.title


def test_milestone_export_shows_moves_with_the_amending_act(cli):
    cli("load-sample")
    records = {m["key"]: m for m in json.loads(cli("export", "milestones").output)}
    annex_iii = records["high-risk-annex-iii"]
    assert annex_iii["date"] == "2027-12-02"
    assert annex_iii["original_date"] == "2026-08-02"
    (move,) = annex_iii["history"]
    assert (move["field"], move["old"], move["new"]) == ("date", "2026-08-02", "2027-12-02")
    assert move["reference"] == "Regulation (EU) 2026/1744"
    assert move["at"].startswith("2026-07-27")
    new = records["new-prohibitions-ncii-csam"]
    assert new["date"] == "2026-12-02" and new["original_date"] is None
    assert new["history"][0]["reason"] == "added by amendment"
    assert records["entry-into-force"]["history"] == []
    assert {"date", "original_date", "basis", "title_nl", "title_en", "history"} <= set(annex_iii)


def test_changing_the_catalogue_date_again_is_history(session):
    rows = bundled_catalogue()
    load_catalogue(session, rows, Actor("load", "test"))
    text = ("key,date,original_date,basis,title_en,title_nl,regulation,amended_by,amended_on,"
            "note\nhigh-risk-annex-iii,2028-06-01,2026-08-02,Art. 113(c),x,y,"
            "Regulation (EU) 2024/1689,Regulation (EU) 2027/9999,2027-11-01,\n")
    counts = load_catalogue(session, read_catalogue(text), Actor("load", "test"))
    assert counts == {"inserted": 0, "updated": 1, "unchanged": 0}
    m = session.scalar(select(Milestone).where(Milestone.key == "high-risk-annex-iii"))
    session.refresh(m)
    assert [(h.old_value, h.new_value, h.reference) for h in m.history if h.field == "date"] == [
        ("2026-08-02", "2027-12-02", "Regulation (EU) 2026/1744"),
        ("2027-12-02", "2028-06-01", "Regulation (EU) 2027/9999"),
    ]


def _add_commitment(session):
    source = get_source(session, "ek", kind="ek", name="Eerste Kamer")
    c, _, _ = upsert(session, Commitment, source, "T03670", {
        "number": "T03670", "text": "De kenbaarheid en motivering van AI-gebruik …",
        "status": "open", "status_raw": "openstaand", "ministry": "BZK",
        "committee": "Digitalisering", "chamber": "EK", "made_on": date(2023, 3, 21),
        "due": date(2024, 1, 1), "due_source": "source", "due_precision": "day",
    }, Actor("sync", "ek"))
    upsert(session, Commitment, source, "T03670", {"status": "partially_fulfilled",
                                                  "status_raw": "deels voldaan"},
           Actor("sync", "ek"))
    session.commit()
    return c


def test_commitment_export_json_contract(cli, session):
    _add_commitment(session)
    (record,) = json.loads(cli("export", "commitments", "--format", "json").output)
    assert set(record) >= COMMITMENT_FIELDS
    assert record["source"] == "ek"
    assert record["due"] == "2024-01-01"
    assert record["made_on"] == "2023-03-21"
    assert record["withdrawn"] is False
    assert record["fulfilled_by"] == []
    assert [(h["field"], h["old"], h["new"], h["by"]) for h in record["history"]] == [
        ("status", "open", "partially_fulfilled", "sync:ek"),
        ("status_raw", "openstaand", "deels voldaan", "sync:ek"),
    ]


def test_commitment_export_csv(cli, session):
    _add_commitment(session)
    rows = list(csv.DictReader(io.StringIO(cli("export", "commitments", "--format",
                                               "csv").output)))
    assert rows[0]["number"] == "T03670"
    assert rows[0]["withdrawn"] == "false"


def test_commitment_export_for_excel_in_words_with_date_cells(cli, session, tmp_path, today):
    c = _add_commitment(session)
    target = tmp_path / "toezeggingen.xlsx"
    assert cli("export", "commitments", "--format", "xlsx", "-o", str(target)).output == ""
    sheet = load_workbook(target).active
    assert sheet.title == "Toezeggingen"
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, (cell for cell in sheet[2]), strict=True))
    assert row["Nummer"].value == "T03670" and row["Status"].value == "Deels voldaan"
    assert row["Kamer"].value == "Eerste Kamer" and row["Ingetrokken bij de bron"].value == "nee"
    assert row["Deadline"].is_date and row["Deadline"].value == datetime(2024, 1, 1)
    assert row["Dagen over de termijn"].value == (today - date(2024, 1, 1)).days
    assert row["Link in de tracker"].value == f"http://tracker.test/toezeggingen/{c.id}"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")

    english = cli("export", "commitments", "--format", "excel-csv", "--lang", "en").output
    assert english.startswith("\ufeffNumber;Kind;Status;")
    (record,) = csv.DictReader(io.StringIO(english.lstrip("\ufeff")), delimiter=";")
    assert (record["Status"], record["Deadline"]) == ("Partly fulfilled", "2024-01-01")
    # the contract for programs is what it was
    assert "status,status_raw" in cli("export", "commitments", "--format", "csv").output


def test_milestone_export_for_excel(cli, tmp_path):
    cli("load-sample")
    target = tmp_path / "m.xlsx"
    cli("export", "milestones", "--format", "xlsx", "--lang", "en", "-o", str(target))
    sheet = load_workbook(target).active
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Title", "Date", "Original date"]
    rows = [dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2,
                                                                       values_only=True)]
    assert len(rows) == 16 and all(isinstance(r["Date"], datetime) for r in rows)
    moved = [r for r in rows if r["Original date"] == datetime(2026, 8, 2)
             and r["Date"] == datetime(2027, 12, 2)]
    assert moved and all(r["Amended by"] == "Regulation (EU) 2026/1744" for r in moved)
    assert all(r["Link in the tracker"].startswith("http://tracker.test/mijlpalen/")
               for r in rows)


def test_empty_export_is_an_empty_array(cli):
    assert json.loads(cli("export", "commitments").output) == []


def test_recess_table_can_be_corrected_from_a_file(cli, session, tmp_path):
    cli("load-sample")
    fixed = tmp_path / "fix.csv"
    fixed.write_text("chamber,name,first_day,last_day,certainty\n"
                     "TK,kerstreces,2026-12-18,2027-01-18,published\n"
                     "TK,herfstreces,2026-10-16,2026-10-26,published\n")
    assert "inserted 1, updated 1, unchanged 0" in cli("recesses", "import", str(fixed)).output
    listed = cli("recesses", "list").output
    assert "TK,kerstreces,2026-12-18,2027-01-18,published" in listed
    bad = tmp_path / "bad.csv"
    bad.write_text("chamber,name,first_day,last_day,certainty\nTK,x,2026-13-01,2026-10-26,"
                   "published\n")
    result = cli("recesses", "import", str(bad), expect=1)
    assert "line 2" in result.output
    assert session.scalar(select(func.count()).select_from(Source)) >= 1
