"""`newslint lsp` is `newslint server` under the name other tools and editors' guides use: it was
"No such command" (user67, README confusions)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newslint.cli import cli


def test_lsp_runs_the_language_server(monkeypatch: pytest.MonkeyPatch):
    import newslint.server

    served: list[bool] = []
    monkeypatch.setattr(newslint.server, "serve", lambda: served.append(True))
    result = CliRunner().invoke(cli, ["lsp", "--stdio"])
    assert result.exit_code == 0, result.output
    assert served == [True]
    assert "newslint server" in CliRunner().invoke(cli, ["lsp", "--help"]).output
