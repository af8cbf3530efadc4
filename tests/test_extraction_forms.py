"""Documents other than letters: debate transcripts and registry pages."""

import json
from datetime import date, timedelta

import pytest

from tracker.config import PROJECT_ROOT
from tracker.extraction import extract
from tracker.extraction.forms import (
    MEMBER,
    Speaker,
    detect_form,
    opening_speaker,
    register_entries,
    speaker_at,
)

SEEDS = PROJECT_ROOT / "sample" / "seeds"

# Handelingen print style: each speech after its speaker's label, on a line of its own.
HANDELINGEN = """\
Aan de orde is het debat over de digitale overheid.

De voorzitter:
Ik geef het woord aan de heer Jansen. Ik zal de vergadering om 18.00 uur schorsen.

De heer Jansen (VVD):
Voorzitter. Kan de minister toezeggen dat zij de Kamer voor de zomer informeert over de kosten
van het project? Als dat niet gebeurt, zal ik een motie indienen. Wij zullen de minister aan
haar woord houden.

Mevrouw De Vries (GroenLinks-PvdA):
Is de minister bereid de Kamer voor 1 oktober een overzicht te sturen van alle lopende
projecten?

Minister Van der Berg:
Dat zeg ik toe. Ik kom op de vraag over de planning in de tweede termijn terug. Ik zal zo
ingaan op de vragen van mevrouw De Vries. Ik stuur de Kamer voor 1 maart een brief over de
evaluatie van de wet.

Staatssecretaris El Idrissi:
Voorzitter. Ik zal uw Kamer in het najaar informeren over de uitkomsten van de pilot.
"""


def _items(text, day=date(2025, 3, 10), **kw):
    return extract(text, day, **kw).items


def test_a_transcript_is_read_as_one():
    assert detect_form(HANDELINGEN) == "transcript"
    assert all(detect_form(p.read_text("utf-8")) == "letter" for p in SEEDS.glob("*.txt"))


def test_in_a_debate_only_ministers_promise_and_members_ask():
    items = _items(HANDELINGEN)
    said = [(i.kind, i.actor, i.text.split()[0]) for i in items]
    assert said == [
        ("request", "De heer Jansen", "Kan"),
        ("request", "Mevrouw De Vries", "Is"),
        ("commitment", "Minister Van der Berg", "Is"),  # "Dat zeg ik toe." with the question
        ("commitment", "Minister Van der Berg", "Ik"),
        ("commitment", "Staatssecretaris El Idrissi", "Ik"),
    ]
    text = " ".join(i.text for i in items)
    for never in ("schorsen", "motie indienen", "aan haar woord", "tweede termijn", "zo ingaan"):
        assert never not in text


def test_dat_zeg_ik_toe_makes_the_question_the_promise():
    accepted = _items(HANDELINGEN)[2]
    assert accepted.rule == "commitment.accepted"
    assert accepted.text.startswith("Is de minister bereid de Kamer voor 1 oktober")
    assert accepted.text.endswith("Dat zeg ik toe.")
    assert (accepted.due, accepted.precision) == (date(2025, 9, 30), "day")
    # The span runs from the question to the answer, in the input; the request stays too.
    assert HANDELINGEN[accepted.start:accepted.end].startswith("Is de minister")
    assert HANDELINGEN[accepted.start:accepted.end].endswith("Dat zeg ik toe.")


def test_a_member_states_a_milestone_and_promises_nothing():
    text = ("De heer Bos (CDA):\nVoorzitter. De wet treedt op 1 januari 2027 in werking. Ik zal "
            "de minister daaraan houden. Wij zullen de regeling daarop aanpassen.\n\n"
            "Minister Smit:\nDank u wel.\n")
    (item,) = _items(text, date(2026, 3, 10))
    assert (item.kind, item.due) == ("milestone", date(2027, 1, 1))


def test_the_chair_giving_the_floor_is_not_what_was_asked():
    text = HANDELINGEN.replace("Minister Van der Berg:\n", "De voorzitter:\nHet woord is aan de "
                               "minister.\n\nMinister Van der Berg:\n")
    accepted = next(i for i in _items(text) if i.rule == "commitment.accepted")
    assert accepted.text.startswith("Is de minister bereid de Kamer voor 1 oktober")
    opening = "Handelingen\n\nDe voorzitter:\nHet woord is aan de minister.\n\nMinister Smit:\n"
    (alone,) = _items(opening + "Dat gaan we doen, en u hoort voor de zomer van ons.\n")
    assert alone.text == "Dat gaan we doen, en u hoort voor de zomer van ons."


ANSWERS = """Antwoord van minister Dijkgraaf (Onderwijs) (ontvangen 12 maart 2024)

Vraag 1
Bent u bekend met het bericht "Tekort aan leraren loopt op"?

Antwoord 1
Ja.

Vraag 2
Bent u bereid de Kamer voor de zomer te informeren over de aanpak van het lerarentekort?

Antwoord 2
Ja, daartoe ben ik bereid.

Vraag 3
Hoe beoordeelt u dit?

Antwoord 3
Ik ben daartoe niet bereid.
"""


def test_an_answer_accepting_a_written_question_makes_the_question_the_promise():
    items = extract(ANSWERS, date(2024, 3, 12)).items
    accepted = [i for i in items if i.kind == "commitment"]
    assert len(accepted) == 1  # a bare "Ja." to a question of fact promises nothing
    second = accepted[0]
    assert second.rule == "commitment.accepted"
    assert second.text.startswith("Bent u bereid de Kamer voor de zomer te informeren")
    assert second.text.endswith("Ja, daartoe ben ik bereid.")
    assert (second.due, second.precision) == (date(2024, 7, 4), "season")
    assert ANSWERS[second.start:second.end].endswith("Ja, daartoe ben ik bereid.")
    # the question itself stays a request; a refusal accepts nothing
    assert [i.kind for i in items].count("request") == 1


def test_ik_ben_bereid_dat_te_doen_accepts_what_was_asked():
    text = ("De heer Bos (CDA):\nIs de minister bereid de Kamer voor 1 oktober te informeren?\n\n"
            "Minister Smit:\nIk ben graag bereid om dat te doen.\n")
    accepted = [i for i in _items(text) if i.kind == "commitment"]
    assert [(i.rule, i.due) for i in accepted] == [("commitment.accepted", date(2025, 9, 30))]


def test_an_answer_of_yes_accepts_what_was_asked():
    text = ("De heer Bos (CDA):\nKan de minister-president toezeggen dat de Kamer voor 1 oktober "
            "een brief krijgt?\n\nMinister Smit:\nMaar mijn antwoord op de concrete vraag is: "
            "ja.\n")
    accepted = [i for i in _items(text) if i.kind == "commitment"]
    assert [(i.rule, i.due) for i in accepted] == [("commitment.accepted", date(2025, 9, 30))]


@pytest.mark.parametrize("said, accepted", [
    ("Dat doe ik.", True),  # (shorter than any other sentence an item is made of)
    ("Dat beloof ik.", True),
    ("Ik kan dat toezeggen.", True),
    ("Dat kan ik toezeggen, ja.", True),
    ("Ik ga dat doen.", True),
    ("Dat ga ik na.", True),
    ("Dat zoeken we uit.", True),
    ("Prima, dat doen we.", True),
    ("Dat lijkt me een goed idee; dat ga ik doen.", True),
    ("Daar zorg ik voor.", True),
    ("Daar ga ik voor zorgen.", True),
    ("Dat doen we in Europees verband.", False),  # what is done now
    ("Dat doen we sinds een paar jaar.", False),
    ("Ik kan dat niet toezeggen.", False),
    ("Dat beloof ik niet.", False),
    ("Ja.", False),
])
def test_a_minister_accepts_in_other_short_words(said, accepted):
    text = ("De heer Bos (CDA):\nKan de minister toezeggen dat de Kamer voor 1 oktober een "
            f"brief krijgt?\n\nMinister Smit:\n{said}\n")
    found = [(i.rule, i.due) for i in _items(text) if i.kind == "commitment"]
    assert found == ([("commitment.accepted", date(2025, 9, 30))] if accepted else [])


def test_an_acceptance_of_a_members_wish_without_a_question_takes_the_wish():
    # the member's turn ends on a doubt, the chair asks; the wish is what is accepted
    text = ("De heer Dassen (Volt):\nDan zou ik graag voor 1 oktober een brief van het kabinet "
            "ontvangen over hoe dat zit. Maar misschien zie ik dat verkeerd.\n\nDe voorzitter:\n"
            "Wil de minister daaraan tegemoetkomen?\n\nMinister Smit:\nJa, ik kan dat "
            "toezeggen.\n")
    accepted = [i for i in _items(text) if i.kind == "commitment"]
    assert [(i.text, i.due) for i in accepted] == [
        ("Dan zou ik graag voor 1 oktober een brief van het kabinet ontvangen over hoe dat zit. "
         "Ja, ik kan dat toezeggen.", date(2025, 9, 30))]


def test_taking_a_request_along_accepts_it():
    text = ("De heer Bos (CDA):\nWil de minister in de brief die voor 1 oktober komt ook "
            "ingaan op de kosten?\n\nMinister Smit:\nJa, dat neem ik mee.\n")
    accepted = [i for i in _items(text) if i.kind == "commitment"]
    assert [(i.rule, i.due, i.actor) for i in accepted] == [
        ("commitment.accepted", date(2025, 9, 30), "Minister Smit")]


def test_stressing_a_verdict_on_a_motion_accepts_nothing():
    text = ("De heer Bos (CDA):\nIk heb een motie ingediend.\n\nMinister Smit:\n"
            "De motie-Bos op stuk nr. 21 wil ik ontraden. Dat wil ik echt doen. "
            "Ik ga die voorstellen ontraden. Dat doe ik om de volgende reden.\n")
    assert [i for i in _items(text) if i.kind == "commitment"] == []


def test_an_acceptance_with_no_question_before_it_is_no_promise():
    assert extract("Ja, daartoe ben ik bereid. Dat is goed nieuws.",
                   date(2024, 3, 12)).items == []


def test_a_promise_said_just_before_is_one_item_with_its_acceptance():
    text = ("De heer Bos (CDA):\nHoe zit het met de evaluatie?\n\nMinister Smit:\n"
            "Ik zal de Kamer voor de kerst over de evaluatie informeren. Dat zeg ik toe.\n\n"
            "De voorzitter:\nDank u wel.\n")
    (item,) = _items(text)
    assert item.text == ("Ik zal de Kamer voor de kerst over de evaluatie informeren. "
                         "Dat zeg ik toe.")
    assert item.actor == "Minister Smit"


def test_a_promise_takes_the_time_its_speaker_gives_just_after_it():
    text = ("De heer Bos (CDA):\nKomt er een brief over de corporaties?\n\nMinister Smit:\n"
            "Ik zeg daarover graag een brief toe. Ik denk dat die er in maart zou kunnen zijn. "
            "We zijn volop in overleg.\n\nDe voorzitter:\nDank u wel.\n")
    (item,) = [i for i in _items(text, date(2024, 1, 12)) if i.kind == "commitment"]
    assert (item.due, item.precision) == (date(2024, 3, 31), "month")
    assert item.text.endswith("in maart zou kunnen zijn.")  # the time's words are the item's
    # a time already past in that sentence says what it is about: the one to come is the time
    said = ("Minister Smit:\nIk zeg daarover graag een brief toe. Ik verwacht dat die, net als "
            "de evaluatie die in 2024 verscheen, voor de zomer komt.\n")
    (item,) = _items(said, date(2025, 3, 10))
    assert (item.due, item.precision) == (date(2025, 7, 3), "season")


def test_a_promise_takes_the_time_its_speaker_gives_when_asked():
    text = ("De heer Bos (CDA):\nWat doet u aan de universiteiten?\n\nStaatssecretaris Smit:\n"
            "Ik stel voor dat ik daar later schriftelijk op terugkom.\n\nDe voorzitter:\n"
            "Wanneer ongeveer?\n\nStaatssecretaris Smit:\nIk denk een weekje of drie.\n\n"
            "De voorzitter:\nPrima.\n")
    (item,) = _items(text, date(2024, 3, 12))
    assert item.due == date(2024, 3, 12) + timedelta(weeks=3)
    # asked by no one, the time said in the next turn is not the promise's
    alone = text.replace("Wanneer ongeveer?", "Dank u wel.")
    assert [i.due for i in _items(alone, date(2024, 3, 12))] == [None]


@pytest.mark.parametrize("answer", [
    "Dat kan ik meenemen in dezelfde brief, want die vraag hangt ermee samen.",
    "Ja, dat neem ik mee, voor zover de politie dat kan registreren.",
])
def test_an_acceptance_may_say_where_and_how_far(answer):
    text = ("De heer Bos (CDA):\nKan de minister daarbij ook de cijfers over demonstraties "
            f"betrekken?\n\nMinister Smit:\n{answer}\n\nDe voorzitter:\nDank u wel.\n")
    assert [i.kind for i in _items(text) if i.actor == "Minister Smit"] == ["commitment"]


def test_an_acceptance_repeats_the_timed_promise_a_few_sentences_before_it():
    text = ("Minister Smit:\nIk ontraad de motie. Ik zeg wel toe dat ik in mei terugkom op het "
            "wetsvoorstel. Dat was nog voor de uitspraak. Ik kom terug op dat wetsvoorstel en noem "
            "dan de gemeenten. Dat wil ik graag doen; dat zeg ik graag toe.\n\n"
            "De voorzitter:\nDank u wel.\n")
    items = _items(text, date(2024, 3, 12))
    accepted = next(i for i in items if i.text.endswith("dat zeg ik graag toe."))
    assert (accepted.due, accepted.precision) == (date(2024, 5, 31), "month")


def test_labels_on_the_line_of_the_speech():
    text = ("De voorzitter: Welkom. Het woord is aan de minister.\n"
            "Minister Smit: Voorzitter. Ik stuur u voor de zomer een brief over de pilot.\n"
            "De heer Bos (CDA): Ik zal de minister daaraan houden. Wij sturen een brief.\n")
    assert [(i.actor, i.text) for i in _items(text)] == [
        ("Minister Smit", "Ik stuur u voor de zomer een brief over de pilot.")]


def test_speaker_labels():
    for label, role in [("Minister Rutte:", "government"), ("Minister-president Rutte:",
                        "government"), ("Staatssecretaris Van Rijn:", "government"),
                        ("De minister van Justitie en Veiligheid:", "government"),
                        ("De heer Van Haersma Buma (CDA):", "member"),
                        ("Mevrouw Van Toorenburg i (CDA):", "member"),
                        ("De voorzitter:", "chair"),
                        ("De heer Donner, minister van Justitie:", "government"),
                        ("Mevrouw Bijleveld-Schouten, staatssecretaris van Binnenlandse Zaken:",
                         "government"),
                        # older Handelingen print labels in capitals
                        ("MINISTER LUBBERS:", "government"), ("DE VOORZITTER:", "chair"),
                        ("DE MINISTER VAN FINANCIËN:", "government"),
                        ("DE HEER DE HOOP SCHEFFER (CDA):", "member"),
                        ("Vicepremier Kaag:", "government")]:
        speaker, end = speaker_at(label)
        assert (speaker.role, end) == (role, len(label))
    assert speaker_at("Mevrouw Van Toorenburg i (CDA):")[0].actor == "Mevrouw Van Toorenburg"
    assert speaker_at("DE MINISTER VAN FINANCIËN:")[0].actor == "De Minister van Financiën"
    assert speaker_at("MINISTER LUBBERS:")[0].actor == "Minister Lubbers"
    assert speaker_at("De minister zegt toe: ik kom erop terug") is None
    assert speaker_at("De heer **Bontenbal** (CDA):")[0].role == "member"
    assert speaker_at("Het **woord** is: ik kom erop terug") is None


@pytest.mark.parametrize(("label", "actor"), [
    # older Handelingen: the office, then the name
    ("De minister-president, de heer Rutte:", "De minister-president, de heer Rutte"),
    ("De Minister-President, minister van Algemene Zaken, de heer Lubbers:",
     "De Minister-President, minister van Algemene Zaken, de heer Lubbers"),
    ("Minister mevrouw Hennis-Plasschaert:", "Minister mevrouw Hennis-Plasschaert"),
    ("Staatssecretaris mevrouw Van Ark:", "Staatssecretaris mevrouw Van Ark"),
    # the office in brackets where a member's party would stand
    ("De heer Hoekstra (minister van Financiën):", "De heer Hoekstra, minister van Financiën"),
    # printed in small letters
    ("minister De Jonge:", "minister De Jonge"),
    ("Minister Hoekstra, minister van Financiën:", "Minister Hoekstra, minister van Financiën"),
    # a page written down as Markdown
    ("**Minister Schouten:**", "Minister Schouten"),
    ("**Minister Schouten**:", "Minister Schouten"),
    # … and with only the name in bold, as a printed page's Markdown copy gives it
    ("Minister **Agema**:", "Minister Agema"),
    ("Staatssecretaris **Van der Burg** (JenV):", "Staatssecretaris Van der Burg"),
])
def test_a_member_of_the_government_however_the_label_prints_the_office(label, actor):
    speaker, end = speaker_at(label)
    assert (speaker.role, speaker.actor, end) == ("government", actor, len(label))
    # In a debate the speech after such a label promises; before, it ran on in the turn before
    text = (f"De voorzitter (Bergkamp):\nHet woord is aan de minister.\n{label}\nVoorzitter. "
            f"Ik stuur de Kamer voor de zomer een brief over de pilot.\nmevrouw Kant (SP):\nDan "
            f"zal ik een motie indienen.\n")
    assert [(i.kind, i.actor, i.text) for i in _items(text)] == [
        ("commitment", actor, "Ik stuur de Kamer voor de zomer een brief over de pilot.")]


def test_a_motion_read_out_in_a_debate_is_its_own_request():
    # Two motions in one debate: "Motie", "De Kamer," and "gehoord de beraadslaging," repeat,
    # are left out as a page's furniture, and the operative part followed the sentence that
    # announced it into one sentence ("Ik begin met het voorlezen van mijn motie. verzoekt …")
    motion = ("Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n{}\n\nen gaat over tot de "
              "orde van de dag.\n\n")
    text = ("De voorzitter:\nHet woord is aan de heer Graus.\n\nDe heer Graus (PVV):\nDank u wel. "
            "Ik begin met het voorlezen van mijn motie.\n\n"
            + motion.format("verzoekt de regering exportverzamelplaatsen van camera's te "
                            "voorzien,")
            + "De voorzitter:\nDank u wel. Mevrouw Van der Plas.\n\nMevrouw Van der Plas (BBB):\n"
            "Dan mijn tweede motie.\n\n"
            + motion.format("verzoekt de regering de Kamer voor de zomer te informeren over de "
                            "klachten,")
            + "De voorzitter:\nDank u wel.\n")
    text += ("Mevrouw Vestering (PvdD):\nIk heb ook een motie.\n\n"
             + motion.format("verzoekt de regering het transport van kalveren te verbieden,")
             + "De voorzitter:\nDank u wel.\n")
    items = _items(text)
    assert [i.kind for i in items] == ["request"] * 3
    announcing = ("voorlezen van mijn motie", "tweede motie", "ook een")
    for item, announced in zip(items, announcing, strict=True):
        assert announced not in item.text and "verzoekt de regering" in item.text
    assert items[1].due == date(2025, 7, 3)


def test_a_transcript_whose_line_breaks_were_lost_is_read_as_one():
    # Text copied out of a web page or a spreadsheet cell: every turn on one line
    flat = " ".join(HANDELINGEN.split())
    assert detect_form(flat) == "transcript"
    said = [(i.kind, i.actor) for i in _items(flat)]
    assert said == [(i.kind, i.actor) for i in _items(HANDELINGEN)]
    # a letter that quotes someone is still a letter
    letter = ("Geachte voorzitter, De minister zei: dat doen we. Ik stuur u voor de zomer een "
              "brief. Mevrouw Kant (SP): zij vroeg erom.")
    assert detect_form(letter) == "letter"


REGISTER = """\
Rappelabele toezeggingen Justitie en Veiligheid (Rappel toezeggingen januari 2026)

Toezegging Evaluatie van de wet (36.123) (T04001)

De minister van Justitie en Veiligheid zegt de Kamer, naar aanleiding van vragen van de leden
Jansen (VVD), De Vries (CDA) en Bakker (SP), toe de wet binnen drie jaar na inwerkingtreding
te evalueren en de Kamer daarover te informeren.

Kerngegevens

Nummer T04001
Status openstaand
Datum toezegging 12 maart 2024
Deadline 1 juli 2027

Uit de stukken

Handelingen I 2023/24, nr. 22, item 5:
Ik zal de wet binnen drie jaar evalueren en uw Kamer daarover informeren.

Toezegging Brief over capaciteit (36.124) (T04002)

De staatssecretaris van Justitie en Veiligheid zegt de Kamer toe voor de zomer een brief te
sturen over de capaciteit van het gevangeniswezen.

Kerngegevens

Nummer | T04002 |
---|---|
Status | openstaand |
Datum toezegging | 5 november 2024 |
"""


def test_a_registry_page_gives_each_entry_with_its_registered_deadline():
    assert detect_form(REGISTER) == "register"
    items = extract(REGISTER).items
    assert [(i.actor, i.due, i.precision, i.reference_date) for i in items] == [
        ("minister van Justitie en Veiligheid", date(2027, 7, 1), "day", date(2024, 3, 12)),
        # no Deadline field: the entry's own words, read on the day it was made
        ("staatssecretaris van Justitie en Veiligheid", date(2025, 7, 3), "season",
         date(2024, 11, 5)),
    ]
    assert items[0].deadline_text == "Deadline 1 juli 2027"
    assert "Uit de stukken" not in " ".join(i.text for i in items)  # quotes repeat the promise
    assert [e.number for e in register_entries(REGISTER)] == ["T04001", "T04002"]


RAPPEL_ENTRY = """Toezegging Tussentijdse evaluaties (33.506) (T02589)

De minister voor Medische Zorg en Sport zegt de Kamer toe de wet tussentijds te evalueren.

Kerngegevens

Nummer T02589
Status openstaand
Datum toezegging 30 januari 2018
Deadline 1 januari 2027

Uit de stukken

Handelingen I 2017-2018, nr. 17- item 6, blz. 16

Mevrouw Strik (GroenLinks):

Is de minister bereid om bij een evaluatie na te gaan hoe dit vereiste uitpakt?

Hoe kijkt de minister aan tegen de uitvoering?

Handelingen I 2017-2018, nr. 17- item 6, blz. 55

Minister Bruins:

Ik ben wel een voorstander van tussentijdse evaluaties. Kan ik dat toezeggen? Ja, dat kan ik.
"""


@pytest.mark.parametrize("words", [
    "De ministers van Financiën en van Economische Zaken zeggen de Kamer toe een evaluatie te "
    "sturen.",
    "De minister-president, minister van Algemene Zaken, zegt toe de Kamer te informeren.",
    "De minister van Binnenlandse Zaken en Koninkrijksrelaties stuurt de Kamer een brief over de "
    "uitvoering van de motie.",
    "Minister De Jonge zegt de Kamer toe haar te informeren over de boostercampagne.",
])
def test_an_entry_run_into_its_title_is_the_registered_promise(words):
    page = (f"T03319\n\nToezegging Boostervaccinatie (35.961){words}\n\n\nKerngegevens\n\n"
            "Nummer T03319\nStatus openstaand\nDatum toezegging 30 november 2021\n"
            "Deadline 1 juli 2022\n")
    (item,) = extract(page, date(2021, 11, 30)).items
    assert (item.kind, item.rule, item.due) == (
        "commitment", "commitment.registered", date(2022, 7, 1))
    assert item.text.endswith(words)


def test_a_registry_entrys_quotes_give_the_members_request_and_nothing_more():
    # The promise is the entry's; what the member asked in the debate it quotes is on record as
    # a request (the minister's words and an ordinary question are not items of their own)
    items = extract(RAPPEL_ENTRY).items
    assert [(i.kind, i.text[:30]) for i in items] == [
        ("commitment", "De minister voor Medische Zorg"),
        ("request", "Is de minister bereid om bij e")]
    assert items[1].actor == "Mevrouw Strik"


def test_the_cli_reads_the_form_or_takes_it(cli, tmp_path):
    path = tmp_path / "debat.txt"
    path.write_text(HANDELINGEN, "utf-8")
    auto = json.loads(cli("extract", str(path)).output)["documents"][0]
    assert auto["kind"] == "transcript"
    assert {i["actor"] for i in auto["items"] if i["kind"] == "commitment"} == {
        "Minister Van der Berg", "Staatssecretaris El Idrissi"}
    letter = json.loads(cli("extract", "--kind", "letter", str(path)).output)["documents"][0]
    assert letter["kind"] == "letter"
    # Read as a letter, the members' promises are proposed too: the form is what decides.
    assert any("motie indienen" in i["text"] for i in letter["items"])


@pytest.mark.parametrize("text", [HANDELINGEN, REGISTER])
def test_spans_point_into_the_input(text):
    for item in extract(text).items:
        span = iter(text[item.start:item.end])
        assert all(ch in span for ch in item.text.replace(" ", ""))


@pytest.mark.parametrize("said", [
    "Ik stuur nog een Kamerbrief.",
    "We sturen die cijfers na.",
    "We gaan die brief zo snel mogelijk sturen.",
    "Ik ga dat uitzoeken en laat het de Kamer voor het kerstreces weten.",
    "U krijgt van mij voor 1 juni een brief.",
    "De Kamer krijgt voor de begrotingsbehandeling een overzicht.",
    "De brief komt voor de zomer.",
    "Daar zal ik in de brief over het MIRT uitgebreid op ingaan.",
    "U krijgt dat voor de begrotingsbehandeling.",
    "Ik ga de motie uitvoeren.",
    "Ik stel voor dat ik de Kamer daarover in een brief informeer.",
    # a proposal of what the speaker will do, its verb at the end of the clause
    "Ik stel voor dat ik dat even op schrift stel en aan de Kamer toestuur.",
    "Ik stel voor dat ik in het jaarverslag uitgebreid stilsta bij de voortgang.",
    "Ik stel voor dat we die vraag meenemen in de evaluatie.",
    "Ik heb geschetst dat we daar als kabinet nog mee komen richting de Kamer.",
    "Daarover verschijnt in oktober nadere informatie.",
    "Wij komen daar voor de Algemene Financiële Beschouwingen op terug.",
    "Dat nemen we mee in de Voorjaarsnota.",
    "Voor de begrotingsbehandeling komt er een brief die ingaat op de uitspraak van de Raad van "
    "State.",
    # what is to be shown, asked in an embedded question ("hoe", "welke"), is no state of things
    "Ik zal wel laten zien hoe groot de verschillen tussen besturen zijn.",
    "Bij de Miljoenennota zal het kabinet laten zien welke middelen er beschikbaar zijn.",
    "Ik zal binnen zes weken per brief laten weten hoe de provincies hiermee omgaan.",
    "Het wetsvoorstel betaalbare huur gaat in het eerste kwartaal van 2023 in internetconsultatie.",
    "Het is mijn voornemen om begin volgend jaar een regeling open te stellen.",
    "Het is mijn voornemen om bij de begroting een normenkader te presenteren.",
    "Wat ik wel voor de zomer kan doen, is u laten weten hoe het ervoor staat.",
    # a "straks" in another clause of a run-on answer is not about the debate
    "We gaan die planning per dorp maken, en ik zal u daar uiterlijk eind oktober over "
    "informeren, en ik wil niet dat er straks een datum per dorp staat die niet klopt.",
])
def test_a_minister_promises_in_the_present_tense_too(said):
    text = f"De heer Bos (CDA):\nWanneer weten we meer?\n\nMinister Smit:\n{said}\n"
    (item,) = _items(text)
    assert (item.kind, item.actor, item.text) == ("commitment", "Minister Smit", said)


@pytest.mark.parametrize("said", [
    "Hierbij stuur ik u de cijfers over 2023.",
    "Wij willen deze brief, mede namens de minister, benutten om u te informeren over de "
    "voortgang.",
    "Ik stuur u hierbij het rapport van de commissie.",
    "We sturen geen brief meer over dit onderwerp.",
    "Ik laat het aan de gemeenten om dat te regelen.",
    "Ik neem dat mee.",
    "Ik zal kijken wat ik kan doen.",
    "Ik zal niet toezeggen dat de regeling wordt verlengd.",
    "Op korte termijn gaat dat niet, maar we gaan een poging doen.",
    "Wij wachten de voorstellen af en zullen het gesprek daarover met elkaar voeren.",
    "Ik ga die voorstellen uiteindelijk, na appreciatie, ontraden.",
    "Ik stel voor dat we dat meenemen in het volgende debat.",
    "Ik stel voor dat we op die punten de reguliere route bewandelen.",
])
def test_what_is_sent_now_or_not_at_all_is_no_promise(said):
    assert _items(f"Minister Smit:\n{said}\n") == []


@pytest.mark.parametrize("asked", [
    "Ik ontvang graag voor 18.00 uur vanavond nog een brief van de minister-president.",
    "Ik hoop dat de minister de Kamer informeert over de wijze waarop hij dat aanpakt.",
    "Ik wil de minister vragen om de Kamer voor 1 juni te informeren.",
    "Graag krijg ik een reactie van de minister op dit rapport voor het kerstreces.",
    "Ik ga ervan uit dat de staatssecretaris de Kamer op dat moment proactief zal informeren.",
    "Zou de staatssecretaris dat voor de stemmingen van morgen willen vertellen aan de Kamer?",
    "En zo nee, zou u dan kunnen toezeggen dit te gaan doen?",
    "Ik wil de staatssecretaris dan ook met klem vragen, alle ruimte te benutten.",
    # asked of the minister-president, as at the Algemene Politieke Beschouwingen
    "Ik wil de minister-president vragen om met een brief te komen.",
    "Mijn vraag aan de minister-president is of hij de Kamer voor de zomer wil informeren.",
    "Ik vraag de premier om deze motie uit te voeren.",
    "Dan wil ik de minister-president vragen om daar voor de Algemene Financiële Beschouwingen "
    "op terug te komen.",
    # what is asked, then the questions it should answer; a purpose clause after it
    "Ik vraag de minister de Kamer binnen drie maanden een uitsplitsing te sturen van het extra "
    "geld: hoeveel gaat er naar extra fte en hoeveel naar ICT?",
    "Ik wil de staatssecretaris vragen om de ouderenbonden nog in de zomer bij een gesprek te "
    "betrekken, zodat zij kunnen vertellen wat er in de praktijk gebeurt.",
    # a wish, a proposal, a question of leave, what a letter should hold
    "Het zou mij een lief ding waard zijn als de premier toezegt dat het kabinet in het voorjaar "
    "met voorstellen komt.",
    "Dan stel ik voor dat de staatssecretaris de Kamer na dat gesprek laat weten hoe het ervoor "
    "staat.",
    "Mag ik de minister-president vragen om de Kamer in de eerste helft van 2009 een plan te "
    "sturen?",
    # how, and when a plan comes
    "Hoe gaat het kabinet terug naar dat pad, en wanneer krijgen wij daar een plan voor?",
    "Mag ik vragen om een brief van de minister van VWS over de aanrijtijden, en dan graag "
    "voorafgaand aan dat debat?",
    "En laat de minister ons dan weten wat daaruit komt?",
    "In diezelfde brief verneemt de Kamer graag hoe de staatssecretaris aankijkt tegen de "
    "Europese voorstellen.",
    "Graag een reactie, en liefst ook een brief voor het kerstreces.",
    # a promise wanted, whoever is named for it; the minister as "u"; what a member expects
    "Ik wil graag van de staatssecretaris en van de minister een toezegging dat ze daarop "
    "zullen inzetten.",
    "Wij vragen u om samen met ondernemingsverenigingen een actieplan te maken.",
    "Ik verwacht van de minister een uiteenzetting van de redenen waarom dit systeem werkt.",
    "Ik verwacht dan een uitgebreidere en cijfermatige onderbouwing van die behoefte.",
    "Kan ik van de minister de garantie krijgen dat de brief er voor de zomer is?",
    # a party asks in the third person; what members expect the cabinet to do
    "De PvdA vraagt de premier om dit ook als prioriteit vast te houden.",
    "Wij verwachten dat het kabinet zich daarbij aansluit conform de inzet van het Parlement.",
    "Ik krijg graag een schriftelijke reactie.",
    # the government with an adjective; a call put as a noun
    "Ik vraag de Nederlandse regering om de handelsbevorderende maatregelen langs de lijn van "
    "de mensenrechten te leggen.",
    "Ik vraag het huidige kabinet om de regeling voor de zomer te herzien.",
    "Mijn oproep aan de minister is om echt aandacht te blijven vragen in de EU voor de "
    "christenen.",
    "Ik doe een dringende oproep aan het kabinet om de Kamer voor de zomer te informeren.",
])
def test_a_member_asks_in_many_words(asked):
    text = f"De heer Bos (CDA):\nVoorzitter. {asked}\n\nMinister Smit:\nDank u wel.\n"
    (item,) = _items(text)
    assert (item.kind, item.actor) == ("request", "De heer Bos")


@pytest.mark.parametrize("said", [
    "Ik hoop dat de minister daar in zijn tweede termijn op terug wil komen.",
    "Kan de minister uitleggen waarom dit zo lang duurt?",
    "Ik dank de minister voor de beantwoording.",
    "Ik steun het verzoek om een brief.",
    "We vragen wel om de minister van Justitie ook uit te nodigen voor het debat.",
    "Mijn vraag aan de staatssecretaris is hoe zij dit gaat doen.",
    # a reaction asked for now, in the debate (a written one, or one by a time, is a request)
    "Graag krijg ik hierop een reactie van de minister.",
    "Ik krijg graag een inhoudelijke reactie van het kabinet op deze moties.",
    "Mijn vraag aan de minister is: hoe gaat het nu met de zorgaanbieder?",
    "Ik stel voor dat we de vergadering nu schorsen.",
    # what or how, asked for an answer
    "Hoe kunnen we dat op een snelle manier duidelijk krijgen voor de mensen die daar zitten?",
    "Welke acties, vraag ik de minister, worden er ondernomen om meer rechercheurs te werven.",
    "Daarom vragen wij de staatssecretaris wat zij gaat doen om de wachtlijsten te verkorten.",
    "Ik hoor graag van de minister hoe hij aankijkt tegen de positie van kleine werkgevers.",
    "Het liefst eerder, maar ik begrijp het. Dan wel graag een echte brief, met afspraken erin.",
    "Het zou mij een lief ding waard zijn als we dit debat vandaag afronden.",
    "Laat de minister daar maar eens over nadenken.",
    # a view asked, an answer now, thanks for a promise, what is expected to happen
    "Mijn vraag is of u het idee hebt dat we het daarmee goed doen.",
    "Ik vraag u om daarop in te gaan.",
    "Ik vraag u om dat toe te lichten.",
    "Ik wil de minister danken voor de toezegging.",
    "Ik verwacht een grote opkomst bij de bijeenkomsten.",
    # read from round twenty-two: a reaction or an argument heard now, a fact asked, a question
    # introduced after a colon, an explanation now, a forecast
    "Ik hoor hierop graag een reactie.",
    "Graag krijg ik hierop een heldere reactie.",
    "Als hij daar anders over denkt, hoor ik graag een argumentatie waar dat recht vandaan komt.",
    "Mijn vraag is of dat juridisch haalbaar is, want ik heb daar vraagtekens bij.",
    "Ik vraag de minister om welke aanbevelingen het hier gaat en waarom ze niet zijn "
    "overgenomen.",
    "Mijn vraag aan de minister is daarom: wat zijn hiervan de lessen?",
    "Mijn vraag aan de minister-president is heel simpel: klopt deze beschuldiging?",
    "Kan de minister antwoorden hoeveel publiek geld er tot nu toe naar Vestia is gegaan?",
    "Kan de minister daar wat meer toelichting op geven?",
    "Ik verwacht dat het kabinet dat niet gaat doen.",
    # a call named, with nothing in it to do
    "Dat is ook mijn oproep aan deze minister.",
])
def test_what_a_member_asks_of_the_debate_itself_is_no_request(said):
    assert _items(f"De heer Bos (CDA):\nVoorzitter. {said}\n") == []


def test_a_register_entrys_heading_is_not_a_promise_of_its_own():
    page = ("Toezegging Besluit zal voorgehangen worden bij de Eerste Kamer (32.026) (T01220)\n\n"
            "De staatssecretaris zegt de Kamer toe het besluit voor te hangen.\n\n"
            "Kerngegevens\n\nNummer T01220\nStatus openstaand\nDatum toezegging 3 maart 2020\n"
            "Deadline 1 januari 2021\n")
    (item,) = _items(page)
    assert item.text.startswith("De staatssecretaris zegt de Kamer toe")
    assert item.due == date(2021, 1, 1)


@pytest.mark.parametrize("said", [
    "Ik zal dat doen aan de hand van een aantal thema's.",
    "Ik ga graag verder met een volgende vraag van de heer Omtzigt.",
    "Ik begin met de motie op stuk nr. 827 van de heer Alkaya.",
    "Ik zal beginnen met een algemeen deel, dan de schaderoute, dan iets meer over de schade.",
    "We gaan starten met het blokje over de uitvoering.",
    "Ik zal u kort meenemen in de doorslaggevende redenen om tot dit besluit te komen.",
    "Ik zal aangeven als ik het af heb.",
])
def test_a_speech_announcing_its_own_order_promises_nothing(said):
    text = f"De heer Bos (CDA):\nVoorzitter.\n\nMinister Smit:\nVoorzitter. {said}\n"
    assert _items(text) == []


_MOTION = """Tweede Kamer der Staten-Generaal                                        2
Vergaderjaar 2023–2024

36 410       Vaststelling van de begrotingsstaten van het Ministerie van
             Economische Zaken voor het jaar 2024

Nr. {nr}       MOTIE VAN HET LID TUINSTRA
             Voorgesteld {day} oktober 2023

De Kamer,

gehoord de beraadslaging,

constaterende dat de netcongestie de woningbouw vertraagt;

verzoekt de regering {asked},

en gaat over tot de orde van de dag.

Tuinstra

kst-36410-XIII-{nr}
ISSN 0921 - 7371
's-Gravenhage 2023          Tweede Kamer, vergaderjaar 2023–2024, 36 410 XIII, nr. {nr}    1
"""


def test_a_bundle_of_motions_is_read_motion_by_motion():
    # Printed one after another, each motion repeats the same lines ("De Kamer,", "gehoord de
    # beraadslaging,", the signatory): dropped as page furniture, they let the print lines
    # ("kst-…", the footer) run every motion into one sentence, and no request was found.
    # Each motion is dated by its "Voorgesteld" line.
    text = "\n\n".join(_MOTION.format(nr=nr, day=day, asked=asked) for nr, day, asked in (
        (12, 5, "voor de zomer een actieplan aan de Kamer te sturen"),
        (13, 5, "de Kamer binnen drie maanden te informeren over de gevolgen per provincie"),
        (14, 5, "met de netbeheerders afspraken te maken over voorrang voor woningbouw"),
        (15, 10, "de Kamer binnen drie maanden te informeren over de wachtrij")))
    items = extract(text, date(2023, 10, 5)).items
    assert [i.kind for i in items] == ["request"] * 4
    assert [i.due for i in items] == [date(2024, 7, 4), date(2024, 1, 5), None,
                                      date(2024, 1, 10)]
    assert all("kst-" not in i.text and "ISSN" not in i.text for i in items)


_RAPPEL = """Bijlage: Overzicht openstaande toezeggingen, stand per 1 januari 2016

T01987 Evaluatie bankenbelasting (33 121)
De minister van Financiën zegt de Kamer toe de werking van de bankenbelasting te evalueren.
Datum toezegging: 18 december 2012 | Deadline: 1 oktober 2015 | Status: openstaand

T02103 Onderzoek eigen en vreemd vermogen (34 002)
De staatssecretaris van Financiën zegt de Kamer toe het CPB-onderzoek met een kabinetsreactie \
aan de Kamer te zenden.
Datum toezegging: 16 december 2014 – Deadline: 1 december 2015

BRIEF VAN DE MINISTER VAN FINANCIËN

Den Haag, 26 februari 2016

T02103 Onderzoek eigen en vreemd vermogen

Het CPB heeft het onderzoek op 4 februari 2016 afgerond. De staatssecretaris van Financiën \
bereidt de kabinetsreactie voor. Het rapport zal, samen met de kabinetsreactie, na de zomer \
aan uw Kamer worden gezonden.
"""


def test_an_overview_of_entries_and_the_reply_after_it():
    # An overview's lines ("T01987 Evaluatie …") head entries where their fields follow (read
    # after "|" or "–" as well); the minister's reply after them, from its own date line on,
    # belongs to no entry: its sections on each number are no entries, and its promises are
    # dated from the reply (before, the page was one entry dated 18 December 2012).
    entries = register_entries(_RAPPEL)
    assert [(e.number, e.made_on, e.deadline) for e in entries] == [
        ("T01987", date(2012, 12, 18), date(2015, 10, 1)),
        ("T02103", date(2014, 12, 16), date(2015, 12, 1))]
    assert entries[-1].end == _RAPPEL.index("Den Haag, 26 februari 2016")
    items = extract(_RAPPEL, date(2016, 2, 26)).items
    assert [(i.kind, i.due) for i in items] == [
        ("commitment", date(2015, 10, 1)), ("commitment", date(2015, 12, 1)),
        ("commitment", date(2016, 9, 30))]


def test_an_entrys_heading_may_carry_a_mark_after_its_number():
    page = ("Toezegging Overleg drinkwaterbedrijven over PFAS-normen (35 300 XII) (T02940) *\n\n"
            "De minister zegt de Kamer toe de Kamer te informeren over de uitkomsten van het "
            "overleg.\n\nKerngegevens\nNummer T02940\nDatum toezegging 15 december 2020\n"
            "Deadline 1 maart 2021\n")
    assert [e.number for e in register_entries(page)] == ["T02940"]
    (item,) = _items(page)
    assert item.due == date(2021, 3, 1)


def test_a_rappels_numbered_entries_with_their_fields_on_one_line():
    text = ("Overzicht openstaande toezeggingen per 1 januari 2012\n\n"
            "1. Toezegging Evaluatie Crisis- en herstelwet (32.127) (T01291)\n"
            "De minister van Verkeer en Waterstaat zegt de Kamer, naar aanleiding van vragen van "
            "het lid Meurs (CDA), toe de Kamer binnen anderhalf jaar na inwerkingtreding een "
            "evaluatie te sturen.\n"
            "Status: openstaand | Datum toezegging: 16 maart 2010 | Deadline: 1 januari 2012\n\n"
            "2. Toezegging Kostenontwikkeling zuiveringsheffing (30.818) (T01106)\n"
            "De minister van Verkeer en Waterstaat zegt de Kamer toe de Kamer te informeren over "
            "de kosten.\n"
            "Status: openstaand | Datum toezegging: 26 mei 2009 | Deadline: 1 juli 2011\n")
    assert detect_form(text) == "register"
    assert [(e.number, e.deadline, e.made_on) for e in register_entries(text)] == [
        ("T01291", date(2012, 1, 1), date(2010, 3, 16)),
        ("T01106", date(2011, 7, 1), date(2009, 5, 26))]
    assert [i.due for i in extract(text, date(2012, 1, 10)).items] == [
        date(2012, 1, 1), date(2011, 7, 1)]


def test_a_tweede_kamer_list_dates_each_promise_from_its_debate():
    text = ("Toezeggingen\n\n10 resultaten\n\nTZ202002-031\nDe minister zal de Kamer voor het "
            "meireces informeren over de voortgang van het registratiesysteem.\n"
            "Status: Afgedaan | Ministerie: Landbouw, Natuur en Voedselkwaliteit\n"
            "Activiteit: Algemeen overleg Stikstofproblematiek, 12 februari 2020 (2020A00611)\n\n"
            "TZ202502-015\nToezegging: De staatssecretaris informeert de Kamer na de zomer over "
            "de exitstrategieën.\nActiviteit: Commissiedebat Digitale overheid (5 februari 2025)"
            "\nDeadline: –\n")
    assert [(e.number, e.made_on) for e in register_entries(text)] == [
        ("TZ202002-031", date(2020, 2, 12)), ("TZ202502-015", date(2025, 2, 5))]
    assert [i.due for i in extract(text, date(2025, 11, 18)).items] == [
        date(2020, 4, 25), date(2025, 9, 30)]


_BARE = ("Landbouw- en Visserijraad\n\nDe voorzitter\n\nHet woord is aan mevrouw Vestering.\n\n"
         "Mevrouw Vestering (PvdD)\n\nKan de minister toezeggen dat de Kamer voor 1 juli een "
         "brief krijgt? Ik zal een motie indienen.\n\nMinister Schouten\n\nIk zal de Kamer voor "
         "1 juli een brief sturen over de uitkomsten.\n\nDe voorzitter\n\nDank u wel. Ik zal de "
         "vergadering schorsen.\n\nMevrouw Vestering (PvdD)\n\nIk zal de motie aanhouden.\n\n"
         "Minister Schouten\n\nDat onderzoek komt na de zomer naar uw Kamer.\n\nDe voorzitter\n\n"
         "Dank u wel.\n")


def test_a_debate_printed_with_its_labels_without_colons_is_read_as_one():
    # ParlaMint's and some sites' copies print "Minister Schouten" over the speech, no colon;
    # the labels repeat, as a page's running header does, and are kept all the same
    extraction = extract(_BARE, date(2021, 4, 21))
    assert extraction.form == "transcript"
    assert [(i.kind, i.actor) for i in extraction.items] == [
        ("request", "Mevrouw Vestering"),
        ("commitment", "Minister Schouten"),
        ("commitment", "Minister Schouten"),
    ]


def test_a_letter_signed_twice_without_commas_stays_a_letter():
    text = ("Den Haag, 10 maart 2025\n\nAan de Voorzitter van de Tweede Kamer\n\nIk zal de Kamer "
            "voor de zomer informeren.\n\nDe minister van Financiën\n\nJ. Jansen\n\n"
            "De staatssecretaris van Financiën\n\nP. de Vries\n")
    assert extract(text, date(2025, 3, 10)).form == "letter"


def test_one_speakers_piece_without_colons_is_a_debate_as_with_them():
    # a minister named as no letter signs, on a page of a speech (as "Minister Rouvoet:" is)
    text = ("Spoeddebat over kindermishandeling\n\nMinister Rouvoet\n\nVoorzitter. Ik zal de "
            "Kamer voor de zomer een plan van aanpak sturen. Daar kom ik zo op.\n")
    extraction = extract(text, date(2008, 3, 10))
    assert extraction.form == "transcript"
    assert [(i.rule, i.actor) for i in extraction.items] == [
        ("commitment.future-tell", "Minister Rouvoet")]


def test_a_letter_signed_in_capitals_stays_a_letter():
    text = ("Den Haag, 10 maart 2025\n\nIn de vergadering van 3 maart heb ik toegezegd u te "
            "informeren. Ik zal de Kamer voor de zomer informeren.\n\nDE MINISTER VAN JUSTITIE "
            "EN VEILIGHEID,\n\nD. Yeşilgöz\n\nDE MINISTER VOOR RECHTSBESCHERMING\n\nF. Weerwind\n")
    assert extract(text, date(2025, 3, 10)).form == "letter"


_INTERRUPTED = (
    "{opening}\n\n"
    "De heer Jansen (VVD):\n"
    "Kan de minister toezeggen dat de Kamer voor 1 juni een brief ontvangt over de wachtlijsten?"
    "\n\nMinister De Vries:\n"
    "Ja, dat zeg ik toe. Verder wil ik nog iets zeggen over de zorgkosten.\n\n"
    "De heer Jansen (VVD):\nDank u wel.\n")


def test_a_passage_opening_in_a_ministers_speech_is_the_ministers():
    # copied from the middle of a speech, the passage's first words have no label: the one
    # who speaks again after the member's interruption is who was speaking
    text = _INTERRUPTED.format(opening="Ik zal de Kamer voor de zomer per brief informeren "
                                       "over de uitkomsten van het onderzoek.")
    result = extract(text, date(2025, 3, 10))
    assert result.form == "transcript"
    assert [(i.kind, i.actor, i.due) for i in result.items] == [
        ("commitment", "Minister De Vries", date(2025, 7, 3)),
        ("request", "De heer Jansen", date(2025, 5, 31)),
        ("commitment", "Minister De Vries", date(2025, 5, 31))]


def test_a_passage_opening_in_a_members_speech_is_a_members_unnamed():
    # a member interrupted and answered asks again: the opening is a member's, whose name the
    # order of speakers does not tell; the member's "Ik zal een motie indienen" is no promise
    text = ("Is de minister bereid de Kamer voor 1 juni te informeren over de wachtlijsten? "
            "Anders zal ik een motie indienen.\n\n"
            "Minister De Vries:\nDaar kom ik in een brief op terug.\n\n"
            "De heer Jansen (VVD):\nDank u wel. Dan wacht ik die brief af.\n")
    assert opening_speaker(text) == Speaker("", MEMBER)  # (the minister's would make the
    # member's motion a promise)
    items = extract(text, date(2025, 3, 10)).items
    assert [(i.kind, i.actor) for i in items] == [("request", None),
                                                   ("commitment", "Minister De Vries")]


def test_a_transcript_opening_with_a_heading_has_no_speaker_before_its_first_label():
    text = ("Aan de orde is het debat over de wachtlijsten in de zorg.\n\n"
            "De heer Jansen (VVD):\nKan de minister toezeggen dat de Kamer voor 1 juni een brief "
            "ontvangt over de wachtlijsten?\n\nMinister De Vries:\nDat zeg ik toe.\n\n"
            "De heer Jansen (VVD):\nDank u wel.\n")
    assert opening_speaker(text) is None
    assert [(i.kind, i.actor) for i in extract(text, date(2025, 3, 10)).items] == [
        ("request", "De heer Jansen"), ("commitment", "Minister De Vries")]
