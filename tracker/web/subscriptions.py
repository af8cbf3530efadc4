"""Subscriber pages: subscribe, confirm (double opt-in), manage, unsubscribe (RFC 8058).

Subscribers have no account: a signed, expiring link is their key. Links in e-mail open a
page with a button rather than acting on GET, so a mail scanner that follows links cannot
confirm or unsubscribe anyone; the one exception is the RFC 8058 one-click ``POST``, which is
authorised by its signed token and so exempt from CSRF. Pages never send mail: they put it in
the outbox, and the delivery job sends it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import get_locale, ngettext
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError
from werkzeug.datastructures import MultiDict

from .. import clock
from ..digest import Filters
from ..messages import LINK_PATHS, Composer
from ..models import FREQUENCIES, LANGUAGES, Subscription
from ..services import subscriptions as subs
from ..tokens import BadToken, ExpiredToken
from . import csrf, db, runtime
from .auth import current_user

bp = Blueprint("subscriptions", __name__, url_prefix="")

STATUS_CHOICES = ("open", "partially_fulfilled", "fulfilled", "lapsed", "unknown")
MAX_KEYWORDS = 20
# Committees and ministries chosen or typed (comma-separated): at most this many, this long.
MAX_CHOICES = 50
MAX_CHOICE = 200


@dataclass
class FormResult:
    email: str = ""
    prefs: subs.Preferences | None = None
    errors: dict[str, str] = field(default_factory=dict)


def _split(values: list[str], limit: int = MAX_CHOICES) -> list[str]:
    """The comma-separated items of ``values``, stopping after ``limit + 1`` (enough to tell
    that there are too many without splitting the rest)."""
    out: list[str] = []
    for value in values:
        for part in value.split(",", limit + 1 - len(out)):
            if part.strip():
                out.append(part.strip())
        if len(out) > limit:
            break
    return out[:limit + 1]


def _choices(form: MultiDict, name: str) -> list[str]:
    return form.getlist(name) + _split(form.getlist(f"{name}_other"))


def read_form(form: MultiDict, existing: Filters | None = None,
              with_email: bool = True) -> FormResult:
    """The submitted settings, or errors keyed by the field they belong to."""
    result = FormResult()
    if with_email:
        result.email = form.get("email", "").strip()
        if not result.email:
            result.errors["email"] = _("Vul je e-mailadres in.")
        else:
            try:
                result.email = subs.normalise_address(result.email)
            except subs.InvalidAddress:
                result.errors["email"] = _("Dit is geen geldig e-mailadres, bijvoorbeeld "
                                           "naam@voorbeeld.nl.")
    keywords = _split(form.getlist("keywords"), MAX_KEYWORDS)
    if len(keywords) > MAX_KEYWORDS or any(len(k) > 100 for k in keywords):
        result.errors["keywords"] = _("Gebruik hoogstens %(num)d trefwoorden van elk "
                                      "hoogstens 100 tekens.", num=MAX_KEYWORDS)
    for name in ("committee", "ministry"):
        chosen = _choices(form, name)
        if len(chosen) > MAX_CHOICES or any(len(c) > MAX_CHOICE for c in chosen):
            result.errors[name] = _("Kies hoogstens %(num)d, elk van hoogstens %(len)d tekens.",
                                    num=MAX_CHOICES, len=MAX_CHOICE)
    commitments = form.get("commitments") == "1"
    milestones = form.get("milestones") == "1"
    if not commitments and not milestones:
        result.errors["subjects"] = _("Kies toezeggingen, mijlpalen of allebei.")
    frequency = form.get("frequency", "")
    if frequency not in FREQUENCIES:
        result.errors["frequency"] = _("Kies hoe vaak je e-mail wilt krijgen.")
    language = form.get("language", "")
    if language not in LANGUAGES:
        result.errors["language"] = _("Kies een taal.")
    try:
        weekday = int(form.get("weekday", "0"))
        if not 0 <= weekday <= 6:
            raise ValueError
    except ValueError:
        result.errors["weekday"] = _("Kies een dag van de week.")
        weekday = 0
    if result.errors:
        return result
    existing = existing or Filters()
    filters = Filters.from_json({
        "committees": _choices(form, "committee"),
        "ministries": _choices(form, "ministry"),
        "chambers": [c for c in form.getlist("chamber") if c in ("TK", "EK")],
        "statuses": [s for s in form.getlist("status") if s in STATUS_CHOICES],
        "keywords": keywords,
        # Not on the form (set from the CLI): kept as they were.
        "sources": existing.sources, "kinds": existing.kinds,
        "commitments": commitments, "milestones": milestones,
    })
    result.prefs = subs.Preferences(filters, frequency, weekday, language)
    return result


def count_filters(form: MultiDict) -> Filters:
    """The filters a (possibly incomplete) form describes, for counting what they match: the
    same reading as ``read_form``, with every bound applied and nothing refused."""
    return Filters.from_json({
        "committees": _choices(form, "committee")[:MAX_CHOICES],
        "ministries": _choices(form, "ministry")[:MAX_CHOICES],
        "chambers": [c for c in form.getlist("chamber") if c in ("TK", "EK")],
        "statuses": [s for s in form.getlist("status") if s in STATUS_CHOICES],
        "keywords": [k[:100] for k in _split(form.getlist("keywords"),
                                             MAX_KEYWORDS)[:MAX_KEYWORDS]],
        "commitments": form.get("commitments") == "1",
        "milestones": form.get("milestones") == "1"})


def match_words(filters: Filters) -> str | None:
    """'Met deze keuzes volg je nu …': how many promises the filters match now. None when
    reading is not public and nobody is signed in (the counts are not public then)."""
    if not runtime().settings.public_read and current_user() is None:
        return None
    if not filters.commitments:
        return _("Met deze keuzes volg je alleen de mijlpalen van de AI-verordening.")
    found = subs.count_matching(db(), filters, clock.today())
    return " ".join((
        ngettext("Met deze keuzes volg je nu %(num)d toezegging;",
                 "Met deze keuzes volg je nu %(num)d toezeggingen;", found.promises),
        ngettext("%(num)d daarvan is nog niet nagekomen", "%(num)d daarvan zijn nog niet "
                 "nagekomen", found.open),
        ngettext("en %(num)d is over de termijn.", "en %(num)d zijn over de termijn.",
                 found.overdue)))


@bp.get("/abonnement/telling")
def count():
    """How many promises the form's filters match now (the form asks as it changes)."""
    words = match_words(count_filters(request.args))
    if words is None:
        abort(404)
    return jsonify(text=words)


def _form_context(values: dict, errors: dict[str, str],
                  filters: Filters | None = None) -> dict:
    session = db()
    return {
        "match_count": match_words(filters or Filters()),
        "values": values, "errors": errors,
        "known_committees": subs.known_values(session, "committee"),
        "known_ministries": subs.known_values(session, "ministry"),
        "status_choices": STATUS_CHOICES,
    }


def _values_from(prefs: subs.Preferences, email: str = "") -> dict:
    f = prefs.filters
    return {"email": email, "committees": list(f.committees), "ministries": list(f.ministries),
            "chambers": list(f.chambers), "statuses": list(f.statuses),
            "keywords": ", ".join(f.keywords), "commitments": f.commitments,
            "milestones": f.milestones, "frequency": prefs.frequency,
            "weekday": prefs.weekday, "language": prefs.language}


def _values_from_form(form: MultiDict) -> dict:
    return {"email": form.get("email", ""),
            "committees": _choices(form, "committee")[:MAX_CHOICES],
            "ministries": _choices(form, "ministry")[:MAX_CHOICES],
            "chambers": form.getlist("chamber"), "statuses": form.getlist("status"),
            "keywords": form.get("keywords", ""), "commitments": form.get("commitments") == "1",
            "milestones": form.get("milestones") == "1",
            "frequency": form.get("frequency", "daily"),
            "weekday": int(form.get("weekday", "0")) if form.get("weekday", "0").isdigit()
            else 0, "language": form.get("language", "nl")}


def _composer() -> Composer:
    return Composer(runtime().settings)


def _secret() -> str:
    return runtime().settings.resolved_secret_key()


def _from_token(purpose: str, token: str) -> Subscription:
    try:
        return subs.from_token(db(), _secret(), purpose, token)
    except ExpiredToken:
        abort(410)
    except BadToken:
        abort(404)


@bp.errorhandler(404)
@bp.errorhandler(410)
def _link_problem(error):
    expired = error.code == 410
    return render_template("subscriptions/link_problem.html", expired=expired), error.code


@bp.route("/abonnement", methods=["GET", "POST"])
def subscribe():
    if request.method == "POST":
        form = read_form(request.form)
        if not form.errors:
            session = db()
            subscription, action = subs.subscribe(session, form.email, form.prefs)
            subs.queue_link(session, _composer(), subscription, action)
            try:
                session.commit()
            except IntegrityError:  # the same address submitted twice at once
                session.rollback()
            return redirect(url_for(".sent"), code=303)
        return render_template("subscriptions/subscribe.html",
                               **_form_context(_values_from_form(request.form), form.errors,
                                               count_filters(request.form))), 400
    if request.args.get("tel"):  # "Tel opnieuw" without JavaScript: the form as it was filled
        return render_template("subscriptions/subscribe.html", **_form_context(
            _values_from_form(request.args), {}, count_filters(request.args)))
    language = "en" if str(get_locale()) == "en" else "nl"
    defaults = _values_from(subs.Preferences(Filters(), "daily", 0, language))
    return render_template("subscriptions/subscribe.html", **_form_context(defaults, {}))


@bp.get("/abonnement/verstuurd")
def sent():
    return render_template("subscriptions/sent.html")


@bp.post("/abonnement/link")
def request_link():
    """A fresh settings link, mailed to the address if it is subscribed (the page says the
    same either way, so it does not tell who is subscribed)."""
    try:
        email = subs.normalise_address(request.form.get("email", ""))
    except subs.InvalidAddress:
        return render_template("subscriptions/link_problem.html", asked=True,
                               email_error=_("Dit is geen geldig e-mailadres, bijvoorbeeld "
                                             "naam@voorbeeld.nl."),
                               email=request.form.get("email", "")), 400
    session = db()
    subscription = subs.find(session, email)
    if subscription is not None and subscription.status in ("active", "pending"):
        action = "manage" if subscription.status == "active" else "confirm"
        subs.queue_link(session, _composer(), subscription, action)
        session.commit()
    return redirect(url_for(".sent"), code=303)


@bp.route(LINK_PATHS["confirm"] + "<token>", methods=["GET", "POST"])
def confirm(token: str):
    subscription = _from_token("confirm", token)
    if request.method == "POST":
        subs.confirm(db(), subscription)
        db().commit()
        return redirect(_composer().path("manage", subscription) + "?bevestigd=1", code=303)
    return render_template("subscriptions/confirm.html", subscription=subscription)


@bp.route(LINK_PATHS["manage"] + "<token>", methods=["GET", "POST"])
def manage(token: str):
    subscription = _from_token("manage", token)
    unsubscribe_url = _composer().path("unsubscribe", subscription)
    existing = Filters.from_json(subscription.filters)
    if request.method == "POST":
        if subscription.status != "active":
            abort(404)
        form = read_form(request.form, existing, with_email=False)
        if form.errors:
            values = _values_from_form(request.form)
            return render_template("subscriptions/manage.html", subscription=subscription,
                                   unsubscribe_url=unsubscribe_url,
                                   **_form_context(values, form.errors,
                                                   count_filters(request.form))), 400
        subs.update(db(), subscription, form.prefs)
        db().commit()
        flash(_("Je instellingen zijn opgeslagen."), "success")
        return redirect(request.path, code=303)
    if request.args.get("bevestigd"):
        flash(_("Je aanmelding is bevestigd. Je eerste e-mail komt bij het volgende overzicht "
                "en begint met wat er nu openstaat voor wat je volgt."), "success")
    prefs = subs.Preferences(existing, subscription.frequency, subscription.weekday,
                             subscription.language)
    return render_template("subscriptions/manage.html", subscription=subscription,
                           unsubscribe_url=unsubscribe_url,
                           **_form_context(_values_from(prefs, subscription.email), {},
                                           existing))


@bp.route(LINK_PATHS["unsubscribe"] + "<token>", methods=["GET", "POST"])
@csrf.exempt  # authorised by the signed token; mail clients POST without a session (RFC 8058)
def unsubscribe(token: str):
    subscription = _from_token("unsubscribe", token)
    if request.method == "POST":
        subs.unsubscribe(db(), subscription)
        db().commit()
        if request.form.get("List-Unsubscribe") == "One-Click":
            return _("Je bent afgemeld."), 200, {"Content-Type": "text/plain; charset=utf-8"}
        return render_template("subscriptions/unsubscribed.html")
    return render_template("subscriptions/unsubscribe.html", subscription=subscription)
