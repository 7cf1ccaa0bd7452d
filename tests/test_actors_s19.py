"""Actor resolution, session 19: mechanisms found on written dev14 and dev15, shown on sentences
written for these tests (other wording, other actors)."""

from tests.text_analysis import doc_of


def mentions(text: str, day: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in doc_of(text, published=day)._.actor_mentions]


def group(text: str, day: str, phrase: str) -> list[list[str]]:
    """The people each occurrence of ``phrase`` was read as, in order."""
    found: dict[int, list[str]] = {}
    for m in doc_of(text, published=day)._.actor_mentions:
        if m.text.casefold() == phrase.casefold():
            found.setdefault(m.start, []).append(m.actor)
    return [sorted(found[k]) for k in sorted(found)]


# --- a shortened name of three generations

def test_a_name_that_opens_a_longer_name_of_the_article_is_that_person() -> None:
    text = ("Jubaland's leader Ahmed Mohamed Islam met Abdi Warsame Yusuf, the governor of "
            "Gedo, in Kismayo on Friday. Abdi Warsame said the road would reopen.")
    assert ("Abdi Warsame", "Abdi Warsame Yusuf") in mentions(text, "2024-03-05")


def test_a_father_is_not_the_son_named_with_a_suffix() -> None:
    text = ("Jesse Jackson Jr. pleaded guilty on Friday. He had backed the campaign of his "
            "father, the Rev. Jesse Jackson, in 1988. Jesse Jackson said he was proud.")
    found = mentions(text, "2013-02-20")
    assert ("Rev. Jesse Jackson", "Jesse Jackson") in found
    assert ("Jesse Jackson", "Jesse Jackson") in found


# --- the one who acts on the pair is not one of it

def test_the_subject_acting_on_the_two_leaders_is_not_one_of_them() -> None:
    text = ("When Cyril Ramaphosa stood between Paul Kagame and Felix Tshisekedi in Pretoria "
            "on Tuesday, he said the deal was historic. Ramaphosa spent the morning with the "
            "two leaders before their joint statement. Analysts said Ramaphosa had offered "
            "both men a way out of the crisis.")
    pairs = group(text, "2024-03-05", "the two leaders") + group(text, "2024-03-05", "both men")
    assert pairs == [["Felix Tshisekedi", "Paul Kagame"]] * 2


def test_the_two_leaders_as_subject_keep_the_pair_named_together() -> None:
    text = ("Cyril Ramaphosa hosted Paul Kagame and Felix Tshisekedi in Pretoria on Tuesday. "
            "Kagame met Tshisekedi in private. The two leaders agreed on a ceasefire.")
    assert group(text, "2024-03-05", "the two leaders") == [["Felix Tshisekedi", "Paul Kagame"]]


# --- the chief of a ministry is its minister

def test_the_chief_of_a_defence_or_foreign_ministry_is_its_minister() -> None:
    text = ("Grant Shapps flew to Tallinn on Monday. The Ministry of Defence chief said the "
            "alliance would hold. In Moscow, the head of the Russian Foreign Ministry met "
            "envoys from Africa.")
    found = mentions(text, "2024-03-05")
    assert ("chief", "Grant Shapps") in found
    assert ("the head", "Sergey Lavrov") in found

