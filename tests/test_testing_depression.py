"""Strategierne i `forloebsregler.testing.depression`: gyldige træk accepteres og giver
resultater af den rette slags, ugyldige træk afvises med `ForloebsreglerFejl`, og kanterne
nås."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

import pytest
from hypothesis import find, given
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from forloebsregler import ForloebsreglerFejl
from forloebsregler.apotek import medicinsamtale_paa_apoteket
from forloebsregler.behandling import (
    behandlingsregler,
    internetbehandling,
    medicinopstart,
)
from forloebsregler.diagnose import vurder_diagnose
from forloebsregler.kompleksitet import (
    KomplicerendeFaktor,
    StyrkendeFaktor,
    vurder_kompleksitet,
)
from forloebsregler.koordinator import koordinerende_kontaktperson
from forloebsregler.livsstil import rygestop, vurder_alkohol
from forloebsregler.maalgruppe import i_maalgruppen
from forloebsregler.psykiatri import henvisning_til_regionspsykiatrien, psykiatrisk_modtagelse
from forloebsregler.rehabilitering import (
    Rehabiliteringselement,
    beregn_rehabiliteringsudgift,
    kommunal_rehabilitering,
)
from forloebsregler.samtykke import informationsudveksling
from forloebsregler.screening import vurder_phq2
from forloebsregler.stratificering import Afgoerelse, stratificer, stratificer_mange
from forloebsregler.stratificeringsmodel import Stratificeringsniveau, faser_for_niveau
from forloebsregler.svaerhedsgrad import (
    Kernesymptom,
    Ledsagesymptom,
    Svaerhedsgrad,
    vurder_svaerhedsgrad,
)
from forloebsregler.sygefravaer import fast_track, paragraf_56_aftale
from forloebsregler.testing import depression as modul
from forloebsregler.testing.depression import (
    KANTALDRE,
    KANTSYMPTOMTAELLINGER,
    KANTSYMPTOMVARIGHEDER,
    aldersinput,
    alkoholinput,
    apoteksinput,
    behandlingsinput,
    diagnoseinput,
    fasttrackinput,
    fortolkninger,
    henvisningsinput,
    internetbehandlingsinput,
    kernesymptomer,
    kliniske_vurderinger,
    kommunal_rehabiliteringsinput,
    kompleksitetsinput,
    komplicerende_faktorer,
    kontaktpersoninput,
    ledsagesymptomer,
    paragraf56input,
    phq2input,
    rehabiliteringselementer,
    rehabiliteringsudgiftinput,
    rygestopinput,
    samtykkeinput,
    stratificeringsinput,
    stratificeringsniveauer,
    stratificeringsraekkelister,
    stratificeringsraekker,
    styrkende_faktorer,
    svaerhedsgrader,
    svaerhedsinput,
    symptomvarigheder,
    udskrivningsinput,
)
from forloebsregler.udskrivning import afslutning_af_psykiatrisk_behandling
from tests._naabarhed import FAA as _FAA
from tests._naabarhed import naabarhed

_FIND = naabarhed(50)  # nåbarhed: det første fund er nok


def _medlem(enum_cls: type[Enum], v: object) -> Enum:
    """Et medlem ud fra medlem, navn (alle bogstavstørrelser) eller tekst — uden biblioteket."""
    if isinstance(v, enum_cls):
        return v
    assert isinstance(v, str)
    for m in enum_cls:
        if v.upper() in (m.name, str(m.value).upper()):
            return m
    raise AssertionError(f"{v!r} er ikke et {enum_cls.__name__}")


def _antal(enum_cls: type[Enum], samling: Any) -> int:
    return len({_medlem(enum_cls, v) for v in samling})


# Hver kaldbar med sin strategi og resultattypens navn (gyldige træk giver den).
_FUNKTIONER: list[tuple[str, Callable[..., Any], Callable[..., st.SearchStrategy[Any]], str]] = [
    ("vurder_svaerhedsgrad", vurder_svaerhedsgrad, svaerhedsinput, "Svaerhedsvurdering"),
    ("vurder_diagnose", vurder_diagnose, diagnoseinput, "Diagnosevurdering"),
    ("vurder_kompleksitet", vurder_kompleksitet, kompleksitetsinput, "Kompleksitetsvurdering"),
    ("stratificer", stratificer, stratificeringsinput, "Stratificering"),
    ("i_maalgruppen", i_maalgruppen, aldersinput, "Regelsvar"),
    ("medicinopstart", medicinopstart, aldersinput, "Regelsvar"),
    ("psykiatrisk_modtagelse", psykiatrisk_modtagelse, aldersinput, "Modtagelse"),
    ("internetbehandling", internetbehandling, internetbehandlingsinput, "Regelsvar"),
    ("behandlingsregler", behandlingsregler, behandlingsinput, "Regelsvar"),
    ("vurder_alkohol", vurder_alkohol, alkoholinput, "Alkoholvurdering"),
    ("vurder_phq2", vurder_phq2, phq2input, "Phq2Vurdering"),
    ("kontaktperson", koordinerende_kontaktperson, kontaktpersoninput, "Kontaktpersonvurdering"),
    ("informationsudveksling", informationsudveksling, samtykkeinput, "Samtykkevurdering"),
    (
        "kommunal_rehabilitering",
        kommunal_rehabilitering,
        kommunal_rehabiliteringsinput,
        "Rehabiliteringsvurdering",
    ),
    (
        "afslutning",
        afslutning_af_psykiatrisk_behandling,
        udskrivningsinput,
        "Udskrivningspligter",
    ),
    ("Rehabiliteringselement", Rehabiliteringselement, rehabiliteringselementer, "Rehab"),
    (
        "beregn_rehabiliteringsudgift",
        beregn_rehabiliteringsudgift,
        rehabiliteringsudgiftinput,
        "Rehabiliteringsudgift",
    ),
    ("apoteket", medicinsamtale_paa_apoteket, apoteksinput, "Regelsvar"),
    (
        "henvisning_til_regionspsykiatrien",
        henvisning_til_regionspsykiatrien,
        henvisningsinput,
        "Psykiatrihenvisning",
    ),
    ("rygestop", rygestop, rygestopinput, "Regelsvar"),
    ("fast_track", fast_track, fasttrackinput, "FastTrackVurdering"),
    ("paragraf_56_aftale", paragraf_56_aftale, paragraf56input, "Regelsvar"),
]


@pytest.mark.parametrize(
    ("funktion", "strategi", "typenavn"),
    [pytest.param(f, s, t, id=n) for n, f, s, t in _FUNKTIONER],
)
def test_gyldige_traek_accepteres(
    funktion: Callable[..., Any], strategi: Callable[..., st.SearchStrategy[Any]], typenavn: str
) -> None:
    @_FAA
    @given(strategi())
    def kontroller(kwargs: dict[str, Any]) -> None:
        resultat = funktion(**kwargs)
        if typenavn == "Rehab":
            assert isinstance(resultat, Rehabiliteringselement)
        else:
            assert type(resultat).__name__ == typenavn
            assert str(resultat) == resultat.begrundelse
            assert resultat.begrundelse and resultat.kilder

    kontroller()


@pytest.mark.parametrize(
    ("funktion", "strategi"), [pytest.param(f, s, id=n) for n, f, s, _ in _FUNKTIONER]
)
def test_ugyldige_traek_afvises(
    funktion: Callable[..., Any], strategi: Callable[..., st.SearchStrategy[Any]]
) -> None:
    @_FAA
    @given(strategi(gyldig=False))
    def kontroller(kwargs: dict[str, Any]) -> None:
        with pytest.raises(ForloebsreglerFejl):
            funktion(**kwargs)

    kontroller()


@_FAA
@given(svaerhedsinput())
def test_svaerhed_taeller_de_forskellige_symptomer(kwargs: dict[str, Any]) -> None:
    sv = vurder_svaerhedsgrad(**kwargs)
    assert sv.antal_kernesymptomer == _antal(Kernesymptom, kwargs["kernesymptomer"])
    assert sv.antal_ledsagesymptomer == _antal(Ledsagesymptom, kwargs["ledsagesymptomer"])


@_FAA
@given(st.data())
def test_enkeltsamlinger(data: st.DataObject) -> None:
    for strategi, enum_cls in (
        (kernesymptomer, Kernesymptom),
        (ledsagesymptomer, Ledsagesymptom),
        (komplicerende_faktorer, KomplicerendeFaktor),
        (styrkende_faktorer, StyrkendeFaktor),
    ):
        samling = data.draw(strategi())
        assert _antal(enum_cls, samling) <= len(enum_cls)
        with pytest.raises(ForloebsreglerFejl):
            vurder_kompleksitet(data.draw(komplicerende_faktorer(gyldig=False)))
    assert _antal(Kernesymptom, data.draw(kernesymptomer(antal=2))) == 2
    assert _antal(Ledsagesymptom, data.draw(ledsagesymptomer(antal=5))) == 5


@_FAA
@given(kernesymptomer(gyldig=False), ledsagesymptomer(gyldig=False))
def test_ugyldige_symptomsamlinger(kerne: object, ledsage: object) -> None:
    with pytest.raises(ForloebsreglerFejl):
        vurder_svaerhedsgrad(kerne, ())
    with pytest.raises(ForloebsreglerFejl):
        vurder_svaerhedsgrad((), ledsage)


@_FAA
@given(
    fortolkninger(),
    kliniske_vurderinger(),
    svaerhedsgrader(),
    stratificeringsniveauer(),
    symptomvarigheder(),
)
def test_enkeltvaerdier(f: object, h: object, g: object, n: object, v: object) -> None:
    stratificer((), (), fortolkning=f, hoej_kompleksitet=h)  # type: ignore[arg-type]
    assert kommunal_rehabilitering(g, behandles_i_psykiatrien=None).tilbydes in Afgoerelse  # type: ignore[arg-type]
    assert len(faser_for_niveau(n)) == 3  # type: ignore[arg-type]
    assert v is None or (isinstance(v, timedelta) and v >= timedelta(0))


@_FAA
@given(
    fortolkninger(gyldig=False),
    kliniske_vurderinger(gyldig=False),
    svaerhedsgrader(gyldig=False),
    stratificeringsniveauer(gyldig=False),
)
def test_ugyldige_enkeltvaerdier(f: object, h: object, g: object, n: object) -> None:
    with pytest.raises(ForloebsreglerFejl):
        stratificer((), (), fortolkning=f)  # type: ignore[arg-type]
    with pytest.raises(ForloebsreglerFejl):
        stratificer((), (), hoej_kompleksitet=h)  # type: ignore[arg-type]
    with pytest.raises(ForloebsreglerFejl):
        kommunal_rehabilitering(g, behandles_i_psykiatrien=None)  # type: ignore[arg-type]
    with pytest.raises(ForloebsreglerFejl):
        faser_for_niveau(n)  # type: ignore[arg-type]


@_FAA
@given(stratificeringsraekkelister())
def test_gyldige_batches(raekker: list[Any]) -> None:
    poster = stratificer_mange(raekker)
    assert len(poster) == len(raekker)
    assert all(p["fejl"] is None for p in poster)
    assert all(p["svaerhedsgrad"] in Svaerhedsgrad.__members__ for p in poster)


@_FAA
@given(stratificeringsraekker(gyldig=False))
def test_ugyldig_raekke_giver_fejlpost(raekke: object) -> None:
    (post,) = stratificer_mange([raekke])  # type: ignore[list-item]
    assert post["fejl"].startswith("række 1: ")  # 1-baseret (batchkontrakten)
    assert post["niveau"] is None


@_FAA
@given(stratificeringsraekkelister(gyldig=False))
def test_ugyldige_batches_har_mindst_en_fejlpost(raekker: list[Any]) -> None:
    poster = stratificer_mange(raekker)
    assert len(poster) == len(raekker)
    assert sum(p["fejl"] is not None for p in poster) >= 1


# --------------------------------------------------------------------------- kanterne nås


@pytest.mark.parametrize("taelling", KANTSYMPTOMTAELLINGER[:5], ids=str)
def test_taerskeltaellinger_naas(taelling: tuple[int, int]) -> None:
    fundet = find(
        svaerhedsinput(),
        lambda kw: (
            (
                vurder_svaerhedsgrad(**kw).antal_kernesymptomer,
                vurder_svaerhedsgrad(**kw).antal_ledsagesymptomer,
            )
            == taelling
        ),
        settings=_FIND,
    )
    assert _antal(Kernesymptom, fundet["kernesymptomer"]) == taelling[0]


@pytest.mark.parametrize(
    "beskrivelse",
    ["liste med gentagelser", "navn med små bogstaver", "kildens tekst", "frozenset"],
)
def test_former_naas(beskrivelse: str) -> None:
    def har_formen(kw: dict[str, Any]) -> bool:
        k = kw["ledsagesymptomer"]
        if beskrivelse == "frozenset":
            return type(k) is frozenset and len(k) > 0
        elementer = list(k)
        if beskrivelse == "liste med gentagelser":
            return isinstance(k, list) and len(elementer) > _antal(Ledsagesymptom, elementer)
        if beskrivelse == "navn med små bogstaver":
            return any(isinstance(v, str) and v.islower() and "_" in v for v in elementer)
        return any(isinstance(v, str) and " " in v for v in elementer)

    find(svaerhedsinput(), har_formen, settings=_FIND)


@pytest.mark.parametrize("varighed", [None, timedelta(days=14), timedelta(days=13)], ids=str)
def test_varighedskanter_naas(varighed: timedelta | None) -> None:
    assert varighed in KANTSYMPTOMVARIGHEDER
    find(diagnoseinput(), lambda kw: kw["symptomvarighed"] == varighed, settings=_FIND)


@pytest.mark.parametrize("hoej", [True, False, None])
def test_kliniske_vurderinger_naas(hoej: bool | None) -> None:
    find(kompleksitetsinput(), lambda kw: kw["hoej_kompleksitet"] is hoej, settings=_FIND)


@pytest.mark.parametrize(
    ("niveau", "afgjort"),
    [(n, True) for n in Stratificeringsniveau] + [(None, False), (None, True)],
    ids=str,
)
def test_alle_udfald_af_stratificeringen_naas(
    niveau: Stratificeringsniveau | None, afgjort: bool
) -> None:
    def rammer(kw: dict[str, Any]) -> bool:
        r = stratificer(**kw)
        return r.niveau is niveau and r.afgjort is afgjort

    find(stratificeringsinput(), rammer, settings=_FIND)


@pytest.mark.parametrize("alder", [18, 20, 24, 25])
def test_alderskanter_naas(alder: int) -> None:
    assert alder in KANTALDRE
    find(aldersinput(), lambda kw: int(kw["alder"]) == alder, settings=_FIND)


@pytest.mark.parametrize("genstande", ["14", "21", "14.01"])
def test_alkoholkanter_naas(genstande: str) -> None:
    find(
        alkoholinput(),
        lambda kw: Decimal(str(kw["genstande_pr_uge"])) == Decimal(genstande),
        settings=_FIND,
    )


@pytest.mark.parametrize("score", range(7))
def test_phq2_scorer_naas(score: int) -> None:
    find(phq2input(), lambda kw: kw["score"] == score, settings=_FIND)


@pytest.mark.parametrize(
    "fejl",
    ["ukendt navn", "kernesymptom som ledsagesymptom", "forkert type"],
)
def test_ugyldige_symptomer_naar_hver_fejl(fejl: str) -> None:
    def rammer(samling: object) -> bool:
        try:
            vurder_svaerhedsgrad((), samling)  # type: ignore[arg-type]
        except ForloebsreglerFejl as f:
            besked = str(f)
        else:  # pragma: no cover - et ugyldigt træk skal afvises
            raise AssertionError(samling)
        if fejl == "ukendt navn":
            return "ukendt navn" in besked
        if fejl == "forkert type":
            return "accepterer en samling" in besked
        return "er et Kernesymptom og hører ikke til ledsagesymptomer" in besked

    find(ledsagesymptomer(gyldig=False), rammer, settings=_FIND)


@pytest.mark.parametrize("felt", ["timepris", "elementer"])
def test_rehabilitering_ugyldige_felter_naas(felt: str) -> None:
    find(
        rehabiliteringsudgiftinput(gyldig=False),
        lambda kw: felt in kw and str(kw[felt]) != "",
        settings=_FIND,
    )


def test_alle_navne_er_dokumenteret_og_kolliderer_ikke() -> None:
    from forloebsregler.testing import _tid, genoptraening, iv, ledsagelse

    for navn in modul.__all__:
        objekt = getattr(modul, navn)
        assert not callable(objekt) or objekt.__doc__, navn
    andre = {n for m in (_tid, genoptraening, iv, ledsagelse) for n in m.__all__}
    assert not set(modul.__all__) & andre
    assert len(set(modul.__all__)) == len(modul.__all__)  # rækkefølgen: ruff RUF022


# `antal` er dokumenteret som 0–3 (kernesymptomer) og 0–7 (ledsagesymptomer). Et antal uden for
# det skal give en ForloebsreglerFejl, der nævner argumentet (husregel 8; som
# `varigheder(mindst=)`). I dag skæres det stiltiende til: antal=-1 giver 2 af 3 (listeudsnit
# [:-1]), antal=4 giver 3, antal=True giver 1; og antal="2" giver en bar TypeError.
@pytest.mark.parametrize(
    ("strategi", "antal"),
    [
        (kernesymptomer, -1),
        (kernesymptomer, 4),
        (kernesymptomer, True),
        (kernesymptomer, "2"),
        (ledsagesymptomer, -1),
        (ledsagesymptomer, 8),
    ],
)
def test_et_antal_uden_for_intervallet_afvises(strategi: Any, antal: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match=r"^antal: "):
        find(strategi(antal=antal), lambda _: True, settings=_FIND)


# `max_size` er listens største længde. Med gyldig=False lægges den ugyldige række mellem to
# lister på op til max_size // 2, så en lige max_size giver max_size + 1 rækker (standarden 8
# giver 9). Testen leder efter en for lang liste og forventer ingen.
@pytest.mark.parametrize("max_size", [2, 4, 8])
def test_stratificeringsraekkelister_med_fejl_holder_max_size(max_size: int) -> None:
    with pytest.raises(NoSuchExample):
        find(
            stratificeringsraekkelister(gyldig=False, max_size=max_size),
            lambda raekker: len(raekker) > max_size,
            settings=naabarhed(500),
        )
