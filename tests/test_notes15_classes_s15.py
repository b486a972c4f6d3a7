"""Short event notes (issue 12, session 15): the strike-oblast and killed classes of the two
retired blind notes sets and a fresh set of real ACLED and Bellingcat notes, each in our own
sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import events


def oblasts(text: str) -> set[str | None]:
    return {e.oblast_iso for e in events(text)}


# --- Russian forces or hardware as the object of a Ukrainian strike: no strike of Russia's ---

@pytest.mark.parametrize("text", [
    "Overnight on 3 May 2023, Ukrainian troops hit Russian military equipment and a troop "
    "camp in Vasylivka, Zaporizhzhia region.",
    "In April 2022 Ukrainian units destroyed Russian artillery positions outside Chernihiv, "
    "the army said.",
    "Ukrainian aircraft bombed Russian forces and a fuel depot in Snihurivka, Mykolaiv region.",
])
def test_ukrainian_strike_on_russian_forces_is_no_strike_there(text: str) -> None:
    assert oblasts(text) == set()


@pytest.mark.parametrize(("text", "want"), [
    # Russia the attacker: the Russian words are its own, not a target
    ("On 4 May 2023, Russian forces struck a school in Orikhiv, Zaporizhzhia. No casualties.",
     {"UA-23"}),
    # shooting down Russian weapons over a region is an interception there
    ("On 8 June 2022, Ukrainian air defence destroyed two Russian missiles over Vinnytsia "
     "region.", {"UA-05"}),
])
def test_russian_strikes_and_interceptions_stay(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


# --- Russia's proxy forces of Donbas as the attacker ---

@pytest.mark.parametrize(("text", "want"), [
    ("DPR fighters shelled Ukrainian troops dug in near Pisky, Donetsk region, overnight.",
     {"UA-14"}),
    ("LPR units fired artillery at Ukrainian positions outside Bilohorivka, Luhansk region.",
     {"UA-09"}),
    ("LPR's and Ukrainian troops traded mortar fire around Toshkivka, Luhansk region, on "
     "Tuesday.", {"UA-09"}),
])
def test_proxy_forces_are_the_attacker(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


@pytest.mark.parametrize("text", [
    "Ukrainian troops fired mortar rounds at DPR positions on the edge of Yasynuvata, Donetsk.",
    "Ukrainian troops turned their artillery at LPR's forces holding Svatove, Luhansk region.",
])
def test_proxy_forces_as_a_target_stay_a_ukrainian_strike(text: str) -> None:
    assert oblasts(text) == set()
