"""Recesses of the parliamentary calendar, editable by an administrator."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Recess(Base):
    __tablename__ = "recesses"
    __table_args__ = (
        UniqueConstraint("chamber", "name", "first_day"),
        CheckConstraint("first_day <= last_day", name="ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    chamber: Mapped[str] = mapped_column(String(2))  # TK | EK
    name: Mapped[str] = mapped_column(String(50))  # zomerreces, kerstreces, …
    first_day: Mapped[date]
    last_day: Mapped[date]
    certainty: Mapped[str] = mapped_column(String(20))  # published | reported | estimated
