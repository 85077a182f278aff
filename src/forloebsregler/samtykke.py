"""Depression: udveksling af oplysninger mellem aktørerne kræver borgerens skriftlige samtykke.

Kilder: *Forløbsprogram for mennesker med depression* Kap. 8 Løbende koordinering
(»Indhentning af oplysninger på tværs af de involverede aktører forudsætter et skriftligt
samtykke fra borgeren.«) og *Implementeringsplanen*, »Den koordinerende kontaktperson«
(funktionen giver et øget behov for videregivelse af oplysninger, »som kræver borgerens
samtykke«). Kravet gælder alle aktører i forløbet, ikke kun den koordinerende kontaktperson
(`koordinator`), hvis opgave det er at sikre samtykket.
"""

from __future__ import annotations

import attrs

from forloebsregler._depression_grundlag import KAP8
from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_valgfri_bool
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
    IMPLEMENTERINGSPLAN_DEPRESSION,
    Kilde,
)
from forloebsregler.svar import Svar, ja_nej

__all__ = ["Samtykkevurdering", "informationsudveksling"]

KILDE_SAMTYKKE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP8,
    "Indhentning af oplysninger på tværs af de involverede aktører forudsætter et skriftligt "
    "samtykke fra borgeren.",
)
KILDE_SAMTYKKE_IMPLEMENTERING = IMPLEMENTERINGSPLAN_DEPRESSION.kilde(
    "Den koordinerende kontaktperson",
    "Funktionen forventes at medføre et øget behov for videregivelse af oplysninger, som "
    "kræver borgerens samtykke.",
)


@attrs.frozen
class Samtykkevurdering(Resultat):
    """Om oplysninger må indhentes på tværs af aktørerne (kræver skriftligt samtykke)."""

    tilladt: Svar
    begrundelse: str
    kilder: tuple[Kilde, ...]


def informationsudveksling(skriftligt_samtykke: bool | None) -> Samtykkevurdering:
    """Indhentning af oplysninger på tværs af aktører forudsætter skriftligt samtykke (Kap. 8).

    Reglen gælder alle aktører i forløbet, ikke kun den koordinerende kontaktperson.
    `None`: det vides ikke, om der er givet skriftligt samtykke.
    """
    svar = ja_nej(kraev_valgfri_bool(skriftligt_samtykke, "skriftligt_samtykke"))
    return Samtykkevurdering(
        svar,
        _SAMTYKKETEKSTER[svar],
        (KILDE_SAMTYKKE, KILDE_SAMTYKKE_IMPLEMENTERING),
    )


_SAMTYKKETEKSTER = {
    Svar.OPFYLDT: "Oplysninger må indhentes på tværs af aktørerne: borgeren har "
    "givet skriftligt samtykke.",
    Svar.IKKE_OPFYLDT: "Oplysninger må ikke indhentes på tværs af aktørerne: der "
    "foreligger ikke skriftligt samtykke fra borgeren.",
    Svar.KAN_IKKE_AFGOERES: "Det kan ikke afgøres, om oplysninger må indhentes: det "
    "er ukendt, om borgeren har givet skriftligt samtykke.",
}
"""Begrundelserne for `informationsudveksling` pr. svar (faste tekster, bygget én gang)."""
