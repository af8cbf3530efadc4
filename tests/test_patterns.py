"""``tracker.patterns``: each way of searching a pattern faster finds what the pattern finds."""

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.config import PROJECT_ROOT
from tracker.deadlines import RULES
from tracker.extraction import sentences_of
from tracker.patterns import Branches, Guarded, guarded, with_lookahead

_MODULES = ("tracker.extraction", "tracker.extraction.actors", "tracker.extraction.dates",
            "tracker.extraction.forms", "tracker.extraction.milestones",
            "tracker.extraction.detect.commitments", "tracker.extraction.detect.debate",
            "tracker.extraction.detect.effects", "tracker.extraction.detect.requests",
            "tracker.extraction.detect.vocabulary", "tracker.extraction.detect")


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = [(f"{name}.{key}", value.pattern if isinstance(value, Guarded) else value)
             for name in _MODULES
             for key, value in vars(importlib.import_module(name)).items()
             if isinstance(value, re.Pattern | Guarded)]
    return found + [(f"deadline rule {i} ({rule.name})", rule.pattern)
                    for i, rule in enumerate(RULES)]


def _spans(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


_SEED_SENTENCES = [s.text for path in sorted((PROJECT_ROOT / "sample/seeds").glob("*.txt"))
                   for s in sentences_of(path.read_text("utf-8"))]


@pytest.mark.parametrize(("name", "pattern"), _patterns(), ids=lambda x: x if isinstance(x, str)
                         else "")
def test_same_matches_over_the_seeds(name, pattern):
    fast = with_lookahead(pattern)
    for sentence in _SEED_SENTENCES:
        assert _spans(fast, sentence) == _spans(pattern, sentence), (name, sentence)
        for pos in (0, 5):
            assert bool(fast.match(sentence, pos)) == bool(pattern.match(sentence, pos))


# Letters the case-insensitive engine folds in unusual ways, beside plain text.
_ALPHABET = st.sampled_from([*"aAbdeEgiIkKlmnNoOprsStTuUvVwz019 .,:;-'\n",
                             "ı", "İ", "ſ", "\u212a", "ó", "é", "(", ")", "ë"])
_TEXT = st.lists(st.one_of(_ALPHABET, st.sampled_from(
    ["zal ", "de minister ", "Kamer", "verzoekt ", "toezegging", "vóór ", "1 juni 2026",
     "informeren", "hierbij", "straks ", "eind ", "dit jaar", "week ", "morgen"])),
    max_size=40).map("".join)


@settings(max_examples=60, deadline=None)
@given(text=_TEXT)
def test_same_matches_on_any_text(text):
    for name, pattern in _patterns():
        assert _spans(with_lookahead(pattern), text) == _spans(pattern, text), name


def test_what_it_leaves_alone():
    for source in (r"^(?:a|b)", r"(?i)\b(?:zal|zullen)\b", r"x*", r"(?:a|)b?", r"[^a]bc",
                   r"\w+", r".foo", r"(a)\1"):
        pattern = re.compile(source)
        fast = with_lookahead(pattern)
        assert fast is pattern or fast.pattern.startswith("(?="), source
        for text in ("a b", "zal Zullen", "xx", "b", "cbc", "foo afoo", "aa"):
            assert _spans(fast, text) == _spans(pattern, text)
    assert with_lookahead(re.compile(r"x*")) is not None
    assert with_lookahead(re.compile(r"(?i)zal")).pattern == r"(?i)zal"  # global flags first
    assert with_lookahead(re.compile(r"\w+")).pattern == r"\w+"  # any word: nothing to skip


def test_case_folding_follows_the_flags():
    fast = with_lookahead(re.compile(r"\b(?:(?i:de)|Het)\s+kabinet"))
    assert fast.pattern.startswith("(?=")
    for text in ("De kabinet", "de kabinet", "het kabinet", "Het kabinet", "DE kabinet"):
        assert bool(fast.search(text)) == bool(re.search(r"\b(?:(?i:de)|Het)\s+kabinet", text))
    folded = with_lookahead(re.compile(r"\b(?:stuur|kies)\b", re.I))
    for text in ("ſtuur", "\u212aies", "STUUR", "Kies"):
        assert folded.search(text) is not None


# --- Branches: an alternation searched one branch at a time ---------------------------------------

def _branched() -> list[tuple[str, Branches]]:
    return [(f"{name}.{key}", value) for name in _MODULES
            for key, value in vars(importlib.import_module(name)).items()
            if isinstance(value, Branches)]


def _span(m):
    return m and m.span()


def test_the_largest_alternations_are_taken_apart():
    names = [name for name, _ in _branched()]
    assert "tracker.extraction.detect.requests._DIRECTED" in names
    for name, branches in _branched():
        assert len(branches._parts) > 20, name
        assert all(needles for needles, _ in branches._parts), name  # every branch filtered


@pytest.mark.parametrize("pos", [0, 7])
def test_branches_find_what_the_whole_pattern_finds_over_the_seeds(pos):
    for name, branches in _branched():
        for sentence in _SEED_SENTENCES:
            assert _span(branches.search(sentence, pos)) == _span(
                branches.pattern.search(sentence, pos)), (name, sentence)


@settings(max_examples=80, deadline=None)
@given(text=_TEXT)
def test_branches_find_what_the_whole_pattern_finds_on_any_text(text):
    for name, branches in _branched():
        assert _span(branches.search(text)) == _span(branches.pattern.search(text)), name


def test_branches_keep_the_alternations_order_and_its_folds():
    # at one position the first branch wins, as in the alternation
    branches = Branches(re.compile(r"(?=\b)(?:verzoek\w*|verzoekt\s+de\s+regering)", re.I))
    assert branches.search("De Kamer verzoekt de regering").group() == "verzoekt"
    assert branches.search("Geen verzoek hier", 5).span() == (5, 12)
    assert branches.search("VERZOEKT u") is not None
    # a letter the engine folds to "k" that lower() does not: searched whole
    kelvin = Branches(re.compile(r"kies\w*|stuur\w*", re.I))
    assert kelvin.search("\u212aies").span() == (0, 4)
    # what cannot be taken apart is searched whole
    for source in (r"(a)|\1b", r"a+b", r"(?:ab|cd)e", r"x(?:ab|cd)"):
        whole = Branches(re.compile(source))
        for text in ("aab", "cde", "xcd", "ab"):
            assert _span(whole.search(text)) == _span(re.search(source, text)), source


def test_a_branch_is_tried_only_where_a_word_of_each_of_its_parts_stands():
    branches = Branches(re.compile(r"(?=\b)(?:(?:vraag|verzoek)\s+(?:ik\s+)?de\s+(?:minister"
                                   r"|regering)|stuur\w*)", re.I))
    (asks, _), (sends, _) = [(tuple(branches._sets[i] for i in needles), part)
                             for needles, part in branches._parts]
    # (re's parser takes the "v" the two verbs share out in front, "v(?:raag|erzoek)": read
    # whole again)
    assert asks == (("minister", "regering"), ("verzoek", "vraag")) and sends == (("stuur",),)
    assert branches.search("Ik vraag de minister om een brief").span() == (3, 20)
    assert branches.search("De minister zegt dat ik de regering vraag") is None


# --- Guarded: a pattern tried only where the words of its every match stand ----------------------

def _guarded() -> list[tuple[str, Guarded]]:
    return [(f"{name}.{key}", value) for name in _MODULES
            for key, value in vars(importlib.import_module(name)).items()
            if isinstance(value, Guarded)]


def test_the_patterns_most_sentences_miss_are_guarded():
    names = [name for name, _ in _guarded()]
    assert "tracker.extraction.detect.commitments._SPOKEN_TELLS" in names
    assert "tracker.extraction.detect.requests._MEMBER_HINT" in names
    for name, guard in _guarded():
        assert guard._needles and all(len(n) >= 3 for n in guard._needles), name


@pytest.mark.parametrize("pos", [0, 7])
def test_a_guard_answers_as_its_pattern_over_the_seeds(pos):
    for name, guard in _guarded():
        for sentence in _SEED_SENTENCES:
            for method in ("search", "match", "fullmatch"):
                assert _span(getattr(guard, method)(sentence, pos)) == _span(
                    getattr(guard.pattern, method)(sentence, pos)), (name, method, sentence)


@settings(max_examples=80, deadline=None)
@given(text=_TEXT)
def test_a_guard_answers_as_its_pattern_on_any_text(text):
    for name, guard in _guarded():
        assert _span(guard.search(text)) == _span(guard.pattern.search(text)), name
        assert _span(guard.match(text)) == _span(guard.pattern.match(text)), name


def test_a_guard_keeps_the_folds_and_leaves_what_it_cannot_tell():
    guard = guarded(re.compile(r"\b(?:stuur|informeer)\s+ik\b", re.I))
    assert isinstance(guard, Guarded) and guard.search("Dan informeer ik u") is not None
    assert guard.search("Dan bel ik u") is None
    assert guard.search("\u017ftuur ik").span() == (0, 8)  # "ſ": folded by the engine, not lower()
    assert guard.search("INFORMEER IK").span() == (0, 12)
    informs = guarded(re.compile(r"informeer|nformeer\w+", re.I))
    assert informs._needles == ("nformeer",)  # (a word that holds another is tested by it)
    # where the caller has already found one of words that each hold the pattern's, no guard
    ends = re.compile(r"\b(?:eind|einde|ultimo)\s+\d{4}", re.I)
    assert guarded(ends, ("eind", "ultimo")) is ends
    assert isinstance(guarded(ends, ("eind", "jaar", "20")), Guarded)  # "jaar" holds neither
    for source in (r"\w+", r"a|bc", r"(?i)x.*y"):  # no word of three letters every match holds
        pattern = re.compile(source)
        assert guarded(pattern) is pattern

