"""The half-yearly rappel per ministry: printable, and as CSV or Excel."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, render_template, request

from .. import clock
from ..services import rappel as rp
from ..services import tabular
from . import db, public_url
from .filters import commitment_filter, url_with

bp = Blueprint("rappel", __name__)

FIELDS = ("ministry", "number", "text", "chamber", "committee", "made_on", "due",
          "due_phrase", "days_overdue", "status", "link")


def _reference() -> tuple[date, list[date], str | None]:
    choices = rp.rappel_dates(clock.today())
    raw = request.args.get("peildatum", "")
    try:
        return (date.fromisoformat(raw) if raw else choices[0]), choices, None
    except ValueError:
        return choices[0], choices, raw


@bp.get("/rappel")
def index():
    f, errors = commitment_filter()
    reference, choices, bad = _reference()
    if bad:
        errors = {**errors, "peildatum": f"{bad!r} is not a date (YYYY-MM-DD)"}
    groups = rp.rappel(db(), f, reference)
    return render_template("rappel/index.html", f=f, groups=groups, reference=reference,
                           choices=choices, errors=errors, url_with=url_with,
                           total=sum(len(g.commitments) for g in groups))


def _rows(reference: date):
    f, _errors = commitment_filter()
    for group in rp.rappel(db(), f, reference):
        for c in group.commitments:
            yield {"ministry": c.ministry, "number": c.number, "text": c.text,
                   "chamber": c.chamber, "committee": c.committee, "made_on": c.made_on,
                   "due": c.due, "due_phrase": c.due_phrase,
                   "days_overdue": (reference - c.due).days, "status": c.status,
                   "link": public_url("commitments.detail", commitment_id=c.id)}


def _disposition(reference: date, extension: str) -> dict[str, str]:
    return {"Content-Disposition":
            f'attachment; filename="rappel-{reference.isoformat()}.{extension}"'}


@bp.get("/rappel.csv")
def export_csv():
    reference = _reference()[0]
    rows = ({k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}
            for row in _rows(reference))
    return Response("".join(tabular.csv_chunks(rows, FIELDS)), mimetype="text/csv",
                    headers=_disposition(reference, "csv"))


@bp.get("/rappel.xlsx")
def export_xlsx():
    reference = _reference()[0]
    data = tabular.xlsx_bytes(_rows(reference), FIELDS, title=f"Rappel {reference.isoformat()}")
    return Response(data, mimetype=tabular.XLSX, headers=_disposition(reference, "xlsx"))
