"""``parley serve``: the local web app and REST API over a store (a thin layer over web.app)."""
from __future__ import annotations

import ipaddress

import typer

from parley.cli import app
from parley.cli.common import fail_line, stderr
from parley.errors import Errors
from parley.store import DEFAULT_DB, SchemaError, StoreError

ALL_INTERFACES = ("0.0.0.0", "::", "[::]")


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip("[]").lower() in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind_warning(host: str, token: str | None) -> str | None:
    """The warning printed when the server is asked to listen beyond this machine."""
    if host not in ALL_INTERFACES:
        return None
    return (f"warning: binding {host} exposes the server to every network this machine is on"
            + ("" if token else " (read-only: no --token)"))


def coding_mode(host: str, token: str | None, public_read_only: bool) -> str:
    """Who may use the coding routes: ``open`` on a loopback address, ``token`` when the
    server is reachable from the network with a token, ``off`` with --public-read-only.
    A server reachable from the network with neither is refused (E506)."""
    if public_read_only:
        return "off"
    if is_loopback(host):
        return "open"
    if token:
        return "token"
    raise ValueError(Errors.E506.format(host=host))


@app.command("serve")
def serve_command(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file (built by parley ingest)"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to bind (local only by "
                                                        "default)"),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="port to listen on"),
    token: str = typer.Option(None, "--token", envvar="PARLEY_TOKEN",
                              help="enable write routes for `Authorization: Bearer TOKEN` "
                                   "(or set PARLEY_TOKEN); without it the server is read-only"),
    allow_host: list[str] = typer.Option(
        [], "--allow-host", help="a Host name to answer besides localhost and IP addresses "
                                 "(repeatable; '*' answers any: no DNS-rebinding guard)"),
    public_read_only: bool = typer.Option(
        False, "--public-read-only", help="serve reads only: the coding routes are off (lets "
                                          "--host 0.0.0.0 run without a token)"),
    coding_workers: int = typer.Option(1, "--coding-workers", min=1, max=16,
                                       help="threads that code posted articles, each with its "
                                            "own pipeline"),
    coding_queue: int = typer.Option(4, "--coding-queue", min=0, max=1000,
                                     help="coding requests that may wait; more get 503"),
    coding_timeout: float = typer.Option(60.0, "--coding-timeout", min=1.0,
                                         help="seconds a coding request may wait and run"),
    header_timeout: float = typer.Option(10.0, "--header-timeout", min=0.5,
                                         help="seconds for a request's headers to arrive"),
    body_timeout: float = typer.Option(30.0, "--body-timeout", min=0.5,
                                       help="seconds for a request's body to arrive"),
    max_connections: int = typer.Option(256, "--max-connections", min=8,
                                        help="open connections (lowered to fit the open-files "
                                             "limit); more are closed at once"),
) -> None:
    """Serve the web app and the /api/v1 API; reads keep working while `parley ingest` writes."""
    # the server stack (fastapi, starlette, jinja2, uvicorn) adds about half a second to every
    # command when imported at the top; only `parley serve` needs it
    import uvicorn  # noqa: PLC0415  (lazy: server stack, serve only)

    from parley.web.app import create_app  # noqa: PLC0415  (lazy: server stack, serve only)
    from parley.web.server import server_config  # noqa: PLC0415

    try:
        coding = coding_mode(host, token or None, public_read_only)
    except ValueError as exc:
        fail_line("--host", str(exc))
        raise typer.Exit(2) from None
    warning = bind_warning(host, token)
    if warning:
        stderr.print(warning, highlight=False)
    hosts = tuple(allow_host)
    if not is_loopback(host) and host not in ALL_INTERFACES:
        hosts += (host,)
    try:
        web = create_app(db, token=token or None, allowed_hosts=hosts, coding=coding,
                         coding_workers=coding_workers, coding_queue=coding_queue,
                         coding_timeout=coding_timeout, body_timeout=body_timeout)
    except (StoreError, SchemaError) as exc:
        fail_line(db, str(exc))
        raise typer.Exit(2) from None
    stderr.print(f"serving {db} on http://{host}:{port}/ "
                 f"({'writes need the bearer token' if token else 'read-only'}; "
                 f"coding {coding})", highlight=False)
    config = server_config(web, host, port, header_timeout=header_timeout,
                           max_connections=max_connections)
    uvicorn.Server(config).run()
