"""Fælles opførsel for regelresultater (privat modul).

Hvert resultat er en frossen attrs-værdi med svaret, en dansk `begrundelse` og de
`kilder`, reglen har anvendt. Denne mixin giver dem:

- `str(resultat)`: begrundelsen, læst som en sætning;
- `til_dict()`: simple værdier (Decimal-beløb, ISO-tidspunkter, enum-navne, kilder som
  tekst), som `pandas.DataFrame` tager direkte;
- `_repr_html_()`: en HTML-tabel i Jupyter;
- en skrivebeskyttet mapping over de samme simple værdier, så en liste af resultater går
  direkte i `pandas.DataFrame(resultater)` (pandas er ikke en afhængighed).
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from forloebsregler.fejl import UkendtFeltFejl
from forloebsregler.kilder import Dokument, Kilde

__all__ = ["Resultat", "enkel_vaerdi"]


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
    if isinstance(vaerdi, dict):
        return {str(enkel_vaerdi(k)): enkel_vaerdi(v) for k, v in vaerdi.items()}
    if isinstance(vaerdi, frozenset | set):
        return sorted((enkel_vaerdi(v) for v in vaerdi), key=str)
    if isinstance(vaerdi, list | tuple):
        return [enkel_vaerdi(v) for v in vaerdi]
    return str(vaerdi)


def _feltnavne(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in attrs.fields(cls) if not f.name.startswith("_"))


def _felter(vaerdi: Any) -> dict[str, Any]:
    return {navn: enkel_vaerdi(getattr(vaerdi, navn)) for navn in _feltnavne(type(vaerdi))}


class Resultat(Mapping[str, Any]):
    """Mixin for frosne attrs-resultater med `begrundelse` og `kilder`.

    Som mapping svarer `resultat[navn]` til `resultat.til_dict()[navn]`.
    """

    __slots__ = ()

    def __getitem__(self, noegle: str) -> Any:
        data = self.til_dict()
        if noegle not in data:
            raise UkendtFeltFejl(
                f"felt: fik {noegle!r}; {type(self).__name__} har felterne " + ", ".join(data)
            )
        return data[noegle]

    def __iter__(self) -> Iterator[str]:
        return iter(self.til_dict())

    def __len__(self) -> int:
        return len(self.til_dict())

    def til_dict(self) -> dict[str, Any]:
        """Resultatet som en dict af simple værdier (se modulets beskrivelse)."""
        return _felter(self)

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
