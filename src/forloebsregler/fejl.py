"""Fejlmodellen: én basisundtagelse og nogle få præcise underklasser.

Alle offentlige funktioner afviser forkert input med en `ForloebsreglerFejl`, hvis
besked nævner argumentet, hvad der blev givet, og hvad der accepteres. Ingen
`TypeError`, `AttributeError` eller `KeyError` slipper ud af det offentlige API.

En applikation kan også læse fejlen uden at tolke beskeden: hver fejl har attributterne
`argument` (argumentets navn, eller `None`), `vaerdi` (den givne værdi; kun meningsfuld,
når `har_vaerdi` er sand) og `kode` (en stabil kode som `"ugyldig_type"`; se tabellen i
docs/udviklere.md). Koderne ændres ikke uden en ny hovedversion.

>>> from forloebsregler.fejl import UgyldigVaerdiFejl
>>> fejl = UgyldigVaerdiFejl("km: fik -1 (type int); accepterer kun tal fra 0")
>>> (fejl.argument, fejl.kode, fejl.har_vaerdi)
('km', 'ugyldig_vaerdi', False)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar, Final

__all__ = [
    "ArgumentFejl",
    "ForloebsreglerFejl",
    "ManglendeTakstFejl",
    "NaivtTidspunktFejl",
    "PeriodeFejl",
    "UgyldigTypeFejl",
    "UgyldigVaerdiFejl",
    "UkendtFeltFejl",
    "UkendtNavnFejl",
]


# Markør for "ingen værdi givet" (så `None` kan være den givne værdi); gemmes aldrig.
_INGEN: Final = object()

# Beskedens konventionelle begyndelse "navn: …" (fx "km: fik …", "raekker[3]: …", "--sag: …").
_ARGUMENT_PRAEFIKS = re.compile(r"^(-{0,2}[A-Za-z_][\w.\-]*(?:\[[^\]\s]{1,40}\])*): ")


def _argument_fra_besked(besked: object) -> str | None:
    if not isinstance(besked, str):
        return None
    fund = _ARGUMENT_PRAEFIKS.match(besked)
    return fund.group(1) if fund else None


class ForloebsreglerFejl(ValueError):
    """Basis for alle fejl fra forloebsregler (en `ValueError`).

    Args:
        *args: som for `ValueError`; det første er den danske fejlbesked (`str(fejl)`).
        argument: argumentets navn; udelades det, læses det af beskedens begyndelse
            `"navn: …"` (ellers `None`).
        vaerdi: den givne værdi, hvis den er kendt (`har_vaerdi` siger, om den blev givet).
        kode: en stabil fejlkode; som standard klassens `KODE`.
    """

    KODE: ClassVar[str] = "forloebsregler_fejl"

    argument: str | None
    vaerdi: object
    kode: str

    def __init__(
        self,
        *args: object,
        argument: str | None = None,
        vaerdi: object = _INGEN,
        kode: str | None = None,
    ) -> None:
        super().__init__(*args)
        self.argument = (
            argument if argument is not None else _argument_fra_besked(args[0] if args else None)
        )
        self.vaerdi = None if vaerdi is _INGEN else vaerdi
        self._har_vaerdi = vaerdi is not _INGEN
        self.kode = kode if kode is not None else type(self).KODE

    @property
    def har_vaerdi(self) -> bool:
        """Om den givne værdi er kendt (så `vaerdi` er den, også når den er `None`)."""
        return self._har_vaerdi

    @property
    def besked(self) -> str:
        """Den danske fejlbesked."""
        return str(self.args[0]) if self.args else ""


class UgyldigTypeFejl(ForloebsreglerFejl):
    """Et argument har en type, som funktionen ikke tager imod."""

    KODE: ClassVar[str] = "ugyldig_type"


class UgyldigVaerdiFejl(ForloebsreglerFejl):
    """Et argument har den rigtige type, men en værdi uden for det tilladte."""

    KODE: ClassVar[str] = "ugyldig_vaerdi"


class NaivtTidspunktFejl(ForloebsreglerFejl):
    """Et tidspunkt uden tidszone blev givet; det gættes der aldrig på."""

    KODE: ClassVar[str] = "naivt_tidspunkt"


class PeriodeFejl(ForloebsreglerFejl):
    """En periode slutter før den begynder (eller er tom, hvor det ikke giver mening)."""

    KODE: ClassVar[str] = "ugyldig_periode"


class UkendtNavnFejl(ForloebsreglerFejl):
    """Et navn (fx et enum-navn) er ikke blandt de kendte."""

    KODE: ClassVar[str] = "ukendt_navn"


class UkendtFeltFejl(UkendtNavnFejl, KeyError):
    """Et resultat har intet felt med det navn (også en `KeyError`).

    Resultaterne er ikke længere mappings, så biblioteket rejser den ikke selv mere (et
    ukendt felt er en `AttributeError`, som for enhver Python-værdi); klassen bevares, så kode,
    der fanger den, stadig kan importere den.
    """

    KODE: ClassVar[str] = "ukendt_felt"

    def __str__(self) -> str:  # KeyError ville ellers vise beskeden i anførselstegn
        return str(self.args[0]) if self.args else ""


class ManglendeTakstFejl(ForloebsreglerFejl):
    """Ingen kendt takst eller sats gælder for den ønskede dato, og ingen blev givet."""

    KODE: ClassVar[str] = "manglende_takst"


class ArgumentFejl(ForloebsreglerFejl, TypeError):
    """Et kald med forkerte argumenter: et manglende, et ukendt eller for mange.

    Også en `TypeError`, som Python ellers ville have rejst.
    """

    KODE: ClassVar[str] = "ugyldigt_kald"


KODER: Final[Mapping[str, str]] = MappingProxyType(
    {
        klasse.KODE: klasse.__name__
        for klasse in (
            ForloebsreglerFejl,
            UgyldigTypeFejl,
            UgyldigVaerdiFejl,
            NaivtTidspunktFejl,
            PeriodeFejl,
            UkendtNavnFejl,
            UkendtFeltFejl,
            ManglendeTakstFejl,
            ArgumentFejl,
        )
    }
)
"""De stabile fejlkoder og klassen, der som standard bærer hver af dem (skrivebeskyttet; med
vilje uden for `__all__`, så `__all__` kun har fejlklasser)."""
