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

from collections.abc import Callable, Mapping
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
from forloebsregler.svar import Svar, ja_nej, samlet

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


# ---------------------------------------------------------------------------
# Oplysningerne om forløbet (valideret én gang)
# ---------------------------------------------------------------------------

# Ja/nej-oplysningerne i den rækkefølge, de valideres; `None` betyder ukendt.
_JA_NEJ_OPLYSNINGER = (
    "laegefagligt_egnet",
    "hjem_egnet",
    "kommunal_kapacitet",
    "blandes_i_lukket_system",
    "iv_adgang_velfungerende",
    "vaeske_faerdigblandet",
    "administreres_af_sygeplejerske",
    "lokal_videredelegation",
    "kontakttelefon_doegnet_rundt",
    "informeret_mundtligt_og_skriftligt",
)
# Oplysninger, som kun den ene aftale kender.
_KUN_FOR = (
    ("blandes_i_lukket_system", IVBehandling.ANTIBIOTIKA),
    ("vaeske_faerdigblandet", IVBehandling.VAESKE),
    ("lokal_videredelegation", IVBehandling.VAESKE),
)


@attrs.frozen
class _Oplysninger:
    behandling: IVBehandling
    svar: Mapping[str, bool | None]
    behandlinger_paa_sygehus: int | None
    iv_adgang_alder: tuple[Decimal, int] | None


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


def _kraev_oplysninger(
    behandling: object,
    svar: Mapping[str, object],
    behandlinger_paa_sygehus: object,
    iv_adgang_alder: object,
) -> _Oplysninger:
    b = kraev_enum(IVBehandling, behandling, "behandling")
    ja_nej_svar = {navn: kraev_valgfri_bool(svar[navn], navn) for navn in _JA_NEJ_OPLYSNINGER}
    for navn, kun_for in _KUN_FOR:
        if ja_nej_svar[navn] is not None and b is not kun_for:
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
    return _Oplysninger(b, ja_nej_svar, antal, _kraev_alder(iv_adgang_alder))


_Vurdering = tuple[Svar, str, tuple[str, ...]]


# ---------------------------------------------------------------------------
# Grundreglen: betingelsen er opfyldt, når oplysningen siger ja
# ---------------------------------------------------------------------------

# Hver af disse betingelser er ét ja/nej i aftalerne (citaterne står i `_BETINGELSER`).
_BETINGELSENS_OPLYSNING = {
    _B.LAEGEFAGLIGT_EGNET: "laegefagligt_egnet",
    _B.HJEM_EGNET: "hjem_egnet",
    _B.KOMMUNAL_KAPACITET: "kommunal_kapacitet",
    _B.LUKKET_SYSTEM: "blandes_i_lukket_system",
    _B.IV_ADGANG_VELFUNGERENDE: "iv_adgang_velfungerende",
    _B.VAESKE_FAERDIGBLANDET: "vaeske_faerdigblandet",
    _B.KONTAKT_DOEGNET_RUNDT: "kontakttelefon_doegnet_rundt",
    _B.PATIENT_INFORMERET: "informeret_mundtligt_og_skriftligt",
}
_FORKLARING = {
    Svar.OPFYLDT: "Opfyldt",
    Svar.IKKE_OPFYLDT: "Ikke opfyldt",
    Svar.KAN_IKKE_AFGOERES: "Ukendt",
}


def _grundregel(betingelse: Overdragelsesbetingelse, o: _Oplysninger) -> _Vurdering:
    """Ja er opfyldt, nej er ikke opfyldt, og en ukendt oplysning kan ikke afgøres."""
    svar = ja_nej(o.svar[_BETINGELSENS_OPLYSNING[betingelse]])
    return svar, f"{_FORKLARING[svar]}: {betingelse.value}.", ()


# ---------------------------------------------------------------------------
# Særregel: behandlingen startes på sygehuset (Grundprincipper for samarbejdet)
# ---------------------------------------------------------------------------


def _behandlinger_paa_sygehus(o: _Oplysninger) -> _Vurdering:
    """Antibiotika: »skal have modtaget minimum to behandlinger inden udskrivelse og
    overdragelse af administrationen til den kommunale akutfunktion«. Væske: »Patienter
    starter behandlingen på sygehuset inden udskrivelse« — læst som mindst én behandling
    (fortolkningsloggen IV-12); 0 er ikke opfyldt i enhver læsning."""
    antal = o.behandlinger_paa_sygehus
    if antal is None:
        return Svar.KAN_IKKE_AFGOERES, "Antal behandlinger på sygehuset er ukendt.", ()
    mindst = MINDSTE_ANTAL_BEHANDLINGER_PAA_SYGEHUS[o.behandling]
    svar = ja_nej(antal >= mindst)
    tekst = f"{antal} behandling(er) på sygehuset før udskrivelse; kræver mindst {mindst}"
    if o.behandling is IVBehandling.VAESKE and antal >= 1:
        return svar, tekst + " (læsning, se fortolkningsloggen IV-12).", ("IV-12",)
    return svar, tekst + ".", ()


# ---------------------------------------------------------------------------
# Særregel: IV-adgangen skal være under 1 døgn gammel (Grundprincipper for samarbejdet)
# ---------------------------------------------------------------------------


def _iv_adgang_under_et_doegn(o: _Oplysninger) -> _Vurdering:
    """»velfungerende IV-adgang (under 1 døgn gammel)«: strengt under 24 timer; præcis 1 døgn
    er ikke *under* 1 døgn (fortolkningsloggen IV-15)."""
    if o.iv_adgang_alder is None:
        return Svar.KAN_IKKE_AFGOERES, "IV-adgangens alder er ukendt.", ()
    # Afkortet (ikke afrundet), så 23,96 timer ikke vises som 24,0 timer.
    timer, sammenlignet = o.iv_adgang_alder
    vist = str(timer).replace(".", ",")
    tekst = f"IV-adgangen er {vist} timer gammel; den skal være under 1 døgn (24 timer)"
    if sammenlignet == 0:
        return Svar.IKKE_OPFYLDT, tekst + " (læsning, se fortolkningsloggen IV-15).", ("IV-15",)
    return ja_nej(sammenlignet < 0), tekst + ".", ()


# ---------------------------------------------------------------------------
# Særregel: administration kræver sygeplejefaglig baggrund (Grundprincipper for samarbejdet)
# ---------------------------------------------------------------------------


def _administration_ved_sygeplejerske(o: _Oplysninger) -> _Vurdering:
    """»Administration af IV-behandling med … kræver en sygeplejefagligbaggrund og må ikke
    delegeres til andre faggrupper.« Væskeaftalens åbning for »videredelegation af dele af
    arbejdsopgaven« gælder kun dele af opgaven og redder aldrig selve administrationen
    (fortolkningsloggen IV-13; se `videredelegation`)."""
    sygeplejerske = o.svar["administreres_af_sygeplejerske"]
    delegation = o.svar["lokal_videredelegation"]
    spor: tuple[str, ...] = ("IV-13",) if delegation else ()
    if sygeplejerske is None:
        tekst = (
            "Det er ukendt, om administrationen sker ved personale med sygeplejefaglig baggrund."
        )
        return Svar.KAN_IKKE_AFGOERES, tekst, spor
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
        f"Administration af IV-behandling med {o.behandling.value} kræver sygeplejefaglig "
        "baggrund og må ikke delegeres til andre faggrupper."
    )
    if delegation:
        tekst += (
            " Lokal videredelegation gælder kun dele af arbejdsopgaven, ikke selve "
            "administrationen (læsning, se fortolkningsloggen IV-13)."
        )
    return Svar.IKKE_OPFYLDT, tekst, spor


_SAERREGLER: dict[Overdragelsesbetingelse, Callable[[_Oplysninger], _Vurdering]] = {
    _B.BEHANDLINGER_PAA_SYGEHUS: _behandlinger_paa_sygehus,
    _B.IV_ADGANG_UNDER_ET_DOEGN: _iv_adgang_under_et_doegn,
    _B.ADMINISTRATION_VED_SYGEPLEJERSKE: _administration_ved_sygeplejerske,
}


def _vurder(betingelse: Overdragelsesbetingelse, o: _Oplysninger) -> Betingelsesvurdering:
    saerregel = _SAERREGLER.get(betingelse)
    svar, tekst, spor = saerregel(o) if saerregel else _grundregel(betingelse, o)
    return Betingelsesvurdering(
        betingelse=betingelse,
        opfyldelse=svar,
        begrundelse=tekst,
        kilder=_BETINGELSER[o.behandling][betingelse],
        fortolkninger=spor,
    )


# ---------------------------------------------------------------------------
# Samlet: alle betingelser skal være opfyldt
# ---------------------------------------------------------------------------


def _samlet(b: IVBehandling, vurderinger: list[Betingelsesvurdering]) -> Overdragelsesvurdering:
    """Et nej afgør sagen; ellers gør en ukendt betingelse svaret ukendt; ellers ja. Kun
    læsningerne bag de betingelser, der bærer svaret, følger med."""
    ikke = tuple(v for v in vurderinger if v.opfyldelse is Svar.IKKE_OPFYLDT)
    ukendte = tuple(v for v in vurderinger if v.opfyldelse is Svar.KAN_IKKE_AFGOERES)
    opfyldte = tuple(v for v in vurderinger if v.opfyldelse is Svar.OPFYLDT)
    svar = samlet(ikke, ukendte)
    if svar is Svar.IKKE_OPFYLDT:
        baerende = ikke
        tekst = f"IV-behandling med {b.value} kan ikke overdrages til kommunen; ikke opfyldt: "
        tekst += "; ".join(v.betingelse.value for v in ikke) + "."
    elif svar is Svar.KAN_IKKE_AFGOERES:
        baerende = ukendte
        tekst = f"Kan ikke afgøres for IV-behandling med {b.value}; ukendt: "
        tekst += "; ".join(v.betingelse.value for v in ukendte) + "."
    else:
        baerende = opfyldte
        tekst = (
            f"Alle {len(opfyldte)} betingelser i samarbejdsaftalen om IV-behandling med "
            f"{b.value} er opfyldt; kommunen kan overtage administrationen."
        )
    spor = tuple(sorted({f for v in baerende for f in v.fortolkninger}))
    if spor:
        tekst += " (Hviler på en læsning, se fortolkningsloggen " + ", ".join(spor) + ".)"
    return Overdragelsesvurdering(
        behandling=b,
        opfyldelse=svar,
        ikke_opfyldte=ikke,
        ukendte=ukendte,
        opfyldte=opfyldte,
        begrundelse=tekst,
        kilder=tuple(dict.fromkeys(k for v in baerende for k in v.kilder)),
        fortolkninger=spor,
    )


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

    Hver betingelse vurderes efter grundreglen (`_grundregel`) eller sin særregel
    (`_behandlinger_paa_sygehus`, `_iv_adgang_under_et_doegn`,
    `_administration_ved_sygeplejerske`); betingelserne og deres citater står i aftalens
    rækkefølge i `_BETINGELSER`.
    """
    o = _kraev_oplysninger(
        behandling,
        {
            "laegefagligt_egnet": laegefagligt_egnet,
            "hjem_egnet": hjem_egnet,
            "kommunal_kapacitet": kommunal_kapacitet,
            "blandes_i_lukket_system": blandes_i_lukket_system,
            "iv_adgang_velfungerende": iv_adgang_velfungerende,
            "vaeske_faerdigblandet": vaeske_faerdigblandet,
            "administreres_af_sygeplejerske": administreres_af_sygeplejerske,
            "lokal_videredelegation": lokal_videredelegation,
            "kontakttelefon_doegnet_rundt": kontakttelefon_doegnet_rundt,
            "informeret_mundtligt_og_skriftligt": informeret_mundtligt_og_skriftligt,
        },
        behandlinger_paa_sygehus,
        iv_adgang_alder,
    )
    return _samlet(o.behandling, [_vurder(b, o) for b in _BETINGELSER[o.behandling]])
