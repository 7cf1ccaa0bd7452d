"""Grouping proposals under issues in the brief (story/issues.py): what a reader of the seeds
brief would call wrong, each case on proposals of the project's own wording."""

from __future__ import annotations

from readout.records import Article, ArticleAnalysis, Proposal
from readout.story.issues import classify_issue, group_proposals


def _p(issue: str, evidence: str, paragraph: int | None = None) -> Proposal:
    return Proposal(proposer="author", addressee=None, issue=issue, evidence=evidence,
                    start=0, end=len(evidence), paragraph=paragraph)


def _article(doc: str, proposals: list[Proposal]) -> ArticleAnalysis:
    return ArticleAnalysis(article=Article(doc=doc, text=""), proposals=proposals)


def _groups_of(*articles: ArticleAnalysis) -> list[list[tuple[str, str]]]:
    return [[(i["doc"], i["issue"]) for i in g.items] for g in group_proposals(articles)]


def test_labels_with_nothing_specific_are_not_one_issue() -> None:
    one = _article("a", [_p("accept it", "Lisbon should accept it.")])
    two = _article("b", [_p("accept it", "The union should accept it.")])
    assert sorted(_groups_of(one, two)) == [[("a", "accept it")], [("b", "accept it")]]


def test_labels_sharing_their_topic_words_meet_across_articles() -> None:
    one = _article("a", [_p("address a broader agenda", "They must address a broader agenda.")])
    two = _article("b", [_p("agree to a broad agenda for better ties",
                            "They should agree to a broad agenda for better ties.")])
    assert _groups_of(one, two) == [[("a", "address a broader agenda"),
                                     ("b", "agree to a broad agenda for better ties")]]


def test_a_lone_proposal_joins_the_topic_of_its_paragraph() -> None:
    article = _article("a", [
        _p("Revival of the Minsk process", "Revival of the Minsk process.", paragraph=3),
        _p("offer Swiss mediation", "Bern should offer mediation, and both should accept it.",
           paragraph=3),
        _p("plant more trees", "Cities should plant more trees.", paragraph=5)])
    groups = {g.key: [i["issue"] for i in g.items] for g in group_proposals([article])}
    assert groups["minsk_process"] == ["Revival of the Minsk process", "offer Swiss mediation"]
    assert ["plant more trees"] in groups.values()


def test_a_cue_of_its_own_sentence_beats_the_paragraph_topic() -> None:
    article = _article("a", [
        _p("hold a summit in spring", "The leaders should hold a summit in spring.", 4),
        _p("undo the cuts", "They should undo the cuts in the number of diplomats.", 4)])
    groups = {g.key: [i["issue"] for i in g.items] for g in group_proposals([article])}
    assert groups["diplomatic_presence"] == ["undo the cuts"]


def test_on_equal_weight_more_distinct_cues_decide() -> None:
    assert classify_issue("meeting", "Private citizens should be meeting, yet visas are "
                                     "scarce.") == "diplomatic_presence"


def test_demands_about_joining_the_alliance_and_security_concessions() -> None:
    assert classify_issue("not give in to Moscow's demand",
                          "NATO should not give in to Moscow's demand that Kyiv be barred "
                          "from joining the alliance.") == "nato_expansion"
    assert classify_issue("security concessions from NATO",
                          "Moscow demanded security concessions from NATO.") == \
        "security_guarantees"


def test_a_cue_counts_at_a_word_start_only_and_not_in_a_word_that_begins_like_it() -> None:
    assert classify_issue("determine what counts as an attack",
                          "The ministry must determine what counts as an attack.") is None
    assert classify_issue("avoid a deterioration of trade",
                          "It is vital to avoid a deterioration of trade.") is None
    assert classify_issue("deter further aggression", "NATO must deter it.") == "deterrence"
    assert classify_issue("de-escalation", "Both called for de-escalation.") == "de_escalation"


def test_a_common_cue_counts_for_a_topic_only_beside_its_anchor() -> None:
    # membership of another bloc, a referendum on another deal
    assert classify_issue("open the way for Turkey's membership",
                          "Ankara said Europe should first open the way for Turkey's "
                          "membership of the bloc.") != "nato_expansion"
    assert classify_issue("approved in a national referendum",
                          "Kyiv would not accept any deal that had not been approved in a "
                          "national referendum.") != "crimea"
    assert classify_issue("Kyiv's membership", "Kyiv wants membership of the alliance.") == \
        "nato_expansion"


def test_cease_fire_and_hostage_proposals_have_a_heading() -> None:
    assert classify_issue("a six-week truce", "Both sides should agree to a six-week truce "
                          "and the release of hostages.") == "ceasefire_hostages"


def test_cues_meet_across_hyphens_and_treaty_names_in_capitals() -> None:
    assert classify_issue("extend arms-control agreements") == "arms_control"
    assert classify_issue("extending New START") == "arms_control"
    assert classify_issue("a new start for relations") is None
    assert classify_issue("agree a cease fire") == "ceasefire_hostages"
    assert classify_issue("use the new fishing hotline") == \
        classify_issue("open a hot line") == "dialogue_channels"
    # two spellings of one cue are one hit: 'ceasefire' twice is no cease-fire topic over
    # a label's own 'guarantees'
    assert classify_issue("security guarantees", "A ceasefire needs security guarantees, "
                          "Kyiv said, and a cease-fire is near.") == "security_guarantees"


def test_an_envoy_who_speaks_is_no_topic_an_envoy_sent_is() -> None:
    assert classify_issue("accept the plan", "U.S. envoy Amos Hochstein urged Hezbollah to "
                          "accept the plan, a meeting source said.") is None
    assert classify_issue("send an envoy to Moscow") == "leader_dialogue"


def test_the_iran_nuclear_deal_is_one_topic_whatever_it_is_called() -> None:
    assert classify_issue("return to the 2015 nuclear agreement",
                          "Lavrov said Washington should return to the 2015 nuclear agreement "
                          "with Iran.") == classify_issue("rejoin the JCPOA") == \
        "regional_cooperation"


def test_labels_that_meet_in_one_paragraph_join_its_topic_together() -> None:
    article = _article("a", [
        _p("Revival of the Minsk process", "Revival of the Minsk process.", paragraph=3),
        _p("offer Swiss mediation", "Bern should offer Swiss mediation, and Kyiv should "
           "accept Swiss mediation.", paragraph=3),
        _p("accept Swiss mediation", "Bern should offer Swiss mediation, and Kyiv should "
           "accept Swiss mediation.", paragraph=3)])
    groups = {g.key: [i["issue"] for i in g.items] for g in group_proposals([article])}
    assert groups["minsk_process"] == ["Revival of the Minsk process", "offer Swiss mediation",
                                       "accept Swiss mediation"]
