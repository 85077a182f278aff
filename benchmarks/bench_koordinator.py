"""Benchmark: den koordinerende kontaktperson (issue 18, punkt 4).

Måler (uden at ændre reglen) `koordinerende_kontaktperson` på tilfældige kombinationer af
ja/nej/ukendt, pr. kald, med min/median over flere runder og som forhold til gulvet (et
tomt kald med de samme argumenter i samme løkke) fra samme kørsel.

Kør: ``python benchmarks/bench_koordinator.py [--hurtig]``.
"""

from __future__ import annotations

import random
from typing import Any

from _maaling import maskine, pr_kald

from forloebsregler.koordinator import KontaktpersonLaesning, koordinerende_kontaktperson

_N = 50_000


def _tom(*args: Any, **kwargs: Any) -> None:
    return None


def main() -> None:
    print(f"bench_koordinator — {maskine()}")
    rnd = random.Random(8)
    jnu = (True, False, None)
    args = [
        (
            rnd.choice(jnu),
            rnd.choice(jnu),
            rnd.choice(jnu),
            rnd.choice(jnu),
            rnd.choice(jnu),
            rnd.choice(list(KontaktpersonLaesning)),
        )
        for _ in range(_N)
    ]

    def loekke(funktion: Any) -> Any:
        def koer(a: Any) -> None:
            for d, kb, job, lp, i_psyk, laes in a:
                funktion(
                    d,
                    komplekse_behov=kb,
                    kontakt_jobcenter=job,
                    kontakt_lokalpsykiatri=lp,
                    i_behandling_i_psykiatrien=i_psyk,
                    laesning=laes,
                )

        return koer

    g = pr_kald("gulv: tomt kald med samme argumenter", loekke(_tom), args)
    print(g.linje())
    print(
        pr_kald("koordinerende_kontaktperson", loekke(koordinerende_kontaktperson), args).linje(
            gulv=g
        )
    )


if __name__ == "__main__":
    main()
