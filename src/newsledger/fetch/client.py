"""A polite HTTP client: robots.txt obeyed, one request at a time per host with a delay,
a User-Agent that names newsledger, timeouts, a size limit, retries with backoff.

Every problem is a `NewsledgerError` a user can act on (one `[NLxxx]` line): a URL robots.txt
disallows (NL018), an HTTP error status (NL019), a timeout or a failed connection (NL020), a
response over the size limit (NL004). Redirects are followed by hand, so robots.txt and the
per-host delay apply to every hop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newsledger.errors import Code, NewsledgerError

ROBOTS_AGENT = "newsledger"  # the token robots.txt rules name
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 60.0  # seconds: a longer Retry-After is a refusal, not a pause


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How politely and patiently to fetch; the defaults suit a newsroom's own machine."""

    delay: float = 1.0  # seconds between two requests to the same host
    timeout: float = 20.0  # seconds to connect, and between two reads of the response
    max_bytes: int = 10_000_000  # the largest response read
    retries: int = 3  # further attempts after a 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry; doubled for each next one
    contact: str | None = None  # an address for site owners, put in the User-Agent

    def user_agent(self) -> str:
        version = metadata.version("newsledger")
        contact = f"; {self.contact}" if self.contact else ""
        return f"newsledger/{version} (news analysis{contact})"


@dataclass(frozen=True, slots=True)
class Page:
    """One fetched response: the URL asked for, where redirects ended, and what came back."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    fetched_at: str

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()


@dataclass(slots=True)
class PoliteClient:
    """Fetches one URL at a time; remembers each host's robots.txt and last request."""

    settings: FetchSettings = field(default_factory=FetchSettings)
    sleep: Callable[[float], None] = time.sleep
    _robots: dict[str, RobotFileParser] = field(default_factory=dict)
    _robots_problem: dict[str, NewsledgerError] = field(default_factory=dict)
    _last_request: dict[str, float] = field(default_factory=dict)
    _http: httpx.Client | None = None

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    @property
    def http(self) -> httpx.Client:
        if self._http is None:
            self._http = httpx.Client(
                headers={"User-Agent": self.settings.user_agent()},
                timeout=httpx.Timeout(self.settings.timeout),
                follow_redirects=False,
            )
        return self._http

    def fetch(self, url: str) -> Page:
        """The page at `url`, after redirects; raises NewsledgerError (one line) on failure."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                raise NewsledgerError(
                    Code.UNSUPPORTED, f"only http and https URLs are fetched ({current})", url
                )
            self.check_allowed(current, url)
            status, headers, body = self._get_with_retries(current, url)
            location = headers.get("location")
            if 300 <= status < 400 and location:
                current = urljoin(current, location)
                continue
            if status >= 400:
                raise NewsledgerError(Code.HTTP_STATUS, f"HTTP {status} {_reason(status)}", url)
            return Page(
                url=url,
                final_url=current,
                status=status,
                content_type=headers.get("content-type", ""),
                body=body,
                fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            )
        raise NewsledgerError(Code.NETWORK, f"more than {MAX_REDIRECTS} redirects", url)

    def check_allowed(self, url: str, asked: str | None = None) -> None:
        """Raise NL018 if the site's robots.txt disallows newsledger from fetching `url`."""
        robots = self._robots_for(url)
        parts = urlsplit(url)
        problem = self._robots_problem.get(f"{parts.scheme}://{parts.netloc}")
        if problem is not None:
            raise NewsledgerError(
                problem.code,
                f"the site's robots.txt could not be read, so nothing is fetched from it "
                f"({problem.message})",
                asked,
            )
        if not robots.can_fetch(ROBOTS_AGENT, url):
            where = "" if asked in (None, url) else f" (redirected to {url})"
            raise NewsledgerError(
                Code.ROBOTS, f"the site's robots.txt disallows fetching this page{where}", asked
            )

    def _robots_for(self, url: str) -> RobotFileParser:
        """The host's robots.txt, fetched once (RFC 9309: a 4xx means no rules; a 5xx or no
        answer means the whole site is off limits until it answers)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin in self._robots:
            return self._robots[origin]
        robots = RobotFileParser(f"{origin}/robots.txt")
        try:
            status, body = self._robots_txt(f"{origin}/robots.txt", url)
        except NewsledgerError as error:
            status, body = 503, b""
            self._robots_problem[origin] = error
        if status in (401, 403) or status >= 500:
            robots.disallow_all = True
        elif 200 <= status < 300:
            robots.parse(body.decode("utf-8", "replace").splitlines())
        else:
            robots.allow_all = True
        self._robots[origin] = robots
        return robots

    def _robots_txt(self, location: str, asked: str) -> tuple[int, bytes]:
        """robots.txt's status and body, through up to five redirects (RFC 9309)."""
        for _ in range(MAX_REDIRECTS + 1):
            status, headers, body = self._get_with_retries(location, asked)
            if not (300 <= status < 400 and headers.get("location")):
                return status, body
            location = urljoin(location, headers["location"])
        return 404, b""  # redirected on and on: no rules to obey (RFC 9309 2.3.1.2)

    def _wait_for(self, url: str) -> None:
        """Keep `delay` seconds (or the site's Crawl-delay, if longer) between requests to a host."""
        parts = urlsplit(url)
        host = parts.netloc
        delay = self.settings.delay
        robots = self._robots.get(f"{parts.scheme}://{host}")
        crawl_delay = robots.crawl_delay(ROBOTS_AGENT) if robots is not None else None
        if crawl_delay:
            delay = max(delay, float(crawl_delay))
        last = self._last_request.get(host)
        if last is not None:
            wait = last + delay - time.monotonic()
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _get_with_retries(self, url: str, asked: str) -> tuple[int, httpx.Headers, bytes]:
        """One GET, again after a 429 or 5xx (waiting as Retry-After says, else backing off)."""
        pause = self.settings.backoff
        for attempt in range(self.settings.retries + 1):
            status, headers, body = self._get(url, asked)
            if status not in RETRY_STATUSES or attempt == self.settings.retries:
                return status, headers, body
            wait = _retry_after(headers.get("retry-after"))
            if wait is not None and wait > MAX_RETRY_AFTER:
                return status, headers, body
            self.sleep(wait if wait is not None else pause)
            pause *= 2
        raise AssertionError("unreachable")

    def _get(self, url: str, asked: str) -> tuple[int, httpx.Headers, bytes]:
        self._wait_for(url)
        limit = self.settings.max_bytes
        try:
            with self.http.stream("GET", url) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise _too_large(int(declared), limit, asked)
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > limit:
                        raise _too_large(None, limit, asked)
                return response.status_code, response.headers, bytes(body)
        except httpx.TimeoutException:
            raise NewsledgerError(
                Code.NETWORK,
                f"no answer within {self.settings.timeout:g} s (timed out)",
                asked,
            ) from None
        except httpx.HTTPError as error:
            raise NewsledgerError(
                Code.NETWORK, f"could not fetch ({type(error).__name__}: {error})", asked
            ) from None


def _too_large(size: int | None, limit: int, asked: str) -> NewsledgerError:
    what = f" ({size / 1e6:.1f} MB)" if size is not None else ""
    return NewsledgerError(
        Code.TOO_LARGE,
        f"the response{what} is over the {limit / 1e6:g} MB limit (--max-bytes)",
        asked,
    )


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (the HTTP-date form is rare for these statuses and ignored)."""
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _reason(status: int) -> str:
    try:
        from http import HTTPStatus

        return HTTPStatus(status).phrase
    except ValueError:
        return ""
