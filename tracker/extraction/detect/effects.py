"""Milestones: a legal effect on a date ("Vanaf 2 augustus 2026 geldt …", "uiterlijk 31 december
2030 … moeten zijn gebracht").

Only finding them; linking them to the milestone catalogue is ``tracker.extraction.milestones``.
"""

from __future__ import annotations

import re

from ...deadlines import DAY_MONTH_YEAR
from ...patterns import with_lookahead
from ..dates import MONTH_PATTERN
from .vocabulary import _I, Finding

# Milestones: a legal effect on a date.
_LEGAL_EFFECT = re.compile(
    r"\b(?:gaat|gaan|ingaat|ingaan|geldt|gelden|van\s+toepassing|verplicht(?:en|ing|ingen)?|verbod\w*|verboden|in\s+werking"
    r"|treedt|treden|hoeven\s+te\s+voldoen|aansprakelijk\w*|sancties?|boetes?|toepassing"
    r"|verordening|moet|moeten|mag|mogen|van\s+kracht|vervalt|vervallen|eindigt|eindigen"
    r"|bedraagt|bedragen|de\s+tijd|schuift|schuiven|verschuift|passen|past|verstrijkt"
    r"|verloopt|afloopt|aflopen|ingetrokken|intrekking)\b",
    # "Vanaf 1 januari 2018 bedraagt de AOW-leeftijd 66 jaar", "krijgen tot … de tijd", "schuift
    # de datum op naar …", "De lidstaten passen … vanaf 1 juli 2020 toe", "wordt per 1 januari
    # 2026 ingetrokken"
    _I)
# The words after a day that make it the day something takes effect: "… op 1 juli in werking",
# "gaat op 1 april in[,.]" (not "in gesprek", "in Den Haag"), "… van kracht".
_TAKING_EFFECT = r"(?:in\s+werking|in(?=\s*(?:[,.;:]|$))|van\s+kracht)"
IN_FORCE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _TAKING_EFFECT, _I)
_EFFECT_DATE = re.compile(
    r"\b(?:vanaf|per|met\s+ingang\s+van|m\.i\.v\.|uiterlijk(?:\s+op)?|ten\s+laatste"
    r"|niet\s+later\s+dan|tot\s+en\s+met)\s+"
    r"(?:(?:[0-3]?\d\s+)?" + MONTH_PATTERN + r"\s+(?:19|20)\d{2}|" + DAY_MONTH_YEAR + r")\b"
    # "treedt op 1 januari 2021 in werking", "treedt, zoals … bepaald, op 1 juli 2023 in
    # werking", "gaat op 1 april 2020 in", "Op 1 januari 2020 wordt het verbod van kracht" (an
    # article's number may hold a dot: "treedt artikel 3.42 … in werking"): a day
    # named with "op" is the effect's only beside the verb of taking effect
    r"|\b(?:treedt|treden|gaat|gaan|wordt|worden)\b(?:[^.;:]|\.(?=\s?\d)){0,100}?\bop\s+"
    + DAY_MONTH_YEAR + r"\s+(?:[\w-]+\s+){0,2}?" + _TAKING_EFFECT
    # the day after the verb: "De wet treedt in werking op 1 januari 2026", "… zal in werking
    # treden op 1 juli 2025", "Het verbod gaat in op 1 juli 2025" (not the past: "trad in
    # werking op 1 mei 2022")
    + r"|\b(?:treedt|treden|wordt|worden)\s+(?:[\w-]+\s+){0,3}?(?:in\s+werking|van\s+kracht)"
    r"\s+op\s+" + DAY_MONTH_YEAR + r"\b"
    r"|\bin\s+werking\s+(?:te\s+)?treden\s+op\s+" + DAY_MONTH_YEAR
    + r"\b"
    # ("gaat in op" a day that ends the clause: "gaat in op …" is also "goes into")
    r"|\b(?:gaat|gaan)\s+in\s+op\s+" + DAY_MONTH_YEAR
    + r"(?=\s*(?:[,.;:]|$))"
    # "Op grond van artikel 78z … vervalt de overgangsregeling … op 1 juli 2016"
    + r"|\b(?:vervalt|vervallen|eindigt|eindigen)\b(?:[^.;:]|\.(?=\s?\d)){0,100}?\bop\s+"
    + DAY_MONTH_YEAR + r"\b"
    # "… dat de regeling op 1 september 2024 van rechtswege vervalt"
    + r"|\bop\s+" + DAY_MONTH_YEAR + r"\s+(?:van\s+rechtswege\s+)?"
    r"(?:vervalt|vervallen|eindigt|eindigen)\b"
    + r"|\bop\s+" + DAY_MONTH_YEAR + r"\s+(?:in\s+werking\s+(?:treedt"
    r"|treden)|van\s+kracht\s+(?:wordt|worden)|ingaat|ingaan)\b"
    r"|^op\s+" + DAY_MONTH_YEAR + r"\s+(?:treedt|treden|wordt|worden"
    r"|gaat|gaan)\b(?:[^.;:]|\.(?=\s?\d)){0,120}?\b(?:in\s+werking|van\s+kracht|in)\s*[,.;]", _I)
# Rarer forms, looked for only where their first word stands: "… gelden voor boekjaren die
# aanvangen op of na 1 januari 2027", "geldt een overgangstermijn …, zodat gemeenten … tot 1 juli
# 2027 de tijd hebben".
_RARE_EFFECT_DATE = re.compile(
    r"\bboekjar(?:en|\w*)\s+(?:die\s+)?(?:aanvangen|aanvangt|beginnen|begint)\s+op\s+of\s+na\s+"
    + DAY_MONTH_YEAR + r"\b"
    r"|\bovergangs(?:termijn|periode|recht|regeling)\b[^.;:]{0,160}?\btot\s+(?:en\s+met\s+)?"
    + DAY_MONTH_YEAR + r"\b"
    # "krijgen tot 2 december 2026 de tijd om …", "geldt een jaar langer de tijd: tot 2 augustus
    # 2027"; a date moved: "schuift de datum op naar 2 augustus 2028"
    r"|(?<!\bhad\s)(?<!\bhadden\s)\btot\s+" + DAY_MONTH_YEAR
    + r"\s+de\s+tijd\b"
    r"|\bde\s+tijd\s*:?\s+tot\s+" + DAY_MONTH_YEAR + r"\b"
    r"|\b(?:schuift|schuiven|verschuift)\s+(?:\w+\s+){0,4}?op\s+naar\s+" + DAY_MONTH_YEAR
    + r"\b"
    # a directive's term to transpose it: "De omzettingstermijn van Richtlijn 2014/41/EU
    # verstrijkt op 22 mei 2017"
    r"|\b(?:omzettings|implementatie)termijn\b[^.;:]{0,120}?\b(?:verstrijkt|verloopt|eindigt"
    r"|loopt\s+af)\s+op\s+" + DAY_MONTH_YEAR + r"\b"
    # law that stops applying: "houden de Verdragen op 29 maart 2019 op van toepassing te zijn"
    r"|\bop\s+" + DAY_MONTH_YEAR + r"\s+op\s+van\s+toepassing\b", _I)


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def effect_date(text: str) -> bool:
    """Does the text name a day a legal effect holds from ("vanaf 1 januari 2027", "treedt op 1
    juli 2026 in werking", "boekjaren die aanvangen op of na …")?"""
    if _A_YEAR.search(text) is None:
        return False  # (every form names a year: most sentences stop here)
    if _EFFECT_DATE.search(text):
        return True
    lowered = text.lower()
    return ("boekjar" in lowered or "overgangs" in lowered or "de tijd" in lowered
            or "schuift" in lowered or "schuiven" in lowered or "zettingstermijn" in lowered
            or "tatietermijn" in lowered or "op van toepassing" in lowered) \
        and _RARE_EFFECT_DATE.search(text) is not None

# Not a legal effect to watch: one that would have been ("… per 1 januari 2016 in werking zouden
# treden, niet meer hoeven …"), or a plan ("heeft het kabinet besloten om per 1 januari 2013 …
# af te schaffen", "treedt naar verwachting op 1 januari 2027 in werking": the law that does it
# is still to come).
_NO_EFFECT = re.compile(r"\b(?:zou|zouden|besloten|voornemens|van\s+plan|streeft|streven|gestreefd"
                        # what should have been: "dat vóór 15 juli 1978 de aanpassingen aan de
                        # richtlijn hadden moeten plaatsvinden"
                        r"|had(?:den)?\s+(?:[\w-]+\s+){0,8}?moeten"
                        r"|uitgegaan"  # "Daarbij wordt ervan uitgegaan dat de wet … in werking …"
                        r"|voorstel\w*|overweegt|overwegen|naar\s+verwachting|beoogde?|beoogt"
                        r"|beogen"
                        # an office set to work, not a law: "het in werking brengen van de
                        # basisteams per 1 januari 2015"
                        r"|in\s+werking\s+(?:te\s+)?(?:brengen|gebracht)"
                        # "Of het stelsel per 1 januari 2022 kan ingaan, is mede afhankelijk …"
                        r"|afhankelijk|volgens\s+de\s+planning|voorzien"
                        # asked about: "… hebben gevraagd of het proportioneel is dat de
                        # centrale per 1 januari 2020 moet sluiten"
                        r"|(?:gevraagd|vraagt|vragen|vroeg|vroegen)\s+of)\b|^Of\s"
                        # if: "Mocht de behandeling meer tijd vergen, dan schuift … op naar …"
                        r"|^(?:Mocht|Indien|Als(?!\s+gevolg\b))\s"
                        # a motion asks for it: "De motie verzoekt de regering, per 1 januari …"
                        r"|\bverzoek(?:t|en)\s+de\s+regering\b", _I)
# Done: "Per 1 januari 2011 zijn vijf herindelingen in werking getreden" (but "is op 11 juni 2024
# in werking getreden en is vanaf 12 juni 2026 van toepassing" has an effect still to come), in
# a clause of its own, "de wet, die per 1 januari 2025 in werking is getreden", or told in the
# past: "Per 1 januari 2023 trad de wet in werking", "werd per 1 juli 2023 van kracht".
_TOOK_EFFECT = re.compile(r"\b(?:is|zijn|was|waren)\s+(?:[\w,]+\s+){0,6}?(?:in\s+werking\s+"
                          r"getreden|ingegaan|ingevoerd|van\s+kracht\s+geworden)\b"
                          r"|\b(?:in\s+werking|van\s+kracht)\s+(?:is|zijn|was|waren)\s+"
                          r"(?:getreden|geworden)\b"
                          r"|\b(?:in\s+werking\s+getreden|ingegaan|ingevoerd|van\s+kracht\s+"
                          r"geworden)\s+(?:is|zijn|was|waren)\b"
                          r"|\b(?:trad|traden|werd|werden)\s+(?:[\w,]+\s+){0,8}?(?:in\s+werking"
                          r"|van\s+kracht|ingevoerd)\b", _I)


# A treaty laid before parliament for tacit approval: "De wens dat deze overeenkomst aan de
# uitdrukkelijke goedkeuring van de Staten-Generaal wordt onderworpen, kan door of namens een
# der Kamers … te kennen worden gegeven uiterlijk op 5 januari 1963" (since 1994: "binnen dertig
# dagen na de datum van verzending van dit stuk"): unless the Kamer asks by then, the treaty is
# approved (the labellers of fifteen such letters of 1957-1994 read it a milestone).
_TACIT_APPROVAL = re.compile(
    r"\bwens\b[^.;]{0,400}?\bte\s+kennen\s+(?:worden|wordt)\s+ge-?\s?geven\s+"
    r"(?:uiterlijk\s+op\s+" + DAY_MONTH_YEAR + r"\b"
    r"|binnen\s+(?:dertig|30)\s+dagen\b)", _I)


# A figure on a day that no rule sets: a count, a cost, a sum worked out or estimated ("Per 1
# januari 2026 bedraagt het aantal fte 450", "De totale verhoging per 1 april 1977 bedraagt
# derhalve …"), not a value the law gives ("Vanaf 1 januari 2018 bedraagt de AOW-leeftijd 66 jaar").
_NOT_SET = re.compile(r"\b(?:aantal|kosten|uitgaven|opbrengsten?|totale|totaal|derhalve|naar\s+"
                      r"schatting|geraamd\w*|raming|circa|ongeveer)\b", _I)


def _only_a_figure(sentence: str) -> bool:
    effects = [m.group().lower() for m in _LEGAL_EFFECT.finditer(sentence)]
    return all(e in ("bedraagt", "bedragen") for e in effects) \
        and _NOT_SET.search(sentence) is not None


def took_effect_at(text: str, start: int, end: int) -> bool:
    """Is the day at ``text[start:end]`` one an effect took, in the past ("is op 11 juni 2024 in
    werking getreden", "die per 1 januari 2024 werd ingevoerd")?"""
    for m in _TOOK_EFFECT.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if m.start() <= start < m.end() or (
                end <= m.start() <= end + 30 and "," not in text[end:m.start()]
                and ";" not in text[end:m.start()]):
            return True
    return False


def _milestone(sentence: str) -> Finding | None:
    if "kennen" in sentence and _TACIT_APPROVAL.search(sentence):
        return Finding("milestone", "milestone.tacit-approval", 0.8, None, None)
    if not effect_date(sentence) or not _LEGAL_EFFECT.search(sentence):
        return None
    if _NO_EFFECT.search(sentence) or ("edra" in sentence and _only_a_figure(sentence)):
        return None
    took = _TOOK_EFFECT.search(sentence)
    if took and not _EFFECT_DATE.search(sentence, took.end()):
        return None
    return Finding("milestone", "milestone.dated-effect", 0.75, None, None)


# The same matches, found faster: a look-ahead on their first letters (``tracker.patterns``).
_LEGAL_EFFECT, _NO_EFFECT, _EFFECT_DATE, _TOOK_EFFECT = map(
    with_lookahead, (_LEGAL_EFFECT, _NO_EFFECT, _EFFECT_DATE, _TOOK_EFFECT))
