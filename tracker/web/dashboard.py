"""The overview page and the health check."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta
from flask import Blueprint, jsonify, render_template, url_for
from flask_babel import format_date, ngettext
from flask_babel import gettext as _
from sqlalchemy import text

from .. import clock
from ..models import OPEN_STATUSES
from ..services.charts import due_by_month, overdue_age
from ..services.overview import GroupCount, aggregates, overview
from ..services.queue import queue_size
from . import cache, db
from .auth import has_role
from .charts import Bar, Chart, Column, Series, bar_chart, column_chart

bp = Blueprint("dashboard", __name__)


@bp.get("/")
def index():
    today = clock.today()
    # Grouped counts and punctuality read every commitment: cached briefly (web/cache.py).
    totals = cache.cached(("overview", today), lambda: aggregates(db(), today))
    ages, months = cache.cached(("charts", today), lambda: (
        overdue_age(db(), today), due_by_month(db(), today)))
    view = overview(db(), today, precomputed=totals)
    # A clerk's count is the queue's, where it leads: one sentence however many copies of its
    # paper were read (a reader's is the candidates, as the list it leads to shows them)
    # (kept with the overview's other aggregates: it reads every candidate's sentence)
    to_review = cache.cached(("queue-size",), lambda: queue_size(db())) \
        if has_role("clerk") else view.candidate_count
    return render_template("dashboard/index.html", view=view, to_review=to_review, charts={
        "ministry": _open_chart("chart-ministry", _(
            "Open toezeggingen en toezeggingen over de termijn per ministerie"),
            view.per_ministry, "ministry", _("Ministerie")),
        "committee": _open_chart("chart-committee", _(
            "Open toezeggingen en toezeggingen over de termijn per commissie"),
            view.per_committee, "committee", _("Commissie")),
        "age": _age_chart(ages),
        "months": _month_chart(months, today),
        "half_years": _half_year_chart(view.punctuality_by_half_year),
    })


def _open_chart(id: str, title: str, rows: list[GroupCount], param: str,
                header: str) -> Chart | None:
    if not rows:
        return None
    late = Series("s-late", _("over de termijn"))
    rest = Series("s-open", _("nog niet over de termijn"))
    return bar_chart(id, title, [late, rest], [header, _("Open"), _("Over de termijn")], [
        Bar(row.name, (row.overdue, row.open - row.overdue),
            _("%(open)s open, %(late)s te laat", open=row.open, late=row.overdue),
            (row.open, row.overdue),
            url_for("commitments.index", window="open", **{param: row.name}))
        for row in rows])


def _age_chart(rows) -> Chart | None:
    if not rows:
        return None
    series = [Series("s-age1", _("korter dan 3 maanden")),
              Series("s-age2", _("3 tot 12 maanden")),
              Series("s-age3", _("langer dan een jaar"))]
    unknown = _("Ministerie onbekend")
    bars = []
    for row in rows:
        args = {"window": "overdue", "kind": "commitment"}
        if row.ministry:
            args["ministry"] = row.ministry
        bars.append(Bar(
            row.ministry or unknown, row.counts,
            ngettext("%(num)s te laat", "%(num)s te laat", row.total),
            (*row.counts, row.total),
            url_for("commitments.index", **args) if row.ministry else None))
    return bar_chart(
        "chart-age", _("Hoe lang toezeggingen over de termijn zijn, per ministerie"), series,
        [_("Ministerie"), *(s.label for s in series), _("Totaal")], bars)


def _month_chart(rows, today: date) -> Chart | None:
    if not any(r.count for r in rows):
        return None
    columns = []
    for i, row in enumerate(rows):
        short = format_date(row.month, "MMM").rstrip(".")
        if i == 0 or row.month.month == 1:  # ("’26": "2026" broke in a phone's column)
            short += "\n’" + format_date(row.month, "yy")
        last = row.month + relativedelta(months=1, days=-1)
        columns.append(Column(
            short, row.count, str(row.count) if row.count else "",
            format_date(row.month, "MMMM y"), (row.count,),
            url_for("commitments.index", due_from=max(row.month, today).isoformat(),
                    due_to=last.isoformat(), kind="commitment", status=list(OPEN_STATUSES))))
    return column_chart(
        "chart-months", _("Deadlines van openstaande toezeggingen in de komende twaalf maanden"),
        Series("s-due", _("deadlines")), [_("Maand"), _("Deadlines")], columns,
        note=_("Deze maand telt vanaf vandaag."))


def half_year_words(period: str) -> str:
    """"2026-H1" in words: "eerste helft 2026"."""
    year, _sep, half = period.partition("-H")
    return (_("eerste helft %(year)s", year=year) if half == "1"
            else _("tweede helft %(year)s", year=year))


def _half_year_chart(rows) -> Chart | None:
    """On time and late per half-year of fulfilment, oldest first."""
    rows = sorted((r for r in rows if r.period and r.measured), key=lambda r: r.period)
    if not rows:
        return None
    series = [Series("s-ontime", _("op tijd")), Series("s-late", _("te laat"))]
    bars = [Bar(half_year_words(r.period), (r.on_time, r.late),
                _("%(share)s op tijd (%(on_time)s van %(measured)s)",
                  share=f"{round(r.share_on_time * 100)}%", on_time=r.on_time,
                  measured=r.measured),
                (r.on_time, r.late, f"{round(r.share_on_time * 100)}%"))
            for r in rows]
    return bar_chart("chart-half-years", _("Op tijd nagekomen per halfjaar"), series,
                     [_("Halfjaar"), _("Op tijd"), _("Te laat"), _("Aandeel op tijd")], bars,
                     note=_("Alleen toezeggingen waarvan de datum van nakomen en de deadline "
                            "die toen gold bekend zijn."))


@bp.get("/healthz")
def health():
    db().execute(text("SELECT 1"))
    return jsonify(status="ok")
