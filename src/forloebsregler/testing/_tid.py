"""Strategier for tidspunkter og datoer, der favoriserer domænets kanter."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from forloebsregler.kalender import KOEBENHAVN, _officielle_helligdage

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


def _lokal(dag: date, kl: time) -> datetime:
    # Ikke-eksisterende lokale tider (forårsnatten) normaliseres via UTC.
    return datetime.combine(dag, kl, tzinfo=KOEBENHAVN).astimezone(UTC).astimezone(KOEBENHAVN)


def datoer(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Kalenderdatoer 2018–2026, der favoriserer `KANTDATOER`; ugyldige: datetimes, tekst, None."""
    if gyldig:
        return st.one_of(
            st.sampled_from(KANTDATOER), st.dates(min_value=_MIN.date(), max_value=_MAKS.date())
        )
    return st.one_of(
        st.none(),
        st.text(max_size=12),
        st.integers(),
        st.datetimes(min_value=_MIN, max_value=_MAKS),
    )


def kanttidspunkter(
    *, gyldig: bool = True, andre_zoner: bool = True
) -> st.SearchStrategy[datetime]:
    """Tidszonebevidste tidspunkter 2018–2026 i København, der favoriserer kanterne.

    Halvdelen falder på en kantdato (helligdag, sommertidsdøgn, årsskifte, skuddag) og et
    kantklokkeslæt; resten er vilkårlige. Med `andre_zoner=True` udtrykkes nogle i UTC eller en
    fast forskydning (samme øjeblik). `gyldig=False` giver naive tidspunkter.
    """
    if not gyldig:
        return st.one_of(
            st.datetimes(min_value=_MIN, max_value=_MAKS),
            st.builds(
                datetime.combine, st.sampled_from(KANTDATOER), st.sampled_from(KANTKLOKKESLAET)
            ),
        )
    kant = st.builds(_lokal, st.sampled_from(KANTDATOER), st.sampled_from(KANTKLOKKESLAET))
    vilkaarlig = st.datetimes(
        min_value=_MIN, max_value=_MAKS, timezones=st.just(KOEBENHAVN), allow_imaginary=False
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
_SOMMERTIDSOEJEBLIKKE: st.SearchStrategy[datetime] = st.builds(
    lambda skift, sekunder: skift + timedelta(seconds=sekunder),
    st.sampled_from(SOMMERTIDSSKIFT),
    _SEKUNDER_OMKRING_SKIFT,
)


def sommertidsoejeblikke(*, gyldig: bool = True) -> st.SearchStrategy[datetime]:
    """Øjeblikke inden for ±26 timer af et af `SOMMERTIDSSKIFT` (2018–2026), på hele sekunder
    og udtrykt i UTC, så testen selv kan udtrykke det samme øjeblik i de zoner og former, den
    handler om.

    Skiftet selv, ét sekund før og efter, ±½ og ±1½ time og timen omkring skiftet (den
    oversprungne time om foråret, den gentagne om efteråret) favoriseres; resten falder på
    døgnet før og efter. Ugyldige (`gyldig=False`): de samme øjeblikke som naive tidspunkter
    (dansk vægur uden tidszone).
    """
    if gyldig:
        return _SOMMERTIDSOEJEBLIKKE
    return _SOMMERTIDSOEJEBLIKKE.map(lambda t: t.astimezone(KOEBENHAVN).replace(tzinfo=None))


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
