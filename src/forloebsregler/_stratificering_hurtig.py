"""Den hurtige vej for depressionsvurderingerne (privat modul).

Reglerne står læsbart i `stratificering` (`_kernesymptomer`, `vurder_svaerhedsgrad`,
`stratificer`), `kompleksitet` (`kraev_faktorer`, `vurder_kompleksitet`) og
`_depression_grundlag` (`maengde`); dette modul gør kun det samme hurtigere for de
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
        "navne",
        "navneider",
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
        t = type(vaerdier)
        if t is list or t is tuple:
            # en liste af navne fra en fil: spring id-forsøget over
            if vaerdier and type(vaerdier[0]) is str and id(vaerdier[0]) not in self.navneider:  # type: ignore[index]
                navne = self._navne(vaerdier)  # type: ignore[arg-type]
                return None if navne is None else len(navne)
        elif t is not frozenset and t is not set:
            return None
        ider = set(map(id, vaerdier))  # type: ignore[call-overload]
        # kun medlemmer eller kun internerede navne: forskellige id'er er forskellige medlemmer
        if ider <= self.ider or ider <= self.navneider:
            return len(ider)
        navne = self._navne(vaerdier)  # type: ignore[arg-type]
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
            navne = self._navne(vaerdier)  # type: ignore[arg-type]
            if navne is None:
                return None
            noegle, opslag = navne, self._fra_navn
        resultat = self._delmaengder.get(noegle)
        if resultat is None:
            resultat = self._delmaengder[noegle] = frozenset(map(opslag.__getitem__, noegle))
        return resultat

    def antal_navne(self, vaerdier: Iterable[object]) -> int | None:
        """Som `antal` for en samling, der ikke bestod id-prøven: kun navnene som tekst."""
        navne = self._navne(vaerdier)
        return None if navne is None else len(navne)

    def maengde_navne(self, vaerdier: Iterable[object]) -> frozenset[E] | None:
        """Som `maengde` for en samling, der ikke bestod id-prøven: kun navnene som tekst."""
        navne = self._navne(vaerdier)
        if navne is None:
            return None
        resultat = self._delmaengder.get(navne)
        if resultat is None:
            resultat = self._delmaengder[navne] = frozenset(map(self._fra_navn.__getitem__, navne))
        return resultat

    def _navne(self, vaerdier: Iterable[object]) -> frozenset[str] | None:
        try:
            # Typerne først: et frozenset af fx Decimal('-0') og -0.0 ville sammenligne dem
            # i kalderens decimal-kontekst (og sætte dens FloatOperation-flag).
            if not set(map(type, vaerdier)) <= _KUN_STR:
                return None
            navne = frozenset(vaerdier)
            if navne <= self.navne:
                return navne  # type: ignore[return-value]
        except Exception:  # fx en samling, der fejler under gennemløbning: den læsbare vej
            pass
        return None


def ingen(*args: object, **kwargs: object) -> None:
    """En »fuld vej«, der intet svarer: `fabrik(ingen)` er den hurtige vej alene (til tests)."""
    return None


def _bind(
    args: tuple[object, ...], kwargs: dict[str, object], positionelle: tuple[str, ...]
) -> dict[str, object] | None:
    """Argumenterne som én dict efter navn, eller None (for mange, dobbelte): den fulde vej
    giver så den rette `ArgumentFejl`. Kun til de sjældnere kaldeformer."""
    if len(args) > len(positionelle):
        return None
    bundne = dict(kwargs)
    for navn, vaerdi in zip(positionelle, args, strict=False):
        if navn in bundne:
            return None
        bundne[navn] = vaerdi
    return bundne


_SV_NAVNE = ("kernesymptomer", "ledsagesymptomer")
_SV_KW = frozenset({"fortolkning"})
_SV_ALLE = frozenset({*_SV_NAVNE, *_SV_KW})
_ST_KW = frozenset({"komplicerende", "styrkende", "hoej_kompleksitet", "fortolkning"})
_ST_ALLE = frozenset({*_SV_NAVNE, *_ST_KW})


def lav_hurtig_svaerhedsgrad(
    svaerhed: Mapping[tuple[int, int, bool], R],
    kerne: Medlemstabel[Any],
    ledsage: Medlemstabel[Any],
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Fabrikken for `vurder_svaerhedsgrad`s hurtige vej over den forudberegnede tabel
    `svaerhed` (nøgle: antal kernesymptomer, antal ledsagesymptomer, om læsningen er den
    bogstavelige). `fabrik(fuld)` er den offentlige funktion: den afgør de almindelige kald
    selv (i én Python-ramme) og sender alle andre videre til `fuld` — den læsbare regel i
    bibliotekets kontekst."""
    antal_kerne, antal_ledsage = kerne.antal, ledsage.antal
    k_ider, l_ider = kerne.ider, ledsage.ider
    k_navneider, l_navneider = kerne.navneider, ledsage.navneider
    navne_kerne, navne_ledsage = kerne.antal_navne, ledsage.antal_navne

    def fabrik(fuld: Callable[..., Any]) -> Callable[..., Any]:
        def vurder_svaerhedsgrad(*args: object, **kwargs: object) -> Any:
            f: object
            if len(args) == 2 and kwargs.keys() <= _SV_KW:
                k, ledsg = args
                f = kwargs.get("fortolkning", _ICD10)
            elif kwargs.keys() <= _SV_ALLE and (b := _bind(args, kwargs, _SV_NAVNE)) is not None:
                if not b.keys() >= _SV_ALLE - _SV_KW:
                    return fuld(*args, **kwargs)
                k, ledsg, f = (
                    b["kernesymptomer"],
                    b["ledsagesymptomer"],
                    b.get("fortolkning", _ICD10),
                )
            else:
                return fuld(*args, **kwargs)
            if f is not _ICD10 and f is not _BOGST:
                return fuld(*args, **kwargs)
            # lister af medlemmer eller internerede navne er skrevet ud her; resten: `Medlemstabel`
            nk: int | None
            if type(k) is list:
                ider = set(map(id, k))
                nk = len(ider) if ider <= k_ider or ider <= k_navneider else navne_kerne(k)
            else:
                nk = antal_kerne(k)
            nl: int | None
            if type(ledsg) is list:
                ider = set(map(id, ledsg))
                nl = len(ider) if ider <= l_ider or ider <= l_navneider else navne_ledsage(ledsg)
            else:
                nl = antal_ledsage(ledsg)
            if nk is None or nl is None:
                return fuld(*args, **kwargs)
            return svaerhed[(nk, nl, f is _BOGST)]

        return vurder_svaerhedsgrad

    return fabrik


def lav_hurtig_stratificer(
    stratadele: Mapping[tuple[int, int, bool, bool | None], D],
    ny: Callable[[D, frozenset[Any], frozenset[Any], bool | None], R],
    kerne: Medlemstabel[Any],
    ledsage: Medlemstabel[Any],
    komplicerende_tabel: Medlemstabel[Any],
    styrkende_tabel: Medlemstabel[Any],
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Fabrikken for `stratificer`s hurtige vej (som `lav_hurtig_svaerhedsgrad`): niveaudelen
    slås op i `stratadele` (nøgle: tællinger, læsning, klinisk vurdering), og resultatet
    bygges med `ny`."""
    antal_kerne, antal_ledsage = kerne.antal, ledsage.antal
    komp_maengde, styrk_maengde = komplicerende_tabel.maengde, styrkende_tabel.maengde
    k_ider, l_ider = kerne.ider, ledsage.ider
    komp_ider, styrk_ider = komplicerende_tabel.ider, styrkende_tabel.ider
    k_navneider, l_navneider = kerne.navneider, ledsage.navneider
    komp_navneider, styrk_navneider = komplicerende_tabel.navneider, styrkende_tabel.navneider
    navne_kerne, navne_ledsage = kerne.antal_navne, ledsage.antal_navne
    komp_navne, styrk_navne = komplicerende_tabel.maengde_navne, styrkende_tabel.maengde_navne
    # de delmængder, `maengde` har set (nøgle: id'erne); None, når en ny skal bygges
    komp_set = komplicerende_tabel._delmaengder.get
    styrk_set = styrkende_tabel._delmaengder.get
    tom: frozenset[Any] = frozenset()

    def fabrik(fuld: Callable[..., Any]) -> Callable[..., Any]:
        def stratificer(*args: object, **kwargs: object) -> Any:
            if len(args) == 2 and kwargs.keys() <= _ST_KW:
                k, ledsg = args
                g = kwargs.get
            elif kwargs.keys() <= _ST_ALLE and (b := _bind(args, kwargs, _SV_NAVNE)) is not None:
                if not b.keys() >= _ST_ALLE - _ST_KW:
                    return fuld(*args, **kwargs)
                k, ledsg, g = b["kernesymptomer"], b["ledsagesymptomer"], b.get
            else:
                return fuld(*args, **kwargs)
            h = g("hoej_kompleksitet")
            f = g("fortolkning", _ICD10)
            if not (h is None or h is True or h is False) or (f is not _ICD10 and f is not _BOGST):
                return fuld(*args, **kwargs)  # fx 1 for True, eller en læsning som tekst
            # lister af medlemmer eller internerede navne er skrevet ud her; resten: `Medlemstabel`
            nk: int | None
            if type(k) is list:
                ider = set(map(id, k))
                nk = len(ider) if ider <= k_ider or ider <= k_navneider else navne_kerne(k)
            else:
                nk = antal_kerne(k)
            nl: int | None
            if type(ledsg) is list:
                ider = set(map(id, ledsg))
                nl = len(ider) if ider <= l_ider or ider <= l_navneider else navne_ledsage(ledsg)
            else:
                nl = antal_ledsage(ledsg)
            komplicerende = g("komplicerende", tom)
            komp: frozenset[Any] | None = None
            if komplicerende is tom:
                komp = tom
            elif type(komplicerende) is list:
                fider = frozenset(map(id, komplicerende))
                if fider <= komp_ider or fider <= komp_navneider:
                    komp = komp_set(fider)  # None, første gang: `maengde` bygger den
                else:
                    komp = komp_navne(komplicerende)
                    if komp is None:
                        return fuld(*args, **kwargs)
            if komp is None:
                komp = komp_maengde(komplicerende)
            styrkende = g("styrkende", tom)
            styrk: frozenset[Any] | None = None
            if styrkende is tom:
                styrk = tom
            elif type(styrkende) is list:
                fider = frozenset(map(id, styrkende))
                if fider <= styrk_ider or fider <= styrk_navneider:
                    styrk = styrk_set(fider)  # None, første gang: `maengde` bygger den
                else:
                    styrk = styrk_navne(styrkende)
                    if styrk is None:
                        return fuld(*args, **kwargs)
            if styrk is None:
                styrk = styrk_maengde(styrkende)
            if nk is None or nl is None or komp is None or styrk is None:
                return fuld(*args, **kwargs)
            return ny(stratadele[(nk, nl, f is _BOGST, h)], komp, styrk, h)

        return stratificer

    return fabrik


def _niveaupost(d: Any) -> tuple[Any, ...]:
    """Den del af en batchpost, der kun afhænger af niveaudelen `d`."""
    return (
        None if d.niveau is None else d.niveau.name,
        ", ".join(n.name for n in d.mulige_niveauer),
        d.afgjort,
        d.svaerhedsvurdering.svaerhedsgrad.name,
        d.svaerhedsvurdering.fortolkning.name,
        d.begrundelse,
    )


def _faktorpost(k: Any) -> tuple[str, str, str]:
    """Den del af en batchpost, der kun afhænger af kompleksitetsvurderingen `k`."""
    return (
        k.hoej_kompleksitet.name,
        ", ".join(f.name for f in k.komplicerende_faktorer),
        ", ".join(f.name for f in k.styrkende_faktorer),
    )


def lav_hurtig_raekke(
    stratadele: Mapping[tuple[int, int, bool, bool | None], Any],
    kompleksitet: Callable[[frozenset[Any], frozenset[Any], bool | None], Any],
    kerne: Medlemstabel[Any],
    ledsage: Medlemstabel[Any],
    komplicerende_tabel: Medlemstabel[Any],
    styrkende_tabel: Medlemstabel[Any],
    noegler: frozenset[str],
) -> Callable[[object], dict[str, Any] | None]:
    """Den hurtige vej for én række i `stratificer_mange` (som `_stratificer_raekke`): en
    `dict` med kendte nøgler og almindelige samlinger. Postens dele slås op i to caches: den
    del, der kun afhænger af niveaudelen (højst 192), og den, der kun afhænger af faktorerne
    og den kliniske vurdering (højst 2**10 * 2**2 * 3)."""
    antal_kerne, antal_ledsage = kerne.antal, ledsage.antal
    komp_maengde, styrk_maengde = komplicerende_tabel.maengde, styrkende_tabel.maengde
    niveaudele: dict[tuple[int, int, bool, bool | None], tuple[Any, ...]] = {}
    faktordele: dict[tuple[Any, Any, Any], tuple[str, str, str]] = {}
    tom = ()
    niveaupost, faktorpost = _niveaupost, _faktorpost

    def raekke(r: object) -> dict[str, Any] | None:
        try:
            if type(r) is not dict or not r.keys() <= noegler:
                return None
            g = r.get
            h = g("hoej_kompleksitet")
            if not (h is None or h is True or h is False):
                return None
            f = g("fortolkning", _ICD10)
            if f is _ICD10:
                bogstavelig = False
            elif f is _BOGST:
                bogstavelig = True
            else:
                return None
            nk = antal_kerne(g("kernesymptomer", tom))
            nl = antal_ledsage(g("ledsagesymptomer", tom))
            komp = komp_maengde(g("komplicerende", tom))
            styrk = styrk_maengde(g("styrkende", tom))
            if nk is None or nl is None or komp is None or styrk is None:
                return None
            noegle = (nk, nl, bogstavelig, h)
            n = niveaudele.get(noegle)
            if n is None:
                n = niveaudele[noegle] = niveaupost(stratadele[noegle])
            fnoegle = (komp, styrk, h)
            fd = faktordele.get(fnoegle)
            if fd is None:
                fd = faktordele[fnoegle] = faktorpost(kompleksitet(komp, styrk, h))
        except Exception:  # et fremmed objekt, der fejler: den læsbare vej giver fejlbeskeden
            return None
        return {
            "niveau": n[0],
            "mulige_niveauer": n[1],
            "afgjort": n[2],
            "svaerhedsgrad": n[3],
            "antal_kernesymptomer": nk,
            "antal_ledsagesymptomer": nl,
            "fortolkning": n[4],
            "hoej_kompleksitet": fd[0],
            "komplicerende_faktorer": fd[1],
            "styrkende_faktorer": fd[2],
            "begrundelse": n[5],
            "fejl": None,
        }

    return raekke


_KO_NAVNE = ("komplicerende", "styrkende")
_KO_ALLE = frozenset({*_KO_NAVNE, "hoej_kompleksitet"})


def lav_hurtig_kompleksitet(
    kompleksitet: Callable[[frozenset[Any], frozenset[Any], bool | None], R],
    komplicerende_tabel: Medlemstabel[Any],
    styrkende_tabel: Medlemstabel[Any],
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Fabrikken for `vurder_kompleksitet`s hurtige vej (som `lav_hurtig_svaerhedsgrad`):
    faktorsættene genkendes af `Medlemstabel.maengde`, og vurderingen slås op med
    `kompleksitet` (som gemmer den pr. faktorsæt)."""
    komp_maengde, styrk_maengde = komplicerende_tabel.maengde, styrkende_tabel.maengde
    tom: frozenset[Any] = frozenset()

    def fabrik(fuld: Callable[..., Any]) -> Callable[..., Any]:
        def vurder_kompleksitet(*args: object, **kwargs: object) -> Any:
            if kwargs.keys() <= _KO_ALLE and (b := _bind(args, kwargs, _KO_NAVNE)) is not None:
                h = b.get("hoej_kompleksitet")
                if h is None or h is True or h is False:
                    komp = komp_maengde(b.get("komplicerende", tom))
                    styrk = styrk_maengde(b.get("styrkende", tom))
                    if komp is not None and styrk is not None:
                        return kompleksitet(komp, styrk, h)
            return fuld(*args, **kwargs)

        return vurder_kompleksitet

    return fabrik
