"""False alarms found on unseen clean professional pages (stop 41's sweep, fp15): shapes of
professional copy that a check misread, each pinned by a text written for the test beside a case
the rule must still report.
"""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of


def test_a_title_kept_in_french_is_not_two_english_words(linter: Linter) -> None:
    # A music critic names a song cycle by its French title, accents dropped as many sites drop
    # them: "nuits" splits into "nu" and "its", but it sits beside "Les", and both are common
    # French words that English hardly writes.
    text = (
        "The orchestra closed with Berlioz's Les nuits d'ete, sung by a young mezzo who made "
        "the last song glow.\n"
    )
    assert findings_of(linter, text, "mt.glued-words") == []


def test_a_glue_beside_a_foreign_word_alone_is_still_reported(linter: Linter) -> None:
    # One foreign-looking word is no phrase: the glue after "les" (an English name here) and
    # the glue in plain English prose are both still two words run together.
    text = "She worked withthe ministry for years, and Les Moore said the talks went well.\n"
    assert spans_of(text, findings_of(linter, text, "mt.glued-words")) == ["withthe"]
