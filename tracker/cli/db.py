"""tracker db …: the schema."""

from __future__ import annotations

import contextlib
import logging

import click

from . import CliContext, main, pass_ctx


@main.group()
def db() -> None:
    """Database schema (Alembic migrations)."""


@contextlib.contextmanager
def _revision_named():
    """An unknown or ambiguous revision ends the command with Alembic's one line, not its
    traceback."""
    from alembic.util import CommandError

    try:
        yield
    except CommandError as exc:
        raise click.ClickException(f"revision: {exc}") from None


@db.command()
@click.argument("revision", default="head")
@pass_ctx
def upgrade(ctx: CliContext, revision: str) -> None:
    """Apply migrations up to REVISION (default: the latest)."""
    from .. import migrate

    with _revision_named():
        migrate.upgrade(ctx.settings.database_url, revision)
    click.echo(f"database at {migrate.current_revision(ctx.engine)}")


@db.command()
@click.argument("revision")
@pass_ctx
def downgrade(ctx: CliContext, revision: str) -> None:
    """Revert migrations down to REVISION ('base' empties the database)."""
    from .. import migrate

    with _revision_named():
        migrate.downgrade(ctx.settings.database_url, revision)
    click.echo(f"database at {migrate.current_revision(ctx.engine) or 'base'}")


@db.command()
@pass_ctx
def current(ctx: CliContext) -> None:
    """Show the database's revision and the latest one."""
    from .. import migrate

    logging.getLogger("alembic").setLevel(logging.WARNING)  # (a question: no migration's log)
    click.echo(f"database: {migrate.current_revision(ctx.engine) or 'empty'}")
    click.echo(f"latest:   {migrate.head_revision(ctx.settings.database_url)}")
