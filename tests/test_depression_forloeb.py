"""Kontaktperson, rehabilitering og udskrivning: målgruppens alder, Kommunikationspakkens
udløser, forankringens ordlyd, opgaverne, udskrivningsafsnittets rækkevidde og
fortolkningsloggens id'er (KOO-01 …)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from types import ModuleType

import pytest

import forloebsregler
from forloebsregler import (
    ForloebsreglerFejl,
    _depression_grundlag,
    koordinator,
    rehabilitering,
    samtykke,
    stratificering,
    udskrivning,
)
from forloebsregler.koordinator import (
    Forankring,
    KontaktpersonLaesning,
    KontaktpersonOpgave,
    koordinerende_kontaktperson,
)
from forloebsregler.rehabilitering import kommunal_rehabilitering
from forloebsregler.stratificering import Afgoerelse
from forloebsregler.svaerhedsgrad import Svaerhedsgrad
from forloebsregler.udskrivning import afslutning_af_psykiatrisk_behandling

TRI = (True, False, None)
J, N, U, UDEN = (
    Afgoerelse.OPFYLDT,
    Afgoerelse.IKKE_OPFYLDT,
    Afgoerelse.KAN_IKKE_AFGOERES,
    Afgoerelse.UDEN_FOR_MAALGRUPPEN,
)
LOG = Path(__file__).resolve().parents[1] / "docs" / "fortolkninger.md"
KOO_IDER = set(re.findall(r"^### (KOO-\d\d) · ", LOG.read_text(encoding="utf-8"), re.M))

FELTER = (
    "diagnosticeret",
    "komplekse_behov",
    "indsatser_paa_arbejdsmarkedsomraadet",
    "kontakt_jobcenter",
    "kontakt_lokalpsykiatri",
    "kontakt_kommunalt_sundhedsomraade",
)


def _kontakt(vaerdier: tuple[bool | None, ...], laesning: KontaktpersonLaesning) -> Afgoerelse:
    kw = dict(zip(FELTER, vaerdier, strict=True))
    return koordinerende_kontaktperson(laesning=laesning, **kw).tilbydes  # type: ignore[arg-type]


# --------------------------------------------------------------------------- Kommunikationspakken


@pytest.mark.parametrize("laesning", list(KontaktpersonLaesning))
@pytest.mark.parametrize("kriterie", TRI)
@pytest.mark.parametrize(
    "kontakt", [(True, None), (None, True), (True, True)], ids=["lokalpsyk", "kommune", "begge"]
)
def test_udloeseren_giver_aldrig_et_nej(
    laesning: KontaktpersonLaesning, kriterie: bool | None, kontakt: tuple[bool | None, ...]
) -> None:
    """Kommunikationspakken: kontakt til både jobcenter og lokalpsykiatri/kommunalt
    sundhedsområde → »skal tilbydes« under alle læsninger (KOO-04)."""
    r = koordinerende_kontaktperson(
        True,
        komplekse_behov=kriterie,
        indsatser_paa_arbejdsmarkedsomraadet=kriterie,
        kontakt_jobcenter=True,
        kontakt_lokalpsykiatri=kontakt[0],
        kontakt_kommunalt_sundhedsomraade=kontakt[1],
        laesning=laesning,
    )
    assert r.tilbydes is J
    assert r.kommunikationspakken is J
    if kriterie is not True:
        assert koordinator.KILDE_KONTAKTPERSON_KOMMUNIKATIONSPAKKE in r.kilder


def test_udloeseren_under_kap8_siger_hvad_pakken_kraever() -> None:
    r = koordinerende_kontaktperson(
        True, komplekse_behov=False, kontakt_jobcenter=True, kontakt_lokalpsykiatri=True
    )
    assert r.tilbydes is J and "KOO-04" in r.fortolkninger
    assert "Kommunikationspakken fastlægger" in r.begrundelse and "KOO-04" in r.begrundelse


def test_ukendt_kontakt_giver_ikke_et_nej_under_kap8() -> None:
    r = koordinerende_kontaktperson(True, komplekse_behov=False)
    assert r.tilbydes is U and r.kommunikationspakken is U
    assert "KOO-04" in r.fortolkninger and "ukendt" in r.begrundelse
    kendt = koordinerende_kontaktperson(True, komplekse_behov=False, kontakt_jobcenter=False)
    assert kendt.tilbydes is N and "KOO-04" not in kendt.fortolkninger


@pytest.mark.parametrize("laesning", list(KontaktpersonLaesning))
def test_et_ukendt_faktum_giver_kun_et_svar_hvis_det_er_ligegyldigt(
    laesning: KontaktpersonLaesning,
) -> None:
    """Et bestemt svar med et ukendt faktum skal holde, uanset om faktum er ja eller nej."""
    for vaerdier in itertools.product(TRI, repeat=len(FELTER)):
        svar = _kontakt(vaerdier, laesning)
        if svar is U:
            continue
        for i, v in enumerate(vaerdier):
            if v is None:
                for erstatning in (True, False):
                    ny = (*vaerdier[:i], erstatning, *vaerdier[i + 1 :])
                    assert _kontakt(ny, laesning) is svar, (vaerdier, FELTER[i])


def test_ikke_diagnosticeret_med_udloeser_naevner_udloeseren() -> None:
    r = koordinerende_kontaktperson(
        False, kontakt_jobcenter=True, kontakt_kommunalt_sundhedsomraade=True
    )
    assert r.tilbydes is N and "KOO-04" in r.begrundelse


# --------------------------------------------------------------------------- forankring og opgaver


def test_forankringen_er_en_anbefaling() -> None:
    psyk = koordinerende_kontaktperson(True, komplekse_behov=True, i_behandling_i_psykiatrien=True)
    assert psyk.forankring is Forankring.LOKALPSYKIATRIEN
    assert "bør placeres i lokalpsykiatrien" in psyk.begrundelse
    assert "den placeres i lokalpsykiatrien" not in psyk.begrundelse
    assert koordinator.KILDE_FORANKRING_INTET_KRAV in psyk.kilder
    assert "ikke stilles krav til placeringen" in koordinator.KILDE_FORANKRING_INTET_KRAV.citat
    kommune = koordinerende_kontaktperson(
        True, komplekse_behov=True, i_behandling_i_psykiatrien=False
    )
    assert "anbefaling" in kommune.begrundelse and "KOO-02" in kommune.fortolkninger


@pytest.mark.parametrize(
    ("opgave", "ord_"),
    [
        (KontaktpersonOpgave.LOEBENDE_KONTAKT, "løbende kontakt"),
        (KontaktpersonOpgave.OPSTART_AF_ORDNINGEN, "opstart af ordningen"),
        (KontaktpersonOpgave.MOEDEINDKALDELSE_MED_DAGSORDEN, "mødeindkaldelse med dagsorden"),
        (KontaktpersonOpgave.DAGSORDEN_FOER_MOEDER, "dagsorden"),
        (KontaktpersonOpgave.INFORMATION_TIL_BORGEREN, "formidle følgende til borgeren"),
        (KontaktpersonOpgave.INDIVIDUELLE_HENSYN, "individuelle hensyn"),
        (KontaktpersonOpgave.FAELLESMOEDE_MED_FAELLES_PLAN, "fællesmøde"),
        (KontaktpersonOpgave.FORMIDLE_FAELLES_PLAN, "formidle den fælles plan"),
        (KontaktpersonOpgave.SKRIFTLIGE_AFTALER_MED_HJEM, "med hjem"),
        (KontaktpersonOpgave.REFERAT, "Referat"),
        (KontaktpersonOpgave.OPFOELGNING_MED_BORGER, "Opfølgning på mødet"),
        (KontaktpersonOpgave.MOEDER_EFTER_BEHOV, "justere i planen"),
        (KontaktpersonOpgave.SKRIFTLIGT_SAMTYKKE, "skriftligt samtykke"),
    ],
)
def test_hver_opgave_har_sit_citat(opgave: KontaktpersonOpgave, ord_: str) -> None:
    assert ord_ in koordinator.OPGAVE_KILDER[opgave].citat
    r = koordinerende_kontaktperson(True, komplekse_behov=True, i_behandling_i_psykiatrien=True)
    assert opgave in r.opgaver and koordinator.OPGAVE_KILDER[opgave] in r.kilder


def test_alle_opgaver_har_en_kilde() -> None:
    assert set(koordinator.OPGAVE_KILDER) == set(KontaktpersonOpgave)


# --------------------------------------------------------------------------- alder


@pytest.mark.parametrize("alder", [0, 12, 17])
def test_under_18_er_uden_for_maalgruppen(alder: int) -> None:
    k = koordinerende_kontaktperson(
        True, komplekse_behov=True, i_behandling_i_psykiatrien=True, alder=alder
    )
    assert k.tilbydes is UDEN and k.opgaver == () and k.forankring is None
    r = kommunal_rehabilitering("LET", behandles_i_psykiatrien=False, alder=alder)
    assert r.tilbydes is UDEN
    u = afslutning_af_psykiatrisk_behandling(
        kommunalt_tilbud_efter=True,
        kompliceret_forloeb=True,
        oensker_udskrivningsaftale=True,
        alder=alder,
    )
    assert u.maalgruppe is UDEN and u.pligter == () and u.uafklarede == ()
    for res in (k, r, u):
        assert "over 18 år" in res.begrundelse and f"{alder} år" in res.begrundelse
        assert _depression_grundlag.KILDE_MAALGRUPPE_ALDER in res.kilder


@pytest.mark.parametrize("alder", [18, 19, 67])
def test_fra_18_i_maalgruppen(alder: int) -> None:
    k = koordinerende_kontaktperson(True, komplekse_behov=True, alder=alder)
    assert k.tilbydes is J
    assert ("KOO-08" in k.fortolkninger) is (alder == 18)
    r = kommunal_rehabilitering("MODERAT", behandles_i_psykiatrien=False, alder=alder)
    assert r.tilbydes is J
    u = afslutning_af_psykiatrisk_behandling(
        kommunalt_tilbud_efter=True,
        kompliceret_forloeb=False,
        oensker_udskrivningsaftale=True,
        alder=alder,
    )
    assert u.maalgruppe is J and u.pligter


def test_alder_none_aendrer_intet() -> None:
    for d, x in itertools.product(TRI, TRI):
        assert koordinerende_kontaktperson(d, komplekse_behov=x, alder=None) == (
            koordinerende_kontaktperson(d, komplekse_behov=x)
        )
    for g, p in itertools.product(Svaerhedsgrad, TRI):
        assert kommunal_rehabilitering(g, behandles_i_psykiatrien=p, alder=None) == (
            kommunal_rehabilitering(g, behandles_i_psykiatrien=p)
        )


def test_diagnose_uden_for_maalgruppen_foeres_videre() -> None:
    r = koordinerende_kontaktperson(Afgoerelse.UDEN_FOR_MAALGRUPPEN, komplekse_behov=True)
    assert r.tilbydes is UDEN and r.opgaver == ()


@pytest.mark.parametrize("alder", [-1, 131, True, "sytten", 17.5])
def test_ugyldig_alder_afvises(alder: object) -> None:
    for kald in (
        lambda: koordinerende_kontaktperson(True, alder=alder),  # type: ignore[arg-type]
        lambda: kommunal_rehabilitering(
            "LET",
            behandles_i_psykiatrien=False,
            alder=alder,  # type: ignore[arg-type]
        ),
        lambda: afslutning_af_psykiatrisk_behandling(
            kommunalt_tilbud_efter=True,
            kompliceret_forloeb=True,
            oensker_udskrivningsaftale=True,
            alder=alder,  # type: ignore[arg-type]
        ),
    ):
        with pytest.raises(ForloebsreglerFejl, match="alder"):
            kald()


# --------------------------------------------------------------------------- udskrivning

_KOMPLICERET_ORD = (
    "udskrivningskonference",
    "udskrivningsaftale",
    "koordinationsplan",
    "handleplan",
)


@pytest.mark.parametrize(("tilbud", "aftale"), list(itertools.product(TRI, TRI)))
def test_ukompliceret_forloeb_har_ingen_aftale_eller_plan(
    tilbud: bool | None, aftale: bool | None
) -> None:
    r = afslutning_af_psykiatrisk_behandling(
        kommunalt_tilbud_efter=tilbud, kompliceret_forloeb=False, oensker_udskrivningsaftale=aftale
    )
    for ord_ in _KOMPLICERET_ORD:
        assert not any(ord_ in p for p in (*r.pligter, *r.uafklarede)), ord_
    assert r.fortolkninger == ("KOO-06",) and "KOO-06" in r.begrundelse


@pytest.mark.parametrize(("tilbud", "aftale"), list(itertools.product(TRI, TRI)))
def test_ukendt_kompliceret_giver_kan_ikke_afgoeres(
    tilbud: bool | None, aftale: bool | None
) -> None:
    r = afslutning_af_psykiatrisk_behandling(
        kommunalt_tilbud_efter=tilbud, kompliceret_forloeb=None, oensker_udskrivningsaftale=aftale
    )
    for ord_ in _KOMPLICERET_ORD:
        assert not any(ord_ in p for p in r.pligter), ord_
    assert len([p for p in r.uafklarede if "hvis forløbet er kompliceret" in p]) == 3


@pytest.mark.parametrize(
    ("aftale", "skal", "ikke"),
    [
        (True, "udskrivningsaftale efter", "koordinationsplan"),
        (False, "koordinationsplan", "udskrivningsaftale efter"),
    ],
)
def test_kompliceret_forloeb(aftale: bool, skal: str, ikke: str) -> None:
    r = afslutning_af_psykiatrisk_behandling(
        kommunalt_tilbud_efter=True, kompliceret_forloeb=True, oensker_udskrivningsaftale=aftale
    )
    tekst = " ".join(r.pligter)
    assert skal in tekst and ikke not in tekst
    assert "udskrivningskonference" in tekst and "handleplan" in tekst
    assert r.uafklarede == () and r.fortolkninger == ()


def test_ingen_afgjort_pligt_siger_det() -> None:
    r = afslutning_af_psykiatrisk_behandling(
        kommunalt_tilbud_efter=None, kompliceret_forloeb=False, oensker_udskrivningsaftale=None
    )
    assert r.pligter == () and "ingen pligt afgjort" in r.begrundelse


# --------------------------------------------------------------------------- rehabilitering


@pytest.mark.parametrize(
    ("grad", "i_psyk"),
    [("SVAER", False), ("INGEN", None), ("LET", True), ("MODERAT", True)],
)
def test_uden_for_rehabiliteringens_maalgruppe_naevner_andre_maalgrupper(
    grad: str, i_psyk: bool | None
) -> None:
    r = kommunal_rehabilitering(grad, behandles_i_psykiatrien=i_psyk)
    assert r.tilbydes is N
    assert "andre målgrupper" in r.begrundelse and "KOO-07" in r.fortolkninger
    assert rehabilitering.KILDE_REHAB_ANDRE_MAALGRUPPER in r.kilder


# --------------------------------------------------------------------------- fortolkningsloggen


def _alle_resultater() -> list[object]:
    ud: list[object] = []
    for laes, d, x, kontakt, alder in itertools.product(
        KontaktpersonLaesning, TRI, TRI, TRI, (None, 17, 18)
    ):
        ud.append(
            koordinerende_kontaktperson(
                d,
                komplekse_behov=x,
                indsatser_paa_arbejdsmarkedsomraadet=x,
                kontakt_jobcenter=kontakt,
                kontakt_lokalpsykiatri=kontakt,
                i_behandling_i_psykiatrien=x,
                laesning=laes,
                alder=alder,
            )
        )
    for g, p, alder in itertools.product(Svaerhedsgrad, TRI, (None, 17, 18)):
        ud.append(kommunal_rehabilitering(g, behandles_i_psykiatrien=p, alder=alder))
    for a, b, c, alder in itertools.product(TRI, TRI, TRI, (None, 17, 18)):
        ud.append(
            afslutning_af_psykiatrisk_behandling(
                kommunalt_tilbud_efter=a,
                kompliceret_forloeb=b,
                oensker_udskrivningsaftale=c,
                alder=alder,
            )
        )
    return ud


def test_loggen_har_koo_01_til_08() -> None:
    assert {f"KOO-0{i}" for i in range(1, 9)} <= KOO_IDER


def test_hvert_resultats_fortolkninger_staar_i_loggen_og_begrundelsen() -> None:
    for r in _alle_resultater():
        fortolkninger: tuple[str, ...] = r.fortolkninger  # type: ignore[attr-defined]
        begrundelse: str = r.begrundelse  # type: ignore[attr-defined]
        for id_ in fortolkninger:
            assert id_ in KOO_IDER, id_
            assert id_ in begrundelse, (id_, begrundelse)
        for id_ in re.findall(r"KOO-\d\d", begrundelse):
            assert id_ in fortolkninger, (id_, r)


def test_koden_naevner_kun_loggede_ider() -> None:
    for modul in (_depression_grundlag, koordinator, rehabilitering, udskrivning):
        kode = Path(modul.__file__ or "").read_text(encoding="utf-8")
        assert set(re.findall(r"KOO-\d\d", kode)) <= KOO_IDER, modul.__name__


# --------------------------------------------------------------------------- modulerne

_FLYTTEDE = {
    koordinator: (
        "Forankring",
        "KontaktpersonLaesning",
        "KontaktpersonOpgave",
        "Kontaktpersonvurdering",
        "koordinerende_kontaktperson",
    ),
    samtykke: ("Samtykkevurdering", "informationsudveksling"),
    rehabilitering: (
        "REGNEEKSEMPEL_ELEMENTER",
        "REGNEEKSEMPEL_TIMEPRIS",
        "Henviser",
        "Rehabiliteringselement",
        "Rehabiliteringsudgift",
        "Rehabiliteringsvurdering",
        "beregn_rehabiliteringsudgift",
        "kommunal_rehabilitering",
    ),
    udskrivning: ("Udskrivningspligter", "afslutning_af_psykiatrisk_behandling"),
}


@pytest.mark.parametrize("modul", list(_FLYTTEDE), ids=lambda m: m.__name__)
def test_navnene_bor_i_deres_eget_modul_og_i_roden(modul: ModuleType) -> None:
    assert set(modul.__all__) == set(_FLYTTEDE[modul])
    for navn in modul.__all__:
        assert getattr(forloebsregler, navn) is getattr(modul, navn), navn
        assert navn not in stratificering.__all__, navn


@pytest.mark.parametrize(
    ("modul", "kilder"),
    [
        (koordinator, ("Kap. 8", "Notat (25-02-2020)", "Kommunikationspakken", "Kap. 2")),
        (rehabilitering, ("Kap. 11", "Notat om borgergrundlag", "Opsummering")),
        (udskrivning, ("Kap. 7", "KOO-06")),
        (samtykke, ("Kap. 8", "Implementeringsplanen")),
        (_depression_grundlag, ("Kap. 1", "KOO-08")),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_moduldokstrengen_naevner_kilderne(modul: ModuleType, kilder: tuple[str, ...]) -> None:
    tekst = " ".join((modul.__doc__ or "").split())
    for kilde in kilder:
        assert kilde in tekst, kilde


def test_regneeksemplets_begrundelse_bruger_dansk_beloebsformat() -> None:
    r = rehabilitering.beregn_rehabiliteringsudgift()
    assert r.begrundelse.startswith(
        "Udgift pr. borger ved 325,00 kr. pr. time: 325,00 kr. (afklarende samtale) + "
        "1.300,00 kr. (holdundervisning - sygdomsmestring) + "
    )
    assert "= 3.250,00 kr. Hver linje" in r.begrundelse


def test_regneeksemplets_timepris_vises_uafrundet() -> None:
    # 350,555 kr./time: 1 × 1 × 350,555 / 1 = 350,555 → 350,56 på linjen; timeprisen selv
    # er ikke et fakturabeløb og vises, som den er.
    element = rehabilitering.Rehabiliteringselement("samtale", 1, 1, 1)
    r = rehabilitering.beregn_rehabiliteringsudgift("350.555", [element])
    assert "ved 350,555 kr. pr. time: 350,56 kr. (samtale) = 350,56 kr." in r.begrundelse
