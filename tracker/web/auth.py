"""Logging in and out, who the request's user is, and what their role lets them do."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import get_locale, ngettext
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeSerializer

from ..models import User
from ..services import accounts
from . import db, runtime

bp = Blueprint("auth", __name__)

# Reachable without an account even when public reading is off. Subscribers have no account:
# subscribing, confirming, managing and leaving (also RFC 8058's one-click POST) stay open,
# authorised by their signed links, so nobody is kept on a list by a login page.
OPEN_ENDPOINTS = {"auth.login", "static", "dashboard.health"}
OPEN_BLUEPRINTS = {"subscriptions"}
# What a calendar client or feed reader fetches on its own: a personal token in the URL
# stands in for the login session there (and only there) when public reading is off.
TOKEN_ENDPOINTS = {"feeds.calendar", "feeds.changes"}
FEED_TOKEN_SALT = "feed-token"


def client_ip() -> str:
    # Behind a proxy, configure it to set REMOTE_ADDR (e.g. werkzeug's ProxyFix); never trust
    # X-Forwarded-For from the client itself.
    return request.remote_addr or "unknown"


def _fingerprint(user: User) -> str:
    # Changes with the password hash, so a new password logs out every other session.
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def current_user() -> User | None:
    if "user" not in g:
        user = None
        uid = session.get("uid")
        if uid is not None:
            user = db().get(User, uid)
            if user is None or not user.active or session.get("fp") != _fingerprint(user):
                session.pop("uid", None)
                user = None
        if user is None and request.method == "GET" and _takes_token():
            user = _user_from_feed_token(request.args.get("token", ""))
        g.user = user
    return g.user


def _takes_token() -> bool:
    endpoint = request.endpoint or ""
    return endpoint in TOKEN_ENDPOINTS or endpoint.startswith("api.")


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.secret_key, salt=FEED_TOKEN_SALT)


def feed_token(user: User) -> str:
    """A personal, long-lived token for calendar and feed URLs. A new password or a blocked
    account revokes it (it carries the password fingerprint)."""
    return _serializer().dumps({"u": user.id, "fp": _fingerprint(user)})


def _user_from_feed_token(token: str) -> User | None:
    if not token:
        return None
    try:
        data = _serializer().loads(token)
    except BadSignature:
        return None
    user = db().get(User, data.get("u")) if isinstance(data, dict) else None
    if user is None or not user.active or data.get("fp") != _fingerprint(user):
        return None
    return user


def feed_args() -> dict[str, str]:
    """What a feed or calendar link needs so that a client without the reader's session (a
    calendar app, a feed reader) gets what the reader sees: the language they chose (a
    calendar app subscribing from the English list got the Dutch calendar) and their token
    when reading is not public."""
    args = {}
    language = str(get_locale())
    if language != runtime().settings.default_language:
        args["lang"] = language
    user = current_user()
    if not runtime().settings.public_read and user is not None:
        args["token"] = feed_token(user)
    return args


def has_role(role: str) -> bool:
    user = current_user()
    return user is not None and user.has_role(role)


def role_required(role: str) -> Callable:
    """Only users of ``role`` or above; others go to the login page (or get 403)."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):
            if current_user() is None:
                return _to_login()
            if not has_role(role):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorate


def _to_login():
    if request.path.startswith("/api/"):
        return jsonify(error="authentication required"), 401
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def _guard_private_reading():
    if runtime().settings.public_read or request.endpoint in OPEN_ENDPOINTS \
            or request.blueprint in OPEN_BLUEPRINTS:
        return None
    if current_user() is None:
        return _to_login()
    return None


def _safe_next(target: str | None) -> str:
    # Only a path on this site: never an absolute URL or //host (an open redirect).
    if target and target.startswith("/") and not target.startswith("//"):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return url_for("dashboard.index")


@bp.route("/inloggen", methods=["GET", "POST"])
def login():
    error = None
    status = 200
    headers: dict[str, str] = {}
    email = ""
    if request.method == "POST":
        email = request.form.get("email", "")
        result = accounts.authenticate(db(), email, request.form.get("password", ""),
                                       client_ip())
        if result.outcome == "ok":
            user = result.user
            accounts.audit(db(), user.email, "login", f"user:{user.id}", ip=client_ip())
            db().commit()
            language = session.get("lang")  # the reader's pick outlives the old session
            session.clear()  # no session fixation: a fresh session for the new login
            if language:
                session["lang"] = language
            session.permanent = True
            session["uid"], session["fp"] = user.id, _fingerprint(user)
            flash(_("U bent ingelogd als %(email)s.", email=user.email), "success")
            return redirect(_safe_next(request.args.get("next")))
        accounts.audit(db(), email.strip().lower()[:254] or "anonymous", "login_failed",
                       detail={"outcome": result.outcome}, ip=client_ip())
        db().commit()
        if result.outcome == "invalid":
            error = _("Onbekend e-mailadres of verkeerd wachtwoord.")
            status = 401
        else:
            error = _wait_message(result.wait)
            status = 429
            headers["Retry-After"] = str(result.wait)
    return render_template("auth/login.html", error=error, email=email), status, headers


def _wait_message(seconds: int) -> str:
    if seconds <= 90:
        return ngettext("Te veel mislukte pogingen. Probeer het over %(num)d seconde opnieuw.",
                        "Te veel mislukte pogingen. Probeer het over %(num)d seconden opnieuw.",
                        seconds)
    minutes = -(-seconds // 60)
    return ngettext("Te veel mislukte pogingen. Probeer het over %(num)d minuut opnieuw.",
                    "Te veel mislukte pogingen. Probeer het over %(num)d minuten opnieuw.",
                    minutes)


@bp.post("/uitloggen")
def logout():
    user = current_user()
    if user is not None:
        accounts.audit(db(), user.email, "logout", f"user:{user.id}", ip=client_ip())
        db().commit()
    language = session.get("lang")
    session.clear()
    if language:
        session["lang"] = language
    flash(_("U bent uitgelogd."), "success")
    return redirect(url_for("dashboard.index"))


def init_app(app) -> None:
    app.before_request(_guard_private_reading)
    app.jinja_env.globals.update(current_user=current_user, has_role=has_role,
                                 feed_args=feed_args,
                                 public_read=lambda: runtime().settings.public_read)
