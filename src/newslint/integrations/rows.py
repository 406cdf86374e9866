"""One row's score inside an engine's job, as `newslint scan` scores a record: a very long text a
window at a time (`scan.worker.score_text`), so one huge record cannot hold every finding of its
text in memory at once, and a row without text refused by a message that names the row, where the
scorer's own TypeError left a Dask or Spark job dead with nothing to say which of its millions of
rows was at fault. Each helper takes `skip_bad_records=True` to pass such rows by instead, as
`scan --skip-bad-records` does (`spark.read.json` gives null for a record without the field)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def score_row(score: Any, text: object, where: str, field: str = "text") -> dict[str, Any]:
    """The score record of `text`; `where` names its row in the error when it is no text."""
    from newslint.scan.worker import score_text

    if not isinstance(text, str):
        raise ValueError(
            f"newslint: {where}: field {field!r} holds {_described(text)}, not text; "
            "drop or fill such rows before scoring, or pass skip_bad_records=True"
        )
    return score_text(score, text)


def has_text(record: object, field: str) -> bool:
    """Whether `record` is one a helper can score: a mapping with a str in `field`."""
    return isinstance(record, Mapping) and isinstance(record.get(field), str)


def record_text(record: object, field: str) -> object:
    """The value to score of a record (a dict, as `json.loads` gives for a JSON Lines line);
    anything else is refused naming the shape expected."""
    if not isinstance(record, Mapping):
        raise TypeError(
            f"newslint: score_record takes a record (a dict with the text in {field!r}), not a "
            f"{type(record).__name__}; for plain texts, map each to {{{field!r}: text}} first"
        )
    return record.get(field)


def _described(value: object) -> str:
    if value is None:
        return "None"
    if isinstance(value, float) and value != value:
        return "NaN (a missing value)"
    return f"a {type(value).__name__}"
