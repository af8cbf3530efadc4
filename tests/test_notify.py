"""Reminders and digests end to end: a real SMTP server on loopback receives every message.

What arrives is parsed with the standard ``email`` package: headers, parts and items.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import func, select, update

from tracker import tokens
from tracker.config import ConfigError, Settings
from tracker.db import make_engine, make_sessionmaker
from tracker.digest import Filters
from tracker.jobs import JOBS
from tracker.mail import Mailer
from tracker.messages import Composer
from tracker.models import (
    Commitment,
    Document,
    HistoryEntry,
    OutboxMessage,
    RemindersTold,
    Subscription,
)
from tracker.runs import notify
from tracker.sample import SAMPLE_DIR, load_ek_sample, load_sample
from tracker.scheduler import build_scheduler
from tracker.services import outbox
from tracker.services import subscriptions as subs
from tracker.services.changes import Actor, apply, set_fulfilment, upsert
from tracker.services.sources import get_source

from .conftest import ON_POSTGRES, free_port
from .smtpserver import SmtpServer, html_of, text_of

AMS = ZoneInfo("Europe/Amsterdam")
SYNC = Actor("sync", "tk")
CLERK = Actor("user", "griffier")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=AMS)


@pytest.fixture
def smtp():
    server = SmtpServer(free_port()).start()
    yield server
    server.stop()


@pytest.fixture
def settings(settings: Settings, smtp: SmtpServer) -> Settings:
    """The suite's settings, with mail going to the loopback server."""
    return dataclasses.replace(settings, smtp_port=smtp.port)


def digest_run(sessions, settings, when: str) -> dict[str, int]:
    now = at(when)
    return {**notify.decide(sessions, settings, "digest", now),
            **notify.deliver(sessions, settings, now)}


def commitment(session, number: str, *, due: date | None = None, status: str = "open",
               committee: str | None = "vaste commissie voor Digitale Zaken",
               text: str | None = None, **values) -> Commitment:
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    row, _, _ = upsert(session, Commitment, source, number, {
        "number": number, "text": text or f"De minister zegt toe: {number}.", "status": status,
        "due": due, "committee": committee, "ministry": "BZK", "chamber": "TK",
        "kind": "commitment", **values}, SYNC)
    return row


def subscriber(session, email: str, *, frequency: str = "daily", weekday: int = 0,
               language: str = "nl", **filters) -> Subscription:
    prefs = subs.Preferences(Filters.from_json(filters), frequency, weekday, language)
    subscription, _ = subs.subscribe(session, email, prefs, confirmed=True)
    return subscription


def items_of(text: str) -> list[str]:
    return [line[2:] for line in text.splitlines() if line.startswith("- ")]


def flat(text: str) -> str:
    """A text part's words with the line breaks of its wrapping taken out."""
    return " ".join(text.split())


def short_lines(text: str) -> bool:
    """Is every line of a text part within 78 characters, but a bare URL or a line ending in
    one (mail readers show 78)?"""
    return all(len(line) <= 78 or re.search(r"https?://\S+$", line)
               for line in text.splitlines())


def section(text: str, heading: str) -> str:
    """The part of a text digest under one heading (up to the next blank-line heading)."""
    start = text.index(heading)
    rest = text[start:]
    end = re.search(r"\n\n[^\n-][^\n]*\(\d+\)\n=", rest[len(heading):])
    return rest[: len(heading) + end.start()] if end else rest


# --- Done when -------------------------------------------------------------------------------

def test_sample_digest_lists_the_ai_act_milestone_and_unsubscribes_in_one_click(
        cli, client, smtp, session):
    cli("load-sample")
    cli("subscriptions", "add", "test@example.org", "--confirmed")
    output = cli("digest", "send", "--now", "2026-11-23T07:00").output
    assert "queued 1" in output and "sent 1" in output
    (message,) = smtp.to("test@example.org")

    text = text_of(message)
    upcoming = section(text, "Mijlpalen: vandaag en de komende weken")
    assert "Nieuwe verboden: niet-consensuele intieme beelden" in upcoming
    assert "van toepassing over 9 dagen, op 2 december 2026" in upcoming
    assert "http://tracker.test/mijlpalen/new-prohibitions-ncii-csam" in upcoming
    assert "Inwerkingtreding" not in text  # long past: not "coming"
    html = html_of(message)
    assert 'href="http://tracker.test/mijlpalen/new-prohibitions-ncii-csam"' in html
    assert '<html lang="nl">' in html

    assert message["Subject"].startswith("Dagoverzicht van de Toezeggingentracker, 23 november")
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Message-ID"].endswith("@localhost>")
    assert message["Date"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = re.fullmatch(r"<(http://tracker\.test(/abonnement/afmelden/\S+))>",
                               message["List-Unsubscribe"])
    assert unsubscribe and unsubscribe.group(1) in text

    again = cli("digest", "send", "--now", "2026-11-23T07:00").output
    assert "queued 0" in again and "sent 0" in again
    assert "queued 0" in cli("digest", "send", "--now", "2026-11-24T07:00").output
    assert len(smtp.messages) == 1

    path = unsubscribe.group(2)
    assert "Afmelden" in client.get(path).get_data(as_text=True)
    assert session.scalar(select(Subscription.status)) == "active"  # GET changes nothing
    # RFC 8058: the mail client POSTs, with no cookie and no CSRF token.
    response = client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert session.scalar(select(Subscription.status)) == "unsubscribed"
    assert "unsubscribed" in cli("subscriptions", "list").output


# --- Subscriber pages ------------------------------------------------------------------------

def csrf_of(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def link_in(message, path: str) -> str:
    return re.search(rf"http://tracker\.test({re.escape(path)}\S+)", text_of(message)).group(1)


def test_double_opt_in_from_the_web_form(client, smtp, session, sessions, settings):
    page = client.get("/abonnement").get_data(as_text=True)
    assert '<label for="email">E-mailadres</label>' in page
    assert "<legend>Hoe vaak</legend>" in page
    response = client.post("/abonnement", data={
        "csrf_token": csrf_of(page), "email": " Jan.Jansen@Example.ORG ", "commitments": "1",
        "milestones": "1", "committee_other": "Digitale Zaken", "keywords": "algoritme, AI",
        "frequency": "weekly", "weekday": "4", "language": "en"})
    assert response.status_code == 303 and response.location.endswith("/abonnement/verstuurd")
    # The page queued the opt-in mail; it did not send it.
    assert smtp.messages == []
    subscription = session.scalar(select(Subscription))
    assert (subscription.email, subscription.status) == ("jan.jansen@example.org", "pending")
    assert subscription.filters["committees"] == ["Digitale Zaken"]
    assert subscription.filters["keywords"] == ["algoritme", "AI"]
    assert (subscription.frequency, subscription.weekday, subscription.language) == (
        "weekly", 4, "en")

    # Not confirmed: no digest. The opt-in mail was queued at the real clock, so it is
    # delivered at the real clock too (a fixed date here would turn into a time bomb).
    assert notify.decide(sessions, settings, "digest", at("2026-11-27T07:00"))["queued"] == 0
    notify.deliver(sessions, settings)
    (mail,) = smtp.to("jan.jansen@example.org")
    assert mail["Subject"] == "Confirm your subscription to the Commitments tracker"
    assert "List-Unsubscribe" not in mail
    confirm = link_in(mail, "/abonnement/bevestigen/")
    assert confirm.endswith("?lang=en")  # an English mail opens the site in English
    page = client.get(confirm).get_data(as_text=True)
    assert "Confirm" in page and "Bevestig" not in page
    session.expire_all()
    assert session.get(Subscription, subscription.id).status == "pending"  # GET: a page only
    response = client.post(confirm, data={"csrf_token": csrf_of(page)})
    assert response.status_code == 303 and "/abonnement/beheer/" in response.location
    session.expire_all()
    assert session.get(Subscription, subscription.id).status == "active"
    assert "al bevestigd" in client.get(confirm.replace("?lang=en", "?lang=nl")).get_data(
        as_text=True)

    # Subscribing an active address again changes nothing; its owner gets a settings link.
    page = client.get("/abonnement").get_data(as_text=True)
    client.post("/abonnement", data={"csrf_token": csrf_of(page),
                                     "email": "jan.jansen@example.org", "commitments": "1",
                                     "frequency": "daily", "weekday": "0", "language": "nl"})
    session.expire_all()
    assert session.get(Subscription, subscription.id).frequency == "weekly"
    notify.deliver(sessions, settings)
    assert smtp.to("jan.jansen@example.org")[-1]["Subject"] == (
        "Your settings at the Commitments tracker")


def test_a_form_sent_again_and_again_queues_one_opt_in_mail(client, session):
    for _ in range(3):
        page = client.get("/abonnement").get_data(as_text=True)
        response = client.post("/abonnement", data={
            "csrf_token": csrf_of(page), "email": "herhaal@example.org", "commitments": "1",
            "frequency": "daily", "weekday": "0", "language": "nl"})
        assert response.status_code == 303
    assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 1
    assert session.scalar(select(func.count()).select_from(Subscription)) == 1


def test_form_errors_are_tied_to_their_fields_and_csrf_is_required(client, session):
    page = client.get("/abonnement").get_data(as_text=True)
    response = client.post("/abonnement", data={
        "csrf_token": csrf_of(page), "email": "geen-adres", "frequency": "hourly",
        "weekday": "0", "language": "nl"})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert 'aria-describedby="email-error" aria-invalid="true"' in page
    assert 'id="email-error">Dit is geen geldig e-mailadres' in page
    assert 'role="alert"' in page and 'href="#email"' in page
    assert "Kies toezeggingen, mijlpalen of allebei." in page
    assert 'id="frequency-error"' in page
    assert session.scalar(select(func.count()).select_from(Subscription)) == 0
    # every form but the one-click endpoint carries a CSRF token
    assert client.post("/abonnement", data={"email": "a@example.org"}).status_code == 400
    assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def test_manage_page_changes_filters_and_refuses_bad_expired_or_revoked_links(
        client, session, settings, monkeypatch):
    subscription = subscriber(session, "els@example.org", committees=["Financiën"])
    session.commit()
    composer = Composer(settings)
    path = composer.path("manage", subscription)
    page = client.get(path).get_data(as_text=True)
    assert 'value="Financiën"' in page and "els@example.org" in page
    response = client.post(path, data={
        "csrf_token": csrf_of(page), "commitments": "1", "keywords": "toezicht",
        "chamber": "EK", "frequency": "immediate", "weekday": "0", "language": "nl"})
    assert response.status_code == 303
    assert "Je instellingen zijn opgeslagen." in client.get(path).get_data(as_text=True)
    session.expire_all()
    saved = session.get(Subscription, subscription.id)
    assert saved.filters == {"keywords": ["toezicht"], "chambers": ["EK"],
                             "commitments": True, "milestones": False}
    assert saved.frequency == "immediate"

    assert client.get(path[:-3] + "abc").status_code == 404
    assert client.get(composer.path("confirm", subscription).replace(
        "bevestigen", "beheer")).status_code == 404  # a confirm token is no manage token
    monkeypatch.setitem(tokens.MAX_AGE, "manage", timedelta(seconds=-1))
    expired = client.get(path)
    assert expired.status_code == 410 and "De link is verlopen." in expired.get_data(
        as_text=True)
    # asking for a new link with a mistyped address says so, and of no link that broke
    asked = client.post("/abonnement/link", data={
        "csrf_token": csrf_of(expired.get_data(as_text=True)), "email": "els@example"})
    page = asked.get_data(as_text=True)
    assert asked.status_code == 400 and "Dit is geen geldig e-mailadres" in page
    assert "<h1>Een link naar je instellingen</h1>" in page
    assert "verlopen" not in page and "werkt niet" not in page
    monkeypatch.undo()
    subs.unsubscribe(session, saved)
    subs.subscribe(session, "els@example.org", subs.Preferences(Filters()))  # renewed
    session.commit()
    assert client.get(path).status_code == 404  # links from before are revoked


def test_unsubscribe_page_cancels_what_was_queued(client, session, sessions, settings, smtp):
    subscription = subscriber(session, "piet@example.org")
    session.commit()
    session.add(Document(source=get_source(session, "tk", kind="tk", name="TK"),
                         external_id="d1", number="2026D00001"))
    commitment(session, "TZ-1", due=date(2026, 11, 23))
    session.commit()
    assert notify.decide(sessions, settings, "digest", at("2026-11-23T07:00"))["queued"] == 1
    path = Composer(settings).path("unsubscribe", subscription)
    page = client.get(path).get_data(as_text=True)
    assert "piet@example.org" in page
    done = client.post(path, data={"csrf_token": csrf_of(page)}).get_data(as_text=True)
    assert "Je bent afgemeld" in done
    assert notify.deliver(sessions, settings, at("2026-11-23T07:01"))["sent"] == 0
    assert session.scalar(select(OutboxMessage.state)) == "cancelled"
    assert smtp.messages == []
    assert "al afgemeld" in client.get(path).get_data(as_text=True)


# --- Digests ---------------------------------------------------------------------------------

def test_a_digest_with_each_kind_of_item(session, sessions, settings, smtp):
    load_sample(session)
    over = commitment(session, "TZ-over", due=date(2026, 11, 9))
    today_ = commitment(session, "TZ-today", due=date(2026, 11, 23))
    soon = commitment(session, "TZ-soon", due=date(2026, 12, 7))
    other = commitment(session, "TZ-other", due=date(2026, 11, 23), committee="Financiën")
    moved = commitment(session, "TZ-moved", due=date(2027, 3, 1))
    changing = commitment(session, "TZ-status")
    done = commitment(session, "TZ-done")
    candidate = commitment(session, "TZ-cand", status="candidate", due=date(2026, 11, 24))
    letter = Document(source=get_source(session, "tk", kind="tk", name="TK"),
                      external_id="brief", number="2026D40000")
    session.add(letter)
    session.flush()
    subscriber(session, "digest@example.org", committees=["Digitale Zaken"])
    session.commit()
    # what happens after subscribing is news
    new = commitment(session, "TZ-new", due=date(2027, 6, 1))
    apply(session, moved, {"due": date(2027, 6, 1)}, CLERK)
    apply(session, changing, {"status": "partially_fulfilled"}, SYNC)
    apply(session, done, {"status": "fulfilled"}, SYNC)
    set_fulfilment(session, done, letter, SYNC)
    apply(session, candidate, {"text": "nog steeds kandidaat"}, CLERK)
    apply(session, other, {"status": "fulfilled"}, SYNC)
    session.commit()

    assert digest_run(sessions, settings, "2026-11-23T07:00")["sent"] == 1
    (message,) = smtp.to("digest@example.org")
    text = text_of(message)
    headings = re.findall(r"^(.+) \((\d+)\)\n=+$", text, re.M)
    assert headings == [("Over de termijn", "1"), ("Deadline vandaag", "1"),
                        ("Deadline in de komende weken", "1"),
                        ("Mijlpalen: vandaag en de komende weken", "2"), ("Voldaan", "1"),
                        ("Nieuwe toezeggingen", "1"), ("Gewijzigde termijnen", "1"),
                        ("Gewijzigde status", "1")]
    expect = {
        "Over de termijn": (over, "14 dagen over de termijn (9 november 2026), herinnering 2"),
        "Deadline vandaag": (today_, "deadline vandaag"),
        "Deadline in de komende weken": (
            soon, "deadline binnen 30 dagen: over 14 dagen, op 7 december 2026"),
        "Voldaan": (done, "voldaan met 2026D40000"),
        "Nieuwe toezeggingen": (new, "nieuw; deadline 1 juni 2027"),
        "Gewijzigde termijnen": (moved, "termijn gewijzigd van 1 maart 2027 naar 1 juni 2027"),
        "Gewijzigde status": (changing, "status: Openstaand → Deels voldaan"),
    }
    for heading, (row, rule) in expect.items():
        part = flat(section(text, heading))
        assert f"{row.number}: De minister zegt toe" in part, heading
        # (why: the committee's name as the promise has it, not the part typed)
        assert f"{rule} · vaste commissie voor Digitale Zaken" in part, heading
        assert f"http://tracker.test/toezeggingen/{row.id}" in part, heading
    assert "TZ-other" not in text and "TZ-cand" not in text
    assert short_lines(text)  # (item lines ran to 174 characters)
    html = html_of(message)
    assert f'href="http://tracker.test/toezeggingen/{over.id}"' in html
    assert "herinnering 2" in html and "<h2" in html


def test_no_mail_when_nothing_matches(session, sessions, settings, smtp):
    load_sample(session)
    commitment(session, "TZ-1", due=date(2026, 11, 30))
    subscriber(session, "niets@example.org", keywords=["onvindbaarwoord"])
    # nothing open in the Eerste Kamer's defence committee either: no summary to open with
    subscriber(session, "alleen-ek@example.org", chambers=["EK"], committees=["Defensie"],
               milestones=False)
    session.commit()
    result = digest_run(sessions, settings, "2026-11-23T07:00")
    assert (result["queued"], result["nothing"], result["sent"]) == (0, 2, 0)
    assert smtp.messages == []
    assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def test_english_digest(session, sessions, settings, smtp):
    load_sample(session)
    subscriber(session, "en@example.org", language="en")
    session.commit()
    digest_run(sessions, settings, "2026-11-23T07:00")
    (message,) = smtp.messages
    assert message["Subject"] == ("Daily digest of the Commitments tracker, 23 November 2026 "
                                  "(2 items)")
    text = text_of(message)
    assert "Milestones: today and the coming weeks (2)" in text
    assert "New prohibitions: AI systems generating non-consensual intimate imagery" in text
    assert "applies in 9 days, on 2 December 2026 · milestone of Regulation (EU) 2026/1744" in \
        flat(text)
    assert '<html lang="en">' in html_of(message)
    # every link opens the site in English (the settings page was Dutch)
    links = re.findall(r"http://tracker\.test/\S+", text)
    assert links and all(link.endswith("lang=en") for link in links), links


def test_reminders_follow_the_deadline_reschedule_when_it_moves_and_stop_when_fulfilled(
        session, sessions, settings, smtp):
    kept = commitment(session, "TZ-kept", due=date(2026, 12, 31))
    moving = commitment(session, "TZ-moving", due=date(2026, 12, 31), committee="Financiën")
    commitment(session, "TZ-cand", status="candidate", due=date(2026, 12, 31))
    commitment(session, "TZ-request", kind="request", due=date(2026, 12, 31))
    subscriber(session, "r@example.org", milestones=False)
    session.commit()

    told: dict[str, list[tuple[str, str]]] = {}
    day = date(2026, 11, 23)
    while day <= date(2027, 3, 10):
        if day == date(2026, 12, 28):  # after its 7-day reminder, the deadline moves
            apply(session, session.get(Commitment, moving.id), {"due": date(2027, 2, 15)}, SYNC)
            session.commit()
        if day == date(2027, 1, 20):
            apply(session, session.get(Commitment, kept.id), {"status": "fulfilled"}, SYNC)
            session.commit()
        before = len(smtp.messages)
        digest_run(sessions, settings, f"{day.isoformat()}T07:00")
        for message in smtp.messages[before:]:
            for item in items_of(text_of(message)):
                told.setdefault(day.isoformat(), []).append(item.split(":")[0])
        day += timedelta(days=1)

    assert told == {
        "2026-12-01": ["TZ-kept", "TZ-moving"],  # 30 days before
        "2026-12-24": ["TZ-kept", "TZ-moving"],  # 7 days before
        "2026-12-28": ["TZ-moving"],  # the deadline changed (news)
        "2026-12-31": ["TZ-kept"],  # on the day
        "2027-01-01": ["TZ-kept"],  # the month's first digest sums up what is overdue
        "2027-01-07": ["TZ-kept"],  # a week overdue
        "2027-01-14": ["TZ-kept"],  # two weeks overdue
        "2027-01-16": ["TZ-moving"],  # 30 days before the new date
        "2027-01-20": ["TZ-kept"],  # fulfilled (news); then no more reminders for it
        "2027-02-08": ["TZ-moving"],
        "2027-02-15": ["TZ-moving"],
        "2027-02-22": ["TZ-moving"],
        "2027-03-01": ["TZ-moving"],
        "2027-03-08": ["TZ-moving"],
    }
    assert "herinnering 3" in text_of(smtp.messages[-1])


def test_weekly_digest_on_the_chosen_day_looks_a_week_ahead(session, sessions, settings, smtp):
    commitment(session, "TZ-next-week", due=date(2026, 12, 1))  # a Tuesday
    subscriber(session, "w@example.org", frequency="weekly", weekday=2, milestones=False)
    session.commit()
    assert digest_run(sessions, settings, "2026-11-23T07:00")["subscribers"] == 0  # Monday
    assert digest_run(sessions, settings, "2026-11-25T07:00")["sent"] == 1  # Wednesday
    (message,) = smtp.messages
    assert message["Subject"].startswith("Weekoverzicht van de Toezeggingentracker")
    part = section(text_of(message), "Deadline deze week")
    assert "TZ-next-week" in part and "deadline over 6 dagen, op 1 december 2026" in part
    assert digest_run(sessions, settings, "2026-11-26T07:00")["subscribers"] == 0
    assert len(smtp.messages) == 1


def test_the_day_is_the_day_in_the_hague_whatever_zone_the_scheduler_keeps(
        session, sessions, settings, smtp):
    commitment(session, "TZ-next-week", due=date(2026, 12, 1))
    subscriber(session, "w@example.org", frequency="weekly", weekday=2, milestones=False)
    session.commit()
    utc = dataclasses.replace(settings, timezone="UTC")
    # 23:30 UTC on Tuesday is half past midnight on Wednesday in The Hague.
    now = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
    assert notify.decide(sessions, utc, "digest", now)["queued"] == 1
    notify.deliver(sessions, utc, now)
    assert "deadline over 6 dagen" in section(text_of(smtp.messages[0]), "Deadline deze week")


def test_immediate_reminders_come_on_their_own_and_the_digest_keeps_the_news(
        session, sessions, settings, cli, smtp):
    row = commitment(session, "TZ-imm", due=date(2026, 11, 30))
    subscriber(session, "i@example.org", frequency="immediate", milestones=False)
    subscriber(session, "d@example.org", milestones=False)
    session.commit()
    output = cli("reminders", "send", "--now", "2026-11-23T06:00").output
    assert "queued 1" in output and "sent 1" in output
    (reminder,) = smtp.to("i@example.org")
    assert reminder["Subject"].startswith("Herinneringen van de Toezeggingentracker")
    assert "deadline binnen 7 dagen: over 7 dagen" in text_of(reminder)
    assert "queued 0" in cli("reminders", "send", "--now", "2026-11-23T12:00").output
    digest_run(sessions, settings, "2026-11-23T07:00")
    # their first digest says what stands open; the reminder is not repeated in it
    welcome = smtp.to("i@example.org")[-1]
    assert len(smtp.to("i@example.org")) == 2
    assert welcome["Subject"] == "Welkom bij de Toezeggingentracker: wat nu openstaat"
    assert "deadline binnen 7 dagen" not in text_of(welcome)
    assert len(smtp.to("d@example.org")) == 1  # the daily subscriber's digest had the reminder
    apply(session, session.get(Commitment, row.id), {"status": "partially_fulfilled"}, SYNC)
    session.commit()
    digest_run(sessions, settings, "2026-11-24T07:00")
    news = smtp.to("i@example.org")[-1]
    assert news["Subject"].startswith("Dagoverzicht") and "Gewijzigde status" in text_of(news)


# --- Delivery --------------------------------------------------------------------------------

def test_smtp_down_then_up_delivers_once(cli, session, sessions, settings, smtp):
    load_sample(session)
    subscriber(session, "t@example.org")
    session.commit()
    smtp.stop()
    output = cli("digest", "send", "--now", "2026-11-23T07:00").output
    assert "queued 1" in output and "retrying 1" in output
    message = session.scalar(select(OutboxMessage))
    assert (message.state, message.attempts) == ("queued", 1)
    assert "cannot reach" in message.last_error
    assert message.next_attempt_at == at("2026-11-23T07:01")
    # not due yet: no attempt is spent
    assert notify.deliver(sessions, settings, at("2026-11-23T07:00:30"))["retrying"] == 0
    notify.deliver(sessions, settings, at("2026-11-23T07:01"))  # still down: backoff doubles
    session.expire_all()
    assert session.get(OutboxMessage, message.id).next_attempt_at == at("2026-11-23T07:03")
    smtp.start()
    assert "sent 1" in cli("outbox", "deliver", "--now", "2026-11-23T07:03").output
    assert "sent 0" in cli("outbox", "deliver", "--now", "2026-11-23T08:00").output
    assert "queued 0" in cli("digest", "send", "--now", "2026-11-23T07:30").output
    assert len(smtp.messages) == 1
    assert "sent 1" in cli("outbox", "list").output


def test_a_refused_recipient_bounces_alone(session, sessions, settings, smtp):
    load_sample(session)
    for name in ("a", "gone", "c"):
        subscriber(session, f"{name}@example.org")
    session.commit()
    smtp.refuse.add("gone@example.org")
    result = digest_run(sessions, settings, "2026-11-23T07:00")
    assert (result["sent"], result["dead"], result["bounced"]) == (2, 1, 1)
    assert sorted(r for rcpts, _ in smtp.received for r in rcpts) == [
        "a@example.org", "c@example.org"]
    gone = session.scalar(select(Subscription).where(Subscription.email == "gone@example.org"))
    assert gone.status == "bounced" and "550" in gone.bounce_reason
    dead = session.scalar(select(OutboxMessage).where(OutboxMessage.state == "dead"))
    assert dead.recipient == "gone@example.org" and dead.attempts == 1
    assert digest_run(sessions, settings, "2026-12-02T07:00")["subscribers"] == 2


def test_dead_letters_are_listed_and_can_be_retried(cli, session, sessions, settings, smtp):
    settings = dataclasses.replace(settings, mail_max_attempts=2)
    load_sample(session)
    subscriber(session, "t@example.org")
    session.commit()
    smtp.stop()
    notify.decide(sessions, settings, "digest", at("2026-11-23T07:00"))
    notify.deliver(sessions, settings, at("2026-11-23T07:00"))
    notify.deliver(sessions, settings, at("2026-11-23T08:00"))
    listing = cli("outbox", "list", "--state", "dead").output
    assert "dead 1" in listing and "t@example.org" in listing and "cannot reach" in listing
    message_id = session.scalar(select(OutboxMessage.id))
    cli("outbox", "retry", "999", expect=1)
    assert f"queued again: {message_id}" in cli("outbox", "retry", str(message_id)).output
    smtp.start()
    assert notify.deliver(sessions, settings)["sent"] == 1  # retry queues it for now
    assert len(smtp.messages) == 1
    assert outbox.state_counts(session) == {"sent": 1}


def test_a_claim_left_by_a_dead_run_is_released_after_the_lease(session, sessions, settings,
                                                                 smtp):
    subscription = subscriber(session, "x@example.org")
    session.commit()
    draft = Composer(settings).manage(subscription)
    outbox.enqueue(session, subscription, "manage", "p1", draft, at("2026-11-23T07:00"))
    session.commit()
    with sessions.begin() as s:  # a run claims it and dies
        assert len(outbox.claim(s, at("2026-11-23T07:00"), 10, "dead-run")) == 1
    assert notify.deliver(sessions, settings, at("2026-11-23T07:10"))["sent"] == 0
    with sessions.begin() as s:  # half an hour later (claims are timed by the real clock)
        s.execute(update(OutboxMessage).values(
            claimed_at=datetime.now(UTC) - timedelta(minutes=31)))
    assert notify.deliver(sessions, settings, at("2026-11-23T07:10"))["sent"] == 1
    assert len(smtp.messages) == 1


def _queue_manage_mails(session, settings, count: int) -> list[str]:
    addresses = [f"m{i:02d}@example.org" for i in range(count)]
    for address in addresses:
        subscription = subscriber(session, address)
        session.flush()
        outbox.enqueue(session, subscription, "manage", "p1",
                       Composer(settings).manage(subscription), at("2026-11-23T07:00"))
    session.commit()
    return addresses


def test_each_message_is_marked_sent_before_the_server_can_take_the_next(
        session, sessions, settings, smtp):
    """A message's mark is committed while the server reads the next one, before that one's
    final dot: whenever the server accepts, all it took before is recorded as sent."""
    addresses = _queue_manage_mails(session, settings, 12)
    seen: list[tuple[int, int]] = []

    def before_accepting() -> None:
        with sessions() as s:
            seen.append((len(smtp.received), s.scalar(
                select(func.count()).where(OutboxMessage.state == "sent"))))

    smtp.before_accepting = before_accepting
    assert notify.deliver(sessions, settings, at("2026-11-23T07:00"), batch=5)["sent"] == 12
    assert seen == [(n, n) for n in range(12)]
    assert [r for rcpts, _ in smtp.received for r in rcpts] == addresses
    assert outbox.state_counts(session) == {"sent": 12}


def test_a_run_that_dies_mid_batch_resends_nothing_the_server_took(session, sessions,
                                                                   settings, smtp):
    addresses = _queue_manage_mails(session, settings, 8)

    class DyingMailer(Mailer):
        """Dies while the server reads the fifth message (after the fourth's mark)."""

        def send(self, message, recipient, before_end=None):
            def dying() -> None:
                before_end()
                raise RuntimeError("the delivery run dies")
            super().send(message, recipient, dying if len(smtp.received) == 4 else before_end)

    with pytest.raises(RuntimeError, match="dies"):
        notify.deliver(sessions, settings, at("2026-11-23T07:00"), mailer=DyingMailer)
    assert [r for rcpts, _ in smtp.received for r in rcpts] == addresses[:4]
    assert outbox.state_counts(session) == {"sent": 4, "sending": 4}
    with sessions.begin() as s:  # after the lease, the four it never finished go again
        s.execute(update(OutboxMessage).where(OutboxMessage.state == "sending").values(
            claimed_at=datetime.now(UTC) - timedelta(minutes=31)))
    assert notify.deliver(sessions, settings, at("2026-11-23T07:40"))["sent"] == 4
    assert [r for rcpts, _ in smtp.received for r in rcpts] == addresses  # each one, once
    assert outbox.state_counts(session) == {"sent": 8}


# --- CLI, settings, scheduler ----------------------------------------------------------------

def test_cli_subscriptions_add_list_remove(cli, session):
    output = cli("subscriptions", "add", "Ann@Example.org", "--committee", "Digitale Zaken",
                 "--ministry", "BZK", "--keyword", "algoritme", "--keyword", "AI",
                 "--chamber", "TK", "--frequency", "weekly", "--weekday", "friday",
                 "--language", "en", "--no-milestones").output
    assert "ann@example.org: waiting for the opt-in" in output
    assert session.scalar(select(OutboxMessage.kind)) == "confirm"
    cli("subscriptions", "add", "bob@example.org", "--confirmed")
    listing = cli("subscriptions", "list").output.splitlines()
    assert listing[0].split("\t") == ["email", "state", "frequency", "language", "filters"]
    assert listing[1].split("\t") == [
        "ann@example.org", "pending", "weekly on friday", "en",
        "committees: Digitale Zaken; ministries: BZK; chambers: TK; keywords: algoritme, AI; "
        "without milestones"]
    assert listing[2].split("\t")[:2] == ["bob@example.org", "active"]
    assert "ann@example.org: removed" in cli("subscriptions", "remove", "ann@example.org").output
    assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
    cli("subscriptions", "remove", "ann@example.org", expect=1)
    assert cli("subscriptions", "list", "--status", "active").output.splitlines()[1].startswith(
        "bob@")


def test_invalid_addresses_are_refused_with_the_reason(cli):
    result = cli("subscriptions", "add", "niet-geldig", expect=1)
    assert "niet-geldig:" in result.output and "@" in result.output


def test_reminder_and_mail_settings_are_validated():
    assert Settings.from_env({"TRACKER_REMINDER_DAYS": "7, 30,14"}).reminder_offsets == (
        30, 14, 7)
    for bad in ("", "zeven", "0", "7,-1"):
        with pytest.raises(ConfigError, match="TRACKER_REMINDER_DAYS"):
            Settings.from_env({"TRACKER_REMINDER_DAYS": bad})
    with pytest.raises(ConfigError, match="TRACKER_MAIL_MAX_ATTEMPTS"):
        Settings.from_env({"TRACKER_MAIL_MAX_ATTEMPTS": "0"})
    with pytest.raises(ConfigError, match="TRACKER_DIGEST_HOUR"):
        Settings.from_env({"TRACKER_DIGEST_HOUR": "24"})


def test_scheduler_runs_digests_at_seven_amsterdam_and_delivery_every_minute(settings):
    ids = {job.id for job in JOBS}
    assert {"notify-reminders", "notify-digests", "notify-outbox"} <= ids
    scheduler = build_scheduler(settings, None, BackgroundScheduler)
    scheduler.start(paused=True)
    try:
        digests = scheduler.get_job("notify-digests")
        fire = digests.trigger.get_next_fire_time(None, at("2026-11-23T06:59"))
        assert fire == at("2026-11-23T07:00")
        delivery = scheduler.get_job("notify-outbox")
        assert delivery.trigger.interval == timedelta(minutes=1)
    finally:
        scheduler.shutdown(wait=False)


def test_the_jobs_run_against_the_configured_database(settings, session, smtp):
    load_sample(session)
    subscriber(session, "job@example.org")
    session.commit()
    result = notify.digest_job(settings)  # real clock: whatever is due today
    assert result["subscribers"] == 1
    assert notify.delivery_job(settings) == {"sent": 0, "retrying": 0, "dead": 0, "bounced": 0}
    assert notify.reminder_job(settings)["subscribers"] == 0


# --- Two schedulers at once ------------------------------------------------------------------

@pytest.mark.postgres
@pytest.mark.skipif(not ON_POSTGRES, reason="row locks (SKIP LOCKED) need PostgreSQL; SQLite "
                    "has one writer and is covered by the single-scheduler tests")
def test_two_schedulers_at_once_deliver_each_message_exactly_once(session, settings, smtp,
                                                                  database_url):
    load_sample(session)
    addresses = [f"s{i:03d}@example.org" for i in range(120)]
    for address in addresses:
        subscriber(session, address)
    session.commit()
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []
    results: list[dict[str, int]] = []

    def scheduler_process() -> None:
        engine = make_engine(database_url)  # its own pool, its own connections
        sessions = make_sessionmaker(engine)
        try:
            now = at("2026-11-23T07:00")
            barrier.wait(timeout=30)  # both decide at once, in small batches …
            decided = notify.decide(sessions, settings, "digest", now, batch=10)
            barrier.wait(timeout=120)  # … then both deliver at once
            delivered = notify.deliver(sessions, settings, now, batch=5)
            results.append({**decided, **delivered})
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=scheduler_process) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors
    received = sorted(r for rcpts, _ in smtp.received for r in rcpts)
    assert received == addresses  # each one, once
    assert sum(r["queued"] for r in results) == 120
    assert sum(r["sent"] for r in results) == 120
    assert outbox.state_counts(session) == {"sent": 120}
    records = session.scalars(select(RemindersTold.stages)).all()
    assert len(records) == 120  # one a message …
    assert sum(len(stages.split("\n")) for stages in records) == 240  # … each of two stages


def test_a_sources_own_record_of_old_deadline_moves_is_not_mailed_as_news(
        session, sessions, settings, smtp):
    subscriber(session, "ek@example.org", chambers=["EK"], milestones=False)
    session.commit()
    digest_run(sessions, settings, "2026-11-23T07:00")
    # The Eerste Kamer page of T03670 arrives, with its "Historie" of two earlier moves.
    load_ek_sample(session, SAMPLE_DIR)
    session.commit()
    moves = session.scalars(select(HistoryEntry).where(HistoryEntry.field == "due")).all()
    assert len(moves) == 2 and all(m.changed_at.year < 2026 for m in moves)
    digest_run(sessions, settings, "2026-11-24T07:00")
    (message,) = smtp.messages
    text = text_of(message)
    assert "Nieuwe toezeggingen" in text and "T03670" in text
    assert "Gewijzigde termijnen" not in text
