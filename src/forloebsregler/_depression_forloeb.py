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
from typing import Any

import attrs

from forloebsregler._depression_grundlag import (
    KAP2_SAMMENFATNING,
    KAP7,
    KAP8,
    KAP11,
    Afgoerelse,
    Svaerhedsgrad,
    og,
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
KILDE_FORANKRING_ANDEN_PART = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP8, "Enkelte gange kan funktionen mest hensigtsmæssigt ligge hos anden part fx jobcenter."
)
KILDE_NAVNGIVEN = OPSUMMERING_NYE_OPGAVER.kilde(
    "Den koordinerende kontaktperson",
    "at en koordinerende, navngiven kontaktperson skal tilbydes",
)


class Forankring(Enum):
    """Hvor funktionen som koordinerende kontaktperson placeres (Kap. 8)."""

    LOKALPSYKIATRIEN = "lokalpsykiatrien"
    KOMMUNALT_REHABILITERINGSOMRAADE = (
        "det kommunale område, der varetager rehabiliteringsopgaven for depressionsramte borgere"
    )
    ANDEN_PART = "anden part, fx jobcenter"


class KontaktpersonLaesning(Enum):
    """Hvilken kildes formulering af målgruppen for kontaktpersonen der bruges.

    Se fortolkningsloggen »Målgruppen for den koordinerende kontaktperson«.
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


class KontaktpersonOpgave(Enum):
    """Den koordinerende kontaktpersons opgaver (Kap. 8, notatet og Kommunikationspakken)."""

    SKRIFTLIGT_SAMTYKKE = "sikre skriftligt samtykke til at udveksle informationer"
    FAELLESMOEDE_MED_FAELLES_PLAN = "mindst ét fællesmøde, hvor en fælles plan udarbejdes"
    DAGSORDEN_FOER_MOEDER = "udsende en dagsorden til møderne"
    SKRIFTLIGE_AFTALER_MED_HJEM = "nedfælde indgåede aftaler på skrift, som borgeren får med hjem"
    REFERAT = "referat af mødet"
    OPFOELGNING_MED_BORGER = "opfølgning på mødet sammen med borgeren"


OPGAVE_KILDER: dict[KontaktpersonOpgave, Kilde] = {
    KontaktpersonOpgave.SKRIFTLIGT_SAMTYKKE: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8,
        "Den koordinerende kontaktperson sikrer at der foreligger skriftligt samtykke til at "
        "de involverede parter udveksler informationer i relevant omfang.",
    ),
    KontaktpersonOpgave.FAELLESMOEDE_MED_FAELLES_PLAN: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8, "Der afholdes som minimum ét fællesmøde, hvor planen udarbejdes."
    ),
    KontaktpersonOpgave.DAGSORDEN_FOER_MOEDER: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8, "skal der udsendes en dagsorden til disse møder."
    ),
    KontaktpersonOpgave.SKRIFTLIGE_AFTALER_MED_HJEM: FORLOEBSPROGRAM_DEPRESSION.kilde(
        KAP8, "Indgåede aftaler nedfældes på skrift, som borger får med hjem."
    ),
    KontaktpersonOpgave.REFERAT: KOMMUNIKATIONSPAKKE_DEPRESSION.kilde(
        "Opmærksomhedspunkter til den koordinerende kontaktperson",
        "Desuden er kontaktpersonen ansvarlig for: … Referat",
    ),
    KontaktpersonOpgave.OPFOELGNING_MED_BORGER: KOMMUNIKATIONSPAKKE_DEPRESSION.kilde(
        "Opmærksomhedspunkter til den koordinerende kontaktperson",
        "Opfølgning på mødet sammen med borger",
    ),
}


@attrs.frozen
class Kontaktpersonvurdering(Resultat):
    """Om en koordinerende kontaktperson skal tilbydes, hvor den forankres, og dens opgaver."""

    tilbydes: Afgoerelse
    laesning: KontaktpersonLaesning
    forankring: Forankring | None
    opgaver: tuple[KontaktpersonOpgave, ...]
    navngiven: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]


def _tri(vaerdi: object, navn: str) -> bool | None:
    """Et ja/nej/ukendt: True, False, None eller en `Afgoerelse`."""
    if isinstance(vaerdi, Afgoerelse):
        return {
            Afgoerelse.OPFYLDT: True,
            Afgoerelse.IKKE_OPFYLDT: False,
            Afgoerelse.KAN_IKKE_AFGOERES: None,
        }[vaerdi]
    return kraev_valgfri_bool(vaerdi, navn)


def _enten(a: bool | None, b: bool | None) -> bool | None:
    if a is True or b is True:
        return True
    if a is None or b is None:
        return None
    return False


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
    laesning: KontaktpersonLaesning | str = KontaktpersonLaesning.KOMPLEKSE_BEHOV,
) -> Kontaktpersonvurdering:
    """Den koordinerende kontaktperson (Kap. 8; notatet 25-02-2020; Kommunikationspakken).

    Standardlæsningen (Kap. 8 og notatet): tilbydes borgere, der er diagnosticeret med
    depression og samtidig har komplekse behov, herunder indsatser inden for
    arbejdsmarkedsområdet og øvrige kommunale områder. `laesning` vælger Kap. 2's eller
    Kommunikationspakkens formulering (se fortolkningsloggen »Målgruppen for den
    koordinerende kontaktperson« og »Kontaktpersonens forankring og navn«). Ukendte
    oplysninger (`None`) giver KAN_IKKE_AFGOERES. Forankring: lokalpsykiatrien, hvis borgeren
    er i behandling i psykiatrien, ellers det kommunale rehabiliteringsområde;
    `anden_part=True`, når funktionen efter aftale ligger hos anden part, fx jobcenter.
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

    if valgt is KontaktpersonLaesning.KOMPLEKSE_BEHOV:
        svar = og(diag, kompleks)
        fakta = f"diagnosticeret: {tekst_ja_nej(diag)}; komplekse behov: {tekst_ja_nej(kompleks)}"
    elif valgt is KontaktpersonLaesning.ARBEJDSMARKED:
        svar = og(diag, arbejdsmarked)
        fakta = (
            f"diagnosticeret: {tekst_ja_nej(diag)}; indsatser på arbejdsmarkedsområdet: "
            f"{tekst_ja_nej(arbejdsmarked)}"
        )
    else:
        sundhedskontakt = _enten(lokalpsykiatri, sundhed)
        svar = og(diag, jobcenter, sundhedskontakt)
        fakta = (
            f"diagnosticeret: {tekst_ja_nej(diag)}; kontakt til jobcenter: "
            f"{tekst_ja_nej(jobcenter)}; kontakt til lokalpsykiatri eller kommunalt "
            f"sundhedsområde: {tekst_ja_nej(sundhedskontakt)}"
        )
    kilde = _LAESNING_KILDE[valgt]
    kilder: list[Kilde] = [kilde]
    if valgt is KontaktpersonLaesning.KOMPLEKSE_BEHOV:
        kilder.append(KILDE_KONTAKTPERSON_NOTAT)

    forankring: Forankring | None = None
    opgaver: tuple[KontaktpersonOpgave, ...] = ()
    if svar is Afgoerelse.IKKE_OPFYLDT:
        tekst = f"Der skal ikke tilbydes en koordinerende kontaktperson ({fakta})."
    else:
        opgaver = tuple(KontaktpersonOpgave)
        kilder.extend(OPGAVE_KILDER[o] for o in opgaver)
        kilder.append(KILDE_NAVNGIVEN)
        if anden:
            forankring = Forankring.ANDEN_PART
            kilder.append(KILDE_FORANKRING_ANDEN_PART)
            sted = "den placeres hos anden part efter aftale (fx jobcenter)"
        elif i_psykiatri is True:
            forankring = Forankring.LOKALPSYKIATRIEN
            kilder.append(KILDE_FORANKRING_PSYKIATRI)
            sted = "den placeres i lokalpsykiatrien, da borgeren er i behandling i psykiatrien"
        elif i_psykiatri is False:
            forankring = Forankring.KOMMUNALT_REHABILITERINGSOMRAADE
            kilder.append(KILDE_FORANKRING_KOMMUNE)
            sted = (
                "den placeres i det kommunale område, der varetager rehabiliteringen, da "
                "borgeren ikke er i behandling i psykiatrien"
            )
        else:
            kilder.extend((KILDE_FORANKRING_PSYKIATRI, KILDE_FORANKRING_KOMMUNE))
            sted = (
                "forankringen kan ikke afgøres, da det er ukendt, om borgeren er i "
                "behandling i psykiatrien"
            )
        if svar is Afgoerelse.OPFYLDT:
            tekst = f"En navngiven koordinerende kontaktperson skal tilbydes ({fakta}); {sted}."
        else:
            tekst = (
                f"Om en koordinerende kontaktperson skal tilbydes, kan ikke afgøres ({fakta}); "
                f"hvis den tilbydes: {sted}."
            )
    begrundelse = f"{tekst} Efter {valgt.value}: »{kilde.citat}«"
    return Kontaktpersonvurdering(
        svar, valgt, forankring, opgaver, True, begrundelse, tuple(dict.fromkeys(kilder))
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


@attrs.frozen
class Rehabiliteringsvurdering(Resultat):
    """Om borgeren er i målgruppen for kommunal rehabilitering, og hvordan forløbet går."""

    tilbydes: Afgoerelse
    foerste_skridt: str
    henvisning: str
    afslutningsnotat_til: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]


def kommunal_rehabilitering(
    svaerhedsgrad: Svaerhedsgrad | str,
    *,
    behandles_i_psykiatrien: bool | None,
    henviser: Henviser | str = Henviser.ALMEN_PRAKSIS,
) -> Rehabiliteringsvurdering:
    """Kommunal rehabilitering (Kap. 11).

    Målgruppen er let og moderat depression, der ikke behandles i psykiatrien. Forløbet
    indledes med en individuel afklarende samtale; henvisningen er elektronisk via REF01
    (XREF15 når den er implementeret); efter forløbet sendes et afslutningsnotat til den
    praktiserende læge og, når sygehuset har henvist, også til sygehuset.
    """
    grad = kraev_enum(Svaerhedsgrad, svaerhedsgrad, "svaerhedsgrad")
    i_psykiatri = kraev_valgfri_bool(behandles_i_psykiatrien, "behandles_i_psykiatrien")
    fra = kraev_enum(Henviser, henviser, "henviser")
    # Henvisningsformatet beskrives, men kontrolleres ikke; se fortolkningsloggen
    # »Henvisning: »skal« og »bør««.
    let_eller_moderat = grad in (Svaerhedsgrad.LET, Svaerhedsgrad.MODERAT)
    svar = og(let_eller_moderat, None if i_psykiatri is None else not i_psykiatri)
    modtagere: tuple[str, ...] = ("den praktiserende læge",)
    if fra is Henviser.SYGEHUS:
        modtagere = (*modtagere, "sygehuset")
    if not let_eller_moderat:
        tekst = (
            f"Ikke i målgruppen for kommunal rehabilitering: {grad.value}; målgruppen er let "
            "og moderat depression, der ikke behandles i psykiatrien."
        )
    elif i_psykiatri:
        tekst = (
            f"Ikke i målgruppen for kommunal rehabilitering: {grad.value}, men borgeren "
            "behandles i psykiatrien."
        )
    elif i_psykiatri is None:
        tekst = (
            f"Kan ikke afgøres: {grad.value} er i målgruppen, men det er ukendt, om borgeren "
            "behandles i psykiatrien."
        )
    else:
        tekst = (
            f"Kan tilbydes kommunal rehabilitering: {grad.value}, som ikke behandles i "
            "psykiatrien. Forløbet indledes med en individuel afklarende samtale, og "
            f"afslutningsnotatet sendes til {' og '.join(modtagere)}."
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
        kilder=(
            KILDE_REHAB_MAALGRUPPE,
            KILDE_REHAB_AFKLARENDE,
            KILDE_REHAB_HENVISNING,
            KILDE_REHAB_AFSLUTNINGSNOTAT,
        ),
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


def _til_tekst(v: object) -> str:
    return kraev_tekst(v, "navn")


# Rummelige øvre grænser, så beløbene altid kan regnes og afrundes til øre i Decimal.
MAKS_DELTAGERE = 100_000
MAKS_SUNDHEDSPROFESSIONELLE = 10_000
MAKS_TIMER = 100_000
MAKS_TIMEPRIS = 1_000_000


def _til_deltagere(v: object) -> int:
    return kraev_heltal(v, "deltagere", min_vaerdi=1, maks_vaerdi=MAKS_DELTAGERE)


def _til_professionelle(v: object) -> int:
    return kraev_heltal(
        v, "sundhedsprofessionelle", min_vaerdi=0, maks_vaerdi=MAKS_SUNDHEDSPROFESSIONELLE
    )


def _til_timer(v: object) -> Decimal:
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
"""Notatets regneeksempel (tabellen). Se fortolkningsloggen »Patientskolens timetal«."""


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
    timepris: Decimal | int | str = REGNEEKSEMPEL_TIMEPRIS,
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


@attrs.frozen
class Udskrivningspligter(Resultat):
    """Pligterne ved afslutning af behandling i psykiatrien (Kap. 7)."""

    pligter: tuple[str, ...]
    uafklarede: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]


def afslutning_af_psykiatrisk_behandling(
    *,
    kommunalt_tilbud_efter: bool | None,
    kompliceret_forloeb: bool | None,
    oensker_udskrivningsaftale: bool | None,
) -> Udskrivningspligter:
    """Pligterne, når behandlingen i psykiatrien afsluttes (Kap. 7).

    - Skal borgeren have et kommunalt tilbud bagefter: kommunen varsles tidligst muligt om
      færdigbehandlingstidspunktet.
    - Komplicerede forløb: udskrivningskonference med alle involverede parter.
    - Psykiatrien udarbejder en udskrivningsaftale (Psykiatriloven), og kommunen tilbyder en
      handleplan (Serviceloven); ønsker patienten ikke en udskrivningsaftale, udarbejder
      psykiatrien og kommunen en koordinationsplan.

    Et ukendt faktum (`None`) lægger pligten under `uafklarede` i stedet for at gætte.
    """
    tilbud = kraev_valgfri_bool(kommunalt_tilbud_efter, "kommunalt_tilbud_efter")
    kompliceret = kraev_valgfri_bool(kompliceret_forloeb, "kompliceret_forloeb")
    aftale = kraev_valgfri_bool(oensker_udskrivningsaftale, "oensker_udskrivningsaftale")
    pligter: list[str] = []
    uafklarede: list[str] = []
    kilder: list[Kilde] = []
    varsling = "kommunen varsles tidligst muligt om færdigbehandlingstidspunktet"
    if tilbud is not False:
        (pligter if tilbud else uafklarede).append(varsling)
        kilder.append(KILDE_VARSLING)
    konference = "udskrivningskonference med alle involverede og kommende aktører"
    if kompliceret is not False:
        (pligter if kompliceret else uafklarede).append(konference)
        kilder.append(KILDE_UDSKRIVNINGSKONFERENCE)
    udskrivningsaftale = "psykiatrien udarbejder en udskrivningsaftale efter Psykiatriloven"
    koordinationsplan = (
        "psykiatrien og kommunen udarbejder en koordinationsplan efter psykiatriloven"
    )
    if aftale is True:
        pligter.append(udskrivningsaftale)
    elif aftale is False:
        pligter.append(koordinationsplan)
    else:
        uafklarede.append(
            f"{udskrivningsaftale} (eller, hvis patienten ikke ønsker den: {koordinationsplan})"
        )
    pligter.append("kommunen tilbyder at udarbejde en handleplan efter Serviceloven")
    kilder.extend((KILDE_UDSKRIVNINGSAFTALE, KILDE_KOORDINATIONSPLAN))
    begrundelse = "Ved afslutning af behandlingen i psykiatrien: " + "; ".join(pligter) + "."
    if uafklarede:
        begrundelse += " Afhænger af ukendte oplysninger: " + "; ".join(uafklarede) + "."
    return Udskrivningspligter(tuple(pligter), tuple(uafklarede), begrundelse, tuple(kilder))
