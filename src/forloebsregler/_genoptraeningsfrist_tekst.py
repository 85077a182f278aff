"""Begrundelserne for det frie valg af leverandør (privat; skrives, når de læses).

`genoptraeningsfrist.frit_leverandoervalg` holder reglen (Kap. 10: »Hvis kommunen ikke kan
tilbyde opstart af genoptræningen inden for 7 kalenderdage, har patienten ret til frit at
vælge en privat leverandør …«) og giver sit resultat en `DovenTekst`, der kalder en af
funktionerne her med de fakta, svaret blev afgjort på (issue 18, punkt 1): et resultat, hvis
begrundelse ingen læser, betaler ikke for at skrive den.
"""

from __future__ import annotations

from datetime import date

from forloebsregler._genoptraening_grundlag import GEN_FRIST, laesning
from forloebsregler._tekst import dato

__all__: list[str] = []


def tilbud_ukendt(senest: date | None) -> str:
    """Kommunens tilbudte opstart kendes ikke (fristen `senest`, eller None: heller ikke den)."""
    naar = (
        f"senest {dato(senest)}"
        if senest is not None
        else "inden for fristen, som heller ikke kan afgøres"
    )
    return (
        "Kan ikke afgøres: kommunens tilbudte opstart kendes ikke; patienten får ret til "
        f"frit valg, hvis kommunen ikke kan tilbyde opstart {naar}."
    )


def for_sent(tilbudt: date, forsinkelse: int, senest: date, ider: tuple[str, ...]) -> str:
    """En opstart `forsinkelse` dage efter fristen: retten til frit valg er udløst."""
    return (
        f"Kommunen tilbyder opstart {dato(tilbudt)}, {forsinkelse} dag(e) efter "
        f"fristen {dato(senest)}; patienten har derfor ret til frit at vælge "
        f"en privat leverandør, som KL har indgået aftale med {laesning(*ider)}."
    )


def rettidig(tilbudt: date, senest: date, ider: tuple[str, ...]) -> str:
    """En opstart inden for fristen: retten er ikke udløst."""
    return (
        f"Kommunen tilbyder opstart {dato(tilbudt)}, inden for fristen "
        f"{dato(senest)}; retten til frit valg af privat leverandør er ikke "
        f"udløst {laesning(*ider)}."
    )


def inden_for_syv_dage(tilbudt: date, syv: date) -> str:
    """Fristen kan ikke afgøres, men opstarten ligger inden for de 7 dage (GEN-01)."""
    return (
        f"Kommunen tilbyder opstart {dato(tilbudt)}, inden for 7-dagesfristen "
        f"{dato(syv)}, og dermed også inden for sygehusets senere startdato; "
        "retten til frit valg af privat leverandør er ikke udløst "
        f"{laesning(GEN_FRIST)}."
    )


def uden_frist(tilbudt: date, fristens_begrundelse: str) -> str:
    """Fristen kan ikke afgøres, og opstarten ligger efter de 7 dage: fristens egen
    begrundelse siger hvorfor."""
    return (
        f"Kan ikke afgøres, om kommunens opstart {dato(tilbudt)} er rettidig: "
        f"fristen kan ikke afgøres. {fristens_begrundelse}"
    )
