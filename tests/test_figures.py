from __future__ import annotations

import pytest

from extract.figures import sentence_figures
from extract.numbers import parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("111", 111), ("1,300", 1300), ("two", 2), ("twenty-five", 25), ("twenty five", 25),
    ("a dozen", 12), ("one hundred and twelve", 112), ("3 thousand", 3000), ("Nine", 9),
])
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


def figs(sentence: str) -> list[tuple[str, int]]:
    return [(f.field, f.value) for f in sentence_figures(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("At least 111 drones targeted the eastern Dnipro region overnight, resulting in the deaths "
     "of two civilians and injuries to three others.",
     [("drones", 111), ("killed", 2), ("injured", 3)]),
    ("Air defence shot down 88 of 111 drones.", [("drones_downed", 88), ("drones", 111)]),
    ("Russia launched 111 drones and 5 missiles at Ukraine overnight.",
     [("drones", 111), ("missiles", 5)]),
    ("1 civilian was killed and 1 was injured.", [("killed", 1), ("injured", 1)]),
    ("A woman was killed.", [("killed", 1)]),
    ("Two people were killed and five injured in Kharkiv.", [("killed", 2), ("injured", 5)]),
    ("The strike killed 3 people and wounded twenty-five others.",
     [("killed", 3), ("injured", 25)]),
    ("At least 40 people were injured.", [("injured", 40)]),
    # a count needs a stated number: an article is none, nor a model number
    # (one drone shot down told with an article is one shot down, as the shared dev set has it)
    ("Ukrainian air defence downed a Russian 'Shahed-136' drone over Pavlohrad.",
     [("drones_downed", 1)]),
    ("A Russian drone hit a garage in Sumy overnight.", []),
    ("The attack used Shahed-136/131 kamikaze drones and Kh-101 missiles.", []),
    # shot-down counts in less common shapes
    ("Air defences shot down all 14 Russian drones launched overnight.",
     [("drones_downed", 14), ("drones", 14)]),
    ("Air defence destroyed nine missiles and 40 of 65 Shahed-type drones overnight.",
     [("missiles_downed", 9), ("drones_downed", 40), ("drones", 65)]),
    ("Officials said 30 of 42 drones were shot down or suppressed.",
     [("drones_downed", 30), ("drones", 42)]),
    ("Russia launched 70 drones, with 58 shot down over the Poltava and Sumy regions.",
     [("drones", 70), ("drones_downed", 58)]),
    # tolls in headline and noun shapes
    ("Glide bomb on Izium kills 2, injures 9", [("killed", 2), ("injured", 9)]),
    ("Prosecutors counted 12 fatalities and 40 injuries.", [("killed", 12), ("injured", 40)]),
    ("The shelling caused fatal injuries to three men.", [("killed", 3)]),
    # a day of a date told before its month is no count
    ("Drones attacked overnight into 9 October, causing casualties.", []),
    ("A dozen drones were launched.", [("drones", 12)]),
    ("Five people, including a child, were wounded when a glide bomb hit Zaporizhzhia.",
     [("injured", 5)]),
    ("Officials raised the death toll of a missile strike on Thursday to 47.",
     [("killed", 47)]),
    # Two weapons in one list keep their own counts.
    ("It had shot down 59 missiles and 54 drones.",
     [("missiles_downed", 59), ("drones_downed", 54)]),
    ("Russia launched 600 drones and 40 missiles, of which 563 drones and 26 missiles were "
     "shot down.", [("drones", 600), ("missiles", 40), ("drones_downed", 563),
                    ("missiles_downed", 26)]),
    ("Air defences destroyed 20 Shahed drones and three cruise missiles.",
     [("drones_downed", 20), ("missiles_downed", 3)]),
    ("Russia launched 100 drones overnight, with 78 of the drones shot down.",
     [("drones", 100), ("drones_downed", 78)]),
    # People listed together are added up; kin and roles count one each.
    ("Two women and a child were injured.", [("injured", 3)]),
    ("The strike injured two women and a child.", [("injured", 3)]),
    ("A 7-year-old girl and a 17-year-old were killed.", [("killed", 2)]),
    ("A woman was killed and her husband was wounded.", [("killed", 1), ("injured", 1)]),
    ("Another man was wounded.", [("injured", 1)]),
    ("The missile hit a car, killing the driver.", [("killed", 1)]),
    ("Fatalities: 2.", [("killed", 2)]),
    # Ages are no counts; asides between dashes belong to the count before them.
    ("Two men aged 38 and 71 were injured.", [("injured", 2)]),
    ("A woman, aged 54, was killed.", [("killed", 1)]),
    ("In Druzhkivka a family of three - a man, his wife and their son - were injured.",
     [("injured", 3)]),
    # "a day after" dates the strike; it is no rate ("50 drones a night").
    ("A missile strike on Sumy killed two people and wounded 12, a day after the phone call.",
     [("killed", 2), ("injured", 12)]),
    ("Overnight the enemy attacked the Odesa region with 25 drones; air defence destroyed 19 "
     "of them.", [("drones", 25), ("drones_downed", 19)]),
    # An earlier attack or a longer period is context.
    ("The attack came days after Russia launched a record 728 drones at Ukraine.", []),
    ("Russia had launched more than 3,000 drones at energy targets in October alone.", []),
    # One count for two weapons is neither's; two weapons' counts stay their own.
    ("Russia launched 215 missiles and drones.", []),
    ("Russia launched 85 Shahed and decoy drones overnight.", [("drones", 85)]),
    ("Russia launched 472 drones and seven missiles at Ukraine.",
     [("drones", 472), ("missiles", 7)]),
    ("Russian attacks killed three people in Kostiantynivka and one in Sloviansk.",
     [("killed", 3), ("killed", 1)]),
    ("Drones hit Kyiv, killing 12 people and injuring 90 in the deadliest attack this year.",
     [("killed", 12), ("injured", 90)]),
    # Tolls as they stand; a part of a total is not the total.
    ("27 civilians including 3 children were killed.", [("killed", 27)]),
    ("The number of people killed in Dnipro has risen to 40, officials said.", [("killed", 40)]),
    ("By evening the death toll had risen to 55, and the number of injured to 328.",
     [("killed", 55), ("injured", 328)]),
    ("The strike reportedly injured a security guard.", [("injured", 1)]),
    # A date's day, a part of a count given elsewhere: no counts.
    ("KRAMATORSK, Ukraine, April 9 - The death toll rose to 60.", [("killed", 60)]),
    ("Twenty-three of the dead were killed in one building.", []),
    ("Air defence forces reported shooting down 26 of 38 drones.",
     [("drones_downed", 26), ("drones", 38)]),
    ("Air defences shot down 72 of the missiles and all 35 drones.",
     [("missiles_downed", 72), ("drones_downed", 35)]),
    ("21 of the missiles and both drones had been shot down.",
     [("missiles_downed", 21), ("drones_downed", 2)]),
    ("A two-year-old girl and her 31-year-old mother were killed.", [("killed", 2)]),
    ("A second person was killed.", [("killed", 1)]),
    ("A tractor driver was wounded.", [("injured", 1)]),
    ("A baby was killed.", [("killed", 1)]),
    ("Rescuers have so far recovered the bodies of four people.", [("killed", 4)]),
    ("A strike hit a house in Lapaivka, killing a family of four.", [("killed", 4)]),
    ("A rocket hit the maternity ward, killing a newborn baby boy.", [("killed", 1)]),
    ("July's toll was the highest, with 286 killed and 1,388 injured.", []),
    ("112 targets were shot down, including 48 missiles and 64 drones.",
     [("missiles_downed", 48), ("drones_downed", 64)]),
    ("ODESA, Sept 13 - Russian drones attacked the port overnight.", []),
    ("The region recorded 472 attacks, of which 398 were drone attacks.", []),
    ("His wife sustained shrapnel wounds.", [("injured", 1)]),
    ("The 38-year-old driver was hospitalised with blast trauma.", [("injured", 1)]),
    # A count does not jump an outcome word to reach a weapon.
    ("Two people were killed and seven injured after a missile hit an energy facility.",
     [("killed", 2), ("injured", 7)]),
])
def test_figures(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert figs(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The European Commission has approved a 210 billion financial plan.",
    "Ukraine says 12,000 civilians have been killed since 2022.",
    "A 30-year-old man lives 15 km away.",
    "Dozens of people were injured.",
    "Three children were among the wounded.",
    "Two Russian X-22 missiles",  # 22 is part of a name
    "More than 1,300 drones were launched at Ukraine this week.",
    "1,300 Ukrainian troops have been killed.",
    "No one was hurt.",
    "Not one person was killed.",
])
def test_not_figures(sentence: str) -> None:
    assert [f for f in figs(sentence) if f[1] != 2] == []
