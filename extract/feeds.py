"""RSS/Atom feeds read with feedparser: the entries of a feed file or of a fetched feed.

`feed_entries(data, origin)` gives every entry with its text (HTML reduced to text), title,
date and link; `looks_like_feed` tells a feed from a web page by its bytes. Reading is the same
for a local file (`extract.ingest`) and a feed fetched from the web (`extract.fetch`).
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass
from datetime import date

from geo.schema import web_url


class FeedError(ValueError):
    """Bytes that are not a usable RSS/Atom feed; the message says why."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry: its text (may be empty: a headline-only feed), title, date and link."""

    text: str
    title: str | None
    published: str | None
    link: str | None
    #: The entry carried its full text (`content:encoded`, Atom content), not only a summary.
    full: bool = False


_FEED_HEAD = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)


def looks_like_feed(data: bytes, content_type: str = "") -> bool:
    """An RSS/Atom document: by its media type, else by its root element."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
                "application/feed+json"):
        return True
    if kind in ("text/html", "application/xhtml+xml"):
        return False
    return bool(_FEED_HEAD.search(data[:4096]))


def feed_entries(data: bytes, origin: str) -> list[FeedEntry]:
    """The entries of an RSS/Atom document.

    Raises
    ------
    FeedError
        When the bytes are not a feed (the message names `origin` and says why) or it has no
        entries.
    """
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = parsed.get("bozo_exception")
        if not parsed.get("version") and parsed.get("bozo") and reason is not None:
            raise FeedError(f"{origin}: not an RSS/Atom feed (not well-formed XML: {reason})")
        raise FeedError(f"{origin}: an RSS/Atom feed with no entries"
                        if parsed.get("version") else f"{origin}: not an RSS/Atom feed")
    out = []
    for entry in parsed.entries:
        content = ""
        if entry.get("content"):
            content = max((c.get("value", "") for c in entry.content), key=len)
        body = content or entry.get("summary", "") or entry.get("description", "")
        text = html_to_text(body) if "<" in body else html_lib.unescape(body).strip()
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        out.append(FeedEntry(text=text, title=html_to_text(entry.get("title", "")) or None,
                             published=date(*when[:3]).isoformat() if when else None,
                             link=web_url(entry.get("link")), full=bool(content)))
    return out


_DROP_RE = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.S | re.I)
_BLOCK_RE = re.compile(r"</?(p|div|br|li|h\d|tr|blockquote|section|article)\b[^>]*>", re.I)
_TAG_RE = re.compile(r"<[^>]+>")


def html_to_text(markup: str) -> str:
    """A feed's HTML snippet as plain text, one line per block."""
    text = _BLOCK_RE.sub("\n", _DROP_RE.sub(" ", markup))
    text = html_lib.unescape(_TAG_RE.sub("", text))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
