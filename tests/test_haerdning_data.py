"""Skrivebeskyttede offentlige data og hashbare resultater (issue 14, punkt 4).

Ingen offentlig værdi i noget moduls `__all__` er en foranderlig beholder (dict, list, set),
heller ikke inde i en tabel eller en offentlig værdi; resultater holder kun uforanderlige
beholdere og kan hashes.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator, Mapping, MutableMapping, MutableSequence, MutableSet
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from types import ModuleType

import attrs
import pytest

import forloebsregler
from forloebsregler import (
    KOEBENHAVN,
    REGIONAL_FINANSIERING,
    TABEL_1,
    TILLAEG_PROCENT,
    IVOmraade,
    Takstkategori,
    Tyngdekategori,
    beregn_ledsagelse,
    kvartalsopgoerelse,
    opstartsfrist,
    tyngdekategori,
    vurder_svaerhedsgrad,
)
from forloebsregler._resultat import LaastMapping, frys


def _moduler() -> list[ModuleType]:
    moduler: list[ModuleType] = [forloebsregler]
    for info in pkgutil.walk_packages(forloebsregler.__path__, "forloebsregler."):
        if info.name.endswith("__main__"):
            continue
        moduler.append(importlib.import_module(info.name))
    return [m for m in moduler if hasattr(m, "__all__")]


MODULER = _moduler()


def _foranderlige(vaerdi: object, sti: str, set_: set[int]) -> Iterator[str]:
    if id(vaerdi) in set_ or isinstance(vaerdi, type | ModuleType) or callable(vaerdi):
        return
    set_.add(id(vaerdi))
    if isinstance(vaerdi, MutableMapping | MutableSequence | MutableSet | bytearray):
        yield f"{sti} er en foranderlig {type(vaerdi).__name__}"
        return
    if attrs.has(type(vaerdi)) and not isinstance(vaerdi, Enum):
        for f in attrs.fields(type(vaerdi)):
            yield from _foranderlige(getattr(vaerdi, f.name), f"{sti}.{f.name}", set_)
    elif isinstance(vaerdi, Mapping):
        for k, v in vaerdi.items():
            yield from _foranderlige(k, f"{sti}-nøgle", set_)
            yield from _foranderlige(v, f"{sti}[{k!r}]", set_)
    elif isinstance(vaerdi, tuple | frozenset):
        for i, v in enumerate(vaerdi):
            yield from _foranderlige(v, f"{sti}[{i}]", set_)


def test_modulerne_findes() -> None:
    navne = {m.__name__ for m in MODULER}
    assert {"forloebsregler.ivkategori", "forloebsregler.takster"} <= navne
    assert "forloebsregler.iv_syddanmark" in navne and "forloebsregler.stratificering" in navne


@pytest.mark.parametrize("modul", MODULER, ids=lambda m: m.__name__)
def test_ingen_offentlig_vaerdi_er_foranderlig(modul: ModuleType) -> None:
    fund = [
        f
        for navn in modul.__all__
        for f in _foranderlige(getattr(modul, navn), f"{modul.__name__}.{navn}", set())
        # testing-pakkens eksempler på ugyldigt input er med vilje lister og dicts inde i
        # en tuple; selve værdien skal stadig være uforanderlig
        if not modul.__name__.startswith("forloebsregler.testing") or "[" not in f
    ]
    assert not fund, fund


def test_kontrollen_kan_fejle() -> None:
    assert list(_foranderlige({"a": 1}, "x", set()))
    assert list(_foranderlige((1, [2]), "x", set()))
    assert list(_foranderlige(LaastMapping({1: (2, {3})}), "x", set()))
    assert not list(_foranderlige(frys({1: [2, {3}]}), "x", set()))


@pytest.mark.parametrize(
    ("tabel", "noegle"),
    [
        (TILLAEG_PROCENT, Takstkategori.GRUNDLOEN),
        (REGIONAL_FINANSIERING, Tyngdekategori.KATEGORI_1),
        (TABEL_1, IVOmraade.ANTIBIOTIKA),
    ],
)
def test_tabellerne_kan_ikke_aendres(tabel: object, noegle: object) -> None:
    with pytest.raises(TypeError):
        tabel[noegle] = 0  # type: ignore[index]
    with pytest.raises((TypeError, AttributeError)):
        tabel.clear()  # type: ignore[attr-defined]
    assert tabel[noegle] is not None  # type: ignore[index]


def test_kvartalsopgoerelse_er_hashbar_og_laast() -> None:
    # Før: dict-felter gjorde resultatet uhashbart og lod kalderen ændre det.
    r = kvartalsopgoerelse(
        aar=2020,
        kvartal=2,
        antal_pr_kategori={"KATEGORI_1": 10, Tyngdekategori.KEMOKUR: 5},
        antal_pr_omraade={IVOmraade.ANTIBIOTIKA: 2},
        samlet_behandlingstid_timer="70",
    )
    assert isinstance(hash(r), int)
    assert r.antal_pr_kategori[Tyngdekategori.KATEGORI_1] == 10
    assert r.antal_pr_omraade == {IVOmraade.ANTIBIOTIKA: 2}
    with pytest.raises(TypeError):
        r.antal_pr_kategori[Tyngdekategori.KATEGORI_1] = 11  # type: ignore[index]
    assert r == kvartalsopgoerelse(
        aar=2020,
        kvartal=2,
        antal_pr_kategori={Tyngdekategori.KATEGORI_1: 10, "KEMOKUR": 5},
        antal_pr_omraade={"ANTIBIOTIKA": 2},
        samlet_behandlingstid_timer=Decimal(70),
    )


def test_resultater_fra_hvert_omraade_kan_hashes() -> None:
    resultater = [
        beregn_ledsagelse(
            datetime(2019, 12, 24, 16, tzinfo=KOEBENHAVN),
            datetime(2019, 12, 25, 8, 30, tzinfo=KOEBENHAVN),
        ),
        tyngdekategori("20"),
        opstartsfrist(date(2024, 3, 1)),
        vurder_svaerhedsgrad(
            ["NEDTRYKTHED", "NEDSAT_LYST_ELLER_INTERESSE"], ["SOEVNFORSTYRRELSER"]
        ),
    ]
    for r in resultater:
        assert hash(r) == hash(attrs.evolve(r))
        assert {r: 1}[r] == 1


def test_laast_mapping() -> None:
    m = LaastMapping({"a": 1})
    assert {"a": 1} == m  # noqa: SIM300
    assert m == {"a": 1} and m != {"a": 2} and m != [("a", 1)]
    assert hash(m) == hash(LaastMapping([("a", 1)])) and dict(m) == {"a": 1}
    assert repr(m) == "LaastMapping({'a': 1})" and len(m) == 1 and list(m) == ["a"]
    assert frys([1, {2}, {"x": [3]}]) == (1, frozenset({2}), LaastMapping({"x": (3,)}))
    t = (1, 2)
    assert frys(t) is t and frys(bytearray(b"ab")) == b"ab"
