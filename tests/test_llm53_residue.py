"""Stop 53's LLM-pipeline residue (issue 14): a content generator's brief labels, a model's
account of what it knows, a word count left from the prompt and its note on its own rewrite.
Every text is written for the test; beside each residue stands copy with the same words in a
newsroom's, a catalogue's or a journal's use, which must stay silent."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

LABELS = "llm.brief-labels"


def test_two_labels_of_a_brief_are_reported_each(linter: Linter) -> None:
    page = (
        "Title: Ten Things to Know About the Regatta\n\nIntroduction:\nThe regatta returns on"
        " Saturday.\n\nConclusion:\nThe town expects a busy weekend.\n"
    )
    assert spans_of(page, findings_of(linter, page, LABELS)) == [
        "Title:",
        "Introduction:",
        "Conclusion:",
    ]
    # One beside a label only a generator writes (template-slot reports that one itself).
    page = "Headline: Regatta Returns\nSubheading: Boats from six clubs\n\nThe regatta returns.\n"
    assert spans_of(page, findings_of(linter, page, LABELS)) == ["Headline:"]


def test_a_label_alone_or_in_its_genre_is_not_a_brief(linter: Linter) -> None:
    for page in (
        # one field of a page, the same label twice
        "Conclusion: the inquiry cleared the crew.\n\nThe report ran to 90 pages.\n",
        "Tone: calm\n\nTone: firm\n\nThe choir sang twice.\n",
        # a catalogue record and a structured abstract
        "Title: Sail and Oar\nAuthor: R. Penn\nKeywords: boats, rowing\n",
        "Introduction: Rowing injuries rose.\nMethods: We studied 300 rowers.\n"
        "Conclusion: Warm-ups helped.\n",
        # a guide that defines each part
        "Headline: The line that tells the reader what happened.\n"
        "Body: The paragraphs which give the detail.\n",
    ):
        assert findings_of(linter, page, LABELS) == [], page


def test_a_models_account_of_its_knowledge_is_a_cutoff(linter: Linter) -> None:
    for text, span in (
        ("Check the final score: my knowledge only extends to mid-2023.", "my knowledge"),
        ("I don't have information on events after 2022 in this piece.", "I don't have"),
    ):
        (found,) = findings_of(linter, text, "llm.knowledge-cutoff")
        assert text[found.start :].startswith(span), text
    for text in (
        "My information runs through the club's own records, the secretary said.",
        "I don't have data on the 1930s, the archivist admitted.",
    ):
        assert findings_of(linter, text, "llm.knowledge-cutoff") == [], text


def test_a_word_count_and_a_note_on_the_rewrite_are_residue(linter: Linter) -> None:
    text = "The regatta returns on Saturday. (Word count: 412)"
    assert spans_of(text, findings_of(linter, text, "llm.prompt-leak")) == ["(Word count: 412)"]
    text = "The regatta returns.\nThis rewrite keeps the key points but trims the tone."
    assert spans_of(text, findings_of(linter, text, "llm.meta-commentary")) == [
        "This rewrite keeps the key points but trims the tone"
    ]
    for text in (
        "The essay (word count: about 2,000) won; this revised version of the rules keeps the cap.",
        "This article was written using figures provided by the rowing club.",
    ):
        assert findings_of(linter, text, "llm.") == [], text


def test_a_stock_opening_on_the_state_of_the_world_is_reported(linter: Linter) -> None:
    rule = "llm.stock-preamble"
    for sentence in (
        "In today's ever-changing digital age, following the regatta has never been easier.",
        "In our hyper-connected world, results reach fans within seconds.",
        "Local sport is more vital than ever in a world where screens rule.",
    ):
        text = sentence + "\nThe regatta starts at ten.\n"
        assert spans_of(text, findings_of(linter, text, rule)) == [sentence], sentence
    for text in (
        # the frame inside a sentence, quoted, or a plain "today's world"
        "Crews now travel further in today's globalised society, the club said.\n",
        "“In today's fast-paced world, nobody rows,” the coach joked.\n",
        "In today's world of rowing, the old boats still win.\n",
    ):
        assert findings_of(linter, text, rule) == [], text


def test_the_outline_of_a_page_that_introduces_itself_is_reported(linter: Linter) -> None:
    rule = "llm.generated-outline"
    body = "The regatta returns this weekend with crews from six clubs and a new course.\n"
    page = (
        "Regatta Weekend\n\nIn this article, we will look at the weekend ahead.\n\n"
        f"1. Crews to Watch\n\n{body}\nCourse and Timings\n\n{body}"
    )
    assert spans_of(page, findings_of(linter, page, rule)) == [
        "1. Crews to Watch",
        "Course and Timings",
    ]
    # The same headings on a page that does not talk about itself are the page's own.
    page = f"Regatta Weekend\n\nThe weekend ahead is busy.\n\n1. Crews to Watch\n\n{body}"
    assert findings_of(linter, page, rule) == []


def test_a_pipelines_field_names_are_reported_beside_an_identifier(linter: Linter) -> None:
    rule = "llm.pipeline-field"
    page = "The regatta returns.\nKEY_POINTS Crews from six clubs.\nSCOPE Local rowing news.\n"
    # The identifier itself is program text, which encoding.markup-residue reports first.
    assert spans_of(page, findings_of(linter, page, rule)) == ["SCOPE"]
    assert spans_of(page, findings_of(linter, page, "encoding.markup-residue")) == ["KEY_POINTS"]
    # Capitals opening a line without a program's identifier on the page: a label, a dateline.
    page = "LONDON — The regatta returns.\nNOTE Crews from six clubs.\n"
    assert findings_of(linter, page, rule) == []


def test_an_announced_rewrite_is_reported_up_to_its_colon(linter: Linter) -> None:
    # "delete this sentence" must name the announcement only: the copy after its colon or stop
    # is the article the assistant was asked for.
    for text, span in (
        (
            "I cannot say. Certainly! Here is a rewritten version of the story: The regatta"
            " returns on Saturday.",
            "Certainly! Here is a rewritten version of the story:",
        ),
        (
            "Here's the revised article for the U.S. desk. Crews race at ten.",
            "Here's the revised article for the U.S. desk.",
        ),
    ):
        found = findings_of(linter, text, "llm.meta-commentary")
        assert spans_of(text, found) == [span], text
