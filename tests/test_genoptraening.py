"""Genoptræning efter udskrivning (Forløbsprogram for mennesker med depression, Kap. 10)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
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
    Genoptraeningskontakt,
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
from forloebsregler._resultat import DovenTekst
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, HOERINGSSVAR_DEPRESSION
from tests._doven import tjek_doven_begrundelse

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


def test_senere_startdato_uden_begrundelse_kan_ikke_afgoeres() -> None:
    # »angiver sygehuset en startdato og en sundhedsfaglig begrundelse herfor«: uden
    # begrundelsen mangler et faktum — kan ikke afgøres, ikke en fejl (GEN-03)
    r = opstartsfrist(date(2024, 3, 1), sygehusets_startdato=date(2024, 3, 20))
    assert r.dato is None
    assert r.grundlag is None
    assert r.syvdagesfrist == date(2024, 3, 8)
    assert r.sygehusets_startdato == date(2024, 3, 20)
    assert r.begrundelse.startswith("Kan ikke afgøres")
    assert "GEN-03" in r.begrundelse
    # en tom tekst er stadig et ugyldigt argument
    with pytest.raises(UgyldigVaerdiFejl, match="begrundelse"):
        opstartsfrist(date(2024, 3, 1), sygehusets_startdato=date(2024, 3, 20), begrundelse="  ")


@pytest.mark.parametrize(
    ("tilbudt", "udfald"),
    [
        (date(2024, 3, 8), IKKE),  # inden for 7 dage: rettidigt under enhver læsning
        (date(2024, 3, 9), UKENDT),
        (date(2024, 3, 25), UKENDT),
        (None, UKENDT),
    ],
)
def test_frit_valg_ved_senere_startdato_uden_begrundelse(
    tilbudt: date | None, udfald: Genoptraeningsudfald
) -> None:
    r = frit_leverandoervalg(date(2024, 3, 1), tilbudt, sygehusets_startdato=date(2024, 3, 20))
    assert r.ret_til_frit_valg is udfald
    assert r.frist.dato is None


def test_opstartsfrist_baerer_fortolkningerne() -> None:
    assert opstartsfrist(date(2024, 3, 1)).fortolkninger == ("GEN-01",)
    tidlig = opstartsfrist(date(2024, 3, 1), sygehusets_startdato=date(2024, 3, 5))
    assert tidlig.fortolkninger == ("GEN-01", "GEN-02")
    assert "GEN-02" in tidlig.begrundelse
    senere = opstartsfrist(date(2024, 3, 1), sygehusets_startdato="2024-03-20", begrundelse="x")
    assert senere.fortolkninger == ("GEN-01",)


def test_frit_valg_maalt_mod_senere_dato_er_en_laesning() -> None:
    r = frit_leverandoervalg(
        date(2024, 3, 1), date(2024, 3, 15), sygehusets_startdato="2024-03-20", begrundelse="x"
    )
    assert r.fortolkninger == ("GEN-01", "GEN-04")
    assert "læsning" in r.begrundelse and "GEN-04" in r.begrundelse
    uden = frit_leverandoervalg(date(2024, 3, 1), date(2024, 3, 15))
    assert "GEN-04" not in uden.fortolkninger


@pytest.mark.parametrize("kontakt", [Genoptraeningskontakt.AMBULANT, "AMBULANT", "ambulant"])
def test_ambulant_forloeb_kan_ikke_afgoeres(kontakt: Any) -> None:
    # Kap. 10's boks: »efter udskrivelse eller behandling på ambulatoriet«; 7-dagesfristen og
    # udleveringstidspunktet står kun for udskrivningen (GEN-11)
    frist = opstartsfrist(date(2024, 3, 1), kontakt=kontakt)
    assert frist.dato is None and frist.syvdagesfrist is None
    assert frist.kontakt is Genoptraeningskontakt.AMBULANT
    assert frist.fortolkninger == ("GEN-11",)
    valg = frit_leverandoervalg(date(2024, 3, 1), date(2024, 3, 4), kontakt=kontakt)
    assert valg.ret_til_frit_valg is UKENDT
    plan = kontroller_planoverdragelse(
        datetime(2024, 3, 1, 10, tzinfo=KOEBENHAVN),
        datetime(2024, 3, 1, 9, tzinfo=KOEBENHAVN),
        kontakt=kontakt,
    )
    assert plan.rettidig is UKENDT
    assert plan.fortolkninger == ("GEN-11",)
    assert plan.modtagere[:2] == (
        Genoptraeningsmodtager.PATIENTEN,
        Genoptraeningsmodtager.BOPAELSKOMMUNEN,
    )


def test_ukendt_kontakt_afvises() -> None:
    with pytest.raises(UkendtNavnFejl, match="kontakt"):
        opstartsfrist(date(2024, 3, 1), kontakt="indlagt")


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


def test_planoverdragelsens_begrundelse_ordret() -> None:
    # »skal senest udleveres til patienten på udskrivelsestidspunktet«, her afgjort på datoer
    # (GEN-05); »sender denne til patientens bopælskommune via MedCom-standarden GGOP og
    # patientens praktiserende læge, hvis patienten har givet samtykke hertil«
    r = kontroller_planoverdragelse(
        "2024-03-04", "2024-03-03", samtykke_til_praktiserende_laege=True
    )
    assert r.begrundelse == (
        "Planen blev udleveret senest på udskrivelsestidspunktet (læsning, se "
        "fortolkningsloggen GEN-05). Planen sendes til bopælskommunen via GGOP og til den "
        "praktiserende læge (patienten har givet samtykke)."
    )


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
    r = vurder_genoptraeningsbehov(helhedsvurdering=True, **{**_INGEN, gruppe: True})
    assert r.plan_indiceret is OPFYLDT
    assert r.tilstedevaerende == {Funktionsevnenedsaettelse[gruppe.upper()]}


@pytest.mark.parametrize(
    "helhed",
    [
        {"motiveret_med_potentiale": False},
        {"kan_klare_sig_ved_egen_hjaelp": True},
        {"behov_diffuse_eller_bedre_anden_indsats": True},
        {"motiveret_med_potentiale": None},
        {"kan_klare_sig_ved_egen_hjaelp": None},
        {"behov_diffuse_eller_bedre_anden_indsats": None},
        {"motiveret_med_potentiale": False, "kan_klare_sig_ved_egen_hjaelp": True},
        {},
    ],
)
def test_intet_helhedspunkt_er_et_veto(helhed: dict[str, Any]) -> None:
    # »en overordnet helhedsvurdering« og »skal tage hensyn til … motivation«: uden kalderens
    # helhedsvurdering kan den ikke afgøres — heller ikke når ét punkt taler imod (GEN-06)
    r = vurder_genoptraeningsbehov(**{**_HELHED_JA, **helhed}, **{**_INGEN, "mental": True})
    assert r.helhedsvurdering is UKENDT
    assert r.plan_indiceret is UKENDT
    assert len(r.helhedspunkter) == 3
    assert "GEN-06" in r.fortolkninger and "GEN-06" in r.begrundelse
    for punkt in r.helhedspunkter:
        assert punkt.split(": ")[0] in r.begrundelse


@pytest.mark.parametrize(
    ("helhedsvurdering", "udfald"), [(True, OPFYLDT), (False, IKKE), (None, UKENDT)]
)
def test_kalderens_helhedsvurdering_gaelder(
    helhedsvurdering: bool | None, udfald: Genoptraeningsudfald
) -> None:
    # også når punkterne taler imod: det er en samlet vurdering
    r = vurder_genoptraeningsbehov(
        helhedsvurdering=helhedsvurdering,
        motiveret_med_potentiale=False,
        **{**_INGEN, "mental": True},
    )
    assert r.helhedsvurdering is udfald
    assert r.plan_indiceret is udfald
    assert r.helhedspunkter[0].endswith(": nej")


def test_ingen_nedsaettelse_ingen_plan() -> None:
    for helhed in (True, None):
        r = vurder_genoptraeningsbehov(helhedsvurdering=helhed, **_INGEN)
        assert r.funktionsevnenedsaettelse is IKKE
        assert r.plan_indiceret is IKKE
        assert r.fortolkninger == ("GEN-06", "GEN-07")


def test_ukendt_nedsaettelse_kan_ikke_afgoeres() -> None:
    r = vurder_genoptraeningsbehov(helhedsvurdering=True, **{**_INGEN, "social": None})
    assert r.plan_indiceret is UKENDT
    assert r.ukendte == {Funktionsevnenedsaettelse.SOCIAL}
    assert "kan ikke afgøres" in r.begrundelse.lower()


def test_helhed_nej_vinder_over_ukendte_nedsaettelser() -> None:
    r = vurder_genoptraeningsbehov(
        helhedsvurdering=False,
        motiveret_med_potentiale=None,
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


def test_senere_startdato_uden_begrundelse_ordret() -> None:
    # GEN-03: startdatoen 20.3.2024 er senere end 7-dagesfristen (1.3. + 7 = 8.3.2024), men
    # uden sundhedsfaglig begrundelse; så kendes fristen ikke, og heller ikke frit valg.
    frist = opstartsfrist(date(2024, 3, 1), sygehusets_startdato=date(2024, 3, 20))
    assert frist.begrundelse == (
        "Kan ikke afgøres: sygehuset har angivet startdatoen 20.3.2024, senere end "
        "7-dagesfristen 8.3.2024, men ingen sundhedsfaglig begrundelse, som kilden kræver "
        "sammen med startdatoen; med begrundelsen er fristen 20.3.2024, uden den 8.3.2024 (se "
        "fortolkningsloggen GEN-03)."
    )
    valg = frit_leverandoervalg(date(2024, 3, 1), None, sygehusets_startdato=date(2024, 3, 20))
    assert valg.begrundelse == (
        "Kan ikke afgøres: kommunens tilbudte opstart kendes ikke; patienten får ret til frit "
        "valg, hvis kommunen ikke kan tilbyde opstart inden for fristen, som heller ikke kan "
        "afgøres."
    )


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
            {"udskrivning": date(2024, 3, 1), "sygehusets_startdato": date(2024, 3, 20)},
            {"udskrivning": "ikke en dato"},
            "ikke en række",
            {"udskrivning": date(2024, 3, 1), "ukendt": 1},
            {"tilbudt_opstart": date(2024, 3, 1)},
        ]
    )
    assert len(poster) == 9
    assert [p["raekke"] for p in poster] == list(range(1, 10))  # 1-baseret (batchkontrakten)
    assert len({tuple(p) for p in poster}) == 1  # samme felter i hver post
    a, b, c, d, e = poster[:5]
    assert a["fortolkninger"] == "GEN-01"
    assert d["fortolkninger"] == "GEN-01, GEN-04"
    # senere startdato uden begrundelse: kan ikke afgøres, ikke en fejlpost (GEN-03); posten
    # nævner læsningerne, dens begrundelse hviler på: 7-dagesfristen (GEN-01) og GEN-03
    assert e["fejl"] is None and e["frist"] is None and e["fristgrundlag"] is None
    assert e["frit_valg"] == "KAN_IKKE_AFGOERES" and e["fortolkninger"] == "GEN-01, GEN-03"
    assert a["id"] == "A" and a["frist"] == "2024-03-08" and a["tilbudt_opstart"] == "2024-03-10"
    assert a["dage_for_sent"] == 2 and a["frit_valg"] == "OPFYLDT" and a["fejl"] is None
    assert b["id"] == 2 and b["dage_for_sent"] == 0 and b["frit_valg"] == "IKKE_OPFYLDT"
    assert c["frit_valg"] == "KAN_IKKE_AFGOERES" and c["dage_for_sent"] is None
    assert d["udskrivningsdato"] == "2024-02-01" and d["frist"] == "2024-02-20"
    assert d["fristgrundlag"] == "SYGEHUSETS_STARTDATO" and d["syvdagesfrist"] == "2024-02-08"
    assert d["sygehusets_startdato"] == "2024-02-20" and e["sygehusets_startdato"] == "2024-03-20"
    for fejlpost in poster[5:]:
        assert isinstance(fejlpost["fejl"], str) and fejlpost["fejl"]
        assert fejlpost["frist"] is None
    assert "udskrivning" in poster[8]["fejl"]
    assert "ukendt" in poster[7]["fejl"]


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


@pytest.mark.parametrize(
    "pladsholder",
    ["ukendt", "Ukendt ", "?", "nej", "N", "ingen", "-", "0", "false", "None", "null", "nan"],
)
def test_en_pladsholder_er_ingen_sundhedsfaglig_begrundelse(pladsholder: str) -> None:
    # GEN-15: Kap. 10 kræver »en startdato og en sundhedsfaglig begrundelse herfor«; en tekst,
    # der kun siger, at begrundelsen er ukendt eller mangler, er ingen begrundelse. Som
    # begrundelse ville den flytte fristen fra 29.2.2024 (7 dage efter 22.2., GEN-01) til
    # sygehusets 10.3.2024.
    for funktion in (opstartsfrist, lambda *a, **k: frit_leverandoervalg(*a, None, **k)):
        with pytest.raises(UgyldigVaerdiFejl, match="pladsholder") as fejl:
            funktion(
                date(2024, 2, 22), sygehusets_startdato=date(2024, 3, 10), begrundelse=pladsholder
            )
        assert "GEN-15" in str(fejl.value)
        assert "None, hvis begrundelsen ikke kendes" in str(fejl.value)


@pytest.mark.parametrize("pladsholder", ["ikke oplyst", "N/A", "<NA>", "Ukendt."])
def test_andre_pladsholdere_er_heller_ingen_sundhedsfaglig_begrundelse(pladsholder: str) -> None:
    # GEN-15's læsning: »En tekst, der kun siger, at begrundelsen er ukendt eller mangler (...)
    # er ingen sundhedsfaglig begrundelse.« »ikke oplyst« (bibliotekets eget ord for en
    # manglende oplysning), »N/A«, »<NA>« (pandas' tekst for en manglende værdi, som »nan«
    # på listen) og »Ukendt.« siger kun det. Som begrundelse flyttede de fristen fra 29.2.2024
    # (7 dage efter 22.2., GEN-01) til sygehusets 10.3.2024, så opstart 5.3.2024 blev rettidig
    # og det frie valg nægtet.
    with pytest.raises(UgyldigVaerdiFejl, match="GEN-15"):
        opstartsfrist(
            date(2024, 2, 22), sygehusets_startdato=date(2024, 3, 10), begrundelse=pladsholder
        )


def test_en_rigtig_begrundelse_med_et_pladsholderord_er_en_begrundelse() -> None:
    # Kun hele pladsholdere afvises: »nej til tidlig belastning« er en begrundelse (GEN-02):
    # fristen er sygehusets startdato 10.3.2024.
    r = opstartsfrist(
        date(2024, 2, 22),
        sygehusets_startdato=date(2024, 3, 10),
        begrundelse="nej til tidlig belastning",
    )
    assert r.dato == date(2024, 3, 10)


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
    from forloebsregler.demo.genoptraening import demo

    linjer = demo()
    assert all(isinstance(linje, str) for linje in linjer)
    tekst = "\n".join(linjer)
    assert "7 kalenderdage" in tekst and "29.2.2024" in tekst
    assert "KL har indgået aftale med" in tekst
    assert "Sundhedsloven § 140" in tekst and "Serviceloven § 86, stk. 2" in tekst
    assert "7. Årsagen til funktionsevnenedsættelsen" in tekst
    assert "fejl" in tekst  # batchens ugyldige række


# --- Begrundelser og fejlbeskeder ordret ------------------------------------------------------
# Begrundelsen er det, sagsbehandleren læser op, og fejlbeskeden er en del af kontrakten
# (argumentets navn, hvad der blev givet, og hvad der accepteres); de pinnes derfor ordret.

_KBH_14 = datetime(2024, 3, 1, 14, 0, tzinfo=KOEBENHAVN)


def _fejlbesked(funktion: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(ForloebsreglerFejl) as fejl:
        funktion(*args, **kwargs)
    return str(fejl.value)


@pytest.mark.parametrize(
    ("tilbudt", "begrundelse"),
    [
        (
            None,
            "Kan ikke afgøres: kommunens tilbudte opstart kendes ikke; patienten får ret til frit "
            "valg, hvis kommunen ikke kan tilbyde opstart senest 8.3.2024.",
        ),
        (
            date(2024, 3, 11),
            "Kommunen tilbyder opstart 11.3.2024, 3 dag(e) efter fristen 8.3.2024; patienten har "
            "derfor ret til frit at vælge en privat leverandør, som KL har indgået aftale med "
            "(læsning, se fortolkningsloggen GEN-01).",
        ),
        (
            date(2024, 3, 8),
            "Kommunen tilbyder opstart 8.3.2024, inden for fristen 8.3.2024; retten til frit valg "
            "af privat leverandør er ikke udløst (læsning, se fortolkningsloggen GEN-01).",
        ),
    ],
)
def test_frit_valg_begrundelse_ordret(tilbudt: date | None, begrundelse: str) -> None:
    r = frit_leverandoervalg(_DAG, tilbudt)
    assert r.begrundelse == begrundelse
    assert r.tilbudt_opstart == tilbudt


def test_frit_valg_fejlbeskeder_ordret() -> None:
    assert _fejlbesked(frit_leverandoervalg, _DAG, date(2024, 2, 29)) == (
        "tilbudt_opstart: fik 2024-02-29, som ligger før udskrivningen 2024-03-01; accepterer "
        "kun en opstart på eller efter udskrivningen"
    )
    assert _fejlbesked(frit_leverandoervalg, _DAG, 1) == (
        "tilbudt_opstart: fik 1 (type int); accepterer en date, et tidszonebevidst datetime "
        "eller en ISO-streng"
    )


_SAMTYKKETEKST = {
    None: "Planen sendes til bopælskommunen via GGOP og til den praktiserende læge kun, hvis "
    "patienten har givet samtykke (ukendt).",
    True: "Planen sendes til bopælskommunen via GGOP og til den praktiserende læge (patienten har "
    "givet samtykke).",
    False: "Planen sendes til bopælskommunen via GGOP og ikke til den praktiserende læge (intet "
    "samtykke).",
}
_UDLEVERINGSTEKST = {
    "ukendt": "Kan ikke afgøres, om planen blev udleveret rettidigt: udleveringen kendes ikke.",
    "før": "Planen blev udleveret senest på udskrivelsestidspunktet.",
    "før (dato)": "Planen blev udleveret senest på udskrivelsestidspunktet (læsning, se "
    "fortolkningsloggen GEN-05).",
    "efter": "Planen blev udleveret efter udskrivelsestidspunktet; den skal senest udleveres ved "
    "udskrivningen (læsning, se fortolkningsloggen GEN-05).",
    "samme dag": "Kan ikke afgøres, om planen blev udleveret rettidigt: udlevering og "
    "udskrivning er samme dag, og klokkeslættet kendes ikke for begge (læsning, se "
    "fortolkningsloggen GEN-05).",
}


@pytest.mark.parametrize("samtykke", [None, True, False])
@pytest.mark.parametrize(
    ("udskrivning", "udleveret", "hvornaar", "udfald"),
    [
        (_KBH_14, None, "ukendt", UKENDT),
        (_DAG, date(2024, 2, 29), "før (dato)", OPFYLDT),
        (_KBH_14, datetime(2024, 3, 1, 13, 0, tzinfo=UTC), "før", OPFYLDT),  # samme øjeblik
        (_DAG, date(2024, 3, 2), "efter", IKKE),
        (_KBH_14, date(2024, 3, 2), "efter", IKKE),
        (_DAG, _DAG, "samme dag", UKENDT),
        (_KBH_14, _DAG, "samme dag", UKENDT),
    ],
)
def test_planoverdragelse_begrundelse_ordret(
    udskrivning: date,
    udleveret: date | None,
    hvornaar: str,
    udfald: Genoptraeningsudfald,
    samtykke: bool | None,
) -> None:
    r = kontroller_planoverdragelse(
        udskrivning, udleveret, samtykke_til_praktiserende_laege=samtykke
    )
    assert r.rettidig is udfald
    assert r.begrundelse == f"{_UDLEVERINGSTEKST[hvornaar]} {_SAMTYKKETEKST[samtykke]}"
    assert r.samtykke_ukendt is (samtykke is None)
    # kun sammenligningen på datoer hviler på en læsning (GEN-05)
    kun_datoer = hvornaar != "ukendt" and not (
        isinstance(udskrivning, datetime) and isinstance(udleveret, datetime)
    )
    assert r.fortolkninger == (("GEN-05",) if kun_datoer else ())


def test_planoverdragelse_isotidspunkt_med_mellemrum_er_et_tidspunkt() -> None:
    """ISO 8601 tillader mellemrum i stedet for 'T'; det er stadig et tidspunkt (reel tid)."""
    r = kontroller_planoverdragelse("2024-03-01 14:00+01:00", "2024-03-01 13:00+01:00")
    assert r.rettidig is OPFYLDT
    r = kontroller_planoverdragelse("2024-03-01 14:00+01:00", "2024-03-01 14:00:01+01:00")
    assert r.rettidig is IKKE


def test_planoverdragelse_fejlbeskeder_ordret() -> None:
    uden_for = datetime(9999, 12, 30, tzinfo=UTC)
    forventet = (
        "{}: fik datetime.datetime(9999, 12, 30, 0, 0, tzinfo=datetime.timezone.utc) (type "
        "datetime); accepterer kun datoer til og med 9999-12-24"
    )
    assert _fejlbesked(kontroller_planoverdragelse, uden_for, None) == forventet.format(
        "udskrivning"
    )
    assert _fejlbesked(kontroller_planoverdragelse, _DAG, uden_for) == forventet.format("udleveret")
    assert _fejlbesked(kontroller_planoverdragelse, 1, None) == (
        "udskrivning: fik 1 (type int); accepterer en date, et tidszonebevidst datetime eller en "
        "ISO-streng"
    )
    assert _fejlbesked(kontroller_planoverdragelse, _DAG, 1) == (
        "udleveret: fik 1 (type int); accepterer en date, et tidszonebevidst datetime eller en "
        "ISO-streng"
    )
    assert _fejlbesked(
        kontroller_planoverdragelse, _DAG, None, samtykke_til_praktiserende_laege=1
    ) == (
        "samtykke_til_praktiserende_laege: fik 1 (type int); accepterer True, False eller None "
        "(ukendt)"
    )


_BEHOV_NAVNE = [*_HELHED_JA, *_INGEN]


@pytest.mark.parametrize("navn", _BEHOV_NAVNE)
def test_behovsvurdering_fejlbesked_navngiver_argumentet(navn: str) -> None:
    svar = {**_HELHED_JA, **_INGEN, navn: 1}
    assert _fejlbesked(vurder_genoptraeningsbehov, **svar) == (
        f"{navn}: fik 1 (type int); accepterer True, False eller None (ukendt)"
    )


_HELHED_TEKST = "helhedsvurderingen peger på, at en plan kan være relevant"
_MOTIVERET = (
    "patienten er motiveret for en genoptræningsindsats og har et potentiale, der kan realiseres "
    "gennem genoptræning"
)
_EGEN_HJAELP = "patienten kan lige så vel klare sig ved egen hjælp"
_DIFFUSE = "patientens behov er diffuse og bedre imødekommes af anden kommunal indsats"
_PUNKTER_JA = (
    f" (helhedsvurderingens punkter: {_MOTIVERET}: ja; {_EGEN_HJAELP}: nej; {_DIFFUSE}: nej)"
)
_L6 = " (læsning, se fortolkningsloggen GEN-06)."
_L67 = " (læsning, se fortolkningsloggen GEN-06, GEN-07)."


@pytest.mark.parametrize(
    ("aendring", "udfald", "begrundelse"),
    [
        (
            {"helhedsvurdering": True},
            IKKE,
            "En genoptræningsplan er ikke indiceret: ingen af de fire funktionsevnenedsættelser er "
            f"til stede{_PUNKTER_JA}{_L67}",
        ),
        (
            {"helhedsvurdering": True, "mental": True},
            OPFYLDT,
            f"En genoptræningsplan udarbejdes: {_HELHED_TEKST}, og funktionsevnenedsættelse til "
            f"stede (mental (kognitiv eller emotionel)){_PUNKTER_JA}{_L6}",
        ),
        (
            # kildens rækkefølge, uanset argumenternes
            {"helhedsvurdering": True, "social": True, "mental": True, "bevaegelsesmaessig": True},
            OPFYLDT,
            f"En genoptræningsplan udarbejdes: {_HELHED_TEKST}, og funktionsevnenedsættelse til "
            "stede (bevægelsesmæssig, mental (kognitiv eller emotionel), social)"
            f"{_PUNKTER_JA}{_L6}",
        ),
        (
            {"helhedsvurdering": True, "aktivitetsmaessig": True, "social": None},
            OPFYLDT,
            f"En genoptræningsplan udarbejdes: {_HELHED_TEKST}, og funktionsevnenedsættelse til "
            f"stede (aktivitetsmæssig){_PUNKTER_JA}{_L6}",
        ),
        (
            {"helhedsvurdering": True, "social": None},
            UKENDT,
            f"Kan ikke afgøres, om en plan er indiceret: {_HELHED_TEKST}; det vides ikke, om der "
            f"er en funktionsevnenedsættelse{_PUNKTER_JA}{_L67}",
        ),
        (
            {"helhedsvurdering": False, "social": None},
            IKKE,
            "En genoptræningsplan er ikke indiceret: helhedsvurderingen peger ikke på, at en plan "
            f"kan være relevant{_PUNKTER_JA}{_L6}",
        ),
        (
            # tre punkter imod, men ingen helhedsvurdering: ikke et veto
            {
                "motiveret_med_potentiale": False,
                "kan_klare_sig_ved_egen_hjaelp": True,
                "behov_diffuse_eller_bedre_anden_indsats": True,
                "mental": True,
            },
            UKENDT,
            "Kan ikke afgøres, om en plan er indiceret: den overordnede helhedsvurdering er ikke "
            "givet; funktionsevnenedsættelse til stede (mental (kognitiv eller emotionel)) "
            f"(helhedsvurderingens punkter: {_MOTIVERET}: nej; {_EGEN_HJAELP}: ja; {_DIFFUSE}: ja)"
            f"{_L6}",
        ),
        (
            {"motiveret_med_potentiale": None, "social": None},
            UKENDT,
            "Kan ikke afgøres, om en plan er indiceret: den overordnede helhedsvurdering er ikke "
            "givet; det vides ikke, om der er en funktionsevnenedsættelse "
            f"(helhedsvurderingens punkter: {_MOTIVERET}: ukendt; {_EGEN_HJAELP}: nej; "
            f"{_DIFFUSE}: nej){_L67}",
        ),
        (
            # helheden er ukendt, men ingen nedsættelse afgør det (GEN-07)
            {"motiveret_med_potentiale": None},
            IKKE,
            "En genoptræningsplan er ikke indiceret: ingen af de fire funktionsevnenedsættelser er "
            f"til stede (helhedsvurderingens punkter: {_MOTIVERET}: ukendt; {_EGEN_HJAELP}: nej; "
            f"{_DIFFUSE}: nej){_L67}",
        ),
    ],
)
def test_behovsvurdering_begrundelse_ordret(
    aendring: dict[str, Any], udfald: Genoptraeningsudfald, begrundelse: str
) -> None:
    r = vurder_genoptraeningsbehov(**{**_HELHED_JA, **_INGEN, **aendring})
    assert r.plan_indiceret is udfald
    assert r.begrundelse == begrundelse


def test_behovsvurderingens_begrundelse_skrives_naar_den_laeses() -> None:
    # »Såfremt det konstateres, at patienten har en eller flere af de nævnte
    # funktionsevnenedsættelser, udarbejdes en genoptræningsplan« (helhedsvurderingen: GEN-06)
    def lav() -> Any:
        return vurder_genoptraeningsbehov(
            bevaegelsesmaessig=True,
            aktivitetsmaessig=False,
            mental=True,
            social=False,
            helhedsvurdering=True,
            motiveret_med_potentiale=True,
            kan_klare_sig_ved_egen_hjaelp=False,
            behov_diffuse_eller_bedre_anden_indsats=False,
        )

    tjek_doven_begrundelse(
        lav,
        "En genoptræningsplan udarbejdes: helhedsvurderingen peger på, at en plan kan være "
        "relevant, og funktionsevnenedsættelse til stede (bevægelsesmæssig, mental (kognitiv "
        "eller emotionel)) (helhedsvurderingens punkter: patienten er motiveret for en "
        "genoptræningsindsats og har et potentiale, der kan realiseres gennem genoptræning: ja; "
        "patienten kan lige så vel klare sig ved egen hjælp: nej; patientens behov er diffuse og "
        "bedre imødekommes af anden kommunal indsats: nej) (læsning, se fortolkningsloggen "
        "GEN-06).",
    )


def test_behovsvurdering_delsvar() -> None:
    r = vurder_genoptraeningsbehov(
        **{**_HELHED_JA, "motiveret_med_potentiale": None},
        bevaegelsesmaessig=None,
        aktivitetsmaessig=False,
        mental=None,
        social=False,
    )
    assert r.helhedsvurdering is UKENDT and r.funktionsevnenedsaettelse is UKENDT
    assert r.ukendte == {
        Funktionsevnenedsaettelse.BEVAEGELSESMAESSIG,
        Funktionsevnenedsaettelse.MENTAL,
    }
    assert r.tilstedevaerende == frozenset()


@pytest.mark.parametrize("navn", [*_RET_JA])
def test_ret_til_plan_fejlbesked_navngiver_argumentet(navn: str) -> None:
    assert _fejlbesked(ret_til_genoptraeningsplan, **{**_RET_JA, navn: 1}) == (
        f"{navn}: fik 1 (type int); accepterer True, False eller None (ukendt)"
    )


def test_ret_til_plan_fejlbesked_for_henviser() -> None:
    assert _fejlbesked(ret_til_genoptraeningsplan, **_RET_JA, henviser=None) == (
        "henviser: fik None (type NoneType); accepterer et Genoptraeningshenviser eller dets "
        "navn: SYGEHUS, PRAKTISERENDE_LAEGE, KOMMUNE"
    )
    assert _fejlbesked(ret_til_genoptraeningsplan, **_RET_JA, henviser="nabo") == (
        "henviser: ukendt navn 'nabo' (type str); accepterer et Genoptraeningshenviser: SYGEHUS, "
        "PRAKTISERENDE_LAEGE, KOMMUNE"
    )


_ET_HENVISER = (
    " giver ikke en genoptræningsplan: ifølge lovgivningen er det regionen (sygehuset), der kan "
    "henvise til genoptræning (læsning, se fortolkningsloggen GEN-10)."
)


@pytest.mark.parametrize(
    ("aendring", "udfald", "henviser", "begrundelse"),
    [
        (
            {},
            OPFYLDT,
            Genoptraeningshenviser.SYGEHUS,
            "Patienten har ret til en genoptræningsplan ved udskrivningen; planen er en "
            "lægehenvisning, som kommunen ikke kan tilsidesætte.",
        ),
        (
            {"laegefagligt_begrundet_behov": False, "baggrund_i_funktionsevnetab": False},
            IKKE,
            Genoptraeningshenviser.SYGEHUS,
            "Ingen ret til en genoptræningsplan: det er ikke opfyldt, at der er et lægefagligt "
            "begrundet behov og at behovet har baggrund i et funktionsevnetab.",
        ),
        (
            {
                "laegefagligt_begrundet_behov": False,
                "relaterer_sig_til_aktuel_sygehuskontakt": None,
            },
            IKKE,
            Genoptraeningshenviser.SYGEHUS,
            "Ingen ret til en genoptræningsplan: det er ikke opfyldt, at der er et lægefagligt "
            "begrundet behov.",
        ),
        (
            {"relaterer_sig_til_aktuel_sygehuskontakt": False},
            IKKE,
            Genoptraeningshenviser.SYGEHUS,
            "Ingen ret til en genoptræningsplan: det er ikke opfyldt, at behovet relaterer sig til "
            "den aktuelle sygehuskontakt.",
        ),
        (
            {"relaterer_sig_til_aktuel_sygehuskontakt": None, "baggrund_i_funktionsevnetab": None},
            UKENDT,
            Genoptraeningshenviser.SYGEHUS,
            "Kan ikke afgøres: det vides ikke, om behovet relaterer sig til den aktuelle "
            "sygehuskontakt og om behovet har baggrund i et funktionsevnetab.",
        ),
        (
            {"laegefagligt_begrundet_behov": None},
            UKENDT,
            Genoptraeningshenviser.SYGEHUS,
            "Kan ikke afgøres: det vides ikke, om der er et lægefagligt begrundet behov.",
        ),
        (
            {"henviser": "KOMMUNE"},
            IKKE,
            Genoptraeningshenviser.KOMMUNE,
            "Henvisning fra kommune" + _ET_HENVISER,
        ),
        (
            {"henviser": "praktiserende_laege", "laegefagligt_begrundet_behov": False},
            IKKE,
            Genoptraeningshenviser.PRAKTISERENDE_LAEGE,
            "Henvisning fra praktiserende læge" + _ET_HENVISER,
        ),
    ],
)
def test_ret_til_plan_begrundelse_ordret(
    aendring: dict[str, Any],
    udfald: Genoptraeningsudfald,
    henviser: Genoptraeningshenviser,
    begrundelse: str,
) -> None:
    r = ret_til_genoptraeningsplan(**{**_RET_JA, **aendring})
    assert r.ret_til_plan is udfald
    assert r.henviser is henviser
    assert r.begrundelse == begrundelse
    assert r.kan_tilsidesaettes_af_kommunen is False
    assert len(r.kilder) == 5


_AVANCERET_SLUT = (
    " og hører typisk til almen genoptræning på avanceret niveau; kommunen vurderer niveauet "
    "(læsning, se fortolkningsloggen GEN-08)."
)
_KAN_IKKE_NIVEAU = (
    "Kan ikke afgøres: det vides ikke, om funktionsevnenedsættelserne er omfattende, eller om "
    "der var komplikationer af betydning."
)


@pytest.mark.parametrize(
    ("omfattende", "komplikationer", "niveau", "begrundelse"),
    [
        (
            True,
            None,
            Genoptraeningsindsats.ALMEN_AVANCERET,
            "Patienten har omfattende funktionsevnenedsættelser" + _AVANCERET_SLUT,
        ),
        (
            True,
            True,
            Genoptraeningsindsats.ALMEN_AVANCERET,
            "Patienten har omfattende funktionsevnenedsættelser" + _AVANCERET_SLUT,
        ),
        (
            None,
            True,
            Genoptraeningsindsats.ALMEN_AVANCERET,
            "Patienten har komplikationer i sygehusforløbet af betydning" + _AVANCERET_SLUT,
        ),
        (
            False,
            True,
            Genoptraeningsindsats.ALMEN_AVANCERET,
            "Patienten har komplikationer i sygehusforløbet af betydning" + _AVANCERET_SLUT,
        ),
        (
            False,
            False,
            Genoptraeningsindsats.ALMEN_BASALT,
            "Enkle og afgrænsede funktionsevnenedsættelser uden komplikationer af betydning "
            "hører typisk til almen genoptræning på basalt niveau; kommunen vurderer niveauet "
            "(læsning, se fortolkningsloggen GEN-08).",
        ),
        (None, False, None, _KAN_IKKE_NIVEAU),
        (False, None, None, _KAN_IKKE_NIVEAU),
        (None, None, None, _KAN_IKKE_NIVEAU),
    ],
)
def test_almen_niveau_begrundelse_ordret(
    omfattende: bool | None,
    komplikationer: bool | None,
    niveau: Genoptraeningsindsats | None,
    begrundelse: str,
) -> None:
    r = almen_niveau(
        omfattende_funktionsevnenedsaettelser=omfattende,
        komplikationer_af_betydning=komplikationer,
    )
    assert r.niveau is niveau
    assert r.begrundelse == begrundelse
    # valget af niveau er en læsning (GEN-08); »kan ikke afgøres« hviler ikke på den
    assert r.fortolkninger == (() if niveau is None else ("GEN-08",))
    # kommunen vurderer niveauet, og kildens to beskrivelser følger med
    assert [k.afsnit for k in r.kilder] == ["Kap. 10, Særligt om genoptræning i kommunerne"] * 3
    assert len({k.citat for k in r.kilder}) == 3


@pytest.mark.parametrize(
    "navn", ["omfattende_funktionsevnenedsaettelser", "komplikationer_af_betydning"]
)
def test_almen_niveau_fejlbesked_navngiver_argumentet(navn: str) -> None:
    svar: dict[str, Any] = {
        "omfattende_funktionsevnenedsaettelser": None,
        "komplikationer_af_betydning": None,
        navn: "ja",
    }
    assert _fejlbesked(almen_niveau, **svar) == (
        f"{navn}: fik 'ja' (type str); accepterer True, False eller None (ukendt)"
    )


def test_indsatsbeskrivelse_fejlbeskeder_ordret() -> None:
    navne = (
        "UNDER_INDLAEGGELSE, GENOPTRAENINGSPLAN, SPECIALISERET, ALMEN_BASALT, ALMEN_AVANCERET, "
        "EFTER_SYGDOM_UDEN_INDLAEGGELSE, VEDLIGEHOLDENDE_TRAENING, FOREBYGGENDE_TRAENING"
    )
    assert _fejlbesked(indsatsbeskrivelse, None) == (
        f"indsats: fik None (type NoneType); accepterer et Genoptraeningsindsats eller dets navn: "
        f"{navne}"
    )
    assert _fejlbesked(indsatsbeskrivelse, "ALMEN_MELLEM") == (
        f"indsats: ukendt navn 'ALMEN_MELLEM' (type str); accepterer et Genoptraeningsindsats: "
        f"{navne}"
    )


@pytest.mark.parametrize(
    ("argumenter", "besked"),
    [
        ((1, "?", ()), "betegnelse: fik 1 (type int); accepterer en tekststreng"),
        (("", "?", ()), "betegnelse: fik en tom streng; accepterer en ikke-tom tekst"),
        (("s", 1, ()), "spoergsmaal: fik 1 (type int); accepterer en tekststreng"),
        (("s", "?", ["a"]), "eksempler: fik ['a'] (type list); accepterer en tuple af tekst"),
        (("s", "?", "a"), "eksempler: fik 'a' (type str); accepterer en tuple af tekst"),
        (("s", "?", ("a", 1)), "eksempler[1]: fik 1 (type int); accepterer en tekststreng"),
    ],
)
def test_nedsaettelsesgruppe_fejlbeskeder_ordret(argumenter: tuple[Any, ...], besked: str) -> None:
    kilde = Funktionsevnenedsaettelse.SOCIAL.value.kilde
    assert _fejlbesked(Nedsaettelsesgruppe, *argumenter, kilde) == besked


def test_nedsaettelsesgruppe_kilde_fejlbesked_ordret() -> None:
    assert _fejlbesked(Nedsaettelsesgruppe, "s", "?", (), "kilde") == (
        "kilde: fik 'kilde' (type str); accepterer en Kilde"
    )


_NOEGLER = "begrundelse, id, kontakt, sygehusets_startdato, tilbudt_opstart, udskrivning"


def test_batch_fejlbeskeder_ordret() -> None:
    poster = opstartsfrister(
        [
            {"udskrivning": _DAG},
            "x",
            {"udskrivning": _DAG, "b": 1, "a": 2},
            {"udskrivning": None},
            {"udskrivning": float("nan"), "id": "N"},
            {"id": "M"},
        ]
    )
    assert [p["fejl"] for p in poster] == [
        None,
        f"raekker[1]: fik 'x' (type str); accepterer en mapping (dict) med nøglerne {_NOEGLER}",
        f"raekker[2]: ukendte nøgler ['a', 'b']; accepterer {_NOEGLER}",
        "raekker[3]: 'udskrivning' mangler; den er påkrævet",
        "raekker[4]: 'udskrivning' mangler; den er påkrævet",
        "raekker[5]: 'udskrivning' mangler; den er påkrævet",
    ]
    assert [p["id"] for p in poster] == [None, None, None, None, "N", "M"]
    assert _fejlbesked(opstartsfrister, 5) == (
        "raekker: fik 5 (type int); accepterer en samling (liste, generator) af mappings"
    )


def test_batch_fejl_i_enkeltkald_bevarer_beskeden() -> None:
    (post,) = opstartsfrister([{"udskrivning": _DAG, "tilbudt_opstart": date(2024, 2, 1)}])
    assert post["fejl"] == (
        "tilbudt_opstart: fik 2024-02-01, som ligger før udskrivningen 2024-03-01; accepterer "
        "kun en opstart på eller efter udskrivningen"
    )


class _UdenStr:
    def __str__(self) -> str:
        raise RuntimeError("ingen tekst")

    def __repr__(self) -> str:
        return "<uden str>"


@pytest.mark.parametrize(
    ("ident", "forventet"),
    [
        ("A", "A"),
        (7, 7),
        (True, "True"),  # bool er ikke et id-tal
        (date(2024, 1, 2), "2024-01-02"),
        (Decimal("1.50"), "1.50"),
        (_UdenStr(), "<uden str> (type _UdenStr)"),
        (None, None),
        (float("nan"), None),
    ],
    ids=repr,
)
def test_batch_id_er_en_simpel_vaerdi(ident: object, forventet: object) -> None:
    (post,) = opstartsfrister([{"udskrivning": _DAG, "id": ident}])
    assert post["id"] == forventet
    assert type(post["id"]) is type(forventet)


def test_batch_pandas_na_taeller_som_manglende() -> None:
    pd = pytest.importorskip("pandas")
    (post,) = opstartsfrister([{"udskrivning": _DAG, "tilbudt_opstart": pd.NA}])
    assert post["fejl"] is None and post["frit_valg"] == "KAN_IKKE_AFGOERES"
    (post,) = opstartsfrister([{"udskrivning": pd.NA}])
    assert post["fejl"] == "raekker[0]: 'udskrivning' mangler; den er påkrævet"


def test_batch_tom_tekst_er_ikke_oplyst() -> None:
    """Tom tekst er »ikke oplyst« som i `forloebsregler.batch`: en tom udskrivning er en fejl i
    rækken, og en tom tilbudt opstart er ikke oplyst (ingen fejl, intet frit valg afgjort)."""
    poster = opstartsfrister(
        [
            {"udskrivning": "  "},
            {"udskrivning": date(2024, 3, 1), "tilbudt_opstart": "", "begrundelse": ""},
        ]
    )
    assert [p["raekke"] for p in poster] == [1, 2]
    assert poster[0]["fejl"] == "raekker[0]: 'udskrivning' mangler; den er påkrævet"
    assert poster[1]["fejl"] is None and poster[1]["tilbudt_opstart"] is None
    # § 7-dagesfristen: udskrivning fredag 1.3.2024 + 7 dage = fredag 8.3.2024
    assert poster[1]["syvdagesfrist"] == "2024-03-08"


# --- Modulerne: ét pr. afsnit af Kap. 10 ------------------------------------------------------

_MODULER = {
    "genoptraening": ("Hvordan vurderes, om der er et behov?", "vurder_genoptraeningsbehov"),
    "genoptraeningsfrist": ("Særligt om genoptræning i kommunerne", "opstartsfrist"),
    "genoptraeningsplan": ("Udarbejdelse af genoptræningsplaner", "kontroller_planoverdragelse"),
    "genoptraeningsindsatser": ("om sygehusets og kommunens ansvar", "almen_niveau"),
}


@pytest.mark.parametrize(("modulnavn", "afsnit_og_navn"), _MODULER.items())
def test_modulerne_navngiver_deres_afsnit_og_genudsendes_fra_roden(
    modulnavn: str, afsnit_og_navn: tuple[str, str]
) -> None:
    """Hvert modul nævner det afsnit af Kap. 10, det implementerer, og dets offentlige navne er
    de samme objekter i pakkens rod."""
    import importlib

    import forloebsregler

    modul = importlib.import_module(f"forloebsregler.{modulnavn}")
    afsnit, navn = afsnit_og_navn
    assert modul.__doc__ is not None and "Kap. 10" in modul.__doc__
    assert afsnit in " ".join(modul.__doc__.split())
    assert navn in modul.__all__
    for offentligt in modul.__all__:
        assert getattr(forloebsregler, offentligt) is getattr(modul, offentligt), offentligt
    assert len(Path(modul.__file__ or "").read_text(encoding="utf-8").splitlines()) <= 620


# --- Begrundelsen skrives, når den læses (issue 18, punkt 1) -------------------------------


def test_opstartsfristens_begrundelse_skrives_foerst_naar_den_laeses() -> None:
    r = opstartsfrist(date(2024, 2, 22))
    assert type(r._begrundelse) is DovenTekst
    # Kap. 10: senest 7 kalenderdage efter udskrivningen; 2024 er skudår: 22.2. + 7 = 29.2.
    assert r.begrundelse.startswith(
        "Udskrevet 22.2.2024: kommunen skal igangsætte genoptræningen senest 29.2.2024"
    )
    assert type(r._begrundelse) is str


def test_doven_og_skrevet_opstartsfrist_er_samme_vaerdi() -> None:
    doven, laest = opstartsfrist(date(2024, 2, 22)), opstartsfrist(date(2024, 2, 22))
    skrevet = attrs.evolve(laest, begrundelse=laest.begrundelse)
    assert doven == skrevet and hash(doven) == hash(skrevet) and repr(doven) == repr(skrevet)
    assert repr(skrevet) == (
        "Opstartsfrist(dato=datetime.date(2024, 2, 29), "
        f"grundlag={Fristgrundlag.SYV_KALENDERDAGE!r}, "
        "udskrivningsdato=datetime.date(2024, 2, 22), syvdagesfrist=datetime.date(2024, 2, 29), "
        "sygehusets_startdato=None, sundhedsfaglig_begrundelse=None, "
        f"begrundelse={laest.begrundelse!r}, kilder={laest.kilder!r}, "
        f"kontakt={Genoptraeningskontakt.UDSKRIVNING!r}, fortolkninger=('GEN-01',))"
    )
    assert doven.til_json() == skrevet.til_json()
    assert doven != attrs.evolve(skrevet, begrundelse="En anden tekst.")


def test_frit_valgs_begrundelse_skrives_naar_den_laeses() -> None:
    # Kap. 10: fristen er 7 kalenderdage efter udskrivningen (2024 er skudår: 22.2. + 7 =
    # 29.2.); en opstart 5.3. er 5 dage for sent og udløser retten til frit valg
    tjek_doven_begrundelse(
        lambda: frit_leverandoervalg(date(2024, 2, 22), date(2024, 3, 5)),
        "Kommunen tilbyder opstart 5.3.2024, 5 dag(e) efter fristen 29.2.2024; patienten har "
        "derfor ret til frit at vælge en privat leverandør, som KL har indgået aftale med "
        "(læsning, se fortolkningsloggen GEN-01).",
    )
    tjek_doven_begrundelse(
        lambda: frit_leverandoervalg(date(2024, 2, 22), None),
        "Kan ikke afgøres: kommunens tilbudte opstart kendes ikke; patienten får ret til frit "
        "valg, hvis kommunen ikke kan tilbyde opstart senest 29.2.2024.",
    )
    # en senere startdato uden sundhedsfaglig begrundelse: fristen kan ikke afgøres, men et
    # tilbud inden for de 7 dage er rettidigt under enhver læsning
    tjek_doven_begrundelse(
        lambda: frit_leverandoervalg(
            date(2024, 2, 22), date(2024, 2, 27), sygehusets_startdato=date(2024, 3, 4)
        ),
        "Kommunen tilbyder opstart 27.2.2024, inden for 7-dagesfristen 29.2.2024, og dermed "
        "også inden for sygehusets senere startdato; retten til frit valg af privat leverandør "
        "er ikke udløst (læsning, se fortolkningsloggen GEN-01).",
    )


def test_frit_valg_uden_frist_laeser_fristens_begrundelse_naar_den_selv_laeses() -> None:
    def lav() -> Any:
        return frit_leverandoervalg(
            date(2024, 2, 22), date(2024, 3, 10), sygehusets_startdato=date(2024, 3, 4)
        )

    r = lav()
    assert type(r._begrundelse) is DovenTekst and type(r.frist._begrundelse) is DovenTekst
    fristens = opstartsfrist(date(2024, 2, 22), sygehusets_startdato=date(2024, 3, 4)).begrundelse
    tjek_doven_begrundelse(
        lav,
        "Kan ikke afgøres, om kommunens opstart 10.3.2024 er rettidig: fristen kan ikke "
        f"afgøres. {fristens}",
    )


def test_opstartsfrister_ukendt_begrundelse_er_ikke_oplyst_som_i_batchkontrakten() -> None:
    # GEN-15: i batchkontrakten er »ukendt« og »?« ikke oplyst; `opstartsfrister` følger
    # kontraktens konventioner for manglende værdier. Udskrevet 22.2.2024, sygehusets startdato
    # 10.3.2024, tilbudt 5.3.2024: uden begrundelse kan fristen og det frie valg ikke afgøres
    # (GEN-03). Rækken uden begrundelse nævner ikke GEN-15 (hvert svar gemmes for sig).
    grund = {
        "udskrivning": "2024-02-22",
        "tilbudt_opstart": "2024-03-05",
        "sygehusets_startdato": "2024-03-10",
    }
    ukendt, uden, spm = opstartsfrister(
        [{**grund, "begrundelse": "ukendt"}, grund, {**grund, "begrundelse": "?"}]
    )
    for post in (ukendt, spm):
        assert (post["fejl"], post["frist"], post["frit_valg"]) == (
            None,
            None,
            "KAN_IKKE_AFGOERES",
        )
        assert post["fortolkninger"] == "GEN-01, GEN-03, GEN-15"
    assert uden["frit_valg"] == "KAN_IKKE_AFGOERES"
    assert uden["fortolkninger"] == "GEN-01, GEN-03"
