"""Skriv de gyldne filer i `tests/golden/` igen: `python scripts/opdater_golden.py`.

De gyldne filer fastholder ordlyden — det, en sagsbehandler læser op (`str(resultat)`), hele
resultatet som JSON, og fejlbeskederne — for et lille, repræsentativt udvalg af kald pr.
område (et par dusin, ikke tusind). Forventede *svar* står i sagstabellerne i `tests/sager/`,
regnet i hånden ud fra kilderne; de gyldne filer er kun for ordlyden.

Arbejdsgang: ændr koden, kør `python scripts/opdater_golden.py`, og gennemgå ændringen med
`git diff tests/golden/` — hver ændret linje skal være en ønsket ændring. `tests/test_golden.py`
sammenligner filerne med bibliotekets output og fejler med en diff, når de er forskellige.

Kaldene går kun gennem det offentlige API på pakkens rod (`forloebsregler.<navn>`), så de
overlever, at navne flyttes mellem moduler.

`python scripts/opdater_golden.py --tjek` skriver intet, men afslutter med 1 og viser
diffen, hvis en fil ville ændre sig.
"""

from __future__ import annotations

import difflib
import importlib
import json
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import forloebsregler as fr

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "golden"
_UTYPET: Any = fr  # fejltilfældene kalder bevidst med forkerte typer
K = ZoneInfo("Europe/Copenhagen")

Kald = tuple[str, Callable[[], object]]


def _tid(tekst: str) -> datetime:
    """Et lokalt tidspunkt i København fra `"2019-03-05 08:00"`."""
    return datetime.fromisoformat(tekst).replace(tzinfo=K)


# --------------------------------------------------------------------------- gengivelse


def _til_json(vaerdi: object) -> str:
    """Resultatet som JSON med indrykning 2, hvor serialiseringen end bor."""
    metode = getattr(vaerdi, "til_json", None)
    if callable(metode):
        return str(metode(indrykning=2))
    for modulnavn in ("forloebsregler.serialisering", "forloebsregler._serialisering"):
        try:
            modul = importlib.import_module(modulnavn)
        except ImportError:
            continue
        funktion = getattr(modul, "til_json", None)
        if callable(funktion):
            return str(funktion(vaerdi, indrykning=2))
    raise RuntimeError(f"ved ikke, hvordan {type(vaerdi).__name__} skrives som JSON")


def _json_standard(vaerdi: object) -> object:
    if isinstance(vaerdi, Decimal | datetime | date | timedelta):
        return str(vaerdi)
    try:
        return json.loads(_til_json(vaerdi))
    except RuntimeError:
        return repr(vaerdi)


def _gengiv_vaerdi(vaerdi: object) -> list[str]:
    if isinstance(vaerdi, list | tuple) and not hasattr(vaerdi, "_fields"):
        tekst = json.dumps(
            list(vaerdi), default=_json_standard, ensure_ascii=False, indent=2, sort_keys=False
        )
        return ["--- værdi (liste)", tekst]
    if isinstance(vaerdi, Decimal | datetime | date | timedelta | str | int | bool):
        return ["--- værdi", repr(vaerdi)]
    return ["--- str", str(vaerdi), "--- json", _til_json(vaerdi)]


def gengiv(kald: Iterable[Kald]) -> str:
    """Hvert kald som en blok: navn, `str(resultat)` og JSON — eller fejlklasse og besked."""
    linjer: list[str] = []
    for navn, funktion in kald:
        linjer.append(f"=== {navn}")
        try:
            vaerdi = funktion()
        except fr.ForloebsreglerFejl as fejl:
            linjer += ["--- fejl", f"{type(fejl).__name__}: {fejl}"]
        else:
            linjer += _gengiv_vaerdi(vaerdi)
        linjer.append("")
    return "\n".join(linjer)


# --------------------------------------------------------------------------- depression

KS = list(fr.Kernesymptom)
LS = list(fr.Ledsagesymptom)
KF = list(fr.KomplicerendeFaktor)
SF = list(fr.StyrkendeFaktor)


def _depression() -> list[Kald]:
    return [
        ("svaerhedsgrad 0+0", lambda: fr.vurder_svaerhedsgrad([], [])),
        ("svaerhedsgrad 2+2 (let)", lambda: fr.vurder_svaerhedsgrad(KS[:2], LS[:2])),
        ("svaerhedsgrad 2+4 (moderat)", lambda: fr.vurder_svaerhedsgrad(KS[:2], LS[:4])),
        ("svaerhedsgrad 3+5 (svær)", lambda: fr.vurder_svaerhedsgrad(KS[:3], LS[:5])),
        (
            "svaerhedsgrad 2+3 bogstavelig",
            lambda: fr.vurder_svaerhedsgrad(KS[:2], LS[:3], fortolkning="BOGSTAVELIG"),
        ),
        (
            "diagnose 2+2 i 14 dage",
            lambda: fr.vurder_diagnose(KS[:2], LS[:2], timedelta(days=14)),
        ),
        ("diagnose 2+2 varighed ukendt", lambda: fr.vurder_diagnose(KS[:2], LS[:2], None)),
        ("diagnose 3+1 i 13 dage", lambda: fr.vurder_diagnose(KS[:3], LS[:1], timedelta(days=13))),
        ("kompleksitet ingen faktorer", lambda: fr.vurder_kompleksitet()),
        (
            "kompleksitet misbrug, høj ukendt",
            lambda: fr.vurder_kompleksitet(KF[:1], SF[1:2], hoej_kompleksitet=None),
        ),
        (
            "stratificer let, ikke kompleks",
            lambda: fr.stratificer(KS[:2], LS[:2], hoej_kompleksitet=False),
        ),
        (
            "stratificer svær",
            lambda: fr.stratificer(KS[:3], LS[:5], komplicerende=KF[:1], hoej_kompleksitet=True),
        ),
        (
            "stratificer kompleksitet ukendt",
            lambda: fr.stratificer(KS[:2], LS[:4], hoej_kompleksitet=None),
        ),
        ("faser for moderat", lambda: fr.faser_for_niveau("MODERAT")),
        (
            "stratificer_mange",
            lambda: fr.stratificer_mange(
                [
                    {"kernesymptomer": ["NEDTRYKTHED", "NEDSAT_LYST"], "hoej_kompleksitet": False},
                    {"kernesymptomer": "x"},
                ]
            ),
        ),
        ("i målgruppen 17", lambda: fr.i_maalgruppen(17)),
        ("i målgruppen 18", lambda: fr.i_maalgruppen(18)),
        ("medicinopstart 24", lambda: fr.medicinopstart(24)),
        ("psykiatrisk modtagelse 17", lambda: fr.psykiatrisk_modtagelse(17)),
        ("internetbehandling 30 let", lambda: fr.internetbehandling(30, "LET")),
        ("internetbehandling 30 svær", lambda: fr.internetbehandling(30, "SVAER")),
        (
            "behandlingsregler let, psykiatri ukendt",
            lambda: fr.behandlingsregler("LET", behandles_i_psykiatrien=None),
        ),
        (
            "behandlingsregler moderat, opsporet somatisk",
            lambda: fr.behandlingsregler(
                "MODERAT",
                behandles_i_psykiatrien=True,
                opsporet_under_somatisk_indlaeggelse=True,
            ),
        ),
        (
            "kommunal rehabilitering let fra almen praksis",
            lambda: fr.kommunal_rehabilitering("LET", behandles_i_psykiatrien=False),
        ),
        ("alkohol mand 15 genstande", lambda: fr.vurder_alkohol(15, "MAND")),
        (
            "alkohol kvinde 5, skade ukendt",
            lambda: fr.vurder_alkohol(5, "KVINDE", helbreds_eller_social_skade=None),
        ),
        ("PHQ-2 score 4", lambda: fr.vurder_phq2(4)),
        ("PHQ-2 score 2", lambda: fr.vurder_phq2(2)),
        (
            "kontaktperson diagnosticeret, komplekse behov",
            lambda: fr.koordinerende_kontaktperson(True, komplekse_behov=True),
        ),
        ("kontaktperson diagnose ukendt", lambda: fr.koordinerende_kontaktperson(None)),
        ("informationsudveksling uden samtykke", lambda: fr.informationsudveksling(False)),
        (
            "afslutning af psykiatrisk behandling",
            lambda: fr.afslutning_af_psykiatrisk_behandling(
                kommunalt_tilbud_efter=True,
                kompliceret_forloeb=None,
                oensker_udskrivningsaftale=False,
            ),
        ),
        ("rehabiliteringsudgift standard", lambda: fr.beregn_rehabiliteringsudgift()),
        ("fast track 9 uger", lambda: fr.fast_track(timedelta(weeks=9))),
        ("fast track ukendt", lambda: fr.fast_track(None)),
        (
            "§ 56-aftale",
            lambda: fr.paragraf_56_aftale(
                langvarig_eller_kronisk_sygdom=True, forventet_ekstra_fravaer_dage_pr_aar=10
            ),
        ),
        (
            "medicinsamtale på apoteket",
            lambda: fr.medicinsamtale_paa_apoteket(
                dato=date(2024, 5, 1), medicin_ordineret_siden=date(2024, 3, 1)
            ),
        ),
        ("rygestop", lambda: fr.rygestop(dato=date(2024, 5, 1), rygeophoer=date(2024, 3, 1))),
        (
            "henvisning til regionspsykiatrien",
            lambda: fr.henvisning_til_regionspsykiatrien(
                {"DIAGNOSTISK_UKLARHED": True, "BETYDELIG_FORPINTHED": None}, alder=30
            ),
        ),
        ("fejl: kernesymptom som tekst", lambda: _UTYPET.vurder_svaerhedsgrad("NEDTRYKTHED", ())),
        ("fejl: ukendt kernesymptom", lambda: _UTYPET.vurder_svaerhedsgrad(["angst"], ())),
        ("fejl: ledsagesymptom som kerne", lambda: _UTYPET.vurder_svaerhedsgrad([LS[0]], ())),
        ("fejl: varighed som tal", lambda: _UTYPET.vurder_diagnose((), (), 14)),
        ("fejl: alder negativ", lambda: fr.i_maalgruppen(-1)),
        ("fejl: ukendt køn", lambda: _UTYPET.vurder_alkohol(1, "andet")),
        ("fejl: PHQ-2 over 6", lambda: fr.vurder_phq2(7)),
        ("fejl: stratificer_mange af tekst", lambda: _UTYPET.stratificer_mange("abc")),
    ]


# --------------------------------------------------------------------------- IV


def _iv() -> list[Kald]:
    return [
        ("tyngdekategori 0,5 timer", lambda: fr.tyngdekategori("0.5")),
        ("tyngdekategori 2 timer", lambda: fr.tyngdekategori(timedelta(hours=2))),
        ("tyngdekategori 5 timer", lambda: fr.tyngdekategori("5")),
        ("tyngdekategori 40 timer", lambda: fr.tyngdekategori(40)),
        ("tyngdekategori kemokur", lambda: fr.tyngdekategori(None, afslutning_af_kemokur=True)),
        ("fejl: timer None", lambda: fr.tyngdekategori(None)),
        ("regional finansiering kategori 2", lambda: fr.regional_finansiering("KATEGORI_2")),
        (
            "betaling pr. forløb Syddanmark",
            lambda: fr.betaling_pr_forloeb("KATEGORI_1", region="SYDDANMARK"),
        ),
        ("standardforløb antibiotika", lambda: fr.standardforloeb("ANTIBIOTIKA")),
        ("standardforløb hjertesvigt", lambda: fr.standardforloeb("VANDDRIVENDE_HJERTESVIGT")),
        ("aktivitetsestimat", lambda: fr.aktivitetsestimat()),
        (
            "aktivitetsopfølgning efter 6 måneder over 20 %",
            lambda: fr.aktivitetsopfoelgning(
                {"KATEGORI_1": 10},
                {"KATEGORI_1": 13},
                aftalestart=date(2020, 1, 1),
                opgoerelsesdato=date(2020, 9, 1),
            ),
        ),
        (
            "aktivitetsopfølgning før 6 måneder",
            lambda: fr.aktivitetsopfoelgning(
                {"KATEGORI_2": 10},
                {"KATEGORI_2": 10},
                aftalestart=date(2020, 1, 1),
                opgoerelsesdato=date(2020, 3, 1),
                vaegtning="ANTAL_FORLOEB",
            ),
        ),
        (
            "hospitalsundtagelser: mange besøg",
            lambda: fr.hospitalsundtagelser(
                besoeg_pr_doegn=4, indgift_i_lukket_system=True, ophold_pr_indgift=8
            ),
        ),
        (
            "hospitalsundtagelser: ingen undtagelse",
            lambda: fr.hospitalsundtagelser(
                besoeg_pr_doegn=1, indgift_i_lukket_system=True, ophold_pr_indgift=8
            ),
        ),
        (
            "hospitalsundtagelser: ukendt",
            lambda: fr.hospitalsundtagelser(
                besoeg_pr_doegn=None, indgift_i_lukket_system=None, ophold_pr_indgift=None
            ),
        ),
        (
            "overdragelsesbetingelser væske, alle opfyldt",
            lambda: fr.overdragelsesbetingelser(
                "VAESKE",
                laegefagligt_egnet=True,
                hjem_egnet=True,
                kommunal_kapacitet=True,
                behandlinger_paa_sygehus=0,
                iv_adgang_alder=timedelta(hours=1),
                iv_adgang_velfungerende=True,
                vaeske_faerdigblandet=True,
                administreres_af_sygeplejerske=True,
                lokal_videredelegation=False,
                kontakttelefon_doegnet_rundt=True,
                informeret_mundtligt_og_skriftligt=True,
            ),
        ),
        (
            "overdragelsesbetingelser antibiotika, intet oplyst",
            lambda: fr.overdragelsesbetingelser("ANTIBIOTIKA"),
        ),
        (
            "behandlingsansvar efter afsluttet behandling",
            lambda: fr.behandlingsansvar(
                iv_behandling_afsluttet=True, relateret_til_iv_behandlingen=True
            ),
        ),
        (
            "behandlingsansvar ukendt",
            lambda: fr.behandlingsansvar(
                iv_behandling_afsluttet=None,
                relateret_til_iv_behandlingen=None,
                behandling="ANTIBIOTIKA",
            ),
        ),
        (
            "halvårsopgørelse",
            lambda: fr.halvaarsopgoerelse(
                "VAESKE", aar=2020, halvaar=1, enhed="Odense", antal_borgere_henvist=12
            ),
        ),
        (
            "kvartalsopgørelse",
            lambda: fr.kvartalsopgoerelse(
                aar=2020, kvartal=2, antal_pr_kategori={"KATEGORI_1": 3, "KEMOKUR": 1}
            ),
        ),
        ("forsøgsperiode", lambda: fr.forsoegsperiode(date(2020, 3, 1))),
        (
            "opsigelse almindelig",
            lambda: fr.opsigelse(date(2021, 2, 10), grund="ALMINDELIG"),
        ),
        (
            "opsigelse ved uenighed om meraktivitet",
            lambda: fr.opsigelse(
                date(2021, 2, 10),
                grund="UENIGHED_OM_MERAKTIVITET",
                overskridelse_mindst_20_procent_efter_6_maaneder=True,
                enighed_om_finansiering_af_meraktivitet=False,
            ),
        ),
        (
            "kompetencer, én mangler",
            lambda: fr.kompetencer(
                "VAESKE",
                {
                    "VAESKE_OG_ELEKTROLYTTERAPI": True,
                    "HJERTE_OG_LUNGEKREDSLOEB": False,
                    "PLEJE_AF_IV_ADGANG": None,
                },
            ),
        ),
        ("leverandør af medicin", lambda: fr.leverandoer("ANTIBIOTIKA", "MEDICIN")),
        (
            "plejeforløbsplan sendt",
            lambda: fr.plejeforloebsplan("VAESKE", sendt=True, telefonnummer_doegnet_rundt=None),
        ),
        (
            "videredelegation",
            lambda: fr.videredelegation(
                "ANTIBIOTIKA", hele_administrationen=False, lokalt_initiativ=True
            ),
        ),
        ("timer fra besøg", lambda: fr.timer_fra_besoeg(4, 15)),
        (
            "vurder_forloeb",
            lambda: fr.vurder_forloeb(
                [
                    {"id": "a", "timer": "20"},
                    {"id": "b", "antal_besoeg": 4, "minutter_pr_besoeg": 15},
                    {"id": "c", "timer": "-1"},
                ]
            ),
        ),
        ("fejl: timer som tekst", lambda: fr.tyngdekategori("x")),
        ("fejl: ukendt område", lambda: _UTYPET.standardforloeb("HJERTE")),
        (
            "fejl: kvartal 5",
            lambda: fr.kvartalsopgoerelse(aar=2020, kvartal=5, antal_pr_kategori={}),
        ),
        ("fejl: vurder_forloeb af None", lambda: _UTYPET.vurder_forloeb(None)),
    ]


# --------------------------------------------------------------------------- takster og afregning


def _takster() -> list[Kald]:
    return [
        (
            "ledsagelse hverdag dag",
            lambda: fr.beregn_ledsagelse(_tid("2019-03-05 08:00"), _tid("2019-03-05 12:00")),
        ),
        (
            "ledsagelse fredag til lørdag",
            lambda: fr.beregn_ledsagelse(_tid("2019-03-01 16:00"), _tid("2019-03-02 08:00")),
        ),
        (
            "ledsagelse juleaften (helligdag)",
            lambda: fr.beregn_ledsagelse(_tid("2019-12-24 10:00"), _tid("2019-12-24 20:00")),
        ),
        (
            "ledsagelse over sommertidsskiftet",
            lambda: fr.beregn_ledsagelse(_tid("2019-03-30 22:00"), _tid("2019-03-31 04:00")),
        ),
        ("takstkategori lørdag aften", lambda: fr.takstkategori(_tid("2019-03-02 18:00"))),
        ("vurderingsfrist", lambda: fr.vurderingsfrist(_tid("2019-03-05 10:00"))),
        ("kilometersats 2019", lambda: fr.kilometersats(date(2019, 6, 1))),
        (
            "kilometergodtgørelse",
            lambda: fr.beregn_kilometergodtgoerelse("42.5", date(2019, 6, 1)),
        ),
        (
            "fakturering rettidig",
            lambda: fr.faktureringsvurdering(
                date(2019, 3, 5), skriftlig_aftale=True, fakturadato=date(2019, 4, 1)
            ),
        ),
        (
            "fakturering uden skriftlig aftale",
            lambda: fr.faktureringsvurdering(date(2019, 3, 5), skriftlig_aftale=False),
        ),
        (
            "afregning akut med kørsel",
            lambda: fr.afregn_forloeb(
                "AKUT",
                _tid("2019-03-05 08:00"),
                _tid("2019-03-05 20:00"),
                kontrakt_indgaaet=_tid("2019-03-05 09:00"),
                ankomst=_tid("2019-03-05 08:30"),
                km_til_sygehus=20,
                km_hjem=20,
                parkering=30,
                parkering_paakraevet=True,
            ),
        ),
        (
            "afregning planlagt uden kontrakt",
            lambda: fr.afregn_forloeb(
                "PLANLAGT", _tid("2019-05-06 08:00"), _tid("2019-05-06 14:00")
            ),
        ),
        (
            "afregning med taxa i særlig situation",
            lambda: fr.afregn_forloeb(
                "AKUT",
                _tid("2019-03-09 22:00"),
                _tid("2019-03-10 06:00"),
                kontrakt_indgaaet=_tid("2019-03-09 23:00"),
                ankomst=_tid("2019-03-09 22:30"),
                taxa=250,
                taxa_saerlig_situation=True,
            ),
        ),
        (
            "beregn_mange",
            lambda: list(
                fr.beregn_mange(
                    [
                        {"start": "2019-03-05T08:00:00+01:00", "slut": "2019-03-05T12:00:00+01:00"},
                        {"start": "2019-03-05T12:00:00+01:00", "slut": "2019-03-05T08:00:00+01:00"},
                    ]
                )
            ),
        ),
        (
            "fejl: naivt tidspunkt",
            lambda: fr.beregn_ledsagelse(datetime(2019, 3, 5, 8), datetime(2019, 3, 5, 12)),
        ),
        (
            "fejl: slut før start",
            lambda: fr.beregn_ledsagelse(_tid("2019-03-05 12:00"), _tid("2019-03-05 08:00")),
        ),
        (
            "fejl: ingen takst for året",
            lambda: fr.beregn_ledsagelse(_tid("2030-03-05 08:00"), _tid("2030-03-05 12:00")),
        ),
        ("fejl: negative kilometer", lambda: fr.beregn_kilometergodtgoerelse(-1, date(2019, 6, 1))),
        (
            "fejl: ukendt forløbstype",
            lambda: _UTYPET.afregn_forloeb(
                "HASTER", _tid("2019-03-05 08:00"), _tid("2019-03-05 12:00")
            ),
        ),
    ]


# --------------------------------------------------------------------------- ledsagelse

_OMFATTET: dict[str, Any] = {
    "folkeregisteradresse_i_syddanmark": True,
    "sygehus_i_syddanmark": True,
    "i_maalgruppen": True,
    "kommunen_i_kontakt": True,
    "paaroerende_kan_foelge": False,
}


def _ledsagelse() -> list[Kald]:
    return [
        ("omfattet af aftalen", lambda: fr.omfattet_af_aftalen(**_OMFATTET)),
        (
            "omfattet: pårørende kan følge",
            lambda: fr.omfattet_af_aftalen(**{**_OMFATTET, "paaroerende_kan_foelge": True}),
        ),
        (
            "omfattet: barn, forældre ukendt",
            lambda: fr.omfattet_af_aftalen(**{**_OMFATTET, "barn": True}),
        ),
        (
            "omfattet: respirator",
            lambda: fr.omfattet_af_aftalen(**{**_OMFATTET, "respirator": True}),
        ),
        (
            "omfattet: intet kendt",
            lambda: fr.omfattet_af_aftalen(
                folkeregisteradresse_i_syddanmark=None,
                sygehus_i_syddanmark=None,
                i_maalgruppen=None,
                kommunen_i_kontakt=None,
                paaroerende_kan_foelge=None,
            ),
        ),
        (
            "aftale kan indgås (planlagt)",
            lambda: fr.kan_aftale_indgaas(
                "PLANLAGT",
                sygehuset_vurderer_behov=True,
                kommunen_har_personale=True,
                indgaaet_foer_behandling=True,
            ),
        ),
        (
            "aftale: kommunen har ikke personale",
            lambda: fr.kan_aftale_indgaas(
                "AKUT", sygehuset_vurderer_behov=True, kommunen_har_personale=False
            ),
        ),
        (
            "forventet omfang 3 døgn à 8 timer",
            lambda: fr.forventet_omfang(start=date(2019, 3, 4), timer_pr_doegn=8, doegn=3),
        ),
        (
            "sammenlign med kontrakt",
            lambda: fr.sammenlign_med_kontrakt(
                fr.forventet_omfang(start=date(2019, 3, 4), timer_i_alt=10), Decimal("13")
            ),
        ),
        (
            "personlige hjælpere aflønnet af borgeren",
            lambda: fr.personlige_hjaelpere(
                "PLANLAGT", aflonnes_af="BORGER", ordningen_opretholdes=True
            ),
        ),
        (
            "personlige hjælpere akut, ukendt",
            lambda: fr.personlige_hjaelpere(
                "AKUT",
                aflonnes_af="KOMMUNE",
                ordningen_opretholdes=None,
                ankomst=_tid("2019-03-05 10:00"),
            ),
        ),
        ("afdelingsskift", lambda: fr.afdelingsskift(behov_fortsat=True)),
        ("ansvar: ledsager skadet", lambda: fr.ansvar_ved_skade("LEDSAGER_SKADET")),
        ("ansvar: skade på andre", lambda: fr.ansvar_ved_skade("SKADE_PAA_ANDRE")),
        ("betalingsmærkning", lambda: fr.betalingsmaerkning(" Jens Hansen ", "uge 10 ")),
        (
            "id-armbånd akut",
            lambda: fr.id_armbaand("AKUT", kommunen_sender_ledsager=True),
        ),
        (
            "id-armbånd planlagt, medarbejder forud",
            lambda: fr.id_armbaand(
                "PLANLAGT", kommunen_sender_ledsager=True, medarbejder_til_stede_forud=True
            ),
        ),
        (
            "fakturakontrol i orden",
            lambda: fr.kontroller_faktura(
                skriftlig_aftale=True,
                blanket_vedhaeftet=True,
                alle_blanketoplysninger_paa_regningen=True,
                afdelinger={"Medicinsk": timedelta(hours=5)},
                aftaleafdeling="Medicinsk",
                ean_nummer="5798000000000",
            ),
        ),
        (
            "fakturakontrol uden blanket",
            lambda: fr.kontroller_faktura(skriftlig_aftale=True, blanket_vedhaeftet=False),
        ),
        (
            "fejl: omfattet med tekst",
            lambda: fr.omfattet_af_aftalen(**{**_OMFATTET, "i_maalgruppen": "ja"}),
        ),
        ("fejl: ukendt skadetype", lambda: _UTYPET.ansvar_ved_skade("BRAND")),
        (
            "fejl: ukendt aftalepart",
            lambda: _UTYPET.personlige_hjaelpere(
                "AKUT", aflonnes_af="STATEN", ordningen_opretholdes=True
            ),
        ),
    ]


# --------------------------------------------------------------------------- genoptræning


def _genoptraening() -> list[Kald]:
    return [
        ("opstartsfrist", lambda: fr.opstartsfrist(date(2024, 5, 3))),
        (
            "opstartsfrist med sygehusets senere startdato",
            lambda: fr.opstartsfrist(
                date(2024, 5, 3), sygehusets_startdato=date(2024, 6, 3), begrundelse="hævelse"
            ),
        ),
        (
            "opstartsfrist ambulant",
            lambda: fr.opstartsfrist(date(2024, 12, 20), kontakt="AMBULANT"),
        ),
        (
            "frit leverandørvalg, tilbud for sent",
            lambda: fr.frit_leverandoervalg(date(2024, 5, 3), date(2024, 5, 20)),
        ),
        (
            "frit leverandørvalg, tilbud ukendt",
            lambda: fr.frit_leverandoervalg(date(2024, 5, 3), None),
        ),
        (
            "planoverdragelse rettidig",
            lambda: fr.kontroller_planoverdragelse(
                date(2024, 5, 3), date(2024, 5, 3), samtykke_til_praktiserende_laege=True
            ),
        ),
        (
            "planoverdragelse ikke udleveret",
            lambda: fr.kontroller_planoverdragelse(date(2024, 5, 3), None),
        ),
        (
            "ret til genoptræningsplan",
            lambda: fr.ret_til_genoptraeningsplan(
                laegefagligt_begrundet_behov=True,
                relaterer_sig_til_aktuel_sygehuskontakt=True,
                baggrund_i_funktionsevnetab=True,
            ),
        ),
        (
            "ret til plan, henvist af praktiserende læge",
            lambda: fr.ret_til_genoptraeningsplan(
                laegefagligt_begrundet_behov=True,
                relaterer_sig_til_aktuel_sygehuskontakt=None,
                baggrund_i_funktionsevnetab=True,
                henviser="PRAKTISERENDE_LAEGE",
            ),
        ),
        (
            "genoptræningsbehov",
            lambda: fr.vurder_genoptraeningsbehov(
                bevaegelsesmaessig=True, aktivitetsmaessig=False, mental=None, social=False
            ),
        ),
        (
            "almen niveau",
            lambda: fr.almen_niveau(
                omfattende_funktionsevnenedsaettelser=True, komplikationer_af_betydning=False
            ),
        ),
        ("indsatsbeskrivelse specialiseret", lambda: fr.indsatsbeskrivelse("SPECIALISERET")),
        (
            "opstartsfrister (batch)",
            lambda: fr.opstartsfrister([{"udskrivning": "2024-05-03"}, {"udskrivning": "x"}]),
        ),
        ("fejl: udskrivning som tal", lambda: _UTYPET.opstartsfrist(5)),
        ("fejl: ukendt indsats", lambda: _UTYPET.indsatsbeskrivelse("YOGA")),
    ]


OMRAADER: dict[str, Callable[[], list[Kald]]] = {
    "depression": _depression,
    "iv": _iv,
    "takster": _takster,
    "ledsagelse": _ledsagelse,
    "genoptraening": _genoptraening,
}


def sti(omraade: str) -> Path:
    return GOLDEN / f"{omraade}.txt"


def forventet(omraade: str) -> str:
    """Den gyldne fil for `omraade`, som biblioteket skriver den nu."""
    return gengiv(OMRAADER[omraade]())


def main(argv: list[str]) -> int:
    tjek = "--tjek" in argv
    GOLDEN.mkdir(parents=True, exist_ok=True)
    forskel = False
    for omraade in OMRAADER:
        ny = forventet(omraade)
        fil = sti(omraade)
        gammel = fil.read_text(encoding="utf-8") if fil.exists() else ""
        if ny == gammel:
            continue
        forskel = True
        if tjek:
            sys.stdout.writelines(
                difflib.unified_diff(
                    gammel.splitlines(keepends=True),
                    ny.splitlines(keepends=True),
                    str(fil),
                    f"{fil} (ny)",
                )
            )
        else:
            fil.write_text(ny, encoding="utf-8")
            print(f"skrev {fil}")
    return 1 if tjek and forskel else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
