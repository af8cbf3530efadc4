"""/beoordelen: the review queue. A clerk confirms a candidate (setting its number, committee,
ministry and deadline on the way), rejects it with a reason, skips to the next, or rejects
many at once; every form carries the versions it showed (services/concurrency.py).
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import select

from .. import wording
from ..models import KINDS, Commitment
from ..services import concurrency, review
from ..services import queue as q
from ..services.changes import Actor
from ..services.documents import senders
from . import cache, db
from .auth import client_ip, current_user, role_required
from .review import refusal

bp = Blueprint("queue", __name__, url_prefix="/beoordelen")

PER_PAGE = 20


def _kind() -> str | None:
    kind = request.values.get("kind") or None
    return kind if kind in KINDS else None


def _page() -> int:
    try:
        return max(1, min(int(request.values.get("page", "1")), 10_000))
    except ValueError:
        return 1


def _back(anchor: str | None = None):
    """To the queue where the clerk was: same kind and page, at the next row."""
    return redirect(url_for("queue.index", kind=_kind(), page=_page() if _page() > 1 else None,
                            _anchor=anchor), code=303)


def _render(conflict: concurrency.ChangedMeanwhile | None = None, status: int = 200):
    kind, page = _kind(), _page()
    queue = q.review_queue(db(), kind=kind, offset=(page - 1) * PER_PAGE, limit=PER_PAGE)
    if page > queue.pages:
        page = queue.pages
        queue = q.review_queue(db(), kind=kind, offset=(page - 1) * PER_PAGE, limit=PER_PAGE)
    documents = {r.candidate.document.id: r.candidate.document
                 for r in queue.rows if r.candidate.document}
    queue.senders = senders(db(), list(documents.values()))
    committees = db().scalars(select(Commitment.committee).distinct()
                              .where(Commitment.committee.is_not(None))
                              .order_by(Commitment.committee).limit(500)).all()
    known = set(db().scalars(select(Commitment.ministry).distinct()
                             .where(Commitment.ministry.is_not(None)).limit(500)))
    ministries = sorted(known | set(wording.MINISTRY_SHORT))
    tokens = concurrency.tokens(db(), [m for r in queue.rows for m in r.members])
    return render_template(
        "review/queue.html", queue=queue, kind=kind, committees=committees,
        ministries=ministries, tokens=tokens, conflict=conflict,
        reasons=reject_reasons()), status


def reject_reasons() -> list[tuple[str, str]]:
    return [("not a commitment", _("geen toezegging (een vraag, een mededeling, iets van een "
                                   "ander)")),
            ("already registered", _("al geregistreerd als toezegging")),
            ("duplicate", _("dubbel: dezelfde zin staat er al")),
            ("other", _("anders (zie toelichting)"))]


@bp.get("")
@role_required("clerk")
def index():
    return _render()


def _row(ids: list[str]) -> list[Commitment]:
    """The candidates of one row, as the form named them (the shown one first)."""
    try:
        wanted = [int(i) for i in ids]
    except ValueError:
        abort(400)
    found = {c.id: c for c in db().scalars(select(Commitment).where(Commitment.id.in_(wanted)))}
    if not wanted or len(found) != len(set(wanted)):
        abort(404)
    return [found[i] for i in wanted]


def _claim(row: list[Commitment]) -> None:
    """Claim every candidate of the row at the version the form showed."""
    for c in row:
        try:
            shown = concurrency.Shown.parse(request.form.get(f"version-{c.id}"))
        except ValueError:
            abort(400, description=_("Dit formulier is verouderd: laad de pagina opnieuw."))
        concurrency.claim(db(), c, shown)


def _actor() -> Actor:
    reason = request.form.get("reason", "").strip()[:2000] or None
    return Actor("user", current_user().email, reason=reason)


def _text(name: str, length: int) -> str | None:
    return " ".join(request.form.get(name, "").split())[:length] or None


@bp.post("/<int:commitment_id>")
@role_required("clerk")
def decide(commitment_id: int):
    decision = request.form.get("decision")
    if decision not in ("confirm", "reject"):
        abort(400)
    row = _row([str(commitment_id), *request.form.getlist("copy")])
    after = request.form.get("next") or None
    raw_due = request.form.get("due", "").strip()
    try:
        due = date.fromisoformat(raw_due) if raw_due else None
    except ValueError:
        flash(_("Niet opgeslagen: ‘%(value)s’ is geen datum.", value=raw_due), "error")
        return _back(f"k-{commitment_id}")
    subject = wording.subject(row[0].text, 80)
    try:
        _claim(row)
        if decision == "confirm":
            q.confirm(db(), row, q.Edits(_text("number", 50), _text("committee", 300),
                                         _text("ministry", 200), due), _actor(), client_ip())
            message = _("Bevestigd als toezegging: %(subject)s", subject=subject)
        else:
            q.reject(db(), row, request.form.get("reject_reason", ""),
                     request.form.get("reason", "")[:2000], _actor(), client_ip())
            message = _("Afgewezen: %(subject)s", subject=subject)
    except concurrency.ChangedMeanwhile as exc:
        db().rollback()
        return _render(conflict=exc, status=409)
    except review.ReviewError as exc:
        db().rollback()
        flash(_("Niet gewijzigd: %(reason)s", reason=refusal(exc)), "error")
        return _back(f"k-{commitment_id}")
    db().commit()
    cache.invalidate()
    flash(message, "success")
    return _back(f"k-{after}" if after else "queue-top")


@bp.post("/afwijzen")
@role_required("clerk")
def reject_many():
    """Reject every chosen row for one reason; a row changed meanwhile is left as it is."""
    chosen = request.form.getlist("row")
    if not chosen:
        flash(_("Kies eerst de voorstellen die u wilt afwijzen."), "error")
        return _back("queue-top")
    reason = request.form.get("reject_reason", "")
    if reason not in q.REJECT_REASONS:
        flash(_("Kies een reden om af te wijzen."), "error")
        return _back("queue-top")
    rejected, skipped = 0, 0
    for value in chosen[:500]:
        row = _row(value.split(","))
        if any(c.status != "candidate" for c in row):
            skipped += 1  # decided meanwhile, here or by someone else
            continue
        try:
            _claim(row)
        except concurrency.ChangedMeanwhile:
            skipped += 1
            continue
        q.reject(db(), row, reason, request.form.get("reason", "")[:2000], _actor(),
                 client_ip())
        rejected += 1
    db().commit()
    cache.invalidate()
    flash(ngettext("%(num)s voorstel afgewezen.", "%(num)s voorstellen afgewezen.", rejected),
          "success")
    if skipped:
        flash(ngettext("%(num)s voorstel was intussen gewijzigd en is niet afgewezen.",
                       "%(num)s voorstellen waren intussen gewijzigd en zijn niet afgewezen.",
                       skipped), "error")
    return _back("queue-top")
