"""Long stretches without a letter (rules, ASCII art, code fences) reach Harper as spaces: what is
sent is bounded by the text's words, offsets are kept, and prose findings are unchanged."""

from __future__ import annotations

from typing import Any

import pytest

from newslint.grammar.letterless import KEEP_ATTACHED, MIN_MARKS, inside, masked

PROSE = "The mayor said an new bridge would open. The council did not recieve the plans."


def test_a_long_stretch_becomes_spaces_with_its_line_breaks_and_length_kept() -> None:
    rule = "-" * 40 + "\n" + "= " * 40 + "\n"
    text = f"{PROSE}\n\n{rule}\n{PROSE}\n"
    sent, spans = masked(text)
    assert len(sent) == len(text)
    assert [i for i, c in enumerate(sent) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]
    assert sent.count(PROSE) == 2
    assert not any(c in "-=" for c in sent)
    assert spans == [(len(PROSE), len(PROSE) + 2 + len(rule) + 1)]


@pytest.mark.parametrize(
    "text",
    [
        PROSE,
        f'He paused..."{PROSE}"',
        f"{PROSE}\n\n* * *\n\n{PROSE}",
        f"{PROSE}\n-----\n{PROSE}",
        f"{PROSE} {'-' * (MIN_MARKS - 1)} {PROSE}",
        f"{PROSE} {'- ' * (MIN_MARKS - 1)}{PROSE}",
    ],
)
def test_copy_with_short_stretches_is_sent_unchanged(text: str) -> None:
    assert masked(text) == (text, [])


def test_marks_touching_a_word_stay_and_a_glued_run_is_masked_past_them() -> None:
    dots = f"He paused{'.' * 6}\n{'* ' * 40}\n“The end,” he said."
    sent, _ = masked(dots)
    assert sent.startswith("He paused......\n ") and sent.endswith("\n“The end,” he said.")
    glued = "code" + "`" * 3000 + "done"
    sent, spans = masked(glued)
    assert (
        sent
        == "code"
        + "`" * KEEP_ATTACHED
        + " " * (3000 - 2 * KEEP_ATTACHED)
        + "`" * KEEP_ATTACHED
        + "done"
    )
    assert spans == [(4 + KEEP_ATTACHED, 3004 - KEEP_ATTACHED)]


def test_inside_is_only_a_non_empty_span_within_a_masked_stretch() -> None:
    spans = [(10, 50), (80, 120)]
    assert inside(spans, 10, 50) and inside(spans, 90, 91)
    assert not inside(spans, 5, 20)  # reaches text before the stretch
    assert not inside(spans, 45, 85)  # across two stretches and the words between
    assert not inside(spans, 10, 10)  # an insertion after the word before the stretch
    assert not inside(spans, 60, 70) and not inside([], 0, 1)


def _counting(backend: Any) -> list[str]:
    """Record every piece the backend hands Harper (both passes go through `_lints`)."""
    seen: list[str] = []
    lints = backend._lints

    def recording(piece: str, index: Any) -> Any:
        seen.append(piece)
        return lints(piece, index)

    backend._lints = recording
    return seen


def test_a_document_of_punctuation_runs_sends_harper_no_marks() -> None:
    pytest.importorskip("harper")
    from newslint.grammar.harper import HarperBackend

    backend = HarperBackend(profile="all")
    seen = _counting(backend)
    runs = ("`" * 3000 + "\n") + ("- " * 5000 + "\n") + ("| --- | --- |\n" * 400)
    found = backend.check(runs)
    assert sum(len(piece) for piece in seen) == len(runs)  # every piece still goes, as before
    assert sum(not c.isspace() for piece in seen for c in piece) == 0
    assert found == []  # nor a finding about the spaces sent in place of the marks


@pytest.mark.parametrize("profile", ["news", "all"])
def test_prose_between_rules_keeps_its_findings(profile: str, monkeypatch: Any) -> None:
    pytest.importorskip("harper")
    from newslint.grammar import harper

    rule = "\n" + "-" * 70 + "\n" + "`" * 70 + "\n\n"
    other = "Officials said a inquiry had began. “We was not told,” one said......"
    text = rule + PROSE + "\n" + rule + other + "\n" + "* " * 40 + "\n"
    backend = harper.HarperBackend(profile=profile)
    seen = _counting(backend)
    found = [(m.rule, m.start, m.end, m.replacements) for m in backend.check(text)]
    assert ("AnA", text.index("an new"), text.index("an new") + 2, ("a",)) in found
    # Only the prose's marks reach Harper, not the rules'.
    assert sum(not c.isspace() for piece in seen for c in piece) == sum(
        not c.isspace() for c in PROSE + other
    )
    monkeypatch.setattr(harper, "masked", lambda piece: (piece, []))
    unmasked = harper.HarperBackend(profile=profile).check(text)
    kept = [(m.rule, m.start, m.end, m.replacements) for m in unmasked]
    # What Harper said about the rules themselves (the "all" profile's formatting advice) is all
    # the mask takes away.
    assert [f for f in kept if not inside(masked(text)[1], f[1], f[2])] == found
