"""Region Syddanmarks samarbejdsaftaler om IV-behandling: betingelserne for overdragelse.

Kilder: Region Syddanmarks *Samarbejdsaftale om IV-behandling med væske* og *Samarbejdsaftale
om IV-behandling med antibiotika* (begge i kraft 1. januar 2018). Aftalerne er bygget ens;
hvert resultat citerer den aftale, forløbet hører under (`IVBehandling`).

Dette modul: afsnittene *Målgruppen for samarbejdsaftalen*, *Grundprincipper for
samarbejdet* og *Information forud for overdragelse* som betingelserne for at overdrage
IV-behandlingen til den kommunale akutfunktion (`overdragelsesbetingelser`):

- grundreglen: hver betingelse er opfyldt, ikke opfyldt eller ukendt efter oplysningen
  (patienten lægefagligt egnet, hjemmet egnet vurderet i en samtale, kommunal kapacitet —
  IV-behandling er en »kan«-opgave —, antibiotika kun for præparater, der kan blandes i
  lukkede systemer, velfungerende IV-adgang, væsken leveres færdigblandet, et telefonnummer
  åbent døgnet rundt, patienten informeret mundtligt og skriftligt);
- de navngivne særregler: behandlingen startes på sygehuset (antibiotika: mindst to
  behandlinger; væske: læst som mindst én), IV-adgangen skal være *under* 1 døgn gammel, og
  administrationen kræver sygeplejefaglig baggrund og må ikke delegeres.

Aftalernes øvrige afsnit har deres egne moduler: behandlingsansvaret og videredelegation
(`iv_syddanmark_ansvar`), IV-kassen, plejeforløbsplanen og kompetencerne
(`iv_syddanmark_ressourcer`) og den halvårlige afrapportering
(`iv_syddanmark_monitorering`). Aftalerne fastsætter ingen betaling pr. forløb
(`iv_finansiering.betaling_pr_forloeb`).
"""

from __future__ import annotations

from collections.abc import Mapping
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
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import UgyldigVaerdiFejl
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_ANTIBIOTIKA as _A
from forloebsregler.kilder import SAMARBEJDSAFTALE_IV_VAESKE as _V
from forloebsregler.kilder import Kilde
from forloebsregler.svar import Svar, ja_nej

if TYPE_CHECKING:
    from forloebsregler.typer import Beloeb, Heltal, IVBehandlingArg

__all__ = [
    "MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS",
    "Betingelsesvurdering",
    "IVBehandling",
    "Opfyldelse",
    "Overdragelsesbetingelse",
    "Overdragelsesvurdering",
    "overdragelsesbetingelser",
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
    opfyldelse: Svar
    begrundelse: str
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


@attrs.frozen
class Overdragelsesvurdering(Resultat):
    """Samlet vurdering af overdragelsesbetingelserne for et forløb."""

    behandling: IVBehandling
    opfyldelse: Svar
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

    def administration() -> tuple[Svar, str, tuple[str, ...]]:
        # Fortolkningsloggen IV-13: selve administrationen må aldrig delegeres; lokal
        # videredelegation (kun væske) gælder dele af arbejdsopgaven og redder den ikke.
        sygeplejerske = svar["administreres_af_sygeplejerske"]
        delegation = svar["lokal_videredelegation"]
        spor: tuple[str, ...] = ("IV-13",) if delegation else ()
        if sygeplejerske is None:
            return (
                Svar.KAN_IKKE_AFGOERES,
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
            return Svar.OPFYLDT, tekst, spor
        tekst = (
            f"Administration af IV-behandling med {b.value} kræver sygeplejefaglig baggrund og "
            "må ikke delegeres til andre faggrupper."
        )
        if delegation:
            tekst += (
                " Lokal videredelegation gælder kun dele af arbejdsopgaven, ikke selve "
                "administrationen (læsning, se fortolkningsloggen IV-13)."
            )
        return Svar.IKKE_OPFYLDT, tekst, spor

    def vurder(betingelse: Overdragelsesbetingelse) -> tuple[Svar, str, tuple[str, ...]]:
        if betingelse is _B.BEHANDLINGER_PAA_SYGEHUS:
            if antal is None:
                return (
                    Svar.KAN_IKKE_AFGOERES,
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
                return Svar.KAN_IKKE_AFGOERES, "IV-adgangens alder er ukendt.", ()
            # Afkortet (ikke afrundet), så 23,96 timer ikke vises som 24,0 timer.
            timer, sammenlignet = alder
            vist = str(timer).replace(".", ",")
            tekst = f"IV-adgangen er {vist} timer gammel; den skal være under 1 døgn (24 timer)"
            if sammenlignet == 0:  # præcis 1 døgn: fortolkningsloggen IV-15
                return (
                    Svar.IKKE_OPFYLDT,
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
            Svar.OPFYLDT: "Opfyldt",
            Svar.IKKE_OPFYLDT: "Ikke opfyldt",
            Svar.KAN_IKKE_AFGOERES: "Ukendt",
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
    ikke = tuple(v for v in vurderinger if v.opfyldelse is Svar.IKKE_OPFYLDT)
    ukendte = tuple(v for v in vurderinger if v.opfyldelse is Svar.KAN_IKKE_AFGOERES)
    opfyldte = tuple(v for v in vurderinger if v.opfyldelse is Svar.OPFYLDT)
    if ikke:
        samlet = Svar.IKKE_OPFYLDT
        tekst = (
            f"IV-behandling med {b.value} kan ikke overdrages til kommunen; ikke opfyldt: "
            + "; ".join(v.betingelse.value for v in ikke)
            + "."
        )
        kilder = tuple(k for v in ikke for k in v.kilder)
    elif ukendte:
        samlet = Svar.KAN_IKKE_AFGOERES
        tekst = (
            f"Kan ikke afgøres for IV-behandling med {b.value}; ukendt: "
            + "; ".join(v.betingelse.value for v in ukendte)
            + "."
        )
        kilder = tuple(k for v in ukendte for k in v.kilder)
    else:
        samlet = Svar.OPFYLDT
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
