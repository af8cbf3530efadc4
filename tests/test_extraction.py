"""The extraction engine: clean-up, sentences, reference dates, detection, references, quality."""

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.config import PROJECT_ROOT
from tracker.extraction import Item, extract, quality, sentences_of
from tracker.extraction.actors import ministry_of
from tracker.extraction.cleanup import prepare_blocks
from tracker.extraction.dates import reference_dates
from tracker.extraction.glue import Gluefinder
from tracker.extraction.quality import LabelError, score
from tracker.extraction.references import find_references
from tracker.services.milestones import bundled_catalogue

SEEDS = PROJECT_ROOT / "sample" / "seeds"
LABELS = json.loads((Path(__file__).parent / "fixtures/extraction/labels.json").read_text())
CATALOGUE = bundled_catalogue()
D = date(2025, 3, 10)


def kinds(text, reference=D):
    return [item.kind for item in extract(text, reference).items]


def one(text, reference=D, **kwargs):
    (item,) = extract(text, reference, **kwargs).items
    return item


# --- what a clerk would register ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    # commitments: the government says it will do something
    ("Ik zal uw Kamer voor het zomerreces informeren over de uitkomsten van de evaluatie.",
     "commitment"),
    ("De staatssecretaris zegt toe de Kamer in het voorjaar van 2026 een voortgangsbrief te "
     "sturen.", "commitment"),
    ("Voor het einde van het jaar ontvangt u van mij een brief over de stand van zaken.",
     "commitment"),
    ("De minister komt hier voor de begrotingsbehandeling op terug.", "commitment"),
    ("Wij streven ernaar het wetsvoorstel in het tweede kwartaal van 2026 in te dienen.",
     "commitment"),
    ("Uw Kamer ontvangt de eindrapportage uiterlijk 1 juli 2026.", "commitment"),
    ("Ik verwacht het onderzoek in het najaar aan uw Kamer te kunnen sturen.", "commitment"),
    ("De evaluatie wordt na de zomer naar de Kamer gestuurd.", "commitment"),
    ("Zodra het advies van de Raad van State binnen is, zal ik het wetsvoorstel aan uw Kamer "
     "voorleggen.", "commitment"),
    ("Op verzoek van het lid Van Dijk zeg ik toe de Kamer binnen drie maanden te informeren.",
     "commitment"),
    ("De Kamer wordt voor de zomer geïnformeerd over de voortgang.", "commitment"),
    ("In de eerste helft van 2026 stuur ik uw Kamer de evaluatie van de wet.", "commitment"),
    ("Naar verwachting kan het rapport in het najaar aan de Kamer worden aangeboden.",
     "commitment"),
    ("De minister heeft toegezegd de Kamer te informeren over de uitkomst van het overleg.",
     "commitment"),
    ("Ik ben voornemens om in het voorjaar een wetsvoorstel in consultatie te geven.",
     "commitment"),
    ("Het kabinet-Schoof zal de Kamer voor Prinsjesdag een uitvoeringsagenda sturen.",
     "commitment"),
    ("Ik informeer uw Kamer uiterlijk in het derde kwartaal van 2025 over de resultaten.",
     "commitment"),
    ("De resultaten van het onderzoek worden begin 2026 met uw Kamer gedeeld.", "commitment"),
    ("Het ministerie van BZK publiceert voor de zomer een handreiking voor gemeenten.",
     "commitment"),
    ("De minister van Onderwijs, Cultuur en Wetenschap zal de uitkomsten van de monitor voor de "
     "kerst aan de Kamer sturen.", "commitment"),
    ("Een beleidsreactie op het advies volgt voor het kerstreces.", "commitment"),
    ("Over de uitkomst van dit overleg bericht ik u voor het einde van het jaar.", "commitment"),
    ("Het ontwerpbesluit wordt binnenkort voorgehangen bij beide Kamers.", "commitment"),
    ("Mijn ambtsopvolger zal uw Kamer hierover in het najaar informeren.", "commitment"),
    ("Daarnaast laat ik onderzoeken of de regeling kan worden vereenvoudigd; de uitkomsten deel "
     "ik in het najaar met uw Kamer.", "commitment"),
    ("De staatssecretaris zegde tijdens het debat toe de Kamer voor de Voorjaarsnota te "
     "informeren.", "commitment"),
    ("In het najaar van 2025 wordt een wetsvoorstel in internetconsultatie gebracht.",
     "commitment"),
    ("Het kabinet komt voor de zomer met een visie op de digitale overheid.", "commitment"),
    ("Ik zeg de Kamer toe om voor het zomerreces een brief te sturen over de uitvoering van de "
     "motie-Van der Plas.", "commitment"),
    ("Voor de begrotingsbehandeling ontvangt uw Kamer een overzicht van de stand van zaken.",
     "commitment"),
    ("In de volgende voortgangsrapportage zal ik ingaan op de vragen van het lid Leijten.",
     "commitment"),
    ("Een voortgangsbrief volgt in het eerste kwartaal van 2026.", "commitment"),
    ("Ik kom daar in de eerstvolgende brief op terug.", "commitment"),
    ("Wij zullen u op de hoogte houden van de ontwikkelingen.", "commitment"),
    ("Het wetsvoorstel wordt naar verwachting begin 2026 bij uw Kamer ingediend.", "commitment"),
    ("De Kamer wordt na afronding van het onderzoek geïnformeerd over de uitkomsten.",
     "commitment"),
    # requests: members or a committee ask for something by a date
    ("De leden van de D66-fractie verzoeken de regering de Kamer voor 1 september 2025 te "
     "informeren.", "request"),
    ("De commissie verzoekt u de antwoorden binnen drie weken aan de Kamer te sturen.",
     "request"),
    ("De regering wordt verzocht voor 1 januari 2026 met een wetsvoorstel te komen.", "request"),
    ("De leden van de SP-fractie verzoeken de minister binnen een week te antwoorden.",
     "request"),
    ("De commissie ontvangt de antwoorden graag uiterlijk 1 december 2025.", "request"),
    # milestones: a dated legal effect
    ("Met ingang van 1 januari 2026 geldt de verplichting om algoritmes te registreren.",
     "milestone"),
    ("Per 1 juli 2025 treedt de wet in werking.", "milestone"),
    ("Vanaf 1 januari 2026 moeten alle overheidsorganisaties hun algoritmes met een hoog risico "
     "registreren.", "milestone"),
    ("Met ingang van 17 januari 2025 zal ook de verordening van kracht worden voor de financiële "
     "sector.", "milestone"),
    # intentions, a promise in a relative clause, a shared subject, a later document for a date
    ("Ik heb de intentie om de Kamer voor de zomer een wetsvoorstel te sturen.", "commitment"),
    ("Het is mijn inzet om de Kamer in het voorjaar te informeren over de resultaten.",
     "commitment"),
    ("Ik beoog uw Kamer begin 2026 een wetsvoorstel voor te leggen.", "commitment"),
    ("Ik laat een evaluatie uitvoeren, waarvan ik de resultaten eind 2026 naar de Kamer stuur.",
     "commitment"),
    ("Ik neem de suggestie mee en informeer de Kamer bij de volgende voortgangsrapportage.",
     "commitment"),
    ("Ik wil kijken of het mogelijk is en laat de Kamer dat voor de zomer weten.", "commitment"),
    ("Ik zorg ervoor dat de Kamer de cijfers voor de begrotingsbehandeling heeft.", "commitment"),
    ("De vraag van de heer Van Dijk beantwoord ik graag schriftelijk, binnen twee weken.",
     "commitment"),
    ("Het volledige beeld kunnen wij de Kamer voor september aanstaande in het vooruitzicht "
     "stellen.", "commitment"),
    ("Het wetsvoorstel zal naar verwachting in de zomer van 2025 in consultatie gaan.",
     "commitment"),
    ("verzoekt de Nederlandse regering om zich aan te sluiten bij Duitsland en Luxemburg, en "
     "gaat over tot de orde van de dag.", "request"),
    ("De brief over de wachtlijsten komt voor de zomer.", "commitment"),
    ("Ik streef naar publicatie in het najaar.", "commitment"),
    ("Het eindrapport verwacht ik eind 2026.", "commitment"),
    ("De evaluatie zal in 2026 plaatsvinden.", "commitment"),
    ("Dat nemen we mee in de evaluatie, die voor het einde van het jaar naar de Kamer komt.",
     "commitment"),
    ("Ik hoop u voor de zomer de resultaten te kunnen sturen.", "commitment"),
    ("Ik denk de Kamer in het najaar te kunnen informeren.", "commitment"),
    ("Uw Kamer kan de evaluatie, die momenteel wordt uitgevoerd door een extern bureau, in het "
     "voorjaar van 2026 verwachten.", "commitment"),
    ("De kabinetsreactie op het advies zal u naar verwachting in het derde kwartaal bereiken.",
     "commitment"),
    ("Het is de bedoeling dat het wetsvoorstel in het voorjaar van 2026 aan de Raad van State "
     "wordt voorgelegd.", "commitment"),
    ("De planning is dat de regeling in de zomer van 2026 wordt gepubliceerd.", "commitment"),
    ("Is de minister voornemens de Kamer te informeren over de uitkomst?", "request"),
    ("Ik ben graag bereid om beide Kamers hierover in het voorjaar te informeren.", "commitment"),
    ("De evaluatie wordt naar verwachting eind 2026 afgerond, waarna ik uw Kamer zal informeren.",
     "commitment"),
    ("Ik heb de Inspectie gevraagd een onderzoek in te stellen; ik verwacht het rapport in het "
     "voorjaar.", "commitment"),
    ("De minister deelt de uitkomsten van het onderzoek met de Kamer zodra deze beschikbaar zijn.",
     "commitment"),
    ("De minister geeft in de eerstvolgende voortgangsrapportage aan hoe het staat met de "
     "uitvoering.", "commitment"),
    # a committee's decision list and its wishes, however worded
    ("Besluit: Reactie vragen aan de staatssecretaris op de brief van de FNV, uiterlijk 15 april.",
     "request"),
    ("Graag ontvangt de commissie de antwoorden voor het notaoverleg.", "request"),
    ("De commissie heeft besloten de minister te vragen om een reactie op de petitie.", "request"),
    ("De Kamer wil graag voor 1 oktober geïnformeerd worden over de voortgang.", "request"),
    # a verslag's members asking for a deliverable, dated or not
    ("De leden van de fractie van GroenLinks-PvdA vragen de staatssecretaris om een nadere "
     "uitwerking van het plan.", "request"),
    ("De leden van de SP-fractie vragen of de regering bereid is de evaluatie naar de Kamer te "
     "sturen.", "request"),
    ("Zij vragen de regering om toe te zeggen dat de wet binnen drie jaar wordt geëvalueerd.",
     "request"),
    ("De commissie ziet de beantwoording met belangstelling tegemoet.", "request"),
    ("De leden van de CDA-fractie ontvangen graag een reactie van de regering op het advies.",
     "request"),
    ("De leden zouden graag zien dat de regering de Kamer over de voortgang informeert.",
     "request"),
    # asked indirectly, the same ask as "Is de minister bereid de Kamer … te informeren?"
    ("De leden van de GroenLinks-fractie vragen of de minister bereid is de Kamer voor de zomer "
     "te informeren.", "request"),
    ("De leden van de VVD-fractie vragen of het kabinet bereid is de Kamer te informeren.",
     "request"),
    ("De leden vragen de regering de Kamer een afschrift van de brief aan de Europese Commissie "
     "te doen toekomen.", "request"),
    # a deliverable being made now
    ("Omdat hier tijd voor nodig is, stelt het kabinet een handreiking op voor de tussentijd.",
     "commitment"),
    ("Ik werk een plan van aanpak uit.", "commitment"),
    ("We ontwikkelen een afwegingskader.", "commitment"),
    # a passive promise on a condition that opens the sentence
    ("Wanneer de reguliere modelhuisregels worden aangepast zal een dergelijk verbod ook daarin "
     "worden opgenomen.", "commitment"),
    # going into something in a later reaction
    ("Ik zal hier in mijn reactie op het advies van de Raad van State nader op ingaan.",
     "commitment"),
    # a delay letter's expectation
    ("Ik verwacht de vragen binnen drie weken te kunnen beantwoorden.", "commitment"),
    # wanting to deliver by a date
    ("Ik wil uw Kamer in het najaar een voorstel doen.", "commitment"),
    ("Het kabinet wil voor de zomer een besluit nemen over de financiering.", "commitment"),
    # work set going now: commissioned, started
    ("Daarnaast laat ik de (maatschappelijke) kosten-batenanalyse uitwerken.", "commitment"),
    ("Het kabinet laat de gevolgen voor de regio in kaart brengen.", "commitment"),
    ("Parallel hieraan start ik een consultatie onder vervoerders voor deze verbinding.",
     "commitment"),
    ("Wij beginnen volgend jaar met een evaluatie van de wet.", "commitment"),
    # written questions asking later in the sentence, or for answers before a debate
    ("Zo ja, vindt u dit reden tot zorg en kunt u de Kamer van een uitgebreide reactie voorzien?",
     "request"),
    ("Wat zijn de bezwaren van het COA, kunt u de Kamer hier nader over informeren?", "request"),
    ("Kunt u deze vragen beantwoorden voor de plenaire behandeling van de begroting Sociale "
     "Zaken en Werkgelegenheid?", "request"),
    # verslagen, committees' letters and decision lists asking for something
    ("Graag ontvangen deze leden een nadere toelichting in de vorm van een brief.", "request"),
    ("De leden van de fractie van D66 willen de regering vragen de Kamer jaarlijks te "
     "informeren over de uitvoering.", "request"),
    ("De leden van de SP-fractie zouden graag zien dat de minister een onafhankelijk onderzoek "
     "laat uitvoeren.", "request"),
    ("De commissie ziet de memorie van antwoord met belangstelling tegemoet.", "request"),
    ("Namens de commissie verzoek ik u de Kamer een afschrift van uw brief aan de Europese "
     "Commissie te sturen.", "request"),
    ("De commissie stelt het op prijs om voor het commissiedebat een brief te ontvangen over "
     "de stand van zaken.", "request"),
    ("De commissie wil graag voor 1 juni een brief ontvangen over de voortgang.", "request"),
    ("De Kamer wordt graag voor 1 juli geïnformeerd over de uitkomsten.", "request"),
    ("Besluit: Verzoek aan de minister om een schriftelijke reactie voor het notaoverleg.",
     "request"),
    # a present-tense action with a date ahead, by a ministry or the writer
    ("Eind 2025 benadert Defensie de markt voor de aanschaf van nieuwe munitie.", "commitment"),
    ("Voor de zomer rond ik de verkenning af.", "commitment"),
    ("In het najaar dien ik het wetsvoorstel in.", "commitment"),
    # shared with parliament, published, put out for consultation, awaited by it
    ("Daarnaast zal een toetsingskader risicoregelingen worden gedeeld met de Kamer.",
     "commitment"),
    ("De resultaten hiervan zullen in het najaar van 2025 bekend gemaakt worden.", "commitment"),
    ("De resultaten worden in het najaar openbaar gemaakt.", "commitment"),
    ("Het conceptwetsvoorstel gaat na de zomer in internetconsultatie.", "commitment"),
    ("De Kamer kan de rapportage in het voorjaar tegemoetzien.", "commitment"),
    # a later document named instead of a date; an intention; a colleague who will tell
    ("In de eerstvolgende voortgangsrapportage ga ik in op de stand van de aanbesteding.",
     "commitment"),
    ("Ik ben van plan om uw Kamer voor de zomer een wetsvoorstel voor te leggen.", "commitment"),
    ("Mijn collega van Justitie en Veiligheid zal de Kamer hierover binnenkort informeren.",
     "commitment"),
    # the formal present with the object first, beside a condition
    ("Het rapport doe ik u na ontvangst toekomen.", "commitment"),
    # an indirect question answered in the same sentence; a deliverable taken up by "die"
    ("In reactie op de vraag van de leden of de regering bereid is de effecten te volgen, kan "
     "de regering bevestigen dat de resultaten in het voorjaar met de Kamer worden gedeeld.",
     "commitment"),
    ("De evaluatie wordt naar voren gehaald, en die ligt in september bij de Kamer.",
     "commitment"),
    ("Het wetsvoorstel ligt naar verwachting in het voorjaar van 2026 bij uw Kamer.",
     "commitment"),
    # a look that ends in telling the Kamer
    ("Ik zal kijken of dat kan en de Kamer daarover informeren.", "commitment"),
    # the thing planned, then its action ("De indiening … is gepland in 2026" already was one)
    ("Het wetsvoorstel is gepland voor indiening in 2026.", "commitment"),
    ("Het rapport is voorzien voor publicatie in het voorjaar.", "commitment"),
    ("Over de contouren van het wetsvoorstel, en over de vraag of een convenant een begaanbare "
     "weg is, informeer ik uw Kamer voor het kerstreces.", "commitment"),
    # the present of verbs beyond telling, beside a time
    ("Het instituut maakt een nieuwe raming, en die cijfers deel ik zo snel mogelijk met uw "
     "Kamer.", "commitment"),
    ("Het is een technische vraag, dus ik beantwoord die binnen twee weken schriftelijk.",
     "commitment"),
    ("In de eerste helft van volgend jaar dienen we het wetsvoorstel in.", "commitment"),
    ("Wat ik wel kan doen, is in die voortgangsrapportage een tijdpad per organisatie opnemen.",
     "commitment"),
    # a planned step, the deliverable first and the passive in the present
    ("Het wetsvoorstel wordt op 3 april 2025 in internetconsultatie gebracht.", "commitment"),
    ("De vragen van het lid Jansen, die op 8 maart jl. zijn gesteld, worden binnen vier weken "
     "beantwoord.", "commitment"),
    # a hedged promise is still one; meetings to be held by a time
    ("Ik zal proberen uw Kamer voor de zomer te informeren over de uitkomsten.", "commitment"),
    ("Voor de zomer zal ik proberen u een brief te sturen.", "commitment"),
    ("Ik ben bereid om, met het oog op naleving van alle normen, in het wetsvoorstel een boete "
     "van de derde categorie te stellen.", "commitment"),
    ("We willen in mei en juni stakeholderbijeenkomsten gaan houden.", "commitment"),
    # an old letter's and answer's words: a split "in te lichten", "niet nalaten", "medegedeeld"
    ("De ondergetekende is gaarne bereid de Kamer hierover nader in te lichten.", "commitment"),
    ("Het ligt in mijn voornemen de Kamer te zijner tijd in te lichten.", "commitment"),
    ("Ik zal niet nalaten de Kamer over de uitkomsten van het onderzoek in te lichten.",
     "commitment"),
    ("Ondergetekenden zullen niet nalaten de Kamer van de uitkomst in kennis te stellen.",
     "commitment"),
    ("Ik zal niet nalaten het rapport aan de Kamer over te leggen.", "commitment"),
    ("Ik zal niet nalaten u daarvan mededeling te doen.", "commitment"),
    ("De uitkomsten zullen de Kamer zo spoedig mogelijk worden medegedeeld.", "commitment"),
    ("De Kamer zal te zijner tijd van de resultaten in kennis worden gesteld.", "commitment"),
    # a motion to a government with an adjective (a caretaker cabinet's months)
    ("De Kamer, gehoord de beraadslaging, verzoekt de demissionaire regering de Kamer voor 1 "
     "december te informeren over de uitvoering, en gaat over tot de orde van de dag.",
     "request"),
    ("De Kamer, gehoord de beraadslaging, roept het huidige kabinet op de regeling te herzien, "
     "en gaat over tot de orde van de dag.", "request"),
])
def test_sentences_a_clerk_would_register(text, kind):
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text", [
    "In verband met de kabinetswisseling ontvangt u deze brief nu.",
    "Met deze brief stuur ik u de voortgangsrapportage.",
    "Een afschrift van het advies doe ik u hierbij toekomen.",
    "Het advies ligt sinds september bij de Kamer.",
    "Het wetsvoorstel ligt naar verwachting al sinds vorig jaar bij uw Kamer.",
    "Mij is gevraagd wanneer ik de brief over de evaluatie zal sturen.",
    "Voor 1 juli dienen we dit te regelen.",
    "Het Masterplan wordt 7 april a.s. aan het kabinet aangeboden.",
    "De leden vragen of de regering het eens is met de Raad van State.",
    "De leden vragen of de Kamer daarover eerder is geïnformeerd.",
])
def test_what_this_letter_does_itself_or_asks_for_an_opinion_is_not_registered(text):
    assert kinds(text) == []


# The classes of wording issue 11 found missing on unseen text, each in words of its own (the
# corpus holds the real sentences; these keep each class from regressing on its own).
@pytest.mark.parametrize(("text", "rule"), [
    # separable verbs with long insertions
    ("De minister van Justitie en Veiligheid zegt de Kamer, naar aanleiding van vragen van de "
     "leden Jansen (VVD), De Vries (CDA) en Bakker (SP), toe de wet te evalueren.", "explicit"),
    ("Ik doe u de evaluatie voor de zomer toekomen.", "present-deadline"),
    ("Ik stuur u de rapportage voor 1 mei toe.", "present-deadline"),
    # title and surname, a ministry by its short name
    ("Minister Jansen zegt toe de Kamer voor de zomer te informeren over de pilot.", "explicit"),
    ("Staatssecretaris De Vries zal de Kamer voor 1 juni een brief sturen.", "future-tell"),
    ("Defensie zal de Kamer voor de zomer informeren.", "future-tell"),
    # reporting frames and intentions
    ("Hierbij laat ik u weten dat ik de rapportage in mei zal toesturen.", "future-tell"),
    ("Ik verwacht u de eindrapportage in het voorjaar van 2026 te doen toekomen.", "expects"),
    ("Het is mijn voornemen de regeling per 1 januari 2026 aan te passen.", "aim"),
    ("Bij deze wil ik u laten weten dat ik voornemens ben de regeling per 1 januari 2026 in te "
     "voeren.", "intention"),
    ("Wij kiezen er daarom voor de voortgangsbrief begin volgend jaar aan uw Kamer te sturen.",
     "intention"),
    ("Ik wil uw Kamer voor de zomer informeren over de uitkomsten van het onderzoek.", "willing"),
    ("Ik ben bereid de Kamer jaarlijks te informeren over de voortgang.", "willing"),
    # (by a way or a time: a bare "Ik houd u op de hoogte" carries on, three writers and the
    # real labellers agree)
    ("Ik houd uw Kamer op de hoogte van de voortgang via de halfjaarlijkse voortgangsbrief.",
     "keep-informed"),
    # passives and parliament receiving
    ("De resultaten zullen voor de zomer aan uw Kamer worden verstrekt.", "passive-to-parliament"),
    ("De rapportage zal in het najaar aan de Kamer worden verzonden.", "passive-to-parliament"),
    ("De ontbrekende bijlage wordt zo spoedig mogelijk nagezonden.", "passive-to-parliament"),
    ("De eerste rapportage ontvangt u uiterlijk in maart 2026.", "parliament-receives"),
    ("U zult deze informatie tegelijk met de andere antwoorden ontvangen.",
     "parliament-receives"),
    ("In verband hiermee kunt u de brief in januari tegemoet zien.", "parliament-receives"),
    ("Ik beantwoord de vragen van de commissie in een afzonderlijke brief, die u binnen drie "
     "weken ontvangt.", "parliament-receives"),
    ("Ik kan niet op uw verzoek ingaan, maar zal uw Kamer mijn visie voor het debat van 1 "
     "december doen toekomen.", "future-tell"),
    # nominalised actions, effort, a new date asked
    ("Publicatie is voorzien voor het eerste kwartaal van 2026.", "nominal"),
    ("Besluitvorming volgt in het najaar.", "nominal"),
    ("De beantwoording zal plaatsvinden omstreeks 20 april 2025.", "nominal"),
    ("Onze inspanningen zijn erop gericht het wetsvoorstel voor de zomer in te dienen.", "aim"),
    ("Het streven is erop gericht de nota zo spoedig mogelijk in te dienen.", "aim"),
    ("Met het oog hierop zet het kabinet zich in om het wetsvoorstel voor de zomer aan uw Kamer "
     "aan te bieden.", "aim"),
    ("Er komt in maart een uitgebreide reactie naar de Kamer.", "deliverable-comes"),
    ("De opdracht voor de evaluatie zal voor 1 juli 2025 worden verleend.", "passive-future"),
    ("Daarom verzoek ik u de termijn met vier weken te verlengen tot 20 april.", "more-time"),
    # what a later document will say, and a promise beside an aside about this letter
    ("Voortaan zal ik vooraf in de geannoteerde agenda van de Raad ingaan op mijn aanwezigheid.",
     "future-tell"),
    ("Op basis van de dilemma's die in deze brief worden geschetst, gaat het kabinet graag in "
     "overleg over de informatie die uw Kamer nodig heeft.", "going-to"),
])
def test_each_class_of_wording_issue_11_names(text, rule):
    (item,) = extract(text, D).items
    assert (item.kind, item.rule) == ("commitment", f"commitment.{rule}")


@pytest.mark.parametrize(("text", "rule"), [
    ("De Kamer, gehoord de beraadslaging, constaterende dat de wet niet is geëvalueerd; "
     "verzoekt de regering de wet te evalueren, en gaat over tot de orde van de dag.", "directed"),
    ("De Kamer, gehoord de beraadslaging, verzoekt de regering, de Kamer voor 1 juni te "
     "informeren, en gaat over tot de orde van de dag.", "directed"),
    ("roept het kabinet op een visie op de spreiding van ziekenhuizen op te stellen.", "directed"),
    ("De Kamer verneemt graag vóór vrijdag 31 oktober 2025 wat de stand van zaken is.",
     "members-deadline"),
    ("De commissie stelt het op prijs voor 1 juni een schriftelijke reactie te ontvangen.",
     "members-deadline"),
    ("Daarnaast vragen deze leden of de resultaten van de evaluatie met de Kamer worden gedeeld.",
     "members-ask-delivery"),
    ("De leden van de VVD-fractie vragen of de Kamer de evaluatie ontvangt.",
     "members-ask-delivery"),
])
def test_requests_from_motions_committees_and_the_rappel(text, rule):
    (item,) = extract(text, D).items
    assert (item.kind, item.rule) == ("request", f"request.{rule}")


_LISTED = """Geachte voorzitter,

De komende periode zal ik:
- uw Kamer voor de zomer informeren over de uitkomsten van de pilot;
- in het najaar een wetsvoorstel indienen voor de nieuwe regeling;
- de evaluatie uiterlijk 1 december 2025 aan uw Kamer sturen.

Daarnaast zet ik de volgende stappen:
- Voor de zomer ontvangt u de monitor.
- In het vierde kwartaal stuur ik u een brief over de financiering.

Hoogachtend,

De minister van Onderwijs, Cultuur en Wetenschap
"""


def test_a_promise_whose_verbs_are_in_a_list_is_a_promise_a_part():
    items = extract(_LISTED, D).items
    assert [(i.due, i.precision) for i in items] == [
        (date(2025, 7, 3), "season"), (date(2025, 12, 18), "season"),
        (date(2025, 12, 1), "day"), (date(2025, 7, 3), "season"), (date(2025, 12, 31), "quarter")]
    first, second, third = items[:3]
    assert first.text.startswith("De komende periode zal ik:") and "pilot" in first.text
    assert "wetsvoorstel" in second.text and "pilot" not in second.text
    assert _LISTED[third.start:third.end].endswith("aan uw Kamer sturen.")
    # parts that are sentences of their own stay so
    assert items[3].text.endswith("Voor de zomer ontvangt u de monitor.")
    assert "Daarnaast" not in items[4].text and "vierde kwartaal stuur ik u" in items[4].text


def test_every_part_of_a_listed_promise_is_marked_in_the_documents_text():
    from types import SimpleNamespace

    from tracker.services.evidence import highlighted

    items = [SimpleNamespace(id=n, span_start=i.start, span_end=i.end)
             for n, i in enumerate(extract(_LISTED, D).items)]
    marked = {s.commitment.id: s.text for s in highlighted(SimpleNamespace(text=_LISTED), items)
              if s.commitment is not None}
    assert sorted(marked) == [0, 1, 2, 3, 4]  # each its own anchor on the page
    assert marked[0].startswith("De komende periode zal ik:") and marked[0].endswith("pilot;")
    assert marked[1].strip() == "- in het najaar een wetsvoorstel indienen voor de nieuwe regeling;"
    assert marked[2].strip().endswith("aan uw Kamer sturen.")
    # the text of a part reads without its list mark
    assert "zal ik: in het najaar" in extract(_LISTED, D).items[1].text


def test_a_promise_with_its_time_before_the_list_and_a_promise_about_a_list():
    parts = extract("Geachte voorzitter,\n\nWij zullen daarom in 2025:\n- de regeling evalueren;\n"
                    "- een wetsvoorstel voor advies aan de Raad van State voorleggen.\n", D).items
    assert [(i.due, "Raad van State" in i.text) for i in parts] == [
        (date(2025, 12, 31), False), (date(2025, 12, 31), True)]
    text = ("Geachte voorzitter,\n\nIk zal uw Kamer voor de zomer informeren over:\n"
            "- de voortgang van de pilots;\n- de kosten van de regeling.\n")
    (about,) = extract(text, D).items
    assert about.text.endswith("de kosten van de regeling.") and about.due == date(2025, 7, 3)
    assert text[about.start:about.end].endswith("de kosten van de regeling.")


def test_a_motion_takes_its_deadline_from_what_it_asks():
    motion = ("Voorgesteld 11 februari 2025 De Kamer, gehoord de beraadslaging, overwegende dat "
              "de pilot in 2024 is gestart; verzoekt de regering, de Kamer hierover bij de "
              "Voorjaarsnota te informeren, en gaat over tot de orde van de dag.")
    (item,) = extract(motion, D).items
    assert (item.deadline_text, item.due) == ("bij de Voorjaarsnota", date(2025, 6, 1))


def test_a_promise_takes_the_time_of_its_own_clause():
    """An earlier clause's date is what happens, not by when: "Op 26 september vindt … plaats
    en ik verwacht uw Kamer dit najaar te informeren" is due before the Christmas recess."""
    (item,) = extract("Op 26 september vindt er een vervolgbijeenkomst plaats en ik verwacht uw "
                      "Kamer dit najaar te informeren over de voortgang.", date(2024, 9, 10)).items
    assert (item.deadline_text, item.precision) == ("dit najaar", "season")
    # a clause without a time of its own keeps the sentence's
    (item,) = extract("Het rapport verschijnt op 26 september en ik zal het u dan toesturen.",
                      date(2024, 9, 10)).items
    assert item.due == date(2024, 9, 26)


def test_vóór_a_weekday_and_date_is_the_day_before():
    (item,) = extract("De Kamer verneemt graag vóór vrijdag 31 oktober 2025 wat de stand van "
                      "zaken is.", date(2025, 7, 2)).items
    assert item.due == date(2025, 10, 30)


@pytest.mark.parametrize("text", [
    "Kan de minister toezeggen dat de Kamer voor de zomer wordt geïnformeerd?",
    "Is de minister bereid de Kamer voor het kerstreces te informeren over de stand van zaken?",
    "Zal de minister de Kamer voor de kerst informeren?",
    "Kan de staatssecretaris de Kamer toezeggen dat de regeling wordt geëvalueerd?",
    "Zo ja, kunt u ons informeren over de uitkomsten van dit onderzoek?",
])
def test_a_question_asking_for_a_promise_is_a_request(text):
    assert [(i.kind, i.rule.split(".")[0]) for i in extract(text, D).items] == [
        ("request", "request")]


@pytest.mark.parametrize("text", [
    # questions that ask for no promise
    "Hoe kijkt de minister aan tegen de kritiek van de Raad van State?",
    "Kan de minister uitleggen waarom de evaluatie is uitgesteld?",
    # what others will do: the European Commission, an institute, a regulator, "zij"
    "De Europese Commissie zal naar verwachting in het voorjaar van 2026 een voorstel "
    "presenteren.",
    "Het Rathenau Instituut zal het onderzoek voor de zomer afronden.",
    "Het Rathenau Instituut, die deze verkenning uitvoert, zal aandacht besteden aan deepfakes.",
    "De Autoriteit Persoonsgegevens zal toezicht houden op de naleving.",
    "Naar verwachting publiceert de Commissie de richtsnoeren in februari 2026.",
    "De Raad van State zal het wetsvoorstel binnen drie maanden beoordelen.",
    "Zij zullen hun advies voor de zomer uitbrengen.",
    "De Algemene Rekenkamer zal in het najaar een vervolgonderzoek publiceren.",
    "Het CBS publiceert de cijfers in het najaar.",
    "De inbreng uit de consultatie zal door de Commissie worden meegenomen in een voorstel.",
    "Wanneer kan de Kamer het wetsvoorstel verwachten?",
    "De Nationale ombudsman zal in 2026 een rapport over dit onderwerp publiceren.",
    "De Europese Commissie verwacht de richtlijn in het voorjaar van 2026 te kunnen presenteren.",
    "De gemeenten zullen de regeling per 1 januari 2026 uitvoeren.",
    "Het rapport van de Raad van State verschijnt naar verwachting in het voorjaar.",
    # refusals
    "Het kabinet zal niet vooruitlopen op de uitkomsten van de evaluatie.",
    "Het kabinet is niet bereid de motie uit te voeren.",
    "Het kabinet zal de Kamer hierover niet informeren.",
    "Ik ben niet voornemens de regeling te wijzigen.",
    "Ik kan niet toezeggen dat de analyse voor de zomer gereed is.",
    "Het kabinet zal de ontwikkelingen nauwlettend blijven volgen.",
    "Ik zal de Kamer hierover geen nieuwe brief sturen.",
    "Het is niet mogelijk om de gevraagde informatie voor de zomer te leveren.",
    # past events
    "In maart heeft de minister de Kamer geïnformeerd over de voortgang.",
    "Het kabinet heeft de Kamer op 1 juni 2024 een brief gestuurd over dit onderwerp.",
    "Ik heb uw Kamer in november 2024 geïnformeerd over de stand van zaken.",
    "Eerder is uw Kamer geïnformeerd over de uitkomsten van de pilot.",
    "Het wetsvoorstel is op 3 februari 2025 aan de Tweede Kamer gezonden.",
    "Op 5 september 2024 heeft de EU het verdrag ondertekend.",
    "Het kabinet heeft in 2023 een visie op generatieve AI gepubliceerd.",
    "Op 3 oktober jl. heb ik de Kamer geïnformeerd over de voortgang van het programma.",
    "Zoals ik uw Kamer in mijn brief van 12 mei 2024 heb gemeld, is de pilot afgerond.",
    # what members ask or observe
    "Het lid Omtzigt vroeg tijdens het debat naar de stand van zaken.",
    "De leden van de CDA-fractie zijn benieuwd wanneer de Kamer wordt geïnformeerd.",
    "De leden van de PVV-fractie vragen de regering wanneer de evaluatie naar de Kamer wordt "
    "gestuurd.",
    "De leden van de VVD-fractie constateren dat het kabinet een taskforce onderzoekt om met "
    "voorstellen te komen.",
    # the document does it itself
    "Hierbij bied ik u, mede namens de minister van Financiën, de voortgangsrapportage aan.",
    "Hierbij stuur ik u de voortgangsrapportage over het eerste kwartaal van 2025.",
    "Het kabinet gaat hieronder in op de zeven aandachtspunten.",
    "Met deze brief kom ik de toezegging na die ik tijdens het commissiedebat heb gedaan.",
    # past promises retold, what was asked, the document's own structure, someone else
    "Eerder berichtte ik u dat ik voor de zomer met een voorstel zal komen.",
    "In mijn brief van 3 maart heb ik u gemeld dat ik u voor de zomer zal informeren.",
    "In mijn brief van 1 april heb ik u mee gedeeld dat het kabinet voornemens is de regeling "
    "aan te passen.",
    "Het wetsvoorstel zou in het najaar kunnen worden ingediend.",
    "Ik zal kijken hoe we de Kamer beter kunnen informeren.",
    "Het rapport van de Europese Commissie is voorzien voor publicatie in het voorjaar.",
    "De wet is gepland voor inwerkingtreding op 1 januari 2027.",
    "Ik zal kijken of dat kan.",
    "Op 13 december ontving ik uw verzoek om de Kamer te informeren over de wijze waarop de "
    "motie vanaf 1 januari 2026 zal worden uitgevoerd.",
    "Mij is gevraagd wanneer ik concreter zal worden over de afspraken.",
    "De brief is als volgt opgebouwd: eerst de uitgangspunten, dan de planning.",
    "Ik zal uiteraard eindverantwoordelijk blijven.",
    "In dat overleg heeft de Stichting van de Arbeid toegezegd u regelmatig te informeren.",
    "Het is daarom niet mogelijk, zoals eerder toegezegd, uw Kamer eind februari te informeren.",
    "Daarnaast heeft het lid Omtzigt het kabinet verzocht om uiterlijk vanavond een reactie.",
    "In de motie-Omtzigt verzoekt de Kamer de regering om voor 1 juni een overzicht te sturen.",
    "Bij de Najaarsnota worden wijzigingen op de begroting doorgevoerd en aan u gemeld.",
    "Onze Minister van Financiën is belast met de uitvoering van dit besluit, dat in het "
    "Staatsblad zal worden geplaatst.",
    "Met deze brief ga ik in op het verzoek om te melden wanneer het rapport aan de Kamer kan "
    "worden toegezonden.",
    # a policy's aim, a conclusion, this letter's order, a practice, a question of which, a stance
    "Het kabinet beoogt met deze maatregel de uitstoot te verminderen.",
    "Uit het onderzoek volgt bovendien dat de evaluatie anders had gemoeten.",
    "Na enige algemene observaties volgt een reactie op de negen aanbevelingen uit het rapport.",
    "Sinds 2008 ontvangt de Tweede Kamer halfjaarlijks een rapportage over de voortgang.",
    "Zo ja, welke maatregelen bent u bereid te nemen?",
    "In deze procedure zal ik het voorstel kritisch toetsen aan de eisen uit de Mijnbouwwet.",
    "Via het monitoringsprogramma zal ik vinger aan de pols houden.",
    "In mijn brief van 14 juni heb ik aangegeven dat het ministerie werkt aan een visie hierop.",
    "In Nederland hebben we vaker te maken met waterschade in Limburg en delen van Brabant in "
    "juli 2021.",
    "Ik heb besloten de Raad van State te vragen om voorlichting.",
    "Het kabinet geeft in deze brief aan hoe het staat met de uitvoering.",
    "Ik deel uw zorgen over de wachtlijsten.",
    "Deze brief zal met u worden besproken tijdens het overleg dat zal plaatsvinden op 24 "
    "november 2025.",
    "Dit effect verwachten wij vanaf 2026.",
    "Ik hoop dat de Kamer dat steunt.",
    "Ik verwacht dat de evaluatie in 2026 positief uitvalt.",
    "Het is de bedoeling dat gemeenten de regeling zelf uitvoeren.",
    "Het streven is dat de wachtlijsten in 2026 zijn verdwenen.",
    "Bent u voornemens een dergelijk instrument te ontwikkelen?",
    "Ik wil beide Kamers graag bedanken voor het constructieve debat.",
    "Ik denk dat de minister van Financiën daar beter over kan gaan.",
    # members asking for an answer or an opinion, not for something to be delivered
    "Deze leden vragen de regering hoe zij de uitvoering wil vormgeven.",
    "De leden van de PVV-fractie vragen de regering in te gaan op de gevolgen voor de burger.",
    # a position in Brussels; a wish to speak, "zou willen", a reason, a vague time
    "Wij zullen dit voorstel in de Raad steunen.",
    "Ik wil voor de zomer nogmaals benadrukken dat de evaluatie belangrijk is.",
    "Ik zou voor de zomer een voorstel willen doen, maar dat lukt niet.",
    "Dit vind ik belangrijk, omdat ik op zeer korte termijn overleg met u wil voeren over de "
    "uitwerking.",
    "Op termijn wil ik onderzoeken of deze regeling aangepast zou moeten worden.",
    # policy aims with nothing to deliver; a plan that was never there; routine; the letter's
    # own order; others' work; asked to explain
    "We gaan hergebruik stimuleren, onder andere door tweedehandskleding te stimuleren.",
    "Daarom gaan we gemeentes en inwoners helpen om afval nog beter te scheiden.",
    "Het kabinet zal dergelijke aspecten ook mee laten wegen bij het formuleren van beleid.",
    "Ook is er geen sprake geweest van een vooropgezet plan om in de media te verschijnen.",
    "Wij laten de Schoolkostenmonitor uitvoeren om zicht te houden op de kosten.",
    "Ik laat het oordeel over de motie aan de Kamer.",
    "Wanneer de wet wordt aangenomen, zal de regeling door de gemeenten worden aangepast.",
    "Het CBS stelt jaarlijks een rapport op.",
    "De gemeente stelt een plan op.",
    "Ik stel voor dat de Kamer een brief stuurt.",
    "Het verbod zal daarin worden opgenomen als de Kamer dat wil.",
    "In de brief op verzoek van uw Kamer d.d. 11 oktober 2023 gaat het kabinet nader in op de "
    "inzet.",
    "In deze brief start ik met een korte terugblik.",
    "Ik begin met de vragen van de heer Jansen.",
    "Het CPB laat een analyse uitvoeren naar de effecten.",
    "De Inspectie start een onderzoek naar de oorzaken.",
    "Zo nee, waarom niet, en kunt u aangeven wat de gevolgen zijn?",
    "Kunt u deze vragen afzonderlijk beantwoorden?",
    # a minister asking parliament, a request retold, members asking for an opinion
    "Uw verzoek aan de minister om een brief heb ik doorgestuurd.",
    "De leden willen de regering vragen hoe zij de uitvoering wil vormgeven.",
    "De commissie heeft kennisgenomen van de brief.",
    # going on already, an obligation, others' work, an opinion, this letter, a refusal
    "Het kabinet voert sinds januari 2024 een nieuw beleid.",
    "Voor 1 juli dien ik dit te regelen.",
    "Eind 2025 voert de NVWA een inspectie uit.",
    "De uitslag wordt in het najaar bekendgemaakt door de Kiesraad.",
    "Het wetsvoorstel van de gemeente gaat in 2026 in consultatie.",
    "Het conceptbesluit ging in 2023 in internetconsultatie.",
    "Ik vind het belangrijk dat de Kamer goed wordt geïnformeerd.",
    "In deze brief ga ik in op de stand van zaken.",
    "Ik ben niet van plan het wetsvoorstel in te trekken.",
    "De gemeente is van plan een nieuw plan te maken.",
    "Het percentage van deze aftrek zal aangepast worden aan het budget.",
    "Dit proces zal worden afgerond in juni 2020, dan wordt meer bekend.",
    # a letter retelling, without a time, the promise it now keeps; a promise long past
    "Daarbij is aan het lid Koerhuis toegezegd de Kamer te informeren over de registratiekosten.",
    "Dan nog een vraag die ik had toegezegd te beantwoorden.",
    "Wij hebben de Kamer toegezegd dat we dat zouden doen, en dat hebben we gedaan.",
    # the letter sends now what was promised: the time is the relative clause's
    "Mede namens de staatssecretaris stuur ik u de stand van zaken van de moties en "
    "toezeggingen, waarover is toegezegd uw Kamer nog dit jaar te informeren.",
    # read from round eighteen: a letter's layout, a question's heading retelling what was
    # said, a meeting with the Kamer's committee
    "De brief volgt de volgende opbouw:",
    "Vragen van het lid Piri (GroenLinks-PvdA) aan de Ministers van Binnenlandse Zaken en "
    "Koninkrijksrelaties en van Asiel en Migratie over het bericht dat Minister Faber terug is "
    "gekomen op de aanstelling van een nieuwe woordvoerder die tijdelijk voor haar zou gaan "
    "werken (ingezonden 19 november 2024).",
    "Op 12 juni as. voer ik een wetgevingsoverleg met de vaste Kamercommissie over het "
    "Jaarverslag.",
    # steering is not sending; a meeting wished without a time
    "Achter de schermen proberen wij dit in de goede richting te sturen.",
    "We zullen proberen het beleid bij te sturen.",
    "Ik wil de bijeenkomsten houden.",
    "Ik ben bereid om, als de Kamer dat wil, de regeling aan te passen.",
    # "niet nalaten" tells only with a word of telling
    "Ik zal niet nalaten op te merken dat dit een lastige kwestie is.",
])
def test_sentences_a_clerk_would_not_register(text):
    assert kinds(text) == []


def test_an_item_says_who_when_and_why():
    item = one("De minister van Economische Zaken en Klimaat en de minister van Financiën zullen "
               "de Tweede Kamer rond Prinsjesdag nader informeren over het investeringsfonds.",
               date(2020, 7, 1))
    assert item.actor == "minister van Economische Zaken en Klimaat en minister van Financiën"
    assert (item.deadline_text, item.due, item.precision) == (
        "rond Prinsjesdag", date(2020, 9, 15), "season")
    assert item.rule == "commitment.future-tell"
    assert 0.5 < item.confidence < 1


def test_a_sentence_going_on_about_the_promised_letter_is_part_of_the_promise():
    text = ("Hierbij stuur ik u het advies van de Onderwijsraad. Begin april kom ik met een "
            "beleidsbrief over de leerlingendaling. In deze brief zal ik een reactie geven op het "
            "advies.\n\nIn het najaar zal ik de Kamer informeren over de uitkomsten. Hierbij zal "
            "ik ook ingaan op de motie van de leden Van der Molen en Westerveld.\n\n"
            "In deze brief zal ik ingaan op de kosten.")
    items = extract(text, date(2013, 2, 19)).items
    assert [(i.rule, i.due) for i in items] == [
        ("commitment.comes-with", date(2013, 4, 10)),
        ("commitment.continued", date(2013, 4, 10)),  # the promised letter's date
        ("commitment.future-tell", date(2013, 12, 20)),
        ("commitment.continued", date(2013, 12, 20)),
    ]  # and the last paragraph's "In deze brief" is this letter: nothing


def test_this_letter_told_in_the_present_does_not_go_on_with_the_promise_before_it():
    text = ("Ik zal uw Kamer voor de zomer informeren over de uitkomsten van de verkenning. In "
            "deze brief ga ik in op de voortgang van de aanpak. Hierbij ga ik ook in op de motie "
            "van het lid Van Dijk. Ik neem hierin ook de motie van het lid Jansen mee.\n\n"
            "In het najaar stuur ik u de monitor. In die brief ga ik ook in op de kosten.")
    items = extract(text, date(2025, 3, 10)).items
    assert [(i.rule, i.text[:20]) for i in items] == [
        ("commitment.future-tell", "Ik zal uw Kamer voor"),
        ("commitment.present-deadline", "In het najaar stuur "),
        ("commitment.continued", "In die brief ga ik o"),
    ]


def test_a_minister_asking_parliament_is_no_request():
    letter = ("Ik verzoek u het wetsvoorstel voor 1 juli te behandelen.\n\n"
              "De Minister van Financiën,\n\nJ. de Vries\n")
    assert extract(letter, date(2025, 3, 10)).items == []
    committee = ("Namens de commissie verzoek ik u de Kamer voor 1 juli te informeren.\n\n"
                 "De voorzitter van de commissie,\n")
    assert [i.kind for i in extract(committee, date(2025, 3, 10)).items] == ["request"]


def test_ik_in_a_signed_letter_is_the_signer():
    text = ("Den Haag, 6 mei 2025\n\nIk zal uw Kamer voor de zomer informeren.\n\n"
            "De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,\n\nZsolt Szabó\n")
    item = one(text)
    assert item.actor == "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"
    assert item.due == date(2025, 7, 3)  # summer recess 2025 starts 4 July


def test_a_follow_up_sentence_takes_the_deadline_it_refers_to():
    text = ("De analyse zal binnenkort aan de Tweede Kamer worden gezonden. Ik zal Uw Kamer "
            "daarvan een afschrift doen toekomen.")
    first, second = extract(text, date(2025, 5, 6)).items
    assert first.due == second.due == date(2025, 6, 17)
    assert second.deadline_rule == "inherited:soon"


def test_a_chain_of_follow_ups_inherits_the_rule_once():
    text = ("De analyse zal binnenkort aan de Tweede Kamer worden gezonden. Ik zal Uw Kamer "
            "daarvan een afschrift doen toekomen. Ik zal Uw Kamer daarover ook een brief sturen.")
    rules = [item.deadline_rule for item in extract(text, date(2025, 5, 6)).items]
    assert rules == ["soon", "inherited:soon", "inherited:soon"]


def test_a_motion_with_many_signatories_keeps_a_key_that_fits():
    names = ("Omtzigt, Leijten, Moorlag, Buitenweg, Kuiken, Verhoeven, Dassen, Sneller, "
             "Bontenbal, Kathmann, Van Baarle, Dijk, Six Dijkstra, Van der Werf en Paternotte")
    (item,) = extract(f"In lijn met de motie {names} wordt uw Kamer in het najaar "
                      "hierover geïnformeerd.", date(2020, 7, 1)).items
    (ref,) = [r for r in item.refs if r.startswith("motie:")]
    assert ref.startswith("motie:omtzigt-leijten-moorlag-") and len(ref) <= 90


def test_promises_the_document_keeps_are_fulfilments_not_commitments():
    text = ("Tijdens het AO van 4 december jl. is uw Kamer toegezegd met een schriftelijke reactie "
            "te komen (T01234). In deze brief doet de minister deze toezeggingen gestand.")
    result = extract(text, D)
    assert result.items == []
    (fulfilment,) = result.fulfilments
    assert "gestand" in fulfilment.text
    assert result.refs == ["T01234"]


def test_a_letter_sent_in_keeping_with_a_promise_fulfils_it():
    text = ("Mijn ambtsvoorganger heeft toen toegezegd dat hij bereid was een definitieve "
            "beslissing pas te nemen nadat de Kamer zich had uitgesproken. Ingevolge deze "
            "toezegging doe ik u een herziene versie van de economische analyse toekomen.")
    result = extract(text, D)
    assert result.items == []
    assert [f.text[:20] for f in result.fulfilments] == ["Ingevolge deze toeze"]
    assert [f.text[:14] for f in extract("Conform de toezegging in bovengenoemde brief zend ik "
                                         "u bijgaand het convenant toe.", D).fulfilments] == [
        "Conform de toe"]


def test_the_reported_promise_of_a_predecessor_is_found_with_its_number():
    text = ("Tijdens het debat heeft uw ambtsvoorganger de Kamer toegezegd dat de motivering "
            "wordt versterkt (T03670).")
    item = one(text)
    assert (item.kind, item.rule, item.refs) == ("commitment", "commitment.reported",
                                                 ("T03670",))


# --- milestones and the catalogue ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "due"), [
    ("De Alcoholwet treedt op 1 januari 2027 in werking, zodat gemeenten tijd hebben.",
     date(2027, 1, 1)),
    ("De wet treedt, zoals bij koninklijk besluit van 28 oktober 2026 is bepaald, op 1 juli 2027 "
     "in werking.", date(2027, 7, 1)),
    ("Het besluit, dat op 14 december 2026 wordt gepubliceerd, treedt op 1 juli 2027 in werking.",
     date(2027, 7, 1)),
    ("De verhoging van de accijns gaat op 1 april 2027 in, waardoor de prijs stijgt.",
     date(2027, 4, 1)),
    ("Op 1 januari 2027 wordt het reclameverbod in speciaalzaken van kracht.", date(2027, 1, 1)),
    # the day after the verb
    ("De wet treedt in werking op 1 januari 2027.", date(2027, 1, 1)),
    ("Het besluit zal in werking treden op 1 juli 2027, met uitzondering van artikel 3.",
     date(2027, 7, 1)),
    ("De regeling wordt van kracht op 1 januari 2027.", date(2027, 1, 1)),
    ("Het verbod op rookruimtes gaat in op 1 juli 2027.", date(2027, 7, 1)),
    ("De Tijdelijke regeling wordt per 1 januari 2027 ingetrokken.", date(2027, 1, 1)),
])
def test_a_law_taking_effect_on_a_day_is_a_milestone(text, due):
    (item,) = extract(text, date(2026, 11, 2)).items
    assert (item.kind, item.due) == ("milestone", due)


@pytest.mark.parametrize("text", [
    "Het overleg met de sector gaat op 1 april 2027 in Den Haag door.",
    "Het kabinet gaat op 1 april 2027 in gesprek met de VNG over de wet.",
    "De staatssecretaris gaat in op 1 april 2027 als mogelijke startdatum voor de pilot.",
    "De Wet open overheid trad in werking op 1 mei 2022.",  # done, nothing to watch
])
def test_a_day_with_op_is_no_milestone_without_the_verb_of_taking_effect(text):
    assert "milestone" not in [i.kind for i in extract(text, date(2026, 11, 2)).items]


@pytest.mark.parametrize("text, due", [
    # a treaty laid before parliament for tacit approval: by that day the Kamer must ask for a
    # vote, or the treaty is approved (OCR of 1962, a line-break hyphen kept)
    ("De wens, dat deze overeenkomst aan de uitdrukkelijke goedkeuring van de Staten-Generaal "
     "zal worden onderworpen, kan door of namens de Kamer of door ten minste vijftien leden der "
     "Kamer te kennen worden ge-geven uiterlijk op 5 januari 2027.", date(2027, 1, 5)),
    # since 1994: thirty days from the letter's own day
    ("De wens dat het verdrag aan de uitdrukkelijke goedkeuring van de Staten-Generaal wordt "
     "onderworpen, kan door of namens een van de Kamers of door ten minste vijftien leden van "
     "de Eerste Kamer of dertig leden van de Tweede Kamer te kennen worden gegeven binnen "
     "dertig dagen na de datum van verzending van dit stuk.", date(2026, 12, 2)),
])
def test_a_treatys_term_for_tacit_approval_is_a_milestone(text, due):
    (item,) = extract(text, date(2026, 11, 2)).items
    assert (item.kind, item.rule, item.due) == ("milestone", "milestone.tacit-approval", due)
    # a wish made known otherwise is none
    assert extract("Het kabinet heeft de wens van de Kamer te kennen gegeven aan de Commissie.",
                   date(2026, 11, 2)).items == []


def test_a_moved_milestone_is_flagged_with_the_amending_act():
    text = ("Vanaf 2 augustus 2026 geldt er voor alle overheden op basis van de AI-verordening een "
            "verplichting om hoog-risico AI-systemen te registreren.")
    item = one(text, date(2025, 5, 6), catalogue=CATALOGUE)
    assert (item.kind, item.due, item.precision) == ("milestone", date(2026, 8, 2), "day")
    (link,) = item.milestones
    assert (link.key, link.status, link.date) == ("high-risk-annex-iii", "moved",
                                                  date(2027, 12, 2))
    assert link.amended_by == "Regulation (EU) 2026/1744"
    assert "milestone:high-risk-annex-iii" in item.refs


def test_a_date_the_catalogue_does_not_have_for_that_provision_is_flagged():
    # Seed 004 quotes 31 December 2030 for government systems; Art. 111(2) says 2 August 2030.
    text = ("Voor hoog-risico AI-systemen die bij de overheid voor 2 augustus 2026 in gebruik "
            "zijn, geldt dat deze systemen uiterlijk 31 december 2030 in lijn met de "
            "AI-verordening moeten zijn gebracht.")
    item = one(text, date(2025, 2, 19), catalogue=CATALOGUE)
    assert item.due == date(2030, 12, 31)
    statuses = {link.key: link.status for link in item.milestones}
    assert statuses == {"public-authority-legacy-high-risk": "differs",
                        "high-risk-annex-iii": "moved"}


def test_milestones_of_a_regulation_the_document_does_not_name_are_not_linked():
    text = "Vanaf 2 augustus 2026 geldt er voor alle gemeenten een verplichting om te registreren."
    item = one(text, catalogue=CATALOGUE)
    assert item.kind == "milestone" and item.milestones == ()


# --- clean-up ----------------------------------------------------------------------------------

def test_letters_written_with_combining_marks_read_as_one_letter():
    text = unicodedata.normalize("NFD", "Vooraf. Uw Kamer wordt in een aparte brief geïnformeerd "
                                        "over de inzet voor het actieprogramma.")
    (item,) = extract(text, D).items
    assert item.text == ("Uw Kamer wordt in een aparte brief geïnformeerd over de inzet voor het "
                         "actieprogramma.")
    assert (item.start, item.end) == (8, len(text))


def test_spaces_pdf_text_lost_are_put_back_with_spans_in_the_input():
    # As answers to Kamervragen arrive from their PDF: the space at a line's end is gone
    text = ("Antwoord 3\nIn het najaar van 2024 zal hetkabinet uw Kamer nader informeren over de "
            "kleine velden. Het rapport wordt deKamer toegestuurd. Het wetsvoorstel zal in de "
            "zomervan 2025 in consultatie gaan. Deze zalvoor het einde van dit jaar worden "
            "gepubliceerd.")
    items = extract(text, D).items
    assert [item.text for item in items] == [
        "In het najaar van 2024 zal het kabinet uw Kamer nader informeren over de kleine velden.",
        "Het rapport wordt de Kamer toegestuurd.",
        "Het wetsvoorstel zal in de zomer van 2025 in consultatie gaan.",
        "Deze zal voor het einde van dit jaar worden gepubliceerd."]
    assert text[items[0].start:items[0].end].startswith("In het najaar van 2024 zal hetkabinet")
    assert text[items[-1].start:items[-1].end].endswith("worden gepubliceerd.")


def test_a_preposition_run_into_its_date_is_read_apart_with_spans_in_the_input():
    # scans and PDF text: "per31 december 1993", "op19 november", "in2026"
    text = _letter("Ik zal u op19 november 2025 informeren over de uitkomsten.",
                   "Ik zal de Kamer in2026 een brief sturen over de evaluatie.",
                   "Volledigheidshalve attendeer ik u erop dat de regeling per31 december 2026 "
                   "afloopt.")
    items = extract(text, D).items
    assert [(i.kind, i.due, i.precision) for i in items] == [
        ("commitment", date(2025, 11, 19), "day"), ("commitment", date(2026, 12, 31), "year"),
        ("milestone", date(2026, 12, 31), "day")]
    assert text[items[0].start:items[0].end].startswith("Ik zal u op19 november")
    # (not inside a word, nor before a number that is no day or year)
    assert Gluefinder("verzoek2025 hoofdstuk op12 pagina's, na2 weken").points() == []


@pytest.mark.parametrize("words", [
    "terecht hetgeen opgesteld tevreden ingezonden voortaan invoering zozeer hiervan daarvoor",
    "ikzelf hieromtrent achterover deconcentreren tevergeefs temeer de islam",
    "zie https://eenvandaag.avrotros.nl/item en info@dezorg.nl", "zorgakkoorden klimaatgericht"])
def test_words_that_only_look_glued_stay_whole(words):
    assert Gluefinder(words).points() == []


def test_the_polite_u_that_ran_on_is_a_word_again():
    # Written questions from their PDF: "Bent ubereid …?" asks as "Bent u bereid …?" does
    text = ("Vraag 4\nBent ubereid dit ook voor dual use-goederen te doen? Kunt uervoor zorgen dat "
            "deKamer het rapport krijgt? Kunt u uitsluiten dat het besluit daarmee te maken heeft?"
            " Ik vraag het uzelf.")
    assert Gluefinder(text).points() == [text.index("bereid"), text.index("ervoor"),
                                         text.index("Kamer")]
    assert [i.kind for i in extract(text, D).items] == ["request", "request"]


@pytest.mark.parametrize("text", [
    # a heading run into the question, several ministers asked, a footnote's marker at the end
    "Vraag van het lid Haas-Berger over een bijeenkomst. (Ingezonden 11 september 1986)\nZijn de "
    "ministers bereid deze Kamer op de hoogte te stellen van het verloop van de bijeenkomst, die "
    "op 11 april jl. heeft plaatsgevonden?\n1 Zie Handelingen UCV nr. 53, blz. 4, m.k.\nAntwoord\n",
    "Vraag 2\nZijn beide bewindspersonen dan bereid de Kamer voor de zomer te informeren?\n",
])
def test_written_questions_ask_several_ministers_whatever_runs_into_them(text):
    assert [i.kind for i in extract(text, D).items] == ["request"]


def test_adverbs_of_een_stay_whole_in_text_that_lost_spaces():
    # the dictionary lacks "overeen", "uiteen", "bijeen": they are not "over een" and so on
    text = "Het rapport wordt deKamer gestuurd om een plan overeen te komen, uiteen te zetten."
    assert Gluefinder(text).points() == [text.index("Kamer")]


def test_hyphenation_is_undone_but_real_hyphens_stay():
    text = ("Het kabinet zal de beïnvloedingstech-\nnieken verbieden en de AI-\nsystemen en de "
            "hoog-\nrisico toepassingen toetsen aan wet- en\nregelgeving; hoog-risico blijft.")
    (sentence,) = sentences_of(text)
    assert "beïnvloedingstechnieken" in sentence.text
    assert "AI-systemen" in sentence.text
    assert "hoog-risico toepassingen" in sentence.text
    assert "wet- en regelgeving" in sentence.text


def test_page_numbers_running_headers_and_footnotes_are_taken_out_of_the_sentence():
    header = "**Directoraat-Generaal\nRechtspleging\n\nDatum\n18 oktober 2021\n\n"
    text = ("Het kabinet is evenwel van mening dat er ruimte moet blijven en dat\n\n"
            "¹ Artikel 9 AVG.\n\n" + header + "een inbreuk gerechtvaardigd kan zijn.\n\n"
            + header + "Het kabinet zal de Kamer informeren.\n\n" + header + "\n\n2\n\nSlot.")
    texts = [s.text for s in sentences_of(text)]
    assert ("Het kabinet is evenwel van mening dat er ruimte moet blijven en dat een inbreuk "
            "gerechtvaardigd kan zijn.") in texts
    assert "Artikel 9 AVG." in texts  # the footnote is its own block, still read
    assert not any("Directoraat" in t or "18 oktober" in t for t in texts)


def test_a_letters_page_marker_and_side_column_are_taken_out_of_the_sentence():
    # a ministry's letter as its PDF text gives it: a two-page letter prints its side column
    # only twice, too seldom to read as a running header
    text = ("Datum 10 maart 2025\nBetreft Wachttijden\n\nGeachte voorzitter,\n\nIk zal uw Kamer "
            "voor de\n\nPagina 1 van 2\n\nDirectoraat-Generaal Langdurige Zorg\nDatum\n"
            "10 maart 2025\nOns kenmerk\n4012345-1072000-LZ\n\nzomer informeren over de "
            "resultaten.\n\nHoogachtend,\n\nde minister van Volksgezondheid, Welzijn en Sport,\n"
            "J. Jansen\n\nPagina 2 van 2\n")
    (item,) = extract(text).items
    assert item.text == "Ik zal uw Kamer voor de zomer informeren over de resultaten."
    assert (item.due, item.reference_date) == (date(2025, 7, 3), date(2025, 3, 10))
    assert text[item.start:item.start + 10] == "Ik zal uw "
    assert text[item.end - 11:item.end] == "resultaten."
    # printed again on the next page with no marker (a form feed's page break): two keys or more
    feed = text.replace("Pagina 1 van 2\n\n", "\f").replace("Pagina 2 van 2\n", "")
    (item,) = extract(feed).items
    assert item.text == "Ik zal uw Kamer voor de zomer informeren over de resultaten."
    # a line that only looks like one stays: body text before the marker, a date in a sentence
    kept = sentences_of("Het besluit volgt.\nDatum van inwerkingtreding is 1 juli 2026.\n\n"
                        "Pagina 1 van 1\n")
    assert [s.text for s in kept] == ["Het besluit volgt.",
                                      "Datum van inwerkingtreding is 1 juli 2026."]


def test_a_footnote_at_a_pages_foot_leaves_the_sentence_it_cut_whole():
    # PDF text of an Aanhangsel page: markers in brackets ("?[1 ]"), the note at the page's
    # foot, the page's print lines, then the rest of the sentence on the next page
    page = ("Kent u het bericht over de plannen van NS?[1 ] Ja. NS is dit voornemens gezien de "
            "beschikbare\n\n1 Noordhollands Dagblad, 31 juli 2023, «Reizigersvereniging boos "
            "over plannen NS».\n\nah-tk-20222023-3382\nISSN 0921 - 7398\n’s-Gravenhage 2023 "
            "Aanhangsel Handelingen II 2022/23, nr. 3382 1\n\fmiddelen die NS heeft.[2 ] Ik zal "
            "uw Kamer voor de\n\n2 Kamerstuk 29 984, nr. 1126.\n\nh tk 20222023 3382\n\n"
            "zomer informeren.\n")
    texts = [s.text for s in sentences_of(page)]
    assert texts == ["Kent u het bericht over de plannen van NS?", "Ja.",
                     "NS is dit voornemens gezien de beschikbare middelen die NS heeft.",
                     "Ik zal uw Kamer voor de zomer informeren.",
                     # the notes, each read on its own
                     "Noordhollands Dagblad, 31 juli 2023, «Reizigersvereniging boos over "
                     "plannen NS».", "Kamerstuk 29 984, nr. 1126."]
    (item,) = extract(page, date(2023, 9, 1)).items
    assert item.text == "Ik zal uw Kamer voor de zomer informeren."
    assert item.due == date(2024, 7, 4)  # (the summer recess of 2024)
    # the ISSN and the footer as other PDF text glues them into one line
    glued = ("Het amendement is per 1 september in werking getreden en het is\n\n"
             "ah-tk-20242025-584\nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, "
             "vergaderjaar 2024–2025, Aanhangsel 1\n\ngebleken dat het kan.\n")
    assert [s.text for s in sentences_of(glued)] == [
        "Het amendement is per 1 september in werking getreden en het is gebleken dat het kan."]
    # with no print lines between: the note ends where a line of prose goes on with the
    # sentence it cut off, not where a word or an address breaks
    cut = ("Universiteiten hebben regels.[1 ] Bij demonstraties\n\n1 Website Universiteit "
           "Leiden, 9 november 2023, https://www.universiteitleiden.nl/nieuws/2023/11/\n\n"
           "keurt-demonstratie-af\n\nin gebouwen van onderwijsinstellingen gelden de "
           "huisregels.\n")
    assert [s.text for s in sentences_of(cut)] == [
        "Universiteiten hebben regels.",
        "Bij demonstraties in gebouwen van onderwijsinstellingen gelden de huisregels.",
        "Website Universiteit Leiden, 9 november 2023, https://www.universiteitleiden.nl/"
        "nieuws/2023/11/ keurt-demonstratie-af"]  # (the address's two lines, one note)


def test_a_commitment_in_a_footnote_is_found():
    text = ("De rechter benadrukte het belang van transparantie.14 Het kabinet deelt dat.\n\n"
            "14 Uitspraak Rechtbank De Haag 5 februari 2020. De Staatssecretaris van SZW zal "
            "in \n\n"
            "een Kamerbrief op de uitspraak ingaan.\n"
            " Het vervolg van de brief staat hier.")
    item = one(text, date(2020, 3, 13))
    assert item.footnote == 14
    assert item.text == "De Staatssecretaris van SZW zal in een Kamerbrief op de uitspraak ingaan."
    assert item.actor == "staatssecretaris van SZW"


def test_what_another_minister_is_to_deliver_is_hers_not_the_writers():
    # (the letter's writer was taken for the one writing another minister's letter and for the
    # one informing the Kamer in her place; a statistics office's report read as a promise)
    def actors(words: str) -> list[tuple[str | None, date | None]]:
        text = _letter(words, "De Minister van Binnenlandse Zaken,", "J. Jansen")
        return [(i.actor, i.due) for i in extract(text, D).items]

    assert actors("Daarnaast wordt er door de Minister voor Rechtsbescherming gewerkt aan een "
                  "Kamerbrief over gezichtsherkenning.") == [("minister voor Rechtsbescherming",
                                                              None)]
    assert actors("Daarnaast wordt gewerkt door de Minister voor Rechtsbescherming aan een "
                  "Kamerbrief over gezichtsherkenning.") == [("minister voor Rechtsbescherming",
                                                              None)]
    assert actors("Uw Kamer wordt in de eerste helft van 2026 door de Staatssecretaris van JenV "
                  "geïnformeerd over de voortgang.") == [("staatssecretaris van JenV",
                                                          date(2026, 6, 30))]
    assert actors("Daarnaast wordt er door het CBS gewerkt aan een rapportage over de "
                  "cijfers.") == []
    # the writer's own, unnamed
    assert actors("Er wordt gewerkt aan een Kamerbrief over gezichtsherkenning.") == [
        ("minister van Binnenlandse Zaken", None)]
    assert actors("Uw Kamer wordt in de eerste helft van 2026 geïnformeerd over de "
                  "voortgang.") == [("minister van Binnenlandse Zaken", date(2026, 6, 30))]


def test_footnote_markers_are_removed_and_their_references_follow_the_sentence():
    text = ("In lijn met de motie Moorlag en Buitenweg16 wordt uw Kamer in het najaar hierover "
            "geïnformeerd.\n\n16 Kamerstuk 35 134, nr. 6\n Verder.")
    item = one(text, date(2020, 7, 1))
    assert "Buitenweg wordt" in item.text
    assert item.refs == ("motie:moorlag-buitenweg", "kst-35134-6")


def test_abbreviations_initials_and_list_numbers_do_not_end_sentences():
    text = ("Het Rathenau Instituut heeft op 10 september jl. een bericht gepubliceerd, zie "
            "Kamerstuk 22 112, nr. 3221 en o.a. art. 5 d.d. 10 mei. Drs. K.H. Ollongren tekent.\n"
            "1. Beperk de beïnvloeding\n\nHet kabinet onderkent dit.")
    assert [s.text for s in sentences_of(text)] == [
        "Het Rathenau Instituut heeft op 10 september jl. een bericht gepubliceerd, zie Kamerstuk "
        "22 112, nr. 3221 en o.a. art. 5 d.d. 10 mei.",
        "Drs. K.H. Ollongren tekent.",
        "1. Beperk de beïnvloeding",
        "Het kabinet onderkent dit.",
    ]


def test_a_list_lettered_with_full_stops_opens_each_item_on_its_line():
    # "a." at a line's start is its item's label, not the end of the sentence before
    text = ("In deze brief ga ik in op drie punten.\na. Ik zal de Kamer voor de zomer informeren."
            "\nb. Het wetsvoorstel wordt in het najaar ingediend, zie\np. 12 van het rapport.")
    assert [s.text for s in sentences_of(text)] == [
        "In deze brief ga ik in op drie punten.",
        "a. Ik zal de Kamer voor de zomer informeren.",
        "b. Het wetsvoorstel wordt in het najaar ingediend, zie p. 12 van het rapport.",
    ]


def test_a_footnote_marker_apart_after_a_question_stays_with_it():
    # PDF text of written questions: "…? 1 Zo ja, kunt u …" (the marker of footnote 1). A number
    # before a word in lower case opens the next sentence as it did.
    text = ("Klopt het bericht dat ambtenaren een analyse hebben gemaakt van het akkoord? 1 Zo "
            "ja, kunt u deze analyse met de Kamer delen? 12 gemeenten doen mee. Het is zo. "
            "12 januari volgt.")
    assert [s.text for s in sentences_of(text)] == [
        "Klopt het bericht dat ambtenaren een analyse hebben gemaakt van het akkoord? 1",
        "Zo ja, kunt u deze analyse met de Kamer delen?", "12 gemeenten doen mee.",
        "Het is zo.", "12 januari volgt."]
    [item] = extract(text, D).items
    assert item.kind == "request" and item.text.startswith("Zo ja, kunt u")


def test_a_line_after_every_line_does_not_break_sentences():
    text = ("Tijdens het plenaire debat over grip op algoritmische besluitvorming, dat op 21 maart "
            "2023 in de \n\nKamer is gehouden, heeft uw ambtsvoorganger de Kamer toegezegd dat de "
            "kenbaarheid \n\nwordt versterkt (T03670). De leden onderstrepen dit.")
    first, second = sentences_of(text)
    assert first.text.endswith("wordt versterkt (T03670).")
    assert second.text == "De leden onderstrepen dit."


# --- reference dates ----------------------------------------------------------------------------

def test_each_letter_in_a_document_has_its_own_date():
    text = ("Inleiding.\n\nDen Haag, 19 februari 2025\n\nDe leden zien uw reactie binnen vier "
            "weken tegemoet.\n\nDen Haag, 6 mei 2025\n\nDe analyse zal binnenkort aan de Kamer "
            "worden gezonden.\n")
    request, commitment = extract(text).items
    assert (request.reference_date, request.due) == (date(2025, 2, 19), date(2025, 3, 19))
    assert (commitment.reference_date, commitment.due) == (date(2025, 5, 6), date(2025, 6, 17))
    assert reference_dates(text).at(0) == date(2025, 5, 6)  # before any dateline: the latest


def test_the_callers_date_and_the_latest_explicit_date_are_fallbacks():
    text = ("Het rapport van 11 oktober 2019 en de uitspraak van 5 februari 2020 zijn besproken. "
            "Uiterlijk 31 december 2030 moet het voldoen.")
    assert reference_dates(text).document_date == date(2020, 2, 5)
    assert reference_dates(text, date(2020, 3, 13)).document_date == date(2020, 3, 13)
    assert reference_dates("Geen datum.").document_date is None


@pytest.mark.parametrize("text", [
    "Kunnen de rapportages uit de Uitvoeringsagenda met de Kamer gedeeld worden?",
    "Kan het rapport van de inspectie voor het debat aan de Kamer worden toegezonden?",
])
def test_a_question_asking_for_a_delivery_in_the_passive_is_a_request(text):
    assert kinds(text) == ["request"]


def test_a_question_about_what_was_shared_in_the_passive_is_not_a_request():
    assert kinds("Waarom is het rapport niet eerder met de Kamer gedeeld?") == []


def test_a_time_already_past_in_a_promise_names_what_it_is_about():
    # A promise is of what is still to come: "in 2015" says which figures, not by when.
    item = one("Over het aantal ernstig verkeersgewonden in 2015 ontvangt u een separate brief.",
               date(2016, 3, 1))
    assert (item.kind, item.due) == ("commitment", None)
    item = one("Over het aantal verkeersgewonden in 2015 ontvangt u voor de zomer een brief.",
               date(2016, 3, 1))
    assert item.due is not None and item.due.year == 2016 and item.precision == "season"
    # a request is retold after its time (a rappel, questions above their answers): it keeps it
    item = one("De Kamer verneemt graag vóór 1 februari 2016 wat de stand van zaken is.",
               date(2016, 3, 1))
    assert (item.kind, item.due) == ("request", date(2016, 1, 31))


def test_written_questions_printed_on_one_line_keep_their_labels_apart():
    text = ("Vragen van het lid Sjoerdsma (D66) over Gaza. Vraag 2 en 3 Kunt u deze vragen "
            "beantwoorden vóór 11 december 2023? Antwoord 2 en 3 Ik zal uw Kamer binnen vier "
            "weken informeren.")
    request, commitment = extract(text, date(2023, 12, 5)).items
    assert request.text.startswith("Kunt u deze vragen") and request.kind == "request"
    assert commitment.text.startswith("Ik zal uw Kamer") and commitment.kind == "commitment"


def test_written_questions_count_from_when_they_were_sent_and_answers_from_their_answer():
    text = ("Vragen van het lid Sjoerdsma (D66) aan de Minister van Buitenlandse Zaken over Gaza "
            "(ingezonden 5 december 2023).\n\nAntwoord van Minister Bruins Slot (Buitenlandse "
            "Zaken) (ontvangen 21 december 2023).\n\nVraag 1\nKunt u deze vragen beantwoorden "
            "vóór 11 december?\n\nAntwoord 1\nIk zal uw Kamer binnen vier weken informeren.\n")
    request, commitment = extract(text, date(2023, 12, 21)).items
    assert (request.reference_date, request.due) == (date(2023, 12, 5), date(2023, 12, 10))
    assert (commitment.reference_date, commitment.due) == (date(2023, 12, 21), date(2024, 1, 18))
    on_one_line = text.replace("\n", " ")
    assert [i.reference_date for i in extract(on_one_line, date(2023, 12, 21)).items] == [
        date(2023, 12, 5), date(2023, 12, 21)]
    # A notice that the answers come later follows the questions: it is the minister's.
    notice = (text.split("Antwoord 1")[0].replace("Antwoord van", "Mededeling van")
              + "De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord. Ik zal "
                "u zo spoedig mogelijk de antwoorden doen toekomen.")
    late = extract(notice.replace("\n", " "), date(2023, 12, 21)).items[-1]
    assert (late.reference_date, late.due) == (date(2023, 12, 21), date(2024, 1, 11))
    # A letter that cites questions "(ingezonden …)" keeps its own date.
    letter = ("Den Haag, 3 maart 2024\n\nIn antwoord op de vragen van het lid Van Dijk "
              "(ingezonden 5 december 2023) zal ik uw Kamer binnen vier weken informeren.")
    assert extract(letter).items[0].reference_date == date(2024, 3, 3)


def test_numbered_written_questions_of_a_scan_count_from_when_they_were_sent():
    # An older Aanhangsel: the questions only numbered, the senders "de heer … , mevrouw …", the
    # scan's "(lngezon-den op …)"; a notice of delay after them is the government's
    text = ("Eerste Kamer der Staten-Generaal\nAanhangsel van de Handelingen\n18\nAanvullende "
            "vragen van de heer Oskamp (P.v.d.A.) en mevrouw Van der Meer (P.v.d.A.) inzake de "
            "medezeggenschap. (lngezon-den op 19 januari 1983).\n1 Kan de Minister nader "
            "uiteenzetten hoe dat mogelijk is? 2 Is de Minister bereid de Toetsingscommissie op "
            "korte termijn om een standpunt te vragen?\nMededeling van staatssecretaris Ter Veld. "
            "(Ontvangen 17 februari 1983) De vragen kunnen niet binnen de gebruikelijke termijn "
            "worden beantwoord. Ik zeg u gaarne toe dat de beantwoording zo spoedig mogelijk zal "
            "geschieden.\n")
    request, promise = extract(text, date(1983, 2, 17)).items
    assert (request.kind, request.reference_date, request.due) == (
        "request", date(1983, 1, 19), date(1983, 3, 2))
    assert (promise.kind, promise.reference_date) == ("commitment", date(1983, 2, 17))
    # (the same questions headed "Vraag 1" were read so already; an unbroken "(ingezonden …)" too)
    modern = text.replace("(lngezon-den op 19 januari 1983)", "(ingezonden 19 januari 1983)")
    assert extract(modern, date(1983, 2, 17)).items[0].reference_date == date(1983, 1, 19)
    # the notice's month broken by the scan, its year glued on: the notice's day all the same
    # (the document's date, 1 March, is not the notice's)
    broken = text.replace("(Ontvangen 17 februari 1983)", "(Ontvangen 17 fe-bruari1983)")
    assert [i.reference_date for i in extract(broken, date(1983, 3, 1)).items] == [
        date(1983, 1, 19), date(1983, 2, 17)]


def test_dateline_forms():
    for line in ("Den Haag, 15 oktober 2021", "Datum 18 oktober 2021", "Vastgesteld 1 juli 2020",
                 "Datum\n18 oktober 2021"):
        assert reference_dates(line + "\n\nTekst.").dates


@pytest.mark.parametrize("head", [
    # a nota naar aanleiding van het verslag, a memorie van antwoord: dated by their receipt
    "36 412 Wijziging van de Wet kinderopvang\nNr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG\n"
    "Ontvangen 14 februari 2024\n\n",
    # (a scan runs the heading and the date into one line)
    "MEMORIE VAN ANTWOORD Ontvangen 14 februari 2024 De regering dankt de leden.\n\n"])
def test_a_kamerstuk_is_dated_by_its_receipt(head):
    # not by the latest date it names ("op 1 januari 2027"), which put its spring in the past
    text = head + ("Het ontwerpbesluit zal naar verwachting in het voorjaar aan de Kamer "
                   "worden voorgelegd. Voorzien is dat de wet op 1 januari 2027 in werking "
                   "treedt.\n")
    items = extract(text).items
    assert [(i.reference_date, i.due) for i in items if i.kind == "commitment"] == [
        (date(2024, 2, 14), date(2024, 6, 20))]
    # the notice of an answer's receipt in an Aanhangsel stays the answers' own
    assert reference_dates("Antwoord van minister Jansen. (Ontvangen 14 februari 2024)\n"
                           "Ja.\n").dates == []


@pytest.mark.parametrize("head, day", [
    # datelines the text runs on around
    ("Contactpersoon Ons kenmerk AM/SAM/06/52789 Doorkiesnummer Datum 26 juni 2006\n",
     date(2006, 6, 26)),
    ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag , 28 april 2015 "
     "Hierbij bied ik u aan", date(2015, 4, 28)),
    # another place, and PDF text's glued day and month
    ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nZoetermeer, 10december 1990\n",
     date(1990, 12, 10)),
    # a meeting's heading on a line of its own
    ("Besluitenlijst van de procedurevergadering van donderdag 28 mei 2015\n\nGepubliceerd 26 "
     "juni 2015\n", date(2015, 5, 28)),
    ("Korte aantekeningen vergadering commissie Economische Zaken (EZ) van 1 april 2014\n1.\n",
     date(2014, 4, 1)),
    # no dateline: the answers' own date, else the questions', else the committee's meeting
    ("Antwoord van minister Brekelmans (Defensie) (ontvangen 20 november2024)\n\n1. Kunt u "
     "bevestigen dat de beurs op 5 december 2024 plaatsvindt?\n", date(2024, 11, 20)),
    ("Vragen van het lid Dobbe (SP) aan de minister over de zorg (ingezonden 28 juni 2024)\n\n"
     "Vraag 1\nKent u het bericht van 1 juli 2024?\n", date(2024, 6, 28)),
    ("Verslag van een commissiedebat, gehouden op 20 maart 2025, over het Midden-Oosten\n\nDe "
     "minister noemde de top van 24 juni 2025.\n", date(2025, 3, 20)),
    # a plenary report's page, as tweedekamer.nl heads it
    ("Tweede Kamer, 14e vergadering, woensdag 25 oktober 2017\n\nAanvang: 13:00 uur\n",
     date(2017, 10, 25)),
    ("Eerste Kamer, 12e vergadering, dinsdag 12 december 2023\n", date(2023, 12, 12)),
    # a letter written down as Markdown
    ("# Brief van de minister\n\n**Den Haag, 10 maart 2025**\n", date(2025, 3, 10)),
    ("Den Haag, **10 maart 2025**\n", date(2025, 3, 10)),
    ("## Den Haag, 10 maart 2025\n", date(2025, 3, 10)),
    ("| Kenmerk | 2025-0000123 |\n| Datum | 10 maart 2025 |\n", date(2025, 3, 10)),
    ("**Datum** 10 maart 2025\n", date(2025, 3, 10)),
    # a dateline in figures or with its month shortened
    ("Den Haag, 10-03-2025\n", date(2025, 3, 10)),
    ("Datum\n10/3/2025\n", date(2025, 3, 10)),
    ("Den Haag, 10 mrt. 2025\n", date(2025, 3, 10)),
    # a web page's or the open data's ISO date
    ("Activiteit: Algemeen overleg Ontwikkelingssamenwerking\nDatum: 2018-06-27  Aanvang: "
     "10:00\n", date(2018, 6, 27)),
    # an older Aanhangsel: the answer dated as the questions are, its receipt as a scan prints it
    ("VRAGEN van de heer Imkamp (D'66). (Ingezonden 23 oktober 1970.)\n1. Is het de Minister "
     "bekend?\nANTWOORD van de heer Den Toom, Minister van Defensie. (Inge-zonden 20 april "
     "1971.)\n1. Ja.\n", date(1971, 4, 20)),
    ("Vragen van het lid Van Houwelingen (A.R.P.). (Ingezonden 10 januari 1974.)\n1. Zijn de "
     "Ministers van oordeel?\nANTWOORD van Minister Boersma (Sociale Zaken). (Ont-vangen 14 "
     "februari 1974.)\n1. Nee.\n", date(1974, 2, 14)),
])
def test_a_documents_own_date_where_its_heading_gives_it(head, day):
    # (each text also names a later date that is not its own)
    assert reference_dates(head + "In de brief van 1 juli 2026 staat het.").document_date == day


def test_without_a_heading_the_date_a_text_looks_back_on_not_ahead_to():
    # a debate's page without its date: the latest day it names, unless it says that day is
    # still to come ("Op 1 januari 2021 gaat de wet in")
    text = ("Aan de orde is het VAO Wlz (AO d.d. 28/03).\n\nDe voorzitter:\nHet AO vond plaats "
            "op 28 maart 2018.\n\nMinister De Jonge:\nOp 1 januari 2021 gaat de nieuwe wet in, "
            "en de regeling treedt op 1 juli 2020 in werking.\n")
    assert reference_dates(text).document_date == date(2018, 3, 28)
    # (where every day it names lies ahead, the first of them: the text is from before it)
    assert reference_dates("Op 1 januari 2021 gaat de wet in, op 1 juli 2022 de rest.\n"
                           ).document_date == date(2021, 1, 1)


def test_a_registry_entrys_deadline_field_is_not_its_date():
    entry = ("De minister zegt de Kamer toe het evaluatierapport te zenden.\n\nNummer T01342\n"
             "Datum toezegging: 16 juni 2009\nDeadline: 31 december 2010\n")
    assert reference_dates(entry).document_date == date(2009, 6, 16)


def test_a_meeting_named_in_running_text_or_a_subject_line_dates_nothing():
    for text in ("In de procedurevergadering van woensdag 15 november 2017 is besloten u te "
                 "vragen om een reactie.\n",
                 "Betreft: Verzoeken uit de procedurevergadering van 15 november 2017\n",
                 "Deadline, 1 juli 2025\n"):
        assert reference_dates(text).dates == []


# --- references ---------------------------------------------------------------------------------

def test_references_are_normalised():
    text = ("Zie Kamerstuk 22 112, nr. 3129 en Kamerstukken II 2019/20, 26 643, nrs. 529, 601 en "
            "642, kst-36600-VII-5, de motie van het lid Van der Molen c.s., motie-Omtzigt, "
            "T03670, TZ202504-057 en 2025D33508.")
    assert find_references(text) == [
        "kst-22112-3129", "kst-26643-529", "kst-26643-601", "kst-26643-642", "kst-36600-VII-5",
        "motie:van-der-molen", "motie:omtzigt", "T03670", "TZ202504-057", "2025D33508",
    ]


# --- the seeds: what `tracker extract` shows and how good it is ---------------------------------

def _labelled():
    for doc in LABELS["documents"]:
        text = (SEEDS / doc["file"]).read_text("utf-8")
        yield doc["file"], doc, extract(text, date.fromisoformat(doc["date"]),
                                        catalogue=CATALOGUE)


def test_precision_and_recall_on_the_labelled_seeds():
    # Thresholds set below the measured figures (1.00 / 1.00 when written) to leave room for
    # honest disagreement, not to hide regressions: every miss and every noise item is listed.
    scores = score(_labelled())
    assert scores.precision >= 0.9, scores.noise
    assert scores.recall >= 0.9, scores.misses
    assert scores.due_accuracy >= 0.9, scores.wrong_due
    assert scores.links_right == scores.links_checked, scores.wrong_links


# Every part was read once before it was tuned on (tests/fixtures/extraction/corpus/README.md
# gives those first readings); the floors sit below today's figures to catch regressions.
@pytest.mark.parametrize(("part", "floor", "due_floor", "size"), [
    ("tune", 0.95, 0.9, 100), ("dev", 0.9, 0.9, 70), ("dev2", 0.88, 0.88, 80),
    ("dev3", 0.85, 0.82, 60), ("dev4", 0.8, 0.8, 55), ("dev5", 0.7, 0.8, 25),
    ("dev6", 0.9, 0.85, 60), ("dev7", 0.55, 0.8, 56), ("dev8", 0.78, 0.85, 28),
    ("dev9", 0.75, 0.9, 25), ("dev10", 0.7, 0.85, 30), ("dev11", 0.8, 0.75, 36),
    ("dev12", 0.85, 0.8, 30), ("dev13", 0.88, 0.85, 27), ("dev14", 0.8, 0.9, 23),
    ("dev15", 0.6, 0.85, 9), ("dev16", 0.65, 0.9, 13), ("dev17", 0.6, 0.85, 36),
    ("dev18", 0.7, 0.8, 46), ("dev19", 0.75, 0.8, 34), ("dev20", 0.8, 0.8, 33),
    ("dev21", 0.75, 0.7, 27), ("dev22", 0.75, 0.9, 39), ("dev23", 0.7, 0.85, 33),
    ("dev24", 0.85, 0.8, 41), ("dev25", 0.8, 0.8, 36),
    ("dev26", 0.75, 0.9, 40), ("dev27", 0.8, 0.65, 35),
    ("dev28", 0.7, 0.7, 36), ("dev29", 0.65, 0.75, 40), ("dev30", 0.85, 0.85, 40),
    ("dev31", 0.85, 0.9, 23), ("dev32", 0.75, 0.95, 17),
    ("dev33", 0.95, 0.95, 3), ("dev34", 0.6, 0.9, 15),
    ("dev35", 0.75, 0.9, 14), ("dev36", 0.6, 0.9, 22),
    ("dev37", 0.6, 0.85, 19), ("dev38", 0.75, 0.85, 15), ("dev39", 0.95, 0.8, 31),
    ("dev40", 0.75, 0.85, 22)])
def test_precision_recall_and_due_dates_on_the_real_corpus(part, floor, due_floor, size):
    """The labelled real documents, each part's figures held where they stand."""
    documents = quality.corpus(part)
    assert len(documents) >= size
    scores = quality.evaluate(documents, catalogue=CATALOGUE)
    assert scores.precision >= floor, scores.noise
    assert scores.recall >= floor, scores.misses
    assert scores.due_accuracy >= due_floor, scores.wrong_due
    assert scores.recall_of("request") >= floor - 0.05, scores.misses
    assert scores.actors_right == scores.actors_checked, scores.wrong_actors


# Rounds eight, nine, thirteen, fourteen, fifteen and twenty, half of round ten, one debate of
# round nineteen, the scanned papers of round twenty-one and half of rounds twenty-three to
# forty-six were never tuned on: their figures are the honest ones for today's rules (below the
# issue's targets, see the corpus README). Each is held at about where it stands, so a change that
# loses ground on unseen text shows here — by totals only: what they missed is not read. (A due
# date floor is a share of what was found: round twenty-nine's went from 16 of 18 to 16 of 19
# when round thirty-six's classes found one more of its sentences, so it stands at 0.8; round
# ten's went from 41 of 46 to 47 of 57 when motions to "de demissionaire regering" were read.)
@pytest.mark.parametrize(("part", "size", "precision", "recall", "due"), [
    ("heldout2", 35, 0.9, 0.66, 0.9), ("heldout3", 23, 0.9, 0.74, 0.92),
    ("heldout4", 34, 0.75, 0.65, 0.8), ("heldout7", 19, 0.95, 0.6, 0.75),
    ("heldout8", 25, 0.9, 0.9, 0.7), ("heldout9", 16, 0.85, 0.9, 0.6),
    ("heldout10", 8, 0.5, 0.35, 0.9), ("heldout11", 27, 0.8, 0.9, 0.95),
    ("heldout12", 13, 0.6, 0.5, 0.95), ("heldout13", 36, 0.5, 0.4, 0.8),
    ("heldout14", 34, 0.85, 0.5, 0.6), ("heldout15", 36, 0.65, 0.25, 0.95),
    ("heldout16", 32, 0.6, 0.65, 0.75), ("heldout17", 33, 0.6, 0.5, 0.95),
    ("heldout18", 41, 0.85, 0.6, 0.65), ("heldout19", 47, 0.7, 0.45, 0.8),
    ("heldout20", 39, 0.75, 0.6, 0.85), ("heldout21", 44, 0.85, 0.6, 0.8),
    ("heldout22", 40, 0.8, 0.5, 0.85),
    ("heldout23", 45, 0.7, 0.7, 0.75),
    ("heldout24", 44, 0.9, 0.6, 0.85),
    ("heldout25", 40, 0.55, 0.75, 0.8),
    ("heldout26", 30, 0.65, 0.75, 0.8), ("heldout27", 20, 0.95, 0.75, 0.95),
    ("heldout28", 17, 0.75, 0.6, 0.8), ("heldout29", 12, 0.95, 0.7, 0.95),
    ("heldout30", 18, 0.65, 0.55, 0.9), ("heldout31", 17, 0.8, 0.7, 0.9),
    ("heldout32", 39, 0.65, 0.5, 0.85), ("heldout33", 19, 0.6, 0.6, 0.85),
    ("heldout34", 34, 0.75, 0.5, 0.9), ("heldout35", 34, 0.95, 0.95, 0.8),
    ("heldout36", 42, 0.8, 0.9, 0.75)])
def test_the_held_back_rounds_stay_where_they_first_read(part, size, precision, recall, due):
    documents = quality.corpus(part)
    assert part in quality.HELD_BACK and len(documents) == size
    scores = quality.evaluate(documents, catalogue=CATALOGUE)
    totals = scores.summary()
    assert scores.precision >= precision, totals
    assert scores.recall >= recall, totals
    assert scores.due_accuracy >= due, totals


def test_every_label_points_at_a_sentence():
    broken = {"labels": [{"quote": "a sentence that is not there", "kind": "request"}]}
    text = (SEEDS / "000_a49ac71c8ccf064c.txt").read_text("utf-8")
    with pytest.raises(LabelError):
        score([("000", broken, extract(text))])


def test_seed_without_a_date_reads_its_own_datelines():
    text = (SEEDS / "004_707e65a1e09f2eab.txt").read_text("utf-8")
    result = extract(text)
    assert result.date == date(2025, 5, 6)
    request = next(i for i in result.items if i.kind == "request" and "tegemoet" in i.text)
    assert request.due == date(2025, 3, 19)


# --- properties ---------------------------------------------------------------------------------

_SEED_TEXT = "".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt")))
_WORDS = st.sampled_from([
    *sorted(set(_SEED_TEXT.split()))[:4000], "\n", "\n\n", " ", "-\n", "¹", "²", "12",
    "Den Haag, 6 mei 2025", "zal", "het kabinet", "uw Kamer", "?", ".",
    "Vanaf 2 augustus 2026 geldt", "T03670", "hetkabinet", "zalvoor", "deKamer", "najaarvan",
    "Kamerstuk 26 643, nr. 1",
    unicodedata.normalize("NFD", "wordt uw Kamer geïnformeerd"), "e\u0301", "\u0308"])


def _check_spans(text: str) -> None:
    result = extract(text, catalogue=CATALOGUE)
    for item in result.items:
        assert 0 <= item.start < item.end <= len(text)
        # Every visible character of the item stands, in order, in its span of the input
        # (letters the input wrote as a letter and combining marks are composed in the item).
        span = unicodedata.normalize("NFD", text[item.start:item.end])
        said = unicodedata.normalize("NFD", item.text.replace(" ", ""))
        rest = iter(span)
        assert all(ch in rest for ch in said)
        assert said[0] == span[0] and said[-1] == span[-1]
    for sentence in result.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400))
def test_no_text_makes_it_raise(text):
    _check_spans(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_WORDS, max_size=80))
def test_spans_point_into_the_input_for_parliamentary_soup(words):
    _check_spans(" ".join(words))


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_spans_point_into_the_seeds(path):
    _check_spans(path.read_text("utf-8"))


def test_blocks_keep_the_whole_body_and_every_footnote():
    text = (SEEDS / "001_89a164ec1482b79c.txt").read_text("utf-8")
    numbers = [b.number for b in prepare_blocks(text) if b.kind == "footnote"]
    assert numbers == [1, *range(3, 19)]  # footnote 2 is missing from the source text


def test_an_unsplittable_run_of_text_is_not_analysed():
    from tracker.extraction import MAX_SENTENCE

    run = "het kabinet zal de Kamer informeren, die dat doet, en " * 100
    assert len(run) > MAX_SENTENCE
    result = extract(run + ". Het kabinet zal de Kamer voor de zomer informeren.", D)
    assert [item.text for item in result.items] == [
        "Het kabinet zal de Kamer voor de zomer informeren."]


@pytest.mark.parametrize(("actor", "ministry"), [
    ("staatssecretaris van SZW", "Sociale Zaken en Werkgelegenheid"),
    ("minister van Economische Zaken en Klimaat en minister van Financiën",
     "Economische Zaken en Klimaat"),
    ("minister van Economische Zaken, Karremans", "Economische Zaken"),
    ("minister van Onderwijs, Cultuur en Wetenschap, Bruins", "Onderwijs, Cultuur en Wetenschap"),
    ("staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (Digitalisering), Szabó",
     "Binnenlandse Zaken en Koninkrijksrelaties"),
    ("minister van J&V", "Justitie en Veiligheid"),
    ("minister van Asiel en Migratie", "Asiel en Migratie"),
    ("minister voor Digitalisering", None),
    ("kabinet", None),
    (None, None),
])
def test_the_ministry_of_an_actor(actor, ministry):
    assert ministry_of(actor) == ministry


def test_a_colleague_of_a_ministry_is_its_minister():
    items = extract("Mijn collega van Justitie en Veiligheid zal de Kamer hierover voor de zomer "
                    "informeren.", date(2025, 3, 10)).items
    assert [(i.kind, i.actor) for i in items] == [
        ("commitment", "minister van Justitie en Veiligheid")]
    assert ministry_of(items[0].actor) == "Justitie en Veiligheid"


def test_first_person_promises_count_only_in_a_governments_letter():
    letter = ("Nr. 8 BRIEF VAN DE ALGEMENE REKENKAMER\n\nDen Haag, 27 oktober 2025\n\n"
              "Wij verwachten hierover aan uw Kamer te kunnen rapporteren in het voorjaar.\n")
    assert extract(letter).items == []
    assert len(extract(letter.replace("DE ALGEMENE REKENKAMER", "DE MINISTER VAN FINANCIËN"))
               .items) == 1


@pytest.mark.parametrize("text", [
    "Het wetsvoorstel waarin dat voorstel is opgenomen, wordt voor de zomer in "
    "internetconsultatie gebracht.",
    "Ter uitvoering van die motie wordt de Archiefregeling aangepast; het ontwerp van de "
    "gewijzigde regeling wordt voor 1 januari 2024 in internetconsultatie gebracht.",
    "Het ontwerp-kavelbesluit voor het kavel Doordewind I, dat de ruimtelijke voorwaarden "
    "vastlegt, wordt voor het kerstreces ter inzage gelegd.",
    "De beleidsregels worden voor de zomer in de Staatscourant gepubliceerd.",
    "Een wetsvoorstel dat meerpersoonscelgebruik als uitgangspunt neemt, wordt begin 2025 in "
    "consultatie gegeven.",
    "In het voorjaar worden zowel het wetsvoorstel als de bijbehorende algemene maatregel van "
    "bestuur in internetconsultatie gebracht.",
    "Een geactualiseerde planning van de netaansluitingen, die ik samen met TenneT opstel, "
    "ontvangt uw Kamer voor het voorjaarsreces.",
    "Besluitvorming over de vraag of de categorieën convenanten en onderzoeksrapporten eerder "
    "kunnen worden aangewezen dan de overige, vindt in het najaar plaats in de ministerraad.",
])
def test_a_deliverable_named_first_then_put_out_in_the_passive_is_a_promise(text):
    # the agent unsaid, the subject first with what it is about: a plan with its time
    assert kinds(text) == ["commitment"]


@pytest.mark.parametrize("text", [
    "Het besluit wordt op 1 juli in het Staatsblad geplaatst.",
    "Het onderzoek, dat door TNO wordt uitgevoerd, is vorig jaar gepubliceerd.",
    "De regeling wordt in de praktijk nauwelijks gebruikt.",
])
def test_a_passive_without_a_deliverable_put_out_later_is_no_promise(text):
    assert kinds(text) == []


def test_a_sentence_going_on_about_the_promised_letter_in_the_present_is_a_promise_too():
    text = ("Ik verwacht u de brief vóór het meireces te kunnen sturen. In die brief ga ik tevens "
            "in op de maatregelen die de IND neemt, zoals het lid Ten Velde tijdens het debat "
            "heeft gevraagd.")
    items = extract(text, D).items
    assert [i.kind for i in items] == ["commitment", "commitment"]
    assert items[1].due == items[0].due is not None


def test_a_bare_year_beside_a_meeting_says_what_the_overview_is_about():
    item = one("De staatssecretaris wordt verzocht voor het commissiedebat Digitale overheid een "
               "overzicht te sturen van de storingen in DigiD in 2025.", D)
    assert (item.kind, item.due, item.precision) == ("request", None, "conditional")


@pytest.mark.parametrize("text", [
    "Kunt u deze vragen voor de start van de trilogen beantwoorden?",
    "Kunt u deze vragen beantwoorden voor de Europese Raad?",
])
def test_questions_to_be_answered_before_a_meeting_elsewhere_ask_by_a_time(text):
    assert kinds(text) == ["request"]


def test_a_motion_asking_in_a_list_is_one_request_with_its_parts():
    text = ("De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het kabinet "
            "convenanten heeft gesloten;\n\nverzoekt de regering,\n\n– een meetbaar "
            "toetsingskader op te stellen;\n\n– de Kamer over dit toetsingskader vóór 1 juni "
            "2018 te informeren, en gaat over tot de orde van de dag.\n\nVan den Hout\n")
    items = extract(text, date(2018, 3, 22)).items
    assert [i.kind for i in items] == ["request"]
    assert items[0].due == date(2018, 5, 31)
    assert "toetsingskader op te stellen" in items[0].text
    assert text[items[0].start:items[0].end].endswith("orde van de dag.")


def test_a_committee_awaiting_a_reply_in_a_long_sentence_asks_by_its_time():
    item = one("Tot slot ziet de commissie uw reactie op de brief van de Raad voor de "
               "rechtspraak van 28 oktober 2022 over de werklast in de strafrechtketen graag "
               "binnen vier weken met belangstelling tegemoet.", date(2022, 12, 13))
    assert (item.kind, item.due) == ("request", date(2023, 1, 10))


@pytest.mark.parametrize(("closing", "actor"), [
    ("Namens de commissie zie ik uw reactie graag binnen vier weken tegemoet.", "commissie"),
    ("De voorzitter van de vaste commissie voor Financiën ziet uw reactie graag binnen vier "
     "weken tegemoet.", "voorzitter van de vaste commissie voor Financiën"),
    ("De commissie zou uw reactie graag binnen vier weken ontvangen.", "commissie"),
])
def test_a_committees_letter_asks_in_its_chairs_words(closing, actor):
    text = ("Aan de minister van Financiën\n\nDen Haag, 10 maart 2025\n\nGeachte minister,\n\n"
            f"De vaste commissie heeft gesproken over de brief van de heer Jansen. {closing}\n\n"
            "De voorzitter van de vaste commissie voor Financiën,\nA. de Vries\n")
    (item,) = extract(text).items
    assert (item.kind, item.due, item.actor) == ("request", date(2025, 4, 7), actor)
    # the same words in a minister's letter ask the Kamer, not the government
    minister = _letter("Ik zie uw reactie graag binnen vier weken tegemoet.",
                       "De minister van Financiën,", "J. Jansen")
    assert extract(minister, D).items == []


def test_the_members_just_named_receive_gladly_by_a_date():
    text = ("De leden van de GroenLinks-PvdA-fractie wijzen op het advies van de Inspectie. "
            "Zij ontvangen graag vóór 1 oktober een overzicht van het aantal taakstraffen.")
    items = extract(text, date(2025, 6, 3)).items
    assert [(i.kind, i.due) for i in items] == [("request", date(2025, 9, 30))]


def test_a_verslags_closing_formula_promises_nothing():
    assert kinds("Onder het voorbehoud dat de regering de gestelde vragen en gemaakte "
                 "opmerkingen afdoende zal hebben beantwoord, acht de commissie de openbare "
                 "behandeling van het wetsvoorstel voldoende voorbereid.") == []


_MOTION = ("De Kamer,\n\ngehoord de beraadslaging,\n\noverwegende dat de Kamer elk jaar over "
           "actuele cijfers moet kunnen beschikken;\n\n{}\n\nen gaat over tot de orde van de "
           "dag.\n\nKorteweg\n")


@pytest.mark.parametrize("dictum, expected", [
    # a numbered list, its first part's time
    ("verzoekt de regering:\n1. voor de zomer een monitor in te richten;\n2. de eerste "
     "resultaten uiterlijk bij het jaarverslag over 2024 te zenden;\n3. rekening te houden met "
     "de grensregio's,", (date(2024, 7, 4), "season")),
    # a dashed list, not the considerations' "elk jaar" nor a later part's time
    ("verzoekt de regering:\n- uiterlijk bij de Voorjaarsnota in kaart te brengen wat een "
     "verhoging kost;\n- voor de zomer afspraken te maken met de VNG;\n- de Kamer jaarlijks te "
     "rapporteren,", (date(2024, 6, 1), "season")),
])
def test_a_motion_asking_in_a_list_asks_by_the_time_of_its_first_part_that_names_one(
        dictum, expected):
    items = extract(_MOTION.format(dictum), date(2023, 11, 9)).items
    assert [(i.kind, (i.due, i.precision)) for i in items] == [("request", expected)]


@pytest.mark.parametrize("dictum, expected", [
    # each dictum by its own time, none where it names none (as the labellers of the 20 opened
    # motions in dicta, 1993-2025, read them)
    ("verzoekt de regering een onafhankelijk onderzoek te laten uitvoeren;\n\nverzoekt de "
     "regering voorts daarbij alle vervoerders te betrekken;\n\ndraagt de regering op de "
     "uitkomsten uiterlijk 1 oktober 2024 aan de Kamer aan te bieden,",
     [(None, "none"), (None, "none"), (date(2024, 10, 1), "day")]),
    ("verzoekt de minister binnen drie maanden een plan van aanpak op te stellen;\n\nverzoekt "
     "de minister voorts de Kamer voor de zomer te informeren,",
     [(date(2024, 2, 9), "relative"), (date(2024, 7, 4), "season")]),
    # a dictum printed with a capital
    ("verzoekt de regering een plan op te stellen;\n\nVerzoekt de regering de Kamer voor de "
     "zomer te informeren,", [(None, "none"), (date(2024, 7, 4), "season")]),
    # not the considerations' date; a dictum after ", en"
    ("constaterende dat op 1 januari 2024 de wet in werking trad;\n\nverzoekt de regering "
     "maatregelen te treffen, en verzoekt de regering voorts de Kamer in het voorjaar te "
     "informeren,", [(None, "none"), (date(2024, 6, 20), "season")]),
])
def test_a_motion_asking_in_dicta_is_a_request_a_dictum_each_by_its_own_time(dictum, expected):
    text = _MOTION.format(dictum)
    items = extract(text, date(2023, 11, 9)).items
    assert [(i.kind, (i.due, i.precision)) for i in items] == [("request", e) for e in expected]
    for item in items:  # each its dictum alone, not the considerations before the first
        assert text[item.start:item.end].lower().startswith(("verzoekt", "draagt"))
        assert item.text == " ".join(text[item.start:item.end].split())


def test_a_motion_read_out_in_a_debate_stays_one_request():
    text = ("De voorzitter:\nDan geef ik het woord aan de heer Jansen.\n\nDe heer Jansen "
            "(CDA):\nIk dien de volgende motie in.\n\n" + _MOTION.format(
                "verzoekt de regering een onderzoek te laten uitvoeren;\n\nverzoekt de "
                "regering voorts de Kamer voor de zomer te informeren,") + "\nDe voorzitter:\n"
            "Dank u wel.\n")
    items = extract(text, date(2023, 11, 9)).items
    assert [i.kind for i in items] == ["request"]


@pytest.mark.parametrize("text", [
    "Op 1 juli 2026 treedt artikel 3.42 van de Energiewet in werking, waarmee netbeheerders "
    "maatschappelijke voorrang wettelijk moeten toepassen.",
    # the verb of the relative clause is not the sentence's: no promise by "de minister"
    "Artikel 12a van die wet, dat de minister de bevoegdheid geeft een tender te houden, treedt "
    "op 1 juli 2026 in werking (Stb. 2025, 512).",
])
def test_an_article_taking_effect_is_a_milestone(text):
    assert kinds(text, date(2026, 1, 27)) == ["milestone"]


@pytest.mark.parametrize("text", [
    "In deze voortgangsbrief informeer ik uw Kamer over de stand van de uitrol voor 2030.",
    "Met deze eerste verzamelbrief informeer ik u over de toezeggingen die voor de zomer "
    "openstonden.",
])
def test_this_letter_by_its_kind_does_what_it_says_now(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text, expected", [
    ("De internetconsultatie over het implementatiewetsvoorstel start voor het kerstreces.",
     date(2025, 12, 18)),
    ("Besluitvorming over de vormgeving van een individueel leer- en ontwikkelbudget volgt in "
     "het najaar.", date(2025, 12, 18)),
    ("Voor het voorjaarsreces krijgt u bovendien een nulmeting van het aantal aanvragen.",
     date(2026, 2, 12)),
    # the time of the relative clause before the verb is the commission's, not the cabinet's
    ("Op het tweede deelrapport, dat de commissie in april publiceert, reageert het kabinet na "
     "de zomer.", date(2025, 9, 30)),
    # a bill sent to the Raad van State for advice: its next step, not someone else's deed
    ("Een wetsvoorstel tot wijziging van de Winkeltijdenwet, waarin ik de uitkomsten van de "
     "evaluatie verwerk, wordt na de zomer voor advies aan de Afdeling advisering van de Raad "
     "van State aangeboden.", date(2025, 9, 30)),
])
def test_promises_of_a_letter_with_many_of_them(text, expected):
    item = one(text)
    assert (item.kind, item.due) == ("commitment", expected)


@pytest.mark.parametrize("text", [
    "De komende maanden volgen de besluiten elkaar snel op.",
    "Daarmee kom ik tevens tegemoet aan het verzoek van de vaste commissie om voor 1 april een "
    "plan te sturen.",
    "Ik ga met de koepelorganisatie in gesprek blijven over de rol van kredietunies.",
    "Het PBL zal de monitor in het najaar actualiseren.",
    "Het wetsvoorstel treedt naar verwachting op 1 januari 2027 in werking.",
])
def test_what_looks_like_a_promise_in_such_a_letter_but_is_none(text):
    assert kinds(text) == []


def test_a_promise_adding_to_a_letter_promised_earlier_is_due_with_it():
    text = ("Minister Jansen:\nIk stuur de Kamer voor 1 mei een brief over de wachtlijsten.\n\n"
            "De heer Pietersen (VVD):\nKan daarin ook de regio Noord-Limburg aan bod komen?\n\n"
            "Minister Jansen:\nJa. Dat neem ik mee in die brief.\n")
    items = [i for i in extract(text, D).items if i.kind == "commitment"]
    assert [i.due for i in items] == [date(2025, 4, 30), date(2025, 4, 30)]


def _minister(*turns: str) -> str:
    speakers = ("Minister Heinen:", "De heer Pietersen (VVD):")
    return "\n\n".join(f"{speakers[i % 2]}\n{words}" for i, words in enumerate(turns)) + "\n"


def _member_kinds(words: str) -> list[str]:
    """What a member's turn, after the minister's, gives."""
    return kinds(_minister("Dank u wel.", words))


@pytest.mark.parametrize("words, expected", [
    ("Ik ga niet toezeggen dat we die variant uitwerken. Wat ik wel toezeg, is dat ik voor het "
     "kerstreces een overzicht stuur van alle dekkingen die de Kamer in dit debat heeft "
     "genoemd.", date(2025, 12, 18)),
    ("Wat ik wel toezeg, is dat ik de Kamer over vier weken laat weten hoeveel aanvragen er "
     "nog in de wachtrij staan.", date(2025, 4, 7)),
    ("Ja, dat overzicht stuur ik de Kamer voor 1 december, samen met de staatssecretaris.",
     date(2025, 11, 30)),
    ("De staatssecretaris Herstel Toeslagen stuurt de Kamer in november haar "
     "voortgangsrapportage.", date(2025, 11, 30)),
    # a fallback is promised; what is added to a promised letter is due with it
    ("Lukt dat niet, dan krijgt u de brief over het akkoord direct na het zomerreces.",
     date(2025, 9, 30)),
    ("Zes weken haal ik niet, maar de verzuimcijfers per inrichting komen mee met de "
     "voortgangsbrief in het najaar.", date(2025, 12, 18)),
    ("De reacties van de ondernemingsraden voeg ik voor de zomer bij de brief over de "
     "reorganisatie.", date(2025, 7, 3)),
    ("Eind januari heeft u het overzicht van de nareizigers van mij, uitgesplitst naar "
     "nationaliteit.", date(2026, 1, 31)),
    # a deliverable named with what it is for, or by name past an aside, and sent far after
    ("Het wetsvoorstel voor de compensatieregeling gaat dit najaar naar de Kamer; daarin wordt "
     "ook de noodvoorziening verankerd.", date(2025, 12, 18)),
    ("Het wetsvoorstel betaalbare huur, met het aangepaste woningwaarderingsstelsel, gaat voor de "
     "zomer naar de Kamer.", date(2025, 7, 3)),
    ("Die brief komt naar verwachting in het tweede kwartaal van dit jaar naar uw Kamer.",
     date(2025, 6, 30)),
])
def test_a_minister_answering_in_a_debate_promises(words, expected):
    items = [i for i in extract(_minister(words), D).items if i.kind == "commitment"]
    assert [i.due for i in items] == [expected]


def test_what_a_promised_overview_will_hold_is_part_of_the_promise():
    text = _minister("Ik stuur de Kamer voor 1 december een overzicht van de dekkingen.",
                     "Kan de minister toezeggen dat in dat overzicht ook de inkoopbelasting "
                     "staat?",
                     "Ja, de inkoopbelasting wordt in dat overzicht meegenomen.")
    items = extract(text, D).items
    assert [(i.kind, i.due) for i in items] == [
        ("commitment", date(2025, 11, 30)), ("request", None),
        ("commitment", date(2025, 11, 30))]


@pytest.mark.parametrize("words", [
    "Ik wil van het kabinet voor de kerst een overzicht van alle subsidies die naar de "
    "vee-industrie gaan.",
    "Kan de staatssecretaris in haar brief van vrijdag ook ingaan op de vraag hoe vaak er is "
    "gemeten?",
])
def test_a_member_asks_for_a_deliverable_or_for_what_it_should_hold(words):
    text = _minister("Ik stuur de Kamer uiterlijk vrijdag een brief.", words)
    assert [i.kind for i in extract(text, D).items] == ["commitment", "request"]


def test_a_request_asked_again_for_a_promise_is_one_request():
    text = _minister("Ik stuur de Kamer voor de kerst een brief.",
                     "Ik vraag de minister om het deel over de kinderen eerder te sturen, "
                     "uiterlijk eind oktober. Kan hij dat toezeggen?")
    assert [i.kind for i in extract(text, D).items] == ["commitment", "request"]


def test_nothing_promised_is_no_promise():
    assert [i.kind for i in extract(_minister("Ik ga daar vanuit deze positie niets over "
                                              "toezeggen."), D).items] == []


def test_a_compound_names_the_deliverable_by_its_head():
    # "de voortgangsbrief" names the "brief" promised before it
    text = ("Minister Jansen:\nIk stuur de Kamer voor 1 mei een brief over de wachtlijsten.\n\n"
            "De heer Pietersen (VVD):\nKomt daarin ook de regio Noord-Limburg aan bod?\n\n"
            "Minister Jansen:\nJa. Dat neem ik mee in de voortgangsbrief.\n")
    items = [i for i in extract(text, D).items if i.kind == "commitment"]
    assert [i.due for i in items] == [date(2025, 4, 30), date(2025, 4, 30)]


def _letter(*sentences: str) -> str:
    return "Den Haag, 10 maart 2025\n\n" + "\n\n".join(sentences) + "\n"


def test_the_salutation_is_not_the_first_sentence():
    # "Geachte voorzitter," over the first paragraph ran into it, which hid its subject
    text = ("Den Haag, 10 maart 2025\n\nGeachte voorzitter,\n\nZorgverzekeraars Nederland heeft "
            "toegezegd dat alle verzekeraars in 2026 zorgbemiddeling actiever zullen inzetten.\n")
    assert [s.text for s in extract(text, D).sentences][1] == "Geachte voorzitter,"
    assert extract(text, D).items == []


# Round nineteen's four sets written from the guide (``probes/short_letters``,
# ``probes/answers_written``, ``probes/motions_plenary``, ``probes/ek_verslagen``): the classes
# their first reading missed, each in a sentence of its own.
@pytest.mark.parametrize("words, due, precision", [
    ("De Kamer ontvangt de eerste rapportage van de ILT uiterlijk 1 oktober, als bijlage bij een "
     "brief waarin ik ook inga op de vraag van het lid Boulakjar.", date(2025, 10, 1), "day"),
    ("Vóór 1 juli ontvangt u van mij de uitgewerkte aanpak, inclusief de financiële "
     "onderbouwing.", date(2025, 6, 30), "day"),
    ("Zodra de commissie haar advies heeft uitgebracht, stuur ik uw Kamer mijn reactie.", None,
     "conditional"),
    ("Ik laat de GGD GHOR binnen twee maanden een nadere analyse opstellen.", date(2025, 5, 10),
     "relative"),
    ("Het ligt in mijn voornemen de regeling per 1 januari 2026 te wijzigen.", date(2026, 1, 1),
     "day"),
    ("Het is mijn voornemen de regeling nog dit jaar in die zin aan te passen.",
     date(2025, 12, 31), "year"),
    ("Het conceptwetsvoorstel is gereed en wordt deze maand opengesteld voor "
     "internetconsultatie.", date(2025, 3, 31), "month"),
    ("De subsidiemodule voor brongerichte verduurzaming van stallen wordt naar verwachting in het "
     "tweede kwartaal opengesteld.", date(2025, 6, 30), "quarter"),
    ("De evaluatie wordt uw Kamer, voorzien van een kabinetsstandpunt, bij de Miljoenennota 2026 "
     "toegezonden.", date(2025, 9, 16), "season"),
    ("Over de uitkomsten van de verkenning informeren de minister van LNV en ik u gezamenlijk na "
     "de zomer.", date(2025, 9, 30), "season"),
    ("Binnenkort ontvangt uw Kamer daarnaast het actieprogramma drones 2025–2027.",
     date(2025, 4, 21), "vague"),
    ("De actualisatie van de raming wordt bij de Voorjaarsnota aan de Kamer gepresenteerd.",
     date(2025, 6, 1), "season"),
    ("De huurprijscheck voor kamers wordt medio 2025 door mijn ministerie op de website van de "
     "Rijksoverheid geplaatst.", date(2025, 6, 30), "half"),
    ("Over de positie van Lelystad Airport wordt uw Kamer, conform de motie-Koerhuis (Kamerstuk "
     "31 936, nr. 924), geïnformeerd zodra het natuurvergunningstraject is afgerond.", None,
     "conditional"),
    ("Het ontwerpbesluit zal ik in de eerste helft van 2025 aan beide Kamers voorleggen, zodat uw "
     "Kamer zich kan uitspreken voordat het budget per 1 januari 2026 wordt opengesteld.",
     date(2025, 6, 30), "half"),
    ("De staatssecretaris van Financiën zal u daarover bij de fiscale stukken van het "
     "Belastingplan 2026 informeren.", date(2025, 9, 16), "season"),
    ("De minister zal de Kamer vóór het zomerreces per brief informeren over de stand van zaken "
     "rond de herijking en de wijze waarop de effecten voor kleine gemeenten daarin worden "
     "betrokken.",
     date(2025, 7, 3), "season"),
    # round twenty (``probes/long_letters``, ``probes/bill_documents``,
    # ``probes/committee_debates``)
    ("De nota naar aanleiding van het verslag zend ik uw Kamer binnen twee weken, zodat de "
     "plenaire behandeling nog in april kan plaatsvinden.", date(2025, 3, 24), "relative"),
    ("Eind maart ontvangt uw Kamer een brief over de contingentieplanning, waarin ik beschrijf wat "
     "er gebeurt als de locaties op 12 juni nog niet gereed zijn.", date(2025, 3, 31), "month"),
    ("Het wetsvoorstel, waarin de aanwijzing van de toezichthouders wordt geregeld, zal binnenkort "
     "aan de Raad van State voor advies worden voorgelegd.", date(2025, 4, 21), "vague"),
    ("Over de structurele dekking wordt bij de Voorjaarsnota besloten.", date(2025, 6, 1),
     "season"),
    ("Voor het zomerreces ontvang u een nadere reactie op de overige aanbevelingen.",
     date(2025, 7, 3), "season"),
    ("De verdeling van de middelen over de jaren ontvangt uw Kamer rond Prinsjesdag.",
     date(2025, 9, 16), "season"),
    ("Het is ons voornemen om het Landelijk Expertisecentrum Mensenhandel binnen drie maanden "
     "opdracht te geven een gezamenlijke registratiestandaard voor de ketenpartners op te "
     "stellen.", date(2025, 6, 10), "relative"),
    ("Zodra de wetgevende voorstellen zijn gepubliceerd, ontvangt uw Kamer daarover een "
     "BNC-fiche.", None, "conditional"),
    ("Over de uitkomsten van de Energieraad informeer ik uw Kamer, zoals gebruikelijk, via het "
     "verslag van de Raad.", None, "none"),
    ("Het concept wordt in het vierde kwartaal opengesteld voor internetconsultatie.",
     date(2025, 12, 31), "quarter"),
    # an aim is dated by the deadline engine's reading, not a list of its own
    ("Het is de bedoeling dat deze pilot in november wordt afgerond.", date(2025, 11, 30),
     "month"),
])
def test_a_promise_worded_as_a_written_round_words_it(words, due, precision):
    item = one(_letter(words))
    assert (item.kind, item.due, item.precision) == ("commitment", due, precision)


@pytest.mark.parametrize("words", [
    "Zorgverzekeraars Nederland heeft toegezegd dat alle verzekeraars in 2026 zorgbemiddeling "
    "actiever zullen inzetten.",
    "Het Water Governance Centre, waarin de waterschappen samenwerken, heeft laten weten zijn "
    "programma – waarover ik u op 22 februari jl. heb geïnformeerd – op de bevindingen te zullen "
    "afstemmen.",
    "Tevens geef ik aan welke stappen ik dit jaar zet.",
    "Dit heeft geleid tot lange rijen en tot het besluit van Schiphol om luchtvaartmaatschappijen "
    "te vragen vluchten te annuleren.",
    "Mocht het nieuwe kabinet besluiten tot bezuinigingen, dan zou daarover een afzonderlijke "
    "beleidsbrief aan beide Kamers kunnen worden gezonden.",
    "Het is aan het nieuwe kabinet om te bepalen of en, zo ja, wanneer de Kamer een uitwerking "
    "ontvangt.",
    "Per 1 januari 2025 zijn vijf herindelingen in werking getreden.",
    # the same, in a clause of its own or told in the past
    "De Wet bevorderen samenwerking, die per 1 januari 2025 in werking is getreden, werkt goed.",
    "De regeling, die per 1 juli 2023 van kracht is geworden, wordt nu geëvalueerd.",
    "Per 1 januari 2023 trad de wet in werking.",
    "Per 1 juli 2023 werd het verbod van kracht.",
    # a figure on a day that no rule sets: a count, a cost, a sum worked out
    "Per 1 januari 2026 bedraagt het aantal fte bij de inspectie 450.",
    "De kosten bedragen per 1 januari 2026 naar schatting 12 miljoen euro.",
    "De totale verhoging per 1 april 2026 bedraagt derhalve € 38,20 per maand.",
    "Of het nieuwe stelsel per 1 januari 2027 kan ingaan, is mede afhankelijk van de "
    "uitvoeringstoets.",
    "De Kamer constateert dat de wet volgens de planning op 1 januari 2027 in werking treedt.",
    "Volgens hem heeft het kabinet toegezegd zijn advies in de geest over te nemen.",
    "Naar aanleiding van de vragen van het lid Nijhof geeft de minister aan dat de NVWA in 2025 "
    "het aantal controles heeft verhoogd.",
    # round twenty
    "Ik kom daar in paragraaf 3 op terug.",
    "Beoogd wordt het wetsvoorstel op 1 januari 2026 in werking te laten treden, zodat de "
    "gerechten voldoende tijd hebben om de zaakssystemen aan te passen.",
    "De leden lezen dat de regering beoogt het wetsvoorstel per 1 januari 2026 in werking te "
    "laten treden.",
    "De vliegbelasting is per 1 januari 2021 ingevoerd en bedraagt € 7,95 per passagier.",
    "Een volgend kabinet zal zijn eigen keuzes maken over de publieke omroep.",
])
def test_what_a_written_round_says_without_promising(words):
    assert kinds(_letter(words)) == []


def test_he_in_a_verslag_is_the_minister_its_paragraph_is_about():
    text = ("Verslag van een mondeling overleg\n\nVastgesteld 10 maart 2025\n\n"
            "De staatssecretaris gaat in op de voedselprijzen. De Europese Raad zal zich "
            "uitspreken over de gevolgen. Hij zal de Kamer binnen zes weken een overzicht "
            "sturen van de bijdragen aan de voedselhulp.\n\n"
            "De heer Van Dam (PvdA) is niet tevreden. Hij zal de Kamer binnen zes weken een "
            "voorstel doen.\n")
    items = extract(text, D).items
    assert [(i.kind, i.due) for i in items] == [("commitment", date(2025, 4, 21))]


@pytest.mark.parametrize("frame, words, due", [
    ("Vaste commissie voor Sociale Zaken\n\nDen Haag, 10 maart 2025\n\nDe commissie heeft de motie "
     "besproken.\n\n{}\n", "Zij ziet binnen zes weken na dagtekening van deze brief uw reactie "
     "tegemoet.", date(2025, 4, 21)),
    ("Verslag van een commissiedebat\n\nVastgesteld 10 maart 2025\n\n{}\n",
     "Hij vraagt de minister of zij de Kamer rond Prinsjesdag kan informeren over de stand van de "
     "gebiedsprogramma's.", date(2025, 9, 16)),
    ("Lijst van vragen en antwoorden\n\nVastgesteld 10 maart 2025\n\n{}\n",
     "6 Is de minister bereid de Kamer voor de zomer te informeren over de gevolgen 21 van de "
     "bezuinigingen?", date(2025, 7, 3)),
])
def test_a_committee_or_member_asks_as_round_nineteen_writes_it(frame, words, due):
    (item,) = extract(frame.format(words), D).items
    assert (item.kind, item.due) == ("request", due)


@pytest.mark.parametrize("said", [
    "Ik wil graag een debat over de vaccinatiestrategie, en voorafgaand daaraan een brief van de "
    "minister met het uitvoeringsplan per doelgroep, en dan wel voor het kerstreces.",
    "Ik wil graag een debat over de schulden. Mag ik verzoeken om die brief binnen een week?",
])
def test_the_regeling_asks_for_a_letter_before_a_debate(said):
    text = f"De voorzitter:\nHet woord is aan mevrouw Kant.\n\nMevrouw Kant (SP):\n{said}\n"
    assert [i.kind for i in extract(text, D).items][-1:] == ["request"]


def test_yes_i_can_do_that_and_take_it_along_accepts():
    text = _minister("Ik stuur de Kamer voor de zomer een brief over de gevolgen.",
                     "Kan de minister in die brief per type instelling de gevolgen laten zien?",
                     "Ja, dat kan ik doen, dat neem ik mee.")
    items = extract(text, D).items
    assert [i.kind for i in items] == ["commitment", "request", "commitment"]
    assert items[-1].text.startswith("Kan de minister")  # what was asked is the promise


def test_that_one_named_again_is_due_with_it_a_next_one_is_not():
    text = _minister("In 2026 stuur ik de Tweede Kamer een tussentijdse rapportage. Die "
                     "tussentijdse rapportage zal ik ook aan deze Kamer sturen. Ik zeg toe bij de "
                     "eerstvolgende rapportage over de huren aandacht te besteden aan de positie "
                     "van studenten.")
    assert [i.due for i in extract(text, D).items] == [date(2026, 12, 31), date(2026, 12, 31),
                                                        None]


def test_yes_i_promise_chair_takes_the_time_of_the_letter_promised_before():
    # "in die brief" names the letter the minister promised as "… dat ik de Kamer voor de
    # zomer informeer"; the answer's vocative ", voorzitter" is no condition
    text = _minister("Ik zeg toe dat ik de Kamer voor de zomer informeer over het overleg met de "
                     "VNG over de tarieven.",
                     "Kan de staatssecretaris toezeggen dat in die brief ook de tarieven voor de "
                     "jeugdbescherming worden meegenomen?",
                     "Ja, dat zeg ik toe, voorzitter.")
    items = extract(text, D).items
    assert [(i.kind, i.due) for i in items] == [
        ("commitment", date(2025, 7, 3)), ("request", None), ("commitment", date(2025, 7, 3))]
    assert items[-1].text.startswith("Kan de staatssecretaris toezeggen")


@pytest.mark.parametrize("words, due", [
    ("Op grond van artikel 78z van de Werkloosheidswet vervalt de overgangsregeling voor de "
     "vervolguitkering op 1 juli 2026.", date(2026, 7, 1)),
    # an effect already past beside one still to come
    ("Het Migratiepact is op 11 juni 2024 in werking getreden en is vanaf 12 juni 2026 van "
     "toepassing.", date(2026, 6, 12)),
    ("De regeling die per 1 januari 2024 werd ingevoerd, vervalt met ingang van 1 januari 2027.",
     date(2027, 1, 1)),
    ("Het abonnementstarief is per 1 januari 2025 ingevoerd; de wettelijke verankering treedt op "
     "1 januari 2026 in werking.", date(2026, 1, 1)),
    ("Vanaf 1 januari 2026 bedraagt de AOW-leeftijd 67 jaar.", date(2026, 1, 1)),
    ("De regeling eindigt op 19 mei 2026.", date(2026, 5, 19)),
    ("Het besluit bepaalt dat de regeling op 1 september 2026 van rechtswege vervalt.",
     date(2026, 9, 1)),
])
def test_a_lapse_a_legal_value_or_an_end_on_a_day_is_a_milestone(words, due):
    item = one(_letter(words))
    assert (item.kind, item.due) == ("milestone", due)




def test_the_governments_answers_to_a_report_retell_the_questions():
    text = ("Tweede Kamer der Staten-Generaal\n\nNr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG\n\n"
            "Ontvangen 10 maart 2025\n\nDe leden van de VVD-fractie vragen of de regering bereid "
            "is de horizonbepaling te schrappen.\n\nDe regering is daartoe niet bereid.\n\n"
            "De leden van de SP-fractie verzoeken de regering de Kamer jaarlijks te informeren "
            "over het aantal aanvragen.\n\nIk zal de Kamer voor de zomer informeren over de "
            "aanvragen.\n")
    assert [i.kind for i in extract(text, D).items] == ["commitment"]
    # the committee's own verslag asks
    verslag = text.replace("NOTA NAAR AANLEIDING VAN HET VERSLAG", "VERSLAG")
    assert [i.kind for i in extract(verslag, D).items] == ["request", "request", "commitment"]


@pytest.mark.parametrize("said", [
    "Ik zal de vragen van de leden langslopen in de volgorde waarin ze zijn gesteld.",
    "Ik ga niet beloven dat er nooit meer iemand op een stoel slaapt, want ik beloof niets wat ik "
    "niet kan waarmaken.",
    "Ik ben demissionair, en dat betekent dat ik de komende maanden terughoudend zal zijn met "
    "nieuwe beleidskeuzes.",
    "Een nieuw kabinet zal daar uiteindelijk een besluit over nemen.",
    # what the subject will be is no deed, whoever stands before "zal"
    "Het belang dat het kabinet hecht aan overleg met het bedrijfsleven zal een project zijn van "
    "een nieuwe coördinatie-eenheid.",
    "Het kabinet zal een betrouwbare partner zijn voor de gemeenten.",
])
def test_what_a_minister_says_in_round_twenty_without_promising(said):
    assert extract(_minister(said, "Dank u wel."), D).items == []


def test_a_deliverable_ready_by_a_time_is_still_a_promise():
    said = "Ik zal voor 1 maart gereed zijn met het wetsvoorstel."
    assert [i.kind for i in extract(_minister(said), D).items] == ["commitment"]


def test_a_member_hears_the_answer_now_and_a_round_table_hears_guests():
    for said in ("Ik hoor graag een tijdpad.", "Ik hoor graag de appreciatie van de minister."):
        assert extract(_minister("Ik stuur u voor de zomer een brief.", said), D).items[1:] == []
    talk = ("Rondetafelgesprek Woningbouw\n\nDe voorzitter:\nWelkom.\n\nMevrouw Bos (CDA):\nKunt u "
            "ons de doorrekening van de onrendabele top nasturen?\n\nDe heer Kok (Aedes):\nDat "
            "doen we.\n")
    assert extract(talk, D).items == []


@pytest.mark.parametrize("said", [
    "Het zou goed zijn als de Kamer rond Prinsjesdag helderheid krijgt over hoe dat budget wordt "
    "verwerkt.",
    "Het zou fijn zijn als de staatssecretaris daar schriftelijk op ingaat, want dat is "
    "technisch.",
    "Ik wil dat die AMvB aan de Kamer wordt voorgelegd voordat ze wordt vastgesteld.",
])
def test_a_member_wishes_for_what_the_kamer_receives(said):
    assert kinds(_minister("Dank u wel.", said)) == ["request"]


def test_a_time_past_a_semicolon_is_another_clauses():
    said = ("Daarbij betrek ik ook het rapport van het Comité tegen Foltering; de kabinetsreactie "
            "daarop is op 4 februari al naar uw Kamer gegaan.")
    assert extract(_minister(said), D).items == []
    said = ("Op 23 mei vindt een Raad in defensiesamenstelling plaats; de minister van Defensie "
            "informeert uw Kamer daarover afzonderlijk.")
    assert [(i.kind, i.due) for i in extract(_minister(said), D).items] == [("commitment", None)]


@pytest.mark.parametrize("words, kind, due", [
    ("Het wetsvoorstel daarvoor wordt in het eerste kwartaal van 2026 in consultatie gegeven.",
     "commitment", date(2026, 3, 31)),
    ("Wel zal ik in de brief apart ingaan op de doorlooptijden bij zeden- en stalkingszaken.",
     "commitment", None),
    ("Ik stuur de Kamer tegelijk met de novelle een geactualiseerd overzicht van het toezicht.",
     "commitment", None),
    ("In het voorjaar van 2026 ontvangt u die ontwerp-AMvB voor de voorhang.", "commitment",
     date(2026, 6, 20)),
    ("De aanpassing van het Besluit burgerlijke stand wordt daartoe in januari aan de Raad van "
     "State voorgelegd.", "commitment", date(2026, 1, 31)),
    # a deed wanted by a date is a promise, not a law taking effect
    ("De ketenaansprakelijkheid wil ik per 1 juli 2025 in werking laten treden; het verbod op "
     "contante betaling per 1 januari 2026.", "commitment", date(2025, 7, 1)),
    ("Uiterlijk per 1 mei wil ik de kwartiermaker aanwijzen en uiterlijk per 1 juli de "
     "kwartiermakers voor de eenheden.", "commitment", date(2025, 5, 1)),
    ("Wel ben ik bereid de effecten op de kredietverlening mee te nemen in de evaluatie, die in "
     "2026 is voorzien.", "commitment", date(2026, 12, 31)),
    ("De wijziging van de Wet allocatie arbeidskrachten, waarmee de registratieplicht wordt "
     "aangescherpt, is vorige week in het Staatsblad gepubliceerd en treedt op 1 juli 2025 in "
     "werking.", "milestone", date(2025, 7, 1)),
])
def test_a_minister_says_as_round_twenty_one_writes_it(words, kind, due):
    items = extract(_minister(words), D).items
    assert [(i.kind, i.due) for i in items] == [(kind, due)]


@pytest.mark.parametrize("said", [
    "Wil de minister eerlijk toegeven dat het klimaatbeleid ons stroomnet kapot maakt?",
    "Ik zal het een beetje ordenen, want er zijn veel vragen gesteld.",
    "Mevrouw Mulder heeft gevraagd of het proportioneel is dat de centrale per 1 januari 2027 "
    "moet sluiten.",
    "Ik houd u op de hoogte van de verdere ontwikkelingen.",
])
def test_what_round_twenty_one_says_without_promising_or_asking(said):
    assert extract(_minister(said, said), D).items == []


def test_a_draft_put_before_the_kamer_reaches_beyond_the_debate():
    text = ("De heer Jansen (VVD):\nKrijgt de Kamer dat kader te zien voordat de minister het "
            "goedkeurt?\n\nMinister Plasterk:\nJa. Ik zal het ontwerpbeoordelingskader aan de "
            "Kamer voorleggen voordat ik het goedkeur, zodat de Kamer erover kan spreken.\n")
    assert [i.kind for i in extract(text, D).items] == ["request", "commitment"]


def test_a_heading_dated_in_brackets_ends_before_the_text():
    text = ("Vragen van het lid Koffeman (PvdD) aan de minister van Landbouw over de uitvoering "
            "van de Wet stikstofreductie en natuurverbetering (ingezonden 10 juni 2025)\n\n"
            "Op 1 juli 2025 treedt de Wet stikstofreductie en natuurverbetering grotendeels in "
            "werking. De berichtgeving geeft aanleiding tot de volgende vragen.\n\nVraag 1\n"
            "Bent u bereid de Kamer voor 1 september te informeren?\n")
    items = extract(text, date(2025, 6, 10)).items
    assert [(i.kind, i.due) for i in items] == [("milestone", date(2025, 7, 1)),
                                                ("request", date(2025, 8, 31))]
    notice = ("Mededeling\n\nDe vragen van het lid Van Dijk (SP) over het uitschrijven van "
              "studenten (2025Z07641), ingezonden 18 februari 2025, kunnen tot mijn spijt niet "
              "binnen de gebruikelijke termijn van drie weken worden beantwoord.\n")
    assert extract(notice, D).items == []


@pytest.mark.parametrize("text, due", [
    ("Voor grote ondernemingen gaan de rapportageverplichtingen daardoor gelden voor boekjaren "
     "die aanvangen op of na 1 januari 2027.", date(2027, 1, 1)),
    ("Voor de urgentieregeling geldt een overgangstermijn van een jaar, zodat gemeenten die hun "
     "verordening nog moeten aanpassen daarvoor tot 1 juli 2027 de tijd hebben.",
     date(2027, 7, 1)),
])
def test_a_financial_year_or_a_transition_term_is_a_milestone(text, due):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == [("milestone", due)]


def test_a_letter_cut_off_before_its_verb_promises_nothing_there():
    text = _letter("Ik stuur u voor de zomer een brief over de netcongestie.",
                   "In die brief zal ik tevens de")
    assert [i.text[:10] for i in extract(text, D).items] == ["Ik stuur u"]
    text = _letter("Het Besluit wordt deze maand vastgesteld.",
                   "Besluit: De griffie zal nagaan wanneer de minister de evaluatie heeft "
                   "toegezegd en de commissie hierover informeren.")
    assert all("griffie" not in i.text for i in extract(text, D).items)


def test_the_aim_alone_names_the_day_of_what_was_just_said():
    text = _minister("De wet moet zo snel mogelijk in werking treden. Het streven is 1 januari "
                     "2026.")
    assert [(i.kind, i.due) for i in extract(text, D).items][-1] == ("commitment",
                                                                     date(2026, 1, 1))


def test_an_overviews_entry_kept_is_not_registered_again():
    text = ("Den Haag, 10 maart 2025\n\nBIJLAGE 5. OVERZICHT VAN TOEZEGGINGEN\n\n"
            "1. Huurbeleid\nToezegging: De Kamer ontvangt een evaluatie van het experiment.\n"
            "Vindplaats: AO Huurbeleid, 12 april 2024.\nStand van zaken: Afgedaan. De evaluatie "
            "is bij brief van 23 juni 2024 aan de Kamer gezonden.\n\n"
            "2. Corporaties\nToezegging: De minister informeert de Kamer over het overleg met "
            "Aedes.\nVindplaats: AO Corporatiebestel, 1 maart 2024.\nStand van zaken: Loopt. De "
            "Kamer wordt voor de zomer over de uitkomst geïnformeerd.\n")
    assert [i.text[:30] for i in extract(text, D).items] == ["De Kamer wordt voor de zomer o"]


@pytest.mark.parametrize("text, due", [
    ("Een voorstel voor de aanwijzing van de markttoezichthouder volgt in het voorjaar van 2026.",
     date(2026, 6, 20)),
    ("De volgende beleidsdoorlichting van dit begrotingsartikel is voorzien voor 2026.",
     date(2026, 12, 31)),
    ("De evaluatie van de wet, die volgens de wet binnen vijf jaar na inwerkingtreding moet "
     "plaatsvinden, is voorzien voor 2027.", date(2027, 12, 31)),
])
def test_a_deliverable_to_come_with_what_it_is_about(text, due):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == [("commitment", due)]
    theirs = _letter("De eindevaluatie van het SCP verschijnt naar verwachting in 2026.")
    assert extract(theirs, D).items == []


@pytest.mark.parametrize("text, due", [
    ("Indien nakoming binnen deze termijn niet mogelijk is, ziet de commissie graag een "
     "gemotiveerde planning tegemoet.", None),
    ("Besluit: Conform verzoek van het lid Van Campen wordt de minister verzocht om binnen twee "
     "weken een reactie te sturen.", date(2025, 3, 24)),
])
def test_a_committee_asks_in_its_decisions(text, due):
    text = f"Vaste commissie voor Financiën\n\nDen Haag, 10 maart 2025\n\n{text}\n"
    assert [(i.kind, i.due) for i in extract(text, D).items] == [("request", due)]


def test_a_debate_page_names_members_as_kamerlid():
    text = ("Commissiedebat Stikstof\n\n14:02\nVoorzitter Van Campen:\nHet woord is aan de "
            "minister.\n\nMinister Van der Wal (Natuur en Stikstof):\nIk stuur u voor het meireces "
            "een brief met de nieuwe planning.\n\n14:09\nKamerlid Vedder (CDA):\nIs de minister "
            "bereid om de Kamer na de zomer te informeren over de piekbelasters?\n")
    items = extract(text, D).items
    assert [(i.kind, i.actor) for i in items] == [("commitment", "Minister Van der Wal"),
                                                  ("request", "Kamerlid Vedder")]


def test_a_verslag_tells_what_members_asked_and_the_minister_answered():
    text = ("VERSLAG VAN EEN COMMISSIEDEBAT\nVastgesteld 10 maart 2025\n\nDe heer Van Nispen (SP) "
            "vraagt hoe het staat met de hersteloperatie, en of de staatssecretaris bereid is een "
            "onafhankelijk onderzoek te laten doen.\n\nDe heer Dekker (D66) vraagt naar DigiD. Hij "
            "wil weten of de staatssecretaris kan toezeggen dat de machtigingsfunctie uiterlijk in "
            "2026 beschikbaar is. Hij vraagt de staatssecretaris of zij in de brief over de pilots "
            "ook de ervaringen van de Hulplijn kan betrekken.\n\nDe heer Recourt (PvdA) betreurt "
            "dat de brief niet voor 1 mei kan komen. Hij vraagt de staatssecretaris om in ieder "
            "geval voor de zomer een eerste indicatie van de personele gevolgen te geven.\n\n"
            "Op de vraag van de heer Van Nispen antwoordt de staatssecretaris dat de Kamer in juni "
            "is geïnformeerd. Zij is niet voornemens een nieuw onderzoek te laten doen. Wel zal "
            "zij de rapportage van de Auditdienst Rijk binnen twee maanden aan de Kamer sturen."
            "\n\n"
            "Over detentie zegt de staatssecretaris dat het wetsvoorstel in het tweede kwartaal "
            "voor advies naar de Raad van State gaat. Verder deelt de staatssecretaris mee dat de "
            "wijziging van de maatregel, die op 24 januari 2025 in het Staatsblad is gepubliceerd, "
            "op 1 april 2025 in werking treedt.\n")
    assert [(i.kind, i.due) for i in extract(text, D).items] == [
        ("request", None), ("request", date(2026, 12, 31)), ("request", None),
        ("request", date(2025, 7, 3)), ("commitment", date(2025, 5, 10)),
        ("commitment", date(2025, 6, 30)), ("milestone", date(2025, 4, 1))]


@pytest.mark.parametrize("words, kind, due", [
    ("Wel kan ik zeggen dat de evaluatie van het werkdrukakkoord in het voorjaar naar de Kamer "
     "komt.", "commitment", date(2025, 6, 20)),
    ("De Kamer krijgt de uitgewerkte regeling voor het meireces toegestuurd.", "commitment",
     date(2025, 4, 25)),
])
def test_a_minister_says_as_a_debate_page_prints_it(words, kind, due):
    items = extract(_minister(words), D).items
    assert [(i.kind, i.due) for i in items] == [(kind, due)]
    assert extract(_minister("Dank u wel, voorzitter, en ik zal mijn best doen."), D).items == []


@pytest.mark.parametrize("said, due", [
    ("Dan wil ik dat de minister de Kamer een plan stuurt voor de heropening.", None),
    ("Wat ik de premier vraag, is om nu al met de provincies afspraken te maken.", None),
    ("Mag ik vragen dat de ervaringen van de eerste huizen met de Kamer worden gedeeld?", None),
    ("Kan ik de staatssecretaris dan ook vragen om in dat plan op te nemen hoe het IMG werkt?",
     None),
    ("Ik zou graag zien dat de staatssecretaris ons binnen drie maanden laat weten hoe het "
     "staat.", date(2025, 6, 10)),
    ("Ik wil dat separeren per 1 januari gewoon verboden wordt.", date(2026, 1, 1)),
])
def test_a_member_demands_as_plenary_debates_do(said, due):
    items = extract(_minister("Dank u wel.", said), D).items
    assert [(i.kind, i.due) for i in items] == [("request", due)]


def test_a_members_follow_up_asks_nothing_new_and_an_acceptance_said_again_is_one_promise():
    text = _minister("Dank u wel.",
                     "Wil de premier regelen dat de Kamer binnen twee weken een tijdpad krijgt? "
                     "Is de premier daartoe bereid?",
                     "Dat kan ik doen. Ik zal ervoor zorgen dat de Kamer binnen twee weken per "
                     "brief het tijdpad krijgt.")
    assert [(i.kind, i.text[:20]) for i in extract(text, D).items] == [
        ("request", "Wil de premier regel"), ("commitment", "Ik zal ervoor zorgen")]


@pytest.mark.parametrize("said", [
    "Dat is een goede suggestie, dat doe ik.",
    "Ja, dat neem ik in het plan op.",
])
def test_a_minister_accepts_as_plenary_debates_do(said):
    text = _minister("Dank u wel.", "Kan de minister een plan maken voor de wachtlijsten?", said)
    assert [i.kind for i in extract(text, D).items] == ["request", "commitment"]


@pytest.mark.parametrize("question, answer", [
    ("Vraag {}", "Antwoord {}"), ("VRAAG {}", "ANTWOORD {}"), ("**Vraag {}**", "**Antwoord {}**"),
])
def test_written_questions_headed_in_capitals_or_bold_count_from_when_they_were_sent(
        question, answer):
    text = ("Vragen van het lid Van den Berg (CDA) aan de Minister over de testlocaties "
            "(ingezonden 8 september 2025).\n\nAntwoord van Minister De Jonge (ontvangen 20 "
            f"oktober 2025).\n\n{question.format(1)}\nBent u bekend met de berichten?\n\n"
            f"{answer.format(1)}\nJa. Ik zal uw Kamer binnen twee weken een overzicht sturen.\n\n"
            f"{question.format(2)}\nKunt u de Kamer binnen drie weken een overzicht sturen van "
            "het aantal locaties?\n")
    items = extract(text, date(2025, 10, 20)).items
    assert [(i.kind, i.due) for i in items] == [("commitment", date(2025, 11, 3)),
                                                ("request", date(2025, 9, 29))]


def test_written_questions_answered_after_a_notice_of_delay_count_from_the_answer():
    text = ("Mededeling van Minister De Jonge (ontvangen 29 september 2025)\n\nDe vragen van het "
            "lid Van den Berg (2025Z15870, ingezonden 8 september 2025) kunnen niet binnen de "
            "gebruikelijke termijn worden beantwoord.\n\nVragen van het lid Van den Berg (CDA) "
            "aan de Minister over de testlocaties (ingezonden 8 september 2025).\n\nAntwoord van "
            "Minister De Jonge (ontvangen 20 oktober 2025). Zie ook Aanhangsel, nr. 245.\n\n"
            "Vraag 1\nBent u bekend met berichten dat mensen vier dagen moeten wachten op een "
            "testafspraak en de uitslag daarvan?\n\nAntwoord 1\nJa. Ik zal uw Kamer binnen twee "
            "weken een overzicht sturen.\n\nVraag 2\nKunt u de Kamer voor het zomerreces een "
            "overzicht sturen van het aantal locaties dat sinds januari 2025 is geopend?\n")
    items = extract(text, date(2025, 10, 20)).items
    assert [(i.kind, i.due) for i in items] == [("commitment", date(2025, 11, 3)),
                                                ("request", date(2026, 7, 2))]


def test_another_body_writing_to_parliament_promises_nothing_for_the_government():
    report = ("Algemene Rekenkamer\n\nAan de voorzitter van de Tweede Kamer\n\n"
              "Datum 12 maart 2025\n\nWij zullen in ons verantwoordingsonderzoek over 2025 "
              "nagaan of de minister de toegezegde verbetering heeft doorgevoerd. De minister "
              "heeft destijds toegezegd de regeling na twee jaar te evalueren.\n\n4 Reactie van "
              "de minister\n\nIk zal uw Kamer voor de zomer informeren over de voortgang.\n\n"
              "5 Nawoord Algemene Rekenkamer\n\nWij zullen de opvolging van onze aanbevelingen "
              "volgen en komen daarop terug in ons volgende onderzoek.\n")
    assert [i.text[:20] for i in extract(report, D).items] == ["Ik zal uw Kamer voor"]
    province = ("Provincie Fryslân\n\nGedeputeerde Staten\n\nLeeuwarden, 10 maart 2025\n\n"
                "Wij verzoeken u de minister in het commissiedebat te vragen toe te zeggen dat hij "
                "geen "
                "besluit neemt. In zijn brief van 2 februari schrijft de minister dat hij het "
                "besluit in mei zal nemen. Ook zullen wij in het voorjaar een onderzoek laten "
                "uitvoeren.\n")
    assert extract(province, D).items == []
    # a government letter's section on what another body said does not change who writes
    letter = _letter("Reactie van de VNG", "De VNG steunt het voorstel.",
                     "Ik zal uw Kamer voor de zomer informeren over de uitvoering.")
    assert [i.kind for i in extract(letter, D).items] == ["commitment"]


@pytest.mark.parametrize("text, kind, due", [
    ("Daarnaast gaat de minister in gesprek met banken. Over de uitkomst van die gesprekken "
     "informeert hij de Kamer voor het zomerreces.", "commitment", date(2025, 7, 3)),
    ("De handreiking is naar verwachting eind 2025 gereed.", "commitment", date(2025, 12, 31)),
    ("Voor AI in producten, zoals medische hulpmiddelen en machines, schuift de datum op naar 2 "
     "augustus 2028.", "milestone", date(2028, 8, 2)),
    ("Aanbieders die al op de markt waren, krijgen tot 2 december 2026 de tijd om door AI "
     "gemaakte beelden te markeren.", "milestone", date(2026, 12, 2)),
    ("Voor AI in producten geldt een jaar langer de tijd: tot 2 augustus 2027.", "milestone",
     date(2027, 8, 2)),
])
def test_a_news_item_tells_the_governments_promises_and_the_laws_dates(text, kind, due):
    items = extract(f"Nieuwsbericht | 10-03-2025\n\n{text}\n", D).items
    assert [(i.kind, i.due) for i in items][-1] == (kind, due)
    assert extract(_letter("Producenten hadden tot 1 juli 2024 de tijd om de score aan te "
                           "passen. De inwerkingtreding die wij voor 1 januari 2025 hadden "
                           "voorzien, schuift dan op naar 1 oktober 2025."), D).items == []


def test_a_registers_list_and_its_quotes_as_the_sites_print_them():
    listing = ("Toezeggingen\nMinisterie: Financiën | Jaar: 2023 | 2 resultaten\n\n"
               "TZ202302-041\nHoudbaarheid schuldquote bij stijgende rente\n"
               "De minister van Financiën zegt toe de Kamer in het derde kwartaal van 2023 te "
               "informeren over het onderzoek.\nStatus: Openstaand\nDatum nakoming: \n"
               "Bewindspersoon: minister Brouwer\n"
               "Gedaan tijdens: Commissiedebat Eurogroep/Ecofin-Raad, 15 februari 2023\n\n"
               "TZ202303-118\nVertraging herstelregeling box 3\n"
               "De staatssecretaris van Financiën zegt toe de Kamer bij de Najaarsnota een "
               "overzicht te sturen.\nStatus: Openstaand\nDatum nakoming: 15-11-2023\n"
               "Bewindspersoon: staatssecretaris Van Rossem\n"
               "Gedaan tijdens: Plenair debat Wet rechtsherstel box 3, 22 maart 2023\n")
    assert [(i.kind, i.due) for i in extract(listing, date(2024, 3, 1)).items] == [
        ("commitment", date(2023, 9, 30)), ("commitment", date(2023, 11, 15))]
    page = ("Toezegging Evaluatie Wet werk en bijstand (30.545) (T01342)\n\nDe minister van "
            "Sociale Zaken en Werkgelegenheid zegt de Kamer toe het evaluatierapport te "
            "zenden.\n\nDatum toezegging: 16 juni 2009\nDeadline: 31 december 2010\nStatus: "
            "openstaand\n\nUit de stukken\nDe heer Van Driel (PvdA): \"De wet is nu vijf jaar van "
            "kracht. Kan de minister toezeggen dat de Eerste Kamer het evaluatierapport "
            "ontvangt?\"\nHandelingen I 2008/09, nr. 36, p. 1482\n")
    assert [i.kind for i in extract(page, date(2009, 6, 16)).items] == ["commitment", "request"]


def test_a_planning_table_printed_a_row_a_line_gives_each_deliverable_its_time():
    text = _letter(
        "In tabel 1 staan de wetsvoorstellen die naar verwachting in 2025 bij uw Kamer worden "
        "ingediend.",
        "Tabel 1 Planning wetsvoorstellen",
        "Wetsvoorstel | Stand | Verwachte indiening\n"
        "Wetsvoorstel versterking aanpak ondermijning | advies Raad van State ontvangen op 14 "
        "januari 2025 | tweede kwartaal 2025\n"
        "Wetsvoorstel cameratoezicht bij evenementen | in voorbereiding | na advies van de Raad "
        "van State\n"
        "Brief over de herziening van het jeugdstrafrecht | verzonden op 19 februari 2025\n"
        "Visie op de rechtsbijstand | aan een volgend kabinet",
        "Nieuw loongebouw | Uitgangspunten besproken | Brief aan uw Kamer over de uitwerking in "
        "het vierde kwartaal van 2025")
    assert [(i.kind, i.due, i.precision) for i in extract(text, D).items] == [
        ("commitment", date(2025, 6, 30), "quarter"), ("commitment", None, "conditional"),
        ("commitment", date(2025, 12, 31), "quarter")]
    # an annex's table that lists again what the letter promised is that promise
    annex = _letter("Voor de zomer van 2025 informeren wij uw Kamer over de uitkomsten van de "
                    "verkenning naar een landelijk signaleringsinstrument.",
                    "Actie | Verantwoordelijk | Planning\n"
                    "Verkenning landelijk signaleringsinstrument | JenV | Kamerbrief vóór zomer "
                    "2025")
    assert len(extract(annex, D).items) == 1


@pytest.mark.parametrize("text", [
    # an overview's entry whose state says it is kept, in a sentence of its own
    "Toezegging: De minister stuurt de Kamer het onderzoek voor het einde van 2025.\nVindplaats: "
    "notaoverleg, 8 maart 2025\nStand van zaken: Het onderzoek is op 1 juli gezonden. Deze "
    "toezegging is afgedaan.",
    "Toezegging: De minister zal de evaluatie rond Prinsjesdag 2025 aan de Kamer sturen.\n"
    "Stand van zaken: De evaluatie wordt gelijktijdig met deze begroting aan de Kamer "
    "aangeboden.",
    # the minister asks the Kamer; a refusal; a table described; what others publish
    "Ik verzoek u deze toezegging als voldaan te beschouwen.",
    "Ik kan niet toezeggen dat het wetsvoorstel vóór 1 juli 2025 bij de Tweede Kamer wordt "
    "ingediend.",
    "Voor de overige toezeggingen geef ik aan wanneer u de gevraagde informatie kunt verwachten.",
    "De monitor wordt jaarlijks opgesteld door een onafhankelijk onderzoeksbureau en verschijnt "
    "naar verwachting in november.",
    "Het Openbaar Ministerie zal in de tussentijd in drie arrondissementen een proef doen.",
    "Het Planbureau voor de Leefomgeving brengt in juni een eerste evaluatie uit; die evaluatie "
    "betrek ik daarbij.",
    "De volgende herziening van de lijst door de Raad is voorzien in februari 2026.",
    "De minister van Justitie en Veiligheid is voornemens deel te nemen aan de justitiedag.",
    "Mocht de parlementaire behandeling meer tijd vergen, dan schuift de inwerkingtreding op naar "
    "1 juli 2026.",
])
def test_what_a_delay_or_planning_letter_says_without_promising(text):
    assert extract(_letter(text), D).items == []


@pytest.mark.parametrize("text, due", [
    ("Op verzoek van de vaste commissie stuur ik u daarnaast vóór 1 juni 2025 een overzicht van "
     "het aantal ontheffingen dat de Inspectie sinds de invoering heeft verleend.",
     date(2025, 5, 31)),
    ("Over de Nederlandse inzet informeer ik u in de geannoteerde agenda van de Landbouw- en "
     "Visserijraad.", None),
    ("De eerste voortgangsbrief ontvangt u in september 2025. Over de uitkomst van de gesprekken "
     "met de uitvoeringsorganisaties over de grensprocedure informeer ik u in die eerste "
     "voortgangsbrief.",
     date(2025, 9, 30)),  # (the letter named before, and its time)
    ("In de voortgangsrapportage «Kwaliteit loont», die ik u vóór 1 april 2025 toestuur, ga ik "
     "in op de vraag hoe zelfrapportage en toezicht beter op elkaar kunnen aansluiten.",
     date(2025, 3, 31)),
    ("Het wetsvoorstel ter uitvoering van de verordening zal naar verwachting medio 2025 in "
     "internetconsultatie gaan.", date(2025, 6, 30)),
])
def test_a_letter_promises_by_a_later_document_or_past_an_aside(text, due):
    items = extract(_letter(text), D).items
    assert (items[-1].kind, items[-1].due) == ("commitment", due)
    assert text.endswith(items[-1].text)


@pytest.mark.parametrize("text, kind, due", [
    ("De implementatietermijn van Richtlijn 2014/41/EU verstrijkt op 22 mei 2027.", "milestone",
     date(2027, 5, 22)),
    ("Als gevolg van de terugtrekking houden de Verdragen op 29 maart 2026 op van toepassing te "
     "zijn op het Verenigd Koninkrijk.", "milestone", date(2026, 3, 29)),
    ("De lidstaten passen de meldplicht voor intermediairs vanaf 1 juli 2026 toe.", "milestone",
     date(2026, 7, 1)),
    ("Kan de minister toezeggen dat de Kamer vóór de Europese Raad van 28 en 29 juni 2025 een "
     "appreciatie ontvangt?", "request", date(2025, 6, 27)),
    ("Deze leden vragen voorts of de minister in het verslag van de Raad wil ingaan op de posities "
     "van de andere lidstaten.", "request", None),
])
def test_eu_letters_name_the_laws_dates_and_members_ask_about_the_council(text, kind, due):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == [(kind, due)]


def test_a_committee_asks_another_body_and_a_question_told_with_its_askers_after_it():
    decisions = _letter("Besluit: De commissie verzoekt de Algemene Rekenkamer een technische "
                        "briefing over het rapport te verzorgen; de staf zal een datum in april "
                        "voorstellen.",
                        "Besluit: Ingestemd met het verzoek; de griffie zal de Autoriteit "
                        "Persoonsgegevens om een position paper vragen, ten behoeve van het "
                        "rondetafelgesprek in april.")
    assert extract(decisions, D).items == []
    asked = _letter("Kan de regering toezeggen dat zij dit onderzoek in 2026 herhaalt, zodat de "
                    "effecten zichtbaar worden, zo vragen deze leden.")
    assert [(i.kind, i.due) for i in extract(asked, D).items] == [
        ("request", date(2026, 12, 31))]


def test_a_minister_who_does_it_already_accepts_nothing():
    text = _minister("Dank u wel.", "Kan de minister de achterblijvende gemeenten niet "
                     "aanspreken?", "Dat doe ik al.")
    assert [i.kind for i in extract(text, D).items] == ["request"]


def test_a_web_page_with_its_furniture_is_read_for_what_it_holds():
    # a committee meeting's page lists who took part ("Voorzitter: …"): no transcript
    page = ("Home > Debat en vergadering > Commissiedebat Klimaat\n\nCommissiedebat Klimaat\n\n"
            "Datum: woensdag 28 januari 2025\nStatus: Geweest\n\nToevoegen aan mijn agenda\n"
            "Ontvang updates\nDeel deze pagina\n\nDeelnemers\nVoorzitter: Kamminga-Rooks (VVD)\n"
            "Kamerleden: Hovenier (GroenLinks-PvdA), Van Leersum (PVV)\n\nToezeggingen\n\n"
            "- De minister stuurt de Kamer voor het meireces een brief over de maatwerkafspraken. "
            "(TZ202501-204)\n\nOver deze site\nContact\nPrivacy\n")
    assert [(i.kind, i.due) for i in extract(page, D).items] == [
        ("commitment", date(2025, 4, 25))]
    # a bill's dossier page has core data, not a registry entry's
    dossier = ("35.061 Wet versterking ondersteuning gemeenteraden\nKerngegevens\nStatus: Tot "
               "wet verheven\nStemming Eerste Kamer: 9 juli 2024, aangenomen\n\nStand van zaken\n"
               "De wet treedt op 1 januari 2026 in werking.\n\nToezeggingen\nT02781 Ervaringen "
               "van gemeenteraden (openstaand)\n")
    assert [(i.kind, i.due) for i in extract(dossier, D).items] == [
        ("milestone", date(2026, 1, 1))]
    # a registry page as a definition list prints its fields, the value on the next line
    entry = ("Toezegging Monitoring toegankelijkheid (34.035) (T02117)\n\nDe minister van OCW "
             "zegt de Kamer toe in het voorjaar van 2026 te rapporteren over de toegankelijkheid."
             "\n\nKerngegevens\nNummer\nT02117\nDatum toezegging\n21 april 2025\nDeadline\n1 "
             "september 2026\n")
    assert [(i.kind, i.due) for i in extract(entry, D).items] == [
        ("commitment", date(2026, 9, 1))]


@pytest.mark.parametrize("text, expected", [
    ("Het aantal werknemers is gestegen. Voor de zomer ontvangt uw Kamer een nieuwe prognose van "
     "de personeelstekorten.", [("commitment", date(2025, 7, 3))]),
    ("Dat wetsvoorstel gaat voor de zomer in internetconsultatie, zodat gemeenten erop kunnen "
     "reageren.", [("commitment", date(2025, 7, 3))]),
    # a page's summary of the letter it shows: done now, about a year gone by
    ("Minister Drijfhout stuurt de Tweede Kamer de stand van zaken van de woningbouw in 2024.",
     []),
])
def test_a_sites_summary_of_a_letter(text, expected):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == expected


def test_an_old_verslag_in_the_past_tense_asks_and_promises():
    text = ("VERSLAG VAN EEN MONDELING OVERLEG\n\nVastgesteld 10 maart 2025\n\nMevrouw Dekker "
            "(PvdA) stelde vast dat het aantal uitkeringen is gestegen. Zij verzocht de minister "
            "de Kamer vóór 1 juni een overzicht te doen toekomen van het aantal "
            "arbeidsongeschikten per bedrijfstak.\n\nDe heer Wouterse (CDA) vroeg of de minister "
            "bereid was de bedrijfsverenigingen een aanwijzing te geven. Ook wilde hij weten of "
            "de staatssecretaris bereid was te reageren op de brief van de GMD. De heer Feenstra "
            "(PvdA) verzocht de minister aan te geven hoe het staat met de reïntegratie.\n\n"
            "De staatssecretaris zeide toe binnen zes weken schriftelijk te zullen reageren op de "
            "brief van de GMD. Over de kazerne zal zij de Kamer na afronding van de gesprekken "
            "met de gemeente informeren.\n")
    assert [(i.kind, i.due) for i in extract(text, D).items] == [
        ("request", date(2025, 5, 31)), ("request", None), ("request", None),
        ("commitment", date(2025, 4, 21)), ("commitment", None)]
    told = _letter("Op 28 mei 2024 heeft u mij per brief verzocht u een kabinetsreactie te sturen "
                   "op het jaarverslag.")
    assert extract(told, D).items == []


@pytest.mark.parametrize("asked, expected", [
    # the paper as the verb's object, without "om"
    ("Zij vragen de regering desondanks een nadere uitwerking van deze toezegging.", ["request"]),
    ("Deze leden vragen de regering een overzicht van de kosten.", ["request"]),
    # an explanation asked for from now on (not one the meeting gave: "verzocht de minister aan
    # te geven hoe het staat met …")
    ("Zij verzocht de bewindsman in de komende jaren de verschillende posten uitvoeriger toe te "
     "lichten.", ["request"]),
    ("Zij verzocht de bewindsman de verschillende posten uitvoeriger toe te lichten.", []),
    # the plural past, as the singular ("verzocht") always was
    ("Zij verzochten de Regering een overzicht van de kosten over te leggen.", ["request"]),
    ("Deze leden vragen de regering een overzicht te schetsen van hoe zij dit ziet.", []),
    # the reporting clause inside the question
    ("Is, zo vroegen zij, de Regering bereid de conclusies van de studie mede te delen?",
     ["request"]),
    ("Wat is de oorzaak, zo vroegen deze leden zich af, dat de subsidies zijn verminderd?", []),
])
def test_members_ask_for_a_paper_in_a_verslag(asked, expected):
    text = ("VERSLAG\n\nVastgesteld 10 maart 2025\n\nDe leden van de VVD-fractie hebben "
            f"kennisgenomen van het wetsvoorstel. {asked}\n")
    assert [i.kind for i in extract(text, D).items] == expected


@pytest.mark.parametrize("text, expected", [
    ("De ondergetekende is voornemens het effect van de verhoging te laten onderzoeken en de "
     "Kamer daarover te informeren.", ("commitment", None)),
    ("U moge van mij tegemoetzien, bij de begroting voor 2026, een overzicht van de voortgang.",
     ("commitment", date(2025, 9, 16))),
    ("Het ontwerp van dat besluit zal vóór de vaststelling aan beide Kamers der Staten-Generaal "
     "worden overgelegd.", ("commitment", None)),
    ("Op 1 augustus 2026 treedt het Besluit experimenten passend onderwijs (Stb. 2025, 214) in "
     "werking.", ("milestone", date(2026, 8, 1))),
    ("Ingevolge de Wet van 18 december 2024 (Stb. 652) vervalt de overgangsregeling voor de "
     "geluidbelasting van bestaande woningen op 1 januari 2027.", ("milestone", date(2027, 1, 1))),
    ("Over de uitkomsten van de Landbouw- en Visserijraad van 12 en 13 maart zal ik u voor het "
     "zomerreces informeren.", ("commitment", date(2025, 7, 3))),
])
def test_an_old_letter_and_memorandum_as_written_then(text, expected):
    items = extract(_letter(text), D).items
    assert [(i.kind, i.due) for i in items] == [expected]
    if expected[0] == "commitment" and text.startswith("Het ontwerp"):
        assert items[0].precision == "conditional"


def test_a_motion_that_asks_nothing_promises_nothing():
    motion = ("Nr. 36 MOTIE VAN HET LID VAN RIESSEN\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
              "constaterende, dat de regering voornemens is een grootschalige uitleglocatie aan "
              "te wijzen;\n\nspreekt uit, dat de bebouwing van het veenweidegebied ongewenst "
              "is,\n\nen gaat over tot de orde van de dag.\n")
    assert extract(motion, D).items == []


@pytest.mark.parametrize("text, expected", [
    ("1 | Aanscherping meldcode | VWS | wijziging Besluit verplichte meldcode gepubliceerd vóór 1 "
     "oktober 2025", [("commitment", date(2025, 9, 30))]),
    ("Verzamelwet ondermijning II | voorbereiding | internetconsultatie tweede kwartaal 2025; "
     "indiening eerste kwartaal 2026", [("commitment", date(2026, 3, 31))]),
    ("3 | Regiovisies en plannen van aanpak | gemeenten | gereed uiterlijk 1 januari 2026", []),
    ("Ik zet alles op alles om het wetsvoorstel in het najaar in te dienen.",
     [("commitment", date(2025, 12, 18))]),
    ("De definitieve verdeling van de kasschuif over de projecten in het Infrastructuurfonds wordt "
     "bij de Voorjaarsnota 2026 vastgesteld.", [("commitment", date(2026, 6, 1))]),
    ("Bij de begroting 2026 worden de gevolgen van de koerswijziging voor de personeelssterkte "
     "uitgewerkt.", [("commitment", date(2025, 9, 16))]),
    ("Een wetsvoorstel daartoe wordt binnenkort voor advies naar de Raad van State gestuurd.",
     [("commitment", date(2025, 4, 21))]),
    ("Een voorstel voor dat kader zou in de loop van 2026 aan uw Kamer kunnen worden voorgelegd.",
     []),
    ("De planning van de overige doorlichtingen wordt bij de begroting 2026 zo nodig herzien.", []),
    ("Deze maatregelen zijn opgenomen in het Belastingplan, dat vandaag bij uw Kamer wordt "
     "ingediend.", []),
    ("Tegelijk daarmee worden de tweede suppletoire begrotingen bij uw Kamer ingediend.", []),
    ("We gaan de vergunningverlening voor netuitbreidingen versnellen.", []),
])
def test_a_policy_agenda_promises_its_deliverables_not_its_aims(text, expected):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == expected


@pytest.mark.parametrize("said, expected", [
    ("Wat ik wel toezeg, is dat binnen de samenwerkingsverbanden geen zelflerende algoritmes "
     "worden gebruikt.", ["commitment"]),
    ("De wet schrijft voor dat ik binnen acht weken na ontvangst van een volledig verzoek "
     "beslis.", []),
    ("Ik ga eerlijk zijn: ik kan vandaag geen einddatum noemen.", []),
    ("Als de wet op 1 januari 2026 in werking treedt, kan het onderzoek begin 2027 starten.", []),
])
def test_what_a_minister_says_in_the_senate(said, expected):
    assert [i.kind for i in extract(_minister(said), D).items] == expected


@pytest.mark.parametrize("asked, expected", [
    ("Neemt de staatssecretaris daarin ook mee hoeveel bezwaren er zijn ingediend?", ["request"]),
    ("Wordt in die brief ook aangegeven hoeveel agrarische bedrijven op de wachtlijst staan?",
     ["request"]),
    ("Ik vraag de minister nog om de Kamer te informeren zodra de regeling is gepubliceerd, met "
     "een toelichting op wat die voor een melkveebedrijf betekent.", ["request"]),
    ("Ik hoor dat graag.", []),
])
def test_what_a_senator_asks(asked, expected):
    text = _minister("Ik stuur de Kamer voor de zomer een brief over de regeling.", asked)
    assert [i.kind for i in extract(text, D).items] == ["commitment", *expected]


def test_an_acceptance_with_a_clause_after_its_semicolon():
    text = _minister("Dank u wel.", "Kan de minister de Kamer jaarlijks informeren over de "
                     "inzet van algoritmes?", "Dat doe ik graag; dat ligt in lijn met mijn "
                     "toezegging.")
    assert [i.kind for i in extract(text, D).items] == ["request", "commitment"]


@pytest.mark.parametrize("text, expected", [
    # a government letter quotes motions and the committee: retold, not asked again
    ("2. Motie-Groeneveld over de bezoldiging van burgemeesters (36 600 VII, nr. 33)\n"
     "Verzoekt de regering, de bezoldiging van burgemeesters van kleine gemeenten te evalueren.\n"
     "Stand van zaken: in uitvoering.", []),
    ("De commissie schreef daarbij: «De commissie verneemt graag vóór 1 mei 2025 wat de stand "
     "van zaken is.»", []),
    ("De commissie verzocht mij deze reactie te sturen voorafgaand aan het commissiedebat.", []),
    ("De motie verzoekt de regering, per 1 januari 2026 het verlaagde btw-tarief van toepassing "
     "te laten zijn op reparaties.", []),
    ("Supermarkten hebben toegezegd dat zij met ingang van 1 januari 2026 geen energiedranken "
     "meer verkopen aan jongeren.", []),
    ("Ik zal de motie om die reden niet uitvoeren.", []),
    ("Voor het formuleren van een doelstelling heb ik meer tijd nodig; daarop ga ik aan het slot "
     "van deze brief in.", []),
    ("Ik ga graag tijdens het commissiedebat van 19 april met uw commissie verder in gesprek over "
     "de wachttijden.", []),
    ("Bij die toezeggingen is aangegeven wat de oorzaak is en wanneer uw Kamer alsnog wordt "
     "geïnformeerd.", []),
    # and promises what comes later
    ("Het volgende overzicht, met de stand van zaken per 1 december 2025, ontvangt u in december.",
     [("commitment", date(2025, 12, 31))]),
    ("Over de uitvoeringsgereedheid informeer ik uw Kamer in de eerstvolgende Stand van de "
     "uitvoering van de Belastingdienst.", [("commitment", None)]),
])
def test_a_letter_on_motions_retells_what_was_asked_and_promises_what_comes(text, expected):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == expected


@pytest.mark.parametrize("text, expected", [
    ("Het definitieve besluit over de te sluiten locaties wordt uw Kamer in het eerste kwartaal "
     "van 2026 gemeld.", [("commitment", date(2026, 3, 31))]),
    ("Over de inhoud van het convenant informeer ik uw Kamer bij de ondertekening.",
     [("commitment", None)]),
    ("Ik ben bereid uw Kamer een vertrouwelijke technische briefing aan te bieden over de "
     "geleverde steun.", [("commitment", None)]),
    ("Een tussentijdse evaluatie van de sectorplannen is in 2026 voorzien.",
     [("commitment", date(2026, 12, 31))]),
    ("De beleidsdoorlichting van dat artikel is geprogrammeerd voor 2026.",
     [("commitment", date(2026, 12, 31))]),
    ("De lagere regelgeving wordt nu afgerond; het Besluit collectieve warmte wordt voor het "
     "zomerreces in het Staatsblad gepubliceerd.", [("commitment", date(2025, 7, 3))]),
    ("De zevende tranche wordt in het eerste kwartaal van 2026 opengesteld.",
     [("commitment", date(2026, 3, 31))]),
    # what goes on as always promises nothing new
    ("Uw Kamer ontvangt voorafgaand aan iedere Energieraad een geannoteerde agenda.", []),
    ("De Kamer ontvangt de personeelsrapportage tweemaal per jaar, bij de begroting en bij het "
     "jaarverslag.", []),
    ("De Kamer wordt bij de voor- en najaarsnota geïnformeerd over de actuele raming.", []),
])
def test_answers_in_a_list_of_questions(text, expected):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == expected


def test_an_old_verslag_asks_in_its_own_words():
    text = ("VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 10 maart 2025\n\nMevrouw Jansen "
            "(PvdA) vroeg of de minister kon toezeggen dat de bewoners worden gecompenseerd. "
            "Zij vroeg de minister daarin ook de risicoreservering per deelproject op te nemen. "
            "Zij drong erop aan dat het plan ook concrete streefcijfers bevat. Kon de minister "
            "toezeggen dat de middelen beschikbaar blijven?\n\nDe heer Smit (VVD) vroeg of de "
            "staatssecretaris nieuwe streefcijfers wilde vaststellen. Hij vroeg de "
            "staatssecretaris een onafhankelijk onderzoek te laten verrichten.\n")
    assert [i.kind for i in extract(text, D).items] == ["request"] * 6
    retold = _minister("Ik vroeg of de minister kan toezeggen dat de SEH open blijft, en het "
                       "antwoord is nee.")
    assert [i.kind for i in extract(retold, D).items] == []


@pytest.mark.parametrize("asked", [
    "Dus de minister zegt toe dat de regeling in het voorjaar opengaat?",
    "Kan ik daar een brief over krijgen, voor de begrotingsbehandeling?",
    "Komt daar ook in te staan welke provincies achterlopen?",
    "Wordt daarin ook het lokale belastinggebied meegenomen, of blijft het bij de verdeling?",
    "En neemt de staatssecretaris in die evaluatie ook de ervaringen van werkgevers mee?",
    "Ik wil daarin ook de mening van de reizigers terugzien.",
    "Dan wil ik wel dat die kabinetsreactie ingaat op de vraag waarom de uitval stijgt.",
    "Ik zou graag een schriftelijke reactie van de staatssecretaris krijgen op dat rapport.",
])
def test_a_member_presses_in_a_short_turn(asked):
    text = _minister("Ik stuur de Kamer voor de zomer een brief over de regeling.", asked)
    assert [i.kind for i in extract(text, D).items] == ["commitment", "request"]


@pytest.mark.parametrize("said, expected", [
    ("Ik stuur dat overzicht hoe dan ook voor het kerstreces.", [("commitment",
                                                                 date(2025, 12, 18))]),
    ("Ik heb gezegd dat ik ernaar streef de Kamer voor de zomer te informeren.", []),
])
def test_a_minister_in_a_short_turn(said, expected):
    assert [(i.kind, i.due) for i in extract(_minister(said), D).items] == expected


def test_an_acceptance_that_puts_it_in():
    text = _minister("Dank u wel.", "Kan de minister in de rapportage ook het aantal "
                     "thuiszitters per regio opnemen?", "Ja, dat aantal neem ik op.")
    assert [i.kind for i in extract(text, D).items] == ["request", "commitment"]


def test_a_senate_verslag_asks_and_retells_the_answers():
    report = ("B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR ONDERWIJS\n\nVastgesteld 12 "
              "maart 2025\n\nDe leden van de PvdA-fractie vragen hoe het College de toets "
              "waarborgt en of de staatssecretaris bereid is de Kamer een notitie te sturen over "
              "deze leerlingen. Zij vragen voorts de staatssecretaris de Kamer te informeren over "
              "de afname. Zij vragen de regering in de evaluatie ook de positie van de verdachte "
              "te betrekken. Zij vragen of in die brief ook aandacht kan worden besteed aan de "
              "scholen.\n\nDe staatssecretaris heeft in de memorie van antwoord toegezegd de Kamer "
              "in het najaar te informeren over de eerste ervaringen.\n\nDe commissie verneemt "
              "graag vóór de plenaire behandeling van het wetsvoorstel wat de stand van zaken "
              "is.\n")
    assert [i.kind for i in extract(report, D).items] == ["request"] * 5


@pytest.mark.parametrize("text, expected", [
    ("De VNG en de Unie van Waterschappen hebben toegezegd dat de samenwerkingsregio's vóór 1 "
     "januari 2026 zijn gevormd.", []),
    ("De Nederlandse Vereniging voor Burgerzaken (NVVB) heeft toegezegd haar handreiking voor de "
     "zomer aan te passen.", []),
    ("Aedes heeft namens de corporaties toegezegd jaarlijks 30.000 sociale huurwoningen te "
     "bouwen.", []),
    ("Ik zal dat advies betrekken bij de verdere uitwerking van het preventiebeleid.", []),
    ("Ik ga daar in het notaoverleg van 25 juni graag nader op in.", []),
    ("In het verslag van de JBZ-Raad zal ik uw Kamer informeren over de uitkomst.",
     [("commitment", None)]),
    ("Een dergelijk overzicht zal ik als bijlage bij de voortgangsrapportage voegen.",
     [("commitment", None)]),
    ("Het volgende Defensie Projectenoverzicht ontvangt uw Kamer op Verantwoordingsdag 2026.",
     [("commitment", date(2026, 5, 20))]),
])
def test_others_promise_and_the_minister_promises(text, expected):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == expected


def test_a_senator_asks_for_the_group():
    text = _minister("Ik stuur de Kamer voor de zomer een brief over de regeling.",
                     "Mijn fractie verneemt graag vóór 1 december van de minister hoe het staat "
                     "met de evaluatie.")
    assert [(i.kind, i.due) for i in extract(text, D).items] == [
        ("commitment", date(2025, 7, 3)), ("request", date(2025, 11, 30))]


# Round thirty: a question hour, general debates, wetgevingsoverleggen and Eerste Kamer letters.
@pytest.mark.parametrize("words, expected", [
    ("Ik ben bereid de risicoreserveringen per programma zichtbaar te maken, maar niet per "
     "project.", [("commitment", None)]),
    ("Ik ben wel bereid het advies binnen twee weken vertrouwelijk ter inzage te leggen.",
     [("commitment", date(2025, 3, 24))]),
    ("Als de evaluatie daartoe aanleiding geeft, ben ik bereid de regels aan te scherpen.", []),
    ("Ik ben graag bereid om daarover met de Kamer van gedachten te wisselen.", []),
    # present-tense sending, said: nothing goes with a speech
    ("Die rapportage stuur ik de Kamer toe.", [("commitment", None)]),
    ("Het advies van het RIVM gaat naar de Kamer zodra ik het heb ontvangen.",
     [("commitment", None)]),
    ("Die lijst krijgt u voor het meireces.", [("commitment", date(2025, 4, 25))]),
    ("Ik verwacht dat ik de Kamer vóór 1 februari 2026 kan laten weten of die regeling er komt.",
     [("commitment", date(2026, 1, 31))]),
    ("De minister van OCW dient het wetsvoorstel daarvoor dit najaar in.",
     [("commitment", date(2025, 12, 18))]),
    ("De financiële gevolgen verwerk ik in de Voorjaarsnota.", [("commitment", date(2025, 6, 1))]),
    # holding others to theirs, and what depends on a need
    ("Dat is de toezegging van het fonds, en ik zal het fonds daaraan houden.", []),
    ("Dat is zijn planning; ik zal hem daar scherp op houden.", []),
    ("Ik blijf de ontwikkelingen volgen en zal zo nodig aanvullende maatregelen nemen.", []),
])
def test_a_minister_says_in_a_debate(words, expected):
    items = extract(_minister(words, "Dank u wel."), D).items
    assert [(i.kind, i.due) for i in items] == expected


def test_said_in_a_letter_the_present_sends_it_now():
    assert extract(_letter("Die rapportage stuur ik de Kamer toe."), D).items == []


@pytest.mark.parametrize("words, expected", [
    ("Wij verwachten voor de Najaarsnota een overzicht van wat de opvang extra kost.",
     [("request", date(2025, 12, 1))]),
    ("Ik vraag om een analyse van wat de bezuiniging op het Groeifonds betekent.",
     [("request", None)]),
    ("Ten tweede vragen wij om de risicoreserveringen per project zichtbaar te maken.",
     [("request", None)]),
    ("Mijn fractie wil voor het zomerreces een kabinetsappreciatie van dat rapport ontvangen.",
     [("request", date(2025, 7, 3))]),
    ("Ik vraag om het woord.", []),
    ("Wij verwachten voor de zomer een stevig debat.", []),
    ("Vandaar dat ik vraag om gewoon weer de inflatie te volgen als huurstijging.", []),
])
def test_a_member_asks_in_a_debate(words, expected):
    text = _minister("Ik kom daar zo op.", words)
    assert [(i.kind, i.due) for i in extract(text, D).items] == expected


def test_a_letter_retells_a_promise_from_a_bills_treatment_and_says_what_now():
    text = _letter("Bij de plenaire behandeling van de Wet meer ruimte voor nieuwe scholen heeft "
                   "de staatssecretaris toegezegd de Kamer te informeren over de spreiding van "
                   "scholen. Ik zal de Kamer uiterlijk 1 juni 2025 informeren over de eerste "
                   "uitkomsten.",
                   "De wet bepaalt dat de maatregelen worden vastgesteld bij ministeriële "
                   "regeling, die aan beide Kamers wordt voorgelegd.")
    assert [(i.kind, i.due) for i in extract(text, D).items] == [
        ("commitment", date(2025, 6, 1))]


@pytest.mark.parametrize("words, expected", [
    ("De leden van de commissies ontvangen graag een overzicht van de maatregelen.", None),
    ("Om die reden ontvangen de leden van de commissie de beantwoording graag vóór dinsdag 3 "
     "december 2025.", date(2025, 12, 2)),
    ("De leden van de fractie van GroenLinks ontvangen graag, voorafgaand aan de behandeling van "
     "de begroting, een nadere toelichting.", None),
    ("Voorts verneemt de commissie voor Justitie en Veiligheid graag vóór 1 december 2025 wat de "
     "stand van zaken is.", date(2025, 11, 30)),
    ("Niettemin zien zij de beantwoording binnen twee weken met belangstelling tegemoet.",
     date(2025, 3, 24)),
    # "u" is the minister the committee writes to
    ("De commissie vraagt u om een reactie op de brief van de VNG.", None),
    ("De commissie wil u verzoeken om de beantwoording uiterlijk 15 april 2025 aan de Kamer te "
     "zenden.", date(2025, 4, 15)),
])
def test_an_eerste_kamer_committee_asks_in_its_own_words(words, expected):
    text = f"Vaste commissie voor Financiën\n\nDen Haag, 10 maart 2025\n\n{words}\n"
    assert [(i.kind, i.due) for i in extract(text, D).items] == [("request", expected)]


# A verslag's members ask for a paper in other words than "ontvangen graag": wanting one, in an
# older verslag's "gaarne", after "Graag ontvangen zij", with no one named to give it, or asking
# whether the government can send it; an answer asked is no request.
@pytest.mark.parametrize("words, expected", [
    ("De leden van de BBB-fractie willen graag een overzicht ontvangen van de regelingen.",
     "request.members-wait"),
    ("De leden van de NSC-fractie zouden graag een reactie van de minister ontvangen op dit "
     "rapport.", "request.members-wait"),
    ("Gaarne zouden deze leden een overzicht ontvangen van de aanvragen.",
     "request.members-wait"),
    ("De leden van de VVD-fractie hebben met belangstelling kennisgenomen van het voorstel. "
     "Graag ontvangen zij een overzicht van de kosten per regio.", "request.members-wait"),
    ("De leden van de PVV-fractie verzoeken om een reactie op de brief van de VNG.",
     "request.papers-asked"),
    ("Deze leden vragen de regering of zij de Kamer een overzicht kan sturen van de knelpunten.",
     "request.members-ask-delivery"),
    ("Deze leden zouden graag zien dat de minister de Kamer halfjaarlijks op de hoogte houdt van "
     "de voortgang.", "request.directed"),
    ("Deze leden vragen de regering om bij de nota naar aanleiding van het verslag een overzicht "
     "te voegen van alle wijzigingen.", "request.directed"),
    ("De leden van de D66-fractie vragen om een nadere onderbouwing van de gekozen normen.", None),
    ("Deze leden zouden gaarne vernemen hoe de regering dit ziet.", None),
    ("Graag ontvangen zij van de provincie een bijdrage.", None),
    ("Deze leden vragen de regering hoe zij de Kamer op de hoogte zal houden.", None),
])
def test_a_verslags_members_ask_for_a_paper_in_other_words(words, expected):
    text = f"Vaste commissie voor Financiën\n\nDen Haag, 10 maart 2025\n\n{words}\n"
    assert [i.rule for i in extract(text, D).items] == ([expected] if expected else [])


# A verslag's "Zij" after its members opened the paragraph is the members: their wish is no
# promise, and what they ask gladly is asked by them; a question of fact stays a question.
@pytest.mark.parametrize("words, expected", [
    ("Zij vinden het van belang dat de Kamer de uitkomsten van dit traject tijdig ontvangt.", []),
    ("Zij gaan ervan uit dat de Kamer voor de zomer een brief ontvangt.", []),
    ("Zij hopen dat de Kamer de evaluatie voor 1 juli krijgt.", []),
    # (the pronoun after a first word and its verb too)
    ("Wel vinden zij het van belang dat de Kamer de evaluatie voor 1 juli krijgt.", []),
    ("Zij zien het overzicht met belangstelling tegemoet.",
     ["request.members-wait"]),
    ("Zij vragen hoeveel mensen in 2024 zijn heengezonden.", []),
])
def test_a_verslags_they_are_its_members(words, expected):
    text = ("Vaste commissie voor Financiën\n\nDen Haag, 10 maart 2025\n\nDeze leden lezen dat "
            f"de minister een beleidstafel heeft ingesteld. {words}\n")
    assert [i.rule for i in extract(text, D).items] == expected


def test_a_verslags_he_is_the_member_who_opened_the_paragraph():
    text = ("Vaste commissie voor Financiën\n\nDen Haag, 10 maart 2025\n\nHet lid Van Dijk "
            "(PvdA) sprak over de wachtlijsten. Hij hoopt dat de Kamer de evaluatie voor 1 juli "
            "krijgt. Hij ziet de brief graag voor 1 juli tegemoet.\n")
    assert [(i.rule, i.due) for i in extract(text, D).items] == [
        ("request.members-deadline", date(2025, 6, 30))]


def test_a_they_after_someone_else_is_not_the_members():
    # a letter's "Zij" after its own subject: the government's answer stays a promise
    text = _letter("De staatssecretaris gaat in op de voedselprijzen. Zij zal de Kamer voor de "
                   "zomer een brief sturen.", "Met vriendelijke groet.")
    assert [i.kind for i in extract(text, D).items] == ["commitment"]


# Round thirty-one: debates on an incident, the regeling van werkzaamheden, tweeminutendebatten.
@pytest.mark.parametrize("words, expected", [
    ("Ik wil de interne incidentanalyses van Rijkswaterstaat over bruggen en sluizen.",
     [("request", None)]),
    ("De SP wil alle stukken van de onderhandelingen met Shell en ExxonMobil zien.",
     [("request", None)]),
    ("Ik wil een tijdlijn: wie wist wat, wanneer, en wie besloot wat.", [("request", None)]),
    ("Ik wil die tijdlijn graag voor het herfstreces hebben.", [("request", date(2025, 10, 15))]),
    ("Ik wil de minister en zijn medewerkers bedanken voor de antwoorden die we gehad hebben.",
     []),
    ("Ik wil weten wie die rapporten heeft gelezen.", []),
    ("Ik wil de antwoorden van de minister eerst horen.", []),
])
def test_a_member_wants_the_papers_of_an_affair(words, expected):
    text = _minister("Ik kom daar zo op.", words)
    assert [(i.kind, i.due) for i in extract(text, D).items] == expected


@pytest.mark.parametrize("words, expected", [
    ("Binnen drie weken stuur ik u de incidentanalyses sinds 2016, met de persoonsgegevens "
     "weggelakt.", [("commitment", date(2025, 3, 31))]),
    ("Het kabinet voert sinds 2024 de regeling uit, en dat blijft zo tot 2026.", []),
    ("Ik zal u eind oktober een overzicht sturen van alle adviezen, met de adviezen zelf als "
     "bijlage.", [("commitment", date(2025, 10, 31))]),
    ("Wel ontvangt u voor het meireces een feitelijke tijdlijn van alle contacten.",
     [("commitment", date(2025, 4, 25))]),
])
def test_what_the_papers_cover_and_come_with(words, expected):
    items = extract(_minister(words, "Dank u wel."), D).items
    assert [(i.kind, i.due) for i in items] == expected


def test_in_a_letter_an_attachment_after_hierbij_is_this_letters_own():
    assert extract(_letter("Ik stuur u hierbij het overzicht, met de adviezen als bijlage."),
                   D).items == []


@pytest.mark.parametrize("text", [
    "Het SCP heeft de veldwerkfase in maart afgerond en werkt nu aan de rapportage.",
    "Op 23 juni aanstaande voer ik met uw Kamer een algemeen overleg over het "
    "geneesmiddelenbeleid.",
])
def test_in_a_verzamelbrief_others_work_and_a_meeting_is_no_promise(text):
    assert extract(_letter(text), D).items == []


def test_the_ministers_own_work_in_a_shared_clause_is_a_promise():
    assert kinds(_letter("Ik heb het advies ontvangen en werk nu aan een wetsvoorstel.")) == [
        "commitment"]


# Round thirty-two: commissiedebatten 2021-2026, Handelingen 1995-2010.
@pytest.mark.parametrize("words", [
    "Kan daar ook in staan wat het zou kosten om de daluren te laten rijden?",
    "Kan daarbij ook het effect op het EMU-saldo worden vermeld?",
    "Ik zou graag een tijdlijn willen van de uitbreiding van de capaciteit.",
    "Ik zou graag per maand willen zien hoeveel beoordelingen zijn afgerond.",
    "Ik zou graag een doorrekening zien van wat de netinvesteringen betekenen.",
    # a motion's text run on after the member submits it
    "Daarom dien ik de volgende motie in. verzoekt de regering, de Kamer te informeren over de "
    "gevolgen per cliëntgroep, en gaat over tot de orde van de dag.",
])
def test_a_member_asks_in_a_commissiedebat(words):
    text = _minister("Ik kom daar zo op.", words)
    assert [i.kind for i in extract(text, D).items] == ["request"]


def test_an_acceptance_said_again_in_the_ministers_words_is_one_promise():
    text = _minister("Ik kom daar zo op.",
                     "Kan de staatssecretaris toezeggen dat hij in de evaluatie ook kijkt naar de "
                     "hoogte van het maximumbedrag?",
                     "Dat zeg ik toe. Het maximumbedrag wordt in de evaluatie meegenomen. De "
                     "motie over het maximumbedrag ontraad ik.")
    promises = [i for i in extract(text, D).items if i.kind == "commitment"]
    assert len(promises) == 1
    assert "Het maximumbedrag wordt in de evaluatie meegenomen." in promises[0].text
    assert "motie" not in promises[0].text


# Round thirty-three: Eerste Kamer debates 2015-2026.
@pytest.mark.parametrize("words", [
    "Graag een reactie van de minister, en liefst een toezegging dat er onderzoek komt naar een "
    "verlofregeling voor zelfstandigen.",
    "Mijn fractie wil daarom graag de toezegging dat het stelsel pas in werking treedt na de "
    "evaluatie.",
])
def test_a_senator_asks_for_a_promise_in_passing(words):
    assert [i.kind for i in extract(_minister("Ik kom daar zo op.", words), D).items] == [
        "request"]


def _spoken(words: str) -> list[tuple[str, date | None]]:
    """What a minister's turn holds: (kind, due) of each item."""
    return [(i.kind, i.due) for i in extract(_minister(words, "Dank u wel."), D).items]


@pytest.mark.parametrize("words, expected", [
    ("Het wetsvoorstel voor de hervorming van het omroepbestel gaat in het eerste kwartaal van "
     "2026 in internetconsultatie.", date(2026, 3, 31)),
    ("Het wetsvoorstel toelating terbeschikkingstelling arbeidskrachten gaat nog dit jaar voor "
     "advies naar de Raad van State.", date(2025, 12, 31)),
])
def test_a_bill_goes_to_consultation_or_to_the_raad_van_state_by_a_time(words, expected):
    assert _spoken(words) == [("commitment", expected)]


@pytest.mark.parametrize("words, expected", [
    # what parliament receives, said in a clause about something else
    ("Dat doen we via het natuurherstelplan, waar u voor het eind van het jaar een brief over "
     "krijgt, en via de provincies.", [("commitment", date(2025, 12, 31))]),
    ("Dat is een onderwerp waarover de Kamer voor de zomer een brief ontvangt.",
     [("commitment", date(2025, 7, 3))]),
    ("Dat is een onderwerp waarover u al een brief heeft ontvangen.", []),
    # an approach is a deliverable when one comes with it
    ("We komen met een nieuwe aanpak.", [("commitment", None)]),
    ("We komen met de aanpak van de wachtlijsten nog te spreken.", []),
])
def test_what_parliament_receives_in_a_clause_and_an_approach_to_come(words, expected):
    assert _spoken(words) == expected


@pytest.mark.parametrize("words", [
    "Ja, de evaluatie komt voor de zomer naar de Kamer.",
    "Natuurlijk, die brief komt voor de zomer.",
])
def test_an_answers_opening_word_leaves_the_deliverable_first(words):
    # (the opening "Ja," is read as if not said, and the rules that take the deliverable at the
    # sentence's start did not look past the blanks left in its place)
    assert _spoken(words) == [("commitment", date(2025, 7, 3))]


@pytest.mark.parametrize("words, expected", [
    # a deliverable that comes, in a minister's turn, is his: no time or Kamer needed
    ("Er komt sowieso een beantwoording van de vraag of de kosten worden doorgerekend aan de "
     "klant, als ze al een bankrekening kunnen openen.", [("commitment", None)]),
    ("Dus er komt nog een brief over.", [("commitment", None)]),
    ("Er komt een nota.", [("commitment", None)]),
    # not one that does not come, nor someone else's, nor a thing that is no deliverable
    ("Er komt geen brief over.", []),
    ("Er komt ook een evaluatie van de Europese Commissie.", []),
    ("Er komt een moment dat we moeten kiezen.", []),
])
def test_a_deliverable_that_comes_in_a_ministers_turn(words, expected):
    assert _spoken(words) == expected
    assert _member_kinds(words) == []  # (a member's "er komt" promises nothing)


@pytest.mark.parametrize("words, expected", [
    # a minister's present tense that sends: to the Kamer named later, by "we", or what about
    ("Dan sturen wij, zoals gebruikelijk, het interim-auditrapport van de Auditdienst Rijk naar "
     "uw Kamer.", [("commitment", None)]),
    ("We sturen u het rapport.", [("commitment", None)]),
    ("Ik stuur daar nog een brief over.", [("commitment", None)]),
    # not steering, not what is handed over as it is said, not what is not sent
    ("Wij sturen op publieke doelen en die staan voorop.", []),
    ("Ik stuur de Kamer hierbij het rapport.", []),
    ("We sturen de brief niet naar de Kamer.", []),
])
def test_a_minister_sends_in_the_present_tense(words, expected):
    assert _spoken(words) == expected


def test_then_is_the_time_the_sentence_before_names():
    assert _spoken("Het eerste moment waarop ik uw Kamer wil informeren is in oktober. Dan sturen "
                   "wij het rapport van de Auditdienst Rijk naar uw Kamer.") == [
        ("commitment", date(2025, 10, 31))] * 2  # (the moment named is a promise too)
    # (not a time already past, nor a sentence that names none)
    assert _spoken("Dat was in januari. Dan sturen wij het rapport naar uw Kamer.") == [
        ("commitment", None)]


def test_a_decision_taken_at_the_voorjaarsnota_with_the_verb_first():
    assert [(i.kind, i.due) for i in extract(_letter(
        "Over de budgettaire gevolgen daarvan vindt besluitvorming plaats bij de "
        "Voorjaarsnota."), D).items] == [("commitment", date(2025, 6, 1))]


@pytest.mark.parametrize("words", [
    "De verhoging van het btw-tarief per 1 januari 2026 ligt in het Belastingplan bij uw Kamer.",
    "De motie op stuk nr. 15 ontraad ik, omdat zij mij vraagt iets te beloven wat ik op dit "
    "moment niet kan waarmaken.",
])
def test_what_lies_before_the_kamer_and_what_a_motion_asks_to_promise(words):
    assert extract(_minister(words, "Dank u wel."), D).items == []


def test_a_letter_that_will_lie_before_the_kamer_by_a_time_is_a_promise():
    assert kinds(_minister("Voor de zomer ligt er een brief bij de Kamer.", "Dank u.")) == [
        "commitment"]


# Round nineteen: the budget debates' answers (``corpus/dev14``), read once, then opened.
@pytest.mark.parametrize("words, expected", [
    ("Uiteraard informeer ik de Kamer over dit traject.", None),
    ("Ik heb de evaluatie zelf onlangs op mijn bureau gehad, dus die komt op zeer korte termijn "
     "naar de Kamer.", date(2025, 4, 21)),
    ("Die komt binnen een halfjaar.", date(2025, 9, 10)),
    ("Dat laat ik terugkomen in een rapportage om te laten zien dat het werkt.", None),
    ("Daarover wil ik ook terugkoppelen in dat plan van aanpak.", None),
    ("Ik hoop u in december over het pakket te informeren.", date(2025, 12, 31)),
    ("Maar natuurlijk, in een halfjaarbericht politie kom ik erop terug.", None),
    ("Maar komend kwartaal zorg ik ervoor dat ik erop terugkom.", date(2025, 6, 30)),
    ("Over de besluitvorming met de waterschappen en de provincies zal ik uw Kamer informeren.",
     None),
])
def test_a_minister_promises_as_people_speak(words, expected):
    assert _spoken(words) == [("commitment", expected)]


@pytest.mark.parametrize("words", [
    "Dat komt doordat de rente stijgt.",
    "Dat komt in 2026 neer op 3 miljoen euro.",
    "Die komt er in 2026.",  # a measure that will exist, nothing sent
    "Daar informeer ik de Kamer dan ook bij dezen over.",
    "Ik kom daar straks op terug.",
])
def test_what_comes_or_is_told_now_is_not_a_promise(words):
    assert extract(_minister(words, "Dank u wel."), D).items == []


def test_a_time_said_after_a_promise_is_its_time_not_a_second_promise():
    items = extract(_minister("Die neem ik mee in de voortgangsbrief. Die komt in het najaar.",
                              "Dank u wel."), D).items
    assert [(i.kind, i.due, i.text.count("Die")) for i in items] == [
        ("commitment", date(2025, 12, 18), 2)]


def test_not_informing_the_kamer_after_an_aside_is_no_promise():
    assert extract(_letter(
        "Over mijn contacten met andere regeringsleiders zal ik uw Kamer, zoals ook in het "
        "verleden, niet vooraf informeren."), D).items == []


@pytest.mark.parametrize("words", [
    "Ik wil graag van de minister weten wanneer en hoe we daar dan over geïnformeerd worden.",
    "Ik wil ook graag per brief — dat kan ook in de halfjaarlijkse rapportage, zeg ik maar tegen "
    "de minister — geïnformeerd worden over het plan van aanpak.",
    "Ik vraag wel om dan ook direct maatregelen te presenteren.",
    "Ik vraag aan de staatssecretaris of dat in dat onderzoek meegenomen kan worden, zodat wij "
    "straks een goede afweging kunnen maken.",
    "Zorgt het kabinet dat er in december direct maatregelen kunnen worden genomen?",
    "Wat ik aan de minister vraag, is juist om dat recht te zetten.",
    "Ik zou heel graag hebben dat de minister nagaat wat er mogelijk is.",
    "Nu vraag ik de minister: zet nog één stapje meer.",
    "Ik was benieuwd of de minister in de gesprekken met de politie ook wil kijken naar de "
    "mensen achter die organisaties.",
    # whom and what without "om"
    "Ik vraag de minister een brief over de uitvoering voor de zomer.",
    "Ik vraag de staatssecretaris een schriftelijke reactie op dit rapport.",
    "Ik vraag daarom de minister een overzicht van de kosten per gemeente.",
])
def test_a_member_asks_as_people_speak(words):
    items = extract(_minister("Dank u wel.", words), D).items
    assert [(i.kind, i.actor) for i in items] == [("request", "De heer Pietersen")]


def test_a_member_curious_about_an_answer_now_asks_nothing_to_be_delivered():
    assert extract(_minister("Dank u wel.", "Ik ben benieuwd of de minister wil reageren op "
                             "dit punt."), D).items == []
    assert extract(_minister("Dank u wel.", "Ik vraag de minister een antwoord op de vraag "
                             "van mijn collega."), D).items == []


def test_a_stage_direction_ends_the_chairs_turn_before_the_next_speaker():
    # "(Hilariteit)" ends no sentence: the member's label ran into the chair's words
    text = ("De voorzitter:\n\nDat moet u met ons delen. (Hilariteit)\n\nMevrouw Van der Plas "
            "(BBB):\n\nIk vraag aan de staatssecretaris of dat in dat onderzoek meegenomen kan "
            "worden.\n")
    assert [(i.kind, i.actor) for i in extract(text, D).items] == [
        ("request", "Mevrouw Van der Plas")]


@pytest.mark.parametrize("words, expected", [
    ("Ik ben bereid om voorafgaand aan het debat van 7 november de eerste indicatieve, "
     "oriënterende accenten van de brede beëindigingsregeling te delen.", date(2025, 11, 6)),
    ("Een van de acties waar ik uiterlijk in januari mee kom, is het definiëren van wat een "
     "probleemwolf is.", date(2026, 1, 31)),
    ("Daarom verwacht ik dat de uitvoeringsagenda niet eerder dan medio 2025 naar de Kamer "
     "gestuurd kan worden.", date(2025, 6, 30)),
])
def test_a_minister_promises_with_a_list_a_relative_clause_or_an_expectation(words, expected):
    assert _spoken(words) == [("commitment", expected)]


@pytest.mark.parametrize("words", [
    "Ik ben vanzelfsprekend bereid de commissie, als zij daaraan behoefte heeft, in een "
    "mondeling overleg nader te informeren.",
    "Er wordt flink geïnvesteerd in de toezichtstaak. Dat zal ik ook blijven doen.",
    "Ik zal starten met detentie, vervolgens ga ik naar forensische zorg en preventie.",
    "Ik zie uit naar het debat op 23 oktober, waarin we hier ongetwijfeld over zullen spreken.",
    "In mijn beleving noemde ik de nummers steeds, maar ik zal erom denken.",
    "Ik ga het na en kom erop terug.",  # (later in this debate, as often as not)
])
def test_an_offer_on_a_condition_carrying_on_and_the_debates_own_order_promise_nothing(words):
    assert extract(_minister(words, "Dank u wel."), D).items == []


@pytest.mark.parametrize("words", [
    "Mijn vraag aan de minister is de volgende.",
    "Mijn vraag aan de minister is of het ontraden van dit amendement betekent dat zij in 2025 "
    "niets doet.",
    "Mijn vraag aan de minister zou zijn of die hoop gegrond is.",
])
def test_a_members_question_that_asks_for_nothing_to_be_delivered(words):
    assert extract(_minister("Dank u wel.", words), D).items == []


def test_a_motion_that_reaffirms_an_earlier_one_still_asks():
    motion = ("Motie De Kamer, gehoord de beraadslaging, overwegende dat tolken onmisbaar zijn; "
              "herbevestigt de genoemde motie-Sneller/Ellian en verzoekt de regering de "
              "vergoedingssystematiek te veranderen, en gaat over tot de orde van de dag.")
    assert [i.kind for i in extract(_minister("Dank u wel.", motion), D).items] == ["request"]


_DEBATE = ("De voorzitter:\nIk geef het woord aan de minister.\n\nMinister Jansen:\nIk stuur de "
           "Kamer voor de zomer een brief over de uitvoering.\n\nDe heer Pietersen (VVD):\nIk zal "
           "een motie indienen. Kan de minister toezeggen dat de Kamer voor 1 juni een overzicht "
           "krijgt?\n")
_REGISTRY_ENTRY = ("Toezegging Evaluatie Wet werk en bijstand (30.545) (T01342)\n\nDe minister "
                   "van Sociale Zaken en Werkgelegenheid zegt de Kamer toe het evaluatierapport "
                   "te zenden.\n\nDatum toezegging: 16 juni 2009\nDeadline: 31 december 2010\n"
                   "Status: openstaand\n")


@pytest.mark.parametrize("text", [_DEBATE, _REGISTRY_ENTRY, _letter(
    "In het najaar van 2025 zal ik uw Kamer informeren over de uitkomsten van het onderzoek.")])
@pytest.mark.parametrize("saved", [
    lambda t: t.replace("\n", "\r\n"),  # on Windows
    lambda t: t.replace("\n", "\r"),  # an old Mac's line ends
    lambda t: t.replace("\n\n", "\n\x0c"),  # PDF text: a form feed opens each page
    lambda t: t.replace(" ", "\u00a0"),  # a web page's no-break spaces
    lambda t: t.replace(" 1", "\u202f1").replace("de ", "de\u2009"),  # narrow and thin spaces
])
def test_line_ends_and_spaces_as_saved_elsewhere_read_the_same(text, saved):
    as_saved = saved(text)
    plain, other = extract(text, D), extract(as_saved, D)
    assert other.form == plain.form
    assert [(i.kind, i.due, i.actor) for i in other.items] == \
        [(i.kind, i.due, i.actor) for i in plain.items]
    assert plain.items  # (the texts hold what a clerk registers)
    # each span points at the same words in the text as it was saved
    assert [as_saved[i.start:i.end].split() for i in other.items] == \
        [text[i.start:i.end].split() for i in plain.items]


@pytest.mark.parametrize("words", [
    # the one who sits there: "deze minister", "dit kabinet"
    "Mocht het kabinet toch tot goedkeuring willen overgaan, dan verzoek ik deze minister om "
    "dat eerst aan de Kamer voor te leggen.",
    "Is deze minister bereid om de Kamer voor de zomer te informeren?",
    "Ik wil dat dit kabinet de Kamer voor 1 juni een brief stuurt.",
    # the government by its members or its head
    "Ik wil dat deze twee bewindspersonen zich daarvoor hard gaan maken.",
    "Ik wil dat de premier er alles aan doet om die korting te behouden.",
    # willing to do what was just asked
    "Ik vraag de minister of hij daartoe bereid is.",
])
def test_a_member_asks_the_minister_who_sits_there(words):
    assert _member_kinds(words) == ["request"]


@pytest.mark.parametrize("words, asked", [
    ("Kan de minister dat schriftelijk toelichten?", True),
    ("Kan hij dat per brief bevestigen?", True),
    ("Voorzitter, wil de staatssecretaris die vraag schriftelijk beantwoorden?", True),
    ("Kan de minister dat nog even toelichten?", False),  # here and now: the debate's own
    ("Kan de minister uitleggen waarom de schriftelijke vragen niet beantwoord zijn?", False),
    ("Is het misschien mogelijk om per brief een duiding te geven, zodat we kunnen zien hoe de "
     "vlag erbij hangt?", True),
    ("De vraag kan dan per brief beantwoord worden.", True),
    ("Is het mogelijk dat de minister daar nu op ingaat?", False),
    ("Die vraag is per brief beantwoord, maar niet volledig.", False),
    # a promise sought
    ("Ik probeer deze toezegging zo concreet mogelijk van de minister te horen.", True),
    ("Daarom hoop ik dat ik de minister kan verleiden tot de toezegging dat hij toeziet op een "
     "goede samenwerking tussen die instanties.", True),
    ("Ik ben blij met de toezegging die ik van de minister heb gehoord.", False),
    ("Dank aan de minister voor de toezegging over de handhaving in slachthuizen.", False),
    # an appeal to the government, or a call whose addressee goes without saying
    ("Ik zou dus nogmaals een appel willen doen op de minister om nu al tot een verbod te "
     "komen.", True),
    ("Ik doe een dringend appel op het kabinet: regel dit voor de zomer.", True),
    ("Wij roepen daarom op om de regeling nog dit jaar aan te passen.", True),
    ("Ik doe een appel op de collega's om deze motie te steunen.", False),
    ("Ik roep de collega's op om deze motie te steunen.", False),
])
def test_an_answer_asked_in_writing_a_promise_sought_an_appeal_are_requests(words, asked):
    kinds = [i.kind for i in extract(_minister("Dank u wel.", words), D).items]
    assert kinds == (["request"] if asked else [])


@pytest.mark.parametrize("words", [
    "Deze minister heeft de Kamer eerder een brief gestuurd.",
    "Kan deze minister uitleggen waarom dat zo is?",
])
def test_naming_the_minister_who_sits_there_asks_nothing_by_itself(words):
    assert extract(_minister("Dank u wel.", words), D).items == []


@pytest.mark.parametrize("text, actor", [
    # a report in the third person: the pronoun stands for the one the sentence names
    ("De minister antwoordt dat hij de Kamer voor de zomer zal informeren over de uitkomsten.",
     "minister"),
    ("Als de staatssecretaris constateert dat er meer problemen zijn, zal zij de Kamer daarover "
     "informeren.", "staatssecretaris"),
    ("De minister van Financiën is bereid de Kamer nader te informeren; zij doet dat binnen zes "
     "weken.", "minister van Financiën"),
])
def test_a_pronoun_that_promises_is_registered_as_whom_it_stands_for(text, actor):
    (item,) = extract(text, D).items
    assert (item.kind, item.actor) == ("commitment", actor)


def _as_read(span: str) -> list[str]:
    return unicodedata.normalize("NFKC", re.sub("[\u00ad\u200b\ufeff]", "", span)).split()


# (each text holds an "fi" or "fl", so that every way of saving it changes it)
@pytest.mark.parametrize("text", [
    _DEBATE.replace("over de uitvoering", "over de financiering"),
    _REGISTRY_ENTRY.replace("het evaluatierapport", "het definitieve evaluatierapport"),
    _letter("Ik zal uw Kamer voor 1 juni de definitieve reflectie op het financiële kader "
            "sturen.")])
@pytest.mark.parametrize("saved", [
    lambda t: re.sub(r"(?<=\w{4})(?=\w{4})", "\u00ad", t),  # a web page's soft hyphens
    lambda t: "\ufeff" + t.replace("k ", "k\u200b "),  # a byte-order mark, zero-width spaces
    lambda t: t.replace("fi", "\ufb01").replace("fl", "\ufb02"),  # PDF text's ligatures
])
def test_characters_that_print_as_nothing_and_ligatures_read_as_their_letters(text, saved):
    as_saved = saved(text)
    assert as_saved != text
    plain, other = extract(text, D), extract(as_saved, D)
    assert other.form == plain.form
    assert [(i.kind, i.due, i.actor, i.text) for i in other.items] == \
        [(i.kind, i.due, i.actor, i.text) for i in plain.items]
    assert plain.items
    assert [_as_read(as_saved[i.start:i.end]) for i in other.items] == \
        [text[i.start:i.end].split() for i in plain.items]
    assert [_as_read(as_saved[s.start:s.end]) for s in sentences_of(as_saved)] == \
        [text[s.start:s.end].split() for s in sentences_of(text)]


def test_a_soft_hyphen_where_a_line_broke_joins_the_word():
    entry = _REGISTRY_ENTRY.replace("evaluatierapport te", "evaluatie\u00ad\nrapport te")
    (item,) = extract(entry, D).items
    assert "het evaluatierapport te zenden" in item.text
    assert entry[item.start:item.end].endswith("rapport te zenden.")


def test_a_word_broken_where_a_line_once_ended_is_read_whole():
    # Text whose lines were run together again keeps the hyphen of a broken word mid-line
    letter = ("Den Haag, 10 maart 2025\n\nIk zal uw Kamer voor de zomer informe-ren over de "
              "uitkomsten van het auto-ongeluk onderzoek en de ICT-systemen.\n\n"
              "Kunt u deze vragen elk afzonderlijk en voor het einde van de week beantwoor-den?\n")
    promise, asked = extract(letter).items
    assert (promise.kind, promise.due) == ("commitment", date(2025, 7, 3))
    assert "informeren over de uitkomsten van het auto-ongeluk onderzoek en de ICT-systemen" \
        in promise.text  # (a hyphen that joins two words, or follows a capital, stays)
    assert letter[promise.start:promise.end].endswith("ICT-systemen.")
    assert (asked.kind, asked.due, asked.text[-13:]) == ("request", date(2025, 3, 14),
                                                         "beantwoorden?")


def test_a_word_broken_after_a_short_word_is_read_whole_if_its_tail_is_no_word():
    # "ge-schieden": "ge" is an old word, "schieden" none; "zij-instromers" is two words
    letter = ("Den Haag, 10 maart 2025\n\nDe beantwoording zal zo spoedig mogelijk ge-schieden. "
              "De zij-instromers worden gevolgd.\n")
    items = extract(letter).items
    assert [(i.kind, i.text) for i in items] == [
        ("commitment", "De beantwoording zal zo spoedig mogelijk geschieden.")]
    assert "De zij-instromers worden gevolgd." in [x.text for x in extract(letter).sentences]


@pytest.mark.parametrize("words", [
    "Ik ga dat na en laat het de Kamer weten.",
    "Ik ga dat uitzoeken en informeer de Kamer.",
])
def test_going_to_find_out_and_then_the_way_to_the_kamer_is_a_promise(words):
    # "ga … na" alone is the debate's business; the second verb, its subject left out, names
    # the way to the Kamer
    assert _spoken(words) == [("commitment", None)]


# Paraphrases of real labelled sentences, written by hand from the guide (5 December 2026): the
# same promise or request in other words, read wrongly where the original was read right.
@pytest.mark.parametrize("words, expected", [
    # the subject after the verb when a phrase opens the clause, whatever names it holds
    ("Over dit Integraal Herbeleggingsplan Vastgoed Defensie ontvangt de Kamer in augustus een "
     "brief van mij.", date(2025, 8, 31)),
    # a clause of its own after a semicolon: its subject, its object first
    ("Het punt dat hij maakt is helder; ik kom daar binnen zes maanden schriftelijk bij de Kamer "
     "op terug.", date(2025, 9, 10)),
    ("Het inspectiebezoek vindt nu plaats; de beoordeling daarvan krijgt u begin juni van mij.",
     date(2025, 6, 10)),
    # taken along into a report named, or into the letter just promised
    ("Dit neem ik uiteraard mee in het volgende halfjaarbericht politie.", None),
    ("Dat punt nemen we inderdaad mee in die reactie.", None),
    ("Dat betrekken we inderdaad bij de reactie die u bij de Voorjaarsnota krijgt.",
     date(2025, 6, 1)),
    ("Hoe we dat platform kunnen realiseren, zet ik medio juni zo concreet mogelijk voor u op "
     "papier.", date(2025, 6, 15)),
    # a start, past an aside and without an article
    ("Medio 2025 beginnen we, zoals de Rekenkamer aanbeveelt, met aanvullend onderzoek.",
     date(2025, 6, 30)),
    ("Zodra de eerste cijfers binnen zijn, laat ik in een rapportage aan de Kamer zien dat het "
     "werkt.", None),
    # a second round of paraphrases
    ("Die toezegging doe ik mevrouw Welzijn met plezier.", None),
    ("Binnen een halfjaar ligt dit bij de Kamer.", date(2025, 9, 10)),
    ("Dat komt rond de zomer naar de Kamer.", date(2025, 7, 3)),
    ("Voordat er een besluit valt, stuur ik het advies naar uw Kamer, met uitzondering van "
     "vertrouwelijke informatie.", None),
    ("Ik zet de mogelijkheden graag voor de Voorjaarsnota op een rij, zodat de Kamer ziet aan "
     "welke knoppen we kunnen draaien.", date(2025, 6, 1)),
    ("Ik zorg ervoor dat ze allebei worden opgenomen in het halfjaarbericht van de politie.",
     None),
    ("Dat laat ik meenemen in mijn onderzoek, waarvan de resultaten in het eerste kwartaal van "
     "2026 naar de Kamer komen.", date(2026, 3, 31)),
    ("Al die reacties, adviezen en toetsen verwerken we na de zomer in een wetsvoorstel.",
     date(2025, 9, 30)),
    ("Wij kijken hier opnieuw naar en informeren de Kamer daarover bij de Miljoenennota.",
     date(2025, 9, 16)),
    ("Niet alles zal klaar zijn, maar we zorgen er wel voor dat de Kamer inzicht krijgt in de "
     "budgettaire gevolgen.", None),
    # round three
    ("Ik neem dat mee in een van de brieven die ik de komende maanden naar de Kamer stuur.",
     None),
    ("Wat de eerste vraag betreft: daar stuur ik de Kamer een schriftelijke reactie op.", None),
    ("Maar dan stuur ik de Kamer gewoon even een brief met de stand van zaken.", None),
])
def test_a_promise_said_in_other_words(words, expected):
    assert _spoken(words) == [("commitment", expected)]


@pytest.mark.parametrize("words, expected", [
    ("Later dit jaar werk ik mijn oplossingsrichting nader uit in een brief aan uw Kamer over "
     "het functioneren van de kinderopvangmarkt.", date(2025, 12, 31)),
    ("Wij verwachten de Kamer voor september aanstaande het volledige beeld te kunnen geven.",
     date(2025, 8, 31)),
    ("De intentieverklaring wordt op 2 juni door mij en alle betrokken partijen ondertekend.",
     date(2025, 6, 2)),
    ("Ik bericht u nader over de uitkomsten.", None),  # later: not "Hierbij …"
    ("Daarover informeer ik uw Kamer te zijner tijd.", None),
    ("Deze onderzoeksopdracht zullen wij medio april ter kennisneming aan de Tweede Kamer "
     "zenden.", date(2025, 4, 15)),
    ("Naar verwachting kan ik u hierover dit najaar berichten.", date(2025, 12, 18)),
    ("De vragen zullen omstreeks 15 april 2025 worden beantwoord.", date(2025, 4, 15)),
    ("Vervolgens stuur ik het onderzoek aan uw Kamer.", None),
    ("Uw Kamer ontvangt medio juni een nieuwe stand van zaken over de problematiek.",
     date(2025, 6, 15)),
    ("Dit zal als samenhangend onderdeel worden behandeld in de visie die uw Kamer medio 2026 "
     "ontvangt.", date(2026, 6, 30)),
    ("Mede op verzoek van de Tweede Kamer ontvangt u voor het kerstreces van ons een schets van "
     "de ontwikkeling van de krijgsmacht.", date(2025, 12, 18)),
    ("Ik verzoek u daarom om verlenging van de termijn met vier weken, tot 20 februari.",
     date(2026, 2, 20)),
])
def test_a_promise_written_in_other_words(words, expected):
    assert [(i.kind, i.due) for i in extract(_letter(words), D).items] == [
        ("commitment", expected)]


@pytest.mark.parametrize("words, expected", [
    ("Ik vraag het kabinet de Kamer hierover zo snel mogelijk een brief te sturen.",
     date(2025, 3, 31)),
    ("Ik vraag het kabinet de Kamer binnen acht weken per brief te laten weten hoe de expertise "
     "van de sociale werkplaatsen behouden blijft.", date(2025, 5, 5)),
    # an answer in writing, by a time, is no answer now
    ("Kan de staatssecretaris de Kamer binnen vier weken per brief bevestigen dat het Deense "
     "voorbeeld geen voorsortering is?", date(2025, 4, 7)),
    ("Ik vraag de minister om in de volgende voortgangsrapportage in te gaan op de vermindering "
     "van bureaucratie.", None),
    ("Ik verzoek de regering de huren van corporatiewoningen te bevriezen.", None),
    ("Ik zou dan ook graag een antwoord op die vraag hebben voordat we gaan stemmen.", None),
    ("Naar aanleiding van de parlementaire verkenning roept de commissie de minister dringend "
     "op om meer de regie te nemen.", None),
    ("De PvdA vraagt het kabinet daarom om op Verantwoordingsdag ieder jaar met een "
     "kabinetsreactie te komen.", date(2025, 5, 21)),
    ("Dank daarvoor; kan zij ervoor zorgen dat wij die informatie vóór 15 april krijgen?",
     date(2025, 4, 14)),
])
def test_a_member_asks_in_other_words(words, expected):
    items = extract(_minister("Dank u wel.", words), D).items
    assert [(i.kind, i.due) for i in items] == [("request", expected)]


@pytest.mark.parametrize("turns", [
    # a member's wish, told by the minister
    ("Mevrouw Dik-Faber zei dat ze wil dat ik het al betrek bij de brief die nog komt.",
     "Dank u wel."),
    ("Dank u wel.", "Ik vraag het kabinet niet om geld, ik vraag om begrip."),
    ("Dank u wel.", "Kan de minister uitleggen waarom dat zo lang duurt?"),
    ("Dank u wel.", "Ik vraag de minister om daar in zijn antwoord op in te gaan."),
    ("Dank u wel.", "Ik zou graag een antwoord hebben."),  # now, in the debate
    ("Dat onderzoek neem ik mee in het normenkader.", "Dank u wel."),
    # near misses written beside the paraphrases
    ("Op hoe dat vorm zou kunnen krijgen, kom ik zo bij de appreciatie van de moties nog "
     "terug.", "Dank u wel."),
    ("Mocht de Kamer daar prijs op stellen, dan wil ik best overwegen om er een brief over te "
     "sturen.", "Dank u wel."),
    ("Ook hierover kan ik niet toezeggen dat ik de Kamer voor het volgende commissiedebat "
     "informeer, want ik weet niet wanneer ik er meer over hoor.", "Dank u wel."),
    ("Ik zou dat mevrouw Agema graag toezeggen, maar het verhelderen daarvan ligt bij de "
     "gemeenten en niet bij mij.", "Dank u wel."),
    ("Dank u wel.", "Ik wil de minister bedanken voor de brief die hij had toegezegd en "
     "inmiddels ook heeft gestuurd."),
    ("Dat komt ook binnenkort.", "Dank u wel."),
    ("Die toezegging doe ik niet.", "Dank u wel."),
    ("Voordat ik met mijn inleiding start, geef ik een reactie op de vraag van mevrouw Van der "
     "Plas.", "Dank u wel."),
])
def test_what_is_still_nothing_to_register(turns):
    assert [i.kind for i in extract(_minister(*turns), D).items] == []


@pytest.mark.parametrize("words", [
    "Hierbij informeer ik u nader over de uitkomsten.",
    "Met deze brief informeer ik u nader over de stand van zaken.",
])
def test_telling_more_in_this_letter_promises_nothing(words):
    assert extract(_letter(words), D).items == []


@pytest.mark.parametrize("question", [
    "Wilt u het Nederlandse standpunt over het schrappen van verkrachting uit de richtlijn "
    "heroverwegen?",
    "Wilt u deze vragen beantwoorden voordat de begroting van Asiel en Migratie in de Kamer "
    "wordt behandeld?",
    "Wilt u dit ook in Europees verband aan de orde stellen?",
])
def test_written_questions_asked_in_other_words(question):
    text = _framed_answers(question)
    assert [i.kind for i in extract(text, D).items] == ["request"]


def _framed_answers(question: str) -> str:
    return ("Vragen van het lid Jansen (VVD) aan de Minister van Binnenlandse Zaken (ingezonden 3 "
            "februari 2025).\n\nVraag 1\n" + question + "\n")


@pytest.mark.parametrize("text", [
    # a minister asks the Kamer, a chair a member: no request of the government
    _letter("Ik verzoek u vanwege voornoemde reden opnieuw om uitstel."),
    "De voorzitter:\nIk verzoek de staatssecretaris om haar betoog te vervolgen.\n\n"
    "Staatssecretaris Jansen:\nDank u wel.\n",
    "De voorzitter:\nIk verzoek u het kort te houden.\n\nDe heer Pietersen (VVD):\nZeker.\n",
    _letter("Ik verzoek u daarom om uitstel."),
    _letter("Ik verzoek u dan snel de behandeling in de Kamer van deze brieven mogelijk te maken, "
            "zodat Defensie onverminderd voort kan gaan met herstellen en versterken."),
    _letter("Ik kan u op dit moment niet toezeggen dat ik u bij separate brief nader over dit "
            "traject zal informeren."),
    # reported, and hedged
    _letter("Daarbij heb ik opgemerkt dat ik u naar verwachting tegen het einde van het eerste "
            "kwartaal van dit jaar zou kunnen berichten."),
])
def test_asking_the_kamer_or_a_member_and_a_hedge_retold_are_not_registered(text):
    assert extract(text, D).items == []


def test_members_who_want_to_know_whether_the_government_is_willing_ask_it():
    # a verslag's "willen weten of de regering bereid is …": the branch was there, but the
    # sentence never reached it (no word of the directed requests' hint)
    text = ("Verslag van een schriftelijk overleg\n\nVastgesteld 10 maart 2025\n\nDe leden van de "
            "ChristenUnie-fractie willen weten of de regering bereid is een evaluatiebepaling op "
            "te nemen.\n")
    assert [i.kind for i in extract(text, D).items] == ["request"]


# Round twenty-three (ministers' letters, answers and verslagen of 1985-1999, scanned): what
# its opened half taught.
def test_another_countrys_government_promises_nothing_to_the_kamer():
    text = _letter("De Deense Regering heeft voor medio oktober een witboek aangekondigd waarin "
                   "zij haar positie uiteen zal zetten.",
                   "De Britse regering zal in december een wetsvoorstel indienen.",
                   "De Duitse minister van Financiën zal in april een voorstel doen.")
    assert kinds(text) == []
    assert kinds(_letter("De Nederlandse regering zal in december een wetsvoorstel indienen.")) \
        == ["commitment"]


def test_an_impersonal_aim_with_a_time_is_a_promise_but_not_a_laws_plan():
    item = one(_letter("Er wordt naar gestreefd om in het jaar 2026 de besluitvorming hierover "
                       "af te ronden."))
    assert (item.kind, item.rule, item.due) == ("commitment", "commitment.aim",
                                                date(2026, 12, 31))
    # a law taking effect is planned, not delivered (as "Beoogd wordt …"), and no milestone yet
    assert kinds(_letter("Er wordt naar gestreefd de wet per 1 januari 2027 in werking te laten "
                         "treden.")) == []


# Round twenty-eight (letters of 1975-1984, answers of 1980-1984, verslagen): its opened half.
def test_what_lies_in_the_intention_is_an_aim():
    item = one(_letter("Het ligt in de bedoeling bovengenoemd verbod binnen het parlementaire "
                       "jaar 2025-2026 in de Wet op te nemen."))
    assert (item.kind, item.rule, item.due) == ("commitment", "commitment.aim",
                                                date(2026, 9, 14))
    assert kinds(_letter("Het ligt in de bedoeling de Kamer voor de zomer te informeren.")) == [
        "commitment"]
    assert kinds(_letter("Het ligt niet in de bedoeling de regeling te wijzigen.",
                         "Het ligt in de lijn der verwachting dat het aantal daalt.")) == []


def test_a_member_urging_the_minister_in_an_old_verslag_asks():
    text = ("Verslag van een mondeling overleg\n\nVastgesteld 10 maart 2025\n\nDe heer Tazelaar "
            "was niet tevreden. Met klem drong spreker er bij de minister op aan dit "
            "compromisvoorstel in het overleg in Brussel te presenteren.\n")
    assert kinds(text) == ["request"]


def test_a_letters_place_and_date_run_into_its_first_sentence_make_no_promise():
    text = ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 10 maart 2025 "
            "Naar aanleiding van uw verzoek stuur ik u de gevraagde gegevens.\n")
    assert extract(text, D).items == []


# Round twenty-four (the same source, more letters and answers of 1985-1999).
_AANHANGSEL = ("Vergaderjaar 1990-1991\nAanhangsel van de Handelingen\nVragen gesteld door de "
               "leden der Kamer, met de daarop door de regering gegeven antwoorden\n306\nVragen "
               "van het lid Lilipaly (P.v.d.A.) over voetbalvandalisme. (Ingezonden 29 november "
               "1990)\n")


def _asked(questions: str) -> list[Item]:
    """What is read from written questions under ``_AANHANGSEL``'s heading (sent 29 November
    1990)."""
    return extract(_AANHANGSEL + questions, date(1990, 11, 29)).items


def test_the_first_written_question_after_its_heading_is_a_sentence_of_its_own():
    text = _AANHANGSEL + ("1 Bent u bereid met de KNVB, de NS en de burgemeesters op korte termijn "
                          "te overleggen om herhaling te voorkomen?\n")
    (item,) = extract(text, date(1990, 11, 29)).items
    assert item.kind == "request" and item.text.startswith("1 Bent u bereid")
    assert "Ingezonden" not in item.text
    # a question about what was asked before asks nothing now
    text = _AANHANGSEL + ("1 Kunt u zich herinneren, dat ik heb gevraagd te bevorderen, dat de "
                          "notitie tijdig wordt besproken?\n")
    assert extract(text, date(1990, 11, 29)).items == []


def test_a_committee_would_appreciate_answers_in_the_passive():
    text = _letter("De commissie zou het zeer op prijs stellen, indien onderstaande vragen alsnog "
                   "voor de openbare beraadslaging zouden worden beantwoord.")
    assert kinds(text) == ["request"]


@pytest.mark.parametrize(("words", "due"), [
    ("Daarover zal nog nadere informatie verschaft worden.", None),
    ("Enkele thema's komen in de nota niet aan de orde omdat daarover afzonderlijk zal worden "
     "gerapporteerd.", None),
    ("Onderzocht zal worden of het mogelijk is de ziekenhuizen op dit punt te ondersteunen.", None),
    ("Deze werken zullen binnen twee jaar zijn voltooid.", date(2027, 3, 10)),
    ("De achterstand zal door deze maatregelen binnen twee jaar worden weggewerkt.",
     date(2027, 3, 10)),
    ("De beantwoording kan overigens op korte termijn tegemoet worden gezien.",
     date(2025, 4, 21)),
    ("Ik deel u mee dat er naar wordt gestreefd de notitie einde 2026 gereed te hebben.",
     date(2026, 12, 31)),
])
def test_an_older_letters_passives_promise(words, due):
    (item,) = extract(_letter(words), D).items
    assert (item.kind, item.due) == ("commitment", due)


@pytest.mark.parametrize("words", [
    "Aan de gemeenten zal nadere informatie worden verschaft.",
    "Daarover zal door de Europese Commissie worden gerapporteerd.",
    "De bouw van de brug door de provincie zal in 2027 zijn voltooid.",
    "De nota kan niet voor de zomer tegemoet worden gezien.",
    "Dit proces zal worden afgerond in januari 2025, dan wordt meer bekend.",
    "Ik ga in het onderstaande eerst in algemene zin in op de opmerkingen van de leden.",
    "Hiermede denk ik in belangrijke mate te kunnen tegemoetkomen aan problemen die zich bij de "
    "invoering in 2026 voordoen.",
])
def test_what_an_older_letter_says_without_promising(words):
    assert kinds(_letter(words)) == []


def test_an_amendments_signatory_is_a_member_and_its_day_of_receipt_no_deadline():
    text = ("AMENDEMENTEN VAN HET LID SALOMONS Ontvangen 22 januari 2025 I De ondergetekende stelt "
            "de volgende amendementen voor: Artikel I wordt gewijzigd.\n")
    assert extract(text, D).items == []
    assert one(_letter("De ondergetekende is voornemens het wetsvoorstel in 2026 in te "
                       "dienen.")).kind == "commitment"


# Round twenty-five (the same source's next letters and answers).
def test_a_scans_question_number_run_into_its_first_word_and_questions_asking_by_a_day():
    text = _AANHANGSEL + ("1 Is het waar dat de regeling vervalt?1 2Kunt u voor 1 april aanstaande "
                          "aangeven of leraren onder de regeling vallen? 3Zult u ervoor zorg "
                          "dragen, dat het bedrag wordt terugbetaald? 4 Kunt u aangeven of u voor "
                          "1 april een besluit neemt?\n")
    items = extract(text, date(1990, 11, 29)).items
    assert [(i.kind, i.due) for i in items] == [("request", date(1991, 3, 31)),
                                                ("request", None)]
    assert items[0].text.startswith("2 Kunt u voor 1 april") and "Zult u" in items[1].text
    # (a footnote's number run into its text stays as it was)
    assert Gluefinder("beantwoorden.4Kamerstukken II 2023/24").points() == []


def test_a_delay_asked_of_the_kamer_is_a_promise_to_answer_by_then():
    text = _AANHANGSEL + ("In verband met de overdracht is beantwoording binnen drie weken niet "
                          "mogelijk gebleken. Ik verzoek u derhalve, mede namens mijn "
                          "ambtgenoten van Welzijn, Volksgezondheid en Cultuur en Economische "
                          "Zaken, om uitstel van de beantwoording van genoemde vragen tot 22 juli "
                          "a.s.\n")
    (item,) = extract(text, date(1991, 6, 30)).items
    assert (item.kind, item.rule, item.due) == ("commitment", "commitment.more-time",
                                                date(1991, 7, 22))
    # (a committee's chair on its behalf still asks)
    chair = _letter("Ik verzoek u namens de commissie de Kamer voor 1 juni een brief te sturen "
                    "over de uitvoering.")
    assert kinds(chair) == ["request"]


@pytest.mark.parametrize("words", [
    "Naar verwachting zal het EG-onderzoek begin 2026 worden afgerond.",
    "De herziening van de NAVO-strategie zal voor medio 2026 worden afgerond.",
    "Recentelijk heb ik vernomen dat van de kant van de bergingsindustrie binnenkort een rapport "
    "zal worden uitgebracht.",
    "Alvorens concreet op deze ontwikkelingen in te gaan, zal ik eerst de uitgangspunten schetsen "
    "die bij de besluitvorming gelden.",
])
def test_what_round_twenty_five_says_without_promising(words):
    assert kinds(_letter(words)) == []


def test_a_later_letter_that_will_sketch_still_promises():
    assert kinds(_letter("Ik zal u in het voorjaar in een brief de uitgangspunten schetsen.")) \
        == ["commitment"]


# Round twenty-six (answers and committee verslagen of 1985-1999).
_EINDVERSLAG = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 1988-1989\n20 657\nEINDVERSLAG\n"
                "Vastgesteld 10 maart 1989\n\n")


@pytest.mark.parametrize("words", [
    "De leden misten een totaaloverzicht. Zij drongen er bij de regering op aan dat totale "
    "overzicht te geven.",
    "De hier sprekende leden hechtten eraan van de regering alsnog een puntsgewijze reactie te "
    "krijgen op de adviezen.",
])
def test_a_verslag_urging_or_holding_to_an_answer_asks(words):
    assert [i.kind for i in extract(_EINDVERSLAG + words + "\n", date(1989, 3, 10)).items] \
        == ["request"]


def test_an_older_written_question_asks_in_the_passive_and_of_men():
    questions = ("1 Kan deze enquête aan deze Kamer worden overgelegd? 2 Is men bereid "
                 "na te gaan of de presentatie kan worden verbeterd? 3 Kan deze enquête "
                 "worden overgelegd aan de gemeenten? 4 Ik hecht eraan dat te zeggen.\n")
    assert [(i.kind, i.rule) for i in _asked(questions)] == [
        ("request", "request.asks-delivery"), ("request", "request.asks-promise")]


def test_a_report_sent_in_the_present_with_no_time_comes_with_the_letter():
    assert kinds(_letter("Het rapport van de werkgroep, getiteld «Tussen Droom en Daad», wordt "
                         "u in definitieve vorm aangeboden.",
                         "De nota wordt in definitieve vorm aan de Kamer aangeboden.")) == []
    for later in ("Het rapport wordt u binnenkort aangeboden.",
                  "De notitie wordt u afzonderlijk toegezonden.",
                  "Het rapport wordt de Kamer toegestuurd.",
                  "Het rapport wordt u na ontvangst van het advies aangeboden.",
                  "De resultaten worden uw Kamer medio 2014 toegezonden."):
        assert kinds(_letter(later)) == ["commitment"], later


def test_a_legal_date_that_should_have_been_met_is_no_milestone():
    for said in ("Zij waren verbaasd, terwijl toch al bekend was dat vóór 15 juli 2026 de "
                 "aanpassingen aan de richtlijn hadden moeten plaatsvinden.",
                 "De richtlijn had per 1 januari 2024 in werking moeten treden."):
        assert kinds(_letter(said)) == [], said
    assert kinds(_letter("De wet treedt op 1 juli 2027 in werking.")) == ["milestone"]


def test_a_question_asking_to_provide_figures_or_a_promised_paper_asks():
    questions = ("1 Wilt u een opgave verstrekken van de door Nederland aan China "
                 "verstrekte hulp? 2 Wilt u bij deze gelegenheid de informatie "
                 "verstrekken, toegezegd bij de mondelinge beantwoording op 22 maart? 3 "
                 "Kunt u nadere informatie verstrekken over de aard van de "
                 "verdenkingen?\n")
    assert [(i.rule, i.text[:20]) for i in _asked(questions)] == [
        ("request.asks-delivery", "1 Wilt u een opgave "),
        ("request.asks-delivery", "Wilt u bij deze gele")]


def test_work_restored_by_a_time_is_a_promise():
    for said in ("De benodigde strandafgangen zullen vóór de zomer 2026 zijn her-steld.",
                 "De schade zal vóór 1 juli 2026 zijn hersteld."):
        assert kinds(_letter(said)) == ["commitment"], said
    assert kinds(_letter("De schade is inmiddels hersteld.",
                         "Het vertrouwen zal worden hersteld.")) == []


def test_members_who_plead_for_a_deed_ask_for_it():
    report = _EINDVERSLAG + ("Aangezien deze studie essentieel is, pleitten genoemde leden er met "
                             "klem voor haar zo snel mogelijk tot een eind te brengen. De leden "
                             "van de VVD-fractie pleiten ervoor de regeling voor 1 juli aan te "
                             "passen.\n")
    assert [(i.kind, i.rule) for i in extract(report, date(1989, 3, 10)).items] == [
        ("request", "request.directed")] * 2
    assert kinds(_letter("Ik pleit ervoor de regeling aan te passen.")) == []


def test_the_members_view_of_a_government_plan_is_no_promise():
    report = _EINDVERSLAG + ("Zij achtte het geen probleem dat de regering een commissaris zal "
                             "aanwijzen. Deze leden vonden het jammer dat de minister de regeling "
                             "pas in 1990 zal herzien.\n")
    assert extract(report, date(1989, 3, 10)).items == []
    assert kinds(_letter("Ik acht het juist dat de regering voor de zomer een commissaris zal "
                         "aanwijzen.")) == ["commitment"]


def test_how_a_memorie_van_antwoord_goes_through_the_verslag_promises_nothing():
    for said in ("Indien ik hun eigen bewoordingen aanhaal zal ik deze, om misverstand te "
                 "voorkomen, tussen aanhalingstekens plaatsen.",
                 "Om een goed overzicht te verkrijgen zal ik, het voorlopig verslag op de voet "
                 "volgende, de vragen beantwoorden.",
                 "Ik zal de vragen beantwoorden in de volgorde van het verslag."):
        assert kinds(_letter(said)) == [], said
    assert kinds(_letter("Ik zal u in het voorjaar de evaluatie van het verslag sturen.")) == [
        "commitment"]


def test_members_who_would_gladly_see_a_paper_ask_for_it():
    report = _EINDVERSLAG + ("Nu het al meer dan drie jaar geleden is dat de voorlopige raad werd "
                             "ingesteld, zouden deze leden graag kennis nemen van het advies van "
                             "de voorlopige raad. De leden zouden gaarne kennis nemen van de "
                             "correspondentie met de gemeente. Zij nemen graag kennis van de "
                             "reactie.\n")
    assert [i.rule for i in extract(report, date(1989, 3, 10)).items] == [
        "request.papers-asked", "request.papers-asked"]
    assert kinds(_letter("Wij zouden graag kennis nemen van het rapport van de commissie.")) == []


def test_members_asking_for_an_overview_ask_unless_the_answers_retell_it():
    report = _EINDVERSLAG + ("Voorts vroegen deze leden, overigens in dank voor de reeds "
                             "verstrekte informatie, alsnog om een overzicht van de totale "
                             "fiscale lasten op jaarbasis. De leden van de P.v.d.A.-fractie "
                             "vroegen om een overzicht van de feitelijke uitgaven. Zij vroegen "
                             "om een nadere uiteenzetting van de verhouding tussen beide.\n")
    assert [i.rule for i in extract(report, date(1989, 3, 10)).items] == [
        "request.papers-asked", "request.papers-asked"]
    answered = ("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 26 juni 2025\n\nI Vragen en "
                "opmerkingen vanuit de fracties\n\nDe leden van de VVD-fractie vragen om een "
                "overzicht van de wachtrijen per netbeheerder.\n\nII Reactie van de minister\n\n"
                "De leden van de VVD-fractie vragen om een overzicht van de wachtrijen per "
                "netbeheerder. Dat overzicht ontvangt u na de zomer.\n")
    assert [(i.kind, i.start < answered.index("II Reactie"))
            for i in extract(answered, date(2025, 6, 26)).items] == [
        ("request", True), ("commitment", False)]


def test_a_present_verb_inside_a_condition_promises_nothing():
    assert kinds(_letter("Ik moet toegeven dat wanneer ik de wet naar de letter neem, de "
                         "mogelijkheid zeker niet op voorhand mag worden uitgesloten.")) == []
    for said in ("Zodra ik het rapport ontvang, stuur ik het u toe.",
                 "Wanneer het rapport verschijnt stuur ik het u toe.",
                 "Na afronding van het onderzoek informeer ik uw Kamer."):
        assert kinds(_letter(said)) == ["commitment"], said


def test_a_committee_directing_its_request_to_the_minister_asks():
    committee = ("Vaste commissie voor Welzijn\n\nDen Haag, 16 december 2025\n\nGaarne richt zij "
                 "tot u als coördinerend minister voor het gehandicaptenbeleid het verzoek om "
                 "als grondslag voor het commissiedebat een beleidsnotitie te doen opstellen.\n")
    assert [(i.kind, i.rule) for i in extract(committee, date(2025, 12, 16)).items] == [
        ("request", "request.directed")]
    # a minister asking the Kamer is no request of it
    assert kinds(_letter("Gaarne richt ik tot u het verzoek het wetsvoorstel spoedig te "
                         "behandelen.")) == []


def test_a_copy_left_with_the_kamers_clerk_is_sent_to_it():
    for said in ("Een afschrift van de evaluatienota zal bij de griffie van de Kamer worden "
                 "gedeponeerd.",
                 "Het rapport zal binnenkort bij de griffie van de Kamer ter inzage worden "
                 "gelegd."):
        assert kinds(_letter(said)) == ["commitment"], said
    for said in ("Het rapport zal binnenkort bij de gemeente ter inzage worden gelegd.",
                 "De stukken worden vertrouwelijk ter inzage gelegd bij de griffie van uw Kamer."):
        assert kinds(_letter(said)) == [], said  # another's counter; with this letter


def test_an_older_written_question_asks_for_figures_by_a_day_or_for_an_instruction():
    questions = ("1 Wilt u vóór 1 mei a.s. een overzicht ge-ven per groeikern van de "
                 "geplande woningen? 2 Wilt u in het algemeen de ambassadeurs van het "
                 "Koninkrijk instrueren dat zij geen prijs stellen op die comités? 3 "
                 "Kunt u een overzicht geven van de kosten?\n")
    assert [(i.rule, i.due) for i in _asked(questions)] == [
        ("request.asks-answers-by", date(1991, 4, 30)), ("request.asks-action", None)]


def test_a_scans_broken_ingezonden_still_ends_the_heading():
    text = ("Aanhangsel van de Handelingen\nVragen van het lid Mik (D'66) over de stortplaats. "
            "(Inge-zonden 4 oktober 1976) 1 Is de Minister bereid te bevorderen dat de plannen "
            "openbaar worden gemaakt? 2 Is het u bekend dat de provincie het plan steunt?\n")
    items = extract(text, date(1976, 10, 25)).items
    assert [(i.kind, i.text[:16]) for i in items] == [("request", "1 Is de Minister")]


def test_an_older_written_question_asks_the_bewindsman():
    questions = ("1 Is de bewindsman bereid er bij de gemeenten op aan te dringen, "
                 "garanties te verlenen? 2 Is de bewindsman van mening dat dit kan?\n")
    assert [(i.kind, i.rule) for i in _asked(questions)] == [
        ("request", "request.asks-promise")]


def test_an_older_written_question_asks_after_zo_ja_and_of_the_ministers_named():
    questions = (
        "1 Is het u bekend dat het overleg is hervat? Zo ja, kan het resultaat aan de Kamer "
        "worden medegedeeld? 2 Indien de bewindslieden van oordeel zijn dat de werkzaamheden "
        "voortgezet dienen te worden, zijn zij dan bereid zodanige oplossingen te zoeken dat dit "
        "gewaarborgd is? 3 Indien de gemeenten van oordeel zijn dat het kan, zijn zij dan bereid "
        "oplossingen te zoeken? 4 Zo ja, wat is het resultaat?\n")
    assert [(i.kind, i.rule) for i in _asked(questions)] == [
        ("request", "request.asks-delivery"), ("request", "request.asks-promise")]


# Round twenty-seven (the source's last answers and committee verslagen of 1985-1999).
@pytest.mark.parametrize("words", [
    "In de presentatie van het plan is aangegeven dat nadere besluitvorming zou plaatsvinden "
    "wanneer meer inzicht zou zijn verkregen in deze kosten.",
    "Daarbij wordt ervan uitgegaan dat het voorliggende wetsvoorstel uiterlijk met ingang van 31 "
    "december 2025 in werking zal zijn getreden.",
])
def test_what_round_twenty_seven_says_without_promising(words):
    assert kinds(_letter(words)) == []
    assert kinds(_letter("Besluitvorming zal in het najaar plaatsvinden.")) == ["commitment"]


def test_a_written_question_asking_the_minister_to_plead_asks_a_deed():
    questions = "1 Wilt u bij de Europese Commissie pleiten voor uniforme specificaties?\n"
    assert [i.rule for i in _asked(questions)] == ["request.asks-action"]


# Round thirty-one (the source's last answers of 1975-1984, verslagen and notas of 1975-1999).
def test_a_written_question_asks_for_papers_to_be_handed_over_not_for_a_talk():
    questions = (
        "1 Wilt u de meest recente gegevens over-leggen over de verwachte tijdsduur van de bouw? "
        "2 Wilt u hierover met de provincie overleggen? 3 Wilt u de stukken overleggen met de "
        "gemeente?\n")
    assert [(i.rule, i.text[:12]) for i in _asked(questions)] == [
        ("request.asks-delivery", "1 Wilt u de ")]


def test_a_minister_hopes_to_send_the_answer_once_it_can():
    items = extract(_letter("Zodra dit het geval is, hoop ik u het antwoord toe te zenden."),
                    D).items
    assert [(i.rule, i.precision) for i in items] == [("commitment.expects", "conditional")]
    # hoping for what others do promises nothing
    assert kinds(_letter("Ik hoop op een spoedige beantwoording door de provincie.",
                         "Zodra dit het geval is, hoop ik dat de gemeente het antwoord stuurt.")) \
        == []


def test_a_colleague_willing_to_act_after_a_long_object():
    assert kinds(_letter(
        "Ik deel u mede dat mijn ambtgenoot van Binnenlandse Zaken bereid is in het Centraal "
        "Georganiseerd Overleg de ontwikkeling in de rijksdienst van een vaste gedragslijn inzake "
        "het melden van collectieve ontslagen aan de gewestelijke arbeidsbureaus aanhangig te "
        "maken.")) == ["commitment"]


@pytest.mark.parametrize(("words", "due"), [
    ("De commissie hoopt op een spoedige beantwoording van de hierboven gestelde vragen.",
     date(1989, 4, 21)),
    ("De commissie verzoekt om een spoedige beantwoording.", date(1989, 4, 21)),
    ("De commissie hoopt op een reactie van de regering.", None),
])
def test_a_committee_hoping_for_a_soon_answer_asks_for_it(words, due):
    items = extract(_EINDVERSLAG + words + "\n", date(1989, 3, 10)).items
    assert [(i.kind, i.due) for i in items] == [("request", due)]


@pytest.mark.parametrize("words", [
    "De leden hopen op een goede samenwerking met de regering.",
    "Zij hoopt op een goede afloop van het overleg.",
    # a law's coming into force soon is no reply asked by a time
    "De leden drongen aan op spoedige inwerkingtreding van de regeling.",
])
def test_what_a_committee_hopes_for_without_asking(words):
    assert [i.due for i in extract(_EINDVERSLAG + words + "\n", date(1989, 3, 10)).items
            if i.kind == "request"] in ([], [None])


# Round thirty-two (answers and verslagen of 1970-1974).
def test_older_written_questions_of_the_ministers_in_the_plural_and_by_portfolio():
    questions = (
        "1. Kunnen de bewindslieden nadere maatregelen toezeggen tot een wijziging van het "
        "beleid?\n2. Zijn de maatregelen voldoende? Zo neen, waarom niet?\n3. Zo ja, willen zij "
        "dan bevorderen, dat in voorkomende gevallen de Europese Commissie wordt uitgenodigd?\n4. "
        "Indien blijkt dat de procedures niet zijn gevolgd, is de Minister van Verkeer en "
        "Waterstaat dan bereid hier alsnog de gelegenheid toe te openen?\n5. Kan de "
        "Staatssecretaris bevorderen, dat alles in het werk gesteld wordt?\n6. Kan de "
        "Staatssecretaris mededelingen doen omtrent de stand van zaken?\n7. Kunnen de "
        "bewindslieden de stelling onderschrijven, dat dit ontoelaatbaar is?\n")
    assert [(i.rule, i.text[:2]) for i in _asked(questions)] == [
        ("request.asks-promise", "1."), ("request.asks-action", "3."),
        ("request.asks-promise", "4."), ("request.asks-action", "5.")]


def test_a_numbered_question_whose_question_mark_the_scan_lost_still_asks():
    questions = (
        "5. Zijn de bewindslieden bereid om samen met de gemeente Arnhem de problematiek van het "
        "verkeer integraal te bestudepae/etm = personenauto-eenheden per etmaal\n")
    assert [(i.kind, i.rule) for i in _asked(questions)] == [
        ("request", "request.asks-promise")]
    # (a numbered statement is not a question)
    assert kinds(_letter("2. De minister is bereid de regeling voor de zomer te wijzigen.")) == [
        "commitment"]


@pytest.mark.parametrize("words", [
    "Het noodzakelijk overleg met mijn ambtgenoot van Landbouw en Visserij zal vermoedelijk nog "
    "enige weken vergen.",
    "Dit alles zal ten minste nog drie maanden duren.",
    # what another body advises the government
    "Het nader beraad heeft de PCW aanleiding gegeven het werk in zijn programmavoorstel op te "
    "nemen, zodat het aan de orde komt in de vergadering van het COW op 26 februari, alwaar over "
    "het uiteindelijke vrijgeven aan mij zal worden geadviseerd.",
])
def test_what_something_takes_or_what_the_minister_is_advised_is_no_promise(words):
    assert kinds(_letter(words)) == []
    # (a promise to tell what it takes still is one)
    assert kinds(_letter("Ik zal u voor de zomer informeren over wat het zal kosten en hoe lang "
                         "het zal duren.")) == ["commitment"]


def test_a_single_older_question_counts_from_when_it_was_sent():
    # the 1960s and 1970s printed "VRAAG van het lid …", one question, under a numbered heading
    text = ("Aanhangsel tot het Verslag van de Handelingen der Tweede Kamer\n881. VRAAG van het "
            "lid Goudsmit (D'66) over de woningwetwoningen.\n(Ingezonden 2 mei 1973.)\nIs de "
            "Staatssecretaris bereid op korte termijn een circulaire aan de gemeenten te laten "
            "uitgaan, en zijn de Ministers in dit verband bereid de regeling te herzien?\n")
    item, = extract(text, date(1973, 5, 10)).items
    assert (item.kind, item.reference_date, item.due) == (
        "request", date(1973, 5, 2), date(1973, 6, 13))


def test_they_are_asked_after_the_ministers_are_named():
    questions = (
        "1 Is het de Ministers niet opgevallen, dat de instanties het slechte voorbeeld geven, en "
        "zijn zij in dit verband bereid de openbare verlichting nog eens kritisch te bezien? 2 Is "
        "het de gemeenten opgevallen dat het donker is, en zijn zij in dit verband bereid de "
        "verlichting te verbeteren?\n")
    assert [i.text[:2] for i in _asked(questions)] == ["1 "]


def test_a_decision_to_be_taken_after_the_advice_is_a_promise_with_its_condition():
    items = extract(_letter("Na ontvangst van de adviezen van de inspecties, waarom inmiddels is "
                            "verzocht, zal over de gevraagde faciliteiten een beslissing worden "
                            "genomen."), D).items
    assert [(i.kind, i.precision) for i in items] == [("commitment", "conditional")]
    # (with no time nor condition it stays a statement)
    assert kinds(_letter("Over de faciliteiten zal een beslissing worden genomen.")) == []


# Round thirty-four (answers and verslagen of 1960-1969).
def test_the_ondergetekende_is_willing_to_look_into_it_or_hopes_to_send():
    assert kinds(_letter("De ondergetekende is bereid na te gaan of wijziging der wettelijke "
                         "bepalingen geboden is.",
                         "De ondergetekende hoopt thans binnenkort zijn nader rapport te kunnen "
                         "doen toekomen.",
                         "De gemeente hoopt de Kamer voor de zomer te kunnen informeren.")) == [
        "commitment", "commitment"]


def test_older_questions_asked_after_a_leading_clause_or_after_zo_ja():
    questions = (
        "1. Indien deze vragen bevestigend moeten worden beantwoord, wil de Minister dan "
        "bevorderen, dat op korte termijn een beslissing wordt genomen?\n2. Is het de "
        "Staatssecretaris bekend in welke omvang dit voorkomt en, zo neen, wil hij dit dan via de "
        "rijksinspectie doen onderzoeken?\n3. Kan de Minister op korte termijn zijn standpunt "
        "bekendmaken?\n4. Kan de Minister meedelen of hij overweegt maatregelen te treffen en, zo "
        "ja, welke?\n")
    assert [(i.rule, i.text[:2]) for i in _asked(questions)] == [
        ("request.asks-action", "1."), ("request.asks-action", "2."),
        ("request.asks-action", "3.")]


def test_an_older_aanhangsel_page_dates_each_item_by_its_own_heading():
    # The 1960s printed several items on a page, each heading with its day, the answers' too
    text = ("Aanhangsel tot het Verslag van de Handelingen der Tweede Kamer\n374\nANTWOORD van "
            "de heer Vondeling, Minister van Financiën. (Ingezonden 25 juni 1965.)\n1. De "
            "ondergetekende zal u op korte termijn nader berichten.\n365. VRAGEN van mevrouw "
            "Singer-Dekker (P.v.d.A.) in verband met een schuur.\n(Ingezonden 1 juni 1965.)\n1. "
            "Kan de Minister op korte termijn zijn standpunt bekendmaken?\nMEDEDELING van de heer "
            "Bartels, Staatssecretaris. (Ingezonden 2 juli 1965.) De beantwoording zal zo spoedig "
            "mogelijk plaatsvinden.\n")
    assert [(i.kind, i.reference_date) for i in extract(text, date(1965, 7, 2)).items] == [
        ("commitment", date(1965, 6, 25)), ("request", date(1965, 6, 1)),
        ("commitment", date(1965, 7, 2))]


# Round thirty-five (answers, verslagen and letters of 1950-1964).
@pytest.mark.parametrize("words", [
    "Vertrouwende, dat de Regering vóór de openbare beraadslaging over dit wetsontwerp op het "
    "vorenstaande schriftelijk bescheid zal geven, acht de commissie die beraadslaging daarmede "
    "voldoende voorbereid.",
    "De commissie, in het vertrouwen, dat de Minister op het bovenstaande schriftelijk zal willen "
    "antwoorden vóór de openbare beraadslagingen, is van oordeel, dat daarmede de behandeling "
    "genoegzaam zal zijn voorbereid.",
    "Vertrouwende, dat de Minister bereid zal zijn het bovenstaande vóór de openbare behandeling "
    "schriftelijk te beantwoorden, is de commissie van oordeel dat die behandeling voldoende is "
    "voorbereid.",
])
def test_a_committee_trusting_in_written_answers_asks_for_them(words):
    assert [(i.kind, i.rule) for i in extract(_EINDVERSLAG + words + "\n",
                                              date(1989, 3, 10)).items] == [
        ("request", "request.members-trust")]
    # (a letter's closing trust asks nothing)
    assert kinds(_letter("In het vertrouwen u hiermee voldoende te hebben geïnformeerd.")) == []


def test_older_wordings_of_an_intention_and_a_question():
    assert kinds(_letter("Het ligt uiteraard in mijn voornemen U zo spoedig mogelijk mijn "
                         "antwoord ter zake te doen toekomen.")) == ["commitment"]
    questions = ("1 Acht de Minister dit juist? Of is de Minister bereid te overwegen "
                 "vrijstelling van militaire dienst te verlenen?\n")
    assert [i.rule for i in _asked(questions)] == ["request.asks-promise"]


def test_a_written_question_asking_for_an_opinion_or_a_fact_asks_for_the_answer():
    questions = (
        "1. Is de Minister bereid zijn oordeel te geven over hetgeen in de vragen is gesteld?\n2. "
        "Is de Minister dan bereid mede te delen welke feiten hebben geleid tot de vertraging?\n3. "
        "Zo ja, bent u bereid deze opvatting mede te delen aan de EG-commissaris?\n")
    assert [i.text[:2] for i in _asked(questions)] == ["3."]


# Round thirty-six (stored pages not used before, 2000-2026): the classes its opened half
# missed or read wrongly, each with what must stay as it was.
def test_a_ministrys_own_table_names_parliament_the_tk():
    items = extract(_letter("De TK wordt hierover in het najaar van 2025 geïnformeerd."), D).items
    assert [(i.kind, i.precision) for i in items] == [("commitment", "season")]
    # ("het EK" is a championship, not the Eerste Kamer)
    assert kinds(_letter("Het EK wordt hierover in het najaar van 2025 geïnformeerd.")) == []


def test_striving_with_its_subject_after_the_verb():
    for words in ("Zoals in de kabinetsreactie gesteld, streeft het kabinet ernaar om in het "
                  "voorjaar een brief te sturen.",
                  "Daarom streef ik er ook naar om voor de zomer een wetsvoorstel in te dienen."):
        assert [i.rule for i in extract(_letter(words), D).items] == ["commitment.intention"]


def test_a_that_clause_opened_by_a_condition_goes_on_after_its_comma():
    (item,) = extract(_letter("Ik verwacht dat als het onderzoek klaar is, ik u in juni zal "
                              "informeren."), D).items
    assert (item.kind, item.due) == ("commitment", date(2025, 6, 30))
    assert [i.kind for i in extract(_letter(
        "Dat brengt mij tot de toezegging dat zodra het kabinet tot besluitvorming is gekomen en "
        "dat aan uw Kamer meldt, het kabinet in dit geval de stukken zal meesturen."), D).items] \
        == ["commitment"]
    # (what others will do after the condition promises nothing)
    assert kinds(_letter("Hij zegt dat als het rapport er is, de gemeenten het zullen "
                         "publiceren.")) == []


def test_taken_along_in_the_passive_into_a_document_still_to_come():
    (item,) = extract(_letter("Zijn overige vragen worden betrokken bij het vandaag "
                              "aangekondigde voortgangsbericht over de vragen van het lid "
                              "Klaver."), D).items
    # (the day it was announced is no deadline)
    assert (item.rule, item.due) == ("commitment.takes-along", None)
    assert kinds(_letter("De gevolgen voor de begroting zullen worden verwerkt in de tweede "
                         "suppletoire begroting.")) == ["commitment"]
    assert kinds(_letter("De reacties worden meegenomen in de evaluatie.",
                         "Dit wordt door de gemeenten meegenomen in de volgende brief.",
                         "De gevolgen worden niet meegenomen in de volgende voortgangsbrief.")) \
        == []


def test_an_aim_with_its_subject_after_the_verb():
    assert [i.rule for i in extract(_letter(
        "Voor de regionale luchthavens is de inzet om per 1 januari 2026 een luchthavenbesluit "
        "vastgesteld te hebben."), D).items] == ["commitment.aim"]
    assert kinds(_letter("In Brussel is de inzet van Nederland om de regels te versoepelen.")) \
        == []


def test_written_questions_asking_for_papers_after_zo_ja_or_to_come_to_the_kamer():
    questions = ("1 Zijn er nog andere onderhoudsrapporten? Zo ja, kan de Kamer deze "
                 "ontvangen?\n2 Kunnen de doorrekeningen van de versoberingsopties voor vervanging "
                 "van de sluis en bruggen bij Kornwerderzand uiterlijk half februari naar de Kamer "
                 "komen?\n3 Heeft u de bereidheid om de wolf vogelvrij te verklaren?\n")
    items = _asked(questions)
    assert [(i.kind, i.due) for i in items] == [
        ("request", None), ("request", date(1991, 2, 15)), ("request", None)]


def test_members_asking_to_be_kept_informed():
    (item,) = extract(_EINDVERSLAG + "De leden van de VVD-fractie danken de staatssecretaris. "
                      "Deze leden worden graag actief op de hoogte gehouden van het vervolg van "
                      "het proces.\n", date(1989, 3, 10)).items
    assert (item.kind, item.rule) == ("request", "request.members-wait")


@pytest.mark.parametrize("words", [
    # an intention voiced before, retold
    "In het commissiedebat van 26 januari 2022 heb ik het voornemen van het kabinet uitgesproken "
    "om de afbouw van het staatsbelang te hernemen.",
    # attention given, in this letter or without anything to deliver
    "Hierbij zal ik ook aandacht besteden aan het belang van het leren van de Nederlandse taal.",
    "Het eerste deel van de brief gaat over de donorwet; ik zal achtereenvolgens aandacht "
    "besteden aan de registratie en de voorlichting.",
    # the document about itself
    "Deze notitie is de eerste waarin u over het voorzitterschap van de Raad van Europa wordt "
    "geïnformeerd.",
    # the debate's own turn, written down before it
    "De overige gestelde vragen zal ik tijdens het vervolg van het debat op woensdag 23 oktober "
    "2025 in mijn eerste termijn beantwoorden.",
])
def test_what_round_thirty_six_says_without_promising(words):
    assert kinds(_letter(words)) == []


def test_attention_promised_in_a_later_letter_or_by_asking_others_still_promises():
    assert kinds(_letter("In de voortgangsbrief van het najaar zal ik aandacht besteden aan de "
                         "registratie.",
                         "Ik zal de inspectie vragen hier in haar jaarverslag aandacht aan te "
                         "besteden.")) == ["commitment", "commitment"]


# Round thirty-seven (more stored pages: written questions and answers, letters, verslagen).
def test_a_decision_during_the_next_spring_decisions_is_due_with_the_voorjaarsnota():
    (item,) = extract(_letter("Besluitvorming over toekomstige steun zal plaatsvinden tijdens de "
                              "volgende Voorjaarsbesluitvorming."), D).items
    assert (item.kind, item.due, item.precision) == ("commitment", date(2025, 6, 1), "season")


def test_members_who_see_gladly_that_the_next_report_holds_something_ask_for_it():
    for words in ("De heer Van As (LPF) ziet graag dat het volgende subsidieoverzicht een "
                  "compleet overzicht biedt van alle subsidies.",
                  "De leden zien graag dat de regering de Kamer voor de zomer informeert."):
        assert [i.kind for i in extract(_EINDVERSLAG + words + "\n", date(1989, 3, 10)).items] \
            == ["request"]
    # (a minister's own wish asks nothing)
    assert kinds(_letter("Ik zie graag dat de volgende rapportage ook de cijfers bevat.")) == []


def test_a_letter_holding_an_overview_of_how_something_will_be_done_is_about_itself():
    assert kinds(_letter("Deze brief bevat tevens de, in het planningsoverzicht voor vaste "
                         "commissie Digitale Zaken aangekondigde overzicht van de wijze waarop "
                         "het toezicht binnen de rijksoverheid zal worden vormgegeven.")) == []
    # (a promise in its own clause beside it still counts)
    assert kinds(_letter("Deze brief bevat de stand van zaken en ik zal u in het najaar "
                         "informeren over het vervolg.")) == ["commitment"]


def test_an_office_set_to_work_on_a_day_is_no_legal_milestone():
    assert kinds(_letter("Zoals aangegeven heb ik prioriteit gegeven aan het in werking brengen "
                         "van de basisteams per 1 januari 2027.")) == []
    assert kinds(_letter("De wet treedt per 1 januari 2027 in werking.")) == ["milestone"]


# Round thirty-eight (the stored pages' last letters, answers and Eerste Kamer pages).
def test_our_aim_is_an_aim():
    (item,) = extract(_letter("Ons streven is om dit standpunt in het najaar aan beide kamers te "
                              "doen toekomen."), D).items
    assert (item.rule, item.precision) == ("commitment.aim", "season")


def test_a_commissions_report_appearing_is_not_the_governments_promise():
    assert kinds(_letter("Naar verwachting zal eind mei het eindrapport van de "
                         "evaluatiecommissie verschijnen.",
                         "De staatscommissie zal in het najaar haar advies uitbrengen.")) == []
    # (the government sending it on, or a report of its own, still counts)
    assert kinds(_letter("Ik zal het advies van de staatscommissie voor de zomer aan uw Kamer "
                         "sturen.", "Naar verwachting zal eind mei het eindrapport verschijnen.")) \
        == ["commitment", "commitment"]


# Round thirty-nine (bills' notas, letters answering a committee).
def test_something_sent_with_a_letter_still_to_come_is_promised():
    assert kinds(_letter("Zoals aangekondigd in die brief wil ik het schema toezenden met de "
                         "brief waarin ik mijn definitieve besluit toelicht.")) == ["commitment"]
    # (what others send, said in a clause after "dat", is not)
    assert kinds(_letter("Ik wil benadrukken dat de gemeenten het overzicht sturen met de brief "
                         "waarin zij hun besluit toelichten.")) == []


def test_informing_at_once_after_what_it_waits_for_is_a_promise_with_a_condition():
    (item,) = extract(_letter("Op basis van bovenstaande kan vervolgens het vaccinatieschema "
                              "aangepast worden en informeer ik uw Kamer terstond."), D).items
    assert (item.kind, item.due, item.precision) == ("commitment", None, "conditional")


def test_a_date_in_a_relative_clause_opened_without_its_comma_is_that_clauses():
    # (round thirty-six's opened half: "… zal verzenden waarmee … per 1 juli 2008 wordt
    # ingetrokken" gave the promise the day the withdrawal takes effect)
    (item,) = extract(_letter("Dit betekent dat ik binnenkort de beschikking aan de laboratoria "
                              "zal verzenden waarmee de aanwijzing van de laboratoria per 1 juli "
                              "2025 wordt ingetrokken."), D).items
    assert (item.kind, item.due, item.precision) == ("commitment", date(2025, 4, 21), "vague")


def test_announcing_that_is_saying_what_not_promising_by_the_other_clauses_date():
    # (round thirty-six's opened half: the date was the failing switch's, not the announcement's)
    assert kinds(_letter("Daardoor zal de overstap naar een nieuw stelsel niet lukken per 1 "
                         "januari 2026 en kondig ik aan dat ik rekening houd met uitstel van één "
                         "jaar.")) == []
    # (what the announcement promises in its own clause still counts)
    assert kinds(_letter("Ik kondig aan dat ik voor de zomer een wetsvoorstel zal indienen.")) \
        == ["commitment"]


# Round forty (committee debates and plenary sittings of 2025).
@pytest.mark.parametrize("words, expected", [
    ("Ik kan uw Kamer de toezegging doen dat ik aanvullend aan dit rapport de Kamer een brief "
     "stuur.", ["commitment"]),
    ("Dit kunt u lezen als een toezegging dat ik ermee aan de slag ga.", ["commitment"]),
    ("Dat mag u als een toezegging beschouwen.", ["commitment"]),
    # (a promise refused, or a reading turned down, is none)
    ("Ik kan niet de toezegging doen dat de wet op 1 januari ingaat.", []),
    ("Dit kunt u niet als een toezegging beschouwen.", []),
])
def test_a_minister_who_calls_his_words_a_promise_promises(words, expected):
    assert kinds(_minister(words, "Dank u wel.")) == expected


@pytest.mark.parametrize("words, expected", [
    ("Ik zal heel kort een inleiding houden en daar meteen de financiën bij pakken.", []),
    ("Zo zal ik daar met u doorheen gaan.", []),
    # (taking the Kamer along in what comes later, by a time, still counts)
    ("Ik zal de Kamer voor de zomer meenemen in de uitwerking.",
     [("commitment", date(2025, 7, 3))]),
])
def test_how_a_minister_goes_through_the_debate_is_no_promise(words, expected):
    assert _spoken(words) == expected


@pytest.mark.parametrize("words, expected", [
    ("Ik hoor hier graag een reflectie van hem op.", []),
    ("Kan de minister daar een eerlijke reflectie op geven?", []),
    ("Ik zou de minister willen vragen om een mondelinge reflectie op een paar van de antwoorden.",
     []),
    # (a reflection in writing is a paper asked for, and so is what is asked beside one)
    ("Kan de minister een schriftelijke reflectie sturen voor de zomer?", ["request"]),
    ("Ik hoor graag een reflectie van de minister, en ik vraag haar om de zorgen van de omroepen "
     "mee te nemen in haar gesprekken met de NPO.", ["request"]),
])
def test_a_members_reflection_asked_in_the_debate_is_an_answer_not_a_request(words, expected):
    assert _member_kinds(words) == expected


@pytest.mark.parametrize("words, expected", [
    ("Ik doe een beroep op artikel 68 en vraag om de informatieve nota's, die de minister in het "
     "vorige debat heeft genoemd, zo snel mogelijk naar de Kamer te sturen.", ["request"]),
    ("Daarom doe ik een beroep op artikel 68.", ["request"]),
    # (the second verb without its "ik" asks too)
    ("Ik sluit me daarbij aan en vraag om de evaluatie zo snel mogelijk naar de Kamer te sturen.",
     ["request"]),
    # (an appeal retold is not made)
    ("Volgens mij is na het beroep op artikel 68 toegezegd dat wij alle adviezen zouden "
     "ontvangen.", []),
])
def test_a_member_invoking_the_right_to_information_asks(words, expected):
    assert _member_kinds(words) == expected


@pytest.mark.parametrize("words, expected", [
    ("Ik stuur u in oktober een brief. We zullen daarin ook ingaan op de voortgang.",
     [("commitment", date(2025, 10, 31)), ("commitment", date(2025, 10, 31))]),
    ("Ik stuur u in oktober een brief. Ik neem daarin ook de vraag mee hoe we kleine "
     "verenigingen beter bereiken.",
     [("commitment", date(2025, 10, 31)), ("commitment", date(2025, 10, 31))]),
    # (what a letter sent before held, or this one, is not promised by it)
    ("Ik heb u in maart een brief gestuurd. Ik zal daarin ook ingaan op de voortgang.", []),
    ("Ik zal daarin ook ingaan op de voortgang.", []),
])
def test_what_a_promised_letter_will_hold_said_subject_first_is_promised_with_it(words, expected):
    assert [(i.kind, i.due) for i in extract(_letter(words), D).items] == expected


def test_a_member_who_mentions_a_round_table_does_not_make_the_debate_one():
    # (round forty's opened half: a member's "of een rondetafelgesprek" near the start of a
    # committee debate silenced every member's request after it)
    debate = _minister("Ik stuur u voor de zomer een brief.",
                       "Voor mijn part gaan we in september een rondetafelgesprek voeren. Kunt "
                       "u die evaluatie met ons delen?")
    assert kinds(debate) == ["commitment", "request"]
    # (a round-table talk named as its heading still hears guests: nothing asked of the
    # government)
    assert "request" not in kinds("Verslag van een rondetafelgesprek\n\n" + debate)


# Round forty-one (the same debates' next pieces).
@pytest.mark.parametrize("words, expected", [
    ("Ik vraag daarom om de toezegging om de decentrale overheden hierbij te betrekken.",
     ["request"]),
    ("En mag ik daar dan een toezegging op of een brief over?", ["request"]),
    ("Wellicht kan u ons daar ook nog eens over informeren.", ["request"]),
    # (a promise made and confirmed is not asked again, nor is an answer now)
    ("Mag ik dat als een toezegging van de minister noteren?", []),
    ("Mag ik de minister vragen hoe dat zit?", []),
    ("Misschien kan de minister dat nog eens uitleggen.", []),
])
def test_a_member_asks_for_a_promise_or_a_letter_in_passing(words, expected):
    assert _member_kinds(words) == expected


def test_a_minister_who_reads_on_promises_nothing():
    assert _spoken("Ja, ik zal doorlezen.") == []
    assert _spoken("Ik zal de Kamer voor de zomer per brief informeren.") == [
        ("commitment", date(2025, 7, 3))]


def test_a_publications_next_issue_reaches_beyond_the_debate():
    assert _spoken("Ik zal verkennen hoe we in de volgende editie een duidelijkere toelichting "
                   "kunnen geven op de trends.") == [("commitment", None)]
    # (without it, a clearer explanation is the debate's own answer)
    assert _spoken("Ik zal verkennen hoe we een duidelijkere toelichting kunnen geven.") == []


# Round forty-two (the rest of the same debates).
@pytest.mark.parametrize("words, expected", [
    ("Zou dat toegezegd kunnen worden?", ["request"]),
    ("Graag een toezegging daarop dus.", ["request"]),
    ("Wanneer wordt de Kamer daarover geïnformeerd?", ["request"]),
    # (a promise recalled, or an answer asked now, is not)
    ("Is het niet zo dat de minister eerder heeft toegezegd dat het zou gebeuren?", []),
    ("Graag een reactie van de minister.", []),
])
def test_a_member_asks_for_a_promise_or_when_the_kamer_hears(words, expected):
    assert _member_kinds(words) == expected


@pytest.mark.parametrize("words, expected", [
    ("We streven naar het eerste kwartaal van 2026.", [("commitment", date(2026, 3, 31))]),
    ("We streven naar een goede samenwerking met de provincies.", []),
    # studying what came in is nothing the Kamer gets, unless something follows from it
    ("Ik ga de brief bestuderen.", []),
    ("Ik ben niet bekend met de inhoud van die brief; die ga ik bestuderen.", []),
    ("Ik ga het rapport bestuderen en u daarna per brief informeren.", [("commitment", None)]),
])
def test_a_time_aimed_at_and_a_letter_studied(words, expected):
    assert _spoken(words) == expected


@pytest.mark.parametrize("words, expected", [
    ("Die gaat op heel korte termijn, nog voor de zomer, in consultatie.",
     [("commitment", date(2025, 7, 3))]),
    ("Het gaat wel dit najaar in internetconsultatie.", [("commitment", date(2025, 12, 18))]),
    # (without a time it is no promise, as for a draft named)
    ("Het gaat wel in consultatie.", []),
])
def test_a_draft_named_by_a_pronoun_goes_into_consultation_by_a_time(words, expected):
    assert _spoken(words) == expected


# Round forty-three (members' first terms of the same committee debates).
@pytest.mark.parametrize("words, expected", [
    ("Tot slot vraag ik de minister of dit overzicht jaarlijks geactualiseerd kan worden.",
     ["request"]),
    ("Ook verwachten wij een toezegging dat hij het overleg met de gerechtshoven aangaat.",
     ["request"]),
    ("Graag verzoek ik de huidige bewindspersonen om in de evaluatie ook de kosten mee te nemen.",
     ["request"]),
    # (a fact asked, no promise expected, or a question put to another member, is not)
    ("Ik vraag de minister of dat klopt.", []),
    ("Ik verwacht geen toezegging van de minister.", []),
    ("Mijn vraag is of de heer Van Baarle hetzelfde wil.", []),
    ("Is mevrouw Bikker bereid om dat amendement mee te ondertekenen?", []),
])
def test_a_member_asks_the_ministers_and_not_another_member(words, expected):
    assert _member_kinds(words) == expected


def test_the_kamer_gladly_awaiting_by_a_time_asks_whichever_word_comes_first():
    assert [(i.kind, i.due) for i in extract(_minister(
        "Dank u wel.", "Graag ziet de Kamer begin 2026 de uitkomsten van deze tussenevaluatie "
        "tegemoet."), D).items] == [("request", date(2026, 3, 31))]
    # (the Kamer awaiting, without asking, in a government's words is not)
    assert kinds(_letter("De Kamer ziet de uitkomsten begin 2026 tegemoet.")) != ["request"]


# Round forty-four (letters, notas, answers, and the same stenograms' unused members' pieces).
@pytest.mark.parametrize("words, expected", [
    # what the minister is to say in the debate itself asks nothing to be delivered
    ("Ik zou willen dat de minister ook ingaat op de bewaartermijnen van politiegegevens.", []),
    ("Als je die experts verliest, dan valt het beroep om, dus ik wil graag dat de minister daar "
     "nog op ingaat.", []),
    ("Kan de minister dit verhelderen?", []),
    # (a letter, a promise or a time asked for still is a request)
    ("Mijn vraag is om er in de brief wel op in te gaan.", ["request"]),
    ("Kan de minister toezeggen dat zij voor de zomer op deze punten ingaat?", ["request"]),
    ("Ik wil dat het kabinet het prijsplafond eerder laat ingaan dan 1 januari.", ["request"]),
    # a member's own word to another member is no request to the government
    ("Ja, dat kan ik u toezeggen, dat ik daar zeker heel goed naar kijk.", []),
])
def test_a_member_asking_for_an_answer_now_or_promising_something_himself(words, expected):
    assert _member_kinds(words) == expected


@pytest.mark.parametrize("words, expected", [
    # what the government is asked to do may stand before its verb
    ("Ik vraag de ministers daarom de Nederlandse inzet te heroverwegen.", ["request"]),
    ("Ik vraag de minister daarom voor de zomer een plan van aanpak naar de Kamer te sturen.",
     ["request"]),
    # (not a question put in the debate)
    ("Ik vraag het kabinet wat het van plan is te doen aan de wachtlijsten.", []),
    # the government invited, challenged or called on by a member who wishes it
    ("Ik zou de staatssecretaris daar echt toe willen oproepen.", ["request"]),
    ("Ik wil de staatssecretaris heel graag uitdagen om daar iets op te verzinnen.", ["request"]),
    # (not a motion announced, nor other members called on)
    ("Ik ga via een motie de minister oproepen om dat plan uit te voeren.", []),
    ("Ik wil de collega's oproepen om de motie te steunen.", []),
])
def test_a_member_asks_the_government_to_act(words, expected):
    assert _member_kinds(words) == expected


_ANSWERS_BEREID = ("Vragen van het lid Jansen (VVD) aan de Minister van Volksgezondheid, Welzijn "
                   "en Sport (ingezonden 3 februari 2025).\n\nAntwoord van Minister Helder "
                   "(Volksgezondheid, Welzijn en Sport) (ontvangen 10 maart 2025).\n\nVraag 1\n{}"
                   "\n\nAntwoord 1\nJa, ik ben bereid om dat te doen.\n")


def test_answering_these_questions_one_by_one_is_kept_by_the_answers_themselves():
    asked = "Bent u bereid om deze vragen alle afzonderlijk te beantwoorden?"
    assert "commitment" not in kinds(_ANSWERS_BEREID.format(asked))
    # (another thing asked and accepted is a promise)
    asked = "Bent u bereid de Kamer over de uitkomsten van het overleg te informeren?"
    assert "commitment" in kinds(_ANSWERS_BEREID.format(asked))


def test_the_time_said_for_finishing_the_work_just_promised_is_the_promises_too():
    items = extract(_letter(
        "Om deze reden zal ik de monitoring van de stremmingen intensiveren. De resultaten hiervan "
        "zal ik analyseren om na te gaan of aanvullende maatregelen mogelijk zijn. Ik verwacht dit "
        "in het derde kwartaal van dit jaar af te ronden."), D).items
    assert [(i.kind, i.due) for i in items][-2:] == [
        ("commitment", date(2025, 9, 30)), ("commitment", date(2025, 9, 30))]
    # (the time of another promise said next is not)
    items = extract(_letter(
        "De resultaten hiervan zal ik analyseren. Ik stuur u in het derde kwartaal de "
        "jaarrapportage."), D).items
    assert [(i.kind, i.due) for i in items] == [
        ("commitment", None), ("commitment", date(2025, 9, 30))]


def test_parliament_informed_with_the_verb_last_in_a_clause_still_to_come():
    assert [(i.kind, i.due) for i in extract(_letter(
        "Dit kabinet werkt tevens aan een Ruimtevaartagenda, waarover uw Kamer nog geïnformeerd "
        "zal worden."), D).items] == [("commitment", None)]
    assert [i.due for i in extract(_letter(
        "Het kabinet werkt aan een agenda, waarover de Kamer na de zomer geïnformeerd zal "
        "worden."), D).items] == [date(2025, 9, 30)]
    # (not informed, or informed already, is no promise)
    assert kinds(_letter("Het kabinet werkte aan een agenda, waarover de Kamer niet "
                         "geïnformeerd zal worden.")) == []
    assert kinds(_letter("Er is een agenda, waarover de Kamer is geïnformeerd.")) == []


# A strategy letter's plans, said in the present with a time still to come (round forty-four's
# held-back half read 6 of 36 of its letters' promises; this class is read from the guide and
# the opened half, where "Dit jaar starten we met de bouw …" and "Na de zomer maken we de balans
# op" were labelled).
@pytest.mark.parametrize("words, expected", [
    ("In 2027 passen we het Besluit kwaliteit leefomgeving aan.", [date(2027, 12, 31)]),
    ("Dit pakken we in 2027 op.", [date(2027, 12, 31)]),
    ("We actualiseren in 2027 de reserveringszones.", [date(2027, 12, 31)]),
    ("Na de zomer maken we de balans op en besluiten we over het vervolg.", [date(2025, 9, 30)]),
    # a verb that plans only with its particle ("werken … uit", "leggen … voor", "ronden … af")
    ("Volgend jaar werken we de maatregelen verder uit met de provincies.",
     [date(2026, 12, 31)]),
    ("In de eerste helft van 2027 leggen we een voorstel voor aan de Kamer.",
     [date(2027, 6, 30)]),
    ("Uiterlijk eind 2027 ronden we de herziening af.", [date(2027, 12, 31)]),
    ("In 2027 breiden we de regeling uit naar alle gemeenten.", [date(2027, 12, 31)]),
    # (without it, or with it before a phrase of its own, not: working on, stepping up effort)
    ("In 2027 werken we aan een nieuwe aanpak voor de binnenstad.", []),
    ("Het kabinet zet samen met andere landen alles op alles om hen zo snel mogelijk veilig "
     "terug te halen.", []),
    ("Die druk voeren we in 2027 op.", []),
    # (the infinitive is no plan of ours, nor a goal without a deed, nor what was done)
    ("Op termijn wil ik onderzoeken of deze regeling aangepast zou moeten worden.", []),
    ("In 2030 halveren we het gebruik van primaire grondstoffen.", []),
    ("Eerder dit jaar liet de minister al onderzoeken hoe andere landen omgaan met drones.", []),
])
def test_a_plan_said_in_the_present_with_a_time_to_come(words, expected):
    assert [i.due for i in extract(_letter(words), D).items
            if i.kind == "commitment"] == expected


def test_a_written_question_asking_whether_the_minister_agrees_asks_a_view():
    asked = ("Vragen van het lid Jansen (VVD) aan de Minister van Onderwijs (ingezonden 3 februari "
             "2025).\n\nVraag 1\n{}\n")
    assert kinds(asked.format("Bent u het ermee eens dat het onwenselijk is dat iemand geld "
                              "verdient aan het delen van tactieken om geld terug te krijgen van "
                              "DUO?")) == []
    # (a promise asked beside it still is a request)
    assert kinds(asked.format("Bent u het ermee eens dat deze cijfers openbaar moeten zijn, en "
                              "bent u bereid ze met de Kamer te delen?")) == ["request"]


@pytest.mark.parametrize("words, expected", [
    # a fact or a stand asked is an ordinary question (91 of the opened corpus's sentences of
    # these forms were labelled nothing; three were read as requests)
    ("Ook hier is mijn vraag aan de minister: klopt het nog steeds dat hij, los van de brief "
     "van de advocaat, geen andere informatie heeft dan hij aan de Kamer meedeelde in oktober "
     "afgelopen jaar?", []),
    ("Staat de minister nog steeds achter al zijn antwoorden aan de Kamer in oktober?", []),
    ("Gaat de minister nu echt de reputatie van Nederland zo beschadigen?", []),
    # (with a deed asked beside it, it asks)
    ("Klopt het dat de cijfers er zijn, en is de minister bereid ze de Kamer te sturen?",
     ["request"]),
    # his plans asked by a pronoun, in the debate
    ("Gaat hij ook nieuwe arealen, nieuwe gebieden aanwijzen?", []),
    ("Zal zij de Europese diplomatieke dienst echt laten werken?", []),
    ("Gaat u de oorzaken hiervan proberen aan te pakken?", []),
    # (a letter or a time asked with them is a request, as is what he is willing to do)
    ("Gaat zij de Kamer daarover voor de zomer een brief sturen?", ["request"]),
    ("Wil hij dit laten uitzoeken?", ["request"]),
])
def test_a_member_asking_a_fact_or_a_stand_asks_for_nothing_to_be_done(words, expected):
    assert _member_kinds(words) == expected


def test_a_forecast_with_the_adverb_maar_is_no_promise_of_the_speaker():
    # "alleen maar" is an adverb, not the "maar" that lets a second verb share the first's
    # subject ("Ik kan dat niet toezeggen, maar zal de Kamer informeren")
    assert kinds(_minister("Ik denk dat de vraag naar specialisten alleen maar verder zal "
                           "toenemen.", "Dank u wel.")) == []
    assert kinds(_minister("Ik kan dat nu niet toezeggen, maar zal de Kamer voor de zomer "
                           "informeren.", "Dank u wel.")) == ["commitment"]


# One written question, as the Aanhangsel prints it (its date the questions').
_WRITTEN_QUESTION = ("Vragen van het lid Jansen (VVD) aan de Minister van Justitie en Veiligheid "
                     "(ingezonden 3 februari 2025).\n\nVraag 1\n{}\n")


@pytest.mark.parametrize("asked, expected", [
    # "berichten" after its determiner is the noun: news, nothing to be sent
    ("Kunt u aangeven of deze berichten kloppen?", []),
    ("Kunt u zich inleven in de grote onrust die al deze berichten teweeg brengen in de Joodse "
     "gemeenschap?", []),
    # (the verb still asks: "… de Kamer berichten over …")
    ("Bent u bereid de Kamer voor de zomer te berichten over de uitkomsten?", ["request"]),
])
def test_news_reports_asked_about_are_not_a_report_asked_for(asked, expected):
    assert kinds(_WRITTEN_QUESTION.format(asked)) == expected


@pytest.mark.parametrize("asked, expected", [
    # keeping the Kamer informed is asked as informing it is ("Wilt u de Kamer informeren?")
    ("Wilt u de Kamer op de hoogte houden van de voortgang?", ["request"]),
    ("Kunt u de Kamer op de hoogte stellen van de uitkomst van het overleg?", ["request"]),
    ("Wilt u de Kamer hiervan op de hoogte houden?", ["request"]),
    # others kept informed, a view, a past omission: nothing asked to be delivered
    ("Kunt u aangeven hoe u omwonenden op de hoogte houdt?", []),
    ("Bent u het ermee eens dat de Kamer beter op de hoogte moet worden gehouden?", []),
    ("Waarom heeft u de Kamer niet eerder op de hoogte gesteld?", []),
])
def test_a_written_question_asking_to_keep_the_kamer_informed_is_a_request(asked, expected):
    assert kinds(_WRITTEN_QUESTION.format(asked)) == expected


@pytest.mark.parametrize("asked, expected", [
    # figures forwarded ("doorsturen"), with the question's reason after it
    ("Kunt u alle cijfers die al beschikbaar zijn per ommegaande doorsturen naar de Kamer, nu u "
     "de vragen niet binnen de gebruikelijke termijn zegt te kunnen beantwoorden?", ["request"]),
    ("Kunt u de cijfers voor de zomer naar de Kamer doorsturen?", ["request"]),
    # the answers themselves, by no time
    ("Kunt u deze vragen beantwoorden, nu het debat nadert?", []),
])
def test_a_written_question_asking_for_figures_forwarded_is_a_request(asked, expected):
    assert kinds(_WRITTEN_QUESTION.format(asked)) == expected


_BESLUITENLIJST = ("Den Haag, 11 maart 2025\nVoortouwcommissie: vaste commissie voor Financiën\n"
                   "Document: Besluitenlijst van de procedurevergadering van woensdag 10 maart "
                   "2025\n\n1. Agendapunt: Brief over de toeslagen\nZaak: Brief regering - "
                   "minister van Financiën, J. Jansen - 3 maart 2025\nStand van zaken "
                   "hersteloperatie toeslagen - 31066-1234\nBesluit: {}\n")


@pytest.mark.parametrize("decided, expected", [
    # the decision list's shorthand for asking the government, without "… verzoeken om"
    ("Minister rappel sturen.", ["request"]),
    ("Verzoek om een kabinetsreactie.", ["request"]),
    ("Reactie van de minister vragen binnen drie weken.", ["request"]),
    ("Kabinetsreactie vragen op het rapport van de Nationale ombudsman.", ["request"]),
    ("Een reactie van de minister wordt gevraagd op het artikel in de Volkskrant.", ["request"]),
    ("De minister wordt gevraagd de toezegging om de Kamer te informeren na te komen.",
     ["request"]),
    # what the committee does itself, or asks of its own staff
    ("Agenderen voor het commissiedebat Toeslagen op 12 juni 2025.", []),
    ("Brief van de minister afwachten.", []),
    ("Feitelijke vragen stellen; inbrengdatum 20 maart 2025.", []),
    ("De griffier wordt gevraagd een notitie op te stellen.", []),
    ("Verzoek om uitstel van de inbrengdatum toegekend.", []),
])
def test_a_decision_list_asks_the_government_in_its_shorthand(decided, expected):
    assert kinds(_BESLUITENLIJST.format(decided)) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb second after whatever stands first, the subject after it, as with the subject
    # first ("De wet wordt eind 2027 geëvalueerd")
    ("Eind 2027 wordt het programma vastgesteld.", [("commitment", date(2027, 12, 31))]),
    ("Daarnaast wordt de regeling in 2027 geëvalueerd.", [("commitment", date(2027, 12, 31))]),
    ("Hiervoor wordt in 2027 een wetsvoorstel ingediend.", [("commitment", date(2027, 12, 31))]),
    ("Voor de zomer wordt de regeling aangepast.", [("commitment", date(2025, 7, 3))]),
    ("Ook wordt de wet per 1 januari 2027 gewijzigd.", [("commitment", date(2027, 1, 1))]),
    # not a condition's own passive, nor the next clause's time, a deed of today or a practice
    ("Als de regeling in 2027 wordt aangepast, verandert er voor gemeenten weinig.", []),
    ("Het fonds wordt geëvalueerd; IOB is daarmee bezig en die evaluatie verwacht IOB volgend "
     "jaar af te ronden.", []),
    ("Verder wordt per vandaag in de Staatscourant de regeling gewijzigd.", []),
    ("Bijna elk jaar worden per 1 januari de premiepercentages gewijzigd.", []),
])
def test_a_passive_with_its_subject_after_the_verb_promises_by_its_time(text, expected):
    assert [(i.kind, i.due) for i in extract(text, D).items] == expected


@pytest.mark.parametrize("text, expected", [
    # "het Rijk": the central government, as a strategy letter names it beside the provinces
    ("Het Rijk stelt voor 1 januari 2027 de kaders vast.", [("commitment", date(2026, 12, 31))]),
    ("Het Rijk gaat in 2027 de regie nemen.", [("commitment", date(2027, 12, 31))]),
    # (not a rich country, nor the provinces)
    ("Nederland is een rijk land dat in 2027 de regels aanpast.", []),
    ("De provincies stellen voor 1 januari 2027 de kaders vast.", []),
])
def test_the_rijk_is_the_government(text, expected):
    assert [(i.kind, i.due) for i in extract(text, D).items] == expected


_MINISTER_SAYS = ("De voorzitter:\nHet woord is aan de minister.\n\nMinister Jansen:\n{}\n\n"
                  "De voorzitter:\nDank u wel.\n")
_MEMBER_SAYS = ("De voorzitter:\nHet woord is aan mevrouw De Vries.\n\n"
                "Mevrouw De Vries (VVD):\n{}\n\nDe voorzitter:\nDank u wel.\n")


@pytest.mark.parametrize("said, expected", [
    # a sentence opened by "en", "maar" or "dus", as speech joins its sentences, reads as the
    # clause after it
    ("En die brief komt voor de zomer.", [("commitment", date(2025, 7, 3))]),
    ("Maar die brief komt voor de zomer.", [("commitment", date(2025, 7, 3))]),
    ("Dus het wetsvoorstel komt in het najaar naar de Kamer.",
     [("commitment", date(2025, 12, 18))]),
    # (what it joins to is still read: no promise in "En die brief was er al voor de zomer")
    ("En die brief was er al voor de zomer.", []),
])
def test_a_minister_joining_sentences_with_and_or_but_still_promises(said, expected):
    items = extract(_MINISTER_SAYS.format(said), D).items
    assert [(i.kind, i.due) for i in items] == expected


@pytest.mark.parametrize("text, expected", [
    # the government in the plural, before a verb in the present tense or a future
    ("De bewindspersonen sturen de Kamer voor de zomer een brief.",
     [("commitment", date(2025, 7, 3))]),
    ("Beide ministers informeren de Kamer in het najaar over de voortgang.",
     [("commitment", date(2025, 12, 18))]),
    ("De betrokken ministeries zullen de Kamer voor de zomer informeren over de uitkomsten.",
     [("commitment", date(2025, 7, 3))]),
    # (not others in the plural)
    ("De gemeenten sturen de Kamer voor de zomer een brief.", []),
])
def test_the_government_in_the_plural_promises(text, expected):
    assert [(i.kind, i.due) for i in extract(text, D).items] == expected


@pytest.mark.parametrize("text, expected", [
    # resolved to, in the perfect of "zich voornemen": an intention, as "Ik ben voornemens"
    ("Ik heb mij voorgenomen de Kamer hierover in het najaar in te lichten.",
     [("commitment", date(2025, 12, 18))]),
    ("Het kabinet heeft zich voorgenomen voor de zomer een wetsvoorstel in te dienen.",
     [("commitment", date(2025, 7, 3))]),
    # (not a plan that was, nor a stance)
    ("Ik had mij voorgenomen de Kamer voor de zomer te informeren, maar dat is niet gelukt.", []),
    ("Ik heb me altijd voorgenomen dat ik open en eerlijk ben.", []),
])
def test_having_resolved_to_is_an_intention(text, expected):
    assert [(i.kind, i.due) for i in extract(text, D).items] == expected


@pytest.mark.parametrize("text, expected", [
    # present-tense deeds by a time whose verbs the rules did not know as verbs
    ("Voor de zomer verken ik de opties.", [("commitment", date(2025, 7, 3))]),
    ("In het najaar onderzoek ik de mogelijkheden.", [("commitment", date(2025, 12, 18))]),
    ("Voor de zomer pas ik de regeling aan.", [("commitment", date(2025, 7, 3))]),
    ("In het najaar richt ik een meldpunt in.", [("commitment", date(2025, 12, 18))]),
    ("Begin 2026 benoem ik een kwartiermaker.", [("commitment", date(2026, 3, 31))]),
    ("Voor de zomer sluit ik een convenant met de sector.", [("commitment", date(2025, 7, 3))]),
    ("In het najaar teken ik het verdrag.", [("commitment", date(2025, 12, 18))]),
    ("Voor de zomer richten we een meldpunt in.", [("commitment", date(2025, 7, 3))]),
    # (with the subject first, where a clause opens, too)
    ("Ik onderzoek in het najaar de mogelijkheden.", [("commitment", date(2025, 12, 18))]),
    ("Ik pas de regeling voor de zomer aan.", [("commitment", date(2025, 7, 3))]),
    # (the noun, and "pas" as "only")
    ("In 2023 heb ik onderzoek laten doen naar de redenen.", []),
    ("Ik kan pas in 2027 de regeling aanpassen.", []),
])
def test_present_tense_deeds_by_a_time(text, expected):
    assert [(i.kind, i.due) for i in extract(text, D).items] == expected


@pytest.mark.parametrize("said, expected", [
    # the promise named and said, whatever the clause after it does
    ("De toezegging is dat de Kamer voor de zomer een brief krijgt.",
     [("commitment", date(2025, 7, 3))]),
    ("Dus mijn toezegging is dat u de cijfers in het najaar ontvangt.",
     [("commitment", date(2025, 12, 18))]),
    # (one made before, or a refusal)
    ("De toezegging was dat de Kamer voor de zomer een brief zou krijgen.", []),
    ("De toezegging is dat we dat niet doen.", []),
])
def test_the_promise_is_that(said, expected):
    items = extract(_MINISTER_SAYS.format(said), D).items
    assert [(i.kind, i.due) for i in items] == expected


@pytest.mark.parametrize("text, expected", [
    # sent on, or reported, to parliament in the passive by a time
    ("Het rapport wordt voor de zomer aan de Kamer doorgestuurd.",
     [("commitment", date(2025, 7, 3))]),
    ("De uitkomst wordt voor de zomer aan de Kamer gemeld.", [("commitment", date(2025, 7, 3))]),
    # (a routine report, without a time, is no promise)
    ("Incidenten worden altijd aan de Kamer gemeld.", []),
])
def test_passives_to_parliament_sent_on_or_reported(text, expected):
    assert [(i.kind, i.due) for i in extract(text, D).items] == expected


@pytest.mark.parametrize("said, expected", [
    # a member's question to the government reaches the rules whatever its verb: the cheap
    # gate in front lost what the rules would have read
    ("Kan de staatssecretaris deze problematiek in beeld brengen?", ["request"]),
    # (and the rules still tell an answer asked for now from a deed)
    ("Kan het kabinet duidelijk maken hoe het deze voor zich ziet?", []),
    ("Kan de minister aantonen dat dit is besproken?", []),
])
def test_a_question_to_the_government_is_weighed_whatever_its_verb(said, expected):
    text = (f"De voorzitter:\nHet woord is aan mevrouw De Vries.\n\nMevrouw De Vries (VVD):\n"
            f"{said}\n\nDe voorzitter:\nDank u wel.\n")
    assert [i.kind for i in extract(text, D).items] == expected


@pytest.mark.parametrize("said, expected", [
    # "ga ik" read as "zal ik" is: the same promises, found by turning the corpus's "zal ik"
    ("Daarna ga ik u informeren over de laatste stand van zaken.", ["commitment"]),
    ("Na de zomer ga ik samen met de provincies de aansluitopties verder uitwerken.",
     ["commitment"]),
    ("In dit verband ga ik u over enkele weken een uiteenzetting doen toekomen.", ["commitment"]),
    ("In dezelfde brief waar de reactie op het rapport in komt te staan, ga ik die vraag "
     "meenemen.", ["commitment"]),
    ("Ik ga de bevindingen met de Kamer delen.", ["commitment"]),
    ("Dat ga ik ook op papier zetten.", ["commitment"]),
    ("Ik ga u over de uitkomst berichten voor 11 mei.", ["commitment"]),
    ("Ik ga al die initiatieven voor de Kamer op een rij zetten in een brief.", ["commitment"]),
    # (what something is about, a direction, a refusal after "dat")
    ("Ik ga nu over naar het blokje over de belastingen.", []),
    ("Dit debat gaat over de vraag hoe we de Kamer informeren.", []),
    ("Volgens mij gaan we de goede kant op, maar ik wil het nog even op papier.", []),
    ("Als daar een maximum uit volgt, dan zal ik dat niet tegenhouden.", []),
])
def test_going_to_reads_as_will(said, expected):
    assert [i.kind for i in extract(_MINISTER_SAYS.format(said), D).items] == expected


@pytest.mark.parametrize("text, expected", [
    # "rond" is a verb only with its "af"; a preposition otherwise
    ("Voor de zomer rond ik de verkenning af.", [("commitment", date(2025, 7, 3))]),
    ("Op basis hiervan zou het kabinet rond de zomer besluiten over het plan en tevens een "
     "reactie geven op de aanbevelingen.", []),
    ("Het advies van de Raad verwacht ik rond de jaarwisseling.", []),
    # a deed expected, named as a noun
    ("Indiening bij de Kamer verwacht ik in het voorjaar.", [("commitment", date(2025, 6, 20))]),
])
def test_round_is_a_verb_only_with_its_particle(text, expected):
    assert [(i.kind, i.due) for i in extract(text, D).items] == expected


def test_a_line_ending_in_an_article_goes_on_however_short():
    # PDF text wraps a line before a long word: "… zal ik uw" over "Kamer informeren …" is one
    # sentence, as "Aan de Voorzitter van de" over "Tweede Kamer der Staten-Generaal" is one line
    text = ("Aan de Voorzitter van de\nTweede Kamer der Staten-Generaal\n\nGeachte voorzitter,\n\n"
            "Wanneer dit onderzoek is afgerond in het najaar, zal ik uw\nKamer informeren over "
            "wat daaruit volgt en of er consequenties zijn voor de cliënten van de\n"
            "instellingen die het betreft.\n\nHoogachtend,\n")
    assert "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal" in sentences_of(text)[0].text
    (item,) = extract(text, D).items
    assert item.kind == "commitment" and "zal ik uw Kamer informeren" in item.text
    assert item.text.endswith("instellingen die het betreft.")


@pytest.mark.parametrize("said, speaker", [
    # the chamber named in full reads as "de Kamer": found by naming it so in the corpus's
    # found sentences (14 of 368 were lost)
    ("Uiteraard informeer ik de Kamer over dit traject voor de zomer.", "minister"),
    ("Ik heb de evaluatie gehad, dus die komt op zeer korte termijn naar de Kamer.", "minister"),
    ("Daar kom ik voor de zomer op terug bij de Kamer.", "minister"),
    ("Wanneer ontvangt de Kamer het wetsvoorstel?", "member"),
    ("Kan de Kamer hier in elk geval over geïnformeerd worden?", "member"),
    ("Zou de staatssecretaris dat voor de stemmingen willen vertellen aan de Kamer?", "member"),
])
def test_the_chamber_named_in_full_reads_as_the_kamer(said, speaker):
    frame = _MINISTER_SAYS if speaker == "minister" else _MEMBER_SAYS
    plain = [(i.kind, i.rule, i.due) for i in extract(frame.format(said), D).items]
    assert plain and plain[0][0] in ("commitment", "request")
    for chamber in ("de Tweede Kamer", "de Eerste Kamer"):
        full = extract(frame.format(said.replace("de Kamer", chamber)), D).items
        assert [(i.kind, i.rule, i.due) for i in full] == plain
        assert chamber in full[0].text  # the item says what was said


def test_a_bill_with_parliament_is_no_promise_by_the_next_clauses_date():
    # "ligt bij de Kamer" promises by a time in its own clause; the next clause's date is the law's
    text = _letter("Het wetsvoorstel ligt op dit moment bij de Kamer; de wet treedt naar "
                   "verwachting op 1 juli 2025 in werking.",
                   "Het wetsvoorstel ligt naar verwachting in het voorjaar bij uw Kamer.")
    assert [(i.kind, i.due) for i in extract(text, D).items] == [("commitment", date(2025, 6, 20))]


@pytest.mark.parametrize("said, speaker, expected", [
    # "op de hoogte stellen", "inlichten", "in kennis stellen" read as "informeren" does: found
    # by turning the corpus's "informeren" (18 of 201 lost) and "geïnformeerd" (4 of 56)
    ("Ik wil u daar aan het einde van het jaar over op de hoogte stellen.", "minister",
     "commitment"),
    ("Ik verwacht uw Kamer dit najaar in te lichten over de voortgang.", "minister",
     "commitment"),
    ("Ik hoop u in december over het pakket in te lichten.", "minister", "commitment"),
    ("Ik licht uw Kamer voor de zomer in over de uitkomsten.", "minister", "commitment"),
    ("Wellicht kan u ons daar ook nog eens over op de hoogte stellen.", "member", "request"),
    ("Ik ga ervan uit dat de staatssecretaris de Kamer op dat moment zal op de hoogte stellen.",
     "member", "request"),
    ("Wanneer wordt de Kamer daarover op de hoogte gesteld?", "member", "request"),
    ("Ik wil ook graag per brief op de hoogte gesteld worden over het plan van aanpak.",
     "member", "request"),
    ("Maar ik vind het nog wel interessant of de minister ons dan wil inlichten over hoe die "
     "verdere ontwikkeling eruit gaat zien, en wanneer hij dat zou kunnen doen.", "member",
     "request"),
    # (the bare carrying on stays no promise, as before)
    ("Ik houd uw Kamer op de hoogte van de voortgang.", "minister", None),
])
def test_telling_in_other_words_reads_as_informing(said, speaker, expected):
    frame = _MINISTER_SAYS if speaker == "minister" else _MEMBER_SAYS
    kinds = [i.kind for i in extract(frame.format(said), D).items]
    assert kinds == ([expected] if expected else [])


@pytest.mark.parametrize("said, speaker, expected", [
    # "Kamerbrief" reads as "brief", "versturen" as "sturen", "naar u" as "naar de Kamer":
    # found by turning the corpus's found sentences so (11 of 145, 7 of 84, 6 of 54 lost)
    ("Dat nemen wij op in de Kamerbrief.", "minister", "commitment"),
    ("Dat nemen wij op in de voortgangsbrief.", "minister", "commitment"),
    ("Is het mogelijk om per voortgangsbrief een duiding te geven?", "member", "request"),
    ("Wij sturen u de rappelbrief voor de zomer.", "minister", "commitment"),
    ("Ik vraag om deze Kamerbrief, zodat ik kan beoordelen of daar licht tussen zit.", "member",
     "request"),
    ("De vraag kan dan per Kamerbrief beantwoord worden.", "member", "request"),
    ("Wij versturen dat uiterlijk eind mei naar de Kamer toe.", "minister", "commitment"),
    ("Dan versturen wij, zoals gebruikelijk, het interim-auditrapport naar uw Kamer.",
     "minister", "commitment"),
    ("Kunt u het onderzoek naar de Kamer versturen?", "member", "request"),
    ("Ik heb de evaluatie gehad, dus die komt op zeer korte termijn naar u.", "minister",
     "commitment"),
    ("Najaar 2025 gaat de evaluatie naar u.", "minister", "commitment"),
    ("Dat onderzoek komt in het voorjaar naar u toe.", "minister", "commitment"),
])
def test_the_letter_the_sending_and_the_addressee_in_other_words(said, speaker, expected):
    frame = _MINISTER_SAYS if speaker == "minister" else _MEMBER_SAYS
    assert [i.kind for i in extract(frame.format(said), D).items] == [expected]


@pytest.mark.parametrize("said", [
    # the government addressed with its portfolio or as "de bewindspersoon" is addressed as
    # "de minister": found by naming it so in the corpus's found requests (8 of 148, 4 of 42
    # and 48 of 166 were lost)
    "Ik vraag de staatssecretaris van Financiën dus nogmaals of hij met deze landen, Europees "
    "en wereldwijd, wil meegaan om echt voor dierenwelzijn te staan en dus de dolfinaria op "
    "termijn wil verbieden.",
    "Nu deze overzichten er liggen, vraag ik de minister van Volksgezondheid, Welzijn en Sport "
    "of dit financieel overzicht jaarlijks geactualiseerd kan worden.",
    "Dus kan de minister van Financiën toezeggen dat er ook een financiële context in komt?",
    "Kan de bewindspersoon de toezegging doen dat de bevoegdheden niet worden ingeperkt?",
    "Wil de bewindspersoon daarom in kaart brengen op welke punten een grondslag nodig is?",
])
def test_the_government_addressed_by_portfolio_or_as_bewindspersoon(said):
    text = _MEMBER_SAYS.format(said)
    plain = re.sub(r"(?<=de )(?:bewindspersoon|minister [^?]*?Sport|minister van Financiën)",
                   "minister", said).replace(" van Financiën", "")
    assert [i.kind for i in extract(text, D).items] == ["request"]
    assert [i.kind for i in extract(text.replace(said, plain), D).items] == ["request"]


def test_asked_carries_the_focus_and_the_deadline_between_the_readings():
    from tracker.deadlines import find_deadline
    from tracker.extraction.detect import asked
    from tracker.extraction.detect.vocabulary import Finding
    said = ("Kan de minister van Volksgezondheid, Welzijn en Sport en de bewindspersoon voor "
            "1 mei de brief sturen?")
    at = said.index("voor 1 mei")
    seen = []

    def rule(text, deadline):
        found = deadline()
        seen.append((text, text[found.start:found.end]))
        return Finding("request", "request.test", 0.7, None, None, text.index("voor"))

    finding = asked(rule, said, lambda: find_deadline(said, D))
    assert seen == [("Kan de minister en de minister voor 1 mei de brief sturen?", "voor 1 mei")]
    assert finding.focus == at


@pytest.mark.parametrize("text, expected", [
    # the government named sends it still, as "Ik stuur nog een Kamerbrief" does
    ("Het kabinet stuurt nog een Kamerbrief over de uitkomsten.", ["commitment"]),
    ("Daarover stuurt de minister u nog een overzicht.", ["commitment"]),
    # (not someone else, nor none)
    ("De Europese Commissie stuurt nog een brief over de uitkomsten.", []),
    ("Het kabinet stuurt nog geen brief.", []),
])
def test_the_government_named_sends_it_still(text, expected):
    assert [i.kind for i in extract(_letter(text), D).items] == expected


@pytest.mark.parametrize("text, expected", [
    # hoping to send, the thing named first, reads as "Ik hoop u … te informeren" does: found
    # by turning the corpus's "Ik zal … sturen" into "Ik hoop … te sturen"
    ("Ik hoop het rapport, samen met de literatuurstudie, in ieder geval nog voor de zomer aan "
     "uw Kamer te sturen.", [("commitment", date(2025, 7, 3))]),
    ("Ik hoop de informatie die ik dan heb ook voor de zomer naar de Kamer te sturen.",
     [("commitment", date(2025, 7, 3))]),
    # (not what another is hoped to do)
    ("Ik hoop dat de provincies bereid zijn het rapport voor de zomer aan uw Kamer te sturen.",
     []),
])
def test_hoping_to_send_the_thing_named_first(text, expected):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # hoping to come back to it is a promise to, as "zal ik hierop terugkomen" is
    ("De ondergetekende hoopt hierop in het najaar terug te komen.",
     [("commitment", date(2025, 12, 18))]),
    ("Ik hoop daarop in de volgende voortgangsrapportage terug te komen.", [("commitment", None)]),
    ("Ik hoop dat we hier niet op terug hoeven te komen.", []),
    ("De gemeente hoopt hierop in het najaar terug te komen.", []),
    # the minister named, hoping to tell the Kamer ("hoopt", not only "hoop")
    ("De Minister hoopt de Kamer in het najaar te informeren.",
     [("commitment", date(2025, 12, 18))]),
    ("De Regering hoopt haar standpunt voor de zomer aan de Kamer kenbaar te maken.",
     [("commitment", date(2025, 7, 3))]),
    ("De gemeente hoopt de Kamer in het najaar te informeren.", []),
    # what parliament asked for goes to parliament, whether or not it is named
    ("De gevraagde gegevens zullen zo spoedig mogelijk worden verstrekt.",
     [("commitment", date(2025, 3, 31))]),
    ("De door de leden verzochte cijfers worden in het najaar toegezonden.",
     [("commitment", date(2025, 12, 18))]),
    ("De gevraagde gegevens zullen niet worden verstrekt.", []),
    ("De gevraagde gegevens worden in 2026 verstrekt aan de gemeenten.", []),
    ("De gevraagde subsidie wordt in 2026 verstrekt.", []),
])
def test_an_old_answers_hope_to_come_back_and_papers_asked_for(text, expected):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == expected


@pytest.mark.parametrize("text, expected", [
    # the old formal ways of putting a paper before parliament, in the present as in the future
    ("Het rapport wordt voor de zomer ter kennis van uw Kamer gebracht.", ["commitment"]),
    ("Het rapport wordt voor de zomer ter beschikking van uw Kamer gesteld.", ["commitment"]),
    ("Het rapport wordt voor de zomer aan uw Kamer ter hand gesteld.", ["commitment"]),
    # the auxiliary before the participle, an old letter's order
    ("Het verslag zal, zodra het gereed is, ter kennis van de Kamer worden gebracht.",
     ["commitment"]),
    ("Het rapport zal in het najaar ter beschikking van uw Kamer worden gesteld.",
     ["commitment"]),
    ("Het rapport zal niet ter kennis van de Kamer worden gebracht.", []),
    # (done, or money made available to others)
    ("Het rapport is vorige week ter kennis van uw Kamer gebracht.", []),
    ("De middelen worden in 2026 ter beschikking gesteld aan gemeenten.", []),
])
def test_put_before_parliament_in_the_formal_words(text, expected):
    assert [i.kind for i in extract(_letter(text), D).items] == expected


@pytest.mark.parametrize("said, expected", [
    # in a debate a negotiating stance is no promise, but a Dutch body called "Raad" is no
    # negotiation: "de Raad voor de rechtspraak", "de Raad van State"
    ("Ik zal dat ook onder de aandacht brengen van de Raad voor de rechtspraak.",
     ["commitment"]),
    ("Ik zal het advies van de Raad van State voor de zomer aan de Kamer sturen.",
     ["commitment"]),
    ("We zullen daar in de Europese Raad nader over spreken.", []),
])
def test_a_dutch_body_called_raad_is_no_negotiation(said, expected):
    assert [i.kind for i in extract(_MINISTER_SAYS.format(said), D).items] == expected


def test_a_numbered_question_wrapped_before_a_long_word_is_one_sentence():
    # found by printing the corpus's texts in a narrower column: a numbered line is a heading
    # unless it ends open ("is de") or opens a question ("4. Is de Minister bereid …")
    text = ("Vragen van het lid De Vries.\n\n"
            "4. Is de Minister bereid deze zaak zo spoedig mogelijk in\n"
            "Beneluxverband aan de orde te stellen?\n"
            "5. Indien deze vraag bevestigend beantwoord moet worden, is de\n"
            "Minister dan bereid de officier van justitie opdracht te geven beroep\n"
            "in te stellen?\n"
            "6. Evaluatie\n"
            "De evaluatie volgt in het najaar.\n")
    said = [s.text for s in sentences_of(text)]
    assert ("4. Is de Minister bereid deze zaak zo spoedig mogelijk in Beneluxverband aan de "
            "orde te stellen?") in said
    assert said[2].startswith("5. Indien") and said[2].endswith("in te stellen?")
    assert said[3:] == ["6. Evaluatie", "De evaluatie volgt in het najaar."]


def test_a_question_or_answer_after_its_heading_on_one_line_goes_on_over_the_wrap():
    # found by putting the corpus's "Vraag 3" headings on the question's first line
    text = ("Vraag 3: Kunnen de rapportages waarnaar verwezen wordt in de Uitvoeringsagenda\n"
            "Curaçao Q1 2024 gedeeld worden met de Kamer?\n"
            "Antwoord 3: De rapporten kunnen worden gedeeld zodra het land ze openbaar maakt; ik\n"
            "stuur ze uw Kamer dan binnen twee weken toe, met de reactie van\n"
            "Curaçao.\n"
            "Vraag 4\n"
            "Bent u bereid het rapport te delen?\n")
    assert [s.text for s in sentences_of(text)] == [
        "Vraag 3:",
        "Kunnen de rapportages waarnaar verwezen wordt in de Uitvoeringsagenda Curaçao Q1 2024 "
        "gedeeld worden met de Kamer?",
        "Antwoord 3:",
        "De rapporten kunnen worden gedeeld zodra het land ze openbaar maakt; ik stuur ze uw "
        "Kamer dan binnen twee weken toe, met de reactie van Curaçao.",
        "Vraag 4", "Bent u bereid het rapport te delen?"]


def test_a_speakers_label_after_a_blank_line_opens_a_turn_whatever_stands_above_it():
    # an old Handelingen page: its head (title, day, page) over the chair's label, both once
    text = ("Minister Deetman:\nIk zal dat in de regeling meenemen.\n"
            "De beraadslaging wordt gesloten.\n\n"
            "Tweede Kamer Formatie basisonderwijs 7 december 1983 1713\n\n"
            "De VOORZITTER: Ik stel voor, dinsdag a.s. over het\nwetsontwerp te stemmen.\n"
            "Daartoe wordt besloten.\n")
    assert [s.text for s in sentences_of(text, "transcript")][2:] == [
        "De beraadslaging wordt gesloten.", "De VOORZITTER:",
        "Ik stel voor, dinsdag a.s. over het wetsontwerp te stemmen.", "Daartoe wordt besloten."]
    assert [i.kind for i in extract(text, date(1983, 12, 7)).items] == ["commitment"]
    # a registry page's source line over the quoted speaker
    quoted = ("Handelingen I 2017-2018, nr. 10, item 3 - blz. 16\n\nDe heer Kox (SP): Wie "
              "opgroeit in armoede, heeft meer kans op slechte banen.\n")
    assert sentences_of(quoted)[0].text == (
        "Handelingen I 2017-2018, nr. 10, item 3 - blz. 16")


@pytest.mark.parametrize("words, expected", [
    # this letter itself, sent ahead of a debate: nothing promised
    ("Voor het commissiedebat van 8 april stuur ik u deze verzamelbrief.", []),
    ("In aanloop naar het commissiedebat van 8 april stuur ik u deze brief.", []),
    ("Voor het commissiedebat van 8 april stuur ik u een brief over de stand van zaken.",
     [("commitment", date(2025, 4, 7))]),
])
def test_a_letter_sent_ahead_of_a_debate_is_this_letter(words, expected):
    assert [(i.kind, i.due) for i in extract(_letter(words, "Hoogachtend."), D).items] == expected


def test_a_promise_takes_no_time_from_another_bodys_plans_said_after_it():
    text = _MINISTER_SAYS.format("Ik kom hier schriftelijk op terug. Naar verwachting zal de "
                                 "Commissie in het najaar een voorstel doen.")
    text2 = _MINISTER_SAYS.format("Ik kom hier schriftelijk op terug. Naar verwachting wordt "
                                  "dat in het najaar.")
    assert [i.due for i in extract(text, D).items] == [None]
    assert [i.due for i in extract(text2, D).items] == [date(2025, 12, 18)]


def test_a_member_who_asks_the_minister_to_name_something_asks_an_answer():
    text = _MEMBER_SAYS.format("Kan de minister misschien de nummers van de moties noemen?")
    assert [i.kind for i in extract(text, D).items] == []


def test_a_line_of_prose_repeated_three_times_is_no_running_header():
    # a written question repeats its title's words: wrapped alike, the same line three times,
    # which is text (a long line in small letters), not a header to drop
    title = ("over het bericht 'Geboortezorg voor\nasielzoekers van onacceptabel niveau, "
             "concluderen\nonderzoekers'")
    text = (f"Vragen van het lid Bikker {title}\n\nVraag 1\nHeeft u kennisgenomen van het "
            f"bericht 'Geboortezorg voor\nasielzoekers van onacceptabel niveau, concluderen\n"
            f"onderzoekers'?\n\nAntwoord op vragen van het lid Bikker {title}\n\nDatum\n"
            "Datum\nDatum\n")
    said = " ".join(s.text for s in sentences_of(text))
    assert said.count("asielzoekers van onacceptabel niveau, concluderen") == 3
    assert "Datum" not in said  # (a short header still goes)


def test_a_question_mark_with_a_bracketed_footnote_ends_the_sentence():
    text = ("Heeft u kennisgenomen van het bericht 'Geboortezorg voor asielzoekers'?[1] Zo ja, "
            "kunt u de Kamer van een uitgebreide reactie voorzien?\n")
    said = [s.text for s in sentences_of(text)]
    assert said[-1] == "Zo ja, kunt u de Kamer van een uitgebreide reactie voorzien?"


@pytest.mark.parametrize("end", ["naar", "tijdens", "zonder", "via", "dat", "omdat", "waarin"])
def test_a_line_ending_in_a_preposition_or_conjunction_goes_on(end):
    text = (f"Geachte voorzitter,\n\nIk stuur de brief {end}\nPrinsjesdag en de rest van "
            "de stukken.\nDaarna volgt meer.\n")
    assert f"{end} Prinsjesdag" in sentences_of(text)[1].text


@pytest.mark.parametrize("foot", [
    "Tweede Kamer, vergaderjaar 2023–2024, 30 196, nr. 812 2",
    "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
    "Eerste Kamer, vergaderjaar 2024-2025, 36 600 XV, nr. 12 3",
])
def test_a_page_foot_with_its_number_is_no_part_of_the_sentence_it_interrupts(foot):
    # a PDF's page foot between the lines of a sentence (each page's differs by its number,
    # so it is no repeated header)
    text = ("Geachte voorzitter,\n\nVoor het herfstreces stuur ik u\n\n" + foot + "\n\f"
            "een brief waarin ik nader inga op de positie van huurders.\n")
    (item,) = extract(text, D).items
    assert item.text == ("Voor het herfstreces stuur ik u een brief waarin ik nader inga op de "
                         "positie van huurders.")


@pytest.mark.parametrize("mark", ["", "**", "__", "*", "_"])
def test_speakers_labels_in_bold_or_italics_with_the_colon_inside(mark):
    # a label that repeats on every turn ("**De voorzitter:**") was dropped as a running header
    # (its colon inside the bold did not end the line), and the turns after it were lost: the
    # corpus's transcripts so printed kept 583 of 850 found items
    def label(name):
        return f"{mark}{name}:{mark}"
    turns = [("De voorzitter", "Het woord is aan de minister."),
             ("Minister Jansen", "Ik zal de Kamer voor de zomer informeren over de uitkomsten."),
             ("De voorzitter", "Dank u wel. Mevrouw De Vries."),
             ("Mevrouw De Vries (VVD)", "Kan de minister de Kamer voor de zomer informeren?"),
             ("De voorzitter", "Dank u wel."),
             ("Minister Jansen", "Het rapport stuur ik u na de zomer."),
             ("Mevrouw De Vries (VVD)", "Dank u wel."),
             ("Minister Jansen", "De evaluatie komt voor het einde van het jaar naar de Kamer."),
             ("De voorzitter", "Dan sluit ik de vergadering.")]
    text = "\n\n".join(f"{label(who)}\n{said}" for who, said in turns) + "\n"
    items = extract(text, D).items
    assert [(i.kind, i.actor) for i in items] == [
        ("commitment", "Minister Jansen"), ("request", "Mevrouw De Vries"),
        ("commitment", "Minister Jansen"), ("commitment", "Minister Jansen")]


@pytest.mark.parametrize("text, expected", [
    # a legal effect's day in figures or with its month shortened, as written out
    ("Vanaf 2-8-2026 geldt er voor alle overheden een verplichting om hoog-risico AI-systemen "
     "te registreren.", date(2026, 8, 2)),
    ("De wet treedt in werking met ingang van 1-1-2027.", date(2027, 1, 1)),
    ("Zij wordt van kracht op 1 jul. 2027.", date(2027, 7, 1)),
])
def test_a_legal_effect_on_a_day_in_figures_or_shortened(text, expected):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == [("milestone", expected)]


def test_a_shortened_month_ends_no_sentence():
    text = _letter("Kunt u deze vragen uiterlijk voor maandag 11 feb. 2026 beantwoorden?")
    assert any("11 feb. 2026 beantwoorden?" in s.text for s in sentences_of(text))
    assert [(i.kind, i.due) for i in extract(text, D).items] == [("request", date(2026, 2, 10))]


@pytest.mark.parametrize("limit", ["uiterlijk", "ten laatste", "niet later dan"])
def test_a_legal_limit_in_other_words(limit):
    text = _letter(f"Voor hoog-risico AI-systemen geldt dat deze systemen {limit} 31 december "
                   "2030 in overeenstemming moeten zijn gebracht met de eisen.")
    assert [(i.kind, i.due) for i in extract(text, D).items] == [("milestone", date(2030, 12, 31))]


@pytest.mark.parametrize("text, expected", [
    # "aan het begin van 2026" is a time, not whom the passive sends it to
    ("Het standpunt zal u aan het begin van 2026 worden toegezonden.", date(2026, 3, 31)),
    ("Het standpunt zal u aan het eind van het jaar worden toegezonden.", date(2025, 12, 31)),
])
def test_a_time_with_aan_is_no_recipient(text, expected):
    assert [(i.kind, i.due) for i in extract(_letter(text), D).items] == [("commitment", expected)]


@pytest.mark.parametrize("number", ["", "7. ", "7 ", "Vraag 7: "])
def test_willing_asked_after_a_questions_number(number):
    # "Bent u bereid …?" is asked whatever number stands before it (printing the corpus's
    # "Vraag 7" lines as "7. " lost such requests)
    text = _letter(f"{number}Bent u bereid deze vragen binnen drie weken te beantwoorden?")
    assert [(i.kind, i.due) for i in extract(text, D).items] == [("request", date(2025, 3, 31))]


@pytest.mark.parametrize(("text", "expected"), [
    # carrying on with a time to check it by is a promise (the labelling guide: "unless it has
    # a deliverable or a date")
    ("Ik zal uw Kamer over de voortgang blijven informeren, in ieder geval voor het zomerreces.",
     date(2025, 7, 3)),
    ("Ik zal uw Kamer voor het zomerreces over de voortgang blijven informeren.",
     date(2025, 7, 3)),
    # carrying on alone, or with no more than "as soon as possible", is not
    ("Ik zal uw Kamer blijven informeren over de voortgang.", None),
    ("Ik zal uw Kamer zo spoedig mogelijk blijven informeren.", None),
    ("Ik zal de ontwikkelingen in 2025 nauwlettend blijven volgen.", None),
])
def test_keeping_parliament_informed_is_a_promise_only_by_a_time(text, expected):
    found = extract(text, D).items
    assert [i.due for i in found] == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Ik hoop u voor de zomer meer te kunnen vertellen.", date(2025, 7, 3)),
    ("Ik hoop uw Kamer in het voorjaar de uitkomsten te kunnen melden.", date(2025, 6, 20)),
    ("De minister verwacht de Kamer bij de Voorjaarsnota te kunnen melden of dat convenant er "
     "komt.",
     date(2025, 6, 1)),
])
def test_a_hope_to_tell_parliament_by_a_time_is_a_hedged_promise(text, expected):
    item = one(_letter(text))
    assert (item.kind, item.rule, item.due) == ("commitment", "commitment.expects", expected)


@pytest.mark.parametrize(("text", "expected"), [
    # taken into a document to come: the particle first, "zetten in", the subject first
    ("We nemen dat op in de voortgangsrapportage die in het najaar komt.", date(2025, 12, 18)),
    ("Dat zetten we in de brief die voor de zomer komt.", date(2025, 7, 3)),
    ("Ik betrek dat bij de brief over de arbeidsmarkt.", None),
    ("Ik zet dat in de brief over de arbeidsmarkt.", None),
    ("Dat is lastig, ik betrek het bij de brief over de arbeidsmarkt.", None),
])
def test_what_a_minister_takes_into_a_letter_to_come(text, expected):
    item = one(_minister(text, "Dank u wel."))
    assert (item.kind, item.rule, item.due) == ("commitment", "commitment.takes-along", expected)


@pytest.mark.parametrize("text", [
    "We zetten in op een goede samenwerking met de provincies.",
    "Het kabinet neemt de maatregel op in het coalitieakkoord.",
])
def test_setting_to_work_or_another_document_is_not_taken_along(text):
    assert kinds(_minister(text, "Dank u wel.")) == []


_SIGNED = ("Den Haag, 10 maart 2025\n\nGeachte voorzitter,\n\n{}\n\nDe minister van "
           "Infrastructuur en Waterstaat,\nJ. Jansen\n")


@pytest.mark.parametrize(("text", "expected"), [
    # a minister's letter retelling a promise with no time: its account, nothing to watch
    ("Het kabinet heeft toegezegd in zijn reactie op het rapport scenario's uit te werken voor "
     "de ordening op het spoor.", []),
    # with a time still to come it is worth its watch
    ("Het kabinet heeft toegezegd uw Kamer voor de zomer te informeren over de scenario's.",
     [date(2025, 7, 3)]),
])
def test_a_letter_retelling_a_promise_keeps_only_one_with_a_time(text, expected):
    items = extract(_SIGNED.format(text), D).items
    assert [i.due for i in items] == expected


def test_minutes_record_a_promise_retold_without_a_time():
    (item,) = extract("Besluitenlijst\n\nDe minister heeft toegezegd de Kamer te informeren over "
                      "de uitkomst van het overleg.\n", D).items
    assert (item.kind, item.rule) == ("commitment", "commitment.reported")


_OLD_VERSLAG = ("VOORLOPIG VERSLAG\n\nVastgesteld 12 maart 1975\n\nDe leden van de "
                "P.v.d.A.-fractie hadden met belangstelling kennis genomen van het wetsontwerp. "
                "{}\n\nDe voorzitter der commissie,\nVan der Sanden\n")


_WAITS, _ASKS = "request.members-wait", "request.directed"


@pytest.mark.parametrize(("words", "rule"), [
    # an older verslag tells what the members wait for in the past tense, with "gaarne"
    ("Gaarne ontvingen zij een overzicht van de stand van zaken.", _WAITS),
    ("Deze leden ontvingen graag een overzicht van de kosten.", _WAITS),
    ("Gaarne ontvangen zij een overzicht van de stand van zaken.", _WAITS),
    ("Zij zagen de beantwoording met belangstelling tegemoet.", _WAITS),
    # and asks as its own words go: wishing to hear whether the minister is willing, putting
    # the question, suggesting, finding it agreeable if the government would
    ("Zij zouden gaarne vernemen of de Minister bereid is de Kamer een overzicht te verstrekken.",
     _ASKS),
    ("Deze leden stelden voorts de vraag of de Minister bereid is het advies openbaar te maken.",
     _ASKS),
    ("Deze leden gaven de Minister in overweging een commissie van deskundigen in te stellen.",
     _ASKS),
    ("Het zou deze leden aangenaam zijn indien de Regering de resultaten aan de Kamer zou willen "
     "overleggen.", _ASKS),
])
def test_an_older_verslag_asks_in_its_own_words(words, rule):
    items = extract(_OLD_VERSLAG.format(words), date(1975, 3, 12)).items
    assert [(i.kind, i.rule) for i in items] == [("request", rule)]


@pytest.mark.parametrize("text", [
    # the Raad van State's advice, another body's wish: not the members'
    "De Afdeling geeft de regering in overweging het wetsvoorstel op dit punt aan te passen.",
    "De VNG zou het zeer erkentelijk zijn indien de regering de compensatie zou willen regelen.",
])
def test_a_suggestion_or_wish_of_others_is_no_request(text):
    assert extract(_letter(text), D).items == []


def test_members_told_of_a_paper_received_ask_nothing():
    text = _OLD_VERSLAG.format("Deze leden ontvingen vorig jaar een overzicht van de kosten.")
    assert extract(text, date(1975, 3, 12)).items == []


@pytest.mark.parametrize(("text", "expected"), [
    # a decision to be taken by a time, its subject first
    ("Een besluit hierover wordt in het najaar genomen.", date(2025, 12, 18)),
    ("Een beslissing hierover wordt voor de zomer genomen.", date(2025, 7, 3)),
    ("De beslissing zal in de loop van dit jaar worden genomen.", date(2025, 12, 31)),
])
def test_a_decision_to_be_taken_by_a_time_is_a_promise(text, expected):
    item = one(_letter(text))
    assert (item.kind, item.due) == ("commitment", expected)


@pytest.mark.parametrize("text", [
    "De maatregelen worden in 2026 genomen.",  # measures, not a decision to report
    # bounded from below, not by a time
    "Een besluit daarover kan op zijn vroegst bij de Voorjaarsnota worden genomen.",
    "Het wetsvoorstel wordt naar verwachting op zijn vroegst begin 2026 ingediend.",
])
def test_measures_taken_or_a_time_at_the_earliest_is_no_promise(text):
    assert kinds(_letter(text)) == []


_NUMBERED_ANSWERS = (
    "Vragen van het lid Jansen (PvdA) aan de Minister van Verkeer en Waterstaat over de "
    "dijkverzwaring. (Ingezonden 3 maart 1975.)\n\n1. Heeft de Minister kennis genomen van het "
    "bericht?\n\n2. Is de Minister bereid hierover te rapporteren?\n\nAntwoord van de Minister "
    "van Verkeer en Waterstaat. (Ontvangen 2 april 1975.)\n\n1. Ja.\n\n2. {}\n")


@pytest.mark.parametrize(("answer", "rule", "expected"), [
    # read as if its number were not there: the rules that read a sentence from its start
    ("Een besluit hierover wordt in het najaar genomen.", "commitment.passive-future",
     date(1975, 12, 20)),
    ("Zodra het onderzoek is afgerond, zullen de uitkomsten worden gepubliceerd.",
     "commitment.passive-future", None),
    ("En die brief komt voor de zomer.", "commitment.deliverable-comes", date(1975, 7, 1)),
])
def test_an_answer_numbered_as_its_question_reads_as_unnumbered(answer, rule, expected):
    items = extract(_NUMBERED_ANSWERS.format(answer), None).items
    promises = [(i.rule, i.due) for i in items if i.kind == "commitment"]
    assert promises == [(rule, expected)]
    assert [i.kind for i in items].count("request") == 1  # the question numbered 2 still asks


@pytest.mark.parametrize(("mark", "expected"), [
    ("(1) ", date(2025, 7, 3)), ("a. ", date(2025, 7, 3)), ("– ", date(2025, 7, 3)),
    ("„", date(2025, 7, 3)),
])
def test_a_list_mark_or_a_quote_before_a_promise_reads_as_not_there(mark, expected):
    text = _SIGNED.format(f"{mark}Een besluit over de uitbreiding wordt voor de zomer genomen.")
    assert [(i.rule, i.due) for i in extract(text, D).items] == [
        ("commitment.passive-future", expected)]


@pytest.mark.parametrize(("text", "expected"), [
    # a verslag's past tense, the subject after the verb: "zegde", "zegden" are no four letters
    ("Desgevraagd zegde de minister toe de Kamer over de voortgang te rapporteren.",
     [("commitment.explicit", "minister")]),
    ("Voorts zegden de bewindslieden toe de Kamer voor de zomer te informeren.",
     [("commitment.explicit", "bewindslieden")]),
    ("De bewindsvrouw zegde toe hierop schriftelijk terug te komen.",
     [("commitment.explicit", "bewindsvrouw")]),
    ("Voorts zegde de heer Jansen toe een motie in te dienen.", []),
])
def test_a_verslag_tells_the_promise_made_in_the_meeting(text, expected):
    text = ("VERSLAG VAN EEN MONDELING OVERLEG\n\nVastgesteld 14 juni 1985\n\nDe vaste commissie "
            f"heeft overleg gevoerd met de minister.\n\n{text}\n")
    assert [(i.rule, i.actor) for i in extract(text, date(1985, 6, 14)).items] == expected


def test_a_letter_telling_its_own_promise_again_makes_no_new_one():
    text = _SIGNED.format("Tijdens het overleg van 7 november zegde ik toe om de laatste stand "
                          "van zaken met de Kamer te delen.")
    assert [i.rule for i in extract(text, D).items] == []


@pytest.mark.parametrize(("text", "expected"), [
    # the subject after a verb of any length ("komen we", not only "komt het kabinet")
    ("Daarna komen we met een voorstel.", ["commitment.comes-with"]),
    ("Dan komen wij met een brief over de uitvoering.", ["commitment.comes-with"]),
    ("Dan komen de gemeenten met een voorstel.", []),
])
def test_coming_with_a_paper_the_subject_after_the_verb(text, expected):
    assert [i.rule for i in extract(_SIGNED.format(text), D).items] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verslag tells the minister's willing in the past, or declared
    ("De minister was bereid de Kamer een overzicht van de kosten te verstrekken.",
     ["commitment.willing"]),
    ("De minister verklaarde zich bereid de Kamer vóór 1 oktober een notitie te sturen.",
     ["commitment.willing"]),
    # (a member's willing, or others')
    ("De heer Van Vlijmen was bereid zijn motie aan te houden.", []),
    ("De gemeenten waren bereid de kosten te dragen.", []),
])
def test_a_verslag_tells_the_ministers_willing_in_the_past(text, expected):
    text = ("VERSLAG VAN EEN MONDELING OVERLEG\n\nVastgesteld 14 juni 1985\n\nDe vaste commissie "
            f"heeft overleg gevoerd met de minister.\n\n{text}\n")
    assert [i.rule for i in extract(text, date(1985, 6, 14)).items] == expected


def test_a_letters_own_willing_in_the_past_is_no_promise():
    text = _SIGNED.format("Ik was bereid de Kamer een overzicht te sturen, maar dat bleek niet "
                          "nodig.")
    assert extract(text, D).items == []


@pytest.mark.parametrize(("text", "expected"), [
    # an answer to come in a letter, as "schriftelijk"
    ("Die vraag beantwoord ik in een brief.", ["commitment"]),
    ("Die vraag beantwoorden we in de brief over de Voorjaarsnota.", ["commitment"]),
    ("Die vragen beantwoord ik in de bijgevoegde brief.", []),  # the one in hand
])
def test_a_question_answered_in_a_letter_to_come(text, expected):
    assert [i.kind for i in extract(_SIGNED.format(text), D).items] == expected


@pytest.mark.parametrize(("signature", "actor"), [
    # a ministry's letter signs in small letters, and a ministry's name may hold commas
    ("Hoogachtend,\n\nde minister van Sociale Zaken en Werkgelegenheid,\n\nY.J. van Hijum",
     "minister van Sociale Zaken en Werkgelegenheid"),
    ("De staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\nM. Jansen",
     "staatssecretaris van Volksgezondheid, Welzijn en Sport"),
    ("De Staatssecretaris van Defensie, B. Visser", "staatssecretaris van Defensie"),
])
def test_the_signing_minister_is_the_promises_actor(signature, actor):
    text = ("Den Haag, 10 maart 2025\n\nGeachte voorzitter,\n\nIk zal uw Kamer voor de zomer "
            f"informeren over de uitkomsten.\n\n{signature}\n")
    assert [i.actor for i in extract(text, D).items] == [actor]


def _corpus_sentences() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((PROJECT_ROOT / "sample/seeds").glob("*.txt"))]
    texts += [doc.text for part, _ in quality.PARTS for doc in quality.corpus(part)]
    return [s.text.lower() for text in texts for s in sentences_of(text)]


def test_the_cue_words_turn_away_only_sentences_no_cue_test_takes():
    # ``triggered`` asks ``_triggered``'s thirty tests only of a sentence holding a word one of
    # them needs: over every corpus sentence, none they take lacks one (a test added with a
    # word of its own fails here until the word is a cue word too)
    from tracker.extraction.detect import _CUE_WORDS, _triggered, triggered, words_of

    taken = 0
    for lowered in _corpus_sentences():
        words = words_of(lowered)
        if _triggered(lowered, words):
            taken += 1
            assert not words.isdisjoint(_CUE_WORDS), lowered
            assert triggered(lowered)
    assert taken > 30_000


def test_a_sentences_words_are_what_stands_between_white_space_and_its_marks():
    from tracker.extraction.detect import words_of

    marks = str.maketrans({ch: " " for ch in ".,;:!?()[]{}\"'“”‘’«»/–—-…*•|"})
    for lowered in [*_corpus_sentences()[::7], "ik zal u—na de zomer—informeren (zie: brief).",
                    "“ja” … of\u00a0nee\u2003?"]:
        assert words_of(lowered) == set(lowered.translate(marks).split()), lowered


@pytest.mark.parametrize("sentence", [
    "Uw Kamer wordt voor de zomer geïnformeerd over de uitkomsten van de evaluatie.",
    "Het programma wordt voor 1 juli 2027 geëvalueerd.",
    "Over de uitkomsten wordt uw Kamer in het najaar nader geïnformeerd.",
])
def test_a_copy_that_lost_its_tremas_reads_as_the_text_with_them(sentence):
    # plain-text copies drop diacritics ("geinformeerd", "De minister van Financien"): the rules
    # read the words as written with their tremas; the item quotes the text as it stands
    def items(text):
        return [(i.kind, i.due, i.precision, i.actor) for i in extract(
            f"Den Haag, 10 maart 2025\n\nGeachte voorzitter,\n\n{text}\n\nDe minister van "
            f"Financiën,\nJ. Jansen\n").items]

    plain = sentence.replace("ï", "i").replace("ë", "e")
    assert items(sentence) and items(plain) == items(sentence)
    text = f"Geachte voorzitter,\n\n{plain}\n"
    assert all(text[i.start:i.end] == i.text and "ï" not in i.text and "ë" not in i.text
               for i in extract(text).items)
