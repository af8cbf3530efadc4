"""Some 500 probe sentences the lead wrote in ordinary parliamentary words before writing the
rules that read them (``tests/fixtures/extraction/probes/``). Not a measure of the extraction —
the same hand wrote both — but a guard: a change that loses a class of wording shows here, with
the sentences it lost."""

import json
from datetime import date

import pytest

from tracker.config import PROJECT_ROOT
from tracker.extraction import extract, quality

PROBES = PROJECT_ROOT / "tests" / "fixtures" / "extraction" / "probes"
KINDS = {"C": "commitment", "R": "request", "M": "milestone", "-": None}
DAY = date(2025, 3, 10)


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in (PROBES / name).read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _wrong(wanted: str | None, kinds: list[str]) -> bool:
    return wanted not in kinds if wanted else bool(kinds)


def test_letters_sentences_read_as_written():
    rows = _rows("letters.txt")
    wrong = [f"{want} {text}" for want, text in rows
             if _wrong(KINDS[want], [i.kind for i in extract(text, DAY).items])]
    # Five are known and left (a promise kept in the same breath, a relative clause deep in a
    # long sentence, a bureau's report "naar verwachting eind 2025 gereed", a letter co-signed,
    # "Ik laat u weten dat …" about what is done): the rest must stay right.
    assert len(rows) > 350 and len(wrong) <= 5, wrong


def test_debate_turns_read_as_said():
    rows = _rows("debates.txt")
    text = "De voorzitter:\nIk geef het woord aan de minister.\n\n" + "".join(
        f"{speaker}:\n{words}\n\nDe voorzitter:\nDank u wel.\n\n" for _, speaker, words in rows)
    items = extract(text, DAY).items
    wrong = [f"{want} {speaker}: {words}" for want, speaker, words in rows
             if _wrong(KINDS[want], [i.kind for i in items if words[:40] in i.text])]
    assert len(rows) > 100 and wrong == []


# 216 sentences written on 4 December 2026 by someone who had read the labelling guide and not the
# rules (``probes/independent/``): letters, answers to written questions, a minister's and a
# member's turns in a debate. Read first on the rules of that evening, 6 were wrong; the two left
# are an aim dated by a school year ("met ingang van het schooljaar 2027-2028") and a
# regulation's publication in the Staatscourant (a passive without parliament).
_LETTER = ("BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n\nDen Haag, "
           "10 maart 2025\n\n{}\n\nDe Minister van Binnenlandse Zaken en "
           "Koninkrijksrelaties,\nJ. Jansen\n")
_ANSWERS = ("Vragen van het lid Jansen (VVD) aan de Minister van Binnenlandse Zaken (ingezonden 3 "
            "februari 2025).\n\nAntwoord van Minister Uitermark (Binnenlandse Zaken en "
            "Koninkrijksrelaties) (ontvangen 10 maart 2025).\n\n{}\n{}\n")
_TURN = ("De voorzitter:\nIk geef het woord aan de volgende spreker.\n\n{}:\n{}\n\nDe voorzitter:\n"
         "Dank u wel.\n")


def _framed(name: str, words: str) -> str:
    if name == "verslag.tsv":
        return ("Verslag van een schriftelijk overleg\n\nVastgesteld 10 maart 2025\n\nDe vaste "
                "commissie voor Financiën heeft een aantal vragen en opmerkingen voorgelegd.\n\n"
                f"{words}\n")
    if name == "committee.tsv":
        return f"Vaste commissie voor Financiën\n\nDen Haag, 10 maart 2025\n\n{words}\n"
    if name == "letters.tsv":
        return _LETTER.format(words)
    if name == "answers.tsv":
        return _ANSWERS.format("Vraag 1" if words.endswith("?") else "Antwoord 1", words)
    speaker = "Minister Jansen" if name == "debate_gov.tsv" else "De heer Pietersen (VVD)"
    return _TURN.format(speaker, words)


def _read_unseen(folder: str, names: tuple[str, ...]) -> tuple[list[str], int]:
    wrong, total = [], 0
    for name in names:
        for want, words in _rows(f"{folder}/{name}"):
            items = [i for i in extract(_framed(name, words), DAY).items
                     if i.kind != "milestone" and (words[:25] in i.text or i.text[:25] in words)]
            total += 1
            if _wrong(KINDS[want], [i.kind for i in items]):
                wrong.append(f"{want} {name}: {words}")
    return wrong, total


def test_sentences_written_without_the_rules():
    wrong, total = _read_unseen("independent", ("letters.tsv", "answers.tsv", "debate_gov.tsv",
                                                "debate_member.tsv"))
    assert total > 200 and len(wrong) <= 2, wrong


def test_harder_sentences_written_without_the_rules():
    # A second batch (172 sentences, ``probes/independent2/``) by someone else who had read the
    # guide and the first batch, asked for harder, longer wording: a promise after a long
    # opening clause that names the members who asked, a concessive clause's "niet" before an
    # intention, a committee's "Ingestemd met het verzoek van …", spoken promises with "hè" and
    # an aside. Read on the rules after the first batch's fixes: 15 wrong. One is left: a
    # copy of a letter to Brussels sent "gelijktijdig" (at the same time as a letter not yet
    # sent: no deadline the rules can read).
    wrong, total = _read_unseen("independent2", ("letters.tsv", "committee.tsv",
                                                 "debate_gov.tsv", "debate_member.tsv"))
    assert total > 150 and len(wrong) <= 1, wrong


def test_a_third_batch_with_due_dates_worked_out_by_hand():
    # 216 sentences (``probes/independent3/``) by a third writer who read only the labelling
    # guide and the deadline rules: letters, answers, a committee's verslag, a minister's and a
    # member's turns, each with the due date worked out by hand for a text of 10 March 2025.
    # Read first on the rules of that afternoon: 9 kinds wrong (an aside between a noun and
    # its verb, "heeft u van mij een brief", spoken "eh", "Wat ik wel ga doen, is …") and 1
    # due date of 121 ("per 1 januari 2026" in a relative clause taken over "Na de zomer").
    wrong, dues, checked = [], [], 0
    for name in ("letters.tsv", "answers.tsv", "verslag.tsv", "debate_gov.tsv",
                 "debate_member.tsv"):
        for want, due, _precision, words in _rows(f"independent3/{name}"):
            items = [i for i in extract(_framed(name, words), DAY).items
                     if i.kind != "milestone" and (words[:25] in i.text or i.text[:25] in words)]
            if _wrong(KINDS[want], [i.kind for i in items]):
                wrong.append(f"{want} {name}: {words}")
            elif KINDS[want]:
                checked += 1
                got = items[0].due.isoformat() if items[0].due else "-"
                if got != due:
                    dues.append(f"{name}: {due} wanted, {got} read: {words}")
    assert checked > 120 and len(wrong) <= 1 and len(dues) <= 1, (wrong, dues)


def _written(folder: str) -> list[quality.Labelled]:
    return [quality.Labelled(p.stem, p.with_suffix(".txt").read_text("utf-8"),
                             json.loads(p.read_text("utf-8")))
            for p in sorted((PROBES / folder).glob("*.json"))]


def _holds(folder: str, labelled: int, recall: float, precision: float,
           due: float) -> quality.Scores:
    """A set written from the guide, held where it stands: its size, its figures."""
    scores = quality.evaluate(_written(folder))
    assert scores.true_positives + scores.false_negatives == labelled
    assert scores.recall >= recall and scores.precision >= precision, \
        scores.misses + scores.noise
    assert scores.due_accuracy >= due, scores.wrong_due
    return scores


@pytest.mark.parametrize("folder, labelled, recall, precision, due", [
    # Twelve debates (``probes/debates_written/``: plenary, committee, a tweeminutendebat with
    # motions, question hours, budget debates, the Eerste Kamer) written as the Handelingen
    # print them by someone who read only the labelling guide and the deadline rules, labelled
    # as the corpus is. First read: 107 of 115 found, 12 noise, due dates 98 of 107; tuned on.
    pytest.param("debates_written", 115, 0.95, 0.92, 0.9, id="debates_written"),
    # Fourteen more debates (``probes/debates_written2/``: the Algemene Politieke and Financiële
    # Beschouwingen with the premier answering, a question hour, commissiedebatten with run-on
    # spoken answers, a wetgevingsoverleg, the Eerste Kamer, a tweede termijn with motions, a
    # dertigledendebat) by a writer who read only the labelling guide and the deadline rules.
    # First read (a172620): 146 of 168 found, 6 noise, due dates 140 of 146; tuned on.
    pytest.param("debates_written2", 168, 0.9, 0.94, 0.93, id="debates_written2"),
    # Fourteen whole letters (``probes/letters_written/``) of fourteen ministries, 2012-2025:
    # progress letters, a delay, a verzamelbrief, a kabinetsreactie, a planning, replies to
    # committees, one without any promise. Parliament's requests retold in them are optional,
    # as the real corpus labels them. First read (b23b945): 68 of 100 found (milestones of a
    # law taking effect "op" a day 2 of 13), 5 noise, due dates 65 of 68; tuned on.
    pytest.param("letters_written", 100, 0.8, 0.93, 0.9, id="letters_written"),
    # Fourteen debates (``probes/debates_written3/``) by a writer who read only the labelling
    # guide and the deadline rules, aimed at how members ask: the Regeling van werkzaamheden's
    # requests for letters, tweeminutendebatten with motions, bills debated in long spoken
    # turns, question hours, the Eerste Kamer, verslagen of commissiedebatten, a party leader
    # at the Algemene Politieke Beschouwingen. First read (bce4c31): 160 of 184 found (requests
    # 81 of 93), 15 noise, due dates 145 of 160; tuned on: 178 found (requests 91), 13 noise,
    # due dates 162 of 178.
    pytest.param("debates_written3", 184, 0.94, 0.92, 0.9, id="debates_written3"),
    # Sixteen letters (``probes/letters_written2/``) of fourteen ministries, 2016-2026, by a
    # writer who read only the labelling guide and the deadline rules: progress letters,
    # delays, cabinet reactions, verzamelbrieven, replies to committees, a geannoteerde
    # agenda, a legislative planning, a letter to the Eerste Kamer, two with nothing to
    # register. First read (a78cc0d): 72 of 88 found (promises put out in the passive, a
    # planning, a letter's content told in the present), 3 noise, due dates 63 of 72.
    pytest.param("letters_written2", 88, 0.92, 0.94, 0.9, id="letters_written2"),
    # Sixteen documents (``probes/mixed_written/``) by a writer who read only the guide and
    # the deadline rules: answers to Kamervragen (one with a notice of delay), Eerste Kamer
    # registry entries and a rappel, verslagen (a schriftelijk overleg, a list of questions on
    # a budget, a commissiedebat), committee letters, a decision list, two motions. First
    # read (a78cc0d), on the labels as given: 74 of 80 found, 2 noise, due dates 71 of 74;
    # four of its misses were the chair's list of toezeggingen, which the guide leaves out
    # (made optional, each with a why).
    pytest.param("mixed_written", 76, 0.95, 0.95, 0.95, id="mixed_written"),
    # Sixteen documents (``probes/requests_written/``), requests first, by a writer who read
    # only the guide and the deadline rules: motions with dicta in parts (dashed, numbered,
    # "verzoekt voorts"), one scanned with a page header in it, Eerste Kamer rappels,
    # besluitenlijsten, verslagen. The writer labelled each part of a motion; the corpus gives
    # a motion one label, so the later parts are optional (each with a why). First read
    # (fa434e3): 43 of 48 found, 3 noise, due dates 38 of 43.
    pytest.param("requests_written", 48, 0.95, 0.95, 0.95, id="requests_written"),
    # Sixteen letters (``probes/letters_written3/``) of sixteen ministries, 2009-2026, by a
    # writer who read only the guide and the deadline rules: planning sections, a verzamelbrief,
    # the state of a ministry's open promises, recurring reports, a sentence with two promises,
    # EU law with application dates, a delay, two with nothing to register. First read
    # (fa434e3): 63 of 77 found, 13 noise, due dates 54 of 63. Left: a planning written as
    # lines ("Medio 2023 – publicatie …"), which no other writer or real letter has shown.
    pytest.param("letters_written3", 77, 0.85, 0.9, 0.88, id="letters_written3"),
    # Fourteen debates (``probes/debates_written4/``) by a writer who read only the guide and
    # the deadline rules: the APB and AFB with the premier answering for the cabinet and
    # judging motions, question hours, Eerste Kamer bill debates, tweeminutendebatten. First
    # read (fa434e3): 117 of 129 found, 5 noise, due dates 111 of 117.
    pytest.param("debates_written4", 129, 0.93, 0.96, 0.95, id="debates_written4"),
    # Fourteen debates of the same kinds (``probes/debates_written5/``) by a writer whose brief
    # came cut short: besides the guide and the deadline rules it read the README, the corpus
    # README and the earlier sets' notes (never the code), so its labels follow the earlier
    # sets' conventions ("in die brief" takes that letter's time). First read (fa434e3): 193 of
    # 213 found, 9 noise, due dates 167 of 193.
    pytest.param("debates_written5", 213, 0.93, 0.95, 0.88, id="debates_written5"),
    # Round nineteen: four sets by four writers who read only the guide, the deadline rules and
    # the recess table, each read once on 24ba28f before a rule was written for it.
    # Twenty-nine short letters (``probes/short_letters/``) of twenty ministries, 2008-2026:
    # cover letters, delays, replies to committees, motions carried out, opening pages only,
    # a planning table as lines, joint letters, six with nothing to register. First read: 59
    # of 70 found, 6 noise, due dates 55 of 59.
    pytest.param("short_letters", 70, 0.92, 0.95, 0.93, id="short_letters"),
    # Eighteen answers to Kamervragen and lists of questions (``probes/answers_written/``),
    # 2009-2026: both Aanhangsel layouts, notices of delay, supplementary answers, written
    # questions without answers, lists on annual reports and a budget with page numbers in the
    # questions. First read: 91 of 105 found, 6 noise, due dates 89 of 91.
    pytest.param("answers_written", 105, 0.96, 0.94, 0.95, id="answers_written"),
    # Nineteen documents of requests and short plenary items (``probes/motions_plenary/``):
    # bundles of motions in the Kamerstuk print (each with its "Voorgesteld" date), the
    # Regeling van werkzaamheden, question hours, tweeminutendebatten, plenary speeches, an
    # Eerste Kamer register page. First read: 115 of 133 found (a bundle of eight motions read
    # as one sentence), 8 noise, due dates 95 of 115.
    pytest.param("motions_plenary", 133, 0.96, 0.93, 0.9, id="motions_plenary"),
    # Nineteen Eerste Kamer and committee documents (``probes/ek_verslagen/``): register pages,
    # schriftelijk overleg with the reply in the same document, memories van antwoord, a
    # commissiedebat's verslag with its list of toezeggingen (the writer labelled the list and
    # made the same promises in the summary optional), rappels with an overview and the reply.
    # First read: 104 of 111 found, 10 noise, due dates 97 of 104 (a rappel's reply dated from
    # the first entry's promise of 2012).
    pytest.param("ek_verslagen", 111, 0.98, 0.92, 0.94, id="ek_verslagen"),
    # Round twenty: three more sets by three more writers of the same brief, read once on
    # a561fdd (long_letters, bill_documents) or on the committed code after it
    # (committee_debates, which came in last; the rules of the meantime had been written for
    # the other two). Seventeen long letters with sections, footnotes, tables and annexes
    # (``probes/long_letters/``), first read 103 of 112 found, 10 noise, due dates 99 of 103.
    pytest.param("long_letters", 112, 0.96, 0.9, 0.97, id="long_letters"),
    # Eighteen documents of the legislative process (``probes/bill_documents/``): verslagen on
    # bills, notas naar aanleiding van het verslag (which repeat the members' questions),
    # memories van toelichting, notas van wijziging, an advice with its nader rapport, plenary
    # excerpts. First read: 119 of 130 found, 15 noise, due dates 114 of 119.
    pytest.param("bill_documents", 130, 0.92, 0.93, 0.95, id="bill_documents"),
    # Sixteen committee debates in the stenographic service's print
    # (``probes/committee_debates/``): commissiedebatten, wetgevingsoverleggen, a notaoverleg,
    # a rondetafelgesprek and a technische briefing (guests and officials: nothing to
    # register), the chair's list of toezeggingen at the end (never labelled). First read:
    # 137 of 151 found, 27 noise (16 of them members' words read as requests), due dates 132
    # of 137.
    pytest.param("committee_debates", 151, 0.9, 0.9, 0.95, id="committee_debates"),
    # Round twenty-one: four more writers of the same brief, each set read once on aa2eb63
    # before a rule was written for it. Twenty motions and requests (``probes/motions_dated/``):
    # single motions in the Kamerstuk print, amended ones, the Eerste Kamer's, four scans with
    # OCR damage ("vóór l april 1997"), a committee's letter, a besluitenlijst, the Regeling.
    # The writer labelled each dictum of a motion with its own time, as some real labellers do;
    # the item is the motion, dated by the first part that names a time (eight of its nine
    # wrong due dates). First read: 42 of 43 found, 1 noise, due dates 30 of 42.
    pytest.param("motions_dated", 43, 0.95, 0.97, 0.75, id="motions_dated"),
    # Eighteen documents where members ask (``probes/questions_asked/``): written questions as
    # filed, answers with a notice of delay, question hours, the APB and AFB, an interpellatie,
    # a dertigledendebat, the Eerste Kamer. The writer gives a letter's content asked or
    # promised ("in die brief") no time, unlike earlier writers. First read: 100 of 106
    # found, 8 noise, due dates 89 of 100.
    pytest.param("questions_asked", 106, 0.95, 0.93, 0.86, id="questions_asked"),
    # Twenty-two letters, half of them only the opening a web archive stores, cut off
    # mid-sentence (``probes/letters_openings/``), 1996-2026, old-style and scanned ones, EU law
    # with its dates of application. First read: 38 of 42 found, 4 noise, due dates 37 of 38.
    pytest.param("letters_openings", 42, 0.95, 0.97, 0.97, id="letters_openings"),
    # Thirteen plenary debates on bills, half in the Eerste Kamer (``probes/bill_debates/``):
    # answers in both terms, verdicts on amendments and motions, a novelle, promises about
    # AMvB's, evaluations and the date a law takes effect. First read: 77 of 86 found, 8 noise,
    # due dates 74 of 77.
    pytest.param("bill_debates", 86, 0.95, 0.92, 0.95, id="bill_debates"),
    # Round twenty-two: three more writers of the same brief, each set read once before a rule
    # was written for it. Fourteen overviews of promises with their state
    # (``probes/overviews/``): a ministry's bijlage of open toezeggingen and moties, verzamel-
    # brieven, Eerste Kamer register pages, a committee's list of overdue promises; the writer
    # leaves out what is done (the real labellers register the Eerste Kamer's kept entries,
    # which stay found). First read (2d3ac65): 59 of 61 found, 7 noise, due dates 56 of 59.
    pytest.param("overviews", 61, 0.97, 0.9, 0.93, id="overviews"),
    # Eighteen reactions to advisory and inspection reports and EU letters
    # (``probes/advice_reactions/``): recommendation by recommendation, geannoteerde agenda's,
    # BNC-fiches, the state of EU law's implementation. First read (2d3ac65): 78 of 85 found,
    # 2 noise, due dates 75 of 78.
    pytest.param("advice_reactions", 85, 0.93, 0.96, 0.95, id="advice_reactions"),
    # Fourteen transcripts as the Kamer's debate pages, open-data exports and uncorrected
    # stenograms print them ("Kamerlid Vedder (CDA):", time stamps), and third-person verslagen
    # (``probes/transcripts_plain/``). First read (afb3c06): 81 of 107 found (requests 22 of
    # 41: a "Kamerlid" was no one's label), 8 noise, due dates 78 of 81.
    pytest.param("transcripts_plain", 107, 0.95, 0.93, 0.95, id="transcripts_plain"),
    # Round twenty-three, read once on 43d4d86: ten plenary debates of 2019-2022 where members
    # ask a lot (``probes/plenary_requests/``: the Algemene Politieke Beschouwingen, question
    # hours, pandemic debates, debates on a report), first read 107 of 124 found, 15 noise,
    # due dates 101 of 107; sixteen sets of written questions, half answered, with notices of
    # delay and an answer in two parts (``probes/written_questions/``), first read 73 of 74
    # found, 3 noise, due dates 70 of 73.
    pytest.param("plenary_requests", 124, 0.93, 0.9, 0.92, id="plenary_requests"),
    pytest.param("written_questions", 74, 0.97, 0.97, 0.97, id="written_questions"),
    # Round twenty-four, read once on 5bc0731: fifteen documents parliament gets from others
    # than the government (``probes/non_government/``: the Rekenkamer with the minister's
    # reaction inside, the Nationale ombudsman, the Raad van State, a province, the Kiesraad,
    # the griffie, a petition; six with nothing to register), first read 19 of 21 found, 17
    # noise, due dates 15 of 19; sixteen news items and letter summaries as rijksoverheid.nl
    # publishes them (``probes/news_items/``), with the AI Act's old and moved dates, first read
    # 63 of 83 found (ten milestones already in force, which the guide leaves to judgement),
    # 3 noise, due dates 63 of 63.
    pytest.param("non_government", 21, 0.9, 0.68, 0.75, id="non_government"),
    pytest.param("news_items", 83, 0.8, 0.95, 0.97, id="news_items"),
    # Round twenty-five, read once on 7e2992d: eleven registry pages as the Eerste Kamer's and
    # Tweede Kamer's sites render them (``probes/register_pages/``: single entries with "Uit de
    # stukken", rappels, a list of five entries), first read 30 of 38 found, no noise, due
    # dates 28 of 30. Left: the minister's answer quoted under "Uit de stukken", which the
    # writer labels and the entry's own words stand for.
    pytest.param("register_pages", 38, 0.87, 0.97, 0.97, id="register_pages"),
    # Round twenty-six, four writers of the same brief, each set read once on 4f30585 before a
    # rule was written for it. Sixteen letters on the planning of earlier promises
    # (``probes/delay_letters/``: delay letters, progress reports with tables, a planning letter
    # of bills and policy letters, a begroting's annex of open promises, replies to rappels),
    # first read 58 of 73 found (a planning table's rows ran into one sentence), 13 noise, due
    # dates 56 of 58; fifteen documents where committees ask (``probes/committee_requests/``:
    # besluitenlijsten, committee letters, verslagen of a schriftelijk overleg, a lijst van
    # vragen), first read 81 of 82 found, 5 noise, due dates 78 of 81; sixteen Kamerstukken as
    # pdftotext prints them (``probes/pdf_text/``: hard line breaks, hyphens, page headers in
    # mid-sentence), first read 80 of 87 found, 13 noise, due dates 78 of 80; sixteen EU letters
    # (``probes/eu_council_letters/``: geannoteerde agenda's, council reports, BNC-fiches,
    # implementation letters), first read 96 of 102 found, 5 noise, due dates 94 of 96. Left in
    # pdf_text: a nota's retold questions, which the writer labels as requests and the corpus's
    # nota does not.
    pytest.param("delay_letters", 73, 0.95, 0.97, 0.95, id="delay_letters"),
    pytest.param("committee_requests", 82, 0.97, 0.95, 0.95, id="committee_requests"),
    pytest.param("pdf_text", 87, 0.92, 0.88, 0.95, id="pdf_text"),
    pytest.param("eu_council_letters", 102, 0.97, 0.95, 0.95, id="eu_council_letters"),
    # Round twenty-seven, read once on ae51125 before a rule was written for it: sixteen pages
    # as a program gets them from the sites, furniture and all (``probes/web_pages/``: a
    # committee meeting's page read as a transcript for its "Voorzitter: …" line, a dossier page
    # as a registry entry), first read 38 of 48 found, 3 noise, due dates 33 of 37; sixteen
    # documents of 1987-2007 (``probes/old_documents/``: past-tense verslagen, "de
    # ondergetekende", "U moge van mij tegemoetzien", OCR damage), first read 64 of 84 found
    # (requests 0.70), 6 noise, due dates 62 of 64; sixteen policy agendas, begrotingen and
    # planning letters (``probes/policy_agendas/``), first read 113 of 125 found, 22 noise,
    # due dates 111 of 113; fifteen Eerste Kamer plenary debates (``probes/ek_plenary/``),
    # first read 198 of 215 found, 16 noise, due dates 182 of 198 (most of the wrong ones are
    # what a letter promised before should hold, which this writer leaves undated).
    pytest.param("web_pages", 48, 0.97, 0.93, 0.95, id="web_pages"),
    pytest.param("old_documents", 84, 0.93, 0.93, 0.97, id="old_documents"),
    pytest.param("policy_agendas", 125, 0.95, 0.85, 0.95, id="policy_agendas"),
    pytest.param("ek_plenary", 215, 0.93, 0.92, 0.9, id="ek_plenary"),
    # Round twenty-eight, read once on f6de594 before a rule was written for it: fifteen letters
    # on how motions and promises are carried out (``probes/motion_follow_up/``: motions quoted
    # under their names, a committee's request retold), first read 66 of 69 found, 15 noise,
    # due dates 64 of 66; sixteen lists of questions and answers (``probes/vragenlijsten/``),
    # first read 148 of 162 found, 8 noise, due dates 134 of 148; fifteen verslagen of an
    # algemeen overleg 1998-2015, half in the old past tense (``probes/verslagen_ao/``), first
    # read 175 of 238 found (requests 0.74), 12 noise, due dates 162 of 175 — most of what is
    # left is the chair's closing list of promises ("De minister stuurt de Kamer …"), which this
    # writer labels and the debate writers do not; sixteen debates of short turns
    # (``probes/short_turns/``: "Dus de minister zegt toe dat …?", "Ja, dat neem ik op."), first
    # read 169 of 208 found, 10 noise, due dates 167 of 169.
    pytest.param("motion_follow_up", 69, 0.97, 0.95, 0.93, id="motion_follow_up"),
    pytest.param("vragenlijsten", 162, 0.95, 0.95, 0.9, id="vragenlijsten"),
    pytest.param("verslagen_ao", 238, 0.78, 0.93, 0.9, id="verslagen_ao"),
    pytest.param("short_turns", 208, 0.9, 0.95, 0.97, id="short_turns"),
    # Round twenty-nine, read once on d8a3fd6 before a rule was written for it: sixteen Eerste
    # Kamer documents on bills (``probes/ek_bill_stages/``: voorlopig verslag, memorie van
    # antwoord, a committee's letter after a hearing), first read 82 of 97 found, 4 noise, due
    # dates 80 of 82; sixteen letters where most of what is planned is done by others
    # (``probes/others_actions/``), first read 73 of 79 found, 9 noise, due dates 71 of 73;
    # fifteen verslagen of a schriftelijk overleg (``probes/so_verslagen/``: the writer counts
    # a question the answers repeat word for word twice, the corpus's nota once), first read
    # 115 of 129 found, 6 noise, due dates 101 of 104; fifteen Handelingen of 1974-2000 as OCR
    # gives them (``probes/ocr_handelingen/``), first read 105 of 121 found, 12 noise, due dates
    # 101 of 105.
    pytest.param("ek_bill_stages", 97, 0.9, 0.97, 0.95, id="ek_bill_stages"),
    pytest.param("others_actions", 79, 0.92, 0.95, 0.95, id="others_actions"),
    pytest.param("so_verslagen", 129, 0.92, 0.95, 0.95, id="so_verslagen"),
    pytest.param("ocr_handelingen", 121, 0.89, 0.89, 0.95, id="ocr_handelingen"),
    # Round thirty, read once on f0fd7b7 before a rule was written for it: sixteen question hours
    # 2009-2026 (``probes/vragenuur/``), first read 197 of 218 found, 14 noise, due dates 180
    # of 197; sixteen general debates 2011-2025 (``probes/general_debates/``: Algemene
    # Politieke and Financiële Beschouwingen, a regeringsverklaring, the Voorjaarsnota, European
    # Councils, their motions), first read 204 of 241 found, 23 noise, due dates 180 of 204;
    # sixteen wetgevingsoverleggen and notaoverleggen 2013-2026 (``probes/wetgevingsoverleg/``),
    # first read 173 of 195 found, 15 noise, due dates 166 of 173; sixteen letters to and from
    # Eerste Kamer committees 2010-2026 (``probes/ek_letters/``: questions, rappels, replies),
    # first read 97 of 107 found, 18 noise, due dates 93 of 97.
    pytest.param("vragenuur", 218, 0.93, 0.93, 0.91, id="vragenuur"),
    pytest.param("general_debates", 241, 0.87, 0.89, 0.88, id="general_debates"),
    # (due dates 0.95 -> 0.94 when what a promised letter will hold, said subject first, "Ik
    # neem daarin ook de vraag mee …", came to be read as promised with the letter and given
    # its time, as "Daarin zal ik …" is; the writer left that sentence undated)
    pytest.param("wetgevingsoverleg", 195, 0.9, 0.91, 0.94, id="wetgevingsoverleg"),
    pytest.param("ek_letters", 107, 0.95, 0.89, 0.95, id="ek_letters"),
    # Round thirty-one, each read once before a rule was written for it: sixteen verzamelbrieven
    # and stand-van-zaken letters 2016-2026 (``probes/verzamelbrieven/``, read on e7c82ab), first
    # read 115 of 120 found, 13 noise, due dates 113 of 115; sixteen Regelingen van werkzaamheden
    # 2008-2026 (``probes/regeling_werkzaamheden/``, read on 1cc5084), first read 113 of 123
    # found, 5 noise, due dates 103 of 113; sixteen VAO's and tweeminutendebatten 2012-2026
    # (``probes/tweeminutendebatten/``, 1cc5084), first read 196 of 207 found, 18 noise, due
    # dates 189 of 196; sixteen debates on an incident or a report 2005-2026
    # (``probes/incident_debates/``, 1cc5084), first read 189 of 219 found, 13 noise, due dates
    # 178 of 189; sixteen replies to a committee's request 2012-2026
    # (``probes/reactie_verzoek_commissie/``, 96ece8a), first read 83 of 94 found, 10 noise, due
    # dates 75 of 83.
    pytest.param("verzamelbrieven", 120, 0.95, 0.91, 0.98, id="verzamelbrieven"),
    pytest.param("regeling_werkzaamheden", 123, 0.93, 0.95, 0.95, id="regeling_werkzaamheden"),
    pytest.param("tweeminutendebatten", 207, 0.955, 0.91, 0.95, id="tweeminutendebatten"),
    pytest.param("incident_debates", 219, 0.9, 0.93, 0.94, id="incident_debates"),
    pytest.param("reactie_verzoek_commissie", 94, 0.92, 0.89, 0.9,
                 id="reactie_verzoek_commissie"),
    # Round thirty-two, read once on 1bb0895: sixteen registry pages and lists of both Kamers
    # 2008-2026 (``probes/register_entries2/``: a rappel's numbered entries with their fields on
    # one line, a list's entries dated by their debate), first read 117 of 120 found, 1 noise,
    # due dates 78 of 117; sixteen Handelingen of 1995-2010 (``probes/handelingen_1995_2010/``),
    # first read 174 of 193 found, 15 noise, due dates 162 of 174; sixteen commissiedebatten
    # 2021-2026, stenogram and verslag (``probes/commissiedebatten2/``), first read 200 of 227
    # found, 16 noise, due dates 191 of 200.
    pytest.param("register_entries2", 120, 0.98, 0.98, 0.97, id="register_entries2"),
    pytest.param("handelingen_1995_2010", 193, 0.92, 0.91, 0.93, id="handelingen_1995_2010"),
    pytest.param("commissiedebatten2", 227, 0.91, 0.92, 0.95, id="commissiedebatten2"),
    # Round thirty-three: sixteen Kamerbrieven 2019-2026 (``probes/kamerbrieven_2019_2026/``,
    # read on 1d5b023), first read 79 of 83 found, 6 noise, due dates 74 of 79; sixteen Eerste
    # Kamer debates on bills 2015-2026 (``probes/ek_plenary2/``, 1d5b023), first read 169 of 199
    # found, 26 noise, due dates 156 of 169; sixteen budget debates 2010-2026
    # (``probes/begrotingsdebatten/``, a8c8d8c), first read 241 of 264 found, 9 noise, due dates
    # 233 of 241; sixteen nota's naar aanleiding van het verslag, memories and nota's van
    # wijziging 2008-2026 (``probes/nota_nav_verslag2/``, 1d5b023), first read 101 of 108 found,
    # 8 noise, due dates 99 of 101 — no rule was written for this one, so its row only holds it
    # where it was first read.
    pytest.param("kamerbrieven_2019_2026", 83, 0.96, 0.93, 0.93, id="kamerbrieven_2019_2026"),
    pytest.param("ek_plenary2", 199, 0.88, 0.87, 0.95, id="ek_plenary2"),
    pytest.param("begrotingsdebatten", 264, 0.92, 0.96, 0.96, id="begrotingsdebatten"),
    pytest.param("nota_nav_verslag2", 108, 0.93, 0.92, 0.97, id="nota_nav_verslag2"),
])
def test_a_set_written_from_the_guide_holds_its_figures(folder, labelled, recall, precision, due):
    scores = _holds(folder, labelled, recall, precision, due)
    assert scores.actors_right == scores.actors_checked, scores.wrong_actors


# Real labelled sentences of the opened corpus, each rewritten twice by hand from the guide
# (``probes/paraphrases/``): the same promise or request in other words, or with another time.
# The ids that are 2 modulo 3 are held back: their totals are guarded, their sentences not read.
def _paraphrases(name: str, held: bool) -> tuple[int, int, int, int, int]:
    """(labelled, found, due right, near misses, near misses read as items)."""
    found = due_right = total = near = taken = 0
    for pid, _variant, frame, kind, due, _precision, words in _rows(f"paraphrases/{name}"):
        if (int(pid[1:]) % 3 == 2) != held:
            continue
        items = [i for i in extract(_framed(f"{frame}.tsv", words), DAY).items
                 if i.kind != "milestone" and (words[:25] in i.text or i.text[:25] in words)]
        if kind == "none":
            near += 1
            taken += bool(items)
            continue
        total += 1
        items = [i for i in items if i.kind == kind]
        if items:
            found += 1
            due_right += items[0].due == (date.fromisoformat(due) if due else None)
    return total, found, due_right, near, taken


@pytest.mark.parametrize("name, held, labelled, found, due_right, near, taken", [
    ("paraphrases.tsv", False, 362, 343, 322, 0, 0),
    ("paraphrases2.tsv", False, 428, 380, 366, 214, 1),
    # (282: r087's "ruim voor het Wetgevingsoverleg … op 20 juni" is the 19th now, as the guide
    # and its real original, labelled so, read "vóór"; its paraphrase was labelled the 20th)
    ("paraphrases3.tsv", False, 332, 308, 282, 166, 0),
    # the held-back thirds: their first readings, totals only
    ("paraphrases.tsv", True, 180, 151, 146, 0, 0),
    ("paraphrases2.tsv", True, 212, 170, 163, 106, 1),
    ("paraphrases3.tsv", True, 166, 147, 137, 83, 1),
])
def test_paraphrases_of_real_sentences_read_as_their_originals(name, held, labelled, found,
                                                                 due_right, near, taken):
    got = _paraphrases(name, held)
    assert (got[0], got[3]) == (labelled, near)
    assert got[1] >= found and got[2] >= due_right and got[4] <= taken, got
