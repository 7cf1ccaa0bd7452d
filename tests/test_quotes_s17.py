"""Quote speakers, session 17: found on written dev13, shown on sentences written for these
tests."""

from tests.text_analysis import doc_of


def speakers(text: str, day: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in doc_of(text, published=day)._.quotes]


def test_an_office_apposed_to_a_dateline_subject_speaks_through_its_name() -> None:
    text = ("JAKARTA, June 1 - Indonesia's defence minister, Prabowo Subianto, said on Saturday "
            "that his country would \"never join any military bloc\", speaking at a regional "
            "forum.")
    found = speakers(text, "2024-06-01")
    assert [who for who, said in found if "military bloc" in said] == ["Prabowo Subianto"]


def test_a_body_after_a_dateline_still_speaks() -> None:
    text = ("NAIROBI, June 1 - Kenya's foreign ministry said on Saturday that the country would "
            "\"stand by its neighbours\" in the crisis.")
    found = speakers(text, "2024-06-01")
    assert [who for who, said in found if "neighbours" in said] == ["Kenya"]
