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

Et kald med lister eller tupler, der er set før, er ét opslag: hver liste efter sine
elementers id'er eller navne (`Medlemstabel`) og hele svaret efter alle listerne i kaldet
(`Svarlager`). Begge lagre er begrænsede (`HOEJST_GEMTE`); resultaterne er frosne, så et
gemt svar kan deles.
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
HOEJST_GEMTE = 4096
"""Højst så mange gemte samlinger pr. tabel og gemte svar pr. hurtig vej (derefter gemmes
intet nyt; svarene er de samme, kun langsommere)."""
_U: Any = object()  # et udeladt positionelt argument
_KUN_STR = frozenset({str})
_ICD10 = Fortolkning.ICD10
_BOGST = Fortolkning.BOGSTAVELIG


class Medlemstabel(Generic[E]):
    """Opslagstabeller for én enum: medlemmernes id'er og navne, de delmængder, der er set
    (som `frozenset` af medlemmer, delt mellem kald; højst 2**antal medlemmer), og de lister
    og tupler, der er set (`fra_idtupel`, `fra_navnetupel`)."""

    __slots__ = (
        "_alle_ider",
        "_delmaengder",
        "_fra_id",
        "_fra_navn",
        "_fra_navneid",
        "fra_idtupel",
        "fra_navnetupel",
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
        self._alle_ider = self.ider | self.navneider
        self._delmaengder: dict[frozenset[Any], frozenset[E]] = {}
        # Lister og tupler, der er set: efter elementernes id'er (kun medlemmer og internerede
        # navne, der lever, så længe programmet kører: et id kan kun tilhøre dem) og efter
        # navnene (kun præcise str). Værdien er medlemmernes `frozenset`.
        self.fra_idtupel: dict[tuple[int, ...], frozenset[E]] = {}
        self.fra_navnetupel: dict[tuple[str, ...], frozenset[E]] = {}

    def samling(self, vaerdier: object) -> frozenset[E] | None:
        """Medlemmerne i `vaerdier` som `frozenset`, eller None (ikke et almindeligt input:
        den læsbare vej afgør det). En liste eller tupel, der er set før, er ét opslag (navne
        fra en fil, genkendt på det første element, på teksten; alt andet på id'erne)."""
        t = type(vaerdier)
        if t is not list and t is not tuple:
            return self.maengde(vaerdier)
        v: Any = vaerdier
        if v and type(v0 := v[0]) is str and id(v0) not in self.navneider:
            r = self.fra_navnetupel.get(tuple(v)) if set(map(type, v)) <= _KUN_STR else None
        else:
            r = self.fra_idtupel.get(tuple(map(id, v)))
        return r if r is not None else self._slaa_op(v)

    def _slaa_op(self, vaerdier: list[Any] | tuple[Any, ...]) -> frozenset[E] | None:
        """Som `maengde` for en liste eller tupel; et almindeligt input gemmes (højst
        `HOEJST_GEMTE` i hver tabel)."""
        kun_str = set(map(type, vaerdier)) <= _KUN_STR
        if kun_str and (r := self.fra_navnetupel.get(tuple(vaerdier))) is not None:
            return r
        resultat = self.maengde(vaerdier)
        if resultat is None:
            return None
        ider = tuple(map(id, vaerdier))
        if set(ider) <= self._alle_ider:
            if len(self.fra_idtupel) < HOEJST_GEMTE:
                self.fra_idtupel[ider] = resultat
        elif kun_str and len(self.fra_navnetupel) < HOEJST_GEMTE:
            self.fra_navnetupel[tuple(vaerdier)] = resultat
        return resultat

    def maengde(self, vaerdier: object) -> frozenset[E] | None:
        """Medlemmerne i `vaerdier` (en `list`, `tuple`, `set` eller `frozenset`) som
        `frozenset`, eller None (som `samling`)."""
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


_STR_NONE = frozenset({str, type(None)})


class Svarlager(Generic[R]):
    """Hele svar for kald, der er set, slået op på ét nøgle-tupel for alle samlingerne i
    kaldet: elementerne i rækkefølge med `None` mellem samlingerne, efterfulgt af kaldets
    øvrige nøgleværdier (`ekstra`, fx læsningen). `fra_ider` bruger elementernes id'er (kun
    gemt, når hvert element er et medlem eller et interneret navn fra sin tabel: de lever,
    så længe programmet kører, så et id kan kun tilhøre dem); `fra_navne` bruger elementerne
    selv (kun gemt, når hvert element er et præcist `str`-navn fra sin tabel, og kun slået op,
    når hvert element er et præcist `str` eller `None`). Et opslag med et `None` i en samling
    har et `None` for meget og kan ikke ramme en gemt nøgle. Højst `HOEJST_GEMTE` svar hver.

    De hurtige veje slår selv op (skrevet ud): navne (genkendt på det første element) på
    teksten, ellers på id'erne og så teksten."""

    __slots__ = ("_tabeller", "fra_ider", "fra_navne")

    def __init__(self, *tabeller: Medlemstabel[Any]) -> None:
        self._tabeller = tabeller
        self.fra_ider: dict[tuple[object, ...], R] = {}
        self.fra_navne: dict[tuple[object, ...], R] = {}

    def gem(
        self,
        samlinger: tuple[list[Any] | tuple[Any, ...], ...],
        ekstra: tuple[object, ...],
        svar: R,
    ) -> None:
        """Gem `svar` for `samlinger` (lister eller tupler, allerede godkendt som gyldige) og
        `ekstra`, hvor elementerne tillader det."""
        par = tuple(zip(samlinger, self._tabeller, strict=True))
        efter_id = len(self.fra_ider) < HOEJST_GEMTE and all(
            set(map(id, v)) <= t._alle_ider for v, t in par
        )
        efter_navn = len(self.fra_navne) < HOEJST_GEMTE and all(
            set(map(type, v)) <= _KUN_STR and frozenset(v) <= t.navne for v, t in par
        )
        if not (efter_id or efter_navn):
            return
        alle: list[object] = []
        for i, vaerdier in enumerate(samlinger):
            if i:
                alle.append(None)
            alle.extend(vaerdier)
        if efter_id:
            self.fra_ider[(*map(id, alle), *ekstra)] = svar
        if efter_navn:
            self.fra_navne[(*alle, *ekstra)] = svar


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


_LISTER = (list, tuple)


def lav_hurtig_svaerhedsgrad(
    svaerhed: Mapping[tuple[int, int, bool], R],
    kerne: Medlemstabel[Any],
    ledsage: Medlemstabel[Any],
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Fabrikken for `vurder_svaerhedsgrad`s hurtige vej over den forudberegnede tabel
    `svaerhed` (nøgle: antal kernesymptomer, antal ledsagesymptomer, om læsningen er den
    bogstavelige). `fabrik(fuld)` er den offentlige funktion: den afgør de almindelige kald
    selv (i én Python-ramme) og sender alle andre videre til `fuld` — den læsbare regel i
    bibliotekets kontekst.

    Parametrene er positionelle eller navngivne, så Python selv binder det almindeligste
    kald, `vurder_svaerhedsgrad(liste, liste[, fortolkning=...])`; alle andre kaldeformer
    bindes efter navn (`generel`) og gives videre i den form. To lister eller tupler, der er
    set før, er ét opslag (`Svarlager`); ellers hver samling for sig (`Medlemstabel`)."""
    k_samling, l_samling = kerne.samling, ledsage.samling
    lager: Svarlager[tuple[R, R]] = Svarlager(kerne, ledsage)
    par_id, par_navn, gem = lager.fra_ider.get, lager.fra_navne.get, lager.gem
    lt, str_none = _LISTER, _STR_NONE

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
            lister = type(k) in lt and type(ledsg) in lt
            if lister:  # to lister eller tupler, der er set før: ét opslag (`Svarlager`)
                alle = [*k, None, *ledsg]  # type: ignore[misc]
                if type(k[0] if k else ledsg[0] if ledsg else None) is str:  # type: ignore[index]
                    par = par_navn(tuple(alle)) if set(map(type, alle)) <= str_none else None
                else:
                    par = par_id(tuple(map(id, alle)))
                    if par is None and set(map(type, alle)) <= str_none:
                        par = par_navn(tuple(alle))
                if par is not None:
                    return par[i]
            ks, ls = k_samling(k), l_samling(ledsg)
            if ks is None or ls is None:
                return fuld(k, ledsg, fortolkning=fortolkning)
            nk, nl = len(ks), len(ls)
            par = (svaerhed[(nk, nl, False)], svaerhed[(nk, nl, True)])
            if lister:
                gem((k, ledsg), (), par)  # type: ignore[arg-type]
            return par[i]

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
    bygges med `ny`. Fire lister eller tupler, der er set før, giver det gemte resultat."""
    k_samling, l_samling = kerne.samling, ledsage.samling
    c_samling, s_samling = komplicerende_tabel.samling, styrkende_tabel.samling
    lager: Svarlager[R] = Svarlager(kerne, ledsage, komplicerende_tabel, styrkende_tabel)
    svar_id, svar_navn, gem = lager.fra_ider.get, lager.fra_navne.get, lager.gem
    lt, str_none = _LISTER, _STR_NONE
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
            lister = type(k) in lt and type(ledsg) in lt and type(c) in lt and type(st) in lt
            if lister:
                alle = [*k, None, *ledsg, None, *c, None, *st]  # type: ignore[misc]
                a0 = k[0] if k else ledsg[0] if ledsg else c[0] if c else st[0] if st else None  # type: ignore[index]
                if type(a0) is str:  # navne
                    r = svar_navn((*alle, h, b)) if set(map(type, alle)) <= str_none else None
                else:
                    r = svar_id((*map(id, alle), h, b))
                    if r is None and set(map(type, alle)) <= str_none:
                        r = svar_navn((*alle, h, b))
                if r is not None:
                    return r
            ks, ls, cs, ss = k_samling(k), l_samling(ledsg), c_samling(c), s_samling(st)
            if ks is None or ls is None or cs is None or ss is None:
                return fuld(
                    k,
                    ledsg,
                    komplicerende=komplicerende,
                    styrkende=styrkende,
                    hoej_kompleksitet=h,
                    fortolkning=fortolkning,
                )
            r = ny(stratadele[(len(ks), len(ls), b, h)], cs, ss, h)
            if lister:
                gem((k, ledsg, c, st), (h, b), r)  # type: ignore[arg-type]
            return r

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
) -> Callable[[object], dict[str, Any] | None]:
    """Den hurtige vej for én række i `stratificer_mange` (som `_stratificer_raekke`): en
    `dict` med kendte nøgler og almindelige samlinger; begge symptomlister skal være der (en
    manglende liste er en fejl i batchen, som den læsbare vej melder). Postens dele slås op
    i to caches: den del, der kun afhænger af niveaudelen (højst 192), og den, der kun
    afhænger af faktorerne og den kliniske vurdering (højst 2**10 * 2**2 * 3). En række af
    fire lister eller tupler, der er set før, slås op som helhed (`Svarlager`) og giver en
    kopi af den gemte post (hver række får sin egen `dict`)."""
    k_samling, l_samling = kerne.samling, ledsage.samling
    c_samling, s_samling = komplicerende_tabel.samling, styrkende_tabel.samling
    niveaudele: dict[tuple[int, int, bool, bool | None], tuple[Any, ...]] = {}
    faktordele: dict[tuple[Any, Any, Any], tuple[str, str, str]] = {}
    tom = ()
    niveaupost, faktorpost = _niveaupost, _faktorpost
    lager: Svarlager[dict[str, Any]] = Svarlager(
        kerne, ledsage, komplicerende_tabel, styrkende_tabel
    )
    post_id, post_navn, gem = lager.fra_ider.get, lager.fra_navne.get, lager.gem
    lt, str_none = _LISTER, _STR_NONE
    felter = (*_SV_NAVNE, "komplicerende", "styrkende", "hoej_kompleksitet", "fortolkning")
    standarder = (None, None, tom, tom, None, _ICD10)

    def raekke(r: object) -> dict[str, Any] | None:
        try:
            if type(r) is not dict or not r.keys() <= noegler:
                return None
            # en manglende symptomliste er None: ikke et almindeligt input
            k, ledsg, c, st, h, f = map(r.get, felter, standarder)
            if not (h is None or h is True or h is False):
                return None
            if f is _ICD10:
                bogstavelig = False
            elif f is _BOGST:
                bogstavelig = True
            else:
                return None
            lister = type(k) in lt and type(ledsg) in lt and type(c) in lt and type(st) in lt
            if lister:
                alle = [*k, None, *ledsg, None, *c, None, *st]
                a0 = k[0] if k else ledsg[0] if ledsg else c[0] if c else st[0] if st else None
                if type(a0) is str:  # navne, fx fra en fil
                    gemt = (
                        post_navn((*alle, h, bogstavelig))
                        if set(map(type, alle)) <= str_none
                        else None
                    )
                else:
                    gemt = post_id((*map(id, alle), h, bogstavelig))
                    if gemt is None and set(map(type, alle)) <= str_none:
                        gemt = post_navn((*alle, h, bogstavelig))
                if gemt is not None:
                    return gemt.copy()
            ks, ls, komp, styrk = k_samling(k), l_samling(ledsg), c_samling(c), s_samling(st)
            if ks is None or ls is None or komp is None or styrk is None:
                return None
            nk, nl = len(ks), len(ls)
            noegle = (nk, nl, bogstavelig, h)
            n = niveaudele.get(noegle)
            if n is None:
                n = niveaudele[noegle] = niveaupost(stratadele[noegle])
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
            if lister:
                gem((k, ledsg, c, st), (h, bogstavelig), post.copy())
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
