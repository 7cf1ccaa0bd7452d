"""Proposals, eleventh session: who proposes when the proposal spans clauses (a verb joined
after a quotation or a modal clause, a text owned by 'its'), what a verb of saying says after
a time phrase, offers of talks, and priorities denied (sentences written for these tests)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from readout.analyze.proposals import _subject
from tests.text_analysis import proposals_of


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(p.proposer, p.addressee, p.issue) for p in proposals_of(text)]


def test_a_tensed_verb_joined_to_a_modal_clause_goes_with_the_speaker() -> None:
    # 'urged' cannot stand under 'should': Vale urges, not Serbia
    found = _found("President Tomas Vale said Serbia should open the crossing and urged Kosovo "
                   "to release the detainees.")
    assert [(p, a) for p, a, _ in found] == [("Tomas Vale", "Serbia"), ("Tomas Vale", "Kosovo")]


def test_a_call_after_a_quoted_modal_clause_is_the_speakers() -> None:
    found = _found("Lula told Macron at the Elysee Palace that the world should \"firmly reject "
                   "the sale of, or plans to sell, chemical weapons\" and called for an inquiry "
                   "into the attack, according to the Brazilian news agency.")
    assert [p for p, _, _ in found] == ["Luiz Inácio Lula da Silva"] * 2
    assert "inquiry" in found[1][2]


def test_a_noun_inside_a_quotation_is_no_subject_of_a_verb_after_it() -> None:
    # the parse this guards against: the quoted 'threats' taken as the subject of 'called'
    words = ["Vale", "said", "the", "bloc", "should", '"', "resist", "the", "pressure", ",",
             "or", "threats", "of", "force", '"', "and", "called", "for", "talks", "."]
    heads = [1, 1, 3, 6, 6, 6, 1, 8, 6, 6, 6, 16, 11, 12, 16, 16, 6, 16, 17, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "punct", "ccomp", "det", "dobj", "punct",
            "cc", "nsubj", "prep", "pobj", "punct", "cc", "conj", "prep", "pobj", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "MD", "``", "VB", "DT", "NN", ",", "CC", "NNS", "IN",
            "NN", "''", "CC", "VBD", "IN", "NNS", "."]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)
    subj = _subject(doc[16])
    assert subj is not None and subj.text == "Vale"


def test_its_statement_is_the_issuers_named_before() -> None:
    found = _found("Analysts doubt the pact will last. India has never endorsed the sanctions, "
                   "and it remains wary of Washington. Its statement also called on all sides "
                   "to show restraint.")
    assert [p for p, _, _ in found] == ["India"]


def test_a_that_clause_after_said_at_the_time_is_what_was_said() -> None:
    found = _found("Borrell replied at the time that the sanctions should stay in place.")
    assert [(p, i) for p, _, i in found] == [("Josep Borrell", "stay in place")]
    assert _found("The ministers met at the time that the envoy should have arrived.") == []


def test_an_offer_of_talks_proposes_them() -> None:
    found = _found("Washington rejected the demand but offered talks on arms control.")
    assert [(p, i) for p, _, i in found] == [("United States", "talks on arms control")]
    found = _found("Moscow offered Kyiv a ceasefire over Easter.")
    assert [(p, a) for p, a, _ in found] == [("Russia", "Ukraine")]
    assert _found("Ankara offered condolences to the families.") == []


def test_a_priority_denied_urges_nothing() -> None:
    assert _found("Sunak told reporters that a free trade deal was not the priority for either "
                  "side.") == []
    assert len(_found("Sunak said a free trade deal is the priority for both sides.")) == 1


def test_it_after_a_statement_goes_on_with_the_statements_issuers() -> None:
    found = _found("In their joint statement, Paris and Berlin said any deal must respect the "
                   "law. The statement was also sharply critical of Ankara. It accused Turkey of "
                   "stoking tension in the Aegean, demanded that it stop drilling there, and said "
                   "the two countries opposed the pipeline.")
    assert [(p, a) for p, a, _ in found] == [("France", None), ("France", "Turkey")]
    # a text whose issuer the article does not name still asks for no one
    found = _found("Envoys of forty states met in Oslo. The closing declaration is long. It "
                   "demands that fishing boats in the gulf not be seized.")
    assert [p for p, _, _ in found] == [None]


def test_readiness_to_host_or_mediate_offers_it() -> None:
    found = _found('"A lasting truce is possible, and Oman is ready to host it," the sultan '
                   "told reporters.")
    # ('it' labelled with the thing the clause before names, eighteenth session)
    assert [(p, i) for p, _, i in found] == [("Oman", "host a lasting truce")]
    found = _found("Norway said it was willing to mediate between Caracas and the opposition.")
    assert [(p, i) for p, _, i in found] == [
        ("Norway", "mediate between Caracas and the opposition")]
    assert _found("Europe is prepared to use every instrument it has.") == []
    assert _found("Egypt is not ready to host the talks.") == []


def test_the_one_proposed_or_told_to_is_asked() -> None:
    found = _found("Lula said he had proposed to Biden the creation of a group of countries "
                   "that could help broker peace.")
    assert [(p, a) for p, a, _ in found] == [("Luiz Inácio Lula da Silva", "Joe Biden")]
    assert found[0][2].startswith("creation of a group")
    found = _found("Lula proposed a peace group to Biden.")
    assert [a for _, a, _ in found] == ["Joe Biden"]
    # a passive that names no doer asks the one told; an audience is asked nothing
    found = _found("Kishida told Xi that the ban should be lifted immediately.")
    assert [(p, a) for p, a, _ in found] == [("Fumio Kishida", "Xi Jinping")]
    found = _found("Kishida told reporters that the ban should be lifted immediately.")
    assert [a for _, a, _ in found] == [None]


def test_a_party_named_inside_another_noun_is_not_asked() -> None:
    found = _found("Scholz met Xi in Beijing. He warned that any change to the status of "
                   "Taiwan must come peacefully.")
    assert [(p, a) for p, a, _ in found] == [("Olaf Scholz", None)]
    found = _found("Scholz met Xi in Beijing. He said the government of China must release "
                   "the activists.")
    assert [a for _, a, _ in found] == ["China"]
    found = _found("Zelensky called on all of Ukraine's partners to speed up deliveries of air "
                   "defences.")
    assert [(p, a) for p, a, _ in found] == [("Volodymyr Zelensky", None)]
    found = _found("Zelensky urged Ukraine's allies to send more jets.")
    assert [a for _, a, _ in found] == [None]


def test_co_speakers_propose_together_and_the_sides_of_a_dispute_are_not_a_contact() -> None:
    found = _found("Putin met Xi in Beijing. In their joint statement, Moscow and Beijing said "
                   "any resolution must remove the root causes of the crisis.")
    assert [(p, a) for p, a, _ in found] == [("Russia", None)]
    found = _found("Erdogan met Zelensky in Istanbul. Erdogan said that both sides should "
                   "return to the table.")
    assert [(p, a) for p, a, _ in found] == [("Recep Tayyip Erdoğan", None)]


def test_the_release_of_people_held_somewhere_is_asked_of_their_keeper() -> None:
    found = _found("Kishida also demanded the early release of Japanese citizens held in China.")
    assert [(p, a) for p, a, _ in found] == [("Fumio Kishida", "China")]
    found = _found("Sunak called for the release of the sailors detained by Iran.")
    assert [a for _, a, _ in found] == ["Iran"]


def test_for_its_part_is_no_part_of_what_is_called_for() -> None:
    assert [i for _, _, i in _found("Japan, for its part, called for restraint.")] == \
        ["restraint"]
    assert [i for _, _, i in _found("For months, Kyiv has called for more jets.")] == \
        ["more jets"]


def test_a_passive_recommendation_names_what_is_acted_on() -> None:
    found = _found("Kishida told Xi that the ban should be lifted immediately.")
    assert [i for _, _, i in found] == ["ban lifted immediately"]
    found = _found("Borrell said the sanctions should not be lifted.")
    assert [i for _, _, i in found] == ["sanctions not lifted"]


def test_what_must_happen_told_to_a_party_is_asked_of_it() -> None:
    found = _found("Sunak told Tehran that the seizures of tankers must stop at once.")
    assert [(p, a) for p, a, _ in found] == [("Rishi Sunak", "Iran")]
    found = _found("Sunak told Iran's foreign minister that such seizures must stop at once.")
    assert len(found) == 1 and found[0][1] is not None
    # a group that is to act is asked itself, not the one told
    found = _found("Xi told Scholz that the international community should oppose nuclear "
                   "threats.")
    assert [(p, a) for p, a, _ in found] == [("Xi Jinping", None)]
