"""Safe defaults: security headers with a strict CSP, a request body limit and read timeout,
allowed Host names, same-origin writes, bearer tokens (docs/security.md)."""
from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import re
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from parley.errors import Errors
from parley.web.errors import PROBLEM, log

MAX_BODY_BYTES = 2_000_000  # documented in docs/web.md; larger bodies get 413
BODY_TIMEOUT = 30.0  # seconds a request body may take to arrive in all; then 408
LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds the CSP and friends to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in HEADERS if h[0] not in names]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            # The last resort: logged here, answered as a problem, never a traceback page.
            if started:
                raise
            log.exception("unhandled error on %s", scope.get("path"))
            await send_problem(send, 500, "Internal Server Error",
                               f"internal error ({type(exc).__name__}); see the server log")


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes with 413, by Content-Length or while reading
    a chunked body, before any route parses it; a body that has not fully arrived ``timeout``
    seconds after the app first asked for it gets 408 (a slow body holds no worker for long)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES,
                 timeout: float = BODY_TIMEOUT) -> None:
        self.app = app
        self.limit = limit
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await self._refuse(send)
            return
        seen = 0
        started = refused = complete = False
        deadline: float | None = None
        loop = asyncio.get_running_loop()

        async def counting_receive() -> Message:
            nonlocal seen, refused, complete, deadline
            if complete or refused:
                return await receive()  # the body is in: waiting for a disconnect is fine
            if deadline is None:
                deadline = loop.time() + self.timeout
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except TimeoutError:
                refused = True
                if not started:
                    await send_problem(send, 408, "Request Timeout",
                                       Errors.E321.format(seconds=self.timeout))
                return {"type": "http.disconnect"}
            if message["type"] == "http.request":
                complete = not message.get("more_body", False)
                seen += len(message.get("body", b""))
                if seen > self.limit and not refused:
                    refused = True
                    if not started:
                        await self._refuse(send)
                    return {"type": "http.disconnect"}  # the app stops reading here
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 already went out
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counting_receive, tracking_send)

    async def _refuse(self, send: Send) -> None:
        await send_problem(send, 413, "Content Too Large",
                           f"request body over the limit of {self.limit} bytes")


async def send_problem(send: Send, status: int, title: str, detail: str) -> None:
    """A problem+json response written straight to ASGI (outside the app's handlers)."""
    body = json.dumps({"type": "about:blank", "title": title, "status": status,
                       "detail": detail}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", PROBLEM.encode()), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close")] + HEADERS})
    await send({"type": "http.response.body", "body": body})


def bearer(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, if any."""
    auth = request.headers.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else None


def token_ok(request: Request) -> None:
    """Allow a write only with the server's token, from the Authorization header alone (a
    dependency: it takes no query parameter, so nothing of it shows in /openapi.json).

    No token configured: the server is read-only (403). Token missing or wrong: 401.
    """
    check_token(request, bearer(request))


def check_token(request: Request, given: str | None) -> None:
    """``given`` (a bearer header, or the /code page's form field) against the server's token,
    compared in constant time."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, Errors.E306)
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, Errors.E307,
                            headers={"WWW-Authenticate": 'Bearer realm="parley"'})


# -- Host names and origins ---------------------------------------------------------------------
def host_name(value: str) -> str:
    """``Host`` header -> lower-case name without port or trailing dot (``[::1]:8000`` -> ``::1``)."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HostGuard:
    """Answers only requests whose ``Host`` is an IP address or an allowed name (loopback names by
    default, more with ``--allow-host``; ``*`` allows any): a DNS-rebinding page, whose requests
    carry its own domain name, gets 400. Redirects never carry a host: an absolute ``Location``
    is cut to its path."""

    def __init__(self, app: ASGIApp, allowed: tuple[str, ...] = ()) -> None:
        self.app = app
        self.any = "*" in allowed
        self.allowed = {host_name(a) for a in (*LOOPBACK_NAMES, *allowed) if a != "*"}

    def allows(self, host: str) -> bool:
        name = host_name(host)
        return self.any or is_ip(name) or name in self.allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = dict(scope.get("headers", [])).get(b"host")
        if host is not None:
            text = host.decode("latin-1")
            if not self.allows(text):
                shown = re.sub(r"[^A-Za-z0-9.:\[\]-]", "?", text)[:100]
                await send_problem(send, 400, "Bad Request", Errors.E318.format(host=shown))
                return

        async def relative_redirects(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [(k, _path_only(v) if k.lower() == b"location" else v)
                                      for k, v in message.get("headers", [])]
            await send(message)

        await self.app(scope, receive, relative_redirects)


def _path_only(location: bytes) -> bytes:
    text = location.decode("latin-1")
    if "://" in text or text.startswith("//"):
        parts = urlsplit(text)
        text = (parts.path or "/") + ("?" + parts.query if parts.query else "")
        text = "/" + text.lstrip("/")  # never protocol-relative
    return text.encode("latin-1")


UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
FORMISH = (b"application/x-www-form-urlencoded", b"multipart/form-data", b"text/plain")


class SameOrigin:
    """Refuses cross-site writes: an unsafe request whose ``Origin`` (or, without one, whose
    ``Referer``) is not this server (same scheme-less host:port as ``Host``) gets 403; so does a
    form-type post (what any web page can send without asking) that carries neither. Clients
    outside a browser (curl, scripts) send neither header and post JSON: they pass."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in UNSAFE:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        host = headers.get(b"host", b"").decode("latin-1").strip().lower()
        for name in (b"origin", b"referer"):
            value = headers.get(name)
            if value is None:
                continue
            seen = value.decode("latin-1").strip()
            if urlsplit(seen).netloc.lower() != host or not host:
                await send_problem(send, 403, "Forbidden", Errors.E317.format(
                    header=name.decode().title(), origin=seen[:100]))
                return
            break
        else:
            kind = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
            if kind in FORMISH:
                await send_problem(send, 403, "Forbidden", Errors.E317.format(
                    header="Origin", origin=None))
                return
        await self.app(scope, receive, send)
