"""A datatrove pipeline block: annotate documents with their newslint score, and filter on it.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from newslint.integrations.datatrove import NewslintFilter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("dump/"),
        NewslintFilter(drop_above=5.0),          # findings per 1,000 words
        JsonlWriter("clean/"),
    ], tasks=8, workers=2).run()

The same pipeline runs on Slurm or Ray with datatrove's executors.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

from newslint.integrations.rows import score_row
from newslint.scoring import scorer

DROPPED = "newslint_density"  # datatrove's stats count it as dropped_newslint_density


class NewslintFilter(BaseFilter):
    """Keeps documents whose artifact density is at most `drop_above` (or below `keep_below`).

    With neither threshold it only annotates: `doc.metadata["newslint"]` holds the score record.
    Every drop has the reason "newslint_density" (datatrove's stats count `dropped_newslint_density`;
    an exclusion writer's `filter_reason`); the document's density is in its record.
    """

    name = "📰 newslint"

    def __init__(self, drop_above: float | None = None, keep_below: float | None = None, *, annotate: bool = True,
                 metadata_key: str = "newslint", grammar: str | None = "off", select: Sequence[str] = (),
                 ignore: Sequence[str] = (), config: str | None = None, context: bool | None = None,
                 exclusion_writer: Any = None):  # fmt: skip
        super().__init__(exclusion_writer)
        if drop_above is not None and keep_below is not None:
            raise ValueError("use drop_above or keep_below, not both")
        self.drop_above, self.keep_below = drop_above, keep_below
        self.annotate, self.metadata_key = annotate, metadata_key
        self.settings = {
            "select": tuple(select),
            "ignore": tuple(ignore),
            "grammar": grammar,
            "config": config,
            "context": context,
        }

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        record = score_row(scorer(**self.settings), doc.text, f"document {doc.id!r}")
        if self.annotate:
            doc.metadata[self.metadata_key] = record
        density = record["density"]
        # One reason for every drop: datatrove counts drops per reason (`dropped_<reason>`), so a
        # reason naming the density gave its stats a key per dropped document.
        if self.drop_above is not None and density > self.drop_above:
            return False, DROPPED
        if self.keep_below is not None and density >= self.keep_below:
            return False, DROPPED
        return True
