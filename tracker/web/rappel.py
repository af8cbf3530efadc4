"""The half-yearly rappel per ministry: printable, and as CSV or Excel."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, render_template, request
from flask_babel import get_locale

from .. import clock
from ..services import export as ex
from ..services import rappel as rp
from ..services import tabular
from . import db, public_url
from .filters import commitment_filter, url_with
from .labels import labels

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
                           today=clock.today(),
                           choices=choices, errors=errors, url_with=url_with,
                           total=sum(len(g.commitments) for g in groups))


def _rows(reference: date):
    f, _errors = commitment_filter()
    words = labels()
    # how late each one is counts to today, as on every page (tracker.lifecycle)
    today = clock.today()
    for group in rp.rappel(db(), f, reference):
        for c in group.commitments:
            yield ex.office_row(c, words, today,
                                public_url("commitments.detail", commitment_id=c.id))


def _disposition(reference: date, extension: str) -> dict[str, str]:
    return {"Content-Disposition":
            f'attachment; filename="rappel-{reference.isoformat()}.{extension}"'}


@bp.get("/rappel.csv")
def export_csv():
    """The rappel as CSV; ``sep=semicolon`` gives the form Dutch Excel opens as columns."""
    reference = _reference()[0]
    columns = ex.office_columns(str(get_locale()), FIELDS)
    body = "".join(tabular.csv_chunks(_rows(reference), columns,
                                      tabular.dialect(request.args.get("sep"))))
    return Response(body, mimetype="text/csv", headers=_disposition(reference, "csv"))


@bp.get("/rappel.xlsx")
def export_xlsx():
    reference = _reference()[0]
    language = str(get_locale())
    data = tabular.xlsx_bytes(_rows(reference), ex.office_columns(language, FIELDS),
                              title=f"Rappel {reference.isoformat()}", language=language)
    return Response(data, mimetype=tabular.XLSX, headers=_disposition(reference, "xlsx"))
