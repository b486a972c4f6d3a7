"""Short event notes (issue 12, session 15): the strike-oblast and killed classes of the two
retired blind notes sets and a fresh set of real ACLED and Bellingcat notes, each in our own
sentences."""
from __future__ import annotations

import pytest

from tests.extract_support import events, total


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


# --- A dataset's coding of a toll, a side's claim of the other's dead: no toll ---

@pytest.mark.parametrize("text", [
    "Moscow's defence ministry claimed 150 Ukrainian fatalities near Vuhledar. The dataset "
    "coded 6 fatalities split over three events, with 2 fatalities coded here.",
    "Russian artillery hit Davydiv Brid, Kherson; 12 fatalities split across two villages.",
    "Russian forces fired on positions near Kreminna, Luhansk. Russia's defence ministry "
    "reported 40 fatalities among the defenders.",
])
def test_coded_or_claimed_fatalities_are_no_toll(text: str) -> None:
    assert total(text, "killed") == 0


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a toll stated beside a remark on where the dataset put it stands
    ("Shelling killed two civilians and wounded four in Vuhledar, Donetsk region, on Friday "
     "(fatalities coded to another event).", 2, 4),
    ("Shelling of the market reportedly led to 7 fatalities and 12 injured.", 7, 12),
])
def test_stated_tolls_beside_coding_remarks_stay(text: str, killed: int, injured: int) -> None:
    assert total(text, "killed") == killed
    assert total(text, "injured") == injured


# --- A strike told on "the settlement" or "nearby villages": the one town named just before ---

@pytest.mark.parametrize(("text", "want"), [
    ("On 9 May 2023, Russian troops tried to push towards Kurakhove in Donetsk region and "
     "fired mortars near the settlement.", {"UA-14"}),
    ("Russian units clashed with Ukrainian troops near Velyka Pysarivka, Sumy region. Russian "
     "artillery then fired at nearby villages.", {"UA-59"}),
])
def test_strike_on_the_settlement_is_the_town_named_before(text: str, want: set[str]) -> None:
    assert oblasts(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # two towns before: which one is not told
    ("Fighting went on near Vuhledar and Marinka. Russian artillery fired at nearby villages.",
     set()),
    # no word for the place: the sentence tells no strike on the town before
    ("Fighting went on near Kupiansk, Kharkiv region. Russian artillery fired overnight.", set()),
    ("Shelling hit the village of Bilozerka, Kherson region, on Monday.", {"UA-65"}),
])
def test_settlement_word_without_one_town_before(text: str, want: set[str]) -> None:
    assert oblasts(text) == want
