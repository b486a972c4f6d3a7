"""The sentence splitter in C (`extract/_sentence_scan.c`) gives the spans the regexes give
(`sentences._spans_by_regex`, which `sentence_spans` uses where the kernel was not built): on
reports of our own, on every end mark, quote and white space in each place that matters, and
on random text."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import sentences

kernel = sentences._sentence_scan
needs_kernel = pytest.mark.skipif(kernel is None, reason="extract._sentence_scan was not built")


def _by_kernel(text: str) -> list[tuple[int, int]]:
    assert kernel is not None
    return kernel.spans(text, sentences._is_abbreviation, sentences._wrapped_date,
                        sentences._LONGEST_ABBREV)


#: Reports of our own: abbreviations, initials, quotes, marks in runs, wrapped dates, lists,
#: Cyrillic capitals, digits, blank lines and odd white space.
_TEXTS = (
    "Russian drones hit Kharkiv overnight. Two people were injured, the U.S. embassy said. "
    "Gen. Syrskyi and Mr. J. Smith met at 9 a.m. on Monday! Was it a strike? \"Yes.\" (No.) "
    "[Maybe.] ‘Quoted.’ “Double.” Then 12 drones.",
    "Вночі дрони атакували Київ. Поранено двох людей у смт. Покотилівка, вул. Сумська. "
    "Є загиблі. Ґрунт. Їхні. Інші. А також 5 ракет!",
    "On Jan.\n22 shelling hit Sumy.\nNew line\n\n\nAnother paragraph.\n \n \tIndented.\n",
    "Wait... What?! Really?!? \"Yes!\" Okay.\u00a0Next\u2003One.\u3000Third.",
    "- item one\n- item two.\n• item three\n",
    "", ".", " . ", "\n", "A. B. C.", "x.Y", "end. 5 more", "a.\nB", "Oct.\n5", "St.\nMary",
)


@needs_kernel
def test_kernel_spans_are_the_regexs_on_our_texts() -> None:
    texts = [*_TEXTS, " ".join(_TEXTS), "\n".join(_TEXTS)]
    for text in texts:
        for variant in (text, text[1:], text[:-1], " " + text, text + " Z"):
            assert _by_kernel(variant) == sentences._spans_by_regex(variant), variant
    assert len(_by_kernel(_TEXTS[0])) > 5  # it splits


@needs_kernel
def test_kernel_spans_are_the_regexs_around_every_mark() -> None:
    """Each end mark, closer, opener and white space character (as `re`'s `\\s` and
    `str.isspace` hold it) between the words, and each character of the BMP after a mark and
    a space (a capital or digit or not, by `re`'s class)."""
    marks = [".", "!", "?", "...", "?!", ".!", "!.", "…"]
    quotes = ["", "\"", "'", "”", "’", ")", "]", "“", "‘", "(", "[", "».", "\".\""]
    spaces = [chr(c) for c in range(0x3100) if chr(c).isspace()] + ["", "  ", "\n\n", " \n "]
    for m in marks:
        for q in quotes:
            for s in spaces:
                for after in ("Next", "next", "\"Next", "(5", "‘Є", "“ї", "[Ґ"):
                    text = f"Word{m}{q}{s}{after} word. Mr{m}{q}{s}{after}."
                    assert _by_kernel(text) == sentences._spans_by_regex(text), repr(text)
    for c in range(0x10000):
        if 0xD800 <= c < 0xE000:
            continue
        text = f"Said it. {chr(c)}ne. Asked? {chr(c)} Cried!\n{chr(c)}."
        assert _by_kernel(text) == sentences._spans_by_regex(text), hex(c)


_PIECES = st.sampled_from(["Kyiv", "kyiv", "U.S", "Gen", "a", "J", "Jan", "Oct", "5", "22",
                           ".", "!", "?", "…", "\"", "'", "”", "’", "“", "‘", "(", ")", "[", "]",
                           " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "Київ", "смт",
                           "Є", "ї", "Ґ", "X"])


@needs_kernel
@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join) | st.text(max_size=60))
def test_kernel_spans_are_the_regexs_on_random_text(text: str) -> None:
    assert _by_kernel(text) == sentences._spans_by_regex(text)


@needs_kernel
def test_kernel_passes_on_what_the_tests_raise() -> None:
    def broken(text: str, at: int) -> bool:
        raise RuntimeError("broken test")

    with pytest.raises(RuntimeError):
        kernel.spans("Gen. Smith came.", broken, sentences._wrapped_date, 4)  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        kernel.spans("A.", sentences._is_abbreviation, sentences._wrapped_date, -1)  # type: ignore[union-attr]
    with pytest.raises(TypeError):
        kernel.spans(b"A.", sentences._is_abbreviation, sentences._wrapped_date, 4)  # type: ignore[union-attr,arg-type]


def test_sentence_spans_takes_the_kernel_where_built() -> None:
    for text in _TEXTS:
        assert sentences.sentence_spans(text) == sentences._spans_by_regex(text)


def test_kernel_built_where_required() -> None:
    """An optional extension, as `extract._place_scan`: `STRIKEMAP_REQUIRE_KERNEL=1` (.ci/run)
    makes a kernel that was not built a failure rather than a skip."""
    if os.environ.get("STRIKEMAP_REQUIRE_KERNEL") != "1":
        pytest.skip("STRIKEMAP_REQUIRE_KERNEL is not 1")
    assert kernel is not None, "extract._sentence_scan was not built"
    assert sentences._BY_KERNEL, "the boundary patterns changed: change the kernel to match"
