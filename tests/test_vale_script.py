"""Vale's `script` kind: inline and `.tengo` scripts, byte offsets, Vale's placement, failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.checks import compile_rule
from newslint.document import Document
from newslint.vale import load_ini

from .conftest import run_newslint
from .test_vale_semantics import lint, project

INI = "StylesPath = styles\nMinAlertLevel = suggestion\n[*]\nBasedOnStyles = Scr\n"
LONG_SECTIONS = """\
    extends: script
    message: "Add a heading before this paragraph."
    scope: raw
    script: |
      text := import("text")
      matches := []
      count := 0
      for line in text.split(scope, "\\n") {
        if text.has_prefix(line, "#") {
          count = 0
        } else if count > 2 {
          start := text.index(scope, line)
          matches = append(matches, {begin: start, end: start + len(line)})
          count = 0
        } else if text.trim_space(line) == "" {
          count += 1
        }
      }
    """
FIRST_DASH = """\
    extends: script
    message: "unused"
    scope: raw
    script: Dash.tengo
    """
DASH_SCRIPT = 'matches := [{begin: 1, end: 2, message: "A dash: %s"}]\n'


def test_a_script_finds_places_by_byte_offsets(tmp_path: Path) -> None:
    ini = project(tmp_path, INI, {"Scr/Sections": LONG_SECTIONS})
    text = "# Ünïcödé\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n## Next\n\nFive.\n"
    assert lint(ini, "a.md", text) == ["7:1:Scr.Sections"]


def test_a_tengo_file_from_config_scripts_and_vale_placement(tmp_path: Path) -> None:
    ini = project(tmp_path, INI, {"Scr/Dash": FIRST_DASH})
    scripts = tmp_path / "styles" / "config" / "scripts"
    scripts.mkdir(parents=True)
    (scripts / "Dash.tengo").write_text(DASH_SCRIPT, encoding="utf-8")
    # The match is the `-` at byte 1 of the front matter, but Vale reports the first `-` that
    # stands between word characters, as we do.
    text = "---\ntitle: x\n---\n\nUpdated 2024-01-11.\n"
    assert lint(ini, "a.md", text) == ["5:13:Scr.Dash"]
    rule = next(r for r in load_ini(str(ini)).rules if r.id == "Scr.Dash")
    doc = Document.from_raw(text, "a.md", "markdown")
    assert [f.message for f in compile_rule(rule).run(doc)] == ["A dash: -"]


@pytest.mark.slow
def test_broken_scripts_are_skipped_or_reported_without_a_traceback(tmp_path: Path) -> None:
    broken = "extends: script\nmessage: m\nscript: |\n  x := [1,\n"
    failing = "extends: script\nmessage: m\nscript: |\n  x := 1 / 0\n"
    missing = "extends: script\nmessage: m\nscript: Nowhere.tengo\n"
    project(tmp_path, INI, {"Scr/Broken": broken, "Scr/Failing": failing, "Scr/Missing": missing})
    (tmp_path / "a.md").write_text("Some text.\n", encoding="utf-8")
    result = run_newslint("check", "a.md", "--vale-config", ".vale.ini", cwd=tmp_path)
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr
    assert "Scr.Broken: the Tengo script does not compile" in result.stderr
    assert "Scr.Missing: script 'Nowhere.tengo' not found" in result.stderr
    assert "a.md: rule Scr.Failing: script failed: division by zero; skipped" in result.stderr


def test_a_suggest_action_script_computes_the_suggestions(tmp_path: Path) -> None:
    camel = (
        "extends: existence\nmessage: \"'%s' should be in snake_case.\"\nnonword: true\n"
        "action:\n  name: suggest\n  params:\n    - Snake.tengo\ntokens:\n  - '[a-z]+[A-Z]\\w+'\n"
    )
    ini = project(tmp_path, INI, {"Scr/Camel": camel})
    actions = tmp_path / "styles" / "config" / "actions"
    actions.mkdir(parents=True)
    (actions / "Snake.tengo").write_text(
        'text := import("text")\n'
        "made := text.re_replace(`([a-z])([A-Z])`, match, `${1}_$2`)\n"
        "suggestions := [text.to_lower(made)]\n",
        encoding="utf-8",
    )
    rule = next(r for r in load_ini(str(ini)).rules if r.id == "Scr.Camel")
    doc = Document.from_raw("Call getUserName now.\n", "a.md", "markdown")
    found = list(compile_rule(rule).run(doc))
    assert [(f.message, f.suggestions, f.fix) for f in found] == [
        ("'getUserName' should be in snake_case.", ("get_user_name",), None)
    ]
