"""Region Syddanmarks samarbejdsaftaler om IV-behandling: den halvårlige afrapportering.

Kilder: Region Syddanmarks *Samarbejdsaftale om IV-behandling med væske* og *Samarbejdsaftale
om IV-behandling med antibiotika* (begge i kraft 1. januar 2018), afsnittet *Plan for
kvalitetssikring og monitorering*: kommunerne afrapporterer halvårligt fire tal pr. aftale —
antal borgere henvist, gennemsnitlig behandlingsvarighed, ordinerende sygehusafdelinger og
antal borgere med komplikationer (`halvaarsopgoerelse`, `HALVAARLIGE_DATAPUNKTER`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_decimal, kraev_enum, kraev_heltal, kraev_tekst, vis
from forloebsregler.fejl import UgyldigTypeFejl
from forloebsregler.iv_syddanmark import IVBehandling
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_ANTIBIOTIKA as _A
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_VAESKE as _V
from forloebsregler.kilder import Kilde

if TYPE_CHECKING:
    from forloebsregler.typer import Beloeb, Heltal, IVBehandlingArg

__all__ = ["HALVAARLIGE_DATAPUNKTER", "Halvaarsopgoerelse", "halvaarsopgoerelse"]

_MAKS_ANTAL = 10**12

# ---------------------------------------------------------------------------
# Halvårlig afrapportering
# ---------------------------------------------------------------------------

_AFSNIT_MONITORERING = "Plan for kvalitetssikring og monitorering"

_HALVAARLIGE_DATAPUNKTER_DATA = {
    IVBehandling.VAESKE: (
        _V.kilde(_AFSNIT_MONITORERING, "præsenteres halvårligt for data for aftalens anvendelse"),
        _V.kilde(_AFSNIT_MONITORERING, "Antal borgere henvist til IV-behandling med væske"),
        _V.kilde(_AFSNIT_MONITORERING, "Gennemsnitlig behandlingsvarighed"),
        _V.kilde(_AFSNIT_MONITORERING, "Ordinerende sygehusafdelinger"),
        _V.kilde(_AFSNIT_MONITORERING, "Antal borgere med komplikationer"),
    ),
    IVBehandling.ANTIBIOTIKA: (
        _A.kilde(_AFSNIT_MONITORERING, "præsenteres halvårligt for data for aftalens anvendelse"),
        _A.kilde(_AFSNIT_MONITORERING, "Antal borgere henvist til IV-behandling med antibiotika"),
        _A.kilde(_AFSNIT_MONITORERING, "Gennemsnitlig behandlingsvarighed"),
        _A.kilde(_AFSNIT_MONITORERING, "Ordinerende sygehusafdelinger"),
        _A.kilde(_AFSNIT_MONITORERING, "Antal borgere med komplikationer"),
    ),
}
HALVAARLIGE_DATAPUNKTER: Mapping[IVBehandling, tuple[Kilde, ...]] = MappingProxyType(
    _HALVAARLIGE_DATAPUNKTER_DATA
)
"""De fire tal, kommunerne afrapporterer halvårligt pr. aftale (med kilder)."""


@attrs.frozen
class Halvaarsopgoerelse(Resultat):
    """Et halvårs data for én aftale på kommune/sygehusniveau; `None` = ikke opgjort."""

    behandling: IVBehandling
    aar: int
    halvaar: int
    enhed: str | None
    antal_borgere_henvist: int | None
    gennemsnitlig_behandlingsvarighed_dage: Decimal | None
    ordinerende_sygehusafdelinger: tuple[str, ...] | None
    antal_borgere_med_komplikationer: int | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _valgfrit_heltal(vaerdi: object, navn: str) -> int | None:
    if vaerdi is None:
        return None
    return kraev_heltal(vaerdi, navn, min_vaerdi=0, maks_vaerdi=_MAKS_ANTAL)


def _valgfri_varighed(vaerdi: object) -> Decimal | None:
    if vaerdi is None:
        return None
    return kraev_decimal(
        vaerdi, "gennemsnitlig_behandlingsvarighed_dage", min_vaerdi=0, maks_vaerdi=10**6
    )


def _kraev_afdelinger(vaerdi: object) -> tuple[str, ...] | None:
    """Afdelingsnavnene sorteret og uden dubletter; `None` betyder ikke opgjort."""
    if vaerdi is None:
        return None
    if isinstance(vaerdi, str | bytes) or not isinstance(vaerdi, Iterable):
        raise UgyldigTypeFejl(
            f"ordinerende_sygehusafdelinger: fik {vis(vaerdi)}; "
            "accepterer en liste af afdelingsnavne"
        )
    return tuple(
        sorted(
            {
                kraev_tekst(a, f"ordinerende_sygehusafdelinger[{i}]").strip()
                for i, a in enumerate(vaerdi)
            }
        )
    )


def halvaarsopgoerelse(
    behandling: IVBehandlingArg,
    *,
    aar: Heltal,
    halvaar: Heltal,
    enhed: str | None = None,
    antal_borgere_henvist: Heltal | None = None,
    gennemsnitlig_behandlingsvarighed_dage: Beloeb | None = None,
    ordinerende_sygehusafdelinger: list[str] | tuple[str, ...] | AbstractSet[str] | None = None,
    antal_borgere_med_komplikationer: Heltal | None = None,
) -> Halvaarsopgoerelse:
    """Syddanmarks halvårlige data for én aftale (væske eller antibiotika).

    De fire tal: antal borgere henvist, gennemsnitlig behandlingsvarighed (kilden angiver
    ingen enhed; her i dage, se fortolkningsloggen IV-16), ordinerende sygehusafdelinger og antal
    borgere med komplikationer. `enhed` er kommunen eller sygehuset, data opgøres for.
    """
    b = kraev_enum(IVBehandling, behandling, "behandling")
    aar_ = kraev_heltal(aar, "aar", min_vaerdi=1, maks_vaerdi=9999)
    halvaar_ = kraev_heltal(halvaar, "halvaar", min_vaerdi=1, maks_vaerdi=2)
    enhed_ = None if enhed is None else kraev_tekst(enhed, "enhed")
    henvist = _valgfrit_heltal(antal_borgere_henvist, "antal_borgere_henvist")
    kompl = _valgfrit_heltal(antal_borgere_med_komplikationer, "antal_borgere_med_komplikationer")
    varighed = _valgfri_varighed(gennemsnitlig_behandlingsvarighed_dage)
    afdelinger = _kraev_afdelinger(ordinerende_sygehusafdelinger)
    tekst = (
        f"Halvårsdata for IV-behandling med {b.value}, {aar_} {halvaar_}. halvår"
        + (f" ({enhed_})" if enhed_ else "")
        + ": "
        + (f"{henvist} borgere henvist" if henvist is not None else "antal henviste ikke opgjort")
        + (
            f", {kompl} med komplikationer."
            if kompl is not None
            else ", komplikationer ikke opgjort."
        )
    )
    spor: tuple[str, ...] = ()
    if varighed is not None:  # kilden angiver ingen enhed: fortolkningsloggen IV-16
        tekst += (
            " Den gennemsnitlige behandlingsvarighed er opgjort i dage (læsning, se "
            "fortolkningsloggen IV-16)."
        )
        spor = ("IV-16",)
    return Halvaarsopgoerelse(
        behandling=b,
        aar=aar_,
        halvaar=halvaar_,
        enhed=enhed_,
        antal_borgere_henvist=henvist,
        gennemsnitlig_behandlingsvarighed_dage=varighed,
        ordinerende_sygehusafdelinger=afdelinger,
        antal_borgere_med_komplikationer=kompl,
        begrundelse=tekst,
        kilder=HALVAARLIGE_DATAPUNKTER[b],
        fortolkninger=spor,
    )
