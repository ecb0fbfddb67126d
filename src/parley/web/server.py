"""Running the app with uvicorn, guarded at the connection level (docs/security.md).

uvicorn has no timeout for reading a request's headers: a client that sends one header byte
every few seconds ("slow loris") holds its connection, and a file descriptor, for ever. So
``GuardedH11Protocol`` closes a connection whose request headers are not complete
``header_timeout`` seconds after it opened (or after its previous response), with a 408, and
closes at once any connection beyond ``max_connections``, before it can use up the process's
open files. The request body has its own deadline (``security.BodyLimit``), and uvicorn's own
``limit_concurrency`` answers 503 past the same number of connections or tasks.
"""
from __future__ import annotations

import asyncio
import resource
from typing import Any

import h11
from uvicorn.config import Config
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0  # seconds for a request's headers to arrive
KEEP_ALIVE = 5.0  # seconds an idle keep-alive connection stays open (uvicorn's default)
MAX_CONNECTIONS = 256  # open connections; more are closed at once
MAX_HEADER_BYTES = 64 * 1024  # request line and headers; more is a 400
RESERVED_FILES = 64  # open files kept for the store, snapshots, logs and the pipeline
_408_BODY = b"request headers took too long\n"
TIMEOUT_408 = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain\r\n"
               b"content-length: %d\r\nconnection: close\r\n\r\n" % len(_408_BODY)) + _408_BODY


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a header read deadline and a hard connection cap (set the
    class attributes through ``guarded_protocol``)."""

    header_timeout: float = HEADER_TIMEOUT
    max_connections: int = MAX_CONNECTIONS

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer: asyncio.TimerHandle | None = None
        if len(self.connections) > self.max_connections:
            transport.close()  # its file descriptor is freed now, not after a timeout
            return
        self._arm_header_timer()

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _cancel_header_timer(self) -> None:
        timer = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        if self.conn.our_state is h11.IDLE:  # nothing sent on this request yet
            self.transport.write(TIMEOUT_408)
        self.transport.close()

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state is not h11.IDLE:  # the headers are in
            self._cancel_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._arm_header_timer()  # the next request's headers have the same deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)


def guarded_protocol(header_timeout: float = HEADER_TIMEOUT,
                     max_connections: int = MAX_CONNECTIONS) -> type[GuardedH11Protocol]:
    """A protocol class with these limits (uvicorn takes a class, not an instance)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,),
                {"header_timeout": header_timeout, "max_connections": max_connections})


def open_files_limit() -> int:
    """Raise this process's soft limit on open files to the hard limit (at most 65,536) and
    return it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard if hard != resource.RLIM_INFINITY else 65536, 65536)
    if soft != resource.RLIM_INFINITY and soft < want:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
            soft = want
        except (ValueError, OSError):
            pass
    return int(soft) if soft != resource.RLIM_INFINITY else 65536


def connection_cap(requested: int = MAX_CONNECTIONS) -> int:
    """``requested``, lowered so that the connections leave RESERVED_FILES open files free."""
    return max(8, min(requested, open_files_limit() - RESERVED_FILES))


def server_config(app: Any, host: str = "127.0.0.1", port: int = 8000, *,
                  header_timeout: float = HEADER_TIMEOUT,
                  keep_alive: float = KEEP_ALIVE,
                  max_connections: int = MAX_CONNECTIONS,
                  log_level: str = "warning") -> Config:
    """The uvicorn configuration ``parley serve`` (and the tests) run the app with."""
    cap = connection_cap(max_connections)
    return Config(app, host=host, port=port, log_level=log_level, server_header=False,
                  http=guarded_protocol(header_timeout, cap), ws="none",
                  timeout_keep_alive=int(max(1, keep_alive)), limit_concurrency=cap,
                  h11_max_incomplete_event_size=MAX_HEADER_BYTES, proxy_headers=False,
                  timeout_graceful_shutdown=5)
