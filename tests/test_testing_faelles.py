"""De fælles strategier i `forloebsregler.testing` (`_faelles`, `_tid`): gyldige træk tages af
biblioteket, ugyldige afvises med `ForloebsreglerFejl`, og kanterne nås."""

from __future__ import annotations

from enum import Enum
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings

from forloebsregler import (
    ForloebsreglerFejl,
    Kernesymptom,
    KomplicerendeFaktor,
    Ledsagesymptom,
    StyrkendeFaktor,
    stratificer,
)
from forloebsregler.svar import Svar, eller, og
from forloebsregler.testing import _faelles, medlemsmaengder, svarled

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
    for navn in _faelles.__all__:
        assert getattr(_faelles, navn).__doc__, navn


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
