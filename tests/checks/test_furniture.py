"""`furniture`: a short line made only of a page's interface vocabulary."""

from __future__ import annotations

from .helpers import builtin_options, fixed, make_check, spans

OPTIONS = builtin_options("scrape.furniture-line")


def test_a_line_of_interface_words_is_deleted() -> None:
    check = make_check("furniture", **OPTIONS)
    text = "Story text ends here.\n\nShare via email\n\nMore text follows here."
    assert spans(check, text) == ["Share via email\n"]
    assert fixed(check, text) == "Story text ends here.\n\n\nMore text follows here."


def test_a_line_with_a_word_outside_the_vocabulary_is_prose() -> None:
    check = make_check("furniture", **OPTIONS)
    assert spans(check, "Story text ends here.\n\nShare the best news\n\nMore text.") == []


def test_the_interface_vocabulary_is_the_rules() -> None:
    check = make_check("furniture", **{**OPTIONS, "interface": "tweet"})
    assert spans(check, "Story text ends here.\n\nShare via email\n\nMore text follows here.") == []


def test_it_defers_to_every_other_rule() -> None:
    assert make_check("furniture", **OPTIONS).defers


def test_a_count_the_page_keeps_of_itself_is_furniture() -> None:
    check = make_check("furniture", **OPTIONS)
    for line in ("Word count: 853", "Reading time: 4 min", "Views: 1,204", "Number of pages: 8"):
        assert spans(check, f"Story text ends here.\n\n{line}\n\nMore text.") == [line + "\n"]
    # under a title with no stop: no sentence wraps onto a label and its number
    assert spans(check, "HARBOUR NEWS\nWord Count: 853\nThe text.") == ["Word Count: 853\n"]
    # without the colon a title or a page number; a count of the story's own is not the page's
    for line in ("Page 3", "Time 100", "Deaths: 12", "Time: the essence"):
        assert spans(check, f"Story text ends here.\n\n{line}\n\nMore text.") == []


def test_a_pager_and_a_row_of_numbered_parts_are_furniture() -> None:
    check = make_check("furniture", **OPTIONS)
    parts = " | ".join(f"Part {n}" for n in range(1, 30))  # longer than any short line
    for line in ("< Prev 1 2 3 Next >", "1 2 3 4 5 Next", parts):
        assert spans(check, f"Story text ends here.\n\n{line}\n\nMore text.") == [line + "\n"]
    # a table's header names its word once; numbers that do not count up are no pager
    for line in ("Round 1 2 3", "Next 3 of 5 matches", "Part 1 | Part 5 | Part 9"):
        assert spans(check, f"Story text ends here.\n\n{line}\n\nMore text.") == []
