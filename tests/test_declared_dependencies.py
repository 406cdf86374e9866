"""A plain install has what the default rules need: `pip install newslint` brings only the
packages `[project.dependencies]` declares (and theirs), so a default rule whose backend lives in
an extra would be skipped with a warning on every run of a new user's first command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .conftest import ROOT

# Runs in a child interpreter: every top-level module that belongs to an installed distribution
# outside the allowed set cannot be imported or found.
BLOCKER = r"""
import importlib.abc, importlib.metadata, json, sys
allowed = set(json.loads(sys.argv[1]))
owners = importlib.metadata.packages_distributions()
blocked = {
    module for module, dists in owners.items()
    if not {d.lower().replace("_", "-") for d in dists} & allowed
}

class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in blocked:
            raise ModuleNotFoundError(f"No module named {name!r} (not a declared dependency)")
        return None

sys.meta_path.insert(0, Blocker())
import importlib.util
_find_spec = importlib.util.find_spec
importlib.util.find_spec = lambda name, *rest: (
    None if name.partition(".")[0] in blocked else _find_spec(name, *rest)
)
sys.argv = ["newslint", *sys.argv[2:]]
from newslint.launch import main
main()
"""


def _declared() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    return [_name(requirement) for requirement in project["dependencies"]]


def _name(requirement: str) -> str:
    for stop in "<>=!~;[ ":
        requirement = requirement.split(stop, 1)[0]
    return requirement.strip().lower().replace("_", "-")


def _with_requirements(names: list[str]) -> set[str]:
    """The declared distributions and everything they require, as installed here."""
    from importlib.metadata import PackageNotFoundError, requires

    closure: set[str] = set()
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in closure:
            continue
        closure.add(name)
        try:
            needed = requires(name) or []
        except PackageNotFoundError:
            continue
        pending += [_name(r) for r in needed if "extra ==" not in r]
    return closure | {"newslint"}


# A related-story headline between paragraphs: its rule reads grammar with the tagger.
RELATED_HEADLINE = """The council met on Monday to discuss the budget, officials said in a statement.

Iran rejects offer by Greek shipowners

The talks will continue next week, a spokesman said, adding that no date was set.
"""


def _check(allowed: set[str], *paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKER, json.dumps(sorted(allowed)), "check", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_default_rules_run_on_the_declared_dependencies_alone(tmp_path: Path) -> None:
    related = tmp_path / "related.txt"
    related.write_text(RELATED_HEADLINE, encoding="utf-8")
    result = _check(_with_requirements(_declared()), ROOT / "seeds" / "article.txt", related)
    assert result.returncode == 1, result.stderr  # both have findings
    assert "skipped" not in result.stderr and "warning" not in result.stderr, result.stderr
    assert "mt.mistranslated-honorific" in result.stdout
    assert "scrape.story-headline" in result.stdout


def test_the_blocker_would_see_a_rule_skipped_for_want_of_its_backend(tmp_path: Path) -> None:
    """The same run with the tagger's distribution left out: the test above can fail."""
    related = tmp_path / "related.txt"
    related.write_text(RELATED_HEADLINE, encoding="utf-8")
    result = _check(_with_requirements(_declared()) - {"textblob-aptagger"}, related)
    assert "scrape.story-headline" in result.stderr and "skipped" in result.stderr, result.stderr


def test_an_html_file_checks_on_the_declared_dependencies_alone(tmp_path: Path) -> None:
    """An older pip (23, a fresh venv's) skips justext's `lxml[html_clean]` extra: lxml's
    metadata spells it `html-clean`, which that pip does not match. The closure above leaves
    extras out as that pip did; every .html file then crashed on `lxml.html.clean`."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><p>The council met on Monday to discuss the budget, officials said "
        "in a statement after the meeting.</p></body></html>\n",
        encoding="utf-8",
    )
    result = _check(_with_requirements(_declared()), page)
    assert result.returncode in (0, 1), result.stderr
    assert "internal error" not in result.stderr, result.stderr
