"""Depressionsprogrammets fejlbeskeder og kanttilfælde, fundet af mutationstesten (issue 15).

Husets regel for fejl (STYLE.md, punkt 8): beskeden nævner argumentet, det givne og det, der
accepteres. Her prøves det for hvert argument i de depressionsregler, hvor en forkert
argumentnavn i beskeden ellers ikke blev opdaget, og for et par kanttilfælde ved kalenderens
begyndelse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, cast

import pytest

from forloebsregler import (
    ForloebsreglerFejl,
    Rehabiliteringselement,
    Svaerhedsgrad,
    beregn_rehabiliteringsudgift,
    faser_for_niveau,
    medicinsamtale_paa_apoteket,
    rygestop,
    stratificer_mange,
    vurder_kompleksitet,
    vurder_phq2,
)
from forloebsregler.fejl import PeriodeFejl, UgyldigTypeFejl, UgyldigVaerdiFejl

_EN: Any = 1  # kaldene nedenfor giver bevidst forkerte typer (`vis` viser den som »1 (type int)«)

_DATO = {"dato": "2024-06-30"}


@pytest.mark.parametrize(
    ("funktion", "kw", "argument"),
    [
        (rygestop, {"dato": 5}, "dato"),
        (rygestop, {**_DATO, "rygeophoer": "ikke en dato"}, "rygeophoer"),
        (
            rygestop,
            {**_DATO, "samtykke_til_afslutningsnotat": "ja"},
            "samtykke_til_afslutningsnotat",
        ),
        (medicinsamtale_paa_apoteket, {"dato": 5}, "dato"),
        (
            medicinsamtale_paa_apoteket,
            {**_DATO, "medicin_ordineret_siden": "ikke en dato"},
            "medicin_ordineret_siden",
        ),
        (
            medicinsamtale_paa_apoteket,
            {**_DATO, "medicin_for_kronisk_sygdom": "ja"},
            "medicin_for_kronisk_sygdom",
        ),
        (
            medicinsamtale_paa_apoteket,
            {**_DATO, "manglende_medicinefterlevelse": "ja"},
            "manglende_medicinefterlevelse",
        ),
        (
            medicinsamtale_paa_apoteket,
            {**_DATO, "ny_medicin_ordineret": "ikke en dato"},
            "ny_medicin_ordineret",
        ),
        (
            medicinsamtale_paa_apoteket,
            {**_DATO, "ny_medicin_ved_kronisk_diagnose": "ja"},
            "ny_medicin_ved_kronisk_diagnose",
        ),
        (vurder_phq2, {"score": 3, "taerskel": 7}, "taerskel"),
        (vurder_phq2, {"score": 7}, "score"),
        (vurder_kompleksitet, {"komplicerende": 5}, "komplicerende"),
        (vurder_kompleksitet, {"styrkende": 5}, "styrkende"),
        (vurder_kompleksitet, {"hoej_kompleksitet": "ja"}, "hoej_kompleksitet"),
    ],
)
def test_beskeden_naevner_argumentet(
    funktion: Callable[..., object], kw: dict[str, Any], argument: str
) -> None:
    with pytest.raises(ForloebsreglerFejl) as fejl:
        funktion(**kw)
    assert str(fejl.value).startswith(f"{argument}: ")


@pytest.mark.parametrize("argument", ["medicin_ordineret_siden", "ny_medicin_ordineret"])
def test_apotekets_datoer_efter_datoen(argument: str) -> None:
    with pytest.raises(PeriodeFejl) as fejl:
        kw: dict[str, Any] = {**_DATO, argument: "2024-07-01"}
        medicinsamtale_paa_apoteket(**kw)
    assert str(fejl.value) == f"{argument}: fik 2024-07-01, som er efter dato 2024-06-30"


def test_rygeophoer_efter_datoen() -> None:
    with pytest.raises(PeriodeFejl) as fejl:
        rygestop(dato="2024-06-30", rygeophoer="2024-07-01")
    assert str(fejl.value) == "rygeophoer: fik 2024-07-01, som er efter dato 2024-06-30"


def test_tidligere_deltaget_skal_vaere_bool() -> None:
    with pytest.raises(UgyldigTypeFejl) as fejl:
        rygestop(dato="2024-06-30", tidligere_deltaget=_EN)
    assert str(fejl.value) == "tidligere_deltaget: fik 1 (type int); accepterer True eller False"


def test_svaerhedsgrad_sammenlignes_kun_med_svaerhedsgrad() -> None:
    with pytest.raises(UgyldigTypeFejl) as fejl:
        _ = Svaerhedsgrad.LET < _EN
    assert str(fejl.value) == (
        "andet: fik 1 (type int); accepterer kun en Svaerhedsgrad at sammenligne med"
    )


def test_phq2_med_kalderens_taerskel() -> None:
    """En anden tærskel end Sundhedsprofilens 4 nævnes i begrundelsen efter vurderingen."""
    r = vurder_phq2(3, taerskel=3)
    assert r.tegn_paa_depression is True
    assert r.begrundelse.startswith("PHQ-2-score 3 er over eller lig tærsklen 3: tegn på")
    assert r.begrundelse.endswith(
        " Tærsklen er valgt af kalderen; Sundhedsprofilens er 4 (se fortolkningsloggen DEP-07)."
    )


def test_datoer_ved_kalenderens_begyndelse_uden_ophoer_eller_ny_medicin() -> None:
    """Uden rygeophør eller ny medicin regnes der ikke 6 måneder tilbage fra datoen, så en dato
    tidligt i år 1 giver et svar (ikke en fejl om kalenderens grænse)."""
    assert rygestop(dato="0001-03-01").svar.name == "OPFYLDT"
    assert medicinsamtale_paa_apoteket(dato="0001-03-01").svar.name == "KAN_IKKE_AFGOERES"


def test_faser_for_niveau_naevner_argumentet() -> None:
    with pytest.raises(ForloebsreglerFejl) as fejl:
        faser_for_niveau(cast(Any, "MEGET_SVAER"))
    assert str(fejl.value).startswith("niveau: ")


# --------------------------------------------------------------------------- rehabiliteringsudgift


class _Defekt:
    """En samling, der fejler, når den gennemløbes."""

    def __iter__(self) -> Iterator[object]:
        raise RuntimeError("defekt")

    def __repr__(self) -> str:
        return "Defekt()"


@pytest.mark.parametrize(
    ("elementer", "besked"),
    [
        (5, "elementer: fik 5 (type int); accepterer en samling af Rehabiliteringselement"),
        (
            "abc",
            "elementer: fik 'abc' (type str); accepterer en samling af Rehabiliteringselement",
        ),
        ([], "elementer: fik en tom samling; accepterer mindst ét element"),
        ([5], "elementer[0]: fik 5 (type int); accepterer et Rehabiliteringselement"),
    ],
)
def test_rehabiliteringselementerne_afvises(elementer: object, besked: str) -> None:
    with pytest.raises(ForloebsreglerFejl) as fejl:
        beregn_rehabiliteringsudgift(elementer=cast(Any, elementer))
    assert str(fejl.value) == besked


@pytest.mark.parametrize(
    ("felter", "argument"),
    [
        (("", 1, 1, Decimal(1)), "navn"),
        (("samtale", 0, 1, Decimal(1)), "deltagere"),
        (("samtale", 1, -1, Decimal(1)), "sundhedsprofessionelle"),
        (("samtale", 1, 1, Decimal(-1)), "timer_pr_medarbejder"),
    ],
)
def test_rehabiliteringselementets_felter(felter: tuple[Any, ...], argument: str) -> None:
    """Navnet er en ikke-tom tekst, mindst 1 deltager, mindst 0 fagpersoner og timer."""
    with pytest.raises(ForloebsreglerFejl) as fejl:
        Rehabiliteringselement(*felter)
    assert str(fejl.value).startswith(f"{argument}: ")


def test_rehabiliteringselementer_der_ikke_kan_gennemloebes() -> None:
    with pytest.raises(UgyldigTypeFejl) as fejl:
        beregn_rehabiliteringsudgift(elementer=cast(Any, _Defekt()))
    assert str(fejl.value).startswith("elementer: kunne ikke gennemløbe ")
    assert "Defekt()" in str(fejl.value)


def test_timeprisens_loft() -> None:
    """Timeprisen må højst være 1.000.000 kr. (MAKS_TIMEPRIS); loftet selv er tilladt."""
    assert beregn_rehabiliteringsudgift(1_000_000).timepris == Decimal(1_000_000)
    with pytest.raises(UgyldigVaerdiFejl) as fejl:
        beregn_rehabiliteringsudgift(1_000_001)
    assert str(fejl.value).startswith("timepris: ")


def test_rehabiliteringsudgiften_afrundes_halvt_op() -> None:
    """Hver linje afrundes halvt op til øre (docstringen): 1 × 1 time × 0,125 kr. / 1 deltager
    er 0,125 kr. → 0,13 kr. (halvt lige ville give 0,12)."""
    element = Rehabiliteringselement("samtale", 1, 1, Decimal(1))
    r = beregn_rehabiliteringsudgift(Decimal("0.125"), [element])
    assert r.linjer[0].udgift_pr_borger == Decimal("0.13")
    assert r.i_alt_pr_borger == Decimal("0.13")


# --------------------------------------------------------------------------- stratificer_mange

_NOEGLERNE = (
    "fortolkning, hoej_kompleksitet, kernesymptomer, komplicerende, ledsagesymptomer, styrkende"
)


def test_batchraekke_der_ikke_er_en_dict() -> None:
    (post,) = stratificer_mange(cast(Any, [5]))
    assert post["fejl"] == (
        f"række 1: raekke: fik 5 (type int); accepterer en dict med nøglerne {_NOEGLERNE}"
    )


def test_batchraekke_med_ukendte_noegler() -> None:
    (post,) = stratificer_mange([{"kernesymptomer": [], "ledsagesymptomer": [], "x": 1, "y": 2}])
    assert post["fejl"] == f"række 1: raekke: ukendte nøgler x, y; accepterer {_NOEGLERNE}"


def test_batch_der_ikke_kan_gennemloebes() -> None:
    with pytest.raises(UgyldigTypeFejl) as fejl:
        stratificer_mange(cast(Any, _Defekt()))
    assert str(fejl.value).startswith("raekker: kunne ikke gennemløbe ")
    assert "Defekt()" in str(fejl.value)


@pytest.mark.parametrize("navn", ["NA", "NaT"])
def test_pandas_ikke_oplyst_i_en_symptomliste(navn: str) -> None:
    """pandas' NA og NaT betyder »ikke oplyst« som None (batchkontrakten); en manglende
    symptomliste er en fejl i rækken."""
    pd = pytest.importorskip("pandas")
    (post,) = stratificer_mange([{"kernesymptomer": getattr(pd, navn), "ledsagesymptomer": []}])
    assert post["fejl"] == (
        "række 1: kernesymptomer: ikke oplyst; feltet er påkrævet (en tom liste gives som [])"
    )
