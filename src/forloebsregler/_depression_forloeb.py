"""Depression: den koordinerende kontaktperson, kommunal rehabilitering og udskrivning.

Kilder: *Forløbsprogram for mennesker med depression* Kap. 2, 7, 8 og 11; *Notat (25-02-2020)
om den koordinerende kontaktperson*; *Kommunikationspakken*; *Notat om borgergrundlag og
kommunale udgifter* (regneeksemplet på 3.250 kr.); opsummeringen af de nye opgaver.
De offentlige navne genudsendes af `stratificering`.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from forloebsregler._depression_grundlag import (
    KAP1,
    KAP2_SAMMENFATNING,
    KAP7,
    KAP8,
    KAP11,
    Afgoerelse,
    Svaerhedsgrad,
    tekst_ja_nej,
)
from forloebsregler._resultat import Resultat
from forloebsregler._valider import (
    kraev_bool,
    kraev_decimal,
    kraev_enum,
    kraev_heltal,
    kraev_tekst,
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
    IMPLEMENTERINGSPLAN_DEPRESSION,
    KOMMUNIKATIONSPAKKE_DEPRESSION,
    NOTAT_BORGERGRUNDLAG,
    NOTAT_KOORDINERENDE_KONTAKTPERSON,
    OPSUMMERING_NYE_OPGAVER,
    Kilde,
)
from forloebsregler.svar import og

if TYPE_CHECKING:
    from forloebsregler.typer import (
        Beloeb,
        Heltal,
        HenviserArg,
        KontaktpersonLaesningArg,
        SvaerhedsgradArg,
    )

__all__ = [
    "REGNEEKSEMPEL_ELEMENTER",
    "REGNEEKSEMPEL_TIMEPRIS",
    "Forankring",
    "Henviser",
    "KontaktpersonLaesning",
    "KontaktpersonOpgave",
    "Rehabiliteringselement",
    "afslutning_af_psykiatrisk_behandling",
    "beregn_rehabiliteringsudgift",
    "informationsudveksling",
    "kommunal_rehabilitering",
    "koordinerende_kontaktperson",
]

# --------------------------------------------------------------------------- målgruppens alder

MAALGRUPPE_MINDSTEALDER = 18
"""Forløbsprogrammets målgruppe: »alle syddanske borgere over 18 år« (læst som 18 år og
derover; se fortolkningsloggen KOO-08)."""

KILDE_MAALGRUPPE_ALDER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP1,
    "Målgruppen for forløbsprogrammet er alle syddanske borgere over 18 år, som har eller er i "
    "risiko for at udvikle unipolar depression af let, moderat eller svær grad.",
)

_MAKS_ALDER = 130


def _valgfri_alder(alder: object) -> int | None:
    """`None` (alderen er ikke oplyst) eller et helt antal år 0–130."""
    if alder is None:
        return None
    return kraev_heltal(alder, "alder", min_vaerdi=0, maks_vaerdi=_MAKS_ALDER)


def _under_maalgruppen(alder: int | None) -> bool:
    return alder is not None and alder < MAALGRUPPE_MINDSTEALDER


def _maalgruppe(alder: int | None) -> Afgoerelse:
    """Målgruppen efter alderen: ukendt alder giver KAN_IKKE_AFGOERES."""
    if alder is None:
        return Afgoerelse.KAN_IKKE_AFGOERES
    return (
        Afgoerelse.UDEN_FOR_MAALGRUPPEN if alder < MAALGRUPPE_MINDSTEALDER else Afgoerelse.OPFYLDT
    )


def _alderslaesning(alder: int | None) -> tuple[str, ...]:
    """KOO-08 bæres kun, når læsningen af »over 18 år« afgør svaret (alder 18)."""
    return ("KOO-08",) if alder == MAALGRUPPE_MINDSTEALDER else ()


def _uden_for_tekst(alder: int, hvad: str) -> str:
    return (
        f"Uden for målgruppen: borgeren er {alder} år, og forløbsprogrammets målgruppe er "
        f"»alle syddanske borgere over 18 år«; programmet siger derfor intet om {hvad} for "
        "borgeren."
    )


# --------------------------------------------------------------------------- kilder

KILDE_KONTAKTPERSON_KAP8 = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP8,
    "en koordinerende kontaktperson skal tilbydes de borgere, der er diagnosticeret med "
    "depression og som samtidig har komplekse behov, herunder indsatser inden for "
    "arbejdsmarkedsområdet og øvrige kommunale områder.",
)
KILDE_KONTAKTPERSON_NOTAT = NOTAT_KOORDINERENDE_KONTAKTPERSON.kilde(
    "Indledning",
    "Den koordinerende kontaktperson skal tilbydes for de borgere, der er diagnosticeret med "
    "en depression og som samtidig har komplekse behov, herunder indsatser inden for "
    "arbejdsmarkedsområdet og øvrige kommunale områder.",
)
KILDE_KONTAKTPERSON_KAP2 = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP2_SAMMENFATNING,
    "Målgruppen er patienter, der er diagnosticeret med depression og som samtidig har behov "
    "for ydelser/indsatser inden for arbejdsmarkedsområdet.",
)
KILDE_KONTAKTPERSON_KOMMUNIKATIONSPAKKE = KOMMUNIKATIONSPAKKE_DEPRESSION.kilde(
    "Opmærksomhedspunkter til den koordinerende kontaktperson",
    "Såfremt borgeren har kontakt til både jobcenter og lokalpsykiatri/kommunalt "
    "sundhedsområde er det i forløbsprogrammet fastlagt, at borgeren skal tilbydes en "
    "koordinerende kontaktperson.",
)
KILDE_FORANKRING_PSYKIATRI = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP8,
    "Funktionen som Koordinerende kontaktperson bør placeres i lokalpsykiatrien, hvis borgeren "
    "er i behandling i psykiatrien.",
)
KILDE_FORANKRING_KOMMUNE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP8,
    "Hvis borger ikke er i behandling i psykiatrien placeres kontaktpersonsfunktionen i det "
    "kommunale område, der varetager rehabiliteringsopgaven i forhold til depressionsramte "
    "borgere",
)
KILDE_FORANKRING_ANBEFALING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP8,
    "Baggrunden for denne anbefaling er, at lokalpsykiatrien og/eller det relevante kommunale "
    "område har en væsentlig og kontinuerlig tilknytning til den depressionsramte under "
    "forløbet.",
)
KILDE_FORANKRING_ANDEN_PART = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP8, "Enkelte gange kan funktionen mest hensigtsmæssigt ligge hos anden part fx jobcenter."
)
KILDE_FORANKRING_INTET_KRAV = OPSUMMERING_NYE_OPGAVER.kilde(
    "Den koordinerende kontaktperson",
    "I mange kommuner findes en lignende kontaktperson allerede, og her vil der således ikke "
    "være behov for ændringer, idet der ikke stilles krav til placeringen af kontaktpersonen.",
)
KILDE_NAVNGIVEN = OPSUMMERING_NYE_OPGAVER.kilde(
    "Den koordinerende kontaktperson",
    "at en koordinerende, navngiven kontaktperson skal tilbydes",
)
KILDE_OPGAVER_NOTAT = NOTAT_KOORDINERENDE_KONTAKTPERSON.kilde(
    "Opgaver og kompetencer",
    "For praktiske formål betyder det, at den koordinerende kontaktperson indhenter samtykke "
    "fra borgeren, varetager mødeindkaldelse med dagsorden, information til borgeren og "
    "opsamling på de aftaler, der indgås på mødet.",
)


class Forankring(Enum):
    """Hvor funktionen som koordinerende kontaktperson anbefales placeret (Kap. 8).

    Kap. 8: funktionen »bør placeres« i lokalpsykiatrien, ellers i det kommunale
    rehabiliteringsområde; opsummeringen: »der ikke stilles krav til placeringen«. Se
    fortolkningsloggen KOO-02.
    """

    LOKALPSYKIATRIEN = "lokalpsykiatrien"
    KOMMUNALT_REHABILITERINGSOMRAADE = (
        "det kommunale område, der varetager rehabiliteringsopgaven for depressionsramte borgere"
    )
    ANDEN_PART = "anden part, fx jobcenter"


class KontaktpersonLaesning(Enum):
    """Hvilken kildes formulering af målgruppen for kontaktpersonen der bruges.

    Se fortolkningsloggen KOO-01 (»Målgruppen for den koordinerende kontaktperson«). Under
    alle læsninger gælder Kommunikationspakkens udløser også (KOO-04).
    """

    KOMPLEKSE_BEHOV = "Kap. 8 og notatet (25-02-2020): diagnosticeret og komplekse behov"
    ARBEJDSMARKED = "Kap. 2: diagnosticeret og behov for indsatser på arbejdsmarkedsområdet"
    JOBCENTER_OG_SUNDHED = (
        "Kommunikationspakken: kontakt til både jobcenter og lokalpsykiatri/kommunalt "
        "sundhedsområde"
    )


_LAESNING_KILDE = {
    KontaktpersonLaesning.KOMPLEKSE_BEHOV: KILDE_KONTAKTPERSON_KAP8,
    KontaktpersonLaesning.ARBEJDSMARKED: KILDE_KONTAKTPERSON_KAP2,
    KontaktpersonLaesning.JOBCENTER_OG_SUNDHED: KILDE_KONTAKTPERSON_KOMMUNIKATIONSPAKKE,
}

_KP_AFSNIT = "Opmærksomhedspunkter til den koordinerende kontaktperson"


class KontaktpersonOpgave(Enum):
    """Den koordinerende kontaktpersons opgaver (Kap. 8, notatet og Kommunikationspakken).

    Kilderne opregner opgaverne forskelligt; listen er foreningsmængden, hver opgave med sit
    citat i `OPGAVE_KILDER` (se fortolkningsloggen KOO-05).
    """

    LOEBENDE_KONTAKT = "have den løbende kontakt til parterne omkring borgeren"
    OPSTART_AF_ORDNINGEN = (
        "ansvaret for opstart af ordningen (hos den part, funktionen er placeret hos)"
    )
    SKRIFTLIGT_SAMTYKKE = "sikre skriftligt samtykke til at udveksle informationer"
    MOEDEINDKALDELSE_MED_DAGSORDEN = "varetage mødeindkaldelsen med dagsorden"
    DAGSORDEN_FOER_MOEDER = "udsende en dagsorden til møderne"
    INFORMATION_TIL_BORGEREN = (
        "informere borgeren om mødets formål, deltagere, praktiske forhold og de skriftlige aftaler"
    )
    INDIVIDUELLE_HENSYN = "afklare, om borgeren har individuelle hensyn, der skal imødekommes"
    FAELLESMOEDE_MED_FAELLES_PLAN = "mindst ét fællesmøde, hvor en fælles plan udarbejdes"
    FORMIDLE_FAELLES_PLAN = "facilitere og formidle den fælles plan"
    SKRIFTLIGE_AFTALER_MED_HJEM = "nedfælde indgåede aftaler på skrift, som borgeren får med hjem"
    REFERAT = "referat af mødet (opsamling på de aftaler, der indgås)"
    OPFOELGNING_MED_BORGER = "opfølgning på mødet sammen med borgeren"
    MOEDER_EFTER_BEHOV = "aftale møder efter behov, fx når planen skal justeres"


OPGAVE_KILDER: dict[KontaktpersonOpgave, Kilde] = {
    KontaktpersonOpgave.LOEBENDE_KONTAKT: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8,
        "Den koordinerende kontaktpersons opgave er at have den løbende kontakt til parterne "
        "omkring den depressionsramte og indkalde til fællesmøder, hvor der udarbejdes en "
        "fælles plan",
    ),
    KontaktpersonOpgave.OPSTART_AF_ORDNINGEN: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8, "Disse parter har ansvaret for opstart af ordningen."
    ),
    KontaktpersonOpgave.SKRIFTLIGT_SAMTYKKE: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8,
        "Den koordinerende kontaktperson sikrer at der foreligger skriftligt samtykke til at "
        "de involverede parter udveksler informationer i relevant omfang.",
    ),
    KontaktpersonOpgave.MOEDEINDKALDELSE_MED_DAGSORDEN: NOTAT_KOORDINERENDE_KONTAKTPERSON.kilde(
        "Opgaver og kompetencer", "varetager mødeindkaldelse med dagsorden"
    ),
    KontaktpersonOpgave.DAGSORDEN_FOER_MOEDER: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8, "skal der udsendes en dagsorden til disse møder."
    ),
    KontaktpersonOpgave.INFORMATION_TIL_BORGEREN: KOMMUNIKATIONSPAKKE_DEPRESSION.kilde(
        _KP_AFSNIT,
        "Uafhængigt af hvor funktionen er placeret bør den koordinerende kontaktperson være "
        "opmærksom på at formidle følgende til borgeren: - Formålet med det fælles møde - "
        "Deltagere på møde - Praktiske oplysninger - At der laves skriftlige aftaler om den "
        "fælles plan",
    ),
    KontaktpersonOpgave.INDIVIDUELLE_HENSYN: KOMMUNIKATIONSPAKKE_DEPRESSION.kilde(
        _KP_AFSNIT,
        "At afklare om borgeren har individuelle hensyn, der skal imødekommes under mødet",
    ),
    KontaktpersonOpgave.FAELLESMOEDE_MED_FAELLES_PLAN: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8, "Der afholdes som minimum ét fællesmøde, hvor planen udarbejdes."
    ),
    KontaktpersonOpgave.FORMIDLE_FAELLES_PLAN: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8,
        "Den koordinerende kontaktperson har desuden en særlig opgave i facilitere og formidle "
        "den fælles plan.",
    ),
    KontaktpersonOpgave.SKRIFTLIGE_AFTALER_MED_HJEM: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8, "Indgåede aftaler nedfældes på skrift, som borger får med hjem."
    ),
    KontaktpersonOpgave.REFERAT: KOMMUNIKATIONSPAKKE_DEPRESSION.kilde(
        _KP_AFSNIT, "Desuden er kontaktpersonen ansvarlig for: … Referat"
    ),
    KontaktpersonOpgave.OPFOELGNING_MED_BORGER: KOMMUNIKATIONSPAKKE_DEPRESSION.kilde(
        _KP_AFSNIT, "Opfølgning på mødet sammen med borger"
    ),
    KontaktpersonOpgave.MOEDER_EFTER_BEHOV: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8,
        "Møder derefter aftales efter behov \u2013 f.eks. hvis det er nødvendigt at justere i "
        "planen.",
    ),
}


@attrs.frozen
class Kontaktpersonvurdering(Resultat):
    """Om en koordinerende kontaktperson skal tilbydes, hvor den anbefales forankret, og dens
    opgaver.

    `kommunikationspakken`: om Kommunikationspakkens udløser (kontakt til både jobcenter og
    lokalpsykiatri/kommunalt sundhedsområde) er opfyldt. `fortolkninger`: id'erne på de
    læsninger i fortolkningsloggen, som svaret hviler på.
    """

    tilbydes: Afgoerelse
    laesning: KontaktpersonLaesning
    forankring: Forankring | None
    opgaver: tuple[KontaktpersonOpgave, ...]
    navngiven: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    kommunikationspakken: Afgoerelse = Afgoerelse.KAN_IKKE_AFGOERES
    fortolkninger: tuple[str, ...] = ()


def _tri(vaerdi: object, navn: str) -> bool | None:
    """Et ja/nej/ukendt: True, False, None eller en `Afgoerelse` (UDEN_FOR_MAALGRUPPEN
    håndteres af kalderen)."""
    if isinstance(vaerdi, Afgoerelse):
        return {
            Afgoerelse.OPFYLDT: True,
            Afgoerelse.IKKE_OPFYLDT: False,
        }.get(vaerdi)
    return kraev_valgfri_bool(vaerdi, navn)


def _enten(a: bool | None, b: bool | None) -> bool | None:
    if a is True or b is True:
        return True
    if a is None or b is None:
        return None
    return False


def _som_bool(svar: Afgoerelse) -> bool | None:
    return {Afgoerelse.OPFYLDT: True, Afgoerelse.IKKE_OPFYLDT: False}.get(svar)


_PAKKEN = "kontakt til både jobcenter og lokalpsykiatri/kommunalt sundhedsområde"


def _forankring(
    anden: bool, i_psykiatri: bool | None
) -> tuple[Forankring | None, str, tuple[Kilde, ...]]:
    """Den anbefalede placering (Kap. 8), formuleret som kilden gør (»bør placeres«)."""
    if anden:
        return (
            Forankring.ANDEN_PART,
            "funktionen ligger efter aftale hos anden part (fx jobcenter), som Kap. 8 åbner "
            "for: »Enkelte gange kan funktionen mest hensigtsmæssigt ligge hos anden part«",
            (KILDE_FORANKRING_ANDEN_PART,),
        )
    if i_psykiatri is True:
        return (
            Forankring.LOKALPSYKIATRIEN,
            "funktionen bør placeres i lokalpsykiatrien, da borgeren er i behandling i psykiatrien",
            (KILDE_FORANKRING_PSYKIATRI, KILDE_FORANKRING_ANBEFALING),
        )
    if i_psykiatri is False:
        return (
            Forankring.KOMMUNALT_REHABILITERINGSOMRAADE,
            "funktionen placeres efter Kap. 8's anbefaling i det kommunale område, der "
            "varetager rehabiliteringen, da borgeren ikke er i behandling i psykiatrien",
            (KILDE_FORANKRING_KOMMUNE, KILDE_FORANKRING_ANBEFALING),
        )
    return (
        None,
        "den anbefalede placering kan ikke afgøres, da det er ukendt, om borgeren er i "
        "behandling i psykiatrien",
        (KILDE_FORANKRING_PSYKIATRI, KILDE_FORANKRING_KOMMUNE),
    )


def koordinerende_kontaktperson(
    diagnosticeret: bool | Afgoerelse | None,
    *,
    komplekse_behov: bool | None = None,
    indsatser_paa_arbejdsmarkedsomraadet: bool | None = None,
    kontakt_jobcenter: bool | None = None,
    kontakt_lokalpsykiatri: bool | None = None,
    kontakt_kommunalt_sundhedsomraade: bool | None = None,
    i_behandling_i_psykiatrien: bool | None = None,
    anden_part: bool = False,
    laesning: KontaktpersonLaesningArg = KontaktpersonLaesning.KOMPLEKSE_BEHOV,
    alder: Heltal | None = None,
) -> Kontaktpersonvurdering:
    """Den koordinerende kontaktperson (Kap. 8; notatet 25-02-2020; Kommunikationspakken).

    Standardlæsningen (Kap. 8 og notatet, KOO-01): tilbydes borgere, der er diagnosticeret
    med depression og samtidig har komplekse behov, herunder indsatser inden for
    arbejdsmarkedsområdet og øvrige kommunale områder; `laesning` vælger Kap. 2's eller
    Kommunikationspakkens formulering. Under alle læsninger gælder Kommunikationspakkens
    udløser: har en diagnosticeret borger »kontakt til både jobcenter og
    lokalpsykiatri/kommunalt sundhedsområde«, skal kontaktpersonen tilbydes (KOO-04); er
    kontakten ukendt, og er læsningens eget kriterium ikke opfyldt, kan svaret ikke afgøres.

    Forankringen er Kap. 8's anbefaling (»bør placeres«; der stilles ikke krav til
    placeringen, KOO-02): lokalpsykiatrien, hvis borgeren er i behandling i psykiatrien,
    ellers det kommunale rehabiliteringsområde; `anden_part=True`, når funktionen efter
    aftale ligger hos anden part, fx jobcenter. `alder` under 18 giver UDEN_FOR_MAALGRUPPEN;
    `None` (ikke oplyst) ændrer intet.
    """
    diag = _tri(diagnosticeret, "diagnosticeret")
    kompleks = kraev_valgfri_bool(komplekse_behov, "komplekse_behov")
    arbejdsmarked = kraev_valgfri_bool(
        indsatser_paa_arbejdsmarkedsomraadet, "indsatser_paa_arbejdsmarkedsomraadet"
    )
    jobcenter = kraev_valgfri_bool(kontakt_jobcenter, "kontakt_jobcenter")
    lokalpsykiatri = kraev_valgfri_bool(kontakt_lokalpsykiatri, "kontakt_lokalpsykiatri")
    sundhed = kraev_valgfri_bool(
        kontakt_kommunalt_sundhedsomraade, "kontakt_kommunalt_sundhedsomraade"
    )
    i_psykiatri = kraev_valgfri_bool(i_behandling_i_psykiatrien, "i_behandling_i_psykiatrien")
    anden = kraev_bool(anden_part, "anden_part")
    valgt = kraev_enum(KontaktpersonLaesning, laesning, "laesning")
    aar = _valgfri_alder(alder)

    udloeser = og(jobcenter, _enten(lokalpsykiatri, sundhed))
    kilde = _LAESNING_KILDE[valgt]
    if _under_maalgruppen(aar) or diagnosticeret is Afgoerelse.UDEN_FOR_MAALGRUPPEN:
        hvad = "en koordinerende kontaktperson"
        return Kontaktpersonvurdering(
            Afgoerelse.UDEN_FOR_MAALGRUPPEN,
            valgt,
            None,
            (),
            True,
            _uden_for_tekst(aar, hvad)
            if aar is not None and _under_maalgruppen(aar)
            else (
                "Uden for målgruppen: diagnosevurderingen er uden for forløbsprogrammets "
                f"målgruppe (»alle syddanske borgere over 18 år«); programmet siger derfor intet "
                f"om {hvad} for borgeren."
            ),
            (KILDE_MAALGRUPPE_ALDER,),
            udloeser,
        )

    if valgt is KontaktpersonLaesning.KOMPLEKSE_BEHOV:
        kriterie = kompleks
        fakta = f"diagnosticeret: {tekst_ja_nej(diag)}; komplekse behov: {tekst_ja_nej(kompleks)}"
    elif valgt is KontaktpersonLaesning.ARBEJDSMARKED:
        kriterie = arbejdsmarked
        fakta = (
            f"diagnosticeret: {tekst_ja_nej(diag)}; indsatser på arbejdsmarkedsområdet: "
            f"{tekst_ja_nej(arbejdsmarked)}"
        )
    else:
        kriterie = _som_bool(udloeser)
        fakta = f"diagnosticeret: {tekst_ja_nej(diag)}"
    fakta += f"; {_PAKKEN}: {tekst_ja_nej(_som_bool(udloeser))}"
    svar = og(diag, _enten(kriterie, _som_bool(udloeser)))

    kilder: list[Kilde] = [kilde]
    if valgt is KontaktpersonLaesning.KOMPLEKSE_BEHOV:
        kilder.append(KILDE_KONTAKTPERSON_NOTAT)
    fortolkninger = ["KOO-01"]
    # Kommunikationspakkens udløser under Kap. 8's og Kap. 2's læsning (KOO-04).
    pakke_note = ""
    if valgt is not KontaktpersonLaesning.JOBCENTER_OG_SUNDHED and kriterie is not True:
        if udloeser is Afgoerelse.OPFYLDT and diag is False:
            pakke_note = (
                f" Borgeren har {_PAKKEN}, men Kommunikationspakkens udløser læses som gældende "
                "for borgere, der er diagnosticeret med depression (læsning, se "
                "fortolkningsloggen KOO-04)."
            )
        elif udloeser is Afgoerelse.OPFYLDT:
            pakke_note = (
                f" Borgeren har {_PAKKEN}, og Kommunikationspakken fastlægger, at borgeren da "
                "skal tilbydes en koordinerende kontaktperson, uanset læsningen af målgruppen "
                "(læsning, se fortolkningsloggen KOO-04)."
            )
        elif udloeser is Afgoerelse.KAN_IKKE_AFGOERES and diag is not False:
            pakke_note = (
                f" Det er ukendt, om borgeren har {_PAKKEN}; i så fald fastlægger "
                "Kommunikationspakken, at kontaktpersonen skal tilbydes (læsning, se "
                "fortolkningsloggen KOO-04)."
            )
        if pakke_note:
            kilder.append(KILDE_KONTAKTPERSON_KOMMUNIKATIONSPAKKE)
            fortolkninger.append("KOO-04")

    forankring: Forankring | None = None
    opgaver: tuple[KontaktpersonOpgave, ...] = ()
    if svar is Afgoerelse.IKKE_OPFYLDT:
        tekst = f"Der skal ikke tilbydes en koordinerende kontaktperson ({fakta}).{pakke_note}"
    else:
        opgaver = tuple(KontaktpersonOpgave)
        kilder.extend(OPGAVE_KILDER[o] for o in opgaver)
        kilder.extend((KILDE_OPGAVER_NOTAT, KILDE_NAVNGIVEN))
        forankring, sted, stedkilder = _forankring(anden, i_psykiatri)
        kilder.extend((*stedkilder, KILDE_FORANKRING_INTET_KRAV))
        sted += (
            "; placeringen er en anbefaling, da der »ikke stilles krav til placeringen af "
            "kontaktpersonen« (læsning, se fortolkningsloggen KOO-02)"
        )
        fortolkninger.extend(("KOO-02", "KOO-05"))
        if svar is Afgoerelse.OPFYLDT:
            tekst = (
                f"En navngiven koordinerende kontaktperson skal tilbydes ({fakta}).{pakke_note} "
                f"Forankring: {sted}."
            )
        else:
            tekst = (
                f"Om en koordinerende kontaktperson skal tilbydes, kan ikke afgøres ({fakta})."
                f"{pakke_note} Hvis den tilbydes: {sted}."
            )
        tekst += (
            " Opgaverne samler Kap. 8's, notatets og Kommunikationspakkens opregninger "
            "(se fortolkningsloggen KOO-05)."
        )
    begrundelse = (
        f"{tekst} Målgruppen efter {valgt.value} (læsning, se fortolkningsloggen KOO-01): "
        f"»{kilde.citat}«"
    )
    if aar is not None:
        kilder.append(KILDE_MAALGRUPPE_ALDER)
        fortolkninger.extend(_alderslaesning(aar))
        if aar == MAALGRUPPE_MINDSTEALDER:
            begrundelse += (
                " En 18-årig er i målgruppen »over 18 år«, læst som 18 år og derover (læsning, "
                "se fortolkningsloggen KOO-08)."
            )
    return Kontaktpersonvurdering(
        svar,
        valgt,
        forankring,
        opgaver,
        True,
        begrundelse,
        tuple(dict.fromkeys(kilder)),
        udloeser,
        tuple(fortolkninger),
    )


# --------------------------------------------------------------------------- informationsudveksling

KILDE_SAMTYKKE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP8,
    "Indhentning af oplysninger på tværs af de involverede aktører forudsætter et skriftligt "
    "samtykke fra borgeren.",
)
KILDE_SAMTYKKE_IMPLEMENTERING = IMPLEMENTERINGSPLAN_DEPRESSION.kilde(
    "Den koordinerende kontaktperson",
    "Funktionen forventes at medføre et øget behov for videregivelse af oplysninger, som "
    "kræver borgerens samtykke.",
)


@attrs.frozen
class Samtykkevurdering(Resultat):
    """Om oplysninger må indhentes på tværs af aktørerne (kræver skriftligt samtykke)."""

    tilladt: Afgoerelse
    begrundelse: str
    kilder: tuple[Kilde, ...]


def informationsudveksling(skriftligt_samtykke: bool | None) -> Samtykkevurdering:
    """Indhentning af oplysninger på tværs af aktører forudsætter skriftligt samtykke (Kap. 8).

    Reglen gælder alle aktører i forløbet, ikke kun den koordinerende kontaktperson.
    `None`: det vides ikke, om der er givet skriftligt samtykke.
    """
    samtykke = kraev_valgfri_bool(skriftligt_samtykke, "skriftligt_samtykke")
    svar = og(samtykke)
    tekster = {
        Afgoerelse.OPFYLDT: "Oplysninger må indhentes på tværs af aktørerne: borgeren har "
        "givet skriftligt samtykke.",
        Afgoerelse.IKKE_OPFYLDT: "Oplysninger må ikke indhentes på tværs af aktørerne: der "
        "foreligger ikke skriftligt samtykke fra borgeren.",
        Afgoerelse.KAN_IKKE_AFGOERES: "Det kan ikke afgøres, om oplysninger må indhentes: det "
        "er ukendt, om borgeren har givet skriftligt samtykke.",
    }
    return Samtykkevurdering(svar, tekster[svar], (KILDE_SAMTYKKE, KILDE_SAMTYKKE_IMPLEMENTERING))


# --------------------------------------------------------------------------- rehabilitering

KILDE_REHAB_MAALGRUPPE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Målgruppen for de kommunale t rehabiliteringstilbud er mennesker med depression i let og "
    "moderat grad, der ikke behandles i psykiatrien.",
)
KILDE_REHAB_AFKLARENDE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11, "Rehabiliteringstilbuddet skal således indledes med en individuel afklarende samtale."
)
KILDE_REHAB_HENVISNING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "skal det ske elektronisk, og det bør ske via MedCom-standarden REF01 (XREF15 når den er "
    "implementeret).",
)
KILDE_REHAB_AFSLUTNINGSNOTAT = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Efter et afsluttet rehabiliteringstilbud skal kommunen sende et kort afslutningsnotat til "
    "den praktiserende læge for at understøtte lægens tovholderfunktion. Er sygehuset "
    "henvisende part, skal kommunen desuden sende et afslutningsnotat til sygehuset.",
)

HENVISNINGSSTANDARD = "REF01"
"""Kap. 11: elektronisk henvisning via MedCom-standarden REF01."""
KOMMENDE_HENVISNINGSSTANDARD = "XREF15"
"""Kap. 11: »XREF15 når den er implementeret«."""


class Henviser(Enum):
    """Hvem der henviser til kommunens rehabiliteringstilbud (Kap. 11)."""

    ALMEN_PRAKSIS = "almen praksis (egen læge)"
    SYGEHUS = "sygehuset"


KILDE_REHAB_ANDRE_MAALGRUPPER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "De kommunale rehabiliteringstilbud til mennesker med depression kan også være relevante "
    "for andre målgrupper.",
)
KILDE_REHAB_KAN_TILBYDES = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Forløbsprogrammet for borgere med depression giver mulighed for, at disse borgere kan "
    "tilbydes rehabilitering i kommunen.",
)
KILDE_REHAB_SKAL_STILLES = OPSUMMERING_NYE_OPGAVER.kilde(
    "Rehabiliteringstilbud",
    "kommunerne skal stille et rehabiliteringstilbud til rådighed for borgere med let til "
    "moderat depression, der ikke behandles i psykiatrien. Tilbuddet kan dog også inkludere "
    "andre relevante målgrupper",
)


@attrs.frozen
class Rehabiliteringsvurdering(Resultat):
    """Om borgeren er i målgruppen for kommunal rehabilitering, og hvordan forløbet går.

    `tilbydes`: OPFYLDT betyder, at borgeren er i den målgruppe, kommunen skal stille
    tilbuddet til rådighed for; IKKE_OPFYLDT, at borgeren er uden for den målgruppe (kommunen
    kan dog inkludere andre målgrupper); se fortolkningsloggen KOO-07.
    """

    tilbydes: Afgoerelse
    foerste_skridt: str
    henvisning: str
    afslutningsnotat_til: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def kommunal_rehabilitering(
    svaerhedsgrad: SvaerhedsgradArg,
    *,
    behandles_i_psykiatrien: bool | None,
    henviser: HenviserArg = Henviser.ALMEN_PRAKSIS,
    alder: Heltal | None = None,
) -> Rehabiliteringsvurdering:
    """Kommunal rehabilitering (Kap. 11; opsummeringen af de nye opgaver).

    Målgruppen er let og moderat depression, der ikke behandles i psykiatrien; for den skal
    kommunen stille et tilbud til rådighed, og kommunen kan også inkludere andre målgrupper
    (KOO-07). Forløbet indledes med en individuel afklarende samtale; henvisningen er
    elektronisk via REF01 (XREF15 når den er implementeret); efter forløbet sendes et
    afslutningsnotat til den praktiserende læge og, når sygehuset har henvist, også til
    sygehuset. `alder` under 18 giver UDEN_FOR_MAALGRUPPEN; `None` (ikke oplyst) ændrer intet.
    """
    grad = kraev_enum(Svaerhedsgrad, svaerhedsgrad, "svaerhedsgrad")
    i_psykiatri = kraev_valgfri_bool(behandles_i_psykiatrien, "behandles_i_psykiatrien")
    fra = kraev_enum(Henviser, henviser, "henviser")
    aar = _valgfri_alder(alder)
    # Henvisningsformatet beskrives, men kontrolleres ikke; se fortolkningsloggen
    # »Henvisning: »skal« og »bør««.
    let_eller_moderat = grad in (Svaerhedsgrad.LET, Svaerhedsgrad.MODERAT)
    svar = og(let_eller_moderat, None if i_psykiatri is None else not i_psykiatri)
    modtagere: tuple[str, ...] = ("den praktiserende læge",)
    if fra is Henviser.SYGEHUS:
        modtagere = (*modtagere, "sygehuset")
    kilder: tuple[Kilde, ...] = (
        KILDE_REHAB_MAALGRUPPE,
        KILDE_REHAB_AFKLARENDE,
        KILDE_REHAB_HENVISNING,
        KILDE_REHAB_AFSLUTNINGSNOTAT,
    )
    fortolkninger: tuple[str, ...] = ("KOO-07",)
    andre = (
        " Kommunen kan dog også lade tilbuddet omfatte andre målgrupper: »De kommunale "
        "rehabiliteringstilbud til mennesker med depression kan også være relevante for andre "
        "målgrupper.« (læsning, se fortolkningsloggen KOO-07)"
    )
    if aar is not None and _under_maalgruppen(aar):
        svar = Afgoerelse.UDEN_FOR_MAALGRUPPEN
        tekst = _uden_for_tekst(aar, "kommunal rehabilitering")
        kilder = (KILDE_MAALGRUPPE_ALDER, KILDE_REHAB_MAALGRUPPE)
        fortolkninger = ()
    elif not let_eller_moderat:
        tekst = (
            f"Ikke i målgruppen for kommunal rehabilitering: {grad.value}; målgruppen er let "
            "og moderat depression, der ikke behandles i psykiatrien." + andre
        )
        kilder += (KILDE_REHAB_ANDRE_MAALGRUPPER, KILDE_REHAB_SKAL_STILLES)
    elif i_psykiatri:
        tekst = (
            f"Ikke i målgruppen for kommunal rehabilitering: {grad.value}, men borgeren "
            "behandles i psykiatrien." + andre
        )
        kilder += (KILDE_REHAB_ANDRE_MAALGRUPPER, KILDE_REHAB_SKAL_STILLES)
    elif i_psykiatri is None:
        tekst = (
            f"Kan ikke afgøres: {grad.value} er i målgruppen, men det er ukendt, om borgeren "
            "behandles i psykiatrien."
        )
        kilder += (KILDE_REHAB_SKAL_STILLES,)
        fortolkninger = ()
    else:
        tekst = (
            f"Kan tilbydes kommunal rehabilitering: {grad.value}, som ikke behandles i "
            "psykiatrien, er i den målgruppe, kommunen skal stille et rehabiliteringstilbud til "
            "rådighed for (læsning af »kan tilbydes« og »skal stille«, se fortolkningsloggen "
            "KOO-07). Forløbet indledes med en individuel afklarende samtale, og "
            f"afslutningsnotatet sendes til {' og '.join(modtagere)}."
        )
        kilder += (KILDE_REHAB_KAN_TILBYDES, KILDE_REHAB_SKAL_STILLES)
    if aar is not None and not _under_maalgruppen(aar):
        kilder += (KILDE_MAALGRUPPE_ALDER,)
        fortolkninger += _alderslaesning(aar)
        if aar == MAALGRUPPE_MINDSTEALDER:
            tekst += (
                " En 18-årig er i programmets målgruppe »over 18 år«, læst som 18 år og "
                "derover (læsning, se fortolkningsloggen KOO-08)."
            )
    return Rehabiliteringsvurdering(
        tilbydes=svar,
        foerste_skridt="individuel afklarende samtale",
        henvisning=(
            f"elektronisk via MedCom-standarden {HENVISNINGSSTANDARD} "
            f"({KOMMENDE_HENVISNINGSSTANDARD} når den er implementeret), til en afklarende "
            "samtale — ikke direkte til de enkelte tilbud"
        ),
        afslutningsnotat_til=modtagere,
        begrundelse=tekst,
        kilder=kilder,
        fortolkninger=fortolkninger,
    )


# --------------------------------------------------------------------------- regneeksemplet

_NOTAT_AFSNIT = "Regneeksempel på et kommunalt rehabiliteringsforløb"
KILDE_REGNEEKSEMPEL = NOTAT_BORGERGRUNDLAG.kilde(
    _NOTAT_AFSNIT,
    "antal deltagere antal sundhedsprofessionelle timer pr. medarbejder timepris udgift pr "
    "borger 1 afklarende samtale 1 1 1 325 325 holdundervisning - sygdomsmestring 12 2 24 325 "
    "1300 holdtræning - fysisk træning/afspænding mv 12 2 24 325 1300 1 afsluttende samtale 1 "
    "1 1 325 325 i alt udgift pr borger 3250",
)
KILDE_REGNEEKSEMPEL_TEKST = NOTAT_BORGERGRUNDLAG.kilde(
    _NOTAT_AFSNIT,
    "en afklarende samtale, patientskole a 12 timer med to undervisere, et holdtræningsforløb "
    "med to gange træning ugentligt i 12 uger med to undervisere samt en afsluttende samtale.",
)
KILDE_REGNEEKSEMPEL_KUN_EKSEMPEL = NOTAT_BORGERGRUNDLAG.kilde(
    _NOTAT_AFSNIT,
    "Det er dog netop kun eksempler på udgifter, da den enkelte kommune selv fastlægger "
    "udformningen af rehabiliteringstilbuddene.",
)

REGNEEKSEMPEL_TIMEPRIS = Decimal("325")
"""Notatets timepris: 325 kr. pr. time."""


def _til_tekst(v: str) -> str:
    return kraev_tekst(v, "navn")


# Rummelige øvre grænser, så beløbene altid kan regnes og afrundes til øre i Decimal.
MAKS_DELTAGERE = 100_000
MAKS_SUNDHEDSPROFESSIONELLE = 10_000
MAKS_TIMER = 100_000
MAKS_TIMEPRIS = 1_000_000


def _til_deltagere(v: Heltal) -> int:
    return kraev_heltal(v, "deltagere", min_vaerdi=1, maks_vaerdi=MAKS_DELTAGERE)


def _til_professionelle(v: Heltal) -> int:
    return kraev_heltal(
        v, "sundhedsprofessionelle", min_vaerdi=0, maks_vaerdi=MAKS_SUNDHEDSPROFESSIONELLE
    )


def _til_timer(v: Beloeb) -> Decimal:
    return kraev_decimal(v, "timer_pr_medarbejder", min_vaerdi=0, maks_vaerdi=MAKS_TIMER)


@attrs.frozen
class Rehabiliteringselement:
    """Et element i et rehabiliteringsforløb: deltagere, fagpersoner og timer pr. fagperson."""

    navn: str = attrs.field(converter=_til_tekst)
    deltagere: int = attrs.field(converter=_til_deltagere)
    sundhedsprofessionelle: int = attrs.field(converter=_til_professionelle)
    timer_pr_medarbejder: Decimal = attrs.field(converter=_til_timer)


REGNEEKSEMPEL_ELEMENTER: tuple[Rehabiliteringselement, ...] = (
    Rehabiliteringselement("afklarende samtale", 1, 1, Decimal(1)),
    Rehabiliteringselement("holdundervisning - sygdomsmestring", 12, 2, Decimal(24)),
    Rehabiliteringselement("holdtræning - fysisk træning/afspænding mv", 12, 2, Decimal(24)),
    Rehabiliteringselement("afsluttende samtale", 1, 1, Decimal(1)),
)
"""Notatets regneeksempel (tabellen). Se fortolkningsloggen KOO-03 (patientskolens timetal)."""


@attrs.frozen
class Udgiftslinje:
    """Én linje: elementet og udgiften pr. borger (afrundet halvt op til øre)."""

    element: Rehabiliteringselement
    udgift_pr_borger: Decimal


@attrs.frozen
class Rehabiliteringsudgift(Resultat):
    """Kommunens udgift pr. borger til et rehabiliteringsforløb."""

    timepris: Decimal
    linjer: tuple[Udgiftslinje, ...]
    i_alt_pr_borger: Decimal
    begrundelse: str
    kilder: tuple[Kilde, ...]


def beregn_rehabiliteringsudgift(
    timepris: Beloeb = REGNEEKSEMPEL_TIMEPRIS,
    elementer: Iterable[Rehabiliteringselement] = REGNEEKSEMPEL_ELEMENTER,
) -> Rehabiliteringsudgift:
    """Udgift pr. borger som i notatets regneeksempel, med kommunens egne tal.

    For hvert element: sundhedsprofessionelle × timer pr. medarbejder × timepris / deltagere;
    hver linje afrundes halvt op til øre, og i alt er summen af linjerne. Med notatets tal
    (325 kr./time) giver det 325 + 1.300 + 1.300 + 325 = 3.250 kr.
    """
    pris = kraev_decimal(timepris, "timepris", min_vaerdi=0, maks_vaerdi=MAKS_TIMEPRIS)
    if isinstance(elementer, str | bytes) or not isinstance(elementer, Iterable):
        raise UgyldigTypeFejl(
            f"elementer: fik {vis(elementer)}; accepterer en samling af Rehabiliteringselement"
        )
    try:
        liste: list[Any] = list(elementer)
    except Exception as fejl:
        raise UgyldigTypeFejl(f"elementer: kunne ikke gennemløbe {vis(elementer)}") from fejl
    if not liste:
        raise UgyldigVaerdiFejl("elementer: fik en tom samling; accepterer mindst ét element")
    linjer = []
    for i, e in enumerate(liste):
        if not isinstance(e, Rehabiliteringselement):
            raise UgyldigTypeFejl(
                f"elementer[{i}]: fik {vis(e)}; accepterer et Rehabiliteringselement"
            )
        udgift = (e.sundhedsprofessionelle * e.timer_pr_medarbejder * pris / e.deltagere).quantize(
            Decimal("0.01"), ROUND_HALF_UP
        )
        linjer.append(Udgiftslinje(e, udgift))
    i_alt = sum((linje.udgift_pr_borger for linje in linjer), Decimal("0.00"))
    dele = " + ".join(f"{linje.udgift_pr_borger} ({linje.element.navn})" for linje in linjer)
    begrundelse = (
        f"Udgift pr. borger ved {pris} kr. pr. time: {dele} = {i_alt} kr. Hver linje er "
        "fagpersoner × timer pr. fagperson × timepris delt på deltagerne."
    )
    return Rehabiliteringsudgift(
        pris,
        tuple(linjer),
        i_alt,
        begrundelse,
        (KILDE_REGNEEKSEMPEL, KILDE_REGNEEKSEMPEL_TEKST, KILDE_REGNEEKSEMPEL_KUN_EKSEMPEL),
    )


# --------------------------------------------------------------------------- udskrivning

KILDE_VARSLING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Hvis patienten efter endt behandling skal modtage et kommunalt tilbud, skal kommunen "
    "varsles tidligst muligt om færdigbehandlingstidspunktet.",
)
KILDE_UDSKRIVNINGSKONFERENCE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Ved afslutning af komplicerede behandlingsforløb20 skal alle involverede parter på det "
    "givne tidspunkt, samt de aktører der skal involveres i det videre forløb indkaldes til en "
    "udskrivningskonference.",
)
KILDE_UDSKRIVNINGSAFTALE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Behandlingspsykiatrien skal udarbejde en udskrivningsaftale efter Psykiatriloven, og "
    "kommunen skal tilbyde at udarbejde en handleplan for den videre indsats efter "
    "Serviceloven.",
)
KILDE_KOORDINATIONSPLAN = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Hvis patienten ikke ønsker at indgå en udskrivningsaftale, skal der i et samarbejde "
    "mellem psykiatrien og kommunen udarbejdes en koordinationsplan i henhold til "
    "psykiatriloven.",
)


KILDE_UDSKRIVNINGSKONFERENCE_PLANLAEGNING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Udskrivningskonferencen bør planlægges, så alle relevante parter har mulighed for at "
    "deltage. Udskrivning kan desuden efter aftale ske via telefonisk kontakt.",
)

_VARSLING = "kommunen varsles tidligst muligt om færdigbehandlingstidspunktet"
_KONFERENCE = "udskrivningskonference med alle involverede og kommende aktører"
_UDSKRIVNINGSAFTALE = "psykiatrien udarbejder en udskrivningsaftale efter Psykiatriloven"
_KOORDINATIONSPLAN = "psykiatrien og kommunen udarbejder en koordinationsplan efter psykiatriloven"
_HANDLEPLAN = "kommunen tilbyder at udarbejde en handleplan efter Serviceloven"


@attrs.frozen
class Udskrivningspligter(Resultat):
    """Pligterne ved afslutning af behandling i psykiatrien (Kap. 7).

    `pligter`: de pligter, der gælder; `uafklarede`: pligter, der afhænger af en ukendt
    oplysning. `maalgruppe`: UDEN_FOR_MAALGRUPPEN for en borger under 18 år (så er begge
    tomme), OPFYLDT for 18 år og derover, KAN_IKKE_AFGOERES, når alderen ikke er oplyst.
    """

    pligter: tuple[str, ...]
    uafklarede: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    maalgruppe: Afgoerelse = Afgoerelse.KAN_IKKE_AFGOERES
    fortolkninger: tuple[str, ...] = ()


def afslutning_af_psykiatrisk_behandling(
    *,
    kommunalt_tilbud_efter: bool | None,
    kompliceret_forloeb: bool | None,
    oensker_udskrivningsaftale: bool | None,
    alder: Heltal | None = None,
) -> Udskrivningspligter:
    """Pligterne, når behandlingen i psykiatrien afsluttes (Kap. 7).

    - Skal borgeren have et kommunalt tilbud bagefter: kommunen varsles tidligst muligt om
      færdigbehandlingstidspunktet (gælder alle forløb).
    - Afsnittet »Ved afslutning af komplicerede behandlingsforløb …« (læst som en helhed,
      KOO-06): udskrivningskonference med alle involverede parter; psykiatrien udarbejder en
      udskrivningsaftale (Psykiatriloven), og kommunen tilbyder en handleplan (Serviceloven);
      ønsker patienten ikke en udskrivningsaftale, udarbejder psykiatrien og kommunen en
      koordinationsplan. Gælder kun komplicerede forløb; er det ukendt, om forløbet er
      kompliceret, står de under `uafklarede`.

    Et ukendt faktum (`None`) lægger pligten under `uafklarede` i stedet for at gætte. `alder`
    under 18 giver `maalgruppe=UDEN_FOR_MAALGRUPPEN` og ingen pligter; `None` ændrer intet.
    """
    tilbud = kraev_valgfri_bool(kommunalt_tilbud_efter, "kommunalt_tilbud_efter")
    kompliceret = kraev_valgfri_bool(kompliceret_forloeb, "kompliceret_forloeb")
    aftale = kraev_valgfri_bool(oensker_udskrivningsaftale, "oensker_udskrivningsaftale")
    aar = _valgfri_alder(alder)
    maalgruppe = _maalgruppe(aar)
    if aar is not None and _under_maalgruppen(aar):
        return Udskrivningspligter(
            (),
            (),
            _uden_for_tekst(aar, "pligterne ved afslutning af behandlingen"),
            (KILDE_MAALGRUPPE_ALDER,),
            maalgruppe,
        )
    pligter: list[str] = []
    uafklarede: list[str] = []
    kilder: list[Kilde] = []
    fortolkninger: list[str] = []
    if tilbud is not False:
        (pligter if tilbud else uafklarede).append(_VARSLING)
        kilder.append(KILDE_VARSLING)
    if aftale is True:
        plan = _UDSKRIVNINGSAFTALE
    elif aftale is False:
        plan = _KOORDINATIONSPLAN
    else:
        plan = (
            f"{_UDSKRIVNINGSAFTALE} (eller, hvis patienten ikke ønsker den: {_KOORDINATIONSPLAN})"
        )
    kompliceret_pligter = (_KONFERENCE, plan, _HANDLEPLAN)
    if kompliceret is True:
        pligter.extend(kompliceret_pligter)
        if aftale is None:
            # Hvilken af de to planer kommer an på patientens ønske, som er ukendt.
            pligter.remove(plan)
            uafklarede.append(plan)
    elif kompliceret is None:
        uafklarede.extend(f"{p}, hvis forløbet er kompliceret" for p in kompliceret_pligter)
        fortolkninger.append("KOO-06")
    else:
        fortolkninger.append("KOO-06")
    if kompliceret is not False:
        kilder.extend(
            (
                KILDE_UDSKRIVNINGSKONFERENCE,
                KILDE_UDSKRIVNINGSKONFERENCE_PLANLAEGNING,
                KILDE_UDSKRIVNINGSAFTALE,
                KILDE_KOORDINATIONSPLAN,
            )
        )
    else:
        kilder.append(KILDE_UDSKRIVNINGSKONFERENCE)
    dele = []
    if pligter:
        dele.append("Ved afslutning af behandlingen i psykiatrien: " + "; ".join(pligter) + ".")
    elif uafklarede:
        dele.append("Ved afslutning af behandlingen i psykiatrien er ingen pligt afgjort.")
    else:
        dele.append("Ved afslutning af behandlingen i psykiatrien gælder ingen af pligterne.")
    if kompliceret is False:
        dele.append(
            "Forløbet er ikke kompliceret, så afsnittet om komplicerede behandlingsforløb "
            "(udskrivningskonference, udskrivningsaftale eller koordinationsplan, handleplan) "
            "gælder ikke (læsning, se fortolkningsloggen KOO-06)."
        )
    elif kompliceret is None:
        dele.append(
            "Det er ukendt, om forløbet er kompliceret; afsnittet om komplicerede "
            "behandlingsforløb (udskrivningskonference, udskrivningsaftale eller "
            "koordinationsplan, handleplan) gælder kun komplicerede forløb (læsning, se "
            "fortolkningsloggen KOO-06)."
        )
    if uafklarede:
        dele.append("Afhænger af ukendte oplysninger: " + "; ".join(uafklarede) + ".")
    if aar is not None:
        kilder.append(KILDE_MAALGRUPPE_ALDER)
        if aar == MAALGRUPPE_MINDSTEALDER:
            fortolkninger.append("KOO-08")
            dele.append(
                "En 18-årig er i programmets målgruppe »over 18 år«, læst som 18 år og derover "
                "(læsning, se fortolkningsloggen KOO-08)."
            )
    return Udskrivningspligter(
        tuple(pligter),
        tuple(uafklarede),
        " ".join(dele),
        tuple(kilder),
        maalgruppe,
        tuple(fortolkninger),
    )
