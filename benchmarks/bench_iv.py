"""Benchmark: IV-behandling — tyngdekategori, finansiering og batchen (issue 18, punkt 4).

Måler (uden at ændre reglerne) `tyngdekategori` (timer som Decimal og som tekst),
`regional_finansiering` og batchen `vurder_forloeb`, pr. kald og pr. række, med min/median
over flere runder og som forhold til gulvet (et tomt kald i samme løkke) fra samme kørsel.
Hver måling køres på skift med sin målestok (`_maaling.paa_skift`: én runde af hver ad
gangen), og forholdet er medianen af forholdene runde for runde.

Batchens reference er det, batchen lover pr. række, gjort med enkeltkaldene: rækken læst
efter batchkontraktens konventioner (ikke oplyste celler udeladt, ukendte nøgler afvist),
`tyngdekategori` og `regional_finansiering` kaldt og posten bygget med batchens felter.
Issue 18, punkt 4: batchen skal være mindst lige så hurtig pr. række. Rækkerne gentager
hinanden (timer med to decimaler under 50), som i et register; `vurder_forloeb` måles også
på rækker, der alle er forskellige, så genbrug af svar for ens rækker ikke skjuler noget.

Kør: ``python benchmarks/bench_iv.py [--hurtig]``.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from _maaling import kald, maskine, paa_skift, raekker

from forloebsregler._batchkoersel import ikke_oplyst
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
    g, *maalinger = paa_skift(
        kald("gulv: tomt kald i samme løkke", _en(_tom), timer),
        kald("tyngdekategori(Decimal)", _en(tyngdekategori), timer),
        kald("tyngdekategori(tekst)", _en(tyngdekategori), tekster),
        kald("regional_finansiering(kategori)", _en(regional_finansiering), kategorier),
    )
    print(g.linje())
    for m in maalinger:
        print(m.linje(gulv=g))
    raekker_ = [
        {"id": i, "timer": tekster[i], "afslutning_af_kemokur": i % 97 == 0} for i in range(_N)
    ]
    enkelt, batch = paa_skift(
        raekker("reference: læsning, kategori, finansiering, post", _reference, raekker_),
        raekker("vurder_forloeb (rækker pr. sekund)", vurder_forloeb, raekker_),
    )
    print(enkelt.linje())
    print(batch.linje(reference=enkelt))
    forskellige = [
        {"id": i, "timer": f"{rnd.randrange(1, 5_000_000) / 100_000:.5f}"} for i in range(_N)
    ]
    enkelt_f, batch_f = paa_skift(
        raekker("reference, alle rækker forskellige", _reference, forskellige),
        raekker("vurder_forloeb, alle rækker forskellige", vurder_forloeb, forskellige),
    )
    print(enkelt_f.linje())
    print(batch_f.linje(reference=enkelt_f))


_KENDTE = frozenset({"id", "timer", "antal_besoeg", "minutter_pr_besoeg", "afslutning_af_kemokur"})


def _reference(raekker: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Enkeltkaldene række for række med batchkontraktens læsning af rækken og dens post."""
    poster = []
    for r in raekker:
        felter = {k: v for k, v in r.items() if not ikke_oplyst(v)}
        if any(k not in _KENDTE for k in felter):
            raise AssertionError("ukendt nøgle")  # rækkerne her har kun kendte nøgler
        v = tyngdekategori(
            felter.get("timer"), afslutning_af_kemokur=felter.get("afslutning_af_kemokur", False)
        )
        f = regional_finansiering(v.kategori)
        poster.append(
            {
                "id": felter.get("id"),
                "kategori": v.kategori.name,
                "timer": v.timer,
                "regional_finansiering": f.regional_beloeb,
                "afledt_samlet_udgift": f.afledt_samlet_udgift,
                "afledt_kommunal_andel": f.afledt_kommunal_andel,
                "begrundelse": v.begrundelse,
                "fejl": None,
                "fortolkninger": ", ".join(dict.fromkeys((*v.fortolkninger, *f.fortolkninger))),
            }
        )
    return poster


if __name__ == "__main__":
    main()
