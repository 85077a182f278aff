"""De fælles strategier i `forloebsregler.testing` (`_faelles`, `_tid`): gyldige træk tages af
biblioteket, ugyldige afvises med `ForloebsreglerFejl`, og kanterne nås."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any

import pytest
from hypothesis import find, given

from forloebsregler import (
    KOEBENHAVN,
    ForloebsreglerFejl,
    Kernesymptom,
    KomplicerendeFaktor,
    Ledsagesymptom,
    StyrkendeFaktor,
    kontroller_planoverdragelse,
    opstartsfrist,
    stratificer,
)
from forloebsregler.svar import Svar, eller, og
from forloebsregler.testing import (
    KANTDATOER,
    SOMMERTIDSSKIFT,
    _faelles,
    _tid,
    datoer,
    kanttidspunkter,
    medlemsmaengder,
    sommertidsoejeblikke,
    svarled,
)
from tests._naabarhed import FAA as _FAA
from tests._naabarhed import naabarhed

_FIND = naabarhed(300)  # nåbarhed: det første fund er nok

# Hver enum med det argument i `stratificer`, der tager en samling af dens medlemmer.
_MAENGDEARGUMENTER: list[tuple[type[Enum], str]] = [
    (Kernesymptom, "kernesymptomer"),
    (Ledsagesymptom, "ledsagesymptomer"),
    (KomplicerendeFaktor, "komplicerende"),
    (StyrkendeFaktor, "styrkende"),
]
_INGEN_SYMPTOMER: dict[str, Any] = {"kernesymptomer": (), "ledsagesymptomer": ()}


def test_navnene_er_dokumenteret() -> None:
    for modul in (_faelles, _tid):
        for navn in modul.__all__:
            objekt = getattr(modul, navn)
            assert not callable(objekt) or objekt.__doc__, navn


@pytest.mark.parametrize(("enum_cls", "argument"), _MAENGDEARGUMENTER)
def test_gyldige_medlemsmaengder_tages(enum_cls: type[Enum], argument: str) -> None:
    @_FAA
    @given(medlemsmaengder(enum_cls))
    def kontroller(maengde: frozenset[Enum]) -> None:
        assert isinstance(maengde, frozenset)
        assert all(isinstance(m, enum_cls) for m in maengde)
        resultat = stratificer(**{**_INGEN_SYMPTOMER, argument: maengde})
        assert resultat.begrundelse

    kontroller()


@pytest.mark.parametrize(("enum_cls", "argument"), _MAENGDEARGUMENTER)
def test_ugyldige_medlemsmaengder_afvises(enum_cls: type[Enum], argument: str) -> None:
    @_FAA
    @given(medlemsmaengder(enum_cls, gyldig=False, ekstra_ugyldige=("NEDTRYKT",)))
    def kontroller(maengde: frozenset[object]) -> None:
        assert isinstance(maengde, frozenset)
        assert sum(not isinstance(m, enum_cls) for m in maengde) == 1
        with pytest.raises(ForloebsreglerFejl):
            stratificer(**{**_INGEN_SYMPTOMER, argument: maengde})

    kontroller()


@pytest.mark.parametrize("enum_cls", [Kernesymptom, Ledsagesymptom, StyrkendeFaktor])
def test_tom_fuld_og_udvalg_naas(enum_cls: type[Enum]) -> None:
    alle = frozenset(enum_cls)
    for krav in (
        lambda m: m == frozenset(),
        lambda m: m == alle,
        lambda m: 0 < len(m) < len(alle),
    ):
        find(medlemsmaengder(enum_cls), krav, settings=_FIND)


def test_ekstra_ugyldige_naas() -> None:
    find(
        medlemsmaengder(
            Kernesymptom,
            gyldig=False,
            ekstra_ugyldige=(Ledsagesymptom.NEDSAT_SELVTILLID_ELLER_SELVFOELELSE,),
        ),
        lambda m: Ledsagesymptom.NEDSAT_SELVTILLID_ELLER_SELVFOELELSE in m,
        settings=_FIND,
    )


@_FAA
@given(svarled(), svarled())
def test_gyldige_svarled_tages(a: bool | Svar | None, b: bool | Svar | None) -> None:
    assert isinstance(og(a, b), Svar) and isinstance(eller(a, b), Svar)


@_FAA
@given(svarled(gyldig=False))
def test_ugyldige_svarled_afvises(led: object) -> None:
    with pytest.raises(ForloebsreglerFejl):
        og(True, led)  # type: ignore[arg-type]
    with pytest.raises(ForloebsreglerFejl):
        eller(False, led)  # type: ignore[arg-type]


@pytest.mark.parametrize("led", [True, False, None, *Svar], ids=repr)
def test_hvert_svarled_naas(led: bool | Svar | None) -> None:
    find(svarled(), lambda v: v is led, settings=_FIND)


def test_sommertidsskiftene_er_de_danske() -> None:
    # to pr. år 2018–2026: sidste søndag i marts og i oktober kl. 01.00 UTC
    assert len(SOMMERTIDSSKIFT) == 18
    for skift in SOMMERTIDSSKIFT:
        assert skift.tzinfo is UTC and skift.time().hour == 1 and skift.weekday() == 6
        assert skift.month in (3, 10) and (skift + timedelta(days=7)).month != skift.month
        foer = (skift - timedelta(seconds=1)).astimezone(KOEBENHAVN).utcoffset()
        efter = skift.astimezone(KOEBENHAVN).utcoffset()
        assert foer != efter
    assert datetime(2024, 3, 31, 1, tzinfo=UTC) in SOMMERTIDSSKIFT
    assert datetime(2025, 10, 26, 1, tzinfo=UTC) in SOMMERTIDSSKIFT


@_FAA
@given(sommertidsoejeblikke())
def test_gyldige_sommertidsoejeblikke_tages(oejeblik: datetime) -> None:
    assert oejeblik.tzinfo is UTC and oejeblik.microsecond == 0
    assert _til_naermeste_skift(oejeblik) <= timedelta(hours=26)
    lokal = oejeblik.astimezone(KOEBENHAVN).date()
    assert opstartsfrist(oejeblik).dato == lokal + timedelta(days=7)
    assert kontroller_planoverdragelse(oejeblik, oejeblik).begrundelse


@_FAA
@given(sommertidsoejeblikke(gyldig=False))
def test_ugyldige_sommertidsoejeblikke_afvises(tidspunkt: datetime) -> None:
    assert tidspunkt.tzinfo is None
    with pytest.raises(ForloebsreglerFejl):
        opstartsfrist(tidspunkt)


def _til_naermeste_skift(t: datetime) -> timedelta:
    return min(abs(t - s) for s in SOMMERTIDSSKIFT)


@pytest.mark.parametrize(
    "krav",
    [
        lambda t: t in SOMMERTIDSSKIFT,
        lambda t: t - timedelta(seconds=1) in SOMMERTIDSSKIFT,
        lambda t: t.date() == date(2018, 3, 25),
        lambda t: t.date() == date(2026, 10, 25),
        lambda t: any(
            timedelta(hours=25) < abs(t - s) <= timedelta(hours=26) for s in SOMMERTIDSSKIFT
        ),
    ],
    ids=["skiftet", "sekundet efter", "foerste aar", "sidste aar", "et doegn vaek"],
)
def test_sommertidskanterne_naas(krav: Any) -> None:
    find(sommertidsoejeblikke(), krav, settings=_FIND)


# --- Bredere intervaller: datoer(fra=, til=), kanttidspunkter(fra=, til=),
# sommertidsoejeblikke(fra_aar=, til_aar=) ------------------------------------------------------

_FRA, _TIL = date(1900, 1, 2), date(2199, 12, 29)


@_FAA
@given(datoer(fra=date(1950, 1, 1), til=date(2150, 12, 31)))
def test_datoer_i_et_bredere_interval_tages(dag: object) -> None:
    assert type(dag) is date and date(1950, 1, 1) <= dag <= date(2150, 12, 31)
    assert opstartsfrist(dag).dato == dag + timedelta(days=7)


@_FAA
@given(kanttidspunkter(fra=_FRA, til=_TIL))
def test_kanttidspunkter_i_et_bredere_interval_tages(tidspunkt: datetime) -> None:
    assert tidspunkt.utcoffset() is not None
    assert _FRA <= tidspunkt.astimezone(KOEBENHAVN).date() <= _TIL
    lokal = tidspunkt.astimezone(KOEBENHAVN).date()
    assert opstartsfrist(tidspunkt).dato == lokal + timedelta(days=7)


@_FAA
@given(kanttidspunkter(gyldig=False, fra=_FRA, til=_TIL))
def test_ugyldige_kanttidspunkter_i_et_bredere_interval_afvises(tidspunkt: datetime) -> None:
    assert tidspunkt.tzinfo is None and _FRA <= tidspunkt.date() <= _TIL
    with pytest.raises(ForloebsreglerFejl):
        opstartsfrist(tidspunkt)


@pytest.mark.parametrize(
    ("strategi", "krav"),
    [
        (datoer(fra=_FRA, til=_TIL), lambda d: d == _FRA),
        (datoer(fra=_FRA, til=_TIL), lambda d: d == _TIL),
        (datoer(fra=_FRA, til=_TIL), lambda d: d in KANTDATOER),
        (datoer(fra=_FRA, til=_TIL), lambda d: 1930 < d.year < 2000),
        (kanttidspunkter(fra=_FRA, til=_TIL), lambda t: t.astimezone(KOEBENHAVN).date() == _FRA),
        (kanttidspunkter(fra=_FRA, til=_TIL), lambda t: t.astimezone(KOEBENHAVN).date() == _TIL),
        (kanttidspunkter(fra=_FRA, til=_TIL), lambda t: t.year > 2150),
        (kanttidspunkter(fra=_FRA, til=_TIL), lambda t: t.tzinfo is not KOEBENHAVN),
    ],
    ids=["dato fra", "dato til", "kantdato", "dato midt i", "tid fra", "tid til", "sent", "zone"],
)
def test_et_bredere_interval_naar_sine_kanter(strategi: Any, krav: Any) -> None:
    find(strategi, krav, settings=_FIND)


def _skifter_inden_for_26_timer(t: datetime) -> bool:
    """Dansk tids forskydning er en anden 26 timer efter end lige før 26 timer før (regnet
    med zoneinfo, ikke med strategiens liste): et skift ligger i [t − 26 t, t + 26 t]."""
    foer = t - timedelta(hours=26, seconds=1)
    efter = t + timedelta(hours=26)
    return foer.astimezone(KOEBENHAVN).utcoffset() != efter.astimezone(KOEBENHAVN).utcoffset()


@_FAA
@given(sommertidsoejeblikke(fra_aar=1900, til_aar=2199))
def test_sommertidsoejeblikke_i_hele_tidsregningen_tages(oejeblik: datetime) -> None:
    assert oejeblik.tzinfo is UTC and oejeblik.microsecond == 0
    assert 1916 <= oejeblik.year <= 2199
    assert _skifter_inden_for_26_timer(oejeblik)
    lokal = oejeblik.astimezone(KOEBENHAVN).date()
    assert opstartsfrist(oejeblik).dato == lokal + timedelta(days=7)


@_FAA
@given(sommertidsoejeblikke(gyldig=False, fra_aar=1900, til_aar=2199))
def test_ugyldige_sommertidsoejeblikke_i_hele_tidsregningen_afvises(tidspunkt: datetime) -> None:
    assert tidspunkt.tzinfo is None
    with pytest.raises(ForloebsreglerFejl):
        opstartsfrist(tidspunkt)


def test_de_gamle_og_de_fremtidige_sommertidsskift() -> None:
    # Efter tidszonedatabasen for Europe/Copenhagen (i UTC): 1916 kl. 23 dansk tid 14. maj og
    # kl. 24 30. september sommertid; 1940 ved midnat 14./15. maj (besættelsen); 1980–1995
    # efterårsskift sidste søndag i september; siden 1996 sidste søndag i oktober, også 2199.
    skift = _tid._sommertidsskift_mellem(1900, 2199)
    for kendt in (
        datetime(1916, 5, 14, 22, tzinfo=UTC),
        datetime(1916, 9, 30, 22, tzinfo=UTC) - timedelta(hours=1),
        datetime(1940, 5, 14, 23, tzinfo=UTC),
        datetime(1995, 9, 24, 1, tzinfo=UTC),
        datetime(1996, 10, 27, 1, tzinfo=UTC),
        datetime(2199, 3, 31, 1, tzinfo=UTC),
        datetime(2199, 10, 27, 1, tzinfo=UTC),
    ):
        assert kendt in skift
    # 1916 og 1940–1948 (16) og to om året 1980–2199 (440)
    assert len(skift) == 16 + 2 * 220
    assert all(not _skifter_inden_for_26_timer(s - timedelta(hours=27)) for s in skift[1:])
    assert _tid._sommertidsskift_mellem(2018, 2026) == SOMMERTIDSSKIFT


@pytest.mark.parametrize(
    "krav",
    [
        lambda t: t.year == 1916,
        lambda t: 1940 <= t.year <= 1948,
        lambda t: 1980 <= t.year <= 1995 and t.month == 9,
        lambda t: t.year == 2199,
        lambda t: t - timedelta(seconds=1) in _tid._sommertidsskift_mellem(1900, 2199),
    ],
    ids=["1916", "krigen", "september", "2199", "sekundet efter"],
)
def test_hele_tidsregningens_sommertidskanter_naas(krav: Any) -> None:
    find(sommertidsoejeblikke(fra_aar=1900, til_aar=2199), krav, settings=_FIND)


@pytest.mark.parametrize(
    ("kwargs", "navn"),
    [
        ({"fra": date(1899, 12, 31)}, "fra"),
        ({"til": date(2200, 1, 1)}, "til"),
        ({"fra": date(2020, 1, 2), "til": date(2020, 1, 1)}, "til"),
        ({"fra": "2020-01-01"}, "fra"),
        ({"til": datetime(2020, 1, 1)}, "til"),
    ],
)
def test_datointervallet_afvises_naar_det_er_forkert(kwargs: dict[str, Any], navn: str) -> None:
    for strategi in (datoer, kanttidspunkter):
        with pytest.raises(ForloebsreglerFejl, match=f"^{navn}: "):
            strategi(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "navn"),
    [
        ({"fra_aar": 1899}, "fra_aar"),
        ({"til_aar": 2200}, "til_aar"),
        ({"fra_aar": True}, "fra_aar"),
        ({"til_aar": "2020"}, "til_aar"),
        ({"fra_aar": 2020, "til_aar": 2019}, "til_aar"),
        ({"fra_aar": 1900, "til_aar": 1915}, "til_aar"),  # intet skift før 1916
        ({"fra_aar": 1949, "til_aar": 1979}, "til_aar"),  # heller ikke 1949–1979
    ],
)
def test_sommertidsaarene_afvises_naar_de_er_forkerte(kwargs: dict[str, Any], navn: str) -> None:
    with pytest.raises(ForloebsreglerFejl, match=f"^{navn}: "):
        sommertidsoejeblikke(**kwargs)


# enum_vaerdier/medlemsmaengder med noget, der ikke er en Enum-klasse: i dag en bar TypeError
# ('type' object is not iterable) eller AttributeError ('str' object has no attribute 'name').
# Som de andre strategiers argumenter skal det være en ForloebsreglerFejl, der nævner
# argumentet (husregel 8).
@pytest.mark.parametrize("gyldig", [True, False])
@pytest.mark.parametrize("enum_cls", [int, "Kernesymptom", None, Kernesymptom.NEDTRYKTHED])
@pytest.mark.parametrize("strategi", [_faelles.enum_vaerdier, medlemsmaengder])
def test_en_enum_klasse_kraeves(strategi: Any, enum_cls: object, gyldig: bool) -> None:
    with pytest.raises(ForloebsreglerFejl, match=r"^enum_cls: "):
        find(strategi(enum_cls, gyldig=gyldig), lambda _: True, settings=_FIND)
