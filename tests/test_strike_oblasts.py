"""Which oblasts a report says were struck (issue 12): the classes seen on real reports, each
with sentences of our own, end to end (extract_text)."""

from __future__ import annotations

from extract.pipeline import extract_text


def struck(text: str, published: str = "2025-03-10") -> set[str]:
    """The oblasts (ISO) of the report's strike events."""
    return {e.oblast_iso for e in extract_text(text, published=published).events
            if e.oblast_iso}


# --- struck oblasts missed in roundups ----------------------------------------------------

def test_held_city_last_in_a_list_of_regions_is_its_oblast() -> None:
    # "Donetsk" closing a list of regions struck is the oblast, as it is inside the list
    assert struck("Russian drones and glide bombs struck the regions of Chernihiv, Poltava "
                  "and Donetsk overnight, the air force said.") == {"UA-74", "UA-53", "UA-14"}
    assert struck("Glide bombs struck the regions of Donetsk, Poltava and Chernihiv on "
                  "Monday.") == {"UA-74", "UA-53", "UA-14"}
