"""Which side of the Atlantic a document spells on, from pairs of words that differ.

Used to decide which variant wins when a document mixes two (`Mr`/`Mr.`, `US`/`U.S.`): the form
that matches the document's own spelling, rather than whichever happens to be more frequent.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

# American/British spellings, one pair per entry; "_" stands for a space ("per_cent").
_PAIRS = """
color/colour favor/favour honor/honour labor/labour neighbor/neighbour behavior/behaviour
humor/humour harbor/harbour rumor/rumour vigor/vigour armor/armour armored/armoured center/centre
theater/theatre fiber/fibre defense/defence offense/offence program/programme
organize/organise organization/organisation recognize/recognise realize/realise
apologize/apologise criticize/criticise emphasize/emphasise prioritize/prioritise
mobilize/mobilise stabilize/stabilise modernize/modernise authorize/authorise
characterize/characterise minimize/minimise maximize/maximise utilize/utilise analyze/analyse
paralyze/paralyse catalog/catalogue traveled/travelled traveling/travelling canceled/cancelled
canceling/cancelling labeled/labelled modeling/modelling counselor/counsellor fulfill/fulfil
enrollment/enrolment gray/grey judgment/judgement aging/ageing maneuver/manoeuvre
jewelry/jewellery skeptical/sceptical pediatric/paediatric fetus/foetus plow/plough
aluminum/aluminium percent/per_cent whiskey/whisky
"""

AMERICAN, BRITISH = "american", "british"


def _alternation(words: Iterable[str]) -> regex.Pattern[str]:
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(regex.escape(w).replace("_", r"\s") for w in ordered)
    return regex.compile(rf"\b(?:{body})(?:s|d|ed|ing|ly)?\b", regex.IGNORECASE)


@cache
def _spelling_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    pairs = [entry.split("/") for entry in _PAIRS.split()]
    return _alternation(p[0] for p in pairs), _alternation(p[1] for p in pairs)


def evidence(text: str) -> tuple[int, int]:
    """(American spellings, British spellings) found in `text`."""
    american, british = _spelling_patterns()
    return len(american.findall(text)), len(british.findall(text))


def guess(text: str, margin: int = 1) -> str | None:
    """'american', 'british', or None when the spellings do not lean clearly either way."""
    american, british = evidence(text)
    if american >= british + margin:
        return AMERICAN
    if british >= american + margin:
        return BRITISH
    return None
