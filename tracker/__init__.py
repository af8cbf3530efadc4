"""Toezeggingen tracker: parliamentary commitments, deadlines and milestones."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from .config import PROJECT_ROOT, Settings

if TYPE_CHECKING:  # (Flask itself is imported by the app alone: the command line starts faster)
    from flask import Flask


def create_app(settings: Settings | None = None) -> Flask:
    """The web application; settings come from TRACKER_* unless given (tests give them)."""
    from flask import Flask

    from . import i18n, web

    settings = settings or Settings.from_env()
    app = Flask(
        __name__,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
        instance_path=str(settings.instance_dir),
    )
    https = settings.base_url.startswith("https://")
    app.config.update(
        SECRET_KEY=settings.resolved_secret_key(),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=https,
        PREFERRED_URL_SCHEME="https" if https else "http",
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        # Set, not defaulted: Flask defines it already (31 days), so a setdefault never took.
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.session_hours),
    )
    i18n.init_app(app, settings)
    web.init_app(app, settings)
    return app
