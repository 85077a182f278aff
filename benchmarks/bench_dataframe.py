"""Benchmark: DataFrame ind, DataFrame ud (`forloebsregler.dataframe`) for hvert område.

For hvert område bygges en pandas-DataFrame med `antal` rækker (standard 20.000) af varierede
sager, også tomme celler og fejl, og `dataframe.koer_df` måles i rækker pr. CPU-sekund over
flere runder (min/median/max). Målestokken i samme kørsel (issue 18, punkt 6) er det, en
analytiker ellers ville skrive: rækkerne som ordbøger (`df.to_dict("records")`) gennem
`batch.koer_batch` og posterne tilbage i `pd.DataFrame`. De to køres på skift
(`_maaling.paa_skift`: én runde af hver ad gangen), og forholdet er medianen af forholdene
runde for runde. Før målingen tjekkes det, at de to giver de samme værdier i kolonnen `fejl`.

Kør: ``python benchmarks/bench_dataframe.py [antal] [--hurtig]``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pandas as pd
from _maaling import maskine, paa_skift, raekker

from forloebsregler import batch, dataframe


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


def _haandlavet(omraade: str) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def koer(df: pd.DataFrame) -> pd.DataFrame:
        return pd.DataFrame(list(batch.koer_batch(omraade, df.to_dict("records"))))

    return koer


def _koer_df(omraade: str) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def koer(df: pd.DataFrame) -> pd.DataFrame:
        return dataframe.koer_df(omraade, df)

    return koer


def main(antal: int) -> None:
    print(f"bench_dataframe — {maskine()}")
    for omraade, ramme in _rammer(antal).items():
        ud, haand = _koer_df(omraade)(ramme), _haandlavet(omraade)(ramme)
        if ud["fejl"].fillna("").tolist() != haand["fejl"].fillna("").tolist():
            raise SystemExit(f"{omraade}: koer_df og batch.koer_batch er uenige om fejlene")
        fejl = int(ud["fejl"].notna().sum())
        print(f"{omraade}: {len(ramme):,} rækker, heraf {fejl:,} med fejl")
        reference, maaling = paa_skift(
            raekker("  reference: to_dict + koer_batch + DataFrame", _haandlavet(omraade), ramme),
            raekker("  dataframe.koer_df", _koer_df(omraade), ramme),
        )
        print(reference.linje())
        print(maaling.linje(reference=reference))


if __name__ == "__main__":
    tal = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(tal[0]) if tal else 20_000)
