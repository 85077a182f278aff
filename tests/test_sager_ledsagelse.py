"""Sagerne i `tests/sager/ledsagelse.toml`: regnet i hånden ud fra kildeteksten.

Hver sag kalder én funktion med sit input og sammenligner hvert forventet felt med svaret.
Beløb sammenlignes som tekst (`"1108.84"`), så også øre-kvantiseringen prøves; enum-værdier
som navne; `"None"` betyder None (kan ikke afgøres).
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
    afregning,
    fakturering,
    fejl,
    kilometergodtgoerelse,
    kontraktomfang,
    ledsagelse,
    ledsagelsespris,
    ledsagerforhold,
    takster,
    takstperioder,
)

SAGER: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "sager" / "ledsagelse.toml").read_text(encoding="utf-8")
)["sag"]

FUNKTIONER: dict[str, Callable[..., Any]] = {
    "afregn_forloeb": afregning.afregn_forloeb,
    "beregn_ledsagelse": ledsagelsespris.beregn_ledsagelse,
    "faktureringsvurdering": fakturering.faktureringsvurdering,
    "takstkategori": takstperioder.takstkategori,
    "vurderingsfrist": afregning.vurderingsfrist,
    "forventet_omfang": kontraktomfang.forventet_omfang,
    "kan_aftale_indgaas": ledsagelse.kan_aftale_indgaas,
    "kilometersats": kilometergodtgoerelse.kilometersats,
    "omfattet_af_aftalen": ledsagelse.omfattet_af_aftalen,
    "personlige_hjaelpere": ledsagerforhold.personlige_hjaelpere,
}


def _input(vaerdi: Any) -> Any:
    if vaerdi == "None":
        return None
    if vaerdi == "TAKSTER_2019":
        return takster.TAKSTER_2019
    if vaerdi == "INGEN_KONTRAKT":
        return afregning.INGEN_KONTRAKT
    if vaerdi == "ENDNU_IKKE_INDGAAET":
        return ledsagelse.ENDNU_IKKE_INDGAAET
    if vaerdi == "TAKSTER_2019_UANSET_DATO":
        return takster.TAKSTER_2019.uden_datograense()
    return vaerdi


def _enkel(vaerdi: Any) -> Any:
    """Svarets værdi i sagstabellens form."""
    if vaerdi is None:
        return "None"
    if isinstance(vaerdi, Enum):
        return vaerdi.name
    if isinstance(vaerdi, Decimal):
        return str(vaerdi)
    return vaerdi


def test_der_er_mindst_25_sager_med_kilde() -> None:
    assert len(SAGER) >= 25
    navne = [s["navn"] for s in SAGER]
    assert len(navne) == len(set(navne))
    for sag in SAGER:
        assert sag["kilde"] and sag["citat"] and sag["forventet"], sag["navn"]
        assert sag["funktion"] in FUNKTIONER, sag["navn"]


@pytest.mark.parametrize("sag", SAGER, ids=[s["navn"] for s in SAGER])
def test_sag(sag: dict[str, Any]) -> None:
    funktion = FUNKTIONER[sag["funktion"]]
    kwargs = {k: _input(v) for k, v in sag["input"].items()}
    forventet = dict(sag["forventet"])
    if "fejl" in forventet:
        klasse = getattr(fejl, forventet.pop("fejl"))
        with pytest.raises(klasse):
            funktion(**kwargs)
        assert not forventet
        return
    svar = funktion(**kwargs)
    for felt, vaerdi in forventet.items():
        if felt == "resultat":
            assert svar == vaerdi
        elif felt == "linjer":
            linjer: dict[str, Decimal] = {}
            for linje in svar.linjer:
                navn = linje.kategori.name
                linjer[navn] = linjer.get(navn, Decimal("0.00")) + linje.beloeb
            assert {k: str(v) for k, v in linjer.items()} == vaerdi
        elif felt == "poster":
            assert [[p.betaler.name, str(p.beloeb)] for p in svar.poster] == vaerdi
        elif felt == "fortolkninger_indeholder":
            assert set(vaerdi) <= set(svar.fortolkninger), svar.fortolkninger
            for led in vaerdi:
                assert led in svar.begrundelse
        elif isinstance(vaerdi, date):  # også datetime: sammenlignes som øjeblik
            assert getattr(svar, felt) == vaerdi, felt
        else:
            assert _enkel(getattr(svar, felt)) == vaerdi, felt
