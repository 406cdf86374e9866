"""`subject-comma`: one comma between a sentence's subject and its verb."""

from __future__ import annotations

from .helpers import builtin_options, fixed, make_check, run

OPTIONS = builtin_options("typography.subject-comma")


def _commas(text: str) -> list[str]:
    """Each finding with the word before and after it, to show which comma was taken."""
    check = make_check("subject-comma", **OPTIONS)
    return [f"{text[: f.start].split()[-1]},{text[f.end :].split()[0]}" for f in run(check, text)]


def test_a_comma_after_a_bare_subject_before_its_verb_is_reported() -> None:
    assert _commas("The new team captain, has signed a contract.") == ["captain,has"]
    assert _commas("Acme and its two partners, were fined on Monday.") == ["partners,were"]


def test_a_past_form_read_as_a_participle_counts_when_its_object_follows() -> None:
    text = "President Joko Widodo and first lady Iriana, conducted Eid prayer on the lawn."
    assert _commas(text) == ["Iriana,conducted"]
    assert _commas("The minister of state, elected in 2019, resigned.") == []


def test_the_clause_after_a_dateline_dash_is_judged_on_its_own() -> None:
    text = "TEMPO.CO, Jakarta - The president and his wife, visited the mosque."
    assert _commas(text) == ["wife,visited"]


def test_asides_openings_attributions_and_questions_stay_silent() -> None:
    for text in (
        "Smith, 45, was arrested on Monday.",
        "In the past year, sales have doubled.",
        "However, the board has met.",
        "The company, which was founded in 1990, has grown.",
        "Institutional recipients, said Mauer, are required to apply.",
        "Ms Zeya, are you here?",
        "Choose templates, click to customise, and print them.",
        "It rained, was cold and windy.",
    ):
        assert _commas(text) == [], text


def test_the_fix_drops_the_comma() -> None:
    check = make_check("subject-comma", **OPTIONS)
    assert fixed(check, "The new team captain, has signed.") == "The new team captain has signed."


def test_a_participial_aside_closed_by_a_second_comma_and_headlines_stay_silent() -> None:
    for text in (
        "The report, released Tuesday, says the economy grew.",
        "The report, published last week, found errors.",
        "The new law, passed by parliament, takes effect.",
        "The crisis in Sudan, explained",
        "The crisis in Sudan, explained\n\nThe war began in April.",
    ):
        assert _commas(text) == [], text


def test_the_subject_of_a_reported_clause_is_judged_on_its_own() -> None:
    assert _commas("He said the harbour board, has raised its fees.") == ["board,has"]
    text = "The ministry, in a letter to the mayor, said the harbour board, has raised its fees."
    assert _commas(text) == ["board,has"]
    assert _commas("Harbour fees, said Ola Berg, are rising.") == []


def test_an_adverb_may_stand_between_the_comma_and_the_verb() -> None:
    text = "The chief engineer of the port authority, also inspected the quay."
    assert _commas(text) == ["authority,also"]
    assert _commas("The port authority, recently renamed by the city, met.") == []


def test_a_sentence_glued_to_the_last_one_starts_a_clause() -> None:
    assert _commas("The quay was closed.The harbour board, inspected it.") == ["board,inspected"]


def _judged_on_every_tag(check: object, subject: str, rest: str) -> bool:
    """The judgement as made before the tagging stopped early: every word tagged first."""
    from newslint.checks import subject_comma as sc
    from newslint.checks.tagging import part_of_speech_tagger
    from newslint.vale.tagger import treebank_words

    before, after = treebank_words(subject), treebank_words(" ".join(rest.split()[:4]))
    if not before or not after:
        return False
    tags = [tag for _, tag in part_of_speech_tagger().iter_tags([*before, ",", *after])]
    subject_tags, verb, following = tags[: len(before)], tags[len(before) + 1], after[1:2]
    at = len(before) + 1
    if verb == "RB" and (after[0] == "also" or after[0].endswith("ly")):
        if len(after) < 2:
            return False
        after, at = after[1:], at + 1
        verb, following = tags[at], after[1:2]
    elif not sc._VERB_SHAPED.fullmatch(after[0]):
        return False
    if subject_tags[0] in sc._OPENING_NOT_SUBJECT:
        return False
    if len(subject_tags) > 1 and subject_tags[0] in sc._BEFORE_TO and subject_tags[1] == "TO":
        return False
    if any(t.startswith("VB") or t in sc._NOT_SUBJECT for t in subject_tags):
        return False
    if not any(t.startswith("NN") or t == "CD" for t in subject_tags):
        return False
    word = after[0]
    if word in sc._ATTRIBUTION and following and following[0][:1].isupper():
        return False
    if verb in sc._FINITE or word in sc._PLURAL_FINITE:
        return True
    object_tag = tags[at + 1] if len(tags) > at + 1 else ""
    return verb == "VBN" and object_tag in sc._OBJECT_START


def test_a_subject_given_up_at_its_first_telling_tag_is_judged_as_when_all_were_tagged() -> None:
    check = make_check("subject-comma", **OPTIONS)
    subjects = [
        "The new team captain",
        "In the past year",
        "However",
        "It",
        "Due to the weather",
        "Much cooler",
        "Acme and its two partners",
        "The man who sold the farm",
        "Three of them",
        "Residents of the old quarter",
        "The report released",
        "2024",
        "Quickly",
    ]
    rests = [
        "has signed a contract.",
        "were fined on Monday.",
        "also met the envoy.",
        "quickly",
        "said Mauer, are here.",
        "conducted Eid prayer.",
        "running late.",
        "reported the loss to the police.",
        "the board met.",
    ]
    for subject in subjects:
        for rest in rests:
            expected = _judged_on_every_tag(check, subject, rest)
            assert check._splits_subject_from_verb(subject, rest) == expected, (subject, rest)  # type: ignore[attr-defined]


def test_the_subject_after_an_opening_phrase_is_judged() -> None:
    text = (
        "Being the largest port of the coast, the harbour’s share of the region’s trade in grain "
        "and timber, was of great importance, he added."
    )
    assert _commas(text) == ["timber,was"]
    # A list after the opening phrase, and an aside closed in the subject, stay silent.
    assert _commas("Speaking at the quay, ministers, mayors and crews, were pleased.") == []
    assert _commas("In the end, the board, which met on Monday, was pleased.") == []


def test_a_comma_after_a_restrictive_relative_clause_before_an_auxiliary_is_reported() -> None:
    # The relative clause has no comma before it, so the one after it opens no aside.
    assert _commas("The group that backs the outgoing mayor, is still strong.") == ["mayor,is"]
    assert _commas("The firm which built the quay, has been fined.") == ["quay,has"]
    text = (
        "He said that despite the win in the vote, the party that backs the outgoing mayor Ola "
        "Berg, is still present and must be beaten in sequence:"
    )
    assert _commas(text) == ["Berg,is"]
    # An aside in a pair of commas, a question and a later aside stay silent.
    for text in (
        "The firm, which built the quay, has been fined.",
        "The man who built the quay, was he there?",
        "The firm that built the quay, fined in May, is closing.",
    ):
        assert _commas(text) == [], text
