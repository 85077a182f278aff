"""Genoptræningsindsatserne: ansvar, lovgrundlag, niveauer og psykiatriens model (Kap. 10).

Forløbsprogram for mennesker med depression, Kap. 10:

- **Boksen om sygehusets og kommunens ansvar** (`Genoptraeningsindsats`,
  `indsatsbeskrivelse`): hver indsats — genoptræning under indlæggelse (SUL § 5),
  udarbejdelse af genoptræningsplaner (SUL § 84), specialiseret genoptræning, almen
  genoptræning (SUL § 140), genoptræning efter sygdomsperiode uden indlæggelse (SEL § 86,
  stk. 1), vedligeholdende træning (SEL § 86, stk. 2) og forebyggende træning (SUL § 119,
  stk. 2) — med ansvarlig, lovgrundlag, handlingsplan og afslutningsnotat.
- **Almen genoptræning på basalt eller avanceret niveau** (`almen_niveau`), afsnittet
  »Særligt om genoptræning i kommunerne«: kommunen vurderer niveauet; kildens typiske
  kriterier.
- **Model for sondring mellem behandling og genoptræning på forskellige niveauer**
  (`PSYKIATRIMODELLENS_PARAMETRE`): psykiatrimodellens syv parametre.

Fortolkninger: docs/fortolkninger.md, GEN-08, GEN-09 og GEN-12.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._genoptraening_grundlag import (
    BOKS,
    BOKS_PLANER,
    GEN_KAN_SKAL,
    GEN_LOVHJEMMEL,
    GEN_NIVEAU,
    KILDE_FORSENDELSE,
    KOMMUNERNE,
    laesning,
)
from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_enum, kraev_valgfri_bool
from forloebsregler.genoptraening import Genoptraeningsmodtager
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, Kilde

if TYPE_CHECKING:
    from forloebsregler.typer import GenoptraeningsindsatsArg

__all__ = [
    "PSYKIATRIMODELLENS_KILDE",
    "PSYKIATRIMODELLENS_PARAMETRE",
    "Almenniveauvurdering",
    "Genoptraeningsansvarlig",
    "Genoptraeningsindsats",
    "Indsatsbeskrivelse",
    "almen_niveau",
    "indsatsbeskrivelse",
]


class Genoptraeningsansvarlig(Enum):
    """Hvem der har ansvaret for en genoptræningsindsats."""

    SYGEHUSET = "sygehuset"
    KOMMUNEN = "kommunen"


# Kildens typiske kriterier for almen genoptræning på basalt og avanceret niveau (»Særligt om
# genoptræning i kommunerne«); de indgår både i indsatserne og i `almen_niveau`.
_KILDE_BASALT = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KOMMUNERNE,
    "For patienter som henvises til genoptræning på basalt niveau gælder, at patienten typisk "
    "har enkle og afgrænsede funktionsevnenedsættelser og ingen komplikationer i "
    "behandlingsforløbet på sygehuset af betydning for funktionsevne og/eller "
    "genoptræningsindsatsen.",
)
_KILDE_AVANCERET = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KOMMUNERNE,
    "For patienter, som henvises til genoptræning på avanceret niveau, gælder, at patienten "
    "typisk har omfattende funktionsevnenedsættelser, ofte af betydning for flere livsområder, "
    "herunder evt. komplikationer i behandlingsforløb på sygehuset af betydning for "
    "funktionsevnen og/eller genoptræningsindsatsen",
)


# --- Boksen om sygehusets og kommunens ansvar ------------------------------------------------


@attrs.frozen
class Indsatsbeskrivelse(Resultat):
    """En genoptrænings- eller træningsindsats: ansvar, lovgrundlag og afslutningsnotat.

    `lovgrundlag` er None, hvor kilden ikke nævner en lovhjemmel (specialiseret genoptræning);
    `afslutningsnotat_til` er tom, hvor kilden ikke nævner et afslutningsnotat.
    `fortolkninger` er ID'erne på de læsninger i fortolkningsloggen, beskrivelsen hviler på.
    """

    betegnelse: str
    ansvarlig: Genoptraeningsansvarlig
    lovgrundlag: str | None
    afslutningsnotat_til: tuple[Genoptraeningsmodtager, ...]
    handlingsplan_til: tuple[Genoptraeningsmodtager, ...]
    kriterier: str | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


_SYGEHUS = Genoptraeningsansvarlig.SYGEHUSET
_KOMMUNE = Genoptraeningsansvarlig.KOMMUNEN
_LAEGE = Genoptraeningsmodtager.PRAKTISERENDE_LAEGE
_SYGEHUSMODTAGER = Genoptraeningsmodtager.SYGEHUSET

_KILDE_ALMEN = FORLOEBSPROGRAM_DEPRESSION.kilde(
    BOKS + ", Almen genoptræning (Sundhedsloven §140)",
    "Når kommunen modtager en genoptræningsplan fra et sygehus, skal kommunen tilbyde patienten "
    "genoptræning. … Efter et afsluttet genoptræningsforløb skal kommunen sende et "
    "afslutningsnotat til sygehuset og til patientens praktiserende læge",
)


class Genoptraeningsindsats(Enum):
    """Indsatserne i Kap. 10's boks med ansvar, lovgrundlag og afslutningsnotat."""

    UNDER_INDLAEGGELSE = Indsatsbeskrivelse(
        betegnelse="Genoptræning under indlæggelse",
        ansvarlig=_SYGEHUS,
        lovgrundlag="Sundhedsloven § 5",
        afslutningsnotat_til=(),
        handlingsplan_til=(),
        kriterier=None,
        begrundelse="Sygehuset har ansvaret for genoptræning under indlæggelse (SUL § 5).",
        kilder=(
            FORLOEBSPROGRAM_DEPRESSION.kilde(
                BOKS + ", Genoptræning under indlæggelse (Sundhedsloven §5)",
                "Sygehuset har ansvaret for genoptræning under indlæggelse.",
            ),
        ),
    )
    GENOPTRAENINGSPLAN = Indsatsbeskrivelse(
        betegnelse="Udarbejdelse af genoptræningsplaner",
        ansvarlig=_SYGEHUS,
        lovgrundlag="Sundhedsloven § 84",
        afslutningsnotat_til=(),
        handlingsplan_til=(),
        kriterier=None,
        begrundelse=(
            "Den patientansvarlige læge vurderer behovet; sygehuset udarbejder planen og sender "
            "den til bopælskommunen (GGOP) og, med samtykke, til den praktiserende læge (SUL § 84)."
        ),
        kilder=(
            FORLOEBSPROGRAM_DEPRESSION.kilde(
                BOKS_PLANER,
                "Den patientansvarlige læge har ansvaret for at vurdere, om patienten efter "
                "udskrivelse eller behandling på ambulatoriet har et behov for tilbud om "
                "genoptræning.",
            ),
            KILDE_FORSENDELSE,
        ),
    )
    SPECIALISERET = Indsatsbeskrivelse(
        betegnelse="Specialiseret genoptræning",
        ansvarlig=_SYGEHUS,
        # Kilden nævner ingen lovhjemmel (docs/fortolkninger.md, GEN-09).
        lovgrundlag=None,
        afslutningsnotat_til=(),
        handlingsplan_til=(),
        kriterier=None,
        begrundelse=(
            "Sygehuset har ansvaret for den specialiserede genoptræning; kilden nævner ingen "
            f"lovhjemmel {laesning(GEN_LOVHJEMMEL)}."
        ),
        kilder=(
            FORLOEBSPROGRAM_DEPRESSION.kilde(
                BOKS + ", Varetagelse af specialiseret genoptræning",
                "Sygehuset har ansvaret for den specialiserede genoptræning.",
            ),
        ),
        fortolkninger=(GEN_LOVHJEMMEL,),
    )
    ALMEN_BASALT = Indsatsbeskrivelse(
        betegnelse="Almen genoptræning på basalt niveau",
        ansvarlig=_KOMMUNE,
        lovgrundlag="Sundhedsloven § 140",
        afslutningsnotat_til=(_SYGEHUSMODTAGER, _LAEGE),
        handlingsplan_til=(),
        kriterier=(
            "typisk enkle og afgrænsede funktionsevnenedsættelser og ingen komplikationer i "
            "behandlingsforløbet på sygehuset af betydning for funktionsevne og/eller "
            "genoptræningsindsatsen"
        ),
        begrundelse=(
            "Kommunen skal tilbyde genoptræning, når den modtager en plan (SUL § 140), og sender "
            "efter forløbet et afslutningsnotat til sygehuset og den praktiserende læge."
        ),
        kilder=(_KILDE_ALMEN, _KILDE_BASALT),
    )
    ALMEN_AVANCERET = Indsatsbeskrivelse(
        betegnelse="Almen genoptræning på avanceret niveau",
        ansvarlig=_KOMMUNE,
        lovgrundlag="Sundhedsloven § 140",
        afslutningsnotat_til=(_SYGEHUSMODTAGER, _LAEGE),
        handlingsplan_til=(),
        kriterier=(
            "typisk omfattende funktionsevnenedsættelser, ofte af betydning for flere "
            "livsområder, herunder evt. komplikationer i behandlingsforløb på sygehuset af "
            "betydning for funktionsevnen og/eller genoptræningsindsatsen"
        ),
        begrundelse=(
            "Kommunen skal tilbyde genoptræning, når den modtager en plan (SUL § 140), og sender "
            "efter forløbet et afslutningsnotat til sygehuset og den praktiserende læge."
        ),
        kilder=(_KILDE_ALMEN, _KILDE_AVANCERET),
    )
    EFTER_SYGDOM_UDEN_INDLAEGGELSE = Indsatsbeskrivelse(
        betegnelse="Genoptræning efter sygdomsperiode uden indlæggelse",
        ansvarlig=_KOMMUNE,
        lovgrundlag="Serviceloven § 86, stk. 1",
        afslutningsnotat_til=(_LAEGE,),
        handlingsplan_til=(),
        kriterier="fysisk nedsat funktionsevne efter en sygdomsperiode uden indlæggelse",
        begrundelse=(
            "Kommunen tilbyder genoptræning og udarbejder en handlingsplan med patienten (SEL "
            "§ 86, stk. 1); efter forløbet sendes et afslutningsnotat til den praktiserende læge."
        ),
        kilder=(
            FORLOEBSPROGRAM_DEPRESSION.kilde(
                BOKS + ", Genoptræning efter sygdomsperiode uden indlæggelse (Serviceloven §86, "
                "stk. 1)",
                "Patienter, som har fysisk nedsat funktionsevne efter en sygdomsperiode uden "
                "indlæggelse, tilbydes kommunal genoptræning. … Efter et afsluttet "
                "genoptræningsforløb skal kommunen sende et afslutningsnotat til patientens "
                "praktiserende læge",
            ),
        ),
    )
    VEDLIGEHOLDENDE_TRAENING = Indsatsbeskrivelse(
        betegnelse="Vedligeholdende træning",
        ansvarlig=_KOMMUNE,
        lovgrundlag="Serviceloven § 86, stk. 2",
        afslutningsnotat_til=(),
        handlingsplan_til=(_LAEGE,),
        kriterier=(
            "brug for en individuel træningsindsats med henblik på at kunne vedligeholde fysiske "
            "eller psykiske færdigheder"
        ),
        begrundelse=(
            "Kommunen skal tilbyde hjælp til at vedligeholde fysiske eller psykiske færdigheder "
            "(SEL § 86, stk. 2) og sender handlingsplanen til den praktiserende læge; kilden "
            "nævner intet afslutningsnotat."
        ),
        kilder=(
            FORLOEBSPROGRAM_DEPRESSION.kilde(
                BOKS + ", Vedligeholdende træning (Serviceloven §86, stk. 2)",
                "Kommunen skal tilbyde hjælp til patienter, som har brug for en indsats med "
                "henblik på at kunne vedligeholde fysiske eller psykiske færdigheder. … "
                "Kommunen sender handlingsplanen til patientens praktiserende læge.",
            ),
        ),
    )
    FOREBYGGENDE_TRAENING = Indsatsbeskrivelse(
        betegnelse="Forebyggende træning",
        ansvarlig=_KOMMUNE,
        lovgrundlag="Sundhedsloven § 119, stk. 2",
        afslutningsnotat_til=(),
        handlingsplan_til=(),
        kriterier="patienter med depression; forebygge forværringer og forbedre funktionsevnen",
        begrundelse=(
            "Kommunen kan (men skal ikke) tilbyde træning til patienter med depression for at "
            "forebygge forværringer (SUL § 119, stk. 2); kilden nævner intet afslutningsnotat "
            f"{laesning(GEN_KAN_SKAL)}."
        ),
        kilder=(
            FORLOEBSPROGRAM_DEPRESSION.kilde(
                BOKS + ", Forebyggende træning (Sundhedsloven §119, stk. 2)",
                "Kommunen kan tilbyde træning til patienter med depression med henblik på at "
                "forebygge forværringer af sygdommen og forbedre funktionsevnen.",
            ),
        ),
        fortolkninger=(GEN_KAN_SKAL,),
    )


# --- Almen genoptræning på basalt eller avanceret niveau ------------------------------------

_KILDE_KOMMUNEN_VURDERER_NIVEAU = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KOMMUNERNE,
    "Ved modtagelse af genoptræningsplanen skal kommunen vurdere, om der skal tilbydes almen "
    "genoptræning på basalt eller avanceret niveau.",
)


@attrs.frozen
class Almenniveauvurdering(Resultat):
    """Det typiske niveau for almen genoptræning (kommunen vurderer selv; kilden siger
    »typisk«). `niveau` er None, når det ikke kan afgøres."""

    niveau: Genoptraeningsindsats | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def almen_niveau(
    *,
    omfattende_funktionsevnenedsaettelser: bool | None,
    komplikationer_af_betydning: bool | None,
) -> Almenniveauvurdering:
    """Det typiske niveau for almen genoptræning efter kildens kriterier.

    Basalt: »typisk … enkle og afgrænsede funktionsevnenedsættelser og ingen komplikationer i
    behandlingsforløbet på sygehuset af betydning«. Avanceret: »typisk … omfattende
    funktionsevnenedsættelser …, herunder evt. komplikationer«. Omfattende nedsættelser eller
    komplikationer af betydning peger derfor på avanceret niveau; ingen af delene på basalt.
    Kommunen vurderer niveauet; resultatet er kildens typiske placering, en læsning
    (fortolkningsloggen GEN-08), som resultatet nævner.
    """
    omfattende = kraev_valgfri_bool(
        omfattende_funktionsevnenedsaettelser, "omfattende_funktionsevnenedsaettelser"
    )
    komplikationer = kraev_valgfri_bool(komplikationer_af_betydning, "komplikationer_af_betydning")
    kilder = (_KILDE_KOMMUNEN_VURDERER_NIVEAU, _KILDE_BASALT, _KILDE_AVANCERET)
    if omfattende or komplikationer:
        grund = (
            "omfattende funktionsevnenedsættelser"
            if omfattende
            else "komplikationer i sygehusforløbet af betydning"
        )
        return Almenniveauvurdering(
            niveau=Genoptraeningsindsats.ALMEN_AVANCERET,
            begrundelse=(
                f"Patienten har {grund} og hører typisk til almen genoptræning på avanceret "
                f"niveau; kommunen vurderer niveauet {laesning(GEN_NIVEAU)}."
            ),
            kilder=kilder,
            fortolkninger=(GEN_NIVEAU,),
        )
    if omfattende is False and komplikationer is False:
        return Almenniveauvurdering(
            niveau=Genoptraeningsindsats.ALMEN_BASALT,
            begrundelse=(
                "Enkle og afgrænsede funktionsevnenedsættelser uden komplikationer af betydning "
                "hører typisk til almen genoptræning på basalt niveau; kommunen vurderer niveauet "
                f"{laesning(GEN_NIVEAU)}."
            ),
            kilder=kilder,
            fortolkninger=(GEN_NIVEAU,),
        )
    return Almenniveauvurdering(
        niveau=None,
        begrundelse=(
            "Kan ikke afgøres: det vides ikke, om funktionsevnenedsættelserne er omfattende, "
            "eller om der var komplikationer af betydning."
        ),
        kilder=kilder,
    )


def indsatsbeskrivelse(indsats: GenoptraeningsindsatsArg) -> Indsatsbeskrivelse:
    """Beskrivelsen (ansvar, lovgrundlag, afslutningsnotat) af en indsats, givet som medlem
    eller navn, fx ``indsatsbeskrivelse("ALMEN_BASALT")``."""
    beskrivelse: Indsatsbeskrivelse = kraev_enum(Genoptraeningsindsats, indsats, "indsats").value
    return beskrivelse


# --- Model for sondring mellem behandling og genoptræning på forskellige niveauer ----------

_KILDE_PARAMETRE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    "Kap. 10, Model for sondring mellem behandling og genoptræning på forskellige niveauer",
    "vurdering af patienterne på syv parametre. … 1. Selvmordsrisiko … 2. Psykologisk indsigt "
    "… 3. Motivation for at arbejde med sig selv … 4. Evne til symptommestring … "
    "5. Tidligere behandlingsforløb, … 6. Affektregulering og mestring af hverdagsopgaver … "
    "7. Årsagen til funktionsevnenedsættelsen.",
)

PSYKIATRIMODELLENS_PARAMETRE: tuple[str, ...] = (
    "Selvmordsrisiko",
    "Psykologisk indsigt",
    "Motivation for at arbejde med sig selv",
    "Evne til symptommestring",
    "Tidligere behandlingsforløb",
    "Affektregulering og mestring af hverdagsopgaver",
    "Årsagen til funktionsevnenedsættelsen",
)
"""De syv parametre i Syddanmarks model for sondring mellem behandling, specialiseret og
almen genoptræning i psykiatrien, i kildens rækkefølge (`_KILDE_PARAMETRE`)."""

PSYKIATRIMODELLENS_KILDE: Kilde = _KILDE_PARAMETRE
"""Kilden til de syv parametre (Kap. 10, boksen om modellen for psykiatrien)."""
