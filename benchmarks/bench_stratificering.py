"""Benchmark: sværhedsgrad + stratificering for 1.000.000 tilfældige tilfælde (issue 3, punkt 10).

Hvert tilfælde er et tilfældigt sæt kernesymptomer, ledsagesymptomer, komplicerende og
styrkende faktorer (hvert sæt et nyt `frozenset`-objekt af enum-medlemmer), en klinisk
kompleksitetsvurdering (ja/nej/ukendt) og en læsning (ICD-10 eller bogstavelig). Én vurdering
er ét kald af `stratificer`, som både vurderer sværhedsgraden og stratificerer; kun kaldene
tages tid på. Målingerne:

1. målet: tilfældene trækkes i bidder à 10.000, som når data strømmer ind; gc slået til,
   kold cache;
2. alle 1.000.000 tilfælde i hukommelsen på én gang, med og uden gc (som `timeit`), og
   `vurder_svaerhedsgrad` alene;
3. den generelle vej: lister af navne (fuld validering), på en tiendedel af tilfældene.

Kør: ``python benchmarks/bench_stratificering.py [antal]``. Målet er ≥ 500.000 vurderinger/s
på én kerne. Hver måling vises både pr. sekund efter vægur og pr. CPU-sekund
(`time.process_time`, processens egen tid på kernen); på en delt maskine er CPU-tallet det,
der svarer til »én kerne«, og målet sammenlignes med det.
"""

from __future__ import annotations

import gc
import os
import random
import sys
import time
from typing import Any

from forloebsregler.stratificering import (
    Fortolkning,
    Kernesymptom,
    KomplicerendeFaktor,
    Ledsagesymptom,
    StyrkendeFaktor,
    stratificer,
    vurder_svaerhedsgrad,
)

_MAAL = 500_000
_BID = 10_000


def _delmaengder(medlemmer: list[Any]) -> list[tuple[Any, ...]]:
    """Alle delmængder som tupler, nummereret efter bitmønster."""
    return [
        tuple(m for i, m in enumerate(medlemmer) if maske >> i & 1)
        for maske in range(1 << len(medlemmer))
    ]


def _tilfaelde(antal: int, rnd: random.Random) -> list[tuple[Any, ...]]:
    """Tilfældige tilfælde; hvert sæt er et nyt `frozenset`-objekt (ingen deling mellem dem)."""
    k, ledsg = _delmaengder(list(Kernesymptom)), _delmaengder(list(Ledsagesymptom))
    komp, styrk = _delmaengder(list(KomplicerendeFaktor)), _delmaengder(list(StyrkendeFaktor))
    fortolkninger = list(Fortolkning)
    vurderinger = (True, False, None)
    bits = rnd.getrandbits
    return [
        (
            frozenset(k[bits(3)]),
            frozenset(ledsg[bits(7)]),
            frozenset(komp[bits(10)]),
            frozenset(styrk[bits(2)]),
            vurderinger[rnd.randrange(3)],
            fortolkninger[bits(1)],
        )
        for _ in range(antal)
    ]


def _maal(navn: str, antal: int, tid: tuple[float, float]) -> float:
    """Skriv målingen; giver vurderinger pr. CPU-sekund (processens egen tid på kernen)."""
    vaeg, cpu = tid
    pr_cpu = antal / cpu
    print(
        f"{navn}: {antal:,} vurderinger — {antal / vaeg:,.0f} pr. sekund (vægur, {vaeg:.2f} s), "
        f"{pr_cpu:,.0f} pr. CPU-sekund ({cpu:.2f} s)"
    )
    return pr_cpu


def _koer(tilfaelde: list[tuple[Any, ...]]) -> tuple[float, float]:
    """Vægur- og CPU-tiden for at stratificere tilfældene (kun kaldene)."""
    t0, c0 = time.perf_counter(), time.process_time()
    for k, ledsg, komp, styrk, hoej, f in tilfaelde:
        stratificer(
            k, ledsg, komplicerende=komp, styrkende=styrk, hoej_kompleksitet=hoej, fortolkning=f
        )
    return time.perf_counter() - t0, time.process_time() - c0


def main(antal: int = 1_000_000) -> None:
    rnd = random.Random(20240601)
    belastning = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"maskinens belastning (load average 1/5/15 min): {belastning}; kerner: {os.cpu_count()}")

    # 1. Målet: tilfældene trækkes i bidder à 10.000 (som data, der strømmer ind), og kun
    #    kaldene tages tid på; gc er slået til, og cachen starter kold.
    trukket = vaeg = cpu = 0.0
    rest = antal
    while rest:
        t0 = time.perf_counter()
        bid = _tilfaelde(min(_BID, rest), rnd)
        trukket += time.perf_counter() - t0
        v, c = _koer(bid)
        vaeg, cpu = vaeg + v, cpu + c
        rest -= len(bid)
    print(
        f"trak {antal:,} tilfældige tilfælde i bidder à {_BID:,} på {trukket:.2f} s (ikke talt med)"
    )
    hurtig = _maal("stratificer, frozensets i bidder (gc til)", antal, (vaeg, cpu))

    # 2. Alle tilfælde i hukommelsen på én gang: millioner af spredte objekter giver
    #    cache-miss ved hvert opslag, og gc'en gennemgår dem alle ved hver fuld opsamling.
    gc.disable()
    tilfaelde = _tilfaelde(antal, rnd)
    gc.enable()
    _maal("stratificer, alle i hukommelsen (gc til)", antal, _koer(tilfaelde))
    gc.disable()  # herefter som `timeit` måler
    _maal("stratificer, alle i hukommelsen (gc fra)", antal, _koer(tilfaelde))

    t0, c0 = time.perf_counter(), time.process_time()
    for k, ledsg, _komp, _styrk, _hoej, f in tilfaelde:
        vurder_svaerhedsgrad(k, ledsg, fortolkning=f)
    tid = (time.perf_counter() - t0, time.process_time() - c0)
    _maal("vurder_svaerhedsgrad alene (frozenset, gc fra)", antal, tid)

    # 3. Den generelle vej: lister af navne, fuld validering.
    generelle = [
        (
            [m.name for m in k],
            [m.name for m in ledsg],
            [m.name for m in komp],
            [m.name for m in styrk],
            hoej,
            f.name,
        )
        for k, ledsg, komp, styrk, hoej, f in tilfaelde[: max(1, antal // 10)]
    ]
    _maal(
        "stratificer, lister af navne (fuld validering, gc fra)", len(generelle), _koer(generelle)
    )
    gc.enable()

    status = "nået" if hurtig >= _MAAL else "IKKE nået"
    print(f"mål: ≥ {_MAAL:,} pr. CPU-sekund på én kerne (måling 1) — {status}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
