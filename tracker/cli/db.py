"""tracker db …: the schema."""

from __future__ import annotations

import click

from . import CliContext, main, pass_ctx


@main.group()
def db() -> None:
    """Database schema (Alembic migrations)."""


@db.command()
@click.argument("revision", default="head")
@pass_ctx
def upgrade(ctx: CliContext, revision: str) -> None:
    """Apply migrations up to REVISION (default: the latest)."""
    from .. import migrate

    migrate.upgrade(ctx.settings.database_url, revision)
    click.echo(f"database at {migrate.current_revision(ctx.engine)}")


@db.command()
@click.argument("revision")
@pass_ctx
def downgrade(ctx: CliContext, revision: str) -> None:
    """Revert migrations down to REVISION ('base' empties the database)."""
    from .. import migrate

    migrate.downgrade(ctx.settings.database_url, revision)
    click.echo(f"database at {migrate.current_revision(ctx.engine) or 'base'}")


@db.command()
@pass_ctx
def current(ctx: CliContext) -> None:
    """Show the database's revision and the latest one."""
    from .. import migrate

    click.echo(f"database: {migrate.current_revision(ctx.engine) or 'empty'}")
    click.echo(f"latest:   {migrate.head_revision(ctx.settings.database_url)}")
