"""Quotation marks and the marks around them: a quotation still open where the next one opens,
a semicolon that opens one, a closing mark spaced off, an attribution without its comma (texts
written here)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter


def _spans(linter: Linter, text: str, rule: str) -> list[str]:
    return [text[f.start : f.end] for f in linter.lint(Document.from_raw(text)) if f.rule == rule]


def test_a_short_quotation_left_open_is_reported_up_to_the_next_opener(linter: Linter) -> None:
    text = "The mayor said, “The harbour opens on Monday. “It will be busy,” she added.\n"
    spans = _spans(linter, text, "typography.unbalanced-quote")
    assert spans == ["“The harbour opens on Monday. “"]


def test_a_long_quotation_left_open_is_reported_at_its_opening_mark(linter: Linter) -> None:
    ports = "Rostock, Gdansk, Riga, Tallinn, Helsinki, Stockholm, Oslo, Bergen, Malmo and Aarhus"
    opened = (
        f"“The harbour opens on Monday, and from then on the ferries sail to {ports} twice a day"
    )
    text = f"The mayor said, {opened}. “It will be busy,” she added.\n"
    assert _spans(linter, text, "typography.unbalanced-quote") == ["“"]


def test_closed_and_nested_quotations_stay_silent(linter: Linter) -> None:
    text = (
        "“The harbour opens on Monday,” the mayor said. “It will be busy.”\n\n"
        "“I back the plan, not the many “fights” on the quay,” she said.\n"
    )
    assert _spans(linter, text, "typography.unbalanced-quote") == []


def test_a_semicolon_that_opens_a_quotation_is_debris(linter: Linter) -> None:
    text = (
        "The mayor said; “The harbour opens on Monday.”\n\n"
        "“It works,” the mayor said; “it always has.” The quay was busy; the ferries ran late.\n"
    )
    assert _spans(linter, text, "typography.punctuation-debris") == [";"]


def test_a_closing_single_mark_spaced_off_its_stop(linter: Linter) -> None:
    text = (
        "‘The ferries will sail on Monday. ’\n\n"
        "The students ’ union met; rock ’n’ roll; the ’90s; ‘Go,’ she said. ‘Now.’\n"
    )
    assert _spans(linter, text, "typography.space-before-closing-quote") == [" "]


def test_a_space_before_a_comma_run_into_a_quotation(linter: Linter) -> None:
    text = "The mayor said ,“We will open the harbour.” The quay, “the old one”, was busy.\n"
    assert _spans(linter, text, "typography.space-before-punctuation") == [" "]


def test_a_named_speaker_after_a_quotation_without_its_comma(linter: Linter) -> None:
    text = (
        "“The ferries will sail again as soon as the storm is over” Lena Holm said.\n\n"
        "“The ferries will sail again,” Lena Holm said. The daily “Kiel Post” said so, and "
        "“Harbour News” reported it.\n"
    )
    spans = _spans(linter, text, "typography.attribution-without-comma")
    assert spans == ["” Lena Holm said"]
