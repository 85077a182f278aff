"""Depression: screening — PHQ-2 og de screeningsredskaber, kilderne nævner.

Kilder: *Notat om borgergrundlag* (PHQ-2 i Sundhedsprofilen 2017: score 0–6, 4–6 tæller som
tegn på depression), *høringssvarene* til forløbsprogrammet (WHO-5, HADS) og
*Forløbsprogram for mennesker med depression*, Kap. 2 Sammenfatning (screening af borgere med
hjertesygdom). Et screeningsfund er ikke en diagnose (DEP-07); diagnosen står i `diagnose`.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._depression_grundlag import KAP2_SAMMENFATNING
from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_heltal
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
    HOERINGSSVAR_DEPRESSION,
    NOTAT_BORGERGRUNDLAG,
    Kilde,
)

if TYPE_CHECKING:
    from forloebsregler.typer import Heltal

__all__ = [
    "PHQ2_TAERSKEL_SUNDHEDSPROFILEN",
    "Phq2Vurdering",
    "Screeningsredskab",
    "vurder_phq2",
]

# --------------------------------------------------------------------------- screening

PHQ2_TAERSKEL_SUNDHEDSPROFILEN = 4
"""Notatet: Sundhedsprofilen 2017 tæller en PHQ-2-score på 4, 5 eller 6 som tegn på depression."""
PHQ2_MAKS = 6

KILDE_PHQ2_SKALA = NOTAT_BORGERGRUNDLAG.kilde(
    "Borgergrundlag",
    "PHQ-2 er det muligt at opnå en samlet score i intervallet 0-6, hvor en højere score "
    "indikerer flere tegn på depression.",
)
KILDE_PHQ2_TAERSKEL = NOTAT_BORGERGRUNDLAG.kilde(
    "Borgergrundlag",
    "2833 borgere i Region Syddanmark i alderen fra 16 år og op scorer enten 4, 5 eller 6 på "
    "PHQ-2, og dermed tegn på en depression.",
)
KILDE_PHQ2_IKKE_DIAGNOSE = NOTAT_BORGERGRUNDLAG.kilde(
    "Borgergrundlag",
    "Sundhedsprofilens tal angiver derfor ikke antallet af mennesker, som har fået stillet "
    "diagnosen depression",
)


class Screeningsredskab(Enum):
    """Screeningsredskaber, som kilderne nævner (ingen af dem stiller en diagnose).

    Kun hjertepatienter skal screenes (HADS); se fortolkningsloggen DEP-16.
    """

    PHQ_2 = "PHQ-2 (Sundhedsprofilen 2017; score 0-6)"
    WHO_5 = "WHO-5 (screeningsredskab til mental sundhed)"
    HADS = "HADS (screening for depression hos hjertepatienter)"

    @property
    def kilde(self) -> Kilde:
        """Hvor kilderne nævner redskabet."""
        return SCREENINGSREDSKAB_KILDER[self]


SCREENINGSREDSKAB_KILDER: dict[Screeningsredskab, Kilde] = {
    Screeningsredskab.PHQ_2: KILDE_PHQ2_SKALA,
    Screeningsredskab.WHO_5: HOERINGSSVAR_DEPRESSION.kilde(
        "Ad) Tidlig opsporing i jobcenter",
        "Der henvises til WHO-5 som et screeningsredskab til mental sundhed.",
    ),
    Screeningsredskab.HADS: HOERINGSSVAR_DEPRESSION.kilde(
        "Ad) Generelle kommentarer",
        "I forbindelse med hjerteforløbs- programmet skal der testes med HADS for depression.",
    ),
}
KILDE_HJERTE_SCREENING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP2_SAMMENFATNING,
    "skal kommunale sundhedstilbud og sundhedsfagligt personale på somatiske sygehuse screene "
    "for angst og depression hos borgere med hjertesygdom.",
)


@attrs.frozen
class Phq2Vurdering(Resultat):
    """En PHQ-2-score mod en tærskel: et tegn på depression i en undersøgelse, ikke en diagnose."""

    score: int
    taerskel: int
    tegn_paa_depression: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def vurder_phq2(
    score: Heltal, *, taerskel: Heltal = PHQ2_TAERSKEL_SUNDHEDSPROFILEN
) -> Phq2Vurdering:
    """PHQ-2: samlet score 0–6; Sundhedsprofilen 2017 tæller 4, 5 eller 6 som tegn på depression.

    Tærsklen er undersøgelsens (standard 4) og kan ændres. Resultatet er et screeningsfund,
    ikke en diagnose (se fortolkningsloggen DEP-07); diagnosen kræver Kap. 6's
    kriterier (`vurder_diagnose`). Sundhedsprofilens tal gælder borgere fra 16 år.
    """
    s = kraev_heltal(score, "score", min_vaerdi=0, maks_vaerdi=PHQ2_MAKS)
    t = kraev_heltal(taerskel, "taerskel", min_vaerdi=0, maks_vaerdi=PHQ2_MAKS)
    tegn = s >= t
    tekst = (
        f"PHQ-2-score {s} er {'over eller lig' if tegn else 'under'} tærsklen {t}: "
        f"{'tegn' if tegn else 'ikke tegn'} på depression i screeningens forstand. Det er "
        "ikke en diagnose."
    )
    if t == PHQ2_TAERSKEL_SUNDHEDSPROFILEN:
        tekst += " Tærsklen er Sundhedsprofilens (se fortolkningsloggen DEP-07)."
    else:
        tekst += (
            " Tærsklen er valgt af kalderen; Sundhedsprofilens er 4 (se fortolkningsloggen DEP-07)."
        )
    return Phq2Vurdering(
        s,
        t,
        tegn,
        tekst,
        (KILDE_PHQ2_SKALA, KILDE_PHQ2_TAERSKEL, KILDE_PHQ2_IKKE_DIAGNOSE),
        ("DEP-07",),
    )
