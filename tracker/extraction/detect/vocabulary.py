"""Words and patterns that more than one kind of rule uses, and the ``Finding`` every rule returns.

What a deliverable is ("brief", "evaluatie", "rapportage" …), verbs of telling parliament,
negation, past auxiliaries, the present-tense actions that promise beside a deadline, how a
question starts and how a sentence is cut into words. One definition each, shared by
``commitments``, ``requests``, ``effects``, ``debate`` and the entry points in ``__init__``;
this module imports none of them, so any of them can import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE

_DELIVERABLE_STEMS = (
    r"reactie|brief|rapportage|nota|analyse|evaluatie|voorstel|appreciatie|visie|plan"
    r"|onderzoek|rapport|verkenning|uitwerking|besluit|beslissing|beantwoording|notitie|verslag|overzicht"
    r"|strategie|agenda|routekaart|inventarisatie|standpunt|monitor|update|handreiking"
    r"|resultaten|uitkomsten|leidraad|protocol|planning|meting|doorrekening|tijdpad|fiche"
    r"|prognose|raming|tijdlijn|reconstructie|feitenrelaas|toetsingskader|beleidskader"
    r"|afwegingskader|beoordelingskader"
)
# What is done to a deliverable, in the passive: "wordt … in internetconsultatie gebracht".
_ACTION_PARTICIPLES = (
    r"geëvalueerd|onderzocht|uitgewerkt|herzien|aangepast|gewijzigd|verkend|doorgelicht"
    r"|uitgevoerd|opgesteld|ingediend|gepresenteerd|gepubliceerd|verstuurd|verzonden"
    r"|aangeboden|voorgelegd|opgeleverd|uitgebracht|verleend|opgenomen|beantwoord"
    r"|in\s+(?:internet)?consultatie\s+(?:gebracht|gegeven)|ter\s+inzage\s+gelegd|besloten"
    r"|vastgesteld|openbaar\s+gemaakt|opengesteld"
    # a decision taken: "zal over de gevraagde faciliteiten een beslissing worden genomen"
    r"|(?:beslissing|besluit)\s+(?:worden\s+)?genomen"
)
# Plurals too: "rapporten", "brieven", "nota's", "plannen", "evaluaties".
_DELIVERABLE = r"(?:\w*(?:" + _DELIVERABLE_STEMS + r")(?:en|s|'s|nen)?|\w*brieven)"
_DELIVERABLE_RE = re.compile(r"\b" + _DELIVERABLE + r"\b", _I)

# "berichten" the verb, not the noun after its determiner ("Kunt u aangeven of deze berichten
# kloppen?", "de onrust die al deze berichten teweegbrengen")
BERICHTEN = (r"(?<!\bde\s)(?<!\bdeze\s)(?<!\bdie\s)(?<!\balle\s)(?<!\bzulke\s)"
             r"(?<!\bdergelijke\s)(?<!\bmedia\s)(?<!\bnieuws\s)berichten")
# Telling parliament in other words than "informeren", and being told: "op de hoogte stellen",
# "inlichten", "in kennis stellen" (a verb's list that names "informeren" names these too)
INFORM = (r"(?:informeren|inlichten|op\s+de\s+hoogte\s+(?:te\s+)?(?:stellen|brengen)"
          r"|in\s+kennis\s+(?:te\s+)?stellen)")
INFORMED = r"(?:geïnformeerd|ingelicht|op\s+de\s+hoogte\s+gesteld|in\s+kennis\s+gesteld)"
_TELL_VERBS = re.compile(
    r"\b(?:" + INFORM + r"|" + BERICHTEN + r"|(?:toe)?zenden|(?:toe|door|na)?sturen|aanbieden"
    r"|toekomen"
    r"|rapporteren|terugkomen|ingaan|voorleggen|melden|toelichten|sturen|versturen|delen"
    r"|verstrekken|verzenden|terugkoppelen|over-?leggen"
    # split by "te": "bereid uw Kamer een technische briefing aan te bieden", "De ondergetekende
    # is gaarne bereid de Kamer hierover nader in te lichten"
    r"|aan\s+te\s+bieden|toe\s+te\s+(?:zenden|sturen)|voor\s+te\s+leggen|in\s+te\s+lichten"
    r"|terug\s+te\s+(?:komen|koppelen)|(?:door|na)\s+te\s+sturen|over\s+te\s+leggen)\b", _I)

# What "laat" has done ("Ik laat … een analyse opstellen", "laat u weten"): "laat" alone is too
# common a word ("Laat ik daar eerlijk over zijn") to promise anything.
CAUSED_ACTIONS = frozenset("""
uitwerken uitvoeren onderzoeken opstellen evalueren verkennen doorrekenen brengen ontwikkelen
actualiseren herzien analyseren nagaan uitzoeken opzetten weten toekomen maken bekijken doen
""".split())  # noqa: SIM905 (a word list reads best as text)

# An answer's opening word: "Ja, dat zeg ik toe", "Natuurlijk, dat overzicht stuur ik …".
INTERJECTIONS = r"(?:ja|jazeker|zeker|prima|akkoord|goed|nou|oké|natuurlijk|uiteraard|absoluut)"

_NEGATION = re.compile(r"\b(?:niet|geen|nooit|niets|allerminst)\b(?!\s*-)", _I)
_NOT_NEGATION = re.compile(r"\b(?:al\s+dan\s+niet|niet\s+alleen|of\s+niet|zo\s+niet"
                           r"|niet\s+al\s+te|niet\s+te\s+lang"
                           # a time's bound: "niet eerder dan medio 2025"
                           r"|niet\s+(?:eerder|later)\s+dan"
                           # an old letter's "will surely" telling: "Ik zal niet nalaten de
                           # Kamer … in te lichten" (not "niet nalaten op te merken dat …")
                           r"|niet\s+nalaten(?=\s+(?:[\w-]+\s+){0,8}?(?:in\s+te\s+lichten"
                           r"|te\s+(?:informeren|berichten|rapporteren|(?:doen\s+)?toekomen)"
                           r"|(?:op\s+de\s+hoogte|in\s+kennis)\s+te\s+(?:stellen|brengen|houden)"
                           r"|mededeling\s+te\s+doen|(?:toe|over|voor|aan)\s+te\s+(?:zenden|sturen"
                           r"|leggen|bieden))\b))\b", _I)
# Present-tense actions that promise something only beside a deadline ("stuur ik … voor de zomer").
_PRESENT_VERBS = frozenset("""
stuur stuurt zend zendt informeer informeert organiseer organiseert publiceer publiceert
presenteer presenteert kom komt neem neemt start begin begint lever levert breng brengt bied
biedt leg legt rapporteer rapporteert maak maakt stel stelt doe doet
informeren sturen zenden publiceren presenteren rapporteren leveren brengen bieden komen
geef geeft geven besluit besluiten beslis beslist beslissen bericht berichten deel deelt delen
benader benadert lanceer lanceert rond rondt voer voert evalueer evalueert verken verkent
wijzig wijzigt herzie herziet kondig kondigt verstuur verstuurt dien verstrek verstrekt
meld meldt beantwoord beantwoordt bespreek bespreekt betrek betrekt regel regelt dienen
reageer reageert laat laten dient verwerk verwerkt
stellen maken starten beginnen evalueren verkennen wijzigen herzien verwerken organiseren
actualiseer actualiseert actualiseren pas past passen pak pakt pakken onderzoek onderzoekt
onderzoeken
werk werkt werken ronden leggen voeren zet zetten breid breidt breiden
verleng verlengt verlengen benoem benoemt benoemen sluit sluiten beëindig beëindigt beëindigen
richt richten vul vullen teken tekent licht lichten
""".split())  # noqa: SIM905 (a word list reads best as text)
# Present-tense verbs far more often something else ("het onderzoek", "pas in 2027": "only"):
# verbs only with "ik" or "we" right after them ("In het najaar onderzoek ik …") or "ik" right
# before them where a clause opens ("Ik pas de regeling … aan"; not "heb ik onderzoek laten doen").
_NOUN_LIKE_VERBS = frozenset(("onderzoek", "pas"))
_NOUN_LIKE_AS_VERB = re.compile(r"\b(?:onderzoek|pas)\s+(?:ik|we|wij)\b"
                                r"|(?:^|[,;:]\s*|\b(?:en|maar)\s+)ik\s+(?:onderzoek|pas)\b", _I)

_PAST_AUXILIARIES = "is|zijn|was|waren|werd|werden|heeft|hebben|had|hadden"
_PAST_AUX = re.compile(r"\b(?:" + _PAST_AUXILIARIES + r")\b", _I)

_QUESTION_START = re.compile(
    r"^(?:\d+(?:\.\s*|\s+)|Vraag\s+\d+\s*[:.]\s*)?(?:Kan|Kunt|Is|Zijn|Bent|Wilt|Wil|Hoe|Wat|Welke|Wanneer"
    r"|Waarom|Waar|Deelt|Ziet|Heeft|Hebt|Acht|Overweegt|Gaat|Zal|Zou|Klopt|In\s+hoeverre|Kon|Wilde"
    r"|Op\s+welke)\b")

# A word: what stands between white space and these marks. One search for runs of anything
# else (in C) gives the same words as translating the marks to spaces and splitting, in three
# quarters of the time (0.28 s against 0.38 s over the corpus's 110,070 sentences).
_WORD = re.compile("[^\\s" + re.escape(".,;:!?()[]{}\"'“”‘’«»/–—-…*•|") + "]+")


def words_of(lowered: str) -> set[str]:
    return set(_WORD.findall(lowered))


@dataclass(frozen=True)
class Finding:
    kind: str  # commitment | request | milestone
    rule: str
    confidence: float
    actor: str | None
    actor_kind: str | None = None  # gov, self, parl (passive), members …
    focus: int = 0  # where the deadline is to be read from: a motion's "verzoekt …", not its
    # considerations


# A question retold with its askers after it: "Kan de regering toezeggen dat zij dit onderzoek
# in 2016 herhaalt, zo vragen deze leden."
_ASKED_AFTER = re.compile(r",\s+zo\s+(?:vragen|vraagt|willen|wil)\s+(?:deze|de|die|het)\s+"
                          r"(?:\w+\s+){0,4}?(?:leden|lid|fractie|fracties)\b[^,]{0,60}$",
                          re.IGNORECASE)


# A footnote's marker after the question mark, where the sentence ends the paragraph: "… die op
# 11 april jl. heeft plaatsgevonden? 1"
_MARKED_QUESTION = re.compile(r"\?[ \t]?\d{1,2}\Z")


# A numbered written question whose question mark the scan lost ("5. Zijn de bewindslieden bereid
# … te bestudepae/etm = …", the page's table run into it): the number and the verb first ask.
_NUMBERED_QUESTION = re.compile(r"\d{1,2}(?:\.\s*|\s+)(?:Kan|Kunt|Kunnen|Is|Zijn|Bent|Wil|Wilt"
                                r"|Willen|Zal|Zult|Zullen|Zou|Zouden)\s+(?:de|het|u|zij|hij)\b")


def is_question(sentence: str) -> bool:
    stripped = sentence.rstrip(" ”’\"»)")
    return stripped.endswith("?") or bool(_MARKED_QUESTION.search(stripped)) or (
        bool(_QUESTION_START.match(sentence)) and (
        "?" in sentence or _ASKED_AFTER.search(stripped) is not None)) or bool(
        _NUMBERED_QUESTION.match(sentence))


def _negated(text: str) -> bool:
    return bool(_NEGATION.search(_NOT_NEGATION.sub(" ", text)))
