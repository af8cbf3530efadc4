"""Which documents the government sends to parliament, and so can fulfil a promise.

A promise is kept by what the government sends: a letter, a nota, answers to questions, a
memorie van antwoord. A committee report, an agenda, a verslag or a motion that cites a
T-number or TZ-number is the Kamer talking about the promise, not the government keeping it:
it is never proposed as a fulfilment. Pure: the document's kind (``doc_type``), title and the
signer found in its text in, a decision out.

The kinds are the words the sources use: the Tweede Kamer's Document ``soort`` ("Brief
regering", "Verslag van een commissiedebat", "Antwoord schriftelijke vragen"), the KOOP
``subrubriek``/type ("Brief", "Verslag", "Motie", "Memorie van antwoord"), a feed's kind set by
an administrator ("Kamerbrief", "Nieuwsbericht").
"""

from __future__ import annotations

import re

# What the Kamer (or others) write: never a fulfilment, whatever it cites.
_NOT_SENT = re.compile(
    r"\b(?:verslag|eindverslag|agenda|besluitenlijst|lijst van vragen|inbreng|motie|"
    r"amendement|stenogram|handelingen|notulen|convocatie|commissiebrief|"
    r"brief (?:van )?(?:de )?(?:commissie|voorzitter|griffier)|schriftelijke vragen|"
    r"kamervragen|rondetafelgesprek|position paper|petitie|nieuwsbericht|persbericht|"
    r"initiatiefnota|initiatiefvoorstel)\b",
    re.IGNORECASE)
# The government's whatever else the kind names: the answers in a "lijst van vragen en
# antwoorden" or "antwoord schriftelijke vragen", a "nota naar aanleiding van het verslag".
_ANSWERS = re.compile(r"\b(?:antwoord(?:en)?|beantwoording|nota|memorie)\b", re.IGNORECASE)
_SENT = re.compile(
    r"\b(?:brief(?: regering)?|kamerbrief|nota(?: naar aanleiding van het verslag| van "
    r"wijziging)?|memorie van antwoord|nadere memorie van antwoord|memorie van toelichting|"
    r"kabinetsreactie|voortgangsrapportage|verzamelbrief|beleidsbrief|jaarverslag regering)\b",
    re.IGNORECASE)
# A signer who speaks for the government: "De Minister van …", "De Staatssecretaris …".
_GOVERNMENT_SIGNER = re.compile(
    r"\b(?:minister(?:-president)?|staatssecretaris|viceminister|bewindspersoon|kabinet)\b",
    re.IGNORECASE)


def sent_by_government(doc_type: str | None, title: str | None = None,
                       signer: str | None = None, keeps_a_promise: bool = False) -> bool:
    """Whether a document is something the government sends to parliament.

    The kind decides when it says (answers and nota's, then what the Kamer writes, then
    letters); a document of no known kind counts when its title says it is a letter or answer,
    when the signer found in its text is a minister or state secretary, or when its text says
    it keeps a promise ("Met deze brief kom ik de toezegging … na": only the government keeps
    one)."""
    for text in (doc_type, title):
        if not text:
            continue
        if _ANSWERS.search(text):
            return True
        if _NOT_SENT.search(text):
            return False
        if _SENT.search(text):
            return True
    return keeps_a_promise or bool(signer and _GOVERNMENT_SIGNER.search(signer))
