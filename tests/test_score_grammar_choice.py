"""score(grammar=...) refuses what the command line refuses and says when the engine is missing:
a mistyped engine or a LanguageTool that cannot start gave grammar densities of 0 that look
like clean text (user67 #3)."""

from __future__ import annotations

import warnings

import pytest

from newslint import score
from newslint.scoring import scorer


def test_an_unknown_grammar_engine_is_refused_naming_the_choices():
    with pytest.raises(ValueError, match="harper, languagetool, off"):
        score("He go to school.", grammar="nonsense")


def test_an_engine_that_cannot_start_gives_one_warning(monkeypatch: pytest.MonkeyPatch):
    # A server nobody listens on: LanguageTool cannot answer, whatever is installed here.
    monkeypatch.setenv("NEWSLINT_LANGUAGETOOL_URL", "http://127.0.0.1:9")
    scorer.cache_clear()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for _ in range(3):
                assert score("He go to school. She were late.", grammar="languagetool")["grammar_count"] == 0  # fmt: skip
    finally:
        scorer.cache_clear()
    said = [str(w.message) for w in caught if "LanguageTool" in str(w.message)]
    assert len(said) == 1, said
    assert said[0].startswith("newslint: ")
