"""Strategierne for batchrækker (`forloebsregler.testing.batch`): gyldige rækker giver en post
uden fejl, ugyldige en post med fejl (batchen standser ikke), og celleformerne nås."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import find, given

from forloebsregler import ForloebsreglerFejl, batch
from forloebsregler.takster import TAKSTER_2019
from forloebsregler.testing import batch as modul
from forloebsregler.testing.batch import (
    JA_CELLER,
    NEJ_CELLER,
    UKENDT_CELLER,
    batchraekker,
    janej_celler,
)
from tests._naabarhed import FAA as _FAA
from tests._naabarhed import naabarhed

_FIND = naabarhed(300)  # nåbarhed: det første fund er nok
_OMRAADER = list(batch.OMRAADER)
# Ledsagelsesrækkerne ligger i 2018–2026; standardtaksterne dækker kun 2019.
_VALG: dict[str, dict[str, Any]] = {"ledsagelse": {"takster": TAKSTER_2019.uden_datograense()}}


def _post(omraade: str, raekke: object, **valg: Any) -> dict[str, Any]:
    return next(batch.koer_batch(omraade, [raekke], **_VALG.get(omraade, {}), **valg))


def test_navnene_er_dokumenteret() -> None:
    for navn in modul.__all__:
        objekt = getattr(modul, navn)
        assert not callable(objekt) or objekt.__doc__, navn


def test_cellerne_er_batchkontraktens() -> None:
    # batch.py's modulbeskrivelse: ja/nej/ukendt, også j/n/true/false/1/0/?, og tallene 1 og 0;
    # None, NaN og tom tekst er »ikke oplyst«
    assert {"ja", "j", "true", "1", 1} == set(JA_CELLER)
    assert {"nej", "n", "false", "0", 0} == set(NEJ_CELLER)
    assert {None, "", "  ", "ukendt", "?"} < set(UKENDT_CELLER)
    assert any(isinstance(c, float) and math.isnan(c) for c in UKENDT_CELLER)


@pytest.mark.parametrize("omraade", _OMRAADER)
def test_gyldige_raekker_giver_poster_uden_fejl(omraade: str) -> None:
    felter = {f.navn for f in batch.OMRAADER[omraade].felter}

    @_FAA
    @given(batchraekker(omraade))
    def kontroller(raekke: dict[str, object]) -> None:
        assert isinstance(raekke, dict) and set(raekke) <= felter
        post = _post(omraade, raekke)
        assert post["fejl"] is None, (raekke, post["fejl"])
        assert post["begrundelse"]

    kontroller()


@pytest.mark.parametrize("omraade", _OMRAADER)
def test_ugyldige_raekker_giver_poster_med_fejl(omraade: str) -> None:
    @_FAA
    @given(batchraekker(omraade, gyldig=False))
    def kontroller(raekke: object) -> None:
        # med standarden (ubrugte kolonner føres igennem); test_batch_egenskaber blander dem
        # med gode rækker og fører kun `id` igennem
        assert _post(omraade, raekke)["fejl"], raekke

    kontroller()


@pytest.mark.parametrize(
    ("omraade", "krav"),
    [
        ("koordinator", lambda r: isinstance(r.get("diagnosticeret"), str)),
        ("koordinator", lambda r: isinstance(r.get("alder"), float)),
        ("koordinator", lambda r: isinstance(r.get("alder"), str)),
        (
            "depression",
            lambda r: isinstance(r["kernesymptomer"], str) and ";" in r["kernesymptomer"],
        ),
        ("depression", lambda r: r["ledsagesymptomer"] == "ingen"),
        ("iv", lambda r: r.get("afslutning_af_kemokur") in ("ja", "j", "true", "1")),
        ("ledsagelse", lambda r: isinstance(r["start"], str)),
        ("koordinator", lambda r: "alder" in r and r["alder"] is None),
        ("genoptraening", lambda r: "kontakt" in r and r["kontakt"] is not None),
    ],
    ids=[
        "janej som tekst",
        "heltal som 24.0",
        "heltal som tekst",
        "liste som tekst",
        "tom liste som ingen",
        "kemokur som tekst",
        "tidspunkt som ISO-tekst",
        "tom kolonne",
        "sygehuskontakt",
    ],
)
def test_celleformerne_naas(omraade: str, krav: Any) -> None:
    find(batchraekker(omraade), krav, settings=_FIND)


@_FAA
@given(janej_celler(ukendt=True))
def test_janej_celler_tages(celle: object) -> None:
    post = _post("koordinator", {"diagnosticeret": celle})
    assert post["fejl"] is None


@_FAA
@given(janej_celler(gyldig=False))
def test_ugyldige_janej_celler_afvises(celle: object) -> None:
    assert _post("koordinator", {"diagnosticeret": celle})["fejl"]


@pytest.mark.parametrize("omraade", ["", "LEDSAGELSE", "stratificering", None, 3])
def test_ukendt_omraade_afvises(omraade: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="omraade"):
        batchraekker(omraade)  # type: ignore[arg-type]
