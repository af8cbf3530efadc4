"""Reading the list filter from a request, the same way for every page, feed and export."""

from __future__ import annotations

from flask import request, url_for
from werkzeug.datastructures import MultiDict

from ..services.search import CommitmentFilter, FilterError
from . import public_url

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
