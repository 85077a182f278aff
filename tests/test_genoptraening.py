"""Genoptræning efter udskrivning (Forløbsprogram for mennesker med depression, Kap. 10)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from forloebsregler import (
    KOEBENHAVN,
    OPSTARTSFRIST_KALENDERDAGE,
    PSYKIATRIMODELLENS_KILDE,
    PSYKIATRIMODELLENS_PARAMETRE,
    ForloebsreglerFejl,
    Fristgrundlag,
    Funktionsevnenedsaettelse,
    Genoptraeningsansvarlig,
    Genoptraeningshenviser,
    Genoptraeningsindsats,
    Genoptraeningsmodtager,
    Genoptraeningsudfald,
    NaivtTidspunktFejl,
    Nedsaettelsesgruppe,
    PeriodeFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
    UkendtNavnFejl,
    almen_niveau,
    frit_leverandoervalg,
    indsatsbeskrivelse,
    kontroller_planoverdragelse,
    opstartsfrist,
    opstartsfrister,
    ret_til_genoptraeningsplan,
    vurder_genoptraeningsbehov,
)
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, HOERINGSSVAR_DEPRESSION

from .conftest import normaliser

OPFYLDT = Genoptraeningsudfald.OPFYLDT
IKKE = Genoptraeningsudfald.IKKE_OPFYLDT
UKENDT = Genoptraeningsudfald.KAN_IKKE_AFGOERES
LAEGE = Genoptraeningsmodtager.PRAKTISERENDE_LAEGE
SYGEHUS = Genoptraeningsmodtager.SYGEHUSET
NEW_YORK = ZoneInfo("America/New_York")

# --- Kildens tal -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("navn", "vaerdi", "forventet"),
    [
        ("Kap. 10, Særligt om genoptræning i kommunerne: 7 kalenderdage", "frist", 7),
        ("Kap. 10, Model for sondring: syv parametre", "parametre", 7),
    ],
)
def test_kildens_tal(navn: str, vaerdi: str, forventet: int) -> None:
    faktisk = {
        "frist": OPSTARTSFRIST_KALENDERDAGE,
        "parametre": len(PSYKIATRIMODELLENS_PARAMETRE),
    }[vaerdi]
    assert faktisk == forventet, navn


@pytest.mark.parametrize(
    ("nr", "parameter"),
    [
        (1, "Selvmordsrisiko"),
        (2, "Psykologisk indsigt"),
        (3, "Motivation for at arbejde med sig selv"),
        (4, "Evne til symptommestring"),
        (5, "Tidligere behandlingsforløb"),
        (6, "Affektregulering og mestring af hverdagsopgaver"),
        (7, "Årsagen til funktionsevnenedsættelsen"),
    ],
    ids=lambda v: str(v),
)
def test_psykiatrimodellens_syv_parametre(nr: int, parameter: str) -> None:
    # Kap. 10, boksen »Disse parametre er: 1. … 7.«
    assert PSYKIATRIMODELLENS_PARAMETRE[nr - 1] == parameter
    assert f"{nr}. {parameter}" in PSYKIATRIMODELLENS_KILDE.citat


def test_funktionsevnegruppernes_eksempler_staar_ordret_i_kilden(
    kildetekster: dict[str, str],
) -> None:
    tekst = kildetekster[FORLOEBSPROGRAM_DEPRESSION.fil]
    antal = {
        Funktionsevnenedsaettelse.BEVAEGELSESMAESSIG: 3,
        Funktionsevnenedsaettelse.AKTIVITETSMAESSIG: 5,
        Funktionsevnenedsaettelse.MENTAL: 6,
        Funktionsevnenedsaettelse.SOCIAL: 1,
    }
    for gruppe, n in antal.items():
        data = gruppe.value
        assert len(data.eksempler) == n, gruppe
        assert normaliser(data.spoergsmaal) in tekst, gruppe
        for eksempel in data.eksempler:
            assert normaliser(eksempel) in tekst, eksempel


# --- Opstartsfristen: 7 kalenderdage --------------------------------------------------------


@pytest.mark.parametrize(
    ("udskrivning", "frist"),
    [
        pytest.param(date(2024, 1, 28), date(2024, 2, 4), id="månedsskifte januar"),
        pytest.param(date(2024, 4, 30), date(2024, 5, 7), id="månedsskifte april (30 dage)"),
        pytest.param(date(2024, 12, 28), date(2025, 1, 4), id="årsskifte"),
        pytest.param(date(2024, 2, 22), date(2024, 2, 29), id="skuddag som frist"),
        pytest.param(date(2024, 2, 29), date(2024, 3, 7), id="udskrevet på skuddagen"),
        pytest.param(date(2024, 2, 23), date(2024, 3, 1), id="over skuddagen"),
        pytest.param(date(2023, 2, 23), date(2023, 3, 2), id="februar uden skuddag"),
        pytest.param(date(2024, 12, 20), date(2024, 12, 27), id="julens helligdage tæller med"),
        pytest.param(date(2024, 3, 23), date(2024, 3, 30), id="påske: helligdage tæller med"),
        pytest.param(date(2024, 6, 1), date(2024, 6, 8), id="lørdag til lørdag"),
    ],
)
def test_syv_kalenderdage(udskrivning: date, frist: date) -> None:
    # Kap. 10: »inden for 7 kalenderdage efter at borgeren udskrives fra sygehuset«
    resultat = opstartsfrist(udskrivning)
    assert resultat.dato == frist
    assert resultat.syvdagesfrist == frist
    assert resultat.grundlag is Fristgrundlag.SYV_KALENDERDAGE
    assert resultat.udskrivningsdato == udskrivning
    assert resultat.sygehusets_startdato is None


@pytest.mark.parametrize(
    ("udskrivning", "frist"),
    [
        pytest.param(
            datetime(2024, 3, 31, 23, 30, tzinfo=KOEBENHAVN),
            date(2024, 4, 7),
            id="sommertid begynder (23-timers døgn), 23.30",
        ),
        pytest.param(
            datetime(2024, 3, 31, 2, 30, tzinfo=UTC),
            date(2024, 4, 7),
            id="sommertid begynder, lige efter omstillingen",
        ),
        pytest.param(
            datetime(2024, 3, 30, 23, 30, tzinfo=UTC),
            date(2024, 4, 7),
            id="sommertid: 23.30 UTC lørdag er søndag 00.30 i København",
        ),
        pytest.param(
            datetime(2024, 10, 27, 23, 30, tzinfo=KOEBENHAVN),
            date(2024, 11, 3),
            id="vintertid begynder (25-timers døgn), 23.30",
        ),
        pytest.param(
            datetime(2024, 10, 27, 22, 59, tzinfo=UTC),
            date(2024, 11, 3),
            id="vintertid: 22.59 UTC er 23.59 i København",
        ),
        pytest.param(
            datetime(2024, 10, 27, 23, 0, tzinfo=UTC),
            date(2024, 11, 4),
            id="vintertid: 23.00 UTC er næste dag 00.00 i København",
        ),
        pytest.param(
            datetime(2024, 1, 31, 22, 59, tzinfo=UTC),
            date(2024, 2, 7),
            id="UTC nær midnat: 23.59 i København",
        ),
        pytest.param(
            datetime(2024, 1, 31, 23, 30, tzinfo=UTC),
            date(2024, 2, 8),
            id="UTC nær midnat: 00.30 næste dag i København",
        ),
        pytest.param(
            datetime(2024, 2, 28, 23, 30, tzinfo=UTC),
            date(2024, 3, 7),
            id="UTC 28.2 23.30 er skuddagen i København",
        ),
        pytest.param(
            datetime(2024, 6, 30, 21, 30, tzinfo=UTC),
            date(2024, 7, 7),
            id="sommer: 21.30 UTC er 23.30 i København",
        ),
        pytest.param(
            datetime(2024, 6, 30, 22, 30, tzinfo=UTC),
            date(2024, 7, 8),
            id="sommer: 22.30 UTC er 00.30 næste dag",
        ),
        pytest.param(
            datetime(2024, 6, 30, 18, 0, tzinfo=NEW_YORK),
            date(2024, 7, 8),
            id="New York 18.00 er 00.00 næste dag i København",
        ),
        pytest.param("2024-01-31T23:30:00+00:00", date(2024, 2, 8), id="ISO-streng med offset"),
        pytest.param("2024-01-31", date(2024, 2, 7), id="ISO-dato"),
    ],
)
def test_lokal_dato_i_koebenhavn(udskrivning: datetime | str, frist: date) -> None:
    assert opstartsfrist(udskrivning).dato == frist


def test_tidspunkt_og_dato_giver_samme_frist() -> None:
    # en udskrivning 23.30 lokal tid er den dag, uanset zonen den er givet i
    lokal = datetime(2024, 5, 15, 23, 30, tzinfo=KOEBENHAVN)
    for zone in (UTC, NEW_YORK, timezone(timedelta(hours=9))):
        assert opstartsfrist(lokal.astimezone(zone)).dato == date(2024, 5, 22)


# --- Sygehusets startdato -------------------------------------------------------------------


def test_senere_startdato_med_begrundelse_erstatter_fristen() -> None:
    r = opstartsfrist(
        date(2024, 3, 1), sygehusets_startdato=date(2024, 3, 20), begrundelse="Gips til 19.3."
    )
    assert r.dato == date(2024, 3, 20)
    assert r.grundlag is Fristgrundlag.SYGEHUSETS_STARTDATO
    assert r.syvdagesfrist == date(2024, 3, 8)
    assert r.sundhedsfaglig_begrundelse == "Gips til 19.3."
    assert "20.3.2024" in r.begrundelse
    assert any("senere end de 7 dage" in k.citat for k in r.kilder)


def test_startdato_dagen_efter_fristen_er_senere() -> None:
    r = opstartsfrist(date(2024, 3, 1), sygehusets_startdato="2024-03-09", begrundelse="x")
    assert r.dato == date(2024, 3, 9)
    assert r.grundlag is Fristgrundlag.SYGEHUSETS_STARTDATO


def test_senere_startdato_uden_begrundelse_er_fejl() -> None:
    with pytest.raises(UgyldigVaerdiFejl, match="begrundelse"):
        opstartsfrist(date(2024, 3, 1), sygehusets_startdato=date(2024, 3, 20))
    with pytest.raises(UgyldigVaerdiFejl, match="begrundelse"):
        opstartsfrist(date(2024, 3, 1), sygehusets_startdato=date(2024, 3, 20), begrundelse="  ")


@pytest.mark.parametrize(
    "start",
    [date(2024, 3, 1), date(2024, 3, 4), date(2024, 3, 8)],
    ids=["udskrivningsdagen", "inden for fristen", "på fristen"],
)
@pytest.mark.parametrize("grund", [None, "tidlig start"])
def test_startdato_inden_for_fristen_aendrer_ikke_fristen(start: date, grund: str | None) -> None:
    # fortolkning »Sygehusets startdato inden for de 7 dage«
    r = opstartsfrist(date(2024, 3, 1), sygehusets_startdato=start, begrundelse=grund)
    assert r.dato == date(2024, 3, 8)
    assert r.grundlag is Fristgrundlag.SYV_KALENDERDAGE
    assert r.sygehusets_startdato == start
    assert r.sundhedsfaglig_begrundelse == grund


def test_startdato_foer_udskrivningen_er_fejl() -> None:
    with pytest.raises(PeriodeFejl, match="sygehusets_startdato"):
        opstartsfrist(date(2024, 3, 1), sygehusets_startdato=date(2024, 2, 29), begrundelse="x")


def test_begrundelse_uden_startdato_er_fejl() -> None:
    with pytest.raises(UgyldigVaerdiFejl, match="begrundelse"):
        opstartsfrist(date(2024, 3, 1), begrundelse="Gips")


def test_startdato_som_tidspunkt_tæller_paa_lokal_dato() -> None:
    r = opstartsfrist(
        date(2024, 3, 1),
        sygehusets_startdato=datetime(2024, 3, 19, 23, 30, tzinfo=UTC),
        begrundelse="x",
    )
    assert r.dato == date(2024, 3, 20)


def test_resultatet_forklarer_sig_selv() -> None:
    r = opstartsfrist(date(2024, 2, 22))
    assert str(r) == r.begrundelse
    assert "29.2.2024" in str(r)
    d = r.til_dict()
    assert d["dato"] == "2024-02-29"
    assert d["grundlag"] == "SYV_KALENDERDAGE"
    assert d["kilder"] and all(isinstance(k, str) for k in d["kilder"])
    assert "<table>" in r._repr_html_()


# --- Frit valg ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tilbudt", "udfald", "dage"),
    [
        (date(2024, 3, 1), IKKE, 0),
        (date(2024, 3, 8), IKKE, 0),
        (date(2024, 3, 9), OPFYLDT, 1),
        (date(2024, 3, 22), OPFYLDT, 14),
        (None, UKENDT, None),
    ],
)
def test_frit_valg_uden_sygehusdato(
    tilbudt: date | None, udfald: Genoptraeningsudfald, dage: int | None
) -> None:
    # Kap. 10: »Hvis kommunen ikke kan tilbyde opstart … inden for 7 kalenderdage, har
    # patienten ret til frit at vælge en privat leverandør, som KL har indgået aftale med.«
    r = frit_leverandoervalg(date(2024, 3, 1), tilbudt)
    assert r.ret_til_frit_valg is udfald
    assert r.dage_for_sent == dage
    assert r.frist.dato == date(2024, 3, 8)
    assert r.tilbudt_opstart == tilbudt
    assert any("KL har indgået aftale med" in k.citat for k in r.kilder)


def test_frit_valg_kan_ikke_afgoeres_naevner_det() -> None:
    r = frit_leverandoervalg(date(2024, 3, 1), None)
    assert "kan ikke afgøres" in r.begrundelse.lower()


@pytest.mark.parametrize(
    ("tilbudt", "udfald", "dage"),
    [
        (date(2024, 3, 15), IKKE, 0),  # efter 7 dage, men inden sygehusets dato
        (date(2024, 3, 20), IKKE, 0),
        (date(2024, 3, 21), OPFYLDT, 1),
    ],
)
def test_frit_valg_maales_mod_sygehusets_senere_dato(
    tilbudt: date, udfald: Genoptraeningsudfald, dage: int
) -> None:
    # fortolkning »Frit valg ved sygehusets senere startdato«
    r = frit_leverandoervalg(
        date(2024, 3, 1), tilbudt, sygehusets_startdato=date(2024, 3, 20), begrundelse="x"
    )
    assert r.ret_til_frit_valg is udfald
    assert r.dage_for_sent == dage


def test_frit_valg_tidspunkter_i_utc() -> None:
    # udskrevet 23.30 dansk vintertid (22.30 UTC) 31.1; tilbud 8.2 kl. 00.30 dansk tid
    r = frit_leverandoervalg(
        datetime(2024, 1, 31, 22, 30, tzinfo=UTC), datetime(2024, 2, 7, 23, 30, tzinfo=UTC)
    )
    assert r.frist.dato == date(2024, 2, 7)
    assert r.tilbudt_opstart == date(2024, 2, 8)
    assert r.ret_til_frit_valg is OPFYLDT


def test_tilbudt_opstart_foer_udskrivning_er_fejl() -> None:
    with pytest.raises(PeriodeFejl, match="tilbudt_opstart"):
        frit_leverandoervalg(date(2024, 3, 1), date(2024, 2, 28))


# --- Planens overdragelse -------------------------------------------------------------------

UDSKREVET = datetime(2024, 3, 1, 14, 0, tzinfo=KOEBENHAVN)


@pytest.mark.parametrize(
    ("udleveret", "udfald"),
    [
        pytest.param(UDSKREVET, OPFYLDT, id="på udskrivelsestidspunktet"),
        pytest.param(UDSKREVET - timedelta(hours=3), OPFYLDT, id="før"),
        pytest.param(UDSKREVET + timedelta(minutes=1), IKKE, id="et minut efter"),
        pytest.param(datetime(2024, 3, 1, 13, 0, tzinfo=UTC), OPFYLDT, id="UTC: samme tidspunkt"),
        pytest.param(datetime(2024, 3, 1, 13, 1, tzinfo=UTC), IKKE, id="UTC: et minut efter"),
        pytest.param(date(2024, 2, 29), OPFYLDT, id="kun dato: dagen før"),
        pytest.param(date(2024, 3, 2), IKKE, id="kun dato: dagen efter"),
        pytest.param(date(2024, 3, 1), UKENDT, id="kun dato: samme dag"),
        pytest.param(None, UKENDT, id="ukendt udlevering"),
    ],
)
def test_plan_udleveres_senest_ved_udskrivning(
    udleveret: datetime | date | None, udfald: Genoptraeningsudfald
) -> None:
    # Kap. 10: »Genoptræningsplanen skal senest udleveres til patienten på
    # udskrivelsestidspunktet.«
    r = kontroller_planoverdragelse(UDSKREVET, udleveret)
    assert r.rettidig is udfald


def test_plan_kun_datoer_for_udskrivning() -> None:
    r = kontroller_planoverdragelse(date(2024, 3, 1), datetime(2024, 2, 29, 23, 30, tzinfo=UTC))
    assert r.rettidig is UKENDT  # 23.30 UTC er 1.3 00.30 i København: samme dag
    r = kontroller_planoverdragelse(date(2024, 3, 1), datetime(2024, 2, 29, 22, 30, tzinfo=UTC))
    assert r.rettidig is OPFYLDT


@pytest.mark.parametrize(
    ("samtykke", "laege_med", "ukendt"),
    [(True, True, False), (False, False, False), (None, False, True)],
)
def test_planens_modtagere(samtykke: bool | None, laege_med: bool, ukendt: bool) -> None:
    # Kap. 10: bopælskommunen via GGOP og den praktiserende læge, hvis samtykke
    r = kontroller_planoverdragelse(UDSKREVET, UDSKREVET, samtykke_til_praktiserende_laege=samtykke)
    assert r.modtagere[:2] == (
        Genoptraeningsmodtager.PATIENTEN,
        Genoptraeningsmodtager.BOPAELSKOMMUNEN,
    )
    assert (LAEGE in r.modtagere) is laege_med
    assert r.samtykke_ukendt is ukendt
    assert "GGOP" in r.begrundelse


# --- Behovsvurdering ------------------------------------------------------------------------

_HELHED_JA: dict[str, Any] = {
    "motiveret_med_potentiale": True,
    "kan_klare_sig_ved_egen_hjaelp": False,
    "behov_diffuse_eller_bedre_anden_indsats": False,
}
_INGEN: dict[str, Any] = {
    "bevaegelsesmaessig": False,
    "aktivitetsmaessig": False,
    "mental": False,
    "social": False,
}


@pytest.mark.parametrize("gruppe", ["bevaegelsesmaessig", "aktivitetsmaessig", "mental", "social"])
def test_en_nedsaettelse_er_nok(gruppe: str) -> None:
    # »Såfremt det konstateres, at patienten har en eller flere af de nævnte
    # funktionsevnenedsættelser, udarbejdes en genoptræningsplan.«
    r = vurder_genoptraeningsbehov(**_HELHED_JA, **{**_INGEN, gruppe: True})
    assert r.plan_indiceret is OPFYLDT
    assert r.tilstedevaerende == {Funktionsevnenedsaettelse[gruppe.upper()]}


@pytest.mark.parametrize(
    ("helhed", "udfald"),
    [
        ({"motiveret_med_potentiale": False}, IKKE),
        ({"kan_klare_sig_ved_egen_hjaelp": True}, IKKE),
        ({"behov_diffuse_eller_bedre_anden_indsats": True}, IKKE),
        ({"motiveret_med_potentiale": None}, UKENDT),
        ({"kan_klare_sig_ved_egen_hjaelp": None}, UKENDT),
        ({"behov_diffuse_eller_bedre_anden_indsats": None}, UKENDT),
        ({"motiveret_med_potentiale": None, "kan_klare_sig_ved_egen_hjaelp": True}, IKKE),
    ],
)
def test_helhedsvurderingen(helhed: dict[str, Any], udfald: Genoptraeningsudfald) -> None:
    r = vurder_genoptraeningsbehov(**{**_HELHED_JA, **helhed}, **{**_INGEN, "mental": True})
    assert r.helhedsvurdering is udfald
    assert r.plan_indiceret is udfald


def test_ingen_nedsaettelse_ingen_plan() -> None:
    r = vurder_genoptraeningsbehov(**_HELHED_JA, **_INGEN)
    assert r.funktionsevnenedsaettelse is IKKE
    assert r.plan_indiceret is IKKE


def test_ukendt_nedsaettelse_kan_ikke_afgoeres() -> None:
    r = vurder_genoptraeningsbehov(**_HELHED_JA, **{**_INGEN, "social": None})
    assert r.plan_indiceret is UKENDT
    assert r.ukendte == {Funktionsevnenedsaettelse.SOCIAL}
    assert "kan ikke afgøres" in r.begrundelse.lower()


def test_helhed_nej_vinder_over_ukendte_nedsaettelser() -> None:
    r = vurder_genoptraeningsbehov(
        motiveret_med_potentiale=False,
        kan_klare_sig_ved_egen_hjaelp=None,
        behov_diffuse_eller_bedre_anden_indsats=None,
        bevaegelsesmaessig=None,
        aktivitetsmaessig=None,
        mental=None,
        social=None,
    )
    assert r.plan_indiceret is IKKE


# --- Ret til en plan (issue 9, punkt 17) ----------------------------------------------------

_RET_JA: dict[str, Any] = {
    "laegefagligt_begrundet_behov": True,
    "relaterer_sig_til_aktuel_sygehuskontakt": True,
    "baggrund_i_funktionsevnetab": True,
}


@pytest.mark.parametrize(
    ("aendring", "udfald"),
    [
        ({}, OPFYLDT),
        ({"laegefagligt_begrundet_behov": False}, IKKE),
        ({"relaterer_sig_til_aktuel_sygehuskontakt": False}, IKKE),
        ({"baggrund_i_funktionsevnetab": False}, IKKE),
        ({"baggrund_i_funktionsevnetab": None}, UKENDT),
        ({"laegefagligt_begrundet_behov": None, "baggrund_i_funktionsevnetab": False}, IKKE),
        ({"henviser": Genoptraeningshenviser.PRAKTISERENDE_LAEGE}, IKKE),
        ({"henviser": "kommune"}, IKKE),
        ({"henviser": "SYGEHUS"}, OPFYLDT),
    ],
)
def test_ret_til_genoptraeningsplan(aendring: dict[str, Any], udfald: Genoptraeningsudfald) -> None:
    r = ret_til_genoptraeningsplan(**{**_RET_JA, **aendring})
    assert r.ret_til_plan is udfald
    assert r.kan_tilsidesaettes_af_kommunen is False
    assert any(k.dokument is HOERINGSSVAR_DEPRESSION for k in r.kilder)


def test_praktiserende_laege_kan_ikke_henvise() -> None:
    r = ret_til_genoptraeningsplan(**_RET_JA, henviser=Genoptraeningshenviser.PRAKTISERENDE_LAEGE)
    assert "regionen" in r.begrundelse


# --- Indsatser, ansvar og lovgrundlag -------------------------------------------------------


@pytest.mark.parametrize(
    ("indsats", "ansvarlig", "lov", "notat", "handlingsplan"),
    [
        pytest.param(
            "UNDER_INDLAEGGELSE", "SYGEHUSET", "Sundhedsloven § 5", (), (), id="boks: SUL §5"
        ),
        pytest.param(
            "GENOPTRAENINGSPLAN", "SYGEHUSET", "Sundhedsloven § 84", (), (), id="boks: SUL §84"
        ),
        pytest.param("SPECIALISERET", "SYGEHUSET", None, (), (), id="boks: specialiseret"),
        pytest.param(
            "ALMEN_BASALT",
            "KOMMUNEN",
            "Sundhedsloven § 140",
            (SYGEHUS, LAEGE),
            (),
            id="boks: SUL §140 basalt",
        ),
        pytest.param(
            "ALMEN_AVANCERET",
            "KOMMUNEN",
            "Sundhedsloven § 140",
            (SYGEHUS, LAEGE),
            (),
            id="boks: SUL §140 avanceret",
        ),
        pytest.param(
            "EFTER_SYGDOM_UDEN_INDLAEGGELSE",
            "KOMMUNEN",
            "Serviceloven § 86, stk. 1",
            (LAEGE,),
            (),
            id="boks: SEL §86 stk. 1",
        ),
        pytest.param(
            "VEDLIGEHOLDENDE_TRAENING",
            "KOMMUNEN",
            "Serviceloven § 86, stk. 2",
            (),
            (LAEGE,),
            id="boks: SEL §86 stk. 2",
        ),
        pytest.param(
            "FOREBYGGENDE_TRAENING",
            "KOMMUNEN",
            "Sundhedsloven § 119, stk. 2",
            (),
            (),
            id="boks: SUL §119 stk. 2",
        ),
    ],
)
def test_indsatser(
    indsats: str,
    ansvarlig: str,
    lov: str | None,
    notat: tuple[Genoptraeningsmodtager, ...],
    handlingsplan: tuple[Genoptraeningsmodtager, ...],
) -> None:
    b = indsatsbeskrivelse(indsats)
    assert b is Genoptraeningsindsats[indsats].value
    assert b.ansvarlig is Genoptraeningsansvarlig[ansvarlig]
    assert b.lovgrundlag == lov
    assert b.afslutningsnotat_til == notat
    assert b.handlingsplan_til == handlingsplan
    assert b.kilder and str(b) == b.begrundelse


def test_alle_indsatser_er_dækket() -> None:
    assert len(Genoptraeningsindsats) == 8


@pytest.mark.parametrize(
    ("omfattende", "komplikationer", "niveau"),
    [
        (False, False, Genoptraeningsindsats.ALMEN_BASALT),
        (True, False, Genoptraeningsindsats.ALMEN_AVANCERET),
        (False, True, Genoptraeningsindsats.ALMEN_AVANCERET),
        (True, None, Genoptraeningsindsats.ALMEN_AVANCERET),
        (None, True, Genoptraeningsindsats.ALMEN_AVANCERET),
        (False, None, None),
        (None, False, None),
        (None, None, None),
    ],
)
def test_almen_niveau(
    omfattende: bool | None, komplikationer: bool | None, niveau: Genoptraeningsindsats | None
) -> None:
    r = almen_niveau(
        omfattende_funktionsevnenedsaettelser=omfattende, komplikationer_af_betydning=komplikationer
    )
    assert r.niveau is niveau
    assert "typisk" in r.begrundelse or niveau is None


# --- Batch ----------------------------------------------------------------------------------


def test_batch_poster() -> None:
    poster = opstartsfrister(
        [
            {"id": "A", "udskrivning": "2024-03-01", "tilbudt_opstart": "2024-03-10"},
            {"id": 2, "udskrivning": date(2024, 3, 1), "tilbudt_opstart": date(2024, 3, 8)},
            {"udskrivning": date(2024, 3, 1)},
            {
                "udskrivning": datetime(2024, 1, 31, 23, 30, tzinfo=UTC),
                "sygehusets_startdato": "2024-02-20",
                "begrundelse": "Operation",
                "tilbudt_opstart": float("nan"),
            },
            {"udskrivning": "ikke en dato"},
            "ikke en række",
            {"udskrivning": date(2024, 3, 1), "ukendt": 1},
            {"udskrivning": date(2024, 3, 1), "sygehusets_startdato": date(2024, 3, 20)},
            {"tilbudt_opstart": date(2024, 3, 1)},
        ]
    )
    assert len(poster) == 9
    assert [p["raekke"] for p in poster] == list(range(9))
    assert len({tuple(p) for p in poster}) == 1  # samme felter i hver post
    a, b, c, d = poster[:4]
    assert a["id"] == "A" and a["frist"] == "2024-03-08" and a["tilbudt_opstart"] == "2024-03-10"
    assert a["dage_for_sent"] == 2 and a["frit_valg"] == "OPFYLDT" and a["fejl"] is None
    assert b["id"] == 2 and b["dage_for_sent"] == 0 and b["frit_valg"] == "IKKE_OPFYLDT"
    assert c["frit_valg"] == "KAN_IKKE_AFGOERES" and c["dage_for_sent"] is None
    assert d["udskrivningsdato"] == "2024-02-01" and d["frist"] == "2024-02-20"
    assert d["fristgrundlag"] == "SYGEHUSETS_STARTDATO" and d["syvdagesfrist"] == "2024-02-08"
    for fejlpost in poster[4:]:
        assert isinstance(fejlpost["fejl"], str) and fejlpost["fejl"]
        assert fejlpost["frist"] is None
    assert "udskrivning" in poster[8]["fejl"]
    assert "ukendt" in poster[6]["fejl"]


def test_batch_vaerdier_er_simple() -> None:
    poster = opstartsfrister([{"udskrivning": date(2024, 3, 1), "tilbudt_opstart": None}])
    for v in poster[0].values():
        assert v is None or isinstance(v, int | str | Decimal)


def test_batch_som_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        opstartsfrister(
            {"udskrivning": f"2024-03-{d:02d}", "tilbudt_opstart": "2024-03-12"}
            for d in range(1, 11)
        )
    )
    assert list(df["frist"])[:2] == ["2024-03-08", "2024-03-09"]
    assert int((df["frit_valg"] == "OPFYLDT").sum()) == 4  # udskrevet 1.–4. marts
    # pandas' NaT tæller som manglende
    rekorder = opstartsfrister([{"udskrivning": "2024-03-01", "tilbudt_opstart": pd.NaT}])
    assert rekorder[0]["frit_valg"] == "KAN_IKKE_AFGOERES"


def test_batch_tom() -> None:
    assert opstartsfrister([]) == []


# --- Forkert input --------------------------------------------------------------------------

_DAG = date(2024, 3, 1)
_SLEMME = [
    None,
    True,
    1,
    Decimal("1"),
    1.5,
    float("nan"),
    "",
    "ikke en dato",
    "2024-13-01",
    [],
    {},
    object(),
    datetime(2024, 3, 1, 12, 0),  # naiv
    b"2024-03-01",
]


@pytest.mark.parametrize("slem", _SLEMME, ids=repr)
def test_opstartsfrist_afviser_slem_udskrivning(slem: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="udskrivning"):
        opstartsfrist(slem)  # type: ignore[arg-type]


@pytest.mark.parametrize("slem", [s for s in _SLEMME if s is not None], ids=repr)
def test_opstartsfrist_afviser_slem_startdato(slem: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="sygehusets_startdato"):
        opstartsfrist(_DAG, sygehusets_startdato=slem, begrundelse="x")  # type: ignore[arg-type]


@pytest.mark.parametrize("slem", [1, True, b"x", ["x"], ""], ids=repr)
def test_opstartsfrist_afviser_slem_begrundelse(slem: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="begrundelse"):
        opstartsfrist(
            _DAG,
            sygehusets_startdato=date(2024, 3, 20),
            begrundelse=slem,  # type: ignore[arg-type]
        )


def test_naiv_udskrivning_giver_naivt_tidspunkt_fejl() -> None:
    with pytest.raises(NaivtTidspunktFejl):
        opstartsfrist(datetime(2024, 3, 1, 23, 30))
    with pytest.raises(NaivtTidspunktFejl):
        opstartsfrist("2024-03-01T23:30")


@pytest.mark.parametrize(
    "ekstrem",
    [
        date.max,
        date.max - timedelta(days=6),
        datetime.max.replace(tzinfo=UTC),
        datetime.min.replace(tzinfo=timezone(timedelta(hours=-5))),
    ],
    ids=repr,
)
def test_ekstreme_datoer_giver_fejl_eller_resultat(ekstrem: date) -> None:
    try:
        r = opstartsfrist(ekstrem)
    except ForloebsreglerFejl:
        return
    assert r.dato - r.udskrivningsdato == timedelta(days=7)


@pytest.mark.parametrize("slem", [s for s in _SLEMME if s is not None], ids=repr)
def test_frit_valg_afviser_slem_tilbudt_opstart(slem: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="tilbudt_opstart"):
        frit_leverandoervalg(_DAG, slem)  # type: ignore[arg-type]


@pytest.mark.parametrize("slem", _SLEMME, ids=repr)
def test_frit_valg_afviser_slem_udskrivning(slem: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="udskrivning"):
        frit_leverandoervalg(slem, _DAG)  # type: ignore[arg-type]


@pytest.mark.parametrize("slem", [s for s in _SLEMME if s is not None], ids=repr)
def test_planoverdragelse_afviser_slemt_input(slem: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="udleveret"):
        kontroller_planoverdragelse(_DAG, slem)  # type: ignore[arg-type]
    with pytest.raises(ForloebsreglerFejl, match="udskrivning"):
        kontroller_planoverdragelse(slem, _DAG)  # type: ignore[arg-type]


@pytest.mark.parametrize("slem", [1, 0, "ja", Decimal("1"), float("nan"), [True]], ids=repr)
def test_tre_tilstandssvar_afviser_ikke_bool(slem: object) -> None:
    with pytest.raises(UgyldigTypeFejl, match="samtykke_til_praktiserende_laege"):
        kontroller_planoverdragelse(_DAG, _DAG, samtykke_til_praktiserende_laege=slem)  # type: ignore[arg-type]
    with pytest.raises(UgyldigTypeFejl, match="mental"):
        vurder_genoptraeningsbehov(**_HELHED_JA, **{**_INGEN, "mental": slem})
    with pytest.raises(UgyldigTypeFejl, match="motiveret_med_potentiale"):
        vurder_genoptraeningsbehov(**{**_HELHED_JA, "motiveret_med_potentiale": slem}, **_INGEN)
    with pytest.raises(UgyldigTypeFejl, match="baggrund_i_funktionsevnetab"):
        ret_til_genoptraeningsplan(**{**_RET_JA, "baggrund_i_funktionsevnetab": slem})
    with pytest.raises(UgyldigTypeFejl, match="komplikationer_af_betydning"):
        almen_niveau(
            omfattende_funktionsevnenedsaettelser=False,
            komplikationer_af_betydning=slem,  # type: ignore[arg-type]
        )


def test_ukendte_enum_navne() -> None:
    with pytest.raises(UkendtNavnFejl, match="henviser"):
        ret_til_genoptraeningsplan(**_RET_JA, henviser="nabo")
    with pytest.raises(UgyldigTypeFejl, match="henviser"):
        ret_til_genoptraeningsplan(**_RET_JA, henviser=1)  # type: ignore[arg-type]
    with pytest.raises(UkendtNavnFejl, match="indsats"):
        indsatsbeskrivelse("ALMEN_MELLEM")
    with pytest.raises(UgyldigTypeFejl, match="indsats"):
        indsatsbeskrivelse(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("slem", [None, 1, "tekst", b"x", {"udskrivning": _DAG}], ids=repr)
def test_batch_afviser_andet_end_en_samling(slem: object) -> None:
    with pytest.raises(UgyldigTypeFejl, match="raekker"):
        opstartsfrister(slem)  # type: ignore[arg-type]


def test_nedsaettelsesgruppe_afviser_slemt_input() -> None:
    gyldig = Funktionsevnenedsaettelse.SOCIAL.value
    with pytest.raises(UgyldigTypeFejl, match="spoergsmaal"):
        Nedsaettelsesgruppe("social", 1.5, (), gyldig.kilde)  # type: ignore[arg-type]
    with pytest.raises(UgyldigTypeFejl, match="eksempler"):
        Nedsaettelsesgruppe("social", "?", "tekst", gyldig.kilde)  # type: ignore[arg-type]
    with pytest.raises(UgyldigTypeFejl, match="kilde"):
        Nedsaettelsesgruppe("social", "?", (), "kilde")  # type: ignore[arg-type]
    assert Nedsaettelsesgruppe("social", "?", ("a",), gyldig.kilde).eksempler == ("a",)


@pytest.mark.parametrize(
    ("udskrivning", "udleveret", "udfald"),
    [
        ("2024-03-01T14:00:00+01:00", "2024-03-01T13:00:00+00:00", OPFYLDT),
        ("2024-03-01T14:00:00+01:00", "2024-03-01T13:00:01+00:00", IKKE),
        ("2024-03-01", "2024-02-29T23:59:00+01:00", OPFYLDT),
        ("2024-03-01", "2024-03-01", UKENDT),
    ],
)
def test_planoverdragelse_med_isostrenge(
    udskrivning: str, udleveret: str, udfald: Genoptraeningsudfald
) -> None:
    assert kontroller_planoverdragelse(udskrivning, udleveret).rettidig is udfald


def test_naiv_isostreng_for_udlevering_afvises() -> None:
    with pytest.raises(NaivtTidspunktFejl, match="udleveret"):
        kontroller_planoverdragelse(_DAG, "2024-03-01T12:00")


@pytest.mark.parametrize(
    "funktion",
    [
        lambda: opstartsfrist(_DAG),
        lambda: frit_leverandoervalg(_DAG, None),
        lambda: kontroller_planoverdragelse(_DAG, None),
        lambda: vurder_genoptraeningsbehov(**_HELHED_JA, **_INGEN),
        lambda: ret_til_genoptraeningsplan(**_RET_JA),
        lambda: almen_niveau(
            omfattende_funktionsevnenedsaettelser=None, komplikationer_af_betydning=None
        ),
    ],
)
def test_alle_resultater_har_begrundelse_og_kilder(funktion: Any) -> None:
    r = funktion()
    assert str(r) == r.begrundelse and r.begrundelse.strip()
    assert r.kilder and all(k.citat for k in r.kilder)
    assert isinstance(r.til_dict(), dict)


def test_demo_bruger_kildens_regler() -> None:
    from forloebsregler._demo_genoptraening import demo

    linjer = demo()
    assert all(isinstance(linje, str) for linje in linjer)
    tekst = "\n".join(linjer)
    assert "7 kalenderdage" in tekst and "29.2.2024" in tekst
    assert "KL har indgået aftale med" in tekst
    assert "Sundhedsloven § 140" in tekst and "Serviceloven § 86, stk. 2" in tekst
    assert "7. Årsagen til funktionsevnenedsættelsen" in tekst
    assert "fejl" in tekst  # batchens ugyldige række
