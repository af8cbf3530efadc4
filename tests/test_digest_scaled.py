"""select_digest, made to scale to a country's subscribers, says exactly what the plain
version says: compared on random catalogues, filters, told reminders and news."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import digest
from tracker.digest import Catalogue, Change, Filters, Rules, Subject, select_digest

TODAY = date(2026, 11, 23)
COMMITTEES = ("vaste commissie voor Digitale Zaken", "vaste commissie voor Financiën",
              "commissie voor Justitie")
STATUSES = ("open", "partially_fulfilled", "fulfilled", "lapsed", "unknown", "candidate")


def _subjects(draw_data) -> list[Subject]:
    found = []
    for n, (offset, committee, status, withdrawn, word) in enumerate(draw_data):
        found.append(Subject(
            key=f"c:{n}", type="commitment", id=n, path=f"/toezeggingen/{n}",
            title=f"De minister zegt toe {word}", due=None if offset is None
            else TODAY + timedelta(days=offset), committee=committee, ministry="BZK",
            chamber="TK", source="tk", status=status, kind="commitment", withdrawn=withdrawn))
    found.append(Subject(key="m:ai", type="milestone", id=1, title="AI-verordening algoritme",
                         path="/mijlpalen/ai", due=TODAY + timedelta(days=5),
                         regulation="Regulation (EU) 2024/1689"))
    return found


subject_data = st.lists(st.tuples(
    st.one_of(st.none(), st.integers(-80, 60)), st.sampled_from(COMMITTEES),
    st.sampled_from(STATUSES), st.booleans(), st.sampled_from(["algoritme", "cloud", "data"])),
    min_size=1, max_size=40)
filters_data = st.builds(
    Filters, committees=st.sampled_from([(), ("Digitale Zaken",), ("Financiën", "Justitie")]),
    statuses=st.sampled_from([(), ("open",), ("open", "fulfilled")]),
    keywords=st.sampled_from([(), ("algoritme",), ("cloud", "data")]),
    milestones=st.booleans())


@settings(max_examples=150, deadline=None)
@given(subject_data, st.lists(filters_data, min_size=1, max_size=4), st.data())
def test_the_scaled_selection_says_what_the_plain_one_says(subject_rows, filter_sets, data):
    subjects = _subjects(subject_rows)
    keys = [s.key for s in subjects]
    catalogue = Catalogue(subjects)
    rules = Rules()
    changes = [Change(i, data.draw(st.sampled_from(keys)),
                      data.draw(st.sampled_from(["status", "due", "fulfilled_by", "withdrawn",
                                                 "date"])),
                      data.draw(st.sampled_from([None, "open", "candidate", "2026-12-01"])),
                      data.draw(st.sampled_from([None, "fulfilled", "open", "true",
                                                 "2027-01-01"])))
               for i in range(data.draw(st.integers(0, 12)))]
    new = data.draw(st.lists(st.sampled_from(keys), max_size=5, unique=True))
    limit = data.draw(st.sampled_from([2, 5, 20]))
    lookahead = data.draw(st.sampled_from([0, 6]))
    for filters in filter_sets:  # several subscribers on one catalogue share its memos
        plain = reference_select_digest(filters, catalogue, today=TODAY, rules=rules,
                                        lookahead=lookahead, changes=changes, new=new,
                                        limit=limit)
        told = set(data.draw(st.lists(st.sampled_from(plain.told), unique=True))
                   if plain.told else [])
        for told_now in (frozenset(), told):
            expected = reference_select_digest(filters, catalogue, today=TODAY, rules=rules,
                                               lookahead=lookahead, told=told_now,
                                               changes=changes, new=new, limit=limit)
            got = select_digest(filters, catalogue, today=TODAY, rules=rules,
                                lookahead=lookahead, told=told_now, changes=changes, new=new,
                                limit=limit, news_key=("cursors", 0))
            assert got.sections == expected.sections
            assert sorted(got.told) == sorted(expected.told)
            assert bool(got) == bool(expected) and got.count == expected.count


# --- the reference ---------------------------------------------------------------------------

from collections.abc import Sequence  # noqa: E402
from dataclasses import replace  # noqa: E402


def reference_select_digest(
    filters: Filters,
    catalogue: Catalogue,
    *,
    today: date,
    rules: Rules,
    lookahead: int = 0,
    reminders: bool = True,
    told: set[tuple[str, date, str]] | frozenset = frozenset(),
    changes: Sequence[Change] = (),
    new: Sequence[str] = (),
    limit: int = digest.SECTION_LIMIT,
) -> digest.Digest:
    """select_digest as first written: every subject and change looked at per subscriber."""
    matched = catalogue.matching(filters)
    sections: dict[str, list[digest.Item]] = {}
    result = digest.Digest(sections)

    if reminders:
        staged = catalogue.staged(today, rules, lookahead)
        week_end = today + timedelta(days=lookahead)
        for key in staged.keys() & matched:
            subject = catalogue.subjects[key]
            reached = staged[key]
            if (key, subject.due, reached) in told:
                continue
            if subject.type == "milestone":
                section = "milestones"
            elif subject.due < today:
                section = "overdue"
            elif subject.due <= week_end:
                section = "today"
            else:
                section = "upcoming"
            sections.setdefault(section, []).append(digest.Item(section, subject, stage=reached))

    loose = replace(filters, statuses=()) if filters.statuses else filters
    loose_matched = catalogue.matching(loose) if filters.statuses else matched
    merged: dict[tuple[str, str], digest.Item] = {}
    for key in new:
        subject = catalogue.subjects.get(key)
        if (subject is None or key not in matched or subject.withdrawn
                or subject.status in ("candidate", "rejected")):
            continue
        merged[("new", key)] = digest.Item("new", subject)
    for change in changes:
        subject = catalogue.subjects.get(change.subject)
        # Candidates (and rejected ones) await a clerk: their moves are nobody's news yet.
        if subject is None or subject.status in ("candidate", "rejected"):
            continue
        section = digest._classify(change, subject)
        if section is None:
            continue
        if change.subject not in matched and not (
            change.subject in loose_matched and change.old in filters.statuses
        ):
            continue
        previous = merged.get((section, change.subject))
        old = previous.old if previous else change.old
        merged[(section, change.subject)] = digest.Item(section, subject, old=old, new=change.new)
    fulfilled = {key for section, key in merged if section == "fulfilled"}
    for (section, key), item in merged.items():
        if section == "statuses" and key in fulfilled:
            continue
        if section == "deadlines" and item.old == item.new:
            continue
        sections.setdefault(section, []).append(item)

    # Deadlines soonest (most overdue) first; news in the order it happened. Only what is
    # shown is explained, and only the reminders shown are told.
    for name, items in sections.items():
        if name in digest.REMINDER_SECTIONS:
            items.sort(key=lambda i: (i.subject.due, i.subject.key))
            result.told += [(i.subject.key, i.subject.due, i.stage) for i in items[:limit]]
        items[:limit] = [replace(i, why=catalogue.explain(filters, i.subject))
                         for i in items[:limit]]
    return result




def test_one_rendering_per_distinct_digest_each_with_its_own_links(settings, monkeypatch):
    from tracker.messages import Composer
    from tracker.models import Subscription

    subjects = _subjects([(3, COMMITTEES[0], "open", False, "algoritme"),
                          (-10, COMMITTEES[1], "open", False, "cloud")])
    catalogue = Catalogue(subjects)
    composer = Composer(settings)
    renders = []
    original = Composer._render
    monkeypatch.setattr(Composer, "_render", lambda self, *a: renders.append(a[1]) or
                        original(self, *a))
    people = [Subscription(id=n, email=f"s{n}@example.org", frequency="daily", language="nl",
                           token_version=1, filters={}) for n in (1, 2)]
    drafts = []
    for person in people:
        selected = select_digest(Filters(), catalogue, today=TODAY, rules=Rules(),
                                 changes=[], new=["c:0"], news_key=(0, 0))
        drafts.append(composer.digest(person, selected, kind="digest", today=TODAY))
    assert renders == ["digest"]  # the second subscriber's digest was not rendered again
    first, second = drafts
    for person, draft in zip(people, drafts, strict=True):
        for purpose in ("manage", "unsubscribe"):
            link = composer.link(purpose, person)
            assert link in draft.text and link in draft.html
    assert first.text != second.text
    assert first.text.replace(composer.link("manage", people[0]), "M").replace(
        composer.link("unsubscribe", people[0]), "U") == second.text.replace(
        composer.link("manage", people[1]), "M").replace(
        composer.link("unsubscribe", people[1]), "U")
    # another language is another rendering
    people[1].language = "en"
    composer.digest(people[1], select_digest(Filters(), catalogue, today=TODAY, rules=Rules(),
                                             changes=[], new=["c:0"], news_key=(0, 0)),
                    kind="digest", today=TODAY)
    assert renders == ["digest", "digest"]


summary_filters = st.builds(
    Filters, committees=st.sampled_from([(), ("Digitale Zaken",), ("Financiën", "justitie"),
                                         ("commissie",)]),
    ministries=st.sampled_from([(), ("BZK",), ("bzk", "FIN")]),
    chambers=st.sampled_from([(), ("TK",), ("EK",)]),
    statuses=st.sampled_from([(), ("open",), ("open", "unknown")]),
    keywords=st.sampled_from([(), ("algoritme",), ("cloud", "Data")]),
    commitments=st.booleans(), milestones=st.booleans())


@settings(max_examples=150, deadline=None)
@given(subject_data, st.lists(summary_filters, min_size=1, max_size=4),
       st.sampled_from([TODAY, TODAY + timedelta(days=30)]))
def test_a_summarys_counts_as_bits_say_what_the_sets_say(subject_rows, filter_sets, today):
    """``Catalogue.tally`` (sets of subjects as bits) against the plain sets: the open and
    overdue promises the filters match, the overdue most overdue first, and the list's link."""
    from tracker.digest import list_args, summarise
    from tracker.lifecycle import days_overdue, is_open

    subjects = _subjects(subject_rows)
    catalogue = Catalogue(subjects)
    for filters in filter_sets:  # several sets of filters on one catalogue share its memos
        matched = catalogue.matching(filters)
        plain = [s for s in subjects if s.key in matched and s.type == "commitment"
                 and is_open(s.status, kind=s.kind, withdrawn=s.withdrawn)]
        overdue = sorted((s for s in plain if days_overdue(s.due, today, s.status,
                                                           kind=s.kind) is not None),
                         key=lambda s: (s.due, s.key))
        assert catalogue.counted(filters, today) == (len(plain), [s.key for s in overdue])
        open_count, overdue_count, _bits = catalogue.tally(filters, today)
        assert (open_count, overdue_count) == (len(plain), len(overdue))
        assert catalogue.listed(filters, today) == list_args(filters, overdue)
        shown = {s.key for s in overdue[::2]}
        summary = summarise(filters, catalogue, today, "first", limit=3, shown=shown)
        if summary is not None:
            assert [i.subject.key for i in summary.oldest] == [
                s.key for s in overdue if s.key not in shown][:3]


@settings(max_examples=150, deadline=None)
@given(subject_data, st.lists(summary_filters, min_size=1, max_size=4))
def test_an_explanation_shared_by_subjects_alike_is_each_ones_own(subject_rows, filter_sets):
    """A set of filters explains subjects alike in what it names (and in its keyword) once:
    each subject still gets what explaining it alone gives."""
    subjects = _subjects(subject_rows)
    catalogue = Catalogue(subjects)
    for filters in filter_sets:
        why = catalogue.explainer(filters)
        for subject in subjects:
            assert why(subject) == digest.explain(filters, subject), (filters, subject)
