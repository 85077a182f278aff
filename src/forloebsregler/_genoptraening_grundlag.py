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

from datetime import date, timedelta

from forloebsregler._valider import vis
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kalender import lokal_dato
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


def laesning(*ider: str) -> str:
    """Begrundelsens henvisning til de læsninger, resultatet hviler på."""
    return f"(læsning, se fortolkningsloggen {', '.join(ider)})"


# --- Datoer ---------------------------------------------------------------------------------


def lokal_udskrivningsdato(vaerdi: object, navn: str, *, plads_dage: int) -> date:
    """En lokal dato i København af en `date`, et tidszonebevidst tidspunkt eller en ISO-streng.

    Datoen skal kunne lægges `plads_dage` dage til uden at løbe ud over kalenderen.
    """
    accepteret = "en date, et tidszonebevidst datetime eller en ISO-streng"
    if not isinstance(vaerdi, date | str):
        raise UgyldigTypeFejl(f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}")
    try:
        dag = lokal_dato(vaerdi, navn)
    except UgyldigVaerdiFejl:
        if not isinstance(vaerdi, str):
            raise
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}, som hverken er en ISO-dato 'ÅÅÅÅ-MM-DD' eller et "
            f"ISO 8601-tidspunkt med offset; accepterer {accepteret}"
        ) from None
    except ForloebsreglerFejl:
        raise
    except (OverflowError, ValueError):
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}, som ligger uden for kalenderen; accepterer {accepteret}"
        ) from None
    if dag > date.max - timedelta(days=plads_dage):
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun datoer til og med "
            f"{date.max - timedelta(days=plads_dage)}"
        )
    return dag
