"""Messages as SMTP carries them: the fast layout says what the email package says."""

import email
from datetime import UTC, datetime
from email.policy import default

import pytest

from tracker.mail import compose

HEADERS = {"Message-ID": "<123.456@tracker.example>", "Auto-Submitted": "auto-generated",
           "List-Id": "Toezeggingentracker <digest.tracker.example>",
           "List-Unsubscribe": "<https://tracker.example/abonnement/afmelden/abc.def>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
TEXT = "Dagoverzicht\n\n- De minister zegt toe … vóór 1 juli\n  https://tracker.example/t/1\n"
HTML = "<!doctype html>\n<p>Overzicht — vóór 1 juli</p>\n<a href=\"https://x/\">x</a>\n"


def _content(part) -> str:
    return part.get_content().replace("\r\n", "\n")


def _parsed(raw: bytes):
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    return email.message_from_bytes(raw, policy=default)


@pytest.mark.parametrize(("subject", "recipient", "text", "html"), [
    ("Dagoverzicht van de Toezeggingentracker, 23 november 2026 (3 punten)",
     "a@example.org", TEXT, HTML),
    ("Overzicht – één punt", "a@example.org", TEXT, HTML),  # a Unicode subject
    ("Weekly digest", "b@example.org", TEXT.rstrip("\n"), None),  # no final newline, no HTML
    ("Lang", "c@example.org", "x" * 1500 + "\n", HTML),  # a line SMTP cannot carry as it is
])
def test_eight_bit_messages_say_what_quoted_printable_ones_say(subject, recipient, text, html):
    date = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    args = {"sender": "Toezeggingentracker <tracker@example.org>", "recipient": recipient,
            "subject": subject, "text": text, "html": html, "headers": HEADERS, "date": date}
    fast, plain = _parsed(compose(**args, eight_bit=True)), _parsed(compose(**args))
    assert plain.get_body(("plain",))["Content-Transfer-Encoding"] == "quoted-printable"
    for name in ("From", "To", "Subject", "Date", *HEADERS):
        assert str(fast[name]) == str(plain[name])
    for kind in ("plain", "html"):
        got, expected = fast.get_body((kind,)), plain.get_body((kind,))
        assert (got is None) == (expected is None)
        if got is not None:
            assert _content(got) == _content(expected)
            assert got.get_content_charset() == "utf-8"
    if "x" * 1500 not in text:
        assert fast.get_body(("plain",))["Content-Transfer-Encoding"] == "8bit"


def test_a_body_that_contains_the_boundary_is_laid_out_afresh():
    date = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    args = {"sender": "t@example.org", "recipient": "a@example.org", "subject": "s",
            "html": HTML, "headers": HEADERS, "date": date, "eight_bit": True}
    boundary = _parsed(compose(text="a\n", **args)).get_boundary()
    tricky = f"a\n--{boundary}\nb\n"
    message = _parsed(compose(text=tricky, **args))
    assert message.get_boundary() != boundary
    assert _content(message.get_body(("plain",))) == tricky
