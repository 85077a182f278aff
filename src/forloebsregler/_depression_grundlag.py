"""Fælles byggesten for depressionsreglerne (privat modul; depressionens bund, ikke et regelmodul).

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark). Her står kun det,
flere af depressionsmodulerne bruger, og som ikke selv er en regel med eget svar:

- kapitlernes navne (`KAP1` … `KAP11`) til kilderne;
- symptomerne og deres kilder (Kap. 5), sværhedsgraderne og de to læsninger af Kap. 5's tal
  (`Fortolkning`, DEP-01), den anden læsning (`anden_laesning`) og valideringen af samlinger
  af symptomer og faktorer (`maengde`); de offentlige navne genudsendes af `svaerhedsgrad`;
- `Regelsvar`, svaret fra programmets mindre regler (genudsendt af `maalgruppe`);
- målgruppens alder (Kap. 1, genudsendt af `maalgruppe`) og de fælles tekster for en person
  under 18 år (DEP-06) og en 18-årig (DEP-04);
- datoregning og grænsedagens læsning (DEP-08) for apoteket, Fast Track og rygestop;
- målgruppens alder for kontaktperson, rehabilitering og udskrivning, der tager en valgfri
  `alder` (Kap. 1 »over 18 år« læst som 18 år og derover, KOO-08).

Regelmodulerne (`svaerhedsgrad`, `kompleksitet`, `stratificeringsmodel`, `stratificering`,
`diagnose`, `maalgruppe`, `behandling`, `psykiatri`, `apotek`, `sygefravaer`, `livsstil`,
`screening`, `koordinator`, `samtykke`, `rehabilitering`, `udskrivning`) importerer herfra og
aldrig hinandens private navne.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import Any, TypeVar

import attrs
from dateutil.relativedelta import relativedelta

from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_dato, kraev_enum, kraev_enum_maengde, kraev_heltal, vis
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import FORLOEBSPROGRAM_DEPRESSION, Kilde
from forloebsregler.svar import Svar

__all__ = [
    "MINDSTEALDER",
    "Afgoerelse",
    "Fortolkning",
    "Kernesymptom",
    "Ledsagesymptom",
    "Regelsvar",
    "Svaerhedsgrad",
]

KAP1 = "Kap. 1 Målgruppen for forløbsprogrammet"
KAP2_SAMMENFATNING = "Kap. 2 Sammenfatning"
KAP4 = "Kap. 4 Tidlig opsporing hos risikogrupper"
KAP5 = "Kap. 5 Stratificering"
KAP6 = "Kap. 6 Udredning og diagnosticering"
KAP7 = "Kap. 7 Behandling og opfølgning"
KAP8 = "Kap. 8 Løbende koordinering"
KAP9 = "Kap. 9 Arbejdsmarkedsindsats"
KAP11 = "Kap. 11 Rehabilitering i kommunerne"

KILDE_KERNESYMPTOMER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5, "Kernesymptomerne på depression jf. ICD-10: Nedtrykthed (depressivt stemningsleje)"
)
KILDE_LEDSAGESYMPTOMER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5, "Ledsagesymptomer ved depression jf. ICD 10: Nedsat selvtillid eller selvfølelse"
)


class Kernesymptom(Enum):
    """De tre kernesymptomer på depression, som Kap. 5 opregner dem (»jf. ICD-10«)."""

    NEDTRYKTHED = "Nedtrykthed (depressivt stemningsleje)"
    NEDSAT_LYST_ELLER_INTERESSE = "Nedsat lyst eller interesse"
    NEDSAT_ENERGI_ELLER_OEGET_TRAETHED = "Nedsat energi eller øget træthed"


class Ledsagesymptom(Enum):
    """De syv ledsagesymptomer ved depression, som Kap. 5 opregner dem (»jf. ICD 10«)."""

    NEDSAT_SELVTILLID_ELLER_SELVFOELELSE = "Nedsat selvtillid eller selvfølelse"
    SELVBEBREJDELSER_ELLER_SKYLDFOELELSE = "Selvbebrejdelser eller skyldfølelse"
    TANKER_OM_DOED_ELLER_SELVMORD = "Tanker om død eller selvmord"
    TAENKE_ELLER_KONCENTRATIONSBESVAER = "Tænke- eller koncentrationsbesvær"
    AGITATION_ELLER_HAEMNING = "Agitation eller hæmning"
    SOEVNFORSTYRRELSER = "Søvnforstyrrelser"
    APPETIT_ELLER_VAEGTAENDRING = "Appetit- eller vægtændring"


class Svaerhedsgrad(Enum):
    """Depressionens sværhedsgrad (Kap. 5). `INGEN`: kriterierne for let depression er ikke mødt.

    Medlemmerne kan sammenlignes med `<`, `>=` osv. i rækkefølgen INGEN < LET < MODERAT < SVAER.
    """

    INGEN = "ingen depression"
    LET = "let depression"
    MODERAT = "moderat depression"
    SVAER = "svær depression"

    @property
    def rang(self) -> int:
        """0 for INGEN, 1 for LET, 2 for MODERAT, 3 for SVAER."""
        return _RANG[self]

    def _rang_af(self, andet: object) -> int:
        if not isinstance(andet, Svaerhedsgrad):
            raise UgyldigTypeFejl(
                f"andet: fik {vis(andet)}; accepterer kun en Svaerhedsgrad at sammenligne med"
            )
        return _RANG[andet]

    def __lt__(self, andet: object) -> bool:
        return _RANG[self] < self._rang_af(andet)

    def __le__(self, andet: object) -> bool:
        return _RANG[self] <= self._rang_af(andet)

    def __gt__(self, andet: object) -> bool:
        return _RANG[self] > self._rang_af(andet)

    def __ge__(self, andet: object) -> bool:
        return _RANG[self] >= self._rang_af(andet)


_RANG = {g: i for i, g in enumerate(Svaerhedsgrad)}


class Fortolkning(Enum):
    """Hvordan Kap. 5's tællinger af symptomer læses (fortolkningsloggen DEP-01).

    - `ICD10` (standard): WHO's ICD-10-forskningskriterier, som Kap. 5 henviser til (»jf.
      ICD-10«): mindst 2/2/3 kernesymptomer og i alt mindst 4/6/8 symptomer for let/moderat/svær.
    - `BOGSTAVELIG`: Kap. 5's tal som minimum for hver slags: 2+2, 2+4 og 3+5.
    """

    ICD10 = "ICD-10-læsningen"
    BOGSTAVELIG = "den bogstavelige læsning af Kap. 5"


def anden_laesning(fortolkning: Fortolkning) -> Fortolkning:
    """Den anden læsning end `fortolkning` (DEP-01)."""
    return Fortolkning.BOGSTAVELIG if fortolkning is Fortolkning.ICD10 else Fortolkning.ICD10


Afgoerelse = Svar
"""Depressionsreglernes svar: det fælles `forloebsregler.svar.Svar` (gammelt navn)."""


def tekst_ja_nej(vaerdi: bool | None) -> str:
    """'ja', 'nej' eller 'ukendt' til begrundelser."""
    return "ukendt" if vaerdi is None else ("ja" if vaerdi else "nej")


ALLE_KILDER: tuple[Kilde, ...] = (KILDE_KERNESYMPTOMER, KILDE_LEDSAGESYMPTOMER)


@attrs.frozen
class Regelsvar(Resultat):
    """Et regelsvar i tre tilstande (eller uden for målgruppen) med de regler, der følger,
    deres kilder og de læsninger i fortolkningsloggen, svaret hviler på."""

    svar: Svar
    regler: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


# --------------------------------------------------------------------------- målgruppen (Kap. 1)

MINDSTEALDER = 18
"""Målgruppen: »alle syddanske borgere over 18 år« (læst som 18 år og derover, DEP-04)."""

FORTOLKNING_OVER_18 = "DEP-04"
"""Fortolkningsloggen: »over 18 år« læst som 18 år og derover."""
FORTOLKNING_UNDER_18 = "DEP-06"
"""Fortolkningsloggen: under 18 år er uden for målgruppen (ikke et nej)."""

KILDE_MAALGRUPPE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP1,
    "Målgruppen for forløbsprogrammet er alle syddanske borgere over 18 år, som har eller er i "
    "risiko for at udvikle unipolar depression af let, moderat eller svær grad.",
)


def kraev_alder(alder: object) -> int:
    """Alderen i hele år (0–130)."""
    return kraev_heltal(alder, "alder", min_vaerdi=0, maks_vaerdi=130)


def uden_for_maalgruppen(a: int, regel: str | None) -> str:
    """Begrundelsen, når en person under 18 år spørger til en af programmets regler."""
    gaelder = "programmets regler gælder" if regel is None else f"reglen om {regel} gælder"
    return (
        f"{a} år: uden for forløbsprogrammets målgruppe, som er »alle syddanske borgere over 18 "
        f"år«; {gaelder} derfor ikke for personen, og svaret er hverken ja eller nej (se "
        f"fortolkningsloggen {FORTOLKNING_UNDER_18})."
    )


def atten_tekst(a: int) -> str:
    """Tilføjelsen til en begrundelse for en 18-årig: »over 18 år« er en læsning."""
    if a != MINDSTEALDER:
        return ""
    return (
        " »Over 18 år« er læst som 18 år og derover; ordret ville en 18-årig være uden for "
        f"målgruppen (læsning, se fortolkningsloggen {FORTOLKNING_OVER_18})."
    )


def atten_ids(a: int) -> tuple[str, ...]:
    """Fortolkningsloggens ID for en 18-årig (DEP-04), ellers ingen."""
    return (FORTOLKNING_OVER_18,) if a == MINDSTEALDER else ()


# --------------------------------------------------------------------------- datoer og grænsedage

FORTOLKNING_TIDSGRAENSER = "DEP-08"
"""Fortolkningsloggen: om grænsedagen tæller med."""
GRAENSE_LAESNING = f"læsning, se fortolkningsloggen {FORTOLKNING_TIDSGRAENSER}"


def flyt_dato(d: date, navn: str, *, maaneder: int = 0, dage: int = 0) -> date:
    """`d` flyttet et antal kalendermåneder og dage; uden for kalenderen er en fejl."""
    try:
        return d + relativedelta(months=maaneder, days=dage)
    except (OverflowError, ValueError):
        raise UgyldigVaerdiFejl(
            f"{navn}: {d.isoformat()} ligger for tæt på kalenderens grænse til at regne "
            f"{maaneder} måneder og {dage} dage fra"
        ) from None


def valgfri_dato(vaerdi: object, navn: str) -> date | None:
    """En dato, eller None (ikke oplyst)."""
    return None if vaerdi is None else kraev_dato(vaerdi, navn)


# --------------------------------------------------------------------------- samlinger af enums

E = TypeVar("E", bound=Enum)

_NAVNEOPSLAG: dict[type[Enum], dict[str, Any]] = {}


def maengde(
    enum_cls: type[E], vaerdier: object, navn: str, forkert: type[Enum] | None
) -> frozenset[E]:
    """En samling af `enum_cls` (medlemmer eller navne) som frozenset, gennemløbet én gang.

    Præcise navne slås op i en tabel; alt andet går gennem `kraev_enum` (store/små bogstaver,
    værdier, fejlbeskeder). Et medlem eller navn fra `forkert` giver en tydelig fejl.
    """
    if isinstance(vaerdier, str | bytes | dict) or not isinstance(vaerdier, Iterable):
        return kraev_enum_maengde(enum_cls, vaerdier, navn)  # giver den rette fejl
    try:
        elementer = list(vaerdier)
    except Exception as fejl:  # en fremmed samling, der fejler under gennemløbning
        raise UgyldigTypeFejl(f"{navn}: kunne ikke gennemløbe {vis(vaerdier)}") from fejl
    opslag = _NAVNEOPSLAG.get(enum_cls)
    if opslag is None:
        opslag = _NAVNEOPSLAG[enum_cls] = {m.name: m for m in enum_cls}
    ud: set[E] = set()
    for i, v in enumerate(elementer):
        if type(v) is enum_cls:
            ud.add(v)
        elif type(v) is str and v in opslag:
            ud.add(opslag[v])
        else:
            if forkert is not None:
                afvis_forbytning(v, f"{navn}[{i}]", enum_cls, forkert)
            ud.add(kraev_enum(enum_cls, v, f"{navn}[{i}]"))
    return frozenset(ud)


def afvis_forbytning(v: object, navn: str, rigtig: type[Enum], forkert: type[Enum]) -> None:
    """En tydelig fejl, når et symptom er givet i den forkerte liste."""
    medlem: Enum | None = v if isinstance(v, forkert) else None
    if isinstance(v, str):
        try:
            medlem = kraev_enum(forkert, v, navn)
        except ForloebsreglerFejl:
            medlem = None
    if medlem is not None:
        raise UgyldigVaerdiFejl(
            f"{navn}: {medlem.name} er et {forkert.__name__} og hører ikke til "
            f"{navn.split('[')[0]}; accepterer kun {rigtig.__name__} eller dets navn"
        )


def kraev_fortolkning(vaerdi: object) -> Fortolkning:
    """`fortolkning`-argumentet som `Fortolkning` (medlem eller navn)."""
    if type(vaerdi) is Fortolkning:
        return vaerdi
    return kraev_enum(Fortolkning, vaerdi, "fortolkning")


# --- Målgruppens alder for kontaktperson, rehabilitering og udskrivning (Kap. 1, KOO-08) ---
# Reglerne i `koordinator`, `rehabilitering` og `udskrivning` tager en valgfri `alder`: under
# 18 år er borgeren uden for målgruppen (`Svar.UDEN_FOR_MAALGRUPPEN`); en ukendt alder (`None`)
# ændrer intet i reglerne.

MAALGRUPPE_MINDSTEALDER = MINDSTEALDER
"""Samme alder, som kontaktperson-, rehabiliterings- og udskrivningsreglerne nævner under
fortolkningsloggen KOO-08 (samme læsning som DEP-04)."""

KILDE_MAALGRUPPE_ALDER = KILDE_MAALGRUPPE

MAKS_ALDER = 130

ATTEN_AAR_TEKST = (
    "En 18-årig er i programmets målgruppe »over 18 år«, læst som 18 år og derover "
    "(læsning, se fortolkningsloggen KOO-08)."
)
"""Tilføjelsen til begrundelsen, når alderen er netop 18 år (KOO-08)."""


def valgfri_alder(alder: object) -> int | None:
    """`None` (alderen er ikke oplyst) eller et helt antal år 0–130."""
    if alder is None:
        return None
    return kraev_heltal(alder, "alder", min_vaerdi=0, maks_vaerdi=MAKS_ALDER)


def under_maalgruppen(alder: int | None) -> bool:
    """Sand for en kendt alder under 18 år."""
    return alder is not None and alder < MAALGRUPPE_MINDSTEALDER


def maalgruppe(alder: int | None) -> Svar:
    """Målgruppen efter alderen: ukendt alder giver KAN_IKKE_AFGOERES."""
    if alder is None:
        return Svar.KAN_IKKE_AFGOERES
    return Svar.UDEN_FOR_MAALGRUPPEN if alder < MAALGRUPPE_MINDSTEALDER else Svar.OPFYLDT


def alderslaesning(alder: int | None) -> tuple[str, ...]:
    """KOO-08 bæres kun, når læsningen af »over 18 år« afgør svaret (alder 18)."""
    return ("KOO-08",) if alder == MAALGRUPPE_MINDSTEALDER else ()


def uden_for_tekst(alder: int, hvad: str) -> str:
    """Begrundelsen for en borger under 18 år: programmet siger intet om `hvad`."""
    return (
        f"Uden for målgruppen: borgeren er {alder} år, og forløbsprogrammets målgruppe er "
        f"»alle syddanske borgere over 18 år«; programmet siger derfor intet om {hvad} for "
        "borgeren."
    )
