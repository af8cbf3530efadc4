"""scrapers.http against a real HTTP server on loopback."""

import pytest

from scrapers.http import Fetcher, FetchError

from .httpserver import LocalServer, Reply


@pytest.fixture
def server():
    with LocalServer() as server:
        yield server


def fetcher(**kwargs):
    options = {"timeout": 2.0, "retries": 2, "backoff": 0.01, "delay": 0.0,
               "user_agent": "toezeggingen-tracker-test/1"}
    options.update(kwargs)
    return Fetcher(**options)


def test_user_agent_names_the_project(server):
    server.routes["/page"] = Reply(200, b"ok", {"Content-Type": "text/xml; charset=utf-8"})
    with fetcher() as f:
        page = f.get(server.url + "/page")
    assert page.content == b"ok" and page.content_type == "text/xml"
    assert server.requests[0].headers["user-agent"] == "toezeggingen-tracker-test/1"


def test_server_errors_are_retried_then_succeed(server):
    server.routes["/flaky"] = [Reply(503), Reply(500), Reply(200, b"third time")]
    with fetcher() as f:
        assert f.get(server.url + "/flaky").content == b"third time"
    assert len(server.requests) == 3


def test_persistent_server_error_gives_a_clear_error(server):
    server.routes["/down"] = Reply(500, b"boom")
    with fetcher() as f, pytest.raises(FetchError) as info:
        f.get(server.url + "/down")
    assert "/down" in str(info.value)
    assert len(server.requests) == 3  # the first try and two retries


def test_client_errors_are_not_retried(server):
    with fetcher() as f, pytest.raises(FetchError, match="HTTP 404") as info:
        f.get(server.url + "/missing")
    assert info.value.status == 404
    assert len(server.requests) == 1


def test_timeout_is_an_error_naming_the_url(server):
    server.routes["/slow"] = Reply(200, b"late", delay=1.5)
    with fetcher(timeout=0.3, retries=0) as f, pytest.raises(FetchError, match="/slow"):
        f.get(server.url + "/slow")


def test_connection_refused_is_an_error():
    with fetcher(retries=1) as f, pytest.raises(FetchError, match=r"127\.0\.0\.1:9"):
        f.get("http://127.0.0.1:9/nothing")


def test_conditional_get(server):
    def conditional(request):
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(200, b"feed", {"ETag": '"v1"',
                                    "Last-Modified": "Mon, 23 Nov 2026 07:00:00 GMT"})

    server.routes["/feed"] = conditional
    with fetcher() as f:
        first = f.get(server.url + "/feed")
        assert first.headers["etag"] == '"v1"'
        second = f.get(server.url + "/feed", etag=first.headers["etag"])
    assert second.not_modified and second.content == b""


def test_politeness_pause_between_requests_to_one_host(server):
    import time

    server.routes["/a"] = Reply(200, b"a")
    with fetcher(delay=0.3) as f:
        started = time.monotonic()
        f.get(server.url + "/a")
        f.get(server.url + "/a")
        assert time.monotonic() - started >= 0.3
