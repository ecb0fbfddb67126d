"""Safe defaults: security headers with a strict CSP, a request body limit, bearer tokens."""
from __future__ import annotations

import hmac
import json

from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from parley.errors import Errors
from parley.web.errors import PROBLEM, log

MAX_BODY_BYTES = 2_000_000  # documented in docs/web.md; larger bodies get 413

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
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
    a chunked body, before any route parses it."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await self._refuse(send)
            return
        seen = 0
        started = refused = False

        async def counting_receive() -> Message:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
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


def token_ok(request: Request, given: str | None = None) -> None:
    """Allow a write only with the server's token (Authorization: Bearer, or a form field).

    No token configured: the server is read-only (403). Token missing or wrong: 401.
    """
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, Errors.E306)
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, Errors.E307,
                            headers={"WWW-Authenticate": 'Bearer realm="parley"'})
