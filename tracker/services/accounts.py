"""Accounts, logins slowed down after failures, and the audit log.

Failed logins are rows in ``login_attempts``, so the delays hold across restarts and across
the server's threads and processes. A lockout would let anyone lock a clerk out by failing on
purpose; instead, failures make the one who fails wait (NIST SP 800-63B, 5.2.2):

- per account *and address*: ``FREE_FAILURES`` failures in a row cost nothing, then each next
  try waits ``FIRST_DELAY``, doubling up to ``MAX_DELAY`` (2 s, 4 s, … 15 min). A success from
  that address clears its count; failures older than ``PAIR_MEMORY`` are forgotten. Someone
  guessing from elsewhere never slows the clerk down at her own address.
- per address, over all accounts (guessing many accounts from one place): the same doubling
  after ``ADDRESS_FREE_FAILURES`` failures within ``ADDRESS_WINDOW``.

A try made before its wait is over is answered with the time left, without checking the
password or counting it. Guessing from many addresses at once is what the password policy
(services/passwords.py: no common or trivial passwords) is for.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ..models import ROLES, AuditEntry, LoginAttempt, User, utcnow
from . import passwords

FREE_FAILURES = 3
ADDRESS_FREE_FAILURES = 20
FIRST_DELAY = timedelta(seconds=2)
MAX_DELAY = timedelta(minutes=15)
PAIR_MEMORY = timedelta(hours=24)
ADDRESS_WINDOW = timedelta(hours=1)
MIN_PASSWORD_LENGTH = passwords.MIN_LENGTH
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Checked when the e-mail address is unknown, so a wrong address takes as long as a wrong
# password and does not reveal which addresses have accounts.
_DUMMY_HASH = generate_password_hash("not a password of anyone")


class AccountError(ValueError):
    """A user or password the tracker refuses; the message says why (in English, for the
    command line and logs), ``code`` says it for the web layer to put in the reader's words."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class WeakPassword(AccountError):
    """A password the policy refuses; ``reason`` names why (see services/passwords.py)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message, "weak_password")
        self.reason = reason


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise AccountError(f"{email!r} is not an e-mail address", "not_an_address")
    return email


def check_password(password: str, email: str | None = None, name: str | None = None) -> None:
    """Raise WeakPassword unless the policy accepts ``password`` for this account."""
    try:
        passwords.check_password(password, email, name)
    except passwords.PasswordRefused as exc:
        raise WeakPassword(exc.reason, str(exc)) from None


def check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; one of {', '.join(ROLES)}", "unknown_role")


def get_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def create_user(session: Session, email: str, password: str, role: str = "viewer",
                name: str | None = None) -> User:
    """A new active account; raise AccountError for a taken address, bad role or password."""
    email = normalise_email(email)
    check_role(role)
    check_password(password, email, name)
    if get_user(session, email) is not None:
        raise AccountError(f"{email} already has an account", "taken")
    user = User(email=email, name=name or None, role=role,
                password_hash=generate_password_hash(password), active=True)
    session.add(user)
    session.flush()
    return user


def set_password(user: User, password: str) -> None:
    check_password(password, user.email, user.name)
    user.password_hash = generate_password_hash(password)


LoginOutcome = Literal["ok", "invalid", "wait"]


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    user: User | None = None
    wait: int = 0  # seconds before the next try is checked (outcome "wait")


def delay_after(failures: int, free: int) -> timedelta:
    """How long the next try waits after ``failures`` failures, the first ``free`` free."""
    if failures < free:
        return timedelta(0)
    return min(FIRST_DELAY * 2 ** min(failures - free, 20), MAX_DELAY)


def _failures(session: Session, since: datetime, *where) -> tuple[int, datetime | None]:
    """The number of failures matching ``where`` since ``since``, and the last one's time."""
    count, last = session.execute(
        select(func.count(), func.max(LoginAttempt.at)).where(
            *where, LoginAttempt.succeeded.is_(False), LoginAttempt.at >= since)).one()
    return count or 0, last


def wait_before_login(session: Session, email: str, ip: str,
                      now: datetime | None = None) -> timedelta:
    """How long this account at this address must still wait before a try is checked."""
    now = now or utcnow()
    since = now - PAIR_MEMORY
    last_success = session.scalar(
        select(func.max(LoginAttempt.at)).where(LoginAttempt.email == email,
                                                LoginAttempt.ip == ip,
                                                LoginAttempt.succeeded.is_(True)))
    pair = _failures(session, max(since, last_success) if last_success else since,
                     LoginAttempt.email == email, LoginAttempt.ip == ip)
    address = _failures(session, now - ADDRESS_WINDOW, LoginAttempt.ip == ip)
    waits = [last + delay_after(count, free) - now
             for (count, last), free in ((pair, FREE_FAILURES), (address, ADDRESS_FREE_FAILURES))
             if last is not None]
    return max([timedelta(0), *waits])


def authenticate(session: Session, email: str, password: str, ip: str,
                 now: datetime | None = None) -> LoginResult:
    """Check a login, unless this account and address must still wait; record the attempt."""
    now = now or utcnow()
    email = email.strip().lower()[:254]
    ip = ip[:64]
    wait = wait_before_login(session, email, ip, now)
    if wait > timedelta(0):
        return LoginResult("wait", wait=math.ceil(wait.total_seconds()))
    user = get_user(session, email)
    valid = check_password_hash(user.password_hash if user else _DUMMY_HASH, password)
    outcome: LoginOutcome = "ok" if user is not None and user.active and valid else "invalid"
    session.add(LoginAttempt(email=email, ip=ip, succeeded=outcome == "ok", at=now))
    if outcome != "ok":
        return LoginResult(outcome)
    user.last_login_at = now
    return LoginResult("ok", user)


def prune_login_attempts(session: Session, older_than: timedelta = timedelta(days=30)) -> int:
    """Forget login attempts older than the limits (and a month of audit trail) need."""
    result = session.execute(delete(LoginAttempt).where(LoginAttempt.at < utcnow() - older_than))
    return result.rowcount or 0


def audit(session: Session, actor: str, action: str, subject: str | None = None,
          detail: dict[str, Any] | None = None, ip: str | None = None,
          reason: str | None = None) -> AuditEntry:
    """One row of the audit log: who did what to which record, from where, and why."""
    entry = AuditEntry(actor=actor, action=action, subject=subject, detail=detail or {},
                       ip=ip, reason=reason, at=utcnow())
    session.add(entry)
    return entry
