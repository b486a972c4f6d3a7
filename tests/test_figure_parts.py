"""A part counted on top of its total (issue 12): a report's first toll, told for an oblast, and
the tolls told after it for that oblast's places or for no place. Every sentence here is written
for the test."""

from __future__ import annotations

from extract.pipeline import extract_text


def totals(text: str, published: str = "2025-06-12") -> tuple[int, int]:
    events = extract_text(text, published=published).events
    return (sum(e.killed or 0 for e in events), sum(e.injured or 0 for e in events))


def test_an_oblast_headline_toll_holds_the_parts_told_after_it() -> None:
    assert totals("Russian drones attacked the Odesa region overnight, injuring four people. "
                  "Three people were injured at a port on the Danube.") == (0, 4)
    assert totals("Russia struck the Kharkiv region overnight. Five people were injured. In "
                  "Kharkiv, a drone wounded two women. Three men were hurt in Chuhuiv.") == (0, 5)


def test_parts_beyond_the_oblast_toll_or_told_as_more_stay_apart() -> None:
    # more than the headline: figures of their own
    assert totals("Russian shelling injured two people in the Kherson region overnight. Later, "
                  "a drone injured five people in Kherson.") == (0, 7)
    # "also": one more beside the oblast's toll
    assert totals("Russian shelling injured four people in the Kherson region overnight. A drone "
                  "also injured one person in Kherson.") == (0, 5)
    # another oblast's toll is no part
    assert totals("Russian drones attacked the Odesa region overnight, injuring four people. "
                  "In Mykolaiv, three people were injured.") == (0, 7)
