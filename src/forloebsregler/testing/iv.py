"""Strategier for IV-reglernes input, der favoriserer kanterne.

Reglerne står i `ivkategori`, `iv_finansiering`, `iv_undtagelser`, `iv_opfoelgning`,
`iv_opsigelse` og `iv_syddanmark*`.

Hver strategi giver gyldigt input som standard og ugyldigt med `gyldig=False`. Gyldigt input
accepteres af IV-funktionerne; ugyldigt får dem til at rejse `ForloebsreglerFejl`. Undtagelsen
er batchen `vurder_forloeb`, som aldrig standser for en dårlig række: `iv_forloeb(gyldig=False)`
giver rækker, hvis post får feltet `fejl` udfyldt.

Strategier, der dækker flere argumenter (`undtagelsesinput`, `overdragelsessvar`, …), giver en
dict med nøgleordsargumenter, så kaldet er `funktion(**input)`. Med `gyldig=False` er præcis ét
argument (eller én sammenhæng mellem argumenter) ugyldigt.

>>> from hypothesis import given
>>> from forloebsregler.ivkategori import tyngdekategori
>>> from forloebsregler.testing.iv import behandlingstimer
>>> @given(behandlingstimer())
... def test_kategori(timer): assert tyngdekategori(timer).kategori
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypedDict, TypeVar, overload

from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st

from forloebsregler._valider import vis as _vis
from forloebsregler.fejl import UgyldigVaerdiFejl as _UgyldigVaerdiFejl
from forloebsregler.iv_finansiering import IVRegion
from forloebsregler.iv_opfoelgning import Vaegtning
from forloebsregler.iv_opsigelse import Opsigelsesgrund
from forloebsregler.iv_syddanmark import MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS, IVBehandling
from forloebsregler.iv_syddanmark_ressourcer import KOMPETENCEKRAV, Kompetence, Leverance
from forloebsregler.ivkategori import IVOmraade, Tyngdekategori
from forloebsregler.testing._faelles import enum_vaerdier as _enum_vaerdier
from forloebsregler.testing._faelles import kontroller_ja_nej as _kontroller_ja_nej
from forloebsregler.testing._tid import datoer

if TYPE_CHECKING:
    from forloebsregler.typer import Afbildning, IVBehandlingArg, KompetenceArg

_UKENDTE_NAVNE = ("KATEGORI_5", "dialyse")
"""Nærliggende, men ukendte navne til de ugyldige enum-værdier."""

__all__ = [
    "KANTBESOEG",
    "KANTTIMER",
    "KompetenceSvar",
    "OverdragelsesSvar",
    "aktivitetsinput",
    "ansvarssvar",
    "antal_pr_kategori",
    "behandlingstimer",
    "besoeg_og_minutter",
    "delegationssvar",
    "halvaarsinput",
    "iv_behandlinger",
    "iv_forloeb",
    "iv_forloebslister",
    "iv_omraader",
    "iv_regioner",
    "kompetencesvar",
    "kvartalsinput",
    "leverancer",
    "opsigelsesgrunde",
    "opsigelsesinput",
    "overdragelsessvar",
    "plejeforloebsplansvar",
    "tyngdekategorier",
    "undtagelsesinput",
    "vaegtninger",
]

E = TypeVar("E", bound=Enum)
Input = dict[str, object]


class OverdragelsesSvar(TypedDict):
    """Gyldige argumenter til `overdragelsesbetingelser` (fra `overdragelsessvar`).

    Enum-felterne er typet som signaturens (medlem eller navn); ved kørsel giver strategien
    også små bogstaver og tekstværdien, som biblioteket ligeledes tager imod."""

    behandling: IVBehandlingArg
    laegefagligt_egnet: NotRequired[bool | None]
    hjem_egnet: NotRequired[bool | None]
    kommunal_kapacitet: NotRequired[bool | None]
    iv_adgang_velfungerende: NotRequired[bool | None]
    administreres_af_sygeplejerske: NotRequired[bool | None]
    kontakttelefon_doegnet_rundt: NotRequired[bool | None]
    informeret_mundtligt_og_skriftligt: NotRequired[bool | None]
    blandes_i_lukket_system: NotRequired[bool | None]
    vaeske_faerdigblandet: NotRequired[bool | None]
    lokal_videredelegation: NotRequired[bool | None]
    behandlinger_paa_sygehus: NotRequired[int | None]
    iv_adgang_alder: NotRequired[Decimal | int | str | timedelta | None]


class KompetenceSvar(TypedDict):
    """Gyldige argumenter til `kompetencer` (fra `kompetencesvar`)."""

    behandling: IVBehandlingArg
    svar: Afbildning[KompetenceArg, bool | None]


_GRAENSER = (Decimal(5), Decimal(15), Decimal(35))
_SMAA_SKRIDT = (Decimal("0.01"), Decimal("0.0001"), Decimal("1e-12"))


def _kanttimer() -> tuple[Decimal, ...]:
    timer: set[Decimal] = {Decimal("0.01"), Decimal("0.0001"), Decimal("0.25"), Decimal(1)}
    for graense in _GRAENSER:
        timer.add(graense)
        for skridt in _SMAA_SKRIDT:
            timer.update({graense - skridt, graense + skridt})
    timer.update({Decimal(20), Decimal(26), Decimal(500)})
    return tuple(sorted(timer))


KANTTIMER: tuple[Decimal, ...] = _kanttimer()
"""Timer omkring kategorigrænserne 5, 15 og 35 (på, lige under og lige over), kemokurens
0,25 timer, tabel 1's 20 og 26 timer og små positive tal."""

KANTBESOEG: tuple[tuple[int, int], ...] = (
    # (antal besøg, minutter pr. besøg): tabel 1's standardforløb …
    (24, 50),
    (156, 10),
    (4, 30),
    (4, 15),
    (1, 15),
    # … og præcis 5, 15 og 35 timer samt ét besøg under/over.
    (6, 50),
    (5, 50),
    (7, 50),
    (18, 50),
    (17, 50),
    (42, 50),
    (41, 50),
    (43, 50),
    (30, 10),
    (29, 10),
    (90, 10),
    (89, 10),
    (210, 10),
    (209, 10),
    (20, 15),
    (60, 15),
    (140, 15),
    (139, 15),
)
"""Besøg × minutter fra tabel 1 og kombinationer, der rammer 5, 15 og 35 timer eller lige ved."""

_UGYLDIGE_ATOMER: tuple[object, ...] = (
    None,
    True,
    False,
    "",
    "ukendt",
    b"5",
    [5],
    {"timer": 5},
    date(2024, 1, 1),
    object(),
)


def _timer_til_varighed(timer: Decimal) -> timedelta:
    return timedelta(microseconds=int(timer * 3_600_000_000))


def _i_form(timer: Decimal, form: str) -> object:
    if form == "int" and timer == timer.to_integral_value():
        return int(timer)
    if form == "str":
        return str(timer)
    if form == "timedelta" and _timer_til_varighed(timer) > timedelta(0):
        return _timer_til_varighed(timer)
    return timer


_FORMER = st.sampled_from(["decimal", "int", "str", "timedelta"])


def iv_behandlinger(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`IVBehandling` som medlem eller navn; ugyldige: ukendte navne, tal, None."""
    return _enum_vaerdier(IVBehandling, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


def iv_omraader(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`IVOmraade` (tabel 1) som medlem eller navn; ugyldige: ukendte navne, tal, None."""
    return _enum_vaerdier(IVOmraade, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


def tyngdekategorier(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Tyngdekategori` som medlem eller navn; ugyldige: ukendte navne, tal, None."""
    return _enum_vaerdier(Tyngdekategori, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


def opsigelsesgrunde(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Opsigelsesgrund` som medlem eller navn; ugyldige: ukendte navne, tal, None."""
    return _enum_vaerdier(Opsigelsesgrund, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


def vaegtninger(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Vaegtning` som medlem eller navn; ugyldige: ukendte navne, tal, None."""
    return _enum_vaerdier(Vaegtning, gyldig=gyldig, ekstra_ugyldige=_UKENDTE_NAVNE)


def behandlingstimer(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Samlet behandlingstid til `tyngdekategori` som Decimal, int, numerisk streng eller
    timedelta, der favoriserer `KANTTIMER` (grænserne 5, 15 og 35 timer og lige omkring dem).

    Ugyldige: nul og negative tal og varigheder, NaN, uendelig, over 10^9 timer, bool, None,
    tekst, der ikke er et tal, og forkerte typer.
    """
    if gyldig:
        decimaltimer = st.one_of(
            st.sampled_from(KANTTIMER),
            st.decimals(
                min_value=Decimal("0.0001"), max_value=Decimal(500), places=4, allow_nan=False
            ),
        )
        varigheder = st.sampled_from(
            [
                timedelta(hours=int(g)) + timedelta(microseconds=d)
                for g in _GRAENSER
                for d in (-1, 0, 1)
            ]
        )
        return st.one_of(
            st.builds(_i_form, decimaltimer, _FORMER),
            st.integers(min_value=1, max_value=1000),
            varigheder,
        )
    return st.one_of(
        st.sampled_from(
            [
                0,
                -1,
                -5,
                "0",
                "-15",
                Decimal(0),
                Decimal("-0.0001"),
                Decimal("NaN"),
                Decimal("sNaN"),
                Decimal("Infinity"),
                Decimal("-Infinity"),
                float("nan"),
                float("inf"),
                "nan",
                "Infinity",
                "fem",
                "5,5",
                Decimal("1E+10"),
                10**12,
                timedelta(0),
                timedelta(hours=-5),
                timedelta(hours=10**9 + 1),
                *_UGYLDIGE_ATOMER,
            ]
        ),
        st.integers(max_value=0),
        st.decimals(max_value=Decimal(0), allow_nan=False, allow_infinity=False),
    )


def _antal_i_form(antal: int, form: str) -> object:
    return {"str": str(antal), "decimal": Decimal(antal)}.get(form, antal)


_MAKS_BESOEG = 1_000_000
"""Højst så mange besøg med `maks_besoeg`: selv med 240 minutter pr. besøg er tiden langt under
bibliotekets loft."""


@_cache
def _gyldige_besoeg_og_minutter(maks_besoeg: int) -> st.SearchStrategy[tuple[object, object]]:
    par = st.one_of(
        st.sampled_from(KANTBESOEG),
        st.tuples(st.integers(1, maks_besoeg), st.integers(1, 240)),
    )
    return st.builds(
        lambda p, fa, fm: (_antal_i_form(p[0], fa), _antal_i_form(p[1], fm)),
        par,
        _FORMER,
        _FORMER,
    )


def besoeg_og_minutter(
    *, gyldig: bool = True, maks_besoeg: int = 400
) -> st.SearchStrategy[tuple[object, object]]:
    """(antal besøg, minutter pr. besøg) til `timer_fra_besoeg`, der favoriserer `KANTBESOEG`.

    Antal besøg er et helt tal fra 1 til `maks_besoeg` (400, højst 1.000.000; int, heltallig
    Decimal eller streng); minutter er et positivt tal. Ugyldige: nul, negative, brøkdele af
    besøg, NaN, bool, None og tekst (`maks_besoeg` bruges ikke).
    """
    if (
        isinstance(maks_besoeg, bool)
        or not isinstance(maks_besoeg, int)
        or not (1 <= maks_besoeg <= _MAKS_BESOEG)
    ):
        raise _UgyldigVaerdiFejl(
            f"maks_besoeg: fik {_vis(maks_besoeg)}; accepterer et helt tal fra 1 til 1.000.000",
            argument="maks_besoeg",
            vaerdi=maks_besoeg,
        )
    if gyldig:
        return _gyldige_besoeg_og_minutter(maks_besoeg)
    daarligt_antal = st.sampled_from(
        [0, -1, 1.5, "1.5", Decimal("2.5"), 10**13, "nan", *_UGYLDIGE_ATOMER]
    )
    daarlige_minutter = st.sampled_from(
        [0, -10, "0", Decimal("NaN"), "Infinity", 10**10, *_UGYLDIGE_ATOMER]
    )
    return st.one_of(
        st.tuples(daarligt_antal, st.integers(1, 240)),
        st.tuples(st.integers(1, 400), daarlige_minutter),
    )


def _saet(d: Input, felt: str, vaerdi: object) -> Input:
    return {**d, felt: vaerdi}


def _med_en_fejl(
    gyldige: st.SearchStrategy[Input], daarlige: Mapping[str, list[object]]
) -> st.SearchStrategy[Input]:
    """Et gyldigt input, hvor præcis ét felt er skiftet ud med en ugyldig værdi."""
    felt_og_vaerdi = st.one_of(
        *(
            st.tuples(st.just(felt), st.sampled_from(vaerdier))
            for felt, vaerdier in daarlige.items()
        )
    )
    return st.builds(lambda d, fv: _saet(d, fv[0], fv[1]), gyldige, felt_og_vaerdi)


_JA_NEJ_UKENDT = st.sampled_from([True, False, None])
_IKKE_BOOL = ["ja", "nej", 1, 0, "True", Decimal(1), [True]]


def _tal_eller_varighed(
    graense: int, enhed: timedelta, *, nul_tilladt: bool
) -> st.SearchStrategy[object]:
    """Et tal i `enhed` (Decimal, int eller streng) eller en timedelta, der favoriserer
    `graense` og lige omkring den."""
    g = Decimal(graense)
    kant = [g, g - 1, g + 1, g - Decimal("0.01"), g + Decimal("0.01"), Decimal("0.5")]
    varigheder = [graense * enhed + timedelta(microseconds=d) for d in (-1, 0, 1)]
    if nul_tilladt:
        kant.append(Decimal(0))
        varigheder.append(timedelta(0))
    mindst = Decimal(0) if nul_tilladt else Decimal("0.01")
    tal = st.one_of(
        st.sampled_from(kant),
        st.decimals(min_value=mindst, max_value=g * 4, places=2, allow_nan=False),
    )
    return st.one_of(
        st.builds(_i_form, tal, st.sampled_from(["decimal", "int", "str"])),
        st.sampled_from(varigheder),
        st.timedeltas(
            min_value=timedelta(0) if nul_tilladt else timedelta(microseconds=1),
            max_value=graense * 4 * enhed,
        ),
    )


def undtagelsesinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Nøgleordsargumenter til `hospitalsundtagelser` (afsnit 4, Undtagelser).

    Besøg pr. døgn favoriserer 3 og 4 (grænsen »mere end 3«), ophold pr. indgift (minutter
    eller timedelta) favoriserer én time; ja/nej-svar er True/False/None. Ugyldige: ét felt er
    0/negativt/NaN/bool/tekst, eller afvisningen er None.
    """
    gyldige = st.fixed_dictionaries(
        {
            "besoeg_pr_doegn": st.one_of(
                st.none(),
                st.sampled_from([3, 4, 1, "3", Decimal(4)]),
                st.integers(min_value=1, max_value=12),
            ),
            "indgift_i_lukket_system": _JA_NEJ_UKENDT,
            "ophold_pr_indgift": st.one_of(
                st.none(), _tal_eller_varighed(60, timedelta(minutes=1), nul_tilladt=False)
            ),
        },
        optional={
            "konkret_aftale_om_kommunal_varetagelse": _JA_NEJ_UKENDT,
            "kommunen_afviser_af_hensyn_til_patientsikkerhed": st.booleans(),
        },
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "besoeg_pr_doegn": [0, -1, 1.5, "2.5", True, "tre", Decimal("NaN"), [3]],
            "indgift_i_lukket_system": _IKKE_BOOL,
            "ophold_pr_indgift": [0, -5, "0", Decimal("NaN"), True, timedelta(0), "x", [60]],
            "konkret_aftale_om_kommunal_varetagelse": _IKKE_BOOL,
            "kommunen_afviser_af_hensyn_til_patientsikkerhed": [None, *_IKKE_BOOL],
        },
    )


_FAELLES_SVAR = (
    "laegefagligt_egnet",
    "hjem_egnet",
    "kommunal_kapacitet",
    "iv_adgang_velfungerende",
    "administreres_af_sygeplejerske",
    "kontakttelefon_doegnet_rundt",
    "informeret_mundtligt_og_skriftligt",
)
_KUN_FOR: dict[str, IVBehandling] = {
    "blandes_i_lukket_system": IVBehandling.ANTIBIOTIKA,
    "vaeske_faerdigblandet": IVBehandling.VAESKE,
    "lokal_videredelegation": IVBehandling.VAESKE,
}


def _overdragelse(behandling: IVBehandling, navn: str) -> st.SearchStrategy[Input]:
    svar: dict[str, st.SearchStrategy[Any]] = {f: _JA_NEJ_UKENDT for f in _FAELLES_SVAR}
    svar.update({f: _JA_NEJ_UKENDT for f, b in _KUN_FOR.items() if b is behandling})
    svar["behandlinger_paa_sygehus"] = st.one_of(
        st.none(), st.sampled_from([0, 1, 2, 3]), st.integers(min_value=0, max_value=20)
    )
    svar["iv_adgang_alder"] = st.one_of(
        st.none(), _tal_eller_varighed(24, timedelta(hours=1), nul_tilladt=True)
    )
    tilfaeldige = st.fixed_dictionaries(
        {"behandling": st.sampled_from([behandling, behandling.name, navn])}, optional=svar
    )
    return st.one_of(tilfaeldige, _gunstig_overdragelse(behandling, navn))


_UGUNSTIGE_SVAR: tuple[object, ...] = (False, None, "udeladt")


@st.composite
def _gunstig_overdragelse(draw: st.DrawFn, behandling: IVBehandling, navn: str) -> Input:
    """Alle betingelser opfyldt (alle svar True, nok behandlinger, en ung IV-adgang) — eller
    højst ét svar skiftet ud med nej/ukendt/udeladt, så grenene »opfyldt« og »ét krav
    mangler« nås uden at vente på syv heldige træk i træk (issue 19)."""
    mindst = MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS[behandling]
    felter = [*_FAELLES_SVAR, *(f for f, b in _KUN_FOR.items() if b is behandling)]
    input_: Input = {"behandling": draw(st.sampled_from([behandling, behandling.name, navn]))}
    input_.update(dict.fromkeys(felter, True))
    input_["behandlinger_paa_sygehus"] = draw(st.integers(mindst, mindst + 3))
    input_["iv_adgang_alder"] = draw(
        st.sampled_from([0, 1, 23, "23.99", timedelta(hours=23, minutes=59), timedelta(0)])
    )
    if draw(st.booleans()):
        felt = draw(st.sampled_from(felter))
        ugunstig = draw(st.sampled_from(_UGUNSTIGE_SVAR))
        if ugunstig == "udeladt":
            del input_[felt]
        else:
            input_[felt] = ugunstig
    return input_


@overload
def overdragelsessvar(
    *, gyldig: Literal[True] = ..., behandling: IVBehandling | None = None
) -> st.SearchStrategy[OverdragelsesSvar]: ...
@overload
def overdragelsessvar(
    *, gyldig: Literal[False], behandling: IVBehandling | None = None
) -> st.SearchStrategy[Input]: ...
@overload
def overdragelsessvar(
    *, gyldig: bool, behandling: IVBehandling | None = None
) -> st.SearchStrategy[OverdragelsesSvar | Input]: ...
def overdragelsessvar(
    *, gyldig: bool = True, behandling: IVBehandling | None = None
) -> st.SearchStrategy[Any]:
    """Argumenter til `overdragelsesbetingelser` (Syddanmarks samarbejdsaftaler).

    En dict med `behandling` (medlem eller navn) og et udvalg af ja/nej/ukendt-svar
    (True/False/None), antal behandlinger på sygehuset (favoriserer 1 og 2) og IV-adgangens
    alder (timer eller timedelta, favoriserer 24 timer). Svar, der kun gælder den ene aftale,
    gives kun for den. `behandling` låser aftalen. Ugyldige: ét svar er ikke bool/None, et
    antal eller en alder er negativ/brøk/NaN, en ukendt behandling, eller et svar, der kun
    gælder den anden aftale, er givet.
    """
    valg = list(IVBehandling) if behandling is None else [behandling]
    gyldige = st.one_of(*(_overdragelse(b, b.name.lower()) for b in valg))
    if gyldig:
        return gyldige
    forkert_aftale = st.one_of(
        *(
            st.builds(_saet, _overdragelse(b, b.name), st.just(felt), st.booleans())
            for felt, kun in _KUN_FOR.items()
            for b in valg
            if b is not kun
        )
    )
    daarlige: dict[str, list[object]] = {f: _IKKE_BOOL for f in _FAELLES_SVAR}
    daarlige.update(
        {
            "behandling": ["blod", "", None, 1, IVOmraade.ANTIBIOTIKA],
            "behandlinger_paa_sygehus": [-1, 1.5, "to", True, Decimal("NaN"), 10**13],
            "iv_adgang_alder": [
                -1,
                "-0.5",
                Decimal("NaN"),
                "Infinity",
                True,
                "x",
                10**10,
                timedelta(hours=-1),
                [1],
            ],
        }
    )
    return st.one_of(_med_en_fejl(gyldige, daarlige), forkert_aftale)


def ansvarssvar(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Argumenter til `behandlingsansvar`: afsluttet/relateret som True/False/None og evt.
    behandlingen. Ugyldige: et svar, der ikke er bool/None, eller en ukendt behandling."""
    gyldige = st.fixed_dictionaries(
        {
            "iv_behandling_afsluttet": _JA_NEJ_UKENDT,
            "relateret_til_iv_behandlingen": _JA_NEJ_UKENDT,
        },
        optional={"behandling": iv_behandlinger()},
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "iv_behandling_afsluttet": _IKKE_BOOL,
            "relateret_til_iv_behandlingen": _IKKE_BOOL,
            "behandling": ["blod", 1, ""],
        },
    )


def _noegle(kategori: Tyngdekategori, form: int) -> object:
    return (kategori, kategori.name, kategori.name.lower())[form % 3]


def antal_pr_kategori(
    *, gyldig: bool = True, heltal: bool = False, mindst_et_forloeb: bool = True
) -> st.SearchStrategy[object]:
    """Antal forløb pr. `Tyngdekategori` (medlem eller navn som nøgle), som i
    `aktivitetsopfoelgning` og `kvartalsopgoerelse`.

    `heltal=True` giver kun hele tal (kvartalsopgørelsen kræver det); ellers også Decimal og
    strenge. `mindst_et_forloeb` sikrer mindst ét forløb i kategori 1–4 (en forventning skal
    have det). Ugyldige: negative/NaN/bool-antal, ukendte nøgler, samme kategori to gange eller
    noget, der ikke er en dict.
    """
    fire = [k for k in Tyngdekategori if k is not Tyngdekategori.KEMOKUR]
    antal = st.integers(min_value=0, max_value=10_000)
    if not heltal:
        antal = st.one_of(
            antal,
            st.builds(str, antal),
            st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False),
        )

    def byg(tal: dict[Tyngdekategori, object], former: list[int], tvunget: int) -> object:
        if mindst_et_forloeb and all(
            Decimal(str(v)) == 0 for k, v in tal.items() if k is not Tyngdekategori.KEMOKUR
        ):
            tal[fire[tvunget % 4]] = 100
        return {_noegle(k, f): v for (k, v), f in zip(tal.items(), former, strict=False)}

    gyldige = st.builds(
        byg,
        st.dictionaries(st.sampled_from(list(Tyngdekategori)), antal, min_size=0, max_size=5),
        st.lists(st.integers(0, 2), min_size=5, max_size=5),
        st.integers(0, 3),
    )
    if gyldig:
        return gyldige
    return st.one_of(
        st.sampled_from(
            [
                [100],
                "KATEGORI_1",
                None,
                100,
                {"KATEGORI_9": 1},
                {1: 5},
                {Tyngdekategori.KATEGORI_1: -1},
                {Tyngdekategori.KATEGORI_1: True},
                {Tyngdekategori.KATEGORI_1: Decimal("NaN")},
                {Tyngdekategori.KATEGORI_1: "mange"},
                {Tyngdekategori.KATEGORI_1: None},
                {Tyngdekategori.KATEGORI_2: 10**13},
                {Tyngdekategori.KATEGORI_1: 1, "KATEGORI_1": 2},
            ]
        ),
        # en gyldig dict med en nøgle fra en anden enum
        st.builds(lambda d: {**d, IVOmraade.ANTIBIOTIKA: 1} if isinstance(d, dict) else d, gyldige),
    )


def _faktisk(forventet: object, faktor: Decimal) -> object:
    assert isinstance(forventet, dict)
    return {k: Decimal(str(v)) * faktor for k, v in forventet.items()}


_FAKTORER = [Decimal("1.2"), Decimal("1.19"), Decimal("1.21"), Decimal(1), Decimal(0), Decimal(2)]


def aktivitetsinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Argumenter til `aktivitetsopfoelgning` (afsnit 5: »efter 6 måneder … minimum 20 %«).

    Den faktiske aktivitet er ofte den forventede gange 1,2 (præcis 20 % over), 1,19 eller
    1,21, og opgørelsesdatoen ligger ofte præcis 6 måneder efter aftalestart eller dagen før.
    Ugyldige: en forventning uden forløb i kategori 1–4, negative eller ukendte antal, en
    opgørelsesdato før aftalestart eller en ukendt vægtning.
    """
    start = datoer()

    def opgjort(s: object, maaneder: int, dage: int) -> date:
        assert isinstance(s, date)
        return max(s, s + relativedelta(months=maaneder) + timedelta(days=dage))

    gyldige = st.builds(
        lambda forv, faktor, s, maaneder, dage, extra: {
            "forventet": forv,
            "faktisk": _faktisk(forv, faktor),
            "aftalestart": s,
            "opgoerelsesdato": opgjort(s, maaneder, dage),
            **extra,
        },
        antal_pr_kategori(),
        st.one_of(
            st.sampled_from(_FAKTORER),
            st.decimals(min_value=0, max_value=3, places=2, allow_nan=False),
        ),
        start,
        st.sampled_from([6, 6, 0, 3, 12, 24]),
        st.sampled_from([0, -1, 1, 0]),
        st.fixed_dictionaries({}, optional={"vaegtning": vaegtninger()}),
    )
    if gyldig:
        return gyldige
    for_tidlig = st.builds(
        lambda d: {**d, "opgoerelsesdato": d["aftalestart"] - timedelta(days=1)}, gyldige
    )
    return st.one_of(
        _med_en_fejl(
            gyldige,
            {
                "forventet": [{}, {Tyngdekategori.KEMOKUR: 10}, {"KATEGORI_1": 0}, [1], None],
                "faktisk": [{"KATEGORI_9": 1}, {Tyngdekategori.KATEGORI_1: -1}, "mange", None],
                "aftalestart": ["2020-13-01", 20200101, None],
                "vaegtning": ["KRONER", 1, None],
            },
        ),
        for_tidlig,
    )


def kvartalsinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Argumenter til `kvartalsopgoerelse` (afsnit 6: opfølgning hver 3. måned).

    Antal pr. kategori (hele tal), evt. pr. IV-område, samlet behandlingstid, besøg og
    kvalitetstal (None = ikke opgjort). Ugyldige: kvartal 0 eller 5, negative eller brøkdele
    af antal, ukendte nøgler.
    """
    tal = st.one_of(st.none(), st.integers(min_value=0, max_value=500))
    gyldige = st.fixed_dictionaries(
        {
            "aar": st.integers(min_value=2018, max_value=2030),
            "kvartal": st.integers(min_value=1, max_value=4),
            "antal_pr_kategori": antal_pr_kategori(heltal=True, mindst_et_forloeb=False),
        },
        optional={
            "antal_pr_omraade": st.one_of(
                st.none(),
                st.dictionaries(st.sampled_from(list(IVOmraade)), st.integers(0, 500), max_size=6),
            ),
            "samlet_behandlingstid_timer": st.one_of(
                st.none(), st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False)
            ),
            "antal_besoeg": tal,
            "genindlaeggelser": tal,
            "komplikationer": tal,
            "utilsigtede_haendelser": tal,
            "kontakter_almen_praksis": tal,
            "kontakter_vagtlaege": tal,
            "kontakter_behandlingsansvarlig_laege": tal,
        },
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "aar": [0, 10_000, "tyve", True],
            "kvartal": [0, 5, 2.5, None],
            "antal_pr_kategori": [[1], {"KATEGORI_1": 1.5}, {"X": 1}, {"KATEGORI_1": -1}],
            "antal_pr_omraade": [{"dialyse": 1}, [1], {"ANTIBIOTIKA": -1}],
            "samlet_behandlingstid_timer": [-1, "nan", True],
            "antal_besoeg": [-1, 1.5, True],
            "komplikationer": [-1, "mange"],
        },
    )


def halvaarsinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Argumenter til `halvaarsopgoerelse` (Syddanmarks halvårlige data).

    Antal borgere med komplikationer kan være flere end de henviste (kilden knytter ikke de
    to tal til de samme borgere: en borger henvist i ét halvår kan få komplikationer i det
    næste). Ugyldige: halvår 0 eller 3, tom enhed, afdelinger som én streng, negative tal.
    """

    def byg(d: Input, henvist: int, kompl: int) -> Input:
        return {**d, "antal_borgere_henvist": henvist, "antal_borgere_med_komplikationer": kompl}

    grund = st.fixed_dictionaries(
        {
            "behandling": iv_behandlinger(),
            "aar": st.integers(min_value=2018, max_value=2030),
            "halvaar": st.sampled_from([1, 2, "1", "2"]),
        },
        optional={
            "enhed": st.one_of(st.none(), st.sampled_from(["Odense Kommune", "OUH"])),
            "gennemsnitlig_behandlingsvarighed_dage": st.one_of(
                st.none(), st.decimals(min_value=0, max_value=60, places=1, allow_nan=False)
            ),
            "ordinerende_sygehusafdelinger": st.one_of(
                st.none(),
                st.lists(st.sampled_from(["Infektionsmedicin", "Lunge", " Kirurgi "]), max_size=4),
            ),
        },
    )
    gyldige = st.one_of(
        grund,
        st.builds(
            byg, grund, st.integers(min_value=0, max_value=500), st.integers(0, max_value=500)
        ),
    )
    if gyldig:
        return gyldige
    return st.one_of(
        _med_en_fejl(
            gyldige,
            {
                "behandling": ["blod", None],
                "aar": [0, "i år"],
                "halvaar": [0, 3, "3", None],
                "enhed": ["", "  ", 5],
                "ordinerende_sygehusafdelinger": ["Lunge", [""], [5], 3],
                "gennemsnitlig_behandlingsvarighed_dage": [-1, "NaN", True],
            },
        ),
        st.builds(byg, grund, st.just(-1), st.just(0)),
    )


def _id() -> st.SearchStrategy[object]:
    return st.one_of(st.none(), st.integers(), st.text(max_size=8))


def _med_id(raekke: Input, ident: object, har_id: bool) -> Input:
    return {"id": ident, **raekke} if har_id else raekke


def iv_forloeb(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """Én række til `vurder_forloeb`: `timer`, eller `antal_besoeg` og `minutter_pr_besoeg`,
    eller afslutning af kemokur; evt. med `id`.

    Ugyldige rækker (som giver en post med `fejl`, ikke en undtagelse): ikke en dict, ukendte
    felter, både timer og besøg, ingen tid, ugyldige tal eller en kemokur-markering, der ikke
    er bool.
    """
    kemokur_nej = st.fixed_dictionaries({}, optional={"afslutning_af_kemokur": st.just(False)})
    gyldige: st.SearchStrategy[Input] = st.one_of(
        st.builds(lambda t, k: {"timer": t, **k}, behandlingstimer(), kemokur_nej),
        st.builds(
            lambda bm, k: {"antal_besoeg": bm[0], "minutter_pr_besoeg": bm[1], **k},
            besoeg_og_minutter(),
            kemokur_nej,
        ),
        st.fixed_dictionaries(
            {"afslutning_af_kemokur": st.just(True)}, optional={"timer": behandlingstimer()}
        ),
    )
    med_id = st.builds(_med_id, gyldige, _id(), st.booleans())
    if gyldig:
        return med_id
    return st.one_of(
        st.sampled_from([None, 5, "timer=5", [("timer", 5)], {}, {"id": "uden tid"}]),
        st.builds(lambda d: {**d, "ukendt_felt": 1}, med_id),
        st.builds(lambda t: {"timer": t}, behandlingstimer(gyldig=False)),
        st.builds(
            lambda bm: {"antal_besoeg": bm[0], "minutter_pr_besoeg": bm[1]},
            besoeg_og_minutter(gyldig=False),
        ),
        st.builds(
            lambda t, bm: {"timer": t, "antal_besoeg": bm[0], "minutter_pr_besoeg": bm[1]},
            behandlingstimer(),
            besoeg_og_minutter(),
        ),
        st.builds(lambda bm: {"antal_besoeg": bm[0]}, besoeg_og_minutter()),
        st.builds(
            lambda t, k: {"timer": t, "afslutning_af_kemokur": k},
            behandlingstimer(),
            st.sampled_from([*_IKKE_BOOL, None]),
        ),
    )


def iv_forloebslister(
    *, gyldig: bool = True, max_size: int = 10
) -> st.SearchStrategy[list[object]]:
    """Hele batches til `vurder_forloeb`: lister af `iv_forloeb`.

    Med `gyldig=False` indeholder listen mindst én ugyldig række (mellem gyldige); batchen
    standser ikke, men den rækkes post har `fejl` udfyldt.
    """
    if gyldig:
        return st.lists(iv_forloeb(), max_size=max_size)
    halv = max((max_size - 1) // 2, 0)  # de to halvdele og den ugyldige række: højst max_size
    return st.builds(
        lambda foer, daarlig, efter: [*foer, daarlig, *efter],
        st.lists(iv_forloeb(), max_size=halv),
        iv_forloeb(gyldig=False),
        st.lists(iv_forloeb(), max_size=halv),
    )


# ---------------------------------------------------------------------------
# Issue 12: hvis penge, opsigelse, delegation, IV-kassen, plejeforløbsplan, kompetencer
# ---------------------------------------------------------------------------


def iv_regioner(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`IVRegion` som medlem eller navn; ugyldige: ukendte navne, tal, None."""
    return _enum_vaerdier(IVRegion, gyldig=gyldig, ekstra_ugyldige=("HOVEDSTADEN", "syd"))


def leverancer(*, gyldig: bool = True) -> st.SearchStrategy[object]:
    """`Leverance` som medlem eller navn; ugyldige: ukendte navne, tal, None."""
    return _enum_vaerdier(Leverance, gyldig=gyldig, ekstra_ugyldige=("SPRØJTE", "pumpe"))


def opsigelsesinput(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Argumenter til `opsigelse`: varslingsdato, grund og de to forudsætninger for det korte
    varsel som True/False/None. Ugyldige: ukendt grund, et svar, der ikke er bool/None, eller
    en dato, der ikke er en dato."""
    gyldige = st.fixed_dictionaries(
        {
            "varslingsdato": datoer(),
            "grund": opsigelsesgrunde(),
        },
        optional={
            "overskridelse_mindst_20_procent_efter_6_maaneder": _JA_NEJ_UKENDT,
            "enighed_om_finansiering_af_meraktivitet": _JA_NEJ_UKENDT,
        },
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "varslingsdato": ["2020-13-01", 20200101, None],
            "grund": ["straks", 3, None],
            "overskridelse_mindst_20_procent_efter_6_maaneder": _IKKE_BOOL,
            "enighed_om_finansiering_af_meraktivitet": _IKKE_BOOL,
        },
    )


def delegationssvar(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Argumenter til `videredelegation`: behandling og tre ja/nej/ukendt-svar. Ugyldige: et
    svar, der ikke er bool/None, eller en ukendt behandling."""
    gyldige = st.fixed_dictionaries(
        {"behandling": iv_behandlinger(), "hele_administrationen": _JA_NEJ_UKENDT},
        optional={"lokalt_initiativ": _JA_NEJ_UKENDT, "kompetencer_sikret": _JA_NEJ_UKENDT},
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(
        gyldige,
        {
            "behandling": ["blod", 1, None],
            "hele_administrationen": _IKKE_BOOL,
            "lokalt_initiativ": _IKKE_BOOL,
            "kompetencer_sikret": _IKKE_BOOL,
        },
    )


_PLANSVAR = (
    "sendt",
    "information_om_patient_og_behandlingsforloeb",
    "reference_til_samarbejdsaftalen",
    "kontaktoplysninger_paa_afdelingen",
    "telefonnummer_doegnet_rundt",
)


def plejeforloebsplansvar(*, gyldig: bool = True) -> st.SearchStrategy[Input]:
    """Argumenter til `plejeforloebsplan`: behandling og planens fem punkter som
    True/False/None (udeladt = ukendt). Ugyldige: et svar, der ikke er bool/None."""
    gyldige = st.fixed_dictionaries(
        {"behandling": iv_behandlinger()}, optional=dict.fromkeys(_PLANSVAR, _JA_NEJ_UKENDT)
    )
    if gyldig:
        return gyldige
    return _med_en_fejl(gyldige, {**dict.fromkeys(_PLANSVAR, _IKKE_BOOL), "behandling": [1]})


def _kompetencer(behandling: IVBehandling, form: int) -> st.SearchStrategy[Input]:
    krav = list(KOMPETENCEKRAV[behandling])
    noegle = st.sampled_from(krav).map(lambda k: (k, k.name, k.name.lower())[form % 3])
    tilfaeldige = st.dictionaries(noegle, _JA_NEJ_UKENDT, max_size=len(krav)).filter(
        lambda d: len({str(getattr(k, "name", k)).upper() for k in d}) == len(d)
    )
    # Alle krav opfyldt, evt. med ét svar nej/ukendt/udeladt: grenen »alle kompetencer« kræver
    # ellers 6-7 heldige træk i træk.
    alle_ja = {(k, k.name, k.name.lower())[form % 3]: True for k in krav}
    gunstige = st.builds(
        _undtagen_et,
        st.just(alle_ja),
        st.one_of(st.none(), st.sampled_from(list(alle_ja))),
        st.sampled_from(_UGUNSTIGE_SVAR),
    )
    return st.builds(
        lambda svar: {"behandling": behandling, "svar": svar},
        st.one_of(tilfaeldige, gunstige),
    )


def _undtagen_et(alle: dict[Any, object], felt: object, ugunstig: object) -> dict[Any, object]:
    """`alle`, evt. med `felt` sat til `ugunstig` (eller udeladt)."""
    svar = dict(alle)
    if felt is not None:
        if ugunstig == "udeladt":
            del svar[felt]
        else:
            svar[felt] = ugunstig
    return svar


@overload
def kompetencesvar(*, gyldig: Literal[True] = ...) -> st.SearchStrategy[KompetenceSvar]: ...
@overload
def kompetencesvar(*, gyldig: Literal[False]) -> st.SearchStrategy[Input]: ...
@overload
def kompetencesvar(*, gyldig: bool) -> st.SearchStrategy[KompetenceSvar | Input]: ...
def kompetencesvar(*, gyldig: bool = True) -> st.SearchStrategy[Any]:
    """Argumenter til `kompetencer`: behandling og en dict fra `Kompetence` (medlem eller navn)
    til True/False/None. Ugyldige: et kompetenceområde fra den anden aftale, et svar, der ikke
    er bool/None, eller et `svar`, der ikke er en dict."""
    gyldige = st.one_of(
        *(_kompetencer(b, f) for b in IVBehandling for f in range(3)),
    )
    if gyldig:
        return gyldige
    fremmed = {
        IVBehandling.VAESKE: Kompetence.GENOPLIVNING,
        IVBehandling.ANTIBIOTIKA: Kompetence.VAESKE_OG_ELEKTROLYTTERAPI,
    }
    return st.one_of(
        st.sampled_from(list(IVBehandling)).map(
            lambda b: {"behandling": b, "svar": {fremmed[b]: True}}
        ),
        st.sampled_from(list(IVBehandling)).map(
            lambda b: {"behandling": b, "svar": {next(iter(KOMPETENCEKRAV[b])): "ja"}}
        ),
        st.sampled_from([[True], "ja", None, 1]).map(
            lambda v: {"behandling": IVBehandling.VAESKE, "svar": v}
        ),
    )


_kontroller_ja_nej(globals())
