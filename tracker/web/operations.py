"""The administrators' operational pages: sources, the recess calendar, outgoing e-mail.

They sit in the admin area (``/beheer``) beside users and the audit log; every change is a row
in the audit log.
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext
from sqlalchemy import select

from ..calendar import CERTAINTIES, RECESS_NAMES, RecessPeriod
from ..models import OUTBOX_STATES, Recess, Source
from ..services import accounts, outbox
from ..services import feeds as feed_sources
from ..services.calendar import delete_recess, load_recesses
from ..services.sources import overview
from . import db
from .admin import register_admin_page
from .auth import client_ip, current_user, role_required

bp = Blueprint("operations", __name__, url_prefix="/beheer")

register_admin_page("operations.sources", lazy_gettext("Bronnen en synchronisatie"))
register_admin_page("operations.calendar", lazy_gettext("Parlementaire kalender (recessen)"))
register_admin_page("operations.outbox_index", lazy_gettext("Uitgaande e-mail"))


def _audit(action: str, subject: str, detail: dict) -> None:
    accounts.audit(db(), current_user().email, action, subject, detail, client_ip())


# --- sources -----------------------------------------------------------------------------------

@bp.get("/bronnen")
@role_required("admin")
def sources():
    return render_template("admin/sources.html", rows=overview(db()))


@bp.post("/bronnen/feed")
@role_required("admin")
def add_feed():
    url = request.form.get("url", "").strip()
    name = request.form.get("name", "").strip()
    if not url.startswith(("http://", "https://")) or not name:
        flash(_("Geef een naam en een http(s)-adres op."), "error")
        return redirect(url_for("operations.sources"), code=303)
    source, created = feed_sources.add_feed(
        db(), url, name, doc_type=request.form.get("doc_type", "").strip() or None,
        chamber=request.form.get("chamber") or None)
    _audit("feed_added" if created else "feed_updated", f"source:{source.id}",
           {"key": source.key, "url": url})
    db().commit()
    flash(_("Feed %(name)s opgeslagen; de volgende synchronisatie haalt hem op.", name=name),
          "success")
    return redirect(url_for("operations.sources"), code=303)


@bp.post("/bronnen/<int:source_id>")
@role_required("admin")
def toggle_source(source_id: int):
    source = db().get(Source, source_id)
    if source is None:
        abort(404)
    enabled = request.form.get("enabled") == "1"
    if enabled != source.enabled:
        source.enabled = enabled
        _audit("source_enabled" if enabled else "source_disabled", f"source:{source.id}",
               {"key": source.key})
        db().commit()
    return redirect(url_for("operations.sources"), code=303)


# --- the recess calendar -----------------------------------------------------------------------

@bp.get("/kalender")
@role_required("admin")
def calendar():
    rows = db().scalars(select(Recess).order_by(Recess.first_day.desc(), Recess.chamber)).all()
    return render_template("admin/calendar.html", rows=rows, names=RECESS_NAMES,
                           certainties=CERTAINTIES)


@bp.post("/kalender")
@role_required("admin")
def save_recess():
    form = request.form
    try:
        period = RecessPeriod(
            chamber=form.get("chamber", "TK").upper(), name=form.get("name", ""),
            first_day=date.fromisoformat(form.get("first_day", "")),
            last_day=date.fromisoformat(form.get("last_day", "")),
            certainty=form.get("certainty", "published"))
    except ValueError:
        flash(_("Geef de eerste en laatste dag als datum (JJJJ-MM-DD)."), "error")
        return redirect(url_for("operations.calendar"), code=303)
    if (period.name not in RECESS_NAMES or period.chamber not in ("TK", "EK")
            or period.certainty not in CERTAINTIES or period.first_day > period.last_day):
        flash(_("Dit recess klopt niet: kies een naam, een Kamer, een zekerheid, en een eerste "
                "dag vóór de laatste."), "error")
        return redirect(url_for("operations.calendar"), code=303)
    counts = load_recesses(db(), [period])
    _audit("recess_saved", f"recess:{period.chamber}:{period.name}:{period.first_day}",
           {"last_day": period.last_day.isoformat(), "certainty": period.certainty, **counts})
    db().commit()
    flash(_("Recess opgeslagen. Termijnen die vanaf nu worden bepaald, gebruiken het."),
          "success")
    return redirect(url_for("operations.calendar"), code=303)


@bp.post("/kalender/<int:recess_id>/verwijderen")
@role_required("admin")
def remove_recess(recess_id: int):
    row = delete_recess(db(), recess_id)
    if row is None:
        abort(404)
    _audit("recess_deleted", f"recess:{row.chamber}:{row.name}:{row.first_day}",
           {"last_day": row.last_day.isoformat()})
    db().commit()
    flash(_("Recess verwijderd; voor dat jaar gelden de vaste terugvaldatums."), "success")
    return redirect(url_for("operations.calendar"), code=303)


# --- outgoing e-mail ---------------------------------------------------------------------------

@bp.get("/uitgaande-email")
@role_required("admin")
def outbox_index():
    state = request.args.get("state") or None
    if state is not None and state not in OUTBOX_STATES:
        abort(400)
    return render_template("admin/outbox.html", state=state, states=OUTBOX_STATES,
                           counts=outbox.state_counts(db()),
                           messages=outbox.list_messages(db(), state))


@bp.post("/uitgaande-email/<int:message_id>/opnieuw")
@role_required("admin")
def retry_message(message_id: int):
    try:
        message = outbox.retry(db(), message_id)
    except outbox.NotRetryable as exc:
        db().rollback()
        reason = (_("dit bericht bestaat niet") if exc.code == "missing"
                  else _("alleen een onbestelbaar of geannuleerd bericht kan opnieuw"))
        flash(_("Niet opnieuw verstuurd: %(reason)s", reason=reason), "error")
        return redirect(url_for("operations.outbox_index", state="dead"), code=303)
    _audit("mail_retried", f"outbox:{message.id}", {"kind": message.kind})
    db().commit()
    flash(_("Bericht %(id)s staat weer in de wachtrij.", id=message.id), "success")
    return redirect(url_for("operations.outbox_index", state="dead"), code=303)
