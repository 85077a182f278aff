"""Ledsagelseskontraktens forventede omfang og en sammenligning med det faktiske forbrug.

Kilde: *Standardkontrakten* for ledsagelse, punkt **6. Aftalt omfang af ledsagelse** (A timer
i alt ved ambulant behandling, B1 timer pr. døgn × B2 døgn ved indlæggelse) og punkt **8.
Økonomi** (277,21 kr. pr. time, 2019-niveau, plus tillæg).

- `forventet_omfang`: kontraktens timer og deres pris i grundtakst, med et loft efter
  tabellens højeste takst (fortolkningsloggen LED-15).
- `sammenlign_med_kontrakt`: brugte timer mod de forventede.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import attrs

from forloebsregler._ledsagelse_grundlag import LED_KONTRAKTLOFT, aftalelaesninger, kraev_dag
from forloebsregler._parametre import DateretParameter
from forloebsregler._resultat import DovenResultat, DovenTekst
from forloebsregler._tekst import kr, tal
from forloebsregler._valider import kraev_decimal, vis
from forloebsregler.fejl import UgyldigTypeFejl, UgyldigVaerdiFejl
from forloebsregler.kilder import STANDARDKONTRAKT_LEDSAGELSE, Kilde
from forloebsregler.takster import STANDARD_TAKSTREGISTER, Takstregister, Taksttabel
from forloebsregler.takstfiler import indlaes_takster
from forloebsregler.takstperioder import Takstkategori

__all__ = [
    "ForventetOmfang",
    "Kontraktsammenligning",
    "forventet_omfang",
    "sammenlign_med_kontrakt",
]

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

# --------------------------------------------------------------------------- omfang


@attrs.frozen(repr=False)
class ForventetOmfang(DovenResultat):
    """Kontraktens forventede omfang (Standardkontrakt punkt 6) og dets pris i grundtakst.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    form: str
    """'A' (ambulant: timer i alt) eller 'B' (indlæggelse: B1 timer pr. døgn × B2 døgn)."""
    forventede_timer: Decimal
    niveau: str
    beloeb_grundtakst: Decimal
    """Timerne × grundlønstaksten (kontraktens »fast takst«), uden tillæg."""
    beloeb_hoejeste_takst: Decimal
    """Timerne × den højeste takst: loftet, hvis alle timer falder med største tillæg."""
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
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
    dag = kraev_dag(start, "start")
    form, timer = _kontraktens_timer(timer_i_alt, timer_pr_doegn, doegn)
    tabel = _tabel_for(takster, dag)
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
        begrundelse=DovenTekst(lambda: _omfangstekst(timer, form, tabel.niveau, grund, hoej)),
        kilder=(KILDE_OMFANG, KILDE_OEKONOMI),
        anvendte_parametre=tuple(dict.fromkeys((tabel.parametre[0], tabel.parametre[hoejeste]))),
    )


def _omfangstekst(timer: Decimal, form: str, niveau: str, grund: Decimal, hoej: Decimal) -> str:
    """Begrundelsen for `forventet_omfang` (skrives, når den læses)."""
    return (
        f"Kontrakten forventer {tal(timer)} timer (form {form}); efter {niveau} svarer "
        f"det til {kr(grund)} i grundtakst og højst {kr(hoej)} med det største tillæg."
        + aftalelaesninger((LED_KONTRAKTLOFT,))
    )


def _kontraktens_timer(
    timer_i_alt: object, timer_pr_doegn: object, doegn: object
) -> tuple[str, Decimal]:
    """Standardkontrakten punkt 6: A timer i alt (ambulant) eller B1 timer pr. døgn × B2 døgn
    (indlæggelse) — den ene eller den anden form."""
    if timer_i_alt is not None:
        if timer_pr_doegn is not None or doegn is not None:
            raise UgyldigVaerdiFejl(
                "timer_i_alt: fik både A og B1/B2; accepterer enten timer_i_alt (A, ambulant) "
                "eller timer_pr_doegn og doegn (B1 og B2, indlæggelse)"
            )
        return "A", kraev_decimal(timer_i_alt, "timer_i_alt", min_vaerdi=0, maks_vaerdi=1_000_000)
    if timer_pr_doegn is not None and doegn is not None:
        b1 = kraev_decimal(timer_pr_doegn, "timer_pr_doegn", min_vaerdi=0, maks_vaerdi=25)
        b2 = kraev_decimal(doegn, "doegn", min_vaerdi=0, maks_vaerdi=100_000)
        return "B", b1 * b2
    raise UgyldigVaerdiFejl(
        f"timer_pr_doegn/doegn: fik {vis(timer_pr_doegn)} og {vis(doegn)}; accepterer "
        "enten timer_i_alt (A) eller både timer_pr_doegn og doegn (B1 og B2)"
    )


def _tabel_for(takster: object, dag: date) -> Taksttabel:
    """Taksttabellen, der gælder kontraktens startdato."""
    if takster is None:
        return STANDARD_TAKSTREGISTER.tabel_for(dag)
    if isinstance(takster, Taksttabel):
        # en tabel gælder kun i sin egen periode (ingen stiltiende omdatering)
        return Takstregister((takster,)).tabel_for(dag)
    if isinstance(takster, Takstregister):
        return takster.tabel_for(dag)
    if isinstance(takster, os.PathLike):
        return indlaes_takster(takster).tabel_for(dag)
    raise UgyldigTypeFejl(
        f"takster: fik {vis(takster)}; accepterer en Taksttabel, et Takstregister, en "
        "takstfil som pathlib.Path eller None"
    )


@attrs.frozen(repr=False)
class Kontraktsammenligning(DovenResultat):
    """Faktiske timer sammenlignet med kontraktens forventede.

    `begrundelse` skrives første gang, den læses (issue 18, punkt 1); konstruktøren tager den
    som tekst (`begrundelse=`) som før.
    """

    forventede_timer: Decimal
    faktiske_timer: Decimal
    forskel: Decimal
    """Faktiske minus forventede timer (positiv: flere timer end forventet)."""
    over_forventet: bool
    _begrundelse: str | DovenTekst = attrs.field(alias="begrundelse")
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
    forventet = omfang.forventede_timer
    forskel = faktisk - forventet + 0
    over = forskel > 0
    return Kontraktsammenligning(
        forventede_timer=forventet,
        faktiske_timer=faktisk,
        forskel=forskel,
        over_forventet=over,
        begrundelse=DovenTekst(lambda: _sammenligningstekst(faktisk, forventet, over)),
        kilder=(KILDE_OMFANG,),
    )


def _sammenligningstekst(faktisk: Decimal, forventet: Decimal, over: bool) -> str:
    """Begrundelsen for `sammenlign_med_kontrakt` (skrives, når den læses)."""
    return (
        f"Forløbet brugte {tal(faktisk)} timer mod forventet {tal(forventet)} "
        f"({'over' if over else 'inden for'} kontraktens forventede omfang)."
    )
