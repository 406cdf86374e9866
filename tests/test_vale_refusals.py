"""What Vale refuses, newslint says (review59's open findings): a rule's own patterns that would
fill memory compiling, a `level` Vale does not know, a bad `MinAlertLevel`, a BlockIgnores or
TokenIgnores pattern that does not compile. Each was silence (or an internal error) before."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.errors import RuleError
from newslint.vale.ini import parse_config
from newslint.vale.styles import load_style

from .conftest import run_newslint

HUGE = "x{1000000000}"  # compiled as written, it takes all the machine's memory


def _style(tmp_path: Path, rules: dict[str, str]) -> Path:
    style = tmp_path / "styles" / "Odd"
    style.mkdir(parents=True)
    for name, body in rules.items():
        (style / f"{name}.yml").write_text(body, encoding="utf-8")
    return style


def test_patterns_a_rule_names_beside_its_tokens_are_size_checked_too(tmp_path: Path) -> None:
    pytest.importorskip("spylls")
    style = _style(
        tmp_path,
        {
            "Exceptions": f"extends: existence\nmessage: x\ntokens: [pear]\nexceptions: ['{HUGE}']\n",
            "Filters": f"extends: spelling\nmessage: x\nfilters: ['{HUGE}']\n",
            "BadFilter": "extends: spelling\nmessage: x\nfilters: ['(unclosed']\n",
            "Tag": f"extends: sequence\nmessage: x\ntokens:\n  - tag: '{HUGE}'\n",
            "Fine": "extends: existence\nmessage: x\ntokens: [kerfuffle]\n",
        },
    )
    loaded = load_style(style)
    assert [r.id for r in loaded.rules] == ["Odd.Fine"]
    reasons = dict(s.split(": ", 1) for s in loaded.skipped)
    assert reasons == {
        "Odd.BadFilter": "filter '(unclosed' does not compile: missing ) at position 9",
        "Odd.Exceptions": "'exceptions' repeats too much to compile",
        "Odd.Filters": f"filter '{HUGE}' repeats too much to compile",
        "Odd.Tag": f"tag '{HUGE}' repeats too much to compile",
    }


def test_a_level_vale_does_not_know_skips_the_rule_with_the_reason(tmp_path: Path) -> None:
    """Vale refuses `level: fatal` ("'level' must be one of [suggestion warning error]"); it
    ran as a warning."""
    style = _style(
        tmp_path,
        {
            "Fatal": "extends: existence\nmessage: x\nlevel: fatal\ntokens: [pear]\n",
            "Five": "extends: existence\nmessage: x\nlevel: error\ntokens: 5\n",
        },
    )
    loaded = load_style(style)
    assert loaded.skipped == ["Odd.Fatal: 'level' must be one of suggestion, warning, error, not 'fatal'"]  # fmt: skip
    # `tokens: 5` is the token "5", as Vale's weakly typed decoding reads it
    assert [(r.id, r.severity) for r in loaded.rules] == [("Odd.Five", "error")]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (
            "MinAlertLevel = fatal",
            "line 1: MinAlertLevel must be suggestion, warning or error, not 'fatal'",
        ),
        (  # Vale looks the level up as written (LevelToInt)
            "MinAlertLevel = Warning",
            "line 1: MinAlertLevel must be suggestion, warning or error, not 'Warning'",
        ),
        (
            "[*]\nTokenIgnores = (\\d+",
            "line 2: TokenIgnores pattern '(\\d+' does not compile: missing ) at position 4",
        ),
        (
            f"[*]\nBlockIgnores = {HUGE}",
            f"line 2: BlockIgnores pattern '{HUGE}' repeats too much to compile",
        ),
        (
            f"[*.md]\nTokenIgnores = {HUGE}",
            f"line 2: TokenIgnores pattern '{HUGE}' repeats too much to compile",
        ),
    ],
)
def test_a_configuration_vale_refuses_is_an_error_naming_the_line(tmp_path: Path, line: str, problem: str) -> None:  # fmt: skip
    ini = tmp_path / ".vale.ini"
    ini.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(RuleError) as error:
        parse_config(ini)
    assert str(error.value) == f"{ini}: {problem}"


def test_a_bad_ignore_pattern_ends_the_run_with_one_line(tmp_path: Path) -> None:
    _style(tmp_path, {"Fine": "extends: existence\nmessage: x\ntokens: [kerfuffle]\n"})
    ini = tmp_path / ".vale.ini"
    ini.write_text("StylesPath = styles\n[*]\nBasedOnStyles = Odd\nTokenIgnores = (\\d+\n", encoding="utf-8")  # fmt: skip
    story = tmp_path / "story.txt"
    story.write_text("A kerfuffle on 5 May.\n", encoding="utf-8")
    result = run_newslint("check", "--vale-config", str(ini), str(story))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"newslint: error: {ini}: line 4: TokenIgnores pattern '(\\d+' does not compile: missing ) at position 4"
    ]


def _ini(tmp_path: Path, body: str) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    ini = tmp_path / ".vale.ini"
    ini.write_text(body, encoding="utf-8")
    return ini


@pytest.mark.parametrize("value", ["yes", "Yes", "on", "true", "no", "off", "Warning", "fatal"])
def test_a_switch_vale_does_not_know_turns_the_rule_off_as_in_vale(
    tmp_path: Path, value: str
) -> None:
    """Vale's validateLevel knows YES, NO, suggestion, warning and error as written; any other
    value is NO, silently. Lower-case `yes` (and `on`, `true`, `Warning`) ran the rule here."""
    for body, line in ((f"[*]\nBasedOnStyles = Odd\nOdd.Pear = {value}\n", 3),
                       (f"[*]\nBasedOnStyles = Odd\n[*.md]\nOdd.Pear = {value}\n", 4)):  # fmt: skip
        config = parse_config(_ini(tmp_path / str(line), body))
        assert not config.runs("Odd.Pear", "story.md") and config.runs("Odd.Apple", "story.md")
        assert config.named_rules() == [] and config.levels() == {}
        assert config.notes == [
            f"Odd.Pear: line {line} reads {value!r}, which Vale takes as NO"
            " (it knows YES, NO, suggestion, warning, error, written so)"
        ]


@pytest.mark.parametrize(
    ("value", "level"),
    [
        ("YES # on, as go-ini cuts the comment", None),
        ("'error' ; quoted", "error"),
        ("`suggestion`", "suggestion"),
        ('"warning"', "warning"),
    ],
)
def test_a_switch_is_read_as_go_ini_reads_it(tmp_path: Path, value: str, level: str) -> None:
    config = parse_config(_ini(tmp_path, f"[*]\nOdd.Pear = {value}\n"))
    assert config.runs("Odd.Pear", "story.md") and config.notes == []
    assert config.levels() == ({"Odd.Pear": level} if level else {})


def test_the_note_on_a_switch_read_as_no_is_shown_once(tmp_path: Path) -> None:
    _style(tmp_path, {"Pear": "extends: existence\nmessage: Pear\ntokens: [pear]\n"})
    ini = _ini(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Odd\nOdd.Pear = yes\n")
    (tmp_path / "story.txt").write_text("A pear fell.\n", encoding="utf-8")
    result = run_newslint(
        "check", "--no-builtin", "--vale-config", str(ini), "story.txt", cwd=tmp_path
    )
    assert result.returncode == 0 and "Pear" not in result.stdout
    assert result.stderr.count("which Vale takes as NO") == 1
    assert "Odd.Pear: line 4 reads 'yes'" in result.stderr


def test_a_continued_value_is_joined_as_go_ini_joins_it(tmp_path: Path) -> None:
    """go-ini appends each continued line trimmed, with nothing between: a pattern cut over two
    lines is the pattern Vale runs, not one with a space inside."""
    ini = tmp_path / ".vale.ini"
    ini.write_text("[*]\nTokenIgnores = (foo|\\\n   bar)\nBasedOnStyles = Odd, \\\n  Vale\n")
    config = parse_config(ini)
    assert config.everywhere.token_ignores == ["(foo|bar)"]
    assert config.styles == ["Odd", "Vale"]
