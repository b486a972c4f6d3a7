"""Ukrainian figure classes (issue 11, sixth pass), from the errors of real reports collected
for development (extra6): "усі їх збили" (all the drones just counted shot down), "усі 13
«шахедів» були збиті" (a count of drones that were shot down, not launched), a round launch
count ("майже 150 дронів") that an exact one told later in the report replaces; a count and
its verb with an aside between them ("ще 14, серед них дитина, отримали поранення") and a
part told "у тому числі" that is no count of its own; people listed by ages in groups, each
group after its plural noun ("чоловіки 79 і 68 років, жінки 75, 73 і 44 років"); Russia's
claims of drones shot down over Russia ("у Міноборони РФ заявили ...") give no drone figures
of a strike on Ukraine; a date inside a relative clause ("чоловіку, який 1 лютого
постраждав") dates that sentence, not the weapon list told after it; injuries told with
the words of their kind ("отримала множинні осколкові поранення", "дістав вибухову та
черепно-мозкову травми"); "ворог пошкодив ..." reports a strike. Our own
sentences, one or more per class."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text
from tests.test_ukru_figure_classes import _report_figures

REPORTS: list[tuple[str, str, dict[str, int]]] = [
    # all of the drones just counted shot down, told with no number of its own
    ("Уночі ворог запустив по Україні 21 ударний БпЛА типу Shahed. Сили ППО усі їх збили.",
     "2025-06-02", {"drones": 21, "drones_downed": 21}),
    ("Росіяни атакували область дев'ятьма дронами. Усі були знищені над полями.",
     "2025-06-02", {"drones": 9, "drones_downed": 9}),
    # ... but not where the missiles are the ones all shot down
    ("Ворог випустив 12 ракет і 30 дронів. Ракети були збиті усі, а дронів збито 25.",
     "2025-06-02", {"drones": 30, "drones_downed": 25, "missiles": 12}),
    # a count of drones that "були збиті" is shot down, not launched
    ("У ніч на 3 червня ворог запустив 17 БпЛА. Усі 17 «шахедів» були збиті над "
     "Полтавщиною.", "2025-06-02", {"drones": 17, "drones_downed": 17}),
    # a round count in the headline, the exact one in the text
    ("Росія випустила майже 120 дронів\n\nУ ніч на 3 червня окупанти атакували Україну 118 "
     "ударними дронами. Збито 90.", "2025-06-02", {"drones": 118, "drones_downed": 90}),
    ("Понад 60 дронів атакували Україну\n\nВорог атакував 63 ударними БпЛА, з них збито 50.",
     "2025-06-02", {"drones": 63, "drones_downed": 50}),
    # an aside naming who is among them, between a count and its verb
    ("Уночі ворог обстріляв Херсон. Загинули двоє людей, ще дев'ятеро, серед них дитина, "
     "отримали поранення.", "2025-06-02", {"killed": 2, "injured": 9}),
    ("Унаслідок удару по Сумах п'ятеро людей, у тому числі двоє дітей, поранені.",
     "2025-06-02", {"injured": 5}),
    # ages in groups, each group after its plural noun: one each
    ("Дрон влучив у будинок у Харкові: травмувалися чоловіки 70 і 61 років, жінки 35, 52 та 80 "
     "років.", "2025-06-02", {"injured": 5}),
    ("Унаслідок обстрілу Нікополя постраждали чоловіки віком 40 і 45 років та жінки 33 і 71 "
     "років.", "2025-06-02", {"injured": 4}),
    # Russia's claim of drones shot down over Russia: no figure of ours
    ("У Міноборони РФ заявили, що вночі над Курською областю збили 30 безпілотників. "
     "Унаслідок атаки на Харків поранено двох людей.", "2025-06-02", {"injured": 2}),
    ("У Міністерстві оборони Росії заявили, що ППО знищили 12 дронів, які атакували три "
     "регіони РФ.", "2025-06-02", {}),
    # ... but Ukraine's own count told beside it stands
    ("Росія запустила 80 дронів, сили ППО України знищили 60 з них.", "2025-06-02",
     {"drones": 80, "drones_downed": 60}),
    # a date in a relative clause does not carry to the sentences after it
    ("Уночі росіяни обстріляли Харківщину. Медики також допомогли жінці, яка 2 червня "
     "постраждала внаслідок обстрілу.\n\nПо області вдарили:\n- три БпЛА типу «Герань-2»;\n"
     "- два fpv-дрони.", "2025-06-05", {"drones": 5}),
    # injuries told with the words of their kind between the verb and the noun
    ("Унаслідок атаки дрона на Нікополь 60-річна жінка отримала множинні осколкові "
     "поранення.", "2025-06-02", {"injured": 1}),
    ("Росіяни атакували Бериславський район. Чоловік дістав вибухову та черепно-мозкову "
     "травми.", "2025-06-02", {"injured": 1}),
    ("Унаслідок обстрілу Херсона четверо людей отримали осколкові та вибухові поранення.",
     "2025-06-02", {"injured": 4}),
    # ... not help received
    ("Дрон влучив у двір у Херсоні, чоловік отримав медичну допомогу на місці.", "2025-06-02",
     {}),
]


@pytest.mark.parametrize(("text", "published", "want"), REPORTS)
def test_report_figures(text: str, published: str, want: dict[str, int]) -> None:
    assert _report_figures(text, published) == want


def test_the_enemy_damaged_is_a_strike() -> None:
    """"ворог пошкодив склад" reports a strike there: the toll told next is that strike's, not
    carried to the one told before."""
    text = ("Уночі дрон атакував Харків, там поранено двох людей. У Сумській громаді ворог "
            "пошкодив склад і магазин. Постраждала одна жінка.")
    got = {e.oblast_iso: e.injured for e in extract_text(text, published="2025-06-02").events}
    assert got == {"UA-63": 2, "UA-59": 1}
