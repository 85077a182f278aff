"""Fejlmodellen: én basisundtagelse og nogle få præcise underklasser.

Alle offentlige funktioner afviser forkert input med en `ForloebsreglerFejl`, hvis
besked nævner argumentet, hvad der blev givet, og hvad der accepteres. Ingen
`TypeError`, `AttributeError` eller `KeyError` slipper ud af det offentlige API.
"""

from __future__ import annotations

__all__ = [
    "ArgumentFejl",
    "ForloebsreglerFejl",
    "ManglendeTakstFejl",
    "NaivtTidspunktFejl",
    "PeriodeFejl",
    "UgyldigTypeFejl",
    "UgyldigVaerdiFejl",
    "UkendtFeltFejl",
    "UkendtNavnFejl",
]


class ForloebsreglerFejl(ValueError):
    """Basis for alle fejl fra forloebsregler (en `ValueError`)."""


class UgyldigTypeFejl(ForloebsreglerFejl):
    """Et argument har en type, som funktionen ikke tager imod."""


class UgyldigVaerdiFejl(ForloebsreglerFejl):
    """Et argument har den rigtige type, men en værdi uden for det tilladte."""


class NaivtTidspunktFejl(ForloebsreglerFejl):
    """Et tidspunkt uden tidszone blev givet; det gættes der aldrig på."""


class PeriodeFejl(ForloebsreglerFejl):
    """En periode slutter før den begynder (eller er tom, hvor det ikke giver mening)."""


class UkendtNavnFejl(ForloebsreglerFejl):
    """Et navn (fx et enum-navn) er ikke blandt de kendte."""


class UkendtFeltFejl(UkendtNavnFejl, KeyError):
    """Et resultat har intet felt med det navn (også en `KeyError`, som mappings kræver)."""

    def __str__(self) -> str:  # KeyError ville ellers vise beskeden i anførselstegn
        return str(self.args[0]) if self.args else ""


class ManglendeTakstFejl(ForloebsreglerFejl):
    """Ingen kendt takst eller sats gælder for den ønskede dato, og ingen blev givet."""


class ArgumentFejl(ForloebsreglerFejl, TypeError):
    """Et kald med forkerte argumenter: et manglende, et ukendt eller for mange.

    Også en `TypeError`, som Python ellers ville have rejst.
    """
