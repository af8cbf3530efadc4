"""Words that text extraction from PDF glued together: "hetkabinet", "zalvoor", "deKamer".

PDF text often loses the space at a line's end, so a promise reads "In het najaar van 2024 zal
hetkabinet uw Kamer nader informeren" or "Deze zalvoor het einde van dit jaar worden
gepubliceerd", and no rule that looks for "het kabinet" or "zal voor" sees it.
``Gluefinder.points`` finds where a space was lost (between two words, or after a full stop:
"veilig kan.Daarnaast"), so the clean-up can put it back (as a joining space that is not in
the original, like the space between two wrapped lines).

A token is split only when all of these hold, which keeps real words whole:
- the token itself is not a Dutch word form (simplemma's Dutch dictionary, 370,000 forms):
  "terecht", "hetgeen", "opgesteld" stay;
- one side is a short function word from a closed list (an article, "te" before an
  infinitive, a pronoun, an auxiliary, "uw"), and the other side is a known word form (in the
  dictionary, or written on its own elsewhere in the same document);
- the function word is the first part ("hetkabinet", "wordengeïnformeerd"), or one of "van",
  "voor", "met", "over", "zal", "wordt", "worden" is the last ("najaarvan", "zalvoor"): plural
  and inflection endings ("-en", "-de", "-te") are never split off; or two small words ran
  together ("ikde", "aanuw").
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

# The first part: articles, "te", "uw", pronouns and auxiliaries. Prepositions and adverbs are
# left out: the dictionary lacks too many of the words they begin ("voortaan", "invoering",
# "zozeer", "ingezonden"), and "te" only goes before an infinitive ("te geven", not "temeer").
_FIRST = frozenset("""
de het een te uw ik wij zal zullen wordt worden kan kunnen is zijn dat die dit deze hier hierover
daarover nader""".split())  # noqa: SIM905 (a word list reads best as text)
_LAST = frozenset(("van", "voor", "met", "over", "zal", "wordt", "worden"))
# "hiervan", "daarvoor", "waarover" are words even where the dictionary lacks them.
_PRONOMINAL_ADVERB = re.compile(
    r"(?:er|hier|daar|waar|achter|voor|door|onder)(?:heen|mede|omtrent|aan|bij|door|in|mee|na"
    r"|naar|om|onder|op|over|toe|tegen|uit|van|voor|achter|langs|binnen|buiten|boven|tussen"
    r"|zonder)\Z")
# The dictionary lacks some participles ("geïnformeerd"); after an auxiliary or "nader" a
# word shaped like one is taken for one.
_AUXILIARY = frozenset(("wordt", "worden", "zal", "zullen", "is", "zijn", "nader", "hier",
                        "hierover", "daarover"))
_ARTICLES = frozenset(("de", "het", "een"))
_SMALL_WORDS = frozenset(("ook", "nog", "ons", "dat", "het", "een", "wel", "die", "dit"))
_LATIN_VERB = ("eren", "eert", "eerd", "eerde", "eerden", "erende")
_PARTICIPLE = re.compile(r"ge[a-zà-ÿ]{3,}[dt]\Z")
# Two small words run together: "zal ikde mogelijkheid onderzoeken", "aanuw Kamer gestuurd".
_PAIR_HEADS = "ik|wij|zal|is|dat|in|op|aan|van|met|voor|over|door|naar|bij|tot|om|uit"
_PAIR_TAILS = "de|het|een|uw|dit|deze"
_PAIR = re.compile(rf"({_PAIR_HEADS})(?:{_PAIR_TAILS})")
# Tokens worth a look: one that begins with a word of ``_FIRST`` ("hetkabinet", "deKamer"),
# ends with one of ``_LAST`` ("najaarvan") or is two small words, not inside a URL or an
# address. The regular expression does the sifting; each distinct token is then judged once.
_ALTERNATION = "|".join(sorted(_FIRST, key=len, reverse=True))
_CANDIDATE = re.compile(
    rf"(?<![\w/.:@-])(?:(?:{_ALTERNATION})(?:[a-zà-ÿ]{{3,}}(?:[A-Z][a-zà-ÿ]+)?|[A-Z][a-zà-ÿ]{{2,}})"
    rf"|[a-zà-ÿ]{{4,}}(?:{'|'.join(_LAST)})|Kamerge[a-zà-ÿ]{{3,}}[dt]|u[a-zà-ÿ]{{5,}}"
    rf"|(?:{_PAIR_HEADS})(?:{_PAIR_TAILS}))(?![\w-])")
# Text that lost spaces shows it somewhere by a lower-case letter running into a capital
# ("deKamer", "MinisterKlimaat", "kan.Daarnaast"); a document without one is not searched (in
# the corpus: 455 of its 609 documents, which held 9 of the 808 lost spaces found).
# (the capital first, the letters before it looked behind for: the engine then skips to each
# capital at once, where from each small letter it tried three; a third of the time)
_PDF_SIGNS = re.compile(r"[A-Z](?:(?<=[a-zà-ÿ]{2}[A-Z])|(?<=[a-zà-ÿ]{2}[.?!][A-Z]))[a-zà-ÿ]")
# A preposition run into the day or year after it, in scans and PDF text: "per31 december
# 1993", "op19 september", "in2024" (no Dutch word runs on into digits); and a question's
# number into the question's first word: "… doorgebracht?1 2Kunt u …", "3Wilt u zich …" (not
# a footnote's number into its text: "4Kamerstukken II …"). Found from where a letter meets a
# digit (two plain scans; one case-blind alternation tried at every position cost twenty times
# as much; the digit found first, its letter looked behind for, half as much again).
_LETTER_DIGIT = re.compile(r"[0-9](?<=[a-zó][0-9])")
_DIGIT_CAPITAL = re.compile(r"[0-9][A-Z]")
_DATE_GLUE = re.compile(
    r"(?i:op|per|in|voor|vóór|tot|na|vanaf|uiterlijk|medio|eind|begin|rond|sinds)"
    r"(?=(?:[0-3]?\d\s+(?i:januari|februari|maart|april|mei|juni|juli|augustus|september"
    r"|oktober|november|december)|(?:19|20)\d\d)\b)")
_QUESTION_GLUE = re.compile(
    r"\d{1,2}(?=(?:Kunt|Kan|Kunnen|Wilt|Wil|Willen|Bent|Is|Zijn|Hoe|Hoeveel|Wat|Waarom|Welke"
    r"|Wanneer|Waar|Wie|Deelt|Heeft|Hebt|Acht|Klopt|Zult|Zal|Zo|Erkent|Herinnert|Vindt|Weet"
    r"|Ziet|Gaat|Overweegt)\b)")


def _digit_glue(raw: str) -> list[int]:
    found = []
    for m in _LETTER_DIGIT.finditer(raw):
        start = m.start() - 1
        while start and raw[start - 1].isalpha():
            start -= 1
        if start and (raw[start - 1].isalnum() or raw[start - 1] == "-"):
            continue
        glue = _DATE_GLUE.match(raw, start)
        if glue is not None and glue.end() == m.end() - 1:
            found.append(glue.end())
    for m in _DIGIT_CAPITAL.finditer(raw):
        start = m.start()
        if start and raw[start - 1].isdigit():
            start -= 1
        if start and (raw[start - 1].isalnum() or raw[start - 1] in ",./-"):
            continue
        glue = _QUESTION_GLUE.match(raw, start)
        if glue is not None and glue.end() == m.end() - 1:
            found.append(glue.end())
    return found


# A sentence end that lost its space: "… als dit veilig kan.Daarnaast geldt …" (the word before
# the full stop is checked on its own, so "www.Rijksoverheid.nl" and addresses stay whole). (The
# full stop found first and its letter looked behind for, as ``_PDF_SIGNS`` does its capital.)
_SENTENCE_GLUE_HINT = re.compile(r"[.?!](?<=[a-zà-ÿ][.?!])(?=[A-Z][a-zà-ÿ])")
_SENTENCE_GLUE = re.compile(r"(?<![\w/.:@-])(?!www\.)[A-Za-zà-ÿ]?[a-zà-ÿ]{2,}[.?!]\Z")


@cache
def _dictionary():
    # Loaded on first use (0.3 s, some 50 MB): only extraction needs it, not every page view.
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary("nl")


@lru_cache(maxsize=1 << 16)
def _is_word(token: str) -> bool:
    """A Dutch word form as it stands (most tokens the sifting lets through are: "deze", "dat")."""
    lowered = token.lower()
    words = _dictionary()
    return (lowered in words or token in words or lowered.capitalize() in words
            or bool(_PRONOMINAL_ADVERB.match(lowered)) or lowered in _TOGETHER)


# Adverbs of a preposition and "een" that the dictionary lacks: "een plan overeen te komen",
# "uiteen te zetten", "bijeen te brengen" are not "over een", "uit een", "bij een".
_TOGETHER = frozenset(("overeen", "uiteen", "bijeen", "opeen", "ineen", "aaneen", "dooreen",
                       "vaneen"))




# A word broken where a line once ended, its hyphen left in the middle of a line when the text
# was run together again: "Kunt u deze vragen … beantwoor-den?", "informe-ren", "aangekon-digd".
_BROKEN = re.compile(r"(?<![\w-])([A-Za-zà-ÿ][a-zà-ÿ]+)-([a-zà-ÿ]{2,})(?![\w-])")


class Gluefinder:
    """Finds lost spaces in the lines of one document (its own words count as known), and the
    hyphens of words broken across a line that is one no more."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._lowered: str | None = None
        self._points: list[int] | None = None
        self._hyphens: list[int] | None = None

    def hyphens(self) -> list[int]:
        """Offsets of hyphens inside a line that only break a word: the word whole is Dutch and
        its first part is not ("beantwoor-den"; not "auto-ongeluk", "ICT-systemen")."""
        if self._hyphens is None:
            raw, found = self.raw, []
            # (from each hyphen between small letters back to its word's start: a pattern
            # searched from every position costs twenty times as much)
            at = raw.find("-")
            while at >= 0:
                if at and raw[at - 1].islower() and raw[at + 1:at + 2].islower():
                    start = at - 1
                    while start and raw[start - 1].isalpha():
                        start -= 1
                    m = _BROKEN.match(raw, start)
                    if m and m.end(1) == at and _broken(m.group(1).lower(), m.group(2)):
                        found.append(at)
                at = raw.find("-", at + 1)
            self._hyphens = found
        return self._hyphens

    def hyphens_between(self, start: int, end: int) -> list[int]:
        """The broken words' hyphens in ``raw[start:end]``, as offsets from ``start``."""
        return _between(self.hyphens(), start, end)

    def known(self, word: str) -> bool:
        """A Dutch word form, or a word the document writes on its own elsewhere."""
        lowered = word.lower()
        if word in _dictionary() or lowered in _dictionary():
            return True
        if self._lowered is None:
            self._lowered = self.raw.lower()
        text, at = self._lowered, self._lowered.find(lowered)
        while at >= 0:
            end = at + len(lowered)
            if (at == 0 or not text[at - 1].isalpha()) and (
                    end == len(text) or not text[end].isalpha()):
                return True
            at = text.find(lowered, at + 1)
        return False

    def points(self) -> list[int]:
        """Offsets in the document where a space was lost, in order (found once, in one pass:
        each distinct token is judged once, and only the few found glued are looked for)."""
        if self._points is None and not _PDF_SIGNS.search(self.raw):
            # no sign of text that lost its spaces: not worth the search (but a date's)
            self._points = sorted(_digit_glue(self.raw))
        if self._points is None:
            raw = self.raw
            glued = {}
            for token in set(_CANDIDATE.findall(raw)):
                if not _is_word(token):
                    at = self._where(token, token.lower())
                    if at:
                        glued[token] = at
            found = []
            if glued:
                alternation = "|".join(map(re.escape, sorted(glued, key=len, reverse=True)))
                for m in re.finditer(rf"(?<![\w/.:@-])(?:{alternation})(?![\w-])", raw):
                    found.append(m.start() + glued[m.group()])
            for m in _SENTENCE_GLUE_HINT.finditer(raw):
                letter = word = m.start() - 1  # back to the start of the word the full stop
                # ends
                while word > 0 and not raw[word - 1].isspace() and letter - word < 40:
                    word -= 1
                if _SENTENCE_GLUE.match(raw[max(0, word - 1):m.end()], 1 if word else 0):
                    found.append(m.end())
            found += _digit_glue(raw)
            self._points = sorted(found)
        return self._points

    def points_between(self, start: int, end: int) -> list[int]:
        """The lost spaces in ``raw[start:end]``, as offsets from ``start``."""
        return _between(self.points(), start, end)

    def _where(self, token: str, lowered: str) -> int | None:
        pair = _PAIR.fullmatch(lowered)
        if pair:
            return pair.end(1)
        if lowered[0] == "u" and lowered != "uzelf" and len(lowered) > 5 \
                and _is_word(lowered[1:]):
            return 1  # "Bent ubereid …", "Kunt uervoor zorgen …": the polite "u" ran on
        for at in range(2, len(token) - 2):
            head, tail = lowered[:at], lowered[at:]
            if (tail == "zelf" or (head == "te" and not tail.endswith("en"))
                    or (head == "de" and tail.endswith(_LATIN_VERB))):
                continue  # "ikzelf", "temeer", "tevergeefs", "deconcentreren": words
            if head in _FIRST and (len(tail) >= 4 or tail in _SMALL_WORDS or (
                    len(tail) == 3 and head in _ARTICLES)) and (
                    self.known(token[at:])
                    or (head in _AUXILIARY and _PARTICIPLE.match(tail))):
                return at
            if tail in _LAST and len(head) >= 4 and self.known(token[:at]):
                return at
            if (at == 5 and head == "kamer" and token[0] == "K" and _PARTICIPLE.match(tail)
                    and self.known(token[at:])):
                return at  # "aan de Tweede Kamergestuurd worden"
        return None


def _broken(head: str, tail: str) -> bool:
    """Is "head-tail" one word broken at a line? Whole it is Dutch, and one half is no word:
    "beantwoor-den", "ge-schieden" (not "auto-ongeluk", "zij-instromers": two words)."""
    words = _dictionary()
    return head + tail in words and (head not in words or tail not in words)


def _between(offsets: list[int], start: int, end: int) -> list[int]:
    """The sorted ``offsets`` in ``[start, end)``, counted from ``start``."""
    i = bisect.bisect_left(offsets, start)
    j = bisect.bisect_left(offsets, end)
    return [at - start for at in offsets[i:j]]
