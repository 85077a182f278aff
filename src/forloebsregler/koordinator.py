"""Depression: den koordinerende kontaktperson (målgruppe, forankring og opgaver).

Kilder (afsnit for afsnit, i modulets rækkefølge):

- Målgruppen for kontaktpersonen: *Forløbsprogram for mennesker med depression* Kap. 8
  Løbende koordinering og *Notat (25-02-2020) om den koordinerende kontaktperson*,
  Indledning (»diagnosticeret … komplekse behov«); Kap. 2 Sammenfatning
  (»arbejdsmarkedsområdet«); fortolkningsloggen KOO-01.
- Kommunikationspakkens udløser: *Kommunikationspakken*, »Opmærksomhedspunkter til den
  koordinerende kontaktperson« (kontakt til både jobcenter og lokalpsykiatri/kommunalt
  sundhedsområde); KOO-04.
- Forankringen: Kap. 8 (»bør placeres« i lokalpsykiatrien, ellers i det kommunale
  rehabiliteringsområde, enkelte gange hos anden part) og *Opsummering af de nye opgaver*,
  »Den koordinerende kontaktperson« (»der ikke stilles krav til placeringen«, »navngiven«);
  KOO-02.
- Opgaverne: Kap. 8, notatet (»Opgaver og kompetencer«) og Kommunikationspakken, samlet som
  foreningsmængden; KOO-05.
- Kravet om skriftligt samtykke til informationsudveksling, som gælder alle aktører, står i
  `samtykke`.
- Målgruppens alder (Kap. 1, KOO-08) kommer fra `_depression_grundlag`.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._depression_grundlag import (
    KAP2_SAMMENFATNING,
    KAP8,
    KILDE_MAALGRUPPE_ALDER,
    MAALGRUPPE_MINDSTEALDER,
    alderslaesning,
    tekst_ja_nej,
    uden_for_tekst,
    under_maalgruppen,
    valgfri_alder,
)
from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_bool, kraev_enum, kraev_valgfri_bool
from forloebsregler.fejl import UgyldigVaerdiFejl
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
    KOMMUNIKATIONSPAKKE_DEPRESSION,
    NOTAT_KOORDINERENDE_KONTAKTPERSON,
    OPSUMMERING_NYE_OPGAVER,
    Kilde,
)
from forloebsregler.svar import Svar, eller, og, som_bool

if TYPE_CHECKING:
    from forloebsregler.typer import Heltal, KontaktpersonLaesningArg

__all__ = [
    "Forankring",
    "KontaktpersonLaesning",
    "KontaktpersonOpgave",
    "Kontaktpersonvurdering",
    "koordinerende_kontaktperson",
]


# ----------------------------------------------------------- argumenterne og tre-tilstands-hjælpere


@attrs.frozen
class _Oplysninger:
    """Argumenterne til `koordinerende_kontaktperson`, kontrolleret."""

    diag: bool | None
    kompleks: bool | None
    arbejdsmarked: bool | None
    i_psykiatri: bool | None
    anden: bool
    valgt: KontaktpersonLaesning
    aar: int | None
    udloeser: Svar


def _tri(vaerdi: object, navn: str) -> bool | None:
    """Et ja/nej/ukendt: True, False, None eller et `Svar` (UDEN_FOR_MAALGRUPPEN
    håndteres af kalderen)."""
    if isinstance(vaerdi, Svar):
        return som_bool(vaerdi)
    return kraev_valgfri_bool(vaerdi, navn)


# ----------------------------------------------------------------------------- målgruppen (KOO-01)

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


def _laesningens_kriterie(f: _Oplysninger) -> tuple[bool | None, str]:
    """Den valgte læsnings eget kriterium for målgruppen (KOO-01) og fakta til begrundelsen."""
    if f.valgt is KontaktpersonLaesning.KOMPLEKSE_BEHOV:
        kriterie = f.kompleks
        fakta = (
            f"diagnosticeret: {tekst_ja_nej(f.diag)}; komplekse behov: {tekst_ja_nej(f.kompleks)}"
        )
    elif f.valgt is KontaktpersonLaesning.ARBEJDSMARKED:
        kriterie = f.arbejdsmarked
        fakta = (
            f"diagnosticeret: {tekst_ja_nej(f.diag)}; indsatser på arbejdsmarkedsområdet: "
            f"{tekst_ja_nej(f.arbejdsmarked)}"
        )
    else:
        kriterie = som_bool(f.udloeser)
        fakta = f"diagnosticeret: {tekst_ja_nej(f.diag)}"
    fakta += f"; {_PAKKEN}: {tekst_ja_nej(som_bool(f.udloeser))}"
    return kriterie, fakta


# ---------------------------------------------------------- Kommunikationspakkens udløser (KOO-04)

KILDE_KONTAKTPERSON_KOMMUNIKATIONSPAKKE = KOMMUNIKATIONSPAKKE_DEPRESSION.kilde(
    "Opmærksomhedspunkter til den koordinerende kontaktperson",
    "Såfremt borgeren har kontakt til både jobcenter og lokalpsykiatri/kommunalt "
    "sundhedsområde er det i forløbsprogrammet fastlagt, at borgeren skal tilbydes en "
    "koordinerende kontaktperson.",
)

_PAKKEN = "kontakt til både jobcenter og lokalpsykiatri/kommunalt sundhedsområde"

_LAESNING_KILDE = {
    KontaktpersonLaesning.KOMPLEKSE_BEHOV: KILDE_KONTAKTPERSON_KAP8,
    KontaktpersonLaesning.ARBEJDSMARKED: KILDE_KONTAKTPERSON_KAP2,
    KontaktpersonLaesning.JOBCENTER_OG_SUNDHED: KILDE_KONTAKTPERSON_KOMMUNIKATIONSPAKKE,
}


def _kommunikationspakkens_udloeser(
    jobcenter: bool | None, lokalpsykiatri: bool | None, sundhed: bool | None
) -> Svar:
    """»kontakt til både jobcenter og lokalpsykiatri/kommunalt sundhedsområde«."""
    return og(jobcenter, eller(lokalpsykiatri, sundhed))


def _kommunikationspakkens_note(f: _Oplysninger, kriterie: bool | None) -> str:
    """Undtagelsen under Kap. 8's og Kap. 2's læsning: Kommunikationspakkens udløser (KOO-04).

    Tom, når den valgte læsning er Kommunikationspakkens egen, når læsningens kriterium
    allerede er opfyldt, eller når udløseren intet ændrer.
    """
    if f.valgt is KontaktpersonLaesning.JOBCENTER_OG_SUNDHED or kriterie is True:
        return ""
    if f.udloeser is Svar.OPFYLDT and f.diag is False:
        return (
            f" Borgeren har {_PAKKEN}, men Kommunikationspakkens udløser læses som gældende "
            "for borgere, der er diagnosticeret med depression (læsning, se "
            "fortolkningsloggen KOO-04)."
        )
    if f.udloeser is Svar.OPFYLDT:
        return (
            f" Borgeren har {_PAKKEN}, og Kommunikationspakken fastlægger, at borgeren da "
            "skal tilbydes en koordinerende kontaktperson, uanset læsningen af målgruppen "
            "(læsning, se fortolkningsloggen KOO-04)."
        )
    if f.udloeser is Svar.KAN_IKKE_AFGOERES and f.diag is not False:
        return (
            f" Det er ukendt, om borgeren har {_PAKKEN}; i så fald fastlægger "
            "Kommunikationspakken, at kontaktpersonen skal tilbydes (læsning, se "
            "fortolkningsloggen KOO-04)."
        )
    return ""


# --------------------------------------------------------------------------- forankringen (KOO-02)

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


# ------------------------------------------------------------------------------ opgaverne (KOO-05)

KILDE_OPGAVER_NOTAT = NOTAT_KOORDINERENDE_KONTAKTPERSON.kilde(
    "Opgaver og kompetencer",
    "For praktiske formål betyder det, at den koordinerende kontaktperson indhenter samtykke "
    "fra borgeren, varetager mødeindkaldelse med dagsorden, information til borgeren og "
    "opsamling på de aftaler, der indgås på mødet.",
)


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


# ------------------------------------------------------------------------------------------ reglen

KILDE_NAVNGIVEN = OPSUMMERING_NYE_OPGAVER.kilde(
    "Den koordinerende kontaktperson",
    "at en koordinerende, navngiven kontaktperson skal tilbydes",
)


@attrs.frozen
class Kontaktpersonvurdering(Resultat):
    """Om en koordinerende kontaktperson skal tilbydes, hvor den anbefales forankret, og dens
    opgaver.

    `kommunikationspakken`: om Kommunikationspakkens udløser (kontakt til både jobcenter og
    lokalpsykiatri/kommunalt sundhedsområde) er opfyldt. `fortolkninger`: id'erne på de
    læsninger i fortolkningsloggen, som svaret hviler på.
    """

    tilbydes: Svar
    laesning: KontaktpersonLaesning
    forankring: Forankring | None
    opgaver: tuple[KontaktpersonOpgave, ...]
    navngiven: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    kommunikationspakken: Svar = Svar.KAN_IKKE_AFGOERES
    fortolkninger: tuple[str, ...] = ()


def _uden_for_maalgruppen(f: _Oplysninger) -> Kontaktpersonvurdering:
    """Undtagelsen: under 18 år eller en diagnosevurdering uden for målgruppen (Kap. 1)."""
    hvad = "en koordinerende kontaktperson"
    if f.aar is not None and under_maalgruppen(f.aar):
        tekst = uden_for_tekst(f.aar, hvad)
    else:
        tekst = (
            "Uden for målgruppen: diagnosevurderingen er uden for forløbsprogrammets "
            f"målgruppe (»alle syddanske borgere over 18 år«); programmet siger derfor intet "
            f"om {hvad} for borgeren."
        )
    return Kontaktpersonvurdering(
        Svar.UDEN_FOR_MAALGRUPPEN,
        f.valgt,
        None,
        (),
        True,
        tekst,
        (KILDE_MAALGRUPPE_ALDER,),
        f.udloeser,
    )


def _tilbuddet(
    f: _Oplysninger, svar: Svar, fakta: str, pakke_note: str
) -> tuple[Forankring | None, str, tuple[Kilde, ...]]:
    """Når kontaktpersonen tilbydes (eller måske tilbydes): forankring, tekst og kilder.

    Opgaverne (KOO-05) og den anbefalede forankring (KOO-02) følger med, også når svaret er
    »kan ikke afgøres« (»Hvis den tilbydes: …«).
    """
    forankring, sted, stedkilder = _forankring(f.anden, f.i_psykiatri)
    kilder = (
        *(OPGAVE_KILDER[o] for o in KontaktpersonOpgave),
        KILDE_OPGAVER_NOTAT,
        KILDE_NAVNGIVEN,
        *stedkilder,
        KILDE_FORANKRING_INTET_KRAV,
    )
    sted += (
        "; placeringen er en anbefaling, da der »ikke stilles krav til placeringen af "
        "kontaktpersonen« (læsning, se fortolkningsloggen KOO-02)"
    )
    if svar is Svar.OPFYLDT:
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
    return forankring, tekst, kilder


def _svar_og_grundlag(f: _Oplysninger) -> Kontaktpersonvurdering:
    """Grundreglen (KOO-01) med Kommunikationspakkens udløser (KOO-04) og alderen (KOO-08)."""
    kriterie, fakta = _laesningens_kriterie(f)
    svar = og(f.diag, eller(kriterie, som_bool(f.udloeser)))
    kilde = _LAESNING_KILDE[f.valgt]
    kilder: list[Kilde] = [kilde]
    if f.valgt is KontaktpersonLaesning.KOMPLEKSE_BEHOV:
        kilder.append(KILDE_KONTAKTPERSON_NOTAT)
    fortolkninger = ["KOO-01"]
    pakke_note = _kommunikationspakkens_note(f, kriterie)
    if pakke_note:
        kilder.append(KILDE_KONTAKTPERSON_KOMMUNIKATIONSPAKKE)
        fortolkninger.append("KOO-04")
    forankring: Forankring | None = None
    opgaver: tuple[KontaktpersonOpgave, ...] = ()
    if svar is Svar.IKKE_OPFYLDT:
        tekst = f"Der skal ikke tilbydes en koordinerende kontaktperson ({fakta}).{pakke_note}"
    else:
        opgaver = tuple(KontaktpersonOpgave)
        forankring, tekst, tilbudskilder = _tilbuddet(f, svar, fakta, pakke_note)
        kilder.extend(tilbudskilder)
        fortolkninger.extend(("KOO-02", "KOO-05"))
    begrundelse = (
        f"{tekst} Målgruppen efter {f.valgt.value} (læsning, se fortolkningsloggen KOO-01): "
        f"»{kilde.citat}«"
    )
    if f.aar is not None:
        kilder.append(KILDE_MAALGRUPPE_ALDER)
        fortolkninger.extend(alderslaesning(f.aar))
        if f.aar == MAALGRUPPE_MINDSTEALDER:
            begrundelse += (
                " En 18-årig er i målgruppen »over 18 år«, læst som 18 år og derover (læsning, "
                "se fortolkningsloggen KOO-08)."
            )
    return Kontaktpersonvurdering(
        svar,
        f.valgt,
        forankring,
        opgaver,
        True,
        begrundelse,
        tuple(dict.fromkeys(kilder)),
        f.udloeser,
        tuple(fortolkninger),
    )


def _anden_part(anden_part: object) -> bool:
    """`anden_part`: ja eller nej. Ukendt (None, fx »ukendt« i en batchrække) afvises med en
    besked, der siger hvorfor: standarden »nej« ville være et gæt om placeringen."""
    if anden_part is None:
        raise UgyldigVaerdiFejl(
            "anden_part: ukendt; om funktionen efter aftale ligger hos anden part, afgør den "
            "anbefalede placering (Kap. 8), så den gættes ikke; accepterer True eller False "
            "(udeladt betyder False)",
            argument="anden_part",
            vaerdi=None,
        )
    return kraev_bool(anden_part, "anden_part")


def koordinerende_kontaktperson(
    diagnosticeret: bool | Svar | None,
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
    f = _Oplysninger(
        diag=_tri(diagnosticeret, "diagnosticeret"),
        kompleks=kraev_valgfri_bool(komplekse_behov, "komplekse_behov"),
        arbejdsmarked=kraev_valgfri_bool(
            indsatser_paa_arbejdsmarkedsomraadet, "indsatser_paa_arbejdsmarkedsomraadet"
        ),
        # Kontrolleret i argumenternes rækkefølge, så den første fejl er den samme som før.
        udloeser=_kommunikationspakkens_udloeser(
            kraev_valgfri_bool(kontakt_jobcenter, "kontakt_jobcenter"),
            kraev_valgfri_bool(kontakt_lokalpsykiatri, "kontakt_lokalpsykiatri"),
            kraev_valgfri_bool(
                kontakt_kommunalt_sundhedsomraade, "kontakt_kommunalt_sundhedsomraade"
            ),
        ),
        i_psykiatri=kraev_valgfri_bool(i_behandling_i_psykiatrien, "i_behandling_i_psykiatrien"),
        anden=_anden_part(anden_part),
        valgt=kraev_enum(KontaktpersonLaesning, laesning, "laesning"),
        aar=valgfri_alder(alder),
    )
    if under_maalgruppen(f.aar) or diagnosticeret is Svar.UDEN_FOR_MAALGRUPPEN:
        return _uden_for_maalgruppen(f)
    return _svar_og_grundlag(f)
