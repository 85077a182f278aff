"""Prisen for ledsagelse i en periode: timerne fordelt på takstkategorier og prissat.

Kilde: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling*, afsnittet **Afregning** (timetaksterne og tidsrummene),
med fortolkningsloggens læsninger LED-01 til LED-07 og LED-21.

- `beregn_ledsagelse(start, slut)`: tiden er reel forløbet tid (efterårets sommertidsnat har
  en time mere, LED-03); hver time lægges i den kategori, dens lokale tidspunkt hører til
  (`forloebsregler.takstperioder`), og prissættes efter den tabel, der gælder dens dato
  (`forloebsregler.takster`). Én fakturalinje pr. kategori og takstniveau, afrundet halvt op
  til øre (LED-04); totalen er summen af linjerne. Et forløb kan højst vare
  `MAKS_VARIGHED` (to år, LED-21).
- `beregn_mange(episoder)`: samme beregning for mange episoder som en strøm af flade poster
  (den hurtige vej; en egenskabstest sikrer, at den giver samme tal som `beregn_ledsagelse`).

Hvem der betaler timerne, står i `forloebsregler.afregning`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from forloebsregler._kontekst import KONTEKST, bidstroem, hurtig_vej
from forloebsregler._ledsagelse_grundlag import (
    EN_US,
    LED_2019,
    LED_AFRUNDING,
    LED_FREMSKRIVNING,
    LED_HELLIGDAG,
    LED_NAT,
    LED_OFFENTLIGGJORTE,
    LED_SOMMERTID,
    MAKS_VARIGHED,
    OERE,
    US_PR_DOEGN,
    US_PR_TIME,
    kraev_periode,
    laesningstekst,
    lokal_us,
    tid_af_us,
)
from forloebsregler._ledsagelsespris_hurtig import (
    _KATEGORIER,
    _beloeb,
    _beregn_fabrik,
    _blokke,
    _Dele,
    _Ledsagelsesbatch,
    _prisfordeling,
    _tidsrum,
    _timer,
)
from forloebsregler._parametre import DateretParameter
from forloebsregler._resultat import Resultat
from forloebsregler._tekst import kr, tal
from forloebsregler._valider import kraev_enum, vis
from forloebsregler.fejl import UgyldigTypeFejl
from forloebsregler.kalender import OFFICIEL_KALENDER, Kalender, kraev_kalender
from forloebsregler.kilder import Kilde
from forloebsregler.takster import (
    KILDE_REGULERING,
    STANDARD_TAKSTREGISTER,
    TAKSTER_2019,
    Takstregister,
    Taksttabel,
    tabelstykker,
)
from forloebsregler.takstfiler import kraev_takster
from forloebsregler.takstperioder import (
    KILDE_TAKSTTABEL,
    KILDE_TIDSRUM,
    Takstkategori,
    helligdag_gaar_forud,
    nat_laesning_afgoer,
)

if TYPE_CHECKING:
    from forloebsregler.typer import TakstkategoriArg, Tidspunkt

__all__ = [
    "MAKS_VARIGHED",
    "Ledsagelsesberegning",
    "Takstlinje",
    "beregn_ledsagelse",
    "beregn_mange",
]

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


class _Tal(NamedTuple):
    """Talene i en ledsagelsesberegning, regnet første gang en af dem læses."""

    start: datetime
    slut: datetime
    varighed: timedelta
    timer: Decimal
    linjer: tuple[Takstlinje, ...]
    niveauer: tuple[str, ...]
    timer_dag: Decimal
    timer_aften: Decimal
    timer_nat: Decimal
    kilder: tuple[Kilde, ...]
    anvendte_parametre: tuple[DateretParameter, ...]


@attrs.frozen(eq=False, repr=False, slots=False)
class Ledsagelsesberegning(Resultat):
    """Prisen for ledsagelse i en periode, fordelt på takstkategorier.

    Værdien består af de fakta, prisen er regnet af: periodens grænser i mikrosekunder, tiden
    pr. takstkategori for hver brugt tabel, tabellen/registret og kalenderen, og totalen, som
    regnes med det samme i hele øre (issue 18, punkt 1). Linjerne, timerne, tidspunkterne i
    dansk tid, fortolkningerne og begrundelsen regnes første gang, de læses, og gemmes i
    instansens `__dict__` (`_tal`, `_fortolkninger`, `_begrundelse`); de er de samme, som hvis
    de var regnet med det samme. To beregninger er ens, når alle deres offentlige felter er ens.
    """

    _s_us: int
    _e_us: int
    _dele: _Dele
    _tabeller: Taksttabel | Takstregister
    _kalender: Kalender
    total: Decimal
    """Summen af linjernes beløb (hver afrundet halvt op til øre); regnes med det samme."""

    # de offentlige værdier er egenskaber; serialiseringen og repr læser dem i denne orden
    _offentlige_felter = (
        "start",
        "slut",
        "varighed",
        "timer",
        "linjer",
        "total",
        "niveauer",
        "timer_dag",
        "timer_aften",
        "timer_nat",
        "begrundelse",
        "kilder",
        "fortolkninger",
        "anvendte_parametre",
    )

    def _talene(self) -> _Tal:
        tal = self.__dict__.get("_tal")
        if tal is None:
            tal = _regn_tal(self._s_us, self._e_us, self._dele, self._kalender)
            _SAET(self, "_tal", tal)
        return tal

    @property
    def start(self) -> datetime:
        """Starten i dansk tid."""
        return self._talene().start

    @property
    def slut(self) -> datetime:
        """Slutningen i dansk tid."""
        return self._talene().slut

    @property
    def varighed(self) -> timedelta:
        """Den reelt forløbne tid."""
        return self._talene().varighed

    @property
    def timer(self) -> Decimal:
        """Varigheden i timer med fire decimaler (halvt op)."""
        return self._talene().timer

    @property
    def linjer(self) -> tuple[Takstlinje, ...]:
        """Fakturalinjerne: én pr. brugt kategori og takstniveau (LED-04)."""
        return self._talene().linjer

    @property
    def niveauer(self) -> tuple[str, ...]:
        """Takstniveauet/-erne, der er brugt (fx ``("2019-niveau",)``)."""
        return self._talene().niveauer

    @property
    def timer_dag(self) -> Decimal:
        """Timerne i tidsrummet kl. 06–17."""
        return self._talene().timer_dag

    @property
    def timer_aften(self) -> Decimal:
        """Timerne i tidsrummet kl. 17–23."""
        return self._talene().timer_aften

    @property
    def timer_nat(self) -> Decimal:
        """Timerne i tidsrummet kl. 23–06."""
        return self._talene().timer_nat

    @property
    def kilder(self) -> tuple[Kilde, ...]:
        """De anvendte kilder."""
        return self._talene().kilder

    @property
    def anvendte_parametre(self) -> tuple[DateretParameter, ...]:
        """De daterede takster, beløbet er regnet med: én pr. brugt kategori og takstniveau."""
        return self._talene().anvendte_parametre

    @property
    def fortolkninger(self) -> tuple[str, ...]:
        """Fortolkningslogens afsnit, beløbet hviler på (fx ``("LED-04", "LED-07")``)."""
        ider = self.__dict__.get("_fortolkninger")
        if ider is None:
            ider = _periodens_laesninger(
                self._s_us, self._e_us, self._tabeller, self._dele, self._kalender
            )
            _SAET(self, "_fortolkninger", ider)
        return ider

    @property
    def begrundelse(self) -> str:
        """Begrundelsen, som en sagsbehandler kan læse højt (dannes første gang, den læses)."""
        tekst = self.__dict__.get("_begrundelse")
        if tekst is None:
            tal = self._talene()
            tekst = _prisbegrundelse(
                tal.start,
                tal.slut,
                tal.timer,
                tal.linjer,
                self.total,
                tal.niveauer,
                self.fortolkninger,
            )
            _SAET(self, "_begrundelse", tekst)
        return tekst

    def timer_i(self, kategori: TakstkategoriArg) -> Decimal:
        """Timerne i `kategori` (summen over takstniveauer, fire decimaler)."""
        kat = kraev_enum(Takstkategori, kategori, "kategori")
        us = sum((linje.varighed for linje in self.linjer if linje.kategori is kat), timedelta())
        return _timer(us // EN_US)

    def _offentlige(self) -> tuple[object, ...]:
        return tuple(getattr(self, navn) for navn in self._offentlige_felter)

    def __eq__(self, andet: object) -> bool:
        if type(andet) is not Ledsagelsesberegning:
            return NotImplemented
        return self._offentlige() == andet._offentlige()

    def __ne__(self, andet: object) -> bool:
        lig = self.__eq__(andet)
        return lig if lig is NotImplemented else not lig

    def __hash__(self) -> int:
        return hash(self._offentlige())

    def __repr__(self) -> str:
        felter = ", ".join(f"{navn}={getattr(self, navn)!r}" for navn in self._offentlige_felter)
        return f"Ledsagelsesberegning({felter})"


_NY = object.__new__
_SAET = object.__setattr__


def _ny_beregning(
    s_us: int,
    e_us: int,
    dele: _Dele,
    oere: int,
    tabeller: Taksttabel | Takstregister,
    kalender: Kalender,
) -> Ledsagelsesberegning:
    """`Ledsagelsesberegning(...)` uden konstruktørens indpakning og efterkontrol: felterne er
    allerede heltal, tupler og frosne tabeller, så efterkontrollen ville intet ændre. `oere`
    er totalen i hele øre (fra `_prisfordeling`)."""
    r = _NY(Ledsagelsesberegning)
    _SAET(
        r,
        "__dict__",
        {
            "_s_us": s_us,
            "_e_us": e_us,
            "_dele": dele,
            "_tabeller": tabeller,
            "_kalender": kalender,
            # eksakt og uafhængigt af kalderens kontekst: hele øre med to decimaler
            "total": _GANG(OERE, oere),
        },
    )
    return r


_GANG = KONTEKST.multiply


def _regn_tal(s_us: int, e_us: int, dele: _Dele, kalender: Kalender) -> _Tal:
    """Talene af fakta: dansk tid, timer, linjer (LED-04), niveauer, kilder og parametre."""
    linjer = _linjer(dele)
    rum = _tidsrum(s_us, e_us, kalender)
    kilder = [KILDE_TAKSTTABEL, KILDE_TIDSRUM]
    if any(t.kilde is KILDE_REGULERING for t, _ in dele):
        kilder.append(KILDE_REGULERING)
    return _Tal(
        start=tid_af_us(s_us),
        slut=tid_af_us(e_us),
        varighed=timedelta(microseconds=e_us - s_us),
        timer=_timer(e_us - s_us),
        linjer=tuple(linjer),
        niveauer=tuple(dict.fromkeys(tabel.niveau for tabel, _ in dele)),
        timer_dag=_timer(rum[0]),
        timer_aften=_timer(rum[1]),
        timer_nat=_timer(rum[2]),
        kilder=tuple(kilder),
        anvendte_parametre=tuple(
            tabel.parametre[i] for tabel, kat in dele for i, us in enumerate(kat) if us
        ),
    )


@hurtig_vej(functools.partial(_beregn_fabrik, ny=_ny_beregning))
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

    Kaldet fordeler tiden på kategorierne; linjer, total og begrundelse regnes, når de læses.
    """
    tabeller = STANDARD_TAKSTREGISTER if takster is None else kraev_takster(takster)
    kal = OFFICIEL_KALENDER if kalender is None else kraev_kalender(kalender)
    _, _, s_us, e_us = kraev_periode(start, slut)
    dele, oere = _prisfordeling(tabelstykker(s_us, e_us, tabeller), kal, _blokke(kal))
    return _ny_beregning(s_us, e_us, dele, oere, tabeller, kal)


def _linjer(dele: _Dele) -> list[Takstlinje]:
    """Én fakturalinje pr. brugt kategori og takstniveau, afrundet halvt op til øre (LED-04)."""
    linjer: list[Takstlinje] = []
    for tabel, kat in dele:
        for i, us in enumerate(kat):
            if us:
                linjer.append(
                    Takstlinje(
                        kategori=_KATEGORIER[i],
                        niveau=tabel.niveau,
                        varighed=timedelta(microseconds=us),
                        timer=_timer(us),
                        takst=tabel.takster[i],
                        beloeb=_beloeb(us, tabel, i),
                    )
                )
    return linjer


def _prisbegrundelse(
    sl: datetime,
    el: datetime,
    timer: Decimal,
    linjer: tuple[Takstlinje, ...],
    total: Decimal,
    niveauer: tuple[str, ...],
    fortolkninger: tuple[str, ...],
) -> str:
    fordeling = "; ".join(f"{linje.kategori.value} {tal(linje.timer)} t" for linje in linjer)
    return (
        f"Ledsagelsen fra {sl:%d.%m.%Y kl. %H:%M} til {el:%d.%m.%Y kl. %H:%M} varer {tal(timer)} "
        f"timer ({fordeling or 'ingen timer'}) og koster {kr(total)} efter "
        f"{', '.join(niveauer)}." + laesningstekst(fortolkninger)
    )


_30_DOEGN_US = 30 * US_PR_DOEGN


def _krydser_sommertid(s_us: int, e_us: int) -> bool:
    """Om [s, e) indeholder et skift mellem vinter- og sommertid i København.

    Skiftene ligger mindst fem måneder fra hinanden, så offsettet prøves hver 30. dag.
    """
    punkter = [*range(s_us, e_us, _30_DOEGN_US), e_us]
    offsets = {tid_af_us(p).utcoffset() for p in punkter}
    return len(offsets) > 1


_EN_DAG = timedelta(days=1)


@functools.lru_cache(maxsize=4096)
def _laesningsdag(d: date, kal: Kalender) -> tuple[int, int, int, bool, bool]:
    """For dagen `d` og den næste dag `n`: n kl. 00, n kl. 06 og d kl. 06 (µs), om læsningen
    LED-01 afgør natten til `n`, og om LED-02 afgør `d` (gemt pr. dag og kalender)."""
    n = d + _EN_DAG
    return (
        lokal_us(n, 0),
        lokal_us(n, 6),
        lokal_us(d, 6),
        nat_laesning_afgoer(n, kal),
        helligdag_gaar_forud(d, kal),
    )


def _periodens_laesninger(
    s_us: int,
    e_us: int,
    tabeller: Taksttabel | Takstregister,
    dele: _Dele,
    kal: Kalender,
) -> tuple[str, ...]:
    """De læsninger i fortolkningsloggen, som prisen for [s, e) faktisk afhænger af."""
    ider: list[str] = []
    if e_us <= s_us:
        return ()
    foerste = tid_af_us(s_us).date()
    sidste = tid_af_us(e_us - 1).date()
    nat = helligdag = False
    d = foerste - timedelta(days=1)
    while d <= sidste:
        n0, n6, d6, nat_n, hellig_d = _laesningsdag(d, kal)
        if not nat and n0 < e_us and s_us < n6:
            nat = nat_n
        if not helligdag and d6 < e_us and s_us < n6:
            helligdag = hellig_d
        d += _EN_DAG
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
    return (us * tabel.takster_i_oere[i]) % US_PR_TIME != 0


# --------------------------------------------------------------------------- batch


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

    Strømmen regner posterne i bidder (1, 2, 4, … op til 256 ad gangen), så den første post
    kommer straks, men den læser op til 256 episoder forud i `episoder`.
    """
    tabeller = kraev_takster(takster)
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
    return bidstroem(_Ledsagelsesbatch(iterator, tabeller, kal).fyld)
