"""Accepting a word: add it to the `vocabulary` of the settings file that applies to a document.

The file is edited as text, so its comments and layout stay as the editor's team wrote them:
a block list gets one more item, a flow list one more entry, a vocabulary file one more line;
a settings file without the key gets it at the end. With no settings file at all, a
`.newslint.yaml` is created in the workspace folder (or the document's directory).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import regex
import yaml

from newslint.config import Settings
from newslint.errors import NewslintError
from newslint.source import Source, read_file, write_atomic

_YAML_KEY = regex.compile(
    r"^vocabulary[ \t]*:[ \t]*(?P<value>[^\n#]*?)[ \t]*(?:#[^\n]*)?$", regex.M
)
_BLOCK_ITEM = regex.compile(
    r"\G\n(?P<indent>[ \t]*)-[ \t]+[^\n]*|\G\n[ \t]*(?:#[^\n]*)?(?=\n[ \t]*-)"
)
_TOML_SECTION = regex.compile(r"^\[tool\.newslint\][ \t]*$", regex.M)
_TOML_KEY = regex.compile(r"^vocabulary[ \t]*=[ \t]*\[", regex.M)


def add_word(word: str, settings: Settings, fallback_directory: Path) -> Path:
    """Add `word` where it belongs; returns the file written."""
    source = settings.source
    if source is None:
        target = fallback_directory / ".newslint.yaml"
        target.write_text(f"vocabulary:\n  - {_yaml_scalar(word)}\n", encoding="utf-8")
        return target
    if source.name == "pyproject.toml":
        _rewrite(source, lambda raw: _toml_with(raw, word))
        return source
    return _add_to_yaml(source, word)


def _add_to_yaml(path: Path, word: str) -> Path:
    raw = read_file(str(path)).raw
    # Read with LF ends: a CRLF file's block list was a value "\r", a file name to the code below.
    match = _YAML_KEY.search(raw.replace(_line_end(raw), "\n"))
    if match and match.group("value") and not match.group("value").startswith("["):
        # `vocabulary: terms.txt`: a file with one term per line.
        listed = (path.parent / yaml.safe_load(match.group("value"))).resolve()
        _rewrite(listed, lambda text: _with_line(text, word))
        return listed
    _rewrite(path, lambda text: _yaml_with(text, word))
    return path


def _yaml_with(raw: str, word: str) -> str:
    newline = _line_end(raw)
    # Read with LF ends (a CR-only file is one line to the patterns), written back with its own.
    text = raw.replace(newline, "\n")
    match = _YAML_KEY.search(text)
    scalar = _yaml_scalar(word)
    if match is None:
        text = _with_line(text, f"vocabulary:\n  - {scalar}")
    elif match.group("value").startswith("["):
        opening = match.start("value") + 1
        empty = text[opening:].lstrip().startswith("]")
        text = f"{text[:opening]}{scalar}{'' if empty else ', '}{text[opening:]}"
    else:
        position, indent = match.end(), "  "
        for item in _BLOCK_ITEM.finditer(text, position):
            position = item.end()
            # An item's own indentation, even none ("- Kyiv" under the key); a comment line
            # between items has none to give.
            if item.group("indent") is not None:
                indent = item.group("indent")
        text = f"{text[:position]}\n{indent}- {scalar}{text[position:]}"
    return text.replace("\n", newline)


def _toml_with(raw: str, word: str) -> str:
    section = _TOML_SECTION.search(raw)
    if section is None:
        raise NewslintError("pyproject.toml: no [tool.newslint] table to add the word to")
    next_table = regex.compile(r"^\[", regex.M).search(raw, section.end())
    end = next_table.start() if next_table else len(raw)
    key = _TOML_KEY.search(raw, section.end(), end)
    quoted = json.dumps(word, ensure_ascii=False)
    if key:
        empty = raw[key.end() :].lstrip().startswith("]")
        return f"{raw[: key.end()]}{quoted}{'' if empty else ', '}{raw[key.end() :]}"
    newline = "\r\n" if "\r\n" in raw else "\n"
    return f"{raw[: section.end()]}{newline}vocabulary = [{quoted}]{raw[section.end() :]}"


def _with_line(text: str, line: str) -> str:
    newline = _line_end(text)
    if text and not text.endswith(("\n", "\r")):
        text += newline
    return text + line.replace("\n", newline) + newline


def _line_end(text: str) -> str:
    """The line end the file uses. A CR-only file (old Mac editors) is one: an LF appended to
    it ended the new line otherwise than the rest."""
    if "\r\n" in text:
        return "\r\n"
    return "\r" if "\r" in text and "\n" not in text else "\n"


def _yaml_scalar(word: str) -> str:
    """The word as a YAML scalar that loads back as the same string (never `no` -> False)."""
    plain = yaml.safe_load(word) if word.isalnum() else None
    return word if plain == word else json.dumps(word, ensure_ascii=False)


def _rewrite(path: Path, change: Callable[[str], str]) -> None:
    """Rewrite a file through newslint's atomic, encoding-preserving writer."""
    source: Source = read_file(str(path))
    write_atomic(source, change(source.raw))
