"""Document files as users keep them — text in three encodings, a registry web page, Kamerstuk
XML, a Tweede Kamer stenogram, a PDF — read as the text the extraction needs
(``scrapers.documents``, ``tracker extract``)."""

import io
import json
import zipfile
from datetime import date

import pytest
from sqlalchemy import select

from scrapers.documents import (
    DocumentText,
    UnreadableDocument,
    as_printed_in_lists,
    document_text,
)
from tracker.config import PROJECT_ROOT
from tracker.extraction import extract
from tracker.extraction.quality import Labelled, evaluate, seeds
from tracker.models import Commitment, Document

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
SEED = next(d for d in seeds() if d.name.startswith("004_"))
LETTER = ("Den Haag, 10 maart 2025\n\nVóór 1 juni 2025 stuur ik uw Kamer de evaluatie van de "
          "regeling. Na de zomer zal ik u informeren over het financiële beeld.\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_in_the_encodings_windows_and_older_systems_save(encoding):
    read = document_text(LETTER.encode(encoding))
    assert read.read_as == "text" and read.text == LETTER
    assert read.warning == {"utf-16": "not UTF-8; read as UTF-16 (its byte-order mark)",
                            "cp1252": "not UTF-8; read as cp1252"}.get(encoding)
    assert [i.due.isoformat() for i in extract(read.text).items] == ["2025-05-31", "2025-09-30"]


def test_utf8_with_a_damaged_byte_keeps_its_letters():
    damaged = LETTER.encode("utf-8").replace(b"evaluatie", b"evalu\xffatie")
    read = document_text(damaged)
    assert "(the first at byte 70)" in read.warning
    assert read.text == LETTER.replace("evaluatie", "evalu\ufffdatie")  # "Vóór" stays
    assert len(extract(read.text).items) == 2


def _garbled(text: str) -> bytes:
    """UTF-8 that a program read as Windows-1252 and saved again as UTF-8."""
    return text.encode("utf-8").decode("cp1252").encode("utf-8")


def test_letters_garbled_by_a_wrong_encoding_are_put_right():
    letter = LETTER + "Het geïnde bedrag – ‘kort gezegd’ – is € 5 miljoen.\n"
    garbled = _garbled(letter)
    assert "Ã³" in garbled.decode("utf-8")  # "Vóór" as "VÃ³Ã³r": the rules cannot read it
    read = document_text(garbled)
    assert read.repaired and read.read_as == "text"
    assert read.text == letter
    assert read.warning == ("letters garbled by a wrong encoding (UTF-8 read as Windows-1252) "
                            'put right: "VÃ³Ã³r" read as "Vóór"')
    assert [i.due.isoformat() for i in extract(read.text).items] == ["2025-05-31", "2025-09-30"]
    # a page garbled the same way
    page = document_text(b"<html><head><title>Brief</title></head><body><p>"
                         + _garbled("Vóór 1 juni 2025 stuur ik uw Kamer de evaluatie.")
                         + b"</p></body></html>")
    assert page.repaired and "Vóór 1 juni 2025" in page.text


RTF = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0"
       rb"\blue0;}\viewkind4\uc1\pard\f0\fs22 Den Haag, 10 maart 2025\par\par V\'f3\'f3r 1 juni "
       rb"2025 stuur ik uw Kamer de evaluatie van de {\b regeling}. Na de zomer zal ik u "
       rb"informeren over het financi\'eble beeld.\par \u8220?Kort\u8221? \u8211? dat is alles."
       rb"\par}")


def test_an_rtf_letter_reads_as_its_text():
    read = document_text(RTF)
    assert read.read_as == "rtf"
    assert "\\" not in read.text and "fonttbl" not in read.text
    assert read.text.startswith("Den Haag, 10 maart 2025\n\nVóór 1 juni 2025 stuur ik uw Kamer "
                                "de evaluatie van de regeling. Na de zomer")
    assert "financiële beeld" in read.text and "“Kort” – dat is alles." in read.text
    result = extract(read.text)
    assert result.date == date(2025, 3, 10)
    assert [i.due.isoformat() for i in result.items] == ["2025-05-31", "2025-09-30"]
    with pytest.raises(UnreadableDocument, match="the RTF document holds no text"):
        document_text(rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\par}")


def _odt(body: str) -> bytes:
    """An OpenDocument text as an office suite saves it: "mimetype" first and stored, then the
    manifest and the content."""
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
               '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:'
               'opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>'
               f"{body}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
                'oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
                'text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type='
                '"text/xml"/></manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                     compress_type=zipfile.ZIP_STORED)
        odt.writestr("META-INF/manifest.xml", manifest)
        odt.writestr("content.xml", content)
    return out.getvalue()


def test_an_opendocument_letter_reads_as_its_paragraphs_then_its_notes():
    read = document_text(_odt(
        '<text:p>Den Haag, 10 maart 2025</text:p><text:h text:outline-level="1">Evaluatie'
        '</text:h><text:p>Vóór 1 juni 2025 stuur ik uw Kamer de evaluatie<text:s text:c="2"/>van '
        'de regeling<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1'
        '</text:note-citation><text:note-body><text:p>Kamerstuk 31 066, nr. 1.</text:p>'
        '</text:note-body></text:note>.<text:line-break/>Na de zomer zal ik u informeren over '
        '<text:span>het financiële beeld</text:span>.</text:p><text:p/>'))
    assert read.read_as == "odt"
    assert read.text == ("Den Haag, 10 maart 2025\n\nEvaluatie\n\nVóór 1 juni 2025 stuur ik uw "
                         "Kamer de evaluatie  van de regeling1.\nNa de zomer zal ik u informeren "
                         "over het financiële beeld.\n\n1 Kamerstuk 31 066, nr. 1.\n")
    items = extract(read.text).items
    assert [i.due.isoformat() for i in items] == ["2025-05-31", "2025-09-30"]
    assert items[0].refs == ("kst-31066-1",)  # the note's reference follows its sentence
    assert "regeling." in items[0].text  # (its marker cut, as a printed one is)
    with pytest.raises(UnreadableDocument, match="the OpenDocument file holds no text"):
        document_text(_odt("<text:p/>"))


def test_the_cli_reads_an_rtf_letter_and_gives_the_text_its_spans_point_into(cli, tmp_path):
    path = tmp_path / "brief.rtf"
    path.write_bytes(RTF)
    (document,) = json.loads(cli("extract", str(path)).stdout)["documents"]
    assert document["read_as"] == "rtf" and len(document["items"]) == 2
    for item in document["items"]:
        assert document["text"][item["start"]:item["end"]] == item["text"]


def test_text_that_only_holds_the_letters_of_mojibake_stays_as_it_is():
    text = "Het château in São Paulo, à 5 euro: Â is een letter.\n"
    read = document_text(text.encode("utf-8"))
    assert read.text == text and not read.repaired and read.warning is None


def test_a_registry_page_reads_as_the_registry_entry_it_shows():
    read = document_text((FIXTURES / "ek" / "T01237-regels.html").read_bytes())
    assert read.read_as == "html"
    assert "<" not in read.text and "\n\nNummer T01237\nStatus voldaan\n" in read.text
    result = extract(read.text)
    assert result.form == "register"
    (item,) = result.items
    assert item.kind == "commitment"
    assert "zegt de Kamer toe dat zij de Kamer informeert" in item.text
    assert read.text[item.start:item.end].startswith("De staatssecretaris van Binnenlandse Zaken")


def test_a_text_that_names_the_xml_it_is_not_stays_text():
    text = "De tag <officiele-publicatie> opent elke Kamerstuk-XML.\n"
    assert document_text(text.encode()) == DocumentText(text, "text")


def test_xhtml_after_its_xml_declaration_reads_as_a_page():
    page = (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML '
            b'1.0 Strict//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>De '
            b'minister zegt de Kamer toe v&#243;&#243;r 1 juli 2025 een brief te sturen.</p>'
            b'</body></html>')
    read = document_text(page)
    assert read.read_as == "html"
    assert read.text == "De minister zegt de Kamer toe vóór 1 juli 2025 een brief te sturen.\n"


def test_kamerstuk_xml_reads_as_its_body_and_footnotes():
    read = document_text((FIXTURES / "koop" / "kst-26643-672.xml").read_bytes())
    assert read.read_as == "xml"
    assert read.text.startswith("26 643 Informatie- en communicatietechnologie (ICT)")
    assert "Den Haag, 13 maart 2020" in read.text and "<" not in read.text
    assert extract(read.text).date.isoformat() == "2020-03-13"


@pytest.mark.parametrize("head, title", [
    # a ministry's letterhead: its subject, wrapped over two lines
    ("> Retouradres Postbus 20301 2500 EH Den Haag\n\nDatum 10 maart 2025\nBetreft "
     "Kabinetsreactie op het bericht over de\nAI-verordening\nOns kenmerk 2025-0000123\n\n"
     "Geachte voorzitter,\n", "Kabinetsreactie op het bericht over de AI-verordening"),
    ("Onderwerp: Voortgang evaluatie\n\nGeachte voorzitter,\n", "Voortgang evaluatie"),
    # a Kamerstuk as officielebekendmakingen prints it: its dossier and its own heading
    ("28 684 Naar een veiliger samenleving\n\nNr. 620 BRIEF VAN DE STAATSSECRETARIS VAN "
     "INFRASTRUCTUUR EN WATERSTAAT\n\nAan de Voorzitter van de Tweede Kamer der "
     "Staten-Generaal\n\nDen Haag, 8 mei 2020\n", "Naar een veiliger samenleving; Brief van de "
     "staatssecretaris van Infrastructuur en Waterstaat"),
    ("Voorgesteld 17 december 2024\n\nMOTIE VAN HET LID GRINWIS C.S.\n\nDe Kamer,\n",
     "Motie van het lid Grinwis c.s."),
    # a text that says nothing of itself: its file's name stands in (see the import)
    (LETTER, None),
])
def test_a_document_is_titled_as_its_first_lines_say(head, title):
    assert document_text(head.encode()).title == title


@pytest.mark.parametrize("capitals, printed", [
    ("MOTIE VAN DE LEDEN KLAVER, PECHTOLD EN VAN DER STAAIJ",
     "Motie van de leden Klaver, Pechtold en Van der Staaij"),
    ("GEWIJZIGDE MOTIE VAN HET LID GRINWIS C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 41",
     "Gewijzigde motie van het lid Grinwis c.s. ter vervanging van die gedrukt onder nr. 41"),
    ("BRIEF VAN DE MINISTER VAN FINANCIËN, MEDE NAMENS DE MINISTER VAN ECONOMISCHE ZAKEN",
     "Brief van de minister van Financiën, mede namens de minister van Economische Zaken"),
    ("BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR DIGITALISERING",
     "Brief van de voorzitter van de vaste commissie voor Digitalisering"),
    ("NOTA NAAR AANLEIDING VAN HET VERSLAG", "Nota naar aanleiding van het verslag"),
    ("Brief regering", "Brief regering"),  # not in capitals: as it is
])
def test_a_heading_in_capitals_is_titled_as_the_publications_lists_print_it(capitals, printed):
    assert as_printed_in_lists(capitals) == printed


def test_a_kamerstuk_and_a_page_are_titled_as_their_files_say():
    read = document_text((FIXTURES / "koop" / "kst-26643-672.xml").read_bytes())
    assert read.title == ("Informatie- en communicatietechnologie (ICT); Brief van de ministers "
                          "van Binnenlandse Zaken en Koninkrijksrelaties en voor "
                          "Rechtsbescherming")
    page = (b"<html><head><title>Kamerstuk 36600-A, nr. 45 | Overheid.nl &gt; Offici\xc3\xable "
            b"bekendmakingen</title></head><body><p>De Kamer,</p></body></html>")
    assert document_text(page).title == "Kamerstuk 36600-A, nr. 45"


def test_a_letter_printed_to_pdf_reads_as_its_text():
    # A seed letter (a real Kamerstuk, hand-labelled) printed to PDF by Chromium: pypdf's text
    # keeps the typesetter's "ﬁ" ligatures and loses the paragraphs, and still every labelled
    # sentence is found with its due date, as in the text it was printed from.
    read = document_text((FIXTURES / "documents" / "seed-004-printed.pdf").read_bytes())
    assert read.read_as == "pdf" and "\ufb01" in read.text
    printed = evaluate([Labelled(SEED.name, read.text, SEED.meta)])
    plain = evaluate([SEED])
    assert printed.true_positives == plain.true_positives >= 9
    assert (printed.false_positives, printed.false_negatives) == (plain.false_positives, 0)
    assert printed.due_right == plain.due_right == printed.due_checked


def _docx(*paragraphs: str) -> bytes:
    """A Word document as Word stores one: a ZIP of XML parts, the text in w:p/w:r/w:t."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space='
                   f'"preserve">{p[:20]}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{p[20:]}'
                   f"</w:t></w:r></w:p>" for p in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as docx:
        docx.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                      'openxmlformats.org/package/2006/content-types"/>')
        docx.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document '
                      f'xmlns:w="{w}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    return out.getvalue()


def test_a_word_document_reads_as_its_paragraphs():
    read = document_text(_docx("Den Haag, 10 maart 2025", "Geachte voorzitter,",
                               "Vóór 1 juni 2025 stuur ik uw Kamer de evaluatie van de regeling."))
    assert read.read_as == "docx"
    assert read.text == ("Den Haag, 10 maart 2025\n\nGeachte voorzitter,\n\nVóór 1 juni 2025 "
                         "stuur ik uw Kamer de evaluatie van de regeling.\n")
    (item,) = extract(read.text).items
    assert (item.kind, item.due.isoformat()) == ("commitment", "2025-05-31")


# A commissiedebat of 2 July 2025 as the Tweede Kamer's open data serves it (VLOS XML, "Verslag";
# kept as sample data in the public repository Niekvandam/neo4j-tkapi, the debate a part of the
# corpus that is opened), cut to the opening, one member's turn, the first of the state
# secretary's answers and the close with the chair reading out the toezeggingen; beside it the
# same source's pre-publication of a procedure meeting (its agenda, no text yet), cut to its head.
STENOGRAM = "vlos-commissiedebat-slachtofferbeleid-20250702.xml"


def test_a_tweede_kamer_stenogram_reads_as_the_handelingen_print_it():
    read = document_text((FIXTURES / "documents" / STENOGRAM).read_bytes())
    assert (read.read_as, read.date, read.form, read.warning) == (
        "xml", date(2025, 7, 2), "transcript", None)
    assert read.text.startswith("Verslag van een commissiedebat\n\nDe vaste commissie voor "
                                "Justitie en Veiligheid heeft op 2 juli 2025 overleg gevoerd")
    assert "<" not in read.text and "  " not in read.text
    # each speaker's label a paragraph of its own, as a transcript prints it ("De <nadruk
    # type="Vet">voorzitter</nadruk>:" in the XML)
    for label in ("De voorzitter:", "Mevrouw Mutluer (GroenLinks-PvdA):",
                  "Staatssecretaris Struycken:"):
        assert f"\n\n{label}\n\n" in read.text
    result = extract(read.text, read.date, form=read.form)
    assert (result.form, result.date) == ("transcript", date(2025, 7, 2))
    said = {(i.kind, i.actor) for i in result.items}
    assert said == {("commitment", "Staatssecretaris Struycken"),
                    ("request", "Mevrouw Mutluer")}  # not the chair reading the list out
    letter = next(i for i in result.items if "letselschade aan uw Kamer" in i.text)
    assert (letter.due, letter.precision) == (date(2025, 12, 18), "season")  # the autumn
    assert read.text[letter.start:letter.end] == letter.text


def test_a_stenogram_published_before_its_text_reads_as_empty_and_says_why():
    read = document_text((FIXTURES / "documents" /
                          "vlos-procedurevergadering-casco-20250703.xml").read_bytes())
    assert (read.text, read.date, read.form) == ("", date(2025, 7, 3), "transcript")
    assert read.warning == "the stenogram holds no text yet (published as Voorpublicatie, Casco)"


def test_a_stenogram_without_a_date_reads_and_says_so():
    data = (FIXTURES / "documents" / STENOGRAM).read_bytes()
    read = document_text(data.replace(b"<datum>2025-07-02T00:00:00</datum>", b"<datum>onbekend"
                                      b"</datum>", 1))
    assert read.date is None and read.text == document_text(data).text
    assert read.warning == "the stenogram's date 'onbekend' is not a date"


@pytest.mark.parametrize("data, says", [
    (b"%PDF-1.4\n1 0 obj\n", "the PDF cannot be read"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff", "binary data, not text"),
    (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'/>",
     "neither a Kamerstuk .* nor a Tweede Kamer stenogram"),
    ((FIXTURES / "documents" / STENOGRAM).read_bytes()[:20_000],  # cut off mid-download
     "the stenogram cannot be read"),
    (b"PK\x03\x04" + b"\x00" * 40, "the Word document cannot be read"),
    # Word 97–2003 (and an Office file locked with a password) is an OLE2 compound file
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, r"an old Word .* save it as \.docx"),
])
def test_what_holds_no_readable_text_says_so(data, says):
    with pytest.raises(UnreadableDocument, match=says):
        document_text(data)


def test_the_cli_reads_pages_and_pdfs_and_says_what_it_read(cli, tmp_path, caplog):
    old = tmp_path / "brief.txt"
    old.write_bytes(LETTER.encode("cp1252"))
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4\n")
    paths = [str(old), str(FIXTURES / "ek" / "T01237-regels.html"),
             str(FIXTURES / "documents" / "seed-004-printed.pdf"), str(broken)]
    result = cli("extract", *paths, expect=1)
    documents = json.loads(result.stdout)["documents"]
    assert [d["read_as"] for d in documents] == ["text", "html", "pdf"]
    assert "text" not in documents[0]  # a text file's spans point into the file itself
    for document in documents[1:]:
        for item in document["items"]:
            assert document["text"][item["start"]:item["end"]].split()[:2] == \
                item["text"].split()[:2]
    assert len(documents[2]["items"]) >= 9
    assert "kapot.pdf: the PDF cannot be read" in caplog.text
    assert "brief.txt: not UTF-8; read as cp1252" in caplog.text
    assert "1 of 4 files could not be read" in result.stderr
    assert "names no date of its own" not in caplog.text


def test_the_cli_gives_the_text_it_put_right_for_the_spans(cli, tmp_path, caplog):
    garbled = tmp_path / "brief.txt"
    garbled.write_bytes(_garbled(LETTER))
    (document,) = json.loads(cli("extract", str(garbled)).stdout)["documents"]
    assert document["text"] == LETTER and len(document["items"]) == 2
    for item in document["items"]:
        assert document["text"][item["start"]:item["end"]] == item["text"]
    assert 'brief.txt: letters garbled by a wrong encoding' in caplog.text


def test_the_cli_reads_a_stenogram_as_a_debate_of_its_own_date(cli, caplog):
    (document,) = json.loads(cli("extract", str(FIXTURES / "documents" / STENOGRAM)).stdout)[
        "documents"]
    assert (document["read_as"], document["kind"], document["date"]) == (
        "xml", "transcript", "2025-07-02")
    assert {i["actor"] for i in document["items"] if i["kind"] == "commitment"} == {
        "Staatssecretaris Struycken"}
    for item in document["items"]:
        assert document["text"][item["start"]:item["end"]] == item["text"]
    assert "names no date" not in caplog.text
    # what the user says wins over what the file says
    (letter,) = json.loads(cli("extract", "--kind", "letter", "--date", "2025-01-06",
                               str(FIXTURES / "documents" / STENOGRAM)).stdout)["documents"]
    assert (letter["kind"], letter["date"]) == ("letter", "2025-01-06")


def test_the_cli_says_when_deadlines_are_read_from_today(cli, tmp_path, caplog):
    path = tmp_path / "fragment.txt"
    path.write_text("Ik stuur uw Kamer voor de zomer een brief over de evaluatie.\n", "utf-8")
    (document,) = json.loads(cli("extract", str(path)).stdout)["documents"]
    assert document["date"] is None and document["items"]
    assert "fragment.txt names no date of its own" in caplog.text
    caplog.clear()
    cli("extract", "--date", "2025-03-10", str(path))
    assert "names no date" not in caplog.text


def test_documents_kept_as_files_are_read_into_the_review_queue(cli, session, tmp_path, caplog):
    letter = tmp_path / "Kamerbrief evaluatie regeling.txt"
    letter.write_text(LETTER, "utf-8")
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4\n")
    stenogram = FIXTURES / "documents" / STENOGRAM
    casco = FIXTURES / "documents" / "vlos-procedurevergadering-casco-20250703.xml"
    result = cli("import", "documents", str(stenogram), str(casco), str(letter), str(broken),
                 expect=1)
    lines = result.output.splitlines()
    assert lines[0] == "bestanden: inserted 3, updated 0, unchanged 0, errors 1, warnings 1"
    assert lines[1].startswith("extraction: documents 2, inserted 6,")
    assert "kapot.pdf: the PDF cannot be read" in caplog.text
    assert "the stenogram holds no text yet" in caplog.text
    documents = {d.title: d for d in session.scalars(select(Document))}
    assert set(documents) == {"Slachtofferbeleid", "Procedurevergadering commissie Binnenlandse "
                              "Zaken", "Kamerbrief evaluatie regeling"}
    debate = documents["Slachtofferbeleid"]
    assert (debate.date, debate.doc_type, debate.chamber, debate.source.key) == (
        date(2025, 7, 2), "Stenogram", "TK", "bestanden")
    found = session.scalars(select(Commitment).where(Commitment.document_id == debate.id)
                            .order_by(Commitment.span_start)).all()
    assert {(c.kind, c.status, c.actor) for c in found} == {
        ("commitment", "candidate", "Staatssecretaris Struycken"),
        ("request", "candidate", "Mevrouw Mutluer")}
    for c in found:
        assert debate.text[c.span_start:c.span_end] == c.text
    # the letter's own dateline (its date in the lists too), the file's name as its title
    assert documents["Kamerbrief evaluatie regeling"].date == date(2025, 3, 10)
    letter_items = session.scalars(select(Commitment).where(
        Commitment.document_id == documents["Kamerbrief evaluatie regeling"].id)).all()
    assert sorted(c.due for c in letter_items) == [date(2025, 5, 31), date(2025, 9, 30)]
    # the same files again: nothing new, nothing read again
    again = cli("import", "documents", str(stenogram), str(letter))
    assert again.output.splitlines() == [
        "bestanden: inserted 0, updated 0, unchanged 2, errors 0",
        "extraction: documents 0, inserted 0, updated 0, unchanged 0, withdrawn 0, in_copies 0, "
        "proposals 0, failed 0"]
    # given a date, a letter is read again from it (its text names one of its own, which wins)
    dated = cli("import", "documents", "--date", "2025-01-06", str(letter))
    assert dated.output.splitlines()[:2] == [
        "bestanden: inserted 0, updated 1, unchanged 0, errors 0",
        "extraction: documents 1, inserted 0, updated 0, unchanged 2, withdrawn 0, in_copies 0, "
        "proposals 0, failed 0"]
