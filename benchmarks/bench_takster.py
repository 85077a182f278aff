"""Benchmark: pris for 1.000.000 tilfældige ledsagelsesepisoder på 0–24 timer (issue 4, punkt 11).

Episoderne spredes over 2019–2024, og et `Takstregister` med en tabel pr. år (2020–2024
fremskrevet med en eksempelfaktor) gives med `takster=`. Episoderne trækkes i bidder på
100.000, og kun prisberegningen (`beregn_mange`) tages tid på; tiden for at trække
tilfældige tal vises for sig. Til sidst måles spidsbelastningen af hukommelsen (tracemalloc)
for den strømmende batch over en generator — den er konstant, uanset antallet.

Kør: ``python benchmarks/bench_takster.py [antal]``. Målet er ≥ 100.000 episoder/s på én kerne;
CPU-tiden vises også, fordi vægtiden på en delt maskine afhænger af de andre processer.
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from forloebsregler.ledsagelsespris import beregn_mange
from forloebsregler.takster import STANDARD_TAKSTREGISTER, TAKSTER_2019, Takstregister

_FRA = datetime(2019, 1, 1, tzinfo=UTC)
_SPAND = int((datetime(2024, 12, 30, tzinfo=UTC) - _FRA).total_seconds())
_BID = 100_000


def _register() -> Takstregister:
    register = STANDARD_TAKSTREGISTER
    faktor = Decimal(1)
    for aar in range(2020, 2025):
        faktor *= Decimal("1.02")
        register = register.med(
            TAKSTER_2019.fremskriv(
                faktor,
                niveau=f"{aar}-niveau (eksempel)",
                gyldig_fra=date(aar, 1, 1),
                gyldig_til=date(aar, 12, 31),
            )
        )
    return register


def _episoder(antal: int, rnd: random.Random) -> Iterator[tuple[datetime, datetime]]:
    for _ in range(antal):
        start = _FRA + timedelta(seconds=rnd.randrange(_SPAND))
        yield start, start + timedelta(seconds=rnd.randrange(24 * 3600 + 1))


def main(antal: int = 1_000_000) -> None:
    register = _register()
    rnd = random.Random(2019)
    for _ in beregn_mange(_episoder(20_000, random.Random(1)), takster=register):
        pass  # opvarmning: kalendercachen fyldes
    pris_tid = pris_cpu = traek_tid = 0.0
    total = Decimal(0)
    tilbage = antal
    while tilbage:
        n = min(_BID, tilbage)
        t0 = time.perf_counter()
        bid = list(_episoder(n, rnd))
        t1, c1 = time.perf_counter(), time.process_time()
        for post in beregn_mange(bid, takster=register):
            total += post["total"]
        t2, c2 = time.perf_counter(), time.process_time()
        traek_tid += t1 - t0
        pris_tid += t2 - t1
        pris_cpu += c2 - c1
        tilbage -= n
    print(f"{antal:,} episoder prissat på {pris_tid:.2f} s: {antal / pris_tid:,.0f} episoder/s")
    print(
        f"målt i processens CPU-tid (én kerne): {antal / pris_cpu:,.0f} episoder/s (mål: 100.000)"
    )
    print(f"(at trække de tilfældige episoder tog {traek_tid:.2f} s ekstra)")
    print(f"samlet beløb: {total} kr.")

    tracemalloc.start()
    for _ in beregn_mange(_episoder(min(antal, 200_000), rnd), takster=register):
        pass
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"spidsbelastning af hukommelsen for den strømmende batch: {top / 1024:,.0f} KiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
