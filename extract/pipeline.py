"""Text -> `Extraction`: place mentions, then strike events, as plain function calls."""

from __future__ import annotations

import hashlib
import logging

from extract.dates import parse_published
from extract.events import find_events
from extract.model import Article, Extraction, Mention
from extract.places import Found, PlaceMatcher, default_matcher

log = logging.getLogger(__name__)


def extract_text(text: str, *, published: str | None = None, source: str | None = None,
                 title: str | None = None, matcher: PlaceMatcher | None = None) -> Extraction:
    """Everything Strikemap reads from one report."""
    matcher = matcher or default_matcher()
    article = Article(id=hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest(),
                      source=source, published=published, title=title)
    if not text or not text.strip():
        return Extraction(article)
    found = matcher.find(text)
    events, struck = find_events(text, found, matcher.gazetteer,
                                 published=parse_published(published), article_id=article.id)
    mentions = tuple(_mention(text, f, matcher, i in struck) for i, f in enumerate(found))
    return Extraction(article, mentions, tuple(events))


def _mention(text: str, f: Found, matcher: PlaceMatcher, struck: bool) -> Mention:
    p = f.place
    kind = p.kind if p.kind in ("settlement", "oblast", "raion", "country") else "other"
    return Mention(text=text[f.start:f.end], start=f.start, end=f.end, name=p.name, kind=kind,
                   geonameid=p.geonameid, lat=p.lat, lon=p.lon,
                   oblast=matcher.gazetteer.unit_names.get(p.oblast_iso or ""),
                   oblast_iso=p.oblast_iso, in_ukraine=p.country == "UA",
                   role="strike" if struck else "other")
