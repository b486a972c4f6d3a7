"""Fetching reports from the web, against a local HTTP server on 127.0.0.1 that the tests start.

Feeds (RSS with an ETag, Atom with Last-Modified), article pages, robots.txt, 404, 500 then
success, a slow answer, a redirect loop, a huge body, a binary body, a page with no article
text, a feed that is not a feed; the ingest command with URLs, a feeds list and `--watch`; source
links in the store, the event table, popups and exports, escaped when they are no web links.
Nothing here resolves a real hostname (an autouse fixture refuses it).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from extract import fetch
from extract.fetch import Fetcher, FetchError, FetchState, read_feed_url, read_page, read_url
from extract.ingest import ingest
from geo import settings
from geo.store import SQLiteStore, open_store
from tests.test_ingest import stub_extract

ARTICLE_TEXT = (
    "Russian drones attacked Kharkiv overnight, regional governor Oleh Syniehubov said on "
    "Monday. Two people were killed in Kharkiv and several residential buildings were damaged "
    "by the strike, he wrote on Telegram. Emergency crews worked through the night to put out "
    "the fires caused by the attack, and rescuers searched the rubble for survivors. The city "
    "has been a frequent target of Russian drones and missiles since the full-scale invasion "
    "began, and residents spent hours in shelters as air defence units tried to repel the raid."
)


def _page(title: str, body: str, published: str = "2025-11-24") -> bytes:
    paras = "".join(f"<p>{s.strip()}.</p>" for s in body.split(".") if s.strip())
    return (f"""<!doctype html><html><head><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}T06:10:00+02:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{paras}</article>
<footer>Copyright News Example</footer></body></html>""").encode()


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire</title><link>{base}/</link><description>News</description>
<item><title>Drones hit Kharkiv</title><link>{base}/news/kharkiv.html</link>
<description>Drones attacked Kharkiv.</description>
<pubDate>Mon, 24 Nov 2025 06:00:00 GMT</pubDate></item>
<item><title>Odesa attacked</title><link>{base}/news/odesa-full.html</link>
<content:encoded><![CDATA[<p>{odesa}</p>]]></content:encoded>
<pubDate>Mon, 24 Nov 2025 07:00:00 GMT</pubDate></item>
</channel></rss>"""

ODESA_TEXT = ("Drones attacked Odesa overnight; 3 killed in Odesa, the regional administration "
              "said. " + "The port infrastructure was hit and power was cut in several "
              "districts of the city for hours. " * 6)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:wire</id>
<updated>2025-11-25T08:00:00Z</updated>
<entry><title>Sumy under fire</title><id>urn:sumy</id><link href="{base}/news/sumy.html"/>
<updated>2025-11-25T08:00:00Z</updated><summary>Sumy was attacked.</summary></entry>
</feed>"""

LAST_MODIFIED = formatdate(1764000000, usegmt=True)


class Site:
    """The local server: routes, request counts and the headers each request sent."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.headers: dict[str, list[dict[str, str]]] = {}
        self.base = ""
        self.rss_etag = '"rss-v1"'
        self.extra: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def route(self, handler: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        path = handler.path.split("?")[0]
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path in self.extra:
            return self.extra[path]
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"
        if path == "/news/kharkiv.html":
            return 200, html, _page("Drones hit Kharkiv", ARTICLE_TEXT)
        if path == "/news/sumy.html":
            return 200, html, _page("Sumy under fire", ARTICLE_TEXT.replace("Kharkiv", "Sumy"),
                                    "2025-11-25")
        if path == "/news/odesa-full.html":
            return 404, html, b"gone"
        if path == "/private/secret.html":
            return 200, html, _page("Secret", ARTICLE_TEXT)
        if path == "/rss.xml":
            if handler.headers.get("If-None-Match") == self.rss_etag:
                return 304, {"ETag": self.rss_etag}, b""
            body = RSS.format(base=self.base, odesa=ODESA_TEXT).encode()
            return 200, {"Content-Type": "application/rss+xml", "ETag": self.rss_etag}, body
        if path == "/atom.xml":
            if handler.headers.get("If-Modified-Since") == LAST_MODIFIED:
                return 304, {}, b""
            return 200, {"Content-Type": "application/atom+xml",
                         "Last-Modified": LAST_MODIFIED}, ATOM.format(base=self.base).encode()
        if path == "/missing.html":
            return 404, html, b"<h1>Not found</h1>"
        if path == "/broken.html":
            return 500, html, b"<h1>Server error</h1>"
        if path == "/flaky.html":
            if self.hits[path] == 1:
                return 500, html, b"<h1>Try again</h1>"
            return 200, html, _page("Drones hit Kharkiv", ARTICLE_TEXT)
        if path == "/slow.html":
            time.sleep(0.6)
            return 200, html, _page("Slow", ARTICLE_TEXT)
        if path == "/loop":
            return 302, {"Location": "/loop2"}, b""
        if path == "/loop2":
            return 302, {"Location": "/loop"}, b""
        if path == "/moved":
            return 301, {"Location": "/news/kharkiv.html"}, b""
        if path == "/huge.html":
            return 200, html, b"<html><body><p>" + b"x" * 300_000 + b"</p></body></html>"
        if path == "/huge-declared.html":
            return 200, {**html, "Content-Length": str(50_000_000)}, b""
        if path == "/image.png":
            return 200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 50
        if path == "/blob":
            return 200, {}, b"\x00\x01\x02binary\x00" * 100
        if path == "/empty.html":
            return 200, html, (b"<html><head><title>Menu</title></head><body><nav>"
                               b"<a href='/'>Home</a></nav></body></html>")
        if path == "/not-a-feed.xml":
            return 200, {"Content-Type": "application/xml"}, b"<catalog><book/></catalog>"
        return 404, html, b"no such page"


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # http.server's name
        path = self.path.split("?")[0]
        self.site.hits[path] += 1
        self.site.headers.setdefault(path, []).append(dict(self.headers))
        status, headers, body = self.site.route(self)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        if "Content-Length" not in headers and status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # client gave up
            self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture()
def site() -> Iterator[Site]:
    site = Site()
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                              daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No real hostname is ever resolved; fast, polite-but-quick settings; state in tmp."""
    real = socket.getaddrinfo

    def local_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in ("127.0.0.1", "localhost", b"127.0.0.1"):
            raise socket.gaierror(f"test: refusing to resolve {host!r}")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", local_only)
    for name, value in (("FETCH_MIN_DELAY", 0.0), ("FETCH_TIMEOUT", 0.3),
                        ("FETCH_TOTAL_TIMEOUT", 5.0), ("FETCH_RETRIES", 2),
                        ("FETCH_BACKOFF", 0.01), ("FETCH_MAX_BYTES", 100_000),
                        ("FETCH_MAX_REDIRECTS", 4), ("CACHE_DIR", tmp_path / "cache")):
        monkeypatch.setattr(settings, name, value)


@pytest.fixture()
def fetcher() -> Iterator[Fetcher]:
    with Fetcher() as f:
        yield f


# -- the client --------------------------------------------------------------------------------


def test_article_page_text_title_date_and_user_agent(site: Site, fetcher: Fetcher) -> None:
    art = read_page(f"{site.base}/news/kharkiv.html", fetcher)
    assert "Two people were killed in Kharkiv" in art.text
    assert "Home" not in art.text and "Copyright" not in art.text  # main text only
    assert art.title == "Drones hit Kharkiv"
    assert art.published == "2025-11-24"  # the page's own metadata
    assert art.source == art.url == f"{site.base}/news/kharkiv.html"
    sent = site.headers["/news/kharkiv.html"][0]
    assert sent["User-Agent"] == settings.USER_AGENT
    assert site.hits["/robots.txt"] == 1


def test_redirect_gives_the_final_address(site: Site, fetcher: Fetcher) -> None:
    art = read_page(f"{site.base}/moved", fetcher)
    assert art.url == f"{site.base}/news/kharkiv.html"


def test_robots_txt_is_read_once_and_honoured(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match=r"robots\.txt .* disallows"):
        fetcher.get(f"{site.base}/private/secret.html")
    fetcher.get(f"{site.base}/news/kharkiv.html")
    assert site.hits["/private/secret.html"] == 0
    assert site.hits["/robots.txt"] == 1


def test_robots_server_error_means_disallow(site: Site, fetcher: Fetcher) -> None:
    site.extra["/robots.txt"] = (503, {}, b"down")
    with pytest.raises(FetchError, match="disallows"):
        fetcher.get(f"{site.base}/news/kharkiv.html")
    assert site.hits["/news/kharkiv.html"] == 0


def test_rate_limit_spaces_requests_to_one_host(site: Site) -> None:
    with Fetcher(min_delay=0.15) as slow:
        started = time.monotonic()
        for _ in range(3):
            slow.get(f"{site.base}/news/kharkiv.html")
        # robots.txt + 3 pages = 4 requests, 3 gaps
        assert time.monotonic() - started >= 0.44


def test_default_politeness_settings() -> None:
    import importlib

    fresh = importlib.reload(importlib.import_module("geo.settings"))
    try:
        assert fresh.FETCH_MIN_DELAY >= 1.0 and fresh.FETCH_RETRIES >= 1
        assert fresh.FETCH_MAX_REDIRECTS <= 10 and fresh.FETCH_MAX_BYTES <= 50 * 1024 * 1024
        assert 0 < fresh.FETCH_TIMEOUT <= 60
    finally:
        importlib.reload(fresh)


@pytest.mark.parametrize(("path", "message"), [
    ("/missing.html", r"HTTP 404"),
    ("/broken.html", r"HTTP 500"),
    ("/slow.html", r"timed out"),
    ("/loop", r"too many redirects"),
    ("/huge.html", r"larger than the"),
    ("/huge-declared.html", r"50\.0 MB is larger than the"),
    ("/image.png", r"not a web page \(content type image/png\)"),
    ("/blob", r"not a web page \(looks like a binary file"),
    ("/empty.html", r"no article text found on the page"),
])
def test_bad_pages_each_get_one_clear_message(site: Site, fetcher: Fetcher, path: str,
                                              message: str) -> None:
    with pytest.raises(FetchError, match=message) as err:
        read_page(f"{site.base}{path}", fetcher)
    assert str(err.value).startswith(f"{site.base}{path}: ")


def test_server_errors_are_retried_with_backoff(site: Site, fetcher: Fetcher) -> None:
    art = read_page(f"{site.base}/flaky.html", fetcher)
    assert "Kharkiv" in art.text
    assert site.hits["/flaky.html"] == 2
    read_page_error = pytest.raises(FetchError, match="HTTP 500")
    with read_page_error:
        read_page(f"{site.base}/broken.html", fetcher)
    assert site.hits["/broken.html"] == 1 + settings.FETCH_RETRIES


def test_timeouts_are_retried(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="timed out"):
        fetcher.get(f"{site.base}/slow.html")
    assert site.hits["/slow.html"] == 1 + settings.FETCH_RETRIES


def test_unreachable_host(fetcher: Fetcher) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match=rf"127\.0\.0\.1:{port}.*unreachable"):
        fetcher.get(f"http://127.0.0.1:{port}/news.html")


def test_unknown_hostname_is_unreachable_not_resolved(fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="unreachable"):
        fetcher.get("http://news.invalid/article.html")


def test_only_web_urls_are_fetched(fetcher: Fetcher) -> None:
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "ftp://127.0.0.1/x"):
        with pytest.raises(FetchError, match="not an http"):
            fetcher.get(bad)


# -- feeds ---------------------------------------------------------------------------------------


def test_rss_entries_follow_links_for_summaries(site: Site, fetcher: Fetcher) -> None:
    res = read_feed_url(f"{site.base}/rss.xml", fetcher)
    by_url = {a.url: a for a in res.articles}
    kharkiv = by_url[f"{site.base}/news/kharkiv.html"]
    assert "Two people were killed in Kharkiv" in kharkiv.text  # the page, not the summary
    odesa = by_url[f"{site.base}/news/odesa-full.html"]
    assert odesa.text.startswith("Drones attacked Odesa")  # full entry: its page not needed
    assert odesa.published == "2025-11-24" and odesa.title == "Odesa attacked"
    assert site.hits["/news/odesa-full.html"] == 0
    assert res.etag == site.rss_etag and not res.errors


def test_rss_conditional_request_costs_one_small_request(site: Site, fetcher: Fetcher,
                                                         tmp_path: Path) -> None:
    state = FetchState(tmp_path / "state.json", scope="s")
    state.set_validators(f"{site.base}/rss.xml", site.rss_etag, None)
    before = sum(site.hits.values())
    res = read_feed_url(f"{site.base}/rss.xml", fetcher, state)
    assert res.unchanged and res.articles == []
    assert site.headers["/rss.xml"][-1]["If-None-Match"] == site.rss_etag
    assert sum(site.hits.values()) - before == 2  # robots.txt (first time) and the feed


def test_atom_last_modified(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    state = FetchState(tmp_path / "state.json")
    first = read_feed_url(f"{site.base}/atom.xml", fetcher, state)
    assert [a.title for a in first.articles] == ["Sumy under fire"]
    assert first.articles[0].published == "2025-11-25"
    state.set_validators(first.url, first.etag, first.last_modified)
    again = read_feed_url(f"{site.base}/atom.xml", fetcher, state)
    assert again.unchanged
    assert site.headers["/atom.xml"][-1]["If-Modified-Since"] == LAST_MODIFIED


def test_read_url_tells_feed_from_page(site: Site, fetcher: Fetcher) -> None:
    assert read_url(f"{site.base}/atom.xml", fetcher).feed
    page = read_url(f"{site.base}/news/kharkiv.html", fetcher)
    assert not page.feed and len(page.articles) == 1


def test_a_feed_that_is_not_a_feed(site: Site, fetcher: Fetcher) -> None:
    for path in ("/news/kharkiv.html", "/not-a-feed.xml"):
        with pytest.raises(FetchError, match="not an RSS/Atom feed"):
            read_feed_url(f"{site.base}{path}", fetcher)


def test_feeds_list_file(tmp_path: Path) -> None:
    good = tmp_path / "feeds.txt"
    good.write_text("# wires\nhttps://a.example/rss\n\n  https://b.example/atom  # daily\n")
    assert fetch.read_url_list(good) == ["https://a.example/rss", "https://b.example/atom"]
    bad = tmp_path / "bad.txt"
    bad.write_text("https://a.example/rss\nnot a url\n")
    with pytest.raises(FetchError, match=r"line 2"):
        fetch.read_url_list(bad)


def test_state_file_survives_and_is_scoped(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    a = FetchState(path, scope="store-a")
    a.set_validators("https://x.example/rss", '"e1"', None)
    a.mark_seen(["https://x.example/1"])
    a.save()
    assert FetchState(path, scope="store-a").seen("https://x.example/1")
    assert FetchState(path, scope="store-a").validators("https://x.example/rss") == {
        "etag": '"e1"'}
    assert not FetchState(path, scope="store-b").seen("https://x.example/1")
    path.write_text("{broken")
    assert not FetchState(path).seen("https://x.example/1")  # unreadable: start afresh


# -- ingest ----------------------------------------------------------------------------------


def test_ingest_urls_and_bad_ones_in_one_batch(site: Site, store: SQLiteStore,
                                               fetcher: Fetcher) -> None:
    urls = [f"{site.base}/rss.xml", f"{site.base}/missing.html", f"{site.base}/image.png",
            f"{site.base}/news/sumy.html"]
    summary = ingest(urls, store, extractor=stub_extract, fetcher=fetcher)
    assert summary.new == 3 and summary.failed == 2
    assert any("HTTP 404" in e for e in summary.errors)
    assert any("image/png" in e for e in summary.errors)
    frame = store.events_frame()
    assert set(frame["url"]) == {f"{site.base}/news/kharkiv.html",
                                 f"{site.base}/news/odesa-full.html",
                                 f"{site.base}/news/sumy.html"}
    assert summary.feed_urls == [f"{site.base}/rss.xml"]
    assert summary.page_urls == [f"{site.base}/news/sumy.html"]


def test_second_poll_of_a_feed_is_one_conditional_request(site: Site, store: SQLiteStore,
                                                          fetcher: Fetcher) -> None:
    url = f"{site.base}/rss.xml"
    first = ingest([], store, feeds=[url], extractor=stub_extract, fetcher=fetcher)
    assert first.new == 2 and first.failed == 0
    hits = sum(site.hits.values())
    second = ingest([], store, feeds=[url], extractor=stub_extract, fetcher=fetcher)
    assert second.feeds_unchanged == 1 and second.read == 0
    assert sum(site.hits.values()) - hits == 1
    # The feed changes (new ETag): entries stored before are not fetched or extracted again.
    site.rss_etag = '"rss-v2"'
    kharkiv_hits = site.hits["/news/kharkiv.html"]
    third = ingest([], store, feeds=[url], extractor=stub_extract, fetcher=fetcher)
    assert third.entries_seen == 2 and third.read == 0
    assert site.hits["/news/kharkiv.html"] == kharkiv_hits


def test_failed_entry_is_tried_again_next_poll(site: Site, store: SQLiteStore,
                                               fetcher: Fetcher) -> None:
    url = f"{site.base}/atom.xml"
    site.extra["/news/sumy.html"] = (503, {}, b"busy")
    first = ingest([], store, feeds=[url], extractor=stub_extract, fetcher=fetcher)
    # The page failed but the entry's summary is kept: nothing lost.
    assert first.new == 1
    del site.extra["/news/sumy.html"]
    state = FetchState(scope=store.url)
    assert state.validators(url)  # every entry was stored
    site.extra["/atom.xml"] = (200, {"Content-Type": "application/atom+xml"},
                               ATOM.replace("{base}/news/sumy.html",
                                            "{base}/news/missing-entry.html")
                               .replace("<summary>Sumy was attacked.</summary>", "")
                               .format(base=site.base).encode())
    second = ingest([], store, feeds=[url], extractor=stub_extract, fetcher=fetcher)
    assert second.failed == 1 and "HTTP 404" in second.errors[0]
    assert FetchState(scope=store.url).validators(url) == state.validators(url)


def _cli(argv: list[str], monkeypatch: pytest.MonkeyPatch, **kw: Any) -> int:
    from extract import ingest as ingest_mod
    from extract.ingest_cli import main

    monkeypatch.setattr(ingest_mod, "_default_extractor", lambda: stub_extract)
    return main(["--no-progress", *argv], **kw)


def test_cli_urls_exit_status_and_messages(site: Site, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.gpkg"
    status = _cli([f"{site.base}/news/kharkiv.html", f"{site.base}/loop",
                   f"{site.base}/broken.html", "--db", str(db)], monkeypatch)
    out, err = capsys.readouterr()
    assert status == 1
    assert f"error: {site.base}/loop: too many redirects" in err
    assert f"error: {site.base}/broken.html: HTTP 500" in err
    assert "read 1, new 1" in out
    assert _cli([f"{site.base}/news/kharkiv.html", "--db", str(db)], monkeypatch) == 0


def test_cli_watch_polls_feeds_until_stopped(site: Site, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# test feeds\n{site.base}/rss.xml\n{site.base}/atom.xml\n")
    stop = threading.Event()
    polls = []
    real_ingest = fetch.read_feed_url

    def counting(url: str, *args: Any, **kwargs: Any) -> Any:
        polls.append(url)
        if len(polls) >= 6:  # the first pass and two polls of both feeds
            stop.set()
        return real_ingest(url, *args, **kwargs)

    monkeypatch.setattr(fetch, "read_feed_url", counting)
    status = _cli(["--feeds", str(feeds), "--watch", "0.0005", "--db",
                   str(tmp_path / "s.gpkg"), "--json"], monkeypatch, stop=stop)
    out = json.loads(capsys.readouterr().out)
    assert status == 0
    assert out["new"] == 3 and out["feeds_unchanged"] == 4
    assert site.hits["/rss.xml"] == 3 and site.hits["/atom.xml"] == 3


def test_cli_watch_ends_cleanly_on_ctrl_c(site: Site, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    class Interrupting(threading.Event):
        def wait(self, timeout: float | None = None) -> bool:
            raise KeyboardInterrupt

    status = _cli([f"{site.base}/atom.xml", "--watch", "5", "--db", str(tmp_path / "s.gpkg")],
                  monkeypatch, stop=Interrupting())
    out, err = capsys.readouterr()
    assert status == 0 and "stopped" in err
    assert "read 1, new 1" in out and "1 articles" in out


def test_cli_needs_an_input(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit) as exc:
        _cli([], monkeypatch)
    assert exc.value.code == 2


def test_watch_helper_stops_on_event() -> None:
    stop = threading.Event()
    calls: list[int] = []

    def poll() -> None:
        calls.append(1)
        if len(calls) == 3:
            stop.set()

    assert fetch.watch(poll, 0.0001, stop=stop) == 3
    assert fetch.watch(lambda: None, 10, max_polls=1) == 1


# -- source links ----------------------------------------------------------------------------


EVIL_TITLE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


def _linked_doc(place: str, source: str, url: str | None,
                title: str = EVIL_TITLE) -> dict[str, Any]:
    """One report of a drone strike on `place` (events of different places never merge)."""
    doc = stub_extract(f"Drones attacked {place}; 2 killed in {place}. {source}",
                       published="2025-11-24", source=source, title=title)
    doc["article"]["url"] = url
    return doc


def test_links_only_for_http_and_escaped_everywhere(tmp_path: Path) -> None:
    from geo import maps, view

    with open_store(str(tmp_path / "s.gpkg")) as store:
        store.add(_linked_doc("Kharkiv", "https://news.example/a?x=1&y=\"2\"", None),
                  raw_text="one")
        store.add(_linked_doc("Odesa", "javascript:alert(document.cookie)", None),
                  raw_text="two")
        store.add(_linked_doc("Sumy", "Kyiv <script>alert(3)</script>",
                              "https://kyivindependent.example/n/1"), raw_text="three")
        events = store.events_frame()
    assert events["url"].tolist() == ['https://news.example/a?x=1&y="2"', None,
                                      "https://kyivindependent.example/n/1"]
    # Popups travel as JSON strings inside the page's script: undo that quoting to read them.
    html = maps.build_map(events, metric="events").get_root().render().replace('\\"', '"')
    assert 'href="javascript:' not in html
    assert "<small>javascript:alert(document.cookie)<\\/small>" in html  # as text
    assert "<script>alert(" not in html and "<img src=x" not in html
    assert 'href="https://news.example/a?x=1&amp;y=&quot;2&quot;"' in html
    assert ('<a href="https://kyivindependent.example/n/1" target="_blank" '
            'rel="noopener noreferrer">Kyiv &lt;script&gt;alert(3)&lt;/script&gt;<\\/a>') in html
    table = view.event_table(events)
    link = view.EVENT_HEADERS["url"]
    assert table[link].tolist().count(None) + table[link].tolist().count("") == 1
    assert set(table[link]) - {None, ""} == {'https://news.example/a?x=1&y="2"',
                                             "https://kyivindependent.example/n/1"}


def test_url_column_in_every_export(tmp_path: Path) -> None:
    import geopandas as gpd

    from geo import export

    with open_store(str(tmp_path / "s.gpkg")) as store:
        store.add(_linked_doc("Sumy", "Kyiv Independent", "https://kyivindependent.example/n/1"),
                  raw_text="three")
        store.add(_linked_doc("Odesa", "javascript:alert(1)", None), raw_text="two")
        events = store.events_frame()
    rows = list(csv.DictReader(io.StringIO(export.events_csv(events).decode())))
    assert [r["url"] for r in rows] == ["https://kyivindependent.example/n/1", ""]
    assert rows[1]["source"] == "javascript:alert(1)"  # kept as text, not as a link
    feats = json.loads(export.events_geojson(events))["features"]
    assert [f["properties"]["url"] for f in feats] == ["https://kyivindependent.example/n/1",
                                                      None]
    gpkg = tmp_path / "out.gpkg"
    export.write_geopackage(events, gpkg)
    back = gpd.read_file(gpkg, layer="events")
    assert back["url"].tolist()[0] == "https://kyivindependent.example/n/1"


def test_json_and_csv_url_columns_reach_the_store(tmp_path: Path, store: SQLiteStore) -> None:
    (tmp_path / "a.json").write_text(json.dumps({
        "text": "Drones attacked Kharkiv; 2 killed in Kharkiv.", "source": "Suspilne",
        "url": "https://suspilne.example/1"}))
    (tmp_path / "b.csv").write_text("text,source,url\n\"Drones attacked Odesa; 3 killed in "
                                    "Odesa.\",Reuters,https://reuters.example/2\n")
    summary = ingest([tmp_path / "a.json", tmp_path / "b.csv"], store, extractor=stub_extract)
    assert summary.failed == 0
    frame = store.events_frame().set_index("place")
    assert frame.loc["Kharkiv", ["source", "url"]].tolist() == ["Suspilne",
                                                                "https://suspilne.example/1"]
    assert frame.loc["Odesa", ["source", "url"]].tolist() == ["Reuters",
                                                              "https://reuters.example/2"]


def test_dashboard_fetch_a_url(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    from extract import adding

    got = adding.ingest_url(f"{site.base}/news/kharkiv.html")
    assert got.error is None and len(got.documents) == 1
    article = got.documents[0]["article"]
    assert article["url"] == f"{site.base}/news/kharkiv.html"
    assert article["published"] == "2025-11-24" and article["title"] == "Drones hit Kharkiv"
    assert any(e["place"] == "Kharkiv" for e in got.documents[0]["events"])
    bad = adding.ingest_url(f"{site.base}/missing.html")
    assert bad.documents == () and "HTTP 404" in (bad.error or "")
    assert "not an http" in (adding.ingest_url("javascript:alert(1)").error or "")


def test_dataset_rows_keep_a_web_source_as_link() -> None:
    from extract import datasets

    text = ("time_start,time_end,model,target,launched,destroyed,source\n"
            "2025-11-23 18:00,2025-11-24 09:00,Shahed-136/131,Kharkiv oblast,40,35,"
            "https://www.facebook.example/kpszsu/posts/1\n"
            "2025-11-22 18:00,2025-11-23 09:00,Shahed-136/131,Sumy oblast,20,15,kpszsu\n")
    rows = datasets.parse_dataset(text, dataset=datasets.MISSILE_ATTACKS).rows
    assert [r.doc["article"]["url"] for r in rows] == [
        "https://www.facebook.example/kpszsu/posts/1", None]
