"""Kilderne: hvert citat i hver `Kilde` står ordret i kildeteksten."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from enum import Enum

import attrs
import pytest

import forloebsregler
from forloebsregler.kilder import ALLE_DOKUMENTER, Dokument, Kilde

from .conftest import KILDEMAPPE, normaliser


def _moduler() -> Iterator[object]:
    for info in pkgutil.walk_packages(forloebsregler.__path__, "forloebsregler."):
        if info.name.endswith("__main__"):
            continue
        yield importlib.import_module(info.name)


def _find_kilder(vaerdi: object, set_: set[int], dybde: int = 0) -> Iterator[Kilde]:
    if id(vaerdi) in set_ or dybde > 8:
        return
    set_.add(id(vaerdi))
    if isinstance(vaerdi, Kilde):
        yield vaerdi
    elif isinstance(vaerdi, dict):
        for v in vaerdi.values():
            yield from _find_kilder(v, set_, dybde + 1)
    elif isinstance(vaerdi, list | tuple | frozenset | set):
        for v in vaerdi:
            yield from _find_kilder(v, set_, dybde + 1)
    elif isinstance(vaerdi, Enum):
        yield from _find_kilder(vaerdi.value, set_, dybde + 1)
    elif isinstance(vaerdi, type) and issubclass(vaerdi, Enum):
        for m in vaerdi:
            yield from _find_kilder(m, set_, dybde + 1)
    elif attrs.has(type(vaerdi)):
        for f in attrs.fields(type(vaerdi)):
            yield from _find_kilder(getattr(vaerdi, f.name), set_, dybde + 1)


def alle_kilder() -> list[Kilde]:
    """Alle `Kilde`-værdier, der står på modulniveau (også inde i tabeller og enums)."""
    set_: set[int] = set()
    fundne: dict[tuple[str, str, str], Kilde] = {}
    for modul in _moduler():
        for vaerdi in vars(modul).values():
            for k in _find_kilder(vaerdi, set_):
                fundne[(k.dokument.titel, k.afsnit, k.citat)] = k
    return list(fundne.values())


def test_dokumenternes_filer_findes() -> None:
    if not KILDEMAPPE.is_dir():
        pytest.skip("shared/kilder findes ikke")
    for dok in ALLE_DOKUMENTER:
        assert (KILDEMAPPE / dok.fil).is_file(), dok
    filer = {p.name for p in KILDEMAPPE.glob("*.txt")}
    assert filer == {d.fil for d in ALLE_DOKUMENTER}


def test_hvert_citat_staar_i_kilden(kildetekster: dict[str, str]) -> None:
    kilder = alle_kilder()
    forkerte = []
    for k in kilder:
        assert k.dokument in ALLE_DOKUMENTER, k
        assert k.afsnit.strip() and k.citat.strip(), k
        tekst = kildetekster[k.dokument.fil]
        for del_ in k.citat.split("…"):
            del_ = normaliser(del_)
            if del_ and del_ not in tekst:
                forkerte.append(f"{k.dokument.titel} / {k.afsnit}: {del_!r}")
    assert not forkerte, "citater, der ikke står i kilden:\n" + "\n".join(forkerte)


def test_kilde_som_tekst_og_dict() -> None:
    dok = ALLE_DOKUMENTER[0]
    k = dok.kilde("Målgruppe", "citat")
    assert isinstance(k, Kilde) and isinstance(k.dokument, Dokument)
    assert str(k) == f"{dok.titel}, Målgruppe: »citat«"
    assert k.til_dict() == {"dokument": dok.titel, "afsnit": "Målgruppe", "citat": "citat"}
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        k.afsnit = "andet"  # type: ignore[misc]
