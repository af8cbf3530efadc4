"""Declarative base, naming convention and the UTC timestamp type shared by all models."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, String, TypeDecorator, event
from sqlalchemy.orm import DeclarativeBase, Mapper

from scrapers.text import web_url

log = logging.getLogger(__name__)

# Named constraints make Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes in, stored as naive UTC, aware UTC out (same on both databases)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware datetime (UTC)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON}  # noqa: RUF012


def clipped(table: str, column: Any, value: Any, where: str = "") -> Any:
    """``value`` cut to the length of its ``String(n)`` column, with a warning (naming
    ``where`` it came from, when the caller knows) when cut.

    SQLite ignores declared lengths and PostgreSQL refuses the whole transaction, so without
    this an over-long committee name in one source entry would sink a sync on PostgreSQL only.
    """
    length = getattr(column.type, "length", None)
    if length and isinstance(column.type, String) and isinstance(value, str) \
            and len(value) > length:
        log.warning("%s%s.%s: %d characters cut to %d (%r…)", f"{where}: " if where else "",
                    table, column.name, len(value), length, value[:60])
        return value[:length]
    return value


def web_link(table: str, value: str | None) -> str | None:
    """A link as a model stores it: an http(s) address, or None (with a warning) for anything
    else. The safety net under the parsers, which drop such links where they find them."""
    url = web_url(value)
    if value and url is None:
        log.warning("%s.url: dropped %r: not an http(s) address", table, value[:80])
    return url


def fit(model: type, field: str, value: Any) -> Any:
    """What ``model.field`` can hold of ``value`` (see ``clipped``); other fields pass as is."""
    if not isinstance(value, str):
        return value
    column = model.__table__.columns.get(field)
    return value if column is None else clipped(model.__tablename__, column, value)


def fitted(model: type, values: Any) -> dict[str, Any]:
    return {field: fit(model, field, value) for field, value in values.items()}


_LIMITED: dict[Mapper, list[tuple[str, Any]]] = {}


def _limited(mapper: Mapper) -> list[tuple[str, Any]]:
    """(attribute, column) of the mapper's ``String(n)`` columns, worked out once."""
    if mapper not in _LIMITED:
        _LIMITED[mapper] = [
            (prop.key, prop.columns[0]) for prop in mapper.column_attrs
            if isinstance(prop.columns[0].type, String) and prop.columns[0].type.length]
    return _LIMITED[mapper]


def _clip_before_write(mapper: Mapper, connection, target: Any) -> None:
    """The safety net for writes that did not go through ``fit``."""
    values = target.__dict__
    for key, column in _limited(mapper):
        value = values.get(key)
        if isinstance(value, str) and len(value) > column.type.length:
            setattr(target, key, clipped(mapper.local_table.name, column, value))


event.listen(Base, "before_insert", _clip_before_write, propagate=True)
event.listen(Base, "before_update", _clip_before_write, propagate=True)
