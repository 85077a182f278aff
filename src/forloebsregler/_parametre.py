"""Daterede parametre: tal, der ændrer sig over tid, som data med kilde (privat modul).

Tal, som kilderne siger reguleres (timetakster, tillæg, kilometersatser), ligger i
pakkedatafiler under `forloebsregler/data/` (TOML, læst med standardbibliotekets `tomllib`)
med værdi, enhed, gyldighedsperiode, kildehenvisning og en note om, hvordan tallet er
kontrolleret — som OpenFisca holder `parameters/*.yaml` adskilt fra formlerne. Filerne læses
én gang (ved import af det regelmodul, der bruger dem) til uforanderlige værdier:

- `DateretParameter`: ét tal med enhed, periode og kilde; resultater lister de parametre,
  de har brugt (`anvendte_parametre`), så en revisor kan genberegne beløbet ud fra svaret;
- `Parameterserie`: en navngiven række af daterede værdier uden overlap, slået op efter dato.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from forloebsregler._valider import kraev_dato, kraev_decimal, kraev_tekst
from forloebsregler.fejl import PeriodeFejl, UgyldigVaerdiFejl

__all__ = ["DateretParameter", "Parameterserie", "laes_pakkedata"]

_DATA = os.path.join(os.path.dirname(__file__), "data")
_MAKS = 10_000_000


def _valgfri_dato(vaerdi: object) -> date | None:
    return None if vaerdi is None else kraev_dato(vaerdi, "gyldig_fra/gyldig_til")


def _tekst(vaerdi: object) -> str:
    return kraev_tekst(vaerdi, "navn/enhed/kilde")


def _note(vaerdi: object) -> str:
    return kraev_tekst(vaerdi, "verificeret", tom_tilladt=True)


def _tal(vaerdi: object) -> Decimal:
    return kraev_decimal(vaerdi, "vaerdi", maks_vaerdi=_MAKS) + 0


@attrs.frozen
class DateretParameter:
    """Ét dateret tal: navn, værdi, enhed, gyldighedsperiode (lokale datoer, inklusive) og kilde.

    `gyldig_fra`/`gyldig_til` er `None` for et tal, kalderen selv har givet uden periode
    (fx `km_sats=`); `verificeret` siger, hvordan tallet er kontrolleret.
    """

    navn: str = attrs.field(converter=_tekst)
    vaerdi: Decimal = attrs.field(converter=_tal)
    enhed: str = attrs.field(converter=_tekst)
    gyldig_fra: date | None = attrs.field(converter=_valgfri_dato)
    gyldig_til: date | None = attrs.field(converter=_valgfri_dato)
    kilde: str = attrs.field(converter=_tekst)
    verificeret: str = attrs.field(default="", converter=_note)

    def __attrs_post_init__(self) -> None:
        if (
            self.gyldig_fra is not None
            and self.gyldig_til is not None
            and self.gyldig_til < self.gyldig_fra
        ):
            raise PeriodeFejl(
                f"gyldig_til: fik {self.gyldig_til.isoformat()}, som er før gyldig_fra "
                f"{self.gyldig_fra.isoformat()}; accepterer en dato samme dag eller senere"
            )

    def gaelder(self, dag: date) -> bool:
        """Om parameteren gælder den lokale dato `dag` (uden periode: altid)."""
        if self.gyldig_fra is not None and dag < self.gyldig_fra:
            return False
        return self.gyldig_til is None or dag <= self.gyldig_til


@attrs.frozen
class Parameterserie:
    """En navngiven række af daterede værdier, sorteret efter `gyldig_fra`, uden overlap."""

    navn: str
    vaerdier: tuple[DateretParameter, ...]

    def __attrs_post_init__(self) -> None:
        for a, b in zip(self.vaerdier, self.vaerdier[1:], strict=False):
            assert a.gyldig_til is not None and b.gyldig_fra is not None
            if b.gyldig_fra <= a.gyldig_til:
                raise UgyldigVaerdiFejl(
                    f"{self.navn}: perioderne {a.gyldig_fra}–{a.gyldig_til} og "
                    f"{b.gyldig_fra}–{b.gyldig_til} overlapper; accepterer perioder uden overlap"
                )

    @property
    def foerste_dag(self) -> date:
        fra = self.vaerdier[0].gyldig_fra
        assert fra is not None
        return fra

    @property
    def sidste_dag(self) -> date:
        til = self.vaerdier[-1].gyldig_til
        assert til is not None
        return til

    def for_dato(self, dag: date) -> DateretParameter | None:
        """Værdien, der gælder `dag`, eller `None`, hvis ingen gør."""
        for v in reversed(self.vaerdier):
            if v.gyldig_fra is not None and v.gyldig_fra <= dag:
                return v if v.gaelder(dag) else None
        return None


def laes_pakkedata(filnavn: str) -> dict[str, Any]:
    """En TOML-fil fra `forloebsregler/data/` som dict (læses ved hvert kald; kald én gang).

    `tomllib` importeres først her, og stien bygges med `os.path`, så modulet selv ikke
    importerer `tomllib` og `pathlib` (importtid, issue 18 punkt 5)."""
    import tomllib

    with open(os.path.join(_DATA, filnavn), "rb") as fil:
        return tomllib.load(fil)


def decimal_af(vaerdi: object, sted: str) -> Decimal:
    """Et tal i en datafil: en streng som ``"277.21"`` (aldrig et binært kommatal)."""
    if not isinstance(vaerdi, str):
        raise UgyldigVaerdiFejl(
            f'{sted}: fik {vaerdi!r}; accepterer et tal som tekst i anførselstegn, fx "277.21"'
        )
    try:
        tal = Decimal(vaerdi.strip())
    except InvalidOperation:
        raise UgyldigVaerdiFejl(f'{sted}: fik {vaerdi!r}; accepterer et tal, fx "277.21"') from None
    if not tal.is_finite():
        raise UgyldigVaerdiFejl(f"{sted}: fik {vaerdi!r}; accepterer et endeligt tal")
    return tal


def serie_af(navn: str, poster: list[dict[str, Any]], *, enhed: str) -> Parameterserie:
    """En `Parameterserie` af datafilens poster med `gyldig_fra`, `gyldig_til`, `vaerdi`,
    `kilde` og `verificeret`."""
    vaerdier = []
    for i, p in enumerate(poster):
        sted = f"{navn}[{i}]"
        fra, til = p["gyldig_fra"], p["gyldig_til"]
        if not isinstance(fra, date) or not isinstance(til, date) or til < fra:
            raise UgyldigVaerdiFejl(f"{sted}: ugyldig periode {fra!r}–{til!r}")
        vaerdier.append(
            DateretParameter(
                navn=navn,
                vaerdi=decimal_af(p["vaerdi"], sted),
                enhed=p.get("enhed", enhed),
                gyldig_fra=fra,
                gyldig_til=til,
                kilde=str(p["kilde"]),
                verificeret=str(p.get("verificeret", "")),
            )
        )
    vaerdier.sort(key=lambda v: v.gyldig_fra or date.min)
    return Parameterserie(navn, tuple(vaerdier))
