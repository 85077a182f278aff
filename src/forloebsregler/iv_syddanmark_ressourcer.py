"""Region Syddanmarks samarbejdsaftaler om IV-behandling: remedier, plan og kompetencer.

Kilder: Region Syddanmarks *Samarbejdsaftale om IV-behandling med væske* og *Samarbejdsaftale
om IV-behandling med antibiotika* (begge i kraft 1. januar 2018):

- afsnittet *Beskrivelse af remedier og ressourcer* (og *Grundprincipper* for IV-adgangen):
  sygehuset sender patienten hjem med IV-adgang med slange og medsender IV-kassen; den
  kommunale akutfunktion medbringer handsker, adrenalin og førstehjælpsremedier
  (`leverandoer`, `IV_KASSE`, `AKUTFUNKTIONENS_UTENSILIER`);
- afsnittet *Information forud for overdragelse*: plejeforløbsplanen og kontaktoplysningerne
  (`plejeforloebsplan`);
- afsnittet *Kompetenceudvikling*: de kompetencer, den kommunale sygeplejerske skal have
  (`kompetencer`, `KOMPETENCEKRAV`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from forloebsregler._resultat import DovenResultat, DovenTekst
from forloebsregler._valider import kraev_enum, kraev_valgfri_bool, vis
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.iv_syddanmark import IVBehandling
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_ANTIBIOTIKA as _A
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_VAESKE as _V
from forloebsregler.kilder import Kilde
from forloebsregler.svar import Svar

if TYPE_CHECKING:
    from forloebsregler.typer import Afbildning, IVBehandlingArg, KompetenceArg, LeveranceArg

__all__ = [
    "AKUTFUNKTIONENS_UTENSILIER",
    "IV_KASSE",
    "KOMPETENCEKRAV",
    "Kompetence",
    "Kravvurdering",
    "Leverance",
    "Leverancevurdering",
    "Leverandoer",
    "kompetencer",
    "leverandoer",
    "plejeforloebsplan",
]

_AFSNIT_GRUND = "Grundprincipper for samarbejdet"
_AFSNIT_INFO = "Information forud for overdragelse"

# ---------------------------------------------------------------------------
# IV-kassen og hvem der leverer hvad (Beskrivelse af remedier og ressourcer)
# ---------------------------------------------------------------------------

_AFSNIT_REMEDIER = "Beskrivelse af remedier og ressourcer"


class Leverance(Enum):
    """Ting, som aftalerne nævner i forbindelse med IV-behandlingen i hjemmet."""

    IV_ADGANG_MED_SLANGE = "IV-adgang med slange"
    VAESKE = "væske"
    MEDICIN = "medicin"
    ADMINISTRATIONSSKEMA = "administrationsskema"
    INFUSIONSSAET = "infusionssæt"
    NACL_SKYL_10_ML = "10 ml. NaCl skyl"
    KANYLEBOKS = "kanyleboks"
    REMEDIER_TIL_IV_ADGANG = "remedier til anlæggelse af IV-adgang"
    ENGANGSHANDSKER = "engangshandsker (nitril)"
    ADRENALIN = "adrenalin"
    FOERSTEHJAELPSREMEDIER = "førstehjælpsremedier (fx øjenskyl)"


class Leverandoer(Enum):
    """Hvem der ifølge aftalen medbringer eller medsender en ting."""

    SYGEHUSET = "sygehuset"
    KOMMUNAL_AKUTFUNKTION = "den kommunale akutfunktion"
    KAN_IKKE_AFGOERES = "kan ikke afgøres"


_K_IV_KASSE = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_REMEDIER,
        "væske, administrationsskema, infusionssæt, kanyleboks, remedier til anlæggelse af "
        "IV-adgang mm.",
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_REMEDIER,
        "Medicin, administrationsskema, infusionssæt, 10 ml. NaCl skyl, kanyleboks, remedier til "
        "anlæggelse af IV-adgang mm.",
    ),
}
_K_IV_KASSE_VARIERER = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_REMEDIER, "IV-kassens indhold varierer, men indeholder som udgangspunkt"
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_REMEDIER,
        "IV-kassens indhold varierer iht. de medicinske præparat, men indeholder som udgangspunkt",
    ),
}
_K_IV_ADGANG_SYGEHUS = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_GRUND,
        "Sygehuset er ansvarlig for, at patienten sendes hjem med ny anlagt velfungerende "
        "IV-adgang (under 1 døgn gammel) med slange",
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_GRUND,
        "Sygehuset er ansvarlig for, at patienten sendes hjem med velfungerende IV-adgang (under "
        "1 døgn gammel) med slange",
    ),
}
_K_AKUTFUNKTION_MEDBRINGER = {
    behandling: dok.kilde(
        _AFSNIT_REMEDIER,
        "Den kommunale akutfunktion medbringer øvrige nødvendige utensilier, så som "
        "engangshandsker (nitril), adrenalin og førstehjælpsremedier (fx øjenskyl).",
    )
    for behandling, dok in ((IVBehandling.VAESKE, _V), (IVBehandling.ANTIBIOTIKA, _A))
}

_L = Leverance
_IV_KASSE_DATA: dict[IVBehandling, tuple[Leverance, ...]] = {
    IVBehandling.VAESKE: (
        _L.VAESKE,
        _L.ADMINISTRATIONSSKEMA,
        _L.INFUSIONSSAET,
        _L.KANYLEBOKS,
        _L.REMEDIER_TIL_IV_ADGANG,
    ),
    IVBehandling.ANTIBIOTIKA: (
        _L.MEDICIN,
        _L.ADMINISTRATIONSSKEMA,
        _L.INFUSIONSSAET,
        _L.NACL_SKYL_10_ML,
        _L.KANYLEBOKS,
        _L.REMEDIER_TIL_IV_ADGANG,
    ),
}
IV_KASSE: Mapping[IVBehandling, tuple[Leverance, ...]] = MappingProxyType(_IV_KASSE_DATA)
"""IV-kassens indhold »som udgangspunkt« pr. aftale (Beskrivelse af remedier og ressourcer)."""

AKUTFUNKTIONENS_UTENSILIER: tuple[Leverance, ...] = (
    _L.ENGANGSHANDSKER,
    _L.ADRENALIN,
    _L.FOERSTEHJAELPSREMEDIER,
)
"""Det, den kommunale akutfunktion selv medbringer (begge aftaler)."""


@attrs.frozen(repr=False)
class Leverancevurdering(DovenResultat):
    """Hvem der medsender eller medbringer en ting, og om den er i IV-kassen.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    behandling: IVBehandling
    leverance: Leverance
    leverandoer: Leverandoer
    i_iv_kassen: bool | None
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def leverandoer(behandling: IVBehandlingArg, leverance: LeveranceArg) -> Leverancevurdering:
    """Hvem leverer `leverance` ved IV-behandling med væske eller antibiotika?

    Sygehuset sender patienten hjem med IV-adgang med slange og medsender IV-kassen med det,
    kassen »som udgangspunkt« indeholder; den kommunale akutfunktion medbringer engangshandsker
    (nitril), adrenalin og førstehjælpsremedier. En ting, som aftalen ikke nævner for den
    behandling (fx medicin i væskeaftalen), er »kan ikke afgøres«: kassens indhold »varierer«
    og listen slutter med »mm.« (fortolkningsloggen IV-19).
    """
    b = kraev_enum(IVBehandling, behandling, "behandling")
    ting = kraev_enum(Leverance, leverance, "leverance")
    if ting is _L.IV_ADGANG_MED_SLANGE:
        return Leverancevurdering(
            behandling=b,
            leverance=ting,
            leverandoer=Leverandoer.SYGEHUSET,
            i_iv_kassen=False,
            begrundelse=(
                "Sygehuset sender patienten hjem med en velfungerende IV-adgang med slange."
            ),
            kilder=(_K_IV_ADGANG_SYGEHUS[b],),
        )
    if ting in IV_KASSE[b]:
        return Leverancevurdering(
            behandling=b,
            leverance=ting,
            leverandoer=Leverandoer.SYGEHUSET,
            i_iv_kassen=True,
            begrundelse=DovenTekst(lambda: _i_kassen_tekst(b, ting)),
            kilder=(_K_IV_KASSE_VARIERER[b], _K_IV_KASSE[b]),
        )
    if ting in AKUTFUNKTIONENS_UTENSILIER:
        return Leverancevurdering(
            behandling=b,
            leverance=ting,
            leverandoer=Leverandoer.KOMMUNAL_AKUTFUNKTION,
            i_iv_kassen=False,
            begrundelse=DovenTekst(lambda: _akutfunktionens_tekst(ting)),
            kilder=(_K_AKUTFUNKTION_MEDBRINGER[b],),
        )
    return Leverancevurdering(
        behandling=b,
        leverance=ting,
        leverandoer=Leverandoer.KAN_IKKE_AFGOERES,
        i_iv_kassen=None,
        begrundelse=DovenTekst(lambda: _ikke_naevnt_tekst(b, ting)),
        kilder=(_K_IV_KASSE_VARIERER[b], _K_IV_KASSE[b], _K_AKUTFUNKTION_MEDBRINGER[b]),
        fortolkninger=("IV-19",),
    )


def _i_kassen_tekst(b: IVBehandling, ting: Leverance) -> str:
    """Begrundelsen for en ting i IV-kassen (skrives, når den læses)."""
    return (
        f"{ting.value[0].upper()}{ting.value[1:]} er som udgangspunkt i IV-kassen, som "
        f"sygehuset medsender ved udskrivelse (IV-behandling med {b.value})."
    )


def _akutfunktionens_tekst(ting: Leverance) -> str:
    """Begrundelsen for en af akutfunktionens utensilier (skrives, når den læses)."""
    return (
        f"Den kommunale akutfunktion medbringer selv {ting.value} som en del af de "
        "øvrige nødvendige utensilier."
    )


def _ikke_naevnt_tekst(b: IVBehandling, ting: Leverance) -> str:
    """Begrundelsen for en ting, aftalen ikke nævner (skrives, når den læses)."""
    return (
        f"Kan ikke afgøres: aftalen om IV-behandling med {b.value} nævner ikke {ting.value} i "
        "IV-kassen eller blandt akutfunktionens utensilier, og kassens indhold varierer "
        "(læsning, se fortolkningsloggen IV-19)."
    )


# ---------------------------------------------------------------------------
# Tjeklister: plejeforløbsplanen og kompetencerne
# ---------------------------------------------------------------------------


@attrs.frozen(repr=False)
class Kravvurdering(DovenResultat):
    """En tjekliste fra aftalen: opfyldt, ikke opfyldt eller kan ikke afgøres.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    behandling: IVBehandling
    krav: str
    opfyldelse: Svar
    ikke_opfyldte: tuple[str, ...]
    ukendte: tuple[str, ...]
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _tjekliste(
    b: IVBehandling,
    krav: str,
    svar: Iterable[tuple[str, bool | None]],
    kilder: tuple[Kilde, ...],
) -> Kravvurdering:
    liste = tuple(svar)
    ikke = tuple(navn for navn, v in liste if v is False)
    ukendte = tuple(navn for navn, v in liste if v is None)
    if ikke:
        opf = Svar.IKKE_OPFYLDT
    elif ukendte:
        opf = Svar.KAN_IKKE_AFGOERES
    else:
        opf = Svar.OPFYLDT
    return Kravvurdering(
        behandling=b,
        krav=krav,
        opfyldelse=opf,
        ikke_opfyldte=ikke,
        ukendte=ukendte,
        begrundelse=DovenTekst(lambda: _tjeklistetekst(b, krav, liste, ikke, ukendte)),
        kilder=kilder,
    )


def _tjeklistetekst(
    b: IVBehandling,
    krav: str,
    liste: tuple[tuple[str, bool | None], ...],
    ikke: tuple[str, ...],
    ukendte: tuple[str, ...],
) -> str:
    """Begrundelsen for en tjekliste (skrives, når den læses)."""
    if ikke:
        tekst = f"{krav} ved IV-behandling med {b.value} er ikke opfyldt; mangler: " + "; ".join(
            ikke
        )
    elif ukendte:
        tekst = f"Kan ikke afgøres, om {krav} ved IV-behandling med {b.value} er opfyldt; ukendt: "
        tekst += "; ".join(ukendte)
    else:
        tekst = f"{krav} ved IV-behandling med {b.value} er opfyldt: " + "; ".join(
            navn for navn, _ in liste
        )
    return tekst[0].upper() + tekst[1:] + "."


_K_PLAN = {
    behandling: (
        dok.kilde(
            _AFSNIT_INFO,
            "Iht. SAM:BO aftalen skal der sendes en plejeforløbsplan indeholdende information om "
            "patient og behandlingsforløb med reference til samarbejdsaftalen.",
        ),
        dok.kilde(
            _AFSNIT_INFO,
            "Der skal medsendes kontaktoplysninger på den behandlingsansvarlige afdeling, "
            f"herunder et telefonnummer, {ord_} tilgængeligt døgnet rundt.",
        ),
        dok.kilde(
            "Kompetenceudvikling",
            "Kontaktinformation formidles i plejeforløbsplanen, som udleveres til den kommunale "
            "sygepleje.",
        ),
    )
    for behandling, dok, ord_ in (
        (IVBehandling.VAESKE, _V, "der er"),
        (IVBehandling.ANTIBIOTIKA, _A, "som er"),
    )
}


def plejeforloebsplan(
    behandling: IVBehandlingArg,
    *,
    sendt: bool | None = None,
    information_om_patient_og_behandlingsforloeb: bool | None = None,
    reference_til_samarbejdsaftalen: bool | None = None,
    kontaktoplysninger_paa_afdelingen: bool | None = None,
    telefonnummer_doegnet_rundt: bool | None = None,
) -> Kravvurdering:
    """Opfylder plejeforløbsplanen aftalens krav? (Information forud for overdragelse.)

    Planen skal sendes (iht. SAM:BO) og indeholde information om patient og behandlingsforløb
    med reference til samarbejdsaftalen; med den skal kontaktoplysninger på den
    behandlingsansvarlige afdeling, herunder et telefonnummer, der er tilgængeligt døgnet
    rundt. Hvert svar er True/False/None (ukendt).
    """
    b = kraev_enum(IVBehandling, behandling, "behandling")
    svar = [
        (tekst, kraev_valgfri_bool(v, navn))
        for tekst, navn, v in (
            ("planen er sendt", "sendt", sendt),
            (
                "information om patient og behandlingsforløb",
                "information_om_patient_og_behandlingsforloeb",
                information_om_patient_og_behandlingsforloeb,
            ),
            (
                "reference til samarbejdsaftalen",
                "reference_til_samarbejdsaftalen",
                reference_til_samarbejdsaftalen,
            ),
            (
                "kontaktoplysninger på den behandlingsansvarlige afdeling",
                "kontaktoplysninger_paa_afdelingen",
                kontaktoplysninger_paa_afdelingen,
            ),
            (
                "et telefonnummer, der er tilgængeligt døgnet rundt",
                "telefonnummer_doegnet_rundt",
                telefonnummer_doegnet_rundt,
            ),
        )
    ]
    return _tjekliste(b, "plejeforløbsplanen", svar, _K_PLAN[b])


class Kompetence(Enum):
    """Kompetenceområderne, som den kommunale sygeplejerske skal have (Kompetenceudvikling)."""

    VAESKE_OG_ELEKTROLYTTERAPI = "viden om væske og elektrolytterapi"
    HJERTE_OG_LUNGEKREDSLOEB = "viden om hjerte- og lungekredsløbets respons på væsketerapi"
    FARMAKOLOGI = "farmakologi, herunder viden om virkning, bivirkning og interaktioner"
    ALLERGISKE_REAKTIONER = (
        "kendskab til og primær behandling af allergiske reaktioner herunder anafylaktisk chock"
    )
    PLEJE_AF_IV_ADGANG = "pleje af IV-adgang"
    OBSERVATION_AF_INDSTIKSSTED = (
        "observation af indstikssted og forebyggelse af komplikationer, observation af flebit"
    )
    GENOPLIVNING = "genoplivningskompetencer"


_AFSNIT_KOMPETENCE = "Kompetenceudvikling"
_K = Kompetence
_KOMPETENCEKRAV_DATA: dict[IVBehandling, dict[Kompetence, Kilde]] = {
    IVBehandling.VAESKE: {
        _K.VAESKE_OG_ELEKTROLYTTERAPI: _V.kilde(
            _AFSNIT_KOMPETENCE, "Viden om væske og elektrolytterapi"
        ),
        _K.HJERTE_OG_LUNGEKREDSLOEB: _V.kilde(
            _AFSNIT_KOMPETENCE, "Viden om hjerte- og lungekredsløbets respons på væsketerapi"
        ),
        _K.PLEJE_AF_IV_ADGANG: _V.kilde(_AFSNIT_KOMPETENCE, "Pleje af IV-adgang"),
        _K.OBSERVATION_AF_INDSTIKSSTED: _V.kilde(
            _AFSNIT_KOMPETENCE,
            "Observation af indstikssted og forebyggelse af komplikationer, observation af flebit",
        ),
    },
    IVBehandling.ANTIBIOTIKA: {
        _K.FARMAKOLOGI: _A.kilde(
            _AFSNIT_KOMPETENCE,
            "Farmakologi, herunder viden om virkning, bivirkning og interaktioner",
        ),
        _K.ALLERGISKE_REAKTIONER: _A.kilde(
            _AFSNIT_KOMPETENCE,
            "Kendskab til og primær behandling af allergiske reaktioner herunder anafylaktisk "
            "chock",
        ),
        _K.PLEJE_AF_IV_ADGANG: _A.kilde(_AFSNIT_KOMPETENCE, "Pleje af IV-adgang"),
        _K.OBSERVATION_AF_INDSTIKSSTED: _A.kilde(
            _AFSNIT_KOMPETENCE,
            "Observation af indstikssted og forebyggelse af komplikationer, observation af flebit",
        ),
        _K.GENOPLIVNING: _A.kilde(_AFSNIT_KOMPETENCE, "Genoplivningskompetencer"),
    },
}
KOMPETENCEKRAV: Mapping[IVBehandling, Mapping[Kompetence, Kilde]] = MappingProxyType(
    {b: MappingProxyType(krav) for b, krav in _KOMPETENCEKRAV_DATA.items()}
)
"""Kompetenceområderne pr. aftale, hver med sit citat."""

_K_KOMPETENCE_INDLEDNING = {
    behandling: dok.kilde(
        _AFSNIT_KOMPETENCE,
        f"For at administrere IV-behandling med {behandling.value} skal den kommunale "
        "sygeplejerske have kompetencer inden for følgende områder",
    )
    for behandling, dok in ((IVBehandling.VAESKE, _V), (IVBehandling.ANTIBIOTIKA, _A))
}


def kompetencer(
    behandling: IVBehandlingArg, svar: Afbildning[KompetenceArg, bool | None]
) -> Kravvurdering:
    """Har den kommunale sygeplejerske de kompetencer, aftalen kræver? (Kompetenceudvikling.)

    `svar` er en dict fra `Kompetence` (eller navnet) til True/False/None; et område, der ikke
    er med, er ukendt. Alle områder i aftalen for `behandling` kræves; et område fra den anden
    aftale afvises. At kompetencerne »ligger inden for den sygeplejefaglige uddannelse«
    antages ikke: hvert område skal oplyses.
    """
    b = kraev_enum(IVBehandling, behandling, "behandling")
    if not isinstance(svar, Mapping):
        raise UgyldigTypeFejl(
            f"svar: fik {vis(svar)}; accepterer en dict fra Kompetence (eller navn) til True, "
            "False eller None"
        )
    krav = KOMPETENCEKRAV[b]
    givne: dict[Kompetence, bool | None] = {}
    for noegle, vaerdi in svar.items():
        k = kraev_enum(Kompetence, noegle, "svar-nøgle")
        if k not in krav:
            raise UgyldigVaerdiFejl(
                f"svar: {k.name} er ikke et kompetenceområde i aftalen om IV-behandling med "
                f"{b.value}; accepterer " + ", ".join(m.name for m in krav)
            )
        if k in givne:
            raise UgyldigVaerdiFejl(f"svar: {k.name} er givet mere end én gang")
        givne[k] = kraev_valgfri_bool(vaerdi, f"svar[{k.name}]")
    return _tjekliste(
        b,
        "kompetencekravet",
        [(k.value, givne.get(k)) for k in krav],
        (_K_KOMPETENCE_INDLEDNING[b], *krav.values()),
    )
