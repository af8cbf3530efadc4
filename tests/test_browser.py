"""The pages in a real headless Chromium: axe-core accessibility checks (WCAG 2.1 A and AA),
keyboard use, and a clerk reviewing a candidate, against the app served over real HTTP.

Chromium is Debian's package (/usr/bin/chromium, or TRACKER_CHROMIUM); axe-core's axe.min.js
comes bundled in the axe-playwright-python package, so nothing is fetched at test time. Without
a browser these tests skip, unless TRACKER_REQUIRE_BROWSER=1 (CI), where that is a failure.
Screenshots of every page go to TRACKER_SCREENSHOTS when it is set.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from tracker.models import Commitment

from . import webdata

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("TRACKER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
REQUIRED = os.environ.get("TRACKER_REQUIRE_BROWSER") == "1"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _unavailable(reason: str):
    if REQUIRED:
        pytest.fail(f"browser tests required (TRACKER_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[dev]')")
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def axe_script() -> str:
    try:
        from axe_playwright_python.base import AXE_FILE_PATH
    except ImportError:
        _unavailable("axe-playwright-python (which bundles axe.min.js) is not installed")
    return AXE_FILE_PATH.read_text(encoding="utf-8")


@pytest.fixture
def server(app):
    """The app on a free loopback port, served by waitress as `tracker serve` does."""
    from waitress.server import create_server

    wsgi = create_server(app, host="127.0.0.1", port=0, threads=4, ident="tracker-test")
    stopping = threading.Event()

    def serve() -> None:
        # Closing the server from this thread can pull a socket from under the loop's select()
        # in the server thread (EBADF, or a negative descriptor): expected while stopping.
        try:
            wsgi.run()
        except (OSError, ValueError):
            if not stopping.is_set():
                raise

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{wsgi.effective_port}"
    stopping.set()
    wsgi.close()
    thread.join(timeout=10)


@pytest.fixture
def page(browser, server):
    # Asks for the server so that the browser closes its connections before the server stops
    # (a server closed under an open keep-alive connection fails the teardown now and then).
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


def _shoot(page, name: str) -> None:
    folder = os.environ.get("TRACKER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def _violations(page, axe_script: str) -> list[str]:
    page.evaluate(axe_script)
    result = page.evaluate("options => axe.run(document, options)",
                           {"runOnly": {"type": "tag", "values": WCAG},
                            "resultTypes": ["violations"]})
    return [f"{v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
                        for n in v["nodes"][:5])
            for v in result["violations"]]


def _log_in(page, server: str, email: str) -> None:
    page.goto(f"{server}/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(webdata.PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()


def test_every_page_passes_axe_wcag_21_aa(page, server, axe_script, session, cli, today):
    cli("load-sample")
    d = webdata.make(session)
    from tracker.services.accounts import create_user

    create_user(session, "beheer@example.org", webdata.PASSWORD, "admin", name="Beheerder")
    session.commit()
    public = {
        "overview": "/", "list": "/toezeggingen",
        "search": "/toezeggingen?q=algoritmeregister&status=open&status=fulfilled",
        "detail": f"/toezeggingen/{d.tk_open.id}", "evidence": f"/toezeggingen/{d.candidate.id}",
        "document": f"/documenten/{d.letter.id}", "documents": "/documenten",
        "milestones": "/mijlpalen", "milestone": "/mijlpalen/high-risk-annex-iii",
        "rappel": "/rappel", "login": "/inloggen", "not-found": "/toezeggingen/424242",
        "overview-en": "/?lang=en", "subscribe": "/abonnement",
        "subscribe-sent": "/abonnement/verstuurd", "subscribe-en": "/abonnement?lang=en",
    }
    problems = {}
    for name, path in public.items():
        page.goto(server + path)
        _shoot(page, name)
        problems[name] = _violations(page, axe_script)
    page.goto(server + "/?lang=nl")
    _log_in(page, server, "beheer@example.org")
    signed_in = {"clerk-candidate": f"/toezeggingen/{d.candidate.id}",
                 "clerk-detail": f"/toezeggingen/{d.tk_open.id}", "admin": "/beheer/",
                 "users": "/beheer/gebruikers", "audit": "/beheer/audit",
                 "sources": "/beheer/bronnen", "calendar": "/beheer/kalender",
                 "outbox": "/beheer/uitgaande-email", "queue": "/beoordelen"}
    for name, path in signed_in.items():
        page.goto(server + path)
        _shoot(page, name)
        problems[name] = _violations(page, axe_script)
    problems = {name: found for name, found in problems.items() if found}
    assert not problems, problems


# Every element's box against the viewport; the skip link waits off-screen on purpose, and what
# stands in a box that scrolls sideways (a table of numbers under a chart, on a phone) is read
# by scrolling it, its box within the screen.
TOO_WIDE = """() => {
  const width = document.documentElement.clientWidth, found = [];
  const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement)
    if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true; return false; };
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (!r.width || el.classList.contains('skip-link') || scrolls(el)) continue;
    if (r.right > width + 0.5 || r.left < -0.5) found.push(
      `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
  }
  return {width, scroll: document.documentElement.scrollWidth, found: found.slice(0, 5)};
}"""


def _public_pages(session, cli) -> dict[str, str]:
    cli("load-sample")
    d = webdata.make(session)
    return {
        "overview": "/", "list": "/toezeggingen",
        "list-filtered": "/toezeggingen?status=open&ministry=Binnenlandse+Zaken+en+"
                         "Koninkrijksrelaties&due_from=2020-01-01&q=algoritme",
        "detail": f"/toezeggingen/{d.tk_open.id}", "evidence": f"/toezeggingen/{d.candidate.id}",
        "document": f"/documenten/{d.letter.id}", "documents": "/documenten",
        "milestones": "/mijlpalen", "milestone": "/mijlpalen/high-risk-annex-iii",
        "rappel": "/rappel", "login": "/inloggen", "not-found": "/toezeggingen/424242",
        "subscribe": "/abonnement", "subscribe-sent": "/abonnement/verstuurd",
    }


def _problems(browser, server: str, pages: dict[str, str], sizes, check) -> dict[str, object]:
    """``check(page, name, width, language)`` on every page at every (width, language), its
    closed panels opened (filters, the tables under the charts): what it finds, by page."""
    problems = {}
    for width, language in sizes:
        context = browser.new_context(viewport={"width": width, "height": 800},
                                      locale="nl-NL")
        page = context.new_page()
        page.goto(f"{server}/?lang={language}")
        for name, path in pages.items():
            page.goto(server + path)
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            found = check(page, name, width, language)
            if found:
                problems[f"{name} at {width} px ({language})"] = found
        context.close()
    return problems


def test_no_page_is_wider_than_a_phone_or_a_laptop_screen(browser, server, session, cli,
                                                           today):
    def too_wide(page, name: str, width: int, language: str):
        if width in (390, 1366):
            _shoot(page, f"{name}-{language}-{width}")
        measured = page.evaluate(TOO_WIDE)
        return measured if measured["found"] or measured["scroll"] > measured["width"] else None

    problems = _problems(browser, server, _public_pages(session, cli), (
        (360, "nl"), (390, "nl"), (390, "en"), (1366, "nl"), (1366, "en")), too_wide)
    assert not problems, problems


# A word wider than the table cell it stands in (so broken inside, or spilling out). A table
# shown as cards (a phone) may break a long identifier anywhere; an address may break.
BROKEN_WORDS = """() => {
  const ctx = document.createElement('canvas').getContext('2d'), found = [];
  for (const cell of document.querySelectorAll('td, th')) {
    const style = getComputedStyle(cell);
    if (!cell.offsetParent || style.display !== 'table-cell') continue;  // (a card's cell)
    const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      ctx.font = getComputedStyle(node.parentElement).font;
      for (const word of node.textContent.split(/\\s+|(?<=-)/)) {  // (a line may end at a "-")
        const width = ctx.measureText(word).width;
        if (word && !word.includes('/') && width > room + 1)
          found.push(`${word} (${Math.round(width)} px in ${Math.round(room)})`);
      }
    }
  }
  return found.slice(0, 8);
}"""


def test_no_word_is_broken_in_a_table(browser, server, session, cli, today):
    # (every cell could break anywhere: "Kenme rk", "septemb er", "Identi fier", "Statu s")
    problems = _problems(browser, server, _public_pages(session, cli), (
        (390, "nl"), (390, "en"), (768, "en"), (1024, "nl"), (1366, "nl"), (1366, "en"),
        (1920, "en")), lambda page, *_where: page.evaluate(BROKEN_WORDS))
    assert not problems, problems


def test_on_a_phone_the_results_come_before_the_filters(browser, server, session, today):
    webdata.make(session)
    for width, filters_open in ((390, False), (1366, True)):
        context = browser.new_context(viewport={"width": width, "height": 800},
                                      locale="nl-NL")
        page = context.new_page()
        page.goto(server + "/toezeggingen?chamber=TK")
        panel = page.locator("details.filter-panel")
        assert panel.evaluate("el => el.open") is filters_open
        # the first result is on the first screen, under a summary of what is shown
        first = page.get_by_role("link", name="TZ202504-057")
        assert first.bounding_box()["y"] < 800
        assert page.get_by_role("link", name="Tweede Kamer (weghalen)").is_visible()
        if not filters_open:
            page.get_by_text("Filteren en sorteren (1 gekozen)").click()
            chosen = page.locator("#filter-form input[name=chamber][value=TK]")
            assert chosen.is_visible() and chosen.is_checked()
        context.close()


def test_keyboard_skip_link_and_visible_focus(page, server, cli, today):
    cli("load-sample")
    page.goto(server + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Naar de inhoud"
    box = page.evaluate("JSON.stringify(document.activeElement.getBoundingClientRect())")
    assert '"left":' in box and page.evaluate(
        "document.activeElement.getBoundingClientRect().left >= 0")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # the next Tab reaches the page's content, not the header again
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_filtering_by_keyboard_puts_the_filter_in_the_url(page, server, session, today):
    webdata.make(session)
    page.goto(server + "/toezeggingen")
    page.get_by_label("Zoekterm").fill("kenbaarheid")
    page.get_by_label("Zoekterm").press("Enter")
    page.wait_for_load_state()
    assert "q=kenbaarheid" in page.url
    assert page.get_by_role("link", name="T03670").is_visible()
    assert page.get_by_text("1 toezegging gevonden").is_visible()
    page.goto(server + "/toezeggingen")
    page.get_by_role("checkbox", name="EK (1)", exact=True).check()
    page.get_by_role("button", name="Toepassen").click()
    page.wait_for_load_state()
    assert "chamber=EK" in page.url
    _shoot(page, "list-filtered")


def test_a_clerk_reviews_a_candidate_in_the_browser(page, server, session, today):
    d = webdata.make(session)
    from tracker.services.accounts import create_user

    create_user(session, "griffier@example.org", webdata.PASSWORD, "clerk")
    session.commit()
    _log_in(page, server, "griffier@example.org")
    assert page.get_by_text("U bent ingelogd als griffier@example.org.").is_visible()
    page.get_by_role("link", name="Beoordelen", exact=True).click()
    page.get_by_role("link", name="Alle gegevens").first.click()
    assert page.locator("mark").first.inner_text() == webdata.SENTENCE
    page.get_by_label("Toelichting (optioneel)").first.fill("heldere toezegging")
    page.get_by_role("button", name="Bevestigen als toezegging").click()
    page.wait_for_load_state()
    assert page.get_by_text("Kandidaat bevestigd als toezegging.").is_visible()
    _shoot(page, "clerk-confirmed")
    session.expire_all()
    status = session.scalar(select(Commitment.status).where(Commitment.id == d.candidate.id))
    assert status == "open"
    assert page.get_by_role("cell", name="heldere toezegging").is_visible()


def test_a_clerk_works_through_the_queue_by_keyboard_on_a_phone(browser, server, session, cli,
                                                                 today):
    cli("load-sample")
    from tracker.services.accounts import create_user

    create_user(session, "griffier@example.org", webdata.PASSWORD, "clerk")
    session.commit()
    context = browser.new_context(viewport={"width": 390, "height": 800}, locale="nl-NL")
    page = context.new_page()
    _log_in(page, server, "griffier@example.org")
    for width, language in ((1366, "en"), (1366, "nl"), (390, "en"), (390, "nl")):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(f"{server}/beoordelen?lang={language}")
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        measured = page.evaluate(TOO_WIDE)
        assert not measured["found"] and measured["scroll"] <= measured["width"], measured
        _shoot(page, f"queue-{language}-{width}")
    page.reload()
    rows = page.locator("article.candidate")
    first_id, second_id = rows.nth(0).get_attribute("id"), rows.nth(1).get_attribute("id")
    # j and k move between proposals
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == first_id
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == second_id
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == first_id
    # Tab into the first proposal's number, type it, Enter confirms
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "number":
            break
    assert page.evaluate("document.activeElement.id") == f"number-{first_id[2:]}"
    page.keyboard.type("TZ202612-001")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_text("Bevestigd als toezegging:").is_visible()
    # on to the next proposal, which has the focus
    assert page.url.endswith(f"#{second_id}")
    assert page.evaluate("document.activeElement.id") == second_id
    session.expire_all()
    confirmed = session.get(Commitment, int(first_id[2:]))
    assert (confirmed.status, confirmed.number) == ("open", "TZ202612-001")
    # reject the next one with a reason chosen by keyboard
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "reject_reason":
            break
    page.keyboard.press("ArrowDown")  # "al geregistreerd als toezegging"
    page.keyboard.press("Tab")
    page.keyboard.type("staat al als TZ202503-042")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_text("Afgewezen:").is_visible()
    session.expire_all()
    rejected = session.get(Commitment, int(second_id[2:]))
    assert rejected.status == "rejected"
    _shoot(page, "queue-after-nl-390")
    context.close()
