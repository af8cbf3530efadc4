"""The password policy: long enough, and not common or trivial (NCSC, NIST SP 800-63B)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tracker.models import User
from tracker.services import accounts

from .webdata import login, post

EMAIL = "griffier.jansen@tweedekamer.nl"


@pytest.mark.parametrize(("password", "reason"), [
    ("aaaaaaaaaa", "repeat"),
    ("abcabcabcabc", "repeat"),
    ("1234567890", "common"),
    ("9876543210", "sequence"),
    ("          ", "blank"),
    ("qwertyuiop", "common"),
    ("zxcvbnm,./", "keyboard"),
    (EMAIL, "context"),
    ("griffier.jansen", "context"),
    ("Jansen2026!", "context"),
    ("wachtwoord123", "common"),
    ("Welkom01!!", "common"),
    ("toezeggingen2026", "context"),
    ("Password123!", "common"),
    ("kort", "short"),
    ("x" * 257, "long"),
])
def test_common_and_trivial_passwords_are_refused(password, reason):
    with pytest.raises(accounts.WeakPassword) as info:
        accounts.check_password(password, EMAIL, "Griet Jansen")
    assert info.value.reason == reason, str(info.value)


@pytest.mark.parametrize("password", [
    "correct horse battery",  # a few unrelated words
    "paars konijn op de fiets naar Zwolle",
    "Tr0ub4dor&3-groen",
    "     spaties mogen gewoon     ",  # spaces are characters like any other
    "ñandú 🦤 kiwi emoe",
])
def test_long_unpredictable_passwords_are_accepted(password):
    accounts.check_password(password, EMAIL, "Griet Jansen")


def test_the_command_line_says_why(cli, session):
    for password, words in (("aaaaaaaaaa", "it repeats characters"),
                            ("1234567890", "it is a commonly used password"),
                            ("jansen@example.org", "it contains your e-mail address")):
        out = cli("users", "add", "jansen@example.org", "--password-stdin",
                  input=password + "\n", expect=1).output
        assert "too easy to guess" in out and words in out, out
    assert session.scalar(select(func.count()).select_from(User)) == 0
    cli("users", "add", "jansen@example.org", "--password-stdin",
        input="paars konijn op de fiets\n")
    out = cli("users", "set-password", "jansen@example.org", "--password-stdin",
              input="jansen@example.org\n", expect=1).output
    assert "it contains your e-mail address" in out


def test_the_admin_page_says_why_in_dutch(client, session):
    login(client, session, "admin")
    response = post(client, "/beheer/gebruikers", {
        "email": "nieuw@example.org", "password": "1234567890", "role": "clerk"}, follow=True)
    page = response.get_data(as_text=True)
    assert "Gebruiker niet aangemaakt: het wachtwoord is te makkelijk te raden: het is een " \
           "veelgebruikt wachtwoord." in page
    assert "commonly" not in page
    assert accounts.get_user(session, "nieuw@example.org") is None
