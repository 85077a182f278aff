"""Benchmark: depressionens sværhedsgrad og stratificering (issue 18, punkt 3).

Mål på én kerne (CPU-tid): `vurder_svaerhedsgrad` med lister af enum-medlemmer eller navne
≥ 1.000.000 kald/s, `stratificer` ≥ 500.000 kald/s, `stratificer_mange` ≥ 300.000 rækker/s.

Tilfældene er tilfældige symptom- og faktorsæt (fast frø). Hvert tal vises med min/median over
flere runder og som forhold til to målestokke fra samme kørsel: gulvet (et tomt Python-kald)
og den naive reference — den læsbare regel (`__wrapped__`: den generelle validering, uden
den hurtige vej) kørt i bibliotekets decimal-kontekst, som den offentlige funktion gjorde før.
Hver funktion køres på skift med sine målestokke (`_maaling.paa_skift`: én runde af hver ad
gangen), og forholdene er medianen af forholdene runde for runde.

Lister og tupler, der er set før, er ét opslag i den hurtige vej (svarlagre på højst
`HOEJST_GEMTE` svar), og de 256 tilfælde, målene måles på, gentages; derfor måles hver
funktion også på input, der (næsten) aldrig er set før: tilfældig rækkefølge med
gentagelser for sværhedsgraden (få nok forskellige symptomsæt til at lagrene ellers dækker
dem alle) og lutter forskellige tilfælde for stratificeringen og batchen, flere end lagrene
rummer. De linjer er til sammenligning; målene gælder de almindelige kald.

Kør: ``python benchmarks/bench_stratificering.py [--hurtig]``.
"""

from __future__ import annotations

import gc
import random
from decimal import localcontext
from typing import Any

from _maaling import kald, maskine, paa_skift, raekker, status

import forloebsregler.stratificering as s
import forloebsregler.svaerhedsgrad as svaerhedsgrad
from forloebsregler._kontekst import KONTEKST
from forloebsregler.kompleksitet import KomplicerendeFaktor, StyrkendeFaktor
from forloebsregler.stratificering import stratificer, stratificer_mange
from forloebsregler.svaerhedsgrad import (
    Fortolkning,
    Kernesymptom,
    Ledsagesymptom,
    vurder_svaerhedsgrad,
)

_N = 200_000
_RAEKKER = 200_000


def _udvalg(rnd: random.Random, enum_cls: Any, form: str) -> Any:
    medlemmer = [m for m in enum_cls if rnd.random() < 0.5]
    if form == "medlemmer":
        return medlemmer
    if form == "navne":
        return [m.name for m in medlemmer]  # internerede navne, som literaler i kode
    return ["".join(list(m.name)) for m in medlemmer]  # nye str-objekter, som fra en fil


def _blandet(rnd: random.Random, elementer: list[Any]) -> list[Any]:
    """Elementerne i tilfældig rækkefølge, hvert med sandsynlighed ¼ gentaget."""
    ud = elementer + [e for e in elementer if rnd.random() < 0.25]
    rnd.shuffle(ud)
    return ud


def _tilfaelde(
    rnd: random.Random, form: str, antal: int = 256, *, blandet: bool = False
) -> list[dict[str, Any]]:
    def udvalg(enum_cls: Any) -> Any:
        elementer = _udvalg(rnd, enum_cls, form)
        return _blandet(rnd, elementer) if blandet else elementer

    return [
        {
            "kernesymptomer": udvalg(Kernesymptom),
            "ledsagesymptomer": udvalg(Ledsagesymptom),
            "komplicerende": udvalg(KomplicerendeFaktor),
            "styrkende": udvalg(StyrkendeFaktor),
            "hoej_kompleksitet": rnd.choice([True, False, None]),
            "fortolkning": rnd.choice(list(Fortolkning)),
        }
        for _ in range(antal)
    ]


def _args(tilfaelde: list[dict[str, Any]], noegler: tuple[str, ...], antal: int) -> list[Any]:
    """`antal` argumenttupler, taget cyklisk fra tilfældene."""
    tupler = [tuple(t[n] for n in noegler) for t in tilfaelde]
    return [tupler[i % len(tupler)] for i in range(antal)]


def _sv_loekke(funktion: Any) -> Any:
    def loekke(args: Any) -> None:
        for k, ledsage, f in args:
            funktion(k, ledsage, fortolkning=f)

    return loekke


def _st_loekke(funktion: Any) -> Any:
    def loekke(args: Any) -> None:
        for k, ledsage, komp, styrk, h, f in args:
            funktion(
                k, ledsage, komplicerende=komp, styrkende=styrk, hoej_kompleksitet=h, fortolkning=f
            )

    return loekke


def _tom(*args: Any, **kwargs: Any) -> None:
    return None


def _i_konteksten(funktion: Any) -> Any:
    def i_konteksten(*args: Any, **kwargs: Any) -> Any:
        with localcontext(KONTEKST):
            return funktion(*args, **kwargs)

    return i_konteksten


def main() -> None:
    print(f"bench_stratificering — {maskine()}")
    rnd = random.Random(20261206)
    sv_noegler = ("kernesymptomer", "ledsagesymptomer", "fortolkning")
    alle = (
        "kernesymptomer",
        "ledsagesymptomer",
        "komplicerende",
        "styrkende",
        "hoej_kompleksitet",
        "fortolkning",
    )

    print("vurder_svaerhedsgrad:")
    laesbar_sv = _i_konteksten(svaerhedsgrad.vurder_svaerhedsgrad.__wrapped__)  # type: ignore[attr-defined]
    for form in ("medlemmer", "navne", "kopierede navne"):
        args = _args(_tilfaelde(rnd, form), sv_noegler, _N)
        g, ref, m = paa_skift(
            kald("  gulv: tomt kald i samme løkke", _sv_loekke(_tom), args),
            kald(f"  reference (læsbar regel), {form}", _sv_loekke(laesbar_sv), args[: _N // 4]),
            kald(
                f"  vurder_svaerhedsgrad, lister af {form}", _sv_loekke(vurder_svaerhedsgrad), args
            ),
        )
        print(g.linje())
        print(ref.linje(gulv=g))
        print(m.linje(gulv=g, reference=ref))
        if form != "kopierede navne":
            print(status(m, 1_000_000))
    args = _args(_tilfaelde(rnd, "medlemmer", _N, blandet=True), sv_noegler, _N)
    g, m, ref = paa_skift(
        kald("  gulv: tomt kald i samme løkke", _sv_loekke(_tom), args),
        kald(
            "  til sammenligning: medlemmer, blandet rækkefølge",
            _sv_loekke(vurder_svaerhedsgrad),
            args,
        ),
        kald(
            "  reference (læsbar regel), blandet rækkefølge",
            _sv_loekke(laesbar_sv),
            args[: _N // 4],
        ),
    )
    print(g.linje())
    print(ref.linje(gulv=g))
    print(m.linje(gulv=g, reference=ref))

    print("stratificer:")
    laesbar_st = _i_konteksten(s.stratificer.__wrapped__)  # type: ignore[attr-defined]
    for form in ("medlemmer", "navne", "kopierede navne"):
        args = _args(_tilfaelde(rnd, form), alle, _N)
        g, ref, m = paa_skift(
            kald("  gulv: tomt kald i samme løkke", _st_loekke(_tom), args),
            kald(f"  reference (læsbar regel), {form}", _st_loekke(laesbar_st), args[: _N // 4]),
            kald(f"  stratificer, lister af {form}", _st_loekke(stratificer), args),
        )
        print(g.linje())
        print(ref.linje(gulv=g))
        print(m.linje(gulv=g, reference=ref))
        print(status(m, 500_000))
    args = _args(_tilfaelde(rnd, "medlemmer", _N), alle, _N)
    g, m, ref = paa_skift(
        kald("  gulv: tomt kald i samme løkke", _st_loekke(_tom), args),
        kald("  til sammenligning: medlemmer, alle forskellige", _st_loekke(stratificer), args),
        kald(
            "  reference (læsbar regel), alle forskellige", _st_loekke(laesbar_st), args[: _N // 4]
        ),
    )
    print(g.linje())
    print(ref.linje(gulv=g))
    print(m.linje(gulv=g, reference=ref))

    # De 200.000 forskellige tilfælde ovenfor (omkring en million objekter) frigives først:
    # ellers måler batchen (med gc slået til) også gc's gennemløb af benchmarkets egne data.
    del args
    gc.collect()

    print("stratificer_mange (rækker som fra en fil: kopierede navne):")
    tilf = _tilfaelde(rnd, "kopierede navne", 4096)
    raekker_ = [tilf[i % len(tilf)] for i in range(_RAEKKER)]

    def naiv(rs: Any) -> Any:
        return [s._stratificer_raekke(r) for r in rs]

    ref, m = paa_skift(
        raekker("  reference: læsbar række for række", _i_konteksten(naiv), raekker_),
        raekker("  stratificer_mange", stratificer_mange, raekker_),
    )
    print(ref.linje())
    print(m.linje(reference=ref))
    print(status(m, 300_000))
    raekker_ = _tilfaelde(rnd, "kopierede navne", _RAEKKER)
    ref, m = paa_skift(
        raekker("  reference: læsbar, alle rækker forskellige", _i_konteksten(naiv), raekker_),
        raekker("  til sammenligning: alle rækker forskellige", stratificer_mange, raekker_),
    )
    print(ref.linje())
    print(m.linje(reference=ref))


if __name__ == "__main__":
    main()
