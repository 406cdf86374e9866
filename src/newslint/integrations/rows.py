"""One row's score inside an engine's job, as `newslint scan` scores a record: a very long text a
window at a time (`scan.worker.score_text`), so one huge record cannot hold every finding of its
text in memory at once, and a row without text refused by a message that names the row, where the
scorer's own TypeError left a Dask or Spark job dead with nothing to say which of its millions of
rows was at fault."""

from __future__ import annotations

from typing import Any


def score_row(score: Any, text: object, where: str, field: str = "text") -> dict[str, Any]:
    """The score record of `text`; `where` names its row in the error when it is no text."""
    from newslint.scan.worker import score_text

    if not isinstance(text, str):
        raise ValueError(
            f"newslint: {where}: field {field!r} holds {_described(text)}, not text; "
            "drop or fill such rows before scoring"
        )
    return score_text(score, text)


def _described(value: object) -> str:
    if value is None:
        return "None"
    if isinstance(value, float) and value != value:
        return "NaN (a missing value)"
    return f"a {type(value).__name__}"
