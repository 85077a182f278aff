"""Benchmark: pris for 1.000.000 tilfældige ledsagelsesepisoder på 0–24 timer (issue 4, punkt 11).

Episoderne spredes over 2019–2024 på hele sekunder, og et `Takstregister` med en tabel pr. år
(2020–2024 fremskrevet med en eksempelfaktor) gives med `takster=`. Episoderne trækkes i bidder på
100.000 (højst en femtedel af antallet); hver bid er en runde, og kun prisberegningen
(`beregn_mange`) tages tid på i processens CPU-tid (min/median/max over bidderne). Målestokken i
samme kørsel (issue 18, punkt 6) er enkeltkaldet `beregn_ledsagelse(start, slut, takster=register)`
pr. episode på 20.000 af de samme slags episoder, med den samme post bygget af resultatets
offentlige egenskaber (prøvet lig med batchens poster på 2.000 episoder før målingen); batchen skal
være mindst lige så hurtig pr. række. Enkeltkaldet, der kun læser totalen, vises også. De tre
måles på skift (`_maaling.paa_skift`): i hver runde én runde af hvert enkeltkald og så én bid af
batchen, så enkeltkaldene får lige så mange runder, som der er bidder, og forholdene er medianen
af forholdene runde for runde. Til sidst måles spidsbelastningen af hukommelsen (tracemalloc) for
den strømmende batch over en generator — den er konstant, uanset antallet.

Kør: ``python benchmarks/bench_takster.py [antal]``. Målet er ≥ 100.000 episoder/s på én kerne.
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from _maaling import Opgave, kald, maskine, paa_skift, rate, status

from forloebsregler.ledsagelsespris import Ledsagelsesberegning, beregn_ledsagelse, beregn_mange
from forloebsregler.takster import STANDARD_TAKSTREGISTER, TAKSTER_2019, Takstregister
from forloebsregler.takstperioder import Takstkategori

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


def _post(raekke: int, r: Ledsagelsesberegning) -> dict[str, Any]:
    """Batchens post bygget af enkeltkaldets resultat med de offentlige egenskaber."""
    post: dict[str, Any] = {
        "raekke": raekke,
        "start": r.start.isoformat(),
        "slut": r.slut.isoformat(),
        "niveau": ", ".join(r.niveauer),
        "timer": r.timer,
    }
    for k in Takstkategori:
        post[f"timer_{k.name}"] = r.timer_i(k)
    beloeb = dict.fromkeys(Takstkategori, Decimal("0.00"))
    for linje in r.linjer:
        beloeb[linje.kategori] += linje.beloeb
    for k in Takstkategori:
        post[f"beloeb_{k.name}"] = beloeb[k]
    post["total"] = r.total
    post["fejl"] = None
    return post


def _referencer(register: Takstregister) -> tuple[Opgave, Opgave]:
    """Enkeltkaldet pr. episode: kun totalen, og den samme post, som batchen giver."""
    episoder = list(_episoder(20_000, random.Random(7)))
    poster = [
        _post(i, beregn_ledsagelse(s, e, takster=register))
        for i, (s, e) in enumerate(episoder[:2_000], 1)
    ]
    if poster != list(beregn_mange(episoder[:2_000], takster=register)):
        raise SystemExit("enkeltkaldenes poster og batchens poster er forskellige")

    def kun_total(args: Sequence[tuple[datetime, datetime]]) -> None:
        for s, e in args:
            beregn_ledsagelse(s, e, takster=register).total  # noqa: B018 - læses som af en kalder

    def hele_posten(args: Sequence[tuple[datetime, datetime]]) -> None:
        for i, (s, e) in enumerate(args, 1):
            _post(i, beregn_ledsagelse(s, e, takster=register))

    return (
        kald("enkeltkald: beregn_ledsagelse(..., takster=).total", kun_total, episoder),
        kald("reference: enkeltkald + samme post som batchen", hele_posten, episoder),
    )


def main(antal: int = 1_000_000) -> None:
    print(f"bench_takster — {maskine()}")
    register = _register()
    rnd = random.Random(2019)
    for _ in beregn_mange(_episoder(20_000, random.Random(1)), takster=register):
        pass  # opvarmning: kalendercachen fyldes
    traek_tid = 0.0
    total = Decimal(0)
    bid_stoerrelse = min(_BID, max(1, antal // 5))  # mindst fem runder
    bidder = [bid_stoerrelse] * (antal // bid_stoerrelse)
    if antal % bid_stoerrelse:
        bidder.append(antal % bid_stoerrelse)
    naeste = iter(bidder)

    def bid_runde() -> float:
        """Én runde af batchen: den næste bid trækkes (uden for tiden) og prissættes."""
        nonlocal traek_tid, total
        n = next(naeste)
        t0 = time.perf_counter()
        bid = list(_episoder(n, rnd))
        traek_tid += time.perf_counter() - t0
        c1 = time.process_time()
        for post in beregn_mange(bid, takster=register):
            total += post["total"]
        return rate(n, time.process_time() - c1)

    kun_total, reference, batch = paa_skift(
        *_referencer(register),
        Opgave(f"beregn_mange, {antal:,} episoder (bid pr. runde)", bid_runde),
        runder=len(bidder),
    )
    print(kun_total.linje())
    print(reference.linje())
    print(batch.linje(reference=reference))
    print(f"  (og {batch.forhold(kun_total):.2f}× enkeltkaldet, der kun læser totalen)")
    print(status(batch, 100_000))
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
