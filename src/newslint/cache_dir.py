"""Where newslint keeps what it can rebuild: pack pickles, word tables, rule pages.

A module of its own so the caches that need the folder (word tables, packs, the language
server's rule pages) do not import each other to find it.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """NEWSLINT_CACHE_DIR, else newslint/ under XDG_CACHE_HOME or ~/.cache."""
    if os.environ.get("NEWSLINT_CACHE_DIR"):
        return Path(os.environ["NEWSLINT_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newslint"
