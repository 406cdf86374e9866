"""How the context-model rules are switched on: off by default, `context:` in settings, `--context`
and `--no-context` on the command line; settings errors name the key. None of this loads a model."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.config import ConfigError, Settings, load_settings
from newslint.linters import Choices, build_linter

CONTEXT_RULES = {
    "mt.wrong-word",
    "mt.place-adjective",
    "mt.dropped-that",
    "mt.garbled",
    "grammar.confusion",
    "grammar.context",
    "ocr.real-word-misread",
}


def selected(settings: Settings, context: bool | None = None) -> set[str]:
    linter = build_linter(settings, Choices(context=context))
    return {rule.id for rule in linter.rules} & CONTEXT_RULES


def garbled_budget(settings: Settings) -> int:
    """The tokens per document mt.garbled reads: 0 is the whole document."""
    linter = build_linter(settings, Choices(context=True))
    (rule,) = [rule for rule in linter.rules if rule.id == "mt.garbled"]
    return int(rule.option("budget"))


def settings_file(tmp_path: Path, body: str) -> Settings:
    path = tmp_path / ".newslint.yaml"
    path.write_text(body, encoding="utf-8")
    return load_settings(path)


def test_the_context_rules_are_off_by_default() -> None:
    assert selected(Settings()) == set()


def test_the_command_line_switches_them_on_and_off(tmp_path: Path) -> None:
    assert selected(Settings(), context=True) == CONTEXT_RULES
    assert selected(settings_file(tmp_path, "context: on\n"), context=False) == set()


def test_settings_switch_them_on_and_name_the_model(tmp_path: Path) -> None:
    settings = settings_file(
        tmp_path, "context:\n  model: models/small.gguf\n  garbled_threshold: 7\n"
    )
    linter = build_linter(settings, Choices())
    rules = {rule.id: rule for rule in linter.rules}
    assert set(rules) >= CONTEXT_RULES
    assert rules["mt.wrong-word"].option("model") == str(tmp_path / "models" / "small.gguf")
    assert rules["mt.garbled"].option("threshold") == 7.0


def test_the_settings_budget_is_every_judging_rules_and_not_the_sampled_passes(
    tmp_path: Path,
) -> None:
    """`context: {budget: N}` sets the tokens each rule that judges words may spend; mt.garbled's
    budget (tokens of sampled sentences it reads, 0: none) is another thing and stays."""
    linter = build_linter(settings_file(tmp_path, "context: {budget: 0}\n"), Choices())
    budgets = {rule.id: rule.option("budget") for rule in linter.rules if rule.id in CONTEXT_RULES}
    assert budgets.pop("mt.garbled") > 0
    assert set(budgets.values()) == {0} and "ocr.real-word-misread" in budgets
    default = build_linter(Settings(), Choices(context=True))
    assert all(r.option("budget") > 0 for r in default.rules if r.id in CONTEXT_RULES)


@pytest.mark.parametrize(
    ("body", "with_garbled"),
    [
        ("context: on\n", False),
        ("context: {garbled: on}\n", True),
        ("context: {garbled_threshold: 5}\n", True),
        ("context: {garbled: off, garbled_threshold: 5}\n", False),
    ],
)
def test_the_garbled_text_hints_read_the_whole_document_only_when_the_settings_ask(
    tmp_path: Path, body: str, with_garbled: bool
) -> None:
    """Otherwise they read the part of it their budget holds."""
    assert selected(settings_file(tmp_path, body)) == CONTEXT_RULES
    assert selected(settings_file(tmp_path, body), context=False) == set()
    budget = garbled_budget(settings_file(tmp_path, body))
    assert budget == 0 if with_garbled else budget > 0


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("context: maybe\n", "context"),
        ("context: {enabled: 'yes'}\n", "context.enabled"),
        ("context: {garbled_threshold: high}\n", "context.garbled_threshold"),
        ("context: {garbled: sometimes}\n", "context.garbled"),
        ("context: {model: [a, b]}\n", "context.model"),
        ("context: {speed: fast}\n", "context"),
        ("context: {budget: -1}\n", "context.budget"),
        ("context: {budget: lots}\n", "context.budget"),
    ],
)
def test_bad_context_settings_name_the_key(tmp_path: Path, body: str, key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings_file(tmp_path, body)
    assert key in str(caught.value)


def test_a_missing_model_is_one_warning_and_the_rest_of_the_run_goes_on(tmp_path: Path) -> None:
    from newslint.document import Document

    settings = settings_file(tmp_path, "context:\n  model: absent.gguf\n")
    warnings: list[str] = []
    linter = build_linter(settings, Choices(), warnings.append)
    findings = linter.lint(Document("Sir. Blinken said the radios were safe to use."))
    assert any(f.rule == "mt.mistranslated-honorific" for f in findings)
    assert len(warnings) == 1 and "absent.gguf" in warnings[0]


@pytest.mark.slow
def test_a_default_check_never_imports_the_model_or_its_runtimes(tmp_path: Path) -> None:
    """Default `check` stays as fast as it was: the context engine, its runtimes and the model
    reader are imported only when the context rules are asked for."""
    import os
    import subprocess
    import sys

    story = tmp_path / "story.txt"
    # "safe" is a suspect of mt.wrong-word: with --context the model is asked for.
    story.write_text("The minister said the radios were safe on Monday.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from newslint.cli import cli\n"
        "try:\n"
        f"    cli([*sys.argv[1:], {str(story)!r}], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('newslint.context.engine', 'newslint.context.loading', 'ctranslate2', 'gguf',"
        " 'tokenizers')\n"
        "print('LOADED', [m for m in heavy if m in sys.modules])\n"
    )

    def loaded(*arguments: str) -> str:
        # A model path that does not exist: the engine is imported, fails fast, the run goes on.
        environment = {**os.environ, "NEWSLINT_CONTEXT_MODEL": str(tmp_path / "absent.gguf")}
        shown = subprocess.run(
            [sys.executable, "-c", probe, *arguments],
            env=environment,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        return shown.stdout + shown.stderr

    assert "LOADED []" in loaded("check")
    # The probe sees the engine when the context rules are asked for.
    assert "'newslint.context.loading'" in loaded("check", "--context")
