"""Depression: arbejdsmarkedet — Fast Track og § 56-aftale.

Kilde: *Forløbsprogram for mennesker med depression* (Region Syddanmark), Kap. 9
Arbejdsmarkedsindsats:

- Fast Track anbefales, når sygemeldingen forventes at blive længere end otte uger (præcis
  otte uger er ikke nok, DEP-08); opfølgningen igangsættes senest to uger efter anmodningen.
- § 56-aftale ved langvarig eller kronisk sygdom og et forventet forøget sygefravær på mindst
  10 dage om året.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import attrs

from forloebsregler._depression_grundlag import (
    FORTOLKNING_TIDSGRAENSER,
    GRAENSE_LAESNING,
    KAP9,
    Regelsvar,
    flyt_dato,
    tekst_ja_nej,
    valgfri_dato,
)
from forloebsregler._resultat import DovenResultat, DovenTekst
from forloebsregler._tekst import dato, tal
from forloebsregler._valider import (
    kraev_decimal,
    kraev_valgfri_bool,
    vis,
)
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import (
    FORLOEBSPROGRAM_DEPRESSION,
    Kilde,
)
from forloebsregler.svar import Svar, og

if TYPE_CHECKING:
    from forloebsregler.typer import Beloeb

__all__ = [
    "FAST_TRACK_OPFOELGNING",
    "FAST_TRACK_SYGEMELDING",
    "PARAGRAF_56_MINDSTE_FRAVAER_DAGE",
    "FastTrackVurdering",
    "fast_track",
    "paragraf_56_aftale",
]

FAST_TRACK_SYGEMELDING = timedelta(weeks=8)
"""Kap. 9: Fast Track anbefales, når sygemeldingen forventes at blive længere end otte uger."""
FAST_TRACK_OPFOELGNING = timedelta(weeks=2)
"""Kap. 9: opfølgningen igangsættes senest to uger efter anmodningen."""
PARAGRAF_56_MINDSTE_FRAVAER_DAGE = 10
"""Kap. 9: forventet forøget sygefravær på mindst 10 dage om året."""

KILDE_FAST_TRACK = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP9,
    "forventes den at blive længere end otte uger, anbefales arbejdsgiveren at tage kontakt "
    "til jobcenteret via",
)
KILDE_FAST_TRACK_FRIST = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP9,
    "betyder, at sygedagpengeopfølgningen igangsættes senest to uger efter anmodningen – mod "
    "normalt efter otte ugers sygefravær.",
)
KILDE_PARAGRAF_56 = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP9,
    "Hvis der er en risiko for et forøget sygefravær på grund af langvarig eller kronisk "
    "sygdom, kan der indgås en aftale mellem borgeren, arbejdsgiveren og kommunen",
)
KILDE_PARAGRAF_56_DAGE = FORLOEBSPROGRAM_DEPRESSION.kilde(
    KAP9,
    "Det forventede forøgede sygefravær grundet lidelsen skal være på mindst 10 dage om året.",
)


@attrs.frozen(repr=False)
class FastTrackVurdering(DovenResultat):
    """Om Fast Track anbefales, og hvornår sygedagpengeopfølgningen senest skal begynde.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    anbefales: Svar
    opfoelgning_senest: date | None
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
    kilder: tuple[Kilde, ...]
    fortolkninger: tuple[str, ...] = ()


def fast_track(
    forventet_sygemelding: timedelta | None,
    *,
    anmodningsdato: date | str | None = None,
) -> FastTrackVurdering:
    """Fast Track (Kap. 9).

    Anbefales, når sygemeldingen forventes at blive længere end otte uger. Med Fast Track
    igangsættes sygedagpengeopfølgningen senest to uger efter anmodningen (i stedet for
    efter otte ugers sygefravær); `opfoelgning_senest` er anmodningsdatoen + 14 dage.
    """
    if forventet_sygemelding is not None and not isinstance(forventet_sygemelding, timedelta):
        raise UgyldigTypeFejl(
            f"forventet_sygemelding: fik {vis(forventet_sygemelding)}; accepterer en timedelta "
            "eller None (ukendt)"
        )
    if forventet_sygemelding is not None and forventet_sygemelding < timedelta(0):
        raise UgyldigVaerdiFejl(
            f"forventet_sygemelding: fik {vis(forventet_sygemelding)}; accepterer kun 0 eller mere"
        )
    anmodet = valgfri_dato(anmodningsdato, "anmodningsdato")
    # »længere end otte uger«: præcis 8 uger er ikke nok; se fortolkningsloggen DEP-08.
    svar = og(
        None if forventet_sygemelding is None else forventet_sygemelding > FAST_TRACK_SYGEMELDING
    )
    senest = (
        flyt_dato(anmodet, "anmodningsdato", dage=FAST_TRACK_OPFOELGNING.days)
        if anmodet is not None
        else None
    )
    paa_graensen = forventet_sygemelding == FAST_TRACK_SYGEMELDING
    return FastTrackVurdering(
        svar,
        senest,
        DovenTekst(lambda: _fast_track_tekst(svar, senest, paa_graensen)),
        (KILDE_FAST_TRACK, KILDE_FAST_TRACK_FRIST),
        (FORTOLKNING_TIDSGRAENSER,) if paa_graensen else (),
    )


def _fast_track_tekst(svar: Svar, senest: date | None, paa_graensen: bool) -> str:
    """Begrundelsen for `fast_track` (skrives, når den læses)."""
    if svar is Svar.OPFYLDT:
        tekst = "Sygemeldingen forventes at blive længere end otte uger: Fast Track anbefales."
    elif svar is Svar.IKKE_OPFYLDT:
        tekst = (
            "Sygemeldingen forventes ikke at blive længere end otte uger: Fast Track "
            "anbefales ikke."
        )
    else:
        tekst = (
            "Sygemeldingens forventede længde er ukendt: om Fast Track anbefales, kan ikke afgøres."
        )
    if senest is not None:
        tekst += (
            f" Med Fast Track igangsættes sygedagpengeopfølgningen senest {dato(senest)} "
            "(to uger efter anmodningen)."
        )
    if paa_graensen:
        tekst += f" Præcis otte uger er læst som ikke længere end otte uger ({GRAENSE_LAESNING})."
    return tekst


def paragraf_56_aftale(
    *,
    langvarig_eller_kronisk_sygdom: bool | None,
    forventet_ekstra_fravaer_dage_pr_aar: Beloeb | None,
) -> Regelsvar:
    """§ 56-aftale (Kap. 9): ved langvarig eller kronisk sygdom og et forventet forøget
    sygefravær på mindst 10 dage om året kan borger, arbejdsgiver og kommune indgå en aftale."""
    kronisk = kraev_valgfri_bool(langvarig_eller_kronisk_sygdom, "langvarig_eller_kronisk_sygdom")
    dage = (
        None
        if forventet_ekstra_fravaer_dage_pr_aar is None
        else kraev_decimal(
            forventet_ekstra_fravaer_dage_pr_aar,
            "forventet_ekstra_fravaer_dage_pr_aar",
            min_vaerdi=0,
        )
    )
    nok = None if dage is None else dage >= PARAGRAF_56_MINDSTE_FRAVAER_DAGE
    svar = og(kronisk, nok)
    fakta = (
        f"langvarig eller kronisk sygdom: {tekst_ja_nej(kronisk)}; forventet forøget fravær: "
        f"{'ukendt' if dage is None else f'{tal(dage)} dage om året'} (kravet er mindst 10)"
    )
    tekster = {
        Svar.OPFYLDT: f"En § 56-aftale kan indgås ({fakta}).",
        Svar.IKKE_OPFYLDT: f"Betingelserne for en § 56-aftale er ikke opfyldt ({fakta}).",
        Svar.KAN_IKKE_AFGOERES: f"Om en § 56-aftale kan indgås, kan ikke afgøres ({fakta}).",
    }
    regler = (
        ("arbejdsgiveren får refunderet sygedagpenge fra første sygedag ved fravær pga. lidelsen",)
        if svar is Svar.OPFYLDT
        else ()
    )
    return Regelsvar(svar, regler, tekster[svar], (KILDE_PARAGRAF_56, KILDE_PARAGRAF_56_DAGE))
