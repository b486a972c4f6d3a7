"""Reports fetched from the web: article pages and RSS/Atom feeds, politely.

`Fetcher` is the one HTTP client (requests, with urllib3's `Retry`). By default it
- sends the user agent of the settings (`STRIKEMAP_USER_AGENT`);
- makes at most one request per host per `FETCH_MIN_DELAY` seconds (1 s; longer when the
  site's robots.txt asks for a `Crawl-delay`), retries included;
- reads each host's robots.txt once and fetches nothing it disallows;
- times out (`FETCH_TIMEOUT` seconds to connect and between bytes, `FETCH_TOTAL_TIMEOUT`
  for a whole body), retries `FETCH_RETRIES` times with exponential backoff on timeouts,
  connection errors and 5xx answers (honouring `Retry-After`), follows at most
  `FETCH_MAX_REDIRECTS` redirects and refuses bodies over `FETCH_MAX_BYTES`;
- asks for a feed conditionally (`If-None-Match` / `If-Modified-Since` from the validators
  kept in `FetchState`), so an unchanged feed costs one small request (304 Not Modified).

`read_page` turns a page into an article with trafilatura (main text, and the page's own
metadata for the title and the publication date); `read_feed_url` reads a feed's entries,
fetching the page of each new entry that carries only a summary. Every failure is a
`FetchError` whose message names the URL and says what happened; callers report it and go on
with the other inputs.

`FetchState` is a small JSON file under the cache folder (`STRIKEMAP_CACHE_DIR/fetch.json`):
per store, each feed's validators and the entry links already stored, so a watched feed
ingests only what is new.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from extract.feeds import FeedEntry, FeedError, feed_entries, looks_like_feed
from extract.reading import RawArticle, ReadError, decode
from geo import settings
from geo.schema import web_url

log = logging.getLogger(__name__)

#: Media types read as web pages (anything else that is not a feed is refused).
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
#: A page whose main text has fewer words has no article (a menu, a consent wall, "Home").
MIN_ARTICLE_WORDS = 8
#: Feed entries with at least this much text of their own are not fetched again as pages.
FULL_ENTRY_CHARS = 500


class FetchError(ValueError):
    """A URL that could not be fetched or read; the message names it and says why."""


def is_url(value: Any) -> bool:
    """An input given as a web address (http or https) rather than a file."""
    return isinstance(value, str) and web_url(value) is not None


@dataclass(frozen=True, slots=True)
class Response:
    """One fetched body: the final URL (after redirects), status, media type, bytes."""

    url: str
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


# -- state ---------------------------------------------------------------------------------------


class FetchState:
    """Feed validators and entry links already stored, per store, in one JSON file.

    `scope` keeps stores apart: a feed unchanged for one store is still new to another.
    Writes go to a temporary file renamed over the old one, so a crash never leaves half a file.
    """

    #: Links remembered per store (the oldest are forgotten first).
    MAX_SEEN = 20_000

    def __init__(self, path: Path | None = None, scope: str = "default") -> None:
        self.path = path if path is not None else settings.CACHE_DIR / "fetch.json"
        self.scope = scope
        self._lock = threading.Lock()
        self._data: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._data = loaded
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            log.warning("%s: unreadable fetch state, starting afresh (%s)", self.path, exc)

    def _mine(self) -> dict[str, Any]:
        mine = self._data.setdefault(self.scope, {})
        mine.setdefault("feeds", {})
        mine.setdefault("seen", {})
        return mine

    def validators(self, url: str) -> dict[str, str]:
        with self._lock:
            return dict(self._mine()["feeds"].get(url) or {})

    def set_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self._lock:
            found = {k: v for k, v in (("etag", etag), ("last_modified", last_modified)) if v}
            if found:
                self._mine()["feeds"][url] = found
            else:
                self._mine()["feeds"].pop(url, None)

    def seen(self, link: str) -> bool:
        with self._lock:
            return link in self._mine()["seen"]

    def mark_seen(self, links: Iterable[str]) -> None:
        with self._lock:
            seen = self._mine()["seen"]
            for link in links:
                seen[link] = int(time.time())
            if len(seen) > self.MAX_SEEN:
                for link in sorted(seen, key=seen.__getitem__)[: len(seen) - self.MAX_SEEN]:
                    del seen[link]

    def save(self) -> None:
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".fetch-",
                                           suffix=".json")
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(self._data, f, ensure_ascii=False)
                os.replace(tmp, self.path)
            except OSError as exc:  # the next run re-fetches, nothing is lost
                log.warning("%s: cannot save the fetch state (%s)", self.path, exc)


# -- the client ----------------------------------------------------------------------------------


class Fetcher:
    """The polite HTTP client (see the module's docstring); every argument defaults to the
    settings (`geo.settings.FETCH_*`, `USER_AGENT`), which tests lower."""

    def __init__(self, *, user_agent: str | None = None, timeout: float | None = None,
                 total_timeout: float | None = None, retries: int | None = None,
                 backoff: float | None = None, min_delay: float | None = None,
                 max_bytes: int | None = None, max_redirects: int | None = None,
                 robots: bool = True) -> None:
        import requests
        from requests.adapters import HTTPAdapter

        self.user_agent = user_agent or settings.USER_AGENT
        self.timeout = settings.FETCH_TIMEOUT if timeout is None else timeout
        self.total_timeout = (settings.FETCH_TOTAL_TIMEOUT if total_timeout is None
                              else total_timeout)
        self.min_delay = settings.FETCH_MIN_DELAY if min_delay is None else min_delay
        self.max_bytes = settings.FETCH_MAX_BYTES if max_bytes is None else max_bytes
        self.robots = robots
        retry = _PoliteRetry(
            total=settings.FETCH_RETRIES if retries is None else retries,
            backoff_factor=settings.FETCH_BACKOFF if backoff is None else backoff,
            status_forcelist=(500, 502, 503, 504), allowed_methods=("GET", "HEAD"),
            raise_on_status=False, respect_retry_after_header=True, redirect=False)
        self._session = requests.Session()
        self._session.headers.update({
            "User-Agent": self.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                      "application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
        })
        self._session.max_redirects = (settings.FETCH_MAX_REDIRECTS if max_redirects is None
                                       else max_redirects)
        adapter = HTTPAdapter(max_retries=retry)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        # Every request, retries and redirects too, waits its host's turn.
        self._session.hooks["response"].append(self._after_response)
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}  # host -> earliest time of its next request
        self._delay: dict[str, float] = {}  # host -> its delay (a robots.txt Crawl-delay)
        self._robots: dict[str, RobotFileParser | None] = {}

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- politeness ------------------------------------------------------------------------

    def _wait_turn(self, url: str) -> None:
        host = (urlsplit(url).netloc or "").lower()
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, 0.0))
            self._next[host] = start + max(self.min_delay, self._delay.get(host, 0.0))
        if start > now:
            time.sleep(start - now)

    def _after_response(self, response: Any, *args: Any, **kwargs: Any) -> None:
        # A redirect's next hop is requested by requests itself: count its turn here.
        if response.is_redirect and response.headers.get("location"):
            self._wait_turn(urljoin(response.url, response.headers["location"]))

    def allowed(self, url: str) -> bool:
        """Whether the site's robots.txt lets this user agent fetch `url` (read once per host;
        no robots.txt, or a 4xx for it, allows everything).

        Raises
        ------
        FetchError
            When robots.txt cannot be fetched at all (the host is unreachable).
        """
        if not self.robots:
            return True
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._read_robots(root)
        parser = self._robots[root]
        return parser is None or parser.can_fetch(self.user_agent, url)

    def _read_robots(self, root: str) -> RobotFileParser | None:
        try:
            got = self._get(f"{root}/robots.txt", max_bytes=512 * 1024)
        except FetchError as exc:
            if "HTTP 4" in str(exc):
                return None  # no robots.txt: everything is allowed
            if "HTTP 5" in str(exc):
                # RFC 9309: a server error for robots.txt means "disallow all" for now.
                parser = RobotFileParser()
                parser.parse(["User-agent: *", "Disallow: /"])
                return parser
            raise FetchError(str(exc).replace(f"{root}/robots.txt", root)) from exc
        parser = RobotFileParser()
        parser.parse(got.body.decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(self.user_agent)
        if delay:
            self._delay[urlsplit(root).netloc.lower()] = min(float(delay), 60.0)
        return parser

    # -- fetching --------------------------------------------------------------------------

    def get(self, url: str, *, validators: dict[str, str] | None = None) -> Response:
        """Fetch `url` (robots.txt permitting); `validators` (`etag`, `last_modified`) make
        the request conditional, and a 304 comes back as `Response.not_modified`.

        Raises
        ------
        FetchError
            Disallowed by robots.txt, unreachable, timed out, too many redirects, an HTTP
            error status, or a body over the size cap.
        """
        if web_url(url) is None:
            raise FetchError(f"{url}: not an http(s) URL")
        if not self.allowed(url):
            raise FetchError(f"{url}: robots.txt of {urlsplit(url).netloc} disallows fetching "
                             f"it (user agent {self.user_agent.split()[0]})")
        headers = {}
        if validators:
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                headers["If-Modified-Since"] = validators["last_modified"]
        return self._get(url, headers=headers)

    def _get(self, url: str, *, headers: dict[str, str] | None = None,
             max_bytes: int | None = None) -> Response:
        import requests

        cap = self.max_bytes if max_bytes is None else max_bytes
        self._wait_turn(url)
        started = time.monotonic()
        try:
            resp = self._session.get(url, headers=headers, timeout=self.timeout, stream=True,
                                     allow_redirects=True)
        except requests.TooManyRedirects as exc:
            raise FetchError(f"{url}: too many redirects (more than "
                             f"{self._session.max_redirects}; a redirect loop?)") from exc
        except (requests.Timeout, requests.ConnectionError) as exc:
            if _timed_out(exc):
                raise FetchError(f"{url}: timed out (no answer within {self.timeout:g} s, "
                                 f"after retries)") from exc
            raise FetchError(f"{url}: unreachable ({_reason(exc)})") from exc
        except requests.RequestException as exc:
            raise FetchError(f"{url}: request failed ({_reason(exc)})") from exc
        with resp:
            if resp.status_code == 304:
                return Response(resp.url, 304, "", b"", resp.headers.get("ETag"),
                                resp.headers.get("Last-Modified"))
            if resp.status_code >= 400:
                raise FetchError(f"{url}: HTTP {resp.status_code} {resp.reason or ''}".rstrip())
            length = resp.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > cap:
                raise FetchError(f"{url}: {_size(int(length))} is larger than the "
                                 f"{_size(cap)} limit")
            chunks, size = [], 0
            try:
                for chunk in resp.iter_content(64 * 1024):
                    size += len(chunk)
                    if size > cap:
                        raise FetchError(f"{url}: the body is larger than the {_size(cap)} "
                                         f"limit")
                    if time.monotonic() - started > self.total_timeout:
                        raise FetchError(f"{url}: timed out (the body took over "
                                         f"{self.total_timeout:g} s)")
                    chunks.append(chunk)
            except requests.RequestException as exc:
                if _timed_out(exc):
                    raise FetchError(f"{url}: timed out while reading the body") from exc
                raise FetchError(f"{url}: connection lost while reading ({_reason(exc)})"
                                 ) from exc
            return Response(resp.url, resp.status_code, resp.headers.get("Content-Type", ""),
                            b"".join(chunks), resp.headers.get("ETag"),
                            resp.headers.get("Last-Modified"))


def _retry_base() -> type:
    from urllib3.util.retry import Retry

    return Retry


class _PoliteRetry(_retry_base()):  # type: ignore[misc]
    """urllib3's Retry, except that the first retry waits too (`backoff_factor` seconds,
    then twice that, ...): a failing server is not asked again at once."""

    def get_backoff_time(self) -> float:
        errors = sum(1 for h in self.history if h.redirect_location is None)
        if errors == 0:
            return 0.0
        return float(min(self.backoff_max, self.backoff_factor * 2 ** (errors - 1)))


def _timed_out(exc: BaseException) -> bool:
    seen: set[int] = set()
    stack: list[Any] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, TimeoutError) or "timeout" in type(e).__name__.lower() \
                or "timed out" in str(e).lower():
            return True
        if isinstance(e, BaseException):
            stack.extend([e.__cause__, e.__context__, getattr(e, "reason", None),
                          *[a for a in e.args if isinstance(a, BaseException)]])
    return False


def _reason(exc: BaseException) -> str:
    """The innermost cause of a requests error, short ("Connection refused")."""
    text = str(exc)
    for marker in ("] ", "Errno"):
        if marker in text:
            text = text.rsplit(marker, 1)[-1]
    return text.strip(" ')\"(:") or type(exc).__name__


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


# -- pages and feeds -----------------------------------------------------------------------------


def read_page(url: str, fetcher: Fetcher, *, fallback: FeedEntry | None = None,
              response: Response | None = None) -> RawArticle:
    """The article at `url`: its main text (trafilatura), title and publication date from the
    page's own metadata; `source` and `url` are the page's final address.

    Raises
    ------
    FetchError
        The page cannot be fetched, is not a web page (a binary body, an image, a PDF) or has
        no article text.
    """
    got = response or fetcher.get(url)
    kind = got.content_type.split(";")[0].strip().lower()
    if kind and kind not in PAGE_TYPES and not kind.endswith("+xml") \
            and kind not in ("application/xml", "text/xml"):
        raise FetchError(f"{url}: not a web page (content type {kind})")
    try:
        text = _decode(got)
    except ReadError as exc:
        raise FetchError(f"{url}: not a web page ({str(exc).split(': ', 1)[-1]})") from exc
    final = web_url(got.url) or url
    if kind == "text/plain":
        if not text.strip():
            raise FetchError(f"{url}: the page is empty")
        return RawArticle(text.strip(), None, final, None, final)
    body, title, published = _main_text(text, final)
    if fallback is not None:
        title = title or fallback.title
        published = published or fallback.published
    if not body or len(body.split()) < MIN_ARTICLE_WORDS:
        raise FetchError(f"{url}: no article text found on the page")
    return RawArticle(body, published, final, title, final)


def _decode(got: Response) -> str:
    charset = None
    for part in got.content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ")
    if charset:
        try:
            return got.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(got.body, got.url)


def _main_text(html: str, url: str) -> tuple[str | None, str | None, str | None]:
    import trafilatura

    try:
        tree = trafilatura.load_html(html)
        if tree is None:
            return None, None, None
        body = trafilatura.extract(tree, url=url, include_comments=False,
                                   include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(
            tree, default_url=url, extensive=False,
            date_config={"original_date": True, "extensive_search": False})
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        log.warning("%s: main-text extraction failed (%s)", url, exc)
        return None, None, None
    date = getattr(meta, "date", None)
    return (body.strip() if body else None, getattr(meta, "title", None) or None,
            str(date)[:10] if date else None)


@dataclass(slots=True)
class FeedResult:
    """What one feed gave: the new entries as articles, a message per entry that failed, and
    the validators to keep once its entries are stored."""

    url: str
    articles: list[RawArticle] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    unchanged: bool = False
    skipped: int = 0  # entries stored before (state)
    etag: str | None = None
    last_modified: str | None = None
    feed: bool = True  # False: `url` was an article page


def read_feed_url(url: str, fetcher: Fetcher, state: FetchState | None = None, *,
                  response: Response | None = None) -> FeedResult:
    """The new entries of the feed at `url`.

    The request is conditional on the validators in `state`; an unchanged feed (304) gives
    nothing. Entries whose link `state` has seen are skipped; an entry with only a summary is
    read from its page (the summary is used if the page fails, with a warning).

    Raises
    ------
    FetchError
        The feed cannot be fetched or is not an RSS/Atom feed.
    """
    got = response or fetcher.get(url, validators=state.validators(url) if state else None)
    result = FeedResult(url, etag=got.etag, last_modified=got.last_modified)
    if got.not_modified:
        result.unchanged = True
        return result
    if not looks_like_feed(got.body, got.content_type):
        kind = got.content_type.split(";")[0].strip() or "no content type"
        raise FetchError(f"{url}: not an RSS/Atom feed ({kind})")
    try:
        entries = feed_entries(got.body, url)
    except FeedError as exc:
        raise FetchError(str(exc)) from exc
    for n, entry in enumerate(entries, start=1):
        link = entry.link
        if link and state is not None and state.seen(link):
            result.skipped += 1
            continue
        source = link or f"{url}#{n}"
        if link and not (entry.full and len(entry.text) >= FULL_ENTRY_CHARS):
            try:
                result.articles.append(read_page(link, fetcher, fallback=entry))
                continue
            except FetchError as exc:
                if not entry.text:
                    result.errors.append(f"{exc} (entry {n} of the feed {url})")
                    continue
                log.warning("%s; using the feed's summary instead", exc)
        if not entry.text:
            result.errors.append(f"{url}: entry {n} has no text and no link")
            continue
        result.articles.append(RawArticle(entry.text, entry.published, source, entry.title,
                                          link))
    return result


def read_url(url: str, fetcher: Fetcher, state: FetchState | None = None) -> FeedResult:
    """A URL given without saying what it is: a feed (by its media type or root element) or an
    article page. An article comes back as a one-article `FeedResult`."""
    got = fetcher.get(url, validators=state.validators(url) if state else None)
    if got.not_modified:  # only a feed has validators in the state
        return FeedResult(url, unchanged=True, etag=got.etag, last_modified=got.last_modified)
    if looks_like_feed(got.body, got.content_type):
        return read_feed_url(url, fetcher, state, response=got)
    return FeedResult(url, [read_page(url, fetcher, response=got)], feed=False)


def read_url_list(path: Path | str) -> list[str]:
    """The URLs of a feeds list file: one a line, blank lines and `#` comments ignored.

    Raises
    ------
    FetchError
        When the file cannot be read or a line is not an http(s) URL (the line is named).
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise FetchError(f"{path}: cannot read the feeds list ({exc})") from exc
    urls, bad = [], []
    for n, line in enumerate(lines, start=1):
        text = line.split(" #", 1)[0].strip()
        if not text or text.startswith("#"):
            continue
        if web_url(text) is None:
            bad.append(f"line {n} ({text[:60]!r})")
        else:
            urls.append(text)
    if bad:
        raise FetchError(f"{path}: not an http(s) URL: {', '.join(bad[:5])}")
    return urls


def watch(poll: Any, minutes: float, *, stop: threading.Event | None = None,
          max_polls: int | None = None) -> int:
    """Call `poll()` now and then every `minutes` until `stop` is set (or `max_polls` calls);
    returns the number of polls. Waiting is `stop.wait`, so setting `stop` ends it at once."""
    stop = stop or threading.Event()
    polls = 0
    while not stop.is_set():
        poll()
        polls += 1
        if max_polls is not None and polls >= max_polls:
            break
        stop.wait(max(minutes, 0.0) * 60.0)
    return polls
