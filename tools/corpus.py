"""The scripts a round of the labelled corpus is gathered with (tests/fixtures/extraction/corpus/).

    python -m tools.corpus check ADDRESS FILE [--text-only]   is this text new to the corpus?
    python -m tools.corpus validate DIR                       are DIR's labels well formed?
    python -m tools.corpus print-vlos FILE.xml [--pieces]     a stenogram, printed

``check`` is what gatherers judge a candidate by without opening the corpus (whose labels they
must not see): NEW, or OLD when its address is a corpus document's or two stretches of twenty
words of it stand in a corpus, probe or seed text. ``validate`` is what labellers run on their
folder: every quote in exactly as many sentences as the label says (as the extraction splits
them), and the fields the guide asks for. ``print-vlos`` prints a VLOS XML stenogram (the Tweede
Kamer's "vlosCoreDocument") as rounds forty to forty-four took them: every ``alineaitem`` in
document order, whitespace collapsed, a blank line between; ``--pieces`` lists its pieces of
about 12,000 characters, cut at speaker lines.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

from scrapers.documents import document_text

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "extraction"

KINDS = {"commitment", "request", "milestone"}
PRECISIONS = {"day", "month", "quarter", "half", "year", "season", "relative", "vague",
              "conditional", "none"}
DOCUMENT_KINDS = {"letter", "answers", "register", "transcript", "verslag", "motion", "nota",
                  "other"}

_SPACE = re.compile(r"\s+")
_SQUASHED = re.compile(r"[\s-]+")  # as the scoring compares a quote PDF text broke


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _known() -> tuple[list[str], list[str]]:
    """Every corpus document's address, and every corpus, probe and seed text (normalised)."""
    addresses, texts = [], []
    for meta in sorted((FIXTURES / "corpus").glob("*/*.json")):
        addresses.append(json.loads(meta.read_text("utf-8")).get("source", ""))
        texts.append(_normal(meta.with_suffix(".txt").read_text("utf-8")))
    for path in [*sorted((FIXTURES / "probes").rglob("*.txt")),
                 *sorted((ROOT / "sample" / "seeds").glob("*.txt"))]:
        texts.append(_normal(path.read_text("utf-8", errors="replace")))
    return addresses, texts


def is_new(address: str, text: str, text_only: bool = False,
           known: tuple[list[str], list[str]] | None = None) -> tuple[bool, str]:
    """(new, why): an address held already (its fragment aside), or two stretches of twenty
    words of the text standing in a known text, make it old."""
    addresses, texts = known or _known()
    base = address.split("#")[0]
    if not text_only and base and any(base in held for held in addresses):
        return False, "address in corpus"
    words = _normal(text).split(" ")
    if len(words) < 60:
        return True, "too short to compare stretches"
    for at in (len(words) // 3, 2 * len(words) // 3):
        stretch = " ".join(words[at:at + 20])
        if any(stretch in held for held in texts):
            return False, "text already held"
    return True, "new"


def label_problems(folder: Path) -> list[str]:
    """What is wrong with the labels of every ``folder/*.json`` beside its ``.txt``."""
    from tracker.extraction import sentences_of

    problems: list[str] = []
    for meta_path in sorted(folder.glob("*.json")):
        name = meta_path.name
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            problems.append(f"{name}: not JSON: {exc}")
            continue
        text = meta_path.with_suffix(".txt").read_text("utf-8")
        sentences = [unicodedata.normalize("NFC", s.text) for s in sentences_of(text)]
        squashed = [_SQUASHED.sub("", s) for s in sentences]
        problems += [f"{name}: missing {key}" for key in ("source", "kind", "date", "labels")
                     if key not in meta]
        if meta.get("kind") not in DOCUMENT_KINDS:
            problems.append(f"{name}: document kind {meta.get('kind')!r}")
        if not _is_date(meta.get("date")):
            problems.append(f"{name}: date {meta.get('date')!r}")
        for label in meta.get("labels", []):
            problems += [f"{name}: {p}" for p in _label_problems(label, sentences, squashed)]
    return problems


def _label_problems(label: dict, sentences: list[str], squashed: list[str]) -> list[str]:
    quote = unicodedata.normalize("NFC", label.get("quote", ""))
    found = sum(quote in s for s in sentences) or sum(
        _SQUASHED.sub("", quote) in s for s in squashed)
    wanted = label.get("occurrences", 1)
    problems = []
    if found != wanted:
        problems.append(f"quote in {found} sentences (labelled {wanted}): {quote!r}")
    if not 3 <= len(quote.split()) <= 25:
        problems.append(f"quote of {len(quote.split())} words: {quote!r}")
    if label.get("kind") not in KINDS:
        problems.append(f"label kind {label.get('kind')!r}: {quote!r}")
    if label.get("optional"):
        return problems
    if "due" not in label or "precision" not in label:
        return [*problems, f"no due date or precision: {quote!r}"]
    if label["precision"] not in PRECISIONS:
        problems.append(f"precision {label['precision']!r}: {quote!r}")
    if label["due"] is None and label["precision"] not in ("none", "conditional"):
        problems.append(f"no due date needs precision none or conditional: {quote!r}")
    elif label["due"] is not None and not _is_date(label["due"]):
        problems.append(f"due {label['due']!r}: {quote!r}")
    return problems


def _is_date(value) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


_SPEAKER = re.compile(r"^(?:De voorzitter|Minister|Staatssecretaris|Minister-president|Mevrouw"
                      r"|De heer)\b[^\n]{0,120}:$", re.MULTILINE)


def vlos_text(xml: bytes) -> str:
    """A VLOS stenogram printed as ``tracker extract`` reads it: every ``alineaitem`` in
    document order, whitespace collapsed, a blank line between (the speakers' lines, "Minister
    X:", are items of their own)."""
    return document_text(xml).text


def vlos_pieces(text: str, size: int = 12_000) -> list[tuple[int, int]]:
    """Where a printed stenogram is cut into pieces of about ``size`` characters: at the first
    speaker's line at or after each ``size`` characters."""
    starts = [m.start() for m in _SPEAKER.finditer(text)]
    pieces, start = [], 0
    while start < len(text):
        end = next((s for s in starts if s >= start + size), len(text))
        pieces.append((start, end))
        start = end
    return pieces


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "check":
        new, why = is_new(argv[1], Path(argv[2]).read_text("utf-8"), "--text-only" in argv)
        print("NEW" if new else f"OLD ({why})")
        return 0
    if len(argv) == 2 and argv[0] == "validate":
        problems = label_problems(Path(argv[1]))
        print("\n".join(problems) or "OK")
        return 1 if problems else 0
    if len(argv) >= 2 and argv[0] == "print-vlos":
        text = vlos_text(Path(argv[1]).read_bytes())
        if "--pieces" in argv:
            for i, (start, end) in enumerate(vlos_pieces(text)):
                print(i, start, end, text[start:start + 60].replace("\n", " | "))
        else:
            sys.stdout.write(text)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
