"""Depression: kommunal rehabilitering og regneeksemplet på kommunens udgift (3.250 kr.).

Kilder (afsnit for afsnit, i modulets rækkefølge):

- Målgruppen og forløbet: *Forløbsprogram for mennesker med depression* Kap. 11
  Rehabilitering i kommunerne (målgruppen let og moderat depression, der ikke behandles i
  psykiatrien; den individuelle afklarende samtale; elektronisk henvisning via REF01/XREF15;
  afslutningsnotatet til lægen og sygehuset) og *Opsummering af de nye opgaver*,
  »Rehabiliteringstilbud« (»kommunerne skal stille et rehabiliteringstilbud til rådighed«);
  fortolkningsloggen KOO-07. Målgruppens alder (Kap. 1, KOO-08) kommer fra
  `_depression_grundlag`.
- Regneeksemplet: *Notat om borgergrundlag og kommunale udgifter*, »Regneeksempel på et
  kommunalt rehabiliteringsforløb« (325 kr. pr. time, i alt 3.250 kr. pr. borger); KOO-03.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

import attrs

from forloebsregler._depression_grundlag import (
    ATTEN_AAR_TEKST,
    KAP11,
    KILDE_MAALGRUPPE_ALDER,
    MAALGRUPPE_MINDSTEALDER,
    Svaerhedsgrad,
    alderslaesning,
    uden_for_tekst,
    under_maalgruppen,
    valgfri_alder,
)
from forloebsregler._resultat import DovenResultat, DovenTekst, Resultat
from forloebsregler._tekst import kr, tal
from forloebsregler._valider import (
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
    NOTAT_BORGERGRUNDLAG,
    OPSUMMERING_NYE_OPGAVER,
    Kilde,
)
from forloebsregler.svar import Svar, og

if TYPE_CHECKING:
    from forloebsregler.typer import Beloeb, Heltal, HenviserArg, SvaerhedsgradArg

__all__ = [
    "REGNEEKSEMPEL_ELEMENTER",
    "REGNEEKSEMPEL_TIMEPRIS",
    "Henviser",
    "Rehabiliteringselement",
    "Rehabiliteringsudgift",
    "Rehabiliteringsvurdering",
    "beregn_rehabiliteringsudgift",
    "kommunal_rehabilitering",
]

# ------------------------------------------------------------------------------- Kap. 11: forløbet

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


_HENVISNING = (
    f"elektronisk via MedCom-standarden {HENVISNINGSSTANDARD} "
    f"({KOMMENDE_HENVISNINGSSTANDARD} når den er implementeret), til en afklarende "
    "samtale — ikke direkte til de enkelte tilbud"
)


def _afslutningsnotat_til(fra: Henviser) -> tuple[str, ...]:
    """Kap. 11: altid den praktiserende læge; »Er sygehuset henvisende part«, også sygehuset."""
    if fra is Henviser.SYGEHUS:
        return ("den praktiserende læge", "sygehuset")
    return ("den praktiserende læge",)


# -------------------------------------------------------------------- Kap. 11: målgruppen (KOO-07)

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

    tilbydes: Svar
    foerste_skridt: str
    henvisning: str
    afslutningsnotat_til: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


_ANDRE_MAALGRUPPER = (
    " Kommunen kan dog også lade tilbuddet omfatte andre målgrupper: »De kommunale "
    "rehabiliteringstilbud til mennesker med depression kan også være relevante for andre "
    "målgrupper.« (læsning, se fortolkningsloggen KOO-07)"
)

_FORLOEBETS_KILDER = (
    KILDE_REHAB_MAALGRUPPE,
    KILDE_REHAB_AFKLARENDE,
    KILDE_REHAB_HENVISNING,
    KILDE_REHAB_AFSLUTNINGSNOTAT,
)


def _maalgruppen(
    grad: Svaerhedsgrad, i_psykiatri: bool | None, modtagere: tuple[str, ...]
) -> tuple[str, tuple[Kilde, ...], tuple[str, ...]]:
    """Grundreglen (let og moderat depression, der ikke behandles i psykiatrien) som tekst,
    kilder og læsninger; uden for den målgruppe nævnes kommunens mulighed for andre målgrupper."""
    if grad not in (Svaerhedsgrad.LET, Svaerhedsgrad.MODERAT):
        tekst = (
            f"Ikke i målgruppen for kommunal rehabilitering: {grad.value}; målgruppen er let "
            "og moderat depression, der ikke behandles i psykiatrien." + _ANDRE_MAALGRUPPER
        )
        return tekst, (KILDE_REHAB_ANDRE_MAALGRUPPER, KILDE_REHAB_SKAL_STILLES), ("KOO-07",)
    if i_psykiatri:
        tekst = (
            f"Ikke i målgruppen for kommunal rehabilitering: {grad.value}, men borgeren "
            "behandles i psykiatrien." + _ANDRE_MAALGRUPPER
        )
        return tekst, (KILDE_REHAB_ANDRE_MAALGRUPPER, KILDE_REHAB_SKAL_STILLES), ("KOO-07",)
    if i_psykiatri is None:
        tekst = (
            f"Kan ikke afgøres: {grad.value} er i målgruppen, men det er ukendt, om borgeren "
            "behandles i psykiatrien."
        )
        return tekst, (KILDE_REHAB_SKAL_STILLES,), ()
    tekst = (
        f"Kan tilbydes kommunal rehabilitering: {grad.value}, som ikke behandles i "
        "psykiatrien, er i den målgruppe, kommunen skal stille et rehabiliteringstilbud til "
        "rådighed for (læsning af »kan tilbydes« og »skal stille«, se fortolkningsloggen "
        "KOO-07). Forløbet indledes med en individuel afklarende samtale, og "
        f"afslutningsnotatet sendes til {' og '.join(modtagere)}."
    )
    return tekst, (KILDE_REHAB_KAN_TILBYDES, KILDE_REHAB_SKAL_STILLES), ("KOO-07",)


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
    aar = valgfri_alder(alder)
    # Henvisningsformatet beskrives, men kontrolleres ikke; se fortolkningsloggen
    # »Henvisning: »skal« og »bør««.
    modtagere = _afslutningsnotat_til(fra)
    if aar is not None and under_maalgruppen(aar):
        svar = Svar.UDEN_FOR_MAALGRUPPEN
        tekst = uden_for_tekst(aar, "kommunal rehabilitering")
        kilder: tuple[Kilde, ...] = (KILDE_MAALGRUPPE_ALDER, KILDE_REHAB_MAALGRUPPE)
        fortolkninger: tuple[str, ...] = ()
    else:
        let_eller_moderat = grad in (Svaerhedsgrad.LET, Svaerhedsgrad.MODERAT)
        svar = og(let_eller_moderat, None if i_psykiatri is None else not i_psykiatri)
        tekst, flere, fortolkninger = _maalgruppen(grad, i_psykiatri, modtagere)
        kilder = (*_FORLOEBETS_KILDER, *flere)
        if aar is not None:
            kilder += (KILDE_MAALGRUPPE_ALDER,)
            fortolkninger += alderslaesning(aar)
            if aar == MAALGRUPPE_MINDSTEALDER:
                tekst += " " + ATTEN_AAR_TEKST
    return Rehabiliteringsvurdering(
        tilbydes=svar,
        foerste_skridt="individuel afklarende samtale",
        henvisning=_HENVISNING,
        afslutningsnotat_til=modtagere,
        begrundelse=tekst,
        kilder=kilder,
        fortolkninger=fortolkninger,
    )


# ------------------------------------------------------------------------- regneeksemplet (KOO-03)

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


@attrs.frozen(repr=False)
class Rehabiliteringsudgift(DovenResultat):
    """Kommunens udgift pr. borger til et rehabiliteringsforløb.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    timepris: Decimal
    linjer: tuple[Udgiftslinje, ...]
    i_alt_pr_borger: Decimal
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]


def _elementliste(elementer: object) -> list[Rehabiliteringselement]:
    """`elementer` som liste; en ikke-samling, en tom samling eller et fremmed element afvises."""
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
    for i, e in enumerate(liste):
        if not isinstance(e, Rehabiliteringselement):
            raise UgyldigTypeFejl(
                f"elementer[{i}]: fik {vis(e)}; accepterer et Rehabiliteringselement"
            )
    return liste


def _udgiftslinje(e: Rehabiliteringselement, pris: Decimal) -> Udgiftslinje:
    """Notatets tabel: fagpersoner × timer pr. fagperson × timepris / deltagere (halvt op
    til øre)."""
    udgift = (e.sundhedsprofessionelle * e.timer_pr_medarbejder * pris / e.deltagere).quantize(
        Decimal("0.01"), ROUND_HALF_UP
    )
    return Udgiftslinje(e, udgift)


def _timepris_tekst(pris: Decimal) -> str:
    """Timeprisen som beløb; har den brøkdele af øre, vises den, som den er (ikke afrundet)."""
    return kr(pris) if pris == pris.quantize(Decimal("0.01")) else f"{tal(pris)} kr."


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
    linjer = tuple(_udgiftslinje(e, pris) for e in _elementliste(elementer))
    i_alt = sum((linje.udgift_pr_borger for linje in linjer), Decimal("0.00"))
    return Rehabiliteringsudgift(
        pris,
        linjer,
        i_alt,
        DovenTekst(lambda: _udgiftstekst(pris, linjer, i_alt)),
        (KILDE_REGNEEKSEMPEL, KILDE_REGNEEKSEMPEL_TEKST, KILDE_REGNEEKSEMPEL_KUN_EKSEMPEL),
    )


def _udgiftstekst(pris: Decimal, linjer: tuple[Udgiftslinje, ...], i_alt: Decimal) -> str:
    """Begrundelsen for `beregn_rehabiliteringsudgift` (skrives, når den læses)."""
    dele = " + ".join(f"{kr(linje.udgift_pr_borger)} ({linje.element.navn})" for linje in linjer)
    return (
        f"Udgift pr. borger ved {_timepris_tekst(pris)} pr. time: {dele} = {kr(i_alt)} Hver "
        "linje er fagpersoner × timer pr. fagperson × timepris delt på deltagerne."
    )
