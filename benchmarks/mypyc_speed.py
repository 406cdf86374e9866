"""Would compiling the hot modules with mypyc close issue 15's speed gap? Build, check, time.

    python benchmarks/mypyc_speed.py [--runs 3] [--rows article 1mb] [--reuse]

Copies src/newslint and rules/ to benchmarks/_inputs/mypyc-build/, compiles every module under
checks/ and the shared modules where the 1 MB rows spend their time (SHARED) with mypyc, in
place, as one group, and prints the build's time. Then, for each row, the compiled and the pure
tree run the same `check` from the same interpreter (PYTHONPATH picks the tree): their JSON must
be byte-identical, and alternating pairs give the CPU ratio pure / compiled (above 1: compiled is
faster). Needs mypy (mypyc ships with it), setuptools and a C compiler; installs nothing.

A measurement, not a build to ship: mypyc's native classes keep no `__dict__`, so a compiled
check copied or pickled loses its state (`attribute 'tagger' of 'OcrNoiseCheck' undefined`,
`__init__() missing required argument`): `scan` and a multi-file `check` stop with an internal
error, and no scan row is timed. What mypyc refuses or miscompiles is in NOT_COMPILED.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from _corpus import DEFAULT_CORPUS, ROOT, require_corpus
from _speed_inputs import INPUTS, SEED, make_inputs
from speed import ENV, median, paired

BUILD = INPUTS / "mypyc-build"
PACKAGE = ROOT / "src" / "newslint"
# Shared modules where the clean 1 MB row spent >= 0.3 % of its samples (py-spy, stop 48), on
# top of every module under checks/: a check class compiled by mypyc cannot be subclassed by an
# interpreted one, so the checks are compiled together with their base class or not at all.
SHARED = (
    "cache_dir", "cased_lexicon", "damage_marks", "doubled_runs", "engine", "furniture_credits",
    "furniture_fields", "furniture_glued", "furniture_in_story", "furniture_learned_tail",
    "furniture_listing", "furniture_model", "furniture_page", "furniture_scores",
    "furniture_shaped", "furniture_signals", "furniture_story", "glossed_terms", "kinds",
    "line_pairs", "name_contexts", "name_forms", "name_joins", "ocr_certain", "ocr_context",
    "page_layout", "quotation_paragraphs",
    "rule_parts", "safe_yaml", "signals", "tokens", "utf8_text", "vale/tagger", "vale/tagger_model",
)  # fmt: skip
# Left interpreted, and why (mypy 2.4).
NOT_COMPILED = {
    # "Inheriting from most builtin types is unimplemented" (Heads is a frozenset).
    "checks/glue_names": "subclasses frozenset",
    # Not hot, and mypyc refuses or breaks them: kept out of the group.
    "document": "cached_property and __dict__ (Document): the C does not compile",
    "lexicon": "writes self.__dict__ (Vocabulary): AttributeError at import",
    "textblocks": "cached_property (not tried: checks/sentence_break compiles with one)",
    # Compiled, they change behaviour (so they stay out of SHARED):
    "gate": "TypeError on re2.Set.Match's list ('bool or None object expected')",
    "wordtable": "cls.of(*build(), width=width) passes the tuple as `width` (TypeError)",
}


def compiled_modules() -> list[str]:
    checks = sorted(f"checks/{path.stem}" for path in (PACKAGE / "checks").glob("*.py"))
    chosen = [name for name in (*checks, *SHARED) if name not in NOT_COMPILED]
    return [f"src/newslint/{name}.py" for name in chosen]


SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(name="newslint-mypyc-bench", script_args=["build_ext", "--inplace"], package_dir={"": "src"},
      ext_modules=mypycify(sys.argv[1:], opt_level="3", multi_file=True))
"""


def build(target: Path) -> None:
    """A fresh copy of the package and rules, compiled in place; its time printed."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(PACKAGE, target / "src" / "newslint", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copytree(ROOT / "rules", target / "rules")
    # mypy's settings (its ignored imports) without the [project] table, which an old
    # setuptools would read and refuse.
    (target / "mypy.ini").write_text(_mypy_ini(), encoding="utf-8")
    (target / "setup_mypyc.py").write_text(SETUP, encoding="utf-8")
    began = time.perf_counter()
    before = os.times()
    subprocess.run(
        [sys.executable, "setup_mypyc.py", *compiled_modules()],
        cwd=target,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    after = os.times()
    cpu = (
        after.children_user + after.children_system - before.children_user - before.children_system
    )
    print(
        f"build: {len(compiled_modules())} modules, {time.perf_counter() - began:.0f} s wall, "
        f"{cpu:.0f} s CPU, load {_load()}"
    )


def _mypy_ini() -> str:
    import tomllib

    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    lines = ["[mypy]"]
    for override in settings.get("overrides", []):
        modules = ",".join(override["module"])
        lines += [f"[mypy-{modules}]", "ignore_missing_imports = True"]
    return "\n".join(lines) + "\n"


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def rows(corpus: Path, chosen: list[str]) -> dict[str, list[str]]:
    """Each row's newslint arguments: `check` of one file, findings as JSON on standard output.
    No scan row: the compiled checks lose their state when copied or pickled (see the module's
    docstring), so `scan` and a multi-file `check` stop with an internal error."""
    inputs = make_inputs(corpus, 1000)
    check = ["check", "--exit-zero", "--grammar", "off", "--format", "json"]
    found: dict[str, list[str]] = {}
    if "article" in chosen:
        found["one article (6.7 KB)"] = [*check, str(SEED)]
    if "1mb" in chosen:
        for name in ("seed x150", "clean 1 MB", "articles once"):
            if name in inputs:
                found[name] = [*check, str(inputs[name])]
    return found


def command(tree: Path, arguments: list[str]) -> list[str]:
    return ["env", f"PYTHONPATH={tree}", sys.executable, "-m", "newslint", *arguments]


def output(tree: Path, arguments: list[str]) -> bytes:
    return subprocess.run(command(tree, arguments), env=ENV, capture_output=True, check=True).stdout


def compare(name: str, arguments: list[str], compiled: Path, runs: int) -> None:
    pure = ROOT / "src"
    same = output(compiled, arguments) == output(pure, arguments)
    load = _load()
    fast, slow = paired(command(compiled, arguments), command(pure, arguments), runs)
    ratios = sorted(s.cpu / f.cpu for f, s in zip(fast, slow, strict=True))
    print(
        f"{name:<24} pure {median(slow):6.2f} s  compiled {median(fast):6.2f} s  "
        f"ratio {ratios[len(ratios) // 2]:4.2f} ({ratios[0]:.2f}-{ratios[-1]:.2f})  "
        f"output {'identical' if same else 'DIFFERS'}  load {load} -> {_load()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="alternating pairs per row")
    parser.add_argument("--rows", nargs="*", default=["article", "1mb"], choices=["article", "1mb"])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--reuse", action="store_true", help="time the last build again")
    args = parser.parse_args()
    require_corpus(args.corpus, "clean", "dev", "real")
    try:
        import mypyc  # noqa: F401
        import setuptools  # noqa: F401
    except ImportError as missing:
        sys.exit(f"mypyc_speed: needs mypy and setuptools ({missing})")
    if not (args.reuse and BUILD.exists()):
        build(BUILD)
    for name, arguments in rows(args.corpus, args.rows).items():
        compare(name, arguments, BUILD / "src", args.runs)


if __name__ == "__main__":
    main()
