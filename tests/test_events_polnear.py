"""Event fixes made against the blind PolNeAR dev batch (tests/gold/polnear_events_dev.json):
2016 campaign news. Every sentence here is written for the test; none comes from an article."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor, e.target) for e in analyze_text(text, published="2016-10-01").events]


def test_a_question_put_is_no_request() -> None:
    assert not any(t[0] == "REQUEST" for t in tuples(
        '"Who wrote the party platform this year?" Marco Rubio asked.'))
    assert not any(t[0] == "REQUEST" for t in tuples(
        "Senator, I have to ask you, because the polls keep moving."))
    # asking for something, or asking someone to act, is still a request
    assert ("REQUEST", "Ukraine", "Germany") in tuples("Ukraine asked Germany for tanks.")
    assert ("REQUEST", "France", "Russia") in tuples(
        "France asked Russia to release the journalist.")


def test_taking_calls_from_listeners_is_no_contact() -> None:
    assert not any(t[0] == "CONSULT" for t in tuples(
        "Rush Limbaugh spent the morning taking calls from listeners on his show."))


def test_a_crowd_of_supporters_backing_a_candidate_is_no_state_act() -> None:
    assert not any(t[0] == "SUPPORT" and t[1] == "United States" for t in tuples(
        "She said she was one of the millions of Americans supporting Bernie Sanders."))


def test_a_verdict_on_a_named_person_is_praise_or_blame() -> None:
    assert ("SUPPORT", "Newt Gingrich", "Mitt Romney") in tuples(
        "Newt Gingrich said Mitt Romney was completely right about the deficit.")
    assert ("ACCUSE", "Nancy Pelosi", "Paul Ryan") in tuples(
        "Nancy Pelosi said Paul Ryan was a hypocrite on the budget.")
    # negated or hypothetical verdicts are none
    assert not any(t[0] == "SUPPORT" for t in tuples(
        "Newt Gingrich said Mitt Romney was not right about the deficit."))


def test_a_label_names_praise_or_blame_and_whom_it_blames() -> None:
    assert ("ACCUSE", "Vladimir Putin", "United States") in tuples(
        "Vladimir Putin called the protests a hoax staged by the United States.")
    assert any(t[:2] == ("SUPPORT", "Chuck Schumer") for t in tuples(
        'Chuck Schumer called the court\'s decision a "great victory for workers."'))
    # praise of a thing no one owns praises no one
    assert not any(t[0] == "SUPPORT" for t in tuples(
        'Chuck Schumer, for his part, called the evening "a clear win for Democrats."'))


def test_a_verdict_inside_a_quotation_is_the_speakers() -> None:
    found = tuples('"Rudy Giuliani is a fraud. He has been lying for years," '
                   'said Bill de Blasio, the mayor of New York.')
    assert ("ACCUSE", "Bill de Blasio", "Rudy Giuliani") in found
    # the same words outside a quotation have no speaker to pass them
    assert not any(t[0] == "ACCUSE" and t[2] == "Rudy Giuliani" for t in tuples(
        "Rudy Giuliani is a former mayor of New York."))


def test_a_challenge_in_court_is_a_legal_charge() -> None:
    assert ("ACCUSE", "Texas", "Department of Justice") in tuples(
        "Texas is challenging the Department of Justice's new rules before a federal court.")
    assert not any(t[0] == "ACCUSE" for t in tuples(
        "China challenges American dominance in the Pacific."))


def test_did_so_repeats_the_act_of_the_sentence_before_with_a_new_actor() -> None:
    found = tuples("In May, the AFL-CIO called for a freeze on the trade talks. "
                   "The Sierra Club did so as well.")
    assert ("REQUEST", "AFL-CIO", None) in found
    assert ("REQUEST", "Sierra Club", None) in found
    # nothing to repeat: no event is invented
    assert not tuples("The weather was mild. The Sierra Club did so as well.")


def test_campaign_words_for_a_verbal_onslaught_are_accusations() -> None:
    assert ("ACCUSE", "Joe Biden", "Republican Party") in tuples(
        "Joe Biden chastised the Republican Party for its silence.")
    assert ("ACCUSE", "Elizabeth Warren", "Wells Fargo") in tuples(
        "Elizabeth Warren ripped into Wells Fargo's chief executive.")
    # the physical sense criticises no one
    assert not any(t[0] == "ACCUSE" for t in tuples(
        "The protesters ripped the poster from the wall."))


def test_a_headline_verb_read_as_a_name_still_triggers() -> None:
    # the parser takes the capitalised "Rip" for a name with a subject and an object
    assert any(t[:2] == ("ACCUSE", "Democratic Party") for t in tuples(
        "Democrats Rip Donald Trump As A Fraud"))


def test_saying_others_deceive_is_blaming_them() -> None:
    assert ("ACCUSE", "Nancy Pelosi", "Paul Ryan") in tuples(
        "Nancy Pelosi said Paul Ryan had misled Congress about the budget.")
    # the blame falls on the deceiver, never on what was exaggerated
    found = tuples("Chuck Schumer said the insurers were exaggerating the reach of the "
                   "Department of Labor.")
    assert not any(t[0] == "ACCUSE" and t[2] == "Department of Labor" for t in found)
    # denied, self-reported or ordered deceit is no accusation of the clause's subject
    assert not any(t[0] == "ACCUSE" for t in tuples("Nancy Pelosi said Paul Ryan did not lie."))
    assert not any(t[0] == "ACCUSE" and t[2] == "Michael Cohen" for t in tuples(
        "The report claimed that Donald Trump directed Michael Cohen to lie to Congress."))


def test_politically_motivated_is_a_charge() -> None:
    assert ("ACCUSE", "Nancy Pelosi") in {t[:2] for t in tuples(
        "Nancy Pelosi said the impeachment inquiry was politically motivated.")}
    assert ("ACCUSE", "Roger Stone") in {t[:2] for t in tuples(
        'Roger Stone denied the charges, calling the investigation "politically motivated."')}
    # motivated alone passes no verdict
    assert not any(t[0] == "ACCUSE" for t in tuples(
        "Nancy Pelosi said the inquiry was highly motivated."))


def test_comebacks_and_call_outs_are_criticism() -> None:
    assert ("ACCUSE", "Hillary Clinton", "Donald Trump") in tuples(
        "Hillary Clinton fired back at Donald Trump on Tuesday.")
    assert ("ACCUSE", "Elizabeth Warren", "Wells Fargo") in tuples(
        "Elizabeth Warren called out Wells Fargo for its sales practices.")
    assert any(t[:2] == ("ACCUSE", "Bernie Sanders") for t in tuples(
        "Bernie Sanders railed against Wall Street banks in Ohio."))
    assert ("REJECT", "Mike Pence", "Tim Kaine") in tuples(
        "Mike Pence pushed back against Tim Kaine's claims.")
    # armed retaliation and postponement are neither
    assert not any(t[0] in ("ACCUSE", "REJECT") for t in tuples(
        "Israel hit back at Hamas with airstrikes."))
    assert not any(t[0] == "REJECT" for t in tuples("The Senate pushed back the vote to Friday."))


def test_challenging_someone_to_act_is_a_request_not_the_act() -> None:
    found = tuples("Hillary Clinton challenged Donald Trump to release his tax returns.")
    assert ("REQUEST", "Hillary Clinton", "Donald Trump") in found
    assert not any(t[0] == "RETREAT" for t in found)  # nothing was released
    assert ("REQUEST", "Donald Trump", "Hillary Clinton") in tuples(
        "Donald Trump dared Hillary Clinton to take a drug test.")


def test_telling_or_encouraging_someone_to_act_is_a_request() -> None:
    assert ("REQUEST", "Donald Trump", "Hillary Clinton") in tuples(
        "Donald Trump told Hillary Clinton to get out of the race.")
    assert ("REQUEST", "Mitt Romney", "Republican Party") in tuples(
        "Mitt Romney encouraged Republicans to vote their conscience.")
    found = tuples("Barack Obama told Russia to withdraw its troops from Ukraine.")
    assert ("REQUEST", "Barack Obama", "Russia") in found
    assert not any(t[0] == "RETREAT" for t in found)  # asked, not done
    # telling what one will do is no request; a hypothetical telling is none either
    assert not any(t[0] == "REQUEST" for t in tuples(
        "Donald Trump told Fox News that he would meet Vladimir Putin."))
    assert not any(t[0] == "REQUEST" for t in tuples(
        "He said that if elected he would tell Barack Obama to resign."))


def test_winning_a_backers_endorsement_is_the_backers_support() -> None:
    assert ("SUPPORT", "AFL-CIO", "Hillary Clinton") in tuples(
        "Hillary Clinton won the endorsement of the AFL-CIO.")
    assert ("SUPPORT", "National Rifle Association", "Donald Trump") in tuples(
        "Donald Trump received the backing of the National Rifle Association.")
    # not won, or won from an electorate: no act of support
    assert not any(t[0] == "SUPPORT" for t in tuples(
        "Hillary Clinton did not win the endorsement of the AFL-CIO."))
    assert not any(t[0] == "SUPPORT" for t in tuples(
        "Donald Trump won the support of evangelical voters."))


def test_saying_another_started_a_trouble_is_blame() -> None:
    assert ("ACCUSE", "John Kasich", "Hillary Clinton") in tuples(
        "John Kasich claimed that Hillary Clinton was the one who started the feud.")
    assert ("ACCUSE", "Sergey Lavrov", "Ukraine") in tuples(
        "Sergey Lavrov argued that Ukraine provoked the crisis.")
    # a harmless thing started, a denial, or a pronoun that may be the speaker: no blame
    assert not any(t[0] == "ACCUSE" for t in tuples("Joe Biden said Vladimir Putin started talks."))
    assert not any(t[0] == "ACCUSE" for t in tuples(
        "Joe Biden said Vladimir Putin did not start the war."))
    assert not any(t[0] == "ACCUSE" for t in tuples(
        "Mitt Romney said that he started the controversy."))


def test_a_quoted_rebuke_of_what_was_just_said_is_blame_by_the_speaker() -> None:
    text = "“It’s a dog whistle to all voters, especially young ones,” Rep. Nancy Pelosi " \
        "(D-Calif.) said Friday."
    assert any(t[:2] == ("ACCUSE", "Nancy Pelosi") for t in tuples(text))
    assert any(t[:2] == ("ACCUSE", "Nancy Pelosi") for t in tuples(
        '"It is a dog whistle to voters," Nancy Pelosi said.'))
    # a negated verdict, or one on the speaker's own words, is none
    assert not any(t[0] == "ACCUSE" for t in tuples(
        '"It is not a dog whistle," Nancy Pelosi said.'))
    assert not any(t[0] == "ACCUSE" for t in tuples('"It is a good plan," Nancy Pelosi said.'))


def test_a_deed_given_as_the_reason_for_an_asked_apology_was_done() -> None:
    found = tuples("Nancy Pelosi on Monday called on Paul Ryan to apologize to Hillary Clinton "
                   "for accusing her of lying.")
    assert ("REQUEST", "Nancy Pelosi", "Paul Ryan") in found
    assert ("ACCUSE", "Paul Ryan", "Hillary Clinton") in found
    assert ("ACCUSE", "Paul Ryan", "Hillary Clinton") in tuples(
        "Nancy Pelosi asked Paul Ryan to apologize for attacking Hillary Clinton.")
    # the act asked for is still not done, nor one under a condition
    assert not any(t[0] == "ACCUSE" for t in tuples(
        "Nancy Pelosi asked Paul Ryan to apologize if he insulted Hillary Clinton."))
    assert not any(t[0] == "SANCTION" for t in tuples(
        "Ted Cruz called on Republicans to sanction Russia."))
