"""The milestone timeline (the AI Act's dates, moved ones shown as moved) and a milestone."""

from __future__ import annotations

from flask import Blueprint, abort, render_template
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import clock
from ..models import Milestone
from ..services.evidence import milestone_moves
from ..services.milestones import citation_counts, citations
from . import db

bp = Blueprint("milestones", __name__)


@bp.get("/mijlpalen")
def index():
    milestones = list(db().scalars(select(Milestone).options(selectinload(Milestone.history))
                                   .order_by(Milestone.date, Milestone.key)))
    return render_template("milestones/list.html", milestones=milestones, today=clock.today(),
                           moves=milestone_moves, cited=citation_counts(db()))


@bp.get("/mijlpalen/<key>")
def detail(key: str):
    m = db().scalar(select(Milestone).where(Milestone.key == key)
                    .options(selectinload(Milestone.history)))
    if m is None:
        abort(404)
    return render_template("milestones/detail.html", m=m, today=clock.today(),
                           moves=milestone_moves(m), citations=citations(db(), m))
