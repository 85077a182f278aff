"""Depression: kontaktperson, rehabilitering, regneeksemplet og programmets mindre regler."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest

from forloebsregler import (
    ALKOHOL_HOEJRISIKOGRAENSE,
    FAST_TRACK_OPFOELGNING,
    FAST_TRACK_SYGEMELDING,
    INTERNETBEHANDLING_UGER,
    MEDICINOPSTART_SPECIALLAEGE_ALDER,
    MINDSTEALDER,
    PARAGRAF_56_MINDSTE_FRAVAER_DAGE,
    PHQ2_TAERSKEL_SUNDHEDSPROFILEN,
    PSYKIATRISK_AFDELING_MINDSTEALDER,
    REGNEEKSEMPEL_ELEMENTER,
    REGNEEKSEMPEL_TIMEPRIS,
    Afgoerelse,
    Alkoholkategori,
    Forankring,
    ForloebsreglerFejl,
    Henviser,
    Koen,
    KontaktpersonLaesning,
    KontaktpersonOpgave,
    Psykiatrikarakteristikum,
    Psykiatrimodtager,
    Rehabiliteringselement,
    Screeningsredskab,
    Svaerhedsgrad,
    afslutning_af_psykiatrisk_behandling,
    behandlingsregler,
    beregn_rehabiliteringsudgift,
    fast_track,
    henvisning_til_regionspsykiatrien,
    i_maalgruppen,
    informationsudveksling,
    internetbehandling,
    kommunal_rehabilitering,
    koordinerende_kontaktperson,
    medicinopstart,
    medicinsamtale_paa_apoteket,
    paragraf_56_aftale,
    psykiatrisk_modtagelse,
    rygestop,
    vurder_alkohol,
    vurder_phq2,
)
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION
from forloebsregler.typer import PsykiatrikarakteristikumArg
from tests._doven import tjek_doven_begrundelse

from .conftest import normaliser

J, N, U = Afgoerelse.OPFYLDT, Afgoerelse.IKKE_OPFYLDT, Afgoerelse.KAN_IKKE_AFGOERES

# --------------------------------------------------------------------------- tal fra kilderne


@pytest.mark.parametrize(
    ("afsnit", "faktisk", "forventet"),
    [
        ("Målgruppen: over 18 år", MINDSTEALDER, 18),
        ("Kap. 7: medicinopstart 18-24-årige", MEDICINOPSTART_SPECIALLAEGE_ALDER, (18, 24)),
        ("Kap. 6/7: psykiatrisk afdeling 20 år+", PSYKIATRISK_AFDELING_MINDSTEALDER, 20),
        ("Kap. 7: internetprogram i 12 uger", INTERNETBEHANDLING_UGER, 12),
        ("Kap. 9: Fast Track, længere end otte uger", FAST_TRACK_SYGEMELDING, timedelta(weeks=8)),
        ("Kap. 9: Fast Track, senest to uger", FAST_TRACK_OPFOELGNING, timedelta(days=14)),
        ("Kap. 9: § 56, mindst 10 dage om året", PARAGRAF_56_MINDSTE_FRAVAER_DAGE, 10),
        ("Kap. 11: højrisikogrænse kvinder 14", ALKOHOL_HOEJRISIKOGRAENSE[Koen.KVINDE], 14),
        ("Kap. 11: højrisikogrænse mænd 21", ALKOHOL_HOEJRISIKOGRAENSE[Koen.MAND], 21),
        ("Notat, borgergrundlag: PHQ-2 4, 5 eller 6", PHQ2_TAERSKEL_SUNDHEDSPROFILEN, 4),
        ("Notat, regneeksempel: timepris 325 kr.", REGNEEKSEMPEL_TIMEPRIS, Decimal(325)),
        ("Kap. 6: tabellens 8 karakteristika", len(Psykiatrikarakteristikum), 8),
        ("Kap. 8 m.fl.: kontaktpersonens opgaver", len(KontaktpersonOpgave), 13),
    ],
)
def test_tal(afsnit: str, faktisk: object, forventet: object) -> None:
    assert faktisk == forventet, afsnit


# Notatet om borgergrundlag, regneeksemplets tabel: element, deltagere, fagpersoner, timer, udgift
@pytest.mark.parametrize(
    ("nr", "navn", "deltagere", "fagpersoner", "timer", "udgift"),
    [
        (0, "afklarende samtale", 1, 1, 1, "325.00"),
        (1, "holdundervisning - sygdomsmestring", 12, 2, 24, "1300.00"),
        (2, "holdtræning - fysisk træning/afspænding mv", 12, 2, 24, "1300.00"),
        (3, "afsluttende samtale", 1, 1, 1, "325.00"),
    ],
)
def test_regneeksemplets_linjer(
    nr: int, navn: str, deltagere: int, fagpersoner: int, timer: int, udgift: str
) -> None:
    e = REGNEEKSEMPEL_ELEMENTER[nr]
    assert (e.navn, e.deltagere, e.sundhedsprofessionelle, e.timer_pr_medarbejder) == (
        navn,
        deltagere,
        fagpersoner,
        Decimal(timer),
    )
    assert beregn_rehabiliteringsudgift().linjer[nr].udgift_pr_borger == Decimal(udgift)


def test_regneeksemplet_giver_3250_kr() -> None:
    r = beregn_rehabiliteringsudgift()
    assert r.i_alt_pr_borger == Decimal("3250.00")
    assert r.timepris == Decimal(325)
    assert "3.250,00 kr." in r.begrundelse
    assert all(isinstance(linje.udgift_pr_borger, Decimal) for linje in r.linjer)


def test_regneeksemplets_begrundelse_skrives_naar_den_laeses() -> None:
    # notatets tabel: 1 × 1 × 300,125 / 1 = 300,125 → 300,13; 2 × 24 × 300,125 / 12 = 1.200,50;
    # i alt 300,13 + 1.200,50 + 1.200,50 + 300,13 = 3.001,26; timeprisen med brøkdele af øre
    # vises, som den er (300,125 kr.)
    tjek_doven_begrundelse(
        lambda: beregn_rehabiliteringsudgift("300.125"),
        "Udgift pr. borger ved 300,125 kr. pr. time: 300,13 kr. (afklarende samtale) + "
        "1.200,50 kr. (holdundervisning - sygdomsmestring) + 1.200,50 kr. (holdtræning - fysisk "
        "træning/afspænding mv) + 300,13 kr. (afsluttende samtale) = 3.001,26 kr. Hver linje er "
        "fagpersoner × timer pr. fagperson × timepris delt på deltagerne.",
    )


def test_regneeksemplet_med_kommunens_egne_tal() -> None:
    # 400 kr./time, patientskolen med 10 deltagere og 12 timer pr. underviser
    elementer = (
        Rehabiliteringselement("afklarende samtale", 1, 1, Decimal("1.5")),
        Rehabiliteringselement("patientskole", 10, 2, 12),
    )
    r = beregn_rehabiliteringsudgift("400", elementer)
    # 1 × 1,5 × 400 / 1 = 600; 2 × 12 × 400 / 10 = 960
    assert [linje.udgift_pr_borger for linje in r.linjer] == [Decimal("600.00"), Decimal("960.00")]
    assert r.i_alt_pr_borger == Decimal("1560.00")


def test_regneeksemplet_afrunder_halvt_op_pr_linje() -> None:
    # 1 × 1 × 100 / 3 = 33,333… → 33,33; 1 × 1 × 0,05 / 2 = 0,025 → 0,03
    r = beregn_rehabiliteringsudgift(
        100, [Rehabiliteringselement("a", 3, 1, 1), Rehabiliteringselement("b", 2, 1, "0.0005")]
    )
    assert [linje.udgift_pr_borger for linje in r.linjer] == [Decimal("33.33"), Decimal("0.03")]


@pytest.mark.parametrize(
    ("timepris", "elementer", "tekst"),
    [
        (-1, REGNEEKSEMPEL_ELEMENTER, "timepris"),
        (Decimal("1e30"), REGNEEKSEMPEL_ELEMENTER, "timepris"),
        (1.5j, REGNEEKSEMPEL_ELEMENTER, "timepris"),
        (True, REGNEEKSEMPEL_ELEMENTER, "timepris"),
        (325, [], "elementer"),
        (325, ["afklarende samtale"], "elementer\\[0\\]"),
        (325, "abc", "elementer"),
        (325, None, "elementer"),
    ],
)
def test_regneeksemplet_afviser(timepris: object, elementer: object, tekst: str) -> None:
    with pytest.raises(ForloebsreglerFejl, match=tekst):
        beregn_rehabiliteringsudgift(timepris, elementer)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "tekst"),
    [
        (("", 1, 1, 1), "navn"),
        (("a", 0, 1, 1), "deltagere"),
        (("a", 1, -1, 1), "sundhedsprofessionelle"),
        (("a", 1, 1, "x"), "timer_pr_medarbejder"),
        (("a", True, 1, 1), "deltagere"),
        (("a", 1, 1, Decimal("1e40")), "timer_pr_medarbejder"),
        (("a", 10**9, 1, 1), "deltagere"),
    ],
)
def test_rehabiliteringselement_afviser(args: tuple[object, ...], tekst: str) -> None:
    with pytest.raises(ForloebsreglerFejl, match=tekst):
        Rehabiliteringselement(*args)


# --------------------------------------------------------------------------- kontaktperson


@pytest.mark.parametrize(
    ("diag", "kompleks", "svar"),
    [
        (True, True, J),
        (True, False, U),  # kontakt til jobcenter m.m. ukendt (KOO-04)
        (False, True, N),
        (True, None, U),
        (None, True, U),
        (None, False, U),
        (Afgoerelse.OPFYLDT, True, J),
        (Afgoerelse.KAN_IKKE_AFGOERES, True, U),
    ],
)
def test_kontaktperson_kap8(diag: object, kompleks: bool | None, svar: Afgoerelse) -> None:
    r = koordinerende_kontaktperson(diag, komplekse_behov=kompleks)  # type: ignore[arg-type]
    assert r.tilbydes is svar
    assert r.laesning is KontaktpersonLaesning.KOMPLEKSE_BEHOV
    assert "komplekse behov" in r.begrundelse and "»" in r.begrundelse
    assert r.opgaver == (() if svar is N else tuple(KontaktpersonOpgave))


@pytest.mark.parametrize(
    ("i_psykiatri", "anden", "forankring"),
    [
        (True, False, Forankring.LOKALPSYKIATRIEN),
        (False, False, Forankring.KOMMUNALT_REHABILITERINGSOMRAADE),
        (None, False, None),
        (True, True, Forankring.ANDEN_PART),
    ],
)
def test_kontaktperson_forankring(
    i_psykiatri: bool | None, anden: bool, forankring: Forankring | None
) -> None:
    r = koordinerende_kontaktperson(
        True, komplekse_behov=True, i_behandling_i_psykiatrien=i_psykiatri, anden_part=anden
    )
    assert r.forankring is forankring and r.navngiven
    if forankring is None:
        assert "placering kan ikke afgøres" in r.begrundelse


def test_kontaktperson_kap2_og_kommunikationspakken() -> None:
    kap2 = koordinerende_kontaktperson(
        True, indsatser_paa_arbejdsmarkedsomraadet=True, laesning="ARBEJDSMARKED"
    )
    assert kap2.tilbydes is J and "arbejdsmarkedsområdet" in kap2.begrundelse
    # Kommunikationspakken: kontakt til både jobcenter og lokalpsykiatri/kommunalt sundhedsområde
    pakke = KontaktpersonLaesning.JOBCENTER_OG_SUNDHED
    kw = {"laesning": pakke}
    assert (
        koordinerende_kontaktperson(
            True,
            kontakt_jobcenter=True,
            kontakt_kommunalt_sundhedsomraade=True,
            **kw,  # type: ignore[arg-type]
        ).tilbydes
        is J
    )
    assert (
        koordinerende_kontaktperson(
            True,
            kontakt_jobcenter=True,
            kontakt_lokalpsykiatri=False,
            kontakt_kommunalt_sundhedsomraade=False,
            **kw,  # type: ignore[arg-type]
        ).tilbydes
        is N
    )
    assert (
        koordinerende_kontaktperson(
            True,
            kontakt_jobcenter=True,
            kontakt_lokalpsykiatri=None,
            **kw,  # type: ignore[arg-type]
        ).tilbydes
        is U
    )
    r = koordinerende_kontaktperson(
        True,
        kontakt_jobcenter=False,
        kontakt_lokalpsykiatri=True,
        **kw,  # type: ignore[arg-type]
    )
    assert r.tilbydes is N and "både jobcenter" in r.begrundelse


def test_kontaktpersonens_opgaver_har_kilder() -> None:
    r = koordinerende_kontaktperson(True, komplekse_behov=True, i_behandling_i_psykiatrien=True)
    citater = " ".join(k.citat for k in r.kilder)
    for ord_ in (
        "skriftligt samtykke",
        "fællesmøde",
        "dagsorden",
        "med hjem",
        "Referat",
        "Opfølgning på mødet",
        "navngiven",
        "lokalpsykiatrien",
    ):
        assert ord_ in citater, ord_


@pytest.mark.parametrize(
    ("kwargs", "tekst"),
    [
        ({"diagnosticeret": "ja"}, "diagnosticeret"),
        ({"diagnosticeret": True, "komplekse_behov": 1}, "komplekse_behov"),
        ({"diagnosticeret": True, "anden_part": None}, "anden_part"),
        ({"diagnosticeret": True, "laesning": "KAP3"}, "laesning"),
        ({"diagnosticeret": True, "kontakt_jobcenter": "nej"}, "kontakt_jobcenter"),
    ],
)
def test_kontaktperson_afviser(kwargs: dict[str, object], tekst: str) -> None:
    with pytest.raises(ForloebsreglerFejl, match=tekst):
        koordinerende_kontaktperson(**kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- rehabilitering


@pytest.mark.parametrize(
    ("grad", "i_psykiatri", "svar"),
    [
        (Svaerhedsgrad.LET, False, J),
        ("MODERAT", False, J),
        ("SVAER", False, N),
        ("INGEN", False, N),
        ("LET", True, N),
        ("MODERAT", None, U),
        ("SVAER", None, N),
    ],
)
def test_kommunal_rehabilitering(grad: object, i_psykiatri: bool | None, svar: Afgoerelse) -> None:
    r = kommunal_rehabilitering(grad, behandles_i_psykiatrien=i_psykiatri)  # type: ignore[arg-type]
    assert r.tilbydes is svar
    assert r.foerste_skridt == "individuel afklarende samtale"
    assert "REF01" in r.henvisning and "XREF15" in r.henvisning
    assert r.afslutningsnotat_til == ("den praktiserende læge",)


def test_kommunal_rehabilitering_sygehus_faar_afslutningsnotat() -> None:
    r = kommunal_rehabilitering("LET", behandles_i_psykiatrien=False, henviser=Henviser.SYGEHUS)
    assert r.afslutningsnotat_til == ("den praktiserende læge", "sygehuset")
    assert "sygehuset" in r.begrundelse


@pytest.mark.parametrize(
    ("args", "kwargs", "tekst"),
    [
        (("LET_TIL_MODERAT",), {"behandles_i_psykiatrien": False}, "svaerhedsgrad"),
        (("LET",), {"behandles_i_psykiatrien": "nej"}, "behandles_i_psykiatrien"),
        (("LET",), {"behandles_i_psykiatrien": False, "henviser": "KOMMUNE"}, "henviser"),
    ],
)
def test_kommunal_rehabilitering_afviser(
    args: tuple[object, ...], kwargs: dict[str, object], tekst: str
) -> None:
    with pytest.raises(ForloebsreglerFejl, match=tekst):
        kommunal_rehabilitering(*args, **kwargs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- udskrivning, samtykke


def test_udskrivning_kompliceret_uden_udskrivningsaftale() -> None:
    r = afslutning_af_psykiatrisk_behandling(
        kommunalt_tilbud_efter=True, kompliceret_forloeb=True, oensker_udskrivningsaftale=False
    )
    tekst = " ".join(r.pligter)
    assert "varsles tidligst muligt" in tekst and "udskrivningskonference" in tekst
    assert "koordinationsplan" in tekst and "handleplan" in tekst
    assert "udskrivningsaftale efter" not in tekst and r.uafklarede == ()


def test_udskrivning_enkel_og_ukendt() -> None:
    r = afslutning_af_psykiatrisk_behandling(
        kommunalt_tilbud_efter=False, kompliceret_forloeb=False, oensker_udskrivningsaftale=True
    )
    # ikke kompliceret: afsnittet om komplicerede forløb gælder ikke (KOO-06)
    assert r.pligter == () and r.fortolkninger == ("KOO-06",)
    u = afslutning_af_psykiatrisk_behandling(
        kommunalt_tilbud_efter=None, kompliceret_forloeb=None, oensker_udskrivningsaftale=None
    )
    assert len(u.uafklarede) == 4 and "ukendte" in u.begrundelse
    with pytest.raises(ForloebsreglerFejl, match="kompliceret_forloeb"):
        afslutning_af_psykiatrisk_behandling(
            kommunalt_tilbud_efter=True,
            kompliceret_forloeb="ja",  # type: ignore[arg-type]
            oensker_udskrivningsaftale=True,
        )


def test_udskrivningens_begrundelse_ordret() -> None:
    # Kap. 7: varsling ved kommunalt tilbud; i et kompliceret forløb udskrivningskonference,
    # udskrivningsaftale (Psykiatriloven) og handleplan (Serviceloven); 18 år er læst som
    # »over 18 år« (KOO-08)
    r = afslutning_af_psykiatrisk_behandling(
        kommunalt_tilbud_efter=True,
        kompliceret_forloeb=True,
        oensker_udskrivningsaftale=True,
        alder=18,
    )
    assert r.begrundelse == (
        "Ved afslutning af behandlingen i psykiatrien: kommunen varsles tidligst muligt om "
        "færdigbehandlingstidspunktet; udskrivningskonference med alle involverede og kommende "
        "aktører; psykiatrien udarbejder en udskrivningsaftale efter Psykiatriloven; kommunen "
        "tilbyder at udarbejde en handleplan efter Serviceloven. En 18-årig er i programmets "
        "målgruppe »over 18 år«, læst som 18 år og derover (læsning, se fortolkningsloggen "
        "KOO-08)."
    )


@pytest.mark.parametrize(("samtykke", "svar"), [(True, J), (False, N), (None, U)])
def test_informationsudveksling(samtykke: bool | None, svar: Afgoerelse) -> None:
    r = informationsudveksling(samtykke)
    assert r.tilladt is svar and "skriftligt samtykke" in r.kilder[0].citat
    with pytest.raises(ForloebsreglerFejl, match="skriftligt_samtykke"):
        informationsudveksling("ja")  # type: ignore[arg-type]


def test_samtykkets_begrundelse() -> None:
    # Kap. 8: »Indhentning af oplysninger på tværs af de involverede aktører forudsætter et
    # skriftligt samtykke fra borgeren« — uden samtykke må de ikke indhentes, ukendt kan ikke
    # afgøres
    assert informationsudveksling(True).begrundelse == (
        "Oplysninger må indhentes på tværs af aktørerne: borgeren har givet skriftligt samtykke."
    )
    assert informationsudveksling(False).begrundelse == (
        "Oplysninger må ikke indhentes på tværs af aktørerne: der foreligger ikke skriftligt "
        "samtykke fra borgeren."
    )
    assert informationsudveksling(None).begrundelse == (
        "Det kan ikke afgøres, om oplysninger må indhentes: det er ukendt, om borgeren har "
        "givet skriftligt samtykke."
    )


# --------------------------------------------------------------------------- alder


UDEN = Afgoerelse.UDEN_FOR_MAALGRUPPEN
_PA = Psykiatrimodtager.PSYKIATRISK_AFDELING


@pytest.mark.parametrize(
    ("alder", "maalgruppe", "speciallaege", "modtagelse", "modtager"),
    [
        (0, UDEN, UDEN, UDEN, None),
        (17, UDEN, UDEN, UDEN, None),
        (18, J, J, U, None),
        (19, J, J, U, None),
        (20, J, J, J, _PA),
        (24, J, J, J, _PA),
        (25, J, N, J, _PA),
        (80, J, N, J, _PA),
    ],
)
def test_aldersregler(
    alder: int,
    maalgruppe: Afgoerelse,
    speciallaege: Afgoerelse,
    modtagelse: Afgoerelse,
    modtager: Psykiatrimodtager | None,
) -> None:
    assert i_maalgruppen(alder).svar is maalgruppe
    assert medicinopstart(alder).svar is speciallaege
    m = psykiatrisk_modtagelse(alder)
    assert (m.svar, m.modtager) == (modtagelse, modtager)


def test_medicinopstart_under_18_er_ingen_tilladelse() -> None:
    """Før: medicinopstart(17) var IKKE_OPFYLDT og kunne læses som lov til at starte medicin
    uden for speciallægen."""
    r = medicinopstart(17)
    assert r.svar is Afgoerelse.UDEN_FOR_MAALGRUPPEN and r.svar is not N
    assert "uden for forløbsprogrammets målgruppe" in r.begrundelse
    assert "over 18 år" in " ".join(k.citat for k in r.kilder)
    assert r.fortolkninger == ("DEP-06",)


def test_18_19_aarige_sendes_ikke_til_boerne_og_ungdomspsykiatrien() -> None:
    """Før: psykiatrisk_modtagelse(18) sendte en voksen til børne- og ungdomspsykiatrien."""
    for alder in (18, 19):
        m = psykiatrisk_modtagelse(alder)
        assert m.modtager is not Psykiatrimodtager.BOERNE_OG_UNGDOMSPSYKIATRIEN
        assert m.svar is U and "DEP-05" in m.fortolkninger
        citater = " ".join(k.citat for k in m.kilder)
        assert "psykiatrisk afdeling (20 år+) eller børne- og ungdomspsykiatrien" in citater
        assert "alle syddanske borgere over 18 år" in citater
    assert psykiatrisk_modtagelse(18).fortolkninger == ("DEP-05", "DEP-04")


def test_atten_aar_naevner_laesningen_af_over_18() -> None:
    assert i_maalgruppen(18).fortolkninger == ("DEP-04",)
    assert "DEP-04" in i_maalgruppen(18).begrundelse
    assert i_maalgruppen(19).fortolkninger == ()
    assert internetbehandling(18, "LET").fortolkninger == ("DEP-04",)


@pytest.mark.parametrize("alder", [-1, 131, "atten", 18.5, True, None])
def test_alder_afvises(alder: object) -> None:
    for f in (i_maalgruppen, medicinopstart, psykiatrisk_modtagelse):
        with pytest.raises(ForloebsreglerFejl, match="alder"):
            f(alder)  # type: ignore[arg-type]


def test_karakteristika_staar_i_tabellen(kildetekster: dict[str, str]) -> None:
    tekst = kildetekster[FORLOEBSPROGRAM_DEPRESSION.fil]
    for k in Psykiatrikarakteristikum:
        assert normaliser(k.value) in tekst and k.omraade in tekst
    omraader = {k.omraade for k in Psykiatrikarakteristikum}
    assert omraader == {"Symptomer og adfærd", "Funktionsniveau", "Diagnostik", "Behandling"}


# --------------------------------------------------------------------------- apoteket

D = date(2024, 6, 30)


@pytest.mark.parametrize(
    ("siden", "kronisk", "mangler", "ny", "ny_kronisk", "svar", "antal"),
    [
        (date(2023, 6, 30), True, True, None, None, J, 1),  # præcis 12 måneder
        (date(2023, 7, 1), True, True, date(2020, 1, 1), True, N, 0),  # én dag for lidt
        (date(2020, 1, 1), True, False, date(2023, 12, 30), True, J, 1),  # præcis 6 mdr.
        (date(2020, 1, 1), True, False, date(2023, 12, 29), True, N, 0),
        (date(2020, 1, 1), True, True, date(2024, 6, 1), True, J, 2),
        (None, True, True, date(2020, 1, 1), True, U, 0),
        (date(2020, 1, 1), True, None, None, None, U, 0),
        # ikke for en kronisk sygdom / ikke ved en kronisk diagnose
        (date(2020, 1, 1), False, True, date(2024, 6, 1), False, N, 0),
        # kronisk sygdom ukendt: datoerne alene afgør intet
        (date(2020, 1, 1), None, True, date(2024, 6, 1), None, U, 0),
    ],
)
def test_medicinsamtale(
    siden: date | None,
    kronisk: bool | None,
    mangler: bool | None,
    ny: date | None,
    ny_kronisk: bool | None,
    svar: Afgoerelse,
    antal: int,
) -> None:
    r = medicinsamtale_paa_apoteket(
        dato=D,
        medicin_ordineret_siden=siden,
        medicin_for_kronisk_sygdom=kronisk,
        manglende_medicinefterlevelse=mangler,
        ny_medicin_ordineret=ny,
        ny_medicin_ved_kronisk_diagnose=ny_kronisk,
    )
    assert r.svar is svar and len(r.regler) == antal


def test_medicinsamtale_aldrig_opfyldt_af_en_dato_alene() -> None:
    """Før: ny medicin inden for 6 måneder gav OPFYLDT uden oplysning om kronisk sygdom."""
    r = medicinsamtale_paa_apoteket(dato=D, ny_medicin_ordineret=date(2024, 6, 1))
    assert r.svar is U and r.regler == ()
    assert "i forbindelse med diagnosticeringen af en kronisk sygdom" in " ".join(
        k.citat for k in r.kilder
    )
    with pytest.raises(ForloebsreglerFejl, match="ny_medicin_ved_kronisk_diagnose"):
        medicinsamtale_paa_apoteket(dato=D, ny_medicin_ved_kronisk_diagnose=1)  # type: ignore[arg-type]


def test_medicinsamtale_afviser() -> None:
    with pytest.raises(ForloebsreglerFejl, match="ny_medicin_ordineret"):
        medicinsamtale_paa_apoteket(dato=D, ny_medicin_ordineret=date(2024, 7, 1))
    with pytest.raises(ForloebsreglerFejl, match="dato"):
        medicinsamtale_paa_apoteket(dato="30-06-2024")


# --------------------------------------------------------------------------- arbejdsmarkedet


@pytest.mark.parametrize(
    ("forventet", "svar"),
    [
        (timedelta(weeks=8), N),  # »længere end otte uger«
        (timedelta(weeks=8, days=1), J),
        (timedelta(weeks=2), N),
        (None, U),
    ],
)
def test_fast_track(forventet: timedelta | None, svar: Afgoerelse) -> None:
    r = fast_track(forventet, anmodningsdato="2024-03-01")
    assert r.anbefales is svar
    assert r.opfoelgning_senest == date(2024, 3, 15)  # senest to uger efter anmodningen


def test_fast_tracks_begrundelse_skrives_naar_den_laeses() -> None:
    # Kap. 9: »længere end otte uger« — præcis otte uger er ikke længere (DEP-08); opfølgningen
    # senest to uger efter anmodningen: 1.3.2024 + 14 dage = 15.3.2024
    tjek_doven_begrundelse(
        lambda: fast_track(timedelta(weeks=8), anmodningsdato="2024-03-01"),
        "Sygemeldingen forventes ikke at blive længere end otte uger: Fast Track anbefales ikke. "
        "Med Fast Track igangsættes sygedagpengeopfølgningen senest 15.3.2024 (to uger efter "
        "anmodningen). Præcis otte uger er læst som ikke længere end otte uger (læsning, se "
        "fortolkningsloggen DEP-08).",
    )


@pytest.mark.parametrize("forventet", [56, "8 uger", timedelta(days=-1)])
def test_fast_track_afviser(forventet: object) -> None:
    with pytest.raises(ForloebsreglerFejl, match="forventet_sygemelding"):
        fast_track(forventet)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kronisk", "dage", "svar"),
    [(True, 10, J), (True, 9, N), (True, "9.5", N), (False, 30, N), (None, 12, U), (True, None, U)],
)
def test_paragraf_56(kronisk: bool | None, dage: object, svar: Afgoerelse) -> None:
    r = paragraf_56_aftale(
        langvarig_eller_kronisk_sygdom=kronisk,
        forventet_ekstra_fravaer_dage_pr_aar=dage,  # type: ignore[arg-type]
    )
    assert r.svar is svar


def test_paragraf_56_afviser() -> None:
    with pytest.raises(ForloebsreglerFejl, match="forventet_ekstra_fravaer_dage_pr_aar"):
        paragraf_56_aftale(
            langvarig_eller_kronisk_sygdom=True, forventet_ekstra_fravaer_dage_pr_aar=-1
        )


# --------------------------------------------------------------------------- alkohol


@pytest.mark.parametrize(
    ("genstande", "koen", "over"),
    [
        (14, "KVINDE", False),
        (15, "KVINDE", True),
        ("14.5", Koen.KVINDE, True),
        (21, "MAND", False),
        (22, "MAND", True),
        (0, "MAND", False),
    ],
)
def test_hoejrisikograensen(genstande: object, koen: object, over: bool) -> None:
    r = vurder_alkohol(genstande, koen, alkoholafhaengighed=False)  # type: ignore[arg-type]
    assert r.over_hoejrisikograensen is over
    assert (Alkoholkategori.STORFORBRUG in r.kategorier) is over
    # Kap. 11 udelukker ingen patient fra samtalen (DEP-11); før var svaret N under grænsen.
    assert r.forebyggende_samtale is J
    assert r.alkoholbehandling is N
    assert r.fortolkninger == (() if over else ("DEP-11",))


def test_alkohol_kategorier_og_samtale() -> None:
    afh = vurder_alkohol(30, "MAND", alkoholafhaengighed=True)
    assert afh.kategorier == (Alkoholkategori.STORFORBRUG, Alkoholkategori.ALKOHOLAFHAENGIGHED)
    # Før: afhængighed udelukkede fra samtalen; nu anbefales den, og borgeren peges mod
    # alkoholbehandling (§ 141, misbrugsområdet).
    assert afh.forebyggende_samtale is J and afh.alkoholbehandling is J
    assert "misbrugsområde" in afh.begrundelse and afh.fortolkninger == ("DEP-11",)
    skadeligt = vurder_alkohol(
        5, "KVINDE", helbreds_eller_social_skade=True, alkoholafhaengighed=False
    )
    assert skadeligt.kategorier == (Alkoholkategori.SKADELIGT_ALKOHOLFORBRUG,)
    assert skadeligt.forebyggende_samtale is J  # skadeligt forbrug under grænsen: ikke udelukket
    ukendt = vurder_alkohol(30, "MAND")
    assert ukendt.forebyggende_samtale is J and ukendt.alkoholbehandling is U
    assert any("§ 141" in r and "anonymt" in r for r in ukendt.regler)
    assert any("individuelt" in r for r in ukendt.regler)


@pytest.mark.parametrize(
    "kendt",
    [
        # Kap. 11: skadeligt forbrug er skade uden afhængighed; afhængighed er den anden
        # mulighed. Med skade og ukendt afhængighed er borgeren i én af de to kategorier.
        {"helbreds_eller_social_skade": True},
        # Intet oplyst ud over antallet: skade og afhængighed er ukendte.
        {},
    ],
)
def test_alkohol_ukendt_kategori_siges_ikke_at_vaere_ingen(kendt: dict[str, bool]) -> None:
    # Fundet ved gennemgang (jagt 3): under højrisikogrænsen, med ukendt afhængighed, sagde
    # begrundelsen »(ingen af de tre kategorier)« — et bestemt svar om et ukendt faktum (med
    # skade endda forkert: enten skadeligt forbrug eller afhængighed).
    r = vurder_alkohol(10, "MAND", **kendt)
    assert Alkoholkategori.STORFORBRUG not in r.kategorier
    assert "ingen af de tre kategorier" not in r.begrundelse
    uvis = (
        "(enten skadeligt alkoholforbrug eller alkoholafhængighed; afhængigheden er ikke vurderet)"
        if kendt
        else "(om der er skadeligt alkoholforbrug eller alkoholafhængighed, kan ikke afgøres)"
    )
    assert f"højrisikogrænsen på 21 {uvis}." in r.begrundelse


def test_alkohol_ingen_kategori_kun_naar_alt_er_kendt() -> None:
    # Kap. 11: under grænsen (10 < 21 for en mand), ingen skade og ingen afhængighed: ingen
    # af de tre kategorier; med skade udelukket, men afhængigheden ukendt, kan kun den afgøres.
    kendt = vurder_alkohol(10, "MAND", helbreds_eller_social_skade=False, alkoholafhaengighed=False)
    assert "på 21 (ingen af de tre kategorier)." in kendt.begrundelse
    uden_skade = vurder_alkohol(10, "MAND", helbreds_eller_social_skade=False)
    assert "på 21 (om der er alkoholafhængighed, kan ikke afgøres)." in uden_skade.begrundelse
    ikke_afhaengig = vurder_alkohol(30, "MAND", alkoholafhaengighed=False)
    assert (
        "på 21 (storforbrug af alkohol; om der er skadeligt alkoholforbrug, kan ikke afgøres)."
        in ikke_afhaengig.begrundelse
    )


@pytest.mark.parametrize(
    ("args", "tekst"),
    [
        ((-1, "MAND"), "genstande_pr_uge"),
        ((3, "ANDET"), "koen"),
        ((float("nan"), "MAND"), "genstande_pr_uge"),
    ],
)
def test_alkohol_afviser(args: tuple[object, ...], tekst: str) -> None:
    with pytest.raises(ForloebsreglerFejl, match=tekst):
        vurder_alkohol(*args)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- behandling


@pytest.mark.parametrize(
    ("alder", "grad", "svar"),
    [
        (18, "LET", J),
        (40, "MODERAT", J),
        (17, "LET", Afgoerelse.UDEN_FOR_MAALGRUPPEN),
        (40, "SVAER", N),
        (40, "INGEN", N),
    ],
)
def test_internetbehandling(alder: int, grad: str, svar: Afgoerelse) -> None:
    r = internetbehandling(alder, grad)
    assert r.svar is svar
    if svar is J:
        assert "internetprogram i 12 uger med daglige øvelser" in r.regler
        assert "gratis for borgeren" in r.regler and "forsamtale på video" in r.regler


def test_behandlingsregler() -> None:
    r = behandlingsregler("MODERAT", behandles_i_psykiatrien=True)
    assert r.svar is J and any("samtaleterapi" in x for x in r.regler)
    assert r.regler[0] == "almen praksis er tovholder for det samlede behandlingsforløb"
    assert behandlingsregler("LET", behandles_i_psykiatrien=None).svar is J
    u = behandlingsregler("SVAER", behandles_i_psykiatrien=None)
    assert u.svar is U and "samtaleterapi" in u.begrundelse
    s = behandlingsregler(
        "LET", behandles_i_psykiatrien=False, opsporet_under_somatisk_indlaeggelse=True
    )
    assert "henvis til videre vurdering/behandling i psykiatrien" in s.regler
    with pytest.raises(ForloebsreglerFejl, match="opsporet_under_somatisk_indlaeggelse"):
        behandlingsregler(
            "LET",
            behandles_i_psykiatrien=False,
            opsporet_under_somatisk_indlaeggelse=None,  # type: ignore[arg-type]
        )


def test_rygestop() -> None:
    r = rygestop(
        dato=D,
        rygeophoer=date(2023, 12, 30),
        tidligere_deltaget=True,
        samtykke_til_afslutningsnotat=False,
    )
    tekst = " ".join(r.regler)
    # Før manglede advarslen om, at rygeophør kan fremprovokere depression.
    assert "rygeophør kan fremprovokere depression" in r.regler[0]
    assert "timingen" in r.begrundelse and "fremprovokere depression" in r.begrundelse
    assert "fremprovokere depression" in r.kilder[0].citat
    assert "mere end én gang" in tekst and "fortsat rygeophør" in tekst
    assert "selv henvende sig" in tekst and "ikke givet samtykke" in tekst
    gammel = rygestop(dato=D, rygeophoer=date(2023, 12, 29))
    assert "fortsat rygeophør" not in " ".join(gammel.regler)
    with pytest.raises(ForloebsreglerFejl, match="rygeophoer"):
        rygestop(dato=D, rygeophoer=date(2024, 7, 1))


# --------------------------------------------------------------------------- screening


@pytest.mark.parametrize(
    ("score", "tegn"), [(0, False), (3, False), (4, True), (5, True), (6, True)]
)
def test_phq2_sundhedsprofilens_taerskel(score: int, tegn: bool) -> None:
    r = vurder_phq2(score)
    assert r.tegn_paa_depression is tegn and "ikke en diagnose" in r.begrundelse


def test_phq2_taerskel_er_parameter() -> None:
    assert vurder_phq2(3, taerskel=3).tegn_paa_depression
    for ugyldig in (7, -1, "fire", None, True):
        with pytest.raises(ForloebsreglerFejl, match="score"):
            vurder_phq2(ugyldig)  # type: ignore[arg-type]
    with pytest.raises(ForloebsreglerFejl, match="taerskel"):
        vurder_phq2(3, taerskel=9)


def test_phq2s_begrundelse() -> None:
    # notatet: Sundhedsprofilen 2017 tæller 4, 5 eller 6 som tegn på depression; et
    # screeningsfund er ikke en diagnose (DEP-07); en anden tærskel end 4 er kalderens
    assert vurder_phq2(4).begrundelse == (
        "PHQ-2-score 4 er over eller lig tærsklen 4: tegn på depression i screeningens forstand. "
        "Det er ikke en diagnose. Tærsklen er Sundhedsprofilens (se fortolkningsloggen DEP-07)."
    )
    assert vurder_phq2(2, taerskel=3).begrundelse == (
        "PHQ-2-score 2 er under tærsklen 3: ikke tegn på depression i screeningens forstand. Det "
        "er ikke en diagnose. Tærsklen er valgt af kalderen; Sundhedsprofilens er 4 (se "
        "fortolkningsloggen DEP-07)."
    )


def test_screeningsredskaber_har_kilder() -> None:
    assert {r.name for r in Screeningsredskab} == {"PHQ_2", "WHO_5", "HADS"}
    assert "WHO-5" in Screeningsredskab.WHO_5.kilde.citat
    assert "HADS" in Screeningsredskab.HADS.kilde.citat
    # Før: afsnittet »Ad) Tidlig opsporing«; citatet står under »Ad) Generelle kommentarer«.
    assert Screeningsredskab.HADS.kilde.afsnit == "Ad) Generelle kommentarer"


def test_karakteristika_kilde_og_fejlende_elementer() -> None:
    k = Psykiatrikarakteristikum.BETYDELIG_FORPINTHED
    assert k.kilde.citat.endswith(k.value) and k.omraade == "Symptomer og adfærd"

    def gen() -> Iterator[object]:
        yield REGNEEKSEMPEL_ELEMENTER[0]
        raise RuntimeError("i stykker")

    with pytest.raises(ForloebsreglerFejl, match="elementer"):
        beregn_rehabiliteringsudgift(325, gen())  # type: ignore[arg-type]


def test_fast_track_uden_anmodningsdato() -> None:
    r = fast_track(timedelta(weeks=9))
    assert r.anbefales is J and r.opfoelgning_senest is None


def test_datoer_ved_kalenderens_graense_giver_forloebsreglerfejl() -> None:
    with pytest.raises(ForloebsreglerFejl, match="anmodningsdato"):
        fast_track(None, anmodningsdato=date.max)
    with pytest.raises(ForloebsreglerFejl, match="medicin_ordineret_siden"):
        medicinsamtale_paa_apoteket(dato=date.max, medicin_ordineret_siden=date.max)
    with pytest.raises(ForloebsreglerFejl, match="dato"):
        medicinsamtale_paa_apoteket(dato=date.min, ny_medicin_ordineret=date.min)
    with pytest.raises(ForloebsreglerFejl, match="dato"):
        rygestop(dato=date.min, rygeophoer=date.min)


# --------------------------------------------------------------------------- regionspsykiatrien

_K = Psykiatrikarakteristikum


def test_henvisning_ét_karakteristikum_er_nok() -> None:
    r = henvisning_til_regionspsykiatrien({_K.NYOPSTAAEDE_PSYKOTISKE_SYMPTOMER: True}, alder=40)
    assert r.svar is J and r.til_stede == (_K.NYOPSTAAEDE_PSYKOTISKE_SYMPTOMER,)
    assert r.modtagelse.modtager is Psykiatrimodtager.PSYKIATRISK_AFDELING
    assert "DEP-13" in r.fortolkninger and "nyopståede psykotiske symptomer" in r.begrundelse


def test_henvisning_ukendt_karakteristikum_kan_ikke_afgoeres() -> None:
    kendte = {k: False for k in list(_K)[:-1]}
    r = henvisning_til_regionspsykiatrien(kendte, alder=40)
    assert r.svar is U and r.ukendte == (list(_K)[-1],)
    alle_nej = henvisning_til_regionspsykiatrien({k.name: False for k in _K}, alder=40)
    assert alle_nej.svar is N and alle_nej.ukendte == ()
    assert henvisning_til_regionspsykiatrien({}, alder=40).svar is U


def test_henvisningens_begrundelse_ordret() -> None:
    # Kap. 6: tabellens »Symptomer og adfærd … Betydelig forpinthed« (ét er nok, DEP-13), og
    # »en psykiatrisk afdeling (20 år+)« for en 40-årig
    r = henvisning_til_regionspsykiatrien({_K.BETYDELIG_FORPINTHED: True}, alder=40)
    assert r.begrundelse == (
        "Regionspsykiatrien tilbyder udredning: patienten har Symptomer og adfærd: betydelig "
        "forpinthed (tabellen i Kap. 6; ét karakteristikum er læst som nok, se "
        "fortolkningsloggen DEP-13). Modtagelse: 40 år: henvises til en psykiatrisk afdeling, "
        "som modtager patienter fra 20 år."
    )


def test_henvisning_alder() -> None:
    r = henvisning_til_regionspsykiatrien({_K.BETYDELIG_FORPINTHED: True}, alder=17)
    assert r.svar is Afgoerelse.UDEN_FOR_MAALGRUPPEN
    r19 = henvisning_til_regionspsykiatrien({_K.BETYDELIG_FORPINTHED: True}, alder=19)
    assert r19.svar is J and r19.modtagelse.svar is U and r19.modtagelse.modtager is None
    assert "DEP-05" in r19.fortolkninger


@pytest.mark.parametrize(
    ("karakteristika", "tekst"),
    [
        ([_K.BETYDELIG_FORPINTHED], "karakteristika"),
        ({"UKENDT": True}, "karakteristika"),
        ({_K.BETYDELIG_FORPINTHED: 1}, "BETYDELIG_FORPINTHED"),
    ],
)
def test_henvisning_afviser(karakteristika: object, tekst: str) -> None:
    with pytest.raises(ForloebsreglerFejl, match=tekst):
        henvisning_til_regionspsykiatrien(karakteristika, alder=40)  # type: ignore[arg-type]


def test_henvisning_samme_karakteristikum_to_gange_afvises() -> None:
    # Fundet ved gennemgang (jagt 3): samme karakteristikum som medlem og som navn med hver
    # sin værdi. Før vandt den sidste nøgle i stilhed, så svaret (J eller N) afhang af dict'ens
    # rækkefølge. Som i `kompetencer` og `aktivitetsopfoelgning` er det en fejl i input.
    resten: dict[PsykiatrikarakteristikumArg, bool | None] = {
        k: False for k in _K if k is not _K.BETYDELIG_FORPINTHED
    }
    foerst_medlem: dict[PsykiatrikarakteristikumArg, bool | None] = {
        _K.BETYDELIG_FORPINTHED: True,
        "BETYDELIG_FORPINTHED": False,
    }
    foerst_navn: dict[PsykiatrikarakteristikumArg, bool | None] = {
        "BETYDELIG_FORPINTHED": False,
        _K.BETYDELIG_FORPINTHED: True,
    }
    for karakteristika in ({**foerst_medlem, **resten}, {**foerst_navn, **resten}):
        with pytest.raises(ForloebsreglerFejl, match="BETYDELIG_FORPINTHED"):
            henvisning_til_regionspsykiatrien(karakteristika, alder=40)


def test_behandlingsregler_moderat_i_almen_praksis_naevner_laesningen() -> None:
    r = behandlingsregler("MODERAT", behandles_i_psykiatrien=False)
    assert r.fortolkninger == ("DEP-14",) and "og/eller" in r.begrundelse
    assert behandlingsregler("MODERAT", behandles_i_psykiatrien=True).fortolkninger == ()


def test_graensedage_og_phq2_naevner_laesningen() -> None:
    assert fast_track(timedelta(weeks=8)).fortolkninger == ("DEP-08",)
    assert fast_track(timedelta(weeks=9)).fortolkninger == ()
    assert rygestop(dato=D, rygeophoer=date(2023, 12, 30)).fortolkninger == ("DEP-08",)
    assert rygestop(dato=D, rygeophoer=date(2024, 1, 30)).fortolkninger == ()
    paa = medicinsamtale_paa_apoteket(
        dato=D,
        medicin_ordineret_siden=date(2023, 6, 30),
        medicin_for_kronisk_sygdom=True,
        manglende_medicinefterlevelse=True,
    )
    assert paa.svar is J and paa.fortolkninger == ("DEP-08",)
    assert vurder_phq2(4).fortolkninger == ("DEP-07",)
    assert "valgt af kalderen" in vurder_phq2(3, taerskel=3).begrundelse
