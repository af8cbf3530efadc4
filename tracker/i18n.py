"""Dutch first, English available: locale choice and Babel's catalogues."""

from __future__ import annotations

from flask import Flask, g, request, session
from flask_babel import Babel, get_locale, get_translations

from .config import Settings

LANGUAGES = ("nl", "en")
TRANSLATIONS = "translations"


def init_app(app: Flask, settings: Settings) -> None:
    app.config["BABEL_DEFAULT_LOCALE"] = settings.default_language
    app.config["BABEL_DEFAULT_TIMEZONE"] = "Europe/Amsterdam"
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = TRANSLATIONS

    def select_locale() -> str:
        # ?lang=en switches and is remembered; until the reader picks, the configured language.
        # The browser's Accept-Language is not asked: a Dutch service read on an English-set
        # laptop (common in ministries) should still speak Dutch, as the operator chose.
        chosen = request.args.get("lang")
        if chosen in LANGUAGES:
            session["lang"] = chosen
            return chosen
        if session.get("lang") in LANGUAGES:
            return session["lang"]
        return settings.default_language

    Babel(app, locale_selector=select_locale)
    app.jinja_env.globals["get_locale"] = get_locale
    # Babel's template gettext looks the request's catalogue up anew for every string (some
    # 12 µs through its context proxies; a page says 30 to 50): here once per request.
    app.jinja_env.install_gettext_callables(
        gettext=lambda s: _catalogue().ugettext(s),
        ngettext=lambda s, p, n: _catalogue().ungettext(s, p, n),
        pgettext=lambda c, s: _catalogue().upgettext(c, s),
        npgettext=lambda c, s, p, n: _catalogue().unpgettext(c, s, p, n),
        newstyle=True)


def _catalogue():
    """The request's translations, as Babel chose them (the locale is settled per request;
    nothing here switches it mid-request with ``force_locale``)."""
    try:
        return g._tracker_catalogue
    except AttributeError:
        g._tracker_catalogue = catalogue = get_translations()
        return catalogue
