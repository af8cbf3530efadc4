"""The administrators' area: users and the audit log; other areas add their pages.

``ADMIN_PAGES`` lists what the area's index links to. Another blueprint adds a page with
``register_admin_page("outbox.index", lazy_gettext("Uitgaande e-mail"))`` and protects its
views with ``@role_required("admin")``.
"""

from __future__ import annotations

import re

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext
from sqlalchemy import func, select

from ..models import ROLES, AuditEntry, Commitment, Source, User
from ..services import accounts
from . import db
from .auth import client_ip, current_user, role_required
from .filters import page_offset
from .labels import day_words, labels

bp = Blueprint("admin", __name__, url_prefix="/beheer")

ADMIN_PAGES: list[tuple[str, object]] = []
AUDIT_PER_PAGE = 50


def register_admin_page(endpoint: str, label: object) -> None:
    """Add a page to the admin index (idempotent)."""
    if all(existing != endpoint for existing, _label in ADMIN_PAGES):
        ADMIN_PAGES.append((endpoint, label))


register_admin_page("admin.users", lazy_gettext("Gebruikers en rollen"))
register_admin_page("admin.audit", lazy_gettext("Auditlog"))


@bp.get("/")
@role_required("admin")
def index():
    return render_template("admin/index.html", pages=ADMIN_PAGES)


@bp.get("/gebruikers")
@role_required("admin")
def users():
    rows = db().scalars(select(User).order_by(User.email)).all()
    return render_template("admin/users.html", users=rows, roles=ROLES)


def _refusal(exc: accounts.AccountError) -> str:
    """Why an account was refused, in the reader's language where the policy says why."""
    if not isinstance(exc, accounts.WeakPassword):
        return {"not_an_address": _("dit is geen e-mailadres"),
                "unknown_role": _("onbekende rol"),
                "taken": _("dit e-mailadres heeft al een account"),
                }.get(exc.code, _("dit account kan niet worden gemaakt"))
    why = {
        "short": _("een wachtwoord heeft minstens 10 tekens nodig"),
        "long": _("een wachtwoord heeft hoogstens 256 tekens"),
        "blank": _("een wachtwoord kan niet alleen uit spaties bestaan"),
        "context": _("het bevat het e-mailadres, de naam of de naam van de dienst"),
        "common": _("het is een veelgebruikt wachtwoord"),
        "repeat": _("het herhaalt tekens"),
        "sequence": _("het is een reeks zoals 1234 of abcd"),
        "keyboard": _("het is een toetsenbordpatroon zoals qwerty"),
        "date": _("het is een datum"),
    }.get(exc.reason, _("het is te makkelijk te raden"))
    if exc.reason in ("short", "long", "blank"):
        return why
    return _("het wachtwoord is te makkelijk te raden: %(why)s. Een paar losse woorden maken "
             "een sterk wachtwoord.", why=why)


@bp.post("/gebruikers")
@role_required("admin")
def add_user():
    form = request.form
    try:
        user = accounts.create_user(db(), form.get("email", ""), form.get("password", ""),
                                    form.get("role", "viewer"), form.get("name", "").strip())
    except accounts.AccountError as exc:
        db().rollback()
        flash(_("Gebruiker niet aangemaakt: %(reason)s", reason=_refusal(exc)), "error")
        return redirect(url_for("admin.users"), code=303)
    accounts.audit(db(), current_user().email, "user_added", f"user:{user.id}",
                   {"email": user.email, "role": user.role}, client_ip())
    db().commit()
    flash(_("Gebruiker %(email)s aangemaakt.", email=user.email), "success")
    return redirect(url_for("admin.users"), code=303)


@bp.post("/gebruikers/<int:user_id>")
@role_required("admin")
def update_user(user_id: int):
    user = db().get(User, user_id)
    if user is None:
        abort(404)
    me = current_user()
    role = request.form.get("role", user.role)
    active = request.form.get("active", "1" if user.active else "0") == "1"
    if role not in ROLES:
        abort(400)
    if user.id == me.id and (role != "admin" or not active):
        flash(_("U kunt uw eigen beheerrechten niet intrekken."), "error")
        return redirect(url_for("admin.users"), code=303)
    detail = {}
    if role != user.role:
        detail["role"] = [user.role, role]
        user.role = role
    if active != user.active:
        detail["active"] = [user.active, active]
        user.active = active
    if detail:
        accounts.audit(db(), me.email, "user_changed", f"user:{user.id}", detail, client_ip())
        db().commit()
        flash(_("Gebruiker %(email)s gewijzigd.", email=user.email), "success")
    return redirect(url_for("admin.users"), code=303)


@bp.get("/audit")
@role_required("admin")
def audit():
    actor = request.args.get("actor", "").strip().lower()
    action = request.args.get("action", "").strip()
    where = []
    if actor:
        where.append(AuditEntry.actor == actor)
    if action:
        where.append(AuditEntry.action == action)
    offset = page_offset(AUDIT_PER_PAGE)
    total = db().scalar(select(func.count()).select_from(AuditEntry).where(*where)) or 0
    entries = db().scalars(select(AuditEntry).where(*where)
                           .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                           .limit(AUDIT_PER_PAGE).offset(offset)).all()
    actions = db().scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action))
    words = labels()
    return render_template("admin/audit.html", entries=entries, total=total, offset=offset,
                           per_page=AUDIT_PER_PAGE, actor=actor, action=action,
                           actions=list(actions), subjects=_subjects(entries),
                           details={e.id: _detail(e.detail, words) for e in entries},
                           action_words=words["audit_action"])


def _subjects(entries) -> dict[str, tuple[str, str | None]]:
    """Each entry's subject ("user:12", "commitment:3", "source:2", "recess:TK:…",
    "outbox:40") in words, with a link where it has a page: no table's ids on the page."""
    ids: dict[str, set[int]] = {"user": set(), "commitment": set(), "source": set()}
    for e in entries:
        kind, _sep, rest = (e.subject or "").partition(":")
        if kind in ids and rest.isdigit():
            ids[kind].add(int(rest))
    users = dict(db().execute(select(User.id, User.email).where(User.id.in_(ids["user"]))).all())
    numbers = dict(db().execute(select(Commitment.id, Commitment.number)
                                .where(Commitment.id.in_(ids["commitment"]))).all())
    sources = dict(db().execute(select(Source.id, Source.name)
                                .where(Source.id.in_(ids["source"]))).all())
    out: dict[str, tuple[str, str | None]] = {}
    for e in entries:
        subject = e.subject or ""
        kind, _sep, rest = subject.partition(":")
        if kind == "user" and rest.isdigit():
            out[subject] = (users.get(int(rest)) or _("een verwijderde gebruiker"), None)
        elif kind == "commitment" and rest.isdigit():
            out[subject] = (numbers.get(int(rest)) or _("toezegging zonder nummer"),
                            url_for("commitments.detail", commitment_id=int(rest)))
        elif kind == "source" and rest.isdigit():
            out[subject] = (sources.get(int(rest)) or _("een verwijderde bron"),
                            url_for("operations.sources"))
        elif kind == "recess":
            chamber, _sep, name = rest.partition(":")
            name = name.rsplit(":", 1)[0]
            out[subject] = (_("reces %(name)s (%(chamber)s)", name=name, chamber=chamber),
                            url_for("operations.calendar"))
        elif kind == "outbox" and rest.isdigit():
            out[subject] = (_("bericht %(number)s", number=rest),
                            url_for("operations.outbox_index"))
        else:
            out[subject] = (subject, None)
    return out


def _detail(detail: dict, words) -> str:
    """An entry's details in words: "rol: lezer → griffier; actief: ja"."""
    def value(key: str, v) -> str:
        if isinstance(v, list) and len(v) == 2:
            return f"{value(key, v[0])} → {value(key, v[1])}"
        if isinstance(v, bool):
            return words["yes_no"][v]
        if key == "role":
            return words["role"].get(v, v)
        if key == "outcome":  # a failed login's
            return {"invalid": _("onbekend adres of verkeerd wachtwoord"),
                    "wait": _("te veel pogingen: even wachten")}.get(v, v)
        if isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v):
            return day_words(v)
        if key in ("status", "old", "new") and v in words["status"]:
            return words["status"][v]
        return "—" if v is None else str(v)

    return "; ".join(f"{words['audit_detail'].get(k, k)}: {value(k, v)}"
                     for k, v in (detail or {}).items())
