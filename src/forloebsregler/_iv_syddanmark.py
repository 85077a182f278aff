"""Region Syddanmarks samarbejdsaftaler om IV-behandling med væske og med antibiotika.

Privat modul; det offentlige API genudsendes fra `forloebsregler.ivkategori`.

Kilder: *Samarbejdsaftale om IV-behandling med væske* og *Samarbejdsaftale om
IV-behandling med antibiotika* (begge i kraft 1. januar 2018), afsnittene Målgruppen,
Grundprincipper, Det lægefaglige behandlingsansvar, Information forud for overdragelse,
Beskrivelse af remedier og ressourcer, Kompetenceudvikling og Plan for kvalitetssikring og
monitorering. Resultaterne citerer kun Syddanmarks aftaler.

Reglerne kort: IV-behandling er en »kan«-opgave, og den kommunale akutfunktion vurderer
selv sin kapacitet. Patienten skal være lægefagligt egnet og hjemmet egnet (vurderet i en
samtale). Behandlingen startes på sygehuset (antibiotika: mindst to behandlinger før
udskrivelse); patienten sendes hjem med en velfungerende IV-adgang under 1 døgn gammel;
væske leveres færdigblandet; antibiotika kun for præparater, der kan blandes i lukkede
systemer. Administration kræver sygeplejefaglig baggrund og må ikke delegeres (for væske kan
*dele* af arbejdsopgaven videredelegeres på lokalt initiativ, når kompetencerne er sikret).
Sygehuset giver et telefonnummer, der er åbent døgnet rundt, sender en plejeforløbsplan og
informerer patienten mundtligt og skriftligt. Sygehuset medsender IV-kassen; akutfunktionen
medbringer handsker, adrenalin og førstehjælpsremedier. Sygeplejersken skal have de
kompetencer, aftalen opregner. Aftalerne fastsætter ingen betaling pr. forløb. Kommunerne
afrapporterer halvårligt fire tal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from forloebsregler._resultat import Resultat
from forloebsregler._valider import (
    kraev_decimal,
    kraev_enum,
    kraev_heltal,
    kraev_tekst,
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_ANTIBIOTIKA as _A
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_VAESKE as _V
from forloebsregler.kilder import Kilde
from forloebsregler.svar import Svar, ja_nej

if TYPE_CHECKING:
    from forloebsregler.typer import (
        Afbildning,
        Beloeb,
        Heltal,
        IVBehandlingArg,
        KompetenceArg,
        LeveranceArg,
    )

__all__ = [
    "AKUTFUNKTIONENS_UTENSILIER",
    "HALVAARLIGE_DATAPUNKTER",
    "IV_KASSE",
    "KOMPETENCEKRAV",
    "MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS",
    "Ansvarlig",
    "Ansvarsvurdering",
    "Betingelsesvurdering",
    "Delegationsvurdering",
    "Halvaarsopgoerelse",
    "IVBehandling",
    "Kompetence",
    "Kravvurdering",
    "Leverance",
    "Leverancevurdering",
    "Leverandoer",
    "Opfyldelse",
    "Overdragelsesbetingelse",
    "Overdragelsesvurdering",
    "behandlingsansvar",
    "halvaarsopgoerelse",
    "kompetencer",
    "leverandoer",
    "overdragelsesbetingelser",
    "plejeforloebsplan",
    "videredelegation",
]

_MAKS_ANTAL = 10**12


class IVBehandling(Enum):
    """Hvilken af Syddanmarks to samarbejdsaftaler forløbet hører under."""

    VAESKE = "væske"
    ANTIBIOTIKA = "antibiotika"


Opfyldelse = Svar
"""IV-betingelsernes svar: det fælles `forloebsregler.svar.Svar` (gammelt navn)."""


class Overdragelsesbetingelse(Enum):
    """Betingelserne for at overdrage IV-behandlingen til den kommunale akutfunktion."""

    LAEGEFAGLIGT_EGNET = "patienten er stabil og lægefagligt vurderet egnet"
    HJEM_EGNET = "patientens hjem er egnet (vurderet i en samtale)"
    KOMMUNAL_KAPACITET = "den kommunale akutfunktion har kapacitet"
    LUKKET_SYSTEM = "præparatet kan blandes i lukkede systemer"
    BEHANDLINGER_PAA_SYGEHUS = "nok behandlinger på sygehuset før udskrivelse"
    IV_ADGANG_UNDER_ET_DOEGN = "IV-adgangen er under 1 døgn gammel"
    IV_ADGANG_VELFUNGERENDE = "IV-adgangen er velfungerende"
    VAESKE_FAERDIGBLANDET = "væsken leveres færdigblandet"
    ADMINISTRATION_VED_SYGEPLEJERSKE = "administration ved personale med sygeplejefaglig baggrund"
    KONTAKT_DOEGNET_RUNDT = "sygehusets telefonnummer er tilgængeligt døgnet rundt"
    PATIENT_INFORMERET = "patienten er informeret mundtligt og skriftligt"


_MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS_DATA = {
    # Væske: »Patienter starter behandlingen på sygehuset« — læst som mindst én behandling
    # (fortolkningsloggen IV-12).
    IVBehandling.VAESKE: 1,
    IVBehandling.ANTIBIOTIKA: 2,
}
MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS: Mapping[IVBehandling, int] = MappingProxyType(
    _MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS_DATA
)
"""Mindste antal behandlinger på sygehuset før udskrivelse."""

# »under 1 døgn gammel«: strengt under 24 timers real tid (fortolkningsloggen IV-15).
_IV_ADGANG_MAKS_ALDER = timedelta(days=1)

_B = Overdragelsesbetingelse
_AFSNIT_GRUND = "Grundprincipper for samarbejdet"
_AFSNIT_ANSVAR = "Det lægefaglige behandlingsansvar"
_AFSNIT_INFO = "Information forud for overdragelse"
_AFSNIT_MAAL = "Målgruppen for samarbejdsaftalen"
_K_HJEM_CITAT = (
    "Patientens hjem skal ligeledes være egnet. Denne vurdering beror på en samtale med "
    "patienten og den kommunale sygepleje."
)
_K_EGNET_CITAT = "som lægefagligt vurderes egnet til at færdiggøre behandlingen i eget hjem"
_K_KAPACITET_CITAT = (
    "Den kommunale akutfunktion vurderer om de har kapacitet til at hjemtage patienten"
)
_K_KAN_OPGAVE_CITAT = "defineret som en ”kan” opgave"

_BETINGELSER: dict[IVBehandling, dict[Overdragelsesbetingelse, tuple[Kilde, ...]]] = {
    IVBehandling.VAESKE: {
        _B.LAEGEFAGLIGT_EGNET: (_V.kilde(_AFSNIT_MAAL, _K_EGNET_CITAT),),
        _B.HJEM_EGNET: (_V.kilde(_AFSNIT_MAAL, _K_HJEM_CITAT),),
        _B.KOMMUNAL_KAPACITET: (
            _V.kilde(_AFSNIT_GRUND, _K_KAPACITET_CITAT),
            _V.kilde(_AFSNIT_GRUND, _K_KAN_OPGAVE_CITAT),
        ),
        _B.BEHANDLINGER_PAA_SYGEHUS: (
            _V.kilde(
                _AFSNIT_GRUND,
                "Patienter starter behandlingen på sygehuset inden udskrivelse og overdragelse "
                "af administrationen til den kommunale akutfunktion.",
            ),
        ),
        _B.IV_ADGANG_UNDER_ET_DOEGN: (
            _V.kilde(_AFSNIT_GRUND, "ny anlagt velfungerende IV-adgang (under 1 døgn gammel)"),
        ),
        _B.IV_ADGANG_VELFUNGERENDE: (
            _V.kilde(_AFSNIT_GRUND, "ny anlagt velfungerende IV-adgang (under 1 døgn gammel)"),
        ),
        _B.VAESKE_FAERDIGBLANDET: (_V.kilde(_AFSNIT_GRUND, "Væsken leveres færdigblandet."),),
        _B.ADMINISTRATION_VED_SYGEPLEJERSKE: (
            _V.kilde(
                _AFSNIT_GRUND,
                "Administration af IV-behandling med væske kræver en sygeplejefagligbaggrund og "
                "må ikke delegeres til andre faggrupper.",
            ),
            _V.kilde(
                _AFSNIT_GRUND,
                "Der kan på lokalt initiativ tages stilling til videredelegation af dele af "
                "arbejdsopgaven til andre faggrupper, så længe det sikres, at de nødvendige "
                "kompetencer er til stede.",
            ),
        ),
        _B.KONTAKT_DOEGNET_RUNDT: (
            _V.kilde(_AFSNIT_INFO, "herunder et telefonnummer, der er tilgængeligt døgnet rundt"),
        ),
        _B.PATIENT_INFORMERET: (
            _V.kilde(
                _AFSNIT_INFO,
                "Sygehuset skal endvidere sikre, at patienten er informeret mundtlig og "
                "skriftligt om udskrivelsen med IV-behandling med væske.",
            ),
        ),
    },
    IVBehandling.ANTIBIOTIKA: {
        _B.LAEGEFAGLIGT_EGNET: (_A.kilde(_AFSNIT_MAAL, _K_EGNET_CITAT),),
        _B.HJEM_EGNET: (_A.kilde(_AFSNIT_MAAL, _K_HJEM_CITAT),),
        _B.KOMMUNAL_KAPACITET: (
            _A.kilde(_AFSNIT_GRUND, _K_KAPACITET_CITAT),
            _A.kilde(_AFSNIT_GRUND, _K_KAN_OPGAVE_CITAT),
        ),
        _B.LUKKET_SYSTEM: (
            _A.kilde(
                _AFSNIT_GRUND,
                "Samarbejdsaftalen gælder kun antibiotiske præparater, som kan blandes i "
                "lukkede systemer.",
            ),
        ),
        _B.BEHANDLINGER_PAA_SYGEHUS: (
            _A.kilde(
                _AFSNIT_GRUND,
                "skal have modtaget minimum to behandlinger inden udskrivelse og overdragelse "
                "af administrationen til den kommunale akutfunktion",
            ),
        ),
        _B.IV_ADGANG_UNDER_ET_DOEGN: (
            _A.kilde(_AFSNIT_GRUND, "velfungerende IV-adgang (under 1 døgn gammel)"),
        ),
        _B.IV_ADGANG_VELFUNGERENDE: (
            _A.kilde(_AFSNIT_GRUND, "velfungerende IV-adgang (under 1 døgn gammel)"),
        ),
        _B.ADMINISTRATION_VED_SYGEPLEJERSKE: (
            _A.kilde(
                _AFSNIT_GRUND,
                "Administration af IV-behandling med antibiotika kræver en "
                "sygeplejefagligbaggrund og må ikke delegeres til andre faggrupper.",
            ),
        ),
        _B.KONTAKT_DOEGNET_RUNDT: (
            _A.kilde(
                _AFSNIT_ANSVAR,
                "At etablere en 24/7 hotline som hjemmesygeplejen kan kontakte ved spørgsmål "
                "til sygehusafdelingen.",
            ),
            _A.kilde(_AFSNIT_INFO, "herunder et telefonnummer, som er tilgængeligt døgnet rundt"),
        ),
        _B.PATIENT_INFORMERET: (
            _A.kilde(
                _AFSNIT_ANSVAR,
                "At patienten er informeret mundtlig og skriftligt om udskrivelsen og "
                "IV-behandling med antibiotika",
            ),
        ),
    },
}
"""Hver aftales betingelser med deres kilder (rækkefølgen er den, de tjekkes i)."""


@attrs.frozen
class Betingelsesvurdering(Resultat):
    """Én overdragelsesbetingelse: opfyldt, ikke opfyldt eller kan ikke afgøres."""

    betingelse: Overdragelsesbetingelse
    opfyldelse: Opfyldelse
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


@attrs.frozen
class Overdragelsesvurdering(Resultat):
    """Samlet vurdering af overdragelsesbetingelserne for et forløb."""

    behandling: IVBehandling
    opfyldelse: Opfyldelse
    ikke_opfyldte: tuple[Betingelsesvurdering, ...]
    ukendte: tuple[Betingelsesvurdering, ...]
    opfyldte: tuple[Betingelsesvurdering, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _kraev_alder(vaerdi: object) -> tuple[Decimal, int] | None:
    """Alderen som (timer afkortet til 0,1 til visning, -1/0/1 mod 1 døgn).

    Sammenligningen med 1 døgn sker på den eksakte værdi (issue 14): en timedelta mod
    `timedelta(days=1)`, et tal direkte mod 24 timer, uden omregning til mikrosekunder.
    """
    if vaerdi is None:
        return None
    if isinstance(vaerdi, timedelta):
        if vaerdi < timedelta(0):  # som for timer: en alder er aldrig negativ
            raise UgyldigVaerdiFejl(
                f"iv_adgang_alder: fik {vis(vaerdi)}; accepterer kun en varighed fra 0"
            )
        timer = Decimal(vaerdi.days * 86400 + vaerdi.seconds) / 3600
        sammenlignet = (vaerdi > _IV_ADGANG_MAKS_ALDER) - (vaerdi < _IV_ADGANG_MAKS_ALDER)
    else:
        timer = kraev_decimal(vaerdi, "iv_adgang_alder", min_vaerdi=0, maks_vaerdi=10**9)
        sammenlignet = (timer > 24) - (timer < 24)
    return timer.quantize(Decimal("0.1"), ROUND_DOWN), sammenlignet


def overdragelsesbetingelser(
    behandling: IVBehandlingArg,
    *,
    laegefagligt_egnet: bool | None = None,
    hjem_egnet: bool | None = None,
    kommunal_kapacitet: bool | None = None,
    blandes_i_lukket_system: bool | None = None,
    behandlinger_paa_sygehus: Heltal | None = None,
    iv_adgang_alder: Beloeb | timedelta | None = None,
    iv_adgang_velfungerende: bool | None = None,
    vaeske_faerdigblandet: bool | None = None,
    administreres_af_sygeplejerske: bool | None = None,
    lokal_videredelegation: bool | None = None,
    kontakttelefon_doegnet_rundt: bool | None = None,
    informeret_mundtligt_og_skriftligt: bool | None = None,
) -> Overdragelsesvurdering:
    """Er Syddanmarks betingelser for at overdrage IV-behandlingen til kommunen opfyldt?

    `behandling` er `IVBehandling.VAESKE` eller `IVBehandling.ANTIBIOTIKA`. Ja/nej-spørgsmål
    tager True/False; `None` betyder ukendt og giver »kan ikke afgøres« — der antages aldrig
    noget. `behandlinger_paa_sygehus` er antal behandlinger før udskrivelse (antibiotika:
    mindst 2; væske: mindst 1), `iv_adgang_alder` en `timedelta` eller timer (skal være under
    1 døgn). `blandes_i_lukket_system` gælder kun antibiotika, `vaeske_faerdigblandet` og
    `lokal_videredelegation` kun væske. Administration kræver altid sygeplejefaglig baggrund
    og må ikke delegeres; `lokal_videredelegation=True` (dele af opgaven er videredelegeret)
    gør ikke administration ved en anden faggruppe opfyldt (fortolkningsloggen IV-13; se
    `videredelegation`). Alle ikke-opfyldte og ukendte betingelser returneres med kilder.
    """
    b = kraev_enum(IVBehandling, behandling, "behandling")
    svar: dict[str, bool | None] = {
        navn: kraev_valgfri_bool(v, navn)
        for navn, v in (
            ("laegefagligt_egnet", laegefagligt_egnet),
            ("hjem_egnet", hjem_egnet),
            ("kommunal_kapacitet", kommunal_kapacitet),
            ("blandes_i_lukket_system", blandes_i_lukket_system),
            ("iv_adgang_velfungerende", iv_adgang_velfungerende),
            ("vaeske_faerdigblandet", vaeske_faerdigblandet),
            ("administreres_af_sygeplejerske", administreres_af_sygeplejerske),
            ("lokal_videredelegation", lokal_videredelegation),
            ("kontakttelefon_doegnet_rundt", kontakttelefon_doegnet_rundt),
            ("informeret_mundtligt_og_skriftligt", informeret_mundtligt_og_skriftligt),
        )
    }
    for navn, kun_for in (
        ("blandes_i_lukket_system", IVBehandling.ANTIBIOTIKA),
        ("vaeske_faerdigblandet", IVBehandling.VAESKE),
        ("lokal_videredelegation", IVBehandling.VAESKE),
    ):
        if svar[navn] is not None and b is not kun_for:
            raise UgyldigVaerdiFejl(
                f"{navn}: gælder kun IV-behandling med {kun_for.value}, ikke {b.value}; "
                "accepterer None her"
            )
    antal = (
        None
        if behandlinger_paa_sygehus is None
        else kraev_heltal(
            behandlinger_paa_sygehus,
            "behandlinger_paa_sygehus",
            min_vaerdi=0,
            maks_vaerdi=_MAKS_ANTAL,
        )
    )
    alder = _kraev_alder(iv_adgang_alder)
    mindst = MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS[b]

    def administration() -> tuple[Opfyldelse, str, tuple[str, ...]]:
        # Fortolkningsloggen IV-13: selve administrationen må aldrig delegeres; lokal
        # videredelegation (kun væske) gælder dele af arbejdsopgaven og redder den ikke.
        sygeplejerske = svar["administreres_af_sygeplejerske"]
        delegation = svar["lokal_videredelegation"]
        spor: tuple[str, ...] = ("IV-13",) if delegation else ()
        if sygeplejerske is None:
            return (
                Opfyldelse.KAN_IKKE_AFGOERES,
                "Det er ukendt, om administrationen sker ved personale med sygeplejefaglig "
                "baggrund.",
                spor,
            )
        if sygeplejerske:
            tekst = "Administrationen sker ved personale med sygeplejefaglig baggrund."
            if delegation:
                tekst += (
                    " Dele af arbejdsopgaven er videredelegeret på lokalt initiativ; det er kun "
                    "tilladt, så længe de nødvendige kompetencer er sikret (se videredelegation, "
                    "læsning, se fortolkningsloggen IV-13)."
                )
            return Opfyldelse.OPFYLDT, tekst, spor
        tekst = (
            f"Administration af IV-behandling med {b.value} kræver sygeplejefaglig baggrund og "
            "må ikke delegeres til andre faggrupper."
        )
        if delegation:
            tekst += (
                " Lokal videredelegation gælder kun dele af arbejdsopgaven, ikke selve "
                "administrationen (læsning, se fortolkningsloggen IV-13)."
            )
        return Opfyldelse.IKKE_OPFYLDT, tekst, spor

    def vurder(betingelse: Overdragelsesbetingelse) -> tuple[Opfyldelse, str, tuple[str, ...]]:
        if betingelse is _B.BEHANDLINGER_PAA_SYGEHUS:
            if antal is None:
                return (
                    Opfyldelse.KAN_IKKE_AFGOERES,
                    "Antal behandlinger på sygehuset er ukendt.",
                    (),
                )
            ok = antal >= mindst
            tekst = f"{antal} behandling(er) på sygehuset før udskrivelse; kræver mindst {mindst}"
            # Væske: »starter behandlingen på sygehuset« læst som mindst én (IV-12); 0 er
            # ikke opfyldt i enhver læsning.
            if b is IVBehandling.VAESKE and antal >= 1:
                return ja_nej(ok), tekst + " (læsning, se fortolkningsloggen IV-12).", ("IV-12",)
            return ja_nej(ok), tekst + ".", ()
        if betingelse is _B.IV_ADGANG_UNDER_ET_DOEGN:
            if alder is None:
                return Opfyldelse.KAN_IKKE_AFGOERES, "IV-adgangens alder er ukendt.", ()
            # Afkortet (ikke afrundet), så 23,96 timer ikke vises som 24,0 timer.
            timer, sammenlignet = alder
            vist = str(timer).replace(".", ",")
            tekst = f"IV-adgangen er {vist} timer gammel; den skal være under 1 døgn (24 timer)"
            if sammenlignet == 0:  # præcis 1 døgn: fortolkningsloggen IV-15
                return (
                    Opfyldelse.IKKE_OPFYLDT,
                    tekst + " (læsning, se fortolkningsloggen IV-15).",
                    ("IV-15",),
                )
            return ja_nej(sammenlignet < 0), tekst + ".", ()
        if betingelse is _B.ADMINISTRATION_VED_SYGEPLEJERSKE:
            return administration()
        navn = {
            _B.LAEGEFAGLIGT_EGNET: "laegefagligt_egnet",
            _B.HJEM_EGNET: "hjem_egnet",
            _B.KOMMUNAL_KAPACITET: "kommunal_kapacitet",
            _B.LUKKET_SYSTEM: "blandes_i_lukket_system",
            _B.IV_ADGANG_VELFUNGERENDE: "iv_adgang_velfungerende",
            _B.VAESKE_FAERDIGBLANDET: "vaeske_faerdigblandet",
            _B.KONTAKT_DOEGNET_RUNDT: "kontakttelefon_doegnet_rundt",
            _B.PATIENT_INFORMERET: "informeret_mundtligt_og_skriftligt",
        }[betingelse]
        opf = ja_nej(svar[navn])
        forklaring = {
            Opfyldelse.OPFYLDT: "Opfyldt",
            Opfyldelse.IKKE_OPFYLDT: "Ikke opfyldt",
            Opfyldelse.KAN_IKKE_AFGOERES: "Ukendt",
        }[opf]
        return opf, f"{forklaring}: {betingelse.value}.", ()

    vurderinger = []
    for betingelse, kilder in _BETINGELSER[b].items():
        opf, tekst, spor = vurder(betingelse)
        vurderinger.append(
            Betingelsesvurdering(
                betingelse=betingelse,
                opfyldelse=opf,
                begrundelse=tekst,
                kilder=kilder,
                fortolkninger=spor,
            )
        )
    ikke = tuple(v for v in vurderinger if v.opfyldelse is Opfyldelse.IKKE_OPFYLDT)
    ukendte = tuple(v for v in vurderinger if v.opfyldelse is Opfyldelse.KAN_IKKE_AFGOERES)
    opfyldte = tuple(v for v in vurderinger if v.opfyldelse is Opfyldelse.OPFYLDT)
    if ikke:
        samlet = Opfyldelse.IKKE_OPFYLDT
        tekst = (
            f"IV-behandling med {b.value} kan ikke overdrages til kommunen; ikke opfyldt: "
            + "; ".join(v.betingelse.value for v in ikke)
            + "."
        )
        kilder = tuple(k for v in ikke for k in v.kilder)
    elif ukendte:
        samlet = Opfyldelse.KAN_IKKE_AFGOERES
        tekst = (
            f"Kan ikke afgøres for IV-behandling med {b.value}; ukendt: "
            + "; ".join(v.betingelse.value for v in ukendte)
            + "."
        )
        kilder = tuple(k for v in ukendte for k in v.kilder)
    else:
        samlet = Opfyldelse.OPFYLDT
        tekst = (
            f"Alle {len(opfyldte)} betingelser i samarbejdsaftalen om IV-behandling med "
            f"{b.value} er opfyldt; kommunen kan overtage administrationen."
        )
        kilder = tuple(k for v in opfyldte for k in v.kilder)
    # Kun læsninger bag de betingelser, der bærer svaret, følger med.
    baerende = ikke if ikke else ukendte if ukendte else opfyldte
    spor = tuple(sorted({f for v in baerende for f in v.fortolkninger}))
    if spor:
        tekst += " (Hviler på en læsning, se fortolkningsloggen " + ", ".join(spor) + ".)"
    return Overdragelsesvurdering(
        behandling=b,
        opfyldelse=samlet,
        ikke_opfyldte=ikke,
        ukendte=ukendte,
        opfyldte=opfyldte,
        begrundelse=tekst,
        kilder=tuple(dict.fromkeys(kilder)),
        fortolkninger=spor,
    )


# ---------------------------------------------------------------------------
# Behandlingsansvar
# ---------------------------------------------------------------------------


class Ansvarlig(Enum):
    """Hvem der har det lægefaglige behandlingsansvar."""

    SYGEHUSAFDELING = "den ordinerende/udskrivende sygehusafdeling"
    PRAKTISERENDE_LAEGE = "patientens praktiserende læge"
    KAN_IKKE_AFGOERES = "kan ikke afgøres"


_K_ANSVAR_SYGEHUS = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_ANSVAR,
        "Det er den ordinerende/udskrivende sygehusafdeling, der har det lægefaglige "
        "behandlingsansvar.",
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_ANSVAR,
        "Det er den ordinerende/udskrivende sygehusafdeling, der har det lægefaglige "
        "behandlingsansvar.",
    ),
}
_K_ANSVAR_LAEGE = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_ANSVAR,
        "Efter afslutning af IV behandling og ved anden sygdom (ikke relateret til "
        "IV-behandlingen) har patientens praktiserende læge ansvaret.",
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_ANSVAR,
        "Efter afslutning af IV behandling og ved anden sygdom (ikke relateret til "
        "IV-behandlingen) har patientens praktiserende læge ansvaret.",
    ),
}
_K_ANSVAR_INDEBAERER = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_ANSVAR,
        "At udarbejde en plan for behandlingen, herunder behandlingsophør/ændring til anden "
        "administrative form, evt. blodprøvetagning, evt. ambulante kontroller mv.",
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_ANSVAR,
        "At udarbejde en plan for behandlingen, herunder behandlingsophør/ændring til anden "
        "administrative form, evt. blodprøvetagning, evt. ambulante kontroller mv.",
    ),
}


@attrs.frozen
class Ansvarsvurdering(Resultat):
    """Hvem der har behandlingsansvaret for et givent spørgsmål."""

    ansvarlig: Ansvarlig
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def behandlingsansvar(
    *,
    iv_behandling_afsluttet: bool | None,
    relateret_til_iv_behandlingen: bool | None,
    behandling: IVBehandlingArg = IVBehandling.VAESKE,
) -> Ansvarsvurdering:
    """Hvem har det lægefaglige ansvar: sygehusafdelingen eller egen læge?

    Sygehusafdelingen (hospitalslægen) har ansvaret for alt lægeligt i relation til en
    igangværende IV-behandling; efter afslutning og ved anden sygdom har den praktiserende
    læge. `None` betyder ukendt; afhænger svaret af det, er det »kan ikke afgøres«.
    """
    b = kraev_enum(IVBehandling, behandling, "behandling")
    afsluttet = kraev_valgfri_bool(iv_behandling_afsluttet, "iv_behandling_afsluttet")
    relateret = kraev_valgfri_bool(relateret_til_iv_behandlingen, "relateret_til_iv_behandlingen")
    if afsluttet is True or relateret is False:
        grund = (
            "IV-behandlingen er afsluttet"
            if afsluttet
            else "sygdommen er ikke relateret til IV-behandlingen"
        )
        return Ansvarsvurdering(
            ansvarlig=Ansvarlig.PRAKTISERENDE_LAEGE,
            begrundelse=f"Patientens praktiserende læge har ansvaret, fordi {grund}.",
            kilder=(_K_ANSVAR_LAEGE[b],),
        )
    if afsluttet is False and relateret is True:
        return Ansvarsvurdering(
            ansvarlig=Ansvarlig.SYGEHUSAFDELING,
            begrundelse=(
                "Under en igangværende IV-behandling har den ordinerende/udskrivende "
                "sygehusafdeling det lægefaglige ansvar for alt, der relaterer sig til den."
            ),
            kilder=(_K_ANSVAR_SYGEHUS[b], _K_ANSVAR_INDEBAERER[b]),
        )
    return Ansvarsvurdering(
        ansvarlig=Ansvarlig.KAN_IKKE_AFGOERES,
        begrundelse=(
            "Kan ikke afgøres: det er ukendt, om IV-behandlingen er afsluttet, eller om "
            "spørgsmålet relaterer sig til den."
        ),
        kilder=(_K_ANSVAR_SYGEHUS[b], _K_ANSVAR_LAEGE[b]),
    )


# ---------------------------------------------------------------------------
# Halvårlig afrapportering
# ---------------------------------------------------------------------------

_AFSNIT_MONITORERING = "Plan for kvalitetssikring og monitorering"

_HALVAARLIGE_DATAPUNKTER_DATA = {
    IVBehandling.VAESKE: (
        _V.kilde(_AFSNIT_MONITORERING, "præsenteres halvårligt for data for aftalens anvendelse"),
        _V.kilde(_AFSNIT_MONITORERING, "Antal borgere henvist til IV-behandling med væske"),
        _V.kilde(_AFSNIT_MONITORERING, "Gennemsnitlig behandlingsvarighed"),
        _V.kilde(_AFSNIT_MONITORERING, "Ordinerende sygehusafdelinger"),
        _V.kilde(_AFSNIT_MONITORERING, "Antal borgere med komplikationer"),
    ),
    IVBehandling.ANTIBIOTIKA: (
        _A.kilde(_AFSNIT_MONITORERING, "præsenteres halvårligt for data for aftalens anvendelse"),
        _A.kilde(_AFSNIT_MONITORERING, "Antal borgere henvist til IV-behandling med antibiotika"),
        _A.kilde(_AFSNIT_MONITORERING, "Gennemsnitlig behandlingsvarighed"),
        _A.kilde(_AFSNIT_MONITORERING, "Ordinerende sygehusafdelinger"),
        _A.kilde(_AFSNIT_MONITORERING, "Antal borgere med komplikationer"),
    ),
}
HALVAARLIGE_DATAPUNKTER: Mapping[IVBehandling, tuple[Kilde, ...]] = MappingProxyType(
    _HALVAARLIGE_DATAPUNKTER_DATA
)
"""De fire tal, kommunerne afrapporterer halvårligt pr. aftale (med kilder)."""


@attrs.frozen
class Halvaarsopgoerelse(Resultat):
    """Et halvårs data for én aftale på kommune/sygehusniveau; `None` = ikke opgjort."""

    behandling: IVBehandling
    aar: int
    halvaar: int
    enhed: str | None
    antal_borgere_henvist: int | None
    gennemsnitlig_behandlingsvarighed_dage: Decimal | None
    ordinerende_sygehusafdelinger: tuple[str, ...] | None
    antal_borgere_med_komplikationer: int | None
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _valgfrit_heltal(vaerdi: object, navn: str) -> int | None:
    if vaerdi is None:
        return None
    return kraev_heltal(vaerdi, navn, min_vaerdi=0, maks_vaerdi=_MAKS_ANTAL)


def halvaarsopgoerelse(
    behandling: IVBehandlingArg,
    *,
    aar: Heltal,
    halvaar: Heltal,
    enhed: str | None = None,
    antal_borgere_henvist: Heltal | None = None,
    gennemsnitlig_behandlingsvarighed_dage: Beloeb | None = None,
    ordinerende_sygehusafdelinger: list[str] | tuple[str, ...] | AbstractSet[str] | None = None,
    antal_borgere_med_komplikationer: Heltal | None = None,
) -> Halvaarsopgoerelse:
    """Syddanmarks halvårlige data for én aftale (væske eller antibiotika).

    De fire tal: antal borgere henvist, gennemsnitlig behandlingsvarighed (kilden angiver
    ingen enhed; her i dage, se fortolkningsloggen IV-16), ordinerende sygehusafdelinger og antal
    borgere med komplikationer. `enhed` er kommunen eller sygehuset, data opgøres for.
    """
    b = kraev_enum(IVBehandling, behandling, "behandling")
    aar_ = kraev_heltal(aar, "aar", min_vaerdi=1, maks_vaerdi=9999)
    halvaar_ = kraev_heltal(halvaar, "halvaar", min_vaerdi=1, maks_vaerdi=2)
    enhed_ = None if enhed is None else kraev_tekst(enhed, "enhed")
    henvist = _valgfrit_heltal(antal_borgere_henvist, "antal_borgere_henvist")
    kompl = _valgfrit_heltal(antal_borgere_med_komplikationer, "antal_borgere_med_komplikationer")
    if henvist is not None and kompl is not None and kompl > henvist:
        raise UgyldigVaerdiFejl(
            f"antal_borgere_med_komplikationer: fik {kompl}, flere end de {henvist} henviste; "
            "accepterer højst antal henviste"
        )
    varighed = (
        None
        if gennemsnitlig_behandlingsvarighed_dage is None
        else kraev_decimal(
            gennemsnitlig_behandlingsvarighed_dage,
            "gennemsnitlig_behandlingsvarighed_dage",
            min_vaerdi=0,
            maks_vaerdi=10**6,
        )
    )
    afdelinger: tuple[str, ...] | None = None
    if ordinerende_sygehusafdelinger is not None:
        if isinstance(ordinerende_sygehusafdelinger, str | bytes) or not isinstance(
            ordinerende_sygehusafdelinger, Iterable
        ):
            raise UgyldigTypeFejl(
                f"ordinerende_sygehusafdelinger: fik {vis(ordinerende_sygehusafdelinger)}; "
                "accepterer en liste af afdelingsnavne"
            )
        afdelinger = tuple(
            sorted(
                {
                    kraev_tekst(a, f"ordinerende_sygehusafdelinger[{i}]").strip()
                    for i, a in enumerate(ordinerende_sygehusafdelinger)
                }
            )
        )
    tekst = (
        f"Halvårsdata for IV-behandling med {b.value}, {aar_} {halvaar_}. halvår"
        + (f" ({enhed_})" if enhed_ else "")
        + ": "
        + (f"{henvist} borgere henvist" if henvist is not None else "antal henviste ikke opgjort")
        + (
            f", {kompl} med komplikationer."
            if kompl is not None
            else ", komplikationer ikke opgjort."
        )
    )
    spor: tuple[str, ...] = ()
    if varighed is not None:  # kilden angiver ingen enhed: fortolkningsloggen IV-16
        tekst += (
            " Den gennemsnitlige behandlingsvarighed er opgjort i dage (læsning, se "
            "fortolkningsloggen IV-16)."
        )
        spor = ("IV-16",)
    return Halvaarsopgoerelse(
        behandling=b,
        aar=aar_,
        halvaar=halvaar_,
        enhed=enhed_,
        antal_borgere_henvist=henvist,
        gennemsnitlig_behandlingsvarighed_dage=varighed,
        ordinerende_sygehusafdelinger=afdelinger,
        antal_borgere_med_komplikationer=kompl,
        begrundelse=tekst,
        kilder=HALVAARLIGE_DATAPUNKTER[b],
        fortolkninger=spor,
    )


# ---------------------------------------------------------------------------
# Delegation (Grundprincipper for samarbejdet)
# ---------------------------------------------------------------------------

_K_DELEGATION = {
    IVBehandling.VAESKE: _V.kilde(
        _AFSNIT_GRUND,
        "Administration af IV-behandling med væske kræver en sygeplejefagligbaggrund og må ikke "
        "delegeres til andre faggrupper.",
    ),
    IVBehandling.ANTIBIOTIKA: _A.kilde(
        _AFSNIT_GRUND,
        "Administration af IV-behandling med antibiotika kræver en sygeplejefagligbaggrund og "
        "må ikke delegeres til andre faggrupper.",
    ),
}
_K_VIDEREDELEGATION = _V.kilde(
    _AFSNIT_GRUND,
    "Der kan på lokalt initiativ tages stilling til videredelegation af dele af arbejdsopgaven "
    "til andre faggrupper, så længe det sikres, at de nødvendige kompetencer er til stede.",
)


@attrs.frozen
class Delegationsvurdering(Resultat):
    """Om en opgave i IV-behandlingen må lægges hos en anden faggruppe end sygeplejersker."""

    behandling: IVBehandling
    tilladt: Opfyldelse
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def videredelegation(
    behandling: IVBehandlingArg,
    *,
    hele_administrationen: bool | None,
    lokalt_initiativ: bool | None = None,
    kompetencer_sikret: bool | None = None,
) -> Delegationsvurdering:
    """Må opgaven lægges hos en anden faggruppe? (Grundprincipper for samarbejdet.)

    `hele_administrationen=True` betyder, at selve administrationen skal lægges hos andre;
    `False`, at kun dele af arbejdsopgaven skal. Administration »må ikke delegeres« (begge
    aftaler). Kun væskeaftalen åbner for videredelegation af *dele* af arbejdsopgaven, og kun
    på lokalt initiativ og når de nødvendige kompetencer er sikret. `tilladt` er OPFYLDT,
    IKKE_OPFYLDT eller KAN_IKKE_AFGOERES (en nødvendig oplysning er `None`).
    """
    b = kraev_enum(IVBehandling, behandling, "behandling")
    hele = kraev_valgfri_bool(hele_administrationen, "hele_administrationen")
    lokalt = kraev_valgfri_bool(lokalt_initiativ, "lokalt_initiativ")
    sikret = kraev_valgfri_bool(kompetencer_sikret, "kompetencer_sikret")
    forbud = (
        f"Administration af IV-behandling med {b.value} kræver sygeplejefaglig baggrund og må "
        "ikke delegeres til andre faggrupper"
    )
    if hele is True:
        return Delegationsvurdering(
            behandling=b,
            tilladt=Opfyldelse.IKKE_OPFYLDT,
            begrundelse=forbud + ".",
            kilder=(_K_DELEGATION[b],),
        )
    if b is IVBehandling.ANTIBIOTIKA:
        # Fortolkningsloggen IV-14: antibiotikaaftalen har ingen åbning for dele af opgaven.
        return Delegationsvurdering(
            behandling=b,
            tilladt=Opfyldelse.IKKE_OPFYLDT,
            begrundelse=forbud
            + "; antibiotikaaftalen åbner ikke for videredelegation af dele af opgaven "
            "(læsning, se fortolkningsloggen IV-14).",
            kilder=(_K_DELEGATION[b],),
            fortolkninger=("IV-14",),
        )
    kilder = (_K_DELEGATION[b], _K_VIDEREDELEGATION)
    if lokalt is False or sikret is False:
        mangler = "; ".join(
            t
            for t, v in (
                ("der er ikke taget stilling på lokalt initiativ", lokalt),
                ("de nødvendige kompetencer er ikke sikret", sikret),
            )
            if v is False
        )
        return Delegationsvurdering(
            behandling=b,
            tilladt=Opfyldelse.IKKE_OPFYLDT,
            begrundelse=f"Videredelegation er ikke tilladt: {mangler}.",
            kilder=kilder,
        )
    if hele is None or lokalt is None or sikret is None:
        ukendt = "; ".join(
            t
            for t, v in (
                ("om det er selve administrationen eller kun dele af opgaven", hele),
                ("om der er taget stilling på lokalt initiativ", lokalt),
                ("om de nødvendige kompetencer er sikret", sikret),
            )
            if v is None
        )
        return Delegationsvurdering(
            behandling=b,
            tilladt=Opfyldelse.KAN_IKKE_AFGOERES,
            begrundelse=f"Kan ikke afgøres; ukendt: {ukendt}.",
            kilder=kilder,
        )
    return Delegationsvurdering(
        behandling=b,
        tilladt=Opfyldelse.OPFYLDT,
        begrundelse=(
            "Dele af arbejdsopgaven må videredelegeres til andre faggrupper, fordi det er "
            "besluttet på lokalt initiativ og de nødvendige kompetencer er sikret; selve "
            "administrationen bliver hos personale med sygeplejefaglig baggrund."
        ),
        kilder=kilder,
    )


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


@attrs.frozen
class Leverancevurdering(Resultat):
    """Hvem der medsender eller medbringer en ting, og om den er i IV-kassen."""

    behandling: IVBehandling
    leverance: Leverance
    leverandoer: Leverandoer
    i_iv_kassen: bool | None
    begrundelse: str
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
            begrundelse=(
                f"{ting.value[0].upper()}{ting.value[1:]} er som udgangspunkt i IV-kassen, som "
                f"sygehuset medsender ved udskrivelse (IV-behandling med {b.value})."
            ),
            kilder=(_K_IV_KASSE_VARIERER[b], _K_IV_KASSE[b]),
        )
    if ting in AKUTFUNKTIONENS_UTENSILIER:
        return Leverancevurdering(
            behandling=b,
            leverance=ting,
            leverandoer=Leverandoer.KOMMUNAL_AKUTFUNKTION,
            i_iv_kassen=False,
            begrundelse=(
                f"Den kommunale akutfunktion medbringer selv {ting.value} som en del af de "
                "øvrige nødvendige utensilier."
            ),
            kilder=(_K_AKUTFUNKTION_MEDBRINGER[b],),
        )
    return Leverancevurdering(
        behandling=b,
        leverance=ting,
        leverandoer=Leverandoer.KAN_IKKE_AFGOERES,
        i_iv_kassen=None,
        begrundelse=(
            f"Kan ikke afgøres: aftalen om IV-behandling med {b.value} nævner ikke {ting.value} i "
            "IV-kassen eller blandt akutfunktionens utensilier, og kassens indhold varierer "
            "(læsning, se fortolkningsloggen IV-19)."
        ),
        kilder=(_K_IV_KASSE_VARIERER[b], _K_IV_KASSE[b], _K_AKUTFUNKTION_MEDBRINGER[b]),
        fortolkninger=("IV-19",),
    )


# ---------------------------------------------------------------------------
# Tjeklister: plejeforløbsplanen og kompetencerne
# ---------------------------------------------------------------------------


@attrs.frozen
class Kravvurdering(Resultat):
    """En tjekliste fra aftalen: opfyldt, ikke opfyldt eller kan ikke afgøres."""

    behandling: IVBehandling
    krav: str
    opfyldelse: Opfyldelse
    ikke_opfyldte: tuple[str, ...]
    ukendte: tuple[str, ...]
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def _tjekliste(
    b: IVBehandling,
    krav: str,
    svar: Iterable[tuple[str, bool | None]],
    kilder: tuple[Kilde, ...],
    spor: tuple[str, ...] = (),
) -> Kravvurdering:
    liste = list(svar)
    ikke = tuple(navn for navn, v in liste if v is False)
    ukendte = tuple(navn for navn, v in liste if v is None)
    note = f" (læsning, se fortolkningsloggen {', '.join(spor)})" if spor else ""
    if ikke:
        opf = Opfyldelse.IKKE_OPFYLDT
        tekst = f"{krav} ved IV-behandling med {b.value} er ikke opfyldt; mangler: " + "; ".join(
            ikke
        )
    elif ukendte:
        opf = Opfyldelse.KAN_IKKE_AFGOERES
        tekst = f"Kan ikke afgøres, om {krav} ved IV-behandling med {b.value} er opfyldt; ukendt: "
        tekst += "; ".join(ukendte)
    else:
        opf = Opfyldelse.OPFYLDT
        tekst = f"{krav} ved IV-behandling med {b.value} er opfyldt: " + "; ".join(
            navn for navn, _ in liste
        )
    tekst = tekst[0].upper() + tekst[1:] + note + "."
    return Kravvurdering(
        behandling=b,
        krav=krav,
        opfyldelse=opf,
        ikke_opfyldte=ikke,
        ukendte=ukendte,
        begrundelse=tekst,
        kilder=kilder,
        fortolkninger=spor,
    )


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
