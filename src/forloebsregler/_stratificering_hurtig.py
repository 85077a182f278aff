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

Et kald med lister eller tupler, der er set før, er ét opslag (`Svarlager`): nøglen er alle
listernes elementer — deres id'er, eller navnene selv — med `None` mellem listerne, og den
bygges kun én gang; er svaret ikke gemt, afgøres hver liste ud fra sin del af nøglen. Lagrene
er begrænsede (`HOEJST_GEMTE`); resultaterne er frosne, så et gemt svar kan deles.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Generic, TypeVar

from forloebsregler._depression_grundlag import Fortolkning

__all__: list[str] = []

E = TypeVar("E", bound=Enum)
R = TypeVar("R")
D = TypeVar("D")

_SAMLINGER = (list, tuple, frozenset, set)
HOEJST_GEMTE = 4096
"""Højst så mange gemte svar i hvert lager (derefter gemmes intet nyt; svarene er de samme,
kun langsommere)."""
_U: Any = object()  # et udeladt positionelt argument
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

    def fra_ider(self, ider: frozenset[Any]) -> frozenset[E] | None:
        """Medlemmerne for en samlings elementers id'er, når elementerne alle er medlemmer
        eller alle internerede navne (forskellige id'er er så forskellige medlemmer); ellers
        None."""
        if ider <= self.ider:
            opslag = self._fra_id
        elif ider <= self.navneider:
            opslag = self._fra_navneid
        else:
            return None
        resultat = self._delmaengder.get(ider)
        if resultat is None:
            resultat = self._delmaengder[ider] = frozenset(map(opslag.__getitem__, ider))
        return resultat

    def fra_navne(self, navne: frozenset[Any]) -> frozenset[E] | None:
        """Medlemmerne for en samling af præcise `str` (kalderen har tjekket typerne), når de
        alle er medlemmernes navne; ellers None."""
        if not navne <= self.navne:
            return None
        resultat = self._delmaengder.get(navne)
        if resultat is None:
            resultat = self._delmaengder[navne] = frozenset(map(self._fra_navn.__getitem__, navne))
        return resultat

    def maengde(self, vaerdier: object) -> frozenset[E] | None:
        """Medlemmerne i `vaerdier` (en `list`, `tuple`, `set` eller `frozenset`) som
        `frozenset`, eller None (ikke et almindeligt input: den læsbare vej afgør det)."""
        if type(vaerdier) not in _SAMLINGER:
            return None
        ider = frozenset(map(id, vaerdier))  # type: ignore[call-overload]
        if type(vaerdier) is frozenset and ider <= self.ider:
            return vaerdier  # allerede et frozenset af medlemmer
        resultat = self.fra_ider(ider)
        if resultat is None:
            try:
                # Typerne først: et frozenset af fx Decimal('-0') og -0.0 ville sammenligne
                # dem i kalderens decimal-kontekst (og sætte dens FloatOperation-flag).
                if _KUN_STR.issuperset(map(type, vaerdier)):  # type: ignore[call-overload]
                    resultat = self.fra_navne(frozenset(vaerdier))  # type: ignore[call-overload]
            except Exception:  # fx en samling, der fejler under gennemløbning: den læsbare vej
                return None
        return resultat


_STR_NONE = frozenset({str, type(None)})


class Svarlager(Generic[R]):
    """Hele svar for kald med lister eller tupler, der er set, efter én nøgle for alle
    listerne i kaldet: elementerne i rækkefølge med `None` mellem listerne, efterfulgt af
    kaldets øvrige nøgleværdier (fx læsningen).

    - `fra_ider` bruger elementernes id'er; et svar gemmes kun, når hver liste er lutter
      medlemmer eller lutter internerede navne fra sin tabel (`Medlemstabel.fra_ider`): de
      lever, så længe programmet kører, så et id i en gemt nøgle kan kun tilhøre dem.
    - `fra_navne` bruger elementerne selv; der slås kun op, når hvert element i nøglen er et
      præcist `str`, `None` eller en `bool` (ingen fremmed `__eq__` eller `__hash__` køres),
      og et svar gemmes kun, når hver liste er lutter navne fra sin tabel.

    En gemt nøgle har præcis ét `None` mellem to lister og intet andet sted; et opslag med et
    `None` i en liste har et for meget og kan ikke ramme den. Højst `HOEJST_GEMTE` svar hver.
    """

    __slots__ = ("fra_ider", "fra_navne")

    def __init__(self) -> None:
        self.fra_ider: dict[tuple[object, ...], R] = {}
        self.fra_navne: dict[tuple[object, ...], R] = {}


_LISTER = (list, tuple)


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


def _fuldt_kald(
    fuld: Callable[..., Any],
    k: object,
    ledsg: object,
    args: tuple[object, ...],
    kwargs: dict[str, object],
    noegleord: dict[str, object],
) -> Any:
    """Kaldet, som kalderen skrev det, til `fuld`: de positionelle argumenter (uden de
    udeladte) og de navngivne (`noegleord` er de navngivne parametre, kalderen har givet)."""
    positionelle = tuple(a for a in (k, ledsg) if a is not _U) + args
    return fuld(*positionelle, **noegleord, **kwargs)


def lav_hurtig_svaerhedsgrad(
    svaerhed: Mapping[tuple[int, int, bool], R],
    kerne: Medlemstabel[Any],
    ledsage: Medlemstabel[Any],
    lager: Svarlager[tuple[R, R]] | None = None,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Fabrikken for `vurder_svaerhedsgrad`s hurtige vej over den forudberegnede tabel
    `svaerhed` (nøgle: antal kernesymptomer, antal ledsagesymptomer, om læsningen er den
    bogstavelige). `fabrik(fuld)` er den offentlige funktion: den afgør de almindelige kald
    selv (i én Python-ramme) og sender alle andre videre til `fuld` — den læsbare regel i
    bibliotekets kontekst.

    Parametrene er positionelle eller navngivne, så Python selv binder det almindeligste
    kald, `vurder_svaerhedsgrad(liste, liste[, fortolkning=...])`; alle andre kaldeformer
    bindes efter navn (`generel`) og gives videre i den form. To lister eller tupler slås op
    i `lager` (svarene under begge læsninger); andre samlinger afgøres af `Medlemstabel`."""
    k_maengde, l_maengde = kerne.maengde, ledsage.maengde
    k_ider, l_ider = kerne.ider, ledsage.ider
    k_navneider, l_navneider = kerne.navneider, ledsage.navneider
    k_navne, l_navne = kerne.navne, ledsage.navne
    lager = Svarlager() if lager is None else lager
    efter_id, efter_navn = lager.fra_ider, lager.fra_navne
    lt, str_none = _LISTER, _STR_NONE
    # svarene under begge læsninger efter antal kerne- og ledsagesymptomer
    parrene = [
        [
            (svaerhed[(nk, nl, False)], svaerhed[(nk, nl, True)])
            for nl in range(len(ledsage.ider) + 1)
        ]
        for nk in range(len(kerne.ider) + 1)
    ]

    def fabrik(fuld: Callable[..., Any]) -> Callable[..., Any]:
        def vurder_svaerhedsgrad(
            k: object = _U,
            ledsg: object = _U,
            /,
            *args: object,
            fortolkning: object = _ICD10,
            **kwargs: object,
        ) -> Any:
            if args or kwargs or ledsg is _U:  # en sjældnere kaldeform
                noegleord = {} if fortolkning is _ICD10 else {"fortolkning": fortolkning}
                return _fuldt_kald(generel, k, ledsg, args, kwargs, noegleord)
            if fortolkning is _ICD10:
                i = 0
            elif fortolkning is _BOGST:
                i = 1
            else:
                return fuld(k, ledsg, fortolkning=fortolkning)
            if type(k) in lt and type(ledsg) in lt:
                # én nøgle for begge lister (id'erne, eller navnene: se `Svarlager`); er
                # svaret ikke gemt, afgøres hver liste ud fra sin del af nøglen
                n = len(k)  # type: ignore[arg-type]
                if type(k[0] if k else ledsg[0] if ledsg else None) is str:  # type: ignore[index]
                    noegle: tuple[object, ...] = (*k, None, *ledsg)  # type: ignore[misc]
                    if str_none.issuperset(map(type, noegle)):
                        par = efter_navn.get(noegle)
                        if par is None:
                            sk, sl = set(noegle[:n]), set(noegle[n + 1 :])
                            if sk <= k_navne and sl <= l_navne:
                                par = parrene[len(sk)][len(sl)]
                                if len(efter_navn) < HOEJST_GEMTE:
                                    efter_navn[noegle] = par
                        if par is not None:
                            return par[i]
                else:
                    noegle = tuple(map(id, [*k, None, *ledsg]))  # type: ignore[misc]
                    par = efter_id.get(noegle)
                    if par is None:
                        # lutter medlemmer eller lutter internerede navne i hver liste:
                        # forskellige id'er er så forskellige medlemmer
                        sk, sl = set(noegle[:n]), set(noegle[n + 1 :])
                        if (sk <= k_ider or sk <= k_navneider) and (
                            sl <= l_ider or sl <= l_navneider
                        ):
                            par = parrene[len(sk)][len(sl)]
                            if len(efter_id) < HOEJST_GEMTE:
                                efter_id[noegle] = par
                    if par is not None:
                        return par[i]
            ks, ls = k_maengde(k), l_maengde(ledsg)
            if ks is None or ls is None:
                return fuld(k, ledsg, fortolkning=fortolkning)
            return svaerhed[(len(ks), len(ls), i == 1)]

        def generel(*args: object, **kwargs: object) -> Any:
            """En sjældnere kaldeform: bundet efter navn, eller den fulde vej."""
            b = _bind(args, kwargs, _SV_NAVNE) if kwargs.keys() <= _SV_ALLE else None
            if b is not None and b.keys() >= _SV_ALLE - _SV_KW:
                return vurder_svaerhedsgrad(
                    b["kernesymptomer"],
                    b["ledsagesymptomer"],
                    fortolkning=b.get("fortolkning", _ICD10),
                )
            return fuld(*args, **kwargs)

        return vurder_svaerhedsgrad

    return fabrik


_Afgoer = Callable[
    [tuple[object, ...], int, int, int, int, bool],
    tuple[int, int, frozenset[Any], frozenset[Any]] | None,
]


def _lav_afgoer(tabeller: tuple[Medlemstabel[Any], ...]) -> _Afgoer:
    """`afgoer(noegle, a, b, c, d, navne)`: de fire listers svar ud fra deres dele af en
    `Svarlager`-nøgle (`a`–`d`: listernes længder; `navne`: nøglen er navnene, ellers
    id'erne) — antal kerne- og ledsagesymptomer og de to faktorsæt; None, når en liste ikke
    er lutter medlemmer, lutter internerede navne eller lutter navne fra sin tabel."""
    kt, lt, ct, st = tabeller
    k_ider, k_navneider, k_navne = kt.ider, kt.navneider, kt.navne
    l_ider, l_navneider, l_navne = lt.ider, lt.navneider, lt.navne
    c_ider, c_navne, s_ider, s_navne = ct.fra_ider, ct.fra_navne, st.fra_ider, st.fra_navne

    def afgoer(
        noegle: tuple[object, ...], a: int, b: int, c: int, d: int, navne: bool
    ) -> tuple[int, int, frozenset[Any], frozenset[Any]] | None:
        b += a + 1
        c += b + 1
        d += c + 1
        k, ls = set(noegle[:a]), set(noegle[a + 1 : b])
        if navne:
            if not (k <= k_navne and ls <= l_navne):
                return None
            cs, ss = c_navne(frozenset(noegle[b + 1 : c])), s_navne(frozenset(noegle[c + 1 : d]))
        else:
            # forskellige id'er er forskellige medlemmer, når listen er lutter medlemmer
            # eller lutter internerede navne
            if not ((k <= k_ider or k <= k_navneider) and (ls <= l_ider or ls <= l_navneider)):
                return None
            cs, ss = c_ider(frozenset(noegle[b + 1 : c])), s_ider(frozenset(noegle[c + 1 : d]))
        if cs is None or ss is None:
            return None
        return len(k), len(ls), cs, ss

    return afgoer


_STR_NONE_BOOL = frozenset({str, type(None), bool})


def lav_hurtig_stratificer(
    stratadele: Mapping[tuple[int, int, bool, bool | None], D],
    ny: Callable[[D, frozenset[Any], frozenset[Any], bool | None], R],
    kerne: Medlemstabel[Any],
    ledsage: Medlemstabel[Any],
    komplicerende_tabel: Medlemstabel[Any],
    styrkende_tabel: Medlemstabel[Any],
    lager: Svarlager[R] | None = None,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Fabrikken for `stratificer`s hurtige vej (som `lav_hurtig_svaerhedsgrad`): niveaudelen
    slås op i `stratadele` (nøgle: tællinger, læsning, klinisk vurdering), og resultatet
    bygges med `ny`. Fire lister eller tupler, der er set før, giver det gemte resultat."""
    k_maengde, l_maengde = kerne.maengde, ledsage.maengde
    c_maengde, s_maengde = komplicerende_tabel.maengde, styrkende_tabel.maengde
    afgoer = _lav_afgoer((kerne, ledsage, komplicerende_tabel, styrkende_tabel))
    lager = Svarlager() if lager is None else lager
    efter_id, efter_navn = lager.fra_ider, lager.fra_navne
    lt, str_none = _LISTER, _STR_NONE_BOOL
    tom: frozenset[Any] = frozenset()

    def fabrik(fuld: Callable[..., Any]) -> Callable[..., Any]:
        def stratificer(
            k: object = _U,
            ledsg: object = _U,
            /,
            *args: object,
            komplicerende: object = tom,
            styrkende: object = tom,
            hoej_kompleksitet: object = None,
            fortolkning: object = _ICD10,
            **kwargs: object,
        ) -> Any:
            h = hoej_kompleksitet
            if (
                args
                or kwargs
                or ledsg is _U
                or not (h is None or h is True or h is False)
                or (fortolkning is not _ICD10 and fortolkning is not _BOGST)
            ):  # en sjældnere kaldeform eller fx 1 for True, eller en læsning som tekst
                noegleord = {
                    n: v
                    for n, v, standard in (
                        ("komplicerende", komplicerende, tom),
                        ("styrkende", styrkende, tom),
                        ("hoej_kompleksitet", h, None),
                        ("fortolkning", fortolkning, _ICD10),
                    )
                    if v is not standard
                }
                if args or kwargs or ledsg is _U:
                    return _fuldt_kald(generel, k, ledsg, args, kwargs, noegleord)
                return fuld(k, ledsg, **noegleord)
            c = () if komplicerende is tom else komplicerende
            st = () if styrkende is tom else styrkende
            b = fortolkning is _BOGST
            if type(k) in lt and type(ledsg) in lt and type(c) in lt and type(st) in lt:
                # én nøgle for de fire lister (id'erne, eller navnene: se `Svarlager`); er
                # svaret ikke gemt, afgøres hver liste ud fra sin del af nøglen
                navne = type(k[0] if k else ledsg[0] if ledsg else None) is str  # type: ignore[index]
                if not navne:
                    noegle: tuple[object, ...] = (
                        *map(id, [*k, None, *ledsg, None, *c, None, *st]),  # type: ignore[misc]
                        h,
                        b,
                    )
                    lagret = efter_id
                else:
                    noegle = (*k, None, *ledsg, None, *c, None, *st, h, b)  # type: ignore[misc]
                    lagret = efter_navn
                    if not str_none.issuperset(map(type, noegle)):
                        noegle = ()
                if noegle:
                    r = lagret.get(noegle)
                    if r is not None:
                        return r
                    m = afgoer(noegle, len(k), len(ledsg), len(c), len(st), navne)  # type: ignore[arg-type]
                    if m is not None:
                        r = ny(stratadele[(m[0], m[1], b, h)], m[2], m[3], h)
                        if len(lagret) < HOEJST_GEMTE:
                            lagret[noegle] = r
                        return r
            ks, ls, cs, ss = k_maengde(k), l_maengde(ledsg), c_maengde(c), s_maengde(st)
            if ks is None or ls is None or cs is None or ss is None:
                return fuld(
                    k,
                    ledsg,
                    komplicerende=komplicerende,
                    styrkende=styrkende,
                    hoej_kompleksitet=h,
                    fortolkning=fortolkning,
                )
            return ny(stratadele[(len(ks), len(ls), b, h)], cs, ss, h)

        def generel(*args: object, **kwargs: object) -> Any:
            """En sjældnere kaldeform: bundet efter navn, eller den fulde vej."""
            b = _bind(args, kwargs, _SV_NAVNE) if kwargs.keys() <= _ST_ALLE else None
            if b is not None and b.keys() >= _ST_ALLE - _ST_KW:
                return stratificer(b.pop("kernesymptomer"), b.pop("ledsagesymptomer"), **b)
            return fuld(*args, **kwargs)

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
    lager: Svarlager[dict[str, Any]] | None = None,
) -> Callable[[object], dict[str, Any] | None]:
    """Den hurtige vej for én række i `stratificer_mange` (som `_stratificer_raekke`): en
    `dict` med kendte nøgler og almindelige samlinger; begge symptomlister skal være der (en
    manglende liste er en fejl i batchen, som den læsbare vej melder). Postens dele slås op
    i to caches: den del, der kun afhænger af niveaudelen (højst 192), og den, der kun
    afhænger af faktorerne og den kliniske vurdering (højst 2**10 * 2**2 * 3). En række af
    fire lister eller tupler, der er set før, slås op som helhed i `lager` (som
    `stratificer`) og giver en kopi af den gemte post (hver række får sin egen `dict`)."""
    k_maengde, l_maengde = kerne.maengde, ledsage.maengde
    c_maengde, s_maengde = komplicerende_tabel.maengde, styrkende_tabel.maengde
    afgoer = _lav_afgoer((kerne, ledsage, komplicerende_tabel, styrkende_tabel))
    niveaudele: dict[tuple[int, int, bool, bool | None], tuple[Any, ...]] = {}
    faktordele: dict[tuple[Any, Any, Any], tuple[str, str, str]] = {}
    tom = ()
    niveaupost, faktorpost = _niveaupost, _faktorpost
    lager = Svarlager() if lager is None else lager
    efter_id, efter_navn = lager.fra_ider, lager.fra_navne
    lt, str_none = _LISTER, _STR_NONE_BOOL
    har_kun_kendte, flest = noegler.issuperset, len(noegler)

    def raekke(r: object) -> dict[str, Any] | None:
        try:
            # længden først: en række med flere nøgler har en ukendt, og ingen nøgles
            # `__hash__` køres (den læsbare vej melder den)
            if type(r) is not dict or len(r) > flest or not har_kun_kendte(r):
                return None
            # en manglende symptomliste er None: ikke et almindeligt input
            g: Callable[..., Any] = r.get
            k, ledsg = g("kernesymptomer"), g("ledsagesymptomer")
            c, st = g("komplicerende", tom), g("styrkende", tom)
            h, f = g("hoej_kompleksitet"), g("fortolkning", _ICD10)
            if not (h is None or h is True or h is False):
                return None
            if f is _ICD10:
                bogstavelig = False
            elif f is _BOGST:
                bogstavelig = True
            else:
                return None
            lagret = None
            if type(k) in lt and type(ledsg) in lt and type(c) in lt and type(st) in lt:
                # én nøgle for de fire lister, som i `stratificer`
                navne = type(k[0] if k else ledsg[0] if ledsg else None) is str
                if navne:  # fx fra en fil
                    noegle: tuple[object, ...] = (
                        *k,
                        None,
                        *ledsg,
                        None,
                        *c,
                        None,
                        *st,
                        h,
                        bogstavelig,
                    )
                    if str_none.issuperset(map(type, noegle)):
                        lagret = efter_navn
                else:
                    noegle = (*map(id, [*k, None, *ledsg, None, *c, None, *st]), h, bogstavelig)
                    lagret = efter_id
            m = None
            if lagret is not None:
                gemt = lagret.get(noegle)
                if gemt is not None:
                    return gemt.copy()
                m = afgoer(noegle, len(k), len(ledsg), len(c), len(st), navne)
            if m is not None:
                nk, nl, komp, styrk = m
            else:
                lagret = None
                ks, ls, cs, ss = k_maengde(k), l_maengde(ledsg), c_maengde(c), s_maengde(st)
                if ks is None or ls is None or cs is None or ss is None:
                    return None
                nk, nl, komp, styrk = len(ks), len(ls), cs, ss
            noegle_n = (nk, nl, bogstavelig, h)
            n = niveaudele.get(noegle_n)
            if n is None:
                n = niveaudele[noegle_n] = niveaupost(stratadele[noegle_n])
            fnoegle = (komp, styrk, h)
            fd = faktordele.get(fnoegle)
            if fd is None:
                fd = faktordele[fnoegle] = faktorpost(kompleksitet(komp, styrk, h))
            post = {
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
            if lagret is not None and len(lagret) < HOEJST_GEMTE:
                lagret[noegle] = post.copy()
        except Exception:  # et fremmed objekt, der fejler: den læsbare vej giver fejlbeskeden
            return None
        return post

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
