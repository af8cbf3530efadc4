"""The parsers' shared text helpers: hyphenation, Dutch dates, HTML as blocks."""

from datetime import date

import pytest

from scrapers.text import (
    dehyphenate,
    find_dates,
    html_blocks,
    html_to_text,
    parse_dutch_date,
    parse_html,
)


@pytest.mark.parametrize(("broken", "clean"), [
    ("Koninkrijksre-\nlaties", "Koninkrijksrelaties"),  # a syllable break (seed 003)
    ("subsidiari-\nteitsbeginsel", "subsidiariteitsbeginsel"),
    ("de AI-\nverordening", "de AI-verordening"),  # an abbreviation keeps its hyphen
    ("Noord-\nHolland", "Noord-Holland"),  # so does a capital after it
    ("2025-\n2026", "2025-2026"),
    ("zee-\negel", "zee-egel"),  # joined, the vowels would read as one sound
    ("auto-\nongeluk", "auto-ongeluk"),
    ("hoog-\nen laagrisico", "hoog- en laagrisico"),  # a suspended compound
    ("guidelines-next-\ncommission_en.pdf", "guidelines-next-commission_en.pdf"),  # a URL
    ("huis- \n  houdelijke", "huishoudelijke"),  # spaces around the break
    ("AI-verordening en geen afbreking", "AI-verordening en geen afbreking"),
])
def test_dehyphenate(broken, clean):
    assert dehyphenate(broken) == clean


def test_dehyphenate_follows_the_text_itself():
    # "data-gedreven" written whole elsewhere in the same text keeps its hyphen at a break...
    assert dehyphenate("data-gedreven beleid en data-\ngedreven technologie") == \
        "data-gedreven beleid en data-gedreven technologie"
    # ...and a word the text writes without one loses it.
    assert dehyphenate("mensenrechtentoets en een mensen-\nrechtentoets") == \
        "mensenrechtentoets en een mensenrechtentoets"


def test_dutch_dates():
    assert parse_dutch_date("Datum toezegging 7 april 2009") == date(2009, 4, 7)
    assert parse_dutch_date("1 jan. 2024") == date(2024, 1, 1)
    assert parse_dutch_date("2025-07-01") == date(2025, 7, 1)
    assert parse_dutch_date("01-07-2025") == date(2025, 7, 1)
    assert parse_dutch_date("31 februari 2024") is None
    assert parse_dutch_date("geen datum") is None
    assert [d for d, _s, _e in find_dates("van 1 juli 2025 naar 1 januari 2026")] == \
        [date(2025, 7, 1), date(2026, 1, 1)]


def test_html_blocks_read_tables_definition_lists_and_lines():
    page = parse_html(
        "<html><head><title>x</title><script>var status = 1;</script></head><body>"
        "<nav>Status Menu</nav><h2><a href='/t'>Kop</a></h2>"
        "<p>Een zin die\n doorloopt<br>tweede regel</p>"
        "<table><tr><th>Nummer</th><td>T01234</td></tr>"
        "<tr><td>Onderwerpen</td><td>een<br>twee</td></tr><tr><td colspan=2>los</td></tr></table>"
        "<dl><dt>Status</dt><dd>openstaand</dd><dt>Leeg</dt></dl>"
        "<div>tekst <b>vet</b> verder<p>alinea</p>staart</div></body></html>"
    )
    blocks = [(b.kind, b.text, b.values, b.href) for b in html_blocks(page)]
    assert blocks == [
        ("heading", "Kop", (), "/t"),
        ("line", "Een zin die doorloopt", (), None),
        ("line", "tweede regel", (), None),
        ("pair", "Nummer", ("T01234",), None),
        ("pair", "Onderwerpen", ("een", "twee"), None),
        ("line", "los", (), None),
        ("pair", "Status", ("openstaand",), None),
        ("pair", "Leeg", (), None),
        ("line", "tekst vet verder", (), None),
        ("line", "alinea", (), None),
        ("line", "staart", (), None),
    ]


def test_html_to_text_keeps_paragraphs():
    assert html_to_text("<p>Een &amp; twee</p><ul><li>drie</li></ul>") == "Een & twee\n\ndrie"
    assert html_to_text("platte tekst") == "platte tekst"
    assert html_to_text("") == ""
