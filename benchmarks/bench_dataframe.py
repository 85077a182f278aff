"""Benchmark: DataFrame ind, DataFrame ud (`forloebsregler.dataframe`) for hvert område.

For hvert område bygges en pandas-DataFrame med `antal` rækker (standard 100.000) af
varierede sager, også tomme celler og fejl, og `dataframe.koer_df` måles (vægur og CPU-tid);
rækker pr. sekund skrives ud. Til sidst sammenlignes `pd.DataFrame(resultater)` med
`pd.DataFrame([r.til_dict() for r in resultater])` for 10.000 ledsagelsesresultater.

Kør: ``python benchmarks/bench_dataframe.py [antal]``.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pandas as pd

from forloebsregler import beregn_ledsagelse, dataframe


def _rammer(n: int) -> dict[str, pd.DataFrame]:
    start = [
        datetime(2019, 1, 1, tzinfo=UTC) + timedelta(minutes=47 * (i % 10_000)) for i in range(n)
    ]
    kerne = ["NEDTRYKTHED;NEDSAT_LYST_ELLER_INTERESSE", "NEDTRYKTHED", None, "FORKERT"]
    udskrivning = pd.to_datetime([date(2024, 1, 1) + timedelta(days=i % 500) for i in range(n)])
    return {
        "ledsagelse": pd.DataFrame(
            {
                "id": range(n),
                "start": start,
                "slut": [s + timedelta(hours=1 + i % 30) for i, s in enumerate(start)],
            }
        ),
        "iv": pd.DataFrame(
            {"id": range(n), "timer": [Decimal(i % 50) + Decimal("0.5") for i in range(n)]}
        ),
        "depression": pd.DataFrame(
            {
                "id": range(n),
                "kernesymptomer": [kerne[i % 4] for i in range(n)],
                "ledsagesymptomer": ["SOEVNFORSTYRRELSER;AGITATION_ELLER_HAEMNING"] * n,
                "hoej_kompleksitet": [("ja", "nej", None, "ukendt")[i % 4] for i in range(n)],
            }
        ),
        "genoptraening": pd.DataFrame(
            {
                "id": range(n),
                "udskrivning": udskrivning,
                "tilbudt_opstart": udskrivning
                + pd.to_timedelta([i % 12 for i in range(n)], unit="D"),
            }
        ),
        "koordinator": pd.DataFrame(
            {
                "id": range(n),
                "diagnosticeret": [("ja", "nej", None, "ja")[i % 4] for i in range(n)],
                "komplekse_behov": [(True, False, None)[i % 3] for i in range(n)],
                "alder": [(30.0, 17.0, None, 45.0)[i % 4] for i in range(n)],
            }
        ),
    }


def main(antal: int) -> None:
    for omraade, ramme in _rammer(antal).items():
        t0, c0 = time.perf_counter(), time.process_time()
        ud = dataframe.koer_df(omraade, ramme)
        vaeg, cpu = time.perf_counter() - t0, time.process_time() - c0
        fejl = int(ud["fejl"].notna().sum())
        print(
            f"{omraade:14} {antal:>9,} rækker  {vaeg:6.2f} s  {antal / vaeg:>9,.0f} rækker/s "
            f"(CPU {antal / cpu:>9,.0f}/s)  fejl {fejl:,}"
        )
    start = datetime(2019, 1, 1, tzinfo=UTC)
    rs = [
        beregn_ledsagelse(
            start + timedelta(minutes=47 * i), start + timedelta(minutes=47 * i + 300)
        )
        for i in range(10_000)
    ]
    t0 = time.perf_counter()
    pd.DataFrame([r.til_dict() for r in rs])
    via_dict = time.perf_counter() - t0
    t0 = time.perf_counter()
    pd.DataFrame(rs)
    direkte = time.perf_counter() - t0
    print(f"10.000 resultater: pd.DataFrame(rs) {direkte:.2f} s, via til_dict {via_dict:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
