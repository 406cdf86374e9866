"""Panels of fields a CMS prints around an article: a metadata panel of short lines, two or more
of them a label ending in a colon ("Location:", "Brooklyn, New York", "Issue Date:"), and runs of
"Label: value" lines such as an e-mail's header ("From:", "Sent:", "To:", "Subject:").
"""

from __future__ import annotations

from newslint.furniture_signals import field_key
from newslint.textblocks import Block

PANEL_WORDS = 6
FIELD_RUN = 3  # distinct labels in a run of "Label: value" lines


def field_panels(items: list[Block]) -> set[int]:
    """Lines printed one after another ("Location:", "Brooklyn, New York", "Issue Date:", "Page:"),
    each a few words, at least two of them a field label ending in a colon: a CMS's metadata
    panel. A single "Places of Assembly:" is an article's own heading."""
    members: set[int] = set()
    run: list[int] = []
    for index, block in enumerate([*items, None]):
        tight = block is not None and (not run or not block.blank_before)
        if block is not None and tight and _panel_line(block):
            run.append(index)
            continue
        labels = [i for i in run if items[i].text.endswith(":")]
        if len(labels) >= 2 and len(labels) * 5 >= len(run) * 2:
            members.update(run)
        run = [index] if block is not None and _panel_line(block) else []
    return members


def field_runs(items: list[Block], evidence: list[str | None]) -> set[int]:
    """Lines printed one after another, each a label and a short value, with three labels or more
    and one of the lines furniture by itself: an e-mail's header ("From: …", "Sent: …", "To: …",
    "Subject: …") or a post's metadata. A transcript's turns ("Q: …", "A: …") come in two labels
    and run longer."""
    members: set[int] = set()
    run: list[int] = []
    for index, block in enumerate([*items, None]):
        key = field_key(block.text) if block is not None and block.lines == 1 else None
        if block is not None and key is not None and (not run or not block.blank_before):
            run.append(index)
            continue
        keys = {field_key(items[i].text) for i in run}
        if len(keys) >= FIELD_RUN and any(evidence[i] for i in run):
            members.update(run)
        run = [index] if key is not None else []
    return members


def _panel_line(block: Block) -> bool:
    return block.lines == 1 and len(block.text.split()) <= PANEL_WORDS
