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

The rules live beside this module, one module a concern: ``commitments``, ``requests``,
``effects`` (milestones) and ``debate`` (what is said in debates), with the words and patterns
they share in ``vocabulary``. This module holds the entry points: ``detect`` puts a sentence
through the cheap ``triggered`` filter, then through the rules in a fixed order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...deadlines import Deadline
from ...patterns import with_lookahead
from ..actors import OTHER, mentions
from .commitments import _NEXT_DOCUMENT, _commitment
from .debate import (
    accepts,
    beyond_debate,
    debate_act,
    debate_internal,
    debate_to_come,
    negotiation,
)
from .effects import _milestone, effect_date
from .requests import (
    _DIRECTED_HINT,
    _REQUEST_HINT,
    _asks_for_promise,
    _directed_request,
    _request,
    member_request,
    papers_asked,
)
from .vocabulary import (
    _ACTION_PARTICIPLES,
    _DELIVERABLE,
    _DELIVERABLE_RE,
    _DELIVERABLE_STEMS,
    _I,
    _NOUN_LIKE_AS_VERB,
    _NOUN_LIKE_VERBS,
    _PRESENT_VERBS,
    CAUSED_ACTIONS,
    INTERJECTIONS,
    Finding,
    is_question,
    words_of,
)

__all__ = [
    "FULFILMENT",
    "Finding",
    "accepts",
    "anaphoric",
    "as_read",
    "asked",
    "beyond_debate",
    "debate_act",
    "debate_internal",
    "debate_to_come",
    "detect",
    "is_question",
    "member_request",
    "negotiation",
    "triggered",
    "words_of",
]

# --- triggers ---------------------------------------------------------------------------------

# What must stand in a sentence for any rule below to fire, tested on the lower-cased sentence:
# most sentences stop here, before the costlier analysis of who does what. Present-tense
# verbs and requests only count beside something that looks like a deadline.
_DEADLINE_HINT = (
    r"(?:\d|januari|februari|maart|april|\bmei\b|juni|juli|augustus|september|oktober"
    r"|november|december|kwartaal|zomer|najaar|voorjaar|herfst|reces|kerst|prinsjesdag"
    r"|begroting|nota\b|jaar|maand|week|weken|dagen|binnen|termijn|spoed|z\.s\.m|zsm|helft"
    r"|medio|zodra|nadat|wanneer|zijner|gelegener|afronding|afloop|oplevering|ommekomst|debat"
    r"|terstond|onverwijld"
    r"|stemming|snel|binnenkort|ontvangst|ondertekening|behandeling)"
)
_PASSIVE_HINT = re.compile(
    r"geïnformeerd|ingelicht|gezonden|gestuurd|aangeboden|voorgelegd|overgelegd|gerapporteerd"
    r"|meegedeeld|medegedeeld|in kennis|ter kennis|ter beschikking|ter hand|gemeld|verstrekt"
    r"|overhandigd|geleverd|gedeponeerd"
    r"|gedeeld|op de hoogte|aangepast|gewijzigd|geëvalueerd|herzien|uitgewerkt|ingevoerd"
    r"|voorgehangen|bekendgemaakt|gepresenteerd|door mij|door mijn|door ons|"
    + _ACTION_PARTICIPLES + "|" + _DELIVERABLE_STEMS)
_DEADLINE_HINT_RE = with_lookahead(re.compile(_DEADLINE_HINT))  # same matches, faster


_TRIGGER_WORDS = frozenset("""
toe toezeg toegezegd zal zullen zult ga gaat gaan volgt volgen verschijnt verschijnen terug
voornemens voornemen ernaar verwacht verwachten ontvang ontvangt ontvangen tegemoet toezeggen bereid
verzoekt verzoeken roept roepen draagt dragen prijs hoogte wil willen streven planning inzet ontving
ontvingen
inspanningen intentie probeer probeert proberen roep daag
bedoeling insteek zet zetten plaatsvinden plaatshebben voorzien gepland geprogrammeerd krijgt
krijgen
toezegging terugkom terugkomen verzenden versturen toezenden toesturen aanbieden verzocht verzochten
wenst
sturen informeren besluit benieuwd kunt bent belooft beloof beloven delen meenemen kies kiest
kiezen bereidheid rappeleer hoop hoopt hopen denk denken stuur zend zenden nasturen wilt
vooruitzicht beoog beoogt beogen ervoor schriftelijk besloten streef streeft tegemoetzien
start starten beginnen ontwikkel ontwikkelt ontwikkelen toegaan ingestemd toekomen voorgenomen
""".split())  # noqa: SIM905 (a word list reads best as text)
# Whom members ask ("De leden vragen de regering …", "vragen de Kamer …", a committee's letter:
# "De commissie vraagt u om een reactie …").
_ASKED_OF = frozenset(("kamer", "kamers", "regering", "kabinet", "minister", "staatssecretaris",
                       "bewindspersoon", "bewindspersonen", "bewindslieden", "bewindsman",
                       "bewindsvrouw", "u"))
_GOVERNMENT_ASKED = _ASKED_OF - {"u", "kamer", "kamers"}
_ASKING_VERBS = frozenset(("kan", "kunnen", "zal", "zullen", "wil", "willen"))
_NUMBERED_ASKING = re.compile(r"\d{1,2}(?:\.\s*|\s+)(?:zo\s+(?:ja|nee)[,.]?\s+)?(?:kan|kunnen|zal"
                              r"|zullen|wil|willen)\s+(?:de|het)\s")
_WORK_WORDS = frozenset(["werkt", "werken", "werk", "gewerkt"])
_EFFECT_WORDS = frozenset(["vanaf", "per", "ingang", "uiterlijk", "m", "tot", "werking", "kracht",
                           "gaat", "gaan", "ingaat", "ingaan", "vervalt", "vervallen", "eindigt",
                           "eindigen", "schuift", "schuiven", "verschuift", "verstrijkt",
                           "verloopt", "toepassing", "laatste", "later"])
# Verbs with a particle, cued only beside it: "neemt … mee", "stelt … op", "werkt … uit", "laat
# … uitwerken" (each alone is too common a word to send every sentence on to the analysis).
_PARTICLE_CUES = (
    (frozenset(["mee"]), frozenset(["neem", "neemt", "nemen", "kom", "komt", "komen"])),
    (frozenset(["toe"]), frozenset(["gaat", "gaan"])),
    (frozenset(["stel", "stelt", "stellen"]), frozenset(["op"])),
    (frozenset(["werk", "werkt", "werken"]), frozenset(["uit"])),
    (frozenset(["laat", "laten"]), CAUSED_ACTIONS),
    (frozenset(["voeg", "voegt", "voegen"]), frozenset(["bij", "toe"])),
    (frozenset(["betrek", "betrekt", "betrekken", "betrokken"]), frozenset(["bij"])),
    (frozenset(["verwerk", "verwerkt", "verwerken"]), frozenset(["in"])),
)
_PARTICLE_CUE_WORDS = frozenset().union(*(cue for cue, _ in _PARTICLE_CUES))
# Words that count only beside a deadline: present-tense actions and requests.
_PRESENT_WORDS = (_PRESENT_VERBS - _NOUN_LIKE_VERBS) | {
    "verzoek", "verzoekt", "verzoeken", "verzocht", "vraagt", "vragen", "verneemt", "vernemen",
    "graag"}


def triggered(lowered: str, words: set[str] | None = None) -> bool:
    """Could any rule fire? Set look-ups on the words of the lower-cased sentence first."""
    words = words_of(lowered) if words is None else words
    return not words.isdisjoint(_CUE_WORDS) and _triggered(lowered, words)


def _triggered(lowered: str, words: set[str]) -> bool:
    if not words.isdisjoint(_TRIGGER_WORDS):
        return True
    if ("plan" in words and "van plan" in lowered) or ("naar" in words and "er naar" in lowered):
        return True
    if "weten" in words and ("laat" in words or "laten" in words):
        return True
    if ("vragen" in words or "vraagt" in words or "vraag" in words or "vroeg" in words
            or "vroegen" in words) and (not words.isdisjoint(_ASKED_OF) or "leden" in words):
        return True  # (an old verslag's past tense: "Hij vroeg de minister …", "vroegen deze
        # leden … om een overzicht")
    if not words.isdisjoint(_ASKING_VERBS) and not words.isdisjoint(_GOVERNMENT_ASKED) \
            and (_NUMBERED_ASKING.match(lowered) or "?" in lowered):
        return True  # a written question: "3. Kan de Staatssecretaris bevorderen, dat …?", a
        # member's: "Kan de staatssecretaris deze problematiek in beeld brengen?" (what it
        # asks for is the rules' to weigh, whatever its verb)
    if "kennis" in words and ("graag" in words or "gaarne" in words):
        return True  # "zouden deze leden graag kennis nemen van het advies …"
    if "kennen" in words and "wens" in words:
        return True  # a treaty's tacit approval: "De wens dat … kan … te kennen worden gegeven
        # binnen dertig dagen …"
    if ("overweging" in words and not words.isdisjoint(("geeft", "geven", "gaf", "gaven"))) or (
            ("aangenaam" in words or "erkentelijk" in words)
            and not words.isdisjoint(("indien", "als", "wanneer"))):
        return True  # an old verslag: "Deze leden gaven de Minister in overweging …", "Het zou
        # deze leden aangenaam zijn indien de Regering …"
    if "drong" in words or "drongen" in words or "dringt" in words or "dringen" in words:
        return True  # "Zij drong erop aan dat …"
    if "eraan" in words and not words.isdisjoint(("hecht", "hechten", "hechtte", "hechtten")):
        return True  # "De leden hechtten eraan van de regering … een reactie te krijgen"
    if ("heeft" in words or "hebt" in words) and ("u" in words or "kamer" in words) \
            and _DEADLINE_HINT_RE.search(lowered):
        return True  # "Voor de zomer heeft u de evaluatie"
    if ("kom" in words or "komt" in words or "komen" in words) and "met" in words \
            and ("aanpak" in words or _DELIVERABLE_RE.search(lowered)):
        return True  # "We komen met een brief", "… met een nieuwe aanpak"
    if "voorstellen" in words and ("mij" in words or "me" in words or "ons" in words):
        return True  # "Ik kan mij voorstellen dat we dat in het voorjaar met een brief doen"
    if ("ligt" in words or "liggen" in words) and ("er" in words or "kamer" in words) \
            and _DEADLINE_HINT_RE.search(lowered):
        return True  # "Voor de zomer ligt er een brief bij de Kamer"
    if ("gereed" in words or "klaar" in words) and _DEADLINE_HINT_RE.search(lowered):
        return True  # "De handreiking is naar verwachting eind 2019 gereed"
    if ("stuurt" in words or "zendt" in words) and "nog" in words:
        return True  # "Het kabinet stuurt nog een Kamerbrief"
    if "treft" in words and "aan" in words:
        return True  # "In het najaar treft u de evaluatie aan"
    if "hoort" in words and ("mij" in words or "ons" in words):
        return True  # "U hoort nog voor de zomer van mij"
    if "verzoek" in words and ("termijn" in words or "uitstel" in words or "verlenging" in words):
        return True  # the government asks for more time: "Ik verzoek u om verlenging van de
        # termijn tot 20 februari" (so promises that day)
    if "verzoek" in words and not words.isdisjoint(_GOVERNMENT_ASKED):
        return True  # a member: "Ik verzoek de regering …" (not "Ik verzoek u …": a minister
        # asks the Kamer, a chair a member)
    if ("nader" in words or "later" in words or "zijner" in words) and not words.isdisjoint(
            ("informeer", "informeren", "bericht", "berichten")):
        return True  # "Ik bericht u nader over de uitkomsten"
    if "graag" in words and ("zien" in words or "ziet" in words or "zag" in words
                             or "zagen" in words):
        return True  # "De heer Van As ziet graag dat het volgende overzicht …"
    if "brief" in words and ("beantwoord" in words or "beantwoorden" in words):
        return True  # "Die vragen beantwoorden we in een brief"
    if "wat" in words and "doen" in words:
        return True  # "Wat ik wel kan doen, is …"
    if ("komt" in words or "komen" in words or "zorg" in words or "zorgt" in words
            or "zorgen" in words) and "kamer" in words:
        return True
    if "plaats" in words and ("vindt" in words or "vinden" in words):
        return True
    if ("wordt" in words or "worden" in words) and _PASSIVE_HINT.search(lowered):
        return True
    if "aan" in words and not words.isdisjoint(_WORK_WORDS):
        return True
    if not words.isdisjoint(_PARTICLE_CUE_WORDS):
        for cue, beside in _PARTICLE_CUES:
            if not words.isdisjoint(cue) and not words.isdisjoint(beside):
                return True
    if not words.isdisjoint(_EFFECT_WORDS) and effect_date(lowered):
        return True
    return (not words.isdisjoint(_PRESENT_WORDS) or (
        not words.isdisjoint(_NOUN_LIKE_VERBS) and _NOUN_LIKE_AS_VERB.search(lowered) is not None)
    ) and bool(_DEADLINE_HINT_RE.search(lowered) or _NEXT_DOCUMENT.search(lowered))


# Every test of ``_triggered`` needs one of these words: a sentence with none of them (four in
# ten) is turned away by one set look-up rather than thirty.
_CUE_WORDS = _TRIGGER_WORDS | _ASKING_VERBS | _PARTICLE_CUE_WORDS | _EFFECT_WORDS \
    | _PRESENT_WORDS | _NOUN_LIKE_VERBS | frozenset("""
plan naar weten vragen vraagt vraag vroeg vroegen kennis kennen overweging aangenaam erkentelijk
drong drongen dringt dringen eraan heeft hebt kom komt komen voorstellen ligt liggen gereed klaar
stuurt zendt treft hoort verzoek nader later zijner graag brief wat zorg zorgt zorgen plaats wordt
worden aan""".split())  # noqa: SIM905 (a word list reads best as text)

# Fulfilment: the document says it keeps a promise.
FULFILMENT = re.compile(
    r"\bgestand\b"
    r"|\b(?:kom|komt|komen)\b[^.?!]{0,160}?\btoezegging\w*\b[^.?!]{0,160}?\bna\b"
    r"|\b(?:voldoe|voldoet|voldoen|geef|geeft|geven)\b[^.?!]{0,60}?\b(?:aan|uitvoering\s+aan"
    r"|invulling\s+aan)\b[^.?!]{0,40}?\b(?:de|deze|het)\s+(?:\w+\s+)?(?:toezegging\w*|motie\w*)\b"
    # "Ingevolge deze toezegging doe ik u … toekomen", "Conform de toezegging in bovengenoemde
    # brief zend ik u bijgaand het convenant toe"
    r"|\b(?:ingevolge|overeenkomstig|conform|ter\s+uitvoering\s+van)\s+(?:de|deze|die|mijn|onze"
    r"|zijn|haar)\s+(?:\w+\s+)?toezegging\w*\b[^.?!]{0,160}?\b(?:doe|zend|stuur|bied|informeer)\s+"
    r"(?:ik|wij|we)\b",
    _I)


_FILLER_WORDS = frozenset(("eh", "ehm", "uh", "uhm", "hè"))
_INTERJECTION = re.compile(INTERJECTIONS + r"\s*,\s+(?=\S)", re.IGNORECASE)
_REPORTING_CLAUSE = re.compile(
    r",\s+(?:zo|aldus)\s+(?:vroeg|vroegen|vraagt|vragen|wilde|wilden|informeerde|informeerden)"
    r"\s+[^,.;?]{1,60}?,(?=\s)", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:en|maar|dus)\s+(?=(?:die|dat|deze|dit|de|het|ik|we|wij|u|uw)\s)",
                     re.IGNORECASE)
_FILLER = re.compile(r",?\s*\b(?:eh|ehm|uh|uhm|hè)\b\s*,?(?=\s)", re.IGNORECASE)

# What ``as_read`` blanks: the chamber's name before "Kamer", a letter's kind before "brief" (not
# a reminder's: "rappelbrief" stays what the rules know), the "ver" of "versturen"
_CHAMBER = re.compile(r"(?:(?<=\b[Dd]e\s)|(?<=\b[Uu]w\s)|(?<=\b[Dd]eze\s)|(?<=\bder\s))"
                      r"(?:Tweede|Eerste)\s+(?=Kamer\b)")
_KIND_OF_LETTER = re.compile(r"\b(?![Rr]appel)[^\W\d_]{3,}?(?=brie(?:f|ven)\b)")
_VER_SENDS = re.compile(r"\b[Vv]er(?=(?:stuur|stuurt|sturen|zend|zendt|zenden)\b)")
# The government addressed as the request rules know it: "de minister van Volksgezondheid,
# Welzijn en Sport" without its portfolio, "de bewindspersoon" as "de minister"
_ADDRESSED = re.compile(r"\b(?:[Mm]inister|[Ss]taatssecretaris)(?P<portfolio>\s+(?:van|voor)\s+"
                        r"[A-Z][\w&'’-]*(?:(?:,\s+|\s+en\s+|\s+)[A-Z][\w&'’-]*)*)"
                        r"|\b[Dd]e\s+(?P<title>bewinds(?:persoon|man|vrouw))\b")


def asked(rule: Callable[[str, Callable[[], Deadline | None]], Finding | None], sentence: str,
          deadline: Callable[[], Deadline | None]) -> Finding | None:
    """``rule`` on a question or a member's words with the government addressed as the request
    rules know it: "vraag ik de minister van Volksgezondheid, Welzijn en Sport of …" and "vraag ik
    de bewindspersoon of …" read as "vraag ik de minister of …". The finding's focus and the
    deadline's span are carried between the two. (Not for what the government says: there the
    portfolio names who acts.)"""
    if "inister" not in sentence and "taatssecretaris" not in sentence \
            and "bewinds" not in sentence:
        return rule(sentence, deadline)
    cuts = [(*m.span("title"), "minister") if m.group("title") else (*m.span("portfolio"), "")
            for m in _ADDRESSED.finditer(sentence)]
    if not cuts:
        return rule(sentence, deadline)
    pieces, at = [], 0
    for s, e, r in cuts:
        pieces += [sentence[at:s], r]
        at = e
    short = "".join(pieces) + sentence[at:]

    def to_short(pos: int) -> int:  # (a position inside a cut goes to its start)
        return pos - sum(min(e, pos) - s - (len(r) if e <= pos else 0)
                         for s, e, r in cuts if s < pos)

    def to_long(pos: int) -> int:
        for s, e, r in cuts:
            if pos >= s + len(r):
                pos += e - s - len(r)
        return pos

    def short_deadline() -> Deadline | None:
        found = deadline()
        return found and replace(found, start=to_short(found.start), end=to_short(found.end))

    finding = rule(short, short_deadline)
    return finding and replace(finding, focus=to_long(finding.focus))


def as_read(sentence: str) -> str:
    """A sentence as the rules read it: the chamber named in full, "de Tweede Kamer", "uw Eerste
    Kamer", as "de Kamer", "uw Kamer" (the rules' words for parliament), "een Kamerbrief" and
    "de voortgangsbrief" as "een brief" and "de brief", "versturen" and "verzenden" as "sturen"
    and "zenden", "geinformeerd" with its trema, each character kept in place so that a
    finding's positions still point into the sentence."""
    if "Kamer" in sentence and ("Tweede" in sentence or "Eerste" in sentence):
        sentence = _CHAMBER.sub(lambda m: " " * len(m.group()), sentence)
    if "brie" in sentence:
        sentence = _KIND_OF_LETTER.sub(lambda m: " " * len(m.group()), sentence)
    if "erstu" in sentence or "erzend" in sentence:
        sentence = _VER_SENDS.sub("   ", sentence)
    if ("eerd" in sentence and ("gei" in sentence or "gee" in sentence or "Gei" in sentence
                                or "Gee" in sentence)) \
            or "eeindig" in sentence or "nancie" in sentence or "isteriele" in sentence:
        sentence = _TREMA_LOST.sub(lambda m: m.group()[:-1] + _TREMA[m.group()[-1]], sentence)
    return sentence


# A trema a plain-text copy lost where the rules' words have one, put back letter for letter:
# "geinformeerd", "geevalueerd" (no Dutch participle of an "-eren" verb starts "gei" or "gee"
# without one), "beeindigen", "Financien", "ministeriele"
_TREMA_LOST = re.compile(r"\b(?:[Gg]e[ie](?=[a-z]*eer(?:d|de|den)\b)|[Bb]ee(?=indig)"
                         r"|[Ff]inancie(?=n\b|le?\b)|[Mm]inisterie(?=le\b))")
_TREMA = {"i": "ï", "e": "ë"}


def detect(sentence: str, deadline: Callable[[], Deadline | None],
           after_government: bool = False, promise_dropped: bool = False,
           they_members: bool = False) -> Finding | None:
    """What a sentence is, or None. ``deadline()`` gives the sentence's deadline phrase; it is
    only asked for when a rule needs it (resolving deadlines is the costly part).
    ``promise_dropped``: a sentence whose promise the caller reads as nothing (a member or the
    chair in a debate: only ministers promise): the promise rules, the costliest, are only asked
    whether there is one where a milestone would otherwise be the answer. ``they_members``: the
    "Zij" opening the sentence stands for a verslag's members."""
    if " | " in sentence:
        row = _planned_row(sentence)
        if row is not None:
            return row
    lowered = sentence.lower()
    words = words_of(lowered)
    if not triggered(lowered, words):
        return None
    if not words.isdisjoint(_FILLER_WORDS):
        # Spoken hesitations read as if not said, each character kept in place (a finding's
        # positions point into the sentence): "dan ga ik, eh, na de zomer een brief sturen"
        sentence = _FILLER.sub(lambda m: " " * len(m.group()), sentence)
    if ", zo " in sentence or ", aldus " in sentence:
        # a verslag's reporting clause inside the question read as if not said, each character
        # kept in place: "Is, zo vroegen zij, de Regering bereid … mede te delen?"
        sentence = _REPORTING_CLAUSE.sub(lambda m: " " * len(m.group()), sentence)
    sentence = _unsaid_opening(sentence)
    if is_question(sentence):
        return asked(_asks_for_promise, sentence, deadline)
    first = sentence[:1]
    number = _LEADING_MARK.match(sentence) if first.isdigit() or first in _MARKS or (
        sentence[1:2] in (".", ")") and first.islower()) else None
    if number:
        # an answer numbered as the question it answers, "2. Een besluit hierover wordt in het
        # najaar genomen", "3. Ja, ik zal …", a list's item, "(1) …", "– En die brief komt …",
        # a quoted promise, "„Een besluit … wordt in september genomen.”": read as if its mark
        # were not there (a question's number is its rules' to read), its characters kept in
        # place
        sentence = _unsaid_opening(" " * number.end() + sentence[number.end():], number.end())
    if _DIRECTED_HINT.search(lowered):
        directed = _directed_request(sentence)
        if directed is not None:
            return directed
    found = mentions(sentence, after_government, they_members)
    if _REQUEST_HINT.search(lowered):
        request = _request(sentence, found, deadline)
        if request is not None:
            return request  # "verneemt de Kamer graag vóór … de termijnen waarop … worden …"
    if "leden" in words or "kennis" in words:
        papers = papers_asked(sentence)
        if papers is not None:
            return papers
    if "orde van de dag" in lowered and _MOTION_END.search(sentence):
        return None  # a motion that asks nothing: its considerations retell ("constaterende,
        # dat de regering voornemens is …"); the Kamer speaks, not the government
    if promise_dropped:
        milestone = _milestone(sentence)
        if milestone is None:
            return None  # (a promise or nothing: the same to the caller)
        return _commitment(sentence, found, deadline, words) or milestone
    finding = _commitment(sentence, found, deadline, words)
    if finding is not None:
        return finding
    return _milestone(sentence)


def _unsaid_opening(sentence: str, at: int = 0) -> str:
    """The sentence with its opening word read as if not said, each character kept in place:
    an answer's "Ja, dat overzicht stuur ik de Kamer voor 1 december", and "and" or "but", "En
    die brief komt voor de zomer", "Maar het rapport krijgt u na de zomer" (speech joins its
    sentences so: the clause after it is what is said)."""
    for opening in (_INTERJECTION, _JOINED):
        m = opening.match(sentence, at)
        if m:
            sentence = " " * m.end() + sentence[m.end():]
            at = m.end()
    return sentence


_LEADING_MARK = re.compile(r"(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-–—•▪◦·*])\s+(?=\S)"
                           r"|[„“\"‘']\s*(?=\w)")
_MARKS = frozenset("(-–—•▪◦·*„“\"‘'")
_MOTION_END = re.compile(r"\bgaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b", _I)


# A planning table printed a row a line (see ``cleanup``): a deliverable named in a cell and
# its time in the last, "Wetsvoorstel … | in voorbereiding | najaar 2024", or in the same cell,
# "Nieuw loongebouw | … | Brief aan uw Kamer over de uitwerking in het tweede kwartaal van 2020"
# (not the header "Wetsvoorstel | Stand | Verwachte indiening", nor a row already done:
# "Brief over … | verzonden op 19 januari 2024").
_ROW_DELIVERABLE = re.compile(r"\s*(?:[\w-]+\s+)?(?:" + _DELIVERABLE + r"|\w*wet)\b", _I)
_ROW_TIME = re.compile(
    r"\b(?:kwartaal|Q[1-4]|voorjaar|zomer|najaar|winter|\w*reces|prinsjesdag|\w*nota|begroting"
    r"|medio|begin|eind|helft|januari|februari|maart|april|mei|juni|juli|augustus|september"
    r"|oktober|november|december|jaarwisseling|zodra|na)\b", _I)
# (a day named is a day it was done, "verzonden op 19 januari 2024", unless it is a deadline:
# "gepubliceerd vóór 1 oktober 2018")
_ROW_DONE = re.compile(r"\b(?:verzonden|verstuurd|ontvangen|afgerond|aangeboden|ingediend"
                       r"|vastgesteld|afgedaan|voldaan)\b(?!\s+(?:v[oó][oó]r|uiterlijk)\b)"
                       r"|(?<!v[oó][oó]r\s)(?<!voor\s)(?<!uiterlijk\s)\b\d{1,2}\s+[a-z]+\s+\d{4}\b",
                       _I)
_TO_THE_KAMER = re.compile(r"\baan\s+(?:uw|de)\s+Kamer\b", _I)


def _planned_row(sentence: str) -> Finding | None:
    cells, at = [], 0
    for cell in sentence.split(" | "):
        if cells or not cell.strip().isdigit():  # (a row's number first: "4 | Wetsvoorstel …")
            cells.append((at, cell))
        at += len(cell) + 3
    if len(cells) < 2 or not cells[-1][1].strip() or any(
            (found := mentions(cell)) and found[0].kind == OTHER and found[0].start <= 2
            for _, cell in cells[1:-1]):
        return None  # (nor one others are to deliver: "Regiovisies … | gemeenten | …")
    last_at, last = cells[-1]
    if ";" in last:  # the last step is the one planned: "internetconsultatie tweede kwartaal
        # 2020; indiening eerste kwartaal 2021"
        last_at += last.rfind(";") + 1
    if len(last.split()) <= 12 and _ROW_TIME.search(last) and not _ROW_DONE.search(last) \
            and (_ROW_DELIVERABLE.match(cells[0][1]) or _ROW_DELIVERABLE.match(last)):
        return Finding("commitment", "commitment.planned", 0.6, None, None, focus=last_at)
    for cell_at, cell in cells[1:]:
        if _ROW_DELIVERABLE.match(cell) and _TO_THE_KAMER.search(cell) \
                and _ROW_TIME.search(cell) and not _ROW_DONE.search(cell):
            return Finding("commitment", "commitment.planned", 0.6, None, None, focus=cell_at)
    return None


_ANAPHOR = re.compile(
    r"\b(?:dan|daarvan|daarover|hierover|hiervan|hier\s+\w+\s+over|daar\s+\w+\s+over"
    r"|hier\s+\w+\s+\w+\s+over|dezelfde\s+termijn|hetzelfde\s+moment|tegelijkertijd)\b"
    r"|^(?:Die|Deze|Dit|Dat)\s+(?:zal|zullen|ga|gaat|kan|stuur|stuurt)\b", _I)


def anaphoric(sentence: str) -> bool:
    """Does the sentence lean on the one before ("U zal hier dan over worden geïnformeerd")?"""
    return bool(_ANAPHOR.search(sentence))
