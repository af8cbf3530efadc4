"""Fulfilment proposals come only from documents the government sends: a letter, a nota, an
answer; never from a committee report, an agenda or a verslag that merely cites a number."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tracker.documentkinds import sent_by_government
from tracker.models import Commitment, Document, Fulfilment
from tracker.services.changes import Actor, upsert
from tracker.services.details import details_of
from tracker.services.extraction import extract_document
from tracker.services.sources import get_source

SYNC = Actor("sync", "test")
CITING = ("Den Haag, 11 juli 2025\n\nDe commissie heeft kennisgenomen van de toezegging T03670 "
          "over de kenbaarheid van AI-gebruik.\n")
KEEPING = ("Den Haag, 11 juli 2025\n\nMet deze brief kom ik de toezegging T03670 over de "
           "kenbaarheid van AI-gebruik na.\n\nDe Staatssecretaris van Binnenlandse Zaken en "
           "Koninkrijksrelaties,\n\nZ. Szabó\n")


@pytest.mark.parametrize(("doc_type", "title", "signer", "sent"), [
    ("Brief regering", None, None, True),
    ("Brief", None, None, True),  # officielebekendmakingen' subrubriek
    ("Antwoord schriftelijke vragen", None, None, True),
    ("Lijst van vragen en antwoorden", None, None, True),
    ("Nota naar aanleiding van het verslag", None, None, True),
    ("Memorie van antwoord", None, None, True),
    ("Verslag van een schriftelijk overleg", None, None, False),
    ("Verslag van een commissiedebat", None, "De minister van BZK", False),
    ("Verslag", None, None, False),
    ("Agenda", None, None, False),
    ("Besluitenlijst", None, None, False),
    ("Motie", None, None, False),
    ("Schriftelijke vragen", None, None, False),
    ("Brief van de commissie", None, None, False),
    ("Nieuwsbericht", None, None, False),
    ("Initiatiefnota", None, None, False),
    (None, "Kabinetsreactie op het rapport", None, True),
    (None, "Verslag van de plenaire vergadering", None, False),
    (None, None, "De Staatssecretaris van Binnenlandse Zaken", True),
    (None, None, None, False),  # nothing says it came from the government
])
def test_which_documents_the_government_sends(doc_type, title, signer, sent):
    assert sent_by_government(doc_type, title, signer) is sent


def test_a_text_that_keeps_a_promise_counts_unless_its_kind_says_otherwise():
    assert sent_by_government(None, "Inzet van algoritmes", None, keeps_a_promise=True)
    assert not sent_by_government("Verslag van een schriftelijk overleg", None, None,
                                  keeps_a_promise=True)


def _t03670(session):
    ek = get_source(session, "ek", kind="ek", name="Eerste Kamer")
    row, _, _ = upsert(session, Commitment, ek, "T03670", {
        "number": "T03670", "text": "Kenbaarheid AI-gebruik in de Awb", "status": "open",
        "chamber": "EK"}, SYNC)
    return row


def _document(session, key, doc_type, text):
    source = get_source(session, "koop", kind="koop", name="Officiële bekendmakingen")
    doc, _, _ = upsert(session, Document, source, key, {
        "identifier": key, "title": f"{doc_type} over algoritmen", "doc_type": doc_type,
        "date": date(2025, 7, 11), "chamber": "EK", "text": text}, SYNC)
    session.flush()
    return doc


def test_a_citing_committee_report_is_not_proposed(session):
    t03670 = _t03670(session)
    report = _document(session, "kst-cxlvii-k", "Verslag van een schriftelijk overleg", CITING)
    assert extract_document(session, report)["proposals"] == 0
    assert session.scalars(select(Fulfilment)).all() == []
    letter = _document(session, "kst-cxlvii-l", "Brief", KEEPING)
    assert extract_document(session, letter)["proposals"] == 1
    (link,) = session.scalars(select(Fulfilment))
    assert (link.commitment_id, link.document_id, link.state) == (t03670.id, letter.id,
                                                                  "proposed")
    # the signer is kept as the letter's sender, for the clerk who decides
    assert details_of(session, letter)["signer"] == ("staatssecretaris van Binnenlandse Zaken "
                                                     "en Koninkrijksrelaties")
