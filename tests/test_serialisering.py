"""Serialiseringsmodulet: ét sted for dict, JSON, HTML og DataFrame-rækker."""

from __future__ import annotations

import json
from datetime import UTC

import attrs
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


def test_fejlene_navngiver_argument_og_vaerdi() -> None:
    with pytest.raises(ForloebsreglerFejl) as info:
        serialisering.til_dict(5)
    assert (info.value.argument, info.value.vaerdi) == ("vaerdi", 5)
    assert str(info.value) == (
        "vaerdi: fik 5 (type int); accepterer et resultat (en frossen attrs-værdi fra "
        "forloebsregler)"
    )
    with pytest.raises(ForloebsreglerFejl) as info:
        serialisering.feltnavne(int)
    assert (info.value.argument, info.value.vaerdi) == ("cls", int)
    with pytest.raises(ForloebsreglerFejl) as info:
        serialisering.til_html("x")
    assert info.value.argument == "vaerdi"
    with pytest.raises(ForloebsreglerFejl) as info:
        serialisering.raekker(3)  # type: ignore[arg-type]
    assert (info.value.argument, info.value.vaerdi) == ("resultater", 3)
    assert str(info.value) == "resultater: fik 3 (type int); accepterer en samling af resultater"
    with pytest.raises(ForloebsreglerFejl) as info:
        serialisering.raekker([tyngdekategori(1), 7])
    assert (info.value.argument, info.value.vaerdi) == ("resultater[1]", 7)
    with pytest.raises(ForloebsreglerFejl) as info:
        serialisering.til_json(tyngdekategori(1), indrykning=99)
    assert (info.value.argument, info.value.vaerdi) == ("indrykning", 99)
    assert (
        str(info.value)
        == "indrykning: fik 99 (type int); accepterer None eller et heltal fra 0 til 16"
    )
    assert serialisering.til_json(tyngdekategori(1), indrykning=16).startswith("{\n" + " " * 16)
    assert serialisering.til_json(tyngdekategori(1), indrykning=0).startswith('{\n"')


def test_enkel_og_json_vaerdi_pr_type() -> None:
    from datetime import date, datetime, time, timedelta
    from decimal import Decimal

    from forloebsregler import Svar

    assert serialisering.enkel_vaerdi(Svar.OPFYLDT) == "OPFYLDT"
    assert serialisering.enkel_vaerdi(time(8, 5)) == "08:05:00"
    assert serialisering.enkel_vaerdi(timedelta(seconds=90)) == Decimal(90)
    assert serialisering.enkel_vaerdi({1: [2]}) == {"1": [2]}
    assert serialisering.enkel_vaerdi((1, "a")) == [1, "a"]
    assert serialisering.json_vaerdi(Decimal("1E+3")) == "1000"
    assert serialisering.json_vaerdi(Decimal("NaN")) == "NaN"
    assert serialisering.json_vaerdi(timedelta(0)) == {"sekunder": "0"}
    assert serialisering.json_vaerdi(timedelta(seconds=60)) == {"sekunder": "60"}
    t = datetime(2019, 1, 1, 12, tzinfo=UTC)
    assert serialisering.json_vaerdi(t) == "2019-01-01T12:00:00+00:00"
    assert serialisering.json_vaerdi(date(2019, 1, 1)) == "2019-01-01"
    assert serialisering.json_vaerdi({Svar.OPFYLDT: 1, (1, 2): 3}) == {"OPFYLDT": 1, "[1, 2]": 3}
    assert serialisering.json_vaerdi(frozenset({"b", "a"})) == ["a", "b"]
    assert serialisering.json_vaerdi(object()).startswith("<object")
    assert serialisering.json_vaerdi(True) is True and serialisering.json_vaerdi(3) == 3


def test_html_viser_lister_linje_for_linje() -> None:
    html = serialisering.til_html(tyngdekategori(1))
    assert html.startswith("<table><caption>Tyngdevurdering</caption><tr><th>kategori</th>")
    assert "<br>" in html and html.endswith("</td></tr></table>")


def _ny_klasse(offentlige: list[str] | None = None) -> type:
    """En ny attrs-klasse pr. kald, så serialiseringens gemte feltnavne bygges på ny."""

    @attrs.frozen
    class Ny:
        b: object
        a: object
        _skjult: object = 0

    if offentlige is not None:
        Ny._offentlige_felter = offentlige  # type: ignore[attr-defined]
    return Ny


def test_feltnavne_for_en_ny_klasse() -> None:
    # felternes orden, uden private felter; `_offentlige_felter` vinder, som en tuple
    assert serialisering.feltnavne(_ny_klasse()) == ("b", "a")
    assert serialisering.feltnavne(_ny_klasse(["a"])) == ("a",)
    assert serialisering.til_dict(_ny_klasse()(1, 2, 3)) == {"b": 1, "a": 2}
    assert serialisering.til_dict(_ny_klasse(["_skjult"])(1, 2, 3)) == {"_skjult": 3}
    assert serialisering.raekker([_ny_klasse()(1, 2)]) == [{"b": 1, "a": 2}]
    assert serialisering.til_html(_ny_klasse()(1, 2)) == (
        "<table><caption>Ny</caption><tr><th>b</th><td>1</td></tr>"
        "<tr><th>a</th><td>2</td></tr></table>"
    )


def test_feltnavne_og_html_afviser_andet_end_en_resultatklasse() -> None:
    accepteret = "accepterer et resultat (en frossen attrs-værdi fra forloebsregler)"
    with pytest.raises(ForloebsreglerFejl) as info:
        serialisering.feltnavne(["x"])  # type: ignore[arg-type]
    assert str(info.value) == f"cls: fik ['x'] (type list); {accepteret}"
    assert info.value.argument == "cls" and info.value.vaerdi == ["x"]
    with pytest.raises(ForloebsreglerFejl) as info:
        serialisering.til_html("x")
    assert str(info.value) == f"vaerdi: fik 'x' (type str); {accepteret}"
    assert info.value.vaerdi == "x" and info.value.har_vaerdi


def test_json_med_blandede_typer_i_en_maengde_og_danske_bogstaver() -> None:
    # en mængde med blandede typer bliver en liste uden TypeError (sorteret efter JSON-teksten)
    liste = serialisering.json_vaerdi(frozenset({1, "a"}))
    assert isinstance(liste, list) and sorted(map(json.dumps, liste)) == ['"a"', "1"]
    # JSON-teksten har de danske bogstaver, som de er (ikke \\u00f8)
    assert serialisering.til_json(_ny_klasse()("ø", "å")) == '{"b": "ø", "a": "å"}'
