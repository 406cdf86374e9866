"""Bad packs give one line naming the file, the rule and the problem, and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.errors import RuleError
from newslint.rules import Rule, builtin_rules_dir, load_pack, load_packs

from .conftest import run_newslint

GOOD_RULE = """
pack: house
rules:
  - id: house.no-very
    kind: pattern
    severity: warning
    message: "Cut “{match}”"
    description: An intensifier that adds nothing.
    pattern: '\\bvery (?=\\w)'
    fix: ""
    examples:
      - bad: "a very big day"
        fixed: "a big day"
      - good: "every day"
"""


def write(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problem(tmp_path: Path, text: str) -> str:
    with pytest.raises(RuleError) as caught:
        load_pack(write(tmp_path, text))
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_valid_user_pack_loads(tmp_path: Path) -> None:
    pack = load_pack(write(tmp_path, GOOD_RULE))
    assert [r.id for r in pack.rules] == ["house.no-very"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("kind: pattern", "kind: nonsense"), "house.no-very: unknown kind 'nonsense'"),
        # A helper module among the kinds (it compiles no check) is no kind: it was an AttributeError.
        (("kind: pattern", "kind: build"), "house.no-very: unknown kind 'build'"),
        (("kind: pattern", "kind: lexicon-tuning"), "house.no-very: unknown kind 'lexicon-tuning'"),
        (("severity: warning", "severity: fatal"), "house.no-very: 'severity' must be one of"),
        (('    fix: ""', '    fix: ""\n    colour: red'), "house.no-very: unknown key 'colour'"),
        (("'\\bvery (?=\\w)'", "'(very'"), "house.no-very: 'pattern' does not compile"),
        (('    fix: ""', "    fix: '\\3'"), "house.no-very: group 3 used by"),
        (('    fix: ""', '    fix: ""\n    group: -1'), "house.no-very: group -1 used by"),
        (
            (
                '    fix: ""',
                '    fix: ""\n    house_style: {key: very, option: colour, choices: {a: b}}',
            ),
            "house.no-very: 'house_style.option' 'colour' is not an option of this kind",
        ),
        (
            ('    fix: ""', '    fix: ""\n    house_style: {key: very, option: ignorecase}'),
            "house.no-very: 'house_style' is a mapping of 'key', 'option' and 'choices'",
        ),
        (
            (
                '    fix: ""',
                '    fix: ""\n    house_style: {key: very, option: ignorecase, choices: {plain: "no"}}',
            ),
            "'house_style.choices.plain' must be bool",
        ),
    ],
)
def test_bad_rules_name_file_rule_and_problem(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    from newslint.checks import compile_rule

    text = GOOD_RULE.replace(*change)
    assert text != GOOD_RULE
    with pytest.raises(RuleError) as caught:
        for rule in load_pack(write(tmp_path, text)).rules:
            compile_rule(rule)
    assert str(caught.value).startswith(str(tmp_path / "pack.yaml"))
    assert expected in str(caught.value)


def test_missing_examples_are_rejected(tmp_path: Path) -> None:
    text = GOOD_RULE.split("    examples:")[0]
    assert "missing 'examples'" in problem(tmp_path, text)


def test_missing_description_is_rejected(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("    description: An intensifier that adds nothing.\n", "")
    assert "missing 'description'" in problem(tmp_path, text)


def test_every_rule_declares_whether_it_fixes(builtin_rules: list[Rule]) -> None:
    by_id = {rule.id: rule for rule in builtin_rules}
    assert by_id["scrape.html-tag"].fixable  # its examples only mark spans; the fix is declared
    assert not by_id["typography.unbalanced-quote"].fixable
    assert by_id["typography.quote-direction"].fixable
    assert not by_id["structure.repeated-sentence"].fixable
    assert by_id["structure.repeated-line"].fixable
    assert not by_id["encoding.replacement-character"].fixable


def test_rules_show_reads_the_declared_fix() -> None:
    shown = run_newslint("rules", "show", "scrape.html-tag")
    assert "fix:       yes (unsafe)" in shown.stdout, shown.stdout


def test_rules_show_gives_the_house_style_key_and_the_options() -> None:
    from newslint.rule_commands import show_rule

    shown = show_rule("consistency.honorific-period")
    assert "house_style.honorific: 'Mr.' | 'Mr' (sets house)" in shown
    assert "    default: 'with-period'" in shown.split("  options:")[1]


def test_yaml_syntax_error_names_the_file(tmp_path: Path) -> None:
    message = problem(tmp_path, "pack: house\nrules: [\n")
    assert message.startswith(str(tmp_path / "pack.yaml")) and "invalid YAML" in message


def test_yaml_aliases_are_refused(tmp_path: Path) -> None:
    bomb = "pack: house\nx: &a [1, 2]\ny: [*a, *a]\nrules: []\n"
    assert "aliases are not allowed" in problem(tmp_path, bomb)


@pytest.mark.parametrize(
    ("pack", "said"),
    [
        (  # a second `fix:` replaced the first without a word
            GOOD_RULE.replace('    fix: ""', '    fix: ""\n    fix: "a "'),
            "key 'fix' is given twice (lines 10 and 11)",
        ),
        (  # inside a flow mapping, on one line, as the guillemet rule's fix map had it
            GOOD_RULE.replace('    fix: ""', '    fix: {"very ": "", "very ": "so "}'),
            "key 'very ' is given twice (both on line 10)",
        ),
        (  # the keys the loader builds: `yes` and `true` are one key
            GOOD_RULE.replace("pack: house", "pack: house\ndescription: {yes: 1, true: 2}"),
            "key 'true' is given twice (both on line 3)",
        ),
    ],
)
def test_a_pack_key_given_twice_is_refused(tmp_path: Path, pack: str, said: str) -> None:
    assert problem(tmp_path, pack) == f"{tmp_path / 'pack.yaml'}: invalid YAML: {said}"


def test_a_pack_key_given_twice_is_one_line_and_exit_2(tmp_path: Path) -> None:
    pack = write(tmp_path, GOOD_RULE.replace("    severity:", "    kind: pattern\n    severity:"))
    article = write(tmp_path, "Some text.\n", "a.txt")
    result = run_newslint("check", "--rules", str(pack), str(article))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"newslint: error: {pack}: invalid YAML: key 'kind' is given twice (lines 5 and 6)"
    ]


def test_equal_keys_in_different_mappings_or_spelled_apart_are_kept(tmp_path: Path) -> None:
    twice = GOOD_RULE + GOOD_RULE.split("rules:\n")[1].replace("no-very", "no-very-2")
    quoted = twice.replace("pack: house", 'pack: house\ndescription: {"1": a, 1: b}')
    assert [r.id for r in load_pack(write(tmp_path, quoted)).rules] == [
        "house.no-very",
        "house.no-very-2",
    ]


def test_the_bundled_packs_give_no_key_twice() -> None:
    from newslint.safe_yaml import safe_yaml

    for pack in sorted(builtin_rules_dir().glob("*.yaml")):
        safe_yaml(pack.read_text(encoding="utf-8"))  # raises, naming the key and its line


def test_duplicate_ids_across_packs_are_rejected(tmp_path: Path) -> None:
    first = write(tmp_path, GOOD_RULE, "a.yaml")
    second = write(tmp_path, GOOD_RULE, "b.yaml")
    with pytest.raises(RuleError, match="also defined in"):
        load_packs([first, second])


def test_cli_reports_a_bad_pack_in_one_line_with_exit_2(tmp_path: Path) -> None:
    pack = write(tmp_path, GOOD_RULE.replace("kind: pattern", "kind: nonsense"))
    article = write(tmp_path, "Some text.\n", "a.txt")
    result = run_newslint("check", "--rules", str(pack), str(article))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "unknown kind 'nonsense'" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_catastrophic_user_regex_times_out_and_the_run_continues(tmp_path: Path) -> None:
    pack = write(
        tmp_path,
        GOOD_RULE.replace("'\\bvery (?=\\w)'", "'(a|aa)+$'")
        .replace("a very big day", "aaaa")
        .replace('fixed: "a big day"', 'span: "aaaa"'),
    )
    article = write(tmp_path, "a" * 40 + "b Sir. Blinken said.\n", "a.txt")
    result = run_newslint("check", "--rules", str(pack), str(article))
    assert "house.no-very timed out" in result.stderr
    assert "mt.mistranslated-honorific" in result.stdout
    assert result.returncode == 1


def test_rules_test_reports_failing_examples(tmp_path: Path) -> None:
    broken = GOOD_RULE.replace('fixed: "a big day"', 'fixed: "a large day"')
    pack = write(tmp_path, broken)
    result = run_newslint("rules", "test", str(pack))
    assert result.returncode == 1
    assert "FAIL house.no-very" in result.stdout and "a large day" in result.stdout
    ok = run_newslint("rules", "test", str(write(tmp_path, GOOD_RULE, "ok.yaml")))
    assert ok.returncode == 0 and "ok   house.no-very" in ok.stdout


def test_a_failing_example_says_which_rule_fired_where(tmp_path: Path) -> None:
    from newslint.selftest import run_rule_examples

    bad_good = GOOD_RULE.replace('- good: "every day"', '- good: "every day\\nis a very good day"')
    (rule,) = load_pack(write(tmp_path, bad_good)).rules
    (failure,) = run_rule_examples(rule)
    assert failure.problem == "fired on good text at house.no-very 2:6 'very '"


@pytest.mark.parametrize(
    ("kind", "option"),
    [
        ("furniture-block", "min_run"),
        ("stamp-line", "min_listing"),
        # A copy of no words: the sentence and edge finders read a word it does not have.
        ("repetition\n    unit: edge", "min_words"),
        ("repetition\n    unit: sentence", "headline_min_words"),
    ],
)
@pytest.mark.parametrize("value", [0, -1])
def test_a_count_below_its_minimum_is_refused(
    tmp_path: Path, kind: str, option: str, value: int
) -> None:
    """A run of no lines is no menu: the check would read the first line of an empty run."""
    text = f"""
pack: house
rules:
  - id: house.short-run
    kind: {kind}
    severity: warning
    message: "Not article text"
    description: A page's furniture.
    {option}: {value}
    examples:
      - bad: "Home\\nNews\\nSport\\n\\nThe council met on Monday."
        span: "Home"
      - good: "The council met on Monday."
"""
    assert f"house.short-run: '{option}' must be at least 1" in problem(tmp_path, text)


@pytest.mark.parametrize("link", ["[1, 2]", "'javascript:alert(1)'", "docs/no-very.html", "7"])
def test_a_link_that_is_no_url_is_a_pack_error(tmp_path: Path, link: str) -> None:
    """review59: any `link` was taken as it was; a list broke the language server's diagnostics
    and made the SARIF log fail its schema (helpUri must be a URI string)."""
    text = GOOD_RULE.replace('    fix: ""\n', f'    fix: ""\n    link: {link}\n')
    assert "'link' must be a URL" in problem(tmp_path, text)


def test_a_web_link_is_kept(tmp_path: Path) -> None:
    text = GOOD_RULE.replace(
        '    fix: ""\n', '    fix: ""\n    link: https://example.org/no-very\n'
    )
    (rule,) = load_pack(write(tmp_path, text)).rules
    assert rule.link == "https://example.org/no-very"
