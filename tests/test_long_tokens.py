"""One long token without spaces (an inlined image, a line of escapes or mojibake a scraper left)
and one long line of capitals: the rules that read such text are checked whole, with the same
answers they give on short text (issue 15: cost linear in the input; a rule that runs out of time
loses its findings and says so with a notice)."""

from __future__ import annotations

import difflib
import random
from collections.abc import Iterable

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import UNFINISHED_RULE
from newslint.linters import load_rules
from newslint.regex_store import compile_pattern
from newslint.token_diff import WHOLE_DIFF_LIMIT, changed_spans

_SYLLABLES = "ka lo mer vin dra sel tor pa qui ne zu bra".split()


def _linter(*ids: str) -> Linter:
    return Linter([rule for rule in load_rules() if rule.id in ids])


def _invented(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))


def _matched_as_before(
    rule_id: str, earlier: str, texts: Iterable[str], group: int | str = 0
) -> int:
    """How many `texts` the rule's shipped pattern matches, asserting on each that it finds the
    same spans (and `group`) as its `earlier` form; the earlier form is the reference."""
    rule = next(rule for rule in load_rules() if rule.id == rule_id)
    shipped, reference = compile_pattern(rule.options["pattern"]), compile_pattern(earlier)
    matched = 0
    for text in texts:
        spans = [(m.span(), m.group(group)) for m in shipped.finditer(text)]
        assert spans == [(m.span(), m.group(group)) for m in reference.finditer(text)], text
        matched += bool(spans)
    return matched


def _applied(original: str, spans: list[tuple[int, int, str]]) -> str:
    out, at = [], 0
    for start, end, replacement in spans:
        out += [original[at:start], replacement]
        at = end
    return "".join(out) + original[at:]


def test_a_long_token_of_mojibake_is_repaired_piece_by_piece() -> None:
    token = "donâ€™t" * 1_500  # 10 KB without a space: difflib's alignment took minutes
    found = _linter("encoding.mojibake").lint(Document(f"A {token} end.\n"))
    assert len(found) == 1_500
    assert {edit.replacement for f in found for edit in f.fix.edits} == {"’"}
    assert all(f.end - f.start == 3 for f in found)


def test_short_forms_are_aligned_by_difflib_itself() -> None:
    original, repaired = "TomÃ¡Å¡", "Tomáš"
    matcher = difflib.SequenceMatcher(None, original, repaired, autojunk=False)
    expected = [
        (a0, a1, repaired[b0:b1]) for tag, a0, a1, b0, b1 in matcher.get_opcodes() if tag != "equal"
    ]
    assert list(changed_spans(original, repaired)) == expected


def test_long_forms_rebuild_the_repaired_token() -> None:
    rng = random.Random(7)
    pieces = {"Ã©": "é", "â€™": "’", "Ã¼": "ü", "â€œ": "“"}
    for _ in range(200):
        chosen = [rng.choice(list(pieces)) for _ in range(rng.randint(50, 400))]
        words = [_invented(rng) for _ in chosen]
        original = "".join(w + p for w, p in zip(words, chosen, strict=True))
        repaired = "".join(w + pieces[p] for w, p in zip(words, chosen, strict=True))
        spans = list(changed_spans(original, repaired))
        assert _applied(original, spans) == repaired
        if len(original) > WHOLE_DIFF_LIMIT:
            assert len(spans) == len(chosen)  # one change per mojibake piece, not one whole


def test_forms_whose_plain_letters_differ_are_one_change() -> None:
    original = "abcÃ©" * 200
    repaired = "abdé" * 200
    assert list(changed_spans(original, repaired)) == [(0, len(original), repaired)]


def test_figures_in_a_long_token_of_escapes_are_judged_whole() -> None:
    token = "".join(f"%E2%80%99{i % 7}the=C3=A9x" for i in range(12_000))  # 230 KB
    linter = _linter("typography.number-glued-to-word", "typography.figure-glued-to-word")
    found = linter.lint(Document(f"In 2020the year ended. {token}\n"))
    assert UNFINISHED_RULE not in {f.rule for f in found}
    assert found[0].rule == "typography.number-glued-to-word" and found[0].start == 3


def test_an_address_still_excuses_a_figure_glued_to_a_word() -> None:
    linter = _linter("typography.number-glued-to-word")
    assert not linter.lint(Document("See example.com/news/2020the-best for more.\n"))


_WORD = r"\p{Lu}[\p{Lu}\p{N}'’-]+"
_GREEDY_CAPITALS_RUN = (
    r'(?:(?<=[.!?"”] )|(?m:^))(?:(?:' + _WORD + r"|A|I)[:,]? ){4,}" + _WORD
) + r"(?= \p{Lu}\p{Ll}+ \p{Ll})"


def test_capitals_run_in_matches_as_its_greedy_form_did() -> None:
    rng = random.Random(5)
    capitals = ["CEO", "FUNDS:", "MAY", "A", "I", "IT'S", "B-2", "THE,", "NEW", "PLAN", "X"]
    other = ["Zachert stated", "Zach said that", "The council", "x", ". ", "\n", "” ", "I said"]
    texts = (
        " ".join(
            rng.choice(capitals) if rng.random() < 0.75 else rng.choice(other)
            for _ in range(rng.randint(3, 30))
        )
        for _ in range(20_000)
    )
    assert _matched_as_before("structure.capitals-run-in", _GREEDY_CAPITALS_RUN, texts) > 200


def test_a_long_line_of_capitals_is_checked_whole() -> None:
    rng = random.Random(3)
    line = " ".join(_invented(rng).upper() for _ in range(40_000))  # ~300 KB
    text = f"{line}\nCOSTS WILL STAY HIGH NEXT YEAR Zachert stated that it would.\n"
    found = _linter("structure.capitals-run-in").lint(Document(text))
    assert [f.rule for f in found] == ["structure.capitals-run-in"]
    assert text[found[0].start : found[0].end] == "COSTS WILL STAY HIGH NEXT YEAR"


def test_spelling_variety_reads_words_not_runs_of_letters() -> None:
    linter = _linter("consistency.spelling-variety")
    run = "colourandcolor" * 2_000
    assert not linter.lint(Document(f"The {run} ran on. The colour was fine.\n"))
    found = linter.lint(Document("The colour was fine, the color was not.\n"))
    assert [edit.replacement for f in found for edit in f.fix.edits] == ["colour"]


_SPACE_BEFORE_PUNCTUATION_BEFORE_THE_RUN_START = (
    r"(?= +[,;.:?!])(?:(?<=[\p{L}\p{N}’”)\]]) +(?=(?P<punct>[,;])(?:\s|$|[“\"](?=\p{L}))"
    r"|(?P<punct>\.)(?! ?\.)(?:\s*$|\s+[\p{Lu}“\"]))|(?<=\p{L}) +(?=(?P<punct>\.\.)(?!\.)(?:\s|$))"
    r"|(?<=\p{Ll}) +(?=(?P<punct>:)\s)|(?<=\p{N}) +(?=(?P<punct>:)\s+\p{L})"
    r"|(?<=\p{Ll}) +(?=(?P<punct>[?!])(?:\s|$)))"
)


def test_space_before_punctuation_matches_as_it_did_from_every_position() -> None:
    rng = random.Random(2)
    pieces = ["word", " ", "  ", ",", ";", ".", "..", ":", "?", "!", "”", ")", "\n", "A", "9", "“"]
    texts = ("".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(20_000))
    rule = "typography.space-before-punctuation"
    earlier = _SPACE_BEFORE_PUNCTUATION_BEFORE_THE_RUN_START
    assert _matched_as_before(rule, earlier, texts, "punct") > 200


def test_a_long_run_of_spaces_is_checked_whole() -> None:
    text = "The start. x" + " " * 60_000 + "y . The end.\n"  # as blanked HTML tags leave
    found = _linter("typography.space-before-punctuation").lint(Document(text))
    assert [f.rule for f in found] == ["typography.space-before-punctuation"]
    assert found[0].start == text.index("y .") + 1


_DOTS_FOR_COMMA_LOOKING_BACK = r"(?P<dots>\.{4,}|,\.{2,})(?<=\p{L}(?:\.{4,}|,\.{2,})) ?(?=\p{Ll})"


def test_dots_for_comma_matches_as_its_look_behind_form_did() -> None:
    rng = random.Random(9)
    pieces = [".", "..", "...", ",", ",..", "a", "B", " ", "x", "é", "\n", "!", "4"]
    texts = ("".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(20_000))
    rule = "typography.dots-for-comma"
    assert _matched_as_before(rule, _DOTS_FOR_COMMA_LOOKING_BACK, texts, "dots") > 500


def test_a_long_run_of_dots_is_checked_whole() -> None:
    text = "The start x" + "." * 6_000 + " End. He waited.....then left.\n"  # leader dots
    ids = ("typography.dots-for-comma", "scrape.furniture-block")
    found = _linter(*ids).lint(Document(text))
    assert UNFINISHED_RULE not in {f.rule for f in found}
    dots = [f for f in found if f.rule == "typography.dots-for-comma"]
    assert [text[f.start : f.end] for f in dots] == ["....."]
