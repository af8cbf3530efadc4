"""Signed, expiring links for subscribers, who have no account: the link is the key.

A token names the subscription and its ``token_version``; raising the version revokes every
link sent before. Each purpose has its own salt, so an opt-in link cannot unsubscribe and a
manage link cannot confirm.
"""

from __future__ import annotations

import functools
from datetime import timedelta

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

# How long a link works. An unsubscribe link sits in old mail for a long time and must keep
# working; a link that opens the settings page is shorter-lived.
MAX_AGE = {
    "confirm": timedelta(days=7),
    "manage": timedelta(days=30),
    "unsubscribe": timedelta(days=400),
}


class BadToken(ValueError):
    """The link is damaged, forged, or meant for something else."""


class ExpiredToken(BadToken):
    """The link was genuine but is too old."""


@functools.lru_cache(maxsize=64)  # a digest run signs two links for each subscriber
def _serializer(secret: str, purpose: str) -> URLSafeTimedSerializer:
    if purpose not in MAX_AGE:
        raise ValueError(f"unknown token purpose {purpose!r}")
    return URLSafeTimedSerializer(secret, salt=f"tracker-subscription-{purpose}")


def make_token(secret: str, purpose: str, subscription_id: int, version: int) -> str:
    return _serializer(secret, purpose).dumps([subscription_id, version])


def read_token(secret: str, purpose: str, token: str) -> tuple[int, int]:
    """(subscription id, token version) from a token; raise BadToken or ExpiredToken."""
    max_age = int(MAX_AGE[purpose].total_seconds())
    try:
        data = _serializer(secret, purpose).loads(token, max_age=max_age)
    except SignatureExpired:
        raise ExpiredToken(purpose) from None
    except BadSignature:
        raise BadToken(purpose) from None
    if (not isinstance(data, list) or len(data) != 2
            or not all(isinstance(v, int) for v in data)):
        raise BadToken(purpose)
    return data[0], data[1]
