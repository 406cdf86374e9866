"""`newslint scan`: score every document of a JSONL or Parquet dump, on every local core.

Input is cut into shards of `shard_size` records (reading.py); workers parse and score them
(records.py, worker.py) and commit each finished shard's parts to `OUTPUT.parts/` (parts.py). An
interrupted or killed scan run again redoes only the shards without a commit marker. When all
are done the parts are joined into the outputs in input order (assembly.py) and removed. One scan
per output at a time (lock.py). At most two shards per worker are in flight, so memory stays flat
however large the input.
"""

from newslint.scan.options import ScanOptions
from newslint.scan.run import run_scan

__all__ = ["ScanOptions", "run_scan"]
