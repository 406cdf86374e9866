"""Vale styles (issue 8): every supported kind and key, .vale.ini, Vocab, skipped kinds, fixes."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from newslint.vale import vale_regex

from .conftest import FIXTURES, run_newslint

VALE = FIXTURES / "vale"
EXPECTED = [
    (1, 3, "House.Headings", "'the talks in rome resume' should be in title case."),
    (1, 16, "House.Spelling", "Did you really mean 'rome'?"),
    (3, 8, "House.Weasel", "'very' is a weasel word."),
    (3, 21, "House.Weasel", "'Extremely' is a weasel word."),
    (4, 9, "House.InOrderTo", "Say 'to' instead of 'in order to'."),
    (4, 26, "House.Obvious", "Avoid 'obviously'."),
    (5, 1, "House.SentenceLength", "Try to keep sentences under 12 words."),
    (5, 9, "House.Terms", "Use 'Email' instead of 'E-mail'."),
    (5, 25, "House.Terms", "Use 'website' instead of 'web site'."),
    (5, 40, "House.Terms", "Use 'use' instead of 'utilize'."),
    (5, 55, "House.Terms", "Use 'start' or 'begin' instead of 'kick off'."),
    (6, 4, "House.Repeat", "'the' is repeated!"),
    (6, 4, "Vale.Repetition", "'the' is repeated!"),
    (7, 34, "House.Quoted", "Don't write 'nowise'."),
    (8, 1, "House.SentenceLength", "Try to keep sentences under 12 words."),
    (8, 66, "House.Acronyms", "'CDC' has no definition."),
    (9, 1, "House.SentenceLength", "Try to keep sentences under 12 words."),
    (10, 10, "House.Spelling", "Did you really mean 'irregardless'?"),
    (10, 10, "Vale.Avoid", "Avoid using 'irregardless'."),
    (11, 18, "House.Acronyms", "'STORM' has no definition."),
    (11, 18, "House.Shouting", "Don't shout 'STORM'."),
]


def run_vale(*args: str, cwd: Path = VALE) -> subprocess.CompletedProcess[str]:
    """`newslint check story.md` with the fixture's Vale configuration and rules."""
    return run_newslint(
        "check", "story.md", "--vale-config", ".vale.ini", "--select", "House,Vale", *args, cwd=cwd
    )


def vale_check(*args: str, cwd: Path = VALE) -> list[dict[str, object]]:
    result = run_vale("--format", "json", *args, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
def test_every_supported_kind_finds_what_vale_would() -> None:
    found = [(r["line"], r["column"], r["rule"], r["message"]) for r in vale_check()]
    assert found == EXPECTED


@pytest.mark.slow
def test_levels_map_and_ini_overrides_apply() -> None:
    severities = {r["rule"]: r["severity"] for r in vale_check()}
    assert severities["House.Weasel"] == "warning"  # level: warning
    assert severities["House.InOrderTo"] == "info"  # level: suggestion
    assert severities["House.Obvious"] == "warning"  # no level: Vale's default, warning
    assert severities["House.Repeat"] == "error"  # House.Repeat = error in .vale.ini
    assert "House.Either" not in severities  # House.Either = NO
    assert "Vale.Spelling" not in severities  # Vale.Spelling = NO


@pytest.mark.slow
def test_actions_become_fixes(tmp_path: Path) -> None:
    shutil.copytree(VALE, tmp_path / "vale")
    result = run_vale("--diff", "--unsafe-fixes", cwd=tmp_path / "vale")
    assert "+It was  hot and  quiet." in result.stdout  # remove
    assert "+We left to eat, obviousish." in result.stdout  # replace, edit (regex)
    assert (
        "+Send an Email from the website, then use it and start." in result.stdout
    )  # swap; first of start|begin
    email = next(r for r in vale_check() if r["message"].endswith("'E-mail'."))
    assert email["fix"]["applicability"] == "safe"
    kick_off = next(r for r in vale_check() if r["message"].endswith("'kick off'."))
    assert kick_off["fix"]["applicability"] == "unsafe" and kick_off["suggestions"] == [
        "start",
        "begin",
    ]


@pytest.mark.slow
def test_skipped_kinds_and_unreadable_rule_files_are_listed_once_with_the_reason() -> None:
    result = run_newslint(
        "check", "story.md", "--vale-config", ".vale.ini", "--select", "House", cwd=VALE
    )
    warnings = [line for line in result.stderr.splitlines() if "Vale rule(s) skipped" in line]
    assert result.returncode in (0, 1) and len(warnings) == 1
    assert "House.Unknown: unknown kind 'grammar'" in warnings[0]
    assert "Broken.yml is not valid YAML" in warnings[0]


@pytest.mark.slow
def test_a_backslash_quote_in_a_double_quoted_message_is_read_as_vale_reads_it() -> None:
    found = [r for r in vale_check() if r["rule"] == "House.Quoted"]
    assert [(r["line"], r["message"]) for r in found] == [(7, "Don't write 'nowise'.")]


def test_vocab_accept_feeds_the_vocabulary() -> None:
    from newslint.lexicon import zipf
    from newslint.vale import load_ini

    loaded = load_ini(str(VALE / ".vale.ini"))
    assert {"Psaki", "Hanqin"} <= set(loaded.accept)
    assert any(rule.id == "Vale.Avoid" for rule in loaded.rules)
    assert zipf("Hanqin") == 0.0  # accepted words reach the lexicon only when the styles are loaded


@pytest.mark.slow
def test_style_directory_as_a_pack_and_rules_show_and_test() -> None:
    result = run_newslint(
        "check",
        str(VALE / "story.md"),
        "--no-builtin",
        "--rules",
        str(VALE / "styles" / "House"),
        "--format",
        "json",
    )
    assert {r["rule"] for r in json.loads(result.stdout)} >= {
        "House.Weasel",
        "House.Terms",
        "House.Acronyms",
    }
    shown = run_newslint("rules", "show", "House.Weasel", "--rules", str(VALE / "styles" / "House"))
    assert (
        "Weasel.yml" in shown.stdout
        and "https://example.org/house#weasel" in shown.stdout
        and "extends: existence" in shown.stdout
    )
    tested = run_newslint("rules", "test", str(VALE / "styles" / "House"))
    assert (
        tested.returncode == 0
        and "untested House.Weasel" in tested.stdout
        and "0 failed" in tested.stdout
    )


@pytest.mark.slow
def test_settings_packs_accept_a_vale_style(tmp_path: Path) -> None:
    shutil.copytree(VALE, tmp_path / "vale")
    (tmp_path / "vale" / ".newslint.yaml").write_text(
        "packs: [styles/House]\nselect: [House]\ngrammar: off\n", encoding="utf-8"
    )
    result = run_newslint("check", "story.md", "--format", "json", cwd=tmp_path / "vale")
    assert "House.Weasel" in {r["rule"] for r in json.loads(result.stdout)}


def test_go_regex_constructs_are_translated() -> None:
    assert vale_regex(r"\Qa.b\E and \z") == r"a\.b and \Z"


def test_a_setting_of_the_wrong_type_skips_its_rule_with_the_reason(tmp_path: Path) -> None:
    """review59: `max: many` in an occurrence rule (and a word where a number goes in others)
    ended the run with an internal error instead of skipping the rule."""
    from newslint.vale.styles import load_style

    style = tmp_path / "Odd"
    style.mkdir()
    rules = {
        "Occurrence": "extends: occurrence\nmessage: x\nmax: many\ntoken: a\n",
        "Repetition": "extends: repetition\nmessage: x\nmax: [1]\ntokens: [a]\n",
        "Capitals": "extends: capitalization\nmessage: x\nmatch: $title\nthreshold: high\n",
        "Fine": "extends: existence\nmessage: x\ntokens: [kerfuffle]\n",
    }
    for name, body in rules.items():
        (style / f"{name}.yml").write_text(body, encoding="utf-8")
    loaded = load_style(style)
    assert [r.id for r in loaded.rules] == ["Odd.Fine"]
    assert sorted(s.split(":")[0] for s in loaded.skipped) == ["Odd.Capitals", "Odd.Occurrence", "Odd.Repetition"]  # fmt: skip
    assert all("a setting cannot be read" in s for s in loaded.skipped)


def test_a_link_that_is_no_url_is_dropped_and_reports_stay_valid(tmp_path: Path) -> None:
    """review59: a Vale rule's `link: [1, 2]` became the rule's link as it was: the language
    server's diagnostics failed on it (no diagnostic published for the document) and SARIF's
    helpUri was a list, which the 2.1.0 schema (and so a code-scanning upload) refuses."""
    import io

    from newslint.document import Document
    from newslint.finding import FileResult, Finding
    from newslint.report import write_results
    from newslint.server.diagnostics import RuleDocs
    from newslint.vale.styles import load_style

    style = tmp_path / "Odd"
    style.mkdir()
    links = {"List": "[1, 2]", "Script": "javascript:alert(1)", "Page": "https://example.org/x"}
    for name, link in links.items():
        body = f"extends: existence\nmessage: x\nlink: '{link}'\ntokens: [kerfuffle]\n"
        (style / f"{name}.yml").write_text(body.replace("'[1, 2]'", "[1, 2]"), encoding="utf-8")
    rules = {r.id: r for r in load_style(style).rules}
    assert {i: r.link for i, r in rules.items()} == {"Odd.List": None, "Odd.Page": "https://example.org/x", "Odd.Script": None}  # fmt: skip
    docs = RuleDocs(directory=tmp_path / "pages")  # the server's link for each: no longer fails
    assert docs.url("Odd.Page", rules["Odd.Page"]) == "https://example.org/x"
    assert str(docs.url("Odd.List", rules["Odd.List"])).startswith("file:")
    doc = Document("a kerfuffle\n")
    findings = [Finding(rule, "warning", "x", 2, 11) for rule in sorted(rules)]
    out = io.StringIO()
    write_results([FileResult("a.md", doc, findings)], out, "sarif", rules=rules)
    described = json.loads(out.getvalue())["runs"][0]["tool"]["driver"]["rules"]
    assert [d.get("helpUri") for d in described] == [None, "https://example.org/x", None]


REPEAT_RULE = "extends: repetition\nmessage: \"'%s' is repeated!\"\nlevel: error\nalpha: true\ntokens:\n  - '[^\\s]+'\n"  # fmt: skip


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        # The built-in packs run beside the ini's styles, as one more style in BasedOnStyles
        # would in Vale: each reports the doubled word (user67 #8; documented in the README).
        ((), ["3:House.Repeat", "3:structure.doubled-word"]),
        (("--select", "House"), ["3:House.Repeat"]),
        (("--ignore", "structure.doubled-word"), ["3:House.Repeat"]),
        (("--settings-select",), ["3:House.Repeat"]),
    ],
)
def test_a_vale_style_and_a_built_in_rule_each_report_and_built_ins_can_be_turned_off(
    tmp_path: Path, chosen: tuple[str, ...], expected: list[str]
) -> None:
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n[*.md]\nBasedOnStyles = House\n")
    (tmp_path / "styles" / "House").mkdir(parents=True)
    (tmp_path / "styles" / "House" / "Repeat.yml").write_text(REPEAT_RULE, encoding="utf-8")
    (tmp_path / "story.md").write_text("# Budget\n\nThe mayor said the the plan was ready.\n")
    options = list(chosen)
    if options == ["--settings-select"]:
        (tmp_path / ".newslint.yaml").write_text("select: [House]\n", encoding="utf-8")
        options = []
    result = run_newslint(
        "check",
        "--grammar",
        "off",
        "--format",
        "json",
        "--vale-config",
        ".vale.ini",
        *options,
        "story.md",
        cwd=tmp_path,
    )
    assert result.returncode == 1, result.stderr
    found = [f"{f['line']}:{f['rule']}" for f in json.loads(result.stdout)]
    assert found == expected
