"""Genoptræningsplanens overdragelse ved udskrivning (depressionsprogrammet, Kap. 10).

Forløbsprogram for mennesker med depression, Kap. 10, boksen om sygehusets og kommunens
ansvar, »Udarbejdelse af genoptræningsplaner (Sundhedsloven §84)«:

- **Udlevering** (`kontroller_planoverdragelse`): »Genoptræningsplanen skal senest udleveres
  til patienten på udskrivelsestidspunktet.« To tidspunkter sammenlignes som øjeblikke;
  kendes kun datoen, afgøres det på de lokale datoer (GEN-05). En plan fra ambulatoriet har
  intet udskrivelsestidspunkt (GEN-11).
- **Forsendelse**: »Sygehuset udarbejder en genoptræningsplan og sender denne til patientens
  bopælskommune via MedCom-standarden GGOP og patientens praktiserende læge, hvis patienten
  har givet samtykke hertil.«

Fortolkninger: docs/fortolkninger.md, GEN-05 og GEN-11.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import attrs

from forloebsregler._genoptraening_grundlag import (
    BOKS_PLANER,
    GEN_AMBULANT,
    GEN_UDLEVERING,
    KILDE_FORSENDELSE,
    laesning,
    lokal_udskrivningsdato,
)
from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_aware, kraev_enum, kraev_valgfri_bool, vis
from forloebsregler.fejl import UgyldigVaerdiFejl
from forloebsregler.genoptraening import Genoptraeningskontakt, Genoptraeningsmodtager
from forloebsregler.genoptraeningsfrist import OPSTARTSFRIST_KALENDERDAGE
from forloebsregler.kalender import lokal_dato
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, Kilde
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import GenoptraeningskontaktArg

__all__ = ["Planoverdragelse", "kontroller_planoverdragelse"]

_KILDE_UDLEVERING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    BOKS_PLANER,
    "Genoptræningsplanen skal senest udleveres til patienten på udskrivelsestidspunktet.",
)


@attrs.frozen
class Planoverdragelse(Resultat):
    """Om planen blev udleveret rettidigt, og hvem den skal sendes til.

    `rettidig`: udleveret senest på udskrivelsestidspunktet (OPFYLDT), senere (IKKE_OPFYLDT)
    eller ukendt (KAN_IKKE_AFGOERES, fx hvis kun datoer er givet, og de er ens, eller ved et
    ambulant forløb uden udskrivelsestidspunkt).
    `modtagere`: dem, planen skal til; `samtykke_ukendt` siger, at den praktiserende læge
    kun skal have den, hvis patienten har givet samtykke, og at det ikke vides.
    `fortolkninger` er ID'erne på de læsninger i fortolkningsloggen, resultatet hviler på.
    """

    rettidig: Svar
    modtagere: tuple[Genoptraeningsmodtager, ...]
    samtykke_ukendt: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    kontakt: Genoptraeningskontakt = Genoptraeningskontakt.UDSKRIVNING
    fortolkninger: tuple[str, ...] = ()


def _tidspunkt_eller_dato(vaerdi: object, navn: str) -> datetime | date:
    """Et tidszonebevidst tidspunkt (omregnet til UTC) eller, hvis kun dagen kendes, en dato.

    Omregningen til UTC gør tidspunkter sammenlignelige som øjeblikke: Python sammenligner to
    tidspunkter med samme tzinfo på vægurets tid og ser bort fra `fold`, så kl. 02.30 i
    efterårets gentagne time (fold=1) ellers ville regnes for tidligere end kl. 02.45 (fold=0).
    Datoerne afgrænses som opstartsfristens (udskrivningen skal kunne få en frist).
    """
    if isinstance(vaerdi, datetime) or (
        isinstance(vaerdi, str) and ("T" in vaerdi or " " in vaerdi.strip())
    ):
        tidspunkt = kraev_aware(vaerdi, navn)
        _dag(tidspunkt, navn)  # afviser tidspunkter uden for kalenderen
        try:
            return tidspunkt.astimezone(UTC)
        except (OverflowError, ValueError):
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}, som ligger uden for kalenderen i UTC; accepterer "
                "et tidszonebevidst tidspunkt inden for kalenderen"
            ) from None
    return _dag(vaerdi, navn)


def _dag(vaerdi: object, navn: str) -> date:
    return lokal_udskrivningsdato(vaerdi, navn, plads_dage=OPSTARTSFRIST_KALENDERDAGE)


def kontroller_planoverdragelse(
    udskrivning: date | datetime | str,
    udleveret: date | datetime | str | None,
    *,
    samtykke_til_praktiserende_laege: bool | None = None,
    kontakt: GenoptraeningskontaktArg = Genoptraeningskontakt.UDSKRIVNING,
) -> Planoverdragelse:
    """Kontrol af, at genoptræningsplanen blev udleveret senest på udskrivelsestidspunktet.

    Kap. 10 (Sundhedsloven § 84): »Genoptræningsplanen skal senest udleveres til patienten
    på udskrivelsestidspunktet.« Sygehuset sender den til bopælskommunen via MedCom-standarden
    GGOP og til den praktiserende læge, hvis patienten har givet samtykke. To tidspunkter
    sammenlignes som øjeblikke (også i efterårets gentagne time); er en af dem kun en dato,
    afgøres det på de lokale datoer, og samme dag kan da ikke afgøres (GEN-05).
    `udleveret=None` (ukendt) kan ikke afgøres. Et ambulant forløb
    (`kontakt="AMBULANT"`) har intet udskrivelsestidspunkt, og kilden angiver intet andet
    tidspunkt for udleveringen: rettidigheden kan ikke afgøres (GEN-11).
    """
    udskrevet = _tidspunkt_eller_dato(udskrivning, "udskrivning")
    samtykke = kraev_valgfri_bool(
        samtykke_til_praktiserende_laege, "samtykke_til_praktiserende_laege"
    )
    hvilken = kraev_enum(Genoptraeningskontakt, kontakt, "kontakt")
    udlev = None if udleveret is None else _tidspunkt_eller_dato(udleveret, "udleveret")
    if hvilken is Genoptraeningskontakt.AMBULANT:
        rettidig, tekst, ider = _ambulant_uden_udskrivelsestidspunkt()
    elif udlev is None:
        rettidig, ider = Svar.KAN_IKKE_AFGOERES, ()
        tekst = "Kan ikke afgøres, om planen blev udleveret rettidigt: udleveringen kendes ikke."
    else:
        rettidig, tekst, ider = _udlevering(udskrevet, udlev)
    return Planoverdragelse(
        rettidig=rettidig,
        modtagere=_modtagere(samtykke),
        samtykke_ukendt=samtykke is None,
        begrundelse=f"{tekst} {_forsendelse(samtykke)}",
        kilder=(_KILDE_UDLEVERING, KILDE_FORSENDELSE),
        kontakt=hvilken,
        fortolkninger=ider,
    )


# --- Udlevering: »senest … på udskrivelsestidspunktet« --------------------------------------


def _rettidighed(udskrevet: datetime | date, udleveret: datetime | date) -> Svar:
    """Se docs/fortolkninger.md, GEN-05. Tidspunkter er allerede i UTC (øjeblikke)."""
    if isinstance(udskrevet, datetime) and isinstance(udleveret, datetime):
        return Svar.OPFYLDT if udleveret <= udskrevet else Svar.IKKE_OPFYLDT
    dag_u = lokal_dato(udskrevet) if isinstance(udskrevet, datetime) else udskrevet
    dag_l = lokal_dato(udleveret) if isinstance(udleveret, datetime) else udleveret
    if dag_l < dag_u:
        return Svar.OPFYLDT
    if dag_l > dag_u:
        return Svar.IKKE_OPFYLDT
    return Svar.KAN_IKKE_AFGOERES


_UDLEVERINGSTEKST = {
    Svar.OPFYLDT: "Planen blev udleveret senest på udskrivelsestidspunktet.",
    Svar.IKKE_OPFYLDT: "Planen blev udleveret efter udskrivelsestidspunktet; den skal senest "
    "udleveres ved udskrivningen.",
    Svar.KAN_IKKE_AFGOERES: "Kan ikke afgøres, om planen blev udleveret rettidigt: udlevering og "
    "udskrivning er samme dag, og klokkeslættet kendes ikke for begge.",
}


def _udlevering(
    udskrevet: datetime | date, udleveret: datetime | date
) -> tuple[Svar, str, tuple[str, ...]]:
    """Rettidigheden af en kendt udlevering; med en dato i stedet for et tidspunkt er det
    læsningen GEN-05."""
    rettidig = _rettidighed(udskrevet, udleveret)
    tekst = _UDLEVERINGSTEKST[rettidig]
    if isinstance(udskrevet, datetime) and isinstance(udleveret, datetime):
        return rettidig, tekst, ()
    return rettidig, f"{tekst[:-1]} {laesning(GEN_UDLEVERING)}.", (GEN_UDLEVERING,)


def _ambulant_uden_udskrivelsestidspunkt() -> tuple[Svar, str, tuple[str, ...]]:
    """En plan fra ambulatoriet har intet udskrivelsestidspunkt at udlevere senest på (GEN-11)."""
    return (
        Svar.KAN_IKKE_AFGOERES,
        "Kan ikke afgøres, om planen blev udleveret rettidigt: planen kommer fra behandling "
        "på ambulatoriet, og kilden angiver kun udleveringstidspunktet ved udskrivning "
        f"{laesning(GEN_AMBULANT)}.",
        (GEN_AMBULANT,),
    )


# --- Forsendelse: bopælskommunen (GGOP) og, med samtykke, den praktiserende læge -----------


def _modtagere(samtykke: bool | None) -> tuple[Genoptraeningsmodtager, ...]:
    """Patienten og bopælskommunen altid; den praktiserende læge kun med samtykke."""
    modtagere: tuple[Genoptraeningsmodtager, ...] = (
        Genoptraeningsmodtager.PATIENTEN,
        Genoptraeningsmodtager.BOPAELSKOMMUNEN,
    )
    if samtykke:
        modtagere += (Genoptraeningsmodtager.PRAKTISERENDE_LAEGE,)
    return modtagere


def _forsendelse(samtykke: bool | None) -> str:
    """Begrundelsens sætning om, hvem planen sendes til."""
    if samtykke is None:
        laege = "til den praktiserende læge kun, hvis patienten har givet samtykke (ukendt)"
    elif samtykke:
        laege = "til den praktiserende læge (patienten har givet samtykke)"
    else:
        laege = "ikke til den praktiserende læge (intet samtykke)"
    return f"Planen sendes til bopælskommunen via GGOP og {laege}."
