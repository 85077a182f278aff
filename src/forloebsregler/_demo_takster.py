"""Demo for ledsagelse: kildernes egne tal gennemregnet (bruges af `forloebsregler demo`)."""

from __future__ import annotations

from datetime import date, datetime

from forloebsregler.afregning import afregn_forloeb
from forloebsregler.fejl import ManglendeTakstFejl
from forloebsregler.kalender import KOEBENHAVN
from forloebsregler.kilometergodtgoerelse import kilometersats
from forloebsregler.kontraktomfang import forventet_omfang
from forloebsregler.ledsagelse import omfattet_af_aftalen
from forloebsregler.ledsagelsespris import beregn_ledsagelse
from forloebsregler.takster import TAKSTER_2019
from forloebsregler.takstperioder import Takstkategori, takstkategori

__all__ = ["demo"]


def _kl(dag: date, time: int) -> datetime:
    return datetime(dag.year, dag.month, dag.day, time, tzinfo=KOEBENHAVN)


def demo() -> list[str]:
    """Printbare danske linjer, der gennemgår reglerne for ledsagelse."""
    linjer = ["Ledsagelse under sygehusbehandling (samarbejdsaftalen, 2019-niveau):"]
    for k in Takstkategori:
        takst = str(TAKSTER_2019.takst(k)).replace(".", ",")
        linjer.append(
            f"  {k.value:<28} {k.tidspunkter:<28} {takst:>7} kr./t  +{k.tillaeg_procent} %"
        )
    fredag, loerdag = date(2019, 3, 1), date(2019, 3, 2)
    linjer.append("  " + str(takstkategori(_kl(loerdag, 3))))
    linjer.append("  " + str(beregn_ledsagelse(_kl(fredag, 15), _kl(loerdag, 8))))
    linjer.append(
        "  "
        + str(beregn_ledsagelse(_kl(date(2019, 10, 26), 17), _kl(date(2019, 10, 27), 6)))
        + " (efterårets sommertidsnat)"
    )
    try:
        beregn_ledsagelse(_kl(date(2024, 3, 4), 8), _kl(date(2024, 3, 4), 10))
    except ManglendeTakstFejl as fejl:
        linjer.append(f"  2024 uden taksttabel: {fejl}")
    mandag = date(2019, 5, 6)
    akut = afregn_forloeb(
        "AKUT",
        _kl(mandag, 8),
        _kl(mandag, 20),
        ankomst=_kl(mandag, 9),
        kontrakt_indgaaet=_kl(mandag, 15),
        km_til_sygehus=20,
        km_hjem=20,
    )
    linjer.append("  " + str(akut))
    linjer.extend("    " + b for b in akut.bemaerkninger)
    linjer.append("  " + str(kilometersats(date(2022, 5, 1))))
    sats_2026 = kilometersats(date(2026, 3, 1))
    (parameter,) = sats_2026.anvendte_parametre
    linjer.append(f"  {sats_2026} Kilde: {parameter.kilde}.")
    linjer.append("  " + str(forventet_omfang(start=mandag, timer_pr_doegn="7.5", doegn=3)))
    linjer.append(
        "  "
        + str(
            omfattet_af_aftalen(
                folkeregisteradresse_i_syddanmark=True,
                sygehus_i_syddanmark=True,
                i_maalgruppen=True,
                kommunen_i_kontakt=True,
                paaroerende_kan_foelge=False,
                respirator=True,
            )
        )
    )
    return linjer
