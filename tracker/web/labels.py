"""The words for codes (statuses, precisions, kinds, history fields), once per language.

Templates show these on every row; translating them once per language and process instead of
on every use keeps a 25-row list from making hundreds of catalogue look-ups.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from flask_babel import format_date, get_locale, gettext

from .. import wording
from ..messages import translations

_CACHE: dict[str, dict[str, dict[str, str]]] = {}


def _build(_: Callable[[str], str]) -> dict[str, dict[str, str]]:
    return {
        "status": {
            "open": _("Openstaand"), "partially_fulfilled": _("Deels voldaan"),
            "fulfilled": _("Voldaan"), "lapsed": _("Vervallen"), "unknown": _("Onbekend"),
            "candidate": _("Kandidaat"), "rejected": _("Afgewezen")},
        "precision": {
            "day": _("dag"), "month": _("maand"), "quarter": _("kwartaal"),
            "half": _("halfjaar"), "year": _("jaar"), "season": _("parlementaire kalender"),
            "relative": _("termijn"), "vague": _("vaag"), "conditional": _("voorwaardelijk"),
            "none": _("geen")},
        "kind": {"commitment": _("toezegging"), "request": _("verzoek"),
                 "milestone": _("mijlpaal")},
        "kinds_plural": {"commitment": _("Toezeggingen"), "request": _("Verzoeken"),
                         "milestone": _("Mijlpalen")},
        "field": {
            "status": _("status"), "status_raw": _("status bij de bron"),
            "due": _("deadline"), "due_phrase": _("termijn in de tekst"),
            "due_precision": _("precisie"), "due_source": _("herkomst deadline"),
            "text": _("tekst"), "number": _("nummer"), "ministry": _("ministerie"),
            "committee": _("commissie"), "actor": _("bewindspersoon"), "chamber": _("Kamer"),
            "made_on": _("gedaan op"), "kind": _("soort"),
            "withdrawn": _("ingetrokken bij de bron"), "fulfilled_by": _("nagekomen met"),
            "proposed_fulfilment": _("voorgestelde nakoming"),
            "rejected_fulfilment": _("afgewezen nakoming"), "date": _("datum"),
            "original_date": _("oorspronkelijke datum"), "amended_by": _("gewijzigd door"),
            "basis": _("grondslag"), "title_nl": _("titel (NL)"), "title_en": _("titel (EN)"),
            "repeats": _("herhaalt"), "supplements": _("vult aan"), "amends": _("wijzigt"),
            "related": _("hangt samen met"), "related_proposed": _("voorgesteld verband"),
            "related_rejected": _("afgewezen verband")},
        # A link read from its own side ("herhaalt T01234") and from the other ("herhaald door").
        "relation": {"repeats": _("herhaalt"), "supplements": _("vult aan"),
                     "amends": _("wijzigt"), "related": _("hangt samen met")},
        "relation_in": {"repeats": _("herhaald door"), "supplements": _("aangevuld door"),
                        "amends": _("gewijzigd door"), "related": _("hangt samen met")},
        "actor": {"sync": _("bron"), "rule": _("regel"), "user": _("griffie"),
                  "load": _("geladen"), "extraction": _("extractie")},
        "due_source": {"source": _("opgegeven door de bron"), "text": _("afgeleid uit de tekst"),
                       "manual": _("vastgelegd door de griffie")},
        "words": {"late": _("%(days)s dagen te laat"), "late_one": _("1 dag te laat"),
                  "conditional": _("voorwaardelijk"),
                  "no_deadline": _("geen termijn"), "no_number": _("zonder nummer"),
                  "withdrawn": _("ingetrokken"),
                  "manual_phrase": _("vastgelegd door de griffie; de tekst zei “%(phrase)s”")},
        "yes_no": {True: _("ja"), False: _("nee")},
        "chamber": {"TK": _("Tweede Kamer"), "EK": _("Eerste Kamer")},
        "role": {"viewer": _("lezer"), "clerk": _("griffier"), "admin": _("beheerder")},
        "mail_kind": {"confirm": _("bevestiging van aanmelding"),
                      "manage": _("link naar de instellingen"), "digest": _("overzicht"),
                      "reminder": _("herinnering")},
        # the audit log's actions (accounts.audit) and the words of their details
        "audit_action": {
            "candidate_confirmed": _("kandidaat bevestigd"),
            "candidate_rejected": _("kandidaat afgewezen"),
            "status_changed": _("status gewijzigd"), "deadline_set": _("deadline vastgelegd"),
            "fulfilment_linked": _("nakoming gekoppeld"),
            "fulfilment_proposed": _("nakoming voorgesteld"),
            "fulfilment_confirmed": _("nakoming bevestigd"),
            "fulfilment_rejected": _("nakoming afgewezen"),
            "fulfilment_undone": _("nakoming ongedaan gemaakt"),
            "login": _("ingelogd"), "login_failed": _("inloggen mislukt"),
            "logout": _("uitgelogd"), "user_added": _("gebruiker toegevoegd"),
            "user_changed": _("gebruiker gewijzigd"), "password_set": _("wachtwoord ingesteld"),
            "feed_added": _("feed toegevoegd"), "feed_updated": _("feed gewijzigd"),
            "source_enabled": _("bron aangezet"), "source_disabled": _("bron uitgezet"),
            "recess_saved": _("reces opgeslagen"), "recess_deleted": _("reces verwijderd"),
            "mail_retried": _("e-mail opnieuw in de wachtrij")},
        "audit_detail": {
            "email": _("e-mailadres"), "role": _("rol"), "active": _("actief"),
            "name": _("naam"), "old": _("van"), "new": _("naar"), "document": _("document"),
            "status": _("status"), "key": _("bron"), "url": _("adres"),
            "last_day": _("laatste dag"), "certainty": _("zekerheid"), "kind": _("soort"),
            "inserted": _("toegevoegd"), "updated": _("bijgewerkt"),
            "unchanged": _("ongewijzigd"), "outcome": _("uitkomst")},
        "source_kind": {"tk": _("open data van de Tweede Kamer"),
                        "ek": _("registerpagina's van de Eerste Kamer"),
                        "koop": _("Kamerstukken van officielebekendmakingen.nl"),
                        "feed": _("RSS- of Atom-feed"), "sample": _("voorbeeldgegevens"),
                        "manual": _("met de hand"), "extraction": _("gevonden in documenten")},
    }


def for_language(language: str) -> dict[str, dict[str, str]]:
    """All code labels in ``language`` (nl or en), also outside a request (the CLI's exports)."""
    if language not in _CACHE:
        _CACHE[language] = _build(translations(language).gettext)
    return _CACHE[language]


def labels() -> dict[str, dict[str, str]]:
    """All code labels in the request's language."""
    return for_language(str(get_locale()))


# Words for what the tables keep as codes, keys or English (tracker/wording.py), in the
# request's language.

def _language() -> str:
    return str(get_locale())


def day_words(iso: str) -> str:
    try:
        return format_date(date.fromisoformat(iso), "d MMMM y")
    except ValueError:
        return iso


def actor_name(kind: str, name: str | None) -> str:
    return wording.actor_name(kind, name, gettext)


def reason_words(text: str | None) -> str:
    return wording.reason(text, gettext, day_words)


_DAY_AT_END = re.compile(r"\((\d{4}-\d\d-\d\d)\)$")


def activity_words(label: str | None) -> str:
    """Where a promise was made, its day written for the reader: "Commissiedebat – Digitale
    overheid (12 maart 2025)" (stored "… (2025-03-12)", services/tweedekamer.py)."""
    return _DAY_AT_END.sub(lambda m: f"({day_words(m[1])})", label or "")


def mail_error(text: str | None) -> str:
    return wording.mail_error(text, gettext)


def reference_words(value: str | None) -> tuple[str, str | None]:
    return wording.reference(value, _language())


def legal(text: str | None) -> str:
    return wording.legal(text, _language())


def source_label(source) -> str:
    """A Source row (or anything with ``key`` and ``name``) in words."""
    return wording.source_name(source.key, source.name, gettext)


def template_globals() -> dict:
    from .filters import readable_errors

    return {"readable_errors": readable_errors, "actor_name": actor_name,
            "reason_words": reason_words, "reference_words": reference_words, "legal": legal,
            "source_label": source_label,
            "ministry_short": wording.ministry_short, "is_guid": wording.is_guid,
            "mail_period": mail_period, "mail_error": mail_error,
            "activity_words": activity_words,
            "doc_number": doc_number, "doc_name": doc_name, "wording_subject": wording.subject}


_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
_TEN_MINUTES = re.compile(r"^\w+:(\d{4}-\d\d-\d\d)T(\d\d):(\d)$")


def mail_period(period: str) -> str:
    """An outbox message's period in words: its day, its ISO week, or the ten minutes a
    confirmation or a link was asked in ("confirm:2026-12-05T20:5")."""
    try:
        if m := _WEEK.match(period):
            return gettext("week %(week)s van %(year)s", week=int(m[2]), year=m[1])
        if m := _TEN_MINUTES.match(period):
            return f"{day_words(m[1])}, {m[2]}:{m[3]}0"
    except ValueError:
        return period
    return day_words(period)


def doc_number(document) -> str | None:
    """The number people cite a document by (2025D33508, kst-26643-1056), if it has one; a
    source's internal key (a GUID, a feed entry's id) is not one."""
    return document.number or document.identifier


def doc_name(document) -> str:
    """A document in words: its title, else its number."""
    return document.title or doc_number(document) or gettext("document zonder titel")
