"""What one small run pays for: a linter builds its gate only once it has linted enough text to
repay it, and finds the same either way."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.kinds import kind_module
from newslint.linters import Choices, _choose_context, _choose_grammar, load_rules
from newslint.policy import Policy
from newslint.rules import Rule

STORY = (
    "Sir. Blinken said on Thursday that the the talks went well.\n\n"
    "Se fler nyheter från Sverige här och i appen.\n\n"
    "Advertisement\n\nThe minister, who arrived on Tuesday , declined to comment.\n"
)


def test_one_article_is_linted_without_building_the_gate() -> None:
    linter = Linter(load_rules())
    linter.lint(Document(STORY))
    assert linter._gate is None


def test_the_gate_is_built_once_enough_text_was_linted_and_changes_no_finding() -> None:
    rules = load_rules()
    lazy, eager = Linter(rules, gate_after=3 * len(STORY)), Linter(rules, gate_after=0)
    for _ in range(4):
        assert lazy.lint(Document(STORY)) == eager.lint(Document(STORY))
    assert lazy._gate is not None and eager._gate is not None


def _asking_every_kind(rules: list[Rule], context: dict[str, Any], chosen: bool | None) -> None:
    """What `_choose_context` decides when it imports every rule's kind to ask what it needs."""
    enabled = context.get("enabled", False) if chosen is None else chosen
    for rule in rules:
        module = kind_module(rule.kind)
        if not getattr(module, "NEEDS_CONTEXT", False):
            continue
        opt_in = getattr(module, "OPT_IN", None)
        asked = opt_in is None or bool(context.get(opt_in, False))
        rule.enabled = enabled and (asked or bool(rule.options.get("budget")))
        if enabled and asked and opt_in is not None:
            rule.options["budget"] = 0
        if "model" in context:
            rule.options["model"] = context["model"]
        if "garbled_threshold" in context and "threshold" in rule.options:
            rule.options["threshold"] = context["garbled_threshold"]


CONTEXTS = [
    {},
    {"enabled": True},
    {"enabled": True, "garbled": True},
    {"enabled": False, "model": "m.gguf"},
    {"garbled_threshold": 9.5},
    {"enabled": True, "garbled": True, "garbled_threshold": 9.5, "model": "m.gguf"},
]


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("chosen", [None, True, False])
@pytest.mark.parametrize("grammar", ["off", None])
def test_choosing_context_rules_without_importing_off_kinds_decides_as_asking_every_kind(
    context: dict[str, Any], chosen: bool | None, grammar: str | None
) -> None:
    def chosen_rules(choose: Callable[[list[Rule], dict[str, Any], bool | None], None]) -> list:
        rules = copy.deepcopy(load_rules())
        _choose_grammar(rules, Choices(grammar=grammar))
        choose(rules, context, chosen)
        return [(r.id, r.enabled, r.options) for r in rules]

    assert chosen_rules(_choose_context) == chosen_rules(_asking_every_kind)


SELECTIONS = [("mt",), ("grammar.context",), ("grammar", "ocr")]


@pytest.mark.parametrize("context", [CONTEXTS[0], CONTEXTS[-1]])
@pytest.mark.parametrize("select", SELECTIONS)
def test_a_selection_runs_the_rules_asking_every_kind_would_run(
    context: dict[str, Any], select: tuple[str, ...]
) -> None:
    """Rules the selection leaves out are not asked (their kinds stay unimported): the rules
    that run, and their options, are those of asking every kind."""
    policy = Policy.of(select, ("llm",))

    def running(choose: Callable[[list[Rule]], None]) -> list:
        rules = copy.deepcopy(load_rules())
        choose(rules)
        return [(r.id, r.enabled, r.options) for r in rules if policy.runs(r)]

    asked = running(lambda rules: _choose_context(rules, context, True, policy.may_run))
    assert asked == running(lambda rules: _asking_every_kind(rules, context, True))


def second_run(
    code: str, cache: Path, *args: str, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """`code` run in a fresh interpreter a second time over one cache: the first run parses the
    packs (importing every kind) and caches them."""
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(cache)}
    for _ in range(2):
        run = subprocess.run(
            [sys.executable, "-c", code, *args],
            env=env,
            capture_output=True,
            text=True,
            check=check,
        )
    return run


def test_a_narrow_selection_imports_only_the_kinds_it_runs(tmp_path: Path) -> None:
    build = (
        "import sys\n"
        "from newslint.config import Settings\n"
        "from newslint.linters import Choices, build_linter\n"
        "from newslint.document import Document\n"
        "chosen = Choices(select=('mt.mistranslated-honorific',), grammar='off')\n"
        "build_linter(Settings(), chosen).lint(Document('Sir. Blinken said.'))\n"
        "print(sorted(m for m in sys.modules if m.startswith('newslint.checks.')))\n"
    )
    run = second_run(build, tmp_path)
    assert "'newslint.checks.pattern'" in run.stdout
    assert "'newslint.checks.furniture_block'" not in run.stdout


def test_a_plain_check_never_imports_what_rules_that_stay_off_need(tmp_path: Path) -> None:
    build = (
        "import sys\n"
        "from newslint.config import Settings\n"
        "from newslint.linters import Choices, build_linter\n"
        "from newslint.document import Document\n"
        "build_linter(Settings(), Choices(grammar='off')).lint(Document('The the story.'))\n"
        "print(sorted(m for m in sys.modules if m.startswith('newslint.')))\n"
    )
    run = second_run(build, tmp_path)
    loaded = run.stdout
    assert "newslint.checks.pattern" in loaded  # the kinds of rules that run are loaded
    off_kinds = (
        "grammar", "confusion", "confirmed_grammar", "surprisal", "real_word_misread",
    )  # grammar off, no model  # fmt: skip
    for off in ("newslint.grammar", *(f"newslint.checks.{kind}" for kind in off_kinds)):
        assert f"'{off}'" not in loaded


# What a plain one-article check has no use for: a whole report's spool (tempfile, shutil, and
# random, bz2 and lzma with them), Vale's configuration and style readers (YAML) when a rule tags
# a sentence's words, OpenSSL for naming the tagger's cache file, and wordfreq itself for a token
# with digits, whose frequency the word table gives; nor the HTML reader and `html.parser` for
# the element names a plain text's lines ask about (`newslint.markup.elements`).
UNUSED_BY_A_PLAIN_CHECK = (
    "tempfile", "shutil", "random", "yaml", "newslint.vale.styles", "_hashlib", "wordfreq",
    "newslint.markup.html", "html.parser",
)  # fmt: skip
PLAIN_CHECK = """
import atexit, sys
atexit.register(lambda: print(sorted(sys.modules)))
sys.argv = ["newslint", "check", "--grammar", "off", sys.argv[1]]
from newslint.launch import main
main()
"""
# A sentence the subject-comma rule tags, and a token with two digits that rules look up.
TAGGED = "The as26 route through the old town, closed on Monday.\n\nThe covid19 rules changed.\n"


def test_a_plain_check_of_an_article_imports_no_module_it_does_not_use(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(STORY * 3 + TAGGED, encoding="utf-8")
    run = second_run(PLAIN_CHECK, tmp_path / "cache", str(article), check=False)
    assert run.returncode == 1 and "doubled-word" in run.stdout  # it checked the article
    loaded = run.stdout.splitlines()[-1]
    assert "'newslint.vale.tagger'" in loaded  # a rule tagged the sentence's words
    for unused in UNUSED_BY_A_PLAIN_CHECK:
        assert f"'{unused}'" not in loaded


def test_building_the_linter_builds_no_regex_of_a_built_in_pattern_rule(tmp_path: Path) -> None:
    """A built-in pattern rule's regexes are built when it is first searched, not to check its
    templates at load (which the suite does: test_pattern), so a rule its literals rule out
    never builds them. (The second run reads them from the pattern store as stand-ins.)"""
    build = (
        "from newslint.config import Settings\n"
        "from newslint.linters import Choices, build_linter\n"
        "linter = build_linter(Settings(), Choices(grammar='off'))\n"
        "patterns = [p for c in linter.checks if c.rule.kind == 'pattern' for p in c.patterns]\n"
        "from newslint.regex_store import DeferredPattern\n"
        "unbuilt = [p for p in patterns if isinstance(p, DeferredPattern)]\n"
        "print(len(patterns), len(patterns) - sum('_built_pattern' not in vars(p) for p in unbuilt))\n"
    )
    patterns, built = map(int, second_run(build, tmp_path).stdout.split())
    assert patterns > 100 and built == 0
