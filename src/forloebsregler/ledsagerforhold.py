"""Ledsagerens forhold: personlige hjælpere, overnatning, ansvar og ID-armbånd.

Kilder: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling* — **Særlige forhold vedrørende personlige hjælpere**
(Serviceloven; sygehuset betaler; aftalepart; forældre som hjælpere), **Overnatning for
ledsager**, **Ansvar for ledsager** (arbejdsskade, ansvarsforsikring, aftalte opgaver),
**Akutte forløb** og **Planlagte behandlingsforløb** (ID-armbånd, når kommunen ikke sender en
ledsager).

- `personlige_hjaelpere`: hvem der betaler, og hvem der er aftalepart; fra hvornår
  sygehuset betaler hjælperne i et akut forløb, siger kilderne ikke (»kan ikke afgøres«,
  fortolkningsloggen LED-20).
- `OVERNATNING_FOR_LEDSAGER`: overnatning afregnes særskilt, ikke med timetaksterne.
- `ansvar_ved_skade` og `id_armbaand`.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._ledsagelse_grundlag import LED_HJAELPERE_START, aftalelaesninger
from forloebsregler._resultat import Resultat
from forloebsregler._valider import kraev_bool, kraev_enum, kraev_valgfri_bool
from forloebsregler.afregning import Forloebstype, vurderingsfrist
from forloebsregler.fejl import UgyldigVaerdiFejl
from forloebsregler.kilder import SAMARBEJDSAFTALE_LEDSAGELSE, Kilde
from forloebsregler.svar import Svar, ja_nej

if TYPE_CHECKING:
    from forloebsregler.typer import AftalepartArg, ForloebstypeArg, SkadetypeArg

__all__ = [
    "OVERNATNING_FOR_LEDSAGER",
    "Aftalepart",
    "Hjaelperordning",
    "IdArmbaand",
    "Skadeansvar",
    "Skadetype",
    "ansvar_ved_skade",
    "id_armbaand",
    "personlige_hjaelpere",
]

_S = SAMARBEJDSAFTALE_LEDSAGELSE

_HJAELPERE = "Særlige forhold vedrørende borgere, der har personlige hjælpere i hjemmet"
KILDE_HJAELPERE = _S.kilde(
    _HJAELPERE,
    "skal den behandlende sygehusafdeling vurdere, om der er behov for at opretholde denne "
    "ordning under indlæggelsen. I akutte forløb skal denne vurdering ske senest efter fire "
    "timer",
)
KILDE_HJAELPERE_BETALING = _S.kilde(
    _HJAELPERE,
    "Hvis ordningen med personlige hjælpere opretholdes under indlæggelse, skal sygehuset "
    "afholde udgiften hertil.",
)
KILDE_HJAELPERE_AFTALEPART = _S.kilde(
    _HJAELPERE,
    "I tilfælde, hvor borgeren selv eller evt. et arbejdsgiver aflønner hjælperne, indgår "
    "sygehuset aftalen med borgeren arbejdsgiveren, jf. standardkontrakten.",
)
KILDE_FORAELDRE_HJAELPERE = _S.kilde(
    _HJAELPERE,
    "I tilfælde, hvor forældre er ansat som personlige hjælpere for børn over 18 år, skal "
    "sygehuset tydeligt tilkendegive, hvornår forældretilstedeværelsen er i form af "
    "nødvendig hjælpertilstedeværelse",
)
KILDE_OVERNATNING = _S.kilde(
    "Overnatning for ledsager",
    "Regionen afholder udgifter vedr. evt. overnatning for ledsager. Dette afregnes særskilt",
)
KILDE_ANSVAR = _S.kilde(
    "Ansvar for ledsager",
    "Kommunen har ansvaret for ledsageren under ledsagelse af borgeren til, fra og på sygehuset.",
)
KILDE_ARBEJDSSKADE = _S.kilde(
    "Ansvar for ledsager",
    "Hvis ledsageren bliver påført en skade i forbindelse med ledsagelsen, skal skaden "
    "anmeldes til kommunens arbejdsskadeforsikring.",
)
KILDE_ANSVARSFORSIKRING = _S.kilde(
    "Ansvar for ledsager",
    "Hvis ledsageren i forbindelse med ledsagelsen forvolder en skade på andres person eller "
    "ting, skal skaden anmeldes til kommunens ansvarsforsikring.",
)
KILDE_AFTALTE_OPGAVER = _S.kilde(
    "Ansvar for ledsager", "Det ledsagende personale må kun udføre de opgaver, der er aftalt."
)
KILDE_ID_AKUT = _S.kilde(
    "Akutte forløb",
    "I de tilfælde, hvor kommunen ikke sender en ledsager med, skal kommunen give borgeren et "
    "ID-armbånd, når en medarbejder hos kommunen er tilstede hos borgeren forud for det akutte "
    "behandlingsforløb. Der skal være et kontakttelefonnummer til kommunen på ID armbåndet.",
)
KILDE_ID_PLANLAGT = _S.kilde(
    "Planlagte behandlingsforløb",
    "I de tilfælde, hvor kommunen ikke sender en ledsager med, skal kommunen give borgeren et "
    "ID-armbånd. Der skal være et kontakttelefonnummer til kommunen på ID armbåndet.",
)


OVERNATNING_FOR_LEDSAGER = KILDE_OVERNATNING
"""Regionen betaler evt. overnatning for ledsageren; det afregnes særskilt efter
bekendtgørelse nr. 816 af 18. juni 2018 (§ 27 stk. 3), ikke med timetaksterne."""

# --------------------------------------------------------------------------- hjælpere


class Aftalepart(Enum):
    """Hvem der aflønner de personlige hjælpere — og dermed er sygehusets aftalepart."""

    KOMMUNE = "kommunen"
    BORGER = "borgeren"
    ARBEJDSGIVER = "arbejdsgiveren"


@attrs.frozen
class Hjaelperordning(Resultat):
    """Personlige hjælpere efter Serviceloven under indlæggelse."""

    beslutter: str
    vurderingsfrist: datetime | None
    sygehuset_betaler: Svar
    aftalepart: Aftalepart
    skal_skelne_foraeldreomsorg: bool
    """Sygehuset skal angive, hvornår forældrenes tilstedeværelse er betalt hjælp."""
    begrundelse: str
    kilder: tuple[Kilde, ...]
    betalingsstart: Svar = Svar.KAN_IKKE_AFGOERES
    """Om kilderne afgør, fra hvornår sygehuset betaler: OPFYLDT ved planlagt indlæggelse
    (»under indlæggelse«); KAN_IKKE_AFGOERES i akutte forløb, hvor kilderne ikke siger, hvem
    der betaler hjælperne før vurderingen og kontrakten (fortolkningsloggen LED-20);
    IKKE_OPFYLDT, når ordningen ikke opretholdes (sygehuset betaler ikke)."""
    fortolkninger: tuple[str, ...] = ()


def personlige_hjaelpere(
    forloebstype: ForloebstypeArg,
    *,
    aflonnes_af: AftalepartArg,
    ordningen_opretholdes: bool | None,
    ankomst: datetime | str | None = None,
    foraeldre_hjaelpere_for_barn_over_18: bool = False,
) -> Hjaelperordning:
    """Den behandlende afdeling vurderer, om ordningen opretholdes (akut: inden fire timer).

    Opretholdes ordningen, betaler sygehuset og indgår aftalen via standardkontrakten med
    den, der aflønner hjælperne (kommunen, borgeren eller arbejdsgiveren). I et planlagt
    forløb betaler sygehuset »under indlæggelse«. I et akut forløb siger kilderne ikke, fra
    hvilket tidspunkt sygehuset betaler hjælperne (før vurderingen og kontrakten), så
    `betalingsstart` er `KAN_IKKE_AFGOERES` (fortolkningsloggen LED-20).
    """
    typ = kraev_enum(Forloebstype, forloebstype, "forloebstype")
    part = kraev_enum(Aftalepart, aflonnes_af, "aflonnes_af")
    opretholdes = kraev_valgfri_bool(ordningen_opretholdes, "ordningen_opretholdes")
    foraeldre = kraev_bool(
        foraeldre_hjaelpere_for_barn_over_18, "foraeldre_hjaelpere_for_barn_over_18"
    )
    frist = _hjaelperfrist(typ, ankomst)
    tekst = "Den behandlende sygehusafdeling vurderer, om ordningen opretholdes"
    if frist is not None:
        tekst += f", senest {frist:%d.%m.%Y kl. %H:%M}"
    tekst += {
        True: f"; den opretholdes, så sygehuset betaler og indgår aftalen med {part.value}.",
        False: "; den opretholdes ikke under indlæggelsen.",
        None: "; vurderingen foreligger ikke, så betalingen kan ikke afgøres.",
    }[opretholdes]
    start, starttekst, fortolkninger = _betalingsstart(typ, opretholdes)
    tekst += starttekst
    kilder = [KILDE_HJAELPERE, KILDE_HJAELPERE_BETALING, KILDE_HJAELPERE_AFTALEPART]
    if foraeldre:
        tekst += (
            " Sygehuset skal tydeligt angive, hvornår forældrenes tilstedeværelse er betalt "
            "hjælp, og hvornår den er almindelig pårørendeomsorg."
        )
        kilder.append(KILDE_FORAELDRE_HJAELPERE)
    return Hjaelperordning(
        beslutter="den behandlende sygehusafdeling",
        vurderingsfrist=frist,
        sygehuset_betaler=ja_nej(opretholdes),
        aftalepart=part,
        skal_skelne_foraeldreomsorg=foraeldre,
        begrundelse=tekst + aftalelaesninger(fortolkninger),
        kilder=tuple(kilder),
        betalingsstart=start,
        fortolkninger=fortolkninger,
    )


def _hjaelperfrist(typ: Forloebstype, ankomst: datetime | str | None) -> datetime | None:
    """Akut: afdelingen vurderer ordningen inden fire timer efter ankomsten (som ledsagelse)."""
    if typ is Forloebstype.AKUT:
        if ankomst is None:
            raise UgyldigVaerdiFejl(
                "ankomst: fik None; et akut forløb kræver ankomsttidspunktet for firetimersfristen"
            )
        return vurderingsfrist(ankomst)
    if ankomst is not None:
        vurderingsfrist(ankomst)  # valider
    return None


def _betalingsstart(
    typ: Forloebstype, opretholdes: bool | None
) -> tuple[Svar, str, tuple[str, ...]]:
    """Fra hvornår sygehuset betaler hjælperne: planlagt »under indlæggelse«; akut siger
    kilderne det ikke, så det kan ikke afgøres (fortolkningsloggen LED-20)."""
    if opretholdes is False:
        return Svar.IKKE_OPFYLDT, "", ()
    if typ is Forloebstype.PLANLAGT:
        if opretholdes:
            return Svar.OPFYLDT, " Sygehuset betaler hjælperne under indlæggelsen.", ()
        return Svar.KAN_IKKE_AFGOERES, "", ()
    return (
        Svar.KAN_IKKE_AFGOERES,
        " Fra hvilket tidspunkt sygehuset betaler hjælperne i et akut forløb (før "
        "vurderingen og kontrakten), siger kilderne ikke; det kan ikke afgøres.",
        (LED_HJAELPERE_START,),
    )


# --------------------------------------------------------------------------- ansvar og ID-armbånd


@attrs.frozen
class IdArmbaand(Resultat):
    """Om kommunen skal give borgeren et ID-armbånd med kommunens telefonnummer."""

    kraeves: Svar
    begrundelse: str
    kilder: tuple[Kilde, ...]


def id_armbaand(
    forloebstype: ForloebstypeArg,
    *,
    kommunen_sender_ledsager: bool,
    medarbejder_til_stede_forud: bool | None = None,
) -> IdArmbaand:
    """ID-armbånd, når kommunen ikke sender ledsager med (akut: når en medarbejder er hos
    borgeren forud for forløbet)."""
    typ = kraev_enum(Forloebstype, forloebstype, "forloebstype")
    sender = kraev_bool(kommunen_sender_ledsager, "kommunen_sender_ledsager")
    til_stede = kraev_valgfri_bool(medarbejder_til_stede_forud, "medarbejder_til_stede_forud")
    if sender:
        svar = Svar.IKKE_OPFYLDT
        tekst = "Kommunen sender ledsager med, så der kræves ikke ID-armbånd."
    elif typ is Forloebstype.PLANLAGT:
        svar = Svar.OPFYLDT
        tekst = "Kommunen sender ikke ledsager med og skal give borgeren et ID-armbånd."
    elif til_stede is None:
        svar = Svar.KAN_IKKE_AFGOERES
        tekst = (
            "Ved akutte forløb kræves ID-armbånd, når en kommunal medarbejder er hos borgeren "
            "forud; det er ikke oplyst."
        )
    else:
        svar = Svar.OPFYLDT if til_stede else Svar.IKKE_OPFYLDT
        tekst = (
            "En kommunal medarbejder var hos borgeren forud, så kommunen skal give et ID-armbånd."
            if til_stede
            else "Ingen kommunal medarbejder var hos borgeren forud, så kravet gælder ikke."
        )
    if svar is Svar.OPFYLDT:
        tekst += " Armbåndet skal have et kontakttelefonnummer til kommunen."
    kilde = KILDE_ID_AKUT if typ is Forloebstype.AKUT else KILDE_ID_PLANLAGT
    return IdArmbaand(kraeves=svar, begrundelse=tekst, kilder=(kilde,))


class Skadetype(Enum):
    """Hvilken slags skade der er sket under ledsagelsen."""

    LEDSAGER_SKADET = "ledsageren er blevet skadet"
    SKADE_PAA_ANDRE = "ledsageren har skadet andres person eller ting"


@attrs.frozen
class Skadeansvar(Resultat):
    """Hvor en skade under ledsagelse anmeldes (kommunen har ansvaret for ledsageren)."""

    ansvarlig: str
    anmeldes_til: str
    begrundelse: str
    kilder: tuple[Kilde, ...]


def ansvar_ved_skade(skade: SkadetypeArg) -> Skadeansvar:
    """Kommunen har ansvaret for ledsageren; skaden anmeldes til kommunens forsikring."""
    s = kraev_enum(Skadetype, skade, "skade")
    if s is Skadetype.LEDSAGER_SKADET:
        til, kilde = "kommunens arbejdsskadeforsikring", KILDE_ARBEJDSSKADE
    else:
        til, kilde = "kommunens ansvarsforsikring", KILDE_ANSVARSFORSIKRING
    return Skadeansvar(
        ansvarlig="kommunen",
        anmeldes_til=til,
        begrundelse=(
            f"Kommunen har ansvaret for ledsageren; når {s.value}, anmeldes skaden til {til}. "
            "Ledsageren må kun udføre de aftalte opgaver."
        ),
        kilder=(KILDE_ANSVAR, kilde, KILDE_AFTALTE_OPGAVER),
    )
