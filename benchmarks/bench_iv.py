"""Benchmark: IV-behandling — tyngdekategori, finansiering og batchen (issue 18, punkt 4).

Måler (uden at ændre reglerne) `tyngdekategori` (timer som Decimal og som tekst),
`regional_finansiering` og batchen `vurder_forloeb`, pr. kald og pr. række, med min/median
over flere runder og som forhold til gulvet (et tomt kald i samme løkke) fra samme kørsel.

Kør: ``python benchmarks/bench_iv.py [--hurtig]``.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from _maaling import maskine, pr_kald, pr_raekke

from forloebsregler.iv_finansiering import regional_finansiering, vurder_forloeb
from forloebsregler.ivkategori import Tyngdekategori, tyngdekategori

_N = 50_000


def _tom(*args: Any, **kwargs: Any) -> None:
    return None


def _en(funktion: Any) -> Any:
    def loekke(args: Any) -> None:
        for a in args:
            funktion(a)

    return loekke


def main() -> None:
    print(f"bench_iv — {maskine()}")
    rnd = random.Random(18)
    timer = [Decimal(rnd.randrange(1, 5000)) / 100 for _ in range(_N)]
    tekster = [str(t) for t in timer]
    kategorier = [rnd.choice(list(Tyngdekategori)) for _ in range(_N)]
    g = pr_kald("gulv: tomt kald i samme løkke", _en(_tom), timer)
    print(g.linje())
    for navn, funktion, args in [
        ("tyngdekategori(Decimal)", tyngdekategori, timer),
        ("tyngdekategori(tekst)", tyngdekategori, tekster),
        ("regional_finansiering(kategori)", regional_finansiering, kategorier),
    ]:
        print(pr_kald(navn, _en(funktion), args).linje(gulv=g))
    raekker = [
        {"id": i, "timer": tekster[i], "afslutning_af_kemokur": i % 97 == 0} for i in range(_N)
    ]
    batch = pr_raekke("vurder_forloeb (rækker pr. sekund)", vurder_forloeb, raekker)
    enkelt = pr_raekke(
        "reference: enkeltkaldene række for række (kategori og finansiering)",
        lambda rs: [
            regional_finansiering(
                tyngdekategori(
                    r["timer"], afslutning_af_kemokur=r["afslutning_af_kemokur"]
                ).kategori
            )
            for r in rs
        ],
        raekker,
    )
    print(enkelt.linje())
    print(batch.linje(reference=enkelt))


if __name__ == "__main__":
    main()
