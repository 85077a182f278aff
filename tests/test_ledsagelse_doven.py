"""Den dovne ledsagelsesberegning og dens hurtige vej (issue 18, punkt 1, 2 og 7).

`beregn_ledsagelse` fordeler kun tiden på takstkategorierne, når den kaldes; linjerne,
timerne, fortolkningerne og begrundelsen regnes første gang, de læses. Egenskaberne her
viser, at det ikke kan ses udefra: felterne er de samme, uanset hvornår, i hvilken rækkefølge
og under hvilken `decimal`-kontekst de læses, og lighed og hash følger de offentlige felter.
Den hurtige vej (`_ledsagelsespris_hurtig`) prøves mod den læsbare fordeling og mod den fulde
funktion, også for fejl.
"""

from __future__ import annotations

import decimal
import itertools
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import forloebsregler
from forloebsregler import serialisering
from forloebsregler._ledsagelse_grundlag import MAX_US, MIN_US, tid_af_us, tid_us
from forloebsregler._ledsagelsespris_hurtig import _fordel, _fordel_kat, _iso
from forloebsregler.fejl import ForloebsreglerFejl
from forloebsregler.kalender import OFFICIEL_KALENDER
from forloebsregler.ledsagelsespris import Ledsagelsesberegning, beregn_ledsagelse, beregn_mange
from forloebsregler.takster import TAKSTER_2019
from forloebsregler.testing import ledsagelse as strategier

ALLE_DATOER = TAKSTER_2019.uden_datograense()
KBH = ZoneInfo("Europe/Copenhagen")
FELTER = Ledsagelsesberegning._offentlige_felter

episoder = strategier.ledsagelsesepisoder()


def _beregn(start: object, slut: object) -> Ledsagelsesberegning:
    return beregn_ledsagelse(start, slut, takster=ALLE_DATOER)  # type: ignore[arg-type]


@given(episoder, st.permutations(FELTER))
def test_felterne_er_de_samme_i_enhver_laeserækkefoelge(
    episode: tuple[object, object], orden: list[str]
) -> None:
    foerst = _beregn(*episode)
    vaerdier = {navn: getattr(foerst, navn) for navn in orden}
    frisk = _beregn(*episode)
    assert {navn: getattr(frisk, navn) for navn in FELTER} == vaerdier
    # og læst igen: det gemte svar er det samme objekt
    assert all(getattr(foerst, navn) is vaerdier[navn] for navn in FELTER)


@given(episoder, st.integers(min_value=1, max_value=4))
def test_kalderens_kontekst_flytter_ikke_de_dovne_felter(
    episode: tuple[object, object], praecision: int
) -> None:
    forventet = serialisering.til_dict(_beregn(*episode))
    resultat = _beregn(*episode)
    with decimal.localcontext() as kontekst:
        kontekst.prec = praecision
        kontekst.rounding = decimal.ROUND_DOWN
        kontekst.traps[decimal.Inexact] = True
        laest = serialisering.til_dict(resultat)  # felterne regnes først her
        assert decimal.getcontext().prec == praecision
    assert laest == forventet


@given(episoder)
def test_lighed_og_hash_foelger_de_offentlige_felter(episode: tuple[object, object]) -> None:
    a, b = _beregn(*episode), _beregn(*episode)
    _ = a.begrundelse  # kun den ene har regnet sine felter
    assert a == b
    assert hash(a) == hash(b)
    assert (a != b) is False  # __ne__ prøves for sig
    assert a != "ikke en beregning"


@given(episoder)
def test_hurtig_fordeling_er_som_den_laesbare(episode: tuple[object, object]) -> None:
    r = _beregn(*episode)
    kat = [0] * 7
    rum = [0, 0, 0]
    _fordel(r._s_us, r._e_us, OFFICIEL_KALENDER, kat, rum)
    assert _fordel_kat(r._s_us, r._e_us, OFFICIEL_KALENDER) == kat
    assert sum(kat) == sum(rum) == r._e_us - r._s_us


def test_uens_beregninger_er_forskellige() -> None:
    # 1 time hverdag dag (277,21 kr.) mod 2 timer (554,42 kr.): Afregning, grundløn
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)
    en = beregn_ledsagelse(start, start + timedelta(hours=1))
    to = beregn_ledsagelse(start, start + timedelta(hours=2))
    assert (en.total, to.total) == (Decimal("277.21"), Decimal("554.42"))
    assert en != to
    assert hash(en) != hash(to) or en != to


def test_repr_viser_de_offentlige_felter_i_orden() -> None:
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)
    r = beregn_ledsagelse(start, start + timedelta(hours=1))
    tekst = repr(r)
    assert tekst.startswith("Ledsagelsesberegning(start=datetime.datetime(2019, 3, 6, 8, 0, ")
    positioner = [tekst.index(f" {navn}=") for navn in FELTER[1:]]
    assert positioner == sorted(positioner)
    assert "_s_us" not in tekst and "total=Decimal('277.21')" in tekst


# --------------------------------------------------------------------------- hurtig vej

_FEJLKALD: list[tuple[object, object]] = [
    (datetime(2019, 3, 6, 8), datetime(2019, 3, 6, 9, tzinfo=UTC)),  # naiv start
    (datetime(2019, 3, 6, 9, tzinfo=UTC), datetime(2019, 3, 6, 8, tzinfo=UTC)),  # slut før
    (datetime(2019, 3, 31, 2, 30, tzinfo=KBH), datetime(2019, 3, 31, 5, tzinfo=KBH)),  # FAE-03
    (datetime(2025, 3, 6, 8, tzinfo=UTC), datetime(2025, 3, 6, 9, tzinfo=UTC)),  # ingen tabel
    (datetime(1850, 1, 1, tzinfo=UTC), datetime(1850, 1, 2, tzinfo=UTC)),  # uden for kalenderen
    (datetime(2019, 1, 1, tzinfo=UTC), datetime(2021, 6, 1, tzinfo=UTC)),  # over to år
    ("2019-03-06T08:00", "2019-03-06T09:00+01:00"),  # naiv tekst
    (date(2019, 3, 6), datetime(2019, 3, 6, 9, tzinfo=UTC)),  # en dato
    ("ikke et tidspunkt", None),
]


@pytest.mark.parametrize(("start", "slut"), _FEJLKALD)
def test_hurtig_vej_giver_samme_fejl_som_den_fulde(start: object, slut: object) -> None:
    # positionelle argumenter tager den hurtige vej; navngivne går altid den fulde vej
    with pytest.raises(ForloebsreglerFejl) as hurtig:
        forloebsregler.beregn_ledsagelse(start, slut)  # type: ignore[arg-type]
    with pytest.raises(ForloebsreglerFejl) as fuld:
        forloebsregler.beregn_ledsagelse(start=start, slut=slut)  # type: ignore[arg-type]
    assert type(hurtig.value) is type(fuld.value)
    assert str(hurtig.value) == str(fuld.value)


@given(episoder)
def test_hurtig_vej_giver_samme_resultat_som_den_fulde(episode: tuple[object, object]) -> None:
    start, slut = episode
    try:
        fuld = forloebsregler.beregn_ledsagelse(start=start, slut=slut)  # type: ignore[arg-type]
    except ForloebsreglerFejl as fejl:
        with pytest.raises(type(fejl)):
            forloebsregler.beregn_ledsagelse(start, slut)  # type: ignore[arg-type]
        return
    hurtig = forloebsregler.beregn_ledsagelse(start, slut)  # type: ignore[arg-type]
    assert serialisering.til_dict(hurtig) == serialisering.til_dict(fuld)


def test_batchen_afviser_en_lokal_tid_der_ikke_findes() -> None:
    # FAE-03: 2019-03-31 kl. 02:30 findes ikke i København (uret springer fra 02 til 03).
    # Batchens hurtige vej godtog før et sådant tidspunkt og prissatte det stiltiende.
    start = datetime(2019, 3, 31, 2, 30, tzinfo=KBH)
    slut = datetime(2019, 3, 31, 5, tzinfo=KBH)
    (post,) = list(beregn_mange([(start, slut)]))
    assert post["total"] is None
    assert "findes ikke i Europe/Copenhagen" in post["fejl"]
    assert "FAE-03" in post["fejl"]


# --------------------------------------------------------------------------- batchens hurtige vej

_SKIFT = [
    datetime(aar, maaned, dag, 1, tzinfo=UTC)
    for aar, maaned, dag in [(2019, 3, 31), (2019, 10, 27), (1940, 4, 1), (2199, 10, 27)]
]


@given(
    st.one_of(
        st.integers(min_value=MIN_US, max_value=MAX_US),
        st.builds(
            lambda skift, forskyd: tid_us(skift) + forskyd,
            st.sampled_from(_SKIFT),
            st.integers(min_value=-3 * 3_600_000_000, max_value=3 * 3_600_000_000),
        ),
    )
)
def test_batchens_isotekst_er_isoformat_i_dansk_tid(us: int) -> None:
    assert _iso(us) == tid_af_us(us).isoformat()


def test_batchens_isotekst_ved_sommertidsskiftet() -> None:
    # Efterårets skift 27.10.2019: kl. 01:00 UTC går uret fra 03:00+02:00 til 02:00+01:00.
    skift = tid_us(datetime(2019, 10, 27, 1, tzinfo=UTC))
    assert _iso(skift - 60_000_000) == "2019-10-27T02:59:00+02:00"
    assert _iso(skift) == "2019-10-27T02:00:00+01:00"
    assert _iso(skift + 1_500_000) == "2019-10-27T02:00:01.500000+01:00"


def test_batchens_tal_har_faste_decimaler() -> None:
    # 1 time og 1 minut hverdag dag: 1,0167 timer à 277,21 kr. = 281,83 kr. (Afregning)
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)
    for _ in range(2):  # anden gang fra batchens gemte værdier
        (post,) = list(beregn_mange([(start, start + timedelta(minutes=61))]))
        assert str(post["timer"]) == "1.0167"
        assert str(post["beloeb_GRUNDLOEN"]) == "281.83"
        assert str(post["total"]) == "281.83"
        assert str(post["timer_LOERDAG_DAG"]) == "0.0000"


def test_batchen_laeser_hoejst_en_bid_forud_og_giver_foerste_post_straks() -> None:
    laest = 0
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)

    def episoder() -> Iterator[tuple[datetime, datetime]]:
        nonlocal laest
        for _ in range(2_000):
            laest += 1
            yield start, start + timedelta(hours=1)

    stroem = beregn_mange(episoder())
    next(stroem)
    assert laest == 1
    poster = 1 + sum(1 for _ in itertools.islice(stroem, 600))
    assert poster == 601
    assert laest - poster <= 256


def test_batchen_efterlader_kalderens_kontekst_mellem_posterne() -> None:
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)
    with decimal.localcontext() as kontekst:
        kontekst.prec = 2
        kontekst.rounding = decimal.ROUND_DOWN
        for post in beregn_mange([(start, start + timedelta(hours=3))] * 300):
            assert decimal.getcontext() is kontekst
            assert post["total"] == Decimal("831.63")  # 3 × 277,21 kr.


def test_batchen_leverer_faerdige_poster_foer_kildens_fejl() -> None:
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)

    def episoder() -> Iterator[tuple[datetime, datetime]]:
        for _ in range(5):
            yield start, start + timedelta(hours=1)
        raise OSError("disken forsvandt")

    stroem = beregn_mange(episoder())
    poster = [next(stroem) for _ in range(5)]
    assert [p["raekke"] for p in poster] == [1, 2, 3, 4, 5]
    with pytest.raises(OSError, match="disken forsvandt"):
        next(stroem)
    with pytest.raises(StopIteration):
        next(stroem)
