"""Batchkørslen (privat modul i det fælles bundlag): mange rækker ind, flade poster ud.

Kernen bag `forloebsregler.batch`, uden at kende et eneste regelområde: et område beskrives
af en `Omraadespec` (felter med deres slags, enkeltkaldet `beregn` og uddatakolonnerne), og
`koer(spec, raekker)` kører hver række gennem det. Kontrakten (hvad en række er, »ikke
oplyst«, gennemførte kolonner, fejlposter) står i `forloebsregler.batch`'s docstring.

Modulet importerer ingen regelmoduler, så et regelmodul kan bruge det til sin egen
batchfunktion (fx `ikke_oplyst` og `koer` med en `Omraadespec`), uden at importen går i ring.
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation, getcontext, setcontext
from enum import Enum
from typing import Any, Literal
from zoneinfo import ZoneInfo

import attrs

from forloebsregler._kontekst import KONTEKST
from forloebsregler._tekst import tal
from forloebsregler._valider import vis
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl

__all__ = [
    "FAELLES_KOLONNER",
    "Felt",
    "Kolonnetype",
    "Omraadespec",
    "Slags",
    "ikke_oplyst",
    "koer",
]
# `Genbrug` (nedenfor) er bevidst uden for `__all__`: pakken indpakker hvert moduls `__all__` i
# decimal-konteksten, og genbruget regner ikke med Decimal, men kaldes for hver række.


Slags = Literal["tekst", "tal", "heltal", "tidspunkt", "dato", "liste", "janej", "enum"]
"""Et inddatafelts slags (hvordan en celle læses)."""

Kolonnetype = Literal["tekst", "heltal", "kroner", "decimal", "tidspunkt", "dato", "bool"]
"""En uddatakolonnes faste type (se `forloebsregler.dataframe.SKEMAER` for Arrow-typerne)."""

_UDELAD: Any = object()


@attrs.frozen
class Felt:
    """Et inddatafelt: navn, slags og om det er påkrævet.

    `ikke_oplyst` er det, enkeltkaldet får, når feltet ikke er oplyst: `_UDELAD` (argumentet
    udelades, så funktionens standard gælder) eller en værdi (fx None). `ukendt_i_kolonne`
    gælder i stedet, når kolonnen findes i rækken, men cellen er tom eller »ukendt«: så er
    faktummet ukendt, og et standardsvar ville være et gæt (fx om et IV-forløb er afslutningen
    af en kemokur).
    """

    navn: str
    slags: Slags
    paakraevet: bool = False
    ikke_oplyst: Any = _UDELAD
    ukendt_i_kolonne: Any = _UDELAD


@attrs.frozen
class Omraadespec:
    """Et regelområdes batchbeskrivelse: felter, enkeltkald og uddatakolonner."""

    navn: str
    felter: tuple[Felt, ...]
    beregn: Callable[..., Mapping[str, Any]]
    """Kaldes med de læste felter (og områdets valg) og giver resultatkolonnerne samt
    `begrundelse`, `kilder` og `fortolkninger`."""
    kolonner: tuple[tuple[str, Kolonnetype], ...]


FAELLES_KOLONNER: tuple[tuple[str, Kolonnetype], ...] = (
    ("begrundelse", "tekst"),
    ("kilder", "tekst"),
    ("fortolkninger", "tekst"),
    ("fejl", "tekst"),
    ("fejlfelt", "tekst"),
    ("fejlkode", "tekst"),
)
"""Kolonnerne efter resultatkolonnerne i hver post, for alle områder."""


# --------------------------------------------------------------------------- læsning


_ALTID_OPLYST = frozenset({bool, int, Decimal, date, datetime, time, timedelta})
"""Typer (præcis disse, ikke underklasser), hvis værdier altid er oplyst."""


def ikke_oplyst(vaerdi: object) -> bool:
    """None, NaN, NaT, pandas' NA og tom tekst (også kun mellemrum): »ikke oplyst«."""
    if vaerdi is None:
        return True
    if type(vaerdi) in _ALTID_OPLYST:  # de hyppigste celler først
        return False
    if isinstance(vaerdi, str):
        return not vaerdi.strip()
    if isinstance(vaerdi, float):
        return math.isnan(vaerdi)
    navn = type(vaerdi).__name__
    if navn in {"NaTType", "NAType"}:
        return True
    if navn in {"datetime64", "timedelta64"}:
        return str(vaerdi) == "NaT"
    return False


def skalar(vaerdi: object) -> object:
    """numpy-skalarer (np.int64, np.bool_, np.float64 …) som Python-værdier."""
    if type(vaerdi).__module__ == "numpy" and hasattr(vaerdi, "item"):
        try:
            python = vaerdi.item()
        except Exception:  # en mærkelig numpy-værdi gives videre og afvises af reglen
            return vaerdi
        if type(python) is int and type(vaerdi).__name__ in ("timedelta64", "datetime64"):
            return _numpy_tid(vaerdi, python)
        return python
    return vaerdi


def _numpy_tid(vaerdi: Any, antal: int) -> object:
    """En numpy-varighed eller -tid, som `.item()` giver som et antal (i nanosekunder, numpy's
    og pandas' standardenhed, og finere enheder): som `timedelta` eller (naiv) `datetime` som
    i mikrosekunder; uden hele mikrosekunder gives den videre og afvises af reglen. Et antal må
    aldrig læses som timer eller som et tal."""
    enhed, skridt = sys.modules["numpy"].datetime_data(vaerdi.dtype)
    if enhed != "ns" or (antal * skridt) % 1000:
        return vaerdi
    varighed = timedelta(microseconds=antal * skridt // 1000)
    if type(vaerdi).__name__ == "timedelta64":
        return varighed
    try:
        return _NUMPY_EPOKE + varighed  # som `.item()` i mikrosekunder: naiv
    except OverflowError:  # pragma: no cover - ns rækker kun fra 1677 til 2262
        return vaerdi


_NUMPY_EPOKE = datetime(1970, 1, 1)


# de samme ord som kommandolinjens ja/nej-felter
_JA = frozenset({"ja", "j", "true", "1"})
_NEJ = frozenset({"nej", "n", "false", "0"})
_UKENDT = frozenset({"ukendt", "?"})


def er_ukendt(vaerdi: object) -> bool:
    """Om `vaerdi` er kontraktens ord for et ukendt svar (»ukendt« eller »?«)."""
    return isinstance(vaerdi, str) and vaerdi.strip().lower() in _UKENDT


def _som_janej(vaerdi: object, navn: str) -> object:
    if isinstance(vaerdi, bool | Enum):
        return vaerdi
    if isinstance(vaerdi, str):
        normal = vaerdi.strip().lower()
        if normal in _JA:
            return True
        if normal in _NEJ:
            return False
        if normal in _UKENDT:
            return None
    elif isinstance(vaerdi, int | float) and vaerdi in (0, 1):
        return vaerdi == 1
    raise UgyldigVaerdiFejl(
        f"{navn}: fik {vis(vaerdi)}; accepterer True, False, None eller ja, nej, ukendt"
    )


def _som_heltal(vaerdi: object, navn: str) -> object:
    if isinstance(vaerdi, bool):
        raise UgyldigTypeFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et helt tal")
    if isinstance(vaerdi, int):
        return vaerdi
    if isinstance(vaerdi, float | Decimal):
        endelig = math.isfinite(vaerdi) if isinstance(vaerdi, float) else vaerdi.is_finite()
        if not endelig:  # uendelig, NaN og sNaN: ingen int() og ingen sammenligning
            raise UgyldigVaerdiFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et helt tal")
        if vaerdi == int(vaerdi):
            return int(vaerdi)
        raise UgyldigVaerdiFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et helt tal")
    if isinstance(vaerdi, str):
        tekst = vaerdi.strip()
        try:
            tal = Decimal(tekst)
        except InvalidOperation:
            raise UgyldigVaerdiFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et helt tal") from None
        if tal.is_finite() and tal == tal.to_integral_value():
            return int(tal)
        raise UgyldigVaerdiFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et helt tal")
    return vaerdi  # enkeltkaldet afviser typen med sin egen besked


def _som_tal(vaerdi: object, navn: str) -> object:
    if isinstance(vaerdi, float) and not isinstance(vaerdi, bool):
        if not math.isfinite(vaerdi):
            raise UgyldigVaerdiFejl(f"{navn}: fik {vis(vaerdi)}; accepterer et endeligt tal")
        # den korteste tekst, der giver samme float (24.0 → 24.0, 0.1 → 0.1), ikke 0.1000…055
        return Decimal(repr(vaerdi))
    if isinstance(vaerdi, str):
        return vaerdi.strip()
    return vaerdi


def _som_tidspunkt(vaerdi: object) -> object:
    if isinstance(vaerdi, datetime) and type(vaerdi) is not datetime:
        til_py = getattr(vaerdi, "to_pydatetime", None)  # pandas.Timestamp
        # med nanosekunder gives tidspunktet videre, og reglen afviser det (FAE-03);
        # `to_pydatetime` ville skære dem stiltiende væk
        if til_py is not None and not getattr(vaerdi, "nanosecond", 0):
            return til_py()
    if isinstance(vaerdi, str):
        return vaerdi.strip()
    return vaerdi


def _som_dato(vaerdi: object) -> object:
    vaerdi = _som_tidspunkt(vaerdi)
    if (
        isinstance(vaerdi, datetime)
        and vaerdi.tzinfo is None
        and (vaerdi.hour, vaerdi.minute, vaerdi.second, vaerdi.microsecond) == (0, 0, 0, 0)
        and not getattr(vaerdi, "nanosecond", 0)
    ):
        return vaerdi.date()  # en pandas-datokolonne (datetime64 uden tid) er datoer
    return vaerdi


def _som_liste(vaerdi: object, navn: str) -> object:
    if isinstance(vaerdi, str):
        if vaerdi.strip().lower() == "ingen":
            return []
        return [del_.strip() for del_ in vaerdi.split(";") if del_.strip()]
    if isinstance(vaerdi, list | tuple | set | frozenset):
        return list(vaerdi)
    tolist = getattr(vaerdi, "tolist", None)  # numpy-array (pandas) eller polars-Series
    if tolist is None:
        tolist = getattr(vaerdi, "to_list", None)
    if tolist is not None:
        return list(tolist())
    raise UgyldigTypeFejl(
        f"{navn}: fik {vis(vaerdi)}; accepterer en liste eller tekst adskilt af ';' (fx 'A;B')"
    )


def _laeser(felt: Felt) -> Callable[[object], object]:
    """Feltets læsning af en celle efter sin slags (slået op én gang pr. kørsel, ikke pr.
    celle); numpy-skalarer bliver først Python-værdier."""
    navn = felt.navn
    match felt.slags:
        case "janej":

            def janej(v: object) -> object:
                if v is True or v is False:  # den hyppigste celle
                    return v
                return _som_janej(skalar(v), navn)

            return janej
        case "heltal":
            return lambda v: _som_heltal(skalar(v), navn)
        case "tal":
            return lambda v: _som_tal(skalar(v), navn)
        case "tidspunkt":
            return lambda v: _som_tidspunkt(skalar(v))
        case "dato":
            return lambda v: _som_dato(skalar(v))
        case "liste":
            return lambda v: _som_liste(skalar(v), navn)
        case _:  # tekst og enum

            def tekst(v: object) -> object:
                v = skalar(v)
                return v.strip() if isinstance(v, str) else v

            return tekst


# --------------------------------------------------------------------------- kørsel

_MAKS_VENTENDE = 1000
"""Så mange rækker, der ikke er mappings, venter højst på den første mapping."""

_FELTNAVN = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\[[^\]]*\])?: ")


def _fejlfelt(fejl: BaseException) -> str | None:
    argument = getattr(fejl, "argument", None)
    if isinstance(argument, str) and argument:
        return argument.split("[", 1)[0]  # »kernesymptomer[1]« er feltet »kernesymptomer«
    fundet = _FELTNAVN.match(str(fejl))
    return fundet.group(1) if fundet else None


def _fejlkode(fejl: BaseException) -> str:
    kode = getattr(fejl, "kode", None)
    return kode if isinstance(kode, str) and kode else type(fejl).__name__


def _gennemfoerte(
    spec: Omraadespec, foerste: Mapping[Any, Any] | None, gennemfoer: bool | Sequence[str]
) -> tuple[str, ...]:
    if gennemfoer is False:
        return ()
    if gennemfoer is True:
        if foerste is None:
            return ()
        felter = {f.navn for f in spec.felter}
        return tuple(str(k) for k in foerste if str(k) not in felter)
    if isinstance(gennemfoer, str) or not isinstance(gennemfoer, Sequence):
        raise UgyldigTypeFejl(
            f"gennemfoer: fik {vis(gennemfoer)}; accepterer True, False eller en liste af "
            "kolonnenavne"
        )
    return tuple(str(k) for k in gennemfoer)


def _som_feltnavn(kolonne: str) -> str:
    """Et kolonne- eller feltnavn uden det, der kan skille en kolonne fra et felt: kun små
    bogstaver og cifre, ae/oe/aa for æ/ø/å (»Antal besøg«, »AntalBesoeg«, »antal_besoeg« →
    »antalbesoeg«)."""
    navn = kolonne.lower()
    for fra, til in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        navn = navn.replace(fra, til)
    return "".join(t for t in navn if t.isascii() and t.isalnum())


def _forvekslet_kolonne(kolonne: str, felt: str) -> UgyldigVaerdiFejl:
    """Fejlen for en kolonne, der ligner et felt uden at være det: reglen ville ikke se den og
    give feltets standard i stedet for kolonnens værdi."""
    return UgyldigVaerdiFejl(
        f"{kolonne}: kolonnen ligner feltet {felt!r}, men hedder ikke præcis sådan, så reglen "
        f"ville ikke læse den; accepterer kolonnen med navnet {felt!r} (eller en anden "
        "kolonne, der ikke ligner et felt)",
        argument=felt,
        vaerdi=kolonne,
    )


def _udnavn(navn: str, optaget: set[str]) -> str:
    while navn in optaget:
        navn = "ind_" + navn
    return navn


def koer(
    spec: Omraadespec,
    raekker: Iterable[object],
    *,
    gennemfoer: bool | Sequence[str] = True,
    foerste_raekke: int = 1,
    **valg: Any,
) -> Iterator[dict[str, Any]]:
    """Kør hver række gennem `spec.beregn`; en strøm af flade poster (kontrakten står i
    `forloebsregler.batch`). Argumenterne kontrolleres med det samme, rækkerne efter hånden."""
    if isinstance(raekker, str | bytes | Mapping) or not isinstance(raekker, Iterable):
        raise UgyldigTypeFejl(
            f"raekker: fik {vis(raekker)}; accepterer en samling (liste, generator) af mappings"
        )
    if isinstance(foerste_raekke, bool) or not isinstance(foerste_raekke, int):
        raise UgyldigTypeFejl(f"foerste_raekke: fik {vis(foerste_raekke)}; accepterer et heltal")
    if gennemfoer is not True and gennemfoer is not False:
        _gennemfoerte(spec, None, gennemfoer)  # afvis en forkert type med det samme
    return _stroem(spec, iter(raekker), gennemfoer, foerste_raekke, valg)


def _stroem(
    spec: Omraadespec,
    raekker: Iterator[object],
    gennemfoer: bool | Sequence[str],
    foerste_raekke: int,
    valg: dict[str, Any],
) -> Iterator[dict[str, Any]]:
    """Posterne, én pr. række. Med `gennemfoer=True` fastlægger den første mapping de
    gennemførte kolonner; rækker før den (ikke mappings) venter — højst `_MAKS_VENTENDE`,
    så gives de fejlposter uden gennemførte kolonner."""
    koersel = _Koersel(spec, gennemfoer, valg)
    ventende: list[tuple[int, object]] = []  # rækker før den første mapping (kun ved True)
    for nr, raekke in enumerate(raekker, start=foerste_raekke):
        if koersel.bygget:
            yield koersel.post(nr, raekke)
            continue
        ventende.append((nr, raekke))
        if isinstance(raekke, Mapping) or gennemfoer is not True:
            koersel.byg(raekke if isinstance(raekke, Mapping) else None)
        elif len(ventende) < _MAKS_VENTENDE:
            continue
        else:
            koersel.byg(None)  # ingen mapping at aflæse kolonnerne fra: intet føres igennem
        yield from _toem(koersel, ventende)
    if not koersel.bygget:
        koersel.byg(None)
        yield from _toem(koersel, ventende)


def _toem(koersel: _Koersel, ventende: list[tuple[int, object]]) -> Iterator[dict[str, Any]]:
    """De ventende rækkers poster i rækkefølge; listen tømmes."""
    for nr, raekke in ventende:
        yield koersel.post(nr, raekke)
    ventende.clear()


# --- Genbrug af svar for rækker med de samme argumenter --------------------------------------
#
# Reglerne er rene funktioner af deres argumenter, og resultaterne er uforanderlige. I et register
# går de samme argumenter ofte igen (samme symptomer, samme ja/nej-svar, samme udskrivningsdag),
# så en kørsel husker svaret for de argumenter, den har set. Nøglen er hvert arguments *type og
# repr*, ikke dets lighed: `Decimal("1.0") == Decimal("1.00")` og det samme øjeblik i to zoner er
# lige, men kan give forskellig tekst; repr skelner dem. Kun værdier af de typer nedenfor, hvis
# repr siger alt om værdien, bruges som nøgle; alt andet beregnes hver gang.

_NOEGLETYPER = frozenset({str, int, bool, float, Decimal, date, time, timedelta, type(None)})
_MAKS_GEMTE = 4096
_PROEVE = 1024
"""Efter så mange rækker med nye argumenter holder kørslen op med at lede efter ens rækker,
hvis under hver 16. række var en gentagelse (nøglen koster omtrent lige så meget som det,
genbruget sparer i så fald)."""
_IKKE_NOEGLE = object()


def _noegledel(vaerdi: object) -> object:
    """Værdiens del af nøglen (type og repr), eller `_IKKE_NOEGLE`, hvis repr ikke siger alt."""
    t = type(vaerdi)
    if t is datetime:
        tz = vaerdi.tzinfo  # type: ignore[attr-defined]
        if tz is not None and type(tz) is not ZoneInfo and type(tz) is not timezone:
            return _IKKE_NOEGLE
        return (t, repr(vaerdi))
    if t in _NOEGLETYPER or isinstance(vaerdi, Enum):
        return (t, repr(vaerdi))
    if t is tuple or t is list or t is frozenset:
        dele = tuple(_noegledel(v) for v in vaerdi)  # type: ignore[attr-defined]
        return _IKKE_NOEGLE if _IKKE_NOEGLE in dele else (t, dele)
    return _IKKE_NOEGLE


def _noegle(argumenter: Mapping[str, Any]) -> object:
    dele = []
    for navn, v in argumenter.items():  # en løkke er billigere end generatorer her
        d = _noegledel(v)
        if d is _IKKE_NOEGLE:
            return None
        dele.append((navn, d))
    return tuple(dele)


def _kan_deles(svar: Mapping[str, Any]) -> bool:
    """Et svar kan genbruges i flere poster, når ingen af dets celler kan ændres."""
    for v in svar.values():
        t = type(v)
        if t not in _NOEGLETYPER and t is not datetime:
            return False
    return True


class Genbrug:
    """Svarene for de argumenter, en kørsel har set (nøglen er `_noegle`'s type og repr).

    Efter `_PROEVE` nye nøgler med under én gentagelse pr. 16 holder den op med at lede (og
    glemmer, hvad den har gemt): rækkerne gentager sig da for sjældent til, at nøglerne
    betaler sig. Et svar gemmes kun, når ingen af dets celler kan ændres (`_kan_deles`).
    """

    __slots__ = ("afviste", "aktiv", "fundne", "gemte", "opslag")

    def __init__(self) -> None:
        self.gemte: dict[object, Mapping[str, Any]] = {}
        self.afviste: dict[object, ForloebsreglerFejl] = {}
        self.aktiv = True
        self.opslag = 0  # nye nøgler (slået op uden fund)
        self.fundne = 0

    def noegle(self, argumenter: Mapping[str, Any]) -> object:
        """Nøglen for `argumenter`, eller None (ikke en nøgle, eller genbruget er slået fra)."""
        return _noegle(argumenter) if self.aktiv else None

    def hent(self, noegle: object) -> Mapping[str, Any] | None:
        """Det gemte svar for `noegle`, eller None."""
        gemt = self.gemte.get(noegle)
        if gemt is not None:
            self.fundne += 1
            return gemt
        self.opslag += 1
        if self.opslag >= _PROEVE and self.fundne * 16 < self.opslag:
            self.aktiv = False
            self.gemte.clear()
            self.afviste.clear()
        return None

    def gem(self, noegle: object, svar: Mapping[str, Any]) -> None:
        """Gem `svar` for `noegle`, hvis genbruget er slået til og svaret kan deles."""
        if self.aktiv and _kan_deles(svar):
            if len(self.gemte) >= _MAKS_GEMTE:
                self.gemte.clear()
            self.gemte[noegle] = svar

    def afvis(self, noegle: object) -> ForloebsreglerFejl | None:
        """Den gemte afvisning af `noegle` (tælles som et fund), eller None."""
        fejl = self.afviste.get(noegle)
        if fejl is not None:
            self.fundne += 1
        return fejl

    def gem_afvisning(self, noegle: object, fejl: ForloebsreglerFejl) -> None:
        """Gem afvisningen af `noegle`: samme argumenter giver samme fejl (rene regler)."""
        if self.aktiv:
            if len(self.afviste) >= _MAKS_GEMTE:
                self.afviste.clear()
            self.afviste[noegle] = fejl


class _Koersel:
    """Én batchkørsel: de gennemførte kolonner og postskabelonen (fastlagt én gang af `byg`)
    og beregningen af hver række til en post (`post`)."""

    def __init__(
        self, spec: Omraadespec, gennemfoer: bool | Sequence[str], valg: dict[str, Any]
    ) -> None:
        self.spec = spec
        self.gennemfoer = gennemfoer
        self.valg = valg
        self.felter = {f.navn: f for f in spec.felter}
        self.laesere = tuple((f, f.navn, _laeser(f)) for f in spec.felter)
        self.resultatnavne = [navn for navn, _ in spec.kolonner] + [n for n, _ in FAELLES_KOLONNER]
        self.gennem: tuple[str, ...] = ()
        self.udnavne: dict[str, str] = {}
        self.skabelon: dict[str, Any] = {}
        self.tilladte: frozenset[str] = frozenset()
        self.forvekslede: dict[str, str] = {}
        """Gennemførte kolonner, der kun adskiller sig fra et felt, som ikke selv står i
        rækken, ved store og små bogstaver, tegn som mellemrum, bindestreg og punktum, eller
        æ/ø/å (fx »Alder«, »afslutning af kemokur«, »AfslutningAfKemokur«)."""
        self.bygget = False
        self.genbrug = Genbrug()

    def byg(self, foerste: Mapping[Any, Any] | None) -> None:
        """Fastlæg de gennemførte kolonner (efter `foerste`), deres navne i uddata og postens
        nøgler i rækkefølge."""
        self.gennem = _gennemfoerte(self.spec, foerste, self.gennemfoer)
        optaget = {"raekke", *self.resultatnavne}
        for navn in self.gennem:
            self.udnavne[navn] = _udnavn(navn, optaget)
            optaget.add(self.udnavne[navn])
        self.tilladte = frozenset((*self.felter, *self.udnavne))
        if self.gennemfoer is True:  # en liste nævner sine kolonner med vilje
            felter = {_som_feltnavn(f): f for f in self.felter}
            til_stede = {str(k) for k in foerste or ()}
            self.forvekslede = {
                k: f
                for k in self.gennem
                if (f := felter.get(_som_feltnavn(k))) is not None and f not in til_stede
            }
        self.skabelon = {
            "raekke": None,
            **dict.fromkeys(self.udnavne.values()),
            **dict.fromkeys(self.resultatnavne),
        }
        self.bygget = True

    def post(self, nr: int, raekke: object) -> dict[str, Any]:
        """Rækkens post: de gennemførte kolonner og resultatet — eller fejlfelterne udfyldt."""
        post = self.skabelon.copy()
        post["raekke"] = nr
        try:
            data = self._data(raekke, post)
            post.update(self._svar(self._argumenter(data)))
        except Exception as fejl:  # en dårlig række må aldrig standse batchen
            self._fejl(post, fejl)
        return post

    def _svar(self, argumenter: dict[str, Any]) -> Mapping[str, Any]:
        """Enkeltkaldets svar som kolonner; et svar — eller en afvisning (`ForloebsreglerFejl`)
        — for de samme argumenter genbruges: reglerne er rene funktioner af argumenterne."""
        noegle = _noegle(argumenter) if self.genbrug.aktiv else None
        if noegle is not None:
            afvist = self.genbrug.afvis(noegle)
            if afvist is not None:
                raise afvist.with_traceback(None)
            gemt = self.genbrug.hent(noegle)
            if gemt is not None:
                return gemt
        try:
            svar = self._beregn(argumenter)
        except ForloebsreglerFejl as fejl:
            if noegle is not None:
                self.genbrug.gem_afvisning(noegle, fejl)
            raise
        if noegle is not None:
            self.genbrug.gem(noegle, svar)
        return svar

    def _beregn(self, argumenter: dict[str, Any]) -> Mapping[str, Any]:
        gammel = getcontext()
        if gammel is KONTEKST:  # kørslen kører i forvejen i bibliotekets kontekst
            return self.spec.beregn(**argumenter, **self.valg)
        # kalderens decimal-kontekst flytter intet beløb; selve KONTEKST (ikke en kopi) sættes,
        # så bibliotekets indpakkede funktioner ser, at de allerede kører i den
        setcontext(KONTEKST)
        try:
            return self.spec.beregn(**argumenter, **self.valg)
        finally:
            setcontext(gammel)

    def _data(self, raekke: object, post: dict[str, Any]) -> Mapping[str, Any]:
        """Rækken som dict; de gennemførte kolonner sættes i posten; en ukendt kolonne er en
        fejl."""
        if not isinstance(raekke, Mapping):
            raise UgyldigTypeFejl(
                f"raekke: fik {vis(raekke)}; accepterer en mapping (dict, DataFrame-række) "
                "med felterne " + ", ".join(self.felter)
            )
        if type(raekke) is dict and self.tilladte.issuperset(raekke):
            data: Mapping[str, Any] = raekke  # kun kendte navne (tekst): læses som den er
        else:
            data = {str(k): v for k, v in raekke.items()}
        for navn in self.gennem:
            post[self.udnavne[navn]] = data.get(navn)
        if self.forvekslede:
            raise _forvekslet_kolonne(*next(iter(self.forvekslede.items())))
        if data is raekke or self.tilladte.issuperset(data):
            return data
        ukendte = [k for k in data if k not in self.felter and k not in self.udnavne]
        if ukendte:
            raise UgyldigVaerdiFejl(
                f"{ukendte[0]}: ukendt kolonne; accepterer felterne {', '.join(self.felter)}"
                + self._gennemfoert_tekst()
            )
        return data

    def _gennemfoert_tekst(self) -> str:
        """Slutningen af beskeden om en ukendt kolonne: hvad der føres igennem, og hvorfor."""
        if self.gennem:
            return " og de gennemførte kolonner " + ", ".join(self.gennem)
        if self.gennemfoer is False:
            return " (ukendte kolonner føres ikke igennem med gennemfoer=False)"
        if self.gennemfoer is True:
            return (
                " (med gennemfoer=True føres de øvrige kolonner i den første mapping blandt de "
                f"første {tal(_MAKS_VENTENDE)} rækker igennem; her var der ingen)"
            )
        return " (kun kolonnerne nævnt i gennemfoer føres igennem)"

    def _argumenter(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Enkeltkaldets argumenter: hvert felt læst efter sin slags; et felt, der ikke er
        oplyst, er en fejl (påkrævet), udelades eller får feltets værdi for »ikke oplyst«."""
        argumenter: dict[str, Any] = {}
        for felt, navn, laes in self.laesere:
            vaerdi = data.get(navn, _UDELAD)
            if vaerdi is not _UDELAD and not ikke_oplyst(vaerdi):
                vaerdi = laes(vaerdi)  # "ukendt" i et ja/nej-felt bliver None
                if vaerdi is True or vaerdi is False or not ikke_oplyst(vaerdi):
                    argumenter[navn] = vaerdi
                    continue
            i_raekken = vaerdi is not _UDELAD
            if not i_raekken:
                vaerdi = None
            if felt.paakraevet:
                raise UgyldigVaerdiFejl(
                    f"{navn}: ikke oplyst (fik {vis(vaerdi)}); feltet er påkrævet"
                )
            if i_raekken and felt.ukendt_i_kolonne is not _UDELAD:
                argumenter[navn] = felt.ukendt_i_kolonne
            elif felt.ikke_oplyst is not _UDELAD:
                argumenter[navn] = felt.ikke_oplyst
        return argumenter

    def _fejl(self, post: dict[str, Any], fejl: Exception) -> None:
        """Resultatkolonnerne tomme; fejlen som dansk besked, feltet og koden."""
        for navn in self.resultatnavne:
            post[navn] = None
        tekst = str(fejl)
        if not isinstance(fejl, ForloebsreglerFejl):
            tekst = f"rækken kunne ikke beregnes ({type(fejl).__name__}: {tekst})"
        post["fejl"] = tekst
        post["fejlfelt"] = _fejlfelt(fejl)
        post["fejlkode"] = _fejlkode(fejl)
