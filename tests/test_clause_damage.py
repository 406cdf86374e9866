"""benchmarks/clause_damage.py makes sentence-boundary damage on clean copy at sites chosen the
same way every run. Texts written for the tests."""

from __future__ import annotations

from tests.benchmark_pages import load_benchmark

damage = load_benchmark("clause_damage")
TEXT = " ".join(
    f"The council met on day {n} of the week. Officials said the plan was fine." for n in range(12)
)


def test_every_kind_marks_the_sites_it_made() -> None:
    for kind in ("stop", "comma", "lower"):
        made, sites = damage.damaged("page", TEXT, kind)
        assert sites, kind
        for start, end in sites:
            assert made[start:end].strip(" ,.").lower() in {"officials", "the"}
    made, sites = damage.damaged("page", TEXT, "stop")
    assert all(made[s - 6 : s] in {" week ", " fine "} for s, _ in sites)


def test_the_comma_and_the_lowered_capital() -> None:
    made, sites = damage.damaged("page", TEXT, "comma")
    assert {made[s:e] for s, e in sites} == {", Officials", ", The"}
    made, sites = damage.damaged("page", TEXT, "lower")
    assert {made[s:e] for s, e in sites} == {". officials", ". the"}


def test_the_choice_is_the_same_every_run_and_differs_by_page() -> None:
    assert damage.damaged("page", TEXT, "stop") == damage.damaged("page", TEXT, "stop")
    made, sites = damage.damaged("page", TEXT, "midcap")
    assert all(made[s].isupper() for s, _ in sites)
    assert len(made) == len(TEXT)
