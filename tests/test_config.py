import pytest

from tracker.config import ConfigError, Settings


def test_defaults_are_the_embedded_sqlite_database():
    settings = Settings.from_env({})
    assert settings.database_url == "sqlite:///instance/tracker.db"
    assert settings.default_language == "nl"


def test_values_come_from_tracker_variables():
    settings = Settings.from_env({
        "TRACKER_DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/tracker",
        "TRACKER_SMTP_PORT": "2525",
        "TRACKER_SMTP_STARTTLS": "yes",
        "TRACKER_HTTP_DELAY": "0.5",
        "UNRELATED": "ignored",
    })
    assert settings.database_url.startswith("postgresql://")
    assert settings.smtp_port == 2525
    assert settings.smtp_starttls is True
    assert settings.http_delay == 0.5


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("TRACKER_SMTP_PORT", "smtp", "TRACKER_SMTP_PORT='smtp' must be a whole number"),
        ("TRACKER_SMTP_PORT", "70000", "TRACKER_SMTP_PORT=70000 is not a TCP port"),
        ("TRACKER_SMTP_STARTTLS", "perhaps", "must be true or false"),
        ("TRACKER_DATABASE_URL", "not a url", "is not a database URL"),
        ("TRACKER_DATABASE_URL", "mysql://root@localhost/x", "supports sqlite and postgresql"),
        ("TRACKER_BASE_URL", "ftp://example.org", "is not an http(s) URL"),
        ("TRACKER_TK_FEED_URL", "gegevensmagazijn", "is not an http(s) URL"),
        ("TRACKER_DEFAULT_LANGUAGE", "de", "must be 'nl' or 'en'"),
        ("TRACKER_LOG_LEVEL", "LOUD", "is not a logging level"),
        ("TRACKER_MAIL_FROM", "tracker", "has no e-mail address"),
        ("TRACKER_HTTP_TIMEOUT", "0", "must be positive"),
    ],
)
def test_a_bad_value_is_refused_with_the_variable_named(name, value, message):
    with pytest.raises(ConfigError, match="^.*" + message.replace("(", r"\(").replace(")", r"\)")):
        Settings.from_env({name: value})


def test_generated_secret_key_is_kept_in_the_instance_folder(tmp_path):
    settings = Settings.from_env({"TRACKER_INSTANCE_PATH": str(tmp_path / "inst")})
    first = settings.resolved_secret_key()
    assert len(first) > 40
    assert settings.resolved_secret_key() == first
    assert (tmp_path / "inst" / "secret_key").stat().st_mode & 0o077 == 0


def test_a_configured_secret_key_wins(tmp_path):
    settings = Settings.from_env({"TRACKER_SECRET_KEY": "s3cret",
                                  "TRACKER_INSTANCE_PATH": str(tmp_path)})
    assert settings.resolved_secret_key() == "s3cret"
    assert not (tmp_path / "secret_key").exists()


def test_cli_reports_a_configuration_error_clearly(monkeypatch):
    from click.testing import CliRunner

    from tracker.cli import main

    result = CliRunner().invoke(main, ["db", "current"], env={"TRACKER_SMTP_PORT": "x"})
    assert result.exit_code == 1
    assert "configuration: TRACKER_SMTP_PORT='x' must be a whole number" in result.output


def test_links_follow_the_served_port_unless_tracker_base_url_is_set():
    import socket

    unset = Settings.from_env({})
    assert unset.base_url == "http://127.0.0.1:5000"  # a command that serves nothing
    assert unset.served_at("127.0.0.1", 8123).base_url == "http://127.0.0.1:8123"
    assert unset.served_at("::1", 8123).base_url == "http://[::1]:8123"
    assert unset.served_at("0.0.0.0", 80).base_url == f"http://{socket.gethostname()}:80"
    public = Settings.from_env({"TRACKER_BASE_URL": "https://toezeggingen.example.org"})
    assert public.served_at("127.0.0.1", 8123).base_url == "https://toezeggingen.example.org"
    given = Settings.from_env({}, base_url="http://tracker.test")
    assert given.served_at("127.0.0.1", 8123).base_url == "http://tracker.test"
