"""The public pages people read at the sources, for a commitment and the debate it was made in.

The SyncFeed gives a toezegging's address in the open-data store (…/SyncFeed/2.0/Entiteiten/
<guid>, raw XML); readers want the Tweede Kamer's own pages. Pure: numbers in, URLs out.

Where the URL patterns were confirmed (the session's search tool, 3 December 2026):
- Debates: a committee meeting's page is debat_en_vergadering/commissievergaderingen/
  details?id=<activiteitnummer>, a plenary one's debat_en_vergadering/plenaire_vergaderingen/
  details/activiteit?id=<activiteitnummer>. Found in several public consumers of the open data
  (code corpus; one notes it verified two cases, e.g. …/plenaire_vergaderingen/details/
  activiteit?id=2025A03345); not in the stored web pages.
- The register of toezeggingen is at https://www.tweedekamer.nl/toezeggingen (pages corpus:
  kikotapasando.com, 10 May 2023, "Op Tweedekamer.nl/toezeggingen staan alle mondelinge
  toezeggingen"). Document pages follow kamerstukken/<kind>/detail?id=…&did=<documentnummer>
  (pages corpus: tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D04328&id=2025D04328).
  The page of one toezegging was NOT found in either corpus: TRACKER_TK_COMMITMENT_PAGE holds
  its pattern (default: the site's detail pattern for the other kinds), so an operator can
  correct it without a release.
- Eerste Kamer: commitment pages are opaque CMS keys; rappel pages are
  https://www.eerstekamer.nl/rappel?ministerie=<key>&rappel=<key> (pages corpus, the rappel of
  September 2025 for BZK). The tracker links the page it read the commitment from.
"""

from __future__ import annotations

from urllib.parse import quote

TK_SITE = "https://www.tweedekamer.nl"
DEFAULT_TK_COMMITMENT_PAGE = TK_SITE + "/kamerstukken/toezeggingen/detail?id={number}"
COMMITTEE_MEETING_PAGE = (TK_SITE
                          + "/debat_en_vergadering/commissievergaderingen/details?id={number}")
PLENARY_PAGE = (TK_SITE
                + "/debat_en_vergadering/plenaire_vergaderingen/details/activiteit?id={number}")
# Activiteit soorten held in the plenary hall (the rest are committee meetings).
_PLENARY = ("plenair", "stemmingen", "vragenuur", "regeling van werkzaamheden", "hamerstuk",
            "tweeminutendebat", "dertigledendebat", "meerderheidsdebat")


def tk_commitment_page(number: str | None,
                       pattern: str = DEFAULT_TK_COMMITMENT_PAGE) -> str | None:
    """The Tweede Kamer's page of a toezegging (TZ202503-041)."""
    if not number:
        return None
    return pattern.format(number=quote(number, safe=""))


def tk_activity_page(number: str | None, kind: str | None) -> str | None:
    """The Tweede Kamer's page of the debate or meeting (Activiteit nummer 2025A01234)."""
    if not number:
        return None
    plenary = kind is not None and any(word in kind.lower() for word in _PLENARY)
    return (PLENARY_PAGE if plenary else COMMITTEE_MEETING_PAGE).format(
        number=quote(number, safe=""))
