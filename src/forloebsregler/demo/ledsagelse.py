"""Demo for ledsagelse: kildernes egne tal gennemregnet (bruges af `forloebsregler demo`).

Et afsnit af `forloebsregler demo`: samarbejdsaftalens timetakster (2019-niveau), en pris
over en weekend og over sommertidsnatten, et år uden taksttabel, afregningen af et akut
forløb med kontrakt, kilometersatserne, kontraktens forventede omfang og målgruppen.
"""

from __future__ import annotations

from datetime import date, datetime

from forloebsregler._tekst import tal
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
    return [
        "Ledsagelse under sygehusbehandling (samarbejdsaftalen, 2019-niveau):",
        *_takstoversigt(),
        *_priser(),
        *_afregning(),
        *_koersel_og_kontrakt(),
    ]


def _takstoversigt() -> list[str]:
    """Samarbejdsaftalens takstkategorier: tidspunkter, timetakst og tillæg."""
    linjer = []
    for k in Takstkategori:
        takst = tal(TAKSTER_2019.takst(k))
        linjer.append(
            f"  {k.value:<28} {k.tidspunkter:<28} {takst:>7} kr./t  +{k.tillaeg_procent} %"
        )
    return linjer


def _priser() -> list[str]:
    """En nat i weekenden, en pris over sommertidsnatten og et år uden taksttabel."""
    fredag, loerdag = date(2019, 3, 1), date(2019, 3, 2)
    linjer = [
        "  " + str(takstkategori(_kl(loerdag, 3))),
        "  " + str(beregn_ledsagelse(_kl(fredag, 15), _kl(loerdag, 8))),
        "  "
        + str(beregn_ledsagelse(_kl(date(2019, 10, 26), 17), _kl(date(2019, 10, 27), 6)))
        + " (efterårets sommertidsnat)",
    ]
    try:
        beregn_ledsagelse(_kl(date(2024, 3, 4), 8), _kl(date(2024, 3, 4), 10))
    except ManglendeTakstFejl as fejl:
        linjer.append(f"  2024 uden taksttabel: {fejl}")
    return linjer


def _afregning() -> list[str]:
    """Et akut forløb med kontrakt efter fristen: hvem betaler hvad, og bemærkningerne."""
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
    return ["  " + str(akut), *("    " + b for b in akut.bemaerkninger)]


def _koersel_og_kontrakt() -> list[str]:
    """Kilometersatserne (dateret), kontraktens forventede omfang og aftalens målgruppe."""
    sats_2026 = kilometersats(date(2026, 3, 1))
    (parameter,) = sats_2026.anvendte_parametre
    omfattet = omfattet_af_aftalen(
        folkeregisteradresse_i_syddanmark=True,
        sygehus_i_syddanmark=True,
        i_maalgruppen=True,
        kommunen_i_kontakt=True,
        paaroerende_kan_foelge=False,
        respirator=True,
    )
    return [
        "  " + str(kilometersats(date(2022, 5, 1))),
        f"  {sats_2026} Kilde: {parameter.kilde}.",
        "  " + str(forventet_omfang(start=date(2019, 5, 6), timer_pr_doegn="7.5", doegn=3)),
        f"  {omfattet}",
    ]
