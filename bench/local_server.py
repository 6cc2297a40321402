"""A small local HTTP server for the sequential-call benchmark (loopback only).

Answers every POST with the same JSON body (a 1-connection ConnectionReadList),
keeps connections alive (HTTP/1.1), prints ``PORT <n>`` once listening, and
stops by itself after --lifetime seconds or --max-requests requests.

    python bench/local_server.py --body FILE [--lifetime 1800] [--max-requests 200000]
"""

from __future__ import annotations

import argparse
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def make_handler(
    body: bytes, budget: list[int], done: threading.Event
) -> type[BaseHTTPRequestHandler]:
    """A handler class that serves body to every POST and counts requests down."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else headers and body, sent apart, wait ~40 ms

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            budget[0] -= 1
            if budget[0] <= 0:
                done.set()

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


def main() -> int:
    """Serve until the lifetime or the request budget runs out."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--body", required=True)
    parser.add_argument("--lifetime", type=float, default=1800.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    args = parser.parse_args()
    with open(args.body, "rb") as fh:
        body = fh.read()
    done = threading.Event()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(body, [args.max_requests], done))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    print(f"PORT {server.server_address[1]}", flush=True)
    done.wait(args.lifetime)
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
