"""The ``tracker`` command. Each area adds its commands in its own module of this package."""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field
from datetime import date

import click
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..config import ConfigError, Settings
from ..db import database_problem, describe_error, make_engine, make_sessionmaker, session_scope


@dataclass
class CliContext:
    """Settings read once per invocation; the engine is made on first use."""

    settings: Settings
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.settings.database_url)
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        return make_sessionmaker(self.engine)

    def session(self):
        """A unit of work that commits when the command's block succeeds."""
        return session_scope(self.sessions)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


pass_ctx = click.make_pass_decorator(CliContext)


class Day(click.ParamType):
    """A calendar day written YYYY-MM-DD; an impossible one says why ("2025-02-30: day is out
    of range for month"), not which strptime format it missed."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx) -> date:
        if isinstance(value, date):
            return value
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", value.strip()):
            self.fail(f"{value!r} is not a day written YYYY-MM-DD", param, ctx)
        try:
            return date.fromisoformat(value.strip())
        except ValueError as exc:
            self.fail(f"{value}: {exc}", param, ctx)


DAY = Day()


class TrackerGroup(click.Group):
    """The ``tracker`` command: a database problem an operator can act on (read-only, disk
    full, locked, not migrated, unreachable) ends the command with one line saying what and
    where, instead of a traceback that quotes SQL."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DBAPIError as exc:
            if database_problem(exc) is None:
                raise
            settings = ctx.obj.settings if isinstance(ctx.obj, CliContext) else \
                Settings.from_env()
            raise click.ClickException(describe_error(exc, settings.database_url)) from None


@click.group(cls=TrackerGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--log-level", default=None, help="Override TRACKER_LOG_LEVEL (DEBUG, INFO, …).")
@click.pass_context
def main(ctx: click.Context, log_level: str | None) -> None:
    """Toezeggingentracker: parliamentary commitments, deadlines and milestones."""
    try:
        settings = Settings.from_env(**({"log_level": log_level} if log_level else {}))
    except ConfigError as exc:
        raise click.ClickException(f"configuration: {exc}") from None
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # (Alembic 1.16+ says at INFO how it set up each of its plugins, whenever it is imported)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    ctx.obj = CliContext(settings)
    ctx.call_on_close(ctx.obj.close)


from . import (  # noqa: E402  (each module registers its commands on main)
    commitments,
    data,
    db,
    extract,
    notify,
    serve,
    sources,
    sync,
    users,
)

__all__ = ["DAY", "CliContext", "commitments", "data", "db", "extract", "main", "notify",
           "pass_ctx", "serve", "sources", "sync", "users"]
