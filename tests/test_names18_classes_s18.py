"""Which place a name is (issue 12, session 18, names18): namesakes the text settles, names
that are no place, and places missed, in the three languages. Sentences of our own, end to end
(extract_text: a report's mentions and its events' oblasts, as scored)."""

from __future__ import annotations

from extract_support import oblast_of, places, struck

# --- a namesake placed by the oblast named right after it -----------------------------------

def test_a_settlement_word_between_a_village_and_its_oblast() -> None:
    # an event note's "<village> village, <oblast>": Stepanivka of Kherson oblast, not Sumy's
    for text in ("On 3 May 2023, Russian artillery hit Stepanivka village, Kherson. One man "
                 "was wounded.",
                 "Russian troops fired mortars at Stepanivka village in the Kherson region.",
                 "On 2 April 2023, shelling damaged houses in Stepanivka town, Kherson."):
        assert oblast_of(text, "Stepanivka") == {"UA-65"}, text
        assert struck(text) == {"UA-65"}, text


def test_a_foreign_towns_name_with_a_ukrainian_oblast_after_it() -> None:
    # New York is a village of Donetsk oblast too (Niu-York); the oblast named right after
    # the name places it
    for text in ("On 9 February 2023, a Russian drone dropped a grenade on New York, Donetsk. "
                 "Two houses were damaged.",
                 "Russian artillery struck New York in the Donetsk region on Tuesday morning."):
        assert oblast_of(text, "Niu-York") == {"UA-14"}, text
        assert struck(text) == {"UA-14"}, text
    # without an oblast after it, the city abroad
    assert places("Zelensky flew to New York, then on to Kyiv.") == [("Kyiv", "UA-30")]


def test_a_city_in_a_list_of_names_keeps_its_own_oblast() -> None:
    # "Kherson, Dnipropetrovsk": in a list the bare oblast name is the next member, not the
    # unit of a village named Kherson
    for text in ("Overnight attacks hit Odesa, Kherson, Dnipropetrovsk and Poltava.",
                 "Kherson, Dnipropetrovsk and Zaporizhzhia came under drone attack."):
        assert oblast_of(text, "Kherson") == {"UA-65"}, text
        assert "UA-65" in struck(text), text
    # a unit word after the oblast keeps it the village's unit
    assert oblast_of("Russian shelling hit Makiivka, Luhansk region, and Kreminna.",
                     "Makiivka") == {"UA-09"}


def test_a_dash_opens_a_list_of_oblasts() -> None:
    # "12 oblasts over the past day – ..., Kyiv, ...": each member is an oblast (Kyiv the one
    # around the city), the dash after a few words more
    for text in ("Shelling reached nine oblasts in 24 hours – Sumy, Chernihiv, Kyiv, Odesa, "
                 "Kharkiv and Kherson.",
                 "Shelling hit six regions on Sunday — Zaporizhzhia, Kyiv, Mykolaiv, Sumy, "
                 "Kherson and Donetsk."):
        assert oblast_of(text, "Kyiv") == {"UA-32"}, text
        assert "UA-30" not in struck(text), text


# --- a person's name is no place --------------------------------------------------------------

def test_a_given_name_before_a_surnames_initial_is_no_place() -> None:
    # media that withhold surnames write "Bohdan K.": the given name is no village
    for text in ("Polish media identified the dead farmer only as Boguslaw T, 58.",
                 "His neighbour, Bogdan M., said the blast shattered every window.",
                 "One of the wounded, Bohdan S, is in hospital in Lviv."):
        names = [n for n, _iso in places(text)]
        assert "Bohuslav" not in names and "Bohdan" not in names, text


def test_a_surname_after_a_given_name_opening_a_line_is_no_place() -> None:
    # "Photo: Max Trebukhov": a caption's credit; the word opening it is no English word
    for text in ("A gunner at his post.\nPhoto: Max Trebukhov",
                 "Rescuers at the site of the strike. Source: Anton Trebukhov"):
        assert "Trebukhiv" not in [n for n, _iso in places(text)], text
    # an English word opening a sentence is no given name: the village stays
    assert oblast_of("Overnight Robotyne came under heavy fire.", "Robotyne") == {"UA-23"}


# --- words that only look like a place --------------------------------------------------------

def test_a_villages_adjective_without_a_unit_word_is_no_place() -> None:
    # the adjective of a village whose own name is none (Obolon, Oleksiivka) names its raion
    # or hromada only with the unit word; else an island, a park, a metro line
    for text in ("Рятувальники шукали човен біля острова Оболонський.",
                 "Рух поїздів Салтівською та Олексіївською лініями метро зупинено.",
                 "На Алексеевской линии метро закрыли две станции."):
        names = [n for n, _iso in places(text)]
        assert "Obolon" not in names and "Oleksiivka" not in names, text
    # with the unit word it is the hromada's centre
    assert places("Ворог обстріляв Оболонську громаду.") != []


def test_a_name_with_an_s_glued_on_is_no_village_possessive() -> None:
    # "Oniks" is a missile; a village's possessive without its apostrophe is no reading
    for text in ("An Oniks missile struck the port of Odesa overnight, officials said.",
                 "The Oniks cruise missile hit a warehouse."):
        assert "Onok" not in [n for n, _iso in places(text)], text
        assert "UA-21" not in struck(text), text


# --- a namesake placed by the places named around it ------------------------------------------

def test_a_village_beside_a_village_of_its_oblast_is_that_oblasts() -> None:
    # Ustynivka: GeoNames knows one in Kirovohrad oblast, the codifier one in Luhansk oblast
    # too; named with Toshkivka near Lysychansk it is Luhansk oblast's
    for text in ("Lysychansk came under fire again. Fighting raged around the villages of "
                 "Toshkivka and Ustynivka.",
                 "Russian artillery shelled Toshkivka and Ustynivka south of Lysychansk."):
        assert oblast_of(text, "Ustynivka") == {"UA-09"}, text
    # alone, the one GeoNames knows
    assert oblast_of("A drone hit a barn in Ustynivka.", "Ustynivka") == {"UA-35"}


def test_a_town_of_the_same_sentence_outweighs_the_articles_other_places() -> None:
    # Lyman: the Donetsk town, with Sloviansk in its sentence, though the report is about
    # Kharkiv (a village Lyman lies in Kharkiv oblast)
    text = ("Президент приїхав до Харкова і провів нараду в Харківській обласній адміністрації. "
            "Він нагородив військових, які служать у Харкові та області.\n\n"
            "Російські війська штурмують околиці Лимана, звідки прагнуть вийти до Слов'янська.")
    assert oblast_of(text, "Lyman") == {"UA-14"}
    text = ("Zelensky visited Kharkiv and met the Kharkiv regional governor. He later toured "
            "damaged districts of Kharkiv.\n\n"
            "Russian units keep assaulting the town of Lyman, hoping to break through to "
            "Sloviansk.")
    assert oblast_of(text, "Lyman") == {"UA-14"}


def test_a_village_among_its_oblasts_places_is_no_city_of_an_oblast_never_named() -> None:
    # Rivne: the city (Rivne oblast) and villages of Donetsk oblast; in a paragraph on Donetsk
    # oblast, beside its towns, and the report naming no Rivne oblast: the village
    for text in ("The Donetsk regional governor reported new attacks.\n"
                 "Pokrovsk, Myrnohrad and Rivne each reported wounded civilians.",
                 "Donetsk region: shelling hit Pokrovsk and Myrnohrad, and a drone struck Rivne."):
        assert oblast_of(text, "Rivne") == {"UA-14"}, text
        assert "UA-56" not in struck(text), text
    # a list across oblasts, or a sentence of its own: the city
    for text in ("Russian strikes hit Kyiv, Kharkiv and Rivne overnight.",
                 "In Donetsk Oblast, shelling hit Pokrovsk and Myrnohrad. In Rivne, a drone hit "
                 "a warehouse."):
        assert oblast_of(text, "Rivne") == {"UA-56"}, text


# --- villages written otherwise than the gazetteer spells them --------------------------------

def test_a_village_after_a_village_word_in_another_spelling() -> None:
    # Russian writes Москалівка "Москалевка", Середній Бурлук "Средний Бурлук": the same
    # consonants; the hromada or oblast named beside it tells which Moskalivka
    text = "Снаряд попал во двор дома в с. Москалевка Старосалтовской громады."
    assert oblast_of(text, "Moskalivka") == {"UA-63"}
    assert struck(text) == {"UA-63"}
    text = "В Харьковской области в селе Москалевка пострадала пожилая женщина."
    assert oblast_of(text, "Moskalivka") == {"UA-63"}
    text = "Обстрел повредил школу в с. Средний Бурлук Великобурлукской громады."
    assert oblast_of(text, "Serednii Burluk") == {"UA-63"}
    # three Moskalivkas and nothing to tell which: none
    assert places("В селе Москалевка ранена женщина.") == []


def test_a_city_in_the_locative_before_a_regions_noun_is_the_city() -> None:
    # "в Киеве и ряде областей": "Киеве" is the noun's case, no adjective like "Брянской"
    for text, name in (("В Киеве и ряде других областей ночью работала ПВО.", "Kyiv"),
                       ("Вечером во Львове и нескольких областях запада гремели взрывы.", "Lviv"),
                       ("У Харкові та області пролунали вибухи.", "Kharkiv")):
        assert name in [n for n, _iso in places(text)], text
    # a Russian region's adjective stays no place
    assert places("Дроны сбиты над Брянской и Курской областями.") == []


def test_an_everyday_word_closing_a_list_of_places_is_a_place() -> None:
    # "Українка" (a Ukrainian woman) is an everyday word; after "й" closing a list of villages
    # it is the last village
    text = ("На Херсонщині пошкоджені будинки в селах Антонівка, Садове, Токарівка, Томина "
            "Балка й Українка.")
    assert oblast_of(text, "Ukrainka") == {"UA-65"}
    # no name before the "і": the word
    assert "Ukrainka" not in [n for n, _iso in places(
        "Росіяни вбили двох людей, і Українка втратила сина.")]
