"""Resultatgrundlaget (privat modul): frosne værdier med skrivebeskyttede beholdere.

Hvert resultat er en frossen attrs-værdi med svaret, en dansk `begrundelse` og de
`kilder`, reglen har anvendt. Grundklassen `Resultat` sørger for, at et resultat kun holder
skrivebeskyttede beholdere (så det kan hashes og deles), og giver `str(resultat)` (begrundelsen)
og genvejene `til_dict()`, `til_json()` og `_repr_html_()` til `forloebsregler.serialisering`,
hvor al omsætning til simple værdier, JSON, HTML og DataFrame-rækker bor. Et resultat er ikke
en mapping: `pandas.DataFrame(serialisering.raekker(resultater))` giver en tabel.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import getcontext, setcontext
from typing import Any, TypeVar, cast

import attrs

from forloebsregler import serialisering
from forloebsregler._kontekst import KONTEKST, decimalfri
from forloebsregler.serialisering import enkel_vaerdi, json_vaerdi

__all__ = ["DovenResultat", "LaastMapping", "Resultat", "enkel_vaerdi", "frys", "json_vaerdi"]
# `DovenTekst`, `laes_tekst` og `offentlig_repr` (nederst) er bevidst uden for `__all__`: pakken
# indpakker hvert moduls `__all__` i decimal-konteksten, og de tre sætter selv konteksten, hvor
# der skrives tekst (`DovenTekst`), eller læser kun felter og egenskaber, der selv er indpakket.

K = TypeVar("K")
V = TypeVar("V")


class LaastMapping(Mapping[K, V]):
    """En skrivebeskyttet, hashbar mapping (resultaters tabeller pr. kategori o.l.).

    Den sammenlignes som en dict (`LaastMapping({1: 2}) == {1: 2}`), kan ikke ændres og
    kan hashes, så resultater, der indeholder den, også kan.
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self._data: dict[K, V] = dict(data)

    def __getitem__(self, noegle: K) -> V:
        return self._data[noegle]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __eq__(self, andet: object) -> bool:
        if isinstance(andet, Mapping):
            return self._data == dict(andet.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"LaastMapping({self._data!r})"


_MUTERBARE = (dict, list, set, bytearray)


def frys(vaerdi: object) -> object:
    """Den samme værdi med skrivebeskyttede beholdere: dict → `LaastMapping`, list → tuple,
    set → frozenset (rekursivt); andre værdier er uændrede."""
    if isinstance(vaerdi, dict):
        return LaastMapping({frys(k): frys(v) for k, v in vaerdi.items()})
    if isinstance(vaerdi, list | tuple):
        frosne = tuple(frys(v) for v in vaerdi)
        if type(vaerdi) is tuple and all(a is b for a, b in zip(frosne, vaerdi, strict=True)):
            return vaerdi
        return frosne
    if isinstance(vaerdi, set):
        return frozenset(frys(v) for v in vaerdi)
    if isinstance(vaerdi, bytearray):
        return bytes(vaerdi)
    return vaerdi


def _har_muterbar(vaerdier: tuple[object, ...]) -> bool:
    for v in vaerdier:  # noqa: SIM110 - en løkke er billigere end any() med en generator
        if isinstance(v, _MUTERBARE):
            return True
    return False


_BEHOLDERORD = ("tuple", "list", "dict", "set", "Mapping", "Sequence", "Iterable", "Any", "object")


def _beholderfelter(cls: type) -> tuple[str, ...]:
    """Felterne, der efter annotationen kan holde en beholder (de andre er skalarer som
    Decimal, datetime og enum-værdier, som mypy holder styr på)."""
    navne = []
    for f in attrs.fields(cast(Any, cls)):
        annotation = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", None)
        if annotation is None or any(ord_ in str(annotation) for ord_ in _BEHOLDERORD):
            navne.append(f.name)
    return tuple(navne)


_FELTNAVNE_ALLE: dict[type, tuple[str, ...]] = {}


class Resultat:
    """Grundklassen for frosne attrs-resultater med `begrundelse` og `kilder`.

    Et resultat er en almindelig frossen værdi (ikke en mapping): felterne læses som
    attributter. Serialiseringen bor i `forloebsregler.serialisering`; metoderne her kalder
    den blot, så `resultat.til_dict()` og Jupyters visning virker.
    """

    __slots__ = ()

    def __attrs_post_init__(self) -> None:
        """Resultater holder kun skrivebeskyttede beholdere (og kan derfor hashes)."""
        navne = _FELTNAVNE_ALLE.get(type(self))
        if navne is None:
            navne = _FELTNAVNE_ALLE[type(self)] = _beholderfelter(type(self))
        for navn in navne:
            vaerdi = getattr(self, navn)
            if type(vaerdi) is tuple:
                if _har_muterbar(vaerdi):
                    object.__setattr__(self, navn, frys(vaerdi))
            elif isinstance(vaerdi, _MUTERBARE):
                object.__setattr__(self, navn, frys(vaerdi))

    def til_dict(self) -> dict[str, Any]:
        """Resultatet som en dict af simple værdier (`serialisering.til_dict`)."""
        return serialisering.til_dict(self)

    def til_json(self, *, indrykning: int | None = None) -> str:
        """Resultatet som JSON-tekst (`serialisering.til_json`); `json.loads` læser den.

        Beløb er eksakte decimalstrenge, varigheder `{"sekunder": "..."}`, tidspunkter ISO
        8601 med offset og enum-værdier deres navn.
        """
        return serialisering.til_json(self, indrykning=indrykning)

    def __str__(self) -> str:
        begrundelse = getattr(self, "begrundelse", None)
        return begrundelse if isinstance(begrundelse, str) else repr(self)

    def _repr_html_(self) -> str:
        return serialisering.til_html(self)


# --- Prosa, der skrives, når den læses (issue 18, punkt 1) ------------------------------------


class DovenTekst:
    """En tekst (fx en begrundelse), der først skrives, når den læses, og så huskes.

    `DovenTekst(skriv)` holder funktionen, der skriver teksten ud fra de fakta, den har
    lukket om; et resultat, hvis tekst ingen læser, betaler ikke for at skrive den. Teksten
    skrives i bibliotekets decimal-kontekst (som hvis den var skrevet med det samme), og den
    sammenlignes, hashes, vises og pickles som den færdige tekst: et resultat med en doven
    tekst er lig med og har samme hash som det samme resultat med teksten skrevet ud.
    """

    __slots__ = ("_skriv", "_tekst")

    def __init__(self, skriv: Callable[[], str]) -> None:
        self._skriv: Callable[[], str] | None = skriv
        self._tekst: str | None = None

    def __str__(self) -> str:
        tekst = self._tekst
        if tekst is None:
            skriv = self._skriv
            assert skriv is not None  # sættes først til None, når teksten er skrevet
            kalderens = getcontext()
            if kalderens is KONTEKST:
                tekst = skriv()
            else:
                # kalderens kontekst flytter intet i teksten, og den sættes tilbage som det samme
                # objekt (som `_kontekst.i_kontekst`; `localcontext` ville kopiere konteksten
                # og koste omkring det dobbelte af et kontekstskift)
                setcontext(KONTEKST)
                try:
                    tekst = skriv()
                finally:
                    setcontext(kalderens)
            self._tekst = tekst
            self._skriv = None  # fakta holdes ikke længere end nødvendigt
        return tekst

    def __eq__(self, andet: object) -> bool:
        if isinstance(andet, DovenTekst | str):
            return str(self) == str(andet)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))

    def __repr__(self) -> str:
        return repr(str(self))

    def __reduce__(self) -> tuple[type[str], tuple[str]]:
        return (str, (str(self),))


def laes_tekst(resultat: object, felt: str) -> str:
    """Feltets tekst: skrevet ud første gang og gemt i feltet i stedet for den dovne tekst
    (det ændrer hverken lighed eller hash, for `DovenTekst` sammenlignes som sin tekst)."""
    vaerdi = getattr(resultat, felt)
    if type(vaerdi) is str:
        return vaerdi
    tekst = str(vaerdi)
    object.__setattr__(resultat, felt, tekst)
    return tekst


def offentlig_repr(resultat: object) -> str:
    """`repr` med de offentlige felter (`_offentlige_felter`) i attrs' egen form, til et
    resultat, hvis tekst er et privat felt bag en egenskab: `Klasse(navn=værdi, ...)`."""
    navn = type(resultat).__qualname__.rsplit(">.", 1)[-1]
    felter = ", ".join(
        f"{felt}={getattr(resultat, felt)!r}"
        for felt in type(resultat)._offentlige_felter  # type: ignore[attr-defined]
    )
    return f"{navn}({felter})"


@functools.cache
def _aliaser(cls: type) -> tuple[str, ...]:
    return tuple(f.alias for f in attrs.fields(cls))


class _AttrsFelter:
    """`_offentlige_felter` for en `DovenResultat`-klasse: attrs' felter i deres orden med
    aliaset, så det private `_begrundelse` vises og serialiseres som `begrundelse`."""

    def __get__(self, resultat: object, cls: type) -> tuple[str, ...]:
        return _aliaser(cls)


class DovenResultat(Resultat):
    """Et resultat, hvis begrundelse skrives første gang, den læses (issue 18, punkt 1).

    Klassen har feltet ``_begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")``
    og er ``@attrs.frozen(repr=False)``; konstruktøren tager `begrundelse=` som før, og lighed,
    hash, `repr` og serialiseringen er de samme som med teksten skrevet ud (`DovenTekst`
    sammenlignes som sin tekst). Pakken indpakker `__repr__` og `begrundelse` her, én gang.
    """

    __slots__ = ()

    _offentlige_felter = _AttrsFelter()
    __repr__ = offentlig_repr

    @property
    @decimalfri  # `DovenTekst` skriver selv i bibliotekets kontekst
    def begrundelse(self) -> str:
        """Begrundelsen, som en sagsbehandler kan læse højt."""
        return laes_tekst(self, "_begrundelse")
