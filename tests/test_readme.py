"""The README is true in a fresh clone: the files it names exist, its examples run."""

from __future__ import annotations

import glob
import re
import shlex

from tracker.config import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text()
TOP_LEVEL = ("sample/", "tests/", "tracker/", "scrapers/", "templates/", "static/",
             "migrations/", "benchmarks/", ".ci/")


def _code_spans() -> list[str]:
    return re.findall(r"`([^`\n]+)`", README)


def test_every_path_the_readme_names_is_in_the_repository():
    named = {word for span in _code_spans() for word in span.split()
             if word.startswith(TOP_LEVEL) and "…" not in word}
    assert named, "no paths found: has the README's format changed?"
    missing = sorted(p for p in named if not glob.glob(str(PROJECT_ROOT / p)))
    assert not missing, f"the README names paths a fresh clone does not have: {missing}"
    assert "../" not in README, "a path outside the repository"


def test_the_extract_example_runs_on_the_bundled_seeds(cli):
    (example,) = [s for s in _code_spans() if s.startswith(".venv/bin/tracker extract ")]
    args = []
    for word in shlex.split(example)[1:]:
        args += sorted(glob.glob(str(PROJECT_ROOT / word))) if "*" in word else [word]
    assert len(args) == 1 + 5 + 2  # extract, the five seeds, --format table
    output = cli(*args).output
    assert output.count("\n== ") + output.startswith("== ") == 5
    assert "commitment " in output and "zal" in output
