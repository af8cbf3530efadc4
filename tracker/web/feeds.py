"""/calendar.ics and /feed.atom: the list's filters as a calendar and as a feed of changes."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

from flask import Blueprint, Response, render_template, request
from flask_babel import get_locale
from flask_babel import gettext as _

from .. import clock
from ..services import syndication
from . import db, public_url, runtime
from .filters import commitment_filter, url_with

bp = Blueprint("feeds", __name__)


def _include_milestones(active_filter: bool) -> bool:
    # Milestones belong to no ministry or committee: a narrowed view leaves them out unless
    # asked for with milestones=1.
    choice = request.args.get("milestones")
    return choice == "1" if choice in ("0", "1") else not active_filter


def _link(kind: str, key: object) -> str:
    if kind == "milestone":
        return public_url("milestones.detail", key=key)
    return public_url("commitments.detail", commitment_id=key)


@bp.get("/calendar.ics")
def calendar():
    f, _errors = commitment_filter()
    labels = syndication.CalendarLabels(
        name=_("Toezeggingen en mijlpalen"), commitment=_("Toezegging"), milestone=_("Mijlpaal"),
        deadline=_("Termijn"), ministry=_("Ministerie"), committee=_("Commissie"))
    body = syndication.calendar_feed(
        db(), f, clock.today(), host=urlsplit(runtime().settings.base_url).hostname or "tracker",
        link=_link, labels=labels, include_milestones=_include_milestones(f.active),
        include_commitments=request.args.get("commitments") != "0",
        english=get_locale().language == "en")
    return Response(body, mimetype="text/calendar", headers={
        "Content-Disposition": 'inline; filename="toezeggingen.ics"',
        "Cache-Control": "public, max-age=300"})


@bp.get("/feed.atom")
def changes():
    f, _errors = commitment_filter()
    entries = syndication.recent_changes(db(), f, clock.today(),
                                   include_milestones=_include_milestones(f.active))
    updated = entries[0].entry.changed_at if entries else datetime(2026, 1, 1, tzinfo=UTC)
    host = urlsplit(runtime().settings.base_url).hostname or "tracker"
    body = render_template("feeds/changes.atom.xml", entries=entries, updated=updated,
                           calendar_title=syndication.calendar_title,
                           commitment_key=syndication.commitment_key,
                           change_key=syndication.change_key,
                           host=host, self_url=url_with("feeds.changes", f, _external=True),
                           list_url=url_with("commitments.index", f, _external=True))
    return Response(body, mimetype="application/atom+xml")
