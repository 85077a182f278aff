"""Benchmark: genoptræning — opstartsfrist, frit leverandørvalg og batchen (issue 18, punkt 4).

Måler (uden at ændre reglerne) `opstartsfrist`, `frit_leverandoervalg` og batchen
`opstartsfrister`, pr. kald og pr. række, med min/median over flere runder og som forhold
til gulvet (et tomt kald i samme løkke) fra samme kørsel. Hver måling køres på skift med sin
målestok (`_maaling.paa_skift`: én runde af hver ad gangen), og forholdet er medianen af
forholdene runde for runde. Datoerne spredes over 2019–2026.

Batchens reference er det, batchen lover pr. række, gjort med enkeltkaldet: rækken læst
efter batchkontraktens konventioner (ikke oplyste celler som None, ukendte nøgler afvist),
`frit_leverandoervalg` kaldt (den regner selv `opstartsfrist`) og posten bygget med
batchens felter som simple værdier. Issue 18, punkt 4: batchen skal være mindst lige så
hurtig pr. række. Batchen måles også på rækker, der alle er forskellige, så genbrug af svar
for ens rækker ikke skjuler noget.

Kør: ``python benchmarks/bench_genoptraening.py [--hurtig]``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from _maaling import kald, maskine, paa_skift, raekker

from forloebsregler._batchkoersel import ikke_oplyst
from forloebsregler.genoptraeningsfrist import frit_leverandoervalg, opstartsfrist, opstartsfrister
from forloebsregler.serialisering import enkel_vaerdi

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

    g1, m1 = paa_skift(
        kald("gulv: tomt kald med ét argument", en(_tom), par),
        kald("opstartsfrist(dato)", en(opstartsfrist), par),
    )
    g2, m2 = paa_skift(
        kald("gulv: tomt kald med to argumenter", to(_tom), par),
        kald("frit_leverandoervalg(dato, dato)", to(frit_leverandoervalg), par),
    )
    print(g1.linje())
    print(m1.linje(gulv=g1))
    print(g2.linje())
    print(m2.linje(gulv=g2))
    raekker_ = [
        {"id": i, "udskrivning": u.isoformat(), "tilbudt_opstart": t.isoformat()}
        for i, (u, t) in enumerate(par)
    ]
    ref, batch = paa_skift(
        raekker("reference: læsning, frit_leverandoervalg, post", _reference, raekker_),
        raekker("opstartsfrister (rækker pr. sekund)", opstartsfrister, raekker_),
    )
    print(ref.linje())
    print(batch.linje(reference=ref))
    forskellige = []
    for i, n in enumerate(rnd.sample(range(8 * 365 * 15), min(_N, 40_000))):
        u = start + timedelta(days=n // 15)
        forskellige.append(
            {
                "id": i,
                "udskrivning": u.isoformat(),
                "tilbudt_opstart": (u + timedelta(days=n % 15)).isoformat(),
            }
        )
    ref_f, batch_f = paa_skift(
        raekker("reference, alle rækker forskellige", _reference, forskellige),
        raekker("opstartsfrister, alle rækker forskellige", opstartsfrister, forskellige),
    )
    print(ref_f.linje())
    print(batch_f.linje(reference=ref_f))


_NOEGLER = (
    "id",
    "udskrivning",
    "tilbudt_opstart",
    "sygehusets_startdato",
    "begrundelse",
    "kontakt",
)


def _reference(raekker: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Enkeltkaldet række for række med batchkontraktens læsning af rækken og dens post."""
    poster = []
    for nr, r in enumerate(raekker, start=1):
        if any(k not in _NOEGLER for k in r):
            raise AssertionError("ukendt nøgle")  # rækkerne her har kun kendte nøgler
        felter = {k: (None if ikke_oplyst(r.get(k)) else r.get(k)) for k in _NOEGLER}
        v = frit_leverandoervalg(
            felter["udskrivning"],
            felter["tilbudt_opstart"],
            sygehusets_startdato=felter["sygehusets_startdato"],
            begrundelse=felter["begrundelse"],
        )
        frist = v.frist
        post = {
            "frist": frist.dato,
            "fristgrundlag": frist.grundlag,
            "udskrivningsdato": frist.udskrivningsdato,
            "syvdagesfrist": frist.syvdagesfrist,
            "sygehusets_startdato": frist.sygehusets_startdato,
            "tilbudt_opstart": v.tilbudt_opstart,
            "dage_for_sent": v.dage_for_sent,
            "frit_valg": v.ret_til_frit_valg,
            "begrundelse": v.begrundelse,
            "fortolkninger": ", ".join(v.fortolkninger) or None,
        }
        poster.append(
            {"raekke": nr, "id": felter["id"], **{k: enkel_vaerdi(x) for k, x in post.items()}}
        )
    return poster


if __name__ == "__main__":
    main()
