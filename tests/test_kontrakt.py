"""Kontrakten for dårligt input, bevist ved fuzzing af hele det offentlige API.

Hver offentlig funktion (og hver offentlig metode på de offentlige konstanter og klasser)
i `forloebsregler.__all__` kaldes med vilkårlige Python-værdier: hvert kald giver enten et
gyldigt resultat eller en `ForloebsreglerFejl` — aldrig en anden undtagelse, aldrig et
`float`-beløb og aldrig et naivt tidspunkt i et resultat. Listen kommer fra `__all__`, så en
ny funktion ikke kan glemmes.
"""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import forloebsregler
from forloebsregler import ForloebsreglerFejl
from forloebsregler._resultat import Resultat
from forloebsregler.testing import vilkaarlige_vaerdier

OFFENTLIGE = {navn: getattr(forloebsregler, navn) for navn in forloebsregler.__all__}
ENUMS = [v for v in OFFENTLIGE.values() if isinstance(v, type) and issubclass(v, Enum)]
_MEDLEMMER = [m for e in ENUMS for m in e]


def _kaldbare() -> dict[str, Callable[..., Any]]:
    kaldbare: dict[str, Callable[..., Any]] = {}
    for navn, vaerdi in OFFENTLIGE.items():
        if inspect.isfunction(vaerdi):
            kaldbare[navn] = vaerdi
        elif isinstance(vaerdi, type) and attrs.has(vaerdi) and not issubclass(vaerdi, Exception):
            # Resultatklasser er uddata, ikke input: de bygges af reglerne, ikke af brugeren.
            if not issubclass(vaerdi, Resultat):
                kaldbare[navn] = vaerdi
            for metode, f in vars(vaerdi).items():
                # (mutmut tilføjer sine egne varianter af metoderne; dem springer vi over)
                if (
                    inspect.isfunction(f)
                    and metode.isidentifier()
                    and metode.isascii()
                    and (not metode.startswith("_") and "mutmut" not in metode)
                ):
                    # metoden kaldes på en offentlig instans, hvis der er en
                    instanser = [v for v in OFFENTLIGE.values() if type(v) is vaerdi]
                    if instanser:
                        kaldbare[f"{navn}.{metode}"] = getattr(instanser[0], metode)
    return kaldbare


KALDBARE = _kaldbare()


def _vaerdier() -> st.SearchStrategy[object]:
    domaene: list[st.SearchStrategy[object]] = [vilkaarlige_vaerdier()]
    if _MEDLEMMER:
        domaene.append(st.sampled_from(_MEDLEMMER))
        domaene.append(st.sampled_from([m.name for m in _MEDLEMMER]))
        domaene.append(st.frozensets(st.sampled_from(_MEDLEMMER), max_size=6))
        domaene.append(st.lists(st.sampled_from([m.name for m in _MEDLEMMER]), max_size=6))
    return st.one_of(domaene)


def _gaa_igennem(vaerdi: object, sti: str, set_: set[int]) -> Iterator[str]:
    """Find float-værdier og naive tidspunkter i et resultat."""
    if id(vaerdi) in set_:
        return
    set_.add(id(vaerdi))
    if isinstance(vaerdi, float):
        yield f"{sti} er en float: {vaerdi!r}"
    elif isinstance(vaerdi, datetime):
        if vaerdi.utcoffset() is None:
            yield f"{sti} er et naivt tidspunkt: {vaerdi!r}"
    elif isinstance(vaerdi, dict):
        for k, v in vaerdi.items():
            yield from _gaa_igennem(v, f"{sti}[{k!r}]", set_)
    elif isinstance(vaerdi, list | tuple | frozenset | set):
        for i, v in enumerate(vaerdi):
            yield from _gaa_igennem(v, f"{sti}[{i}]", set_)
    elif attrs.has(type(vaerdi)):
        for f in attrs.fields(type(vaerdi)):
            yield from _gaa_igennem(getattr(vaerdi, f.name), f"{sti}.{f.name}", set_)


def _kontroller(resultat: object) -> None:
    fejl = list(_gaa_igennem(resultat, "resultat", set()))
    assert not fejl, fejl
    if attrs.has(type(resultat)) and hasattr(resultat, "begrundelse"):
        assert isinstance(resultat.begrundelse, str) and resultat.begrundelse.strip()
        assert len(resultat.kilder) >= 1, "et regelresultat skal have mindst én kilde"
    if hasattr(resultat, "til_dict"):
        fejl = list(_gaa_igennem(resultat.til_dict(), "til_dict()", set()))
        assert not fejl, fejl


def test_api_er_ikke_tomt() -> None:
    assert "til_koebenhavn" in KALDBARE and "Kalender.er_helligdag" in KALDBARE
    assert len(KALDBARE) >= 5


@pytest.mark.parametrize("navn", sorted(KALDBARE))
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_kontrakt(navn: str, data: st.DataObject) -> None:
    funktion = KALDBARE[navn]
    try:
        signatur = inspect.signature(funktion)
    except (TypeError, ValueError):  # pragma: no cover
        pytest.skip("ingen signatur")
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for p in signatur.parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            args.extend(data.draw(st.lists(_vaerdier(), max_size=3), label=p.name))
        elif p.kind is p.VAR_KEYWORD:
            continue
        elif p.default is p.empty:
            vaerdi = data.draw(_vaerdier(), label=p.name)
            if p.kind is p.KEYWORD_ONLY:
                kwargs[p.name] = vaerdi
            else:
                args.append(vaerdi)
        elif data.draw(st.booleans(), label=f"giv {p.name}"):
            kwargs[p.name] = data.draw(_vaerdier(), label=p.name)
    try:
        resultat = funktion(*args, **kwargs)
        if inspect.isgenerator(resultat) or isinstance(resultat, itertools.chain):
            resultat = list(itertools.islice(resultat, 50))
    except ForloebsreglerFejl as fejl:
        assert str(fejl).strip(), "fejlbeskeden må ikke være tom"
        return
    _kontroller(resultat)
    if isinstance(resultat, list):
        for r in resultat:
            _kontroller(r)


def test_float_beloeb_findes_ikke_i_eksempel() -> None:
    # Kontrollen selv skal kunne fejle.
    assert list(_gaa_igennem({"a": [1.5]}, "x", set()))
    assert list(_gaa_igennem(datetime(2024, 1, 1), "x", set()))
    assert not list(_gaa_igennem({"a": [Decimal("1.5")]}, "x", set()))
