"""Region Syddanmarks samarbejdsaftaler om IV-behandling med væske og med antibiotika.

Privat modul; det offentlige API genudsendes fra `forloebsregler.ivkategori`.

Kilder: *Samarbejdsaftale om IV-behandling med væske* og *Samarbejdsaftale om
IV-behandling med antibiotika* (begge i kraft 1. januar 2018), afsnittene Målgruppen,
Grundprincipper, Det lægefaglige behandlingsansvar, Information forud for overdragelse og
Plan for kvalitetssikring og monitorering.

Reglerne kort: IV-behandling er en »kan«-opgave, og den kommunale akutfunktion vurderer
selv sin kapacitet. Patienten skal være lægefagligt egnet og hjemmet egnet (vurderet i en
samtale). Behandlingen startes på sygehuset (antibiotika: mindst to behandlinger før
udskrivelse); patienten sendes hjem med en velfungerende IV-adgang under 1 døgn gammel;
væske leveres færdigblandet; antibiotika kun for præparater, der kan blandes i lukkede
systemer. Administration kræver sygeplejefaglig baggrund og må ikke delegeres (for væske kan
dele af opgaven videredelegeres på lokalt initiativ). Sygehuset giver et telefonnummer, der er
åbent døgnet rundt, og informerer patienten mundtligt og skriftligt. Kommunerne afrapporterer
halvårligt fire tal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal
from enum import Enum
from types import MappingProxyType

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
from forloebsregler.kilder import RAMMEAFTALE_IV_NORDJYLLAND as _R
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_ANTIBIOTIKA as _A
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_VAESKE as _V
from forloebsregler.kilder import Kilde

__all__ = [
    "HALVAARLIGE_DATAPUNKTER",
    "MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS",
    "Ansvarlig",
    "Ansvarsvurdering",
    "Betingelsesvurdering",
    "Halvaarsopgoerelse",
    "IVBehandling",
    "Opfyldelse",
    "Overdragelsesbetingelse",
    "Overdragelsesvurdering",
    "behandlingsansvar",
    "halvaarsopgoerelse",
    "overdragelsesbetingelser",
]

_MAKS_ANTAL = 10**12


class IVBehandling(Enum):
    """Hvilken af Syddanmarks to samarbejdsaftaler forløbet hører under."""

    VAESKE = "væske"
    ANTIBIOTIKA = "antibiotika"


class Opfyldelse(Enum):
    """Tre udfald: opfyldt, ikke opfyldt eller kan ikke afgøres (en oplysning mangler)."""

    OPFYLDT = "opfyldt"
    IKKE_OPFYLDT = "ikke opfyldt"
    KAN_IKKE_AFGOERES = "kan ikke afgøres"


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
    # (se fortolkningsloggen »Væske: behandlingen startes på sygehuset«).
    IVBehandling.VAESKE: 1,
    IVBehandling.ANTIBIOTIKA: 2,
}
MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS: Mapping[IVBehandling, int] = MappingProxyType(
    _MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS_DATA
)
"""Mindste antal behandlinger på sygehuset før udskrivelse."""

# »under 1 døgn gammel«: strengt under 24 timers real tid (fortolkningsloggen
# »IV-adgang "under 1 døgn gammel"«).
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


def _ja_nej(svar: bool | None) -> Opfyldelse:
    if svar is None:
        return Opfyldelse.KAN_IKKE_AFGOERES
    return Opfyldelse.OPFYLDT if svar else Opfyldelse.IKKE_OPFYLDT


def _kraev_alder(vaerdi: object) -> timedelta | None:
    if vaerdi is None:
        return None
    if isinstance(vaerdi, timedelta):
        if vaerdi < timedelta(0):  # som for timer: en alder er aldrig negativ
            raise UgyldigVaerdiFejl(
                f"iv_adgang_alder: fik {vis(vaerdi)}; accepterer kun en varighed fra 0"
            )
        return vaerdi
    timer = kraev_decimal(vaerdi, "iv_adgang_alder", min_vaerdi=0, maks_vaerdi=10**9)
    return timedelta(microseconds=int(timer * 3_600_000_000))


def overdragelsesbetingelser(
    behandling: object,
    *,
    laegefagligt_egnet: object = None,
    hjem_egnet: object = None,
    kommunal_kapacitet: object = None,
    blandes_i_lukket_system: object = None,
    behandlinger_paa_sygehus: object = None,
    iv_adgang_alder: object = None,
    iv_adgang_velfungerende: object = None,
    vaeske_faerdigblandet: object = None,
    administreres_af_sygeplejerske: object = None,
    lokal_videredelegation: object = None,
    kontakttelefon_doegnet_rundt: object = None,
    informeret_mundtligt_og_skriftligt: object = None,
) -> Overdragelsesvurdering:
    """Er Syddanmarks betingelser for at overdrage IV-behandlingen til kommunen opfyldt?

    `behandling` er `IVBehandling.VAESKE` eller `IVBehandling.ANTIBIOTIKA`. Ja/nej-spørgsmål
    tager True/False; `None` betyder ukendt og giver »kan ikke afgøres« — der antages aldrig
    noget. `behandlinger_paa_sygehus` er antal behandlinger før udskrivelse (antibiotika:
    mindst 2; væske: mindst 1), `iv_adgang_alder` en `timedelta` eller timer (skal være under
    1 døgn). `blandes_i_lukket_system` gælder kun antibiotika, `vaeske_faerdigblandet` og
    `lokal_videredelegation` kun væske: for væske er administration uden sygeplejerske kun
    opfyldt, hvis dele af opgaven er videredelegeret på lokalt initiativ (se
    fortolkningsloggen). Alle ikke-opfyldte og ukendte betingelser returneres med kilder.
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

    def administration() -> tuple[Opfyldelse, str]:
        sygeplejerske = svar["administreres_af_sygeplejerske"]
        if sygeplejerske is True:
            return (
                Opfyldelse.OPFYLDT,
                "Administrationen sker ved personale med sygeplejefaglig baggrund.",
            )
        if b is IVBehandling.ANTIBIOTIKA:
            if sygeplejerske is None:
                return Opfyldelse.KAN_IKKE_AFGOERES, "Det er ukendt, hvem der administrerer."
            return (
                Opfyldelse.IKKE_OPFYLDT,
                "Administration af IV-antibiotika må ikke delegeres til andre faggrupper.",
            )
        # Fortolkningsloggen »Væske: lokal videredelegation«.
        delegation = svar["lokal_videredelegation"]
        if sygeplejerske is None or (sygeplejerske is False and delegation is None):
            return (
                Opfyldelse.KAN_IKKE_AFGOERES,
                "Det er ukendt, hvem der administrerer, eller om der er lokal videredelegation.",
            )
        if delegation:
            return (
                Opfyldelse.OPFYLDT,
                "Dele af opgaven er videredelegeret på lokalt initiativ, hvilket aftalen om væske "
                "tillader, når kompetencerne er sikret.",
            )
        return (
            Opfyldelse.IKKE_OPFYLDT,
            "Administration af IV-væske kræver sygeplejefaglig baggrund, og der er ingen lokal "
            "videredelegation.",
        )

    def vurder(betingelse: Overdragelsesbetingelse) -> tuple[Opfyldelse, str]:
        if betingelse is _B.BEHANDLINGER_PAA_SYGEHUS:
            if antal is None:
                return Opfyldelse.KAN_IKKE_AFGOERES, "Antal behandlinger på sygehuset er ukendt."
            ok = antal >= mindst
            return _ja_nej(ok), (
                f"{antal} behandling(er) på sygehuset før udskrivelse; kræver mindst {mindst}."
            )
        if betingelse is _B.IV_ADGANG_UNDER_ET_DOEGN:
            if alder is None:
                return Opfyldelse.KAN_IKKE_AFGOERES, "IV-adgangens alder er ukendt."
            # Afkortet (ikke afrundet), så 23,96 timer ikke vises som 24,0 timer.
            timer = (Decimal(alder.days * 86400 + alder.seconds) / 3600).quantize(
                Decimal("0.1"), ROUND_DOWN
            )
            vist = str(timer).replace(".", ",")
            return _ja_nej(alder < _IV_ADGANG_MAKS_ALDER), (
                f"IV-adgangen er {vist} timer gammel; den skal være under 1 døgn (24 timer)."
            )
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
        opf = _ja_nej(svar[navn])
        forklaring = {
            Opfyldelse.OPFYLDT: "Opfyldt",
            Opfyldelse.IKKE_OPFYLDT: "Ikke opfyldt",
            Opfyldelse.KAN_IKKE_AFGOERES: "Ukendt",
        }[opf]
        return opf, f"{forklaring}: {betingelse.value}."

    vurderinger = []
    for betingelse, kilder in _BETINGELSER[b].items():
        opf, tekst = vurder(betingelse)
        vurderinger.append(
            Betingelsesvurdering(
                betingelse=betingelse, opfyldelse=opf, begrundelse=tekst, kilder=kilder
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
    return Overdragelsesvurdering(
        behandling=b,
        opfyldelse=samlet,
        ikke_opfyldte=ikke,
        ukendte=ukendte,
        opfyldte=opfyldte,
        begrundelse=tekst,
        kilder=tuple(dict.fromkeys(kilder)),
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
_K_ANSVAR_NORDJYLLAND = _R.kilde(
    "6. Opfølgning og monitorering",
    "hospitalslægen tilknyttet IV-behandlingen har det samlede behandlingsansvar for alle "
    "lægelige indsatser i relation til IV-behandlingen",
)


@attrs.frozen
class Ansvarsvurdering(Resultat):
    """Hvem der har behandlingsansvaret for et givent spørgsmål."""

    ansvarlig: Ansvarlig
    begrundelse: str
    kilder: tuple[Kilde, ...]


def behandlingsansvar(
    *,
    iv_behandling_afsluttet: object,
    relateret_til_iv_behandlingen: object,
    behandling: object = IVBehandling.VAESKE,
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
            kilder=(_K_ANSVAR_SYGEHUS[b], _K_ANSVAR_NORDJYLLAND),
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


def _valgfrit_heltal(vaerdi: object, navn: str) -> int | None:
    if vaerdi is None:
        return None
    return kraev_heltal(vaerdi, navn, min_vaerdi=0, maks_vaerdi=_MAKS_ANTAL)


def halvaarsopgoerelse(
    behandling: object,
    *,
    aar: object,
    halvaar: object,
    enhed: object = None,
    antal_borgere_henvist: object = None,
    gennemsnitlig_behandlingsvarighed_dage: object = None,
    ordinerende_sygehusafdelinger: object = None,
    antal_borgere_med_komplikationer: object = None,
) -> Halvaarsopgoerelse:
    """Syddanmarks halvårlige data for én aftale (væske eller antibiotika).

    De fire tal: antal borgere henvist, gennemsnitlig behandlingsvarighed (kilden angiver
    ingen enhed; her i dage, se fortolkningsloggen), ordinerende sygehusafdelinger og antal
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
    )
