"""Kommunens egen takstfil: regulerede taksttabeller læst fra TOML eller CSV.

Kilde: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling*, afsnittet **Afregning** (»Taksterne reguleres årligt med
Danske Regioners fremskrivningssats for løn på sundhedsområdet«). Kilderne giver kun
2019-niveau; de regulerede tabeller holder kommunen selv i en fil.

- `indlaes_takster(sti)`: filen som `Takstregister` (tabellerne gælder kun deres egen
  periode; perioderne må hverken overlappe eller have hul); fejl nævner filen, tabellen og
  feltet. Filen læses ved hvert kald, men tolkes kun én gang pr. indhold (cache efter sti og
  filens bytes): en rettet takst bruges straks, også når filens ændringstid og størrelse er
  de samme som før (grove tidsstempler på netværksdrev, `cp -p`, `tar x`).
- `kraev_takster(takster)`: et `takster=`-argument (tabel, register, takstfil eller `None`
  for standardregistret med 2019-tabellen) som tabel eller register.

Taksttabellerne selv står i `forloebsregler.takster`.

`pathlib`, `tomllib` og `csv` importeres først, når en fil læses: de fleste kaldere læser
aldrig en takstfil, og `import forloebsregler` skal ikke betale for dem (importtid, issue 18
punkt 5).
"""

from __future__ import annotations

import functools
import io
import itertools
import os
from datetime import timedelta
from decimal import Decimal
from typing import Any

from forloebsregler._valider import kraev_enum, vis
from forloebsregler.fejl import (
    ForloebsreglerFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    UkendtNavnFejl,
)
from forloebsregler.takster import STANDARD_TAKSTREGISTER, Takstregister, Taksttabel
from forloebsregler.takstperioder import Takstkategori

__all__ = ["indlaes_takster"]

_KATEGORIER: tuple[Takstkategori, ...] = tuple(Takstkategori)

# --------------------------------------------------------------------------- takstfil

_TABELFELTER = ("niveau", "gyldig_fra", "gyldig_til", "kilde", "verificeret")


def indlaes_takster(sti: str | os.PathLike[str]) -> Takstregister:
    """En kommunes egen takstfil (TOML eller CSV) som et `Takstregister`.

    Filen holder regionens regulerede taksttabeller, som kommunen selv vedligeholder (kilderne
    giver kun 2019-niveau). Hver tabel har `niveau`, `gyldig_fra`, `gyldig_til` (lokale
    datoer, begge inklusive), en takst for hver af de syv kategorier (navnene fra
    `Takstkategori`, fx ``GRUNDLOEN``) og eventuelt `kilde` og `verificeret`.

    - TOML: én ``[[tabel]]`` pr. periode; beløb som tal (``300.15``) eller tekst (``"300.15"``).
    - CSV (fx fra et regneark): én række pr. periode med kolonnerne ``niveau``,
      ``gyldig_fra``, ``gyldig_til``, de syv kategorinavne og eventuelt ``kilde`` og
      ``verificeret``; komma eller semikolon som skilletegn (ved semikolon må beløb have
      decimalkomma, fx ``300,15``; et beløb som ``1.000`` uden komma er tvetydigt og afvises).

    Filen afvises med en fejl, der nævner filen, tabellen og feltet, ved overlappende eller
    ikke-sammenhængende perioder (hul mellem tabellerne), en manglende eller ukendt
    takstkategori, et ukendt felt og beløb, der er negative, nul eller ikke hele øre.
    Tabellerne gælder kun deres egen periode; kombinér med 2019-tabellen ved
    ``STANDARD_TAKSTREGISTER.med(*register.tabeller)``.
    """
    if not isinstance(sti, str | os.PathLike):
        raise UgyldigTypeFejl(f"sti: fik {vis(sti)}; accepterer en filsti (str eller Path)")
    from pathlib import Path

    try:
        fil = Path(sti)
        fil.stat()  # findes filen ikke, siger denne besked det
        fuld = str(fil.resolve())
    except (OSError, ValueError) as fejl:
        raise UgyldigVaerdiFejl(
            f"takster: kan ikke læse takstfilen {vis(sti)} "
            f"({getattr(fejl, 'strerror', None) or fejl}); accepterer en TOML- eller CSV-fil "
            "med taksttabeller"
        ) from None
    try:
        data = fil.read_bytes()
    except OSError as fejl:
        raise UgyldigVaerdiFejl(
            f"takster: kan ikke læse takstfilen {fil.name!r} ({fejl.strerror})"
        ) from None
    return _indlaes_takster(fuld, data)


@functools.lru_cache(maxsize=16)
def _indlaes_takster(sti: str, data: bytes) -> Takstregister:
    """Filens tabeller som register; gemt efter sti og indhold (`indlaes_takster`)."""
    from pathlib import Path

    fil = Path(sti)
    if fil.suffix.lower() == ".csv":
        raekker = _takstraekker_csv(data, fil.name)
    elif fil.suffix.lower() == ".toml":
        raekker = _takstraekker_toml(data, fil.name)
    else:
        raise UgyldigVaerdiFejl(
            f"takster: fik filen {fil.name!r}; accepterer en takstfil, der ender på .toml "
            "eller .csv"
        )
    if not raekker:
        raise UgyldigVaerdiFejl(f"{fil.name}: ingen taksttabeller; accepterer mindst én tabel")
    tabeller = [_takstfil_tabel(r, f"{fil.name}, {sted}") for sted, r in raekker]
    tabeller.sort(key=lambda t: t.gyldig_fra)
    for a, b in itertools.pairwise(tabeller):
        if b.gyldig_fra <= a.gyldig_til:
            raise UgyldigVaerdiFejl(
                f"{fil.name}: {a.niveau} ({a.gyldig_fra}–{a.gyldig_til}) og {b.niveau} "
                f"({b.gyldig_fra}–{b.gyldig_til}) overlapper; accepterer perioder uden overlap"
            )
        if b.gyldig_fra != a.gyldig_til + timedelta(days=1):
            raise UgyldigVaerdiFejl(
                f"{fil.name}: hul mellem {a.niveau} (til {a.gyldig_til}) og {b.niveau} (fra "
                f"{b.gyldig_fra}); accepterer sammenhængende perioder, hvor hver tabel begynder "
                "dagen efter den forriges gyldig_til"
            )
    return Takstregister(tabeller)


def _takstraekker_toml(data: bytes, navn: str) -> list[tuple[str, dict[str, object]]]:
    import tomllib

    try:
        indhold = tomllib.loads(data.decode("utf-8"), parse_float=Decimal)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as fejl:
        raise UgyldigVaerdiFejl(f"{navn}: ikke gyldig TOML ({fejl})") from None
    ukendte = sorted(set(indhold) - {"tabel"})
    if ukendte:
        raise UgyldigVaerdiFejl(
            f"{navn}: ukendt afsnit {', '.join(ukendte)}; accepterer kun [[tabel]]-afsnit"
        )
    tabeller = indhold.get("tabel", [])
    if not isinstance(tabeller, list) or not all(isinstance(t, dict) for t in tabeller):
        raise UgyldigVaerdiFejl(f"{navn}: 'tabel' skal skrives som [[tabel]]-afsnit")
    return [(f"tabel {i}", dict(t)) for i, t in enumerate(tabeller, start=1)]


def _takstraekker_csv(data: bytes, navn: str) -> list[tuple[str, dict[str, object]]]:
    try:
        tekst = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UgyldigVaerdiFejl(f"{navn}: ikke UTF-8-tekst; gem CSV-filen som UTF-8") from None
    foerste = tekst.split("\n", 1)[0]
    skilletegn = ";" if foerste.count(";") > foerste.count(",") else ","
    import csv

    try:
        return _csv_raekker(tekst, skilletegn, navn)
    except csv.Error as fejl:
        raise UgyldigVaerdiFejl(f"{navn}: ikke gyldig CSV ({fejl})") from None


def _csv_raekker(tekst: str, skilletegn: str, navn: str) -> list[tuple[str, dict[str, object]]]:
    import csv

    laeser = csv.DictReader(io.StringIO(tekst), delimiter=skilletegn)
    ud: list[tuple[str, dict[str, object]]] = []
    for nr, raekke in enumerate(laeser, start=2):
        if None in raekke:
            raise UgyldigVaerdiFejl(f"{navn}, linje {nr}: flere felter end kolonneoverskrifter")
        felter: dict[str, object] = {}
        for k, v in raekke.items():
            if k is None or v is None:
                continue
            v = v.strip()
            if k.strip().upper() in Takstkategori.__members__ and skilletegn == ";":
                v = _dansk_beloeb(v, f"{navn}, linje {nr}: {k.strip()}")
            if v:
                felter[k.strip()] = v
        if felter:
            ud.append((f"linje {nr}", felter))
    return ud


def _dansk_beloeb(vaerdi: str, sted: str) -> str:
    """Et beløb i en fil med semikolon (dansk format): `1.234,50` → `1234.50`. Uden komma er
    `1.000` tvetydigt (tusind med tusindtalspunktum, eller én med decimalpunktum) og afvises;
    andre beløb uden komma (`283.03`) gives uændret videre."""
    if "," in vaerdi:
        return vaerdi.replace(".", "").replace(",", ".")
    import re

    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+", vaerdi, flags=re.ASCII):
        raise UgyldigVaerdiFejl(
            f"{sted}: fik {vaerdi!r}, som er tvetydigt i en fil med semikolon (punktum kan "
            "være tusindtalsskilletegn eller decimaltegn); accepterer beløbet med "
            "decimalkomma og uden tusindtalspunktum, fx 1000,00 eller 1,00"
        )
    return vaerdi


def _takstfil_tabel(felter: dict[str, object], sted: str) -> Taksttabel:
    # Værdierne fra filen er utypede; Taksttabels konvertere validerer dem ved kørsel.
    takster: dict[Takstkategori, Any] = {}
    andet: dict[str, Any] = {}
    for noegle, vaerdi in felter.items():
        if noegle in _TABELFELTER:
            andet[noegle] = vaerdi
            continue
        try:
            kategori = kraev_enum(Takstkategori, noegle, "takstkategori")
        except ForloebsreglerFejl:
            raise UkendtNavnFejl(
                f"{sted}: ukendt felt eller takstkategori {noegle!r}; accepterer "
                f"{', '.join(_TABELFELTER)} og kategorierne "
                f"{', '.join(k.name for k in _KATEGORIER)}"
            ) from None
        takster[kategori] = vaerdi
    mangler = [f for f in ("niveau", "gyldig_fra", "gyldig_til") if f not in andet]
    if mangler:
        raise UgyldigVaerdiFejl(f"{sted}: mangler {', '.join(mangler)}")
    mangler = [k.name for k in _KATEGORIER if k not in takster]
    if mangler:
        raise UgyldigVaerdiFejl(
            f"{sted}: mangler takst for {', '.join(mangler)}; accepterer en takst for hver af "
            "de syv takstkategorier"
        )
    kilde = andet.get("kilde")
    try:
        return Taksttabel(
            niveau=andet["niveau"],
            gyldig_fra=andet["gyldig_fra"],
            gyldig_til=andet["gyldig_til"],
            takster=takster,
            oprindelse=f"takstfil {sted.split(',')[0]}: "
            + (str(kilde) if kilde else "ingen kilde angivet i filen"),
            verificeret=str(andet.get("verificeret") or "angivet af brugeren i takstfilen"),
        )
    except ForloebsreglerFejl as fejl:
        raise type(fejl)(f"{sted}: {fejl}") from None


def kraev_takster(takster: object) -> Taksttabel | Takstregister:
    if takster is None:
        return STANDARD_TAKSTREGISTER
    if isinstance(takster, Taksttabel | Takstregister):
        return takster
    if isinstance(takster, os.PathLike):
        return indlaes_takster(takster)  # tolkes én gang pr. indhold (cache)
    raise UgyldigTypeFejl(
        f"takster: fik {vis(takster)}; accepterer en Taksttabel, et Takstregister, en takstfil "
        "som pathlib.Path eller None (standardregistret med 2019-tabellen)"
    )
