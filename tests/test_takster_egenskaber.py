"""Hypothesis-egenskaber for prisberegningen af ledsagelse."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from forloebsregler.ledsagelsespris import beregn_ledsagelse, beregn_mange
from forloebsregler.takster import TAKSTER_2019
from forloebsregler.takstperioder import Takstkategori, takstkategori
from forloebsregler.testing import kanttidspunkter
from forloebsregler.testing.ledsagelse import ledsagelsesepisoder, varigheder

# Egenskaberne gælder alle datoer; tabellen gælder derfor udtrykkeligt uanset dato (issue 16).
ALLE_DATOER = TAKSTER_2019.uden_datograense()

# De offentlige strategier (forloebsregler.testing): tidspunkter 2018–2026, der favoriserer
# takstgrænserne, midnat, sommertidsnætterne, helligdage og årsskifter, i København, UTC og
# andre zoner; varigheder helt ned til nul (en episode, der slutter, når den begynder).
tidspunkter = kanttidspunkter()
varigheder_fra_nul = varigheder(mindst=timedelta(0))


def _reel(t: datetime, varighed: timedelta) -> datetime:
    """`t` plus `varighed` i reel (forløbet) tid, i `t`'s zone."""
    return (t.astimezone(UTC) + varighed).astimezone(t.tzinfo)


def _pr_kategori(b: object) -> dict[Takstkategori, timedelta]:
    ud: dict[Takstkategori, timedelta] = {k: timedelta(0) for k in Takstkategori}
    for ln in b.linjer:  # type: ignore[attr-defined]
        ud[ln.kategori] += ln.varighed
    return ud


@given(tidspunkter, varigheder_fra_nul, st.floats(min_value=0, max_value=1))
def test_deling_giver_samme_timer_pr_kategori(
    start: datetime, varighed: timedelta, andel: float
) -> None:
    # slut og delepunkt i starttidspunktets zone (København, UTC, -05:00 eller Tokyo)
    e = _reel(start, varighed)
    m = _reel(start, timedelta(microseconds=int((varighed // timedelta(microseconds=1)) * andel)))
    hel = _pr_kategori(beregn_ledsagelse(start, e, takster=ALLE_DATOER))
    a = _pr_kategori(beregn_ledsagelse(start, m, takster=ALLE_DATOER))
    b = _pr_kategori(beregn_ledsagelse(m, e, takster=ALLE_DATOER))
    assert hel == {k: a[k] + b[k] for k in Takstkategori}


def _tidspunkt(t: datetime | str) -> datetime:
    return datetime.fromisoformat(t) if isinstance(t, str) else t


def _forloebet(episode: tuple[datetime | str, datetime | str]) -> timedelta:
    """Den reelt forløbne tid, regnet som forskellen mellem de to øjeblikke i UTC."""
    start, slut = (_tidspunkt(t).astimezone(UTC) for t in episode)
    return slut - start


# De offentlige strategier (forloebsregler.testing): kanterne, sommertidsnætterne, helligdage
# og årsskifter favoriseres; tidspunkter gives som datetime eller ISO-tekst.
episoder = ledsagelsesepisoder()


@given(episoder)
def test_timerne_summer_til_den_forloebne_tid(
    episode: tuple[datetime | str, datetime | str],
) -> None:
    varighed = _forloebet(episode)
    b = beregn_ledsagelse(*episode, takster=ALLE_DATOER)
    assert sum((ln.varighed for ln in b.linjer), timedelta(0)) == varighed == b.varighed
    timer = Decimal(varighed // timedelta(microseconds=1)) / 3_600_000_000
    assert abs(b.timer - timer) <= Decimal("0.00005")


@given(episoder)
def test_beloebet_ligger_mellem_laveste_og_hoejeste_takst(
    episode: tuple[datetime | str, datetime | str],
) -> None:
    b = beregn_ledsagelse(*episode, takster=ALLE_DATOER)
    timer = Decimal(_forloebet(episode) // timedelta(microseconds=1)) / 3_600_000_000
    afrunding = Decimal("0.005") * len(b.linjer)
    laveste, hoejeste = min(TAKSTER_2019.takster), max(TAKSTER_2019.takster)
    assert laveste * timer - afrunding <= b.total <= hoejeste * timer + afrunding
    assert b.total == sum((ln.beloeb for ln in b.linjer), Decimal(0))


@given(tidspunkter, varigheder_fra_nul)
def test_hver_linje_svarer_til_kategorien_for_dens_tidspunkter(
    start: datetime, varighed: timedelta
) -> None:
    # én kategori pr. lille interval: kategorien er den, takstkategori() giver for starten
    slut = _reel(start, min(varighed, timedelta(minutes=1)))
    b = beregn_ledsagelse(start, slut, takster=ALLE_DATOER)
    if b.linjer and len(b.linjer) == 1:
        assert b.linjer[0].kategori is takstkategori(start).kategori


@given(st.lists(episoder, max_size=5))
def test_batch_er_som_enkeltberegning(
    episodeliste: list[tuple[datetime | str, datetime | str]],
) -> None:
    for post, (s, e) in zip(
        beregn_mange(episodeliste, takster=ALLE_DATOER), episodeliste, strict=True
    ):
        b = beregn_ledsagelse(s, e, takster=ALLE_DATOER)
        assert post["fejl"] is None
        assert post["total"] == b.total and post["timer"] == b.timer
