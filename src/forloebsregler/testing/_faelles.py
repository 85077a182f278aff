"""Fælles strategier: enum-argumenter, mængder af enum-medlemmer og led til `og`/`eller`.

`kontroller_ja_nej` pakker et strategimoduls offentlige funktioner ind, så et ja/nej-argument
(`gyldig`, `tekst`, `andre_zoner`, `ukendt`: annoteret `bool`) skal være True eller False.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any, Literal, TypeVar, cast, overload

from hypothesis import strategies as st

from forloebsregler._valider import vis
from forloebsregler.fejl import UgyldigTypeFejl
from forloebsregler.svar import Svar

__all__ = ["enum_vaerdier", "medlemsmaengder", "svarled"]


def kontroller_ja_nej(navnerum: dict[str, Any]) -> None:
    """Pak hver offentlig funktion i modulets `__all__` med ja/nej-argumenter (annoteret
    `bool`) ind, så en anden værdi end True eller False giver en `UgyldigTypeFejl`, der nævner
    argumentet, i stedet for at blive læst efter sandhedsværdi (fx `gyldig="nej"`, som ellers
    ville give gyldige input)."""
    for navn in navnerum["__all__"]:
        funktion = navnerum.get(navn)
        if not inspect.isfunction(funktion):
            continue
        signatur = inspect.signature(funktion)
        ja_nej = tuple(
            p.name for p in signatur.parameters.values() if p.annotation in ("bool", bool)
        )
        if ja_nej:
            navnerum[navn] = _kontrolleret(funktion, signatur, ja_nej)


def _kontrolleret(
    funktion: Callable[..., Any], signatur: inspect.Signature, ja_nej: tuple[str, ...]
) -> Callable[..., Any]:
    @functools.wraps(funktion)
    def kontrolleret(*args: Any, **kwargs: Any) -> Any:
        givne = signatur.bind_partial(*args, **kwargs).arguments if args else kwargs
        for navn in ja_nej:
            vaerdi = givne.get(navn, False)
            if vaerdi is not True and vaerdi is not False:
                raise UgyldigTypeFejl(
                    f"{navn}: fik {vis(vaerdi)}; accepterer True eller False",
                    argument=navn,
                    vaerdi=vaerdi,
                )
        return funktion(*args, **kwargs)

    return kontrolleret


def _kraev_enum_klasse(enum_cls: object) -> None:
    if not (isinstance(enum_cls, type) and issubclass(enum_cls, Enum)):
        raise UgyldigTypeFejl(
            f"enum_cls: fik {vis(enum_cls)}; accepterer en Enum-klasse (fx Kernesymptom)",
            argument="enum_cls",
            vaerdi=enum_cls,
        )


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
    _kraev_enum_klasse(enum_cls)
    if gyldig:
        return cast("st.SearchStrategy[E | str]", st.sampled_from(list(enum_cls)).flatmap(_former))
    kendte = {m.name for m in enum_cls} | {str(m.value).strip().upper() for m in enum_cls}
    return st.one_of(
        st.sampled_from([*_UGYLDIGE, *ekstra_ugyldige, object()]),
        st.text(max_size=10).filter(lambda t: t.strip().upper() not in kendte),
    )


@functools.cache
def _medlemsmaengder(enum_cls: type[E]) -> st.SearchStrategy[frozenset[E]]:
    medlemmer = list(enum_cls)
    return st.one_of(
        st.just(frozenset[E]()),
        st.just(frozenset(medlemmer)),
        st.frozensets(st.sampled_from(medlemmer)),
    )


def _ugyldige_maengder(
    enum_cls: type[Enum], ekstra_ugyldige: Sequence[object]
) -> st.SearchStrategy[frozenset[object]]:
    kendte = {m.name for m in enum_cls} | {str(m.value).strip().upper() for m in enum_cls}
    daarlige = [
        v
        for v in (*_UGYLDIGE, *ekstra_ugyldige)
        if not (isinstance(v, str) and v.strip().upper() in kendte)
    ]
    return st.builds(
        lambda maengde, daarlig: frozenset([*maengde, daarlig]),
        _medlemsmaengder(enum_cls),
        st.sampled_from(daarlige),
    )


@overload
def medlemsmaengder(
    enum_cls: type[E], *, gyldig: Literal[True] = ..., ekstra_ugyldige: Sequence[object] = ()
) -> st.SearchStrategy[frozenset[E]]: ...
@overload
def medlemsmaengder(
    enum_cls: type[E], *, gyldig: bool, ekstra_ugyldige: Sequence[object] = ()
) -> st.SearchStrategy[frozenset[object]]: ...
def medlemsmaengder(
    enum_cls: type[E], *, gyldig: bool = True, ekstra_ugyldige: Sequence[object] = ()
) -> st.SearchStrategy[frozenset[object]] | st.SearchStrategy[frozenset[E]]:
    """Mængder (`frozenset`) af medlemmer af `enum_cls`: den tomme, den fulde og vilkårlige
    udvalg.

    Til egenskaber, der regner med mængder — fx »ét kernesymptom mere sænker aldrig
    sværhedsgraden« (`symptomer | {nyt}`) — hvor `kernesymptomer()` m.fl. giver samlinger i
    mange former (lister med gentagelser, navne, tekster). Biblioteket tager en sådan mængde
    overalt, hvor det tager en samling af medlemmer.

    Ugyldige (`gyldig=False`): en mængde med præcis ét element, der hverken er et medlem eller
    et navn: None, et tal, bool, bytes, tom tekst, et ukendt navn eller et af
    `ekstra_ugyldige` (fx et medlem af en anden enum).
    """
    _kraev_enum_klasse(enum_cls)
    if gyldig:
        return _medlemsmaengder(enum_cls)
    return _ugyldige_maengder(enum_cls, ekstra_ugyldige)


_OPLYSNINGER: tuple[bool | None, ...] = (True, False, None)
_SVARLED: st.SearchStrategy[bool | Svar | None] = st.sampled_from([*_OPLYSNINGER, *Svar])
_UGYLDIGE_SVARLED: st.SearchStrategy[object] = st.sampled_from(
    [1, 0, 0.0, 2.5, "ja", "nej", "", "OPFYLDT", b"OPFYLDT", [True], object()]
)


@overload
def svarled(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[bool | Svar | None]: ...
@overload
def svarled(*, gyldig: bool) -> st.SearchStrategy[object]: ...
def svarled(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Et led til `og` og `eller` (`forloebsregler.svar`): en oplysning (True, False eller None
    for ukendt) eller et `Svar` (alle fire, også UDEN_FOR_MAALGRUPPEN).

    Ugyldige: tal (også 1 og 0), tekst (også et svars navn), bytes, lister og andre typer.
    """
    return _SVARLED if gyldig else _UGYLDIGE_SVARLED


kontroller_ja_nej(globals())
