"""Settings: defaults, overridden only by ``TRACKER_*`` environment variables, validated once.

Every setting has one line in the README's configuration table. ``Settings.from_env`` is the
only place that reads the environment; everything else receives a ``Settings`` object.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import secrets
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from .sourcepages import DEFAULT_TK_COMMITMENT_PAGE

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PREFIX = "TRACKER_"


class ConfigError(ValueError):
    """A setting has a value the tracker cannot work with; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite:///instance/tracker.db"
    secret_key: str = ""
    base_url: str = "http://127.0.0.1:5000"
    instance_path: str = "instance"
    log_level: str = "INFO"
    # Who may read without logging in: the public pages show no personal data of subscribers.
    public_read: bool = True
    # How long a login lasts (the cookie's lifetime, and the most the server accepts).
    session_hours: float = 12.0
    default_language: str = "nl"

    smtp_host: str = "localhost"
    smtp_port: int = 25
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_starttls: bool = False
    smtp_timeout: float = 30.0
    mail_from: str = "Toezeggingentracker <noreply@localhost>"
    # Delivery: a failed message is retried after 1, 2, 4 … times this many seconds (at most
    # six hours apart) and is dead after this many attempts (`tracker outbox retry` revives it).
    mail_retry_seconds: int = 60
    mail_max_attempts: int = 10

    # Reminders: days before a deadline (comma-separated), on the day, then weekly when overdue
    # for at most this many weeks. Digests go out at this hour (TRACKER_TIMEZONE).
    reminder_days: str = "30,7"
    reminder_overdue_weeks: int = 8
    digest_hour: int = 7

    # Sources: the real URLs are the defaults; tests point them at local servers.
    tk_feed_url: str = "https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed"
    koop_sru_url: str = "https://repository.overheid.nl/sru"
    ek_base_url: str = "https://www.eerstekamer.nl"
    # The Tweede Kamer's public page of one toezegging ({number}: TZ202503-041); see
    # tracker/sourcepages.py for which page patterns were confirmed and which not.
    tk_commitment_page: str = DEFAULT_TK_COMMITMENT_PAGE
    # Eerste Kamer registry pages (commitment or rappel pages) the scheduler syncs; the registry
    # has no feed, so an administrator names them. Empty: EK is synced by hand only.
    ek_urls: str = ""
    http_timeout: float = 30.0  # one wait: connecting, or for the next bytes
    http_deadline: float = 120.0  # a whole fetch, retries included
    http_retries: int = 4
    http_delay: float = 1.0  # politeness pause between requests to one host, seconds
    # The largest page accepted from each kind of source, in MB (streamed and counted).
    http_max_mb_tk: int = 50
    http_max_mb_koop: int = 50
    http_max_mb_ek: int = 10
    http_max_mb_feed: int = 10
    # Hosts a source may redirect to besides its own (comma-separated); others are refused.
    http_redirect_hosts: str = ""
    user_agent: str = "toezeggingen-tracker/0.1 (+https://github.com/toezeggingen-tracker)"

    # Scheduler
    sync_interval_minutes: int = 60
    timezone: str = "Europe/Amsterdam"

    # Which settings were given (environment or overrides) rather than left at their default;
    # not a variable itself. `served_at` needs it: an unset TRACKER_BASE_URL follows --port.
    given: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> Settings:
        """Read ``TRACKER_<FIELD>`` for every field, convert and validate; raise ConfigError."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            name = PREFIX + f.name.upper()
            if f.name != "given" and name in environ:
                values[f.name] = _convert(name, environ[name], f.type)
        values.update(overrides)
        values["given"] = frozenset(values) - {"given"}
        if "database_url" not in values:
            # The default SQLite file lives in the instance folder, wherever that is.
            folder = Path(str(values.get("instance_path", cls.instance_path)))
            values["database_url"] = f"sqlite:///{(folder / 'tracker.db').as_posix()}"
        settings = cls(**values)
        settings.validate()
        return settings

    def served_at(self, host: str, port: int) -> Settings:
        """These settings for a web server on ``host``:``port``: links (e-mail, feeds,
        exports) point there unless TRACKER_BASE_URL says where the public address is."""
        if "base_url" in self.given:
            return self
        return dataclasses.replace(self, base_url=served_url(host, port))

    def validate(self) -> None:
        try:
            url = make_url(self.database_url)
        except ArgumentError as exc:
            raise ConfigError(
                f"TRACKER_DATABASE_URL={self.database_url!r} is not a database URL "
                "(expected e.g. sqlite:///instance/tracker.db or "
                "postgresql://user@127.0.0.1:5432/tracker)"
            ) from exc
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ConfigError(
                f"TRACKER_DATABASE_URL uses {url.get_backend_name()!r}; "
                "the tracker supports sqlite and postgresql"
            )
        for name in ("base_url", "tk_feed_url", "koop_sru_url", "ek_base_url"):
            value = getattr(self, name)
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ConfigError(f"TRACKER_{name.upper()}={value!r} is not an http(s) URL")
        parts = urlsplit(self.tk_commitment_page)
        if parts.scheme not in ("http", "https") or "{number}" not in self.tk_commitment_page:
            raise ConfigError(f"TRACKER_TK_COMMITMENT_PAGE={self.tk_commitment_page!r} must be "
                              "an http(s) URL with {number} where the toezegging's number goes")
        for value in self.ek_url_list:
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ConfigError(f"TRACKER_EK_URLS contains {value!r}, not an http(s) URL")
        if not 0 < self.smtp_port < 65536:
            raise ConfigError(f"TRACKER_SMTP_PORT={self.smtp_port} is not a TCP port")
        if self.default_language not in ("nl", "en"):
            raise ConfigError("TRACKER_DEFAULT_LANGUAGE must be 'nl' or 'en'")
        if self.log_level.upper() not in logging.getLevelNamesMapping():
            raise ConfigError(f"TRACKER_LOG_LEVEL={self.log_level!r} is not a logging level")
        for name in ("http_timeout", "http_deadline", "smtp_timeout", "http_max_mb_tk",
                     "http_max_mb_koop", "http_max_mb_ek", "http_max_mb_feed"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"TRACKER_{name.upper()} must be positive")
        if self.http_deadline < self.http_timeout:
            raise ConfigError("TRACKER_HTTP_DEADLINE (a whole fetch) cannot be shorter than "
                              "TRACKER_HTTP_TIMEOUT (one wait)")
        if self.http_retries < 0 or self.http_delay < 0:
            raise ConfigError("TRACKER_HTTP_RETRIES and TRACKER_HTTP_DELAY cannot be negative")
        if self.session_hours <= 0:
            raise ConfigError("TRACKER_SESSION_HOURS must be positive")
        if self.sync_interval_minutes < 1:
            raise ConfigError("TRACKER_SYNC_INTERVAL_MINUTES must be at least 1")
        if self.mail_retry_seconds < 1 or self.mail_max_attempts < 1:
            raise ConfigError("TRACKER_MAIL_RETRY_SECONDS and TRACKER_MAIL_MAX_ATTEMPTS must be "
                              "at least 1")
        try:
            offsets = self.reminder_offsets
        except ValueError:
            offsets = ()
        if not offsets or min(offsets) < 1:
            raise ConfigError(f"TRACKER_REMINDER_DAYS={self.reminder_days!r} must list whole "
                              "numbers of days before a deadline, e.g. 30,7")
        if self.reminder_overdue_weeks < 0:
            raise ConfigError("TRACKER_REMINDER_OVERDUE_WEEKS cannot be negative")
        if not 0 <= self.digest_hour <= 23:
            raise ConfigError("TRACKER_DIGEST_HOUR must be an hour from 0 to 23")
        if "@" not in self.mail_from:
            raise ConfigError(f"TRACKER_MAIL_FROM={self.mail_from!r} has no e-mail address")

    @property
    def ek_url_list(self) -> tuple[str, ...]:
        """TRACKER_EK_URLS split on whitespace and commas."""
        return tuple(u for u in re.split(r"[\s,]+", self.ek_urls) if u)

    @property
    def http_max_bytes(self) -> dict[str, int]:
        """The largest page accepted per kind of source, in bytes."""
        return {kind: getattr(self, f"http_max_mb_{kind}") * 1024 * 1024
                for kind in ("tk", "koop", "ek", "feed")}

    @property
    def http_redirect_host_list(self) -> tuple[str, ...]:
        return tuple(h.lower() for h in re.split(r"[\s,]+", self.http_redirect_hosts) if h)

    @property
    def reminder_offsets(self) -> tuple[int, ...]:
        """The days-before reminders, largest first (ValueError when malformed)."""
        parts = [p.strip() for p in self.reminder_days.split(",") if p.strip()]
        return tuple(sorted({int(p) for p in parts}, reverse=True))

    @property
    def instance_dir(self) -> Path:
        path = Path(self.instance_path)
        return path if path.is_absolute() else Path.cwd() / path

    def resolved_secret_key(self) -> str:
        """The configured secret, else one generated once and kept in the instance folder.

        A generated key keeps signed links (unsubscribe, opt-in) valid across restarts of a
        local installation; production sets TRACKER_SECRET_KEY.
        """
        if self.secret_key:
            return self.secret_key
        path = self.instance_dir / "secret_key"
        if path.exists():
            return path.read_text().strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        path.write_text(key)
        path.chmod(0o600)
        log.warning("TRACKER_SECRET_KEY is not set; generated one in %s", path)
        return key


def served_url(host: str, port: int) -> str:
    """The address a browser reaches a server on ``host``:``port`` by: a wildcard address
    (0.0.0.0, ::) is this machine's name; an IPv6 address is bracketed."""
    if host in ("", "0.0.0.0", "::"):
        host = socket.gethostname()
    elif ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def _convert(name: str, raw: str, type_name: object) -> object:
    type_name = str(type_name)
    try:
        if type_name == "bool":
            lowered = raw.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(raw)
        if type_name == "int":
            return int(raw)
        if type_name == "float":
            return float(raw)
    except ValueError:
        kind = {"bool": "true or false", "int": "a whole number", "float": "a number"}[type_name]
        raise ConfigError(f"{name}={raw!r} must be {kind}") from None
    return raw
