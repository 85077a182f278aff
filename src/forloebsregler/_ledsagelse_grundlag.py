"""Ledsagelsens fælles grundlag (privat): inddata, tidsregning og fortolkningsloggens læsninger.

Bruges af alle ledsagelsesmodulerne (`takstperioder`, `takster`, `ledsagelsespris`,
`kilometergodtgoerelse`, `afregning`, `fakturering`, `ledsagelse`, `kontraktomfang`,
`ledsagerforhold`), så ingen af dem importerer en andens private navne:

- kontrol af inddata inden for kalenderens rækkevidde: kroner med højst to decimaler
  (`kraev_kroner`), tidspunkter og datoer 1900–2199 (`kraev_tid`, `kraev_dag`, `dato_af`),
  kilometer (`kraev_km`) og en periode på højst `MAKS_VARIGHED` (`kraev_periode`; genudsendt af
  `forloebsregler.ledsagelsespris`);
- tid som heltal mikrosekunder siden 1970 (`tid_us`, `tid_af_us`, `lokal_us`);
- fortolkningsloggens ID'er for ledsagelse (docs/fortolkninger.md, »Ledsagelse«, LED-01 til
  LED-22) og sætningen, der nævner dem i en begrundelse (`laesningstekst`,
  `aftalelaesninger`);
- betingelser prøvet én ad gangen med grunde til nej og ukendte forhold (`Betingelser`,
  `svartekst`, `tjek`);
- pakkedatafilen `data/ledsagelse.toml`, læst én gang (`LEDSAGELSESDATA`).

Modulet gengiver ingen regel fra kilderne; det er værktøj for modulerne, der gør.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

import attrs

from forloebsregler._parametre import laes_pakkedata
from forloebsregler._valider import kraev_aware, kraev_dato, kraev_decimal, vis
from forloebsregler.fejl import PeriodeFejl, UgyldigVaerdiFejl
from forloebsregler.kalender import KOEBENHAVN
from forloebsregler.svar import Svar, samlet

__all__: list[str] = []

LEDSAGELSESDATA = laes_pakkedata("ledsagelse.toml")
"""De daterede tal for ledsagelse (`forloebsregler/data/ledsagelse.toml`), læst én gang."""

OERE = Decimal("0.01")
NUL_TIMER = Decimal("0.0000")
NUL_KR = Decimal("0.00")
US_PR_TIME = 3_600_000_000
US_PR_DOEGN = 86_400_000_000
TO_TIMER_US = 2 * US_PR_TIME
EPOKE = datetime(1970, 1, 1, tzinfo=UTC)
EN_US = timedelta(microseconds=1)
FOERSTE_DAG = date(1900, 1, 1)
SIDSTE_DAG = date(2199, 12, 31)
MIN_US = (datetime(1900, 1, 2, tzinfo=UTC) - EPOKE) // EN_US
MAX_US = (datetime(2199, 12, 30, tzinfo=UTC) - EPOKE) // EN_US
MAKS_BELOEB = 10_000_000
"""Øvre grænse for beløb, kilometer og satser i input (værn mod Decimal-overløb)."""

MAKS_VARIGHED = timedelta(days=731)
"""Det længste forløb (start til slut), der kan prissættes: 731 døgn, dvs. to år.

Kilderne sætter ingen grænse. Et ledsagelsesforløb er et behandlingsforløb med én kontrakt
(ambulant besøg eller indlæggelse); to år er langt over en realistisk indlæggelse med
ledsagelse, men holder hvert kald kort. Længere perioder afvises med `PeriodeFejl`
(fortolkningsloggen LED-21); del dem i flere forløb."""
MAKS_US = MAKS_VARIGHED // timedelta(microseconds=1)


def kraev_kroner(vaerdi: object, navn: str, *, maks_vaerdi: int = MAKS_BELOEB) -> Decimal:
    """Et kronebeløb ≥ 0 med højst to decimaler (øre), kvantiseret til øre (fx `12.50`).

    Et beløb med flere decimaler end øre afvises: en regning kan ikke lyde på brøkdele af en
    øre, og biblioteket afrunder aldrig stiltiende et input. `-0` bliver `0.00`.
    """
    tal = kraev_decimal(vaerdi, navn, min_vaerdi=0, maks_vaerdi=maks_vaerdi)
    if tal != tal.quantize(OERE, ROUND_HALF_UP):
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}, som har flere end to decimaler; accepterer kroner med "
            "højst to decimaler (øre), fx '12.50'"
        )
    return tal.quantize(OERE) + NUL_KR


def kraev_tid(vaerdi: object, navn: str) -> datetime:
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
        us = (t - EPOKE) // EN_US
    except (OverflowError, ValueError):
        us = MAX_US + 1
    if not MIN_US <= us <= MAX_US:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun tidspunkter fra 1900-01-02 til 2199-12-30"
        )
    return t


def kraev_dag(vaerdi: object, navn: str) -> date:
    """En kalenderdato mellem 1900-01-01 og 2199-12-31."""
    dag = kraev_dato(vaerdi, navn)
    if not FOERSTE_DAG <= dag <= SIDSTE_DAG:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun datoer fra 1900-01-01 til 2199-12-31"
        )
    return dag


def dato_af(vaerdi: object, navn: str) -> date:
    if isinstance(vaerdi, datetime):
        return kraev_tid(vaerdi, navn).astimezone(KOEBENHAVN).date()
    if isinstance(vaerdi, str) and ("T" in vaerdi or " " in vaerdi.strip()):
        return kraev_tid(vaerdi, navn).astimezone(KOEBENHAVN).date()
    return kraev_dag(vaerdi, navn)


def kraev_km(vaerdi: object, navn: str) -> Decimal:
    """Kilometer ≥ 0 uden eksponent og uden `-0` (fx ``Decimal("1E+1")`` → ``10``)."""
    km = kraev_decimal(vaerdi, navn, min_vaerdi=0, maks_vaerdi=MAKS_BELOEB)
    return (km.quantize(Decimal(1)) if km == km.to_integral_value() else km) + 0


@functools.lru_cache(maxsize=16384)
def lokal_us(dag: date, time: int) -> int:
    """Mikrosekunder efter epoken for klokken `time`:00 dansk tid på `dag` (gemt pr. dag og
    time: takstgrænserne slås op igen og igen)."""
    return (datetime(dag.year, dag.month, dag.day, time, tzinfo=KOEBENHAVN) - EPOKE) // EN_US


def tid_us(tidspunkt: datetime) -> int:
    return (tidspunkt - EPOKE) // EN_US


def tid_af_us(us: int) -> datetime:
    return (EPOKE + timedelta(microseconds=us)).astimezone(KOEBENHAVN)


def kraev_periode(
    start: object, slut: object, navne: tuple[str, str] = ("start", "slut")
) -> tuple[datetime, datetime, int, int]:
    """(start, slut, start_us, slut_us) for et gyldigt forløb; ellers en `PeriodeFejl` o.l.

    Hurtig vej: to almindelige `datetime` med fast offset (fx UTC eller et ISO-offset) inden
    for kalenderens rækkevidde og højst `MAKS_VARIGHED` fra hinanden godtages uden den fulde
    validering, som ikke ville ændre dem. Alt andet (også tidspunkter i en IANA-zone, hvor en
    lokal tid kan mangle, FAE-03) går gennem `kraev_tid`.
    """
    if (
        type(start) is datetime
        and type(slut) is datetime
        and type(start.tzinfo) is timezone
        and type(slut.tzinfo) is timezone
    ):
        s_us = (start - EPOKE) // EN_US
        e_us = (slut - EPOKE) // EN_US
        if MIN_US <= s_us <= e_us <= MAX_US and e_us - s_us <= MAKS_US:
            return start, slut, s_us, e_us
    s = kraev_tid(start, navne[0])
    e = kraev_tid(slut, navne[1])
    s_us, e_us = tid_us(s), tid_us(e)
    if e_us < s_us:
        raise PeriodeFejl(
            f"{navne[1]}: fik {e.isoformat()}, som er før {navne[0]} {s.isoformat()}; "
            f"accepterer et sluttidspunkt samme tid som eller efter {navne[0]}"
        )
    if e_us - s_us > MAKS_US:
        raise PeriodeFejl(
            f"{navne[1]}: fik {e.isoformat()}, mere end {MAKS_VARIGHED.days} døgn efter "
            f"{navne[0]} {s.isoformat()}; accepterer et forløb på højst {MAKS_VARIGHED.days} "
            "døgn (to år) — del længere perioder i flere forløb"
        )
    return s, e, s_us, e_us


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


def laesningstekst(ider: Iterable[str]) -> str:
    """Sætningen, der nævner de læsninger, et svar hviler på (tom uden læsninger)."""
    ider = tuple(ider)
    if not ider:
        return ""
    dele = "; ".join(f"{i}: {_LAESNINGER[i]}" for i in ider)
    return f" Svaret hviler på læsninger i fortolkningsloggen ({dele})."


# Fortolkningslogens afsnit (docs/fortolkninger.md, »Ledsagelse«), som svarene her hviler på.
LED_KONTRAKTLOFT = "LED-15"
LED_EGET_HJEM = "LED-17"
LED_BOERN = "LED-18"
LED_UDEN_BLANKET = "LED-19"
LED_HJAELPERE_START = "LED-20"

_AFTALE_LAESNINGER = {
    LED_KONTRAKTLOFT: "loftet regnes med tabellens højeste takst",
    LED_EGET_HJEM: "behandling i eget hjem er uden for aftalen",
    LED_BOERN: "for et barn afgør børneafsnittet, ikke pårørendebetingelsen",
    LED_UDEN_BLANKET: "en regning uden blanket kan afvises, medmindre oplysningerne står på den",
    LED_HJAELPERE_START: "kilderne siger ikke, fra hvornår sygehuset betaler hjælperne akut",
    LED_UKENDT_KONTRAKT: "uoplyst (None) er ukendt, ikke »endnu ikke indgået«",
}


def aftalelaesninger(ider: list[str] | tuple[str, ...]) -> str:
    if not ider:
        return ""
    dele = "; ".join(f"{i}: {_AFTALE_LAESNINGER[i]}" for i in ider)
    return f" Svaret hviler på læsninger i fortolkningsloggen ({dele})."


def tjek(
    vaerdi: bool | None,
    oensket: bool,
    grund: str,
    ukendt: str,
    grunde: list[str],
    ukendte: list[str],
) -> None:
    if vaerdi is None:
        ukendte.append(ukendt)
    elif vaerdi is not oensket:
        grunde.append(grund)


@attrs.define
class Betingelser:
    """Betingelser prøvet én ad gangen: grunde til nej og ukendte forhold (til `samlet`)."""

    grunde: list[str] = attrs.Factory(list)
    ukendte: list[str] = attrs.Factory(list)

    def kraev(self, vaerdi: bool | None, oensket: bool, grund: str, ukendt: str) -> None:
        """Betingelsen er `vaerdi is oensket`; ellers en grund (eller ukendt ved `None`)."""
        tjek(vaerdi, oensket, grund, ukendt, self.grunde, self.ukendte)

    @property
    def svar(self) -> Svar:
        return samlet(self.grunde, self.ukendte)


def svartekst(b: Betingelser, ja: str, nej_fordi: str, ukendt_om: str) -> str:
    """Begrundelsens sætning: `ja`, `nej_fordi` + grundene eller `ukendt_om` + det ukendte."""
    svar = b.svar
    if svar is Svar.OPFYLDT:
        return ja
    if svar is Svar.IKKE_OPFYLDT:
        return nej_fordi + "; ".join(b.grunde) + "."
    return ukendt_om + ", ".join(b.ukendte) + "."
