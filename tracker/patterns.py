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

import re

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
