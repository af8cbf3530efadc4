"""Documents: a searchable list, and one document with its extracted items highlighted."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import clock
from ..models import Commitment, Document, Fulfilment
from ..services.documents import copies
from ..services.evidence import highlighted
from ..services.search import DocumentFilter, FilterError, search_documents
from . import db
from .filters import PER_PAGE, page_offset

bp = Blueprint("documents", __name__)


@bp.get("/documenten")
def index():
    try:
        f, errors = DocumentFilter.from_args(request.args), {}
    except FilterError as exc:
        f, errors = DocumentFilter(q=(request.args.get("q") or "")[:200]), exc.errors
    page = search_documents(db(), f, PER_PAGE, page_offset())
    return render_template("documents/list.html", f=f, page=page, errors=errors)


@bp.get("/documenten/<int:document_id>")
def detail(document_id: int):
    doc = db().scalar(select(Document).where(Document.id == document_id)
                      .options(selectinload(Document.source)))
    if doc is None:
        abort(404)
    items = list(db().scalars(select(Commitment).where(Commitment.document_id == doc.id)
                              .order_by(Commitment.span_start, Commitment.id)))
    fulfils = list(db().scalars(
        select(Fulfilment).where(Fulfilment.document_id == doc.id)
        .options(selectinload(Fulfilment.commitment)).order_by(Fulfilment.id)))
    return render_template("documents/detail.html", doc=doc, items=items, fulfils=fulfils,
                           segments=highlighted(doc, items), copies=copies(db(), doc),
                           today=clock.today())
