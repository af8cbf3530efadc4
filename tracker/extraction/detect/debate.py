"""What is said in a debate: tests the transcript pass in ``tracker.extraction`` puts a
minister's words to.

Is a promise about the debate or letter itself ("in de tweede termijn"), does it reach beyond it
(a letter, "schriftelijk"), is the sentence the debate's own business ("zal ik overgaan op de
moties") or Brussels negotiation, or a bare acceptance ("Dat zeg ik toe.") of what was asked
before. What a member asks in a debate is a request: ``requests.member_request``.
"""

from __future__ import annotations

import re

from ...patterns import with_lookahead
from .vocabulary import _DELIVERABLE_RE, _I, INTERJECTIONS, _negated

# A promise about the debate itself: "ik kom daar in de tweede termijn op terug", "ik zal zo
# ingaan op …", "daar kom ik straks op"; or about the letter itself ("later in deze brief").
_DEBATE_INTERNAL = re.compile(
    r"\b(?:in\s+(?:de\s+|mijn\s+|uw\s+|zijn\s+|haar\s+|hun\s+)?tweede\s+termijn|straks"
    r"|zo\s+meteen|zometeen"
    r"|zo\s+dadelijk|dadelijk|aanstonds|later\s+in\s+(?:dit|het|deze)\s+(?:debat|brief|overleg)"
    # (not what was said in it: "de dekkingen die de Kamer in dit debat heeft genoemd")
    r"|verderop\s+in\s+(?:deze|de)\s+brief|aan\s+het\s+(?:slot|eind|einde)\s+van\s+(?:deze|dit)\s+"
    r"(?:brief|debat|overleg)|in\s+dit\s+debat(?!\s+(?:\w+\s+)?(?:heeft|hebben"
    r"|is|zijn|werd|werden|genoemd|gesteld|gevraagd|ingediend)\b)|in\s+(?:deze|mijn)\s+termijn"
    r"|in\s+(?:het\s+)?(?:volgende|laatste|een\s+later)\s+blokje|bij\s+(?:het\s+)?blokje"
    r"|in\s+mijn\s+(?:beantwoording|betoog)|na\s+de\s+(?:schorsing|lunchpauze|dinerpauze)"
    r"|aan\s+de\s+hand\s+van\s+(?:een\s+aantal\s+|de\s+)?(?:thema|blokje|onderwerp)\w*"
    r"|verder\s+met\s+(?:de|een)\s+(?:volgende\s+)?(?:vraag|vragen|punt|blokje|motie)"
    r"|^(?:ik|we|wij)\s+begin(?:nen)?\s+met"
    # "Ik zal beginnen met een algemeen deel, dan de schaderoute …, dan …"
    r"|^(?:ik|we|wij)\s+(?:zal|zullen|ga|gaan|wil|willen)\s+(?:\w+\s+)?(?:beginnen|starten)\s+met\b"
    r"(?=[^.;]{0,80}?(?:,\s+(?:dan|daarna|vervolgens)\b|\b(?:deel|blokje|inleiding|thema"
    r"|onderwerp)))"
    # "Ik zal starten met detentie, vervolgens ga ik naar forensische zorg, …"
    r"|\bvervolgens\s+(?:ga|kom)\s+ik\s+(?:naar|bij|op|aan)\b"
    # "Ik zal de vragen van de leden langslopen in de volgorde waarin ze zijn gesteld"
    r"|(?:de\s+)?vragen\s+(?:\w+\s+){0,4}?(?:langslopen|langsgaan|aflopen|doorlopen))\b"
    r"|\bzo\s+(?:\w+\s+){0,4}?(?:ingaan|terug\b|terugkomen|op\s+(?:in|terug))\b"
    # the verdicts on the motions, later in the debate: "kom ik zo bij de appreciatie van de
    # moties nog terug"
    r"|\b(?:bij|in)\s+(?:de|mijn)\s+appreciatie\s+van\s+de\s+(?:moties|amendementen)\b", _I)
# Taking the members through it now: "Ik zal u kort meenemen in de doorslaggevende redenen …",
# "Ik zal aangeven als ik het af heb" (looked for only where "meenemen" or "aangeven" stands:
# their first letters would send the search above to every "u" and "a")
_THROUGH_IT_NOW = re.compile(
    r"\bu\s+(?:(?:kort|even)\s+)?meenemen\s+in\b"
    r"|\baangeven\s+(?:als|wanneer)\s+ik\s+(?:\w+\s+){0,3}?(?:af\s+heb|klaar\s+ben|rond\s+ben)\b",
    _I)
# A debate's "Daar kom ik op terug" keeps a promise only with a way or a time: "schriftelijk",
# "per brief", "bij de Kamer", "voor de zomer" (the time is checked by the caller).
_BEYOND_DEBATE = re.compile(r"\b(?:schriftelijk|per\s+brief|in\s+een\s+brief|brief|bij\s+(?:u|uw"
                            r"|de)\s+(?:kamer|commissie)|bij\s+u\b|informeren|rapporteren|gesprek"
                            r"|overleg|inzicht|informatie|overzicht|informeer|informeert"
                            # "Ik zal het ontwerpkader aan de Kamer voorleggen voordat …"
                            r"|voorleggen|voorgelegd|toezenden|toesturen|toekomen)\b"
                            r"|\bterug\s+in\s+(?:de|het)\s+\w+"
                            # "Dat ga ik ook op papier zetten": in writing
                            r"|\bop\s+papier\s+(?:te\s+)?(?:zet|zetten|stellen)\b"
                            # "Ik ga de bevindingen met de Kamer delen"
                            r"|\b(?:met|aan)\s+(?:de|uw)\s+Kamer\s+(?:\w+\s+){0,2}?(?:delen|sturen"
                            r"|zenden|aanbieden)\b"
                            # "Ik ga dat na en laat het de Kamer weten"
                            r"|\b(?:de|uw)\s+Kamer\s+(?:\w+\s+){0,3}?(?:laten\s+)?weten\b"
                            # a report named: "in een halfjaarbericht politie kom ik erop terug"
                            r"|\b\w+(?:bericht|brief|rapportage)\b|\bplan\s+van\s+aanpak\b"
                            # a publication's next issue: "hoe we in de volgende editie een
                            # duidelijkere toelichting kunnen geven"
                            r"|\b(?:volgende|komende|eerstvolgende)\s+(?:editie|uitgave|versie)\b"
                            # "Ik zal zorgen dat ik erop terugkom"
                            r"|\bzorg(?:en)?\s+(?:ervoor\s+)?dat\s+ik\b"
                            # a later debate or budget document: "voor de Algemene Financiële
                            # Beschouwingen", "in de Voorjaarsnota"
                            r"|\b(?:Beschouwingen|[Vv]oorjaarsnota|[Mm]iljoenennota|[Nn]ajaarsnota"
                            r"|Prinsjesdag|\w*begrotingsbehandeling)\b"
                            # "Ik ga de motie uitvoeren": a motion carried out beyond the debate
                            r"|\bmotie\b[^.;]{0,40}?\buit(?:voeren|voert|\s+te\s+voeren)\b"
                            r"|\buitvoering\s+(?:geven\s+)?aan\s+(?:de|deze|die)\s+motie", _I)


# What a minister does in the debate itself: answering, turning to the motions, judging them.
_DEBATE_ACT = re.compile(
    r"\b(?:zeggen|ingaan|overgaan|overstappen|beantwoorden|behandelen|doorlopen|stilstaan|noemen"
    r"|herhalen|missen|doorgaan|oordeel|appreciatie|appreciëren|ontraden|spreken|reageren|afronden"
    r"|uitleggen"
    r"|vragen\s+(?:even\s+)?doen|moties?|inspannen|geven|even\s+(?:kijken|checken|nagaan|zoeken)"
    r"|begin\s+met|kort\s+houden|beperken|verder\s+met|ordenen|clusteren"
    # "Ik zal heel kort een inleiding houden", "Zo zal ik daar met u doorheen gaan", "Ik zal u
    # kort meenemen in de doorslaggevende redenen"
    r"|inleiding\s+houden|doorheen\s+(?:gaan|lopen)|doorlezen|voorlezen"
    r"|(?:u|jullie|de\s+Kamer)\s+(?:\w+\s+){0,2}?meenemen\s+in)\b", _I)


def debate_act(sentence: str) -> bool:
    """Does the sentence speak of the debate's own business ("zal ik overgaan op de moties")?"""
    return bool(_DEBATE_ACT.search(sentence))


# Negotiating in Brussels: "zal ik bij de informele Raad ook zelf kijken hoe …".
# (the Council, not a Dutch body named "Raad": "de Raad van State", "de Raad voor de rechtspraak")
_NEGOTIATION = re.compile(r"\b(?:Raad(?!\s+(?:van\s+State|voor)\b)|Energieraad|lidstaten|Brussel"
                          r"|Europese\s+Commissie)\b")


def negotiation(sentence: str) -> bool:
    return bool(_NEGOTIATION.search(sentence))


# A debate to come: "Ik zie uit naar het debat op 23 oktober, waarin we hier ongetwijfeld over
# zullen spreken".
_DEBATE_TO_COME = re.compile(r"\bdebat\b[^.;]*\b(?:zullen|gaan)\s+(?:\w+\s+){0,4}?(?:spreken"
                             r"|praten|debatteren|discussiëren)\b", _I)


def debate_to_come(sentence: str) -> bool:
    return bool(_DEBATE_TO_COME.search(sentence))


def beyond_debate(sentence: str) -> bool:
    """Does a debate's "kom ik op terug" or "ga ik doen" name a letter or a way to the Kamer?"""
    return bool(_BEYOND_DEBATE.search(sentence) or _DELIVERABLE_RE.search(sentence))


# Where a spoken run-on sentence goes on to another clause: ", en", ", want", a semicolon.
_NEXT_CLAUSE = re.compile(r",\s+(?:en|maar|want|dus|omdat|terwijl)\b|;|\s[—–]\s", _I)


def debate_internal(sentence: str, at: int | None = None) -> bool:
    """Is the promise about the debate or letter itself ("in de tweede termijn")? With ``at``
    (where the promise stands), only its own clause counts: "… en ik zal u daar eind oktober over
    informeren, en ik wil niet dat er straks een datum staat …" promises beyond the debate."""
    start, end = (0, len(sentence)) if at is None else _own_clause(sentence, at)
    return bool(_DEBATE_INTERNAL.search(sentence, start, end)) or (
        ("meenemen" in sentence or "aangeven" in sentence)
        and bool(_THROUGH_IT_NOW.search(sentence, start, end)))


def _own_clause(sentence: str, at: int) -> tuple[int, int]:
    """The span of the clause of a run-on sentence that ``at`` stands in."""
    start = 0
    for m in _NEXT_CLAUSE.finditer(sentence, 0, at):
        start = m.end()
    after = _NEXT_CLAUSE.search(sentence, at)
    return start, after.start() if after else len(sentence)


# "Dat zeg ik toe.", "Ja, dat zeg ik u toe.", "Die toezegging doe ik.", "Dat kan ik toezeggen.",
# "Dat ga ik doen.", "Ik zeg dat graag toe." — the promise is what was asked just before.
_ACCEPTS = re.compile(
    r"^(?:(?:" + INTERJECTIONS + r"|dat\s+is\s+goed|voorzitter|dank\s+u(?:\s+wel)?"
    # "Dat is een goede suggestie, dat doe ik."
    r"|dat\s+is\s+een\s+(?:goede|terechte|mooie|prima)\s+(?:suggestie|vraag|punt|idee)"
    # "Dat lijkt me een goed idee; dat ga ik doen."
    r"|dat\s+lijkt\s+(?:me|mij)\s+(?:een\s+)?(?:goed(?:\s+idee)?|prima|verstandig))[,.!;]?\s+)*"
    r"(?:(?:dat|die|dit|het)(?:\s+laatste)?\s+(?:zeg|kan|wil|zal|ga|gaan|doe|doen|zullen)"
    r"\s+(?:ik|we|wij)\s+"
    r"(?:(?:u|de\s+kamer|graag|bij\s+dezen|hierbij|ook|dan|zeker|van\s+harte|met\s+plezier"
    r"|de\s+heer\s+[\w-]+|mevrouw\s+[\w-]+|[\w-]+)\s+){0,3}?(?:toe|toezeggen|doen|meenemen"
    r"|regelen|nagaan|uitzoeken|bekijken)"
    # "Dat kan ik meenemen in dezelfde brief"
    r"(?:\s+(?:in|bij)\s+(?:de|die|deze|dezelfde|het|dat|mijn|onze)\s+(?:[\w-]+\s+)?[\w-]+)?"
    # (not "Dat doe ik al.": done already)
    r"|(?:dat|die|dit)\s+doe\s+ik(?:\s+(?!om\b|omdat\b|vanwege\b|want\b|niet\b|al\b|allang\b"
    r"|reeds\b|inmiddels\b)\w+){0,4}"
    # (not "Dat doen we in Europees verband", "… sinds een paar jaar": what is done now)
    r"|(?:dat|die|dit)\s+doen\s+(?:we|wij)(?:\s+(?:graag|zeker|natuurlijk))?"
    # "Ik kan dat toezeggen.", "Ik ga dat doen.", "Dat beloof ik.", "Dat ga ik na."
    r"|(?:ik|we|wij)\s+(?:kan|kunnen|wil|willen|zal|zullen)\s+(?:dat|dit|het)\s+"
    r"(?:(?:graag|zeker|ook|dan|natuurlijk)\s+)?(?:toezeggen|beloven)"
    r"|ik\s+(?:ga|zal)\s+(?:dat|dit|het)\s+(?:(?:graag|zeker|ook|dan|natuurlijk)\s+)?doen"
    r"|(?:dat|dit|het)\s+(?:beloof\s+ik|beloven\s+(?:we|wij))(?:\s+(?:u|graag|zeker|bij\s+dezen))?"
    r"|(?:dat|dit|het)\s+(?:ga|gaan|zoek|zoeken)\s+(?:ik|we|wij)\s+(?:(?:graag|zeker|dan|even"
    r"|natuurlijk)\s+)?(?:na|uit)"
    # "Maar mijn antwoord op de concrete vraag is: ja"
    r"|(?:maar\s+)?(?:mijn\s+)?antwoord\s+(?:op\s+(?:de|die|deze|uw)\s+(?:\w+\s+)?vraag\s+)?is\s*:?"
    r"\s+ja"
    r"|dat\s+is\s+iets\s+(?:wat|dat)\s+ik\s+(?:\w+\s+){0,3}?(?:doe|wil\s+doen|ga\s+doen|toezeg)"
    r"|die\s+toezegging\s+(?:doe|kan|wil|geef)\s+ik(?:\s+\w+){0,3}"
    r"|ik\s+zeg\s+(?:dat|die|dit|het)\s+(?:\w+\s+){0,3}?toe|met\s+(?:alle\s+|veel\s+)?plezier"
    # "Dat neem ik mee.", "Die suggestie nemen we graag mee in de brief."
    r"|(?:dat|die|dit|het)\s+(?:\w+\s+)?(?:neem|nemen)\s+(?:ik|we|wij)\s+"
    r"(?:(?:graag|zeker|ook|dan|erin|daarin|hierin|erbij|daarbij)\s+)?(?:mee|op)"
    r"(?:\s+(?:in|bij)\s+(?:de|die|deze)\s+(?:\w+\s+)?brief)?"
    # "Ja, dat neem ik in het plan op."
    r"|(?:dat|die|dit|het)\s+(?:neem|nemen)\s+(?:ik|we|wij)\s+(?:(?:graag|zeker|ook|dan)\s+)?"
    r"(?:in|bij)\s+(?:de|die|deze|het|dat|dit|mijn|onze)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:mee|op)"
    r"|ik\s+ben\s+(?:\w+\s+)?bereid\s+(?:om\s+)?(?:dat|dit|het)\s+te\s+doen"
    # "Daar zorg ik voor.", "Daar ga ik voor zorgen."
    r"|(?:daar|dat)\s+(?:(?:zorg|zorgen)\s+(?:ik|we|wij)\s+(?:(?:graag|zeker|dan|ook|natuurlijk)"
    r"\s+)?voor|(?:ga|gaan|zal|zullen)\s+(?:ik|we|wij)\s+(?:(?:graag|zeker|dan|ook|natuurlijk)"
    r"\s+)?voor\s+zorgen)"
    # "Ja, daartoe ben ik bereid.", "Dat ben ik graag bereid.", "Ik ben daartoe bereid."
    r"|(?:daartoe|hiertoe|dat|daar|toe)\s+(?:ben|zijn)\s+(?:ik|wij|we)\s+(?:\w+\s+)?bereid"
    r"|(?:ik|wij|we)\s+(?:ben|zijn)\s+(?:\w+\s+)?(?:daartoe|hiertoe|daar\s+toe)\s+(?:\w+\s+)?"
    r"bereid)"
    r"\s*(?:[.!]|,\s*(?:voorzitter|ja)[.!]?|,\s*(?:maar|en|want|al|voor\s+zover|zodat)\b[^?]*[.!]?"
    # "Ja, dat kan ik doen, dat neem ik mee."
    r"|[;,]\s*(?:dat|dit)\s+(?:zeg\s+ik\s+(?:\w+\s+)?toe|neem\s+ik\s+(?:\w+\s+)?mee)[.!]?"
    # "Dat doe ik graag; dat ligt in lijn met mijn toezegging."
    r"|;\s*(?:dat|dit|die)\s+[^?;]*[.!]?)?"
    r"\s*$", _I)


def accepts(sentence: str) -> bool:
    """Is the sentence a bare acceptance ("Dat zeg ik toe."), its promise said before it?"""
    m = _ACCEPTS.match(sentence.strip())
    return len(sentence) <= 220 and m is not None and not _negated(sentence[:60]) \
        and "blijven" not in m.group()  # ("Dat zal ik ook blijven doen": carrying on)


# The same matches, found about twice as fast: a look-ahead on their first letters
# (``tracker.patterns``).
_DEBATE_INTERNAL, _DEBATE_ACT, _BEYOND_DEBATE = map(with_lookahead, (
    _DEBATE_INTERNAL, _DEBATE_ACT, _BEYOND_DEBATE))
