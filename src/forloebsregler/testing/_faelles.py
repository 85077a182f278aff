"""Fælles strategier for enum-argumenter."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Literal, TypeVar, cast, overload

from hypothesis import strategies as st

__all__ = ["enum_vaerdier"]

E = TypeVar("E", bound=Enum)

_UGYLDIGE: tuple[object, ...] = (None, 1, 0, True, 2.5, "", "UKENDT", b"UKENDT")


def _former(medlem: Enum) -> st.SearchStrategy[object]:
    former: list[object] = [medlem, medlem.name, medlem.name.lower()]
    if isinstance(medlem.value, str):
        former.append(medlem.value)
    return st.sampled_from(former)


@overload
def enum_vaerdier(
    enum_cls: type[E], *, gyldig: Literal[True] = ..., ekstra_ugyldige: Sequence[object] = ()
) -> st.SearchStrategy[E | str]: ...
@overload
def enum_vaerdier(
    enum_cls: type[E], *, gyldig: bool, ekstra_ugyldige: Sequence[object] = ()
) -> st.SearchStrategy[object]: ...
def enum_vaerdier(
    enum_cls: type[E], *, gyldig: bool = True, ekstra_ugyldige: Sequence[object] = ()
) -> st.SearchStrategy[object]:
    """Et medlem af `enum_cls` i de former, biblioteket tager imod: medlemmet selv, dets navn
    (store eller små bogstaver) eller dets tekstværdi.

    Ugyldige (`gyldig=False`): None, tal, bool, bytes, tomme og ukendte navne (også
    `ekstra_ugyldige`, fx et nærliggende, men forkert navn) og vilkårlig tekst, der ikke er et
    navn eller en værdi i `enum_cls`.
    """
    if gyldig:
        return cast("st.SearchStrategy[E | str]", st.sampled_from(list(enum_cls)).flatmap(_former))
    kendte = {m.name for m in enum_cls} | {str(m.value).strip().upper() for m in enum_cls}
    return st.one_of(
        st.sampled_from([*_UGYLDIGE, *ekstra_ugyldige, object()]),
        st.text(max_size=10).filter(lambda t: t.strip().upper() not in kendte),
    )
