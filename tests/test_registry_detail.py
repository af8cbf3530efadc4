"""Registry detail kept and shown: every field of an Eerste Kamer page with a link back to it;
for the Tweede Kamer the public pages of the promise and its debate, whom it was made to (member
and party) and a party filter."""

from __future__ import annotations

import re

from sqlalchemy import select

from tracker.models import Commitment, CommitmentRecipient
from tracker.sample import SAMPLE_DIR, load_tk_pages
from tracker.services.tweedekamer import import_pages

from .httpserver import LocalServer, Reply
from .sources import SAMPLE, fetcher

T03670 = SAMPLE / "ek/T03670.html"
RAPPEL = SAMPLE / "ek/rappel-bzk.html"


def _commitment(session, number) -> Commitment:
    session.expire_all()
    return session.scalar(select(Commitment).where(Commitment.number == number))


def _page(client, c) -> str:
    response = client.get(f"/toezeggingen/{c.id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_every_field_of_the_eerste_kamer_page_is_shown_with_a_link_back(client, session):
    from tracker.services.eerstekamer import sync_ek

    with LocalServer() as registry:
        registry.routes["/9370000/1/j9vvkfvj6b325az/t03670"] = Reply(
            200, T03670.read_bytes(), {"Content-Type": "text/html"})
        registry.routes["/rappel"] = Reply(200, RAPPEL.read_bytes(),
                                           {"Content-Type": "text/html"})
        own = registry.url + "/9370000/1/j9vvkfvj6b325az/t03670"
        rappel = registry.url + "/rappel?ministerie=x&rappel=y"
        with fetcher() as f:
            sync_ek(session, f, [own, rappel])
        session.commit()
    t = _commitment(session, "T03670")
    page = _page(client, t)
    section = page.split('id="registry-heading"')[1].split("</section>")[0]
    for shown in ("Kenbaarheid en motivering van AI-gebruik binnen de Awb (CXLVII)",
                  "overig", "Plenaire vergadering",
                  "staatssecretaris Koninkrijksrelaties en Digitalisering",
                  "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
                  "algoritmen; Algemene wet bestuursrecht; kunstmatige intelligentie",
                  "Grip op algoritmische besluitvorming bij de overheid (CXLVII)",
                  "Kamerstukken I 2024/25, CXLVII, verslag van een schriftelijk overleg",
                  "het Franse voorbeeld wordt meegenomen (T03670).",
                  "Verslag van de plenaire vergadering van dinsdag 21 maart 2023",
                  "Deadline gewijzigd van 1 juli 2025 naar 1 januari 2026 door de commissie",
                  "8 juli 2025"):
        assert shown in section, shown
    assert f'href="{own}"' in section  # back to the registry page it came from
    # a commitment read only from a rappel page links to that page
    t01970 = _commitment(session, "T01970")
    rappel_page = _page(client, t01970)
    assert f'href="{rappel.replace("&", "&amp;")}"' in rappel_page
    assert "prof. dr. S.C. van Bijsterveld (CDA)" in rappel_page
    # its Kamerleden are recipients with their parties, and the list filters on party
    parties = {r.party for r in session.scalars(select(CommitmentRecipient).where(
        CommitmentRecipient.commitment_id == t01970.id))}
    assert parties == {"CDA", "GroenLinks", "SGP", "PvdA", "ChristenUnie", "VVD"}
    listed = client.get("/toezeggingen?party=SGP").get_data(as_text=True)
    assert "1 toezegging gevonden" in listed and "T01970" in listed


def test_a_tk_promise_links_its_public_page_and_debate_and_says_whom_it_was_made_to(
        client, session, cli):
    load_tk_pages(session, SAMPLE_DIR)
    session.commit()
    promise = _commitment(session, "TZ202503-042")
    page = _page(client, promise)
    assert ('href="https://www.tweedekamer.nl/kamerstukken/toezeggingen/detail?'
            'id=TZ202503-042"') in page
    assert ('href="https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/'
            'details?id=2025A01234"') in page
    facts = page.split('id="facts-heading"')[1].split("</section>")[0]
    assert "M.J. van der Velde" in facts and ">GL-PvdA</a>" in facts
    # the raw SyncFeed entity is still there, as open data, not as "the source"
    assert re.search(r'<a href="[^"]*SyncFeed/2.0/Entiteiten/[^"]*"[^>]*>open data</a>', page)
    plenary = _page(client, _commitment(session, "TZ202505-118"))
    assert "plenaire_vergaderingen/details/activiteit?id=2025A04567" in plenary
    # the party filter: facet and list
    listed = client.get("/toezeggingen").get_data(as_text=True)
    assert "Toegezegd aan fractie" in listed and "GL-PvdA" in listed
    only = client.get("/toezeggingen?party=CDA").get_data(as_text=True)
    assert "1 toezegging gevonden" in only and "TZ202510-077" in only
    api = client.get("/api/v1/commitments?party=GL-PvdA").get_json()
    assert [i["number"] for i in api["items"]] == ["TZ202503-042"]
    assert api["items"][0]["promised_to"] == [{"name": "M.J. van der Velde",
                                               "party": "GL-PvdA"}]
    assert api["items"][0]["page"].endswith("detail?id=TZ202503-042")


def test_members_named_before_or_after_their_toezegging_arrives(session):
    toezegging = (SAMPLE / "tk/toezegging.xml").read_bytes()
    persoon = (SAMPLE / "tk/persoon.xml").read_bytes()
    fractie = (SAMPLE / "tk/fractie.xml").read_bytes()
    # the toezegging first: the recipient keeps its references, named when they arrive
    import_pages(session, [("toezegging", toezegging)])
    promise = _commitment(session, "TZ202503-042")
    (recipient,) = promise.recipients
    assert (recipient.name, recipient.party) == (None, None) and recipient.person_ref
    import_pages(session, [("persoon", persoon)])
    session.expire_all()
    assert (promise.recipients[0].name, promise.recipients[0].party) == (
        "M.J. van der Velde", "GL-PvdA")  # the person's own fractielabel, for now
    import_pages(session, [("fractie", fractie), ("toezegging", toezegging)])
    session.expire_all()
    assert [(r.name, r.party) for r in promise.recipients] == [
        ("M.J. van der Velde", "GL-PvdA")]
