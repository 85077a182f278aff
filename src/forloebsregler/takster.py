"""Ledsagelse under sygehusbehandling: timetakster, tillæg, firetimersreglen og afregning.

Kilder: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling* (afsnittene Generelle forpligtelser, Akutte forløb,
Planlagte behandlingsforløb og Afregning med timetaksterne på 2019-niveau),
*Standardkontrakten* (punkt 8 Økonomi), *afregningsblanketten* med vejledning og
*høringsbemærkningerne* om firetimersgrænsen.

Reglerne i kort form:

- Timer under ledsagelse afregnes med syv timetakster (grundløn 277,21 kr. og tillæg for
  aften/nat, fredag aften/nat, lørdag og søn-/helligdag). Dag er kl. 06–17, aften/nat kl.
  17–06; en aften/nat hører til den dag, den begynder på (se fortolkningsloggen
  LED-01). Timerne er reel forløbet tid, så efterårets sommertidsnat har en time mere
  (LED-03). Hvert svar nævner de læsninger, det hviler på, i feltet `fortolkninger`.
- Taksterne reguleres årligt; 2019-tabellen følger med (fra pakkedatafilen
  `data/ledsagelse.toml`, som også har tillæg og lave kilometertakster med periode og kilde).
  Senere år kommer fra kommunens takstfil (`indlaes_takster`), en fremskrivning
  (`fremskriv`, `fremskriv_aarligt`) eller en tabel i et `Takstregister`. En tabel gælder
  kun sin egen periode (`uden_datograense()` for alle datoer); uden en gældende tabel er
  beregningen en fejl. Hvert svar lister de daterede tal, det brugte, i `anvendte_parametre`.
- Akutte forløb: kommunen betaler, til en kontrakt er indgået; sygehuset skal afklare behovet
  senest fire timer efter ankomst (ved vagtlæge: ankomst til akutmodtagelsen). Turen til
  sygehuset — timer og kilometer — afregnes aldrig til sygehuset (LED-10). Planlagte forløb
  med kontrakt forud: sygehuset betaler fra afgang fra bopælen til hjemkomst; med kontrakt
  efter afgang kan betaleren af tiden før kontrakten ikke afgøres (LED-11).
- Kørsel afregnes med lav kilometertakst; taxa uden en særlig situation har ingen kendt
  betaler (LED-12).

Alle beløb er `Decimal` kroner. Beløb i input (også takster) har højst to decimaler; der
afrundes halvt op til øre, hvor en fakturalinje dannes (én linje pr. takstkategori og
takstniveau); totalen er summen af linjerne. Et forløb kan højst vare `MAKS_VARIGHED` (to år).
Hvert svar, der hviler på en læsning i fortolkningsloggen, har dens ID i `fortolkninger`.
"""

from __future__ import annotations

import csv
import functools
import io
import itertools
import os
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
from dateutil.relativedelta import relativedelta

from forloebsregler._parametre import (
    DateretParameter,
    Parameterserie,
    decimal_af,
    laes_pakkedata,
    serie_af,
)
from forloebsregler._resultat import Resultat
from forloebsregler._valider import (
    kraev_aware,
    kraev_bool,
    kraev_dato,
    kraev_decimal,
    kraev_enum,
    kraev_tekst,
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import (
    ForloebsreglerFejl,
    ManglendeTakstFejl,
    PeriodeFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    UkendtNavnFejl,
)
from forloebsregler.kalender import KOEBENHAVN, Kalender, kraev_kalender
from forloebsregler.kilder import (
    AFREGNINGSBLANKET_LEDSAGELSE,
    HOERINGSBEMAERKNINGER_LEDSAGELSE,
    SAMARBEJDSAFTALE_LEDSAGELSE,
    STANDARDKONTRAKT_LEDSAGELSE,
    Kilde,
)

if TYPE_CHECKING:
    from forloebsregler.typer import (
        Afbildning,
        Beloeb,
        Dato,
        ForloebstypeArg,
        TakstkategoriArg,
        Tidspunkt,
    )

__all__ = [
    "FIRE_TIMER",
    "INGEN_KONTRAKT",
    "LAV_KILOMETERTAKST",
    "MAKS_VARIGHED",
    "STANDARD_TAKSTREGISTER",
    "TAKSTER_2019",
    "TILLAEG_PROCENT",
    "Betaler",
    "DateretParameter",
    "Faktureringsvurdering",
    "Forloebsafregning",
    "Forloebstype",
    "IngenKontrakt",
    "Kilometergodtgoerelse",
    "Kilometersats",
    "Ledsagelsesberegning",
    "Takstkategori",
    "Takstlinje",
    "Takstregister",
    "Taksttabel",
    "Tidspunktskategori",
    "Tidsrum",
    "Udgiftspost",
    "afregn_forloeb",
    "beregn_kilometergodtgoerelse",
    "beregn_ledsagelse",
    "beregn_mange",
    "faktureringsvurdering",
    "indlaes_takster",
    "kilometersats",
    "takstkategori",
    "vurderingsfrist",
]

# --------------------------------------------------------------------------- kilder

_AFSNIT_AFREGNING = "Afregning"
KILDE_TAKSTTABEL = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Regionen afregner med følgende timetakster for ledsagelse under ophold på sygehuset "
    "(2019-niveau)",
)
KILDE_TIDSRUM = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING, "Dag: Kl. 06-17 Aften: Kl. 17-23 Nat: Kl. 23-06"
)
KILDE_REGULERING = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Taksterne reguleres årligt med Danske Regioners fremskrivningssats for løn på "
    "sundhedsområdet.",
)
KILDE_KONTRAKT_TAKST = STANDARDKONTRAKT_LEDSAGELSE.kilde(
    "8. Økonomi",
    "Der afregnes med en fast takst på 277,21 kroner pr. time (2019-niveau) plus tillæg for "
    "aften og weekendarbejde.",
)
KILDE_AKUT_FIRE_TIMER = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    "Akutte forløb",
    "Sygehuset skal vurdere borgerens behov for fortsat ledsagelse hurtigst muligt og senest "
    "fire timer efter ankomsten",
)
KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    "Generelle forpligtelser",
    "Udgifterne til ledsagelse frem til det tidspunkt, hvor en kontrakt er indgået, dækkes af "
    "kommunen.",
)
KILDE_HOERING_FIRE_TIMER = HOERINGSBEMAERKNINGER_LEDSAGELSE.kilde(
    "Høringsbemærkninger (arbejdsgruppens svar om firetimersgrænsen)",
    "Det fremgår under \u201dGenerelle forpligtelser\u201d fjerde afsnit: \u201d Udgifterne til "
    "ledsagelse frem til det tidspunkt, hvor en kontrakt er indgået, dækkes af kommunen\u201d.",
)
KILDE_VAGTLAEGE = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    "Akutte forløb",
    "Kommunen betaler for ledsagelse i de tilfælde, hvor borgeren behandles hos vagtlægen. … "
    "Denne vurdering skal senest foreligge fire timer efter ankomsten til akutmodtagelsen.",
)
KILDE_BETALINGSPERIODE = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Betaling for ledsagelse er gældende fra det tidspunkt, hvor kontrakten er indgået, når "
    "der er tale om akutte forløb. Ved planlagte forløb er betaling for ledsagelse gældende, "
    "når transporten påbegyndes fra borgerens bopæl.",
)
KILDE_SYGEHUS_AFHOLDER = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Sygehuset afholder kommunens udgifter til ledsagelse og anvendt tid under ophold på "
    "sygehuset, når der er indgået en aftale om ledsagelse.",
)
KILDE_BLANKET_FODNOTE = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Fodnote *",
    "Betaling for ledsagelse er gældende fra det tidspunkt, hvor transporten påbegyndes fra "
    "borgerens bopæl til transporten afsluttes ved borgerens bopæl. Undtagelse: Hvis borgeren "
    "først behandles hos vagtlægen jf. aftalen.",
)
KILDE_KILOMETER = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "befordringsgodtgørelse til ledsager (lav kilometertakst). Antal kilometer beregnes fra "
    "borgerens bopæl til sygehuset. Transport i forbindelse med vagtskifte (lav "
    "kilometertakst).",
)
KILDE_KM_TIL_OG_FRA = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Timer anvendt til nødvendig ledsagelse under transport til og fra sygehus samt for "
    "befordringsgodtgørelse til ledsager (lav kilometertakst).",
)
KILDE_FORUD_FOR_PLANLAGT = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    "Generelle forpligtelser",
    "skal den konkrete aftale med kommunen indgås forud for planlagt behandling.",
)
KILDE_AKUT_IKKE_TRANSPORT = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING, "Bemærk, at ved akutte forløb afregnes ikke for transporten til sygehuset."
)
KILDE_PARKERING = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING, "P-afgift på sygehus, hvis betaling for parkering er påkrævet"
)
KILDE_TAXA = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Fodnote **",
    "Taxa kan udelukkende benyttes i særlige situationer, fx hvis der er sket ledsagelse i "
    "ambulance. Hvis der indgås kontrakt betaler sygehus for hjemtransport. Hvis der ikke "
    "indgås kontrakt betaler kommunen hjemtransport.",
)
KILDE_SKRIFTLIG_AFTALE = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Kommunerne kan kun fremsende regninger for borgere, hvor der er indgået en skriftlig "
    "aftale med sygehuset om ledsagelse i forbindelse med sygehusbehandling.",
)
KILDE_TRE_MAANEDER = STANDARDKONTRAKT_LEDSAGELSE.kilde(
    "8. Økonomi",
    "henstilles det, at regninger sendes senest tre måneder efter ledsagelsen har fundet sted "
    "og så vidt muligt inden for samme regnskabsår.",
)
KILDE_EN_BLANKET = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Vejledning",
    "Der udfyldes som udgangspunkt en blanket pr. behandlingsforløb.",
)
KILDE_FLERE_AFDELINGER = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Vejledning",
    "Hvis borgeren har været på flere afdelinger i forbindelse med forløbet, skal det fremgå af "
    "blanketten hvilke afdelinger, borgeren har været på og i hvor lang tid.",
)

_OERE = Decimal("0.01")
_TIMEDECIMALER = Decimal("0.0001")
_NUL = Decimal(0)
_NUL_TIMER = Decimal("0.0000")
_NUL_KR = Decimal("0.00")
_US_PR_TIME = 3_600_000_000
_US_PR_DOEGN = 86_400_000_000
_TO_TIMER_US = 2 * _US_PR_TIME
_EPOKE = datetime(1970, 1, 1, tzinfo=UTC)
_EN_US = timedelta(microseconds=1)
_FOERSTE_DAG = date(1900, 1, 1)
_SIDSTE_DAG = date(2199, 12, 31)
_MIN_US = (datetime(1900, 1, 2, tzinfo=UTC) - _EPOKE) // _EN_US
_MAX_US = (datetime(2199, 12, 30, tzinfo=UTC) - _EPOKE) // _EN_US
_MAKS_BELOEB = 10_000_000
"""Øvre grænse for beløb, kilometer og satser i input (værn mod Decimal-overløb)."""

MAKS_VARIGHED = timedelta(days=731)
"""Det længste forløb (start til slut), der kan prissættes: 731 døgn, dvs. to år.

Kilderne sætter ingen grænse. Et ledsagelsesforløb er et behandlingsforløb med én kontrakt
(ambulant besøg eller indlæggelse); to år er langt over en realistisk indlæggelse med
ledsagelse, men holder hvert kald kort. Længere perioder afvises med `PeriodeFejl`
(fortolkningsloggen LED-21); del dem i flere forløb."""
_MAKS_US = MAKS_VARIGHED // timedelta(microseconds=1)


def _kraev_kroner(vaerdi: object, navn: str, *, maks_vaerdi: int = _MAKS_BELOEB) -> Decimal:
    """Et kronebeløb ≥ 0 med højst to decimaler (øre), kvantiseret til øre (fx `12.50`).

    Et beløb med flere decimaler end øre afvises: en regning kan ikke lyde på brøkdele af en
    øre, og biblioteket afrunder aldrig stiltiende et input. `-0` bliver `0.00`.
    """
    tal = kraev_decimal(vaerdi, navn, min_vaerdi=0, maks_vaerdi=maks_vaerdi)
    if tal != tal.quantize(_OERE, ROUND_HALF_UP):
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}, som har flere end to decimaler; accepterer kroner med "
            "højst to decimaler (øre), fx '12.50'"
        )
    return tal.quantize(_OERE) + _NUL_KR


def _kraev_tid(vaerdi: object, navn: str) -> datetime:
    """Et tidszonebevidst tidspunkt mellem år 1900 og 2199 (kalenderens rækkevidde)."""
    t = kraev_aware(vaerdi, navn)
    if type(t) is not datetime:
        # en underklasse (pendulum.DateTime, pandas.Timestamp) regnes som en almindelig datetime
        t = datetime(
            t.year,
            t.month,
            t.day,
            t.hour,
            t.minute,
            t.second,
            t.microsecond,
            tzinfo=t.tzinfo,
            fold=t.fold,
        )
    try:
        us = (t - _EPOKE) // _EN_US
    except (OverflowError, ValueError):
        us = _MAX_US + 1
    if not _MIN_US <= us <= _MAX_US:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun tidspunkter fra 1900-01-02 til 2199-12-30"
        )
    return t


def _kraev_dag(vaerdi: object, navn: str) -> date:
    """En kalenderdato mellem 1900-01-01 og 2199-12-31."""
    dag = kraev_dato(vaerdi, navn)
    if not _FOERSTE_DAG <= dag <= _SIDSTE_DAG:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun datoer fra 1900-01-01 til 2199-12-31"
        )
    return dag


# --------------------------------------------------------------------------- læsninger

# Fortolkningslogens afsnit for ledsagelse (docs/fortolkninger.md, »Ledsagelse«).
LED_NAT = "LED-01"
LED_HELLIGDAG = "LED-02"
LED_SOMMERTID = "LED-03"
LED_AFRUNDING = "LED-04"
LED_OFFENTLIGGJORTE = "LED-05"
LED_FREMSKRIVNING = "LED-06"
LED_2019 = "LED-07"
LED_FIRE_TIMER = "LED-08"
LED_FODNOTE = "LED-09"
LED_AKUT_TRANSPORT = "LED-10"
LED_SEN_KONTRAKT = "LED-11"
LED_KOERSEL = "LED-12"
LED_KM_SATS = "LED-13"
LED_REGNSKABSAAR = "LED-14"
LED_LAENGDE = "LED-21"
LED_UKENDT_KONTRAKT = "LED-22"

_LAESNINGER: dict[str, str] = {
    LED_NAT: "en aften/nat hører til den dag, den begynder",
    LED_HELLIGDAG: "søn- og helligdage går forud for hverdags- og lørdagskategorierne",
    LED_SOMMERTID: "timerne er reel forløbet tid over sommertidsskiftet",
    LED_AFRUNDING: "hver fakturalinje afrundes halvt op til øre",
    LED_OFFENTLIGGJORTE: "tabellens offentliggjorte kronebeløb bruges, ikke tillægsprocenterne",
    LED_FREMSKRIVNING: "hver fremskrevet takst afrundes for sig til øre",
    LED_2019: "2019-tabellen bruges for kalenderåret 2019",
    LED_FIRE_TIMER: "kommunen betaler til kontrakten, også efter firetimersfristen",
    LED_FODNOTE: "aftalens betalingsregel går forud for blankettens fodnote",
    LED_AKUT_TRANSPORT: "hverken timer eller kilometer for turen til sygehuset afregnes",
    LED_SEN_KONTRAKT: "tiden før en sen kontrakt i et planlagt forløb har ingen kendt betaler",
    LED_KOERSEL: "ikke-påkrævet P-afgift bæres af kommunen",
    LED_KM_SATS: "statens lave kilometertakst efter Skatterådets satser",
    LED_REGNSKABSAAR: "regnskabsåret er kalenderåret; tre måneder er en henstilling",
    LED_UKENDT_KONTRAKT: "uoplyst kontrakt (None) er ukendt, ikke »ingen kontrakt«",
}


def _laesningstekst(ider: Iterable[str]) -> str:
    """Sætningen, der nævner de læsninger, et svar hviler på (tom uden læsninger)."""
    ider = tuple(ider)
    if not ider:
        return ""
    dele = "; ".join(f"{i}: {_LAESNINGER[i]}" for i in ider)
    return f" Svaret hviler på læsninger i fortolkningsloggen ({dele})."


# --------------------------------------------------------------------------- kategorier


class Takstkategori(Enum):
    """De syv takstkategorier i samarbejdsaftalens taksttabel (afsnit Afregning).

    Værdien er kategoriens navn i tabellen; `tillaeg_procent` er det offentliggjorte tillæg.
    """

    GRUNDLOEN = "Grundløn"
    HVERDAG_AFTEN_NAT = "Hverdag, aften/nat"
    FREDAG_AFTEN_NAT = "Fredag aften / nat"
    LOERDAG_DAG = "Lørdag dag"
    LOERDAG_AFTEN_NAT = "Lørdag aften/nat"
    SOEN_HELLIGDAG_DAG = "Søn og helligdag dag"
    SOEN_HELLIGDAG_AFTEN_NAT = "Søn og helligdag aften/nat"

    @property
    def tillaeg_procent(self) -> int:
        """Tillægget i procent af grundlønnen, som tabellen offentliggør det."""
        return TILLAEG_PROCENT[self]

    @property
    def tidspunkter(self) -> str:
        """Tabellens kolonne »Tidspunkter« for kategorien."""
        return _TIDSPUNKTER[self]


_KATEGORIER: tuple[Takstkategori, ...] = tuple(Takstkategori)
_INDEKS: dict[Takstkategori, int] = {k: i for i, k in enumerate(_KATEGORIER)}

_DATA = laes_pakkedata("ledsagelse.toml")
"""De daterede tal for ledsagelse (`forloebsregler/data/ledsagelse.toml`), læst én gang."""
_DATA_2019 = _DATA["timetakster"][0]

_TILLAEG_PROCENT_DATA = {
    Takstkategori[navn]: int(procent) for navn, procent in _DATA_2019["tillaeg_procent"].items()
}
TILLAEG_PROCENT: Mapping[Takstkategori, int] = MappingProxyType(_TILLAEG_PROCENT_DATA)
"""Tillæg i procent pr. kategori (samarbejdsaftalen, Afregning, kolonnen »Tilllæg«)."""

_TIDSPUNKTER: dict[Takstkategori, str] = {
    Takstkategori.GRUNDLOEN: "Hverdage kl. 06-17",
    Takstkategori.HVERDAG_AFTEN_NAT: "Mandag - torsdag 17-06",
    Takstkategori.FREDAG_AFTEN_NAT: "Fredag 17-06",
    Takstkategori.LOERDAG_DAG: "Lørdag kl. 06-17",
    Takstkategori.LOERDAG_AFTEN_NAT: "Lørdag kl. 17-06",
    Takstkategori.SOEN_HELLIGDAG_DAG: "Søn- og helligdag kl. 06-17",
    Takstkategori.SOEN_HELLIGDAG_AFTEN_NAT: "Søn- og helligdag kl. 17-06",
}


class Tidsrum(Enum):
    """Tidsrummene, som taksttabellen oplyser: dag 06–17, aften 17–23, nat 23–06."""

    DAG = "Dag"
    AFTEN = "Aften"
    NAT = "Nat"


_TIDSRUM: tuple[Tidsrum, ...] = tuple(Tidsrum)


def _kategori_for(grunddag: date, aften_nat: bool, kalender: Kalender) -> Takstkategori:
    """Kategorien for dagtimerne eller aften/nat, der begynder på `grunddag`.

    Søn- og helligdage går forud for hverdags- og lørdagskategorierne (fortolkningsloggen
    LED-02).
    """
    if kalender.er_soen_eller_helligdag(grunddag):
        return (
            Takstkategori.SOEN_HELLIGDAG_AFTEN_NAT
            if aften_nat
            else Takstkategori.SOEN_HELLIGDAG_DAG
        )
    ugedag = grunddag.weekday()
    if ugedag == 5:
        return Takstkategori.LOERDAG_AFTEN_NAT if aften_nat else Takstkategori.LOERDAG_DAG
    if not aften_nat:
        return Takstkategori.GRUNDLOEN
    return Takstkategori.FREDAG_AFTEN_NAT if ugedag == 4 else Takstkategori.HVERDAG_AFTEN_NAT


@attrs.frozen
class Tidspunktskategori(Resultat):
    """Takstkategorien for ét tidspunkt, med tidsrummet (dag/aften/nat) som oplysning."""

    tidspunkt: datetime
    kategori: Takstkategori
    tidsrum: Tidsrum
    grunddag: date
    """Den dag, dagtimerne eller aftenen/natten hører til (aften/nat: den dag, den begynder)."""
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """Fortolkningslogens afsnit, svaret hviler på (fx ``("LED-01",)``)."""


_UGEDAGE = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


def takstkategori(
    tidspunkt: datetime | str, *, kalender: Kalender | None = None
) -> Tidspunktskategori:
    """Hvilken takstkategori et tidspunkt ligger i (samarbejdsaftalen, Afregning).

    Tidspunktet omregnes til Københavns lokale tid. Dag er kl. 06–17; aften/nat kl. 17–06
    hører til den dag, den begynder på, så fredag kl. 17 til lørdag kl. 06 er
    `FREDAG_AFTEN_NAT`, og søndag kl. 17 til mandag kl. 06 er `SOEN_HELLIGDAG_AFTEN_NAT`.
    Søn- og helligdage (fra `kalender`, som standard de officielle) går forud.

    >>> from datetime import datetime
    >>> from forloebsregler.kalender import KOEBENHAVN
    >>> takstkategori(datetime(2019, 3, 2, 3, 0, tzinfo=KOEBENHAVN)).kategori.name
    'FREDAG_AFTEN_NAT'
    """
    kal = kraev_kalender(kalender)
    lokal = _kraev_tid(tidspunkt, "tidspunkt").astimezone(KOEBENHAVN)
    time = lokal.hour
    if 6 <= time < 17:
        grunddag, aften_nat, tidsrum = lokal.date(), False, Tidsrum.DAG
    elif time >= 17:
        grunddag, aften_nat = lokal.date(), True
        tidsrum = Tidsrum.AFTEN if time < 23 else Tidsrum.NAT
    else:
        grunddag, aften_nat, tidsrum = lokal.date() - timedelta(days=1), True, Tidsrum.NAT
    kategori = _kategori_for(grunddag, aften_nat, kal)
    dagtype = _UGEDAGE[grunddag.weekday()]
    navn = kal.helligdagsnavn(grunddag)
    if navn:
        dagtype += f" ({navn})"
    del_ = "aftenen/natten, der begynder" if aften_nat else "dagtimerne kl. 06-17"
    fortolkninger: list[str] = []
    if time < 6 and _nat_laesning_afgoer(lokal.date(), kal):
        fortolkninger.append(LED_NAT)
    if _helligdag_gaar_forud(grunddag, kal):
        fortolkninger.append(LED_HELLIGDAG)
    begrundelse = (
        f"{lokal:%d.%m.%Y kl. %H:%M} dansk tid hører til {del_} {dagtype} "
        f"{grunddag:%d.%m.%Y} og afregnes som »{kategori.value}« "
        f"(tillæg {kategori.tillaeg_procent} %); tidsrummet er {tidsrum.value.lower()}."
        + _laesningstekst(fortolkninger)
    )
    return Tidspunktskategori(
        tidspunkt=lokal,
        kategori=kategori,
        tidsrum=tidsrum,
        grunddag=grunddag,
        begrundelse=begrundelse,
        kilder=(KILDE_TAKSTTABEL, KILDE_TIDSRUM),
        fortolkninger=tuple(fortolkninger),
    )


def _nat_laesning_afgoer(dag: date, kalender: Kalender) -> bool:
    """Om timerne kl. 00–06 på `dag` får en anden kategori, end hvis natten hørte til `dag`.

    Netop dér afgør læsningen LED-01 svaret (fx fredag nat mod lørdag, eller natten efter en
    hverdagsaften op til en helligdag).
    """
    return _kategori_for(dag - timedelta(days=1), True, kalender) is not _kategori_for(
        dag, True, kalender
    )


def _helligdag_gaar_forud(grunddag: date, kalender: Kalender) -> bool:
    """Om en helligdag på en hverdag eller lørdag giver søn-/helligdagstakst (LED-02)."""
    return grunddag.weekday() != 6 and kalender.er_soen_eller_helligdag(grunddag)


# --------------------------------------------------------------------------- takster


def _til_takster(
    vaerdi: Afbildning[TakstkategoriArg, Beloeb] | list[Beloeb] | tuple[Beloeb, ...],
) -> tuple[Decimal, ...]:
    """Takster som mapping kategori → beløb (alle syv) eller en sekvens af syv beløb."""
    if isinstance(vaerdi, Mapping):
        fundne: dict[Takstkategori, Decimal] = {}
        for noegle, beloeb in vaerdi.items():
            kat = kraev_enum(Takstkategori, noegle, "takster (nøgle)")
            fundne[kat] = _kraev_takst(beloeb, f"takster[{kat.name}]")
        mangler = [k.name for k in _KATEGORIER if k not in fundne]
        if mangler:
            raise UgyldigVaerdiFejl(
                f"takster: mangler {', '.join(mangler)}; accepterer en takst for hver af de syv "
                "takstkategorier"
            )
        return tuple(fundne[k] for k in _KATEGORIER)
    if isinstance(vaerdi, list | tuple) and len(vaerdi) == len(_KATEGORIER):
        return tuple(
            _kraev_takst(v, f"takster[{k.name}]") for v, k in zip(vaerdi, _KATEGORIER, strict=True)
        )
    raise UgyldigTypeFejl(
        f"takster: fik {vis(vaerdi)}; accepterer en dict Takstkategori → beløb for alle syv "
        "kategorier eller en sekvens af syv beløb i tabellens rækkefølge"
    )


def _kraev_takst(vaerdi: object, navn: str) -> Decimal:
    """En timetakst: kroner større end 0 med højst to decimaler (øre)."""
    kraev_decimal(vaerdi, navn, positiv=True, maks_vaerdi=_MAKS_BELOEB)
    return _kraev_kroner(vaerdi, navn)


def _til_dato(vaerdi: Dato) -> date:
    return _kraev_dag(vaerdi, "gyldig_fra/gyldig_til")


def _til_tekst(vaerdi: str) -> str:
    return kraev_tekst(vaerdi, "niveau")


def _til_kilde(vaerdi: Kilde | None) -> Kilde | None:
    if vaerdi is None or isinstance(vaerdi, Kilde):
        return vaerdi
    raise UgyldigTypeFejl(f"kilde: fik {vis(vaerdi)}; accepterer en Kilde eller None")


def _til_oprindelse(vaerdi: str | None) -> str | None:
    return None if vaerdi is None else kraev_tekst(vaerdi, "oprindelse")


def _lokal_midnat_us(dag: date) -> int:
    return (datetime(dag.year, dag.month, dag.day, tzinfo=KOEBENHAVN) - _EPOKE) // _EN_US


def _kildetekst(kilde: Kilde | None) -> str:
    if kilde is None:
        return "givet af kalderen (ingen kilde oplyst)"
    return f"{kilde.dokument.titel}, afsnit {kilde.afsnit}"


def _faktortekst(faktor: Decimal) -> str:
    return format(faktor, "f")


@attrs.frozen(repr=False)
class Taksttabel:
    """En dateret tabel over timetaksterne i de syv kategorier.

    `gyldig_fra` og `gyldig_til` er lokale kalenderdatoer, begge inklusive; tabellen
    prissætter kun timer i den periode (`uden_datograense()` siger udtrykkeligt, at den skal
    gælde alle datoer). Taksterne er de offentliggjorte beløb pr. time; tillægsprocenterne
    ligger fast i `TILLAEG_PROCENT`. `oprindelse` siger, hvor taksterne kommer fra (en
    datafil, en takstfil eller en fremskrivning og hvordan); den følger med i de
    `anvendte_parametre`, et resultat lister.
    """

    niveau: str = attrs.field(converter=_til_tekst)
    gyldig_fra: date = attrs.field(converter=_til_dato)
    gyldig_til: date = attrs.field(converter=_til_dato)
    takster: tuple[Decimal, ...] = attrs.field(converter=_til_takster)
    kilde: Kilde | None = attrs.field(default=None, converter=_til_kilde)
    oprindelse: str | None = attrs.field(default=None, converter=_til_oprindelse)
    verificeret: str | None = attrs.field(default=None, converter=_til_oprindelse)
    _fra_us: int = attrs.field(init=False, repr=False, eq=False)
    _til_us: int = attrs.field(init=False, repr=False, eq=False)
    _oere_int: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _parametre: tuple[DateretParameter, ...] = attrs.field(init=False, repr=False, eq=False)

    def __repr__(self) -> str:
        """Kort: niveau og periode (kilden og de syv beløb ses i felterne)."""
        return f"Taksttabel({self.niveau!r}, {self.gyldig_fra}–{self.gyldig_til})"

    def __attrs_post_init__(self) -> None:
        if self.gyldig_til < self.gyldig_fra:
            raise PeriodeFejl(
                f"gyldig_til: fik {self.gyldig_til.isoformat()}, som er før gyldig_fra "
                f"{self.gyldig_fra.isoformat()}; accepterer en dato samme dag eller senere"
            )
        object.__setattr__(self, "_fra_us", _lokal_midnat_us(self.gyldig_fra))
        object.__setattr__(self, "_til_us", _lokal_midnat_us(self.gyldig_til + timedelta(days=1)))
        # taksterne er hele øre (afvises ellers), så linjebeløbet regnes eksakt i heltal
        object.__setattr__(self, "_oere_int", tuple(int(t * 100) for t in self.takster))
        kilde = self.oprindelse or _kildetekst(self.kilde)
        object.__setattr__(
            self,
            "_parametre",
            tuple(
                DateretParameter(
                    navn=f"timetakst {k.value} ({self.niveau})",
                    vaerdi=t,
                    enhed="kr./time",
                    gyldig_fra=self.gyldig_fra,
                    gyldig_til=self.gyldig_til,
                    kilde=kilde,
                    verificeret=self.verificeret or "",
                )
                for k, t in zip(_KATEGORIER, self.takster, strict=True)
            ),
        )

    @property
    def parametre(self) -> tuple[DateretParameter, ...]:
        """Tabellens syv takster som daterede parametre (i kategoriernes rækkefølge)."""
        return self._parametre

    def takst(self, kategori: TakstkategoriArg) -> Decimal:
        """Timetaksten i kroner for `kategori`."""
        return self.takster[_INDEKS[kraev_enum(Takstkategori, kategori, "kategori")]]

    def gaelder(self, dag: date | str) -> bool:
        """Om tabellen gælder den lokale dato `dag`."""
        dag = _kraev_dag(dag, "dag")
        return self.gyldig_fra <= dag <= self.gyldig_til

    def uden_datograense(self) -> Taksttabel:
        """Samme takster, udtrykkeligt gældende for alle datoer (1900–2199).

        Kun når kalderen bevidst vil prissætte timer uden for tabellens egen periode; ellers
        rejser en beregning `ManglendeTakstFejl` for timer uden for perioden. `oprindelse`
        siger, at tabellen er brugt uanset dato.
        """
        return Taksttabel(
            niveau=self.niveau,
            gyldig_fra=_FOERSTE_DAG,
            gyldig_til=_SIDSTE_DAG,
            takster=self.takster,
            kilde=self.kilde,
            oprindelse=(
                f"{self.oprindelse or _kildetekst(self.kilde)}; gyldig "
                f"{self.gyldig_fra.isoformat()}–{self.gyldig_til.isoformat()}, men udtrykkeligt "
                "brugt uanset dato (uden_datograense)"
            ),
        )

    def fremskriv(
        self,
        faktor: Decimal | int | str,
        *,
        niveau: str | None = None,
        gyldig_fra: date | str,
        gyldig_til: date | str,
    ) -> Taksttabel:
        """En ny tabel: hver takst × `faktor`, afrundet halvt op til øre.

        Samarbejdsaftalen regulerer taksterne årligt med Danske Regioners fremskrivningssats;
        satsen står ikke i kilderne, så den gives som `faktor` (fx `Decimal("1.021")`).
        Hver takst afrundes for sig (fortolkningsloggen LED-06). Den nye tabels `oprindelse`
        siger, hvordan den er afledt; uden `niveau` hedder den fx »2019-niveau × 1.021«.
        """
        f = kraev_decimal(faktor, "faktor", positiv=True, maks_vaerdi=100)
        return Taksttabel(
            niveau=f"{self.niveau} × {_faktortekst(f)}" if niveau is None else niveau,
            gyldig_fra=gyldig_fra,
            gyldig_til=gyldig_til,
            takster=tuple((t * f).quantize(_OERE, ROUND_HALF_UP) for t in self.takster),
            kilde=KILDE_REGULERING,
            oprindelse=(
                f"fremskrevet: {self.niveau} × {_faktortekst(f)}, hver takst afrundet halvt op "
                f"til øre (LED-06); {self.niveau}: {self.oprindelse or _kildetekst(self.kilde)}"
            ),
        )

    def fremskriv_aarligt(
        self, faktorer: Mapping[int, Decimal | int | str] | Iterable[tuple[int, Beloeb]]
    ) -> Takstregister:
        """Et register med denne tabel og én tabel pr. år, hver fremskrevet fra året før.

        `faktorer` er år → fremskrivningsfaktor, fx ``{2020: "1.021", 2021: "1.03"}``: 2020
        = denne tabel × 1,021, 2021 = 2020-tabellen × 1,03 (hver takst afrundet til øre for
        hvert år, LED-06). Årene skal følge hinanden uden hul, og det første år skal være
        året efter tabellens `gyldig_til`, som skal være en 31. december. Hver ny tabel
        gælder sit kalenderår og hedder fx »2021-niveau (2019-niveau × 1.021 × 1.03)«.
        """
        accepterer = "accepterer en dict år → faktor, fx {2020: '1.021', 2021: '1.03'}"
        if isinstance(faktorer, Mapping):
            par: list[Any] = list(faktorer.items())
        elif isinstance(faktorer, str | bytes) or not isinstance(faktorer, Iterable):
            raise UgyldigTypeFejl(f"faktorer: fik {vis(faktorer)}; {accepterer}")
        else:
            par = list(faktorer)
        if not par:
            raise UgyldigVaerdiFejl(f"faktorer: fik ingen; {accepterer}")
        aar: list[int] = []
        for p in par:
            if not isinstance(p, tuple | list) or len(p) != 2:
                raise UgyldigTypeFejl(f"faktorer: fik elementet {vis(p)}; {accepterer}")
            if type(p[0]) is not int or not _FOERSTE_DAG.year <= p[0] <= _SIDSTE_DAG.year:
                raise UgyldigVaerdiFejl(
                    f"faktorer: år {vis(p[0])}; accepterer et helt årstal fra "
                    f"{_FOERSTE_DAG.year} til {_SIDSTE_DAG.year}"
                )
            aar.append(p[0])
        par.sort(key=lambda x: x[0])
        aar.sort()
        if (self.gyldig_til.month, self.gyldig_til.day) != (12, 31):
            raise UgyldigVaerdiFejl(
                f"faktorer: {self.niveau} gælder til {self.gyldig_til.isoformat()}; en årlig "
                "fremskrivning kræver en tabel, der slutter 31. december"
            )
        forventet = self.gyldig_til.year + 1
        if aar != list(range(forventet, forventet + len(aar))):
            raise UgyldigVaerdiFejl(
                f"faktorer: fik årene {', '.join(map(str, aar))}; accepterer år i træk fra "
                f"{forventet} (året efter {self.niveau}) uden hul"
            )
        tabeller = [self]
        kaede: list[str] = []
        forrige = self
        for a, faktor in par:
            f = kraev_decimal(faktor, f"faktorer[{a}]", positiv=True, maks_vaerdi=100)
            kaede.append(_faktortekst(f))
            forrige = forrige.fremskriv(
                f,
                niveau=f"{a}-niveau ({self.niveau} × {' × '.join(kaede)})",
                gyldig_fra=date(a, 1, 1),
                gyldig_til=date(a, 12, 31),
            )
            tabeller.append(forrige)
        return Takstregister(tabeller)


def _tabel_af_data(data: Mapping[str, Any]) -> Taksttabel:
    return Taksttabel(
        niveau=data["niveau"],
        gyldig_fra=data["gyldig_fra"],
        gyldig_til=data["gyldig_til"],
        takster={
            Takstkategori[n]: decimal_af(v, f"timetakster.{n}") for n, v in data["takster"].items()
        },
        kilde=KILDE_TAKSTTABEL,
        oprindelse=data["kilde"],
        verificeret=data["verificeret"],
    )


TAKSTER_2019 = _tabel_af_data(_DATA_2019)
"""Samarbejdsaftalens timetakster (2019-niveau), de offentliggjorte beløb, fra pakkedatafilen
`data/ledsagelse.toml`.

Gælder kalenderåret 2019 (fortolkningsloggen LED-07)."""


def _til_tabeller(vaerdi: Iterable[Taksttabel]) -> tuple[Taksttabel, ...]:
    if isinstance(vaerdi, str | bytes) or not isinstance(vaerdi, Iterable):
        raise UgyldigTypeFejl(f"tabeller: fik {vis(vaerdi)}; accepterer en samling af Taksttabel")
    tabeller = tuple(vaerdi)
    for t in tabeller:
        if not isinstance(t, Taksttabel):
            raise UgyldigTypeFejl(f"tabeller: fik {vis(t)}; accepterer kun Taksttabel")
    tabeller = tuple(sorted(tabeller, key=lambda t: t.gyldig_fra))
    for a, b in itertools.pairwise(tabeller):
        if b.gyldig_fra <= a.gyldig_til:
            raise UgyldigVaerdiFejl(
                f"tabeller: {a.niveau} ({a.gyldig_fra}–{a.gyldig_til}) og {b.niveau} "
                f"({b.gyldig_fra}–{b.gyldig_til}) overlapper; accepterer tabeller uden overlap"
            )
    return tabeller


@attrs.frozen(repr=False)
class Takstregister:
    """En uforanderlig samling af daterede taksttabeller uden overlap.

    `med(tabel)` giver et nyt register; en tabel med præcis samme periode erstattes.
    Der er ingen global tilstand: registret gives til beregningen med `takster=`.
    En kommunes egen takstfil læses med `indlaes_takster(sti)`.
    """

    tabeller: tuple[Taksttabel, ...] = attrs.field(converter=_til_tabeller)

    def __repr__(self) -> str:
        """Kort: tabellernes niveauer (højst tre vises) og den samlede periode."""
        if not self.tabeller:
            return "Takstregister()"
        niveauer = ", ".join(t.niveau for t in self.tabeller[:3])
        if len(self.tabeller) > 3:
            niveauer += f" … ({len(self.tabeller)} tabeller)"
        periode = f"{self.tabeller[0].gyldig_fra}–{max(t.gyldig_til for t in self.tabeller)}"
        return f"Takstregister({niveauer}; {periode})"

    def med(self, *tabeller: Taksttabel) -> Takstregister:
        """Et nyt register med `tabeller` tilføjet (samme periode erstatter den gamle)."""
        nye = _til_tabeller(tabeller)
        perioder = {(t.gyldig_fra, t.gyldig_til) for t in nye}
        beholdte = [t for t in self.tabeller if (t.gyldig_fra, t.gyldig_til) not in perioder]
        return Takstregister((*beholdte, *nye))

    def tabel_for(self, dag: date | str) -> Taksttabel:
        """Tabellen, der gælder den lokale dato `dag`; ellers `ManglendeTakstFejl`."""
        dag = _kraev_dag(dag, "dag")
        for t in self.tabeller:
            if t.gyldig_fra <= dag <= t.gyldig_til:
                return t
        raise ManglendeTakstFejl(_mangler_takst_besked(dag, self))


def _mangler_takst_besked(dag: date, register: Takstregister | Taksttabel) -> str:
    tabeller = register.tabeller if isinstance(register, Takstregister) else (register,)
    kendte = ", ".join(f"{t.niveau} ({t.gyldig_fra}–{t.gyldig_til})" for t in tabeller)
    return (
        f"takster: ingen taksttabel gælder {dag.isoformat()} (kendte: {kendte or 'ingen'}); "
        "kilderne oplyser et prisniveau, ikke gyldighedsdatoer (fortolkningsloggen LED-07); "
        "giv en Taksttabel eller et Takstregister med takster=, fx "
        "TAKSTER_2019.fremskriv(faktor, niveau=..., gyldig_fra=..., gyldig_til=...)"
    )


STANDARD_TAKSTREGISTER = Takstregister((TAKSTER_2019,))
"""Standardregistret: kun 2019-tabellen. Senere år tilføjes med `.med(tabel)`."""


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
      decimalkomma, fx ``300,15``).

    Filen afvises med en fejl, der nævner filen, tabellen og feltet, ved overlappende eller
    ikke-sammenhængende perioder (hul mellem tabellerne), en manglende eller ukendt
    takstkategori, et ukendt felt og beløb, der er negative, nul eller ikke hele øre.
    Tabellerne gælder kun deres egen periode; kombinér med 2019-tabellen ved
    ``STANDARD_TAKSTREGISTER.med(*register.tabeller)``.
    """
    if not isinstance(sti, str | os.PathLike):
        raise UgyldigTypeFejl(f"sti: fik {vis(sti)}; accepterer en filsti (str eller Path)")
    try:
        fil = Path(sti)
        stat = fil.stat()
        fuld = str(fil.resolve())
    except (OSError, ValueError) as fejl:
        raise UgyldigVaerdiFejl(
            f"takster: kan ikke læse takstfilen {vis(sti)} "
            f"({getattr(fejl, 'strerror', None) or fejl}); accepterer en TOML- eller CSV-fil "
            "med taksttabeller"
        ) from None
    return _indlaes_takster(fuld, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=16)
def _indlaes_takster(sti: str, _mtime: int, _stoerrelse: int) -> Takstregister:
    fil = Path(sti)
    try:
        data = fil.read_bytes()
    except OSError as fejl:
        raise UgyldigVaerdiFejl(
            f"takster: kan ikke læse takstfilen {fil.name!r} ({fejl.strerror})"
        ) from None
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
    try:
        return _csv_raekker(tekst, skilletegn, navn)
    except csv.Error as fejl:
        raise UgyldigVaerdiFejl(f"{navn}: ikke gyldig CSV ({fejl})") from None


def _csv_raekker(tekst: str, skilletegn: str, navn: str) -> list[tuple[str, dict[str, object]]]:
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
                v = v.replace(".", "").replace(",", ".") if "," in v else v
            if v:
                felter[k.strip()] = v
        if felter:
            ud.append((f"linje {nr}", felter))
    return ud


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


def _kraev_takster(takster: object) -> Taksttabel | Takstregister:
    if takster is None:
        return STANDARD_TAKSTREGISTER
    if isinstance(takster, Taksttabel | Takstregister):
        return takster
    if isinstance(takster, os.PathLike):
        return indlaes_takster(takster)  # læses én gang pr. filversion (cache)
    raise UgyldigTypeFejl(
        f"takster: fik {vis(takster)}; accepterer en Taksttabel, et Takstregister, en takstfil "
        "som pathlib.Path eller None (standardregistret med 2019-tabellen)"
    )


def _tabelstykker(
    start_us: int, slut_us: int, takster: Taksttabel | Takstregister
) -> list[tuple[int, int, Taksttabel]]:
    """Del [start, slut) efter den gældende tabel; en tabel gælder kun i sin egen periode."""
    if isinstance(takster, Taksttabel):
        if takster._fra_us <= start_us < takster._til_us and slut_us <= takster._til_us:
            return [(start_us, slut_us, takster)]
        t = start_us if not takster._fra_us <= start_us < takster._til_us else takster._til_us
        dag = datetime.fromtimestamp(t // 1_000_000, KOEBENHAVN).date()
        raise ManglendeTakstFejl(_mangler_takst_besked(dag, takster))
    stykker: list[tuple[int, int, Taksttabel]] = []
    t = start_us
    for tabel in takster.tabeller:
        if tabel._til_us <= t:
            continue
        if tabel._fra_us > t:
            break
        hi = min(tabel._til_us, slut_us)
        stykker.append((t, hi, tabel))
        t = hi
        if t >= slut_us:
            return stykker
    if t < slut_us or not stykker:
        dag = datetime.fromtimestamp(t // 1_000_000, KOEBENHAVN).date()
        raise ManglendeTakstFejl(_mangler_takst_besked(dag, takster))
    return stykker


# --------------------------------------------------------------------------- fordeling


@functools.lru_cache(maxsize=8192)
def _segmenter(kalender: Kalender, utc_dag: int) -> tuple[tuple[int, int, int, int], ...]:
    """Lokale tidsrum (start_us, slut_us, kategoriindeks, tidsrumsindeks), der rører UTC-døgnet.

    Grænserne kl. 06, 17 og 23 er lokal vægtid; de findes altid (skift sker kl. 02–03).
    """
    fra, til = utc_dag * _US_PR_DOEGN, (utc_dag + 1) * _US_PR_DOEGN
    midt = (_EPOKE + timedelta(microseconds=fra)).astimezone(KOEBENHAVN).date()
    ud: list[tuple[int, int, int, int]] = []
    for forskyd in (-1, 0, 1):
        d = midt + timedelta(days=forskyd)
        n = d + timedelta(days=1)
        kl6 = _lokal_us(d, 6)
        kl17 = _lokal_us(d, 17)
        kl23 = _lokal_us(d, 23)
        naeste6 = _lokal_us(n, 6)
        dag_k = _INDEKS[_kategori_for(d, False, kalender)]
        nat_k = _INDEKS[_kategori_for(d, True, kalender)]
        for a, b, k, r in (
            (kl6, kl17, dag_k, 0),
            (kl17, kl23, nat_k, 1),
            (kl23, naeste6, nat_k, 2),
        ):
            if b > fra and a < til:
                ud.append((a, b, k, r))
    ud.sort()
    return tuple(ud)


def _lokal_us(dag: date, time: int) -> int:
    return (datetime(dag.year, dag.month, dag.day, time, tzinfo=KOEBENHAVN) - _EPOKE) // _EN_US


def _fordel(
    start_us: int, slut_us: int, kalender: Kalender, kat: list[int], rum: list[int]
) -> None:
    """Læg mikrosekunderne i [start, slut) til pr. kategori (`kat`) og tidsrum (`rum`)."""
    t = start_us
    while t < slut_us:
        dag = t // _US_PR_DOEGN
        dagslut = (dag + 1) * _US_PR_DOEGN
        graense = slut_us if slut_us < dagslut else dagslut
        for a, b, k, r in _segmenter(kalender, dag):
            if b <= t:
                continue
            if a >= graense:
                break
            lo = a if a > t else t
            hi = b if b < graense else graense
            kat[k] += hi - lo
            rum[r] += hi - lo
        t = graense


def _us(tidspunkt: datetime) -> int:
    return (tidspunkt - _EPOKE) // _EN_US


def _timer(us: int) -> Decimal:
    """Timer med fire decimaler, afrundet halvt op (us ≥ 0)."""
    return Decimal((us + 180_000) // 360_000).scaleb(-4)


def _beloeb(us: int, tabel: Taksttabel, i: int) -> Decimal:
    """Linjebeløbet for `us` mikrosekunder i kategori `i`, afrundet halvt op til øre.

    Taksterne er hele øre, så der regnes eksakt i heltal.
    """
    oere = tabel._oere_int[i]
    return Decimal((us * oere * 2 + _US_PR_TIME) // _TO_TIMER_US).scaleb(-2)


def _t(tal: Decimal) -> str:
    return str(tal).replace(".", ",")


def _tal(tal: Decimal) -> str:
    """Et tal med decimalkomma og uden eksponent (fx ``1E+1`` → ``10``)."""
    return format(tal, "f").replace(".", ",")


def _kr(beloeb: Decimal) -> str:
    tekst = f"{beloeb:,.2f}"
    return tekst.replace(",", "X").replace(".", ",").replace("X", ".") + " kr."


# --------------------------------------------------------------------------- beregning


@attrs.frozen
class Takstlinje(Resultat):
    """Én fakturalinje: timerne i én takstkategori efter ét takstniveau.

    `varighed` er den eksakte tid; `timer` er den vist med fire decimaler (halvt op);
    `beloeb` er regnet af den eksakte tid og afrundet halvt op til øre.
    """

    kategori: Takstkategori
    niveau: str
    varighed: timedelta
    timer: Decimal
    takst: Decimal
    beloeb: Decimal


@attrs.frozen
class Ledsagelsesberegning(Resultat):
    """Prisen for ledsagelse i en periode, fordelt på takstkategorier."""

    start: datetime
    slut: datetime
    varighed: timedelta
    timer: Decimal
    linjer: tuple[Takstlinje, ...]
    total: Decimal
    niveauer: tuple[str, ...]
    """Takstniveauet/-erne, der er brugt (fx ``("2019-niveau",)``)."""
    timer_dag: Decimal
    timer_aften: Decimal
    timer_nat: Decimal
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """Fortolkningslogens afsnit, beløbet hviler på (fx ``("LED-04", "LED-07")``)."""
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """De daterede takster, beløbet er regnet med: én pr. brugt kategori og takstniveau."""

    def timer_i(self, kategori: TakstkategoriArg) -> Decimal:
        """Timerne i `kategori` (summen over takstniveauer, fire decimaler)."""
        kat = kraev_enum(Takstkategori, kategori, "kategori")
        us = sum((linje.varighed for linje in self.linjer if linje.kategori is kat), timedelta())
        return _timer(us // _EN_US)


def _kraev_periode(
    start: object, slut: object, navne: tuple[str, str] = ("start", "slut")
) -> tuple[datetime, datetime, int, int]:
    s = _kraev_tid(start, navne[0])
    e = _kraev_tid(slut, navne[1])
    s_us, e_us = _us(s), _us(e)
    if e_us < s_us:
        raise PeriodeFejl(
            f"{navne[1]}: fik {e.isoformat()}, som er før {navne[0]} {s.isoformat()}; "
            f"accepterer et sluttidspunkt samme tid som eller efter {navne[0]}"
        )
    if e_us - s_us > _MAKS_US:
        raise PeriodeFejl(
            f"{navne[1]}: fik {e.isoformat()}, mere end {MAKS_VARIGHED.days} døgn efter "
            f"{navne[0]} {s.isoformat()}; accepterer et forløb på højst {MAKS_VARIGHED.days} "
            "døgn (to år) — del længere perioder i flere forløb"
        )
    return s, e, s_us, e_us


def _prisfordeling(
    s_us: int, e_us: int, tabeller: Taksttabel | Takstregister, kal: Kalender
) -> tuple[list[tuple[Taksttabel, list[int]]], list[int]]:
    rum = [0, 0, 0]
    dele: list[tuple[Taksttabel, list[int]]] = []
    for a, b, tabel in _tabelstykker(s_us, e_us, tabeller):
        kat = [0] * 7
        _fordel(a, b, kal, kat, rum)
        dele.append((tabel, kat))
    return dele, rum


def beregn_ledsagelse(
    start: datetime | str,
    slut: datetime | str,
    *,
    takster: Taksttabel | Takstregister | os.PathLike[str] | None = None,
    kalender: Kalender | None = None,
) -> Ledsagelsesberegning:
    """Prisen for ledsagelse fra `start` til `slut` efter timetaksterne (Afregning).

    Tiden er reel forløbet tid; hver time lægges i den kategori, dens lokale tidspunkt
    hører til (se `takstkategori`). Der dannes én linje pr. kategori og takstniveau;
    linjens beløb afrundes halvt op til øre, og totalen er summen af linjerne
    (fortolkningsloggen LED-04).

    `takster` er en `Taksttabel` (gælder kun sin egen periode; `uden_datograense()` for alle
    datoer), et `Takstregister` (tabellen vælges efter hver times lokale dato), en takstfil
    som `pathlib.Path` (se `indlaes_takster`) eller `None` (standardregistret med
    2019-tabellen). `anvendte_parametre` lister hver brugt takst med periode og kilde.
    Dækker ingen tabel en del af perioden, rejses `ManglendeTakstFejl` — der bruges aldrig
    stiltiende 2019-priser for et andet år.
    """
    tabeller = _kraev_takster(takster)
    kal = kraev_kalender(kalender)
    s, e, s_us, e_us = _kraev_periode(start, slut)
    dele, rum = _prisfordeling(s_us, e_us, tabeller, kal)
    linjer: list[Takstlinje] = []
    for tabel, kat in dele:
        for i, us in enumerate(kat):
            if us:
                takst = tabel.takster[i]
                linjer.append(
                    Takstlinje(
                        kategori=_KATEGORIER[i],
                        niveau=tabel.niveau,
                        varighed=timedelta(microseconds=us),
                        timer=_timer(us),
                        takst=takst,
                        beloeb=_beloeb(us, tabel, i),
                    )
                )
    total = sum((linje.beloeb for linje in linjer), _NUL_KR)
    niveauer = tuple(dict.fromkeys(tabel.niveau for tabel, _ in dele))
    sl, el = s.astimezone(KOEBENHAVN), e.astimezone(KOEBENHAVN)
    timer = _timer(e_us - s_us)
    fortolkninger = _periodens_laesninger(s_us, e_us, tabeller, dele, kal)
    fordeling = "; ".join(f"{linje.kategori.value} {_t(linje.timer)} t" for linje in linjer)
    begrundelse = (
        f"Ledsagelsen fra {sl:%d.%m.%Y kl. %H:%M} til {el:%d.%m.%Y kl. %H:%M} varer {_t(timer)} "
        f"timer ({fordeling or 'ingen timer'}) og koster {_kr(total)} efter "
        f"{', '.join(niveauer)}." + _laesningstekst(fortolkninger)
    )
    kilder = [KILDE_TAKSTTABEL, KILDE_TIDSRUM]
    if any(t.kilde is KILDE_REGULERING for t, _ in dele):
        kilder.append(KILDE_REGULERING)
    return Ledsagelsesberegning(
        start=sl,
        slut=el,
        varighed=timedelta(microseconds=e_us - s_us),
        timer=timer,
        linjer=tuple(linjer),
        total=total,
        niveauer=niveauer,
        timer_dag=_timer(rum[0]),
        timer_aften=_timer(rum[1]),
        timer_nat=_timer(rum[2]),
        begrundelse=begrundelse,
        kilder=tuple(kilder),
        fortolkninger=fortolkninger,
        anvendte_parametre=tuple(
            tabel._parametre[i] for tabel, kat in dele for i, us in enumerate(kat) if us
        ),
    )


_30_DOEGN_US = 30 * _US_PR_DOEGN


def _krydser_sommertid(s_us: int, e_us: int) -> bool:
    """Om [s, e) indeholder et skift mellem vinter- og sommertid i København.

    Skiftene ligger mindst fem måneder fra hinanden, så offsettet prøves hver 30. dag.
    """
    punkter = [*range(s_us, e_us, _30_DOEGN_US), e_us]
    offsets = {_fra_us(p).utcoffset() for p in punkter}
    return len(offsets) > 1


def _periodens_laesninger(
    s_us: int,
    e_us: int,
    tabeller: Taksttabel | Takstregister,
    dele: list[tuple[Taksttabel, list[int]]],
    kal: Kalender,
) -> tuple[str, ...]:
    """De læsninger i fortolkningsloggen, som prisen for [s, e) faktisk afhænger af."""
    ider: list[str] = []
    if e_us <= s_us:
        return ()
    foerste = _fra_us(s_us).date()
    sidste = _fra_us(e_us - 1).date()
    nat = helligdag = False
    d = foerste - timedelta(days=1)
    while d <= sidste:
        n = d + timedelta(days=1)
        if not nat and _lokal_us(n, 0) < e_us and s_us < _lokal_us(n, 6):
            nat = _nat_laesning_afgoer(n, kal)
        if not helligdag and _lokal_us(d, 6) < e_us and s_us < _lokal_us(n, 6):
            helligdag = _helligdag_gaar_forud(d, kal)
        d = n
    if nat:
        ider.append(LED_NAT)
    if helligdag:
        ider.append(LED_HELLIGDAG)
    if _krydser_sommertid(s_us, e_us):
        ider.append(LED_SOMMERTID)
    if any(_afrundes(us, tabel, i) for tabel, kat in dele for i, us in enumerate(kat) if us):
        ider.append(LED_AFRUNDING)
    if any(
        tabel.kilde in (KILDE_TAKSTTABEL, KILDE_REGULERING) and any(kat[1:]) for tabel, kat in dele
    ):
        ider.append(LED_OFFENTLIGGJORTE)
    if any(tabel.kilde == KILDE_REGULERING for tabel, _ in dele):
        ider.append(LED_FREMSKRIVNING)
    if isinstance(tabeller, Takstregister) and any(tabel == TAKSTER_2019 for tabel, _ in dele):
        ider.append(LED_2019)
    return tuple(ider)


def _afrundes(us: int, tabel: Taksttabel, i: int) -> bool:
    """Om linjebeløbet for `us` mikrosekunder i kategori `i` ikke er et helt antal øre."""
    return (us * tabel._oere_int[i]) % _US_PR_TIME != 0


# --------------------------------------------------------------------------- batch

_KOLONNER_TIMER = tuple(f"timer_{k.name}" for k in _KATEGORIER)
_KOLONNER_BELOEB = tuple(f"beloeb_{k.name}" for k in _KATEGORIER)


_NULPOST: dict[str, Any] = {
    "raekke": None,
    "start": None,
    "slut": None,
    "niveau": None,
    "timer": None,
    **dict.fromkeys(_KOLONNER_TIMER, _NUL_TIMER),
    **dict.fromkeys(_KOLONNER_BELOEB, _NUL_KR),
    "total": None,
    "fejl": None,
}
"""Skabelonen for en batchpost; nøglernes rækkefølge er den samme i alle poster."""


def _tom_post(raekke: int) -> dict[str, Any]:
    post: dict[str, Any] = {"raekke": raekke, "start": None, "slut": None, "niveau": None}
    post["timer"] = None
    for kol in _KOLONNER_TIMER:
        post[kol] = None
    for kol in _KOLONNER_BELOEB:
        post[kol] = None
    post["total"] = None
    post["fejl"] = None
    return post


def _udpak_episode(episode: object) -> tuple[object, object]:
    if isinstance(episode, Mapping):
        try:
            return episode["start"], episode["slut"]
        except KeyError:
            raise UgyldigVaerdiFejl(
                f"episode: fik en mapping uden 'start' og 'slut' ({vis(sorted(map(str, episode)))})"
                "; accepterer {'start': ..., 'slut': ...} eller (start, slut)"
            ) from None
        except Exception as fejl:  # en defekt mapping
            raise UgyldigVaerdiFejl(f"episode: kunne ikke læses ({fejl})") from None
    if isinstance(episode, list | tuple) and len(episode) == 2:
        return episode[0], episode[1]
    raise UgyldigTypeFejl(
        f"episode: fik {vis(episode)}; accepterer {{'start': ..., 'slut': ...}} eller (start, slut)"
    )


def beregn_mange(
    episoder: Iterable[Mapping[str, object] | tuple[Tidspunkt, Tidspunkt]],
    *,
    takster: Taksttabel | Takstregister | os.PathLike[str] | None = None,
    kalender: Kalender | None = None,
) -> Iterator[dict[str, Any]]:
    """Pris for mange ledsagelsesepisoder som en strøm af simple poster (konstant hukommelse).

    Bibliotekets ene batchkontrakt er `forloebsregler.batch` (`batch.ledsagelse`: mappings
    ind, flade rækker ud, `id` og ubrugte kolonner ført igennem); denne funktion er områdets
    hurtige, strømmende genvej til de samme beløb og følger kontraktens konventioner for
    rækkenumre og manglende værdier.

    Hver episode er `{"start": ..., "slut": ...}` eller `(start, slut)`. `None`, NaN og tom
    tekst i `start` eller `slut` betyder »ikke oplyst« og giver en fejl i rækken. Hver post har
    `raekke` (1-baseret, som i `forloebsregler.batch` og på kommandolinjen),
    `start`/`slut` som ISO-tekst i dansk tid, `niveau`, `timer`,
    `timer_<KATEGORI>` og `beloeb_<KATEGORI>` for alle syv kategorier, `total` og `fejl`
    (`None`, eller fejlbeskeden for en ugyldig række — batchen fortsætter). Beløbene er
    de samme som `beregn_ledsagelse` giver; en episode over to takstniveauer får niveauerne
    adskilt af komma og kategoribeløb summeret over niveauerne.
    """
    tabeller = _kraev_takster(takster)
    kal = kraev_kalender(kalender)
    if isinstance(episoder, str | bytes | Mapping) or not isinstance(episoder, Iterable):
        raise UgyldigTypeFejl(
            f"episoder: fik {vis(episoder)}; accepterer en iterable af episoder "
            "({'start': ..., 'slut': ...} eller (start, slut))"
        )
    try:
        iterator = iter(episoder)
    except Exception:
        raise UgyldigTypeFejl(
            f"episoder: fik {vis(episoder)}, som ikke kan gennemløbes; accepterer en iterable"
        ) from None
    return _stroem(iterator, tabeller, kal)


def _fordel_kategorier(
    start_us: int,
    slut_us: int,
    kalender: Kalender,
    kat: list[int],
    cache: dict[int, tuple[tuple[int, int, int, int], ...]],
) -> None:
    """Som `_fordel`, men kun pr. kategori og med batchens egen døgncache."""
    t = start_us
    while t < slut_us:
        dag = t // _US_PR_DOEGN
        dagslut = (dag + 1) * _US_PR_DOEGN
        graense = slut_us if slut_us < dagslut else dagslut
        segmenter = cache.get(dag)
        if segmenter is None:
            if len(cache) > 50_000:  # hold hukommelsen konstant ved meget lange tidsspænd
                cache.clear()
            segmenter = cache[dag] = _segmenter(kalender, dag)
        for a, b, k, _r in segmenter:
            if b <= t:
                continue
            if a >= graense:
                break
            kat[k] += (b if b < graense else graense) - (a if a > t else t)
        t = graense


def _stroem(
    episoder: Iterable[object], tabeller: Taksttabel | Takstregister, kal: Kalender
) -> Iterator[dict[str, Any]]:
    cache: dict[int, tuple[tuple[int, int, int, int], ...]] = {}
    sidste = tabeller if isinstance(tabeller, Taksttabel) else None
    for raekke, episode in enumerate(episoder, start=1):
        try:
            if type(episode) is tuple and len(episode) == 2:
                start, slut = episode
            else:
                start, slut = _udpak_episode(episode)
            if type(start) is datetime and type(slut) is datetime:
                try:  # hurtig vej: naive tidspunkter giver TypeError og tages af valideringen
                    s, e, s_us, e_us = start, slut, _us(start), _us(slut)
                except Exception:
                    s, e, s_us, e_us = _kraev_periode(start, slut)
                if e_us < s_us or s_us < _MIN_US or e_us > _MAX_US or e_us - s_us > _MAKS_US:
                    s, e, s_us, e_us = _kraev_periode(start, slut)
            else:
                s, e, s_us, e_us = _kraev_periode(start, slut)
            if sidste is not None and sidste._fra_us <= s_us < sidste._til_us >= e_us:
                stykker = [(s_us, e_us, sidste)]
            else:
                stykker = _tabelstykker(s_us, e_us, tabeller)
                sidste = stykker[-1][2]
        except ForloebsreglerFejl as fejl:
            post = _tom_post(raekke)
            post["fejl"] = str(fejl)
            yield post
            continue
        except Exception as fejl:  # en defekt række må ikke stoppe batchen
            post = _tom_post(raekke)
            post["fejl"] = f"episode: kunne ikke læses ({type(fejl).__name__}: {fejl})"
            yield post
            continue
        post = _NULPOST.copy()  # nul i alle kategorier; kun de brugte udfyldes
        post["raekke"] = raekke
        post["start"] = (s if s.tzinfo is KOEBENHAVN else s.astimezone(KOEBENHAVN)).isoformat()
        post["slut"] = (e if e.tzinfo is KOEBENHAVN else e.astimezone(KOEBENHAVN)).isoformat()
        post["timer"] = _timer(e_us - s_us)
        if len(stykker) == 1:
            # hurtig vej: heltalsregning i øre (samme resultat som _beloeb)
            tabel = stykker[0][2]
            post["niveau"] = tabel.niveau
            kat = [0, 0, 0, 0, 0, 0, 0]
            _fordel_kategorier(s_us, e_us, kal, kat, cache)
            oere_pr_time = tabel._oere_int
            total_oere = 0
            for i, us in enumerate(kat):
                if us:
                    n = (us * oere_pr_time[i] * 2 + _US_PR_TIME) // _TO_TIMER_US
                    total_oere += n
                    post[_KOLONNER_TIMER[i]] = Decimal((us + 180_000) // 360_000).scaleb(-4)
                    post[_KOLONNER_BELOEB[i]] = Decimal(n).scaleb(-2)
            post["total"] = Decimal(total_oere).scaleb(-2)
        else:
            post["niveau"] = ", ".join(dict.fromkeys(t.niveau for _, _, t in stykker))
            beloeb = [_NUL_KR] * 7
            samlet = [0] * 7
            for a, b, tabel in stykker:
                kat = [0] * 7
                _fordel_kategorier(a, b, kal, kat, cache)
                for i, us in enumerate(kat):
                    if us:
                        beloeb[i] += _beloeb(us, tabel, i)
                        samlet[i] += us
            for i in range(7):
                post[_KOLONNER_TIMER[i]] = _timer(samlet[i])
                post[_KOLONNER_BELOEB[i]] = beloeb[i]
            post["total"] = sum(beloeb, _NUL_KR)
        yield post


# --------------------------------------------------------------------------- fire timer

FIRE_TIMER = timedelta(hours=4)
"""Fristen for sygehusets vurdering i akutte forløb (Akutte forløb): fire reelle timer."""


def vurderingsfrist(ankomst: datetime | str) -> datetime:
    """Senest hvornår sygehuset skal have vurderet behovet for fortsat ledsagelse (akut).

    Fristen er fire reelle timer efter ankomsten (ved vagtlæge: ankomsten til
    akutmodtagelsen), regnet i UTC og vist i dansk tid — en sommertidsnat forskyder
    ikke fristen.
    """
    a = _kraev_tid(ankomst, "ankomst")
    return (a.astimezone(UTC) + FIRE_TIMER).astimezone(KOEBENHAVN)


# --------------------------------------------------------------------------- kilometer


_KM_SERIE: Parameterserie = serie_af(
    "lav kilometertakst", _DATA["lav_kilometertakst"], enhed="kr./km"
)
"""Statens lave kilometertakst som dateret serie fra `data/ledsagelse.toml` (LED-13)."""

LAV_KILOMETERTAKST: tuple[tuple[date, Decimal], ...] = tuple(
    (v.gyldig_fra, v.vaerdi) for v in _KM_SERIE.vaerdier if v.gyldig_fra is not None
)
"""Statens lave kilometertakst (kr./km for kørsel ud over 20.000 km om året), som Skatterådet
fastsætter den for hvert år (fra 1.5.2022 midt i året), som (gyldig fra, sats).

Tallene ligger i pakkedatafilen `data/ledsagelse.toml` med periode og kilde. Kilderne nævner
kun »lav kilometertakst«; satserne står ikke i dem. Hver sats gælder fra sin dato til den
næste; den sidste til og med 31.12.2026 (fortolkningsloggen LED-13)."""

_SIDSTE_KM_DATO = _KM_SERIE.sidste_dag


@attrs.frozen
class Kilometersats(Resultat):
    """Den lave kilometertakst, der gælder en dato."""

    dato: date
    sats: Decimal
    gyldig_fra: date
    begrundelse: str
    kilder: tuple[Kilde, ...]
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """Satsen som dateret parameter (værdi, periode og kilde)."""


def kilometersats(dato: date | datetime | str) -> Kilometersats:
    """Den lave kilometertakst for en lokal dato; `ManglendeTakstFejl` uden kendt sats."""
    dag = _dato_af(dato, "dato")
    parameter = _KM_SERIE.for_dato(dag)
    if parameter is None:
        raise ManglendeTakstFejl(
            f"dato: ingen kendt lav kilometertakst for {dag.isoformat()}; kendte satser gælder "
            f"{LAV_KILOMETERTAKST[0][0].isoformat()}–{_SIDSTE_KM_DATO.isoformat()}; giv satsen "
            "direkte med sats="
        )
    fra, sats = parameter.gyldig_fra, parameter.vaerdi
    assert fra is not None
    return Kilometersats(
        dato=dag,
        sats=sats,
        gyldig_fra=fra,
        begrundelse=(
            f"Den lave kilometertakst den {dag:%d.%m.%Y} er {str(sats).replace('.', ',')} kr./km "
            f"(gældende fra {fra:%d.%m.%Y})."
        ),
        kilder=(KILDE_KILOMETER,),
        anvendte_parametre=(parameter,),
    )


def _dato_af(vaerdi: object, navn: str) -> date:
    if isinstance(vaerdi, datetime):
        return _kraev_tid(vaerdi, navn).astimezone(KOEBENHAVN).date()
    if isinstance(vaerdi, str) and ("T" in vaerdi or " " in vaerdi.strip()):
        return _kraev_tid(vaerdi, navn).astimezone(KOEBENHAVN).date()
    return _kraev_dag(vaerdi, navn)


@attrs.frozen
class Kilometergodtgoerelse(Resultat):
    """Befordringsgodtgørelse til ledsager: kilometer × lav kilometertakst."""

    kilometer: Decimal
    sats: Decimal
    beloeb: Decimal
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """``("LED-13",)``, når satsen er taget fra `LAV_KILOMETERTAKST`."""
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """Satsen som parameter: fra datafilen med periode og kilde, eller givet med `sats=`."""


def beregn_kilometergodtgoerelse(
    kilometer: Decimal | int | str,
    dato: date | datetime | str,
    *,
    sats: Decimal | int | str | None = None,
) -> Kilometergodtgoerelse:
    """Kilometer × lav kilometertakst på datoen (eller `sats`), afrundet halvt op til øre.

    `sats` er kroner pr. km med højst to decimaler. Uden `sats` bruges statens lave
    kilometertakst fra `LAV_KILOMETERTAKST` (fortolkningsloggen LED-13).
    """
    km = _valgfri_km(kilometer, "kilometer")
    if sats is None:
        ks = kilometersats(dato)
        s = ks.sats
        fortolkninger: tuple[str, ...] = (LED_KM_SATS,)
        parametre = ks.anvendte_parametre
    else:
        _dato_af(dato, "dato")
        s = _kraev_kroner(sats, "sats", maks_vaerdi=1000)
        fortolkninger = ()
        parametre = (
            DateretParameter(
                navn="lav kilometertakst",
                vaerdi=s,
                enhed="kr./km",
                gyldig_fra=None,
                gyldig_til=None,
                kilde="givet af kalderen (sats=)",
            ),
        )
    beloeb = (km * s).quantize(_OERE, ROUND_HALF_UP) + _NUL_KR
    return Kilometergodtgoerelse(
        kilometer=km,
        sats=s,
        beloeb=beloeb,
        begrundelse=f"{_tal(km)} km à {_t(s)} kr. (lav kilometertakst) giver {_kr(beloeb)}"
        + _laesningstekst(fortolkninger),
        kilder=(KILDE_KM_TIL_OG_FRA, KILDE_KILOMETER),
        fortolkninger=fortolkninger,
        anvendte_parametre=parametre,
    )


# --------------------------------------------------------------------------- afregning


class Forloebstype(Enum):
    """Akut eller planlagt behandlingsforløb (Standardkontrakt punkt 5)."""

    AKUT = "Akut behandling/undersøgelse"
    PLANLAGT = "Planlagt behandling/undersøgelse"


class Betaler(Enum):
    """Hvem der betaler en post."""

    SYGEHUS = "sygehuset"
    KOMMUNE = "kommunen"
    KAN_IKKE_AFGOERES = "kan ikke afgøres"


class IngenKontrakt(Enum):
    """Det udtrykkelige svar »der er ikke indgået kontrakt« til `afregn_forloeb`.

    `kontrakt_indgaaet=None` betyder *ukendt* (ikke oplyst), ikke »ingen kontrakt«
    (fortolkningsloggen LED-22).
    """

    INGEN_KONTRAKT = "ingen kontrakt"


INGEN_KONTRAKT = IngenKontrakt.INGEN_KONTRAKT
"""Giv `kontrakt_indgaaet=INGEN_KONTRAKT`, når det vides, at der ikke er indgået kontrakt."""


@attrs.frozen
class Udgiftspost(Resultat):
    """Én post i afregningen af et forløb: tid, kørsel, parkering eller taxa."""

    beskrivelse: str
    betaler: Betaler
    beloeb: Decimal
    fra: datetime | None = None
    til: datetime | None = None
    linjer: tuple[Takstlinje, ...] = ()
    kilde: Kilde | None = None
    fortolkninger: tuple[str, ...] = ()
    """Fortolkningslogens afsnit, postens betaler eller beløb hviler på."""
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """De daterede tal (takster, kilometersats), postens beløb er regnet med."""


@attrs.frozen
class Forloebsafregning(Resultat):
    """Et helt ledsagelsesforløb afregnet post for post med betaler."""

    forloebstype: Forloebstype
    poster: tuple[Udgiftspost, ...]
    total_sygehus: Decimal
    total_kommune: Decimal
    total_kan_ikke_afgoeres: Decimal
    vurderingsfrist: datetime | None
    frist_overskredet: bool | None
    beloeb_efter_frist: Decimal
    """Beløbet for tid efter fristen og før kontrakten; kommunen betaler det stadig."""
    bemaerkninger: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """Fortolkningslogens afsnit, afregningen hviler på (fx ``("LED-08", "LED-10")``)."""
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """Alle daterede tal, afregningen har brugt (hver én gang), så den kan genberegnes."""


def _valgfri_aware(vaerdi: object, navn: str) -> datetime | None:
    return None if vaerdi is None else _kraev_tid(vaerdi, navn)


def _valgfri_km(vaerdi: object, navn: str) -> Decimal:
    """Kilometer ≥ 0 uden eksponent og uden `-0` (fx ``Decimal("1E+1")`` → ``10``)."""
    km = kraev_decimal(vaerdi, navn, min_vaerdi=0, maks_vaerdi=_MAKS_BELOEB)
    return (km.quantize(Decimal(1)) if km == km.to_integral_value() else km) + 0


def afregn_forloeb(
    forloebstype: ForloebstypeArg,
    afgang_hjem: datetime | str,
    hjemkomst: datetime | str,
    *,
    kontrakt_indgaaet: datetime | str | IngenKontrakt | None = INGEN_KONTRAKT,
    ankomst: datetime | str | None = None,
    foerst_vagtlaege: bool = False,
    km_til_sygehus: Decimal | int | str = 0,
    km_hjem: Decimal | int | str = 0,
    km_vagtskifte: Decimal | int | str = 0,
    km_sats: Decimal | int | str | None = None,
    parkering: Decimal | int | str = 0,
    parkering_paakraevet: bool | None = None,
    taxa: Decimal | int | str = 0,
    taxa_saerlig_situation: bool | None = None,
    takster: Taksttabel | Takstregister | os.PathLike[str] | None = None,
    kalender: Kalender | None = None,
) -> Forloebsafregning:
    """Afregn et helt forløb: hvem betaler hvilken tid og hvilke udgifter.

    - Tiden regnes fra `afgang_hjem` (transporten påbegyndes fra bopælen) til `hjemkomst`
      og prissættes med `beregn_ledsagelse` (højst `MAKS_VARIGHED`).
    - Planlagt forløb med kontrakt indgået senest ved afgang: sygehuset betaler hele tiden.
      Er kontrakten indgået efter afgang, er tiden før kontrakten (og kørslen til sygehuset)
      en særskilt post, hvis betaler ikke kan afgøres: kilderne kræver kontrakten forud og
      siger ikke, hvem der betaler timerne før den (fortolkningsloggen LED-11).
      Uden kontrakt (`INGEN_KONTRAKT`, standard): kommunen.
    - `kontrakt_indgaaet=None` betyder, at det ikke er oplyst, om og hvornår der er indgået
      kontrakt: betaleren af tiden (i et akut forløb: fra ankomsten), af kørslen og af
      udgifter, der følger kontrakten, kan ikke afgøres (fortolkningsloggen LED-22).
    - Akut forløb: kommunen betaler til `kontrakt_indgaaet`, sygehuset derefter — men aldrig
      for transporten til sygehuset: tiden fra afgang til `ankomst` og kilometrene dertil
      afregnes ikke til sygehuset, uanset hvornår kontrakten er indgået (LED-10). Fristen
      for sygehusets vurdering er fire timer efter `ankomst` (ved `foerst_vagtlaege`: ankomst
      til akutmodtagelsen). Kommer kontrakten efter fristen, oplyses det og beløbet mellem
      frist og kontrakt — betaleren ændres ikke (LED-08).
    - Kørsel med lav kilometertakst (`km_sats` eller satsen på afgangsdatoen); hjemturen og
      vagtskifte betales af sygehuset ved kontrakt, ellers af kommunen. P-afgift afregnes,
      når betaling er påkrævet; taxa kun i særlige situationer — taxa uden for en særlig
      situation har ingen kendt betaler.
    Ukendte forhold (fx `taxa_saerlig_situation=None`) giver betaler `KAN_IKKE_AFGOERES`.

    Beløb (`parkering`, `taxa`, `km_sats`) er kroner med højst to decimaler; alle beløb i
    resultatet er kvantiseret til øre. `fortolkninger` nævner de læsninger i
    fortolkningsloggen, svaret hviler på.
    """
    typ = kraev_enum(Forloebstype, forloebstype, "forloebstype")
    tabeller = _kraev_takster(takster)
    kal = kraev_kalender(kalender)
    s, e, s_us, e_us = _kraev_periode(afgang_hjem, hjemkomst, ("afgang_hjem", "hjemkomst"))
    kontrakt_ukendt = kontrakt_indgaaet is None
    k = (
        None
        if kontrakt_indgaaet is None or kontrakt_indgaaet is INGEN_KONTRAKT
        else _kraev_tid(kontrakt_indgaaet, "kontrakt_indgaaet")
    )
    a = _valgfri_aware(ankomst, "ankomst")
    vagtlaege = kraev_bool(foerst_vagtlaege, "foerst_vagtlaege")
    km_ud = _valgfri_km(km_til_sygehus, "km_til_sygehus")
    km_ind = _valgfri_km(km_hjem, "km_hjem")
    km_skift = _valgfri_km(km_vagtskifte, "km_vagtskifte")
    p_beloeb = _kraev_kroner(parkering, "parkering")
    p_kraevet = kraev_valgfri_bool(parkering_paakraevet, "parkering_paakraevet")
    taxa_beloeb = _kraev_kroner(taxa, "taxa")
    taxa_saerlig = kraev_valgfri_bool(taxa_saerlig_situation, "taxa_saerlig_situation")
    if a is not None and not s_us <= _us(a) <= e_us:
        raise PeriodeFejl(
            f"ankomst: fik {a.isoformat()}, som ligger uden for forløbet {s.isoformat()} – "
            f"{e.isoformat()}; accepterer et tidspunkt mellem afgang_hjem og hjemkomst"
        )
    if typ is Forloebstype.AKUT and a is None:
        raise UgyldigVaerdiFejl(
            "ankomst: fik None; et akut forløb kræver ankomsttidspunktet (ved vagtlæge: "
            "ankomst til akutmodtagelsen) for at regne firetimersfristen"
        )
    k_us = e_us if k is None else min(max(_us(k), s_us), e_us)
    sats = None if km_sats is None else _kraev_kroner(km_sats, "km_sats", maks_vaerdi=1000)

    kontrakt: bool | None = None if kontrakt_ukendt else k is not None
    poster: list[Udgiftspost] = []
    bemaerkninger: list[str] = []
    kilder: list[Kilde] = [KILDE_TAKSTTABEL, KILDE_BETALINGSPERIODE]
    fortolkninger: list[str] = []

    def tid(
        fra_us: int,
        til_us: int,
        betaler: Betaler,
        tekst: str,
        kilde: Kilde,
        laesninger: tuple[str, ...] = (),
    ) -> None:
        if til_us <= fra_us:
            return
        ber = beregn_ledsagelse(_fra_us(fra_us), _fra_us(til_us), takster=tabeller, kalender=kal)
        ider = tuple(sorted({*laesninger, *ber.fortolkninger}))
        fortolkninger.extend(ider)
        poster.append(
            Udgiftspost(
                beskrivelse=tekst,
                betaler=betaler,
                beloeb=ber.total,
                fra=ber.start,
                til=ber.slut,
                linjer=ber.linjer,
                kilde=kilde,
                fortolkninger=ider,
                anvendte_parametre=ber.anvendte_parametre,
            )
        )

    frist: datetime | None = None
    overskredet: bool | None = None
    efter_frist = _NUL_KR
    sen_planlagt = typ is Forloebstype.PLANLAGT and kontrakt is True and k_us > s_us
    if kontrakt is None:
        fortolkninger.append(LED_UKENDT_KONTRAKT)
        bemaerkninger.append(
            "Det er ikke oplyst, om og hvornår der er indgået kontrakt (kontrakt_indgaaet=None), "
            "så betaleren af tiden"
            + (" fra ankomsten" if typ is Forloebstype.AKUT else "")
            + " og af kørsel og udgifter, der følger kontrakten, kan ikke afgøres "
            "(fortolkningsloggen LED-22); giv INGEN_KONTRAKT, hvis der ikke er indgået kontrakt."
        )
    if typ is Forloebstype.PLANLAGT:
        if kontrakt is None:
            tid(
                s_us,
                e_us,
                Betaler.KAN_IKKE_AFGOERES,
                "ledsagelse (ukendt, om og hvornår der er indgået kontrakt)",
                KILDE_BETALINGSPERIODE,
                (LED_UKENDT_KONTRAKT,),
            )
        elif kontrakt:
            tid(
                s_us,
                k_us,
                Betaler.KAN_IKKE_AFGOERES,
                "ledsagelse før kontrakten (planlagt, kontrakt indgået efter afgang)",
                KILDE_FORUD_FOR_PLANLAGT,
                (LED_SEN_KONTRAKT,),
            )
            tid(
                k_us,
                e_us,
                Betaler.SYGEHUS,
                "ledsagelse (planlagt, kontrakt)",
                KILDE_BETALINGSPERIODE,
            )
            kilder.append(KILDE_SYGEHUS_AFHOLDER)
            if sen_planlagt:
                kilder.append(KILDE_FORUD_FOR_PLANLAGT)
                bemaerkninger.append(
                    "Kontrakten er indgået efter afgang fra bopælen; aftalen skal indgås forud "
                    "for planlagt behandling, og kilderne siger ikke, hvem der betaler tiden "
                    "før kontrakten, så den betaler kan ikke afgøres (fortolkningsloggen LED-11)."
                )
        else:
            tid(s_us, e_us, Betaler.KOMMUNE, "ledsagelse uden kontrakt", KILDE_SKRIFTLIG_AFTALE)
            kilder.append(KILDE_SKRIFTLIG_AFTALE)
    else:
        assert a is not None
        a_us = _us(a)
        frist = vurderingsfrist(a)
        kilder.extend([KILDE_AKUT_FIRE_TIMER, KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT])
        if vagtlaege:
            kilder.append(KILDE_VAGTLAEGE)
        frist_us = _us(frist)
        if kontrakt is None:
            # Turen til sygehuset afregnes aldrig til sygehuset (LED-10); resten er ukendt.
            kilder.append(KILDE_AKUT_IKKE_TRANSPORT)
            tid(
                s_us,
                a_us,
                Betaler.KOMMUNE,
                "transport til sygehuset (akut, afregnes ikke)",
                KILDE_AKUT_IKKE_TRANSPORT,
                (LED_AKUT_TRANSPORT,),
            )
            tid(
                a_us,
                e_us,
                Betaler.KAN_IKKE_AFGOERES,
                "ledsagelse fra ankomsten (akut, ukendt, om og hvornår der er indgået kontrakt)",
                KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT,
                (LED_UKENDT_KONTRAKT,),
            )
        elif kontrakt:
            fortolkninger.append(LED_FODNOTE)
            sygehus_fra = max(k_us, a_us)
            if k_us < a_us:
                # Kontrakten før ankomsten: turen til sygehuset afregnes alligevel ikke.
                kilder.append(KILDE_AKUT_IKKE_TRANSPORT)
                tid(
                    s_us,
                    a_us,
                    Betaler.KOMMUNE,
                    "transport til sygehuset (akut, afregnes ikke)",
                    KILDE_AKUT_IKKE_TRANSPORT,
                    (LED_AKUT_TRANSPORT,),
                )
            else:
                tid(
                    s_us,
                    k_us,
                    Betaler.KOMMUNE,
                    "ledsagelse før kontrakt (akut)",
                    KILDE_KOMMUNEN_BETALER_TIL_KONTRAKT,
                    (LED_FODNOTE,),
                )
            tid(
                sygehus_fra,
                e_us,
                Betaler.SYGEHUS,
                "ledsagelse efter kontrakt (akut)",
                KILDE_BETALINGSPERIODE,
            )
            overskredet = k_us > frist_us
            if overskredet:
                efter_frist = beregn_ledsagelse(
                    frist, _fra_us(k_us), takster=tabeller, kalender=kal
                ).total
                bemaerkninger.append(
                    f"Kontrakten kom efter fristen {frist:%d.%m.%Y kl. %H:%M}; tiden efter "
                    f"fristen ({_kr(efter_frist)}) betales efter aftalen stadig af kommunen "
                    "(fortolkningsloggen LED-08)."
                )
                kilder.append(KILDE_HOERING_FIRE_TIMER)
                fortolkninger.append(LED_FIRE_TIMER)
        else:
            tid(s_us, e_us, Betaler.KOMMUNE, "ledsagelse uden kontrakt", KILDE_SKRIFTLIG_AFTALE)
            # Uden kontrakt fremgår det ikke, om sygehuset vurderede behovet i tide.
            overskredet = None

    dato = s.astimezone(KOEBENHAVN).date()

    def km_post(
        km: Decimal, tekst: str, betaler: Betaler, kilde: Kilde, laesninger: tuple[str, ...] = ()
    ) -> None:
        if km == 0:
            return
        g = beregn_kilometergodtgoerelse(km, dato, sats=sats)
        ider = laesninger if sats is not None else (*laesninger, LED_KM_SATS)
        fortolkninger.extend(ider)
        poster.append(
            Udgiftspost(
                beskrivelse=tekst,
                betaler=betaler,
                beloeb=g.beloeb,
                kilde=kilde,
                fortolkninger=ider,
                anvendte_parametre=g.anvendte_parametre,
            )
        )

    ukendt: tuple[str, ...] = (LED_UKENDT_KONTRAKT,) if kontrakt is None else ()
    if km_ud or km_ind or km_skift:
        kilder.append(KILDE_KILOMETER)
    if km_ind or km_skift:
        kilder.append(KILDE_KM_TIL_OG_FRA)
    if typ is Forloebstype.AKUT:
        if km_ud:
            kilder.append(KILDE_AKUT_IKKE_TRANSPORT)
        km_post(
            km_ud,
            "kørsel bopæl → sygehus (akut, afregnes ikke)",
            Betaler.KOMMUNE,
            KILDE_AKUT_IKKE_TRANSPORT,
            (LED_AKUT_TRANSPORT,),
        )
    elif sen_planlagt:
        km_post(
            km_ud,
            "kørsel bopæl → sygehus (før kontrakten)",
            Betaler.KAN_IKKE_AFGOERES,
            KILDE_FORUD_FOR_PLANLAGT,
            (LED_SEN_KONTRAKT,),
        )
    else:
        km_post(km_ud, "kørsel bopæl → sygehus", _betaler(kontrakt), KILDE_KILOMETER, ukendt)
    km_post(km_skift, "kørsel ved vagtskifte", _betaler(kontrakt), KILDE_KILOMETER, ukendt)
    km_post(km_ind, "kørsel sygehus → bopæl", _betaler(kontrakt), KILDE_KM_TIL_OG_FRA, ukendt)
    if p_beloeb:
        kilder.append(KILDE_PARKERING)
        p_ider: tuple[str, ...]
        if p_kraevet is None:
            p_betaler, p_ider = Betaler.KAN_IKKE_AFGOERES, ()
        elif p_kraevet:
            p_betaler, p_ider = _betaler(kontrakt), ukendt
        else:
            p_betaler, p_ider = Betaler.KOMMUNE, (LED_KOERSEL,)
        fortolkninger.extend(p_ider)
        poster.append(
            Udgiftspost(
                "P-afgift på sygehus",
                p_betaler,
                p_beloeb,
                kilde=KILDE_PARKERING,
                fortolkninger=p_ider,
            )
        )
    if taxa_beloeb:
        kilder.append(KILDE_TAXA)
        t_ider: tuple[str, ...] = ()
        if taxa_saerlig:
            t_betaler, t_ider = _betaler(kontrakt), ukendt
            fortolkninger.extend(t_ider)
        else:
            t_betaler = Betaler.KAN_IKKE_AFGOERES
            bemaerkninger.append(
                "Taxa kan udelukkende benyttes i særlige situationer; "
                + (
                    "det er ikke oplyst, om der var en særlig situation"
                    if taxa_saerlig is None
                    else "uden en særlig situation siger kilderne ikke, hvem der betaler"
                )
                + ", så betaleren af taxaen kan ikke afgøres."
            )
        poster.append(
            Udgiftspost(
                "taxa (hjemtransport)",
                t_betaler,
                taxa_beloeb,
                kilde=KILDE_TAXA,
                fortolkninger=t_ider,
            )
        )

    totaler = {b: sum((p.beloeb for p in poster if p.betaler is b), _NUL_KR) for b in Betaler}
    ider = tuple(sorted(set(fortolkninger)))
    begrundelse = (
        f"{'Akut' if typ is Forloebstype.AKUT else 'Planlagt'} forløb "
        + (
            "med kontrakt"
            if kontrakt
            else "uden kontrakt"
            if kontrakt is False
            else "(uoplyst, om der er indgået kontrakt)"
        )
        + ": sygehuset betaler "
        f"{_kr(totaler[Betaler.SYGEHUS])}, kommunen {_kr(totaler[Betaler.KOMMUNE])}"
    )
    if totaler[Betaler.KAN_IKKE_AFGOERES]:
        begrundelse += f"; for {_kr(totaler[Betaler.KAN_IKKE_AFGOERES])} kan betaleren ikke afgøres"
    if not begrundelse.endswith("."):
        begrundelse += "."
    if frist is not None:
        begrundelse += f" Sygehusets frist for vurderingen var {frist:%d.%m.%Y kl. %H:%M}."
    begrundelse += _laesningstekst(ider)
    return Forloebsafregning(
        forloebstype=typ,
        poster=tuple(poster),
        total_sygehus=totaler[Betaler.SYGEHUS],
        total_kommune=totaler[Betaler.KOMMUNE],
        total_kan_ikke_afgoeres=totaler[Betaler.KAN_IKKE_AFGOERES],
        vurderingsfrist=frist,
        frist_overskredet=overskredet,
        beloeb_efter_frist=efter_frist,
        bemaerkninger=tuple(bemaerkninger),
        begrundelse=begrundelse,
        kilder=tuple(dict.fromkeys(kilder)),
        fortolkninger=ider,
        anvendte_parametre=tuple(dict.fromkeys(a for p in poster for a in p.anvendte_parametre)),
    )


def _betaler(kontrakt: bool | None) -> Betaler:
    if kontrakt is None:
        return Betaler.KAN_IKKE_AFGOERES
    return Betaler.SYGEHUS if kontrakt else Betaler.KOMMUNE


def _fra_us(us: int) -> datetime:
    return (_EPOKE + timedelta(microseconds=us)).astimezone(KOEBENHAVN)


# --------------------------------------------------------------------------- fakturering


@attrs.frozen
class Faktureringsvurdering(Resultat):
    """Om et forløb kan faktureres, og hvornår regningen bør være sendt."""

    kan_faktureres: bool | None
    """`None`: det kan ikke afgøres, fordi det er ukendt, om der er en skriftlig aftale."""
    anbefalet_senest: date
    """Tre måneder efter ledsagelsen (standardkontrakten henstiller det; ikke en skarp frist)."""
    regnskabsaar_slut: date
    rettidig: bool | None
    samme_regnskabsaar: bool | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = (LED_REGNSKABSAAR,)
    """Regnskabsår og tre måneder er en læsning (fortolkningsloggen LED-14)."""


def faktureringsvurdering(
    ledsagelse_slut: date | datetime | str,
    *,
    skriftlig_aftale: bool | None,
    fakturadato: date | datetime | str | None = None,
) -> Faktureringsvurdering:
    """Faktureringsreglerne: kun med skriftlig aftale; helst inden tre måneder og samme år.

    `skriftlig_aftale=None` (ukendt) giver `kan_faktureres=None`: det kan ikke afgøres.
    Regnskabsåret er kalenderåret (fortolkningsloggen LED-14).
    """
    slut = _dato_af(ledsagelse_slut, "ledsagelse_slut")
    aftale = kraev_valgfri_bool(skriftlig_aftale, "skriftlig_aftale")
    faktura = None if fakturadato is None else _dato_af(fakturadato, "fakturadato")
    if faktura is not None and faktura < slut:
        raise PeriodeFejl(
            f"fakturadato: fik {faktura.isoformat()}, som er før ledsagelsens slut "
            f"{slut.isoformat()}; accepterer en dato samme dag eller senere"
        )
    senest = slut + relativedelta(months=3)
    aarsslut = date(slut.year, 12, 31)
    rettidig = None if faktura is None else faktura <= senest
    samme_aar = None if faktura is None else faktura.year == slut.year
    if aftale is None:
        tekst = "Om der er en skriftlig aftale, er ikke oplyst, så det kan ikke afgøres"
    elif aftale:
        tekst = "Der er en skriftlig aftale, så forløbet kan faktureres"
    else:
        tekst = "Uden skriftlig aftale kan kommunen ikke fremsende regning"
    tekst += (
        f"; regningen bør sendes senest {senest:%d.%m.%Y} og så vidt muligt inden "
        f"{aarsslut:%d.%m.%Y}"
    )
    if faktura is not None:
        tekst += (
            f" — fakturadatoen {faktura:%d.%m.%Y} er "
            f"{'inden for' if rettidig else 'efter'} de tre måneder"
        )
    return Faktureringsvurdering(
        kan_faktureres=aftale,
        anbefalet_senest=senest,
        regnskabsaar_slut=aarsslut,
        rettidig=rettidig,
        samme_regnskabsaar=samme_aar,
        begrundelse=tekst + "." + _laesningstekst((LED_REGNSKABSAAR,)),
        kilder=(KILDE_SKRIFTLIG_AFTALE, KILDE_TRE_MAANEDER, KILDE_EN_BLANKET),
    )
