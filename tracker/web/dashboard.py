"""The overview page and the health check."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template
from sqlalchemy import text

from .. import clock
from ..services.overview import aggregates, overview
from . import cache, db

bp = Blueprint("dashboard", __name__)


@bp.get("/")
def index():
    today = clock.today()
    # Grouped counts and punctuality read every commitment: cached briefly (web/cache.py).
    totals = cache.cached(("overview", today), lambda: aggregates(db(), today))
    return render_template("dashboard/index.html",
                           view=overview(db(), today, precomputed=totals))


@bp.get("/healthz")
def health():
    db().execute(text("SELECT 1"))
    return jsonify(status="ok")
