"""The web layer: blueprints own the request's transaction; nothing here sends mail."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from babel import dates as babel_dates
from flask import Flask, abort, current_app, g, jsonify, render_template, request, url_for
from flask_babel import format_date, format_datetime, get_locale
from flask_babel import gettext as _
from flask_wtf import CSRFProtect
from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.routing import IntegerConverter

from scrapers.text import web_url

from ..config import Settings
from ..db import database_problem, describe_error, make_engine, make_sessionmaker
from ..lifecycle import commitment_days_overdue

csrf = CSRFProtect()

# Every request's input is bounded before any view runs (issue 15): at most MAX_FIELDS
# parameters of at most MAX_VALUES values each, each value at most MAX_QUERY_VALUE (URL) or
# MAX_FORM_VALUE (form) characters, and no NUL byte (PostgreSQL refuses it in text, and no
# form needs it). Views bound what they split further (e.g. comma lists) themselves.
MAX_FIELDS = 200
MAX_VALUES = 50
MAX_NAME = 100
MAX_QUERY_VALUE = 2000
MAX_FORM_VALUE = 10_000
# Ids in paths (<int:…>) beyond a 32-bit integer name nothing: a 404, not a database error.
MAX_ID = 2**31 - 1


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]


class _Id(IntegerConverter):
    def __init__(self, url_map, *args, **kwargs) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def init_app(app: Flask, settings: Settings) -> None:
    engine = make_engine(settings.database_url)  # lazy: connects on first use
    _track_writes(engine)
    app.extensions["tracker"] = Runtime(settings, engine, make_sessionmaker(engine))
    app.url_map.converters["int"] = _Id
    app.before_request(_bounded_input)  # before the CSRF check and any view
    csrf.init_app(app)
    app.teardown_appcontext(_close_session)
    app.after_request(_security_headers)
    app.add_template_filter(_nl_date, "date")
    app.add_template_filter(_iso_date, "isodate")
    app.add_template_filter(_moment, "moment")
    app.add_template_filter(_printable, "printable")
    app.add_template_filter(web_url, "web_url")  # the one test of a link a page shows
    app.jinja_env.globals["lang_url"] = _lang_url
    app.jinja_env.globals["public_url"] = public_url
    app.jinja_env.globals["version_token"] = version_token
    # "N days overdue" on every page comes from the one definition (tracker.lifecycle).
    app.jinja_env.globals["days_overdue"] = commitment_days_overdue

    from . import (
        admin,
        api,
        auth,
        commitments,
        dashboard,
        documents,
        feeds,
        labels,
        milestones,
        operations,
        queue,
        rappel,
        review,
        rows,
        subscriptions,
    )

    app.jinja_env.globals["labels"] = labels.labels
    app.jinja_env.globals["commitment_row_cached"] = rows.commitment_row_cached
    app.jinja_env.globals.update(labels.template_globals())
    auth.init_app(app)
    for module in (dashboard, auth, commitments, review, queue, documents, milestones, feeds,
                   rappel, admin, operations, api, subscriptions):
        app.register_blueprint(module.bp)
    app.register_error_handler(DBAPIError, _database_error)
    app.register_error_handler(403, _error_page)
    app.register_error_handler(404, _error_page)
    app.register_error_handler(400, _error_page)


def runtime() -> Runtime:
    return current_app.extensions["tracker"]


def db() -> Session:
    """The request's session; the view commits what it changes."""
    if "db_session" not in g:
        g.db_session = runtime().sessions()
    return g.db_session


def public_url(endpoint: str, **values) -> str:
    """An absolute link for feeds, exports and the API: on TRACKER_BASE_URL, not the Host header
    of whoever asked (links in a calendar must work for every subscriber)."""
    return runtime().settings.base_url.rstrip("/") + url_for(endpoint, **values)


def version_token(commitment) -> str:
    """The version token of a clerk form about ``commitment`` (once per request and version)."""
    from ..services.concurrency import token

    cache = g.setdefault("version_tokens", {})
    key = (commitment.id, commitment.version)
    if key not in cache:
        cache[key] = token(db(), commitment)
    return cache[key]


def _close_session(exc: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is None:
        return
    try:
        if exc is None and _wrote_nothing(session):
            session.commit()
    finally:
        session.close()  # rolls back whatever was not committed


def _wrote_nothing(session: Session) -> bool:
    """On PostgreSQL: whether the request's open transaction only read, so committing it is
    the same as rolling it back. psycopg forgets its prepared statements on every ROLLBACK
    (and sends DEALLOCATE ALL), so a page that only read would otherwise plan each of its
    queries afresh on every request: 0.7 ms of the 1.0 ms a promise's main query took."""
    if (session.bind is None or session.bind.dialect.name != "postgresql"
            or not session.in_transaction() or session.new or session.dirty
            or session.deleted):
        return False
    return not session.connection().info.get(_WROTE, True)


# Whether the connection's transaction sent anything but a SELECT (kept in its info, reset when
# a transaction begins). Asking the server (txid_current_if_assigned) would be exact, but costs
# a round trip; anything that is not a plain SELECT counts as a write, and is rolled back.
_WROTE = "tracker_wrote"


def _track_writes(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        return

    @event.listens_for(engine, "begin")
    def _begun(conn) -> None:
        conn.info[_WROTE] = False

    @event.listens_for(engine, "before_cursor_execute")
    def _sent(conn, _cursor, statement: str, _parameters, _context, _executemany) -> None:
        if statement.lstrip()[:6].upper() != "SELECT" or "FOR UPDATE" in statement:
            conn.info[_WROTE] = True


def _security_headers(response):
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    )
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def _bounded_input():
    problem = _input_problem(request.args, MAX_QUERY_VALUE) or _input_problem(
        request.form, MAX_FORM_VALUE)
    if problem is None:
        return None
    if request.path.startswith("/api/"):
        return jsonify(error="invalid request", details={"request": problem}), 400
    abort(400, description=problem)


def _input_problem(values, longest: int) -> str | None:
    if len(values) > MAX_FIELDS:
        return _("Ongeldig verzoek: te veel velden (hoogstens %(num)d).", num=MAX_FIELDS)
    for name in values:
        items = values.getlist(name)
        shown = name[:40]
        if len(name) > MAX_NAME or len(items) > MAX_VALUES:
            return _("Ongeldig verzoek: te veel waarden voor %(name)s (hoogstens %(num)d).",
                     name=shown, num=MAX_VALUES)
        for item in (name, *items):
            if "\x00" in item:
                return _("Ongeldig verzoek: %(name)s bevat een NUL-teken.",
                         name=shown.replace("\x00", "") or "?")
            if len(item) > longest:
                return _("Ongeldig verzoek: %(name)s is langer dan %(num)d tekens.", name=shown,
                         num=longest)
    return None


def _database_problems() -> dict[str, str]:
    return {
        "read_only": _("De database kan op dit moment alleen gelezen worden; er is niets "
                       "opgeslagen. Probeer het later opnieuw."),
        "full": _("De schijf van de database is vol; er is niets opgeslagen. Probeer het later "
                  "opnieuw."),
        "locked": _("De database is even bezet; er is niets opgeslagen. Probeer het zo "
                    "opnieuw."),
        "unmigrated": _("De database is nog niet bijgewerkt voor deze versie. Beheerder: voer "
                        "`tracker db upgrade` uit."),
        "unavailable": _("De database is niet bereikbaar. Probeer het later opnieuw."),
    }


def _database_error(exc: DBAPIError):
    """A database problem someone can act on: the error page saying which (503), one line in
    the log (no SQL, no values); anything else is a bug and stays a 500."""
    problem = database_problem(exc)
    if problem is None:
        raise exc
    session = g.get("db_session")
    if session is not None:
        session.rollback()
    g.user = None  # the page must not ask the database who is signed in
    line = describe_error(exc, runtime().settings.database_url)
    current_app.logger.error("%s %s: %s", request.method, request.path, line)
    headers = {"Retry-After": "60"} if problem in ("locked", "unavailable") else {}
    if request.path.startswith("/api/"):
        return jsonify(error="database unavailable", detail=line.split(": ", 1)[1]), 503, \
            headers
    return render_template("error.html", code=503,
                           message=_database_problems()[problem]), 503, headers


def _error_page(exc):
    # Werkzeug's own descriptions are English; only a description the tracker gave is shown.
    message = exc.description if exc.description != type(exc).description else None
    return render_template("error.html", code=exc.code, message=message), exc.code


def _nl_date(value, format: str = "d MMMM y") -> str:
    if not value:
        return ""
    if type(value) is date:  # a day has no time zone: its words depend on the language only
        return _day_words(value, format, str(get_locale()))
    return format_date(value, format)


# A PDF's bullets in a symbol font's private-use code points (Symbol's U+F0B7, Wingdings'
# square, diamond, arrowhead and tick), which every browser shows as an empty box: the same
# marks, one character for one, so that offsets into the text still hold.
_SYMBOL_FONT = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "❖", "\uf0d8": "➢",
                              "\uf0fc": "✓"})


def _printable(text: str | None) -> str:
    return (text or "").translate(_SYMBOL_FONT)


def _moment(value) -> str:
    """A moment for people: day and time in Amsterdam, "5 december 2026, 21:01"."""
    return format_datetime(value, "d MMMM y, HH:mm") if value else ""


@functools.lru_cache(maxsize=8192)
def _day_words(day: date, format: str, language: str) -> str:
    """A list shows hundreds of deadlines, most on days it has shown before."""
    return babel_dates.format_date(day, format, locale=language)


def _iso_date(value: str) -> str:
    """A YYYY-MM-DD string (as the history table keeps dates) in the reader's language."""
    try:
        return format_date(date.fromisoformat(value), "d MMMM y")
    except (TypeError, ValueError):
        return value


def _lang_url(language: str) -> str:
    """This page in another language, keeping its filters."""
    args = request.args.copy()
    args["lang"] = language
    if request.endpoint is None:
        return f"?lang={language}"
    return url_for(request.endpoint, **(request.view_args or {}), **args.to_dict(flat=False))
