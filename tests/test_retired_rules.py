"""A built-in rule the project has removed is no typo: a setting that still names it (a house
config written to ignore a noisy rule) draws a warning and the run goes on, where a name that
never was a rule stops the run with exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.linters import RETIRED

from .conftest import run_newslint

STORY = "Sir. Blinken said the talks went well.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "choice", [("--ignore", "llm.generated-filler"), ("--select", "llm.generated-filler,mt")]
)
def test_a_removed_rule_on_the_command_line_is_a_warning(
    story: Path, choice: tuple[str, str]
) -> None:
    # On main (f9ea460): "no rule or pack named 'llm.generated-filler'", exit 2, nothing checked.
    run = run_newslint("check", *choice, str(story))
    assert run.returncode == 1  # the honorific is found: the run went on
    assert "mt.mistranslated-honorific" in run.stdout
    [line] = run.stderr.strip().splitlines()
    assert "llm.generated-filler" in line and "names no rule now" in line


def test_a_config_that_ignores_a_removed_rule_keeps_working(story: Path) -> None:
    (story.parent / ".newslint.yaml").write_text(
        "ignore:\n  - llm.generated-filler\nper_file_ignores:\n  '*.md': [llm.generated-filler]\n",
        encoding="utf-8",
    )
    run = run_newslint("check", "story.txt", cwd=story.parent)
    assert run.returncode == 1 and "mt.mistranslated-honorific" in run.stdout
    assert ".newslint.yaml: ignore: 'llm.generated-filler' names no rule now" in run.stderr


def test_a_name_that_never_was_a_rule_is_still_refused(story: Path) -> None:
    run = run_newslint("check", "--ignore", "llm.generated-fillers", str(story))
    assert run.returncode == 2 and "no rule or pack named 'llm.generated-fillers'" in run.stderr


def test_a_pack_prefix_over_a_removed_rule_draws_no_warning(story: Path) -> None:
    run = run_newslint("check", "--ignore", "llm", str(story))
    assert run.returncode == 1 and run.stderr == ""


def test_a_retired_id_is_no_built_in_rule(builtin_rules: list) -> None:
    assert not set(RETIRED) & {rule.id for rule in builtin_rules}
