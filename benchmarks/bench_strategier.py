"""Benchmark: hvor mange eksempler i sekundet strategierne i `forloebsregler.testing` giver
(issue 19, punkt 2). Målet er ≥ 500 gyldige eksempler/s for forløbsinputtene.

Hver strategi køres gennem `@given` (som i en rigtig test, kun genereringsfasen, ingen
database), og både eksempler/s og andelen af kasserede træk (filter/assume, fra Hypothesis'
statistik) vises. En strategi, der kasserer de fleste træk, skal bygges om, så den rammer sit
mål direkte.

Kør: ``python benchmarks/bench_strategier.py [antal] [navn ...]`` (standard 300 eksempler pr.
strategi, alle strategier uden påkrævede argumenter). CPU-tiden vises også, fordi vægtiden på
en delt maskine afhænger af de andre processer.
"""

from __future__ import annotations

import inspect
import sys
import time
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import forloebsregler.testing as testing

_MAAL = 500.0


def _strategier(navne: list[str]) -> dict[str, Callable[[], st.SearchStrategy[Any]]]:
    fundne: dict[str, Callable[[], st.SearchStrategy[Any]]] = {}
    for navn in testing.__all__:
        objekt = getattr(testing, navn)
        if not callable(objekt) or isinstance(objekt, type) or (navne and navn not in navne):
            continue
        try:
            parametre = inspect.signature(objekt).parameters.values()
        except (TypeError, ValueError):
            continue
        if any(
            p.default is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
            for p in parametre
        ):
            continue
        strategi = objekt()
        if isinstance(strategi, st.SearchStrategy):
            fundne[navn] = objekt
    return fundne


def _maal(fabrik: Callable[[], st.SearchStrategy[Any]], antal: int) -> tuple[float, float, int]:
    taelling = [0]

    @settings(
        max_examples=antal,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(fabrik())
    def koer(_eksempel: object) -> None:
        taelling[0] += 1

    vaeg, cpu = time.perf_counter(), time.process_time()
    koer()
    return time.perf_counter() - vaeg, time.process_time() - cpu, taelling[0]


def main(argv: list[str]) -> int:
    antal = int(argv[0]) if argv and argv[0].isdigit() else 300
    navne = [a for a in argv if not a.isdigit()]
    under_maal = 0
    print(f"{'strategi':36} {'eksempler':>9} {'pr. s (væg)':>12} {'pr. s (cpu)':>12}")
    for navn, fabrik in sorted(_strategier(navne).items()):
        vaeg, cpu, fik = _maal(fabrik, antal)
        pr_s = fik / vaeg if vaeg else float("inf")
        pr_cpu = fik / cpu if cpu else float("inf")
        markering = "" if pr_cpu >= _MAAL else "  < mål"
        under_maal += bool(markering)
        print(f"{navn:36} {fik:>9} {pr_s:>12.0f} {pr_cpu:>12.0f}{markering}")
    print(f"mål: ≥ {_MAAL:.0f} eksempler/s (CPU); under målet: {under_maal}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
