"""The cache folder's name, found without pathlib: a `check` a warm daemon answers never imports
it, yet must name the same folder (its socket lives there) as the caches that do (`cache_dir`)."""

from __future__ import annotations

import os


def cache_folder() -> str:
    """NEWSLINT_CACHE_DIR, else newslint/ under XDG_CACHE_HOME or ~/.cache."""
    chosen = os.environ.get("NEWSLINT_CACHE_DIR")
    if chosen:
        return chosen
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "newslint")
