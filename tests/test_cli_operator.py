"""The operator's command line: progress on long commands (on a terminal only) and headed
lists."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from datetime import date

import pytest

from tracker.cli import progress as progress_module
from tracker.cli.progress import ProgressLine

from .conftest import free_port
from .httpserver import LocalServer, Reply
from .smtpserver import SmtpServer
from .sources import SAMPLE, quick, recorded


@pytest.fixture
def sources():
    """The sample's KOOP search and Kamerstukken, an EK rappel page and an RSS feed."""
    with LocalServer() as server:
        server.routes["/rappel"] = Reply(200, (SAMPLE / "ek/rappel-bzk.html").read_bytes())
        server.routes["/sru"] = Reply(200, recorded(SAMPLE / "koop/sru-kamerstukken.xml",
                                                    server.url))
        for path in SAMPLE.glob("koop/kst-*.xml"):
            identifier, dossier = path.stem, path.stem.split("-")[1]
            server.routes[f"/frbr/officielepublicaties/kst/{dossier}/{identifier}/1/xml/"
                          f"{identifier}.xml"] = Reply(200, path.read_bytes())
        server.routes["/feed.xml"] = Reply(200, (SAMPLE / "feeds/rijksoverheid-ai.xml")
                                           .read_bytes(), {"Content-Type": "application/rss+xml"})
        yield server


@pytest.fixture
def smtp():
    server = SmtpServer(free_port()).start()
    yield server
    server.stop()


LONG_COMMANDS = (
    (("sync", "koop", "--sru-url", "{url}/sru", "--since", "2025-01-01", "--no-extract"),
     ["koop: 1/3 records", "koop: 3/3 records"]),
    (("extract", "--pending"), ["extraction: 0/3 documents", "extraction: 3/3 documents"]),
    (("sync", "ek", "--url", "{url}/rappel"), ["ek: 0/1 pages", "ek: 1/1 pages"]),
    (("sync", "feeds"), ["feeds: 0/1 feeds", "feeds: 1/1 feeds", "extraction: 0/"]),
    (("load-sample",), []),  # the milestones the digest tells of
    (("digest", "send", "--now", "2026-11-23T07:00"),
     ["digests: 0/1 subscribers", "digests: 1/1 subscribers", "delivery: 1 sent"]),
)


def _prepare(cli, sources, smtp) -> None:
    quick(cli)
    cli.env["TRACKER_SMTP_PORT"] = str(smtp.port)
    cli("feeds", "add", f"{sources.url}/feed.xml", "--name", "AI-nieuws")
    cli("subscriptions", "add", "griffie@example.org", "--confirmed")


def test_every_long_command_shows_progress_on_a_terminal(cli, sources, smtp, monkeypatch):
    _prepare(cli, sources, smtp)
    monkeypatch.setattr(progress_module, "on_terminal", lambda: True)
    for args, lines in LONG_COMMANDS:
        result = cli(*(a.format(url=sources.url) for a in args))
        for line in lines:
            assert f"\r{line}" in result.stderr, (args, result.stderr)
        if lines:  # the line is wiped before the summary
            assert result.stderr.endswith("\r"), args
        assert "\r" not in result.stdout  # the summary lines stand alone
    assert len(smtp.messages) == 1


def test_long_commands_are_quiet_in_a_pipe(cli, sources, smtp):
    _prepare(cli, sources, smtp)
    for args, _lines in LONG_COMMANDS:
        result = cli(*(a.format(url=sources.url) for a in args))
        assert "\r" not in result.output and "/" not in result.stderr, args


def _run(args: list[str], env: dict[str, str], stderr_to_terminal: bool) -> tuple[str, str]:
    """The real `tracker` command in a child process, its standard error on a pseudo-terminal
    or a pipe; returns (stdout, stderr)."""
    if not stderr_to_terminal:
        done = subprocess.run([sys.executable, "-m", "tracker", *args], env=env,
                              capture_output=True, text=True, timeout=120, check=True)
        return done.stdout, done.stderr
    controller, terminal = pty.openpty()
    with subprocess.Popen([sys.executable, "-m", "tracker", *args], env=env,
                          stdout=subprocess.PIPE, stderr=terminal) as child:
        os.close(terminal)
        seen = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        out = child.stdout.read().decode()
        assert child.wait(timeout=120) == 0, seen
    os.close(controller)
    return out, seen.decode()


@pytest.mark.slow
def test_a_real_terminal_gets_the_progress_line_and_a_pipe_does_not(cli, sources):
    quick(cli)
    env = {**os.environ, **cli.env}
    # The second Kamerstuk answers 503 once: its retry notice is logged mid-progress.
    path = next(p for p in sources.routes if p.endswith("kst-26643-1029.xml"))
    document, failures = sources.routes[path], []
    sources.routes[path] = lambda request: (
        document if failures else failures.append(1) or Reply(503, b"busy"))
    koop = ["sync", "koop", "--sru-url", f"{sources.url}/sru", "--since", "2025-01-01"]
    out, err = _run(koop, env, stderr_to_terminal=True)
    assert "\rkoop: 3/3 records\x1b[K" in err and "\rextraction: 3/3 documents\x1b[K" in err
    assert err.endswith("\r\x1b[K")
    # the progress line is wiped before the notice, which stands on a line of its own
    assert err.count("opnieuw 1/1") == 1
    assert re.search(r"records\x1b\[K\r\x1b\[K[^\r\n]*WARNING scrapers.http: opnieuw 1/1 "
                     r"[^\r\n]*503[^\r\n]*\r?\n\rkoop: ", err), err
    assert out.startswith("koop: inserted 3,") and "\r" not in out
    out, err = _run(koop, env, stderr_to_terminal=False)  # the same run, in a pipe
    assert out.startswith("koop: inserted 0, updated 0, unchanged 3") and err == ""


def test_a_log_line_does_not_run_on_from_the_progress_line(capsys):
    import logging

    handler = logging.StreamHandler(sys.stderr)  # what `tracker` logs to
    logging.getLogger().addHandler(handler)
    try:
        with ProgressLine("records", enabled=True, interval=0) as line:
            line("koop", 1, 3)
            logging.getLogger("scrapers.http").warning("opnieuw 1/4 over 1 s: …")
            line("koop", 2, 3)
        logging.getLogger("scrapers.http").warning("after")
    finally:
        logging.getLogger().removeHandler(handler)
    assert capsys.readouterr().err == (
        "\rkoop: 1/3 records\r"  # the escapes that erase are only sent to a terminal
        "opnieuw 1/4 over 1 s: …\n"
        "\rkoop: 2/3 records\r"
        "after\n")
    assert handler.filters == []


def test_the_progress_line_is_throttled_and_wiped(capsys, monkeypatch):
    clock = iter([0.0, 0.05, 0.1, 0.5])
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: next(clock))
    quiet = ProgressLine("entries read", enabled=False)
    quiet("Toezegging", 250)
    quiet.done()
    assert capsys.readouterr().err == ""
    with ProgressLine("entries read", enabled=True) as line:
        line("Toezegging", 1)
        line("Toezegging", 2)  # 0.05 s later: not worth a redraw
        line("Toezegging", 3, 3)  # the last one always shows
        line("Toezegging", 4)  # 0.4 s after the last redraw
    err = capsys.readouterr().err
    assert "Toezegging: 1 entries read" in err and "Toezegging: 2 " not in err
    assert "Toezegging: 3/3 entries read" in err and "Toezegging: 4 entries read" in err
    assert err.endswith("\r")  # wiped (the erase escape is only sent to a terminal)


def test_list_commands_print_headers(cli, session, smtp):
    cli.env["TRACKER_SMTP_PORT"] = str(smtp.port)
    assert "no accounts" in cli("users", "list").output
    assert cli("subscriptions", "list").output == "no subscriptions\n"
    assert "no feeds" in cli("feeds", "list").output
    assert cli("outbox", "list").output == "outbox empty\n"
    cli("users", "add", "griffier@example.org", "--role", "clerk", "--name", "Griffier",
        "--password-stdin", input="correct horse battery\n")
    cli("subscriptions", "add", "ann@example.org")  # the opt-in mail waits in the outbox
    cli("feeds", "add", "https://example.org/a.xml", "--name", "A")
    assert cli("users", "list").output.splitlines() == [
        "email\trole\tstate\tlast login\tname", "griffier@example.org\tclerk\tactive\t-\tGriffier"]
    assert cli("subscriptions", "list").output.splitlines()[0] == (
        "email\tstate\tfrequency\tlanguage\tfilters")
    assert cli("feeds", "list").output.splitlines()[0].startswith("feed\tstate\tkind\t")
    listed = cli("outbox", "list")
    assert listed.stderr == "queued 1\n"  # the counts apart: the table opens with its header
    outbox = listed.stdout.splitlines()
    assert outbox[0] == "id\tstate\tattempts\tkind\tperiod\trecipient\tlast error"
    assert outbox[1].split("\t")[1:4] == ["queued", "0", "confirm"]
    assert cli("recesses", "list").output.startswith("chamber,name,first_day,last_day,certainty")


def test_a_table_on_a_terminal_is_aligned(capsys):
    from tracker.cli.table import echo_table

    echo_table(("id", "recipient", "last error"), [(7, "a@example.org", None),
                                                   (12, "bo@example.org", "refused")],
               aligned=True)
    assert capsys.readouterr().out.splitlines() == [
        "id  recipient       last error",
        "7   a@example.org",
        "12  bo@example.org  refused"]


def test_a_table_on_a_narrow_terminal_cuts_its_last_column(capsys, monkeypatch):
    from tracker.cli.table import echo_table

    monkeypatch.setenv("COLUMNS", "40")
    echo_table(("id", "recipient", "last error"),
               [(7, "a@example.org", "550 5.1.1 mailbox unavailable: user unknown")],
               aligned=True)
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "7   a@example.org  550 5.1.1 mailbox un…"
    assert max(map(len, lines)) == 40


def _readme_block(after: str, index: int) -> list[str]:
    """The command lines of the ``index``-th ```sh block after the heading ``after``."""
    from tracker.config import PROJECT_ROOT

    text = (PROJECT_ROOT / "README.md").read_text().split(after, 1)[1]
    block = text.split("```sh\n")[index + 1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


@pytest.mark.slow
def test_the_readme_way_to_see_mail_locally_works(cli, tmp_path):
    """The README's commands, as written (only the port is a free one and .venv/bin this
    interpreter's): aiosmtpd prints the digest the tracker sends it."""
    import socket
    import time
    from pathlib import Path

    port = str(free_port())
    bin_dir = str(Path(sys.executable).parent) + "/"
    (server_line,) = _readme_block("### Seeing the mail locally", 0)
    commands = _readme_block("### Seeing the mail locally", 1)
    assert server_line.startswith(".venv/bin/python -m aiosmtpd -n -l 127.0.0.1:1025")
    assert any("TRACKER_SMTP_PORT=1025" in line for line in commands)
    cli("load-sample")
    env = {k: v for k, v in {**os.environ, **cli.env}.items()
           if k not in ("TRACKER_SMTP_HOST", "TRACKER_SMTP_PORT")}
    env["PYTHONUNBUFFERED"] = "1"
    server = subprocess.Popen(server_line.replace("1025", port).replace(".venv/bin/", bin_dir)
                              .split(), env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", int(port)), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "aiosmtpd did not start"
                time.sleep(0.1)
        script = "set -e\n" + "\n".join(commands).replace("1025", port).replace(
            ".venv/bin/", bin_dir)
        done = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True,
                              timeout=120, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "delivery: sent 1" in done.stdout
    finally:
        server.terminate()
        printed, _ = server.communicate(timeout=20)
    assert "---------- MESSAGE FOLLOWS ----------" in printed
    assert "To: you@example.org" in printed and "Subject: Dagoverzicht" in printed
    assert "/mijlpalen/" in printed


def test_bad_input_at_the_command_line_gets_one_line_not_a_traceback(cli, tmp_path):
    # (each printed a traceback or strptime's format before)
    assert cli("extract", "--date", "2025-02-30", "x.txt", expect=2).output.endswith(
        "Invalid value for '--date': 2025-02-30: day is out of range for month\n")
    assert "'30-02-2025' is not a day written YYYY-MM-DD" in cli(
        "sync", "koop", "--since", "30-02-2025", expect=2).output
    failed = cli("db", "upgrade", "bogus", expect=1)
    assert failed.output.endswith("Error: revision: Can't locate revision identified by "
                                  "'bogus'\n") and "Traceback" not in failed.output
    failed = cli("load-sample", "--dir", str(tmp_path), expect=1)
    assert failed.output == (f"Error: {tmp_path}: not a sample folder ({tmp_path}/seeds.json "
                             "is missing)\n")
    current = cli("db", "current")
    assert current.output.splitlines()[0].startswith("database: ")  # no migration's log


def test_a_clerk_lists_and_reads_promises_at_a_terminal(cli, today):
    # (only 'export commitments' printed them: every record, as JSON or CSV)
    cli("load-sample")
    listed = cli("commitments", "list", "--window", "overdue", "--ministry", "binnenlandse")
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert rows[0] == ["number", "ch", "due", "late", "status", "ministry", "about"]
    assert rows[1][:2] == ["T01970", "EK"] and rows[1][5] == "BZK"
    assert int(rows[1][3]) == (today - date.fromisoformat(rows[1][2])).days  # the most late first
    assert all(row[5] == "BZK" and row[3] for row in rows[1:])
    assert listed.stderr == f"{len(rows) - 1} of {len(rows) - 1} shown\n"
    digital = cli("commitments", "list", "--committee", "DIGITALE", "--limit", "1")
    assert digital.stderr.startswith("1 of ") and len(digital.stdout.splitlines()) == 2
    assert "no committee named like nergens" in cli(
        "commitments", "list", "--committee", "nergens", expect=1).output
    shown = cli("commitments", "show", "t03670").stdout
    assert shown.startswith("number:    T03670\nstatus:    open\nchamber:   EK\n")
    assert "Historie: Deadline gewijzigd van 1 juli 2025 naar 1 januari 2026" in " ".join(
        shown.split())
    # the day in Amsterdam, as the register and the site give it (stored 22:00 UTC the day before)
    assert "2025-07-08  due: 2025-07-01 → 2026-01-01" in shown
    assert "no commitment numbered T99999" in cli("commitments", "show", "T99999",
                                                  expect=1).output


def test_a_table_fits_the_terminal_cutting_its_widest_columns(capsys, monkeypatch):
    # (only the last was cut, never below 12: 84-column rows of 'tracker commitments list' at
    # 80, and an outbox's recipient whole while its error was cut to 'cannot reac…')
    from tracker.cli.table import echo_table

    monkeypatch.setenv("COLUMNS", "60")
    echo_table(("id", "recipient", "last error"), [
        (7, "griffier.digitale.zaken@tweedekamer.example", "cannot reach localhost:2: [Errno "
         "111] Connection refused")], aligned=True)
    lines = capsys.readouterr().out.splitlines()
    assert max(map(len, lines)) == 60
    _id, recipient, error = re.split(r"\s{2,}", lines[1], maxsplit=2)
    assert recipient.startswith("griffier.digitale") and error.startswith("cannot reach local")
