"""The scripts a round of the corpus is gathered with (``tools/corpus.py``): the check that
keeps a round's texts new, the labellers' check of their labels, and the stenograms' print."""

import json

from tools import corpus

from .test_extraction_probes import PROBES


def test_a_text_the_corpus_holds_is_old_by_its_address_or_its_words():
    meta = next((corpus.FIXTURES / "corpus" / "dev38").glob("*.json"))
    text = meta.with_suffix(".txt").read_text("utf-8")
    address = json.loads(meta.read_text("utf-8"))["source"]
    known = corpus._known()
    assert corpus.is_new(address, "kort", known=known) == (False, "address in corpus")
    assert corpus.is_new("https://example.org/elders", text, known=known) == (
        False, "text already held")
    # (a probe's words count as held too: probes are written, and must not come back as real)
    probe = max(PROBES.rglob("*.txt"), key=lambda p: p.stat().st_size).read_text("utf-8")
    assert corpus.is_new("https://example.org/p", probe, known=known) == (
        False, "text already held")
    fresh = " ".join(f"woord{i}" for i in range(200))
    assert corpus.is_new("https://example.org/nieuw", fresh, known=known) == (True, "new")


def test_the_labellers_check_finds_what_the_scoring_would_refuse(tmp_path):
    (tmp_path / "a.txt").write_text("Den Haag, 3 maart 2025\n\nIk zal uw Kamer voor de zomer "
                                    "informeren over de uitkomsten. Dat is alles.\n", "utf-8")
    meta = {"source": "https://example.org/a", "kind": "letter", "date": "2025-03-03",
            "labels": [{"quote": "Ik zal uw Kamer voor de zomer informeren", "kind": "commitment",
                        "due": "2025-07-03", "precision": "season"}]}
    (tmp_path / "a.json").write_text(json.dumps(meta), "utf-8")
    assert corpus.label_problems(tmp_path) == []
    meta["labels"] += [
        {"quote": "Dit staat er niet in de brief", "kind": "commitment", "due": None,
         "precision": "none"},
        {"quote": "over de uitkomsten", "kind": "promise", "due": "2025-07-03",
         "precision": "soon"},
        {"quote": "Dat is alles", "kind": "request", "due": None, "precision": "season"},
    ]
    meta["kind"] = "brief"
    (tmp_path / "a.json").write_text(json.dumps(meta), "utf-8")
    problems = "\n".join(corpus.label_problems(tmp_path))
    assert "document kind 'brief'" in problems
    assert "quote in 0 sentences" in problems
    assert "label kind 'promise'" in problems and "precision 'soon'" in problems
    assert "no due date needs precision none or conditional" in problems


_VLOS = (b'<?xml version="1.0" encoding="UTF-8"?><vlosCoreDocument xmlns="http://www.tweedekamer.nl/'
         b'ggm/vergaderverslag/v1.0"><vergadering><tekst>'
         + b"".join(b"<alinea><alineaitem>%s</alineaitem></alinea>" % line for line in (
             b"De voorzitter:", b"Ik geef het woord aan de minister.", b"Minister Keijzer:",
             b"Ik stuur  de Kamer\n voor de zomer een brief.", b"De heer Van Baarle (DENK):",
             b"Dank u wel.")) + b"</tekst></vergadering></vlosCoreDocument>")


def test_a_stenogram_prints_as_the_handelingen_and_is_cut_at_speakers():
    text = corpus.vlos_text(_VLOS)
    assert text.startswith("De voorzitter:\n\nIk geef het woord aan de minister.\n\nMinister "
                           "Keijzer:\n\nIk stuur de Kamer voor de zomer een brief.")
    pieces = corpus.vlos_pieces(text, size=40)
    assert [text[a:b].split("\n")[0] for a, b in pieces] == [
        "De voorzitter:", "Minister Keijzer:", "De heer Van Baarle (DENK):"]
    assert "".join(text[a:b] for a, b in pieces) == text
