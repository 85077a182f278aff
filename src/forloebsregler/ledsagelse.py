"""Ledsagelse: hvem samarbejdsaftalen dækker, og hvornår og af hvem en aftale indgås.

Kilder: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling* — **Målgruppe** (folkeregisteradresse og behandling i
Region Syddanmark, alle aldre, børn, ikke respirator), **Generelle forpligtelser** (kun
sygehuset beslutter behovet; aftalen forud for planlagt behandling; kommunen gør
opmærksom; bistand uden relation til sygehusbehandlingen; personale; ikke eget hjem),
**Akutte forløb** (kommunen vurderer indtil kontrakten) og **Planlagte behandlingsforløb**
(afdelingsskift).

- `omfattet_af_aftalen`: alle grunde til, at en borger ikke er omfattet; et barn er omfattet,
  når forældre/omsorgspersoner ikke kan dække behovet — også når pårørende kan følge det
  (LED-18); ikke borgere med respirator og ikke behandling i eget hjem (LED-17).
- `kan_aftale_indgaas`: hvem beslutter, og hvad kommunen skal gøre (LED-22 for en uoplyst
  aftale).
- `afdelingsskift`: den nye afdeling overtager aftalen.

Kontraktens omfang står i `forloebsregler.kontraktomfang`; personlige hjælpere, overnatning,
ansvar og ID-armbånd i `forloebsregler.ledsagerforhold`; takster og pris i
`forloebsregler.takster` og `forloebsregler.ledsagelsespris`; afregning og faktura i
`forloebsregler.afregning` og `forloebsregler.fakturering`.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

import attrs

from forloebsregler._ledsagelse_grundlag import (
    LED_BOERN,
    LED_EGET_HJEM,
    LED_UKENDT_KONTRAKT,
    Betingelser,
    aftalelaesninger,
    svartekst,
)
from forloebsregler._resultat import DovenResultat, DovenTekst, Resultat
from forloebsregler._valider import kraev_enum, kraev_valgfri_bool
from forloebsregler.afregning import Forloebstype
from forloebsregler.kilder import (
    HOERINGSBEMAERKNINGER_LEDSAGELSE,
    SAMARBEJDSAFTALE_LEDSAGELSE,
    Kilde,
)
from forloebsregler.svar import Svar, ja_nej

if TYPE_CHECKING:
    from forloebsregler.typer import ForloebstypeArg

__all__ = [
    "ENDNU_IKKE_INDGAAET",
    "Afdelingsskift",
    "Aftalevurdering",
    "Daekning",
    "Daekningsvurdering",
    "EndnuIkkeIndgaaet",
    "afdelingsskift",
    "kan_aftale_indgaas",
    "omfattet_af_aftalen",
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


Daekning = Svar
"""Ledsagelsesreglernes svar: det fælles `forloebsregler.svar.Svar` (gammelt navn)."""

# --------------------------------------------------------------------------- dækning


@attrs.frozen(repr=False)
class Daekningsvurdering(DovenResultat):
    """Om en borger er omfattet af samarbejdsaftalen, med alle grunde til, at den ikke er.

    `begrundelse` skrives første gang, den læses, ud fra grundene og de ukendte forhold
    (issue 18, punkt 1); konstruktøren tager den som tekst (`begrundelse=`) som før.
    """

    omfattet: Svar
    grunde: tuple[str, ...]
    """Hver grund til, at borgeren ikke er omfattet (tom, hvis ingen)."""
    ukendte: tuple[str, ...]
    """Forhold, der ikke er oplyst, og som afgørelsen afhænger af."""
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """Fortolkningslogens afsnit, svaret hviler på (fx ``("LED-18",)`` for børn)."""


_MAALGRUPPEN: tuple[tuple[str, str, str], ...] = (
    (
        "folkeregisteradresse_i_syddanmark",
        "borgeren har ikke folkeregisteradresse i Region Syddanmark",
        "folkeregisteradresse",
    ),
    (
        "sygehus_i_syddanmark",
        "behandlingen sker ikke på et sygehus i Region Syddanmark",
        "sygehusets region",
    ),
    (
        "i_maalgruppen",
        "borgerens funktionsniveau/adfærd placerer ikke borgeren i målgruppen",
        "målgruppe",
    ),
    ("kommunen_i_kontakt", "kommunen er ikke i kontakt med borgeren", "kommunens kontakt"),
)
"""Målgruppens betingelser, som skal være opfyldt: (argument, grund til nej, ukendt forhold)."""


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
    b = Betingelser()
    kilder = [KILDE_SYDDANMARK, KILDE_ALLE_ALDRE]
    fortolkninger: list[str] = []
    for navn, grund, ukendt in _MAALGRUPPEN:
        b.kraev(v[navn], True, grund, ukendt)
    if v["barn"] is not False:
        kilder.append(KILDE_BOERN)
        fortolkninger.append(LED_BOERN)
    _paaroerende_eller_barn(
        v["barn"], v["paaroerende_kan_foelge"], v["foraeldre_kan_daekke_behovet"], b
    )
    _respirator(v["respirator"], b, kilder)
    _eget_hjem(v["behandling_i_eget_hjem"], b, kilder, fortolkninger)
    fortolkninger.sort()
    ider = tuple(fortolkninger)
    barnet = v["barn"]
    return Daekningsvurdering(
        omfattet=b.svar,
        grunde=tuple(b.grunde),
        ukendte=tuple(b.ukendte),
        begrundelse=DovenTekst(lambda: _daekningstekst(b, barnet) + aftalelaesninger(ider)),
        kilder=tuple(kilder),
        fortolkninger=ider,
    )


def _daekningstekst(b: Betingelser, barn: bool | None) -> str:
    """Begrundelsen for `omfattet_af_aftalen` uden læsningerne (skrives, når den læses; `b`
    ændres ikke, efter resultatet er dannet)."""
    if b.svar is Svar.OPFYLDT and barn:
        return (
            "Barnet er omfattet af samarbejdsaftalen om ledsagelse, fordi dets behov ikke "
            "kan dækkes af forældre eller tilsvarende omsorgspersoner."
        )
    return svartekst(
        b,
        "Borgeren er omfattet af samarbejdsaftalen om ledsagelse.",
        "Borgeren er ikke omfattet, fordi ",
        "Det kan ikke afgøres, om borgeren er omfattet; ukendt: ",
    )


def _paaroerende_eller_barn(
    barn: bool | None, paaroerende: bool | None, foraeldre: bool | None, b: Betingelser
) -> None:
    """Målgruppe: en voksen er omfattet, når pårørende ikke har kunnet følge borgeren.

    Undtagelse for børn: »Såfremt et barns behov for ledsagelse ikke kan dækkes gennem
    tilstedeværelsen af forældre eller tilsvarende omsorgspersoner, er barnet også omfattet«
    — også når pårørende kan følge det (fortolkningsloggen LED-18). Er det ukendt, om
    borgeren er et barn, afgøres svaret kun, hvis begge veje giver samme svar.
    """
    voksen = Betingelser()
    voksen.kraev(paaroerende, False, "pårørende kan følge borgeren på sygehuset", "pårørende")
    boern = Betingelser()
    boern.kraev(
        foraeldre,
        False,
        "barnets behov kan dækkes af forældre eller tilsvarende omsorgspersoner",
        "om forældrene kan dække behovet",
    )
    if barn is False:
        b.grunde += voksen.grunde
        b.ukendte += voksen.ukendte
    elif barn:
        b.grunde += boern.grunde
        b.ukendte += boern.ukendte
    elif voksen.svar is boern.svar:
        # begge veje giver samme svar, så det er ligegyldigt, om borgeren er et barn
        b.grunde += voksen.grunde + [g for g in boern.grunde if g not in voksen.grunde]
        b.ukendte += voksen.ukendte + boern.ukendte
    else:
        b.ukendte.append("om borgeren er et barn")


def _respirator(respirator: bool | None, b: Betingelser, kilder: list[Kilde]) -> None:
    """Undtagelse (Målgruppe): »Dog gælder samarbejdsaftalen ikke borgere med respirator,
    hvor region og kommuner i forvejen har en betalingsaftale.«"""
    b.kraev(respirator, False, "borgeren har respirator (særskilt betalingsaftale)", "respirator")
    if respirator is not False:
        kilder.append(KILDE_RESPIRATOR)


def _eget_hjem(
    eget_hjem: bool | None, b: Betingelser, kilder: list[Kilde], fortolkninger: list[str]
) -> None:
    """Undtagelse (høringsbemærkningerne): »Samarbejdsaftalen har ikke hidtil omfattet
    behandling andre steder end på sygehuset« — behandling i eget hjem er uden for aftalen
    (fortolkningsloggen LED-17)."""
    b.kraev(
        eget_hjem,
        False,
        "behandlingen sker i borgerens eget hjem, ikke på sygehuset",
        "behandlingssted",
    )
    if eget_hjem is not False:
        kilder.append(KILDE_EGET_HJEM)
    if eget_hjem:
        fortolkninger.append(LED_EGET_HJEM)


# --------------------------------------------------------------------------- aftalen


class EndnuIkkeIndgaaet(Enum):
    """Det udtrykkelige svar »aftalen er endnu ikke indgået« til `kan_aftale_indgaas`.

    `indgaaet_foer_behandling=None` betyder *ukendt* (ikke oplyst) (fortolkningsloggen LED-22).
    """

    ENDNU_IKKE_INDGAAET = "endnu ikke indgået"


ENDNU_IKKE_INDGAAET = EndnuIkkeIndgaaet.ENDNU_IKKE_INDGAAET
"""Aftalen er endnu ikke indgået (behandlingen er ikke begyndt); standard i `kan_aftale_indgaas`."""


@attrs.frozen(repr=False)
class Aftalevurdering(DovenResultat):
    """Om en aftale om ledsagelse kan indgås, og hvem der skal gøre hvad.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    kan_indgaas: Svar
    beslutter: str
    """Hvem der træffer beslutningen om behovet: altid sygehuset."""
    kommunens_pligter: tuple[str, ...]
    grunde: tuple[str, ...]
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()
    """``("LED-22",)``, når det ikke er oplyst, om en planlagt aftale er indgået forud."""


_AFTALEBETINGELSER: tuple[tuple[str, str], ...] = (
    ("sygehuset har ikke vurderet, at der er behov for ledsagelse", "sygehusets vurdering"),
    ("kommunen har ikke det nødvendige personale til rådighed", "kommunens personale"),
    (
        "bistanden er ikke relateret til sygehusbehandlingen og er fortsat en kommunal opgave",
        "om bistanden er relateret til sygehusbehandlingen",
    ),
)
"""Generelle forpligtelser: sygehuset vurderer behovet, kommunen har personalet, og bistanden
er relateret til sygehusbehandlingen — (grund til nej, ukendt forhold) i den rækkefølge."""


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
    b = Betingelser()
    for vaerdi, (grund, ukendt) in zip(
        (behov, personale, relateret), _AFTALEBETINGELSER, strict=True
    ):
        b.kraev(vaerdi, True, grund, ukendt)
    kilder = [KILDE_SYGEHUSET_VURDERER, KILDE_PERSONALE, KILDE_IKKE_RELATERET]
    if typ is Forloebstype.PLANLAGT:
        pligter, fortolkninger = _planlagt_aftale(forud, endnu_ikke, b, kilder)
    else:
        pligter, fortolkninger = _akut_aftale(kilder)
    return Aftalevurdering(
        kan_indgaas=b.svar,
        beslutter="sygehuset",
        kommunens_pligter=pligter,
        grunde=tuple(b.grunde),
        begrundelse=DovenTekst(lambda: _aftaletekst(b) + aftalelaesninger(fortolkninger)),
        kilder=tuple(kilder),
        fortolkninger=fortolkninger,
    )


def _aftaletekst(b: Betingelser) -> str:
    """Begrundelsen for `kan_aftale_indgaas` uden læsningerne (skrives, når den læses; `b`
    ændres ikke, efter resultatet er dannet)."""
    return svartekst(
        b,
        "Aftalen kan indgås; det er alene sygehuset, der træffer beslutningen.",
        "Aftalen kan ikke indgås, fordi ",
        "Det kan ikke afgøres, om aftalen kan indgås; ukendt: ",
    )


def _planlagt_aftale(
    forud: bool | None, endnu_ikke: bool, b: Betingelser, kilder: list[Kilde]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Planlagt behandling (Generelle forpligtelser): kommunen gør sygehuset opmærksom på
    behovet og begrunder sin vurdering, og aftalen »indgås forud for planlagt behandling«.
    Er det ikke oplyst, om den er indgået forud, kan det ikke afgøres (LED-22).
    """
    kilder += [KILDE_KOMMUNEN_GOER_OPMAERKSOM, KILDE_FORUD_FOR_PLANLAGT]
    fortolkninger: tuple[str, ...] = ()
    if forud is False:
        b.grunde.append("aftalen skal indgås forud for planlagt behandling")
    elif forud is None and not endnu_ikke:
        b.ukendte.append("om aftalen er indgået forud for behandlingen")
        fortolkninger = (LED_UKENDT_KONTRAKT,)
    pligter = (
        "gøre sygehuset opmærksom på behovet, så snart kommunen ved, hvor borgeren skal behandles",
        "begrunde sin vurdering over for sygehuset",
    )
    return pligter, fortolkninger


def _akut_aftale(kilder: list[Kilde]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Akutte forløb: kommunen vurderer behovet ved akut opstået behandlingsbehov og sender i
    givet fald ledsager med."""
    kilder.append(KILDE_AKUT_KOMMUNEN_VURDERER)
    pligter = (
        "vurdere behovet ved akut opstået behandlingsbehov og i givet fald sende ledsager med",
    )
    return pligter, ()


@attrs.frozen
class Afdelingsskift(Resultat):
    """Hvad der sker med aftalen, når borgeren skifter afdeling."""

    aftalen_overtages: Svar
    ansvar_for_kontaktoplysninger: str
    begrundelse: str
    kilder: tuple[Kilde, ...]


_SKIFTETEKSTER: dict[Svar, str] = {
    svar: tekst + " Den overførende afdeling sørger for kontaktoplysningerne."
    for svar, tekst in (
        (Svar.OPFYLDT, "Den nye afdeling overtager den indgåede aftale om ledsagelse."),
        (Svar.IKKE_OPFYLDT, "Behovet er ikke længere til stede, så aftalen overtages ikke."),
        (
            Svar.KAN_IKKE_AFGOERES,
            "Om aftalen overtages, afhænger af, om behovet stadig vurderes at være til stede.",
        ),
    )
}
"""Begrundelsen for `afdelingsskift` pr. svar (faste tekster, bygget én gang)."""


def afdelingsskift(*, behov_fortsat: bool | None) -> Afdelingsskift:
    """Ved afdelingsskift overtager den nye afdeling aftalen, hvis behovet stadig er der."""
    behov = kraev_valgfri_bool(behov_fortsat, "behov_fortsat")
    svar = ja_nej(behov)
    return Afdelingsskift(
        aftalen_overtages=svar,
        ansvar_for_kontaktoplysninger="den overførende afdeling",
        begrundelse=_SKIFTETEKSTER[svar],
        kilder=(KILDE_AFDELINGSSKIFT,),
    )
