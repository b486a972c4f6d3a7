"""Ukrainian and Russian tolls and struck oblasts (issue 12, session 18, ukru18): the classes
last session's blind uk/ru pages told in shapes the extractor missed, each with sentences of our
own, end to end (extract_text: the struck oblasts and the figures summed over a report's
events, as scored)."""

from __future__ import annotations

from extract.pipeline import extract_text


def oblasts(text: str, published: str = "2025-03-10") -> set[str]:
    return {e.oblast_iso for e in extract_text(text, published=published).events
            if e.oblast_iso}


def total(text: str, figure: str, published: str = "2025-03-10") -> int:
    return sum(getattr(e, figure) or 0 for e in extract_text(text, published=published).events)


# --- explosions heard in a place: an attack or an interception there (GUIDE.md) -------------

def test_explosions_heard_in_a_place_are_a_strike_there() -> None:
    assert oblasts("Уночі у Полтаві пролунали вибухи, повідомив міський голова.") == {"UA-53"}
    assert oblasts("Вибухи було чутно в Кременчуці та Черкасах.") == {"UA-53", "UA-71"}
    assert oblasts("Росія атакувала країну ракетами. Звуки вибухів пролунали у Львові, "
                   "Житомирі, Рівному.") == {"UA-46", "UA-18", "UA-56"}
    assert oblasts("Вечером в Сумах прогремели взрывы, сообщили местные каналы.") == {"UA-59"}
    assert oblasts("В Запорожье и Днепре были слышны взрывы.") == {"UA-23", "UA-12"}


def test_explosions_announced_or_of_demining_are_no_strike() -> None:
    assert oblasts("У Вінниці пролунають контрольовані вибухи.") == set()
    assert oblasts("Завтра в Полтаве прогремят плановые взрывы.") == set()
