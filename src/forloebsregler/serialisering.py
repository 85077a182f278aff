"""Resultater som simple værdier, JSON, HTML og DataFrame-rækker — ét sted for alle områder.

Resultaterne er frosne værdier uden egen serialisering; dette modul omsætter dem:

- `til_dict(resultat)`: simple værdier (Decimal-beløb, ISO-tidspunkter, enum-navne, kilder
  som tekst); indlejrede resultater bliver dicts;
- `til_json(resultat)`: JSON-tekst uden særlig encoder (reglerne står i `json_vaerdi` og på
  dokumentationssiden »JSON«); `json.loads` læser den;
- `til_html(resultat)`: en HTML-tabel (det, Jupyter viser);
- `raekker(resultater)`: en liste af dicts, én pr. resultat, som `pandas.DataFrame` og
  `polars.DataFrame` tager direkte (pandas og polars er ikke afhængigheder).

Resultaternes metoder `til_dict()`, `til_json()` og `_repr_html_()` kalder blot funktionerne
her. Et resultat, hvis offentlige værdier er egenskaber frem for attrs-felter (fx
`stratificering.Stratificering`), nævner dem i klasseattributten `_offentlige_felter`.
Standardbibliotekets `json` og `html` importeres først, når de bruges (`import forloebsregler`
skal ikke betale for dem, issue 18 punkt 5).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from forloebsregler._valider import vis
from forloebsregler.fejl import UgyldigTypeFejl
from forloebsregler.kilder import Dokument, Kilde

__all__ = [
    "enkel_vaerdi",
    "feltnavne",
    "json_vaerdi",
    "raekker",
    "til_dict",
    "til_html",
    "til_json",
]

_FELTNAVNE: dict[type, tuple[str, ...]] = {}
_MAKS_INDRYKNING = 16


def _kraev_resultatklasse(cls: object, navn: str, vaerdi: object) -> type:
    if not isinstance(cls, type) or not attrs.has(cls):
        raise UgyldigTypeFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer et resultat (en frossen attrs-værdi fra "
            "forloebsregler)",
            argument=navn,
            vaerdi=vaerdi,
        )
    return cls


def feltnavne(cls: type) -> tuple[str, ...]:
    """De offentlige felter, et resultat (eller en anden attrs-værdi) serialiseres med."""
    navne = _FELTNAVNE.get(cls) if isinstance(cls, type) else None
    if navne is None:
        _kraev_resultatklasse(cls, "cls", cls)
        egne = getattr(cls, "_offentlige_felter", None)
        if egne is not None:
            navne = tuple(egne)
        else:
            navne = tuple(f.name for f in attrs.fields(cls) if not f.name.startswith("_"))
        _FELTNAVNE[cls] = navne
    return navne


def til_dict(vaerdi: Any) -> dict[str, Any]:
    """Et resultat som en dict af simple værdier (felt for felt, i felternes orden)."""
    if type(vaerdi) not in _FELTNAVNE:
        _kraev_resultatklasse(type(vaerdi), "vaerdi", vaerdi)
    return {navn: enkel_vaerdi(getattr(vaerdi, navn)) for navn in feltnavne(type(vaerdi))}


def _sekunder(varighed: timedelta) -> Decimal:
    return Decimal(varighed.days * 86400 + varighed.seconds) + Decimal(
        varighed.microseconds
    ).scaleb(-6)


def enkel_vaerdi(vaerdi: object) -> Any:
    """Omsæt en værdi til simple typer: Decimal, int, str, bool, None, list og dict."""
    if vaerdi is None or isinstance(vaerdi, bool | int | str | Decimal):
        return vaerdi
    if isinstance(vaerdi, Enum):
        return vaerdi.name
    if isinstance(vaerdi, datetime | date | time):
        return vaerdi.isoformat()
    if isinstance(vaerdi, timedelta):
        return _sekunder(vaerdi)
    if isinstance(vaerdi, Kilde | Dokument):
        return str(vaerdi)
    if attrs.has(type(vaerdi)):
        return til_dict(vaerdi)
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


def _json_noegle(noegle: object) -> str:
    vaerdi = json_vaerdi(noegle)
    if isinstance(vaerdi, str):
        return vaerdi
    import json

    return json.dumps(vaerdi)


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
        sekunder = _sekunder(vaerdi)
        return {"sekunder": _decimaltekst(sekunder.normalize() if sekunder else Decimal(0))}
    if isinstance(vaerdi, Kilde | Dokument):
        return str(vaerdi)
    if attrs.has(type(vaerdi)):
        return {navn: json_vaerdi(getattr(vaerdi, navn)) for navn in feltnavne(type(vaerdi))}
    if isinstance(vaerdi, Mapping):
        return {_json_noegle(k): json_vaerdi(v) for k, v in vaerdi.items()}
    if isinstance(vaerdi, frozenset | set):
        import json

        return sorted((json_vaerdi(v) for v in vaerdi), key=json.dumps)
    if isinstance(vaerdi, list | tuple):
        return [json_vaerdi(v) for v in vaerdi]
    return str(vaerdi)


def til_json(vaerdi: object, *, indrykning: int | None = None) -> str:
    """Et resultat som JSON-tekst (se `json_vaerdi` for reglerne); `indrykning` er None (én
    linje) eller 0–16 mellemrum."""
    if indrykning is not None and (
        type(indrykning) is not int or not 0 <= indrykning <= _MAKS_INDRYKNING
    ):
        raise UgyldigTypeFejl(
            f"indrykning: fik {vis(indrykning)}; accepterer None eller et heltal fra 0 til "
            f"{_MAKS_INDRYKNING}",
            argument="indrykning",
            vaerdi=indrykning,
        )
    import json

    return json.dumps(json_vaerdi(vaerdi), ensure_ascii=False, indent=indrykning)


def til_html(vaerdi: object) -> str:
    """Et resultat som en HTML-tabel med en række pr. felt (lister vises linje for linje)."""
    import html

    _kraev_resultatklasse(type(vaerdi), "vaerdi", vaerdi)
    raekke = []
    for noegle, v in til_dict(vaerdi).items():
        if isinstance(v, list):
            celle = "<br>".join(html.escape(str(x)) for x in v)
        else:
            celle = html.escape(str(v))
        raekke.append(f"<tr><th>{html.escape(noegle)}</th><td>{celle}</td></tr>")
    titel = html.escape(type(vaerdi).__name__)
    return f"<table><caption>{titel}</caption>{''.join(raekke)}</table>"


def raekker(resultater: Iterable[object]) -> list[dict[str, Any]]:
    """Resultater som rækker til en DataFrame: `pandas.DataFrame(raekker(resultater))`."""
    if isinstance(resultater, str | bytes | Mapping) or not isinstance(resultater, Iterable):
        raise UgyldigTypeFejl(
            f"resultater: fik {vis(resultater)}; accepterer en samling af resultater",
            argument="resultater",
            vaerdi=resultater,
        )
    ud = []
    for i, r in enumerate(resultater):
        if type(r) not in _FELTNAVNE:
            _kraev_resultatklasse(type(r), f"resultater[{i}]", r)
        ud.append(til_dict(r))
    return ud
