"""Ledsagelse: hvem aftalen dækker, hvem der beslutter, kontraktens timer, hjælpere og fakturaen.

Kilder: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling* (Målgruppe, Generelle forpligtelser, Akutte forløb,
Planlagte behandlingsforløb, Afregning, Overnatning for ledsager, Ansvar for ledsager,
Særlige forhold vedrørende personlige hjælpere), *Standardkontrakten* (punkt 6 Aftalt omfang
og 8 Økonomi), *afregningsblanketten* med vejledning og *høringsbemærkningerne*.

Reglerne i kort form (issue 9, punkt 1–6):

- Aftalen dækker borgere med folkeregisteradresse i Region Syddanmark, behandlet på et
  sygehus i regionen, i målgruppen, som kommunen er i kontakt med, og som pårørende ikke har
  kunnet følge; et barn, når forældre/omsorgspersoner ikke kan dække behovet — også når
  pårørende kan følge det (LED-18); ikke borgere med respirator og ikke behandling i eget
  hjem (`omfattet_af_aftalen`).
- Kun sygehuset beslutter, at der er behov; ved planlagt behandling indgås aftalen forud;
  kommunen gør opmærksom og begrunder; bistand uden relation til sygehusbehandlingen er
  fortsat kommunal; kommunen ledsager kun i det omfang, den har personale; ved afdelingsskift
  overtager den nye afdeling aftalen (`kan_aftale_indgaas`, `afdelingsskift`).
- Kontraktens forventede omfang: A timer i alt (ambulant) eller B1 timer pr. døgn × B2 døgn
  (indlæggelse) (`forventet_omfang`, `sammenlign_med_kontrakt`).
- Personlige hjælpere efter Serviceloven (`personlige_hjaelpere`); fra hvornår sygehuset
  betaler dem i akutte forløb, siger kilderne ikke (»kan ikke afgøres«, LED-20).
- Overnatning, ansvar, aftalte opgaver og ID-armbånd (`id_armbaand`, `ansvar_ved_skade`,
  `OVERNATNING_FOR_LEDSAGER`).
- Fakturaen: blanket, afdelinger, EAN og mærkning (`kontroller_faktura`, `betalingsmaerkning`).

Takster, firetimersfristen og selve afregningen ligger i `forloebsregler.takster`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._resultat import Resultat
from forloebsregler._valider import (
    kraev_bool,
    kraev_decimal,
    kraev_enum,
    kraev_tekst,
    kraev_valgfri_bool,
    kraev_varighed,
    vis,
)
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import (
    AFREGNINGSBLANKET_LEDSAGELSE,
    HOERINGSBEMAERKNINGER_LEDSAGELSE,
    SAMARBEJDSAFTALE_LEDSAGELSE,
    STANDARDKONTRAKT_LEDSAGELSE,
    Kilde,
)
from forloebsregler.svar import Svar, samlet
from forloebsregler.takster import (
    STANDARD_TAKSTREGISTER,
    DateretParameter,
    Forloebstype,
    Takstkategori,
    Takstregister,
    Taksttabel,
    _kr,
    _kraev_dag,
    _tal,
    indlaes_takster,
    vurderingsfrist,
)

if TYPE_CHECKING:
    from forloebsregler.typer import (
        AftalepartArg,
        ForloebstypeArg,
        SkadetypeArg,
    )

__all__ = [
    "ENDNU_IKKE_INDGAAET",
    "OVERNATNING_FOR_LEDSAGER",
    "Afdelingsskift",
    "Aftalepart",
    "Aftalevurdering",
    "Daekning",
    "Daekningsvurdering",
    "EndnuIkkeIndgaaet",
    "Fakturakontrol",
    "ForventetOmfang",
    "Hjaelperordning",
    "IdArmbaand",
    "Kontraktsammenligning",
    "Skadeansvar",
    "Skadetype",
    "afdelingsskift",
    "ansvar_ved_skade",
    "betalingsmaerkning",
    "forventet_omfang",
    "id_armbaand",
    "kan_aftale_indgaas",
    "kontroller_faktura",
    "omfattet_af_aftalen",
    "personlige_hjaelpere",
    "sammenlign_med_kontrakt",
]

_S = SAMARBEJDSAFTALE_LEDSAGELSE
_MAALGRUPPE = "Målgruppe"
_GENERELT = "Generelle forpligtelser"

KILDE_ALLE_ALDRE = _S.kilde(
    _MAALGRUPPE,
    "Samarbejdsaftalen omfatter alle borgere uanset alder, der har et funktionsniveau/en "
    "adfærd, som placerer dem i målgruppen , og som kommunen er i kontakt med, og hvor det "
    "ikke har været muligt at få pårørende til at følge borgeren på sygehuset.",
)
KILDE_BOERN = _S.kilde(
    _MAALGRUPPE,
    "Såfremt et barns behov for ledsagelse ikke kan dækkes gennem tilstedeværelsen af "
    "forældre eller tilsvarende omsorgspersoner, er barnet også omfattet af denne "
    "samarbejdsaftale.",
)
KILDE_RESPIRATOR = _S.kilde(
    _MAALGRUPPE,
    "Dog gælder samarbejdsaftalen ikke borgere med respirator, hvor region og kommuner i "
    "forvejen har en betalingsaftale.",
)
KILDE_SYDDANMARK = _S.kilde(
    _MAALGRUPPE,
    "Samarbejdsaftalen regulerer alene den ledsagelse, der finder sted for borgere med "
    "folkeregisteradresse i Region Syddanmark, og som behandles på et sygehus i Region "
    "Syddanmark.",
)
KILDE_EGET_HJEM = HOERINGSBEMAERKNINGER_LEDSAGELSE.kilde(
    "Høringsbemærkninger",
    "Samarbejdsaftalen har ikke hidtil omfattet behandling andre steder end på sygehuset",
)
KILDE_SYGEHUSET_VURDERER = _S.kilde(
    _GENERELT,
    "Det er sygehuset, der har ansvaret for at vurdere, om der er behov for ledsagelse i den "
    "enkelte borgers tilfælde.",
)
KILDE_KOMMUNEN_GOER_OPMAERKSOM = _S.kilde(
    _GENERELT,
    "skal kommunen gøre sygehuset opmærksom på dette, så snart kommunen er bekendt med, hvor "
    "borgeren skal behandles. Kommunen begrunder sin vurdering overfor sygehuset.",
)
KILDE_FORUD_FOR_PLANLAGT = _S.kilde(
    _GENERELT,
    "skal den konkrete aftale med kommunen indgås forud for planlagt behandling. Det er alene "
    "sygehuset, der kan træffe denne beslutning.",
)
KILDE_IKKE_RELATERET = _S.kilde(
    _GENERELT,
    "hvis borgeren har et behov for bistand, som ikke er relateret til sygehusbehandlingen, "
    "og som kommunen ville give borgeren, uanset om vedkommende var på sygehuset eller ej, er "
    "det fortsat en kommunal opgave at yde denne bistand.",
)
KILDE_PERSONALE = _S.kilde(
    _GENERELT,
    "Såfremt kommunen skal ledsage en borger, kan det alene foregå i den udstrækning, "
    "kommunen har det nødvendige personale til rådighed.",
)
KILDE_AKUT_KOMMUNEN_VURDERER = _S.kilde(
    "Akutte forløb",
    "Ved akut opstået behandlingsbehov vurderer kommunen, om der er behov for ledsagelse og "
    "sender i givet fald ledsager med.",
)
KILDE_AFDELINGSSKIFT = _S.kilde(
    _GENERELT,
    "Såfremt en borger som led i sit forløb på sygehuset skifter afdeling, overtager den nye "
    "afdeling den allerede indgåede aftale om ledsagelse, hvis behovet herfor stadig vurderes "
    "at være til stede.",
)
KILDE_OMFANG = STANDARDKONTRAKT_LEDSAGELSE.kilde(
    "6. Aftalt omfang af ledsagelse",
    "Det forventede omfang af ledsagelse opgøres som det antal timer, kommunerne afregnes "
    "for. Ved ambulante besøg anvendes A. Ved indlæggelse anvendes B1 og B2.",
)
KILDE_OEKONOMI = STANDARDKONTRAKT_LEDSAGELSE.kilde(
    "8. Økonomi",
    "Der afregnes med en fast takst på 277,21 kroner pr. time (2019-niveau) plus tillæg for "
    "aften og weekendarbejde.",
)
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
KILDE_BLANKET_AFDELINGER = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Vejledning",
    "Kommunen har ansvaret for at udfylde blanketten, når patientforløbet er afsluttet. Hvis "
    "borgeren har været på flere afdelinger i forbindelse med forløbet, skal det fremgå af "
    "blanketten hvilke afdelinger, borgeren har været på og i hvor lang tid.",
)
KILDE_ANSVARLIG_AFDELING = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Ansvarlig sygehusafdeling",
    "Ansvarlig sygehusafdeling er den afdeling, som indgår aftale om ledsagelse. Det vil som "
    "udgangspunkt være borgerens stamafdeling eller akutmodtagelsen.",
)
KILDE_AFVISNING = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Afregning",
    "Sygehuset har ret til at afvise en regning, hvis blanket til afregning ikke er vedhæftet "
    "den elektroniske regning. Har kommunen ikke mulighed for at vedhæfte blanketten, skal "
    "kommunen sikre, at alle oplysninger fra blanketten fremgår af regningen.",
)
KILDE_EAN = _S.kilde(
    "Afregning",
    "Regningen sendes elektronisk til det sygehus og den afdeling, der har benyttet sig af "
    "ledsagelse i forbindelse med behandling på sygehuset. Afdelingen oplyser EAN-nummer til "
    "kommunen.",
)
KILDE_MAERKNING = STANDARDKONTRAKT_LEDSAGELSE.kilde(
    "8. Økonomi",
    "Indbetalinger mærkes med teksten \u201dledsagelse\u201d og \u201dpatientens navn eller "
    "cpr-nr\u201d samt \u201dperiode\u201d (eksempelvis 2. kvartal 2020).",
)
KILDE_EN_BLANKET = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Vejledning", "Der udfyldes som udgangspunkt en blanket pr. behandlingsforløb."
)
KILDE_FLERE_PR_REGNING = STANDARDKONTRAKT_LEDSAGELSE.kilde(
    "8. Økonomi",
    "Kommuner og sygehuse kan i den konkrete situation indbyrdes aftale, om kommunerne opgør "
    "og sender regning for hver ledsagelse, eller om en regning kan indeholde mere end én "
    "ledsagelse for samme patient.",
)

# Fortolkningslogens afsnit (docs/fortolkninger.md, »Ledsagelse«), som svarene her hviler på.
LED_KONTRAKTLOFT = "LED-15"
LED_EGET_HJEM = "LED-17"
LED_BOERN = "LED-18"
LED_UDEN_BLANKET = "LED-19"
LED_HJAELPERE_START = "LED-20"
LED_UKENDT_KONTRAKT = "LED-22"

OVERNATNING_FOR_LEDSAGER = KILDE_OVERNATNING
"""Regionen betaler evt. overnatning for ledsageren; det afregnes særskilt efter
bekendtgørelse nr. 816 af 18. juni 2018 (§ 27 stk. 3), ikke med timetaksterne."""


Daekning = Svar
"""Ledsagelsesreglernes svar: det fælles `forloebsregler.svar.Svar` (gammelt navn)."""


def _tjek(
    vaerdi: bool | None,
    oensket: bool,
    grund: str,
    ukendt: str,
    grunde: list[str],
    ukendte: list[str],
) -> None:
    if vaerdi is None:
        ukendte.append(ukendt)
    elif vaerdi is not oensket:
        grunde.append(grund)


# --------------------------------------------------------------------------- 1. dækning


@attrs.frozen
class Daekningsvurdering(Resultat):
    """Om en borger er omfattet af samarbejdsaftalen, med alle grunde til, at den ikke er."""

    omfattet: Daekning
    grunde: tuple[str, ...]
    """Hver grund til, at borgeren ikke er omfattet (tom, hvis ingen)."""
    ukendte: tuple[str, ...]
    """Forhold, der ikke er oplyst, og som afgørelsen afhænger af."""
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """Fortolkningslogens afsnit, svaret hviler på (fx ``("LED-18",)`` for børn)."""


def omfattet_af_aftalen(
    *,
    folkeregisteradresse_i_syddanmark: bool | None,
    sygehus_i_syddanmark: bool | None,
    i_maalgruppen: bool | None,
    kommunen_i_kontakt: bool | None,
    paaroerende_kan_foelge: bool | None,
    barn: bool | None = False,
    foraeldre_kan_daekke_behovet: bool | None = None,
    respirator: bool | None = False,
    behandling_i_eget_hjem: bool | None = False,
) -> Daekningsvurdering:
    """Om en borger er omfattet af aftalen (Målgruppe; høringsbemærkningen om eget hjem).

    Alle argumenter er `True`/`False`/`None` (ukendt). Resultatet har *alle* grunde til, at
    borgeren er uden for; er ingen grund fundet, men noget ukendt, er svaret
    `KAN_IKKE_AFGOERES`. `i_maalgruppen` er sygehusets vurdering af funktionsniveau/adfærd.

    Et barn er omfattet, når dets behov ikke kan dækkes af forældre eller tilsvarende
    omsorgspersoner (`foraeldre_kan_daekke_behovet=False`) — også når pårørende kan følge
    det; for et barn afgør børneafsnittet, ikke pårørendebetingelsen (fortolkningsloggen
    LED-18). Er det ukendt, om borgeren er et barn, afgøres svaret kun, hvis begge veje giver
    samme svar. Behandling i eget hjem er uden for aftalen (LED-17).
    """
    vaerdier = {
        "folkeregisteradresse_i_syddanmark": folkeregisteradresse_i_syddanmark,
        "sygehus_i_syddanmark": sygehus_i_syddanmark,
        "i_maalgruppen": i_maalgruppen,
        "kommunen_i_kontakt": kommunen_i_kontakt,
        "paaroerende_kan_foelge": paaroerende_kan_foelge,
        "barn": barn,
        "foraeldre_kan_daekke_behovet": foraeldre_kan_daekke_behovet,
        "respirator": respirator,
        "behandling_i_eget_hjem": behandling_i_eget_hjem,
    }
    v = {navn: kraev_valgfri_bool(x, navn) for navn, x in vaerdier.items()}
    grunde: list[str] = []
    ukendte: list[str] = []
    kilder = [KILDE_SYDDANMARK, KILDE_ALLE_ALDRE]
    _tjek(
        v["folkeregisteradresse_i_syddanmark"],
        True,
        "borgeren har ikke folkeregisteradresse i Region Syddanmark",
        "folkeregisteradresse",
        grunde,
        ukendte,
    )
    _tjek(
        v["sygehus_i_syddanmark"],
        True,
        "behandlingen sker ikke på et sygehus i Region Syddanmark",
        "sygehusets region",
        grunde,
        ukendte,
    )
    _tjek(
        v["i_maalgruppen"],
        True,
        "borgerens funktionsniveau/adfærd placerer ikke borgeren i målgruppen",
        "målgruppe",
        grunde,
        ukendte,
    )
    _tjek(
        v["kommunen_i_kontakt"],
        True,
        "kommunen er ikke i kontakt med borgeren",
        "kommunens kontakt",
        grunde,
        ukendte,
    )
    fortolkninger: list[str] = []
    voksen_grunde: list[str] = []
    voksen_ukendte: list[str] = []
    _tjek(
        v["paaroerende_kan_foelge"],
        False,
        "pårørende kan følge borgeren på sygehuset",
        "pårørende",
        voksen_grunde,
        voksen_ukendte,
    )
    barn_grunde: list[str] = []
    barn_ukendte: list[str] = []
    _tjek(
        v["foraeldre_kan_daekke_behovet"],
        False,
        "barnets behov kan dækkes af forældre eller tilsvarende omsorgspersoner",
        "om forældrene kan dække behovet",
        barn_grunde,
        barn_ukendte,
    )
    if v["barn"] is False:
        grunde += voksen_grunde
        ukendte += voksen_ukendte
    else:
        kilder.append(KILDE_BOERN)
        fortolkninger.append(LED_BOERN)
        if v["barn"]:
            grunde += barn_grunde
            ukendte += barn_ukendte
        elif samlet(voksen_grunde, voksen_ukendte) is samlet(barn_grunde, barn_ukendte):
            # begge veje giver samme svar, så det er ligegyldigt, om borgeren er et barn
            grunde += voksen_grunde + [g for g in barn_grunde if g not in voksen_grunde]
            ukendte += voksen_ukendte + barn_ukendte
        else:
            ukendte.append("om borgeren er et barn")
    _tjek(
        v["respirator"],
        False,
        "borgeren har respirator (særskilt betalingsaftale)",
        "respirator",
        grunde,
        ukendte,
    )
    if v["respirator"] is not False:
        kilder.append(KILDE_RESPIRATOR)
    _tjek(
        v["behandling_i_eget_hjem"],
        False,
        "behandlingen sker i borgerens eget hjem, ikke på sygehuset",
        "behandlingssted",
        grunde,
        ukendte,
    )
    if v["behandling_i_eget_hjem"] is not False:
        kilder.append(KILDE_EGET_HJEM)
    if v["behandling_i_eget_hjem"]:
        fortolkninger.append(LED_EGET_HJEM)
    fortolkninger.sort()
    omfattet = samlet(grunde, ukendte)
    if omfattet is Daekning.OPFYLDT:
        tekst = "Borgeren er omfattet af samarbejdsaftalen om ledsagelse."
        if v["barn"]:
            tekst = (
                "Barnet er omfattet af samarbejdsaftalen om ledsagelse, fordi dets behov ikke "
                "kan dækkes af forældre eller tilsvarende omsorgspersoner."
            )
    elif omfattet is Daekning.IKKE_OPFYLDT:
        tekst = "Borgeren er ikke omfattet, fordi " + "; ".join(grunde) + "."
    else:
        tekst = "Det kan ikke afgøres, om borgeren er omfattet; ukendt: " + ", ".join(ukendte)
        tekst += "."
    return Daekningsvurdering(
        omfattet=omfattet,
        grunde=tuple(grunde),
        ukendte=tuple(ukendte),
        begrundelse=tekst + _laesninger(fortolkninger),
        kilder=tuple(kilder),
        fortolkninger=tuple(fortolkninger),
    )


_LAESNINGER = {
    LED_KONTRAKTLOFT: "loftet regnes med tabellens højeste takst",
    LED_EGET_HJEM: "behandling i eget hjem er uden for aftalen",
    LED_BOERN: "for et barn afgør børneafsnittet, ikke pårørendebetingelsen",
    LED_UDEN_BLANKET: "en regning uden blanket kan afvises, medmindre oplysningerne står på den",
    LED_HJAELPERE_START: "kilderne siger ikke, fra hvornår sygehuset betaler hjælperne akut",
    LED_UKENDT_KONTRAKT: "uoplyst (None) er ukendt, ikke »endnu ikke indgået«",
}


def _laesninger(ider: list[str] | tuple[str, ...]) -> str:
    if not ider:
        return ""
    dele = "; ".join(f"{i}: {_LAESNINGER[i]}" for i in ider)
    return f" Svaret hviler på læsninger i fortolkningsloggen ({dele})."


# --------------------------------------------------------------------------- 2. beslutning


class EndnuIkkeIndgaaet(Enum):
    """Det udtrykkelige svar »aftalen er endnu ikke indgået« til `kan_aftale_indgaas`.

    `indgaaet_foer_behandling=None` betyder *ukendt* (ikke oplyst) (fortolkningsloggen LED-22).
    """

    ENDNU_IKKE_INDGAAET = "endnu ikke indgået"


ENDNU_IKKE_INDGAAET = EndnuIkkeIndgaaet.ENDNU_IKKE_INDGAAET
"""Aftalen er endnu ikke indgået (behandlingen er ikke begyndt); standard i `kan_aftale_indgaas`."""


@attrs.frozen
class Aftalevurdering(Resultat):
    """Om en aftale om ledsagelse kan indgås, og hvem der skal gøre hvad."""

    kan_indgaas: Daekning
    beslutter: str
    """Hvem der træffer beslutningen om behovet: altid sygehuset."""
    kommunens_pligter: tuple[str, ...]
    grunde: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """``("LED-22",)``, når det ikke er oplyst, om en planlagt aftale er indgået forud."""


def kan_aftale_indgaas(
    forloebstype: ForloebstypeArg,
    *,
    sygehuset_vurderer_behov: bool | None,
    kommunen_har_personale: bool | None,
    relateret_til_sygehusbehandling: bool | None = True,
    indgaaet_foer_behandling: bool | EndnuIkkeIndgaaet | None = ENDNU_IKKE_INDGAAET,
) -> Aftalevurdering:
    """Om sygehus og kommune kan indgå aftale om ledsagelse (Generelle forpligtelser).

    Kun sygehuset beslutter, at der er behov. Kommunen ledsager kun i det omfang, den har
    personale. Bistand uden relation til sygehusbehandlingen er fortsat en kommunal opgave
    og hører ikke under aftalen. Ved planlagt behandling skal aftalen indgås forud
    (`indgaaet_foer_behandling`: `True` forud, `False` først efter behandlingens start,
    `ENDNU_IKKE_INDGAAET` (standard) endnu ikke indgået, `None` ikke oplyst — så kan det
    for et planlagt forløb ikke afgøres; fortolkningsloggen LED-22).
    """
    typ = kraev_enum(Forloebstype, forloebstype, "forloebstype")
    behov = kraev_valgfri_bool(sygehuset_vurderer_behov, "sygehuset_vurderer_behov")
    personale = kraev_valgfri_bool(kommunen_har_personale, "kommunen_har_personale")
    relateret = kraev_valgfri_bool(
        relateret_til_sygehusbehandling, "relateret_til_sygehusbehandling"
    )
    endnu_ikke = indgaaet_foer_behandling is ENDNU_IKKE_INDGAAET
    forud = (
        None
        if endnu_ikke
        else kraev_valgfri_bool(indgaaet_foer_behandling, "indgaaet_foer_behandling")
    )
    fortolkninger: tuple[str, ...] = ()
    grunde: list[str] = []
    ukendte: list[str] = []
    _tjek(
        behov,
        True,
        "sygehuset har ikke vurderet, at der er behov for ledsagelse",
        "sygehusets vurdering",
        grunde,
        ukendte,
    )
    _tjek(
        personale,
        True,
        "kommunen har ikke det nødvendige personale til rådighed",
        "kommunens personale",
        grunde,
        ukendte,
    )
    _tjek(
        relateret,
        True,
        "bistanden er ikke relateret til sygehusbehandlingen og er fortsat en kommunal opgave",
        "om bistanden er relateret til sygehusbehandlingen",
        grunde,
        ukendte,
    )
    kilder = [KILDE_SYGEHUSET_VURDERER, KILDE_PERSONALE, KILDE_IKKE_RELATERET]
    if typ is Forloebstype.PLANLAGT:
        pligter: tuple[str, ...] = (
            "gøre sygehuset opmærksom på behovet, så snart kommunen ved, hvor borgeren skal "
            "behandles",
            "begrunde sin vurdering over for sygehuset",
        )
        kilder += [KILDE_KOMMUNEN_GOER_OPMAERKSOM, KILDE_FORUD_FOR_PLANLAGT]
        if forud is False:
            grunde.append("aftalen skal indgås forud for planlagt behandling")
        elif forud is None and not endnu_ikke:
            ukendte.append("om aftalen er indgået forud for behandlingen")
            fortolkninger = (LED_UKENDT_KONTRAKT,)
    else:
        pligter = (
            "vurdere behovet ved akut opstået behandlingsbehov og i givet fald sende ledsager med",
        )
        kilder.append(KILDE_AKUT_KOMMUNEN_VURDERER)
    svar = samlet(grunde, ukendte)
    if svar is Daekning.OPFYLDT:
        tekst = "Aftalen kan indgås; det er alene sygehuset, der træffer beslutningen."
    elif svar is Daekning.IKKE_OPFYLDT:
        tekst = "Aftalen kan ikke indgås, fordi " + "; ".join(grunde) + "."
    else:
        tekst = "Det kan ikke afgøres, om aftalen kan indgås; ukendt: " + ", ".join(ukendte) + "."
    return Aftalevurdering(
        kan_indgaas=svar,
        beslutter="sygehuset",
        kommunens_pligter=pligter,
        grunde=tuple(grunde),
        begrundelse=tekst + _laesninger(fortolkninger),
        kilder=tuple(kilder),
        fortolkninger=fortolkninger,
    )


@attrs.frozen
class Afdelingsskift(Resultat):
    """Hvad der sker med aftalen, når borgeren skifter afdeling."""

    aftalen_overtages: Daekning
    ansvar_for_kontaktoplysninger: str
    begrundelse: str
    kilder: tuple[Kilde, ...]


def afdelingsskift(*, behov_fortsat: bool | None) -> Afdelingsskift:
    """Ved afdelingsskift overtager den nye afdeling aftalen, hvis behovet stadig er der."""
    behov = kraev_valgfri_bool(behov_fortsat, "behov_fortsat")
    svar = {
        True: Daekning.OPFYLDT,
        False: Daekning.IKKE_OPFYLDT,
        None: Daekning.KAN_IKKE_AFGOERES,
    }[behov]
    tekst = {
        Daekning.OPFYLDT: "Den nye afdeling overtager den indgåede aftale om ledsagelse.",
        Daekning.IKKE_OPFYLDT: "Behovet er ikke længere til stede, så aftalen overtages ikke.",
        Daekning.KAN_IKKE_AFGOERES: "Om aftalen overtages, afhænger af, om behovet stadig "
        "vurderes at være til stede.",
    }[svar]
    return Afdelingsskift(
        aftalen_overtages=svar,
        ansvar_for_kontaktoplysninger="den overførende afdeling",
        begrundelse=tekst + " Den overførende afdeling sørger for kontaktoplysningerne.",
        kilder=(KILDE_AFDELINGSSKIFT,),
    )


# --------------------------------------------------------------------------- 3. omfang


@attrs.frozen
class ForventetOmfang(Resultat):
    """Kontraktens forventede omfang (Standardkontrakt punkt 6) og dets pris i grundtakst."""

    form: str
    """'A' (ambulant: timer i alt) eller 'B' (indlæggelse: B1 timer pr. døgn × B2 døgn)."""
    forventede_timer: Decimal
    niveau: str
    beloeb_grundtakst: Decimal
    """Timerne × grundlønstaksten (kontraktens »fast takst«), uden tillæg."""
    beloeb_hoejeste_takst: Decimal
    """Timerne × den højeste takst: loftet, hvis alle timer falder med største tillæg."""
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = (LED_KONTRAKTLOFT,)
    """Loftet hviler på læsningen LED-15 (kontrakten nævner kun aften- og weekendtillæg)."""
    anvendte_parametre: tuple[DateretParameter, ...] = ()
    """Grundlønstaksten og den højeste takst, beløbene er regnet med (periode og kilde)."""


def forventet_omfang(
    *,
    start: date | str,
    timer_i_alt: Decimal | int | str | None = None,
    timer_pr_doegn: Decimal | int | str | None = None,
    doegn: Decimal | int | str | None = None,
    takster: Taksttabel | Takstregister | os.PathLike[str] | None = None,
) -> ForventetOmfang:
    """Forventede timer (A, eller B1 × B2) og deres pris efter tabellen for `start`.

    Kontrakten angiver kun timetallet, ikke hvornår på døgnet timerne falder; derfor gives
    prisen som grundtakst (»fast takst … plus tillæg«) og som loft ved højeste takst.
    Kontrakten nævner kun »tillæg for aften og weekendarbejde«, mens aftalens tabel også har
    nat og helligdage; loftet regnes med tabellens højeste takst (fortolkningsloggen LED-15).
    Beløbene er kvantiseret til øre.
    """
    dag = _kraev_dag(start, "start")
    if timer_i_alt is not None:
        if timer_pr_doegn is not None or doegn is not None:
            raise UgyldigVaerdiFejl(
                "timer_i_alt: fik både A og B1/B2; accepterer enten timer_i_alt (A, ambulant) "
                "eller timer_pr_doegn og doegn (B1 og B2, indlæggelse)"
            )
        form = "A"
        timer = kraev_decimal(timer_i_alt, "timer_i_alt", min_vaerdi=0, maks_vaerdi=1_000_000)
    elif timer_pr_doegn is not None and doegn is not None:
        form = "B"
        b1 = kraev_decimal(timer_pr_doegn, "timer_pr_doegn", min_vaerdi=0, maks_vaerdi=25)
        b2 = kraev_decimal(doegn, "doegn", min_vaerdi=0, maks_vaerdi=100_000)
        timer = b1 * b2
    else:
        raise UgyldigVaerdiFejl(
            f"timer_pr_doegn/doegn: fik {vis(timer_pr_doegn)} og {vis(doegn)}; accepterer "
            "enten timer_i_alt (A) eller både timer_pr_doegn og doegn (B1 og B2)"
        )
    if takster is None:
        tabel = STANDARD_TAKSTREGISTER.tabel_for(dag)
    elif isinstance(takster, Taksttabel):
        # en tabel gælder kun i sin egen periode (ingen stiltiende omdatering)
        tabel = Takstregister((takster,)).tabel_for(dag)
    elif isinstance(takster, Takstregister):
        tabel = takster.tabel_for(dag)
    elif isinstance(takster, os.PathLike):
        tabel = indlaes_takster(takster).tabel_for(dag)
    else:
        raise UgyldigTypeFejl(
            f"takster: fik {vis(takster)}; accepterer en Taksttabel, et Takstregister, en "
            "takstfil som pathlib.Path eller None"
        )
    oere = Decimal("0.01")
    timer += 0  # ingen »-0«
    grund = (timer * tabel.takst(Takstkategori.GRUNDLOEN)).quantize(oere, ROUND_HALF_UP) + 0
    hoejeste = max(range(len(tabel.takster)), key=lambda i: tabel.takster[i])
    hoej = (timer * tabel.takster[hoejeste]).quantize(oere, ROUND_HALF_UP) + 0
    return ForventetOmfang(
        form=form,
        forventede_timer=timer,
        niveau=tabel.niveau,
        beloeb_grundtakst=grund,
        beloeb_hoejeste_takst=hoej,
        begrundelse=(
            f"Kontrakten forventer {_tal(timer)} timer (form {form}); efter {tabel.niveau} svarer "
            f"det til {_kr(grund)} i grundtakst og højst {_kr(hoej)} med det største tillæg."
            + _laesninger((LED_KONTRAKTLOFT,))
        ),
        kilder=(KILDE_OMFANG, KILDE_OEKONOMI),
        anvendte_parametre=tuple(dict.fromkeys((tabel.parametre[0], tabel.parametre[hoejeste]))),
    )


@attrs.frozen
class Kontraktsammenligning(Resultat):
    """Faktiske timer sammenlignet med kontraktens forventede."""

    forventede_timer: Decimal
    faktiske_timer: Decimal
    forskel: Decimal
    """Faktiske minus forventede timer (positiv: flere timer end forventet)."""
    over_forventet: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]


def sammenlign_med_kontrakt(
    omfang: ForventetOmfang, faktiske_timer: Decimal | int | str | timedelta
) -> Kontraktsammenligning:
    """Sammenlign et forløbs faktiske timer (fx `beregn_ledsagelse(...).timer`) med kontrakten."""
    if not isinstance(omfang, ForventetOmfang):
        raise UgyldigTypeFejl(f"omfang: fik {vis(omfang)}; accepterer et ForventetOmfang")
    if isinstance(faktiske_timer, timedelta):
        if faktiske_timer < timedelta(0):
            raise UgyldigVaerdiFejl("faktiske_timer: fik en negativ varighed; accepterer ≥ 0")
        faktisk = Decimal(faktiske_timer // timedelta(microseconds=1)) / 3_600_000_000
    else:
        faktisk = kraev_decimal(
            faktiske_timer, "faktiske_timer", min_vaerdi=0, maks_vaerdi=10_000_000
        )
    faktisk += 0  # ingen »-0«
    forskel = faktisk - omfang.forventede_timer + 0
    over = forskel > 0
    return Kontraktsammenligning(
        forventede_timer=omfang.forventede_timer,
        faktiske_timer=faktisk,
        forskel=forskel,
        over_forventet=over,
        begrundelse=(
            f"Forløbet brugte {_tal(faktisk)} timer mod forventet "
            f"{_tal(omfang.forventede_timer)} "
            f"({'over' if over else 'inden for'} kontraktens forventede omfang)."
        ),
        kilder=(KILDE_OMFANG,),
    )


# --------------------------------------------------------------------------- 4. hjælpere


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
    sygehuset_betaler: Daekning
    aftalepart: Aftalepart
    skal_skelne_foraeldreomsorg: bool
    """Sygehuset skal angive, hvornår forældrenes tilstedeværelse er betalt hjælp."""
    begrundelse: str
    kilder: tuple[Kilde, ...]
    betalingsstart: Daekning = Daekning.KAN_IKKE_AFGOERES
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
    frist = None
    if typ is Forloebstype.AKUT:
        if ankomst is None:
            raise UgyldigVaerdiFejl(
                "ankomst: fik None; et akut forløb kræver ankomsttidspunktet for firetimersfristen"
            )
        frist = vurderingsfrist(ankomst)
    elif ankomst is not None:
        vurderingsfrist(ankomst)  # valider
    betaler = {
        True: Daekning.OPFYLDT,
        False: Daekning.IKKE_OPFYLDT,
        None: Daekning.KAN_IKKE_AFGOERES,
    }[opretholdes]
    tekst = "Den behandlende sygehusafdeling vurderer, om ordningen opretholdes"
    if frist is not None:
        tekst += f", senest {frist:%d.%m.%Y kl. %H:%M}"
    tekst += {
        True: f"; den opretholdes, så sygehuset betaler og indgår aftalen med {part.value}.",
        False: "; den opretholdes ikke under indlæggelsen.",
        None: "; vurderingen foreligger ikke, så betalingen kan ikke afgøres.",
    }[opretholdes]
    fortolkninger: list[str] = []
    if opretholdes is False:
        start = Daekning.IKKE_OPFYLDT
    elif typ is Forloebstype.PLANLAGT:
        start = Daekning.OPFYLDT if opretholdes else Daekning.KAN_IKKE_AFGOERES
        if opretholdes:
            tekst += " Sygehuset betaler hjælperne under indlæggelsen."
    else:
        start = Daekning.KAN_IKKE_AFGOERES
        fortolkninger.append(LED_HJAELPERE_START)
        tekst += (
            " Fra hvilket tidspunkt sygehuset betaler hjælperne i et akut forløb (før "
            "vurderingen og kontrakten), siger kilderne ikke; det kan ikke afgøres."
        )
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
        sygehuset_betaler=betaler,
        aftalepart=part,
        skal_skelne_foraeldreomsorg=foraeldre,
        begrundelse=tekst + _laesninger(fortolkninger),
        kilder=tuple(kilder),
        betalingsstart=start,
        fortolkninger=tuple(fortolkninger),
    )


# --------------------------------------------------------------------------- 5. øvrige


@attrs.frozen
class IdArmbaand(Resultat):
    """Om kommunen skal give borgeren et ID-armbånd med kommunens telefonnummer."""

    kraeves: Daekning
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
        svar = Daekning.IKKE_OPFYLDT
        tekst = "Kommunen sender ledsager med, så der kræves ikke ID-armbånd."
    elif typ is Forloebstype.PLANLAGT:
        svar = Daekning.OPFYLDT
        tekst = "Kommunen sender ikke ledsager med og skal give borgeren et ID-armbånd."
    elif til_stede is None:
        svar = Daekning.KAN_IKKE_AFGOERES
        tekst = (
            "Ved akutte forløb kræves ID-armbånd, når en kommunal medarbejder er hos borgeren "
            "forud; det er ikke oplyst."
        )
    else:
        svar = Daekning.OPFYLDT if til_stede else Daekning.IKKE_OPFYLDT
        tekst = (
            "En kommunal medarbejder var hos borgeren forud, så kommunen skal give et ID-armbånd."
            if til_stede
            else "Ingen kommunal medarbejder var hos borgeren forud, så kravet gælder ikke."
        )
    if svar is Daekning.OPFYLDT:
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


# --------------------------------------------------------------------------- 6. faktura


@attrs.frozen
class Fakturakontrol(Resultat):
    """Kontrol af en regning for ledsagelse før den sendes."""

    kan_afvises: Daekning
    """OPFYLDT: sygehuset har ret til at afvise regningen (blanket/oplysninger mangler)."""
    mangler: tuple[str, ...]
    ansvarlig_afdeling: str | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """``("LED-19",)``, når blanketten ikke er vedhæftet."""


def _kraev_afdelinger(vaerdi: object) -> tuple[tuple[str, timedelta], ...]:
    if isinstance(vaerdi, Mapping):
        par: Iterable[object] = list(vaerdi.items())
    elif isinstance(vaerdi, str | bytes) or not isinstance(vaerdi, Iterable):
        raise UgyldigTypeFejl(
            f"afdelinger: fik {vis(vaerdi)}; accepterer en dict afdeling → timedelta eller en "
            "liste af (afdeling, timedelta)"
        )
    else:
        par = vaerdi
    ud: list[tuple[str, timedelta]] = []
    for i, p in enumerate(par):
        if not isinstance(p, tuple | list) or len(p) != 2:
            raise UgyldigTypeFejl(
                f"afdelinger[{i}]: fik {vis(p)}; accepterer (afdeling, timedelta)"
            )
        navn = kraev_tekst(p[0], f"afdelinger[{i}] (afdeling)")
        tid = kraev_varighed(p[1], f"afdelinger[{i}] (tid)")
        ud.append((navn, tid))
    return tuple(ud)


def kontroller_faktura(
    *,
    skriftlig_aftale: bool | None,
    blanket_vedhaeftet: bool | None,
    alle_blanketoplysninger_paa_regningen: bool | None = None,
    afdelinger: Mapping[str, timedelta] | Iterable[tuple[str, timedelta]] = (),
    aftaleafdeling: str | None = None,
    ean_nummer: str | None = None,
) -> Fakturakontrol:
    """Kontroller en regning: aftale, blanket, afdelinger med tid, ansvarlig afdeling og EAN.

    `afdelinger` er alle afdelinger, borgeren har været på, med tiden der (blanketten kræver
    det). Den ansvarlige afdeling er den, der indgik aftalen (`aftaleafdeling`; som
    udgangspunkt stamafdelingen eller akutmodtagelsen). Uden blanket kan sygehuset afvise
    regningen, medmindre alle blankettens oplysninger står på regningen (fortolkningsloggen
    LED-19 og LED-16).
    """
    aftale = kraev_valgfri_bool(skriftlig_aftale, "skriftlig_aftale")
    blanket = kraev_valgfri_bool(blanket_vedhaeftet, "blanket_vedhaeftet")
    paa_regning = kraev_valgfri_bool(
        alle_blanketoplysninger_paa_regningen, "alle_blanketoplysninger_paa_regningen"
    )
    afd = _kraev_afdelinger(afdelinger)
    ansvarlig = None if aftaleafdeling is None else kraev_tekst(aftaleafdeling, "aftaleafdeling")
    ean = None if ean_nummer is None else kraev_tekst(ean_nummer, "ean_nummer")
    if ean is not None and not (ean.strip().isdigit() and len(ean.strip()) == 13):
        raise UgyldigVaerdiFejl(
            f"ean_nummer: fik {vis(ean_nummer)}; accepterer et EAN-nummer med 13 cifre"
        )
    mangler: list[str] = []
    afvises: list[str] = []
    ukendte: list[str] = []
    _tjek(
        aftale,
        True,
        "der er ingen skriftlig aftale om ledsagelse, så der kan ikke sendes regning",
        "skriftlig aftale",
        afvises,
        ukendte,
    )
    if blanket is False:
        _tjek(
            paa_regning,
            True,
            "blanketten er ikke vedhæftet, og dens oplysninger står ikke på regningen",
            "om blankettens oplysninger står på regningen",
            afvises,
            ukendte,
        )
    elif blanket is None:
        ukendte.append("om blanketten er vedhæftet")
    if not afd:
        mangler.append("afdelinger og tiden på hver afdeling")
    if ean is None:
        mangler.append("sygehusafdelingens EAN-nummer")
    if ansvarlig is None:
        mangler.append("den ansvarlige afdeling (den, der indgik aftalen)")
    if afvises:
        svar = Daekning.OPFYLDT
        tekst = "Sygehuset kan afvise regningen: " + "; ".join(afvises) + "."
    elif ukendte:
        svar = Daekning.KAN_IKKE_AFGOERES
        tekst = "Det kan ikke afgøres, om regningen kan afvises; ukendt: " + ", ".join(ukendte)
        tekst += "."
    else:
        svar = Daekning.IKKE_OPFYLDT
        tekst = "Der er skriftlig aftale, og blankettens oplysninger følger med regningen."
    if mangler:
        tekst += " Mangler: " + "; ".join(mangler) + "."
    fortolkninger = (LED_UDEN_BLANKET,) if blanket is False else ()
    return Fakturakontrol(
        kan_afvises=svar,
        mangler=tuple(mangler),
        ansvarlig_afdeling=ansvarlig,
        fortolkninger=fortolkninger,
        begrundelse=tekst + _laesninger(fortolkninger),
        kilder=(
            KILDE_AFVISNING,
            KILDE_BLANKET_AFDELINGER,
            KILDE_ANSVARLIG_AFDELING,
            KILDE_EAN,
            KILDE_EN_BLANKET,
            KILDE_FLERE_PR_REGNING,
        ),
    )


def betalingsmaerkning(patient: str, periode: str) -> str:
    """Teksten, som indbetalinger mærkes med: »ledsagelse«, patientens navn eller CPR-nr. og
    perioden (fx »2. kvartal 2020«) (Standardkontrakt punkt 8)."""
    p = kraev_tekst(patient, "patient").strip()
    t = kraev_tekst(periode, "periode").strip()
    return f"ledsagelse – {p} – {t}"
