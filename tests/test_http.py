"""scrapers.http against a real HTTP server on loopback."""

import logging
import time

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
    server.routes["/a"] = Reply(200, b"a")
    with fetcher(delay=0.3) as f:
        started = time.monotonic()
        f.get(server.url + "/a")
        f.get(server.url + "/a")
        assert time.monotonic() - started >= 0.3


# --- bounded fetches (issue 15) and operator-friendly failures (issue 13) --------------------


def test_a_trickling_page_ends_at_the_deadline(server):
    # one byte every 0.2 s: every single read is quick, the page never ends
    server.routes["/trickle"] = Reply(200, b"x" * 1000, trickle=0.2)
    with fetcher(timeout=1.0, deadline=1.5, retries=3) as f:
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"no complete answer within 1\.5 s") as info:
            f.get(server.url + "/trickle")
        took = time.monotonic() - started
    assert 1.4 <= took < 2.5, took
    assert "/trickle" in str(info.value)
    assert len(server.requests) == 1  # the deadline covers retries: none is left


def test_a_trickle_without_length_is_not_taken_for_the_whole_page(server):
    # the body ends when the connection does: cut by the deadline, it must not look complete
    server.routes["/trickle"] = Reply(200, b"<feed>" + b" " * 500, trickle=0.1, length=False)
    with fetcher(timeout=1.0, deadline=1.0) as f, pytest.raises(FetchError, match="within"):
        f.get(server.url + "/trickle")


def test_slow_headers_end_at_the_deadline(server):
    server.routes["/late"] = Reply(200, b"late", delay=5)
    with fetcher(timeout=4.0, deadline=1.0, retries=0) as f:
        started = time.monotonic()
        with pytest.raises(FetchError, match="within 1 s"):
            f.get(server.url + "/late")
    assert time.monotonic() - started < 2


def test_an_oversized_page_is_refused_by_its_declared_length(server):
    server.routes["/big"] = Reply(200, b"x" * 1024, chunks=5 * 1024)  # 5 MB declared
    with fetcher(max_bytes=1024 * 1024) as f, pytest.raises(
            FetchError, match=r"5\.0 MB, more than the 1\.0 MB allowed"):
        f.get(server.url + "/big")


def test_an_oversized_page_without_length_is_cut_off_while_streaming(server):
    import resource

    server.routes["/endless"] = Reply(200, b"y" * 65536, chunks=64 * 16, length=False)  # 64 MB
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with fetcher(max_bytes=2 * 1024 * 1024) as f, pytest.raises(
            FetchError, match=r"larger than the 2\.0 MB allowed for this source; not read further"):
        f.get(server.url + "/endless")
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 32, grown_mb  # read and counted in chunks, never held whole


def test_redirects_stay_on_the_host(server):
    port = server.httpd.server_address[1]
    server.routes["/old"] = Reply(301, headers={"Location": "/new"})
    server.routes["/new"] = Reply(200, b"moved here")
    server.routes["/away"] = Reply(302, headers={"Location": f"http://localhost:{port}/new"})
    server.routes["/script"] = Reply(302, headers={"Location": "file:///etc/passwd"})
    with fetcher() as f:
        page = f.get(server.url + "/old")
        assert page.content == b"moved here" and page.url.endswith("/new")
        with pytest.raises(FetchError, match=r"redirected to another host \(http://localhost"):
            f.get(server.url + "/away")
        with pytest.raises(FetchError, match="redirected to another host"):
            f.get(server.url + "/script")
    assert not any(r.path == "/new" and r.headers.get("host", "").startswith("localhost")
                   for r in server.requests)
    with fetcher(redirect_hosts=("localhost",)) as f:
        assert f.get(server.url + "/away").content == b"moved here"


def test_a_refused_connection_is_not_retried(caplog):
    with fetcher(retries=4, backoff=1.0) as f:
        started = time.monotonic()
        with pytest.raises(FetchError, match="cannot connect: connection refused") as info:
            f.get("http://127.0.0.1:9/nothing")
    assert info.value.unreachable
    assert time.monotonic() - started < 1
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_an_unknown_host_is_not_retried():
    with fetcher(retries=4, backoff=1.0) as f:
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"cannot connect: host not found \(DNS\)") as info:
            f.get("http://tracker-test-host.invalid/feed")
    assert info.value.unreachable
    assert time.monotonic() - started < 5


def test_each_retry_is_one_line_and_the_library_says_nothing(server, caplog):
    caplog.set_level(logging.DEBUG)
    server.routes["/flaky"] = [Reply(503), Reply(502), Reply(200, b"ok")]
    with fetcher(retries=4) as f:
        assert f.get(server.url + "/flaky").content == b"ok"
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert lines == [f"opnieuw 1/4 over 0.0 s: {server.url}/flaky: HTTP 503 Service Unavailable",
                     f"opnieuw 2/4 over 0.0 s: {server.url}/flaky: HTTP 502 Bad Gateway"]
    assert not [r for r in caplog.records if r.name.startswith(("urllib3", "requests"))
                and r.levelno >= logging.INFO]


def test_retry_after_is_honoured_within_the_deadline(server):
    server.routes["/busy"] = Reply(429, headers={"Retry-After": "30"})
    with fetcher(retries=4, deadline=2.0) as f:
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"HTTP 429.*no time left") as info:
            f.get(server.url + "/busy")
    assert info.value.status == 429
    assert time.monotonic() - started < 1
