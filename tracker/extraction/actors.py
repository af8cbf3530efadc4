"""Who a Dutch sentence is about: the government, parliament, its members, or someone else.

Mentions are found with one regular expression; ``subject_at`` picks the subject of a verb the
way Dutch word order places it: right after the finite verb when the sentence opens with
something else ("In het najaar zal uw Kamer …", "Ten aanzien van deepfakes zal het kabinet …"),
else right before it ("Het kabinet zal …"), skipping a relative clause ("Het Rathenau Instituut,
die deze verkenning uitvoert, zal …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import with_lookahead

GOV, SELF, PARL, MEMBERS, OTHER = "gov", "self", "parl", "members", "other"

_NAME = (r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
         r"(?:(?:,\s*|\s+(?:en\s+|[-–]\s+)?)[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*)*")
# "Minister Jansen", "Staatssecretaris De Vries", "minister Van der Berg": a title and surname.
_SURNAME = (r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|['’]t)\s+){0,3}"
            r"[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ýa-z][\w'’]+)?(?!\s+(?:van|voor)\b)"
            # a portfolio named after the title: "de staatssecretaris Herstel Toeslagen"
            r"(?:\s+(?=[A-ZÀ-Ý])(?!(?:De|Het|Een|Dit|Dat|Die|Deze|In|Op|Voor|Na|Ik|U|We|Wij)\b)"
            r"[\w'’]+){0,2}")
_OFFICE = (
    r"(?i:minister-president|premier|ministers?|staatssecretariss(?:en)?|staatssecretaris"
    r"|bewindspersonen|bewindspersoon|bewindslieden)\b"
)
_PATTERNS = [
    (GOV, r"(?:(?i:de|het|mijn|onze?|zijn|haar|uw|alle|beide)\s+)?(?:"
          + _OFFICE + r"(?:\s+(?i:van|voor)\s+" + _NAME + r"|\s+" + _SURNAME + r")?"
          r"|(?:Defensie|Financiën|BZK|OCW|VWS|EZK|SZW|IenW|IenM|LNV|LVVN|JenV|J&V|BuZa|KGG|VRO"
          r"|AenM)\b"
          r"|(?i:ministeries?)\b(?:\s+(?i:van|voor)\s+" + _NAME + r")?"
          r"|(?i:kabinet)(?:-[A-ZÀ-Ý][\w'’-]*)?\b|(?i:regering|rijksoverheid)\b"
          # the central government beside provinces and municipalities: "Het Rijk stelt de
          # kaders vast" (not "een rijk land")
          r"|(?<=(?i:het)\s)Rijk\b"
          r"|(?i:ambtsvoorganger|voorganger|ambtsopvolger|opvolger)\b"
          # an explanatory memorandum's minister: "De ondergetekende is voornemens …"
          r"|(?i:ondergetekenden?|bewindsman|bewindsvrouw)\b"
          # "Mijn collega van Justitie en Veiligheid", "mijn ambtgenoot van Financiën"
          r"|(?i:collega|ambtgenoot)\s+(?i:van|voor)\s+" + _NAME
          + r"|(?i:departementen|departement)\b)"),
    (SELF, r"(?i:ik|wij|we)\b"),
    (PARL, r"(?:(?i:uw|de|onze|beide)\s+)(?:(?i:tweede|eerste)\s+)?(?i:kamers?)\b"
           r"|(?i:de)\s+(?:TK|EK)\b"  # a ministry's own table: "De TK wordt … geïnformeerd"
           r"|(?i:het\s+parlement)\b|(?i:uw)\s+commissie\b|[Uu]\b(?!\.)"),
    (MEMBERS, r"(?:(?i:de|deze)\s+)(?i:leden)\b(?:\s+van\s+(?:de|het)\s+(?:[\w-]+\s+){0,5}?"
              r"(?:[\w-]*fractie(?:\s+van\s+(?:de\s+|het\s+)?" + _NAME + r")?"
              r"|commissies?(?:\s+voor\s+" + _NAME + r")?))?"
              r"|(?i:het\s+lid)\s+[A-ZÀ-Ý][\w'’-]+"
              r"|(?:de|De)\s+(?:vaste\s+)?commissies?(?:\s+voor\s+" + _NAME + r")?\b"
              r"|(?i:de\s+)?griffie(?:r)?\b"
              # its chair, writing for it: "De voorzitter van de commissie ziet uw reactie …"
              r"|(?i:de\s+)?(?i:voorzitter)\s+van\s+de\s+(?:vaste\s+)?commissie(?!-)"
              r"(?:\s+voor\s+" + _NAME + r")?\b"
              # a senator for the group: "Mijn fractie verneemt graag vóór 1 december …"
              r"|(?i:mijn|onze)\s+(?i:fractie)\b"),
    (OTHER, r"(?:(?i:de)\s+)?(?:Europese\s+)?Commissie\b|(?i:de\s+)?EC\b"
            r"|(?:(?i:het)\s+)?Rathenau(?:\s+(?i:instituut))?\b"
            r"|(?:(?i:de)\s+)?Raad(?:\s+van\s+(?:Europa|State|de\s+Europese\s+Unie))?\b"
            r"|(?:(?i:de)\s+)?(?:EU|Europese\s+Unie|VN|OESO|EDPB|EDPS|WTO|ITU|EG|EEG|NAVO|NATO|OVSE"
            r"|IMO|IAEA|ICAO|Europese\s+Gemeenschap(?:pen)?)\b"
            r"|(?:(?i:het)\s+)?Europees\s+[Pp]arlement\b"
            r"|(?:(?i:de|andere|alle)\s+)?lidstaten\b"
            r"|(?:(?i:de)\s+)?Autoriteit\s+Persoonsgegevens\b|(?i:de)\s+AP\b"
            r"|(?:(?i:de)\s+)?Algemene\s+Rekenkamer\b|Amnesty(?:\s+International)?\b"
            r"|(?i:de)\s+(?:rechter|rechtbank)\b"
            r"|(?:(?i:de|een|deze)\s+)?(?:\(markt\)|markt)?toezichthouders?\b"
            r"|(?:(?i:het|de)\s+)?(?:WODC|VNG|NLAIC|NWO|NEN|KNAW|SER|CBS|CPB|PBL|SCP|RVO|OM)\b"
            r"|(?:(?i:het)\s+)?Openbaar\s+Ministerie\b"
            # a commission that reports to the government: "het eindrapport van de
            # evaluatiecommissie", "de staatscommissie"
            # (a named one, "de Adviescommissie Kwaliteit", may be what a letter makes known)
            r"|(?:(?i:de|een)\s+)?(?:evaluatie|onderzoeks|advies|staats|visitatie|deskundigen"
            r"|begeleidings)commissie\b"
            r"|(?:(?i:het)\s+)?(?:Centraal\s+|Sociaal\s+en\s+Cultureel\s+)?Planbureau"
            r"(?:\s+voor\s+de\s+Leefomgeving)?\b"
            r"|(?:(?i:de)\s+)?Onderzoeksraad(?:\s+voor\s+Veiligheid)?\b"
            r"|(?:(?i:de)\s+)?(?:[A-Z]\w+\s+)?(?:University|Universiteit)\b"
            r"|(?:(?i:de)\s+)?(?i:gemeenten?|provincies?|medeoverheden|overheidspartijen"
            r"|overheidsorganisaties|ontwikkelaars|aanbieders|marktpartijen)\b"
            r"|(?:Zij|zij|Ze|ze|Hij|hij)\b|Vestager\b|Eurocommissaris\b"),
]
# One expression per kind, each run only when one of its head words occurs in the lower-cased
# sentence: one big alternation of named groups is four times slower (see `make bench`).
# Each kind's expression is tried only where one of its head words stands: a dictionary look-up
# per word is far cheaper than running these alternations over every position of a sentence.
_KIND_RE = {kind: re.compile(pattern) for kind, pattern in _PATTERNS}
_HEADS: dict[str, tuple[str, ...]] = {}
for _kind, _words in (
    (GOV, "kabinet regering rijksoverheid minister ministers staatssecretaris staatssecretarissen "
          "premier bewindspersoon bewindspersonen bewindslieden ministerie ministeries rijk "
          "voorganger ambtsvoorganger opvolger ambtsopvolger departement departementen "
          "defensie financiën collega ambtgenoot bewindsman bewindsvrouw ondergetekende "
          "ondergetekenden "
          "bzk ocw vws ezk szw ienw ienm lnv lvvn jenv j buza kgg vro aenm"),
    (SELF, "ik wij we"),
    (PARL, "kamer kamers parlement commissie u tk ek"),
    (MEMBERS, "leden lid commissie griffier griffie fractie voorzitter"),
    (OTHER, "commissie europese europees ec rathenau raad eu vn oeso edpb edps wto itu lidstaten "
            "eg eeg navo nato ovse imo iaea icao "
            "autoriteit ap algemene amnesty rechter rechtbank toezichthouder toezichthouders "
            "markttoezichthouder markttoezichthouders markt wodc vng nlaic nwo nen knaw ser cbs "
            "cpb pbl scp rvo om openbaar planbureau centraal sociaal onderzoeksraad "
            "university universiteit gemeente gemeenten provincie provincies "
            "medeoverheden overheidspartijen overheidsorganisaties ontwikkelaars aanbieders "
            "marktpartijen zij ze hij vestager eurocommissaris evaluatiecommissie "
            "onderzoekscommissie adviescommissie staatscommissie visitatiecommissie "
            "deskundigencommissie begeleidingscommissie"),
):
    for _word in _words.split():
        _HEADS[_word] = (*_HEADS.get(_word, ()), _kind)
_WORD_RE = re.compile(r"\w+")
# Words that may open a mention before its head ("de", "uw Tweede", "alle").
_OPENERS = frozenset("""
de het mijn ons onze zijn haar uw alle beide deze een andere tweede eerste vaste europese tilburg
""".split())  # noqa: SIM905 (a word list reads best as text)
_PRIORITY = {kind: i for i, (kind, _) in enumerate(_PATTERNS)}
# Words that may stand between a subject and its verb, or between a verb and its subject.
_ADVERBS = frozenset("""
daarom dan ook nog er hier daar thans momenteel nu zelf vervolgens tevens eveneens bovendien
echter wel verder daarbij hierbij dus graag al inmiddels nogmaals wederom op zijn beurt
""".split())  # noqa: SIM905 (a word list reads best as text)
_PREPOSITIONS = frozenset("""
van op met door aan voor bij namens tijdens over naar na tegen volgens zonder uit onder tot om
per dan vanuit richting jegens
""".split())  # noqa: SIM905 (a word list reads best as text)
# A word between a preposition and its noun: a quantifier or an inflected adjective.
_ATTRIBUTE = re.compile(r"alle|veel|vele|enkele|sommige|beide|diverse|[a-zë]+(?:e|ere|ste)"
                        r"|[A-Z][a-zë]+(?:se|ische)")  # "van Nederlandse Gemeenten"
_RELATIVE = re.compile(r",\s*(?:die|dat|welke|wat|waarin|waarbij|waarmee|zoals)\b[^,]*,\s*$")
_PAREN = re.compile(r"\([^()]*\)\s*$")


@dataclass(frozen=True)
class Mention:
    kind: str
    start: int
    end: int
    text: str


def mentions(sentence: str, after_government: bool = False,
             they_members: bool = False) -> list[Mention]:
    """Actor mentions in order; "de minister van EZK en de minister van Financiën" is one.
    ``they_members``: a "Zij" or "Hij" opening the sentence (or after its first word and verb)
    stands for members named before it."""
    words = [(m.start(), m.group().lower()) for m in _WORD_RE.finditer(sentence)]
    found: list[Mention] = []
    taken = 0  # end of the last mention: heads inside it are part of it
    for i, (pos, word) in enumerate(words):
        kinds = _HEADS.get(word)
        if kinds is None or pos < taken or (pos and sentence[pos - 1] == "-"):
            continue  # (the tail of a compound names no one: "het verslag van de JBZ-Raad")
        mention = _mention_at(sentence, words, i, kinds, taken)
        if mention is None:
            continue
        taken = mention.end
        if (found and mention.kind == GOV and found[-1].kind == GOV
                and _AND.fullmatch(sentence, found[-1].end, mention.start)):
            prev = found.pop()
            mention = Mention(GOV, prev.start, mention.end, sentence[prev.start:mention.end])
        if mention.kind == GOV and (
                _CABINET_TO_COME.search(sentence, max(0, mention.start - 30), mention.start)
                or _FOREIGN.search(sentence, max(0, mention.start - 30), mention.start)):
            # a government still to come: "Een volgend kabinet zal zijn eigen keuzes maken";
            # another country's: "De Deense Regering heeft … een witboek aangekondigd waarin zij
            # haar positie uiteen zal zetten", "de Duitse minister van Financiën"
            mention = Mention(OTHER, mention.start, mention.end, mention.text)
        elif mention.kind == GOV and mention.text.lower().endswith(("ondergetekende",
                                                                    "ondergetekenden")) \
                and "mendement" in sentence:
            # an amendment's signatory is a member: "De ondergetekende stelt de volgende
            # amendementen voor"
            mention = Mention(MEMBERS, mention.start, mention.end, mention.text)
        found.append(mention)
    if they_members and found and found[0].kind == OTHER \
            and found[0].text.lower() in _THIRD_PERSON \
            and _AT_MOST_TWO_WORDS.fullmatch(sentence, 0, found[0].start):
        found[0] = Mention(MEMBERS, found[0].start, found[0].end, found[0].text)
    return _pronouns_resolved(found, after_government)


_CABINET_TO_COME = re.compile(r"\b(?:een|het)\s+(?:volgend|nieuw|toekomstig|komend)e?\s+$",
                              re.IGNORECASE)
# A country's adjective right before the office (not "de Nederlandse regering"): "Deense",
# "Britse", "Franse", "Belgische", "Amerikaanse" …
_FOREIGN = re.compile(r"(?<![\w-])(?!(?:Nederlandse|Diverse)\b)[A-Z][a-zëïé]+(?:se|sche)\s+$")


_THIRD_PERSON = frozenset(("zij", "hij", "ze"))
# What may stand before the members' pronoun: nothing, or a word and its verb ("Graag ontvangen
# zij …", "Wel vinden zij …")
_AT_MOST_TWO_WORDS = re.compile(r"(?:[\w-]+,?\s+){0,2}")
_PRONOUNS = _THIRD_PERSON | {"ik", "wij", "we"}


def _pronouns_resolved(found: list[Mention], after_government: bool) -> list[Mention]:
    """ "Als de staatssecretaris constateert …, zal zij de Kamer informeren": a "zij" or "hij"
    after the government in the same sentence (or opening the sentence after one that named
    the government: ``after_government``) is the government."""
    out, gov_seen, named = [], after_government, None
    for m in found:
        if m.kind == OTHER and gov_seen and m.text.lower() in _THIRD_PERSON:
            # ("Wel zal zij …", "Over de uitkomst van die gesprekken informeert hij de Kamer …");
            # the actor is who the pronoun stands for, where the sentence names them ("De
            # minister antwoordt dat hij de Kamer … zal informeren": the minister)
            m = Mention(GOV, m.start, m.end, named or m.text)
        elif m.kind == GOV and m.text.lower() not in _PRONOUNS:
            named = m.text
        gov_seen = gov_seen or m.kind == GOV
        out.append(m)
    return out


def _mention_at(sentence: str, words: list[tuple[int, str]], i: int, kinds: tuple[str, ...],
                taken: int) -> Mention | None:
    """The mention around head word ``i``, trying its kinds in priority order and starting up to
    two opening words earlier ("uw Tweede Kamer")."""
    starts = [words[i][0]]
    for back in (1, 2):
        j = i - back
        if j < 0 or words[j][0] < taken or words[j][1] not in _OPENERS:
            break
        starts.insert(0, words[j][0])
    for kind in sorted(kinds, key=_PRIORITY.__getitem__):
        pattern = _KIND_RE[kind]
        for start in starts:
            m = pattern.match(sentence, start)
            if m and m.end() > words[i][0] and _boundary_after(sentence, m.end()):
                return Mention(kind, start, m.end(), m.group())
    return None


def _boundary_after(sentence: str, end: int) -> bool:
    return end >= len(sentence) or not (sentence[end].isalnum() or sentence[end] == "_")


_AND = re.compile(r"\s+en\s+")


def _only_adverbs(text: str) -> bool:
    return all(word.lower() in _ADVERBS for word in text.split())


_IK_AFTER = re.compile(r"\s(?:ik|wij|we)\b", re.IGNORECASE)
# A main clause opened by a prepositional phrase puts its finite verb second and the subject
# right after it: "Over dit Integraal Herbeleggingsplan Vastgoed Defensie ontvangt de Kamer in
# augustus een brief" (Defensie, in the phrase, is not who receives).
# (one phrase: a few words, no second clause joined by "en", "maar" …)
_FRONTED_PHRASE = re.compile(r"\s*(?:Over|Naar|Op|In|Met|Voor|Vóór|Bij|Van|Aan|Door|Tot|Na|Uit"
                             r"|Vanuit|Tijdens|Rond|Binnen|Namens)(?:\s+(?!(?:en|maar|of|want"
                             r"|dus)\b)[^\s,;:]+){1,9}\s*$")


def subject_at(sentence: str, found: list[Mention], verb_start: int, verb_end: int,
               right: bool = True) -> Mention | None:
    """The mention that is the subject of the finite verb at ``verb_start:verb_end``.

    A mention right before the verb is its subject ("Het kabinet zal uw Kamer …"); otherwise
    the sentence opened with something else and the subject follows the verb.
    """
    if right and found and _IK_AFTER.match(sentence, verb_end) \
            and not sentence[:verb_start].rstrip().endswith(","):
        # the verb put before its subject, "ik": "Over de besluitvorming met de waterschappen en
        # de provincies zal ik uw Kamer informeren" (the provinces are not who informs)
        after = next((x for x in found if x.start == verb_end + 1), None)
        if after is not None:
            return after
    if right and _FRONTED_PHRASE.match(sentence, 0, verb_start) \
            and not _SUBORDINATOR.search(sentence, 0, verb_start):
        after = next((x for x in found if x.start >= verb_end), None)
        if after is not None and _only_adverbs(sentence[verb_end:after.start]):
            return after
    if right and sentence[:verb_start].rstrip().endswith(","):
        # a fronted clause closed by a comma, then the verb and its subject: "Op het rapport,
        # dat de commissie in april publiceert, reageert het kabinet na de zomer"
        after = next((x for x in found if x.start >= verb_end), None)
        if after is not None and _only_adverbs(sentence[verb_end:after.start]):
            return after
    left = _left_subject(sentence, found, verb_start)
    sub = _clause_subject(sentence, found, verb_start)
    if left is not None and sub is not None and sub.start < left.start:
        # A subordinate clause puts its subject first and its verb last; what stands right
        # before the verb is an object: "…, waarna ik uw Kamer zal informeren"
        return sub
    if left is not None or not right:
        return left
    if sub is not None:
        return sub
    for mention in found:
        if mention.start >= verb_end:
            return mention if _only_adverbs(sentence[verb_end:mention.start]) else None
    return None


# A subordinate clause puts its finite verb last: "… dat uw Kamer de notitie vóór Prinsjesdag
# tegemoet kan zien", "Hierbij laat ik u weten dat ik u de evaluatie … zal toesturen".
_SUBORDINATOR = re.compile(r"\b(?:dat|zodat|omdat|indien|wanneer|nadat|zodra|waarna|waarmee"
                           r"|waarin|waarbij|waarop|waarover|waarvan|waaraan|waartoe|waaruit"
                           r"|hoewel|terwijl|doordat|zolang"
                           # (split: "een onderwerp waar u voor het eind van het jaar een brief
                           # over krijgt")
                           r"|waar(?=\s+(?:u|de\s+Kamer|uw\s+Kamer|ik|wij|we)\s)"
                           r"|(?<=,\s)die)\s+",  # "…in een brief, die u binnen drie weken ontvangt"
                           re.IGNORECASE)


_SUBORDINATOR = with_lookahead(_SUBORDINATOR)  # the same matches, about twice as fast
_THAT = re.compile(r"\bdat\s+", re.IGNORECASE)
# "… dat zodra het kabinet een besluit heeft genomen, …": a condition (or time) opening a
# "dat"-clause, up to the comma that closes it
_THAT_INTERRUPTED = re.compile(r"\bdat\s*,?\s+(?:zodra|als|wanneer|indien|nadat|voordat|zolang"
                               r"|zo\s+gauw\s+als|zo\s+snel\s+als)\s[^,;]{1,200},\s*$",
                               re.IGNORECASE)


def _clause_subject(sentence: str, found: list[Mention], verb_start: int) -> Mention | None:
    """The subject right after the subordinator that opens the verb's clause."""
    start = max(sentence.rfind(",", 0, verb_start), sentence.rfind(";", 0, verb_start)) + 1
    last = None
    for m in _SUBORDINATOR.finditer(sentence, start, verb_start):
        last = m
    if last is None and _THAT_INTERRUPTED.search(sentence, max(0, start - 250), start):
        # a "dat"-clause that opened with a condition goes on after its comma: "Ik verwacht dat
        # als het onderzoek klaar is, ik u in juni zal informeren"
        for mention in found:
            if start <= mention.start and mention.end <= verb_start:
                return mention if _only_adverbs(sentence[start:mention.start]) else None
        return None
    if last is None:  # "dat ik, als ik weer nieuwe informatie heb, natuurlijk bereid ben …"
        # (not past a semicolon: "Het punt dat hij maakt is helder; ik kom daar … op terug")
        since = max(verb_start - 200, sentence.rfind(";", 0, verb_start) + 1, 0)
        for m in _THAT.finditer(sentence, since, verb_start):
            last = m if any(x.start == m.end() for x in found) else last
    if last is None:
        return None
    for mention in found:
        if mention.start >= last.end() and mention.end <= verb_start:
            gap = sentence[last.end():mention.start]
            return mention if _only_adverbs(gap) else None
    return None


def after_preposition(sentence: str, mention: Mention) -> bool:
    """ "Op verzoek van het lid Van Dijk zeg ik toe": a mention in a phrase is no subject."""
    words = sentence[:mention.start].split()[-3:]
    while len(words) > 1 and _ATTRIBUTE.fullmatch(words[-1]):
        words.pop()  # "voor kleine gemeenten", "met alle betrokken partijen"
    return bool(words) and words[-1].lower() in _PREPOSITIONS


def _left_subject(sentence: str, found: list[Mention], verb_start: int) -> Mention | None:
    before = [m for m in found if m.end <= verb_start]
    if not before:
        return None
    mention = before[-1]
    if after_preposition(sentence, mention):
        return None
    gap = sentence[mention.end:verb_start]
    if _only_adverbs(gap):
        return mention
    trimmed = _PAREN.sub("", _RELATIVE.sub("", gap))
    if trimmed != gap and _only_adverbs(trimmed):
        return mention
    # "Het Rathenau Instituut, die deze verkenning uitvoert, zal …": the relative clause may
    # itself hold a mention; the subject is the one before its comma.
    rel = _RELATIVE.search(sentence, 0, verb_start)
    if rel:
        head = [m for m in found if m.end <= rel.start()]
        if head and _only_adverbs(sentence[head[-1].end:rel.start()]):
            return head[-1]
    return None


def clean_actor(text: str) -> str:
    """The actor as a clerk writes it: no article, "kabinet", "minister van Financiën"."""
    text = re.sub(r"\s+", " ", text.strip())
    text = re.sub(r"^(?i:de|het|een)\s+", "", text)
    # "mijn collega van Financiën" is, as a clerk registers it, the minister of Financiën
    text = re.sub(r"^(?i:mijn|zijn|haar|de)\s+(?i:collega|ambtgenoot)\s+(?=(?i:van|voor)\s)",
                  "minister ", text)
    text = re.sub(r"\s+(?i:en)\s+(?i:de|het)\s+", " en ", text)
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


# The ministries by the abbreviations letters use; names as the registries write them.
MINISTRY_ABBREVIATIONS = {
    "az": "Algemene Zaken", "bz": "Buitenlandse Zaken", "buza": "Buitenlandse Zaken",
    "bzk": "Binnenlandse Zaken en Koninkrijksrelaties", "def": "Defensie",
    "ez": "Economische Zaken", "ezk": "Economische Zaken en Klimaat", "fin": "Financiën",
    "ienw": "Infrastructuur en Waterstaat", "jenv": "Justitie en Veiligheid",
    "kgg": "Klimaat en Groene Groei", "lnv": "Landbouw, Natuur en Voedselkwaliteit",
    "lvvn": "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "ocw": "Onderwijs, Cultuur en Wetenschap", "szw": "Sociale Zaken en Werkgelegenheid",
    "vro": "Volkshuisvesting en Ruimtelijke Ordening", "vws": "Volksgezondheid, Welzijn en Sport",
    "jv": "Justitie en Veiligheid", "iw": "Infrastructuur en Waterstaat",
}
# Longest first, so "Economische Zaken en Klimaat" wins over "Economische Zaken".
_FULL_NAMES = sorted(set(MINISTRY_ABBREVIATIONS.values()), key=len, reverse=True)
_MINISTRY = re.compile(
    r"\b(?i:minister|staatssecretaris|ministerie)\s+van\s+(?P<name>.+?)"
    r"(?=\s*[,(;]|\s+en\s+(?i:de\s+)?(?i:minister|staatssecretaris)\b|\s*$)")


def ministry_of(actor: str | None) -> str | None:
    """The ministry of "staatssecretaris van BZK", "minister van Economische Zaken, Karremans"
    (the first of several; None for "kabinet", a minister "voor" a portfolio, or no one)."""
    m = _MINISTRY.search(actor or "")
    if m is None:
        return None
    rest = actor[m.start("name"):].lower()
    for full in _FULL_NAMES:  # names with commas in them: "Onderwijs, Cultuur en Wetenschap"
        if rest.startswith(full.lower()):
            return full
    name = m.group("name").strip()
    key = re.sub(r"[^a-z]", "", name.lower())
    return MINISTRY_ABBREVIATIONS.get(key, name[:1].upper() + name[1:])
