"""A small HTTP load generator, run as its own process by ``benchmarks.web``.

``python -m benchmarks.load BASE_URL --concurrency 4 --duration 10 PATH [PATH …]`` requests the
paths round-robin from ``concurrency`` threads, each with its own keep-alive connection, for
``duration`` seconds (and at most ``--max-requests``), then prints one JSON object: requests,
errors, seconds, requests per second and latency percentiles in milliseconds. Only loopback
addresses are accepted.
"""

from __future__ import annotations

import argparse
import http.client
import ipaddress
import json
import socket
import statistics
import threading
import time
from urllib.parse import urlsplit


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(socket.gethostbyname(host)).is_loopback
    except (OSError, ValueError):
        return False


def run(base_url: str, paths: list[str], concurrency: int, duration: float,
        max_requests: int) -> dict:
    parts = urlsplit(base_url)
    if not _loopback(parts.hostname or ""):
        raise SystemExit(f"refusing to load {base_url}: only loopback addresses")
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + duration
    counter = iter(range(max_requests))

    def worker(offset: int) -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine: list[float] = []
        n = offset
        while time.monotonic() < stop_at:
            if next(counter, None) is None:
                break
            path = paths[n % len(paths)]
            n += 1
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            elapsed = time.perf_counter() - started
            if ok:
                mine.append(elapsed * 1000)
            else:
                with lock:
                    errors[0] += 1
        conn.close()
        with lock:
            latencies.extend(mine)

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i * 7919,)) for i in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - started
    return {
        "requests": len(latencies), "errors": errors[0], "seconds": round(seconds, 2),
        "rps": round(len(latencies) / seconds, 1) if seconds else 0.0,
        "p50": round(percentile(latencies, 50), 1), "p95": round(percentile(latencies, 95), 1),
        "p99": round(percentile(latencies, 99), 1),
        "mean": round(statistics.fmean(latencies), 1) if latencies else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    args = parser.parse_args()
    print(json.dumps(run(args.base_url, args.paths, args.concurrency, args.duration,
                         args.max_requests)))


if __name__ == "__main__":
    main()
