"""benchmarks/mypyc_speed.py compiles every check module with the shared modules it names: a
check left out would be an interpreted subclass of the compiled `Check` (TypeError at run time),
and a renamed shared module would stop the build."""

from __future__ import annotations

from pathlib import Path

from tests.benchmark_pages import load_benchmark

bench = load_benchmark("mypyc_speed")
PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newslint"


def test_every_check_module_is_compiled_but_those_mypyc_refuses() -> None:
    chosen = set(bench.compiled_modules())
    for path in (PACKAGE / "checks").glob("*.py"):
        name = f"checks/{path.stem}"
        assert (f"src/newslint/{name}.py" in chosen) != (name in bench.NOT_COMPILED), name


def test_the_shared_modules_named_exist() -> None:
    for name in (*bench.SHARED, *bench.NOT_COMPILED):
        assert (PACKAGE / f"{name}.py").is_file(), name
    assert not set(bench.SHARED) & set(bench.NOT_COMPILED)
