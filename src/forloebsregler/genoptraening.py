"""Genoptræning efter udskrivning: Forløbsprogram for mennesker med depression, Kap. 10.

Kapitlet gengiver reglerne i BEK nr. 918 af 22. juni 2018 (genoptræningsplaner og
patienters valg af genoptræningstilbud) og Syddanmarks model for genoptræning i psykiatrien:

- **Opstartsfrist** (`opstartsfrist`): kommunen igangsætter genoptræningen inden for
  7 kalenderdage efter udskrivningen; sygehuset kan med en sundhedsfaglig begrundelse
  angive en senere startdato (uden begrundelse: kan ikke afgøres). En plan fra ambulatoriet
  (`Genoptraeningskontakt.AMBULANT`) har ingen frist i kilden.
- **Frit valg** (`frit_leverandoervalg`): kan kommunen ikke tilbyde opstart inden for
  fristen, må patienten vælge en privat leverandør, som KL har indgået aftale med.
- **Planens overdragelse** (`kontroller_planoverdragelse`): planen udleveres senest på
  udskrivelsestidspunktet og sendes til bopælskommunen (GGOP) og til den praktiserende
  læge, hvis patienten har givet samtykke.
- **Behovsvurdering** (`vurder_genoptraeningsbehov`): kalderens overordnede helhedsvurdering
  (dens tre punkter lægges frem, men intet af dem er et veto) og de fire grupper af
  funktionsevnenedsættelser; **ret til en plan** (`ret_til_genoptraeningsplan`).
- **Indsatser, niveauer og lovgrundlag** (`Genoptraeningsindsats`, `almen_niveau`) og
  psykiatrimodellens syv parametre (`PSYKIATRIMODELLENS_PARAMETRE`).
- **Batch** (`opstartsfrister`): mange udskrivninger som DataFrame-klare rækker.

Fortolkninger står i `docs/fortolkninger.md` (afsnit »Genoptræning«, ID'erne GEN-01 …); et
resultat, der hviler på en læsning, har ID'erne i feltet `fortolkninger`. Tidspunkter
sammenlignes som øjeblikke (i UTC), aldrig som vægure.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from forloebsregler._resultat import Resultat, enkel_vaerdi
from forloebsregler._tekst import dato
from forloebsregler._valider import (
    kraev_aware,
    kraev_enum,
    kraev_tekst,
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import (
    ForloebsreglerFejl,
    PeriodeFejl,
    UgyldigTypeFejl,
    UgyldigVaerdiFejl,
)
from forloebsregler.kalender import lokal_dato
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, HOERINGSSVAR_DEPRESSION, Kilde
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import (
        GenoptraeningshenviserArg,
        GenoptraeningsindsatsArg,
        GenoptraeningskontaktArg,
    )

__all__ = [
    "OPSTARTSFRIST_KALENDERDAGE",
    "PSYKIATRIMODELLENS_KILDE",
    "PSYKIATRIMODELLENS_PARAMETRE",
    "Almenniveauvurdering",
    "Fristgrundlag",
    "FritLeverandoervalg",
    "Funktionsevnenedsaettelse",
    "Genoptraeningsansvarlig",
    "Genoptraeningsbehov",
    "Genoptraeningshenviser",
    "Genoptraeningsindsats",
    "Genoptraeningskontakt",
    "Genoptraeningsmodtager",
    "Genoptraeningsudfald",
    "Indsatsbeskrivelse",
    "Nedsaettelsesgruppe",
    "Opstartsfrist",
    "Planoverdragelse",
    "RetTilGenoptraeningsplan",
    "almen_niveau",
    "frit_leverandoervalg",
    "indsatsbeskrivelse",
    "kontroller_planoverdragelse",
    "opstartsfrist",
    "opstartsfrister",
    "ret_til_genoptraeningsplan",
    "vurder_genoptraeningsbehov",
]

_KAP10 = "Kap. 10 Genoptræning"
_KOMMUNERNE = "Kap. 10, Særligt om genoptræning i kommunerne"
_BOKS = "Kap. 10, boks om sygehusets og kommunens ansvar"
_BEHOV = "Kap. 10, Hvordan vurderes, om der er et behov?"

# --- Kilder -------------------------------------------------------------------------------

_KILDE_7_DAGE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KOMMUNERNE,
    "I BEK nr. 918 af 22. juni 2018 fremgår det bl.a., at: … Udgangspunktet er, at kommunen "
    "igangsætter genoptræningsforløbet inden for 7 kalenderdage "
    "efter at borgeren udskrives fra sygehuset.",
)
_KILDE_SENERE_START = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KOMMUNERNE,
    "Hvis en patient har et sundhedsfagligt begrundet behov for at begynde genoptræningsforløbet "
    "senere end de 7 dage, angiver sygehuset en startdato og en sundhedsfaglig begrundelse "
    "herfor.",
)
_KILDE_FRIT_VALG = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KOMMUNERNE,
    "Hvis kommunen ikke kan tilbyde opstart af genoptræningen inden for 7 kalenderdage, har "
    "patienten ret til frit at vælge en privat leverandør, som KL har indgået aftale med.",
)
_KILDE_BEK_918 = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KAP10,
    "De nærmere regler om udarbejdelsen af genoptræningsplaner er fastsat i Bekendtgørelse om "
    "genoptræningsplaner og om patienters valg af genoptræningstilbud efter udskrivning fra "
    "sygehus (BEK nr. 918 af 22. juni 2018).",
)
_KILDE_LAEGEHENVISNING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KOMMUNERNE, "Genoptræningsplanen er en lægehenvisning, som ikke kan tilsidesættes."
)
_KILDE_RET_TIL_PLAN = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KAP10,
    "Patienter har ret til at få en genoptræningsplan på udskrivningstidspunktet, når der "
    "foreligger et lægefagligt begrundet behov for genoptræning, der relaterer sig til den "
    "aktuelle sygehuskontakt, og som har baggrund i et funktionsevnetab.",
)
_KILDE_PSYKIATRI_SOM_SOMATIK = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KAP10,
    "Patienter, som udskrives fra psykiatrien, har på samme måde som somatiske patienter ret til "
    "at få vurderet deres genoptræningsbehov ved udskrivning fra sygehuset.",
)
_KILDE_REGIONEN_HENVISER = HOERINGSSVAR_DEPRESSION.kilde(
    "Ad) Henvisning til almen genoptræning",
    "Ifølge lovgivning er det regionen, der kan henvise til genoptræning.",
)
_KILDE_HELHEDSVURDERING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _BEHOV,
    "skal der indledningsvis foretages en overordnet helhedsvurdering af: … Om patienten er "
    "motiveret for en genoptræningsindsats og har et potentiale, der kan realiseres gennem "
    "genoptræning; … Om patienten lige så vel kan klare sig ved egen hjælp; … Om patientens "
    "behov er diffuse og bedre imødekommes af anden kommunal indsats.",
)
_KILDE_SPECIFIKKE_SPOERGSMAAL = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _BEHOV,
    "Hvis den overordnede helhedsvurdering peger på, at en genoptræningsplan kan være relevant, "
    "skal følgende mere specifikke spørgsmål overvejes:",
)
_KILDE_PLAN_UDARBEJDES = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _BEHOV,
    "Såfremt det konstateres, at patienten har en eller flere af de nævnte "
    "funktionsevnenedsættelser, udarbejdes en genoptræningsplan.",
)
_KILDE_UDLEVERING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _BOKS + ", Udarbejdelse af genoptræningsplaner (Sundhedsloven §84)",
    "Genoptræningsplanen skal senest udleveres til patienten på udskrivelsestidspunktet.",
)
_KILDE_FORSENDELSE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _BOKS + ", Udarbejdelse af genoptræningsplaner (Sundhedsloven §84)",
    "Sygehuset udarbejder en genoptræningsplan og sender denne til patientens bopælskommune via "
    "MedCom-standarden GGOP og patientens praktiserende læge, hvis patienten har givet samtykke "
    "hertil.",
)
_KILDE_PARAMETRE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    "Kap. 10, Model for sondring mellem behandling og genoptræning på forskellige niveauer",
    "vurdering af patienterne på syv parametre. … 1. Selvmordsrisiko … 2. Psykologisk indsigt "
    "… 3. Motivation for at arbejde med sig selv … 4. Evne til symptommestring … "
    "5. Tidligere behandlingsforløb, … 6. Affektregulering og mestring af hverdagsopgaver … "
    "7. Årsagen til funktionsevnenedsættelsen.",
)
_KILDE_KOMMUNEN_VURDERER_NIVEAU = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KOMMUNERNE,
    "Ved modtagelse af genoptræningsplanen skal kommunen vurdere, om der skal tilbydes almen "
    "genoptræning på basalt eller avanceret niveau.",
)
_KILDE_BASALT = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KOMMUNERNE,
    "For patienter som henvises til genoptræning på basalt niveau gælder, at patienten typisk "
    "har enkle og afgrænsede funktionsevnenedsættelser og ingen komplikationer i "
    "behandlingsforløbet på sygehuset af betydning for funktionsevne og/eller "
    "genoptræningsindsatsen.",
)
_KILDE_AVANCERET = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KOMMUNERNE,
    "For patienter, som henvises til genoptræning på avanceret niveau, gælder, at patienten "
    "typisk har omfattende funktionsevnenedsættelser, ofte af betydning for flere livsområder, "
    "herunder evt. komplikationer i behandlingsforløb på sygehuset af betydning for "
    "funktionsevnen og/eller genoptræningsindsatsen",
)

OPSTARTSFRIST_KALENDERDAGE = 7
"""Kommunen igangsætter genoptræningen inden for 7 kalenderdage efter udskrivningen
(Kap. 10, Særligt om genoptræning i kommunerne; BEK nr. 918 af 22. juni 2018)."""

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


# --- Fælles typer -------------------------------------------------------------------------


Genoptraeningsudfald = Svar
"""Genoptræningsreglernes svar: det fælles `forloebsregler.svar.Svar` (gammelt navn)."""


_OPFYLDT = Genoptraeningsudfald.OPFYLDT
_IKKE = Genoptraeningsudfald.IKKE_OPFYLDT
_UKENDT = Genoptraeningsudfald.KAN_IKKE_AFGOERES


class Fristgrundlag(Enum):
    """Hvad opstartsfristen bygger på."""

    SYV_KALENDERDAGE = "7 kalenderdage efter udskrivningen"
    SYGEHUSETS_STARTDATO = "sygehusets startdato med sundhedsfaglig begrundelse"


class Genoptraeningsansvarlig(Enum):
    """Hvem der har ansvaret for en genoptræningsindsats."""

    SYGEHUSET = "sygehuset"
    KOMMUNEN = "kommunen"


class Genoptraeningsmodtager(Enum):
    """Modtagere af genoptræningsplanen, handlingsplanen eller afslutningsnotatet."""

    PATIENTEN = "patienten"
    BOPAELSKOMMUNEN = "patientens bopælskommune"
    PRAKTISERENDE_LAEGE = "patientens praktiserende læge"
    SYGEHUSET = "sygehuset"


class Genoptraeningshenviser(Enum):
    """Hvem der henviser til genoptræning (kun regionen, dvs. sygehuset, kan det)."""

    SYGEHUS = "sygehus (regionen)"
    PRAKTISERENDE_LAEGE = "praktiserende læge"
    KOMMUNE = "kommune"


def _dato_eller_tidspunkt(vaerdi: object, navn: str) -> date:
    """En lokal dato i København af en `date`, et tidszonebevidst tidspunkt eller en ISO-streng.

    Datoen skal kunne lægges 7 dage til uden at løbe ud over kalenderen.
    """
    accepteret = "en date, et tidszonebevidst datetime eller en ISO-streng"
    if not isinstance(vaerdi, date | str):
        raise UgyldigTypeFejl(f"{navn}: fik {vis(vaerdi)}; accepterer {accepteret}")
    try:
        dag = lokal_dato(vaerdi, navn)
    except UgyldigVaerdiFejl:
        if not isinstance(vaerdi, str):
            raise
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}, som hverken er en ISO-dato 'ÅÅÅÅ-MM-DD' eller et "
            f"ISO 8601-tidspunkt med offset; accepterer {accepteret}"
        ) from None
    except ForloebsreglerFejl:
        raise
    except (OverflowError, ValueError):
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}, som ligger uden for kalenderen; accepterer {accepteret}"
        ) from None
    if dag > date.max - timedelta(days=OPSTARTSFRIST_KALENDERDAGE):
        raise UgyldigVaerdiFejl(
            f"{navn}: fik {vis(vaerdi)}; accepterer kun datoer til og med "
            f"{date.max - timedelta(days=OPSTARTSFRIST_KALENDERDAGE)}"
        )
    return dag


# --- Opstartsfristen ----------------------------------------------------------------------

_KILDE_AMBULATORIET = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _BOKS + ", Udarbejdelse af genoptræningsplaner (Sundhedsloven §84)",
    "Den patientansvarlige læge har ansvaret for at vurdere, om patienten efter udskrivelse eller "
    "behandling på ambulatoriet har et behov for tilbud om genoptræning.",
)

# Fortolkningslogens ID'er (docs/fortolkninger.md, afsnit »Genoptræning«).
_GEN_FRIST = "GEN-01"
_GEN_TIDLIG_START = "GEN-02"
_GEN_UDEN_BEGRUNDELSE = "GEN-03"
_GEN_FRIT_VALG = "GEN-04"
_GEN_UDLEVERING = "GEN-05"
_GEN_HELHED = "GEN-06"
_GEN_NEDSAETTELSER = "GEN-07"
_GEN_NIVEAU = "GEN-08"
_GEN_LOVHJEMMEL = "GEN-09"
_GEN_HENVISER = "GEN-10"
_GEN_AMBULANT = "GEN-11"
_GEN_KAN_SKAL = "GEN-12"


def _laesning(*ider: str) -> str:
    """Begrundelsens henvisning til de læsninger, resultatet hviler på."""
    return f"(læsning, se fortolkningsloggen {', '.join(ider)})"


class Genoptraeningskontakt(Enum):
    """Den sygehuskontakt, planen kommer fra: en udskrivning eller behandling på ambulatoriet.

    Kilden nævner begge (»efter udskrivelse eller behandling på ambulatoriet«), men angiver
    7-dagesfristen og udleveringstidspunktet kun for udskrivningen (fortolkningsloggen GEN-11).
    """

    UDSKRIVNING = "udskrivning fra sygehuset"
    AMBULANT = "behandling på ambulatoriet"


@attrs.frozen
class Opstartsfrist(Resultat):
    """Den seneste dato, kommunen skal igangsætte genoptræningen.

    `dato` er fristen, eller None, når den ikke kan afgøres (en senere startdato fra sygehuset
    uden sundhedsfaglig begrundelse, eller et ambulant forløb); `grundlag` er da også None.
    `syvdagesfrist` er udskrivningsdato + 7 kalenderdage (None for et ambulant forløb);
    `sundhedsfaglig_begrundelse` er sygehusets begrundelse for en senere startdato (argumentet
    `begrundelse` til `opstartsfrist`), mens `begrundelse` forklarer resultatet.
    `udskrivningsdato` er for et ambulant forløb datoen for kontakten på ambulatoriet.
    `fortolkninger` er ID'erne på de læsninger i fortolkningsloggen, resultatet hviler på.
    """

    dato: date | None
    grundlag: Fristgrundlag | None
    udskrivningsdato: date
    syvdagesfrist: date | None
    sygehusets_startdato: date | None
    sundhedsfaglig_begrundelse: str | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    kontakt: Genoptraeningskontakt = Genoptraeningskontakt.UDSKRIVNING
    fortolkninger: tuple[str, ...] = ()


def opstartsfrist(
    udskrivning: date | datetime | str,
    *,
    sygehusets_startdato: date | datetime | str | None = None,
    begrundelse: str | None = None,
    kontakt: GenoptraeningskontaktArg = Genoptraeningskontakt.UDSKRIVNING,
) -> Opstartsfrist:
    """Fristen for kommunens opstart af genoptræningen efter udskrivning.

    Kap. 10: »Udgangspunktet er, at kommunen igangsætter genoptræningsforløbet inden for
    7 kalenderdage efter at borgeren udskrives fra sygehuset.« Weekender og helligdage tæller
    som alle andre dage. Udskrivningsdagen er dag 0, og et tidspunkt tæller på sin lokale
    dato i København (udskrivning kl. 23.30 dansk tid er den dag, uanset hvilken zone
    tidspunktet er givet i) — læsningen GEN-01 i fortolkningsloggen.

    »Hvis en patient har et sundhedsfagligt begrundet behov for at begynde
    genoptræningsforløbet senere end de 7 dage, angiver sygehuset en startdato og en
    sundhedsfaglig begrundelse herfor.« En senere startdato med `begrundelse` erstatter
    fristen; en senere startdato uden begrundelse kan ikke afgøres (GEN-03). En startdato
    inden for de 7 dage ændrer ikke fristen (GEN-02). En startdato før udskrivningen er en
    fejl.

    `kontakt=Genoptraeningskontakt.AMBULANT` (eller ``"AMBULANT"``) er en plan fra
    ambulatoriet uden udskrivning; `udskrivning` er da kontaktens dato. Kilden angiver ingen
    frist for det tilfælde, så fristen kan ikke afgøres (GEN-11).

    >>> from datetime import date
    >>> opstartsfrist(date(2024, 2, 22)).dato
    datetime.date(2024, 2, 29)
    """
    udskrevet = _dato_eller_tidspunkt(udskrivning, "udskrivning")
    hvilken = kraev_enum(Genoptraeningskontakt, kontakt, "kontakt")
    # udskrivningsdagen er dag 0 (docs/fortolkninger.md, GEN-01)
    syv = udskrevet + timedelta(days=OPSTARTSFRIST_KALENDERDAGE)
    grund: str | None = None
    if begrundelse is not None:
        grund = kraev_tekst(begrundelse, "begrundelse").strip()
    start: date | None = None
    if sygehusets_startdato is not None:
        start = _dato_eller_tidspunkt(sygehusets_startdato, "sygehusets_startdato")
        if start < udskrevet:
            raise PeriodeFejl(
                f"sygehusets_startdato: fik {start.isoformat()}, som ligger før udskrivningen "
                f"{udskrevet.isoformat()}; accepterer kun en startdato på eller efter "
                "udskrivningen"
            )
    elif grund is not None:
        raise UgyldigVaerdiFejl(
            f"begrundelse: fik {vis(begrundelse)} uden sygehusets_startdato; en "
            "sundhedsfaglig begrundelse hører til en startdato fra sygehuset — angiv "
            "sygehusets_startdato eller udelad begrundelse"
        )
    if hvilken is Genoptraeningskontakt.AMBULANT:
        return Opstartsfrist(
            dato=None,
            grundlag=None,
            udskrivningsdato=udskrevet,
            syvdagesfrist=None,
            sygehusets_startdato=start,
            sundhedsfaglig_begrundelse=grund,
            begrundelse=(
                f"Kan ikke afgøres: planen kommer fra behandling på ambulatoriet "
                f"{dato(udskrevet)}, ikke fra en udskrivning; kilden angiver kun "
                "7-dagesfristen efter udskrivning fra sygehuset "
                f"{_laesning(_GEN_AMBULANT)}."
            ),
            kilder=(_KILDE_AMBULATORIET, _KILDE_7_DAGE),
            kontakt=hvilken,
            fortolkninger=(_GEN_AMBULANT,),
        )
    if start is None:
        return Opstartsfrist(
            dato=syv,
            grundlag=Fristgrundlag.SYV_KALENDERDAGE,
            udskrivningsdato=udskrevet,
            syvdagesfrist=syv,
            sygehusets_startdato=None,
            sundhedsfaglig_begrundelse=None,
            begrundelse=(
                f"Udskrevet {dato(udskrevet)}: kommunen skal igangsætte genoptræningen "
                f"senest {dato(syv)}, 7 kalenderdage efter udskrivningen; weekender og "
                "helligdage tæller med, og udskrivningsdagen er dag 0 "
                f"{_laesning(_GEN_FRIST)}."
            ),
            kilder=(_KILDE_7_DAGE,),
            fortolkninger=(_GEN_FRIST,),
        )
    if start > syv:
        if grund is None:
            # docs/fortolkninger.md, GEN-03: et manglende faktum, ikke en inputfejl
            return Opstartsfrist(
                dato=None,
                grundlag=None,
                udskrivningsdato=udskrevet,
                syvdagesfrist=syv,
                sygehusets_startdato=start,
                sundhedsfaglig_begrundelse=None,
                begrundelse=(
                    f"Kan ikke afgøres: sygehuset har angivet startdatoen {dato(start)}, "
                    f"senere end 7-dagesfristen {dato(syv)}, men ingen sundhedsfaglig "
                    "begrundelse, som kilden kræver sammen med startdatoen; med begrundelsen er "
                    f"fristen {dato(start)}, uden den {dato(syv)} (se "
                    f"fortolkningsloggen {_GEN_UDEN_BEGRUNDELSE})."
                ),
                kilder=(_KILDE_SENERE_START, _KILDE_7_DAGE),
            )
        return Opstartsfrist(
            dato=start,
            grundlag=Fristgrundlag.SYGEHUSETS_STARTDATO,
            udskrivningsdato=udskrevet,
            syvdagesfrist=syv,
            sygehusets_startdato=start,
            sundhedsfaglig_begrundelse=grund,
            begrundelse=(
                f"Sygehuset har med en sundhedsfaglig begrundelse angivet startdatoen "
                f"{dato(start)}, senere end 7-dagesfristen {dato(syv)}; "
                f"genoptræningen skal derfor igangsættes senest {dato(start)} "
                f"{_laesning(_GEN_FRIST)}."
            ),
            kilder=(_KILDE_SENERE_START, _KILDE_7_DAGE),
            fortolkninger=(_GEN_FRIST,),
        )
    # Fortolkning: sygehusets startdato inden for de 7 dage ændrer ikke fristen
    # (docs/fortolkninger.md, GEN-02).
    return Opstartsfrist(
        dato=syv,
        grundlag=Fristgrundlag.SYV_KALENDERDAGE,
        udskrivningsdato=udskrevet,
        syvdagesfrist=syv,
        sygehusets_startdato=start,
        sundhedsfaglig_begrundelse=grund,
        begrundelse=(
            f"Sygehusets startdato {dato(start)} ligger inden for 7-dagesfristen; kilden "
            "giver kun sygehuset ret til at angive en senere startdato, så kommunen skal "
            f"igangsætte genoptræningen senest {dato(syv)} "
            f"{_laesning(_GEN_FRIST, _GEN_TIDLIG_START)}."
        ),
        kilder=(_KILDE_7_DAGE, _KILDE_SENERE_START),
        fortolkninger=(_GEN_FRIST, _GEN_TIDLIG_START),
    )


# --- Frit valg af privat leverandør -------------------------------------------------------


@attrs.frozen
class FritLeverandoervalg(Resultat):
    """Om patienten må vælge en privat leverandør, som KL har indgået aftale med.

    `ret_til_frit_valg` er OPFYLDT (retten er udløst), IKKE_OPFYLDT (kommunen tilbyder opstart
    inden for fristen) eller KAN_IKKE_AFGOERES (kommunens tilbudte opstart eller fristen er
    ukendt). `dage_for_sent` er antal kalenderdage efter fristen (0, hvis rettidigt; None, hvis
    ukendt). `fortolkninger` er ID'erne på de læsninger i fortolkningsloggen, resultatet
    hviler på (GEN-04, når fristen er sygehusets senere startdato).
    """

    ret_til_frit_valg: Genoptraeningsudfald
    frist: Opstartsfrist
    tilbudt_opstart: date | None
    dage_for_sent: int | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def frit_leverandoervalg(
    udskrivning: date | datetime | str,
    tilbudt_opstart: date | datetime | str | None,
    *,
    sygehusets_startdato: date | datetime | str | None = None,
    begrundelse: str | None = None,
    kontakt: GenoptraeningskontaktArg = Genoptraeningskontakt.UDSKRIVNING,
) -> FritLeverandoervalg:
    """Om patienten har ret til frit at vælge en privat leverandør.

    Kap. 10: »Hvis kommunen ikke kan tilbyde opstart af genoptræningen inden for 7
    kalenderdage, har patienten ret til frit at vælge en privat leverandør, som KL har indgået
    aftale med.« Fristen er den fra `opstartsfrist` — med en begrundet senere startdato fra
    sygehuset er det den dato, og resultatet siger, at det er en læsning (GEN-04).
    `tilbudt_opstart=None` betyder, at kommunens tilbud ikke kendes: kan ikke afgøres. Kan
    fristen ikke afgøres (senere startdato uden begrundelse, ambulant forløb), er et tilbud
    inden for de 7 dage efter udskrivningen rettidigt under enhver læsning; ellers kan det
    ikke afgøres. En tilbudt opstart før udskrivningen er en fejl.
    """
    frist = opstartsfrist(
        udskrivning,
        sygehusets_startdato=sygehusets_startdato,
        begrundelse=begrundelse,
        kontakt=kontakt,
    )
    kilder = (_KILDE_FRIT_VALG, *frist.kilder)
    # målt mod den gældende frist, også sygehusets begrundede senere dato (GEN-04)
    ider = frist.fortolkninger
    if frist.grundlag is Fristgrundlag.SYGEHUSETS_STARTDATO:
        ider = (*ider, _GEN_FRIT_VALG)
    if tilbudt_opstart is None:
        naar = (
            f"senest {dato(frist.dato)}"
            if frist.dato is not None
            else "inden for fristen, som heller ikke kan afgøres"
        )
        return FritLeverandoervalg(
            ret_til_frit_valg=_UKENDT,
            frist=frist,
            tilbudt_opstart=None,
            dage_for_sent=None,
            begrundelse=(
                "Kan ikke afgøres: kommunens tilbudte opstart kendes ikke; patienten får ret til "
                f"frit valg, hvis kommunen ikke kan tilbyde opstart {naar}."
            ),
            kilder=kilder,
            fortolkninger=ider,
        )
    tilbudt = _dato_eller_tidspunkt(tilbudt_opstart, "tilbudt_opstart")
    if tilbudt < frist.udskrivningsdato:
        raise PeriodeFejl(
            f"tilbudt_opstart: fik {tilbudt.isoformat()}, som ligger før udskrivningen "
            f"{frist.udskrivningsdato.isoformat()}; accepterer kun en opstart på eller efter "
            "udskrivningen"
        )
    if frist.dato is None:
        return _frit_valg_uden_frist(frist, tilbudt, kilder)
    forsinkelse = (tilbudt - frist.dato).days
    laesning = _laesning(*ider)
    if forsinkelse > 0:
        return FritLeverandoervalg(
            ret_til_frit_valg=_OPFYLDT,
            frist=frist,
            tilbudt_opstart=tilbudt,
            dage_for_sent=forsinkelse,
            begrundelse=(
                f"Kommunen tilbyder opstart {dato(tilbudt)}, {forsinkelse} dag(e) efter "
                f"fristen {dato(frist.dato)}; patienten har derfor ret til frit at vælge "
                f"en privat leverandør, som KL har indgået aftale med {laesning}."
            ),
            kilder=kilder,
            fortolkninger=ider,
        )
    return FritLeverandoervalg(
        ret_til_frit_valg=_IKKE,
        frist=frist,
        tilbudt_opstart=tilbudt,
        dage_for_sent=0,
        begrundelse=(
            f"Kommunen tilbyder opstart {dato(tilbudt)}, inden for fristen "
            f"{dato(frist.dato)}; retten til frit valg af privat leverandør er ikke "
            f"udløst {laesning}."
        ),
        kilder=kilder,
        fortolkninger=ider,
    )


def _frit_valg_uden_frist(
    frist: Opstartsfrist, tilbudt: date, kilder: tuple[Kilde, ...]
) -> FritLeverandoervalg:
    """Frit valg, når fristen selv ikke kan afgøres (GEN-03, GEN-11)."""
    syv = frist.udskrivningsdato + timedelta(days=OPSTARTSFRIST_KALENDERDAGE)
    if frist.kontakt is Genoptraeningskontakt.UDSKRIVNING and tilbudt <= syv:
        # inden for 7 dage er rettidigt, uanset om sygehusets senere dato gælder
        return FritLeverandoervalg(
            ret_til_frit_valg=_IKKE,
            frist=frist,
            tilbudt_opstart=tilbudt,
            dage_for_sent=0,
            begrundelse=(
                f"Kommunen tilbyder opstart {dato(tilbudt)}, inden for 7-dagesfristen "
                f"{dato(syv)}, og dermed også inden for sygehusets senere startdato; "
                "retten til frit valg af privat leverandør er ikke udløst "
                f"{_laesning(_GEN_FRIST)}."
            ),
            kilder=kilder,
            fortolkninger=(_GEN_FRIST,),
        )
    return FritLeverandoervalg(
        ret_til_frit_valg=_UKENDT,
        frist=frist,
        tilbudt_opstart=tilbudt,
        dage_for_sent=None,
        begrundelse=(
            f"Kan ikke afgøres, om kommunens opstart {dato(tilbudt)} er rettidig: "
            f"fristen kan ikke afgøres. {frist.begrundelse}"
        ),
        kilder=kilder,
        fortolkninger=frist.fortolkninger,
    )


# --- Planens overdragelse -----------------------------------------------------------------


@attrs.frozen
class Planoverdragelse(Resultat):
    """Om planen blev udleveret rettidigt, og hvem den skal sendes til.

    `rettidig`: udleveret senest på udskrivelsestidspunktet (OPFYLDT), senere (IKKE_OPFYLDT)
    eller ukendt (KAN_IKKE_AFGOERES, fx hvis kun datoer er givet, og de er ens, eller ved et
    ambulant forløb uden udskrivelsestidspunkt).
    `modtagere`: dem, planen skal til; `samtykke_ukendt` siger, at den praktiserende læge
    kun skal have den, hvis patienten har givet samtykke, og at det ikke vides.
    `fortolkninger` er ID'erne på de læsninger i fortolkningsloggen, resultatet hviler på.
    """

    rettidig: Genoptraeningsudfald
    modtagere: tuple[Genoptraeningsmodtager, ...]
    samtykke_ukendt: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    kontakt: Genoptraeningskontakt = Genoptraeningskontakt.UDSKRIVNING
    fortolkninger: tuple[str, ...] = ()


def _tidspunkt_eller_dato(vaerdi: object, navn: str) -> datetime | date:
    """Et tidszonebevidst tidspunkt (omregnet til UTC) eller, hvis kun dagen kendes, en dato.

    Omregningen til UTC gør tidspunkter sammenlignelige som øjeblikke: Python sammenligner to
    tidspunkter med samme tzinfo på vægurets tid og ser bort fra `fold`, så kl. 02.30 i
    efterårets gentagne time (fold=1) ellers ville regnes for tidligere end kl. 02.45 (fold=0).
    """
    if isinstance(vaerdi, datetime) or (
        isinstance(vaerdi, str) and ("T" in vaerdi or " " in vaerdi.strip())
    ):
        tidspunkt = kraev_aware(vaerdi, navn)
        _dato_eller_tidspunkt(tidspunkt, navn)  # afviser tidspunkter uden for kalenderen
        try:
            return tidspunkt.astimezone(UTC)
        except (OverflowError, ValueError):
            raise UgyldigVaerdiFejl(
                f"{navn}: fik {vis(vaerdi)}, som ligger uden for kalenderen i UTC; accepterer "
                "et tidszonebevidst tidspunkt inden for kalenderen"
            ) from None
    return _dato_eller_tidspunkt(vaerdi, navn)


def _rettidighed(udskrevet: datetime | date, udleveret: datetime | date) -> Genoptraeningsudfald:
    """Se docs/fortolkninger.md, GEN-05. Tidspunkter er allerede i UTC (øjeblikke)."""
    if isinstance(udskrevet, datetime) and isinstance(udleveret, datetime):
        return _OPFYLDT if udleveret <= udskrevet else _IKKE
    dag_u = lokal_dato(udskrevet) if isinstance(udskrevet, datetime) else udskrevet
    dag_l = lokal_dato(udleveret) if isinstance(udleveret, datetime) else udleveret
    if dag_l < dag_u:
        return _OPFYLDT
    if dag_l > dag_u:
        return _IKKE
    return _UKENDT


def kontroller_planoverdragelse(
    udskrivning: date | datetime | str,
    udleveret: date | datetime | str | None,
    *,
    samtykke_til_praktiserende_laege: bool | None = None,
    kontakt: GenoptraeningskontaktArg = Genoptraeningskontakt.UDSKRIVNING,
) -> Planoverdragelse:
    """Kontrol af, at genoptræningsplanen blev udleveret senest på udskrivelsestidspunktet.

    Kap. 10 (Sundhedsloven § 84): »Genoptræningsplanen skal senest udleveres til patienten
    på udskrivelsestidspunktet.« Sygehuset sender den til bopælskommunen via MedCom-standarden
    GGOP og til den praktiserende læge, hvis patienten har givet samtykke. To tidspunkter
    sammenlignes som øjeblikke (også i efterårets gentagne time); er en af dem kun en dato,
    afgøres det på de lokale datoer, og samme dag kan da ikke afgøres (GEN-05).
    `udleveret=None` (ukendt) kan ikke afgøres. Et ambulant forløb
    (`kontakt="AMBULANT"`) har intet udskrivelsestidspunkt, og kilden angiver intet andet
    tidspunkt for udleveringen: rettidigheden kan ikke afgøres (GEN-11).
    """
    udskrevet = _tidspunkt_eller_dato(udskrivning, "udskrivning")
    samtykke = kraev_valgfri_bool(
        samtykke_til_praktiserende_laege, "samtykke_til_praktiserende_laege"
    )
    hvilken = kraev_enum(Genoptraeningskontakt, kontakt, "kontakt")
    modtagere: tuple[Genoptraeningsmodtager, ...] = (
        Genoptraeningsmodtager.PATIENTEN,
        Genoptraeningsmodtager.BOPAELSKOMMUNEN,
    )
    if samtykke:
        modtagere += (Genoptraeningsmodtager.PRAKTISERENDE_LAEGE,)
    if samtykke is None:
        laege = "til den praktiserende læge kun, hvis patienten har givet samtykke (ukendt)"
    elif samtykke:
        laege = "til den praktiserende læge (patienten har givet samtykke)"
    else:
        laege = "ikke til den praktiserende læge (intet samtykke)"
    forsendelse = f"Planen sendes til bopælskommunen via GGOP og {laege}."
    ider: tuple[str, ...] = ()
    udlev = None if udleveret is None else _tidspunkt_eller_dato(udleveret, "udleveret")
    if hvilken is Genoptraeningskontakt.AMBULANT:
        rettidig = _UKENDT
        ider = (_GEN_AMBULANT,)
        tekst = (
            "Kan ikke afgøres, om planen blev udleveret rettidigt: planen kommer fra behandling "
            "på ambulatoriet, og kilden angiver kun udleveringstidspunktet ved udskrivning "
            f"{_laesning(_GEN_AMBULANT)}."
        )
    elif udlev is None:
        rettidig = _UKENDT
        tekst = "Kan ikke afgøres, om planen blev udleveret rettidigt: udleveringen kendes ikke."
    else:
        rettidig = _rettidighed(udskrevet, udlev)
        if not (isinstance(udskrevet, datetime) and isinstance(udlev, datetime)):
            ider = (_GEN_UDLEVERING,)
        tekst = {
            _OPFYLDT: "Planen blev udleveret senest på udskrivelsestidspunktet.",
            _IKKE: "Planen blev udleveret efter udskrivelsestidspunktet; den skal senest "
            "udleveres ved udskrivningen.",
            _UKENDT: "Kan ikke afgøres, om planen blev udleveret rettidigt: udlevering og "
            "udskrivning er samme dag, og klokkeslættet kendes ikke for begge.",
        }[rettidig]
        if ider:
            tekst = f"{tekst[:-1]} {_laesning(*ider)}."
    return Planoverdragelse(
        rettidig=rettidig,
        modtagere=modtagere,
        samtykke_ukendt=samtykke is None,
        begrundelse=f"{tekst} {forsendelse}",
        kilder=(_KILDE_UDLEVERING, _KILDE_FORSENDELSE),
        kontakt=hvilken,
        fortolkninger=ider,
    )


# --- Behovsvurdering ----------------------------------------------------------------------


def _teksttuple(vaerdi: object, navn: str) -> tuple[str, ...]:
    if isinstance(vaerdi, str | bytes) or not isinstance(vaerdi, tuple):
        raise UgyldigTypeFejl(f"{navn}: fik {vis(vaerdi)}; accepterer en tuple af tekst")
    return tuple(kraev_tekst(v, f"{navn}[{i}]") for i, v in enumerate(vaerdi))


def _kraev_kilde(vaerdi: object, navn: str) -> Kilde:
    if not isinstance(vaerdi, Kilde):
        raise UgyldigTypeFejl(f"{navn}: fik {vis(vaerdi)}; accepterer en Kilde")
    return vaerdi


@attrs.frozen
class Nedsaettelsesgruppe:
    """En gruppe af funktionsevnenedsættelser: kildens spørgsmål og dens eksempler (ordret)."""

    betegnelse: str
    spoergsmaal: str
    eksempler: tuple[str, ...]
    kilde: Kilde

    def __attrs_post_init__(self) -> None:
        kraev_tekst(self.betegnelse, "betegnelse")
        kraev_tekst(self.spoergsmaal, "spoergsmaal")
        _teksttuple(self.eksempler, "eksempler")
        _kraev_kilde(self.kilde, "kilde")


class Funktionsevnenedsaettelse(Enum):
    """De fire grupper af funktionsevnenedsættelser i Kap. 10 med kildens eksempler."""

    BEVAEGELSESMAESSIG = Nedsaettelsesgruppe(
        "bevægelsesmæssig",
        "Har patienten en bevægelsesmæssig funktionsevnenedsættelse?",
        (
            "På grund af en somatisk lidelse eller fysisk skade fx fraktur fra fald, nerveskader "
            "i forbindelse med selvmordsforsøg",
            "Som følge af længere tids inaktivitet/isolering afledt af den psykiatriske diagnose "
            "fx målbar og/eller synlig nedsat balanceevne, nedsat bevægelighed, muskelkraft, "
            "koordination",
            "Som følge af smerter, uro, åndedrætsbesvær, anspændthed.",
        ),
        FORLOEBSPROGRAM_DEPRESSION.kilde(
            _BEHOV, "Har patienten en bevægelsesmæssig funktionsevnenedsættelse?"
        ),
    )
    AKTIVITETSMAESSIG = Nedsaettelsesgruppe(
        "aktivitetsmæssig",
        "Har patienten en aktivitetsmæssig funktionsevnenedsættelse?",
        (
            "Patienten kan ikke problemløse i hverdagens aktiviteter og/eller træffe valg pga. af "
            "udfordringer i relation til læring og anvendelse af viden, fx ambivalens",
            "Patienten kan ikke holde aftaler og opretholde struktur/daglige rutiner/meningsfulde "
            "aktiviteter pga. længere tids inaktivitet, isolation og/eller "
            "sygdomsbelastning/karakter",
            "Patienten kan have problemer med at forstå meddelelser, samtale og fremstille "
            "meddelelser, pga. sygdommens karakter og/eller længere tids isolation",
            "Patienten har svært ved at færdes med transportmidler pga. angst eller andre "
            "psykiatriske diagnoser",
            "Patienten har svært ved at tage omsorg for sig selv, fx bade, spise og/eller "
            "varetage egen sundhed og desuden almindelig husførelse pga. kognitive "
            "forstyrrelser, angst, spiseforstyrrelser, vrangforestillinger og/eller længere "
            "tids inaktivitet.",
        ),
        FORLOEBSPROGRAM_DEPRESSION.kilde(
            _BEHOV, "Har patienten en aktivitetsmæssig funktionsevnenedsættelse?"
        ),
    )
    MENTAL = Nedsaettelsesgruppe(
        "mental (kognitiv eller emotionel)",
        "Har patienten en mental (kognitiv eller emotionel) funktionsevnenedsættelse, som kommer "
        "til udtryk i kropslige reaktioner og konkrete aktiviteter?",
        (
            "I forhold til at orientere sig",
            "Patienten har svært ved at tage initiativ, energiniveau, handlekraft, impulskontrol",
            "Hukommelse og opmærksomhed",
            "Psykomotoriske funktioner fx reduceret kropssprog, rastløshed, ændret motorik og "
            "tempo",
            "Tænkning fx negative automatiske tanker",
            "Oplevelse af egen krop og selvet fx. forstyrret kropsopfattelse, vrangforestillinger, "
            "depersonalisering.",
        ),
        FORLOEBSPROGRAM_DEPRESSION.kilde(
            _BEHOV,
            "Har patienten en mental (kognitiv eller emotionel) funktionsevnenedsættelse, som "
            "kommer til udtryk i kropslige reaktioner og konkrete aktiviteter?",
        ),
    )
    SOCIAL = Nedsaettelsesgruppe(
        "social",
        "Har patienten en social funktionsevnenedsættelse, som kommer til udtryk i kropslige "
        "reaktioner og konkrete aktiviteter?",
        (
            "Patienten har svært ved sociale færdigheder fx konflikthåndtering og "
            "samtalefærdigheder, interpersonelt samspil og kontakt, pga. sygdommens karakter, "
            "kognitive deficits, angst og/eller længere tids isolation.",
        ),
        FORLOEBSPROGRAM_DEPRESSION.kilde(
            _BEHOV,
            "Har patienten en social funktionsevnenedsættelse, som kommer til udtryk i kropslige "
            "reaktioner og konkrete aktiviteter?",
        ),
    )


@attrs.frozen
class Genoptraeningsbehov(Resultat):
    """Behovsvurderingen: helhedsvurderingen, funktionsevnenedsættelserne og om en plan er
    indiceret (hvert felt tre-tilstands).

    `helhedsvurdering` er kalderens overordnede helhedsvurdering (OPFYLDT: peger på, at en plan
    kan være relevant; IKKE_OPFYLDT: peger ikke på det; KAN_IKKE_AFGOERES: ikke givet).
    `helhedspunkter` lægger kildens tre punkter frem med kalderens svar (ja, nej, ukendt);
    de indgår i vurderingen, men intet enkelt punkt afgør den (GEN-06).
    """

    plan_indiceret: Genoptraeningsudfald
    helhedsvurdering: Genoptraeningsudfald
    funktionsevnenedsaettelse: Genoptraeningsudfald
    tilstedevaerende: frozenset[Funktionsevnenedsaettelse]
    ukendte: frozenset[Funktionsevnenedsaettelse]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    helhedspunkter: tuple[str, ...] = ()
    fortolkninger: tuple[str, ...] = ()


_KILDE_HENSYN_TIL_MOTIVATION = FORLOEBSPROGRAM_DEPRESSION.kilde(
    _KAP10,
    "Vurderingen af genoptræningsbehovet er konkret og individuel og skal tage hensyn til "
    "patientens ressourcer og motivation for genoptræning.",
)

_HELHEDSPUNKTER = (
    "patienten er motiveret for en genoptræningsindsats og har et potentiale, der kan "
    "realiseres gennem genoptræning",
    "patienten kan lige så vel klare sig ved egen hjælp",
    "patientens behov er diffuse og bedre imødekommes af anden kommunal indsats",
)


def _svar(vaerdi: bool | None) -> str:
    return "ukendt" if vaerdi is None else ("ja" if vaerdi else "nej")


def vurder_genoptraeningsbehov(
    *,
    bevaegelsesmaessig: bool | None,
    aktivitetsmaessig: bool | None,
    mental: bool | None,
    social: bool | None,
    helhedsvurdering: bool | None = None,
    motiveret_med_potentiale: bool | None = None,
    kan_klare_sig_ved_egen_hjaelp: bool | None = None,
    behov_diffuse_eller_bedre_anden_indsats: bool | None = None,
) -> Genoptraeningsbehov:
    """Vurdering af, om en genoptræningsplan er indiceret (Kap. 10, »Hvordan vurderes, om der er
    et behov?«).

    Kilden kræver først »en overordnet helhedsvurdering« af tre punkter (motivation og
    potentiale; om patienten lige så vel kan klare sig ved egen hjælp; om behovene er diffuse
    og bedre imødekommes af anden kommunal indsats), og vurderingen skal »tage hensyn til«
    motivationen — intet punkt er et veto (nedsat handlekraft er selv et depressionssymptom).
    `helhedsvurdering` er den faglige helhedsvurdering (True: peger på, at en plan kan være
    relevant); uden den kan helhedsvurderingen ikke afgøres, og de tre punkter lægges frem i
    resultatet (GEN-06). Har patienten en eller flere af de fire funktionsevnenedsættelser, og
    peger helhedsvurderingen på en plan, udarbejdes en plan; fire kendte »nej« giver »ikke
    indiceret« (GEN-07). Hvert svar er `True`, `False` eller `None` (ukendt).
    """
    helhed_svar = kraev_valgfri_bool(helhedsvurdering, "helhedsvurdering")
    punkter = (
        kraev_valgfri_bool(motiveret_med_potentiale, "motiveret_med_potentiale"),
        kraev_valgfri_bool(kan_klare_sig_ved_egen_hjaelp, "kan_klare_sig_ved_egen_hjaelp"),
        kraev_valgfri_bool(
            behov_diffuse_eller_bedre_anden_indsats, "behov_diffuse_eller_bedre_anden_indsats"
        ),
    )
    svar = {
        Funktionsevnenedsaettelse.BEVAEGELSESMAESSIG: kraev_valgfri_bool(
            bevaegelsesmaessig, "bevaegelsesmaessig"
        ),
        Funktionsevnenedsaettelse.AKTIVITETSMAESSIG: kraev_valgfri_bool(
            aktivitetsmaessig, "aktivitetsmaessig"
        ),
        Funktionsevnenedsaettelse.MENTAL: kraev_valgfri_bool(mental, "mental"),
        Funktionsevnenedsaettelse.SOCIAL: kraev_valgfri_bool(social, "social"),
    }
    til_stede = frozenset(g for g, s in svar.items() if s is True)
    ukendte = frozenset(g for g, s in svar.items() if s is None)
    helhedspunkter = tuple(
        f"{tekst}: {_svar(v)}" for tekst, v in zip(_HELHEDSPUNKTER, punkter, strict=True)
    )
    oversigt = "; ".join(helhedspunkter)
    # helhedsvurderingen er kalderens; intet enkelt punkt afgør den (docs/fortolkninger.md,
    # GEN-06)
    if helhed_svar is None:
        helhed = _UKENDT
        helhedstekst = "den overordnede helhedsvurdering er ikke givet"
    elif helhed_svar:
        helhed = _OPFYLDT
        helhedstekst = "helhedsvurderingen peger på, at en plan kan være relevant"
    else:
        helhed = _IKKE
        helhedstekst = "helhedsvurderingen peger ikke på, at en plan kan være relevant"
    # fire kendte »nej« afgør; ét »ja« er nok (GEN-07)
    if til_stede:
        nedsat = _OPFYLDT
        navne = ", ".join(g.value.betegnelse for g in Funktionsevnenedsaettelse if g in til_stede)
        nedsat_tekst = f"funktionsevnenedsættelse til stede ({navne})"
    elif ukendte:
        nedsat = _UKENDT
        nedsat_tekst = "det vides ikke, om der er en funktionsevnenedsættelse"
    else:
        nedsat = _IKKE
        nedsat_tekst = "ingen af de fire funktionsevnenedsættelser er til stede"
    ider: tuple[str, ...] = (_GEN_HELHED,)
    if helhed is _IKKE:
        plan = _IKKE
        tekst = f"En genoptræningsplan er ikke indiceret: {helhedstekst}"
    elif nedsat is _IKKE:
        plan = _IKKE
        ider = (_GEN_HELHED, _GEN_NEDSAETTELSER)
        tekst = f"En genoptræningsplan er ikke indiceret: {nedsat_tekst}"
    elif helhed is _OPFYLDT and nedsat is _OPFYLDT:
        plan = _OPFYLDT
        tekst = f"En genoptræningsplan udarbejdes: {helhedstekst}, og {nedsat_tekst}"
    else:
        plan = _UKENDT
        if nedsat is _UKENDT:
            ider = (_GEN_HELHED, _GEN_NEDSAETTELSER)
        tekst = f"Kan ikke afgøres, om en plan er indiceret: {helhedstekst}; {nedsat_tekst}"
    tekst += f" (helhedsvurderingens punkter: {oversigt})"
    return Genoptraeningsbehov(
        plan_indiceret=plan,
        helhedsvurdering=helhed,
        funktionsevnenedsaettelse=nedsat,
        tilstedevaerende=til_stede,
        ukendte=ukendte,
        begrundelse=f"{tekst} {_laesning(*ider)}.",
        kilder=(
            _KILDE_HELHEDSVURDERING,
            _KILDE_HENSYN_TIL_MOTIVATION,
            _KILDE_SPECIFIKKE_SPOERGSMAAL,
            _KILDE_PLAN_UDARBEJDES,
        ),
        helhedspunkter=helhedspunkter,
        fortolkninger=ider,
    )


# --- Ret til en genoptræningsplan (issue 9, punkt 17) -------------------------------------


@attrs.frozen
class RetTilGenoptraeningsplan(Resultat):
    """Om patienten har ret til en genoptræningsplan, og om henvisningen kan bruges.

    `kan_tilsidesaettes_af_kommunen` er altid False: planen er en lægehenvisning.
    """

    ret_til_plan: Genoptraeningsudfald
    henviser: Genoptraeningshenviser
    kan_tilsidesaettes_af_kommunen: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def ret_til_genoptraeningsplan(
    *,
    laegefagligt_begrundet_behov: bool | None,
    relaterer_sig_til_aktuel_sygehuskontakt: bool | None,
    baggrund_i_funktionsevnetab: bool | None,
    henviser: GenoptraeningshenviserArg = Genoptraeningshenviser.SYGEHUS,
) -> RetTilGenoptraeningsplan:
    """Retten til en genoptræningsplan ved udskrivning (Kap. 10 og høringssvaret).

    »Patienter har ret til at få en genoptræningsplan på udskrivningstidspunktet, når der
    foreligger et lægefagligt begrundet behov for genoptræning, der relaterer sig til den
    aktuelle sygehuskontakt, og som har baggrund i et funktionsevnetab.« Kun regionen
    (sygehuset) kan henvise — ikke den praktiserende læge — og planen er en lægehenvisning,
    som ikke kan tilsidesættes. Betingelser med svaret `None` (ukendt) giver »kan ikke
    afgøres«, medmindre en anden betingelse allerede afviser retten.
    """
    betingelser = {
        "der er et lægefagligt begrundet behov": kraev_valgfri_bool(
            laegefagligt_begrundet_behov, "laegefagligt_begrundet_behov"
        ),
        "behovet relaterer sig til den aktuelle sygehuskontakt": kraev_valgfri_bool(
            relaterer_sig_til_aktuel_sygehuskontakt, "relaterer_sig_til_aktuel_sygehuskontakt"
        ),
        "behovet har baggrund i et funktionsevnetab": kraev_valgfri_bool(
            baggrund_i_funktionsevnetab, "baggrund_i_funktionsevnetab"
        ),
    }
    hvem = kraev_enum(Genoptraeningshenviser, henviser, "henviser")
    kilder = (
        _KILDE_RET_TIL_PLAN,
        _KILDE_PSYKIATRI_SOM_SOMATIK,
        _KILDE_REGIONEN_HENVISER,
        _KILDE_LAEGEHENVISNING,
        _KILDE_BEK_918,
    )
    mangler = [t for t, s in betingelser.items() if s is False]
    ukendt = [t for t, s in betingelser.items() if s is None]
    ider: tuple[str, ...] = ()
    if hvem is not Genoptraeningshenviser.SYGEHUS:
        # docs/fortolkninger.md, GEN-10
        udfald = _IKKE
        ider = (_GEN_HENVISER,)
        tekst = (
            f"Henvisning fra {hvem.value} giver ikke en genoptræningsplan: ifølge lovgivningen "
            f"er det regionen (sygehuset), der kan henvise til genoptræning "
            f"{_laesning(_GEN_HENVISER)}."
        )
    elif mangler:
        udfald = _IKKE
        tekst = "Ingen ret til en genoptræningsplan: det er ikke opfyldt, at " + (
            " og at ".join(mangler) + "."
        )
    elif ukendt:
        udfald = _UKENDT
        tekst = "Kan ikke afgøres: det vides ikke, om " + " og om ".join(ukendt) + "."
    else:
        udfald = _OPFYLDT
        tekst = (
            "Patienten har ret til en genoptræningsplan ved udskrivningen; planen er en "
            "lægehenvisning, som kommunen ikke kan tilsidesætte."
        )
    return RetTilGenoptraeningsplan(
        ret_til_plan=udfald,
        henviser=hvem,
        kan_tilsidesaettes_af_kommunen=False,
        begrundelse=tekst,
        kilder=kilder,
        fortolkninger=ider,
    )


# --- Indsatser, ansvar og lovgrundlag -----------------------------------------------------


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
    _BOKS + ", Almen genoptræning (Sundhedsloven §140)",
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
                _BOKS + ", Genoptræning under indlæggelse (Sundhedsloven §5)",
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
                _BOKS + ", Udarbejdelse af genoptræningsplaner (Sundhedsloven §84)",
                "Den patientansvarlige læge har ansvaret for at vurdere, om patienten efter "
                "udskrivelse eller behandling på ambulatoriet har et behov for tilbud om "
                "genoptræning.",
            ),
            _KILDE_FORSENDELSE,
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
            f"lovhjemmel {_laesning(_GEN_LOVHJEMMEL)}."
        ),
        kilder=(
            FORLOEBSPROGRAM_DEPRESSION.kilde(
                _BOKS + ", Varetagelse af specialiseret genoptræning",
                "Sygehuset har ansvaret for den specialiserede genoptræning.",
            ),
        ),
        fortolkninger=(_GEN_LOVHJEMMEL,),
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
                _BOKS + ", Genoptræning efter sygdomsperiode uden indlæggelse (Serviceloven §86, "
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
                _BOKS + ", Vedligeholdende træning (Serviceloven §86, stk. 2)",
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
            f"{_laesning(_GEN_KAN_SKAL)}."
        ),
        kilder=(
            FORLOEBSPROGRAM_DEPRESSION.kilde(
                _BOKS + ", Forebyggende træning (Sundhedsloven §119, stk. 2)",
                "Kommunen kan tilbyde træning til patienter med depression med henblik på at "
                "forebygge forværringer af sygdommen og forbedre funktionsevnen.",
            ),
        ),
        fortolkninger=(_GEN_KAN_SKAL,),
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
                f"niveau; kommunen vurderer niveauet {_laesning(_GEN_NIVEAU)}."
            ),
            kilder=kilder,
            fortolkninger=(_GEN_NIVEAU,),
        )
    if omfattende is False and komplikationer is False:
        return Almenniveauvurdering(
            niveau=Genoptraeningsindsats.ALMEN_BASALT,
            begrundelse=(
                "Enkle og afgrænsede funktionsevnenedsættelser uden komplikationer af betydning "
                "hører typisk til almen genoptræning på basalt niveau; kommunen vurderer niveauet "
                f"{_laesning(_GEN_NIVEAU)}."
            ),
            kilder=kilder,
            fortolkninger=(_GEN_NIVEAU,),
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


# --- Batch --------------------------------------------------------------------------------

_BATCH_NOEGLER = frozenset(
    {"id", "udskrivning", "tilbudt_opstart", "sygehusets_startdato", "begrundelse", "kontakt"}
)


def _mangler(vaerdi: object) -> bool:
    """None, NaN, pandas' NaT/NA og tom tekst tæller som en manglende værdi i en batchrække
    (som i `forloebsregler.batch`)."""
    if vaerdi is None:
        return True
    if isinstance(vaerdi, str):
        return not vaerdi.strip()
    if isinstance(vaerdi, float) and math.isnan(vaerdi):
        return True
    return type(vaerdi).__name__ in {"NaTType", "NAType"}


def _batchraekke(nr: int, raekke: object) -> dict[str, Any]:
    if not isinstance(raekke, Mapping):
        raise UgyldigTypeFejl(
            f"raekker[{nr}]: fik {vis(raekke)}; accepterer en mapping (dict) med nøglerne "
            + ", ".join(sorted(_BATCH_NOEGLER))
        )
    ukendte = sorted(str(k) for k in raekke if k not in _BATCH_NOEGLER)
    if ukendte:
        raise UgyldigVaerdiFejl(
            f"raekker[{nr}]: ukendte nøgler {ukendte}; accepterer "
            + ", ".join(sorted(_BATCH_NOEGLER))
        )
    if "udskrivning" not in raekke or _mangler(raekke["udskrivning"]):
        raise UgyldigVaerdiFejl(f"raekker[{nr}]: 'udskrivning' mangler; den er påkrævet")
    felter: dict[str, Any] = {
        k: (None if _mangler(raekke.get(k)) else raekke.get(k)) for k in _BATCH_NOEGLER
    }
    valg = frit_leverandoervalg(
        felter["udskrivning"],
        felter["tilbudt_opstart"],
        sygehusets_startdato=felter["sygehusets_startdato"],
        begrundelse=felter["begrundelse"],
        kontakt=(
            Genoptraeningskontakt.UDSKRIVNING if felter["kontakt"] is None else felter["kontakt"]
        ),
    )
    frist = valg.frist
    return {
        "frist": frist.dato,
        "fristgrundlag": frist.grundlag,
        "udskrivningsdato": frist.udskrivningsdato,
        "syvdagesfrist": frist.syvdagesfrist,
        "sygehusets_startdato": frist.sygehusets_startdato,
        "tilbudt_opstart": valg.tilbudt_opstart,
        "dage_for_sent": valg.dage_for_sent,
        "frit_valg": valg.ret_til_frit_valg,
        "begrundelse": valg.begrundelse,
        "fortolkninger": ", ".join(valg.fortolkninger) or None,
    }


_BATCH_FELTER = (
    "raekke",
    "id",
    "udskrivningsdato",
    "frist",
    "fristgrundlag",
    "syvdagesfrist",
    "sygehusets_startdato",
    "tilbudt_opstart",
    "dage_for_sent",
    "frit_valg",
    "begrundelse",
    "fortolkninger",
    "fejl",
)


def _batch_id(ident: object) -> int | str | None:
    """Rækkens `id` som en simpel værdi (int eller str), None hvis den mangler."""
    if _mangler(ident):
        return None
    if isinstance(ident, int | str) and not isinstance(ident, bool):
        return ident
    try:
        return str(ident)
    except Exception:  # en fremmed __str__ må ikke vælte batchen
        return vis(ident)


def opstartsfrister(raekker: Iterable[Mapping[str, object]]) -> list[dict[str, Any]]:
    """Opstartsfrist og frit valg for mange udskrivninger — DataFrame-klare rækker.

    Bibliotekets ene batchkontrakt er `forloebsregler.batch` (`batch.genoptraening`: alle
    ubrugte kolonner ført igennem, `kilder`, `fejlfelt` og `fejlkode`); denne funktion er
    områdets genvej med sine egne, faste felter og følger kontraktens konventioner for
    rækkenumre og manglende værdier.

    Hver række er en mapping med `udskrivning` (påkrævet) og valgfrit `tilbudt_opstart`,
    `sygehusets_startdato`, `begrundelse`, `kontakt` og `id` (føres uændret igennem, hvis det
    er en simpel værdi). None, NaN og pandas' NaT tæller som manglende. Hver post har de samme
    felter: `raekke` (1-baseret, som i `forloebsregler.batch` og på kommandolinjen),
    `id`, `udskrivningsdato`, `frist`, `fristgrundlag`, `syvdagesfrist`,
    `sygehusets_startdato`, `tilbudt_opstart`, `dage_for_sent`, `frit_valg` (enum-navn),
    `begrundelse`, `fortolkninger` (ID'erne i fortolkningsloggen, kommasepareret) og `fejl`
    (None, eller fejlbeskeden for en ugyldig række, hvis øvrige felter så er None). Datoer er
    ISO-strenge.
    """
    if isinstance(raekker, str | bytes | Mapping) or not isinstance(raekker, Iterable):
        raise UgyldigTypeFejl(
            f"raekker: fik {vis(raekker)}; accepterer en samling (liste, generator) af mappings"
        )
    poster: list[dict[str, Any]] = []
    for nr, raekke in enumerate(raekker, start=1):
        post: dict[str, Any] = dict.fromkeys(_BATCH_FELTER)
        post["raekke"] = nr
        if isinstance(raekke, Mapping):
            post["id"] = _batch_id(raekke.get("id"))
        try:
            felter = _batchraekke(nr - 1, raekke)  # beskeden nævner listens indeks raekker[i]
        except ForloebsreglerFejl as fejl:
            post["fejl"] = str(fejl)
        else:
            post.update({k: enkel_vaerdi(v) for k, v in felter.items()})
        poster.append(post)
    return poster
