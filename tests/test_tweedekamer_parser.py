"""SyncFeed pages -> records: the fixture pages (constructed in the wire format), the XSDs,
and every live-feed quirk."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from scrapers import tweedekamer
from scrapers.text import web_url
from scrapers.tweedekamer import (
    TK,
    Activiteit,
    Document,
    Kamerstukdossier,
    PageError,
    Toezegging,
    Verwijderd,
    entity_url,
    page_url,
    parse_datetime,
    parse_day,
    parse_page,
    skiptoken_of,
)

from .tkfeed import FIXTURES, SAMPLE, read_page

ATOM = "http://www.w3.org/2005/Atom"
SCHEMAS = {
    name: etree.XMLSchema(etree.parse(str(FIXTURES / "xsd" / f"tkData-v1-0-{name}.xsd")))
    for name in ("toezegging", "activiteit", "document", "kamerstukdossier", "persoon", "fractie")
}
VALID_PAGES = sorted(
    [p for p in SAMPLE.glob("*.xml")] + [p for p in FIXTURES.glob("*.xml") if "live" not in p.name]
)


def payload_errors(path) -> list[str]:
    """XSD errors of every entry's payload (the Atom envelope has no XSD of its own)."""
    errors = []
    for content in etree.parse(str(path)).iter(f"{{{ATOM}}}content"):
        payloads = [c for c in content if etree.QName(c).namespace == TK]
        if not payloads:
            errors.append("no payload")
            continue
        schema = SCHEMAS[etree.QName(payloads[0]).localname]
        if not schema.validate(etree.ElementTree(payloads[0])):
            errors.append(str(schema.error_log.last_error))
    return errors


@pytest.mark.parametrize("path", VALID_PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_recorded_pages_validate_against_the_official_xsds(path):
    assert payload_errors(path) == []


def test_the_live_quirks_page_breaks_the_xsd_on_purpose_and_still_parses():
    errors = payload_errors(FIXTURES / "toezegging-live.xml")
    assert len(errors) == 8  # every entry carries at least one quirk
    assert any("bijgewerkt" in e for e in errors)  # +0100: not an xs:dateTime
    page = parse_page(read_page("toezegging-live.xml"))
    assert len(page.entries) == 6 and len(page.bad) == 2


def test_sample_toezegging_page():
    page = parse_page(read_page("sample:toezegging.xml"))
    assert page.bad == []
    assert [e.skiptoken for e in page.entries] == [str(38400001 + i) for i in range(5)]
    assert page.next_skiptoken == "38400005"
    first = page.entries[0]
    assert first.kind == "toezegging"
    assert first.url.endswith("/SyncFeed/2.0/Entiteiten/7e1a0000-0000-4000-8000-000000000001")
    t = first.record
    assert isinstance(t, Toezegging)
    assert (t.nummer, t.status, t.ministerie) == (
        "TZ202503-041", "Voldaan", "Binnenlandse Zaken en Koninkrijksrelaties")
    assert t.aanmaakdag == date(2025, 3, 13)
    assert t.datum_nakoming == date(2025, 7, 1)  # the day as written, not shifted to UTC
    assert t.kamerbrief_nakoming == ("2025D33508",)
    assert t.activiteit == "ac710000-0000-4000-8000-000000000001"
    assert t.tussenvoegsel is None  # xsi:nil
    assert t.tekst.startswith("De staatssecretaris zegt toe")
    fifth = page.entries[4].record
    assert fifth.datum_nakoming is None  # 0001-01-01T00:00:00Z
    assert fifth.is_herhaling_van == ("7e1a0000-0000-4000-8000-000000000002",)


def test_other_categories():
    (a, *_rest) = parse_page(read_page("sample:activiteit.xml")).entries
    assert isinstance(a.record, Activiteit)
    assert (a.record.nummer, a.record.voortouwnaam, a.record.datum) == (
        "2025A01234", "vaste commissie voor Digitale Zaken", date(2025, 3, 12))
    d = parse_page(read_page("sample:document.xml")).entries[0].record
    assert isinstance(d, Document)
    assert (d.document_nummer, d.soort, d.volgnummer, d.datum) == (
        "2025D33508", "Brief regering", 1320, date(2025, 7, 11))
    assert d.kamerstukdossier == "d0550000-0000-4000-8000-000000026643"
    assert d.enclosure.endswith("/Resources/d0c00000-0000-4000-8000-000000033508")
    k = parse_page(read_page("sample:kamerstukdossier.xml")).entries[1].record
    assert isinstance(k, Kamerstukdossier)
    assert (k.nummer, k.toevoeging, k.afgesloten) == ("36600", "VII", False)


def test_live_quirks_each_handled():
    page = parse_page(read_page("toezegging-live.xml"))
    by_id = {e.id[-2:]: e.record for e in page.entries}
    six = by_id["06"]
    assert six.status == "Afgedaan"
    assert six.kamerbrief_nakoming == ("2025D33508", "2025D41207")  # repeated element
    assert six.toegezegd_aan == ()  # empty toegezegdAan says nothing
    assert six.datum_nakoming is None  # sentinel
    assert six.ministerie is None and six.naam is None  # xsi:nil
    # bijgewerkt "2025-11-04T09:30:00.1234567+0100": offset without colon, 7-digit fraction
    assert six.bijgewerkt == datetime(2025, 11, 4, 8, 30, 0, 123456, tzinfo=UTC)
    assert by_id["07"].status is None  # <ns1:status />
    assert by_id["07"].toegezegd_aan == ("Kamerlid Kathmann",)
    assert by_id["08"].status == "In behandeling"  # unknown values are kept raw
    assert by_id["08"].is_aanvulling_op == ("7e1a0000-0000-4000-8000-000000000001",)
    gone = by_id["05"]
    assert isinstance(gone, Verwijderd)  # verwijderd="True"
    assert (gone.soort, gone.id) == ("toezegging", "7e1a0000-0000-4000-8000-000000000005")
    assert by_id["13"].datum_nakoming == date(2026, 3, 31)  # "+0200" offset on a date


def test_malformed_entries_are_reported_with_id_skiptoken_and_reason():
    bad = parse_page(read_page("toezegging-live.xml")).bad
    assert [(b.entry_id[-2:], b.skiptoken) for b in bad] == [("11", "38400011"),
                                                            ("12", "38400012")]
    assert "aanmaakdatum" in bad[0].reason and "3 november 2025" in bad[0].reason
    assert "payload" in bad[1].reason


def _page_with(*payloads: str) -> bytes:
    return (f'<feed xmlns="{ATOM}">' + "".join(
        '<entry><title>x</title>'
        '<link rel="next" href="https://h/SyncFeed/2.0/Feed?skiptoken=7&amp;category=Toezegging"/>'
        f'<content type="application/xml">{payload}</content></entry>' for payload in payloads)
        + '</feed>').encode()


GUID = "7e1a0000-0000-4000-8000-0000000000aa"


@pytest.mark.parametrize("opening", [
    f'<tk:toezegging xmlns:tk="{TK}" id="{GUID}" tk:bijgewerkt="2025-01-02T03:04:05Z" '
    'tk:verwijderd="false"><tk:nummer>TZ1</tk:nummer><tk:status>Voldaan</tk:status>'
    '</tk:toezegging>',
    f'<ns1:toezegging xmlns:ns1="{TK}" id="{GUID}" ns1:bijgewerkt="2025-01-02T04:04:05+0100" '
    'ns1:verwijderd="false"><ns1:nummer>TZ1</ns1:nummer><ns1:status>Voldaan</ns1:status>'
    '</ns1:toezegging>',
    f'<toezegging xmlns="{TK}" xmlns:q="{TK}" id="{GUID}" q:bijgewerkt="2025-01-02T03:04:05" '
    'q:verwijderd="false"><nummer>TZ1</nummer><status>Voldaan</status></toezegging>',
])
def test_prefixes_do_not_matter_only_the_namespace(opening):
    (entry,) = parse_page(_page_with(opening)).entries
    assert entry.record == Toezegging(
        id=GUID, bijgewerkt=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC), nummer="TZ1",
        status="Voldaan")
    assert entry.skiptoken == "7"


def test_elements_of_another_namespace_are_not_read():
    page = parse_page(_page_with(
        f'<tk:toezegging xmlns:tk="{TK}" xmlns:x="urn:other" id="{GUID}" tk:verwijderd="false">'
        '<x:nummer>NOT-THIS</x:nummer><tk:nummer>TZ2</tk:nummer></tk:toezegging>'))
    assert page.entries[0].record.nummer == "TZ2"


@pytest.mark.parametrize("value", ["true", "True", "TRUE", "1"])
def test_tombstones_in_any_case(value):
    (entry,) = parse_page(_page_with(
        f'<tk:activiteit xmlns:tk="{TK}" id="{GUID}" tk:verwijderd="{value}"/>')).entries
    assert entry.record == Verwijderd("activiteit", GUID, None)


def test_a_verwijderd_that_is_no_boolean_is_a_bad_entry():
    page = parse_page(_page_with(
        f'<tk:toezegging xmlns:tk="{TK}" id="{GUID}" tk:verwijderd="misschien"/>'))
    assert page.entries == [] and "verwijderd" in page.bad[0].reason


@pytest.mark.parametrize("kind,deleted", [("toezegging", "false"), ("activiteit", "true")])
def test_a_bijgewerkt_that_is_no_date_is_a_bad_entry_and_the_page_goes_on(kind, deleted):
    bad = (f'<tk:{kind} xmlns:tk="{TK}" id="{GUID}" tk:bijgewerkt="gisteren" '
           f'tk:verwijderd="{deleted}"/>')
    page = parse_page(_page_with(
        bad, f'<tk:{kind} xmlns:tk="{TK}" id="{GUID[:-2]}bb" tk:verwijderd="true"/>'))
    assert len(page.bad) == 1 and "bijgewerkt" in page.bad[0].reason
    assert "gisteren" in page.bad[0].reason and page.bad[0].skiptoken == "7"
    assert [e.id for e in page.entries] == [GUID[:-2] + "bb"]


def test_an_id_that_is_no_guid_is_a_bad_entry():
    page = parse_page(_page_with(f'<tk:toezegging xmlns:tk="{TK}" id="42"/>'))
    assert "GUID" in page.bad[0].reason and page.bad[0].skiptoken == "7"


def test_entities_not_read_here_still_count_as_positions():
    (entry,) = parse_page(_page_with(
        f'<tk:zaak xmlns:tk="{TK}" id="{GUID}" tk:verwijderd="false"/>')).entries
    assert (entry.kind, entry.record, entry.skiptoken) == ("zaak", None, "7")


@pytest.mark.parametrize(("raw", "expected"), [
    ("2025-11-04T09:30:00.1234567+0100", datetime(2025, 11, 4, 8, 30, 0, 123456, tzinfo=UTC)),
    ("2025-11-04T09:30:00+01:00", datetime(2025, 11, 4, 8, 30, tzinfo=UTC)),
    ("2025-11-04T09:30:00.1234567", datetime(2025, 11, 4, 9, 30, 0, 123456, tzinfo=UTC)),
    ("2025-11-04T09:30:00Z", datetime(2025, 11, 4, 9, 30, tzinfo=UTC)),
    ("2025-11-04T09:30:00-05", datetime(2025, 11, 4, 14, 30, tzinfo=UTC)),
    ("2025-11-04", datetime(2025, 11, 4, tzinfo=UTC)),
    ("0001-01-01T00:00:00Z", None),
])
def test_parse_datetime(raw, expected):
    assert parse_datetime(raw) == expected


@pytest.mark.parametrize("raw", ["gisteren", "2025-13-01T00:00:00", "2025-11-04T25:00:00",
                                 "2025-11-04T09:30:00+2500", ""])
def test_parse_datetime_refuses(raw):
    with pytest.raises(ValueError):
        parse_datetime(raw)


def test_parse_day_keeps_the_written_day():
    assert parse_day("2025-07-01T00:00:00+02:00") == date(2025, 7, 1)
    assert parse_day("0001-01-01T00:00:00Z") is None


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"<html><body>Service Unavailable</body></html>", "not an Atom feed"),
    (read_page("toezegging-live.xml")[:4000], "not well-formed"),
])
def test_unreadable_pages_raise(data, message):
    with pytest.raises(PageError, match=message):
        parse_page(data, "https://feed/x")


def test_links_and_addresses():
    page = parse_page(read_page("toezegging-empty.xml"))
    assert page.entries == [] and page.next_url is None
    assert skiptoken_of(page.resume_url) == "38400023"
    assert page_url("http://h/Feed", "Toezegging") == "http://h/Feed?category=Toezegging"
    assert page_url("http://h/Feed?x=1", "Document", "12") == (
        "http://h/Feed?x=1&category=Document&skiptoken=12")
    assert skiptoken_of(None) is None and skiptoken_of("http://h/Feed") is None


def test_no_external_entities_are_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("geheim")
    data = (f'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "file://{secret}">]>'
            f'<feed xmlns="{ATOM}"><entry><title>x</title><content>'
            f'<tk:toezegging xmlns:tk="{TK}" id="{GUID}" tk:verwijderd="false">'
            '<tk:tekst>&x;</tk:tekst></tk:toezegging></content></entry></feed>').encode()
    page = parse_page(data)
    assert all("geheim" not in (e.record.tekst or "") for e in page.entries)


def test_a_field_that_cannot_be_read_names_itself():
    page = parse_page(_page_with(
        f'<tk:document xmlns:tk="{TK}" id="{GUID}" tk:verwijderd="false">'
        '<tk:volgnummer>twaalf</tk:volgnummer></tk:document>'))
    assert page.bad[0].reason == "document: volgnummer: 'twaalf' is not a whole number"


def test_a_bad_date_is_refused_each_time_it_comes_though_good_ones_are_remembered():
    """Dates are read once per distinct value; a value that is no date is no exception."""
    payload = (f'<tk:toezegging xmlns:tk="{TK}" id="{GUID}" tk:verwijderd="false">'
               '<tk:datumNakoming>{}</tk:datumNakoming></tk:toezegging>')
    for _ in range(2):
        bad = parse_page(_page_with(payload.format("2025-02-30T00:00:00Z"))).bad
        assert bad and "datumNakoming" in bad[0].reason
        (good,) = parse_page(_page_with(payload.format("2025-02-28T00:00:00Z"))).entries
        assert good.record.datum_nakoming == date(2025, 2, 28)


def test_odata_pages_become_the_same_records_as_the_syncfeed():
    from scrapers.tweedekamer import odata_root, parse_odata_toezeggingen

    odata = parse_odata_toezeggingen(read_page("odata-toezegging-1.json"))
    feed = {e.id: e.record for e in parse_page(read_page("sample:toezegging.xml")).entries}
    toezeggingen = [e for e in odata.entries if e.kind == "toezegging"]
    # OData's documented properties have no toegezegdAanPersoon/-Fractie: only the SyncFeed
    # says whom a toezegging was made to
    assert [e.record for e in toezeggingen] == [
        replace(feed[e.id], toegezegd_aan=(), toegezegd_aan_persoon=None,
                toegezegd_aan_fractie=None)
        for e in toezeggingen]
    assert toezeggingen[0].url == (
        "https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/" + toezeggingen[0].id)
    assert odata.next_url.endswith("$skip=2")
    second = parse_odata_toezeggingen(read_page("odata-toezegging-2.json"), "p2")
    assert second.next_url is None
    assert second.bad[0].entry_id == "geen-guid" and "GUID" in second.bad[0].reason
    with pytest.raises(PageError, match="not JSON"):
        parse_odata_toezeggingen(b"<html/>")
    with pytest.raises(PageError, match="value"):
        parse_odata_toezeggingen(b'{"error": {"message": "throttled"}}')
    assert odata_root("https://g.nl/SyncFeed/2.0/Feed") == "https://g.nl/OData/v4/2.0"


@given(
    moment=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1),
                        timezones=st.just(UTC)),
    offset_minutes=st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: m - m % 15),
    style=st.sampled_from(["colon", "plain", "hours"]),
    extra_digit=st.integers(min_value=0, max_value=9),
)
def test_any_offset_style_and_fraction_gives_the_same_instant(moment, offset_minutes, style,
                                                             extra_digit):
    if style == "hours":
        offset_minutes -= offset_minutes % 60
    zone = timezone(timedelta(minutes=offset_minutes))
    local = moment.astimezone(zone)
    sign = "-" if offset_minutes < 0 else "+"
    hours, minutes = divmod(abs(offset_minutes), 60)
    suffix = {"colon": f"{sign}{hours:02d}:{minutes:02d}",
              "plain": f"{sign}{hours:02d}{minutes:02d}", "hours": f"{sign}{hours:02d}"}[style]
    # The feed writes 7 fractional digits; the 7th is below Python's resolution.
    text = local.strftime("%Y-%m-%dT%H:%M:%S.%f") + str(extra_digit) + suffix
    assert parse_datetime(text) == moment
    assert parse_day(text) == local.date()


# --- entity addresses: entity_url is web_url, judged once per common head ----------------------

_ADDRESS_PARTS = ["https:", "http:", "javascript:", "ftp:", "//", "/", "gegevensmagazijn.nl",
                  "SyncFeed", "2.0", "Entiteiten", "a1b2-c3", "..", "?", "#", "@", ":", " ",
                  "\t", "x", "%41", "[", "]"]


@pytest.mark.parametrize("address", [
    "https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/0d5b4f52-9e1b-4c1a",
    "https://gegevensmagazijn.tweedekamer.nl/abc",  # a segment straight after the host
    "https://host", "https:///path/x", "javascript:alert(1)//x/y", "ftp://host/a/b",
    "https://host/a/b?c", "https://host/a/b#c", "https://host/a/b c", "https://host/a/",
    "http://user@host/a/b", "/SyncFeed/2.0/Entiteiten/x", "", None,
])
def test_entity_url_answers_as_web_url(address):
    assert entity_url(address) == web_url(address)


@given(st.lists(st.sampled_from(_ADDRESS_PARTS), max_size=8).map("".join))
def test_entity_url_answers_as_web_url_for_any_address(address):
    assert entity_url(address) == web_url(address)


@pytest.mark.parametrize("path", sorted([*SAMPLE.glob("*.xml"), *FIXTURES.glob("*.xml")]),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_page_parsed_at_once_reads_as_the_stream_does(path, monkeypatch):
    """Pages of a usual size are parsed into a tree at once (faster); larger ones are read as
    a stream. Both give the same records, problems and links, quirks and all."""
    data = path.read_bytes()
    whole = parse_page(data)
    monkeypatch.setattr(tweedekamer, "WHOLE_PAGE_BYTES", 0)  # every page as a stream
    streamed = parse_page(data)
    assert whole == streamed
    assert (whole.entries, whole.bad) != ([], []) or path.name.endswith("empty.xml")


def test_a_page_that_breaks_off_keeps_its_entries_before_the_break():
    data = read_page("sample:toezegging.xml")
    cut = data[:data.rindex(b"<entry")] + b"<entry><title>x"  # the last entry broken off
    page = tweedekamer.SyncFeedPage(cut, "p")
    read = []
    with pytest.raises(PageError, match="not well-formed"):
        read.extend(page)
    assert [e.skiptoken for e in read] == [str(38400001 + i) for i in range(4)]


def test_entries_below_the_root_children_are_read_as_the_stream_finds_them():
    data = read_page("sample:toezegging.xml").replace(b"<entry>", b"<wrap><entry>", 1)
    data = data.replace(b"</entry>", b"</entry></wrap>", 1)
    assert [e.skiptoken for e in parse_page(data).entries] == [
        str(38400001 + i) for i in range(5)]


def test_records_equal_their_constructors_and_pickle():
    import pickle

    t = parse_page(read_page("toezegging-live.xml")).entries[0].record
    assert t == replace(t) and hash(t) == hash(replace(t))  # as if made by __init__
    assert pickle.loads(pickle.dumps(t)) == t
    with pytest.raises(AttributeError):
        t.status = "Voldaan"  # still frozen
