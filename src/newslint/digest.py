"""BLAKE2b digests from CPython's built-in `_blake2` module.

`hashlib` loads OpenSSL's library when imported, a few milliseconds of every run, to give the same
BLAKE2b digest the built-in module computes; a one-article check pays for its imports first.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

__all__ = ["blake2b"]
