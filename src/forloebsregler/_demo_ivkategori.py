"""Demo: IV-behandling i kommunalt regi gennemregnet med kildernes egne tal."""

from __future__ import annotations

from datetime import date, timedelta

from forloebsregler._tekst import kr as _kr
from forloebsregler._tekst import tal as _tal
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
    linjer = ["IV-behandling i kommunalt regi (rammeaftalen, tabel 1–3, og Syddanmarks aftaler):"]

    linjer.append("  Tyngdekategori efter samlet behandlingstid (grænserne læses [nedre, øvre)):")
    for timer in ("4.75", 5, 15, 35):
        v = tyngdekategori(timer)
        linjer.append(
            f"    {_tal(v.timer) if v.timer is not None else '?'} timer: {v.kategori.value}"
        )
    linjer.append(
        "    afslutning af kemokur: "
        + tyngdekategori(None, afslutning_af_kemokur=True).kategori.value
    )

    linjer.append(
        "  Region Nordjyllands finansiering pr. forløb (rammeaftalens tabel 3) og afledt 70/30:"
    )
    for kategori in Tyngdekategori:
        f = regional_finansiering(kategori)
        if f.afledt_samlet_udgift is None or f.afledt_kommunal_andel is None:
            afledt = "samlet og kommunal andel kan ikke afgøres"
        else:
            afledt = (
                f"afledt samlet {_kr(f.afledt_samlet_udgift)}, kommunen "
                f"{_kr(f.afledt_kommunal_andel)}"
            )
        linjer.append(f"    {kategori.value}: regionen {_kr(f.regional_beloeb)}; {afledt}")
    linjer.append(
        "  Syddanmark: " + str(betaling_pr_forloeb(Tyngdekategori.KATEGORI_1, region="SYDDANMARK"))
    )

    linjer.append("  Standardforløb (tabel 1):")
    for r in TABEL_1.values():
        markering = "  ← tabellens timer passer ikke" if r.afviger else ""
        linjer.append(
            f"    {r.omraade.value}: {r.antal_besoeg} × {r.minutter_pr_besoeg} min = "
            f"{_tal(r.beregnede_timer)} t (trykt {_tal(r.publicerede_timer)}), "
            f"{r.kategori.value}, {r.estimeret_aarligt_antal}/år{markering}"
        )
    linjer.append(f"    {aktivitetsestimat()}")
    linjer.append(
        f"  Antibiotika 24 × 50 min = {timer_fra_besoeg(24, 50)} timer → "
        f"{tyngdekategori(timer_fra_besoeg(24, 50)).kategori.value}"
    )

    u = hospitalsundtagelser(
        besoeg_pr_doegn=4, indgift_i_lukket_system=True, ophold_pr_indgift=timedelta(minutes=75)
    )
    linjer.append(f"  Undtagelser, 4 besøg/døgn og 75 min pr. indgift: {u}")

    a = aktivitetsopfoelgning(
        {Tyngdekategori.KATEGORI_1: 100, Tyngdekategori.KATEGORI_3: 20},
        {Tyngdekategori.KATEGORI_1: 110, Tyngdekategori.KATEGORI_3: 30},
        aftalestart=date(2020, 1, 1),
        opgoerelsesdato=date(2020, 7, 1),
    )
    linjer.append(f"  Aktivitetsopfølgning: {a}")
    linjer.append(
        "  "
        + str(
            opsigelse(
                date(2020, 8, 31),
                grund=Opsigelsesgrund.UENIGHED_OM_MERAKTIVITET,
                overskridelse_mindst_20_procent_efter_6_maaneder=True,
                enighed_om_finansiering_af_meraktivitet=False,
            )
        )
    )
    linjer.append("  " + str(forsoegsperiode(date(2020, 1, 1))))

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
    linjer.append(f"  Syddanmark, antibiotika: {o}")
    return linjer
