"""Bevidst naive referencer til differentielle test (issue 14, punkt 8).

Referencerne er skrevet direkte fra kildeteksten og fortolkningsloggen og bruger hverken
bibliotekets kalender, tidszonekode eller takstkode:

- *Lokal tid* regnes med EU's sommertidsregel i hånden (direktiv 2000/84/EF: sommertid fra
  sidste søndag i marts kl. 01.00 UTC til sidste søndag i oktober kl. 01.00 UTC; dansk tid er
  UTC+1, om sommeren UTC+2), ikke med `zoneinfo`.
- *Helligdage* er `holidays`-pakkens danske kalender brugt direkte, plus Store bededag (4.
  fredag efter påske) til og med 2023, med påsken regnet i hånden (Gauss/Meeus).
- *Ledsagelse* tælles én reel minut ad gangen i UTC: hvert minut omregnes til dansk tid og
  lægges i sin takstkategori efter samarbejdsaftalens tabel (Afregning, 2019-niveau) og
  loggens læsning »Takstkategori for et tidspunkt«; prisen er minutter/60 × timetakst pr.
  kategori, afrundet halvt op til øre pr. linje (loggen »Afrunding og timer«).
- *Opstartsfristen* tælles én kalenderdag ad gangen fra den lokale udskrivningsdato
  (Kap. 10: »inden for 7 kalenderdage efter at borgeren udskrives«, loggen »Hvornår 7
  kalenderdage udløber«: udskrivningsdagen er dag 0).
"""

from __future__ import annotations

import functools
from collections import Counter
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from fractions import Fraction

import attrs
import holidays

# --------------------------------------------------------------------------- dansk tid i hånden

_TIME = timedelta(hours=1)


def _sidste_soendag(aar: int, maaned: int) -> date:
    """Sidste søndag i en måned (marts eller oktober har 31 dage)."""
    d = date(aar, maaned, 31)
    while d.weekday() != 6:
        d = date(aar, maaned, d.day - 1)
    return d


@functools.cache
def sommertid_utc(aar: int) -> tuple[datetime, datetime]:
    """Sommertidens start og slut i UTC (naive UTC-tidspunkter), EU-reglen."""
    start = _sidste_soendag(aar, 3)
    slut = _sidste_soendag(aar, 10)
    return (
        datetime(start.year, start.month, start.day, 1, 0),
        datetime(slut.year, slut.month, slut.day, 1, 0),
    )


def utc_offset_dk(utc: datetime) -> timedelta:
    """Dansk tids forskel fra UTC på et naivt UTC-tidspunkt."""
    start, slut = sommertid_utc(utc.year)
    return 2 * _TIME if start <= utc < slut else _TIME


def dansk_vaegur(utc: datetime) -> datetime:
    """Et naivt UTC-tidspunkt som naivt dansk vægur."""
    return utc + utc_offset_dk(utc)


def utc_fra_dansk_vaegur(vaeg: datetime, fold: int) -> datetime:
    """Et naivt dansk vægur (med PEP 495-`fold`) som naivt UTC-tidspunkt.

    Den tvetydige time om efteråret (kl. 02-03 to gange): fold=0 er sommertid, fold=1 vintertid.
    Den manglende time om foråret (kl. 02-03 findes ikke): fold=0 bruger forskellen fra før
    skiftet (+1), fold=1 den efter (+2) — Pythons regel for tider i et hul.
    """
    start, slut = sommertid_utc(vaeg.year)
    hul_fra = start + _TIME  # forårets kl. 02.00 vægur (= 01.00 UTC + 1)
    dobbelt_fra = slut + _TIME  # efterårets kl. 02.00 vægur (= 01.00 UTC + 1)
    if hul_fra <= vaeg < hul_fra + _TIME:
        return vaeg - (_TIME if fold == 0 else 2 * _TIME)
    if dobbelt_fra <= vaeg < dobbelt_fra + _TIME:
        return vaeg - (2 * _TIME if fold == 0 else _TIME)
    sommer = hul_fra + _TIME <= vaeg < dobbelt_fra
    return vaeg - (2 * _TIME if sommer else _TIME)


def til_utc(tidspunkt: datetime) -> datetime:
    """Et tidszonebevidst tidspunkt som naivt UTC (dansk zone regnes i hånden)."""
    if getattr(tidspunkt.tzinfo, "key", None) == "Europe/Copenhagen":
        return utc_fra_dansk_vaegur(tidspunkt.replace(tzinfo=None), tidspunkt.fold)
    offset = tidspunkt.utcoffset()
    assert offset is not None
    return tidspunkt.replace(tzinfo=None) - offset


def er_sommertidsskiftedag(dag: date) -> bool:
    start, slut = sommertid_utc(dag.year)
    return dag in (start.date(), slut.date())


# --------------------------------------------------------------------------- helligdage


def paaskedag(aar: int) -> date:
    """Påskedag (gregoriansk; Meeus/Jones/Butcher)."""
    a, b, c = aar % 19, aar // 100, aar % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    maaned = (h + ll - 7 * m + 114) // 31
    dag = (h + ll - 7 * m + 114) % 31 + 1
    return date(aar, maaned, dag)


@functools.cache
def officielle_helligdage(aar: int) -> frozenset[date]:
    """`holidays`-pakkens danske helligdage, plus Store bededag til og med 2023."""
    dage = set(holidays.country_holidays("DK", years=aar))
    if aar <= 2023:
        dage.add(paaskedag(aar) + timedelta(days=26))
    return frozenset(dage)


def er_helligdag(dag: date, ekstra: frozenset[date] = frozenset()) -> bool:
    return dag in ekstra or dag in officielle_helligdage(dag.year)


# --------------------------------------------------------------------------- ledsagelse

GRUNDLOEN = "Grundløn"
HVERDAG_AFTEN_NAT = "Hverdag, aften/nat"
FREDAG_AFTEN_NAT = "Fredag aften / nat"
LOERDAG_DAG = "Lørdag dag"
LOERDAG_AFTEN_NAT = "Lørdag aften/nat"
SOEN_HELLIGDAG_DAG = "Søn og helligdag dag"
SOEN_HELLIGDAG_AFTEN_NAT = "Søn og helligdag aften/nat"

TAKSTER_2019: dict[str, Decimal] = {
    # Samarbejdsaftalen, Afregning (003_04b02f9474de0607.txt ~6263-6278), afskrevet i hånden.
    GRUNDLOEN: Decimal("277.21"),
    HVERDAG_AFTEN_NAT: Decimal("346.51"),
    FREDAG_AFTEN_NAT: Decimal("415.81"),
    LOERDAG_DAG: Decimal("415.81"),
    LOERDAG_AFTEN_NAT: Decimal("485.11"),
    SOEN_HELLIGDAG_DAG: Decimal("554.41"),
    SOEN_HELLIGDAG_AFTEN_NAT: Decimal("623.71"),
}


def kategori_for_minut(vaeg: datetime, ekstra: frozenset[date] = frozenset()) -> tuple[str, str]:
    """(takstkategori, tidsrum) for minuttet, der begynder på det danske vægur `vaeg`.

    Dag kl. 06-17, aften kl. 17-23, nat kl. 23-06; en aften/nat hører til den dag, den begynder
    på; søn- og helligdag går forud (fortolkningsloggen »Takstkategori for et tidspunkt«).
    """
    if 6 <= vaeg.hour < 17:
        tidsrum, grunddag = "Dag", vaeg.date()
    elif vaeg.hour >= 17:
        tidsrum = "Aften" if vaeg.hour < 23 else "Nat"
        grunddag = vaeg.date()
    else:
        tidsrum, grunddag = "Nat", vaeg.date() - timedelta(days=1)
    dag = tidsrum == "Dag"
    ugedag = grunddag.weekday()  # mandag = 0
    if ugedag == 6 or er_helligdag(grunddag, ekstra):
        return (SOEN_HELLIGDAG_DAG if dag else SOEN_HELLIGDAG_AFTEN_NAT), tidsrum
    if ugedag == 5:
        return (LOERDAG_DAG if dag else LOERDAG_AFTEN_NAT), tidsrum
    if dag:
        return GRUNDLOEN, tidsrum
    if ugedag == 4:
        return FREDAG_AFTEN_NAT, tidsrum
    return HVERDAG_AFTEN_NAT, tidsrum


@attrs.frozen
class Minuttal:
    """Minutterne i en ledsagelse, talt én ad gangen."""

    pr_kategori: Counter[str]
    pr_tidsrum: Counter[str]
    pr_aar_og_kategori: Counter[tuple[int, str]]
    """Minutterne pr. (minuttets danske kalenderår, kategori) — ét takstniveau pr. år."""
    minutter: int
    uden_for_2019: bool
    """Mindst ét minut ligger på en dansk dato uden for 2019 (ingen taksttabel); et tomt
    forløb: startens danske dato ligger uden for 2019."""
    foerste_kategori: str | None
    roerer_helligdag: bool
    """Mindst ét minut ligger på en officiel (ikke-søndags) helligdag eller en ekstra dag."""
    roerer_officiel_helligdag: bool
    krydser_sommertidsskift: bool


def tael_minutter(
    start_utc: datetime, slut_utc: datetime, ekstra: frozenset[date] = frozenset()
) -> Minuttal:
    """Gå fra `start_utc` til `slut_utc` (naive UTC, hele minutter) ét minut ad gangen."""
    kat: Counter[str] = Counter()
    rum: Counter[str] = Counter()
    aar_kat: Counter[tuple[int, str]] = Counter()
    uden_for = False
    helligdag = officiel = False
    foerste: str | None = None
    t = start_utc
    n = 0
    et_minut = timedelta(minutes=1)
    # Svarene pr. (dansk dato, time) gemmes undervejs: et minuts kategori og helligdagsstatus
    # afhænger kun af dets danske dato og time; der tælles stadig ét minut ad gangen.
    pr_time: dict[tuple[date, int], tuple[str, str, bool, bool]] = {}
    while t < slut_utc:
        vaeg = dansk_vaegur(t)
        noegle = (vaeg.date(), vaeg.hour)
        svar = pr_time.get(noegle)
        if svar is None:
            k, r = kategori_for_minut(vaeg, ekstra)
            hellig = vaeg.weekday() != 6 and er_helligdag(vaeg.date(), ekstra)
            svar = pr_time[noegle] = (k, r, hellig, hellig and er_helligdag(vaeg.date()))
        k, r, hellig, off = svar
        if foerste is None:
            foerste = k
        kat[k] += 1
        rum[r] += 1
        aar_kat[vaeg.year, k] += 1
        if vaeg.year != 2019:
            uden_for = True
        if hellig:
            helligdag = True
            officiel = officiel or off
        n += 1
        t += et_minut
    if n == 0:  # et tomt forløb hører til startens dato (bibliotekets valg; kilden tier)
        uden_for = dansk_vaegur(start_utc).year != 2019
    skift = sommertid_utc(start_utc.year) + sommertid_utc(slut_utc.year)
    return Minuttal(
        pr_kategori=kat,
        pr_tidsrum=rum,
        pr_aar_og_kategori=aar_kat,
        minutter=n,
        uden_for_2019=uden_for,
        foerste_kategori=foerste,
        roerer_helligdag=helligdag,
        roerer_officiel_helligdag=officiel,
        krydser_sommertidsskift=any(start_utc < s < slut_utc for s in skift),
    )


def _halvt_op(x: Fraction, decimaler: int) -> Decimal:
    skala = 10**decimaler
    heltal = (x * skala + Fraction(1, 2)).__floor__()
    return Decimal(heltal).scaleb(-decimaler)


def timer(minutter: int) -> Decimal:
    """Minutter som timer med fire decimaler, halvt op."""
    return _halvt_op(Fraction(minutter, 60), 4)


def fremskrevet_takst(takst: Decimal, faktor: Decimal) -> Decimal:
    """Takst × faktor, afrundet halvt op til øre (fortolkningsloggen »Fremskrivning af takster«)."""
    return _halvt_op(Fraction(takst) * Fraction(faktor), 2)


def linjebeloeb(minutter: int, takst: Decimal) -> Decimal:
    """Minutter/60 × timetakst, afrundet halvt op til øre (én fakturalinje)."""
    return _halvt_op(Fraction(minutter, 60) * Fraction(takst), 2)


# --------------------------------------------------------------------------- 7 kalenderdage


def _dage_i_maaned(aar: int, maaned: int) -> int:
    if maaned == 2:
        skudaar = aar % 4 == 0 and (aar % 100 != 0 or aar % 400 == 0)
        return 29 if skudaar else 28
    return 30 if maaned in (4, 6, 9, 11) else 31


def naeste_dag(dag: date) -> date:
    """Næste kalenderdag, regnet med månedslængder i hånden."""
    if dag.day < _dage_i_maaned(dag.year, dag.month):
        return date(dag.year, dag.month, dag.day + 1)
    if dag.month < 12:
        return date(dag.year, dag.month + 1, 1)
    return date(dag.year + 1, 1, 1)


def lokal_udskrivningsdato(udskrivning: date | datetime | str) -> date:
    """Den danske dato for en `date`, et tidszonebevidst tidspunkt eller en ISO-streng."""
    if isinstance(udskrivning, str):
        if len(udskrivning) == 10:
            return date.fromisoformat(udskrivning)
        udskrivning = datetime.fromisoformat(udskrivning)
    if isinstance(udskrivning, datetime):
        return dansk_vaegur(til_utc(udskrivning)).date()
    return udskrivning


def opstartsfrist_reference(udskrivning: date | datetime | str) -> date:
    """Tæl 7 kalenderdage én ad gangen fra udskrivningsdagen (dag 0)."""
    dag = lokal_udskrivningsdato(udskrivning)
    for _ in range(7):
        dag = naeste_dag(dag)
    return dag


def fast_zone(minutter: int) -> tzinfo:
    """En fast UTC-forskel i minutter."""
    from datetime import timezone

    return timezone(timedelta(minutes=minutter))
