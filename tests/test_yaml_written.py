"""`rules show` and the messages about a pack's regexes print values as YAML writes them: a
pattern copied back into single-quoted YAML is the same regex (repr doubled its backslashes)."""

from __future__ import annotations

from pathlib import Path

import yaml

from newslint.yaml_written import yaml_written

from .conftest import run_newslint


def test_a_value_printed_reads_back_as_the_same_value() -> None:
    for value in (
        r"\bvery (?=\w)",
        "it's \\g<title>.",
        "two lines\n\tand a tab\u200b",
        ["\\d+", {"with-period": r"\g<title>", "n": 3}],
        {"on": True, "off": None},
    ):
        assert yaml.safe_load(f"value: {yaml_written(value)}")["value"] == value
    assert yaml_written(r"\bvery (?=\w)") == r"'\bvery (?=\w)'"
    assert yaml_written("a\u00a0b") == '"a\\u00a0b"'  # an invisible character shows


def test_rules_show_prints_a_pattern_as_written(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(
        "pack: house\nrules:\n  - id: house.no-very\n    kind: pattern\n    severity: warning\n"
        "    message: Cut it\n    description: An intensifier.\n"
        "    pattern: '\\bvery (?=\\w)'\n    examples:\n      - bad: a very big day\n"
        "        span: 'very '\n      - good: every day\n",
        encoding="utf-8",
    )
    shown = run_newslint("rules", "show", "house.no-very", "--rules", str(pack))
    assert shown.returncode == 0, shown.stderr
    assert "    pattern: '\\bvery (?=\\w)'\n" in shown.stdout, shown.stdout
    assert "    ignorecase: false\n" in shown.stdout


def test_a_vale_regex_that_does_not_compile_is_named_as_written(tmp_path: Path) -> None:
    (tmp_path / "styles" / "House").mkdir(parents=True)
    (tmp_path / "styles" / "House" / "Broken.yml").write_text(
        "extends: existence\nmessage: \"Bad '%s'\"\nlevel: error\ntokens:\n  - '\\d(unclosed'\n",
        encoding="utf-8",
    )
    (tmp_path / ".vale.ini").write_text(
        "StylesPath = styles\n[*.md]\nBasedOnStyles = House\n", encoding="utf-8"
    )
    (tmp_path / "story.md").write_text("# Title\n\nText here.\n", encoding="utf-8")
    result = run_newslint("check", "--vale-config", ".vale.ini", "story.md", cwd=tmp_path)
    assert "Vale regex '\\b(?:\\d(unclosed)\\b' does not compile" in result.stderr, result.stderr


def test_rules_list_keeps_its_columns_with_a_long_kind_name() -> None:
    listing = run_newslint("rules", "list").stdout.splitlines()
    fixable = [line for line in listing if "  fix  " in line]
    assert max(len(line.split()[2]) for line in fixable) > len("ocr-noise")
    # the fix column, after the kind's, starts at one place on every line
    assert len({line.index("  fix  ") for line in fixable}) == 1
