"""Depression: symptomerne og sværhedsgraden (Kap. 5).

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 5
Stratificering: »Kernesymptomerne på depression jf. ICD-10« (3) og »Ledsagesymptomer ved
depression jf. ICD 10« (7); »Let depression: 2 kernesymptomer og 2 ledsagesymptomer Moderat
depression: 2 kernesymptomer og 4 ledsagesymptomer Svær depression: 3 kernesymptomer og 5
ledsagesymptomer«.

Tallene læses som standard efter ICD-10 (i alt mindst 4/6/8 symptomer); den bogstavelige
læsning kan vælges (`Fortolkning`; fortolkningsloggen DEP-01). Når vurderingen ville være en
anden under den anden læsning (3 + 1, 3 + 3), siger begrundelsen det, og `fortolkninger`
nævner DEP-01.

Hurtig vej: vurderingerne er forudberegnet pr. (antal kernesymptomer, antal
ledsagesymptomer, læsning); de almindelige input afgøres af det private modul
`_stratificering_hurtig`. Sværhedsgraden er sammen med kompleksiteten stratificeringsfaktor
(`stratificering`); diagnosen (Kap. 6) står i `diagnose`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from forloebsregler._depression_grundlag import (
    KAP5,
    KILDE_KERNESYMPTOMER,
    KILDE_LEDSAGESYMPTOMER,
    Fortolkning,
    Kernesymptom,
    Ledsagesymptom,
    Svaerhedsgrad,
    anden_laesning,
    kraev_fortolkning,
    maengde,
)
from forloebsregler._kontekst import hurtig_vej
from forloebsregler._resultat import Resultat
from forloebsregler._stratificering_hurtig import Medlemstabel, ingen, lav_hurtig_svaerhedsgrad
from forloebsregler._valider import kraev_heltal
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, Kilde

if TYPE_CHECKING:
    from forloebsregler.typer import FortolkningArg, Heltal, KernesymptomArg, LedsagesymptomArg

__all__ = [
    "ICD10_KRAV",
    "KAP5_KRAV",
    "Fortolkning",
    "Kernesymptom",
    "Ledsagesymptom",
    "Svaerhedsgrad",
    "Svaerhedsvurdering",
    "vurder_antal_symptomer",
    "vurder_svaerhedsgrad",
]

KILDE_SVAERHEDSGRADER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5,
    "Let depression: 2 kernesymptomer og 2 ledsagesymptomer Moderat depression: "
    "2 kernesymptomer og 4 ledsagesymptomer Svær depression: 3 kernesymptomer og 5 "
    "ledsagesymptomer",
)


@attrs.frozen
class Symptomkrav:
    """Mindstekravet for én sværhedsgrad: kernesymptomer, ledsagesymptomer og i alt."""

    svaerhedsgrad: Svaerhedsgrad
    kernesymptomer: int
    ledsagesymptomer: int
    i_alt: int


KAP5_KRAV: tuple[Symptomkrav, ...] = (
    Symptomkrav(Svaerhedsgrad.LET, 2, 2, 4),
    Symptomkrav(Svaerhedsgrad.MODERAT, 2, 4, 6),
    Symptomkrav(Svaerhedsgrad.SVAER, 3, 5, 8),
)
"""Kap. 5 bogstaveligt: hvert tal er et minimum for sin slags (i alt følger af dem)."""

ICD10_KRAV: tuple[Symptomkrav, ...] = (
    Symptomkrav(Svaerhedsgrad.LET, 2, 0, 4),
    Symptomkrav(Svaerhedsgrad.MODERAT, 2, 0, 6),
    Symptomkrav(Svaerhedsgrad.SVAER, 3, 0, 8),
)
"""ICD-10-læsningen: mindst 2/2/3 kernesymptomer og i alt mindst 4/6/8 symptomer.

Kap. 5 henviser til ICD-10 (»jf. ICD-10«), men gengiver ikke WHO's tælleregel; se
fortolkningsloggen DEP-01.
"""

_KRAV = {Fortolkning.ICD10: ICD10_KRAV, Fortolkning.BOGSTAVELIG: KAP5_KRAV}


@attrs.frozen
class Svaerhedsvurdering(Resultat):
    """Sværhedsgraden ud fra antallet af kerne- og ledsagesymptomer under én læsning."""

    svaerhedsgrad: Svaerhedsgrad
    antal_kernesymptomer: int
    antal_ledsagesymptomer: int
    fortolkning: Fortolkning
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


FORTOLKNING_SVAERHEDSGRAD = "DEP-01"
"""Fortolkningsloggen: sværhedsgraden efter ICD-10 eller Kap. 5's bogstavelige tal."""


def _grad(nk: int, nl: int, fortolkning: Fortolkning) -> Svaerhedsgrad:
    grad = Svaerhedsgrad.INGEN
    for krav in _KRAV[fortolkning]:
        if nk >= krav.kernesymptomer and nl >= krav.ledsagesymptomer and nk + nl >= krav.i_alt:
            grad = krav.svaerhedsgrad
    return grad


def _kravtekst(krav: Symptomkrav, fortolkning: Fortolkning) -> str:
    if fortolkning is Fortolkning.ICD10:
        return f"mindst {krav.kernesymptomer} kernesymptomer og i alt mindst {krav.i_alt} symptomer"
    return (
        f"mindst {krav.kernesymptomer} kernesymptomer og {krav.ledsagesymptomer} ledsagesymptomer"
    )


def _lav_svaerhedsvurdering(nk: int, nl: int, fortolkning: Fortolkning) -> Svaerhedsvurdering:
    grad = _grad(nk, nl, fortolkning)
    krav = {k.svaerhedsgrad: k for k in _KRAV[fortolkning]}
    taelling = (
        f"{nk} kernesymptom{'' if nk == 1 else 'er'} og {nl} ledsagesymptom"
        f"{'' if nl == 1 else 'er'} (i alt {nk + nl})"
    )
    if grad is Svaerhedsgrad.INGEN:
        begrundelse = (
            f"{taelling} opfylder ikke kravet til let depression efter {fortolkning.value}: "
            f"{_kravtekst(krav[Svaerhedsgrad.LET], fortolkning)}."
        )
    else:
        begrundelse = (
            f"{taelling} giver {grad.value} efter {fortolkning.value}, som kræver "
            f"{_kravtekst(krav[grad], fortolkning)}."
        )
    # Forudberegnet pr. tælling, så flaget koster intet pr. kald.
    anden = anden_laesning(fortolkning)
    anden_grad = _grad(nk, nl, anden)
    fortolkninger: tuple[str, ...] = ()
    if anden_grad is not grad:
        begrundelse += (
            f" Efter {anden.value} ville det være {anden_grad.value} (læsning, se "
            f"fortolkningsloggen {FORTOLKNING_SVAERHEDSGRAD})."
        )
        fortolkninger = (FORTOLKNING_SVAERHEDSGRAD,)
    return Svaerhedsvurdering(
        svaerhedsgrad=grad,
        antal_kernesymptomer=nk,
        antal_ledsagesymptomer=nl,
        fortolkning=fortolkning,
        begrundelse=begrundelse,
        kilder=(KILDE_SVAERHEDSGRADER, KILDE_KERNESYMPTOMER, KILDE_LEDSAGESYMPTOMER),
        fortolkninger=fortolkninger,
    )


_SVAERHED: dict[tuple[int, int, Fortolkning], Svaerhedsvurdering] = {
    (nk, nl, f): _lav_svaerhedsvurdering(nk, nl, f)
    for nk in range(len(Kernesymptom) + 1)
    for nl in range(len(Ledsagesymptom) + 1)
    for f in Fortolkning
}
_BOGST = Fortolkning.BOGSTAVELIG
_SVAERHED_HURTIG = {(nk, nl, f is _BOGST): sv for (nk, nl, f), sv in _SVAERHED.items()}


# Den læsbare vej: hvert element valideres for sig (`_maengde`). Den hurtige vej for de
# almindelige samlinger står i `_stratificering_hurtig` og giver samme svar.
KERNESYMPTOM_TABEL = Medlemstabel(Kernesymptom)
"""Den hurtige vejs opslagstabel for kernesymptomerne (deles med `stratificering`)."""
LEDSAGESYMPTOM_TABEL = Medlemstabel(Ledsagesymptom)
"""Den hurtige vejs opslagstabel for ledsagesymptomerne (deles med `stratificering`)."""


def _kernesymptomer(vaerdier: object) -> frozenset[Kernesymptom]:
    return maengde(Kernesymptom, vaerdier, "kernesymptomer", Ledsagesymptom)


def _ledsagesymptomer(vaerdier: object) -> frozenset[Ledsagesymptom]:
    return maengde(Ledsagesymptom, vaerdier, "ledsagesymptomer", Kernesymptom)


_svaerhed_fabrik = lav_hurtig_svaerhedsgrad(
    _SVAERHED_HURTIG, KERNESYMPTOM_TABEL, LEDSAGESYMPTOM_TABEL
)
_hurtig_svaerhedsgrad = _svaerhed_fabrik(ingen)  # den hurtige vej alene (None: ikke afgjort)


@hurtig_vej(_svaerhed_fabrik)
def vurder_svaerhedsgrad(
    kernesymptomer: Iterable[KernesymptomArg],
    ledsagesymptomer: Iterable[LedsagesymptomArg],
    *,
    fortolkning: FortolkningArg = Fortolkning.ICD10,
) -> Svaerhedsvurdering:
    """Depressionens sværhedsgrad ud fra symptomerne (Kap. 5).

    Symptomerne gives som samlinger af enum-medlemmer eller deres navne; rækkefølge og
    gentagelser er uden betydning. `fortolkning` vælger læsningen af Kap. 5's tal (standard
    ICD-10; se `Fortolkning` og fortolkningsloggen).
    """
    # Den hurtige vej for almindelige samlinger står i `_stratificering_hurtig`.
    k = _kernesymptomer(kernesymptomer)
    ledsage = _ledsagesymptomer(ledsagesymptomer)
    return _SVAERHED[(len(k), len(ledsage), kraev_fortolkning(fortolkning))]


def vurder_antal_symptomer(
    antal_kernesymptomer: Heltal,
    antal_ledsagesymptomer: Heltal,
    *,
    fortolkning: FortolkningArg = Fortolkning.ICD10,
) -> Svaerhedsvurdering:
    """Sværhedsgraden (Kap. 5) ud fra antallet af kerne- (0–3) og ledsagesymptomer (0–7).

    Samme vurdering som `vurder_svaerhedsgrad` for symptomer med de antal; til data, der kun
    har tællingerne.
    """
    nk = kraev_heltal(
        antal_kernesymptomer, "antal_kernesymptomer", min_vaerdi=0, maks_vaerdi=len(Kernesymptom)
    )
    nl = kraev_heltal(
        antal_ledsagesymptomer,
        "antal_ledsagesymptomer",
        min_vaerdi=0,
        maks_vaerdi=len(Ledsagesymptom),
    )
    return _SVAERHED[(nk, nl, kraev_fortolkning(fortolkning))]
