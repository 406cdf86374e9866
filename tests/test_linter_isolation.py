"""Each settings file gets its own linter: vocabulary and caches never leak between them (issue 13).

Three folders, three settings files, the same two articles in each: every order of the folders on
the command line, serial and in parallel, must give the same findings for every file.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import Vocabulary
from newslint.rules import Rule

from .conftest import run_newslint

ARTICLES = {
    "one.txt": "Officials said Russiahad agreed to the talks on Monday.\n",
    "two.txt": "The minister said Chinahad refused. Officials withthe delegation left.\n",
}
SETTINGS = {
    "accepts-russia": "grammar: off\nvocabulary: [Russiahad]\n",
    "accepts-china": "grammar: off\nvocabulary: [Chinahad, withthe]\n",
    "accepts-nothing": "grammar: off\n",
}


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("isolation")
    for folder, settings in SETTINGS.items():
        (root / folder).mkdir()
        (root / folder / ".newslint.yaml").write_text(settings, encoding="utf-8")
        for name, text in ARTICLES.items():
            (root / folder / name).write_text(text, encoding="utf-8")
    return root


def findings_per_file(root: Path, order: tuple[str, ...], jobs: str) -> list[str]:
    result = run_newslint("check", "--format", "concise", "--jobs", jobs, *order, cwd=root)
    assert result.returncode in (0, 1), result.stderr
    return sorted(line for line in result.stdout.splitlines() if line.startswith(tuple(SETTINGS)))


def test_the_order_of_folders_does_not_change_the_findings(folders: Path) -> None:
    expected = findings_per_file(folders, tuple(SETTINGS), "1")
    # What each settings file accepts is silent there and reported elsewhere.
    assert not any(line.startswith("accepts-russia/one.txt") for line in expected)
    assert any("accepts-nothing/one.txt" in line and "Russiahad" in line for line in expected)
    assert any("accepts-russia/two.txt" in line and "Chinahad" in line for line in expected)
    assert not any(line.startswith("accepts-china/two.txt") for line in expected)
    assert findings_per_file(folders, tuple(reversed(SETTINGS)), "1") == expected


@pytest.mark.slow
def test_every_permutation_serial_and_parallel(folders: Path) -> None:
    expected = findings_per_file(folders, tuple(SETTINGS), "1")
    for order in itertools.permutations(SETTINGS):
        for jobs in ("1", "2"):
            assert findings_per_file(folders, order, jobs) == expected, (order, jobs)


def test_a_linter_vocabulary_belongs_to_that_linter(builtin_rules: list[Rule]) -> None:
    text = "Officials said Russiahad agreed to the talks on Monday."
    accepting = Linter(builtin_rules, ignore=["grammar"], vocabulary=Vocabulary.of(["Russiahad"]))
    plain = Linter(builtin_rules, ignore=["grammar"])
    for _ in range(2):  # in either order, any number of times
        assert not [f for f in accepting.lint(Document(text)) if f.rule == "mt.glued-words"]
        assert [f for f in plain.lint(Document(text)) if f.rule == "mt.glued-words"]
