"""Sagstabellen for genoptræning (`tests/sager/genoptraening.toml`), regnet i hånden fra Kap. 10.

Hver sag kalder én funktion med sagens `input` og sammenligner de felter, sagen nævner under
`forventet`. Se filens hoved for, hvordan tidspunkter, "ukendt" og "ingen" læses.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from forloebsregler import (
    KOEBENHAVN,
    almen_niveau,
    frit_leverandoervalg,
    kontroller_planoverdragelse,
    opstartsfrist,
    vurder_genoptraeningsbehov,
)

from .conftest import normaliser

_FIL = Path(__file__).parent / "sager" / "genoptraening.toml"
_SAGER: list[dict[str, Any]] = tomllib.loads(_FIL.read_text(encoding="utf-8"))["sag"]

_FUNKTIONER: dict[str, Callable[..., Any]] = {
    "opstartsfrist": opstartsfrist,
    "frit_leverandoervalg": frit_leverandoervalg,
    "kontroller_planoverdragelse": kontroller_planoverdragelse,
    "vurder_genoptraeningsbehov": vurder_genoptraeningsbehov,
    "almen_niveau": almen_niveau,
}


def _input(vaerdi: Any, fold: int) -> Any:
    """ "ukendt" er None; et tidspunkt uden offset er dansk lokaltid (med sagens `fold`)."""
    if vaerdi == "ukendt":
        return None
    if isinstance(vaerdi, datetime) and vaerdi.tzinfo is None:
        return vaerdi.replace(tzinfo=KOEBENHAVN, fold=fold)
    return vaerdi


def _faktisk(vaerdi: Any) -> Any:
    """Resultatets felt i sagstabellens form: enum-navne, lister, None som "ingen"."""
    if vaerdi is None:
        return "ingen"
    if isinstance(vaerdi, Enum):
        return vaerdi.name
    if isinstance(vaerdi, tuple):
        return [_faktisk(v) for v in vaerdi]
    return vaerdi


def test_tabellen_har_mindst_tolv_sager_med_unikke_navne() -> None:
    navne = [s["navn"] for s in _SAGER]
    assert len(navne) >= 12
    assert len(set(navne)) == len(navne)


@pytest.mark.parametrize("sag", _SAGER, ids=[s["navn"] for s in _SAGER])
def test_sag(sag: dict[str, Any]) -> None:
    for felt in ("navn", "kilde", "funktion", "input", "forventet"):
        assert felt in sag, felt
    assert "citat" in sag or "note" in sag
    fold = int(sag.get("fold", 0))
    kwargs = {k: _input(v, fold) for k, v in sag["input"].items()}
    resultat = _FUNKTIONER[sag["funktion"]](**kwargs)
    assert sag["forventet"], "en sag uden forventet svar kan ikke fejle"
    # hvert svar forklarer sig selv og nævner sine kilder (STYLE.md, punkt 3)
    assert isinstance(resultat.begrundelse, str) and resultat.begrundelse
    assert resultat.kilder
    for felt, forventet in sag["forventet"].items():
        faktisk = _faktisk(getattr(resultat, felt))
        assert faktisk == forventet, (felt, faktisk)
        assert type(faktisk) is type(forventet) or isinstance(forventet, str), (felt, faktisk)


@pytest.mark.parametrize("sag", _SAGER, ids=[s["navn"] for s in _SAGER])
def test_sagens_citat_staar_i_kilden(sag: dict[str, Any], kildetekster: dict[str, str]) -> None:
    """Citatet er ordret fra kildebundtet (`…` markerer udeladt tekst)."""
    assert sag["kilde"].startswith("003,")
    tekst = kildetekster["003_04b02f9474de0607.txt"]
    for del_ in sag.get("citat", "").split("…"):
        assert normaliser(del_.strip()) in tekst, del_
