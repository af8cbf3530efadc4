"""Digest selection as plain functions: reminder stages, filters, what each subscriber is told."""

import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.digest import (
    Catalogue,
    Change,
    Filters,
    Rules,
    Subject,
    digest_due,
    period,
    select_digest,
    stage,
)

RULES = Rules()
TODAY = date(2026, 11, 23)  # a Monday


def commitment(cid: int, due: date | None = None, **values) -> Subject:
    values.setdefault("status", "open")
    values.setdefault("kind", "commitment")
    values.setdefault("title", f"Toezegging {cid}")
    return Subject(key=f"c:{cid}", type="commitment", id=cid, path=f"/toezeggingen/{cid}",
                   due=due, **values)


def milestone(key: str, due: date) -> Subject:
    return Subject(key=f"m:{key}", type="milestone", id=1, title=f"Mijlpaal {key}",
                   title_en=f"Milestone {key}", path=f"/mijlpalen/{key}", due=due,
                   basis="Art. 5", regulation="Regulation (EU) 2024/1689")


@pytest.mark.parametrize(("days_until_due", "expected"), [
    (45, None), (31, None), (30, "before-30"), (9, "before-30"), (8, "before-30"),
    (7, "before-7"), (1, "before-7"), (0, "day"), (-3, "day"), (-7, "overdue-1"),
    (-13, "overdue-1"), (-14, "overdue-2"), (-56, "overdue-8"), (-63, None),
])
def test_stages_before_on_the_day_and_weekly_when_overdue(days_until_due, expected):
    assert stage(TODAY + timedelta(days=days_until_due), TODAY, RULES) == expected


def test_configured_offsets_and_no_overdue_for_milestones():
    rules = Rules(before=(14, 3, 60), overdue_weeks=2)
    assert stage(TODAY + timedelta(days=50), TODAY, rules) == "before-60"
    assert stage(TODAY + timedelta(days=10), TODAY, rules) == "before-14"
    assert stage(TODAY + timedelta(days=2), TODAY, rules) == "before-3"
    assert stage(TODAY - timedelta(days=21), TODAY, rules) is None
    assert stage(TODAY - timedelta(days=7), TODAY, rules, overdue=False) is None


_TEXTS = st.text(alphabet="aAiIé -.\n\x00Ω", max_size=12)


@given(titles=st.lists(_TEXTS, min_size=1, max_size=6), keyword=_TEXTS)
def test_a_keyword_finds_in_all_texts_at_once_what_it_finds_in_each(titles, keyword):
    # The catalogue searches every subject's text in one string: it must find what a search
    # of each text alone finds, at a text's start and end, across its line breaks and NULs.
    subjects = [commitment(n, title=title, number=None) for n, title in enumerate(titles)]
    pattern = re.compile(r"(?<!\w)" + re.escape(keyword), re.IGNORECASE)
    expected = {s.key for s in subjects if pattern.search(s.search_text())}
    assert Catalogue(subjects)._keyword(keyword) == expected


def test_a_weekly_digest_looks_ahead_to_the_next_one():
    # Due next Tuesday (8 days): the weekly digest of this Monday warns before the next one.
    assert stage(TODAY + timedelta(days=8), TODAY, RULES, lookahead=6) == "before-7"
    assert stage(TODAY + timedelta(days=8), TODAY, RULES) == "before-30"
    # Due on Wednesday this week: "this week"; a week later it is overdue.
    assert stage(TODAY + timedelta(days=2), TODAY, RULES, lookahead=6) == "day"
    assert stage(TODAY - timedelta(days=5), TODAY, RULES, lookahead=6) == "overdue-1"


@given(st.integers(min_value=-400, max_value=400), st.integers(min_value=0, max_value=6))
def test_stages_only_ever_advance(offset, lookahead):
    """Day by day, a deadline's stage never goes back (so nothing is told twice)."""
    due = TODAY + timedelta(days=offset)
    order = ["before-30", "before-7", "day"] + [f"overdue-{k}" for k in range(1, 9)]
    seen = []
    for day in range(-40, 80):
        reached = stage(due, due + timedelta(days=day), RULES, lookahead=lookahead)
        if reached:
            seen.append(order.index(reached))
    assert seen == sorted(seen)


def test_filters_round_trip_and_clean_input():
    filters = Filters.from_json({"committees": ["  Digitale   Zaken ", "Digitale Zaken", ""],
                                 "keywords": "algoritme", "milestones": False})
    assert filters.committees == ("Digitale Zaken",)
    assert filters.keywords == ("algoritme",)
    assert Filters.from_json(filters.to_json()) == filters
    assert Filters.from_json(None) == Filters()


def test_filters_combine_with_and_across_kinds_and_or_within_one():
    catalogue = Catalogue([
        commitment(1, committee="vaste commissie voor Digitale Zaken", ministry="BZK",
                   title="Het algoritmeregister wordt uitgebreid"),
        commitment(2, committee="vaste commissie voor Digitale Zaken", ministry="EZK",
                   title="Een brief over e-mail"),
        commitment(3, committee="commissie Financiën", ministry="BZK", chamber="EK"),
        milestone("ai", TODAY),
    ])
    match = catalogue.matching
    assert match(Filters()) == {"c:1", "c:2", "c:3", "m:ai"}
    assert match(Filters(committees=("digitale zaken",), milestones=False)) == {"c:1", "c:2"}
    assert match(Filters(committees=("Digitale Zaken",), ministries=("BZK",))) == {"c:1", "m:ai"}
    assert match(Filters(committees=("Digitale", "Financiën"), milestones=False)) == {
        "c:1", "c:2", "c:3"}
    # keywords match word starts: "algoritme" finds "algoritmeregister"; "AI" is not in "mail"
    assert match(Filters(keywords=("algoritme",))) == {"c:1"}
    assert match(Filters(keywords=("AI",), milestones=False)) == set()
    assert match(Filters(keywords=("mail",), milestones=False)) == {"c:2"}
    assert match(Filters(keywords=("mijlpaal",), commitments=False)) == {"m:ai"}
    assert match(Filters(chambers=("EK",), milestones=False)) == {"c:3"}
    assert match(Filters(commitments=False, milestones=False)) == set()


def test_selection_tells_each_stage_once_and_explains_why():
    soon = commitment(1, TODAY + timedelta(days=9), committee="commissie Digitale Zaken")
    late = commitment(2, TODAY - timedelta(days=15), committee="commissie Digitale Zaken")
    fulfilled = commitment(3, TODAY, status="fulfilled", committee="commissie Digitale Zaken")
    candidate = commitment(4, TODAY, status="candidate", committee="commissie Digitale Zaken")
    request = commitment(5, TODAY, kind="request", committee="commissie Digitale Zaken")
    catalogue = Catalogue([soon, late, fulfilled, candidate, request,
                           milestone("ai", TODAY + timedelta(days=9))])
    filters = Filters(committees=("Digitale Zaken",))
    digest = select_digest(filters, catalogue, today=TODAY, rules=RULES)
    assert [(name, [i.subject.key for i in items]) for name, items in digest.ordered()] == [
        ("overdue", ["c:2"]), ("upcoming", ["c:1"]), ("milestones", ["m:ai"])]
    overdue = digest.sections["overdue"][0]
    assert overdue.stage == "overdue-2"
    assert overdue.why == (("committee", "Digitale Zaken"),)
    assert digest.sections["milestones"][0].why == (("milestones", "Regulation (EU) 2024/1689"),)
    told = set(digest.told)
    assert not select_digest(filters, catalogue, today=TODAY, rules=RULES, told=told)
    # A week later the overdue one escalates and the others are within seven days.
    later = select_digest(filters, catalogue, today=TODAY + timedelta(days=7), rules=RULES,
                          told=told)
    assert [(i.subject.key, i.stage) for _, items in later.ordered() for i in items] == [
        ("c:2", "overdue-3"), ("c:1", "before-7"), ("m:ai", "before-7")]


def test_a_moved_deadline_is_a_new_deadline():
    before = Catalogue([commitment(1, TODAY + timedelta(days=5))])
    told = set(select_digest(Filters(), before, today=TODAY, rules=RULES).told)
    moved = Catalogue([commitment(1, TODAY + timedelta(days=20))])
    digest = select_digest(Filters(), moved, today=TODAY, rules=RULES, told=told,
                           changes=[Change(10, "c:1", "due", "2026-11-28", "2026-12-13")])
    assert [(n, [(i.stage, i.old, i.new) for i in items]) for n, items in digest.ordered()] == [
        ("upcoming", [("before-30", None, None)]),
        ("deadlines", [(None, "2026-11-28", "2026-12-13")]),
    ]


def test_news_is_sorted_into_sections_and_merged_per_commitment():
    subjects = [commitment(i, committee="Digitale Zaken") for i in range(1, 7)]
    subjects[1] = commitment(2, status="fulfilled")
    subjects[3] = commitment(4, status="candidate")
    catalogue = Catalogue([*subjects, milestone("ai", TODAY + timedelta(days=400))])
    changes = [
        Change(1, "c:1", "status", "open", "partially_fulfilled"),
        Change(2, "c:2", "status", "open", "fulfilled"),
        Change(3, "c:2", "fulfilled_by", None, "2026D01234"),
        Change(4, "c:3", "due", "2026-12-01", "2027-01-01"),
        Change(5, "c:3", "due", "2027-01-01", "2027-03-01"),
        Change(6, "c:4", "status", None, "candidate"),
        Change(7, "c:5", "status", "candidate", "open"),
        Change(8, "c:6", "withdrawn", "false", "true"),
        Change(9, "c:1", "text", "a", "b"),
        Change(10, "m:ai", "date", "2026-08-02", "2027-12-02"),
    ]
    digest = select_digest(Filters(), catalogue, today=TODAY, rules=RULES, changes=changes,
                           new=["c:4"])
    got = {name: [(i.subject.key, i.old, i.new) for i in items]
           for name, items in digest.ordered()}
    assert got == {
        "fulfilled": [("c:2", "open", "2026D01234")],
        "new": [("c:5", "candidate", "open")],
        "deadlines": [("c:3", "2026-12-01", "2027-03-01"), ("m:ai", "2026-08-02", "2027-12-02")],
        "statuses": [("c:1", "open", "partially_fulfilled"), ("c:6", "false", "true")],
    }


def test_candidates_moves_are_not_news_until_a_clerk_confirms_them():
    catalogue = Catalogue([commitment(1, status="candidate"), commitment(2, status="rejected")])
    changes = [Change(1, "c:1", "due", None, "2026-12-17"),
               Change(2, "c:1", "withdrawn", "false", "true"),
               Change(3, "c:2", "due", "2026-12-17", "2027-06-20")]
    digest = select_digest(Filters(), catalogue, today=TODAY, rules=RULES, changes=changes)
    assert digest.ordered() == []


def test_a_letter_for_part_of_a_commitment_is_a_status_change_not_a_fulfilment():
    catalogue = Catalogue([commitment(1, status="partially_fulfilled")])
    changes = [Change(1, "c:1", "fulfilled_by", None, "2025D33508"),
               Change(2, "c:1", "status", "open", "partially_fulfilled")]
    digest = select_digest(Filters(), catalogue, today=TODAY, rules=RULES, changes=changes)
    got = {name: [(i.subject.key, i.old, i.new) for i in items]
           for name, items in digest.ordered()}
    assert got == {"statuses": [("c:1", "open", "partially_fulfilled")]}


def test_a_status_filter_lets_through_what_leaves_the_status():
    catalogue = Catalogue([commitment(1, status="fulfilled"), commitment(2, status="lapsed")])
    changes = [Change(1, "c:1", "status", "open", "fulfilled"),
               Change(2, "c:2", "status", "unknown", "lapsed")]
    digest = select_digest(Filters(statuses=("open",)), catalogue, today=TODAY, rules=RULES,
                           changes=changes)
    assert [i.subject.key for _, items in digest.ordered() for i in items] == ["c:1"]


def test_periods_and_when_a_digest_is_due():
    assert period("daily", TODAY) == "2026-11-23"
    assert period("weekly", TODAY) == "2026-W48"
    assert digest_due("daily", 0, None, TODAY)
    assert not digest_due("daily", 0, "2026-11-23", TODAY)
    wednesday = 2
    assert not digest_due("weekly", wednesday, None, TODAY)
    assert digest_due("weekly", wednesday, None, TODAY + timedelta(days=2))
    # missed on Wednesday: caught up later that week, once
    assert digest_due("weekly", wednesday, "2026-W47", TODAY + timedelta(days=4))
    assert not digest_due("weekly", wednesday, "2026-W48", TODAY + timedelta(days=4))


def test_only_what_a_digest_shows_counts_as_told():
    catalogue = Catalogue([commitment(i, TODAY + timedelta(days=i)) for i in range(1, 26)])
    first = select_digest(Filters(), catalogue, today=TODAY, rules=RULES, limit=10)
    assert len(first.sections["upcoming"]) == 25
    assert len(first.told) == 10  # the rest waits for the next digest, soonest first
    assert [key for key, _, _ in first.told][:3] == ["c:1", "c:2", "c:3"]
    assert first.sections["upcoming"][10].why == ()  # not shown, not explained
    second = select_digest(Filters(), catalogue, today=TODAY, rules=RULES, limit=10,
                           told=set(first.told))
    assert [i.subject.key for i in second.sections["upcoming"]][:2] == ["c:11", "c:12"]
    assert len(second.sections["upcoming"]) == 15
