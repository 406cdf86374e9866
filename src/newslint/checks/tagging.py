"""The part-of-speech tagger the checks that read grammar share."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.vale.tagger import Tagger


def part_of_speech_tagger() -> Tagger:
    """The installed model's tagger, imported and loaded on the first question a check asks: a
    run whose text never needs grammar never reads the model. Without the model the backend is
    unavailable, which the linter says once for every rule that needs it."""
    from newslint.vale.tagger import shared_tagger

    return shared_tagger()
