"""The scoring scripts a rule change is judged by (``tools/score.py``): they read every part, and
never print a held-back part beyond its totals."""

from tools import score
from tracker.extraction.quality import HELD_BACK


def test_a_held_back_part_gives_its_totals_and_never_its_sentences(capsys, tmp_path):
    held = HELD_BACK[-1]
    assert score.main(["misses", held]) == 2
    assert "totals only" in capsys.readouterr().out
    assert score.main(["parts", held]) == 0
    line = capsys.readouterr().out
    assert line.startswith(held) and " found " in line and " missed " in line
    # the dump gives each held-back text one line with a digest, no sentence
    out = tmp_path / "dump.txt"
    assert score.main(["dump", str(out), held, "dev38"]) == 0
    held_lines = [ln for ln in out.read_text("utf-8").splitlines() if ln.startswith("(held)")]
    assert held_lines and all(" | " not in ln for ln in held_lines)
    assert any(ln.startswith("dev38/") and " | " in ln
               for ln in out.read_text("utf-8").splitlines())


def test_one_sentence_said_by_a_minister_and_by_a_member(capsys):
    promise = "Ik stuur uw Kamer voor de zomer een brief over de uitkomsten."
    assert score.main(["say", "minister", promise]) == 0
    assert capsys.readouterr().out.startswith("commitment ")
    assert score.main(["say", "member", promise]) == 0
    assert not capsys.readouterr().out.startswith("commitment ")
