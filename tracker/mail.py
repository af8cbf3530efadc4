"""The only module that speaks SMTP: building a MIME message and handing it to the server.

``Mailer`` holds one connection (STARTTLS and login from the settings, a timeout on every
step) for a batch of messages. Failures come out as ``DeliveryError`` saying what they mean
for the outbox: ``permanent`` (a 5xx: do not try again), ``bounce`` (the recipient's address
was refused: stop mailing it) or ``connection`` (the server is unreachable or went away: every
message of the batch waits for the next attempt).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from types import TracebackType

from .config import Settings

log = logging.getLogger(__name__)

# Long header lines are allowed (RFC 5322: 998 characters): folded at 78, a List-Unsubscribe
# URL would be turned into encoded words that mail clients no longer read as a URL.
POLICY = SMTP.clone(max_line_length=998)


class DeliveryError(Exception):
    def __init__(self, message: str, *, permanent: bool = False, bounce: bool = False,
                 connection: bool = False):
        super().__init__(message)
        self.permanent = permanent or bounce
        self.bounce = bounce
        self.connection = connection


def compose(*, sender: str, recipient: str, subject: str, text: str, html: str | None,
            headers: Mapping[str, str], date: datetime, eight_bit: bool = False) -> bytes:
    """A text (and HTML) message, as the bytes SMTP sends; the stored headers (Message-ID,
    List-Unsubscribe …) added.

    ``eight_bit``: the server takes 8-bit bodies (8BITMIME). The parts then go as they are
    (UTF-8, every line within SMTP's 998 octets), into a message the email package laid out
    once for every message of this shape (``_Layout``): a digest of some tens of kB is not
    written out again, line by line, for each subscriber. Otherwise (a line too long, a header
    in Unicode) the package makes the whole message, the parts quoted-printable: 7-bit clean
    for any server, still readable raw.
    """
    stamp = format_datetime(date)
    # SMTP ends every line with CRLF (and smtplib fixes line ends only in str messages).
    parts = (_crlf(text), _crlf(html) if html else None)
    fits = eight_bit and all(p is None or _fits(p) for p in parts)
    if fits:
        layout = _layout(sender, tuple(headers), html is not None)
        values = (recipient, subject, stamp, *headers.values())
        if layout is not None and all(_plain(v) for v in values) \
                and not (layout.boundary and any(p is not None and layout.boundary in p
                                                 for p in parts)):
            return layout.fill(values, parts)
    # An address in Unicode (RFC 6531) goes in UTF-8 headers, as send_message would.
    message = EmailMessage(policy=POLICY if (sender + recipient).isascii()
                           else POLICY.clone(utf8=True))
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = stamp
    for name, value in headers.items():
        message[name] = value
    if fits:
        message.set_content(text, cte="8bit", charset="utf-8")
        if html:
            message.add_alternative(html, subtype="html", cte="8bit", charset="utf-8")
    else:
        message.set_content(text, cte="quoted-printable")
        if html:
            message.add_alternative(html, subtype="html", cte="quoted-printable")
    return message.as_bytes()


class _Layout:
    """A message laid out by the email package with stand-ins for what differs per message:
    the headers' values and the two parts, each then put in as it is."""

    def __init__(self, sender: str, names: tuple[str, ...], with_html: bool):
        message = EmailMessage(policy=POLICY)
        message["From"] = sender
        stand_ins = [f"{_MARK}to@example.invalid", f"{_MARK}subject",
                     format_datetime(datetime(1970, 1, 1, tzinfo=UTC))]
        message["To"] = stand_ins[0]
        message["Subject"] = stand_ins[1]
        message["Date"] = stand_ins[2]
        for n, name in enumerate(names):
            stand_ins.append(f"<{_MARK}{n}@example.invalid>")
            message[name] = stand_ins[-1]
        message.set_content(f"{_MARK}text", cte="8bit", charset="utf-8")
        parts = [f"{_MARK}text"]
        if with_html:
            message.add_alternative(f"{_MARK}html", subtype="html", cte="8bit",
                                    charset="utf-8")
            parts.append(f"{_MARK}html")
        raw = message.as_bytes()
        boundary = message.get_boundary()  # none when there is one part only
        self.boundary = boundary.encode() if boundary else None
        # The raw message cut at each stand-in: literal, slot, literal, slot, …
        self.pieces: list[bytes | int] = []
        slots = [s.encode() for s in stand_ins] + [(p + "\r\n").encode() for p in parts]
        rest = raw
        while True:
            found = [(rest.find(s), n) for n, s in enumerate(slots) if s in rest]
            if not found:
                break
            at, n = min(found)
            self.pieces += [rest[:at], n]
            rest = rest[at + len(slots[n]):]
        self.pieces.append(rest)
        self.headers = len(stand_ins)
        self.complete = sorted(p for p in self.pieces if isinstance(p, int)) == list(
            range(len(slots)))

    def fill(self, values: tuple[str, ...], parts: tuple[bytes, bytes | None]) -> bytes:
        filled = [v.encode() for v in values] + [p for p in parts if p is not None]
        return b"".join(p if isinstance(p, bytes) else filled[p] for p in self.pieces)


@functools.lru_cache(maxsize=32)
def _layout(sender: str, names: tuple[str, ...], with_html: bool) -> _Layout | None:
    layout = _Layout(sender, names, with_html)
    return layout if layout.complete else None  # the package wrote a stand-in otherwise


def _plain(value: str) -> bool:
    """A header value that goes in as it is: ASCII on one line of SMTP's length (others are
    encoded and folded by the email package)."""
    return value.isascii() and len(value) < 900 and "\n" not in value and "\r" not in value \
        and "=?" not in value


def _crlf(text: str) -> bytes:
    """The text in UTF-8 with CRLF line ends, ending with one (as the email package ends a
    part)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (text if text.endswith("\n") else text + "\n").replace("\n", "\r\n").encode()


_MARK = "tracker-stand-in-1f0c7e-"  # in a layout only (see ``_Layout``)


def _fits(part: bytes) -> bool:
    """Every line within what SMTP carries as it is (998 octets and CRLF)."""
    return max(map(len, part.split(b"\r\n"))) <= 998


class Mailer:
    """One SMTP session: ``with Mailer(settings) as mailer: mailer.send(message)``."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.envelope_from = parseaddr(settings.mail_from)[1]
        self._smtp: smtplib.SMTP | None = None
        self.eight_bit = False  # the server takes 8-bit bodies (known once connected)

    def __enter__(self) -> Mailer:
        s = self.settings
        try:
            smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout)
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"cannot reach {s.smtp_host}:{s.smtp_port}: {exc}",
                                connection=True) from exc
        try:
            # The final dot goes in a write of its own (``send``): without this it would wait
            # for the server's ACK of the message (Nagle), some 40 ms on Linux.
            smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            smtp.ehlo()
            if s.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if s.smtp_user:
                smtp.login(s.smtp_user, s.smtp_password)
        except (OSError, smtplib.SMTPException) as exc:
            smtp.close()
            raise DeliveryError(f"SMTP session with {s.smtp_host}:{s.smtp_port} failed: {exc}",
                                connection=True) from exc
        self._smtp = smtp
        self.eight_bit = smtp.has_extn("8bitmime")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._smtp is None:
            return
        try:
            self._smtp.quit()
        except (OSError, smtplib.SMTPException):
            self._smtp.close()
        self._smtp = None

    def send(self, message: bytes, recipient: str,
             before_end: Callable[[], None] | None = None) -> None:
        """Hand one message (``compose``) to the server; raise DeliveryError saying what went
        wrong.

        ``before_end`` runs when the server has every line of the message but the final dot:
        what it does overlaps with the server reading the message, and is done before the
        server can accept it. Should it raise, the connection is dropped unfinished (the
        server takes nothing) and its error goes on.
        """
        if self._smtp is None:
            raise RuntimeError("Mailer.send outside `with Mailer(...)`")
        options = ["BODY=8BITMIME"] if self.eight_bit else []
        if not (self.envelope_from + recipient).isascii():
            options.append("SMTPUTF8")  # an address in Unicode (RFC 6531)
        try:
            self._transaction(self._smtp, message, recipient, options, before_end)
        except smtplib.SMTPRecipientsRefused as exc:
            code, reply = next(iter(exc.recipients.values()))
            text = f"{recipient} refused: {code} {_decode(reply)}"
            if code == 421:
                raise DeliveryError(text, connection=True) from exc
            raise DeliveryError(text, bounce=500 <= code < 600) from exc
        except smtplib.SMTPServerDisconnected as exc:
            self._smtp = None
            raise DeliveryError(f"server went away: {exc}", connection=True) from exc
        except smtplib.SMTPResponseException as exc:
            text = f"{exc.smtp_code} {_decode(exc.smtp_error)}"
            if exc.smtp_code == 421:
                raise DeliveryError(text, connection=True) from exc
            # The sender refused is our configuration, not the message: try again later.
            permanent = (500 <= exc.smtp_code < 600
                         and not isinstance(exc, smtplib.SMTPSenderRefused))
            raise DeliveryError(text, permanent=permanent) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"SMTP failure: {exc}", connection=True) from exc

    def _transaction(self, smtp: smtplib.SMTP, message: bytes, recipient: str,
                     options: list[str], before_end: Callable[[], None] | None) -> None:
        """MAIL, RCPT and DATA as ``smtplib.SMTP.sendmail`` says them for one recipient, with
        the final dot sent on its own (after ``before_end``)."""
        code, reply = smtp.mail(self.envelope_from, options)
        if code != 250:
            _abandon(smtp, code)
            raise smtplib.SMTPSenderRefused(code, reply, self.envelope_from)
        code, reply = smtp.rcpt(recipient)
        if code not in (250, 251):
            _abandon(smtp, code)
            raise smtplib.SMTPRecipientsRefused({recipient: (code, reply)})
        smtp.putcmd("data")
        code, reply = smtp.getreply()
        if code != 354:
            _abandon(smtp, code)
            raise smtplib.SMTPDataError(code, reply)
        smtp.send(_dot_stuffed(message))
        if before_end is not None:
            try:
                before_end()
            except BaseException:
                # Mid-DATA: the server drops a message whose dot never came.
                smtp.close()
                self._smtp = None
                raise
        smtp.send(b".\r\n")
        code, reply = smtp.getreply()
        if code != 250:
            _abandon(smtp, code)
            raise smtplib.SMTPDataError(code, reply)


def _abandon(smtp: smtplib.SMTP, code: int) -> None:
    """After a refusal: the connection closed (421: the server is closing it) or the
    transaction reset for the next message, as ``sendmail`` leaves them."""
    if code == 421:
        smtp.close()
        return
    with contextlib.suppress(smtplib.SMTPServerDisconnected):  # the next message finds out
        smtp.rset()


def _dot_stuffed(message: bytes) -> bytes:
    """The message as DATA carries it (RFC 5321 4.5.2): a line that starts with a dot gets
    another; ending in CRLF. A digest seldom has such a line, so it is looked for first."""
    if message.startswith(b".") or b"\n." in message:
        message = _LEADING_DOT.sub(b"..", message)
    return message if message.endswith(b"\r\n") else message + b"\r\n"


_LEADING_DOT = re.compile(rb"(?m)^\.")


def _decode(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
