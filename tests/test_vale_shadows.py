"""A key written twice in one `.vale.ini` section, and a MinAlertLevel the command line replaces,
read as Vale reads them (its go-ini keeps every copy of a key, "shadows": Vale merges the copies
of a list key, takes the last StylesPath and the first copy of any other key; `--minAlertLevel`
leaves the file's level unread). Hand-written styles and texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.errors import RuleError
from newslint.vale.ini import parse_config

from .conftest import run_newslint
from .test_vale_semantics import TODO_RULE, lint, project

FIXME_RULE = TODO_RULE.replace("TODO", "FIXME")


def test_a_rule_switch_written_twice_is_read_from_its_first_copy(tmp_path: Path) -> None:
    ini = project(tmp_path, """\
        StylesPath = styles
        [*]
        BasedOnStyles = House
        House.Todo = NO
        House.Todo = YES
        """, {"House/Todo": TODO_RULE, "House/Fixme": FIXME_RULE})  # fmt: skip
    assert lint(ini, "a.md", "TODO FIXME\n") == ["1:6:House.Fixme"]


def test_the_copies_of_a_list_key_merge_also_across_a_section_written_twice(
    tmp_path: Path,
) -> None:
    ini = project(tmp_path, """\
        StylesPath = styles
        [*.md]
        BasedOnStyles = House
        [*.txt]
        BasedOnStyles = House
        [*.md]
        BasedOnStyles = Desk, House
        """, {"House/Todo": TODO_RULE, "Desk/Fixme": FIXME_RULE})  # fmt: skip
    assert lint(ini, "a.md", "TODO FIXME\n") == ["1:1:House.Todo", "1:6:Desk.Fixme"]
    assert lint(ini, "a.txt", "TODO FIXME\n") == ["1:1:House.Todo"]
    assert parse_config(ini).sections[0].styles == ["House", "Desk"]


def test_min_alert_level_and_styles_path_written_twice(tmp_path: Path) -> None:
    ini = tmp_path / ".vale.ini"
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    text = "StylesPath = one\nStylesPath = two\nStylesPath = one\n"
    ini.write_text(text + "MinAlertLevel = error\nMinAlertLevel = fatal\n", encoding="utf-8")
    config = parse_config(ini)
    assert config.min_level == "error"  # the first copy; the second is never looked at
    assert config.styles_path == tmp_path / "two"  # the last copy not repeating an earlier one


def test_a_min_alert_level_given_on_the_command_line_leaves_the_files_unread(
    tmp_path: Path,
) -> None:
    ini = project(tmp_path, """\
        StylesPath = styles
        MinAlertLevel = Warning
        [*]
        BasedOnStyles = House
        """, {"House/Todo": TODO_RULE.replace("level: error", "level: suggestion")})  # fmt: skip
    with pytest.raises(RuleError, match="MinAlertLevel must be"):
        parse_config(ini)
    assert lint(ini, "a.md", "A TODO.\n", "suggestion") == ["1:3:House.Todo"]
    story = tmp_path / "story.md"
    story.write_text("A TODO.\n", encoding="utf-8")
    result = run_newslint(
        "check", "--vale-config", str(ini), "--vale-min-alert-level", "error", str(story)
    )
    assert (result.returncode, result.stderr) == (0, "")
