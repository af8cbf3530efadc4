"""The overview page and the health check."""

from __future__ import annotations

from flask import Blueprint, jsonify, render_template
from sqlalchemy import text

from .. import clock
from ..services.overview import overview
from . import db

bp = Blueprint("dashboard", __name__)


@bp.get("/")
def index():
    return render_template("dashboard/index.html", view=overview(db(), clock.today()))


@bp.get("/healthz")
def health():
    db().execute(text("SELECT 1"))
    return jsonify(status="ok")
