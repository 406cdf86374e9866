"""line_diff: the language server's fix-all edits on long documents (difflib alone compared every
blank line with every other: 150 s for 4,000 lines)."""

from __future__ import annotations

import random

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from newslint.line_diff import line_opcodes
from newslint.server.actions import minimal_edits

UTF16 = PositionCodec(types.PositionEncodingKind.Utf16)


def _rebuilt(old: list[str], new: list[str]) -> list[str]:
    out: list[str] = []
    at = 0
    for tag, i1, i2, j1, j2 in line_opcodes(old, new):
        assert i1 == at  # the opcodes cover `old` in order
        if tag == "equal":
            assert old[i1:i2] == new[j1:j2]
        out += new[j1:j2]
        at = i2
    assert at == len(old)
    return out


def test_random_edits_are_rebuilt_exactly() -> None:
    rng = random.Random(11)
    vocabulary = ["\n", "\n", "a\n", "b\n", "same line\n"] + [f"line {k}\n" for k in range(40)]
    for _ in range(3_000):
        old = [rng.choice(vocabulary) for _ in range(rng.randint(0, 60))]
        new = list(old)
        for _ in range(rng.randint(0, 6)):
            at = rng.randint(0, len(new))
            action = rng.random()
            if action < 0.4 and at < len(new):
                new[at] = rng.choice(vocabulary)
            elif action < 0.7:
                new.insert(at, rng.choice(vocabulary))
            elif at < len(new):
                del new[at]
        assert _rebuilt(old, new) == new


def test_a_long_document_gets_one_edit_per_changed_line() -> None:
    lines = [f"Paragraph {k}: Sir. Blinken spoke.\n" if k % 2 else "\n" for k in range(4_000)]
    before = "".join(lines)
    after = "".join(
        line.replace("Sir.", "Mr.") if k % 10 == 1 else line for k, line in enumerate(lines)
    )
    edits = minimal_edits(before, after, UTF16)
    assert len(edits) == 400
    assert {edit.new_text for edit in edits} == {"M"}
    assert edits[0].range.start == types.Position(1, len("Paragraph 1: "))


def test_a_removed_paragraph_among_blank_lines_is_one_edit() -> None:
    lines = [f"Paragraph {k}.\n" if k % 2 else "\n" for k in range(3_000)]
    after = lines[:1001] + lines[1003:]  # the paragraph at 1001 and the blank line after it
    opcodes = [op for op in line_opcodes(lines, after) if op[0] != "equal"]
    assert opcodes == [("delete", 1001, 1003, 1001, 1001)]
