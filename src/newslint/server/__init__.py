"""`newslint server`: a Language Server Protocol server over stdio.

pygls and lsprotocol are an optional extra (`pip install 'newslint[lsp]'`); they are imported only
here, so `newslint check` never pays for them.
"""

from __future__ import annotations

from newslint.errors import NewslintError


def serve() -> None:
    """Run the language server on stdin/stdout until the client says exit."""
    try:
        from newslint.server.app import create_server
    except ImportError as exc:
        raise NewslintError(
            f"the language server needs pygls and lsprotocol ({exc.name} is missing): "
            "pip install 'newslint[lsp]'"
        ) from None
    import os
    import sys

    create_server().start_io()
    # The client's exit closed the channel; nothing may write to it on the way out.
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
