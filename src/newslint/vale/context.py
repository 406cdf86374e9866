"""What every rule of one Vale configuration shares: the configuration, the accepted vocabulary,
the block kinds the loaded rules need, and the view of the document being checked."""

from __future__ import annotations

from dataclasses import dataclass, field

from newslint.document import Document
from newslint.vale.blocks import Needs
from newslint.vale.ini import ValeConfig
from newslint.vale.view import View, build_view


@dataclass(eq=False)
class ValeContext:
    config: ValeConfig | None = None
    min_level: str = "suggestion"
    accept: list[str] = field(default_factory=list)
    needs: Needs = field(default_factory=Needs)
    _last: tuple[Document, View] | None = field(default=None, repr=False)

    def note_scope(self, scope: object) -> None:
        names = " ".join(scope) if isinstance(scope, list) else str(scope or "")
        self.needs = Needs(
            self.needs.paragraphs or "paragraph" in names,
            self.needs.sentences or "sentence" in names,
        )

    def runs(self, rule_id: str, path: str) -> bool:
        return self.config is None or self.config.runs(rule_id, path)

    def view(self, doc: Document) -> View:
        """The document's blocks and switches, built once for all the rules that ask."""
        if self._last is None or self._last[0] is not doc:
            self._last = (doc, build_view(doc, self.config, self.needs))
        return self._last[1]

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["_last"] = None
        return state
