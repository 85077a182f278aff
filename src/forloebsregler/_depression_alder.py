"""Målgruppens alder for kontaktperson, rehabilitering og udskrivning (depressionsprogrammets bund).

Ikke et regelmodul: fælles byggesten for `koordinator`, `rehabilitering` og `udskrivning`,
som alle tager en valgfri `alder`.

Kilde: *Forløbsprogram for mennesker med depression* Kap. 1 Målgruppen: »alle syddanske
borgere over 18 år«, læst som 18 år og derover (fortolkningsloggen KOO-08). Under 18 år er
borgeren uden for målgruppen (`Svar.UDEN_FOR_MAALGRUPPEN`); en ukendt alder (`None`) ændrer
intet i reglerne.
"""

from __future__ import annotations

from forloebsregler._depression_grundlag import KAP1
from forloebsregler._valider import kraev_heltal
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION
from forloebsregler.svar import Svar

__all__: list[str] = []

MAALGRUPPE_MINDSTEALDER = 18
"""Forløbsprogrammets målgruppe: »alle syddanske borgere over 18 år« (læst som 18 år og
derover; se fortolkningsloggen KOO-08)."""

KILDE_MAALGRUPPE_ALDER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP1,
    "Målgruppen for forløbsprogrammet er alle syddanske borgere over 18 år, som har eller er i "
    "risiko for at udvikle unipolar depression af let, moderat eller svær grad.",
)

MAKS_ALDER = 130

ATTEN_AAR_TEKST = (
    "En 18-årig er i programmets målgruppe »over 18 år«, læst som 18 år og derover "
    "(læsning, se fortolkningsloggen KOO-08)."
)
"""Tilføjelsen til begrundelsen, når alderen er netop 18 år (KOO-08)."""


def valgfri_alder(alder: object) -> int | None:
    """`None` (alderen er ikke oplyst) eller et helt antal år 0–130."""
    if alder is None:
        return None
    return kraev_heltal(alder, "alder", min_vaerdi=0, maks_vaerdi=MAKS_ALDER)


def under_maalgruppen(alder: int | None) -> bool:
    """Sand for en kendt alder under 18 år."""
    return alder is not None and alder < MAALGRUPPE_MINDSTEALDER


def maalgruppe(alder: int | None) -> Svar:
    """Målgruppen efter alderen: ukendt alder giver KAN_IKKE_AFGOERES."""
    if alder is None:
        return Svar.KAN_IKKE_AFGOERES
    return Svar.UDEN_FOR_MAALGRUPPEN if alder < MAALGRUPPE_MINDSTEALDER else Svar.OPFYLDT


def alderslaesning(alder: int | None) -> tuple[str, ...]:
    """KOO-08 bæres kun, når læsningen af »over 18 år« afgør svaret (alder 18)."""
    return ("KOO-08",) if alder == MAALGRUPPE_MINDSTEALDER else ()


def uden_for_tekst(alder: int, hvad: str) -> str:
    """Begrundelsen for en borger under 18 år: programmet siger intet om `hvad`."""
    return (
        f"Uden for målgruppen: borgeren er {alder} år, og forløbsprogrammets målgruppe er "
        f"»alle syddanske borgere over 18 år«; programmet siger derfor intet om {hvad} for "
        "borgeren."
    )
