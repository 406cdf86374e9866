"""Panels of fields a CMS prints around an article: a metadata panel of short lines, two or more
of them a label ending in a colon ("Location:", "Brooklyn, New York", "Issue Date:"), and runs of
"Label: value" lines such as an e-mail's header ("From:", "Sent:", "To:", "Subject:"); and the
story's own panel of that shape, a review's credits ("Director: …", "Cast: …"), told by its names.
"""

from __future__ import annotations

from newslint.furniture_signals import field_key
from newslint.page_layout import is_article, is_sentence
from newslint.regex_store import compile_pattern
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


# A name of two words or more, each capitalised ("Mel Gibson", "M. Ward", "Fan Bingbing").
_NAME = compile_pattern(r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)+")
# A credit's label and its value, however long the value (a cast list runs on).
_CREDIT = compile_pattern(r"(?P<key>\p{Lu}\p{L}+(?:\s\p{L}+){0,2})\s?:\s*(?P<value>\S.*)")
_SENTENCE_END = compile_pattern(r"[.!?][\"”’)]*$")
SHARED_LABELS = 2


def credit_panels(items: list[Block]) -> set[int]:
    """Runs of "Label: value" lines that are the story's own credits, not the page's metadata: a
    name a value gives ("Director: Mel Gibson", "Producer: M. Ward") is named again in the prose
    after the run, before the next one ("Mel Gibson's film drops …"). A page's own fields name
    its staff, its sections and its tags, which the story does not name. A listing of reviews
    prints one such panel over each item: once one panel is the story's, every run sharing two
    of its labels is too. A line ended as a sentence is a paragraph ("He said: …"), no credit."""
    runs: list[dict[str, str]] = []
    members: list[list[int]] = []
    for index, block in enumerate(items):
        found = _CREDIT.fullmatch(block.text) if block.lines == 1 else None
        if found is None or _SENTENCE_END.search(block.text):
            continue
        if not members or members[-1][-1] != index - 1:
            runs.append({})
            members.append([])
        runs[-1][found.group("key").casefold()] = found.group("value")
        members[-1].append(index)
    credited: list[set[str]] = []
    for number, (run, indexes) in enumerate(zip(runs, members, strict=True)):
        if len(run) < SHARED_LABELS:
            continue
        # the prose of this panel's item: up to the next panel
        upto = members[number + 1][0] if number + 1 < len(members) else len(items)
        after = items[indexes[-1] + 1 : upto]
        prose = " ".join(b.text for b in after if is_article(b) or is_sentence(b))
        if any(m.group() in prose for value in run.values() for m in _NAME.finditer(value)):
            credited.append(set(run))
    return {
        index
        for run, indexes in zip(runs, members, strict=True)
        if any(len(labels & set(run)) >= SHARED_LABELS for labels in credited)
        for index in indexes
    }


def _panel_line(block: Block) -> bool:
    return block.lines == 1 and len(block.text.split()) <= PANEL_WORDS
