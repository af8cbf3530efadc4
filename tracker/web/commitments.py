"""The commitments list (filters, facets, search, paging), its exports, and a commitment."""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    get_template_attribute,
    render_template,
    request,
    session,
    stream_with_context,
)
from flask_babel import get_locale
from flask_babel import gettext as _
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from .. import clock, wording
from ..models import Commitment, Fulfilment, Source
from ..services import export as ex
from ..services import search, tabular
from ..services.concurrency import ChangedMeanwhile
from ..services.evidence import commitment_detail, page_stamp
from . import cache, db, pages, public_url, rows, runtime
from .auth import current_user, feed_args, has_role
from .filters import (
    PER_PAGE,
    active_filters,
    commitment_filter,
    page_offset,
    url_with,
    window_words,
)
from .labels import labels

bp = Blueprint("commitments", __name__)

@bp.get("/toezeggingen")
def index():
    f, errors = commitment_filter()
    today = clock.today()
    # The total and the facet counts are the costly part of a large list: cached briefly per
    # filter (see web/cache.py); the rows are always fresh.
    facets, sources = cache.cached(("list", replace(f, sort=""), today), lambda: (
        search.facets(db(), f, today),
        dict(db().execute(select(Source.key, Source.name)).all())))
    total = search.total_from_facets(facets)
    ranked = f.effective_sort != "relevance" or total <= search.RELEVANCE_LIMIT
    rows_filter = f if ranked else replace(f, sort="due")
    offset = page_offset()
    # What the page says around the rows depends on the filter, the facets and the language
    # only: made once per filter while its facets are kept.
    feed = feed_args()  # a reader's own feed token (when reading is not public) is in links
    locale = str(get_locale())
    chrome = cache.cached(("list-chrome", f, today, locale, tuple(feed.items())),
                          lambda: _chrome(f, facets, sources, feed))
    versions = _versions(rows_filter, today, offset)

    def made() -> str:
        page = search.Page(_rows(rows_filter, today, offset, versions), total, PER_PAGE, offset)
        return render_template(
            "commitments/list.html", f=f, errors=errors, page=page, today=today,
            url_with=url_with, ranked=ranked, chips=chrome["chips"], panel=chrome["panel"],
            toolbar=chrome["toolbar"],
        )

    # A reader who is not signed in sees what anyone would for the same address: the whole
    # page is kept per state of its rows (their versions, read fresh) and of its frame, as a
    # promise's page is (web/pages.py). Signed in, the page has the reader's name and forms.
    if versions is None or current_user() is not None or "_flashes" in session:
        return made()
    key = ("list", chrome["made"], total, request.query_string, request.script_root, locale,
           today, tuple(versions))
    return cache.kept("tracker_list_pages", LIST_PAGES_KEPT).get_or_make(key, made)


def _chrome(f: search.CommitmentFilter, facets, sources: dict[str, str],
            feed: dict[str, str]) -> dict[str, Any]:
    names = {key: wording.source_name(key, name, _) for key, name in sources.items()}
    chips = active_filters(f, names)
    return {
        "made": next(_CHROME_MADE),  # which frame a kept page was made with
        "chips": chips,
        "panel": Markup(render_template(
            "commitments/_filter_panel.html", f=f, facets=facets, source_names=names,
            chips=chips, window_words=window_words)),
        "toolbar": Markup(render_template("commitments/_toolbar.html", f=f,
                                          url_with=url_with, feed=feed)),
    }


# The order of a list's first pages is kept per filter with its facets (web/cache.py), so a
# page of a long or narrowly filtered list costs a look-up of 25 rows by id, not a walk past
# every row before it. The rows themselves are read fresh, and only those that still match.
ORDER_KEPT = 40 * PER_PAGE
LIST_PAGES_KEPT = 300  # some 35 kB each
_CHROME_MADE = itertools.count()


def _versions(f: search.CommitmentFilter, today, offset: int) -> list[tuple[int, Any]] | None:
    """The (id, version) of the page's commitments that still match, in order; None for a
    page beyond the kept order."""
    if offset + PER_PAGE > ORDER_KEPT:
        return None
    ids = cache.cached(("order", f, today),
                       lambda: search.ordered_ids(db(), f, today, ORDER_KEPT))
    return search.still_matching_versions(db(), f, today, ids[offset:offset + PER_PAGE])


def _rows(f: search.CommitmentFilter, today, offset: int,
          versions: list[tuple[int, Any]] | None) -> list[Commitment | Markup]:
    """The page's commitments, or their rows where a table row of that version was made
    before (``web/rows.py``): a warm list loads only ids and versions, no objects."""
    if versions is None:
        return list(db().scalars(search.paged(
            search.commitments_query(db(), f, today)
            .options(selectinload(Commitment.source)), PER_PAGE, offset)))
    made = rows.kept_rows(versions, today)
    missing = [i for (i, _version), row in zip(versions, made, strict=True) if row is None]
    loaded = {c.id: c for c in search.still_matching(db(), f, today, missing)}
    # A commitment changed or gone since its version was read is left out, as a gone one is.
    return [row if row is not None else loaded[i]
            for (i, _version), row in zip(versions, made, strict=True)
            if row is not None or i in loaded]


@bp.get("/toezeggingen/<int:commitment_id>")
def detail(commitment_id: int):
    return render_detail(commitment_id)


def render_detail(commitment_id: int, conflict: ChangedMeanwhile | None = None,
                  status: int = 200):
    """The commitment's page; with ``conflict``, headed by what changed since the clerk's form
    was shown (their change was not saved)."""
    tk_page = runtime().settings.tk_commitment_page
    if conflict is not None or has_role("clerk"):
        page = _detail_page(commitment_id, tk_page, conflict)  # forms: per session, afresh
    else:
        stamp = page_stamp(db(), commitment_id)
        if stamp is None:
            abort(404)
        key = ("detail", commitment_id, stamp, clock.today(), str(get_locale()),
               current_user() is not None, request.script_root, tk_page)
        page = pages.kept_page(key, lambda: _detail_page(commitment_id, tk_page))
    if page is None:
        abort(404)
    return render_template("commitments/detail.html", **page), status


def _detail_page(commitment_id: int, tk_page: str,
                 conflict: ChangedMeanwhile | None = None) -> dict[str, Markup] | None:
    """The page's title and body (without the site around it), or None if there is no such
    commitment."""
    view = commitment_detail(db(), commitment_id)
    if view is None:
        return None
    c = view.commitment
    return {"title": Markup(get_template_attribute("_macros.html", "commitment_title")(c)),
            "body": Markup(render_template(
                "commitments/_detail.html", view=view, c=c, today=clock.today(),
                conflict=conflict, pages=view.public_pages(tk_page)))}


def _office_rows(f: search.CommitmentFilter) -> Any:
    """Every commitment matching ``f`` in words of the reader's language (one query a batch)."""
    options = (selectinload(Commitment.source), selectinload(Commitment.document),
               selectinload(Commitment.fulfilments).selectinload(Fulfilment.document))
    words, today = labels(), clock.today()
    for c in search.iter_commitments(db(), f, today, *options):
        yield ex.office_row(c, words, today,
                            public_url("commitments.detail", commitment_id=c.id))


def _disposition(stem: str, extension: str) -> dict[str, str]:
    name = f"{stem}-{clock.today().isoformat()}.{extension}"
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@bp.get("/toezeggingen.csv")
def export_csv():
    """The list as CSV; ``sep=semicolon`` gives the form Dutch Excel opens as columns."""
    f, _errors = commitment_filter()
    columns = ex.office_columns(str(get_locale()))
    body = stream_with_context(tabular.csv_chunks(
        _office_rows(f), columns, tabular.dialect(request.args.get("sep"))))
    return Response(body, mimetype="text/csv", headers=_disposition(_("toezeggingen"), "csv"))


@bp.get("/toezeggingen.xlsx")
def export_xlsx():
    f, _errors = commitment_filter()
    language = str(get_locale())
    data = tabular.xlsx_bytes(_office_rows(f), ex.office_columns(language),
                              title=_("Toezeggingen"), language=language)
    return Response(data, mimetype=tabular.XLSX,
                    headers=_disposition(_("toezeggingen"), "xlsx"))
