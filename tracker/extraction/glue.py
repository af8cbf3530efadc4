"""Words that text extraction from PDF glued together: "hetkabinet", "zalvoor", "deKamer".

PDF text often loses the space at a line's end, so a promise reads "In het najaar van 2024 zal
hetkabinet uw Kamer nader informeren" or "Deze zalvoor het einde van dit jaar worden
gepubliceerd", and no rule that looks for "het kabinet" or "zal voor" sees it. ``glue_points``
finds where a space was lost (between two words, or after a full stop: "veilig
kan.Daarnaast"), so the clean-up can put it back (as a joining space that is not in
the original, like the space between two wrapped lines).

A token is split only when all of these hold, which keeps real words whole:
- the token itself is not a Dutch word form (simplemma's Dutch dictionary, 370,000 forms, or
  a word the document writes on its own elsewhere): "terecht", "hetgeen", "opgesteld" stay;
- one side is a short function word from a closed list (an article, "te", an auxiliary, a
  preposition, "uw"), and the other side is a known word form of three letters or more
  (in the dictionary or standing alone elsewhere in the same document);
- the function word is the first part ("hetkabinet", "opzwemles", "wordengeïnformeerd"),
  or one of "van", "voor", "met", "over", "zal", "wordt", "worden" is the last ("najaarvan",
  "zalvoor"): plural and inflection endings ("-en", "-de", "-te") are never split off.
"""

from __future__ import annotations

import re
from functools import cache

# The first part: articles, "te", "uw", pronouns and auxiliaries. Prepositions and adverbs are
# left out: the dictionary lacks too many of the words they begin ("voortaan", "invoering",
# "zozeer", "ingezonden"), and "te" only goes before an infinitive ("te geven", not "temeer").
_FIRST = frozenset("""
de het een te uw ik wij zal zullen wordt worden kan kunnen is zijn dat die dit deze hier hierover
daarover nader""".split())  # noqa: SIM905 (a word list reads best as text)
_LAST = frozenset(("van", "voor", "met", "over", "zal", "wordt", "worden"))
# "hiervan", "daarvoor", "waarover" are words even where the dictionary lacks them.
_PRONOMINAL_ADVERB = re.compile(
    r"(?:er|hier|daar|waar|achter|voor|door|onder)(?:heen|mede|omtrent|aan|bij|door|in|mee|na|naar|om|onder|op|over|toe|tegen|uit|van"
    r"|voor|achter|langs|binnen|buiten|boven|tussen|zonder)\Z")
# The dictionary lacks some participles ("geïnformeerd"); after an auxiliary or "nader" a
# word shaped like one is taken for one.
_AUXILIARY = frozenset(("wordt", "worden", "zal", "zullen", "is", "zijn", "nader", "hier",
                        "hierover", "daarover"))
_ARTICLES = frozenset(("de", "het", "een"))
_SMALL_WORDS = frozenset(("ook", "nog", "ons", "dat", "het", "een", "wel", "die", "dit"))
_LATIN_VERB = ("eren", "eert", "eerd", "eerde", "eerden", "erende")
_PARTICIPLE = re.compile(r"ge[a-zà-ÿ]{3,}[dt]\Z")
# Tokens worth a look: one that begins with a word of ``_FIRST`` ("hetkabinet", "deKamer") or
# ends with one of ``_LAST`` ("najaarvan"), not inside a URL or an address. The regular
# expression does the sifting so that the ordinary words around them cost next to nothing.
# Two small words run together: "zal ikde mogelijkheid onderzoeken", "aanuw Kamer gestuurd".
_PAIR_HEADS = "ik|wij|zal|is|dat|in|op|aan|van|met|voor|over|door|naar|bij|tot|om|uit"
_PAIR_TAILS = "de|het|een|uw|dit|deze"
_PAIR = re.compile(rf"({_PAIR_HEADS})(?:{_PAIR_TAILS})")
_ALTERNATION = "|".join(sorted(_FIRST, key=len, reverse=True))
_CANDIDATE = re.compile(
    rf"(?<![\w/.:@-])(?:(?:{_ALTERNATION})(?:[a-zà-ÿ]{{3,}}(?:[A-Z][a-zà-ÿ]+)?|[A-Z][a-zà-ÿ]{{2,}})"
    rf"|[a-zà-ÿ]{{4,}}(?:{'|'.join(_LAST)})|Kamerge[a-zà-ÿ]{{3,}}[dt]|(?:{_PAIR_HEADS})(?:{_PAIR_TAILS}))(?![\w-])")


# A sentence end that lost its space: "… als dit veilig kan.Daarnaast geldt …" (not in an
# address: "www.Rijksoverheid.nl").
_SENTENCE_GLUE = re.compile(
    r"(?<![\w/.:@-])(?!www\.)[A-Za-zà-ÿ]?[a-zà-ÿ]{2,}[.?!](?=[A-Z][a-zà-ÿ]+\b)")


@cache
def _dictionary():
    # Loaded on first use (0.3 s, some 50 MB): only extraction needs it, not every page view.
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary("nl")


def _known(word: str, vocabulary: set[str]) -> bool:
    lowered = word.lower()
    return lowered in vocabulary or word in _dictionary() or lowered in _dictionary()


class Gluefinder:
    """Finds lost spaces in the lines of one document (its own words count as known)."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._vocabulary: set[str] | None = None

    @property
    def vocabulary(self) -> set[str]:
        """Every word the document writes on its own, lower case (built when first needed)."""
        if self._vocabulary is None:
            self._vocabulary = set(re.findall(r"[^\W\d_]+", self.raw.lower()))
        return self._vocabulary

    def points(self, text: str) -> list[int]:
        """Offsets in ``text`` where a space was lost, in order."""
        found = []
        for m in _CANDIDATE.finditer(text):
            at = self._split(m.group())
            if at:
                found.append(m.start() + at)
        if "." in text or "?" in text:
            found += [m.end() for m in _SENTENCE_GLUE.finditer(text)]
            found.sort()
        return found

    def _split(self, token: str) -> int | None:
        lowered = token.lower()
        if (lowered in _dictionary() or token in _dictionary()
                or lowered.capitalize() in _dictionary() or _PRONOMINAL_ADVERB.match(lowered)):
            return None
        pair = _PAIR.fullmatch(lowered)
        if pair:
            return pair.end(1)
        return self._where(token, lowered)

    def _where(self, token: str, lowered: str) -> int | None:
        for at in range(2, len(token) - 2):
            head, tail = lowered[:at], lowered[at:]
            if (tail == "zelf" or (head == "te" and not tail.endswith("en"))
                    or (head == "de" and tail.endswith(_LATIN_VERB))):
                continue  # "ikzelf", "temeer", "tevergeefs", "deconcentreren": words
            if head in _FIRST and (len(tail) >= 4 or tail in _SMALL_WORDS or (
                    len(tail) == 3 and head in _ARTICLES)) and (
                    _known(token[at:], self.vocabulary)
                    or (head in _AUXILIARY and _PARTICIPLE.match(tail))):
                return at
            if tail in _LAST and len(head) >= 4 and _known(token[:at], self.vocabulary):
                return at
            if (at == 5 and head == "kamer" and token[0] == "K" and _PARTICIPLE.match(tail)
                    and _known(token[at:], self.vocabulary)):
                return at  # "aan de Tweede Kamergestuurd worden"
        return None


def deglue(text: str) -> str:
    """``text`` with its lost spaces put back (the dictionary's words only: for quotes)."""
    finder = Gluefinder(text)
    points = finder.points(text)
    for at in reversed(points):
        text = text[:at] + " " + text[at:]
    return text
