"""Fixes settle or say which rule does not (issue 19, item 3); overlap resolution is a sweep (item 10)."""

from __future__ import annotations

from pathlib import Path

from newslint.engine import Linter
from newslint.finding import Edit, Fix
from newslint.fix import fix_raw, resolve
from newslint.runner import load_rules

from .conftest import run_newslint

LOOPING_PACK = """pack: loop
rules:
  - id: loop.colour
    kind: substitution
    message: "use {fix}"
    description: A swap that undoes itself.
    swap: {colour: color, color: colour}
    examples:
      - bad: "the colour red"
        fixed: "the color red"
      - good: "the red"
  - id: loop.grow
    kind: pattern
    message: "stretched word"
    description: A fix that grows what it matches.
    pattern: 'zz+'
    fix: '\\g<0>z'
    examples:
      - bad: "a zz b"
        fixed: "a zzz b"
      - good: "a z b"
"""


def looping_linter(tmp_path: Path) -> Linter:
    pack = tmp_path / "loop.yaml"
    pack.write_text(LOOPING_PACK, encoding="utf-8")
    return Linter(load_rules([str(pack)]), ignore=["grammar"])


def test_a_long_run_of_doubled_words_is_fixed_completely() -> None:
    linter = Linter(load_rules(), select=["structure.doubled-word"])
    text = " ".join(["the"] * 1100) + " end.\n"
    outcome = fix_raw(text, "a.txt", linter.lint)
    assert outcome.raw == "the end.\n" and outcome.converged
    assert outcome.passes > 10  # more passes than the old fixed limit, because each one gained


def test_rules_that_never_settle_are_named_and_left_out(tmp_path: Path) -> None:
    linter = looping_linter(tmp_path)
    text = "The colour of zz here. Sir. Blinken spoke.\n"
    outcome = fix_raw(text, "a.txt", linter.lint)
    assert not outcome.converged
    assert outcome.unsettled == ("loop.colour", "loop.grow")
    assert outcome.raw == "The colour of zz here. Mr. Blinken spoke.\n"


def looping_file(tmp_path: Path) -> tuple[Path, Path]:
    """The looping pack and a file on which its fixes never settle, beside one that does."""
    pack = tmp_path / "loop.yaml"
    pack.write_text(LOOPING_PACK, encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text("The colour of it. Sir. Blinken spoke.\n", encoding="utf-8")
    return pack, path


def test_cli_says_so_and_fails_when_fixes_never_settle(tmp_path: Path) -> None:
    pack, path = looping_file(tmp_path)
    result = run_newslint("check", "--fix", "--grammar", "off", "--rules", str(pack), str(path))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "loop.colour" in result.stderr and "never settle" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_text(encoding="utf-8") == "The colour of it. Mr. Blinken spoke.\n"
    # The file's findings are reported as it now stands, not dropped with the error.
    assert "loop.colour" in result.stdout and "No problems" not in result.stdout, result.stdout


def test_diff_of_unsettled_fixes_shows_what_would_be_written(tmp_path: Path) -> None:
    pack, path = looping_file(tmp_path)
    result = run_newslint("check", "--diff", "--grammar", "off", "--rules", str(pack), str(path))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "+The colour of it. Mr. Blinken spoke." in result.stdout, result.stdout
    assert "the file was left as it was" in result.stderr
    assert path.read_text(encoding="utf-8") == "The colour of it. Sir. Blinken spoke.\n"


def test_rules_test_refuses_a_fix_that_matches_its_own_output(tmp_path: Path) -> None:
    pack = tmp_path / "loop.yaml"
    pack.write_text(LOOPING_PACK, encoding="utf-8")
    result = run_newslint("rules", "test", str(pack))
    assert result.returncode == 1
    assert result.stdout.count("its fix never settles") == 2, result.stdout


def test_resolve_keeps_the_earliest_of_overlapping_fixes_among_many() -> None:
    fixes = [Fix((Edit(i, i + 2, "x"),)) for i in range(0, 40_000, 1)]
    kept = resolve(reversed(fixes))
    assert [e.start for e in kept] == list(range(0, 40_000, 2))


def test_resolve_sees_an_overlap_with_a_far_edit_of_an_earlier_fix() -> None:
    spread = Fix((Edit(0, 1, "a"), Edit(50, 52, "b")))
    middle = Fix((Edit(10, 11, "c"),))
    clash = Fix((Edit(51, 53, "d"),))
    insertion_at_same_place = Fix((Edit(10, 10, "e"),))
    assert resolve([clash, middle, spread, insertion_at_same_place]) == [
        Edit(0, 1, "a"),
        Edit(10, 10, "e"),
        Edit(50, 52, "b"),
    ]
