"""Grammar backends: Harper in-process, LanguageTool's documented JSON, failures, the news profile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.grammar import edit_distance, plausible_misspelling
from newslint.grammar.languagetool import matches_from_json
from newslint.linters import load_rules

from .conftest import SEED, run_newslint

# A /v2/check response as documented by LanguageTool (languagetool.org/http-api), trimmed.
V2_CHECK = {
    "software": {"name": "LanguageTool", "version": "6.4"},
    "language": {"name": "English (US)", "code": "en-US"},
    "matches": [
        {
            "message": "Use “a” instead of ‘an’ if the following word doesn’t start with a vowel sound.",
            "shortMessage": "Wrong article",
            "replacements": [{"value": "a"}],
            "offset": 11, "length": 2,
            "context": {"text": "😀 This is an test of it.", "offset": 11, "length": 2},
            "sentence": "😀 This is an test of it.",
            "type": {"typeName": "Other"},
            "rule": {"id": "EN_A_VS_AN", "description": "Use of 'a' vs. 'an'", "issueType": "misspelling",
                     "category": {"id": "MISC", "name": "Miscellaneous"}},
        },
        {
            "message": "Possible spelling mistake found.",
            "replacements": [{"value": "Psaki's"}, {"value": "Paki"}],
            "offset": 25, "length": 5,
            "context": {"text": "…", "offset": 0, "length": 5},
            "sentence": "…",
            "rule": {"id": "MORFOLOGIK_RULE_EN_US", "description": "Spelling", "issueType": "misspelling",
                     "category": {"id": "TYPOS", "name": "Possible Typo"}},
        },
    ],
}  # fmt: skip
TEXT = "😀 This is an test of it. Psaki said."


def test_languagetool_json_becomes_matches_with_code_point_offsets() -> None:
    matches = matches_from_json(json.loads(json.dumps(V2_CHECK)), TEXT, profile="all")
    first = matches[0]
    assert (first.rule, first.category, first.replacements) == ("EN_A_VS_AN", "MISC", ("a",))
    # LanguageTool counts UTF-16 units; the emoji is two of them but one code point.
    assert TEXT[first.start : first.end] == "an"


def test_languagetool_news_profile_drops_names_and_disabled_categories() -> None:
    news = matches_from_json(
        json.loads(json.dumps(V2_CHECK)), TEXT, profile="news", news_off_kinds=("MISC",)
    )
    assert news == []  # MISC is style noise in news; "Psaki" is a name
    grammar_error = json.loads(json.dumps(V2_CHECK))
    grammar_error["matches"][0]["rule"]["issueType"] = "grammar"  # not judged as a spelling
    unlisted = matches_from_json(grammar_error, TEXT, profile="news")
    assert [m.rule for m in unlisted] == ["EN_A_VS_AN"]  # only the categories listed are off
    kept = matches_from_json(
        json.loads(json.dumps(V2_CHECK)), TEXT, profile="all", disable=("EN_A_VS_AN",)
    )
    assert [m.rule for m in kept] == ["MORFOLOGIK_RULE_EN_US"]


@pytest.mark.skipif(
    not (os.environ.get("NEWSLINT_LANGUAGETOOL_URL") or os.environ.get("LTP_JAR_DIR_PATH")),
    reason="no LanguageTool configured: set NEWSLINT_LANGUAGETOOL_URL to a server or LTP_JAR_DIR_PATH to an install",
)
def test_languagetool_integration() -> None:
    result = run_newslint("check", "-", "--grammar", "languagetool", "--format", "json", "--select", "grammar",
                          stdin="The ministry did not recieve the letter.\n")  # fmt: skip
    assert any(r["rule"].startswith("grammar.languagetool.") for r in json.loads(result.stdout)), (
        result.stderr
    )


def test_unavailable_backend_warns_once_and_the_run_goes_on(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Sir. Blinken spoke.\n", encoding="utf-8")
    result = run_newslint(
        "check",
        str(article),
        "--grammar",
        "languagetool",
        "--languagetool-url",
        "http://127.0.0.1:9",
    )
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert (
        len(warnings) == 1
        and "grammar.languagetool" in warnings[0]
        and "127.0.0.1:9" in warnings[0]
    )
    assert result.returncode == 1 and "mt.mistranslated-honorific" in result.stdout


def test_harper_findings_have_engine_rule_ids_and_fixes() -> None:
    linter = Linter(load_rules(), select=["grammar.harper"])
    findings = linter.lint(Document("This is an test of the system."))
    assert [f.rule for f in findings] == ["grammar.harper.AnA"]
    assert findings[0].fix and findings[0].fix.edits[0].replacement == "a"
    ignored = Linter(load_rules(), select=["grammar"], ignore=["grammar.harper.AnA"])
    assert ignored.lint(Document("This is an test of the system.")) == []


def test_seed_names_are_not_spelling_errors_and_lowercase_start_is_reported_once() -> None:
    text = SEED.read_text(encoding="utf-8")
    findings = Linter(load_rules()).lint(Document.from_raw(text))
    grammar = [text[f.start : f.end] for f in findings if f.rule.startswith("grammar")]
    for name in ("Blinken", "Psaki", "Xue", "Hanqin", "Schmitt", "WASHINGTON", "Medeiros"):
        assert not any(name in g for g in grammar), grammar
    at = text.index("invade. but") + len("invade. ")
    assert len([f for f in findings if f.start <= at < f.end]) == 1


def test_grammar_off_never_imports_an_engine() -> None:
    code = (
        "import sys; from newslint.engine import Linter; from newslint.linters import load_rules; "
        "from newslint.document import Document; "
        "Linter(load_rules(), ignore=['grammar']).lint(Document('Sir. Blinken spoke.')); "
        "print(sorted(m for m in sys.modules if m.startswith(('harper', 'language_tool'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


@pytest.mark.slow
def test_doctor_names_each_backend() -> None:
    result = run_newslint("doctor")
    assert result.returncode == 0
    assert result.stdout.startswith("harper        ok")
    assert "languagetool" in result.stdout


def test_spelling_filter_keeps_slips_and_spares_names_terms_and_rare_words() -> None:
    def judged(text: str, word: str, replacements: list[str]) -> bool:
        start = text.index(word)
        return plausible_misspelling(text, start, start + len(word), replacements)

    assert judged("The walls collasped on Monday.", "collasped", ["collapsed"])
    assert judged("They did not recieve it.", "recieve", ["receive"])
    assert not judged("There was a foosball table.", "foosball", ["football"])
    assert not judged("A neo-pagan group.", "pagan", ["pagan"])
    assert not judged("See www.flag.govt.nz today.", "nz", ["no"])
    assert not judged("glifaa met; glifaa spoke.", "glifaa", ["gift"])
    assert edit_distance("recieve", "receive") == 1 and edit_distance("kitten", "sitting") == 3


def test_oxford_comma_house_style_adds_only_that_rule() -> None:
    rules = load_rules()
    for rule in rules:
        if rule.id == "grammar.harper":
            rule.options["oxford_comma"] = True
    linter = Linter(rules, select=["grammar.harper"])
    found = {
        f.rule
        for f in linter.lint(
            Document(
                "They fired missiles, rockets and grenades. Find the min value at govt. offices."
            )
        )
    }
    assert "grammar.harper.OxfordComma" in found
    assert not found & {
        "grammar.harper.ExpandMinimum",
        "grammar.harper.ExpandGovt",
    }  # other style advice stays off


def test_a_filtered_harper_rule_reports_only_in_its_context() -> None:
    """ItsPossessive is kept mid-sentence ("said it's profits") and dropped sentence-first
    ("It's Warhol."); without the filter the news profile leaves it out altogether."""
    pytest.importorskip("harper")
    from newslint.grammar.harper import HarperBackend

    news_off = ("ItsPossessive",)
    filtered = HarperBackend(
        news_off=news_off, news_filters=(("ItsPossessive", r"[\p{Ll},;]\s+", ""),)
    )
    plain = HarperBackend(news_off=news_off)
    wrong = "The company said it's profits had doubled over the year."
    right = "It's profits, not sales, that matter here."
    assert [m.rule for m in filtered.check(wrong)] == ["ItsPossessive"]
    assert [m.rule for m in plain.check(wrong)] == []
    assert [m.rule for m in filtered.check(right)] == []
    # The user's `disable` still wins over the profile's filter.
    disabled = HarperBackend(
        news_off=news_off,
        news_filters=(("ItsPossessive", r"[\p{Ll},;]\s+", ""),),
        disable=("ItsPossessive",),
    )
    assert disabled.check(wrong) == []


def test_an_ignored_harper_rule_is_switched_off_in_harper_not_only_filtered() -> None:
    """`--ignore grammar.harper.AnA` turns AnA off in Harper's own configuration: Harper never
    runs it, rather than running it for the policy to drop its findings."""
    pytest.importorskip("harper")
    text = "This is an test of the system. The ministry did not recieve the letter."

    def harper_check(linter: Linter) -> Any:
        return next(c for c in linter.checks if c.rule.id == "grammar.harper")

    ignoring = Linter(load_rules(), select=["grammar"], ignore=["grammar.harper.AnA"])
    assert [f.rule for f in ignoring.lint(Document(text))] == ["grammar.harper.SpellCheck"]
    engine = harper_check(ignoring).backend().linter
    assert engine.get_lint_config()["AnA"] is False
    assert engine.get_lint_config()["SpellCheck"] is not False
    assert not engine.organized_lints(text, language="plaintext").get("AnA")
    # A narrow --select leaves every other Harper rule unrun.
    selecting = Linter(load_rules(), select=["grammar.harper.AnA"])
    assert [f.rule for f in selecting.lint(Document(text))] == ["grammar.harper.AnA"]
    config = harper_check(selecting).backend().linter.get_lint_config()
    assert [name for name, on in config.items() if on is not False] == ["AnA"]
    # Without a selection Harper's configuration is the news profile's alone.
    plain = harper_check(Linter(load_rules())).backend().linter.get_lint_config()
    assert plain["AnA"] is not False and plain["SpellCheck"] is not False


def test_confirmed_grammar_runs_only_the_harper_rules_the_policy_keeps() -> None:
    pytest.importorskip("harper")
    from newslint.checks.confirmed_grammar import ConfirmedGrammarCheck
    from newslint.policy import Policy

    rule = next(r for r in load_rules() if r.id == "grammar.context")
    check = ConfirmedGrammarCheck(rule)
    check.narrow(Policy.of(ignore=["grammar.context.MassNouns"]).selects)
    config = check._harper()[1].get_lint_config()
    assert config["MassNouns"] is False and config["ItsPossessive"] is True


def test_a_harper_rule_name_harper_lacks_draws_a_warning(tmp_path: Any) -> None:
    """A narrow selection switches Harper's other rules off, so a name that is none of Harper's
    (a typo, or a rule a Harper upgrade renamed) would find nothing without a word: it draws a
    warning and the run goes on, on the command line and in a settings file alike."""
    pytest.importorskip("harper")
    from .conftest import run_newslint

    story = tmp_path / "story.txt"
    story.write_text("This is an test of the system.\n", encoding="utf-8")
    typo = run_newslint("check", "--select", "grammar.harper.AnAA", str(story))
    assert typo.returncode == 0
    assert "'grammar.harper.AnAA' names none of Harper's rules" in typo.stderr
    right = run_newslint("check", "--select", "grammar.harper.AnA", str(story))
    assert right.returncode == 1 and "grammar.harper.AnA" in right.stdout
    assert right.stderr == ""
    (tmp_path / ".newslint.yaml").write_text("ignore: [grammar.context.MassNoun]\n")
    config = run_newslint("check", "story.txt", cwd=tmp_path)
    assert "ignore: 'grammar.context.MassNoun' names none of Harper's rules" in config.stderr
