"""Kører sagstabellen `tests/sager/koordinator.toml` (kontaktperson, rehabilitering, udskrivning,
samtykke).

Sagerne er regnet i hånden ud fra kilderne; se filens hoved for felterne.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from forloebsregler.koordinator import koordinerende_kontaktperson
from forloebsregler.rehabilitering import (
    Rehabiliteringselement,
    beregn_rehabiliteringsudgift,
    kommunal_rehabilitering,
)
from forloebsregler.samtykke import informationsudveksling
from forloebsregler.udskrivning import afslutning_af_psykiatrisk_behandling

SAGSFIL = Path(__file__).parent / "sager" / "koordinator.toml"
SAGER: list[dict[str, Any]] = tomllib.loads(SAGSFIL.read_text(encoding="utf-8"))["sag"]

REGLER: dict[str, Callable[..., Any]] = {
    "koordinerende_kontaktperson": koordinerende_kontaktperson,
    "kommunal_rehabilitering": kommunal_rehabilitering,
    "afslutning_af_psykiatrisk_behandling": afslutning_af_psykiatrisk_behandling,
    "beregn_rehabiliteringsudgift": beregn_rehabiliteringsudgift,
    "informationsudveksling": informationsudveksling,
}

_ENUMFELTER = (
    "tilbydes",
    "laesning",
    "forankring",
    "kommunikationspakken",
    "maalgruppe",
    "tilladt",
)


def _input(sag: dict[str, Any]) -> dict[str, Any]:
    ud: dict[str, Any] = {}
    for noegle, vaerdi in sag["input"].items():
        if vaerdi == "ukendt":
            ud[noegle] = None
        elif noegle == "elementer":
            ud[noegle] = [Rehabiliteringselement(**e) for e in vaerdi]
        else:
            ud[noegle] = vaerdi
    return ud


def _navn(vaerdi: object) -> str:
    if vaerdi is None:
        return ""
    assert isinstance(vaerdi, Enum), vaerdi
    return vaerdi.name


def test_sagstabellen_har_mindst_12_sager_med_kilde() -> None:
    assert len(SAGER) >= 12
    navne = [s["navn"] for s in SAGER]
    assert len(set(navne)) == len(navne)
    for sag in SAGER:
        assert sag["regel"] in REGLER, sag["navn"]
        assert sag["kilde"].strip() and sag["citat"].strip() and sag["forventet"], sag["navn"]


@pytest.mark.parametrize("sag", SAGER, ids=[s["navn"] for s in SAGER])
def test_sag(sag: dict[str, Any]) -> None:
    r = REGLER[sag["regel"]](**_input(sag))
    forventet: dict[str, Any] = sag["forventet"]
    for felt, vaerdi in forventet.items():
        if felt in _ENUMFELTER:
            assert _navn(getattr(r, felt)) == vaerdi, felt
        elif felt == "fortolkninger_indeholder":
            for id_ in vaerdi:
                assert id_ in r.fortolkninger, id_
                assert id_ in r.begrundelse, id_
        elif felt == "opgaver_indeholder":
            navne = {o.name for o in r.opgaver}
            assert set(vaerdi) <= navne, set(vaerdi) - navne
        elif felt == "opgaver_antal":
            assert len(r.opgaver) == vaerdi
        elif felt == "pligter_antal":
            assert len(r.pligter) == vaerdi, r.pligter
        elif felt == "uafklarede_antal":
            assert len(r.uafklarede) == vaerdi, r.uafklarede
        elif felt == "pligter_indeholder":
            for ord_ in vaerdi:
                assert any(ord_ in p for p in r.pligter), ord_
        elif felt == "pligter_indeholder_ikke":
            for ord_ in vaerdi:
                assert not any(ord_ in p for p in r.pligter), ord_
        elif felt == "uafklarede_indeholder":
            for ord_ in vaerdi:
                assert any(ord_ in p for p in r.uafklarede), ord_
        elif felt == "begrundelse_indeholder":
            for ord_ in vaerdi:
                assert ord_ in r.begrundelse, ord_
        elif felt == "i_alt_pr_borger":
            assert r.i_alt_pr_borger == Decimal(vaerdi)
        elif felt == "linjer":
            assert [linje.udgift_pr_borger for linje in r.linjer] == [Decimal(v) for v in vaerdi]
        else:
            pytest.fail(f"ukendt felt i sagstabellen: {felt}")
