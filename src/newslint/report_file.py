"""Where a `check` report goes: stdout, or `--output-file` replaced whole.

The report is written to a temporary beside the file and renamed over it once complete, so a
write that fails half-way (a full disk, a file-size limit) leaves the last good report, never
half of one for a CI step to parse. What is not a regular file (`/dev/stdout`, a FIFO) cannot be
replaced and is written in place; a symlink's target is replaced and the link kept.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TextIO

from newslint.errors import NewslintError
from newslint.temporary_name import flush_to_disk, replace_keeping_attributes, writer_temporary


class ReportFile:
    """stdout, or --output-file written whole at the end."""

    def __init__(self, path: str | None):
        self.path = path
        self.target = ""
        self.temporary: str | None = None

    def __enter__(self) -> TextIO:
        if not self.path:
            return sys.stdout
        self.target = self.path
        replaced = not os.path.exists(self.path) or os.path.isfile(self.path)  # follow links
        try:
            if replaced:  # through a temporary of its own: another run may write this report
                self.target = os.path.realpath(self.path)
                temporary, descriptor = writer_temporary(Path(self.target))
                self.temporary = str(temporary)
                # through the descriptor it was made with, never its name, which can be swapped
                self.handle = open(descriptor, "w", encoding="utf-8", newline="\n")
            else:
                self.handle = open(self.target, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise NewslintError(f"{self.path}: cannot write the report: {exc.strerror}") from exc
        return self.handle

    def __exit__(self, kind: object, *exc: object) -> None:
        if not self.path:
            return
        try:
            try:
                if self.temporary and kind is None:
                    flush_to_disk(self.handle)
                    replace_keeping_attributes(self.handle.fileno(), self.temporary, self.target)
            finally:  # what was left to write: a full disk, a file that takes none
                self.handle.close()
        except OSError as error:
            if kind is None:
                raise NewslintError(
                    f"{self.path}: cannot write the report: {error.strerror}"
                ) from error
        finally:
            if self.temporary:
                with contextlib.suppress(OSError):
                    os.unlink(self.temporary)
