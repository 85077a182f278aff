"""Depression: diagnosen (Kap. 6).

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 6 Udredning
og diagnosticering: »Diagnosen kræver iht. ICD-10-kriterierne: Mindst 2 ugers symptomer
Mindst 2 kernesymptomer og 2 ledsagersymptomer.«

- Symptomkravet er »mindst let depression« under den valgte læsning af Kap. 5's tal
  (`svaerhedsgrad.vurder_svaerhedsgrad`; fortolkningsloggen DEP-01 og DEP-02).
- Mindst 2 ugers symptomer; er varigheden ukendt, er svaret »kan ikke afgøres«, medmindre
  symptomerne allerede udelukker diagnosen.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from forloebsregler._depression_grundlag import (
    KAP6,
    Fortolkning,
    Svaerhedsgrad,
    anden_laesning,
)
from forloebsregler._resultat import DovenResultat, DovenTekst
from forloebsregler._tekst import tal
from forloebsregler._valider import vis
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, Kilde
from forloebsregler.svaerhedsgrad import (
    FORTOLKNING_SVAERHEDSGRAD,
    Svaerhedsvurdering,
    vurder_antal_symptomer,
    vurder_svaerhedsgrad,
)
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import FortolkningArg, KernesymptomArg, LedsagesymptomArg

__all__ = [
    "DIAGNOSE_MINDSTE_VARIGHED",
    "Diagnosevurdering",
    "vurder_diagnose",
]

KILDE_DIAGNOSE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP6,
    "Diagnosen kræver iht. ICD-10-kriterierne: Mindst 2 ugers symptomer Mindst 2 "
    "kernesymptomer og 2 ledsagersymptomer.",
)
FORTOLKNING_DIAGNOSE = "DEP-02"
"""Fortolkningsloggen: diagnosens symptomkrav følger den valgte læsning."""


DIAGNOSE_MINDSTE_VARIGHED = timedelta(weeks=2)
"""Kap. 6: »Mindst 2 ugers symptomer«."""


@attrs.frozen(repr=False)
class Diagnosevurdering(DovenResultat):
    """Om diagnosekriterierne i Kap. 6 er opfyldt (tre tilstande).

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    diagnose: Svar
    svaerhedsvurdering: Svaerhedsvurdering
    symptomvarighed: timedelta | None
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _diagnosesvar(grad: Svaerhedsgrad, varighed: timedelta | None) -> Svar:
    """Diagnosens svar ud fra sværhedsgraden og varigheden (Kap. 6)."""
    if grad is Svaerhedsgrad.INGEN:
        return Svar.IKKE_OPFYLDT
    if varighed is None:
        return Svar.KAN_IKKE_AFGOERES
    if varighed < DIAGNOSE_MINDSTE_VARIGHED:
        return Svar.IKKE_OPFYLDT
    return Svar.OPFYLDT


def vurder_diagnose(
    kernesymptomer: Iterable[KernesymptomArg],
    ledsagesymptomer: Iterable[LedsagesymptomArg],
    symptomvarighed: timedelta | None,
    *,
    fortolkning: FortolkningArg = Fortolkning.ICD10,
) -> Diagnosevurdering:
    """Diagnosekriterierne (Kap. 6): mindst 2 ugers symptomer og mindst let sværhedsgrad.

    `symptomvarighed` er hvor længe symptomerne har stået på, eller `None`, når det ikke
    vides; så er svaret KAN_IKKE_AFGOERES (medmindre symptomerne allerede udelukker
    diagnosen).
    """
    sv = vurder_svaerhedsgrad(kernesymptomer, ledsagesymptomer, fortolkning=fortolkning)
    if symptomvarighed is not None:
        if not isinstance(symptomvarighed, timedelta):
            raise UgyldigTypeFejl(
                f"symptomvarighed: fik {vis(symptomvarighed)}; accepterer en timedelta eller "
                "None (ukendt)"
            )
        if symptomvarighed < timedelta(0):
            raise UgyldigVaerdiFejl(
                f"symptomvarighed: fik {vis(symptomvarighed)}; accepterer kun en varighed "
                "på 0 eller mere"
            )
    kilder = (KILDE_DIAGNOSE, *sv.kilder)
    # Symptomkravet er »mindst let« under den valgte læsning; se fortolkningsloggen DEP-02.
    svar = _diagnosesvar(sv.svaerhedsgrad, symptomvarighed)
    anden = anden_laesning(sv.fortolkning)
    anden_grad = vurder_antal_symptomer(
        sv.antal_kernesymptomer, sv.antal_ledsagesymptomer, fortolkning=anden
    ).svaerhedsgrad
    andet_svar = _diagnosesvar(anden_grad, symptomvarighed)
    fortolkninger: tuple[str, ...] = ()
    if andet_svar is not svar:
        fortolkninger = (FORTOLKNING_SVAERHEDSGRAD, FORTOLKNING_DIAGNOSE)
    return Diagnosevurdering(
        svar,
        sv,
        symptomvarighed,
        DovenTekst(
            lambda: _diagnosetekst(sv, symptomvarighed, anden, andet_svar, andet_svar is not svar)
        ),
        kilder,
        fortolkninger,
    )


def _diagnosetekst(
    sv: Svaerhedsvurdering,
    symptomvarighed: timedelta | None,
    anden: Fortolkning,
    andet_svar: Svar,
    andet_svar_afviger: bool,
) -> str:
    """Begrundelsen for `vurder_diagnose` (skrives, når den læses)."""
    if sv.svaerhedsgrad is Svaerhedsgrad.INGEN:
        begrundelse = f"Diagnosen er ikke opfyldt: {sv.begrundelse}"
    elif symptomvarighed is None:
        begrundelse = (
            f"Symptomerne svarer til {sv.svaerhedsgrad.value}, men symptomernes varighed er "
            "ukendt; diagnosen kræver mindst 2 ugers symptomer og kan ikke afgøres."
        )
    elif symptomvarighed < DIAGNOSE_MINDSTE_VARIGHED:
        begrundelse = (
            f"Symptomerne svarer til {sv.svaerhedsgrad.value}, men har kun stået på i "
            f"{_dage(symptomvarighed)}; diagnosen kræver mindst 2 ugers symptomer."
        )
    else:
        begrundelse = (
            f"Diagnosen er opfyldt: symptomer i {_dage(symptomvarighed)} (mindst 2 uger) og "
            f"{sv.svaerhedsgrad.value} efter {sv.fortolkning.value}."
        )
    if andet_svar_afviger:
        begrundelse += (
            f" Efter {anden.value} ville svaret være »{andet_svar.value}« (læsning, se "
            f"fortolkningsloggen {FORTOLKNING_SVAERHEDSGRAD} og {FORTOLKNING_DIAGNOSE})."
        )
    return begrundelse


def _dage(varighed: timedelta) -> str:
    """Varigheden i dage, afkortet (ikke afrundet) til én decimal: 13 dage og 23 timer er
    »13,9 dage«, aldrig »14 dage« for en varighed under de 2 uger."""
    tiendedele = varighed // timedelta(hours=2, minutes=24)
    hele, rest = divmod(tiendedele, 10)
    if tiendedele == 10:
        return "1 dag"
    return f"{tal(hele)} dage" if rest == 0 else f"{tal(Decimal(f'{hele}.{rest}'))} dage"
