"""Kommandolinjens uddata (privat modul): læsbar dansk tekst, JSON eller CSV, strømmende.

- Tekst: resultatets begrundelse, så hvert felt på sin linje og kilderne til sidst; et
  `MedTillaeg` (fx ledsagelsen og kørslen) som to afsnit.
- JSON: én sag som bibliotekets egen `til_json()`; flere som en liste af poster, skrevet efter
  hånden.
- CSV: én flad post pr. række (`CsvSkriver`): lister som »a; b«, kilder som korte
  henvisninger, delresultater som »felt=værdi; …«.

Kommandolinjen regner og forklarer intet selv; dette modul viser kun bibliotekets svar.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TextIO

import attrs

from forloebsregler._cli_csv import CsvSkriver
from forloebsregler._resultat import enkel_vaerdi
from forloebsregler.serialisering import json_vaerdi

__all__ = ["MedTillaeg", "Skriver"]


@attrs.frozen
class MedTillaeg:
    """Bibliotekets to svar for én sag (fx ledsagelsen og kilometergodtgørelsen), hver med sin
    egen begrundelse og sine kilder; kommandolinjen lægger intet sammen og forklarer intet."""

    hoved: Any
    tillaeg: Any
    navn: str
    """Nøglen, tillægssvaret står under i JSON (fx »kilometergodtgoerelse«)."""
    etiket: str
    """Overskriften for tillægssvaret i teksten (fx »Kørsel«)."""

    def til_dict(self) -> dict[str, Any]:
        return {**self.hoved.til_dict(), self.navn: self.tillaeg.til_dict()}

    def til_json(self) -> str:
        data = {**json.loads(self.hoved.til_json()), self.navn: json.loads(self.tillaeg.til_json())}
        return json.dumps(data, ensure_ascii=False, indent=2)


_UDELADT_I_DELRESULTAT = frozenset({"begrundelse", "kilder"})


def _kort_kilde(kilde: Any) -> str:
    """»Dokument, afsnit: »citat«« → »Dokument, afsnit« (kort henvisning til en celle)."""
    return str(kilde).split(": »", 1)[0]


def _celletekst(vaerdi: Any) -> Any:
    """En værdi som én flad celle: tal og tekst uændret; en samling som læsbar tekst."""
    if isinstance(vaerdi, dict):
        return "; ".join(
            f"{k}={_celletekst(v)}"
            for k, v in vaerdi.items()
            if k not in _UDELADT_I_DELRESULTAT and v not in (None, [], {})
        )
    if isinstance(vaerdi, list):
        dele = [_celletekst(v) for v in vaerdi]
        skille = " | " if any(isinstance(v, dict) for v in vaerdi) else "; "
        return skille.join("" if d is None else str(d) for d in dele)
    if isinstance(vaerdi, Decimal):
        return format(vaerdi, "f")
    return vaerdi


def _flad(post: Mapping[str, Any]) -> dict[str, Any]:
    """En post til CSV: hver celle er én værdi — lister som »a; b«, kilder som korte
    henvisninger (dokument og afsnit), delresultater som »felt=værdi; …« uden deres egen
    begrundelse og kilder (de står i rækkens egne kolonner). Ingen JSON i cellerne."""
    flad: dict[str, Any] = {}
    for k, v in post.items():
        if k == "kilder" and isinstance(v, list):
            flad[k] = "; ".join(dict.fromkeys(_kort_kilde(x) for x in v))
        else:
            flad[k] = _celletekst(v) if isinstance(v, list | dict) else v
    return flad


def _som_post(resultat: Any) -> dict[str, Any]:
    """Et resultat som dict af simple værdier: bibliotekets `til_dict()`; en batchpost (en
    dict) med sine værdier gjort simple."""
    if hasattr(resultat, "til_dict"):  # et resultat er en værdi, ikke en mapping
        post: dict[str, Any] = resultat.til_dict()
        return post
    if isinstance(resultat, Mapping):
        return {str(k): enkel_vaerdi(v) for k, v in resultat.items()}
    return {"resultat": enkel_vaerdi(resultat)}


def _tekst(resultat: Any) -> str:
    if isinstance(resultat, MedTillaeg):
        return f"{_tekst(resultat.hoved)}\n{resultat.etiket}: {_tekst(resultat.tillaeg)}"
    post = _som_post(resultat)
    linjer = [str(post.get("begrundelse") or resultat)]
    for noegle, vaerdi in post.items():
        if noegle in {"begrundelse", "kilder"}:
            continue
        if noegle in {"fejl", "fejlfelt", "fejlkode"} and vaerdi is None:
            continue  # batchpostens tomme fejlfelter
        if isinstance(vaerdi, list):
            linjer.append(f"  {noegle}:")
            linjer.extend(f"    - {_kort(v)}" for v in vaerdi)
        else:
            linjer.append(f"  {noegle}: {_kort(vaerdi)}")
    kilder = post.get("kilder") or []
    if isinstance(kilder, str):  # en batchpost: korte henvisninger adskilt af »; «
        kilder = kilder.split("; ")
    if kilder:
        linjer.append("  kilder:")
        linjer.extend(f"    - {k}" for k in kilder)
    return "\n".join(linjer)


def _kort(vaerdi: Any) -> str:
    if isinstance(vaerdi, dict):
        return ", ".join(f"{k}={_kort(v)}" for k, v in vaerdi.items())
    if isinstance(vaerdi, Decimal):
        return format(vaerdi, "f")
    return str(vaerdi)


class Skriver:
    """Skriver hvert resultat, så snart det er beregnet (tekst, JSON-liste eller CSV)."""

    def __init__(self, format_: str, ud: TextIO, *, excel: bool = False) -> None:
        self.format = format_
        self.ud = ud
        self._csv = CsvSkriver(ud, excel=excel)
        self._antal_json = 0
        self._enkelt_json: dict[str, Any] | None = None

    def skriv(self, nr: int | None, resultat: Any) -> None:
        if self.format == "tekst":
            if nr is not None:
                print(f"Række {nr}:", file=self.ud)
            print(_tekst(resultat), file=self.ud)
            return
        if self.format == "json" and nr is None:
            # én sag: bibliotekets egen JSON (`til_json`), når resultatet har den
            til_json = getattr(resultat, "til_json", None)
            self._enkelt_json = json.loads(til_json()) if til_json else _som_post(resultat)
            return
        post = _som_post(resultat)
        if nr is not None:
            post = {"raekke": nr, **post}
        if self.format == "json":
            tekst = json.dumps(post, ensure_ascii=False, indent=2, default=json_vaerdi)
            self.ud.write(("[\n" if self._antal_json == 0 else ",\n") + tekst)
            self._antal_json += 1
            return
        self._csv.skriv(_flad(post))

    def afslut(self, enkelt: bool) -> None:
        if self.format != "json":
            return
        if enkelt and self._enkelt_json is not None:
            data = json.dumps(self._enkelt_json, ensure_ascii=False, indent=2, default=json_vaerdi)
            print(data, file=self.ud)
        elif self._antal_json:
            self.ud.write("\n]\n")
        else:
            self.ud.write("[]\n")
