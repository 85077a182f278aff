"""Benchmark: ét kald af `beregn_ledsagelse` mod en minut-for-minut-pris (issue 18, punkt 2).

Målestokken er en *naiv reference* målt i samme kørsel: en prisberegner, der går gennem
ledsagelsen ét reelt minut ad gangen i UTC, omregner hvert minut til dansk tid
(`zoneinfo`), finder minuttets takstkategori (dag 06–17, aften/nat 17–06; en aften/nat hører
til den dag, den begynder på; søn- og helligdag går forud; de officielle helligdage fra
`holidays`-pakken) og prissætter minutterne pr. kategori efter 2019-taksterne med én linje pr.
kategori, afrundet halvt op til øre. Det er den beregning, issue 18 måler mod.

Episoderne er 2.000 tilfældige ledsagelser i 2019 på 0–24 timer i hele minutter (så
referencen er eksakt); før målingen tjekkes det, at referencen og biblioteket giver samme
total for hver episode. Batchen får 10.000 andre, forskellige episoder fra samme fordeling (ikke
de samme 2.000 fem gange, så intet lager får gavn af gentagne episoder). Der måles:

- `beregn_ledsagelse(start, slut).total` — ét kald pr. episode (mål ≥ 150× referencen);
- `beregn_mange(episoder)` — den strømmende batch pr. række (mål ≥ 200× referencen);
- til sammenligning: de samme poster med heltal i stedet for tekst og `Decimal` (tidspunkter og
  tider i mikrosekunder, beløb i øre), regnet af en prototype i denne fil med bibliotekets
  private fordeling og afrunding — ikke en del af biblioteket. Den viser, hvad batchens
  postform (ISO-tekst og `Decimal`) koster; totalen tjekkes mod `beregn_mange` før målingen.
- til sammenligning: *loftet* for postformen — præcis `beregn_mange`s poster (tjekket post for
  post før målingen), regnet af én håndskrevet løkke i denne fil med alt skrevet ind i løkken:
  ingen funktionskald pr. post, og intet af det, `beregn_mange` også skal kunne (fejlposter,
  mapping-episoder, brøkdele af sekunder, flere taksttabeller, andre kalendere og decimal-
  kontekster). Den er ikke et bud på bibliotekets kode, men et skøn over, hvor hurtigt poster
  med ISO-tekst og `Decimal` kan regnes i ren Python: den hurtigste løkke, projektet har kunnet
  skrive, endda uden det ekstra arbejde. Står loftet under 200× referencen, er målet næppe
  inden for rækkevidde med den postform.

Kør: ``python benchmarks/bench_ledsagelse.py [--hurtig]``.
"""

from __future__ import annotations

import itertools
import random
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

import holidays
from _maaling import RUNDER, kald, maskine, paa_skift, raekker

from forloebsregler import _ledsagelsespris_hurtig as _hurtig
from forloebsregler._ledsagelse_grundlag import (
    EN_US,
    EPOKE,
    MAKS_US,
    MAX_US,
    MIN_US,
    US_PR_DOEGN,
    US_PR_TIME,
    kraev_periode,
    tid_af_us,
)
from forloebsregler.kalender import OFFICIEL_KALENDER
from forloebsregler.ledsagelsespris import beregn_ledsagelse, beregn_mange
from forloebsregler.takster import STANDARD_TAKSTREGISTER, tabelstykker

_N = 2_000
_KBH = ZoneInfo("Europe/Copenhagen")
_ET_MINUT = timedelta(minutes=1)
_HELLIGDAGE = frozenset(holidays.country_holidays("DK", years=range(2018, 2021)))

# Samarbejdsaftalen, afsnittet Afregning: timetaksterne 2019 pr. kategori (afskrevet i hånden).
_GRUND = ("grundløn", Decimal("277.21"))
_HVERDAG_AFTEN = ("hverdag aften/nat", Decimal("346.51"))
_FREDAG_AFTEN = ("fredag aften/nat", Decimal("415.81"))
_LOERDAG_DAG = ("lørdag dag", Decimal("415.81"))
_LOERDAG_AFTEN = ("lørdag aften/nat", Decimal("485.11"))
_SOEN_DAG = ("søn-/helligdag dag", Decimal("554.41"))
_SOEN_AFTEN = ("søn-/helligdag aften/nat", Decimal("623.71"))


def _kategori(vaeg: datetime) -> tuple[str, Decimal]:
    """Takstkategorien og timetaksten for minuttet, der begynder på det danske vægur `vaeg`."""
    dag = 6 <= vaeg.hour < 17
    grunddag = vaeg.date() - timedelta(days=1) if vaeg.hour < 6 else vaeg.date()
    ugedag = grunddag.weekday()
    if ugedag == 6 or grunddag in _HELLIGDAGE:
        return _SOEN_DAG if dag else _SOEN_AFTEN
    if ugedag == 5:
        return _LOERDAG_DAG if dag else _LOERDAG_AFTEN
    if dag:
        return _GRUND
    return _FREDAG_AFTEN if ugedag == 4 else _HVERDAG_AFTEN


def reference(start: datetime, slut: datetime) -> Decimal:
    """Prisen, talt ét minut ad gangen: én linje pr. kategori, afrundet halvt op til øre."""
    minutter: dict[tuple[str, Decimal], int] = {}
    t = start
    while t < slut:
        kategori = _kategori(t.astimezone(_KBH))
        minutter[kategori] = minutter.get(kategori, 0) + 1
        t += _ET_MINUT
    total = Decimal(0)
    for (_, takst), n in minutter.items():
        beloeb = Fraction(n, 60) * Fraction(takst)
        total += (Decimal(beloeb.numerator) / Decimal(beloeb.denominator)).quantize(
            Decimal("0.01"), ROUND_HALF_UP
        )
    return total


def _episoder(antal: int, rnd: random.Random) -> list[tuple[datetime, datetime]]:
    fra = datetime(2019, 1, 1, tzinfo=UTC)
    minutter = int((datetime(2019, 12, 30, tzinfo=UTC) - fra).total_seconds()) // 60
    ud = []
    for _ in range(antal):
        start = fra + timedelta(minutes=rnd.randrange(minutter))
        ud.append((start, start + timedelta(minutes=rnd.randrange(24 * 60 + 1))))
    return ud


def _loekke_ref(episoder: Sequence[tuple[datetime, datetime]]) -> None:
    for s, e in episoder:
        reference(s, e)


def _loekke_bib(episoder: Sequence[tuple[datetime, datetime]]) -> None:
    for s, e in episoder:
        beregn_ledsagelse(s, e).total  # noqa: B018 - totalen læses, som en kalder gør


def _batch(episoder: Sequence[tuple[datetime, datetime]]) -> Any:
    for _ in beregn_mange(episoder):
        pass


_HELTALSPOST = {
    **dict.fromkeys(_hurtig._NULPOST),
    **dict.fromkeys(_hurtig._KOLONNER_TIMER + _hurtig._KOLONNER_BELOEB, 0),
}


def heltalsposter(episoder: Sequence[tuple[datetime, datetime]]) -> Iterator[dict[str, Any]]:
    """Prototype: `beregn_mange`s poster med heltal (µs og øre) for standardtaksterne."""
    blokke = _hurtig._blokke(OFFICIEL_KALENDER)
    sidste = None
    for raekke, (start, slut) in enumerate(episoder, start=1):
        _, _, s_us, e_us = kraev_periode(start, slut)
        (stykke,) = tabelstykker(s_us, e_us, STANDARD_TAKSTREGISTER, sidste)
        sidste = tabel = stykke[2]
        post = _HELTALSPOST.copy()
        post["raekke"], post["start"], post["slut"] = raekke, s_us, e_us
        post["timer"], post["niveau"] = e_us - s_us, tabel.niveau
        total = 0
        for k, us in _hurtig._kategoritid(s_us, e_us, OFFICIEL_KALENDER, blokke).items():
            oere = _hurtig._oere(us, tabel.takster_i_oere[k])
            total += oere
            post[_hurtig._KOLONNER_TIMER[k]] = us
            post[_hurtig._KOLONNER_BELOEB[k]] = oere
        post["total"] = total
        yield post


def _heltal(episoder: Sequence[tuple[datetime, datetime]]) -> Any:
    for _ in heltalsposter(episoder):
        pass


_OERE = Decimal("0.01")
_TIENDETUSINDEDEL = Decimal("0.0001")
_SUFFIKSER: dict[str, tuple[str, ...]] = {}
_DOEGNETS_ISO: dict[int, tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = {}


def _doegnets_iso(dag: int) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Loftets ISO-dele for et UTC-døgn: for hver af døgnets 24 UTC-timer 'ÅÅÅÅ-MM-DDTTT:' og
    'MM:SS+TT:MM' for hvert sekund i timen (Københavns offset skifter kun på hele UTC-timer)."""
    tekster = [tid_af_us(dag * US_PR_DOEGN + t * US_PR_TIME).isoformat() for t in range(24)]
    suffikser = []
    for tekst in tekster:
        offset = tekst[19:]
        if offset not in _SUFFIKSER:
            _SUFFIKSER[offset] = tuple(
                f"{m:02d}:{s:02d}{offset}" for m in range(60) for s in range(60)
            )
        suffikser.append(_SUFFIKSER[offset])
    dele = _DOEGNETS_ISO[dag] = (tuple(t[:14] for t in tekster), tuple(suffikser))
    return dele


def _loft_fyld(episoder: Iterator[tuple[datetime, datetime]], raekke: int) -> list[dict[str, Any]]:
    """Loftets poster for de næste (højst) 256 episoder (se modulets docstring)."""
    tabel = STANDARD_TAKSTREGISTER.tabeller[0]
    fra, til, niveau, takster = tabel._fra_us, tabel._til_us, tabel.niveau, tabel.takster_i_oere
    blokke, kal, blok_af = _hurtig._blokke(OFFICIEL_KALENDER), OFFICIEL_KALENDER, _hurtig._blok
    ny_post, iso_get, doegnets_iso = _hurtig._NULPOST.copy, _DOEGNETS_ISO.get, _doegnets_iso
    kt, kb, oere, t4 = _hurtig._KOLONNER_TIMER, _hurtig._KOLONNER_BELOEB, _OERE, _TIENDETUSINDEDEL
    poster: list[dict[str, Any]] = []
    tilfoej = poster.append
    for start, slut in itertools.islice(episoder, 256):
        raekke += 1
        if type(start.tzinfo) is not timezone or type(slut.tzinfo) is not timezone:
            raise SystemExit("loftet tager kun tidspunkter med fast offset")
        s_us = (start - EPOKE) // EN_US
        e_us = (slut - EPOKE) // EN_US
        if not (MIN_US <= s_us <= e_us <= MAX_US and e_us - s_us <= MAKS_US):
            raise SystemExit("loftet tager kun gyldige forløb")
        if not fra <= s_us < til >= e_us:
            raise SystemExit("loftet tager kun episoder i 2019-tabellen")
        post = ny_post()
        post["raekke"] = raekke
        post["niveau"] = niveau
        dag, rest = divmod(s_us, US_PR_DOEGN)
        dele = iso_get(dag) or doegnets_iso(dag)
        time, rest = divmod(rest, US_PR_TIME)
        post["start"] = dele[0][time] + dele[1][time][rest // 1_000_000]
        dag, rest = divmod(e_us, US_PR_DOEGN)
        dele = iso_get(dag) or doegnets_iso(dag)
        time, rest = divmod(rest, US_PR_TIME)
        post["slut"] = dele[0][time] + dele[1][time][rest // 1_000_000]
        dag = s_us // US_PR_DOEGN
        slutter, tidsrum = blokke.get(dag) or blok_af(kal, dag)
        i = bisect_right(slutter, s_us)
        _, b, k = tidsrum[i]
        if b >= e_us:  # én kategori
            us = e_us - s_us
            post["timer"] = post[kt[k]] = t4 * ((us + 180_000) // 360_000)
            post["total"] = post[kb[k]] = oere * (
                (us * takster[k] * 2 + US_PR_TIME) // (2 * US_PR_TIME)
            )
        else:
            tid = {k: b - s_us}
            t = b
            while t < e_us:
                i += 1
                if i == len(tidsrum):
                    dag = t // US_PR_DOEGN
                    slutter, tidsrum = blokke.get(dag) or blok_af(kal, dag)
                    i = bisect_right(slutter, t)
                _, b, k = tidsrum[i]
                tid[k] = tid.get(k, 0) + (b if b < e_us else e_us) - t
                t = b
            total = 0
            for k, us in tid.items():
                n = (us * takster[k] * 2 + US_PR_TIME) // (2 * US_PR_TIME)
                total += n
                post[kt[k]] = t4 * ((us + 180_000) // 360_000)
                post[kb[k]] = oere * n
            post["timer"] = t4 * ((e_us - s_us + 180_000) // 360_000)
            post["total"] = oere * total
        tilfoej(post)
    return poster


def loftposter(episoder: Sequence[tuple[datetime, datetime]]) -> Iterator[dict[str, Any]]:
    """Loftet: `beregn_mange`s poster fra én håndskrevet løkke (se modulets docstring)."""
    kilde = iter(episoder)

    def bidder() -> Iterator[list[dict[str, Any]]]:
        raekke = 0
        while bid := _loft_fyld(kilde, raekke):
            raekke += len(bid)
            yield bid

    return itertools.chain.from_iterable(bidder())


def _loft(episoder: Sequence[tuple[datetime, datetime]]) -> Any:
    for _ in loftposter(episoder):
        pass


def main() -> None:
    print(f"bench_ledsagelse — {maskine()}")
    episoder = _episoder(_N, random.Random(2019))
    forskellige = [(s, e) for s, e in episoder if reference(s, e) != beregn_ledsagelse(s, e).total]
    print(f"tjek: {len(episoder) - len(forskellige)} af {len(episoder)} episoder giver samme total")
    if forskellige:
        raise SystemExit(f"referencen og biblioteket er uenige, fx {forskellige[0]}")
    # Målingerne køres på skift, og forholdene regnes runde for runde (`_maaling.paa_skift`).
    # Runderne er omtrent lige lange (50–100 ms), så en runde af referencen og en runde af
    # biblioteket ser det samme tempo: referencen er langsom og måles på hver tyvende episode,
    # enkeltkaldet på de 2.000 episoder fem gange (kaldet gemmer intet pr. episode).
    mange = _episoder(5 * _N, random.Random(2020))
    if [p["total"] for p in heltalsposter(mange)] != [
        p["total"] * 100 for p in beregn_mange(mange)
    ]:
        raise SystemExit("heltalsposterne og beregn_mange er uenige")
    if list(loftposter(mange)) != list(beregn_mange(mange)):
        raise SystemExit("loftets poster og beregn_mange er uenige")
    ref, enkelt, batch, heltal, loft = paa_skift(
        kald("reference: minut for minut", _loekke_ref, episoder[::20]),
        kald("beregn_ledsagelse(start, slut).total", _loekke_bib, episoder * 5),
        raekker("beregn_mange (rækker pr. sekund)", _batch, mange),
        raekker("til sammenligning: heltalsposter (prototype)", _heltal, mange),
        raekker("til sammenligning: loftet for postformen", _loft, mange),
        runder=2 * RUNDER + 1,
    )
    print(ref.linje())
    print(enkelt.linje(reference=ref))
    print(f"  mål ≥ 150× referencen: {'nået' if enkelt.forhold(ref) >= 150 else 'IKKE nået'}")
    print(batch.linje(reference=ref))
    print(f"  mål ≥ 200× referencen: {'nået' if batch.forhold(ref) >= 200 else 'IKKE nået'}")
    print(heltal.linje(reference=ref) + f"; {heltal.forhold(batch):.2f}× beregn_mange")
    print(loft.linje(reference=ref) + f"; {loft.forhold(batch):.2f}× beregn_mange")


if __name__ == "__main__":
    main()
