"""Kildehenvisninger: hvilket dokument, hvilket afsnit og et kort citat.

Kilderne er tekstudtræk af offentlige dokumenter i `shared/kilder/` (se `docs/kilder.md`).
Der er én `Dokument`-konstant pr. kildedokument; filen `003_…` er et bundt af mange
dokumenter og har derfor en konstant pr. dokument i bundtet. Et regelresultat bærer de
`Kilde`-værdier, det har anvendt: dokument, afsnit og et ordret citat (testene kontrollerer,
at citatet står i kildeteksten; `…` markerer udeladt tekst).
"""

from __future__ import annotations

from typing import Any

import attrs

from forloebsregler._valider import kraev_heltal, kraev_tekst, vis
from forloebsregler.fejl import UgyldigTypeFejl

__all__ = [
    "AARSRAPPORT_2019",
    "AFREGNINGSBLANKET_LEDSAGELSE",
    "ALLE_DOKUMENTER",
    "BREV_SOCIALDIREKTOERFORUM",
    "FORLOEBSPROGRAM_DEPRESSION",
    "GENOPTRAEN_DK_SPOERGSMAAL",
    "HOERINGSBEMAERKNINGER_LEDSAGELSE",
    "HOERINGSSVAR_DEPRESSION",
    "IMPLEMENTERINGSPLAN_DEPRESSION",
    "KKR_SYDDANMARK",
    "KOMMUNIKATIONSPAKKE_DEPRESSION",
    "KONTAKT_LAEGE_VEJLEDNING",
    "NOTAT_BORGERGRUNDLAG",
    "NOTAT_KOORDINERENDE_KONTAKTPERSON",
    "NYHEDSBREV_KOORDINATOREN",
    "OPSUMMERING_NYE_OPGAVER",
    "PRAKSISPLAN_SKABELONER",
    "RAMMEAFTALE_IV_NORDJYLLAND",
    "SAMARBEJDSAFTALE_IV_ANTIBIOTIKA",
    "SAMARBEJDSAFTALE_IV_VAESKE",
    "SAMARBEJDSAFTALE_LEDSAGELSE",
    "SAMBO_INDGANGE",
    "SLIDES_KOORDINERENDE_KONTAKTPERSON",
    "STANDARDKONTRAKT_LEDSAGELSE",
    "TILBAGEMELDING_ALMEN_PRAKSIS",
    "Dokument",
    "Kilde",
]


def _tekst(_instans: object, felt: attrs.Attribute[Any], vaerdi: object) -> None:
    kraev_tekst(vaerdi, felt.name)


def _linjer(_instans: object, felt: attrs.Attribute[Any], vaerdi: object) -> None:
    if vaerdi is None:
        return
    if not isinstance(vaerdi, tuple) or len(vaerdi) != 2:
        raise UgyldigTypeFejl(f"linjer: fik {vis(vaerdi)}; accepterer None eller (fra, til)")
    fra = kraev_heltal(vaerdi[0], "linjer[0]", min_vaerdi=1)
    kraev_heltal(vaerdi[1], "linjer[1]", min_vaerdi=fra)


def _dokument(_instans: object, felt: attrs.Attribute[Any], vaerdi: object) -> None:
    if not isinstance(vaerdi, Dokument):
        raise UgyldigTypeFejl(f"dokument: fik {vis(vaerdi)}; accepterer et Dokument")


@attrs.frozen(cache_hash=True)
class Dokument:
    """Et kildedokument: titel, fil i `shared/kilder/` og omtrentlige linjer i filen."""

    titel: str = attrs.field(validator=_tekst)
    fil: str = attrs.field(validator=_tekst)
    linjer: tuple[int, int] | None = attrs.field(default=None, validator=_linjer)

    def kilde(self, afsnit: str, citat: str) -> Kilde:
        """En `Kilde` i dette dokument."""
        return Kilde(dokument=self, afsnit=afsnit, citat=citat)

    def __str__(self) -> str:
        return self.titel


@attrs.frozen(cache_hash=True)
class Kilde:
    """En henvisning til et afsnit i et kildedokument med et kort, ordret citat."""

    dokument: Dokument = attrs.field(validator=_dokument)
    afsnit: str = attrs.field(validator=_tekst)
    citat: str = attrs.field(validator=_tekst)

    def __str__(self) -> str:
        return f"{self.dokument.titel}, {self.afsnit}: »{self.citat}«"

    def til_dict(self) -> dict[str, str]:
        """Kilden som simple værdier."""
        return {"dokument": self.dokument.titel, "afsnit": self.afsnit, "citat": self.citat}


_BUNDT = "003_04b02f9474de0607.txt"

NOTAT_KOORDINERENDE_KONTAKTPERSON = Dokument(
    "Notat (25-02-2020): Forløbsprogrammet for mennesker med depression — "
    "uddybende beskrivelse af den koordinerende kontaktperson",
    "000_cc5ca1a3f7d7b4f5.txt",
)
"""Også gengivet i bundtet (003, linje ca. 4641–4704)."""

IMPLEMENTERINGSPLAN_DEPRESSION = Dokument(
    "Implementeringsplan: Tværsektorielt forløbsprogram for mennesker med depression",
    "001_61beca4a5082e4ed.txt",
)
"""Også gengivet i bundtet (003, linje ca. 4373–4529)."""

NYHEDSBREV_KOORDINATOREN = Dokument(
    "Københavns Kommune: nyhedsbrevet »Koordinatoren« (2010)", "002_3947a577858e9f43.txt"
)
SLIDES_KOORDINERENDE_KONTAKTPERSON = Dokument(
    "Københavns Kommune: Den Koordinerende Kontaktperson (slides)", "004_5cec3520bf90958a.txt"
)
RAMMEAFTALE_IV_NORDJYLLAND = Dokument(
    "Rammeaftale mellem 11 nordjyske kommuner og Region Nordjylland om intravenøs "
    "behandling i kommunalt regi",
    _BUNDT,
    (1, 297),
)
SAMARBEJDSAFTALE_IV_VAESKE = Dokument(
    "Samarbejdsaftale (Region Syddanmark) om IV-behandling med væske", _BUNDT, (298, 469)
)
SAMARBEJDSAFTALE_IV_ANTIBIOTIKA = Dokument(
    "Samarbejdsaftale (Region Syddanmark) om IV-behandling med antibiotika", _BUNDT, (470, 659)
)
KONTAKT_LAEGE_VEJLEDNING = Dokument(
    "Københavns Kommune: vejledning i brug af app'en 'Kontakt læge'", _BUNDT, (660, 1272)
)
AARSRAPPORT_2019 = Dokument(
    "Fælleskommunalt Sundhedssekretariat: årsrapport 2019", _BUNDT, (1273, 1750)
)
TILBAGEMELDING_ALMEN_PRAKSIS = Dokument(
    "Tilbagemelding fra kommunerne om koordinering og samarbejde med almen praksis",
    _BUNDT,
    (1751, 1848),
)
FORLOEBSPROGRAM_DEPRESSION = Dokument(
    "Forløbsprogram for mennesker med depression (Region Syddanmark)", _BUNDT, (1849, 4372)
)
BREV_SOCIALDIREKTOERFORUM = Dokument(
    "Brev til Sundhedsstrategisk Forum om udarbejdelse og godkendelse af forløbsprogrammer",
    _BUNDT,
    (4530, 4640),
)
HOERINGSSVAR_DEPRESSION = Dokument(
    "Høringsforslag, der ikke er indarbejdet i forløbsprogrammet for mennesker med depression",
    _BUNDT,
    (4705, 5489),
)
NOTAT_BORGERGRUNDLAG = Dokument(
    "Notat: borgergrundlag og kommunale udgifter til rehabilitering (depression)",
    _BUNDT,
    (5490, 5572),
)
KOMMUNIKATIONSPAKKE_DEPRESSION = Dokument(
    "Kommunikationspakke: Forløbsprogram for mennesker med depression", _BUNDT, (5573, 5849)
)
OPSUMMERING_NYE_OPGAVER = Dokument(
    "Forløbsprogram for mennesker med depression: nye opgaver og økonomi", _BUNDT, (5850, 5923)
)
AFREGNINGSBLANKET_LEDSAGELSE = Dokument(
    "Afregningsblanket for ledsagelse med vejledning", _BUNDT, (5924, 6017)
)
HOERINGSBEMAERKNINGER_LEDSAGELSE = Dokument(
    "Høringsbemærkninger, som ikke har medført ændringer i aftaleudkastet (ledsagelse)",
    _BUNDT,
    (6018, 6095),
)
SAMARBEJDSAFTALE_LEDSAGELSE = Dokument(
    "Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i "
    "forbindelse med sygehusbehandling",
    _BUNDT,
    (6096, 6347),
)
STANDARDKONTRAKT_LEDSAGELSE = Dokument(
    "Standardkontrakt vedr. samarbejdsaftale om kommunikation, personlig hjælp samt "
    "ledsagelse i forbindelse med sygehusbehandling",
    _BUNDT,
    (6348, 6456),
)
SAMBO_INDGANGE = Dokument(
    "Overblik over kommunernes ene SAM:BO-indgang (februar 2020)", _BUNDT, (6457, 6510)
)
PRAKSISPLAN_SKABELONER = Dokument(
    "Praksisplan: skabeloner til implementering", _BUNDT, (6511, 6711)
)
GENOPTRAEN_DK_SPOERGSMAAL = Dokument("Bilag 1: Spørgsmål vedr. genoptræn|dk", _BUNDT, (6712, 6855))
KKR_SYDDANMARK = Dokument(
    "Sundhedssamarbejdet i Syddanmark: KKR Syddanmark, slides og referater", _BUNDT, (6856, 99999)
)

ALLE_DOKUMENTER: tuple[Dokument, ...] = (
    NOTAT_KOORDINERENDE_KONTAKTPERSON,
    IMPLEMENTERINGSPLAN_DEPRESSION,
    NYHEDSBREV_KOORDINATOREN,
    SLIDES_KOORDINERENDE_KONTAKTPERSON,
    RAMMEAFTALE_IV_NORDJYLLAND,
    SAMARBEJDSAFTALE_IV_VAESKE,
    SAMARBEJDSAFTALE_IV_ANTIBIOTIKA,
    KONTAKT_LAEGE_VEJLEDNING,
    AARSRAPPORT_2019,
    TILBAGEMELDING_ALMEN_PRAKSIS,
    FORLOEBSPROGRAM_DEPRESSION,
    BREV_SOCIALDIREKTOERFORUM,
    HOERINGSSVAR_DEPRESSION,
    NOTAT_BORGERGRUNDLAG,
    KOMMUNIKATIONSPAKKE_DEPRESSION,
    OPSUMMERING_NYE_OPGAVER,
    AFREGNINGSBLANKET_LEDSAGELSE,
    HOERINGSBEMAERKNINGER_LEDSAGELSE,
    SAMARBEJDSAFTALE_LEDSAGELSE,
    STANDARDKONTRAKT_LEDSAGELSE,
    SAMBO_INDGANGE,
    PRAKSISPLAN_SKABELONER,
    GENOPTRAEN_DK_SPOERGSMAAL,
    KKR_SYDDANMARK,
)
"""Alle kildedokumenter i den rækkefølge, de står i `shared/kilder/`."""
