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
            "[*]\nOdd.Rule = fatal",
            "line 2: Odd.Rule must be YES, NO or a level (suggestion, warning, error), not 'fatal'",
        ),
        (
            "MinAlertLevel = fatal",
            "line 1: MinAlertLevel must be suggestion, warning or error, not 'fatal'",
        ),
        (
            "TokenIgnores = (\\d+",
            "line 1: TokenIgnores pattern '(\\\\d+' does not compile: missing ) at position 4",
        ),
        (
            f"BlockIgnores = {HUGE}",
            f"line 1: BlockIgnores pattern '{HUGE}' repeats too much to compile",
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
        f"newslint: error: {ini}: line 4: TokenIgnores pattern '(\\\\d+' does not compile: missing ) at position 4"
    ]
