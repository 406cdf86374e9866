"""scan says the scorer's warnings (an engine that cannot start) as check says its own: one
`newslint: warning:` line each, not Python's warning with the file, line and source it came
from (fixu67a gave the scorer Python warnings, which scan then printed in that form)."""

from __future__ import annotations

import warnings

import pytest

from newslint import launch


def test_a_scorer_warning_is_one_newslint_line(monkeypatch, capsys):
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)
    launch.say_library_warnings()
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(
            "newslint: grammar.languagetool: could not start", RuntimeWarning, stacklevel=1
        )
    assert capsys.readouterr().err == "newslint: warning: grammar.languagetool: could not start\n"


def test_other_warnings_go_where_they_went(monkeypatch, capsys):
    earlier: list[str] = []
    monkeypatch.setattr(
        warnings, "showwarning", lambda message, *rest: earlier.append(str(message))
    )
    launch.say_library_warnings()
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("something else", DeprecationWarning, stacklevel=1)
        warnings.warn("newslint: an engine", RuntimeWarning, stacklevel=1)
    assert earlier == ["something else"]
    assert capsys.readouterr().err == "newslint: warning: an engine\n"


@pytest.mark.parametrize("message", ["newslint: x", "newslint: a: b; skipped"])
def test_the_prefix_is_said_once(monkeypatch, capsys, message):
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)
    launch.say_library_warnings()
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(message, RuntimeWarning, stacklevel=1)
    assert capsys.readouterr().err == f"newslint: warning: {message.removeprefix('newslint: ')}\n"
