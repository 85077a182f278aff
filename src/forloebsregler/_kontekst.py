"""Bibliotekets egen `decimal`-kontekst (privat modul).

Decimal-regning afhænger af den aktuelle kontekst (præcision, afrunding, traps). En kalder,
der har sat `decimal.getcontext().prec = 3`, må ikke kunne flytte et beløb eller en
kategorigrænse. Derfor kører hver offentlig funktion og hver offentlig metode og egenskab på
de offentlige klasser i `KONTEKST` — og kalderens kontekst (præcision, afrunding, traps og
flag) er bagefter præcis, som den var: den bliver sat tilbage som det samme objekt, og der
regnes aldrig i den.

`indpak_modul(modul)` indpakker navnene i et moduls `__all__`; pakkens `__init__` gør det
for hvert undermodul lige efter importen, så brugeren altid får de indpakkede objekter.
Indpakningen koster omkring et halvt mikrosekund pr. kald udefra (målt med `timeit` på
udviklingsmaskinen) og næsten intet for kald inde fra biblioteket, som allerede kører i
konteksten. Et kald med forkerte argumenter bliver til en `ArgumentFejl`.

En funktion kan få en hurtig vej uden om kontekstskiftet (`hurtig_vej`): en privat fabrik
giver den offentlige funktion, der selv afgør de almindelige kald uden at skifte kontekst —
den regner aldrig med Decimal og formaterer aldrig en Decimal — og sender alle andre kald
(også dem med forkerte argumenter) videre til den læsbare funktion med den fulde indpakning,
så fejlbeskeder og `ArgumentFejl` er som før. Den hurtige vej må ikke have sideeffekter (ud
over caches) og må ikke forbruge en engangs-iterator, før den sender videre: den rører kun
`list`, `tuple`, `set` og `frozenset`. `uden_kontekst` mærker en getter, der kun giver en gemt
værdi uden Decimal-regning videre; den indpakkes slet ikke. `decimalfri` mærker en egenskabs
getter, der kan kaldes uden kontekstskift. At kalderens kontekst ikke kan ændre svarene, viser
tests/test_stratificering_hurtig.py.

En offentlig funktion, der returnerer en lang strøm (fx en batch), kan regne den med
`bidstroem`: så skiftes konteksten én gang pr. bid af skridt i stedet for to gange pr. skridt.
"""

from __future__ import annotations

import functools
import inspect
import itertools
import sys
import types
from collections.abc import Callable, Generator, Iterable, Iterator
from decimal import (
    ROUND_HALF_UP,
    Context,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    getcontext,
    setcontext,
)
from enum import Enum
from typing import Any, ParamSpec, TypeVar, cast

from forloebsregler.fejl import ArgumentFejl, ForloebsreglerFejl

__all__: list[str] = []

KONTEKST = Context(
    prec=28,
    rounding=ROUND_HALF_UP,
    Emin=-999_999,
    Emax=999_999,
    capitals=1,
    clamp=0,
    flags=[],
    traps=[InvalidOperation, DivisionByZero, Overflow],
)
"""Bibliotekets kontekst: 28 cifre (rigeligt til ethvert beløb i øre), afrunding halvt op,
og kun de traps, der afslører en programfejl (ugyldig operation, division med nul, overløb).
Beløb afrundes stadig eksplicit til øre, hvor en fakturalinje dannes."""

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

_INDPAKKET = "__forloebsregler_kontekst__"
_HURTIG = "__forloebsregler_hurtig__"


def hurtig_vej(
    fabrik: Callable[[Callable[..., Any]], Callable[..., Any]],
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Giv en funktion en hurtig vej uden kontekstskift (se modulets docstring).

    `fabrik(fuld)` giver den offentlige funktion: den afgør selv de kald, den kan, uden at
    skifte kontekst, og sender alle andre videre til `fuld` (funktionen med den fulde
    indpakning)."""

    def maerk(funktion: Callable[P, R]) -> Callable[P, R]:
        setattr(funktion, _HURTIG, fabrik)
        return funktion

    return maerk


def decimalfri(funktion: Callable[P, R]) -> Callable[P, R]:
    """Mærk en egenskabs getter, der aldrig regner med Decimal: den kaldes uden kontekstskift,
    og kun hvis den rejser en undtagelse eller svarer None, køres den om med den fulde
    indpakning (en getter tager kun `self`, så omkørslen er ufarlig)."""

    def fabrik(fuld: Callable[..., Any]) -> Callable[..., Any]:
        def let(selv: Any) -> Any:
            try:
                resultat = funktion(selv)  # type: ignore[call-arg]
            except Exception:
                resultat = None  # den fulde vej giver fejlen, uden for except-blokken
            return fuld(selv) if resultat is None else resultat

        return let

    setattr(funktion, _HURTIG, fabrik)
    return funktion


def uden_kontekst(funktion: Callable[P, R]) -> Callable[P, R]:
    """Mærk en getter, der kun giver en gemt værdi videre (fx en tuple af heltal) og hverken
    regner med eller formaterer Decimal: den indpakkes ikke, så den koster et almindeligt
    attributopslag. Den tæller som behandlet (`_INDPAKKET`), så testen af, at alt offentligt
    er indpakket, stadig dækker den."""
    setattr(funktion, _INDPAKKET, True)
    return funktion


# Dunder-metoder, der kan regne eller formatere Decimal (str/format bruger kontekstens
# afrunding og `capitals`), og som derfor også indpakkes, når klassen selv definerer dem.
_DUNDERS = frozenset(
    {"__init__", "__str__", "__repr__", "__format__", "__getitem__", "__iter__", "__len__"}
)


_MAKS_BID = 256
"""Højst så mange skridt regnes ad gangen i bibliotekets kontekst (`bidstroem`)."""


def bidstroem(fyld: Callable[[list[T], int], bool]) -> Iterator[T]:
    """En strøm, hvis skridt regnes i bidder i bibliotekets `decimal`-kontekst.

    En almindelig generator fra en offentlig funktion køres i konteksten ét skridt ad gangen
    (`_i_konteksten`): to kontekstskift pr. skridt. En funktion, der returnerer
    `bidstroem(fyld)`, får i stedet 1, 2, 4, … op til `_MAKS_BID` skridt pr. kontekstskift,
    så det første kommer straks, og strømmen højst er `_MAKS_BID` skridt foran den, der læser
    (fx en batch, der læser rækker forud). Kalderens kontekst er urørt mellem bidderne.

    `fyld(skridt, antal)` lægger de næste (højst) `antal` skridt i listen `skridt` og svarer,
    om kilden er brugt op; en løkke i én funktion pr. bid er billigere end at genoptage en
    generator pr. skridt. Rejser `fyld` en undtagelse midt i en bid, leveres bidens færdige
    skridt først.

    Strømmen er `itertools.chain` over bidderne: at hente et skridt er et C-kald, ikke et
    Python-kald pr. skridt (og ikke en generator, så `i_kontekst` pakker den ikke om).
    """
    return itertools.chain.from_iterable(_bidder(fyld))


def _bidder(fyld: Callable[[list[T], int], bool]) -> Iterator[list[T]]:
    """Skridtene i lister på 1, 2, 4, … op til `_MAKS_BID`, hver regnet i `KONTEKST`."""
    bid = 1
    while True:
        skridt: list[T] = []
        fejl: BaseException | None = None
        gammel = getcontext()
        setcontext(KONTEKST)
        try:
            slut = fyld(skridt, bid)
        except BaseException as undtagelse:  # leveres efter bidens færdige skridt
            fejl = undtagelse
        finally:
            setcontext(gammel)
        yield skridt
        if fejl is not None:
            raise fejl
        if slut:
            return
        bid = min(bid * 2, _MAKS_BID)


def _i_konteksten(
    generator: Generator[Any, Any, Any],
) -> Generator[Any, Any, Any]:
    """Kør en doven generator (fx en strøm af batchposter) i `KONTEKST` ved hvert skridt."""
    while True:
        gammel = getcontext()
        setcontext(KONTEKST)
        try:
            vaerdi = next(generator)
        except StopIteration as slut:
            return slut.value
        finally:
            setcontext(gammel)
        yield vaerdi


def i_kontekst(funktion: Callable[P, R]) -> Callable[P, R]:
    """Indpak `funktion`, så den regner i `KONTEKST` og efterlader kalderens kontekst urørt."""
    if getattr(funktion, _INDPAKKET, False):
        return funktion

    @functools.wraps(funktion)
    def indpakket(*args: P.args, **kwargs: P.kwargs) -> R:
        gammel = getcontext()
        if gammel is KONTEKST:  # et kald inde fra biblioteket: allerede i konteksten
            return funktion(*args, **kwargs)
        setcontext(KONTEKST)
        try:
            resultat = funktion(*args, **kwargs)
        except TypeError as fejl:
            if isinstance(fejl, ForloebsreglerFejl):
                raise
            argumentfejl = _argumentfejl(funktion, args, kwargs)
            if argumentfejl is None:
                raise
            raise argumentfejl from None
        finally:
            setcontext(gammel)
        if type(resultat) is types.GeneratorType:
            return cast(R, _i_konteksten(cast(Generator[Any, Any, Any], resultat)))
        return resultat

    setattr(indpakket, _INDPAKKET, True)
    fabrik = getattr(funktion, _HURTIG, None)
    if fabrik is None:
        return indpakket
    let = functools.update_wrapper(fabrik(indpakket), funktion)
    setattr(let, _INDPAKKET, True)
    return cast(Callable[P, R], let)


def _argumentfejl(
    funktion: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> ArgumentFejl | None:
    """En `ArgumentFejl`, hvis argumenterne ikke passer til signaturen; ellers None (så var
    `TypeError` en fejl inde i funktionen, og den rejses uændret)."""
    try:
        signatur = inspect.signature(funktion)
        signatur.bind(*args, **kwargs)
    except TypeError:
        pass
    except ValueError:  # pragma: no cover - ingen signatur
        return None
    else:
        return None
    navn = funktion.__qualname__
    parametre = signatur.parameters
    frie = any(p.kind is p.VAR_KEYWORD for p in parametre.values())
    positionelle = [
        p for p in parametre.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    dele: list[str] = []
    ukendte = [k for k in kwargs if k not in parametre and not frie]
    if ukendte:
        dele.append("ukendt argument " + ", ".join(repr(k) for k in ukendte))
    if len(args) > len(positionelle) and not any(
        p.kind is p.VAR_POSITIONAL for p in parametre.values()
    ):
        dele.append(f"{len(args)} positionelle argumenter, men højst {len(positionelle)}")
    givne = {p.name for p in positionelle[: len(args)]} | set(kwargs)
    mangler = [
        p.name
        for p in parametre.values()
        if p.default is p.empty
        and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        and p.name not in givne
    ]
    if mangler:
        dele.append("mangler " + ", ".join(repr(m) for m in mangler))
    dobbelte = [p.name for p in positionelle[: len(args)] if p.name in kwargs]
    if dobbelte:
        dele.append("givet to gange: " + ", ".join(repr(d) for d in dobbelte))
    if not dele:
        dele.append("argumenterne passer ikke til signaturen")
    return ArgumentFejl(f"{navn}: {'; '.join(dele)}; accepterer {navn}{signatur}")


def _indpak_klasse(cls: type) -> None:
    if getattr(cls, _INDPAKKET, None) is cls or issubclass(cls, BaseException):
        return
    er_enum = issubclass(cls, Enum)
    for navn, vaerdi in list(vars(cls).items()):
        if navn.startswith("__") and navn.endswith("__"):
            if er_enum or navn not in _DUNDERS:
                continue
        elif navn.startswith("_") and navn != "_repr_html_":
            continue
        ny: object
        if isinstance(vaerdi, property):
            if vaerdi.fget is None:
                continue
            ny = property(i_kontekst(vaerdi.fget), vaerdi.fset, vaerdi.fdel, vaerdi.__doc__)
        elif isinstance(vaerdi, functools.cached_property):
            vaerdi.func = i_kontekst(vaerdi.func)
            continue
        elif isinstance(vaerdi, classmethod):
            ny = classmethod(i_kontekst(vaerdi.__func__))
        elif isinstance(vaerdi, staticmethod):
            ny = staticmethod(i_kontekst(vaerdi.__func__))
        elif inspect.isfunction(vaerdi):
            ny = i_kontekst(vaerdi)
        else:
            continue
        type.__setattr__(cls, navn, ny)
    type.__setattr__(cls, _INDPAKKET, cls)


def indpak_modul(modulnavn: str) -> None:
    """Indpak de offentlige funktioner og klasser i modulets `__all__` (idempotent).

    En indpakket funktion erstatter den oprindelige overalt i pakkens moduler, så også
    `from ... import navn` i et andet modul peger på den indpakkede.
    """
    indpak_moduler((modulnavn,))


def indpak_moduler(modulnavne: Iterable[str]) -> None:
    """Indpak flere moduler på én gang, som `indpak_modul` for hvert af dem i rækkefølge.

    Pakkens `__init__` indpakker alle undermoduler i ét kald, så pakkens navnerum kun
    gennemløbes én gang (importtid, issue 18 punkt 5). En funktion, flere moduler
    genudsender, får én og samme indpakning.
    """
    erstatninger: dict[int, object] = {}
    for modulnavn in modulnavne:
        modul = sys.modules[modulnavn]
        for navn in getattr(modul, "__all__", ()):
            vaerdi = getattr(modul, navn, None)
            if type(vaerdi) is types.FunctionType:
                if id(vaerdi) not in erstatninger:
                    ny = i_kontekst(vaerdi)
                    if ny is not vaerdi:
                        erstatninger[id(vaerdi)] = ny
            elif isinstance(vaerdi, type):
                for klasse in vaerdi.__mro__:
                    if klasse.__module__.startswith("forloebsregler"):
                        _indpak_klasse(klasse)
    if not erstatninger:
        return
    indeks = _navneindeks()
    for gammel_id, erstatning in erstatninger.items():
        for navnerum, navn in indeks.get(gammel_id, ()):
            if id(navnerum.get(navn)) == gammel_id:  # stadig den oprindelige funktion
                navnerum[navn] = erstatning


# Hvor hver af pakkens funktioner står i pakkens modulnavnerum: id(funktion) → (navnerum,
# navn). Bygges én gang (og igen, når pakken har fået nye moduler), så `indpak_modul` ikke
# gennemløber alle navnerum for hvert modul, den indpakker.
_INDEKS: dict[int, list[tuple[dict[str, Any], str]]] = {}
_INDEKSEREDE: set[str] = set()


def _navneindeks() -> dict[int, list[tuple[dict[str, Any], str]]]:
    moduler = [
        (navn, modul)
        for navn, modul in list(sys.modules.items())
        if (navn == "forloebsregler" or navn.startswith("forloebsregler."))
        and isinstance(modul, types.ModuleType)
    ]
    if {navn for navn, _ in moduler} != _INDEKSEREDE:
        _INDEKS.clear()
        _INDEKSEREDE.clear()
        for navn, modul in moduler:
            _INDEKSEREDE.add(navn)
            navnerum = vars(modul)
            for n, v in navnerum.items():
                if type(v) is types.FunctionType:
                    _INDEKS.setdefault(id(v), []).append((navnerum, n))
    return _INDEKS
