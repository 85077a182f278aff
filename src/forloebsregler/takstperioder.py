"""Ledsagelsens takstkategorier: hvilken timetakst et tidspunkt hører til.

Kilde: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling*, afsnittet **Afregning** (taksttabellen med kolonnerne
»Tidspunkter« og »Tilllæg« og linjen »Dag: Kl. 06-17 Aften: Kl. 17-23 Nat: Kl. 23-06«).

- De syv takstkategorier (`Takstkategori`) med det offentliggjorte tillæg
  (`TILLAEG_PROCENT`, fra `data/ledsagelse.toml`) og tidsrummene dag/aften/nat (`Tidsrum`).
- `takstkategori(tidspunkt)`: dag er kl. 06–17, aften/nat kl. 17–06; en aften/nat hører til
  den dag, den begynder på (fortolkningsloggen LED-01); søn- og helligdage går forud for
  hverdags- og lørdagskategorierne (LED-02) — grundreglen er `kategori_for`, de to
  læsninger er `nat_laesning_afgoer` og `helligdag_gaar_forud`.

Beløbene pr. kategori står i `forloebsregler.takster`; prisen for en periode regnes i
`forloebsregler.ledsagelsespris`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from enum import Enum
from types import MappingProxyType

import attrs

from forloebsregler._ledsagelse_grundlag import (
    LED_HELLIGDAG,
    LED_NAT,
    LEDSAGELSESDATA,
    kraev_tid,
    laesningstekst,
)
from forloebsregler._resultat import DovenResultat, DovenTekst
from forloebsregler.kalender import KOEBENHAVN, Kalender, kraev_kalender
from forloebsregler.kilder import SAMARBEJDSAFTALE_LEDSAGELSE, Kilde

__all__ = [
    "TILLAEG_PROCENT",
    "Takstkategori",
    "Tidspunktskategori",
    "Tidsrum",
    "takstkategori",
]

_AFSNIT_AFREGNING = "Afregning"
KILDE_TAKSTTABEL = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING,
    "Regionen afregner med følgende timetakster for ledsagelse under ophold på sygehuset "
    "(2019-niveau)",
)
KILDE_TIDSRUM = SAMARBEJDSAFTALE_LEDSAGELSE.kilde(
    _AFSNIT_AFREGNING, "Dag: Kl. 06-17 Aften: Kl. 17-23 Nat: Kl. 23-06"
)

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


_DATA_2019 = LEDSAGELSESDATA["timetakster"][0]

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


def kategori_for(grunddag: date, aften_nat: bool, kalender: Kalender) -> Takstkategori:
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


@attrs.frozen(repr=False)
class Tidspunktskategori(DovenResultat):
    """Takstkategorien for ét tidspunkt, med tidsrummet (dag/aften/nat) som oplysning.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    tidspunkt: datetime
    kategori: Takstkategori
    tidsrum: Tidsrum
    grunddag: date
    """Den dag, dagtimerne eller aftenen/natten hører til (aften/nat: den dag, den begynder)."""
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
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
    lokal = kraev_tid(tidspunkt, "tidspunkt").astimezone(KOEBENHAVN)
    time = lokal.hour
    if 6 <= time < 17:
        grunddag, aften_nat, tidsrum = lokal.date(), False, Tidsrum.DAG
    elif time >= 17:
        grunddag, aften_nat = lokal.date(), True
        tidsrum = Tidsrum.AFTEN if time < 23 else Tidsrum.NAT
    else:
        grunddag, aften_nat, tidsrum = lokal.date() - timedelta(days=1), True, Tidsrum.NAT
    kategori = kategori_for(grunddag, aften_nat, kal)
    # navnet slås op i kaldet: uden for kalenderens år fejler opslaget (også en søndag, hvor
    # `kategori_for` ikke spørger kalenderen), og fejlen skal komme i kaldet som før
    navn = kal.helligdagsnavn(grunddag)
    fortolkninger: tuple[str, ...] = ()
    if time < 6 and nat_laesning_afgoer(lokal.date(), kal):
        fortolkninger += (LED_NAT,)
    if helligdag_gaar_forud(grunddag, kal):
        fortolkninger += (LED_HELLIGDAG,)
    return Tidspunktskategori(
        tidspunkt=lokal,
        kategori=kategori,
        tidsrum=tidsrum,
        grunddag=grunddag,
        begrundelse=DovenTekst(
            lambda: _kategoritekst(
                lokal, aften_nat, grunddag, navn, kategori, tidsrum, fortolkninger
            )
        ),
        kilder=(KILDE_TAKSTTABEL, KILDE_TIDSRUM),
        fortolkninger=fortolkninger,
    )


def _kategoritekst(
    lokal: datetime,
    aften_nat: bool,
    grunddag: date,
    navn: str | None,
    kategori: Takstkategori,
    tidsrum: Tidsrum,
    fortolkninger: tuple[str, ...],
) -> str:
    """Begrundelsen for `takstkategori` (skrives, når den læses); `navn` er grunddagens
    helligdagsnavn eller None."""
    dagtype = _UGEDAGE[grunddag.weekday()]
    if navn:
        dagtype += f" ({navn})"
    del_ = "aftenen/natten, der begynder" if aften_nat else "dagtimerne kl. 06-17"
    return (
        f"{lokal:%d.%m.%Y kl. %H:%M} dansk tid hører til {del_} {dagtype} "
        f"{grunddag:%d.%m.%Y} og afregnes som »{kategori.value}« "
        f"(tillæg {kategori.tillaeg_procent} %); tidsrummet er {tidsrum.value.lower()}."
        + laesningstekst(fortolkninger)
    )


def nat_laesning_afgoer(dag: date, kalender: Kalender) -> bool:
    """Om timerne kl. 00–06 på `dag` får en anden kategori, end hvis natten hørte til `dag`.

    Netop dér afgør læsningen LED-01 svaret (fx fredag nat mod lørdag, eller natten efter en
    hverdagsaften op til en helligdag).
    """
    return kategori_for(dag - timedelta(days=1), True, kalender) is not kategori_for(
        dag, True, kalender
    )


def helligdag_gaar_forud(grunddag: date, kalender: Kalender) -> bool:
    """Om en helligdag på en hverdag eller lørdag giver søn-/helligdagstakst (LED-02)."""
    return grunddag.weekday() != 6 and kalender.er_soen_eller_helligdag(grunddag)
