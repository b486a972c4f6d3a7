"""English drone-count classes seen on new real news (issue 12, session 10,
/work/snap/dev10/news_drones10): each with sentences of our own, end to end."""

from __future__ import annotations

from extract_support import figures, total

from extract.pipeline import extract_text

# --- Russia's claims of Ukraine's drones downed over Russia, in still more words ---------------


def test_a_count_of_ukrainian_drones_is_a_russian_claim() -> None:
    assert figures("\"Overnight, duty air defences shot down 63 Ukrainian fixed-wing unmanned "
                   "aerial vehicles,\" the ministry said.") == {}
    assert figures("Moscow Says It Destroyed 47 Ukrainian Drones Before Dawn") == {}
    assert figures("The Russian ministry stated that 15 Ukrainian drones were allegedly "
                   "intercepted.") == {}


def test_the_ministry_of_the_russian_federation_and_russian_regions() -> None:
    assert figures("Across four Russian regions, air defences brought down 38 drones, says the "
                   "Ministry of Defence of the Russian Federation.") == {}
    assert figures("In two Russian regions air defence destroyed more than 50 drones.") == {}
    assert figures("The Russian army claimed it had downed 77 drones along the "
                   "border.") == {}


def test_ukraines_tally_before_a_count_of_ukrainian_drones_stands() -> None:
    assert figures("Ukraine's air force said Russia sent 85 drones, of which 70 were shot "
                   "down, while Moscow said it destroyed 120 Ukrainian drones.") == {
        "drones": 85, "drones_downed": 70}


def test_ukrainian_drones_intercepted_near_a_village_are_still_counted() -> None:
    # the notes of Russian forces intercepting drones at the front (a place in Ukraine)
    assert figures("Russian forces intercepted 9 Ukrainian drones near a village in the "
                   "Zaporizhzhia region.") == {"drones_downed": 9}


def test_a_claim_headline_does_not_replace_the_air_force_tally() -> None:
    text = ("Moscow Reports 64 Ukrainian Drones Downed Overnight\n\n"
            "The air force of Ukraine counted 90 drones and six missiles sent by Russia in the "
            "night. Air defence shot down 71 drones.")
    assert total(text, "drones") == 90
    assert total(text, "drones_downed") == 71


# --- a count of what drones dropped or caused is no count of drones ---------------------------


def test_things_dropped_from_drones_are_no_drone_count() -> None:
    assert figures("Russian troops dropped five explosive devices from UAVs on the "
                   "village.") == {}
    assert figures("Four grenades from drones fell on the market.") == {}


def test_blasts_caused_by_drones_are_no_drone_count() -> None:
    assert figures("In the town, more than 12 blasts caused by drones set houses on "
                   "fire.") == {}
    assert figures("Russia launched 48 attack drones at the region overnight.") == {
        "drones": 48}


# --- "Dnipro" in a list of regions is Dnipropetrovsk oblast, and the list before it units -----


def _units(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.name, m.oblast_iso, m.kind)
            for m in extract_text(text, published="2025-06-12").mentions]


def test_dnipro_in_a_list_of_regions_is_its_oblast() -> None:
    got = _units("Air defence brought down 30 drones over the Sumy, Dnipro and Poltava "
                 "regions.")
    assert ("Dnipropetrovsk", "UA-12", "oblast") in got
    assert ("Sumy", "UA-59", "oblast") in got


def test_kyiv_before_dnipro_in_a_list_of_regions_is_kyiv_oblast() -> None:
    got = _units("The president said the Kyiv, Lviv, Dnipro and Odesa regions came under "
                 "attack.")
    assert ("Kyiv", "UA-32", "oblast") in got
    assert ("Dnipropetrovsk", "UA-12", "oblast") in got


def test_dnipro_alone_stays_the_city() -> None:
    assert _units("A drone struck a warehouse in Dnipro.") == [
        ("Dnipro", "UA-12", "settlement")]
