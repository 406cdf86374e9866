"""The language server driven end to end by a real LSP client (pytest-lsp), as an editor would."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Union

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp", reason="pip install 'newslint[test]' for pytest-lsp")
from lsprotocol import types  # noqa: E402
from pygls.protocol import default_converter  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features  # noqa: E402

from .conftest import run_newslint  # noqa: E402

SERVER = [sys.executable, "-m", "newslint", "server"]
# Two astral characters (an emoji, a mathematical letter) before the finding: 13 code points,
# 15 UTF-16 code units.
ARTICLE = (
    "Talks in Geneva\n"
    "\n"
    "On Monday 😀𝒜 Sir. Blinken said the talks would go on.\n"
    "\n"
    "Officials said the Russiahad agreed.\n"
)


def _converter() -> Any:
    """pygls's converter, except that a code action carrying a command stays a code action
    (lsprotocol reads any object with a `command` key as a bare Command; editors look at
    whether `command` is a string)."""
    converter = default_converter()

    def action_or_command(data: Any, _: type) -> types.Command | types.CodeAction:
        kind = types.Command if isinstance(data.get("command"), str) else types.CodeAction
        return converter.structure(data, kind)

    # typing.Union, not `|`: the hook is looked up by the exact type lsprotocol registered.
    converter.register_structure_hook(Union[types.Command, types.CodeAction], action_or_command)  # noqa: UP007
    return converter


def _editor_client() -> LanguageClient:
    """pytest-lsp's client, recording every publication in order and accepting dynamic
    registrations (as editors do)."""
    client = LanguageClient(converter_factory=_converter)
    client.published = []  # type: ignore[attr-defined]
    client.registrations = []  # type: ignore[attr-defined]

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)  # type: ignore[attr-defined]

    def register(client: LanguageClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)  # type: ignore[attr-defined]

    features = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
        types.CLIENT_REGISTER_CAPABILITY: register,
    }
    register_lsp_features(client, features)
    return client


# One server for the module (it starts in seconds on a busy machine); each test works in its own
# directory, and a test that changes server-wide settings puts them back.
@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=SERVER, client_factory=_editor_client), scope="module"
)
async def client(lsp_client: LanguageClient, tmp_path_factory: pytest.TempPathFactory):
    params = types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"),
        root_uri=tmp_path_factory.mktemp("workspace").as_uri(),
        initialization_options={"grammar": False, "debounce": 20},
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


async def _published(client: LanguageClient, send: Callable[[], None], uri: str) -> types.PublishDiagnosticsParams:  # fmt: skip
    """Send a notification and wait for the diagnostics the server then publishes for `uri`."""
    seen = len(client.published)  # type: ignore[attr-defined]
    send()
    for _ in range(600):
        fresh = [p for p in client.published[seen:] if p.uri == uri]  # type: ignore[attr-defined]
        if fresh:
            return fresh[0]
        await asyncio.sleep(0.05)
    raise AssertionError(f"no diagnostics published for {uri}")


async def _open(client: LanguageClient, path: Path, text: str, language: str = "markdown") -> types.PublishDiagnosticsParams:  # fmt: skip
    path.write_text(text, encoding="utf-8")
    item = types.TextDocumentItem(path.as_uri(), language, 1, text)
    return await _published(
        client,
        lambda: client.text_document_did_open(types.DidOpenTextDocumentParams(item)),
        item.uri,
    )


async def _replace_text(client: LanguageClient, uri: str, version: int, text: str) -> types.PublishDiagnosticsParams:  # fmt: skip
    change = types.TextDocumentContentChangeWholeDocument(text=text)
    params = types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(version, uri), [change]
    )
    return await _published(client, lambda: client.text_document_did_change(params), uri)


def _apply(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 positions, LF lines) the way an editor does."""
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        line = lines[position.line] if position.line < len(lines) else ""
        head = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
        return sum(len(x) + 1 for x in lines[: position.line]) + len(head)

    ordered = sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character))
    for edit in reversed(ordered):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


async def _actions(client: LanguageClient, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:  # fmt: skip
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri),
        range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic]),
    )
    result = await client.text_document_code_action_async(params)
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


def _edits(action: types.CodeAction, uri: str, version: int = 1) -> list[types.TextEdit]:
    """The action's edits to `uri`: VS Code takes versioned `documentChanges`, so each names
    the version of the text it was made for."""
    assert action.edit and action.edit.document_changes and not action.edit.changes
    (change,) = action.edit.document_changes
    assert isinstance(change, types.TextDocumentEdit)
    assert (change.text_document.uri, change.text_document.version) == (uri, version)
    return [e for e in change.edits if isinstance(e, types.TextEdit)]


def _by_rule(diagnostics: Sequence[types.Diagnostic], rule: str) -> types.Diagnostic:
    return next(d for d in diagnostics if d.code == rule)


@pytest.mark.asyncio(loop_scope="module")
async def test_diagnostics_on_open_count_utf16_code_units(client: LanguageClient, tmp_path: Path):
    published = await _open(client, tmp_path / "story.md", ARTICLE)
    honorific = _by_rule(published.diagnostics, "mt.mistranslated-honorific")
    assert honorific.range == types.Range(types.Position(2, 15), types.Position(2, 19))
    assert honorific.severity == types.DiagnosticSeverity.Error
    assert honorific.source == "newslint"
    assert published.version == 1
    page = honorific.code_description.href if honorific.code_description else ""
    assert page.startswith("file://")
    assert "mt.mistranslated-honorific" in Path(page.removeprefix("file://")).read_text("utf-8")


@pytest.mark.asyncio(loop_scope="module")
async def test_a_name_spelled_two_ways_is_one_diagnostic_pointing_at_the_other(client: LanguageClient, tmp_path: Path):  # fmt: skip
    text = "# Talks\n\nThe speaker of Khortytsia spoke.\n\nLater the Khortytsa group left.\n"
    path = tmp_path / "names.md"
    published = await _open(client, path, text)
    found = _by_rule(published.diagnostics, "consistency.name-spelling")
    assert found.range.start == types.Position(4, 10)
    assert found.related_information is not None  # VS Code shows related information
    (related,) = found.related_information
    assert related.location.uri == path.as_uri()
    assert related.location.range.start == types.Position(2, 15)
    assert related.message == "also spelled “Khortytsia” here"


@pytest.mark.asyncio(loop_scope="module")
async def test_preferred_quick_fix_applies_and_clears_the_diagnostic(client: LanguageClient, tmp_path: Path):  # fmt: skip
    path = tmp_path / "story.md"
    published = await _open(client, path, ARTICLE)
    honorific = _by_rule(published.diagnostics, "mt.mistranslated-honorific")
    actions = await _actions(client, path.as_uri(), honorific)
    preferred = [a for a in actions if a.is_preferred]
    assert [a.title for a in preferred] == ["Fix: “Mr.”"]
    fixed = _apply(ARTICLE, _edits(preferred[0], path.as_uri()))
    assert "On Monday 😀𝒜 Mr. Blinken said" in fixed
    after = await _replace_text(client, path.as_uri(), 2, fixed)
    assert after.version == 2
    assert not [d for d in after.diagnostics if d.code == "mt.mistranslated-honorific"]
    assert [d.code for d in after.diagnostics] == ["mt.glued-words"]


@pytest.mark.asyncio(loop_scope="module")
async def test_fix_all_safe_problems_matches_check_fix(client: LanguageClient, tmp_path: Path):
    path = tmp_path / "story.md"
    published = await _open(client, path, ARTICLE)
    actions = await _actions(client, path.as_uri(), published.diagnostics[0])
    fix_all = next(a for a in actions if a.title == "Fix all safe problems in this file")
    fixed = _apply(ARTICLE, _edits(fix_all, path.as_uri()))
    assert fixed == ARTICLE.replace("Sir.", "Mr.").replace("Russiahad", "Russia had")
    # What an editor asks on save ("source.fixAll") gets the same edit, under its own kind.
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(path.as_uri()),
        range=types.Range(types.Position(0, 0), types.Position(0, 0)),
        context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
    )
    on_save = await client.text_document_code_action_async(params)
    assert [(a.kind, a.edit) for a in on_save or [] if isinstance(a, types.CodeAction)] == [
        ("source.fixAll.newslint", fix_all.edit)
    ]
    after = await _replace_text(client, path.as_uri(), 2, fixed)
    assert list(after.diagnostics) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_an_edit_after_a_character_python_reads_as_a_line_end_lands_in_place(client: LanguageClient, tmp_path: Path):  # fmt: skip
    """review59: pygls cut the server's copy into lines with str.splitlines, so a form feed or a
    U+2028 ended a line there and not in the editor: an incremental change after one landed on
    the wrong line, and the quick fixes that followed damaged the document."""
    text = "Page one\u2028page two\x0cpage three.\nOn Monday Sir. Blinken spoke.\n"
    path = tmp_path / "story.txt"
    await _open(client, path, text, "plaintext")
    uri = path.as_uri()
    change = types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(1, 3), types.Position(1, 9)), text="Tuesday"
    )
    identifier = types.VersionedTextDocumentIdentifier(2, uri)
    edited = await _published(
        client,
        lambda: client.text_document_did_change(types.DidChangeTextDocumentParams(identifier, [change])),
        uri,
    )  # fmt: skip
    text = text.replace("Monday", "Tuesday")  # the editor's text now
    honorific = _by_rule(edited.diagnostics, "mt.mistranslated-honorific")
    assert honorific.range == types.Range(types.Position(1, 11), types.Position(1, 15))
    actions = await _actions(client, uri, honorific)
    preferred = next(a for a in actions if a.is_preferred)
    fixed = _apply(text, _edits(preferred, uri, version=2))
    assert fixed == text.replace("Sir.", "Mr.")


@pytest.mark.asyncio(loop_scope="module")
async def test_a_byte_order_mark_the_client_kept_is_neither_reported_nor_deleted(client: LanguageClient, tmp_path: Path):  # fmt: skip
    """review59: a client that keeps a file's BOM in its text had it reported as an invisible
    character and deleted by fix-all, where `check --fix` keeps a file's BOM; and the first
    line's columns are the editor's, the BOM counted."""
    path = tmp_path / "story.txt"
    text = "\ufeffSir. Blinken met the Russiahad team.\nSecond line.\n"
    published = await _open(client, path, text, "plaintext")
    assert [d.code for d in published.diagnostics] == [
        "mt.mistranslated-honorific",
        "mt.glued-words",
    ]
    honorific = _by_rule(published.diagnostics, "mt.mistranslated-honorific")
    assert honorific.range == types.Range(types.Position(0, 1), types.Position(0, 5))
    actions = await _actions(client, path.as_uri(), honorific)
    fix_all = next(a for a in actions if a.title == "Fix all safe problems in this file")
    fixed = _apply(text, _edits(fix_all, path.as_uri()))
    assert fixed == text.replace("Sir.", "Mr.").replace("Russiahad", "Russia had")
    on_disk = tmp_path / "disk.txt"
    on_disk.write_bytes(text.encode("utf-8"))
    assert run_newslint("check", "--fix", str(on_disk)).returncode == 0
    assert on_disk.read_bytes().decode("utf-8") == fixed
    ignore = next(a for a in actions if a.title.startswith("Ignore mt.mistranslated-honorific"))
    suppressed = _apply(text, _edits(ignore, path.as_uri()))
    assert suppressed.startswith(
        "\ufeffnewslint-disable-next-line mt.mistranslated-honorific\nSir."
    )


@pytest.mark.asyncio(loop_scope="module")
async def test_an_edit_made_for_an_older_version_names_it(client: LanguageClient, tmp_path: Path):  # fmt: skip
    """review59: the edits came as bare `changes`, which a client applies to whatever text it
    holds by then; versioned, an edit made before the user typed on is refused by the client."""
    path = tmp_path / "story.txt"
    await _open(client, path, "Sir. Blinken spoke.\n", "plaintext")
    after = await _replace_text(client, path.as_uri(), 7, "Today Sir. Blinken spoke.\n")
    honorific = _by_rule(after.diagnostics, "mt.mistranslated-honorific")
    preferred = next(a for a in await _actions(client, path.as_uri(), honorific) if a.is_preferred)
    assert _apply("Today Sir. Blinken spoke.\n", _edits(preferred, path.as_uri(), version=7)) == (
        "Today Mr. Blinken spoke.\n"
    )


@pytest.mark.asyncio(loop_scope="module")
async def test_ignore_on_this_line_inserts_a_working_suppression(client: LanguageClient, tmp_path: Path):  # fmt: skip
    path = tmp_path / "story.md"
    published = await _open(client, path, ARTICLE)
    glued = _by_rule(published.diagnostics, "mt.glued-words")
    actions = await _actions(client, path.as_uri(), glued)
    ignore = next(a for a in actions if a.title == "Ignore mt.glued-words on this line")
    suppressed = _apply(ARTICLE, _edits(ignore, path.as_uri()))
    assert "<!-- newslint-disable-next-line mt.glued-words -->\nOfficials said" in suppressed
    after = await _replace_text(client, path.as_uri(), 2, suppressed)
    assert [d.code for d in after.diagnostics] == ["mt.mistranslated-honorific"]


@pytest.mark.asyncio(loop_scope="module")
async def test_add_word_to_vocabulary_writes_settings_and_relints(client: LanguageClient, tmp_path: Path):  # fmt: skip
    path = tmp_path / "story.md"
    # "Kyiv said it agreed": a name glued to "said" is split only where a verb cannot follow.
    article = ARTICLE.replace("the Russiahad agreed", "Kyivsaid it agreed")
    published = await _open(client, path, article)
    glued = _by_rule(published.diagnostics, "mt.glued-words")
    actions = await _actions(client, path.as_uri(), glued)
    titles = [a.title for a in actions]
    assert "Add “Kyivsaid” to the vocabulary" in titles, titles
    add = actions[titles.index("Add “Kyivsaid” to the vocabulary")]
    assert add.command
    command = types.ExecuteCommandParams(add.command.command, add.command.arguments)
    after = await _published(
        client, lambda: client.workspace_execute_command(command), path.as_uri()
    )
    assert (tmp_path / ".newslint.yaml").read_text("utf-8") == "vocabulary:\n  - Kyivsaid\n"
    assert [d.code for d in after.diagnostics] == ["mt.mistranslated-honorific"]


@pytest.mark.asyncio(loop_scope="module")
async def test_settings_file_changes_are_picked_up(client: LanguageClient, tmp_path: Path):
    path = tmp_path / "story.md"
    await _open(client, path, ARTICLE)
    watched = [
        r for r in client.registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    ]  # type: ignore[attr-defined]
    assert len(watched) == 1
    settings = tmp_path / ".newslint.yaml"
    settings.write_text("ignore: [mt.glued-words]\n", encoding="utf-8")
    change = types.FileEvent(settings.as_uri(), types.FileChangeType.Created)
    notice = types.DidChangeWatchedFilesParams([change])
    after = await _published(
        client, lambda: client.workspace_did_change_watched_files(notice), path.as_uri()
    )
    assert [d.code for d in after.diagnostics] == ["mt.mistranslated-honorific"]
    # A client that watches no files: the settings file is re-read because it changed on disk.
    settings.write_text("ignore: [mt]\n", encoding="utf-8")
    edited = await _replace_text(
        client, path.as_uri(), 2, ARTICLE + "\nThe talks resume on Tuesday.\n"
    )
    assert list(edited.diagnostics) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_changes_are_debounced_to_the_last_version(client: LanguageClient, tmp_path: Path):
    path = tmp_path / "story.md"
    await _open(client, path, ARTICLE)
    uri = path.as_uri()

    def type_five_keys() -> None:
        for version in range(2, 7):
            change = types.TextDocumentContentChangeWholeDocument(text=ARTICLE + "x" * version)
            identifier = types.VersionedTextDocumentIdentifier(version, uri)
            client.text_document_did_change(types.DidChangeTextDocumentParams(identifier, [change]))

    # A debounce long enough that a loaded machine cannot fall between two keystrokes.
    _configure(
        client, {"debounce": 3000}
    )  # handled before the keystrokes: notifications keep order
    try:
        published = await _published(client, type_five_keys, uri)
    finally:
        _configure(client, {"debounce": 250})
    assert published.version == 6


def _configure(client: LanguageClient, values: dict[str, object]) -> None:
    """Change editor settings that need no re-lint (the server publishes nothing for them)."""
    params = types.DidChangeConfigurationParams(settings={"newslint": values})
    client.workspace_did_change_configuration(params)


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.slow
async def test_workspace_configuration_turns_grammar_on(client: LanguageClient, tmp_path: Path):
    path = tmp_path / "note.txt"
    text = "The minister said she ate a apple before the talks began.\n"
    published = await _open(client, path, text, language="plaintext")
    assert not [d for d in published.diagnostics if str(d.code).startswith("grammar.")]
    settings = types.DidChangeConfigurationParams(settings={"newslint": {"grammar": "harper"}})
    after = await _published(
        client, lambda: client.workspace_did_change_configuration(settings), path.as_uri()
    )
    assert [d.code for d in after.diagnostics if str(d.code).startswith("grammar.")]
    settings = types.DidChangeConfigurationParams(settings={"newslint": {"grammar": False}})
    off = await _published(
        client, lambda: client.workspace_did_change_configuration(settings), path.as_uri()
    )
    assert not [d for d in off.diagnostics if str(d.code).startswith("grammar.")]


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.slow
async def test_documents_in_other_languages_are_left_alone(client: LanguageClient, tmp_path: Path):
    other = tmp_path / "tool.py"
    item = types.TextDocumentItem(other.as_uri(), "python", 1, "print('Sir. Blinken')\n")
    client.text_document_did_open(types.DidOpenTextDocumentParams(item))
    published = await _open(client, tmp_path / "story.md", ARTICLE)  # the next publication
    assert published.uri == (tmp_path / "story.md").as_uri()
    assert other.as_uri() not in client.diagnostics


@pytest.mark.asyncio(loop_scope="module")
async def test_the_fixes_asked_for_a_diagnostic_are_its_own_not_its_neighbour_s(client: LanguageClient, tmp_path: Path):  # fmt: skip
    """An editor asks for the actions of a diagnostic's range: a finding that ends where it
    begins (a zero-width space before "Sir.") came first, its delete marked preferred too."""
    text = "On Monday \u200bSir. Blinken spoke.\n"
    path = tmp_path / "story.txt"
    published = await _open(client, path, text, "plaintext")
    honorific = _by_rule(published.diagnostics, "mt.mistranslated-honorific")
    actions = await _actions(client, path.as_uri(), honorific)
    preferred = [a for a in actions if a.is_preferred]
    assert [a.title for a in preferred] == ["Fix: “Mr.”"]
    assert _apply(text, _edits(preferred[0], path.as_uri())) == text.replace("Sir.", "Mr.")
    # A cursor between the two still offers both.
    at = types.Range(honorific.range.start, honorific.range.start)
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(path.as_uri()),
        range=at,
        context=types.CodeActionContext(diagnostics=list(published.diagnostics)),
    )
    titles = [a.title for a in await client.text_document_code_action_async(params) or []]
    assert "Fix: delete" in titles and "Fix: “Mr.”" in titles
