"""Signed, expiring links for subscribers, who have no account: the link is the key.

A token names the subscription and its ``token_version``; raising the version revokes every
link sent before. Each purpose has its own salt, so an opt-in link cannot unsubscribe and a
manage link cannot confirm.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import time
import zlib
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


@functools.lru_cache(maxsize=64)
def _serializer(secret: str, purpose: str) -> URLSafeTimedSerializer:
    if purpose not in MAX_AGE:
        raise ValueError(f"unknown token purpose {purpose!r}")
    return URLSafeTimedSerializer(secret, salt=f"tracker-subscription-{purpose}")


@functools.lru_cache(maxsize=64)
def _mac(secret: str, purpose: str) -> hmac.HMAC:
    """The HMAC-SHA1 that signs ``purpose``'s links, keyed once with the key itsdangerous's
    signer derives (its default: SHA-1 of salt, "signer" and secret)."""
    return hmac.new(_serializer(secret, purpose).make_signer().derive_key(),
                    digestmod=hashlib.sha1)


def _b64(data: bytes) -> bytes:
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def make_token(secret: str, purpose: str, subscription_id: int, version: int) -> str:
    """What ``URLSafeTimedSerializer.dumps([subscription_id, version])`` makes, byte for
    byte (``read_token`` reads it with itsdangerous): a digest run signs two links for each
    subscriber, and itsdangerous derives its key and builds a signer for every one of them.
    """
    payload = f"[{subscription_id:d},{version:d}]".encode()  # compact JSON
    # itsdangerous sends the payload compressed when zlib makes it 2 bytes shorter or more.
    # zlib makes at least 9 bytes (a 2-byte header, 3 of deflate for the first byte and the
    # end, a 4-byte checksum), so payloads up to 10 bytes ("[123456,1]") are never shortened
    # and are not tried: zlib.compress lets go of the GIL, and in a pipelined digest run the
    # writer thread took it each time (13,720 links, 0.9 s under cProfile).
    compressed = zlib.compress(payload) if len(payload) > 10 else payload
    payload = (b"." + _b64(compressed) if len(compressed) < len(payload) - 1
               else _b64(payload))
    now = int(time.time())
    value = payload + b"." + _b64(now.to_bytes(8, "big").lstrip(b"\x00"))
    mac = _mac(secret, purpose).copy()
    mac.update(value)
    return (value + b"." + _b64(mac.digest())).decode("ascii")


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
