"""Replay Vale's own cucumber suite with newslint: the `.vale.ini` files unchanged.

    python benchmarks/vale_replay.py [--data ../shared/vale-testdata] [--show] [--check]

Every scenario of `features/*.feature` runs the way Vale's `steps.rb` runs it (same folder, same
arguments, configuration found as Vale finds it) through `newslint check --vale-config`, on the
files newslint reads (Markdown, HTML, plain text). Its `file:line:col:Style.Rule` findings are
compared with the scenario's expected lines on those files. Prints recall (expected findings
reproduced) and extra findings per feature file, the scenarios that differ (`--show`), and each
scenario that cannot apply with the reason. `--check` exits 1 if the targets are missed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from _vale_features import PROSE_SUFFIXES, Scenario, parse_features
from click.testing import CliRunner

from newslint.cli import cli

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "vale-testdata"
CONFIG_NAMES = (".vale.ini", "_vale.ini", ".vale", "_vale")  # the names Vale looks for, in order
RECALL_TARGET, EXTRA_TARGET = 0.95, 0.05


@dataclass
class Outcome:
    scenario: Scenario
    expected: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    error: str = ""

    @property
    def matched(self) -> int:
        return sum((self.expected & self.found).values())

    @property
    def missing(self) -> list[str]:
        return sorted((self.expected - self.found).elements())

    @property
    def extra(self) -> list[str]:
        return sorted((self.found - self.expected).elements())


def is_prose(path: str) -> bool:
    return path.lower().endswith(PROSE_SUFFIXES)


def replay(data: Path) -> tuple[list[Outcome], list[Scenario]]:
    """Outcomes of the scenarios that apply, and the scenarios that cannot (with their reason)."""
    outcomes, skipped = [], []
    for scenario in parse_features(data / "features"):
        if scenario.reason:
            skipped.append(scenario)
            continue
        with _workspace(data, scenario) as cwd:
            outcome = run_scenario(scenario, cwd)
        if scenario.reason:
            skipped.append(scenario)
        else:
            outcomes.append(outcome)
    return outcomes, skipped


@contextlib.contextmanager
def _workspace(data: Path, scenario: Scenario) -> Iterator[Path]:
    """Vale's cucumber layout: `tmp/aruba` holds the scenario's files, two levels under the data."""
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        for name in ("styles", "fixtures"):
            (root / name).symlink_to((data / name).resolve(), target_is_directory=True)
        aruba = root / "tmp" / "aruba"
        aruba.mkdir(parents=True)
        for name, text in scenario.given.items():
            (aruba / name).write_text(text, encoding="utf-8")
        yield (data / "fixtures" / scenario.folder).resolve() if scenario.folder else aruba


def run_scenario(scenario: Scenario, cwd: Path) -> Outcome:
    options = dict(a.split("=", 1) for a in scenario.args if a.startswith("--"))
    paths = [a for a in scenario.args if not a.startswith("--")]
    outcome = Outcome(scenario)
    config = _find_config(cwd, options.get("--config"))
    if config is None:
        scenario.reason = "Vale finds no configuration here (the scenario checks the error)"
        return outcome
    stdin = None
    if "--stdin" in options:
        stdin = (cwd / options["--stdin"]).read_text(encoding="utf-8")
        paths = ["-", "--stdin-filename", "stdin" + options["--ext"]]
        if not is_prose(paths[-1]):
            scenario.reason = (
                f"reads {options['--ext']} from stdin, a format newslint does not read"
            )
            return outcome
    else:
        unread = [p for p in paths if not (cwd / p).is_dir() and not is_prose(p)]
        paths = [p for p in paths if p not in unread]
        if not paths:
            scenario.reason = f"lints {', '.join(unread)}: a format newslint does not read"
            return outcome
    outcome.expected = Counter(k for k in scenario.expected or [] if is_prose(k.split(":")[0]))
    args = ["check", *paths, "--no-builtin", "--grammar", "off", "--jobs", "1", "--format", "json"]
    args += ["--vale-config", str(config)]
    if "--minAlertLevel" in options:
        args += ["--vale-min-alert-level", options["--minAlertLevel"]]
    result = _run_in(cwd, args, stdin)
    if result[0] not in (0, 1):
        outcome.error = result[1].strip().splitlines()[-1] if result[1].strip() else "exit 2"
        return outcome
    outcome.found = Counter(_finding_key(f, cwd) for f in json.loads(result[1] or "[]"))
    return outcome


def _run_in(cwd: Path, args: list[str], stdin: str | None) -> tuple[int, str]:
    here = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, args, input=stdin, catch_exceptions=False)
    finally:
        os.chdir(here)
    return result.exit_code, result.stdout if result.exit_code in (0, 1) else result.output


def _find_config(cwd: Path, given: str | None) -> Path | None:
    if given:
        path = cwd / given
        return path if path.is_file() else None
    for folder in (cwd, *cwd.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
    return None


def _finding_key(finding: dict[str, object], cwd: Path) -> str:
    path = str(finding["path"])
    if path not in ("-",) and os.path.isabs(path):
        path = os.path.relpath(path, cwd)
    path = path.removeprefix("./")
    return f"{path}:{finding['line']}:{finding['column']}:{finding['rule']}"


@dataclass
class Figures:
    expected: int = 0
    matched: int = 0
    found: int = 0

    def add(self, outcome: Outcome) -> None:
        self.expected += sum(outcome.expected.values())
        self.matched += outcome.matched
        self.found += sum(outcome.found.values())

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def extra(self) -> int:
        return self.found - self.matched

    @property
    def extra_share(self) -> float:
        return self.extra / self.found if self.found else 0.0

    def line(self, label: str) -> str:
        return (
            f"{label:<12} {self.matched:>4}/{self.expected:<4} reproduced (recall {self.recall:.2f})"
            f"   {self.extra:>3} extra of {self.found:<4} ({self.extra_share:.0%})"
        )


def summarise(outcomes: list[Outcome]) -> tuple[Figures, dict[str, Figures]]:
    total, by_feature = Figures(), {}
    for outcome in outcomes:
        total.add(outcome)
        by_feature.setdefault(outcome.scenario.feature, Figures()).add(outcome)
    return total, by_feature


def report(outcomes: list[Outcome], skipped: list[Scenario], show: bool) -> Figures:
    total, by_feature = summarise(outcomes)
    print(f"Vale's cucumber suite, {len(outcomes)} scenarios replayed, {len(skipped)} cannot apply")
    for feature, figures in sorted(by_feature.items()):
        print("  " + figures.line(feature))
    print("  " + total.line("all"))
    if show:
        for outcome in outcomes:
            if outcome.missing or outcome.extra or outcome.error:
                print(f"\n{outcome.scenario.title}")
                print(f"  error: {outcome.error}" if outcome.error else "", end="")
                for key in outcome.missing:
                    print(f"  missing {key}")
                for key in outcome.extra:
                    print(f"  extra   {key}")
        print("\nScenarios that cannot apply:")
        for scenario in skipped:
            print(f"  {scenario.title}: {scenario.reason}")
    return total


def meets_targets(total: Figures) -> bool:
    return total.recall >= RECALL_TARGET and total.extra_share <= EXTRA_TARGET


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", action="store_true", help="list differing and skipped scenarios")
    parser.add_argument("--check", action="store_true", help="exit 1 if the targets are missed")
    arguments = parser.parse_args()
    if not (arguments.data / "features").is_dir():
        print(f"skipped: Vale's test data not found at {arguments.data}")
        return 0
    total = report(*replay(arguments.data), show=arguments.show)
    if arguments.check and not meets_targets(total):
        print(f"targets missed: recall >= {RECALL_TARGET:.2f}, extra <= {EXTRA_TARGET:.0%}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
