"""Which sentences a committee clerk would register, and why.

A sentence is a **commitment** when the government (kabinet, a minister or state secretary, a
ministry, "ik"/"wij" in a government letter) says it will do something: "zal … informeren",
"gaat … brengen", an explicit "zegt toe"/"toegezegd", a passive towards parliament ("In het
najaar zal uw Kamer hierover worden geïnformeerd"), a document that "volgt dit voorjaar", a
present-tense action with a future deadline ("organiseert het kabinet nog dit jaar …"), a letter
in preparation, "komt hierop terug". It is not one when it is a question, when someone else acts
(the European Commission, the Rathenau Instituut, "zij"), when the government declines ("zal …
niet vooruitlopen"), when it happened already ("heeft … geïnformeerd"), or when the document
itself does it ("Het kabinet gaat hieronder in op …").

A **request** is a deadline members or a committee ask of the government ("zien uw reactie –
bij voorkeur binnen vier weken – met belangstelling tegemoet"). A **milestone** is a dated legal
effect ("Vanaf 2 augustus 2026 geldt …", "uiterlijk 31 december 2030 … moeten zijn gebracht").

Every rule has a name and a confidence, so a clerk sees why a sentence was proposed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...deadlines import Deadline
from ..actors import (
    GOV,
    MEMBERS,
    OTHER,
    PARL,
    SELF,
    Mention,
    after_preposition,
    mentions,
    subject_at,
)
from ..dates import MONTH_PATTERN

_I = re.IGNORECASE

# --- vocabulary -------------------------------------------------------------------------------

_DELIVERABLE_STEMS = (
    r"reactie|brief|rapportage|nota|analyse|evaluatie|voorstel|appreciatie|visie|plan"
    r"|onderzoek|rapport|verkenning|uitwerking|besluit|beantwoording|notitie|verslag|overzicht"
    r"|strategie|agenda|routekaart|inventarisatie|standpunt|monitor|update|handreiking"
    r"|resultaten|uitkomsten|leidraad|protocol"
)
_DELIVERABLE = r"(?:\w*(?:" + _DELIVERABLE_STEMS + r")(?:en)?)"
# Participles of sending or telling parliament something.
_TO_PARLIAMENT = (
    r"(?:geïnformeerd|ingelicht|(?:toe|ver|na|op)?gezonden|verzonden|(?:toe|na|op|ver)?gestuurd"
    r"|verstuurd|aangeboden|voorgelegd|gerapporteerd|toegestuurd|toegezonden|meegedeeld"
    r"|op\s+de\s+hoogte\s+(?:gebracht|gesteld|gehouden)|gedeeld|ingediend|verstrekt|overhandigd"
    r"|voorgehangen"
    r"|(?:aan)?geleverd|toegelicht|gemeld|bericht)"
)
_ROUTINE = re.compile(r"\b(?:met\s+(?:grote\s+)?regelmaat|regelmatig|steeds|altijd|telkens)\b", _I)
# Participles that describe a routine as often as a promise: a promise only with "zal".
_WEAK_TO_PARLIAMENT = re.compile(r"(?:aan)?geleverd|toegelicht|gemeld|bericht", _I)
# Sent after the letter: "De ontbrekende bijlage wordt zo spoedig mogelijk nagezonden".
# A decree is "voorgehangen" at parliament, whether or not the sentence names it.
_SENT_AFTER = re.compile(r"\b(?:nagezonden|nagestuurd|voorgehangen)\b", _I)
_TELL_VERBS = re.compile(
    r"\b(?:informeren|inlichten|berichten|(?:toe)?zenden|(?:toe)?sturen|aanbieden|toekomen"
    r"|rapporteren|terugkomen|ingaan|voorleggen|melden|toelichten|sturen|versturen|delen"
    r"|verstrekken|verzenden|terugkoppelen|overleggen)\b", _I)
# Infinitives that say nothing is promised: states, modals, being affected.
_STATE_VERBS = re.compile(
    r"\b(?:zijn|worden|hebben|kunnen|moeten|mogen|willen|gelden|voldoen|leiden|betekenen"
    r"|vallen|liggen|staan|blijken|lijken|bestaan|krijgen|raken|verschillen|gaan\s+gelden"
    r"|blijven)\b",
    _I)
# Judging what others propose, within a procedure: a stance, not a deliverable.
_JUDGING = re.compile(r"\b(?:toetsen|toestaan|beoordelen|afwegen|goedkeuren|instemmen)\b", _I)
# Carrying on, watching: no new promise ("zal de ontwikkelingen nauwlettend blijven volgen").
_CONTINUING = re.compile(r"\bblijven\s+\w+|\b(?:nauwlettend|nauwgezet)\b"
                         r"|\bin\s+de\s+gaten\b|\bproberen\b|\bvinger\s+aan\s+de\s+pols\b", _I)
_MODALS = re.compile(r"\b(?:kan|kunnen|kon|konden|zou|zouden|mag|mogen|moet|moeten|dient|dienen)\b",
                     _I)
_NEGATION = re.compile(r"\b(?:niet|geen|nooit|allerminst)\b(?!\s*-)", _I)
_NOT_NEGATION = re.compile(r"\b(?:al\s+dan\s+niet|niet\s+alleen|of\s+niet|zo\s+niet"
                           r"|niet\s+al\s+te|niet\s+te\s+lang)\b", _I)
# Present-tense actions that promise something only beside a deadline ("stuur ik … voor de zomer").
_PRESENT_VERBS = frozenset("""
stuur stuurt zend zendt informeer informeert organiseer organiseert publiceer publiceert
presenteer presenteert kom komt neem neemt start begin begint lever levert breng brengt bied
biedt leg legt rapporteer rapporteert maak maakt stel stelt doe doet
informeren sturen zenden publiceren presenteren rapporteren leveren brengen bieden komen
geef geeft geven besluit besluiten beslis beslist beslissen bericht berichten deel deelt delen
""".split())  # noqa: SIM905 (a word list reads best as text)
# The document does it itself: not a promise for later.
_SELF_FULFILLING = re.compile(
    r"\b(?:hierbij|(?<!verband\s)(?<!samenhang\s)(?<!gelet\s)hiermee|bij\s+deze(?:n)?|hieronder|hierna|in\s+deze\s+brief|met\s+deze\s+brief"
    r"|in\s+de(?:ze)?\s+bijlage(?:\s+bij\s+deze\s+brief)?|onderstaand|ter\s+kennisneming"
    r"|ter\s+informatie|het\s+volgende|bijgaand|bijgevoegd|als\s+bijlage|treft\s+u"
    r"|(?:vandaag|thans|nu)\s+(?:ontvangt|stuur|zend|bied)|(?:ontvangt|krijgt)\s+u\s+(?:deze|dit)\s+"
    r"(?:brief|bericht|overzicht)|(?:door\s+middel\s+van|via)\s+deze"
    r"\s+brief)\b", _I)
_PAST_AUXILIARIES = "is|zijn|was|waren|werd|werden|heeft|hebben|had|hadden"
_PAST_AUX = re.compile(r"\b(?:" + _PAST_AUXILIARIES + r")\b", _I)
_AUX = re.compile(r"\b(?:" + _PAST_AUXILIARIES + r"|wordt|worden|zal|zullen)\b", _I)
_ANAPHOR = re.compile(
    r"\b(?:dan|daarvan|daarover|hierover|hiervan|hier\s+\w+\s+over|daar\s+\w+\s+over"
    r"|hier\s+\w+\s+\w+\s+over|dezelfde\s+termijn|hetzelfde\s+moment|tegelijkertijd)\b"
    r"|^(?:Die|Deze|Dit|Dat)\s+(?:zal|zullen|ga|gaat|kan|stuur|stuurt)\b", _I)
_QUESTION_START = re.compile(
    r"^(?:\d+\.\s*|Vraag\s+\d+\s*[:.]\s*)?(?:Kan|Kunt|Is|Zijn|Bent|Wilt|Wil|Hoe|Wat|Welke|Wanneer"
    r"|Waarom|Waar|Deelt|Ziet|Heeft|Hebt|Acht|Overweegt|Gaat|Zal|Zou|Klopt|In\s+hoeverre"
    r"|Op\s+welke)\b")

# --- triggers ---------------------------------------------------------------------------------

# What must stand in a sentence for any rule below to fire, tested on the lower-cased sentence:
# most sentences stop here, before the costlier analysis of who does what. Present-tense
# verbs and requests only count beside something that looks like a deadline.
_DEADLINE_HINT = (
    r"(?:\d|januari|februari|maart|april|\bmei\b|juni|juli|augustus|september|oktober"
    r"|november|december|kwartaal|zomer|najaar|voorjaar|herfst|reces|kerst|prinsjesdag"
    r"|begroting|nota\b|jaar|maand|week|weken|dagen|binnen|termijn|spoedig|z\.s\.m|zsm|helft"
    r"|medio|zodra|nadat|wanneer|zijner)"
)
_PASSIVE_HINT = re.compile(
    r"geïnformeerd|ingelicht|gezonden|gestuurd|aangeboden|voorgelegd|gerapporteerd|meegedeeld"
    r"|gedeeld|op de hoogte|aangepast|gewijzigd|geëvalueerd|herzien|uitgewerkt|ingevoerd"
    r"|voorgehangen|"
    + _DELIVERABLE_STEMS)
_DEADLINE_HINT_RE = re.compile(_DEADLINE_HINT)


_TRIGGER_WORDS = frozenset("""
toe toegezegd zal zullen zult ga gaat gaan volgt volgen verschijnt verschijnen terug voornemens
voornemen ernaar verwacht verwachten ontvang ontvangt ontvangen tegemoet toezeggen bereid
verzoekt verzoeken roept roepen draagt dragen prijs hoogte wil willen streven planning inzet
inspanningen intentie
bedoeling insteek zet zetten plaatsvinden plaatshebben voorzien gepland krijgt krijgen
toezegging terugkom terugkomen verzenden versturen toezenden toesturen aanbieden verzocht wenst
sturen informeren besluit benieuwd kunt bent belooft beloof beloven delen meenemen kies kiest
kiezen bereidheid rappeleer hoop hopen denk denken stuur zend zenden nasturen wilt vooruitzicht
beoog beoogt beogen ervoor schriftelijk besloten streef streeft
""".split())  # noqa: SIM905 (a word list reads best as text)
# Whom members ask ("De leden vragen de regering …", "vragen de Kamer …").
_ASKED_OF = frozenset(("kamer", "kamers", "regering", "kabinet", "minister", "staatssecretaris",
                       "bewindspersoon", "bewindspersonen"))
_WORK_WORDS = frozenset(["werkt", "werken", "werk", "gewerkt"])
_EFFECT_WORDS = frozenset(["vanaf", "per", "ingang", "uiterlijk", "m", "tot"])
# Words that count only beside a deadline: present-tense actions and requests.
_PRESENT_WORDS = _PRESENT_VERBS | {"verzoek", "verzoekt", "verzoeken", "verzocht", "vraagt",
                                   "vragen", "verneemt", "vernemen", "graag"}
_WORDS = re.compile(r"\w+")


# Punctuation to spaces, so that ``str.split`` (in C) gives the words: several times faster than
# a regular expression's findall over every sentence of a document.
_NON_WORD = str.maketrans({ch: " " for ch in ".,;:!?()[]{}\"'“”‘’«»/–—-…*•|"})


def words_of(lowered: str) -> set[str]:
    return set(lowered.translate(_NON_WORD).split())


def triggered(lowered: str, words: set[str] | None = None) -> bool:
    """Could any rule fire? Set look-ups on the words of the lower-cased sentence first."""
    words = words_of(lowered) if words is None else words
    if not words.isdisjoint(_TRIGGER_WORDS):
        return True
    if ("plan" in words and "van plan" in lowered) or ("naar" in words and "er naar" in lowered):
        return True
    if "weten" in words and ("laat" in words or "laten" in words):
        return True
    if ("vragen" in words or "vraagt" in words) and not words.isdisjoint(_ASKED_OF):
        return True
    if "graag" in words and "zien" in words:
        return True
    if ("komt" in words or "komen" in words) and "kamer" in words:
        return True
    if "plaats" in words and ("vindt" in words or "vinden" in words):
        return True
    if ("wordt" in words or "worden" in words) and _PASSIVE_HINT.search(lowered):
        return True
    if "aan" in words and not words.isdisjoint(_WORK_WORDS):
        return True
    if not words.isdisjoint(_EFFECT_WORDS) and _EFFECT_DATE.search(lowered):
        return True
    return not words.isdisjoint(_PRESENT_WORDS) and bool(
        _DEADLINE_HINT_RE.search(lowered) or _NEXT_DOCUMENT.search(lowered))


# "zegt toe", "zeg ik u toe", and across an insertion between commas: "zegt de Kamer, naar
# aanleiding van vragen van de leden Schouwenaar (VVD), Koole (PvdA) …, toe".
_EXPLICIT = re.compile(
    r"\b(?:zeg|zegt|zeggen|zei|zeiden|zegde|zegden)\b"
    r"(?:(?:\s+[^\s.?!;]+){0,12}?|(?:[^.?!;]|\.(?!\s+[A-Z])){0,400}?,)\s+toe\b"
    r"|\btoe\s*te\s+zeggen\b|\btoezeggen\b|\b(?:beloof|belooft|beloven|beloofde)\b",
    _I)
_TOEGEZEGD = re.compile(r"\btoegezegd\b", _I)
_FUTURE = re.compile(r"\b(?:zal|zullen|zult)\b", _I)
_GAAN = re.compile(r"\b(?:ga|gaat|gaan)\b", _I)
_GAAN_NOT = re.compile(
    r"^\s+(?:\w+\s+){0,3}?(?:over|om|uit\s+van|(?:er|daar|hier)?\s*van\s*uit|in\s+op|samen|gepaard"
    r"|mee|door|verder\s+dan|naar)\b"
    r"|^\s+(?:\w+\s+){0,2}?gelden\b|^\s+(?:\w+\s+){0,3}?(?:akkoord|accoord)\b", _I)
_GOES_INTO = re.compile(r"\s+(?:[\w/]+\s+){0,5}?(?:in\s+op|ingaan)\b", _I)
_PRESENT_WORDED = re.compile(r"\b(?:" + "|".join(sorted(_PRESENT_VERBS)) + r")\b", _I)
_PASSIVE_PRESENT = re.compile(r"\b(?:wordt|worden)\b", _I)
_FOLLOWS = re.compile(r"(?<!\bals\s)\b(?:volgt|volgen|verschijnt|verschijnen)\b"
                     r"(?!\s+(?:uit|dat|op)\b)", _I)
_DELIVERABLE_RE = re.compile(r"\b" + _DELIVERABLE + r"\b", _I)
_ANNOUNCED_LETTER = re.compile(
    r"\b(?:werkt|werken|werk|gewerkt)\b[^.;?!]{0,80}?\baan\s+(?:een|de)\s+(?:\w+\s+){0,2}?"
    r"(?:kamerbrief|brief|nota|wetsvoorstel|beleidsreactie|kabinetsreactie|kabinetsvisie"
    r"|(?:voortgangs)?rapportage|beleidsbrief|visie)\b", _I)
_COME_BACK = re.compile(r"\b(?:kom|komt|komen)\b(?:\s+[^\s.?!;]+){0,10}?\s+(?:op\s+)?terug\b"
                        r"|\b(?:op|daarop|hierop|erop)\s+terugkom(?:t|en)?\b", _I)
_INTENTION = re.compile(
    r"\b(?:ben|is|zijn)\s+(?:\w+\s+)?voornemens\b|\bvoornemens\s+(?:ben|is|zijn)\b"
    r"|\bvan\s+plan\b|\bhet\s+voornemen\b"
    r"|\b(?:heb|hebben)\s+(?:(?:ik|wij|we)\s+)?(?:\w+\s+)?de\s+(?:intentie|bedoeling)\b"
    # "Ik beoog uw Kamer begin 2027 een wetsvoorstel voor te leggen" (not a policy's aim:
    # "Het kabinet beoogt met deze maatregel de uitstoot te verminderen")
    r"|\b(?:beoog|beoogt|beogen)\b(?=[^.;?!]{0,160}?(?:\b(?:uw|de)\s+Kamer\b|\bwetsvoorstel"
    r"|\bbrief\b))"
    r"|\bstre(?:ef|eft|ven)\s+er\s*naar\b|\bstre(?:ef|eft)\s+naar\b"
    r"|\ber\s*naar\s+stre(?:ef|eft|ven)\b"
    r"|\b(?:kies|kiest|kiezen)\s+(?:\w+\s+){0,2}?er\s*(?:\w+\s+){0,2}?voor\b"
    r"|\b(?:wil|willen|zal|zullen|ga|gaan)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,2}?(?:benutten|gebruiken)\s+"
    r"(?:om|voor)\b", _I)  # "De komende maanden wil ik benutten om de Code te implementeren"
# Willing to tell parliament: "Ik ben bereid de Kamer jaarlijks te informeren", "Ik wil uw Kamer
# voor de zomer informeren" (not "zou willen", nor "wil graag benadrukken").
# "Dat zou alleen zinvol zijn als ik van plan was om …": a condition, not an intention.
_HYPOTHETICAL = re.compile(r"\b(?:als|indien|wanneer|mocht)\s+(?:\w+\s+){0,2}$", _I)
_WILLING = re.compile(r"\b(?:ben|is|zijn)\s+(?:\w+\s+)?bereid\b|\bbereid\s+(?:ben|is|zijn)\b"
                      r"|\bbereid\s+om\b|(?<!\bzou\s)(?<!\bzouden\s)\b(?:wil|willen)\b", _I)
# What the government is willing to do that parliament can check later.
_WILLING_ACTION = re.compile(r"\b(?:onderzoeken|bezien|bekijken|verkennen|nagaan|uitzoeken"
                             r"|evalueren|inventariseren|in\s+kaart\s+(?:te\s+)?brengen)\b", _I)
# Keeping parliament informed: "Ik houd uw Kamer op de hoogte", "stel ik uw Kamer op de hoogte".
_KEEP_INFORMED = re.compile(r"\b(?:houd|houdt|houden|stel|stelt|stellen)\b(?:\s+[^\s.;:,]+){0,6}?"
                            r"\s+op\s+de\s+hoogte\b", _I)
_REPORTED_HINT = re.compile(r"bericht|meld|schre|informeerde|liet|lieten|gaf|gaven|deelde|kondigd"
                            r"|gedeeld|aangegeven|weten")
_ASKED_HINT = re.compile(r"vraag|vragen|vroeg|weten|benieuwd|verzo")
# A past report of what was said before: "Eerder berichtte ik u dat …", "heb ik u gemeld dat …".
_REPORTED_BEFORE = re.compile(
    r"\b(?:berichtte|berichtten|meldde|meldden|schreef|schreven|informeerde|informeerden"
    r"|liet|lieten|gaf|gaven|deelde|deelden|kondigde|kondigden)\b[^.;:]{0,80}?\bdat\b"
    r"|\b(?:heb|hebben|had|hadden|heeft)\b[^.;:]{0,60}?\b(?:bericht|gemeld|geschreven|laten"
    r"\s+weten|aangegeven|aangekondigd|mee\s*gedeeld|medegedeeld|geïnformeerd)"
    r"(?:\s+over)?\s+(?:dat|hoe|wanneer|of)\b", _I)
_EXPECTED_DELIVERABLE = re.compile(
    r"(?:^|[,;]\s*)(?:het|de|dit|deze|dat|die)\s+(?:[\w-]+\s+)?" + _DELIVERABLE
    + r"\s+(?:verwacht|verwachten)\s+(?:ik|wij|we)\b", _I)
_EXPECT = re.compile(r"(?:\b(?:verwacht|verwachten)\b[^.;?!]{0,250}?\bte\s+(?:kunnen\s+)?"
                     # "Ik hoop u voor de zomer de resultaten te kunnen sturen"
                     r"|\b(?:hoop|hopen|denk|denken)\b[^.;?!]{0,200}?\bte\s+kunnen\s+)"
                     r"(?:\w+\s+){0,2}?\w*(?:sturen|zenden|informeren|bieden|komen|publiceren"
                     r"|presenteren|berichten|rapporteren|leggen|delen|versturen|leveren|dienen"
                     r"|ronden|stellen|brengen)\b", _I)
_PARTICIPLE = re.compile(r"\b(?:ge\w+(?:d|t|en)|\w+ge\w+(?:d|t|en)|ingediend|opgesteld"
                         r"|uitgebracht|afgerond|verstuurd|aangeboden|voorgelegd)\b", _I)
_RECEIVE = re.compile(r"\b(?:ontvangt|ontvangen|krijgt|tegemoet\s+(?:\w+\s+)?zien"
                      r"|(?:kunt|kan|kunnen|mag|mogen)\b(?:\s+[^\s,;.]+){1,12}?\s+verwachten)\b",
                      _I)
_PARTICIPLE_TO_PARL = re.compile(r"\b" + _TO_PARLIAMENT + r"(?:\d{1,2})?\b", _I)
_INFORMATION = re.compile(r"\b(?:informatie|bericht|gegevens|cijfers|stukken|antwoorden"
                          r"|uitkomsten|resultaten|kabinetsreactie|notitie|wetsvoorstel)\b", _I)
# "Deze kunt u dus komend voorjaar tegemoet zien": the letter named in the sentence before.
_ANAPHORIC_OBJECT = re.compile(r"(?:Deze|Die|Dit|Dat|Het)\s+(?:kunt|kan|ontvangt|zult|krijgt)\b")
_DELIVERY_DONE = re.compile(
    r"\b(?:gereed|klaar|beschikbaar|afgerond|gepubliceerd|verschijnen|uitkomen|opgeleverd"
    r"|bekendgemaakt|in\s+(?:internet)?consultatie)\b", _I)
# "De evaluatie zal in 2027 plaatsvinden" (the deliverable's own verb, not a later clause's:
# "Deze brief zal … worden besproken tijdens het overleg dat zal plaatsvinden op …")
_TAKES_PLACE = re.compile(r"^(?:\s+[^\s,;]+){0,5}?\s+plaatsvinden\b", _I)

# Requests: members or a committee ask something by a date.
_REQUEST = re.compile(
    r"\b(?:zie[nt]?)\b[^.?!]{0,160}?\btegemoet\b|\bverzoek(?:t|en)?\b|\bverzocht\b"
    r"|\b(?:vraagt|vragen)\b[^.?!]{0,100}?\b(?:om|te)\b"
    r"|\b(?:ontvangt|ontvangen|verneemt|vernemen)\b[^.?!]{0,40}?\bgraag\b"
    r"|\bgraag\b[^.?!]{0,60}?\b(?:ontvangen|ontvangt|vernemen|verneemt|tegemoet)\b"
    r"|\b(?:wil|willen|wenst|wensen)\s+graag\b[^.?!]{0,80}?\b(?:geïnformeerd|ingelicht)\b"
    r"|\b(?:stelt|stellen|zou|zouden)\b[^.?!]{0,20}?\bop\s+prijs\b"
    r"|\b(?:wenst|wensen)\b[^.?!]{0,80}?\b(?:ontvangen|krijgen|vernemen)\b", _I)

# A committee waiting for a reply, without a date: "De commissie ziet de beantwoording met
# belangstelling tegemoet", "De leden ontvangen graag een reactie van de regering op het advies".
_WAITS_FOR = re.compile(
    r"\b(?:ziet|zien)\s+(?:\w+\s+){0,2}?(?:reactie|beantwoording|antwoorden|antwoord|brief"
    r"|kabinetsreactie)\b[^.?!]{0,60}?\btegemoet\b"
    r"|\b(?:ontvangt|ontvangen)\s+(?:\w+\s+)?graag\s+(?:een|de|het)\s+(?:[\w-]+\s+)?"
    r"(?:reactie|beantwoording|antwoorden|brief|overzicht|kabinetsreactie|appreciatie)\b", _I)
# "De leden … vragen of de resultaten … met de Kamer worden gedeeld": asking for something to be
# delivered, not for an opinion (nor "wanneer de evaluatie naar de Kamer wordt gestuurd": when).
_ASKS_DELIVERY = re.compile(
    r"\b(?:vraagt|vragen)\s+(?:\w+\s+){0,3}?of\b[^.?!]{0,160}?(?:"
    r"\b(?:met|aan|naar)\s+(?:de|uw)\s+Kamer\s+(?:\w+\s+){0,2}?(?:wordt|worden|zal|zullen)?\s*"
    r"(?:gedeeld|gestuurd|toegestuurd|gezonden|toegezonden|verzonden|aangeboden)"
    r"|\b(?:de|uw)\s+Kamer\s+(?:\w+\s+){0,4}?(?:wordt|worden|zal|zullen)\s+(?:\w+\s+){0,4}?"
    r"(?:geïnformeerd|ingelicht)"
    r"|\b(?:de|uw)\s+Kamer\s+(?:\w+\s+){0,6}?(?:ontvangt|krijgt|zal\s+ontvangen))\b", _I)
_ASKS_WHETHER = re.compile(
    r"(?:vraagt|vragen)\s+(?:\w+\s+){0,3}?(?:of|wanneer|hoe|waarom|welke|wat|waar|in\s+hoeverre)"
    r"\b", _I)

# Milestones: a legal effect on a date.
_LEGAL_EFFECT = re.compile(
    r"\b(?:geldt|gelden|van\s+toepassing|verplicht(?:en|ing|ingen)?|verbod\w*|verboden|in\s+werking"
    r"|treedt|treden|hoeven\s+te\s+voldoen|aansprakelijk\w*|sancties?|boetes?|toepassing"
    r"|verordening|moet|moeten|mag|mogen|van\s+kracht)\b",
    _I)
_EFFECT_DATE = re.compile(
    r"\b(?:vanaf|per|met\s+ingang\s+van|m\.i\.v\.|uiterlijk(?:\s+op)?|tot\s+en\s+met)\s+"
    r"(?:[0-3]?\d\s+)?" + MONTH_PATTERN + r"\s+(?:19|20)\d{2}\b", _I)

# Fulfilment: the document says it keeps a promise.
FULFILMENT = re.compile(
    r"\bgestand\b"
    r"|\b(?:kom|komt|komen)\b[^.?!]{0,160}?\btoezegging\w*\b[^.?!]{0,160}?\bna\b"
    r"|\b(?:voldoe|voldoet|voldoen|geef|geeft|geven)\b[^.?!]{0,60}?\b(?:aan|uitvoering\s+aan"
    r"|invulling\s+aan)\b[^.?!]{0,40}?\b(?:de|deze|het)\s+(?:\w+\s+)?(?:toezegging\w*|motie\w*)\b",
    _I)


@dataclass(frozen=True)
class Finding:
    kind: str  # commitment | request | milestone
    rule: str
    confidence: float
    actor: str | None
    actor_kind: str | None = None  # gov, self, parl (passive), members …
    focus: int = 0  # where the deadline is to be read from: a motion's "verzoekt …", not its
    # considerations


def is_question(sentence: str) -> bool:
    stripped = sentence.rstrip(" ”’\"»)")
    return stripped.endswith("?") or (bool(_QUESTION_START.match(sentence)) and "?" in sentence)


def _negated(text: str) -> bool:
    return bool(_NEGATION.search(_NOT_NEGATION.sub(" ", text)))


def _clause_after(sentence: str, pos: int, limit: int = 160) -> str:
    """From ``pos`` to the end of the clause: a semicolon, a colon or the sentence end."""
    end = len(sentence)
    for stop in (";", ":", "?"):
        i = sentence.find(stop, pos)
        if 0 <= i < end:
            end = i
    return sentence[pos:min(end, pos + limit)]


_CLAUSE_CUT = re.compile(r",|\b(?:dat|die|om|omdat|zodat|waarbij|waarin|waarmee|wanneer|indien"
                         r"|als|zodra|nadat|terwijl|maar|of)\b")


def _middle_field(window: str) -> str:
    """The words before the main verb: up to a comma or a subordinate clause ("die" or "dat"
    right after the verb points at a thing: "We gaan die brief zo snel mogelijk sturen")."""
    cut = _CLAUSE_CUT.search(window)
    if cut and not window[:cut.start()].strip() and cut.group() in ("die", "dat"):
        cut = _CLAUSE_CUT.search(window, cut.end())
    return window[: cut.start()] if cut else window


def detect(sentence: str, deadline: Callable[[], Deadline | None],
           after_government: bool = False) -> Finding | None:
    """What a sentence is, or None. ``deadline()`` gives the sentence's deadline phrase; it is
    only asked for when a rule needs it (resolving deadlines is the costly part)."""
    lowered = sentence.lower()
    words = words_of(lowered)
    if not triggered(lowered, words):
        return None
    if is_question(sentence):
        return _asks_for_promise(sentence, deadline)
    if _DIRECTED_HINT.search(lowered):
        directed = _directed_request(sentence)
        if directed is not None:
            return directed
    found = mentions(sentence, after_government)
    if _REQUEST_HINT.search(lowered):
        request = _request(sentence, found, deadline)
        if request is not None:
            return request  # "verneemt de Kamer graag vóór … de termijnen waarop … worden …"
    finding = _commitment(sentence, found, deadline, words)
    if finding is not None:
        return finding
    return _milestone(sentence)


def _gov(mention: Mention | None) -> bool:
    return mention is not None and mention.kind in (GOV, SELF)


_REQUEST_HINT = re.compile(r"zie|verzo|vraag|vrag|graag|prijs|wens")
_SELF_FULFILLING_HINT = re.compile(r"hier|deze|onderstaand|ter |volgende|bijga|bijgev|bijlage|treft"
                                   r"|middel"
                                   r"|vandaag|thans|nu ")


def _commitment(sentence: str, found: list[Mention],
                deadline: Callable[[], Deadline | None],
                words: frozenset[str] | set[str] = frozenset()) -> Finding | None:
    if (found and found[0].kind == MEMBERS and _only_opening(sentence[:found[0].start])
            and not after_preposition(sentence, found[0])):
        return None  # "De leden … constateren dat het kabinet …": the members speak
    lowered = sentence.lower()
    best: Finding | None = None
    self_fulfilling = [m.start() for m in _SELF_FULFILLING.finditer(sentence)] \
        if _SELF_FULFILLING_HINT.search(lowered) else []
    # Cheap look-ups first: the costlier frames below run only where their words stand.
    reported = bool(_REPORTED_HINT.search(lowered))
    asked = bool(_ASKED_HINT.search(lowered))

    def offer(finding: Finding | None, at: int) -> None:
        nonlocal best
        if finding is None or (best is not None and finding.confidence <= best.confidence):
            return
        if self_fulfilling and _in_clause(sentence, at, self_fulfilling) \
                and not re.match(r"(?:hierbij|daarbij)\s+(?:zal|zullen)\b", lowered):
            return  # "Hierbij stuur ik u …": the document does it (but "Hierbij laat ik u
            # weten dat ik … zal sturen" promises, in its own clause)
        if at and reported and _REPORTED_BEFORE.search(sentence, 0, at):
            return  # "Eerder berichtte ik u dat ik … zal …": an old promise retold
        if at and asked and _INDIRECT_QUESTION.search(sentence, 0, at):
            return  # "uw verzoek om te melden wanneer het rapport kan worden toegezonden"
        best = finding

    def by_subject(m: re.Match[str], rule: str, confidence: float, negated_in: str) -> None:
        subject = subject_at(sentence, found, m.start(), m.start() + len(m.group().split()[0]))
        if subject is None and _ELLIPSIS.search(sentence, 0, m.start()) and found \
                and _gov(found[0]) and found[0].start < m.start():
            subject = found[0]  # "Wij gaan daarmee aan de slag en komen daar graag op terug"
        if _gov(subject) and not _negated(negated_in):
            offer(Finding("commitment", rule, confidence, subject.text, subject.kind),
                  m.start())

    if "toe" in lowered or "belo" in lowered:
        for m in _EXPLICIT.finditer(sentence):
            verb = m.start()
            if m.group().lower().startswith("toe"):  # "Ik kan … toezeggen": the finite verb
                finite = None
                for f in _FINITE_BEFORE_INFINITIVE.finditer(sentence, 0, m.start()):
                    finite = f
                if finite is None:
                    continue
                verb = finite.start()
            subject = subject_at(sentence, found, verb, verb + 4)
            if subject is None and _ELLIPSIS.search(sentence, 0, verb) and found \
                    and _gov(found[0]) and found[0].start < verb:
                subject = found[0]  # "zegt … bereid te zijn … en zegt toe de rapportages …"
            if subject is not None and subject.kind == OTHER and subject.text.lower() in (
                    "zij", "hij"):
                subject = Mention(GOV, subject.start, subject.end, subject.text)  # only a
                # minister "zegt toe": "Tevens zegt zij toe …" in a registry entry
            clause = max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start()))
            if _gov(subject) and not _negated(sentence[m.start():m.end()]) \
                    and not _MODAL_NOT.search(sentence, clause + 1, m.start()):
                offer(Finding("commitment", "commitment.explicit", 0.95, subject.text,
                              subject.kind), m.start())
        for m in _TOEGEZEGD.finditer(sentence):
            offer(_reported(sentence, found, m), m.start())
    if "zal" in lowered or "zul" in lowered:
        for m in _FUTURE.finditer(sentence):
            offer(_future(sentence, found, m, deadline), m.start())
    if "wordt" in lowered or "worden" in lowered:
        for m in _PASSIVE_PRESENT.finditer(sentence):
            offer(_passive_to_parliament(sentence, found, m, present=True), m.start())
            offer(_passive_deliverable(sentence, found, m, deadline), m.start())
    if "ga" in lowered:
        for m in _GAAN.finditer(sentence):
            offer(_going_to(sentence, found, m), m.start())
    if "volg" in lowered or "versch" in lowered:
        for m in _FOLLOWS.finditer(sentence):
            offer(_follows(sentence, found, m, deadline() is not None), m.start())
    if "werk" in lowered:
        offer(_announced_letter(sentence, found), 0)
    if "verwacht" in lowered or "hoop" in lowered or "hope" in lowered or "denk" in lowered:
        for m in _EXPECT.finditer(sentence):
            by_subject(m, "commitment.expects", 0.75, _middle_field(m.group()))
        m = _EXPECTED_DELIVERABLE.search(sentence)
        if m and deadline() is not None:  # "Het eindrapport verwacht ik eind 2027"
            offer(Finding("commitment", "commitment.expects", 0.7, None, SELF), m.start())
    if "ontvang" in lowered or "tegemoet" in lowered or "verwachten" in lowered \
            or "krijg" in lowered:
        for m in _RECEIVE.finditer(sentence):
            offer(_parliament_receives(sentence, found, m), m.start())
    if "terug" in lowered:
        for m in _COME_BACK.finditer(sentence):
            by_subject(m, "commitment.come-back", 0.85, m.group())
    if not _PRESENT_VERBS.isdisjoint(words or words_of(lowered)) and (
            deadline() is not None or _NEXT_DOCUMENT.search(sentence)):
        for m in _PRESENT_WORDED.finditer(sentence):
            if deadline() is None and m.group().lower() not in _PRESENT_TELL:
                continue  # "… en informeer de Kamer bij de volgende voortgangsrapportage"
            # "informeren", "sturen" are finite only right after their subject ("Wij informeren
            # uw Kamer …"), not as the infinitive of "ik zal … informeren".
            plural = m.group().lower().endswith("en") and not re.match(
                r"\s+(?:we|wij)\b", sentence[m.end():], _I)
            subject = _shared_subject(sentence, found, m.start(), subject_at(
                sentence, found, m.start(), m.end(), right=not plural))
            if _gov(subject) and not _negated(_middle_field(_clause_after(sentence, m.end()))) \
                    and not _WISH.search(sentence, m.end()):
                offer(Finding("commitment", "commitment.present-deadline", 0.7, subject.text,
                              subject.kind), m.start())
    if "voornemen" in lowered or "plan" in lowered or "stre" in lowered or "kie" in lowered \
            or "benut" in lowered or "gebruiken" in lowered or "intentie" in lowered \
            or "bedoeling" in lowered or "beo" in lowered:
        for m in _INTENTION.finditer(sentence):
            if not _HYPOTHETICAL.search(sentence, max(0, m.start() - 40), m.start()):
                by_subject(m, "commitment.intention", 0.6, m.group())
    if ("bereid" in lowered or "wil" in lowered) and (
            _TELL_VERBS.search(sentence) or _WILLING_ACTION.search(sentence)):
        for m in _WILLING.finditer(sentence):
            tells = _PARL_MENTIONED.search(sentence, m.end()) and _TELL_VERBS.search(
                sentence, m.end())
            if tells or ("bereid" in m.group().lower()
                         and _WILLING_ACTION.search(sentence, m.end())):
                by_subject(m, "commitment.willing", 0.6, _middle_field(
                    _clause_after(sentence, m.end())) + m.group())
    if "hoogte" in lowered:
        for m in _KEEP_INFORMED.finditer(sentence):
            if _PARL_MENTIONED.search(m.group()):
                by_subject(m, "commitment.keep-informed", 0.75, m.group())
    if " te " in lowered:
        m = _ATTRIBUTIVE.search(sentence)
        if m is not None and not any(x.kind in (OTHER, MEMBERS) for x in found):
            # "de in 2026 te verschijnen Periodieke rapportage": promised in passing, even in
            # a sentence that is about this letter
            best = best or Finding("commitment", "commitment.attributive", 0.6, None, None)
    if "toezegging" in lowered:
        m = _THIS_IS_A_PROMISE.search(sentence)
        if m:
            offer(Finding("commitment", "commitment.explicit", 0.9, None, SELF), m.start())
    if "kan" in lowered or "kunnen" in lowered:
        for m in _CAN_DELIVER.finditer(sentence):
            if deadline() is not None:
                start = max(sentence.rfind(",", 0, m.start()), 0)
                by_subject(m, "commitment.can-deliver", 0.65, sentence[start:m.start()]
                           + _middle_field(_clause_after(sentence, m.end())))
    if "stuur" in lowered or "sturen" in lowered or "zend" in lowered or "graag" in lowered \
            or "weten" in lowered:
        for m in _SENDS_NOW.finditer(sentence):
            verb = m.start() + _SEND_VERB.search(m.group()).start()
            subject = _shared_subject(sentence, found, verb, subject_at(sentence, found, verb,
                                                                        verb + 5))
            if _gov(subject) and not _negated(m.group()):
                offer(Finding("commitment", "commitment.sends", 0.7, subject.text, subject.kind),
                      m.start())
    if "kom" in lowered:
        for m in _COMES_WITH_DELIVERABLE.finditer(sentence):
            subject = subject_at(sentence, found, m.start(), m.start() + 4)
            if _gov(subject) and not _negated(m.group()):
                offer(Finding("commitment", "commitment.comes-with", 0.75, subject.text,
                              subject.kind), m.start())
    if "komt" in lowered or "komen" in lowered:
        for m in _THERE_COMES.finditer(sentence):
            offer(_there_comes(sentence, found, m, deadline), m.start())
    if "ervoor" in lowered or "schriftelijk" in lowered:
        for m in _SEES_TO.finditer(sentence):
            by_subject(m, "commitment.sees-to", 0.7, m.group())
    if "termijn" in lowered or "uitstel" in lowered:
        for m in _MORE_TIME.finditer(sentence):
            if deadline() is not None:  # "… te verlengen tot 20 februari" (not a bare "om uitstel")
                offer(Finding("commitment", "commitment.more-time", 0.7, None, SELF), m.start())
    if _AIM_HINT.search(lowered):
        aim = _AIM.search(sentence)
        offer(_aim(sentence, found), aim.start() if aim else 0)
    if "wordt" in lowered or "worden" in lowered:
        m = _SUBJECT_FIRST_PASSIVE.match(sentence)
        if m and not any(x.kind in (OTHER, MEMBERS) for x in found):
            due = deadline()
            if due is not None and due.due is not None:
                offer(Finding("commitment", "commitment.passive-future", 0.65, None, None),
                      m.start("verb"))
    if _NOMINAL_HINT.search(lowered):
        for m in _NOMINAL.finditer(sentence):
            offer(_nominal(sentence, found, m, deadline), m.start())
    return best


# "De beleidsregels worden binnenkort aangepast": a plan with a time, its agent unsaid.
_SUBJECT_FIRST_PASSIVE = re.compile(
    r"^(?:De|Het|Deze|Dit|Die|Onze|Mijn)\s+(?:[\w-]+\s+){0,4}?(?P<verb>wordt|worden)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:geëvalueerd|onderzocht|uitgewerkt|herzien|aangepast|gewijzigd|verkend"
    r"|opgesteld|ingediend|gepresenteerd|gepubliceerd|verstuurd|verzonden|aangeboden|voorgelegd"
    r"|opgeleverd|uitgebracht|ingevoerd|vastgesteld)\b", _I)
# "Ik stuur nog een Kamerbrief", "Maar ik zet graag de mogelijkheden op een rij", "Dat laat ik
# graag op niet al te lange termijn aan uw Kamer weten": a promise in the present tense.
_SENDS_NOW = re.compile(
    r"\b(?:stuur|zend)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,3}?(?:een|de)\s+\w*(?:brief|rapportage|overzicht"
    r"|notitie)\b"
    r"|\b(?:zet|zetten)\s+(?:ik|wij|we)?\s*graag\b[^.;:]{0,80}?\bop\s+een\s+rij\b"
    r"|\b(?:laat|laten)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,8}?(?:aan\s+)?(?:uw|de)\s+Kamer\s+"
    r"(?:\w+\s+){0,5}?weten\b"
    r"|\b(?:ik|wij|we)\s+(?:stuur|sturen|zend|zenden)\s+(?:u\s+|(?:uw|de)\s+Kamer\s+)?"
    r"(?:\w+\s+){0,3}?(?:nog\s+)?(?:een|de|die|het|deze)\s+(?:\w+\s+){0,2}?(?:" + _DELIVERABLE_STEMS
    + r"|cijfers|informatie|gegevens|stukken|antwoorden)\w*\b"
    r"(?=[^.;]*\b(?:na|toe|nog|binnenkort|later|spoedig|zo\s+snel\s+mogelijk|zsm"
    r"|volgende\s+week|deze\s+week|morgen)\b)"
    r"|\b(?:ik|wij|we)\s+(?:stuur|sturen|zend|zenden)\s+(?:u\s+|(?:uw|de)\s+Kamer\s+)?nog\s+"
    r"(?:een|de|die|het)\s+\w+"
    r"|\b(?:en|ik|wij|we)\s+(?:laat|laten)\s+(?:het|dat|dit|u|uw\s+Kamer|de\s+Kamer)\s+"
    r"(?:[\w-]+\s+){0,6}?weten\b",
    _I)
# "Ik zorg ervoor dat de Kamer de cijfers voor de begrotingsbehandeling heeft", "De vraag van de
# heer Van Dijk beantwoord ik graag schriftelijk": seeing to it that parliament gets something.
_SEES_TO = re.compile(
    r"\b(?:zorg|zorgt|zorgen)\s+(?:(?:ik|wij|we)\s+)?(?:\w+\s+)?er\s*voor\s+dat\s+(?:uw|de)\s+"
    r"(?:Tweede\s+|Eerste\s+)?Kamer\b[^.;?]{0,160}?\b(?:heeft|ontvangt|krijgt|beschikt|ziet)\b"
    r"|\b(?:beantwoord|beantwoorden)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,3}?schriftelijk\b", _I)
# Present-tense telling that promises by naming a later document instead of a date.
_PRESENT_TELL = frozenset(("informeer", "informeert", "rapporteer", "rapporteert", "bericht",
                          "stuur", "stuurt", "zend", "zendt", "geef", "geeft", "deel", "deelt"))
_NEXT_DOCUMENT = re.compile(r"\b(?:volgende|komende|eerstvolgende)\s+(?:[\w-]+\s+)?[\w-]*(?:brief"
                            r"|rapportage|nota|rapport|monitor)\b", _I)


# Only a verb of telling shares a subject this way ("… en delen van Noord-Brabant" is a noun).
_TELLING_WORD = re.compile(r"(?:informeer|informeert|rapporteer|rapporteert|bericht|stuur|stuurt"
                           r"|zend|zendt|laat)\b", _I)


def _shared_subject(sentence: str, found: list[Mention], verb: int,
                    subject: Mention | None) -> Mention | None:
    """ "Ik neem de suggestie mee en informeer de Kamer …": a second verb shares the first's
    subject (the mention after it is its object)."""
    if (subject is None or subject.kind == PARL) and found and _gov(found[0]) \
            and found[0].start < verb and _ELLIPSIS.search(sentence, 0, verb) \
            and _TELLING_WORD.match(sentence, verb):
        return found[0]
    return subject


_SEND_VERB = re.compile(r"\b(?:stuur|sturen|zend|zenden|zet|zetten|laat|laten)\b", _I)
# "Ik kom met een brief over …", "komen we voor de zomer van 2025 met een voorstel".
_COMES_WITH_DELIVERABLE = re.compile(
    r"\b(?:kom|komt|komen)\b(?:\s+[^\s.,;:?!]+){0,6}?\s+met\s+(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?"
    + _DELIVERABLE + r"\b", _I)
# "Er komt in maart een uitgebreide reactie naar de Kamer", "Er komt sowieso een beantwoording".
_THERE_COMES = re.compile(r"\b(?:er\s+(?:komt|komen)|(?:komt|komen)\s+er)\b"
                          # "… in de evaluatie, die voor het einde van het jaar naar de Kamer komt"
                          r"|(?<=\bnaar\s(?:de|uw)\sKamer\s)(?:komt|komen)\b"
                          r"|\b(?:komt|komen)\b(?=(?:\s+\w+){0,4}?\s+naar\s+(?:de|uw)\s+Kamer\b)"
                          r"|\b(?:komt|komen)\b(?=\s+(?:nog\s+)?(?:voor|vóór|in|rond|begin|eind|medio"
                          r"|uiterlijk|binnen|volgende|deze|dit)\b)",
                          _I)  # "De brief komt voor de zomer."


def _there_comes(sentence: str, found: list[Mention], m: re.Match[str],
                 deadline: Callable[[], Deadline | None]) -> Finding | None:
    window = _clause_after(sentence, m.end())
    head = re.match(r"(?:\s+\w+){0,6}?\s+(?:een|de|het|nog\s+een)\s+(?:[\w-]+\s+){0,2}?"
                    + _DELIVERABLE + r"\b", window, _I) or re.search(
        r"(?:^|[,;]\s*)(?:(?:dat|dit|die|deze|de|het|een)\s+)(?:[\w-]+\s+){0,2}?" + _DELIVERABLE
        # "De brief over de wachtlijsten komt voor de zomer"
        + r"(?:\s+(?:over|van|op|inzake|met|aan)\s+(?:[\w-]+\s+){1,5}?|\s+)$"
        # "… in de evaluatie, die voor het einde van het jaar naar de Kamer komt"
        r"|\b(?:de|het|een)\s+(?:[\w-]+\s+)?" + _DELIVERABLE + r",?\s+(?:die|dat)\s+[^,;]*$",
        sentence[:m.start()], _I)
    if head is None or _negated(window[:head.end()]) or any(
            x.kind in (OTHER, MEMBERS) for x in found):
        return None
    if not (_PARL_MENTIONED.search(window) or deadline() is not None):
        return None
    return Finding("commitment", "commitment.deliverable-comes", 0.7, None, None)


_PARL_MENTIONED = re.compile(r"\b(?:de|uw)\s+(?:Tweede\s+|Eerste\s+)?Kamer\b|\bu\b", _I)


_ATTRIBUTIVE = re.compile(
    r"\b(?:de|het)\s+(?:in|voor|vóór|uiterlijk|begin|eind|medio|binnenkort|nog)\s+[^,;.]{0,25}?\s+te"
    r"\s+(?:verschijnen|versturen|sturen|publiceren|ontvangen|presenteren|verzenden)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _DELIVERABLE + r"\b", _I)
_WISH = re.compile(r"\bop\s+prijs\b|\bvoor\s+(?:ogen|\s)", _I)
# "… daar kom ik een keer op terug; dit is een toezegging."
_THIS_IS_A_PROMISE = re.compile(r"\b(?:dit|dat)\s+is\s+een\s+toezegging\b", _I)
# Able to deliver by a time: "Deze brief kan ik binnen enkele weken naar uw Kamer verzenden",
# "dat ik uiterlijk eind januari het rapport aan Uw Kamer kan versturen".
_CAN_DELIVER = re.compile(r"\b(?:kan|kunnen)\b(?=[^.;:]{0,120}?\b(?:verzenden|versturen|sturen"
                          r"|toesturen|zenden|toezenden|aanbieden|informeren|toekomen|voorleggen"
                          r"|rapporteren|in\s+het\s+vooruitzicht\s+stellen)\b)", _I)
# The government asks for more time, so promises the new date: "Daarom verzoek ik u de termijn
# met 4 weken te verlengen tot 20 februari", "Ik vraag u uitstel tot 1 maart".
_MORE_TIME = re.compile(
    r"\b(?:verzoek|vraag)(?:en)?\s+(?:ik|wij|we)\s+(?:u|uw\s+(?:kamer|commissie))\b[^.;]{0,60}?"
    r"\b(?:termijn|uitstel)\b", _I)


def _in_clause(sentence: str, at: int, positions: list[int]) -> bool:
    """Does one of ``positions`` stand in the clause of ``at`` (clauses end at ";", ":" and
    begin again after "dat", "om" and "zodat")?"""
    start = max(sentence.rfind(";", 0, at), sentence.rfind(":", 0, at)) + 1
    for m in _CLAUSE_OPENER.finditer(sentence, start, at):
        start = m.end()
    end = len(sentence)
    for stop in (";", ":"):
        i = sentence.find(stop, at)
        if 0 <= i < end:
            end = i
    nxt = _CLAUSE_OPENER.search(sentence, at, end)
    if nxt:
        end = nxt.start()
    return any(start <= p < end and not _aside(sentence, p, at) for p in positions)


_RELATIVE = re.compile(r"\b(?:die|dat|welke|waarin|waarvan|waarmee|zoals)\b", _I)


def _aside(sentence: str, p: int, at: int) -> bool:
    """Is ``p`` in a relative clause between commas that ``at`` is outside of ("Op basis van de
    dilemma's die in deze brief worden geschetst, gaat het kabinet in overleg …")?"""
    left = sentence.rfind(",", 0, p) + 1
    right = sentence.find(",", p)
    if right < 0 or left <= at < right:
        return False
    return bool(_RELATIVE.search(sentence, left, p))


_FINITE_BEFORE_INFINITIVE = re.compile(
    r"\b(?:kan|kunt|kunnen|wil|willen|zal|zult|zullen|ga|gaat|gaan|mag|mogen|moet|moeten|zou"
    r"|zouden)\b", _I)
_SUBCLAUSE = re.compile(r"\b(?:dat|zodat|om)\b", _I)
# … and a relative clause: "een lijst bijgevoegd … waarvan het streven is deze in 2012 aan u voor
# te leggen" promises in its own clause.
_CLAUSE_OPENER = re.compile(r"\b(?:dat|zodat|om|waar(?:van|in|mee|bij|over|na|door|op|aan))\b",
                            _I)
# "Ik kan niet toezeggen": a modal with a negation before the promise.
_MODAL_NOT = re.compile(r"\b(?:kan|kunnen|wil|willen|mag)\s+(?:\w+\s+){0,3}?(?:niet|geen)\b", _I)

# Aims and plans with a deliverable: "Het streven is erop gericht de nota … in te dienen", "Onze
# planning is om de opzet medio april naar de Kamer te sturen", "Het is mijn voornemen …",
# "zet het kabinet zich in om het wetsvoorstel zo spoedig mogelijk aan te bieden".
_AIM_HINT = re.compile(r"streven|planning|inzet|inspanning|voornemen|intentie|bedoeling"
                       r"|zet|zetten")
_AIM = re.compile(
    r"\b(?P<owner>mijn|onze?|het|de|zijn|haar)\s+(?:\w+\s+)?(?:streven|planning|inzet"
    r"|inspanningen|voornemen|intentie|bedoeling|insteek)\s+(?:is|zijn|blijft)\b"
    r"|\bhet\s+is\s+(?P<owner2>mijn|ons|het|de)\s+(?:streven|voornemen|plan|bedoeling|intentie"
    r"|inzet)\b"
    r"|\b(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:\w+\s+)?de\s+(?:intentie|bedoeling)\b"
    r"|\b(?:de|het)\s+(?:inzet|voornemen|streven|plan)\s+van\s+(?P<of>het\s+kabinet|de\s+regering"
    r"|mij|ons)\s+om\b"
    r"|\b(?:zet|zetten)\s+(?P<who>\w+(?:\s+\w+){0,2}?)\s+(?:zich|mij|me|ons)\s+"
    r"(?:\w+\s+){0,3}?in\s+(?:om|voor)\b", _I)
_DATED = re.compile(r"\b(?:per|vanaf|voor|vóór|in|uiterlijk|medio|eind|begin|op)\s+(?:\d|het\s+"
                    r"(?:voorjaar|najaar|eerste|tweede|derde|vierde)|de\s+zomer)", _I)
_COMES_WITH = re.compile(r"\bmet\s+(?:een|de|het)\s+[\w-]+\s+(?:[\w-]+\s+){0,3}?(?:te\s+)?komen\b"
                         r"|\bkomen\s+met\b", _I)
_TO_INFINITIVE = re.compile(r"\bte\s+(?:\w+\s+)?\w+en\b", _I)


def _aim(sentence: str, found: list[Mention]) -> Finding | None:
    m = _AIM.search(sentence)
    if m is None:
        return None
    rest = sentence[m.end():]
    if not (_TELL_VERBS.search(rest) or _DELIVERABLE_RE.search(rest) or _DATED.search(rest)
            or _COMES_WITH.search(rest)) \
            or not _TO_INFINITIVE.search(rest) or _negated(rest[:60]):
        return None
    if re.search(r"\bte\s+blijven\b", rest[:100], _I) and not _DATED.search(rest):
        return None  # "Het is de bedoeling om deze ontwikkelingen te blijven monitoren": carry on
    if any(x.kind in (OTHER, MEMBERS) and x.start < m.end() + 20 for x in found):
        return None  # "De inzet van de Commissie is …"
    if m.group("who"):
        subject = subject_at(sentence, found, m.start(), m.start() + 4)
        if not _gov(subject):
            return None
        return Finding("commitment", "commitment.aim", 0.65, subject.text, subject.kind)
    if m.group("of"):
        return Finding("commitment", "commitment.aim", 0.6, m.group("of"), GOV)
    owner = (m.group("owner") or m.group("owner2") or "").lower()
    kind = SELF if owner in ("mijn", "ons", "onze") else None
    return Finding("commitment", "commitment.aim", 0.6, None, kind)


# Nominalised actions with a time: "De beantwoording zal plaatshebben omstreeks 20 januari",
# "Besluitvorming volgt in het najaar", "Publicatie is voorzien voor het eerste kwartaal".
_NOMINAL_HINT = re.compile(r"beantwoording|besluitvorming|publicatie|verzending|toezending"
                           r"|oplevering|indiening|aanbieding|afronding|presentatie|vaststelling"
                           r"|voorzien|gepland|plaats")
_NOMINAL = re.compile(
    r"\b(?:(?:de|het)\s+)?(?:\w+\s+)?(?:beantwoording|besluitvorming|publicatie|verzending"
    r"|toezending|oplevering|indiening|aanbieding|afronding|presentatie|vaststelling)\b"
    r"(?:\s+\w+){0,6}?\s+(?:zal|zullen|kan|volgt|volgen|is|wordt|staat|vindt)\b"
    r"(?:\s+\w+){0,6}?\s+(?:plaatsvinden|plaatshebben|plaats|volgen|voorzien|gepland|verwacht"
    r"|geschieden|gebeuren)\b|\b(?:beantwoording|besluitvorming|publicatie|verzending|toezending"
    r"|oplevering|indiening|aanbieding)\b(?:\s+\w+){0,6}?\s+(?:volgt|volgen)\b"
    # any action named as a noun, planned: "De openstelling is voorzien voor medio 2015", "De
    # definitieve vormgeving van de regeling vindt plaats na de evaluatie"
    r"|^(?:De|Het)\s+(?:\w+\s+)?(?!(?:stemming|verkiezing|vergadering|zitting|opening|bijeenkomst"
    r"|behandeling|uitzending)\b)\w{4,}(?:ing|atie)\b(?:\s+\S+){0,8}?\s+(?:is|wordt|staat)\s+"
    r"(?:voorzien|gepland)\s+(?:voor|in|rond|na)\b"
    r"|^(?:De|Het)\s+(?:\w+\s+)?(?!(?:stemming|verkiezing|vergadering|zitting|opening|bijeenkomst"
    r"|behandeling|uitzending)\b)\w{4,}(?:ing|atie)\b(?:\s+\S+){0,8}?\s+vindt\s+"
    r"(?:\w+\s+)?plaats\s+(?:voor|vóór|in|rond|na|begin|eind|medio|uiterlijk)\b", _I)


def _nominal(sentence: str, found: list[Mention], m: re.Match[str],
             deadline: Callable[[], Deadline | None]) -> Finding | None:
    if any(x.kind in (OTHER, MEMBERS) for x in found) or _negated(m.group()):
        return None
    due = deadline()
    if due is None or (due.due is None and due.precision != "conditional"):
        return None
    return Finding("commitment", "commitment.nominal", 0.7, None, None)


def _only_opening(text: str) -> bool:
    """Nothing but an opening adverbial before the first mention ("Ook", "Verder")."""
    return len(text.split()) <= 3 and "," not in text


def _reported(sentence: str, found: list[Mention], m: re.Match[str]) -> Finding | None:
    """ "heeft uw ambtsvoorganger de Kamer toegezegd dat …", "is uw Kamer … toegezegd"."""
    aux = None
    for a in _PAST_AUX.finditer(sentence, 0, m.start()):
        aux = a
    if aux is None or _negated(sentence[:m.start()]):
        return None  # "Het is niet mogelijk, zoals eerder toegezegd, …"
    subject = subject_at(sentence, found, aux.start(), aux.end())
    if subject is None and _ORGANISATION.match(sentence, aux.end()):
        return None  # "heeft de Stichting van de Arbeid toegezegd …": someone else promised
    if subject is None and _NOUN_SUBJECT.match(sentence[:aux.start()]):
        return None  # "De Israëlische autoriteiten hebben toegezegd …"
    if _PAST_EVENT.search(sentence, 0, m.start()) and not _REGISTERED_NUMBER.search(sentence):
        return None  # "In het Tweeminutendebat … op 25 mei jl. is toegezegd …": an old promise
        # (one that names its registry number is kept: it tells which toezegging is meant)
    if _MONEY.search(sentence, aux.end(), m.start()):
        return None  # "Er is … ruim 1 miljard toegezegd": money pledged, not a promise to the Kamer
    if subject is None or subject.kind in (OTHER, MEMBERS):
        # "Ook is een schriftelijke reactie toegezegd": no one named, the government meant.
        if subject is not None:
            return None
        return Finding("commitment", "commitment.reported", 0.75, None, None)
    if subject.kind == PARL:
        return Finding("commitment", "commitment.reported", 0.8, None, PARL)
    return Finding("commitment", "commitment.reported", 0.8, subject.text, subject.kind)


_PAST_EVENT = re.compile(r"\b(?:(?:tweeminuten|commissie|plenaire?\s+|notaoverleg\w*|wetgevings)?"
                         r"debat|algemeen\s+overleg|vragenuur|\bAO\b|jl\.|jongstleden)", _I)
_REGISTERED_NUMBER = re.compile(r"\b(?:T\d{5}|TZ\d{6}-\d{2,3})\b")
_NOUN_SUBJECT = re.compile(r"^(?:De|Het|Een|Deze|Die)\s+[\w-]+(?:\s+[\w-]+){0,4}\s*$")
_MONEY = re.compile(r"\b(?:miljard|miljoen|euro|€)", _I)
# An organisation the actor list does not know: "de Stichting van de Arbeid", "het RIVM".
_ORGANISATION = re.compile(r"\s+(?:(?:ook|al|eerder|toen|destijds|daarbij)\s+)*(?:de|het)\s+"
                           r"(?:[A-Z][\w-]+|[A-Z]{2,})")


def _future(sentence: str, found: list[Mention], m: re.Match[str],
            deadline: Callable[[], Deadline | None]) -> Finding | None:
    """ "Het kabinet zal …", "In het najaar zal uw Kamer … worden geïnformeerd"."""
    window = _clause_after(sentence, m.end())
    middle = _middle_field(window)
    if _negated(middle):
        return None
    subs = list(_SUBCLAUSE.finditer(sentence, 0, m.start()))
    sub = subs[-1] if subs else None
    if sub is not None and "," not in sentence[sub.end():m.start()] \
            and _negated(sentence[sub.end():m.start()]):
        return None  # "… dat ik vanaf nu geen Amerikaanse banken meer zal inhuren"
    passive = _passive_to_parliament(sentence, found, m, present=False)
    if passive is not None:
        return passive
    if _INDIRECT_QUESTION.search(sentence, 0, m.start()):
        return None  # "Mij is gevraagd wanneer ik concreter zal worden": asked, not promised
    if _REPORTED_BEFORE.search(sentence, 0, m.start()):
        return None  # "Eerder berichtte ik u dat ik … zal …": an old promise retold
    subject = subject_at(sentence, found, m.start(), m.end())
    if _ELLIPSIS.search(sentence, 0, m.start()) and found and _gov(found[0]) \
            and found[0].start < m.start() and (subject is None or subject.kind == PARL):
        subject = found[0]  # "Ik kan …, maar zal uw Kamer mijn visie … doen toekomen"
    if subject is not None and subject.kind == PARL:
        if _PARL_GETS.search(window) and not _CONTINUING.search(middle):
            # "U zult deze informatie … ontvangen", "De Kamer zal … tegemoet kunnen zien"
            return Finding("commitment", "commitment.parliament-receives", 0.8, None, PARL)
        return None
    if subject is not None and subject.kind in (OTHER, MEMBERS):
        return None
    if _gov(subject):
        if (_MODALS.match(window.strip()) or _first_verb_is_state(middle)
                or _CONTINUING.search(middle) or _OBLIGED.search(window.split(",")[0])):
            return None
        tells = bool(_TELL_VERBS.search(window))
        if not tells and _JUDGING.search(window) and deadline() is None:
            return None  # "In deze procedure zal ik het voorstel kritisch toetsen aan de eisen"
        if subject.kind == SELF and re.search(r"\bingaan\b", window, _I) and not (
                _LATER_DOCUMENT.search(sentence) or deadline() is not None):
            return None  # "Voor een beter begrip zal ik wat dieper ingaan op …": this letter
        return Finding("commitment", "commitment.future-tell" if tells else "commitment.future",
                       0.9 if tells else 0.75, subject.text, subject.kind)
    # "Dit onderzoek zal voor de zomer van 2020 … ", "Deze verkenning zal … gereed zijn".
    if subject is None and (_DELIVERY_DONE.search(window) or (
            _TAKES_PLACE.match(window) and not _NOMINAL.search(sentence))) \
            and deadline() is not None:  # ("De beantwoording zal plaatsvinden": a nominal)
        head = re.search(r"(?:^|[,;]\s*)(?:(?:dit|deze|die|het|de|een)\s+)(?:\w+\s+)?"
                         + _DELIVERABLE + r"\s*$", sentence[:m.start()], _I)
        if head:
            return Finding("commitment", "commitment.deliverable", 0.7, None, None)
    # "De opdracht voor de evaluatie zal voor 1 juli 2011 worden verleend": a passive with a date
    if (subject is None and _PASSIVE_FUTURE.search(window) and not _MODALS.search(window)
            and not any(x.kind in (OTHER, MEMBERS) for x in found)
            and not _PUBLICATION_FORMULA.search(sentence)):
        due = deadline()
        if due is not None and due.due is not None and (
                _DELIVERABLE_RE.search(sentence) or _ACTION_PARTICIPLE.search(window)):
            return Finding("commitment", "commitment.passive-future", 0.65, None, None)
    return None


_ACTION_PARTICIPLE = re.compile(
    r"\b(?:geëvalueerd|onderzocht|uitgewerkt|herzien|aangepast|gewijzigd|verkend|doorgelicht"
    r"|uitgevoerd|opgesteld|ingediend|gepresenteerd|gepubliceerd|verstuurd|verzonden"
    r"|aangeboden|voorgelegd|opgeleverd|uitgebracht|verleend)\b", _I)
# "… dat in het Staatsblad zal worden geplaatst": how a decree ends, no promise.
_PUBLICATION_FORMULA = re.compile(r"\b(?:Staatsblad|Staatscourant|Publicatieblad)\b")
_INDIRECT_QUESTION = re.compile(
    r"\b(?:vraag|vraagt|vragen|vroeg|vroegen|gevraagd|weten|benieuwd|verzoek|verzocht)\b"
    r"[^.;:?!]{0,250}?\b(?:of|wanneer|hoe|waarom|waar|welke|wat|waarop)\b[^;:]*$", _I)
_LATER_DOCUMENT = re.compile(r"\b(?:volgende|komende|nieuwe|een)\s+(?:\w+\s+)?[\w-]*(?:brief"
                             r"|rapportage|nota|reactie)\b"
                             r"|\bin\s+de\s+(?:[\w-]+\s+)?\w*(?:brief|rapportage|nota|reactie)\s+"
                             r"(?:over|aan|die|van\s+(?:de|het))\b"
                             r"|\b(?:voortaan|vooraf|telkens|steeds)\b[^.;]{0,80}\bin\s+(?:de|het)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:agenda|verslag|brief|rapportage|nota)\b", _I)
_OBLIGED = re.compile(r"\b(?:moeten|mogen)\b", _I)  # "zullen we … moeten beoordelen"
_ELLIPSIS = re.compile(r"(?:,\s*|\s)(?:maar|en|doch)\s+(?:\w+\s+)?$", _I)
_PARL_GETS = re.compile(r"\b(?:ontvangen|krijgen|tegemoet\s+(?:kunnen\s+)?zien|geïnformeerd"
                        r"|ingelicht|vernemen|horen)\b", _I)
_PASSIVE_FUTURE = re.compile(r"\b(?:worden|zijn)\s+(?:ge\w+[dtn]|\w+ge\w+[dtn]|verleend"
                             r"|opgesteld|ingediend|uitgebracht|afgerond|verstuurd|aangeboden"
                             r"|voorgelegd|opgeleverd|vastgesteld|gepubliceerd)\b", _I)


def _first_verb_is_state(middle: str) -> bool:
    words = middle.split()
    return bool(words) and bool(_STATE_VERBS.fullmatch(words[-1].strip(",.")))


def _passive_to_parliament(sentence: str, found: list[Mention], m: re.Match[str],
                           present: bool) -> Finding | None:
    """ "wordt uw Kamer … geïnformeerd", "zal … aan de Tweede Kamer worden gezonden"."""
    window = _clause_after(sentence, m.end(), limit=200)
    participle = _PARTICIPLE_TO_PARL.search(window)
    if participle is None:
        return None
    if present and re.search(r"\bte\s+$", sentence[max(0, m.start() - 4):m.start()]):
        return None  # "het verzoek van uw Kamer om … te worden geïnformeerd": what was asked
    if present and (_WEAK_TO_PARLIAMENT.fullmatch(participle.group())
                    or _ROUTINE.search(window, 0, participle.start())):
        return None  # "Bij de Najaarsnota worden wijzigingen … aan u gemeld": a routine
    before = window[: participle.start()]
    if present and re.search(r"\b(?:zal|zullen)\b", before, _I):
        return None
    auxiliaries = _AUX.findall(before)
    if auxiliaries and auxiliaries[-1].lower() not in ("wordt", "worden", "zal", "zullen"):
        return None  # "… die bij brief van 8 oktober 2019 aan uw Kamer zijn aangeboden"
    if _negated(_NOT_NEGATION.sub(" ", before)) or (re.search(r"[,]", before) and present):
        return None
    offset = m.end()
    clause_start = max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start())) + 1
    parl = [x for x in found
            if x.kind == PARL and clause_start <= x.start < offset + participle.start()]
    subject = subject_at(sentence, found, m.start(), m.end())
    if subject is not None and subject.kind == PARL:
        parl.append(subject)
    if not parl and not _SENT_AFTER.search(window):
        return None
    agent = re.search(r"\bdoor\s+(?:de|het)\s+\w+", before, _I)
    if agent:
        by = [x for x in found if x.start == offset + agent.start() + 5]
        if by and by[0].kind in (OTHER, MEMBERS):
            return None
    # "Hierover heeft de Minister uw Kamer … geïnformeerd" has "heeft": no passive here.
    return Finding("commitment", "commitment.passive-to-parliament", 0.9, None, PARL)


def _parliament_receives(sentence: str, found: list[Mention],
                         m: re.Match[str]) -> Finding | None:
    """ "Uw Kamer ontvangt de eindrapportage voor 1 juli", "ontvangt u van mij een brief"."""
    subject = subject_at(sentence, found, m.start(), m.end())
    if subject is None:  # "kunt u de brief in januari tegemoet zien": the modal's subject
        modal = None
        for f in _FINITE_BEFORE_INFINITIVE.finditer(sentence, 0, m.start()):
            modal = f
        if modal is None:
            modal = re.compile(r"\b(?:kunt|zult)\b", _I).search(sentence, 0, m.start())
        if modal is not None:
            subject = subject_at(sentence, found, modal.start(), modal.end())
    if subject is None or subject.kind != PARL:
        return None
    window = _clause_after(sentence, m.end())
    clause_start = max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start()),
                       sentence.rfind(":", 0, m.start())) + 1
    before = sentence[clause_start:m.start()]
    wider = sentence[max(0, m.start() - 200):m.start()]
    if _negated(_middle_field(window)) or _negated(before) or not (
            _DELIVERABLE_RE.search(window) or _DELIVERABLE_RE.search(wider)
            or _INFORMATION.search(window) or _INFORMATION.search(wider)
            or _ANAPHORIC_OBJECT.match(sentence)):
        return None
    if re.search(r"\bgraag\b", before + window[:40], _I):
        return None  # "ontvangt de Kamer graag …": a request
    if _PAST_AUX.search(before) and not _FUTURE.search(before):
        return None  # "Uw Kamer heeft … ontvangen"
    if re.search(r"\bsinds\b", sentence[:m.start()], _I):
        return None  # "Sinds 2008 ontvangt de Tweede Kamer halfjaarlijks …": a practice
    return Finding("commitment", "commitment.parliament-receives", 0.85, None, PARL)


def _passive_deliverable(sentence: str, found: list[Mention], m: re.Match[str],
                         deadline: Callable[[], Deadline | None]) -> Finding | None:
    """ "In het najaar van 2024 wordt een wetsvoorstel in internetconsultatie gebracht"."""
    window = _clause_after(sentence, m.end())
    head = re.match(r"\s+(?:(?:er|nog|ook|dan)\s+)*(?:een|de|het)\s+(?:\w+\s+)?" + _DELIVERABLE
                    + r"\b", window, _I)
    if head is None or not _PARTICIPLE.search(window, head.end()):
        return None
    if any(x.kind in (OTHER, MEMBERS) for x in found) or _negated(_middle_field(window)):
        return None
    due = deadline()
    if due is None or due.precision == "conditional":
        return None
    return Finding("commitment", "commitment.passive-deliverable", 0.7, None, None)


def _going_to(sentence: str, found: list[Mention], m: re.Match[str]) -> Finding | None:
    rest = sentence[m.end():]
    if _GAAN_NOT.match(rest):
        return None
    if _GOES_INTO.match(rest) and not _LATER_DOCUMENT.search(sentence):
        return None  # "Ik ga bij vraag 3 verder in op …": in this letter or debate
    subject = subject_at(sentence, found, m.start(), m.end())
    if not _gov(subject):
        return None
    middle = _middle_field(_clause_after(sentence, m.end()))
    if _negated(middle) or len(middle.split()) < 2:
        return None
    return Finding("commitment", "commitment.going-to", 0.75, subject.text, subject.kind)


# What "volgt" means when it is not a later deliverable: a conclusion ("Uit het onderzoek volgt
# dat …"), the order of this document ("Na enige algemene observaties volgt een reactie op …",
# "Hieronder volgt"), or a noun ("aandacht voor het verschijnen van het rapport").
_NOT_A_SEQUEL = re.compile(
    r"\buit\s+(?:het|de|dit|deze)\s+[^,;]{0,80}$|\b(?:hieronder|hierna|onderstaand)\b"
    r"|\bna\s+(?:enige|een|de|deze|wat)\s+(?:\w+\s+)?(?:observaties|opmerkingen|inleiding"
    r"|beschouwing\w*|toelichting)\b|\b(?:het|de)\s*$", _I)


def _follows(sentence: str, found: list[Mention], m: re.Match[str],
             has_deadline: bool) -> Finding | None:
    """ "een kabinetsreactie hierop volgt dit voorjaar", "Voor de zomer volgt een brief"."""
    before = sentence[max(0, m.start() - 120):m.start()]
    after = sentence[m.end():m.end() + 80]
    head = re.search(_DELIVERABLE + r"\b(?:\s+\w+){0,10}\s*$", before, _I)
    tail = re.match(r"\s+(?:(?:nog|dan|ook|binnenkort|spoedig|er|daarna|vervolgens)\s+)*"
                    r"(?:een|de|het|uw|mijn)\s+(?:\w+\s+)?" + _DELIVERABLE + r"\b", after, _I)
    if head is None and tail is None:
        return None
    if _NOT_A_SEQUEL.search(before) or re.match(r"\s+(?:\w+\s+){0,2}?dat\b", after, _I):
        return None  # "Uit het onderzoek volgt bovendien dat …", "Na enige observaties volgt …"
    around = [x for x in found if m.start() - 120 <= x.start < m.end() + 80]
    if any(x.kind in (OTHER, MEMBERS) for x in around):
        return None
    if _negated(before[-30:] + after[:30]):
        return None
    return Finding("commitment", "commitment.deliverable-follows",
                   0.8 if has_deadline else 0.65, None, None)


_TOLD_BEFORE = re.compile(r"\b(?:heb|hebben|heeft)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:u\s+|uw\s+"
                          r"Kamer\s+)?(?:aangegeven|gemeld|bericht|laten\s+weten|geschreven"
                          r"|toegelicht)\s+dat\b", _I)


def _announced_letter(sentence: str, found: list[Mention]) -> Finding | None:
    m = _ANNOUNCED_LETTER.search(sentence)
    if m is None or re.match(r"\s*zoals\s+(?:gezegd|gemeld|aangegeven)\b", sentence, _I):
        return None  # "Zoals gezegd wordt gewerkt aan …": told before
    if _TOLD_BEFORE.search(sentence, 0, m.start()):
        return None  # "In mijn brief van 14 juni heb ik aangegeven dat … werkt aan een visie"
    agent = re.search(r"\bdoor\s+", sentence[m.start():m.end()])
    if agent:
        by = [x for x in found if x.start == m.start() + agent.end()]
        if by and not _gov(by[0]):
            return None
        if by:
            return Finding("commitment", "commitment.announced-letter", 0.7, by[0].text,
                           by[0].kind)
    subject = subject_at(sentence, found, m.start(), m.start() + len(m.group().split()[0]))
    if subject is not None and not _gov(subject):
        return None
    return Finding("commitment", "commitment.announced-letter", 0.7,
                   subject.text if subject else None, subject.kind if subject else None)


# A motion or a committee asks the government directly, with or without a date: "verzoekt de
# regering …", "roept het kabinet op …", "draagt de regering op …", "De commissie verzoekt u …".
_DIRECTED_HINT = re.compile(r"verzoek|verzocht|roep|draagt|dragen|toezegging|brief|vrag|gevraagd"
                            r"|vraagt|graag")
_ADDRESSEE = (r"(?:de\s+(?:Nederlandse\s+)?regering|het\s+kabinet"
              r"|de\s+(?:minister(?:-president)?|staatssecretaris|premier)(?:\s+(?:van|voor)\s+[\w,\s]{3,60}?)?|de\s+bewindspersonen|u|uw\s+ambtsvoorganger)")
_GOVERNMENT_ADDRESSEE = (r"(?:de\s+regering|het\s+kabinet|de\s+(?:minister(?:-president)?"
                         r"|staatssecretaris|bewindspersonen?))")
_DIRECTED = re.compile(
    r"(?<!\bwordt\s)(?<!\bworden\s)\b(?:verzoekt|verzoeken|verzoek)\s*,?\s+" + _ADDRESSEE + r"\b"
    r"|\b(?:roept|roepen)\s*,?\s+" + _ADDRESSEE + r"\s+(?:\w+\s+){0,2}?op\b"
    r"|\b(?:draagt|dragen)\s*,?\s+" + _ADDRESSEE + r"\s+op\b"
    r"|\b(?:de\s+regering|het\s+kabinet)\s+wordt\s+(?:\w+\s+)?verzocht\b"
    # a committee's decision: "Besluit: Minister van Defensie verzoeken om …", "De minister van
    # BZK zal worden verzocht deze vragen uiterlijk 3 juni te beantwoorden"
    r"|\b(?:[Mm]inister|[Ss]taatssecretaris|[Bb]ewindspersoon|[Rr]egering|[Kk]abinet)\b"
    r"[^.;:]{0,60}?\b(?:zal|zullen|wordt|worden)\s+(?:worden\s+)?verzocht\b"
    r"|\b(?:zal|zullen|wordt|worden)\s+(?:hem|haar|de\s+bewindspersoon)\s+(?:worden\s+)?verzocht\b"
    r"|\b(?:[Mm]inister|[Ss]taatssecretaris|[Bb]ewindspersoon)(?:\s+(?:van|voor)\s+[\w&,]+"
    r"(?:\s+(?:en\s+)?[\w&,]+){0,4})?\s+(?:te\s+)?verzoeken\b"
    r"|\b(?:besluit|besluiten)\b[^.;]{0,80}?\b(?:te\s+)?verzoeken\b"
    r"|\b(?:besluit|besluiten)\b[^.;]{0,100}?\bte\s+vragen\b"
    r"|\bbesloten\s+(?:om\s+)?" + _ADDRESSEE + r"\s+(?:\w+\s+){0,3}?te\s+(?:vragen|verzoeken)\b"
    # a decision list's shorthand: "Besluit: Reactie vragen aan de staatssecretaris op …"
    r"|\b(?:reactie|brief|informatie|toelichting|appreciatie|kabinetsreactie)\s+(?:\w+\s+){0,3}?"
    r"(?:vragen|verzoeken|gevraagd|verzocht)\s+(?:aan|van)\s+(?:de|het)\s+(?:minister"
    r"|staatssecretaris|kabinet|regering|bewindspersoon)\b"
    # "De commissie besluit … een brief aan het kabinet te sturen met de vraag …"
    r"|\b(?:besluit|besluiten)\b[^.;]{0,120}?\bbrief\s+aan\s+(?:het\s+kabinet|de\s+regering|de\s+"
    r"(?:minister|staatssecretaris))\b|\b(?:besluit|besluiten)\b[^.;]{0,80}?\b(?:de\s+minister|de\s+"
    r"staatssecretaris|het\s+kabinet|de\s+regering)\b[^.;]{0,80}?\bbrief\s+te\s+sturen\b"
    # members who ask the government for a deliverable, with or without a date: "De leden vragen
    # de regering de Kamer een afschrift … te doen toekomen", "vragen de staatssecretaris om een
    # nadere uitwerking", "Zij vragen de regering om toe te zeggen dat …" (not "vragen de
    # regering in te gaan op …": that asks for an answer)
    r"|\b(?:vraagt|vragen)\s*,?\s+" + _GOVERNMENT_ADDRESSEE
    + r"\b(?=[^.;?]{0,160}?\bte\s+(?:\w+\s+)?(?:informeren|sturen|zenden|toekomen|delen"
    r"|verstrekken|rapporteren|toezeggen)\b"
    r"|[^.;?]{0,40}?\btoe\s+te\s+zeggen\b"
    r"|\s+(?:\w+\s+){0,2}?om\s+(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?" + _DELIVERABLE + r"\b)"
    r"|\b(?:vraagt|vragen)\s+(?:\w+\s+){0,3}?of\s+" + _GOVERNMENT_ADDRESSEE
    + r"\s+(?:\w+\s+){0,2}?(?:bereid\s+is|kan\s+toezeggen)\b(?=[^.;?]{0,160}?\bte\s+(?:\w+\s+)?"
    r"(?:informeren|sturen|zenden|toekomen|delen|verstrekken|rapporteren)\b)"
    r"|\bzou(?:den)?\s+graag\s+zien\s+dat\s+" + _GOVERNMENT_ADDRESSEE + r"\b"
    r"(?=[^.;?]{0,120}?\b(?:informeert|stuurt|rapporteert|toezendt|deelt)\b)"
    # members who want a promise: "Genoemde leden willen de toezegging dat …"
    r"|\b(?:willen|wil|vragen|vraagt|verzoeken)\s+(?:\w+\s+)?(?:een|de)\s+toezegging\b", _I)
# A letter retelling a motion or a request: "In de motie-Omtzigt verzoekt de Kamer de regering
# …", "Deze motie verzoekt de regering …", "Bij brief van 10 december 2008 verzoekt u …".
_REPORTED_REQUEST = re.compile(
    r"\b(?:in|met|bij)\s+(?:de|haar|zijn|deze|die)\s+(?:\w+\s+)?motie\b|\bmotie-\w+"
    r"|(?-i:\bmotie\b)[^;]{0,100}$|\bdictum\b|\ber\s+staat\b[^;]{0,20}$"
    r"|\b(?:[Dd]eze|[Dd]ie|[Dd]e|[Uu]w|[Hh]aar)\s+(?:aangenomen\s+)?motie\s+(?:\w+\s+){0,3}?$"
    r"|\b[Bb]ij\s+(?:brief|e-?mail|schrijven)\s+van\b", _I)


def _directed_request(sentence: str) -> Finding | None:
    m = _DIRECTED.search(sentence)
    if m is None:
        return None
    clause = max(sentence.rfind(";", 0, m.start()), 0)  # a motion's considerations end in ";"
    if _REPORTED_REQUEST.search(sentence[clause:m.start()]):
        return None
    return Finding("request", "request.directed", 0.85, None, MEMBERS, focus=m.start())


def _request(sentence: str, found: list[Mention],
             deadline: Callable[[], Deadline | None]) -> Finding | None:
    asks = _ASKS_DELIVERY.search(sentence)
    if asks is not None:
        subject = subject_at(sentence, found, asks.start(), asks.start() + 6)
        if subject is not None and subject.kind == MEMBERS:
            return Finding("request", "request.members-ask-delivery", 0.75, subject.text,
                           MEMBERS)
    if not _REQUEST.search(sentence):
        return None
    due = deadline()
    if due is None:
        waits = _WAITS_FOR.search(sentence)
        if waits is None:
            return None
        subject = subject_at(sentence, found, waits.start(), waits.start() + 4)
        if subject is not None and subject.kind in (MEMBERS, PARL):
            # "De commissie ziet de beantwoording met belangstelling tegemoet"
            return Finding("request", "request.members-wait", 0.7, subject.text, MEMBERS)
        return None
    if due.precision == "conditional" and "graag" not in sentence.lower():
        return None  # "Graag ontvangt de commissie de antwoorden voor het notaoverleg" asks
    for m in _REQUEST.finditer(sentence):
        if _ASKS_WHETHER.match(sentence, m.start()):
            continue  # "vragen of de minister bereid is …": a question, not a deadline asked
        if m.group().lower().startswith("verzocht") and _PAST_AUX.search(sentence, 0, m.start()):
            continue  # "heeft het lid Omtzigt verzocht om …": told, not asked here
        at = m.start()
        if m.group().lower().startswith("graag"):  # "Graag ontvangt de commissie …": its verb
            at = m.start() + len(m.group().split()[0]) + 1
        subject = subject_at(sentence, found, at, at + len(sentence[at:].split()[0]))
        if subject is not None and subject.kind == MEMBERS:
            return Finding("request", "request.members-deadline", 0.85, subject.text, MEMBERS)
        if subject is not None and subject.kind == PARL and "graag" in m.group().lower():
            # the Eerste Kamer's rappel: "De Kamer verneemt graag vóór … wat de stand is"
            return Finding("request", "request.members-deadline", 0.8, subject.text, MEMBERS)
        if subject is None and re.search(r"\b(?:de\s+regering|het\s+kabinet)\s+(?:wordt\s+)?"
                                         r"(?:verzocht|gevraagd)\b", sentence, _I):
            return Finding("request", "request.members-deadline", 0.7, None, MEMBERS)
    return None


# A member's question that asks for a promise or a deliverable: "Kan de minister toezeggen dat
# …?", "Is de staatssecretaris bereid de Kamer voor de zomer te informeren?".
_ASKED = re.compile(
    r"^(?:\d+\.\s*|Vraag\s+\d+\s*[:.]\s*)?(?:(?:en|ook|dan|verder|tot\s+slot|voorzitter)[,.]?\s+)*"
    r"(?:kan|kunt|wil|wilt|zal|zult|is|bent|zou|zoudt|gaat|belooft|zijn)\s+(?:de\s+(?:minister"
    r"(?:-president)?|staatssecretaris|regering|premier|bewindspersoon)|het\s+kabinet|u|zij|hij"
    r"|de\s+ministers|de\s+bewindslieden)\b"
    r"|^(?:\d+\.\s*)?(?:kunnen|kan)\s+(?:de|het|deze|die)\s+[^?]{0,120}?\b(?:gedeeld|gestuurd"
    r"|toegezonden|verstrekt)\s+worden\b"
    r"|(?:^|\bzo\s+(?:ja|nee)[,.]?\s+(?:\w+\s+){0,3}?)(?:en\s+)?bent\s+u\s+bereid\b", _I)
# "Indien …, bent u bereid om …?", "… en bent u bereid te bevorderen dat …?", "is de minister
# dan bereid om een onderzoek te doen?", "Is er bereidheid om …?"
_WHICH = re.compile(r"\b(?:welke|wat|hoeveel|waartoe)\s+(?:\w+\s+){0,4}?(?:bent\s+u|is\s+(?:de|het)"
                    r"\s+\w+)\s+bereid\b", _I)
_BEREID_ASKED = re.compile(r"(?:^|[,;]\s*|\ben\s+)(?:bent\s+u|is\s+(?:de\s+minister"
                           r"|de\s+staatssecretaris|het\s+kabinet|de\s+regering|hij|zij)"
                           r"(?:\s+dan)?)\s+bereid\b|^is\s+er\s+bereidheid\b", _I)
# What a question asks the government to do: an infinitive at the clause end ("in overleg
# treden", "een nieuwe poging doen", "voor die voorwaarden zorgen").
_ASKED_ACTION = re.compile(r"\b(?:treden|doen|zorgen|nemen|komen|maken|onderzoeken|regelen|nagaan"
                           r"|bevorderen|stoppen|aanpassen|wijzigen|starten|opstellen|uitwerken"
                           r"|voorkomen|aanpakken|betrekken|meenemen|organiseren|uitvoeren|bieden"
                           r"|verbeteren|inzetten|intrekken|toezien|toevoegen|invoeren)\b", _I)
_PROMISE_ASKED = re.compile(r"\btoe\s*(?:te\s+)?zeggen\b|\bzeggen\b[^?]{0,80}\btoe\b|\bbereid\b"
                            r"|\bbelooft\b|\b(?:delen|meenemen|opnemen|sturen|toesturen)\b", _I)
_DELIVERY_ASKED = re.compile(
    r"\bbereid\b|\b(?:informeren|inlichten|berichten|(?:toe)?sturen|(?:toe)?zenden|toekomen"
    r"|rapporteren|terugkoppelen|terug\s+te\s+koppelen|te\s+komen\s+met|komen\s+met)\b", _I)


def _asks_for_promise(sentence: str, deadline: Callable[[], Deadline | None] | None = None
                      ) -> Finding | None:
    if re.search(r"\b(?:beantwoorden|antwoorden)\b", sentence, _I):
        # "Kunt u deze vragen vóór 6 februari beantwoorden?" asks by a date; "Bent u bereid om
        # alle vragen apart te beantwoorden?" is about the answers
        due = deadline() if deadline is not None else None
        if due is None or not (_ASKS_TO_DO.search(sentence) or _BEREID_ASKED.search(sentence)):
            return None
        return Finding("request", "request.asks-answers-by", 0.7, None, MEMBERS)
    if _WHICH.search(sentence):
        return None  # "Zo ja, welke maatregelen bent u bereid te nemen?" asks which
    if _BEREID_ASKED.search(sentence):
        return Finding("request", "request.asks-promise", 0.75, None, MEMBERS)
    tail = sentence[sentence.rfind(":") + 1:].strip() or sentence
    if _ASKS_TO_DO.search(tail) and _ASKED_ACTION.search(tail) and not _ANSWER_VERBS.search(tail) \
            and not _NO_ONE_ASKED.match(tail) and not _RHETORICAL.match(tail):
        return Finding("request", "request.asks-action", 0.65, None, MEMBERS)
    if not _ASKED.match(sentence):
        cut = max(sentence.rfind(") "), sentence.rfind(": "))
        if cut < 0 or not _ASKED.match(sentence, cut + 2):
            return None  # "Inbreng begrotingsrapporteurs (…) Kan het kabinet …?" reads on
    if _PROMISE_ASKED.search(sentence):
        return Finding("request", "request.asks-promise", 0.8, None, MEMBERS)
    if _DELIVERY_ASKED.search(sentence) and _TELL_VERBS.search(sentence):
        return Finding("request", "request.asks-delivery", 0.7, None, MEMBERS)
    return None


# Not a legal effect to watch: one that would have been ("… per 1 januari 2016 in werking zouden
# treden, niet meer hoeven …"), or a plan ("heeft het kabinet besloten om per 1 januari 2013 …
# af te schaffen": the law that does it is still to come).
_NO_EFFECT = re.compile(r"\b(?:zou|zouden|besloten|voornemens|van\s+plan|streeft|streven"
                        r"|voorstel\w*|overweegt|overwegen)\b", _I)


def _milestone(sentence: str) -> Finding | None:
    if not _EFFECT_DATE.search(sentence) or not _LEGAL_EFFECT.search(sentence):
        return None
    if _NO_EFFECT.search(sentence):
        return None
    return Finding("milestone", "milestone.dated-effect", 0.75, None, None)


def anaphoric(sentence: str) -> bool:
    """Does the sentence lean on the one before ("U zal hier dan over worden geïnformeerd")?"""
    return bool(_ANAPHOR.search(sentence))


# --- debates ----------------------------------------------------------------------------------

# A promise about the debate itself: "ik kom daar in de tweede termijn op terug", "ik zal zo
# ingaan op …", "daar kom ik straks op"; or about the letter itself ("later in deze brief").
_DEBATE_INTERNAL = re.compile(
    r"\b(?:in\s+(?:de\s+|mijn\s+|uw\s+|zijn\s+|haar\s+|hun\s+)?tweede\s+termijn|straks"
    r"|zo\s+meteen|zometeen"
    r"|zo\s+dadelijk|dadelijk|aanstonds|later\s+in\s+(?:dit|het|deze)\s+(?:debat|brief|overleg)"
    r"|verderop\s+in\s+(?:deze|de)\s+brief|in\s+dit\s+debat|in\s+(?:deze|mijn)\s+termijn"
    r"|in\s+(?:het\s+)?(?:volgende|laatste|een\s+later)\s+blokje|bij\s+(?:het\s+)?blokje"
    r"|in\s+mijn\s+(?:beantwoording|betoog)|na\s+de\s+(?:schorsing|lunchpauze|dinerpauze)"
    r"|aan\s+de\s+hand\s+van\s+(?:een\s+aantal\s+|de\s+)?(?:thema|blokje|onderwerp)\w*"
    r"|verder\s+met\s+(?:de|een)\s+(?:volgende\s+)?(?:vraag|vragen|punt|blokje|motie)"
    r"|^(?:ik|we|wij)\s+begin(?:nen)?\s+met)\b"
    r"|\bzo\s+(?:\w+\s+){0,4}?(?:ingaan|terug\b|terugkomen|op\s+(?:in|terug))\b", _I)
# A debate's "Daar kom ik op terug" keeps a promise only with a way or a time: "schriftelijk",
# "per brief", "bij de Kamer", "voor de zomer" (the time is checked by the caller).
_BEYOND_DEBATE = re.compile(r"\b(?:schriftelijk|per\s+brief|in\s+een\s+brief|brief|bij\s+(?:u|uw"
                            r"|de)\s+(?:kamer|commissie)|bij\s+u\b|informeren|rapporteren|gesprek"
                            r"|overleg|inzicht|informatie|overzicht)\b"
                            r"|\bterug\s+in\s+(?:de|het)\s+\w+", _I)


# What a minister does in the debate itself: answering, turning to the motions, judging them.
_DEBATE_ACT = re.compile(
    r"\b(?:zeggen|ingaan|overgaan|overstappen|beantwoorden|behandelen|doorlopen|stilstaan|noemen"
    r"|herhalen|missen|doorgaan|oordeel|appreciatie|appreciëren|ontraden|spreken|reageren|afronden"
    r"|vragen\s+(?:even\s+)?doen|moties?|inspannen|geven|even\s+(?:kijken|checken|nagaan|zoeken)"
    r"|begin\s+met|kort\s+houden|beperken|verder\s+met)\b", _I)


def debate_act(sentence: str) -> bool:
    """Does the sentence speak of the debate's own business ("zal ik overgaan op de moties")?"""
    return bool(_DEBATE_ACT.search(sentence))


# Negotiating in Brussels: "zal ik bij de informele Raad ook zelf kijken hoe …".
_NEGOTIATION = re.compile(r"\b(?:Raad|Energieraad|lidstaten|Brussel|Europese\s+Commissie)\b")


def negotiation(sentence: str) -> bool:
    return bool(_NEGOTIATION.search(sentence))


def beyond_debate(sentence: str) -> bool:
    """Does a debate's "kom ik op terug" or "ga ik doen" name a letter or a way to the Kamer?"""
    return bool(_BEYOND_DEBATE.search(sentence) or _DELIVERABLE_RE.search(sentence))


def debate_internal(sentence: str) -> bool:
    """Is the promise about the debate or letter itself ("in de tweede termijn")?"""
    return bool(_DEBATE_INTERNAL.search(sentence))


# "Dat zeg ik toe.", "Ja, dat zeg ik u toe.", "Die toezegging doe ik.", "Dat kan ik toezeggen.",
# "Dat ga ik doen.", "Ik zeg dat graag toe." — the promise is what was asked just before.
_ACCEPTS = re.compile(
    r"^(?:(?:ja|jazeker|zeker|prima|akkoord|goed|natuurlijk|uiteraard|absoluut|dat\s+is\s+goed"
    r"|voorzitter|dank\s+u(?:\s+wel)?)[,.!]?\s+)*"
    r"(?:(?:dat|die|dit|het)(?:\s+laatste)?\s+(?:zeg|kan|wil|zal|ga|gaan|doe|doen|zullen)"
    r"\s+(?:ik|we|wij)\s+"
    r"(?:(?:u|de\s+kamer|graag|bij\s+dezen|hierbij|ook|dan|zeker|van\s+harte|met\s+plezier"
    r"|de\s+heer\s+[\w-]+|mevrouw\s+[\w-]+|[\w-]+)\s+){0,3}?(?:toe|toezeggen|doen|meenemen"
    r"|regelen|nagaan|uitzoeken|bekijken)"
    r"|(?:dat|die|dit)\s+doe\s+ik(?:\s+\w+){0,4}"
    r"|dat\s+is\s+iets\s+(?:wat|dat)\s+ik\s+(?:\w+\s+){0,3}?(?:doe|wil\s+doen|ga\s+doen|toezeg)"
    r"|die\s+toezegging\s+(?:doe|kan|wil|geef)\s+ik(?:\s+\w+){0,3}"
    r"|ik\s+zeg\s+(?:dat|die|dit|het)\s+(?:\w+\s+){0,3}?toe|met\s+(?:alle\s+|veel\s+)?plezier)"
    r"\s*(?:[.!]|,\s*(?:maar|en|want|al)\b[^?]*[.!]?)?\s*$", _I)


def accepts(sentence: str) -> bool:
    """Is the sentence a bare acceptance ("Dat zeg ik toe."), its promise said before it?"""
    m = _ACCEPTS.match(sentence.strip())
    return len(sentence) <= 220 and m is not None and not _negated(sentence[:60])


# What a member asks in a debate: "Ik wil dat de minister onderzoek doet naar …", "ik ga … een
# toezegging vragen om de Kamer te informeren", "Als u kunt toezeggen dat …", "Is de minister
# bereid om dat mee te nemen?", "Krijgen we daar als Kamer bericht over voor …?".
_MEMBER_ASKS = re.compile(
    r"\b(?:een|de|die|deze)\s+toezegging\s+(?:\w+\s+){0,2}?(?:vragen|hebben|krijgen|horen)\b"
    r"|\b(?:mijn|ons|het)\s+(?:\w+\s+)?(?:vraag|verzoek)\s+is\s+(?:dan\s+)?(?:om|of)\b"
    r"|\b(?:kunt|kan|wil|wilt|zou|zoudt|zouden)\s+(?:\w+\s+){0,3}?toezeggen\b"
    r"|\bvragen\s+of\s+er\s+(?:\w+\s+){0,4}?(?:brief|rapportage|reactie)\b"
    r"|\b(?:wil|willen|zou|zouden)\s+(?:\w+\s+){0,4}?(?:een\s+)?bevestiging\b"
    r"|\b(?:ontvang|ontvangen|krijg|krijgen|hoor|horen)\s+(?:\w+\s+){0,3}?graag\b"
    r"|\bgraag\s+(?:\w+\s+){0,4}?(?:ontvangen|krijgen|ontvang|krijg)\b"
    r"|\b(?:de\s+minister|de\s+staatssecretaris|het\s+kabinet|haar|hem)\s+(?:\w+\s+){0,4}?"
    r"(?:te\s+)?vragen\s*(?:om\b|,)"
    r"|\bga\s+er\s*van\s*uit\s+dat\s+(?:de\s+minister|de\s+staatssecretaris|het\s+kabinet|hij|zij)"
    r"\b[^.?!]{0,120}?\b(?:informeert|zal\s+informeren|stuurt|zal\s+sturen|komt\s+met"
    r"|zal\s+komen\s+met)\b"
    r"|\b(?:vraag|verzoek)\s+(?:dan\s+ook\s+)?(?:om\s+)?(?:een|deze|die|de)\s+(?:brief|antwoord"
    r"|reactie|notitie|overzicht)\b|\brappel\w*\b"
    r"|\bhoop\s+(?:ik\s+)?dat\s+(?:de\s+minister|de\s+staatssecretaris|het\s+kabinet|hij|zij)\b"
    r"|\b(?:ik|wij|we|fractie)\s+(?:\w+\s+){0,2}?wil(?:len)?\s+(?:\w+\s+){0,3}?dat\s+(?:de\s+"
    r"minister|de\s+staatssecretaris|het\s+kabinet|de\s+regering)\b"
    r"|\bof\s+(?:u|de\s+minister|de\s+staatssecretaris|het\s+kabinet|hij|zij)\s+bereid\b"
    r"|\b(?:vraag|verzoek)\s+(?:ik\s+)?(?:\w+\s+){0,2}?(?:de\s+minister|de\s+staatssecretaris"
    r"|het\s+kabinet|de\s+regering)\s+(?:\w+\s+){0,3}?(?:om|te)\b"
    r"|\bwillen\s+vragen\s+om\b"
    r"|\bvragen\s+of\s+(?:hij|zij|de\s+minister|de\s+staatssecretaris|het\s+kabinet)\b"
    r"|\b(?:vraag|vragen|verzoek)\s+(?:\w+\s+){0,3}?(?:haar|hem|de\s+minister|de\s+staatssecretaris)"
    r"\b[^.?!]{0,80}?\b(?:om|te)\b", _I)
# Wishes that are requests only when they name something to deliver: "Ik zou wel graag een
# kabinetsreactie zien", "… willen hebben", "De CDA-fractie is benieuwd … wanneer de commissie
# een update kan ontvangen".
_MEMBER_WISHES = re.compile(
    r"\b(?:zou|zouden|wil|willen)\b[^.?!;:,]{0,100}?\b(?:zien|hebben|krijgen|ontvangen|vernemen)\b"
    r"|\bzou\b[^.?!;:,]{0,100}?\bgraag\b[^.?!;:,]{0,100}?\bwillen\b"
    r"|\bbenieuwd\b[^.?!]{0,160}?\b(?:ontvangen|krijgen)\b", _I)
# Not a request: a question put indirectly ("Ik zou de minister willen vragen hoe …"), a wish to
# discuss ("Ik wil het met de minister hebben over …"), what others are asked.
_NOT_ASKED = re.compile(r"\bvragen\s+(?:hoe|wat|wanneer|waarom|welke|waar)\b|\bhebben\s+over\b"
                        r"|\bverte(?:l|lt|llen)\b|\b(?:deelt|vindt|erkent|herkent|eens\s+is)\b"
                        r"|\b(?:van|aan)\s+de\s+informateurs?\b|\bbeantwoording\b|\bantwoord\b"
                        r"|\btoelichting\b|\b(?:VAO|agenda|stemmingen?|schorsen|schorsing)\b"
                        r"|\bsteun\w*\s+(?:\w+\s+){0,2}?(?:het|dit|dat)\s+verzoek\b"
                        r"|\buit\s+te\s+nodigen\b|\buitnodig\w*\b"
                        r"|\bgraag\s+(?:een\s+)?(?:bevestiging|reactie)\s+(?:van|op)\b(?![^.?!]*\bbrief\b)",
                        _I)
# What a member's statement asks for must be something to deliver or to do, not an answer now.
_ASKED_FOR = re.compile(r"\b(?:brief|informeren|sturen|toesturen|terugkoppelen|reflectie"
                        r"|kabinetsreactie|update|aandacht|contact|inzicht|bereid"
                        r"|terug\s+te\s+koppelen|rapporteren|overzicht|onderzoek\w*|evaluatie|uitzoeken|uit\s+te\s+zoeken"
                        r"|toezegging|toezeggen|kamer|regeling|voorstel|plan|komen\s+met)\b", _I)
_MEMBER_ASKS_QUESTION = re.compile(
    r"\bbereid\b|\btoezeggen\b|\b(?:krijgen|ontvangen)\s+(?:we|wij)\b"
    r"|\b(?:meenemen|informeren|sturen|toesturen|terugkoppelen|rapporteren)\b"
    r"|\b(?:in|met)\s+(?:de|die|een|deze)\s+(?:brief|reactie|rapportage|kabinetsreactie)\b", _I)
_MODAL_QUESTION = re.compile(r"^(?:\w+[,.]?\s+){0,3}?(?:kan|kunt|wil|wilt|zal|zult|gaat"
                             r"|komt|krijgen|ontvangen|zou|zoudt|zouden)\b", _I)
# A member's yes-or-no question asking the government to do something: "Wil zij … uitgebreider
# terugkomen op dit topic?", "Kan de staatssecretaris … transparantie verschaffen over …?",
# "Komt er in de volgende voortgangsrapportage informatie over …?", "Kan de Kamer hierover
# geïnformeerd worden?", "op welk moment krijgt de Kamer daarvan een update?" (not "Kan de
# minister uitleggen waarom …?": that asks for an answer now).
_ASKS_TO_DO = re.compile(
    r"^(?:(?:en|dan|maar|dus|ook|voorzitter|tot\s+slot|zo\s+ja|zo\s+nee)[,.]?\s+){0,2}(?:kan|kunt|wil"
    r"|wilt|gaat|zal|zult|komt|krijgt|krijgen)\s+(?:de\s+(?:minister|staatssecretaris"
    r"|regering|premier|kamer)"
    r"|het\s+kabinet|zij|hij|u|er|we|wij)\b"
    r"|\b(?:krijgt|krijgen|ontvangt|ontvangen)\s+(?:de\s+kamer|we|wij)\b"
    r"|\bkunnen\s+(?:we|wij)\s+(?:\w+\s+){0,4}?(?:krijgen|ontvangen)\b"
    r"|^(?:\w+[,.]?\s+){0,2}?zou\s+het\s+(?:\w+\s+)?niet\s+(?:goed|verstandig|logisch|beter)"
    r"\s+zijn\b", _I)
_NO_ONE_ASKED = re.compile(r"^(?:(?:en|dan|maar|dus|ook|voorzitter)[,.]?\s+){0,2}kan\s+er\b", _I)
_ANSWER_VERBS = re.compile(r"\b(?:uitleggen|aangeven|toelichten|zeggen|bevestigen|reageren"
                           r"|inschatting|verklaren|ingaan|beantwoorden|schetsen|duiden|vertellen|opvatten"
                           r"|schorsen|überhaupt|voorzitter|ooit|onderbouwen|inzage|reflecteren"
                           r"|inzichtelijk|inleven|uiteenzetten|verduidelijken|inzoomen|indicatie"
                           r"|reactie\s+geven|uitleg|antwoord)\b", _I)
# "Kan de minister het niet opvatten als …?": rhetorical, not asked of him
_RHETORICAL = re.compile(r"^(?:\w+[,.]?\s+){0,4}?(?:kan|kunt|wil|wilt|zal|gaat)\s+(?:\w+\s+){1,3}?"
                         r"(?:het\s+)?niet\b(?!\s+(?:goed|verstandig|logisch|beter)\s+zijn)", _I)


# Asking for an answer in the debate itself: "Ik vraag de minister om daar op in te gaan."
_ANSWER_NOW = re.compile(
    r"\b(?:op\s+in\s+te\s+gaan|in\s+te\s+gaan\s+op|te\s+(?:antwoorden|reageren))\b", _I)


_IN_WRITING = re.compile(r"\b(?:aan\s+de\s+kamer|per\s+brief|schriftelijk|in\s+een\s+brief)\b",
                         _I)
_BY_A_MOMENT = re.compile(r"\b(?:v[oó][oó]r|uiterlijk)\s+(?:de\s+stemmingen|morgen|\d|het\s+\w+"
                          r"|de\s+\w+behandeling|de\s+zomer|de\s+kerst)", _I)
_MEMBER_HINT = re.compile(r"toezeg|vraag|vragen|verzoek|wil|zou|bereid|benieuwd|graag|hoop"
                          r"|ervan\s+uit|er\s+van\s+uit")


def member_request(sentence: str) -> Finding | None:
    """A member's request in a debate, asked or said (not for the debate itself: "Ik hoop dat
    de minister daar in zijn tweede termijn op terug wil komen")."""
    if debate_internal(sentence):
        return None
    if is_question(sentence):
        sentence = sentence[sentence.rfind(":") + 1:].strip() or sentence
        if _ASKS_TO_DO.search(sentence) and not _ANSWER_VERBS.search(sentence) \
                and not _NO_ONE_ASKED.match(sentence) and not _RHETORICAL.match(sentence):
            return Finding("request", "request.member", 0.65, None, MEMBERS)
        if _MEMBER_ASKS_QUESTION.search(sentence) and (
                _ASKED.match(sentence) or _MODAL_QUESTION.match(sentence)
                or re.search(r"\b(?:de\s+minister|de\s+staatssecretaris|het\s+kabinet|de\s+regering"
                             r"|u|zij|hij)\s+bereid\b", sentence, _I)):
            return Finding("request", "request.member", 0.7, None, MEMBERS)
        if _IN_WRITING.search(sentence) and _BY_A_MOMENT.search(sentence):
            return Finding("request", "request.member", 0.65, None, MEMBERS)  # "Zou de
            # staatssecretaris dat voor de stemmingen willen vertellen aan de Kamer?"
        return None
    lowered = sentence.lower()
    if not _MEMBER_HINT.search(lowered):
        return None
    m = _MEMBER_ASKS.search(sentence)
    if m is None:
        m = _MEMBER_WISHES.search(sentence)
        if m is not None and not _ASKED_FOR.search(sentence):
            m = None
    if m and re.search(r"\b(?:v[oó][oó]r|uiterlijk)\s+(?:de\s+stemmingen|morgen|\d|het\s+\w+reces)",
                       sentence, _I) and not _negated(m.group()):
        return Finding("request", "request.member", 0.7, None, MEMBERS)  # "… antwoord vóór de
        # stemmingen", "voor morgen een brief"
    if m and m.group().lower().startswith("hoop") and _ANSWER_VERBS.search(sentence, m.end()):
        return None  # "Ik hoop dat het kabinet in de brief zal aangeven hoe …": its content
    if m and not _negated(m.group()) \
            and not _NOT_ASKED.search(sentence) and not (
            _ANSWER_NOW.search(sentence, m.end()) and not re.search(r"\bbrief\b", sentence, _I)):
        return Finding("request", "request.member", 0.7, None, MEMBERS)
    return None

