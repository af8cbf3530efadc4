"""How the rules do on the labelled corpus, part by part: the scripts a rule change is judged by.

    python -m tools.score parts [PART ...]       totals per part (held-back parts too)
    python -m tools.score totals                 the opened parts together, the held-back together
    python -m tools.score misses [--form F] [PART ...]   what the opened parts miss, their noise
                                                 and wrong due dates (F: letter, transcript …)
    python -m tools.score grep REGEX [government|member|chair|letter]
                                                 the opened sentences REGEX finds: labelled as
                                                 what, extracted as what, said by whom
    python -m tools.score say letter|minister|member "SENTENCE[\nSENTENCE…]"
                                                 what one sentence gives, said so
    python -m tools.score dump OUT [PART ...]    every item of every corpus text and probe
                                                 document (``probes/**/*.txt``; the sentence
                                                 lists have their own tests), or of the parts
                                                 named, one line each, to compare before and
                                                 after a change

A held-back part is never printed beyond its totals: ``dump`` gives each held-back text one line
with a digest of its items, so a change there shows as a changed line, never as a sentence.
"""

from __future__ import annotations

import hashlib
import re
import sys
from datetime import date
from pathlib import Path

from tracker.calendar import ParliamentaryCalendar
from tracker.extraction import extract
from tracker.extraction.forms import _speaker_lines
from tracker.extraction.quality import FIXTURES, HELD_BACK, PARTS, Scores, corpus, evaluate, seeds
from tracker.services.milestones import bundled_catalogue

_FRAMES = {  # a sentence as a letter says it, or a minister or a member in a debate
    "letter": "Den Haag, 10 maart 2025\n\nGeachte voorzitter,\n\n{}\n\nDe minister van "
              "Financiën,\nJ. Jansen\n",
    "minister": "De voorzitter:\nHet woord is aan de minister.\n\nMinister Jansen:\n{}\n\n"
                "De voorzitter:\nDank u wel.\n",
    "member": "De voorzitter:\nHet woord is aan mevrouw De Vries.\n\nMevrouw De Vries (VVD):\n"
              "{}\n\nDe voorzitter:\nDank u wel. Het woord is aan de minister.\n\nMinister "
              "Jansen:\nDank u wel.\n",
}
PROBE_DAY = date(2025, 3, 10)  # as the probe tests read them
_SQUASH = re.compile(r"[\s-]+")  # as the scoring compares quotes
OPENED = [part for part, _ in PARTS if part not in HELD_BACK]


def _documents(part: str):
    return (seeds() if part == "tune" else []) + corpus(part)


def _line(name: str, s: Scores) -> str:
    return (f"{name:10} {s.documents:4} docs  {s.true_positives:5} found {s.false_positives:4} "
            f"noise {s.false_negatives:4} missed  P {s.precision:.2f} R {s.recall:.2f}  "
            f"requests {s.recall_of('request'):.2f}  due {s.due_right}/{s.due_checked}")


def _forms(s: Scores) -> str:
    return "  ".join(f"{form} {tp}/{tp + fn} ({fp} noise)"
                     for form, (tp, fp, fn) in sorted(s.by_form.items()))


def _together(parts: list[str], calendar, catalogue) -> Scores:
    return evaluate([d for part in parts for d in _documents(part)], calendar, catalogue)


def _grep(pattern: re.Pattern, role: str, calendar, catalogue) -> None:
    """Every opened sentence ``pattern`` finds, by what its labels and the rules say of it:
    ``label/extracted`` (``-`` for nothing, ``opt`` for an optional label), with the speaker's
    role in a transcript (government, member, chair; ``role`` narrows to one)."""
    counts: dict[str, int] = {}
    for part in OPENED:
        for doc in _documents(part):
            extraction = extract(doc.text, doc.date, calendar, catalogue)
            turns = _speaker_lines(doc.text) if extraction.form == "transcript" else []
            for sentence in extraction.sentences:
                if not pattern.search(sentence.text):
                    continue
                said_by = next((s.role for at, s in reversed(turns) if at <= sentence.start),
                               "-") if turns else "letter"
                if role != "any" and said_by != role:
                    continue
                labels = [lab for lab in doc.meta["labels"]
                          if _SQUASH.sub("", lab["quote"]) in _SQUASH.sub("", sentence.text)]
                label = next(("opt" if lab.get("optional") else lab["kind"][:3]
                              for lab in labels), "-")
                got = next((i.kind[:3] for i in extraction.items
                            if i.start <= sentence.start < i.end or sentence.start <= i.start
                            < sentence.end), "-")
                key = f"{label}/{got}"
                counts[key] = counts.get(key, 0) + 1
                print(f"{key:8} {said_by[:3]:4} {part}/{doc.name[:30]}: {sentence.text[:220]}")
    print("  ".join(f"{key} {n}" for key, n in sorted(counts.items())))


def main(argv: list[str]) -> int:
    calendar, catalogue = ParliamentaryCalendar.bundled(), bundled_catalogue()
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command == "parts":
        for part in rest or [p for p, _ in PARTS]:
            print(_line(part, evaluate(_documents(part), calendar, catalogue)))
    elif command == "totals":
        for name, parts in (("opened", OPENED), ("held", list(HELD_BACK))):
            scores = _together(parts, calendar, catalogue)
            print(_line(name, scores))
            print(f"{'':11}{_forms(scores)}")
    elif command == "misses":
        form = rest[rest.index("--form") + 1] if "--form" in rest else None
        parts = [p for p in rest if p in dict(PARTS) and p != form] or OPENED
        if held := [p for p in parts if p in HELD_BACK]:
            print(f"held back, totals only: {', '.join(held)}")
            return 2
        documents = [d for p in parts for d in _documents(p)
                     if form is None or d.meta.get("kind", "letter") == form]
        scores = evaluate(documents, calendar, catalogue)
        print(_line("selected", scores))
        for title, lines in (("missed", scores.misses), ("noise", scores.noise),
                             ("wrong due", scores.wrong_due), ("wrong speaker",
                                                               scores.wrong_actors)):
            print(f"\n## {title} ({len(lines)})")
            print("\n".join(lines))
    elif command == "grep" and rest:
        _grep(re.compile(rest[0], re.IGNORECASE), rest[1] if len(rest) > 1 else "any",
              calendar, catalogue)
    elif command == "say" and len(rest) == 2 and rest[0] in _FRAMES:
        for line in rest[1].split("\n"):
            text = _FRAMES[rest[0]].format(line)
            for i in extract(text, PROBE_DAY, calendar, catalogue).items:
                print(f"{i.kind} {i.rule} {i.due} {i.precision} {i.actor} | {i.text}")
            print("--")
    elif command == "dump" and rest:
        with Path(rest[0]).open("w", encoding="utf-8") as out:
            for part in rest[1:] or [p for p, _ in PARTS]:
                for doc in _documents(part):
                    items = extract(doc.text, doc.date, calendar, catalogue).items
                    lines = [f"{i.kind} {i.rule} {i.due} {i.precision} {i.actor} | {i.text}"
                             for i in items]
                    if part in HELD_BACK:
                        digest = hashlib.sha1("\n".join(lines).encode()).hexdigest()[:12]
                        out.write(f"(held) {part}/{doc.name}: {len(lines)} items {digest}\n")
                    else:
                        out.writelines(f"{part}/{doc.name}: {line}\n" for line in lines)
            for path in sorted((FIXTURES / "probes").rglob("*.txt")) if not rest[1:] else ():
                for i in extract(path.read_text("utf-8"), PROBE_DAY, calendar,
                                 catalogue).items:
                    out.write(f"probe {path.relative_to(FIXTURES)}: {i.kind} {i.rule} {i.due} "
                              f"{i.precision} | {i.text}\n")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
