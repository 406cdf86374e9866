"""The server lints on a worker thread: requests are answered while a lint runs, and a lint of
an older text never publishes over a newer one (user67: a 1 MB document's lint held every request
for seconds)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="pip install 'newslint[lsp]'")
from lsprotocol import types
from pygls.workspace import Workspace

from newslint.incremental import LintCancelled
from newslint.server.app import NewslintServer, create_server
from newslint.server.linting import Linted, WorkspaceLinter

STORY = "Talks in Geneva\n\nOn Monday Sir. Blinken said the talks would go on.\n"


class HeldLinter(WorkspaceLinter):
    """A workspace linter whose lints wait until the test lets them go, and which ignores the
    question whether it was superseded (so a stale lint runs to its end)."""

    def __init__(self) -> None:
        super().__init__("off")
        self.started = threading.Event()
        self.go = threading.Event()
        self.finished: list[str] = []

    def lint(self, path: str, raw: str, cancelled: Callable[[], bool] | None = None) -> Linted:
        self.started.set()
        assert self.go.wait(60)
        linted = super().lint(path, raw)
        self.finished.append(raw)
        return linted


def _server(tmp_path: Path) -> tuple[NewslintServer, HeldLinter, list[types.PublishDiagnosticsParams]]:  # fmt: skip
    server = create_server()
    server.protocol._workspace = Workspace(tmp_path.as_uri())
    server.protocol.client_capabilities = types.ClientCapabilities()
    server.linter = held = HeldLinter()
    published: list[types.PublishDiagnosticsParams] = []
    server.text_document_publish_diagnostics = published.append  # type: ignore[method-assign]
    return server, held, published


async def _lint_held(tmp_path: Path) -> tuple[NewslintServer, HeldLinter, list[types.PublishDiagnosticsParams], str]:  # fmt: skip
    """A server whose first lint of STORY is under way and held until the test lets it go."""
    server, held, published = _server(tmp_path)
    uri = (tmp_path / "story.md").as_uri()
    _set_text(server, uri, 1, STORY)
    server.lint(uri)
    await asyncio.to_thread(held.started.wait, 60)
    return server, held, published, uri


def _set_text(server: NewslintServer, uri: str, version: int, text: str) -> None:
    server.workspace.put_text_document(types.TextDocumentItem(uri, "markdown", version, text))


def _ask_actions(uri: str, diagnostics: list[types.Diagnostic]) -> types.CodeActionParams:
    where = diagnostics[0].range if diagnostics else types.Range(types.Position(0, 0), types.Position(0, 3))  # fmt: skip
    return types.CodeActionParams(
        types.TextDocumentIdentifier(uri), where, types.CodeActionContext(diagnostics)
    )


async def _until(condition: Callable[[], bool]) -> None:
    for _ in range(1200):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the worker never got there")


@pytest.mark.asyncio
async def test_a_code_action_is_answered_while_a_lint_runs(tmp_path: Path):
    server, held, published, uri = await _lint_held(tmp_path)
    # The lint is under way and cannot end until `go`: the answer comes before it.
    assert await server.code_actions(_ask_actions(uri, [])) is None
    assert held.finished == [] and published == []
    held.go.set()
    await _until(lambda: bool(published))
    diagnostics = list(published[0].diagnostics)
    actions = await server.code_actions(_ask_actions(uri, diagnostics[:1]))
    assert actions and any(a.is_preferred for a in actions)
    server.lints.close()


@pytest.mark.asyncio
async def test_a_lint_of_an_older_text_never_publishes_over_a_newer_one(tmp_path: Path):
    server, held, published, uri = await _lint_held(tmp_path)
    newer = STORY.replace("Sir. Blinken", "Mr. Blinken")
    _set_text(server, uri, 2, newer)
    server.lint(uri)
    held.go.set()
    await _until(lambda: newer in held.finished)
    await _until(lambda: bool(published))
    await asyncio.sleep(0.2)  # room for a late publication, were there one
    assert held.finished == [STORY, newer]  # the old lint ran to its end, and was dropped
    assert [(p.version, len(p.diagnostics)) for p in published] == [(2, 0)]
    server.lints.close()


def test_a_cancelled_lint_stops_and_leaves_the_next_one_whole(tmp_path: Path):
    linter = WorkspaceLinter("off")
    path = str(tmp_path / "story.md")
    linter.lint(path, STORY)
    edited = STORY.replace("Monday", "Tuesday")
    with pytest.raises(LintCancelled):
        linter.lint(path, edited, lambda: True)
    final = edited.replace("Tuesday", "Friday")
    again = linter.lint(path, final)
    full = WorkspaceLinter("off").lint(path, final)  # a first lint: every check on the whole text
    assert list(again.findings) == list(full.findings)
    assert any(f.rule == "mt.mistranslated-honorific" for f in again.findings)
