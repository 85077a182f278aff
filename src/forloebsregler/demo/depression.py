"""Demo: forløbsprogrammet for mennesker med depression gennemregnet med kildernes egne tal.

Et afsnit af `forloebsregler demo`; hvert trin viser et kapitel: sværhedsgrad og diagnose
(Kap. 5–6), stratificering (Kap. 5), koordinerende kontaktperson (Kap. 8), kommunal
rehabilitering og regneeksemplet (Kap. 11 og notatet) og de mindre regler.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from forloebsregler.diagnose import vurder_diagnose
from forloebsregler.koordinator import koordinerende_kontaktperson
from forloebsregler.livsstil import vurder_alkohol
from forloebsregler.psykiatri import psykiatrisk_modtagelse
from forloebsregler.rehabilitering import beregn_rehabiliteringsudgift, kommunal_rehabilitering
from forloebsregler.screening import vurder_phq2
from forloebsregler.stratificering import stratificer
from forloebsregler.svaerhedsgrad import (
    Fortolkning,
    Kernesymptom,
    Ledsagesymptom,
    vurder_svaerhedsgrad,
)
from forloebsregler.sygefravaer import fast_track

if TYPE_CHECKING:
    from forloebsregler.typer import KoenNavn

__all__ = ["demo"]

_K = list(Kernesymptom)
_L = list(Ledsagesymptom)


def demo() -> list[str]:
    """Printbare linjer, der gennemgår depressionsreglerne (Kap. 5–11 og notaterne)."""
    return [
        "Depression (forløbsprogrammet, Region Syddanmark):",
        *_svaerhedsgrad(),
        *_diagnose(),
        *_stratificering(),
        *_kontaktperson(),
        *_rehabilitering(),
        *_mindre_regler(),
    ]


def _svaerhedsgrad() -> list[str]:
    """Kap. 5: sværhedsgraden efter ICD-10-læsningen og den bogstavelige læsning."""
    linjer = ["  Sværhedsgrad (Kap. 5) — ICD-10-læsningen / den bogstavelige læsning:"]
    for kerne, ledsage in ((2, 2), (2, 4), (3, 5), (3, 1), (3, 3)):
        icd = vurder_svaerhedsgrad(_K[:kerne], _L[:ledsage])
        bogst = vurder_svaerhedsgrad(_K[:kerne], _L[:ledsage], fortolkning=Fortolkning.BOGSTAVELIG)
        linjer.append(
            f"    {kerne} kerne + {ledsage} ledsage: {icd.svaerhedsgrad.value} / "
            f"{bogst.svaerhedsgrad.value}"
        )
    return linjer


def _diagnose() -> list[str]:
    """Kap. 6: diagnosen kræver mindst 2 ugers symptomer og mindst let grad."""
    linjer = ["  Diagnose (Kap. 6: mindst 2 ugers symptomer og mindst let grad):"]
    for varighed in (timedelta(days=10), timedelta(weeks=2), None):
        d = vurder_diagnose(_K[:2], _L[:2], varighed)
        tekst = "ukendt varighed" if varighed is None else f"{varighed.days} dage"
        linjer.append(f"    2 + 2, {tekst}: {d.diagnose.value}")
    return linjer


def _stratificering() -> list[str]:
    """Kap. 5: stratificeringen af en moderat depression med og uden kompleksitet."""
    linjer = ["  Stratificering (Kap. 5), moderat depression (2 + 4):"]
    for hoej in (False, True, None):
        s = stratificer(_K[:2], _L[:4], komplicerende=["ALVORLIGT_MISBRUG"], hoej_kompleksitet=hoej)
        vurdering = {True: "høj", False: "ikke høj", None: "ikke vurderet"}[hoej]
        niveau = s.niveau.value if s.niveau else " eller ".join(n.value for n in s.mulige_niveauer)
        linjer.append(
            f"    kompleksitet {vurdering}: {niveau}" + ("" if s.afgjort else " — kan ikke afgøres")
        )
    return linjer


def _kontaktperson() -> list[str]:
    """Kap. 8: den koordinerende kontaktperson og hvor funktionen er forankret."""
    linjer = ["  Koordinerende kontaktperson (Kap. 8):"]
    for i_psykiatri in (True, False):
        r = koordinerende_kontaktperson(
            True, komplekse_behov=True, i_behandling_i_psykiatrien=i_psykiatri
        )
        linjer.append(
            f"    i psykiatrisk behandling: {'ja' if i_psykiatri else 'nej'} → "
            f"tilbydes: {r.tilbydes.value}, forankret i "
            f"{r.forankring.value if r.forankring else '?'}"
        )
    return linjer


def _rehabilitering() -> list[str]:
    """Kap. 11 og notatets regneeksempel: kommunal rehabilitering og udgiften pr. borger."""
    rehab = kommunal_rehabilitering("MODERAT", behandles_i_psykiatrien=False, henviser="SYGEHUS")
    linjer = [
        "  Kommunal rehabilitering (Kap. 11), moderat, ikke i psykiatrien: "
        f"{rehab.tilbydes.value}; "
        f"indledes med en {rehab.foerste_skridt}; afslutningsnotat til "
        + " og ".join(rehab.afslutningsnotat_til)
    ]
    udgift = beregn_rehabiliteringsudgift()
    linjer.append(f"  Regneeksemplet (notatet), {udgift.timepris} kr./time:")
    for linje in udgift.linjer:
        e = linje.element
        linjer.append(
            f"    {e.navn}: {e.sundhedsprofessionelle} × {e.timer_pr_medarbejder} t × "
            f"{udgift.timepris} kr. / {e.deltagere} = {linje.udgift_pr_borger} kr."
        )
    linjer.append(f"    i alt pr. borger: {udgift.i_alt_pr_borger} kr.")
    return linjer


def _mindre_regler() -> list[str]:
    """Psykiatrisk modtagelse efter alder, Fast Track, alkoholgrænserne og PHQ-2."""
    linjer = ["  Mindre regler:"]
    for alder in (19, 20):
        m = psykiatrisk_modtagelse(alder)
        hvor = m.modtager.value if m.modtager is not None else m.svar.value
        linjer.append(f"    {alder} år henvises til: {hvor}")
    ft = fast_track(timedelta(weeks=9), anmodningsdato=date(2024, 3, 1))
    linjer.append(
        f"    Fast Track (sygemelding 9 uger, anmodet 2024-03-01): {ft.anbefales.value}, "
        f"opfølgning senest {ft.opfoelgning_senest}"
    )
    eksempler: tuple[tuple[int, KoenNavn], ...] = ((15, "KVINDE"), (21, "MAND"))
    for genstande, koen in eksempler:
        a = vurder_alkohol(genstande, koen, alkoholafhaengighed=False)
        linjer.append(
            f"    {genstande} genstande/uge, {a.hoejrisikograense}-grænsen: "
            f"{'over' if a.over_hoejrisikograensen else 'ikke over'} højrisikogrænsen"
        )
    for score in (3, 4):
        p = vurder_phq2(score)
        linjer.append(
            f"    PHQ-2 = {score}: {'tegn' if p.tegn_paa_depression else 'ikke tegn'} på "
            "depression (Sundhedsprofilens tærskel 4; ikke en diagnose)"
        )
    return linjer
