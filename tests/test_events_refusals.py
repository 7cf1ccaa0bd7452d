"""Events of three kinds full diplomacy news carries: criticism passed only inside a quote
and aimed by "said of" (or at a named party's act), refusals to answer or to commit, and a
request or invitation accepted (an AGREE, not a concession). Every sentence here is the
project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2022-05-04") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def test_a_quoted_verdict_said_of_an_act_accuses_its_owner() -> None:
    assert ("ACCUSE", "Emmanuel Macron", "Viktor Orbán") in tuples(
        '"This is a disgrace," Macron said of Orban\'s decision.')
    assert ("ACCUSE", "Olaf Scholz", "Russia") in tuples(
        '"It is a reckless and dangerous move," Scholz said of Russia\'s troop buildup.')


def test_a_verdict_fragment_in_quotes_said_of_an_act() -> None:
    assert ("ACCUSE", "Volodymyr Zelensky", "Germany") in tuples(
        '"A shameful betrayal," Zelensky said of the German decision to delay the tanks.')
    assert ("ACCUSE", "Antony Blinken", "Russia") in tuples(
        '"Totally unacceptable," Blinken said of Moscow\'s demands.')


def test_a_negated_quoted_verdict_is_no_criticism() -> None:
    assert not any(e[0] == "ACCUSE" for e in tuples(
        '"It is not unacceptable," Blinken said of Moscow\'s demands.'))


def test_a_reported_verdict_on_a_named_partys_act() -> None:
    assert ("ACCUSE", "Antony Blinken", "Russia") in tuples(
        '"The Kremlin\'s demands are totally unacceptable," Blinken told reporters.')
    assert ("ACCUSE", "Olaf Scholz", "Russia") in tuples(
        "Scholz said the Russian troop buildup was dangerous.")
    assert not tuples("Biden said the American economy was strong.")


def test_declining_comment_is_no_event() -> None:
    # CAMEO files declining comment under public statements (011), not under Reject
    found = tuples("Blinken wouldn't say whether Washington would send more weapons to Kyiv.")
    assert not any(e[0] == "REJECT" for e in found)
    assert not any(e[2] == "Ukraine" for e in found)
    assert not tuples("The Kremlin said it would not comment on the report.")
    assert not tuples("Blinken declined to say whether Washington would send more weapons to Kyiv.")
    assert not tuples("A spokesman for the Chinese embassy declined to comment on the sanctions.")
    assert not tuples("Peskov refused to confirm that Putin would travel to Turkey.")
    # refusing an act, or to discuss a matter, stays a rejection
    assert ("REJECT", "Hungary", "Ukraine") in tuples(
        "Hungary refused to approve the aid package for Ukraine.")
    assert ("REJECT", "Iran", None) in tuples("Iran refused to discuss its missile programme.")


def test_not_saying_is_no_refusal() -> None:
    assert not tuples("Peskov did not say whether Putin would call Biden.")


def test_would_not_commit_tells_a_refusal() -> None:
    assert ("REJECT", "Olaf Scholz", "Ukraine") in tuples(
        "Scholz would not commit to sending tanks to Ukraine.")
    assert any(e[:2] == ("REJECT", "Recep Tayyip Erdoğan") for e in tuples(
        "Erdogan would not agree to Sweden's membership of NATO."))


def test_an_accepted_request_or_invitation_is_an_agreement() -> None:
    found = tuples("Norway accepted the Swedish government's request to cooperate on border "
                   "controls.")
    assert ("AGREE", "Norway", "Sweden") in found
    assert not any(e[0] == "CONCEDE" for e in found)
    assert not any(e[1] == "Sweden" for e in found)  # the cooperation asked is not Sweden's act
    assert ("AGREE", "Germany", "Poland") in tuples(
        "Germany approved Poland's request to send tanks to Ukraine.")
    assert ("AGREE", "Finland", "NATO") in tuples(
        "Finland accepted NATO's invitation to join the alliance.")


def test_a_demand_given_in_to_stays_a_concession() -> None:
    assert ("CONCEDE", "Ukraine", "Russia") in tuples(
        "Kyiv accepted the Russian demand for a corridor.")


def test_putting_off_a_meeting_refuses_it_for_now() -> None:
    # PLOVER REJECT (mode meet): a postponed visit or talks is a meeting refused, not held
    assert ("REJECT", "Olaf Scholz", "China") in tuples(
        "Scholz had postponed a trip to Beijing after the dispute.")
    assert ("REJECT", "Giorgia Meloni", "Tunisia") in tuples("Meloni delayed her trip to Tunisia.")
    # delaying a shipment is no meeting refused
    assert not any(e[0] == "REJECT" for e in tuples(
        "Meloni delayed the shipment of arms to Tunisia."))


def test_an_announced_boycott_is_a_protest_not_a_threat() -> None:
    found = tuples("Several lawmakers said they would boycott the speech by the Turkish president.")
    assert not any(e[0] == "THREATEN" for e in found)
    assert any(e[0] == "PROTEST" for e in found)
    # staying away from an occasion is the protest; cutting all trade stays a threat
    assert any(e[0] == "PROTEST" for e in tuples(
        "The opposition said it would boycott the election in March."))
    assert ("THREATEN", "Turkey", "Israel") in tuples(
        "Turkish officials said they would boycott all trade with Israel.")


def test_a_permission_ruled_out_is_a_refusal_of_the_one_who_asks_it() -> None:
    assert ("REJECT", "Poland", "Russia") in tuples(
        "Poland said it would not allow Russia to divide Europe.")
    assert ("REJECT", "Poland", "Belarus") in tuples(
        "Poland will not permit Belarus to use migrants as a weapon.")
    # the party the unpermitted act would hit is not the one refused
    assert ("REJECT", "Poland", None) in tuples(
        "Poland said it would not allow anyone to weaken NATO's eastern flank.")
    # a rule's limits, and a question, are no refusal told
    assert not tuples("The rules do not allow members to vote twice.")
    assert not tuples("Would Poland allow Belarus to use its airspace?")


def test_a_label_hung_on_a_name_is_criticism_not_a_phone_call() -> None:
    # the parse can make "a dictator" an apposition of the name: still a name for someone
    found = tuples("Trump called Zelensky a dictator.")
    assert ("ACCUSE", "Donald Trump", "Volodymyr Zelensky") in found
    assert not any(e[0] == "CONSULT" for e in found)
    assert any(e[:2] == ("ACCUSE", "Nicolás Maduro") and e[2] is not None
               for e in tuples("Maduro called Petro a traitor."))
    # a description between commas is a real apposition: no verdict passed
    assert not any(e[0] == "ACCUSE" for e in tuples(
        "Putin called Biden, a longtime critic, a day after the vote."))


def test_a_repeated_preposition_names_each_party() -> None:
    # "with X and with Y": both are met; "on X and on Y": both are sanctioned
    found = tuples("Kishida held separate talks with Modi and with Albanese.")
    assert ("CONSULT", "Fumio Kishida", "Narendra Modi") in found
    assert ("CONSULT", "Fumio Kishida", "Anthony Albanese") in found
    found = tuples("France imposed sanctions on Iran and on Syria.")
    assert ("SANCTION", "France", "Iran") in found and ("SANCTION", "France", "Syria") in found


def test_an_act_charged_to_another_is_not_the_accusers_deed() -> None:
    # the arming is alleged of Washington, not done by Moscow
    found = tuples("Moscow accused Washington of supplying weapons to Kyiv.")
    assert ("ACCUSE", "Russia", "United States") in found
    assert not any(e[0] == "AID" for e in found)
    found = tuples("Beijing accused Washington of stoking tension by selling arms to Taiwan.")
    assert not any(e[0] == "AID" and e[1] == "China" for e in found)


def test_a_warned_response_on_a_condition_is_a_threat_to_the_one_it_names() -> None:
    assert ("THREATEN", "Recep Tayyip Erdoğan", "Greece") in tuples(
        "Erdogan warned that if Greece armed the islands, Turkey would act.")
    # with no condition the warning promises nothing to anyone
    assert not tuples("Erdogan warned that Turkey would act.")
