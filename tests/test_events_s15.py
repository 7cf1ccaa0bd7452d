"""Event rules, eighth round (fifteenth session, task events8): precision on probe articles
with the traps that make false events. Sentences are the project's own; the aides, analysts
and officials are invented."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def triples(text: str, published: str = "2025-04-28") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def test_a_source_asking_anonymity_requests_nothing() -> None:
    for text in ("Indian officials, who asked not to be named, said the talks had stalled.",
                 "A Turkish diplomat who requested anonymity said Ankara had not decided.",
                 "Two officials, who asked not to be identified, confirmed the letter."):
        assert not [t for t in triples(text) if t[0] == "REQUEST"], text


def test_a_hedged_forecast_is_no_act() -> None:
    found = triples('"Russia and China would likely block any resolution that named Ethiopia," '
                    'said Nadia Farouk, a researcher at a Cairo university.')
    assert not [t for t in found if t[0] == "REJECT"]
    assert not triples("Analysts said the EU will probably impose sanctions on Iran.")
    # a reported pledge with no hedge is still read
    assert ("THREATEN", "Russia", None) in triples(
        "Putin said Russia will impose sanctions on Western firms.")


def test_a_hypothetical_need_is_no_demand() -> None:
    found = triples('"The Americans would have to act if a Filipino sailor were killed," said '
                    'Ramon Castellano, a security analyst.')
    assert not [t for t in found if t[0] == "REQUEST"]


def test_a_vowed_response_or_payback_is_a_threat() -> None:
    assert ("THREATEN", "Pakistan", "India") in triples(
        "Pakistan vowed a swift response to any Indian attack.")
    assert ("THREATEN", "European Union", "Russia") in triples(
        "The European Union has promised that Moscow would pay for every step it took.")
    # a reply to a letter and a promise of cheaper goods promise no harm
    assert not [t for t in triples("Sharif promised a response to the letter.")
                if t[0] == "THREATEN"]
    assert not [t for t in triples("Biden promised that Americans would pay less for insulin.")
                if t[0] == "THREATEN"]


def test_a_thing_that_endangers_lives_threatens_no_one() -> None:
    found = triples("Egypt's foreign minister, Badr Abdelatty, said that Ethiopia's plan to fill "
                    "the reservoir threatened the lives of millions of Egyptians.")
    assert not [t for t in found if t[0] == "THREATEN"]
    assert ("THREATEN", "Russia", "Ukraine") in triples("Russia threatened Ukraine with sanctions.")


def test_a_bid_to_host_is_no_meeting() -> None:
    found = triples("Albanese spoke with Lula on Tuesday. The Prime Minister thanked him for "
                    "Brazil's support of Australia's bid to host a future conference.",
                    published="2025-12-02")
    assert ("CONSULT", "Australia", "Luiz Inácio Lula da Silva") not in found


def test_the_place_of_a_war_is_not_the_one_complained_of() -> None:
    found = triples("Albanese spoke with Lula on Tuesday. The Prime Minister raised Australia's "
                    "concerns about the war in Ukraine.", published="2025-12-02")
    assert not [t for t in found if t[0] == "ACCUSE" and t[2] == "Ukraine"]


def test_readiness_to_act_if_needed_threatens_no_one() -> None:
    found = triples('A NATO spokesman, Erik Vollan, said the alliance\'s mission in Kosovo was '
                    '"ready to act if necessary."', published="2024-10-03")
    assert not [t for t in found if t[0] == "THREATEN"]
    assert ("THREATEN", "Sergey Lavrov", "NATO") in triples(
        "Lavrov said Russia would respond if NATO deployed missiles in Finland.")


def test_the_deniers_next_act_is_its_own() -> None:
    found = triples("China's foreign ministry denied that its ships had acted dangerously and "
                    "warned the Philippines not to stir up trouble.", published="2024-08-05")
    assert ("REQUEST", "China", "Philippines") in found


def test_an_appeal_after_a_reported_passive_is_the_speakers() -> None:
    found = triples("Greek Prime Minister Kyriakos Mitsotakis said his government would not be "
                    "intimidated and called on the European Union to stand with Athens.",
                    published="2025-03-12")
    assert ("REQUEST", "Kyriakos Mitsotakis", "European Union") in found


def test_a_clause_before_a_semicolon_is_no_content_of_the_denial_after_it() -> None:
    found = triples("Kosovo, which declared independence in 2008, blamed Belgrade for the "
                    "attack; Serbia denied any role.", published="2024-10-03")
    assert ("ACCUSE", "Kosovo", "Serbia") in found


def test_what_a_proposal_asks_is_agreed_by_no_one() -> None:
    found = triples("Maduro has proposed that the two countries hold direct talks.",
                    published="2024-12-04")
    assert not [t for t in found if t[0] == "AGREE"]


def test_an_answer_told_in_a_relative_clause_on_the_proposal() -> None:
    found = triples("Maduro has proposed that the two countries hold direct talks without "
                    "outside mediators, an idea Georgetown rejected last year.",
                    published="2024-12-04")
    assert ("REJECT", "Guyana", "Nicolás Maduro") in found
    # one championed is a stance toward the idea, no act toward a party
    found = triples("Biden said he backed Britain's plan to host a summit on drones, an idea "
                    "Sunak has championed.", published="2023-06-09")
    assert not [t for t in found if t[0] == "SUPPORT" and t[1] == "Rishi Sunak"]


def test_declining_to_name_a_party_rejects_no_one() -> None:
    found = triples("Trade Minister Ahn Duk-geun said the government had not decided, but he "
                    "declined to name Japan.", published="2025-02-14")
    assert not [t for t in found if t[0] == "REJECT"]


def test_an_onlookers_forecast_of_a_reply_is_no_threat() -> None:
    for text in ("If Seoul went ahead, Tokyo would almost certainly retaliate, said Hideo "
                 "Tanaka, a trade lawyer in Tokyo.",
                 "If Seoul went ahead, Tokyo would retaliate, said Hideo Tanaka, a trade lawyer.",
                 "Analysts said Russia would respond if NATO deployed missiles in Finland."):
        assert not [t for t in triples(text, published="2025-02-14") if t[0] == "THREATEN"], text
    assert ("THREATEN", "Sergey Lavrov", "NATO") in triples(
        "Lavrov said Russia would respond if NATO deployed missiles in Finland.")


def test_whoever_a_threat_describes_is_no_named_target() -> None:
    found = triples("Trade Minister Ahn Duk-geun told lawmakers that any country that restricts "
                    "exports of chip materials to Korea will face consequences.",
                    published="2025-02-14")
    assert not [t for t in found if t[0] == "THREATEN" and t[2] == "South Korea"]


def test_an_answer_to_a_charge_is_not_aimed_at_the_last_guest() -> None:
    found = triples("Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony "
                    "Albanese in New Delhi on Monday. Opposition lawmakers accused Modi of "
                    "ignoring farmers. Modi rejected the criticism as political.")
    assert ("REJECT", "Narendra Modi", "Anthony Albanese") not in found
    found = triples("Chinese President Xi Jinping met Brazilian President Lula in Beijing on "
                    "Friday. Western governments say Chinese firms supply parts to Russian arms "
                    "makers. China denies supplying weapons to either side.")
    assert ("REJECT", "China", "Brazil") not in found


def test_a_charge_the_partner_just_made_is_answered_to_the_partner() -> None:
    found = triples("Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony "
                    "Albanese in New Delhi on Monday. Albanese said trade had to be fair and "
                    "warned against dumping. Modi rejected the charge, saying Indian exports "
                    "helped Australian consumers.")
    assert ("REJECT", "Narendra Modi", "Anthony Albanese") in found


def test_a_charge_summed_up_and_rejected_after_a_comma() -> None:
    found = triples("Chile has accused Peru of adding new conditions to the draft accord, a "
                    "charge the Peruvian foreign ministry rejected.")
    assert ("ACCUSE", "Chile", "Peru") in found
    assert ("REJECT", "Peru", "Chile") in found
    found = triples("Chile accused Peru of stalling the talks. Peru rejected the accusation as "
                    "absurd.")
    assert ("REJECT", "Peru", "Chile") in found


def test_leave_withheld_is_a_refusal() -> None:
    found = triples("Zelensky met Biden at the White House. Biden did not give him the "
                    "permission he wanted.", published="2024-09-28")
    assert ("REJECT", "Joe Biden", "Volodymyr Zelensky") in found
    # leave given is not read as anything here
    assert not [t for t in triples("Biden gave Zelensky permission to strike.",
                                   published="2024-09-28") if t[0] in ("REJECT", "CONCEDE")]
