"""Benchmark: genoptræning — opstartsfrist, frit leverandørvalg og batchen (issue 18, punkt 4).

Måler (uden at ændre reglerne) `opstartsfrist`, `frit_leverandoervalg` og batchen
`opstartsfrister`, pr. kald og pr. række, med min/median over flere runder og som forhold
til gulvet (et tomt kald i samme løkke) fra samme kørsel. Datoerne spredes over 2019–2026.

Kør: ``python benchmarks/bench_genoptraening.py [--hurtig]``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from _maaling import maskine, pr_kald, pr_raekke

from forloebsregler.genoptraeningsfrist import frit_leverandoervalg, opstartsfrist, opstartsfrister

_N = 50_000


def _tom(*args: Any, **kwargs: Any) -> None:
    return None


def main() -> None:
    print(f"bench_genoptraening — {maskine()}")
    rnd = random.Random(10)
    start = date(2019, 1, 1)
    par = []
    for _ in range(_N):
        udskrevet = start + timedelta(days=rnd.randrange(8 * 365))
        par.append((udskrevet, udskrevet + timedelta(days=rnd.randrange(15))))

    def en(funktion: Any) -> Any:
        def loekke(args: Any) -> None:
            for u, _t in args:
                funktion(u)

        return loekke

    def to(funktion: Any) -> Any:
        def loekke(args: Any) -> None:
            for u, t in args:
                funktion(u, t)

        return loekke

    g1 = pr_kald("gulv: tomt kald med ét argument", en(_tom), par)
    g2 = pr_kald("gulv: tomt kald med to argumenter", to(_tom), par)
    print(g1.linje())
    print(pr_kald("opstartsfrist(dato)", en(opstartsfrist), par).linje(gulv=g1))
    print(g2.linje())
    print(pr_kald("frit_leverandoervalg(dato, dato)", to(frit_leverandoervalg), par).linje(gulv=g2))
    raekker = [
        {"id": i, "udskrivning": u.isoformat(), "tilbudt_opstart": t.isoformat()}
        for i, (u, t) in enumerate(par)
    ]
    ref = pr_raekke(
        "reference: frit_leverandoervalg række for række",
        lambda rs: [frit_leverandoervalg(r["udskrivning"], r["tilbudt_opstart"]) for r in rs],
        raekker,
    )
    print(ref.linje())
    print(
        pr_raekke("opstartsfrister (rækker pr. sekund)", opstartsfrister, raekker).linje(
            reference=ref
        )
    )


if __name__ == "__main__":
    main()
