"""Strategier for depressionsreglernes input, der favoriserer kanterne.

Reglerne står i `svaerhedsgrad`, `kompleksitet`, `diagnose`, `stratificering`, `koordinator`,
`rehabilitering`, `psykiatri`, `apotek`, `livsstil` og de andre depressionsmoduler.

Hver strategi giver gyldigt input som standard og ugyldigt med `gyldig=False`. Gyldigt input
accepteres af depressionsfunktionerne; ugyldigt (præcis én ting er galt) får dem til at rejse
`ForloebsreglerFejl`. Undtagelsen er batchen `stratificer_mange`, som aldrig standser for en
dårlig række: `stratificeringsraekker(gyldig=False)` giver rækker, hvis post får `fejl` udfyldt.

Symptomsæt favoriserer tærsklerne i begge læsninger af Kap. 5 (2+2, 2+4, 3+5 bogstaveligt;
i alt 4/6/8 efter ICD-10, fx 3+1, 3+3) og gives som frozenset, set, tuple eller liste (med
gentagelser) af medlemmer, navne (også med små bogstaver) eller kildens tekst. Strategier, der
dækker flere argumenter, giver en dict med nøgleordsargumenter, så kaldet er `funktion(**input)`.

>>> from hypothesis import given
>>> from forloebsregler import stratificer
>>> from forloebsregler.testing.depression import stratificeringsinput
>>> @given(stratificeringsinput())
... def test_niveau(kwargs): assert stratificer(**kwargs).afgjort in (True, False)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypedDict, TypeVar, overload

from hypothesis import strategies as st

from forloebsregler._batchkoersel import ikke_oplyst
from forloebsregler._valider import vis
from forloebsregler.fejl import UgyldigVaerdiFejl
from forloebsregler.kompleksitet import KomplicerendeFaktor, StyrkendeFaktor
from forloebsregler.koordinator import KontaktpersonLaesning
from forloebsregler.livsstil import Koen
from forloebsregler.psykiatri import Psykiatrikarakteristikum
from forloebsregler.rehabilitering import Henviser, Rehabiliteringselement
from forloebsregler.stratificering import Afgoerelse
from forloebsregler.stratificeringsmodel import Stratificeringsniveau
from forloebsregler.svaerhedsgrad import (
    Fortolkning,
    Kernesymptom,
    Ledsagesymptom,
    Svaerhedsgrad,
)
from forloebsregler.testing._faelles import enum_vaerdier as _enum_vaerdier
from forloebsregler.testing._faelles import kontroller_ja_nej as _kontroller_ja_nej

if TYPE_CHECKING:
    from forloebsregler.typer import (
        FortolkningArg,
        KernesymptomArg,
        KomplicerendeFaktorArg,
        LedsagesymptomArg,
        StyrkendeFaktorArg,
    )

__all__ = [
    "KANTALDRE",
    "KANTGENSTANDE",
    "KANTSYMPTOMTAELLINGER",
    "KANTSYMPTOMVARIGHEDER",
    "UKENDTE_SYMPTOMNAVNE",
    "DiagnoseInput",
    "KompleksitetsInput",
    "RehabiliteringselementInput",
    "StratificeringsInput",
    "SvaerhedsInput",
    "aldersinput",
    "alkoholinput",
    "apoteksinput",
    "behandlingsinput",
    "diagnoseinput",
    "fasttrackinput",
    "fortolkninger",
    "henvisningsinput",
    "internetbehandlingsinput",
    "kernesymptomer",
    "kliniske_vurderinger",
    "kommunal_rehabiliteringsinput",
    "kompleksitetsinput",
    "komplicerende_faktorer",
    "kontaktpersoninput",
    "ledsagesymptomer",
    "paragraf56input",
    "phq2input",
    "rehabiliteringselementer",
    "rehabiliteringsudgiftinput",
    "rygestopinput",
    "samtykkeinput",
    "stratificeringsinput",
    "stratificeringsniveauer",
    "stratificeringsraekkelister",
    "stratificeringsraekker",
    "styrkende_faktorer",
    "svaerhedsgrader",
    "svaerhedsinput",
    "symptomvarigheder",
    "udskrivningsinput",
]

E = TypeVar("E", bound=Enum)
Input = dict[str, object]


class SvaerhedsInput(TypedDict):
    """Gyldige nøgleordsargumenter til `vurder_svaerhedsgrad` (fra `svaerhedsinput`).

    Enum-felterne er typet som signaturens (medlem eller navn); ved kørsel giver strategien
    også små bogstaver og tekstværdien, som biblioteket ligeledes tager imod."""

    kernesymptomer: Iterable[KernesymptomArg]
    ledsagesymptomer: Iterable[LedsagesymptomArg]
    fortolkning: NotRequired[FortolkningArg]


class DiagnoseInput(SvaerhedsInput):
    """Gyldige nøgleordsargumenter til `vurder_diagnose` (fra `diagnoseinput`)."""

    symptomvarighed: timedelta | None


class KompleksitetsInput(TypedDict):
    """Gyldige nøgleordsargumenter til `vurder_kompleksitet` (fra `kompleksitetsinput`)."""

    hoej_kompleksitet: bool | None
    komplicerende: NotRequired[Iterable[KomplicerendeFaktorArg]]
    styrkende: NotRequired[Iterable[StyrkendeFaktorArg]]


class RehabiliteringselementInput(TypedDict):
    """Gyldige nøgleordsargumenter til `Rehabiliteringselement` (fra
    `rehabiliteringselementer`)."""

    navn: str
    deltagere: int
    sundhedsprofessionelle: int
    timer_pr_medarbejder: Decimal


class StratificeringsInput(SvaerhedsInput, KompleksitetsInput):
    """Gyldige nøgleordsargumenter til `stratificer` (fra `stratificeringsinput`)."""


KANTSYMPTOMTAELLINGER: tuple[tuple[int, int], ...] = (
    (2, 2),
    (2, 4),
    (3, 5),
    (3, 1),
    (3, 3),
    (2, 1),
    (1, 3),
    (2, 3),
    (3, 4),
    (2, 5),
    (1, 7),
    (3, 0),
    (0, 0),
    (3, 7),
)
"""(kernesymptomer, ledsagesymptomer) på og lige ved tærsklerne: 2+2, 2+4 og 3+5 (Kap. 5
bogstaveligt), 3+1, 3+3 og 3+5 (i alt 4/6/8 efter ICD-10), og tællinger lige under dem."""

KANTSYMPTOMVARIGHEDER: tuple[timedelta | None, ...] = (
    None,
    timedelta(0),
    timedelta(days=1),
    timedelta(days=13),
    timedelta(days=14) - timedelta(microseconds=1),
    timedelta(days=14) - timedelta(seconds=1),
    timedelta(days=14),
    timedelta(days=14, seconds=1),
    timedelta(days=15),
    timedelta(weeks=52),
)
"""Symptomernes varighed omkring diagnosens 2 uger (Kap. 6); None er »ukendt«."""

KANTALDRE: tuple[int, ...] = (0, 16, 17, 18, 19, 20, 21, 24, 25, 26, 64, 130)
"""Aldre på kanterne: målgruppen fra 18 år, psykiatrisk afdeling fra 20, medicinopstart hos
speciallæge 18-24 år, og valideringens grænser 0 og 130."""

KANTGENSTANDE: tuple[Decimal, ...] = tuple(
    Decimal(t) for t in ("0", "13", "14", "14.01", "15", "20", "21", "21.5", "22", "100")
)
"""Genstande pr. uge omkring højrisikogrænserne 14 (kvinder) og 21 (mænd)."""

UKENDTE_SYMPTOMNAVNE: tuple[str, ...] = (
    "",
    " ",
    "angst",
    "NEDTRYKT",
    "SOEVN",
    "nedtrykthed og træthed",
    "TRISTHED",
    "KERNESYMPTOM",
)
"""Navne, der hverken er et kernesymptom eller et ledsagesymptom (navn eller tekst)."""

_IKKE_BOOL: tuple[object, ...] = (1, 0, "ja", "nej", "True", Decimal(1), float("nan"), [True])
_IKKE_SAMLINGER: tuple[object, ...] = (None, 3, "NEDTRYKTHED", b"NEDTRYKTHED", {}, 2.5, object())
_JA_NEJ_UKENDT: st.SearchStrategy[object] = st.sampled_from([False, True, None])


@functools.cache
def _enum_former(medlem: Enum) -> st.SearchStrategy[object]:
    """Medlemmet selv, dets navn (store eller små bogstaver) eller dets tekst (genbruges)."""
    former: list[object] = [medlem, medlem.name, medlem.name.lower()]
    if isinstance(medlem.value, str):
        former.append(medlem.value)
    return st.sampled_from(former)


_EN_TIL_TRE = st.integers(1, 3)
_FORMER = st.sampled_from(
    ["frozenset", "frozenset", "set", "tuple", "liste", "gentaget", "gentaget"]
)


def _tegn_samling(draw: st.DrawFn, medlemmer: Sequence[Enum]) -> object:
    """`medlemmer` som frozenset, set, tuple eller liste (evt. med gentagelser) af medlemmer,
    navne eller tekster; en frozenset af medlemmer (den hurtige vej) er hyppig."""
    form = draw(_FORMER)
    if form == "frozenset":
        return frozenset(medlemmer)
    elementer = [draw(_enum_former(m)) for m in medlemmer]
    if form == "gentaget" and elementer:
        # Gentagelser og blanding med faste strategier (nye strategier pr. træk er dyre).
        antal = len(elementer)
        for _ in range(draw(_EN_TIL_TRE)):
            elementer.append(elementer[draw(st.integers(0, antal - 1))])
        for i in range(len(elementer) - 1, 0, -1):  # Fisher-Yates
            j = draw(st.integers(0, i))
            elementer[i], elementer[j] = elementer[j], elementer[i]
    if form == "set":
        return {m if draw(st.booleans()) else m.name for m in medlemmer}
    return tuple(elementer) if form == "tuple" else elementer


_samling = st.composite(_tegn_samling)


@functools.cache
def _permutationer(enum_cls: type[E]) -> st.SearchStrategy[list[E]]:
    return st.permutations(list(enum_cls))


def _udvalg(enum_cls: type[E], antal: int) -> st.SearchStrategy[list[E]]:
    return _permutationer(enum_cls).map(lambda p: p[:antal])


@st.composite
def _enum_samling(draw: st.DrawFn, enum_cls: type[Enum], antal: int | None) -> object:
    """`antal` (eller 0 til alle) forskellige medlemmer af `enum_cls` i en tilfældig samlingsform.

    Én composite i stedet for to `flatmap` (som byggede nye strategier ved hvert træk)."""
    n = draw(st.integers(0, len(enum_cls))) if antal is None else antal
    return _tegn_samling(draw, draw(_permutationer(enum_cls))[:n])


@st.composite
def _ugyldig_samling(draw: st.DrawFn, enum_cls: type[Enum], forkert: type[Enum] | None) -> object:
    """En samling med præcis én fejl: forkert type, et ukendt navn, et symptom af den forkerte
    slags (som medlem eller navn) eller et element, der ikke er tekst eller medlem."""
    gyldige = draw(_udvalg(enum_cls, draw(st.integers(0, len(enum_cls)))))
    fejl = draw(st.sampled_from(["type", "navn", "element", "forbytning"]))
    if fejl == "type":
        return draw(st.sampled_from(_IKKE_SAMLINGER))
    if fejl == "navn":
        daarlig: object = draw(st.sampled_from(UKENDTE_SYMPTOMNAVNE))
    elif fejl == "element" or forkert is None:
        daarlig = draw(st.sampled_from([None, 1, True, b"NEDTRYKTHED", 2.5, ("NEDTRYKTHED",)]))
    else:
        daarlig = draw(st.sampled_from(list(forkert)).flatmap(_enum_former))
    elementer: list[object] = [*gyldige]
    elementer.insert(draw(st.integers(0, len(elementer))), daarlig)
    return elementer if draw(st.booleans()) else tuple(elementer)


def kernesymptomer(*, gyldig: bool = True, antal: int | None = None) -> st.SearchStrategy[object]:
    """Kernesymptomer (Kap. 5) som samling af medlemmer, navne eller tekster; `antal` låser
    antallet af forskellige symptomer (0–3). Ugyldige: ikke en samling, en streng, et ukendt
    navn, et ledsagesymptom eller et element, der ikke er tekst/medlem."""
    if not gyldig:
        return _ugyldig_samling(Kernesymptom, Ledsagesymptom)
    return _enum_samling(Kernesymptom, _tjek_antal(antal, len(Kernesymptom)))


def ledsagesymptomer(*, gyldig: bool = True, antal: int | None = None) -> st.SearchStrategy[object]:
    """Ledsagesymptomer (Kap. 5) som `kernesymptomer`; `antal` er 0–7. Ugyldige: som
    `kernesymptomer`, med et kernesymptom som den forkerte slags."""
    if not gyldig:
        return _ugyldig_samling(Ledsagesymptom, Kernesymptom)
    return _enum_samling(Ledsagesymptom, _tjek_antal(antal, len(Ledsagesymptom)))


def _tjek_antal(antal: object, hoejst: int) -> int | None:
    """`antal` for en symptomsamling: None (vilkårligt) eller et helt tal fra 0 til `hoejst`."""
    if antal is not None and (type(antal) is not int or not 0 <= antal <= hoejst):
        raise UgyldigVaerdiFejl(
            f"antal: fik {vis(antal)}; accepterer None eller et helt tal fra 0 til {hoejst}",
            argument="antal",
            vaerdi=antal,
        )
    return antal


# De fem tærskler (2+2, 2+4, 3+5, 3+1, 3+3) vægtes ekstra.
_TAELLINGER = st.one_of(
    st.sampled_from(KANTSYMPTOMTAELLINGER[:5]),
    st.sampled_from(KANTSYMPTOMTAELLINGER[:5]),
    st.sampled_from(KANTSYMPTOMTAELLINGER),
    st.tuples(st.integers(0, len(Kernesymptom)), st.integers(0, len(Ledsagesymptom))),
)


def fortolkninger(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Fortolkning` (ICD10 eller BOGSTAVELIG) som medlem, navn eller tekst; ugyldige:
    ukendte navne, tal, None, bool."""
    return _enum_vaerdier(Fortolkning, gyldig=gyldig)


@st.composite
def _symptomer(draw: st.DrawFn) -> Input:
    nk, nl = draw(_TAELLINGER)
    input_: Input = {
        "kernesymptomer": draw(kernesymptomer(antal=nk)),
        "ledsagesymptomer": draw(ledsagesymptomer(antal=nl)),
    }
    if draw(st.booleans()):
        input_["fortolkning"] = draw(fortolkninger())
    return input_


@st.composite
def _en_fejl_i_symptomer(draw: st.DrawFn) -> Input:
    input_ = draw(_symptomer())
    felt = draw(st.sampled_from(["kernesymptomer", "ledsagesymptomer", "fortolkning"]))
    if felt == "kernesymptomer":
        input_[felt] = draw(kernesymptomer(gyldig=False))
    elif felt == "ledsagesymptomer":
        input_[felt] = draw(ledsagesymptomer(gyldig=False))
    else:
        input_[felt] = draw(fortolkninger(gyldig=False))
    return input_


_SYMPTOMER = _symptomer()
_EN_FEJL_I_SYMPTOMER = _en_fejl_i_symptomer()


@overload
def svaerhedsinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[SvaerhedsInput]: ...
@overload
def svaerhedsinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def svaerhedsinput(*, gyldig: bool) -> st.SearchStrategy[SvaerhedsInput | Input]: ...
def svaerhedsinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `vurder_svaerhedsgrad`: kerne- og ledsagesymptomer (tællingerne
    favoriserer `KANTSYMPTOMTAELLINGER`) og evt. `fortolkning`. Ugyldige: én af de tre er
    ugyldig (se `kernesymptomer`, `ledsagesymptomer`, `fortolkninger`)."""
    return _SYMPTOMER if gyldig else _EN_FEJL_I_SYMPTOMER


def symptomvarigheder(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Symptomernes varighed til `vurder_diagnose`: None (ukendt) eller en timedelta, der
    favoriserer `KANTSYMPTOMVARIGHEDER` (2 uger og lige ved). Ugyldige: negative varigheder,
    tal, tekst og bool."""
    if gyldig:
        return st.one_of(
            st.sampled_from(KANTSYMPTOMVARIGHEDER[2:8]),
            st.sampled_from(KANTSYMPTOMVARIGHEDER),
            st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3650)),
        )
    return st.one_of(
        st.sampled_from(
            [-timedelta(microseconds=1), -timedelta(days=14), 14, Decimal(14), "14 dage", True]
        ),
        st.sampled_from([14.0, date(2024, 1, 1), "P14D"]),
        st.timedeltas(max_value=-timedelta(microseconds=1)),
    )


_VARIGHEDER = {gyldig: symptomvarigheder(gyldig=gyldig) for gyldig in (False, True)}


@st.composite
def _diagnose(draw: st.DrawFn, gyldig: bool) -> Input:
    varighed_gyldig = gyldig or draw(st.booleans())
    input_: Input = dict(draw(svaerhedsinput(gyldig=not varighed_gyldig or gyldig)))
    input_["symptomvarighed"] = draw(_VARIGHEDER[varighed_gyldig])
    return input_


@overload
def diagnoseinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[DiagnoseInput]: ...
@overload
def diagnoseinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def diagnoseinput(*, gyldig: bool) -> st.SearchStrategy[DiagnoseInput | Input]: ...
def diagnoseinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `vurder_diagnose`: `svaerhedsinput` plus `symptomvarighed`.
    Ugyldige: enten symptomerne/læsningen eller varigheden er ugyldig."""
    return _diagnose(gyldig)


def komplicerende_faktorer(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Komplicerende faktorer (0–10 af de ti i Kap. 5) som samling af medlemmer, navne eller
    tekster. Ugyldige: ikke en samling, en streng, et ukendt navn eller et forkert element."""
    if not gyldig:
        return _ugyldig_samling(KomplicerendeFaktor, None)
    return _enum_samling(KomplicerendeFaktor, None)


def styrkende_faktorer(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Styrkende faktorer (0–2) som `komplicerende_faktorer`."""
    if not gyldig:
        return _ugyldig_samling(StyrkendeFaktor, None)
    return _enum_samling(StyrkendeFaktor, None)


def kliniske_vurderinger(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Klinikerens vurdering af høj kompleksitet: True, False eller None (ikke vurderet).
    Ugyldige: værdier, der ikke er bool/None (1, 0, "ja", NaN, …)."""
    return _JA_NEJ_UKENDT if gyldig else st.sampled_from(_IKKE_BOOL)


def _med_en_fejl(
    gyldige: st.SearchStrategy[Input], daarlige: Mapping[str, st.SearchStrategy[object]]
) -> st.SearchStrategy[Input]:
    """Et gyldigt input, hvor præcis ét felt er skiftet ud med en ugyldig værdi."""
    felt_og_vaerdi = st.one_of(*(st.tuples(st.just(f), v) for f, v in daarlige.items()))
    return st.builds(lambda d, fv: {**d, fv[0]: fv[1]}, gyldige, felt_og_vaerdi)


@overload
def kompleksitetsinput(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[KompleksitetsInput]: ...
@overload
def kompleksitetsinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def kompleksitetsinput(*, gyldig: bool) -> st.SearchStrategy[KompleksitetsInput | Input]: ...
def kompleksitetsinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `vurder_kompleksitet`: `komplicerende`, `styrkende` (begge
    valgfri) og `hoej_kompleksitet`. Ugyldige: præcis ét af dem er ugyldigt."""
    gyldige = st.fixed_dictionaries(
        {"hoej_kompleksitet": kliniske_vurderinger()},
        optional={"komplicerende": komplicerende_faktorer(), "styrkende": styrkende_faktorer()},
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "komplicerende": komplicerende_faktorer(gyldig=False),
            "styrkende": styrkende_faktorer(gyldig=False),
            "hoej_kompleksitet": kliniske_vurderinger(gyldig=False),
        },
    )


@overload
def stratificeringsinput(
    *, gyldig: Literal[True] = ...
) -> st.SearchStrategy[StratificeringsInput]: ...
@overload
def stratificeringsinput(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def stratificeringsinput(*, gyldig: bool) -> st.SearchStrategy[StratificeringsInput | Input]: ...
def stratificeringsinput(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `stratificer`: `svaerhedsinput` plus `kompleksitetsinput`.
    Ugyldige: præcis ét argument er ugyldigt."""
    gyldige = st.builds(lambda s, k: {**s, **k}, svaerhedsinput(), kompleksitetsinput())
    if gyldig:
        return gyldige
    return st.one_of(
        st.builds(lambda s, k: {**s, **k}, svaerhedsinput(gyldig=False), kompleksitetsinput()),
        st.builds(lambda s, k: {**s, **k}, svaerhedsinput(), kompleksitetsinput(gyldig=False)),
    )


def stratificeringsraekker(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Én række til `stratificer_mange`: en dict med nøglerne fra `stratificeringsinput`
    (begge symptomsæt er altid med; en række uden et af dem er en fejl i rækken). Ugyldige
    rækker (som giver en post med `fejl`, ikke en undtagelse): ikke en mapping, en ukendt nøgle
    eller ét ugyldigt argument (None, NaN og tom tekst i et valgfrit felt er »ikke oplyst« og
    gyldige)."""
    gyldige = stratificeringsinput()
    if gyldig:
        return gyldige
    return st.one_of(
        st.sampled_from([None, 5, "kernesymptomer=NEDTRYKTHED", [("kernesymptomer", ())]]),
        st.builds(lambda d: {**d, "alder": 30}, gyldige),
        # i en række er None, NaN og tom tekst i et valgfrit felt »ikke oplyst« (og gyldigt)
        stratificeringsinput(gyldig=False).filter(_intet_valgfrit_felt_ikke_oplyst),
    )


def _intet_valgfrit_felt_ikke_oplyst(input_: Mapping[str, object]) -> bool:
    return not any(
        ikke_oplyst(input_[k])
        for k in ("komplicerende", "styrkende", "hoej_kompleksitet", "fortolkning")
        if k in input_
    )


def stratificeringsraekkelister(
    *, gyldig: bool = True, max_size: int = 8
) -> st.SearchStrategy[list[object]]:
    """Hele batches til `stratificer_mange`. Med `gyldig=False` indeholder listen mindst én
    ugyldig række (mellem gyldige), hvis post får `fejl` udfyldt."""
    if gyldig:
        return st.lists(stratificeringsraekker(), max_size=max_size)
    halv = max((max_size - 1) // 2, 0)  # de to halvdele og den ugyldige række: højst max_size
    return st.builds(
        lambda foer, daarlig, efter: [*foer, daarlig, *efter],
        st.lists(stratificeringsraekker(), max_size=halv),
        stratificeringsraekker(gyldig=False),
        st.lists(stratificeringsraekker(), max_size=halv),
    )


def svaerhedsgrader(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Svaerhedsgrad` (INGEN, LET, MODERAT, SVAER) som medlem, navn eller tekst."""
    return _enum_vaerdier(Svaerhedsgrad, gyldig=gyldig)


def stratificeringsniveauer(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Stratificeringsniveau` som medlem, navn eller tekst (til `faser_for_niveau`)."""
    return _enum_vaerdier(Stratificeringsniveau, gyldig=gyldig)


def _aldre(gyldig: bool) -> st.SearchStrategy[object]:
    if gyldig:
        tal = st.one_of(
            st.sampled_from((17, 18, 19, 20, 24, 25)),
            st.sampled_from(KANTALDRE),
            st.integers(0, 130),
        )
        # int, Decimal eller tekst; uden flatmap, som byggede en ny strategi ved hvert træk
        return st.builds(lambda a, form: (a, Decimal(a), str(a))[form], tal, st.integers(0, 2))
    return st.sampled_from(
        [-1, 131, True, False, 18.5, 18.0, Decimal("18.5"), None, "atten", "", Decimal("NaN")]
    )


def aldersinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """`{"alder": …}` til `i_maalgruppen`, `medicinopstart` og `psykiatrisk_modtagelse`:
    favoriserer `KANTALDRE` (18, 20, 24/25) som int, Decimal eller tekst. Ugyldige: negative,
    over 130, bool, ikke-hele tal, float, tekst, None."""
    return st.fixed_dictionaries({"alder": _aldre(gyldig)})


def behandlingsinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `behandlingsregler`: `svaerhedsgrad`, `behandles_i_psykiatrien`
    (True/False/None) og evt. `opsporet_under_somatisk_indlaeggelse` (bool). Ugyldige: ét
    argument er ugyldigt."""
    gyldige = st.fixed_dictionaries(
        {"svaerhedsgrad": svaerhedsgrader(), "behandles_i_psykiatrien": _JA_NEJ_UKENDT},
        optional={"opsporet_under_somatisk_indlaeggelse": st.booleans()},
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "svaerhedsgrad": svaerhedsgrader(gyldig=False),
            "behandles_i_psykiatrien": st.sampled_from(_IKKE_BOOL),
            "opsporet_under_somatisk_indlaeggelse": st.sampled_from((None, *_IKKE_BOOL)),
        },
    )


def _genstande_i_form(genstande: Decimal, form: int) -> object:
    if form == 1:
        return str(genstande)
    if form == 2 and genstande % 1 == 0:
        return int(genstande)
    return genstande


def _genstande(gyldig: bool) -> st.SearchStrategy[object]:
    if gyldig:
        tal = st.one_of(
            st.sampled_from(KANTGENSTANDE[1:9]),
            st.sampled_from(KANTGENSTANDE),
            st.decimals(min_value=0, max_value=200, places=2, allow_nan=False),
        )
        # Decimal, tekst eller (når tallet er helt) int; uden flatmap, som byggede en ny
        # strategi ved hvert træk
        return st.builds(_genstande_i_form, tal, st.integers(0, 2))
    return st.sampled_from(
        [-1, Decimal("-0.01"), True, None, "mange", Decimal("NaN"), float("inf"), "", [14]]
    )


def alkoholinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `vurder_alkohol`: `genstande_pr_uge` (favoriserer
    `KANTGENSTANDE` omkring 14/21; int, Decimal eller tekst), `koen` og evt.
    `helbreds_eller_social_skade` og `alkoholafhaengighed` (True/False/None). Ugyldige: ét
    argument er ugyldigt (negativt, bool, NaN, ukendt køn, …)."""
    gyldige = st.fixed_dictionaries(
        {
            "genstande_pr_uge": _genstande(True),
            "koen": _enum_vaerdier(Koen),
        },
        optional={
            "helbreds_eller_social_skade": _JA_NEJ_UKENDT,
            "alkoholafhaengighed": _JA_NEJ_UKENDT,
        },
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "genstande_pr_uge": _genstande(False),
            "koen": _enum_vaerdier(Koen, gyldig=False),
            "helbreds_eller_social_skade": st.sampled_from(_IKKE_BOOL),
            "alkoholafhaengighed": st.sampled_from(_IKKE_BOOL),
        },
    )


def phq2input(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `vurder_phq2`: `score` 0–6 og evt. `taerskel` 0–6 (favoriserer
    Sundhedsprofilens 4). Ugyldige: uden for 0–6, bool, float, tekst uden tal, None."""
    skala: st.SearchStrategy[object] = st.integers(0, 6)
    gyldige: st.SearchStrategy[Input] = st.fixed_dictionaries(
        {"score": skala}, optional={"taerskel": st.one_of(st.just(4), skala)}
    )
    if gyldig:
        return gyldige
    daarlige = st.sampled_from([-1, 7, True, 4.0, "fire", None, Decimal("3.5"), 100])
    return _med_en_fejl(gyldige, {"score": daarlige, "taerskel": daarlige})


_DIAGNOSESVAR = (Afgoerelse.OPFYLDT, Afgoerelse.IKKE_OPFYLDT, Afgoerelse.KAN_IKKE_AFGOERES)
"""De svar, `vurder_diagnose` kan give (diagnosen tager ingen alder, så aldrig
UDEN_FOR_MAALGRUPPEN)."""


def kontaktpersoninput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `koordinerende_kontaktperson`: `diagnosticeret` (bool, None
    eller et af diagnosens tre svar), de seks ja/nej/ukendt-oplysninger, evt. `anden_part` (bool) og
    `laesning`. Ugyldige: ét argument er ugyldigt (anden_part=None, 1 for bool, ukendt læsning)."""
    valgfri_bools = {
        n: _JA_NEJ_UKENDT
        for n in (
            "komplekse_behov",
            "indsatser_paa_arbejdsmarkedsomraadet",
            "kontakt_jobcenter",
            "kontakt_lokalpsykiatri",
            "kontakt_kommunalt_sundhedsomraade",
            "i_behandling_i_psykiatrien",
        )
    }
    gyldige = st.fixed_dictionaries(
        {"diagnosticeret": st.one_of(_JA_NEJ_UKENDT, st.sampled_from(_DIAGNOSESVAR))},
        optional={
            **valgfri_bools,
            "anden_part": st.booleans(),
            "laesning": _enum_vaerdier(KontaktpersonLaesning, gyldig=True),
        },
    )
    if gyldig:
        return gyldige
    ikke_bool = st.sampled_from(_IKKE_BOOL)
    return _med_en_fejl(
        gyldige,
        {
            "diagnosticeret": st.sampled_from([*_IKKE_BOOL, "OPFYLDT", Svaerhedsgrad.LET]),
            **dict.fromkeys(valgfri_bools, ikke_bool),
            "anden_part": st.sampled_from((None, *_IKKE_BOOL)),
            "laesning": _enum_vaerdier(KontaktpersonLaesning, gyldig=False),
        },
    )


def samtykkeinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """`{"skriftligt_samtykke": True/False/None}` til `informationsudveksling`; ugyldige: ikke
    bool/None."""
    return st.fixed_dictionaries({"skriftligt_samtykke": kliniske_vurderinger(gyldig=gyldig)})


def kommunal_rehabiliteringsinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `kommunal_rehabilitering`: `svaerhedsgrad`,
    `behandles_i_psykiatrien` (True/False/None) og evt. `henviser`. Ugyldige: ét er ugyldigt."""
    gyldige = st.fixed_dictionaries(
        {"svaerhedsgrad": svaerhedsgrader(), "behandles_i_psykiatrien": _JA_NEJ_UKENDT},
        optional={"henviser": _enum_vaerdier(Henviser)},
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "svaerhedsgrad": svaerhedsgrader(gyldig=False),
            "behandles_i_psykiatrien": st.sampled_from(_IKKE_BOOL),
            "henviser": _enum_vaerdier(Henviser, gyldig=False),
        },
    )


def udskrivningsinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `afslutning_af_psykiatrisk_behandling`: de tre oplysninger som
    True/False/None. Ugyldige: én er ikke bool/None."""
    navne = ("kommunalt_tilbud_efter", "kompliceret_forloeb", "oensker_udskrivningsaftale")
    gyldige = st.fixed_dictionaries(dict.fromkeys(navne, _JA_NEJ_UKENDT))
    if gyldig:
        return gyldige
    return _med_en_fejl(gyldige, dict.fromkeys(navne, st.sampled_from(_IKKE_BOOL)))


@overload
def rehabiliteringselementer(
    *, gyldig: Literal[True] = ...
) -> st.SearchStrategy[RehabiliteringselementInput]: ...
@overload
def rehabiliteringselementer(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def rehabiliteringselementer(
    *, gyldig: bool
) -> st.SearchStrategy[RehabiliteringselementInput | Input]: ...
def rehabiliteringselementer(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Nøgleordsargumenter til `Rehabiliteringselement`: navn, deltagere (1–100.000;
    favoriserer 1 og 12), sundhedsprofessionelle (0–10.000; favoriserer 1 og 2) og timer pr.
    medarbejder (Decimal 0–100.000; favoriserer 1 og 24). Ugyldige: ét felt er ugyldigt (0
    deltagere, negative tal, bool, tom tekst, over loftet)."""
    gyldige = st.fixed_dictionaries(
        {
            "navn": st.sampled_from(["afklarende samtale", "holdtræning", "x"]),
            "deltagere": st.one_of(st.sampled_from([1, 12]), st.integers(1, 100_000)),
            "sundhedsprofessionelle": st.one_of(st.sampled_from([1, 2]), st.integers(0, 10_000)),
            "timer_pr_medarbejder": st.one_of(
                st.sampled_from([Decimal(1), Decimal(24), Decimal("0.5")]),
                st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False),
            ),
        }
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "navn": st.sampled_from(["", "  ", None, 1, b"samtale"]),
            "deltagere": st.sampled_from([0, -1, True, 100_001, "tolv", 1.5, None]),
            "sundhedsprofessionelle": st.sampled_from([-1, True, 10_001, None, Decimal("1.5")]),
            "timer_pr_medarbejder": st.sampled_from(
                [Decimal(-1), True, Decimal("NaN"), None, 100_001, "mange"]
            ),
        },
    )


_ELEMENTLISTER = st.lists(
    rehabiliteringselementer().map(lambda kw: Rehabiliteringselement(**kw)), min_size=1, max_size=5
)


def rehabiliteringsudgiftinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `beregn_rehabiliteringsudgift`: evt. `timepris` (favoriserer
    325; int, Decimal eller tekst) og evt. `elementer` (1–5 `Rehabiliteringselement`).
    Ugyldige: negativ/bool/NaN timepris eller elementer, der er tomme, en streng eller
    indeholder andet end elementer."""
    pris = st.one_of(
        st.sampled_from([Decimal(325), 325, "325", Decimal(0), Decimal("0.01")]),
        st.decimals(min_value=0, max_value=1_000_000, places=2, allow_nan=False),
    )
    gyldige = st.fixed_dictionaries(
        {},
        optional={
            "timepris": pris,
            "elementer": st.one_of(_ELEMENTLISTER, _ELEMENTLISTER.map(tuple)),
        },
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "timepris": st.sampled_from([-1, True, Decimal("NaN"), None, "dyr", 1_000_001]),
            "elementer": st.one_of(
                st.sampled_from([[], (), "samtale", None, 5, {"navn": "samtale"}]),
                _ELEMENTLISTER.map(lambda e: [*e, ("samtale", 1, 1, 1)]),
            ),
        },
    )


_DATOER = st.dates(min_value=date(2018, 1, 1), max_value=date(2030, 12, 31))
_UGYLDIGE_DATOER: tuple[object, ...] = (None, 20240101, "2024-13-01", "i går", True, b"2024-01-01")


@st.composite
def _dage_foer(draw: st.DrawFn, dato: date, kanter: Sequence[int]) -> date:
    dage = draw(st.one_of(st.sampled_from(list(kanter)), st.integers(0, 800)))
    return dato - timedelta(days=dage)


@st.composite
def _apotek(draw: st.DrawFn, gyldig: bool) -> Input:
    d = draw(_DATOER)
    input_: Input = {"dato": d if draw(st.booleans()) else d.isoformat()}
    if draw(st.booleans()):
        input_["medicin_ordineret_siden"] = draw(_dage_foer(d, [364, 365, 366, 0]))
    if draw(st.booleans()):
        input_["manglende_medicinefterlevelse"] = draw(_JA_NEJ_UKENDT)
    if draw(st.booleans()):
        input_["ny_medicin_ordineret"] = draw(_dage_foer(d, [181, 182, 183, 184, 0]))
    for navn in ("medicin_for_kronisk_sygdom", "ny_medicin_ved_kronisk_diagnose"):
        if draw(st.booleans()):
            input_[navn] = draw(_JA_NEJ_UKENDT)
    if not gyldig:
        felt = draw(
            st.sampled_from(
                ["dato", "siden", "efter", "efterlevelse", "ny", "kronisk", "ny_kronisk"]
            )
        )
        if felt == "dato":
            input_["dato"] = draw(st.sampled_from(_UGYLDIGE_DATOER))
        elif felt == "siden":
            input_["medicin_ordineret_siden"] = draw(st.sampled_from(_UGYLDIGE_DATOER[1:]))
        elif felt == "efter":
            input_["ny_medicin_ordineret"] = d + timedelta(days=draw(st.integers(1, 30)))
        elif felt == "efterlevelse":
            input_["manglende_medicinefterlevelse"] = draw(st.sampled_from(_IKKE_BOOL))
        elif felt == "kronisk":
            input_["medicin_for_kronisk_sygdom"] = draw(st.sampled_from(_IKKE_BOOL))
        elif felt == "ny_kronisk":
            input_["ny_medicin_ved_kronisk_diagnose"] = draw(st.sampled_from(_IKKE_BOOL))
        else:
            input_["ny_medicin_ordineret"] = draw(st.sampled_from(_UGYLDIGE_DATOER[1:]))
    return input_


def apoteksinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `medicinsamtale_paa_apoteket`: `dato` (date eller ISO-tekst),
    evt. ordinationsdatoer omkring 12 og 6 måneder før, efterlevelsen og de to oplysninger om
    kronisk sygdom. Ugyldige: en ugyldig dato, en ordination efter `dato` eller et svar, der
    ikke er bool/None."""
    return _apotek(gyldig)


@st.composite
def _henvisning(draw: st.DrawFn, gyldig: bool) -> Input:
    karakteristika: dict[object, object] = {
        (k if draw(st.booleans()) else k.name): draw(_JA_NEJ_UKENDT)
        for k in draw(st.sets(st.sampled_from(list(Psykiatrikarakteristikum))))
    }
    input_: Input = {"karakteristika": karakteristika, "alder": draw(_aldre(True))}
    if not gyldig:
        felt = draw(st.sampled_from(["alder", "navn", "svar", "type"]))
        if felt == "alder":
            input_["alder"] = draw(_aldre(False))
        elif felt == "navn":
            karakteristika["IKKE_ET_KARAKTERISTIKUM"] = True
        elif felt == "svar":
            karakteristika[Psykiatrikarakteristikum.BETYDELIG_FORPINTHED] = draw(
                st.sampled_from(_IKKE_BOOL)
            )
        else:
            input_["karakteristika"] = draw(
                st.sampled_from(
                    [None, "BETYDELIG_FORPINTHED", [Psykiatrikarakteristikum.BETYDELIG_FORPINTHED]]
                )
            )
    return input_


def henvisningsinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `henvisning_til_regionspsykiatrien`: `karakteristika` (en dict
    fra medlem eller navn til True/False/None; manglende er ukendte) og `alder` (med
    kantaldrene). Ugyldige: en ugyldig alder, et ukendt navn, et svar, der ikke er
    bool/None, eller karakteristika, der ikke er en dict."""
    return _henvisning(gyldig)


@st.composite
def _rygestop(draw: st.DrawFn, gyldig: bool) -> Input:
    d = draw(_DATOER)
    input_: Input = {"dato": d}
    if draw(st.booleans()):
        input_["rygeophoer"] = draw(_dage_foer(d, [0, 181, 182, 183, 184]))
    if draw(st.booleans()):
        input_["tidligere_deltaget"] = draw(st.booleans())
    if draw(st.booleans()):
        input_["samtykke_til_afslutningsnotat"] = draw(_JA_NEJ_UKENDT)
    if not gyldig:
        felt = draw(st.sampled_from(["dato", "efter", "deltaget", "samtykke"]))
        if felt == "dato":
            input_["dato"] = draw(st.sampled_from(_UGYLDIGE_DATOER))
        elif felt == "efter":
            input_["rygeophoer"] = d + timedelta(days=draw(st.integers(1, 30)))
        elif felt == "deltaget":
            input_["tidligere_deltaget"] = draw(st.sampled_from((None, *_IKKE_BOOL)))
        else:
            input_["samtykke_til_afslutningsnotat"] = draw(st.sampled_from(_IKKE_BOOL))
    return input_


def rygestopinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `rygestop`: `dato`, evt. `rygeophoer` omkring 6 måneder før,
    `tidligere_deltaget` og samtykket. Ugyldige: en ugyldig dato, et ophør efter `dato`,
    `tidligere_deltaget` ikke bool, eller et samtykke, der ikke er bool/None."""
    return _rygestop(gyldig)


_KANTSYGEMELDINGER = (
    None,
    timedelta(0),
    timedelta(weeks=8),
    timedelta(weeks=8, microseconds=1),
    timedelta(weeks=8) - timedelta(microseconds=1),
    timedelta(weeks=9),
)


def fasttrackinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `fast_track`: `forventet_sygemelding` (None eller timedelta,
    favoriserer 8 uger) og evt. `anmodningsdato`. Ugyldige: negativ varighed, tal, tekst,
    bool eller en ugyldig dato."""
    gyldige: st.SearchStrategy[Input] = st.fixed_dictionaries(
        {
            "forventet_sygemelding": st.one_of(
                st.sampled_from(_KANTSYGEMELDINGER),
                st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=800)),
            )
        },
        optional={"anmodningsdato": st.one_of(st.none(), _DATOER)},
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "forventet_sygemelding": st.sampled_from(
                [-timedelta(seconds=1), 56, "8 uger", True, Decimal(56)]
            ),
            "anmodningsdato": st.sampled_from(_UGYLDIGE_DATOER[1:]),
        },
    )


def paragraf56input(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `paragraf_56_aftale`: kronisk sygdom (True/False/None) og
    forventet ekstra fravær (None, int, Decimal eller tekst; favoriserer 9, 10 og 9,5).
    Ugyldige: negativt fravær, bool, NaN, tekst uden tal, eller et svar, der ikke er bool/None."""
    fravaer = st.one_of(
        st.sampled_from([None, 0, 9, 10, 11, Decimal("9.5"), Decimal("10.0"), "10"]),
        st.integers(0, 365),
    )
    gyldige = st.fixed_dictionaries(
        {
            "langvarig_eller_kronisk_sygdom": _JA_NEJ_UKENDT,
            "forventet_ekstra_fravaer_dage_pr_aar": fravaer,
        }
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "langvarig_eller_kronisk_sygdom": st.sampled_from(_IKKE_BOOL),
            "forventet_ekstra_fravaer_dage_pr_aar": st.sampled_from(
                [-1, True, Decimal("NaN"), "ti", Decimal("-0.5"), [10]]
            ),
        },
    )


def _internet(gyldig: bool) -> st.SearchStrategy[Input]:
    gyldige = st.fixed_dictionaries({"alder": _aldre(True), "svaerhedsgrad": svaerhedsgrader()})
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige, {"alder": _aldre(False), "svaerhedsgrad": svaerhedsgrader(gyldig=False)}
    )


def internetbehandlingsinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `internetbehandling`: `alder` (som `aldersinput`) og
    `svaerhedsgrad`. Ugyldige: én af dem er ugyldig."""
    return _internet(gyldig)


_kontroller_ja_nej(globals())
