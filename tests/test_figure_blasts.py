"""An explosion the report does not attribute to an attack is no strike (issue 12): a grenade,
an explosive device, a gas leak, a blast inside an office while police establish its cause.
Every sentence here is written for the test."""

from __future__ import annotations

from extract.pipeline import extract_text


def events(text: str) -> dict[str, tuple[int | None, int | None]]:
    doc = extract_text(text, published="2025-06-12")
    return {e.place: (e.killed, e.injured) for e in doc.events}


def test_a_blast_with_a_cause_of_its_own_is_no_strike_nor_is_the_toll_after_it() -> None:
    text = ("Russian drones hit an energy facility in the Rivne region overnight. Separately, an "
            "explosion occurred in the office of a bakery in the village of Klevan. One worker "
            "died and two were injured.")
    got = events(text)
    assert "Klevan" not in got
    assert sum(k or 0 for k, _i in got.values()) == 0
    assert sum(i or 0 for _k, i in got.values()) == 0
    for blast in ("A grenade went off in a flat in Lutsk, injuring two men.",
                  "An unknown object detonated in a rubbish bin in Lutsk, injuring a passer-by.",
                  "A gas explosion wrecked two floors of a block of flats in Lutsk, killing one.",
                  "An explosion in Lutsk killed one man; police are establishing the "
                  "circumstances."):
        assert "Lutsk" not in events(blast), blast


def test_an_explosion_told_with_its_attack_stays_a_strike() -> None:
    for strike in ("A Russian drone dropped a grenade on a car in Nikopol, injuring two men.",
                   "An explosion occurred in an apartment building in Nikopol after a drone "
                   "hit it, injuring two people.",
                   "Explosions rocked Nikopol overnight, injuring two people."):
        assert events(strike).get("Nikopol") == (None, 2), strike
