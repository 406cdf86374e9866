"""Which side of the Atlantic a document spells on, from pairs of words that differ.

Used to decide which variant wins when a document mixes two (`Mr`/`Mr.`, `US`/`U.S.`): the form
that matches the document's own spelling, rather than whichever happens to be more frequent.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

# American/British spellings, one pair per entry ("cent" stands for British "per cent": the
# singular is rare in running text otherwise).
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
aluminum/aluminium whiskey/whisky percent/cent
"""
_ENDINGS = ("", "s", "d", "ed", "ing", "ly")
AMERICAN, BRITISH = "american", "british"


@cache
def _spellings() -> tuple[frozenset[str], frozenset[str]]:
    pairs = [entry.split("/") for entry in _PAIRS.split()]
    american = frozenset(p[0] + e for p in pairs for e in _ENDINGS)
    british = frozenset(p[1] + e for p in pairs for e in _ENDINGS)
    return american, british


@cache
def _american_forms() -> dict[str, str]:
    pairs = [entry.split("/") for entry in _PAIRS.split()]
    return {p[1] + e: p[0] + e for p in pairs for e in _ENDINGS}


def american_form(word: str) -> str | None:
    """The American spelling of a British one ("grey" -> "gray"); None for any other word."""
    return _american_forms().get(word)


def evidence(word_counts: Mapping[str, int]) -> tuple[int, int]:
    """(American spellings, British spellings) among a document's words."""
    american, british = _spellings()
    us = uk = 0
    for word, count in word_counts.items():
        lowered = word.lower()
        us += count * (lowered in american)
        uk += count * (lowered in british)
    return us, uk


def guess(word_counts: Mapping[str, int], margin: int = 1) -> str | None:
    """'american', 'british', or None when the spellings do not lean clearly either way."""
    american, british = evidence(word_counts)
    if american >= british + margin:
        return AMERICAN
    if british >= american + margin:
        return BRITISH
    return None
