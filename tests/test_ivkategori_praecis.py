"""IV: præcise grænser, fejlbeskeder og begrundelser, som mutationstesten viste var uprøvede.

Skrevet efter mutationstesten efter issue 15 (se docs/kvalitet.md, »Efter omlægningen (issue
15): IV«). Tallene er regnet i hånden ud fra rammeaftalen for Nordjylland (kildeteksten
`003_04b02f9474de0607.txt`, l. 1–297); teksterne er skrevet ud fra kildens tal og modulets
skabelon, ikke kopieret fra bibliotekets output.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from forloebsregler import ForloebsreglerFejl
from forloebsregler.iv_finansiering import vurder_forloeb
from forloebsregler.iv_opfoelgning import kvartalsopgoerelse
from forloebsregler.iv_opsigelse import forsoegsperiode
from forloebsregler.iv_syddanmark_monitorering import halvaarsopgoerelse
from forloebsregler.iv_undtagelser import Varetagelse, hospitalsundtagelser
from forloebsregler.ivkategori import (
    TABEL_1,
    IVOmraade,
    Tyngdekategori,
    _standardforloeb,
    aktivitetsestimat,
    tyngdekategori,
)

T = Tyngdekategori
K1, K3 = T.KATEGORI_1, T.KATEGORI_3


def _besked(kald: object) -> str:
    assert callable(kald)
    with pytest.raises(ForloebsreglerFejl) as fejl:
        kald()
    return str(fejl.value)


# ---------------------------------------------------------------------------
# Tabel 1 (afsnit 4): rækkerne bygges ved import, før en mutant slås til; derfor kaldes
# byggefunktionen her direkte med kildens tal.
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("omraade", "besoeg", "minutter", "timer", "antal", "beregnet", "kategori"),
    [
        # 24 × 50 min = 1.200 min = 20 timer: kategori 3 (15-35 timer).
        (IVOmraade.ANTIBIOTIKA, 24, 50, "20", 725, Decimal(20), K3),
        # 156 × 10 min = 1.560 min = 26 timer: kategori 3.
        (IVOmraade.VAESKE_KORTTARM, 156, 10, "26", 30, Decimal(26), K3),
        # 4 × 30 min = 2 timer: kategori 1 (0-5 timer).
        (IVOmraade.VAESKE_AKUT_GASTROENTERITIS, 4, 30, "2", 240, Decimal(2), K1),
        # 4 × 30 min = 2 timer, men tabellen trykker 4 (fortolkningsloggen IV-05): kategori 1.
        (IVOmraade.VAESKE_DEHYDRERING, 4, 30, "4", 370, Decimal(2), K1),
        # 4 × 15 min = 1 time: kategori 1.
        (IVOmraade.VANDDRIVENDE_HJERTESVIGT, 4, 15, "1", 70, Decimal(1), K1),
        # 1 × 15 min = 0,25 timer: kemokur, egen række i tabel 2 og 3.
        (IVOmraade.KEMOKUR_OG_MAGNESIUM, 1, 15, "0.25", 700, Decimal("0.25"), T.KEMOKUR),
    ],
)
def test_tabel_1_bygges_af_kildens_tal(
    omraade: IVOmraade,
    besoeg: int,
    minutter: int,
    timer: str,
    antal: int,
    beregnet: Decimal,
    kategori: Tyngdekategori,
) -> None:
    r = _standardforloeb(omraade, besoeg, minutter, timer, antal)
    assert r.omraade is omraade
    assert (r.antal_besoeg, r.minutter_pr_besoeg) == (besoeg, minutter)
    assert r.publicerede_timer == Decimal(timer)
    assert r.beregnede_timer == beregnet
    assert r.kategori is kategori and r.kategori_efter_beregnede_timer is kategori
    assert r.estimeret_aarligt_antal == antal
    afviger = omraade is IVOmraade.VAESKE_DEHYDRERING
    assert r.afviger is afviger
    assert r.fortolkninger == (("IV-05",) if afviger else ())
    assert len(r.kilder) == 6
    assert r.kilder[-1].afsnit == "3. Målgrupper for aftalen"  # områdets egen kilde
    # Den forudberegnede tabel er netop disse værdier (også kilder og begrundelse).
    assert r == TABEL_1[omraade]


def test_tabel_1_begrundelse_ordret() -> None:
    r = _standardforloeb(IVOmraade.ANTIBIOTIKA, 24, 50, "20", 725)
    assert r.begrundelse == (
        "Standardforløbet for antibiotikabehandling er 24 besøg à 50 minutter, 20 timer i alt "
        "(kategori 3), med ca. 725 forløb om året."
    )
    r = _standardforloeb(IVOmraade.VAESKE_DEHYDRERING, 4, 30, "4", 370)
    assert r.begrundelse == (
        "Standardforløbet for væske - dehydrering er 4 besøg à 30 minutter, 4 timer i alt "
        "(kategori 1), med ca. 370 forløb om året. Bemærk: 4 × 30 minutter er 2 timer, ikke de "
        "trykte 4; tabellens tal er bevaret (læsning, se fortolkningsloggen IV-05)."
    )
    r = _standardforloeb(IVOmraade.KEMOKUR_OG_MAGNESIUM, 1, 15, "0.25", 700)
    assert r.begrundelse == (
        "Standardforløbet for afslutte kemokur + magnesium er 1 besøg à 15 minutter, 0,25 timer "
        "i alt (kemokur), med ca. 700 forløb om året."
    )


def test_aktivitetsestimat_ordret() -> None:
    # 725 + 30 + 240 + 370 + 70 + 700 = 2.135; uden kemokurens 700: 1.435.
    med = aktivitetsestimat()
    assert med.begrundelse == (
        "Tabel 1 summerer til 2.135 forløb om året (»godt 2100«), heraf 700 afslutninger af "
        "kemokur, som ikke registreres som forløb (læsning, se fortolkningsloggen IV-06)."
    )
    uden = aktivitetsestimat(medregn_kemokur=False)
    assert uden.begrundelse == (
        "Uden de 700 afslutninger af kemokur, som ikke registreres som forløb, summerer tabel 1 "
        "til 1.435 forløb om året (læsning, se fortolkningsloggen IV-06)."
    )
    assert med.estimat_interval == uden.estimat_interval == (1200, 2200)
    assert med.fortolkninger == uden.fortolkninger == ("IV-06",)
    assert _besked(lambda: aktivitetsestimat(medregn_kemokur=None)) == (  # type: ignore[arg-type]
        "medregn_kemokur: fik None (type NoneType); accepterer True eller False"
    )


# ---------------------------------------------------------------------------
# Undtagelser (afsnit 4, »Undtagelser«)
# ---------------------------------------------------------------------------


def test_kommunen_afviser_begrundelse_ordret() -> None:
    # »… er muligt for kommunen at afvise kommunal håndtering af et IV-behandlingsforløb;
    # forløbet håndteres i så fald i hospitalsregi.«
    r = hospitalsundtagelser(
        besoeg_pr_doegn=1,
        indgift_i_lukket_system=True,
        ophold_pr_indgift=Decimal("0.5"),
        kommunen_afviser_af_hensyn_til_patientsikkerhed=True,
    )
    assert r.varetagelse is Varetagelse.HOSPITALSREGI
    assert r.begrundelse == (
        "Kommunen afviser undtagelsesvist forløbet af hensyn til patientsikkerheden, så det "
        "varetages i hospitalsregi."
    )


# ---------------------------------------------------------------------------
# Kvartalsopgørelsen (afsnit 6)
# ---------------------------------------------------------------------------


def test_kvartalsopgoerelse_behandlingstid_i_begrundelsen() -> None:
    # 2 forløb i kategori 1 à 1.225 kr. = 2.450 kr.; 3 timer / 2 forløb = 1,50 timer pr. forløb.
    r = kvartalsopgoerelse(
        aar=2021, kvartal=2, antal_pr_kategori={K1: 2}, samlet_behandlingstid_timer=3
    )
    assert r.behandlingstid_pr_forloeb_timer == Decimal("1.50")
    assert r.begrundelse.startswith("2021, 2. kvartal: 2 forløb i kategori 1–4 i kommunalt regi")
    assert "2.450,00 kr." in r.begrundelse
    assert r.begrundelse.endswith(". Behandlingstid pr. forløb: 1,50 timer.")


def test_kvartalsopgoerelse_gennemsnit_afrundes_halvt_op() -> None:
    # 1 time / 8 forløb = 0,125 → 0,13 (half-up; half-even ville give 0,12).
    r = kvartalsopgoerelse(
        aar=2021, kvartal=1, antal_pr_kategori={K1: 8}, samlet_behandlingstid_timer=1
    )
    assert r.behandlingstid_pr_forloeb_timer == Decimal("0.13")
    # 1 besøg / 8 forløb = 0,125 → 0,13.
    r = kvartalsopgoerelse(aar=2021, kvartal=1, antal_pr_kategori={K1: 8}, antal_besoeg=1)
    assert r.besoeg_pr_forloeb == Decimal("0.13")


def test_kvartalsopgoerelse_loft_for_antal_og_timer() -> None:
    def opg(**kw: object) -> object:
        return kvartalsopgoerelse(aar=2021, kvartal=1, antal_pr_kategori={K1: 1}, **kw)  # type: ignore[arg-type]

    # Lofterne: 10^12 forløb/besøg og 10^9 timer accepteres, én mere afvises med argumentets navn.
    opg(antal_besoeg=10**12, samlet_behandlingstid_timer=10**9)
    besked = _besked(lambda: opg(antal_besoeg=10**12 + 1))
    assert besked.startswith("antal_besoeg: fik 1000000000001 (type int)")
    assert besked.endswith("til og med 1000000000000")
    besked = _besked(lambda: opg(samlet_behandlingstid_timer=10**9 + 1))
    assert besked.startswith("samlet_behandlingstid_timer: fik 1000000001 (type int)")
    assert "1000000000" in besked.split(";")[1]
    besked = _besked(lambda: opg(antal_pr_omraade=[1]))
    assert besked.startswith("antal_pr_omraade: fik [1] (type list)")
    besked = _besked(lambda: opg(genindlaeggelser=10**12 + 1))
    assert besked.startswith("genindlaeggelser: fik 1000000000001 (type int)")


# ---------------------------------------------------------------------------
# Forsøgsperioden (afsnit 8)
# ---------------------------------------------------------------------------


def test_forsoegsperiode_fejlbeskeder() -> None:
    assert _besked(lambda: forsoegsperiode("ikke en dato")).startswith(
        "startdato: fik 'ikke en dato' (type str)"
    )
    # To år fra 9998-06-01 rækker ud over år 9999.
    assert _besked(lambda: forsoegsperiode(date(9998, 6, 1))) == (
        "startdato: fik datetime.date(9998, 6, 1) (type date); forsøgsperioden rækker ud over "
        "år 9999"
    )


def test_kvartalsopgoerelse_alle_tal_foeres_igennem() -> None:
    # Afsnit 6, »Hver 3. måned følges der derfor i opfølgningsgruppen op på følgende«: antal
    # forløb pr. kategori og IV-type, behandlingsvarighed, besøg og auditens kvalitetstal.
    # 2 + 2 forløb i kategori 1 og 2 = 4 forløb; 10 timer / 4 = 2,50 timer pr. forløb;
    # 8 besøg / 4 = 2,00 besøg pr. forløb; 600 minutter / 8 besøg = 75,00 minutter pr. besøg.
    r = kvartalsopgoerelse(
        aar=1,
        kvartal=4,
        antal_pr_kategori={K1: 2, "KATEGORI_2": 2},
        antal_pr_omraade={IVOmraade.ANTIBIOTIKA: 4},
        samlet_behandlingstid_timer=10,
        antal_besoeg=8,
        genindlaeggelser=1,
        komplikationer=2,
        utilsigtede_haendelser=3,
        kontakter_almen_praksis=4,
        kontakter_vagtlaege=5,
        kontakter_behandlingsansvarlig_laege=6,
    )
    assert r.aar == 1 and r.kvartal == 4
    assert r.samlet_antal_forloeb == 4
    assert r.antal_pr_omraade == {IVOmraade.ANTIBIOTIKA: 4}
    assert r.samlet_behandlingstid_timer == 10 and r.antal_besoeg == 8
    assert r.behandlingstid_pr_forloeb_timer == Decimal("2.50")
    assert r.besoeg_pr_forloeb == Decimal("2.00")
    assert r.varighed_pr_besoeg_minutter == Decimal("75.00")
    assert (
        r.genindlaeggelser,
        r.komplikationer,
        r.utilsigtede_haendelser,
        r.kontakter_almen_praksis,
        r.kontakter_vagtlaege,
        r.kontakter_behandlingsansvarlig_laege,
    ) == (1, 2, 3, 4, 5, 6)
    # 2 × 1.225 + 2 × 4.900 = 12.250 kr. (tabel 3); ingen kemokur, så intet IV-07-spor.
    assert r.regional_finansiering_i_alt == Decimal("12250.00")
    assert r.fortolkninger == ()
    assert r.begrundelse.startswith("1, 4. kvartal: 4 forløb i kategori 1–4 i kommunalt regi")
    assert "kemokur" not in r.begrundelse
    # Kemokur 0 gange giver heller intet spor.
    assert (
        kvartalsopgoerelse(aar=1, kvartal=1, antal_pr_kategori={T.KEMOKUR: 0}).fortolkninger == ()
    )


def test_kvartalsopgoerelse_fejlbeskeder() -> None:
    def opg(**kw: object) -> object:
        kw.setdefault("aar", 2021)
        kw.setdefault("kvartal", 1)
        kw.setdefault("antal_pr_kategori", {K1: 1})
        return kvartalsopgoerelse(**kw)  # type: ignore[arg-type]

    assert _besked(lambda: opg(aar=0)) == ("aar: fik 0 (type int); accepterer kun hele tal fra 1")
    assert _besked(lambda: opg(antal_pr_kategori=[1])) == (
        "antal_pr_kategori: fik [1] (type list); accepterer en dict fra Tyngdekategori (eller "
        "navn) til et antal"
    )
    assert _besked(lambda: opg(antal_besoeg=-1)) == (
        "antal_besoeg: fik -1 (type int); accepterer kun hele tal fra 0"
    )


# ---------------------------------------------------------------------------
# Syddanmarks halvårlige afrapportering (»Plan for kvalitetssikring og monitorering«)
# ---------------------------------------------------------------------------


def test_halvaarsopgoerelse_alle_fire_tal_og_begrundelsen() -> None:
    # »præsenteres halvårligt for data for aftalens anvendelse: Antal borgere henvist …,
    # Gennemsnitlig behandlingsvarighed, Ordinerende sygehusafdelinger, Antal borgere med
    # komplikationer«; kilden angiver ingen enhed for varigheden (fortolkningsloggen IV-16).
    r = halvaarsopgoerelse(
        "ANTIBIOTIKA",
        aar=9999,
        halvaar=2,
        antal_borgere_henvist=10,
        gennemsnitlig_behandlingsvarighed_dage=Decimal("7.5"),
        ordinerende_sygehusafdelinger=[" B ", "A", "B"],
        antal_borgere_med_komplikationer=10,
    )
    assert (r.aar, r.halvaar, r.enhed) == (9999, 2, None)
    assert r.antal_borgere_henvist == 10 and r.antal_borgere_med_komplikationer == 10
    assert r.gennemsnitlig_behandlingsvarighed_dage == Decimal("7.5")
    assert r.ordinerende_sygehusafdelinger == ("A", "B")
    assert r.fortolkninger == ("IV-16",)
    assert r.begrundelse == (
        "Halvårsdata for IV-behandling med antibiotika, 9999 2. halvår: 10 borgere henvist, 10 med "
        "komplikationer. Den gennemsnitlige behandlingsvarighed er opgjort i dage (læsning, se "
        "fortolkningsloggen IV-16)."
    )
    # Flere med komplikationer end henviste er gyldigt: kilden (»Plan for kvalitetssikring og
    # monitorering«) opgør de fire tal hver for sig pr. halvår og knytter dem ikke til de samme
    # borgere; en borger henvist i ét halvår kan få komplikationer i det næste.
    r = halvaarsopgoerelse(
        "VAESKE", aar=2020, halvaar=2, antal_borgere_henvist=1, antal_borgere_med_komplikationer=2
    )
    assert (r.antal_borgere_henvist, r.antal_borgere_med_komplikationer) == (1, 2)
    r = halvaarsopgoerelse("VAESKE", aar=1, halvaar=1)
    assert r.begrundelse == (
        "Halvårsdata for IV-behandling med væske, 1 1. halvår: antal henviste ikke opgjort, "
        "komplikationer ikke opgjort."
    )
    assert r.fortolkninger == () and r.enhed is None
    # Lofterne: 10^12 borgere og 10^6 dage accepteres.
    r = halvaarsopgoerelse(
        "VAESKE",
        aar=1,
        halvaar=1,
        antal_borgere_henvist=10**12,
        antal_borgere_med_komplikationer=0,
        gennemsnitlig_behandlingsvarighed_dage=10**6,
    )
    assert r.antal_borgere_med_komplikationer == 0


def test_halvaarsopgoerelse_fejlbeskeder() -> None:
    def opg(**kw: object) -> object:
        behandling = kw.pop("behandling", "VAESKE")
        kw.setdefault("aar", 2020)
        kw.setdefault("halvaar", 1)
        return halvaarsopgoerelse(behandling, **kw)  # type: ignore[arg-type]

    assert _besked(lambda: opg(behandling="blod")).startswith("behandling: ukendt navn 'blod'")
    assert _besked(lambda: opg(aar=0)) == "aar: fik 0 (type int); accepterer kun hele tal fra 1"
    assert _besked(lambda: opg(aar=10000)) == (
        "aar: fik 10000 (type int); accepterer kun hele tal til og med 9999"
    )
    assert _besked(lambda: opg(halvaar=3)).startswith("halvaar: fik 3 (type int)")
    assert _besked(lambda: opg(enhed=1)).startswith("enhed: fik 1 (type int)")
    assert _besked(lambda: opg(antal_borgere_henvist=-1)) == (
        "antal_borgere_henvist: fik -1 (type int); accepterer kun hele tal fra 0"
    )
    assert _besked(lambda: opg(antal_borgere_henvist=10**12 + 1)) == (
        "antal_borgere_henvist: fik 1000000000001 (type int); accepterer kun hele tal til og med "
        "1000000000000"
    )
    assert _besked(lambda: opg(antal_borgere_med_komplikationer=-1)) == (
        "antal_borgere_med_komplikationer: fik -1 (type int); accepterer kun hele tal fra 0"
    )
    besked = _besked(lambda: opg(gennemsnitlig_behandlingsvarighed_dage=10**6 + 1))
    assert besked.startswith("gennemsnitlig_behandlingsvarighed_dage: fik 1000001 (type int)")
    assert besked.endswith("1000000")
    assert _besked(lambda: opg(ordinerende_sygehusafdelinger="A")) == (
        "ordinerende_sygehusafdelinger: fik 'A' (type str); accepterer en liste af afdelingsnavne"
    )
    assert _besked(lambda: opg(ordinerende_sygehusafdelinger=["A", 2])).startswith(
        "ordinerende_sygehusafdelinger[1]: fik 2 (type int)"
    )


# ---------------------------------------------------------------------------
# Kemokur (tabel 2) og batchgenvejen `vurder_forloeb`
# ---------------------------------------------------------------------------


def test_afslutning_af_kemokur_bevarer_en_oplyst_tid() -> None:
    # Kemokur vælges efter behandlingstypen (IV-02); en oplyst tid valideres og bevares, også
    # som varighed: 1 time → Decimal 1.
    assert tyngdekategori(timedelta(hours=1), afslutning_af_kemokur=True).timer == 1
    assert tyngdekategori("0.25", afslutning_af_kemokur=True).timer == Decimal("0.25")
    assert _besked(lambda: tyngdekategori("x", afslutning_af_kemokur=True)).startswith(
        "timer: fik 'x' (type str)"
    )


def test_vurder_forloeb_fejl_pr_raekke_ordret() -> None:
    poster = vurder_forloeb(
        [
            5,  # type: ignore[list-item]
            {"timer": 1, "x": 2},
            {"timer": 1, "antal_besoeg": 2},
            {"timer": 1, "minutter_pr_besoeg": 2},
            {"antal_besoeg": 2},
            {"minutter_pr_besoeg": 2},
        ]
    )
    assert [p["fejl"] for p in poster[:4]] == [
        "raekke: fik 5 (type int); accepterer en dict med 'timer' eller 'antal_besoeg' og "
        "'minutter_pr_besoeg' (og evt. 'id', 'afslutning_af_kemokur')",
        "raekke: ukendte felter ['x']; accepterer ['afslutning_af_kemokur', 'antal_besoeg', 'id', "
        "'minutter_pr_besoeg', 'timer']",
        "raekke: giv enten 'timer' eller 'antal_besoeg' og 'minutter_pr_besoeg', ikke begge",
        "raekke: giv enten 'timer' eller 'antal_besoeg' og 'minutter_pr_besoeg', ikke begge",
    ]
    # Kun den ene af besøgsværdierne: fejlen navngiver den manglende.
    assert poster[4]["fejl"].startswith("minutter_pr_besoeg: fik None")
    assert poster[5]["fejl"].startswith("antal_besoeg: fik None")
    assert _besked(lambda: vurder_forloeb(5)) == (  # type: ignore[arg-type]
        "raekker: fik 5 (type int); accepterer en liste (eller anden samling) af dicts"
    )


def test_vurder_forloeb_id_fortolkninger_og_ikke_oplyste() -> None:
    pd = pytest.importorskip("pandas")
    poster = vurder_forloeb(
        [
            {"id": 7, "timer": 5},
            {"timer": 1.5},
            {"timer": pd.NaT, "antal_besoeg": 2, "minutter_pr_besoeg": 30},
            {"timer": pd.NA, "antal_besoeg": 2, "minutter_pr_besoeg": 30},
            {"timer": 1, "afslutning_af_kemokur": float("nan")},
        ]
    )
    # id føres igennem uændret (et int forbliver et int).
    assert poster[0]["id"] == 7 and type(poster[0]["id"]) is int
    # Præcis 5 timer: delt grænse læst som kategori 2 (IV-01), og den afledte udgift (IV-03).
    assert poster[0]["kategori"] == "KATEGORI_2"
    assert poster[0]["fortolkninger"] == "IV-01, IV-03"
    # 1,5 timer (float) er kategori 1 (0-5 timer); et float er ikke »ikke oplyst«.
    assert poster[1]["kategori"] == "KATEGORI_1" and poster[1]["fejl"] is None
    # NaT/NA i timer er »ikke oplyst«: 2 × 30 min = 1 time, kategori 1.
    for post in poster[2:4]:
        assert post["fejl"] is None and post["timer"] == 1 and post["kategori"] == "KATEGORI_1"
    # En ikke oplyst afslutning_af_kemokur gættes ikke til »nej«: fejl, der viser None.
    assert poster[4]["fejl"] == (
        "afslutning_af_kemokur: fik None (type NoneType); accepterer True eller False"
    )
