"""Batchkontraktens resultatkolonner, regnet i hånden (docs/batch.md, »Resultatkolonnerne pr.
område«), for de kolonner, mutationstesten efter issue 18 fandt uprøvede: ledsagelsens
kategorikolonner (også dem, der er nul) og `niveauer` over to takstniveauer, genoptræningens
`fristgrundlag`, koordinatorens `forankring`, IV's besked, når kemokuren er ukendt, og
grænsen for lageret af kildetekster.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from forloebsregler import batch
from forloebsregler.ivkategori import tyngdekategori
from forloebsregler.kalender import OFFICIEL_KALENDER
from forloebsregler.takster import TAKSTER_2019
from forloebsregler.takstperioder import Takstkategori

KBH = ZoneInfo("Europe/Copenhagen")


def _kategorier(post: dict[str, object]) -> dict[str, tuple[str, str]]:
    """(timer, beløb) som tekst pr. kategori."""
    return {
        k.name: (str(post[f"timer_{k.name}"]), str(post[f"beloeb_{k.name}"])) for k in Takstkategori
    }


def test_ledsagelse_et_takstniveau_alle_kategorikolonner() -> None:
    # Fredag 1.3.2019 kl. 15:00–18:30 (Afregning, 2019-taksterne): 2 t grundløn à 277,21 kr.
    # = 554,42 kr.; 1,5 t fredag aften/nat à 415,81 kr. = 623,715 → 623,72 kr. (LED-04);
    # de fem andre kategorier er nul.
    (post,) = batch.ledsagelse(
        [
            {
                "start": datetime(2019, 3, 1, 15, tzinfo=KBH),
                "slut": datetime(2019, 3, 1, 18, 30, tzinfo=KBH),
            }
        ]
    )
    assert post["fejl"] is None
    nul = ("0.0000", "0.00")
    assert _kategorier(post) == {
        "GRUNDLOEN": ("2.0000", "554.42"),
        "HVERDAG_AFTEN_NAT": nul,
        "FREDAG_AFTEN_NAT": ("1.5000", "623.72"),
        "LOERDAG_DAG": nul,
        "LOERDAG_AFTEN_NAT": nul,
        "SOEN_HELLIGDAG_DAG": nul,
        "SOEN_HELLIGDAG_AFTEN_NAT": nul,
    }
    assert post["niveauer"] == TAKSTER_2019.niveau
    assert post["total"] == Decimal("1178.14")


def test_ledsagelse_over_to_takstniveauer_summerer_pr_kategori() -> None:
    # Samme sag som i test_ledsagelse_doven (Afregning + LED-02): 31.12.2019 kl. 16 til
    # 1.1.2020 kl. 8 med 31.12 som ekstra helligdag og 2020-taksterne = 2019 × 2:
    #  søn-/helligdag dag:       1 t × 554,41 + 2 t × 1.108,82 = 2.772,05 kr.
    #  søn-/helligdag aften/nat: 7 t × 623,71 + 6 t × 1.247,42 = 11.850,49 kr.
    # Tidsrummene: dag 16–17 og 06–08 (3 t), aften 17–23 (6 t), nat 23–06 (7 t).
    register = TAKSTER_2019.fremskriv_aarligt({2020: "2"})
    (post,) = batch.ledsagelse(
        [
            {
                "start": datetime(2019, 12, 31, 16, tzinfo=KBH),
                "slut": datetime(2020, 1, 1, 8, tzinfo=KBH),
            }
        ],
        takster=register,
        kalender=OFFICIEL_KALENDER.med_dage("2019-12-31"),
    )
    assert post["fejl"] is None
    nul = ("0.0000", "0.00")
    assert _kategorier(post) == {
        "GRUNDLOEN": nul,
        "HVERDAG_AFTEN_NAT": nul,
        "FREDAG_AFTEN_NAT": nul,
        "LOERDAG_DAG": nul,
        "LOERDAG_AFTEN_NAT": nul,
        "SOEN_HELLIGDAG_DAG": ("3.0000", "2772.05"),
        "SOEN_HELLIGDAG_AFTEN_NAT": ("13.0000", "11850.49"),
    }
    # `niveauer` er `;`-adskilt (docs/batch.md), i tidsorden
    assert post["niveauer"] == ";".join(t.niveau for t in register.tabeller)
    assert ";" in post["niveauer"]
    assert (post["timer_dag"], post["timer_aften"], post["timer_nat"]) == (3, 6, 7)
    assert post["total"] == Decimal("14622.54")


def test_genoptraening_fristgrundlag() -> None:
    # Opstartsfristen er 7 kalenderdage efter udskrivningen, medmindre sygehuset sætter en
    # senere startdato med en sundhedsfaglig begrundelse (Fristgrundlag).
    uden, med = batch.genoptraening(
        [
            {"udskrivning": "2024-03-01"},
            {
                "udskrivning": "2024-03-01",
                "sygehusets_startdato": "2024-03-20",
                "begrundelse": "Knoglen skal hele først.",
            },
        ]
    )
    assert uden["fejl"] is None and med["fejl"] is None
    assert uden["fristgrundlag"] == "SYV_KALENDERDAGE"
    assert med["fristgrundlag"] == "SYGEHUSETS_STARTDATO"


def test_koordinator_forankring() -> None:
    # Kap. 8 (KOO-02): funktionen »bør placeres« i lokalpsykiatrien for en borger i behandling
    # i psykiatrien, ellers i det kommunale rehabiliteringsområde.
    raekke = {"diagnosticeret": "ja", "komplekse_behov": "ja"}
    psykiatri, kommune = batch.koordinator(
        [
            {**raekke, "i_behandling_i_psykiatrien": "ja"},
            {**raekke, "i_behandling_i_psykiatrien": "nej"},
        ]
    )
    assert psykiatri["fejl"] is None and kommune["fejl"] is None
    assert psykiatri["forankring"] == "LOKALPSYKIATRIEN"
    assert kommune["forankring"] == "KOMMUNALT_REHABILITERINGSOMRAADE"


def test_iv_ukendt_kemokur_giver_en_fejlraekke_med_hele_beskeden() -> None:
    (post,) = batch.iv([{"timer": "3", "afslutning_af_kemokur": "ukendt"}])
    assert post["kategori"] is None
    assert post["fejl"] == (
        "afslutning_af_kemokur: ukendt; kategorien kan ikke afgøres, for afslutning af en "
        "kemokur er sin egen kategori (rammeaftalen, tabel 2); accepterer ja eller nej "
        "(en tom kolonne, der slet ikke findes, betyder nej)"
    )


def test_kildeteksternes_lager_holder_sin_graense(monkeypatch: pytest.MonkeyPatch) -> None:
    # Et fuldt lager (_MAKS_KILDETEKSTER nøgler) tømmes, før det næste gemmes; teksten er
    # kilderne »dokument, afsnit« adskilt af »; «.
    fuldt: dict[object, object] = {(-i,): ((), "") for i in range(batch._MAKS_KILDETEKSTER)}
    monkeypatch.setattr(batch, "_KILDETEKSTER", fuldt)
    kilde = tyngdekategori("3").kilder[0]  # rammeaftalen, 4. Aktivitet, tabel 2
    assert batch._kilder((kilde,)) == f"{kilde.dokument.titel}, {kilde.afsnit}"
    assert list(fuldt) == [(id(kilde),)]
