"""A clerk's changes to a commitment: every form posts here and returns to the commitment
(linking a document by its number first shows what the document is).

Every form carries the version of the commitment it showed (``version_field`` in
``templates/_macros.html``); a change to a commitment that moved since is refused with the
page showing what changed (status 409), and nothing is saved (``services/concurrency.py``).
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from ..models import STATUSES, Commitment, CommitmentLink, Document
from ..services import concurrency, related, review
from ..services.changes import Actor
from ..services.documents import senders
from . import cache, db
from .auth import client_ip, current_user, role_required
from .commitments import render_detail
from .labels import labels

bp = Blueprint("review", __name__, url_prefix="/toezeggingen/<int:commitment_id>")


def _commitment(commitment_id: int) -> Commitment:
    c = db().get(Commitment, commitment_id)
    if c is None:
        abort(404)
    return c


def _actor() -> Actor:
    reason = request.form.get("reason", "").strip()[:2000] or None
    return Actor("user", current_user().email, reason=reason)


def _done(commitment_id: int, message: str, category: str = "success"):
    flash(message, category)
    return redirect(url_for("commitments.detail", commitment_id=commitment_id), code=303)


def refusal(exc: review.ReviewError) -> str:
    """Why a change was refused, in the clerk's words."""
    status = labels()["status"].get(exc.params.get("status", ""), exc.params.get("status"))
    words = {
        "not_candidate": _("dit is geen kandidaat meer (de status is nu %(status)s)",
                           status=status),
        "unknown_status": _("onbekende status"),
        "reason_required": _("geef een reden op voor het verschuiven van een deadline"),
        "no_proposal": _("deze voorgestelde nakoming bestaat niet (meer)"),
        "decided": _("over deze nakoming is al beslist"),
        "fulfilled_status": _("kies voldaan of deels voldaan"),
        "reject_reason": _("kies een reden om af te wijzen"),
        "no_fulfilment": _("deze nakoming bestaat niet (meer)"),
        "named_by_source": _("de bron zelf noemt %(document)s als nakoming",
                             document=exc.params.get("document", "")),
        "related_decided": _("dit verband is al beoordeeld"),
    }
    return words.get(exc.code, _("deze wijziging kan niet worden gemaakt"))


def shown_version(name: str = "version") -> concurrency.Shown:
    """The version token the submitted form was shown (400 when it carries none)."""
    try:
        return concurrency.Shown.parse(request.form.get(name))
    except ValueError:
        abort(400, description=_("Dit formulier is verouderd: laad de pagina opnieuw."))


def _run(c: Commitment, change, message: str):
    """Run a change on the version the form showed, commit it, and report. A refused change is
    reported and nothing is saved; so is a change to a commitment that moved meanwhile."""
    shown = shown_version()
    try:
        concurrency.claim(db(), c, shown)
        change()
    except concurrency.ChangedMeanwhile as exc:
        db().rollback()
        return render_detail(c.id, conflict=exc, status=409)
    except review.ReviewError as exc:
        db().rollback()
        return _done(c.id, _("Niet gewijzigd: %(reason)s", reason=refusal(exc)), "error")
    db().commit()
    cache.invalidate()
    return _done(c.id, message)


@bp.post("/beoordeling")
@role_required("clerk")
def decide_candidate(commitment_id: int):
    c = _commitment(commitment_id)
    decision = request.form.get("decision")
    if decision not in ("confirm", "reject"):
        abort(400)
    accept = decision == "confirm"
    message = (_("Kandidaat bevestigd als toezegging.") if accept
               else _("Kandidaat afgewezen."))
    return _run(c, lambda: review.decide_candidate(db(), c, accept, _actor(), client_ip()),
                message)


@bp.post("/status")
@role_required("clerk")
def change_status(commitment_id: int):
    c = _commitment(commitment_id)
    status = request.form.get("status", "")
    if status not in STATUSES:
        abort(400)
    return _run(c, lambda: review.change_status(db(), c, status, _actor(), client_ip()),
                _("Status gewijzigd."))


@bp.post("/deadline")
@role_required("clerk")
def set_deadline(commitment_id: int):
    c = _commitment(commitment_id)
    raw = request.form.get("due", "").strip()
    try:
        due = date.fromisoformat(raw) if raw else None
    except ValueError:
        return _done(commitment_id, _("Geen geldige datum: %(value)s", value=raw), "error")
    return _run(c, lambda: review.set_deadline(db(), c, due, _actor(), client_ip()),
                _("Deadline vastgelegd."))


def _fulfilment_status() -> str:
    status = request.form.get("status", "")
    return status if status in review.FULFILMENT_STATUSES else ""


@bp.get("/nakoming")
@role_required("clerk")
def check_fulfilment(commitment_id: int):
    """Step one of linking a document by its number: show what it is (kind, sender, date)
    before the clerk says what it means."""
    c = _commitment(commitment_id)
    reference = request.args.get("document", "")
    document = review.find_document(db(), reference)
    if document is None:
        return _done(commitment_id, _("Geen document gevonden met kenmerk %(ref)s.",
                                      ref=reference.strip() or "—"), "error")
    return render_template("commitments/confirm_fulfilment.html", c=c, document=document,
                           sender=senders(db(), [document])[document.id])


@bp.post("/nakoming")
@role_required("clerk")
def link_fulfilment(commitment_id: int):
    c = _commitment(commitment_id)
    document = db().get(Document, request.form.get("document_id", type=int) or 0)
    if document is None:
        abort(400)
    status = _fulfilment_status()
    if not status:
        return _done(commitment_id, _("Niet gewijzigd: kies voldaan of deels voldaan."), "error")
    return _run(c, lambda: review.link_fulfilment(db(), c, document, _actor(), status,
                                                  client_ip()),
                _("Document %(doc)s gekoppeld als nakoming.", doc=document.display_number))


@bp.post("/nakoming/<int:fulfilment_id>")
@role_required("clerk")
def decide_fulfilment(commitment_id: int, fulfilment_id: int):
    c = _commitment(commitment_id)
    decision = request.form.get("decision")
    if decision not in ("confirm", "reject"):
        abort(400)
    status = _fulfilment_status()
    if decision == "confirm" and not status:
        return _done(commitment_id, _("Niet gewijzigd: kies voldaan of deels voldaan."), "error")
    message = (_("Voorgestelde nakoming bevestigd.") if decision == "confirm"
               else _("Voorgestelde nakoming afgewezen."))
    return _run(c, lambda: review.decide_fulfilment(db(), c, fulfilment_id, decision == "confirm",
                                                    _actor(), status, client_ip()),
                message)


@bp.post("/nakoming/<int:fulfilment_id>/ongedaan")
@role_required("clerk")
def undo_fulfilment(commitment_id: int, fulfilment_id: int):
    c = _commitment(commitment_id)
    return _run(c, lambda: review.undo_fulfilment(db(), c, fulfilment_id, _actor(), client_ip()),
                _("Nakoming ongedaan gemaakt; de geschiedenis houdt beide stappen."))


@bp.post("/verband/<int:link_id>")
@role_required("clerk")
def decide_related(commitment_id: int, link_id: int):
    """Confirm or reject a proposed link to the same matter in the other chamber."""
    c = _commitment(commitment_id)
    decision = request.form.get("decision")
    if decision not in ("confirm", "reject"):
        abort(400)
    link = db().get(CommitmentLink, link_id)
    if link is None or c.id not in (link.from_id, link.to_id):
        abort(404)

    def change():
        try:
            related.decide(db(), link, decision == "confirm", _actor())
        except ValueError as exc:
            raise review.ReviewError(str(exc), "related_decided") from exc

    return _run(c, change, _("Verband bevestigd.") if decision == "confirm"
                else _("Verband afgewezen."))
