"""Commitments: the government says it will do something.

``_commitment`` tries every frame that a sentence's words allow and keeps the most confident
finding: an explicit "zegt toe", "zal …", a passive towards parliament, "gaat …", a deliverable
that "volgt" or "komt", a letter being worked on, "komt hierop terug", a present-tense action
with a deadline, an intention or aim, parliament that "ontvangt" something, a nominal action
with a date, a promise retold ("is toegezegd"), "stuur ik nog …". Each frame's helper and the
checks that turn it down (someone else acts, negated, done in this letter, told before) follow
it below.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from ...deadlines import Deadline, in_relative_clause
from ...patterns import guarded, with_lookahead
from ..actors import (
    _WORD_RE,
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
from .vocabulary import (
    _ACTION_PARTICIPLES,
    _DELIVERABLE,
    _DELIVERABLE_RE,
    _DELIVERABLE_STEMS,
    _I,
    _NOT_NEGATION,
    _NOUN_LIKE_AS_VERB,
    _NOUN_LIKE_VERBS,
    _PAST_AUX,
    _PAST_AUXILIARIES,
    _PRESENT_VERBS,
    _QUESTION_START,
    _TELL_VERBS,
    CAUSED_ACTIONS,
    Finding,
    _negated,
    is_question,
    words_of,
)

# Parliament as what comes or goes to it is sent to: "naar de Kamer", "naar uw Kamer", "naar u"
_KAMER_OR_U = r"(?:(?:de|uw)\s+Kamer|u)"
# Participles of sending or telling parliament something.
_TO_PARLIAMENT = (
    r"(?:geïnformeerd|ingelicht|(?:toe|ver|na|op|door)?gezonden|verzonden"
    r"|(?:toe|na|op|ver|door)?gestuurd"
    r"|verstuurd|aangeboden|voorgelegd|overgelegd|gerapporteerd|toegestuurd|toegezonden|meegedeeld"
    # an old letter's: "De uitkomsten zullen de Kamer worden medegedeeld", "De Kamer zal … van
    # de resultaten in kennis worden gesteld"
    r"|medegedeeld|in\s+kennis\s+(?:worden\s+)?gesteld"
    # "Het rapport wordt voor de zomer ter kennis van uw Kamer gebracht", "… ter beschikking van
    # de Kamer gesteld", "… aan uw Kamer ter hand gesteld"
    # (the participle alone: parliament is named before it)
    # (or before its auxiliary: "… zal, zodra het gereed is, ter kennis van de Kamer worden
    # gebracht")
    # ("de" and "uw" are as long: one look-behind each)
    r"|(?:(?<=\skennis\svan\s(?:de|uw)\sKamer\s)|(?<=\skennis\svan\s(?:de|uw)\sKamer\sworden\s))"
    r"gebracht"
    r"|(?:(?<=\sbeschikking\svan\s(?:de|uw)\sKamer\s)"
    r"|(?<=\sbeschikking\svan\s(?:de|uw)\sKamer\sworden\s))gesteld"
    r"|ter\s+hand\s+(?:worden\s+)?gesteld"
    r"|op\s+de\s+hoogte\s+(?:gebracht|gesteld|gehouden)|gedeeld|ingediend|verstrekt|overhandigd"
    r"|voorgehangen|gepresenteerd"
    # (a copy left with the Kamer's clerk: "zal bij de griffie van de Kamer worden gedeponeerd",
    # "worden vertrouwelijk ter inzage gelegd bij de griffie van uw Kamer")
    r"|gedeponeerd|ter\s+inzage\s+(?:worden\s+)?gelegd"
    r"|(?:aan)?geleverd|toegelicht|gemeld|bericht)"
)
_ROUTINE = re.compile(r"\b(?:met\s+(?:grote\s+)?regelmaat|regelmatig|steeds|altijd|telkens)\b", _I)
# Participles that describe a routine as often as a promise: a promise only with "zal".
_WEAK_TO_PARLIAMENT = re.compile(r"(?:aan)?geleverd|toegelicht|gemeld|bericht", _I)
# Sent after the letter: "De ontbrekende bijlage wordt zo spoedig mogelijk nagezonden".
# A decree is "voorgehangen" at parliament, whether or not the sentence names it.
# (unless with a time of its own: "… wordt uw Kamer in het eerste kwartaal van 2014 gemeld")
_DATED = re.compile(r"\b(?:kwartaal|(?:19|20)\d\d|voorjaar|zomer|najaar|\w*reces)\b", _I)
_SENT_AFTER = re.compile(r"\b(?:nagezonden|nagestuurd|voorgehangen)\b", _I)
# What parliament asked for goes to parliament, unnamed: "De gevraagde gegevens zullen zo
# spoedig mogelijk worden verstrekt", "De door de leden verzochte cijfers worden in het najaar
# toegezonden"
_ASKED_FOR = re.compile(r"\s*(?:De|Het)\s+(?:door\s+(?:u|(?:de|uw)\s+Kamer"
                        r"|de\s+(?:commissie|leden))\s+)?(?:gevraagde|verzochte)\s+"
                        r"(?:[\w-]+\s+)?(?:gegevens|informatie|cijfers|overzicht|stukken"
                        r"|documenten|antwoorden|toelichting|notitie|nota|rapport|lijst|opgave"
                        r"|specificatie|berekening|berekeningen|analyse|tabel|bescheiden|reactie"
                        r"|brief)\b", _I)
_TO_OTHERS = re.compile(r"\s+aan\s+(?!(?:de|uw)\s+Kamer\b|u\b)", _I)

# Infinitives that say nothing is promised: states, modals, being affected.
_STATE_VERBS = re.compile(
    r"\b(?:zijn|worden|hebben|kunnen|moeten|mogen|willen|gelden|voldoen|leiden|betekenen"
    r"|vallen|liggen|staan|blijken|lijken|bestaan|krijgen|raken|verschillen|gaan\s+gelden"
    r"|blijven)\b",
    _I)
# What something takes, not a deed: "Het overleg met mijn ambtgenoot zal nog enige weken vergen"
# (read in the clause itself: not "… informeren over wat het zal kosten").
_TAKES_TIME = re.compile(r"\b(?:vergen|duren|in\s+beslag\s+nemen)\b", _I)
# Judging what others propose, within a procedure: a stance, not a deliverable.
_JUDGING = re.compile(r"\b(?:toetsen|toestaan|beoordelen|afwegen|goedkeuren|instemmen)\b", _I)
# Carrying on, watching: no new promise ("zal de ontwikkelingen nauwlettend blijven volgen").
_CONTINUING = re.compile(r"\bblijven\s+\w+|\b(?:nauwlettend|nauwgezet)\b"
                         # "maar ik zal erom denken": minding it, nothing to check later
                         r"|\b(?:erom|eraan|daarom|daaraan)\s+denken\b"
                         r"|\bin\s+de\s+gaten\b|\bproberen\b|\bvinger\s+aan\s+de\s+pols\b", _I)
_MODALS = re.compile(r"\b(?:kan|kunnen|kon|konden|zou|zouden|mag|mogen|moet|moeten|dient|dienen)\b",
                     _I)

# The document does it itself: not a promise for later.
_SELF_FULFILLING = re.compile(
    # ("Hiermee informeer ik u", not "hoe de provincies hiermee omgaan")
    r"\b(?:hierbij|(?<!verband\s)(?<!samenhang\s)(?<!gelet\s)hierme(?:d)?e(?=\s+(?:\w+\s+)?(?:ik|wij|we"
    r"|het\s+kabinet|is|wordt|worden|zijn|geef|kom|informeer|voldoe|beantwoord|reageer|bied|stuur"
    r"|zend)\b)|bij\s+deze(?:n)?|hieronder|hierna"
    # "In deze voortgangsbrief informeer ik …", "Met deze eerste verzamelbrief …"
    r"|(?:in|met)\s+deze\s+(?:\w+\s+)?[\w-]*(?:brief|nota|memorie|rapportage)\b"
    # "Voor het commissiedebat van 8 februari stuur ik u deze verzamelbrief": this letter
    r"|\b(?:stuur|zend|bied)\s+(?:ik|wij|we)\s+(?:u\s+|uw\s+Kamer\s+)?(?:\w+\s+)?deze\s+"
    r"(?:[\w-]+\s+)?[\w-]*brief\b"
    # "Wij willen deze brief, mede namens …, benutten om u te informeren over de voortgang"
    r"|deze\s+(?:[\w-]+\s+)?[\w-]*(?:brief|gelegenheid)\b[^.;]{0,60}?\b(?:benutten|gebruiken"
    r"|aangrijpen)\s+om\b"
    r"|in\s+de(?:ze)?\s+bijlage(?:\s+bij\s+deze\s+brief)?|onderstaande?|ter\s+kennisneming"
    # "In tabel 1 staan de wetsvoorstellen die … bij uw Kamer worden ingediend"
    r"|in\s+(?:tabel|figuur|bijlage|overzicht)\s+\d{1,2}\b"
    # (not "Als bijlage bij de eerstvolgende voortgangsbrief ontvangt u …": a later letter's)
    r"|ter\s+informatie|bijgaand|bijgevoegd|treft\s+u"
    # (nor "als bijlage bij een brief waarin ik …": one still to be written)
    # (nor "… zal ik als bijlage bij de voortgangsrapportage voegen": another document's)
    r"|als\s+bijlage(?!\s+(?:\d+\s+)?bij\s+(?!deze\b|dit\b))"
    # (not "voor het volgende commissiedebat", "in het volgende voortgangsrapport": later ones)
    r"|het\s+volgende(?!\s+(?:[\w-]+\s+)?[\w-]*(?:debat|overleg|brief|rapport|rapportage|verslag|nota|jaar"
    r"|kwartaal|reces|bericht|begroting|overzicht)\b)"
    r"|(?:vandaag|thans|nu)\s+(?:ontvangt|stuur|zend|bied)"
    r"|(?:wordt|worden)\s+(?:u|uw\s+Kamer|de\s+Kamer)\s+(?:nu|thans|vandaag)"
    r"|(?:ontvangt|krijgt)\s+u\s+(?:deze|dit)\s+(?:brief|bericht|overzicht)|(?:door\s+middel\s+van|via)\s+deze"
    r"\s+brief"
    # "De evaluatie wordt gelijktijdig met deze begroting aan de Kamer aangeboden"
    r"|(?:gelijktijdig|tegelijk|tegelijkertijd)\s+met\s+(?:deze|dit)\s+(?:[\w-]+\s+)?[\w-]*(?:brief"
    r"|nota|begroting|memorie|rapportage|jaarverslag|overzicht|verslag)"
    # "Tegelijk daarmee worden de suppletoire begrotingen … ingediend" (with this Najaarsnota),
    # "het Belastingplan, dat vandaag bij uw Kamer wordt ingediend" (Prinsjesdag's own papers)
    r"|(?:gelijktijdig|tegelijk|tegelijkertijd)\s+(?:daarmee|hiermee)"
    r"|vandaag\s+(?:[\w-]+\s+){0,4}?(?:wordt|worden))\b", _I)

_CLAUSE_END = re.compile(r"[,;:]")
_NEXT_CLAUSE = re.compile(r"[;:]")
_SUBORDINATORS = frozenset(("wanneer", "zodra", "nadat", "als", "indien"))
# the main clause after a condition starts with its verb, the subject after it: "stuur ik"
_INVERTED = re.compile(r"\s+(?:ik|wij|we|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\b",
                       _I)
_AUX = re.compile(r"\b(?:" + _PAST_AUXILIARIES + r"|wordt|worden|zal|zullen)\b", _I)

# "zegt toe", "zeg ik u toe", and across an insertion between commas: "zegt de Kamer, naar
# aanleiding van vragen van de leden Schouwenaar (VVD), Koole (PvdA) …, toe".
_EXPLICIT = re.compile(
    r"\b(?:zeg|zegt|zeggen|zei|zeiden|zegde|zegden|zeide)\b"
    r"(?:(?:\s+[^\s.?!;]+){0,12}?|(?:[^.?!;]|\.(?!\s+[A-Z])){0,400}?,)\s+toe\b"
    r"|\btoe\s*te\s+zeggen\b|\btoezeggen\b|\b(?:beloof|belooft|beloven|beloofde)\b"
    # "Wat ik wel toezeg, is dat …": the verb last in the pseudo-cleft's clause
    r"|(?<=\bwat\s)(?:ik|we|wij)\s+(?:\w+\s+){0,3}?(?P<cleft>toezeg|toezeggen)\b(?=\s*,?\s+is\b)",
    _I)
# The promise named and said: "De toezegging is dat de Kamer voor de zomer een brief krijgt",
# "Dus mijn toezegging is dat ik dit onder de aandacht breng" (not "was": one made before).
_PROMISE_IS = re.compile(r"\s*(?:(?:dus|en|maar|dan|nou)\s+)?(?:de|mijn|onze)\s+toezegging\s+"
                         r"(?:\w+\s+){0,2}?is\s+(?:\w+\s+){0,2}?dat\b", _I)
# "Wat ik de heer Omtzigt wel kan toezeggen, is dat …": the speaker promises, whoever is named.
_NOTHING_AFTER = re.compile(r"\s+(?:niets|niet|geen)\b", _I)  # "… want ik beloof niets wat …"
_WHAT_I_PROMISE = re.compile(r"\bwat\s+(ik|we|wij)\b[^,.;:?!]{0,80}$", _I)
_TOEGEZEGD = re.compile(r"\btoegezegd\b", _I)
_FUTURE = re.compile(r"\b(?:zal|zullen|zult)\b", _I)
_WORD = re.compile(r"\w+")


def _word_end(sentence: str, at: int) -> int:
    """Where the verb at ``at`` ends: "zegt", "zegde", "komen" (subjects stand after it)."""
    word = _WORD.match(sentence, at)
    return word.end() if word else at


_PROMISED_BEFORE = frozenset(("zei", "zeiden", "zegde", "zegden", "zeide", "beloofde",
                              "beloofden"))
# (not "zou gaan": "een woordvoerder die tijdelijk voor haar zou gaan werken" is retold)
_GAAN = re.compile(r"(?<!\bzou\s)(?<!\bzouden\s)\b(?:ga|gaat|gaan)\b", _I)
_GAAN_NOT = re.compile(
    # (not past a verb of telling, whose "over" it is: "Daarna ga ik u informeren over …")
    r"^\s+(?:(?!(?:informeren|berichten|rapporteren|inlichten|vertellen|schrijven)\b)\w+\s+)"
    # (nor a time, "ga ik u over enkele weken … doen toekomen", nor company, "ga ik samen met de
    # provincies … uitwerken")
    r"{0,3}?(?:over(?!\s+(?:\w+\s+)?(?:dagen|weken|week|maanden|maand|jaar)\b)|om|uit\s+van"
    r"|(?:er|daar|hier)?\s*van\s*uit|in\s+op|samen(?!\s+met\b)|gepaard"
    r"|mee|door|verder\s+dan|naar|kant\s+op)\b"
    r"|^\s+(?:\w+\s+){0,2}?gelden\b|^\s+(?:\w+\s+){0,3}?(?:akkoord|accoord)\b"
    # a way of speaking: "Ik ga eerlijk zijn: …"
    r"|^\s+(?:\w+\s+)?(?:eerlijk|duidelijk|open|kort)\s+zijn\b", _I)
# A middle field that holds "over" or "om" and ends in a verb of telling or asking whose they are.
_TO_DO_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,10}?(?:over|om)\s+(?:[\w-]+\s+){1,8}?"
                         r"(?:informeren|berichten|rapporteren|inlichten)"
                         # (a time after it: "… berichten voor 11 mei")
                         r"(?:\s+(?:voor|vóór|na|uiterlijk|in|binnen|rond|begin|eind|medio)\s+"
                         r"[^,;:]{1,40}?)?[.!]?\s*", _I)
_GOES_INTO = re.compile(r"\s+(?:[\w/]+\s+){0,5}?(?:in\s+op|ingaan)\b"
                        # "Op de motie ga ik in het antwoord op vraag 5 nader in."
                        r"|\s+(?:[\w/]+\s+){0,8}?(?:nader|verder|dieper|uitgebreid(?:er)?)\s+(?:op\s+)?"
                        r"in\b"
                        r"(?!\s+(?:het|de|een)\b)", _I)
_AND_BEFORE = re.compile(r"\ben\s+$", _I)
_WE_SAID = re.compile(r"\b(?:we|wij)\b", _I)  # (a "we" anywhere before)
_PLURAL_SUBJECT_BEFORE = re.compile(r"\b(?:we|wij|ze|zij|en\s+ik|ministers|bewindspersonen"
                                    r"|bewindslieden|staatssecretarissen|ministeries)\s+$", _I)
def _present_verbs(sentence: str) -> Iterator[re.Match[str]]:
    """The words of ``_PRESENT_VERBS`` in the sentence, in order: a set look-up per word, four
    times faster than an alternation of the two hundred words (same matches)."""
    return (m for m in _WORD_RE.finditer(sentence) if m.group().lower() in _PRESENT_VERBS)


_PASSIVE_PRESENT = re.compile(r"\b(?:wordt|worden)\b", _I)
# (not "volgt" with an object: "De brief volgt de volgende opbouw", "… volgt het advies")
# (nor "De besluiten volgen elkaar snel op": one after another)
_FOLLOWS = re.compile(r"(?<!\bals\s)(?<!\bte\s)\b(?:volgt|volgen|verschijnt|verschijnen)\b"
                     r"(?!\s+(?:uit|dat|op)\b)(?![^.;]{0,40}\belkaar\b[^.;]{0,20}?\bop\b)"
                     r"(?!\s+(?:de|het|een|dezelfde|deze)\s+(?:\w+\s+)?"
                     r"(?:opbouw|structuur|indeling|lijn|systematiek|werkwijze|aanpak|route"
                     r"|procedure|advies|aanbeveling|volgorde)\w*)", _I)

_ANNOUNCED_LETTER = re.compile(
    r"\b(?:werkt|werken|werk|gewerkt)\b[^.;?!]{0,80}?\baan\s+(?:een|de)\s+(?:\w+\s+){0,2}?"
    r"(?:kamerbrief|brief|nota|wetsvoorstel|beleidsreactie|kabinetsreactie|kabinetsvisie"
    r"|(?:voortgangs)?rapportage|beleidsbrief|visie)\b", _I)
_COME_BACK = re.compile(r"\b(?:kom|komt|komen)\b(?:\s+[^\s.?!;]+){0,10}?\s+(?:op\s+)?terug\b"
                        r"|\b(?:op|daarop|hierop|erop)\s+terugkom(?:t|en)?\b", _I)
# Reporting back to parliament: "… en koppel de uitkomst terug aan de Kamer".
_IN_THIS_LETTER = re.compile(r"\bin\s+(?:de\s+volgende\s+)?paragraaf\b|\bverderop\b"
                             r"|\bhieronder\b|\b(?:in|van)\s+deze\s+brief\b", _I)
_REPORTS_BACK = re.compile(r"\b(?:koppel|koppelt|koppelen)\b(?:\s+[^\s.;:?!]+){0,6}?\s+terug\s+"
                           r"(?:aan|naar)\s+(?:de|uw)\s+Kamer\b", _I)
_INTENTION = re.compile(
    r"\b(?:ben|is|zijn)\s+(?:\w+\s+)?voornemens\b|\bvoornemens\s+(?:ben|is|zijn)\b"
    r"|\b(?:ben|is|zijn)\s+(?:(?:ik|wij|we)\s+)?(?:\w+\s+)?van\s+plan\b|\bvan\s+plan\b"
    r"|\bhet\s+voornemen\b"
    # resolved to: "Ik heb mij voorgenomen de Kamer in het najaar in te lichten", "Het kabinet
    # heeft zich voorgenomen …" (not "had": a plan that was; nor "voorgenomen dat …", a stance)
    r"|\b(?:heb|heeft|hebben)\s+(?:(?:ik|wij|we|het\s+kabinet)\s+)?(?:mij|me|ons|zich)\s+"
    r"(?:\w+\s+){0,2}?voorgenomen\b(?=\s+(?:om\s+)?(?:[\w-]+\s+){0,12}?te\s+\w)"
    r"|\b(?:heb|hebben)\s+(?:(?:ik|wij|we)\s+)?(?:\w+\s+)?(?:de\s+(?:intentie|bedoeling)"
    r"|het\s+voornemen)\b"
    # "Ik beoog uw Kamer begin 2027 een wetsvoorstel voor te leggen" (not a policy's aim:
    # "Het kabinet beoogt met deze maatregel de uitstoot te verminderen")
    r"|\b(?:beoog|beoogt|beogen)\b(?=[^.;?!]{0,160}?(?:\b(?:uw|de)\s+Kamer\b|\bwetsvoorstel"
    r"|\bbrief\b))"
    r"|\bstre(?:ef|eft|ven)\s+er\s*naar\b|\bstre(?:ef|eft)\s+naar\b"
    # (its subject after it: "Zoals gesteld, streeft het kabinet ernaar om …")
    r"|\bstre(?:ef|eft|ven)\s+(?:ik|wij|we|het\s+kabinet|de\s+regering|de\s+minister"
    r"|de\s+staatssecretaris)\s+(?:\w+\s+){0,2}?er\s*(?:(?:ook|nog|wel|dan|daarom)\s+)?naar\b"
    r"|\ber\s*naar\s+stre(?:ef|eft|ven)\b"
    r"|\b(?:kies|kiest|kiezen)\s+(?:\w+\s+){0,2}?er\s*(?:\w+\s+){0,2}?voor\b"
    r"|\b(?:wil|willen|zal|zullen|ga|gaan)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,2}?(?:benutten|gebruiken)\s+"
    r"(?:om|voor)\b", _I)  # "De komende maanden wil ik benutten om de Code te implementeren"
# Wanting to deliver by a date: "Ik wil uw Kamer in het najaar een voorstel doen", "Het kabinet wil
# voor de zomer een besluit nemen over de financiering" (not "zou willen", nor a wish to stress).
_WANTS = re.compile(r"\b(?:wil|willen)\b", _I)
_WANTS_NOT = re.compile(r"\b(?:graag|benadrukken|onderstrepen|opmerken|wijzen|zeggen|bedanken"
                        r"|danken|voorkomen|vermijden)\b", _I)
# A deed by a date, wanted: "De ketenaansprakelijkheid wil ik per 1 juli 2015 in werking laten
# treden", "Uiterlijk per 1 mei wil ik de kwartiermaker nationale politie aanwijzen".
# Meetings to be held by a date: "We willen in mei en juni stakeholderbijeenkomsten gaan houden".
_WANTED_DEED = re.compile(r"\b(?:in\s+werking\s+(?:laten|doen)\s+treden|aanwijzen|invoeren"
                          r"|indienen|publiceren|vaststellen|openstellen"
                          r"|\w*(?:bijeenkomst(?:en)?|sessies?|conferenties?|hoorzitting(?:en)?"
                          r"|rondetafelgesprek(?:ken)?)\s+(?:gaan\s+)?(?:houden|organiseren"
                          r"|beleggen))"
                          r"(?:\s*[.!]?\s*$|\s+en\s)", _I)
_ZOU = re.compile(r"\b(?:zou|zouden)\s+(?:\w+\s+)?$", _I)
_WANTED_THING = re.compile(r"\b(?:een|de|het)\s+(?:[\w-]+\s+)?" + _DELIVERABLE + r"\b", _I)
_BECAUSE = re.compile(r"\b(?:omdat|doordat|aangezien|zodat)\b[^,;]*$", _I)
# Willing to tell parliament: "Ik ben bereid de Kamer jaarlijks te informeren", "Ik wil uw Kamer
# voor de zomer informeren" (not "zou willen", nor "wil graag benadrukken").
# "Dat zou alleen zinvol zijn als ik van plan was om …": a condition, not an intention.
_PRESCRIBED = re.compile(r"\b(?:schrijft|schrijven)\s+(?:\w+\s+)?voor\s+dat\b|\bbepaalt\s+dat\b",
                         _I)
# A standing practice, said in the present tense (parliament gets it every time)
_PRACTICE = re.compile(r"\b(?:iedere|elke)\s+(?!keer\b)[\w-]+|\b(?:tweemaal|twee\s+keer|driemaal"
                       r"|drie\s+keer)\s+per\s+jaar\b|\bbij\s+de\s+voor-\s+en\s+najaarsnota\b", _I)
_EVERY_YEAR = re.compile(r"\b(?:ieder|elk)\s+(?:jaar|halfjaar|kwartaal)\b", _I)
_NEW_PRACTICE = re.compile(r"\b(?:voortaan|vanaf|met\s+ingang\s+van|vanaf\s+nu|zal|zullen|eerste"
                           r"|eerstvolgende|volgende|toegezegd|in\s+plaats\s+van|tot\s+nu\s+toe)\b",
                           _I)
_ASKED_WHEN = re.compile(r"\b(?:wanneer|of|hoe)\s+(?:uw|de)\s+Kamer\s+"
                         r"(?:\w+\s+)?$", _I)
_MUST = re.compile(r"\b(?:moet|moeten|dient|dienen)\b", _I)
# (or bounded from below, not by a time: "een besluit kan op zijn vroegst bij de Voorjaarsnota
# worden genomen")
_HEDGED = re.compile(r"\bzou(?:den)?\b|\b(?:zo|indien|waar)\s+nodig\b"
                     r"|\bop\s+z(?:ijn|'n)\s+vroegst\b|\bniet\s+eerder\s+dan\b", _I)
_HYPOTHETICAL = re.compile(r"\b(?:als|indien|wanneer|mocht)\s+(?:\w+\s+){0,2}$", _I)
# An intention voiced before, retold: "In het commissiedebat van 26 januari heb ik het voornemen
# van het kabinet uitgesproken om …"
_INTENTION_VOICED = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:uitgesproken|aangekondigd|geuit"
                               r"|kenbaar\s+gemaakt|bekendgemaakt|uiteengezet)\b", _I)
_WILLING = re.compile(r"\b(?:ben|is|zijn)\s+(?:\w+\s+)?bereid\b|\bbereid\s+(?:ben|is|zijn)\b"
                      r"|\bbereid\s+om\b|(?<!\bzou\s)(?<!\bzouden\s)\b(?:wil|willen)\b"
                      # a verslag tells the minister's willing in the past (not a letter's own
                      # "Ik was bereid …, maar"): "De Minister was bereid …", "verklaarde zich
                      # bereid …", "De Staatssecretaris antwoordde bereid te zijn …"
                      r"|(?<!\bik\s)(?<!\bwe\s)(?<!\bwij\s)\b(?:was|waren)\s+(?!(?:ik|wij|we)\b)"
                      r"(?:\w+\s+)?bereid\b"
                      r"|\b(?:verklaar|verklaart|verklaarde|verklaren|verklaarden)\s+"
                      r"(?:\w+\s+){0,2}?bereid\b"
                      r"|\bbereid\s+te\s+zijn\b", _I)
_CONSIDERS = re.compile(r"\s+(?:ik\s+|wij\s+|we\s+)?(?:(?:best|graag|wel|dan)\s+)*(?:overwegen"
                        r"|bezien|nadenken)\b", _I)
# Willing to write parliament a letter, said in a debate: "Daar wil ik graag een brief over sturen"
# (not one to someone else: "… een brief sturen aan de burgemeesters").
_LETTER_SENT = re.compile(r"\b(?:een|de|die|deze)\s+(?:[\w-]+\s+)?brief\b(?:\s+[^\s.;:,]+){0,4}?"
                          r"\s+(?:sturen|schrijven|toesturen|versturen|zenden)\b"
                          r"(?!\s+(?:aan|naar)\s+(?!(?:de|uw)\s+Kamer\b))", _I)
# Proposing to tell parliament, as a minister says it in a debate: "Het lijkt mij goed om de Kamer
# daar na de zomer over te informeren", "ik denk dat het goed is als we daar schriftelijk op
# terugkomen", "Ik stel voor dat ik daar in de brief over de Voorjaarsnota op inga" (the speaker
# tells: "als we", "dat ik", "om … te"; not "Ik stel voor dat we dat bij het debat bespreken").
_PROPOSES = re.compile(
    r"\b(?:het\s+lijkt\s+(?:mij|me|ons)\s+(?:\w+\s+){0,2}?(?:goed|verstandig|zinvol|logisch|beter"
    r"|nuttig|passend)"
    r"|(?:denk|vind)\s+(?:ik\s+)?(?:\w+\s+){0,2}?dat\s+het\s+(?:\w+\s+){0,2}?(?:goed|verstandig"
    r"|zinvol|logisch|beter|nuttig)\s+is"
    r"|stel\s+(?:ik\s+)?(?:\w+\s+)?voor|mijn\s+voorstel\s+(?:is|zou\s+(?:\w+\s+)?zijn)"
    r"|(?:kan|kunnen)\s+(?:mij|me|ons)\s+(?:\w+\s+)?voorstellen)"
    r"\s*[,:]?\s*(?:(?:als|dat)\s+(?:ik|we|wij)\b|om\b)", _I)
_PROPOSED_TELLING = re.compile(
    r"\b(?:informeren|informeer|inlichten|berichten|bericht|(?:toe)?sturen|(?:toe)?stuur"
    r"|(?:toe)?zenden|(?:toe)?zend|rapporteren|rapporteer|terugkomen|terugkom"
    r"|kom\s+(?:\w+\s+){0,8}?terug|inga|ingaan|in\s+te\s+gaan|terug\s+te\s+komen|toekomen"
    r"|voorleggen|voorleg|delen|deel|toelichten|stilsta|stilstaan|meenemen|meeneem|betrekken"
    r"|betrek"
    r"|(?:in|met|per)\s+een\s+(?:\w+\s+)?brief)\b", _I)
# Parliament will hear from the speaker: "U hoort nog voor de zomer van mij", "dan hoort de Kamer
# van ons".
_HEARS_FROM = re.compile(r"\b(?:(?:u|de\s+Kamer|uw\s+Kamer)\s+hoort|hoort\s+(?:u|de\s+Kamer"
                         r"|uw\s+Kamer))\b(?:\s+[^\s.;:?!]+){0,8}?\s+van\s+(?:mij|ons)\b", _I)
# What the government is willing to do that parliament can check later.
_WILLING_ACTION = re.compile(r"\b(?:onderzoeken|bezien|bekijken|verkennen|nagaan|uitzoeken"
                             r"|evalueren|inventariseren|in\s+kaart\s+(?:te\s+)?brengen"
                             # split: "De ondergetekende is bereid na te gaan of …"
                             r"|na\s+te\s+gaan|uit\s+te\s+zoeken)\b"
                             # "ben ik bereid de effecten … mee te nemen in de evaluatie"
                             r"|\bmee\s+te\s+nemen\s+in\s+(?:de|het|mijn|onze)\s+(?:[\w-]+\s+)?"
                             + _DELIVERABLE + r"\b", _I)
# A deed one is willing to do, with what it is done to: "Ik ben bereid de risicoreserveringen per
# programma zichtbaar te maken", "… bereid het advies vertrouwelijk ter inzage te leggen" (not a
# talk, a look or a view: "bereid om daarover in gesprek te gaan", "bereid te kijken of …").
# What depends on a need: "bereid indien nodig … in te zetten", "… en zal zo nodig aanvullende
# maatregelen nemen" (a conditional intention).
_NEEDED = r"(?:\b(?:zo|indien|waar|als(?:\s+dat)?)\s+nodig\b|\bzonodig\b)"
_WILLING_DEED = re.compile(
    r"(?!.*" + _NEEDED + r")"
    # (a list's commas inside, "de eerste indicatieve, oriënterende accenten … te delen"; not a
    # condition: "bereid de commissie, als zij daaraan behoefte heeft, … te informeren")
    # (an aside after "om" set off by commas: "bereid om, met het oog op naleving van alle
    # normen, in het wetsvoorstel een boete van de derde categorie te stellen")
    r"\s*(?:om\s*,\s*(?=\S)(?!(?:als|indien|wanneer|mocht|mochten|zo|waar)\b)[^,.;]{1,80},\s*"
    r"|om\s+)?(?:(?!(?:als|indien|wanneer|mocht|mochten)\b)[\w-]+,?\s+)"
    r"{1,28}?"
    r"te\s+(?!(?:kijken|praten|spreken|overleggen|bespreken|zijn"
    r"|denken|nadenken|luisteren|erkennen|geven|gaan|blijven|doen|lichten|benadrukken|overwegen"
    r"|wisselen|voldoen|pakken)\b)[\w-]+\b", _I)
_IF_FIRST = re.compile(r"(?:\w+\s+){0,2}?(?:als|indien|mocht|mochten|wanneer|zodra)\b", _I)
_NOT_BEFORE = re.compile(r"\bniet\s+$", _I)
# Keeping parliament informed: "Ik houd uw Kamer op de hoogte", "stel ik uw Kamer op de hoogte".
_KEEP_INFORMED = re.compile(r"\b(?:houd|houdt|houden|stel|stelt|stellen)\b(?:\s+[^\s.;:,]+){0,6}?"
                            r"\s+op\s+de\s+hoogte\b", _I)
_IMPOSSIBLE = re.compile(r"\bniet\s+(?:(?:goed|meer|langer)\s+)?(?:mogelijk|haalbaar|in\s+staat)\b"
                         # (not a fallback: "Lukt dat niet, dan krijgt u de brief …")
                         r"|\blukt\s+(?:het\s+)?(?:\w+\s+)?niet\b(?!\s*,\s*dan\b)", _I)
_TURN = re.compile(r"[;:]|\b(?:maar|wel|echter|daarom|zodra|wanneer|na)\b", _I)
_BUT = re.compile(r"[;:]|\bmaar\b", _I)
_MISTAKEN = re.compile(r"\b(?:per\s+abuis|abusievelijk|ten\s+onrechte|misverstand|vergissing)\b",
                      _I)
_REPORTED_HINT = re.compile(r"bericht|meld|schre|informeerde|liet|lieten|gaf|gaven|deelde|kondigd"
                            r"|gedeeld|aangegeven|weten|gezegd")
_ASKED_HINT = re.compile(r"vraag|vragen|vroeg|weten|benieuwd|verzo")
# A past report of what was said before: "Eerder berichtte ik u dat …", "heb ik u gemeld dat …".
_SAID_THEN = re.compile(r",\s*(?:zei|zeiden|schreef|schreven|meldde|meldden|berichtte|berichtten)"
                        r"\s+(?:ik|we|wij)\b", _I)
_REPORTED_BEFORE = re.compile(
    r"\b(?:berichtte|berichtten|meldde|meldden|schreef|schreven|informeerde|informeerden"
    r"|liet|lieten|gaf|gaven|deelde|deelden|kondigde|kondigden)\b[^.;:]{0,80}?\bdat\b"
    r"|\b(?:heb|hebben|had|hadden|heeft)\b[^.;:]{0,60}?\b(?:bericht|gemeld|geschreven|laten"
    r"\s+weten|aangegeven|aangekondigd|mee\s*gedeeld|medegedeeld|geïnformeerd|gezegd)"
    r"(?:\s+over)?\s+(?:dat|hoe|wanneer|of)\b"
    # "In de visienota … is aangekondigd dat het kabinet met een beschouwing zal komen"
    r"|\b(?:is|was|werd|zijn|waren|werden)\s+(?:[\w-]+\s+){0,3}?(?:aangekondigd|gemeld|bericht"
    r"|medegedeeld|meegedeeld)\s+dat\b", _I)
_EXPECTED_DELIVERABLE = re.compile(
    r"(?:^\s*|[,;]\s*)(?:het|de|dit|deze|dat|die)\s+(?:[\w-]+\s+)?" + _DELIVERABLE
    + r"\s+(?:verwacht|verwachten)\s+(?:ik|wij|we)\b"
    # the deed as a noun: "Indiening bij de Tweede Kamer verwacht ik rond de zomer van 2013"
    r"|(?:^\s*|[,;]\s*)(?:de\s+)?(?:indiening|publicatie|verzending|toezending|oplevering"
    r"|afronding|besluitvorming|beantwoording)\b[^,;.]{0,80}?\s+(?:verwacht|verwachten)\s+"
    r"(?:ik|wij|we)\b"
    # "…; ik verwacht het rapport in het voorjaar" (not "Ik verwacht dat de evaluatie …")
    r"|\b(?:ik|wij|we)\s+(?:verwacht|verwachten)\s+(?:het|de|dit|deze|die)\s+(?:[\w-]+\s+)?"
    + _DELIVERABLE + r"\b", _I)
_EXPECT = re.compile(r"(?:\b(?:verwacht|verwachten)\b[^.;?!]{0,250}?\bte\s+(?:kunnen\s+)?"
                     # "Ik hoop u voor de zomer de resultaten te kunnen sturen"
                     # (or the minister named: "De ondergetekende hoopt thans binnenkort zijn
                     # nader rapport … te kunnen doen toekomen")
                     r"|\b(?:hoop|hoopt|hopen|denk|denken)\b[^.;?!]{0,200}?\bte\s+kunnen\s+"
                     # "Ik hoop u in december over het pakket te informeren", "Zodra dit het
                     # geval is, hoop ik u het antwoord toe te zenden"
                     # (or the thing first: "Ik hoop het rapport voor de zomer aan uw Kamer te
                     # sturen"; not what another is hoped to do: "Ik hoop dat de minister …")
                     # (the minister named: "De Minister hoopt de Kamer in het najaar te
                     # informeren")
                     r"|\b(?:hoop|hoopt|hopen)\s+(?:(?:ik|wij|we)\s+)?(?!dat\b)(?:[^.;?!]{0,200}?"
                     r"\b(?:aan|naar)\s+)?(?:u|(?:de|uw)\s+Kamer)\b[^.;?!]{0,200}?\bte\s+"
                     # "De ondergetekende hoopt hierop bij de begrotingsbehandeling terug te
                     # komen"
                     r"|\b(?:hoop|hoopt|hopen)\s+(?!dat\b)[^.;?!]{0,160}?\bterug\s+te\s+)"
                     r"(?:\w+\s+){0,2}?\w*(?:sturen|zenden|informeren|bieden|komen|publiceren"
                     r"|presenteren|berichten|rapporteren|leggen|delen|versturen|leveren|dienen"
                     r"|ronden|stellen|brengen|beantwoorden|toesturen|voorleggen|doen|lichten"
                     # "Ik hoop u voor de zomer meer te kunnen vertellen"
                     r"|melden|vertellen|mededelen|meedelen"
                     # "… haar standpunt aan de Kamer kenbaar te maken"
                     r"|(?<=\bkenbaar\ste\s)maken)\b"
                     # "Wij verwachten de Kamer voor september het volledige beeld te kunnen geven"
                     r"|\b(?:verwacht|verwachten|hoop|hoopt|hopen)\s+(?:u|(?:de|uw)\s+Kamer)\b"
                     r"[^.;?!]{0,200}?\bte\s+(?:kunnen\s+)?geven\b", _I)
# "De verwachting is nu, dat ik u over enige maanden het standpunt kan toezenden"
# (or "Ik verwacht dat ik de Kamer vóór 1 februari kan laten weten of die regeling er komt")
_EXPECTATION_THAT = re.compile(
    r"\b(?:verwachting\s+is|verwacht|verwachten)\b[^.;?!]{0,20}?\bdat\s+(?:ik|wij|we)\s+"
    r"[^.;?!]{0,200}?\b(?:kan|kunnen|zal|zullen)\s+(?:" + _TELL_VERBS.pattern
    + r"|laten\s+weten\b)"
    # "Daarom verwacht ik dat de uitvoeringsagenda niet eerder dan medio 2025 naar de Kamer
    # gestuurd kan worden"
    r"|\b(?:verwacht|verwachten)\s+(?:ik|wij|we)\s+dat\s+(?:de|het)\s+[\w-]+\b[^.;?!]{0,120}?"
    r"\b(?:naar|aan)\s+" + _KAMER_OR_U + r"\s+(?:gestuurd|gezonden|verstuurd|aangeboden)\s+"
    r"(?:kan|zal)\s+worden\b", _I)
# Trying to tell parliament: "Ik probeer u voor het kerstreces een brief te sturen", "We gaan
# proberen die vraag mee te nemen richting de Beschouwingen", "Ik zal proberen de Kamer voor de
# zomer te informeren" (not trying to get something done:
# "dat we proberen om die middelen sneller tot een toelating te brengen").
_TRIES = re.compile(r"\b(?:(?:ga|gaat|gaan|zal|zullen)\s+(?:(?:ik|we|wij)\s+)?)?"
                    # (steering is not sending: "proberen wij dit in de goede richting te
                    # sturen", "bij te sturen", "aan te sturen")
                    r"(?:probeer|probeert|proberen)\b[^.;?!]{0,200}?"
                    r"(?<!\brichting\s)(?<!\bbij\s)(?<!\baan\s)\bte\s+"
                    r"(?:\w*(?:sturen|zenden|informeren|berichten|rapporteren"
                    r"|delen)|(?<=mee te )nemen)\b", _I)
_PARTICIPLE = re.compile(r"\b(?:ge\w+(?:d|t|en)|\w+ge\w+(?:d|t|en)|ingediend|opgesteld"
                         r"|uitgebracht|afgerond|verstuurd|aangeboden|voorgelegd|ondertekend"
                         r"|verzonden|besproken|beantwoord|onderzocht|herzien)\b", _I)
_RECEIVE = re.compile(r"\b(?:ontvangt|ontvangen|ontvang(?=\s+u\b)|krijgt|tegemoet\s*(?:\w+\s+)?zien"
                      # "Uw Kamer kan de evaluatie, die … wordt uitgevoerd, in het voorjaar
                      # verwachten"
                      r"|(?:kunt|kan|kunnen|mag|mogen)\b(?:\s+[^\s;.]+){1,16}?\s+verwachten"
                      # "dat overzicht gaat de Kamer voor de begrotingsbehandeling krijgen"
                      r"|(?:gaat|gaan)\b(?:\s+[^\s;.]+){1,10}?\s+(?:krijgen|ontvangen))\b",
                      _I)
# Parliament will have it by a time: "Voor de zomer heeft u de evaluatie", "U heeft de cijfers
# voor de stemmingen" (not "U heeft de evaluatie ontvangen").
_HAS_BY = re.compile(r"\b(?:(?:heeft|hebt)\s+(?:u|de\s+Kamer|uw\s+Kamer)"
                     r"|(?:u|de\s+Kamer|uw\s+Kamer)\s+(?:heeft|hebt))\s+(?:\w+\s+){0,4}?"
                     # "Binnen tien dagen heeft u van mij een brief over …"
                     r"(?:de|het|die|dat|dit|deze|(?<=\bvan\smij\s)een|(?<=\bvan\sons\s)een)"
                     r"\s+(?:[\w-]+\s+)?" + _DELIVERABLE + r"\b"
                     # the object first: "Dat overzicht heeft u binnen drie weken"
                     r"|^(?:(?:ja|nou|dus|en)[,.]?\s+)*(?:dat|die|dit|deze|het|de)\s+(?:[\w-]+\s+)?"
                     + _DELIVERABLE + r"\s+(?:heeft|hebt)\s+(?:u|de\s+Kamer|uw\s+Kamer)\b", _I)
_BY_PHRASE = re.compile(r"(?:v[oó][oó]r|uiterlijk|binnen|begin|eind|medio|nog)\b", _I)
# The verb last, in a clause about what is still to come: "… een Ruimtevaartagenda, waarover uw
# Kamer nog geïnformeerd zal worden" (not "waarover de Kamer is geïnformeerd")
_VERB_LAST_TO_PARL = re.compile(r"\bwaar(?:over|van|in|na|bij|mee)\s+(?:uw|de)\s+"
                                r"Kamers?\s+(?:[\w-]+\s+){0,6}?"
                                + _TO_PARLIAMENT
                                + r"\s+(?:zal|zullen)\s+worden\b", _I)
_PARTICIPLE_TO_PARL = re.compile(r"\b" + _TO_PARLIAMENT + r"(?:\d{1,2})?\b", _I)
_INFORMATION = re.compile(r"\b(?:informatie|bericht|gegevens|cijfers|stukken|antwoord(?:en)?"
                          r"|duidelijkheid|helderheid"
                          r"|uitkomsten|resultaten|kabinetsreactie|notitie|wetsvoorstel"
                          r"|stand\s+van\s+zaken)\b", _I)
_WHEN_PARL = re.compile(r"\b(?:wanneer|hoe|waarom)\s+(?:de|uw)\s+Kamer\b[^,;]{0,80}$", _I)
_OBJECT_FIRST = re.compile(r"\s*(?:[Dd]e|[Hh]et|[Ee]en|[Dd]ie|[Dd]at|[Dd]eze|[Dd]it)\s+"
                           r"[^,;:]{3,100}?\s+$")
_BY_A_TIME = re.compile(r"^\s*(?:u|uw\s+Kamer|de\s+Kamer)\s+(?:\w+\s+){0,3}?(?:rond|voor|vóór|in"
                        r"|bij|uiterlijk|na|begin|eind|medio|binnen)\b", _I)
_SENT_TO = re.compile(r"\b(?:toegestuurd|toegezonden|gestuurd|aangeboden)\s*[.;]?\s*$", _I)
_DRAFT = re.compile(r"\b(?:ontwerp[\w-]*|[\w-]*amvb|algemene\s+maatregel\s+van\s+bestuur)\b", _I)
_PROGRAMME = re.compile(r"\b\w*programma\b", _I)
_FROM_US = re.compile(r"\s+(?:u\s+|uw\s+Kamer\s+|de\s+Kamer\s+)?(?:[^\s,;.]+\s+){0,5}?van\s+(?:mij"
                      r"|ons|het\s+kabinet)\b", _I)
# "Deze kunt u dus komend voorjaar tegemoet zien": the letter named in the sentence before.
_ANAPHORIC_OBJECT = re.compile(r"(?:Deze|Die|Dit|Dat|Het)\s+(?:kunt|kan|ontvangt|zult|krijgt)\b")
# "U krijgt dat voor de begrotingsbehandeling": what was just asked, by a time
_ANAPHORIC_DATED = re.compile(r"\s+(?:(?:u|de\s+Kamer|uw\s+Kamer)\s+)?(?:dat|die|dit|deze|het)"
                              r"\s+(?:\w+\s+){0,2}?(?:v[oó][oó]r|uiterlijk|binnen|in\s+het|na\s+de)\b",
                              _I)
_READY_BY = re.compile(r"(?:De|Het|Een)\s+(?:[\w-]+\s+){0,3}?" + _DELIVERABLE
                       + r"\b[^,;:]{0,80}?\s+(?P<verb>is|zijn)\s+(?!al\b|inmiddels\b|nu\b)"
                       r"[^,;:]{0,50}?\b(?:gereed|klaar)\s*[.]?$", _I)
_DELIVERY_DONE = re.compile(
    r"\b(?:gereed|klaar|beschikbaar|afgerond|gepubliceerd|verschijnen|uitkomen|opgeleverd"
    r"|bekendgemaakt|in\s+(?:internet)?consultatie)\b", _I)
# "De evaluatie zal in 2027 plaatsvinden" (the deliverable's own verb, not a later clause's:
# "Deze brief zal … worden besproken tijdens het overleg dat zal plaatsvinden op …")
_TAKES_PLACE = re.compile(r"^(?:\s+[^\s,;]+){0,5}?\s+plaatsvinden\b", _I)


def _clause_after(sentence: str, pos: int, limit: int = 160) -> str:
    """From ``pos`` to the end of the clause: a semicolon, a colon or the sentence end."""
    end = len(sentence)
    for stop in (";", ":", "?"):
        i = sentence.find(stop, pos)
        if 0 <= i < end:
            end = i
    return sentence[pos:min(end, pos + limit)]


# (not "om die reden": no purpose clause)
_CLAUSE_CUT = re.compile(r",|\bom\b(?!\s+(?:die|deze|dezelfde|welke|andere)\s+reden(?:en)?\b)"
                         r"|(?<!\bom\s)\b(?:dat|die|omdat|zodat|waarbij|waarin|waarmee|waarop|waarover"
                         r"|waarvan|waardoor|waarna|wanneer|indien"
                         r"|als|zodra|nadat|terwijl|maar|of|welke|waarom|hoeveel)\b"
                         r"|\bhoe\b(?!\s+dan\s+ook\b)")  # (not "hoe dan ook": anyway)


def _middle_field(window: str) -> str:
    """The words before the main verb: up to a comma or a subordinate clause ("die" or "dat"
    right after the verb points at a thing: "We gaan die brief zo snel mogelijk sturen")."""
    cut = _CLAUSE_CUT.search(window)
    if cut and cut.group() in ("die", "dat") \
            and _SUBJECT_OR_ADVERBS.fullmatch(window, 0, cut.start()):
        # (after the subject too: "… ga ik die vraag meenemen", "zullen we dat overzicht …")
        cut = _CLAUSE_CUT.search(window, cut.end())
    return window[: cut.start()] if cut else window


# A subject pronoun and adverbs, nothing more: what may stand between a verb and a determiner.
_SUBJECT_OR_ADVERBS = re.compile(r"\s*(?:(?:ik|we|wij|u|jullie|hij|zij|ze|ook|nu|dan|zeker"
                                 r"|graag|al)\s+)*", _I)


def _gov(mention: Mention | None) -> bool:
    return mention is not None and mention.kind in (GOV, SELF)


# A relative clause that goes on about the letter itself.
_SAME_LETTER_ON = re.compile(r",\s*(?:waarbij|waarin)\s+(?:ik|wij|we)\b[^;:]*$", _I)
# Where parliament will find something later: "In de loop van het voorjaar treft u de evaluatie
# aan", "U treft de uitwerking in het najaar aan in de voortgangsbrief" (not "Bijgaand treft u …
# aan", "In bijlage 2 treft u …").
_FINDS_LATER = re.compile(r"\b(?:treft\s+(?:u|uw\s+Kamer)|(?:u|uw\s+Kamer)\s+treft)\b"
                          r"[^.;?]{0,160}?\baan\b", _I)
_ENCLOSED = re.compile(r"\b(?:hierbij|hierna|hieronder|bijgaand|bijgevoegd|onderstaand|daarbij"
                       r"|bij\s+deze(?:n)?|in\s+deze\s+brief|bij\s+deze\s+brief|ter\s+informatie"
                       r"|bijlage\s+\d+|ieder\s+jaar|elk\s+jaar"
                       r"|in\s+(?:de\s+)?bijlagen?\b(?!\s+bij\s+(?:de|een)\s+(?:eerst)?(?:volgende"
                       r"|komende)))\b", _I)
_WILL = re.compile(r"\b(?:zal|zullen)\b")
# A sentence about the document itself, down to its relative clauses: "Deze notitie is de eerste
# waarin u over het voorzitterschap wordt geïnformeerd", "Deze brief bevat tevens het overzicht
# van de wijze waarop het toezicht zal worden vormgegeven"
_ABOUT_ITSELF = re.compile(r"(?:deze|dit)\s+(?:\w+\s+)?(?:brief|notitie|nota|memorie|rapportage"
                           r"|overzicht)\s+(?:(?:is|vormt)\b[^;:,]*|(?:\w+\s+)?(?:bevat|beschrijft"
                           r"|schetst)\b[^;:]*\b(?:waarop|waarin|hoe|welke)\b[^;:,]*)$", _I)
_SELF_FULFILLING_HINT = re.compile(r"hier|deze|onderstaand|ter |volgende|bijga|bijgev|bijlage|treft"
                                   r"|daarmee"
                                   r"|middel"
                                   r"|vandaag|thans|nu |tabel|figuur|overzicht")


# A pseudo-cleft: "Wat ik wel ga doen, is in het najaar, in de voortgangsbrief, ingaan op …".
# ("Wat ik wel voor de zomer kan doen, is …": a time before the verb too)
_WHAT_I_DO = re.compile(r"\bwat\s+(ik|wij|we)\s+(?:(?:wel|dan|daarom|in\s+ieder\s+geval|zeker"
                        r"|graag)\s+)*(?:(?:voor|na|in|bij|binnen|begin|eind)\s+(?:\w+\s+){1,3}?)?"
                        r"(?:ga|gaan|zal|zullen|wil|willen|kan|kunnen)\s+(?:\w+\s+)?doen\s*,?"
                        r"\s+is\b", _I)


# The time named as the moment of telling: "Het eerste moment waarop ik uw Kamer wil informeren
# over de stand van zaken is in oktober", "Het tweede moment …, is bij het jaarverslag".
_MOMENT_OF_TELLING = re.compile(
    r"\bmoment\s+waarop\s+(?:ik|wij|we|het\s+kabinet)\s+(?:[\w-]+\s+){0,8}?(?:"
    + _TELL_VERBS.pattern + r"|informeer|bericht|stuur|zend|rapporteer)\b[^.;?!]{0,120}?,?"
    r"\s+is\s+", _I)


# What someone asks the minister to promise: "De motie … ontraad ik, omdat zij mij vraagt iets te
# beloven wat ik niet kan waarmaken".
_ASKED_TO_PROMISE = re.compile(r"(?:\b(?:vraagt|vragen|verzoekt|verzoeken)\s+(?:mij|me|ons"
                               r"|de\s+regering|het\s+kabinet)|\b(?:mij|me|ons)\s+(?:vraagt|vragen"
                               r"|verzoekt|verzoeken))\b[^.;:]{0,60}$", _I)


# A refusal is no promise: "Ik kan niet toezeggen dat dat bij de Voorjaarsnota gebeurt, want de
# besluitvorming … vindt zoals altijd in het voorjaar plaats" (unless "…, maar ik zal wel …").
_REFUSES = re.compile(r"(?:\w+,?\s+){0,2}?(?:(?:ik|wij|we|het\s+kabinet)\s+(?:kan|kunnen)"
                      r"|(?:kan|kunnen)\s+(?:ik|wij|we|het\s+kabinet))\s+"
                      r"(?:\w+\s+){0,4}?niet\s+toezeggen\b", _I)
# What would be promised, but is not: "Ik zou dat mevrouw Agema graag toezeggen, maar het
# verhelderen daarvan ligt bij de gemeenten"
_WOULD_PROMISE = re.compile(r"(?:\w+,?\s+){0,2}?(?:ik|wij|we)\s+(?:zou|zouden)\s+[^.;]{0,60}?"
                            r"\btoezeggen\s*,\s+maar\b", _I)


def _done_here(sentence: str, lowered: str) -> list[int]:
    """Where the sentence says the document itself does what it names ("Hierbij stuur ik u
    …", "In deze brief informeer ik u …")."""
    if not _SELF_FULFILLING_HINT.search(lowered):
        return []
    return [m.start() for m in _SELF_FULFILLING.finditer(sentence)
            # (what is sent "ter kennisneming" later is still sent later: "Deze
            # onderzoeksopdracht zullen wij medio april ter kennisneming … zenden")
            if not (m.group().lower().startswith("ter kennisneming") and _WILL.search(lowered))]


# A match that opens with its subject: the verb is the word after it.
_SUBJECT_LEADS = re.compile(r"[\s,;]*(?:ik|wij|we)\s+(\w+)", _I)


def _commitment(sentence: str, found: list[Mention],
                deadline: Callable[[], Deadline | None],
                words: frozenset[str] | set[str] = frozenset()) -> Finding | None:
    if (found and found[0].kind == MEMBERS and _only_opening(sentence[:found[0].start])
            and not after_preposition(sentence, found[0])):
        return None  # "De leden … constateren dat het kabinet …": the members speak
    lowered = sentence.lower()
    if "voorbereid" in lowered and _READY.search(sentence):
        return None  # a verslag's close: "Onder het voorbehoud dat de regering … zal hebben
        # beantwoord, acht de commissie de openbare behandeling … voldoende voorbereid"
    if "toegezegd" in lowered and _MISTAKEN.search(sentence):
        return None  # "Per abuis is toegezegd dat de tussenrapportage …": taken back
    if "toezeggen" in lowered and ((_REFUSES.match(sentence) and not _BUT.search(sentence))
                                   or _WOULD_PROMISE.match(sentence)):
        return None  # "Ik kan niet toezeggen dat het wetsvoorstel vóór 1 juli … wordt ingediend"
    best: Finding | None = None
    # What a finding is checked against, worked out at the first one (most sentences offer
    # none): where the document does it itself, and whether the words of a retold or an asked
    # promise stand in the sentence (the costlier frames in ``offer`` run only where they do).
    self_fulfilling: list[int] | None = None
    reported = asked = False

    def offer(finding: Finding | None, at: int, enclosure_checked: bool = False) -> None:
        nonlocal best, self_fulfilling, reported, asked
        if finding is None or (best is not None and finding.confidence <= best.confidence):
            return
        if self_fulfilling is None:
            self_fulfilling = _done_here(sentence, lowered)
            reported = bool(_REPORTED_HINT.search(lowered))
            asked = bool(_ASKED_HINT.search(lowered))
        if self_fulfilling and not enclosure_checked \
                and _in_clause(sentence, at, self_fulfilling) \
                and not re.match(r"(?:hierbij|daarbij)\s+(?:zal|zullen)\b", lowered):
            return  # "Hierbij stuur ik u …": the document does it (but "Hierbij laat ik u
            # weten dat ik … zal sturen" promises, in its own clause)
        if _ABOUT_ITSELF.match(sentence, 0, at):
            return  # "Deze notitie is de eerste waarin u … wordt geïnformeerd"
        if self_fulfilling and any(p < at and _SAME_LETTER_ON.search(sentence, p, at)
                                   for p in self_fulfilling):
            return  # "… informeer ik u hierbij over …, waarbij ik tevens in zal gaan op …"
        if at and "niet" in lowered:
            impossible = _IMPOSSIBLE.search(sentence, 0, at)
            if impossible and not _TURN.search(sentence, impossible.end(), at):
                return  # "… is het niet mogelijk dat ik voor 1 maart een standpunt … zend"
        if at and reported and _REPORTED_BEFORE.search(sentence, 0, at):
            return  # "Eerder berichtte ik u dat ik … zal …": an old promise retold
        if (reported or "zei" in lowered) and _SAID_THEN.search(sentence, at):
            return  # "… daar hoort u nog van mij, zei ik toen": retold
        if at and asked and _asked_up_to(sentence, at):
            return  # "uw verzoek om te melden wanneer het rapport kan worden toegezonden"
        clause = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
        best = replace(finding, focus=clause) if clause else finding

    def by_subject(m: re.Match[str], rule: str, confidence: float, negated_in: str) -> None:
        # (the verb is the match's first word, or the word after its subject: "Ik betrek dat
        # bij de brief …", ", we zetten dat in de brief …")
        lead = _SUBJECT_LEADS.match(sentence, m.start())
        verb = lead.span(1) if lead else (m.start(), m.start() + len(m.group().split()[0]))
        subject = subject_at(sentence, found, *verb)
        if subject is None and _ELLIPSIS.search(sentence, 0, m.start()) and found \
                and _gov(found[0]) and found[0].start < m.start():
            subject = found[0]  # "Wij gaan daarmee aan de slag en komen daar graag op terug"
        if _gov(subject) and not _negated(negated_in):
            offer(Finding("commitment", rule, confidence, subject.text, subject.kind),
                  m.start())

    if "toezegging" in lowered:
        m = _PROMISE_IS.match(sentence)
        if m and not _negated(_clause_after(sentence, m.end())):
            offer(Finding("commitment", "commitment.explicit", 0.85, None, SELF), m.start())
    if "toe" in lowered or "belo" in lowered:
        for m in _EXPLICIT.finditer(sentence):
            verb = m.start()
            if m.group("cleft"):  # "Wat ik wel toezeg, is dat …": its verb, after its subject
                verb = m.start("cleft")
            elif m.group().lower().startswith("toe"):  # "Ik kan … toezeggen": the finite verb
                finite = None
                for f in _FINITE_BEFORE_INFINITIVE.finditer(sentence, 0, m.start()):
                    finite = f
                if finite is None:
                    continue
                verb = finite.start()
            verb_end = _word_end(sentence, verb)
            subject = subject_at(sentence, found, verb, verb_end)
            if subject is None and _ELLIPSIS.search(sentence, 0, verb) and found \
                    and _gov(found[0]) and found[0].start < verb:
                subject = found[0]  # "zegt … bereid te zijn … en zegt toe de rapportages …"
            if subject is None or subject.kind == MEMBERS:
                said = _WHAT_I_PROMISE.search(sentence, 0, verb)
                if said is not None:  # "Wat ik de heer Omtzigt wel wil toezeggen, is dat …"
                    subject = Mention(SELF, said.start(1), said.end(1), said.group(1))
            if subject is not None and subject.kind == OTHER and subject.text.lower() in (
                    "zij", "hij"):
                subject = Mention(GOV, subject.start, subject.end, subject.text)  # only a
                # minister "zegt toe": "Tevens zegt zij toe …" in a registry entry
            clause = max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start()))
            if subject is not None and subject.kind == SELF \
                    and sentence[verb:verb_end].lower() in _PROMISED_BEFORE:
                continue  # a letter's "Tijdens het overleg zegde ik toe …": told again
            said_end = max(m.end(), subject.end) if subject is not None else m.end()
            if _gov(subject) and not _negated(sentence[min(verb, m.start()):said_end]) \
                    and not _NOTHING_AFTER.match(sentence, said_end) \
                    and not _MODAL_NOT.search(sentence, clause + 1, m.start()) \
                    and not _ASKED_TO_PROMISE.search(sentence, 0, m.start()):
                offer(Finding("commitment", "commitment.explicit", 0.95, subject.text,
                              subject.kind), m.start())
        for m in _TOEGEZEGD.finditer(sentence):
            offer(_reported(sentence, found, m, deadline), m.start())
    if "zal" in lowered or "zul" in lowered:
        for m in _FUTURE.finditer(sentence):
            offer(_future(sentence, found, m, deadline), m.start())
    if "wordt" in lowered or "worden" in lowered:
        for m in _PASSIVE_PRESENT.finditer(sentence):
            offer(_passive_to_parliament(sentence, found, m, True, deadline), m.start())
            offer(_passive_deliverable(sentence, found, m, deadline), m.start())
            offer(_passive_by_us(sentence, m, deadline), m.start())
        m = _VERB_LAST_TO_PARL.search(sentence)
        if m is not None and not _negated(m.group()):
            offer(Finding("commitment", "commitment.passive-to-parliament", 0.85, None, PARL),
                  m.start())
    if "ga" in lowered:
        for m in _GAAN.finditer(sentence):
            offer(_going_to(sentence, found, m), m.start())
    if "volg" in lowered or "versch" in lowered:
        for m in _FOLLOWS.finditer(sentence):
            offer(_follows(sentence, found, m, deadline() is not None), m.start())
    if "werk" in lowered:
        offer(_announced_letter(sentence, found), 0)
    if "verwacht" in lowered or "hoop" in lowered or "hope" in lowered or "denk" in lowered \
            or "probe" in lowered:
        for m in _EXPECT.finditer(sentence):
            by_subject(m, "commitment.expects", 0.75, _middle_field(m.group()))
        for m in _TRIES.finditer(sentence):
            by_subject(m, "commitment.expects", 0.7, _middle_field(m.group()))
        m = _EXPECTATION_THAT.search(sentence)
        if m and not _negated(m.group()):
            offer(Finding("commitment", "commitment.expects", 0.75, None, SELF), m.start())
        m = _EXPECTED_DELIVERABLE.search(sentence)
        if m and deadline() is not None:  # "Het eindrapport verwacht ik eind 2027"
            offer(Finding("commitment", "commitment.expects", 0.7, None, SELF), m.start())
    if "ontvang" in lowered or "tegemoet" in lowered or "verwachten" in lowered \
            or "krijg" in lowered:
        for m in _RECEIVE.finditer(sentence):
            offer(_parliament_receives(sentence, found, m), m.start())
        m = _AWAITED_PASSIVE.search(sentence) if "tegemoet" in lowered else None
        if m and not _negated(m.group()) and not any(x.kind in (OTHER, MEMBERS) for x in found):
            # "De beantwoording kan overigens op korte termijn tegemoet worden gezien"
            offer(Finding("commitment", "commitment.parliament-receives", 0.75, None, PARL),
                  m.start())
    if "treft" in lowered:
        m = _FINDS_LATER.search(sentence)
        due = deadline() if m else None
        if m and not _ENCLOSED.search(sentence) and not _negated(m.group()) and (
                (due is not None and due.precision not in ("conditional", "vague")
                 and 0 <= sentence.find(due.phrase) < m.end())
                or _NEXT_DOCUMENT.search(sentence, 0, m.end() + 60)):
            # "treft u" alone reads as this letter's enclosure: ``_ENCLOSED`` has decided that
            offer(Finding("commitment", "commitment.parliament-receives", 0.7, None, PARL),
                  m.start(), enclosure_checked=True)
    if "heeft" in lowered or "hebt" in lowered:
        m = _HAS_BY.search(sentence)
        due = deadline() if m else None
        # (to a comma: "Eind januari heeft u het overzicht van mij, uitgesplitst naar …")
        rest = _middle_field(_clause_after(sentence, m.end())) if m else ""
        if due is not None and _BY_PHRASE.match(due.phrase) \
                and not _PARTICIPLE.search(rest) and not _negated(rest):
            offer(Finding("commitment", "commitment.parliament-receives", 0.75, None, PARL),
                  m.start())
    if "doen" in lowered and "wat" in lowered:
        m = _WHAT_I_DO.search(sentence)
        rest = sentence[m.end():] if m else ""
        if m and not _negated(m.group()) and not _negated(rest[:40]) and (
                _TELL_VERBS.search(rest) or _DELIVERABLE_RE.search(rest)
                or deadline() is not None):
            offer(Finding("commitment", "commitment.what-i-do", 0.8, m.group(1), SELF),
                  m.end())
    if "moment" in lowered:
        m = _MOMENT_OF_TELLING.search(sentence)
        due = deadline() if m else None
        if due is not None and sentence.find(due.phrase, m.end() - 1) >= 0 \
                and not _negated(m.group()):
            offer(Finding("commitment", "commitment.what-i-do", 0.75, None, SELF), m.start())
    if "terug" in lowered:
        for m in _COME_BACK.finditer(sentence):
            if not _IN_THIS_LETTER.search(m.group()):  # ("Ik kom daar in paragraaf 3 op terug")
                by_subject(m, "commitment.come-back", 0.85, m.group())
        for m in _REPORTS_BACK.finditer(sentence):
            by_subject(m, "commitment.come-back", 0.8, m.group())
    if not _PRESENT_VERBS.isdisjoint(words or words_of(lowered)):
        # (the checks that need no deadline first: most verbs stop there, and a deadline is
        # the costliest thing a rule asks for)
        timed: bool | None = None  # is there a time, or a later document, to do it by?
        for m in _present_verbs(sentence):
            verb = m.group().lower()
            particle = _PARTICLE_NEEDED.get(verb)
            if particle is not None and not particle.match(sentence, m.end()):
                continue  # a verb that plans only with its particle: "In 2027 werken we de
                # maatregelen uit", "ronden we de herziening af" (not "we werken aan", "Die
                # druk voeren we op", "zet ik in op")
            if verb in _SAYING and _SAYS_THAT.match(sentence, m.end()):
                continue  # "… geeft de minister aan dat de NVWA in 2023 …", "Verder deelt de
                # staatssecretaris mee dat de wijziging … op 1 april in werking treedt": what is
                # said
            if verb in ("laat", "laten") and CAUSED_ACTIONS.isdisjoint(
                    words_of(_clause_after(sentence, m.end()).lower())):
                continue  # "Laat ik daar eerlijk over zijn: …" (not "Ik laat … een analyse
                # opstellen", "laat u weten")
            if _ANSWERED_NOW.match(sentence, m.start()):
                continue  # "Daarmee kom ik tegemoet aan het verzoek om voor 1 april …": done
            if _PRESCRIBED.search(sentence, 0, m.start()):
                continue  # "De wet schrijft voor dat ik binnen acht weken … beslis": the law
            if verb in _NOUN_LIKE_VERBS \
                    and not _NOUN_LIKE_AS_VERB.match(sentence, m.start()) \
                    and not _NOUN_LIKE_AS_VERB.search(sentence, max(0, m.start() - 3), m.end()):
                continue  # the noun: "In 2023 heb ik onderzoek laten doen" (the verb stands
                # beside its subject: "In het najaar onderzoek ik …", "Ik onderzoek …")
            if verb in ("dien", "dienen") and _TO_INFINITIVE.search(
                    _clause_after(sentence, m.end())):
                continue  # "Voor 1 juli dien ik dit te regelen": an obligation ("dien … in")
            # "informeren", "sturen" are finite only right after their subject ("Wij informeren
            # uw Kamer …"), not as the infinitive of "ik zal … informeren".
            plural = verb.endswith("en") and verb not in _EN_STEMS \
                and not _PLURAL_SUBJECT_AFTER.match(sentence, m.end())
            if plural and not _PLURAL_SUBJECT_BEFORE.search(sentence, max(0, m.start() - 21),
                                                            m.start()) \
                    and not (_AND_BEFORE.search(sentence, max(0, m.start() - 5), m.start())
                             and _WE_SAID.search(sentence, 0, m.start())):
                continue  # the infinitive, not the plural: "Op termijn wil ik onderzoeken of …",
                # "… om de Rekenkamer in staat te stellen" (finite: "Na de zomer maken we …",
                # "Wij informeren uw Kamer …", "Wij kijken hier opnieuw naar en informeren …")
            subject = _shared_subject(sentence, found, m.start(), subject_at(
                sentence, found, m.start(), m.end(), right=not plural))
            if not _gov(subject) or _negated(_middle_field(_clause_after(sentence, m.end()))) \
                    or _WISH.search(sentence, m.end()) or _since(sentence, m.end()) \
                    or _MEETS_PARLIAMENT.search(_clause_after(sentence, m.end())):
                continue
            if timed is None:
                timed = deadline() is not None or _NEXT_DOCUMENT.search(sentence) is not None \
                    or _THEN.match(sentence) is not None
            if not timed:
                break
            due = deadline()
            if due is not None and due.start > m.end() and ";" in sentence[m.end():due.start] \
                    and _PAST_AUX.search(sentence, sentence.rfind(";", 0, due.start)):
                due = None  # "Daarbij betrek ik ook het rapport …; de kabinetsreactie daarop
                # is op 4 februari al naar uw Kamer gegaan": the time is another clause's
            elif due is not None and due.end <= m.start() and ";" in sentence[due.end:m.start()]:
                due = None  # "Het Planbureau brengt in juni een evaluatie uit; die evaluatie
                # betrek ik daarbij": so is this one
            if due is None and verb not in _PRESENT_TELL and not (
                    verb in _PLURAL_TELL and _we_beside(sentence, m)):
                continue  # "… en informeer de Kamer bij de volgende voortgangsrapportage",
                # "Wij informeren uw Kamer in de volgende rapportage" (not the noun "delen")
            if due is not None and due.start > m.end() and (
                    in_relative_clause(sentence, due.start)
                    or _WH_WORD.search(sentence, m.end(), due.start)):
                continue  # "stuur ik u de stand van zaken …, waarover is toegezegd uw Kamer nog
                # dit jaar te informeren": the time is the relative clause's, not the verb's
            if due is not None and due.due is None and due.start < m.start() \
                    and due.phrase.lower() in _SUBORDINATORS \
                    and not _CLAUSE_END.search(sentence, due.start, m.start()) \
                    and not _INVERTED.match(sentence, m.end()):
                continue  # the verb is the condition's own: "Ik moet toegeven dat wanneer ik
                # de wet naar de letter neem, …" (not "Zodra ik het heb, stuur ik het u", "Na
                # afronding van het onderzoek informeer ik uw Kamer")
            if due is not None and in_relative_clause(sentence, m.start()) \
                    and not in_relative_clause(sentence, due.start):
                continue  # "Artikel 12a, dat de minister de bevoegdheid geeft …, treedt op 1
                # juli in werking": the verb is the relative clause's, the time is not
            # a time in a relative clause before the verb is that clause's: "Op het rapport,
            # dat de commissie in april publiceert, reageert het kabinet na de zomer"
            own = m.start() if due is not None and due.start < m.start() \
                and in_relative_clause(sentence, due.start) else 0
            offer(Finding("commitment", "commitment.present-deadline", 0.7, subject.text,
                          subject.kind, focus=own), m.start())
    if "voornemen" in lowered or "plan" in lowered or "stre" in lowered or "kie" in lowered \
            or "voorgenomen" in lowered \
            or "benut" in lowered or "gebruiken" in lowered or "intentie" in lowered \
            or "bedoeling" in lowered or "beo" in lowered:
        for m in _INTENTION.finditer(sentence):
            if not _HYPOTHETICAL.search(sentence, max(0, m.start() - 40), m.start()) \
                    and not _ATTENDS.match(sentence, m.end()) \
                    and not _INTENTION_VOICED.match(sentence, m.end()):
                by_subject(m, "commitment.intention", 0.6, m.group())
    if "bereid" in lowered or ("wil" in lowered and (
            _TELL_VERBS.search(sentence) or _WILLING_ACTION.search(sentence))):
        for m in _WILLING.finditer(sentence):
            if _CONSIDERS.match(sentence, m.end()):
                continue  # "dan wil ik best overwegen om er een brief over te sturen": weighed
            tells = (_PARL_MENTIONED.search(sentence, m.end()) and _TELL_VERBS.search(
                sentence, m.end())) or _LETTER_SENT.search(sentence, m.end()) or (
                _TELL_VERBS.search(re.split(r",|\bdat\b", sentence[m.end():], maxsplit=1)[0])
                and _LATER_DOCUMENT.search(sentence, m.end()))
            # (or sent, in its own clause, with a letter to come: "wil ik het schema toezenden
            # met de brief waarin …"; not "Ik wil benadrukken dat de gemeenten … sturen")
            if tells or ("bereid" in m.group().lower()
                         and (_WILLING_ACTION.search(sentence, m.end())
                              or (_WILLING_DEED.match(_clause_after(sentence, m.end(), 260))
                                  and not _IF_FIRST.match(sentence)
                                  and not _NOT_BEFORE.search(sentence, 0, m.start())))):
                by_subject(m, "commitment.willing", 0.6, _middle_field(
                    _clause_after(sentence, m.end())) + m.group())
    if "wil" in lowered:
        for m in _WANTS.finditer(sentence):
            clause = _middle_field(_clause_after(sentence, m.end()))
            if (_WANTED_THING.search(clause) or _WANTED_DEED.search(clause)) \
                    and not _WANTS_NOT.search(clause) \
                    and not _ZOU.search(sentence, max(0, m.start() - 12), m.start()) \
                    and not _BECAUSE.search(sentence, 0, m.start()) \
                    and (due := deadline()) is not None and due.precision != "vague":
                by_subject(m, "commitment.intention", 0.6, clause)
    if "stel" in lowered or "lijkt" in lowered or "denk" in lowered or "vind" in lowered \
            or "voorstel" in lowered:
        for m in _PROPOSES.finditer(sentence):
            rest = sentence[m.end():m.end() + 250]
            if _PROPOSED_TELLING.search(rest) and (
                    _PARL_MENTIONED.search(rest) or _DELIVERABLE_RE.search(rest)
                    or "schriftelijk" in rest.lower()) and not _negated(_middle_field(rest)):
                offer(Finding("commitment", "commitment.proposes", 0.7, None, SELF), m.start())
    if "hoort" in lowered:
        for m in _HEARS_FROM.finditer(sentence):
            if not _negated(m.group()) and not _HYPOTHETICAL.search(
                    sentence, max(0, m.start() - 40), m.start()):
                offer(Finding("commitment", "commitment.will-hear", 0.75, None, SELF), m.start())
    if "nader" in lowered or "later" in lowered or "zijner" in lowered:
        m = _TELLS_LATER.search(sentence)
        if m is not None and not _negated(m.group()):
            offer(Finding("commitment", "commitment.future-tell", 0.75, None, SELF), m.start())
    if "hoogte" in lowered:
        for m in _KEEP_INFORMED.finditer(sentence):
            # (by a way or a time: "Ik houd u daarvan op de hoogte in de reguliere
            # voortgangsbrief"; not a bare "Ik houd u op de hoogte van de verdere
            # ontwikkelingen": carrying on)
            if _PARL_MENTIONED.search(m.group()) and (
                    deadline() is not None or _DELIVERABLE_RE.search(sentence, m.end())
                    or re.search(r"\bvia\b", sentence[m.end():], _I)):
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
            if deadline() is not None and not _ZOU.search(sentence, max(0, m.start() - 12),
                                                          m.start()):  # ("… zou kunnen berichten")
                start = max(sentence.rfind(",", 0, m.start()), 0)
                by_subject(m, "commitment.can-deliver", 0.65, sentence[start:m.start()]
                           + _middle_field(_clause_after(sentence, m.end())))
    if "stuur" in lowered or "sturen" in lowered or "zend" in lowered or "graag" in lowered \
            or "weten" in lowered or "papier" in lowered or "zien" in lowered:
        for m in _SENDS_NOW.finditer(sentence):
            sent = _SEND_VERB.search(m.group())
            verb = m.start() + sent.start()
            subject = _shared_subject(sentence, found, verb, subject_at(sentence, found, verb,
                                                                        verb + len(sent.group())))
            if _gov(subject) and not _negated(m.group()):
                offer(Finding("commitment", "commitment.sends", 0.7, subject.text, subject.kind),
                      m.start())
    if "kom" in lowered:
        for m in _COMES_WITH_DELIVERABLE.finditer(sentence):
            subject = subject_at(sentence, found, m.start(), _word_end(sentence, m.start()))
            if _gov(subject) and not _negated(m.group()):
                offer(Finding("commitment", "commitment.comes-with", 0.75, subject.text,
                              subject.kind), m.start())
        m = _COMES_WITH_WHICH.search(sentence)
        if m and not _negated(m.group()) and deadline() is not None:
            # "Een van de acties waar ik uiterlijk in januari mee kom, is …"
            offer(Finding("commitment", "commitment.comes-with", 0.7, None, SELF), m.start())
    if "komt" in lowered or "komen" in lowered or "gaat" in lowered or "gaan" in lowered \
            or "lig" in lowered:
        for m in _THERE_COMES.finditer(sentence):
            offer(_there_comes(sentence, found, m, deadline), m.start())
    if "toe" in lowered:
        for m in _GOES_TO.finditer(sentence):
            if (m.group("will") or deadline() is not None) and not _negated(m.group()):
                offer(Finding("commitment", "commitment.goes-to", 0.75, None, PARL), m.start())
    if "ervoor" in lowered or "schriftelijk" in lowered or "zorg" in lowered \
            or ("beantwoord" in lowered and "brief" in lowered):
        for m in _SEES_TO.finditer(sentence):
            by_subject(m, "commitment.sees-to", 0.7, m.group())
    if "termijn" in lowered or "uitstel" in lowered:
        for m in _MORE_TIME.finditer(sentence):
            if deadline() is not None:  # "… te verlengen tot 20 februari" (not a bare "om uitstel")
                offer(Finding("commitment", "commitment.more-time", 0.7, None, SELF), m.start())
    if _AIM_HINT.search(lowered):
        aim = _AIM.search(sentence)
        offer(_aim(sentence, found, deadline), aim.start() if aim else 0)
    if "wordt" in lowered or "worden" in lowered:
        m = _SUBJECT_FIRST_PASSIVE.match(sentence) or (
            _SUBJECT_FIRST_PASSIVE.search(sentence, sentence.index(";"))
            if ";" in sentence else None)
        verb = (m.start("verb") if m.group("verb") else m.start("inverted")) if m else 0
        if m and m.group().lower().endswith("genomen") and not _TAKEN_DECISION.search(m.group()):
            m = None  # measures taken are no deliverable: only a decision
        if m and not any(x.kind in (OTHER, MEMBERS) and not _FOR_ADVICE.search(
                sentence, max(0, x.start - 50), x.end) for x in found) \
                and not _OTHER_AGENT.search(sentence, verb) and not _negated(m.group()) \
                and not _HEDGED.search(m.group()) and not _MUST.search(m.group()):
            due = deadline()
            if due is not None and due.due is not None and due.start >= m.start() \
                    and not _NEXT_CLAUSE.search(sentence, m.end(), due.start) \
                    and "vandaag" not in due.phrase.lower() \
                    and not ((_PRACTICE.search(m.group()) or _EVERY_YEAR.search(m.group()))
                             and not _NEW_PRACTICE.search(sentence)):
                # (a clause after a semicolon with a time of its own; not the next clause's
                # time, "Daarnaast wordt het reglement aangepast: het … treedt op 1 februari in
                # werking", a deed of today, "Verder wordt per vandaag … gewijzigd", or a
                # practice, "Bijna elk jaar worden per 1 januari de premiepercentages gewijzigd")
                offer(Finding("commitment", "commitment.passive-future", 0.65, None, None), verb)
    if "laat" in lowered or "laten" in lowered:
        for m in _COMMISSIONS.finditer(sentence):
            if not _MONITOR.search(m.group()):  # "Wij laten de Schoolkostenmonitor uitvoeren"
                by_subject(m, "commitment.commissions", 0.7, m.group())  # is a routine
    if "stel" in lowered or "werk" in lowered or "ontwikkel" in lowered:
        for m in _DRAFTS.finditer(sentence):
            if not _MONITOR.search(sentence) and not _ROUTINE.search(sentence):
                by_subject(m, "commitment.drafts", 0.65, m.group())
    if "start" in lowered or "begin" in lowered:
        for m in _STARTS.finditer(sentence):
            by_subject(m, "commitment.starts", 0.7, m.group())
    if ("mee" in lowered or "voeg" in lowered or "betrek" in lowered or "verwerk" in lowered
            or " op in " in lowered or " zet " in lowered or " zetten " in lowered) \
            and any(map(lowered.__contains__, _TAKES_ALONG_VERBS)):
        for m in _TAKES_ALONG.finditer(sentence):
            by_subject(m, "commitment.takes-along", 0.7, m.group())
    if "genomen" in lowered or "mee" in lowered or "verwerkt" in lowered \
            or "betrokken" in lowered:
        m = _TAKEN_ALONG.search(sentence)
        turn = max((t.end() for t in _BUT.finditer(sentence, 0, m.start())), default=0) \
            if m else 0  # "Zes weken haal ik niet, maar de cijfers komen mee met …"
        if m and not _negated(sentence[turn:m.end()]) \
                and not any(x.kind in (OTHER, MEMBERS) and (
                    x.start < m.start() or sentence[:x.start].rstrip().lower().endswith("door"))
                            for x in found):
            # (someone else's, as subject or agent; not one the document is about: "Zijn
            # overige vragen worden betrokken bij het … voortgangsbericht over de vragen van
            # het lid Klaver")
            offer(Finding("commitment", "commitment.takes-along", 0.65, None, None), m.start())
    if "gereed" in lowered or "klaar" in lowered:
        m = _READY_BY.match(sentence)
        due = deadline() if m else None
        if m and due is not None and due.due is not None and due.precision != "vague" \
                and not any(x.kind in (OTHER, MEMBERS) for x in found):
            # "De handreiking is naar verwachting eind 2019 gereed"
            offer(Finding("commitment", "commitment.deliverable", 0.65, None, None),
                  m.start("verb"))
    if "consultatie" in lowered:
        m = _TO_CONSULTATION.search(sentence)
        purpose = _PURPOSE_CLAUSE.search(sentence)  # (not those it is for: "…, zodat gemeenten
        # erop kunnen reageren")
        end = purpose.start() if purpose else len(sentence)
        if m and deadline() is not None and not any(x.kind in (OTHER, MEMBERS) and x.start < end
                                                    for x in found):
            offer(Finding("commitment", "commitment.consultation", 0.7, None, None), m.start())
    if _NOMINAL_HINT.search(lowered):
        for m in _NOMINAL.finditer(sentence):
            offer(_nominal(sentence, found, m, deadline), m.start())
    return best


# Work the government sets going now, its outcome to come: "Daarnaast laat ik de kosten-batenanalyse
# uitwerken", "Parallel hieraan start ik een consultatie onder vervoerders" (the finite verb
# first, for its subject). ("We onderzoeken of …" was tried: in labelled text it is as often
# work in progress that no clerk registers, seven to one.)
_SUBJECT = r"(?:(?:ik|wij|we|het\s+kabinet)\s+)"
_COMMISSIONS = re.compile(
    r"\b(?:laat|laten)\s+" + _SUBJECT + r"?(?:[^\s.;:,]+\s+){1,8}?(?:uitwerken|uitvoeren"
    r"|onderzoeken|opstellen|evalueren|verkennen|doorrekenen|in\s+kaart\s+brengen|ontwikkelen"
    r"|actualiseren|herzien|analyseren|nagaan|uitzoeken|opzetten)\b", _I)
_MONITOR = re.compile(r"monitor\b|\bjaarlijks\b|\bperiodiek\b", _I)
# A deliverable being made now: "stelt het kabinet een handreiking op", "Ik werk een plan van
# aanpak uit", "We ontwikkelen een afwegingskader".
_DRAFTS = re.compile(
    r"\b(?:stel|stelt|stellen)\s+" + _SUBJECT + r"?(?:[\w-]+\s+){0,3}?(?:een|de|het)\s+"
    r"(?:[\w-]+\s+)?" + _DELIVERABLE + r"\b[^.;:,]{0,80}?\bop\b"
    r"|\b(?:werk|werkt|werken)\s+" + _SUBJECT + r"?(?:[\w-]+\s+){0,3}?(?:een|de|het)\s+"
    r"(?:[\w-]+\s+)?" + _DELIVERABLE + r"\b[^.;:,]{0,80}?\buit\b"
    # "Later dit jaar werk ik mijn oplossingsrichting nader uit in een brief aan uw Kamer"
    r"|\b(?:werk|werkt|werken)\s+" + _SUBJECT + r"?[^.;:,]{0,80}?\buit\s+in\s+(?:een|de|het)\s+"
    r"(?:[\w-]+\s+)?" + _DELIVERABLE + r"\b"
    r"|\b(?:ontwikkel|ontwikkelt|ontwikkelen)\s+" + _SUBJECT + r"?(?:[\w-]+\s+){0,3}?(?:een|de|het)"
    r"\s+(?:[\w-]+\s+)?(?:" + _DELIVERABLE + r"|\w*kader|handreiking)\b", _I)
# Told in the present, later: "Ik bericht u nader over de uitkomsten", "Daarover informeer ik uw
# Kamer te zijner tijd" (this letter's own "Hierbij informeer ik u nader over …" is
# ``_SELF_FULFILLING``'s)
_TELLS_LATER = re.compile(
    r"\b(?:(?:ik|wij|we)\s+(?:bericht|berichten|informeer|informeren)|(?:bericht|informeer)\s+ik"
    r"|(?:berichten|informeren)\s+(?:wij|we))\s+(?:u|uw\s+Kamer|de\s+Kamer)\s+(?:\w+\s+){0,2}?"
    r"(?:nader|later|te\s+zijner\s+tijd)\b", _I)
_STARTS = re.compile(
    r"\b(?:start|starten|begin|beginnen)\s+"
    # (with an aside: "beginnen we, zoals de Rekenkamer aanbeveelt, met …")
    r"(?:(?:ik|wij|we|het\s+kabinet)\s*,\s*(?:zoals|conform|volgens)\s[^,;.]{0,80},\s*|"
    + _SUBJECT + r")?(?:\w+\s+){0,2}?"
    # ("beginnen we met aanvullend onderzoek": after "met" the article may go)
    r"(?:met\s+(?:(?:een|de|het)\s+)?|(?:een|de|het)\s+)(?:[\w-]+\s+)?(?:internet)?"
    r"(?:consultatie|onderzoek|pilot|traject|verkenning|evaluatie"
    r"|programma|aanbesteding|proef|campagne|project|dialoog|experiment|studie|inventarisatie)\b",
    _I)
# Taken along into a later document: "Dat nemen we mee in de Voorjaarsnota", "Ik neem uw
# suggestie mee in de evaluatie" (not a bare "Ik neem dat mee").
_TAKEN_INTO = (r"(?:" + _DELIVERABLE + r"|voorjaarsnota|miljoenennota|najaarsnota|begroting"
               # a periodic report by its name: "het volgende halfjaarbericht politie"
               r"|kabinetsreactie|wetsvoorstel|\w*wijziging|\w+bericht)")
_TAKES_ALONG = re.compile(
    r"\b(?:neem|neemt|nemen)\b[^.;:]{0,60}?\bmee\s+(?:in|bij)\s+(?:(?:een|één)\s+van\s+(?:de|mijn)"
    r"\s+|de\s+|het\s+|een\s+|mijn\s+|onze\s+|die\s+|deze\s+|dat\s+|dit\s+)(?:[\w-]+\s+)?"
    + _TAKEN_INTO + r"\b"
    # "Al die reacties … verwerken we na de zomer in een wetsvoorstel"
    r"|\b(?:verwerk|verwerken)\s+(?:ik|wij|we)\b[^.;:]{0,80}?\bin\s+(?:de|het|een|mijn|onze|die"
    r"|deze|dat|dit)\s+(?:[\w-]+\s+)?" + _TAKEN_INTO + r"\b"
    # "Dat laat ik meenemen in mijn onderzoek", "neem ik in mijn annotatie … op"
    r"|\b(?:laat|laten)\s+(?:ik|wij|we)\s+(?:[\w-]+\s+){0,3}?meenemen\s+(?:in|bij)\s+(?:de|het"
    r"|een|mijn|onze|die|deze|dat|dit)\s+(?:[\w-]+\s+)?" + _TAKEN_INTO + r"\b"
    r"|\b(?:neem|nemen)\s+(?:ik|wij|we)\s+in\s+(?:de|het|mijn|onze|die|deze|dat|dit)\s+"
    r"(?:[\w-]+\s+)?" + _TAKEN_INTO + r"\b[^.;:]{0,80}?\bop\b"
    # the particle first: "We nemen dat op in de voortgangsrapportage", "Dat zetten we in de
    # brief die voor de zomer komt"
    r"|\b(?:neem|neemt|nemen)\b[^.;:]{0,60}?\bop\s+in\s+(?:de|het|een|mijn|onze|die|deze|dat"
    r"|dit)\s+(?:[\w-]+\s+)?" + _TAKEN_INTO + r"\b"
    r"|(?:\b(?:zet\s+ik|zetten\s+(?:we|wij))|(?:^\s*|[,;]\s*)(?:ik\s+zet|(?:we|wij)\s+zetten))"
    r"\b[^.;:]{0,40}?\bin\s+(?:de|het|een|mijn|onze|die|deze|dat|dit)\s+(?:[\w-]+\s+)?"
    + _TAKEN_INTO + r"\b"
    # "Dat betrekken we bij de reactie die u bij de Voorjaarsnota krijgt"
    # (said in a main clause: not "… zegt dat ze wil dat ik het al betrek bij de brief")
    r"|(?:\b(?:betrek\s+ik|betrekken\s+(?:we|wij))|(?:^\s*|[,;]\s*)(?:ik\s+betrek|(?:we|wij)\s+betrekken))"
    r"\b[^.;:]{0,60}?\bbij\s+(?:de|het|een|mijn|onze|die|deze|dat"
    r"|dit)\s+(?:[\w-]+\s+)?" + _TAKEN_INTO + r"\b"
    # "De adviezen nemen we in dat voorstel mee", "… nemen we daarin mee"
    r"|\b(?:neem|neemt|nemen)\b[^.;:]{0,60}?\b(?:(?:in|bij)\s+(?:dat|die|deze|dit|de|het|mijn"
    r"|onze)\s+(?:[\w-]+\s+)?" + _TAKEN_INTO + r"|daarin|daarbij)\s+mee\b"
    # "De reacties van de ondernemingsraden voeg ik bij de brief waarin …"
    r"|\b(?:voeg|voegt|voegen)\b[^.;:]{0,60}?\b(?:bij|toe\s+aan)\s+(?:de|het|mijn|onze|die|dat"
    r"|deze|dit)\s+(?:[\w-]+\s+)?" + _TAKEN_INTO + r"\b", _I)
# A verb every match holds ("meenemen" holds "nemen"): "mee" alone stands in "meer", "gemeente"
_TAKES_ALONG_VERBS = ("neem", "nemen", "verwerk", "zet", "betrek", "voeg")
# What a promised deliverable will hold, said after it was promised: "Ja, de inkoopbelasting
# wordt in dat overzicht meegenomen" (not "daarin": too often not a document, the held-back
# part showed).
_TAKEN_ALONG = re.compile(
    r"\b(?:wordt|worden)\s+(?:(?:ook|zeker|dan|dus)\s+)*(?:(?:in|bij)\s+(?:dat|die|deze|dit)\s+"
    r"(?:[\w-]+\s+)?" + _TAKEN_INTO + r")\s+(?:(?:ook|zeker|dan)\s+)*"
    r"(?:meegenomen|opgenomen|verwerkt|betrokken)\b(?!\s*,?\s+(?:als|indien|wanneer|mits)\b)"
    # the participle first, a document still to come: "Zijn overige vragen worden betrokken bij
    # het vandaag aangekondigde voortgangsbericht", "… worden meegenomen in de volgende brief"
    r"|\b(?:wordt|worden)\s+(?:(?:ook|zeker|dan|dus)\s+)*(?:meegenomen|opgenomen|verwerkt"
    r"|betrokken)\s+(?:in|bij)\s+(?:de|het|een)\s+(?:[\w-]+\s+)?(?:(?:eerst)?volgende|komende"
    r"|aangekondigde|nieuwe)\s+(?:[\w-]+\s+)?" + _TAKEN_INTO + r"\b"
    # or any such document, in the future: "De gevolgen zullen worden verwerkt in de tweede
    # suppletoire begroting"
    r"|\b(?:zal|zullen)\s+(?:(?:ook|zeker|dan)\s+)*worden\s+(?:meegenomen|opgenomen|verwerkt"
    r"|betrokken)\s+(?:in|bij)\s+(?:de|het|een)\s+(?:[\w-]+\s+){0,2}?" + _TAKEN_INTO + r"\b"
    # "… de verzuimcijfers per inrichting komen mee met de voortgangsbrief in het najaar"
    r"|\b(?:komt|komen)\s+(?:(?:ook|dan|zeker)\s+)*mee\s+(?:met|in|bij)\s+(?:de|het|die|dat|deze"
    r"|dit)\s+(?:[\w-]+\s+)?" + _TAKEN_INTO + r"\b", _I)
# "Het conceptwetsvoorstel gaat na de zomer in internetconsultatie": a draft on its way.
_PURPOSE_CLAUSE = re.compile(r",\s*(?:zodat|opdat)\b", _I)
_TO_CONSULTATION = re.compile(
    r"\b(?:[\w-]*(?:wetsvoorstel|besluit|regeling|voorstel|wet|amvb|maatregel)(?:len|en)?)\s+"
    r"(?:(?:[\w-]+\s+){0,3}?(?:gaat|gaan)\s+(?:[\w-]+\s+){0,8}?in\s+(?:de\s+)?(?:internet)?"
    r"consultatie\b"
    # "Het wetsvoorstel ter uitvoering van de verordening zal … medio 2025 in internetconsultatie
    # gaan"
    r"|(?:[\w-]+\s+){0,6}?(?:zal|zullen)\s+(?:[\w-]+\s+){0,8}?in\s+(?:de\s+)?(?:internet)?"
    r"consultatie\s+gaan\b)"
    # a pronoun for it, which only a draft can stand for here: "Die gaat op heel korte termijn,
    # nog voor de zomer, in consultatie", "Het gaat wel dit najaar in consultatie"
    r"|^(?:[\w-]+,?\s+){0,2}?(?:die|het|dat|deze|dit|hij|ze|zij)\s+(?:gaat|gaan)\s+"
    r"(?:[\w-]+,?\s+){0,8}?in\s+(?:de\s+)?(?:internet)?consultatie\b", _I)
# "De beleidsregels worden binnenkort aangepast": a plan with a time, its agent unsaid.
_SUBJECT_FIRST_PASSIVE = re.compile(
    # (the subject may run on: "De definitieve verdeling van de kasschuif over de projecten in
    # het Infrastructuurfonds wordt bij de Voorjaarsnota 2015 vastgesteld"; or the time stands
    # first: "Bij de begroting 2015 worden de gevolgen van de koerswijziging … uitgewerkt")
    r"(?:^\s*|(?<=;\s))(?:(?:De|Het|Deze|Dit|Die|Onze|Mijn|Een)\s+(?:[\w-]+\s+){0,12}?"
    r"(?P<verb>wordt|worden)\s+"
    # or the verb second after whatever stands first, with its subject after it: "Eind 2027
    # wordt het programma vastgesteld", "Daarnaast wordt de regeling in 2027 geëvalueerd",
    # "Hiervoor wordt in 2027 een wetsvoorstel ingediend" (not a clause's opening word: "Als de
    # regeling …"; a question asks)
    r"|(?!(?:Als|Zodra|Wanneer|Indien|Mits|Omdat|Nu|Doordat|Hoewel|Tenzij|Of|Dat|Waar\w*|Hoe"
    r"|Wat|Welke|Wie|Waarom)\b)[\w-]+\s+(?:[\w-]+\s+){0,5}?(?P<inverted>wordt|worden)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:de|het|een|deze|dit)\s+(?:[\w-]+\s+){0,12}?)"
    r"(?:[\w-]+\s+){0,8}?(?:geëvalueerd|onderzocht|uitgewerkt|herzien|aangepast|gewijzigd|verkend"
    r"|opgesteld|ingediend|gepresenteerd|gepubliceerd|verstuurd|verzonden|aangeboden|voorgelegd"
    r"|opgeleverd|uitgebracht|ingevoerd|vastgesteld|bekendgemaakt|gestuurd|gezonden|opengesteld"
    r"|(?:bekend|openbaar)\s+gemaakt"
    # a decision taken: "Een besluit hierover wordt in het najaar genomen" (only a decision:
    # ``_TAKEN_DECISION``)
    r"|genomen)\b", _I)
_TAKEN_DECISION = re.compile(r"\b(?:besluit|beslissing)\b", _I)
# "Op 12 juni voer ik een wetgevingsoverleg met de vaste Kamercommissie": a meeting, not a deed.
_READY = re.compile(r"\bacht(?:en)?\s+de\s+commissie\b[^.;]{0,160}?\b(?:voldoende|genoegzaam)"
                    r"\s+voorbereid\b", _I)
_MEETS_PARLIAMENT = re.compile(
    r"^\s+(?:\w+\s+){0,3}?(?:een|het|de)\s+[\w-]*(?:overleg|debat|gesprek)\w*\s+met\s+(?:de|uw)\s+"
    r"(?:vaste\s+)?(?:Kamer|[\w-]*commissie)"
    # "voer ik met uw Kamer een algemeen overleg over …"
    r"|^\s+(?:\w+\s+){0,2}?met\s+(?:de|uw)\s+(?:vaste\s+)?(?:Kamer|[\w-]*commissie)\s+(?:\w+\s+){0,2}?"
    r"(?:een|het|de)\s+(?:[\w-]+\s+)?[\w-]*(?:overleg|debat|gesprek)\b", _I)
# "… wordt in het najaar bekendgemaakt door de Kiesraad": the passive's agent is someone else.
_FOR_ADVICE = re.compile(r"\b(?:aan|naar)\s+(?:de\s+[Aa]fdeling\s+advisering\s+van\s+)?de\s+"
                         r"Raad\s+van\s+State$")
_OTHER_AGENT = re.compile(
    r"\bdoor\s+(?:de|het|een)\s+(?!(?:\w+\s+)?(?:minister|staatssecretaris|kabinet|regering"
    r"|ministerie|departement|rijksoverheid|ministerraad)\w*\b)", _I)
# "Ik stuur nog een Kamerbrief", "Maar ik zet graag de mogelijkheden op een rij", "Dat laat ik
# graag op niet al te lange termijn aan uw Kamer weten": a promise in the present tense.
_SENDS_NOW = re.compile(
    r"\b(?:stuur|zend)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,3}?(?:een|de)\s+\w*(?:brief|rapportage|overzicht"
    r"|notitie)\b"
    r"|\b(?:zet|zetten)\s+(?:ik|wij|we)?\s*graag\b[^.;:]{0,80}?\bop\s+een\s+rij\b"
    # "Ik zet de mogelijkheden graag voor de Voorjaarsnota op een rij"
    r"|\b(?:ik|wij|we)\s+(?:zet|zetten)\b[^.;:]{0,80}?\bop\s+een\s+rij\b"
    # "…, zet ik medio juni zo concreet mogelijk voor u op papier"
    r"|\b(?:zet|zetten)\s+(?:ik|wij|we)\b[^.;:]{0,80}?\b(?:voor\s+(?:u|de\s+Kamer|uw\s+Kamer)"
    r"\s+)op\s+papier\b"
    r"|\b(?:laat|laten)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,8}?(?:aan\s+)?(?:uw|de)\s+Kamer\s+"
    r"(?:\w+\s+){0,5}?weten\b"
    r"|\b(?:ik|wij|we)\s+(?:stuur|sturen|zend|zenden)\s+(?:u\s+|(?:uw|de)\s+Kamer\s+)?"
    r"(?:\w+\s+){0,3}?(?:nog\s+)?(?:een|de|die|het|deze)\s+(?:\w+\s+){0,2}?(?:" + _DELIVERABLE_STEMS
    + r"|cijfers|informatie|gegevens|stukken|antwoorden)\w*\b"
    r"(?=[^.;]*\b(?:na|toe|nog|binnenkort|later|spoedig|zo\s+snel\s+mogelijk|zsm"
    r"|volgende\s+week|deze\s+week|morgen)\b)"
    r"|\b(?:ik|wij|we)\s+(?:stuur|sturen|zend|zenden)\s+(?:u\s+|(?:uw|de)\s+Kamer\s+)?nog\s+"
    r"(?:een|de|die|het)\s+\w+"
    # (the government named: "Het kabinet stuurt nog een Kamerbrief", "… stuurt de minister u
    # nog een overzicht")
    r"|\b(?:stuurt|zendt)\s+(?:(?:het\s+kabinet|de\s+minister|de\s+staatssecretaris)\s+)?"
    r"(?:u\s+|(?:uw|de)\s+Kamer\s+)?nog\s+(?:een|de|die|het)\s+\w+"
    r"|\b(?:en|ik|wij|we)\s+(?:laat|laten)\s+(?:het|dat|dit|u|uw\s+Kamer|de\s+Kamer)\s+"
    r"(?:[\w-]+\s+){0,6}?weten\b"
    # "…, laat ik in een rapportage aan de Kamer zien dat het werkt"
    r"|\b(?:laat|laten)\s+(?:ik|wij|we)\s+(?:[\w-]+\s+){0,6}?(?:aan\s+)?(?:u|uw\s+Kamer"
    r"|de\s+Kamer)\s+zien\b",
    _I)
# "Ik zorg ervoor dat de Kamer de cijfers voor de begrotingsbehandeling heeft", "De vraag van de
# heer Van Dijk beantwoord ik graag schriftelijk": seeing to it that parliament gets something.
_SEES_TO = re.compile(
    r"\b(?:zorg|zorgt|zorgen)\s+(?:(?:ik|wij|we)\s+)?(?:(?:\w+\s+)?er\s*(?:wel\s+|ook\s+)?voor\s+)?"
    r"dat\s+(?:uw|de)\s+"
    r"Kamer\b[^.;?]{0,160}?\b(?:heeft|ontvangt|krijgt|beschikt|ziet)\b"
    r"|\b(?:beantwoord|beantwoorden)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,3}?(?:schriftelijk\b"
    # "Die vraag beantwoord ik in een brief"
    # (not the one in hand: "in de bijgevoegde brief")
    r"|(?:in|per|bij)\s+(?:een|de)\s+(?!(?:bijgevoegde|bijgaande|onderhavige|huidige)\b)"
    r"(?:[\w-]+\s+)?brief\b)"
    # what a later document will hold: "Ik zorg ervoor dat ze allebei worden opgenomen in het
    # halfjaarbericht van de politie", "… dat dit wordt meegenomen in het onderzoek"
    r"|\b(?:zorg|zorgen)\s+(?:(?:ik|wij|we)\s+)?(?:(?:\w+\s+)?er\s*voor\s+)?dat\b[^.;?]{0,100}?"
    r"\b(?:(?:wordt|worden)\s+(?:opgenomen|meegenomen|verwerkt)|terugkomt|terugkomen)\s+in\s+"
    r"(?:de|het|een|die|dat|deze|dit|mijn|onze)\s+(?:[\w-]+\s+)?" + _TAKEN_INTO + r"\b", _I)
# A document that goes to parliament ("toegaan", an official letter's verb): "Deze geannoteerde
# agenda gaat uw Kamer uiterlijk begin volgende week toe", "… die u begin volgende week zal
# toegaan" (the enclosure, "Hierbij gaat u de nota toe", is the letter itself).
_GOES_TO = re.compile(r"\b(?:gaat|gaan)\s+(?:u|uw\s+Kamer|de\s+Kamer)\b"
                      r"[^.;?]{0,120}?\btoe\b"
                      r"|\b(?P<will>zal|zullen)\b[^.;?]{0,160}?\btoegaan\b", _I)
# Where the promise's own clause starts, when an earlier one says something else: "Op 26
# september vindt er een bijeenkomst plaats en ik verwacht uw Kamer dit najaar te informeren".
_CLAUSE_BREAK = re.compile(r";\s*|,?\s+(?:en|maar)\s+(?=(?:ik|wij|we)\s)", _I)
# Present-tense telling that promises by naming a later document instead of a date.
# Meeting a request or a motion with what is done now: "kom ik tegemoet aan het verzoek …",
# "geef ik uitvoering aan de motie …", "doe ik die toezegging gestand".
_ANSWERED_NOW = re.compile(
    r"(?:kom|komen)\s+(?:\w+\s+){0,3}?tegemoet\s+aan\b"
    r"|(?:geef|geven)\s+(?:\w+\s+){0,3}?(?:invulling|uitvoering|gevolg|gehoor)\s+aan\b"
    r"|(?:doe|doen)\s+(?:\w+\s+){0,4}?gestand\b", _I)
_PRESENT_TELL = frozenset(("informeer", "informeert", "rapporteer", "rapporteert", "bericht",
                           "meld", "meldt", "stuur", "stuurt", "zend", "zendt", "geef", "geeft",
                           "deel", "deelt"))
# "geeft … aan dat", "deelt … mee dat": telling what is, not promising
_SAYING = frozenset(("geef", "geeft", "geven", "deel", "deelt", "delen", "kondig", "kondigt",
                     "kondigen"))
_SAYS_THAT = re.compile(r"(?:\s+[^\s,.;]+){0,6}?\s+(?:aan|mee)\s*,?\s+(?:dat|of)\b", _I)
# An indirect question after the verb: "Tevens geef ik aan welke stappen ik dit jaar zet" (the
# time is the question's)
_WH_WORD = re.compile(r"\b(?:welke|wat|hoe(?!\s+dan\s+ook\b)|waarom|wanneer)\b", _I)
# The subject of a plural verb, after it: "informeren we …", "informeren de minister van LNV en
# ik u gezamenlijk na de zomer"
_PLURAL_SUBJECT_AFTER = re.compile(r"\s+(?:we|wij|(?:de|het)\s+(?:minister|staatssecretaris"
                                   r"|kabinet)\b[^,.;:]{0,60}?\s+en\s+ik)\b", _I)
# Present-tense verbs that promise only with their particle at the clause's end (or before
# whom it goes to): "werken we … uit", "leggen we … voor aan de Kamer" — not before a noun
# phrase of its own ("leggen we voor de zomer …").
_PARTICLE_NEEDED = {
    verb: re.compile(r"[^.;:?!]{0,140}?\b(?:" + particles + r")\b(?!\s+(?:de|het|een|deze|dit|alles"
                     r"|die|dat|ons|onze|uw|zijn|haar|\d))", _I)
    for verbs, particles in (("werk werkt werken", "uit|af"), ("rond rondt ronden", "af"),
                             ("leggen", "voor|vast"), ("voeren", "uit|in"),
                             ("zet zetten", "uit|op"), ("breid breidt breiden", "uit"),
                             ("pas", "aan|toe"), ("richt richten", "in"),
                             ("vul vullen", "in"), ("licht lichten", "in"))
    for verb in verbs.split()}
# Stems that end as a plural does: "Voor de zomer verken ik de opties" is one speaker.
_EN_STEMS = frozenset(("dien", "verken", "teken"))
_PLURAL_TELL = frozenset(("informeren", "rapporteren", "berichten", "sturen", "zenden", "delen"))


_WE_BEFORE = re.compile(r"\b(?:wij|we)\s+$", _I)
_WE_AFTER = re.compile(r"\s+(?:wij|we)\b", _I)


def _we_beside(sentence: str, m: re.Match[str]) -> bool:
    """ "Wij informeren …", "… informeren wij …": a plural verb with its subject beside it."""
    return bool(_WE_BEFORE.search(sentence, 0, m.start()) or _WE_AFTER.match(sentence, m.end()))


_NEXT_DOCUMENT = re.compile(r"\b(?:volgende|komende|eerstvolgende)\s+(?:[\w-]+\s+)?[\w-]*(?:brief"
                            r"|rapportage|nota|rapport|monitor|stand\s+van)\b"
                            # "ik betrek de aanpak bij de brief over de arbeidsmarkt …"
                            r"|\bbij\s+de\s+brief\s+(?:over|aan)\b"
                            # "Ik informeer de Kamer daarover in een (aparte) brief"
                            r"|\bin\s+een\s+(?:aparte\s+|nadere\s+|afzonderlijke\s+|separate\s+"
                            r"|nieuwe\s+)?(?:brief|nota)\b(?!\s+van\b)"
                            # said in a debate: "Ik informeer de Kamer per brief"
                            r"|\bper\s+brief\b|\bschriftelijk\b"
                            # a Council's: "Over de uitkomsten informeer ik uw Kamer via het
                            # verslag van de Raad"
                            r"|\bvia\s+het\s+(?:gebruikelijke\s+)?verslag\b"
                            # one named before: "De eerste voortgangsbrief ontvangt u in
                            # september. Over … informeer ik u in die eerste voortgangsbrief."
                            r"|\bin\s+(?:die|dat)\s+(?:eerste\s+|volgende\s+)?[\w-]*(?:brief|rapportage"
                            r"|rapport|nota)\b"
                            # "… informeer ik u in de geannoteerde agenda van de Raad"
                            r"|\b(?:in|via|bij)\s+de\s+geannoteerde\s+agenda\b", _I)


def _shared_subject(sentence: str, found: list[Mention], verb: int,
                    subject: Mention | None) -> Mention | None:
    """ "Ik neem de suggestie mee en informeer de Kamer …": a second verb shares the first's
    subject (the mention after it is its object). Only a verb of telling does: "… en delen van
    Noord-Brabant" is a noun."""
    words = sentence[verb:verb + 14].split(maxsplit=1)
    word = words[0].strip(",.;:").lower() if words else ""
    if (subject is None or subject.kind == PARL) and found and _gov(found[0]) \
            and found[0].start < verb and _ELLIPSIS.search(sentence, 0, verb) \
            and (word in _PRESENT_TELL or word == "laat"
                 or (word in _PLURAL_TELL and word != "delen"
                     and found[0].text.lower() in ("wij", "we"))):
        return found[0]  # ("Wij kijken hier opnieuw naar en informeren de Kamer …")
    return subject


_SEND_VERB = re.compile(r"\b(?:stuur|stuurt|sturen|zend|zendt|zenden|zet|zetten|laat|laten)\b", _I)
# "Ik kom met een brief over …", "komen we voor de zomer van 2025 met een voorstel".
_COMES_WITH_WHICH = re.compile(r"\bwaar\s+(?:ik|wij|we)\s+(?:[^\s,.;:?!]+\s+){0,6}?mee\s+"
                               r"(?:kom|komen)\b", _I)
_COMES_WITH_DELIVERABLE = re.compile(
    r"\b(?:kom|komt|komen)\b[^.;]{0,40}?\bmee\s+(?:richting|naar)\s+(?:de|uw)\s+Kamer\b"
    r"|\bmee\s+(?:kom|komt|komen)\s+(?:richting|naar)\s+(?:de|uw)\s+Kamer\b|"
    r"\b(?:kom|komt|komen)\b(?:\s+[^\s.,;:?!]+){0,6}?\s+met\s+(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?"
    # (an approach is a deliverable only when one comes with it: "We komen met een nieuwe
    # aanpak", not "de aanpak van …" as a topic)
    r"(?:" + _DELIVERABLE + r"|aanpak(?!\s+van\b))\b", _I)
# "Er komt in maart een uitgebreide reactie naar de Kamer", "Er komt sowieso een beantwoording".
_THERE_COMES = re.compile(r"\b(?:er\s+(?:komt|komen)|(?:komt|komen)\s+er)\b"
                          # "voor de zomer ligt er een brief bij de Kamer" (by a time only)
                          r"|\b(?:er\s+(?:ligt|liggen)|(?:ligt|liggen)\s+er)\b"
                          # "… de evaluatie, en die ligt in september bij de Kamer", "Het
                          # wetsvoorstel ligt naar verwachting in het voorjaar van 2026 bij uw
                          # Kamer"
                          r"|\b(?:ligt|liggen)\b(?=(?:\s+\w+){1,8}?\s+bij\s+(?:de|uw)\s+Kamer\b)"
                          # "… in de evaluatie, die voor het einde van het jaar naar de Kamer komt"
                          r"|(?:(?<=\bnaar\s(?:de|uw)\sKamer\s)|(?<=\bnaar\su\s))(?:komt|komen)\b"
                          # "… dat het wetsvoorstel in het tweede kwartaal voor advies naar de Raad
                          # van State gaat"
                          r"|(?<=\bnaar\sde\sRaad\svan\sState\s)(?:gaat|gaan)\b"
                          # "Het wetsvoorstel gaat voor de zomer in internetconsultatie", "… gaat
                          # nog dit jaar voor advies naar de Raad van State"
                          r"|\b(?:gaat|gaan)\b(?=(?:\s+[\w-]+){0,8}?\s+(?:in\s+(?:de\s+)?"
                          r"(?:internet)?consultatie|(?:voor\s+advies\s+)?naar\s+de\s+Raad\s+van"
                          r"\s+State)\b)"
                          # "Die evaluatie gaat voor de zomer naar de Kamer"
                          r"|\b(?:komt|komen|gaat|gaan)\b"
                          r"(?=(?:\s+[\w-]+){0,10}?\s+naar\s+" + _KAMER_OR_U + r"\b)"
                          r"|\b(?:komt|komen)\b(?=\s+(?:nog\s+)?(?:voor|vóór|in|rond|begin|eind|medio"
                          r"|uiterlijk|binnen|volgende|deze|dit)\b)",
                          _I)  # "De brief komt voor de zomer."


_ASIDE_BEFORE = re.compile(r",\s+[^,;:]{1,80},\s*$")
_TO_THE_KAMER_BEFORE = re.compile(r"\bnaar\s+(?:(?:de|uw)\s+Kamer|u|de\s+Raad\s+van\s+State)\s+$")
_SAID_DELIVERABLE = re.compile(r"(?:^\s*|[,;:]\s*|\bdat\s+)(?:de|het|een|die|deze)\s+(?:[\w-]+\s+)?"
                               + _DELIVERABLE + r"\b[^,;:]{0,120}$", _I)


# A present tense put later by what opens the sentence: "Vervolgens stuur ik het onderzoek aan
# uw Kamer", "Voordat de onderzoeksopdracht wordt vastgesteld, sturen wij haar aan de Kamer"
_THEN = re.compile(r"(?:(?:(?:en|dus)\s+)?(?:vervolgens|daarna|daarop|aansluitend|nadien)\b"
                   r"|(?:voordat|nadat|zodra)\b[^,;]{3,160},\s)"
                   r"(?=[^.;]*\b(?:stuur|stuurt|sturen|zend|zendt|zenden|informeer|informeert"
                   r"|informeren|bericht|berichten)\b)", _I)
_DEMONSTRATIVE_AFTER = re.compile(r"\s+(?:dit|dat|die)\b", _I)
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:^\s*|[,;:]\s*)(?:dit|dat|die)\s+$", _I)


def _there_comes(sentence: str, found: list[Mention], m: re.Match[str],
                 deadline: Callable[[], Deadline | None]) -> Finding | None:
    window = _clause_after(sentence, m.end())
    head = re.match(r"(?:\s+\w+){0,6}?\s+(?:een|de|het|nog\s+een)\s+(?:[\w-]+\s+){0,2}?"
                    + _DELIVERABLE + r"\b", window, _I) or re.search(
        r"(?:^\s*|[,;:]\s*)(?:(?:dat|dit|die|deze|de|het|een)\s+)(?:[\w-]+\s+){0,2}?" + _DELIVERABLE
        # "De brief over de wachtlijsten komt voor de zomer"
        # ("Het wetsvoorstel betaalbare huur, met …, gaat voor de zomer naar de Kamer": by name)
        + r"(?:\s+(?:over|van|op|inzake|met|aan|voor|omtrent|rond)\s+(?:[\w-]+\s+){1,5}?"
        r"|\s+(?:[\w-]+\s+){0,4})$"
        # "… in de evaluatie, die voor het einde van het jaar naar de Kamer komt"
        r"|\b(?:de|het|een)\s+(?:[\w-]+\s+)?" + _DELIVERABLE + r",?\s+(?:die|dat)\s+[^,;]*$"
        # "De evaluatie wordt naar voren gehaald, en die ligt in september bij de Kamer"
        r"|(?:^\s*|[:;]\s*)(?:de|het)\s+(?:[\w-]+\s+)?" + _DELIVERABLE
        + r"\b[^;:]*,\s+en\s+(?:die|dat|deze)\s+$",
        # an aside between the deliverable and its verb: "Het advies, met een kabinetsreactie
        # erbij, komt naar verwachting in het tweede kwartaal naar uw Kamer"
        _ASIDE_BEFORE.sub(" ", sentence[:m.start()]), _I)
    if head is None and (_DEMONSTRATIVE_AFTER.match(window)
                         or _DEMONSTRATIVE_BEFORE.search(sentence, 0, m.start())) \
            and _PARL_MENTIONED.search(window) and deadline() is not None:
        # what was just named, by a time: "Binnen een halfjaar ligt dit bij de Kamer", "Dat
        # komt rond de zomer naar de Kamer" (the negation check below reads up to its end)
        head = _DEMONSTRATIVE_AFTER.match(window) or re.match("", window)
    if head is None and _TO_THE_KAMER_BEFORE.search(sentence, 0, m.start()):
        # "Wel kan ik zeggen dat de evaluatie van het werkdrukakkoord in het voorjaar naar de
        # Kamer komt": the deliverable, then its time and way, then the verb
        head = _SAID_DELIVERABLE.search(sentence, 0, m.start())
    # someone else's deliverable, but not one named in what it will be about: "Voor de
    # begrotingsbehandeling komt er een brief die ingaat op de uitspraak van de Raad van State"
    about = _ABOUT.search(sentence, m.end())
    cut = about.start() if about else len(sentence)
    # someone else in the clause (not in one before it: "Ik kan de heer Bosma geruststellen: die
    # brief komt er voor de zomer aan")
    clause = max(sentence.rfind(":", 0, m.start()), sentence.rfind(";", 0, m.start())) + 1
    if head is None or _negated(window[:head.end()]) or any(
            x.kind in (OTHER, MEMBERS) and clause <= x.start < cut
            and not _FOR_ADVICE.search(sentence, max(0, x.start - 50), x.end) for x in found):
        return None
    if not (_PARL_MENTIONED.search(window) or deadline() is not None):
        return None
    if m.group().lower().startswith(("er l", "lig")) and (
            deadline() is None or deadline().phrase.lower().startswith(("per ", "met ingang"))
            or not clause <= deadline().start < m.end() + len(window)):
        return None  # "Er ligt nu een brief bij de Kamer": there already (and "De verhoging
        # per 1 januari 2019 ligt in het Belastingplan bij uw Kamer": that date is the rate's;
        # "Het wetsvoorstel ligt bij de Kamer; de wet treedt op 1 juli in werking": the law's)
    return Finding("commitment", "commitment.deliverable-comes", 0.7, None, None)


_ABOUT = re.compile(r"\b(?:die|dat|waarin|waarmee|waarover)\s+(?:\w+\s+){0,3}?(?:ingaat|ingaan"
                    r"|beschrijft|bevat|uiteenzet|toelicht|schetst)\b|\bover\s+(?:de|het)\b", _I)


_PARL_MENTIONED = re.compile(r"\b(?:de|uw)\s+Kamer\b|\bu\b"
                             r"|\b(?:beide|de)\s+Kamers\b|\bde\s+(?:senaat|Staten-Generaal)\b", _I)


_ATTRIBUTIVE = re.compile(
    r"\b(?:de|het)\s+(?:in|voor|vóór|uiterlijk|begin|eind|medio|binnenkort|nog)\s+[^,;.]{0,25}?\s+te"
    r"\s+(?:verschijnen|versturen|sturen|publiceren|ontvangen|presenteren|verzenden)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _DELIVERABLE + r"\b", _I)
# Being there is no promise: "De minister is voornemens deel te nemen aan de justitiedag".
_ATTENDS = re.compile(r"\s+(?:om\s+)?(?:\w+\s+){0,4}?(?:deel\s+te\s+nemen|aanwezig\s+te\s+zijn"
                      r"|bij\s+te\s+wonen)\b", _I)
_SINCE = re.compile(r"\bsinds\b", _I)
_SUBORDINATE = re.compile(r"\b(?:dat|die|waarin|waarop|waarmee|welke)\b", _I)
_NOUN_PHRASE = re.compile(r"\b(?:de|het|een|alle|deze)\s+[\w-]+\s+$", _I)


def _since(sentence: str, verb_end: int) -> bool:
    """ "Het kabinet voert sinds 2024 …": going on already (not "Ik stuur u … een overzicht van
    de ontheffingen die de Inspectie sinds de invoering heeft verleend": the clause's own)."""
    return any(x.start() < verb_end or not (
        _SUBORDINATE.search(sentence, verb_end, x.start())
        # (nor what a thing covers: "stuur ik u de incidentanalyses sinds 2016")
        or _NOUN_PHRASE.search(sentence, verb_end, x.start())) for x in _SINCE.finditer(sentence))


_WISH = re.compile(r"\bop\s+prijs\b|\bvoor\s+(?:ogen|\s)", _I)
# "… daar kom ik een keer op terug; dit is een toezegging."
_THIS_IS_A_PROMISE = re.compile(r"\b(?:dit|dat)\s+is\s+een\s+toezegging\b"
                                # "Die toezegging doe ik mevrouw Welzijn met plezier"
                                r"|^(?:(?:ja|nou|dus|en)[,]?\s+)?(?:die|deze|de)\s+toezegging\s+"
                                r"(?:doe|geef)\s+ik\b(?![^.;]*\bniet\b)"
                                # "Ik kan uw Kamer de toezegging doen dat ik … een brief stuur"
                                r"|\b(?:ik|wij|we)\s+(?:kan|kunnen|wil|willen|zal|zullen)\s+"
                                r"(?:(?!niet\b|geen\b)\w+\s+){0,3}?de\s+toezegging\s+doen\b"
                                # "Dit kunt u lezen als een toezegging dat ik ermee aan de slag
                                # ga", "Dat mag u als een toezegging beschouwen"
                                r"|\b(?:dit|dat)\s+(?:kunt|kan|mag|moet)\s+u\s+(?:(?!niet\b)\w+\s+)?"
                                r"(?:(?:lezen|zien|beschouwen|opvatten|noteren)\s+als\s+(?:een\s+)?"
                                r"toezegging|als\s+(?:een\s+)?toezegging\s+(?:lezen|zien|beschouwen"
                                r"|opvatten|noteren))\b", _I)
# Able to deliver by a time: "Deze brief kan ik binnen enkele weken naar uw Kamer verzenden",
# "dat ik uiterlijk eind januari het rapport aan Uw Kamer kan versturen".
_CAN_DELIVER = re.compile(r"\b(?:kan|kunnen)\b(?=[^.;:]{0,120}?\b(?:verzenden|versturen|sturen"
                          r"|toesturen|zenden|toezenden|aanbieden|informeren|toekomen|voorleggen"
                          r"|rapporteren|berichten|in\s+het\s+vooruitzicht\s+stellen)\b)", _I)
# The government asks for more time, so promises the new date: "Daarom verzoek ik u de termijn
# met 4 weken te verlengen tot 20 februari", "Ik vraag u uitstel tot 1 maart".
_MORE_TIME = re.compile(
    r"(?:\b(?:verzoek|vraag)(?:en)?\s+(?:ik|wij|we)|\b(?:ik|wij|we)\s+(?:verzoek|vraag)(?:en)?)\s+"
    r"(?:u|uw\s+(?:kamer|commissie))\b[^.;]{0,120}?"
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
    if 0 < at < left and _WITH.match(sentence, left):
        return True  # "Ik zal u eind oktober een overzicht sturen, met de adviezen zelf als
        # bijlage": what the promised thing comes with
    right = sentence.find(",", p)
    if right < 0 or left <= at < right:
        return False
    return bool(_RELATIVE.search(sentence, left, p))


_WITH = re.compile(r"\s*(?:en\s+)?(?:met|inclusief|voorzien\s+van)\b", _I)


_FINITE_BEFORE_INFINITIVE = re.compile(
    r"\b(?:kan|kunt|kunnen|wil|willen|zal|zult|zullen|ga|gaat|gaan|mag|mogen|moet|moeten|zou"
    r"|zouden|laat)\b", _I)  # "Laat ik toezeggen dat …"
_SUBCLAUSE = re.compile(r"\b(?:dat|zodat|om)\b", _I)
# … and a relative clause: "een lijst bijgevoegd … waarvan het streven is deze in 2012 aan u voor
# te leggen" promises in its own clause.
_CLAUSE_OPENER = re.compile(r"\b(?:dat|zodat|om|waar(?:van|in|mee|bij|over|na|door|op|aan))\b",
                            _I)
# "Ik kan niet toezeggen": a modal with a negation before the promise.
# "Ik kan dat niet toezeggen", and in a subordinate clause "Wat ik niet kan toezeggen, is …"
_MODAL_NOT = re.compile(r"\b(?:kan|kunnen|wil|willen|mag)\s+(?:\w+\s+){0,3}?(?:niet|geen)\b"
                        r"|\b(?:niet|geen)\s+(?:\w+\s+){0,2}?(?:kan|kunnen|wil|willen|mag)\s+$",
                        _I)

# Aims and plans with a deliverable: "Het streven is erop gericht de nota … in te dienen", "Onze
# planning is om de opzet medio april naar de Kamer te sturen", "Het is mijn voornemen …",
# "zet het kabinet zich in om het wetsvoorstel zo spoedig mogelijk aan te bieden".
_AIM_HINT = re.compile(r"streven|gestreefd|planning|inzet|inspanning|voornemen|intentie|bedoeling"
                       r"|zet|zetten|alles")
_AIM = re.compile(
    r"\b(?P<owner>mijn|ons|onze?|het|de|zijn|haar)\s+(?:\w+\s+)?(?:streven|planning|inzet"
    r"|inspanningen|voornemen|intentie|bedoeling|insteek)\s+(?:is|zijn|blijft)\b"
    r"|\bhet\s+is\s+(?P<owner2>mijn|ons|het|de)\s+(?:streven|voornemen|plan|bedoeling|intentie"
    r"|inzet)\b"
    # "Hoewel …, is het mijn voornemen uw Kamer uiterlijk op 1 november … te berichten"
    r"|\b(?:is|was)\s+het\s+(?P<owner3>mijn|ons|onze)\s+(?:streven|voornemen|plan|bedoeling"
    r"|intentie|inzet)\b"
    # its subject after the verb, behind a fronted phrase: "Voor de regionale luchthavens is de
    # inzet om per 1 januari 2025 een luchthavenbesluit vastgesteld te hebben"
    r"|\b(?:is|blijft)\s+(?P<owner5>mijn|onze?|het|de)\s+(?:\w+\s+)?(?:streven|planning|inzet"
    r"|insteek)(?=\s+(?:om|dat)\b)"
    # ("Het ligt in de bedoeling bovengenoemd verbod … in de Wet op te nemen", "Het ligt uiteraard
    # in mijn voornemen U zo spoedig mogelijk mijn antwoord … te doen toekomen")
    r"|\bligt\s+(?:het\s+)?(?:(?:uiteraard|thans|nu|dan\s+ook|wel)\s+)?in\s+(?P<owner4>mijn|ons"
    r"|het|de)\s+(?:voornemen|bedoeling)\b"
    r"|\b(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:\w+\s+)?de\s+(?:intentie|bedoeling)\b"
    # impersonal: "Er wordt naar gestreefd om in het jaar 1987 de besluitvorming … af te ronden"
    r"|\b(?P<impersonal>(?:er\s+wordt|wordt\s+er)\s+(?:\w+\s+)?naar\s+gestreefd"
    r"|gestreefd\s+wordt\s+(?:er\s+)?naar|er\s*naar\s+(?:wordt|werd)\s+gestreefd)\b"
    r"|\b(?:de|het)\s+(?:inzet|voornemen|streven|plan)\s+van\s+(?P<of>het\s+kabinet|de\s+regering"
    r"|mij|ons)\s+om\b"
    r"|\b(?:zet|zetten)\s+(?P<who>\w+(?:\s+\w+){0,2}?)\s+(?:zich|mij|me|ons)\s+"
    r"(?:\w+\s+){0,3}?in\s+(?:om|voor)\b"
    # "Ik zet alles op alles om het wetsvoorstel in het najaar in te dienen", "doen wij er alles
    # aan om …"
    r"|\b(?:(?P<who2>ik|wij|we|het\s+kabinet)\s+(?:zet|zetten|doe|doen)|(?:zet|zetten|doe|doen)\s+"
    r"(?P<who3>ik|wij|we|het\s+kabinet))\s+(?:er\s+)?alles\s+(?:op\s+alles|aan)\s+om\b"
    # a time aimed at, the time alone: "We streven naar het eerste kwartaal van 2026."
    r"|\b(?P<who4>ik|wij|we|het\s+kabinet)\s+(?:streef|streeft|streven)\s+naar\b", _I)
_LAW_TAKES_EFFECT = re.compile(r"\bin\s+werking\s+te\s+(?:laten\s+)?treden\b", _I)
_COMES_WITH = re.compile(r"\bmet\s+(?:een|de|het)\s+[\w-]+\s+(?:[\w-]+\s+){0,3}?(?:te\s+)?komen\b"
                         r"|\bkomen\s+met\b", _I)
_TO_INFINITIVE = re.compile(r"\bte\s+(?:\w+\s+)?\w+en\b", _I)
# "De planning is dat de regeling in de zomer van 2027 wordt gepubliceerd"
_PLANNED_PASSIVE = re.compile(r"\s*(?:,\s*)?dat\b(?=[^.;]*\b(?:wordt|worden)\b)"
                              r"(?=[^.;]*\b(?:ge\w+[dt]|\w+ge\w+[dt]|voorgelegd|ingediend"
                              r"|aangeboden|verstuurd)\b)", _I)


def _aim(sentence: str, found: list[Mention],
         deadline: Callable[[], Deadline | None]) -> Finding | None:
    m = _AIM.search(sentence)
    if m is None:
        return None
    rest = sentence[m.end():]
    due = deadline()
    dated = due is not None and due.due is not None  # (the deadline engine's own reading)
    # "Het streven is 1 januari 2026.": the time alone, of what was just said
    bare = dated and not rest.replace(due.phrase, "", 1).strip(" .")
    if not (_TELL_VERBS.search(rest) or _DELIVERABLE_RE.search(rest) or dated
            or _COMES_WITH.search(rest)) \
            or not (_TO_INFINITIVE.search(rest) or _PLANNED_PASSIVE.match(rest) or bare) \
            or _negated(rest[:60]):
        return None
    if re.search(r"\bte\s+blijven\b", rest[:100], _I) and not dated:
        return None  # "Het is de bedoeling om deze ontwikkelingen te blijven monitoren": carry on
    if m.group("impersonal") and _LAW_TAKES_EFFECT.search(rest):
        return None  # "Er wordt naar gestreefd de wet per 1 januari in werking te laten treden":
        # a plan for the law, as "Beoogd wordt …" (_AIMED), not a deliverable
    clause = max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start())) + 1
    if any(x.kind in (OTHER, MEMBERS) and clause <= x.start < m.end() + 20 for x in found):
        return None  # "De inzet van de Commissie is …" (not "Hoewel de gesprekken met de
        # zorgverzekeraars … , is het mijn voornemen …": another clause)
    doer = m.group("who2") or m.group("who3") or m.group("who4")  # "Ik zet alles op alles om …"
    if doer:
        return Finding("commitment", "commitment.aim", 0.65, doer,
                       SELF if doer.lower() in ("ik", "wij", "we") else GOV)
    if m.group("who"):
        subject = subject_at(sentence, found, m.start(), _word_end(sentence, m.start()))
        if not _gov(subject):
            return None
        return Finding("commitment", "commitment.aim", 0.65, subject.text, subject.kind)
    if m.group("of"):
        return Finding("commitment", "commitment.aim", 0.6, m.group("of"), GOV)
    owner = (m.group("owner") or m.group("owner2") or m.group("owner3") or m.group("owner4")
             or m.group("owner5") or "").lower()
    kind = SELF if owner in ("mijn", "ons", "onze") else None
    return Finding("commitment", "commitment.aim", 0.6, None, kind)


# Nominalised actions with a time: "De beantwoording zal plaatshebben omstreeks 20 januari",
# "Besluitvorming volgt in het najaar", "Publicatie is voorzien voor het eerste kwartaal".
_NOMINAL_HINT = re.compile(r"beantwoording|besluitvorming|publicatie|verzending|toezending"
                           r"|consultatie"
                           r"|oplevering|indiening|aanbieding|afronding|presentatie|vaststelling"
                           r"|voorzien|gepland|plaats|geprogrammeerd")
_NOMINAL = re.compile(
    r"\b(?:(?:de|het)\s+)?(?:\w+\s+)?(?:beantwoording|besluitvorming|publicatie|verzending"
    r"|toezending|oplevering|indiening|aanbieding|afronding|presentatie|vaststelling)\b"
    # (an aside may stand between the noun and its verb: "Publicatie van de Gids, waarin …, is")
    r"(?:\s+[\w-]+){0,20}?,?(?:\s*,[^,;.]{3,120},)?\s+(?:zal|zullen|kan|volgt|volgen|is|wordt|staat"
    r"|vindt)\b"
    r"(?:\s+\w+){0,8}?\s+(?:plaatsvinden|plaatshebben|plaats|volgen|voorzien|gepland|verwacht"
    r"|geschieden|gebeuren)\b|\b(?:beantwoording|besluitvorming|publicatie|verzending|toezending"
    r"|oplevering|indiening|aanbieding)\b(?:\s+[\w-]+){0,10}?\s+(?:volgt|volgen)\b"
    # any action named as a noun, planned: "De openstelling is voorzien voor medio 2015", "De
    # definitieve vormgeving van de regeling vindt plaats na de evaluatie"
    r"|^(?:De|Het|Een)\s+(?:\w+\s+)?(?!(?:stemming|verkiezing|vergadering|zitting|opening"
    r"|bijeenkomst|behandeling|uitzending)\b)\w{4,}(?:ing|atie)\b(?:\s+\S+){0,8}?"
    r"(?:\s*,[^,;.]{3,160},)?\s+(?:is|wordt|staat)\s+(?:voorzien|gepland|geprogrammeerd)\s+"
    r"(?:voor|in|rond|na)\b"
    # the thing planned, then its action: "Het wetsvoorstel is gepland voor indiening in 2026",
    # "Het rapport is voorzien voor publicatie in het voorjaar" (not a law's entry into force)
    r"|^(?:De|Het|Een)\s+(?:[\w-]+\s+){0,3}?(?:" + _DELIVERABLE + r"|wetsvoorstel\w*|\w*regeling"
    r"|\w*besluit)\s+(?:\S+\s+){0,6}?(?:is|wordt|staat)\s+(?:gepland|voorzien|geprogrammeerd)\s+"
    r"voor\s+(?:indiening|publicatie|verzending|toezending|aanbieding|oplevering|presentatie"
    r"|vaststelling)\b"
    # the time first: "Een tussentijdse evaluatie van de sectorplannen is in 2025 voorzien"
    r"|^(?:De|Het|Een)\s+(?:\w+\s+)?\w{4,}(?:ing|atie)\b(?:\s+\S+){0,8}?\s+(?:is|wordt|staat)\s+"
    r"(?:in|voor|rond|begin|eind|medio)\s+(?:\S+\s+){0,4}?(?:voorzien|gepland|geprogrammeerd)\b"
    r"|^(?:De|Het)\s+(?:\w+\s+)?(?!(?:stemming|verkiezing|vergadering|zitting|opening|bijeenkomst"
    r"|behandeling|uitzending)\b)\w{4,}(?:ing|atie)\b(?:\s+\S+){0,8}?\s+vindt\s+"
    r"(?:\w+\s+)?plaats\s+(?:voor|vóór|in|rond|na|begin|eind|medio|uiterlijk)\b"
    # the verb first, after a phrase: "Over de budgettaire gevolgen daarvan vindt besluitvorming
    # plaats bij de Voorjaarsnota"
    r"|\bvindt\s+(?:de\s+)?(?:besluitvorming|publicatie|beantwoording|vaststelling|afronding)\s+"
    r"(?:\w+\s+){0,3}?plaats\b"
    # "De internetconsultatie over het wetsvoorstel start voor het kerstreces"
    r"|^(?:De|Het)\s+(?:\w+\s+)?(?:internet)?consultatie\b(?:\s+\S+){0,8}?\s+(?:start|begint)"
    r"\s+(?:\w+\s+)?(?:voor|vóór|in|rond|na|begin|eind|medio|uiterlijk|op|nog)\b", _I)


def _nominal(sentence: str, found: list[Mention], m: re.Match[str],
             deadline: Callable[[], Deadline | None]) -> Finding | None:
    if any(x.kind in (OTHER, MEMBERS) and not _COMPLEMENT.search(sentence, m.start(), x.start)
           for x in found) or _negated(m.group()):
        return None  # someone else's ("Besluitvorming door de Europese Commissie volgt …"), but
        # not a noun's complement ("Beantwoording van de vragen van de leden … zal …")
    if _PLANNED_FOR.search(m.group()) and any(x.kind in (OTHER, MEMBERS) for x in found
                                              if x.start < m.end()):
        return None  # "Het rapport van de Europese Commissie is voorzien voor publicatie …"
    if _WOULD.search(m.group()):
        return None  # retold: "In de presentatie van het plan is aangegeven dat nadere
        # besluitvorming zou plaatsvinden wanneer …"
    due = deadline()
    if (due is None or (due.due is None and due.precision != "conditional")) \
            and not _NEXT_DOCUMENT.search(sentence, m.start()):
        return None  # (a later document is a time: "… zal in een afzonderlijke nota plaatsvinden")
    return Finding("commitment", "commitment.nominal", 0.7, None, None)


_WOULD = re.compile(r"\b(?:zou|zouden)\b", _I)
_PLANNED_FOR = re.compile(r"\b(?:gepland|voorzien|geprogrammeerd)\s+voor\s+\w+(?:ing|atie)\b", _I)
# A mention inside the nominal's complement: "Publicatie van de handreiking voor gemeenten …"
_COMPLEMENT = re.compile(r"\s(?:van|voor|aan|over)\s+(?:(?!door\s)[\w-]+\s+){0,8}?$", _I)


def _only_opening(text: str) -> bool:
    """Nothing but an opening adverbial before the first mention ("Ook", "Verder"), not a
    subordinate clause's conjunction ("Zodra de commissie haar advies heeft uitgebracht, stuur
    ik …": the main clause follows)."""
    return len(text.split()) <= 3 and "," not in text and not _SUBORDINATOR.match(text)


_SUBORDINATOR = re.compile(r"\s*(?:zodra|nadat|als|wanneer|indien|voordat|zolang|omdat|hoewel"
                           r"|aangezien|mocht|nu)\b", _I)


def _reported(sentence: str, found: list[Mention], m: re.Match[str],
              deadline: Callable[[], Deadline | None]) -> Finding | None:
    """ "heeft uw ambtsvoorganger de Kamer toegezegd dat …", "is uw Kamer … toegezegd"."""
    aux = None
    for a in _PAST_AUX.finditer(sentence, 0, m.start()):
        aux = a
    if aux is None or _negated(sentence[:m.start()]):
        return None  # "Het is niet mogelijk, zoals eerder toegezegd, …"
    if aux.group().lower() in ("had", "hadden", "was", "waren"):
        return None  # "die ik had toegezegd te beantwoorden", "Toezending van deze brief was u
        # toegezegd in …": told of, long before
    subject = subject_at(sentence, found, aux.start(), aux.end())
    if (subject is None or subject.kind == SELF) and deadline() is None \
            and not _REGISTERED_NUMBER.search(sentence):
        return None  # "Daarbij is aan het lid Koerhuis toegezegd de Kamer te informeren over
        # …": the writer's own promise retold without a time is the letter's account of what
        # it keeps now (minutes' "De minister heeft toegezegd …" record one)
    if _ACCORDING.search(sentence, 0, aux.start()):
        return None  # "Volgens hem heeft het kabinet toegezegd …": someone's account of it
    if subject is None and _ORGANISATION.match(sentence, aux.end()):
        return None  # "heeft de Stichting van de Arbeid toegezegd …": someone else promised
    if subject is None and _NOUN_SUBJECT.match(sentence[:aux.start()]):
        return None  # "De Israëlische autoriteiten hebben toegezegd …"
    if subject is None and _NAMED_FIRST.match(sentence) and not any(
            _gov(x) for x in found if x.start < aux.start()) and (any(
            x.kind == OTHER for x in found if x.start < aux.start())
            or _ORG_NAMED.search(sentence, 0, aux.start())):
        return None  # "De VNG en de Unie van Waterschappen hebben toegezegd …", "Aedes heeft
        # namens de corporaties toegezegd …"
    if subject is None and _BARE_NAME.match(sentence[:aux.start()]):
        return None
    if _PAST_EVENT.search(sentence, 0, m.start()) and not _REGISTERED_NUMBER.search(sentence):
        return None  # "In het Tweeminutendebat … op 25 mei jl. is toegezegd …": an old promise
        # (one that names its registry number is kept: it tells which toezegging is meant)
    if _MONEY.search(sentence, aux.end(), m.start()):
        return None  # "Er is … ruim 1 miljard toegezegd": money pledged, not a promise to the Kamer
    if _KEPT.search(sentence, m.end()) or _SENT_NOW.search(sentence, 0, aux.start()):
        return None  # "Wij hebben de Kamer toegezegd dat we dat zouden doen, en dat hebben we
        # gedaan", "stuur ik u de stand van zaken …, waarover is toegezegd uw Kamer nog dit jaar
        # te informeren": a promise kept, here and now
    if subject is None or subject.kind in (OTHER, MEMBERS):
        # "Ook is een schriftelijke reactie toegezegd": no one named, the government meant.
        if subject is not None:
            return None
        return Finding("commitment", "commitment.reported", 0.75, None, None)
    if subject.kind == PARL:
        return Finding("commitment", "commitment.reported", 0.8, None, PARL)
    return Finding("commitment", "commitment.reported", 0.8, subject.text, subject.kind)


_ACCORDING = re.compile(r"\bvolgens\s+(?:hem|haar|hen|hun|de\s+\w+|het\s+\w+)\b", _I)
_KEPT = re.compile(r"[,;]\s*(?:en|wat|hetgeen)\s+(?:dat|die|dit|deze)?\s*(?:\w+\s+){0,2}?(?:hebben"
                   r"|heb|heeft|is|zijn)\s+(?:(?:we|wij|ik)\s+)?(?:\w+\s+)?(?:gedaan|gebeurd"
                   r"|nagekomen|verstuurd|gestuurd|geïnformeerd)\b", _I)
_SENT_NOW = re.compile(r"\b(?:stuur|zend|bied|informeer)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\b"
                       r"[^.;:]*?,\s*(?:waarover|waarvan|waarin|zoals|die|dat)\b", _I)
_PAST_EVENT = re.compile(r"\b(?:(?:tweeminuten|commissie|plenaire?\s+|notaoverleg\w*|wetgevings)?"
                         r"debat|algemeen\s+overleg|vragenuur|\bAO\b|jl\.|jongstleden"
                         # "Bij de plenaire behandeling van het wetsvoorstel heeft … toegezegd"
                         r"|(?:bij|tijdens)\s+de\s+(?:plenaire\s+)?behandeling\b)", _I)
_REGISTERED_NUMBER = re.compile(r"\b(?:T\d{5}|TZ\d{6}-\d{2,3})\b")
_NOUN_SUBJECT = re.compile(r"^(?:De|Het|Een|Deze|Die)\s+[\w-]+(?:\s+[\w-]+){0,4}\s*$"
                           # a name: "Zorgverzekeraars Nederland heeft toegezegd …", "De VNG"
                           r"|^(?:[A-Z][\w-]+\s+){1,3}[A-Z][\w-]+\s*$|^[A-Z]{2,6}\s*$"
                           # a bare plural: "Supermarkten hebben toegezegd dat zij …"
                           r"|^[A-Z][a-z][\w-]{3,}(?<!Wij)(?:en|s)\s*$")
_TAKES_INTO_ACCOUNT = re.compile(r"\bbetrekken\s+bij\s+(?:de|het)\s+(?:verdere\s+)?(?:uitwerking"
                                 r"|beleidsvorming|besluitvorming|afweging|uitvoering|beleid)\b",
                                 _I)
_ORG_NAMED = re.compile(r"\b(?:Vereniging|Stichting|Unie|Bond|Federatie|Platform|Koepel)\b"
                        r"|\([A-Z]{2,8}\)")
_NAMED_FIRST = re.compile(r"(?:De|Het)\s+[^,;:]{2,80}?\s+(?:heeft|hebben)\b")
_BARE_NAME = re.compile(r"^[A-Z][\w-]+\s*$")  # "Aedes heeft namens de corporaties toegezegd …"
_MONEY = re.compile(r"\b(?:miljard|miljoen|euro|€)", _I)
# An organisation the actor list does not know: "de Stichting van de Arbeid", "het RIVM".
_ORGANISATION = re.compile(r"\s+(?:(?:ook|al|eerder|toen|destijds|daarbij)\s+)*(?:de|het)\s+"
                           r"(?:[A-Z][\w-]+|[A-Z]{2,})")


# What depends on a need, right after "zal" (``_NEEDED``); what holds someone else to theirs:
# "ik zal het fonds daaraan houden", "ik zal hem daar scherp op houden".
_IF_NEEDED = re.compile(r"\s*(?:\w+\s+)?" + _NEEDED, _I)
_HOLD_TO = re.compile(r"\b(?:daaraan|eraan|daar\s+(?:\w+\s+)?op|erop|aan\s+(?:die|deze|de|hun|zijn"
                      r"|haar)\s+(?:\w+\s+)?(?:afspraak|afspraken|toezegging|planning|belofte)\w*)"
                      r"\s+houden\b", _I)


# A look that ends in telling the Kamer: "Ik zal kijken of dat kan en de Kamer daarover
# informeren" (not "Ik zal kijken hoe we de Kamer beter kunnen informeren").
_AND_TELLS_KAMER = re.compile(r"\ben\s+(?:(?:ik|wij|we)\s+)?(?:\w+\s+){0,2}?(?:de|uw)\s+Kamer\s+"
                              r"(?:[\w-]+\s+){0,6}?(?:informeren|berichten|inlichten)\b", _I)
_AS_ASIDE = re.compile(r"[^,;:]*,\s+(?:zoals|net\s+als|evenals)\b[^,;:]{0,80},\s*([^,;:]*)", _I)


def _keeps_telling_by(window: str, deadline: Callable[[], Deadline | None]) -> bool:
    """Carrying on with a time to check it by: "Ik zal uw Kamer over de voortgang blijven
    informeren, in ieder geval voor het zomerreces" (not "zal de ontwikkelingen blijven volgen",
    nor "blijven informeren" alone)."""
    if not _TELL_VERBS.search(window):
        return False
    due = deadline()
    return due is not None and due.due is not None and due.precision != "vague"


def _future(sentence: str, found: list[Mention], m: re.Match[str],
            deadline: Callable[[], Deadline | None]) -> Finding | None:
    """ "Het kabinet zal …", "In het najaar zal uw Kamer … worden geïnformeerd"."""
    window = _clause_after(sentence, m.end())
    middle = _middle_field(window)
    if _negated(middle):
        return None
    aside = _AS_ASIDE.match(sentence, m.end())
    if aside is not None and _negated(aside.group(1)):
        return None  # "… zal ik uw Kamer, zoals ook in het verleden, niet vooraf informeren"
    if cut_off(sentence, m.end()):
        return None
    if _IN_A_TERM.search(window):
        return None  # "De overige vragen zal ik … in mijn eerste termijn beantwoorden": the
        # debate's own business, even when written down before it
    subs = list(_SUBCLAUSE.finditer(sentence, 0, m.start()))
    sub = subs[-1] if subs else None
    if sub is not None and "," not in sentence[sub.end():m.start()] \
            and _negated(sentence[sub.end():m.start()]):
        return None  # "… dat ik vanaf nu geen Amerikaanse banken meer zal inhuren"
    passive = _passive_to_parliament(sentence, found, m, present=False)
    if passive is not None:
        return passive
    if _asked_up_to(sentence, m.start()):
        return None  # "Mij is gevraagd wanneer ik concreter zal worden": asked, not promised
    if _REPORTED_BEFORE.search(sentence, 0, m.start()):
        return None  # "Eerder berichtte ik u dat ik … zal …": an old promise retold
    if _ASSUMED.search(sentence, 0, m.start()):
        return None  # "Daarbij wordt ervan uitgegaan dat het wetsvoorstel … in werking zal zijn
        # getreden": an assumption the text rests on
    if _HEARD.search(sentence, 0, m.start()):
        return None  # "Recentelijk heb ik vernomen dat … binnenkort een rapport zal worden
        # uitgebracht": news of someone else's plan
    if _MEMBERS_JUDGE.search(sentence, 0, m.start()):
        return None  # "Zij achtte het geen probleem dat de regering een commissaris zal
        # aanwijzen": the members' view of the plan, in their verslag
    if sentence[max(0, m.start() - 3):m.start()].lower() == "te ":
        head = _PAST_AUX.search(sentence, 0, m.start())
        if head is not None and not any(_gov(x) for x in found if x.start < head.start()):
            return None  # "Het Water Governance Centre heeft laten weten zijn programma – waarover
            # ik u … heb geïnformeerd – te zullen afstemmen": the main clause's subject's
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
                or _COPULA.match(window)  # "dat ik … terughoudend zal zijn met …"
                or (_CONTINUING.search(middle) and not _keeps_telling_by(window, deadline))
                or _OBLIGED.search(window.split(",")[0])
                or (_vague_aim(middle) and deadline() is None
                    and not _AND_TELLS_KAMER.search(window)) or _STANCE.search(middle)
                or _WAIT_AND_SEE.match(window) or _IF_NEEDED.match(window)
                or _HOLD_TO.search(middle) or _TAKES_TIME.search(_own_clause(window))):
            return None
        tells = bool(_TELL_VERBS.search(window))
        if not tells and _ALWAYS.search(middle) and deadline() is None:
            return None  # "Het kabinet zal altijd opkomen voor …": a stance, not a deed
        if not tells and _DOES_ITS_BEST.search(middle) and deadline() is None \
                and not _DELIVERABLE_RE.search(window):
            return None  # "Dank u wel, voorzitter, en ik zal mijn best doen."
        if not tells and _TAKES_INTO_ACCOUNT.search(window) and deadline() is None:
            return None  # "Ik zal dat advies betrekken bij de verdere uitwerking van het beleid"
        if not tells and _JUDGING.search(window) and deadline() is None:
            return None  # "In deze procedure zal ik het voorstel kritisch toetsen aan de eisen"
        if subject.kind == SELF and _EXPOUNDS.search(window) and not (
                _LATER_DOCUMENT.search(sentence) or _IN_THE_LETTER.search(sentence)
                or deadline() is not None):
            return None  # "Voor een beter begrip zal ik wat dieper ingaan op …": this letter
            # (not "Wel zal ik in de brief apart ingaan op …": a letter to come)
        return Finding("commitment", "commitment.future-tell" if tells else "commitment.future",
                       0.9 if tells else 0.75, subject.text, subject.kind)
    # "Dit onderzoek zal voor de zomer van 2020 … ", "Deze verkenning zal … gereed zijn".
    if subject is None and (_DELIVERY_DONE.search(window) or (
            _TAKES_PLACE.match(window) and not _NOMINAL.search(sentence))) \
            and deadline() is not None:  # ("De beantwoording zal plaatsvinden": a nominal)
        head = re.search(r"(?:^\s*|[,;]\s*)(?:(?:dit|deze|die|het|de|een)\s+)(?:\w+\s+)?"
                         + _DELIVERABLE + r"\s*$", sentence[:m.start()], _I)
        if head:
            return Finding("commitment", "commitment.deliverable", 0.7, None, None)
    # "De opdracht voor de evaluatie zal voor 1 juli 2011 worden verleend": a passive with a date
    if (subject is None and _PASSIVE_FUTURE.search(window) and not _MODALS.search(window)
            and not any(x.kind in (OTHER, MEMBERS) and not _FOR_ADVICE.search(
                sentence, max(0, x.start - 50), x.end) and not in_relative_clause(sentence, x.start)
                for x in found)
            and not _PUBLICATION_FORMULA.search(sentence)
            # (what the government is given: "… alwaar over het vrijgeven aan mij zal worden
            # geadviseerd")
            and not _TO_GOVERNMENT.search(sentence, max(0, m.start() - 40), m.start())
            and not _TO_GOVERNMENT.search(window)):
        due = deadline()
        if due is not None and (due.due is not None or (due.precision == "conditional" and (
                _WHEN_FIRST.match(sentence) or due.rule == "relative"))) and (
                _DELIVERABLE_RE.search(sentence) or _ACTION_PARTICIPLE.search(window)):
            # (conditional too, when the sentence opens with its condition: "Wanneer de
            # modelhuisregels worden aangepast, zal een dergelijk verbod daarin worden opgenomen",
            # or when its term runs from an event: "binnen vijf jaar na inwerkingtreding")
            return Finding("commitment", "commitment.passive-future", 0.65, None, None)
        # "Deze werken zullen binnen twee jaar zijn voltooid", "De achterstand zal door deze
        # maatregelen binnen twee jaar worden weggewerkt": work done by a time
        if due is not None and due.due is not None and _COMPLETED.search(window):
            return Finding("commitment", "commitment.passive-future", 0.6, None, None)
    # The government's own, unnamed, where it tells or studies, with no time needed (as "U wordt
    # … geïnformeerd", "Ik zal onderzoeken of …"): "Daarover zal nog nadere informatie verschaft
    # worden", "…, omdat daarover afzonderlijk zal worden gerapporteerd", "Onderzocht zal worden
    # of het mogelijk is …"
    if subject is None and (_PASSIVE_TELLS.search(window) or _STUDIED_FIRST.match(sentence)) \
            and not _MODALS.search(window) and not _TO_GOVERNMENT.search(window) \
            and not any(x.kind in (OTHER, MEMBERS) for x in found):
        return Finding("commitment", "commitment.passive-future", 0.6, None, None)
    return None


# What parliament may expect, in the passive: "De beantwoording kan … op korte termijn tegemoet
# worden gezien", "Het rapport zal in het voorjaar tegemoet kunnen worden gezien"
_AWAITED_PASSIVE = re.compile(
    r"\b(?:de|het|een|deze|dit|mijn|onze?)\s+(?:[\w-]+\s+){0,2}?(?:beantwoording|antwoorden"
    r"|" + _DELIVERABLE + r")\b[^.;:?]{0,80}?\b(?:kan|kunnen|zal|zullen|mag|mogen)\b[^.;:?]{0,60}?"
    r"\btegemoet\s+(?:(?:kunnen\s+)?worden\s+gezien|gezien\s+(?:kunnen\s+)?worden)\b", _I)
# What a text does as it goes on: "Voor een beter begrip zal ik wat dieper ingaan op …",
# "Alvorens …, zal ik eerst … de uitgangspunten schetsen"
# (and how a memorie van antwoord goes through the verslag: "zal ik, het voorlopig verslag op
# de voet volgende, …", "zal ik hun bewoordingen tussen aanhalingstekens plaatsen")
_EXPOUNDS = re.compile(r"\bingaan\b|\beerst\b.*\b(?:schetsen|uiteenzetten|beschrijven|weergeven)\b"
                       r"|\baandacht\s+(?:besteden|schenken)\s+aan\b|\bachtereenvolgens\b"
                       r"|\baanhalingstekens\b|\bop\s+de\s+voet\s+volg"
                       r"|\bvolgorde\s+van\s+het\s+(?:voorlopig\s+|nader\s+)?verslag\b", _I)
_ASSUMED = re.compile(r"\b(?:wordt|werd)\s+(?:er\s+)?(?:\w+\s+)?(?:er\s*)?van\s*uitgegaan\b"
                      r"|\bervan\s+uitgegaan\b", _I)
_MEMBERS_JUDGE = re.compile(
    r"\b(?:zij|hij|(?:de|deze|die|genoemde)\s+leden|de\s+commissie|de\s+fractie|het\s+lid)\s+"
    r"(?:\w+\s+){0,2}?(?:acht|achtte|achtten|achten|vindt|vinden|vond|vonden)\s+het\s+(?:\w+\s+){0,2}?"
    r"(?:probleem|bezwaar|juist|goed|terecht|onjuist|verstandig|begrijpelijk|logisch|belangrijk"
    r"|wenselijk|noodzakelijk|nodig|vreemd|jammer)\s+dat\b", _I)
_HEARD = re.compile(r"\b(?:heb|hebben)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,2}?vernomen\b"
                    r"|\b(?:vernam|vernamen)\s+(?:ik|wij|we)\b", _I)
_COMPLETED = re.compile(r"\b(?:zijn|worden)\s+(?:voltooid|weggewerkt|afgerond|gerealiseerd"
                        r"|her-?steld|opgeleverd|aangelegd)\b",
                        _I)
_PASSIVE_TELLS = re.compile(
    r"^\s+(?:(?:\w+\s+){0,6}?(?:worden|zijn)\s+(?:gerapporteerd|bericht|verschaft|toegezonden"
    r"|toegestuurd|overgelegd|nagezonden)|(?:\w+\s+){0,6}?(?:gerapporteerd|verschaft|toegezonden"
    r"|toegestuurd|overgelegd|nagezonden)\s+worden)\b", _I)
_STUDIED_FIRST = re.compile(r"(?:Onderzocht|Nagegaan|Bezien|Bekeken)\s+(?:zal|zullen)\s+"
                            r"(?:(?:nog|ook|verder|dan)\s+)?worden\s+(?:of|hoe|welke|wat"
                            r"|in\s+hoeverre|op\s+welke)\b", _I)


_INFINITIVE = re.compile(r"\b(?!een\b|geen\b)\w+en\b|\b(?:gaan|doen|zijn|staan|zien)\b", _I)
_ENDED = re.compile(r"[.?!;:)]\s*$")


# Sent in the present tense, said in a debate, where nothing goes with the words: "Die rapportage
# stuur ik de Kamer toe", "Het advies stuur ik u op de dag dat ik het krijg", "Het advies gaat
# naar de Kamer zodra ik het heb ontvangen" (in a letter the same words send it now).
_SPOKEN_DELIVERY = re.compile(
    r"(?:^\s*|:\s*)(?:(?:ja|nou|dus|dan|en|maar|goed|daar|gewoon|even)[,.]?\s+){0,3}(?:(?:Die|Dat|Deze"
    r"|Dit|Het|De)\s+[^,;:?]{1,80}?\s+(?:(?:stuur|zend)\s+ik|(?:sturen|zenden)\s+(?:we|wij))"
    r"|ik\s+(?:stuur|zend)|(?:stuur|zend)\s+ik|(?:we|wij)\s+(?:sturen|zenden)"
    r"|(?:sturen|zenden)\s+(?:we|wij))"
    # to whom: "… stuur ik u", "… sturen wij, zoals gebruikelijk, het rapport naar uw Kamer",
    # or what about: "We sturen daar een brief over" (not "Wij sturen op publieke doelen")
    r"(?:\s+(?:u|jullie|(?:de|uw)\s+Kamer)\b|[^.;?]{0,120}?\b(?:naar|aan)\s+" + _KAMER_OR_U + r"\b"
    r"|\s+(?:daar|hier)\s+(?:(?:nog|ook|dan)\s+)?(?:een|de)\s+(?:[\w-]+\s+)?" + _DELIVERABLE
    + r"\s+over\b)"
    r"|^(?:(?:Die|Dat|Deze|Dit|Het|De)\s+[^,;:?]{1,80}?\s+)(?:gaat|gaan)\s+(?:\w+\s+){0,2}?"
    r"naar\s+" + _KAMER_OR_U + r"\b", _I)


# Said, not written: "Uiteraard informeer ik de Kamer over dit traject", "Dat laat ik
# terugkomen in een rapportage", "Daarover wil ik terugkoppelen in dat plan van aanpak".
_SPOKEN_TELLS = re.compile(
    r"(?:^\s*|[,;]\s*)(?:[\w-]+[,.]?\s+){0,2}?(?:ik\s+informeer|informeer\s+ik)\s+(?:u|jullie"
    r"|(?:de|uw)\s+Kamer)\b(?![^.;]*\bnu\s+al\b)"  # (nor "hierbij": see spoken_delivery)
    r"|\b(?:ik\s+laat|laat\s+ik)\s+(?:\w+\s+){0,3}?terugkomen\s+in\s+(?:de|een|het|die|dat)\b"
    r"|\b(?:ik\s+(?:wil|ga)|(?:wil|ga)\s+ik)\s+(?:\w+\s+){0,3}?terugkoppelen\s+(?:in|bij|via)\s+"
    r"(?:de|een|het|die|dat|deze)\b", _I)
# "…, dus die komt op zeer korte termijn naar de Kamer", "Die komt in 2024.", "Dit komt binnen
# een halfjaar." (a thing just named, with its time; not "Dat komt doordat …")
_SPOKEN_COMES = re.compile(r"(?:^\s*|[,;]\s*)(?:(?:ja|nou|dus|en|maar|want)[,]?\s+)?(?:die|deze|dit"
                           r"|het|hij|ze)\s+komt\b(?!\s+er\b)", _I)
# "Er komt sowieso een beantwoording van de vraag of …", "Er komt nog een brief waarin …": in a
# minister's turn a deliverable that comes is his, without a time or the Kamer named (written,
# "er komt" names neither who sends it nor to whom)
_SPOKEN_THERE_COMES = re.compile(
    r"(?:^\s*|[,;:]\s*)(?:(?:ja|nou|dus|en|maar|want|daarom|dan)[,]?\s+)?(?:er\s+komt|komt\s+er)\s+"
    r"(?:(?:nog|ook|sowieso|dus|dan|wel|zeker|straks|echt|gewoon)\s+)*(?:een|de)\s+"
    r"(?:[\w-]+\s+)?" + _DELIVERABLE + r"\b", _I)
_COMES_TO_THE_KAMER = re.compile(r"[^,;]{0,60}?\bnaar\s+" + _KAMER_OR_U + r"\b", _I)
_COMES_END = re.compile(r"\s*(?:naar\s+" + _KAMER_OR_U + r"\b\s*)?(?:toe\s*)?[.!]?\s*$", _I)


def spoken_delivery(sentence: str, deadline: Callable[[], Deadline | None]) -> Finding | None:
    """A minister's present tense that sends parliament something, in a debate."""
    if sentence.rstrip().endswith("?"):
        return None
    m = _SPOKEN_DELIVERY.search(sentence) or _SPOKEN_TELLS.search(sentence)
    if m is None:
        m = _SPOKEN_THERE_COMES.search(sentence)  # (guarded: only where "komt" stands)
        if m is not None and any(x.kind in (OTHER, MEMBERS) and x.start < m.end() + 40
                                 for x in mentions(sentence)):
            m = None  # "Er komt ook een evaluatie van de Europese Commissie": theirs (not
            # "…, als ze überhaupt al een bankrekening kunnen openen": what it is about)
    if m is None and "komt" in sentence:
        m = _SPOKEN_COMES.search(sentence)
        if m is not None and not _COMES_TO_THE_KAMER.match(sentence, m.end()):
            due = deadline()
            if due is None or due.due is None or due.start < m.end() \
                    or not _COMES_END.match(sentence, due.end):
                m = None
    if m is None or _negated(sentence[:m.end() + 40]) or _HANDED_OVER_NOW.search(sentence):
        return None  # (not what is handed over as it is said: "Ik stuur u hierbij …")
    return Finding("commitment", "commitment.spoken-delivery", 0.7, None, SELF, focus=0)


_HANDED_OVER_NOW = re.compile(r"\b(?:bij\s+dezen?|hierbij|hiermee)\b", _I)


def cut_off(sentence: str, after: int) -> bool:
    """Was the sentence cut off (a stored page's end) before the verb it promises with, after
    ``after`` ("In die brief zal ik tevens de")?"""
    return not _ENDED.search(sentence) and not _INFINITIVE.search(sentence, after)


_DOES_ITS_BEST = re.compile(r"\b(?:mijn|ons|onze|zijn|haar)\s+(?:uiterste\s+)?best\b", _I)
_ACTION_PARTICIPLE = re.compile(r"\b(?:" + _ACTION_PARTICIPLES + r")\b", _I)
# "dat ik … terughoudend zal zijn met …", "… zal een project zijn van een topteam": what the
# subject will be is no deed (but "zal … gereed zijn" a deliverable's)
_COPULA = re.compile(r"\s+(?:(?:een|de|het|geen)\s+(?:[\w-]+\s+){1,2}?"
                     r"|(?!(?:bereid|gereed|klaar|beschikbaar)\b)[\w-]+\s+)?"
                     r"zijn\s*(?:[,.;]|$|(?:met|in|op|bij|van|voor|over|aan|tot|om)\b)", _I)
_TO_GOVERNMENT = re.compile(r"\baan\s+(?:het\s+kabinet|mij|ons|de\s+minister|de\s+staatssecretaris"
                            r"|de\s+regering)\b", _I)
# A deliverable (or the questions asked) as the subject of the clause before "wordt": "Het
# wetsvoorstel wordt …", "De vragen …, die op 8 maart zijn gesteld, worden …".
_SUBJECT_FIRST = re.compile(
    r"(?:^\s*|[:;]\s*)(?:(?:ook|daarnaast|verder|tot\s+slot)\s+)?(?:een|de|het|dit|deze|dat|die)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[\w-]*-)?(?:" + _DELIVERABLE
    + r"|vragen|wetsvoorstel\w*|\w*wet|\w*regeling(?:en)?|\w*regels|ontwerp\w*|concept\w*|\w*module"
    r"|\w*loket|aanpassing|wijziging|herziening)\b"
    r"(?:\s+(?:daartoe|hiertoe|daarover|hierover|daarvan|hiervan|daarvoor|hiervoor))?"
    # what it is about, or a relative clause: "Het wetsvoorstel waarin dat is opgenomen, …"
    r"(?:\s+(?:over|van|op|inzake|met|aan|voor|tot|ter|betreffende|omtrent|die|dat|waarin"
    r"|waarmee|waarop|waarover|waarvoor)\b[^;:]*)?"
    # "Het conceptwetsvoorstel is gereed en wordt deze maand opengesteld …"
    r"(?:\s+(?:is|zijn)\s+(?:\w+\s+)?(?:gereed|klaar|afgerond|opgesteld)\s+en)?,?\s*$", _I)
# "… dat in het Staatsblad zal worden geplaatst": how a decree ends, no promise.
_WHEN_FIRST = re.compile(r"\s*(?:Wanneer|Zodra|Nadat|Als"
                         r"|Na\s+(?:afronding|ontvangst|oplevering))\b")
_PUBLICATION_FORMULA = re.compile(r"\b(?:Staatsblad|Staatscourant|Publicatieblad)\b")
_INDIRECT_QUESTION = re.compile(
    r"\b(?:vraag|vraagt|vragen|vroeg|vroegen|gevraagd|weten|benieuwd|verzoek|verzocht)\b"
    r"[^.;:?!]{0,250}?\b(?:of|wanneer|hoe|waarom|waar|welke|wat|waarop)\b[^;:]*$", _I)
# The main clause that answers an indirect question: "In reactie op de vraag … of de regering
# bereid is …, kan de regering bevestigen dat …", "Over …, en over de vraag of …, informeer ik
# uw Kamer …": a verb and its subject after a comma.
_ANSWER_OPENS = re.compile(
    r",\s*(?:(?:kan|kunnen|zal|zullen|wil|willen|ben|is|zijn|ga|gaat|gaan)\s+(?:ik|wij|we"
    r"|de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)"
    r"|(?!(?:zoals|dat|of|omdat|wanneer|als|die|dan|wat|hoe|waar|zodat|nadat|voordat|terwijl"
    r"|tenzij|indien|zodra|en|maar|want|toen|waarna|waarbij|waarin|welke)\b)\w+\s+(?:ik|wij|we))\b",
    _I)


def _asked_up_to(sentence: str, at: int) -> bool:
    """Does an indirect question ("… gevraagd wanneer …") run on to ``at``?"""
    asked = _INDIRECT_QUESTION.search(sentence, 0, at)
    if asked is None:
        return False
    answer = _ANSWER_OPENS.search(sentence, asked.start())
    return answer is None or answer.start() >= at


_IN_THE_LETTER = re.compile(r"\bin\s+(?:de|die|dezelfde|diezelfde)\s+brief\b", _I)
_LATER_DOCUMENT = re.compile(r"\b(?:(?:eerst)?volgende|komende|nieuwe|een)\s+(?:\w+\s+)?[\w-]*"
                             r"(?:brief|rapportage|nota|reactie)\b"
                             r"|\bin\s+(?:de|mijn|onze)\s+(?:[\w-]+\s+)?\w*(?:(?:brief|rapportage"
                             # (its title and a comma between: "In de voortgangsrapportage
                             # «Kwaliteit loont», die ik u vóór 1 april toestuur, ga ik in op …")
                             r"|nota|reactie)(?:\s+«[^»]{1,60}»|\s+“[^”]{1,60}”)?,?\s+(?:over|aan|die"
                             r"|van\s+(?:de|het))|reactie\s+op)\b"
                             r"|\b(?:voortaan|vooraf|telkens|steeds)\b[^.;]{0,80}\bin\s+(?:de|het)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:agenda|verslag|brief|rapportage|nota)\b"
                             # "… het schema toezenden met de brief waarin ik mijn besluit toelicht"
                             r"|\bmet\s+de\s+brief\s+(?:waarin|waarmee)\b"
                             # "Wij zullen daar in de Miljoenennota op ingaan"
                             r"|\b(?:in|bij)\s+(?:de\s+)?(?:voorjaarsnota|miljoenennota|najaarsnota"
                             r"|suppletoire\s+begroting|(?:volgende|komende)\s+begroting)\b", _I)
_OBLIGED = re.compile(r"\b(?:moeten|mogen)\b", _I)  # "zullen we … moeten beoordelen"
# the debate's own turn: "… zal ik in mijn eerste termijn beantwoorden"
_IN_A_TERM = re.compile(r"\bin\s+(?:de|mijn|onze)\s+(?:eerste|tweede)\s+termijn\b", _I)
# "We zullen zien wat de evaluatie oplevert": waiting, not promising.
_WAIT_AND_SEE = re.compile(r"\s+(?:(?:dan|wel|nog|moeten)\s+)*zien\s+"
                           r"(?:wat|of|hoe|welke|waar|wanneer)\b", _I)
_ALWAYS = re.compile(r"\b(?:altijd|immer|te\s+allen\s+tijde)\b", _I)
# (not the adverb: "Ik denk dat de vraag alleen maar zal toenemen")
_ELLIPSIS = re.compile(r"(?:,\s*|(?<!\balleen)\s)(?:maar|en|doch)\s+(?:\w+\s+)?$", _I)
_PARL_GETS = re.compile(r"\b(?:ontvangen|krijgen|tegemoet\s*(?:kunnen\s+)?zien|geïnformeerd"
                        r"|ingelicht|vernemen|horen|bereiken)\b", _I)
_PASSIVE_FUTURE = re.compile(r"\b(?:worden|zijn)\s+(?:ge\w+[dtn]|\w+ge\w+[dtn]|verleend"
                             r"|opgesteld|ingediend|uitgebracht|afgerond|verstuurd|aangeboden"
                             r"|voorgelegd|opgeleverd|vastgesteld|gepubliceerd|beantwoord"
                             r"|ondertekend|onderzocht|herzien|verzonden|behandeld|voltooid"
                             r"|her-?steld|besloten)\b"
                             # "zullen in het najaar bekend gemaakt worden"
                             r"|\b(?:(?:bekend|openbaar)\s*gemaakt|gepubliceerd|gepresenteerd"
                             r"|verstuurd|verzonden|toegezonden|toegestuurd)\s+worden\b", _I)


def _own_clause(window: str) -> str:
    """``window`` up to its first comma or subordinate clause."""
    cut = _CLAUSE_CUT.search(window)
    return window[:cut.start()] if cut else window


def _first_verb_is_state(middle: str) -> bool:
    words = middle.split()
    return bool(words) and bool(_STATE_VERBS.fullmatch(words[-1].strip(",.")))


_ASIDE = re.compile(r"\s*,[^,;:.?!]{3,80},")


_WOULD = re.compile(r"\b(?:zou|zouden)\b[^,;:]*$", _I)
_BRACKETED = re.compile(r"\([^()]*\)")  # "conform de motie-Koerhuis (Kamerstuk 31 936, nr. 924),"
_PAIRED_ASIDE = re.compile(r",\s[^,;]{2,80}?,")


def _passive_to_parliament(sentence: str, found: list[Mention], m: re.Match[str],
                           present: bool, deadline: Callable[[], Deadline | None] | None = None
                           ) -> Finding | None:
    """ "wordt uw Kamer … geïnformeerd", "zal … aan de Tweede Kamer worden gezonden"."""
    aside = _ASIDE.match(sentence, m.end()) if present else None
    offset = aside.end() if aside else m.end()  # "wordt, zodra het is uitgebracht, met uw
    # Kamer gedeeld": the aside between the auxiliary and the rest is not the clause
    window = _clause_after(sentence, offset, limit=200)
    participle = _PARTICIPLE_TO_PARL.search(window)
    if participle is None:
        return None
    if present and re.search(r"\bte\s+$", sentence[max(0, m.start() - 4):m.start()]):
        return None  # "het verzoek van uw Kamer om … te worden geïnformeerd": what was asked
    if present and _WOULD.search(sentence, max(0, m.start() - 80), m.start()):
        return None  # "Mocht het kabinet … besluiten, dan zou daarover een brief aan beide
        # Kamers kunnen worden gezonden": a hypothetical
    if present and _PRACTICE.search(sentence) and not _NEW_PRACTICE.search(sentence):
        return None  # "De Kamer wordt bij de voor- en najaarsnota … geïnformeerd": the way
        # things go
    if present and _OPINION_THAT.search(sentence, 0, m.start()):
        return None  # "Ik vind het belangrijk dat de Kamer goed wordt geïnformeerd": a view
    if present and _PRESCRIBED.search(sentence, 0, m.start()):
        return None  # "De wet bepaalt dat de maatregelen worden vastgesteld bij ministeriële
        # regeling, die aan beide Kamers wordt voorgelegd": what the law prescribes
    if present and _PRESENTED.fullmatch(participle.group()) and not _SENT_LATER.search(sentence) \
            and deadline is not None and deadline() is None:
        return None  # presented in the present, with no time and nothing to say it comes later:
        # with this letter ("Het rapport … wordt u in definitieve vorm aangeboden"; not "Bij
        # afzonderlijk schrijven wordt de notitie aan de Kamer aangeboden", nor "Het rapport
        # wordt de Kamer toegestuurd", said in an answer of one to come)
    if present and ((_WEAK_TO_PARLIAMENT.fullmatch(participle.group())
                     and not _DATED.search(window, 0, participle.start()))
                    or _ROUTINE.search(window, 0, participle.start())):
        return None  # "Bij de Najaarsnota worden wijzigingen … aan u gemeld": a routine
    before = window[: participle.start()]
    if present and re.search(r"\b(?:zal|zullen)\b", before, _I):
        return None
    auxiliaries = _AUX.findall(before)
    if auxiliaries and auxiliaries[-1].lower() not in ("wordt", "worden", "zal", "zullen"):
        return None  # "… die bij brief van 8 oktober 2019 aan uw Kamer zijn aangeboden"
    if _negated(_NOT_NEGATION.sub(" ", before)) or (
            present and "," in _PAIRED_ASIDE.sub(" ", _BRACKETED.sub("", before))):
        return None  # (an aside in commas is not a clause's end: "De evaluatie wordt uw Kamer,
        # voorzien van een kabinetsstandpunt, bij de Miljoenennota 2017 toegezonden")
    clause_start = max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start())) + 1
    opener = clause_start
    for sub in _SUBCLAUSE.finditer(sentence, clause_start, m.start()):
        opener = sub.end()
    if (opener > clause_start or not present) and _negated(sentence[opener:m.start()]):
        return None  # "… dat de brief niet in april aan uw Kamer kan worden gezonden"
    if _ASKED_WHEN.search(sentence, clause_start, m.start()):
        return None  # "bij die toezeggingen is aangegeven … wanneer uw Kamer alsnog wordt
        # geïnformeerd": said when, in this letter
    recipients = list(_TO_SOMEONE.finditer(sentence, clause_start, offset + participle.start()))
    recipient = recipients[-1] if recipients else None  # the last "aan …" before the participle
    if recipient is not None and recipient.start() < m.start() and any(
            x.kind == PARL and m.end() <= x.start < offset + participle.start() for x in found):
        recipient = None  # "De rapportage over de dienstverlening aan dak- en thuislozen wordt
        # uw Kamer … toegezonden": that "aan" belongs to the subject; parliament follows the verb
    if recipient is not None and not any(
            x.kind == PARL and recipient.start() < x.start <= recipient.end() + 2 for x in found):
        return None  # "voordat het aan de Afdeling advisering … zal worden voorgelegd"
    parl = [x for x in found
            if x.kind == PARL and clause_start <= x.start < offset + participle.start()]
    subject = subject_at(sentence, found, m.start(), m.end())
    if subject is not None and subject.kind == PARL:
        parl.append(subject)
    after = offset + participle.end()  # "… zal worden gedeeld met de Kamer"
    parl += [x for x in found if x.kind == PARL and after <= x.start <= after + 12
             and _TO_WHOM.fullmatch(sentence, after, x.start)]
    if not parl and not _SENT_AFTER.search(window) and not (
            _ASKED_FOR.match(sentence) and not _negated(sentence)
            and not _TO_OTHERS.match(sentence, offset + participle.end())):
        return None
    agent = re.search(r"\bdoor\s+(?:de|het)\s+\w+", before, _I)
    if agent:
        by = [x for x in found if x.start == offset + agent.start() + 5]
        if by and by[0].kind in (OTHER, MEMBERS):
            return None
        if by and by[0].kind == GOV:  # "Uw Kamer wordt … door de Staatssecretaris van JenV
            # geïnformeerd": hers, whoever writes the letter
            return Finding("commitment", "commitment.passive-to-parliament", 0.9, by[0].text, GOV)
    # "Hierover heeft de Minister uw Kamer … geïnformeerd" has "heeft": no passive here.
    return Finding("commitment", "commitment.passive-to-parliament", 0.9, None, PARL)


_OPINION_THAT = re.compile(r"\b(?:belangrijk|van\s+belang|wenselijk|essentieel|cruciaal|nodig"
                           r"|noodzakelijk|eraan)\s+dat\b", _I)
_PRESENTED = re.compile(r"(?:aangeboden|overgelegd)\d{0,2}", _I)
_SENT_LATER = re.compile(r"\b(?:afzonderlijk|apart|separaat|separate|nader|later|binnenkort|nog"
                         r"|zodra|wanneer|nadat|na|volgende|eerstvolgende|komende|t\.z\.t)\b", _I)
# (not a time: "aan het begin van 2010", "aan het eind van het jaar")
_TO_SOMEONE = re.compile(r"\baan\s+(?!(?:het|de)\s+(?:begin|eind|einde|slot|start)\b)"
                         r"(?:de|het|uw)?\s*", _I)
_TO_WHOM = re.compile(r"\s+(?:met|aan)\s+(?:de|uw)?\s*", _I)


# Where a subordinate clause that the receiving verb ends opens: "… waarover u … krijgt" (not
# every subordinator ``actors`` knows: with "dat" and "die" as well, two statements about what
# parliament has or gets read as promises in the corpus).
_OWN_CLAUSE = re.compile(r"\b(?=(?:waarover|waarvan|waarin|waarop|waarbij|waarmee|zodat)\s)"
                         r"|\bwaar\s+(?=(?:u|de\s+Kamer|uw\s+Kamer)\s)", _I)


def _parliament_receives(sentence: str, found: list[Mention],
                         m: re.Match[str]) -> Finding | None:
    """ "Uw Kamer ontvangt de eindrapportage voor 1 juli", "ontvangt u van mij een brief"."""
    # "gaat de Kamer … krijgen", "In april kunt u nog twee brieven verwachten": the subject
    # stands after the finite verb the match opens with
    first = m.group().split(None, 1)[0]
    finite = first.lower() in ("gaat", "gaan", "kunt", "kan", "kunnen", "mag", "mogen")
    subject = subject_at(sentence, found, m.start(), m.start() + len(first) if finite else m.end())
    if subject is None:  # "kunt u de brief in januari tegemoet zien": the modal's subject
        modal = None
        for f in _FINITE_BEFORE_INFINITIVE.finditer(sentence, 0, m.start()):
            modal = f
        if modal is None:
            # (an old letter's "U moge van mij tegemoetzien …")
            modal = re.compile(r"\b(?:kunt|zult|moge)\b", _I).search(sentence, 0, m.start())
        if modal is not None:
            subject = subject_at(sentence, found, modal.start(), modal.end())
    if subject is None or subject.kind != PARL or (
            finite and (is_question(sentence) or _QUESTION_START.match(sentence))):
        return None  # "Wanneer kan de Kamer de informatie verwachten[?]" asks
    window = _clause_after(sentence, m.end())
    clause_start = max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start()),
                       sentence.rfind(":", 0, m.start())) + 1
    before = sentence[clause_start:m.start()]
    wider = sentence[max(0, m.start() - 200):m.start()]
    if _negated(_middle_field(window)) or _negated(before) or _negated(m.group()) or not (
            # "Het MPO … kunt u in de loop van oktober tegemoet zien": awaited, whatever it is
            "tegemoet" in m.group().lower()
            or _DELIVERABLE_RE.search(window) or _DELIVERABLE_RE.search(wider)
            or _DELIVERABLE_RE.search(m.group())
            or _INFORMATION.search(window) or _INFORMATION.search(wider)
            or _FROM_US.match(window)  # "ontvangt u van mij de uitgewerkte aanpak"
            or _PROGRAMME.search(window)  # "ontvangt uw Kamer het actieprogramma drones"
            or _DRAFT.search(window)  # "ontvangt u die ontwerp-AMvB voor de voorhang"
            # "De Kamer krijgt de uitgewerkte regeling voor het meireces toegestuurd"
            or _SENT_TO.search(window)
            # the object first: "De verdeling van de middelen ontvangt uw Kamer rond Prinsjesdag"
            # (in its own clause: "Het inspectiebezoek vindt nu plaats; de beoordeling krijgt
            # u begin juni van mij")
            or (_OBJECT_FIRST.match(sentence, sentence.rfind(";", 0, m.start()) + 1, m.start())
                and _BY_A_TIME.search(window))
            or _ANAPHORIC_OBJECT.match(sentence) or _ANAPHORIC_DATED.match(window)):
        return None
    if re.search(r"\bgraag\b", before + window[:40], _I):
        return None  # "ontvangt de Kamer graag …": a request
    own = _OWN_CLAUSE.split(before)[-1]  # (the verb's own clause: "Dat is een onderwerp
    # waarover u in december een brief krijgt" is no "is … ontvangen")
    if _PAST_AUX.search(own) and not _FUTURE.search(before):
        return None  # "Uw Kamer heeft … ontvangen"
    if _WHEN_PARL.search(sentence, max(0, m.start() - 120), m.start()):
        return None  # "Het is aan het nieuwe kabinet om te bepalen of en, zo ja, wanneer de Kamer
        # een uitwerking ontvangt": asked, not said
    if re.search(r"\bsinds\b", sentence[:m.start()], _I):
        return None  # "Sinds 2008 ontvangt de Tweede Kamer halfjaarlijks …": a practice
    if _PRACTICE.search(sentence) and not _NEW_PRACTICE.search(sentence):
        return None  # "De Kamer ontvangt de personeelsrapportage tweemaal per jaar, bij de
        # begroting en bij het jaarverslag", "… voorafgaand aan iedere Energieraad": the way
        # things go (not "U ontvangt voortaan jaarlijks …", which starts one)
    return Finding("commitment", "commitment.parliament-receives", 0.85, None, PARL)


def _passive_deliverable(sentence: str, found: list[Mention], m: re.Match[str],
                         deadline: Callable[[], Deadline | None]) -> Finding | None:
    """ "In het najaar van 2024 wordt een wetsvoorstel in internetconsultatie gebracht"."""
    if _AIMED.match(sentence):
        return None  # "Beoogd wordt het wetsvoorstel op 1 januari 2016 in werking te laten
        # treden": a plan for the law, not a deliverable
    if in_relative_clause(sentence, m.start()):
        return None  # "De wijziging van de wet, waarmee de registratieplicht wordt
        # aangescherpt, is gepubliceerd": the relative clause's passive
    window = _clause_after(sentence, m.end())
    if _HEDGED.search(sentence[max(sentence.rfind(c, 0, m.start()) for c in ",;:") + 1:m.start()]
                      + window[:40]):
        return None  # "Een voorstel … zou in de loop van 2013 aan uw Kamer kunnen worden
        # voorgelegd", "… wordt bij de begroting 2014 zo nodig herzien": if, not will
    head = re.match(r"\s+(?:(?:er|nog|ook|dan|zowel)\s+)*(?:een|de|het)\s+(?:\w+\s+)?"
                    + _DELIVERABLE + r"\b", window, _I)
    first = head is None  # the subject stands before "wordt"
    if first:
        # "Het wetsvoorstel wordt op 3 april in internetconsultatie gebracht", "De vragen die …
        # zijn gesteld, worden binnen vier weken beantwoord"
        if _SUBJECT_FIRST.search(sentence, 0, m.start()) is None:
            return None
        due = deadline()
        if due is None or due.due is None or due.precision == "vague" \
                or not _ACTION_PARTICIPLE.search(window) or _TO_GOVERNMENT.search(window):
            return None  # ("Het Masterplan wordt 7 februari aan het kabinet aangeboden")
        clause = max(sentence.rfind(c, 0, m.start()) for c in ",;:") + 1
        if _negated(sentence[clause:m.start()]):
            return None  # a notice of delay: "De vragen van het lid … kunnen niet binnen de
            # gebruikelijke termijn van drie weken worden beantwoord"
    elif not _PARTICIPLE.search(window, head.end()) and not _ACTION_PARTICIPLE.search(window):
        return None
    # (in the subject first, whose questions they are: "De vragen van het lid Jansen …"; a
    # bill sent "voor advies aan de Afdeling advisering van de Raad van State" is its next step)
    if any(x.kind in (OTHER, MEMBERS) and (not first or x.start > m.start())
           and not _FOR_ADVICE.search(sentence, max(0, x.start - 50), x.end) for x in found) \
            or _negated(_middle_field(window)) or _OTHER_AGENT.search(window):
        return None
    due = deadline()
    if due is None or due.precision == "conditional":
        return None
    return Finding("commitment", "commitment.passive-deliverable", 0.7, None, None)


_DECIDED_ON = re.compile(r"Over\s+[^,;:]{3,120}?\s+(?:wordt|worden)\b")
_DECIDED = re.compile(r"\b(?:besloten|beslist|een\s+besluit\s+genomen)\b", _I)
_AIMED = re.compile(r"(?:Beoogd|Gestreefd|Verwacht)\s+wordt\b", _I)
# The government named as the agent of a passive: "… wordt medio 2026 door mijn ministerie op
# de website van de Rijksoverheid geplaatst"
_BY_US = re.compile(r"\bdoor\s+(?:mij|ons|mijn\s+(?:ministerie|departement)|het\s+kabinet)\b",
                    _I)


def _passive_by_us(sentence: str, m: re.Match[str],
                   deadline: Callable[[], Deadline | None]) -> Finding | None:
    """A passive with the government as its agent, by a time: named ("… wordt medio 2026 door
    mijn ministerie op de website geplaatst") or deciding ("Over de structurele dekking wordt
    bij de Voorjaarsnota besloten")."""
    window = _clause_after(sentence, m.end())
    by = _BY_US.search(window)
    if not ((by is not None and _PARTICIPLE.search(window, by.end()))
            or (_DECIDED_ON.match(sentence) and _DECIDED.search(window))) or _negated(window):
        return None
    due = deadline()
    if due is None or due.due is None or due.precision == "vague" or due.start < m.start() - 60:
        return None
    return Finding("commitment", "commitment.passive-deliverable", 0.7, None, SELF)


# Talking to the committee in its debate: "Ik ga graag tijdens het commissiedebat van 19 april
# met uw commissie verder in gesprek over …"
_MEETS_US = re.compile(r"\btijdens\s+het\s+[\w-]*(?:debat|overleg)\b[^.;]{0,80}?\bin\s+gesprek\b"
                       r"|\bmet\s+(?:uw|de)\s+(?:Kamer|commissie)\s+(?:\w+\s+)?in\s+gesprek\b", _I)
_IN_A_MEETING = re.compile(r"\bin\s+het\s+[\w-]*(?:overleg|debat)\b", _I)  # "… ga ik daar in het
# notaoverleg van 25 juni graag nader op in": in the debate itself
_ATTACHED = re.compile(r"\b(?:bij\s+deze\s+brief|bijgevoegd|bijgaand\w*|als\s+bijlage)\b", _I)


_IN_ORDER_THAT = re.compile(r",\s*(?:zodat|opdat)\b[^,;]*$", _I)


def _going_to(sentence: str, found: list[Mention], m: re.Match[str]) -> Finding | None:
    rest = sentence[m.end():]
    goes_into = _GOES_INTO.match(rest) is not None
    if goes_into:
        if not _LATER_DOCUMENT.search(sentence) or _ATTACHED.search(sentence, 0, m.start()) \
                or _IN_A_MEETING.search(rest):
            return None  # "Ik ga bij vraag 3 verder in op …": in this letter or debate; "In de
            # beleidsreactie, die als bijlage bij deze brief is gevoegd, ga ik in op …"
        # "In de eerstvolgende voortgangsrapportage ga ik in op …": a later document
    elif (_GAAN_NOT.match(rest) and not _TO_DO_AFTER.fullmatch(_middle_field(rest))) \
            or _MEETS_US.search(rest) or _IN_THIS_LETTER.search(rest):
        return None  # (but "over" and "om" inside what is going to be done are its own: "Ik ga
        # u over de uitkomst berichten", "Ik ga een onafhankelijke partij om advies vragen")
    if _IN_ORDER_THAT.search(sentence, 0, m.start()):
        return None  # what something is for: "…, zodat Defensie onverminderd voort kan gaan met …"
    subject = subject_at(sentence, found, m.start(), m.end())
    if not _gov(subject):
        return None
    window = _clause_after(sentence, m.end())
    middle = _middle_field(window)
    if _negated(middle) or len(middle.split()) < 2 or (not goes_into and (
            _vague_aim(middle) or _STANCE.search(window))):
        return None  # (what a later document goes into is no aim: "… ga ik in op de vraag hoe
        # zelfrapportage en toezicht beter op elkaar kunnen aansluiten")
    if re.search(r"\bblijven\b", window, _I) and not _DELIVERABLE_RE.search(middle):
        return None  # "Ik ga met de banken in gesprek blijven over …": carrying on
    return Finding("commitment", "commitment.going-to", 0.75, subject.text, subject.kind)


# Policy aims without anything to deliver: "We gaan hergebruik stimuleren", "Daarom gaan we
# gemeentes helpen om afval beter te scheiden", "zal dergelijke aspecten mee laten wegen".
_VAGUE_AIM = re.compile(r"\b(?:stimuleren|helpen|ondersteunen|bevorderen|versterken|verbeteren"
                        r"|verminderen|vergroten|tegengaan|aanmoedigen|wegen|meewegen|kijken"
                        r"|voeren|poging\s+(?:\w+\s+)?doen"
                        # "… perspectief, en dat gaan we samen met hen bieden"
                        r"|bieden"
                        # "We gaan de vergunningverlening versnellen", "… eenvoudiger maken"
                        r"|versnellen|vereenvoudigen|verlichten|eenvoudiger|voorspelbaarder"
                        r"|makkelijker|toegankelijker|betaalbaarder)\b",
                        _I)


# A position to take, not a deliverable: "Wij zullen dit voorstel in de Raad steunen".
_STANCE = re.compile(r"\b(?:steunen|instemmen|tegenstemmen|voorstemmen|onthouden|pleiten|verzetten"
                     r"|opponeren|aansluiten|ontraden)\W*$", _I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _vague_aim(middle: str) -> bool:
    """(Not "zal ik de informatieve waarde van de begroting 2007 verbeteren": a named thing.)"""
    return bool(_VAGUE_AIM.search(middle)) and not _TELL_VERBS.search(middle) \
        and not _DELIVERABLE_RE.search(middle) and not _YEAR.search(middle)


# What "volgt" means when it is not a later deliverable: a conclusion ("Uit het onderzoek volgt
# dat …"), the order of this document ("Na enige algemene observaties volgt een reactie op …",
# "Hieronder volgt"), or a noun ("aandacht voor het verschijnen van het rapport").
_NOT_A_SEQUEL = re.compile(
    r"\buit\s+(?:het|de|dit|deze)\s+[^,;]{0,80}$|\b(?:hieronder|hierna|onderstaand)\b"
    r"|\bna\s+(?:enige|een|de|deze|wat)\s+(?:\w+\s+)?(?:observaties|opmerkingen|inleiding"
    r"|beschouwing\w*|toelichting)\b|\b(?:het|de)\s*$", _I)


_OPENING_DELIVERABLE = re.compile(r"(?:Een|De|Het|Mijn|Onze)\s+(?:[\w-]+\s+)?" + _DELIVERABLE
                                  + r"\s+(?:op|over|van|voor|aan|naar|inzake)\b")


_MADE_BY_OTHERS = re.compile(
    r"\b(?:wordt|worden)\s+(?:\w+\s+){0,3}?(?:uitgevoerd|opgesteld|gemaakt|geschreven|verricht"
    r"|uitgebracht|gepubliceerd|samengesteld)\s+door\s+(?!mij\b|ons\b|het\s+kabinet\b"
    r"|de\s+(?:minister|staatssecretaris)\b|(?:mijn|het)\s+ministerie\b)", _I)


def _follows(sentence: str, found: list[Mention], m: re.Match[str],
             has_deadline: bool) -> Finding | None:
    """ "een kabinetsreactie hierop volgt dit voorjaar", "Voor de zomer volgt een brief"."""
    before = sentence[max(0, m.start() - 120):m.start()]
    after = sentence[m.end():m.end() + 80]
    head = re.search("(" + _DELIVERABLE + r")\b(?:\s+\w+){0,10}\s*$", before, _I)
    tail = re.match(r"\s+(?:(?:nog|dan|ook|binnenkort|spoedig|er|daarna|vervolgens)\s+)*"
                    r"(?:een|de|het|uw|mijn)\s+(?:\w+\s+)?" + _DELIVERABLE + r"\b", after, _I)
    if tail is None and has_deadline:  # "Daarover verschijnt in oktober nadere informatie"
        tail = re.match(r"\s+(?:[\w-]+\s+){0,4}?(?:nadere|meer|aanvullende)\s+informatie\b",
                        after, _I)
    if tail is None and has_deadline:  # "Er volgt in het voorjaar een brief over …"
        tail = re.match(r"\s+(?:er\s+)?(?:in|voor|v[oó][oó]r|na|eind|begin|medio|uiterlijk|rond"
                        r"|later|nog|dit|deze|volgende?|komende?)\s+(?:[\w-]+\s+){0,4}?"
                        r"(?:een|de|het|uw|mijn)\s+(?:\w+\s+)?" + _DELIVERABLE + r"\b", after, _I)
    opening = None
    if head is None and tail is None:
        # "Een kabinetsreactie op het advies van de Raad … over … volgt voor het kerstreces"
        opening = _OPENING_DELIVERABLE.match(sentence)
        if opening is None or opening.end() > m.start() or any(
                c in sentence[opening.end():m.start()] for c in ",;:"):
            return None
    if _NOT_A_SEQUEL.search(before) or re.match(r"\s+(?:\w+\s+){0,2}?dat\b", after, _I):
        return None  # "Uit het onderzoek volgt bovendien dat …", "Na enige observaties volgt …"
    if _MADE_BY_OTHERS.search(before):
        return None  # "De monitor wordt opgesteld door een onafhankelijk bureau en verschijnt
        # in november": theirs
    # (not in what the deliverable is about: "Een voorstel voor de aanwijzing van de
    # markttoezichthouder volgt in het voorjaar"; but "De eindevaluatie van het SCP" is theirs)
    named = m.start()
    if head is not None:
        about = _ABOUT_WHAT.match(before, head.end(1))
        if about is not None:
            named = max(0, m.start() - 120) + about.start()
    around = [x for x in found if m.start() - 120 <= x.start < m.end() + 80
              and not (opening and opening.end() <= x.start < m.start())
              and not named <= x.start < m.start()]
    if any(x.kind in (OTHER, MEMBERS) for x in around):
        return None
    if _negated(before[-30:] + after[:30]):
        return None
    return Finding("commitment", "commitment.deliverable-follows",
                   0.8 if has_deadline else 0.65, None, None)


_ABOUT_WHAT = re.compile(r"\s+(?:voor|over|inzake|op|tot|betreffende|omtrent)\b", _I)
_TOLD_BEFORE = re.compile(r"\b(?:heb|hebben|heeft)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:u\s+|uw\s+"
                          r"Kamer\s+)?(?:aangegeven|gemeld|bericht|laten\s+weten|geschreven"
                          r"|toegelicht)\s+dat\b", _I)


_AGENT_BEFORE = re.compile(r"\bdoor\s+$", _I)


def _announced_letter(sentence: str, found: list[Mention]) -> Finding | None:
    m = _ANNOUNCED_LETTER.search(sentence)
    if m is None or re.match(r"\s*zoals\s+(?:gezegd|gemeld|aangegeven)\b", sentence, _I):
        return None  # "Zoals gezegd wordt gewerkt aan …": told before
    if _TOLD_BEFORE.search(sentence, 0, m.start()):
        return None  # "In mijn brief van 14 juni heb ik aangegeven dat … werkt aan een visie"
    agent = re.search(r"\bdoor\s+", sentence[m.start():m.end()])
    if agent:
        by = [x for x in found if x.start == m.start() + agent.end()]
    else:  # the agent before the participle: "Daarnaast wordt er door de Minister voor
        # Rechtsbescherming gewerkt aan een Kamerbrief …" (theirs, not the letter's writer's)
        by = [x for x in found if x.end <= m.start() and m.group().lower().startswith("gewerkt")
              and _AGENT_BEFORE.search(sentence, max(0, x.start - 12), x.start)
              and not any(c in sentence[x.end:m.start()] for c in ",;:")][-1:]
    if by:
        if not _gov(by[0]):
            return None
        return Finding("commitment", "commitment.announced-letter", 0.7, by[0].text, by[0].kind)
    subject = subject_at(sentence, found, m.start(), m.start() + len(m.group().split()[0]))
    if subject is None and found and found[0].start < m.start() \
            and _ELLIPSIS.search(sentence, 0, m.start()):
        subject = found[0]  # shared with the clause before: "Het SCP heeft het veldwerk
        # afgerond en werkt nu aan de rapportage"
    if subject is not None and not _gov(subject):
        return None
    return Finding("commitment", "commitment.announced-letter", 0.7,
                   subject.text if subject else None, subject.kind if subject else None)


# The patterns that cost most over a corpus, each with a look-ahead on the letters its matches
# start with: the same matches, found in about half the time (``tracker.patterns``). Kept here,
# after the rules, so that a pattern is written and read in one piece above.
(_SELF_FULFILLING, _THERE_COMES, _PARTICIPLE_TO_PARL, _TELL_VERBS, _INTENTION,
 _SENDS_NOW, _DRAFTS, _NEXT_DOCUMENT, _WILLING, _REPORTED_BEFORE, _RECEIVE, _AIM, _FOLLOWS,
 _TAKES_ALONG, _TAKEN_ALONG, _PROPOSED_TELLING, _ATTRIBUTIVE, _EXPECTED_DELIVERABLE,
 _STATE_VERBS, _MODALS,
 _WEAK_TO_PARLIAMENT, _INDIRECT_QUESTION, _FINITE_BEFORE_INFINITIVE, _WHAT_I_PROMISE, _SAID_THEN,
 _DELIVERY_DONE, _PAST_EVENT, _CLAUSE_OPENER, _VAGUE_AIM, _RELATIVE, _MONITOR, _WISH, _AUX,
 _PARL_MENTIONED) = map(with_lookahead, (
    _SELF_FULFILLING, _THERE_COMES, _PARTICIPLE_TO_PARL, _TELL_VERBS, _INTENTION,
    _SENDS_NOW, _DRAFTS, _NEXT_DOCUMENT, _WILLING, _REPORTED_BEFORE, _RECEIVE, _AIM, _FOLLOWS,
    _TAKES_ALONG, _TAKEN_ALONG, _PROPOSED_TELLING, _ATTRIBUTIVE, _EXPECTED_DELIVERABLE,
 _STATE_VERBS, _MODALS,
    _WEAK_TO_PARLIAMENT, _INDIRECT_QUESTION, _FINITE_BEFORE_INFINITIVE, _WHAT_I_PROMISE,
    _SAID_THEN, _DELIVERY_DONE, _PAST_EVENT, _CLAUSE_OPENER, _VAGUE_AIM, _RELATIVE, _MONITOR,
    _WISH, _AUX, _PARL_MENTIONED))
_GAAN = with_lookahead(_GAAN)
# Patterns searched in most of the sentences that reach them, which few of those sentences hold
# the words of: each behind a test for those words (``tracker.patterns.guarded``).
(_SPOKEN_TELLS, _SPOKEN_DELIVERY, _SPOKEN_THERE_COMES, _NOMINAL_HINT, _REPORTED_HINT, _AIM_HINT,
 _SELF_FULFILLING_HINT, _ASKED_HINT, _PARTICIPLE_TO_PARL, _NEXT_DOCUMENT, _ATTRIBUTIVE) = map(
    guarded, (_SPOKEN_TELLS, _SPOKEN_DELIVERY, _SPOKEN_THERE_COMES, _NOMINAL_HINT, _REPORTED_HINT,
              _AIM_HINT, _SELF_FULFILLING_HINT, _ASKED_HINT, _PARTICIPLE_TO_PARL, _NEXT_DOCUMENT,
              _ATTRIBUTIVE))
