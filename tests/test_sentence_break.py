"""structure.missing-sentence-break's judgement of words its pack does not name: a function word
or sentence adverb with a capital between two lower-case words, read by the tagger and the
dictionaries (`newslint.checks.sentence_break`). Texts written for the tests."""

from __future__ import annotations

import pytest

from newslint.document import Document
from newslint.engine import Linter

RULE = "structure.missing-sentence-break"


def _words(linter: Linter, text: str) -> list[str]:
    found = [f for f in linter.lint(Document.from_raw(text)) if f.rule == RULE]
    return [text[f.start : f.end] for f in sorted(found, key=lambda f: f.start)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The envoys met the mayor at noon An hour later the talks ended.", "An"),
        ("The talks were held at noon by the council It was the first meeting since May.", "It"),
        (
            "The council approved the plan last week Your views are welcome, the clerk wrote.",
            "Your",
        ),
        ("Prices rose sharply in the spring Each family now pays more for bread.", "Each"),
        (
            "The ferry was cancelled twice Partly in reply, the mayor wrote to the operator.",
            "Partly",
        ),
    ],
)
def test_a_clause_opener_run_into_the_sentence_before(linter: Linter, text: str, word: str) -> None:
    assert _words(linter, text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # A title in sentence case after a naming verb or a work's noun.
        "She read a novel called What we owe, and the film Such is life opened in May.",
        # Names: the dictionary writes them with a capital ("Will", "May").
        "The bill May pass next week, and Will Smith starred in the film with her.",
        # An adverb straight before a verb is a subject, a name.
        "A spokesman for job site Indeed said the figures were revised.",
        # No sentence ends on a preposition, an article or a conjunction.
        "The report was published in Our World in Data and the Each One Teach One campaign.",
        # A headline in title case.
        "Council Approves Plan Your Views Are Welcome Says Clerk In Note To Residents",
        # A single capital: a grade, a class, a letter.
        "Pupils who got grade A this year were told the result by email.",
    ],
)
def test_titles_names_and_headlines_stay_silent(linter: Linter, text: str) -> None:
    assert _words(linter, text) == []


def test_a_word_the_pack_names_is_reported_once(linter: Linter) -> None:
    text = "The council appointed two new members This decision was criticised by residents."
    assert _words(linter, text) == ["This"]


def test_after_a_capitalised_word_nothing_is_judged(linter: Linter) -> None:
    # A heading run in without its line break, as often as a lost stop after a name.
    text = "Mr. Vest, General Counsel Our staff presented the telegrams to the board."
    assert _words(linter, text) == []


def test_a_title_in_title_case_with_short_words_in_lower_case(linter: Linter) -> None:
    text = "She starred in the romantic comedy Imagine Me and You with a new cast in 2006."
    assert _words(linter, text) == []


def test_a_clause_after_an_exclamation_mark_that_ends_a_sentence(linter: Linter) -> None:
    # After a capitalised word, a mark may end a title inside the sentence ("the Jeopardy!
    # host"); a determiner or a pronoun after it opens a new clause that lost its capital.
    text = (
        "The crowd cheered the team on Sunday! the players then left by bus. "
        "She was a Jeopardy! champion, and the Yahoo! page and What is Anthropology? is read.\n"
    )
    found = [
        text[f.start : f.end]
        for f in linter.lint(Document.from_raw(text))
        if f.rule == "structure.lowercase-sentence-start"
    ]
    assert found == ["! the"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Officers patrolled the streets each night and property crime Communities are now "
            "safer, the report says.",
            "Communities",
        ),
        (
            "The mayor said the fund had worked with the community Towns have reclaimed parks "
            "and squares.",
            "Towns",
        ),
    ],
)
def test_a_common_noun_that_opens_the_next_clause_as_its_subject(
    linter: Linter, text: str, word: str
) -> None:
    # A capitalised common noun straight before its finite verb, after a clause with one of its
    # own: the subject of a sentence whose full stop was lost.
    assert _words(linter, text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # A noun introduces the name after it; a wh-word relative straight before its verb.
        "Shoppers were warned by the consumer firm Which said prices rose.",
        "Readers can click the button Here to read the full report.",
        "Voters can choose Why not later as the campaign's slogan.",
        # A house style's capital inside a phrase, after an adjective or an article.
        "Reporters saw that senior Government figures took their seats early.",
        "The bill passed after the Minister said it would.",
        # A subject without a clause before it: a heading or a list item.
        "Both violent crime and property crime Communities are now safer.",
    ],
)
def test_a_name_after_the_noun_that_introduces_it_stays_silent(linter: Linter, text: str) -> None:
    assert _words(linter, text) == []


def test_the_second_copy_of_a_doubled_word_opens_no_sentence(linter: Linter) -> None:
    # "The The council": the pack's pattern read "he" of the first copy as a lower-case word
    # before a sentence's opener; the doubling is structure.doubled-word's, reported once.
    for text in (
        "Storm\n\nThe The council met on Monday.\n",
        "Storm\n\nThe council agreed the The assembly met.\n",
    ):
        found = [f.rule for f in linter.lint(Document(text)) if f.rule.startswith("structure.")]
        assert found == ["structure.doubled-word"]
    text = "The council appointed two ministers The assembly met on Monday.\n"
    assert _words(linter, text) == ["The"]


def test_candidates_read_from_the_space_are_the_gate_part_s_matches() -> None:
    # `_CANDIDATE_AT_SPACE` finds what `_CANDIDATE` finds, from any start: a word before it at a
    # line's start or after a bracket, capitals, names of one letter, figures, other marks.
    from newslint.checks.sentence_break import _CANDIDATE, _CANDIDATE_AT_SPACE

    text = (
        "the vote went ahead The council met on tuesday\n"
        "of A plan (now The rest) is here And so on 9 The end\n"
        "Bé Éa ée Ée ée word  Double space é Über alles go Now we see"
    )

    def found(pattern: object, start: int) -> list[tuple[object, ...]]:
        return [
            (m.span(), m.span("before"), m.span("word"))
            for m in pattern.finditer(text, start)  # type: ignore[attr-defined]
        ]

    for start in range(len(text)):
        assert found(_CANDIDATE_AT_SPACE, start) == found(_CANDIDATE, start)
