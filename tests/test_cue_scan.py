"""The cue automaton in C (`extract/_cue_scan.c`) finds what pyahocorasick's finds, which
`events._armed` uses where the kernel was not built: the gates each sentence's anchors arm, on
reports of our own in English, Ukrainian and Russian, on random text, and for random sets of
anchors (overlapping, nested, sharing their ends, beyond the table's code points)."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import events
from extract.sentences import sentence_spans

kernel = events._cue_scan
needs_kernel = pytest.mark.skipif(kernel is None or events._CUE_KERNEL is None,
                                  reason="extract._cue_scan was not built")

#: Reports of our own, each language's cues, curly quotes and dashes, digits and line breaks.
_TEXTS = (
    "Russian forces launched 93 drones and 5 missiles overnight; air defence shot down 70. "
    "In Kharkiv two people were killed and 11 injured, the regional governor said. "
    "Debris damaged a school’s roof — repairs would take days.\nRead also: Talks on peace.",
    "Вночі росіяни атакували Київ 40 ударними БпЛА, збито 35. Загинули двоє людей, ще п'ятеро "
    "поранені. Пошкоджено житловий будинок і АЗС у Броварах.",
    "Ночью ВСУ атаковали Белгород: ранены трое, погиб один человек. ПВО сбила 12 беспилотников "
    "над областью. В общей сложности – 21 цель.",
    "A drone hit Sumy. It said 55 were shot down. A total of 20 launches were recorded. "
    "The attack on Odesa’s port killed a man, aged 54, and wounded his wife.",
    "",
    "drone",
    "ukraine ukrainian russia russian",
)


def _starts(text: str) -> list[int]:
    return [a for a, _b in sentence_spans(text)]


def _by_automaton(low: str, starts: list[int]) -> dict[int, set[str]]:
    return events._armed_by(events._CUES, low, starts)


@needs_kernel
def test_kernel_arms_what_pyahocorasick_arms_on_our_texts() -> None:
    assert events._CUE_KERNEL is not None
    texts = [*_TEXTS, " ".join(_TEXTS), "\n\n".join(_TEXTS) * 3]
    for text in texts:
        low = text.lower()
        for starts in (_starts(text), [], [0], [5, 40, 41], [len(low)]):
            got = kernel.armed(events._CUE_KERNEL, low, starts)
            want = _by_automaton(low, starts)
            assert got == want, (text[:40], starts)
            assert list(got) == list(want)  # the sentences in the same order
    assert kernel.armed(events._CUE_KERNEL, _TEXTS[0].lower(), _starts(_TEXTS[0]))  # it arms


_ANCHOR_PIECES = st.sampled_from(["a", "b", "ab", "ba", "aa", "ї", "ж", "’", "—", " ", "-",
                                  "\U0001f600", "é", "1"])
_ANCHORS = st.dictionaries(
    st.lists(_ANCHOR_PIECES, min_size=1, max_size=4).map("".join),
    st.frozensets(st.sampled_from(["g1", "g2", "g3", "figure:x", "trigger"]), min_size=1),
    min_size=1, max_size=12)
_TEXT = (st.lists(_ANCHOR_PIECES | st.sampled_from(["c", "\n", "ab ba", "Ж"]), max_size=40)
         .map("".join) | st.text(max_size=40))


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(_ANCHORS, st.data(), st.lists(st.integers(0, 45), max_size=6).map(sorted))
def test_kernel_arms_what_pyahocorasick_arms_for_random_anchors(
        anchors: dict[str, frozenset[str]], data: st.DataObject, starts: list[int]) -> None:
    """The text made of the anchors themselves (whole, so that those that end others, or
    overlap them, are met), of their pieces, and of other characters."""
    assert kernel is not None
    text = data.draw(st.lists(st.sampled_from(sorted(anchors)) | _ANCHOR_PIECES, max_size=12)
                     .map("".join) | _TEXT)
    automaton = kernel.build(list(anchors), list(anchors.values()))
    got = kernel.armed(automaton, text, starts)
    want = events._armed_by(events._build_cues(anchors), text, starts)
    assert got == want
    assert list(got) == list(want)


@needs_kernel
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["russian", "drone", "killed", "injur", "ukrain", " ", ".",
                                 "загинул", "поранен", "сбит", "’", "shot down"]),
                max_size=30).map("".join) | st.text(max_size=60))
def test_kernel_arms_what_pyahocorasick_arms_on_random_text(text: str) -> None:
    assert events._CUE_KERNEL is not None
    starts = _starts(text)
    assert kernel.armed(events._CUE_KERNEL, text, starts) == _by_automaton(text, starts)


@needs_kernel
def test_kernel_refuses_what_it_cannot_hold() -> None:
    assert kernel is not None
    with pytest.raises(ValueError):
        kernel.build(["drone", ""], [{"a"}, {"b"}])
    with pytest.raises(ValueError):
        kernel.build(["drone"], [])
    with pytest.raises(ValueError):  # more distinct characters than a class byte holds
        kernel.build(["".join(map(chr, range(0x4E00, 0x4E00 + 300)))], [{"a"}])
    with pytest.raises(TypeError):
        kernel.build(["drone"], [{1}])
    with pytest.raises(ValueError):  # not an automaton the kernel built
        kernel.armed(object(), "drone", [])
    automaton = kernel.build(["drone"], [{"a"}])
    with pytest.raises(TypeError):
        kernel.armed(automaton, b"drone", [])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kernel.armed(automaton, "drone", ["0"])  # type: ignore[list-item]
    assert kernel.armed(automaton, "a drone, two drones", [0, 9]) == {0: {"a"}, 1: {"a"}}


def test_kernel_built_where_required() -> None:
    """An optional extension, as `extract._place_scan`: `STRIKEMAP_REQUIRE_KERNEL=1` (.ci/run)
    makes a kernel that was not built a failure rather than a skip."""
    if os.environ.get("STRIKEMAP_REQUIRE_KERNEL") != "1":
        pytest.skip("STRIKEMAP_REQUIRE_KERNEL is not 1")
    assert kernel is not None and events._CUE_KERNEL is not None, \
        "extract._cue_scan was not built"


_GATE_TEXT = st.lists(st.sampled_from(["region", "regions", "regional", "region of", "oblast",
                                       "oblasts", "province of", "skyi", "s'ka", "sk", "s'k",
                                       "communit", "hromad", "raion", "coded to", "громад",
                                       "отг", "общин", "щин", "напрям", "направлени", " ", "a",
                                       "ї", "’"]), max_size=20).map("".join)


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(_GATE_TEXT | st.text(max_size=40))
def test_gate_words_held_are_the_searched_ones(text: str) -> None:
    """`places._gate_words` by the kernel (`held`) and by substring searches."""
    from extract import places

    assert places._GATE_KERNEL is not None
    folded = places.fold(text)
    assert places._gate_words(folded) == places._searched_gate_words(folded)
    if not any("\u0400" <= c <= "\u04ff" for c in folded):
        assert places._gate_words(folded) == places._searched_gate_words(folded, latin=True)


@needs_kernel
def test_gate_words_held_on_our_texts() -> None:
    from extract import places

    for text in (*_TEXTS, "Strikes hit the Sumy and Kharkiv regions; the Bilopilska hromada "
                          "and Kupianskyi district, coded to the oblast. В Харківській області, "
                          "Золочівській громаді та на Куп'янщині"):
        folded = places.fold(text)
        assert places._gate_words(folded) == places._searched_gate_words(folded)
    assert places._gate_words(places.fold("the Kharkiv regional communities")) == {
        "regional", "communit"}
