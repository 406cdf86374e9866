"""The language server's pieces without a client: positions, edits, settings files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

pytest.importorskip("pygls", reason="pip install 'newslint[lsp]'")
from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from newslint.config import Settings, load_settings
from newslint.document import Document
from newslint.finding import Finding
from newslint.server.actions import minimal_edits, suppression_edit
from newslint.server.linting import Linted, WorkspaceLinter
from newslint.server.positions import Positions
from newslint.server.settings import EditorSettings
from newslint.server.vocabulary import add_word

UTF16 = PositionCodec(types.PositionEncodingKind.Utf16)


@pytest.mark.parametrize(
    ("prefix", "units"),
    [("", 0), ("abc ", 4), ("é ", 2), ("😀 ", 3), ("𝒜😀 ", 5), ("\u200b", 1), ("👩\u200d💻 ", 6)],
)
def test_positions_count_utf16_code_units_and_map_back(prefix: str, units: int):
    doc = Document(f"First line\n{prefix}Sir. Blinken\n")
    start = doc.text.index("Sir.")
    positions = Positions(doc, UTF16)
    assert positions.position(start) == types.Position(1, units)
    assert positions.position(start + 4) == types.Position(1, units + 4)
    assert positions.offset(types.Position(1, units)) == start


def test_positions_use_the_original_text_where_markup_is_masked():
    """An emoji inside an HTML tag is blanked for the checks but still two UTF-16 units."""
    doc = Document.from_raw('<p title="😀">Sir. Blinken</p>\n', "a.html", "html")
    start = doc.text.index("Sir.")
    assert Positions(doc, UTF16).position(start) == types.Position(0, start + 1)


def _linted(text: str, markup: str, word: str) -> tuple[Linted, Finding]:
    doc = Document.from_raw(
        text, f"story.{ {'plain': 'txt', 'markdown': 'md', 'html': 'html'}[markup] }", markup
    )
    start = doc.text.index(word)
    finding = Finding("mt.glued-words", "error", "glued", start, start + len(word))
    return Linted(doc.path, text, doc, [finding], Settings()), finding


@pytest.mark.parametrize(
    ("markup", "text", "expected"),
    [
        ("plain", "Head\n\n  The Russiahad agreed.\n", "Head\n\n  newslint-disable-next-line mt.glued-words\n  The Russiahad agreed.\n"),
        ("markdown", "# Head\n\nThe Russiahad agreed.\n", "# Head\n\n<!-- newslint-disable-next-line mt.glued-words -->\nThe Russiahad agreed.\n"),
        # Inside a paragraph the comment joins the line before, so the paragraph stays whole.
        ("markdown", "One line\nThe Russiahad agreed.\n", "One line <!-- newslint-disable-next-line mt.glued-words -->\nThe Russiahad agreed.\n"),
        ("html", "<p>\n  The Russiahad agreed.</p>\n", "<p>\n  <!-- newslint-disable-next-line mt.glued-words -->\n  The Russiahad agreed.</p>\n"),
    ],
)  # fmt: skip
def test_suppression_edit_uses_the_markup_syntax_and_suppresses(markup: str, text: str, expected: str, tmp_path: Path):  # fmt: skip
    linted, finding = _linted(text, markup, "Russiahad")
    edit = suppression_edit(linted, finding)
    assert edit is not None
    suppressed = text[: edit.start] + edit.replacement + text[edit.end :]
    assert suppressed == expected
    path = tmp_path / Path(linted.path).name
    before = WorkspaceLinter("off").lint(str(path), text)
    after = WorkspaceLinter("off").lint(str(path), suppressed)
    assert "mt.glued-words" in {f.rule for f in before.findings}
    assert "mt.glued-words" not in {f.rule for f in after.findings}


@pytest.mark.parametrize(
    ("before", "after", "count"),
    [
        ("a\r\nSir. B\r\n", "a\r\nMr. B\r\n", 1),
        ("x 😀 Sir.\n", "x 😀 Mr.\n", 1),
        ("same", "same", 0),
        ("a\r\n", "a\r\nb\r\n", 1),
        ("Sir. A\n" + "keep\n" * 50 + "The the end", "Mr. A\n" + "keep\n" * 50 + "The end", 2),
    ],
)
def test_minimal_edits_turn_before_into_after(before: str, after: str, count: int):
    edits = minimal_edits(before, after, UTF16)
    assert len(edits) == count
    lines = before.replace("\r\n", "\n").split("\n")

    def offset(position: types.Position) -> int:
        head = lines[position.line].encode("utf-16-le")[: position.character * 2]
        return sum(len(x) + 1 for x in lines[: position.line]) + len(head.decode("utf-16-le"))

    rebuilt = before.replace("\r\n", "\n")
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):  # fmt: skip
        start, end = offset(edit.range.start), offset(edit.range.end)
        rebuilt = rebuilt[:start] + edit.new_text.replace("\r\n", "\n") + rebuilt[end:]
    assert rebuilt == after.replace("\r\n", "\n")
    assert all(len(e.new_text) < 10 for e in edits)  # only what changed, not the lines between


@pytest.mark.parametrize(
    ("settings_text", "expected"),
    [
        ("# house rules\nvocabulary:\n  - Kyiv\n  # people\n  - Zelenskyy\nfail_on: error\n", ["Kyiv", "Zelenskyy", "NEWWORD"]),
        ("vocabulary: [Kyiv]  # short\n", ["NEWWORD", "Kyiv"]),
        ("vocabulary: []\n", ["NEWWORD"]),
        # A block list written at the key's own indentation: the new item goes at that
        # indentation too, not two spaces in, where it continued the last item ('Odesa - NEWWORD').
        ("vocabulary:\n- Kyiv\n# ports\n- Odesa\nfail_on: error\n", ["Kyiv", "Odesa", "NEWWORD"]),
        ("fail_on: error", ["NEWWORD"]),
    ],
)  # fmt: skip
def test_add_word_keeps_the_settings_file_valid_and_commented(settings_text: str, expected: list[str], tmp_path: Path):  # fmt: skip
    path = tmp_path / ".newslint.yaml"
    path.write_text(settings_text, encoding="utf-8")
    WorkspaceLinter().reload()  # settings files are cached per process
    add_word("NEWWORD", load_settings(path), tmp_path)
    written = path.read_text("utf-8")
    assert yaml.safe_load(written)["vocabulary"] == expected
    assert all(line.split("#")[1] in written for line in settings_text.splitlines() if "#" in line)
    WorkspaceLinter().reload()  # settings files are cached per process
    assert load_settings(path).vocabulary == expected


def test_add_word_to_a_vocabulary_file_and_to_pyproject(tmp_path: Path):
    (tmp_path / ".newslint.yaml").write_text("vocabulary: terms.txt\n", encoding="utf-8")
    (tmp_path / "terms.txt").write_text("Kyiv", encoding="utf-8")
    WorkspaceLinter().reload()  # settings files are cached per process
    add_word("Donbas", load_settings(tmp_path / ".newslint.yaml"), tmp_path)
    assert (tmp_path / "terms.txt").read_text("utf-8") == "Kyiv\nDonbas\n"
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[project]\nname = "x"\n\n[tool.newslint]\nfail_on = "error"\n', encoding="utf-8"
    )
    add_word("Kherson", load_settings(pyproject), tmp_path)
    WorkspaceLinter().reload()  # settings files are cached per process
    assert load_settings(pyproject).vocabulary == ["Kherson"]


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"])
def test_add_word_keeps_the_files_line_end(end: str, tmp_path: Path):
    # trust65b: a CR-only vocabulary file or settings file got an LF-ended line appended.
    settings = tmp_path / ".newslint.yaml"
    settings.write_bytes(f"fail_on: error{end}vocabulary:{end}  - Kyiv{end}".encode())
    WorkspaceLinter().reload()  # settings files are cached per process
    add_word("Donbas", load_settings(settings), tmp_path)
    assert settings.read_bytes() == f"fail_on: error{end}vocabulary:{end}  - Kyiv{end}  - Donbas{end}".encode()  # fmt: skip
    settings.write_bytes(f"vocabulary: terms.txt{end}".encode())
    (tmp_path / "terms.txt").write_bytes(f"Kyiv{end}Odesa".encode())
    WorkspaceLinter().reload()
    add_word("Kherson", load_settings(settings), tmp_path)
    assert (tmp_path / "terms.txt").read_bytes() == f"Kyiv{end}Odesa{end}Kherson{end}".encode()
    WorkspaceLinter().reload()
    assert load_settings(settings).vocabulary == ["Kyiv", "Odesa", "Kherson"]


def test_add_word_without_settings_creates_them(tmp_path: Path):
    add_word("no", Settings(), tmp_path)  # a YAML boolean unless quoted
    assert load_settings(tmp_path / ".newslint.yaml").vocabulary == ["no"]


def test_editor_settings_accept_known_keys_and_refuse_bad_values():
    settings = EditorSettings().updated({"grammar": False, "debounce": 100, "other": 1})
    assert (settings.grammar, settings.debounce) == ("off", 0.1)
    assert EditorSettings().updated({"grammar": "harper"}).grammar == "harper"
    assert EditorSettings().updated({"grammar": True}).grammar is None
    with pytest.raises(ValueError, match="grammar"):
        EditorSettings().updated({"grammar": "word"})
    with pytest.raises(ValueError, match="debounce"):
        EditorSettings().updated({"debounce": "fast"})
    with pytest.raises(ValueError, match="docsUrl"):
        EditorSettings().updated({"docsUrl": "https://example.org/rules"})


def test_check_never_imports_the_language_server_stack(tmp_path: Path):
    import subprocess
    import sys

    story = tmp_path / "story.txt"
    story.write_text("Sir. Okafor said the Portugalhad agreed.\n", encoding="utf-8")
    script = (
        "import sys\nfrom newslint.cli import main\n"
        f"sys.argv = ['newslint', 'check', '--grammar', 'off', {str(story)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('loaded:', sorted(m for m in ('pygls', 'lsprotocol') if m in sys.modules))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert "mt.mistranslated-honorific" in run.stdout
    assert run.stdout.strip().endswith("loaded: []")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
def test_code_units_are_what_pygls_counts(encoding: str) -> None:
    from newslint.server.positions import code_units

    codec = PositionCodec(encoding)
    pieces = [
        "",
        "plain",
        "“quoted”",
        "café",
        "中文",
        "👍",
        "🇫🇷",
        "a\U00010000b",
        "\ud800",
        "\uffff",
    ]
    for first in pieces:
        for second in pieces:
            text = first + " " + second
            assert code_units(codec, text) == codec.client_num_units(text), (encoding, text)


def test_the_server_freezes_its_long_lived_objects_once_not_per_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A freeze pins everything alive at that moment; freezing again on each opened file would
    pin closed documents' state for good."""
    from newslint.server import linting

    freezes: list[int] = []
    monkeypatch.setattr(linting.gc, "freeze", lambda: freezes.append(1))
    server = WorkspaceLinter("off")
    server.lint(str(tmp_path / "a.txt"), "The minister said the talks would continue.\n")
    assert freezes == [1]
    server.lint(str(tmp_path / "a.txt"), "The minister said the talks will continue.\n")
    server.forget(str(tmp_path / "a.txt"))
    server.lint(str(tmp_path / "b.txt"), "Officials said the count ended late.\n")
    assert freezes == [1]
    # Linters built later (a settings reload) are not frozen either: b.txt's state is alive.
    server.reload()
    server.lint(str(tmp_path / "c.txt"), "The vote was held on Monday.\n")
    assert freezes == [1]


def test_a_line_of_furniture_is_offered_deleted_not_replaced_by_an_instruction() -> None:
    """Suggestions are replacement text: furniture rules suggested "delete the line", which an
    editor offered as "Replace with “delete the line”", writing the words into the document."""
    from newslint.server.actions import ActionBuilder

    from .conftest import surface_linter

    text = (
        "Harbour works begin\n\nThe council approved the new harbour wall on Monday after a long"
        " debate.\n\nWork will start in March and take two years to finish. Copyright 2024 The"
        " Harbour Times. All rights reserved.\n"
    )
    doc = Document(text)
    found = [f for f in surface_linter().lint(doc) if f.rule == "scrape.furniture-block"]
    assert [text[f.start : f.end] for f in found] == [
        "Copyright 2024 The Harbour Times. All rights reserved."
    ]
    linted = Linted(doc.path, text, doc, found, Settings())
    builder = ActionBuilder("file:///story.txt", linted, Positions(doc, PositionCodec()))
    actions = builder.fixes(found[0], [])
    assert [a.title for a in actions] == ["Replace with delete"]
    edit = actions[0].edit
    assert edit is not None and edit.changes is not None
    assert [e.new_text for e in edit.changes["file:///story.txt"]] == [""]


def test_a_packs_advice_is_in_its_message_never_a_replacement() -> None:
    """A pack's `suggest` is replacement text an editor writes into the document. Advice ("delete
    this sentence", "remove the Markdown marks") given there became a quick fix inserting the
    advice; it belongs in the message. Every bundled rule's examples are linted and no quick fix
    may write words the finding's text did not hold."""
    from newslint.server.actions import ActionBuilder

    from .conftest import surface_linter

    text = (
        "As an AI language model, I cannot browse the internet.\n\n### **Key points**\n\n"
        "During the visit, Mr. Sullivan Mr. Wang that the talks would go on.\n"
    )
    doc = Document(text)
    found = surface_linter().lint(doc)
    assert {"llm.assistant-phrase", "llm.markdown-syntax", "mt.missing-verb-between-names"} <= {
        f.rule for f in found
    }
    linted = Linted(doc.path, text, doc, found, Settings())
    builder = ActionBuilder("file:///story.txt", linted, Positions(doc, PositionCodec()))
    for finding in found:
        written = {
            e.new_text
            for action in builder.fixes(finding, [])
            if action.edit is not None
            for e in (action.edit.changes or {}).get("file:///story.txt", [])
        }
        new_words = {w for t in written for w in t.split()} - set(
            text[finding.start : finding.end].split()
        )
        assert not new_words & {"delete", "remove", "insert", "write", "rewrite"}, (
            finding.rule,
            written,
        )
