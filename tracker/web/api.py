"""The JSON API, /api/v1/…: the list's filters and paging; described at /api/v1/openapi.json."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request, url_for
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import clock
from ..models import Commitment, Document, Fulfilment, Milestone
from ..services import export as ex
from ..services import search
from ..services.documents import copies
from ..services.evidence import commitment_detail
from ..sourcepages import tk_commitment_page
from . import db, public_url, runtime
from .auth import current_user
from .filters import commitment_filter, url_with
from .openapi import spec

bp = Blueprint("api", __name__, url_prefix="/api/v1")

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_OFFSET = 10_000_000  # far past any list; a larger number is a mistake, not a page


class BadRequest(Exception):
    def __init__(self, details: dict[str, str]):
        self.details = details


@bp.errorhandler(BadRequest)
def _bad_request(exc: BadRequest):
    return jsonify(error="invalid request", details=exc.details), 400


@bp.errorhandler(404)
def _not_found(_exc):
    return jsonify(error="not found"), 404


def _paging() -> tuple[int, int]:
    errors = {}
    values = {}
    for name, default, upper in (("limit", DEFAULT_LIMIT, MAX_LIMIT),
                                 ("offset", 0, MAX_OFFSET)):
        raw = request.args.get(name, "").strip()
        if not raw.isascii() or not (raw or "0").lstrip("-").isdigit() or len(raw) > 12:
            errors[name] = f"{raw[:20]!r} is not a whole number"
            continue
        value = int(raw) if raw else default
        if value < (1 if name == "limit" else 0) or value > upper:
            errors[name] = f"out of range (limit 1–{MAX_LIMIT}, offset 0–{MAX_OFFSET})"
        values[name] = value
    if errors:
        raise BadRequest(errors)
    return values["limit"], values["offset"]


def _envelope(page: search.Page, items: list[dict[str, Any]], next_url: str | None):
    return jsonify(items=items, total=page.total, limit=page.limit, offset=page.offset,
                   next=next_url)


def _commitment_item(c: Commitment) -> dict[str, Any]:
    # Lists leave the history out rather than load it for every row; the detail adds it.
    page = (tk_commitment_page(c.number, runtime().settings.tk_commitment_page)
            if c.source.key == "tk" else c.url)
    return {"id": c.id, **ex.commitment_record(c, history=False), "page": page,
            "link": public_url("commitments.detail", commitment_id=c.id),
            "self": public_url("api.commitment", commitment_id=c.id)}


@bp.get("/commitments")
def commitments():
    try:
        f, _errors = commitment_filter(strict=True)
    except search.FilterError as exc:
        raise BadRequest(exc.errors) from None
    limit, offset = _paging()
    today = clock.today()
    query = search.paged(
        search.commitments_query(db(), f, today)
        .options(selectinload(Commitment.source), selectinload(Commitment.document),
                 selectinload(Commitment.fulfilments).selectinload(Fulfilment.document),
                 selectinload(Commitment.recipients)),
        limit, offset)
    rows = list(db().scalars(query))
    page = search.Page(rows, search.count_commitments(db(), f, today), limit, offset)
    next_url = (url_with("api.commitments", f, _external=True, limit=limit,
                         offset=page.next_offset) if page.next_offset is not None else None)
    return _envelope(page, [_commitment_item(c) for c in rows], next_url)


@bp.get("/commitments/<int:commitment_id>")
def commitment(commitment_id: int):
    view = commitment_detail(db(), commitment_id)
    if view is None:
        return _not_found(None)
    c = view.commitment
    item = _commitment_item(c)
    item["history"] = [_public_history(h) for h in view.history]
    item["fulfilments"] = [
        {"document": f.document.display_number, "state": f.state,
         "link": public_url("documents.detail", document_id=f.document_id)}
        for f in c.fulfilments
    ]
    item["related"] = [
        {"relation": link.relation, "ref": link.to_ref, "id": link.to_id} for link in view.links_out
    ]
    return jsonify(item)


def _public_history(entry) -> dict[str, Any]:
    """A history row; which clerk made a change is for signed-in users only (as on the pages)."""
    record = ex.history_record(entry)
    if entry.actor_kind == "user" and current_user() is None:
        record["by"] = "user"
    return record


def _document_item(d: Document, text: bool = False) -> dict[str, Any]:
    item = {
        "id": d.id, "source": d.source.key, "external_id": d.external_id, "number": d.number,
        "identifier": d.identifier, "dossier": d.dossier, "ondernummer": d.ondernummer,
        "title": d.title, "doc_type": d.doc_type,
        "date": d.date.isoformat() if d.date else None, "chamber": d.chamber, "url": d.url,
        "link": public_url("documents.detail", document_id=d.id),
    }
    if text:
        item["text"] = d.text
    return item


@bp.get("/documents")
def documents():
    try:
        f = search.DocumentFilter.from_args(request.args)
    except search.FilterError as exc:
        raise BadRequest(exc.errors) from None
    limit, offset = _paging()
    page = search.search_documents(db(), f, limit, offset)
    next_url = None
    if page.next_offset is not None:
        next_url = public_url("api.documents", **_multi(f.to_args()), limit=limit,
                           offset=page.next_offset)
    return _envelope(page, [_document_item(d) for d in page.items], next_url)


def _multi(args: list[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for key, value in args:
        grouped.setdefault(key, []).append(value)
    return grouped


@bp.get("/documents/<int:document_id>")
def document(document_id: int):
    d = db().scalar(select(Document).where(Document.id == document_id)
                    .options(selectinload(Document.source)))
    if d is None:
        return _not_found(None)
    item = _document_item(d, text=True)
    item["copies"] = [{"id": c.id, "source": c.source.key,
                       "link": public_url("documents.detail", document_id=c.id)}
                      for c in copies(db(), d)]
    return jsonify(item)


def _milestone_item(m: Milestone) -> dict[str, Any]:
    return {**ex.milestone_record(m),
            "link": public_url("milestones.detail", key=m.key)}


@bp.get("/milestones")
def milestones():
    limit, offset = _paging()
    rows = list(ex.iter_milestones(db()))
    page = search.Page(rows[offset:offset + limit], len(rows), limit, offset)
    next_url = (public_url("api.milestones", limit=limit, offset=page.next_offset)
                if page.next_offset is not None else None)
    return _envelope(page, [_milestone_item(m) for m in page.items], next_url)


@bp.get("/milestones/<key>")
def milestone(key: str):
    m = db().scalar(select(Milestone).where(Milestone.key == key)
                    .options(selectinload(Milestone.history)))
    if m is None:
        return _not_found(None)
    return jsonify(_milestone_item(m))


@bp.get("/openapi.json")
def openapi():
    # A relative server URL: the API is wherever this description was fetched from.
    return jsonify(spec(url_for("api.commitments").rsplit("/", 1)[0]))
