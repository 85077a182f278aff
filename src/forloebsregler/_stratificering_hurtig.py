"""Den hurtige vej for depressionsvurderingerne (privat modul).

Reglerne står læsbart i `stratificering` (`_kernesymptomer`, `_maengde`, `_faktorer`,
`vurder_svaerhedsgrad`, `stratificer`); dette modul gør kun det samme hurtigere for de
almindelige input og svarer `None`, når et input ikke er et af dem — så tager den læsbare
vej over (med dens fejlbeskeder). tests/test_stratificering_hurtig.py tjekker på tilfældige
input, at de to veje giver samme svar.

De almindelige input er en `list`, `tuple`, `set` eller `frozenset` af

- enum-medlemmerne selv: genkendt på `id` (et medlem lever, så længe programmet kører, og
  argumentet holder sine elementer i live under kaldet, så et id kan kun tilhøre medlemmet;
  `id` er C-kode, mens et enum-medlems `__hash__` er Python-kode), eller
- medlemmernes navne som præcis `str` (ikke en underklasse, der kunne lyve om lighed). Et
  navn skrevet som literal i kildekoden er det internerede navneobjekt og genkendes også på
  `id`; andre navne (fx læst fra en fil) sammenlignes som tekst.

Gentagelser tæller én gang, som i den læsbare vej, der bygger et `frozenset`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any, Generic, TypeVar

from forloebsregler._depression_grundlag import Fortolkning

__all__: list[str] = []

E = TypeVar("E", bound=Enum)
R = TypeVar("R")
D = TypeVar("D")

_SAMLINGER = (list, tuple, frozenset, set)
_KUN_STR = frozenset({str})
_ICD10 = Fortolkning.ICD10
_BOGST = Fortolkning.BOGSTAVELIG


class Medlemstabel(Generic[E]):
    """Opslagstabeller for én enum: medlemmernes id'er og navne og de delmængder, der er
    set (som `frozenset` af medlemmer, delt mellem kald; højst 2**antal medlemmer)."""

    __slots__ = (
        "_delmaengder",
        "_fra_id",
        "_fra_navn",
        "_fra_navneid",
        "ider",
        "navneider",
        "navne",
    )

    def __init__(self, enum_cls: type[E]) -> None:
        self._fra_id: dict[int, E] = {id(m): m for m in enum_cls}
        # De internerede navne holdes i live af `_fra_navn`s nøgler, så deres id'er er faste.
        self._fra_navn: dict[str, E] = {sys.intern(m.name): m for m in enum_cls}
        self._fra_navneid: dict[int, E] = {id(n): m for n, m in self._fra_navn.items()}
        self.ider = frozenset(self._fra_id)
        self.navneider = frozenset(self._fra_navneid)
        self.navne = frozenset(self._fra_navn)
        self._delmaengder: dict[frozenset[Any], frozenset[E]] = {}

    def antal(self, vaerdier: object) -> int | None:
        """Antallet af forskellige medlemmer i `vaerdier`, eller None (ikke et almindeligt
        input: den læsbare vej afgør det)."""
        if type(vaerdier) not in _SAMLINGER:
            return None
        ider = set(map(id, vaerdier))  # type: ignore[call-overload]
        # kun medlemmer eller kun internerede navne: forskellige id'er er forskellige medlemmer
        if ider <= self.ider or ider <= self.navneider:
            return len(ider)
        navne = self._navne(vaerdier)
        return None if navne is None else len(navne)

    def maengde(self, vaerdier: object) -> frozenset[E] | None:
        """Medlemmerne i `vaerdier` som `frozenset`, eller None (som `antal`)."""
        if type(vaerdier) not in _SAMLINGER:
            return None
        ider = frozenset(map(id, vaerdier))  # type: ignore[call-overload]
        if ider <= self.ider:
            if type(vaerdier) is frozenset:
                return vaerdier  # allerede et frozenset af medlemmer
            noegle: frozenset[Any] = ider
            opslag: dict[Any, E] = self._fra_id
        elif ider <= self.navneider:
            noegle, opslag = ider, self._fra_navneid
        else:
            navne = self._navne(vaerdier)
            if navne is None:
                return None
            noegle, opslag = navne, self._fra_navn
        resultat = self._delmaengder.get(noegle)
        if resultat is None:
            resultat = self._delmaengder[noegle] = frozenset(map(opslag.__getitem__, noegle))
        return resultat

    def _navne(self, vaerdier: Iterable[object]) -> frozenset[str] | None:
        try:
            navne = frozenset(vaerdier)
            if navne <= self.navne and set(map(type, navne)) <= _KUN_STR:
                return navne  # type: ignore[return-value]
        except Exception:  # fx et element, der ikke kan hashes: den læsbare vej afviser det
            pass
        return None


def lav_hurtig_svaerhedsgrad(
    svaerhed: Mapping[tuple[int, int, bool], R],
    kerne: Medlemstabel[Any],
    ledsage: Medlemstabel[Any],
) -> Callable[..., R | None]:
    """Den hurtige vej for `vurder_svaerhedsgrad` over den forudberegnede tabel `svaerhed`
    (nøgle: antal kernesymptomer, antal ledsagesymptomer, om læsningen er den bogstavelige)."""
    antal_kerne, antal_ledsage = kerne.antal, ledsage.antal

    def vurder_svaerhedsgrad(
        kernesymptomer: object, ledsagesymptomer: object, *, fortolkning: object = _ICD10
    ) -> R | None:
        if fortolkning is _ICD10:
            bogstavelig = False
        elif fortolkning is _BOGST:
            bogstavelig = True
        else:
            return None
        nk = antal_kerne(kernesymptomer)
        if nk is None:
            return None
        nl = antal_ledsage(ledsagesymptomer)
        if nl is None:
            return None
        return svaerhed[(nk, nl, bogstavelig)]

    return vurder_svaerhedsgrad


def lav_hurtig_stratificer(
    stratadele: Mapping[tuple[int, int, bool, bool | None], D],
    ny: Callable[[D, frozenset[Any], frozenset[Any], bool | None], R],
    kerne: Medlemstabel[Any],
    ledsage: Medlemstabel[Any],
    komplicerende_tabel: Medlemstabel[Any],
    styrkende_tabel: Medlemstabel[Any],
) -> Callable[..., R | None]:
    """Den hurtige vej for `stratificer`: niveaudelen slås op i `stratadele` (nøgle: tællinger,
    læsning, klinisk vurdering), og resultatet bygges med `ny`."""
    antal_kerne, antal_ledsage = kerne.antal, ledsage.antal
    komp_maengde, styrk_maengde = komplicerende_tabel.maengde, styrkende_tabel.maengde
    tom: frozenset[Any] = frozenset()

    def stratificer(
        kernesymptomer: object,
        ledsagesymptomer: object,
        *,
        komplicerende: object = tom,
        styrkende: object = tom,
        hoej_kompleksitet: object = None,
        fortolkning: object = _ICD10,
    ) -> R | None:
        h = hoej_kompleksitet
        if not (h is None or h is True or h is False):  # 1 og 0 tager den læsbare vej
            return None
        if fortolkning is _ICD10:
            bogstavelig = False
        elif fortolkning is _BOGST:
            bogstavelig = True
        else:
            return None
        nk = antal_kerne(kernesymptomer)
        if nk is None:
            return None
        nl = antal_ledsage(ledsagesymptomer)
        if nl is None:
            return None
        komp = komp_maengde(komplicerende)
        if komp is None:
            return None
        styrk = styrk_maengde(styrkende)
        if styrk is None:
            return None
        return ny(stratadele[(nk, nl, bogstavelig, h)], komp, styrk, h)  # type: ignore[index]

    return stratificer
