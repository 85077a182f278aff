"""Depression: symptomer, sværhedsgrad, kompleksitet og stratificeringsmodellen.

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 5
Stratificering. Diagnosen (Kap. 6) står i `diagnose`.

Reglerne i kort form:

- Kap. 5 opregner 3 kernesymptomer og 7 ledsagesymptomer »jf. ICD-10« og sætter let
  depression til 2 kernesymptomer og 2 ledsagesymptomer, moderat til 2 og 4, svær til 3 og 5.
  Tallene læses som standard efter ICD-10 (i alt mindst 4/6/8 symptomer); den bogstavelige
  læsning kan vælges (`Fortolkning`; se fortolkningsloggen DEP-01).
- Kompleksitet: 10 komplicerende og 2 styrkende faktorer. Om kompleksiteten er høj, er en
  klinisk vurdering; uden den er kompleksiteten »ikke vurderet«, og der opfindes ingen tærskel.
- Stratificeringen giver et af tre niveauer (let/ikke kompleks, moderat, svær og/eller høj
  kompleksitet) og modellens aktører og indsatser pr. fase, som Kap. 5's skema giver dem.

Hurtig vej: sværhedsvurderingerne er forudberegnet pr. (antal kernesymptomer, antal
ledsagesymptomer, læsning) og stratificeringens niveaudel pr. (tællinger, læsning, klinisk
vurdering); kompleksitetsvurderingerne gemmes pr. faktorsæt og slås først op, når de bruges.
Resultaterne er frosne, så de kan deles. De almindelige input (lister, tupler og mængder af
enum-medlemmer eller deres navne) afgøres af det private modul `_stratificering_hurtig` uden
den generelle validering og uden kontekstskift; funktionerne her er de læsbare regler, som
alt andet går igennem.

Modulet genudsender også depressionsprogrammets forløbsregler fra det private modul
`_depression_forloeb` (den koordinerende kontaktperson, kommunal rehabilitering og
regneeksemplet, udskrivning, samtykke). Programmets øvrige regler har egne moduler:
`maalgruppe` (Kap. 1), `behandling` (Kap. 7: medicinopstart, internetbehandling,
behandlingsregler), `psykiatri` (Kap. 6 og 7), `apotek` (Kap. 7), `sygefravaer` (Kap. 9),
`livsstil` (Kap. 11: alkohol, rygestop) og `screening` (PHQ-2, screeningsredskaber).

Læsningerne i svaret: når en sværheds- eller stratificeringsvurdering ville være en
anden under den anden læsning af Kap. 5 (3 + 1, 3 + 3), siger begrundelsen det, og
`fortolkninger` nævner DEP-01. Flaget er forudberegnet sammen med
vurderingen, så den hurtige vej ikke bliver langsommere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from forloebsregler._depression_forloeb import (
    REGNEEKSEMPEL_ELEMENTER,
    REGNEEKSEMPEL_TIMEPRIS,
    Forankring,
    Henviser,
    KontaktpersonLaesning,
    KontaktpersonOpgave,
    Kontaktpersonvurdering,
    Rehabiliteringselement,
    Rehabiliteringsudgift,
    Rehabiliteringsvurdering,
    Samtykkevurdering,
    Udskrivningspligter,
    afslutning_af_psykiatrisk_behandling,
    beregn_rehabiliteringsudgift,
    informationsudveksling,
    kommunal_rehabilitering,
    koordinerende_kontaktperson,
)
from forloebsregler._depression_grundlag import (
    KAP5,
    KILDE_KERNESYMPTOMER,
    KILDE_LEDSAGESYMPTOMER,
    Afgoerelse,
    Fortolkning,
    Kernesymptom,
    Ledsagesymptom,
    Svaerhedsgrad,
    anden_laesning,
)
from forloebsregler._kontekst import decimalfri, hurtig_vej
from forloebsregler._resultat import Resultat, enkel_vaerdi
from forloebsregler._stratificering_hurtig import (
    Medlemstabel,
    ingen,
    lav_hurtig_kompleksitet,
    lav_hurtig_raekke,
    lav_hurtig_stratificer,
    lav_hurtig_svaerhedsgrad,
)
from forloebsregler._valider import (
    kraev_enum,
    kraev_enum_maengde,
    kraev_heltal,
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import ForloebsreglerFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
    Kilde,
)

if TYPE_CHECKING:
    from forloebsregler.typer import (
        FortolkningArg,
        Heltal,
        KernesymptomArg,
        KomplicerendeFaktorArg,
        LedsagesymptomArg,
        StratificeringsniveauArg,
        StyrkendeFaktorArg,
    )

__all__ = [
    "ICD10_KRAV",
    "KAP5_KRAV",
    "REGNEEKSEMPEL_ELEMENTER",
    "REGNEEKSEMPEL_TIMEPRIS",
    "STRATIFICERINGSMODEL",
    "Afgoerelse",
    "Fase",
    "Forankring",
    "Fortolkning",
    "Henviser",
    "Kernesymptom",
    "Kompleksitetsvurdering",
    "KomplicerendeFaktor",
    "KontaktpersonLaesning",
    "KontaktpersonOpgave",
    "Kontaktpersonvurdering",
    "Ledsagesymptom",
    "Rehabiliteringselement",
    "Rehabiliteringsudgift",
    "Rehabiliteringsvurdering",
    "Samtykkevurdering",
    "Stratificering",
    "Stratificeringsniveau",
    "StyrkendeFaktor",
    "Svaerhedsgrad",
    "Svaerhedsvurdering",
    "Udskrivningspligter",
    "afslutning_af_psykiatrisk_behandling",
    "beregn_rehabiliteringsudgift",
    "faser_for_niveau",
    "informationsudveksling",
    "kommunal_rehabilitering",
    "koordinerende_kontaktperson",
    "stratificer",
    "stratificer_mange",
    "vurder_antal_symptomer",
    "vurder_kompleksitet",
    "vurder_svaerhedsgrad",
]

E = TypeVar("E", bound=Enum)

# --------------------------------------------------------------------------- kilder

KILDE_SVAERHEDSGRADER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5,
    "Let depression: 2 kernesymptomer og 2 ledsagesymptomer Moderat depression: "
    "2 kernesymptomer og 4 ledsagesymptomer Svær depression: 3 kernesymptomer og 5 "
    "ledsagesymptomer",
)
KILDE_STRATIFICERINGSFAKTORER = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5, "Depressionens sværhedsgrad og kompleksitet er de afgørende stratificeringsfaktorer"
)
KILDE_KOMPLICERENDE = FORLOEBSPROGRAM_DEPRESSION.kilde(KAP5, "Komplicerende faktorer er:")
KILDE_STYRKENDE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5,
    "Styrkende faktorer er: God egenomsorgsevne og/eller compliance Støtte fra pårørende og "
    "netværk",
)
KILDE_KOMPLEKSITET = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5,
    "Andre faktorer kan påvirke graden af kompleksitet og dermed den tilpassede indsats. Der "
    "kan være tale om både komplicerende og styrkende faktorer.",
)
KILDE_DIAGNOSTICERING_OG_VURDERING = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5, "Diagnosticering og vurdering af sværhedsgrad/kompleksitet"
)
KILDE_MODEL = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5, "Stratificeringsniveau Faser i forløbet Aktører Indsats"
)
KILDE_MODEL_FORMAAL = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP5,
    "Det konkrete borgerforløb er tilrettelagt ud fra den enkelte borgers behov på "
    "opstartstidspunktet.",
)

# --------------------------------------------------------------------------- sværhedsgrad


@attrs.frozen
class Symptomkrav:
    """Mindstekravet for én sværhedsgrad: kernesymptomer, ledsagesymptomer og i alt."""

    svaerhedsgrad: Svaerhedsgrad
    kernesymptomer: int
    ledsagesymptomer: int
    i_alt: int


KAP5_KRAV: tuple[Symptomkrav, ...] = (
    Symptomkrav(Svaerhedsgrad.LET, 2, 2, 4),
    Symptomkrav(Svaerhedsgrad.MODERAT, 2, 4, 6),
    Symptomkrav(Svaerhedsgrad.SVAER, 3, 5, 8),
)
"""Kap. 5 bogstaveligt: hvert tal er et minimum for sin slags (i alt følger af dem)."""

ICD10_KRAV: tuple[Symptomkrav, ...] = (
    Symptomkrav(Svaerhedsgrad.LET, 2, 0, 4),
    Symptomkrav(Svaerhedsgrad.MODERAT, 2, 0, 6),
    Symptomkrav(Svaerhedsgrad.SVAER, 3, 0, 8),
)
"""ICD-10-læsningen: mindst 2/2/3 kernesymptomer og i alt mindst 4/6/8 symptomer.

Kap. 5 henviser til ICD-10 (»jf. ICD-10«), men gengiver ikke WHO's tælleregel; se
fortolkningsloggen DEP-01.
"""

_KRAV = {Fortolkning.ICD10: ICD10_KRAV, Fortolkning.BOGSTAVELIG: KAP5_KRAV}


@attrs.frozen
class Svaerhedsvurdering(Resultat):
    """Sværhedsgraden ud fra antallet af kerne- og ledsagesymptomer under én læsning."""

    svaerhedsgrad: Svaerhedsgrad
    antal_kernesymptomer: int
    antal_ledsagesymptomer: int
    fortolkning: Fortolkning
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


FORTOLKNING_SVAERHEDSGRAD = "DEP-01"
"""Fortolkningsloggen: sværhedsgraden efter ICD-10 eller Kap. 5's bogstavelige tal."""
FORTOLKNING_KOMPLEKSITET = "DEP-03"
"""Fortolkningsloggen: høj kompleksitet har ingen tærskel (klinisk vurdering)."""


def _grad(nk: int, nl: int, fortolkning: Fortolkning) -> Svaerhedsgrad:
    grad = Svaerhedsgrad.INGEN
    for krav in _KRAV[fortolkning]:
        if nk >= krav.kernesymptomer and nl >= krav.ledsagesymptomer and nk + nl >= krav.i_alt:
            grad = krav.svaerhedsgrad
    return grad


def _kravtekst(krav: Symptomkrav, fortolkning: Fortolkning) -> str:
    if fortolkning is Fortolkning.ICD10:
        return f"mindst {krav.kernesymptomer} kernesymptomer og i alt mindst {krav.i_alt} symptomer"
    return (
        f"mindst {krav.kernesymptomer} kernesymptomer og {krav.ledsagesymptomer} ledsagesymptomer"
    )


def _lav_svaerhedsvurdering(nk: int, nl: int, fortolkning: Fortolkning) -> Svaerhedsvurdering:
    grad = _grad(nk, nl, fortolkning)
    krav = {k.svaerhedsgrad: k for k in _KRAV[fortolkning]}
    taelling = (
        f"{nk} kernesymptom{'' if nk == 1 else 'er'} og {nl} ledsagesymptom"
        f"{'' if nl == 1 else 'er'} (i alt {nk + nl})"
    )
    if grad is Svaerhedsgrad.INGEN:
        begrundelse = (
            f"{taelling} opfylder ikke kravet til let depression efter {fortolkning.value}: "
            f"{_kravtekst(krav[Svaerhedsgrad.LET], fortolkning)}."
        )
    else:
        begrundelse = (
            f"{taelling} giver {grad.value} efter {fortolkning.value}, som kræver "
            f"{_kravtekst(krav[grad], fortolkning)}."
        )
    # Forudberegnet pr. tælling, så flaget koster intet pr. kald.
    anden = anden_laesning(fortolkning)
    anden_grad = _grad(nk, nl, anden)
    fortolkninger: tuple[str, ...] = ()
    if anden_grad is not grad:
        begrundelse += (
            f" Efter {anden.value} ville det være {anden_grad.value} (læsning, se "
            f"fortolkningsloggen {FORTOLKNING_SVAERHEDSGRAD})."
        )
        fortolkninger = (FORTOLKNING_SVAERHEDSGRAD,)
    return Svaerhedsvurdering(
        svaerhedsgrad=grad,
        antal_kernesymptomer=nk,
        antal_ledsagesymptomer=nl,
        fortolkning=fortolkning,
        begrundelse=begrundelse,
        kilder=(KILDE_SVAERHEDSGRADER, KILDE_KERNESYMPTOMER, KILDE_LEDSAGESYMPTOMER),
        fortolkninger=fortolkninger,
    )


_SVAERHED: dict[tuple[int, int, Fortolkning], Svaerhedsvurdering] = {
    (nk, nl, f): _lav_svaerhedsvurdering(nk, nl, f)
    for nk in range(len(Kernesymptom) + 1)
    for nl in range(len(Ledsagesymptom) + 1)
    for f in Fortolkning
}
_BOGST = Fortolkning.BOGSTAVELIG
_SVAERHED_HURTIG = {(nk, nl, f is _BOGST): sv for (nk, nl, f), sv in _SVAERHED.items()}


# Den læsbare vej: hvert element valideres for sig (`_maengde`). Den hurtige vej for de
# almindelige samlinger står i `_stratificering_hurtig` og giver samme svar.
_H_KERNE = Medlemstabel(Kernesymptom)
_H_LEDSAGE = Medlemstabel(Ledsagesymptom)


def _kernesymptomer(vaerdier: object) -> frozenset[Kernesymptom]:
    return _maengde(Kernesymptom, vaerdier, "kernesymptomer", Ledsagesymptom)


def _ledsagesymptomer(vaerdier: object) -> frozenset[Ledsagesymptom]:
    return _maengde(Ledsagesymptom, vaerdier, "ledsagesymptomer", Kernesymptom)


_NAVNEOPSLAG: dict[type[Enum], dict[str, Any]] = {}


def _maengde(
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
                _afvis_forbytning(v, f"{navn}[{i}]", enum_cls, forkert)
            ud.add(kraev_enum(enum_cls, v, f"{navn}[{i}]"))
    return frozenset(ud)


def _afvis_forbytning(v: object, navn: str, rigtig: type[Enum], forkert: type[Enum]) -> None:
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


def _fortolkning(vaerdi: object) -> Fortolkning:
    if type(vaerdi) is Fortolkning:
        return vaerdi
    return kraev_enum(Fortolkning, vaerdi, "fortolkning")


_svaerhed_fabrik = lav_hurtig_svaerhedsgrad(_SVAERHED_HURTIG, _H_KERNE, _H_LEDSAGE)
_hurtig_svaerhedsgrad = _svaerhed_fabrik(ingen)  # den hurtige vej alene (None: ikke afgjort)


@hurtig_vej(_svaerhed_fabrik)
def vurder_svaerhedsgrad(
    kernesymptomer: Iterable[KernesymptomArg],
    ledsagesymptomer: Iterable[LedsagesymptomArg],
    *,
    fortolkning: FortolkningArg = Fortolkning.ICD10,
) -> Svaerhedsvurdering:
    """Depressionens sværhedsgrad ud fra symptomerne (Kap. 5).

    Symptomerne gives som samlinger af enum-medlemmer eller deres navne; rækkefølge og
    gentagelser er uden betydning. `fortolkning` vælger læsningen af Kap. 5's tal (standard
    ICD-10; se `Fortolkning` og fortolkningsloggen).
    """
    # Den hurtige vej for almindelige samlinger står i `_stratificering_hurtig`.
    k = _kernesymptomer(kernesymptomer)
    ledsage = _ledsagesymptomer(ledsagesymptomer)
    return _SVAERHED[(len(k), len(ledsage), _fortolkning(fortolkning))]


def vurder_antal_symptomer(
    antal_kernesymptomer: Heltal,
    antal_ledsagesymptomer: Heltal,
    *,
    fortolkning: FortolkningArg = Fortolkning.ICD10,
) -> Svaerhedsvurdering:
    """Sværhedsgraden (Kap. 5) ud fra antallet af kerne- (0–3) og ledsagesymptomer (0–7).

    Samme vurdering som `vurder_svaerhedsgrad` for symptomer med de antal; til data, der kun
    har tællingerne.
    """
    nk = kraev_heltal(
        antal_kernesymptomer, "antal_kernesymptomer", min_vaerdi=0, maks_vaerdi=len(Kernesymptom)
    )
    nl = kraev_heltal(
        antal_ledsagesymptomer,
        "antal_ledsagesymptomer",
        min_vaerdi=0,
        maks_vaerdi=len(Ledsagesymptom),
    )
    return _SVAERHED[(nk, nl, _fortolkning(fortolkning))]


# --------------------------------------------------------------------------- kompleksitet


class KomplicerendeFaktor(Enum):
    """De ti komplicerende faktorer i Kap. 5."""

    MARKANT_NEDSAT_KOGNITIVT_FUNKTIONSNIVEAU = "Markant nedsat kognitivt funktionsniveau"
    MULTISYGDOM_OG_POLYFARMACI = "Multisygdom og polyfarmaci"
    SAMTIDIG_SVAER_SOMATISK_SYGDOM = "Samtidig (svær) somatisk sygdom"
    SAMTIDIG_ANDEN_PSYKISK_LIDELSE = "Samtidig anden psykisk lidelse/sygdom"
    MARKANT_NEDSAT_PSYKOSOCIAL_FUNKTION = "Markant nedsat psykosocial funktion"
    ALVORLIGT_MISBRUG = "Alvorligt misbrug"
    RINGE_SOCIALE_KAAR = "Ringe sociale kår"
    TILBAGEVENDENDE_ELLER_KRONISK_DEPRESSION = "Tilbagevendende eller kronisk depression"
    UDPRAEGEDE_SELVMORDSTANKER = "Udprægede selvmordstanker"
    MANGLENDE_BEHANDLINGSRESPONS = "Manglende behandlingsrespons"


class StyrkendeFaktor(Enum):
    """De to styrkende faktorer i Kap. 5."""

    GOD_EGENOMSORGSEVNE_OG_ELLER_COMPLIANCE = "God egenomsorgsevne og/eller compliance"
    STOETTE_FRA_PAAROERENDE_OG_NETVAERK = "Støtte fra pårørende og netværk"


@attrs.frozen
class Kompleksitetsvurdering(Resultat):
    """Faktorerne og den kliniske vurdering af, om kompleksiteten er høj.

    `hoej_kompleksitet` er KAN_IKKE_AFGOERES og `klinisk_vurderet` False, når ingen kliniker
    har vurderet kompleksiteten: programmet har ingen tærskel, og der opfindes ingen.
    """

    komplicerende_faktorer: tuple[KomplicerendeFaktor, ...]
    styrkende_faktorer: tuple[StyrkendeFaktor, ...]
    hoej_kompleksitet: Afgoerelse
    klinisk_vurderet: bool
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _lav_kompleksitet(
    komp: frozenset[KomplicerendeFaktor],
    styrk: frozenset[StyrkendeFaktor],
    hoej: bool | None,
) -> Kompleksitetsvurdering:
    komp_t = tuple(f for f in KomplicerendeFaktor if f in komp)
    styrk_t = tuple(f for f in StyrkendeFaktor if f in styrk)
    faktorer = (
        f"{len(komp_t)} komplicerende faktor{'er' if len(komp_t) != 1 else ''}"
        f"{': ' + ', '.join(f.value.lower() for f in komp_t) if komp_t else ''}"
        f" og {len(styrk_t)} styrkende faktor{'er' if len(styrk_t) != 1 else ''}"
        f"{': ' + ', '.join(f.value.lower() for f in styrk_t) if styrk_t else ''}"
    )
    # Ingen tærskel i kilden; se fortolkningsloggen DEP-03.
    if hoej is None:
        svar = Afgoerelse.KAN_IKKE_AFGOERES
        begrundelse = (
            f"Kompleksiteten er ikke klinisk vurderet ({faktorer}); programmet giver ingen "
            "tærskel for høj kompleksitet, så den kan ikke afgøres (se fortolkningsloggen "
            f"{FORTOLKNING_KOMPLEKSITET})."
        )
    elif hoej:
        svar = Afgoerelse.OPFYLDT
        begrundelse = f"Klinikeren har vurderet kompleksiteten som høj ({faktorer})."
    else:
        svar = Afgoerelse.IKKE_OPFYLDT
        begrundelse = f"Klinikeren har vurderet, at kompleksiteten ikke er høj ({faktorer})."
    return Kompleksitetsvurdering(
        komp_t,
        styrk_t,
        svar,
        hoej is not None,
        begrundelse,
        (
            KILDE_KOMPLEKSITET,
            KILDE_KOMPLICERENDE,
            KILDE_STYRKENDE,
            KILDE_DIAGNOSTICERING_OG_VURDERING,
        ),
        (FORTOLKNING_KOMPLEKSITET,) if hoej is None else (),
    )


_KOMPLEKSITET: dict[tuple[Any, Any, Any], Kompleksitetsvurdering] = {}
_H_KOMP = Medlemstabel(KomplicerendeFaktor)
_H_STYRK = Medlemstabel(StyrkendeFaktor)


def _faktorer(
    komplicerende: object, styrkende: object, hoej: object
) -> tuple[frozenset[KomplicerendeFaktor], frozenset[StyrkendeFaktor], bool | None]:
    """De validerede faktorsæt og den kliniske vurdering (den læsbare vej)."""
    return (
        _maengde(KomplicerendeFaktor, komplicerende, "komplicerende", None),
        _maengde(StyrkendeFaktor, styrkende, "styrkende", None),
        kraev_valgfri_bool(hoej, "hoej_kompleksitet"),
    )


def _kompleksitet_for(
    komp: frozenset[KomplicerendeFaktor], styrk: frozenset[StyrkendeFaktor], hoej: bool | None
) -> Kompleksitetsvurdering:
    """Vurderingen for gyldige faktorsæt (gemt, så den deles)."""
    noegle = (komp, styrk, hoej)
    resultat = _KOMPLEKSITET.get(noegle)
    if resultat is None:
        resultat = _KOMPLEKSITET[noegle] = _lav_kompleksitet(komp, styrk, hoej)
    return resultat


_kompleksitet_fabrik = lav_hurtig_kompleksitet(_kompleksitet_for, _H_KOMP, _H_STYRK)
_hurtig_kompleksitet = _kompleksitet_fabrik(ingen)  # den hurtige vej alene (None: ikke afgjort)


@hurtig_vej(_kompleksitet_fabrik)
def vurder_kompleksitet(
    komplicerende: Iterable[KomplicerendeFaktorArg] = frozenset(),
    styrkende: Iterable[StyrkendeFaktorArg] = frozenset(),
    *,
    hoej_kompleksitet: bool | None = None,
) -> Kompleksitetsvurdering:
    """Kompleksiteten (Kap. 5): faktorerne og klinikerens vurdering.

    `hoej_kompleksitet` er klinikerens vurdering (True: høj, False: ikke høj) eller `None`,
    når den ikke er foretaget. Faktorerne alene afgør aldrig kompleksiteten.
    """
    return _kompleksitet_for(*_faktorer(komplicerende, styrkende, hoej_kompleksitet))


# --------------------------------------------------------------------------- modellen


class Stratificeringsniveau(Enum):
    """De tre niveauer i Kap. 5's stratificeringsmodel."""

    LET_IKKE_KOMPLEKS = "Let depression/ikke komplekse"
    MODERAT = "Moderat depression"
    SVAER_ELLER_HOEJ_KOMPLEKSITET = "Svær depression og/eller høj kompleksitet i sygdomsforløbet"


class Fase(Enum):
    """Faserne i forløbet i Kap. 5's skema."""

    UDREDNING = "Udredning"
    BEHANDLING_OG_REHABILITERING = "Behandling og rehabilitering"
    OPFOELGNING = "Opfølgning"


@attrs.frozen
class Forloebsfase:
    """Én celle-gruppe i Kap. 5's skema: aktører og indsatser for et niveau og en fase.

    Udtrækket af skemaet er forvansket, så aktører og indsatser er to lister i kildens
    rækkefølge (med kildens gentagelser); hvilken aktør der leverer hvilken indsats, siger
    udtrækket ikke, og det gættes der ikke på. Se docs/depression.md.
    """

    niveau: Stratificeringsniveau
    fase: Fase
    aktoerer: tuple[str, ...]
    indsatser: tuple[str, ...]
    kilde: Kilde


def _fase(
    niveau: Stratificeringsniveau, fase: Fase, aktoerer: tuple[str, ...], indsatser: tuple[str, ...]
) -> Forloebsfase:
    return Forloebsfase(niveau, fase, aktoerer, indsatser, KILDE_MODEL)


_L = Stratificeringsniveau.LET_IKKE_KOMPLEKS
_M = Stratificeringsniveau.MODERAT
_S = Stratificeringsniveau.SVAER_ELLER_HOEJ_KOMPLEKSITET
_U = Fase.UDREDNING
_B = Fase.BEHANDLING_OG_REHABILITERING
_O = Fase.OPFOELGNING
_DIAG = "Diagnosticering og vurdering af sværhedsgrad/kompleksitet"
_PSYK = "Psykiatrien i Region Syddanmark"

STRATIFICERINGSMODEL: tuple[Forloebsfase, ...] = (
    _fase(_L, _U, ("Almen Praksis",), (_DIAG,)),
    _fase(
        _L,
        _B,
        (
            "Almen Praksis",
            "Privat praktiserende psykolog",
            "Privatpraktiserende psykiater",
            _PSYK,
            "Kommunalt sundhedsområde",
            "Apotek",
        ),
        (
            "Medicinsk behandling",
            "Psykoedukation",
            "Henvisning til kommunal rehabilitering",
            "Samtaleterapi",
            "Medicinsk behandling",
            "Psykoedukation",
            "Internetpsykiatri",
            "Rehabiliteringsforløb",
            "Medicinsamtale",
            "sygdomsforløb",
        ),
    ),
    _fase(_L, _O, ("Almen Praksis", "Kommunal rehabilitering"), ("Samtale", "Samtale")),
    _fase(_M, _U, ("Almen Praksis", _PSYK, "Praktiserende psykiater"), (_DIAG, _DIAG, _DIAG)),
    _fase(
        _M,
        _B,
        (
            "Almen Praksis",
            "Privat praktiserende psykolog",
            "Privatpraktiserende psykiater",
            _PSYK,
            "Apotek",
            "Kommunalt sundhedsområde",
            "Jobcenter",
            "Arbejdsgiver",
            "Uddannelsesinstitution",
            "Alkohol- og misbrugsbehandling",
        ),
        (
            "Medicinsk behandling",
            "Psykoedukation",
            "Henvisning til kommunal rehabilitering",
            "Samtaleterapi",
            "Medicinsk behandling",
            "Psykoedukation",
            "Ambulant behandling i lokalpsykiatrien",
            "Koordinerende Kontaktpersonsordning i lokalpsykiatrien",
            "Internet psykiatri",
            "Behandling under indlæggelse",
            "Medicinsamtale",
            "Rehabiliteringsforløb",
            "Koordinerende Kontaktpersonsordning",
            "Arbejdsmarkedsrettede indsatser",
            "Samarbejde med arbejdsgiver, uddannelsesinstitution",
            "Fastholdelse i job",
            "Fastholdelse i uddannelse",
            "Behandling og støttende samtaler",
        ),
    ),
    _fase(
        _M,
        _O,
        ("Almen Praksis", _PSYK, "Kommunal rehabilitering"),
        ("Samtale og medicin opfølgning", "Ambulant opfølgning i Lokal Psykiatrien", "Samtale"),
    ),
    _fase(
        _S,
        _U,
        ("Almen Praksis", _PSYK, "Praktiserende psykiater"),
        (
            "Vurdering af sværhedsgrad/kompleksitet, Henvisning til Psykiatrien i Region "
            "Syddanmark",
            _DIAG,
            _DIAG,
        ),
    ),
    _fase(
        _S,
        _B,
        (
            _PSYK,
            "Privatpraktiserende psykiater",
            "Apotek",
            "Det specialiserende socialområde",
            "Jobcenter",
            "Arbejdsgiver",
            "Uddannelsesinstitution",
            "Alkohol- og misbrugsbehandling",
            "Børne- og ungeforvaltning",
        ),
        (
            "Behandling under indlæggelse",
            "Koordinerende kontaktpersonsordning",
            "Ambulant behandling i lokalpsykiatrien",
            "Medicinsk behandling",
            "Psykoedukation",
            "Medicinsamtale",
            "Psykosociale indsatser",
            "Arbejdsmarkedsrettede indsatser",
            "Samarbejde med arbejdsgiver, uddannelsesinstitution",
            "Fastholdelse i job",
            "Fastholdelse i uddannelse",
            "Behandling og støttende samtaler",
            "Familiestøtte",
        ),
    ),
    _fase(_S, _O, (_PSYK,), ("Ambulant opfølgning i Lokal Psykiatrien",)),
)
"""Kap. 5's skema som data: tre niveauer × tre faser, aktører og indsatser som lister.

Transkriberet fra tekstudtrækket (se docs/depression.md »Transkription af skemaet«).
"""

_FASER: dict[Stratificeringsniveau, tuple[Forloebsfase, ...]] = {
    n: tuple(f for f in STRATIFICERINGSMODEL if f.niveau is n) for n in Stratificeringsniveau
}


def faser_for_niveau(niveau: StratificeringsniveauArg) -> tuple[Forloebsfase, ...]:
    """Modellens faser (udredning; behandling og rehabilitering; opfølgning) for et niveau."""
    return _FASER[kraev_enum(Stratificeringsniveau, niveau, "niveau")]


@attrs.frozen
class Niveaudel:
    """Den del af en stratificering, der kun afhænger af tællingerne, læsningen og den
    kliniske vurdering (forudberegnet og delt mellem resultater; den er frossen)."""

    niveau: Stratificeringsniveau | None
    mulige_niveauer: tuple[Stratificeringsniveau, ...]
    afgjort: bool
    svaerhedsvurdering: Svaerhedsvurdering
    faser: tuple[Forloebsfase, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


@attrs.frozen
class Stratificering(Resultat):
    """Stratificeringsniveauet ud fra sværhedsgrad og kompleksitet, med modellens faser.

    `afgjort` er False, når niveauet afhænger af en kompleksitetsvurdering, der ikke er
    foretaget; så er `niveau` None, og `mulige_niveauer` siger, hvad det kan blive. Når
    symptomerne ikke svarer til depression, er `afgjort` True og `niveau` None: modellen
    omfatter patienter med depression.

    Værdien består af niveaudelen (niveau, faser, begrundelse, kilder), som er forudberegnet
    og deles mellem resultater, og de validerede faktorer, som kompleksitetsvurderingen
    (også delt) slås op ud fra, når den bruges.
    """

    _niveaudel: Niveaudel
    _komplicerende: frozenset[KomplicerendeFaktor]
    _styrkende: frozenset[StyrkendeFaktor]
    _hoej_kompleksitet: bool | None

    @property
    @decimalfri
    def kompleksitetsvurdering(self) -> Kompleksitetsvurdering:
        """Faktorerne og den kliniske vurdering af kompleksiteten."""
        return _kompleksitet_for(self._komplicerende, self._styrkende, self._hoej_kompleksitet)

    @property
    @decimalfri
    def niveau(self) -> Stratificeringsniveau | None:
        """Niveauet, eller None (ikke afgjort, eller ikke depression)."""
        return self._niveaudel.niveau

    @property
    @decimalfri
    def mulige_niveauer(self) -> tuple[Stratificeringsniveau, ...]:
        """De niveauer, sagen kan ende i, givet det der vides."""
        return self._niveaudel.mulige_niveauer

    @property
    @decimalfri
    def afgjort(self) -> bool:
        """Om niveauspørgsmålet er afgjort."""
        return self._niveaudel.afgjort

    @property
    @decimalfri
    def svaerhedsvurdering(self) -> Svaerhedsvurdering:
        """Sværhedsvurderingen, stratificeringen bygger på."""
        return self._niveaudel.svaerhedsvurdering

    @property
    @decimalfri
    def faser(self) -> tuple[Forloebsfase, ...]:
        """Modellens faser for niveauet (tom, når niveauet ikke er afgjort)."""
        return self._niveaudel.faser

    @property
    @decimalfri
    def begrundelse(self) -> str:
        """Begrundelsen, som en sagsbehandler kan læse højt."""
        return self._niveaudel.begrundelse

    @property
    @decimalfri
    def kilder(self) -> tuple[Kilde, ...]:
        """De anvendte kilder."""
        return self._niveaudel.kilder

    @property
    @decimalfri
    def fortolkninger(self) -> tuple[str, ...]:
        """Fortolkningsloggens læsninger, svaret hviler på (DEP-01: niveauet ville være et
        andet under den anden læsning af sværhedsgraden; DEP-03: kompleksiteten er ikke
        klinisk vurderet)."""
        return self._niveaudel.fortolkninger

    def til_dict(self) -> dict[str, Any]:
        """Resultatet som en dict af simple værdier."""
        d = self._niveaudel
        return {
            "niveau": enkel_vaerdi(d.niveau),
            "mulige_niveauer": enkel_vaerdi(d.mulige_niveauer),
            "afgjort": d.afgjort,
            "svaerhedsvurdering": d.svaerhedsvurdering.til_dict(),
            "kompleksitetsvurdering": self.kompleksitetsvurdering.til_dict(),
            "faser": enkel_vaerdi(d.faser),
            "begrundelse": d.begrundelse,
            "kilder": enkel_vaerdi(d.kilder),
            "fortolkninger": list(d.fortolkninger),
        }


_NY = object.__new__
_SAET = object.__setattr__


def _ny_stratificering(
    niveaudel: Niveaudel,
    komplicerende: frozenset[KomplicerendeFaktor],
    styrkende: frozenset[StyrkendeFaktor],
    hoej: bool | None,
) -> Stratificering:
    """`Stratificering(niveaudel, komplicerende, styrkende, hoej)` uden den offentlige
    konstruktørs indpakning og efterkontrol: felterne er allerede frosne værdier (en frossen
    niveaudel, to frozensets og en bool/None), så efterkontrollen ville intet ændre."""
    r = _NY(Stratificering)
    _SAET(r, "_niveaudel", niveaudel)
    _SAET(r, "_komplicerende", komplicerende)
    _SAET(r, "_styrkende", styrkende)
    _SAET(r, "_hoej_kompleksitet", hoej)
    return r


_NIVEAU_FOR_GRAD = {
    Svaerhedsgrad.LET: _L,
    Svaerhedsgrad.MODERAT: _M,
    Svaerhedsgrad.SVAER: _S,
}


def _niveaudel(
    sv: Svaerhedsvurdering, hoej: Afgoerelse
) -> tuple[
    Stratificeringsniveau | None, tuple[Stratificeringsniveau, ...], bool, str, tuple[Kilde, ...]
]:
    grad = sv.svaerhedsgrad
    kilder = (KILDE_STRATIFICERINGSFAKTORER, KILDE_MODEL, KILDE_MODEL_FORMAAL, *sv.kilder)
    if grad is Svaerhedsgrad.INGEN:
        return (
            None,
            (),
            True,
            f"Intet stratificeringsniveau: {sv.begrundelse} Modellen gælder patienter med "
            "depression.",
            kilder,
        )
    if grad is Svaerhedsgrad.SVAER:
        return (
            _S,
            (_S,),
            True,
            f"Niveau »{_S.value}«: {sv.begrundelse} Svær depression hører til dette niveau "
            "uanset kompleksiteten.",
            kilder,
        )
    eget = _NIVEAU_FOR_GRAD[grad]
    if hoej is Afgoerelse.OPFYLDT:
        return (
            _S,
            (_S,),
            True,
            f"Niveau »{_S.value}«: {grad.value} med høj kompleksitet efter klinisk vurdering. "
            f"{sv.begrundelse}",
            kilder,
        )
    if hoej is Afgoerelse.IKKE_OPFYLDT:
        return (
            eget,
            (eget,),
            True,
            f"Niveau »{eget.value}«: {sv.begrundelse} Kompleksiteten er klinisk vurderet som "
            "ikke høj.",
            kilder,
        )
    return (
        None,
        (eget, _S),
        False,
        f"Niveau »{eget.value}« eller »{_S.value}« — kan ikke afgøres: {sv.begrundelse} "
        "Kompleksiteten er ikke klinisk vurderet, og programmet overlader høj kompleksitet "
        f"til den kliniske vurdering (se fortolkningsloggen {FORTOLKNING_KOMPLEKSITET}).",
        kilder,
    )


def _beskriv_niveau(
    niveau: Stratificeringsniveau | None, mulige: tuple[Stratificeringsniveau, ...]
) -> str:
    if niveau is not None:
        return f"»{niveau.value}«"
    if mulige:
        return " eller ".join(f"»{n.value}«" for n in mulige) + " (ikke afgjort)"
    return "intet niveau (ikke depression)"


def _stratadel(sv: Svaerhedsvurdering, hoej: Afgoerelse, anden: Svaerhedsvurdering) -> Niveaudel:
    """Niveaudelen under `sv`'s læsning; `anden` er samme tælling under den anden læsning."""
    niveau, mulige, afgjort, begrundelse, kilder = _niveaudel(sv, hoej)
    andet_niveau, andre_mulige, _, _, _ = _niveaudel(anden, hoej)
    fortolkninger: tuple[str, ...] = ()
    if (andet_niveau, andre_mulige) != (niveau, mulige):
        begrundelse += (
            f" Efter {anden.fortolkning.value} ville niveauet være: "
            f"{_beskriv_niveau(andet_niveau, andre_mulige)} (læsning, se fortolkningsloggen "
            f"{FORTOLKNING_SVAERHEDSGRAD})."
        )
        fortolkninger = (FORTOLKNING_SVAERHEDSGRAD,)
    if not afgjort:
        fortolkninger = (*fortolkninger, FORTOLKNING_KOMPLEKSITET)
    faser = _FASER[niveau] if niveau is not None else ()
    return Niveaudel(niveau, mulige, afgjort, sv, faser, begrundelse, kilder, fortolkninger)


# Alt andet end kompleksitetsvurderingen er forudberegnet pr. (antal kerne, antal ledsage,
# læsning, klinisk vurdering); nøglen bruger tal og enums, så opslaget er billigt.
_STRATADELE = {
    (nk, nl, f is _BOGST, hoej): _stratadel(sv, a, _SVAERHED[(nk, nl, anden_laesning(f))])
    for (nk, nl, f), sv in _SVAERHED.items()
    for hoej, a in (
        (True, Afgoerelse.OPFYLDT),
        (False, Afgoerelse.IKKE_OPFYLDT),
        (None, Afgoerelse.KAN_IKKE_AFGOERES),
    )
}


_stratificer_fabrik = lav_hurtig_stratificer(
    _STRATADELE, _ny_stratificering, _H_KERNE, _H_LEDSAGE, _H_KOMP, _H_STYRK
)
_hurtig_stratificer = _stratificer_fabrik(ingen)  # den hurtige vej alene (None: ikke afgjort)


@hurtig_vej(_stratificer_fabrik)
def stratificer(
    kernesymptomer: Iterable[KernesymptomArg],
    ledsagesymptomer: Iterable[LedsagesymptomArg],
    *,
    komplicerende: Iterable[KomplicerendeFaktorArg] = frozenset(),
    styrkende: Iterable[StyrkendeFaktorArg] = frozenset(),
    hoej_kompleksitet: bool | None = None,
    fortolkning: FortolkningArg = Fortolkning.ICD10,
) -> Stratificering:
    """Stratificeringsniveauet (Kap. 5) ud fra symptomer og kompleksitet.

    - Svær depression → »Svær depression og/eller høj kompleksitet«.
    - Let eller moderat depression med høj kompleksitet (klinisk vurderet) → samme niveau.
    - Let/moderat uden høj kompleksitet → »Let depression/ikke komplekse« / »Moderat«.
    - Let/moderat, hvor kompleksiteten ikke er vurderet (`hoej_kompleksitet=None`) → ikke
      afgjort; `mulige_niveauer` nævner de to muligheder.
    - Under let depression → intet niveau.
    """
    # Den hurtige vej for almindelige samlinger står i `_stratificering_hurtig`.
    sv = vurder_svaerhedsgrad(kernesymptomer, ledsagesymptomer, fortolkning=fortolkning)
    komp, styrk, h = _faktorer(komplicerende, styrkende, hoej_kompleksitet)
    niveaudel = _STRATADELE[
        (sv.antal_kernesymptomer, sv.antal_ledsagesymptomer, sv.fortolkning is _BOGST, h)
    ]
    return Stratificering(niveaudel, komp, styrk, h)


_BATCH_NOEGLER = frozenset(
    {
        "kernesymptomer",
        "ledsagesymptomer",
        "komplicerende",
        "styrkende",
        "hoej_kompleksitet",
        "fortolkning",
    }
)


def _tekstliste(vaerdier: Iterable[Enum]) -> str:
    return ", ".join(v.name for v in vaerdier)


def _stratificer_raekke(raekke: object) -> dict[str, Any]:
    if not isinstance(raekke, Mapping):
        raise UgyldigTypeFejl(
            f"raekke: fik {vis(raekke)}; accepterer en dict med nøglerne "
            + ", ".join(sorted(_BATCH_NOEGLER))
        )
    ukendte = [str(k) for k in raekke if k not in _BATCH_NOEGLER]
    if ukendte:
        raise UgyldigVaerdiFejl(
            f"raekke: ukendte nøgler {', '.join(ukendte)}; accepterer "
            + ", ".join(sorted(_BATCH_NOEGLER))
        )
    r = stratificer(
        raekke.get("kernesymptomer", ()),
        raekke.get("ledsagesymptomer", ()),
        komplicerende=raekke.get("komplicerende", ()),
        styrkende=raekke.get("styrkende", ()),
        hoej_kompleksitet=raekke.get("hoej_kompleksitet"),
        fortolkning=raekke.get("fortolkning", Fortolkning.ICD10),
    )
    sv, komp = r.svaerhedsvurdering, r.kompleksitetsvurdering
    return {
        "niveau": enkel_vaerdi(r.niveau),
        "mulige_niveauer": _tekstliste(r.mulige_niveauer),
        "afgjort": r.afgjort,
        "svaerhedsgrad": sv.svaerhedsgrad.name,
        "antal_kernesymptomer": sv.antal_kernesymptomer,
        "antal_ledsagesymptomer": sv.antal_ledsagesymptomer,
        "fortolkning": sv.fortolkning.name,
        "hoej_kompleksitet": komp.hoej_kompleksitet.name,
        "komplicerende_faktorer": _tekstliste(komp.komplicerende_faktorer),
        "styrkende_faktorer": _tekstliste(komp.styrkende_faktorer),
        "begrundelse": r.begrundelse,
        "fejl": None,
    }


_hurtig_raekke = lav_hurtig_raekke(
    _STRATADELE, _kompleksitet_for, _H_KERNE, _H_LEDSAGE, _H_KOMP, _H_STYRK, _BATCH_NOEGLER
)


def stratificer_mange(raekker: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Stratificér mange tilfælde: én DataFrame-klar post pr. række.

    Hver række er en dict med nøglerne fra `stratificer` (`kernesymptomer`,
    `ledsagesymptomer`, `komplicerende`, `styrkende`, `hoej_kompleksitet`, `fortolkning`).
    En ugyldig række giver en post med `fejl` sat (»række N: …«, N 1-baseret, og de øvrige
    felter None) i stedet for at standse kørslen.

    Bibliotekets ene batchkontrakt er `forloebsregler.batch` (`batch.depression`: `id` og
    ubrugte kolonner ført igennem, lister som »A;B«, `kilder`, `fejlfelt`, `fejlkode`); denne
    funktion er områdets hurtige genvej og følger kontraktens konventioner: `None`, NaN og tom
    tekst betyder »ikke oplyst«, og en række, hvor `kernesymptomer` eller `ledsagesymptomer`
    ikke er oplyst, er en fejl i rækken — en manglende symptomliste tælles aldrig som tom
    (en tom liste gives som `[]`).
    """
    if isinstance(raekker, str | bytes | Mapping) or not isinstance(raekker, Iterable):
        raise UgyldigTypeFejl(
            f"raekker: fik {vis(raekker)}; accepterer en liste (eller anden samling) af dicts"
        )
    poster: list[dict[str, Any]] = []
    try:
        raekkeliste = list(raekker)
    except Exception as fejl:
        raise UgyldigTypeFejl(f"raekker: kunne ikke gennemløbe {vis(raekker)}") from fejl
    hurtig = _hurtig_raekke
    for i, raekke in enumerate(raekkeliste, start=1):
        mangler = _manglende_symptomlister(raekke)
        post = None if mangler else hurtig(raekke)  # den hurtige vej eller None
        if post is None:
            try:
                if mangler:  # en ugyldig værdi i de oplyste felter meldes først
                    _stratificer_raekke(_uden_ikke_oplyste_lister(raekke))
                    raise UgyldigVaerdiFejl(
                        f"{mangler}: ikke oplyst; feltet er påkrævet (en tom liste gives som [])"
                    )
                post = _stratificer_raekke(raekke)
            except ForloebsreglerFejl as fejl:
                post = {**dict.fromkeys(_TOMME_FELTER), "fejl": f"række {i}: {fejl}"}
        poster.append(post)
    return poster


def _ikke_oplyst(vaerdi: object) -> bool:
    """None, NaN, pandas' NaT/NA og tom tekst: »ikke oplyst« som i `forloebsregler.batch`."""
    if vaerdi is None:
        return True
    if isinstance(vaerdi, str):
        return not vaerdi.strip()
    if isinstance(vaerdi, float):
        return vaerdi != vaerdi
    return type(vaerdi).__name__ in {"NaTType", "NAType"}


def _uden_ikke_oplyste_lister(raekke: Any) -> dict[Any, Any]:
    """Rækken uden de symptomlister, der ikke er oplyst (kun til at finde andre fejl)."""
    return {
        k: v
        for k, v in raekke.items()
        if k not in ("kernesymptomer", "ledsagesymptomer") or not _ikke_oplyst(v)
    }


def _manglende_symptomlister(raekke: object) -> str | None:
    """Navnet på den første påkrævede symptomliste, rækken ikke oplyser (ellers None)."""
    if not isinstance(raekke, Mapping):
        return None
    for navn in ("kernesymptomer", "ledsagesymptomer"):
        try:
            if any(k not in _BATCH_NOEGLER for k in raekke):
                return None  # ukendte nøgler meldes først (den læsbare vej)
            if _ikke_oplyst(raekke.get(navn)):
                return navn
        except Exception:  # en defekt mapping: den læsbare vej giver fejlbeskeden
            return None
    return None


_TOMME_FELTER = (
    "niveau",
    "mulige_niveauer",
    "afgjort",
    "svaerhedsgrad",
    "antal_kernesymptomer",
    "antal_ledsagesymptomer",
    "fortolkning",
    "hoej_kompleksitet",
    "komplicerende_faktorer",
    "styrkende_faktorer",
    "begrundelse",
)
