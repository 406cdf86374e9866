"""Reports every consumer can read: valid XML, reviewdog's byte columns, SARIF URIs, odd names."""

from __future__ import annotations

import io
import json
import os
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import Document
from newslint.finding import FileResult, Finding, Fix
from newslint.report import FORMATS, write_results

from .conftest import examples, newslint_command

ARTICLE = "Sir. Blinken said the the talks went well.\n"
UNDECODABLE = os.fsdecode(b"caf\xe9 story.txt")  # a Latin-1 file name on a UTF-8 system


def run_bytes(*args: str | bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The CLI with raw bytes out, in a UTF-8 locale where Python's stdout is strict."""
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    env.pop("PYTHONIOENCODING", None)
    return subprocess.run(
        [*newslint_command(), *args], cwd=cwd, capture_output=True, env=env, timeout=120
    )


def report(fmt: str, result: FileResult, **options: object) -> str:
    out = io.StringIO()
    write_results([result], out, fmt, **options)
    return out.getvalue()


def test_junit_with_control_characters_is_well_formed_xml() -> None:
    doc = Document("Sir. Blinken\x0b said\x1b[0m it.\n")
    finding = Finding("mt.x", "error", "“\x0b\x1b[0m\x00” is odd", 4, 13)
    xml = report("junit", FileResult("news\x01.txt", doc, [finding]))
    root = ElementTree.fromstring(xml)
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == "“\\x0b\\x1b[0m\\x00” is odd"
    assert root.get("tests") == "1" and root.get("failures") == "1"
    assert root.find("testsuite/testcase").get("classname") == "news\\x01.txt"  # type: ignore[union-attr]


@pytest.mark.parametrize("fmt", ["text", "concise", "github"])
def test_terminal_controls_quoted_from_the_text_are_shown_not_obeyed(fmt: str) -> None:
    """review59: a message quoting the document (a tag left in scraped copy) wrote its escape
    sequences raw to the terminal: a page could clear the screen, move the cursor over earlier
    findings, retitle the window or (OSC 52) set the clipboard."""
    tag = "<b title='\x1b]52;c;cm0gLXJm\x07\x1b[2J\u202e'>"
    doc = Document(f"The council met {tag} today.\n")
    finding = Finding("encoding.markup-tag", "warning", f"“{tag}” is a tag", 16, 16 + len(tag))
    fix = Fix.replace(16, 16 + len(tag), "\x1b[1A")
    shown = report(fmt, FileResult("new\x1b[Ks.txt", doc, [finding.replaced(fix=fix)]))
    assert not regex.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", shown), repr(shown)
    assert "\\x1b]52;c;cm0gLXJm\\x07\\x1b[2J\\u202e" in shown and "new\\x1b[Ks.txt" in shown


def test_rdjson_columns_are_utf8_byte_counts() -> None:
    # reviewdog's Position: "Column number, starting at 1 (byte count in UTF-8)".
    text = "中文 𝒳 Sir. Blinken said.\n"
    start = text.index("Sir.")
    doc = Document(text)
    finding = Finding("mt.x", "error", "m", start, start + 4, Fix.replace(start, start + 4, "Mr."))
    diagnostic = json.loads(report("rdjson", FileResult("a.txt", doc, [finding])))["diagnostics"][0]
    byte_column = len(text[:start].encode("utf-8")) + 1  # 中文 6 bytes, 𝒳 4, two spaces
    assert byte_column == 13
    assert diagnostic["location"]["range"] == {
        "start": {"line": 1, "column": byte_column},
        "end": {"line": 1, "column": byte_column + 4},
    }
    assert diagnostic["suggestions"][0]["range"]["start"]["column"] == byte_column


def test_sarif_uris_are_percent_encoded_and_relative_to_srcroot(tmp_path: Path) -> None:
    from sarif_pydantic import Sarif

    inside = tmp_path / "news room" / "été #1.txt"
    outside = tmp_path.parent / "elsewhere.txt"
    doc = Document(ARTICLE)
    finding = Finding("mt.x", "error", "m", 0, 4, Fix.replace(0, 4, "Mr."))
    out = io.StringIO()
    results = [FileResult(str(p), doc, [finding]) for p in (inside, outside)]
    write_results(results, out, "sarif", root=tmp_path)
    log = json.loads(out.getvalue())
    Sarif.model_validate(log)
    run = log["runs"][0]
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == tmp_path.as_uri() + "/"  # absolute, ends with a slash (SARIF 3.14.14)
    first, second = (
        r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]
    )
    assert first == {"uri": "news%20room/%C3%A9t%C3%A9%20%231.txt", "uriBaseId": "%SRCROOT%"}
    assert second == {"uri": outside.as_uri()}  # outside the root: absolute, no base
    change = run["results"][0]["fixes"][0]["artifactChanges"][0]["artifactLocation"]
    assert change == first


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_undecodable_file_name_is_escaped_in_every_format(tmp_path: Path, fmt: str) -> None:
    (tmp_path / UNDECODABLE).write_text(ARTICLE, encoding="utf-8")
    result = run_bytes("check", "--grammar", "off", "--format", fmt, UNDECODABLE, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert b"Traceback" not in result.stderr
    shown = result.stdout.decode("utf-8")  # valid UTF-8, whatever the name's bytes
    escaped = "caf\\xe9 story.txt"  # the undecodable byte written as an escape
    if fmt in ("json", "json-lines"):
        first = json.loads(shown)[0] if fmt == "json" else json.loads(shown.splitlines()[0])
        assert first["path"] == escaped
    elif fmt == "rdjson":
        assert json.loads(shown)["diagnostics"][0]["location"]["path"] == escaped
    elif fmt == "sarif":
        location = json.loads(shown)["runs"][0]["results"][0]["locations"][0]
        assert location["physicalLocation"]["artifactLocation"]["uri"] == "caf%E9%20story.txt"
    elif fmt == "junit":
        case = ElementTree.fromstring(shown).find("testsuite/testcase")
        assert case is not None and case.get("classname") == escaped
    else:
        assert escaped in shown


def test_report_to_an_output_file_with_an_undecodable_name(tmp_path: Path) -> None:
    source = tmp_path / os.fsdecode(b"r\xe9sum\xe9.txt")
    source.write_text(ARTICLE, encoding="utf-8")
    target = os.fsdecode(b"out\xff.json")
    result = run_bytes(
        "check", "--grammar", "off", "--format", "json", "-o", target, source.name, cwd=tmp_path
    )
    assert result.returncode == 1 and result.stderr == b"", result.stderr
    written = json.loads((tmp_path / target).read_text(encoding="utf-8"))
    assert written[0]["path"] == "r\\xe9sum\\xe9.txt"


def test_text_report_keeps_emoji_sequences_whole_and_aligns_carets_by_display_width() -> None:
    family = "👨\u200d👩\u200d👧"
    text = f"{family} 中文新闻 ❤️ Sir. Blinken said.\n"
    start = text.index("Sir.")
    shown = report(
        "text",
        FileResult("a.txt", Document(text), [Finding("mt.x", "error", "m", start, start + 4)]),
    )
    source_line, caret_line = shown.splitlines()[1:3]
    assert family in source_line and "\N{REPLACEMENT CHARACTER}" not in source_line
    # Display cells before "Sir.": family 2, space 1, four CJK 8, space 1, heart 2, space 1 = 15.
    assert caret_line == "   | " + " " * 15 + "^^^^"
    assert source_line.startswith(" 1 | ")


def test_text_report_window_never_cuts_a_grapheme_cluster() -> None:
    family = "👨\u200d👩\u200d👧"
    text = family * 40 + " Sir. Blinken said." + family * 40 + "\n"
    start = text.index("Sir.")
    shown = report(
        "text",
        FileResult("a.txt", Document(text), [Finding("mt.x", "error", "m", start, start + 4)]),
    )
    source_line = shown.splitlines()[1].removeprefix(" 1 | ").strip("…")
    assert source_line.startswith("👨") and source_line.endswith("👧")
    assert source_line.count("\u200d") == 2 * source_line.count("👨")


def test_text_report_still_shows_a_stray_invisible_character() -> None:
    text = "talks\u200bwent well\n"
    finding = Finding("encoding.invisible-character", "error", "m", 5, 6)
    source_line, caret_line = report(
        "text", FileResult("a.txt", Document(text), [finding])
    ).splitlines()[1:3]
    assert source_line == " 1 | talks\N{REPLACEMENT CHARACTER}went well"
    assert caret_line == "   |      ^"


def test_text_report_shows_a_window_of_a_long_plain_line() -> None:
    text = "word " * 200 + "Sir. Blinken said." + " word" * 200 + "\n"
    start = text.index("Sir.")
    source_line, caret_line = report(
        "text",
        FileResult("a.txt", Document(text), [Finding("mt.x", "error", "m", start, start + 4)]),
    ).splitlines()[1:3]
    assert source_line == " 1 | …" + text[start - 50 : start + 50] + "…"
    assert caret_line == "   | " + " " * 51 + "^^^^"


class ReadCounting(str):
    """Text that remembers the longest piece a reporter cut out of it."""

    longest = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        piece = str.__getitem__(self, key)
        ReadCounting.longest = max(ReadCounting.longest, len(piece))
        return piece


@pytest.mark.parametrize("filler", ["word ", "wörd ", "👍 "])
def test_excerpts_read_a_window_of_a_long_line_never_the_whole_line(filler: str) -> None:
    """Rendering cost follows the findings, not findings x line length (one 5 MB line)."""
    text = filler * 100_000
    doc = Document(text)
    doc.original = ReadCounting(text)
    findings = [Finding("mt.x", "error", "m", n, n + 4) for n in range(0, len(text), 50_000)]
    ReadCounting.longest = 0
    shown = report("text", FileResult("a.txt", doc, findings))
    assert shown.count("\n 1 | …") == len(findings) - 1
    assert 0 < ReadCounting.longest < 500


def test_equal_messages_and_replacements_are_stored_once() -> None:
    """Memory follows the distinct texts: 800k findings of one artifact hold one message."""
    first, second = (
        Finding("mt.x", "error", "".join(["“Sir.” is not ", "a title"]), n, n + 4,
                Fix.replace(n, n + 4, "".join(["M", "r."])), ("".join(["M", "r."]),))
        for n in (0, 10)
    )  # fmt: skip
    assert first.message is second.message
    assert first.fix and second.fix
    assert first.fix.edits[0].replacement is second.fix.edits[0].replacement
    assert first.suggestions[0] is second.suggestions[0]


@pytest.mark.parametrize("fmt", ["json", "sarif", "rdjson", "text"])
def test_reports_stream_instead_of_building_one_big_string(fmt: str) -> None:
    """A finding is written before the next file is even linted."""
    out = io.StringIO()
    seen_before_second: list[str] = []

    def results():  # type: ignore[no-untyped-def]
        doc = Document(ARTICLE)
        yield FileResult("first.txt", doc, [Finding("mt.x", "error", "m", 0, 4)])
        seen_before_second.append(out.getvalue())
        yield FileResult("second.txt", doc, [Finding("mt.x", "error", "m", 0, 4)])

    write_results(results(), out, fmt)
    assert "first.txt" in seen_before_second[0]


def _one_cell_members() -> list[str]:
    from newslint.report.text import _ONE_CELL

    members = regex.findall(r"\\x(..)-\\x(..)|\\u(....)-\\u(....)", _ONE_CELL.pattern)
    chars: list[str] = []
    for pair in members:
        low, high = (int(part, 16) for part in pair if part)
        chars.extend(map(chr, range(low, high + 1)))
    return chars


def test_one_cell_characters_are_clusters_of_their_own_shown_as_they_are() -> None:
    """The excerpt's fast path is exact only for characters that never join a neighbour in a
    grapheme cluster, take one terminal cell and print as themselves."""
    from newslint.report.text import _shown, _width

    members = _one_cell_members()
    assert len(members) > 700 and "“" in members and "é" in members and "\u00ad" not in members
    for char in members:
        assert regex.fullmatch(r"\p{Grapheme_Cluster_Break=Other}", char), hex(ord(char))
        assert _width(char) == 1 and _shown(char) == char, hex(ord(char))


@settings(max_examples=examples(300), deadline=None)
@given(
    line=st.text(
        alphabet=st.sampled_from("ab “”’—é€ \u0301\u200b👍中\t"), min_size=1, max_size=400
    ),
    where=st.integers(min_value=0, max_value=399),
    length=st.integers(min_value=1, max_value=8),
)
def test_excerpt_fast_path_equals_the_cluster_walk(line: str, where: int, length: int) -> None:
    from newslint.report import text as text_report

    doc = Document(line + "\nnext\n")
    start = min(where, len(line) - 1)
    finding = Finding("mt.x", "error", "m", start, start + length)
    fast = text_report.render_finding("a.txt", doc, finding, False)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_report, "_one_cell_each", lambda text: False)
        walked = text_report.render_finding("a.txt", doc, finding, False)
    assert fast == walked
