"""False alarms found on an eighth sweep of unseen professional copy (fpsweep8: 88 page openings
of match reports, obituaries, science and health news, court judgments and digests, results
announcements, council notices, editorials, interviews, reviews, forecasts, university news and
charity releases). Each case is a text of the same shape written for the test, beside a case
that keeps the damage the rule is for.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of


def test_a_statement_printed_as_a_block_quotation_is_there(linter: Linter) -> None:
    # a release prints the minister's words as a block quotation; the copy drops its marks
    text = (
        "The scheme will train two thousand new coaches over three years.\n\n"
        "The sports minister said:\n\n"
        "Clubs across the country depend on volunteers, and too many of them have waiting "
        "lists because nobody is there to run a second session.\n\n"
        "This money puts that right in the places that need it most.\n"
    )
    assert findings_of(linter, text, "encoding.dropped-embed") == []


def test_narration_resuming_about_the_speaker_shows_the_embed_gone(linter: Linter) -> None:
    text = (
        "The governor visited the flooded towns on Sunday.\n\n"
        "In a series of posts, she said:\n\n"
        "She later asked the army to send more boats to the valley.\n"
    )
    assert spans_of(text, findings_of(linter, text, "encoding.dropped-embed")) == ["said:"]


def test_a_short_sentence_said_twice_in_a_quotation_is_emphasis(linter: Linter) -> None:
    # the speaker repeats "I was shaking." on purpose; the first copy closes a longer sentence
    text = (
        "Recalling the final kick, the winger grinned: “It sounds daft, but I was shaking. "
        "I was shaking. I was just thinking, ‘hit it clean.’\n"
    )
    assert findings_of(linter, text, "structure.doubled-word") == []


def test_the_same_sentence_twice_outside_a_quotation_is_still_reported(linter: Linter) -> None:
    # no quotation open: a copy the scraper or the editor left
    text = "The bridge was shaking. It was shaking. It was closed at noon.\n"
    assert spans_of(text, findings_of(linter, text, "structure.doubled-word")) == [
        "was shaking. It was shaking. It"
    ]
