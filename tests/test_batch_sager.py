"""Sagstabellen for batchkontrakten (`tests/sager/batch.toml`), regnet i hånden fra kilderne.

Hver sag kører én række (celler som fra et regneark) gennem `batch.koer_batch` og sammenligner
de uddatakolonner, sagen nævner. Citaterne skal stå i kildeteksten.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from forloebsregler import batch

from .conftest import KILDEMAPPE, kraev_kildemappe, normaliser

_FIL = Path(__file__).parent / "sager" / "batch.toml"
_SAGER: list[dict[str, Any]] = tomllib.loads(_FIL.read_text(encoding="utf-8"))["sag"]


def _forventet(vaerdi: object, faktisk: object) -> object:
    if vaerdi == "":
        return None
    if isinstance(faktisk, Decimal) and isinstance(vaerdi, str):
        return Decimal(vaerdi)
    return vaerdi


@pytest.mark.parametrize("sag", _SAGER, ids=[s["navn"] for s in _SAGER])
def test_sag(sag: dict[str, Any]) -> None:
    (post,) = batch.koer_batch(sag["omraade"], [sag["raekke"]])
    assert post["raekke"] == 1
    for felt, vaerdi in sag["forventet"].items():
        faktisk = post[felt]
        assert faktisk == _forventet(vaerdi, faktisk), (felt, faktisk, post["fejl"])
        if isinstance(vaerdi, date):
            assert type(faktisk) is date


def test_alle_omraader_er_daekket() -> None:
    assert {s["omraade"] for s in _SAGER} == set(batch.OMRAADER)
    assert len({s["navn"] for s in _SAGER}) == len(_SAGER)


@pytest.mark.parametrize(
    "sag", [s for s in _SAGER if "citat" in s], ids=[s["navn"] for s in _SAGER if "citat" in s]
)
def test_citatet_staar_i_kilden(sag: dict[str, Any]) -> None:
    kraev_kildemappe()
    tekst = normaliser((KILDEMAPPE / "003_04b02f9474de0607.txt").read_text(encoding="utf-8"))
    assert normaliser(sag["citat"]) in tekst
