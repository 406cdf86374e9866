"""Stop 60's page-level verdict on generated copy (issue 14): `llm.generated-page` reports the
lines playing a generated page's roles only once several of them agree on a page that reports
nothing. Every text is written for the test; beside each page stands human copy holding one of
the same signs, which stays silent."""

from __future__ import annotations

import newslint
from newslint.engine import Linter

from .conftest import findings_of, spans_of

PAGE = "llm.generated-page"

GENERATED = (
    "Harbour news this week\n\n"
    "Welcome to our weekly harbour round-up, where we bring you the latest stories from the"
    " quay and the boats.\n\n"
    "One of the hot topics is a quarrel between two countries over the fishing grounds beyond"
    " the old lighthouse.\n\n"
    "So, let's dive right in and see what else happened on the water this week.\n"
)


def test_a_page_whose_roles_agree_reports_each_line(linter: Linter) -> None:
    assert spans_of(GENERATED, findings_of(linter, GENERATED, PAGE)) == [
        "Welcome to our weekly harbour round-up, where we bring you the latest stories from the"
        " quay and the boats.",
        "One of the hot topics is a quarrel between two countries over the fishing grounds beyond"
        " the old lighthouse.",
        "So, let's dive right in and see what else happened on the water this week.",
    ]


def test_the_verdict_reaches_the_document_score() -> None:
    assert newslint.score(GENERATED)["llm_likelihood"] >= 0.5


def test_a_scaffold_heading_counts_even_as_the_first_line(linter: Linter) -> None:
    page = (
        "Introduction to the harbour festival\n\n"
        "The world of festivals is constantly evolving, and the harbour's summer fair has grown"
        " with it over the years.\n\n"
        "In this essay, we will explore the stalls, the music and the boats that fill the quay"
        " every year.\n"
    )
    spans = spans_of(page, findings_of(linter, page, PAGE))
    assert spans[0] == "Introduction to the harbour festival"
    assert len(spans) == 3


def test_a_reported_story_or_a_named_actor_is_not_read(linter: Linter) -> None:
    for page in (
        # a list's lead-in on a page that reports
        "Ferry times\n\nHere are the new times for the winter crossings:\n\nThe first ferry"
        " leaves at seven and the last at ten, the harbour master said on Monday.\n",
        # a column's sweeping opener and an anonymous firm, in a story that reports
        "Ports adapt to new routes\n\nThe world of shipping is constantly evolving, and small"
        " ports are struggling to keep up with the changes.\n\nIn this report, we will explore"
        " the quarrel between two countries over the grounds, the harbour master said.\n\n"
        "“We need more berths,” said Ana Reyes, who runs the ferry company on the island.\n",
        # an explainer's present tense is its plan, not a promise; a firm with its name
        "Harbour news this week\n\nIn this edition, we cover the quay, the boats and the market"
        " stalls that opened on the front this week.\n\nA major shipping company, Nordline, has"
        " bought the old boatyard beside the slipway on the north side.\n",
    ):
        assert findings_of(linter, page, PAGE) == []
