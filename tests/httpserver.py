"""A real HTTP server on loopback for scraper tests: serves fixture pages, scripted failures."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (for timeouts)
    trickle: float = 0.0  # seconds between the body's bytes (a server that never quite stops)
    length: bool = True  # send Content-Length (else the body ends when the connection does)
    chunks: int = 0  # send the body this many times over, streamed (an endless page)


Route = Callable[["Request"], Reply]


@dataclass
class Request:
    path: str  # with query string
    headers: dict[str, str]


class LocalServer:
    """Routes map a path (without query) to a Reply, a list of Replies (one per hit, the
    last repeats), or a function of the Request. Every request is recorded in ``requests``."""

    def __init__(self) -> None:
        self.routes: dict[str, Reply | list[Reply] | Route] = {}
        self.requests: list[Request] = []
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                request = Request(self.path, {k.lower(): v for k, v in self.headers.items()})
                server.requests.append(request)
                reply = server._reply(request)
                if reply.delay:
                    threading.Event().wait(reply.delay)
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                size = len(reply.body) * max(reply.chunks, 1)
                if reply.length:
                    self.send_header("Content-Length", str(size))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                try:
                    if reply.trickle:
                        for i in range(len(reply.body)):
                            self.wfile.write(reply.body[i:i + 1])
                            self.wfile.flush()
                            if server.stopping.wait(reply.trickle):
                                return
                    else:
                        for _ in range(max(reply.chunks, 1)):
                            self.wfile.write(reply.body)
                except OSError:
                    pass  # the client hung up (as a fetcher past its limits does)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def _reply(self, request: Request) -> Reply:
        route = self.routes.get(request.path.split("?")[0])
        if route is None:
            return Reply(404, b"not found")
        if isinstance(route, list):
            return route.pop(0) if len(route) > 1 else route[0]
        if callable(route):
            return route(request)
        return route

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
