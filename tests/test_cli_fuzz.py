"""The CLI fed random bytes, file names and settings ends with exit 0, 1 or 2 and never a traceback.

In-process (the same `main()` the console script runs) so that many examples fit in a test run:
a modest number by default, hundreds with NEWSLINT_FUZZ=1. An exception that escapes `main()`
fails the test with its traceback; the last-resort "internal error" line counts as a failure too.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.cli import main

from .conftest import examples

FORMATS = ("text", "concise", "json", "json-lines", "sarif", "github", "rdjson", "junit")
ENCODINGS = ("utf-8", "utf-16", "utf-16-be", "latin-1", "cp1252", "utf-8-sig", "ascii", "idna",
             "punycode", "unicode_escape", "raw_unicode_escape", "rot13", "base64", "bogus")  # fmt: skip
SETTING_KEYS = ("select", "ignore", "severity", "packs", "exclude", "per_file_ignores",
                "vocabulary", "house_style", "grammar", "fail_on", "extend", "profile",
                "oxford_comma", "honorific", "dialect", "quotes", "us", "staff")  # fmt: skip
PROSE = ("Sir. Blinken said the the talks went well. . ", "Russiahad ", "donâ€™t ", "\u200b",
         "| a | b |\n", "<p>x</p>", "`code` ", "\u202e", "👨\u200d👩\u200d👧 ", "中文 ", "\r\n",
         "\u2028", "\x0c", "\\u003cscript\\u003e ", "Mr. Mr ", "U.S. US ", "\n\n", "&amp; ")  # fmt: skip

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=12),
    st.sampled_from(["mt", "grammar", "off", "harper", "Mr.", "U.S.", "curly", "error", "*.md"]),
)  # fmt: skip
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.sampled_from(SETTING_KEYS), st.text(max_size=6)), inner, max_size=3),
    ),
    max_leaves=8,
)  # fmt: skip
settings_files = st.one_of(
    st.dictionaries(st.sampled_from(SETTING_KEYS), values, max_size=4).map(
        lambda d: yaml.safe_dump(d, allow_unicode=True).encode("utf-8")
    ),
    st.binary(max_size=60),
)
name_bytes = st.one_of(
    st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=["Cs"]), min_size=1, max_size=12).map(
        lambda s: s.encode("utf-8")
    ),
    st.binary(min_size=1, max_size=12),
).filter(lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b".."))  # fmt: skip
suffixes = st.sampled_from([b".txt", b".md", b".html", b".htm", b".markdown", b""])
contents = st.one_of(
    st.binary(max_size=300),
    st.lists(st.sampled_from(PROSE), max_size=12).map(lambda parts: "".join(parts).encode("utf-8")),
    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")),
)
option_words = st.text(st.sampled_from("abcmtgrx.,-_*"), max_size=10)


@st.composite
def invocations(draw: Any) -> tuple[list[tuple[bytes, bytes]], bytes | None, list[str], bytes]:
    files = draw(st.lists(st.tuples(name_bytes, suffixes, contents), min_size=1, max_size=3))
    written = [(name + suffix, content) for name, suffix, content in files]
    config = draw(st.one_of(st.none(), settings_files))
    names = [os.fsdecode(name) for name, _ in written]
    args = ["check", "--jobs", "1", "--grammar", draw(st.sampled_from(["off", "off", "harper"]))]
    args += ["--format", draw(st.sampled_from(FORMATS))]
    args += draw(st.sampled_from([[], [], ["--fix"], ["--diff"], ["--statistics"], ["--fix", "--unsafe-fixes"],
                                  ["--show-settings"], ["--exit-zero"], ["--report-unused-suppressions"]]))  # fmt: skip
    if draw(st.booleans()):
        args += ["--encoding", draw(st.sampled_from(ENCODINGS))]
    for flag in ("--select", "--ignore"):
        if draw(st.integers(0, 3)) == 0:
            args += [flag, draw(option_words)]
    if draw(st.integers(0, 3)) == 0:
        args += ["--fail-on", draw(st.sampled_from(["error", "warning", "info", "never"]))]
    if draw(st.integers(0, 3)) == 0:
        args += ["-o", os.fsdecode(draw(name_bytes)) + ".out"]
    targets = draw(st.sampled_from([names, ["."], ["-"], [*names, "missing.txt"]]))
    stdin = draw(contents)
    return written, config, [*args, *targets], stdin


def run_main(args: list[str], stdin: bytes) -> tuple[int, str]:
    """`main()` as the console script runs it: its exit code and what it wrote to stderr."""
    err = io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    fake_stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    saved = sys.argv, sys.stdin, sys.stdout
    on_term = signal.getsignal(signal.SIGTERM)  # main() installs its own; give pytest's back
    sys.argv, sys.stdin, sys.stdout = ["newslint", *args], fake_stdin, fake_stdout
    try:
        with contextlib.redirect_stderr(err):
            main()
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 2)
    else:
        code = 0
    finally:
        sys.argv, sys.stdin, sys.stdout = saved
        signal.signal(signal.SIGTERM, on_term)
    return code, err.getvalue()


@pytest.mark.filterwarnings("ignore::ResourceWarning")
@settings(max_examples=examples(30), deadline=None)
@given(invocations())
@pytest.mark.slow
def test_random_files_names_and_settings_never_crash(invocation: Any) -> None:
    files, config, args, stdin = invocation
    before = Path.cwd()
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        try:
            for name, content in files:
                Path(os.fsdecode(name)).write_bytes(content)
            if config is not None:
                Path(".newslint.yaml").write_bytes(config)
            code, stderr = run_main(args, stdin)
        finally:
            os.chdir(before)
    assert code in (0, 1, 2), (code, args, stderr)
    assert "Traceback" not in stderr and "internal error" not in stderr, (args, stderr)
