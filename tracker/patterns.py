"""Make a regular expression cheaper to search, with the same matches.

Python's ``re`` jumps straight to the places where a pattern can start only when the pattern
opens with a literal or a character class; one that opens with ``\\b``, a look-behind or an
alternation of case-insensitive words is tried at every position of the text, each branch in
turn. ``with_lookahead`` puts a look-ahead in front that names every character a match can begin
with, worked out from the pattern itself: elsewhere the engine moves on after one class test
instead of trying each branch. The look-ahead only states what every match already does, so
``search``, ``match``, ``finditer`` … find the same spans and groups.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterator

try:  # the parser re compiles with (3.11+; a private module, so any surprise keeps the pattern)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _c = _p = None

_CATEGORIES = {"CATEGORY_DIGIT": r"\d"}


class _Unknown(Exception):
    """Something the first-character analysis does not follow: keep the pattern as it is."""


def with_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead on the characters its matches start with, when that can be
    worked out and none is a wide class; otherwise ``pattern`` itself."""
    if _p is None or not isinstance(pattern.pattern, str):
        return pattern
    try:
        parts, empty = _first(_p.parse(pattern.pattern, pattern.flags).data,
                              bool(pattern.flags & re.IGNORECASE))
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return pattern
    if empty or not parts:
        return pattern  # a match may start with any character, or be empty
    sets = []
    for ignorecase in (False, True):
        items = "".join(dict.fromkeys(item for item, ic in parts if ic == ignorecase))
        if items:
            sets.append(f"(?{'i' if ignorecase else '-i'}:[{items}])")
    try:
        return re.compile(f"(?={'|'.join(sets)})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global inline flags ("(?i)…") must open the expression
        return pattern


def _first(items, ignorecase: bool) -> tuple[list[tuple[str, bool]], bool]:
    """The class items (as text, with their case-insensitivity) a match of ``items`` can start
    with, and whether ``items`` can match the empty string."""
    out: list[tuple[str, bool]] = []
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: what follows starts the match
        if op is _c.LITERAL:
            return [*out, (_char(av), ignorecase)], False
        if op is _c.IN:
            return [*out, *((item, ignorecase) for item in _class_items(av))], False
        if op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            flags = (re.IGNORECASE if ignorecase else 0) | add
            found, empty = _first(sub.data, bool(flags & ~remove & re.IGNORECASE))
        elif op is _c.BRANCH:
            found, empty = [], False
            for branch in av[1]:
                more, branch_empty = _first(branch.data, ignorecase)
                found += more
                empty = empty or branch_empty
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _high, sub = av
            found, empty = _first(sub.data, ignorecase)
            empty = empty or low == 0
        else:
            raise _Unknown(op)
        out += found
        if not empty:
            return out, False
    return out, True


def _char(code: int) -> str:
    return re.escape(chr(code))  # escapes "-", "]", "^" and "\\" too


def _class_items(av) -> list[str]:
    items = []
    for op, value in av:
        if op is _c.LITERAL:
            items.append(_char(value))
        elif op is _c.RANGE:
            items.append(f"{_char(value[0])}-{_char(value[1])}")
        elif op is _c.CATEGORY and str(value) in _CATEGORIES:
            items.append(_CATEGORIES[str(value)])
        else:
            raise _Unknown(op)  # a negated set, \w, \s …: too wide to be worth a look-ahead
    return items


# --- an alternation of many branches ----------------------------------------------------------

# Letters the case-insensitive engine takes for an ASCII letter whose ``str.lower`` is not that
# letter ("İ" and "ı" for i, "ſ" for s, the Kelvin sign for k): a text holding one is searched
# whole, as the needles below are compared with its ``lower()``.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")
_MAX_NEEDLES = 48


class Branches:
    """A pattern of many alternatives (``A|B|C …``, or ``(?=…)(?:A|B|C …)``), searched one
    alternative at a time, each only where a text holds the letters every match of it begins
    with ("verzoek", "vroeg", "minister" …): the same match as ``pattern.search``, found without
    trying every branch at every position. Only ``search`` is offered, the one use it is made
    for; a pattern it cannot take apart is searched whole."""

    __slots__ = ("_parts", "_sets", "pattern")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = with_lookahead(pattern)
        # each branch by the sets of words (their indices in ``_sets``) of which every match of
        # it holds a word of each; () where none can be told. Many branches share a set ("de
        # minister", "het kabinet" …): each is tested once a search.
        self._parts: tuple[tuple[tuple[int, ...], re.Pattern[str]], ...] = ()
        self._sets: tuple[tuple[str, ...], ...] = ()
        split = _split(pattern.pattern) if _p is not None else None
        if split is not None:
            prefix, branches = split
            try:
                parts = [(_needles(branch, pattern.flags) or (),
                          with_lookahead(re.compile(f"{prefix}(?:{branch})", pattern.flags)))
                         for branch in branches]
            except re.error:  # a branch that leans on the others (a group reference)
                return
            sets = list(dict.fromkeys(words for needles, _ in parts for words in needles))
            self._sets = tuple(sets)
            self._parts = tuple((tuple(map(sets.index, needles)), part)
                                for needles, part in parts)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if not self._parts or any(c in text for c in _ODD_FOLDS):
            return self.pattern.search(text, pos, end)
        lowered, sets = text.lower(), self._sets
        held: list[bool | None] = [None] * len(sets)  # does the text hold a word of set i?
        best: re.Match[str] | None = None
        for needles, part in self._parts:
            missing = False
            for i in needles:
                holds = held[i]
                if holds is None:
                    holds = held[i] = any(map(lowered.__contains__, sets[i]))  # (no frame
                    # per word)
                if not holds:
                    missing = True
                    break
            if missing:
                continue
            m = part.search(text, pos, end)
            # (at one position the earlier branch wins, as in the alternation itself)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
                if m.start() == pos:
                    break
        return best


class Guarded:
    """A pattern tried only on a text that holds one of the words every match of it holds
    ("informeer", "terugkomen" …): elsewhere ``None`` at once, after a few substring tests,
    where the engine would have tried every position. ``search``, ``match``, ``fullmatch``
    and ``finditer`` are offered, with the pattern's own answers; ``guarded`` makes one."""

    __slots__ = ("_needles", "pattern")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...]):
        self.pattern = pattern
        self._needles = needles

    def _may_hold(self, text: str) -> bool:
        lowered = text.lower()
        return any(map(lowered.__contains__, self._needles)) or (  # (no frame per word)
            not text.isascii() and any(c in text for c in _ODD_FOLDS))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self._may_hold(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self._may_hold(text) else None

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self._may_hold(text) else iter(())

    def fullmatch(self, text: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self._may_hold(text) else None


def guarded(pattern: re.Pattern[str],
            tested: tuple[str, ...] = ()) -> Guarded | re.Pattern[str]:
    """``pattern`` behind a test for the words its every match holds, where they can be told;
    otherwise ``pattern`` itself. Worth it for a pattern searched in many sentences that few
    of them hold the words of. ``tested``: words the caller has already found one of in any text
    it searches; where each holds a word of the pattern's, the test would tell nothing more."""
    needles = _needles(pattern.pattern, pattern.flags) if _p is not None else None
    # (one set: a second test costs about what it saves where a pattern is this cheap to fail)
    if not needles or (tested and all(any(n in word for n in needles[0]) for word in tested)):
        return pattern
    return Guarded(pattern, needles[0])


def _split(source: str) -> tuple[str, list[str]] | None:
    """``(prefix, branches)`` of ``A|B|…`` or ``P(?:A|B|…)`` with ``P`` zero-width, else None."""
    tops = _top_level(source)
    if tops is None:
        return None
    bars, groups = tops
    if bars:
        return "", _cut(source, bars)
    if not groups or groups[-1][1] != len(source) - 1 or not source.startswith(
            "(?:", groups[-1][0]):
        return None
    start, end = groups[-1]
    prefix, body = source[:start], source[start + 3:end]
    if prefix and not all(op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
                          for op, _av in _p.parse(prefix).data):
        return None  # (only a zero-width prefix can be put in front of each branch)
    inner = _top_level(body)
    if inner is None or not inner[0]:
        return None
    return prefix, _cut(body, inner[0])


def _cut(source: str, bars: list[int]) -> list[str]:
    return [source[a + 1:b] for a, b in itertools.pairwise([-1, *bars, len(source)])]


def _top_level(source: str) -> tuple[list[int], list[tuple[int, int]]] | None:
    """The positions of the ``|`` outside any group, and the spans of the outermost groups."""
    bars: list[int] = []
    groups: list[tuple[int, int]] = []
    depth, opened, i, in_class = 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source.startswith("]", i + 1) or source.startswith("^]", i + 1):
                i += 2 if source[i + 1] == "]" else 3  # a "]" first in a class is a letter
                continue
        elif c == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
            if depth == 0:
                groups.append((opened, i))
        elif c == "|" and depth == 0:
            bars.append(i)
        i += 1
    return (bars, groups) if depth == 0 and not in_class else None


_MAX_SETS = 3


def _needles(branch: str, flags: int) -> tuple[tuple[str, ...], ...] | None:
    """Sets of lower-cased words (three letters at least) such that every match of ``branch``
    holds a word of each: "vraag" or "verzoek", and "minister" or "kabinet" … (a part each match
    goes through, one after the other); the set whose shortest word is longest first. None
    where none can be told."""
    try:
        found = _factor_sets(_p.parse(branch, flags).data)
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return None
    # (a word that holds another is tested by it: "informeer" by "nformeer"; a set another
    # implies says nothing more: "raag" or "erzoek" once "vraag" or "verzoek" is asked for)
    sets = [frozenset(n for n in words if not any(o != n and o in n for o in words))
            for words in found]
    kept = [words for i, words in enumerate(sets)
            if not any(_implies(other, words) and (j < i or not _implies(words, other))
                       for j, other in enumerate(sets) if j != i)]
    return tuple(tuple(sorted(words)) for words in kept[:_MAX_SETS]) or None


def _implies(words: frozenset[str], other: frozenset[str]) -> bool:
    """Does a text that holds one of ``words`` hold one of ``other``? (Each word holds one.)"""
    return all(any(o in word for o in other) for word in words)


def _factors(items) -> set[str] | None:
    """The best set of literal pieces one of which every match of ``items`` holds: the one whose
    shortest piece is longest, or None."""
    found = _factor_sets(items)
    return found[0] if found else None


def _factor_sets(items) -> list[set[str]]:
    """Every set of literal pieces (three letters at least) one of which every match of
    ``items`` holds — a literal run, a group of literal alternatives, or the pieces of a part
    every match goes through — the best first: the one whose shortest piece is longest."""
    candidates: list[set[str]] = []
    run = ""
    for op, av in items:
        letter = _letter(op, av)
        if letter is not None:
            run += letter
            continue
        if run:
            candidates.append({run})
            if op in (_c.BRANCH, _c.SUBPATTERN):  # the letters run on into the alternatives:
                # "dr(?:ong|ingt)", as re's parser writes "drong|dringt", is "drong" or "dringt"
                joined = _literals([(op, av)])
                if joined and len(joined) <= _MAX_NEEDLES:
                    candidates.append({run + word for word in joined})
            run = ""
        if op is _c.SUBPATTERN:
            found = _literals(av[3].data)
            if found:
                candidates.append(found)
            candidates += _factor_sets(av[3].data)
        elif op is _c.BRANCH:
            each = [_factors(branch.data) for branch in av[1]]
            if all(each):
                candidates.append(set().union(*each))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            candidates += _factor_sets(av[2].data)
    if run:
        candidates.append({run})
    candidates = [c for c in candidates
                  if "" not in c and len(c) <= _MAX_NEEDLES and min(map(len, c)) >= 3]
    # (sorted is stable: of sets alike, the first in the pattern first)
    return sorted(candidates, key=lambda c: (min(map(len, c)), -len(c)), reverse=True)


def _letter(op, av) -> str | None:
    """The one (lower-cased) letter an item stands for: a literal, or a class of one letter's
    cases ("[Mm]")."""
    if op is _c.LITERAL:
        return chr(av).lower()
    if op is _c.IN and all(kind is _c.LITERAL for kind, _v in av):
        letters = {chr(v).lower() for _kind, v in av}
        if len(letters) == 1:
            return letters.pop()
    return None


def _literals(items) -> set[str] | None:
    """Every text ``items`` can match, lower-cased, where it is made of letters alone (a word,
    a group of words, "[Mm]inisters?" not), else None."""
    outs = {""}
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width
        letter = _letter(op, av)
        if letter is not None:
            outs = {o + letter for o in outs}
            continue
        if op is _c.SUBPATTERN:
            alternatives = [_literals(av[3].data)]
        elif op is _c.BRANCH:
            alternatives = [_literals(branch.data) for branch in av[1]]
        else:
            return None
        if any(found is None for found in alternatives):
            return None
        outs = {o + s for o in outs for found in alternatives for s in found}
        if len(outs) > _MAX_NEEDLES:
            return None
    return outs
