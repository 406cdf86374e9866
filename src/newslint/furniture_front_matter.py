"""A legal document's front matter: a judgment, an opinion or a deed opens on its court, its
judges, its parties set one per line around a line that only joins them ("- and -", "-v-", "v."),
its counsel and its dates, before the first paragraph of its text. Line by line it is shaped like a
page's furniture; the caption vouches for it as the document's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from newslint.page_layout import is_article
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

# A line that only joins two parties: "- and -", "-v-", "v.", "versus".
_JOINS_PARTIES = compile_pattern(r"[-–—\s]*(?i:and|v\.?|vs\.?|versus)[-–—\s]*")


def front_matter(items: Sequence[Block]) -> range:
    """The blocks of a legal document's front matter: under the page's top line (its title, the
    site's) down to the first paragraph of the text, when a line among them only joins two parties
    named on the lines either side of it. Empty on any other page."""
    first = next((i for i, block in enumerate(items) if is_article(block)), len(items))
    lines = [line for block in items[1:first] for line in block.text.split("\n")]
    joins = [n for n, line in enumerate(lines) if _JOINS_PARTIES.fullmatch(line)]
    if not any(0 < n < len(lines) - 1 for n in joins):
        return range(0)
    return range(1, first)
