"""Web commands: `serve` a ledger in the browser; the HTML writer behind `read --format html`."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

import click


def write_html(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """`read --format html`: the records as one self-contained HTML page (CSS inlined)."""
    from newsledger.web.render import write_html as render_html

    render_html(records, out)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.argument("db", type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--allow-host", "allow_hosts", multiple=True, metavar="HOST",
    help="Also answer requests for this host name (behind a proxy, on a LAN); repeatable. "
    "localhost and the bound address are always allowed; '*.example.org' matches subdomains.",
)  # fmt: skip
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a browser.")
def serve(db: str, host: str, port: int, allow_hosts: tuple[str, ...], open_browser: bool) -> None:
    """Browse ledger DB in a local web app (read-only): annotated articles, search,
    entities, sources."""
    import uvicorn

    from newsledger.web.app import create_app

    if not Path(db).is_file():
        raise click.ClickException(f"[NL009] {db}: no such ledger file")
    try:
        app = create_app(db, allowed_hosts=[host, *allow_hosts])
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    if not _is_loopback(host):
        click.echo(
            f"newsledger: warning: binding {host} makes the ledger readable from the network",
            err=True,
        )
        if host in ("0.0.0.0", "::") and not allow_hosts:
            click.echo(
                "newsledger: only requests for localhost are answered; name the others with "
                "--allow-host",
                err=True,
            )
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{f'[{shown}]' if ':' in shown else shown}:{port}/"
    click.echo(f"newsledger: serving {db} read-only at {url} (Ctrl-C to stop)", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [serve]
