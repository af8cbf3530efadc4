"""tracker sync …: the group each source adds its subcommand to."""

from __future__ import annotations

from . import main


@main.group()
def sync() -> None:
    """Pull the sources."""
