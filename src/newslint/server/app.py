"""The language server: documents in, diagnostics and code actions out.

All state (open documents' last lints, pending debounced lints, the workspace linter and the
worker thread that runs it: `scheduling.LintQueue`) lives on the server object; nothing is kept
at module level.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from newslint import __version__
from newslint.errors import NewslintError
from newslint.incremental import LintCancelled
from newslint.runner import TEXT_SUFFIXES, UNFIXABLE_SUFFIXES
from newslint.server.actions import ADD_WORD_COMMAND, FIX_ALL_KIND, ActionBuilder
from newslint.server.diagnostics import RuleDocs, diagnostics
from newslint.server.documents import use_lsp_lines
from newslint.server.linting import Linted, WorkspaceLinter
from newslint.server.positions import Positions
from newslint.server.scheduling import LintQueue
from newslint.server.settings import EditorSettings

# Editors' language ids for what newslint reads, and the suffix that selects the markup.
LANGUAGES = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt"}
# An editor offers every finding's fix, so files `check --fix` refuses are not linted here,
# whatever language id the editor gives them.
EDITOR_REFUSED = tuple(UNFIXABLE_SUFFIXES)
# What a lint on the worker hands the loop: the lint and its diagnostics, None when superseded,
# or the error that stopped it.
Found = tuple[Linted, list[types.Diagnostic]] | NewslintError | None
SETTINGS_FILES = ("**/.newslint.yaml", "**/.newslint.yml", "**/pyproject.toml")


class NewslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("newslint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)  # fmt: skip
        self.editor = EditorSettings()
        self.linter = WorkspaceLinter()  # used on the worker thread only (`self.lints`)
        self.lints = LintQueue()
        self.docs = RuleDocs()
        self.linted: dict[str, Linted] = {}  # each document's last published lint
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.reported: set[str] = set()

    def apply_settings(self, values: Any) -> None:
        """Editor settings (initializationOptions or workspace configuration `newslint`)."""
        before = self.editor.grammar
        try:
            self.editor = self.editor.updated(values)
        except ValueError as exc:
            self.tell(f"newslint settings: {exc}")
            return
        self.docs = RuleDocs(self.editor.docs_url)
        if self.editor.grammar != before:
            self.lints.submit(self.linter.set_grammar, self.editor.grammar)
            self.relint_all()

    def lint_path(self, uri: str) -> str | None:
        """The path newslint lints a document as, or None for languages it does not read."""
        document = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) or os.path.join(self.workspace.root_path or os.getcwd(), "untitled")
        if path.lower().endswith(EDITOR_REFUSED):
            return None
        if path.lower().endswith(TEXT_SUFFIXES):
            return path
        suffix = LANGUAGES.get(document.language_id or "")
        return path + suffix if suffix else None

    def lint(self, uri: str) -> None:
        """Lint the document as it is now on the worker, and publish what it finds unless a
        newer lint of the document has been asked for by then."""
        self.cancel_pending(uri)
        path = self.lint_path(uri)
        if path is None:
            return
        document = self.workspace.get_text_document(uri)
        ticket = self.lints.ticket(uri)
        superseded = self.lints.superseded(uri, ticket)
        work = self.lints.submit(self._linted, uri, path, document.source, superseded)
        version = document.version
        asyncio.wrap_future(work).add_done_callback(
            lambda done: self._publish(uri, ticket, version, done)
        )

    def _linted(self, uri: str, path: str, source: str, superseded: Callable[[], bool]) -> Found:
        """On the worker: the lint and its diagnostics, None when superseded first, or the
        error that stopped it (shown on the loop)."""
        if superseded():
            return None
        try:
            linted = self.linter.lint(path, source, superseded)
        except LintCancelled:
            return None
        except NewslintError as exc:
            return exc
        positions = Positions(linted.doc, self.workspace.position_codec, linted.bom)
        return linted, diagnostics(linted, positions, self.docs, self.related_uri(uri))

    def _publish(self, uri: str, ticket: int, version: int | None, done: asyncio.Future[Found]) -> None:  # fmt: skip
        if done.cancelled() or not self.lints.is_current(uri, ticket):
            return
        try:
            result = done.result()
        except Exception as exc:  # a check's bug: shown, as pygls shows a handler's
            self.tell(f"newslint could not lint {uri}: {type(exc).__name__}: {exc}")
            return
        if isinstance(result, NewslintError):
            self.tell(str(result))
        elif result is not None:
            self.linted[uri], found = result
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=version)
            )

    def related_uri(self, uri: str) -> str | None:
        """`uri` when the client shows a diagnostic's related information (it says so in its
        `publishDiagnostics` capabilities), else None: the places go in the message instead."""
        shown = self.client_capabilities.text_document
        publish = shown.publish_diagnostics if shown else None
        return uri if publish and publish.related_information else None

    def versioned_edits(self) -> bool:
        """Whether the client takes `documentChanges` (edits naming the version they were made
        for, which it refuses to apply to a newer text) rather than bare `changes`."""
        workspace = self.client_capabilities.workspace
        edit = workspace.workspace_edit if workspace else None
        return bool(edit and edit.document_changes)

    def current(self, uri: str) -> Linted | None:
        """The last published lint when it is of the document as it is now, else None (a lint
        of the new text is pending or under way): what it found would be put at wrong places."""
        linted = self.linted.get(uri)
        if linted is None or linted.raw != self.workspace.get_text_document(uri).source:
            return None
        return linted

    def lint_later(self, uri: str) -> None:
        self.cancel_pending(uri)
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(self.editor.debounce, self.lint, uri)

    def cancel_pending(self, uri: str) -> None:
        handle = self.pending.pop(uri, None)
        if handle:
            handle.cancel()

    def relint_all(self) -> None:
        for uri in self.lints.uris():
            self.lint(uri)

    def reload(self) -> None:
        """Settings or vocabulary changed on disk: read them afresh and lint every document."""
        self.lints.submit(self.linter.reload)
        self.reported.clear()
        self.relint_all()

    def folder_of(self, path: str) -> Path:
        """The workspace folder holding a document, else the document's own directory."""
        document = Path(path).resolve()
        roots = [Path(to_fs_path(f.uri) or "") for f in self.workspace.folders.values()]
        roots += [Path(self.workspace.root_path)] if self.workspace.root_path else []
        holding = [r.resolve() for r in roots if r.resolve() in document.parents]
        return max(holding, key=lambda r: len(r.parts)) if holding else document.parent

    def tell(self, message: str) -> None:
        """Show a problem to the user once (a broken settings file would repeat on every key)."""
        if message in self.reported:
            return
        self.reported.add(message)
        self.window_show_message(types.ShowMessageParams(types.MessageType.Error, message))

    async def pull_configuration(self) -> None:
        capabilities = self.client_capabilities.workspace
        if not (capabilities and capabilities.configuration):
            return
        params = types.ConfigurationParams([types.ConfigurationItem(section="newslint")])
        values = await self.workspace_configuration_async(params)
        if values and values[0] is not None:
            self.apply_settings(values[0])

    async def watch_settings_files(self) -> None:
        watched = self.client_capabilities.workspace
        files = watched.did_change_watched_files if watched else None
        if not (files and files.dynamic_registration):
            return  # the linter re-stats settings files on each lint instead
        watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in SETTINGS_FILES]
        options = types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers)
        registration = types.Registration(
            id="newslint-settings", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
        )  # fmt: skip
        try:
            await self.client_register_capability_async(types.RegistrationParams([registration]))
        except Exception as exc:  # a client may refuse; re-stat on each lint still works
            self.window_log_message(types.LogMessageParams(types.MessageType.Log, f"no file watching: {exc}"))  # fmt: skip

    async def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        """Answered from the last published lint, never after waiting for one (a long
        document's lint takes seconds): the editor asks again when the new diagnostics come."""
        uri = params.text_document.uri
        linted = self.current(uri)
        if linted is None:
            return None
        positions = Positions(linted.doc, self.workspace.position_codec, linted.bom)
        # `current` is a lint of the text as it is now: the edits are made for this version.
        version = self.workspace.get_text_document(uri).version
        builder = ActionBuilder(uri, linted, positions, version if self.versioned_edits() else None)
        start, end = positions.offset(params.range.start), positions.offset(params.range.end)
        wanted = params.context.only

        def asked_for(kind: str) -> bool:
            return not wanted or any(kind.startswith(k) for k in wanted)

        actions: list[types.CodeAction] = []
        if asked_for(types.CodeActionKind.QuickFix):
            actions = builder.for_range(start, end, params.context.diagnostics)
        fix_all_kinds: list[str] = [types.CodeActionKind.QuickFix] if actions else []
        fix_all_kinds += [FIX_ALL_KIND] if wanted and asked_for(FIX_ALL_KIND) else []
        if fix_all_kinds and any(f.fix and f.fix.applicability == "safe" for f in linted.findings):
            fixed = await self.lints.run(self.linter.fixed_text, linted.path, linted.raw)
            for kind in fix_all_kinds:
                fix_all = builder.fix_all(fixed, self.workspace.position_codec, kind)
                actions += [fix_all] if fix_all else []
        return actions


def create_server() -> NewslintServer:
    server = NewslintServer()
    _register_documents(server)
    _register_workspace(server)
    _register_actions(server)
    return server


def _register_documents(server: NewslintServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.lint_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.lint(params.text_document.uri)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: NewslintServer, params: None) -> None:
        for uri in list(ls.pending):
            ls.cancel_pending(uri)
        ls.lints.close()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.cancel_pending(uri)
        ls.lints.drop(uri)
        closed = ls.linted.pop(uri, None)
        if closed is not None:
            ls.lints.submit(ls.linter.forget, closed.path)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )


def _register_workspace(server: NewslintServer) -> None:
    @server.feature(types.INITIALIZE)
    def initialize(ls: NewslintServer, params: types.InitializeParams) -> None:
        use_lsp_lines(ls.workspace)  # pygls has just built it; no document is open yet
        if params.initialization_options:
            ls.apply_settings(params.initialization_options)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: NewslintServer, params: types.InitializedParams) -> None:
        await ls.watch_settings_files()
        await ls.pull_configuration()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def changed_configuration(ls: NewslintServer, params: types.DidChangeConfigurationParams) -> None:  # fmt: skip
        settings = params.settings
        if isinstance(settings, dict) and isinstance(settings.get("newslint"), dict):
            ls.apply_settings(settings["newslint"])
        else:
            await ls.pull_configuration()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def changed_files(ls: NewslintServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.reload()

    @server.command(ADD_WORD_COMMAND)
    def add_to_vocabulary(ls: NewslintServer, uri: str, word: str) -> None:
        from newslint.server.vocabulary import add_word

        linted = ls.linted.get(uri)  # its path and settings, whatever text it saw
        if linted is None:
            return
        folder = ls.folder_of(linted.path)
        try:
            written = add_word(word, linted.settings, folder)
        except NewslintError as exc:
            ls.tell(str(exc))
            return
        ls.window_log_message(types.LogMessageParams(types.MessageType.Info, f"added {word!r} to {written}"))  # fmt: skip
        ls.reload()


def _register_actions(server: NewslintServer) -> None:
    kinds = [types.CodeActionKind.QuickFix, FIX_ALL_KIND]

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=kinds)
    )
    async def code_action(ls: NewslintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:  # fmt: skip
        return await ls.code_actions(params)
