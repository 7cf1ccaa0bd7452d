"""Events that are not events: word senses, labels, speech and standing views in ordinary news
(the error classes of tests/gold/news_events_judged.json). Every sentence here is the
project's own."""

from __future__ import annotations

from readout.analyze.pipeline import analyze_text


def tuples(text: str, published: str = "2016-05-04") -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor, e.target) for e in analyze_text(text, published=published).events}


def types(text: str) -> set[str]:
    return {e[0] for e in tuples(text)}


def test_calling_someone_a_name_is_no_phone_call() -> None:
    assert "CONSULT" not in types("Angela Merkel called Viktor Orban a danger to Europe.")
    assert "CONSULT" not in types("The plan, as Lavrov called it, is a provocation.")
    assert ("CONSULT", "Joe Biden", "Vladimir Putin") in tuples(
        "Joe Biden called Vladimir Putin on Monday.")


def test_demonstrating_a_quality_is_no_protest() -> None:
    assert "PROTEST" not in types("Vladimir Putin demonstrated a disregard for the treaty.")
    assert "PROTEST" not in types(
        "France will act to demonstrate to Iran that the deal has limits.")


def test_offering_comments_is_speech_not_an_offer() -> None:
    assert "AGREE" not in types("Boris Johnson offered more comments on the talks on Friday.")
    assert "AGREE" in types("Turkey offered to mediate between Russia and Ukraine.")


def test_meeting_a_threshold_is_no_meeting() -> None:
    assert "CONSULT" not in types("Only four NATO members meet the spending bar.")


def test_discussing_a_topic_alone_is_no_consultation() -> None:
    assert "CONSULT" not in types("Boris Johnson discussed his love of cricket on the radio.")
    assert "CONSULT" in types("Boris Johnson discussed trade with Emmanuel Macron.")


def test_capturing_a_nomination_is_no_seizure() -> None:
    assert "COERCE" not in types("Donald Trump captured the Republican nomination in May.")


def test_releasing_a_set_of_documents_is_publication() -> None:
    assert "RETREAT" not in types("The State Department released a set of emails on Friday.")
