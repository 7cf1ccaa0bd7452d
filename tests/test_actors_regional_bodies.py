"""Regional and other intergovernmental bodies the gazetteer lists (issue 4): named in full, by
acronym or by a common short form they resolve to one body, so a meeting of theirs finds its
party; words they share with other things (a river, a US state's style) stay unread. Sentences
written for these tests."""

from tests.text_analysis import contacts_of, doc_of


def mentions(text: str, day: str = "2024-05-02") -> set[tuple[str, str]]:
    return {(m.text, m.actor) for m in doc_of(text, published=day)._.actor_mentions}


def test_regional_bodies_by_full_name_and_acronym_resolve() -> None:
    text = ("Envoys of the Southern African Development Community and IGAD met in Nairobi on "
            "Monday, while CARICOM leaders spoke with the Pacific Islands Forum and Polish "
            "officials briefed the Visegrad Group.")
    found = mentions(text)
    assert ("the Southern African Development Community", "SADC") in found
    assert ("IGAD", "IGAD") in found
    assert ("CARICOM", "Caribbean Community") in found
    assert ("the Pacific Islands Forum", "Pacific Islands Forum") in found
    assert ("the Visegrad Group", "Visegrad Group") in found


def test_short_forms_and_accented_spellings_resolve() -> None:
    text = ("The V4 prime ministers met in Prague, a week after the Visegrád Four had split over "
            "Ukraine, and the AES juntas met in Bamako as the Sahel alliance grew.")
    found = mentions(text)
    assert ("The V4", "Visegrad Group") in found
    assert ("the Visegrád Four", "Visegrad Group") in found
    assert ("the AES", "Alliance of Sahel States") in found


def test_a_bloc_named_before_takes_its_generic_noun() -> None:
    text = ("Leaders of the East African Community met in Arusha on Friday. The bloc urged "
            "Kinshasa and Kigali to return to talks.")
    assert ("The bloc", "East African Community") in mentions(text)


def test_a_regional_bodys_gathering_finds_its_party() -> None:
    found = contacts_of("Foreign ministers of the Andean Community met in Quito on Monday to "
                        "discuss migration.", published="2024-05-08")
    assert any("Andean Community" in c.participants for c in found)


def test_a_river_and_a_us_states_style_are_no_body() -> None:
    text = ("The governor said the Commonwealth of Virginia would appeal, and the Commonwealth "
            "would not back down. Laos and Thailand argued over dams on the Mekong on Monday.")
    actors = {actor for _, actor in mentions(text)}
    assert "Commonwealth of Nations" not in actors
    assert "Lancang-Mekong Cooperation" not in actors


def test_the_bare_commonwealth_is_the_body_where_the_article_names_it_in_full() -> None:
    text = ("Leaders of the Commonwealth of Nations gathered in Apia on Friday. The Commonwealth "
            "chose a new secretary-general.")
    assert ("The Commonwealth", "Commonwealth of Nations") in mentions(text)


def test_the_amazon_treaty_body_is_the_party_of_its_members_meeting() -> None:
    found = contacts_of("Leaders of the eight countries of the Amazon Cooperation Treaty "
                        "Organization met in Belém on Tuesday.", published="2023-08-09")
    assert any(c.participants == ["Amazon Cooperation Treaty Organization"] for c in found)
