"""The Tengo subset Vale's `script` rules run: language, modules, byte offsets, and limits."""

from __future__ import annotations

import pytest

from newslint.vale.tengo import TengoError, compile_script, run, run_script
from newslint.vale.tengo.values import Char, ErrorValue


def globals_after(source: str, **variables: object) -> dict[str, object]:
    return run(compile_script(source), dict(variables))


def test_statements_scopes_and_control_flow() -> None:
    names = globals_after("""
        total := 0
        for i := 0; i < 10; i++ {
            if i % 2 == 0 { continue } else if i > 7 { break }
            total += i      // 1 + 3 + 5 + 7
        }
        n := 0
        for n < 3 { n++ }
        for { n -= 1; if n == 0 { break } }
        seen := []
        pairs := {b: 2}
        for k, v in pairs { seen = append(seen, k + ":" + string(v)) }
        for i, c in "hé!" { seen = append(seen, string(i)) }   /* byte offsets */
        shadow := 1
        if shadow := 2; shadow > 1 { seen = append(seen, shadow) }
    """)
    assert names["total"] == 16 and names["n"] == 0
    assert names["seen"] == ["b:2", "0", "1", "3", 2] and names["shadow"] == 1


def test_values_operators_and_closures() -> None:
    names = globals_after("""
        adder := func(base) { return func(x, ...more) { return base + x + len(more) } }
        add5 := adder(5)
        m := {a: [1, 2], "b": undefined}
        m.c = m.a[1] * 10
        m["a"][0] = -7 / 2
        picked := m.c > 10 ? "big" : "small"
        chars := 'a' + 1
        missing := [1, 2][5]
        mixed := 1 == 1.0
        joined := "n=" + 3 + " " + 1.5
        err := error("bad")
        frozen := immutable([1, 2])
        count := len("é") + len([1, 2, 3]) + len({x: 1})
        clamped := [1, 2, 3][1:10]
    """)
    assert names["add5"] is not None and names["picked"] == "big"
    assert names["m"] == {"a": [-3, 2], "b": None, "c": 20}
    assert names["chars"] == Char("b") and names["missing"] is None and names["mixed"] is False
    assert names["joined"] == "n=3 1.5" and names["err"] == ErrorValue("bad")
    assert names["frozen"] == (1, 2) and names["count"] == 6 and names["clamped"] == [2, 3]
    assert globals_after("r := func() { return 9 }() + bump", bump=1)["r"] == 10


def test_text_module_counts_offsets_in_bytes_and_uses_go_templates() -> None:
    names = globals_after("""
        text := import("text")
        fmt := import("fmt")
        doc := "你好 world, world"
        at := text.index(doc, "world")
        found := text.re_find(`w(or)ld`, doc, -1)
        swapped := text.re_replace(`([A-Z]\\w+)([A-Z]\\w+)`, "FooBar", "$1-$2")
        odd := text.re_replace(`(o)`, "foo", "$1x")
        parts := text.split("a\\nb\\n", "\\n")
        line := fmt.sprintf("%s has %d bytes, %.1f%%", "doc", len(doc), 12.25)
        clipped := text.substr(doc, 7, 12)
        padded := text.pad_left("7", 3, "0")
    """)
    assert names["at"] == 7  # two 3-byte characters and a space
    first = names["found"][0]  # type: ignore[index]
    assert [(g["text"], g["begin"], g["end"]) for g in first] == [("world", 7, 12), ("or", 8, 10)]
    assert names["swapped"] == "Foo-Bar" and names["odd"] == "f"  # `$1x` is the group "1x"
    assert names["parts"] == ["a", "b", ""] and names["line"] == "doc has 19 bytes, 12.2%"
    assert names["clipped"] == "world" and names["padded"] == "007"


def test_matches_are_read_as_vale_reads_them() -> None:
    program = compile_script("""
        text := import("text")
        matches := []
        for m in text.re_find(`\\bTODO\\b`, scope, -1) {
            matches = append(matches, {begin: m[0].begin, end: m[0].end, message: "left: " + m[0].text})
        }
    """)
    found = run_script(program, "Ünïcode TODO and TODO")
    assert [(m.begin, m.end, m.message) for m in found] == [
        (10, 14, "left: TODO"),
        (19, 23, "left: TODO"),
    ]


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("x := 1\nx := 2", "redeclared"),
        ("y = 1", "unresolved reference 'y'"),
        ("for {}", "step budget"),
        ("f := 0\nf = func(n) { return f(n) }\nf(1)", "nests too deeply"),
        ('os := import("os")', "module 'os' is not available"),
        ("x := 1 / 0", "division by zero"),
        ('x := "a" - 1', "invalid operation"),
        ("x := {a: 1", "expected"),
        ('x := [1, 2]["a"]', "invalid index type"),
        ("x := (1).__class__", "invalid index type string for int"),
        ("x := [1, 2][2:1]", "invalid slice"),
        ("x := 5[1:2]", "cannot slice int"),
    ],
)
def test_bad_scripts_fail_with_a_tengo_error(source: str, problem: str) -> None:
    with pytest.raises(TengoError, match=problem):
        globals_after(source)


def test_no_python_object_is_reachable() -> None:
    names = globals_after('t := import("text")\nx := t.__dict__')
    assert names["x"] is None  # a module is a map of functions, nothing more
    with pytest.raises(TengoError, match="invalid index type"):
        globals_after('t := import("text")\ny := t.split.__globals__')
