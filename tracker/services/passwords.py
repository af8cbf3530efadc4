"""Which passwords are accepted: long enough, and not common or trivial (NCSC, NIST SP 800-63B).

Both advise against composition rules ("a digit and a capital") and forced expiry, and for
checking every new password against what attackers try first. So a password needs at least
``MIN_LENGTH`` characters (any characters, spaces too; at most ``MAX_LENGTH``), and is refused
when it is, or is built from:

- a common password: zxcvbn's bundled list (30,000, from leaked password sets) and a Dutch
  supplement (``tracker/data/common-passwords-nl.txt``), also with digits around them or
  spelled in l33t;
- repeated characters or blocks (``aaaaaaaaaa``, ``abcabcabc``), sequences (``1234567890``),
  keyboard patterns (``qwertyuiop``), dates;
- the account's own e-mail address or name, or the service's name (context-specific words).

zxcvbn (Dropbox's estimator, made for this) finds those patterns, also combined, and estimates
the guesses an attacker needs; a password under ``MIN_GUESSES`` is refused, naming the pattern
that gives it away. Online guessing is slowed per account and address (services/accounts.py).
"""

from __future__ import annotations

import re
from functools import cache

from zxcvbn import zxcvbn
from zxcvbn.matching import add_frequency_lists

from ..config import PROJECT_ROOT

MIN_LENGTH = 10
MAX_LENGTH = 256  # hashing has a cost; a passphrase of 256 characters is plenty
MIN_GUESSES = 1e10  # zxcvbn's score 3: safe against online guessing, slows offline cracking
_ESTIMATED = 72  # zxcvbn reads this many characters (its own limit); more only adds strength
DUTCH = PROJECT_ROOT / "tracker" / "data" / "common-passwords-nl.txt"
SERVICE_WORDS = ("toezeggingen", "toezeggingentracker", "tracker", "griffie")

# What gives a weak password away, by zxcvbn's pattern (English for the CLI; the web shows
# its own Dutch words for each reason).
REASONS = {
    "context": "it contains your e-mail address, your name or the service's name",
    "common": "it is a commonly used password",
    "repeat": "it repeats characters",
    "sequence": "it is a sequence like 1234 or abcd",
    "keyboard": "it is a keyboard pattern like qwerty",
    "date": "it is a date",
    "guessable": "it is too easy to guess",
}


class PasswordRefused(ValueError):
    """Not an acceptable password; ``reason`` says why (short, long, blank, or a REASONS key)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@cache
def _with_dutch_list() -> None:
    words = [w.strip() for w in DUTCH.read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    add_frequency_lists({"dutch_passwords": words})


def context_words(email: str | None, name: str | None = None) -> list[str]:
    """The words of an account an attacker would try: the address, its parts, the name."""
    words = list(SERVICE_WORDS)
    if email:
        email = email.strip().lower()
        local, _, domain = email.partition("@")
        words += [email, local, *re.split(r"[._+-]", local), *domain.split(".")[:-1]]
    if name:
        words += [name.lower(), *name.lower().split()]
    return [w for w in dict.fromkeys(words) if len(w) >= 3]


def check_password(password: str, email: str | None = None, name: str | None = None) -> None:
    """Raise PasswordRefused unless ``password`` is acceptable for this account."""
    if len(password) < MIN_LENGTH:
        raise PasswordRefused("short", f"a password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise PasswordRefused("long", f"a password has at most {MAX_LENGTH} characters")
    if not password.strip():
        raise PasswordRefused("blank", "a password cannot be only spaces")
    _with_dutch_list()
    result = zxcvbn(password[:_ESTIMATED], user_inputs=context_words(email, name),
                    max_length=_ESTIMATED)
    if result["guesses"] >= MIN_GUESSES:
        return
    reason = _giveaway(result["sequence"])
    raise PasswordRefused(reason, f"this password is too easy to guess: {REASONS[reason]}; "
                                  "a few unrelated words make a strong one")


def _giveaway(sequence: list[dict]) -> str:
    """The pattern that makes up most of a weak password."""
    best, covered = "guessable", 0
    for match in sequence:
        length = match["j"] - match["i"] + 1
        pattern = match["pattern"]
        if pattern == "dictionary":
            reason = "context" if match.get("dictionary_name") == "user_inputs" else "common"
        else:
            reason = {"repeat": "repeat", "sequence": "sequence", "spatial": "keyboard",
                      "date": "date"}.get(pattern, "guessable")
        if reason != "guessable" and length > covered:
            best, covered = reason, length
    return best
