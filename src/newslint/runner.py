"""One file at a time, for `newslint check`: find the files, then lint or fix each one.

The linter applies its policy to every document it lints, so the findings a fix is made from are
the findings the report shows. No command-line concerns here (see `commands.py`).
"""

from __future__ import annotations

import codecs
import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator, Sequence

from newslint.document import Document
from newslint.engine import Linter
from newslint.errors import InputError, NewslintError
from newslint.finding import FileResult, Finding
from newslint.finding_list import rule_ids
from newslint.linters import load_rules as load_rules  # its old home; import it from linters
from newslint.source import Source, write_atomic
from newslint.values import Value

# The markup each prose suffix is read in. Any suffix left out was read as plain text, whose
# fixes write an entity's character for `&nbsp;` and strip a heading's `#` (hostile test
# trust65b). XHTML is HTML whose parser already reads XML's declarations, CDATA and `<br/>`;
# a server-side include's directives are comments.
MARKUP_BY_SUFFIX = {
    **dict.fromkeys(
        (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mkdown", ".mdwn"), "markdown"
    ),
    ".mdx": "markdown",
    **dict.fromkeys((".html", ".htm", ".xhtml", ".xht", ".shtml"), "html"),
}
TEXT_SUFFIXES = (".txt", *MARKUP_BY_SUFFIX)
# Checked, never fixed: MDX is Markdown with JSX tags, `{expressions}` and import/export lines
# that the Markdown reader takes for prose, so a fix could edit code.
UNFIXABLE_SUFFIXES = {".mdx": "its JSX tags and {expressions} are not Markdown a fix can keep"}
# Never the user's prose: installed packages (Vale does not walk into them either).
SKIPPED_DIRS = frozenset({"node_modules"})


class Walk(Value):
    """The files a run checks, found from the paths given, with notes on what was skipped."""

    FIELDS = ("files", "notes", "walked")
    files: list[str]
    notes: list[str]
    walked: set[str]  # found in a directory, not named by the user

    def __init__(
        self,
        files: list[str] | None = None,
        notes: list[str] | None = None,
        walked: set[str] | None = None,
    ):
        self.files = [] if files is None else files
        self.notes = [] if notes is None else notes
        self.walked = set() if walked is None else walked


def _excluded(path: str, patterns: Sequence[str]) -> bool:
    normal = path.replace(os.sep, "/").removeprefix("./")
    parts = normal.split("/")
    return any(
        fnmatch.fnmatch(normal, p) or any(fnmatch.fnmatch(part, p) for part in parts)
        for p in patterns
    )


def paths_to_check(paths: Sequence[str]) -> list[str]:
    """The paths given, or standard input when none are: piped text, never a terminal, where
    the run waited silently for text nobody knew it wanted (`newslint check -` still reads one)."""
    if paths:
        return list(paths)
    if sys.stdin is not None and sys.stdin.isatty():
        raise NewslintError(
            "no files given and standard input is a terminal: name files or folders to check "
            "(newslint check .), or pipe text in (cat story.txt | newslint check)"
        )
    return ["-"]


def collect(paths: Iterable[str], exclude: Sequence[str] = ()) -> Walk:
    """Files to lint: explicit files as given, directories walked for prose files in sorted order."""
    walk = Walk()
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            walk.files.append(path)
            continue
        anything = False
        for found in _walk_directory(path, walk):
            anything = True
            if not _excluded(found, exclude):
                walk.files.append(found)
                walk.walked.add(found)
        if not anything:  # said, so that an empty or wrong folder is not passed as clean
            walk.notes.append(
                f"{path}: no files to check in this folder ({', '.join(TEXT_SUFFIXES)})"
            )
    return walk


def _walk_directory(root: str, walk: Walk) -> Iterator[str]:
    seen_dirs: set[tuple[int, int]] = set()
    for directory, subdirs, files in os.walk(
        root,
        followlinks=True,
        onerror=lambda e: walk.notes.append(f"{e.filename}: {e.strerror}; skipped"),
    ):
        try:
            info = os.stat(directory)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) in seen_dirs:
            subdirs[:] = []
            walk.notes.append(f"{directory}: directory loop; skipped")
            continue
        seen_dirs.add((info.st_dev, info.st_ino))
        subdirs[:] = sorted(d for d in subdirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        for name in sorted(files):
            if name.lower().endswith(TEXT_SUFFIXES):
                yield os.path.join(directory, name)


def markup_for(path: str) -> str:
    return MARKUP_BY_SUFFIX.get(os.path.splitext(path)[1].lower(), "plain")


def fixed_by_fix(path: str) -> bool:
    """Whether `--fix` fixes the file at `path`: what a report counts as fixable."""
    return _unfixable_because(path) is None


def refuse_unfixable(path: str) -> None:
    """One line, never a fix, for a file whose markup the readers cannot keep whole."""
    why = _unfixable_because(path)
    if why:
        raise InputError(f"{path}: checked but not fixed: {why}")


def _unfixable_because(path: str) -> str | None:
    return UNFIXABLE_SUFFIXES.get(os.path.splitext(path)[1].lower())


def check_source(source: Source, linter: Linter) -> FileResult:
    doc = Document.from_raw(source.raw, source.path, markup_for(source.path))
    return _result(doc, linter.lint(doc), linter)


def _result(doc: Document, findings: Sequence[Finding], linter: Linter) -> FileResult:
    return FileResult(
        doc.path,
        doc,
        findings,
        {rule: linter.rule_of(rule) for rule in dict.fromkeys(rule_ids(findings))},
    )


class FixReport(Value):
    """What fixing one file did: its result, how many fixes, and the diff."""

    FIELDS = ("result", "applied", "diff")
    result: FileResult
    applied: int
    diff: bytes  # `diff_bytes`: what `git apply` takes

    def __init__(
        self,
        result: FileResult,
        applied: int,
        diff: bytes,
    ):
        self.result = result
        self.applied = applied
        self.diff = diff


def fix_source(source: Source, linter: Linter, *, unsafe: bool, write: bool) -> FixReport:
    """Fix `source` (written in place when `write`). The result is the file as it then stands:
    fixed when written; as given when not (`--diff`), whose findings still stand in the file and
    decide the exit code, as a plain check's would. Judged by the fixed text, `check --diff` on a
    file with only fixable errors exited 0, and a CI step using it passed a failing file."""
    from newslint.fix import fix_raw  # the fixer's guards and markup checks: only when fixing

    refuse_unfixable(source.path)
    as_given: list[FileResult] = []

    def lint(doc: Document) -> Sequence[Finding]:
        findings = linter.lint(doc)
        if not as_given:  # the first pass reads the text as given
            as_given.append(_result(doc, findings, linter))
        return findings

    # The file's first line holds its UTF-8 byte order mark: a diff without it is refused by
    # patch and git apply (the line it removes is not the file's).
    mark = "\ufeff" if source.bom == codecs.BOM_UTF8 else ""
    outcome = fix_raw(
        source.raw,
        source.path,
        lint,
        unsafe=unsafe,
        markup=markup_for(source.path),
        encoding=source.encoding,
    )
    if not write and outcome.raw != source.raw:
        try:
            _refuse_unappliable(source, outcome.raw)
        except InputError as exc:
            raise FixIncomplete(
                str(exc), as_given[0] if as_given else check_source(source, linter)
            ) from None
    diff = (
        diff_bytes(
            _patched_path(source.path), mark + source.raw, mark + outcome.raw, source.encoding
        )
        if outcome.raw != source.raw
        else b""
    )
    if write and outcome.raw != source.raw:
        if source.path == "-" or source.digest is None:
            raise InputError(f"{source.path}: standard input cannot be fixed in place; use --diff")
        try:
            write_atomic(source, outcome.raw)
        except InputError as exc:
            raise NotWritten(str(exc), check_source(source, linter)) from None
    fixed = Source(path=source.path, raw=outcome.raw, encoding=source.encoding, bom=source.bom)
    result = check_source(fixed, linter) if write or not as_given else as_given[0]
    if outcome.unsettled:
        written = write and bool(diff)
        raise UnsettledFixes(source.path, outcome.unsettled, written, result, diff)
    return FixReport(result, outcome.applied, diff)


def _patched_path(path: str) -> str:
    """The file a patch names to change what `--fix` changes: a symlink's target, named from
    where the link was (`git apply` and `patch` refuse to patch through a link)."""
    if path == "-" or not os.path.islink(path):
        return path
    real = os.path.realpath(path)
    return real if os.path.isabs(path) else os.path.relpath(real)


def _refuse_unappliable(source: Source, new_raw: str) -> None:
    """Refuse the diff of a fix `--fix` would refuse to write: applied by `git apply`, a UTF-8
    file read with `--encoding latin-1` got Latin-1 bytes in its UTF-8 text, a UTF-16 one lost
    its NULs. Nor is a patch of a UTF-16 or UTF-32 file printed: no tool applies it. Standard
    input has no file the patch applies to."""
    from newslint.write_encoding import fixed_bytes, refuse_unwritable

    if source.path == "-" or source.digest is None:
        return
    if "\n".encode(source.encoding) != b"\n":
        raise InputError(
            f"{source.path}: is {source.encoding} text, whose lines git apply and patch cannot"
            " read (they end a line at the byte LF); no diff printed (--fix writes the file)"
        )
    payload = fixed_bytes(source, new_raw)
    try:
        with open(source.path, "rb") as handle:
            current = handle.read()
    except OSError as exc:
        raise InputError(f"{source.path}: cannot read ({exc.strerror or exc})") from None
    refuse_unwritable(source, current, payload)


class FixIncomplete(InputError):
    """Fixing a file could not finish: the run fails with the error, and the file's findings
    (of the text as it now stands) and its diff are still reported, never dropped."""

    def __init__(self, message: str, result: FileResult, diff: bytes = b""):
        super().__init__(message)
        self.result = result
        self.diff = diff


class NotWritten(FixIncomplete):
    """The fixed text could not be written (a read-only file, hard links, a change on disk): the
    file stands as it was."""


class UnsettledFixes(FixIncomplete):
    """Some rule's fixes never settle (each pass re-creates what it fixes): they were left out,
    and the run must not end as if the file were fixed."""

    def __init__(
        self, path: str, rules: tuple[str, ...], written: bool, result: FileResult, diff: bytes
    ):
        done = "the other fixes were written" if written else "the file was left as it was"
        super().__init__(
            f"{path}: the fixes of {', '.join(rules)} never settle (each pass undoes or "
            f"re-matches the last); they were not applied and {done}",
            result,
            diff,
        )
        self.rules = rules


def diff_bytes(path: str, before: str, after: str, encoding: str) -> bytes:
    """`unified_diff` as `git apply` and `patch` take it, whatever the terminal's encoding: the
    header's names as the file system has them (a name that is not UTF-8 is its own bytes), the
    lines in the file's own encoding, so each removed line is the file's bytes. Those tools cut
    lines at the byte LF: a UTF-16 or UTF-32 file's diff is refused (`_refuse_unappliable`), and
    such text piped in, which names no file, is shown in UTF-8."""
    old_name, new_name, lines = unified_diff(path, before, after).split("\n", 2)
    lines_encoding = encoding if "\n".encode(encoding) == b"\n" else "utf-8"
    return os.fsencode(f"{old_name}\n{new_name}\n") + lines.encode(lines_encoding)


def unified_diff(path: str, before: str, after: str) -> str:
    import difflib  # only for --diff

    named = _header_path(path)
    lines = difflib.unified_diff(
        _lines(before), _lines(after), _header_name("a/", named), _header_name("b/", named)
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


def _header_path(path: str) -> str:
    """The path as `git apply` takes it in a header: without "." segments ("a/./x.txt", what
    walking "." gave, is refused as an invalid path). ".." stays: dropping it names another file."""
    from pathlib import PurePath

    return PurePath(path).as_posix() if path else path


# The escapes git writes in a quoted name; any other control character is written in octal.
_NAME_ESCAPES = {"\a": "a", "\b": "b", "\t": "t", "\n": "n", "\v": "v", "\f": "f", "\r": "r"}


def _header_name(prefix: str, path: str) -> str:
    """`prefix + path` as git writes it in a header, which `git apply` and GNU `patch` read
    back: C-quoted when it holds a control character, '"' or a backslash (a newline in the name
    cut the header in two), followed by a tab when it holds a space (`patch` ends an unquoted
    name at a space)."""
    name = prefix + path
    if not any(c < " " or c in '"\\\x7f' for c in name):
        return name + "\t" if " " in name else name
    quoted = "".join(
        "\\" + c if c in '"\\'
        else "\\" + _NAME_ESCAPES[c] if c in _NAME_ESCAPES
        else f"\\{ord(c):03o}" if c < " " or c == "\x7f"
        else c
        for c in name
    )  # fmt: skip
    return f'"{quoted}"'


def _lines(text: str) -> list[str]:
    """Lines as `diff`, `patch` and `git apply` have them: ended by LF (a CRLF's CR is the
    line's last character). A lone CR is a character inside a line there: cut at it, the hunks
    counted lines those tools do not see, and a file with old Mac or mixed line ends got a
    patch they refuse as malformed. (str.splitlines also breaks at U+2028, U+0085, form feed.)"""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]
