"""`assistant-turn`: a chat assistant's side of the conversation (handing the text over,
offering more work, reporting its edits), read by its shape rather than its phrases."""

from __future__ import annotations

import textwrap

from newslint.linters import load_rules

from .helpers import builtin_options, make_check, spans

NEWS = "The council approved the budget on Monday, officials said.\n\n"


def _found(text: str) -> list[str]:
    return spans(make_check("assistant-turn", **builtin_options("llm.assistant-turn")), text)


def test_each_shape_of_a_turn_is_reported_in_wording_no_rule_lists() -> None:
    turns = [
        # handing the text over, after an interjection or as the requester's own
        "Certainly! Below is a tighter draft of the press release.",
        "Here is the shorter version of your article.",
        # offering more work to the requester
        "I can also lengthen the article if you need more background.",
        "Let me know if you'd like a different headline.",
        # asking a question about the text
        "Should I restructure the second paragraph?",
        "Would you prefer the introduction in the present tense?",
        # reporting an edit
        "I have reworded the opening and simplified the conclusion.",
    ]
    for turn in turns:
        assert _found(NEWS + turn + "\n") == [turn], turn


def test_an_interjection_on_its_own_is_reported_with_the_text_it_hands_over() -> None:
    text = NEWS + "Sure! Here's the article, rewritten for a younger audience.\n"
    assert _found(text) == ["Sure! Here's the article, rewritten for a younger audience."]


def test_the_same_words_in_news_are_not_a_turn() -> None:
    news = [
        # a question reported as speech
        "“Would you like me to rewrite the headline?” the editor asked.",
        # a speech thanks its audience; a column reminds its reader
        "I want to thank every delegation for your work in preserving the agreement.",
        "I told you last month that the article would run, and it did.",
        "I can tell you that the article ran on the front page.",
        # a text handed over by a newsroom, and a bill revised by a parliament
        "Here is the full text of the minister's statement, as released on Tuesday.",
        "The revised version of the bill was published on Friday.",
        # a question about something other than the text
        "Would you pay more council tax for a better bus service?",
    ]
    for sentence in news:
        assert _found(NEWS + sentence + "\n") == [], sentence


def test_a_long_sentence_is_prose_not_a_line_of_dialogue() -> None:
    long = (
        "I can tell you that the article the committee published on Monday, after three years "
        "of hearings in four cities and a great many written submissions from residents, "
        "businesses, councils and charities, runs to more than two hundred pages and makes "
        "forty recommendations."
    )
    assert len(long.split()) > 40
    assert _found(NEWS + long + "\n") == []


# A column that speaks to its readers about articles: each paragraph is prose, so a sentence
# below stands inside one unless it is the page's last.
COLUMN_TOP = (
    "Notes from the standards desk\n\n"
    "Readers wrote this week about the report on the hospital merger and its headline.\n\n"
)
COLUMN_END = "\n\nThe desk will publish its annual figures on corrections in the spring.\n"


def test_a_reader_asked_to_act_is_not_offered_work() -> None:
    # An assistant's offer turns on the requester's wish ("if you want"); a column asks its
    # reader to do something.
    for aside in (
        "If you spot an error in an article, let me know.",
        "Let me know if you think a headline is unfair.",
    ):
        assert _found(NEWS + aside + "\n") == [], aside
    offer = "Let me know if you want a shorter article."
    assert _found(NEWS + offer + "\n") == [offer]


def test_a_question_asking_the_reader_to_edit_is_not_a_turn() -> None:
    question = "Can you cut the introduction of your last article by a third?"
    assert _found(NEWS + question + "\n") == []
    # The requester asked for something the writer needs, or for their wish, is a turn.
    for turn in (
        "Could you give me the date so I can finish the article?",
        "Would you prefer a shorter headline?",
    ):
        assert _found(NEWS + turn + "\n") == [turn], turn


def test_a_publication_speaking_as_we_is_not_an_assistant() -> None:
    question = "Would you rather we kept the original headline with a note under it?"
    assert _found(NEWS + question + "\n") == []


def test_advice_handed_over_is_not_a_text() -> None:
    assert _found(NEWS + "Here is how to tighten your headline.\n") == []
    assert _found(NEWS + "Here is the tighter headline.\n") == []  # no interjection, not "your"
    turn = "Here is your tighter headline."
    assert _found(NEWS + turn + "\n") == [turn]


def test_a_turn_inside_a_paragraph_of_prose_mid_page_is_a_columns_aside() -> None:
    turn = "Let me know if you would like me to send you the article."
    inside = f"The report ran on Monday and the desk has had many letters since. {turn}"
    assert _found(COLUMN_TOP + inside + COLUMN_END) == []
    # Alone in its paragraph, or at the page's edge, it is the assistant's.
    assert _found(COLUMN_TOP + turn + COLUMN_END) == [turn]
    assert _found(COLUMN_TOP + inside + "\n") == [turn]
    # "I hope this helps!" is too short to be prose: the turn is still alone.
    assert _found(COLUMN_TOP + "I hope this helps! " + turn + COLUMN_END) == [turn]


def test_a_new_kind_reports_as_a_warning() -> None:
    # Its precision is measured on the writer's own probes and on the read folds only; an error
    # is for what a reader could not mistake (review4 found columns it took for turns).
    (rule,) = [r for r in load_rules() if r.id == "llm.assistant-turn"]
    assert rule.severity == "warning"


def _wrapped(paragraphs: list[str], width: int) -> str:
    """A plain-text newsletter: each paragraph filled to `width` columns, blank lines between."""
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def test_a_columns_aside_stays_an_aside_when_the_column_is_hard_wrapped() -> None:
    # review5: wrapped at 60 or 80 columns, a line was read as the paragraph and the sentence was
    # cut at the wrap, so the aside stood "alone" among fragments and was reported.
    aside = "If you would like me to post you the story on the flood as it ran, just reply to me."
    column = [
        "From the library desk",
        "This winter the library has been copying the bound volumes of the Courier from the"
        " 1930s, and the first five years can now be searched from home.",
        "Several readers have asked about the flood of 1936, which the paper covered for a"
        f" month. Some of the copies are faded and a few pages are missing. {aside} The bound"
        " volumes stay in the reading room, which opens on Wednesdays.",
        "Next month the work moves on to the 1940s, starting with the harbour fire of 1941.",
    ]
    for width in (50, 60, 66, 72, 80):
        assert _found(_wrapped(column, width)) == [], width
    # A turn in a paragraph of its own, or at the page's end, is still one when wrapped.
    turn = "Let me know if you would like me to shorten the article or give it a warmer tone."
    for width in (60, 80):
        own = _wrapped([*column[:3], turn, column[3]], width)
        assert [" ".join(s.split()) for s in _found(own)] == [turn], width
        assert [" ".join(s.split()) for s in _found(_wrapped([*column, turn], width))] == [turn]


def test_unwrapping_keeps_offsets_and_leaves_web_copy_alone() -> None:
    from newslint.checks.assistant_turn import unwrapped

    wrapped = _wrapped(["word " * 40, "more words " * 20], 60)
    joined = unwrapped(wrapped)
    assert len(joined) == len(wrapped) and joined.count("\n") == 3  # the blank line and the end
    # Web copy runs a paragraph a line: its line breaks are paragraph breaks.
    web = (
        "A first paragraph of the story, long enough to fill a line.\n"
        "A second one follows it.\nA third, which says a little more than the second.\n"
        "Then a fourth.\nAnd a fifth paragraph, to end the story.\n"
    )
    assert unwrapped(web) == web
    menu = "Home\nNews\nSport\nBusiness\nWeather\n"
    assert unwrapped(menu) == menu


def test_an_assistant_speaking_of_its_means_needs_and_request_is_a_turn() -> None:
    turns = [
        # a means it lacks, or information it lacks for the text or failed to find
        "Sorry, I can't browse the web, so the latest tally is beyond me.",
        "I do not have enough information to write about this match.",
        "I wasn't able to find any details about the regatta you mentioned.",
        # the requester's material it needs, or the request it works to
        "I need the original passage to be able to finish the piece.",
        "To turn these notes into an article I will need the full wording.",
        "As per your instructions, I kept the tone neutral throughout.",
        # signing off with more help to come
        "I look forward to helping you!",
        "Looking forward to helping you with the piece!",
        "Feel free to reach out if you want any tweaks.",
    ]
    for turn in turns:
        assert _found(NEWS + turn + "\n") == [turn], turn


def test_a_person_speaking_of_their_own_means_and_needs_is_not_a_turn() -> None:
    news = [
        # a column recalls what its writer could not do; an advice column's reply
        "I couldn't get online for most of the week, and the web was the least of my worries.",
        "I can't give legal advice, but the details of your case suggest a solicitor.",
        "I need more information about the lease before I can say more, so write again.",
        # a letter hands a request on; a blogger signs off; a page asks to be shared
        "I have passed your request to the council, which will reply within a month.",
        "I hope you found this guide useful, and do leave a comment below.",
        "Feel free to share this article with friends if you like it.",
        # reported speech without quotation marks
        "I can't browse the web at work, the clerk told the tribunal.",
    ]
    for sentence in news:
        assert _found(NEWS + sentence + "\n") == [], sentence


def test_the_requesters_material_found_wanting_is_a_turn() -> None:
    turn = "Sorry, but the excerpt you sent is only a photo caption, not a full report."
    assert _found(NEWS + turn + "\n") == [turn]
    letter = "The form you sent was signed and dated, and the office has filed it."
    assert _found(NEWS + letter + "\n") == []


def test_the_steps_of_a_plan_are_reported_with_it() -> None:
    plan = "Once you paste the text, I will:"
    steps = "1. Pick out the main facts.\n2. Recast them as a short report:\n- a headline\n- a lede"
    page = f"{plan}\n\n{steps}\n\nThanks!\n"
    assert _found(page) == [plan, steps]
    # A list after a sentence that is no plan is the page's own.
    page = "The council's plan has three parts:\n1. New bus lanes.\n2. Longer library hours.\n"
    assert _found(NEWS + page) == []
