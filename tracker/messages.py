"""The words of every e-mail: templates in ``templates/mail/`` in the subscriber's language.

``Composer`` turns a subscription (and a digest) into a ``Draft``: subject, text and HTML
parts, and the headers that go with them (Message-ID, List-Unsubscribe with its RFC 8058
one-click companion, Auto-Submitted). It renders; it does not send.
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from email.utils import make_msgid, parseaddr
from functools import cached_property
from typing import Any
from urllib.parse import urlencode, urlsplit

from babel.dates import format_date
from babel.support import NullTranslations, Translations
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import escape

from . import wording
from .config import PROJECT_ROOT, Settings
from .digest import SECTION_LIMIT, Digest, Filters, Summary, overdue_level
from .lifecycle import commitment_days_overdue
from .models import Subscription
from .tokens import make_token

TRANSLATIONS_DIR = PROJECT_ROOT / "tracker" / "translations"
# The subscriber pages; the web blueprint routes exactly these.
LINK_PATHS = {
    "confirm": "/abonnement/bevestigen/",
    "manage": "/abonnement/beheer/",
    "unsubscribe": "/abonnement/afmelden/",
}


@dataclass(frozen=True)
class Line:
    """One item of a digest, in words: what it is, why it is here, where to read more."""

    title: str
    reason: str
    url: str
    overdue: int  # weeks overdue (0: not overdue), for emphasis


@dataclass(frozen=True)
class Draft:
    subject: str
    text: str
    html: str | None
    headers: dict[str, str]


def chosen(subscription: Subscription) -> list[str]:
    """The subscription's settings in the subscriber's words, one line each: the opt-in mail
    repeats what is being confirmed."""
    t = translations(subscription.language)
    _, ngettext = t.gettext, t.ngettext
    f = Filters.from_json(subscription.filters)
    lines = []
    if f.commitments:
        parts = []
        if f.committees:
            parts.append(_("commissie: %(names)s") % {"names": _or(f.committees, _)})
        if f.ministries:
            parts.append(_("ministerie: %(names)s") % {"names": _or(f.ministries, _)})
        if f.chambers:
            chambers = [_("Tweede Kamer") if c == "TK" else _("Eerste Kamer") for c in f.chambers]
            parts.append(_("Kamer: %(names)s") % {"names": _or(chambers, _)})
        if f.statuses:
            words = {"open": _("Openstaand"), "partially_fulfilled": _("Deels voldaan"),
                     "fulfilled": _("Voldaan"), "lapsed": _("Vervallen"),
                     "unknown": _("Onbekend")}
            parts.append(_("status: %(names)s") % {
                "names": _or([words.get(v, v) for v in f.statuses], _)})
        if f.keywords:
            parts.append(ngettext("trefwoord: %(names)s", "trefwoorden: %(names)s",
                                  len(f.keywords)) % {
                "names": _or([f"‘{k}’" for k in f.keywords], _)})
        sources = [*(_("bron: %(name)s") % {"name": v} for v in f.sources),
                   *(_("soort: %(name)s") % {"name": v} for v in f.kinds)]
        lines.append(_("Toezeggingen: %(which)s") % {
            "which": "; ".join(parts + sources) if parts or sources else _("alle")})
    else:
        lines.append(_("Toezeggingen: geen"))
    lines.append(_("Mijlpalen van de AI-verordening: %(yes)s") % {
        "yes": _("ja") if f.milestones else _("nee")})
    days = [_("maandag"), _("dinsdag"), _("woensdag"), _("donderdag"), _("vrijdag"),
            _("zaterdag"), _("zondag")]
    how = {"daily": _("dagelijks"),
           "weekly": _("wekelijks, op %(day)s") % {"day": days[subscription.weekday]},
           "immediate": _("herinneringen direct, het overige nieuws dagelijks")}
    lines.append(_("Hoe vaak: %(how)s") % {
        "how": how.get(subscription.frequency, subscription.frequency)})
    lines.append(_("Taal: %(language)s") % {
        "language": "Nederlands" if subscription.language == "nl" else "English"})
    return lines


def _or(values, gettext) -> str:
    values = list(values)
    if len(values) < 2:
        return "".join(values)
    return gettext("%(some)s of %(last)s") % {"some": ", ".join(values[:-1]),
                                             "last": values[-1]}


@functools.cache
def translations(language: str) -> NullTranslations:
    if language == "nl":  # the source language
        return NullTranslations()
    return Translations.load(str(TRANSLATIONS_DIR), [language], domain="messages")


class Composer:
    def __init__(self, settings: Settings):
        self.base_url = settings.base_url.rstrip("/")
        # A link in a mail opens the site in the subscriber's language: where it is not the
        # site's own, the link says which (the site reads ?lang= and keeps it)
        self.default_language = settings.default_language
        self.secret = settings.resolved_secret_key()
        self.domain = parseaddr(settings.mail_from)[1].rpartition("@")[2] or "localhost"
        self._envs: dict[str, Environment] = {}
        # Digests share most of their items: each item's words are made once per language.
        self._words: dict[tuple, str] = {}
        # … and so are the parts of their sections (``_part``) and the words around those.
        self._parts: dict[tuple, tuple[str, str]] = {}
        self._frames: dict[tuple, tuple[str, str]] = {}
        self._summaries: dict[tuple, tuple[str, str]] = {}
        self._items: dict[tuple, tuple[str, str]] = {}
        self._bodies: OrderedDict[tuple, tuple[list[str], list[str]]] = OrderedDict()

    @cached_property
    def list_id(self) -> str:
        host = urlsplit(self.base_url).hostname or "localhost"
        return f"Toezeggingentracker <digest.{host}>"

    def path(self, purpose: str, subscription: Subscription) -> str:
        """The site path of a fresh signed link: /abonnement/afmelden/<token>, …"""
        token = make_token(self.secret, purpose, subscription.id, subscription.token_version)
        return f"{LINK_PATHS[purpose]}{token}"

    def link(self, purpose: str, subscription: Subscription) -> str:
        return self.base_url + self.path(purpose, subscription) + self.lang_query(
            subscription.language)

    def lang_query(self, language: str, joined: str = "?") -> str:
        """``?lang=en`` (or ``&…`` after other arguments) where ``language`` is not the
        site's default, else nothing."""
        return "" if language == self.default_language else f"{joined}lang={language}"

    def env(self, language: str) -> Environment:
        if language not in self._envs:
            env = Environment(
                loader=FileSystemLoader(str(PROJECT_ROOT / "templates")),
                autoescape=select_autoescape(["html"]),
                extensions=["jinja2.ext.i18n"],
                trim_blocks=True,
                lstrip_blocks=True,
                undefined=StrictUndefined,
                auto_reload=False,  # a Composer lives for one run; no stat() per message
            )
            env.install_gettext_translations(translations(language), newstyle=True)
            env.filters["date"] = functools.lru_cache(maxsize=4096)(
                lambda d, fmt="d MMMM y": format_date(
                    d if isinstance(d, date) else date.fromisoformat(d), fmt, locale=language)
                if d else "")
            env.globals["overdue_level"] = overdue_level
            env.globals["days_overdue"] = commitment_days_overdue
            env.filters["legal"] = lambda text: wording.legal(text, language)
            env.globals["source_name"] = lambda key: wording.source_name(
                key, None, translations(language).gettext)
            self._envs[language] = env
        return self._envs[language]

    def _word(self, language: str, macro: str, key: tuple, *args) -> str:
        cache_key = (language, macro, *key)
        if cache_key not in self._words:
            module = self._template(language, "mail/_macros.txt").module
            self._words[cache_key] = str(getattr(module, macro)(*args))
        return self._words[cache_key]

    def _item(self, language: str, item, today: date) -> tuple[str, str]:
        """An item's line as text and HTML, made once per language for what its words
        follow from (as ``_line`` keys them: a subject's key names its title for a run)."""
        subject = item.subject
        key = (language, today, item.section, subject.key, subject.due, item.stage, item.old,
               item.new, item.why)
        found = self._items.get(key)
        if found is None:
            line = self._line(language, item, today)
            found = self._items[key] = self._part(language, "item", (line,), line)
        return found

    def _part(self, language: str, macro: str, key: tuple, *args) -> tuple[str, str]:
        """A part of a digest's sections as text and as HTML (the macro of that name in
        ``mail/_macros.txt`` and ``mail/_macros.html``), made once per language and key."""
        cache_key = (language, "part", macro, *key)
        found = self._parts.get(cache_key)
        if found is None:
            text = self._template(language, "mail/_macros.txt").module
            html = self._template(language, "mail/_macros.html").module
            found = self._parts[cache_key] = (str(getattr(text, macro)(*args)),
                                              str(getattr(html, macro)(*args)))
        return found

    def _line(self, language: str, item, today: date) -> Line:
        subject = item.subject
        title = self._word(language, "title", (subject.key,), item, language)
        rule = self._word(language, "rule", (item.section, subject.key, subject.due, item.stage,
                                              item.old, item.new, today), item, today)
        why = self._word(language, "why", (item.why, subject.committee, subject.ministry), item)
        return Line(title, f"{rule} · {why}",
                    self.base_url + subject.path + self.lang_query(language),
                    overdue_level(item.stage))

    def _render(self, language: str, name: str, context: dict[str, Any]) -> tuple[str, str]:
        text = self._template(language, f"mail/{name}.txt").render(context)
        html = self._template(language, f"mail/{name}.html").render(context)
        return text, html

    @functools.cache  # noqa: B019  (one Composer per run or request)
    def _template(self, language: str, name: str):
        return self.env(language).get_template(name)

    def _headers(self, unsubscribe: str | None = None) -> dict[str, str]:
        headers = {"Message-ID": make_msgid(domain=self.domain),
                   "Auto-Submitted": "auto-generated"}
        if unsubscribe:
            headers.update({
                "List-Id": self.list_id,
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            })
        return headers

    def confirm(self, subscription: Subscription) -> Draft:
        """The double opt-in: one link that confirms (after a click on the page it opens)."""
        _ = translations(subscription.language).gettext
        context = {"confirm_url": self.link("confirm", subscription),
                   "base_url": self.base_url, "subscription": subscription,
                   "chosen": chosen(subscription)}
        text, html = self._render(subscription.language, "confirm", context)
        return Draft(_("Bevestig je aanmelding bij de Toezeggingentracker"), text, html,
                     self._headers())

    def manage(self, subscription: Subscription) -> Draft:
        """A fresh link to the settings page (asked for on the site, or on subscribing again)."""
        _ = translations(subscription.language).gettext
        context = {"manage_url": self.link("manage", subscription),
                   "unsubscribe_url": self.link("unsubscribe", subscription),
                   "base_url": self.base_url, "subscription": subscription}
        text, html = self._render(subscription.language, "manage", context)
        return Draft(_("Je instellingen bij de Toezeggingentracker"), text, html,
                     self._headers())

    def digest(self, subscription: Subscription, digest: Digest, *, kind: str,
               today: date) -> Draft:
        """A digest (kind ``digest``) or a reminders-only message (kind ``reminder``).

        Many subscribers get the same digest (the same filters, the same news): its words are
        rendered once per language and frequency, with stand-ins for the two links that are
        each subscriber's own (``Digest.signature`` says which digests are the same). The
        templates see of the subscriber only what the stand-in reader holds: its language and
        frequency; a template that needs more must add it to ``_Reader``.
        """
        reader = _Reader(subscription.language, subscription.frequency)
        title = self._title(reader, digest, kind, today)
        key = None if digest.signature is None else (reader, kind, today, digest.signature)
        bodies = self._bodies.get(key) if key is not None else None
        if bodies is None:
            bodies = self._digest_bodies(reader, digest, kind, today, title)
            if key is not None:
                self._bodies[key] = bodies
                if len(self._bodies) > BODIES_KEPT:
                    self._bodies.popitem(last=False)
        else:
            self._bodies.move_to_end(key)
        manage, unsubscribe = self.link("manage", subscription), \
            self.link("unsubscribe", subscription)
        text_parts, html_parts = bodies
        text = _joined(text_parts, manage, unsubscribe)
        html = _joined(html_parts, escape(manage), escape(unsubscribe))
        if digest.summary is not None and not digest.count:
            return Draft(title, text, html, self._headers(unsubscribe))
        points = translations(subscription.language).ngettext(
            "%(num)d punt", "%(num)d punten", digest.count) % {"num": digest.count}
        return Draft(f"{title} ({points})", text, html, self._headers(unsubscribe))

    def _title(self, reader: _Reader, digest: Digest, kind: str, today: date) -> str:
        """What a digest is, as its subject and its heading both say: a welcome, a monthly
        summary, reminders, a weekly or a daily digest."""
        _ = translations(reader.language).gettext
        day = self._day(today, reader.language)
        if digest.summary is not None and not digest.count:
            if digest.summary.occasion == "first":
                return _("Welkom bij de Toezeggingentracker: wat nu openstaat")
            return _("Maandoverzicht van de Toezeggingentracker, %(date)s") % {"date": day}
        if kind == "reminder":
            return _("Herinneringen van de Toezeggingentracker, %(date)s") % {"date": day}
        if reader.frequency == "weekly":
            return _("Weekoverzicht van de Toezeggingentracker, %(date)s") % {"date": day}
        return _("Dagoverzicht van de Toezeggingentracker, %(date)s") % {"date": day}

    def _digest_bodies(self, reader: _Reader, digest: Digest, kind: str,
                       today: date, title: str) -> tuple[list[str], list[str]]:
        """The text and HTML of a digest, cut where its subscriber's own links go.

        A body is its frame (``_frame``) with its sections in their place; a section is its
        heading, its lines and what it leaves out, each part made once per language (the
        macros ``section_start``, ``item`` and ``section_end``): the 1,638 different
        digests of a morning share some thousands of lines, not their sixty thousand."""
        language = reader.language
        text_parts: list[str] = []
        html_parts: list[str] = []
        for name, items in digest.ordered():
            more = max(0, len(items) - SECTION_LIMIT)
            parts = [self._part(language, "section_start", (name, len(items), reader.frequency),
                                name, len(items), reader)]
            parts += [self._item(language, item, today) for item in items[:SECTION_LIMIT]]
            home = f"{self.base_url}/{self.lang_query(language)}"
            parts.append(self._part(language, "section_end", (more, home), more, home))
            for text, html in parts:
                text_parts.append(text)
                html_parts.append(html)
        text, html = self._frame(reader, digest, kind, today, title)
        summary_text = summary_html = None
        if digest.summary is not None:
            summary_text, summary_html = self._summary(language, digest.summary, today)
        return (_split(_filled(text, "".join(text_parts), summary_text)),
                _split(_filled(html, "".join(html_parts), summary_html)))

    def _summary(self, language: str, summary: Summary, today: date) -> tuple[str, str]:
        """A summary's text and HTML: its heading and counts, its lines and its link to the
        list, each part made once per language (the macros ``summary_start``,
        ``summary_line`` and ``summary_end``): a first morning's summaries differ in their
        counts and their filters' list, and share most of their longest overdue."""
        key = (language, today, summary)
        found = self._summaries.get(key)
        if found is not None:
            return found
        url = (f"{self.base_url}/toezeggingen?{urlencode(summary.list_args)}"
               + self.lang_query(language, "&"))
        words = {"occasion": summary.occasion, "open": summary.open,
                 "overdue": summary.overdue, "lines": bool(summary.oldest),
                 "exact": summary.exact, "list_url": url}
        parts = [self._part(language, "summary_start", (summary.occasion, summary.open,
                                                        summary.overdue, bool(summary.oldest)),
                            words)]
        for item in summary.oldest:
            line = self._line(language, item, today)
            parts.append(self._part(language, "summary_line", (line,), line))
        parts.append(self._part(language, "summary_end",
                                (url, summary.exact, bool(summary.oldest)), words))
        found = self._summaries[key] = ("".join(text for text, _ in parts),
                                        "".join(html for _, html in parts))
        return found

    def _frame(self, reader: _Reader, digest: Digest, kind: str, today: date, title: str
               ) -> tuple[str, str]:
        """A digest's text and HTML around its sections, with stand-ins for them, for its
        summary and for the subscriber's links: the same for every digest of a language,
        frequency, kind and day with a summary, and for every one without, so each is
        rendered once."""
        key = (reader, kind, today, digest.summary is not None, title)
        found = self._frames.get(key)
        if found is None:
            context = {
                "subscription": reader, "kind": kind, "today": today, "sections": _SECTIONS,
                "title": title,
                "base_url": self.base_url, "manage_url": _MANAGE,
                "unsubscribe_url": _UNSUBSCRIBE,
                "summary": _SUMMARY if digest.summary is not None else None,
            }
            found = self._frames[key] = self._render(reader.language, "digest", context)
        return found

    @functools.cache  # noqa: B019  (one Composer per run or request)
    def _day(self, day: date, language: str) -> str:
        return format_date(day, "d MMMM y", locale=language)


@dataclass(frozen=True)
class _Reader:
    """What a digest's words depend on of its subscriber (see ``Composer.digest``)."""

    language: str
    frequency: str


# Stand-ins for a subscriber's own links in a shared digest body, and for the sections in a
# digest's frame: characters no template, title or URL of ours contains, and that HTML
# escaping leaves alone.
_MANAGE = "\u27e6manage-url\u27e7"
_UNSUBSCRIBE = "\u27e6unsubscribe-url\u27e7"
_SECTIONS = "\u27e6sections\u27e7"
_SUMMARY = "\u27e6summary\u27e7"
_STAND_IN = re.compile(f"({re.escape(_MANAGE)}|{re.escape(_UNSUBSCRIBE)})")


def _filled(frame: str, sections: str, summary: str | None = None) -> str:
    """The frame with the sections and the summary (None: the digest has none) in their
    place."""
    before, found, after = frame.partition(_SECTIONS)
    if not found or _SECTIONS in after:
        raise ValueError("the digest templates must show sections once, as they are")
    if summary is not None:
        head, found, tail = before.partition(_SUMMARY)
        if not found or _SUMMARY in tail:
            raise ValueError("the digest templates must show a summary once, before the "
                             "sections, as it is")
        before = head + summary + tail
    return before + sections + after


def _split(body: str) -> list[str]:
    """A body cut at its stand-ins: text, stand-in, text, … (to join with one copy)."""
    parts = _STAND_IN.split(body)
    if _MANAGE not in parts or _UNSUBSCRIBE not in parts:
        raise ValueError("the digest templates must show manage_url and unsubscribe_url as "
                         "they are")
    return parts


def _joined(parts: list[str], manage: str, unsubscribe: str) -> str:
    links = {_MANAGE: manage, _UNSUBSCRIBE: unsubscribe}
    return "".join([links.get(part, part) if n % 2 else part for n, part in enumerate(parts)])


# Digest bodies kept for reuse in a run (a body is some tens of kB; subscribers with the same
# digest mostly follow each other closely enough).
BODIES_KEPT = 1024
