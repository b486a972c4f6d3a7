"""What the English class tests read of an extraction: a text's events, a figure's total over
them, and a sentence's figures (one definition for the test files of each session's classes)."""

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
