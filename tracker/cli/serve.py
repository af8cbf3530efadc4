"""tracker serve, tracker scheduler, tracker run: the processes."""

from __future__ import annotations

import contextlib
import logging
import signal
import subprocess
import sys

import click

from . import CliContext, main, pass_ctx

log = logging.getLogger(__name__)

_HOST = click.option("--host", default="127.0.0.1", show_default=True)
_PORT = click.option("--port", default=5000, show_default=True, type=int)
_THREADS = click.option("--threads", default=8, show_default=True, type=int,
                        help="Worker threads of the WSGI server.")


@main.command()
@_HOST
@_PORT
@_THREADS
@pass_ctx
def serve(ctx: CliContext, host: str, port: int, threads: int) -> None:
    """Serve the web application (waitress)."""
    from waitress import serve as waitress_serve

    from .. import create_app

    app = create_app(ctx.settings)
    click.echo(f"serving on http://{host}:{port}/")
    waitress_serve(app, host=host, port=port, threads=threads, ident="tracker")


@main.command()
@pass_ctx
def scheduler(ctx: CliContext) -> None:
    """Run the scheduled jobs (syncs, reminders, digests, delivery) in this process."""
    from ..scheduler import build_scheduler

    sched = build_scheduler(ctx.settings)
    jobs = sched.get_jobs()
    click.echo(f"scheduler: {len(jobs)} jobs: {', '.join(j.id for j in jobs) or 'none'}")
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        sched.start()


@main.command()
@_HOST
@_PORT
@_THREADS
@click.pass_context
def run(click_ctx: click.Context, host: str, port: int, threads: int) -> None:
    """Serve the web application with the scheduler beside it, as its own process."""
    child = subprocess.Popen([sys.executable, "-m", "tracker", "scheduler"])
    # SIGTERM (from make, systemd, a test) must stop the scheduler child too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        click_ctx.invoke(serve, host=host, port=port, threads=threads)
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
