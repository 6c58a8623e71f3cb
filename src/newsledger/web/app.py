"""`newsledger serve DB`: a local, read-only Starlette app over one ledger file.

Each request opens its own read-only connection (SQLite `mode=ro`): cheap, safe across the
threadpool Starlette runs sync endpoints in, and the app can never write the ledger.
Every page is a Jinja2 template with autoescaping; the annotated article text is built by
`annotate`, which escapes each piece itself. A strict Content-Security-Policy (scripts and
styles only from the app itself) backs that up.

Only requests naming an allowed host are answered (TrustedHostMiddleware): a page on another
site that rebinds its DNS name to 127.0.0.1 sends its own name as Host, and is refused, so
it cannot read the ledger. Pages link by root-relative paths, never URLs built from Host.
"""

from __future__ import annotations

import ipaddress
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsledger.analysis.entities import resolve_entity
from newsledger.ledger import pages
from newsledger.ledger import queries as ledger_queries
from newsledger.ledger.claims import number_series
from newsledger.ledger.entities import timeline as entity_timeline
from newsledger.ledger.store import connect
from newsledger.web.render import article_view, entity_url, environment

# Names a browser on this machine uses for the app, whatever address it is bound to.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")
PER_PAGE = 25
CLUSTER_PREVIEW = 4  # members shown under each cluster in the list
MAX_PAGE = 10_000

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
        b"img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


class SecurityHeaders:
    """Adds the CSP and friends to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass(frozen=True)
class Page:
    number: int
    previous: str | None
    next: str | None


def _page_number(request: Request, param: str) -> int:
    try:
        number = int(request.query_params.get(param, "1"))
    except ValueError:
        return 1
    return min(max(number, 1), MAX_PAGE)


def paged(
    request: Request, fetch: Callable[[int, int], list[Any]], param: str = "page",
    size: int = PER_PAGE,
) -> tuple[list[Any], Page]:  # fmt: skip
    """One page of rows (asking for one more than shown, to know if there is a next)."""
    number = _page_number(request, param)
    rows = fetch(size + 1, (number - 1) * size)

    def link(n: int) -> str:
        # Query-only links resolve against the current path, whatever it contains.
        params = dict(request.query_params)
        params[param] = str(n)
        return "?" + urlencode(params)

    previous = link(number - 1) if number > 1 else None
    following = link(number + 1) if len(rows) > size else None
    return rows[:size], Page(number, previous, following)


def hits(snippet: str | None) -> Markup:
    """An FTS5 snippet as HTML: the text escaped, then the hit markers turned into <mark>."""
    escaped = str(escape(snippet or ""))
    return Markup(escaped.replace(pages.HIT_OPEN, "<mark>").replace(pages.HIT_CLOSE, "</mark>"))


def _address(text: str) -> str:
    address = ipaddress.ip_address(text)
    return f"[{address}]" if address.version == 6 else str(address)


def host_pattern(host: str) -> str:
    """A host as TrustedHostMiddleware compares it: lower case, no port (any port is
    allowed), IPv6 literals in brackets ("::1" -> "[::1]"); "*.example.org" and "*" pass."""
    host = host.strip().lower()
    try:
        return _address(host)  # "127.0.0.1", "::1"
    except ValueError:
        pass
    match = re.fullmatch(r"(\[[0-9a-f:.]+\]|[a-z0-9_.*-]+)(?::\d{1,5})?", host)
    name = match[1] if match else ""
    try:
        return _address(name[1:-1] if name.startswith("[") else name)
    except ValueError:
        pass
    if (
        not name
        or name.startswith("[")
        or "*" in name[1:]
        or (name.startswith("*") and name != "*" and not name.startswith("*."))
    ):
        raise ValueError(f"not a host name, address or *.domain pattern: {host!r}")
    return name


def trusted_hosts(allowed_hosts: Sequence[str] | None = None) -> list[str]:
    """The local names plus the configured ones (the bound address, --allow-host)."""
    hosts = list(LOCAL_HOSTS)
    for host in allowed_hosts or ():
        pattern = host_pattern(host)
        if pattern not in hosts:
            hosts.append(pattern)
    return hosts


def create_app(db: str | Path, allowed_hosts: Sequence[str] | None = None) -> Starlette:
    """The web app for one ledger file, opened read-only, answering only requests for
    localhost and `allowed_hosts` (host names, IP addresses, "*.example.org", or "*")."""
    path = Path(db)
    if not path.is_file():
        raise FileNotFoundError(f"{db}: no such ledger file")
    hosts = trusted_hosts(allowed_hosts)
    env = environment()
    env.filters["hits"] = hits
    templates = Jinja2Templates(env=env)

    @contextmanager
    def database() -> Iterator[sqlite3.Connection]:
        conn = connect(path, readonly=True)
        try:
            yield conn
        finally:
            conn.close()

    def page(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
        context.setdefault("ledger_name", path.name)
        return templates.TemplateResponse(request, template, context, status_code=status_code)

    def home(request: Request) -> Response:
        with database() as conn:
            rows, pager = paged(request, lambda n, o: pages.articles(conn, n, o))
            stats = pages.overview(conn)
        return page(request, "home.html", section="articles", rows=rows, page=pager, stats=stats)

    def search(request: Request) -> Response:
        query = request.query_params.get("q", "").strip()
        scope = "quotes" if request.query_params.get("in") == "quotes" else "articles"
        rows: list[Any] = []
        pager = Page(1, None, None)
        if query:
            with database() as conn:
                try:
                    rows, pager = paged(
                        request, lambda n, o: pages.search(conn, query, scope, n, o)
                    )
                except sqlite3.OperationalError:
                    rows = []
        return page(
            request, "search.html", section="search", query=query, scope=scope, rows=rows,
            page=pager,
        )  # fmt: skip

    def article(request: Request) -> Response:
        key = request.path_params["key"]
        with database() as conn:
            found = ledger_queries.find_article(conn, key)
            record = ledger_queries.article_record(conn, found) if found else None
        if record is None:
            raise HTTPException(404, f"No article {key!r} in this ledger.")
        view = article_view(record, lambda entity: entity_url(entity["name"]))
        return page(request, "article.html", section="articles", v=view)

    def entities(request: Request) -> Response:
        kind = request.query_params.get("type") or None
        name = request.query_params.get("name") or None
        with database() as conn:
            rows, pager = paged(request, lambda n, o: pages.entities(conn, kind, name, n, o))
            kinds = pages.entity_types(conn)
        return page(
            request, "entities.html", section="entities", rows=rows, page=pager, kinds=kinds,
            kind=kind, name=name,
        )  # fmt: skip

    def entity(request: Request) -> Response:
        name = request.path_params["name"]
        with database() as conn:
            found = resolve_entity(conn, name)
            if found is None:
                raise HTTPException(404, f"No entity named {name!r} in this ledger.")
            shown, ids = found.name, found.ids
            summary = pages.entity_summary(conn, ids)
            mentions, mentions_page = paged(
                request, lambda n, o: pages.mentions(conn, ids, n, o), "mentions", 20
            )
            said, said_page = paged(
                request, lambda n, o: pages.quotes_by(conn, ids, n, o), "by", 10
            )
            about, about_page = paged(
                request, lambda n, o: pages.quotes_about(conn, ids, n, o), "about", 10
            )
            timeline, timeline_page = paged(
                request, lambda n, o: entity_timeline(conn, found, n, o), "timeline", 25
            )
        return page(
            request, "entity.html", section="entities", name=shown, summary=summary,
            mentions=mentions, mentions_page=mentions_page, said=said, said_page=said_page,
            about=about, about_page=about_page, timeline=timeline, timeline_page=timeline_page,
        )  # fmt: skip

    def sources(request: Request) -> Response:
        kind = request.query_params.get("kind") or None
        with database() as conn:
            rows, pager = paged(request, lambda n, o: pages.sources(conn, kind, n, o))
            outlets, outlets_page = paged(
                request, lambda n, o: pages.outlets(conn, n, o), "outlets", 10
            )
            kinds = pages.source_kinds(conn)
            summary = ledger_queries.sourcing_summary(conn)
        return page(
            request, "sources.html", section="sources", rows=rows, page=pager, kinds=kinds,
            kind=kind, outlets=outlets, outlets_page=outlets_page, summary=summary,
        )  # fmt: skip

    def claims(request: Request) -> Response:
        with database() as conn:
            available = pages.has_claims(conn)
            rows, pager = (
                paged(request, lambda n, o: pages.claim_clusters(conn, n, o), size=20)
                if available
                else ([], Page(1, None, None))
            )
            members = pages.claim_members(conn, [r["id"] for r in rows], CLUSTER_PREVIEW)
        return page(
            request, "claims.html", section="claims", available=available, rows=rows,
            page=pager, members=members, preview=CLUSTER_PREVIEW,
        )  # fmt: skip

    def claim(request: Request) -> Response:
        cluster_id = request.path_params["cluster"]
        with database() as conn:
            cluster = pages.claim_cluster(conn, cluster_id) if pages.has_claims(conn) else None
            if cluster is None:
                raise HTTPException(404, f"No claim cluster {cluster_id} in this ledger.")
            members, pager = paged(
                request,
                lambda n, o: pages.claim_members(conn, [cluster_id], n, o).get(cluster_id, []),
            )
        return page(
            request, "claim.html", section="claims", cluster=cluster, members=members, page=pager
        )

    def disagreements(request: Request) -> Response:
        with database() as conn:
            available = pages.has_disagreements(conn)
            rows, pager = (
                paged(request, lambda n, o: pages.disagreements(conn, n, o), size=20)
                if available
                else ([], Page(1, None, None))
            )
            series = number_series(conn, 20) if available and pager.number == 1 else []
        return page(
            request, "disagreements.html", section="disagreements", available=available,
            rows=rows, page=pager, series=series,
        )  # fmt: skip

    async def not_found(request: Request, exc: Exception) -> Response:
        detail = exc.detail if isinstance(exc, HTTPException) else "Not found."
        status = exc.status_code if isinstance(exc, HTTPException) else 404
        return page(request, "error.html", status_code=status, section="", message=detail)

    static = StaticFiles(packages=[("newsledger.web", "static")])
    routes = [
        Route("/", home, name="home"),
        Route("/search", search, name="search"),
        Route("/article/{key}", article, name="article"),
        Route("/entities", entities, name="entities"),
        Route("/entity/{name:path}", entity, name="entity"),
        Route("/sources", sources, name="sources"),
        Route("/claims", claims, name="claims"),
        Route("/claims/{cluster:int}", claim, name="claim"),
        Route("/disagreements", disagreements, name="disagreements"),
        Mount("/static", app=static, name="static"),
    ]
    return Starlette(
        routes=routes,
        middleware=[  # outermost first: a refused host's 400 carries the headers too
            Middleware(SecurityHeaders),
            Middleware(TrustedHostMiddleware, allowed_hosts=hosts, www_redirect=False),
        ],
        exception_handlers={HTTPException: not_found},
    )
