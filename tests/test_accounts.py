"""Accounts and roles: the CLI, logins with rate limits that survive restarts, sessions, audit."""

import re
from datetime import timedelta

from sqlalchemy import func, select

from tracker import create_app
from tracker.models import AuditEntry, LoginAttempt, User, utcnow
from tracker.services import accounts

from .webdata import PASSWORD, csrf_token, login, post


def _login(client, email, password=PASSWORD, next_url=""):
    path = "/inloggen" + (f"?next={next_url}" if next_url else "")
    return client.post(path, data={"email": email, "password": password,
                                   "csrf_token": csrf_token(client, "/inloggen")})


def test_cli_adds_lists_and_changes_users(cli, session):
    out = cli("users", "add", "Griffier@Example.org", "--role", "clerk", "--name", "Griet",
              "--password-stdin", input=PASSWORD + "\n").output
    assert "added griffier@example.org (clerk)" in out
    user = session.scalar(select(User))
    assert user.email == "griffier@example.org" and user.role == "clerk"
    assert user.password_hash != PASSWORD and user.password_hash.startswith(("scrypt", "pbkdf2"))
    assert "griffier@example.org\tclerk\tactive" in cli("users", "list").output
    cli("users", "set-role", "griffier@example.org", "admin")
    session.expire_all()
    assert session.scalar(select(User)).role == "admin"
    actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["user_added", "user_changed"]


def test_cli_refuses_a_short_password_or_a_taken_address(cli):
    out = cli("users", "add", "a@example.org", "--password-stdin", input="kort\n", expect=1)
    assert "at least 10 characters" in out.output
    cli("users", "add", "a@example.org", "--password-stdin", input=PASSWORD + "\n")
    again = cli("users", "add", "a@example.org", "--password-stdin", input=PASSWORD + "\n",
                expect=1)
    assert "already has an account" in again.output
    assert "no account" in cli("users", "set-role", "b@example.org", "clerk", expect=1).output


def test_cli_prompts_for_the_password_twice(cli, session):
    cli("users", "add", "p@example.org", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert session.scalar(select(User.email)) == "p@example.org"


def test_login_and_logout_are_audited_and_rotate_the_session(client, session):
    accounts.create_user(session, "clerk@example.org", PASSWORD, "clerk")
    session.commit()
    response = _login(client, "clerk@example.org", next_url="/toezeggingen")
    assert response.status_code == 302 and response.headers["Location"] == "/toezeggingen"
    assert "Uitloggen" in client.get("/").get_data(as_text=True)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    post(client, "/uitloggen", {})
    assert "Inloggen" in client.get("/").get_data(as_text=True)
    actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["login", "logout"]


def test_secure_cookie_when_served_over_https(settings, clean_db, session):
    from dataclasses import replace

    app = create_app(replace(settings, base_url="https://tracker.example"))
    client = app.test_client()
    response = client.get("/inloggen", base_url="https://tracker.example")
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie
    app.extensions["tracker"].engine.dispose()


def test_login_never_redirects_off_site(client, session):
    accounts.create_user(session, "c@example.org", PASSWORD, "clerk")
    session.commit()
    for target in ("https://evil.example/", "//evil.example/x"):
        response = _login(client, "c@example.org", next_url=target)
        assert response.headers["Location"] == "/"


def test_wrong_password_and_unknown_address_look_the_same(client, session):
    accounts.create_user(session, "c@example.org", PASSWORD, "clerk")
    session.commit()
    wrong = _login(client, "c@example.org", "wrong password!")
    unknown = _login(client, "nobody@example.org", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401
    assert "Onbekend e-mailadres of verkeerd wachtwoord" in wrong.get_data(as_text=True)
    assert wrong.get_data(as_text=True).count("verkeerd") == 1


def test_failures_slow_the_guesser_down_without_locking_the_clerk_out(
        client, session, settings):
    accounts.create_user(session, "c@example.org", PASSWORD, "clerk")
    session.commit()
    for _ in range(accounts.FREE_FAILURES):
        assert _login(client, "c@example.org", "wrong password!").status_code == 401
    # now even the right password waits: the answer says how long, and checks nothing
    refused = _login(client, "c@example.org")
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "2"
    assert "Probeer het over 2 seconden opnieuw" in refused.get_data(as_text=True)
    # the wait is in the database: a restarted server still makes it
    restarted_app = create_app(settings)
    restarted = restarted_app.test_client()
    assert _login(restarted, "c@example.org").status_code == 429
    # the clerk at her own address is not slowed down by someone failing elsewhere
    other = restarted_app.test_client()
    assert other.post("/inloggen", data={
        "email": "c@example.org", "password": PASSWORD,
        "csrf_token": csrf_token(other, "/inloggen")},
        environ_base={"REMOTE_ADDR": "10.1.2.3"}).status_code == 302
    # once the wait is over, the right password works from the first address too
    session.execute(LoginAttempt.__table__.update().values(
        at=utcnow() - timedelta(seconds=3)))
    session.commit()
    assert _login(restarted, "c@example.org").status_code == 302
    restarted_app.extensions["tracker"].engine.dispose()


def test_each_failure_past_the_free_ones_doubles_the_wait(session):
    accounts.create_user(session, "c@example.org", PASSWORD, "clerk")
    now = utcnow()
    waits = []
    for _ in range(14):
        result = accounts.authenticate(session, "c@example.org", "bad", "1.2.3.4", now)
        assert result.outcome == "invalid"
        wait = accounts.wait_before_login(session, "c@example.org", "1.2.3.4", now)
        waits.append(int(wait.total_seconds()))
        assert accounts.authenticate(session, "c@example.org", PASSWORD, "1.2.3.4",
                                     now).outcome == ("wait" if wait else "ok")
        if not wait:  # that success cleared the count: fail again from scratch
            session.execute(LoginAttempt.__table__.delete().where(LoginAttempt.succeeded))
        now += wait
    assert waits == [0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]


def test_one_address_cannot_try_many_accounts(session):
    now = utcnow()
    for n in range(accounts.ADDRESS_FREE_FAILURES):
        assert accounts.authenticate(session, f"u{n}@example.org", "x", "10.0.0.9",
                                     now).outcome == "invalid"
    waiting = accounts.authenticate(session, "other@example.org", "x", "10.0.0.9", now)
    assert waiting.outcome == "wait" and waiting.wait == 2
    assert accounts.authenticate(session, "other@example.org", "x", "10.0.0.10",
                                 now).outcome == "invalid"


def test_a_success_clears_the_count_of_its_address(session):
    accounts.create_user(session, "c@example.org", PASSWORD, "clerk")
    for _ in range(accounts.FREE_FAILURES - 1):
        accounts.authenticate(session, "c@example.org", "bad", "1.2.3.4")
    assert accounts.authenticate(session, "c@example.org", PASSWORD, "1.2.3.4").outcome == "ok"
    for _ in range(accounts.FREE_FAILURES - 1):
        accounts.authenticate(session, "c@example.org", "bad", "1.2.3.4")
    assert accounts.authenticate(session, "c@example.org", PASSWORD, "1.2.3.4").outcome == "ok"
    old = utcnow() - timedelta(days=40)
    session.add(LoginAttempt(email="x", ip="y", succeeded=False, at=old))
    session.flush()
    assert accounts.prune_login_attempts(session) == 1


def test_blocking_a_user_or_changing_the_password_ends_their_sessions(client, session):
    user = login(client, session, "clerk")
    assert "Uitloggen" in client.get("/").get_data(as_text=True)
    accounts.set_password(user, "another long password")
    session.commit()
    assert "Inloggen" in client.get("/").get_data(as_text=True)
    other = login(client, session, "admin")
    other.active = False
    session.commit()
    assert client.get("/beheer/").status_code == 302


def test_private_mode_asks_for_a_login_everywhere_but_the_login_page(settings, clean_db,
                                                                      session):
    from dataclasses import replace

    app = create_app(replace(settings, public_read=False))
    client = app.test_client()
    assert client.get("/toezeggingen").status_code == 302
    assert client.get("/toezeggingen").headers["Location"].startswith("/inloggen?next=")
    assert client.get("/api/v1/commitments").status_code == 401
    assert client.get("/calendar.ics").status_code == 302
    assert client.get("/inloggen").status_code == 200
    assert client.get("/healthz").status_code == 200
    login(client, session, "viewer")
    assert client.get("/toezeggingen").status_code == 200
    app.extensions["tracker"].engine.dispose()


def test_forms_without_a_csrf_token_are_refused(client, session):
    accounts.create_user(session, "c@example.org", PASSWORD, "clerk")
    session.commit()
    response = client.post("/inloggen", data={"email": "c@example.org", "password": PASSWORD})
    assert response.status_code == 400
    assert session.scalar(select(func.count()).select_from(LoginAttempt)) == 0


def test_admin_pages_need_the_admin_role(client, session):
    assert client.get("/beheer/").status_code == 302
    login(client, session, "clerk")
    assert client.get("/beheer/").status_code == 403
    assert client.get("/beheer/audit").status_code == 403


def test_admin_adds_users_changes_roles_and_reads_the_audit_log(client, session):
    admin = login(client, session, "admin")
    page = client.get("/beheer/").get_data(as_text=True)
    assert "Gebruikers en rollen" in page and "Auditlog" in page
    post(client, "/beheer/gebruikers", {"email": "nieuw@example.org", "name": "Nieuw",
                                        "role": "clerk", "password": PASSWORD})
    user = session.scalar(select(User).where(User.email == "nieuw@example.org"))
    assert user.role == "clerk"
    post(client, f"/beheer/gebruikers/{user.id}", {"role": "viewer", "active": "0"})
    session.refresh(user)
    assert (user.role, user.active) == ("viewer", False)
    # an admin cannot lock themselves out
    post(client, f"/beheer/gebruikers/{admin.id}", {"role": "clerk", "active": "1"})
    session.refresh(admin)
    assert admin.role == "admin"
    audit = client.get("/beheer/audit").get_data(as_text=True)
    rows = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", audit.split("<tbody>")[1]))
    # in words, not the log's codes and ids ("user_added", "user:2", "role: ['clerk', …]")
    assert "gebruiker toegevoegd" in rows and "gebruiker gewijzigd" in rows
    assert "rol: griffier → lezer; actief: ja → nee" in rows
    assert "e-mailadres: nieuw@example.org; rol: griffier" in rows and "ingelogd" in rows
    assert not re.search(r"user_|user:|UTC|\['", rows), rows
    english = client.get("/beheer/audit?lang=en").get_data(as_text=True).split("<tbody>")[1]
    assert "user added" in english and "role: clerk → viewer; active: yes → no" in english
    only = client.get("/beheer/audit?action=login&lang=nl").get_data(as_text=True)
    assert "gebruiker toegevoegd" not in only.split("<tbody>")[1]


def test_the_audit_log_says_a_failed_login_and_a_moved_deadline_in_words(client, session):
    # (it showed 'outcome: invalid' and 'van: 2026-01-01; naar: 2027-03-31')
    client.post("/inloggen", data={"email": "iemand@example.org", "password": "fout",
                                   "csrf_token": csrf_token(client, "/inloggen")})
    accounts.audit(session, "griffier@example.org", "deadline_set", "commitment:1",
                   {"old": "2026-01-01", "new": "2027-03-31"})
    session.commit()
    login(client, session, "admin")
    rows = client.get("/beheer/audit?lang=nl").get_data(as_text=True).split("<tbody>")[1]
    rows = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", rows))
    assert "inloggen mislukt" in rows and "uitkomst: onbekend adres of verkeerd wachtwoord" in rows
    assert "deadline vastgelegd" in rows and "van: 1 januari 2026; naar: 31 maart 2027" in rows
