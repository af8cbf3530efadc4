"""Words for people where the data holds codes, keys or English.

The tables keep codes (source keys, actor kinds, reasons written by the importers and the
extraction, the AI Act catalogue's English citations); pages, feeds, calendars and mails show
these words instead, in the reader's language. Pure: each function takes the ``gettext`` of
the reader's language (Flask-Babel's on the web, ``messages.translations`` in mail), so the
words are in the one catalogue with the rest of the interface.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Gettext = Callable[[str], str]

# The AI Act catalogue cites in English (the Official Journal's English edition); Dutch readers
# get the Dutch edition's words. Longest first.
_LEGAL_NL = (
    ("Regulation (EU)", "Verordening (EU)"),
    ("Reg. ", "Verordening "),
    (" as amended", " (gewijzigd)"),
    ("new points", "nieuwe onderdelen"),
)


def legal(text: str | None, language: str) -> str:
    """A regulation's name or an article reference in the reader's language."""
    text = text or ""
    if language == "en":
        return text
    for english, dutch in _LEGAL_NL:
        text = text.replace(english, dutch)
    return text


# The names people use for the acts in the catalogue.
_ACT_SHORT = {
    "Regulation (EU) 2024/1689": {"nl": "AI-verordening", "en": "AI Act"},
    "Regulation (EU) 2026/1744": {"nl": "Digital Omnibus", "en": "Digital Omnibus"},
}


def act_short(name: str | None, language: str) -> str | None:
    """"AI-verordening" for Regulation (EU) 2024/1689; None for an act without a short name."""
    return _ACT_SHORT.get((name or "").strip(), {}).get(language)


# The ministries' own short names (rijksoverheid.nl), by the names the sources give.
MINISTRY_SHORT = {
    "Algemene Zaken": "AZ",
    "Asiel en Migratie": "AenM",
    "Binnenlandse Zaken en Koninkrijksrelaties": "BZK",
    "Buitenlandse Handel en Ontwikkelingshulp": "BHO",
    "Buitenlandse Zaken": "BZ",
    "Defensie": "Def",
    "Economische Zaken": "EZ",
    "Economische Zaken en Klimaat": "EZK",
    "Financiën": "Fin",
    "Infrastructuur en Waterstaat": "IenW",
    "Justitie en Veiligheid": "JenV",
    "Klimaat en Groene Groei": "KGG",
    "Landbouw, Natuur en Voedselkwaliteit": "LNV",
    "Landbouw, Visserij, Voedselzekerheid en Natuur": "LVVN",
    "Onderwijs, Cultuur en Wetenschap": "OCW",
    "Sociale Zaken en Werkgelegenheid": "SZW",
    "Volksgezondheid, Welzijn en Sport": "VWS",
    "Volkshuisvesting en Ruimtelijke Ordening": "VRO",
}
_MINISTRY_PREFIX = re.compile(r"^(?:het\s+)?(?:ministerie|minister)\s+(?:van|voor)\s+", re.I)


def ministry_short(name: str | None) -> str:
    """"BZK" for "Binnenlandse Zaken en Koninkrijksrelaties" (or "ministerie van …"); a name
    not in the list is given as it is."""
    name = _MINISTRY_PREFIX.sub("", (name or "").strip())
    return MINISTRY_SHORT.get(name, name)


def source_name(key: str | None, stored: str | None, _: Gettext) -> str:
    """What a source is called: the tracker's own sources by what people know them as, a feed
    by the name its administrator gave it."""
    names = {
        "tk": _("Tweede Kamer"),
        "ek": _("Eerste Kamer"),
        "koop": _("officielebekendmakingen.nl"),
        "extraction": _("gevonden in documenten"),
        "sample": _("voorbeeldgegevens"),
        "bestanden": _("ingelezen bestanden"),
    }
    return names.get(key or "", stored or key or "")


def actor_name(kind: str, name: str | None, _: Gettext) -> str:
    """Who or what made a change, in words: the source that reported it, the tracker's reading
    of a document, its catalogue, a rule, or the clerks."""
    if kind == "sync":
        return {"tk": _("Tweede Kamer"), "ek": _("Eerste Kamer"),
                "koop": _("officielebekendmakingen.nl")}.get(name or "", _("bron"))
    return {
        "extraction": _("tekstherkenning van de tracker"),
        "load": _("gegevens van de tracker"),
        "rule": _("regel van de tracker"),
        "user": _("griffie"),
    }.get(kind, _("de tracker"))


_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_ACT = re.compile(r"^(?:Regulation|Reg\.|Directive|Verordening|Richtlijn)\b")
_FILE = re.compile(r"[/\\]|\.(?:html?|xml|json|txt|csv)$", re.I)


def is_guid(value: str | None) -> bool:
    """A source's internal key (the SyncFeed's entity ids): never something to show a person."""
    return bool(_GUID.match((value or "").strip()))


def reference(value: str | None, language: str) -> tuple[str, str | None]:
    """A history row's reference as (words, link): a web address becomes a link to the source
    (its text left to the caller), an act its name, a document its number; internal keys (a
    GUID, a file the sample was read from) are not shown: ("", None)."""
    value = (value or "").strip()
    if value.startswith(("http://", "https://")):
        return "", value
    if _ACT.match(value):
        return legal(value, language), None
    if not value or is_guid(value) or _FILE.search(value):
        return "", None
    return value, None


def _kept_on(match: re.Match, _: Gettext, day: Callable[[str], str]) -> str:
    return _("het document zegt een toezegging van %(date)s na te komen; gedeelde woorden: "
             "%(words)s") % {"date": day(match["date"]), "words": match["words"]}


def _rejected(match: re.Match, _: Gettext) -> str:
    why = {"not a commitment": _("geen toezegging"),
           "already registered": _("al geregistreerd als toezegging"),
           "duplicate": _("dubbel"), "other": _("anders")}[match["why"]]
    return f"{why}: {match['note']}" if match["note"] else why


# Reasons the importers, the extraction and the catalogue write (in English, as codes are):
# each pattern with its words. A clerk's own reason matches none and is shown as typed.
_REASONS: tuple[tuple[re.Pattern, Callable], ...] = (
    (re.compile(r"^(?:SyncFeed|registry page|source update)$"),
     lambda m, _, day: _("gewijzigd bij de bron")),
    (re.compile(r"^no longer named by the source$"),
     lambda m, _, day: _("niet meer genoemd door de bron")),
    (re.compile(r"^text extracted again$"),
     lambda m, _, day: _("tekst opnieuw gelezen")),
    (re.compile(r"^the sentence is no longer in the document text$"),
     lambda m, _, day: _("de zin staat niet meer in de tekst van het document")),
    (re.compile(r"^the document cites (?P<ref>\S+)$"),
     lambda m, _, day: _("het document noemt %(ref)s") % {"ref": m["ref"]}),
    (re.compile(r"^the document says it fulfils (?P<ref>\S+)$"),
     lambda m, _, day: _("het document zegt %(ref)s na te komen") % {"ref": m["ref"]}),
    (re.compile(r"^the document says it keeps a promise made on (?P<date>\d{4}-\d\d-\d\d); "
                r"in common: (?P<words>.*)$"), _kept_on),
    (re.compile(r"^amended$"), lambda m, _, day: _("gewijzigd")),
    # a clerk's rejection in the review queue, with the clerk's own note after the colon
    (re.compile(r"^(?P<why>not a commitment|already registered|duplicate|other)"
                r"(?::\s*(?P<note>.*))?$", re.S), lambda m, _, day: _rejected(m, _)),
    (re.compile(r"^same sentence in another copy of this paper$"),
     lambda m, _, day: _("dezelfde zin in een ander exemplaar van dit stuk")),
    (re.compile(r"^set when confirming$"), lambda m, _, day: _("vastgelegd bij het bevestigen")),
    (re.compile(r"^added by amendment$"), lambda m, _, day: _("toegevoegd bij een wijziging")),
    # a related promise proposed in the other chamber (services/related.py; before 5 December
    # 2026 these were stored in Dutch)
    (re.compile(r"^(?:the same document keeps both|hetzelfde document komt beide na): "
                r"(?P<document>.+)$"),
     lambda m, _, day: _("hetzelfde document komt beide na: %(document)s")
     % {"document": m["document"]}),
    (re.compile(r"^(?:same ministry; words in common|zelfde ministerie; gemeenschappelijke "
                r"woorden): (?P<words>.+)$"),
     lambda m, _, day: _("zelfde ministerie; gemeenschappelijke woorden: %(words)s")
     % {"words": m["words"]}),
)


# What a delivery run writes when a message did not go (mail.py, services/outbox.py), and the
# words for it (msgids of the catalogue); the server's or the system's own words after the
# colon stay as they were.
_MAIL_ERRORS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"^cannot reach (?P<server>\S+): (?P<detail>.*)$", re.S),
     "mailserver %(server)s niet bereikbaar: %(detail)s"),
    (re.compile(r"^SMTP session with (?P<server>\S+) failed: (?P<detail>.*)$", re.S),
     "gesprek met mailserver %(server)s mislukt: %(detail)s"),
    (re.compile(r"^server went away: (?P<detail>.*)$", re.S),
     "de mailserver verbrak de verbinding: %(detail)s"),
    (re.compile(r"^SMTP failure: (?P<detail>.*)$", re.S),
     "fout in het gesprek met de mailserver: %(detail)s"),
    (re.compile(r"^(?P<address>\S+@\S+) refused: (?P<detail>.*)$", re.S),
     "%(address)s geweigerd: %(detail)s"),
    (re.compile(r"^(?P<detail>[45]\d\d .*)$", re.S), "geweigerd door de mailserver: %(detail)s"),
)
# a message not sent because of its subscription's state ("subscription bounced")
_SUBSCRIPTION_STATE = re.compile(r"^subscription (pending|active|unsubscribed|bounced|removed)$")
_SUBSCRIPTION_WORDS = {"pending": "aanmelding nog niet bevestigd", "active": "abonnement actief",
                       "unsubscribed": "afgemeld", "bounced": "adres onbestelbaar",
                       "removed": "abonnement verwijderd"}


def mail_error(text: str | None, _: Gettext) -> str:
    """Why a message did not go, in words."""
    text = (text or "").strip()
    for pattern, words in _MAIL_ERRORS:
        m = pattern.match(text)
        if m:
            return _(words) % m.groupdict()
    m = _SUBSCRIPTION_STATE.match(text)
    return _(_SUBSCRIPTION_WORDS[m[1]]) if m else text


def reason(text: str | None, _: Gettext, day: Callable[[str], str] = str) -> str:
    """Why a change was made, in words; ``day`` writes a YYYY-MM-DD date for the reader."""
    text = (text or "").strip()
    for pattern, words in _REASONS:
        m = pattern.match(text)
        if m:
            return words(m, _, day)
    return text


# Where a toezegging's subject starts ("… te informeren over de inzet van AI bij gemeenten"),
# and the announcing words that open one without it ("De minister zegt toe (om) …").
_ABOUT = re.compile(r"\b(?:over|inzake|betreffende|omtrent|met betrekking tot)\s+", re.I)
_PROMISE = re.compile(
    r"^.*?\bzeg(?:t|gen)\b.*?\btoe\s+(?:(?:de|het|uw)\s+(?:Tweede\s+|Eerste\s+)?Kamer\s+)?"
    r"(?:om\s+|dat\s+)?", re.I)
_TO_PARLIAMENT = re.compile(r"^.{0,80}?\b(?:de|uw)\s+(?:Tweede\s+|Eerste\s+)?Kamer\s+", re.I)
_TAIL = re.compile(r"\s+(?:te\s+\w+|toe\s+te\s+\w+|te\s+doen\s+toekomen)$", re.I)
_ARTICLE = re.compile(r"^(?:de|het|een)\s+", re.I)
# a question's or a list's number before the sentence: "2. Bent u bereid …", "b) de minister …"
_NUMBERED = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|[-–•])\s+")


def subject(text: str | None, length: int = 70) -> str:
    """What a toezegging is about, short enough for a calendar title: the words after "over"
    up to the end of the clause, else the promise without its opening formula, clipped."""
    text = _NUMBERED.sub("", " ".join((text or "").split()), count=1)
    about = _ABOUT.search(text)
    if about:
        part = text[about.end():]
    else:
        part = _PROMISE.sub("", text, count=1)
        if part == text:  # "De minister zendt de Kamer de evaluatie van …"
            part = _TO_PARLIAMENT.sub("", text, count=1)
        part = re.sub(r"^te\s+", "", part, flags=re.I)
    part = re.split(r"[,;:.](?:\s|$)|\s+\(", part, maxsplit=1)[0]
    part = _ARTICLE.sub("", _TAIL.sub("", part)).strip() or text
    if len(part) > length:
        part = part[: length - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return part[:1].upper() + part[1:]
