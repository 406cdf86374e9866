"""Settings: finding the file that applies, validating every key, and the one-line errors (exit 2)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslint import config
from newslint.config import ConfigError, SettingsFinder, load_settings

from .conftest import run_newslint

STORY = "Sir. Blinken spoke on Monday.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def one_line_error(result, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslint: error:"), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


# --- which settings file applies --------------------------------------------------------------


def test_a_directory_uses_its_own_settings_file(tmp_path: Path) -> None:
    own = write(tmp_path / "site" / ".newslint.yaml", "fail_on: error\n")
    write(tmp_path / ".newslint.yaml", "fail_on: info\n")
    finder = SettingsFinder()
    assert finder.settings_for(str(tmp_path / "site")).source == own
    assert finder.settings_for(str(tmp_path / "site" / "story.txt")).source == own
    assert finder.settings_for(str(tmp_path)).source == tmp_path / ".newslint.yaml"


def test_show_settings_of_dot_is_the_settings_file_in_dot(tmp_path: Path) -> None:
    write(tmp_path / "site" / ".newslint.yaml", "fail_on: error\n")
    write(tmp_path / ".newslint.yaml", "fail_on: info\n")
    shown = run_newslint("check", "--show-settings", ".", cwd=tmp_path / "site")
    assert shown.returncode == 0, shown.stderr
    assert f"source: {tmp_path / 'site' / '.newslint.yaml'}" in shown.stdout
    assert "fail_on: error" in shown.stdout


def test_init_then_check_dot_skips_node_modules(tmp_path: Path) -> None:
    write(tmp_path / "content" / "story.txt", "The talks resumed on Monday.\n")
    write(tmp_path / "node_modules" / "pkg" / "README.md", STORY)
    assert run_newslint("init", cwd=tmp_path).returncode == 0
    result = run_newslint("check", "--grammar", "off", "--format", "concise", ".", cwd=tmp_path)
    assert "node_modules" not in result.stdout + result.stderr
    assert result.returncode == 0, result.stdout


def test_a_settings_file_edited_between_runs_is_read_afresh(tmp_path: Path) -> None:
    settings = write(tmp_path / ".newslint.yaml", "fail_on: error\n")
    assert SettingsFinder().settings_for(str(tmp_path / "a.txt")).fail_on == "error"
    settings.write_text("fail_on: info\n", encoding="utf-8")
    assert SettingsFinder().settings_for(str(tmp_path / "a.txt")).fail_on == "info"


# --- validation ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "key"),
    [
        ("house_style: {honorific: [Mr.]}\n", "house_style.honorific"),
        ("house_style: {quotes: [curly]}\n", "house_style.quotes"),
        ('grammar: {oxford_comma: "no"}\n', "grammar.oxford_comma"),
        ("grammar: {profile: bogus}\n", "grammar.profile"),
        ("grammar: {dialect: martian}\n", "grammar.dialect"),
        ("grammar: {disable: [SpellCheck, 3]}\n", "grammar.disable"),
        ("severity: {mt: loud}\n", "severity"),
        ("fail_on: sometimes\n", "fail_on"),
        ("colour: red\n", "colour"),
    ],
)
def test_a_bad_value_names_the_file_and_key(tmp_path: Path, settings: str, key: str) -> None:
    path = write(tmp_path / ".newslint.yaml", settings)
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        load_settings(path)


HOUSE_PACK = """
pack: desk
rules:
  - id: desk.ok-spelling
    kind: consistency
    message: "“{match}” here, “{winner}” elsewhere"
    description: OK or okay, one spelling per article.
    variants: {short: '\\bOK\\b', long: '\\bokay\\b'}
    house_style: {key: ok, option: house, choices: {OK: short, okay: long}}
    examples:
      - bad: "It is OK. It is okay. It is OK."
        span: "okay"
      - good: "It is OK."
"""


def test_a_packs_house_style_key_sets_its_rules_option(tmp_path: Path) -> None:
    from newslint.document import Document
    from newslint.linters import Choices, build_linter

    write(tmp_path / "desk.yaml", HOUSE_PACK)
    path = write(tmp_path / ".newslint.yaml", "packs: [desk.yaml]\nhouse_style: {ok: okay}\n")
    linter = build_linter(load_settings(path), Choices(builtin=False))
    findings = linter.lint(Document("It is OK here."))
    # With no house style one OK alone is consistent; the house style makes it wrong.
    assert [(f.rule, f.start, f.end) for f in findings] == [("desk.ok-spelling", 6, 8)]


@pytest.mark.parametrize(
    ("house_style", "problem"),
    [
        ("{quotes: fancy}", "house_style.quotes: must be one of 'curly', 'straight'"),
        ("{honorific: Sir}", "house_style.honorific: must be one of 'Mr.', 'Mr'"),
        ("{quote: curly}", "house_style.quote: unknown (known: honorific, us, dates, quotes,"),
    ],
)
def test_house_style_values_are_checked_against_the_rules_that_declare_them(
    tmp_path: Path, house_style: str, problem: str
) -> None:
    from newslint.linters import Choices, build_linter

    path = write(tmp_path / ".newslint.yaml", f"house_style: {house_style}\n")
    settings = load_settings(path)
    with pytest.raises(ConfigError, match=rf"^{re.escape(str(path))}: {re.escape(problem)}"):
        build_linter(settings, Choices(grammar="off"))


def test_one_grammar_rule_to_disable_is_a_one_item_list(tmp_path: Path) -> None:
    path = write(tmp_path / ".newslint.yaml", "grammar:\n  disable: SpellCheck\n")
    assert load_settings(path).grammar["disable"] == ["SpellCheck"]


def test_vocabulary_file_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "names.txt").write_bytes("Jos\xe9\n".encode("latin-1"))
    path = write(tmp_path / ".newslint.yaml", "vocabulary: names.txt\n")
    with pytest.raises(ConfigError, match=r"names\.txt is not UTF-8"):
        load_settings(path)


@pytest.mark.parametrize(
    "settings",
    [
        "house_style: {honorific: [Mr.]}\n",
        "vocabulary: names.txt\n",
        'grammar: {oxford_comma: "no"}\n',
        "grammar: {profile: bogus}\n",
    ],
)
def test_bad_settings_exit_2_in_one_line(tmp_path: Path, settings: str) -> None:
    (tmp_path / "names.txt").write_bytes("Jos\xe9\n".encode("latin-1"))
    write(tmp_path / ".newslint.yaml", settings)
    write(tmp_path / "story.txt", STORY)
    one_line_error(run_newslint("check", "story.txt", cwd=tmp_path), ".newslint.yaml")


@pytest.mark.parametrize(
    ("args", "settings", "named"),
    [
        (("--select", "mt,typograpy"), "", "'typograpy'"),
        (("--ignore", "mt.honorific"), "", "'mt.honorific'"),
        ((), "select: [structur]\n", "'structur'"),
        ((), "ignore: [mt.sir]\n", "'mt.sir'"),
        ((), "severity: {mt.mistranslated: info}\n", "'mt.mistranslated'"),
        ((), 'per_file_ignores: {"*.txt": [ocr.x]}\n', "'ocr.x'"),
    ],
)
def test_unknown_rule_ids_are_an_error_naming_them(
    tmp_path: Path, args: tuple[str, ...], settings: str, named: str
) -> None:
    write(tmp_path / ".newslint.yaml", "grammar: off\n" + settings)
    write(tmp_path / "story.txt", STORY)
    one_line_error(run_newslint("check", *args, "story.txt", cwd=tmp_path), named)


def test_ids_made_up_at_run_time_may_be_named(tmp_path: Path) -> None:
    write(tmp_path / ".newslint.yaml", "grammar: off\nignore: [grammar.harper.SpellCheck]\n")
    write(tmp_path / "story.txt", STORY)
    result = run_newslint(
        "check", "--select", "mt.mistranslated-honorific", "story.txt", cwd=tmp_path
    )
    assert result.returncode == 1, result.stderr


def test_a_pack_fix_with_a_bad_escape_is_a_one_line_error(tmp_path: Path) -> None:
    write(
        tmp_path / "pack.yaml",
        """pack: house
rules:
  - id: house.sir
    kind: pattern
    message: "x"
    description: A made-up rule.
    pattern: 'Sir\\.'
    fix: '\\q'
    examples:
      - bad: "Sir. X"
        fixed: "q X"
      - good: "Mr. X"
""",
    )
    write(tmp_path / "story.txt", STORY)
    result = run_newslint(
        "check", "--grammar", "off", "--rules", "pack.yaml", "story.txt", cwd=tmp_path
    )
    one_line_error(result, "pack.yaml", "house.sir", "\\q")


def test_a_pyproject_without_newslint_settings_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Python project's pyproject.toml lies above every file it checks: found once to hold no
    [tool.newslint], it is not parsed again on the next run (the TOML parser's import alone
    cost more than the lookup); edited, it is read again."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    project = tmp_path / "project"
    pyproject = write(project / "pyproject.toml", '[project]\nname = "newslint-user"\n')
    story = write(project / "copy" / "story.txt", STORY)
    assert SettingsFinder().settings_for(str(story)).source is None

    parsed: list[Path] = []
    read_toml = config._read_toml

    def counted(path: Path) -> dict[str, object]:
        parsed.append(path)
        return read_toml(path)

    monkeypatch.setattr(config, "_read_toml", counted)
    assert SettingsFinder().settings_for(str(story)).source is None
    assert parsed == []
    write(pyproject, '[project]\nname = "newslint-user"\n\n[tool.newslint]\nignore = ["ocr"]\n')
    settings = SettingsFinder().settings_for(str(story))
    assert settings.source == pyproject and settings.ignore == ["ocr"]
    assert parsed


def test_a_pyproject_with_newslint_settings_is_never_remembered_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    pyproject = write(tmp_path / "pyproject.toml", '[tool.newslint]\nignore = ["ocr"]\n')
    story = write(tmp_path / "story.txt", STORY)
    for _ in range(2):
        assert SettingsFinder().settings_for(str(story)).source == pyproject


def test_init_never_writes_through_a_link(tmp_path: Path) -> None:
    """A dangling .newslint.yaml link would be followed and a file made where it points; a link to
    a file would have that file overwritten by --force. Both are refused; nothing is written."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    project = tmp_path / "project"
    project.mkdir()
    link = project / ".newslint.yaml"
    link.symlink_to(elsewhere / "made.yaml")
    for args in (("init",), ("init", "--force")):
        done = run_newslint(*args, cwd=project)
        assert done.returncode == 2
        assert "symbolic link" in done.stderr and len(done.stderr.splitlines()) == 1
    assert list(elsewhere.iterdir()) == [] and link.is_symlink()
    (elsewhere / "made.yaml").write_text("fail_on: error\n", encoding="utf-8")
    assert run_newslint("init", "--force", cwd=project).returncode == 2
    assert (elsewhere / "made.yaml").read_text(encoding="utf-8") == "fail_on: error\n"


def test_init_writes_once_and_force_replaces(tmp_path: Path) -> None:
    assert run_newslint("init", cwd=tmp_path).returncode == 0
    written = (tmp_path / ".newslint.yaml").read_text(encoding="utf-8")
    assert written.strip()
    again = run_newslint("init", cwd=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr
    (tmp_path / ".newslint.yaml").write_text("fail_on: error\n", encoding="utf-8")
    assert run_newslint("init", "--force", cwd=tmp_path).returncode == 0
    assert (tmp_path / ".newslint.yaml").read_text(encoding="utf-8") == written
