"""IV-sager regnet i hånden fra kildeteksten (`tests/sager/iv.toml`).

Hver sag i tabellen nævner sine kildelinjer og det forventede svar; her køres de alle, én test
pr. sag (parametriseret efter `navn`). Tabellen læses med `tomllib`, så en sagsbehandler kan
læse og rette den uden at læse Python.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from forloebsregler import (
    iv_finansiering,
    iv_opfoelgning,
    iv_opsigelse,
    iv_syddanmark,
    iv_syddanmark_ansvar,
    iv_syddanmark_ressourcer,
    iv_undtagelser,
    ivkategori,
)

_SAGER = tomllib.loads((Path(__file__).parent / "sager" / "iv.toml").read_text("utf-8"))["sag"]


def _tyngdekategori_fra_besoeg(antal: object, minutter: object) -> Any:
    return ivkategori.tyngdekategori(ivkategori.timer_fra_besoeg(antal, minutter))


_FUNKTIONER: dict[str, Callable[..., Any]] = {
    "tyngdekategori": ivkategori.tyngdekategori,
    "tyngdekategori_fra_besoeg": _tyngdekategori_fra_besoeg,
    "regional_finansiering": iv_finansiering.regional_finansiering,
    "betaling_pr_forloeb": iv_finansiering.betaling_pr_forloeb,
    "hospitalsundtagelser": iv_undtagelser.hospitalsundtagelser,
    "aktivitetsopfoelgning": iv_opfoelgning.aktivitetsopfoelgning,
    "opsigelse": iv_opsigelse.opsigelse,
    "overdragelsesbetingelser": iv_syddanmark.overdragelsesbetingelser,
    "videredelegation": iv_syddanmark_ansvar.videredelegation,
    "leverandoer": iv_syddanmark_ressourcer.leverandoer,
    "plejeforloebsplan": iv_syddanmark_ressourcer.plejeforloebsplan,
    "kompetencer": iv_syddanmark_ressourcer.kompetencer,
    "behandlingsansvar": iv_syddanmark_ansvar.behandlingsansvar,
}


def _enkel(vaerdi: object) -> object:
    """Et felt som den form, tabellen skriver det i."""
    if isinstance(vaerdi, Enum):
        return vaerdi.name
    if isinstance(vaerdi, tuple):
        return [_enkel(v) for v in vaerdi]
    if hasattr(vaerdi, "betingelse"):  # en Betingelsesvurdering
        return vaerdi.betingelse.name
    return vaerdi


def _sammenlign(felt: str, faktisk: object, forventet: object) -> None:
    if isinstance(faktisk, Decimal):
        assert isinstance(forventet, str), f"{felt}: skriv beløb/timer som tekst i tabellen"
        assert faktisk == Decimal(forventet), f"{felt}: {faktisk} ≠ {forventet}"
    elif isinstance(faktisk, date) or isinstance(forventet, bool | int):
        assert faktisk == forventet and type(faktisk) is type(forventet), felt
    else:
        assert _enkel(faktisk) == forventet, f"{felt}: {_enkel(faktisk)!r} ≠ {forventet!r}"


def test_tabellen_har_mindst_20_sager_med_kilde() -> None:
    assert len(_SAGER) >= 20
    navne = [s["navn"] for s in _SAGER]
    assert len(navne) == len(set(navne)), "hvert navn skal være entydigt"
    for sag in _SAGER:
        assert sag["kilde"].strip() and sag["citat"].strip() and sag["forventet"], sag["navn"]
        assert "l." in sag["kilde"], f"{sag['navn']}: kilden skal nævne linjer"


@pytest.mark.parametrize("sag", _SAGER, ids=[s["navn"] for s in _SAGER])
def test_sag(sag: dict[str, Any]) -> None:
    kwargs = {**sag.get("kwargs", {}), **dict.fromkeys(sag.get("ukendt_input", []))}
    resultat = _FUNKTIONER[sag["funktion"]](*sag.get("args", []), **kwargs)
    forventet = dict(sag["forventet"])
    for felt in forventet.pop("ingen", []):
        assert getattr(resultat, felt) is None, f"{felt} skal være None (kan ikke afgøres)"
    for stykke in forventet.pop("begrundelse_indeholder", []):
        assert stykke in resultat.begrundelse, stykke
    kun_fra = forventet.pop("kilder_kun_fra", None)
    if kun_fra is not None:
        titler = [k.dokument.titel for k in resultat.kilder]
        assert titler and all(kun_fra in t for t in titler), titler
    for felt, vaerdi in forventet.items():
        _sammenlign(felt, getattr(resultat, felt), vaerdi)
