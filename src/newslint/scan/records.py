"""From a shard's raw records to what is scored and written: text, id, and the record to keep.

Policies (documented in the README, "Corpus scale"):
- ids: the `--id-field` value when it is a string or an integer (a whole-number float such as 3.0,
  which pandas writes for integer columns with gaps, counts as that integer); otherwise (missing,
  null, NaN, infinity, a fraction, a boolean, a list, an object) the record's ordinal, its 0-based
  position across all inputs. So `"id": NaN` never reaches the output. Since a record's own id
  may equal another record's ordinal, every score line also carries `ordinal`, which no two
  records share: the record to read again, whatever the ids.
- lone surrogates (`"\\ud800"` escapes, common in scraped JSON) cannot be encoded as UTF-8: the
  text is scored with U+FFFD in their place (what any UTF-8 reader would see); a score line whose
  id holds one is written with JSON escapes; a kept JSONL record is the input line, unchanged.
- a kept Parquet row written as JSON: bytes in base64, a timestamp or a decimal as its text, NaN
  and infinity as null.
"""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from newslint.errors import InputError
from newslint.scan.reading import Shard
from newslint.utf8_text import utf8_readable


@dataclass
class Record:
    text: str
    id: str | int
    ordinal: int  # 0-based position across all inputs: unique, whatever the ids
    fields: dict[str, Any]
    line: bytes | None  # the input line of a JSONL record


@dataclass(frozen=True)
class Skipped:
    """A record `scan --skip-bad-records` passed over: its ordinal, and the line that would
    have stopped the run (where it is, what is wrong)."""

    ordinal: int
    problem: str


def records(
    shard: Shard, text_field: str, id_field: str, skipped: list[Skipped] | None = None
) -> Iterator[Record]:
    """The shard's records one at a time (a shard of huge records is never parsed all at once).
    A record that cannot be scored (a line not UTF-8 or not a JSON object, no text) stops the
    run, or with `skipped` given is noted there and passed over."""
    rows: list[Any] = shard.lines if shard.lines is not None else shard.batch.to_pylist()
    for offset, row in enumerate(rows):
        try:
            record = _read(row, shard, offset, text_field, id_field)
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(Skipped(shard.first + offset, str(exc)))
            continue
        yield record


def _read(row: bytes | dict[str, Any], shard: Shard, offset: int, text_field: str,
          id_field: str) -> Record:  # fmt: skip
    if isinstance(row, bytes):
        return _record(
            _parse_line(row, shard.where(offset)), shard, offset, text_field, id_field, row
        )
    return _record(row, shard, offset, text_field, id_field, None)


def _parse_line(line: bytes, where: str) -> dict[str, Any]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: not UTF-8 (byte 0x{line[exc.start]:02x} at byte {exc.start + 1} of the line)"
        ) from None
    try:
        fields = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not a JSON record ({_json_error(exc)})") from None
    except RecursionError:
        raise InputError(f"{where}: not a JSON record (nested too deeply)") from None
    if not isinstance(fields, dict):
        raise InputError(f"{where}: not a JSON object but {_json_kind(fields)}")
    return fields


def _json_error(exc: json.JSONDecodeError) -> str:
    """What is wrong, and where in the line. A raw control character (a tab pasted into a
    string) is named with why: json's "Invalid control character" said neither which nor that
    JSON takes it only escaped, and the line is refused as any other that is not JSON."""
    if exc.msg.startswith("Invalid control character"):
        char = exc.doc[exc.pos]
        escaped = json.dumps(char)[1:-1]
        return (
            f"raw control character U+{ord(char):04X} in a string at column {exc.colno}: "
            f"JSON takes it only escaped, as {escaped}"
        )
    return f"{exc.msg} at column {exc.colno}"


def _record(fields: dict[str, Any], shard: Shard, offset: int, text_field: str, id_field: str,
            line: bytes | None) -> Record:  # fmt: skip
    text = fields.get(text_field)
    if not isinstance(text, str):
        problem = "no" if text is None else f"{_json_kind(text)}, not"
        raise InputError(f"{shard.where(offset)}: {problem} text in field {text_field!r}")
    ordinal = shard.first + offset
    return Record(
        text=utf8_readable(text),
        id=record_id(fields.get(id_field), ordinal),
        ordinal=ordinal,
        fields=fields,
        line=line,
    )


def record_id(value: object, ordinal: int) -> str | int:
    """The id written for a record: its own when a string or an integer, else its ordinal."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return ordinal


def _json_kind(value: object) -> str:
    """What a value is, in JSON's words; a Parquet value JSON has no name for (bytes, a
    timestamp, a decimal) by its own, never "a number" it is not."""
    kinds = {list: "an array", str: "a string", bool: "a boolean", dict: "an object"}
    if value is None:
        return "null"
    if isinstance(value, bytes):
        return "bytes"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return kinds.get(type(value), f"a {type(value).__name__} value")


# --- writing ----------------------------------------------------------------------------------


def json_line(row: dict[str, Any]) -> bytes:
    """One JSON line, UTF-8; a lone surrogate (which UTF-8 cannot carry) stays a JSON escape."""
    text = json.dumps(row, ensure_ascii=False, allow_nan=False, default=_json_form)
    try:
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        return json.dumps(row, allow_nan=False, default=_json_form).encode("ascii") + b"\n"


def _json_form(value: Any) -> str:
    """A Parquet value JSON has no type for: bytes as base64 (as BigQuery and Spark write binary;
    their Python repr, "b'\\x00ab'", no reader turns back into the bytes), anything else (a
    timestamp, a decimal) as its text."""
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def kept_line(record: Record) -> bytes:
    """A kept record as a JSONL line: the input line itself, or the Parquet row as JSON."""
    if record.line is not None:
        return record.line if record.line.endswith(b"\n") else record.line + b"\n"
    return json_line(finite(record.fields))


def finite(value: Any) -> Any:
    """JSON has no NaN or infinity: such a float in a Parquet row is written as null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [finite(item) for item in value]
    return value
