"""Ukrainian and Russian figure classes (issue 11, fourth pass): launch sites told "from the
areas of" Russian towns and Crimea, and a launch told with the passive participle, keep the
night's counts ours; "на Запоріжжі" (an oblast centre's name in the locative after "на") is
the oblast, so a headline's count told there and the lead's for a raion in it are one;
launched drones counted type by type add up. Our own
sentences, one or more per class."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text
from tests.test_ukru_figure_classes import _report_figures

REPORTS: list[tuple[str, str, dict[str, int]]] = [
    # launch sites after "з районів" / "из районов": Russian towns and Crimea, no strike there
    ("Уночі ворог атакував Україну 35 ударними дронами типу Shahed з районів Орла, Брянська — "
     "РФ, Гвардійського — Крим.", "2025-07-02", {"drones": 35}),
    ("Ночью враг атаковал Украину 35 ударными дронами типа Shahed из районов Орла, Брянска — "
     "РФ, Гвардейского — Крым.", "2025-07-02", {"drones": 35}),
    # a launch told with the passive participle, then the shot-down count in its own sentence
    ("Ночью армия РФ атаковала Украину 40 дронами.\n\nБеспилотники были запущены из Брянской "
     "области и с территории Крыма.\n\nСилам ПВО удалось сбить 31 из 40 дронов.", "2025-07-02",
     {"drones": 40, "drones_downed": 31}),
    ("Уночі армія РФ атакувала Україну 40 дронами.\n\nБезпілотники були запущені із Брянської "
     "області та з території Криму.\n\nСилам ППО вдалося збити 31 із 40 дронів.", "2025-07-02",
     {"drones": 40, "drones_downed": 31}),
    # launched drones counted type by type: their sum
    ("Уночі область атакували два БпЛА типу Shahed, три дрони типу Ланцет і чотири FPV-дрони.",
     "2025-07-02", {"drones": 9}),
    ("Ночью область атаковали два БпЛА типа Shahed, три дрона типа Ланцет и четыре FPV-дрона.",
     "2025-07-02", {"drones": 9}),
    # ... but not a count with its part "of them"
    ("Ворог атакував 50 дронами типу Shahed, 20 з них — над Києвом.", "2025-07-02",
     {"drones": 50}),
    ("Росіяни атакували Україну 84 дронами, у тому числі 50 ударними дронами типу Shahed.",
     "2025-07-02", {"drones": 84}),
    # "на Запоріжжі" is the oblast: the headline's three and the lead's three in a raion of it
    ("Троє людей поранено через обстріл на Запоріжжі\n\nТроє людей зазнали поранень через "
     "удар дрона у Василівському районі.", "2025-07-02", {"injured": 3}),
]


@pytest.mark.parametrize(("text", "where"), [
    ("Дрон атакував авто на Запоріжжі.", "oblast"),
    ("Дрон атакував авто у Запоріжжі.", "settlement"),
    ("Дрон атакував авто на Запоріжжя.", "settlement"),
])
def test_on_the_region(text: str, where: str) -> None:
    kinds = [m.kind for m in extract_text(text).mentions if m.name == "Zaporizhzhia"]
    assert kinds == [where]


@pytest.mark.parametrize(("text", "published", "want"), REPORTS)
def test_report_figures(text: str, published: str, want: dict[str, int]) -> None:
    assert _report_figures(text, published) == want
