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
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import forloebsregler
from forloebsregler import _ledsagelsespris_hurtig as hurtig
from forloebsregler import serialisering
from forloebsregler._ledsagelse_grundlag import MAX_US, MIN_US, tid_af_us, tid_us
from forloebsregler._ledsagelsespris_hurtig import _blokke, _fordel, _iso, _kategoritid
from forloebsregler.fejl import (
    ForloebsreglerFejl,
    ManglendeTakstFejl,
    NaivtTidspunktFejl,
    PeriodeFejl,
)
from forloebsregler.kalender import OFFICIEL_KALENDER, Kalender
from forloebsregler.ledsagelsespris import Ledsagelsesberegning, beregn_ledsagelse, beregn_mange
from forloebsregler.takster import STANDARD_TAKSTREGISTER, TAKSTER_2019
from forloebsregler.takstperioder import Takstkategori
from forloebsregler.testing import kanttidspunkter, sommertidsoejeblikke
from forloebsregler.testing import ledsagelse as strategier

ALLE_DATOER = TAKSTER_2019.uden_datograense()
KBH = ZoneInfo("Europe/Copenhagen")
FELTER = Ledsagelsesberegning._offentlige_felter

episoder = strategier.ledsagelsesepisoder()


def _fordel_kat(start_us: int, slut_us: int, kalender: Any) -> list[int]:
    """Den hurtige fordeling (`_kategoritid`) som syv tal pr. takstkategori, som `_fordel`."""
    kat = [0, 0, 0, 0, 0, 0, 0]
    for k, us in _kategoritid(start_us, slut_us, kalender, _blokke(kalender)).items():
        kat[k] = us
    return kat


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


_TAKSTVALG = st.sampled_from(
    [
        None,
        TAKSTER_2019,
        TAKSTER_2019.uden_datograense(),
        STANDARD_TAKSTREGISTER,
        # 2019 og fremskrevne tabeller for 2020-2024: forløb over et årsskifte får to niveauer
        TAKSTER_2019.fremskriv_aarligt({aar: "1.02" for aar in range(2020, 2025)}),
    ]
)
_KALENDERVALG = st.sampled_from(
    [
        None,
        OFFICIEL_KALENDER,
        OFFICIEL_KALENDER.med_dage(date(2019, 3, 6), date(2020, 6, 1)),
        OFFICIEL_KALENDER.uden_dage(date(2019, 12, 25), date(2020, 1, 1)),
    ]
)


@given(episoder, _TAKSTVALG, _KALENDERVALG)
def test_hurtig_vej_med_takster_og_kalender_giver_samme_som_den_fulde(
    episode: tuple[object, object], takster: Any, kalender: Any
) -> None:
    # positionelle tidspunkter og takster=/kalender= tager den hurtige vej; navngivne
    # tidspunkter går den fulde vej
    start, slut = episode
    valg = {"takster": takster, "kalender": kalender}
    try:
        fuld = forloebsregler.beregn_ledsagelse(start=start, slut=slut, **valg)
    except ForloebsreglerFejl as fejl:
        with pytest.raises(type(fejl)) as hurtig_fejl:
            forloebsregler.beregn_ledsagelse(start, slut, **valg)
        assert str(hurtig_fejl.value) == str(fejl)
        return
    hurtig = forloebsregler.beregn_ledsagelse(start, slut, **valg)
    assert serialisering.til_dict(hurtig) == serialisering.til_dict(fuld)
    assert hurtig == fuld and hash(hurtig) == hash(fuld)


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

# Hele tidsregningen (MIN_US–MAX_US, 1900–2199) fra de offentlige strategier: vilkårlige
# tidspunkter, der favoriserer kantdatoer og intervallets ender, og øjeblikke omkring hvert
# dansk sommertidsskift 1916–2199 (også de gamle regler); brøkdelen af et sekund lægges til.
_HELE_TIDEN = kanttidspunkter(fra=date(1900, 1, 2), til=date(2199, 12, 29)).map(tid_us)
_OMKRING_SKIFT = st.builds(
    lambda oejeblik, us: tid_us(oejeblik) + us,
    sommertidsoejeblikke(fra_aar=1900, til_aar=2199),
    st.integers(min_value=0, max_value=999_999),
)


@given(st.one_of(_HELE_TIDEN.filter(lambda us: MIN_US <= us <= MAX_US), _OMKRING_SKIFT))
@example(MIN_US)
@example(MAX_US)
def test_batchens_isotekst_er_isoformat_i_dansk_tid(us: int) -> None:
    assert _iso(us) == tid_af_us(us).isoformat()


def test_batchens_isotekst_ved_sommertidsskiftet() -> None:
    # Efterårets skift 27.10.2019: kl. 01:00 UTC går uret fra 03:00+02:00 til 02:00+01:00.
    skift = tid_us(datetime(2019, 10, 27, 1, tzinfo=UTC))
    assert _iso(skift - 60_000_000) == "2019-10-27T02:59:00+02:00"
    assert _iso(skift) == "2019-10-27T02:00:00+01:00"
    assert _iso(skift + 1_500_000) == "2019-10-27T02:00:01.500000+01:00"
    assert _iso(skift + 59_000_000) == "2019-10-27T02:00:59+01:00"  # hele sekunder: ingen brøk
    assert _iso(skift + 60_000_001) == "2019-10-27T02:01:00.000001+01:00"


def test_batchens_tal_har_faste_decimaler() -> None:
    # 1 time og 1 minut hverdag dag: 1,0167 timer à 277,21 kr. = 281,83 kr. (Afregning)
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)
    for _ in range(2):  # anden gang med de gemte opslag for døgnet
        (post,) = list(beregn_mange([(start, start + timedelta(minutes=61))]))
        assert str(post["timer"]) == "1.0167"
        assert str(post["beloeb_GRUNDLOEN"]) == "281.83"
        assert str(post["total"]) == "281.83"
        assert str(post["timer_LOERDAG_DAG"]) == "0.0000"


def _taellende_episoder(laest: list[int]) -> Iterator[tuple[datetime, datetime]]:
    """2.000 ens episoder på en time; `laest[0]` tæller, hvor mange batchen har hentet."""
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)
    for _ in range(2_000):
        laest[0] += 1
        yield start, start + timedelta(hours=1)


def test_batchen_laeser_hoejst_en_bid_forud_og_giver_foerste_post_straks() -> None:
    laest = [0]
    stroem = beregn_mange(_taellende_episoder(laest))
    next(stroem)
    assert laest[0] == 1
    poster = 1 + sum(1 for _ in itertools.islice(stroem, 600))
    assert poster == 601
    assert laest[0] - poster <= 256


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


# ------------------------------------------------------------------- mutationstest (issue 18)
# Skrevet efter mutationstesten af den omlagte ledsagelsespris (docs/kvalitet.md, »Efter
# hastighedsarbejdet (issue 18): ledsagelsesprisen«). Lagrene fyldes, før en mutant slås til,
# og den hurtige vej bygges ved import; derfor prøves de her med tomme lagre og direkte kald.
# Beløbene er regnet i hånden ud fra timetaksterne i samarbejdsaftalens afsnit Afregning.

_EN_TIME_US = 3_600_000_000


def test_fabrikkens_hurtige_vej_tager_kun_to_positionelle_tidspunkter() -> None:
    kald: list[tuple[str, tuple[object, ...], dict[str, object]]] = []

    def fuld(*args: object, **kwargs: object) -> str:
        kald.append(("fuld", args, kwargs))
        return "fuld"

    def ny(*args: object, **kwargs: object) -> str:
        kald.append(("ny", args, kwargs))
        return "ny"

    let = hurtig._beregn_fabrik(fuld, ny=ny)
    # onsdag 6.3.2019 kl. 08:00–09:30: halvanden time grundløn (hverdage kl. 06-17)
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)
    slut = datetime(2019, 3, 6, 9, 30, tzinfo=KBH)
    s_us = (start - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)
    e_us = s_us + 90 * 60 * 1_000_000
    assert let(start, slut) == "ny"
    dele = ((TAKSTER_2019, (e_us - s_us, 0, 0, 0, 0, 0, 0)),)
    oere = 41_582  # 1,5 × 277,21 kr. = 415,815 kr., afrundet halvt op til 415,82 kr. (LED-04)
    assert kald == [("ny", (s_us, e_us, dele, oere, STANDARD_TAKSTREGISTER, OFFICIEL_KALENDER), {})]
    assert kald[0][1][4] is STANDARD_TAKSTREGISTER and kald[0][1][5] is OFFICIEL_KALENDER

    # takster= (en tabel eller et register) og kalender= som navngivne tager også den hurtige
    # vej; samme 1,5 time grundløn (41.582 øre) med 2019-tabellen selv og den officielle kalender
    for kwargs, tabeller in (
        ({"takster": TAKSTER_2019}, TAKSTER_2019),
        ({"kalender": OFFICIEL_KALENDER}, STANDARD_TAKSTREGISTER),
        ({"takster": STANDARD_TAKSTREGISTER, "kalender": None}, STANDARD_TAKSTREGISTER),
    ):
        kald.clear()
        assert let(start, slut, **kwargs) == "ny"
        assert kald == [("ny", (s_us, e_us, dele, oere, tabeller, OFFICIEL_KALENDER), {})]
    # med onsdag 6.3.2019 som ekstra helligdag: 1,5 time søn-/helligdag dag à 554,41 kr. =
    # 831,615 kr., afrundet halvt op til 831,62 kr. (Afregning; LED-04)
    helligdag = OFFICIEL_KALENDER.med_dage(date(2019, 3, 6))
    kald.clear()
    assert let(start, slut, kalender=helligdag) == "ny"
    helligdele = ((TAKSTER_2019, (0, 0, 0, 0, 0, e_us - s_us, 0)),)
    assert kald == [("ny", (s_us, e_us, helligdele, 83_162, STANDARD_TAKSTREGISTER, helligdag), {})]

    class EgenKalender(Kalender):
        pass

    # alt andet går uændret videre til den fulde funktion
    andre: list[tuple[tuple[object, ...], dict[str, object]]] = [
        ((start, slut, "tredje"), {}),
        ((start,), {"slut": slut}),
        ((start, slut), {"takster": "takster.toml"}),  # en takstfil: den fulde vej læser den
        ((start, slut), {"takster": TAKSTER_2019, "ukendt": 1}),
        ((start, slut), {"kalender": EgenKalender()}),  # en underklasse
        ((start, slut), {"kalender": "officiel"}),
        (("ikke et tidspunkt", slut), {}),
        ((slut, start), {}),  # slut før start
        # 2025 ligger uden for 2019-tabellen: den fulde vej giver fejlen
        ((start.replace(year=2025), slut.replace(year=2025)), {"takster": TAKSTER_2019}),
        ((), {}),
    ]
    for args, kwargs in andre:
        kald.clear()
        assert let(*args, **kwargs) == "fuld"
        assert kald == [("fuld", args, kwargs)]


_EN_DAG_US = 24 * _EN_TIME_US


def test_isodelene_pr_doegn_regnes_fra_tomt_lager(monkeypatch: pytest.MonkeyPatch) -> None:
    gemt: dict[int, object] = {}
    monkeypatch.setattr(hurtig, "_ISO_PR_DOEGN", gemt)
    # Sommertid fra 31.3.2019 kl. 01:00 UTC til 27.10.2019 kl. 01:00 UTC (+02:00), ellers
    # +01:00. Et UTC-døgn med et fast offset har UTC-døgnets dato til og med kl. 23 dansk tid
    # og derefter den næste dato (med +01:00 fra kl. 23 UTC, med +02:00 fra kl. 22 UTC).
    forventet = {
        date(2019, 3, 6): (1, "2019-03-06T", "2019-03-07T", "+01:00"),
        date(2019, 3, 31): None,  # skiftet til sommertid kl. 01:00 UTC: to offsets
        date(2019, 7, 1): (2, "2019-07-01T", "2019-07-02T", "+02:00"),
        date(2019, 10, 27): None,  # skiftet fra sommertid kl. 01:00 UTC
        date(2019, 10, 28): (1, "2019-10-28T", "2019-10-29T", "+01:00"),
        date(2019, 12, 31): (1, "2019-12-31T", "2020-01-01T", "+01:00"),  # nyt år i DK
        date(1969, 12, 31): (1, "1969-12-31T", "1970-01-01T", "+01:00"),  # før epoken
        # Københavns lokale middeltid før 1894 (+00:50:20) er ikke hele timer, og døgnet med
        # skiftet til +01:00 (1.1.1894 kl. 00:00 lokal middeltid, 31.12.1893 kl. 23:09:40
        # UTC) har to offsets: None; det første hele døgn med +01:00 er 1.1.1894
        date(1890, 6, 1): None,
        date(1893, 12, 31): None,
        date(1894, 1, 1): (1, "1894-01-01T", "1894-01-02T", "+01:00"),
    }
    for dag, svar in forventet.items():
        nr = (dag - date(1970, 1, 1)).days
        for _ in range(2):  # anden gang fra lageret
            assert hurtig._doegnets_isodele(nr) == svar
    assert sorted(gemt) == sorted((dag - date(1970, 1, 1)).days for dag in forventet)


@pytest.mark.parametrize(
    ("tidspunkt", "tekst", "dele"),
    [
        # hele sekunder, men ikke et helt minut: ingen brøkdel
        (
            datetime(2019, 3, 6, 11, 0, 30, tzinfo=UTC),
            "2019-03-06T12:00:30+01:00",
            (1, "2019-03-06T", "2019-03-07T", "+01:00"),
        ),
        (
            datetime(2019, 7, 1, 10, 15, tzinfo=UTC),
            "2019-07-01T12:15:00+02:00",
            (2, "2019-07-01T", "2019-07-02T", "+02:00"),
        ),
        # datoen skifter i dansk tid, men ikke i UTC: kl. 22 UTC med +02:00 er kl. 00
        (
            datetime(2019, 7, 1, 22, 0, 5, tzinfo=UTC),
            "2019-07-02T00:00:05+02:00",
            (2, "2019-07-01T", "2019-07-02T", "+02:00"),
        ),
        (
            datetime(2019, 12, 31, 23, 59, 59, 250_000, tzinfo=UTC),
            "2020-01-01T00:59:59.250000+01:00",
            (1, "2019-12-31T", "2020-01-01T", "+01:00"),
        ),
        # før epoken (negative døgn)
        (
            datetime(1969, 12, 31, 22, 0, 1, tzinfo=UTC),
            "1969-12-31T23:00:01+01:00",
            (1, "1969-12-31T", "1970-01-01T", "+01:00"),
        ),
    ],
)
def test_batchens_isotekst_fra_tomt_lager(
    monkeypatch: pytest.MonkeyPatch, tidspunkt: datetime, tekst: str, dele: tuple[object, ...]
) -> None:
    gemt: dict[int, object] = {}
    monkeypatch.setattr(hurtig, "_ISO_PR_DOEGN", gemt)
    us = tid_us(tidspunkt)
    for _ in range(2):  # anden gang fra lageret
        assert _iso(us) == tekst
    # teksten er sat sammen af døgnets dele, som nu er gemt
    assert gemt == {us // _EN_DAG_US: dele}


def test_batchens_isotekst_bruger_det_gemte_doegn(monkeypatch: pytest.MonkeyPatch) -> None:
    # Et gemt døgn slås ikke op igen: teksten sættes sammen af de gemte dele (her opdigtede,
    # så det ses, at de bruges): kl. 11 UTC + 1 time er kl. 12 samme dato, kl. 23 UTC + 1 er
    # kl. 00 den næste dato.
    doegn = tid_us(datetime(2019, 3, 6, tzinfo=UTC)) // _EN_DAG_US
    monkeypatch.setattr(hurtig, "_ISO_PR_DOEGN", {doegn: (1, "D0T", "D1T", "+zz")})
    assert _iso(doegn * _EN_DAG_US + 11 * _EN_TIME_US) == "D0T12:00:00+zz"
    assert _iso(doegn * _EN_DAG_US + 23 * _EN_TIME_US + 1) == "D1T00:00:00.000001+zz"


def test_batchens_isotekst_uden_timedele(monkeypatch: pytest.MonkeyPatch) -> None:
    # Et døgn uden et fast offset i hele timer regnes den lange vej (isoformat), også fra
    # lageret: 1.6.1890 kl. 12:00:00,5 UTC er 12:50:20,5 lokal middeltid.
    monkeypatch.setattr(hurtig, "_ISO_PR_DOEGN", {})
    us = tid_us(datetime(1890, 6, 1, 12, 0, 0, 500_000, tzinfo=UTC))
    for _ in range(2):
        assert _iso(us) == "1890-06-01T12:50:20.500000+00:50:20"


def test_batchens_isotekst_paa_et_skiftedoegn(monkeypatch: pytest.MonkeyPatch) -> None:
    # 27.10.2019: kl. 00:30 UTC er 02:30+02:00, kl. 01:30 UTC er 02:30+01:00 (samme vægur).
    monkeypatch.setattr(hurtig, "_ISO_PR_DOEGN", {})
    foer = tid_us(datetime(2019, 10, 27, 0, 30, tzinfo=UTC))
    assert _iso(foer) == "2019-10-27T02:30:00+02:00"
    assert _iso(foer + _EN_TIME_US) == "2019-10-27T02:30:00+01:00"


def test_batchens_lagre_er_begraensede(monkeypatch: pytest.MonkeyPatch) -> None:
    maks = hurtig._MAKS_DOEGN
    doegn = tid_us(datetime(2019, 3, 6, tzinfo=UTC)) // _EN_DAG_US
    # et lager med plads til én mere fyldes op; et fuldt lager tømmes før det næste
    iso: dict[int, object] = dict.fromkeys(range(-maks, -1))
    monkeypatch.setattr(hurtig, "_ISO_PR_DOEGN", iso)
    assert _iso(doegn * _EN_DAG_US + 11 * _EN_TIME_US) == "2019-03-06T12:00:00+01:00"
    assert len(iso) == maks
    assert _iso((doegn + 1) * _EN_DAG_US) == "2019-03-07T01:00:00+01:00"
    assert list(iso) == [doegn + 1]

    maks = hurtig._MAKS_BLOKKE
    blokke: dict[int, Any] = dict.fromkeys(range(-maks, -1))
    start = doegn * _EN_DAG_US + 7 * _EN_TIME_US  # onsdag kl. 08 dansk tid: grundløn
    assert hurtig._kategoritid(start, start + _EN_TIME_US, OFFICIEL_KALENDER, blokke) == {
        0: _EN_TIME_US
    }
    assert len(blokke) == maks
    start += _EN_DAG_US  # torsdag, i et nyt døgn
    assert hurtig._kategoritid(start, start + _EN_TIME_US, OFFICIEL_KALENDER, blokke) == {
        0: _EN_TIME_US
    }
    assert list(blokke) == [doegn + 1]


def test_blokken_er_kalenderens_tidsrum_uden_huller() -> None:
    # Onsdag 6.3.2019: UTC-døgnet og de to næste (til lørdag kl. 01 dansk tid, hvor blokken er
    # skåret af). Tidsrummene er kl. 06–17 (dag) og 17–06 (aften og nat, samme kategori, slået
    # sammen); fredag aften/nat er sin egen kategori (Afregning; LED-01).
    def lokal(dag: int, time: int) -> int:
        return tid_us(datetime(2019, 3, dag, time, tzinfo=KBH))

    doegn = tid_us(datetime(2019, 3, 6, tzinfo=UTC)) // _EN_DAG_US
    grund, hverdag_nat, fredag_nat = 0, 1, 2
    forventet = [
        (lokal(5, 23), lokal(6, 6), hverdag_nat),  # tirsdagens nat
        (lokal(6, 6), lokal(6, 17), grund),
        (lokal(6, 17), lokal(7, 6), hverdag_nat),
        (lokal(7, 6), lokal(7, 17), grund),
        (lokal(7, 17), lokal(8, 6), hverdag_nat),
        (lokal(8, 6), lokal(8, 17), grund),
        (lokal(8, 17), lokal(9, 1), fredag_nat),  # skåret af ved blokkens slut
    ]
    slutter, tidsrum = hurtig._blok(OFFICIEL_KALENDER, doegn)
    assert tidsrum == forventet
    assert slutter == [b for _, b, _ in forventet]


_SLUT_2100 = tid_us(datetime(2101, 1, 1, tzinfo=KBH))


@given(
    st.one_of(
        st.integers(min_value=MIN_US, max_value=MAX_US),
        st.integers(min_value=_SLUT_2100 - 70 * _EN_DAG_US, max_value=_SLUT_2100),
    ),
    st.integers(min_value=0, max_value=60 * _EN_DAG_US),
)
@example(tid_us(datetime(2100, 12, 29, 10, tzinfo=KBH)), _EN_TIME_US)
@example(tid_us(datetime(2100, 12, 31, 10, tzinfo=KBH)), _EN_TIME_US)
@example(tid_us(datetime(2100, 12, 31, 0, 30, tzinfo=KBH)), 3 * _EN_TIME_US // 2)
@example(tid_us(datetime(2100, 12, 28, 10, tzinfo=KBH)), 67 * _EN_TIME_US)
def test_hurtig_fordeling_over_mange_doegn(start: int, varighed: int) -> None:
    # Blokkene er tre døgn: et forløb på op til 60 døgn går gennem op til 21 blokke. Også ved
    # kalenderens ende (helligdagene kendes til og med 2100) giver de to det samme: samme tal,
    # eller samme fejl.
    slut = min(start + varighed, MAX_US)
    kat = [0] * 7
    try:
        _fordel(start, slut, OFFICIEL_KALENDER, kat, [0, 0, 0])
    except ForloebsreglerFejl as fejl:
        with pytest.raises(type(fejl), match=re.escape(str(fejl))):
            _fordel_kat(start, slut, OFFICIEL_KALENDER)
        return
    assert _fordel_kat(start, slut, OFFICIEL_KALENDER) == kat


def test_prisen_ved_kalenderens_ende() -> None:
    # Tirsdag 28., onsdag 29. og torsdag 30.12.2100 kl. 10–11: én time grundløn, 277,21 kr.
    # (Afregning). Helligdagene kendes til og med 2100, og den 31.12 bruger tidsrummene også
    # 1.1.2101, så den afvises (som før blokkene).
    takster = TAKSTER_2019.uden_datograense()
    for dag in (28, 29, 30):
        start = datetime(2100, 12, dag, 10, tzinfo=KBH)
        slut = start + timedelta(hours=1)
        assert beregn_ledsagelse(start, slut, takster=takster).total == Decimal("277.21")
        (post,) = beregn_mange([(start, slut)], takster=takster)
        assert (post["fejl"], post["total"]) == (None, Decimal("277.21"))
    start = datetime(2100, 12, 31, 10, tzinfo=KBH)
    with pytest.raises(ForloebsreglerFejl, match="året 2101 ligger uden for 1900–2100"):
        beregn_ledsagelse(start, start + timedelta(hours=1), takster=takster)
    # i batchen bliver det rækkens fejl, og batchen fortsætter med næste række (række 2 og 3
    # regnes i samme bid)
    foer = (datetime(2100, 12, 30, 10, tzinfo=KBH), datetime(2100, 12, 30, 11, tzinfo=KBH))
    forrige, afvist, naeste = beregn_mange(
        [foer, (start, start + timedelta(hours=1)), foer], takster=takster
    )
    assert afvist["total"] is None and "året 2101 ligger uden for 1900–2100" in afvist["fejl"]
    assert (afvist["raekke"], afvist["start"], afvist["timer"]) == (2, None, None)
    for nr, post in ((1, forrige), (3, naeste)):
        assert (post["raekke"], post["fejl"], post["total"]) == (nr, None, Decimal("277.21"))


def test_et_forloeb_ind_i_et_doegn_kalenderen_ikke_kan_afgoere_afvises_ogsaa_i_blokkene() -> None:
    # Den læsbare fordeling (`_fordel`) og `beregn_ledsagelse` afviser ethvert forløb, der når
    # UTC-døgnet 31.12.2100 (fra kl. 01 dansk tid): dets tidsrum bruger også 1.1.2101, som
    # kalenderen ikke kender. Sådan var det også i batchen før blokkene (0baae8d: batchen
    # stoppede med fejlen). Et forløb, der begynder før kl. 01 og slutter i natten, må ikke få
    # en pris af en blok fra et tidligere døgn; i batchen bliver det rækkens fejl.
    takster = TAKSTER_2019.uden_datograense()
    forloeb = [
        (datetime(2100, 12, 31, 0, 30, tzinfo=KBH), datetime(2100, 12, 31, 2, tzinfo=KBH)),
        (datetime(2100, 12, 30, 23, 30, tzinfo=KBH), datetime(2100, 12, 31, 1, 30, tzinfo=KBH)),
        (datetime(2100, 12, 29, 10, tzinfo=KBH), datetime(2100, 12, 31, 5, tzinfo=KBH)),
        # en fuld blok (28.–30.12) slutter også i natten til 31.12, som den ikke har slået op
        (datetime(2100, 12, 28, 10, tzinfo=KBH), datetime(2100, 12, 31, 5, tzinfo=KBH)),
    ]
    for start, slut in forloeb:
        s_us, e_us = tid_us(start), tid_us(slut)
        with pytest.raises(ForloebsreglerFejl, match="året 2101 ligger uden for 1900–2100"):
            _fordel(s_us, e_us, OFFICIEL_KALENDER, [0] * 7, [0, 0, 0])
        with pytest.raises(ForloebsreglerFejl, match="året 2101 ligger uden for 1900–2100"):
            beregn_ledsagelse(start, slut, takster=takster)
        with pytest.raises(ForloebsreglerFejl, match="året 2101 ligger uden for 1900–2100"):
            _fordel_kat(s_us, e_us, OFFICIEL_KALENDER)
        (post,) = beregn_mange([(start, slut)], takster=takster)
        assert post["fejl"] is not None and "året 2101 ligger uden for 1900–2100" in post["fejl"]
        assert (post["start"], post["timer"], post["total"]) == (None, None, None)


class _KalenderUdenJuni2030(forloebsregler.Kalender):
    """En kalender, der ikke kan slå dagene i juni 2030 op (fx en tjeneste, der er nede)."""

    def er_soen_eller_helligdag(self, dag: date) -> bool:
        if (dag.year, dag.month) == (2030, 6):
            raise RuntimeError(f"opslaget af {dag} fejlede")
        return super().er_soen_eller_helligdag(dag)


def test_fordelingen_slaar_ikke_doegn_op_som_forloebet_ikke_naar() -> None:
    # Torsdag 30.5.2030 er Kristi himmelfartsdag: kl. 10:30–15:30 er fem timer søn- og
    # helligdag dag à 554,41 kr. = 2.772,05 kr. (Afregning). Forløbet bruger kun kalenderens
    # 29.5.–31.5.; før blokkene (0baae8d) blev det prissat, selv om kalenderen ikke kunne
    # slå 1.6.2030 op. Blokkene må ikke læse kalenderen forud for forløbet.
    kalender = _KalenderUdenJuni2030()
    takster = TAKSTER_2019.uden_datograense()
    start = datetime(2030, 5, 30, 10, 30, tzinfo=KBH)
    slut = datetime(2030, 5, 30, 15, 30, tzinfo=KBH)
    svar = beregn_ledsagelse(start, slut, takster=takster, kalender=kalender)
    assert svar.total == Decimal("2772.05")
    (post,) = beregn_mange([(start, slut)], takster=takster, kalender=kalender)
    assert (post["fejl"], post["total"]) == (None, Decimal("2772.05"))
    assert post["timer_SOEN_HELLIGDAG_DAG"] == Decimal("5.0000")
    assert _fordel_kat(tid_us(start), tid_us(slut), kalender) == [0, 0, 0, 0, 0, 5 * _EN_TIME_US, 0]


def test_batchens_tal_regnet_i_haanden() -> None:
    # Fredag 1.3.2019 kl. 15:00–18:30: 2 timer grundløn à 277,21 kr. = 554,42 kr. og 1,5 time
    # fredag aften/nat à 415,81 kr. = 623,715 kr., afrundet halvt op til 623,72 kr.; i alt
    # 1.178,14 kr. (Afregning; LED-04).
    start = datetime(2019, 3, 1, 15, tzinfo=KBH)
    (post,) = list(beregn_mange([(start, start + timedelta(hours=3, minutes=30))]))
    assert post["fejl"] is None
    assert str(post["timer"]) == "3.5000"
    assert str(post["timer_GRUNDLOEN"]) == "2.0000"
    assert str(post["beloeb_GRUNDLOEN"]) == "554.42"
    assert str(post["timer_FREDAG_AFTEN_NAT"]) == "1.5000"
    assert str(post["beloeb_FREDAG_AFTEN_NAT"]) == "623.72"
    assert str(post["total"]) == "1178.14"
    assert str(post["timer_LOERDAG_DAG"]) == "0.0000"
    assert str(post["beloeb_LOERDAG_DAG"]) == "0.00"


def test_batchens_tal_for_en_kategori_og_et_tomt_forloeb_regnet_i_haanden() -> None:
    # Onsdag 6.3.2019 kl. 10:00–12:30 (Afregning; LED-04): 2,5 timer grundløn à 277,21 kr. =
    # 693,025 kr., afrundet halvt op til 693,03 kr. Det er hele episoden: timer og total er
    # kategoriens. Samme tid som liste og som mapping giver det samme; start = slut giver
    # nul timer og 0,00 kr. uden nogen kategori.
    start = datetime(2019, 3, 6, 10, tzinfo=KBH)
    slut = start + timedelta(hours=2, minutes=30)
    poster = list(
        beregn_mange([(start, slut), [start, slut], {"start": start, "slut": slut}, (start, start)])
    )
    for post in poster[:3]:
        assert post["fejl"] is None
        assert (str(post["timer"]), str(post["timer_GRUNDLOEN"])) == ("2.5000", "2.5000")
        assert (str(post["total"]), str(post["beloeb_GRUNDLOEN"])) == ("693.03", "693.03")
        assert str(post["beloeb_HVERDAG_AFTEN_NAT"]) == "0.00"
        assert str(post["timer_HVERDAG_AFTEN_NAT"]) == "0.0000"
    tom = poster[3]
    assert (tom["fejl"], str(tom["timer"]), str(tom["total"])) == (None, "0.0000", "0.00")
    assert [tom[f"beloeb_{k.name}"] for k in Takstkategori] == [Decimal("0.00")] * 7
    assert [p["raekke"] for p in poster] == [1, 2, 3, 4]


def test_batchen_over_to_takstniveauer_bruger_kalderens_kalender() -> None:
    # Afregning + LED-02: med en kalender, hvor tirsdag 31.12.2019 er helligdag, og 2020-
    # taksterne = 2019 × 2, regnet i hånden for 31.12.2019 kl. 16 til 1.1.2020 kl. 8 (dansk tid):
    #  16–17 søn-/helligdag dag, 2019:         1 t × 554,41 =   554,41
    #  17–24 søn-/helligdag aften/nat, 2019:   7 t × 623,71 = 4.365,97
    #  00–06 samme nat (begyndt 31.12), 2020:  6 t × 1.247,42 = 7.484,52
    #  06–08 nytårsdag dag, 2020:              2 t × 1.108,82 = 2.217,64
    kalender = OFFICIEL_KALENDER.med_dage("2019-12-31")
    register = TAKSTER_2019.fremskriv_aarligt({2020: "2"})
    (post,) = beregn_mange(
        [(datetime(2019, 12, 31, 16, tzinfo=KBH), datetime(2020, 1, 1, 8, tzinfo=KBH))],
        takster=register,
        kalender=kalender,
    )
    assert post["fejl"] is None
    assert post["niveau"] == ", ".join(t.niveau for t in register.tabeller)
    assert str(post["timer_SOEN_HELLIGDAG_DAG"]) == "3.0000"
    assert str(post["beloeb_SOEN_HELLIGDAG_DAG"]) == "2772.05"
    assert str(post["timer_SOEN_HELLIGDAG_AFTEN_NAT"]) == "13.0000"
    assert str(post["beloeb_SOEN_HELLIGDAG_AFTEN_NAT"]) == "11850.49"
    assert str(post["timer_HVERDAG_AFTEN_NAT"]) == "0.0000"  # uden kalenderen: hverdag
    assert str(post["beloeb_GRUNDLOEN"]) == "0.00"
    assert str(post["timer"]) == "16.0000"
    assert str(post["total"]) == "14622.54"


def test_batchens_tomme_episode_paa_tabelgraensen_hoerer_til_den_naeste_tabel() -> None:
    # En tabel gælder i sin egen periode, [fra, til): en episode, der begynder (og slutter)
    # præcis kl. 00 den 1.1.2020, ligger i 2020-tabellen, også når den forrige episode lå i
    # 2019-tabellen (som batchen prøver først). Tirsdag 31.12.2019 kl. 10–11: 1 time grundløn
    # à 277,21 kr. (Afregning). 2020-taksterne = 2019 × 2 (opdigtet testværdi).
    register = TAKSTER_2019.fremskriv_aarligt({2020: "2"})
    nytaar = datetime(2020, 1, 1, tzinfo=KBH)
    forrige, tom = beregn_mange(
        [
            (datetime(2019, 12, 31, 10, tzinfo=KBH), datetime(2019, 12, 31, 11, tzinfo=KBH)),
            (nytaar, nytaar),
        ],
        takster=register,
    )
    assert (forrige["niveau"], str(forrige["total"])) == (register.tabeller[0].niveau, "277.21")
    assert (tom["niveau"], str(tom["total"]), tom["fejl"]) == (
        register.tabeller[1].niveau,
        "0.00",
        None,
    )


def test_batchen_regner_i_sin_kontekst_ogsaa_naar_kilden_skifter_kontekst() -> None:
    # Kalderens decimal-kontekst flytter intet beløb — heller ikke, når kalderens egen
    # generator sætter en kontekst, mens batchen læser den (`localcontext` om et `yield`).
    # Onsdag 6.3.2019 kl. 10–19 (Afregning; LED-04): 7 timer grundløn à 277,21 kr. =
    # 1.940,47 kr. og 2 timer hverdag aften/nat à 346,51 kr. = 693,02 kr.; i alt 2.633,49 kr.
    start = datetime(2019, 3, 6, 10, tzinfo=KBH)
    slut = start + timedelta(hours=9)

    def pr_episode() -> Iterator[tuple[datetime, datetime]]:
        for _ in range(3):
            with decimal.localcontext() as kontekst:
                kontekst.prec = 4
                yield (start, slut)

    def om_det_hele() -> Iterator[tuple[datetime, datetime]]:
        with decimal.localcontext() as kontekst:
            kontekst.prec = 4
            yield from [(start, slut)] * 3

    for episoder in (pr_episode(), om_det_hele()):
        poster = list(beregn_mange(episoder))
        assert [str(p["total"]) for p in poster] == ["2633.49"] * 3
        assert [str(p["beloeb_GRUNDLOEN"]) for p in poster] == ["1940.47"] * 3
        assert [str(p["beloeb_HVERDAG_AFTEN_NAT"]) for p in poster] == ["693.02"] * 3
        assert [str(p["timer"]) for p in poster] == ["9.0000"] * 3
        assert [str(p["timer_GRUNDLOEN"]) for p in poster] == ["7.0000"] * 3
    assert decimal.getcontext().prec == 28


def test_batchens_timer_afrundes_halvt_op_paa_fjerde_decimal() -> None:
    # 180.000 µs er præcis 0,00005 time: halvt op til 0,0001; ét µs mindre giver 0,0000.
    # Beløbet: 0,00005 t × 277,21 kr. = 0,0138605 kr., afrundet til 0,01 kr. (grundløn).
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)
    poster = list(
        beregn_mange(
            [
                (start, start + timedelta(microseconds=179_999)),
                (start, start + timedelta(microseconds=180_000)),
            ]
        )
    )
    assert [str(p["timer"]) for p in poster] == ["0.0000", "0.0001"]
    assert [str(p["timer_GRUNDLOEN"]) for p in poster] == ["0.0000", "0.0001"]
    assert [str(p["total"]) for p in poster] == ["0.01", "0.01"]


def test_batchen_afviser_en_tupel_med_tre_elementer() -> None:
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)
    (post,) = list(beregn_mange([(start, start + timedelta(hours=1), "ekstra")]))  # type: ignore[list-item]
    assert post["total"] is None
    assert post["fejl"].startswith("episode: fik ")
    assert post["fejl"].endswith("; accepterer {'start': ..., 'slut': ...} eller (start, slut)")


def test_batchen_regner_i_bidder_der_fordobles_op_til_256() -> None:
    laest = [0]
    stroem = beregn_mange(_taellende_episoder(laest))
    efter: list[int] = []
    for _ in range(800):
        next(stroem)
        efter.append(laest[0])
    # bidderne er 1, 2, 4, …, 128, 256, 256, …: efter post n er der læst den første sum
    # 1, 3, 7, 15, 31, 63, 127, 255, 511, 767, 1.023, der er mindst n
    summer = [1, 3, 7, 15, 31, 63, 127, 255, 511, 767, 1_023]
    assert efter == [next(s for s in summer if s >= n) for n in range(1, 801)]


def test_hash_skelner_forskellige_beregninger() -> None:
    start = datetime(2019, 3, 6, 8, tzinfo=KBH)
    beregninger = [beregn_ledsagelse(start, start + timedelta(minutes=m)) for m in range(1, 25)]
    assert len({hash(b) for b in beregninger}) == len(beregninger)


# ------------------------------------------------------------- gennemgang af 12e392d (issue 18)
# Den fulde vej (og 41042e9 for kald med takster=/kalender=) rejser fejlen alene: den har
# hverken `__context__` eller `__cause__`. Den hurtige vej fanger sin egen fejl og kalder den
# fulde vej inde i `except`-blokken, så fejlen derfra bliver kædet til en kopi af sig selv
# (»During handling of the above exception, another exception occurred«).

_2020_TABEL = TAKSTER_2019.fremskriv("1.021", gyldig_fra="2020-01-01", gyldig_til="2020-12-31")
_ONSDAG_KL_8 = datetime(2019, 3, 6, 8, tzinfo=KBH)
_ONSDAG_KL_9_30 = datetime(2019, 3, 6, 9, 30, tzinfo=KBH)
_KAEDEDE_FEJL: list[tuple[tuple[object, ...], dict[str, Any], type[ForloebsreglerFejl]]] = [
    # timerne ligger 6.3.2019; tabellen gælder kun 2020 (LED-07: ingen stiltiende 2019-priser)
    ((_ONSDAG_KL_8, _ONSDAG_KL_9_30), {"takster": _2020_TABEL}, ManglendeTakstFejl),
    # registret har 2019 og 2021, men intet for 1.6.2020
    (
        (datetime(2020, 6, 1, 8, tzinfo=KBH), datetime(2020, 6, 1, 9, tzinfo=KBH)),
        {
            "takster": STANDARD_TAKSTREGISTER.med(
                _2020_TABEL.fremskriv(
                    "1", niveau="2021", gyldig_fra="2021-01-01", gyldig_til="2021-12-31"
                )
            )
        },
        ManglendeTakstFejl,
    ),
    # et naivt tidspunkt afvises (STYLE.md, punkt 5)
    (
        (datetime(2019, 3, 6, 8), _ONSDAG_KL_9_30),
        {"kalender": OFFICIEL_KALENDER},
        NaivtTidspunktFejl,
    ),
    # slut før start
    ((_ONSDAG_KL_9_30, _ONSDAG_KL_8), {"takster": None, "kalender": None}, PeriodeFejl),
    # uden navngivne valg: sådan allerede før 41042e9, men stadig anderledes end den fulde vej
    ((datetime(2019, 3, 6, 8), _ONSDAG_KL_9_30), {}, NaivtTidspunktFejl),
]


@pytest.mark.parametrize(("args", "kwargs", "fejltype"), _KAEDEDE_FEJL)
def test_hurtig_vej_kaeder_ikke_fejlen_fra_den_fulde_vej(
    args: tuple[object, ...], kwargs: dict[str, Any], fejltype: type[ForloebsreglerFejl]
) -> None:
    start, slut = args
    with pytest.raises(fejltype) as fuld:
        beregn_ledsagelse(start=start, slut=slut, **kwargs)  # type: ignore[arg-type]
    assert fuld.value.__context__ is None and fuld.value.__cause__ is None
    with pytest.raises(fejltype) as hurtig_fejl:
        beregn_ledsagelse(*args, **kwargs)  # type: ignore[arg-type]
    assert str(hurtig_fejl.value) == str(fuld.value)
    assert hurtig_fejl.value.__context__ is None
    assert hurtig_fejl.value.__cause__ is None
