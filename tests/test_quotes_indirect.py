"""Indirect speech: reported clauses and objects of speech verbs, on invented sentences."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def indirect():
    from readout.analyze import analyze_text

    def run(text: str) -> list[tuple[str, str | None]]:
        quotes = analyze_text(text, published="2021-05-03").quotes
        return [(q.text, q.speaker) for q in quotes if q.kind == "indirect"]

    return run


def test_cue_set_off_by_commas_reports_the_whole_clause(indirect):
    text = ("Maria Lopez chairs the housing board. The new rules, Ms. Lopez said, "
            "would slow construction for years.")
    found = indirect(text)
    assert len(found) == 1
    said, speaker = found[0]
    assert said.startswith("The new rules") and said.endswith("for years")
    assert speaker == "Maria Lopez"


def test_coordinated_clause_with_its_own_quote_is_cut_off(indirect):
    text = ('Tom Reyes spoke on Monday. He said the bridge would stay shut for a month, '
            'and when asked about costs, his deputy replied, "We have no estimate yet."')
    found = indirect(text)
    assert ("the bridge would stay shut for a month", "Tom Reyes") in found


def test_clause_read_as_adverbial_after_a_time_phrase(indirect):
    text = "Anna Berg said after the vote she would not resign from the council."
    assert indirect(text) == [("she would not resign from the council", "Anna Berg")]


@pytest.mark.parametrize("text, content", [
    ("Senator Paul Hale called for a full audit of the port authority.",
     "a full audit of the port authority"),
    ("Senator Paul Hale called on the governor to release the report.",
     "the governor to release the report"),
    ("Senator Paul Hale called the budget a reckless gamble.", "the budget a reckless gamble"),
    ("Senator Paul Hale accused the mayor of hiding the deficit.",
     "the mayor of hiding the deficit"),
    ("Senator Paul Hale urged voters to turn out early.", "voters to turn out early"),
    ("Senator Paul Hale vowed to block the merger.", "to block the merger"),
    ("Senator Paul Hale asked whether the contract had been signed.",
     "whether the contract had been signed"),
    ("Senator Paul Hale pointed out that the fund was empty.", "the fund was empty"),
    ("Senator Paul Hale acknowledged the scale of the problem.", "the scale of the problem"),
])
def test_objects_of_speech_verbs_are_reported_content(indirect, text, content):
    assert indirect(text) == [(content, "Paul Hale")]


@pytest.mark.parametrize("text", [
    "Senator Paul Hale called his brother on Sunday.",
    "Senator Paul Hale agreed to lead the committee.",
    "The so-called reform plan stalled in the Senate.",
])
def test_speech_verbs_without_reported_content_give_nothing(indirect, text):
    assert indirect(text) == []


def test_second_speech_verb_joined_to_the_reported_clause_keeps_the_speaker(indirect):
    text = ('Even Norway, a close partner of the island, said it was "deeply worried" by the '
            'test and warned the island to avoid further steps.')
    found = indirect(text)
    assert ("the island to avoid further steps", "Norway") in found


def test_headline_with_a_name_and_colon_is_that_persons_point():
    from readout.analyze import analyze_text

    text = ("Merkel: Europe must share the burden of migration\n\n"
            "Angela Merkel said in Berlin on Tuesday that the summit had failed.")
    quotes = analyze_text(text, published="2016-03-01").quotes
    found = [(q.text, q.speaker, q.kind) for q in quotes if q.start < text.index("\n")]
    assert found == [("Europe must share the burden of migration", "Angela Merkel", "indirect")]


def test_headline_label_that_is_no_speaker_is_not_a_quote():
    from readout.analyze import analyze_text

    text = "Poll: voters split on the new tax\n\nA survey released on Monday shows a tie."
    quotes = analyze_text(text, published="2016-03-01").quotes
    assert not [q for q in quotes if q.start < text.index("\n")]


@pytest.mark.parametrize("text, content, speaker", [
    ("A Gallup poll shows that the mayor leads the race by four points.",
     "the mayor leads the race by four points", "Gallup"),
    ("A 2019 study by Harvard University found that rents rose faster than wages.",
     "rents rose faster than wages", "Harvard University"),
    ("The survey found 40 cases of fraud in the county.", "40 cases of fraud in the county",
     None),
])
def test_findings_of_polls_and_studies_are_reported_with_their_issuer(
        indirect, text, content, speaker):
    assert indirect(text) == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "Not everyone finds the new stadium appealing.",
    "She found her old letters in the attic.",
])
def test_findings_of_people_are_not_reported_speech(indirect, text):
    assert indirect(text) == []


# ------------------------------------------------------------------ direct quotes nearby

def _direct(text: str) -> list[tuple[str, str | None]]:
    from readout.analyze import analyze_text

    quotes = analyze_text(text, published="2021-05-03").quotes
    return [(q.text, q.speaker) for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("text", [
    'Speaking on "Meet the Press," Senator Paul Hale said the bill would pass.',
    "In her 2010 book, \u201cThe Long Road Home,\u201d Dana Whitfield described her years abroad.",
    'The choir closed with the anthem "Lift Every Voice,". Later the mayor spoke.',
])
def test_titles_with_the_sentence_comma_inside_the_marks_are_not_quotes(text):
    assert _direct(text) == []


def test_statement_issued_by_a_body_speaks_for_that_body():
    text = ('After a late meeting, the Arctic Council issued a statement calling the spill '
            '"a grave failure of oversight" by the operator.')
    assert _direct(text) == [("a grave failure of oversight", "Arctic Council")]


def test_document_filed_by_someone_speaks_for_the_filer():
    text = ('According to a lawsuit filed by the Harbor Workers Union, the company kept '
            '"two sets of safety books" for a decade.')
    assert _direct(text) == [("two sets of safety books", "Harbor Workers Union")]


def test_inserted_cue_the_parser_missed_still_reports_the_sentence(indirect):
    text = ("Lena Ortiz ran the mill for a decade. Ridgeway Steel was a giant, Ms. Ortiz said, "
            "until it closed in 2003.")
    found = indirect(text)
    assert len(found) == 1
    assert found[0][0].startswith("Ridgeway Steel was a giant") and found[0][1] == "Lena Ortiz"


def test_cue_with_its_clause_before_it_is_not_read_as_inserted(indirect):
    text = "The deal is finished, Carla Mendes said, adding that talks would resume in May."
    found = indirect(text)
    assert ("The deal is finished", "Carla Mendes") in found


@pytest.mark.parametrize("text, content", [
    ("Senator Paul Hale spoke of the cost of the long drought.", "the cost of the long drought"),
    ("Senator Paul Hale proposed raising the fuel tax.", "raising the fuel tax"),
])
def test_topic_and_proposal_objects(indirect, text, content):
    assert indirect(text) == [(content, "Paul Hale")]


@pytest.mark.parametrize("text", [
    "Voters may not let newspapers tell them how to vote in the fall.",
    "Dana Reyes further asserted that the mayor tells many stories about the budget.",
])
def test_a_cue_inside_its_own_clause_reports_nothing_before_it(indirect, text):
    assert all(not said.startswith(text.split()[0]) for said, _ in indirect(text))


def test_content_before_a_cue_stays_in_the_cues_paragraph(indirect):
    text = ("Harbor Plan Stalls Again\n\nThe vote was delayed for a third time, "
            "Councillor Mia Lund said on Friday.")
    assert indirect(text) == [("The vote was delayed for a third time", "Mia Lund")]


def test_letter_written_by_someone_speaks_for_them():
    text = ('Jane Marlow wrote an open letter to the council on her blog, saying its members '
            'should "try showing a little patience" with the residents.')
    assert _direct(text) == [("try showing a little patience", "Jane Marlow")]


def test_speech_noun_owned_by_its_speaker_reports_its_that_clause(indirect):
    text = ("Norway's warning that it would close the border to freight surprised the ministers. "
            "The fact that talks stalled was no surprise.")
    assert indirect(text) == [("it would close the border to freight", "Norway")]


@pytest.mark.parametrize("text", [
    "Mariupol: why the port matters so much\n\nThe city of Mariupol lies on the coast.",
    "Dana Whitfield: driver charged after the crash\n\nDana Whitfield, 54, was hurt on Friday.",
])
def test_headline_naming_its_subject_is_not_a_quote(text):
    from readout.analyze import analyze_text

    quotes = analyze_text(text, published="2022-04-01").quotes
    assert not [q for q in quotes if q.start < text.index("\n")]


def test_wrote_reports_a_that_clause(indirect):
    text = ("The Gazette wrote on Saturday that the ministry had approved the export permits "
            "a week before the vote.")
    found = indirect(text)
    assert len(found) == 1
    said, _ = found[0]
    assert said.startswith("the ministry had approved")


def test_wrote_a_book_reports_nothing(indirect):
    text = "Helena Brandt wrote a book about the treaty negotiations in 1998."
    assert indirect(text) == []


def test_the_clause_after_the_cue_wins_over_a_misparsed_one_before(indirect):
    text = ("Writing for a panel that all agreed Brandt won the debate, Tomas Varga noted "
            "that the way Brandt handled the questions was critical to her success.")
    found = indirect(text)
    assert [(s.split()[0:2], sp) for s, sp in found] == [(["the", "way"], "Tomas Varga")]


def test_told_an_audience_that_reports_the_clause(indirect):
    text = ("In Suva last week, Helena Brandt told a meeting of Pacific island leaders that "
            "few people understood the stakes of rising seas better than they did.")
    found = indirect(text)
    assert [(s.split()[0], sp) for s, sp in found] == [("few", "Helena Brandt")]


def test_a_result_clause_after_tells_is_not_reported(indirect):
    text = ("Tomas Varga tells so many stories that the ministers have stopped listening "
            "to him.")
    assert indirect(text) == []


def test_as_someone_said_reports_the_clause_before_it(indirect):
    text = ("The border crossing will stay closed until the spring, as Helena Brandt said "
            "on Monday.")
    found = indirect(text)
    assert [(s.split()[:2], sp) for s, sp in found] == [(["The", "border"], "Helena Brandt")]


def test_a_headline_cue_does_not_report_the_next_paragraph():
    from pathlib import Path

    from readout.analyze.pipeline import analyze_text

    # the project's own example: its headline "Biden warns Putin of …" once reported the lead
    path = Path(__file__).resolve().parents[1] / "examples" / "2021-12-08-wire-video-call.txt"
    text = path.read_text(encoding="utf-8")
    headline_end = text.index("\n")
    found = analyze_text(text).quotes
    assert found
    assert not any(q.cue_start is not None and q.cue_start < headline_end < q.start
                   for q in found)


def test_words_before_an_inserted_cue_are_reported_when_a_quote_follows(indirect):
    text = ("Clara Voss runs the food bank. Most of the families were new, she said, and "
            '"we simply ran out of bread by noon."')
    assert ("Most of the families were new", "Clara Voss") in indirect(text)


def test_a_participle_before_an_inserted_cue_is_not_the_point(indirect):
    text = ("Clara Voss runs the food bank. Asked about the shortage, she said, "
            '"we simply ran out of bread by noon."')
    assert indirect(text) == []


def test_estimates_that_reports_the_clause(indirect):
    text = ("The Budget Watch Institute estimates that the new levy would raise "
            "$40 billion over ten years.")
    found = indirect(text)
    assert [said for said, _ in found] == ["the new levy would raise $40 billion over ten years"]


def test_an_estimated_number_is_not_reported_speech(indirect):
    text = "The agency estimated 300 deaths in the flood."
    assert indirect(text) == []


def test_called_for_someone_to_act_reports_the_whole_request(indirect):
    text = "Senator Paula Grant called for the regulators to halt the merger at once."
    found = indirect(text)
    assert ("the regulators to halt the merger at once", "Paula Grant") in found


def test_content_stops_at_a_dash_before_a_quotation(indirect):
    text = ('Mayor Eli Stone urged the council to delay the vote -- a move his rival said '
            'would "insult every voter" in the city.')
    found = dict(indirect(text))
    assert "the council to delay the vote" in found
    assert found["the council to delay the vote"] == "Eli Stone"


def test_a_subjectless_cue_reports_its_clause_with_no_speaker(indirect):
    text = ("The governor refuses to name a successor, aside from saying he wants "
            "a younger team.")
    found = indirect(text)
    assert ("he wants a younger team", None) in found or any(
        said == "he wants a younger team" for said, _ in found)


def test_worth_noting_is_the_authors_voice(indirect):
    text = "It is worth noting that the tunnel opened two years late."
    assert indirect(text) == []


def test_a_judging_verb_reports_what_it_judges(indirect):
    text = "Senator Mark Hale criticized the governor for closing the rural clinics."
    found = indirect(text)
    assert [said for said, _ in found] == ["the governor for closing the rural clinics"]


def test_a_judging_verb_with_a_bare_short_object_reports_nothing(indirect):
    text = "The coach slammed the door and left the room."
    assert indirect(text) == []


def test_noted_with_a_noun_object_reports_it(indirect):
    text = "Dr. Ruth Amsel noted the clinic's shortage of nurses during the hearing."
    found = indirect(text)
    assert any(said.startswith("the clinic's shortage of nurses") for said, _ in found)
