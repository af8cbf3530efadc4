"""Is a change to the extraction faster? The code of a git revision and the working tree's, in
one process, each text of the seeds and the labelled corpus read by the one and then the other
(which goes first alternates), CPU time summed per round.

On a machine shared with other work two runs one after the other can differ by a tenth, more
than most changes gain; read in turn, both codes see the same load, and the ratio of their
times holds to about a percent. The revision's ``tracker`` package is taken with ``git
archive`` and imported under another name; it must import itself relatively, as the package
does (checked: the comparison stops if it reaches for the working tree's modules).

``python -m benchmarks.extraction_ab REV [ROUNDS]`` (REV: a commit, tag or branch; 3 rounds).
"""

from __future__ import annotations

import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _package_at(revision: str, into: Path) -> str:
    """Unpack the revision's ``tracker`` package into ``into`` under a name of its own."""
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "tracker"],
                         capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        archive.extractall(into, filter="data")
    name = "tracker_" + "".join(c if c.isalnum() else "_" for c in revision)
    (into / "tracker").rename(into / name)
    return name


def _extraction(package: str):
    """``extract``, a calendar and the milestone catalogue of one package."""
    extraction = importlib.import_module(f"{package}.extraction")
    calendar = importlib.import_module(f"{package}.calendar").ParliamentaryCalendar.bundled()
    catalogue = importlib.import_module(f"{package}.services.milestones").bundled_catalogue()
    return extraction.extract, calendar, catalogue


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    if not args:
        sys.exit("usage: python -m benchmarks.extraction_ab REV [ROUNDS]")
    revision, rounds = args[0], int(args[1]) if len(args) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp:
        old_name = _package_at(revision, Path(tmp))
        sys.path.insert(0, str(ROOT))
        # (the revision reads its data files through the working tree's package, as
        # ``resources.files("tracker")``: the same recess table and catalogue, unless the change
        # is to them; nothing more of the working tree's may come in with it)
        importlib.import_module("tracker")
        before = {name for name in sys.modules if name.startswith("tracker.")}
        sys.path.insert(1, tmp)
        old = _extraction(old_name)
        if any(name.startswith("tracker.") and name not in before for name in sys.modules):
            sys.exit(f"{revision}'s package imports the working tree's modules: not comparable")
        new = _extraction("tracker")
        from .common import load
        from .extraction import texts_read

        texts = texts_read()
        size = sum(len(t.encode("utf-8")) for t in texts)
        for extract, calendar, catalogue in (old, new):
            extract(texts[0], calendar=calendar, catalogue=catalogue)  # warm up
        print(f"   {revision} against the working tree, {len(texts)} texts ({size / 1e6:.1f} MB); "
              f"load {load()}")
        ratios = []
        for r in range(rounds):
            spent = [0.0, 0.0]
            for i, text in enumerate(texts):
                order = (0, 1) if (i + r) % 2 == 0 else (1, 0)
                for which in order:
                    extract, calendar, catalogue = (old, new)[which]
                    started = time.process_time()
                    extract(text, calendar=calendar, catalogue=catalogue)
                    spent[which] += time.process_time() - started
            ratios.append(spent[1] / spent[0])
            print(f"   round {r + 1}: {revision} {size / spent[0] / 1e6:.3f} MB/s, working tree "
                  f"{size / spent[1] / 1e6:.3f} MB/s, time ratio {ratios[-1]:.3f}", flush=True)
        print(f"   the working tree takes {min(ratios):.3f}–{max(ratios):.3f} of {revision}'s "
              f"time (load {load()})")


if __name__ == "__main__":
    main()
