"""Demo for genoptræning efter udskrivning: Kap. 10's regler gennemgået (`forloebsregler demo`).

Et afsnit af `forloebsregler demo`: opstartsfristen (BEK nr. 918), frit leverandørvalg og
planens overdragelse, behovsvurderingen og funktionsevnenedsættelserne, retten til en plan,
indsatserne og niveauerne, og batchen til compliance-analyse.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from forloebsregler.genoptraening import (
    Funktionsevnenedsaettelse,
    ret_til_genoptraeningsplan,
    vurder_genoptraeningsbehov,
)
from forloebsregler.genoptraeningsfrist import (
    OPSTARTSFRIST_KALENDERDAGE,
    frit_leverandoervalg,
    opstartsfrist,
    opstartsfrister,
)
from forloebsregler.genoptraeningsindsatser import (
    PSYKIATRIMODELLENS_PARAMETRE,
    Genoptraeningsindsats,
    almen_niveau,
)
from forloebsregler.genoptraeningsplan import kontroller_planoverdragelse
from forloebsregler.kalender import KOEBENHAVN

__all__ = ["demo"]


def demo() -> list[str]:
    """Printbare danske linjer, der gennemgår reglerne for genoptræning efter udskrivning."""
    return [
        "Genoptræning efter udskrivning (Forløbsprogram for depression, Kap. 10; "
        "BEK nr. 918 af 22. juni 2018):",
        *_opstartsfrister(),
        *_frit_valg_og_plan(),
        *_behov(),
        *_indsatser_og_niveau(),
        *_batch(),
    ]


def _opstartsfrister() -> list[str]:
    """7-dagesfristen: skuddag, helligdage, dansk tid, sygehusets senere startdato, ambulant."""
    linjer = [f"  Opstart inden for {OPSTARTSFRIST_KALENDERDAGE} kalenderdage efter udskrivningen:"]
    for udskrivning in (
        date(2024, 2, 22),  # skuddag som frist
        date(2024, 12, 20),  # julens helligdage tæller med
        datetime(2024, 10, 27, 22, 30, tzinfo=UTC),  # 23.30 dansk tid, vintertidens første døgn
        datetime(2024, 1, 31, 23, 30, tzinfo=UTC),  # 00.30 dansk tid næste dag
    ):
        linjer.append(f"    {udskrivning}: {opstartsfrist(udskrivning)}")
    senere = opstartsfrist(
        date(2024, 3, 1), sygehusets_startdato=date(2024, 3, 20), begrundelse="Aflastning af brud"
    )
    linjer.append(f"    Senere startdato fra sygehuset: {senere}")
    uden_grund = opstartsfrist(date(2024, 3, 1), sygehusets_startdato=date(2024, 3, 20))
    linjer.append(f"    Senere startdato uden begrundelse: {uden_grund}")
    ambulant = opstartsfrist(date(2024, 3, 1), kontakt="AMBULANT")
    linjer.append(f"    Plan fra ambulatoriet: {ambulant}")
    return linjer


def _frit_valg_og_plan() -> list[str]:
    """Frit valg af privat leverandør og planens udlevering ved udskrivningen."""
    linjer = ["  Frit valg af privat leverandør med KL-aftale:"]
    for tilbud in (date(2024, 3, 8), date(2024, 3, 11), None):
        linjer.append(f"    tilbudt {tilbud}: {frit_leverandoervalg(date(2024, 3, 1), tilbud)}")
    udskrevet = datetime(2024, 3, 1, 14, 0, tzinfo=KOEBENHAVN)
    plan = kontroller_planoverdragelse(
        udskrevet,
        datetime(2024, 3, 1, 15, 0, tzinfo=KOEBENHAVN),
        samtykke_til_praktiserende_laege=True,
    )
    linjer.append(f"  Planen udleveret kl. 15 efter udskrivning kl. 14: {plan}")
    return linjer


def _behov() -> list[str]:
    """Behovsvurderingen (helhedsvurderingen afgør) og de fire grupper af nedsættelser."""
    linjer = []
    for helhed in (True, None):
        behov = vurder_genoptraeningsbehov(
            helhedsvurdering=helhed,
            motiveret_med_potentiale=False,  # et punkt imod er ikke et veto
            kan_klare_sig_ved_egen_hjaelp=False,
            behov_diffuse_eller_bedre_anden_indsats=False,
            bevaegelsesmaessig=False,
            aktivitetsmaessig=True,
            mental=None,
            social=None,
        )
        linjer.append(f"  Behovsvurdering (helhedsvurdering {helhed}): {behov}")
    linjer.append("  De fire grupper af funktionsevnenedsættelser:")
    for gruppe in Funktionsevnenedsaettelse:
        linjer.append(
            f"    {gruppe.value.spoergsmaal} ({len(gruppe.value.eksempler)} eksempel/eksempler)"
        )
    return linjer


def _indsatser_og_niveau() -> list[str]:
    """Retten til en plan, indsatsernes ansvar og lovgrundlag, niveauet og psykiatrimodellen."""
    ret = ret_til_genoptraeningsplan(
        laegefagligt_begrundet_behov=True,
        relaterer_sig_til_aktuel_sygehuskontakt=True,
        baggrund_i_funktionsevnetab=True,
        henviser="PRAKTISERENDE_LAEGE",
    )
    linjer = [f"  Henvisning fra egen læge: {ret}", "  Indsatser, ansvar og lovgrundlag:"]
    for indsats in Genoptraeningsindsats:
        b = indsats.value
        notat = ", ".join(m.value for m in b.afslutningsnotat_til) or "intet nævnt"
        lov = b.lovgrundlag or "ingen lovhjemmel nævnt"
        linjer.append(
            f"    {b.betegnelse}: {b.ansvarlig.value}; {lov}; afslutningsnotat til: {notat}"
        )
    niveau = almen_niveau(
        omfattende_funktionsevnenedsaettelser=True, komplikationer_af_betydning=False
    )
    linjer.append(f"  Niveau: {niveau}")
    linjer.append(
        "  Psykiatrimodellens syv parametre: "
        + "; ".join(f"{i}. {p}" for i, p in enumerate(PSYKIATRIMODELLENS_PARAMETRE, start=1))
    )
    return linjer


def _batch() -> list[str]:
    """Fristerne for mange sager på én gang (compliance-analyse); en ugyldig række giver en fejl."""
    poster = opstartsfrister(
        [
            {"id": "A", "udskrivning": "2024-03-01", "tilbudt_opstart": "2024-03-06"},
            {"id": "B", "udskrivning": "2024-03-01", "tilbudt_opstart": "2024-03-12"},
            {"id": "C", "udskrivning": "ikke en dato"},
        ]
    )
    linjer = ["  Batch til compliance-analyse (id: frist, dage for sent, frit valg / fejl):"]
    for p in poster:
        if p["fejl"]:
            linjer.append(f"    {p['id']}: fejl — {p['fejl']}")
        else:
            linjer.append(
                f"    {p['id']}: {p['frist']}, {p['dage_for_sent']} dag(e), {p['frit_valg']}"
            )
    return linjer
