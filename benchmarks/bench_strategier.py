"""Benchmark: hvor mange eksempler i sekundet strategierne i `forloebsregler.testing` giver
(issue 19, punkt 2). Målet er ≥ 500 gyldige eksempler/s for forløbsinputtene.

Hver strategi køres gennem `@given` (som i en rigtig test, kun genereringsfasen, ingen
database), og både eksempler/s og andelen af kasserede træk (filter/assume, fra Hypothesis'
statistik) vises. En strategi, der kasserer de fleste træk, skal bygges om, så den rammer sit
mål direkte.

Hver strategi måles i flere runder (7, med ``--hurtig`` 3) i processens CPU-tid; medianen er
tallet, min og max viser spredningen. Målestokken i samme kørsel (issue 18, punkt 6) er
*gulvet*: den samme `@given`-løkke med `st.integers()`, altså Hypothesis' egen omkostning pr.
eksempel; hver strategi vises som gange gulvets tid. Dommen (≥ 500/s) bruger medianen.

Kør: ``python benchmarks/bench_strategier.py [antal] [navn ...] [--hurtig]`` (standard 300
eksempler pr. strategi og runde, alle strategier uden påkrævede argumenter); et navn kan også
være et område (undermodul), fx ``ledsagelse``, så måles alle dets strategier.

Strategier med få mulige værdier (fx `forloebstyper`) er udtømt efter få eksempler; deres tal
er domineret af Hypothesis' opstart og tæller ikke med i dommen (markeret »udtømt«). Til sidst
vises dommen for hvert område.
"""

from __future__ import annotations

import inspect
import sys
import time
from collections.abc import Callable
from typing import Any

from _maaling import RUNDER, Maaling, maskine
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.statistics import collector

import forloebsregler.testing as testing

_OMRAADER = ("ledsagelse", "iv", "genoptraening", "depression", "_tid", "_faelles")

_MAAL = 500.0


def _omraade(objekt: object) -> str:
    return str(getattr(objekt, "__module__", "")).rsplit(".", 1)[-1]


def _strategier(navne: list[str]) -> dict[str, Callable[[], st.SearchStrategy[Any]]]:
    fundne: dict[str, Callable[[], st.SearchStrategy[Any]]] = {}
    for navn in testing.__all__:
        objekt = getattr(testing, navn)
        if not callable(objekt) or isinstance(objekt, type):
            continue
        if navne and navn not in navne and _omraade(objekt) not in navne:
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


def _maal(
    fabrik: Callable[[], st.SearchStrategy[Any]], antal: int
) -> tuple[float, float, int, float]:
    """Vægtid, CPU-tid, antal gyldige eksempler og andelen af kasserede træk (filter/assume
    og overløb, fra Hypothesis' statistik for genereringsfasen)."""
    taelling = [0]
    statistik: list[Any] = []

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
    with collector.with_value(statistik.append):  # type: ignore[arg-type]
        koer()
    vaeg, cpu = time.perf_counter() - vaeg, time.process_time() - cpu
    tilfaelde = [t for s in statistik for t in s.get("generate-phase", {}).get("test-cases", [])]
    kasseret = sum(t["status"] in ("invalid", "overrun") for t in tilfaelde)
    return vaeg, cpu, taelling[0], kasseret / len(tilfaelde) if tilfaelde else 0.0


def _runder(fabrik: Callable[[], st.SearchStrategy[Any]], antal: int) -> tuple[Maaling, int, float]:
    """Runderne for én strategi: eksempler pr. CPU-sekund, antal gyldige og andel kasseret."""
    rater: list[float] = []
    fik, kasseret = 0, 0.0
    for _ in range(RUNDER):
        _vaeg, cpu, fik, kasseret = _maal(fabrik, antal)
        rater.append(fik / cpu if cpu else float("inf"))
    return Maaling("", rater), fik, kasseret


def main(argv: list[str]) -> int:
    print(f"bench_strategier — {maskine()}")
    argv = [a for a in argv if a != "--hurtig"]
    antal = int(argv[0]) if argv and argv[0].isdigit() else 300
    navne = [a for a in argv if not a.isdigit()]
    under: dict[str, list[str]] = {}
    maalt: dict[str, int] = {}
    gulv, _, _ = _runder(st.integers, antal)
    print(f"gulvet: st.integers() i samme løkke, median {gulv.median:,.0f} eksempler/s (CPU)")
    print(
        f"{'strategi':32} {'område':13} {'eksempler':>9} {'median/s':>9} {'min':>7} {'max':>7} "
        f"{'× gulv':>7} {'kasseret':>9}"
    )
    for navn, fabrik in sorted(_strategier(navne).items()):
        omraade = _omraade(fabrik)
        maaling, fik, kasseret = _runder(fabrik, antal)
        if fik < antal:
            markering = "  (udtømt)"
        else:
            maalt[omraade] = maalt.get(omraade, 0) + 1
            markering = "" if maaling.median >= _MAAL else "  < mål"
            if kasseret > 0.5:
                markering += "  kasserer de fleste træk"
            if markering:
                under.setdefault(omraade, []).append(navn)
        print(
            f"{navn:32} {omraade:13} {fik:>9} {maaling.median:>9.0f} {maaling.rater[0]:>7.0f} "
            f"{maaling.rater[-1]:>7.0f} {gulv.median / maaling.median:>7.1f} "
            f"{kasseret:>9.0%}{markering}"
        )
    print(f"\nmål: ≥ {_MAAL:.0f} gyldige eksempler/s (median, CPU-tid)")
    for omraade in sorted(maalt, key=lambda o: _OMRAADER.index(o) if o in _OMRAADER else 99):
        daarlige = under.get(omraade, [])
        dom = "OK" if not daarlige else f"under målet: {', '.join(daarlige)}"
        print(f"  {omraade:14} {maalt[omraade]:>3} strategier målt: {dom}")
    print(f"under målet i alt: {sum(len(d) for d in under.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
