"""Reading the list filter from a request, the same way for every page, feed and export."""

from __future__ import annotations

from dataclasses import replace

from flask import request, url_for
from flask_babel import format_date
from flask_babel import gettext as _
from werkzeug.datastructures import MultiDict

from ..services.search import CommitmentFilter, FilterError
from . import public_url
from .labels import labels

PER_PAGE = 25


def commitment_filter(strict: bool = False) -> tuple[CommitmentFilter, dict[str, str]]:
    """The request's filter and its errors; bad arguments are dropped (or raised if strict)."""
    try:
        return CommitmentFilter.from_args(request.args), {}
    except FilterError as exc:
        if strict:
            raise
        args = MultiDict([(k, v) for k, v in request.args.items(multi=True)
                          if k not in exc.errors])
        return CommitmentFilter.from_args(args), exc.errors


def active_filters(f: CommitmentFilter, source_names: dict[str, str],
                   endpoint: str = "commitments.index") -> list[tuple[str, str]]:
    """Each narrowing choice of ``f`` in words, with the URL of the list without it: the
    summary above the results that says what is shown and undoes a choice in one tap."""
    words = labels()
    values = {"status": words["status"], "precision": words["precision"],
              "kind": words["kind"], "source": source_names,
              "chamber": {"TK": _("Tweede Kamer"), "EK": _("Eerste Kamer")}}
    chips = []
    if f.q:
        chips.append((f"“{f.q}”", url_with(endpoint, replace(f, q=""))))
    for name in CommitmentFilter.MULTI:
        for value in getattr(f, name):
            rest = tuple(v for v in getattr(f, name) if v != value)
            chips.append((values.get(name, {}).get(value, value),
                          url_with(endpoint, replace(f, **{name: rest}))))
    if f.window:
        chips.append((window_words()[f.window], url_with(endpoint, replace(f, window=""))))
    if f.due_from:
        chips.append((_("vanaf %(date)s", date=format_date(f.due_from, "d MMM y")),
                      url_with(endpoint, replace(f, due_from=None))))
    if f.due_to:
        chips.append((_("tot en met %(date)s", date=format_date(f.due_to, "d MMM y")),
                      url_with(endpoint, replace(f, due_to=None))))
    if f.withdrawn:
        chips.append((_("ook ingetrokken"), url_with(endpoint, replace(f, withdrawn=False))))
    return chips


def window_words() -> dict[str, str]:
    """The deadline windows in words, in the order the filter offers them."""
    return {"": _("alle"), "open": _("nog niet nagekomen"), "overdue": _("over de termijn"),
            "soon": _("komende 30 dagen"),
            "quarter": _("komende 3 maanden"), "none": _("zonder deadline")}


def page_offset(per_page: int = PER_PAGE) -> int:
    try:
        page = int(request.args.get("page", "1"))
    except ValueError:
        page = 1
    return (max(1, min(page, 100_000)) - 1) * per_page


def url_with(endpoint: str, f: CommitmentFilter, _external: bool = False, **extra) -> str:
    """The URL of ``endpoint`` carrying the filter ``f`` and extra arguments."""
    args = MultiDict(f.to_args())
    for key, value in extra.items():
        if value is not None:
            args[key] = value
    if _external:
        return public_url(endpoint, **args.to_dict(flat=False))
    return url_for(endpoint, **args.to_dict(flat=False))


def readable_errors(errors: dict[str, str]) -> dict[str, str]:
    """Filter problems (``FilterError.errors``: argument -> English reason, as the API gives
    them) in the reader's words: the filter's name and what was wrong with the value given."""
    names = {"q": _("Zoekterm"), "chamber": _("Kamer"), "source": _("Bron"),
             "status": _("Status"), "kind": _("Soort"), "precision": _("Precisie van de deadline"),
             "ministry": _("Ministerie"), "committee": _("Commissie"), "window": _("Periode"),
             "due_from": _("Vanaf"), "due_to": _("Tot en met"), "sort": _("Sorteren op"),
             "peildatum": _("Peildatum"), "dossier": _("Dossier")}
    readable = {}
    for name in errors:
        given = ", ".join(v for v in request.args.getlist(name) if v.strip()) or "—"
        if name in ("due_from", "due_to", "peildatum"):
            problem = _("‘%(value)s’ is geen datum; schrijf die als JJJJ-MM-DD", value=given)
        else:
            problem = _("‘%(value)s’ is geen van de mogelijke keuzes", value=given)
        readable[names.get(name, name)] = problem
    return readable
