"""Serialiseringsmodulet: ét sted for dict, JSON, HTML og DataFrame-rækker."""

from __future__ import annotations

import json

import pytest

from forloebsregler import ForloebsreglerFejl, serialisering, stratificer, tyngdekategori


def test_stratificeringens_egenskaber_serialiseres_i_fast_orden() -> None:
    r = stratificer(
        ["NEDTRYKTHED", "NEDSAT_LYST_ELLER_INTERESSE"],
        ["SOEVNFORSTYRRELSER", "AGITATION_ELLER_HAEMNING"],
        hoej_kompleksitet=False,
    )
    d = serialisering.til_dict(r)
    assert list(d) == [
        "niveau",
        "mulige_niveauer",
        "afgjort",
        "svaerhedsvurdering",
        "kompleksitetsvurdering",
        "faser",
        "begrundelse",
        "kilder",
        "fortolkninger",
    ]
    assert d["niveau"] == r.niveau.name  # type: ignore[union-attr]
    assert d["svaerhedsvurdering"] == r.svaerhedsvurdering.til_dict()
    assert json.loads(serialisering.til_json(r))["begrundelse"] == r.begrundelse


def test_raekker_er_til_dict_pr_resultat() -> None:
    rs = [tyngdekategori(t) for t in (1, 5, 15)]
    assert serialisering.raekker(rs) == [r.til_dict() for r in rs]
    assert serialisering.raekker(iter(rs)) == [r.til_dict() for r in rs]
    assert serialisering.raekker([]) == []


@pytest.mark.parametrize("vaerdi", [None, 5, "tekst", {"a": 1}])
def test_raekker_afviser_andet_end_en_samling(vaerdi: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="resultater: fik"):
        serialisering.raekker(vaerdi)  # type: ignore[arg-type]


def test_raekker_navngiver_det_forkerte_element() -> None:
    with pytest.raises(ForloebsreglerFejl, match=r"resultater\[1\]"):
        serialisering.raekker([tyngdekategori(1), {"kategori": "KATEGORI_1"}])


@pytest.mark.parametrize("indrykning", [-1, 17, True, 2.0, "2"])
def test_til_json_afviser_en_underlig_indrykning(indrykning: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="indrykning"):
        serialisering.til_json(tyngdekategori(1), indrykning=indrykning)  # type: ignore[arg-type]
