"""The web layer: blueprints own the request's transaction; nothing here sends mail."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app, g
from flask_babel import format_date
from flask_wtf import CSRFProtect
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ..config import Settings
from ..db import make_engine, make_sessionmaker

csrf = CSRFProtect()


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]


def init_app(app: Flask, settings: Settings) -> None:
    engine = make_engine(settings.database_url)  # lazy: connects on first use
    app.extensions["tracker"] = Runtime(settings, engine, make_sessionmaker(engine))
    csrf.init_app(app)
    app.teardown_appcontext(_close_session)
    app.after_request(_security_headers)
    app.add_template_filter(_nl_date, "date")

    from . import dashboard, subscriptions

    app.register_blueprint(dashboard.bp)
    app.register_blueprint(subscriptions.bp)


def runtime() -> Runtime:
    return current_app.extensions["tracker"]


def db() -> Session:
    """The request's session; the view commits what it changes."""
    if "db_session" not in g:
        g.db_session = runtime().sessions()
    return g.db_session


def _close_session(_exc: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


def _security_headers(response):
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    )
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def _nl_date(value, format: str = "d MMMM y") -> str:
    return format_date(value, format) if value else ""
