"""Depressionsprogrammets kerne: sagerne i `tests/sager/depression.toml`.

Sagerne er regnet ud i hånden fra kildeteksterne (se filens hoved); her køres hver sag mod
biblioteket, og hvert felt i `forventet` sammenlignes. `begrundelse_indeholder` er tekststykker,
begrundelsen skal indeholde.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import timedelta
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from forloebsregler import (
    Kernesymptom,
    Ledsagesymptom,
    behandlingsregler,
    fast_track,
    henvisning_til_regionspsykiatrien,
    i_maalgruppen,
    informationsudveksling,
    internetbehandling,
    medicinopstart,
    medicinsamtale_paa_apoteket,
    paragraf_56_aftale,
    psykiatrisk_modtagelse,
    rygestop,
    stratificer,
    vurder_alkohol,
    vurder_diagnose,
    vurder_kompleksitet,
    vurder_phq2,
    vurder_svaerhedsgrad,
)

from .conftest import normaliser

SAGER: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "sager" / "depression.toml").read_text(encoding="utf-8")
)["sag"]
K, L = list(Kernesymptom), list(Ledsagesymptom)


def _symptomer(i: dict[str, Any]) -> tuple[list[Kernesymptom], list[Ledsagesymptom]]:
    return K[: i.pop("kernesymptomer")], L[: i.pop("ledsagesymptomer")]


def _svaerhed(i: dict[str, Any]) -> object:
    k, led = _symptomer(i)
    return vurder_svaerhedsgrad(k, led, **i)


def _diagnose(i: dict[str, Any]) -> object:
    k, led = _symptomer(i)
    minutter = i.pop("varighed_minutter", None)
    varighed = None if minutter is None else timedelta(minutes=minutter)
    return vurder_diagnose(k, led, varighed, **i)


def _stratificer(i: dict[str, Any]) -> object:
    k, led = _symptomer(i)
    return stratificer(k, led, **i)


REGLER: dict[str, Callable[[dict[str, Any]], object]] = {
    "vurder_svaerhedsgrad": _svaerhed,
    "vurder_diagnose": _diagnose,
    "stratificer": _stratificer,
    "i_maalgruppen": lambda i: i_maalgruppen(**i),
    "medicinopstart": lambda i: medicinopstart(**i),
    "psykiatrisk_modtagelse": lambda i: psykiatrisk_modtagelse(**i),
    "internetbehandling": lambda i: internetbehandling(**i),
    "medicinsamtale_paa_apoteket": lambda i: medicinsamtale_paa_apoteket(**i),
    "henvisning_til_regionspsykiatrien": lambda i: henvisning_til_regionspsykiatrien(
        i["karakteristika"], alder=i["alder"]
    ),
    "vurder_alkohol": lambda i: vurder_alkohol(**i),
    "behandlingsregler": lambda i: behandlingsregler(
        i["svaerhedsgrad"], behandles_i_psykiatrien=i.get("behandles_i_psykiatrien")
    ),
    "fast_track": lambda i: fast_track(timedelta(days=i["forventet_sygemelding_dage"])),
    "vurder_phq2": lambda i: vurder_phq2(**i),
    "rygestop": lambda i: rygestop(**i),
    "paragraf_56_aftale": lambda i: paragraf_56_aftale(
        langvarig_eller_kronisk_sygdom=i.get("langvarig_eller_kronisk_sygdom"),
        forventet_ekstra_fravaer_dage_pr_aar=i.get("forventet_ekstra_fravaer_dage_pr_aar"),
    ),
    "informationsudveksling": lambda i: informationsudveksling(i.get("skriftligt_samtykke")),
    "vurder_kompleksitet": lambda i: vurder_kompleksitet(**i),
}


def _enkel(v: object) -> object:
    """Resultatværdier som sagsfilens værdier: enum-navne, lister, "ingen" for None."""
    if v is None:
        return "ingen"
    if isinstance(v, Enum):
        return v.name
    if isinstance(v, tuple | list):
        return [_enkel(x) for x in v]
    return v


def test_mindst_25_sager_med_kilde() -> None:
    assert len(SAGER) >= 25
    assert len({s["navn"] for s in SAGER}) == len(SAGER)
    for s in SAGER:
        assert s["kilde"] and (s.get("citat") or s.get("note")) and s["forventet"], s["navn"]


@pytest.mark.parametrize("sag", SAGER, ids=[s["navn"] for s in SAGER])
def test_sag(sag: dict[str, Any]) -> None:
    r = REGLER[sag["regel"]](dict(sag["input"]))
    for felt, forventet in sag["forventet"].items():
        if felt == "begrundelse_indeholder":
            for stykke in forventet:
                assert stykke in str(r), (sag["navn"], stykke)
            continue
        assert _enkel(getattr(r, felt)) == forventet, (sag["navn"], felt)


def test_citaterne_staar_i_kilderne(kildetekster: dict[str, str]) -> None:
    """Hvert citat (dele adskilt af »…«) står ordret i kildeteksterne."""
    alt = " ".join(kildetekster.values())
    for s in SAGER:
        for del_ in normaliser(s.get("citat", "")).split(" … "):
            if del_:
                assert del_.strip() in alt, (s["navn"], del_)
