"""Dutch first, English available: locale choice and Babel's catalogues."""

from __future__ import annotations

from flask import Flask, request, session
from flask_babel import Babel, get_locale

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
