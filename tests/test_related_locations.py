"""A finding that points at other places too (SARIF relatedLocations, LSP relatedInformation,
rdjson related_locations): one problem, one finding, every place shown, none edited."""

from __future__ import annotations

import io
import json
import pickle
import xml.etree.ElementTree as ElementTree

import pytest

from newslint.document import Document
from newslint.finding import Edit, FileResult, Finding, Fix, Related, in_text_order, shifted
from newslint.finding_list import FindingList
from newslint.fix import apply_to_raw, chosen_fixes, resolve
from newslint.report import write_results

TEXT = "Sergei Tregubov spoke first.\nLater Tregubow left the hall.\n"
ODD = TEXT.index("Tregubow")
OTHER = TEXT.index("Tregubov")


def _finding(**changes: object) -> Finding:
    related = (Related(OTHER, OTHER + 8, "also spelled “Tregubov” here"),)
    found = Finding(
        "consistency.name-spelling",
        "warning",
        "“Tregubow” here, “Tregubov” elsewhere",
        ODD,
        ODD + 8,
        suggestions=("Tregubov",),
        related=related,
    )
    return found.replaced(**changes) if changes else found


def _report(fmt: str, finding: Finding | None = None) -> str:
    out = io.StringIO()
    doc = Document.from_raw(TEXT, "story.txt")
    write_results([FileResult("story.txt", doc, [finding or _finding()])], out, fmt)
    return out.getvalue()


def test_related_places_take_part_in_equality_and_hash_but_not_in_order() -> None:
    found, bare = _finding(), _finding(related=())
    assert found == _finding() and hash(found) == hash(_finding())
    assert found != bare
    assert len({found, bare}) == 2
    assert in_text_order(found) == in_text_order(bare) == found.sort_key()


def test_a_finding_without_related_places_is_built_as_before() -> None:
    found = Finding("r", "info", "m", 1, 2)
    assert found.related == ()
    assert found == Finding("r", "info", "m", 1, 2, None, (), ())


def test_related_places_survive_pickling_and_replacement() -> None:
    found = _finding()
    assert pickle.loads(pickle.dumps(found)) == found
    assert found.replaced(message="other").related == found.related


def test_related_places_move_with_their_finding() -> None:
    moved = shifted(_finding(), 100)
    assert (moved.start, moved.related[0].start) == (ODD + 100, OTHER + 100)
    assert moved.related[0].message == _finding().related[0].message


def test_a_compact_list_keeps_related_places_and_moves_them() -> None:
    found, plain = _finding(), Finding("r", "info", "m", 1, 2)
    listed = FindingList([found, plain])
    assert list(listed) == [found, plain]
    listed.append(found, offset=10)
    assert listed[2] == shifted(found, 10)
    assert listed.labels("rule") == ["consistency.name-spelling", "r", "consistency.name-spelling"]


def test_a_fix_never_touches_a_related_place() -> None:
    fix = Fix.replace(ODD, ODD + 8, "Tregubov", "unsafe")
    found = _finding(fix=fix)
    doc = Document.from_raw(TEXT)
    fixed = apply_to_raw(TEXT, doc, resolve(chosen_fixes([found], unsafe=True)))
    assert fixed == TEXT.replace("Tregubow", "Tregubov")
    assert fixed[OTHER : OTHER + 8] == "Tregubov"


def test_text_report_shows_each_related_place_on_an_indented_line() -> None:
    lines = _report("text").splitlines()
    assert lines[0].startswith("story.txt:2:7: warning consistency.name-spelling")
    assert "  1:8: also spelled “Tregubov” here" in lines
    assert lines.index("  1:8: also spelled “Tregubov” here") < lines.index(
        "   = suggestion: Tregubov"
    )


def test_concise_report_puts_related_places_under_their_finding() -> None:
    lines = _report("concise").splitlines()
    assert lines[0].startswith("story.txt:2:7: warning consistency.name-spelling")
    assert lines[1] == "  1:8: also spelled “Tregubov” here"
    assert lines[2].startswith("Found 1 problem")


def test_concise_report_of_a_finding_without_related_places_is_one_line() -> None:
    lines = _report("concise", _finding(related=())).splitlines()
    assert len(lines) == 2


@pytest.mark.parametrize("fmt", ["json", "json-lines"])
def test_json_records_list_related_places(fmt: str) -> None:
    text = _report(fmt)
    record = json.loads(text)[0] if fmt == "json" else json.loads(text.splitlines()[0])
    assert record["related"] == [
        {
            "line": 1,
            "column": 8,
            "end_line": 1,
            "end_column": 16,
            "message": "also spelled “Tregubov” here",
        }
    ]
    assert json.loads(_report("json", _finding(related=())))[0]["related"] == []


def test_sarif_result_has_related_locations_with_ids_and_messages() -> None:
    log = json.loads(_report("sarif"))
    result = log["runs"][0]["results"][0]
    (related,) = result["relatedLocations"]
    assert related["id"] == 0
    assert related["message"] == {"text": "also spelled “Tregubov” here"}
    region = related["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 8, 16)
    assert (
        related["physicalLocation"]["artifactLocation"]
        == result["locations"][0]["physicalLocation"]["artifactLocation"]
    )
    bare = json.loads(_report("sarif", _finding(related=())))["runs"][0]["results"][0]
    assert "relatedLocations" not in bare


def test_rdjson_diagnostic_has_related_locations() -> None:
    diagnostic = json.loads(_report("rdjson"))["diagnostics"][0]
    (related,) = diagnostic["related_locations"]
    assert related["message"] == "also spelled “Tregubov” here"
    assert related["location"]["path"] == "story.txt"
    assert related["location"]["range"] == {
        "start": {"line": 1, "column": 8},
        "end": {"line": 1, "column": 16},
    }


def test_github_annotation_mentions_related_places_in_its_message() -> None:
    line = _report("github").splitlines()[0]
    assert line.startswith("::warning file=story.txt,line=2,col=7")
    assert line.endswith("(also 1:8: also spelled “Tregubov” here)")


def test_junit_failure_mentions_related_places() -> None:
    root = ElementTree.fromstring(_report("junit"))
    failure = root.find("./testsuite/testcase/failure")
    assert failure is not None
    assert "(also 1:8: also spelled “Tregubov” here)" in failure.attrib["message"]


def test_html_report_lists_related_places_after_the_message() -> None:
    page = _report("html")
    assert '<span class="related">(also 1:8: also spelled “Tregubov” here)</span>' in page


def test_lsp_diagnostic_carries_related_information_with_the_document_uri() -> None:
    pytest.importorskip("pygls", reason="pip install 'newslint[lsp]'")
    from pygls.workspace.position_codec import PositionCodec

    from newslint.config import Settings
    from newslint.server.diagnostics import RuleDocs, diagnostics
    from newslint.server.linting import Linted
    from newslint.server.positions import Positions

    doc = Document.from_raw(TEXT, "story.txt")
    linted = Linted("story.txt", TEXT, doc, [_finding(), _finding(related=())], Settings())
    docs = RuleDocs(template="https://example.invalid/{rule}")
    found, bare = diagnostics(linted, Positions(doc, PositionCodec()), docs, "file:///story.txt")
    assert bare.related_information is None
    assert found.related_information is not None
    (related,) = found.related_information
    assert related.location.uri == "file:///story.txt"
    assert (related.location.range.start.line, related.location.range.start.character) == (0, 7)
    assert related.message == "also spelled “Tregubov” here"
    # A client that shows no related information reads the places in the message.
    (folded, _) = diagnostics(linted, Positions(doc, PositionCodec()), docs, None)
    assert folded.related_information is None
    assert "(also 1:8: also spelled “Tregubov” here)" in folded.message


def test_an_edit_and_a_related_place_are_different_things() -> None:
    assert Related(1, 2, "x") != Edit(1, 2, "x")


def test_a_related_place_in_prose_is_mapped_back_to_the_source() -> None:
    from newslint.markup.prose import OffsetMap

    source = "Sergei <b>Tregubov</b> spoke. Later Tregubow left."
    view = "Sergei Tregubov spoke. Later Tregubow left."
    offsets = OffsetMap([(7, 10), (18, 22)])
    at, other = view.index("Tregubow"), view.index("Tregubov")
    found = Finding(
        "r", "warning", "m", at, at + 8, related=(Related(other, other + 8, "also here"),)
    )
    mapped = offsets.finding(found, view)
    assert source[mapped.start : mapped.end] == "Tregubow"
    (related,) = mapped.related
    assert source[related.start : related.end] == "Tregubov"


def _places(found: Finding, text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.message) for r in found.related]


def test_a_name_spelled_two_ways_points_at_the_other_spelling() -> None:
    from tests.checks.helpers import make_check, run

    check = make_check("name-variants")
    text = "The speaker of Khortytsia spoke. Later the Khortytsa group left."
    (found,) = run(check, text)
    assert text[found.start : found.end] == "Khortytsa"
    assert _places(found, text) == [("Khortytsia", "also spelled “Khortytsia” here")]


def test_a_full_name_respelled_points_at_the_first_spelling_whole() -> None:
    from tests.checks.helpers import make_check, run

    text = (
        "Police officer Ole Friedrob Sverd spoke first. Later, “We believe he acted alone,”"
        " Ole Frederub Severut said."
    )
    (found,) = run(make_check("name-variants"), text)
    assert _places(found, text) == [
        ("Ole Friedrob Sverd", "also spelled “Ole Friedrob Sverd” here")
    ]


def test_related_places_of_a_name_are_whole_words_and_at_most_three() -> None:
    from tests.checks.helpers import make_check, run

    text = (
        "Erdoğan spoke. Erdoğan left; Erdoğanist slogans rang. Erdoğan returned. "
        "Erdoğan waved. Later Erdogan met the press."
    )
    (found,) = run(make_check("name-variants"), text)
    assert text[found.start : found.end] == "Erdogan"
    starts = [r.start for r in found.related]
    assert starts == [0, text.index("Erdoğan left"), text.index("Erdoğan returned")]


def test_a_second_title_points_at_the_title_the_page_gives_that_person() -> None:
    from tests.conftest import surface_linter

    text = (
        "Angela Merkel arrived on Monday. Ms Merkel met the press, and Ms Merkel said the "
        "talks went well. Later Mr Merkel left for Paris."
    )
    linted = surface_linter().lint(Document(text))
    (found,) = [f for f in linted if f.rule == "consistency.honorific-for-one-name"]
    ms = text.index("Ms Merkel")
    assert _places(found, text)[0] == ("Ms", "titled “Ms” here")
    assert found.related[0].start == ms


def test_a_style_written_two_ways_points_at_one_place_of_the_winning_form() -> None:
    from tests.checks.helpers import builtin_options, fixed, make_check, run

    check = make_check("consistency", **builtin_options("consistency.us-abbreviation"))
    text = "U.S. officials said. U.S. aid. Later US diplomats agreed. US troops stayed."
    findings = run(check, text)
    assert [_places(f, text) for f in findings] == [[("U.S.", "written “U.S.” here")]] * 2
    assert findings[0].related is findings[1].related  # one tuple shared by the page's findings
    assert fixed(check, text) == text.replace("US ", "U.S. ")


def test_an_editor_s_kept_finding_moves_each_related_place_by_where_it_stands() -> None:
    from newslint.document import Span
    from newslint.incremental import Edit as LineEdit
    from newslint.incremental import _reused

    edit = LineEdit(Span(20, 30), Span(20, 35))  # five characters typed in lines 20-30
    before = Finding("r", "info", "m", 5, 8, related=(Related(40, 44, "a"), Related(1, 3, "b")))
    after = Finding("r", "info", "m", 50, 54, related=(Related(5, 8, "c"), Related(22, 25, "d")))
    kept_before, kept_after = _reused([before, after], edit)
    assert [(r.start, r.message) for r in kept_before.related] == [(45, "a"), (1, "b")]
    assert (kept_after.start, [(r.start, r.message) for r in kept_after.related]) == (
        55,
        [(5, "c")],
    )


@pytest.mark.parametrize(
    ("rule", "text", "reported", "related"),
    [
        (
            "consistency.spelling-variety",
            "The flag's colour was chosen by a vote; its color was approved by a colour panel.",
            "color",
            [("colour", "spelled “colour” here"), ("colour", "spelled “colour” here")],
        ),
        (
            "consistency.compound-joining",
            "Readers wrote by email on Monday. Others sent e-mail, and email replies followed.",
            "e-mail",
            [("email", "written “email” here"), ("email", "written “email” here")],
        ),
        (
            "consistency.case-variety",
            "Officials said NATO ships would sail, and NATO jets flew on, but critics of Nato objected.",
            "Nato",
            [("NATO", "written “NATO” here"), ("NATO", "written “NATO” here")],
        ),
    ],
)
def test_a_word_written_two_ways_points_at_the_usual_form(
    rule: str, text: str, reported: str, related: list[tuple[str, str]]
) -> None:
    from tests.conftest import surface_linter

    found = [f for f in surface_linter().lint(Document(text)) if f.rule == rule]
    assert [text[f.start : f.end] for f in found] == [reported]
    assert _places(found[0], text) == related
