"""A member state's leader (or the state) hosting, chairing or opening the gathering of a body
it belongs to is on the body's side: the gathering has one side, the body ("Leaders of the
Amazon Cooperation Treaty Organization met in Belém, hosted by Lula": gold [ACTO], Lula an
alternative name of that side). A guest from outside the body stays a party, and a host of
someone else, or of a meeting "with" a counterpart, stays one too. Sentences written for these
tests."""

from tests.text_analysis import contacts_in_brief, contacts_of, event_triples


def sides(text: str, published: str = "2024-05-10") -> list[list[str]]:
    return [sorted(c.participants) for c in contacts_of(text, published=published)]


def test_a_member_leader_chairing_the_summit_is_on_the_bodys_side() -> None:
    found = contacts_in_brief(contacts_of(
        "The GCC summit in Riyadh on Tuesday was chaired by Mohammed bin Salman."))
    assert found == [(["Gulf Cooperation Council"], "summit", "2024-05-07", "held")]


def test_a_summit_hosted_by_a_member_leader_after_the_members_met() -> None:
    assert sides("Leaders of the Gulf Cooperation Council met in Doha on Monday for a summit "
                 "hosted by Emir Tamim bin Hamad Al Thani.") == [["Gulf Cooperation Council"]]
    assert sides("NATO leaders met in Vilnius on Tuesday for a summit hosted by Gitanas "
                 "Nauseda.") == [["NATO"]]


def test_the_member_host_as_subject_or_as_a_state() -> None:
    assert sides("Narendra Modi chaired the SCO summit held by video link on Tuesday.") == \
        [["SCO"]]
    assert sides("Kishida hosted the G7 summit in Hiroshima on Friday.") == [["G7"]]
    assert sides("Saudi Arabia hosted the GCC summit in Riyadh on Tuesday.") == \
        [["Gulf Cooperation Council"]]
    assert sides("The BRICS summit opened in Kazan on Tuesday, hosted by Vladimir Putin.") == \
        [["BRICS"]]


def test_a_guest_or_a_host_from_outside_the_body_stays_a_party() -> None:
    assert sides("The G7 summit in Hiroshima on Saturday was attended by Lula as a "
                 "guest.") == [["G7", "Luiz Inácio Lula da Silva"]]
    # Turkmenistan is no member of the Organization of Turkic States
    assert sides("Turkmen leader Serdar Berdimuhamedov hosted the Organization of Turkic "
                 "States summit in Ashgabat on Friday.") == \
        [["Organization of Turkic States", "Serdar Berdimuhamedov"]]


def test_a_member_hosting_a_meeting_with_the_body_stays_its_counterpart() -> None:
    assert sides("Scholz hosted a meeting with NATO officials in Berlin on Monday.") == \
        [["NATO", "Olaf Scholz"]]
    assert sides("Turkish President Recep Tayyip Erdogan hosted NATO Secretary General Mark "
                 "Rutte in Ankara on Monday.") == [["Mark Rutte", "Recep Tayyip Erdoğan"]]


def test_the_member_host_still_meets_the_body_in_the_events() -> None:
    # the events golds read the host as meeting the body (dev15: CONSULT Lula -> ACTO)
    assert ("CONSULT", "Gitanas Nausėda", "NATO") in event_triples(
        "NATO leaders met in Vilnius on Tuesday for a summit hosted by Gitanas Nauseda.")
    assert ("CONSULT", "Saudi Arabia", "Gulf Cooperation Council") in event_triples(
        "Saudi Arabia hosted the GCC summit in Riyadh on Tuesday.")


def test_a_body_gathering_a_member_will_host_is_no_meeting_of_the_host() -> None:
    triples = event_triples("Tusk received Macron in Warsaw for talks that covered the coming "
                            "NATO summit, which Poland will host in July.")
    assert ("CONSULT", "Poland", "NATO") not in triples
