"""A long lower-case token no list has, one reading of the wider glyph table from a single
common word, is a misreading on a page the OCR gate leaves shut (own texts): "compleined" (a
read as e), "eatablishments" (s read as a). Its fix is offered, never applied."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import lint_text

PAGES = {
    "compleined": ("The tenants compleined to the council about the noise.", "complained"),
    "eatablishments": ("The new rules apply to all eatablishments in the city.", "establishments"),
}


def _confusions(linter: Linter, text: str) -> list:
    return [f for f in lint_text(linter, text) if f.rule == "ocr.character-confusion"]


def test_a_glyph_misreading_is_reported_on_a_clean_page(linter: Linter) -> None:
    for word, (text, fix) in PAGES.items():
        found = _confusions(linter, text)
        assert [text[f.start : f.end] for f in found] == [word], word
        assert list(found[0].suggestions) == [fix], word
        assert found[0].fix.applicability == "unsafe", word


def test_short_capitalised_or_ambiguous_tokens_are_left_alone(linter: Linter) -> None:
    # "bame" is too short to be decisive; "Compleined" may be a name; "wark" is a word
    # the dictionary has; "fagt" reaches "fact", "fast" and "fat": no one word.
    for text in (
        "The bame was set for the spring.",
        "Mr Compleined said the board would meet.",
        "They went for a long wark by the river.",
        "It was a fagt of life in the valley.",
    ):
        assert _confusions(linter, text) == [], text


def test_the_grouped_readings_and_the_targets_change_no_repair(builtin_rules: list) -> None:
    # `_readings` groups the table by first letter and the common words' set rules out readings
    # before any lookup: the same readings and the same repairs as trying every pair and asking
    # the table of each (words of the table's letters, misread ones and random ones).
    import random

    from newslint.checks.lexicon_confusion import (
        GLYPH_SET_AFTER,
        ConfusionCheck,
        _one_step,
        _readings,
    )
    from newslint.lexicon import Vocabulary

    rule = next(r for r in builtin_rules if r.id == "ocr.character-confusion")
    filtered = ConfusionCheck(rule, Vocabulary())
    plain = ConfusionCheck(rule, Vocabulary())
    plain.__dict__["_glyph_targets"] = frozenset()  # every reading looked up, as before
    filtered._glyph_asked = GLYPH_SET_AFTER  # the set rules readings out from the first token
    rng = random.Random(7)
    tokens = ["compleined", "eatablishments", "fagt", "govemment", "rnisleading"]
    tokens += ["".join(rng.choice("aeioucrnmlhbtfsv") for _ in range(rng.randint(3, 11)))
               for _ in range(3000)]  # fmt: skip
    pairs = rule.option("glyph_confusions")
    for word in sorted(filtered._glyph_targets)[::60]:  # common words read wrongly once
        wrong, right = rng.choice(pairs)
        if right in word:
            tokens.append(word.replace(right, wrong, 1))
    for token in tokens:
        readings = _readings(token, filtered._glyph_table)
        assert readings == set(_one_step(token, rule.option("glyph_confusions"))), token
        assert filtered._glyph_repair(token, 0.0) == plain._glyph_repair(token, 0.0), token
    assert filtered._glyph_repair("compleined", 0.0) == ("complained", False)
    assert sum(bool(filtered._glyph_repair(token, 0.0)) for token in tokens) > 20
