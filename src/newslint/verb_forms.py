"""The closed classes of English verbs that several checks read the same way: the forms of "be",
"have" and "do", and the modals. Kept in one place so a check that asks "is this an auxiliary?"
asks what the others ask, and a form added for one is added for all."""

from __future__ import annotations

BE_FINITE = frozenset("am is are was were".split())
BE_FORMS = BE_FINITE | frozenset("be been being".split())
HAVE_FORMS = frozenset("have has had".split())
DO_FORMS = frozenset("do does did".split())
MODALS = frozenset("will would shall should can could may might must".split())
# The verbs that lead another verb ("was made", "has said", "did not know", "could win").
AUXILIARIES = BE_FORMS | HAVE_FORMS | DO_FORMS | MODALS
