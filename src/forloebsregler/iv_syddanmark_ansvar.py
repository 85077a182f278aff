"""Region Syddanmarks samarbejdsaftaler om IV-behandling: behandlingsansvar og delegation.

Kilder: Region Syddanmarks *Samarbejdsaftale om IV-behandling med væske* og *Samarbejdsaftale
om IV-behandling med antibiotika* (begge i kraft 1. januar 2018):

- afsnittet *Det lægefaglige behandlingsansvar*: den ordinerende/udskrivende sygehusafdeling
  har ansvaret under IV-behandlingen; efter afslutning og ved anden sygdom har patientens
  praktiserende læge (`behandlingsansvar`);
- afsnittet *Grundprincipper for samarbejdet*: administration kræver sygeplejefaglig baggrund
  og må ikke delegeres; kun væskeaftalen åbner for videredelegation af *dele* af
  arbejdsopgaven på lokalt initiativ, når kompetencerne er sikret (`videredelegation`).
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_enum, kraev_valgfri_bool
from forloebsregler.iv_syddanmark import IVBehandling
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_ANTIBIOTIKA as _A
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_VAESKE as _V
from forloebsregler.kilder import Kilde
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import IVBehandlingArg

__all__ = [
    "Ansvarlig",
    "Ansvarsvurdering",
    "Delegationsvurdering",
    "behandlingsansvar",
    "videredelegation",
]

_AFSNIT_GRUND = "Grundprincipper for samarbejdet"
_AFSNIT_ANSVAR = "Det lægefaglige behandlingsansvar"

# ---------------------------------------------------------------------------
# Behandlingsansvar
# ---------------------------------------------------------------------------


class Ansvarlig(Enum):
    """Hvem der har det lægefaglige behandlingsansvar."""

    SYGEHUSAFDELING = "den ordinerende/udskrivende sygehusafdeling"
    PRAKTISERENDE_LAEGE = "patientens praktiserende læge"
    KAN_IKKE_AFGOERES = "kan ikke afgøres"


_K_ANSVAR_SYGEHUS = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_ANSVAR,
        "Det er den ordinerende/udskrivende sygehusafdeling, der har det lægefaglige "
        "behandlingsansvar.",
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_ANSVAR,
        "Det er den ordinerende/udskrivende sygehusafdeling, der har det lægefaglige "
        "behandlingsansvar.",
    ),
}
_K_ANSVAR_LAEGE = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_ANSVAR,
        "Efter afslutning af IV behandling og ved anden sygdom (ikke relateret til "
        "IV-behandlingen) har patientens praktiserende læge ansvaret.",
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_ANSVAR,
        "Efter afslutning af IV behandling og ved anden sygdom (ikke relateret til "
        "IV-behandlingen) har patientens praktiserende læge ansvaret.",
    ),
}
_K_ANSVAR_INDEBAERER = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_ANSVAR,
        "At udarbejde en plan for behandlingen, herunder behandlingsophør/ændring til anden "
        "administrative form, evt. blodprøvetagning, evt. ambulante kontroller mv.",
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_ANSVAR,
        "At udarbejde en plan for behandlingen, herunder behandlingsophør/ændring til anden "
        "administrative form, evt. blodprøvetagning, evt. ambulante kontroller mv.",
    ),
}


@attrs.frozen
class Ansvarsvurdering(Resultat):
    """Hvem der har behandlingsansvaret for et givent spørgsmål."""

    ansvarlig: Ansvarlig
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def behandlingsansvar(
    *,
    iv_behandling_afsluttet: bool | None,
    relateret_til_iv_behandlingen: bool | None,
    behandling: IVBehandlingArg = IVBehandling.VAESKE,
) -> Ansvarsvurdering:
    """Hvem har det lægefaglige ansvar: sygehusafdelingen eller egen læge?

    Sygehusafdelingen (hospitalslægen) har ansvaret for alt lægeligt i relation til en
    igangværende IV-behandling; efter afslutning og ved anden sygdom har den praktiserende
    læge. `None` betyder ukendt; afhænger svaret af det, er det »kan ikke afgøres«.
    """
    b = kraev_enum(IVBehandling, behandling, "behandling")
    afsluttet = kraev_valgfri_bool(iv_behandling_afsluttet, "iv_behandling_afsluttet")
    relateret = kraev_valgfri_bool(relateret_til_iv_behandlingen, "relateret_til_iv_behandlingen")
    if afsluttet is True or relateret is False:
        grund = (
            "IV-behandlingen er afsluttet"
            if afsluttet
            else "sygdommen er ikke relateret til IV-behandlingen"
        )
        return Ansvarsvurdering(
            ansvarlig=Ansvarlig.PRAKTISERENDE_LAEGE,
            begrundelse=f"Patientens praktiserende læge har ansvaret, fordi {grund}.",
            kilder=(_K_ANSVAR_LAEGE[b],),
        )
    if afsluttet is False and relateret is True:
        return Ansvarsvurdering(
            ansvarlig=Ansvarlig.SYGEHUSAFDELING,
            begrundelse=(
                "Under en igangværende IV-behandling har den ordinerende/udskrivende "
                "sygehusafdeling det lægefaglige ansvar for alt, der relaterer sig til den."
            ),
            kilder=(_K_ANSVAR_SYGEHUS[b], _K_ANSVAR_INDEBAERER[b]),
        )
    return Ansvarsvurdering(
        ansvarlig=Ansvarlig.KAN_IKKE_AFGOERES,
        begrundelse=(
            "Kan ikke afgøres: det er ukendt, om IV-behandlingen er afsluttet, eller om "
            "spørgsmålet relaterer sig til den."
        ),
        kilder=(_K_ANSVAR_SYGEHUS[b], _K_ANSVAR_LAEGE[b]),
    )


# ---------------------------------------------------------------------------
# Delegation (Grundprincipper for samarbejdet)
# ---------------------------------------------------------------------------

_K_DELEGATION = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_GRUND,
        "Administration af IV-behandling med væske kræver en sygeplejefagligbaggrund og må ikke "
        "delegeres til andre faggrupper.",
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_GRUND,
        "Administration af IV-behandling med antibiotika kræver en sygeplejefagligbaggrund og "
        "må ikke delegeres til andre faggrupper.",
    ),
}
_K_VIDEREDELEGATION = _V.kilde(
    _AFSNIT_GRUND,
    "Der kan på lokalt initiativ tages stilling til videredelegation af dele af arbejdsopgaven "
    "til andre faggrupper, så længe det sikres, at de nødvendige kompetencer er til stede.",
)


@attrs.frozen
class Delegationsvurdering(Resultat):
    """Om en opgave i IV-behandlingen må lægges hos en anden faggruppe end sygeplejersker."""

    behandling: IVBehandling
    tilladt: Svar
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _dele_af_opgaven(
    hele: bool | None, lokalt: bool | None, sikret: bool | None
) -> Delegationsvurdering:
    """Undtagelsen i væskeaftalen: »Der kan på lokalt initiativ tages stilling til
    videredelegation af dele af arbejdsopgaven til andre faggrupper, så længe det sikres, at de
    nødvendige kompetencer er til stede.« Kræver, at det kun er dele af opgaven, at det er
    besluttet lokalt, og at kompetencerne er sikret."""
    b = IVBehandling.VAESKE
    kilder = (_K_DELEGATION[b], _K_VIDEREDELEGATION)
    if lokalt is False or sikret is False:
        mangler = "; ".join(
            t
            for t, v in (
                ("der er ikke taget stilling på lokalt initiativ", lokalt),
                ("de nødvendige kompetencer er ikke sikret", sikret),
            )
            if v is False
        )
        return Delegationsvurdering(
            behandling=b,
            tilladt=Svar.IKKE_OPFYLDT,
            begrundelse=f"Videredelegation er ikke tilladt: {mangler}.",
            kilder=kilder,
        )
    if hele is None or lokalt is None or sikret is None:
        ukendt = "; ".join(
            t
            for t, v in (
                ("om det er selve administrationen eller kun dele af opgaven", hele),
                ("om der er taget stilling på lokalt initiativ", lokalt),
                ("om de nødvendige kompetencer er sikret", sikret),
            )
            if v is None
        )
        return Delegationsvurdering(
            behandling=b,
            tilladt=Svar.KAN_IKKE_AFGOERES,
            begrundelse=f"Kan ikke afgøres; ukendt: {ukendt}.",
            kilder=kilder,
        )
    return Delegationsvurdering(
        behandling=b,
        tilladt=Svar.OPFYLDT,
        begrundelse=(
            "Dele af arbejdsopgaven må videredelegeres til andre faggrupper, fordi det er "
            "besluttet på lokalt initiativ og de nødvendige kompetencer er sikret; selve "
            "administrationen bliver hos personale med sygeplejefaglig baggrund."
        ),
        kilder=kilder,
    )


def videredelegation(
    behandling: IVBehandlingArg,
    *,
    hele_administrationen: bool | None,
    lokalt_initiativ: bool | None = None,
    kompetencer_sikret: bool | None = None,
) -> Delegationsvurdering:
    """Må opgaven lægges hos en anden faggruppe? (Grundprincipper for samarbejdet.)

    `hele_administrationen=True` betyder, at selve administrationen skal lægges hos andre;
    `False`, at kun dele af arbejdsopgaven skal. Administration »må ikke delegeres« (begge
    aftaler). Kun væskeaftalen åbner for videredelegation af *dele* af arbejdsopgaven, og kun
    på lokalt initiativ og når de nødvendige kompetencer er sikret. `tilladt` er OPFYLDT,
    IKKE_OPFYLDT eller KAN_IKKE_AFGOERES (en nødvendig oplysning er `None`).
    """
    b = kraev_enum(IVBehandling, behandling, "behandling")
    hele = kraev_valgfri_bool(hele_administrationen, "hele_administrationen")
    lokalt = kraev_valgfri_bool(lokalt_initiativ, "lokalt_initiativ")
    sikret = kraev_valgfri_bool(kompetencer_sikret, "kompetencer_sikret")
    forbud = (
        f"Administration af IV-behandling med {b.value} kræver sygeplejefaglig baggrund og må "
        "ikke delegeres til andre faggrupper"
    )
    if hele is True:
        return Delegationsvurdering(
            behandling=b,
            tilladt=Svar.IKKE_OPFYLDT,
            begrundelse=forbud + ".",
            kilder=(_K_DELEGATION[b],),
        )
    if b is IVBehandling.ANTIBIOTIKA:
        # Fortolkningsloggen IV-14: antibiotikaaftalen har ingen åbning for dele af opgaven.
        return Delegationsvurdering(
            behandling=b,
            tilladt=Svar.IKKE_OPFYLDT,
            begrundelse=forbud
            + "; antibiotikaaftalen åbner ikke for videredelegation af dele af opgaven "
            "(læsning, se fortolkningsloggen IV-14).",
            kilder=(_K_DELEGATION[b],),
            fortolkninger=("IV-14",),
        )
    return _dele_af_opgaven(hele, lokalt, sikret)
