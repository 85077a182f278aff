"""Fakturering af ledsagelse: om et forløb kan faktureres, hvornår, og hvad regningen skal have.

Kilder: *Samarbejdsaftale om hjælp til kommunikation, personlig hjælp samt ledsagelse i
forbindelse med sygehusbehandling*, afsnittet **Afregning** (kun regning med skriftlig
aftale; regningen sendes elektronisk til afdelingen, som oplyser EAN-nummer);
*Standardkontrakten*, punkt **8. Økonomi** (regning senest tre måneder efter og så vidt
muligt samme regnskabsår; mærkning af indbetalinger; flere ledsagelser pr. regning);
*afregningsblanketten* med **Vejledning** (én blanket pr. forløb, afdelingerne og tiden),
**Ansvarlig sygehusafdeling** og **Afregning** (sygehuset kan afvise en regning uden blanket).

- `faktureringsvurdering`: kan forløbet faktureres, og hvornår bør regningen være sendt
  (regnskabsåret er kalenderåret; tre måneder er en henstilling, LED-14).
- `kontroller_faktura`: blanket, afdelinger, EAN og antal forløb pr. regning (LED-19).
- `betalingsmaerkning`: teksten, en indbetaling mærkes med.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

import attrs
from dateutil.relativedelta import relativedelta

from forloebsregler._ledsagelse_grundlag import (
    LED_REGNSKABSAAR,
    LED_UDEN_BLANKET,
    Betingelser,
    aftalelaesninger,
    dato_af,
    laesningstekst,
)
from forloebsregler._resultat import DovenResultat, DovenTekst, Resultat
from forloebsregler._tekst import dato
from forloebsregler._valider import (
    er_pladsholder,
    kraev_tekst,
    kraev_valgfri_bool,
    kraev_varighed,
    vis,
)
from forloebsregler.afregning import KILDE_SKRIFTLIG_AFTALE
from forloebsregler.fejl import PeriodeFejl, UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import (
    AFREGNINGSBLANKET_LEDSAGELSE,
    SAMARBEJDSAFTALE_LEDSAGELSE,
    STANDARDKONTRAKT_LEDSAGELSE,
    Kilde,
)
from forloebsregler.svar import Svar

__all__ = [
    "Fakturakontrol",
    "Faktureringsvurdering",
    "betalingsmaerkning",
    "faktureringsvurdering",
    "kontroller_faktura",
]

KILDE_TRE_MAANEDER = STANDARDKONTRAKT_LEDSAGELSE.kilde(
    "8. Økonomi",
    "henstilles det, at regninger sendes senest tre måneder efter ledsagelsen har fundet sted "
    "og så vidt muligt inden for samme regnskabsår.",
)

_S = SAMARBEJDSAFTALE_LEDSAGELSE

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
    "Vejledning",
    "Der udfyldes som udgangspunkt en blanket pr. behandlingsforløb.",
)
KILDE_FLERE_AFDELINGER = AFREGNINGSBLANKET_LEDSAGELSE.kilde(
    "Vejledning",
    "Hvis borgeren har været på flere afdelinger i forbindelse med forløbet, skal det fremgå af "
    "blanketten hvilke afdelinger, borgeren har været på og i hvor lang tid.",
)

KILDE_FLERE_PR_REGNING = STANDARDKONTRAKT_LEDSAGELSE.kilde(
    "8. Økonomi",
    "Kommuner og sygehuse kan i den konkrete situation indbyrdes aftale, om kommunerne opgør "
    "og sender regning for hver ledsagelse, eller om en regning kan indeholde mere end én "
    "ledsagelse for samme patient.",
)

# --------------------------------------------------------------------------- fakturering


@attrs.frozen(repr=False)
class Faktureringsvurdering(DovenResultat):
    """Om et forløb kan faktureres, og hvornår regningen bør være sendt.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    kan_faktureres: bool | None
    """`None`: det kan ikke afgøres, fordi det er ukendt, om der er en skriftlig aftale."""
    anbefalet_senest: date
    """Tre måneder efter ledsagelsen (standardkontrakten henstiller det; ikke en skarp frist)."""
    regnskabsaar_slut: date
    rettidig: bool | None
    samme_regnskabsaar: bool | None
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = (LED_REGNSKABSAAR,)
    """Regnskabsår og tre måneder er en læsning (fortolkningsloggen LED-14)."""


def faktureringsvurdering(
    ledsagelse_slut: date | datetime | str,
    *,
    skriftlig_aftale: bool | None,
    fakturadato: date | datetime | str | None = None,
) -> Faktureringsvurdering:
    """Faktureringsreglerne: kun med skriftlig aftale; helst inden tre måneder og samme år.

    `skriftlig_aftale=None` (ukendt) giver `kan_faktureres=None`: det kan ikke afgøres.
    Regnskabsåret er kalenderåret (fortolkningsloggen LED-14).
    """
    slut = dato_af(ledsagelse_slut, "ledsagelse_slut")
    aftale = kraev_valgfri_bool(skriftlig_aftale, "skriftlig_aftale")
    faktura = None if fakturadato is None else dato_af(fakturadato, "fakturadato")
    if faktura is not None and faktura < slut:
        raise PeriodeFejl(
            f"fakturadato: fik {faktura.isoformat()}, som er før ledsagelsens slut "
            f"{slut.isoformat()}; accepterer en dato samme dag eller senere"
        )
    senest = slut + relativedelta(months=3)
    aarsslut = date(slut.year, 12, 31)
    rettidig = None if faktura is None else faktura <= senest
    samme_aar = None if faktura is None else faktura.year == slut.year
    return Faktureringsvurdering(
        kan_faktureres=aftale,
        anbefalet_senest=senest,
        regnskabsaar_slut=aarsslut,
        rettidig=rettidig,
        samme_regnskabsaar=samme_aar,
        begrundelse=DovenTekst(lambda: _faktureringstekst(aftale, senest, aarsslut, faktura)),
        kilder=(KILDE_SKRIFTLIG_AFTALE, KILDE_TRE_MAANEDER, KILDE_EN_BLANKET),
    )


def _faktureringstekst(
    aftale: bool | None, senest: date, aarsslut: date, faktura: date | None
) -> str:
    """Begrundelsen for `faktureringsvurdering` (skrives, når den læses)."""
    if aftale is None:
        tekst = "Om der er en skriftlig aftale, er ikke oplyst, så det kan ikke afgøres"
    elif aftale:
        tekst = "Der er en skriftlig aftale, så forløbet kan faktureres"
    else:
        tekst = "Uden skriftlig aftale kan kommunen ikke fremsende regning"
    tekst += (
        f"; regningen bør sendes senest {dato(senest)} og så vidt muligt inden {dato(aarsslut)}"
    )
    if faktura is not None:
        tekst += (
            f" — fakturadatoen {dato(faktura)} er "
            f"{'inden for' if faktura <= senest else 'efter'} de tre måneder"
        )
    return tekst + "." + laesningstekst((LED_REGNSKABSAAR,))


# --------------------------------------------------------------------------- kontrol af regningen


@attrs.frozen
class Fakturakontrol(Resultat):
    """Kontrol af en regning for ledsagelse før den sendes."""

    kan_afvises: Svar
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
    if ansvarlig is not None and er_pladsholder(ansvarlig):
        raise UgyldigVaerdiFejl(
            f"aftaleafdeling: fik {vis(aftaleafdeling)}, som ikke er en afdeling, men en "
            "pladsholder; accepterer afdelingens navn, eller None, hvis den ikke kendes (så "
            "står den ansvarlige afdeling under mangler)"
        )
    ean = _kraev_ean(ean_nummer)
    afvisning = _afvisningsgrunde(aftale, blanket, paa_regning)
    mangler = _mangler(afd, ean, ansvarlig)
    if afvisning.grunde:
        svar = Svar.OPFYLDT
        tekst = "Sygehuset kan afvise regningen: " + "; ".join(afvisning.grunde) + "."
    elif afvisning.ukendte:
        svar = Svar.KAN_IKKE_AFGOERES
        tekst = "Det kan ikke afgøres, om regningen kan afvises; ukendt: "
        tekst += ", ".join(afvisning.ukendte) + "."
    else:
        svar = Svar.IKKE_OPFYLDT
        tekst = "Der er skriftlig aftale, og blankettens oplysninger følger med regningen."
    if mangler:
        tekst += " Mangler: " + "; ".join(mangler) + "."
    fortolkninger = (LED_UDEN_BLANKET,) if blanket is False else ()
    return Fakturakontrol(
        kan_afvises=svar,
        mangler=tuple(mangler),
        ansvarlig_afdeling=ansvarlig,
        fortolkninger=fortolkninger,
        begrundelse=tekst + aftalelaesninger(fortolkninger),
        kilder=(
            KILDE_AFVISNING,
            KILDE_BLANKET_AFDELINGER,
            KILDE_ANSVARLIG_AFDELING,
            KILDE_EAN,
            KILDE_EN_BLANKET,
            KILDE_FLERE_PR_REGNING,
        ),
    )


def _kraev_ean(ean_nummer: object) -> str | None:
    """Et EAN-nummer er 13 cifre (afdelingen oplyser det, Afregning)."""
    ean = None if ean_nummer is None else kraev_tekst(ean_nummer, "ean_nummer")
    if ean is not None and not (ean.strip().isdigit() and len(ean.strip()) == 13):
        raise UgyldigVaerdiFejl(
            f"ean_nummer: fik {vis(ean_nummer)}; accepterer et EAN-nummer med 13 cifre"
        )
    return ean


def _afvisningsgrunde(
    aftale: bool | None, blanket: bool | None, paa_regning: bool | None
) -> Betingelser:
    """Grundene til, at sygehuset kan afvise regningen: ingen skriftlig aftale (Afregning:
    »Kommunerne kan kun fremsende regninger for borgere, hvor der er indgået en skriftlig
    aftale«), og afregningsblanketten: »Sygehuset har ret til at afvise en regning, hvis
    blanket til afregning ikke er vedhæftet …«, medmindre alle blankettens oplysninger står
    på regningen (fortolkningsloggen LED-19).
    """
    b = Betingelser()
    b.kraev(
        aftale,
        True,
        "der er ingen skriftlig aftale om ledsagelse, så der kan ikke sendes regning",
        "skriftlig aftale",
    )
    if blanket is False:
        b.kraev(
            paa_regning,
            True,
            "blanketten er ikke vedhæftet, og dens oplysninger står ikke på regningen",
            "om blankettens oplysninger står på regningen",
        )
    elif blanket is None:
        b.ukendte.append("om blanketten er vedhæftet")
    return b


def _mangler(
    afd: tuple[tuple[str, timedelta], ...], ean: str | None, ansvarlig: str | None
) -> list[str]:
    """Hvad regningen mangler: afdelingerne med tid (blankettens vejledning), afdelingens
    EAN-nummer (Afregning) og den ansvarlige afdeling (blanketten)."""
    mangler: list[str] = []
    if not afd:
        mangler.append("afdelinger og tiden på hver afdeling")
    if ean is None:
        mangler.append("sygehusafdelingens EAN-nummer")
    if ansvarlig is None:
        mangler.append("den ansvarlige afdeling (den, der indgik aftalen)")
    return mangler


def betalingsmaerkning(patient: str, periode: str) -> str:
    """Teksten, som indbetalinger mærkes med: »ledsagelse«, patientens navn eller CPR-nr. og
    perioden (fx »2. kvartal 2020«) (Standardkontrakt punkt 8)."""
    p = kraev_tekst(patient, "patient").strip()
    t = kraev_tekst(periode, "periode").strip()
    return f"ledsagelse – {p} – {t}"
