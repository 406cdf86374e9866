"""The editor's text as the server holds it, its lines counted as LSP counts them.

LSP ends a line only at "\\n", "\\r\\n" or "\\r". pygls's TextDocument cuts its lines with
`str.splitlines`, which also ends one at a form feed, a vertical tab, U+0085, U+2028, U+2029 and
the information separators (U+001C-U+001E), all of which scraped copy carries. An incremental
change after such a character then landed on the wrong line, the server's copy of the text
drifted from the editor's, and every diagnostic and quick fix after it pointed at the wrong text
(a fix applied by the editor damaged the document).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import regex
from pygls.workspace import TextDocument, Workspace

# One line with its ending; a last line without one.
_LSP_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def lsp_lines(text: str) -> tuple[str, ...]:
    """`text` cut into lines (each with its ending) where LSP ends lines, and nowhere else."""
    return tuple(_LSP_LINE.findall(text))


class LspTextDocument(TextDocument):
    """pygls's document, its lines (which place every incremental change) cut as LSP cuts them."""

    @property
    def lines(self) -> Sequence[str]:
        return lsp_lines(self.source)


def use_lsp_lines(workspace: Workspace) -> None:
    """Make the documents `workspace` opens from now on LspTextDocuments.

    pygls builds the workspace itself when the client initializes and offers no setting for the
    document class, so its (private) factory is wrapped; the documents it makes are plain
    TextDocuments that gain only the `lines` above."""
    create: Callable[..., TextDocument] = workspace._create_text_document

    def create_lsp(*args: Any, **kwargs: Any) -> TextDocument:
        document = create(*args, **kwargs)
        document.__class__ = LspTextDocument
        return document

    workspace._create_text_document = create_lsp  # type: ignore[method-assign]
