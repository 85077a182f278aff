"""Strategier for batchrækker til `forloebsregler.batch` (`koer_batch`, `ledsagelse`, `iv`,
`depression`, `genoptraening`, `koordinator`).

En række er en mapping med cellerne i de former, et register, en CSV-fil eller en DataFrame
giver dem, som batchkontrakten beskriver: ja/nej-felter som `True`/`False`, `ja`/`nej`,
`j`/`n`, `true`/`false`, `1`/`0` (tekst eller tal); hele tal også som `24.0` og `"24"`;
lister som liste, tuple, mængde eller tekst adskilt af `;` (`ingen` er den tomme liste).
Værdierne kommer fra områdernes egne strategier (`ledsagelsesepisoder`, `iv_forloeb`,
`stratificeringsinput`, `leverandoervalginput` med en sygehuskontakt, `kontaktpersoninput` med
`aldersinput`), så de favoriserer de samme kanter. Et valgfrit felt kan også stå som en tom
celle (None, NaN, tom tekst) — kolonnen findes i registret, men er ikke udfyldt i rækken.

Gyldige rækker giver en post uden `fejl`. Ledsagelsesrækkerne ligger i 2018–2026, så batchen
skal have takster, der dækker dem (fx `takster=TAKSTER_2019.uden_datograense()`);
standardtaksterne dækker kun 2019. Ugyldige rækker (`gyldig=False`) giver en post med `fejl`
udfyldt — batchen standser ikke: en række, der ikke er en mapping, et påkrævet felt, der
mangler, en celle, som feltets slags ikke tager, eller input, som enkeltkaldet afviser.

>>> from hypothesis import given
>>> from forloebsregler import batch
>>> from forloebsregler.testing.batch import batchraekker
>>> @given(batchraekker("koordinator"))
... def test_koordinator(raekke): assert next(batch.koordinator([raekke]))["fejl"] is None
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import Enum
from typing import Any, Literal, cast, overload

from hypothesis import strategies as st

from forloebsregler import batch as _batch
from forloebsregler._batchkoersel import _UDELAD
from forloebsregler._valider import vis
from forloebsregler.fejl import UgyldigVaerdiFejl
from forloebsregler.genoptraening import Genoptraeningskontakt
from forloebsregler.testing._faelles import enum_vaerdier
from forloebsregler.testing._faelles import kontroller_ja_nej as _kontroller_ja_nej
from forloebsregler.testing.depression import (
    aldersinput,
    kontaktpersoninput,
    stratificeringsinput,
)
from forloebsregler.testing.genoptraening import leverandoervalginput
from forloebsregler.testing.iv import iv_forloeb
from forloebsregler.testing.ledsagelse import ledsagelsesepisoder

__all__ = [
    "JA_CELLER",
    "NEJ_CELLER",
    "UKENDT_CELLER",
    "batchraekker",
    "janej_celler",
]

Raekke = dict[str, object]

JA_CELLER: tuple[object, ...] = (True, 1, "ja", "j", "true", "1")
"""Ja i et ja/nej-felt, som batchkontrakten nævner formerne."""

NEJ_CELLER: tuple[object, ...] = (False, 0, "nej", "n", "false", "0")
"""Nej i et ja/nej-felt."""

UKENDT_CELLER: tuple[object, ...] = (None, "", "  ", "ukendt", "?", float("nan"))
"""»Ikke oplyst« eller »ukendt« i et ja/nej-felt: None, NaN, tom tekst, `ukendt` og `?`."""

_UGYLDIGE_JANEJ: tuple[object, ...] = ("måske", "jaa", "yes", 2, -1, 0.5, b"ja", [True])

# Celler, som et felts slags aldrig tager (en række med én af dem får `fejl` udfyldt).
_UGYLDIGE_CELLER: Mapping[str, tuple[object, ...]] = {
    "tidspunkt": (
        "x",
        "i morgen",
        "2024-13-01T10:00+01:00",
        datetime(2024, 3, 1, 12, 0),  # naivt
        17,
        b"2024-03-01T12:00+01:00",
    ),
    "dato": ("x", "2024-13-01", "2023-02-29", "01-03-2024", 20240301, b"2024-03-01"),
    "tal": ("x", "fem", "0", 0, -5, "-1", "NaN", "Infinity", b"5"),
    "heltal": (2.5, "2,5", "x", -1, b"1"),
    "janej": _UGYLDIGE_JANEJ,
    "liste": ("angst", "angst;NEDTRYKTHED", 5, [None], [5]),
    "enum": ("UKENDT", 5, b"UKENDT"),
}

_IKKE_MAPPINGS: tuple[object, ...] = (None, 7, "tekst", ["start", "slut"], ("timer", 5), b"x")

_BOOL = st.booleans()
_TRE_FORMER = st.integers(0, 2)
_EN_AF_FIRE = st.integers(0, 3).map(lambda i: i == 0)
_TOMME_CELLER = st.sampled_from((None, "", "  ", float("nan")))
_JA = st.sampled_from(JA_CELLER)
_NEJ = st.sampled_from(NEJ_CELLER)
_UKENDT = st.sampled_from(UKENDT_CELLER)


def janej_celler(*, gyldig: bool = True, ukendt: bool = False) -> st.SearchStrategy[object]:
    """En celle i et ja/nej-felt: `JA_CELLER` eller `NEJ_CELLER` (med `ukendt=True` også
    `UKENDT_CELLER`).

    Ugyldige: tekst og tal, batchen ikke læser som ja, nej eller ukendt (`måske`, `yes`, 2,
    0,5, bytes, lister).
    """
    if not gyldig:
        return st.sampled_from(_UGYLDIGE_JANEJ)
    return st.one_of(_JA, _NEJ, _UKENDT) if ukendt else st.one_of(_JA, _NEJ)


def _navn(element: object) -> str:
    return element.name if isinstance(element, Enum) else str(element)


def _tegn_celle(draw: st.DrawFn, slags: str, vaerdi: object) -> object:
    """`vaerdi` (et gyldigt argument til enkeltkaldet) i en af de celleformer, batchen læser
    som det samme."""
    if slags == "janej":
        if vaerdi is True:
            return draw(_JA)
        if vaerdi is False:
            return draw(_NEJ)
        return draw(_UKENDT) if vaerdi is None else vaerdi
    if slags == "heltal" and isinstance(vaerdi, int) and not isinstance(vaerdi, bool):
        return (vaerdi, float(vaerdi), str(vaerdi))[draw(_TRE_FORMER)]
    if (
        slags == "liste"
        and isinstance(vaerdi, Iterable)
        and not isinstance(vaerdi, str | bytes)
        and draw(_BOOL)
    ):
        navne = [_navn(e) for e in vaerdi]
        return ";".join(navne) if navne else "ingen"
    return vaerdi


def _uden_id(raekke: object) -> Raekke:
    """En `iv_forloeb`-række uden `id` (som ikke er et regelfelt, men føres igennem)."""
    return {k: v for k, v in cast("Raekke", raekke).items() if k != "id"}  # gyldige er dicts


def _kwargs(omraade: str) -> st.SearchStrategy[Raekke]:
    """Gyldige argumenter til områdets enkeltkald, med batchens feltnavne."""
    if omraade == "ledsagelse":
        return ledsagelsesepisoder().map(lambda e: {"start": e[0], "slut": e[1]})
    if omraade == "iv":
        return iv_forloeb().map(_uden_id)
    if omraade == "depression":
        return stratificeringsinput().map(dict)
    if omraade == "genoptraening":
        # sygehuskontakten (udskrivning eller ambulant behandling) er et valgfrit felt
        return st.builds(
            lambda kwargs, kontakt, med: {**kwargs, "kontakt": kontakt} if med else dict(kwargs),
            leverandoervalginput(),
            enum_vaerdier(Genoptraeningskontakt),
            _BOOL,
        )
    # koordinatoren tager også borgerens alder (som `aldersinput`)
    return st.builds(
        lambda kwargs, alder, med_alder: {**kwargs, **alder} if med_alder else dict(kwargs),
        kontaktpersoninput(),
        aldersinput(),
        _BOOL,
    )


@functools.cache
def _gyldige(omraade: str) -> st.SearchStrategy[Raekke]:
    slags = {f.navn: f.slags for f in _batch.OMRAADER[omraade].felter}
    # bygges én gang: en ny strategi pr. træk skal valideres hver gang (issue 19, punkt 2)
    argumenter = _kwargs(omraade)

    # valgfrie felter, hvor en tom celle i en kolonne, der findes, er det samme som ingen kolonne
    tomme_kolonner = [
        f.navn
        for f in _batch.OMRAADER[omraade].felter
        if not f.paakraevet and f.ukendt_i_kolonne is _UDELAD
    ]

    @st.composite
    def raekker(draw: st.DrawFn) -> Raekke:
        kwargs = draw(argumenter)
        raekke = {navn: _tegn_celle(draw, slags[navn], v) for navn, v in kwargs.items()}
        for navn in tomme_kolonner:  # en kolonne i registret, men tom i denne række
            if navn not in raekke and draw(_EN_AF_FIRE):
                raekke[navn] = draw(_TOMME_CELLER)
        return raekke

    return raekker()


@functools.cache
def _ugyldige(omraade: str) -> st.SearchStrategy[object]:
    spec = _batch.OMRAADER[omraade]
    felter = [f for f in spec.felter if f.slags in _UGYLDIGE_CELLER]
    gyldige = _gyldige(omraade)
    en_daarlig_celle = st.builds(
        lambda raekke, felt_og_celle: {**raekke, felt_og_celle[0]: felt_og_celle[1]},
        gyldige,
        st.one_of(
            *(
                st.tuples(st.just(f.navn), st.sampled_from(_UGYLDIGE_CELLER[f.slags]))
                for f in felter
            )
        ),
    )
    varianter: list[st.SearchStrategy[object]] = [
        st.sampled_from(_IKKE_MAPPINGS),
        en_daarlig_celle,
    ]
    paakraevede = [f.navn for f in spec.felter if f.paakraevet]
    if paakraevede:
        varianter.append(
            st.builds(
                lambda raekke, navn: {k: v for k, v in raekke.items() if k != navn},
                gyldige,
                st.sampled_from(paakraevede),
            )
        )
    if omraade == "ledsagelse":  # slut før start, for lang, år 1850 …
        varianter.append(
            ledsagelsesepisoder(gyldig=False).map(lambda e: {"start": e[0], "slut": e[1]})
        )
    if omraade == "iv":  # ingen tid: hverken timer, besøg eller kemokur
        varianter.append(st.sampled_from([{}, {"ukendt_felt": 1}]))
    return st.one_of(*varianter)


@overload
def batchraekker(omraade: str, *, gyldig: Literal[True] = ...) -> st.SearchStrategy[Raekke]: ...
@overload
def batchraekker(omraade: str, *, gyldig: bool) -> st.SearchStrategy[object]: ...
def batchraekker(omraade: str, *, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Én række til `koer_batch(omraade, ...)`: en dict med områdets regelfelter
    (`batch.OMRAADER[omraade].felter`) i de celleformer, batchen læser.

    `omraade` er et af `batch.OMRAADER` (ledsagelse, iv, depression, genoptraening,
    koordinator). Gyldige rækker giver en post uden `fejl` (ledsagelse: med takster, der dækker
    2018–2026). Ugyldige: ikke en mapping, et påkrævet felt mangler, én celle, som feltets
    slags ikke tager, eller (ledsagelse) en episode, som enkeltkaldet afviser, og (IV) en række
    uden tid.
    """
    if not isinstance(omraade, str) or omraade not in _batch.OMRAADER:
        raise UgyldigVaerdiFejl(
            f"omraade: fik {vis(omraade)}; accepterer {', '.join(_batch.OMRAADER)}",
            argument="omraade",
            vaerdi=omraade,
        )
    return _gyldige(omraade) if gyldig else _ugyldige(omraade)


_kontroller_ja_nej(globals())
