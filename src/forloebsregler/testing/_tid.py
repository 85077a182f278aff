"""Strategier for tidspunkter og datoer, der favoriserer domænets kanter."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from forloebsregler._valider import vis
from forloebsregler.fejl import UgyldigVaerdiFejl
from forloebsregler.kalender import FOERSTE_AAR, KOEBENHAVN, _officielle_helligdage
from forloebsregler.testing._faelles import kontroller_ja_nej as _kontroller_ja_nej

__all__ = [
    "KANTDATOER",
    "KANTKLOKKESLAET",
    "SOMMERTIDSSKIFT",
    "datoer",
    "kanttidspunkter",
    "sommertidsoejeblikke",
    "ugyldige_tidspunkter",
    "vilkaarlige_vaerdier",
]


def _kantdatoer() -> tuple[date, ...]:
    dage: set[date] = set()
    for aar in range(2018, 2027):
        dage.update(_officielle_helligdage(aar))  # helligdage, herunder Store bededag ≤ 2023
        dage.update({date(aar, 1, 1), date(aar, 12, 31), date(aar, 12, 24), date(aar, 2, 28)})
        # sommertid begynder/slutter sidste søndag i marts/oktober
        for maaned in (3, 10):
            d = date(aar, maaned, 31)
            dage.add(d - timedelta(days=(d.weekday() + 1) % 7))
    dage.update({date(2020, 2, 29), date(2024, 2, 29), date(2024, 4, 26), date(2023, 5, 5)})
    return tuple(sorted(dage))


KANTDATOER: tuple[date, ...] = _kantdatoer()
"""Helligdage 2018–2026 (med Store bededag før og efter 2024), sommertidsdøgn, årsskifter,
juleaften, skuddage og månedsskiftet i februar."""

KANTKLOKKESLAET: tuple[time, ...] = (
    time(0, 0),
    time(0, 0, 1),
    time(2, 0),
    time(2, 30),
    time(3, 0),
    time(5, 59, 59),
    time(6, 0),
    time(6, 0, 1),
    time(16, 59, 59),
    time(17, 0),
    time(17, 0, 1),
    time(22, 59, 59),
    time(23, 0),
    time(23, 30),
    time(23, 59, 59),
)
"""Midnat, sommertidstimerne, takstgrænserne 06:00 og 17:00 og aften/nat-grænsen 23:00."""

_MIN = datetime(2018, 1, 1)
_MAKS = datetime(2026, 12, 31, 23, 59, 59)

_FRA = _MIN.date()
_TIL = _MAKS.date()
_TIDLIGSTE = date(FOERSTE_AAR, 1, 1)
_SENESTE = date(2199, 12, 31)
"""`fra`/`til` kan ligge fra 1900 til 2199: de år, bibliotekets tidsregning dækker."""


def tjek_datointerval(fra: object, til: object) -> tuple[date, date]:
    """`fra` og `til` som datoer 1900–2199 med `fra` ≤ `til`; ellers `UgyldigVaerdiFejl`."""
    for navn, vaerdi in (("fra", fra), ("til", til)):
        if type(vaerdi) is not date or not _TIDLIGSTE <= vaerdi <= _SENESTE:
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}; accepterer en dato (date) fra 1900-01-01 til "
                "2199-12-31",
                argument=navn,
                vaerdi=vaerdi,
            )
    assert isinstance(fra, date) and isinstance(til, date)
    if fra > til:
        raise UgyldigVaerdiFejl(
            f"til: fik {til.isoformat()}, som ligger før fra ({fra.isoformat()}); accepterer "
            "en dato fra fra og frem",
            argument="til",
            vaerdi=til,
        )
    return fra, til


def _kantdage(fra: date, til: date) -> st.SearchStrategy[date]:
    """`KANTDATOER` i intervallet; uden for 2018–2026 også intervallets to ender for sig (de
    drukner ellers i kantdatoerne)."""
    kanter = st.sampled_from(sorted({fra, til, *(d for d in KANTDATOER if fra <= d <= til)}))
    if (fra, til) == (_FRA, _TIL):
        return kanter
    return st.one_of(st.sampled_from([fra, til]), kanter)


def _lokal(dag: date, kl: time) -> datetime:
    # Ikke-eksisterende lokale tider (forårsnatten) normaliseres via UTC.
    return datetime.combine(dag, kl, tzinfo=KOEBENHAVN).astimezone(UTC).astimezone(KOEBENHAVN)


def datoer(*, gyldig: bool = True, fra: date = _FRA, til: date = _TIL) -> st.SearchStrategy[object]:
    """Kalenderdatoer fra `fra` til `til` (2018–2026), der favoriserer `KANTDATOER` og
    intervallets to ender; ugyldige: datetimes (i samme interval), tekst, None.

    `fra` og `til` kan ligge fra 1900 til 2199, fx `datoer(fra=date(1950, 1, 1),
    til=date(2150, 12, 31))` til egenskaber, der skal gælde langt fra takstårene.
    """
    fra, til = tjek_datointerval(fra, til)
    return _datoer(gyldig, fra, til)


@functools.cache
def _datoer(gyldig: bool, fra: date, til: date) -> st.SearchStrategy[object]:
    if gyldig:
        return st.one_of(
            _kantdage(fra, til),
            st.dates(min_value=fra, max_value=til),
        )
    return st.one_of(
        st.none(),
        st.text(max_size=12),
        st.integers(),
        st.datetimes(
            min_value=datetime.combine(fra, time(0)),
            max_value=datetime.combine(til, time(23, 59, 59)),
        ),
    )


def kanttidspunkter(
    *,
    gyldig: bool = True,
    andre_zoner: bool = True,
    fra: date = _FRA,
    til: date = _TIL,
) -> st.SearchStrategy[datetime]:
    """Tidszonebevidste tidspunkter i København, hvis lokale dato ligger fra `fra` til `til`
    (2018–2026), og som favoriserer kanterne.

    Halvdelen falder på en kantdato (helligdag, sommertidsdøgn, årsskifte, skuddag, eller en af
    intervallets to ender) og et kantklokkeslæt; resten er vilkårlige. Med `andre_zoner=True`
    udtrykkes nogle i UTC eller en fast forskydning (samme øjeblik). `gyldig=False` giver naive
    tidspunkter. `fra` og `til` kan ligge fra 1900 til 2199 (`KANTDATOER` er kun 2018–2026;
    uden for dem er kantdatoerne intervallets ender).
    """
    fra, til = tjek_datointerval(fra, til)
    return _kanttidspunkter(gyldig, andre_zoner, fra, til)


@functools.cache
def _kanttidspunkter(
    gyldig: bool, andre_zoner: bool, fra: date, til: date
) -> st.SearchStrategy[datetime]:
    kantdage = _kantdage(fra, til)
    mindst = datetime.combine(fra, time(0))
    hoejst = datetime.combine(til, time(23, 59, 59))
    if not gyldig:
        return st.one_of(
            st.datetimes(min_value=mindst, max_value=hoejst),
            st.builds(datetime.combine, kantdage, st.sampled_from(KANTKLOKKESLAET)),
        )
    kant = st.builds(_lokal, kantdage, st.sampled_from(KANTKLOKKESLAET))
    vilkaarlig = st.datetimes(
        min_value=mindst, max_value=hoejst, timezones=st.just(KOEBENHAVN), allow_imaginary=False
    ).map(lambda t: t.astimezone(UTC).astimezone(KOEBENHAVN))
    lokal = st.one_of(kant, vilkaarlig)
    if not andre_zoner:
        return lokal
    zoner = st.sampled_from(
        [KOEBENHAVN, UTC, timezone(timedelta(hours=-5)), ZoneInfo("Asia/Tokyo")]
    )
    return st.builds(lambda t, z: t.astimezone(z), lokal, zoner)


def _sommertidsskift() -> tuple[datetime, ...]:
    skift: list[datetime] = []
    for aar in range(_MIN.year, _MAKS.year + 1):
        # sidste søndag i marts (02.00 → 03.00) og oktober (03.00 → 02.00), kl. 01.00 UTC
        for maaned in (3, 10):
            d = date(aar, maaned, 31)
            soendag = d - timedelta(days=(d.weekday() + 1) % 7)
            skift.append(datetime.combine(soendag, time(1, 0), tzinfo=UTC))
    return tuple(skift)


SOMMERTIDSSKIFT: tuple[datetime, ...] = _sommertidsskift()
"""Øjeblikkene 2018–2026 (i UTC, kl. 01.00), hvor dansk tid skifter til sommertid (kl. 02.00
bliver 03.00) og tilbage (kl. 03.00 bliver 02.00)."""

_SEKUNDER_OMKRING_SKIFT = st.one_of(
    st.sampled_from([0, -1, 1, -1800, 1800, -3600, 3600, -5400, 5400]),
    st.integers(-3600, 3600),  # den gentagne/oversprungne time og timen før
    st.integers(-26 * 3600, 26 * 3600),
)


def _forskydning(t: datetime) -> timedelta | None:
    return t.astimezone(KOEBENHAVN).utcoffset()


_UGE = 7 * 86_400


def _skiftet_i_ugen(start: datetime) -> datetime:
    """Det første sekund i ugen fra `start` (UTC), hvor dansk tids forskydning er en anden
    end ved `start` (ugen har et skift)."""
    foer = _forskydning(start)
    lav, hoej = 0, _UGE  # forskydningen er `foer` ved lav og en anden ved hoej
    while hoej - lav > 1:
        midt = (lav + hoej) // 2
        if _forskydning(start + timedelta(seconds=midt)) == foer:
            lav = midt
        else:
            hoej = midt
    return start + timedelta(seconds=hoej)


@functools.cache
def _sommertidsskift_mellem(fra_aar: int, til_aar: int) -> tuple[datetime, ...]:
    """Øjeblikkene (UTC) i årene, hvor dansk tids forskydning skifter, efter tidszonedatabasen
    (Europe/Copenhagen): også de gamle regler (1916, 1940–1948, 1980–1995 med skift i
    september) og de fremskrevne frem til 2199."""
    # Uge for uge: i tidszonedatabasen for København ligger to skift altid måneder fra
    # hinanden, så en uge rummer højst ét (testen tæller dem: 16 før 1980, 2 om året siden).
    skift: list[datetime] = []
    uge = datetime(fra_aar, 1, 1, tzinfo=UTC)
    slut = datetime(til_aar + 1, 1, 1, tzinfo=UTC)
    forskydning = _forskydning(uge)
    while uge < slut:
        naeste = min(uge + timedelta(seconds=_UGE), slut)
        ny = _forskydning(naeste)
        if ny != forskydning:
            skift.append(_skiftet_i_ugen(uge))
        uge, forskydning = naeste, ny
    return tuple(skift)


@functools.cache
def _sommertidsoejeblikke(fra_aar: int, til_aar: int) -> st.SearchStrategy[datetime]:
    if (fra_aar, til_aar) == (_MIN.year, _MAKS.year):
        skift: st.SearchStrategy[datetime] = st.sampled_from(SOMMERTIDSSKIFT)
    else:
        alle = _sommertidsskift_mellem(fra_aar, til_aar)
        # årenes første og sidste skift for sig: de drukner ellers blandt flere hundrede
        skift = st.one_of(st.sampled_from([alle[0], alle[-1]]), st.sampled_from(alle))
    return st.builds(
        lambda skift, sekunder: skift + timedelta(seconds=sekunder),
        skift,
        _SEKUNDER_OMKRING_SKIFT,
    )


def _tjek_aar(navn: str, aar: object) -> int:
    if type(aar) is not int or not _TIDLIGSTE.year <= aar <= _SENESTE.year:
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(aar)}; accepterer et helt tal fra 1900 til 2199",
            argument=navn,
            vaerdi=aar,
        )
    return aar


def sommertidsoejeblikke(
    *, gyldig: bool = True, fra_aar: int = _MIN.year, til_aar: int = _MAKS.year
) -> st.SearchStrategy[datetime]:
    """Øjeblikke inden for ±26 timer af et af `SOMMERTIDSSKIFT` (2018–2026), på hele sekunder
    og udtrykt i UTC, så testen selv kan udtrykke det samme øjeblik i de zoner og former, den
    handler om.

    Skiftet selv, ét sekund før og efter, ±½ og ±1½ time og timen omkring skiftet (den
    oversprungne time om foråret, den gentagne om efteråret) favoriseres; resten falder på
    døgnet før og efter. Ugyldige (`gyldig=False`): de samme øjeblikke som naive tidspunkter
    (dansk vægur uden tidszone).

    Med `fra_aar`/`til_aar` (1900–2199) kommer skiftene i de år, som tidszonedatabasen kender
    dem for Europe/Copenhagen: fra 1916 med de gamle regler (1940–1948, efterårsskift i
    september 1980–1995) og frem til 2199 med de nuværende. Årene skal rumme mindst ét skift
    (det første er 1916).
    """
    fra_aar = _tjek_aar("fra_aar", fra_aar)
    til_aar = _tjek_aar("til_aar", til_aar)
    if fra_aar > til_aar:
        raise UgyldigVaerdiFejl(
            f"til_aar: fik {til_aar}, som ligger før fra_aar ({fra_aar}); accepterer et år "
            "fra fra_aar og frem",
            argument="til_aar",
            vaerdi=til_aar,
        )
    if not _sommertidsskift_mellem(fra_aar, til_aar):
        raise UgyldigVaerdiFejl(
            f"til_aar: årene {fra_aar}–{til_aar} har intet sommertidsskift i Danmark; "
            "accepterer år, der rummer mindst ét (det første er 1916)",
            argument="til_aar",
            vaerdi=til_aar,
        )
    oejeblikke = _sommertidsoejeblikke(fra_aar, til_aar)
    if gyldig:
        return oejeblikke
    return oejeblikke.map(lambda t: t.astimezone(KOEBENHAVN).replace(tzinfo=None))


def ugyldige_tidspunkter() -> st.SearchStrategy[object]:
    """Værdier, der ikke er gyldige tidspunkter: naive datetimes, datoer, tekst, tal, None."""
    return st.one_of(
        kanttidspunkter(gyldig=False),
        st.dates(),
        st.text(max_size=20),
        st.integers(),
        st.none(),
    )


def vilkaarlige_vaerdier() -> st.SearchStrategy[object]:
    """Vilkårlige Python-værdier til kontrakttests: forkerte typer, None, bool, NaN, uendelig,
    store og negative tal, ukendte navne, naive og bevidste tidspunkter og samlinger af dem."""
    atomer: st.SearchStrategy[object] = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.sampled_from([0, 1, -1, 3, 7, 24, 35, 10**12]),
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.sampled_from(
            [Decimal("0"), Decimal("-1"), Decimal("5"), Decimal("NaN"), Decimal("Infinity")]
        ),
        st.text(max_size=15),
        st.sampled_from(["", "UKENDT", "2024-01-01", "2024-01-01T12:00", "12.5", "-3", "nan"]),
        st.binary(max_size=5),
        kanttidspunkter(),
        kanttidspunkter(gyldig=False),
        datoer(),
        st.timedeltas(min_value=timedelta(days=-400), max_value=timedelta(days=400)),
        st.just(object()),
    )
    return st.recursive(
        atomer,
        lambda indre: st.one_of(
            st.lists(indre, max_size=4),
            st.tuples(indre, indre),
            st.frozensets(st.one_of(st.none(), st.integers(), st.text(max_size=5)), max_size=3),
            st.dictionaries(st.text(max_size=5), indre, max_size=3),
        ),
        max_leaves=6,
    )


_kontroller_ja_nej(globals())
