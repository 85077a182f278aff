"""Fælles opførsel for regelresultater (privat modul).

Hvert resultat er en frossen attrs-værdi med svaret, en dansk `begrundelse` og de
`kilder`, reglen har anvendt. Denne mixin giver dem:

- `str(resultat)`: begrundelsen, læst som en sætning;
- `til_dict()`: simple værdier (Decimal-beløb, ISO-tidspunkter, enum-navne, kilder som
  tekst), som `pandas.DataFrame` tager direkte;
- `til_json()`: resultatet som JSON-tekst uden særlig encoder (reglerne står i
  `json_vaerdi` og på dokumentationssiden »JSON«);
- `_repr_html_()`: en HTML-tabel i Jupyter;
- en skrivebeskyttet mapping over de samme simple værdier, så en liste af resultater går
  direkte i `pandas.DataFrame(resultater)` (pandas er ikke en afhængighed).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar, cast

import attrs

from forloebsregler.fejl import UkendtFeltFejl
from forloebsregler.kilder import Dokument, Kilde

__all__ = ["LaastMapping", "Resultat", "enkel_vaerdi", "frys", "json_vaerdi"]

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
_FELTNAVNE_OFFENTLIGE: dict[type, Any] = {}
_MANGLER: Any = object()


def _egne_feltnavne(cls: type) -> tuple[str, ...] | None:
    """Et resultats offentlige feltnavne, når `til_dict` er standarden (så kan ét felt slås op
    alene); ellers None (et resultat med egen `til_dict` slås op gennem den). Gemmes pr.
    klasse."""
    navne = _feltnavne(cls) if cls.til_dict is Resultat.til_dict else None  # type: ignore[attr-defined]
    _FELTNAVNE_OFFENTLIGE[cls] = navne
    return navne


def enkel_vaerdi(vaerdi: object) -> Any:
    """Omsæt en værdi til simple typer: Decimal, int, str, bool, None, list og dict."""
    if vaerdi is None or isinstance(vaerdi, bool | int | str | Decimal):
        return vaerdi
    if isinstance(vaerdi, Enum):
        return vaerdi.name
    if isinstance(vaerdi, datetime | date | time):
        return vaerdi.isoformat()
    if isinstance(vaerdi, timedelta):
        return Decimal(vaerdi.days * 86400 + vaerdi.seconds) + Decimal(vaerdi.microseconds).scaleb(
            -6
        )
    if isinstance(vaerdi, Kilde | Dokument):
        return str(vaerdi)
    if isinstance(vaerdi, Resultat):
        return vaerdi.til_dict()
    if attrs.has(type(vaerdi)):
        return _felter(vaerdi)
    if isinstance(vaerdi, Mapping):
        return {str(enkel_vaerdi(k)): enkel_vaerdi(v) for k, v in vaerdi.items()}
    if isinstance(vaerdi, frozenset | set):
        return sorted((enkel_vaerdi(v) for v in vaerdi), key=str)
    if isinstance(vaerdi, list | tuple):
        return [enkel_vaerdi(v) for v in vaerdi]
    return str(vaerdi)


def _decimaltekst(tal: Decimal) -> str:
    """Et endeligt tal som eksakt decimaltekst uden eksponent: `Decimal("1E+3")` → `"1000"`."""
    if not tal.is_finite():
        return str(tal)
    return format(tal, "f")


def json_vaerdi(vaerdi: object) -> Any:
    """Omsæt en værdi til JSON-typer (str, int, bool, None, list, dict).

    Reglerne (dokumenteret på siden »JSON«):

    - `Decimal` (beløb, timer, procenter) → en streng med det eksakte tal uden eksponent,
      fx `"6167.87"`; en JSON-float ville kunne miste øre.
    - `timedelta` → `{"sekunder": "<eksakt antal sekunder>"}`, fx `{"sekunder": "59400"}`.
    - `datetime` → ISO 8601 med offset (`"2019-12-24T16:00:00+01:00"`); `date` → `"ÅÅÅÅ-MM-DD"`.
    - enum-medlemmer → deres navn; kilder og dokumenter → deres tekst.
    - `int`, `bool`, `None` og `str` er uændrede; tupler, lister og mængder → lister
      (mængder sorteret); indlejrede resultater → objekter.
    """
    if vaerdi is None or isinstance(vaerdi, bool | int | str):
        return vaerdi
    if isinstance(vaerdi, Decimal):
        return _decimaltekst(vaerdi)
    if isinstance(vaerdi, Enum):
        return vaerdi.name
    if isinstance(vaerdi, datetime | date | time):
        return vaerdi.isoformat()
    if isinstance(vaerdi, timedelta):
        sekunder = Decimal(vaerdi.days * 86400 + vaerdi.seconds) + Decimal(
            vaerdi.microseconds
        ).scaleb(-6)
        return {"sekunder": _decimaltekst(sekunder.normalize() if sekunder else Decimal(0))}
    if isinstance(vaerdi, Kilde | Dokument):
        return str(vaerdi)
    if isinstance(vaerdi, Resultat) and type(vaerdi).til_dict is not Resultat.til_dict:
        # et resultat med egne felter (fx beregnede egenskaber) viser sin egen til_dict()
        return json_vaerdi(vaerdi.til_dict())
    if attrs.has(type(vaerdi)):
        return {navn: json_vaerdi(getattr(vaerdi, navn)) for navn in _feltnavne(type(vaerdi))}
    if isinstance(vaerdi, Mapping):
        return {_json_noegle(k): json_vaerdi(v) for k, v in vaerdi.items()}
    if isinstance(vaerdi, frozenset | set):
        return sorted((json_vaerdi(v) for v in vaerdi), key=lambda v: json.dumps(v))
    if isinstance(vaerdi, list | tuple):
        return [json_vaerdi(v) for v in vaerdi]
    return str(vaerdi)


def _json_noegle(noegle: object) -> str:
    vaerdi = json_vaerdi(noegle)
    return vaerdi if isinstance(vaerdi, str) else json.dumps(vaerdi)


def _feltnavne(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in attrs.fields(cls) if not f.name.startswith("_"))


def _felter(vaerdi: Any) -> dict[str, Any]:
    return {navn: enkel_vaerdi(getattr(vaerdi, navn)) for navn in _feltnavne(type(vaerdi))}


class Resultat(Mapping[str, Any]):
    """Mixin for frosne attrs-resultater med `begrundelse` og `kilder`.

    Som mapping svarer `resultat[navn]` til `resultat.til_dict()[navn]`.
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

    def __getitem__(self, noegle: str) -> Any:
        cls = type(self)
        navne = _FELTNAVNE_OFFENTLIGE.get(cls, _MANGLER)
        if navne is _MANGLER:
            navne = _egne_feltnavne(cls)
        if navne is not None:
            # Ét felt omsættes alene: `dict(resultat)` og pandas koster ikke en hel
            # til_dict() pr. nøgle.
            if noegle in navne:
                return enkel_vaerdi(getattr(self, noegle))
            kendte: Iterable[str] = navne
        else:
            data = self.til_dict()
            if noegle in data:
                return data[noegle]
            kendte = data
        raise UkendtFeltFejl(
            f"felt: fik {noegle!r}; {cls.__name__} har felterne " + ", ".join(kendte)
        )

    def __iter__(self) -> Iterator[str]:
        navne = _FELTNAVNE_OFFENTLIGE.get(type(self), _MANGLER)
        if navne is _MANGLER:
            navne = _egne_feltnavne(type(self))
        return iter(navne if navne is not None else self.til_dict())

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def til_dict(self) -> dict[str, Any]:
        """Resultatet som en dict af simple værdier (se modulets beskrivelse)."""
        return _felter(self)

    def til_json(self, *, indrykning: int | None = None) -> str:
        """Resultatet som JSON-tekst (se `json_vaerdi` for reglerne); `json.loads` læser den.

        Beløb er eksakte decimalstrenge, varigheder `{"sekunder": "..."}`, tidspunkter ISO
        8601 med offset og enum-værdier deres navn.
        """
        return json.dumps(json_vaerdi(self), ensure_ascii=False, indent=indrykning)

    def __str__(self) -> str:
        begrundelse = getattr(self, "begrundelse", None)
        return begrundelse if isinstance(begrundelse, str) else repr(self)

    def _repr_html_(self) -> str:
        raekker = []
        for noegle, vaerdi in self.til_dict().items():
            if isinstance(vaerdi, list):
                celle = "<br>".join(html.escape(str(v)) for v in vaerdi)
            else:
                celle = html.escape(str(vaerdi))
            raekker.append(f"<tr><th>{html.escape(noegle)}</th><td>{celle}</td></tr>")
        titel = html.escape(type(self).__name__)
        return f"<table><caption>{titel}</caption>{''.join(raekker)}</table>"
