"""Strategier for genoptræningsreglernes input, der favoriserer kanterne.

Reglerne står i `genoptraening`, `genoptraeningsfrist`, `genoptraeningsplan` og
`genoptraeningsindsatser`.

Hver strategi giver gyldigt input som standard og ugyldigt med `gyldig=False`. Gyldigt input
accepteres af genoptræningsfunktionerne; ugyldigt får dem til at rejse `ForloebsreglerFejl`.
Undtagelsen er batchen `opstartsfrister`, som aldrig standser for en dårlig række:
`opstartsraekker(gyldig=False)` giver rækker, hvis post får feltet `fejl` udfyldt.

Udskrivninger er en `date`, et tidszonebevidst `datetime` i en vilkårlig zone eller en
ISO-streng og favoriserer sene aftener og tidlige nætter (lokal dato i København ≠ datoen i
UTC), månedsskifter, skuddage, sommertidsdøgnene, helligdage og årsskifter. Strategier, der
dækker flere argumenter (`fristinput`, `leverandoervalginput`, …), giver en dict med
nøgleordsargumenter, så kaldet er `funktion(**input)`. Med `gyldig=False` er præcis ét argument
(eller én sammenhæng mellem argumenter) ugyldigt.

>>> from datetime import date
>>> from hypothesis import given
>>> from forloebsregler.genoptraeningsfrist import opstartsfrist
>>> from forloebsregler.testing.genoptraening import fristinput
>>> @given(fristinput())
... def test_frist(kwargs):
...     frist = opstartsfrist(**kwargs).dato  # None: kan ikke afgøres
...     assert frist is None or frist >= date(2018, 1, 8)
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypedDict, TypeVar, overload
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from forloebsregler._valider import er_pladsholder
from forloebsregler.genoptraening import Genoptraeningshenviser
from forloebsregler.genoptraeningsfrist import OPSTARTSFRIST_KALENDERDAGE
from forloebsregler.genoptraeningsindsatser import Genoptraeningsindsats
from forloebsregler.kalender import KOEBENHAVN
from forloebsregler.testing._faelles import enum_vaerdier as _enum_vaerdier
from forloebsregler.testing._faelles import kontroller_ja_nej as _kontroller_ja_nej
from forloebsregler.testing._tid import KANTDATOER, tjek_datointerval

if TYPE_CHECKING:
    from forloebsregler.typer import GenoptraeningskontaktArg

_UKENDTE_NAVNE = ("nabo",)
"""Nærliggende, men ukendte navne til de ugyldige enum-værdier."""

__all__ = [
    "KANTUDSKRIVNINGSDATOER",
    "SENE_KLOKKESLAET",
    "UGYLDIGE_UDSKRIVNINGER",
    "FristInput",
    "LeverandoervalgInput",
    "PlanoverdragelsesInput",
    "behovssvar",
    "fristinput",
    "genoptraeningshenvisere",
    "genoptraeningsindsatser",
    "leverandoervalginput",
    "niveausvar",
    "opstartsraekkelister",
    "opstartsraekker",
    "planoverdragelsesinput",
    "plansvar",
    "udskrivninger",
]

E = TypeVar("E", bound=Enum)
Input = dict[str, object]


class FristInput(TypedDict):
    """Gyldige nøgleordsargumenter til `opstartsfrist` (fra `fristinput`).

    `kontakt` er typet som signaturens (medlem eller navn); ved kørsel giver strategien også
    små bogstaver og tekstværdien, som biblioteket ligeledes tager imod.
    """

    udskrivning: date | datetime | str
    sygehusets_startdato: NotRequired[date | datetime | str | None]
    begrundelse: NotRequired[str | None]
    kontakt: NotRequired[GenoptraeningskontaktArg]


class LeverandoervalgInput(FristInput):
    """Gyldige nøgleordsargumenter til `frit_leverandoervalg` (fra `leverandoervalginput`)."""

    tilbudt_opstart: date | datetime | str | None


class PlanoverdragelsesInput(TypedDict):
    """Gyldige argumenter til `kontroller_planoverdragelse` (fra `planoverdragelsesinput`)."""

    udskrivning: date | datetime | str
    udleveret: date | datetime | str | None
    samtykke_til_praktiserende_laege: NotRequired[bool | None]
    kontakt: NotRequired[GenoptraeningskontaktArg]


_FOERSTE = date(2018, 1, 1)
_SIDSTE = date(2026, 12, 31)
_SYV = timedelta(days=OPSTARTSFRIST_KALENDERDAGE)


def _maanedsskifter() -> set[date]:
    dage: set[date] = set()
    for aar in range(_FOERSTE.year, _SIDSTE.year + 1):
        for maaned in range(1, 13):
            foerste = date(aar, maaned, 1)
            dage.update({foerste, foerste - timedelta(days=1)})
    return {d for d in dage if _FOERSTE <= d <= _SIDSTE}


def _kantudskrivningsdatoer() -> tuple[date, ...]:
    dage = set(KANTDATOER) | _maanedsskifter()
    # udskrivninger, hvis frist (dag 7) lander på en kant: skuddag, sommertidsdøgn, helligdag
    dage |= {d - _SYV for d in KANTDATOER}
    return tuple(sorted(d for d in dage if _FOERSTE <= d <= _SIDSTE))


KANTUDSKRIVNINGSDATOER: tuple[date, ...] = _kantudskrivningsdatoer()
"""Udskrivningsdatoer 2018–2026 på kanterne: `KANTDATOER` (helligdage, sommertidsdøgn,
årsskifter, skuddage), hver måneds første og sidste dag og dagene 7 dage før en kantdato (så
fristen lander på kanten)."""

SENE_KLOKKESLAET: tuple[time, ...] = (
    time(0, 0),
    time(0, 0, 1),
    time(0, 30),
    time(0, 59, 59),
    time(1, 30),
    time(2, 30),
    time(12, 0),
    time(21, 59, 59),
    time(22, 0),
    time(22, 30),
    time(23, 0),
    time(23, 30),
    time(23, 59, 59),
    time(23, 59, 59, 999_999),
)
"""Sene aftener og tidlige nætter (lokal tid i København): her falder den lokale dato og datoen
i UTC (eller en anden zone) fra hinanden; 02.30 findes ikke på sommertidens første døgn."""

_ZONER: tuple[tzinfo, ...] = (
    KOEBENHAVN,
    UTC,
    timezone(timedelta(hours=-12)),
    timezone(timedelta(hours=14)),
    timezone(timedelta(hours=5, minutes=30)),
    ZoneInfo("America/New_York"),
    ZoneInfo("Asia/Tokyo"),
)

_FORMER = ("date", "datetime", "iso-dato", "iso-tidspunkt")

UGYLDIGE_UDSKRIVNINGER: tuple[object, ...] = (
    None,
    True,
    1,
    20240301,
    Decimal("1"),
    1.5,
    float("nan"),
    "",
    "  ",
    "ikke en dato",
    "2024-13-01",
    "2023-02-29",
    "01-03-2024",
    "2024-03-01T23:30",  # ISO-tidspunkt uden offset (naivt)
    "2024-03-01 23:30",
    b"2024-03-01",
    [],
    [date(2024, 3, 1)],
    {},
    {"udskrivning": date(2024, 3, 1)},
    object(),
    timedelta(days=1),
    datetime(2024, 3, 1, 23, 30),  # naivt
    datetime(2024, 10, 27, 2, 30),  # naivt, på vintertidens første døgn
    date.max,
    date.max - timedelta(days=6),
    datetime.max.replace(tzinfo=UTC),
)
"""Værdier, som ingen genoptræningsfunktion tager som udskrivning, udlevering, startdato eller
tilbudt opstart: forkerte typer, None, bool, tal, tekst, der ikke er en ISO-dato, naive
tidspunkter (også som ISO-streng) og datoer så sent, at fristen løber ud over kalenderen.
Undtagelse: None er »ikke oplyst« (og gyldigt) som sygehusets startdato, tilbudt opstart og
udleveringsdato; kun som udskrivning afvises det."""


def _lokalt(dag: date, kl: time, zone: tzinfo) -> datetime:
    """`kl` på den lokale dato `dag` i København, udtrykt i `zone`.

    Ikke-eksisterende lokale tider (sommertidsnatten) normaliseres via UTC, så den lokale dato
    altid er `dag`.
    """
    lokal = datetime.combine(dag, kl, tzinfo=KOEBENHAVN).astimezone(UTC).astimezone(KOEBENHAVN)
    return lokal.astimezone(zone)


def _i_form(dag: date, kl: time, zone: tzinfo, form: str) -> date | datetime | str:
    """Den lokale dato `dag` som date, tidspunkt i `zone` eller ISO-streng (dato eller
    tidspunkt med offset); den lokale dato i København er altid `dag`."""
    if form == "date":
        return dag
    if form == "iso-dato":
        return dag.isoformat()
    tidspunkt = _lokalt(dag, kl, zone)
    return tidspunkt if form == "datetime" else tidspunkt.isoformat()


_KLOKKESLAET = st.one_of(st.sampled_from(SENE_KLOKKESLAET), st.times())
_UDSKRIVNINGSDAGE = st.one_of(
    st.sampled_from(KANTUDSKRIVNINGSDATOER), st.dates(min_value=_FOERSTE, max_value=_SIDSTE)
)


def _former(tekst: bool) -> st.SearchStrategy[str]:
    return st.sampled_from(_FORMER if tekst else _FORMER[:2])


_ZONEVALG = st.sampled_from(_ZONER)
_FORMVALG = {tekst: _former(tekst) for tekst in (False, True)}


def _tegn_paa_dag(draw: st.DrawFn, dag: date, tekst: bool) -> date | datetime | str:
    """En værdi, hvis lokale dato i København er `dag`, i en tilfældig form og zone (trukket
    med faste strategier: nye strategier pr. træk koster mere end selve trækket)."""
    return _i_form(dag, draw(_KLOKKESLAET), draw(_ZONEVALG), draw(_FORMVALG[tekst]))


@st.composite
def _udskrivning_paa_en_dag(
    draw: st.DrawFn, tekst: bool, dage: st.SearchStrategy[date] = _UDSKRIVNINGSDAGE
) -> date | datetime | str:
    return _tegn_paa_dag(draw, draw(dage), tekst)


@functools.cache
def _udskrivningsdage(fra: date, til: date) -> st.SearchStrategy[date]:
    if (fra, til) == (_FOERSTE, _SIDSTE):
        return _UDSKRIVNINGSDAGE
    kanter = sorted({fra, til, *(d for d in KANTUDSKRIVNINGSDATOER if fra <= d <= til)})
    return st.one_of(
        st.sampled_from([fra, til]),  # intervallets ender for sig: de drukner ellers i kanterne
        st.sampled_from(kanter),
        st.dates(min_value=fra, max_value=til),
    )


@functools.cache
def _udskrivninger(gyldig: bool, tekst: bool, fra: date, til: date) -> st.SearchStrategy[object]:
    dage = _udskrivningsdage(fra, til)
    if gyldig:
        return _udskrivning_paa_en_dag(tekst, dage)
    return st.one_of(
        st.sampled_from(UGYLDIGE_UDSKRIVNINGER),
        st.builds(datetime.combine, dage, _KLOKKESLAET),
    )


def udskrivninger(
    *, gyldig: bool = True, tekst: bool = True, fra: date = _FOERSTE, til: date = _SIDSTE
) -> st.SearchStrategy[object]:
    """Udskrivninger til `opstartsfrist`, `frit_leverandoervalg` og
    `kontroller_planoverdragelse`, hvis lokale dato i København ligger fra `fra` til `til`
    (2018–2026).

    En `date`, et tidszonebevidst `datetime` i en vilkårlig zone (København, UTC, −12, +14,
    +5.30, New York, Tokyo) eller (med `tekst=True`) en ISO-streng; datoerne favoriserer
    `KANTUDSKRIVNINGSDATOER` og klokkeslættene `SENE_KLOKKESLAET`. Ugyldige:
    `UGYLDIGE_UDSKRIVNINGER` og vilkårlige naive tidspunkter.

    `fra` og `til` kan ligge fra 1900 til 2199; intervallets ender favoriseres også
    (`KANTUDSKRIVNINGSDATOER` er kun 2018–2026).
    """
    fra, til = tjek_datointerval(fra, til)
    return _udskrivninger(gyldig, tekst, fra, til)


_BEGRUNDELSER = st.one_of(
    st.sampled_from(["Gips i 3 uger", "Afventer operation", " Sår skal hele ", "x"]),
    st.text(min_size=1, max_size=30).filter(
        lambda t: bool(t.strip()) and not er_pladsholder(t)  # GEN-15
    ),
)
_BEGRUNDELSE_ELLER_INGEN = st.one_of(st.none(), _BEGRUNDELSER)
_UGYLDIGE_BEGRUNDELSER: tuple[object, ...] = (
    *("", "   ", "\n", 1, True, b"Gips", ["Gips"]),
    *("ukendt", "?", " Nej "),  # pladsholdere, ingen begrundelse (GEN-15)
)
_UGYLDIGE_KONTAKTER: tuple[object, ...] = ("indlagt", "", 1, True, "ambulant_nabo")


def _frist(udskrevet: date, start: date | None) -> date:
    """Fristen for gyldigt input: sygehusets senere startdato eller dag 7."""
    syv = udskrevet + _SYV
    return start if start is not None and start > syv else syv


# Dage efter udskrivningen for sygehusets startdato; 7 er selve fristen, 8 den første senere.
_STARTDAGE_INDEN = st.one_of(st.sampled_from([0, 6, 7]), st.integers(0, OPSTARTSFRIST_KALENDERDAGE))
_STARTDAGE_SENERE = st.one_of(st.sampled_from([8, 9, 14, 31]), st.integers(8, 120))


@st.composite
def _fristplan(draw: st.DrawFn, gyldig: bool) -> tuple[date, date | None, Any, Input]:
    """(lokal udskrivningsdato, sygehusets startdato, begrundelse, argumenter til
    `opstartsfrist`); med `gyldig=False` er ét argument eller én sammenhæng ugyldig."""
    udskrevet = draw(_UDSKRIVNINGSDAGE)
    tekst = draw(st.booleans())
    valg = draw(st.sampled_from(["ingen", "inden", "senere", "senere uden grund"]))
    start: date | None = None
    begrundelse: Any = None
    if valg == "inden":
        start = udskrevet + timedelta(days=draw(_STARTDAGE_INDEN))
        begrundelse = draw(_BEGRUNDELSE_ELLER_INGEN)
    elif valg == "senere":
        start = udskrevet + timedelta(days=draw(_STARTDAGE_SENERE))
        begrundelse = draw(_BEGRUNDELSER)
    elif valg == "senere uden grund":  # gyldigt: fristen kan ikke afgøres (GEN-03)
        start = udskrevet + timedelta(days=draw(_STARTDAGE_SENERE))
    if not gyldig:
        fejl = draw(
            st.sampled_from(
                ["udskrivning", "start", "start foer", "grund uden start", "grund", "kontakt"]
            )
        )
        if fejl == "start foer":
            start = udskrevet - timedelta(days=draw(st.sampled_from([1, 2, 7, 30])))
            begrundelse = draw(_BEGRUNDELSE_ELLER_INGEN)
        elif fejl == "kontakt":
            input_kontakt: Input = {
                "udskrivning": _tegn_paa_dag(draw, udskrevet, tekst),
                "kontakt": draw(st.sampled_from(_UGYLDIGE_KONTAKTER)),
            }
            return udskrevet, None, None, input_kontakt
        elif fejl == "grund uden start":
            start = None
            begrundelse = draw(_BEGRUNDELSER)
        elif fejl == "grund":
            start = udskrevet + timedelta(days=draw(st.integers(0, 30)))
            begrundelse = draw(st.sampled_from(_UGYLDIGE_BEGRUNDELSER))
        elif fejl == "start":
            start = None
            begrundelse = draw(_BEGRUNDELSER)
            input_: Input = {
                "udskrivning": _tegn_paa_dag(draw, udskrevet, tekst),
                "sygehusets_startdato": draw(
                    udskrivninger(gyldig=False).filter(lambda v: v is not None)
                ),
                "begrundelse": begrundelse,
            }
            return udskrevet, None, begrundelse, input_
        else:
            input_ = {"udskrivning": draw(udskrivninger(gyldig=False))}
            if start is not None:
                input_["sygehusets_startdato"] = _tegn_paa_dag(draw, start, tekst)
                input_["begrundelse"] = begrundelse
            return udskrevet, start, begrundelse, input_
    input_ = {"udskrivning": _tegn_paa_dag(draw, udskrevet, tekst)}
    if start is not None:
        input_["sygehusets_startdato"] = _tegn_paa_dag(draw, start, tekst)
    if begrundelse is not None or (start is not None and draw(st.booleans())):
        input_["begrundelse"] = begrundelse
    return udskrevet, start, begrundelse, input_


@overload
def fristinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[FristInput]: ...
@overload
def fristinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def fristinput(*, gyldig: bool) -> st.SearchStrategy[FristInput | Input]: ...
def fristinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `opstartsfrist`: `udskrivning` og evt. sygehusets startdato med
    eller uden sundhedsfaglig begrundelse.

    Startdatoen ligger inden for de 7 dage (favoriserer dag 0, 6 og 7; begrundelse valgfri)
    eller senere (favoriserer dag 8; med eller uden begrundelse — uden kan fristen ikke
    afgøres). Ugyldige: en ugyldig udskrivning eller startdato, en startdato før udskrivningen, en
    begrundelse uden startdato, en begrundelse, der er tom eller ikke tekst, eller en ukendt
    `kontakt`.
    """
    return _fristplan(gyldig).map(lambda plan: plan[3])


# Dage i forhold til fristen for kommunens tilbudte opstart: på, før og efter fristen.
_TILBUDSDAGE = st.one_of(st.sampled_from([0, -1, 1]), st.integers(-30, 60))


@st.composite
def _leverandoervalg(draw: st.DrawFn, gyldig: bool) -> Input:
    udskrevet, start, _, input_ = draw(_fristplan(True))
    frist = _frist(udskrevet, start)
    tekst = draw(st.booleans())
    tilbud = max(udskrevet, frist + timedelta(days=draw(_TILBUDSDAGE)))
    # None (ukendt) i hver fjerde
    tilbudt: object = None if draw(st.integers(0, 3)) == 0 else _tegn_paa_dag(draw, tilbud, tekst)
    if not gyldig:
        fejl = draw(st.sampled_from(["frist", "tilbud foer", "tilbud"]))
        if fejl == "frist":
            _, _, _, input_ = draw(_fristplan(False))
        elif fejl == "tilbud foer":
            foer = udskrevet - timedelta(days=draw(st.sampled_from([1, 2, 30])))
            tilbudt = _tegn_paa_dag(draw, foer, tekst)
        else:
            tilbudt = draw(udskrivninger(gyldig=False).filter(lambda v: v is not None))
    return {**input_, "tilbudt_opstart": tilbudt}


@overload
def leverandoervalginput(
    *, gyldig: Literal[True] = ...
) -> st.SearchStrategy[LeverandoervalgInput]: ...
@overload
def leverandoervalginput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def leverandoervalginput(*, gyldig: bool) -> st.SearchStrategy[LeverandoervalgInput | Input]: ...
def leverandoervalginput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `frit_leverandoervalg`: `fristinput` plus kommunens
    `tilbudt_opstart`, der favoriserer selve fristen, dagen før og dagen efter (fristen er dag
    7 eller sygehusets begrundede senere startdato); None (ukendt) forekommer også. En opstart
    ligger aldrig før udskrivningen. Ugyldige: ugyldigt `fristinput`, en tilbudt opstart før
    udskrivningen eller en ugyldig værdi (naiv, forkert type).
    """
    return _leverandoervalg(gyldig)


# Sekunder mellem udskrivning og udlevering: samme øjeblik, lige før og lige efter.
_UDLEVERINGSSEKUNDER = st.one_of(
    st.sampled_from([0, -1, 1, -3600, 3600, -86_400, 86_400]),
    st.integers(-3 * 86_400, 3 * 86_400),
)


@st.composite
def _planoverdragelse(draw: st.DrawFn, gyldig: bool) -> Input:
    dag = draw(_UDSKRIVNINGSDAGE)
    udskrevet = _lokalt(dag, draw(_KLOKKESLAET), draw(st.sampled_from(_ZONER)))
    zone = draw(st.sampled_from(_ZONER))
    udleveret_tid = (udskrevet + timedelta(seconds=draw(_UDLEVERINGSSEKUNDER))).astimezone(zone)
    udleveret_dag = dag + timedelta(days=draw(st.sampled_from([0, -1, 1, 0, -3, 5])))
    form_u = draw(st.sampled_from(["datetime", "iso-tidspunkt", "date", "iso-dato"]))
    form_l = draw(st.sampled_from(["datetime", "iso-tidspunkt", "date", "iso-dato", "ukendt"]))
    input_: Input = {
        "udskrivning": {
            "datetime": udskrevet,
            "iso-tidspunkt": udskrevet.isoformat(),
            "date": dag,
            "iso-dato": dag.isoformat(),
        }[form_u],
        "udleveret": {
            "datetime": udleveret_tid,
            "iso-tidspunkt": udleveret_tid.isoformat(),
            "date": udleveret_dag,
            "iso-dato": udleveret_dag.isoformat(),
            "ukendt": None,
        }[form_l],
    }
    samtykke = draw(st.sampled_from([True, False, None, "udeladt"]))
    if samtykke != "udeladt":
        input_["samtykke_til_praktiserende_laege"] = samtykke
    if not gyldig:
        felt = draw(
            st.sampled_from(
                ["udskrivning", "udleveret", "samtykke_til_praktiserende_laege", "kontakt"]
            )
        )
        if felt == "samtykke_til_praktiserende_laege":
            input_[felt] = draw(st.sampled_from(_IKKE_BOOL))
        elif felt == "kontakt":
            input_[felt] = draw(st.sampled_from(_UGYLDIGE_KONTAKTER))
        else:
            ugyldige = udskrivninger(gyldig=False)
            if felt == "udleveret":
                ugyldige = ugyldige.filter(lambda v: v is not None)
            input_[felt] = draw(ugyldige)
    return input_


@overload
def planoverdragelsesinput(
    *, gyldig: Literal[True] = ...
) -> st.SearchStrategy[PlanoverdragelsesInput]: ...
@overload
def planoverdragelsesinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def planoverdragelsesinput(
    *, gyldig: bool
) -> st.SearchStrategy[PlanoverdragelsesInput | Input]: ...
def planoverdragelsesinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `kontroller_planoverdragelse`: udskrivning og udlevering som
    tidspunkter i vilkårlige zoner (favoriserer samme øjeblik og ét sekund før/efter), datoer
    (favoriserer samme dag) eller ISO-strenge, udlevering None (ukendt) og samtykke
    True/False/None/udeladt. Ugyldige: en naiv eller forkert udskrivning eller udlevering,
    et samtykke, der ikke er bool/None, eller en ukendt `kontakt`.
    """
    return _planoverdragelse(gyldig)


_JA_NEJ_UKENDT: st.SearchStrategy[object] = st.sampled_from([True, False, None])
_IKKE_BOOL: tuple[object, ...] = ("ja", "nej", 1, 0, "True", Decimal(1), float("nan"), [True])


def _med_en_fejl(
    gyldige: st.SearchStrategy[Input], daarlige: Mapping[str, tuple[object, ...]]
) -> st.SearchStrategy[Input]:
    """Et gyldigt input, hvor præcis ét felt er skiftet ud med en ugyldig værdi."""
    felt_og_vaerdi = st.one_of(
        *(st.tuples(st.just(felt), st.sampled_from(v)) for felt, v in daarlige.items())
    )
    return st.builds(lambda d, fv: {**d, fv[0]: fv[1]}, gyldige, felt_og_vaerdi)


_BEHOVSNAVNE = (
    "helhedsvurdering",
    "motiveret_med_potentiale",
    "kan_klare_sig_ved_egen_hjaelp",
    "behov_diffuse_eller_bedre_anden_indsats",
    "bevaegelsesmaessig",
    "aktivitetsmaessig",
    "mental",
    "social",
)


def behovssvar(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `vurder_genoptraeningsbehov`: den overordnede helhedsvurdering,
    dens tre punkter og de fire funktionsevnenedsættelser, hver True/False/None (ukendt).
    Ugyldige: ét svar er ikke bool/None (fx 1, "ja", NaN)."""
    gyldige = st.fixed_dictionaries({n: _JA_NEJ_UKENDT for n in _BEHOVSNAVNE})
    if gyldig:
        return gyldige
    return _med_en_fejl(gyldige, dict.fromkeys(_BEHOVSNAVNE, _IKKE_BOOL))


def genoptraeningshenvisere(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Genoptraeningshenviser` som medlem eller navn; ugyldige: ukendte navne, tal, None."""
    return _enum_vaerdier(Genoptraeningshenviser, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


def genoptraeningsindsatser(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Genoptraeningsindsats` som medlem eller navn (til `indsatsbeskrivelse`); ugyldige:
    ukendte navne, tal, None."""
    return _enum_vaerdier(Genoptraeningsindsats, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


_RETSNAVNE = (
    "laegefagligt_begrundet_behov",
    "relaterer_sig_til_aktuel_sygehuskontakt",
    "baggrund_i_funktionsevnetab",
)


def plansvar(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `ret_til_genoptraeningsplan`: de tre betingelser som
    True/False/None og evt. `henviser` (medlem eller navn). Ugyldige: et svar, der ikke er
    bool/None, eller en ukendt henviser."""
    gyldige = st.fixed_dictionaries(
        {n: _JA_NEJ_UKENDT for n in _RETSNAVNE},
        optional={"henviser": genoptraeningshenvisere()},
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            **dict.fromkeys(_RETSNAVNE, _IKKE_BOOL),
            "henviser": (None, 1, "", "nabo", "PRAKTISERENDE", b"SYGEHUS"),
        },
    )


_NIVEAUNAVNE = ("omfattende_funktionsevnenedsaettelser", "komplikationer_af_betydning")


def niveausvar(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `almen_niveau`: begge svar True/False/None. Ugyldige: ét svar
    er ikke bool/None."""
    gyldige = st.fixed_dictionaries({n: _JA_NEJ_UKENDT for n in _NIVEAUNAVNE})
    if gyldig:
        return gyldige
    return _med_en_fejl(gyldige, dict.fromkeys(_NIVEAUNAVNE, _IKKE_BOOL))


_MANGLENDE: tuple[object, ...] = (None, float("nan"))


def _id() -> st.SearchStrategy[object]:
    return st.one_of(st.none(), st.integers(), st.text(max_size=8))


@st.composite
def _raekke(draw: st.DrawFn) -> Input:
    input_ = draw(leverandoervalginput())
    raekke: Input = {}
    for noegle, vaerdi in input_.items():
        if vaerdi is None:
            # manglende værdier: udeladt, None eller NaN
            if draw(st.booleans()):
                raekke[noegle] = draw(st.sampled_from(_MANGLENDE))
        else:
            raekke[noegle] = vaerdi
    if draw(st.booleans()):
        raekke["id"] = draw(_id())
    return raekke


def opstartsraekker(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Én række til `opstartsfrister`: en dict med `udskrivning` og valgfrit
    `tilbudt_opstart`, `sygehusets_startdato`, `begrundelse` og `id` som i
    `leverandoervalginput`; manglende værdier er udeladt, None eller NaN.

    Ugyldige rækker (som giver en post med `fejl`, ikke en undtagelse): ikke en mapping, ukendte
    nøgler, manglende udskrivning, eller ugyldige værdier fra `leverandoervalginput(gyldig=False)`.
    """
    gyldige = _raekke()
    if gyldig:
        return gyldige
    return st.one_of(
        st.sampled_from([None, 5, "udskrivning=2024-03-01", [("udskrivning", "2024-03-01")]]),
        st.just({}),
        st.builds(lambda d: {**d, "ukendt_felt": 1}, gyldige),
        st.builds(lambda d: {k: v for k, v in d.items() if k != "udskrivning"}, gyldige),
        st.builds(lambda d, m: {**d, "udskrivning": m}, gyldige, st.sampled_from(_MANGLENDE)),
        # NaN og en tom celle er »manglende« i en række, ikke ugyldige (en manglende
        # udskrivning er dog en fejl)
        leverandoervalginput(gyldig=False).filter(
            lambda d: not any(_mangler(v) for k, v in d.items() if k != "udskrivning")
        ),
    )


def _er_nan(vaerdi: object) -> bool:
    return isinstance(vaerdi, float) and vaerdi != vaerdi


def _mangler(vaerdi: object) -> bool:
    """NaN eller en tom tekst: i en batchrække betyder begge »ikke oplyst«."""
    return _er_nan(vaerdi) or (isinstance(vaerdi, str) and not vaerdi.strip())


def opstartsraekkelister(
    *, gyldig: bool = True, max_size: int = 10
) -> st.SearchStrategy[list[object]]:
    """Hele batches til `opstartsfrister`: lister af `opstartsraekker`.

    Med `gyldig=False` indeholder listen mindst én ugyldig række (mellem gyldige); batchen
    standser ikke, men den rækkes post har `fejl` udfyldt.
    """
    if gyldig:
        return st.lists(opstartsraekker(), max_size=max_size)
    halv = max((max_size - 1) // 2, 0)  # de to halvdele og den ugyldige række: højst max_size
    return st.builds(
        lambda foer, daarlig, efter: [*foer, daarlig, *efter],
        st.lists(opstartsraekker(), max_size=halv),
        opstartsraekker(gyldig=False),
        st.lists(opstartsraekker(), max_size=halv),
    )


_kontroller_ja_nej(globals())
