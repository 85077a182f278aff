"""Depression: alkohol og rygestop i kommunen.

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 11
Rehabilitering i kommunerne (med henvisningen i Kap. 4 Tidlig opsporing hos risikogrupper):

- Alkohol: storforbrug (over 14/21 genstande pr. uge for kvinder/mænd), skadeligt forbrug
  (skade uden afhængighed, DEP-09) og afhængighed; den forebyggende samtale om alkohol udelukker
  ingen, og afhængighed peger mod alkoholbehandling (Sundhedsloven § 141; DEP-11).
- Rygestop: advarslen om timing står altid i svaret; patienter med depression kan deltage
  mere end én gang; ophørt inden for 6 måneder støttes i fortsat rygeophør; afslutningsnotat
  kræver samtykke.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from forloebsregler._depression_grundlag import (
    FORTOLKNING_TIDSGRAENSER,
    GRAENSE_LAESNING,
    KAP4,
    KAP11,
    Regelsvar,
    flyt_dato,
    valgfri_dato,
)
from forloebsregler._resultat import Resultat
from forloebsregler._tekst import tal
from forloebsregler._valider import (
    kraev_dato,
    kraev_decimal,
    kraev_enum,
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import PeriodeFejl, UgyldigTypeFejl
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
    Kilde,
)
from forloebsregler.svar import Svar, og

if TYPE_CHECKING:
    from forloebsregler.typer import KoenArg

__all__ = [
    "ALKOHOL_HOEJRISIKOGRAENSE",
    "Alkoholkategori",
    "Alkoholvurdering",
    "Koen",
    "rygestop",
    "vurder_alkohol",
]

# --------------------------------------------------------------------------- alkohol


class Koen(Enum):
    """Køn, som højrisikogrænsen for alkohol skelner efter."""

    KVINDE = "kvinde"
    MAND = "mand"


ALKOHOL_HOEJRISIKOGRAENSE: Mapping[Koen, int] = MappingProxyType({Koen.KVINDE: 14, Koen.MAND: 21})
"""Kap. 11: storforbrug er over 14/21 genstande pr. uge for kvinder/mænd."""


class Alkoholkategori(Enum):
    """De tre begreber i Kap. 11's boks om alkoholoverforbrug."""

    STORFORBRUG = "Storforbrug af alkohol"
    SKADELIGT_ALKOHOLFORBRUG = "Skadeligt alkoholforbrug"
    ALKOHOLAFHAENGIGHED = "Alkoholafhængighed"


KILDE_HOEJRISIKO = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Der er tale om et storforbrug, når forbruget ligger over Sundhedsstyrelsens "
    "højrisikogrænse for alkohol (alkoholforbrug over 14/21 genstande pr. uge for henholdsvis "
    "kvinder og mænd).",
)
KILDE_SKADELIGT = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Skadeligt alkoholforbrug defineres som et forbrug, der har medført helbredsskade eller "
    "social skade, og hvor borgeren ikke opfylder de diagnostiske kriterier for "
    "alkoholafhængighed.",
)
KILDE_AFHAENGIGHED = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11, "Alkoholafhængighed er en kombination af fysiologiske, holdningsmæssige og kognitive"
)
KILDE_FOREBYGGENDE_SAMTALE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Det bør afdækkes, om patientens alkoholforbrug ligger over højrisikogrænsen, uden at "
    "vedkommende har udviklet alkoholafhængighed.",
)
KILDE_INDIVIDUELT = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Sundhedsstyrelsen anbefaler, at den forebyggende samtale om alkohol bør foregå individuelt",
)
KILDE_ALKOHOLBEHANDLING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Alkoholbehandling er en Sundhedslovsydelse (Sundhedsloven § 141) og kan foregå anonymt, "
    "hvis borger ønsker dette.",
)


FORTOLKNING_ALKOHOL = "DEP-11"
"""Fortolkningsloggen: hvem den forebyggende samtale om alkohol er for, og alkoholbehandling."""
FORTOLKNING_SKADELIGT = "DEP-09"
"""Fortolkningsloggen: skadeligt alkoholforbrug kræver, at afhængighed er udelukket."""

KILDE_ALKOHOL_ANBEFALING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Derfor anbefaler Sundhedsstyrelsen, at kommunerne tilbyder forebyggende samtale om alkohol",
)
KILDE_ALKOHOL_INDSATS = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Typen af alkoholoverforbrug har betydning for, hvilken indsats der er den rette at tilbyde "
    "borgere med alkoholoverforbrug.",
)
KILDE_ALKOHOL_KAP4 = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP4,
    "Se nærmere om forebyggende samtale om alkohol og alkoholbehandling under kapitel 11.",
)
KILDE_ALKOHOLBEHANDLING_MISBRUG = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "ses alkoholbehandlingen ofte sammenkoblet med Kommunernes misbrugsområde.",
)


_ALKOHOLKILDER = (
    KILDE_ALKOHOL_ANBEFALING,
    KILDE_FOREBYGGENDE_SAMTALE,
    KILDE_ALKOHOL_INDSATS,
    KILDE_HOEJRISIKO,
    KILDE_SKADELIGT,
    KILDE_AFHAENGIGHED,
    KILDE_INDIVIDUELT,
    KILDE_ALKOHOLBEHANDLING,
    KILDE_ALKOHOLBEHANDLING_MISBRUG,
    KILDE_ALKOHOL_KAP4,
)


@attrs.frozen
class Alkoholvurdering(Resultat):
    """Alkoholkategorierne, den forebyggende samtale og alkoholbehandlingen.

    `forebyggende_samtale` er anbefalingen af kommunens forebyggende samtale om alkohol til
    patienten (Kap. 11 nævner ingen, der er udelukket). `alkoholbehandling` er OPFYLDT, når
    programmet peger borgeren mod alkoholbehandling (ved alkoholafhængighed, DEP-11),
    IKKE_OPFYLDT uden afhængighed og KAN_IKKE_AFGOERES, når afhængigheden er ukendt.
    """

    genstande_pr_uge: Decimal
    hoejrisikograense: int
    over_hoejrisikograensen: bool
    kategorier: tuple[Alkoholkategori, ...]
    forebyggende_samtale: Svar
    alkoholbehandling: Svar
    regler: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def vurder_alkohol(
    genstande_pr_uge: Decimal | int | str,
    koen: KoenArg,
    *,
    helbreds_eller_social_skade: bool | None = None,
    alkoholafhaengighed: bool | None = None,
) -> Alkoholvurdering:
    """Alkohol (Kap. 4 og 11).

    - Storforbrug: over højrisikogrænsen, 14 genstande/uge for kvinder og 21 for mænd.
    - Skadeligt forbrug: har medført helbredsskade eller social skade uden afhængighed.
    - Alkoholafhængighed: efter ICD-10 (en klinisk vurdering; gives som input).
    - Sundhedsstyrelsen anbefaler, at kommunerne tilbyder den forebyggende samtale om alkohol;
      den foregår individuelt, og i den afdækkes, om forbruget ligger over højrisikogrænsen
      uden afhængighed. Kilden udelukker ingen patient fra samtalen (DEP-11).
    - Alkoholbehandling er en ydelse efter Sundhedsloven § 141, kan foregå anonymt og er ofte
      sammenkoblet med kommunens misbrugsområde; »typen af alkoholoverforbrug« afgør indsatsen,
      og alkoholafhængighed peger mod behandlingen (læsning, DEP-11).
    """
    antal = kraev_decimal(genstande_pr_uge, "genstande_pr_uge", min_vaerdi=0)
    k = kraev_enum(Koen, koen, "koen")
    skade = kraev_valgfri_bool(helbreds_eller_social_skade, "helbreds_eller_social_skade")
    afhaengig = kraev_valgfri_bool(alkoholafhaengighed, "alkoholafhaengighed")
    graense = ALKOHOL_HOEJRISIKOGRAENSE[k]
    over = antal > graense  # »over 14/21«; se fortolkningsloggen DEP-08
    kategorier = _alkoholkategorier(over, skade, afhaengig)
    behandling = og(afhaengig)
    navne = _kategoritekst(kategorier, skade, afhaengig)
    tekst = (
        f"{tal(antal)} genstande pr. uge for en {k.value} er {'over' if over else 'ikke over'} "
        f"højrisikogrænsen på {graense} ({navne}). "
    )
    samtale, fortolkninger = _forebyggende_samtale_tekst(over, afhaengig)
    return Alkoholvurdering(
        antal,
        graense,
        over,
        kategorier,
        Svar.OPFYLDT,
        behandling,
        _alkoholregler(afhaengig),
        tekst + samtale + _alkoholbehandling_tekst(behandling),
        _ALKOHOLKILDER,
        fortolkninger,
    )


def _alkoholkategorier(
    over: bool, skade: bool | None, afhaengig: bool | None
) -> tuple[Alkoholkategori, ...]:
    """Kap. 11's boks: storforbrug over højrisikogrænsen; skadeligt forbrug er skade uden
    afhængighed (afhængigheden skal være udelukket, se fortolkningsloggen DEP-09);
    alkoholafhængighed er en klinisk vurdering."""
    kategorier: list[Alkoholkategori] = []
    if over:
        kategorier.append(Alkoholkategori.STORFORBRUG)
    if skade and afhaengig is False:
        kategorier.append(Alkoholkategori.SKADELIGT_ALKOHOLFORBRUG)
    if afhaengig:
        kategorier.append(Alkoholkategori.ALKOHOLAFHAENGIGHED)
    return tuple(kategorier)


def _kategoritekst(
    kategorier: tuple[Alkoholkategori, ...], skade: bool | None, afhaengig: bool | None
) -> str:
    """Kategorierne i begrundelsen: de fastslåede, og hvad der ikke kan afgøres, når skade
    eller afhængighed er ukendt (»ingen af de tre kategorier« kun, når alt er kendt)."""
    fastslaaet = ", ".join(c.value.lower() for c in kategorier)
    if skade and afhaengig is None:  # skade: skadeligt forbrug uden afhængighed, ellers den
        uvis = (
            "enten skadeligt alkoholforbrug eller alkoholafhængighed; afhængigheden er ikke "
            "vurderet"
        )
    elif afhaengig is None:
        uvis = "om der er skadeligt alkoholforbrug eller alkoholafhængighed, kan ikke afgøres"
        if skade is False:
            uvis = "om der er alkoholafhængighed, kan ikke afgøres"
    elif skade is None and afhaengig is False:
        uvis = "om der er skadeligt alkoholforbrug, kan ikke afgøres"
    else:
        return fastslaaet or "ingen af de tre kategorier"
    return f"{fastslaaet}; {uvis}" if fastslaaet else uvis


def _alkoholregler(afhaengig: bool | None) -> tuple[str, ...]:
    """De regler, Kap. 11 giver om samtalen og alkoholbehandlingen."""
    samtale = (
        "kommunen tilbyder den forebyggende samtale om alkohol (Sundhedsstyrelsens anbefaling)",
        "den forebyggende samtale om alkohol foregår individuelt",
        "i samtalen afdækkes, om forbruget ligger over højrisikogrænsen uden afhængighed",
    )
    if afhaengig:
        return (
            *samtale,
            "alkoholbehandling: en ydelse efter Sundhedsloven § 141, kan foregå anonymt, ofte "
            "sammenkoblet med kommunens misbrugsområde",
        )
    return (
        *samtale,
        "alkoholbehandling er en ydelse efter Sundhedsloven § 141 og kan foregå anonymt",
    )


def _forebyggende_samtale_tekst(over: bool, afhaengig: bool | None) -> tuple[str, tuple[str, ...]]:
    """Den forebyggende samtale anbefales altid; kilden udelukker ingen (DEP-11), og over
    højrisikogrænsen uden afhængighed er netop det, samtalen skal afdække."""
    tekst = (
        "Den forebyggende samtale om alkohol anbefales (individuelt); kilden udelukker ingen "
        "patient fra den"
    )
    if over and afhaengig is False:
        tekst += ", og forbruget er netop det, samtalen skal afdække: over højrisikogrænsen uden "
        return tekst + "afhængighed.", ()
    return (
        tekst + f" (læsning, se fortolkningsloggen {FORTOLKNING_ALKOHOL}).",
        (FORTOLKNING_ALKOHOL,),
    )


def _alkoholbehandling_tekst(behandling: Svar) -> str:
    """Alkoholafhængighed peger mod alkoholbehandling (læsning, DEP-11)."""
    if behandling is Svar.OPFYLDT:
        return (
            " Ved alkoholafhængighed peger programmet mod alkoholbehandling (Sundhedsloven § 141, "
            "kan foregå anonymt, ofte i kommunens misbrugsområde)."
        )
    if behandling is Svar.KAN_IKKE_AFGOERES:
        return (
            " Om programmet peger mod alkoholbehandling, kan ikke afgøres: det er ukendt, om der "
            "er alkoholafhængighed."
        )
    return (
        " Uden alkoholafhængighed peger programmet ikke særskilt mod alkoholbehandling, men "
        "den er en ydelse efter Sundhedsloven § 141."
    )


# --------------------------------------------------------------------------- rygestop

RYGEOPHOER_STOETTE_MAANEDER = 6

KILDE_RYGESTOP_TIMING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Imidlertid er det også velbeskrevet, at rygeophør kan fremprovokere depression31. Det "
    "kræver derfor en særlig opmærksomhed på timingen af evt. rygestop.",
)
RYGESTOP_ADVARSEL = (
    "rygeophør kan fremprovokere depression; timingen af et evt. rygestop kræver derfor "
    "særlig opmærksomhed"
)
"""Kap. 11's advarsel, som altid er en del af svaret om rygestop."""

KILDE_RYGESTOP_GENTAGET = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Det anbefales derfor, at patienter med depression kan deltage på kommunens "
    "rygestoptilbud mere end én gang.",
)
KILDE_RYGESTOP_6_MAANEDER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Patienter som er ophørt med at ryge inden for de sidste 6 måneder støttes i fortsat rygeophør",
)


def _fortsat_rygeophoer(ophoer: date | None, seks_foer: date | None) -> tuple[str, ...]:
    """Passagen ovenfor: ophørt inden for de sidste 6 måneder (grænsedagen med, DEP-08)."""
    if ophoer is not None and seks_foer is not None and ophoer >= seks_foer:
        return ("støttes i fortsat rygeophør (ophørt inden for de sidste 6 måneder)",)
    return ()


KILDE_RYGESTOP_SELV = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Patienten kan selv henvende sig til kommunen med henblik på at deltage i et rygestoptilbud.",
)
KILDE_RYGESTOP_NOTAT = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP11,
    "Efter et afsluttet rygestopforløb anbefales det, at kommunen sender et kort "
    "afslutningsnotat til patientens praktiserende læge for at understøtte lægens "
    "tovholderrolle. Patienten skal give samtykke til dette.",
)


_RYGESTOPKILDER = (
    KILDE_RYGESTOP_TIMING,
    KILDE_RYGESTOP_GENTAGET,
    KILDE_RYGESTOP_6_MAANEDER,
    KILDE_RYGESTOP_SELV,
    KILDE_RYGESTOP_NOTAT,
)


def _afslutningsnotat(samtykke: bool | None) -> str:
    """Passagen ovenfor: afslutningsnotat til egen læge anbefales og kræver samtykke."""
    if samtykke is True:
        return "afslutningsnotat til egen læge anbefales (samtykke givet)"
    if samtykke is False:
        return "intet afslutningsnotat til egen læge: patienten har ikke givet samtykke"
    return "afslutningsnotat til egen læge kræver patientens samtykke (ukendt)"


def rygestop(
    *,
    dato: date | str,
    rygeophoer: date | str | None = None,
    tidligere_deltaget: bool = False,
    samtykke_til_afslutningsnotat: bool | None = None,
) -> Regelsvar:
    """Rygestop i kommunen (Kap. 11).

    - Advarslen står altid i svaret (første regel og begrundelsen): rygeophør kan
      fremprovokere depression, så timingen af et evt. rygestop kræver særlig opmærksomhed.
    - Patienter med depression kan deltage mere end én gang (`tidligere_deltaget` udelukker
      ikke).
    - Den, der er holdt op inden for de sidste 6 måneder (`rygeophoer`), støttes i fortsat
      rygeophør.
    - Patienten kan selv henvende sig.
    - Afslutningsnotat til egen læge anbefales og kræver patientens samtykke.

    `svar` er OPFYLDT, når patienten kan deltage (altid — også ved tidligere deltagelse).
    """
    d = kraev_dato(dato, "dato")
    ophoer = valgfri_dato(rygeophoer, "rygeophoer")
    if ophoer is not None and ophoer > d:
        raise PeriodeFejl(
            f"rygeophoer: fik {ophoer.isoformat()}, som er efter dato {d.isoformat()}"
        )
    if not isinstance(tidligere_deltaget, bool):
        raise UgyldigTypeFejl(
            f"tidligere_deltaget: fik {vis(tidligere_deltaget)}; accepterer True eller False"
        )
    samtykke = kraev_valgfri_bool(samtykke_til_afslutningsnotat, "samtykke_til_afslutningsnotat")
    deltagelse = "kan deltage i kommunens rygestoptilbud"
    if tidligere_deltaget:
        deltagelse += " igen (mere end én gang)"
    seks_foer = (
        None if ophoer is None else flyt_dato(d, "dato", maaneder=-RYGEOPHOER_STOETTE_MAANEDER)
    )
    regler = (
        RYGESTOP_ADVARSEL,
        deltagelse,
        "kan selv henvende sig til kommunen",
        *_fortsat_rygeophoer(ophoer, seks_foer),
        _afslutningsnotat(samtykke),
    )
    tekst = "Rygestop: " + "; ".join(regler[1:]) + ". Bemærk: " + RYGESTOP_ADVARSEL + "."
    fortolkninger: tuple[str, ...] = ()
    if ophoer is not None and ophoer == seks_foer:
        tekst += (
            f" Rygeophør på grænsedagen er regnet som inden for 6 måneder ({GRAENSE_LAESNING})."
        )
        fortolkninger = (FORTOLKNING_TIDSGRAENSER,)
    return Regelsvar(
        Svar.OPFYLDT,
        regler,
        tekst,
        _RYGESTOPKILDER,
        fortolkninger,
    )
