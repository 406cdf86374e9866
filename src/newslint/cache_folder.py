"""The cache folder's name, found without pathlib: a `check` a warm daemon answers never imports
it, yet must name the same folder (its socket lives there) as the caches that do (`cache_dir`)."""

from __future__ import annotations

import os


def cache_folder() -> str:
    """NEWSLINT_CACHE_DIR, else newslint/ under XDG_CACHE_HOME or ~/.cache. RuntimeError when
    there is no home to expand (no HOME, a user without a passwd entry), as `Path.home()` raises:
    a relative "~/.cache" would fill the working folder with tables."""
    chosen = os.environ.get("NEWSLINT_CACHE_DIR")
    if chosen:
        return chosen
    base = os.environ.get("XDG_CACHE_HOME")
    if not base or not os.path.isabs(base):  # the XDG spec: a relative path is to be ignored
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            raise RuntimeError("no home folder to hold newslint's cache")
        base = os.path.join(home, ".cache")
    return os.path.join(base, "newslint")
