"""The place matcher's scans in C (`extract/_place_scan.c`, session 25, "cw25") give what the
regexes they spare give, which `places` uses where the kernel was not built: the capital words
(`places._capital_word()`'s spans) and the sentence ends and line breaks (`_sentence_ends`,
`_line_breaks`), on sentences of our own, at every character of the Basic Multilingual Plane
(and some beyond it) in each kind of place that matters, and on random text; and `find`
answers the same with the kernel and without it."""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import places
from extract.places import default_matcher

kernel = places._capital_spans
marks = places._ends_and_breaks
needs_kernel = pytest.mark.skipif(kernel is None or marks is None,
                                  reason="extract._place_scan was not built")
_REGEX = places._capital_word()

#: Reports of our own: English, Ukrainian, Russian, mixed, with the characters a word may not
#: open after (hyphens, apostrophes), digits, underscores, title-case and symbol capitals.
_TEXTS = (
    "Russian drones hit Kharkiv overnight; the Mayor of Odesa said two people were injured.",
    "Вночі дрони атакували Київ і Біла Церква, повідомив голова ОВА Олег Синєгубов.",
    "Обстрел Белгородской области: в Шебекино ранены трое, сообщил Гладков.",
    "Strikes on Zaporizhzhia-Kherson road; O'Brien and D’Arcy of the UN visited Ivano-Frankivsk.",
    "Kupiansk-Vuzlovyi, 3Rd Brigade, x_Kyiv, _Lviv, 9Odesa, ǅemal, Ⓐrmy, ⅠV Corps, ΑΘΗΝΑ.",
    "\u2014 Sumy \u2014 \u00abKherson\u00bb `Mykolaiv´ \u2018Dnipro\u2019 \u02bcPoltava"
    " \u02b9Chernihiv",
    "MIG-31K, HIMARS, ZSU and NATO; the 2024-2025 winter; end.A new line\nKramatorsk\n",
    "\U0001d400Bold, \U00010400Deseret \U0001d41aLow Kyiv \U0001f600 Lviv",
    "",
    "A",
    "a",
    "-A 'B ’C ʼD `E ´F ʹG ‘H",
)


def _by_regex(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _REGEX.finditer(text)]


def test_the_regex_is_built_from_the_kernels_characters() -> None:
    """The kernel is told `_NOT_BEFORE_CAPITAL`; the regex's look-behind holds the same."""
    assert f"(?<![{places._NOT_BEFORE_CAPITAL}].)" in _REGEX.pattern
    assert set(places._NOT_BEFORE_CAPITAL) == {"-", *places.APOSTROPHES}


@needs_kernel
def test_kernel_spans_are_the_regexs_on_our_texts() -> None:
    assert kernel is not None
    for text in _TEXTS:
        for variant in (text, text[1:], " " + text, text + "Z", text.upper(), text.lower()):
            assert kernel(variant, places._NOT_BEFORE_CAPITAL) == _by_regex(variant), variant


@needs_kernel
def test_kernel_spans_are_the_regexs_at_every_character() -> None:
    """Each BMP character (and some beyond it) opening a text, after a space, a letter, a
    digit, a hyphen, an apostrophe and itself, with a letter and itself after it."""
    assert kernel is not None
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    chars += ["\U0001d400", "\U0001d41a", "\U00010400", "\U00010428", "\U0001f600"]
    for c in chars:
        for before in ("", " ", "a", "7", "-", "’", "_", c):
            text = f"{before}{c}b{c}"
            assert kernel(text, places._NOT_BEFORE_CAPITAL) == _by_regex(text), hex(ord(c))


_PIECES = st.sampled_from(["A", "a", "Ж", "ж", "Ї", "ї", "Ω", "ǅ", "Ⓐ", "Ⅰ", "1", "_", " ", "\n",
                           "-", "'", "’", "ʼ", "`", "´", "ʹ", "‘", ".", "\u2014", "\U0001d400",
                           "\U0001d41a", "Kyiv", "Київ", "the", "é", "É", "İ", "ß"])


@needs_kernel
@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join) | st.text(max_size=60))
def test_kernel_spans_are_the_regexs_on_random_text(text: str) -> None:
    assert kernel is not None
    assert kernel(text, places._NOT_BEFORE_CAPITAL) == _by_regex(text)


@needs_kernel
def test_kernel_refuses_what_it_cannot_hold() -> None:
    assert kernel is not None
    with pytest.raises(ValueError):
        kernel("Kyiv", "-" * 33)
    with pytest.raises(TypeError):
        kernel(b"Kyiv", "-")  # type: ignore[arg-type]
    assert marks is not None
    with pytest.raises(TypeError):
        marks(b"Kyiv.")  # type: ignore[arg-type]


def _marks_by_regex(text: str) -> tuple[list[int], list[int]]:
    return places._sentence_ends(text), places._line_breaks(text)


@needs_kernel
def test_marks_are_the_regexs_on_our_texts() -> None:
    assert marks is not None and places._ENDS_BY_FIND
    odd = "a.\u00a0b!\u2003c?\x1cd;\x85e.\n\nf."
    for text in (*_TEXTS, "\n".join(_TEXTS), odd, ".", " .", ". "):
        for variant in (text, text[1:], text[:-1], text + "."):
            assert marks(variant) == _marks_by_regex(variant), variant


@needs_kernel
def test_marks_are_the_regexs_after_every_character() -> None:
    """Each mark before each character (white space as `re`'s `\\s` holds it, or not)."""
    assert marks is not None
    for c in range(0x110000):
        if 0xD800 <= c < 0xE000:
            continue
        text = f"a.{chr(c)}!{chr(c)}?{chr(c)};{chr(c)}\n{chr(c)}."
        assert marks(text) == _marks_by_regex(text), hex(c)


@needs_kernel
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([".", "!", "?", ";", "\n", " ", "\t", "\u00a0", "\u3000", "a",
                                 "Ж", "\U0001f600", "..", "Kyiv"]), max_size=40).map("".join)
       | st.text(max_size=60))
def test_marks_are_the_regexs_on_random_text(text: str) -> None:
    assert marks is not None
    assert marks(text) == _marks_by_regex(text)


@needs_kernel
@pytest.mark.source
def test_find_is_the_same_without_the_kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    """`PlaceMatcher.find` (from source, where a patched global is seen) with the kernel's spans
    and with the regex's."""
    matcher = default_matcher()
    texts = [*_TEXTS, " ".join(_TEXTS), re.sub(r"\s+", " ", "\n".join(_TEXTS) * 3)]
    with_kernel = [matcher.find(t) for t in texts]
    words = [matcher._words(t, places.fold(t)) for t in texts]
    monkeypatch.setattr(places, "_capital_spans", None)
    monkeypatch.setattr(places, "_ends_and_breaks", None)
    assert [matcher.find(t) for t in texts] == with_kernel
    assert [matcher._words(t, places.fold(t)).spans for t in texts] == [w.spans for w in words]


def test_kernel_built_where_required() -> None:
    """An optional extension, as `geo._fingerprint`: `STRIKEMAP_REQUIRE_KERNEL=1` (.ci/run)
    makes a kernel that was not built a failure rather than a skip."""
    if os.environ.get("STRIKEMAP_REQUIRE_KERNEL") != "1":
        pytest.skip("STRIKEMAP_REQUIRE_KERNEL is not 1")
    assert kernel is not None and marks is not None, "extract._place_scan was not built"
