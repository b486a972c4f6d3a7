"""What the class tests read of an extraction: a text's events, a figure's total over them, a
sentence's figures, a report's Ukrainian places and the oblasts struck (one definition for the
test files of each session's classes)."""

from __future__ import annotations

from extract.figures import sentence_figures
from extract.model import Event
from extract.pipeline import extract_text


def events(text: str, published: str = "2025-06-12") -> list[Event]:
    return extract_text(text, published=published).events


def total(text: str, figure: str, published: str = "2025-06-12") -> int:
    return sum(getattr(e, figure) or 0 for e in events(text, published))


def figures(sentence: str) -> dict[str, int]:
    return {f.field: f.value for f in sentence_figures(sentence)}


def places(text: str, published: str = "2024-05-03") -> list[tuple[str, str | None]]:
    """(name, oblast) of each Ukrainian mention, in text order."""
    return [(m.name, m.oblast_iso) for m in extract_text(text, published=published).mentions
            if m.in_ukraine]


def oblast_of(text: str, name: str) -> set[str | None]:
    """The oblasts the mentions named `name` are placed in."""
    return {iso for n, iso in places(text) if n == name}


def struck(text: str, published: str = "2024-05-03") -> set[str | None]:
    """The oblasts of the report's events, as scored."""
    return {e.oblast_iso for e in extract_text(text, published=published).events
            if e.oblast_iso}
