"""`python -m extract ingest INPUT... [--feeds FILE] [--watch MINUTES] [--db URL]`: batch
ingest of files, folders, article pages and feeds into the store.

Only parses arguments, calls `extract.ingest.ingest` (once, or once a poll with `--watch`),
and formats the summary; exit status 0 when every input was stored, 1 when some failed (the
others are stored), 2 on bad usage. Ctrl-C ends a watch after the current poll's article,
with the summary of every poll.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extract.ingest import Summary

_EXAMPLES = """examples:
  python -m extract ingest reports/                      folder, recursively
  python -m extract ingest feed.xml acled.csv --db sqlite:///strikes.gpkg
  python -m extract ingest missile_attacks_daily.csv --json
  python -m extract ingest https://example.org/news/strike.html https://example.org/rss
  python -m extract ingest --feeds feeds.txt --watch 30    poll the feeds every 30 minutes
  python -m extract ingest archive.jsonl.gz news.parquet   streamed archives of articles
  python -m extract ingest archives/ --dask local          extraction on a local Dask cluster
  python -m extract ingest archives/ --dask tcp://scheduler:8786   ... on a Dask cluster
"""


def _parser() -> argparse.ArgumentParser:
    # The store, ingest and their pandas and datasketch load here, not when `python -m extract`
    # imports this module to dispatch.
    from extract.reading import date_arg
    from geo.store import DEFAULT_URL, ENV_VAR

    p = argparse.ArgumentParser(
        prog="python -m extract ingest",
        description="Extract strikes from articles (.txt, .html, .json, CSV of articles, "
                    "archives: .jsonl, .jsonl.gz, .parquet, "
                    "RSS/Atom feeds, web pages and feeds by URL) and import ACLED, "
                    "missile-attack or event-facts CSVs (data/samples/README.md) into the "
                    "store; the same input twice adds nothing.",
        epilog=_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="INPUT",
                   help="files, folders, or http(s) URLs of article pages and RSS/Atom feeds")
    p.add_argument("--feeds", action="append", default=[], metavar="FILE",
                   help="a feeds list: one feed URL a line, # comments (repeatable); "
                        "re-read at every poll")
    p.add_argument("--watch", type=float, default=None, metavar="MINUTES",
                   help="after the first pass, poll the feeds every MINUTES and ingest what is "
                        "new, until Ctrl-C")
    p.add_argument("--db", metavar="URL", default=None,
                   help=f"store URL (default: ${ENV_VAR} or {DEFAULT_URL})")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=date_arg,
                   help="publication date for articles that carry none")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="extraction processes (default: one per core for large batches; with "
                        "--dask local, the cluster's workers)")
    p.add_argument("--commit-every", type=float, default=None, metavar="SECONDS",
                   help="seconds between commits (each article stays atomic; a hard crash "
                        "loses at most SECONDS of work, which re-running restores; default 1; "
                        "0 commits each article on its own)")
    p.add_argument("--dask", metavar="ADDRESS", default=None,
                   help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or "
                        "'local' (a LocalCluster here); the store is written from this process")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    return p


def main(argv: list[str] | None = None, *, stop: threading.Event | None = None) -> int:
    """Run the ingest command; returns the exit status. `stop` ends a `--watch` (tests; the
    command line ends it with Ctrl-C)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.paths and not args.feeds:
        parser.error("give at least one INPUT or --feeds FILE")
    if args.watch is not None and args.watch <= 0:
        parser.error("--watch needs a positive number of minutes")
    if args.dask and (args.feeds or args.watch is not None or any(map(_is_url, args.paths))):
        parser.error("--dask takes files, folders and archives (no URLs, --feeds or --watch)")
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")
    from extract.ingest import Summary, ingest
    from geo.store import StoreError, open_store

    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    total = Summary()
    fetcher = None
    if args.dask:
        return _main_dask(args, store)
    with store:
        def one_pass(inputs: list[str], feeds_files: list[str]) -> Summary:
            nonlocal fetcher
            feeds, errors = _feed_urls(feeds_files)
            if fetcher is None and (feeds or any(_is_url(i) for i in inputs)):
                from extract.fetch import Fetcher

                fetcher = Fetcher()
            summary = ingest(inputs, store, jobs=args.jobs, published=args.published,
                             progress=not args.no_progress and sys.stderr.isatty(),
                             commit_seconds=args.commit_every, feeds=feeds, fetcher=fetcher)
            summary.failed += len(errors)
            summary.errors[:0] = errors
            for msg in summary.errors:
                print(f"error: {msg}", file=sys.stderr)
            total.add(summary)
            return summary

        try:
            one_pass(list(args.paths), args.feeds)
            if args.watch is not None:
                # Feeds given as URLs, and URLs that failed: pages are read once.
                feed_inputs = [p for p in args.paths if _is_url(p) and p not in total.page_urls]
                polls = 1
                stop = stop or threading.Event()
                while not stop.wait(args.watch * 60.0):
                    polls += 1
                    got = one_pass(feed_inputs, args.feeds)
                    if not args.json:
                        print(f"{datetime.now():%Y-%m-%d %H:%M} poll {polls}: {got.line()}",
                              flush=True)
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
        finally:
            if fetcher is not None:
                fetcher.close()
        totals = {"articles": store.articles_count(), "events": store.events_count()}
    return _finish(args, total, store.url, totals)


def _main_dask(args: argparse.Namespace, store: Any) -> int:
    """The ingest on a Dask cluster (`extract.ingest_dask`)."""
    from extract.ingest_dask import connect, ingest_dask

    try:
        client, cluster = connect(args.dask, workers=args.jobs)
    except (RuntimeError, OSError, TimeoutError) as exc:
        print(f"error: cannot reach the Dask cluster {args.dask} ({exc})", file=sys.stderr)
        return 2
    try:
        with store:
            summary = ingest_dask(list(args.paths), store, client, published=args.published,
                                  progress=not args.no_progress and sys.stderr.isatty(),
                                  commit_seconds=args.commit_every)
            totals = {"articles": store.articles_count(), "events": store.events_count()}
    except KeyboardInterrupt:
        print("stopped (run the same command again to resume)", file=sys.stderr)
        return 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for msg in summary.errors:
        print(f"error: {msg}", file=sys.stderr)
    return _finish(args, summary, store.url, totals)


def _finish(args: argparse.Namespace, summary: Summary, url: str, totals: dict[str, int]) -> int:
    """Print the run's summary and the store's counts (one JSON object with --json); the exit
    status: 1 when any input failed."""
    if args.json:
        print(json.dumps({**summary.as_dict(), "store": url, **totals}, ensure_ascii=False))
    else:
        print(summary.line())
        print(f"store {url}: {totals['articles']} articles, {totals['events']} events")
    return 1 if summary.failed else 0


def _is_url(value: str) -> bool:
    from geo.schema import web_url

    return web_url(value) is not None


def _feed_urls(files: list[str]) -> tuple[list[str], list[str]]:
    """The feed URLs of the feeds lists (read again at every poll) and a message per list
    that cannot be read."""
    if not files:
        return [], []
    from extract.fetch import FetchError, read_url_list

    urls: list[str] = []
    errors: list[str] = []
    for name in files:
        try:
            urls.extend(u for u in read_url_list(name) if u not in urls)
        except FetchError as exc:
            errors.append(str(exc))
    return urls, errors


if __name__ == "__main__":
    sys.exit(main())
