"""The only module that speaks SMTP: building a MIME message and handing it to the server.

``Mailer`` holds one connection (STARTTLS and login from the settings, a timeout on every
step) for a batch of messages. Failures come out as ``DeliveryError`` saying what they mean
for the outbox: ``permanent`` (a 5xx: do not try again), ``bounce`` (the recipient's address
was refused: stop mailing it) or ``connection`` (the server is unreachable or went away: every
message of the batch waits for the next attempt).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Mapping
from datetime import datetime
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
            headers: Mapping[str, str], date: datetime) -> EmailMessage:
    """A text (and HTML) message; the stored headers (Message-ID, List-Unsubscribe …) added."""
    message = EmailMessage(policy=POLICY)
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    for name, value in headers.items():
        message[name] = value
    # Quoted-printable: 7-bit clean for any server, still readable in the raw message.
    message.set_content(text, cte="quoted-printable")
    if html:
        message.add_alternative(html, subtype="html", cte="quoted-printable")
    return message


class Mailer:
    """One SMTP session: ``with Mailer(settings) as mailer: mailer.send(message)``."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.envelope_from = parseaddr(settings.mail_from)[1]
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Mailer:
        s = self.settings
        try:
            smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout)
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"cannot reach {s.smtp_host}:{s.smtp_port}: {exc}",
                                connection=True) from exc
        try:
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

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Hand one message to the server; raise DeliveryError saying what went wrong."""
        if self._smtp is None:
            raise RuntimeError("Mailer.send outside `with Mailer(...)`")
        try:
            self._smtp.send_message(message, from_addr=self.envelope_from,
                                    to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            code, reply = next(iter(exc.recipients.values()))
            text = f"{recipient} refused: {code} {_decode(reply)}"
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


def _decode(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
