"""IV-behandling i kommunalt regi: kildens tal, grænsetilfælde og dårligt input.

Kilder: rammeaftalen for Nordjylland (afsnit 3–8, tabel 1–3) og Region Syddanmarks
samarbejdsaftaler om IV-behandling med væske og med antibiotika.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal, localcontext

import attrs
import pytest

from forloebsregler import ForloebsreglerFejl
from forloebsregler._resultat import DovenTekst
from forloebsregler.iv_finansiering import (
    AFTALTE_FORPLIGTELSER,
    FINANSIERINGSANDEL_KOMMUNE,
    FINANSIERINGSANDEL_REGION,
    betaling_pr_forloeb,
    regional_finansiering,
    vurder_forloeb,
)
from forloebsregler.iv_opfoelgning import (
    FORHANDLINGSGRAENSE_PROCENT,
    KVARTALSVISE_OPFOELGNINGSPUNKTER,
    VURDERING_EFTER_MAANEDER,
    Vaegtning,
    aktivitetsopfoelgning,
    kvartalsopgoerelse,
)
from forloebsregler.iv_opsigelse import (
    FORSOEGSPERIODE_AAR,
    OPSIGELSESVARSEL_MAANEDER,
    Opsigelsesgrund,
    forsoegsperiode,
    opsigelse,
)
from forloebsregler.iv_syddanmark import (
    MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS,
    IVBehandling,
    Opfyldelse,
    Overdragelsesbetingelse,
    overdragelsesbetingelser,
)
from forloebsregler.iv_syddanmark_ansvar import Ansvarlig, behandlingsansvar
from forloebsregler.iv_syddanmark_monitorering import HALVAARLIGE_DATAPUNKTER, halvaarsopgoerelse
from forloebsregler.iv_undtagelser import (
    MAKS_BESOEG_PR_DOEGN,
    MAKS_OPHOLD_PR_INDGIFT,
    Hospitalsundtagelse,
    Varetagelse,
    hospitalsundtagelser,
)
from forloebsregler.ivkategori import (
    ESTIMERET_AARLIGT_ANTAL_FORLOEB_INTERVAL,
    ESTIMERET_ANDEL_PROCENT,
    KEMOKUR_TIMER,
    REGIONAL_FINANSIERING,
    TABEL_1,
    IVOmraade,
    Tyngdekategori,
    Tyngdevurdering,
    aktivitetsestimat,
    standardforloeb,
    timer_fra_besoeg,
    tyngdekategori,
)
from tests._doven import tjek_doven_begrundelse

T = Tyngdekategori
K1, K2, K3, K4 = T.KATEGORI_1, T.KATEGORI_2, T.KATEGORI_3, T.KATEGORI_4

# ---------------------------------------------------------------------------
# Kildens tal
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kategori", "beloeb"),
    [
        pytest.param(T.KEMOKUR, Decimal(200), id="5. Økonomi, tabel 3: Kemokur 200 kr."),
        pytest.param(K1, Decimal(1225), id="5. Økonomi, tabel 3: Kategori 1 1.225 kr."),
        pytest.param(K2, Decimal(4900), id="5. Økonomi, tabel 3: Kategori 2 4.900 kr."),
        pytest.param(K3, Decimal(12250), id="5. Økonomi, tabel 3: Kategori 3 12.250 kr."),
        pytest.param(K4, Decimal(29400), id="5. Økonomi, tabel 3: Kategori 4 29.400 kr."),
    ],
)
def test_regional_finansiering_tabel_3(kategori: Tyngdekategori, beloeb: Decimal) -> None:
    assert REGIONAL_FINANSIERING[kategori] == beloeb
    resultat = regional_finansiering(kategori)
    assert resultat.regional_beloeb == beloeb
    assert regional_finansiering(kategori.name).regional_beloeb == beloeb
    assert resultat.kilder and "tabel 3" in resultat.kilder[0].afsnit


@pytest.mark.parametrize(
    ("kategori", "samlet", "kommunal", "afrundet"),
    [
        # Afledt af 70/30 (tabel 3) — står ikke i kilden.
        pytest.param(K1, Decimal(1750), Decimal(525), False, id="tabel 3, kategori 1"),
        pytest.param(K2, Decimal(7000), Decimal(2100), False, id="tabel 3, kategori 2"),
        pytest.param(K3, Decimal(17500), Decimal(5250), False, id="tabel 3, kategori 3"),
        pytest.param(K4, Decimal(42000), Decimal(12600), False, id="tabel 3, kategori 4"),
    ],
)
def test_afledt_samlet_udgift_og_kommunal_andel(
    kategori: Tyngdekategori, samlet: Decimal, kommunal: Decimal, afrundet: bool
) -> None:
    r = regional_finansiering(kategori)
    assert r.afledt_samlet_udgift == samlet
    assert r.afledt_kommunal_andel == kommunal
    assert r.afledt_afrundet is afrundet
    assert r.regional_beloeb + r.afledt_kommunal_andel == r.afledt_samlet_udgift
    assert "Afledt" in r.begrundelse and "ikke trykt" in r.begrundelse
    assert "kr.." not in r.begrundelse
    d = r.til_dict()
    assert d["afledt_samlet_udgift"] == samlet and d["kategori"] == kategori.name
    assert str(r.afledt_samlet_udgift).endswith(".00") and r.fortolkninger == ("IV-03",)
    assert "Region Nordjylland" in r.begrundelse


def test_kemokur_afledte_beloeb_kan_ikke_afgoeres() -> None:
    # Issue 12, punkt 7: kemokur er ikke et forløb, og 70/30 er ikke sagt at gælde; før gav
    # biblioteket 285,71 kr. og 85,71 kr. som om de stod i kilden.
    r = regional_finansiering(T.KEMOKUR)
    assert r.regional_beloeb == Decimal(200)
    assert r.afledt_samlet_udgift is None and r.afledt_kommunal_andel is None
    assert "kan ikke afgøres" in r.begrundelse and "IV-04" in r.begrundelse
    assert r.fortolkninger == ("IV-04",)


def test_fordeling_70_30() -> None:
    # 5. Økonomi, tabel 3: »Finansieringsfordelingen mellem Region og kommuner er 70/30.«
    assert FINANSIERINGSANDEL_REGION == 70
    assert FINANSIERINGSANDEL_KOMMUNE == 30


@pytest.mark.parametrize(
    ("kategori", "andel"),
    [
        pytest.param(K1, (50, 60), id="tabel 2, Kategori 1 50-60 %"),
        pytest.param(K2, (20, 25), id="tabel 2, Kategori 2 20-25 %"),
        pytest.param(K3, (10, 20), id="tabel 2, Kategori 3 10-20 %"),
        pytest.param(K4, (5, 10), id="tabel 2, Kategori 4 5-10 %"),
    ],
)
def test_estimeret_andel_tabel_2(kategori: Tyngdekategori, andel: tuple[int, int]) -> None:
    assert ESTIMERET_ANDEL_PROCENT[kategori] == andel
    assert T.KEMOKUR not in ESTIMERET_ANDEL_PROCENT


def test_kemokur_timer() -> None:
    # Tabel 2 og 3: »Kemokur 0,25 timer«
    assert Decimal("0.25") == KEMOKUR_TIMER


@pytest.mark.parametrize(
    ("timer", "kategori"),
    [
        # Tabel 2; grænserne læses som [nedre, øvre) (fortolkningsloggen).
        pytest.param("0.01", K1, id="tabel 2, kategori 1 lige over 0"),
        pytest.param("4.99", K1, id="tabel 2, kategori 1 under 5"),
        pytest.param(5, K2, id="tabel 2, grænse 5 timer er kategori 2"),
        pytest.param("14.999", K2, id="tabel 2, kategori 2 under 15"),
        pytest.param(15, K3, id="tabel 2, grænse 15 timer er kategori 3"),
        pytest.param("34.99", K3, id="tabel 2, kategori 3 under 35"),
        pytest.param(35, K4, id="tabel 2, grænse 35 timer er kategori 4 (35+)"),
        pytest.param(1000, K4, id="tabel 2, kategori 4 uden loft"),
        pytest.param(Decimal("0.25"), K1, id="0,25 timer uden kemokur er kategori 1"),
    ],
)
def test_tyngdekategori_grænser(timer: object, kategori: Tyngdekategori) -> None:
    r = tyngdekategori(timer)
    assert r.kategori is kategori
    assert r.regional_finansiering == REGIONAL_FINANSIERING[kategori]
    assert kategori.value in r.begrundelse


@pytest.mark.parametrize(
    ("varighed", "kategori"),
    [
        pytest.param(timedelta(hours=5) - timedelta(microseconds=1), K1, id="timedelta under 5"),
        pytest.param(timedelta(hours=5), K2, id="timedelta 5 timer"),
        pytest.param(timedelta(hours=15), K3, id="timedelta 15 timer"),
        pytest.param(timedelta(hours=35) - timedelta(seconds=1), K3, id="timedelta under 35"),
        pytest.param(timedelta(days=1, hours=11), K4, id="timedelta 35 timer"),
    ],
)
def test_tyngdekategori_timedelta(varighed: timedelta, kategori: Tyngdekategori) -> None:
    assert tyngdekategori(varighed).kategori is kategori


def test_tyngdekategori_besoeg_gange_minutter() -> None:
    # Tabel 1: antibiotika 24 besøg × 50 minutter = 20 timer → kategori 3
    assert timer_fra_besoeg(24, 50) == 20
    assert tyngdekategori(timer_fra_besoeg(24, 50)).kategori is K3
    assert timer_fra_besoeg(6, 50) == 5
    assert tyngdekategori(timer_fra_besoeg(6, 50)).kategori is K2
    assert timer_fra_besoeg("4", "30") == 2


def test_kemokur_vaelges_efter_behandlingstype() -> None:
    r = tyngdekategori(None, afslutning_af_kemokur=True)
    assert r.kategori is T.KEMOKUR and r.timer is None
    assert r.regional_finansiering == 200
    # Også med mange timer: typen afgør, ikke tiden.
    assert tyngdekategori(50, afslutning_af_kemokur=True).kategori is T.KEMOKUR
    assert "behandlingstypen" in str(r)


@pytest.mark.parametrize(
    ("omraade", "besoeg", "minutter", "timer", "antal", "kategori", "afviger"),
    [
        pytest.param(
            IVOmraade.ANTIBIOTIKA, 24, 50, "20", 725, K3, False, id="tabel 1, antibiotika"
        ),
        pytest.param(
            IVOmraade.VAESKE_KORTTARM, 156, 10, "26", 30, K3, False, id="tabel 1, korttarm"
        ),
        pytest.param(
            IVOmraade.VAESKE_AKUT_GASTROENTERITIS, 4, 30, "2", 240, K1, False, id="tabel 1, gastro"
        ),
        pytest.param(
            IVOmraade.VAESKE_DEHYDRERING, 4, 30, "4", 370, K1, True, id="tabel 1, dehydrering"
        ),
        pytest.param(
            IVOmraade.VANDDRIVENDE_HJERTESVIGT, 4, 15, "1", 70, K1, False, id="tabel 1, hjertesvigt"
        ),
        pytest.param(
            IVOmraade.KEMOKUR_OG_MAGNESIUM, 1, 15, "0.25", 700, T.KEMOKUR, False, id="tabel 1, kemo"
        ),
    ],
)
def test_tabel_1(
    omraade: IVOmraade,
    besoeg: int,
    minutter: int,
    timer: str,
    antal: int,
    kategori: Tyngdekategori,
    afviger: bool,
) -> None:
    r = standardforloeb(omraade)
    assert r is TABEL_1[omraade] and standardforloeb(omraade.name) is r
    assert (r.antal_besoeg, r.minutter_pr_besoeg) == (besoeg, minutter)
    assert r.publicerede_timer == Decimal(timer)
    assert r.estimeret_aarligt_antal == antal
    assert r.kategori is kategori
    assert r.afviger is afviger
    assert r.beregnede_timer == Decimal(besoeg * minutter) / 60
    assert ("Bemærk" in r.begrundelse) is afviger


def test_tabel_1_dehydrering_regnefejl_bevares() -> None:
    r = standardforloeb(IVOmraade.VAESKE_DEHYDRERING)
    assert r.publicerede_timer == 4 and r.beregnede_timer == 2
    # Kategorien ændres ikke af regnefejlen.
    assert r.kategori_efter_beregnede_timer is r.kategori is K1


def test_aktivitetsestimat() -> None:
    # 4. Aktivitet: »1200- 2200 patientforløb årligt … godt 2100 forløb«
    assert ESTIMERET_AARLIGT_ANTAL_FORLOEB_INTERVAL == (1200, 2200)
    med = aktivitetsestimat()
    assert med.antal_forloeb == 2135 and med.medregnet_kemokur
    uden = aktivitetsestimat(medregn_kemokur=False)
    assert uden.antal_forloeb == 1435
    assert "700" in str(uden)


def test_aktivitetsestimatets_begrundelse_skrives_naar_den_laeses() -> None:
    # tabel 1: 725 + 30 + 240 + 370 + 70 + 700 = 2.135; uden de 700 afslutninger af kemokur,
    # som tabel 2 siger ikke registreres som forløb: 1.435 (IV-06)
    tjek_doven_begrundelse(
        aktivitetsestimat,
        "Tabel 1 summerer til 2.135 forløb om året (»godt 2100«), heraf 700 afslutninger af "
        "kemokur, som ikke registreres som forløb (læsning, se fortolkningsloggen IV-06).",
    )
    tjek_doven_begrundelse(
        lambda: aktivitetsestimat(medregn_kemokur=False),
        "Uden de 700 afslutninger af kemokur, som ikke registreres som forløb, summerer tabel 1 "
        "til 1.435 forløb om året (læsning, se fortolkningsloggen IV-06).",
    )


def test_forpligtelser() -> None:
    parter = {f.part for f in AFTALTE_FORPLIGTELSER}
    assert {"kommunerne", "regionen", "hospitalslægen"} <= parter
    tekst = " ".join(f.indhold for f in AFTALTE_FORPLIGTELSER)
    for ord_ in ("utensilier og medicin", "undervisere", "frikøb", "behandlingsansvar"):
        assert ord_ in tekst


# ---------------------------------------------------------------------------
# Undtagelser (afsnit 4)
# ---------------------------------------------------------------------------


def test_undtagelsesgraenser() -> None:
    assert MAKS_BESOEG_PR_DOEGN == 3
    assert timedelta(hours=1) == MAKS_OPHOLD_PR_INDGIFT


@pytest.mark.parametrize(
    ("besoeg", "lukket", "ophold", "forventet"),
    [
        pytest.param(3, True, 60, (), id="Undtagelser: 3 besøg og præcis én time er ikke nok"),
        pytest.param(
            4, True, 60, (Hospitalsundtagelse.FLERE_END_3_BESOEG_PR_DOEGN,), id="mere end 3 besøg"
        ),
        pytest.param(1, False, 30, (Hospitalsundtagelse.IKKE_LUKKET_SYSTEM,), id="lukket system"),
        pytest.param(
            1,
            True,
            timedelta(minutes=61),
            (Hospitalsundtagelse.OPHOLD_OVER_EN_TIME_PR_INDGIFT,),
            id="mere end én time",
        ),
        pytest.param(
            5,
            False,
            "90",
            tuple(Hospitalsundtagelse),
            id="alle tre undtagelser returneres",
        ),
    ],
)
def test_hospitalsundtagelser(
    besoeg: int, lukket: bool, ophold: object, forventet: tuple[Hospitalsundtagelse, ...]
) -> None:
    r = hospitalsundtagelser(
        besoeg_pr_doegn=besoeg, indgift_i_lukket_system=lukket, ophold_pr_indgift=ophold
    )
    assert r.undtagelser == forventet
    assert r.ukendte == ()
    if forventet:
        assert r.varetagelse is Varetagelse.HOSPITALSREGI
        assert len(r.kilder) >= 1 + len(forventet)
    else:
        assert r.varetagelse is Varetagelse.KOMMUNALT_REGI


def test_konkret_aftale_og_afvisning() -> None:
    r = hospitalsundtagelser(
        besoeg_pr_doegn=4,
        indgift_i_lukket_system=True,
        ophold_pr_indgift=30,
        konkret_aftale_om_kommunal_varetagelse=True,
    )
    assert r.varetagelse is Varetagelse.KOMMUNALT_REGI
    assert r.undtagelser == (Hospitalsundtagelse.FLERE_END_3_BESOEG_PR_DOEGN,)
    r = hospitalsundtagelser(
        besoeg_pr_doegn=1,
        indgift_i_lukket_system=True,
        ophold_pr_indgift=30,
        kommunen_afviser_af_hensyn_til_patientsikkerhed=True,
    )
    assert r.varetagelse is Varetagelse.HOSPITALSREGI
    assert "patientsikkerheden" in str(r)


def test_ukendt_undtagelse_kan_ikke_afgoeres() -> None:
    r = hospitalsundtagelser(
        besoeg_pr_doegn=None, indgift_i_lukket_system=True, ophold_pr_indgift=None
    )
    assert r.varetagelse is Varetagelse.KAN_IKKE_AFGOERES
    assert set(r.ukendte) == {
        Hospitalsundtagelse.FLERE_END_3_BESOEG_PR_DOEGN,
        Hospitalsundtagelse.OPHOLD_OVER_EN_TIME_PR_INDGIFT,
    }
    # En kendt undtagelse afgør sagen, selv om andet er ukendt.
    r = hospitalsundtagelser(
        besoeg_pr_doegn=None, indgift_i_lukket_system=False, ophold_pr_indgift=None
    )
    assert r.varetagelse is Varetagelse.HOSPITALSREGI


def test_undtagelsernes_begrundelse() -> None:
    # Afsnit 4, Undtagelser: mere end 3 besøg pr. døgn, ikke lukkede systemer og mere end én
    # times ophold pr. indgift holder forløbet i hospitalsregi, medmindre en konkret aftale
    # flytter det; en ukendt aftale afgør ikke sagen (IV-17)
    assert hospitalsundtagelser(
        besoeg_pr_doegn=4, indgift_i_lukket_system=True, ophold_pr_indgift=30
    ).begrundelse == (
        "Forløbet varetages som udgangspunkt i hospitalsregi: mere end 3 besøg pr. døgn. En "
        "konkret aftale mellem kommune og hospital kan flytte det til kommunen."
    )
    assert hospitalsundtagelser(
        besoeg_pr_doegn=5,
        indgift_i_lukket_system=False,
        ophold_pr_indgift=90,
        konkret_aftale_om_kommunal_varetagelse=None,
    ).begrundelse == (
        "Kan ikke afgøres: forløbet er en undtagelse (mere end 3 besøg pr. døgn, indgiften kan "
        "ikke håndteres i lukkede systemer, mere end én times ophold pr. indgift) og varetages "
        "som udgangspunkt i hospitalsregi, men det er ukendt, om der er en konkret aftale "
        "mellem kommune og hospital om kommunal varetagelse."
    )
    assert hospitalsundtagelser(
        besoeg_pr_doegn=1,
        indgift_i_lukket_system=False,
        ophold_pr_indgift=30,
        konkret_aftale_om_kommunal_varetagelse=True,
    ).begrundelse == (
        "Forløbet er en undtagelse (indgiften kan ikke håndteres i lukkede systemer), men efter "
        "konkret aftale mellem kommune og hospital varetages det i kommunalt regi inden for "
        "aftalens økonomiske ramme."
    )
    assert hospitalsundtagelser(
        besoeg_pr_doegn=None, indgift_i_lukket_system=True, ophold_pr_indgift=None
    ).begrundelse == (
        "Kan ikke afgøres: ingen undtagelse er påvist, men disse oplysninger mangler: antal "
        "besøg pr. døgn; personalets ophold pr. indgift."
    )


# ---------------------------------------------------------------------------
# Aktivitetsopfølgning, opsigelse og forsøgsperiode (afsnit 5, 6 og 8)
# ---------------------------------------------------------------------------


def test_opfoelgningens_tal() -> None:
    assert VURDERING_EFTER_MAANEDER == 6  # 5. Økonomi: »efter 6 måneder«
    assert FORHANDLINGSGRAENSE_PROCENT == 20  # 5. Økonomi: »minimum 20 %«
    assert OPSIGELSESVARSEL_MAANEDER == {
        Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET: 3,  # 5. Økonomi
        Opsigelsesgrund.ALMINDELIG: 6,  # 8. Løbetid og opsigelse
    }
    assert FORSOEGSPERIODE_AAR == 2  # 8. »2-årig forsøgsperiode«


@pytest.mark.parametrize(
    ("faktisk", "forhandling"),
    [
        pytest.param(120, True, id="5. Økonomi: præcis 20 % over udløser forhandlinger"),
        pytest.param(Decimal("119.99"), False, id="5. Økonomi: under 20 % gør ikke"),
        pytest.param(200, True, id="langt over"),
        pytest.param(80, False, id="under forventet"),
    ],
)
def test_20_procent_graensen(faktisk: object, forhandling: bool) -> None:
    r = aktivitetsopfoelgning(
        {K1: 100}, {K1: faktisk}, aftalestart="2020-01-01", opgoerelsesdato="2020-07-01"
    )
    assert r.seks_maaneder_gaaet
    assert r.forhandlinger_skal_optages is forhandling


def test_seks_maaneder() -> None:
    kw = {"aftalestart": date(2020, 8, 31)}
    r = aktivitetsopfoelgning({K1: 10}, {K1: 20}, opgoerelsesdato=date(2021, 2, 27), **kw)
    assert r.tidligste_vurderingsdato == date(2021, 2, 28)
    assert not r.seks_maaneder_gaaet and not r.forhandlinger_skal_optages
    r = aktivitetsopfoelgning({K1: 10}, {K1: 20}, opgoerelsesdato=date(2021, 2, 28), **kw)
    assert r.seks_maaneder_gaaet and r.forhandlinger_skal_optages


def test_vaegtning() -> None:
    # Færre lette forløb, flere tunge: uvægtet uændret, vægtet med finansiering over 20 %.
    forventet = {K1: 100, K4: 10}
    faktisk = {K1: 90, K4: 20}
    kw = {"aftalestart": "2020-01-01", "opgoerelsesdato": "2020-12-31"}
    finans = aktivitetsopfoelgning(forventet, faktisk, **kw)
    assert finans.vaegtning is Vaegtning.REGIONAL_FINANSIERING
    assert finans.vaegtet_forventet == 100 * 1225 + 10 * 29400
    assert finans.vaegtet_faktisk == 90 * 1225 + 20 * 29400
    assert finans.forhandlinger_skal_optages
    antal = aktivitetsopfoelgning(forventet, faktisk, vaegtning="ANTAL_FORLOEB", **kw)
    assert antal.vaegtet_forventet == antal.vaegtet_faktisk == 110
    assert not antal.forhandlinger_skal_optages
    assert antal.overskridelse_procent == 0


def test_kemokur_indgaar_ikke_i_de_fire_grupper() -> None:
    r = aktivitetsopfoelgning(
        {K1: 100, T.KEMOKUR: 10},
        {K1: 100, T.KEMOKUR: 1000},
        aftalestart="2020-01-01",
        opgoerelsesdato="2021-01-01",
    )
    assert r.kemokur_udeladt and not r.forhandlinger_skal_optages
    assert r.overskridelse_procent == 0


@pytest.mark.parametrize(
    ("grund", "varslet", "ophoer"),
    [
        pytest.param("ALMINDELIG", "2020-08-31", date(2021, 2, 28), id="8: 6 måneder"),
        pytest.param(
            Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET, "2020-11-30", date(2021, 2, 28), id="5: 3 mdr"
        ),
        pytest.param("UENIGHED_OM_MERAKTIVITET", "2020-01-15", date(2020, 4, 15), id="5: 3 mdr"),
    ],
)
def test_opsigelse(grund: object, varslet: str, ophoer: date) -> None:
    r = opsigelse(
        varslet,
        grund=grund,
        overskridelse_mindst_20_procent_efter_6_maaneder=True,
        enighed_om_finansiering_af_meraktivitet=False,
    )
    assert r.ophoersdato == ophoer
    assert str(r.varsel_maaneder) in str(r)
    assert r.forudsaetninger is Opfyldelse.OPFYLDT and "IV-09" in r.fortolkninger


@pytest.mark.parametrize(
    ("overskredet", "enighed", "forventet"),
    [
        (None, None, Opfyldelse.KAN_IKKE_AFGOERES),
        (True, None, Opfyldelse.KAN_IKKE_AFGOERES),
        (None, False, Opfyldelse.KAN_IKKE_AFGOERES),
        (False, None, Opfyldelse.IKKE_OPFYLDT),
        (True, True, Opfyldelse.IKKE_OPFYLDT),
        (True, False, Opfyldelse.OPFYLDT),
    ],
)
def test_tre_maaneders_varsel_kraever_forudsaetningerne(
    overskredet: bool | None, enighed: bool | None, forventet: Opfyldelse
) -> None:
    # Issue 12, punkt 7: før gav grund=UENIGHED_OM_MERAKTIVITET altid 3 måneder, også når
    # det var ukendt, om aktiviteten var 20 % over, og om forhandlingerne var mislykkedes.
    r = opsigelse(
        "2020-08-31",
        grund="UENIGHED_OM_MERAKTIVITET",
        overskridelse_mindst_20_procent_efter_6_maaneder=overskredet,
        enighed_om_finansiering_af_meraktivitet=enighed,
    )
    assert r.forudsaetninger is forventet
    if forventet is Opfyldelse.OPFYLDT:
        assert (r.varsel_maaneder, r.ophoersdato) == (3, date(2020, 11, 30))
    else:
        assert r.varsel_maaneder is None and r.ophoersdato is None
    if forventet is Opfyldelse.KAN_IKKE_AFGOERES:
        assert str(r).startswith("Kan ikke afgøres") and r.fortolkninger == ("IV-10",)


def test_opsigelsens_begrundelse_skrives_naar_den_laeses() -> None:
    # afsnit 8: 6 måneders varsel, lagt til som kalendermåneder (31.8.2024 + 6 måneder er
    # 28.2.2025, IV-09); afsnit 5: 3 måneder kræver en overskridelse på mindst 20 % efter 6
    # måneder og ingen enighed om finansieringen (4.3.2024 + 3 måneder er 4.6.2024; IV-10)
    tjek_doven_begrundelse(
        lambda: opsigelse(date(2024, 8, 31), grund="ALMINDELIG"),
        "Ved almindelig opsigelse er varslet 6 måneder, så aftalen ophører tidligst 2025-02-28 "
        "ved varsel givet 2024-08-31. Måneder lægges til som kalendermåneder (læsning, se "
        "fortolkningsloggen IV-09).",
    )
    tjek_doven_begrundelse(
        lambda: opsigelse(
            "2024-03-04",
            grund="UENIGHED_OM_MERAKTIVITET",
            overskridelse_mindst_20_procent_efter_6_maaneder=True,
            enighed_om_finansiering_af_meraktivitet=False,
        ),
        "Ved ingen enighed om finansiering af meraktivitet er varslet 3 måneder, så aftalen "
        "ophører tidligst 2024-06-04 ved varsel givet 2024-03-04. Aktiviteten har efter 6 "
        "måneder overskredet det forventede med mindst 20 %, og forhandlingerne endte uden "
        "enighed om finansieringen af meraktiviteten. Måneder lægges til som kalendermåneder "
        "(læsning, se fortolkningsloggen IV-09, IV-10).",
    )
    tjek_doven_begrundelse(
        lambda: opsigelse(
            "2024-03-04",
            grund="UENIGHED_OM_MERAKTIVITET",
            overskridelse_mindst_20_procent_efter_6_maaneder=False,
        ),
        "Det korte varsel på 3 måneder gælder ikke: aktiviteten har ikke overskredet det "
        "forventede med mindst 20 % efter 6 måneder. Aftalen kan opsiges med det almindelige "
        "varsel på 6 måneder.",
    )
    tjek_doven_begrundelse(
        lambda: opsigelse(
            "2024-03-04",
            grund="UENIGHED_OM_MERAKTIVITET",
            enighed_om_finansiering_af_meraktivitet=False,
        ),
        "Kan ikke afgøres, om det korte varsel på 3 måneder gælder; ukendt: om aktiviteten "
        "efter 6 måneder har overskredet det forventede med mindst 20 % (se fortolkningsloggen "
        "IV-10).",
    )
    # begge forudsætninger mangler / er ukendte: de nævnes i afsnit 5's rækkefølge, adskilt af »;«
    assert opsigelse(
        "2024-03-04",
        grund="UENIGHED_OM_MERAKTIVITET",
        overskridelse_mindst_20_procent_efter_6_maaneder=False,
        enighed_om_finansiering_af_meraktivitet=True,
    ).begrundelse == (
        "Det korte varsel på 3 måneder gælder ikke: aktiviteten har ikke overskredet det "
        "forventede med mindst 20 % efter 6 måneder; der er opnået enighed om finansieringen af "
        "meraktiviteten. Aftalen kan opsiges med det almindelige varsel på 6 måneder."
    )
    assert opsigelse("2024-03-04", grund="UENIGHED_OM_MERAKTIVITET").begrundelse == (
        "Kan ikke afgøres, om det korte varsel på 3 måneder gælder; ukendt: om aktiviteten "
        "efter 6 måneder har overskredet det forventede med mindst 20 %; om forhandlingerne "
        "endte uden enighed om finansieringen af meraktiviteten (se fortolkningsloggen IV-10)."
    )


@pytest.mark.parametrize(
    ("start", "sidste", "midtvejs"),
    [
        pytest.param("2020-01-01", date(2021, 12, 31), date(2021, 1, 1), id="8: 2 år, 6: et år"),
        pytest.param("2020-02-29", date(2022, 2, 28), date(2021, 2, 28), id="skuddag"),
        pytest.param("2020-03-01", date(2022, 2, 28), date(2021, 3, 1), id="1. marts"),
    ],
)
def test_forsoegsperiode(start: str, sidste: date, midtvejs: date) -> None:
    r = forsoegsperiode(start)
    assert r.sidste_dag == sidste and r.midtvejsevaluering == midtvejs


@pytest.mark.parametrize(
    ("start", "sidste"),
    [
        # IV-11: »sidste dag er dagen før toårsdagen«. Toårsdagen for 1. marts 2022 er 1. marts
        # 2024; dagen før er skuddagen 29. februar 2024 (ikke 28. februar).
        pytest.param("2022-03-01", date(2024, 2, 29), id="1. marts før skudår"),
        pytest.param("2018-03-01", date(2020, 2, 29), id="1. marts 2018"),
        # Kontrol: dagen før toårsdagen 28. februar 2024 er 27. februar 2024.
        pytest.param("2022-02-28", date(2024, 2, 27), id="28. februar"),
        # Den første dato: toårsdagen er 1. januar år 3, sidste dag 31. december år 2 (før
        # afvistes den, fordi udregningen trak en dag fra 1. januar år 1).
        pytest.param(date.min, date(2, 12, 31), id="date.min"),
    ],
)
def test_forsoegsperiode_sidste_dag_i_skudaar(start: str | date, sidste: date) -> None:
    # Fundet ved gennemgang (jagt 3): start - 1 dag + 2 år mister skuddagen.
    assert forsoegsperiode(start).sidste_dag == sidste


def test_kvartalsopgoerelse() -> None:
    assert len(KVARTALSVISE_OPFOELGNINGSPUNKTER) == 7
    r = kvartalsopgoerelse(
        aar=2020,
        kvartal=2,
        antal_pr_kategori={"KATEGORI_1": 10, K3: 2, T.KEMOKUR: 5},
        antal_pr_omraade={IVOmraade.ANTIBIOTIKA: 2},
        samlet_behandlingstid_timer="70",
        antal_besoeg=40,
        komplikationer=1,
    )
    assert r.samlet_antal_forloeb == 12  # kemokur registreres ikke som forløb
    assert r.regional_finansiering_i_alt == 10 * 1225 + 2 * 12250 + 5 * 200
    assert r.behandlingstid_pr_forloeb_timer == Decimal("5.83")
    assert r.besoeg_pr_forloeb == Decimal("3.33")
    assert r.varighed_pr_besoeg_minutter == Decimal("105.00")
    assert r.komplikationer == 1 and r.genindlaeggelser is None
    d = r.til_dict()
    assert d["antal_pr_kategori"] == {"KATEGORI_1": 10, "KATEGORI_3": 2, "KEMOKUR": 5}


def test_kvartalsopgoerelse_uden_forloeb() -> None:
    r = kvartalsopgoerelse(aar=2020, kvartal=1, antal_pr_kategori={}, samlet_behandlingstid_timer=0)
    assert r.samlet_antal_forloeb == 0 and r.behandlingstid_pr_forloeb_timer is None


# ---------------------------------------------------------------------------
# Syddanmark: overdragelsesbetingelser, behandlingsansvar, halvårsdata
# ---------------------------------------------------------------------------

_ALT_OK_FAELLES = {
    "laegefagligt_egnet": True,
    "hjem_egnet": True,
    "kommunal_kapacitet": True,
    "iv_adgang_alder": timedelta(hours=20),
    "iv_adgang_velfungerende": True,
    "administreres_af_sygeplejerske": True,
    "kontakttelefon_doegnet_rundt": True,
    "informeret_mundtligt_og_skriftligt": True,
}
_ALT_OK = {
    IVBehandling.ANTIBIOTIKA: {
        **_ALT_OK_FAELLES,
        "blandes_i_lukket_system": True,
        "behandlinger_paa_sygehus": 2,
    },
    IVBehandling.VAESKE: {
        **_ALT_OK_FAELLES,
        "vaeske_faerdigblandet": True,
        "behandlinger_paa_sygehus": 1,
    },
}


def test_mindste_antal_behandlinger() -> None:
    # Antibiotika: »minimum to behandlinger inden udskrivelse«; væske: »starter behandlingen
    # på sygehuset« (læst som mindst én).
    assert MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS == {
        IVBehandling.ANTIBIOTIKA: 2,
        IVBehandling.VAESKE: 1,
    }


@pytest.mark.parametrize("behandling", list(IVBehandling))
def test_alle_betingelser_opfyldt(behandling: IVBehandling) -> None:
    r = overdragelsesbetingelser(behandling, **_ALT_OK[behandling])
    assert r.opfyldelse is Opfyldelse.OPFYLDT
    assert not r.ikke_opfyldte and not r.ukendte
    assert len(r.opfyldte) == 10


@pytest.mark.parametrize(
    ("behandling", "aendring", "betingelse"),
    [
        (IVBehandling.ANTIBIOTIKA, {"blandes_i_lukket_system": False}, "LUKKET_SYSTEM"),
        (IVBehandling.ANTIBIOTIKA, {"behandlinger_paa_sygehus": 1}, "BEHANDLINGER_PAA_SYGEHUS"),
        (IVBehandling.VAESKE, {"behandlinger_paa_sygehus": 0}, "BEHANDLINGER_PAA_SYGEHUS"),
        (IVBehandling.VAESKE, {"iv_adgang_alder": 24}, "IV_ADGANG_UNDER_ET_DOEGN"),
        (
            IVBehandling.ANTIBIOTIKA,
            {"iv_adgang_alder": timedelta(days=1)},
            "IV_ADGANG_UNDER_ET_DOEGN",
        ),
        (IVBehandling.VAESKE, {"iv_adgang_velfungerende": False}, "IV_ADGANG_VELFUNGERENDE"),
        (IVBehandling.VAESKE, {"vaeske_faerdigblandet": False}, "VAESKE_FAERDIGBLANDET"),
        (
            IVBehandling.ANTIBIOTIKA,
            {"administreres_af_sygeplejerske": False},
            "ADMINISTRATION_VED_SYGEPLEJERSKE",
        ),
        (
            IVBehandling.VAESKE,
            {"administreres_af_sygeplejerske": False, "lokal_videredelegation": False},
            "ADMINISTRATION_VED_SYGEPLEJERSKE",
        ),
        (IVBehandling.VAESKE, {"kontakttelefon_doegnet_rundt": False}, "KONTAKT_DOEGNET_RUNDT"),
        (IVBehandling.ANTIBIOTIKA, {"hjem_egnet": False}, "HJEM_EGNET"),
        (IVBehandling.ANTIBIOTIKA, {"kommunal_kapacitet": False}, "KOMMUNAL_KAPACITET"),
        (IVBehandling.VAESKE, {"laegefagligt_egnet": False}, "LAEGEFAGLIGT_EGNET"),
        (
            IVBehandling.ANTIBIOTIKA,
            {"informeret_mundtligt_og_skriftligt": False},
            "PATIENT_INFORMERET",
        ),
    ],
)
def test_en_betingelse_ikke_opfyldt(
    behandling: IVBehandling, aendring: dict[str, object], betingelse: str
) -> None:
    r = overdragelsesbetingelser(behandling, **{**_ALT_OK[behandling], **aendring})
    assert r.opfyldelse is Opfyldelse.IKKE_OPFYLDT
    assert [v.betingelse.name for v in r.ikke_opfyldte] == [betingelse]
    assert r.ikke_opfyldte[0].kilder[0].dokument in {k.dokument for k in r.kilder}


def test_flere_ikke_opfyldte_returneres_alle() -> None:
    r = overdragelsesbetingelser(
        "ANTIBIOTIKA",
        **{
            **_ALT_OK[IVBehandling.ANTIBIOTIKA],
            "behandlinger_paa_sygehus": 1,
            "iv_adgang_alder": "30",
            "blandes_i_lukket_system": False,
        },
    )
    assert {v.betingelse for v in r.ikke_opfyldte} == {
        Overdragelsesbetingelse.LUKKET_SYSTEM,
        Overdragelsesbetingelse.BEHANDLINGER_PAA_SYGEHUS,
        Overdragelsesbetingelse.IV_ADGANG_UNDER_ET_DOEGN,
    }


def test_lokal_videredelegation_kun_vaeske() -> None:
    ok = {**_ALT_OK[IVBehandling.VAESKE], "administreres_af_sygeplejerske": False}
    # Issue 12, punkt 4: administration ved en anden end en sygeplejerske er aldrig opfyldt,
    # heller ikke med lokal videredelegation (før: OPFYLDT / KAN_IKKE_AFGOERES).
    r = overdragelsesbetingelser("VAESKE", **ok, lokal_videredelegation=True)
    assert r.opfyldelse is Opfyldelse.IKKE_OPFYLDT
    assert r.fortolkninger == ("IV-13",) and "IV-13" in str(r)
    r = overdragelsesbetingelser("VAESKE", **ok)
    assert r.opfyldelse is Opfyldelse.IKKE_OPFYLDT
    with pytest.raises(ForloebsreglerFejl, match="lokal_videredelegation"):
        overdragelsesbetingelser("ANTIBIOTIKA", lokal_videredelegation=True)
    with pytest.raises(ForloebsreglerFejl, match="blandes_i_lukket_system"):
        overdragelsesbetingelser("VAESKE", blandes_i_lukket_system=True)


def test_overdragelsens_begrundelser() -> None:
    # »Grundprincipper for samarbejdet«: alle ti betingelser opfyldt; væskeaftalens »starter
    # behandlingen på sygehuset« er læst som mindst én behandling (IV-12)
    alt_ok = _ALT_OK[IVBehandling.ANTIBIOTIKA]
    r = overdragelsesbetingelser("ANTIBIOTIKA", **alt_ok)
    assert r.begrundelse == (
        "Alle 10 betingelser i samarbejdsaftalen om IV-behandling med antibiotika er opfyldt; "
        "kommunen kan overtage administrationen."
    )
    r = overdragelsesbetingelser("VAESKE", **_ALT_OK[IVBehandling.VAESKE])
    assert r.begrundelse == (
        "Alle 10 betingelser i samarbejdsaftalen om IV-behandling med væske er opfyldt; "
        "kommunen kan overtage administrationen. (Hviler på en læsning, se fortolkningsloggen "
        "IV-12.)"
    )
    assert r.opfyldte[3].begrundelse == (
        "1 behandling(er) på sygehuset før udskrivelse; kræver mindst 1 (læsning, se "
        "fortolkningsloggen IV-12)."
    )
    # antibiotika: »minimum to behandlinger«, IV-adgangen »under 1 døgn gammel«, kun
    # præparater, der kan blandes i lukkede systemer; 30 timer vises med én decimal
    r = overdragelsesbetingelser(
        "ANTIBIOTIKA",
        **{
            **alt_ok,
            "behandlinger_paa_sygehus": 1,
            "iv_adgang_alder": "30",
            "blandes_i_lukket_system": False,
        },
    )
    assert r.begrundelse == (
        "IV-behandling med antibiotika kan ikke overdrages til kommunen; ikke opfyldt: "
        "præparatet kan blandes i lukkede systemer; nok behandlinger på sygehuset før "
        "udskrivelse; IV-adgangen er under 1 døgn gammel."
    )
    assert [v.begrundelse for v in r.ikke_opfyldte[1:]] == [
        "1 behandling(er) på sygehuset før udskrivelse; kræver mindst 2.",
        "IV-adgangen er 30,0 timer gammel; den skal være under 1 døgn (24 timer).",
    ]
    # præcis 1 døgn er ikke *under* 1 døgn (IV-15)
    r = overdragelsesbetingelser(
        "VAESKE", **{**_ALT_OK[IVBehandling.VAESKE], "iv_adgang_alder": 24}
    )
    assert r.begrundelse == (
        "IV-behandling med væske kan ikke overdrages til kommunen; ikke opfyldt: IV-adgangen er "
        "under 1 døgn gammel. (Hviler på en læsning, se fortolkningsloggen IV-15.)"
    )
    assert r.ikke_opfyldte[0].begrundelse == (
        "IV-adgangen er 24,0 timer gammel; den skal være under 1 døgn (24 timer) (læsning, se "
        "fortolkningsloggen IV-15)."
    )
    # administration »må ikke delegeres«; lokal videredelegation gælder kun dele af opgaven
    # (IV-13)
    r = overdragelsesbetingelser(
        "VAESKE",
        **{
            **_ALT_OK[IVBehandling.VAESKE],
            "administreres_af_sygeplejerske": False,
            "lokal_videredelegation": True,
        },
    )
    assert r.ikke_opfyldte[0].begrundelse == (
        "Administration af IV-behandling med væske kræver sygeplejefaglig baggrund og må ikke "
        "delegeres til andre faggrupper. Lokal videredelegation gælder kun dele af "
        "arbejdsopgaven, ikke selve administrationen (læsning, se fortolkningsloggen IV-13)."
    )
    r = overdragelsesbetingelser("ANTIBIOTIKA", **{**alt_ok, "hjem_egnet": None})
    assert r.begrundelse == (
        "Kan ikke afgøres for IV-behandling med antibiotika; ukendt: patientens hjem er egnet "
        "(vurderet i en samtale)."
    )


def test_ukendt_betingelse_antages_ikke() -> None:
    r = overdragelsesbetingelser("VAESKE")
    assert r.opfyldelse is Opfyldelse.KAN_IKKE_AFGOERES
    assert len(r.ukendte) == 10 and not r.opfyldte
    r = overdragelsesbetingelser(
        "ANTIBIOTIKA", **{**_ALT_OK[IVBehandling.ANTIBIOTIKA], "hjem_egnet": None}
    )
    assert [v.betingelse for v in r.ukendte] == [Overdragelsesbetingelse.HJEM_EGNET]
    assert "kan ikke afgøres" in str(r).lower()


@pytest.mark.parametrize(
    ("afsluttet", "relateret", "ansvarlig"),
    [
        (False, True, Ansvarlig.SYGEHUSAFDELING),
        (True, True, Ansvarlig.PRAKTISERENDE_LAEGE),
        (False, False, Ansvarlig.PRAKTISERENDE_LAEGE),
        (None, False, Ansvarlig.PRAKTISERENDE_LAEGE),
        (True, None, Ansvarlig.PRAKTISERENDE_LAEGE),
        (None, True, Ansvarlig.KAN_IKKE_AFGOERES),
        (False, None, Ansvarlig.KAN_IKKE_AFGOERES),
    ],
)
def test_behandlingsansvar(
    afsluttet: bool | None, relateret: bool | None, ansvarlig: Ansvarlig
) -> None:
    for behandling in IVBehandling:
        r = behandlingsansvar(
            iv_behandling_afsluttet=afsluttet,
            relateret_til_iv_behandlingen=relateret,
            behandling=behandling,
        )
        assert r.ansvarlig is ansvarlig


def test_halvaarsopgoerelse() -> None:
    for behandling in IVBehandling:
        assert len(HALVAARLIGE_DATAPUNKTER[behandling]) == 5  # indledning + fire tal
    r = halvaarsopgoerelse(
        "ANTIBIOTIKA",
        aar=2019,
        halvaar=2,
        enhed="Odense Kommune",
        antal_borgere_henvist=12,
        gennemsnitlig_behandlingsvarighed_dage="6.5",
        ordinerende_sygehusafdelinger=["Infektionsmedicin", "Lunge", "Lunge"],
        antal_borgere_med_komplikationer=2,
    )
    assert r.ordinerende_sygehusafdelinger == ("Infektionsmedicin", "Lunge")
    assert r.gennemsnitlig_behandlingsvarighed_dage == Decimal("6.5")
    assert "12 borgere henvist" in str(r)
    # kilden knytter ikke de to tal til de samme borgere: flere med komplikationer er gyldigt
    r = halvaarsopgoerelse(
        "VAESKE", aar=2019, halvaar=1, antal_borgere_henvist=1, antal_borgere_med_komplikationer=2
    )
    assert "1 borgere henvist, 2 med komplikationer" in str(r)


def test_halvaarsopgoerelsens_begrundelse() -> None:
    # »Plan for kvalitetssikring og monitorering«: de fire tal halvårligt; kilden angiver
    # ingen enhed for behandlingsvarigheden, her dage (IV-16)
    assert halvaarsopgoerelse(
        "ANTIBIOTIKA",
        aar=2019,
        halvaar=2,
        enhed="Odense Kommune",
        antal_borgere_henvist=12,
        gennemsnitlig_behandlingsvarighed_dage="6.5",
        ordinerende_sygehusafdelinger=["Lunge"],
        antal_borgere_med_komplikationer=2,
    ).begrundelse == (
        "Halvårsdata for IV-behandling med antibiotika, 2019 2. halvår (Odense Kommune): 12 "
        "borgere henvist, 2 med komplikationer. Den gennemsnitlige behandlingsvarighed er "
        "opgjort i dage (læsning, se fortolkningsloggen IV-16)."
    )
    assert halvaarsopgoerelse("VAESKE", aar=2020, halvaar=1).begrundelse == (
        "Halvårsdata for IV-behandling med væske, 2020 1. halvår: antal henviste ikke opgjort, "
        "komplikationer ikke opgjort."
    )


# ---------------------------------------------------------------------------
# Batch
# ---------------------------------------------------------------------------


def test_vurder_forloeb() -> None:
    poster = vurder_forloeb(
        [
            {"id": "a", "timer": "20"},
            {"id": 2, "antal_besoeg": 4, "minutter_pr_besoeg": 15},
            {"id": "k", "afslutning_af_kemokur": True},
            {"id": "t", "timer": timedelta(hours=35)},
            {"id": "fejl", "timer": 0},
            "ikke en dict",
            {"timer": 1, "antal_besoeg": 2, "minutter_pr_besoeg": 3},
        ]
    )
    assert [p["kategori"] for p in poster] == [
        "KATEGORI_3",
        "KATEGORI_1",
        "KEMOKUR",
        "KATEGORI_4",
        None,
        None,
        None,
    ]
    assert poster[0]["regional_finansiering"] == Decimal(12250)
    assert poster[0]["afledt_kommunal_andel"] == Decimal(5250)
    assert poster[2]["afledt_samlet_udgift"] is None  # kan ikke afgøres (IV-04)
    assert poster[4]["id"] == "fejl" and "timer" in poster[4]["fejl"]
    assert poster[5]["fejl"] and poster[6]["fejl"]
    assert all(set(p) == set(poster[0]) for p in poster)
    assert all(p["fejl"] is None for p in poster[:4])


def test_vurder_forloeb_til_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(vurder_forloeb([{"timer": 3}, {"timer": "x"}]))
    assert df["kategori"].iloc[0] == "KATEGORI_1"
    assert df["fejl"].notna().sum() == 1


# ---------------------------------------------------------------------------
# Dårligt input
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "timer",
    [
        0,
        -1,
        "0",
        Decimal("-0.5"),
        float("nan"),
        float("inf"),
        Decimal("NaN"),
        "Infinity",
        None,
        True,
        "fem",
        [5],
        timedelta(0),
        timedelta(hours=-1),
        Decimal("1E+999999"),
        object(),
    ],
)
def test_tyngdekategori_afviser(timer: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="timer"):
        tyngdekategori(timer)


@pytest.mark.parametrize(
    ("kald", "argument"),
    [
        (lambda: tyngdekategori(5, afslutning_af_kemokur="ja"), "afslutning_af_kemokur"),
        (lambda: timer_fra_besoeg(0, 10), "antal_besoeg"),
        (lambda: timer_fra_besoeg(1.5, 10), "antal_besoeg"),
        (lambda: timer_fra_besoeg(2, 0), "minutter_pr_besoeg"),
        (lambda: timer_fra_besoeg(2, None), "minutter_pr_besoeg"),
        (lambda: regional_finansiering("KATEGORI_5"), "kategori"),
        (lambda: regional_finansiering(1), "kategori"),
        (lambda: standardforloeb("dialyse"), "omraade"),
        (lambda: aktivitetsestimat(medregn_kemokur=None), "medregn_kemokur"),
        (
            lambda: hospitalsundtagelser(
                besoeg_pr_doegn=0, indgift_i_lukket_system=True, ophold_pr_indgift=1
            ),
            "besoeg_pr_doegn",
        ),
        (
            lambda: hospitalsundtagelser(
                besoeg_pr_doegn=1, indgift_i_lukket_system="ja", ophold_pr_indgift=1
            ),
            "indgift_i_lukket_system",
        ),
        (
            lambda: hospitalsundtagelser(
                besoeg_pr_doegn=1, indgift_i_lukket_system=True, ophold_pr_indgift=-5
            ),
            "ophold_pr_indgift",
        ),
        (
            lambda: aktivitetsopfoelgning(
                [1], {}, aftalestart="2020-01-01", opgoerelsesdato="2020-07-01"
            ),
            "forventet",
        ),
        (
            lambda: aktivitetsopfoelgning(
                {K1: 0}, {K1: 1}, aftalestart="2020-01-01", opgoerelsesdato="2020-07-01"
            ),
            "forventet",
        ),
        (
            lambda: aktivitetsopfoelgning(
                {K1: 1}, {"K9": 1}, aftalestart="2020-01-01", opgoerelsesdato="2020-07-01"
            ),
            "faktisk",
        ),
        (
            lambda: aktivitetsopfoelgning(
                {K1: 1}, {K1: -1}, aftalestart="2020-01-01", opgoerelsesdato="2020-07-01"
            ),
            "faktisk",
        ),
        (
            lambda: aktivitetsopfoelgning(
                {K1: 1}, {K1: 1}, aftalestart="2020-07-01", opgoerelsesdato="2020-01-01"
            ),
            "opgoerelsesdato",
        ),
        (
            lambda: aktivitetsopfoelgning(
                {K1: 1},
                {"KATEGORI_1": 1, K1: 2},
                aftalestart="2020-01-01",
                opgoerelsesdato="2020-07-01",
            ),
            "faktisk",
        ),
        (
            lambda: aktivitetsopfoelgning(
                {K1: 1},
                {K1: 1},
                aftalestart="2020-01-01",
                opgoerelsesdato="2020-07-01",
                vaegtning="X",
            ),
            "vaegtning",
        ),
        (lambda: opsigelse("2020-13-01", grund="ALMINDELIG"), "varslingsdato"),
        (lambda: opsigelse(date(9999, 12, 1), grund="ALMINDELIG"), "varslingsdato"),
        (lambda: opsigelse("2020-01-01", grund="straks"), "grund"),
        (lambda: forsoegsperiode(date(9998, 6, 1)), "startdato"),
        (lambda: forsoegsperiode(20200101), "startdato"),
        (lambda: kvartalsopgoerelse(aar=2020, kvartal=5, antal_pr_kategori={}), "kvartal"),
        (lambda: kvartalsopgoerelse(aar=2020, kvartal=0, antal_pr_kategori={}), "kvartal"),
        (
            lambda: kvartalsopgoerelse(aar=2020, kvartal=1, antal_pr_kategori=[]),
            "antal_pr_kategori",
        ),
        (
            lambda: kvartalsopgoerelse(aar=2020, kvartal=1, antal_pr_kategori={K1: 1.5}),
            "antal_pr_kategori",
        ),
        (
            lambda: kvartalsopgoerelse(
                aar=2020, kvartal=1, antal_pr_kategori={}, antal_pr_omraade={"X": 1}
            ),
            "antal_pr_omraade",
        ),
        (
            lambda: kvartalsopgoerelse(
                aar=2020, kvartal=1, antal_pr_kategori={}, komplikationer=-1
            ),
            "komplikationer",
        ),
        (lambda: overdragelsesbetingelser("blod"), "behandling"),
        (lambda: overdragelsesbetingelser("VAESKE", hjem_egnet=1), "hjem_egnet"),
        (lambda: overdragelsesbetingelser("VAESKE", iv_adgang_alder=-1), "iv_adgang_alder"),
        (
            lambda: overdragelsesbetingelser("VAESKE", behandlinger_paa_sygehus=-1),
            "behandlinger_paa_sygehus",
        ),
        (
            lambda: behandlingsansvar(
                iv_behandling_afsluttet="nej", relateret_til_iv_behandlingen=None
            ),
            "iv_behandling_afsluttet",
        ),
        (lambda: halvaarsopgoerelse("VAESKE", aar=2020, halvaar=3), "halvaar"),
        (
            lambda: halvaarsopgoerelse(
                "VAESKE", aar=2020, halvaar=1, ordinerende_sygehusafdelinger="Lunge"
            ),
            "ordinerende_sygehusafdelinger",
        ),
        (
            lambda: halvaarsopgoerelse("VAESKE", aar=2020, halvaar=1, enhed=""),
            "enhed",
        ),
        (lambda: vurder_forloeb("timer"), "raekker"),
        (lambda: vurder_forloeb({"timer": 5}), "raekker"),
        (lambda: vurder_forloeb(None), "raekker"),
    ],
)
def test_daarligt_input(kald: object, argument: str) -> None:
    assert callable(kald)
    with pytest.raises(ForloebsreglerFejl, match=argument):
        kald()


def test_demo() -> None:
    from forloebsregler.demo.iv import demo

    linjer = demo()
    tekst = "\n".join(linjer)
    assert all(isinstance(linje, str) for linje in linjer)
    for tal in (
        "1.225,00 kr.",
        "29.400,00 kr.",
        "kan ikke afgøres",
        "2.135",
        "35 timer: kategori 4",
    ):
        assert tal in tekst


def test_overskridelse_lige_under_20_procent_vises_ikke_som_20() -> None:
    # Afsnit 5: forhandlinger ved »minimum 20 %« over det forventede. 24.001 mod 20.001 forløb
    # i kategori 1 er 4.000 / 20.001 = 19,998 % over — under grænsen. Teksten og feltet må ikke
    # vise det afrundet som 20,00 % og samtidig sige »under 20 %«.
    from datetime import date as _d

    from forloebsregler import Tyngdekategori as _T
    from forloebsregler import aktivitetsopfoelgning as _a

    r = _a(
        {_T.KATEGORI_1: 20001},
        {_T.KATEGORI_1: 24001},
        aftalestart=_d(2024, 1, 1),
        opgoerelsesdato=_d(2024, 8, 1),
    )
    assert r.forhandlinger_skal_optages is False
    assert r.overskridelse_procent == Decimal("19.99")
    assert "19,99 %" in r.begrundelse and "20,00 %" not in r.begrundelse
    # Præcis 20 %: 24.000 mod 20.000 udløser forhandlinger og vises som 20 %.
    r20 = _a(
        {_T.KATEGORI_1: 20000},
        {_T.KATEGORI_1: 24000},
        aftalestart=_d(2024, 1, 1),
        opgoerelsesdato=_d(2024, 8, 1),
    )
    assert r20.forhandlinger_skal_optages is True
    assert r20.overskridelse_procent == Decimal("20.00")


def test_vurder_forloeb_ikke_oplyste_felter_som_i_batchkontrakten() -> None:
    """None, NaN og tom tekst er »ikke oplyst« (som i `forloebsregler.batch`): en tom `timer`
    ved siden af besøgene er ingen modstrid, og en ikke oplyst kemokur gættes ikke til nej."""
    poster = vurder_forloeb(
        [
            {"timer": "", "antal_besoeg": 2, "minutter_pr_besoeg": 30},
            {"timer": float("nan"), "antal_besoeg": 2, "minutter_pr_besoeg": 30},
            {"timer": None},
            {"timer": "", "antal_besoeg": None, "minutter_pr_besoeg": ""},
            {"timer": 5, "afslutning_af_kemokur": ""},
            {"timer": 5, "afslutning_af_kemokur": None},
            {"id": "", "timer": 5},
        ]
    )
    # 2 besøg à 30 minutter = 1 time: kategori 1 (rammeaftalen, tabel 2: under 5 timer)
    assert [p["kategori"] for p in poster[:2]] == ["KATEGORI_1", "KATEGORI_1"]
    assert all(p["fejl"] is None for p in poster[:2])
    assert poster[2]["fejl"] is not None and poster[2]["fejl"].startswith("timer:")
    assert poster[3]["fejl"] is not None and poster[3]["fejl"].startswith("timer:")
    for post in poster[4:6]:
        assert post["kategori"] is None
        assert post["fejl"] is not None and post["fejl"].startswith("afslutning_af_kemokur:")
    assert poster[6]["fejl"] is None and poster[6]["kategori"] == "KATEGORI_2"


# ---------------------------------------------------------------------------
# Begrundelsen skrives, når den læses (issue 18, punkt 1)
# ---------------------------------------------------------------------------


def test_begrundelsen_skrives_foerst_naar_den_laeses() -> None:
    r = tyngdekategori("20")
    assert type(r._begrundelse) is DovenTekst
    # tabel 2: 15-35 timer er kategori 3; tabel 3: 12.250 kr. pr. forløb
    assert r.begrundelse.startswith("20 timer samlet behandlingstid ligger i kategori 3")
    assert r.begrundelse.endswith("12.250,00 kr. pr. forløb.")
    assert type(r._begrundelse) is str


def test_doven_og_skrevet_begrundelse_er_samme_vaerdi() -> None:
    doven, laest = tyngdekategori("20"), tyngdekategori("20")
    skrevet = Tyngdevurdering(
        kategori=K3,
        timer=Decimal(20),
        regional_finansiering=Decimal("12250.00"),
        begrundelse=laest.begrundelse,
        kilder=laest.kilder,
    )
    assert doven == skrevet and skrevet == doven and hash(doven) == hash(skrevet)
    assert repr(doven) == repr(skrevet) and doven.til_dict() == skrevet.til_dict()
    assert repr(skrevet) == (
        f"Tyngdevurdering(kategori={K3!r}, timer=Decimal('20'), "
        f"regional_finansiering=Decimal('12250.00'), begrundelse={laest.begrundelse!r}, "
        f"kilder={laest.kilder!r}, fortolkninger=())"
    )
    assert doven != attrs.evolve(skrevet, begrundelse="En anden tekst.")


def test_lige_timetal_med_hver_sin_tekst_er_forskellige_resultater() -> None:
    # 5,0 og 5,00 timer er lige store, men begrundelsen viser tallet, som det blev givet
    fem_nul, fem_nul_nul = tyngdekategori("5.0"), tyngdekategori("5.00")
    assert fem_nul.timer == fem_nul_nul.timer
    assert fem_nul != fem_nul_nul
    assert fem_nul.begrundelse.startswith("5,0 timer")
    assert fem_nul_nul.begrundelse.startswith("5,00 timer")


def test_begrundelsen_laest_under_fjendtlig_kontekst_er_den_samme() -> None:
    r = tyngdekategori("1234.5678")
    with localcontext() as ctx:
        ctx.prec, ctx.rounding, ctx.capitals = 2, ROUND_FLOOR, 0
        tekst = r.begrundelse
        assert ctx.prec == 2 and ctx.rounding == ROUND_FLOOR
    # tiden afkortes til 2 decimaler (1.234,56), tabel 2: 35+ timer er kategori 4, tabel 3:
    # 29.400 kr. pr. forløb
    assert tekst.startswith("Ca. 1.234,56 timer samlet behandlingstid ligger i kategori 4")
    assert tekst.endswith("29.400,00 kr. pr. forløb.")


_NORDJYLLAND = (
    "rammeaftalen mellem Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
    "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb)"
)


def test_kvartalets_begrundelse_skrives_naar_den_laeses() -> None:
    # afsnit 6 og tabel 3: 10 × 1.225 + 20 × 4.900 + 3 × 200 (kemokur) = 110.850 kr.; 30 forløb
    # (kemokur tæller ikke som forløb, IV-07); 255,5 timer / 30 = 8,5166… → 8,52 (halvt op)
    tjek_doven_begrundelse(
        lambda: kvartalsopgoerelse(
            aar=2024,
            kvartal=2,
            antal_pr_kategori={"KATEGORI_1": 10, "KATEGORI_2": 20, "KEMOKUR": 3},
            samlet_behandlingstid_timer="255.5",
            antal_besoeg=300,
        ),
        "2024, 2. kvartal: 30 forløb i kategori 1–4 i kommunalt regi; regional finansiering i "
        f"alt 110.850,00 kr. efter {_NORDJYLLAND}; afslutninger af kemokur tæller med i "
        "finansieringen, men ikke som forløb (læsning, se fortolkningsloggen IV-07). "
        "Behandlingstid pr. forløb: 8,52 timer.",
    )


def test_betalingens_begrundelse_skrives_naar_den_laeses() -> None:
    # tabel 3: kategori 2 4.900 kr. pr. forløb, kemokur 200 kr.
    tjek_doven_begrundelse(
        lambda: betaling_pr_forloeb("KATEGORI_2", region="NORDJYLLAND"),
        f"Efter {_NORDJYLLAND} betaler Region Nordjylland 4.900,00 kr. pr. forløb i kategori 2.",
    )
    tjek_doven_begrundelse(
        lambda: betaling_pr_forloeb("KEMOKUR", region="NORDJYLLAND"),
        f"Efter {_NORDJYLLAND} betaler Region Nordjylland 200,00 kr. pr. afslutning af kemokur.",
    )


@pytest.mark.parametrize(
    ("kategori", "regional", "samlet", "kommunal", "citat", "i_teksten"),
    [
        # Rammeaftalen, 5. Økonomi, tabel 3 (beløb pr. forløb); samlet = regional / 70 % og
        # kommunal = samlet − regional (fordelingen 70/30, IV-03), regnet i hånden.
        (
            "KATEGORI_1",
            "1225.00",
            "1750.00",
            "525.00",
            "1.225 kr.",
            ("1.225,00 kr.", "1.750,00 kr.", "525,00 kr."),
        ),
        (
            "KATEGORI_2",
            "4900.00",
            "7000.00",
            "2100.00",
            "4.900 kr.",
            ("4.900,00 kr.", "7.000,00 kr.", "2.100,00 kr."),
        ),
        (
            "KATEGORI_3",
            "12250.00",
            "17500.00",
            "5250.00",
            "12.250 kr.",
            ("12.250,00 kr.", "17.500,00 kr.", "5.250,00 kr."),
        ),
        (
            "KATEGORI_4",
            "29400.00",
            "42000.00",
            "12600.00",
            "29.400 kr.",
            ("29.400,00 kr.", "42.000,00 kr.", "12.600,00 kr."),
        ),
        # afslutning af kemokur: 200 kr.; ingen afledte beløb (IV-04)
        (
            "KEMOKUR",
            "200.00",
            None,
            None,
            "200 kr.",
            ("200,00 kr. pr. afslutning af kemokur", "kan ikke afgøres"),
        ),
    ],
)
def test_finansieringen_regnes_fra_et_tomt_lager(
    monkeypatch: pytest.MonkeyPatch,
    kategori: str,
    regional: str,
    samlet: str | None,
    kommunal: str | None,
    citat: str,
    i_teksten: tuple[str, ...],
) -> None:
    """`regional_finansiering` regner hver kategori én gang og gemmer den; her regnes den
    forfra (lageret er tomt), så selve beregningen prøves og ikke kun det gemte svar."""
    from forloebsregler import iv_finansiering

    monkeypatch.setattr(iv_finansiering, "_FINANSIERINGER", {})
    f = iv_finansiering.regional_finansiering(kategori)
    assert f.kategori.name == kategori
    assert str(f.regional_beloeb) == regional
    assert (None if f.afledt_samlet_udgift is None else str(f.afledt_samlet_udgift)) == samlet
    assert (None if f.afledt_kommunal_andel is None else str(f.afledt_kommunal_andel)) == kommunal
    assert f.afledt_afrundet is False  # alle fem går op i hele øre
    assert citat in f.kilder[0].citat  # tabel 3's række for kategorien
    assert len(f.kilder) == 3
    assert f.fortolkninger == (("IV-04",) if samlet is None else ("IV-03",))
    aftale = (
        "Efter rammeaftalen mellem Region Nordjylland og de 11 nordjyske kommuner (tabel 3; "
        "Syddanmarks IV-aftaler fastsætter intet beløb pr. forløb) betaler Region Nordjylland "
    )
    if samlet is None:
        assert f.begrundelse == (
            f"{aftale}{i_teksten[0]}. Samlet udgift og kommunal andel {i_teksten[1]}: "
            "afslutning af kemokur registreres ikke som forløb, og kilden siger ikke, at "
            "fordelingen 70/30 også gælder her (læsning, se fortolkningsloggen IV-04)."
        )
    else:
        r, s, k = i_teksten
        assert f.begrundelse == (
            f"{aftale}{r} pr. forløb i {f.kategori.value}. Afledt af fordelingen 70/30 og ikke "
            f"trykt i kilden: samlet udgift {s} og kommunal andel {k} (læsning, se "
            "fortolkningsloggen IV-03)."
        )
    assert {f.kategori: f} == iv_finansiering._FINANSIERINGER  # gemt til næste gang
