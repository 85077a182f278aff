"""Fælles byggesten for genoptræningsmodulerne (privat modul, ingen regler).

Forløbsprogram for mennesker med depression, Kap. 10: kapitlets afsnitsnavne (som
`Kilde`-henvisninger bruger dem), ID'erne i fortolkningsloggens afsnit »Genoptræning«
(docs/fortolkninger.md, GEN-01 … GEN-12) og begrundelsernes henvisning til dem, kilden til
planens forsendelse (den citeres både af planens overdragelse og af indsatsen
»Udarbejdelse af genoptræningsplaner«) og omregningen af en udskrivning til en lokal dato.
Reglerne står i `genoptraening`, `genoptraeningsindsatser`, `genoptraeningsfrist` og
`genoptraeningsplan`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from forloebsregler._batchkoersel import er_ukendt
from forloebsregler.kalender import kraev_lokal_dato
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION

__all__: list[str] = []

# --- Kap. 10's afsnit ----------------------------------------------------------------------

KAP10 = "Kap. 10 Genoptræning"
KOMMUNERNE = "Kap. 10, Særligt om genoptræning i kommunerne"
BOKS = "Kap. 10, boks om sygehusets og kommunens ansvar"
BEHOV = "Kap. 10, Hvordan vurderes, om der er et behov?"
BOKS_PLANER = BOKS + ", Udarbejdelse af genoptræningsplaner (Sundhedsloven §84)"

KILDE_FORSENDELSE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    BOKS_PLANER,
    "Sygehuset udarbejder en genoptræningsplan og sender denne til patientens bopælskommune via "
    "MedCom-standarden GGOP og patientens praktiserende læge, hvis patienten har givet samtykke "
    "hertil.",
)

# --- Fortolkningslogens ID'er (docs/fortolkninger.md, afsnit »Genoptræning«) ---------------

GEN_FRIST = "GEN-01"
GEN_TIDLIG_START = "GEN-02"
GEN_UDEN_BEGRUNDELSE = "GEN-03"
GEN_FRIT_VALG = "GEN-04"
GEN_UDLEVERING = "GEN-05"
GEN_HELHED = "GEN-06"
GEN_NEDSAETTELSER = "GEN-07"
GEN_NIVEAU = "GEN-08"
GEN_LOVHJEMMEL = "GEN-09"
GEN_HENVISER = "GEN-10"
GEN_AMBULANT = "GEN-11"
GEN_KAN_SKAL = "GEN-12"
GEN_PLADSHOLDER = "GEN-15"


def fjern_ukendt_begrundelse(felter: dict[str, Any]) -> bool:
    """Fjern `begrundelse` fra `felter`, hvis den er kontraktens ord for et ukendt svar
    (»ukendt«, »?«): i batchkontrakten og på kommandolinjen er den da ikke oplyst (GEN-15).
    Svarer, om den blev fjernet (så svaret også skal nævne GEN-15)."""
    if er_ukendt(felter.get("begrundelse")):
        del felter["begrundelse"]
        return True
    return False


def laesning(*ider: str) -> str:
    """Begrundelsens henvisning til de læsninger, resultatet hviler på."""
    return f"(læsning, se fortolkningsloggen {', '.join(ider)})"


# --- Datoer ---------------------------------------------------------------------------------


def lokal_udskrivningsdato(vaerdi: object, navn: str, *, plads_dage: int) -> date:
    """En lokal dato i København (`kalender.kraev_lokal_dato`), der kan lægges `plads_dage`
    dage til."""
    return kraev_lokal_dato(vaerdi, navn, plads_dage=plads_dage)
