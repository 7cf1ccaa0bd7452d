"""Back-references across an article (session 10): a repeat that leaves a party unnamed ("the
meeting lasted two hours") is reported only when the article gives it one antecedent. The
sentences are the project's own."""

from __future__ import annotations

from tests.text_analysis import analysis_of

TWO_MEETINGS = ("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday. "
                "On Wednesday he met Prime Minister Donald Tusk in Warsaw. ")
ONE_MEETING = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Tuesday. "


def contacts_of(text: str) -> list[tuple]:
    return [(sorted(c.participants), c.date, c.same_as, c.evidence)
            for c in analysis_of(text, published="2024-05-10").contacts]


def test_a_repeat_with_one_antecedent_stays() -> None:
    found = contacts_of(ONE_MEETING + "The meeting lasted two hours.")
    assert found[-1] == (["Emmanuel Macron", "Olaf Scholz"], "2024-05-07", 0,
                         "The meeting lasted two hours.")


def test_an_unnamed_repeat_after_two_contacts_is_left_out() -> None:
    found = contacts_of(TWO_MEETINGS + "The meeting lasted two hours.")
    assert [f[0] for f in found] == [["Emmanuel Macron", "Olaf Scholz"],
                                     ["Donald Tusk", "Olaf Scholz"]]


def test_one_named_party_who_met_twice_does_not_fix_the_antecedent() -> None:
    found = contacts_of(TWO_MEETINGS + "Scholz said the meeting had been useful.")
    assert len(found) == 2


def test_a_repeat_naming_both_parties_stays() -> None:
    found = contacts_of(TWO_MEETINGS + "Scholz and Tusk said the meeting had been useful.")
    assert found[-1][:3] == (["Donald Tusk", "Olaf Scholz"], "2024-05-08", 1)


def test_a_repeat_that_only_dates_another_act_is_left_out() -> None:
    # one candidate, but "before the talks began" tells nothing of the talks themselves
    found = contacts_of("Foreign Minister Penny Wong held talks with Foreign Minister Wang Yi in "
                        "Canberra on Monday. Hours before the talks began, protesters gathered "
                        "outside Parliament House.")
    assert len(found) == 1


def test_the_visit_is_a_trip_not_the_talks_held_during_it() -> None:
    # the talks with the premier are no candidate for "the visit"
    found = contacts_of("President Cyril Ramaphosa arrived in Tokyo on Monday for a state visit. "
                        "He held talks with Prime Minister Fumio Kishida on Tuesday. "
                        "Ramaphosa said the visit had been a success.")
    assert found[-1][2] == 0 and "Ramaphosa said" in found[-1][3]


def _formats_parties_dates(text: str, published: str = "2024-05-10") -> list[tuple]:
    return [(c.format, sorted(c.participants), c.date)
            for c in analysis_of(text, published=published).contacts]


def test_who_becomes_the_first_leader_to_visit_is_the_traveller() -> None:
    assert _formats_parties_dates(
        "Prime Minister Mark Carney became the first G7 leader to visit Kenya since the "
        "election.") == [("visit", ["Kenya", "Mark Carney"], None)]


def test_a_contact_told_alongside_another_clause_shares_its_day() -> None:
    found = _formats_parties_dates(
        "Prime Minister Keir Starmer arrived in Tokyo on Tuesday for an official visit, just as "
        "Xi Jinping was holding talks with Vladimir Putin in Moscow.")
    assert (("talks", ["Vladimir Putin", "Xi Jinping"], "2024-05-07")) in found
    found = _formats_parties_dates("Protesters gathered outside the embassy on Monday while "
                                   "Antony Blinken met Wang Yi in Beijing.")
    assert found == [("meeting", ["Antony Blinken", "Wang Yi"], "2024-05-06")]


def test_another_contacts_clause_and_a_time_phrase_name_no_host_of_a_trip() -> None:
    found = _formats_parties_dates(
        "Prime Minister Keir Starmer arrived in Kyiv on Tuesday, becoming the latest leader to "
        "travel to Ukraine since Russia's invasion, just as Xi Jinping was holding talks with "
        "Vladimir Putin in Moscow.")
    assert [f for f in found if "Keir Starmer" in f[1]] == [
        ("visit", ["Keir Starmer", "Ukraine"], "2024-05-07")]


def test_a_trip_is_hosted_by_people_and_governments_not_by_what_the_sentence_names_beside() -> None:
    # the plane's air force hosts nothing: the city's state does
    assert _formats_parties_dates(
        "Prime Minister Anthony Albanese flew to Washington on Tuesday aboard an American "
        "military plane and addressed Congress.") == [
        ("visit", ["Anthony Albanese", "United States"], "2024-05-07")]


def test_a_call_told_later_is_not_the_talks_held_in_a_room() -> None:
    found = _formats_parties_dates(
        "Narendra Modi was welcomed by Anthony Albanese at Parliament House before the two "
        "leaders held talks in the Cabinet Room. Officials said preparations had begun after "
        "Modi and Albanese spoke by phone earlier this month.")
    assert found == [("meeting", ["Anthony Albanese", "Narendra Modi"], None),
                     ("phone call", ["Anthony Albanese", "Narendra Modi"], "2024-05")]


def test_who_acts_in_a_clause_set_beside_the_contact_is_no_party() -> None:
    assert _formats_parties_dates(
        "As Anthony Albanese toured a factory in Shenzhen, Xi Jinping sat down with Vladimir "
        "Putin at the Kremlin for a second day of talks.") == [
        ("meeting", ["Vladimir Putin", "Xi Jinping"], None)]


def test_the_day_of_a_past_act_above_does_not_date_the_contact_still_to_come() -> None:
    assert _formats_parties_dates("Xi Jinping and Joe Biden agreed on Thursday to resume "
                                  "military talks.") == [
        ("talks", ["Joe Biden", "Xi Jinping"], None)]
    # a future trip's own day stays
    assert _formats_parties_dates("Vladimir Putin will travel to Beijing on Thursday to meet "
                                  "Xi Jinping.") == [
        ("visit", ["Vladimir Putin", "Xi Jinping"], "2024-05-16")]


def test_a_leaders_spouse_is_no_side_of_the_contact() -> None:
    assert _formats_parties_dates(
        "Prime Minister Shigeru Ishiba was welcomed by President Lula and the first lady, "
        "Rosangela da Silva, at the Alvorada Palace on Monday.") == [
        ("meeting", ["Luiz Inácio Lula da Silva", "Shigeru Ishiba"], "2024-05-06")]
    # alone, a spouse is a side ("the first lady met …")
    assert _formats_parties_dates("Jill Biden met Olena Zelenska in Kyiv on Sunday.") == [
        ("meeting", ["Jill Biden", "Olena Zelenska"], "2024-05-05")]


def test_who_is_sent_to_meet_meets_not_who_sends() -> None:
    assert _formats_parties_dates("Prime Minister Narendra Modi sent Subrahmanyam Jaishankar to "
                                  "meet Wang Yi in Beijing on Monday.") == [
        ("meeting", ["Subrahmanyam Jaishankar", "Wang Yi"], "2024-05-06")]
    found = _formats_parties_dates("Narendra Modi spoke with Xi Jinping on Monday and sent "
                                   "Subrahmanyam Jaishankar to meet Wang Yi.")
    assert ("meeting", ["Subrahmanyam Jaishankar", "Wang Yi"], None) in found


def test_days_are_counted_from_a_day_written_with_a_short_month() -> None:
    found = _formats_parties_dates("Emmanuel Macron spoke with Xi Jinping on Apr. 2 and met "
                                   "Li Qiang in Paris three days later.")
    assert ("meeting", ["Emmanuel Macron", "Li Qiang"], "2024-04-05") in found


def test_talks_with_the_host_are_the_visitors() -> None:
    found = _formats_parties_dates("Lula arrived in Beijing on Monday. Formal talks with Xi "
                                   "Jinping followed on Tuesday.")
    assert ("talks", ["Luiz Inácio Lula da Silva", "Xi Jinping"], "2024-05-07") in found
    # a third leader is no host of that visit
    found = _formats_parties_dates("Lula arrived in Beijing on Monday. Talks with Emmanuel "
                                   "Macron are due in Paris next month.")
    assert all("Emmanuel Macron" not in f[1] for f in found)


def test_the_place_a_traveller_comes_from_hosts_no_visit() -> None:
    assert _formats_parties_dates("Prime Minister Keir Starmer arrived in Ankara from Kyiv on "
                                  "Tuesday.") == [
        ("visit", ["Keir Starmer", "Turkey"], "2024-05-07")]


def test_what_was_done_where_the_traveller_came_from_is_its_own_contact() -> None:
    found = _formats_parties_dates("Prime Minister Keir Starmer arrived in Ankara directly "
                                   "from Kyiv, where on Monday he met President Volodymyr "
                                   "Zelensky.")
    assert found == [("visit", ["Keir Starmer", "Turkey"], None),
                     ("meeting", ["Keir Starmer", "Volodymyr Zelensky"], "2024-05-06")]
