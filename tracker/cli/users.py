"""tracker users …: accounts and their roles."""

from __future__ import annotations

import sys

import click
from sqlalchemy import select

from ..models import ROLES, User
from . import CliContext, main, pass_ctx
from .table import echo_table


@main.group()
def users() -> None:
    """Accounts: viewers read, clerks review and edit, admins also manage users."""


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


def _existing(session, email: str):
    from ..services import accounts

    user = accounts.get_user(session, email)
    if user is None:
        raise click.ClickException(f"no account for {email}")
    return user


@users.command("add")
@click.argument("email")
@click.option("--role", type=click.Choice(ROLES), default="viewer", show_default=True)
@click.option("--name", default=None, help="Name shown in the interface.")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from the first line of standard input.")
@pass_ctx
def users_add(ctx: CliContext, email: str, role: str, name: str | None,
              password_stdin: bool) -> None:
    """Create an account (the password is asked for, or read with --password-stdin)."""
    from ..services import accounts

    password = _read_password(password_stdin)
    with ctx.session() as session:
        try:
            user = accounts.create_user(session, email, password, role, name)
        except accounts.AccountError as exc:
            raise click.ClickException(str(exc)) from None
        accounts.audit(session, "cli", "user_added", f"user:{user.id}",
                       {"email": user.email, "role": role})
        click.echo(f"added {user.email} ({role})")


@users.command("list")
@pass_ctx
def users_list(ctx: CliContext) -> None:
    """Print every account: e-mail, role, active, last login."""
    with ctx.session() as session:
        users = session.scalars(select(User).order_by(User.email)).all()
        if not users:
            click.echo("no accounts (add one with `tracker users add EMAIL --role admin`)")
            return
        echo_table(("email", "role", "state", "last login", "name"), (
            (user.email, user.role, "active" if user.active else "blocked",
             user.last_login_at.isoformat(timespec="minutes") if user.last_login_at else "-",
             user.name) for user in users))


@users.command("set-role")
@click.argument("email")
@click.argument("role", type=click.Choice(ROLES))
@pass_ctx
def users_set_role(ctx: CliContext, email: str, role: str) -> None:
    """Give an account another role."""
    from ..services import accounts

    with ctx.session() as session:
        user = _existing(session, email)
        old, user.role = user.role, role
        accounts.audit(session, "cli", "user_changed", f"user:{user.id}", {"role": [old, role]})
        click.echo(f"{user.email}: {old} -> {role}")


@users.command("set-active")
@click.argument("email")
@click.argument("active", type=click.Choice(["yes", "no"]))
@pass_ctx
def users_set_active(ctx: CliContext, email: str, active: str) -> None:
    """Block (no) or unblock (yes) an account; a blocked account cannot log in."""
    from ..services import accounts

    with ctx.session() as session:
        user = _existing(session, email)
        user.active = active == "yes"
        accounts.audit(session, "cli", "user_changed", f"user:{user.id}",
                       {"active": user.active})
        click.echo(f"{user.email}: {'active' if user.active else 'blocked'}")


@users.command("set-password")
@click.argument("email")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from the first line of standard input.")
@pass_ctx
def users_set_password(ctx: CliContext, email: str, password_stdin: bool) -> None:
    """Set a new password (logs the account out everywhere)."""
    from ..services import accounts

    password = _read_password(password_stdin)
    with ctx.session() as session:
        user = _existing(session, email)
        try:
            accounts.set_password(user, password)
        except accounts.AccountError as exc:
            raise click.ClickException(str(exc)) from None
        accounts.audit(session, "cli", "password_set", f"user:{user.id}")
        click.echo(f"{user.email}: password set")
