"""Which key Vale v3 reads where in a `.vale.ini` (internal/core/ini.go), read the same here:
core options above the first section only, a section's options (BasedOnStyles, the ignores)
in sections only, `[*]` the global section that a glob section overrides wherever it is
written, and of IgnorePatterns and BlockIgnores in one section only the one written later.
Hand-written styles and texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.errors import RuleError
from newslint.vale.ini import parse_config

from .test_vale_semantics import TODO_RULE, lint, project

FIXME_RULE = TODO_RULE.replace("TODO", "FIXME")
RULES = {"House/Todo": TODO_RULE, "Desk/Fixme": FIXME_RULE}


def _refusal(tmp_path: Path, body: str) -> str:
    ini = tmp_path / ".vale.ini"
    ini.write_text(body, encoding="utf-8")
    with pytest.raises(RuleError) as error:
        parse_config(ini)
    return str(error.value).removeprefix(f"{ini}: ")


@pytest.mark.parametrize(
    "key", ["BasedOnStyles = House", "BlockIgnores = x", "IgnorePatterns = x", "TokenIgnores = x"]
)
def test_a_sections_option_above_the_first_section_is_refused(tmp_path: Path, key: str) -> None:
    """Vale stops with E201 ("'BasedOnStyles' is a syntax-specific option"); it ran here."""
    problem = _refusal(tmp_path, f"StylesPath = styles\n{key}\n[*.md]\nHouse.Todo = YES\n")
    name = key.split()[0]
    assert problem == (
        f"line 2: {name!r} is a syntax-specific option: Vale reads it in a section "
        "([*] for every file), not above the first one"
    )


def test_a_default_header_opens_the_core_section_again(tmp_path: Path) -> None:
    """go-ini reads `[DEFAULT]` as the keys above the first section (Vale skips it as a glob)."""
    problem = _refusal(tmp_path, "[*.md]\nHouse.Todo = YES\n[DEFAULT]\nBasedOnStyles = House\n")
    assert problem.startswith("line 4: 'BasedOnStyles' is a syntax-specific option")


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("[*]\nStylesPath = styles\n", "line 2: 'StylesPath' is a core option"),
        ("[*.md]\nMinAlertLevel = error\n", "line 2: 'MinAlertLevel' is a core option"),
        ("[*]\nTransform = page.xsl\n", "line 2: 'Transform' is a syntax-specific option"),
        ("[*.md]\nCommentDelimiters = <!--\n", "line 2: CommentDelimiters must be"),
    ],
)
def test_an_option_in_a_section_vale_does_not_read_it_in_is_refused(
    tmp_path: Path, body: str, problem: str
) -> None:
    assert _refusal(tmp_path, body).startswith(problem)


def test_a_rule_switch_above_the_first_section_is_ignored_with_a_note(tmp_path: Path) -> None:
    """Vale reads no switch there: `House.Todo = NO` above `[*]` left the rule running in Vale
    and switched it off here."""
    ini = project(tmp_path, """\
        StylesPath = styles
        House.Todo = NO
        Desk.Fixme = YES
        [*]
        BasedOnStyles = House
        """, RULES)  # fmt: skip
    assert lint(ini, "a.md", "TODO and FIXME.\n") == ["1:1:House.Todo"]
    config = parse_config(ini)
    assert config.switches == {} and config.named_rules() == []
    assert config.notes == [
        f"{rule}: line {line} is above the first section, where Vale ignores a rule switch"
        " (write it under [*])"
        for rule, line in (("House.Todo", 2), ("Desk.Fixme", 3))
    ]


def test_a_glob_section_overrides_the_global_one_written_after_it(tmp_path: Path) -> None:
    """`[*]` is Vale's global section, not a glob taking its turn in file order: a `[*.md]`
    written before it still gives Markdown its styles and switches."""
    ini = project(tmp_path, """\
        StylesPath = styles
        [*.md]
        BasedOnStyles = Desk
        House.Todo = NO
        [*]
        BasedOnStyles = House
        House.Todo = YES
        """, RULES)  # fmt: skip
    text = "TODO and FIXME.\n"
    assert lint(ini, "a.md", text) == ["1:10:Desk.Fixme"]
    assert lint(ini, "a.txt", text) == ["1:1:House.Todo"]


@pytest.mark.parametrize(
    ("keys", "kept"),
    [
        (("IgnorePatterns = (?s)(<!-- a -->.*?<!-- /a -->)",
          "BlockIgnores = (?s)(<!-- b -->.*?<!-- /b -->)"), "b"),
        (("BlockIgnores = (?s)(<!-- b -->.*?<!-- /b -->)",
          "IgnorePatterns = (?s)(<!-- a -->.*?<!-- /a -->)",
          "BlockIgnores = (?s)(<!-- c -->.*?<!-- /c -->)"), "a"),
    ],
)  # fmt: skip
def test_of_ignore_patterns_and_block_ignores_the_later_key_is_kept(
    tmp_path: Path, keys: tuple[str, ...], kept: str
) -> None:
    """Both set the section's block ignores, whole, in the order go-ini lists the keys (their
    first copies): Vale keeps one. Both were kept here, and every copy."""
    body = "\n        ".join(keys)
    ini = project(tmp_path, f"""\
        StylesPath = styles
        [*.md]
        BasedOnStyles = House
        {body}
        """, RULES)  # fmt: skip
    blocks = {name: f"<!-- {name} -->\nTODO {name}\n<!-- /{name} -->\n" for name in ("a", "b", "c")}
    text = "\n".join(blocks.values())
    found = lint(ini, "a.md", text)
    lines = {"a": "2:1:House.Todo", "b": "6:1:House.Todo", "c": "10:1:House.Todo"}
    assert found == [line for name, line in lines.items() if name != kept]


def test_a_bad_pattern_in_the_ignore_key_vale_drops_is_not_refused(tmp_path: Path) -> None:
    """Vale compiles the patterns it keeps only."""
    ini = tmp_path / ".vale.ini"
    ini.write_text("[*.md]\nIgnorePatterns = (unclosed\nBlockIgnores = (<b>)\n", encoding="utf-8")
    assert parse_config(ini).sections[0].block_ignores == ["(<b>)"]
    ini.write_text("[*.md]\nBlockIgnores = (<b>)\nIgnorePatterns = (unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError, match="line 3: IgnorePatterns pattern '\\(unclosed'"):
        parse_config(ini)
