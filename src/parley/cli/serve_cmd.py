"""``parley serve``: the local web app and REST API over a store (a thin layer over web.app)."""
from __future__ import annotations

import typer

from parley.cli import app
from parley.cli.common import fail_line, stderr
from parley.store import DEFAULT_DB, SchemaError, StoreError

ALL_INTERFACES = ("0.0.0.0", "::", "[::]")


def bind_warning(host: str, token: str | None) -> str | None:
    """The warning printed when the server is asked to listen beyond this machine."""
    if host not in ALL_INTERFACES:
        return None
    return (f"warning: binding {host} exposes the server to every network this machine is on"
            + ("" if token else " (read-only: no --token)"))


@app.command("serve")
def serve_command(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB store file (built by parley ingest)"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to bind (local only by "
                                                        "default)"),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="port to listen on"),
    token: str = typer.Option(None, "--token", envvar="PARLEY_TOKEN",
                              help="enable write routes for `Authorization: Bearer TOKEN` "
                                   "(or set PARLEY_TOKEN); without it the server is read-only"),
) -> None:
    """Serve the web app and the /api/v1 API; reads keep working while `parley ingest` writes."""
    # the server stack (fastapi, starlette, jinja2, uvicorn) adds about half a second to every
    # command when imported at the top; only `parley serve` needs it
    import uvicorn  # noqa: PLC0415  (lazy: server stack, serve only)

    from parley.web.app import create_app  # noqa: PLC0415  (lazy: server stack, serve only)

    warning = bind_warning(host, token)
    if warning:
        stderr.print(warning, highlight=False)
    try:
        web = create_app(db, token=token or None)
    except (StoreError, SchemaError) as exc:
        fail_line(db, str(exc))
        raise typer.Exit(2) from None
    stderr.print(f"serving {db} on http://{host}:{port}/ "
                 f"({'writes need the bearer token' if token else 'read-only'})",
                 highlight=False)
    uvicorn.run(web, host=host, port=port, log_level="warning", server_header=False)
