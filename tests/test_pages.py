"""The pages a clerk or ministry reads: overview, list, detail, documents, milestones, rappel."""

import csv
import io
import re
from datetime import date

from openpyxl import load_workbook
from sqlalchemy import select

from tracker.models import Commitment, CommitmentLink, Document
from tracker.services.changes import Actor, apply, upsert
from tracker.services.sources import get_source

from . import webdata


def _text(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def test_overview_counts_lists_chart_and_punctuality(client, session, cli, today):
    webdata.reference_data(session)
    webdata.make(session)
    page = _text(client.get("/"))
    counts = re.findall(r'<span class="count">(\d+)</span>\s*([^<]+)<', page)
    assert [(int(n), label.strip()) for n, label in counts] == [
        (3, "toezeggingen nog niet nagekomen"), (1, "over de termijn"),
        (1, "binnen 30 dagen verwacht"), (1, "kandidaten te beoordelen")]
    overdue = page.split('id="overdue-heading"')[1].split("</section>")[0]
    assert "TZ202504-057" in overdue and "146 dagen te laat" in overdue
    soon = page.split('id="soon-heading"')[1].split("</section>")[0]
    assert "TZ202510-012" in soon
    fulfilled = page.split('id="fulfilled-heading"')[1].split("</section>")[0]
    # recorded on 10 November, kept by the letter of 1 October: the letter's date is shown
    assert "TZ202501-003" in fulfilled and "nagekomen 1 oktober 2026" in fulfilled
    review = page.split('id="review-heading"')[1].split("</section>")[0]
    assert "Het kabinet zal de Kamer voor de zomer" in review
    # the charts: words in HTML beside SVG bars, and the same numbers as a table
    assert '<figure class="chart" aria-labelledby="chart-ministry-title">' in page
    assert ">Binnenlandse Zaken en Koninkrijksrelaties</a></th><td>3</td><td>1</td>" in page
    assert "3 open, 1 te laat" in page
    # overdue for 146 days: between 3 and 12 months
    age = page.split('id="chart-age-title"')[1].split("</figure>")[0]
    assert ">Binnenlandse Zaken en Koninkrijksrelaties</a></th><td>0</td><td>1</td><td>0</td>" \
        "<td>1</td>" in age
    # the coming twelve months, from this one; TZ202510-012 is due on 30 November
    months = page.split('id="chart-months-title"')[1].split("</figure>")[0]
    rows = re.findall(r'<th scope="row"><a href="([^"]+)">([^<]+)</a></th><td>(\d+)</td>', months)
    assert [(name, int(n)) for _href, name, n in rows][:2] == [
        ("november 2026", 1), ("december 2026", 0)]
    assert len(rows) == 12 and rows[-1][1] == "oktober 2027"
    assert "due_from=2026-11-23" in rows[0][0] and "due_to=2026-11-30" in rows[0][0]
    # kept by the letter of 1 October 2026 against a deadline of 1 September 2026: 30 days
    # late (not counted from 10 November, the day the source recorded it)
    # (one in words of its own: "Van de 1 met een deadline werd 0% …, mediaan 30 dagen")
    assert "Die met een deadline werd 30 dagen na de deadline nagekomen." in page
    assert "2 december 2026" in page  # upcoming milestone


def test_overdue_age_buckets_and_deadlines_per_month(session, today):
    from tracker.services.charts import due_by_month, overdue_age

    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    dues = {"a": date(2026, 11, 22), "b": date(2026, 8, 24), "c": date(2026, 8, 23),
            "d": date(2025, 11, 24), "e": date(2025, 11, 23), "f": date(2027, 11, 1),
            "g": date(2027, 10, 31), "h": date(2026, 11, 23)}
    for key, due in dues.items():
        upsert(session, Commitment, source, key, {
            "text": key, "status": "open", "due": due,
            "ministry": None if key == "e" else "Financiën"}, Actor("sync", "tk"))
    upsert(session, Commitment, source, "closed", {"text": "x", "status": "fulfilled",
                                                     "due": date(2026, 1, 1)}, Actor("sync", "tk"))
    session.commit()
    ages = overdue_age(session, today)
    # a day late and three months less a day: recent; three months to the day, and a year
    # less a day: 3–12; a year to the day: over a year (the one without a ministry)
    assert [(a.ministry, a.counts) for a in ages] == [("Financiën", (2, 2, 0)), ("", (0, 0, 1))]
    months = due_by_month(session, today)
    assert months[0].month == date(2026, 11, 1) and months[0].count == 1  # today counts
    assert months[-1].month == date(2027, 10, 1) and months[-1].count == 1  # f is too late
    assert sum(m.count for m in months) == 2


def test_punctuality_uses_the_deadline_in_force_when_fulfilled(session, today):
    from tracker.services.punctuality import report

    d = webdata.make(session)
    # moving the deadline after the fulfilment does not make it punctual
    apply(session, d.tk_fulfilled, {"due": date(2026, 12, 31)},
          Actor("user", "x@example.org", reason="te laat verschoven", at=webdata.at(
              date(2026, 11, 20))))
    session.commit()
    figures = report(session)
    overall = figures.overall
    assert (overall.measured, overall.on_time, overall.median_days_late) == (1, 0, 30)
    assert [(p.name, p.fulfilled) for p in figures.by_ministry] == [("Justitie en Veiligheid", 1)]


def test_list_filters_are_in_the_url_and_shown(client, session, today):
    webdata.make(session)
    page = _text(client.get("/toezeggingen?chamber=EK"))
    assert "1 toezegging gevonden" in page and "T03670" in page and "TZ202504-057" not in page
    assert 'value="EK" checked' in page
    # export and feed links carry the same filter
    assert 'href="/toezeggingen.csv?chamber=EK"' in page
    assert 'href="/calendar.ics?chamber=EK"' in page
    assert 'href="/feed.atom?chamber=EK"' in page
    searched = _text(client.get("/toezeggingen?q=kunstmatige"))
    assert "TZ202504-057" in searched and "T03670" not in searched
    assert 'value="kunstmatige"' in searched


def test_bad_filter_values_are_reported_and_the_rest_still_applies(client, session, today):
    webdata.make(session)
    page = _text(client.get("/toezeggingen?chamber=EK&due_to=morgen"))
    assert "Niet alle filters konden worden gebruikt" in page and "due_to" in page
    assert "T03670" in page and "TZ202504-057" not in page


def test_list_pages(client, session, today):
    source = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    for n in range(30):
        upsert(session, Commitment, source, f"g{n}", {
            "number": f"TZ2026{n:02d}", "text": f"Toezegging {n}", "status": "open",
            "due": date(2027, 1, 1 + n)}, Actor("sync", "tk"))
    session.commit()
    first = _text(client.get("/toezeggingen"))
    assert "Pagina 1 van 2" in first and "TZ202624" in first and "TZ202625" not in first
    second = _text(client.get("/toezeggingen?page=2"))
    assert "TZ202625" in second and 'rel="prev"' in second


def test_detail_shows_source_deadline_history_and_fulfilment(client, session, today):
    d = webdata.make(session)
    page = _text(client.get(f"/toezeggingen/{d.tk_open.id}"))
    assert "TZ202504-057" in page and "Commissiedebat Digitale overheid" in page
    assert "minister van BZK" in page and "9 april 2025" in page
    # the clerks' date, and what the text said before it (not as if it said the new one)
    assert "vastgelegd door de griffie; de tekst zei “voor het einde van het jaar”" in page
    assert "2 keer" in page  # moved twice
    assert "nieuwe termijn bij de bron" in page and "commissie stelde nieuwe termijn" in page
    # visitors see that the clerks changed it, not which clerk
    assert "griffier@tweedekamer.nl" not in page and "griffie" in page
    fulfilled = _text(client.get(f"/toezeggingen/{d.tk_fulfilled.id}"))
    assert "Nagekomen met" in fulfilled and "2026D01234" in fulfilled
    assert client.get("/toezeggingen/99999").status_code == 404


def test_related_commitments_are_named_from_both_sides(client, session, today):
    d = webdata.make(session)
    session.add_all([
        CommitmentLink(from_id=d.tk_soon.id, relation="repeats", to_id=d.tk_open.id,
                       to_ref="TZ202504-057"),
        CommitmentLink(from_id=d.tk_soon.id, relation="amends", to_ref="TZ201901-001")])
    session.commit()
    page = re.sub(r"\s+", " ", _text(client.get(f"/toezeggingen/{d.tk_soon.id}")))
    assert re.search(r"herhaalt <a [^>]*>TZ202504-057</a>", page)
    assert "wijzigt TZ201901-001" in page and "nog niet ingelezen" in page
    other = re.sub(r"\s+", " ", _text(client.get(f"/toezeggingen/{d.tk_open.id}?lang=en")))
    assert re.search(r"repeated by <a [^>]*>" + re.escape(d.tk_soon.number), other)


def test_signed_in_users_see_which_clerk_changed_it(client, session, today):
    d = webdata.make(session)
    webdata.login(client, session, "viewer")
    assert "griffier@tweedekamer.nl" in _text(client.get(f"/toezeggingen/{d.tk_open.id}"))


def test_detail_highlights_the_evidence_sentence(client, session, today):
    d = webdata.make(session)
    page = _text(client.get(f"/toezeggingen/{d.candidate.id}"))
    assert f"<mark>{webdata.SENTENCE}</mark>" in page
    assert "Geachte voorzitter" in page  # context before the sentence
    assert "zekerheid 82%" in page
    assert "zal_informeren" not in page  # the rule that found it is the tracker's business
    assert f'href="/documenten/{d.letter.id}#c-{d.candidate.id}"' in page


def test_document_page_highlights_its_extracted_items(client, session, today):
    d = webdata.make(session)
    page = _text(client.get(f"/documenten/{d.letter.id}"))
    assert f'<mark id="c-{d.candidate.id}" class="item">{webdata.SENTENCE}</mark>' in page
    assert "Surveillance Giants" in page and "26643" in page
    fulfilling = _text(client.get(f"/documenten/{d.fulfilling.id}"))
    assert "Komt toezeggingen na" in fulfilling and "TZ202501-003" in fulfilling
    listing = _text(client.get("/documenten?q=algoritmes"))
    assert "Surveillance Giants" in listing and "Voortgangsbrief" not in listing


def test_a_documents_findings_say_what_they_are_and_when_they_are_due(client, session, today):
    d = webdata.make(session)
    found = _found(_text(client.get(f"/documenten/{d.letter.id}")))
    assert "Toezegging" in found and '<time datetime="2026-07-03">' in found
    assert "voor de zomer van 2026" in found
    english = _found(_text(client.get(f"/documenten/{d.letter.id}?lang=en")))
    assert "Commitment" in english and "Toezegging" not in english
    assert '<time datetime="2026-07-03">' in english


def _found(page: str) -> str:
    """The list of what was found in a document's text."""
    return page[page.index('id="items-heading"'):page.index("</ol>")]


def test_a_document_names_its_copies_from_other_sources(client, session, today):
    d = webdata.make(session)
    feed = get_source(session, "feed:tk", kind="feed", name="Kamerbrieven")
    stub, _, _ = upsert(session, Document, feed, "2020D10554", {"number": "2020D10554",
                                                                "title": "Brief"},
                        Actor("sync", "feed"))
    session.commit()
    page = re.sub(r"\s+", " ", _text(client.get(f"/documenten/{stub.id}")))
    assert "Hetzelfde stuk bij andere bronnen" in page
    assert "Deze bron levert geen tekst" in page
    assert "Van deze bron is geen tekst om in te zoeken." in page
    assert re.search(rf'href="/documenten/{d.letter.id}">2020D10554</a> — Tweede Kamer '
                     r'<span class="muted">\(met tekst\)', page)
    original = _text(client.get(f"/documenten/{d.letter.id}"))
    assert f'href="/documenten/{stub.id}"' in original and "Deze bron levert" not in original
    assert "Hetzelfde stuk" not in _text(client.get(f"/documenten/{d.fulfilling.id}"))


def test_milestones_show_moved_dates_as_moved(client, session, today):
    webdata.reference_data(session)
    page = _text(client.get("/mijlpalen"))
    assert "<del><time datetime=\"2026-08-02\">2 augustus 2026</time></del> → " \
           "<ins><time datetime=\"2027-12-02\">2 december 2027</time></ins>" in page
    assert "door Verordening (EU) 2026/1744" in page and "Regulation" not in page
    assert "Art. 113(c) (gewijzigd)" in page and "as amended" not in page
    assert "(verstreken)" in page  # entry into force, 2024
    detail = _text(client.get("/mijlpalen/high-risk-annex-iii"))
    assert "Verordening (EU) 2026/1744" in detail and "2 augustus 2026" in detail
    assert client.get("/mijlpalen/unknown").status_code == 404
    english = _text(client.get("/mijlpalen?lang=en"))
    assert "2 August 2026" in english and "by Regulation (EU) 2026/1744" in english
    # the regulation once ("Verordening (EU) 2026/1744, Verordening 2026/1744" before), and
    # the dates in English titles as days ("before 2025-08-02" before)
    assert "Verordening 2026/1744" not in page and "Regulation 2026/1744" not in english
    assert "placed on the market before 2 August 2025" in english
    assert not re.search(r"before \d{4}-\d\d-\d\d", english)
    # a milestone's title and its legal basis are two things, not one run of words
    # ("InwerkingtredingVerordening (EU) 2024/1689" when the page's text is read or copied)
    words = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page))
    assert "Inwerkingtreding Verordening (EU) 2024/1689" in words


def test_rappel_groups_overdue_commitments_per_ministry(client, session, today):
    d = webdata.make(session)
    apply(session, d.ek_open, {"due": date(2024, 1, 1)}, Actor("sync", "ek"))
    session.commit()
    page = _text(client.get("/rappel"))
    assert "vóór 1 januari 2027" in page  # the next half-yearly reference date
    section = page.split("Binnenlandse Zaken en Koninkrijksrelaties <span")[1]
    # due 30 November 2026 counts: it is overdue on the reference date
    assert section.index("T03670") < section.index("TZ202504-057") < section.index(
        "TZ202510-012")
    # how late is counted to today, as on every page: the same 146 days as the overview's
    assert ">1057<" in section and ">146<" in section  # T03670 and TZ202504-057
    assert "nog niet" in section  # TZ202510-012 will be overdue by 1 January, is not yet
    earlier = _text(client.get("/rappel?peildatum=2026-07-01&chamber=EK"))
    assert "T03670" in earlier and "TZ202504-057" not in earlier
    rows = list(csv.DictReader(io.StringIO(_text(client.get("/rappel.csv?peildatum=2026-07-01")))))
    assert [(r["Nummer"], r["Dagen over de termijn"]) for r in rows] == [
        ("T03670", "1057"), ("TZ202504-057", "146")]
    sheet = load_workbook(io.BytesIO(client.get("/rappel.xlsx?peildatum=2026-07-01").data)).active
    assert [c.value for c in sheet[1]][:3] == ["Ministerie", "Nummer", "Tekst"]
    assert sheet.max_row == 3 and sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:K3"
    assert sheet["H2"].value is None and sheet["I2"].value == 1057 and sheet["G2"].is_date
    assert sheet["J2"].value == "Openstaand"
    dutch = client.get("/rappel.csv?peildatum=2026-07-01&sep=semicolon").data
    assert dutch.startswith("\ufeffMinisterie;Nummer;".encode())
    # A confirmed request of the Kamer is not a promise the ministry is reminded of.
    apply(session, d.tk_open, {"kind": "request"}, Actor("user", "griffier@example.org"))
    session.commit()
    assert "TZ202504-057" not in _text(client.get("/rappel?peildatum=2026-07-01"))
    assert "TZ202504-057" in _text(client.get("/rappel?peildatum=2026-07-01&kind=request"))


def test_english_pages(client, session, today):
    d = webdata.make(session)
    page = _text(client.get(f"/toezeggingen/{d.tk_open.id}?lang=en"))
    assert "<html lang=\"en\">" in page and "History" in page
    assert "2 times" in page
    listing = _text(client.get("/toezeggingen?chamber=EK"))  # remembered
    assert "1 commitment found" in listing
    assert 'href="/toezeggingen?chamber=EK&amp;lang=nl"' in listing


def test_a_milestone_lists_the_documents_citing_it_and_flags_old_dates(client, cli, session,
                                                                       today):
    from tracker.models import Milestone

    cli("load-sample")
    page = re.sub(r"\s+", " ", _text(client.get("/mijlpalen/high-risk-annex-iii")))
    cited = page.split('id="cited-heading"')[1].split("</section>")[0]
    assert "1 document noemt deze mijlpaal." in cited
    assert "Focus op AI bij de rijksoverheid" in cited
    assert ("noemt 2 augustus 2026, maar die datum is verschoven naar 2 december 2027 (door "
            "Verordening (EU) 2026/1744)") in cited
    assert 'class="outdated"' in cited
    other = re.sub(r"\s+", " ", _text(client.get("/mijlpalen/public-authority-legacy-high-risk")))
    assert "noemt 31 december 2030, maar de geldende datum is 2 augustus 2030" in other
    assert "noemt augustus 2030: de datum die geldt" in other  # the text named the month
    timeline = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", _text(client.get("/mijlpalen"))))
    assert "genoemd in 1 document (1 met een datum die niet meer geldt)" in timeline
    # the catalogue moves a date after the document was read: its quote is now outdated
    m = session.scalar(select(Milestone).where(Milestone.key == "prohibitions-ai-literacy"))
    apply(session, m, {"date": date(2025, 8, 2)}, Actor("load", "catalogue",
                                                        reason="amended"))
    session.commit()
    moved = re.sub(r"\s+", " ", _text(client.get("/mijlpalen/prohibitions-ai-literacy")))
    assert "noemt 2 februari 2025, maar die datum is verschoven naar 2 augustus 2025" in moved
    assert "Nog geen document gevonden" in _text(client.get("/mijlpalen/entry-into-force"))


def test_punctuality_per_half_year_as_a_chart_with_its_table(client, session, today):
    from tracker.services.review import link_fulfilment

    from .test_punctuality import CLERK, _letter, _promise

    tk = get_source(session, "tk", kind="tk", name="Tweede Kamer")
    for key, due, sent in (("A", date(2025, 3, 1), date(2025, 2, 1)),  # on time, first half
                           ("B", date(2025, 3, 1), date(2025, 3, 21)),  # late, first half
                           ("C", date(2025, 12, 1), date(2025, 11, 1))):  # on time, second
        link_fulfilment(session, _promise(session, tk, key, due=due),
                        _letter(session, tk, f"L{key}", sent), CLERK)
    session.commit()
    page = _text(client.get("/"))
    chart = page.split('id="chart-half-years-title"')[1].split("</figure>")[0]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", chart))
    assert "eerste helft 2025 50% op tijd (1 van 2)" in text
    assert "tweede helft 2025 100% op tijd (1 van 1)" in text
    assert text.index("eerste helft 2025") < text.index("tweede helft 2025")
    assert '<th scope="row">eerste helft 2025</th><td>1</td><td>1</td><td>50%</td>' in chart
    english = _text(client.get("/?lang=en"))
    assert "first half of 2025" in english and "50% on time (1 of 2)" in english


def test_a_page_past_the_last_leads_back(client, session, today):
    # (?page=999 said "7 toezeggingen gevonden", then "Geen toezeggingen gevonden")
    webdata.make(session)
    for path, listed in (("/toezeggingen?page=999", "/toezeggingen"),
                         ("/documenten?page=999", "/documenten")):
        page = client.get(path).get_data(as_text=True)
        assert "Deze pagina bestaat niet meer: de lijst heeft 1 pagina." in page
        assert f'<a href="{listed}">Naar de laatste pagina</a>' in page
        assert "Geen toezeggingen gevonden" not in page and "Geen documenten" not in page
    english = client.get("/toezeggingen?page=999&lang=en").get_data(as_text=True)
    assert "This page is past the end: the list has 1 page." in english


def test_where_a_promise_was_made_gives_its_day_in_words(client, session, cli, today):
    # (the Tweede Kamer's activity is stored "Commissiedebat – … (2025-03-12)")
    cli("load-sample")
    c = session.scalar(select(Commitment).where(Commitment.activity.like("%(2025-03-12)")))
    page = _text(client.get(f"/toezeggingen/{c.id}?lang=nl"))
    assert "algoritmen en AI (12 maart 2025)" in page and "2025-03-12)" not in page
    english = _text(client.get(f"/toezeggingen/{c.id}?lang=en"))
    assert "algoritmen en AI (12 March 2025)" in english


def test_a_pdfs_symbol_font_bullets_show_as_bullets(client, session, cli, today):
    # (U+F0B7, a PDF's bullet in the Symbol font, showed as an empty box in the seed's text)
    cli("load-sample")
    doc = session.scalar(select(Document).where(Document.text.contains("\uf0b7")))
    page = client.get(f"/documenten/{doc.id}").get_data(as_text=True)
    assert "\uf0b7" not in page and "•" in page
