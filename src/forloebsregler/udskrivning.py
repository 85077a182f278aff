"""Depression: pligterne ved afslutning af behandlingen i psykiatrien (udskrivning).

Kilder (afsnit for afsnit, i modulets rækkefølge): *Forløbsprogram for mennesker med
depression* Kap. 7 Behandling og opfølgning:

- Varsling: »Hvis patienten efter endt behandling skal modtage et kommunalt tilbud, skal
  kommunen varsles tidligst muligt om færdigbehandlingstidspunktet« (alle forløb).
- Komplicerede behandlingsforløb (afsnittet læst som en helhed, fortolkningsloggen KOO-06):
  udskrivningskonference, udskrivningsaftale efter Psykiatriloven eller — ønsker patienten
  den ikke — koordinationsplan, og kommunens tilbud om en handleplan efter Serviceloven.
- Målgruppens alder (Kap. 1, KOO-08) kommer fra `_depression_grundlag`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from forloebsregler._depression_grundlag import (
    ATTEN_AAR_TEKST,
    KAP7,
    KILDE_MAALGRUPPE_ALDER,
    MAALGRUPPE_MINDSTEALDER,
    maalgruppe,
    uden_for_tekst,
    under_maalgruppen,
    valgfri_alder,
)
from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_valgfri_bool
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, Kilde
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import Heltal

__all__ = ["Udskrivningspligter", "afslutning_af_psykiatrisk_behandling"]

# -------------------------------------------------------------------------- varsling (alle forløb)

KILDE_VARSLING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP7,
    "Hvis patienten efter endt behandling skal modtage et kommunalt tilbud, skal kommunen "
    "varsles tidligst muligt om færdigbehandlingstidspunktet.",
)

_VARSLING = "kommunen varsles tidligst muligt om færdigbehandlingstidspunktet"


def _varsling(tilbud: bool | None) -> tuple[list[str], list[str], list[Kilde]]:
    """Pligten til at varsle kommunen: gælder, når et kommunalt tilbud følger; ukendt, når det
    er ukendt; intet, når intet tilbud følger. Giver (pligter, uafklarede, kilder)."""
    if tilbud is False:
        return [], [], []
    if tilbud:
        return [_VARSLING], [], [KILDE_VARSLING]
    return [], [_VARSLING], [KILDE_VARSLING]


# -------------------------------------------------------------------- komplicerede forløb (KOO-06)

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

_KONFERENCE = "udskrivningskonference med alle involverede og kommende aktører"
_UDSKRIVNINGSAFTALE = "psykiatrien udarbejder en udskrivningsaftale efter Psykiatriloven"
_KOORDINATIONSPLAN = "psykiatrien og kommunen udarbejder en koordinationsplan efter psykiatriloven"
_HANDLEPLAN = "kommunen tilbyder at udarbejde en handleplan efter Serviceloven"

_KOMPLICEREDE_KILDER = (
    KILDE_UDSKRIVNINGSKONFERENCE,
    KILDE_UDSKRIVNINGSKONFERENCE_PLANLAEGNING,
    KILDE_UDSKRIVNINGSAFTALE,
    KILDE_KOORDINATIONSPLAN,
)


def _plan(aftale: bool | None) -> str:
    """Udskrivningsaftalen; undtagelsen: ønsker patienten den ikke, en koordinationsplan."""
    if aftale is True:
        return _UDSKRIVNINGSAFTALE
    if aftale is False:
        return _KOORDINATIONSPLAN
    return f"{_UDSKRIVNINGSAFTALE} (eller, hvis patienten ikke ønsker den: {_KOORDINATIONSPLAN})"


def _komplicerede_forloeb(
    kompliceret: bool | None, aftale: bool | None
) -> tuple[list[str], list[str], list[Kilde], list[str]]:
    """Afsnittet om komplicerede behandlingsforløb: (pligter, uafklarede, kilder, læsninger).

    Gælder kun komplicerede forløb (KOO-06); er det ukendt, om forløbet er kompliceret, er
    alle tre pligter uafklarede. Hvilken plan der gælder, afhænger af patientens ønske.
    """
    plan = _plan(aftale)
    if kompliceret is False:
        return [], [], [KILDE_UDSKRIVNINGSKONFERENCE], ["KOO-06"]
    if kompliceret is None:
        uafklarede = [
            f"{p}, hvis forløbet er kompliceret" for p in (_KONFERENCE, plan, _HANDLEPLAN)
        ]
        return [], uafklarede, list(_KOMPLICEREDE_KILDER), ["KOO-06"]
    if aftale is None:
        # Hvilken af de to planer kommer an på patientens ønske, som er ukendt.
        return [_KONFERENCE, _HANDLEPLAN], [plan], list(_KOMPLICEREDE_KILDER), []
    return [_KONFERENCE, plan, _HANDLEPLAN], [], list(_KOMPLICEREDE_KILDER), []


def _begrundelse(pligter: list[str], uafklarede: list[str], kompliceret: bool | None) -> list[str]:
    """Begrundelsens sætninger: pligterne, afsnittets rækkevidde (KOO-06) og de uafklarede."""
    if pligter:
        dele = ["Ved afslutning af behandlingen i psykiatrien: " + "; ".join(pligter) + "."]
    elif uafklarede:
        dele = ["Ved afslutning af behandlingen i psykiatrien er ingen pligt afgjort."]
    else:
        dele = ["Ved afslutning af behandlingen i psykiatrien gælder ingen af pligterne."]
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
    return dele


# ------------------------------------------------------------------------------------------ reglen


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
    maalgruppe: Svar = Svar.KAN_IKKE_AFGOERES
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
    aar = valgfri_alder(alder)
    if aar is not None and under_maalgruppen(aar):
        return Udskrivningspligter(
            (),
            (),
            uden_for_tekst(aar, "pligterne ved afslutning af behandlingen"),
            (KILDE_MAALGRUPPE_ALDER,),
            maalgruppe(aar),
        )
    pligter, uafklarede, kilder = _varsling(tilbud)
    k_pligter, k_uafklarede, k_kilder, fortolkninger = _komplicerede_forloeb(kompliceret, aftale)
    pligter += k_pligter
    uafklarede += k_uafklarede
    kilder += k_kilder
    dele = _begrundelse(pligter, uafklarede, kompliceret)
    if aar is not None:
        kilder.append(KILDE_MAALGRUPPE_ALDER)
        if aar == MAALGRUPPE_MINDSTEALDER:
            fortolkninger.append("KOO-08")
            dele.append(ATTEN_AAR_TEKST)
    return Udskrivningspligter(
        tuple(pligter),
        tuple(uafklarede),
        " ".join(dele),
        tuple(kilder),
        maalgruppe(aar),
        tuple(fortolkninger),
    )
