"""Benchmark: den koordinerende kontaktperson (issue 18, punkt 4).

Måler (uden at ændre reglen) `koordinerende_kontaktperson` på tilfældige kombinationer af
ja/nej/ukendt, pr. kald, med min/median over flere runder og som forhold til gulvet (et
tomt kald med de samme argumenter i samme løkke) fra samme kørsel, og batchen
`batch.koordinator` pr. række. Hver måling køres på skift med sin målestok
(`_maaling.paa_skift`: én runde af hver ad gangen), og forholdet er medianen af forholdene
runde for runde.

Batchens reference er det, batchen lover pr. række, gjort med enkeltkaldet: cellerne læst
efter batchkontraktens konventioner (ikke oplyste udeladt, tekst renset),
`koordinerende_kontaktperson` kaldt og posten bygget med batchens kolonner. Issue 18,
punkt 4: batchen skal være mindst lige så hurtig pr. række. Der er kun 729 kombinationer af
de fem ja/nej/ukendt-svar og læsningen, så batchens genbrug af svar for ens argumenter
virker her; batchen måles også på rækker, der alle er forskellige (med en alder).

Kør: ``python benchmarks/bench_koordinator.py [--hurtig]``.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

from _maaling import kald, maskine, paa_skift, raekker

from forloebsregler import batch
from forloebsregler._batchkoersel import ikke_oplyst
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

    g, m = paa_skift(
        kald("gulv: tomt kald med samme argumenter", loekke(_tom), args),
        kald("koordinerende_kontaktperson", loekke(koordinerende_kontaktperson), args),
    )
    print(g.linje())
    print(m.linje(gulv=g))
    raekker_ = [_raekke(i, a) for i, a in enumerate(args)]
    ref, b = paa_skift(
        raekker("reference: læsning, koordinerende_kontaktperson, post", _reference, raekker_),
        raekker("batch.koordinator (rækker pr. sekund)", _batch, raekker_),
    )
    print(ref.linje())
    print(b.linje(reference=ref))
    kombinationer = [
        (*a, alder)
        for a in itertools.product(jnu, jnu, jnu, jnu, jnu, list(KontaktpersonLaesning))
        for alder in range(18, 100)
    ]
    forskellige = [_raekke(i, a) for i, a in enumerate(rnd.sample(kombinationer, min(_N, 40_000)))]
    ref_f, b_f = paa_skift(
        raekker("reference, alle rækker forskellige", _reference, forskellige),
        raekker("batch.koordinator, alle rækker forskellige", _batch, forskellige),
    )
    print(ref_f.linje())
    print(b_f.linje(reference=ref_f))


_FELTER = (
    "diagnosticeret",
    "komplekse_behov",
    "kontakt_jobcenter",
    "kontakt_lokalpsykiatri",
    "i_behandling_i_psykiatrien",
    "laesning",
    "alder",
)


def _raekke(i: int, a: tuple[Any, ...]) -> dict[str, Any]:
    raekke: dict[str, Any] = {"id": i, **dict(zip(_FELTER, a, strict=False))}
    raekke["laesning"] = raekke["laesning"].name
    return raekke


def _batch(raekker: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return list(batch.koordinator(raekker))


def _reference(raekker: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Enkeltkaldet række for række med batchkontraktens læsning af cellerne og dens post."""
    poster = []
    for nr, r in enumerate(raekker, start=1):
        argumenter = {
            k: (v.strip() if isinstance(v, str) else v)
            for k, v in r.items()
            if k != "id" and not ikke_oplyst(v)
        }
        diagnosticeret = argumenter.pop("diagnosticeret", None)
        v = koordinerende_kontaktperson(diagnosticeret, **argumenter)
        poster.append(
            {
                "raekke": nr,
                "id": r["id"],
                "tilbydes": v.tilbydes.name,
                "laesning": v.laesning.name,
                "forankring": None if v.forankring is None else v.forankring.name,
                "opgaver": ";".join(o.name for o in v.opgaver),
                "navngiven": v.navngiven,
                "kommunikationspakken": v.kommunikationspakken.name,
                "begrundelse": v.begrundelse,
                "kilder": "; ".join(
                    dict.fromkeys(f"{k.dokument.titel}, {k.afsnit}" for k in v.kilder)
                ),
                "fortolkninger": ";".join(dict.fromkeys(v.fortolkninger)) or None,
                "fejl": None,
                "fejlfelt": None,
                "fejlkode": None,
            }
        )
    return poster


if __name__ == "__main__":
    main()
