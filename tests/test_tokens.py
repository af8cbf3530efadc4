"""Subscriber links: ``make_token`` signs without itsdangerous's per-call set-up, and must make
exactly what itsdangerous makes, so links sent before and after read the same."""

import time

import pytest
from itsdangerous import URLSafeTimedSerializer

from tracker import tokens


@pytest.mark.parametrize("purpose", sorted(tokens.MAX_AGE))
@pytest.mark.parametrize(("subscription_id", "version"), [
    (1, 1), (42, 7), (10_000, 1), (999_999, 9), (1_000_000, 1), (2**31 - 1, 123), (0, 0),
    (11111111111111111111111111, 1),  # a payload zlib shortens: itsdangerous compresses it
])
def test_tokens_are_itsdangerous_tokens(monkeypatch, purpose, subscription_id, version):
    monkeypatch.setattr(time, "time", lambda: 1_796_380_800.75)
    reference = URLSafeTimedSerializer(
        "test-secret", salt=f"tracker-subscription-{purpose}").dumps([subscription_id, version])
    made = tokens.make_token("test-secret", purpose, subscription_id, version)
    assert made == reference
    assert tokens.read_token("test-secret", purpose, made) == (subscription_id, version)


def test_a_token_is_for_its_purpose_and_secret():
    made = tokens.make_token("test-secret", "manage", 5, 1)
    with pytest.raises(tokens.BadToken):
        tokens.read_token("test-secret", "unsubscribe", made)
    with pytest.raises(tokens.BadToken):
        tokens.read_token("another-secret", "manage", made)
    with pytest.raises(ValueError):
        tokens.make_token("test-secret", "everything", 5, 1)
