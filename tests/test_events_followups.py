"""Events: follow-ups from reading diplomacy news. The event's date comes from its own clause
(not from a clause about something else) and resolves forward for an act still to come; a
rejection of "the demand" answers whoever made it; common words are no names. Sentences are
the project's own."""

from __future__ import annotations

from spacy.tokens import Span

from readout.analyze.events import group_label
from readout.analyze.pipeline import analyze_text, build_pipeline, make_doc
from readout.records import Article


def events_of(text: str, published: str):
    return [(e.type, e.actor, e.target, e.date)
            for e in analyze_text(text, published=published).events]


def test_date_in_a_clause_about_something_else_is_not_the_events_date() -> None:
    events = events_of("The Dutch prime minister Mark Rutte met French President Emmanuel "
                       "Macron at the Elysee on his first trip abroad since taking office in "
                       "January.", "2022-02-08")
    assert [e[:3] for e in events] == [("CONSULT", "Mark Rutte", "Emmanuel Macron")]
    assert events[0][3] is None  # January is when he took office, not when they met


def test_date_of_the_events_own_clause_wins_over_an_earlier_one() -> None:
    events = events_of("Dutch Prime Minister Mark Rutte, who took office in 2010, met French "
                       "President Emmanuel Macron in Paris on Monday.", "2022-02-09")
    assert [e[:3] for e in events] == [("CONSULT", "Mark Rutte", "Emmanuel Macron")]
    assert events[0][3] == "2022-02-07"


def test_weekday_of_a_reported_coming_call_resolves_forward() -> None:
    # published on a Wednesday: "on Friday" is two days ahead, not five days back
    events = events_of("The Kremlin said Vladimir Putin would speak with Recep Tayyip Erdogan "
                       "on Friday.", "2021-12-08")
    assert [e[1:3] for e in events] == [("Vladimir Putin", "Recep Tayyip Erdoğan")]
    assert events[0][3] == "2021-12-10"


def test_day_of_saying_stays_behind_when_the_act_is_to_come() -> None:
    events = events_of("The Kremlin said on Monday that Vladimir Putin would speak with Recep "
                       "Tayyip Erdogan.", "2021-12-08")
    assert [e[1:3] for e in events] == [("Vladimir Putin", "Recep Tayyip Erdoğan")]
    assert events[0][3] == "2021-12-06"


def test_past_weekday_still_resolves_back() -> None:
    events = events_of("Vladimir Putin spoke with Recep Tayyip Erdogan on Friday.", "2021-12-08")
    assert events[0][3] == "2021-12-03"


def test_rejecting_the_demand_answers_who_made_it() -> None:
    events = events_of("Germany's foreign minister Annalena Baerbock urged Russia to pull its "
                       "troops back from the border. Moscow rejected the demand as "
                       "unacceptable.", "2022-02-08")
    assert ("REQUEST", "Annalena Baerbock", "Russia", None) in events
    assert ("REJECT", "Russia", "Annalena Baerbock", None) in events


def test_rejecting_the_offer_answers_who_made_it() -> None:
    events = events_of("Washington offered talks on missile deployments in Europe. The Kremlin "
                       "dismissed the offer.", "2022-02-08")
    assert [e[:3] for e in events if e[0] == "REJECT"] == [("REJECT", "Russia",
                                                             "United States")]


def test_a_demand_of_ones_own_side_is_not_answered() -> None:
    # Putin's demand is Russia's own: Russia rejecting "the demand" is not rejecting Putin
    events = events_of("Vladimir Putin demanded guarantees from NATO. Russia rejected the "
                       "demand.", "2022-02-08")
    assert [e[2] for e in events if e[0] == "REJECT"] == [None]


def test_a_demand_with_its_owner_named_is_not_taken_from_before() -> None:
    events = events_of("Vladimir Putin demanded guarantees from NATO. Germany rejected the "
                       "demand of the protesters.", "2022-02-08")
    assert "Vladimir Putin" not in [e[2] for e in events if e[0] == "REJECT"]


def test_rejection_with_no_request_before_keeps_no_target() -> None:
    events = events_of("Ukraine held talks with Poland. Moscow rejected the demand.",
                       "2022-02-08")
    assert [e[2] for e in events if e[0] == "REJECT"] == [None]


def test_sentence_opening_group_is_the_same_label_as_elsewhere() -> None:
    first = events_of("Officials urged Moscow to pull back its troops.", "2022-02-08")
    inside = events_of("On Monday officials urged Moscow to pull back its troops.",
                       "2022-02-08")
    assert [e[:3] for e in first] == [("REQUEST", "officials", "Russia")]
    assert [e[:3] for e in inside] == [("REQUEST", "officials", "Russia")]


def test_an_all_lowercase_word_taken_for_a_name_is_no_actor() -> None:
    nlp = build_pipeline(None)
    doc = nlp(make_doc(nlp, Article(doc="t", text="The operation ended when Hamas struck.")))
    operation = next(t for t in doc if t.lower_ == "operation")
    hamas = next(t for t in doc if t.text == "Hamas")
    doc.ents = [Span(doc, operation.i, operation.i + 1, label="ORG"),
                Span(doc, hamas.i, hamas.i + 1, label="ORG")]
    assert operation.pos_ == "NOUN"
    assert group_label(operation) is None  # "operation" is no name, whatever the NER said
    assert group_label(hamas) == "Hamas"


def test_a_group_label_does_not_reach_back_across_a_line_break() -> None:
    for outlet in ("Washington Examiner", "Washington Post"):
        text = f"\n\n{outlet}\n\nEuropean ministers meet with Lavrov. Should Blinken?\n"
        events = analyze_text(text, published="2022-02-08").events
        assert [e.actor for e in events] == ["European ministers"], outlet
