"""Issue 12's pages in a real Chromium: fulfilment as a deliberate act, registry detail, the
subscribe form's live count (fixtures from test_browser: Debian's Chromium via Playwright)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from tracker.models import Commitment, Fulfilment
from tracker.services.changes import Actor, set_fulfilment
from tracker.services.details import merge_details

from . import webdata
from .test_browser import _log_in, _shoot, _violations, axe_script, browser, page, server

__all__ = ["axe_script", "browser", "page", "server"]  # fixtures used by name


def test_a_clerk_confirms_a_fulfilment_deliberately_and_undoes_it(page, server, session,
                                                                    axe_script, today):
    d = webdata.make(session)
    from tracker.services.accounts import create_user

    merge_details(session, d.fulfilling, {"signer": "De Minister van Justitie en Veiligheid"})
    set_fulfilment(session, d.tk_soon, d.fulfilling, Actor("extraction", "text"),
                   state="proposed")
    create_user(session, "griffier@example.org", webdata.PASSWORD, "clerk")
    session.commit()
    _log_in(page, server, "griffier@example.org")
    page.goto(f"{server}/toezeggingen/{d.tk_soon.id}")
    proposal = page.locator("li", has=page.get_by_role("button",
                                                       name="Bevestigen als nakoming"))
    # what the document is, before anything is decided
    assert "Brief regering" in proposal.inner_text()
    assert "De Minister van Justitie en Veiligheid" in proposal.inner_text()
    assert "1 oktober 2026" in proposal.inner_text()
    # nothing is preselected: confirming without a choice is refused by the form itself
    page.get_by_role("button", name="Bevestigen als nakoming").click()
    assert page.evaluate("document.querySelector('input[name=status]:invalid') !== null")
    session.expire_all()
    link = session.scalar(select(Fulfilment).where(Fulfilment.commitment_id == d.tk_soon.id))
    assert link.state == "proposed"
    page.get_by_label("Deels voldaan: een deel staat nog open").check()
    _shoot(page, "fulfilment-proposal")
    assert not _violations(page, axe_script)
    page.get_by_role("button", name="Bevestigen als nakoming").click()
    page.wait_for_load_state()
    assert page.get_by_text("Voorgestelde nakoming bevestigd.").is_visible()
    session.expire_all()
    assert session.scalar(select(Commitment.status).where(
        Commitment.id == d.tk_soon.id)) == "partially_fulfilled"
    # undo, with a reason: both steps stay in the history
    page.get_by_label("Reden", exact=True).first.fill("verkeerde brief")
    page.get_by_role("button", name="Ongedaan maken").click()
    page.wait_for_load_state()
    assert page.get_by_text("Nakoming ongedaan gemaakt").is_visible()
    assert page.get_by_role("cell", name="verkeerde brief").first.is_visible()
    session.expire_all()
    assert session.scalar(select(Commitment.status).where(
        Commitment.id == d.tk_soon.id)) == "open"
    _shoot(page, "fulfilment-undone")


def test_linking_by_number_shows_the_document_first(page, server, session, today):
    d = webdata.make(session)
    from tracker.services.accounts import create_user

    create_user(session, "griffier@example.org", webdata.PASSWORD, "clerk")
    session.commit()
    page.set_viewport_size({"width": 390, "height": 844})
    _log_in(page, server, "griffier@example.org")
    page.goto(f"{server}/toezeggingen/{d.tk_soon.id}")
    page.get_by_label("Documentnummer of kenmerk").fill("2020D10554")
    page.get_by_role("button", name="Document bekijken").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Nakoming vastleggen").is_visible()
    assert page.get_by_text("Brief regering").is_visible()
    assert page.get_by_text("13 maart 2020").is_visible()
    _shoot(page, "fulfilment-check-390")
    page.get_by_label("Voldaan: de toezegging is hiermee nagekomen").check()
    page.get_by_role("button", name="Vastleggen als nakoming").click()
    page.wait_for_load_state()
    assert page.get_by_text("Document 2020D10554 gekoppeld als nakoming.").is_visible()
    session.expire_all()
    assert session.scalar(select(Commitment.status).where(
        Commitment.id == d.tk_soon.id)) == "fulfilled"


def test_registry_detail_and_party_filter_in_the_browser(page, server, session, cli,
                                                         axe_script, today):
    cli("load-sample")
    t03670 = session.scalar(select(Commitment).where(Commitment.number == "T03670"))
    tz = session.scalar(select(Commitment).where(Commitment.number == "TZ202503-042"))
    for width, language in ((1280, "nl"), (390, "nl"), (390, "en")):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{server}/toezeggingen/{t03670.id}?lang={language}")
        heading = ("In het register van de Eerste Kamer" if language == "nl"
                   else "In the Senate's register")
        assert page.get_by_role("heading", name=heading).is_visible()
        assert page.get_by_text("Kamerstukken I 2024/25, CXLVII").is_visible()
        # nothing wider than the screen
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        _shoot(page, f"registry-ek-{width}-{language}")
        assert not _violations(page, axe_script)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{server}/toezeggingen/{tz.id}?lang=nl")
    debate = page.get_by_role("link", name=re.compile("Commissiedebat"))
    assert "commissievergaderingen/details?id=2025A01234" in debate.get_attribute("href")
    assert "detail?id=TZ202503-042" in page.get_by_role(
        "link", name="bekijk bij de bron").get_attribute("href")
    page.get_by_role("link", name="GL-PvdA").click()
    page.wait_for_load_state()
    assert "party=GL-PvdA" in page.url
    assert page.get_by_text("1 toezegging gevonden").is_visible()
    _shoot(page, "registry-party-filter")


def test_the_subscribe_form_counts_as_the_filters_change(page, server, session, cli,
                                                          axe_script, today):
    from tracker.digest import Filters
    from tracker.services.subscriptions import count_matching

    cli("load-sample")
    everyone = count_matching(session, Filters(), today)
    ek = count_matching(session, Filters(chambers=("EK",)), today)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{server}/abonnement")
        status = page.locator("#match-count")
        assert f"volg je nu {everyone.promises} toezeggingen" in status.inner_text()
        # with JavaScript the count follows the form; the "count again" button is not needed
        assert not page.get_by_role("button", name="Tel opnieuw met deze keuzes").is_visible()
        page.get_by_label("Eerste Kamer", exact=True).check()
        page.wait_for_function(
            "n => document.querySelector('#match-count').textContent.includes(n)",
            arg=f"volg je nu {ek.promises} toezegging")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        _shoot(page, f"subscribe-count-{width}")
        assert not _violations(page, axe_script)


def test_the_overview_counts_lead_to_lists_of_exactly_those(page, server, session, cli,
                                                             axe_script, today):
    from tracker.models import Document
    from tracker.services.review import link_fulfilment

    cli("load-sample")
    # a letter of 16 September 2025 keeps a promise due 30 October 2025, linked today
    tz = session.scalar(select(Commitment).where(Commitment.number == "TZ202505-118"))
    letter = Document(source=tz.source, external_id="2025D40001", number="2025D40001",
                      doc_type="Brief regering", title="Brief", date=date(2025, 9, 16))
    session.add(letter)
    tz.due = date(2025, 10, 30)
    link_fulfilment(session, tz, letter, Actor("user", "griffier@example.org"))
    session.commit()
    page.goto(f"{server}/?lang=nl")
    counts = {}
    for item in page.locator("ul.counts li").all():
        text = item.inner_text()
        number = int(re.match(r"\s*(\d+)", text)[1])
        counts[text[len(str(number)):].strip()] = (number, item.locator("a"))
    for label in ("toezeggingen nog niet nagekomen", "over de termijn"):
        number, link = counts[label]
        link.click()
        page.wait_for_load_state()
        found = "toezegging gevonden" if number == 1 else "toezeggingen gevonden"
        assert page.get_by_text(f"{number} {found}").first.is_visible(), label
        page.go_back()
    punctuality = page.locator("section[aria-labelledby=punctuality-heading]").inner_text()
    assert "Van de 2 met een deadline werd 50% op tijd nagekomen." in punctuality
    _shoot(page, "overview-punctuality")
    assert not _violations(page, axe_script)
