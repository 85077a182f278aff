"""Depression: forløbsprogrammets målgruppe (alder).

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 1
Målgruppen for forløbsprogrammet: »alle syddanske borgere over 18 år, som har eller er i
risiko for at udvikle unipolar depression af let, moderat eller svær grad«.

- »Over 18 år« er læst som 18 år og derover (fortolkningsloggen DEP-04).
- Under 18 år er personen uden for programmets målgruppe: svaret er `UDEN_FOR_MAALGRUPPEN`,
  ikke et nej (DEP-06). Det gælder alle programmets regler med en alder; de fælles tekster
  står i det private `_depression_grundlag`.

`Regelsvar` er svaret fra programmets mindre regler (her, i `behandling`, `apotek`,
`sygefravaer` og `livsstil`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forloebsregler._depression_grundlag import (
    FORTOLKNING_UNDER_18,
    KILDE_MAALGRUPPE,
    MINDSTEALDER,
    Regelsvar,
    atten_ids,
    atten_tekst,
    kraev_alder,
    uden_for_maalgruppen,
)
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import Heltal

__all__ = [
    "MINDSTEALDER",
    "Regelsvar",
    "i_maalgruppen",
]


def i_maalgruppen(alder: Heltal) -> Regelsvar:
    """Om en borger har programmets alder: voksne fra 18 år (fortolkningsloggen DEP-04).

    Under 18 år er svaret UDEN_FOR_MAALGRUPPEN (DEP-06).
    """
    a = kraev_alder(alder)
    if a < MINDSTEALDER:
        return Regelsvar(
            Svar.UDEN_FOR_MAALGRUPPEN,
            (),
            uden_for_maalgruppen(a, None),
            (KILDE_MAALGRUPPE,),
            (FORTOLKNING_UNDER_18,),
        )
    tekst = (
        f"{a} år: i forløbsprogrammets målgruppe, som er syddanske borgere over 18 år."
        + atten_tekst(a)
    )
    return Regelsvar(Svar.OPFYLDT, (), tekst, (KILDE_MAALGRUPPE,), atten_ids(a))
