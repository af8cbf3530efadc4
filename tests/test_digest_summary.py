"""Digests that serve a new subscriber: the first one opens with what stands open and overdue
for their filters, a monthly summary continues after the weekly reminders stop, and a milestone
whose date has passed is never listed among the coming ones."""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import parse_qsl, urlsplit

from tracker.digest import Catalogue, Filters, Subject, list_args, summary_due

from .smtpserver import html_of, text_of
from .test_notify import commitment, digest_run, settings, smtp, subscriber

__all__ = ["settings", "smtp"]  # fixtures used by name


def test_when_a_digest_opens_with_a_summary():
    today = date(2026, 12, 3)
    assert summary_due(None, today) == "first"
    assert summary_due("2026-11-30", today) == "periodic"  # the month's first digest
    assert summary_due("2026-12-02", today) is None
    # weekly ones, dated on the subscriber's day: Wednesday of week 48 is 25 November
    assert summary_due("2026-W48", today, weekday=2) == "periodic"
    assert summary_due("2026-W49", today, weekday=2) is None  # 2 December
    assert summary_due("2026-W49", today, weekday=0) == "periodic"  # Monday 30 November
    assert summary_due("rommel", today) is None


def test_the_list_link_spells_out_what_the_filters_matched():
    def subject(n, committee):
        return Subject(key=f"c:{n}", type="commitment", id=n, title="t", path="/",
                       committee=committee, kind="commitment", status="open")

    matched = [subject(1, "vaste commissie voor Digitale Zaken"), subject(2, None)]
    args, exact = list_args(Filters(committees=("Digitale Zaken",), chambers=("TK",),
                                    keywords=("algoritme",)), matched)
    assert args == (("window", "overdue"), ("committee", "vaste commissie voor Digitale Zaken"),
                    ("chamber", "TK"), ("q", "algoritme"))
    assert not exact  # a keyword: the text here; the debate's title and more there too
    assert list_args(Filters(committees=("Digitale Zaken",), chambers=("TK",)), matched)[1]
    _args, exact = list_args(Filters(keywords=("algoritme", "toezicht")), matched)
    assert not exact  # several keywords: any of them here, all of them on the list
    many = [subject(n, f"commissie {n}") for n in range(11)]
    args, exact = list_args(Filters(committees=("commissie",)), many)
    assert not exact and not any(name == "committee" for name, _v in args)


def test_a_new_subscribers_first_digest_lists_the_overdue_promises(cli, session, sessions,
                                                                    settings, smtp):
    # On 3 December 2026, as in the report: the sample's promises 300–520 days overdue were
    # never mentioned, and the 2 December milestones were listed as coming.
    cli("load-sample")
    subscriber(session, "nieuw@example.org")
    session.commit()
    assert digest_run(sessions, settings, "2026-12-03T07:00")["sent"] == 1
    (message,) = smtp.messages
    text = text_of(message)
    summary = " ".join(text.split("Wat er nu openstaat voor wat je volgt")[1].split())
    counts = re.search(r"(\d+) toezeggingen die je volgt zijn nog niet nagekomen; daarvan "
                       r"zijn er (\d+) over de termijn\.", summary)
    assert counts, summary[:400]
    overview = client_counts(cli)
    assert (int(counts[1]), int(counts[2])) == overview
    longest = summary.split("De langst verlopen:")[1].split("Alle toezeggingen")[0]
    assert "T01970" in longest and "520 dagen over de termijn (1 juli 2025)" in longest
    assert "T03670" in longest and "336 dagen over de termijn (1 januari 2026)" in longest
    assert longest.index("T01970") < longest.index("T03670")  # longest overdue first
    link = re.search(r"Alle toezeggingen over de termijn die je volgt: (\S+)", summary)[1]
    assert urlsplit(link).path == "/toezeggingen"
    assert dict(parse_qsl(urlsplit(link).query)) == {"window": "overdue"}
    # the milestones of 2 December have taken effect; none is among the coming ones
    assert "Mijlpalen die zijn ingegaan" in text
    assert "van toepassing sinds 2 december 2026" in text
    coming = text.split("Mijlpalen: vandaag en de komende weken")[1:] or [""]
    assert "2 december 2026" not in coming[0].split("Mijlpalen die zijn ingegaan")[0]
    assert "dag geleden" not in text
    html = html_of(message)
    assert "Wat er nu openstaat voor wat je volgt" in html and 'href="http://tracker.test/' \
        'toezeggingen?window=overdue"' in html
    # the next day's digest has no summary: it was their first
    digest_run(sessions, settings, "2026-12-04T07:00")
    assert all("Wat er nu openstaat" not in text_of(m) for m in smtp.messages[1:])


def client_counts(cli) -> tuple[int, int]:
    """Open and overdue promises as the overview counts them (the one definition)."""
    import json

    rows = json.loads(cli("export", "commitments").output)
    return (sum(r["open"] for r in rows), sum(r["overdue"] for r in rows))


def test_a_monthly_summary_goes_on_after_the_weekly_reminders_stop(session, sessions,
                                                                   settings, smtp):
    commitment(session, "TZ-old", due=date(2026, 1, 15))  # long past its reminders
    commitment(session, "TZ-other", due=date(2026, 1, 15), committee="Financiën")
    subscriber(session, "vast@example.org", committees=["Digitale Zaken"], milestones=False)
    session.commit()
    day, summaries = date(2026, 11, 20), []
    while day <= date(2027, 1, 6):
        before = len(smtp.messages)
        digest_run(sessions, settings, f"{day.isoformat()}T07:00")
        for message in smtp.messages[before:]:
            text = text_of(message)
            if "Wat er nu openstaat" in text or "Nog steeds over de termijn" in text:
                summaries.append((day.isoformat(), message["Subject"], text))
        day += timedelta(days=1)
    assert [d for d, _s, _t in summaries] == ["2026-11-20", "2026-12-01", "2027-01-01"]
    _day, subject, text = summaries[1]
    assert subject == "Maandoverzicht van de Toezeggingentracker, 1 december 2026"
    assert "1 toezegging die je volgt is over de termijn" in text
    assert "TZ-old" in text and "TZ-other" not in text
    assert "320 dagen over de termijn (15 januari 2026)" in text
    link = re.search(r"Alle toezeggingen over de termijn die je volgt: (\S+)", text)[1]
    assert dict(parse_qsl(urlsplit(link).query)) == {
        "window": "overdue", "committee": "vaste commissie voor Digitale Zaken"}


def test_a_summary_with_nothing_overdue_is_no_monthly_mail(session, sessions, settings, smtp):
    commitment(session, "TZ-later", due=date(2027, 6, 1))
    subscriber(session, "rustig@example.org", milestones=False)
    session.commit()
    digest_run(sessions, settings, "2026-11-30T07:00")  # the first: one promise open
    (first,) = smtp.messages
    assert "1 toezegging die je volgt is nog niet nagekomen." in text_of(first)  # one, in words
    digest_run(sessions, settings, "2026-12-01T07:00")  # nothing overdue: no monthly mail
    assert len(smtp.messages) == 1


def test_catalogue_counts_follow_the_one_definition():
    today = date(2026, 12, 3)

    def s(n, **values):
        return Subject(key=f"c:{n}", type="commitment", id=n, title="t", path="/",
                       kind=values.pop("kind", "commitment"), **values)

    cat = Catalogue([s(1, status="open", due=date(2026, 12, 2)),
                     s(2, status="partially_fulfilled", due=date(2026, 1, 1)),
                     s(3, status="unknown"), s(4, status="fulfilled", due=date(2026, 1, 1)),
                     s(5, status="open", due=date(2026, 1, 1), withdrawn=True),
                     s(6, status="open", due=today)])
    open_count, overdue = cat.counted(Filters(), today)
    assert (open_count, overdue) == (4, ["c:2", "c:1"])


# --- the subscribe form and the opt-in mail ---------------------------------------------------

def test_the_form_counts_what_the_filters_match_exactly_as_digests_match(cli, client, session,
                                                                         today):
    import json

    from sqlalchemy import select

    from tracker.digest import Catalogue, Filters
    from tracker.models import Commitment, Source
    from tracker.services.digests import _COMMITMENT_COLUMNS, _commitment_subject
    from tracker.services.subscriptions import count_matching

    cli("load-sample")
    rows = session.execute(select(*_COMMITMENT_COLUMNS).join(
        Source, Source.id == Commitment.source_id).where(
        Commitment.kind == "commitment", Commitment.withdrawn.is_(False),
        Commitment.status.not_in(("candidate", "rejected")))).all()
    everything = Catalogue(_commitment_subject(r) for r in rows)
    for filters in (Filters(), Filters(committees=("Digitale Zaken",)),
                    Filters(keywords=("algoritme",)), Filters(keywords=("AI", "Awb")),
                    Filters(chambers=("EK",), ministries=("binnenlandse",)),
                    Filters(statuses=("open",), keywords=("kenbaarheid",)),
                    Filters(committees=("Financiën",))):
        matched = [everything.subjects[k] for k in everything.matching(
            Filters(**{**filters.__dict__, "milestones": False}))]
        found = count_matching(session, filters, today)
        assert found.promises == len(matched), filters
        open_count, overdue = everything.counted(filters, today)
        assert (found.open, found.overdue) == (open_count, len(overdue)), filters
    exported = json.loads(cli("export", "commitments").output)
    everyone = count_matching(session, Filters(), today)
    assert (everyone.open, everyone.overdue) == (sum(r["open"] for r in exported),
                                                 sum(r["overdue"] for r in exported))
    page = client.get("/abonnement").get_data(as_text=True)
    assert (f"Met deze keuzes volg je nu {everyone.promises} toezeggingen; {everyone.open} "
            f"daarvan zijn nog niet nagekomen en {everyone.overdue} zijn over de termijn.") \
        in page
    answer = client.get("/abonnement/telling?commitments=1&chamber=EK").get_json()
    ek = count_matching(session, Filters(chambers=("EK",)), today)
    assert answer["text"].startswith(f"Met deze keuzes volg je nu {ek.promises} toezegging")
    # without JavaScript: the form comes back filled in, with its count
    again = client.get("/abonnement?tel=1&commitments=1&chamber=EK&frequency=weekly"
                       "&keywords=algoritme").get_data(as_text=True)
    both = count_matching(session, Filters(chambers=("EK",), keywords=("algoritme",)), today)
    assert f"volg je nu {both.promises} toezegging" in again
    assert 'value="EK" checked' in again and 'value="algoritme"' in again
    milestones_only = client.get("/abonnement/telling?milestones=1").get_json()
    assert milestones_only["text"] == ("Met deze keuzes volg je alleen de mijlpalen van de "
                                       "AI-verordening.")


def test_the_opt_in_mail_repeats_the_chosen_filters(client, smtp, session, sessions,
                                                    settings):
    from tracker.runs import notify

    from .test_notify import csrf_of

    page = client.get("/abonnement").get_data(as_text=True)
    client.post("/abonnement", data={
        "csrf_token": csrf_of(page), "email": "keuzes@example.org", "commitments": "1",
        "committee_other": "Digitale Zaken", "chamber": "EK", "status": "open",
        "keywords": "algoritme, toezicht", "frequency": "weekly", "weekday": "2",
        "language": "nl"})
    notify.deliver(sessions, settings)
    (mail,) = smtp.to("keuzes@example.org")
    text = " ".join(text_of(mail).split())  # (wrapped at 78)
    assert ("Toezeggingen: commissie: Digitale Zaken; Kamer: Eerste Kamer; status: "
            "Openstaand; trefwoorden: ‘algoritme’ of ‘toezicht’") in text
    assert "Mijlpalen van de AI-verordening: nee" in text
    assert "Hoe vaak: wekelijks, op woensdag" in text and "Taal: Nederlands" in text
    assert "<li>Hoe vaak: wekelijks, op woensdag</li>" in html_of(mail)


# --- a summary's words, made of parts ---------------------------------------------------------

# The summary as the digest templates wrote it inline before it was made of parts (macros
# summary_start, summary_line and summary_end): the parts must say the same, byte for byte.
_INLINE_TEXT = """{% autoescape false %}{% import 'mail/_macros.txt' as m %}
{% if summary %}

{% set heading = m.summary_heading(summary) %}
{{ heading }}
{{ '=' * heading|length }}

{{ m.summary_counts(summary)|wordwrap(78, false, '\n', false) }}
{% if summary.lines %}
{{ _('De langst verlopen:') }}
{% for line in summary.lines %}

- {{ line.title|wordwrap(76, false, '\n  ', false) }}
  {{ line.reason|wordwrap(76, false, '\n  ', false) }}
  {{ line.url }}
{% endfor %}
{% endif %}

{{ _('Alle toezeggingen over de termijn die je volgt: %(url)s', url=summary.list_url) }}
{% if not summary.exact %}
{{ _('(Die lijst kan niet al je keuzes precies volgen en toont daarom ook andere toezeggingen.)')|wordwrap(78, false, '\n', false) }}
{% endif %}
{% endif %}
{% endautoescape %}"""  # noqa: E501  (the template's lines as they are)
_INLINE_HTML = """{% import 'mail/_macros.txt' as m %}
{% if summary %}
<h2 style="font-size: 1.1rem; margin-top: 1.5rem; color: #a10000;">{{ m.summary_heading(summary) }}</h2>
<p>{{ m.summary_counts(summary) }}</p>
{% if summary.lines %}
<p>{{ _('De langst verlopen:') }}</p>
<ul style="padding-left: 1.2rem;">
{% for line in summary.lines %}
<li style="margin-bottom: .6rem;"><a href="{{ line.url }}" style="color: #00457a;">{{ line.title }}</a><br>
<span style="color: #595959; font-size: .9rem;">{{ line.reason }}</span></li>
{% endfor %}
</ul>
{% endif %}
<p><a href="{{ summary.list_url }}" style="color: #00457a;">{{ _('Alle toezeggingen over de termijn die je volgt') }}</a>{% if not summary.exact %} <span style="color: #595959;">{{ _('(Die lijst kan niet al je keuzes precies volgen en toont daarom ook andere toezeggingen.)') }}</span>{% endif %}</p>
{% endif %}
"""  # noqa: E501  (the template's lines as they were)


def test_a_summary_made_of_parts_says_what_the_inline_template_said(settings):
    from urllib.parse import urlencode

    from tracker.digest import Item, Summary
    from tracker.messages import Composer

    today = date(2026, 12, 3)
    composer = Composer(settings)
    overdue = [Item("overdue", Subject(
        key=f"c:{n}", type="commitment", id=n, title=f"De minister zegt toe <{n}> & meer",
        path=f"/toezeggingen/{n}", due=today - timedelta(days=40 * n), number=f"TZ{n}",
        committee="vaste commissie voor Digitale Zaken", kind="commitment", status="open"),
        why=(("committee", "Digitale Zaken"),)) for n in (1, 2, 3)]
    args = (("window", "overdue"), ("committee", "vaste commissie voor Digitale Zaken"),
            ("q", "a&b"))
    for language in ("nl", "en"):
        for occasion in ("first", "periodic"):
            for oldest in ((), tuple(overdue[:1]), tuple(overdue)):
                for exact in (True, False):
                    summary = Summary(occasion, 7, len(oldest), oldest, args, exact)
                    context = {"summary": {
                        "occasion": occasion, "open": 7, "overdue": len(oldest),
                        "exact": exact,
                        "lines": [composer._line(language, i, today) for i in oldest],
                        "list_url": f"{composer.base_url}/toezeggingen?{urlencode(args)}"
                                    + ("&lang=en" if language == "en" else "")}}
                    env = composer.env(language)
                    expected = (env.from_string(_INLINE_TEXT).render(context),
                                env.from_string(_INLINE_HTML).render(context))
                    assert composer._summary(language, summary, today) == expected, (
                        language, occasion, len(oldest), exact)


def test_a_frame_takes_a_summary_only_where_its_stand_in_is():
    import pytest

    from tracker.messages import _SECTIONS, _SUMMARY, _filled

    frame = f"title\n{_SUMMARY}{_SECTIONS}footer"
    assert _filled(frame, "S", "U") == "title\nUSfooter"
    with pytest.raises(ValueError):
        _filled(f"title\n{_SECTIONS}footer", "S", "U")  # a summary with nowhere to go
    with pytest.raises(ValueError):
        _filled(f"{_SUMMARY}{_SUMMARY}{_SECTIONS}", "S", "U")
    assert _filled(f"title\n{_SECTIONS}footer", "S") == "title\nSfooter"
