"""Events of the kinds the fourth blind BASIL set (tests/gold/basil_events_dev4.json) showed
missing in whole news articles: travel bans and boycotts between states, headline passives
that name the asker after the infinitive, charges in a claim noun's clause or in a message's
relative clause, refusals phrased 'not about to'. Every sentence here is the project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2017-05-10") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def proposers(text: str, published: str = "2017-05-10") -> set[tuple[str | None, str | None]]:
    return {(p.proposer, p.addressee) for p in analyze_text(text, published=published).proposals}


def test_a_ban_on_official_travel_to_another_state_is_a_sanction() -> None:
    found = tuples("Oregon Gov. Nora Vance banned state-funded travel to Idaho on Monday.")
    assert ("SANCTION", "Nora Vance", "Idaho") in found
    assert not any(e[0] == "COERCE" for e in found)


def test_an_announced_ban_on_travelling_there_is_a_sanction_too() -> None:
    found = tuples("Oregon Gov. Nora Vance announced a ban on state employees traveling to Idaho.")
    assert ("SANCTION", "Nora Vance", "Idaho") in found


def test_a_ban_at_home_stays_coercion() -> None:
    found = tuples("The junta announced a ban on street protests.")
    assert not any(e[0] == "SANCTION" for e in found)


def test_a_state_boycotting_a_state_is_a_sanction_a_crowd_boycotting_is_a_protest() -> None:
    assert any(e[0] == "SANCTION" and e[1] == "Texas"
               for e in tuples("Texas will boycott Idaho over the water law."))
    assert not any(e[0] == "SANCTION" for e in tuples("Students will boycott classes on Monday."))


def test_headline_passive_with_the_asker_after_the_infinitive() -> None:
    text = "Nora Vance urged to quit as chairwoman by Senate Finance Committee Democrats"
    assert ("REQUEST", "Democratic Party", "Nora Vance") in tuples(text)
    assert not any(e[1] == "Nora Vance" for e in tuples(text))
    assert ("Democratic Party", "Nora Vance") in proposers(text)


def test_a_headline_passive_with_the_asker_first_names_the_asker_as_proposer() -> None:
    found = proposers("Nora Vance urged by Labour lawmakers to quit as party chair")
    assert any(p[0] == "Labour Party" for p in found)


def test_a_charge_in_the_clause_of_a_claim_noun_is_the_holders_accusation() -> None:
    found = tuples("Paul Crane has doubled down on his claim that Nora Vance colluded with Iran.")
    assert ("ACCUSE", "Paul Crane", "Nora Vance") in found


def test_rejecting_such_a_claim_accuses_no_one() -> None:
    found = tuples("Paul Crane dismissed the claim that Nora Vance colluded with Iran.")
    assert not any(e[0] == "ACCUSE" for e in found)


def test_reporting_collusion_is_an_accusation() -> None:
    assert ("ACCUSE", "Paul Crane", "Nora Vance") in tuples(
        "Paul Crane said Nora Vance colluded with Iran.")


def test_a_message_that_accuses_is_its_authors_accusation() -> None:
    found = tuples("Paul Crane called on Nora Vance to quit in a late-night post that accused "
                   "her of fraud.")
    assert ("REQUEST", "Paul Crane", "Nora Vance") in found
    assert any(e[0] == "ACCUSE" and e[1] == "Paul Crane" for e in found)


def test_a_message_only_wished_for_does_nothing() -> None:
    found = tuples("Paul Crane wants a letter that urges Nora Vance to quit.")
    assert not any(e[0] == "REQUEST" for e in found)


def test_not_about_to_step_down_is_a_refusal_not_a_resignation() -> None:
    found = tuples("Senator Nora Vance faced calls to resign. Undaunted, Ms. Vance made clear "
                   "she was not about to step down.")
    assert ("REJECT", "Nora Vance", None) in found
    assert not any(e[0] == "RETREAT" for e in found)


def test_party_members_backing_someone_is_the_partys_support() -> None:
    found = tuples("Senator Paul Crane was criticized by the governor, but Democrats backed him.")
    assert ("SUPPORT", "Democratic Party", "Paul Crane") in found


def test_a_public_backing_a_war_stays_an_opinion() -> None:
    assert not tuples("Americans oppose the war.")


def test_every_member_of_a_party_acts_as_the_party() -> None:
    text = "Every Democrat on the budget committee demanded Senator Paul Crane resign."
    assert ("REQUEST", "Democratic Party", "Paul Crane") in tuples(text)
    assert any(p[0] == "Democratic Party" for p in proposers(text))


def test_the_latest_voice_to_urge_is_the_one_who_urges() -> None:
    text = ("Former senator Paul Crane was the latest prominent voice to weigh in and urge "
            "Nora Vance to veto the bill.")
    assert ("REQUEST", "Paul Crane", "Nora Vance") in tuples(text)
    assert ("Paul Crane", "Nora Vance") in proposers(text)
