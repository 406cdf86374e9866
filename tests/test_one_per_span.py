"""One problem, one finding (issue 14): built-in rules saying the same of the same text are one.

The policy keeps, of built-in findings that share a span exactly and offer the same remedy (the
same edits, the same suggestions, or none), the one that says most (a primary rule's before a
deferring one's, a safe fix, the higher severity, the first rule id); two remedies are two
readings and both stay. Of overlapping findings of different rules reporting one cause
(`Check.cause`: a line, sentence or title printed again), the widest stays. A user's or Vale's
rules, and a notice that a rule could not finish, are never merged.
"""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import UNFINISHED_RULE, Edit, Finding, Fix
from newslint.linters import load_rules
from newslint.one_finding import Merging
from newslint.policy import Policy

from .conftest import surface_linter

TEXT = "Officials met on Monday, the. Ministry said.\n"
STOP = TEXT.index(". Ministry")
BUILT_IN = {"a.one": 0, "b.two": 0, "c.line": 0, "d.sentence": 0, "e.title": 0, "g.engine": 1}
REPEATS = {"c.line": "repeated-text", "d.sentence": "repeated-text", "e.title": "repeated-text"}
POLICY = Policy(merging=Merging(BUILT_IN, REPEATS))


def _finding(rule: str, start: int, end: int, **rest: object) -> Finding:
    severity = str(rest.pop("severity", "warning"))
    return Finding(rule, severity, f"{rule} here", start, end, **rest)  # type: ignore[arg-type]


def _kept(found: list[Finding], policy: Policy = POLICY) -> list[str]:
    return [f.rule for f in policy.apply(Document(TEXT), found)]


def test_one_span_and_one_remedy_is_one_finding_that_says_most() -> None:
    delete = (Edit(STOP, STOP + 1, ""),)
    found = [
        _finding("a.one", STOP, STOP + 1, fix=Fix(delete, "unsafe")),
        _finding("b.two", STOP, STOP + 1, fix=Fix(delete, "safe")),
    ]
    assert _kept(found) == ["b.two"]
    assert _kept([_finding("a.one", 0, 9, severity="info"), _finding("b.two", 0, 9)]) == ["b.two"]
    assert _kept([_finding("b.two", 0, 9), _finding("a.one", 0, 9)]) == ["a.one"]
    # A grammar engine's finding (its rule defers to the artifact packs) gives way.
    assert _kept([_finding("a.one", 0, 9), _finding("g.engine.Rule", 0, 9)]) == ["a.one"]


def test_two_remedies_for_one_span_are_two_readings_and_both_stay() -> None:
    """ "Gaddoor" beside "Gaddour": a name spelled two ways (suggest the other spelling) or two
    words run together (split them); the reader chooses."""
    split = Fix((Edit(0, 9, "Offic ials"),), "safe")
    found = [_finding("a.one", 0, 9, suggestions=("Officers",)), _finding("b.two", 0, 9, fix=split)]
    assert len(_kept(found)) == 2


def test_a_deferring_finding_offering_nothing_goes_where_a_primary_one_offers_a_remedy() -> None:
    """A deferring rule's finding that offers nothing names the problem a primary rule's finding
    on its span with a remedy names better ("governmenthad": not a word, and two words run
    together, split them): one problem, one finding, the remedy's; beside two readings it goes
    too. Two primary rules' findings are two readings even when one offers nothing ("This" mid
    sentence: a stop is missing before it, or its capital should be lower), and so is a deferring
    rule's remedy beside a primary rule's finding that offers none."""
    split = Fix((Edit(0, 9, "Offic ials"),), "safe")
    engine = _finding("g.engine.Rule", 0, 9)
    assert _kept([engine, _finding("b.two", 0, 9, fix=split)]) == ["b.two"]
    hint = ("Officers",)
    assert _kept([_finding("b.two", 0, 9, suggestions=hint), engine]) == ["b.two"]
    two = [_finding("c.line", 0, 9, fix=split), _finding("a.one", 0, 9, suggestions=hint)]
    assert sorted(_kept([*two, engine])) == ["a.one", "c.line"]
    assert len(_kept([_finding("a.one", 0, 9), _finding("b.two", 0, 9, fix=split)])) == 2
    assert len(_kept([_finding("a.one", 0, 9), _finding("g.engine.Rule", 0, 9, fix=split)])) == 2


def test_a_word_run_together_on_a_scanned_page_is_one_finding() -> None:
    """On a page that looks scanned, "governmenthad" is both a token no word list has (ocr) and
    two words run together (mt, with the split): the reader is shown the split once."""
    text = "Tbe mayor said tliat the governmenthad failed; tho port was closed.\n"
    start = text.index("governmenthad")
    span = (start, start + len("governmenthad"))
    found = surface_linter().found(Document(text))
    assert sorted(f.rule for f in found if (f.start, f.end) == span) == [
        "mt.glued-words",
        "ocr.non-word",
    ]
    kept = [f.rule for f in surface_linter().lint(Document(text)) if (f.start, f.end) == span]
    assert kept == ["mt.glued-words"]


def test_user_rules_notices_overlaps_and_a_policy_without_merging_keep_every_finding() -> None:
    assert len(_kept([_finding("vale.Rule", 0, 9), _finding("a.one", 0, 9)])) == 2
    assert len(_kept([_finding(UNFINISHED_RULE, 0, 9), _finding("a.one", 0, 9)])) == 2
    assert len(_kept([_finding("a.one", 0, 30), _finding("b.two", 0, 9)])) == 2
    assert len(_kept([_finding("a.one", 0, 9), _finding("b.two", 0, 9)], Policy())) == 2


def test_overlapping_findings_of_one_cause_are_one_finding_the_widest() -> None:
    found = [
        _finding("c.line", 0, 30),
        _finding("d.sentence", 2, 12),
        _finding("a.one", 5, 8),  # inside the run, of no cause: it stays, in its place
        _finding("e.title", 20, 35),  # overlaps the line
        _finding("d.sentence", 40, 44),  # after the run: a repeat of its own
    ]
    assert _kept(found) == ["c.line", "a.one", "d.sentence"]
    # One rule's overlapping findings are repeats of their own (two lines printed again).
    assert _kept([_finding("c.line", 0, 12), _finding("c.line", 11, 20)]) == ["c.line", "c.line"]


def test_a_page_reports_one_mismatched_quote_once() -> None:
    """A straight quote opening a paragraph of curly ones is both the odd style out and a quote
    that does not match its closing mark: the reader is shown it once."""
    text = (
        "Port reopens after storm\n\n“We are open again,” the harbour master said. “Ships can dock"
        ' from noon.”\n\n“The damage was smaller than we feared,” a spokesman said. "It took two'
        " days to clear the berths.”\n\n“Trade will recover,” the mayor said.\n"
    )
    quote = (text.index('"'), text.index('"') + 1)
    found = surface_linter().found(Document(text))  # what the checks find, before the policy
    assert [(f.start, f.end) for f in found] == [quote, quote]
    assert [(f.start, f.end) for f in surface_linter().lint(Document(text))] == [quote]


def test_a_paragraph_printed_twice_is_one_finding_not_one_per_sentence() -> None:
    """An assistant's paragraph printed again: the repeated line, each of its sentences and a near
    repeat of the last all report the one copy; the reader is shown the line, with its fix."""
    paragraph = (
        "Okay, let me begin by reading the request with care. They want the story rewritten in a"
        " plain and friendly voice."
    )
    text = (
        f"Ferry service resumes after storm\n\n{paragraph}\n\nThe ferry left at dawn with forty"
        f" passengers.\n\n{paragraph}\n\nMore crossings are planned.\n"
    )
    found = surface_linter().found(Document(text))
    assert len([f for f in found if "repeat" in f.rule]) >= 3
    kept = surface_linter().lint(Document(text))
    assert [f.rule for f in kept] == ["structure.repeated-line"]
    assert text[kept[0].start : kept[0].end].strip() == paragraph


def test_a_doubled_word_is_a_cause_of_its_own() -> None:
    text = "Ferry service resumes\n\nThe the ferry left at dawn with forty passengers on board.\n"
    assert "structure.doubled-word" in [f.rule for f in surface_linter().lint(Document(text))]
    merging = surface_linter().policy.merging
    assert merging is not None and merging.causes["structure.doubled-word"] == "doubled-word"
    assert merging.rank("structure.doubled-word") == 0


def test_a_finding_a_cause_explains_goes_when_that_cause_s_finding_is_it_written_twice() -> None:
    """A rule whose finding a cause explains (`Check.explained_by`) is not shown where a finding
    of that cause is its span written twice ("The The council": the second copy opens no
    sentence, the doubled word is the one problem); elsewhere inside it (a doubled phrase's
    copies), beside it, across its end or under another cause, it stays."""
    merging = Merging(
        {"w.doubled": 0, "s.break": 0, "c.line": 0},
        {"w.doubled": "doubled-word", "c.line": "repeated-text"},
        {"s.break": frozenset(("doubled-word",))},
    )
    policy = Policy(merging=merging)
    second_copy = [_finding("w.doubled", 0, 9), _finding("s.break", 5, 9), _finding("a.one", 6, 7)]
    assert _kept(second_copy, policy) == ["w.doubled", "a.one"]
    two_blanks = [_finding("w.doubled", 0, 10), _finding("s.break", 6, 10)]
    assert _kept(two_blanks, policy) == ["w.doubled"]
    for found in (
        [_finding("s.break", 0, 4), _finding("w.doubled", 0, 9)],  # the first copy
        [_finding("w.doubled", 0, 9), _finding("s.break", 6, 9)],  # the end of a phrase's copy
        [_finding("w.doubled", 0, 21), _finding("s.break", 3, 7)],  # inside a phrase's copy
        [_finding("w.doubled", 0, 9), _finding("s.break", 10, 14)],  # beside it
        [_finding("w.doubled", 0, 9), _finding("s.break", 5, 14)],  # across its end
        [_finding("c.line", 0, 9), _finding("s.break", 5, 9)],  # another cause
    ):
        assert len(_kept(found, policy)) == 2


def test_a_doubled_word_explains_its_second_copy_even_unshown() -> None:
    """The doubled word is the evidence that the other rule misread its second copy: suppressed
    or ignored for the file ("The The" is a band), it still is. Inside a doubled phrase a
    missing stop is in the first copy too, and is reported there."""
    line = "The mayor spoke on Monday. The The council met later that day."
    directive = "newslint-disable-next-line structure.doubled-word"
    for text in (f"{line}\n", f"The mayor spoke.\n{directive}\n{line}\n"):
        rules = [f.rule for f in surface_linter().lint(Document(text))]
        assert "structure.missing-sentence-break" not in rules
    per_file = Policy.of(ignore=["grammar"], per_file_ignores={"*": ("structure.doubled-word",)})
    assert Linter(load_rules(), policy=per_file).lint(Document(f"{line}\n", "story.txt")) == []
    phrase = (
        "The ministers met at noon This meeting was long and the ministers met at noon This"
        " meeting was long and it ended.\n"
    )
    found = surface_linter().lint(Document(phrase))
    breaks = [f.start for f in found if f.rule == "structure.missing-sentence-break"]
    assert breaks == [phrase.index("This"), phrase.rindex("This")]


def test_a_doubled_word_explains_its_second_copy_when_its_rule_is_left_unrun() -> None:
    """Ignored or left unselected, the doubled-word rule still runs for the merging alone: "The
    The" (a band) is no missing stop whichever rules the reader asks for, and the doubled word
    itself is neither reported nor fixed."""
    text = "The mayor spoke on Monday. The The council met later that day.\n"
    for policy in (
        Policy.of(ignore=["grammar", "structure.doubled-word"]),
        Policy.of(select=["structure.missing-sentence-break"]),
    ):
        linter = Linter(load_rules(), policy=policy)
        assert linter.lint(Document(text)) == []
        assert "structure.doubled-word" not in linter.rules_by_id
    selected = Linter(load_rules(), policy=Policy.of(select=["structure.doubled-word"]))
    assert [f.rule for f in selected.lint(Document(text))] == ["structure.doubled-word"]
    # Nothing explains another rule's findings: nothing unrun is compiled.
    assert len(Linter(load_rules(), select=["structure.doubled-word"]).checks) == 1


def test_a_run_of_one_rule_s_adjacent_findings_is_one_finding() -> None:
    """A run of invisible characters was a finding per character (30,000 of them took 11 s to
    report): one rule's findings each starting where the last ends, with the same remedy, are
    one finding over the run, with all their edits."""

    def delete(at: int) -> Finding:
        return _finding("a.one", at, at + 1, fix=Fix((Edit(at, at + 1, ""),)), suggestions=("",))

    kept = POLICY.apply(Document(TEXT), [delete(9), delete(10), delete(11), delete(20)])
    assert [(f.start, f.end) for f in kept] == [(9, 12), (20, 21)]
    assert kept[0].fix is not None and kept[0].fix.edits == (Edit(9, 12, ""),)
    assert kept[0].message == "a.one here (3 in a row)" and kept[1].message == "a.one here"
    # Apart, of two rules, saying or offering different things, or a user's rule's: each stays.
    apart = [delete(9), delete(11)]
    said = [_finding("a.one", 9, 10), Finding("a.one", "warning", "other", 10, 11)]
    rules = [_finding("a.one", 9, 10), _finding("b.two", 10, 11)]
    remedies = [delete(9), _finding("a.one", 10, 11)]
    users = [_finding("vale.Rule", 9, 10), _finding("vale.Rule", 10, 11)]
    for found in (apart, said, rules, remedies, users):
        assert len(POLICY.apply(Document(TEXT), found)) == 2


def test_a_run_of_invisible_characters_is_reported_once() -> None:
    linter = surface_linter()
    text = "The talks" + "\x07" * 500 + " resumed and ele\u200b\u200bctions ended.\n"
    found = [f for f in linter.lint(Document(text)) if f.rule == "encoding.invisible-character"]
    assert [(f.start, f.end) for f in found] == [(9, 509), (525, 527)]
