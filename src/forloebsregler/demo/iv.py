"""Demo: IV-behandling i kommunalt regi gennemregnet med kildernes egne tal.

Et afsnit af `forloebsregler demo`: tyngdekategorien og finansieringen efter rammeaftalen
(tabel 1–3), Syddanmarks betaling, undtagelserne for hospitalsregi, aktivitetsopfølgning,
opsigelse og forsøgsperiode, og Syddanmarks betingelser for at overdrage et forløb.
"""

from __future__ import annotations

from datetime import date, timedelta

from forloebsregler._tekst import kr, tal
from forloebsregler.iv_finansiering import betaling_pr_forloeb, regional_finansiering
from forloebsregler.iv_opfoelgning import aktivitetsopfoelgning
from forloebsregler.iv_opsigelse import Opsigelsesgrund, forsoegsperiode, opsigelse
from forloebsregler.iv_syddanmark import IVBehandling, overdragelsesbetingelser
from forloebsregler.iv_undtagelser import hospitalsundtagelser
from forloebsregler.ivkategori import (
    TABEL_1,
    Tyngdekategori,
    aktivitetsestimat,
    timer_fra_besoeg,
    tyngdekategori,
)

__all__ = ["demo"]


def demo() -> list[str]:
    """Printbare linjer, der gennemgår IV-reglerne (rammeaftalen og Syddanmarks aftaler)."""
    return [
        "IV-behandling i kommunalt regi (rammeaftalen, tabel 1–3, og Syddanmarks aftaler):",
        *_tyngdekategorier(),
        *_finansiering(),
        *_standardforloeb(),
        *_aftalens_vilkaar(),
        *_overdragelse(),
    ]


def _tyngdekategorier() -> list[str]:
    """Rammeaftalens tabel 2: kategorien efter samlet behandlingstid."""
    linjer = ["  Tyngdekategori efter samlet behandlingstid (grænserne læses [nedre, øvre)):"]
    for timer in ("4.75", 5, 15, 35):
        v = tyngdekategori(timer)
        vist = tal(v.timer) if v.timer is not None else "?"
        linjer.append(f"    {vist} timer: {v.kategori.value}")
    linjer.append(
        "    afslutning af kemokur: "
        + tyngdekategori(None, afslutning_af_kemokur=True).kategori.value
    )
    return linjer


def _finansiering() -> list[str]:
    """Rammeaftalens tabel 3 (Nordjylland) og Syddanmarks betaling pr. forløb."""
    linjer = [
        "  Region Nordjyllands finansiering pr. forløb (rammeaftalens tabel 3) og afledt 70/30:"
    ]
    for kategori in Tyngdekategori:
        f = regional_finansiering(kategori)
        if f.afledt_samlet_udgift is None or f.afledt_kommunal_andel is None:
            afledt = "samlet og kommunal andel kan ikke afgøres"
        else:
            afledt = (
                f"afledt samlet {kr(f.afledt_samlet_udgift)}, kommunen "
                f"{kr(f.afledt_kommunal_andel)}"
            )
        linjer.append(f"    {kategori.value}: regionen {kr(f.regional_beloeb)}; {afledt}")
    linjer.append(
        "  Syddanmark: " + str(betaling_pr_forloeb(Tyngdekategori.KATEGORI_1, region="SYDDANMARK"))
    )
    return linjer


def _standardforloeb() -> list[str]:
    """Rammeaftalens tabel 1: standardforløbene, deres timer og aktivitetsestimatet."""
    linjer = ["  Standardforløb (tabel 1):"]
    for r in TABEL_1.values():
        markering = "  ← tabellens timer passer ikke" if r.afviger else ""
        linjer.append(
            f"    {r.omraade.value}: {r.antal_besoeg} × {r.minutter_pr_besoeg} min = "
            f"{tal(r.beregnede_timer)} t (trykt {tal(r.publicerede_timer)}), "
            f"{r.kategori.value}, {r.estimeret_aarligt_antal}/år{markering}"
        )
    linjer.append(f"    {aktivitetsestimat()}")
    linjer.append(
        f"  Antibiotika 24 × 50 min = {timer_fra_besoeg(24, 50)} timer → "
        f"{tyngdekategori(timer_fra_besoeg(24, 50)).kategori.value}"
    )
    return linjer


def _aftalens_vilkaar() -> list[str]:
    """Hospitalsundtagelserne, aktivitetsopfølgningen, opsigelsen og forsøgsperioden."""
    u = hospitalsundtagelser(
        besoeg_pr_doegn=4, indgift_i_lukket_system=True, ophold_pr_indgift=timedelta(minutes=75)
    )
    a = aktivitetsopfoelgning(
        {Tyngdekategori.KATEGORI_1: 100, Tyngdekategori.KATEGORI_3: 20},
        {Tyngdekategori.KATEGORI_1: 110, Tyngdekategori.KATEGORI_3: 30},
        aftalestart=date(2020, 1, 1),
        opgoerelsesdato=date(2020, 7, 1),
    )
    o = opsigelse(
        date(2020, 8, 31),
        grund=Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET,
        overskridelse_mindst_20_procent_efter_6_maaneder=True,
        enighed_om_finansiering_af_meraktivitet=False,
    )
    return [
        f"  Undtagelser, 4 besøg/døgn og 75 min pr. indgift: {u}",
        f"  Aktivitetsopfølgning: {a}",
        f"  {o}",
        f"  {forsoegsperiode(date(2020, 1, 1))}",
    ]


def _overdragelse() -> list[str]:
    """Syddanmarks betingelser for at overdrage et antibiotikaforløb til kommunen."""
    o = overdragelsesbetingelser(
        IVBehandling.ANTIBIOTIKA,
        laegefagligt_egnet=True,
        hjem_egnet=True,
        kommunal_kapacitet=True,
        blandes_i_lukket_system=True,
        behandlinger_paa_sygehus=1,
        iv_adgang_alder=timedelta(hours=30),
        iv_adgang_velfungerende=True,
        administreres_af_sygeplejerske=True,
        kontakttelefon_doegnet_rundt=True,
        informeret_mundtligt_og_skriftligt=None,
    )
    return [f"  Syddanmark, antibiotika: {o}"]
