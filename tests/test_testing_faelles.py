"""De fælles strategier i `forloebsregler.testing` (`_faelles`, `_tid`): gyldige træk tages af
biblioteket, ugyldige afvises med `ForloebsreglerFejl`, og kanterne nås."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings

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
    SOMMERTIDSSKIFT,
    _faelles,
    _tid,
    medlemsmaengder,
    sommertidsoejeblikke,
    svarled,
)

_FAA = settings(deadline=None)  # profilens antal eksempler (tests/conftest.py)
# Nåbarhed: det første fund er nok, så Hypothesis skal ikke bruge tid på at skrumpe det.
_FIND = settings(
    max_examples=300,
    deadline=None,
    database=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)

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
