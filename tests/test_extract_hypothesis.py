"""Properties of the extractor on any input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.pipeline import extract_text

WORDS = ["Kharkiv", "Kyiv", "Dnipro region", "Krematorsk", "drones", "killed", "two", "111",
         "injured", "shelled", "Lyman", ",", ".", "\n", "Moscow", "’s", "at least", "missiles",
         "Donetsk Oblast", "and", "the", "On 3 December", "Русь", "Київ", "É"]
texts = st.one_of(st.text(), st.lists(st.sampled_from(WORDS)).map(" ".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_never_raises_and_offsets_point_at_the_text(text: str) -> None:
    result = extract_text(text, published="2025-11-24")
    for m in result.mentions:
        assert text[m.start:m.end] == m.text
    for e in result.events:
        assert text[e.start:e.end] == e.sentence
        for field in ("drones", "killed", "injured", "missiles"):
            value = getattr(e, field)
            assert value is None or value >= 0


@given(st.sampled_from(["", " ", "\n\n", "\t"]))
def test_empty_text_gives_nothing(text: str) -> None:
    result = extract_text(text)
    assert result.mentions == () and result.events == ()


def test_five_megabytes() -> None:
    """A 5 MB report is read in one go (its speed is measured in benchmarks/)."""
    chunk = ("Russian drones struck Kharkiv overnight, injuring three people. Talks in Moscow "
             "went on. ")
    text = chunk * (5_000_000 // len(chunk))
    result = extract_text(text, published="2025-11-24")
    assert len(result.mentions) > 100_000
    assert {e.oblast_iso for e in result.events} == {"UA-63"}
