"""The ingest worker's path made cheaper (issue 16, s18) answers as before."""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import urlsplit

from geo.schema import web_url


def _web_url_before(value: Any) -> str | None:
    """`geo.schema.web_url` before its scheme was tested first."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 4096 or any(c.isspace() or ord(c) < 32 or ord(c) == 127
                                           for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def test_web_url_answers_as_before() -> None:
    rng = random.Random(18)
    bits = ("http", "HTTPS", "hTtP", "ftp", ":", "//", "/", " ", "\t", "\x7f", "\x01", "news",
            ".example", "[::1", "]", "?q=1", "#", "reports/r00001.txt", "é", "javascript:",
            "h", "ttp", "s")
    for _ in range(5000):
        value = "".join(rng.choice(bits) for _ in range(rng.randint(0, 7)))
        assert web_url(value) == _web_url_before(value), value
    for value in (None, 3, "", "  https://news.example/a ", "http://" + "a" * 5000):
        assert web_url(value) == _web_url_before(value)


def test_village_word_gate_answers_as_its_pattern() -> None:
    """`places._has_village_word` (literals first) says what searching `_VILLAGE_GATE` says."""
    from extract.places import _VILLAGE_GATE, _has_village_word

    rng = random.Random(181)
    bits = ("с.", "с", ".", "пгт", "село", "сел", "селище", "поселок", "посел", "к", "а", " ",
            "-", "'", "’", "x", "в", "ий", "\n", "c.", "sel")
    for _ in range(5000):
        text = "".join(rng.choice(bits) for _ in range(rng.randint(0, 8)))
        assert _has_village_word(text) == (_VILLAGE_GATE.search(text) is not None), text
