"""Accounts, logins with rate limits, and the audit log.

Failed logins are rows in ``login_attempts``, so the limits hold across restarts and across
the server's threads and processes: at most ``ACCOUNT_LIMIT`` failures per account and
``IP_LIMIT`` per address within ``WINDOW``; past that even the right password is refused until
the window has moved on. A successful login clears the account's count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ..models import ROLES, AuditEntry, LoginAttempt, User, utcnow

WINDOW = timedelta(minutes=15)
ACCOUNT_LIMIT = 5
IP_LIMIT = 20
MIN_PASSWORD_LENGTH = 10
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Checked when the e-mail address is unknown, so a wrong address takes as long as a wrong
# password and does not reveal which addresses have accounts.
_DUMMY_HASH = generate_password_hash("not a password of anyone")


class AccountError(ValueError):
    """A user or password the tracker refuses; the message says why."""


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    if not _EMAIL.match(email):
        raise AccountError(f"{email!r} is not an e-mail address")
    return email


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")


def check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; one of {', '.join(ROLES)}")


def get_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def create_user(session: Session, email: str, password: str, role: str = "viewer",
                name: str | None = None) -> User:
    """A new active account; raise AccountError for a taken address, bad role or password."""
    email = normalise_email(email)
    check_role(role)
    check_password(password)
    if get_user(session, email) is not None:
        raise AccountError(f"{email} already has an account")
    user = User(email=email, name=name or None, role=role,
                password_hash=generate_password_hash(password), active=True)
    session.add(user)
    session.flush()
    return user


def set_password(user: User, password: str) -> None:
    check_password(password)
    user.password_hash = generate_password_hash(password)


LoginOutcome = Literal["ok", "invalid", "locked_account", "locked_ip"]


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    user: User | None = None


def _failures(session: Session, column, value: str, since: datetime) -> int:
    query = select(func.count()).select_from(LoginAttempt).where(
        column == value, LoginAttempt.succeeded.is_(False), LoginAttempt.at >= since)
    return session.scalar(query) or 0


def authenticate(session: Session, email: str, password: str, ip: str,
                 now: datetime | None = None) -> LoginResult:
    """Check a login against the rate limits and the password; record the attempt."""
    now = now or utcnow()
    email = email.strip().lower()[:254]
    since = now - WINDOW
    last_success = session.scalar(
        select(func.max(LoginAttempt.at)).where(LoginAttempt.email == email,
                                                LoginAttempt.succeeded.is_(True)))
    account_since = max(since, last_success) if last_success else since
    if _failures(session, LoginAttempt.ip, ip, since) >= IP_LIMIT:
        outcome: LoginOutcome = "locked_ip"
    elif _failures(session, LoginAttempt.email, email, account_since) >= ACCOUNT_LIMIT:
        outcome = "locked_account"
    else:
        user = get_user(session, email)
        valid = check_password_hash(user.password_hash if user else _DUMMY_HASH, password)
        outcome = "ok" if user is not None and user.active and valid else "invalid"
    session.add(LoginAttempt(email=email, ip=ip[:64], succeeded=outcome == "ok", at=now))
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
