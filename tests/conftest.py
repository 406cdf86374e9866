from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding
from newslint.linters import load_rules
from newslint.rules import Rule

# CI runs a modest number of examples, the same ones on every run: a property test that draws
# new examples each time made CI on 5bf0c98 fail on a case (a gate bug) no commit had touched, so
# the suite's verdict was a draw, not the code's. NEWSLINT_FUZZ=1 runs the long profile, drawn
# afresh, on demand; what it finds becomes an `@example`.
CI_EXAMPLES = 150
settings.register_profile(
    "ci",
    max_examples=CI_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz", max_examples=4000, deadline=None, suppress_health_check=list(HealthCheck)
)
PROFILE = "fuzz" if os.environ.get("NEWSLINT_FUZZ") else "ci"
# A warm check daemon the developer runs must not answer the suite's `newslint check`s (they test
# this tree's code, whatever the server imported): the server's own tests turn it back on.
os.environ["NEWSLINT_DAEMON"] = "off"
settings.load_profile(PROFILE)


def _signals_as_a_terminal_leaves_them() -> None:
    """The warm client's signal tests expect SIGHUP and SIGINT as an interactive shell leaves them.
    Started under nohup (SIGHUP) or as a script's background job (SIGINT), the suite inherits them
    ignored; the client then rightly ignores them too (a cold run would), and those tests failed
    as if by load (stops 61-63: `(0, "No problems")` where a hangup was expected, nothing held).
    The tests about an ignored signal set it ignored themselves, so the suite's verdict no longer
    depends on how it was started."""
    if hasattr(signal, "SIGHUP") and signal.getsignal(signal.SIGHUP) == signal.SIG_IGN:
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


_signals_as_a_terminal_leaves_them()


def examples(ci: int) -> int:
    """The example count of a property test that sets its own: `ci` as written under CI's
    profile, as many times more under another as that profile draws for a test that sets none.
    A bare `max_examples=300` would override the profile, and NEWSLINT_FUZZ=1 would not lengthen
    the test at all."""
    return max(1, ci * settings().max_examples // CI_EXAMPLES)


ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = ROOT / "seeds" / "article.txt"


@pytest.fixture(scope="session")
def builtin_rules() -> list[Rule]:
    return load_rules()


@pytest.fixture(scope="session")
def linter(builtin_rules: list[Rule]) -> Linter:
    return Linter(builtin_rules)


@pytest.fixture
def non_word(builtin_rules: list[Rule]) -> Linter:
    """`ocr.non-word` alone, for the tests of what it reads as a word."""
    return Linter(builtin_rules, select=["ocr.non-word"])


@functools.cache
def surface_linter() -> Linter:
    """Every built-in rule but grammar's, built once for the tests that ask what one rule reports
    (loading the packs is most of such a test's cost)."""
    return Linter(load_rules(), ignore=["grammar"])


def reported(text: str, rule: str) -> list[str]:
    """The text of each finding of exactly `rule` on `text`, grammar aside."""
    return [text[f.start : f.end] for f in surface_linter().lint(Document(text)) if f.rule == rule]


def lint_text(linter: Linter, text: str) -> list:
    return linter.lint(Document(text))


def newslint_command() -> list[str]:
    """The installed console script, as users and CI run it."""
    script = shutil.which("newslint", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "newslint"]


def run_newslint(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*newslint_command(), *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def findings_of(linter: Linter, text: str, rule: str = "") -> list[Finding]:
    """The findings on `text` of the rules whose id starts with `rule` (every rule by default)."""
    return [f for f in linter.lint(Document.from_raw(text)) if f.rule.startswith(rule)]


def spans_of(text: str, found: list[Finding]) -> list[str]:
    """The text each finding reports."""
    return [text[f.start : f.end] for f in found]


def rules_at(linter: Linter, text: str, fragment: str) -> list[str]:
    """The rules whose findings overlap `fragment` (its first occurrence) in `text`."""
    start = text.index(fragment)
    return [
        f.rule
        for f in linter.lint(Document.from_raw(text))
        if f.start < start + len(fragment) and start < f.end
    ]


SLOW_RULE_PACK = """\
pack: house
description: A pack with one slow rule.
rules:
  - id: house.slow
    kind: pattern
    severity: warning
    message: "a run of a"
    description: "Backtracks exponentially on a long run of a that does not match."
    pattern: '{pattern}'
{requires}    examples:
      - bad: "{bad}"
        span: "{bad}"
      - good: "bbb"
"""

SlowPack = Callable[..., Path]


@pytest.fixture
def slow_pack(tmp_path: Path) -> SlowPack:
    """Writes a house pack whose one rule, `house.slow`, has the given pattern (one that
    backtracks without end, such as `(a|aa)+$` on a long run of "a" ended by "b"), and returns
    its path. `bad` is the rule's bad example, the whole of it its span; `requires` makes the
    rule ask about the whole document first."""

    def write(
        pattern: str, bad: str = "aaaa", requires: str | None = None, name: str = "house.yaml"
    ) -> Path:
        needs = f"    requires: '{requires}'\n" if requires else ""
        text = SLOW_RULE_PACK.format(pattern=pattern.replace("'", "''"), bad=bad, requires=needs)
        pack = tmp_path / name
        pack.write_text(text, encoding="utf-8")
        return pack

    return write
