"""tracker serve, tracker scheduler, tracker run: the processes."""

from __future__ import annotations

import contextlib
import logging
import os
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
    """Serve the web application (waitress).

    Links in e-mail, feeds and exports use TRACKER_BASE_URL; unset, they point at the host
    and port served here."""
    from waitress import serve as waitress_serve

    from .. import create_app

    settings = ctx.settings.served_at(host, port)
    app = create_app(settings)
    click.echo(f"serving on http://{host}:{port}/ (links: {settings.base_url})")
    waitress_serve(app, host=host, port=port, threads=threads, ident="tracker")


@main.command()
@pass_ctx
def scheduler(ctx: CliContext) -> None:
    """Run the scheduled jobs (syncs, reminders, digests, delivery) in this process."""
    from ..scheduler import build_scheduler

    sched = build_scheduler(ctx.settings)
    jobs = sched.get_jobs()
    click.echo(f"scheduler: {len(jobs)} jobs: {', '.join(j.id for j in jobs) or 'none'} "
               f"(links: {ctx.settings.base_url})")
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
    # The scheduler's mails link to the site this command serves (unless TRACKER_BASE_URL
    # names another address): it is told the address the server has.
    settings = click_ctx.find_object(CliContext).settings.served_at(host, port)
    env = {**os.environ, "TRACKER_BASE_URL": settings.base_url}
    child = subprocess.Popen([sys.executable, "-m", "tracker", "scheduler"], env=env)
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
