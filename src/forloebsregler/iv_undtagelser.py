"""IV-behandling i Nordjylland: hvilke forløb der som udgangspunkt bliver i hospitalsregi.

Kilde: *Rammeaftale mellem 11 nordjyske kommuner og Region Nordjylland om intravenøs
behandling i kommunalt regi*, afsnit 4 (Aktivitet), underafsnittet Undtagelser.

Reglen læses som kilden skriver den (`hospitalsundtagelser`):

- grundreglen: kommunerne varetager IV-behandlingen i alle relevante forløb på IV-områderne;
- tre undtagelser holder som udgangspunkt forløbet i hospitalsregi: mere end 3 besøg pr.
  døgn, indgift der ikke kan håndteres i lukkede systemer, og mere end én times ophold pr.
  indgift;
- undtagelsen fra undtagelserne: efter konkret aftale mellem kommune og hospital kan kommunen
  alligevel varetage forløbet;
- og kommunen kan undtagelsesvist afvise et forløb af hensyn til patientsikkerheden; så
  varetages det i hospitalsregi.

Hver regel er en navngiven funktion ved siden af det citat, den bygger på.
"""

from __future__ import annotations

from datetime import timedelta
from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._iv_grundlag import K_FORPLIGTELSE, MAKS_TIMER
from forloebsregler._resultat import Resultat
from forloebsregler._valider import (
    kraev_bool,
    kraev_decimal,
    kraev_heltal,
    kraev_valgfri_bool,
    kraev_varighed,
)
from forloebsregler.kilder import RAMMEAFTALE_IV_NORDJYLLAND as _R
from forloebsregler.kilder import Kilde

if TYPE_CHECKING:
    from forloebsregler.typer import Beloeb, Heltal

__all__ = [
    "MAKS_BESOEG_PR_DOEGN",
    "MAKS_OPHOLD_PR_INDGIFT",
    "Hospitalsundtagelse",
    "Undtagelsesvurdering",
    "Varetagelse",
    "hospitalsundtagelser",
]

_AFSNIT = "4. Aktivitet, Undtagelser"


class Varetagelse(Enum):
    """Hvor et forløb som udgangspunkt varetages."""

    HOSPITALSREGI = "hospitalsregi"
    KOMMUNALT_REGI = "kommunalt regi"
    KAN_IKKE_AFGOERES = "kan ikke afgøres"


class Hospitalsundtagelse(Enum):
    """De tre situationer, hvor et forløb som udgangspunkt bliver i hospitalsregi."""

    FLERE_END_3_BESOEG_PR_DOEGN = "mere end 3 besøg pr. døgn"
    IKKE_LUKKET_SYSTEM = "indgiften kan ikke håndteres i lukkede systemer"
    OPHOLD_OVER_EN_TIME_PR_INDGIFT = "mere end én times ophold pr. indgift"


MAKS_BESOEG_PR_DOEGN = 3
"""Flere besøg pr. døgn end dette holder forløbet i hospitalsregi (afsnit 4, Undtagelser)."""
MAKS_OPHOLD_PR_INDGIFT = timedelta(hours=1)
"""Længere ophold pr. indgift end dette holder forløbet i hospitalsregi (afsnit 4)."""


@attrs.frozen
class Undtagelsesvurdering(Resultat):
    """Hvor forløbet som udgangspunkt varetages, og hvilke undtagelser der gælder."""

    varetagelse: Varetagelse
    undtagelser: tuple[Hospitalsundtagelse, ...]
    ukendte: tuple[Hospitalsundtagelse, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


_Udfald = tuple[Varetagelse, str, tuple[Kilde, ...]]


# ---------------------------------------------------------------------------
# Grundreglen: kommunen varetager forløbet
# ---------------------------------------------------------------------------

# K_FORPLIGTELSE: »Kommunerne forpligter sig således til at varetage IV-behandlingen i alle
# relevante patientforløb på de nævnte IV-områder«.


def _grundregel() -> _Udfald:
    """Ingen undtagelse gælder: kommunen varetager forløbet, som den har forpligtet sig til."""
    return (
        Varetagelse.KOMMUNALT_REGI,
        "Ingen af de tre undtagelser gælder, så kommunen varetager forløbet, som den har "
        "forpligtet sig til for alle relevante forløb på IV-områderne.",
        (),
    )


# ---------------------------------------------------------------------------
# Undtagelserne: forløbet bliver som udgangspunkt i hospitalsregi
# ---------------------------------------------------------------------------

_K_U_BESOEG = _R.kilde(_AFSNIT, "IV-behandlingsforløb med behov for mere end 3 besøg pr. døgn")


def _flere_end_3_besoeg(besoeg: int | None) -> bool | None:
    """»IV-behandlingsforløb med behov for mere end 3 besøg pr. døgn«."""
    return None if besoeg is None else besoeg > MAKS_BESOEG_PR_DOEGN


_K_U_LUKKET = _R.kilde(
    _AFSNIT,
    "IV-behandlingsforløb, hvor det ikke er muligt at håndtere indgiften i lukkede systemer",
)


def _ikke_lukket_system(lukket: bool | None) -> bool | None:
    """»IV-behandlingsforløb, hvor det ikke er muligt at håndtere indgiften i lukkede
    systemer«."""
    return None if lukket is None else not lukket


_K_U_OPHOLD = _R.kilde(
    _AFSNIT,
    "hvor den enkelte indgift indebærer at kommunalt personale skal opholde sig i borgerens "
    "hjem i mere end én time ad gangen",
)


def _ophold_over_en_time(vaerdi: object) -> bool | None:
    """»… opholde sig i borgerens hjem i mere end én time ad gangen«.

    Afgjort på den eksakte værdi (issue 14): en `timedelta` mod én time, minutter direkte mod 60
    uden afrunding til mikrosekunder, så 60 minutter og et hår aldrig kommer under grænsen.
    """
    if vaerdi is None:
        return None
    if isinstance(vaerdi, timedelta):
        return kraev_varighed(vaerdi, "ophold_pr_indgift") > MAKS_OPHOLD_PR_INDGIFT
    minutter = kraev_decimal(vaerdi, "ophold_pr_indgift", positiv=True, maks_vaerdi=MAKS_TIMER)
    return minutter > 60


_K_UNDTAGELSER: dict[Hospitalsundtagelse, Kilde] = {
    Hospitalsundtagelse.FLERE_END_3_BESOEG_PR_DOEGN: _K_U_BESOEG,
    Hospitalsundtagelse.IKKE_LUKKET_SYSTEM: _K_U_LUKKET,
    Hospitalsundtagelse.OPHOLD_OVER_EN_TIME_PR_INDGIFT: _K_U_OPHOLD,
}
_UKENDT_TEKST: dict[Hospitalsundtagelse, str] = {
    Hospitalsundtagelse.FLERE_END_3_BESOEG_PR_DOEGN: "antal besøg pr. døgn",
    Hospitalsundtagelse.IKKE_LUKKET_SYSTEM: "om indgiften kan håndteres i lukkede systemer",
    Hospitalsundtagelse.OPHOLD_OVER_EN_TIME_PR_INDGIFT: "personalets ophold pr. indgift",
}


# ---------------------------------------------------------------------------
# Undtagelsen fra undtagelserne: konkret aftale mellem kommune og hospital
# ---------------------------------------------------------------------------

_K_U_KONKRET_AFTALE = _R.kilde(
    _AFSNIT,
    "men efter konkret aftale mellem kommune og hospital kan kommunen vælge at varetage "
    "behandlingen i kommunalt regi",
)


def _undtagelse_gaelder(
    undtagelser: tuple[Hospitalsundtagelse, ...], aftale: bool | None
) -> _Udfald:
    """En undtagelse gælder: hospitalsregi, medmindre en konkret aftale flytter forløbet.

    En ukendt konkret aftale afgør, hvor forløbet ender (fortolkningsloggen IV-17).
    """
    navne = ", ".join(u.value for u in undtagelser)
    if aftale:
        tekst = (
            f"Forløbet er en undtagelse ({navne}), men efter konkret aftale mellem kommune og "
            "hospital varetages det i kommunalt regi inden for aftalens økonomiske ramme."
        )
        return Varetagelse.KOMMUNALT_REGI, tekst, (_K_U_KONKRET_AFTALE,)
    if aftale is None:
        tekst = (
            f"Kan ikke afgøres: forløbet er en undtagelse ({navne}) og varetages som "
            "udgangspunkt i hospitalsregi, men det er ukendt, om der er en konkret aftale "
            "mellem kommune og hospital om kommunal varetagelse."
        )
        return Varetagelse.KAN_IKKE_AFGOERES, tekst, (_K_U_KONKRET_AFTALE,)
    tekst = (
        f"Forløbet varetages som udgangspunkt i hospitalsregi: {navne}. En konkret aftale "
        "mellem kommune og hospital kan flytte det til kommunen."
    )
    return Varetagelse.HOSPITALSREGI, tekst, (_K_U_KONKRET_AFTALE,)


def _undtagelse_ukendt(ukendte: tuple[Hospitalsundtagelse, ...], aftale: bool | None) -> _Udfald:
    """Ingen undtagelse er påvist, men en oplysning mangler: kun en konkret aftale afgør det."""
    if aftale:
        tekst = (
            "Efter konkret aftale mellem kommune og hospital varetages forløbet i kommunalt regi."
        )
        return Varetagelse.KOMMUNALT_REGI, tekst, (_K_U_KONKRET_AFTALE,)
    tekst = (
        "Kan ikke afgøres: ingen undtagelse er påvist, men disse oplysninger mangler: "
        + "; ".join(_UKENDT_TEKST[u] for u in ukendte)
        + "."
    )
    return Varetagelse.KAN_IKKE_AFGOERES, tekst, tuple(_K_UNDTAGELSER[u] for u in ukendte)


# ---------------------------------------------------------------------------
# Kommunens afvisning af hensyn til patientsikkerheden
# ---------------------------------------------------------------------------

_K_U_AFVISNING = _R.kilde(
    _AFSNIT,
    "er muligt for kommunen at afvise kommunal håndtering af et IV-behandlingsforløb; forløbet "
    "håndteres i så fald i hospitalsregi",
)


def _kommunen_afviser() -> _Udfald:
    """Kommunen afviser undtagelsesvist forløbet: det håndteres i hospitalsregi."""
    return (
        Varetagelse.HOSPITALSREGI,
        "Kommunen afviser undtagelsesvist forløbet af hensyn til patientsikkerheden, så det "
        "varetages i hospitalsregi.",
        (_K_U_AFVISNING,),
    )


# ---------------------------------------------------------------------------
# Reglen samlet
# ---------------------------------------------------------------------------


def hospitalsundtagelser(
    *,
    besoeg_pr_doegn: Heltal | None,
    indgift_i_lukket_system: bool | None,
    ophold_pr_indgift: Beloeb | timedelta | None,
    konkret_aftale_om_kommunal_varetagelse: bool | None = False,
    kommunen_afviser_af_hensyn_til_patientsikkerhed: bool | None = False,
) -> Undtagelsesvurdering:
    """De undtagelser, der som udgangspunkt holder et IV-forløb i hospitalsregi (afsnit 4).

    - `besoeg_pr_doegn`: behov for besøg pr. døgn (helt tal); mere end 3 er en undtagelse.
    - `indgift_i_lukket_system`: kan indgiften håndteres i lukkede systemer (True/False)?
    - `ophold_pr_indgift`: personalets ophold i hjemmet pr. indgift, som `timedelta` eller
      minutter; mere end én time er en undtagelse.

    `None` betyder ukendt; en ukendt oplysning antages aldrig (også
    `konkret_aftale_om_kommunal_varetagelse=None`: gælder en undtagelse, kan det så ikke
    afgøres). Alle undtagelser, der gælder, returneres. Efter konkret aftale mellem kommune
    og hospital kan kommunen alligevel varetage forløbet; og kommunen kan undtagelsesvist
    afvise et forløb af hensyn til patientsikkerheden, som så varetages i hospitalsregi.
    """
    besoeg = (
        None
        if besoeg_pr_doegn is None
        else kraev_heltal(besoeg_pr_doegn, "besoeg_pr_doegn", min_vaerdi=1)
    )
    lukket = kraev_valgfri_bool(indgift_i_lukket_system, "indgift_i_lukket_system")
    ophold = _ophold_over_en_time(ophold_pr_indgift)
    aftale = kraev_valgfri_bool(
        konkret_aftale_om_kommunal_varetagelse, "konkret_aftale_om_kommunal_varetagelse"
    )
    afvisning = kraev_bool(
        kommunen_afviser_af_hensyn_til_patientsikkerhed,
        "kommunen_afviser_af_hensyn_til_patientsikkerhed",
    )
    gaelder = {
        Hospitalsundtagelse.FLERE_END_3_BESOEG_PR_DOEGN: _flere_end_3_besoeg(besoeg),
        Hospitalsundtagelse.IKKE_LUKKET_SYSTEM: _ikke_lukket_system(lukket),
        Hospitalsundtagelse.OPHOLD_OVER_EN_TIME_PR_INDGIFT: ophold,
    }
    undtagelser = tuple(u for u, g in gaelder.items() if g)
    ukendte = tuple(u for u, g in gaelder.items() if g is None)
    if afvisning:
        varetagelse, tekst, kilder = _kommunen_afviser()
    elif undtagelser:
        varetagelse, tekst, kilder = _undtagelse_gaelder(undtagelser, aftale)
    elif ukendte:
        varetagelse, tekst, kilder = _undtagelse_ukendt(ukendte, aftale)
    else:
        varetagelse, tekst, kilder = _grundregel()
    return Undtagelsesvurdering(
        varetagelse=varetagelse,
        undtagelser=undtagelser,
        ukendte=ukendte,
        begrundelse=tekst,
        kilder=(K_FORPLIGTELSE, *(_K_UNDTAGELSER[u] for u in undtagelser), *kilder),
    )
